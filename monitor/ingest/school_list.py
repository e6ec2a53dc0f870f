"""Schools listed without commas ("including Hollowbrook Academy Greenfield High Hexley Grammar"), as an emailed
hoax to many schools writes them (round 60): the other school's name starts after the kind word before it. Pure."""
from __future__ import annotations

import re

_KIND_WORD = re.compile(r"(?i:academy|school|high|primary|grammar|college|infants|juniors|secondary)")


def last_in_list(words: list[str], names: str) -> tuple[list[str], int]:
    """The words of the last school named in `names` (its words are `words`, the capitalised run before a kind), and
    where in `names` they start: counted from the end, so "St Stephen's Primary" is not cut to "Stephen's Primary"."""
    cut = [i for i in range(len(words) - 1) if _KIND_WORD.fullmatch(words[i]) and not _KIND_WORD.fullmatch(words[i + 1])]
    kept = len(words) - cut[-1] - 1 if cut else len(words)
    if not kept:
        return [], 0
    return words[len(words) - kept:], [w.start() for w in re.finditer(r"\S+", names)][-kept]
