"""A handle or hashtag read as words: "@MrW_Year6" is Mr W of Year 6, "@MsMarshReads" Ms Marsh.

The words are put after the text they come from (matching.py), so offsets into it hold; a name found
among them counts as a name written anywhere, but "Mr W" only with a year or class or our school in
the same handle ("@MrW_HBA", not "@MrWDrums"), and a role never ("#SENCOLife" is every SENCO's).
"""
from __future__ import annotations

import re

from monitor.ingest.cues import other_schools
from monitor.ingest.scan import Hit

# ...and an account named bare, as a post's context names it ("Comment on hba_confessions #219", round 61).
_TAG = re.compile(r"[#@]([A-Za-z0-9_]{3,60})|(?<![\w#@])([A-Za-z0-9]+(?:_[A-Za-z0-9]+)+)(?!\w)")
# Where words meet: an underscore, a capital after a small letter, a digit after a letter and back.
_JOINS = re.compile(r"_+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
# A year group or a class at the handle's end ("Year 6", "Y 6", "6 W"): not a 3G pitch, a 4x4 or Y2K.
_YEAR_OR_CLASS = re.compile(r"\b(?:year|yr)\s*(?:[1-9]|1[0-3])\b|\by\s*(?:[1-9]|1[0-3])\s*$|\b(?:[1-9]|1[0-3])\s*(?!(?:[DGK])\s*$)[A-Z]\s*$", re.I)


def tag_words(text: str) -> str:
    """The handles and hashtags of `text` cut where their words meet, one per line: words a title or
    an initial is too short to be found inside. Empty where none splits."""
    out = []
    for m in _TAG.finditer(text):
        parts = [p for p in _JOINS.split(m.group(1) or m.group(2)) if p]
        if len(parts) > 1:
            out.append(" ".join(parts))
    return "\n".join(out)


def with_tag_words(text: str) -> str:
    """`text` with its handles' words after it, so that offsets into it hold."""
    return f"{text}\n{words}" if (words := tag_words(text)) else text


def from_handles(hits: list[Hit], texts: dict[str, str], ends: dict[str, int]) -> list[Hit]:
    """`hits` less those among a handle's words that name no one of ours for sure: a role, or an initial
    with no year, class or name of our school beside it in the same handle. `ends`: where each text's own
    words end and its handles' words begin."""
    def line(h: Hit) -> tuple[int, int]:
        t = texts[h.where]
        a = t.rfind("\n", 0, h.start) + 1
        b = t.find("\n", h.start)
        return a, len(t) if b < 0 else b

    def appended(h: Hit) -> bool:
        return h.where in ends and h.start >= ends[h.where]

    kept = []
    for h in hits:
        if appended(h) and h.entry.kind == "role":
            continue
        if appended(h) and h.entry.kind == "initial":
            a, b = line(h)
            ours = any(o.where == h.where and o.entry.target == "school" and a <= o.start < b for o in hits)
            # ...and "Love @MrW_Y6 at St Anne's": a Mr W of another school's.
            if not ours and (not _YEAR_OR_CLASS.search(texts[h.where][a:b]) or other_schools(texts[h.where][:ends[h.where]])):
                continue
        kept.append(h)
    return kept
