"""The review queue's page time against the number of flagged items: a store holding 100 and
one holding 50,000 (and the 200,000 posts a year of backfills leaves beside them), read by a
DSL and by a viewer through the Flask app, every view and a filtered search; and the DSL's
staff list and the case of a member of staff named by 5 of the flagged posts, whatever their number.

    python bench/queue_pages.py [--flagged 100 50000] [--repeat 5]

Prints, per store size and account, the median and slowest page in milliseconds (wall and CPU).
"""
from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from connectors.base import Mention  # noqa: E402
from monitor.config import load  # noqa: E402
from monitor.store import Matched, Store  # noqa: E402
from monitor.store.review import Review  # noqa: E402
from monitor.vocab import Decision  # noqa: E402

CONFIG = """
[school]
id = "hollowbrook"
name = "Hollowbrook Academy"
[[staff]]
id = "tom-whitaker"
name = "Tom Whitaker"
[[staff]]
id = "amy-cole"
name = "Amy Cole"
[[staff]]
id = "sam-hill"
name = "Sam Hill"
[email]
sender = "schoolwatch@hollowbrook.example"
headteacher = "head@hollowbrook.example"
dsl = "dsl@hollowbrook.example"
[database]
path = "sw.db"
[web]
secure_cookies = false
"""
KINDS = [  # (priority, categories, about): the mix of a year's flagged posts
    ("digest", ("complaint",), ("school",)),
    ("digest", ("complaint",), ("school",)),
    ("high", ("harassment",), ("school", "staff:tom-whitaker")),
    ("digest", ("negative",), ("school", "staff:amy-cole")),
    ("urgent", ("threat",), ("school", "staff:tom-whitaker")),
    ("urgent", ("safeguarding",), ("school",)),
]
# The list counts every flagged post about each member (a third of them name Tom or Amy here).
STAFF_PAGES = [("/staff", "staff list"), ("/staff/hollowbrook/sam-hill", "a 5-item staff case")]
PAGES = ["/", "/?view=open", "/?view=all", "/?view=done", "/?view=all&page=3",
         "/?person=staff:tom-whitaker&since=2026-01-01", "/?category=threat&source=export"]


def fill(store: Store, flagged: int, unflagged: int, now: datetime) -> None:
    """Posts as the daemon stores and judges them, a few thousand to a transaction."""
    batch, judged, n = 2000, 0, flagged + unflagged
    for start in range(0, n, batch):
        matched = []
        for i in range(start, min(n, start + batch)):
            text = f"Hollowbrook post {i}"
            m = Mention(source="export", external_id=f"p{i}", url=f"https://forum.example/{i}", text=text,
                        published=now - timedelta(minutes=n - i), author=f"user{i % 1500}", platform="rss")
            _, _, about = KINDS[(i * flagged // n) % len(KINDS)]
            if 1 <= i * flagged // n <= 5:  # Sam's case: five flagged posts in any store
                about = ("school", "staff:sam-hill")
            matched.append(Matched("hollowbrook", m, about, hashlib.sha256(text.encode()).hexdigest()))
        ids = store.save_fetch("export", matched, [], None, now)
        with store.transaction():
            for k, mid in enumerate(ids):
                i = start + k
                # Spread the flagged ones evenly through the posts; the rest are `ignore`.
                if i * flagged // n != (i + 1) * flagged // n:
                    prio, cats, _ = KINDS[judged % len(KINDS)]
                    judged += 1
                else:
                    prio, cats = "ignore", ("neutral",)
                store.save_decision(mid, {}, Decision(prio, cats, ("dsl_review",), "bench"), now)


def time_pages(app, name: str, password: str, repeat: int, pages: list[str] = PAGES) -> tuple[list[float], list[float]]:
    client = app.test_client()
    page = client.get("/login").text
    csrf = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    assert client.post("/login", data={"name": name, "password": password, "csrf": csrf}).status_code == 302
    wall, cpu = [], []
    for _ in range(repeat):
        for url in pages:
            t, c = time.perf_counter(), time.process_time()
            r = client.get(url)
            wall.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            assert r.status_code == 200, (url, r.status_code)
    return wall, cpu


def measure(flagged: int, repeat: int, unflagged_per_flagged: int = 3) -> list[str]:
    from monitor.review.web import create_app
    from monitor.review.web.auth import hash_password

    now = datetime.now(timezone.utc)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "config.toml").write_text(CONFIG)
        cfg = load(Path(tmp) / "config.toml")
        store = Store.open(cfg.database)
        t = time.perf_counter()
        fill(store, flagged, flagged * unflagged_per_flagged, now)
        filled = time.perf_counter() - t
        pw = hash_password("bench pw 1")
        for name, role in (("dee", "dsl"), ("vic", "viewer")):
            Review(store).add_user(name, role, "hollowbrook", pw, now)
        store.close()
        app = create_app(cfg)
        out = []
        for name, role in (("dee", "dsl"), ("vic", "viewer")):
            wall, cpu = time_pages(app, name, "bench pw 1", repeat)
            out.append(f"queue with {flagged:,} flagged of {flagged * (1 + unflagged_per_flagged):,} posts, {role}: "
                       f"median {1000 * statistics.median(wall):.0f} ms, slowest {1000 * max(wall):.0f} ms "
                       f"(CPU median {1000 * statistics.median(cpu):.0f} ms) over {len(wall)} pages "
                       f"[store filled in {filled:.0f} s]")
        for url, what in STAFF_PAGES:
            wall, cpu = time_pages(app, "dee", "bench pw 1", repeat, [url])
            out.append(f"{what} with {flagged:,} flagged, dsl: median {1000 * statistics.median(wall):.0f} ms, "
                       f"slowest {1000 * max(wall):.0f} ms (CPU median {1000 * statistics.median(cpu):.0f} ms) over {len(wall)} pages")
        return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--flagged", type=int, nargs="+", default=[100, 50000])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    import os

    print(f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} CPUs")
    for n in args.flagged:
        for line in measure(n, args.repeat):
            print(line)


if __name__ == "__main__":
    main()
