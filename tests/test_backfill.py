"""A large fetch goes in as batches: each in its own short transaction, the cursor with the last,
a crash part-way resumed without redoing what landed, and `--limit`/`--since` for a first run."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from connectors.base import FetchResult, Mention
from monitor.config.types import School, Staff
from monitor.ingest import poll
from monitor.ingest.poll import Batching, ingest
from monitor.ingest.window import Window

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)
SCHOOL = School(id="hba", name="Hollowbrook Academy", locality=("Hexley",),
                staff=(Staff("tom-whitaker", "Tom Whitaker", aliases=("Mr Whitaker",)),))


def fetch(n: int, cursor: str = "end") -> FetchResult:
    """n posts, oldest first: every third is about the school."""
    return FetchResult(tuple(
        Mention(source="export", external_id=f"p{i}", url=f"https://x.example/{i}", author=f"user{i % 7}",
                published=NOW - timedelta(minutes=n - i), platform="file",
                text=f"Hollowbrook Academy post number {i}" if i % 3 == 0 else f"Cake recipe number {i}")
        for i in range(n)), cursor)


class Crash(Exception):
    pass


def state(db) -> tuple:
    with sqlite3.connect(db) as conn:  # a second connection: what another process would see
        row = conn.execute("SELECT cursor, last_success FROM source_state WHERE source = 'export'").fetchone()
        return tuple(row) if row else (None, None)


def count(db, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


@pytest.fixture
def counted_matching(monkeypatch):
    """How many posts were matched: the real matcher, counted."""
    calls = []
    real = poll.match_schools

    def counting(text, context, schools, local=False, url="", author=""):
        calls.append(text)
        return real(text, context, schools, local, url, author)

    monkeypatch.setattr(poll, "match_schools", counting)
    return calls


def test_each_batch_lands_alone_and_the_cursor_with_the_last(store, tmp_path):
    seen = []

    def on_batch(done, total, new):
        seen.append((done, total, len(new), count(tmp_path / "test.db", "SELECT COUNT(*) FROM mentions"),
                     state(tmp_path / "test.db")))

    new = ingest(store, "export", fetch(1000), [SCHOOL], NOW, on_batch=on_batch, batching=Batching(posts=300))
    assert len(new) == 334
    stamp = "2026-11-24T09:00:00Z"
    assert seen == [(300, 1000, 100, 100, (None, None)), (600, 1000, 100, 200, (None, None)),
                    (900, 1000, 100, 300, (None, None)), (1000, 1000, 34, 334, ("end", stamp))]
    assert count(tmp_path / "test.db", "SELECT COUNT(*) FROM seen") == 666


def test_a_crash_part_way_resumes_from_the_last_batch(store, tmp_path, counted_matching):
    def crash_after_two(done, total, new):
        if done == 400:
            raise Crash()

    with pytest.raises(Crash):
        ingest(store, "export", fetch(1000), [SCHOOL], NOW, on_batch=crash_after_two, batching=Batching(posts=200))
    assert count(tmp_path / "test.db", "SELECT COUNT(*) FROM mentions") == 134
    assert state(tmp_path / "test.db") == (None, None)  # not a success yet: the cursor stays put

    counted_matching.clear()
    done = []
    new = ingest(store, "export", fetch(1000), [SCHOOL], NOW, on_batch=lambda d, t, n: done.append(d),
                 batching=Batching(posts=200))
    # The two stored batches are skipped by their ids: only the other 600 posts are matched.
    assert len(counted_matching) == 600
    assert len(new) == 200
    assert done == [200, 400, 600, 800, 1000]
    assert count(tmp_path / "test.db", "SELECT COUNT(*) FROM mentions") == 334
    assert count(tmp_path / "test.db", "SELECT COUNT(DISTINCT external_id) FROM mentions") == 334
    assert state(tmp_path / "test.db")[0] == "end"


def test_a_slow_batch_is_cut_short_by_time(store):
    sizes = []
    ingest(store, "export", fetch(5), [SCHOOL], NOW, on_batch=lambda d, t, n: sizes.append(d),
           batching=Batching(posts=200, seconds=0.0))
    assert sizes == [1, 2, 3, 4, 5]  # with no time to spare, one post a batch


def test_an_empty_fetch_still_records_its_cursor_and_success(store, tmp_path):
    calls = []
    assert ingest(store, "export", FetchResult((), "c0"), [SCHOOL], NOW,
                  on_batch=lambda d, t, n: calls.append((d, t, n))) == []
    assert calls == [(0, 0, [])]
    assert state(tmp_path / "test.db") == ("c0", "2026-11-24T09:00:00Z")


def test_limit_takes_the_newest_and_skips_the_rest_for_good(store, tmp_path, counted_matching):
    new = ingest(store, "export", fetch(30), [SCHOOL], NOW, window=Window(limit=10))
    texts = sorted(store.get_item(i).text for i in new)
    assert texts == sorted(f"Hollowbrook Academy post number {i}" for i in (21, 24, 27))
    assert len(counted_matching) == 10
    assert count(tmp_path / "test.db", "SELECT COUNT(*) FROM seen") == 27
    # The next poll of the same posts takes in nothing: the skipped ones count as seen.
    counted_matching.clear()
    assert ingest(store, "export", fetch(30), [SCHOOL], NOW) == []
    assert counted_matching == []


def test_since_takes_only_what_was_posted_after(store):
    new = ingest(store, "export", fetch(30), [SCHOOL], NOW, window=Window(since=NOW - timedelta(minutes=6)))
    # Post i was published 30 - i minutes before NOW: 24..29 are within 6 minutes.
    assert sorted(store.get_item(i).external_id for i in new) == ["p24", "p27"]
