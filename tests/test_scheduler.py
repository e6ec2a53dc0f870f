"""The daemon's schedule, and a clean stop on SIGTERM."""
from __future__ import annotations

import pytest

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from monitor.daemon import App
from monitor.config import parse
from monitor.scheduler import build_scheduler

CFG = {
    "school": {"name": "Hollowbrook Academy"},
    "sources": [{"name": "gazette", "type": "rss", "url": "http://127.0.0.1:9/feed.xml", "every": "15m"},
                {"name": "off", "type": "rss", "url": "http://127.0.0.1:9/off.xml", "enabled": False},
                {"name": "reports", "type": "jsonl", "path": "none.jsonl", "every": "2h"}],
    "email": {"sender": "sw@school.example", "headteacher": "head@school.example", "dsl": "dsl@school.example"},
    "database": {"path": "sw.db"},
    "digest": {"time": "07:30", "days": ["mon", "tue", "wed", "thu", "fri"], "timezone": "Europe/London"},
}


def test_jobs_built_from_the_config(tmp_path):
    app = App.from_config(parse(CFG, base_dir=tmp_path))
    sched = build_scheduler(app)
    jobs = {j.id: j for j in sched.get_jobs()}
    assert set(jobs) == {"source:gazette", "source:reports", "outbox", "removals", "digest:hollowbrook-academy", "purge"}
    assert jobs["source:gazette"].trigger.interval.total_seconds() == 900
    assert jobs["source:reports"].trigger.interval.total_seconds() == 7200
    digest = jobs["digest:hollowbrook-academy"].trigger
    # Friday 27 Nov 2026 after 07:30 -> Monday 30 Nov at 07:30 London time (= 07:30 UTC in winter)
    nxt = digest.get_next_fire_time(None, datetime(2026, 11, 27, 8, 0, tzinfo=timezone.utc))
    assert nxt.astimezone(timezone.utc) == datetime(2026, 11, 30, 7, 30, tzinfo=timezone.utc)
    # In summer the same 07:30 is 06:30 UTC
    nxt = digest.get_next_fire_time(None, datetime(2026, 7, 1, 8, 0, tzinfo=timezone.utc))
    assert nxt.astimezone(timezone.utc) == datetime(2026, 7, 2, 6, 30, tzinfo=timezone.utc)
    app.close()


@pytest.mark.slow  # several seconds: real processes and a full feed
def test_sigterm_mid_fetch_finishes_the_step_then_stops(tmp_path, httpserver):
    """SIGTERM arrives while a feed is still answering: the fetch is completed and recorded, then it exits 0."""
    import threading

    from werkzeug import Response

    asked = threading.Event()
    feed = (Path(__file__).resolve().parent / "data" / "hexley_gazette.xml").read_bytes()

    def slow(_request):
        asked.set()
        time.sleep(2)
        return Response(feed, content_type="application/rss+xml")

    httpserver.expect_request("/feed.xml").respond_with_handler(slow)
    cfg = tmp_path / "config.toml"
    cfg.write_text(f"""
[school]
name = "Hollowbrook Academy"
locality = ["Hexley"]
[[sources]]
name = "gazette"
type = "rss"
url = "{httpserver.url_for('/feed.xml')}"
every = "1h"
[email]
sender = "sw@school.example"
headteacher = "head@school.example"
dsl = "dsl@school.example"
outbox_dir = "outbox"
[database]
path = "sw.db"
[classifier]
model = "does-not-matter-here"
""")
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "run", "--config", str(cfg)], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert asked.wait(60), "the daemon never fetched the feed"
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, out
    assert "finishing the current step" in out and "schoolwatch stopped" in out
    runs = __import__("sqlite3").connect(tmp_path / "sw.db").execute(
        "SELECT finished, new_items, error FROM runs").fetchall()
    assert runs == [(runs[0][0], 2, None)] and runs[0][0]  # the fetch was finished and stored
