"""Who-is-it-about figures on a labelled evaluation set: aggregates only, never a post's text.

    python bench/about.py [--config bench/eval/config.toml] [FILE.jsonl ...]

Each line of a file is a post with its gold `about` (["school", "staff:<id>", ...] or []) and
a `hard` label (namesake, other_place, spelling, ...). Default files: bench/eval/dev/*.jsonl.
Prints the share of posts about us found with every member of staff they name, the share
of posts not about us left alone, the same per `hard` label and per source, staff named
who were not in the post, and what `possible` caught.
"""
from __future__ import annotations

import argparse
import inspect
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.config import load  # noqa: E402
from monitor.ingest import matching  # noqa: E402


def judge(row: dict, schools) -> tuple[set[str], set[str], dict[str, tuple[str, tuple[str, ...]]]]:
    """(about, possible, {target: (grade, basis)}) as the daemon would find them, for the first
    school the post is about."""
    text, context = row.get("text", ""), row.get("context", "") or ""
    if hasattr(matching, "assess"):
        where = {"url": row.get("url", "")}
        # The author is read since round 9; older code, measured for a before figure, takes none.
        if "author" in inspect.signature(matching.assess_all).parameters:
            where["author"] = row.get("author", "")
        for s in schools:
            a = matching.assess(text, context, s, **where)
            if a.about or a.possible:
                return set(a.about), set(a.possible), {g.target: (g.grade, g.basis) for g in a.grades}
        return set(), set(), {}
    for s in schools:
        about = matching.match(text, context, s)
        if about:
            return set(about), set(), {}
    return set(), set(), {}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", default=str(ROOT / "bench/eval/config.toml"))
    ap.add_argument("--why", action="store_true", help="count misses by the kind of evidence (never the words)")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted((ROOT / "bench/eval/dev").glob("*.jsonl"))
    if not files:
        sys.exit("no evaluation files: give FILE.jsonl or put them in bench/eval/dev/")
    cfg = load(args.config)
    tally: Counter = Counter()
    misses: Counter = Counter()
    wrong: Counter = Counter()
    by: dict[str, Counter] = {}
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            gold = set(row["about"])
            about, possible, grades = judge(row, cfg.schools)
            staff_gold = {a for a in gold if a.startswith("staff:")}
            if gold:
                ok = bool(about) and staff_gold <= about
                if args.why and not ok:
                    if not about:
                        misses[f"school missed: {grades.get('school', ('no', ()))}"] += 1
                    for t in staff_gold - about:
                        misses[f"staff missed: {grades.get(t, ('no', ()))}"] += 1
                kind = "us"
                tally["extra_staff"] += len({a for a in about if a.startswith("staff:")} - staff_gold)
                tally["us_possible_only"] += (not about and bool(possible))
            else:
                ok = not about
                if args.why and not ok:
                    for t in sorted(about):
                        wrong[f"{t.split(':')[0]}: {grades[t]}"] += 1
                kind = "not"
                tally["not_possible"] += bool(possible)
            tally[kind] += 1
            tally[kind + "_ok"] += ok
            for key in (f"file {f.stem}", f"hard {row.get('hard') or '-'}", f"source {row.get('source', '?')}"):
                c = by.setdefault(key, Counter())
                c[kind] += 1
                c[kind + "_ok"] += ok

    def share(c: Counter, kind: str) -> str:
        return f"{c[kind + '_ok']:>3}/{c[kind]:<3} = {c[kind + '_ok'] / c[kind]:.3f}" if c[kind] else " " * 15

    print(f"{sum(tally[k] for k in ('us', 'not'))} posts from {len(files)} file(s), config {args.config}")
    print(f"  about us, found with every member of staff named   {share(tally, 'us')}   floor 0.97")
    print(f"  not about us, left alone                            {share(tally, 'not')}   floor 0.90")
    print(f"  members of staff matched who were not named: {tally['extra_staff']}")
    print(f"  about us but only `possible`: {tally['us_possible_only']};  not about us but `possible`: "
          f"{tally['not_possible']}")
    print(f"  {'':<28} {'about us found':<17}   {'not about us right':<17}")
    for key in sorted(by):
        print(f"  {key:<28} {share(by[key], 'us')}   {share(by[key], 'not')}")
    for title, c in (("missed, by what was found", misses), ("wrongly ours, by what was found", wrong)):
        if c:
            print(f"  {title}:")
            for k, n in c.most_common():
                print(f"    {n:>3}  {k}")


if __name__ == "__main__":
    main()
