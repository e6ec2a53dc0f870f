"""Fetch-and-store at growing sizes: ingest must grow linearly with the rows stored.

    python bench/ingest.py [--runs 3] [10000 40000 100000]

Generated posts (no network, no model) go through monitor.ingest.poll.ingest in fetches of
500, as a busy feed's would: matching, the duplicate checks (source id, platform id, same text
from two feeds) and the insert. Then the per-post lookups judgement and alerts make
(history, author_items, accused staff) are timed on the full store: they must not grow with it.
Last, a backfill: one jsonl export of n posts fetched and stored by the poll.
Each figure in CPU seconds (other work on the machine blurs it least) and wall seconds. Per size,
"per post xR" is the time per post against that of the first size: 1.0 is linear (40k posts in 4x
the time of 10k). With --runs, the sizes are run that many times over and the median of each
figure is printed last; the load average beside each run says how busy the machine was.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

FETCH = 500
# Authors grow with the store (3,000 at 10k posts): each posts as often at every size, so a
# lookup of one author's posts returns as many rows at 100k as at 10k, and times the store alone.
POSTS_PER_AUTHOR = 10 / 3
PLATFORMS = ("rss", "google_alerts", "mastodon", "reddit", "bluesky")
WORDS = ("lovely", "concert", "sports", "day", "parking", "complaint", "uniform", "homework", "trip",
         "fair", "choir", "results", "gate", "bus", "lunch", "fees", "ofsted", "report", "teacher", "class")


def posts(n: int, start: datetime, seed: int = 16):
    from connectors.base import Mention

    rnd = random.Random(seed)
    # Numbers padded to one width: a post's text, id and URL are as long at 100k as at 10k, so that
    # matching (which reads every character) costs the same per post at every size.
    for i in range(n):
        platform = PLATFORMS[i % len(PLATFORMS)]
        words = " ".join(rnd.choice(WORDS) for _ in range(12))
        yield Mention(source=f"src-{platform}", external_id=f"{platform}-{i:07d}", url=f"https://{platform}.example/{i:07d}",
                      text=f"Hollowbrook Academy {words} {i:07d}", published=start + timedelta(seconds=30 * i),
                      author=f"user{rnd.randrange(max(1, round(n / POSTS_PER_AUTHOR)))}", platform=platform)


def run(n: int) -> tuple[float, float, float]:
    """(CPU seconds, wall seconds) of ingest alone, and CPU milliseconds of the lookups per post."""
    from connectors.base import FetchResult
    from monitor.config.types import School
    from monitor.ingest.poll import ingest
    from monitor.store import Store

    school = School(id="hba", name="Hollowbrook Academy")
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db")
        batch: list = []
        ingest_s = wall_s = 0.0  # in ingest alone: generating the posts is not the store's cost
        for m in posts(n, start):
            batch.append(m)
            if len(batch) == FETCH or m.external_id.endswith(f"-{n - 1:07d}"):
                t0, w0 = time.process_time(), time.perf_counter()
                ingest(store, batch[0].source, FetchResult(tuple(batch), None), [school], start)
                ingest_s += time.process_time() - t0
                wall_s += time.perf_counter() - w0
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
    return ingest_s, wall_s, lookup_ms


def backfill(n: int) -> tuple[float, float]:
    """CPU and wall seconds of the poll fetching and storing a jsonl export of n posts (no judgement)."""
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
        t0, w0 = time.process_time(), time.perf_counter()
        # poll_source itself, not App.fetch: this times fetch and store, not judgement.
        outcome = poll_source(app.store, source, app.connector, app.schools_for(source), app.clock)
        secs, wall = time.process_time() - t0, time.perf_counter() - w0
        assert outcome.error is None and outcome.new_items == n, outcome
        app.close()
    return secs, wall


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


FIGURES = ("store CPU-s", "store wall-s", "backfill CPU-s", "backfill wall-s", "lookups CPU-ms")


def measure(n: int) -> tuple[float, ...]:
    cpu, wall, ms = run(n)
    return (cpu, wall, *backfill(n), ms)


def line(n: int, figures: tuple[float, ...], first: tuple[int, tuple[float, ...]]) -> str:
    """One size: each time, and the time per post against the first size's (x1.0 is linear)."""
    n0, f0 = first
    parts = [f"{name} {v:6.2f} (per post x{(v / n) / (v0 / n0):.2f})"
             for name, v, v0 in zip(FIGURES[:4], figures, f0)]
    return f"{n:>7} posts: " + "; ".join(parts) + f"; {FIGURES[4]} per post {figures[4]:.3f}"


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(sizes: list[int], runs: int = 1) -> None:
    results: list[dict[int, tuple[float, ...]]] = []
    for r in range(1, runs + 1):
        print(f"run {r} of {runs}, {load()} (2 cores: above 2, other work shares them)", flush=True)
        got: dict[int, tuple[float, ...]] = {}
        for n in sizes:
            got[n] = measure(n)
            print(line(n, got[n], (sizes[0], got[sizes[0]])), flush=True)
        results.append(got)
        print(f"  {load()} at the end of run {r}", flush=True)
    if runs > 1:
        median = {n: tuple(statistics.median(res[n][k] for res in results) for k in range(len(FIGURES)))
                  for n in sizes}
        print(f"median of {runs} runs (each figure on its own):")
        for n in sizes:
            print(line(n, median[n], (sizes[0], median[sizes[0]])), flush=True)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[10_000, 40_000, 100_000])
    ap.add_argument("--runs", type=int, default=1, help="run the sizes this many times; print the medians")
    args = ap.parse_args()
    main(args.sizes, args.runs)
