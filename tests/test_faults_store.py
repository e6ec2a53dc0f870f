"""The store scales: every hot-path lookup uses an index; escalation costs what the live posts cost."""
from __future__ import annotations

import re
from datetime import timedelta

from connectors.base import FetchResult, Mention, Received
from monitor.config import load
from monitor.config.types import School
from monitor.deliver.outbox import queue_escalations
from monitor.ingest.poll import ingest
from monitor.store import Store
from monitor.vocab import Decision
from test_pipeline import NOW

SCHOOL = School(id="hba", name="Hollowbrook Academy")
HOT_TABLES = ("mentions", "outbox", "seen")


def full_scans(conn, statements: list[str], tables: tuple[str, ...] = HOT_TABLES) -> list[str]:
    """Each traced statement that reads one of these tables without an index, with its plan."""
    bad = []
    for sql in statements:
        if not re.match(r"\s*(SELECT|UPDATE|DELETE)", sql, re.I):
            continue
        plan = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql)]
        bad += [f"{step}: {' '.join(sql.split())[:120]}" for step in plan
                if re.match(rf"SCAN ({'|'.join(tables)})\b", step)]
    return bad


def _fill(store: Store, n: int, *, published, platform="mastodon", start=0) -> list[int]:
    posts = tuple(Mention(source="m", external_id=f"{platform}-{i}", url=f"https://m.example/{i}",
                          text=f"Hollowbrook Academy post {i}", published=published, author=f"user{i % 7}",
                          platform=platform) for i in range(start, start + n))
    return ingest(store, "m", FetchResult(posts, None), [SCHOOL], NOW)


def test_every_lookup_on_the_hot_path_uses_an_index(store):
    _fill(store, 300, published=NOW)
    _fill(store, 300, published=NOW, platform="rss", start=300)
    traced: list[str] = []
    store.conn.set_trace_callback(traced.append)
    _fill(store, 50, published=NOW, start=1000)  # known ids, duplicate checks by source, platform and text
    _fill(store, 50, published=NOW, platform="rss", start=2000)
    batch = store.untriaged(64, NOW)
    for item in batch[:5]:
        store.save_decision(item.id, {}, Decision("urgent", ("threat",), ("report_police",), "t"), NOW)
        item = store.get_item(item.id)
        store.history(item)
        store.author_items(item.school_id, item.platform, item.author)
        store.accused_staff_ids(item.school_id)
        store.sent_mail(item.id)
    store.escalation_due("hba", alerted_before=NOW, posted_since=NOW - timedelta(days=7))
    assert store.harmful_authors(["hba"], NOW - timedelta(days=30))  # the authors just judged urgent
    store.conn.set_trace_callback(None)
    assert len(traced) > 100
    assert full_scans(store.conn, traced) == []


def test_dropping_what_a_calm_post_received_costs_the_same_however_many_posts_wait(store):
    """After triage a calm post's received bytes go; the bytes one response shared stay while
    any post still names them, and nothing scans the evidence tables to find out."""
    body = b"<rss>the whole response</rss>"
    posts = tuple(Mention(source="m", external_id=f"e{i}", url=f"https://m.example/{i}", text=f"Hollowbrook Academy {i}",
                          published=NOW, author=f"user{i}", platform="mastodon",
                          received=Received(url="https://m.example/feed", at=NOW, item=f"<item {i}>".encode(), body=body))
                  for i in range(300))
    ids = ingest(store, "m", FetchResult(posts, None), [SCHOOL], NOW)
    count = lambda table: store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: E731
    assert (count("evidence_chain"), count("evidence_blobs")) == (300, 301)
    traced: list[str] = []
    store.conn.set_trace_callback(traced.append)
    assert [store.drop_received(i) for i in ids[:5]] == [1] * 5
    store.conn.set_trace_callback(None)
    assert full_scans(store.conn, traced, tables=("evidence_chain", "evidence_blobs")) == []
    assert (count("evidence_chain"), count("evidence_blobs")) == (295, 296)
    for i in ids[5:]:
        store.drop_received(i)
    assert (count("evidence_chain"), count("evidence_blobs")) == (0, 0)


def test_feed_copies_are_found_by_their_text_in_an_index_of_feed_articles_only(store):
    """Only feed articles are deduplicated by text (migrations 11 and 13): their hashes alone are
    indexed, and the lookup says the index's condition word for word, so SQLite uses it."""
    from monitor.ingest.identity import FEED_PLATFORMS
    from monitor.store import FEED_PLATFORMS_SQL

    assert set(re.findall(r"'([^']*)'", FEED_PLATFORMS_SQL)) == set(FEED_PLATFORMS)
    names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "mentions_feed_key" in names and not names & {"mentions_content", "mentions_feed_content"}
    _fill(store, 20, published=NOW, platform="rss")
    traced: list[str] = []
    store.conn.set_trace_callback(traced.append)
    # The same 20 articles from a second feed: every one is a copy, found by its text.
    copies = tuple(Mention(source="gazette", external_id=f"g-{i}", url=f"https://g.example/{i}",
                           text=f"Hollowbrook Academy post {i}", published=NOW, author="Gazette", platform="rss")
                   for i in range(20))
    assert ingest(store, "gazette", FetchResult(copies, None), [SCHOOL], NOW) == []
    store.conn.set_trace_callback(None)
    lookups = [s for s in traced if "+content_hash = " in s]  # traced with their values: one per article
    assert len(lookups) == 20
    plan = [r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + lookups[0])]
    assert plan == ["SEARCH mentions USING INDEX mentions_feed_key (school_id=? AND <expr>=?)"]
    # A person posting the same words twice on a social platform is two posts, and not in that index.
    _fill(store, 2, published=NOW, platform="mastodon", start=0)
    assert store.conn.execute("SELECT count(*) FROM mentions INDEXED BY mentions_feed_key "
                              f"WHERE school_id = 'hba' AND {FEED_PLATFORMS_SQL}").fetchone()[0] == 20
    assert store.conn.execute("SELECT count(*) FROM mentions WHERE platform = 'mastodon'").fetchone()[0] == 2


CONFIG = """
[school]
id = "hba"
name = "Hollowbrook Academy"
[email]
outbox_dir = "mail"
sender = "sw@hollowbrook.example"
headteacher = "head@hollowbrook.example"
dsl = "dsl@hollowbrook.example"
deputy = "deputy@hollowbrook.example"
[alerts]
escalate_after = "2h"
[database]
path = "sw.db"
"""


def _urgent_and_alerted(store: Store, ids: list[int], sent_at) -> None:
    for i in ids:
        store.save_decision(i, {}, Decision("urgent", ("threat",), ("report_police",), "a threat"), sent_at)
        store.enqueue(dedup_key=f"alert:{i}:headteacher", kind="alert", school_id="hba", recipients=("h@x",),
                      subject="s", body_text="b", body_html="", now=sent_at, send_after=sent_at, mention_id=i)
    for row in store.conn.execute("SELECT id FROM outbox WHERE sent_at IS NULL").fetchall():
        store.mark_sent(row[0], sent_at)


def test_escalation_chases_only_live_posts_and_costs_the_same_however_big_the_store(tmp_path):
    (tmp_path / "config.toml").write_text(CONFIG)
    cfg = load(tmp_path / "config.toml")
    store = Store.open(tmp_path / "sw.db")
    # A backfill: 400 urgent posts from last year, alerted and never acknowledged; then one live threat.
    _urgent_and_alerted(store, _fill(store, 400, published=NOW - timedelta(days=365)), NOW - timedelta(hours=3))
    [live] = _fill(store, 1, published=NOW - timedelta(hours=4), start=5000)
    _urgent_and_alerted(store, [live], NOW - timedelta(hours=3))

    def one_pass(now) -> tuple[int, list[str]]:
        traced: list[str] = []
        store.conn.set_trace_callback(traced.append)
        queued = queue_escalations(store, cfg, now)
        store.conn.set_trace_callback(None)
        return queued, traced

    queued, traced = one_pass(NOW)
    escalated = [r[0] for r in store.conn.execute("SELECT mention_id FROM outbox WHERE kind = 'escalation'")]
    assert (queued, escalated) == (1, [live])
    assert full_scans(store.conn, traced) == []
    # The next pass finds nothing to do, in one statement, whatever lies in the store.
    queued, traced = one_pass(NOW + timedelta(minutes=1))
    assert queued == 0 and [s for s in traced if s.lstrip().upper().startswith("SELECT")] == traced
    assert len(traced) == 1
    store.close()
