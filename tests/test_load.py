"""The daemon under a backfill, with real parts: `schoolwatch poll` in its own process over
thousands of posts from a jsonl source, the review queue served by waitress beside it, a kill -9
part-way. Speed is measured in bench/backfill.py; here only what must hold."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli

ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}


def posts(n: int) -> list[dict]:
    """n posts, oldest first: a third about the school (some naming a teacher), the rest not."""
    out = []
    for i in range(n):
        if i % 3 == 0:
            text = (f"Hollowbrook Academy {'Mr Whitaker set great homework' if i % 2 else 'fete was lovely'} #{i}")
        else:
            text = f"Traffic on the ring road again this morning, post {i}"
        out.append({"id": f"p{i}", "author": f"user{i % 50}", "url": f"https://x.example/{i}", "text": text,
                    "published": f"2026-11-{1 + i * 20 // max(n, 1):02d}T08:00:00Z"})
    return out


def write_config(tmp_path: Path, model: Path, n: int) -> Path:
    (tmp_path / "posts.jsonl").write_text("".join(json.dumps(p) + "\n" for p in posts(n)))
    path = tmp_path / "config.toml"
    path.write_text(f"""
[school]
id = "hollowbrook"
name = "Hollowbrook Academy"
aliases = ["Hollowbrook"]

[[staff]]
id = "tom-whitaker"
name = "Tom Whitaker"
role = "Year 6 teacher"
aliases = ["Mr Whitaker"]

[[sources]]
name = "export"
type = "jsonl"
path = "posts.jsonl"
every = "15m"

[email]
sender = "schoolwatch@hollowbrook.example"
headteacher = "head@hollowbrook.example"
dsl = "dsl@hollowbrook.example"
outbox_dir = "outbox"

[database]
path = "sw.db"

[web]
secure_cookies = false

[classifier]
model = "{model}"
""")
    return path


def scalar(db: Path, sql: str):
    conn = sqlite3.connect(db)
    try:
        row = conn.execute(sql).fetchone()
        return row[0] if row else None
    except sqlite3.OperationalError:  # not created yet
        return None
    finally:
        conn.close()


def test_poll_limit_and_since_for_a_first_run(tmp_path, tiny_model):
    config = write_config(tmp_path, tiny_model, 30)
    run = CliRunner().invoke(cli, ["poll", "--config", str(config), "--limit", "9"])
    assert run.exit_code == 0, run.output
    assert "export: 3 new" in run.output
    db = tmp_path / "sw.db"
    assert sorted(r for r, in sqlite3.connect(db).execute("SELECT external_id FROM mentions")) == ["p21", "p24", "p27"]
    again = CliRunner().invoke(cli, ["poll", "--config", str(config)])
    assert "export: 0 new" in again.output  # the 21 older posts were skipped for good

    bad = CliRunner().invoke(cli, ["poll", "--config", str(config), "--since", "last tuesday"])
    assert bad.exit_code == 2
    assert "'last tuesday' is not a date (write it as 2026-09-01 or 2026-09-01T08:00)" in bad.output


def test_poll_since_a_date(tmp_path, tiny_model):
    config = write_config(tmp_path, tiny_model, 30)
    run = CliRunner().invoke(cli, ["poll", "--config", str(config), "--since", "2026-11-20"])
    assert run.exit_code == 0, run.output
    # Post i is dated 2026-11-(1 + 20i/30): from the 20th on means i >= 29 (day 20).
    assert [r for r, in sqlite3.connect(tmp_path / "sw.db").execute("SELECT external_id FROM mentions")] == []
    assert "export: 0 new" in run.output
    other = tmp_path / "b"
    other.mkdir()
    run = CliRunner().invoke(cli, ["poll", "--config", str(write_config(other, tiny_model, 30)),
                                   "--since", "2026-11-15T00:00+00:00"])
    assert run.exit_code == 0, run.output
    # Days 15..20: i from 21 (1 + 420/30 = 15) to 29: about the school are 21, 24, 27.
    got = sorted(r for r, in sqlite3.connect(other / "sw.db").execute("SELECT external_id FROM mentions"))
    assert got == ["p21", "p24", "p27"]


@pytest.mark.slow  # a 3,000-post backfill in a subprocess, killed and resumed
def test_kill_9_during_a_backfill_resumes_without_redoing_stored_batches(tmp_path, tiny_model):
    config = write_config(tmp_path, tiny_model, 3000)
    db = tmp_path / "sw.db"
    cmd = [sys.executable, "-m", "monitor", "poll", "--config", str(config)]
    proc = subprocess.Popen(cmd, env=ENV, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    # Kill it once at least one batch is stored and judged, before the fetch is done.
    while (scalar(db, "SELECT COUNT(*) FROM mentions WHERE triaged_at IS NOT NULL") or 0) < 67:
        assert proc.poll() is None and time.monotonic() < deadline, "the backfill ended before it could be killed"
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    stored = scalar(db, "SELECT COUNT(*) FROM mentions")
    assert 0 < stored < 1000
    assert scalar(db, "SELECT last_success FROM source_state WHERE source = 'export'") is None
    before = dict(sqlite3.connect(db).execute("SELECT external_id, triaged_at FROM mentions "
                                              "WHERE triaged_at IS NOT NULL").fetchall())

    done = subprocess.run(cmd, env=ENV, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"export: {1000 - stored} new" in done.stdout
    rows = sqlite3.connect(db).execute("SELECT external_id, triaged_at FROM mentions").fetchall()
    assert len(rows) == 1000 and len({r[0] for r in rows}) == 1000
    assert all(t for _, t in rows)
    # What was judged before the kill was not judged again.
    assert {e: t for e, t in rows if e in before} == before


@pytest.mark.slow  # a 3,000-post backfill in a subprocess beside the web queue
def test_the_review_queue_answers_every_request_during_a_backfill(tmp_path, tiny_model):
    import requests

    from monitor.config import load
    from monitor.review.web import create_app
    from monitor.review.web.auth import hash_password
    from monitor.review.web.server import make_server
    from monitor.store import Store
    from monitor.store.review import Review

    config = write_config(tmp_path, tiny_model, 3000)
    cfg = load(config)
    store = Store.open(cfg.database)
    Review(store).add_user("dee", "dsl", "hollowbrook", hash_password("pw for dee"), cfg_now())
    store.close()
    server = make_server(create_app(cfg), "127.0.0.1", 0)
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{server.effective_port}"

    statuses: list[tuple[str, int]] = []
    poll_running = threading.Event()

    def clicks():
        # A DSL logging in, reading the queue and logging out, again and again: every write path
        # of a visit (login, session, audit, logout) meets the backfill's writes.
        while poll_running.is_set():
            s = requests.Session()
            page = s.get(f"{base}/login", timeout=60)
            csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
            r = s.post(f"{base}/login", data={"name": "dee", "password": "pw for dee", "csrf": csrf},
                       allow_redirects=False, timeout=60)
            statuses.append(("login", r.status_code))
            q = s.get(f"{base}/", timeout=60)
            statuses.append(("queue", q.status_code))
            csrf = q.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
            statuses.append(("logout", s.post(f"{base}/logout", data={"csrf": csrf}, allow_redirects=False,
                                              timeout=60).status_code))

    poll_running.set()
    clicker = threading.Thread(target=clicks)
    clicker.start()
    try:
        done = subprocess.run([sys.executable, "-m", "monitor", "poll", "--config", str(config)], env=ENV,
                              cwd=tmp_path, capture_output=True, text=True, timeout=600)
    finally:
        poll_running.clear()
        clicker.join(120)
        server.close()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "export: 1000 new" in done.stdout
    assert len(statuses) >= 30
    assert [s for s in statuses if s[1] not in (200, 302)] == []


def cfg_now():
    from datetime import datetime, timezone

    return datetime.now(timezone.utc)


def test_each_batch_is_judged_before_the_next_and_progress_is_reported(tmp_path, tiny_model):
    from monitor.config import load
    from monitor.daemon import App

    config = write_config(tmp_path, tiny_model, 1100)  # batches of 500 (monitor/ingest/poll.py BATCHING)
    seen: list[tuple] = []

    class Recorder:
        def __init__(self, label, total):
            seen.append(("start", label, total))

        def update(self, done, stored):
            # Everything stored so far is judged already: the batch was processed before this.
            untriaged = scalar(tmp_path / "sw.db", "SELECT COUNT(*) FROM mentions WHERE triaged_at IS NULL")
            seen.append(("update", done, stored, untriaged))

        def finish(self):
            seen.append(("finish",))

    app = App.from_config(load(config))
    app.progress = Recorder
    try:
        outcome = app.fetch(app.cfg.source("export"))
    finally:
        app.close()
    assert outcome.new_items == 367
    assert seen == [("start", "export", 1100), ("update", 500, 167, 0), ("update", 1000, 334, 0),
                    ("update", 1100, 367, 0), ("finish",)]


@pytest.mark.parametrize("command, nice", [("poll", 10), ("run", 10), ("serve", 0), ("mentions", 0)])
def test_the_daemons_commands_give_way_to_the_review_queue(command, nice):
    code = ("import os, sys\nsys.argv = ['schoolwatch', %r, '--help']\nfrom monitor.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\nprint('NICE', os.getpriority(os.PRIO_PROCESS, 0))") % command
    out = subprocess.run([sys.executable, "-c", code], env=ENV, capture_output=True, text=True, timeout=60)
    start = os.getpriority(os.PRIO_PROCESS, 0)
    assert out.stdout.strip().splitlines()[-1] == f"NICE {max(start, nice) if nice else start}", out.stderr
