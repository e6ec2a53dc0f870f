"""Migration 14 (issue 16): the evidence's digests are indexed by their first 8 hex digits, the
bytes kept in a rowid table; each blob is still kept once, every lookup still finds what it did
by an index, and the records and their hashes are untouched."""
from __future__ import annotations

import sqlite3

from connectors.base import FetchResult, Mention, Received
from monitor.config.types import School
from monitor.ingest.poll import ingest
from monitor.review.chain import sealed
from monitor.store import Store
from monitor.store.evidence import _BLOB, _unnamed
from test_pipeline import NOW

SCHOOL = School(id="hba", name="Hollowbrook Academy")
NEW = {"evidence_blobs_key", "evidence_chain_item_key", "evidence_chain_body_key"}
OLD = {"sqlite_autoindex_evidence_blobs_1", "evidence_chain_item", "evidence_chain_body"}
# The evidence's tables as migration 4 made them: a store of version 13.
OLD_SQL = """
    CREATE TABLE old_blobs (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL);
    INSERT INTO old_blobs (sha256, data) SELECT sha256, data FROM evidence_blobs ORDER BY id;
    DROP TABLE evidence_blobs;
    ALTER TABLE old_blobs RENAME TO evidence_blobs;
    DROP INDEX evidence_chain_item_key;
    DROP INDEX evidence_chain_body_key;
    CREATE INDEX evidence_chain_item ON evidence_chain (item_sha256);
    CREATE INDEX evidence_chain_body ON evidence_chain (body_sha256);
    PRAGMA user_version = 13;
"""


def posts(first: int, n: int, body: bytes = b"<rss>the whole response</rss>") -> tuple[Mention, ...]:
    return tuple(Mention(source="m", external_id=f"e{i}", url=f"https://m.example/{i}", text=f"Hollowbrook Academy {i}",
                         published=NOW, author=f"user{i}", platform="mastodon",
                         received=Received(url="https://m.example/feed", at=NOW, item=f"<item {i}>".encode(), body=body))
                 for i in range(first, first + n))


def indexes(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def blobs(conn) -> list[tuple[str, bytes]]:
    return [(r[0], bytes(r[1])) for r in conn.execute("SELECT sha256, data FROM evidence_blobs ORDER BY rowid")]


def test_a_store_of_version_13_keeps_its_evidence_and_finds_it(tmp_path):
    path = tmp_path / "old.db"
    store = Store.open(path)
    ids = ingest(store, "m", FetchResult(posts(0, 20), None), [SCHOOL], NOW)
    chains = {i: store.evidence_chain(i) for i in ids}
    kept = blobs(store.conn)
    store.close()
    conn = sqlite3.connect(path)  # as the store was before migration 14
    conn.executescript(OLD_SQL)
    assert OLD <= indexes(conn) and blobs(conn) == kept
    conn.close()
    store = Store.open(path)
    try:
        assert NEW <= indexes(store.conn) and not OLD & indexes(store.conn)
        assert blobs(store.conn) == kept  # the same bytes, once each, in the order they came
        assert {i: store.evidence_chain(i) for i in ids} == chains
        for records in chains.values():
            assert [sealed(r) for r in records] == records  # each record's hash still its own
            (r,) = records
            assert store.evidence_blob(r.item_sha256) == f"<item {r.mention_id - 1}>".encode()
            assert store.evidence_blob(r.body_sha256) == b"<rss>the whole response</rss>"
        # The same response again, in a later fetch: named by the new records, not stored again.
        more = ingest(store, "m", FetchResult(posts(20, 5), None), [SCHOOL], NOW)
        assert len(more) == 5 and len(blobs(store.conn)) == len(kept) + 5
        for i in ids + more:
            store.drop_received(i)
        assert store.conn.execute("SELECT COUNT(*) FROM evidence_blobs").fetchone()[0] == 0
    finally:
        store.close()


def test_a_blob_is_kept_once_however_many_posts_name_it(store):
    ingest(store, "m", FetchResult(posts(0, 10), None), [SCHOOL], NOW)
    ingest(store, "m", FetchResult(posts(10, 10), None), [SCHOOL], NOW)
    rows = store.conn.execute("SELECT sha256, COUNT(*) FROM evidence_blobs GROUP BY sha256").fetchall()
    assert len(rows) == 21 and {r[1] for r in rows} == {1}


def test_two_digests_sharing_the_indexed_digits_are_two_blobs(store):
    """The indexes hold 8 hex digits of a digest; every lookup checks the whole digest on the row."""
    (first,) = ingest(store, "m", FetchResult(posts(0, 1), None), [SCHOOL], NOW)
    (r,) = store.evidence_chain(first)
    twin = r.item_sha256[:8] + ("0" if r.item_sha256[8] != "0" else "1") + r.item_sha256[9:]
    assert store.evidence_blob(twin) is None
    with store.transaction():
        store.conn.execute("INSERT INTO evidence_blobs (sha256, data) VALUES (?, ?)", (twin, b"another"))
    assert store.evidence_blob(twin) == b"another" and store.evidence_blob(r.item_sha256) == b"<item 0>"
    # The twin no record names goes at the sweep; the post's own bytes, still named, stay.
    assert store.sweep_evidence_blobs() == 1
    assert store.evidence_blob(r.item_sha256) == b"<item 0>" and store.evidence_blob(twin) is None
    store.drop_received(first)
    assert store.evidence_blob(r.item_sha256) is None


def test_every_lookup_of_a_digest_searches_its_index(store):
    ingest(store, "m", FetchResult(posts(0, 50), None), [SCHOOL], NOW)
    plans = {}
    for sql in (f"SELECT data FROM evidence_blobs WHERE {_BLOB}",
                f"DELETE FROM evidence_blobs WHERE {_BLOB} AND {_unnamed('?1')}",
                f"DELETE FROM evidence_blobs WHERE {_unnamed('evidence_blobs.sha256')}"):
        args = ("0" * 64,) if "?1" in sql else ()
        plans[sql] = [r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, args)]
    steps = [step for plan in plans.values() for step in plan]
    assert "SEARCH evidence_blobs USING INDEX evidence_blobs_key (<expr>=?)" in steps
    assert "SEARCH evidence_chain USING INDEX evidence_chain_item_key (<expr>=?)" in steps
    assert "SEARCH evidence_chain USING INDEX evidence_chain_body_key (<expr>=?)" in steps
    # Only the sweep reads every blob (it looks for those no record names); nothing scans the records.
    scans = [s for s in steps if s.startswith("SCAN")]
    assert scans == ["SCAN evidence_blobs"]
