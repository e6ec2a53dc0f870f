"""Health the IT person sees: plain words, one notice per break and recovery, crash restarts,
undeliverable mail, `schoolwatch status`, the ping URL, journald lines, sd_notify, /healthz.

Real SQLite files, a real SMTP server (aiosmtpd), a real HTTP server for the ping.
"""
from __future__ import annotations

import logging
import socket
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from connectors.base import ConnectorError, FetchResult, Mention
from monitor import health
from monitor.cli import cli
from monitor.config.types import Config, Email, School, Source, Staff
from monitor.daemon import App
from monitor.deliver.admin import queue_restart, queue_source_notices, queue_undeliverable
from monitor.deliver.digest import build_digest_data
from monitor.deliver.render import render_digest
from monitor.ingest.poll import poll_source
from monitor.pulse import RunningMarker, sd_notify
from test_admin import write_config

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)  # a Tuesday
SCHOOL = School(id="hba", name="Hollowbrook Academy", staff=(Staff("tom-whitaker", "Tom Whitaker"),))
PYTHON_ERROR = ("HTTPConnectionPool(host='www.reddit.com', port=443): Max retries exceeded with url: /search.rss "
                "(Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to "
                "establish a new connection: [Errno 111] Connection refused'))")


@pytest.mark.parametrize("error, words", [
    (PYTHON_ERROR, "could not be reached"),
    ("HTTP 403 from https://www.reddit.com/r/hexley/new.rss", "refused us access"),
    ("https://www.hexleygazette.co.uk/feed: HTTP 404: not found", "says the address we ask for does not exist"),
    ("no secret reddit.client_id: the Reddit app's client id", "is missing its password or key"),
    ("HTTP 429: too many requests", "asked us to slow down"),
    ("HTTP 503 from https://oauth.reddit.com/search", "is having trouble at its end"),
    ("ReadTimeout: read timed out", "took too long to answer"),
    ("KeyError: 'data'", "stopped working"),
])
def test_errors_in_plain_words(error, words):
    assert health.plain(error).what == words


def cfg_for(tmp_path, sources, admin="it@hollowbrook.example", **email) -> Config:
    return Config(schools=(SCHOOL,), sources=tuple(sources), database=tmp_path / "sw.db",
                  email=Email(sender="sw@hollowbrook.example", admin=admin, **email))


class Scripted:
    """A connector that fails or succeeds as the test says."""

    def __init__(self, *steps):
        self.steps = list(steps)

    def fetch(self, cursor):
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        return FetchResult((Mention(source="feed", external_id=step, url=f"https://x.example/{step}",
                                    text="Cake sale", published=NOW),), step)


def admin_rows(store):
    return [(r["dedup_key"], r["subject"]) for r in
            store.conn.execute("SELECT * FROM outbox WHERE kind = 'admin' ORDER BY id")]


def test_a_source_break_and_recovery_reach_the_it_person_once_each(store, tmp_path):
    src = Source("feed", "rss", 900, {"url": "http://127.0.0.1/feed"})
    cfg = cfg_for(tmp_path, [src])
    conn = Scripted("a", *[ConnectorError(PYTHON_ERROR)] * 4, "b", "c")
    t = NOW
    for _ in range(7):
        poll_source(store, src, lambda s: conn, [SCHOOL], lambda: t)
        queue_source_notices(store, cfg, [src], t)
        t += timedelta(hours=7)  # past any back-off
    rows = admin_rows(store)
    assert rows == [("admin:down:feed:2026-11-24T09:00:00Z", "schoolwatch: source feed could not be reached"),
                    ("admin:up:feed:2026-11-24T09:00:00Z", "schoolwatch: source feed works again")]
    body = store.conn.execute("SELECT body_text FROM outbox WHERE kind = 'admin' ORDER BY id").fetchone()[0]
    assert body.startswith("The source feed (rss) could not be reached; it last worked yesterday.\n")
    assert "What to do: check this server's internet connection" in body
    assert body.endswith(f"Detail for IT: {PYTHON_ERROR}\n")


def test_a_permanent_error_is_news_at_once_and_nobody_is_told_without_an_admin(store, tmp_path):
    src = Source("feed", "rss", 900, {"url": "http://127.0.0.1/feed"})
    poll_source(store, src, lambda s: Scripted(ConnectorError("HTTP 403", permanent=True)), [SCHOOL], lambda: NOW)
    assert queue_source_notices(store, cfg_for(tmp_path, [src], admin=""), [src], NOW) == 0
    assert queue_source_notices(store, cfg_for(tmp_path, [src]), [src], NOW) == 1
    assert admin_rows(store) == [("admin:down:feed:never", "schoolwatch: source feed refused us access")]


def test_the_heads_digest_has_one_plain_line_per_broken_source_never_exception_text(store, tmp_path):
    src = Source("reddit", "rss", 900, {"url": "http://127.0.0.1/feed"})
    conn = Scripted("a", *[ConnectorError(PYTHON_ERROR)] * 3)
    for hours in (-72, -71, -60, -50):  # worked on Saturday, failing since
        poll_source(store, src, lambda s: conn, [SCHOOL], lambda h=hours: NOW + timedelta(hours=h))
    cfg = cfg_for(tmp_path, [src])
    school = School(id="hba", name="Hollowbrook Academy")
    msg = render_digest(build_digest_data(store, cfg, school, NOW))
    section = msg.text[msg.text.index("SOURCES NOT WORKING"):].split("\n")[:3]
    assert section[:2] == ["SOURCES NOT WORKING", "- reddit has not answered since Saturday; IT has been told"]
    assert "HTTPConnectionPool" not in msg.text and "HTTPConnectionPool" not in msg.html


def test_undeliverable_mail_is_reported_once_without_its_contents(tmp_path):
    from mailtools import free_port

    cfg = cfg_for(tmp_path, [], smtp_host="127.0.0.1", smtp_port=free_port(), timeout=2)  # nothing listens
    clock = [NOW]
    app = App.from_config(cfg, clock=lambda: clock[0])
    try:
        app.store.enqueue(dedup_key="alert:1:headteacher", kind="alert", school_id="hba",
                          recipients=("head@hollowbrook.example",), subject="Threat to Mr Whitaker",
                          body_text="secret", body_html="", now=NOW, send_after=NOW)
        for _ in range(health.UNDELIVERABLE_AFTER_ATTEMPTS):
            app.send_due()
            clock[0] += timedelta(hours=3)
        assert queue_undeliverable(app.store, cfg, clock[0]) == 1
        assert queue_undeliverable(app.store, cfg, clock[0]) == 0
        [(key, subject)] = admin_rows(app.store)
        body = app.store.conn.execute("SELECT body_text FROM outbox WHERE kind = 'admin'").fetchone()[0]
    finally:
        app.close()
    assert (key, subject) == ("admin:undeliverable:1",
                              "schoolwatch: a message to head@hollowbrook.example could not be delivered")
    assert "Whitaker" not in body and "secret" not in body and "ConnectionRefusedError" in body


def test_a_restart_after_a_crash_is_reported_once(store, tmp_path):
    cfg = cfg_for(tmp_path, [])
    marker = RunningMarker(tmp_path / "sw.db")
    assert marker.start(NOW) is None
    marker.stop()
    assert marker.start(NOW) is None  # a clean stop: nothing to report
    previous = marker.start(NOW + timedelta(hours=1))  # started again without stopping: it crashed
    assert previous == "2026-11-24T09:00:00Z"
    assert queue_restart(store, cfg, previous, NOW) and not queue_restart(store, cfg, previous, NOW)
    assert admin_rows(store) == [("admin:restart:2026-11-24T09:00:00Z",
                                  "schoolwatch: the daemon restarted after stopping unexpectedly")]


def test_status_exits_non_zero_when_something_needs_attention(tmp_path, tiny_model):
    config = write_config(tmp_path, tiny_model)
    runner = CliRunner()
    before = runner.invoke(cli, ["status", "--config", str(config)])
    assert before.exit_code == 1 and "NEEDS ATTENTION: no poll has ever finished: is the daemon running?" in before.stdout
    runner.invoke(cli, ["poll", "--config", str(config)])
    good = runner.invoke(cli, ["status", "--config", str(config)])
    assert good.exit_code == 0 and good.stdout.endswith("sources: 1 polled, 0 not working\nall well\n")
    (tmp_path / "posts.jsonl").unlink()
    runner.invoke(cli, ["sources", "--config", str(config), "--retry", "sample"])
    runner.invoke(cli, ["poll", "--config", str(config)])
    bad = runner.invoke(cli, ["status", "--config", str(config)])
    assert bad.exit_code == 1
    assert "NEEDS ATTENTION: source sample says the address we ask for does not exist\n" in bad.stdout


def test_the_ping_url_is_called_after_a_healthy_cycle_only(tmp_path, httpserver):
    import dataclasses

    httpserver.expect_request("/ping/abc").respond_with_data("OK")
    src = Source("feed", "rss", 900, {"url": "http://127.0.0.1/feed"})
    cfg = cfg_for(tmp_path, [src], outbox_dir=tmp_path / "outbox")
    cfg = dataclasses.replace(cfg, health=dataclasses.replace(cfg.health, ping_url=httpserver.url_for("/ping/abc")))
    app = App.from_config(cfg, clock=lambda: NOW, classifier=object())
    try:
        app.cycle()
        assert len(httpserver.log) == 1
        app.store.record_failure("feed", "HTTP 403", NOW, permanent=True, retry_after=None)
        app.cycle()
        assert len(httpserver.log) == 1  # a broken source: no ping, the monitor raises the alarm
    finally:
        app.close()


def test_journald_lines_carry_a_priority_and_no_timestamp():
    from monitor.logs import JournalFormatter

    fmt = JournalFormatter("%(name)s: %(message)s")
    rec = logging.LogRecord("schoolwatch.runner", logging.WARNING, __file__, 1, "source %r failed", ("feed",), None)
    assert fmt.format(rec) == "<4>schoolwatch.runner: source 'feed' failed"
    rec = logging.LogRecord("schoolwatch", logging.INFO, __file__, 1, "two\nlines", (), None)
    assert fmt.format(rec) == "<6>schoolwatch: two\n<6>lines"


def test_the_schedulers_chatter_is_kept_to_warnings():
    from monitor.logs import setup

    logging.getLogger("apscheduler").setLevel(logging.NOTSET)
    setup(environ={"JOURNAL_STREAM": "8:1234"})
    assert logging.getLogger("apscheduler").getEffectiveLevel() == logging.WARNING


def test_sd_notify_reaches_systemds_socket(tmp_path):
    path = str(tmp_path / "notify")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
        s.bind(path)
        assert sd_notify("READY=1", environ={"NOTIFY_SOCKET": path})
        assert s.recv(100) == b"READY=1"
    assert not sd_notify("READY=1", environ={})


def test_healthz_answers_without_login_and_without_data(tmp_path):
    import dataclasses

    from monitor.review.web import create_app

    cfg = dataclasses.replace(cfg_for(tmp_path, []), schools=(SCHOOL,))
    client = create_app(cfg).test_client()
    resp = client.get("/healthz")
    assert (resp.status_code, resp.text, resp.mimetype) == (200, "ok\n", "text/plain")
    assert client.get("/").status_code == 302  # everything else still asks for a login


def test_the_daemon_feeds_systemds_watchdog_from_a_thread_of_its_own(tmp_path, monkeypatch):
    from monitor.scheduler import build_scheduler

    cfg = cfg_for(tmp_path, [Source("feed", "rss", 900, {"url": "http://127.0.0.1/feed"})])
    app = App.from_config(cfg, clock=lambda: NOW, classifier=object())
    try:
        monkeypatch.delenv("WATCHDOG_USEC", raising=False)
        assert "watchdog" not in {j.id for j in build_scheduler(app).get_jobs()}
        monkeypatch.setenv("WATCHDOG_USEC", str(600 * 10**6))  # WatchdogSec=10min
        monkeypatch.delenv("WATCHDOG_PID", raising=False)
        [job] = [j for j in build_scheduler(app).get_jobs() if j.id == "watchdog"]
    finally:
        app.close()
    assert (job.executor, job.trigger.interval.total_seconds(), job.args) == ("watchdog", 300.0, ("WATCHDOG=1",))
