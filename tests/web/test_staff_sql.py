"""The staff cases decided in SQL (monitor/store/staff.py, migration 12): which stored posts are
on a member of staff's case and in what order, each member's counts, the index kept as posts
are judged, re-judged and purged, and that every statement reads through an index."""
from __future__ import annotations

import hashlib
import re
import sqlite3

import pytest

from connectors.base import Mention
from monitor.store import Matched, Store
from monitor.store.staff import StaffCount
from monitor.timeutil import parse_iso
from monitor.vocab import Decision

# key: (school, priority (None: never judged), about, published, state)
POSTS = {
    "u-tom": ("hba", "urgent", ("school", "staff:tom"), "2026-06-03T09:00:00Z", "new"),
    "u-tom-frac": ("hba", "urgent", ("staff:tom",), "2026-06-03T09:00:00.500000Z", "in_review"),
    "h-tom-old": ("hba", "high", ("staff:tom", "staff:amy"), "2026-06-01T08:00:00Z", "decided"),
    "h-tom-new": ("hba", "high", ("staff:tom",), "2026-06-04T10:00:00Z", "closed"),
    "d-tom-same1": ("hba", "digest", ("staff:tom",), "2026-06-02T12:00:00Z", "new"),
    "d-tom-same2": ("hba", "digest", ("staff:tom", "staff:tom"), "2026-06-02T12:00:00Z", "new"),
    "d-amy": ("hba", "digest", ("staff:amy",), "2026-06-02T12:00:00Z", "closed"),
    "i-tom": ("hba", "ignore", ("staff:tom",), "2026-06-05T12:00:00Z", "new"),  # not about us: on no case
    "unjudged-tom": ("hba", None, ("staff:tom",), "2026-06-05T12:00:00Z", "new"),
    "part-tom": ("hba", "urgent", ("staff:to", "staff:tom2", "STAFF:tom"), "2026-06-05T12:00:00Z", "new"),
    "school-only": ("hba", "urgent", ("school",), "2026-06-05T12:00:00Z", "new"),
    "rps-tom": ("rps", "urgent", ("staff:tom",), "2026-06-05T12:00:00Z", "new"),  # another school's Tom
}
JUDGED = "2026-07-02T00:00:00Z"


def add(store: Store, key: str) -> int:
    school, prio, about, published, state = POSTS[key]
    m = Mention(source="forum", external_id=key, url=f"https://forum.example/{key}", text=f"post {key}",
                published=parse_iso(published), author=key, platform="rss")
    (mid,) = store.save_fetch("forum", [Matched(school, m, about, hashlib.sha256(key.encode()).hexdigest())], [],
                              None, parse_iso(JUDGED))
    if prio:
        store.save_decision(mid, {}, Decision(prio, ("threat",), ("dsl_review",), "why"), parse_iso(JUDGED))
    store.set_state(mid, state)
    return mid


@pytest.fixture
def posts(tmp_path):
    store = Store.open(tmp_path / "s.db")
    ids = {key: add(store, key) for key in POSTS}
    yield store, ids
    store.close()


def case(store, ids, school: str, staff: str) -> list[str]:
    names = {v: k for k, v in ids.items()}
    return [names[i.id] for i in store.staff_items(school, staff)]


TOM = ["u-tom-frac", "u-tom", "h-tom-new", "h-tom-old", "d-tom-same2", "d-tom-same1"]


@pytest.mark.parametrize("school,staff,expected", [
    # Urgent, high, digest; newest posted first (half a second after 09:00 is newer); the same
    # time: the later stored first. Ignored and never-judged posts, parts of an entry, another
    # case and another school's member of the same id are on no case.
    ("hba", "tom", TOM),
    ("hba", "amy", ["h-tom-old", "d-amy"]),
    ("hba", "to", ["part-tom"]),  # a whole entry: "staff:to" is Tom's only as part of "staff:tom"
    ("hba", "t", []),
    ("hba", "TOM", []),
    ("hba", "nobody", []),
    ("rps", "tom", ["rps-tom"]),
    ("rps", "amy", []),
])
def test_a_case_holds_the_flagged_items_about_the_member_in_the_queues_order(posts, school, staff, expected):
    store, ids = posts
    assert case(store, ids, school, staff) == expected


def test_each_member_is_counted_once_per_item_and_open_means_new_or_in_review(posts):
    store, _ = posts
    assert store.staff_counts("hba") == {"tom": StaffCount(6, 4), "amy": StaffCount(2, 0),
                                         "to": StaffCount(1, 1), "tom2": StaffCount(1, 1)}
    assert store.staff_counts("rps") == {"tom": StaffCount(1, 1)}
    assert store.staff_counts("nowhere") == {}


def test_the_case_follows_rejudging_rematching_and_the_purge(posts):
    store, ids = posts
    store.save_decision(ids["i-tom"], {}, Decision("high", ("threat",), (), "now about us"), parse_iso(JUDGED))
    store.save_decision(ids["u-tom"], {}, Decision("ignore", ("neutral",), (), "not about us"), parse_iso(JUDGED))
    with store.transaction():
        store.conn.execute("UPDATE mentions SET about = ? WHERE id = ?", ('["staff:amy"]', ids["h-tom-new"]))
        store.conn.execute("UPDATE mentions SET about = ? WHERE id = ?", ("not json", ids["d-amy"]))
    assert case(store, ids, "hba", "tom") == ["u-tom-frac", "i-tom", "h-tom-old", "d-tom-same2", "d-tom-same1"]
    assert case(store, ids, "hba", "amy") == ["h-tom-new", "h-tom-old"]
    store.purge(parse_iso("2099-01-01T00:00:00Z"))  # every post fetched before; the one in review stays
    assert case(store, ids, "hba", "tom") == ["u-tom-frac"]
    assert store.conn.execute("SELECT COUNT(*) FROM mention_staff WHERE mention_id NOT IN "
                              "(SELECT id FROM mentions)").fetchone()[0] == 0


def test_an_existing_store_gets_its_cases_when_it_migrates(tmp_path):
    path = tmp_path / "old.db"
    store = Store.open(path)
    ids = {key: add(store, key) for key in POSTS}
    before = case(store, ids, "hba", "tom")
    store.close()
    conn = sqlite3.connect(path)  # as the store was before migration 12
    conn.executescript("DROP TABLE mention_staff; DROP TRIGGER IF EXISTS mention_staff_insert; "
                       "DROP TRIGGER mention_staff_update; "
                       "DROP TRIGGER mention_staff_delete; PRAGMA user_version = 11;")
    conn.close()
    store = Store.open(path)
    try:
        assert before == TOM and case(store, ids, "hba", "tom") == TOM
        assert store.staff_counts("hba")["amy"] == StaffCount(2, 0)
    finally:
        store.close()


def test_every_staff_case_statement_reads_through_an_index(posts):
    """A case reads the member's tagged posts through mention_staff's key and each post by its id:
    never a walk of the school's flagged posts or of every mention."""
    store, _ = posts
    traced: list[str] = []
    store.conn.set_trace_callback(traced.append)
    store.staff_items("hba", "tom")
    store.staff_items("rps", "nobody")
    store.staff_counts("hba")
    store.conn.set_trace_callback(None)
    statements = [sql for sql in traced if "mention_staff" in sql]
    assert len(statements) == 3
    steps = [r[3] for sql in statements for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]
    reads = [s for s in steps if re.match(r"(SCAN|SEARCH) (s|m)\b", s)]
    assert len(reads) == 6
    bad = [s for s in reads if not re.search(
        r"^SEARCH s USING (COVERING )?INDEX sqlite_autoindex_mention_staff_1 \(school_id=\? AND tag=\?\)$"
        r"|^SEARCH s USING (COVERING )?INDEX sqlite_autoindex_mention_staff_1 \(school_id=\?\)$"
        r"|^SEARCH m USING INTEGER PRIMARY KEY \(rowid=\?\)$", s)]
    assert bad == []
