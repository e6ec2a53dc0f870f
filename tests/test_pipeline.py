"""One mention from a public feed to the headteacher's inbox, with real parts.

A real HTTP server serves the feeds, a real SMTP server receives the mail, the
database is a real SQLite file and the classifier a real (tiny, random)
transformer: the threat is found by the rules, which is the point.
"""
from __future__ import annotations

import pytest

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

from click.testing import CliRunner

from mailtools import body_html, body_text, free_port
from monitor.daemon import App
from monitor.cli import cli
from monitor.config import load

DATA = Path(__file__).resolve().parent / "data"
REPO = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc)  # the threat in the feed is 12 hours old: live


def write_config(tmp_path: Path, feeds: dict[str, str], smtp_port: int, model: Path, **extra: str) -> Path:
    sources = "".join(f'\n[[sources]]\nname = "{n}"\ntype = "rss"\nurl = "{u}"\nevery = "15m"\n' for n, u in feeds.items())
    text = f"""
[school]
name = "Hollowbrook Academy"
aliases = ["Hollowbrook"]
locality = ["Hexley"]
exclude = ["Ontario"]

[[staff]]
id = "tom-whitaker"
name = "Tom Whitaker"
role = "Year 6 teacher"
aliases = ["Mr Whitaker"]
{sources}
[email]
smtp_host = "127.0.0.1"
smtp_port = {smtp_port}
sender = "schoolwatch@hollowbrook.example"
headteacher = "head@hollowbrook.example"
dsl = "dsl@hollowbrook.example"
timeout = 3
{extra.get("email", "")}

[database]
path = "sw.db"

[classifier]
model = "{model}"
"""
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def serve_feed(httpserver, path: str = "/gazette.xml", name: str = "hexley_gazette.xml") -> str:
    httpserver.expect_request(path).respond_with_data((DATA / name).read_bytes(), content_type="application/rss+xml")
    return httpserver.url_for(path)


def _outbox_rows(tmp_path) -> list[tuple]:
    with sqlite3.connect(tmp_path / "sw.db") as conn:
        return conn.execute("SELECT id, kind, sent_at FROM outbox ORDER BY id").fetchall()


def urgent(messages):
    return [m for m in messages if "Whitaker" in m["Subject"]]


def test_threat_in_a_feed_gives_exactly_one_urgent_email_naming_the_teacher(tmp_path, httpserver, smtp_server,
                                                                             tiny_model):
    cfg = load(write_config(tmp_path, {"gazette": serve_feed(httpserver)}, smtp_server.port, tiny_model))
    app = App.from_config(cfg, clock=lambda: NOW)
    outcomes = app.poll()
    assert [(o.source, o.error) for o in outcomes] == [("gazette", None)]

    items = {i.external_id: i for i in app.store.items()}
    # The Ontario fair is another Hollowbrook: not stored at all.
    assert set(items) == {"https://hexleygazette.example/?p=101", "https://hexleygazette.example/?c=7"}
    threat = items["https://hexleygazette.example/?c=7"]
    assert threat.decision.priority == "urgent" and "report_police" in threat.decision.actions
    assert items["https://hexleygazette.example/?p=101"].decision.priority not in ("urgent", "high")

    to_head = [m for m in smtp_server.wait_for(1) if "head@hollowbrook.example" in m["To"]]
    assert len(to_head) == 1
    assert "Whitaker" in to_head[0]["Subject"]
    assert "watch his back" in body_text(to_head[0])

    rows = app.store.conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]
    app.poll()
    # A second poll queues nothing new and leaves nothing waiting: the outbox is the record.
    assert app.store.conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == rows
    assert app.store.pending_mail_count() == 0
    app.close()


def test_smtp_down_then_up_delivers_the_alert_once(tmp_path, httpserver, smtp_server, tiny_model):
    dead_port = free_port()  # nothing listens here
    cfg = load(write_config(tmp_path, {"gazette": serve_feed(httpserver)}, dead_port, tiny_model))
    clock = [NOW]
    app = App.from_config(cfg, clock=lambda: clock[0])
    app.poll()
    assert app.store.pending_mail_count() >= 1
    row = app.store.conn.execute("SELECT attempts, last_error FROM outbox").fetchone()
    assert row["attempts"] == 1 and "127.0.0.1" in row["last_error"]

    # The server comes back: the next pass after the retry delay delivers, once.
    from monitor.deliver.mailer import SMTPMailer

    app.mailer = SMTPMailer(load(write_config(tmp_path, {"gazette": serve_feed(httpserver)},
                                              smtp_server.port, tiny_model)).email)
    app.send_due()
    assert smtp_server.messages == []  # not before the retry time
    clock[0] = NOW.replace(hour=10)
    app.send_due()
    app.send_due()
    assert len(urgent(smtp_server.wait_for(1))) >= 1
    assert len([m for m in smtp_server.messages if "head@" in m["To"]]) == 1
    assert app.store.pending_mail_count() == 0
    app.close()


def test_a_broken_feed_never_stops_a_good_one(tmp_path, httpserver, smtp_server, tiny_model):
    httpserver.expect_request("/gone.xml").respond_with_data("gone", status=404)
    httpserver.expect_request("/junk.xml").respond_with_data(b"\x00\xff<<<not xml")
    feeds = {"gone": httpserver.url_for("/gone.xml"), "junk": httpserver.url_for("/junk.xml"),
             "gazette": serve_feed(httpserver)}
    app = App.from_config(load(write_config(tmp_path, feeds, smtp_server.port, tiny_model)))
    outcomes = {o.source: o for o in app.poll()}
    assert outcomes["gone"].permanent and "404" in outcomes["gone"].error
    assert outcomes["junk"].error and not outcomes["junk"].permanent
    assert outcomes["gazette"].new_items == 2
    # Today the feed's threat is old news: the first poll's one summary lists it.
    (summary,) = [m for m in smtp_server.wait_for(1) if "head@" in m["To"]]
    assert "First look back at gazette" in summary["Subject"] and "Whitaker" in body_text(summary)

    result = CliRunner().invoke(cli, ["sources", "--config", str(tmp_path / "config.toml")])
    assert "gone (rss): BROKEN" in result.output and "gazette (rss): ok" in result.output
    app.close()


@pytest.mark.slow  # several seconds: real processes and a full feed
def test_hostile_text_is_stored_whole_and_rendered_escaped(tmp_path, httpserver, smtp_server, tiny_model):
    big = "Hollowbrook Academy " + "spam " * 200_000
    hostile = ("<rss version='2.0'><channel><title>t</title>"
               "<item><guid>h1</guid><link>javascript:alert(1)</link><pubDate>32 Smarch 99999</pubDate>"
               "<title>Mr Whitaker at Hollowbrook Academy: watch your back, I know where you live</title>"
               # A commenter who typed <script>: escaped once for HTML, once more for XML.
               "<description>&amp;lt;script&amp;gt;alert('pwned')&amp;lt;/script&amp;gt; \u202eedoc\u202c \U0001F621 "
               "\u0645\u062f\u0631\u0633\u0629</description></item>"
               f"<item><guid>h2</guid><link>https://x.example/big</link><title>big</title><description>{big}"
               "</description></item></channel></rss>")
    httpserver.expect_request("/hostile.xml").respond_with_data(hostile.encode("utf-8"))
    app = App.from_config(load(write_config(tmp_path, {"h": httpserver.url_for("/hostile.xml")},
                                            smtp_server.port, tiny_model)), clock=lambda: NOW)
    app.poll()
    items = {i.external_id: i for i in app.store.items()}
    assert "<script>alert('pwned')</script>" in items["h1"].text  # stored as written: it is evidence
    assert "\U0001F621" in items["h1"].text and "\u0645" in items["h1"].text
    assert items["h1"].published == NOW  # an impossible date falls back to the fetch time
    assert len(items["h2"].text) > 1_000_000
    for msg in smtp_server.wait_for(1):
        html = body_html(msg)
        assert "<script>" not in html and "&lt;script&gt;" in html
        assert 'href="javascript:' not in html
    app.close()


@pytest.mark.slow  # several seconds: real processes and a full feed
def test_killed_mid_send_restarts_and_loses_nothing(tmp_path, httpserver, tiny_model):
    """SIGKILL while the mail server is still thinking: nothing was accepted, so nothing is marked sent."""
    from aiosmtpd.controller import Controller

    received: list[bytes] = []

    class Slow:
        delay = 30.0
        started = threading.Event()

        async def handle_DATA(self, server, session, envelope):
            import asyncio

            self.started.set()
            await asyncio.sleep(self.delay)
            received.append(envelope.content)
            return "250 OK"

    handler = Slow()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        config = write_config(tmp_path, {"gazette": serve_feed(httpserver)}, port, tiny_model,
                              email="")
        cfg_text = config.read_text().replace("timeout = 3", "timeout = 60")
        config.write_text(cfg_text)
        env = {**os.environ, "HF_HUB_OFFLINE": "1"}
        proc = subprocess.Popen([sys.executable, "-m", "monitor", "poll", "--config", str(config)],
                                env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        db = tmp_path / "sw.db"
        # Wait until it is inside the SMTP conversation, then kill it.
        assert handler.started.wait(90), proc.communicate(timeout=5)[0]
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        assert received == []
        rows = _outbox(db)
        assert rows and all(r["sent_at"] is None for r in rows)

        handler.delay = 0
        out = subprocess.run([sys.executable, "-m", "monitor", "poll", "--config", str(config)],
                             env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stdout + out.stderr
        assert all(r["sent_at"] for r in _outbox(db))
        heads = [m for m in received if b"head@hollowbrook.example" in m.split(b"\r\n\r\n")[0]]
        assert len(heads) == 1
        with_ids = [r["external_id"] for r in _rows(db, "SELECT external_id FROM mentions")]
        assert sorted(with_ids) == ["https://hexleygazette.example/?c=7", "https://hexleygazette.example/?p=101"]
    finally:
        controller.stop()


def _rows(db: Path, sql: str):
    import sqlite3

    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def _outbox(db: Path):
    return _rows(db, "SELECT * FROM outbox")


def test_unacknowledged_urgent_alert_goes_to_the_deputy_once(tmp_path, httpserver, smtp_server, tiny_model):
    config = write_config(tmp_path, {"gazette": serve_feed(httpserver)}, smtp_server.port, tiny_model,
                          email='deputy = "deputy@hollowbrook.example"')
    config.write_text(config.read_text() + '\n[alerts]\nescalate_after = "2h"\n')
    clock = [NOW]
    app = App.from_config(load(config), clock=lambda: clock[0])
    app.poll()
    first = len(smtp_server.wait_for(1))
    clock[0] = NOW.replace(hour=10)  # one hour: not yet
    app.send_due()
    assert not [m for m in smtp_server.messages if "deputy@" in m["To"]]
    clock[0] = NOW.replace(hour=11, minute=30)
    app.send_due()
    app.send_due()
    to_deputy = [m for m in smtp_server.wait_for(first + 1) if "deputy@" in m["To"]]
    assert len(to_deputy) == 1 and "Not yet acknowledged" in to_deputy[0]["Subject"]
    app.close()


def test_acknowledged_alert_is_not_escalated(tmp_path, httpserver, smtp_server, tiny_model):
    config = write_config(tmp_path, {"gazette": serve_feed(httpserver)}, smtp_server.port, tiny_model,
                          email='deputy = "deputy@hollowbrook.example"')
    clock = [NOW]
    app = App.from_config(load(config), clock=lambda: clock[0])
    app.poll()
    threat = [i for i in app.store.items() if i.decision.priority == "urgent"][0]
    result = CliRunner().invoke(cli, ["ack", "--config", str(config), str(threat.id)])
    assert result.exit_code == 0, result.output
    clock[0] = NOW.replace(hour=15)
    app.send_due()
    assert not [m for m in smtp_server.messages if "deputy@" in m["To"]]
    app.close()


def test_the_alerts_link_acknowledges_once_and_stops_the_escalation(tmp_path, httpserver, smtp_server, tiny_model):
    import re

    from mailtools import attached, body_text
    from monitor.review.web import create_app

    config = write_config(tmp_path, {"gazette": serve_feed(httpserver)}, smtp_server.port, tiny_model,
                          email='deputy = "deputy@hollowbrook.example"')
    config.write_text(config.read_text() + '\n[alerts]\nescalate_after = "2h"\nbase_url = "https://sw.example"\n')
    clock = [NOW]
    app = App.from_config(load(config), clock=lambda: clock[0])
    app.poll()
    (alert,) = [m for m in smtp_server.wait_for(1) if "head@" in m["To"]]
    text = body_text(alert)
    assert len(text.split()) <= 250 and "posted 11 hours ago" in text.splitlines()[0]
    assert "If nobody does by Sun 22 Nov 2026, 11:00 GMT, the deputy is told." in text
    assert [f for f, _ in attached(alert)][:1] == ["1-call-999.txt"]
    (path,) = re.findall(r"https://sw\.example(/ack/\S+)", text)
    web = create_app(app.cfg, clock=lambda: clock[0]).test_client()
    assert web.get(path).status_code == 200 and app.store.items()[0].state == "new"  # opening it asks only
    assert web.post(path).status_code == 200
    assert web.post(path).status_code == 410  # once
    clock[0] = NOW.replace(hour=15)
    app.send_due()
    assert not [m for m in smtp_server.messages if "deputy@" in m["To"]]
    app.close()


def test_digest_preview_prints_and_send_delivers_once(tmp_path, httpserver, smtp_server, tiny_model):
    config = write_config(tmp_path, {"gazette": serve_feed(httpserver)}, smtp_server.port, tiny_model)
    runner = CliRunner()
    assert runner.invoke(cli, ["poll", "--config", str(config)]).exit_code == 0
    before = len(smtp_server.wait_for(1))
    queued = _outbox_rows(tmp_path)
    preview = runner.invoke(cli, ["digest", "--config", str(config), "--preview"])
    assert preview.exit_code == 0 and "Subject:" in preview.output and "Whitaker" in preview.output
    assert _outbox_rows(tmp_path) == queued  # a preview queues and sends nothing
    sent = runner.invoke(cli, ["digest", "--config", str(config), "--send"])
    assert sent.exit_code == 0, sent.output
    digests = [m for m in smtp_server.wait_for(before + 1) if "digest" in m["Subject"].lower()]
    assert len(digests) == 1
    assert "head@hollowbrook.example" in digests[0]["To"] and "dsl@hollowbrook.example" in digests[0]["To"]

    listed = runner.invoke(cli, ["mentions", "--config", str(config), "--json"])
    rows = [json.loads(x) for x in listed.stdout.splitlines()]
    assert [r["priority"] for r in rows].count("urgent") == 1
    assert rows[0]["published"] >= rows[-1]["published"]  # newest first


def test_one_unjudgeable_item_never_stops_the_queue(tmp_path, httpserver, smtp_server, tiny_model):
    """A row left by a school renamed in the config, and a classifier that breaks: the threat still goes out."""
    cfg = load(write_config(tmp_path, {"gazette": serve_feed(httpserver)}, smtp_server.port, tiny_model))
    app = App.from_config(cfg)
    from connectors.base import Mention
    from monitor.ingest.poll import content_hash
    from monitor.store import Matched

    orphan = Mention(source="gazette", external_id="old", url="u", text="Hollowbrook Academy old news",
                     published=NOW, platform="rss")
    app.store.save_fetch("gazette", [Matched("renamed-school", orphan, ("school",), content_hash("old"))], [],
                         None, NOW)

    class Broken:
        labels = ("abuse",)

        def scores(self, texts):
            raise RuntimeError("model file corrupted")

    app.classifier = Broken()
    app.poll()
    assert all(i.decision is not None for i in app.store.items())
    assert app.store.get_item(1).decision.priority == "ignore"
    threat = [i for i in app.store.items() if "watch his back" in i.text][0]
    assert threat.decision.priority == "urgent"  # the rules alone found it
    assert len(urgent(smtp_server.wait_for(1))) >= 1
    app.close()


def test_broken_unicode_from_an_api_is_stored_not_fatal(store):
    from connectors.base import FetchResult, Mention
    from monitor.config.types import School
    from monitor.ingest.poll import ingest

    school = School(id="hba", name="Hollowbrook Academy")
    bad = Mention(source="m", external_id="1", url="https://m.example/1", published=NOW, platform="mastodon",
                  author="x\ud83d", text="Hollowbrook Academy \ud83d is a disgrace")
    good = Mention(source="m", external_id="2", url="https://m.example/2", published=NOW, platform="mastodon",
                   author="y", text="Hollowbrook Academy choir was lovely")
    ingest(store, "m", FetchResult((bad, good), "c"), [school], NOW)
    texts = sorted(i.text for i in store.items())
    assert texts == ["Hollowbrook Academy choir was lovely", "Hollowbrook Academy \ufffd is a disgrace"]
    assert store.source_state("m")["cursor"] == "c"
