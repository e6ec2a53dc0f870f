"""Whole threads, read as the daemon reads them: each reply with the post it answers, and alone.

    python bench/threads.py [--config bench/eval/config.toml] [--out DUMP.jsonl] FILE.jsonl ...

Each line of a file is a labelled post (bench/eval's format) with a `reply_to`: the id of the
post in the same file it answers, or "" for a thread's first post; its `context` is only the
thread's title. The whole file is one fetch, newest first, as a platform lists it: a reply's
parent is found in the fetch and lends its words only where it is ours (monitor/ingest/thread.py).
Prints, for the thread read and for each post read alone, the share of posts about us found with
every member of staff they name, of posts not about us left alone, urgent found and its
precision, and every required action suggested; `--out` writes one line per post as
{"file", "gold", "got"} for a closer look. Needs the shipped model (it judges too).
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from connectors.base import Mention  # noqa: E402
from monitor.cli.core import load_config  # noqa: E402
from monitor.cli.judge import read_posts  # noqa: E402
from monitor.ingest.poll import match_schools  # noqa: E402
from monitor.ingest.thread import in_thread, parents  # noqa: E402
from monitor.judge.batch import triage_posts  # noqa: E402
from monitor.judge.classify import load_classifier  # noqa: E402

EVAL_NOW = datetime(2026, 12, 2, 12, 0, tzinfo=timezone.utc)


def threaded_contexts(rows: list[dict], schools) -> list[str]:
    """Each post's context as ingest would give it: its own, then the words of the post it answers."""
    mentions = [Mention(source="bench", external_id=str(r["id"]), url=str(r.get("url", "")), text=r["text"],
                        published=EVAL_NOW, author=str(r.get("author", "")), platform=str(r.get("source", "")),
                        context=str(r.get("context") or ""), reply_to=str(r.get("reply_to") or "")) for r in rows]
    newest_first = mentions[::-1]
    known = parents(newest_first, lambda ids: {}, lambda m: bool(match_schools(
        m.text, m.context, schools, url=m.url, author=m.author)))
    return [in_thread(m, known).context for m in mentions]


def figures(pairs: list[tuple[dict, dict]]) -> str:
    def staff(about) -> set[str]:
        return {a for a in about if a.startswith("staff:")}
    ours = [(g, o) for g, o in pairs if g["about"]]
    found = sum(bool(o["about"]) and staff(g["about"]) <= staff(o["about"]) for g, o in ours)
    theirs = [(g, o) for g, o in pairs if not g["about"]]
    alone = sum(not o["about"] for g, o in theirs)
    urgent = [(g, o) for g, o in pairs if g["priority"] == "urgent"]
    hit = sum(o["priority"] == "urgent" for g, o in urgent)
    paged = sum(o["priority"] == "urgent" for g, o in pairs)
    acting = [(g, o) for g, o in pairs if g["actions"]]
    acts = sum(set(g["actions"]) <= set(o["actions"]) for g, o in acting)
    return (f"about us found {found}/{len(ours)}; not ours left alone {alone}/{len(theirs)}; urgent {hit}/{len(urgent)} "
            f"(precision {hit / paged if paged else 0:.2f}); every required action {acts}/{len(acting)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--config", type=Path, default=ROOT / "bench" / "eval" / "config.toml")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    cfg = load_config(args.config)
    clf = load_classifier(cfg.classifier)
    dump = args.out.open("w", encoding="utf-8") if args.out else None
    together: list[tuple[dict, dict]] = []
    apart: list[tuple[dict, dict]] = []
    for path in args.files:
        problems: list[str] = []
        with path.open(encoding="utf-8") as f:
            posts = [ln.post for ln in read_posts(f, str(path), problems)]
        if problems:
            raise SystemExit("\n".join(problems))
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        contexts = threaded_contexts(rows, cfg.schools)
        threaded = triage_posts([replace(p, context=c) for p, c in zip(posts, contexts)], cfg, clf, now=EVAL_NOW)
        alone = triage_posts(posts, cfg, clf, now=EVAL_NOW)
        together += list(zip(rows, threaded))
        apart += list(zip(rows, alone))
        for g, o in zip(rows, threaded):
            if dump:
                dump.write(json.dumps({"file": str(path), "gold": g, "got": o}, ensure_ascii=False) + "\n")
    if dump:
        dump.close()
    print(f"{len(together)} posts in {len(args.files)} file(s)")
    print(f"  read in their threads: {figures(together)}")
    print(f"  each read alone:       {figures(apart)}")


if __name__ == "__main__":
    main()
