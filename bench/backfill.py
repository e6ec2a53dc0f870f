"""A first backfill from a jsonl source, as users run it: `schoolwatch poll` in its own process
with the shipped classifier, `schoolwatch serve` beside it and a DSL, a head and a viewer clicking
through the queue (bench/web_probe.py: login, the queue, an item, an acknowledgement).

    python bench/backfill.py --posts 20000 [--about 0.5] [--max-seconds 240] [--no-web] [--queue-at 50000]

Prints posts/s (whole run, and steady state after the model has loaded), the load average over
the run, the web queue's slowest and 99th-percentile response by kind and any failed request
during the backfill, the poll's peak RSS, and then (bench/queue_pages.py) a queue page's time
in a store holding 100 flagged items and one holding --queue-at. With --max-seconds the poll is stopped there (SIGKILL, as a crash would)
and the rate so far is extrapolated to the whole backfill; the rest of the run is then the
resume, which `--resume` times too.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import web_probe  # noqa: E402
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}

ABOUT = [  # posts about the school, in the proportions a school's export might hold them
    "Hollowbrook Academy's nativity was lovely, well done to all the staff",
    "Still no reply from Hollowbrook Academy about the bus timetable, three weeks now",
    "Mr Whitaker at Hollowbrook has been brilliant with my son this term",
    "Hollowbrook Academy parking at pickup is a nightmare again",
    "Does anyone know if Hollowbrook Academy is open on the inset day?",
    "Mrs Okafor's letter about uniform at Hollowbrook was badly worded",
    "Hollowbrook Academy results are up again this year, proud of them",
    "Mr Whitaker at Hollowbrook is useless and should be sacked",
    "Hollowbrook Academy's canteen food is awful, my kids won't eat it",
    "Is the Hollowbrook Academy fete still on Saturday in Hexley?",
]
RARE = [  # one in a few hundred
    "Mr Whitaker at Hollowbrook better watch his back, I know what car he drives",
    "Hollowbrook Academy: I am making a subject access request for all data you hold on my son",
]
OTHER = [
    "Traffic on the Hexley ring road again this morning",
    "Anyone recommend a plumber near the high street?",
    "Lost cat, ginger, answers to Biscuit, last seen by the park",
    "Great match at the rugby club on Sunday",
    "The new bakery on Mill Lane is excellent",
]


def make_posts(path: Path, n: int, about: float, seed: int = 7) -> None:
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            r = rnd.random()
            if r < about:
                text = rnd.choice(RARE) if rnd.random() < 0.004 else rnd.choice(ABOUT)
            else:
                text = rnd.choice(OTHER)
            # Older posts first: a year of history ending a day ago.
            day = 1 + 364 * i // max(n, 1)
            published = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - (366 - day) * 86400))
            f.write(json.dumps({"id": f"b{i}", "author": f"user{rnd.randrange(2000)}", "platform": "reddit",
                                "url": f"https://www.reddit.com/r/hexley/comments/b{i}/", "published": published,
                                "text": f"{text} ({i})"}) + "\n")


CONFIG = """
[school]
id = "hollowbrook"
name = "Hollowbrook Academy"
aliases = ["Hollowbrook", "HBA"]
locality = ["Hexley"]

[[staff]]
id = "tom-whitaker"
name = "Tom Whitaker"
role = "Year 6 teacher"
aliases = ["Mr Whitaker"]

[[staff]]
id = "sarah-okafor"
name = "Sarah Okafor"
role = "Headteacher"
aliases = ["Mrs Okafor"]

[[sources]]
name = "export"
type = "jsonl"
path = "posts.jsonl"
every = "1h"

[email]
sender = "schoolwatch@hollowbrook.example"
headteacher = "head@hollowbrook.example"
dsl = "dsl@hollowbrook.example"
outbox_dir = "outbox"

[database]
path = "sw.db"

[web]
secure_cookies = false
port = {port}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def done_posts(db: Path) -> tuple[int, int]:
    """(posts taken in: stored or seen, mentions judged)."""
    try:
        conn = sqlite3.connect(db, timeout=30)
        seen = conn.execute("SELECT COUNT(*) FROM seen").fetchone()[0]
        stored = conn.execute("SELECT COUNT(DISTINCT external_id) FROM mentions").fetchone()[0]
        judged = conn.execute("SELECT COUNT(*) FROM mentions WHERE triaged_at IS NOT NULL").fetchone()[0]
        conn.close()
        return seen + stored, judged
    except sqlite3.Error:
        return 0, 0


def flagged_items(db: Path) -> int:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute("SELECT COUNT(*) FROM mentions WHERE priority IN ('urgent', 'high', 'digest')").fetchone()[0]
    finally:
        conn.close()


def start_web(work: Path, port: int) -> subprocess.Popen:
    for name, role in web_probe.USERS:
        subprocess.run([sys.executable, "-m", "monitor", "user", "add", name, "--role", role, "--school", "hollowbrook",
                        "--password-file", "-", "--config", str(work / "config.toml")],
                       input=web_probe.PASSWORD + "\n", text=True, env=ENV, cwd=work, check=True, capture_output=True)
    web = subprocess.Popen([sys.executable, "-m", "monitor", "serve", "--config", str(work / "config.toml")],
                           env=ENV, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return web
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the web queue did not start")


def run_poll(work: Path, max_seconds: float | None, label: str) -> dict:
    db = work / "sw.db"
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "poll", "--config", str(work / "config.toml")],
                            env=ENV, cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak, first_batch, samples, load = 0.0, None, [], []
    while proc.poll() is None:
        peak = max(peak, rss_mb(proc.pid))
        load.append(os.getloadavg()[0])
        elapsed = time.perf_counter() - t0
        if int(elapsed) % 5 == 0 or first_batch is None:
            done, _ = done_posts(db)
            samples.append((elapsed, done))
            if first_batch is None and done:
                first_batch = elapsed
        if max_seconds and elapsed > max_seconds:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.5)
    proc.wait()
    wall = time.perf_counter() - t0
    out, err = proc.communicate()
    done, judged = done_posts(db)
    return {"label": label, "wall": wall, "done": done, "judged": judged, "peak_rss": peak,
            "first_batch": first_batch, "samples": samples,
            "load": (statistics.mean(load), max(load)) if load else (0.0, 0.0), "rc": proc.returncode, "stdout": out,
            "log": err.strip().splitlines()[-3:]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--posts", type=int, default=20000)
    ap.add_argument("--about", type=float, default=0.5, help="share of posts about the school")
    ap.add_argument("--max-seconds", type=float, default=None, help="stop (SIGKILL) the poll after this long")
    ap.add_argument("--resume", action="store_true", help="after --max-seconds, run the poll again to the end")
    ap.add_argument("--no-web", action="store_true")
    ap.add_argument("--classifier", default="", help="another model folder (the tiny test model: the rest of the "
                                                      "pipeline without the encoder's cost)")
    ap.add_argument("--pause", type=float, default=1.0, help="seconds between each person's visits")
    ap.add_argument("--queue-at", type=int, default=50000, help="then time the queue in a store holding this many "
                                                                 "flagged items (0: not)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        port = free_port()
        load0 = os.getloadavg()[0]
        config = CONFIG.replace("{port}", str(port))
        if args.classifier:
            config += f'\n[classifier]\nmodel = "{Path(args.classifier).resolve()}"\n'
        (work / "config.toml").write_text(config)
        make_posts(work / "posts.jsonl", args.posts, args.about)
        web, clickers = None, []
        if not args.no_web:
            web = start_web(work, port)
            clickers = web_probe.start(f"http://127.0.0.1:{port}", args.pause)
        runs = [run_poll(work, args.max_seconds, "backfill")]
        if args.resume and args.max_seconds:
            runs.append(run_poll(work, None, "resume"))
        web_probe.stop(clickers)
        if web:
            web.send_signal(signal.SIGTERM)
            web.wait(30)

        print(f"{args.posts:,} posts, {args.about:.0%} about the school, classifier {args.classifier or 'shipped'}, "
              f"{os.cpu_count()} CPUs, load average {load0:.1f} at the start and {os.getloadavg()[0]:.1f} at the end")
        for r in runs:
            rate = r["done"] / r["wall"] if r["wall"] else 0
            start = r["first_batch"] or 0
            steady = (r["done"]) / (r["wall"] - start) if r["wall"] > start else 0
            print(f"{r['label']}: {r['done']:,} posts taken in ({r['judged']:,} stored and judged) in {r['wall']:.1f} s"
                  f" (exit {r['rc']}): {rate:.1f} posts/s overall, {steady:.1f} posts/s after the first batch "
                  f"landed at {start:.1f} s; peak RSS {r['peak_rss']:.0f} MB; load average over the run "
                  f"{r['load'][0]:.1f} (highest {r['load'][1]:.1f})")
            if r["done"] < args.posts and steady:
                print(f"  extrapolated: {args.posts:,} posts in about {(start + args.posts / steady) / 60:.1f} min")
            if r["stdout"].strip():
                print("  poll said:", " | ".join(r["stdout"].strip().splitlines()))
            for line in r["log"]:
                print("  log:", line[:200])
        mail = len(list((work / "outbox").glob("*.eml"))) if (work / "outbox").is_dir() else 0
        print(f"mail written: {mail}; flagged items in the queue at the end: {flagged_items(work / 'sw.db'):,}")
        if clickers:
            web_probe.report(clickers)
    if args.queue_at:
        import queue_pages

        for n in (100, args.queue_at):
            for line in queue_pages.measure(n, repeat=2):
                print(line)


if __name__ == "__main__":
    main()
