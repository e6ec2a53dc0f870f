"""A source's failures stay its own: the store failing is one clear line, a fixed config is tried at once."""
from __future__ import annotations

import json
from datetime import timedelta

from connectors.base import FetchResult
from monitor.config import load
from monitor.daemon import App
from test_pipeline import NOW

CONFIG = """
[school]
name = "Hollowbrook Academy"

[[sources]]
name = "export"
type = "jsonl"
path = "{path}"
every = "1h"

[email]
outbox_dir = "mail"
sender = "schoolwatch@hollowbrook.example"
headteacher = "head@hollowbrook.example"
dsl = "dsl@hollowbrook.example"

[database]
path = "sw.db"

[classifier]
model = "{model}"
"""


def _app(tmp_path, path: str, clock, model="") -> App:
    (tmp_path / "config.toml").write_text(CONFIG.format(path=path, model=model))
    return App.from_config(load(tmp_path / "config.toml"), clock=lambda: clock[0])


def test_a_back_off_ends_when_the_sources_config_changes(tmp_path, tiny_model):
    post = {"id": "1", "text": "Hollowbrook Academy fun run raised 400 pounds", "published": "2026-11-24T08:00:00Z"}
    (tmp_path / "posts.jsonl").write_text(json.dumps(post) + "\n")
    (tmp_path / "old.jsonl").mkdir()  # not a file: it cannot be read, a transient failure
    clock = [NOW]
    app = _app(tmp_path, "old.jsonl", clock, tiny_model)
    for _ in range(3):  # fails, and each failure waits longer
        [failed] = app.poll()
        assert failed.error and "cannot read" in failed.error
        clock[0] += timedelta(hours=5)
    assert app.store.source_state("export")["failures"] == 3
    app.close()

    # The school points it at the right file: tried at once, whatever back-off the old one earned.
    app = _app(tmp_path, "posts.jsonl", clock, tiny_model)
    [fixed] = app.poll()
    assert (fixed.error, fixed.skipped, fixed.new_items) == (None, None, 1)
    assert app.store.source_state("export")["failures"] == 0
    app.close()


def test_a_transient_failure_backs_off_while_the_config_is_unchanged(tmp_path):
    clock = [NOW]
    app = _app(tmp_path, "posts.jsonl", clock)
    (tmp_path / "posts.jsonl").mkdir()  # unreadable: transient
    [first] = app.poll()
    assert first.error and "cannot read" in first.error
    [second] = app.poll()
    assert second.skipped and second.skipped.startswith("backing off until")
    app.close()


def test_poll_never_raises_when_the_store_cannot_be_written(tmp_path):
    clock = [NOW]
    (tmp_path / "posts.jsonl").write_text('{"id": "1", "text": "Hollowbrook Academy"}\n')
    app = _app(tmp_path, "posts.jsonl", clock)
    app.store.conn.execute("PRAGMA query_only = ON")  # SQLite refuses every write, as on a read-only file
    outcome = app.fetch(app.cfg.source("export"))
    assert outcome.error is not None and outcome.error.startswith("database read-only")
    assert "\n" not in outcome.error
    app.store.conn.execute("PRAGMA query_only = OFF")
    assert app.store.source_state("export")["failures"] == 0  # the source did nothing wrong
    app.close()


def test_ingest_records_problems_without_losing_the_good_entries(store):
    from connectors.base import Mention
    from monitor.config.types import School
    from monitor.ingest.poll import ingest

    m = Mention(source="s", external_id="1", url="u", text="Hollowbrook Academy", published=NOW)
    ingest(store, "s", FetchResult((m,), "c", problems=("s.jsonl:2: not a post",)), [School(id="h", name="Hollowbrook Academy")], NOW)
    assert [i.external_id for i in store.items()] == ["1"]
