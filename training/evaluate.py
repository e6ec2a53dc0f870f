"""Figures of an exported model: `python -m training.evaluate [--model-dir DIR] [--write]`.

- TweetEval test: offensive macro-F1 (abuse >= 0.5), hate macro-F1 (hate >= 0.5), sentiment
  macro-recall (the largest of negative, neutral = 1 - negative - positive, positive) on a
  seeded sample of the 12,284 sentiment test tweets (--sentiment-n; all with 0);
- the school validation split (training/school.py: writer B and the held-out grammar
  templates, never trained on): precision, recall and F1 per category at 0.5, for each
  category the model scores (threat and hate from the contract's scores).

--write puts the figures in DIR/meta.json under "figures". Runs the model as the daemon does
(monitor/judge/runtime.py): no torch.
"""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np

from monitor.judge.runtime import MODEL_DIR, OnnxClassifier
from monitor.vocab import CATEGORIES
from training import data, school
from training.export import macro_f1
from training.finetune import SETTINGS, log


def macro_recall(y, pred, classes=(0, 1, 2)) -> float:
    y, pred = np.asarray(y), np.asarray(pred)
    return float(np.mean([np.mean(pred[y == c] == c) for c in classes if np.any(y == c)]))


def tweeteval_figures(clf, sentiment_n: int) -> dict:
    out = {}
    for task, label in (("offensive", "abuse"), ("hate", "hate")):
        test = data.tweeteval(task, "test")
        s = clf.scores(test.texts)
        out[f"{task}_macro_f1"] = round(macro_f1(test.labels, [int(x[label] >= 0.5) for x in s]), 4)
        out[f"{task}_n"] = len(test.labels)
        log(f"TweetEval {task} test macro-F1 {out[f'{task}_macro_f1']} (n={len(test.labels)})")
    sent = data.tweeteval("sentiment", "test")
    idx = list(range(len(sent.texts)))
    if sentiment_n:
        idx = sorted(random.Random(SETTINGS["seed"]).sample(idx, min(sentiment_n, len(idx))))
    s = clf.scores([sent.texts[i] for i in idx])
    pred = [int(np.argmax([x["negative"], 1 - x["negative"] - x["positive"], x["positive"]])) for x in s]
    out["sentiment_macro_recall"] = round(macro_recall([sent.labels[i] for i in idx], pred), 4)
    out["sentiment_n"] = len(idx)
    log(f"TweetEval sentiment test macro-recall {out['sentiment_macro_recall']} (n={len(idx)})")
    return out


def school_figures(clf) -> dict:
    posts = [p for p in school.school_posts(SETTINGS["grammar_posts"], SETTINGS["seed"]) if p.split == "val"]
    scores = clf.scores([p.text for p in posts])
    out = {"posts": len(posts), "writer_b": sum(p.origin == "writer_b" for p in posts),
           "grammar_held_out_templates": sum(p.origin.startswith("grammar:") for p in posts), "per_category": {}}
    for cat in CATEGORIES:
        if cat not in clf.labels:
            continue
        y = np.array([cat in p.categories for p in posts])
        pred = np.array([s[cat] >= 0.5 for s in scores])
        tp, fp, fn = int(np.sum(y & pred)), int(np.sum(~y & pred)), int(np.sum(y & ~pred))
        row = {"n": int(y.sum()), "precision": round(tp / max(1, tp + fp), 3), "recall": round(tp / max(1, tp + fn), 3)}
        row["f1"] = round(2 * tp / max(1, 2 * tp + fp + fn), 3)
        # Writer B alone: a writer the model never saw, without the template posts.
        wb = np.array([p.origin == "writer_b" for p in posts])
        tpb = int(np.sum(y & pred & wb))
        row["writer_b_recall"] = round(tpb / max(1, int(np.sum(y & wb))), 3)
        row["writer_b_precision"] = round(tpb / max(1, int(np.sum(pred & wb))), 3)
        out["per_category"][cat] = row
        log(f"val {cat:13s} n={row['n']:4d} P={row['precision']:.3f} R={row['recall']:.3f} F1={row['f1']:.3f} "
            f"(writer B: P={row['writer_b_precision']:.3f} R={row['writer_b_recall']:.3f})")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model-dir", type=Path, default=MODEL_DIR)
    ap.add_argument("--sentiment-n", type=int, default=3000)
    ap.add_argument("--skip-tweeteval", action="store_true")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    clf = OnnxClassifier(args.model_dir)
    t0 = time.time()
    figures = {"school_validation": school_figures(clf)}
    if not args.skip_tweeteval:
        figures["tweeteval_test"] = tweeteval_figures(clf, args.sentiment_n)
    figures["measured"] = time.strftime("%Y-%m-%d")
    log(f"evaluated in {time.time() - t0:.0f} s")
    if args.write:
        path = args.model_dir / "meta.json"
        meta = json.loads(path.read_text(encoding="utf-8"))
        meta["figures"] = figures
        path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
