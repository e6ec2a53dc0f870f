"""School posts for the fine-tune, each with every label it carries, split by writer and template.

Sources (training/PROVENANCE.md):
- training/data/writer_*.jsonl: writer sessions, about 300 posts each (writer C wrote the
  line between alarming-sounding and harmful, D young people's posts, E long adult posts);
- training/examples/*.jsonl: the project's first own examples (their `train` split only; the
  `heldout` split is never read), with the evaluation school's names replaced by invented ones;
- training/grammar.py: thousands of template posts.

Validation never shares a writer or a template with training: writer B and the held-out
grammar templates are validation; writer A, the own examples and the other templates train.
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from training import data, grammar
from monitor.vocab import CATEGORIES

DATA = Path(__file__).resolve().parent / "data"
SENTIMENT = {"negative": 0, "neutral": 1, "positive": 2}
VAL_WRITERS = ("writer_b",)

# What each kind of the first own examples means as categories.
KIND_CATEGORIES = {
    "threat": ("threat",), "threat_veiled": ("threat",), "doxxing": ("privacy",),
    "pupil_identifiable": ("safeguarding", "privacy"), "safeguarding": ("safeguarding",),
    "staff_harm_allegation": ("defamation", "safeguarding"), "defamation": ("defamation",),
    "data_request": ("data_request",), "insult": ("harassment",), "hate": ("hate",),
    "complaint": ("complaint",), "sarcasm": ("complaint",), "praise": ("praise",),
    "news": ("neutral",), "idiom": ("praise",), "neutral": ("neutral",),
}


@dataclass(frozen=True)
class Post:
    text: str
    categories: tuple[str, ...]
    abusive: bool | None  # None: not labelled (the loss leaves it out)
    sentiment: int  # 0 negative, 1 neutral, 2 positive; -100 not labelled
    origin: str  # writer_a, writer_b, own, grammar:<template>
    split: str  # train or val
    # The writer's hard-case label (hyperbole, idiom, sweary_complaint, veiled, ...) or "".
    hard: str = ""


def _check(row: dict, where: str) -> None:
    cats = row.get("categories")
    if not isinstance(row.get("text"), str) or not row["text"].strip():
        raise ValueError(f"{where}: no text")
    if not isinstance(cats, list) or not cats or any(c not in CATEGORIES for c in cats):
        raise ValueError(f"{where}: categories {cats!r} are not among {', '.join(CATEGORIES)}")
    if row.get("sentiment") not in SENTIMENT or not isinstance(row.get("abusive"), bool):
        raise ValueError(f"{where}: sentiment {row.get('sentiment')!r} or abusive {row.get('abusive')!r}")


def writers(root: Path = DATA) -> list[Post]:
    out = []
    for path in sorted(root.glob("writer_*.jsonl")):
        name = path.stem
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            _check(row, f"{path.name} line {n}")
            out.append(Post(row["text"], tuple(row["categories"]), row["abusive"], SENTIMENT[row["sentiment"]],
                            name, "val" if name in VAL_WRITERS else "train", str(row.get("hard") or "")))
    return out


def _renamer(seed: int):
    """Replaces the evaluation school's names (training/examples/schools.json) with invented ones."""
    schools = json.loads((data.EXAMPLES / "schools.json").read_text(encoding="utf-8"))
    names = []
    for s in schools:
        names += [s["name"], *s["aliases"], *s["locality"]]
        for _id, full, _role, aliases in s["staff"]:
            names += [full, *aliases, full.split()[-1]]
    names = sorted(set(names), key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE)
    rng = random.Random(seed)

    def rename(text: str) -> str:
        def sub(m: re.Match) -> str:
            word = m.group(0)
            if any(word.lower() == s["name"].lower() or word.lower() in (a.lower() for a in s["aliases"])
                   for s in schools):
                return rng.choice(grammar.SCHOOLS)
            if any(word.lower() == l.lower() for s in schools for l in s["locality"]):
                return rng.choice(grammar.TOWNS)
            title = word.split()[0] if word.split()[0] in grammar.TITLES else ""
            return f"{title} {rng.choice(grammar.SURNAMES)}".strip()
        return pattern.sub(sub, text)
    return rename


def own(seed: int) -> list[Post]:
    rename = _renamer(seed)
    out = []
    for row in data.examples():
        if row["split"] != "train":
            continue  # the held-apart posts stay unread
        abuse, _hate, _threat, sent = data.KIND_LABELS[row["kind"]]
        out.append(Post(rename(row["text"]), KIND_CATEGORIES[row["kind"]], bool(abuse), sent, "own", "train"))
    return out


def generated(n: int, seed: int) -> list[Post]:
    return [Post(r["text"], tuple(r["categories"]), r["abusive"], SENTIMENT[r["sentiment"]],
                 f"grammar:{r['template']}", r["split"]) for r in grammar.generate(n, seed)]


def school_posts(n_grammar: int, seed: int, development: bool = False, through: int = 14,
                 context: bool = False, quiet: bool = False) -> list[Post]:
    """`development`: the development posts of bench/eval too (training/development.py), read
    with their context where `context` (the only posts that come with one)."""
    from training import development as dev

    return writers() + own(seed) + generated(n_grammar, seed) + (
        dev.posts(seed, through=through, context=context, quiet=quiet) if development else [])
