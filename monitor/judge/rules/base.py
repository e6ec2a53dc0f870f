from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    rule: str  # e.g. "phone_number", "veiled_threat"
    evidence: str  # the words that made it fire, as written


def find_all(rule: str, pattern: re.Pattern[str], text: str, group: int = 0) -> tuple[Finding, ...]:
    seen: list[Finding] = []
    for m in pattern.finditer(text):
        f = Finding(rule, " ".join(m.group(group).split()))
        if f not in seen:
            seen.append(f)
    return tuple(seen)


# A laugh in a post ("lol", "lmaooo", 😂): what a fed-up parent's hyperbole and a joke carry.
LAUGH = re.compile(r"😂|🤣|😆|😅|💀|\blol\b|\blmao+\b|\bhaha\w*", re.I)


# A few words between two cues: "Mr Hale grabbed my son", "grabbed him by the arm".
GAP = r"(?:[\s,]+[\w'’-]+){0,%d}?[\s,]+"


def gap(n: int) -> str:
    return GAP % n


def sentence_at(text: str, start: int, end: int | None = None) -> str:
    """The sentence (to the nearest . ! ? or line break either side) that holds text[start:end]."""
    end = start if end is None else end
    first = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[first:min(ends, default=len(text))]


# A single-quoted quotation may hold apostrophes of its own: 'I'll shoot up the school'.
# A forum's quote of the post answered, in bold at the top (Mumsnet): "**I'll be at the Marlow Road gate at 8.15
# tomorrow**\n\nPlease don't." (threads30) is the other poster's words, not the author's.
QUOTED = re.compile(r"^\*\*[^*\n]{3,300}\*\*(?=\s*\n)|\"[^\"]{3,300}\"|“[^”]{3,300}”|‘[^’]{3,300}’|(?<![\w'])'(?:[^'\n]|(?<=\w)'(?=\w)){3,300}?'(?!\w)")


def without_quotes(text: str) -> str:
    """The post with what it quotes blanked out: what is left is the author's own words."""
    return QUOTED.sub(lambda m: " " * len(m.group(0)), text)
