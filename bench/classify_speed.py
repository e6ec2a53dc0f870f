"""Speed of the default classifier: posts/s on 1,000 real posts, model load time, peak RSS.

    python bench/classify_speed.py [--n 1000] [--batch-size 32] [--device cpu|cuda]

The posts are TweetEval test tweets read from ../shared/eval (offensive test, then hate test).
Targets on 2 CPU cores: >= 150 posts/s, load < 5 s, peak RSS < 600 MB.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def posts(n: int) -> list[str]:
    base = ROOT.parent / "shared" / "eval" / "tweeteval"
    texts: list[str] = []
    for task in ("offensive", "hate"):
        texts += [t for t in (base / task / "test_text.txt").read_text(encoding="utf-8").splitlines() if t.strip()]
    if len(texts) < n:
        sys.exit(f"only {len(texts)} posts under {base}")
    return texts[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    texts = posts(args.n)

    t0 = time.perf_counter()
    import torch  # noqa: F401  (the import is part of starting up, reported apart)
    import transformers  # noqa: F401
    t_import = time.perf_counter() - t0
    from monitor.judge.classify import load_classifier
    from monitor.config.types import ClassifierConfig

    t1 = time.perf_counter()
    clf = load_classifier(ClassifierConfig(batch_size=args.batch_size))
    t_load = time.perf_counter() - t1

    clf.scores(texts[:8])  # first call allocates; not what a daemon pays per post
    t2 = time.perf_counter()
    out = clf.scores(texts)
    t_run = time.perf_counter() - t2
    assert len(out) == len(texts)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"machine: {os.cpu_count()} CPUs visible, torch threads {torch.get_num_threads()}")
    print(f"posts: {len(texts)} TweetEval test tweets, batch size {args.batch_size}")
    print(f"classify: {len(texts) / t_run:.0f} posts/s ({t_run:.2f} s)        target >= 150 posts/s")
    print(f"model load: {t_load:.2f} s (+ {t_import:.2f} s importing torch/transformers)   target < 5 s")
    print(f"peak RSS: {rss_mb:.0f} MB                       target < 600 MB")


if __name__ == "__main__":
    main()
