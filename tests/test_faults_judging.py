"""One bad post never stops judgement: times read back, what cannot be judged is set aside for the DSL."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from hostile import THREAT, poison_feed
from monitor.cli import cli
from monitor.config import load
from monitor.daemon import App
from monitor.ingest.poll import poll_source
from monitor.timeutil import iso, parse_iso
from test_pipeline import NOW, write_config

UTC = timezone.utc


@pytest.mark.parametrize("when, text", [
    (datetime(1, 1, 1, tzinfo=UTC), "0001-01-01T00:00:00Z"),
    (datetime(999, 12, 31, 23, 59, 59, 5, tzinfo=UTC), "0999-12-31T23:59:59.000005Z"),
    (datetime(2026, 11, 24, 9, 0, 0, 120000, tzinfo=UTC), "2026-11-24T09:00:00.120000Z"),
    (datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC), "9999-12-31T23:59:59Z"),
    (datetime(1, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=1))), "0001-01-01T00:00:00Z"),  # nearest there is
])
def test_times_are_stored_in_one_canonical_form_and_read_back(when, text):
    assert iso(when) == text
    assert iso(parse_iso(text)) == text


def test_an_unpadded_year_written_by_an_older_version_still_reads():
    assert parse_iso("1-01-01T00:00:00Z") == datetime(1, 1, 1, tzinfo=UTC)
    assert parse_iso("999-03-04T05:06:07Z") == datetime(999, 3, 4, 5, 6, 7, tzinfo=UTC)


def _poison_app(tmp_path, httpserver, smtp_server, tiny_model) -> App:
    httpserver.expect_request("/board.xml").respond_with_data(poison_feed(), content_type="application/rss+xml")
    cfg = load(write_config(tmp_path, {"board": httpserver.url_for("/board.xml")}, smtp_server.port, tiny_model))
    return App.from_config(cfg, clock=lambda: NOW)


def test_a_post_dated_year_one_is_judged_and_the_threats_after_it_alerted(tmp_path, httpserver, smtp_server,
                                                                           tiny_model):
    app = _poison_app(tmp_path, httpserver, smtp_server, tiny_model)
    [outcome] = app.poll()
    assert outcome.error is None and outcome.new_items == 4
    stored = app.store.conn.execute("SELECT external_id, published FROM mentions ORDER BY id").fetchall()
    assert [tuple(r) for r in stored][0] == ("poison", "0001-01-01T00:00:00Z")
    items = {i.external_id: i for i in app.store.items()}
    assert [items[f"t{i}"].decision.priority for i in range(3)] == ["urgent"] * 3
    heads = [m for m in smtp_server.wait_for(3) if "head@" in m["To"]]
    assert len(heads) == 3
    app.close()


def test_a_legacy_unpadded_row_neither_stops_the_queue_nor_the_digest(tmp_path, httpserver, smtp_server,
                                                                      tiny_model):
    app = _poison_app(tmp_path, httpserver, smtp_server, tiny_model)
    src = app.cfg.source("board")
    app.store.conn.execute("INSERT INTO source_state (source) VALUES ('board')")
    # Fetched and stored, not yet judged (app.fetch judges each batch as it lands).
    outcome = poll_source(app.store, src, app.connector, app.schools_for(src), app.clock)
    assert outcome.new_items == 4
    # What an older version wrote: the year unpadded, and a JSON column torn.
    app.store.conn.execute("UPDATE mentions SET published = '1-01-01T00:00:00Z', extra = '{\"torn' "
                           "WHERE external_id = 'poison'")
    assert sorted(app.process()) == [1, 2, 3, 4]
    assert [i.decision.priority for i in app.store.items() if i.external_id.startswith("t")] == ["urgent"] * 3
    app.send_due()
    app.close()
    result = CliRunner().invoke(cli, ["digest", "--config", str(tmp_path / "config.toml"), "--preview"])
    assert result.exit_code == 0, result.output
    assert "Subject:" in result.stdout


class _Unstorable:
    """A classifier answering, for one post, something that cannot be stored (a set is not JSON)."""

    labels = ("abuse",)

    def scores(self, texts):
        return [{"abuse": {0.5}} if "open day" in t else {"abuse": 0.01} for t in texts]


def test_a_post_that_cannot_be_judged_is_set_aside_with_its_reason_and_the_rest_go_on(tmp_path, httpserver,
                                                                                      smtp_server, tiny_model):
    app = _poison_app(tmp_path, httpserver, smtp_server, tiny_model)
    app.classifier = _Unstorable()
    [outcome] = app.poll()
    assert outcome.error is None
    items = {i.external_id: i for i in app.store.items()}
    aside = items["poison"].decision
    assert (aside.priority, aside.actions, aside.rules) == ("high", ("dsl_review",), ("set_aside",))
    assert aside.facts["set_aside"].startswith("TypeError: Object of type set is not JSON serializable")
    assert aside.facts["set_aside"] in aside.why
    assert [items[f"t{i}"].decision.priority for i in range(3)] == ["urgent"] * 3
    # The DSL hears of it: a plain alert naming the reason.
    plain = app.store.conn.execute("SELECT recipients, body_text FROM outbox WHERE dedup_key = 'alert:1:plain'").fetchone()
    assert "dsl@hollowbrook.example" in plain["recipients"] and "not JSON serializable" in plain["body_text"]
    app.close()
