"""`schoolwatch run` left alone: its RSS over the run and the CPU it uses when there is nothing new.

    python bench/daemon_idle.py [--seconds 300] [--every 1m]

The shipped sample config, its source polled every --every (so the daemon wakes, fetches,
finds nothing new and sleeps, as it does most of a school day), mail to a folder. Prints RSS
every --sample seconds, the CPU seconds spent after the first poll (idle CPU, as a share of
one core), and the growth of RSS between the first and the last quarter of the run: what an
hour would add, extrapolated linearly from that.
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
TICK = os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid: int) -> float:
    # utime and stime, fields 14 and 15 of /proc/PID/stat (after the command's parenthesis).
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def first_poll_done(db: Path) -> bool:
    """The sample is fetched and every post of it judged."""
    try:
        conn = sqlite3.connect(db, timeout=30)
        ok = conn.execute("SELECT last_success IS NOT NULL FROM source_state WHERE source = 'sample'").fetchone()
        left = conn.execute("SELECT COUNT(*) FROM mentions WHERE triaged_at IS NULL").fetchone()[0]
        conn.close()
        return bool(ok and ok[0]) and left == 0
    except sqlite3.Error:
        return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=300)
    ap.add_argument("--every", default="1m", help="the source's poll interval")
    ap.add_argument("--sample", type=float, default=15.0)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        config = (ROOT / "config.toml").read_text().replace('every = "1h"', f'every = "{args.every}"', 1)
        (work / "config.toml").write_text(config)
        shutil.copytree(ROOT / "monitor/sample", work / "monitor/sample")
        proc = subprocess.Popen([sys.executable, "-m", "monitor", "run", "--config", str(work / "config.toml")],
                                env=ENV, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        t0 = time.monotonic()
        db = work / "var" / "schoolwatch.db"
        samples: list[tuple[float, float, float]] = []  # (seconds, RSS MB, CPU s)
        first_poll_at = None
        try:
            while (elapsed := time.monotonic() - t0) < args.seconds and proc.poll() is None:
                if first_poll_at is None and first_poll_done(db):
                    first_poll_at = elapsed
                samples.append((elapsed, rss_mb(proc.pid), cpu_seconds(proc.pid)))
                time.sleep(args.sample if first_poll_at is not None else 0.5)
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(120)
        if not samples or first_poll_at is None:
            raise SystemExit(f"the daemon never finished its first poll: {proc.stderr.read()[-2000:]}")
        after = [s for s in samples if s[0] >= first_poll_at + 5]
        print(f"schoolwatch run, shipped sample, source every {args.every}, {args.seconds:.0f} s, "
              f"load average at the end {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        print(f"first poll (start, model load, the sample judged) done by {first_poll_at:.1f} s")
        for t, rss, cpu in samples[::max(1, len(samples) // 12)] + samples[-1:]:
            print(f"  {t:7.1f} s  RSS {rss:7.1f} MB  CPU {cpu:7.2f} s")
        if len(after) >= 2:
            (t1, r1, c1), (t2, r2, c2) = after[0], after[-1]
            print(f"idle: {c2 - c1:.2f} CPU s over {t2 - t1:.0f} s = {100 * (c2 - c1) / (t2 - t1):.2f}% of one core")
            q = max(1, len(after) // 4)
            early = sum(s[1] for s in after[:q]) / q
            late = sum(s[1] for s in after[-q:]) / q
            span = (after[-q][0] + after[-1][0]) / 2 - (after[0][0] + after[q - 1][0]) / 2
            per_hour = (late - early) / span * 3600 if span > 0 else 0.0
            print(f"RSS: {early:.1f} MB early, {late:.1f} MB late, peak {max(s[1] for s in samples):.1f} MB; "
                  f"growth {late - early:+.1f} MB over {span:.0f} s, about {per_hour:+.0f} MB an hour if linear")


if __name__ == "__main__":
    main()
