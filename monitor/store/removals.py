"""Removal requests followed until the post is gone (migrations/m04_after.py: removal_watch)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

from monitor.timeutil import iso, parse_iso


@dataclass(frozen=True)
class Watch:
    mention_id: int
    school_id: str
    decision_id: int
    requested_at: datetime
    notice: str  # defamation | platform
    due_at: datetime
    reference: str
    next_check: datetime | None
    checks: int
    last_checked: datetime | None
    last_result: str
    etag: str
    last_modified: str
    gone_at: datetime | None
    gone_how: str
    told_gone: datetime | None
    told_overdue: datetime | None
    stopped: datetime | None
    stopped_why: str


def _watch(r) -> Watch:
    return Watch(mention_id=r["mention_id"], school_id=r["school_id"], decision_id=r["decision_id"],
                 requested_at=parse_iso(r["requested_at"]), notice=r["notice"], due_at=parse_iso(r["due_at"]),
                 reference=r["reference"], next_check=parse_iso(r["next_check"]), checks=r["checks"],
                 last_checked=parse_iso(r["last_checked"]), last_result=r["last_result"], etag=r["etag"],
                 last_modified=r["last_modified"], gone_at=parse_iso(r["gone_at"]), gone_how=r["gone_how"],
                 told_gone=parse_iso(r["told_gone"]), told_overdue=parse_iso(r["told_overdue"]),
                 stopped=parse_iso(r["stopped"]), stopped_why=r["stopped_why"])


class RemovalsMixin:
    conn: sqlite3.Connection

    def removal_requests_unwatched(self) -> list[sqlite3.Row]:
        """Current 'ask the platform to remove it' decisions recorded as taken, not yet followed."""
        return list(self.conn.execute(
            """SELECT d.id, d.mention_id, d.taken_at, d.reference, m.school_id FROM action_decisions d
               JOIN mentions m ON m.id = d.mention_id
               WHERE d.action = 'request_removal' AND d.outcome = 'taken'
               AND d.id = (SELECT MAX(id) FROM action_decisions x
                           WHERE x.mention_id = d.mention_id AND x.action = 'request_removal')
               AND d.mention_id NOT IN (SELECT mention_id FROM removal_watch)
               ORDER BY d.id"""))

    def start_watch(self, *, mention_id: int, school_id: str, decision_id: int, requested_at: datetime,
                    notice: str, due_at: datetime, reference: str, next_check: datetime | None,
                    note: str = "") -> None:
        self.conn.execute(
            """INSERT OR IGNORE INTO removal_watch (mention_id, school_id, decision_id, requested_at, notice, due_at,
               reference, next_check, last_result) VALUES (?,?,?,?,?,?,?,?,?)""",
            (mention_id, school_id, decision_id, iso(requested_at), notice, iso(due_at), reference,
             iso(next_check), note))

    def stop_closed_watches(self, now: datetime) -> int:
        """A closed case is nobody's to follow any more: its checks stop."""
        return self.conn.execute(
            """UPDATE removal_watch SET stopped = ?, stopped_why = 'the case was closed', next_check = NULL
               WHERE stopped IS NULL AND gone_at IS NULL
               AND mention_id IN (SELECT id FROM mentions WHERE state = 'closed')""", (iso(now),)).rowcount

    def due_watches(self, now: datetime, limit: int) -> list[Watch]:
        rows = self.conn.execute(
            """SELECT * FROM removal_watch WHERE stopped IS NULL AND gone_at IS NULL AND next_check IS NOT NULL
               AND next_check <= ? ORDER BY next_check, mention_id LIMIT ?""", (iso(now), int(limit)))
        return [_watch(r) for r in rows]

    def record_removal_check(self, mention_id: int, now: datetime, result: str, next_check: datetime | None, *,
                             etag: str = "", last_modified: str = "", gone_how: str | None = None,
                             stop_why: str | None = None) -> None:
        """One check's outcome. Gone, or given up on (no next check): the watch stops."""
        stop_why = stop_why or ("the post is gone" if gone_how is not None else
                                "still up long after the deadline: the DSL was told" if next_check is None else None)
        self.conn.execute(
            """UPDATE removal_watch SET checks = checks + 1, last_checked = ?, last_result = ?, next_check = ?,
               etag = ?, last_modified = ?, gone_at = COALESCE(gone_at, ?), gone_how = COALESCE(?, gone_how),
               stopped = COALESCE(stopped, ?), stopped_why = COALESCE(?, stopped_why) WHERE mention_id = ?""",
            (iso(now), result, iso(next_check), etag, last_modified, iso(now) if gone_how is not None else None,
             gone_how, iso(now) if stop_why else None, stop_why, mention_id))

    def removal_watch(self, mention_id: int) -> Watch | None:
        row = self.conn.execute("SELECT * FROM removal_watch WHERE mention_id = ?", (mention_id,)).fetchone()
        return _watch(row) if row else None

    def removal_watches(self, school_ids: Sequence[str] | None = None) -> list[Watch]:
        sql, args = "SELECT * FROM removal_watch", []
        if school_ids is not None:
            sql += f" WHERE school_id IN ({','.join('?' * len(school_ids))})"
            args = list(school_ids)
        return [_watch(r) for r in self.conn.execute(sql + " ORDER BY requested_at, mention_id", args)]

    def removal_news(self, school_id: str, now: datetime) -> tuple[list[Watch], list[Watch]]:
        """(gone and not yet told, past the deadline and still up and not yet told)."""
        gone = self.conn.execute("SELECT * FROM removal_watch WHERE school_id = ? AND gone_at IS NOT NULL "
                                 "AND told_gone IS NULL ORDER BY gone_at", (school_id,))
        over = self.conn.execute("SELECT * FROM removal_watch WHERE school_id = ? AND gone_at IS NULL AND due_at <= ? "
                                 "AND told_overdue IS NULL AND (stopped IS NULL OR stopped_why LIKE 'still up%' "
                                 "OR stopped_why LIKE 'cannot be checked%') ORDER BY due_at", (school_id, iso(now)))
        return [_watch(r) for r in gone], [_watch(r) for r in over]

    def mark_removal_told(self, mention_ids: Sequence[int], kind: str, now: datetime) -> None:
        column = {"gone": "told_gone", "overdue": "told_overdue"}[kind]
        for mid in mention_ids:
            self.conn.execute(f"UPDATE removal_watch SET {column} = ? WHERE mention_id = ?", (iso(now), mid))
