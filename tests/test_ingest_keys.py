"""Migration 13 (issue 16): the indexes whose keys arrive in no order hold only the rows their
lookups concern, and as little of each as finds them; every lookup still finds what it did."""
from __future__ import annotations

import sqlite3

from connectors.base import FetchResult, Mention
from monitor.config.types import School
from monitor.ingest.poll import content_hash, ingest
from monitor.store import (FEED_PLATFORMS_SQL, NAMED_AUTHOR_SQL, SOCIAL_PLATFORMS_SQL, Matched, Store)
from monitor.store.migrations import MIGRATIONS
from monitor.vocab import Decision
from test_pipeline import NOW

SCHOOL = School(id="hba", name="Hollowbrook Academy")
NEW = {"mentions_named_author", "mentions_social_ext", "mentions_feed_key"}
OLD = {"mentions_platform_author", "mentions_platform_ext", "mentions_feed_content"}
# The indexes as migrations 6 and 11 made them: a store of version 12.
OLD_SQL = """
    CREATE INDEX mentions_platform_author ON mentions (school_id, platform, author);
    CREATE INDEX mentions_platform_ext ON mentions (school_id, platform, external_id);
    CREATE INDEX mentions_feed_content ON mentions (school_id, content_hash)
        WHERE platform IN ('', 'file', 'google_alerts', 'google_news', 'news', 'rss');
"""


def post(ext: str, text: str, *, platform: str, author: str = "a", source: str = "s") -> Mention:
    return Mention(source=source, external_id=ext, url=f"https://x.example/{ext}", text=text, published=NOW,
                   author=author, platform=platform)


def indexes(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_the_conditions_are_the_migrations_word_for_word():
    import monitor.store.migrations.m13_ingest_keys as m13

    assert (m13._FEED, m13._SOCIAL) == (FEED_PLATFORMS_SQL, SOCIAL_PLATFORMS_SQL)
    assert f"WHERE {NAMED_AUTHOR_SQL};" in MIGRATIONS[12]
    # Neither builds a list at each insert nor splits into "platform = '...'" terms (store/__init__.py):
    # split, each lookup saying "platform = ?" is prepared again at every call, about ten times the
    # cost (bench/ingest.py's lookups figure shows it; a test does not time it).
    for condition in (FEED_PLATFORMS_SQL, SOCIAL_PLATFORMS_SQL):
        assert condition.startswith("NOT (") and " IN " not in condition


def test_a_store_of_version_12_keeps_finding_what_it_found(tmp_path):
    path = tmp_path / "old.db"
    store = Store.open(path)
    ingest(store, "s", FetchResult((post("m1", "Hollowbrook Academy fair", platform="mastodon", author="ann"),
                                    post("r1", "Hollowbrook Academy wins the cup", platform="rss", author="Gazette"),
                                    post("r2", "Hollowbrook Academy open day", platform="rss", author="")),
                                   None), [SCHOOL], NOW)
    store.close()
    conn = sqlite3.connect(path)  # as the store was before migration 13
    conn.executescript("DROP INDEX mentions_named_author; DROP INDEX mentions_social_ext; DROP INDEX mentions_feed_key;"
                       + OLD_SQL + "PRAGMA user_version = 12;")
    conn.close()
    store = Store.open(path)
    try:
        assert NEW <= indexes(store) and not OLD & indexes(store)
        # The same post again from a second source of its platform, the same article from a second
        # feed: both found as copies among the rows stored before the migration.
        again = (post("m1", "Hollowbrook Academy fair", platform="mastodon", author="ann", source="s2"),
                 post("g9", "Hollowbrook Academy wins the cup", platform="rss", author="Echo", source="s2"))
        assert ingest(store, "s2", FetchResult(again, None), [SCHOOL], NOW) == []
        assert [i.text for i in store.author_items("hba", "mastodon", "ann")] == ["Hollowbrook Academy fair"]
        assert [i.text for i in store.author_items("hba", "rss", "Gazette")] == ["Hollowbrook Academy wins the cup"]
        counted = "SELECT count(*) FROM mentions INDEXED BY {} WHERE school_id = 'hba' AND {}"
        assert store.conn.execute(counted.format("mentions_named_author", NAMED_AUTHOR_SQL)).fetchone()[0] == 2
        assert store.conn.execute(counted.format("mentions_social_ext", SOCIAL_PLATFORMS_SQL)).fetchone()[0] == 1
        assert store.conn.execute(counted.format("mentions_feed_key", FEED_PLATFORMS_SQL)).fetchone()[0] == 2
    finally:
        store.close()


def test_the_hot_lookups_search_the_narrower_indexes(store):
    ids = ingest(store, "s", FetchResult(tuple(post(f"m{i}", f"Hollowbrook Academy post {i}", platform="mastodon",
                                                    author=f"user{i % 3}") for i in range(30)), None), [SCHOOL], NOW)
    for i in ids:
        store.save_decision(i, {}, Decision("digest", ("complaint",), (), "t"), NOW)
    traced: list[str] = []
    store.conn.set_trace_callback(traced.append)
    item = store.get_item(ids[-1])
    assert len(store.history(item)) == 9 and len(store.author_items("hba", "mastodon", "user2")) == 10
    assert ingest(store, "s2", FetchResult((post("m0", "Hollowbrook Academy post 0", platform="mastodon",
                                                 source="s2"),), None), [SCHOOL], NOW) == []
    store.conn.set_trace_callback(None)
    plans = {step for sql in traced if sql.lstrip().startswith("SELECT")
             for step in (r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql))}
    assert "SEARCH mentions USING INDEX mentions_named_author (school_id=? AND platform=? AND author=?)" in plans
    assert ("SEARCH mentions USING COVERING INDEX mentions_social_ext (school_id=? AND platform=? AND external_id=?)"
            in plans)
    assert not [p for p in plans if p.startswith("SCAN mentions")]


def test_posts_with_no_author_are_not_in_the_index_of_authors(store):
    ingest(store, "s", FetchResult((post("m1", "Hollowbrook Academy fair", platform="mastodon", author="sam"),
                                    post("b1", "Hollowbrook Academy fees", platform="bluesky", author="sam"),
                                    post("g1", "Hollowbrook Academy results", platform="google_alerts", author="")),
                                   None), [SCHOOL], NOW)
    assert [i.platform for i in store.author_items("hba", "bluesky", "sam")] == ["bluesky"]
    assert store.author_items("hba", "google_alerts", "") == []  # no author: nobody's posts
    assert store.conn.execute("SELECT count(*) FROM mentions INDEXED BY mentions_named_author "
                              f"WHERE school_id = 'hba' AND {NAMED_AUTHOR_SQL}").fetchone()[0] == 2


def test_two_articles_whose_hashes_share_the_indexed_digits_are_two_articles(store):
    """The index holds 8 hex digits of the hash; the lookup checks the whole hash on the row."""
    first = content_hash("Hollowbrook Academy wins the cup")
    twin = first[:8] + ("0" if first[8] != "0" else "1") + first[9:]

    def fetch(ext: str, digest: str) -> list[int]:
        m = post(ext, f"Hollowbrook Academy {ext}", platform="rss", source=f"feed-{ext}")
        return store.save_fetch(m.source, [Matched("hba", m, ("school",), digest)], [], None, NOW)

    assert len(fetch("a", first)) == 1
    assert len(fetch("b", twin)) == 1  # same first 8 digits, another text: stored
    assert fetch("c", first) == []  # the same text from a third feed: a copy


def test_a_post_is_stored_unjudged_and_joins_its_staff_case_when_judged(store):
    """No insert trigger on mentions (each insert would first copy every page it changes into a
    statement journal): mention_staff is kept by the update that judges a post."""
    triggers = {r[0]: r[1] for r in store.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'mentions'")}
    assert "mention_staff_insert" not in triggers and not [s for s in triggers.values() if "INSERT ON" in s]
    traced: list[str] = []
    store.conn.set_trace_callback(traced.append)
    m = post("m1", "Mr Whitaker at Hollowbrook Academy is a disgrace", platform="mastodon", author="ann")
    (new_id,) = store.save_fetch("s", [Matched("hba", m, ("school", "staff:tom"), content_hash(m.text))], [], None, NOW)
    store.conn.set_trace_callback(None)
    [insert] = [s for s in traced if s.lstrip().startswith("INSERT INTO mentions")]
    columns = insert[insert.index("(") + 1:insert.index(")")]
    assert "priority" not in columns and "triaged_at" not in columns
    staff = "SELECT tag FROM mention_staff WHERE mention_id = ?"
    assert store.conn.execute(staff, (new_id,)).fetchall() == []
    store.save_decision(new_id, {}, Decision("high", ("harassment",), ("inform_staff",), "t"), NOW)
    assert [r[0] for r in store.conn.execute(staff, (new_id,))] == ["staff:tom"]
