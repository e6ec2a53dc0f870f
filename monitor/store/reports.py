"""Posts reported through the review queue's form: who reported which mention, so a
`reporter` account sees its own reports and nothing else."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from monitor.timeutil import iso, parse_iso


@dataclass(frozen=True)
class WebReport:
    mention_id: int
    school_id: str
    at: datetime
    text: str
    state: str


class WebReportsMixin:
    conn: sqlite3.Connection

    def record_web_report(self, mention_id: int, school_id: str, user_name: str, now: datetime) -> None:
        self.conn.execute("INSERT OR IGNORE INTO web_reports (mention_id, school_id, user_name, at) VALUES (?,?,?,?)",
                          (mention_id, school_id, user_name, iso(now)))

    def web_reports(self, *, user_name: str, school_id: str | None, limit: int = 50) -> list[WebReport]:
        rows = self.conn.execute(
            """SELECT r.mention_id, r.school_id, r.at, m.text, m.state FROM web_reports r
               JOIN mentions m ON m.id = r.mention_id
               WHERE r.user_name = ? AND (? IS NULL OR r.school_id = ?) ORDER BY r.at DESC LIMIT ?""",
            (user_name, school_id, school_id, int(limit)))
        return [WebReport(r[0], r[1], parse_iso(r[2]), r[3], r[4]) for r in rows]
