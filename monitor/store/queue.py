"""The review queue's SQL: which flagged items an account sees, filtered, counted, ordered and
paged in SQLite, so a page costs about the same with 100 flagged items or 50,000.

Every statement reads flagged items only through the partial indexes of migration 10
(`mentions_flagged` in queue order, `mentions_flagged_counts` covering the counts and choices).
The Python the queue used to run on every item lives on here as SQL; what it decided is held by
the table tests in tests/web/test_queue_sql.py.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any

from monitor.vocab import Decision, Item

FLAGGED = ("urgent", "high", "digest")  # `ignore` is not about us and never queued

# The partial indexes' own WHERE, word for word: SQLite uses a partial index only for a query
# that says the same.
BASE = "{m}.priority IN ('urgent', 'high', 'digest') AND {m}.triaged_at IS NOT NULL"
# Urgent first, then high, then digest (the indexes hold the same expression).
RANK = "CASE {m}.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 ELSE 2 END"
# When it was posted (or fetched), as text that sorts in time: iso() leaves out a zero fraction,
# and '.' sorts before 'Z', so a whole second is written out as '.000000Z' here.
WHEN = ("CASE WHEN substr(COALESCE({m}.published, {m}.fetched), 20, 1) = 'Z' "
        "THEN substr(COALESCE({m}.published, {m}.fetched), 1, 19) || '.000000Z' "
        "ELSE COALESCE({m}.published, {m}.fetched) END")
ORDER = f"{RANK} ASC, {WHEN} DESC, {{m}}.id DESC"
# Without ANALYZE's figures SQLite would as soon walk an index of every mention (by source, by
# time judged) as these, which hold the flagged ones only: a backfill's 100,000 posts against
# its few hundred flagged. So the queue names its indexes.
BY_ORDER = "mentions m INDEXED BY mentions_flagged"
BY_COUNTS = "mentions m INDEXED BY mentions_flagged_counts"


@dataclass(frozen=True)
class QueueScope:
    """Whose queue. school_ids None: every school (a trust's CEO). hidden None: an account that
    reads everything of its schools (monitor/disclosure.py WEB_LEADERS); otherwise the flagged
    items of its schools it may not open (QueueMixin.hidden_from), read once per page."""

    school_ids: tuple[str, ...] | None
    hidden: frozenset[int] | None = None

    @property
    def leader(self) -> bool:
        return self.hidden is None


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows of the scope. posted: per school id (None: any other school), the
    UTC instants [from, before) of the school's local days asked for, as WHEN writes them."""

    priorities: tuple[str, ...] = FLAGGED
    states: tuple[str, ...] = ()  # any of these; () any state
    not_states: tuple[str, ...] = ()
    category: str = ""
    person: str = ""
    source: str = ""
    posted: tuple[tuple[str | None, str | None, str | None], ...] = ()


@dataclass(frozen=True)
class QueuePage:
    items: tuple[Item, ...]
    total: int  # rows of the whole filtered queue, one per incident
    more: dict  # item id -> how many more posts its incident holds


@dataclass(frozen=True)
class QueueSummary:
    counts: tuple[tuple[str, str, int], ...]  # (priority, state, flagged items)
    sources: tuple[str, ...]
    people: tuple[tuple[str, str], ...]  # (school id, "school" or "staff:<id>")


def _json_list(column: str) -> str:
    """A JSON list column for json_each; anything else (a hand edit) reads as empty, as the Item does."""
    return f"CASE WHEN json_valid({column}) AND json_type({column}) = 'array' THEN {column} ELSE '[]' END"


def scope_sql(scope: QueueScope, m: str = "m") -> tuple[str, list[Any]]:
    """The WHERE terms (and their arguments) for the flagged items `scope` may open."""
    where, args = [BASE.format(m=m)], []
    if scope.school_ids is not None:
        where.append(f"{m}.school_id IN ({','.join('?' * len(scope.school_ids))})")
        args.extend(scope.school_ids)
    if scope.hidden:
        where.append(f"{m}.id NOT IN (SELECT value FROM json_each(?))")  # one parameter however many
        args.append(json.dumps(sorted(scope.hidden)))
    return " AND ".join(where), args


def filter_sql(f: QueueFilter, m: str = "m") -> tuple[str, list[Any]]:
    where, args = [], []
    # Priorities always: none left (a view and a priority filter that disagree) shows nothing.
    where.append(f"{m}.priority IN ({','.join('?' * len(f.priorities))})")
    args.extend(f.priorities)
    for values, op in ((f.states, "IN"), (f.not_states, "NOT IN")):
        if values:
            where.append(f"{m}.state {op} ({','.join('?' * len(values))})")
            args.extend(values)
    for column, value in ((f"{m}.categories", f.category), (f"{m}.about", f.person)):
        if value:
            where.append(f"EXISTS (SELECT 1 FROM json_each({_json_list(column)}) WHERE value = ?)")
            args.append(value)
    if f.source:
        where.append(f"{m}.source = ?")
        args.append(f.source)
    if f.posted:
        when, named, ors = WHEN.format(m=m), [s for s, _, _ in f.posted if s is not None], []
        for school, start, before in f.posted:
            if school is not None:
                terms, targs = [f"{m}.school_id = ?"], [school]
            else:
                terms, targs = [f"{m}.school_id NOT IN ({','.join('?' * len(named))})"], list(named)
            for value, op in ((start, ">="), (before, "<")):
                if value is not None:
                    terms.append(f"{when} {op} ?")
                    targs.append(value)
            ors.append("(" + " AND ".join(terms) + ")")
            args.extend(targs)
        where.append("(" + " OR ".join(ors) + ")")
    return " AND ".join(where) or "1 = 1", args


def when_text(dt: datetime) -> str:
    """An instant as WHEN writes it, for the posted-date bounds."""
    dt = dt.astimezone(timezone.utc)
    return f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}T{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}.{dt.microsecond:06d}Z"


_ROW = Item(id=0, school_id="", source="", platform="", external_id="", url="", author="", author_url="",
            published=None, fetched=datetime.min.replace(tzinfo=timezone.utc), text="", context="", about=(),
            scores={}, decision=None)


def web_hidden(categories: str | None, facts: str | None, about: str | None, accused: str) -> int:
    """sw_web_hidden: 1 when an account that is not a leader may not open the row. The rule is
    monitor.disclosure's, applied to the columns it reads, parsed as row_to_item parses them."""
    from monitor.disclosure import web_may_show
    from monitor.store.items import _loads

    item = replace(_ROW, about=tuple(_loads(about, [])),
                   decision=Decision(priority="", categories=tuple(_loads(categories, [])), actions=(), why="",
                                     facts=_loads(facts, {})))
    return 0 if web_may_show("viewer", item, frozenset(json.loads(accused))) else 1


def install_functions(conn: sqlite3.Connection) -> None:
    conn.create_function("sw_web_hidden", 4, web_hidden, deterministic=True)


class QueueMixin:
    conn: sqlite3.Connection

    @contextmanager
    def reading(self):
        """Several reads that see one moment of the database: a viewer's hidden items and the page
        they hide from, so a safeguarding post judged in between cannot slip onto it. WAL lets the
        daemon write meanwhile; nothing here waits for it."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")

    def hidden_from(self, school_id: str, accused: frozenset[str]) -> frozenset[int]:
        """The school's flagged items an account that is not a leader may not open, by
        monitor.disclosure.web_may_show: safeguarding, read here in SQL; the rest (an allegation,
        a post naming someone accused) row by row through sw_web_hidden, sent only the rows that
        could be one (a '\\u' escape could spell any word)."""
        where, args = scope_sql(QueueScope((school_id,)))
        # A post about someone accused names them in `about` as json.dumps writes it (quotes and
        # all: only a whole element matches); one naming them in its facts goes to sw_web_hidden.
        needles = [json.dumps(f"staff:{a}") for a in sorted(accused)]
        about = (f"OR (json_valid(m.about) AND json_type(m.about) = 'array' AND "
                 f"({' OR '.join('instr(m.about, ?)' for _ in needles)}))") if needles else ""
        named = "OR instr(m.facts, 'targets') OR instr(m.about, '\\u')" if needles else ""
        rows = self.conn.execute(
            f"""SELECT m.id FROM {BY_COUNTS} WHERE {where} AND (
                    CASE WHEN instr(m.categories, 'safeguarding') OR instr(m.categories, '\\u') THEN EXISTS (
                        SELECT 1 FROM json_each({_json_list('m.categories')}) WHERE value = 'safeguarding') END
                    {about}
                    OR CASE WHEN instr(m.facts, 's141f') OR instr(m.facts, '\\u') {named}
                       THEN sw_web_hidden(m.categories, m.facts, m.about, ?) ELSE 0 END)""",
            [*args, *needles, json.dumps(sorted(accused))])
        return frozenset(r[0] for r in rows)

    def queue_summary(self, scope: QueueScope) -> QueueSummary:
        """The scope's flagged items counted by priority and state, and the filters' choices, from
        one walk of the covering index in its own order (no sort)."""
        from monitor.store.items import _loads

        where, args = scope_sql(scope)
        counts: dict[tuple[str, str], int] = {}
        sources, people = set(), set()
        for school, priority, state, source, about, n in self.conn.execute(
                f"SELECT m.school_id, m.priority, m.state, m.source, m.about, COUNT(*) FROM {BY_COUNTS} "
                f"WHERE {where} GROUP BY m.school_id, m.priority, m.state, m.source, m.about", args):
            counts[(priority, state)] = counts.get((priority, state), 0) + n
            sources.add(source)
            people.update((school, a) for a in _loads(about, []))
        return QueueSummary(tuple((p, st, n) for (p, st), n in sorted(counts.items())), tuple(sorted(sources)),
                            tuple(sorted(people)))

    def _queue_where(self, scope: QueueScope, f: QueueFilter, m: str) -> tuple[str, list[Any]]:
        s, sargs = scope_sql(scope, m)
        w, wargs = filter_sql(f, m)
        return f"{s} AND {w}", sargs + wargs

    def _first_of_incident(self, scope: QueueScope, f: QueueFilter) -> tuple[str, list[Any]]:
        """An item in an incident is shown only when no other shown post of it comes first.
        (CROSS JOIN: the incident's few posts first, never every flagged item.)"""
        where, args = self._queue_where(scope, f, "x")
        before = (f"({RANK.format(m='x')}, {WHEN.format(m='m')}, m.id) < "
                  f"({RANK.format(m='m')}, {WHEN.format(m='x')}, x.id)")
        return (f"(im.incident_id IS NULL OR NOT EXISTS (SELECT 1 FROM incident_mentions o "
                f"CROSS JOIN mentions x ON x.id = o.mention_id WHERE o.incident_id = im.incident_id "
                f"AND o.mention_id != m.id AND {where} AND {before}))", args)

    def queue_page(self, scope: QueueScope, f: QueueFilter, page: int, page_size: int) -> tuple[QueuePage, int]:
        """One page of the queue, urgent first and newest first within a priority, an incident
        one row (its first post in that order). Returns (the page, the page number, kept within
        the pages there are)."""
        from monitor.store.items import row_to_item

        if not f.priorities:  # a view and a priority filter that disagree (SQLite cannot plan IN () by index)
            return QueuePage((), 0, {}), 1
        where, args = self._queue_where(scope, f, "m")
        first, fargs = self._first_of_incident(scope, f)
        body = f"LEFT JOIN incident_mentions im ON im.mention_id = m.id WHERE {where} AND {first}"
        total = self.conn.execute(f"SELECT COUNT(*) FROM {BY_COUNTS} {body}", args + fargs).fetchone()[0]
        pages = max(1, -(-total // page_size))
        page = min(max(1, page), pages)
        rows = self.conn.execute(
            f"SELECT m.*, im.incident_id AS incident_id, (SELECT COUNT(*) FROM incident_mentions c "
            f"WHERE c.incident_id = im.incident_id) AS incident_size FROM {BY_ORDER} {body} "
            f"ORDER BY {ORDER.format(m='m')} LIMIT ? OFFSET ?",
            args + fargs + [page_size, (page - 1) * page_size]).fetchall()
        more = {r["id"]: r["incident_size"] - 1 for r in rows if r["incident_id"] is not None}
        return QueuePage(tuple(row_to_item(r) for r in rows), total, more), page

