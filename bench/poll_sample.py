"""One poll of the shipped config's bundled sample: wall time per stage and peak memory.

    python bench/poll_sample.py
"""
from __future__ import annotations

import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    from monitor.daemon import App
    from monitor.config import load

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copy(REPO / "config.toml", work / "config.toml")
        shutil.copytree(REPO / "monitor/sample", work / "monitor/sample")
        t0 = time.perf_counter()
        app = App.from_config(load(work / "config.toml"))
        t1 = time.perf_counter()
        app.get_classifier()
        t2 = time.perf_counter()
        outcomes = [app.fetch(s) for s in app.pollable()]
        t3 = time.perf_counter()
        processed = app.process()
        t4 = time.perf_counter()
        sent = app.send_due()
        t5 = time.perf_counter()
        app.close()
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"sources: {len(outcomes)}, new mentions: {sum(o.new_items for o in outcomes)}, "
              f"processed: {len(processed)}, mail written: {sent}")
        print(f"open config+db      {t1 - t0:7.3f} s")
        print(f"load classifier     {t2 - t1:7.3f} s")
        print(f"fetch+match+store   {t3 - t2:7.3f} s")
        print(f"classify+triage     {t4 - t3:7.3f} s")
        print(f"drafts+mail         {t5 - t4:7.3f} s")
        print(f"whole poll          {t5 - t0:7.3f} s")
        print(f"peak RSS            {rss_mb:7.1f} MB")


if __name__ == "__main__":
    main()
