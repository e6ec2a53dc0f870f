"""The figures of judgement (issues 4 and 11), from the shipped default model and triage.

    python bench/judgement.py [--skip-tweeteval] [--split heldout|train|all|none] [--eval FILE ...] [--out DUMP.jsonl]

1. TweetEval test (../shared/eval): offensive macro-F1 (`abuse` >= 0.5), hate macro-F1
   (`hate` >= 0.5), sentiment macro-recall (argmax of negative / neutral / positive), beside
   the published anchors.
2. Our own labelled posts (training/examples, the held-apart split by default), through the
   same matching and triage as `schoolwatch triage`: recall of threats and doxxing, legitimate
   posts at urgent/high, and per-category precision and recall.
3. The evaluation set (issue 11; bench/eval/dev/*.jsonl by default): posts written and labelled
   by writers who never saw the rules, run through the real `schoolwatch triage` path with
   bench/eval/config.toml and a fixed clock (2026-12-02 12:00 Europe/London, when the writers
   judged them). Aggregates only (bench/eval_figures.py): nobody tunes to a single post.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.judge.classify import load_classifier, scores_in_context  # noqa: E402
from monitor.config.types import ClassifierConfig, Config, Email, School, Staff  # noqa: E402
from monitor.judge.batch import triage_posts  # noqa: E402
from monitor.vocab import CATEGORIES, Post  # noqa: E402
from training import data  # noqa: E402
from bench.eval_figures import figures, report  # noqa: E402

EVAL_DIR = ROOT / "bench" / "eval"
# When the writers judged their posts: 12:00 in London on 2 December is 12:00 UTC.
EVAL_NOW = datetime(2026, 12, 2, 12, 0, tzinfo=timezone.utc)

# What each kind of post is (recall counts these) and what else it may fairly be called
# (precision forgives these): an insult is harassment, and may also read as a complaint.
GOLD: dict[str, tuple[set[str], set[str]]] = {
    "threat": ({"threat"}, {"harassment", "hate", "privacy", "complaint", "defamation", "safeguarding"}),
    "threat_veiled": ({"threat"}, {"harassment", "privacy", "complaint"}),
    "doxxing": ({"privacy"}, {"threat", "harassment", "complaint", "defamation"}),
    "pupil_identifiable": ({"safeguarding"}, {"complaint", "praise", "harassment", "defamation", "neutral"}),
    "safeguarding": ({"safeguarding"}, {"complaint", "privacy", "neutral"}),
    "staff_harm_allegation": ({"safeguarding"}, {"complaint", "defamation", "harassment"}),
    "defamation": ({"defamation"}, {"harassment", "complaint", "hate"}),
    "data_request": ({"data_request"}, {"complaint", "neutral"}),
    "insult": ({"harassment"}, {"complaint", "hate"}),
    "hate": ({"hate"}, {"harassment", "complaint"}),
    "complaint": ({"complaint"}, {"safeguarding"}),
    "sarcasm": ({"complaint"}, {"praise", "neutral"}),
    "praise": ({"praise"}, {"neutral"}),
    "news": ({"neutral"}, {"praise", "complaint"}),
    "idiom": (set(), {"praise", "neutral", "complaint"}),
    "neutral": ({"neutral"}, {"complaint", "praise"}),
}
LEGITIMATE = ("complaint", "sarcasm", "praise", "news", "idiom", "neutral")
ANCHORS = {"offensive": "target 0.82 (RoBERTa-base 0.795, TimeLMs-2021 0.822)",
           "hate": "target 0.57 (BERTweet 0.564)", "sentiment": "target 0.65 (BERTweet 0.734)"}


def macro_f1(y: list[int], p: list[int]) -> float:
    f1s = []
    for c in sorted(set(y) | set(p)):
        tp = sum(1 for a, b in zip(y, p) if a == c and b == c)
        fp = sum(1 for a, b in zip(y, p) if a != c and b == c)
        fn = sum(1 for a, b in zip(y, p) if a == c and b != c)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def macro_recall(y: list[int], p: list[int]) -> float:
    rs = []
    for c in sorted(set(y)):
        n = sum(1 for a in y if a == c)
        rs.append(sum(1 for a, b in zip(y, p) if a == c and b == c) / n)
    return sum(rs) / len(rs)


def tweeteval(clf) -> None:
    print("TweetEval test (../shared/eval/tweeteval; thresholds chosen on val, trained on train)")
    off = data.tweeteval("offensive", "test")
    s = clf.scores(off.texts)
    print(f"  offensive macro-F1   {macro_f1(off.labels, [int(x['abuse'] >= 0.5) for x in s]):.3f}   "
          f"n={len(off.labels)}   {ANCHORS['offensive']}")
    hate = data.tweeteval("hate", "test")
    s = clf.scores(hate.texts)
    print(f"  hate macro-F1        {macro_f1(hate.labels, [int(x['hate'] >= 0.5) for x in s]):.3f}   "
          f"n={len(hate.labels)}  {ANCHORS['hate']}")
    sent = data.tweeteval("sentiment", "test")
    s = clf.scores(sent.texts)
    pred = []
    for x in s:
        neutral = 1.0 - x["negative"] - x["positive"]
        pred.append(max(((x["negative"], 0), (neutral, 1), (x["positive"], 2)))[1])
    print(f"  sentiment macro-rec. {macro_recall(sent.labels, pred):.3f}   n={len(sent.labels)} {ANCHORS['sentiment']}")


def schools() -> tuple[School, ...]:
    rows = json.loads((data.EXAMPLES / "schools.json").read_text(encoding="utf-8"))
    return tuple(School(id=r["id"], name=r["name"], aliases=tuple(r["aliases"]), locality=tuple(r["locality"]),
                        staff=tuple(Staff(i, n, role, tuple(a)) for i, n, role, a in r["staff"])) for r in rows)


def _context(text: str, all_schools: tuple[School, ...]) -> str:
    """Where such a post is found: a local parents' group names the town, not the school."""
    low = text.lower()
    for s in all_schools:
        names = [s.name, *s.aliases, *(n for m in s.staff for n in (m.name, *m.aliases))]
        if any(n.lower() in low for n in names):
            return f"{s.locality[0]} parents and community group"
    return ""


class _Fixed:
    """Scores computed once, handed to triage_posts as if by a classifier."""

    labels = ("abuse", "hate", "threat", "negative", "positive")

    def __init__(self, scores):
        self._scores = scores

    def scores(self, texts):
        return self._scores


def own(clf, split: str) -> None:
    rows = [r for r in data.examples() if split == "all" or r["split"] == split]
    all_schools = schools()
    cfg = Config(schools=all_schools, sources=(), email=Email(sender="bench@example.org"), database=Path("unused.db"))
    when = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
    # One author per post: history is measured in tests/test_triage.py, not here.
    posts = [Post(id=r["id"], text=r["text"], author=f"author-{i}", published=when, platform="bench",
                  context=_context(r["text"], all_schools)) for i, r in enumerate(rows)]
    t0 = time.time()
    out = triage_posts(posts, cfg, _Fixed(scores_in_context(clf, [p.text for p in posts], [p.context for p in posts])))
    elapsed = time.time() - t0
    by_id = {o["id"]: o for o in out}
    print(f"\nOwn labelled posts, split={split}: {len(rows)} posts, {len(Counter(r['kind'] for r in rows))} kinds "
          f"({elapsed:.1f} s)")

    def recall(kinds, category):
        hits = [r for r in rows if r["kind"] in kinds]
        got = [r for r in hits if category in by_id[r["id"]]["categories"]]
        return len(got), len(hits), [r for r in hits if r not in got]

    for label, kinds, cat in (("threats", ("threat", "threat_veiled"), "threat"), ("doxxing", ("doxxing",), "privacy")):
        n, d, missed = recall(kinds, cat)
        print(f"  recall of {label:<8} {n}/{d} = {n / max(d, 1):.2f}   target 1.00")
        for r in missed:
            print(f"      missed {r['id']}: {r['text'][:90]!r}")
    legit = [r for r in rows if r["kind"] in LEGITIMATE]
    loud = [r for r in legit if by_id[r["id"]]["priority"] in ("urgent", "high")]
    print(f"  legitimate posts (complaint, sarcasm, praise, news, idiom, neutral) at urgent/high: "
          f"{len(loud)} of {len(legit)}   target 0")
    for r in loud:
        print(f"      {r['id']} -> {by_id[r['id']]['priority']} {by_id[r['id']]['categories']}: {r['text'][:80]!r}")
    urgent = [r for r in rows if by_id[r["id"]]["priority"] == "urgent"]
    right = [r for r in urgent if r["kind"] in ("threat", "threat_veiled", "doxxing")]
    print(f"  urgent alerts that are threats or doxxing: {len(right)} of {len(urgent)}")
    for r in urgent:
        if r not in right:
            print(f"      {r['id']} ({r['kind']}) -> urgent {by_id[r['id']]['rules']}: {r['text'][:70]!r}")
    ignored = [r for r in rows if by_id[r["id"]]["priority"] == "ignore"]
    if ignored:
        print(f"  not matched to a school (ignored): {len(ignored)}")

    tp, fp, fn = Counter(), Counter(), Counter()
    wrong = defaultdict(list)
    for r in rows:
        need, ok = GOLD[r["kind"]]
        got = set(by_id[r["id"]]["categories"])
        for c in need:
            (tp if c in got else fn)[c] += 1
            if c not in got:
                wrong[c].append(f"missed {r['id']}")
        for c in got - need - ok:
            fp[c] += 1
            wrong[c].append(f"extra on {r['id']}")
    print("  per category        precision  recall   (n gold)")
    for c in CATEGORIES:
        n = tp[c] + fn[c]
        if not n and not fp[c]:
            continue
        p = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else float("nan")
        rc = tp[c] / n if n else float("nan")
        print(f"    {c:<16} {p:>9.2f} {rc:>7.2f}   ({n})")
    print("  (precision forgives the other fair readings of a kind: see GOLD in this script)")


def evaluation(paths: list[Path], out: Path | None = None) -> None:
    """The writers' posts through config, matching, the classifier and triage, as the CLI runs them; `out`, if
    given, gets one line a post, {"file", "gold", "got"}, for a closer look at sets already read (as bench/threads.py)."""
    from monitor.cli.core import load_config
    from monitor.cli.judge import read_posts

    cfg = load_config(EVAL_DIR / "config.toml")
    clf = load_classifier(cfg.classifier)
    all_gold, all_got = [], []
    for path in paths:
        problems: list[str] = []
        with open(path, encoding="utf-8") as f:
            posts = [ln.post for ln in read_posts(f, str(path), problems)]
        if problems:
            raise SystemExit("\n".join(problems))
        with open(path, encoding="utf-8") as f:
            gold = [json.loads(line) for line in f if line.strip()]
        got = triage_posts(posts, cfg, clf, now=EVAL_NOW)
        report(figures(gold, got), f"Evaluation set {path.name}")
        if out:
            with out.open("a", encoding="utf-8") as f:
                f.writelines(json.dumps({"file": str(path), "gold": g, "got": o}, ensure_ascii=False, default=str) + "\n"
                             for g, o in zip(gold, got))
        all_gold += gold
        all_got += got
    if len(paths) > 1:
        report(figures(all_gold, all_got), "Evaluation set, all files together")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--skip-tweeteval", action="store_true")
    ap.add_argument("--split", default="heldout", choices=("heldout", "train", "all", "none"))
    ap.add_argument("--eval", nargs="*", type=Path, default=None,
                    help="labelled JSON-lines files (default: bench/eval/dev/*.jsonl); none to skip")
    ap.add_argument("--out", type=Path, help="write each post's labels and judgement here (JSON lines, appended)")
    args = ap.parse_args()
    if not args.skip_tweeteval or args.split != "none":
        clf = load_classifier(ClassifierConfig())
        if not args.skip_tweeteval:
            tweeteval(clf)
        if args.split != "none":
            own(clf, args.split)
    paths = sorted((EVAL_DIR / "dev").glob("*.jsonl")) if args.eval is None else args.eval
    if paths:
        evaluation(paths, args.out)


if __name__ == "__main__":
    main()
