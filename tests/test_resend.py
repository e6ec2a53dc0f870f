"""A crash between the mail server's acceptance and the outbox mark: the resend is recognisable.

The mail server keeps the message and then kills the sender before answering, which is the
moment where a resend is unavoidable (the sender cannot know the server has it). The second
copy must carry the first one's Message-ID, the only thing a mail client can fold them by.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from email import message_from_bytes
from pathlib import Path

import pytest

from mailtools import free_port

POSTS = [
    {"id": "p1", "author": "throwaway_hx", "published": "2026-11-24T08:00:00Z", "url": "https://x.example/p1",
     "text": "Mr Whitaker at Hollowbrook Academy: watch your back, I know where you live"},
    {"id": "p2", "author": "parent_b", "published": "2026-11-24T08:05:00Z", "url": "https://x.example/p2",
     "text": "Hollowbrook Academy sports day was lovely, thank you to all the staff"},
]


def write_config(tmp_path: Path, smtp_port: int, model: Path) -> Path:
    (tmp_path / "posts.jsonl").write_text("".join(json.dumps(p) + "\n" for p in POSTS))
    path = tmp_path / "config.toml"
    path.write_text(f"""
[school]
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
smtp_host = "127.0.0.1"
smtp_port = {smtp_port}
sender = "schoolwatch@hollowbrook.example"
headteacher = "head@hollowbrook.example"
dsl = "dsl@hollowbrook.example"
timeout = 20

[database]
path = "sw.db"

[classifier]
model = "{model}"
""")
    return path


@pytest.mark.slow  # two CLI processes: about 12 s
def test_killed_after_the_server_accepted_resends_with_the_same_message_id(tmp_path, tiny_model):
    from aiosmtpd.controller import Controller

    received: list[bytes] = []

    class KillsTheSender:
        victim: subprocess.Popen | None = None

        async def handle_DATA(self, server, session, envelope):
            received.append(envelope.content)
            if self.victim is not None:
                # The server has the message; the sender dies before it hears "250".
                self.victim.send_signal(signal.SIGKILL)
                self.victim.wait(10)
                self.victim = None
            return "250 OK"

    handler = KillsTheSender()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        config = write_config(tmp_path, port, tiny_model)
        env = {**os.environ, "HF_HUB_OFFLINE": "1"}
        cmd = [sys.executable, "-m", "monitor", "poll", "--config", str(config)]
        handler.victim = proc = subprocess.Popen(cmd, env=env, cwd=tmp_path, stdout=subprocess.PIPE,
                                                 stderr=subprocess.STDOUT)
        out = proc.communicate(timeout=120)[0].decode()
        assert proc.returncode == -signal.SIGKILL, out
        assert len(received) == 1
        db = sqlite3.connect(tmp_path / "sw.db")
        unsent = db.execute("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0]
        assert unsent >= 1  # the accepted one was never marked

        again = subprocess.run(cmd, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert again.returncode == 0, again.stdout + again.stderr
        assert db.execute("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0] == 0
        rows = db.execute("SELECT message_id FROM outbox ORDER BY id").fetchall()
        db.close()
    finally:
        controller.stop()

    ids = [message_from_bytes(m)["Message-ID"] for m in received]
    first = ids[0]
    # Every outbox row reached the server; the one resend is the first copy's twin.
    assert len(received) == len(rows) + 1
    assert ids.count(first) == 2
    assert len(set(ids)) == len(rows)
    assert first == f"<{rows[0][0]}@hollowbrook.example>"
    assert [message_from_bytes(m)["Subject"] for m in received].count(message_from_bytes(received[0])["Subject"]) == 2


def test_the_message_id_is_fixed_when_queued_and_sent_as_stored(store, smtp_server):
    from datetime import datetime, timezone

    from monitor.deliver.mailer import SMTPMailer
    from monitor.deliver.outbox import send_due
    from monitor.config.types import Email

    now = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)
    store.enqueue(dedup_key="alert:1:headteacher", kind="alert", school_id="s", recipients=("head@school.example",),
                  subject="s", body_text="b", body_html="", now=now, send_after=now)
    [queued] = store.due_mail(now)
    assert queued.message_id.startswith("20261124090000.") and queued.message_id.endswith(".schoolwatch")
    mailer = SMTPMailer(Email(smtp_host="127.0.0.1", smtp_port=smtp_server.port, sender="sw@school.example",
                              timeout=5))
    assert send_due(store, mailer, now) == (1, 0)
    # A second attempt at the same row (as after a crash before the mark) builds the same header.
    mailer.send(queued.recipients, queued.subject, queued.body_text, message_id=queued.message_id)
    got = [m["Message-ID"] for m in smtp_server.wait_for(2)]
    assert got == [f"<{queued.message_id}@school.example>"] * 2


def test_rows_queued_before_the_migration_get_a_message_id(tmp_path):
    from monitor.store import Store
    from monitor.store.migrations import MIGRATIONS

    db = sqlite3.connect(tmp_path / "old.db")
    for n, script in enumerate(MIGRATIONS[:2], start=1):
        db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {n};\nCOMMIT;")
    for key in ("a", "b"):
        db.execute("INSERT INTO outbox (dedup_key, kind, school_id, recipients, subject, body_text, created, "
                   "send_after) VALUES (?, 'alert', 's', '[]', 's', 'b', 'x', 'x')", (key,))
    db.commit()
    db.close()
    store = Store.open(tmp_path / "old.db")
    ids = [r[0] for r in store.conn.execute("SELECT message_id FROM outbox ORDER BY id")]
    store.close()
    assert len(set(ids)) == 2 and all(i.endswith(".schoolwatch") and len(i) == 32 + 12 for i in ids)
