"""The outbox: mail waits here until an SMTP server has accepted it."""
from __future__ import annotations

import json
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

from monitor.timeutil import iso


@dataclass(frozen=True)
class Attached:
    """A file sent with a message: a draft, as text."""
    filename: str
    text: str


@dataclass(frozen=True)
class OutgoingMail:
    id: int
    kind: str
    school_id: str
    mention_id: int | None
    recipients: tuple[str, ...]
    subject: str
    body_text: str
    body_html: str
    attempts: int
    message_id: str = ""  # the part before the @ of its Message-ID, fixed when it was queued
    attachments: tuple[Attached, ...] = ()


def new_message_id(now: datetime) -> str:
    """A Message-ID's unique part: the mailer adds @ and the sender's domain."""
    return f"{now:%Y%m%d%H%M%S}.{secrets.token_hex(8)}.schoolwatch"


class OutboxMixin:
    conn: sqlite3.Connection

    def enqueue(self, *, dedup_key: str, kind: str, school_id: str, recipients: tuple[str, ...],
                subject: str, body_text: str, body_html: str, now: datetime, send_after: datetime,
                mention_id: int | None = None, attachments: Sequence = ()) -> bool:
        """False when a message with this key was already queued: nothing is sent twice.
        attachments: objects with .filename and .text."""
        files = json.dumps([{"filename": a.filename, "text": a.text} for a in attachments])
        cur = self.conn.execute(
            """INSERT OR IGNORE INTO outbox (dedup_key, kind, school_id, mention_id, recipients, subject,
               body_text, body_html, created, send_after, message_id, attachments)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
            (dedup_key, kind, school_id, mention_id, json.dumps(list(recipients)), subject, body_text,
             body_html, iso(now), iso(send_after), new_message_id(now), files))
        return cur.rowcount == 1

    def due_mail(self, now: datetime, limit: int | None = None, skip: Sequence[int] = ()) -> list[OutgoingMail]:
        """What is due, urgent first; at most `limit` (a send pass holds one batch in memory, not the outbox)."""
        marks = ",".join("?" * len(skip))
        rows = self.conn.execute(
            f"SELECT * FROM outbox WHERE sent_at IS NULL AND send_after <= ? AND id NOT IN ({marks}) "
            "ORDER BY kind = 'digest', id LIMIT ?", (iso(now), *skip, -1 if limit is None else limit))
        return [OutgoingMail(id=r["id"], kind=r["kind"], school_id=r["school_id"], mention_id=r["mention_id"],
                             recipients=tuple(json.loads(r["recipients"])), subject=r["subject"],
                             body_text=r["body_text"], body_html=r["body_html"], attempts=r["attempts"],
                             message_id=r["message_id"] or "",
                             attachments=tuple(Attached(**a) for a in json.loads(r["attachments"] or "[]")))
                for r in rows]

    def mark_sent(self, mail_id: int, now: datetime, note: str | None = None) -> None:
        self.conn.execute("UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = ? WHERE id = ?",
                          (iso(now), note, mail_id))

    def mark_failed(self, mail_id: int, error: str, retry_at: datetime) -> None:
        self.conn.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ?, send_after = ? WHERE id = ?",
                          (error, iso(retry_at), mail_id))

    def pending_mail_count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0]

    def pending_mail_summary(self) -> tuple[int, int]:
        """(held back, e.g. by quiet hours; failed and to be retried)."""
        row = self.conn.execute(
            "SELECT COALESCE(SUM(last_error IS NULL), 0), COALESCE(SUM(last_error IS NOT NULL), 0) "
            "FROM outbox WHERE sent_at IS NULL").fetchone()
        return int(row[0]), int(row[1])

    def sent_mail(self, mention_id: int, kind: str = "alert") -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM outbox WHERE mention_id = ? AND kind = ? ORDER BY id", (mention_id, kind))]

    def escalation_due(self, school_id: str, alerted_before: datetime, posted_since: datetime) -> list[tuple[int, str]]:
        """(mention id, first alert's sent_at) of live urgent posts nobody has acknowledged, not yet escalated.

        Indexed on (school, priority, state) and the outbox's mention: the cost follows the unacknowledged
        urgent posts, never the size of the store."""
        rows = self.conn.execute(
            """SELECT m.id, MIN(o.sent_at) FROM mentions m
               JOIN outbox o ON o.mention_id = m.id AND o.kind = 'alert' AND o.sent_at IS NOT NULL
               WHERE m.school_id = ? AND m.priority = 'urgent' AND m.state = 'new'
                 AND COALESCE(m.published, m.fetched) >= ?
                 AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.mention_id = m.id AND e.kind = 'escalation')
               GROUP BY m.id HAVING MIN(o.sent_at) <= ? ORDER BY m.id""",
            (school_id, iso(posted_since), iso(alerted_before)))
        return [(r[0], r[1]) for r in rows]

    # --- the IT person's view (monitor/health.py words it) ---------------------------------

    def keys_with_prefix(self, prefix: str) -> list[str]:
        """Dedup keys starting with prefix, oldest first: which notices were already queued."""
        return [r[0] for r in self.conn.execute(
            "SELECT dedup_key FROM outbox WHERE substr(dedup_key, 1, ?) = ? ORDER BY id", (len(prefix), prefix))]

    def has_key(self, key: str) -> bool:
        return self.conn.execute("SELECT 1 FROM outbox WHERE dedup_key = ?", (key,)).fetchone() is not None

    def stuck_mail(self, min_attempts: int) -> list:
        """Unsent mail the server has refused min_attempts times; the IT person's own notices excluded."""
        from monitor.health import StuckMail
        from monitor.timeutil import parse_iso

        rows = self.conn.execute(
            "SELECT id, kind, recipients, attempts, last_error, created FROM outbox WHERE sent_at IS NULL "
            "AND kind != 'admin' AND attempts >= ? ORDER BY id", (min_attempts,))
        return [StuckMail(r["id"], r["kind"], tuple(json.loads(r["recipients"])), r["attempts"],
                          r["last_error"] or "", parse_iso(r["created"])) for r in rows]
