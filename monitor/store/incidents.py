"""Incidents: posts by one author about one person (or the school) within a window.

The head reads one alert per incident and a short follow-up for each later post.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from monitor.timeutil import iso, parse_iso


@dataclass(frozen=True)
class Incident:
    id: int
    school_id: str
    platform: str
    author: str
    target: str  # "staff:<id>" or "school"
    first_mention: int
    opened: datetime
    last_post: datetime
    mention_ids: tuple[int, ...]


class IncidentsMixin:
    conn: sqlite3.Connection

    def _incident(self, row: sqlite3.Row | None) -> Incident | None:
        if row is None:
            return None
        ids = tuple(r[0] for r in self.conn.execute(
            "SELECT mention_id FROM incident_mentions WHERE incident_id = ? ORDER BY mention_id", (row["id"],)))
        return Incident(id=row["id"], school_id=row["school_id"], platform=row["platform"], author=row["author"],
                        target=row["target"], first_mention=row["first_mention"], opened=parse_iso(row["opened"]),
                        last_post=parse_iso(row["last_post"]), mention_ids=ids)

    def open_incident_for(self, *, school_id: str, platform: str, author: str, target: str,
                          since: datetime) -> Incident | None:
        """The author's incident about `target` whose last post is at or after `since`."""
        return self._incident(self.conn.execute(
            "SELECT * FROM incidents WHERE school_id = ? AND platform = ? AND author = ? AND target = ? "
            "AND last_post >= ? ORDER BY last_post DESC LIMIT 1",
            (school_id, platform, author, target, iso(since))).fetchone())

    def join_incident(self, mention_id: int, *, school_id: str, platform: str, author: str, target: str,
                      posted: datetime, since: datetime) -> tuple[Incident, bool]:
        """Put a mention in its incident, opening one when none is open. (incident, opened now)."""
        with self.transaction():
            found = self.incident_of(mention_id)
            if found is not None:
                return found, found.first_mention == mention_id
            inc = self.open_incident_for(school_id=school_id, platform=platform, author=author, target=target,
                                         since=since)
            if inc is None:
                inc_id = self.conn.execute(
                    "INSERT INTO incidents (school_id, platform, author, target, first_mention, opened, last_post) "
                    "VALUES (?,?,?,?,?,?,?)", (school_id, platform, author, target, mention_id, iso(posted),
                                               iso(posted))).lastrowid
                opened = True
            else:
                inc_id, opened = inc.id, False
                self.conn.execute("UPDATE incidents SET last_post = max(last_post, ?) WHERE id = ?",
                                  (iso(posted), inc_id))
            self.conn.execute("INSERT INTO incident_mentions (mention_id, incident_id) VALUES (?, ?)",
                              (mention_id, inc_id))
            return self.incident_of(mention_id), opened

    def incident_of(self, mention_id: int) -> Incident | None:
        return self._incident(self.conn.execute(
            "SELECT i.* FROM incidents i JOIN incident_mentions im ON im.incident_id = i.id WHERE im.mention_id = ?",
            (mention_id,)).fetchone())

    def incident_sizes(self, mention_ids) -> dict[int, tuple[int, int]]:
        """mention id -> (its incident's id, posts in the incident), for the queue."""
        ids = list(mention_ids)
        out: dict[int, tuple[int, int]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = self.conn.execute(
                f"""SELECT im.mention_id, im.incident_id,
                           (SELECT COUNT(*) FROM incident_mentions x WHERE x.incident_id = im.incident_id) AS n
                    FROM incident_mentions im WHERE im.mention_id IN ({','.join('?' * len(chunk))})""", chunk)
            out.update({r[0]: (r[1], r[2]) for r in rows})
        return out
