"""Mail under trouble: a silent server costs one wait a pass, a message is never sent twice, one account's
1,900 posts make a short alert."""
from __future__ import annotations

import socket
import sqlite3
import threading
import time
from dataclasses import replace
from datetime import timedelta

import pytest

from monitor.config.types import Email
from monitor.deliver.mailer import MailError, SMTPMailer
from monitor.deliver.outbox import SEND_BATCH, send_due
from monitor.drafts import drafts_for
from response_samples import EARLIER, NOW as DRAFT_NOW, SCHOOL, THREAT
from test_pipeline import NOW


class SilentSMTP:
    """Accepts connections and then says nothing, or drips its greeting a byte at a time."""

    def __init__(self, drip: bytes = b"", every: float = 0.1):
        self.drip, self.every, self.accepted, self.sent = drip, every, 0, 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            self.conns.append(conn)
            try:
                for i in range(len(self.drip)):
                    conn.sendall(self.drip[i:i + 1])
                    self.sent += 1
                    time.sleep(self.every)
            except OSError:
                pass

    def close(self) -> None:
        self.sock.close()
        for c in self.conns:
            c.close()


def _email(port: int, timeout: float = 1.0) -> Email:
    return Email(smtp_host="127.0.0.1", smtp_port=port, sender="sw@hollowbrook.example", timeout=timeout)


def _queue(store, n: int) -> None:
    for i in range(n):
        store.enqueue(dedup_key=f"alert:{i}", kind="alert", school_id="hba", recipients=("head@hollowbrook.example",),
                      subject=f"alert {i}", body_text="b", body_html="", now=NOW, send_after=NOW)


def test_a_silent_mail_server_costs_one_wait_a_pass_not_one_a_message(store):
    silent = SilentSMTP()
    _queue(store, 4)
    assert send_due(store, SMTPMailer(_email(silent.port)), NOW) == (0, 1)
    rows = store.conn.execute("SELECT attempts, last_error IS NOT NULL FROM outbox ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [(1, 1), (0, 0), (0, 0), (0, 0)]  # the rest wait for the next pass
    assert silent.accepted == 1
    silent.close()


def test_a_server_dripping_its_answer_is_cut_at_the_deadline():
    drip = SilentSMTP(drip=b"220 " + b"x" * 300 + b"\r\n", every=0.05)  # 15 s for the greeting
    mailer = SMTPMailer(_email(drip.port, timeout=5), deadline=1)
    with pytest.raises(MailError) as err:
        mailer.send(["head@hollowbrook.example"], "s", "t")
    assert str(err.value) == f"127.0.0.1:{drip.port}: no answer within 1s" and err.value.server_down
    time.sleep(0.3)
    assert drip.sent < 100  # it stopped being read after about 20 bytes
    drip.close()


class _DiskGoesReadOnly:
    """The real SMTP mailer; once the server has accepted a message, the database stops taking writes."""

    def __init__(self, inner, store):
        self.inner, self.store = inner, store

    def send(self, *args, **kwargs):
        refused = self.inner.send(*args, **kwargs)
        self.store.conn.execute("PRAGMA query_only = ON")
        return refused


def test_an_accepted_message_the_store_cannot_mark_is_never_sent_twice(store, smtp_server):
    _queue(store, 2)
    mailer = SMTPMailer(_email(smtp_server.port, timeout=5))
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        send_due(store, _DiskGoesReadOnly(mailer, store), NOW)
    assert len(smtp_server.wait_for(1)) == 1
    with pytest.raises(sqlite3.OperationalError):  # still read-only: nothing is sent meanwhile
        send_due(store, mailer, NOW + timedelta(minutes=1))
    store.conn.execute("PRAGMA query_only = OFF")
    assert send_due(store, mailer, NOW + timedelta(minutes=2)) == (1, 0)
    assert sorted(m["Subject"] for m in smtp_server.wait_for(2)) == ["alert 0", "alert 1"]
    assert store.pending_mail_count() == 0
    assert [r[0] for r in store.conn.execute("SELECT sent_at IS NOT NULL FROM outbox")] == [1, 1]


def test_the_outbox_is_read_a_batch_at_a_time_and_all_of_it_is_sent(store, smtp_server):
    _queue(store, SEND_BATCH * 2 + 3)
    assert len(store.due_mail(NOW, limit=SEND_BATCH)) == SEND_BATCH
    assert send_due(store, SMTPMailer(_email(smtp_server.port, timeout=5)), NOW) == (SEND_BATCH * 2 + 3, 0)
    assert len(smtp_server.wait_for(SEND_BATCH * 2 + 3)) == SEND_BATCH * 2 + 3


def test_one_busy_account_makes_a_short_police_report_that_still_counts_every_post():
    earlier = [replace(EARLIER, id=100 + i, external_id=f"e{i}", url=f"https://www.reddit.com/r/hexley/{i}/")
               for i in range(1901)]
    [police] = [d for d in drafts_for(THREAT, SCHOOL, earlier, DRAFT_NOW) if d.action == "report_police"]
    assert "OTHER POSTS BY THE SAME ACCOUNT (1901; the latest 25 listed here, every one in the evidence pack)" \
        in police.text
    assert police.text.count("https://www.reddit.com/r/hexley/") == 25 + 1  # the 25 and the post itself
    assert len(police.text) < 20_000
