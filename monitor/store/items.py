"""Reading stored mentions as Items: one, a school's, an author's; their state."""
from __future__ import annotations

import json
import logging
import sqlite3
from datetime import datetime, timezone
from typing import Sequence

from monitor.timeutil import iso, parse_iso
from monitor.vocab import STATES, Decision, Item

log = logging.getLogger("schoolwatch.store")

# Word for word the WHERE of migration 13's index of authors, mentions_named_author: posts with
# no author are never looked up by it, and SQLite uses a partial index only for a query that
# repeats its condition.
NAMED_AUTHOR_SQL = "author <> ''"
# What an unreadable fetch time reads as: the epoch sorts first and is plainly not a real time.
UNKNOWN_TIME = datetime(1970, 1, 1, tzinfo=timezone.utc)


class ItemsMixin:
    conn: sqlite3.Connection

    def get_item(self, item_id: int) -> Item | None:
        row = self.conn.execute("SELECT * FROM mentions WHERE id = ?", (item_id,)).fetchone()
        return row_to_item(row) if row else None

    def items(self, school_id: str | None = None, since: datetime | None = None,
              priorities: Sequence[str] | None = None, states: Sequence[str] | None = None,
              limit: int | None = None) -> list[Item]:
        where, args = ["1 = 1"], []
        if school_id:
            where.append("school_id = ?")
            args.append(school_id)
        if since:
            where.append("fetched >= ?")
            args.append(iso(since))
        for column, values in (("priority", priorities), ("state", states)):
            if values:
                where.append(f"{column} IN ({','.join('?' * len(values))})")
                args.extend(values)
        sql = f"SELECT * FROM mentions WHERE {' AND '.join(where)} ORDER BY fetched DESC, id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [row_to_item(r) for r in self.conn.execute(sql, args)]

    def accused_staff_ids(self, school_id: str) -> frozenset[str]:
        """Staff ids named by the school's s141F allegations (monitor/disclosure.py says who may read them)."""
        from monitor.disclosure import accused_in

        # The JSON filter keeps this to the few allegations, however large the store grows.
        rows = self.conn.execute(
            """SELECT * FROM mentions WHERE school_id = ? AND facts IS NOT NULL
               AND json_extract(facts, '$.s141f') IN ('1', 'true', 'yes')""", (school_id,))
        return accused_in(row_to_item(r) for r in rows)

    def author_items(self, school_id: str, platform: str, author: str) -> list[Item]:
        """The school's posts by one author on one platform, oldest first; none for no author."""
        if not author:
            return []
        rows = self.conn.execute(
            f"SELECT * FROM mentions WHERE school_id = ? AND platform = ? AND author = ? AND {NAMED_AUTHOR_SQL} "
            "ORDER BY COALESCE(published, fetched), id", (school_id, platform, author))
        return [row_to_item(r) for r in rows]

    def harmful_authors(self, school_ids: Sequence[str], since: datetime) -> dict[tuple[str, str], set[str]]:
        """(platform, author) -> the schools their posts judged urgent or high since `since` were about:
        the few authors whose next post naming nobody may still be about us (monitor/ingest/history.py).
        One indexed read a school (mentions_alerts: school, priority)."""
        out: dict[tuple[str, str], set[str]] = {}
        for school_id in school_ids:
            for r in self.conn.execute(
                    f"SELECT DISTINCT platform, author FROM mentions WHERE school_id = ? AND priority IN ('urgent', 'high') "
                    f"AND {NAMED_AUTHOR_SQL} AND COALESCE(published, fetched) >= ?", (school_id, iso(since))):
                out.setdefault((r["platform"], r["author"]), set()).add(school_id)
        return out

    def set_state(self, item_id: int, state: str) -> None:
        if state not in STATES:
            raise ValueError(f"unknown state {state!r}")
        self.conn.execute("UPDATE mentions SET state = ? WHERE id = ?", (state, item_id))

    def set_held(self, item_id: int, held: bool = True) -> None:
        self.conn.execute("UPDATE mentions SET held = ? WHERE id = ?", (int(held), item_id))


def _loads(text: str | None, default):
    """A JSON column; its default when it is unreadable (a hand edit, a torn write): the row still reads."""
    if not text:
        return default
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, type(default)):
        log.warning("unreadable JSON in the store (%r...): read as empty", text[:40])
        return default
    return value


def _when(text: str | None, what: str, row_id) -> datetime | None:
    try:
        return parse_iso(text)
    except (ValueError, TypeError, OverflowError):
        # One unreadable date must not stop every later read of the queue, the history or the digest.
        log.warning("mention %s: unreadable %s %r: read as unknown", row_id, what, text)
        return None


def row_to_item(r: sqlite3.Row) -> Item:
    decision = None
    if r["triaged_at"]:
        decision = Decision(priority=r["priority"], categories=tuple(_loads(r["categories"], [])),
                            actions=tuple(_loads(r["actions"], [])), why=r["why"] or "",
                            rules=tuple(_loads(r["rules"], [])), facts=_loads(r["facts"], {}))
    published = _when(r["published"], "published time", r["id"])
    fetched = _when(r["fetched"], "fetch time", r["id"]) or published or UNKNOWN_TIME
    return Item(id=r["id"], school_id=r["school_id"], source=r["source"], platform=r["platform"],
                external_id=r["external_id"], url=r["url"], author=r["author"], author_url=r["author_url"],
                published=published, fetched=fetched, text=r["text"],
                context=r["context"], about=tuple(_loads(r["about"], [])), scores=_loads(r["scores"], {}),
                match_grade=r["match_grade"] or "", match_why=r["match_why"] or "",
                possible=tuple(_loads(r["possible"], [])),
                decision=decision, state=r["state"], content_hash=r["content_hash"], raw_sha256=r["raw_sha256"],
                extra=_loads(r["extra"], {}))
