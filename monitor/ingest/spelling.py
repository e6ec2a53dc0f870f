"""Misspelt names within a bounded edit distance, never a word spelled right.

"whittaker", "hollowbrok", "patal", "loyd" are our names misspelt; "march" is a month, not
Ms Marsh. Candidates come from an index of deletions (monitor/ingest/lexicon.py), so the cost
does not grow with the number of names.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import jellyfish

# The shortest name that answers to misspellings, and how far: one edit up to 8 letters, two beyond.
FUZZY_MIN = 5
FUZZY_TWO = 9


def deletes(word: str, depth: int) -> set[str]:
    out, frontier = {word}, {word}
    for _ in range(depth):
        frontier = {w[:j] + w[j + 1:] for w in frontier for j in range(len(w))}
        out |= frontier
    return out


def distance(a: str, b: str) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment)."""
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def allowed_edits(word: str) -> int:
    return 0 if len(word) < FUZZY_MIN else 1 if len(word) < FUZZY_TWO else 2


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Words spelled right already ("march", "floyd"): never read as a misspelt name.

    The classifier's own vocabulary ships with the package (its tokenizer.json); without it,
    misspellings are still bounded by distance and still need context.
    """
    path = Path(__file__).resolve().parents[1] / "judge" / "model" / "tokenizer.json"
    try:
        vocab = json.loads(path.read_text(encoding="utf-8"))["model"]["vocab"]
    except (OSError, ValueError, KeyError, TypeError):  # pragma: no cover - a broken install
        return frozenset()
    return frozenset(w for w in vocab if w.isalpha() and len(w) >= 3)


@lru_cache(maxsize=65536)
def sound(word: str) -> str:
    """How a word sounds, as Metaphone writes it: "whitaker" and "whitacre" are both WTKR."""
    return jellyfish.metaphone(word)
