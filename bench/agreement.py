"""How far careful labellers agree with the writers: the ceiling our figures are measured against.

    python bench/agreement.py [SET] [--code]

Each labeller (a separate helper session with bench/agreement/LABEL_BRIEF.md and a shuffled half of
a set's posts, never the writers' labels, the rules or each other's work) labelled the posts as a
DSL would. Their labels are scored against the writers' exactly as `schoolwatch triage` is
(bench/eval_figures.py): urgent recall and precision, every required action, complaints and praise
raised, who the post is about. `--code` runs the shipped matching, model and triage on the same
posts beside them (bench/eval/config.toml, the writers' clock). Aggregates only.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.eval_figures import ACTIONS, Figures, figures  # noqa: E402

HERE = ROOT / "bench" / "agreement"
EVAL = ROOT / "bench" / "eval"


def load(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise SystemExit(f"{path}:{n}: not JSON ({e})")
    return rows


def writers(name: str) -> dict[str, dict]:
    return {r["id"]: r for p in sorted((EVAL / name).glob("*.jsonl")) for r in load(p)}


def labellers(name: str) -> dict[str, dict[str, dict]]:
    """labeller file stem ("label1_A") -> post id -> its labels."""
    return {p.stem: {r["id"]: r for r in load(p)} for p in sorted((HERE / name).glob("*.jsonl"))}


def line(who: str, f: Figures) -> str:
    u = f.urgent
    a, lo, fo, no = f.all_actions, f.legit_loud, f.about_found, f.not_ours_right
    return (f"  {who:<10} urgent {u.tp}/{u.tp + u.fn} ({u.recall:.2f}) precision {u.precision:.2f} | "
            f"every action {a[0]}/{a[1]} ({a[0] / max(a[1], 1):.2f}) | complaints and praise raised {lo[0]}/{lo[1]} | "
            f"found {fo[0]}/{fo[1]}, not ours {no[0]}/{no[1]}")


def code_judgements(gold: list[dict]) -> list[dict]:
    import io

    from bench.judgement import EVAL_NOW
    from monitor.cli.core import load_config
    from monitor.cli.judge import read_posts
    from monitor.judge.batch import triage_posts
    from monitor.judge.classify import load_classifier

    problems: list[str] = []
    stream = io.StringIO("".join(json.dumps(g) + "\n" for g in gold))
    posts = [ln.post for ln in read_posts(stream, "the writers' posts", problems)]
    if problems:
        raise SystemExit("\n".join(problems))
    cfg = load_config(EVAL / "config.toml")
    return triage_posts(posts, cfg, load_classifier(cfg.classifier), now=EVAL_NOW)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", nargs="?", default="round34")
    ap.add_argument("--code", action="store_true", help="the shipped triage on the same posts, beside them")
    args = ap.parse_args()
    gold, labs = writers(args.set), labellers(args.set)
    halves = sorted({stem.rsplit("_", 1)[1] for stem in labs})
    for half in halves:
        names = [s for s in labs if s.endswith(f"_{half}")]
        ids = sorted(set.intersection(*(set(labs[s]) for s in names)))
        missing = [i for i in ids if i not in gold]
        if missing:
            raise SystemExit(f"bench/agreement/{args.set}: {len(missing)} ids not in bench/eval/{args.set}, e.g. {missing[0]}")
        g = [gold[i] for i in ids]
        print(f"{args.set}, half {half}: {len(ids)} posts, writers' labels against:")
        if args.code:
            print(line("the code", figures(g, code_judgements(g))))
        for s in names:
            print(line(s, figures(g, [labs[s][i] for i in ids])))
        if len(names) == 2:
            a, b = (labs[s] for s in names)
            same = sum(a[i]["priority"] == b[i]["priority"] for i in ids)
            both = sum(a[i]["priority"] == b[i]["priority"] == "urgent" for i in ids)
            print(f"  the two labellers: same priority {same}/{len(ids)}; urgent by both {both}")
            for act in ACTIONS:
                ya = sum(act in a[i]["actions"] for i in ids)
                yb = sum(act in b[i]["actions"] for i in ids)
                yy = sum(act in a[i]["actions"] and act in b[i]["actions"] for i in ids)
                print(f"    {act:<21} {ya:>3} and {yb:>3}, both {yy:>3}")


if __name__ == "__main__":
    main()
