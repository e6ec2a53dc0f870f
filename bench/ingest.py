"""Fetch-and-store at growing sizes: ingest must grow linearly with the rows stored.

    python bench/ingest.py [10000 40000 100000]

Generated posts (no network, no model) go through monitor.ingest.poll.ingest in fetches of
500, as a busy feed's would: matching, the duplicate checks (source id, platform id, same text
from two feeds) and the insert. Then the per-post lookups judgement and alerts make
(history, author_items, accused staff) are timed on the full store: they must not grow with it.
Last, a backfill: one jsonl export of n posts fetched and stored by the poll.
CPU time, so that other work on the machine does not blur the curve. Prints one line per size; the ratio is time(n) / time(first n) against n / first n.
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

FETCH = 500
AUTHORS = 3000
PLATFORMS = ("rss", "google_alerts", "mastodon", "reddit", "bluesky")
WORDS = ("lovely", "concert", "sports", "day", "parking", "complaint", "uniform", "homework", "trip",
         "fair", "choir", "results", "gate", "bus", "lunch", "fees", "ofsted", "report", "teacher", "class")


def posts(n: int, start: datetime, seed: int = 16):
    from connectors.base import Mention

    rnd = random.Random(seed)
    for i in range(n):
        platform = PLATFORMS[i % len(PLATFORMS)]
        words = " ".join(rnd.choice(WORDS) for _ in range(12))
        yield Mention(source=f"src-{platform}", external_id=f"{platform}-{i}", url=f"https://{platform}.example/{i}",
                      text=f"Hollowbrook Academy {words} {i}", published=start + timedelta(seconds=30 * i),
                      author=f"user{rnd.randrange(AUTHORS)}", platform=platform)


def run(n: int) -> tuple[float, float]:
    from connectors.base import FetchResult
    from monitor.config.types import School
    from monitor.ingest.poll import ingest
    from monitor.store import Store

    school = School(id="hba", name="Hollowbrook Academy")
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db")
        batch: list = []
        ingest_s = 0.0  # CPU seconds in ingest alone: generating the posts is not the store's cost
        for m in posts(n, start):
            batch.append(m)
            if len(batch) == FETCH or m.external_id.endswith(f"-{n - 1}"):
                t0 = time.process_time()
                ingest(store, batch[0].source, FetchResult(tuple(batch), None), [school], start)
                ingest_s += time.process_time() - t0
                batch = []
        store.conn.execute("UPDATE mentions SET triaged_at = fetched, priority = 'digest'")
        sample = [store.get_item(i) for i in range(1, n + 1, max(1, n // 300))]
        t1 = time.process_time()
        for item in sample:
            store.history(item)
            store.author_items(item.school_id, item.platform, item.author)
            store.accused_staff_ids(item.school_id)
        lookup_ms = (time.process_time() - t1) / len(sample) * 1000
        store.close()
    return ingest_s, lookup_ms


def backfill(n: int) -> float:
    """CPU seconds of the poll fetching and storing a jsonl export of n posts (no judgement)."""
    import json

    from monitor.config import load
    from monitor.daemon import App
    from monitor.ingest.poll import poll_source

    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with open(work / "export.jsonl", "w", encoding="utf-8") as f:
            for m in posts(n, start):
                f.write(json.dumps({"id": m.external_id, "text": m.text, "author": m.author, "url": m.url,
                                    "platform": m.platform, "published": m.published.isoformat()}) + "\n")
        (work / "config.toml").write_text(CONFIG)
        app = App.from_config(load(work / "config.toml"))
        [source] = app.pollable()
        t0 = time.process_time()
        # poll_source itself, not App.fetch: this times fetch and store, not judgement.
        outcome = poll_source(app.store, source, app.connector, app.schools_for(source), app.clock)
        secs = time.process_time() - t0
        assert outcome.error is None and outcome.new_items == n, outcome
        app.close()
    return secs


CONFIG = """
[school]
name = "Hollowbrook Academy"
[[sources]]
name = "export"
type = "jsonl"
path = "export.jsonl"
[email]
outbox_dir = "mail"
sender = "sw@hollowbrook.example"
headteacher = "head@hollowbrook.example"
dsl = "dsl@hollowbrook.example"
[database]
path = "sw.db"
"""


def main(sizes: list[int]) -> None:
    first = None
    for n in sizes:
        secs, ms = run(n)
        wall = backfill(n)
        first = first or (n, secs, wall)
        print(f"{n:>7} posts: store in fetches of {FETCH} {secs:6.1f} CPU-s (x{secs / first[1]:.1f}); "
              f"backfill of one export {wall:6.1f} CPU-s (x{wall / first[2]:.1f}) for x{n / first[0]:.0f} posts; "
              f"lookups per post {ms:.2f} CPU-ms", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 40_000, 100_000])
