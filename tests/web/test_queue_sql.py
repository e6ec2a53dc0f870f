"""The queue's counts, filters, order, pages and who-sees-what, decided in SQL (monitor/store/queue.py):
tables of stored posts and what each query shows, and that every statement reads through an index."""
from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta

import pytest

from connectors.base import Mention
from monitor.config import load
from monitor.review.web.queue import VIEWS, Filters, day_start, view_counts
from monitor.store import Matched, Store
from monitor.store.queue import FLAGGED, QueueFilter, QueueScope
from monitor.timeutil import parse_iso
from monitor.vocab import Decision

# key: (school, priority, categories, about, source, published (None: the fetch time), fetched, state, facts)
POSTS = {
    "u-new": ("hba", "urgent", ("threat",), ("school", "staff:tom"), "forum", "2026-06-03T09:00:00Z", None, "new", {}),
    "u-frac": ("hba", "urgent", ("threat",), ("school",), "forum", "2026-06-03T09:00:00.500000Z", None, "new", {}),
    "u-old": ("hba", "urgent", ("safeguarding",), ("school",), "x", "2026-06-01T08:00:00Z", None, "in_review", {}),
    "h-fetched": ("hba", "high", ("harassment",), ("staff:amy",), "forum", None, "2026-06-02T10:00:00Z", "new", {}),
    "h-done": ("hba", "high", ("harassment",), ("staff:tom",), "forum", "2026-06-04T10:00:00Z", None, "decided", {}),
    "d-late": ("hba", "digest", ("complaint",), ("school",), "x", "2026-06-30T23:30:00Z", None, "closed", {}),
    "d-same1": ("hba", "digest", ("complaint",), ("school",), "forum", "2026-06-02T12:00:00Z", None, "new", {}),
    "d-same2": ("hba", "digest", ("complaint",), ("school",), "forum", "2026-06-02T12:00:00Z", None, "new", {}),
    "ignored": ("hba", "ignore", ("praise",), ("staff:amy",), "forum", "2026-06-05T12:00:00Z", None, "new", {}),
    "other": ("rps", "urgent", ("threat",), ("school",), "forum", "2026-06-05T12:00:00Z", None, "new", {}),
}
FETCHED = "2026-07-02T00:00:00Z"


def add(store: Store, key: str) -> int:
    school, prio, cats, about, source, published, fetched, state, facts = POSTS[key]
    m = Mention(source=source, external_id=key, url=f"https://forum.example/{key}", text=f"post {key}",
                published=parse_iso(published), author=key, platform="rss")
    (mid,) = store.save_fetch(source, [Matched(school, m, about, hashlib.sha256(key.encode()).hexdigest())], [],
                              None, parse_iso(fetched or FETCHED))
    store.save_decision(mid, {}, Decision(prio, cats, ("dsl_review",), "why", (), facts), parse_iso(FETCHED))
    store.set_state(mid, state)
    return mid


@pytest.fixture
def posts(tmp_path):
    store = Store.open(tmp_path / "q.db")
    ids = {key: add(store, key) for key in POSTS}
    yield store, ids
    store.close()


HBA = QueueScope(("hba",))


def shown(store, ids, f: QueueFilter = QueueFilter(), scope: QueueScope = HBA, page=1, size=50) -> list[str]:
    names = {v: k for k, v in ids.items()}
    return [names[i.id] for i in store.queue_page(scope, f, page, size)[0].items]


ALL = ["u-frac", "u-new", "u-old", "h-done", "h-fetched", "d-late", "d-same2", "d-same1"]


@pytest.mark.parametrize("f,expected", [
    # Urgent, high, digest; newest posted first (a fraction of a second after 09:00:00 is newer);
    # a post with no time of its own goes by its fetch; the same time: the later stored first.
    (QueueFilter(), ALL),
    (QueueFilter(priorities=("urgent", "high"), states=("new", "in_review")), ["u-frac", "u-new", "u-old", "h-fetched"]),
    (QueueFilter(not_states=("new", "in_review")), ["h-done", "d-late"]),
    (QueueFilter(priorities=()), []),
    (QueueFilter(priorities=("high",)), ["h-done", "h-fetched"]),
    (QueueFilter(category="harassment"), ["h-done", "h-fetched"]),
    (QueueFilter(category="praise"), []),  # only the ignored post has it
    (QueueFilter(person="staff:tom"), ["u-new", "h-done"]),
    (QueueFilter(person="staff:to"), []),  # a whole entry, not a part of one
    (QueueFilter(source="x"), ["u-old", "d-late"]),
    (QueueFilter(states=("closed",)), ["d-late"]),
    (QueueFilter(posted=(("hba", "2026-06-03T00:00:00.000000Z", None),)), ["u-frac", "u-new", "h-done", "d-late"]),
    (QueueFilter(posted=(("hba", None, "2026-06-03T09:00:00.500000Z"),)),
     ["u-new", "u-old", "h-fetched", "d-same2", "d-same1"]),
    (QueueFilter(posted=(("rps", "2026-01-01T00:00:00.000000Z", None),)), []),  # bounds for another school only
    (QueueFilter(posted=(("rps", None, None), (None, "2026-06-04T00:00:00.000000Z", None))), ["h-done", "d-late"]),
])
def test_the_store_filters_and_orders_the_queue(posts, f, expected):
    store, ids = posts
    assert shown(store, ids, f) == expected


def test_pages_split_the_order_and_a_page_past_the_end_is_the_last(posts):
    store, ids = posts
    assert [shown(store, ids, page=p, size=3) for p in (1, 2, 3)] == [ALL[:3], ALL[3:6], ALL[6:]]
    assert shown(store, ids, page=9, size=3) == ALL[6:] and shown(store, ids, page=0, size=3) == ALL[:3]
    page, number = store.queue_page(HBA, QueueFilter(), 9, 3)
    assert (page.total, number) == (8, 3)


def test_a_ceo_reads_every_school_in_one_order(posts):
    store, ids = posts
    assert shown(store, ids, scope=QueueScope(None)) == ["other", *ALL]
    assert shown(store, ids, scope=QueueScope(("rps",))) == ["other"]


def test_an_incident_is_one_row_its_first_post_in_the_order_shown(posts):
    store, ids = posts
    for key in ("u-new", "h-done", "d-same1"):  # one author's posts about one person
        store.join_incident(ids[key], school_id="hba", platform="rss", author="a", target="staff:tom",
                            posted=parse_iso(FETCHED), since=parse_iso(FETCHED) - timedelta(days=1))
    page, _ = store.queue_page(HBA, QueueFilter(), 1, 50)
    assert shown(store, ids) == ["u-frac", "u-new", "u-old", "h-fetched", "d-late", "d-same2"]
    assert page.total == 6 and page.more == {ids["u-new"]: 2}
    # Left out by a filter, its first post gives way to the next one that is shown.
    page, _ = store.queue_page(HBA, QueueFilter(priorities=("high", "digest")), 1, 50)
    assert [i.id for i in page.items] == [ids[k] for k in ("h-done", "h-fetched", "d-late", "d-same2")]
    assert page.more == {ids["h-done"]: 2}


def test_counts_by_priority_and_state_and_the_choices(posts):
    store, ids = posts
    summary = store.queue_summary(HBA)
    assert summary.counts == (("digest", "closed", 1), ("digest", "new", 2), ("high", "decided", 1), ("high", "new", 1),
                              ("urgent", "in_review", 1), ("urgent", "new", 2))
    assert summary.sources == ("forum", "x")
    assert summary.people == (("hba", "school"), ("hba", "staff:amy"), ("hba", "staff:tom"))
    assert store.queue_summary(QueueScope(None)).people[-1] == ("rps", "school")


@pytest.mark.parametrize("counts,expected", [
    ([], {"needs": 0, "open": 0, "done": 0, "all": 0}),
    ([("urgent", "new", 2), ("high", "in_review", 1), ("digest", "new", 4)], {"needs": 3, "open": 7, "done": 0, "all": 7}),
    ([("urgent", "decided", 1), ("digest", "closed", 2), ("high", "new", 5)], {"needs": 5, "open": 5, "done": 3, "all": 8}),
])
def test_the_tabs_count_from_priority_and_state(counts, expected):
    assert {k: n for k, _, n in view_counts(counts)} == expected
    assert [label for _, label, _ in view_counts(counts)] == [v[0] for v in VIEWS.values()]


CONFIG = """
[[schools]]
id = "hba"
name = "Hollowbrook Academy"
timezone = "Europe/London"
headteacher = "head@hba.example"
dsl = "dsl@hba.example"
[[schools]]
id = "nyc"
name = "New York School"
timezone = "America/New_York"
headteacher = "head@nyc.example"
dsl = "dsl@nyc.example"
[email]
sender = "s@x.example"
[database]
path = "sw.db"
"""


@pytest.mark.parametrize("args,expected", [
    ({}, QueueFilter(priorities=("urgent", "high"), states=("new", "in_review"))),
    ({"view": "done"}, QueueFilter(not_states=("new", "in_review"))),
    ({"priority": "digest"}, QueueFilter(priorities=("digest",))),  # narrowed: all flagged
    ({"view": "needs", "priority": "digest"}, QueueFilter(priorities=(), states=("new", "in_review"))),
    ({"state": "closed"}, QueueFilter(states=("closed",))),
    ({"view": "open", "state": "closed"}, QueueFilter(priorities=(), states=())),
    ({"view": "done", "state": "decided"}, QueueFilter(states=("decided",))),
    ({"category": "threat", "person": "school", "source": "forum"},
     QueueFilter(category="threat", person="school", source="forum")),
    # Local days of each school, and of schools not configured (the first school's zone).
    ({"since": "2026-07-01", "until": "2026-07-01"}, QueueFilter(posted=(
        ("hba", "2026-06-30T23:00:00.000000Z", "2026-07-01T23:00:00.000000Z"),
        ("nyc", "2026-07-01T04:00:00.000000Z", "2026-07-02T04:00:00.000000Z"),
        (None, "2026-06-30T23:00:00.000000Z", "2026-07-01T23:00:00.000000Z")))),
    ({"until": "9999-12-31", "since": "0001-01-01"}, QueueFilter(posted=(
        ("hba", "0001-01-01T00:01:15.000000Z", None), ("nyc", "0001-01-01T04:56:02.000000Z", None),
        (None, "0001-01-01T00:01:15.000000Z", None)))),
])
def test_the_pages_filters_become_the_stores(tmp_path, args, expected):
    (tmp_path / "config.toml").write_text(CONFIG)
    assert Filters.from_args(args).for_store(load(tmp_path / "config.toml")) == expected


def test_a_post_late_in_the_evening_utc_is_the_next_day_at_the_school(posts):
    store, ids = posts  # d-late: 23:30 UTC on 30 June is 00:30 on 1 July in London
    start, end = day_start(date(2026, 7, 1), "Europe/London"), day_start(date(2026, 7, 2), "Europe/London")
    assert shown(store, ids, QueueFilter(posted=(("hba", start, end),))) == ["d-late"]


# (categories, facts, about) of a flagged post, the accused staff, hidden from a viewer?
HIDDEN = [
    (("threat",), {}, ("school",), (), False),
    (("safeguarding",), {}, ("school",), (), True),
    (("threat", "safeguarding"), {}, ("school",), (), True),
    (("threat",), {"s141f": "yes"}, ("staff:tom",), (), True),
    (("threat",), {"s141f": " true "}, ("school",), (), True),
    (("threat",), {"s141f": "no"}, ("school",), (), False),
    (("threat",), {}, ("staff:tom",), ("tom",), True),
    (("threat",), {}, ("staff:tomas",), ("tom",), False),
    (("threat",), {"targets": "amy, tom"}, ("school",), ("tom",), True),
    (("threat",), {"targets": "tomas"}, ("school",), ("tom",), False),
    (("threat",), {"note": "saf\\u0065guarding"}, ("school",), (), False),
    (("complaint",), {}, ("staff:zo\u00eb",), ("zo\u00eb",), True),  # written \u00eb in the JSON
]


def test_what_a_viewer_may_not_open_follows_the_disclosure_rule(tmp_path):
    store = Store.open(tmp_path / "h.db")
    expected = {}
    for n, (cats, facts, about, accused, hidden) in enumerate(HIDDEN):
        m = Mention(source="f", external_id=str(n), url="https://f.example/", text=f"t{n}", platform="rss",
                    published=parse_iso(FETCHED))
        (mid,) = store.save_fetch("f", [Matched("hba", m, about, f"h{n}")], [], None, parse_iso(FETCHED))
        store.save_decision(mid, {}, Decision("high", cats, (), "why", (), facts), parse_iso(FETCHED))
        expected[mid] = (frozenset(accused), hidden)
    for accused in {a for a, _ in expected.values()}:
        got = store.hidden_from("hba", accused)
        rows = [mid for mid, (acc, _) in expected.items() if acc == accused]
        assert {mid for mid in rows if mid in got} == {mid for mid in rows if expected[mid][1]}, accused
    store.close()


QUEUE_INDEXES = ("mentions_flagged", "mentions_flagged_counts")


def test_every_queue_statement_reads_flagged_items_through_their_indexes(posts):
    """A page reads the flagged posts only, never every mention: each step on mentions (m, x)
    goes through the queue's partial indexes or by id."""
    store, ids = posts
    from monitor.store.review import Review

    traced: list[str] = []
    store.conn.set_trace_callback(traced.append)
    viewer = QueueScope(("hba",), hidden=store.hidden_from("hba", frozenset({"tom"})))
    for scope in (HBA, QueueScope(None), viewer):
        for f in (QueueFilter(), QueueFilter(priorities=("urgent", "high"), states=("new", "in_review")),
                  QueueFilter(category="threat", person="school", source="forum",
                              posted=(("hba", "2026-06-01T00:00:00.000000Z", None), (None, None, "2027")))):
            store.queue_page(scope, f, 1, 50)
        store.queue_summary(scope)
        Review(store).precision(scope.school_ids, parse_iso(FETCHED), FLAGGED, scope=scope)
    store.conn.set_trace_callback(None)
    queue = [sql for sql in traced if re.search(r"\bmentions\s+m\b", sql)]
    assert len(queue) >= 20
    bad = []
    for sql in queue:
        for step in (r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql)):
            if re.match(r"(SCAN|SEARCH) (m|x)\b", step) and not re.search(
                    rf"USING (COVERING )?INDEX ({'|'.join(QUEUE_INDEXES)})\b|USING INTEGER PRIMARY KEY", step):
                bad.append(f"{step}: {' '.join(sql.split())[:100]}")
    assert bad == []


def test_a_pages_reads_see_one_moment_of_the_database_while_the_daemon_writes(posts, tmp_path):
    """A viewer's hidden items and the page are read together: a safeguarding post judged by the
    daemon in between waits for the next page, rather than showing unhidden on this one."""
    store, ids = posts
    daemon = Store.open(tmp_path / "q.db")
    with store.reading():
        viewer = QueueScope(("hba",), hidden=store.hidden_from("hba", frozenset()))
        m = Mention(source="forum", external_id="late", url="https://forum.example/late", text="late",
                    published=parse_iso(FETCHED), author="z", platform="rss")
        (late,) = daemon.save_fetch("forum", [Matched("hba", m, ("school",), "late")], [], None, parse_iso(FETCHED))
        daemon.save_decision(late, {}, Decision("urgent", ("safeguarding",), (), "why"), parse_iso(FETCHED))
        assert late not in {i.id for i in store.queue_page(viewer, QueueFilter(), 1, 50)[0].items}
    assert late in store.hidden_from("hba", frozenset())
    assert late in {i.id for i in store.queue_page(HBA, QueueFilter(), 1, 50)[0].items}
    daemon.close()
