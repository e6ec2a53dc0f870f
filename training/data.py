"""The labelled data: public sets read from ../shared/eval (never committed) and our own examples."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
EXAMPLES = Path(__file__).resolve().parent / "examples"


@dataclass(frozen=True)
class Split:
    texts: list[str]
    labels: list[int]


def tweeteval(task: str, split: str, root: Path = EVAL) -> Split:
    base = root / "tweeteval" / task
    texts = (base / f"{split}_text.txt").read_text(encoding="utf-8").split("\n")
    labels = (base / f"{split}_labels.txt").read_text(encoding="utf-8").split("\n")
    texts = [t for t in texts][: len([x for x in labels if x.strip()])]
    labels = [int(x) for x in labels if x.strip()]
    if len(texts) != len(labels):
        raise ValueError(f"{base}/{split}: {len(texts)} texts but {len(labels)} labels")
    return Split(texts, labels)


def davidson(root: Path = EVAL) -> Split:
    """class 0 hate speech, 1 offensive, 2 neither."""
    with open(root / "davidson" / "labeled_data.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return Split([r["tweet"] for r in rows], [int(r["class"]) for r in rows])


# What each kind of our own example means for the model's labels.
# (abuse, hate, threat, sentiment: 0 negative, 1 neutral, 2 positive)
KIND_LABELS: dict[str, tuple[int, int, int, int]] = {
    "threat": (1, 0, 1, 0),
    "threat_veiled": (0, 0, 1, 0),
    "doxxing": (0, 0, 0, 0),
    "pupil_identifiable": (0, 0, 0, 1),
    "safeguarding": (0, 0, 0, 0),
    "staff_harm_allegation": (0, 0, 0, 0),
    "defamation": (0, 0, 0, 0),
    "data_request": (0, 0, 0, 1),
    "insult": (1, 0, 0, 0),
    "hate": (1, 1, 0, 0),
    "complaint": (0, 0, 0, 0),
    "sarcasm": (0, 0, 0, 0),
    "praise": (0, 0, 0, 2),
    "news": (0, 0, 0, 1),
    "idiom": (0, 0, 0, 2),
    "neutral": (0, 0, 0, 1),
}


def examples(root: Path = EXAMPLES) -> list[dict]:
    """Our own labelled posts: one JSON object a line, with `text`, `kind` and `split`."""
    out = []
    for path in sorted(root.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path.name} line {n}: {exc}") from exc
            if row.get("kind") not in KIND_LABELS or row.get("split") not in ("train", "heldout"):
                raise ValueError(f"{path.name} line {n}: bad kind {row.get('kind')!r} or split {row.get('split')!r}")
            row["source_file"] = f"{path.name}:{n}"
            out.append(row)
    return out
