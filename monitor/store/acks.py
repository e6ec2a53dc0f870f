"""'I'm dealing with this' links: one item, one use, an expiry; the token's SHA-256 only."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from monitor.timeutil import iso, parse_iso


@dataclass(frozen=True)
class AckLink:
    mention_id: int
    school_id: str
    role: str
    recipient: str
    expires: datetime
    used_at: datetime | None


@dataclass(frozen=True)
class AckResult:
    ok: bool
    why: str  # done, unknown, expired, used
    link: AckLink | None = None


class AcksMixin:
    conn: sqlite3.Connection

    def add_ack_link(self, token_hash: str, *, mention_id: int, school_id: str, role: str, recipient: str,
                     now: datetime, expires: datetime) -> None:
        self.conn.execute("INSERT INTO ack_links (token_hash, mention_id, school_id, role, recipient, created, expires) "
                          "VALUES (?,?,?,?,?,?,?)", (token_hash, mention_id, school_id, role, recipient, iso(now),
                                                     iso(expires)))

    def ack_link(self, token_hash: str) -> AckLink | None:
        r = self.conn.execute("SELECT * FROM ack_links WHERE token_hash = ?", (token_hash,)).fetchone()
        if r is None:
            return None
        return AckLink(mention_id=r["mention_id"], school_id=r["school_id"], role=r["role"], recipient=r["recipient"],
                       expires=parse_iso(r["expires"]), used_at=parse_iso(r["used_at"]))

    def use_ack_link(self, token_hash: str, now: datetime) -> AckResult:
        """Acknowledge through a link: once, before it expires. The item leaves `new` (which stops the
        escalation to the deputy) and the audit records who and when."""
        with self.transaction():
            link = self.ack_link(token_hash)
            if link is None:
                return AckResult(False, "unknown")
            if link.used_at is not None:
                return AckResult(False, "used", link)
            if now >= link.expires:
                return AckResult(False, "expired", link)
            # The WHERE makes a second, parallel use of the same link change nothing.
            if self.conn.execute("UPDATE ack_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
                                 (iso(now), token_hash)).rowcount != 1:
                return AckResult(False, "used", link)
            self.acknowledge(link.mention_id, link.school_id, f"{link.role} <{link.recipient}> (link in the alert)",
                             now, via="mail link", role=link.role)
            return AckResult(True, "done", link)

    def acknowledge(self, mention_id: int, school_id: str, who: str, now: datetime, *, via: str,
                    role: str = "") -> int:
        """'I'm dealing with this': the item and the rest of its incident leave `new` (which stops the
        escalation to the deputy); the audit says who, when and how. Returns the items moved."""
        with self.transaction():
            # The head deals with the incident: its other posts stop escalating too.
            moved = self.conn.execute(
                """UPDATE mentions SET state = 'in_review' WHERE state = 'new' AND (id = ? OR id IN (
                       SELECT mention_id FROM incident_mentions WHERE incident_id = (
                           SELECT incident_id FROM incident_mentions WHERE mention_id = ?)))""",
                (mention_id, mention_id)).rowcount
            detail = {"via": via, **({"role": role} if role else {})}
            self.conn.execute("INSERT INTO audit (at, user_name, school_id, event, mention_id, detail) "
                              "VALUES (?,?,?,?,?,?)", (iso(now), who, school_id, "acknowledged", mention_id,
                                                       json.dumps(detail, sort_keys=True)))
            return moved

    def acknowledged(self, mention_id: int) -> bool:
        return self.conn.execute("SELECT 1 FROM ack_links WHERE mention_id = ? AND used_at IS NOT NULL",
                                 (mention_id,)).fetchone() is not None
