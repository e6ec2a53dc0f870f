"""Pupils in a threat: "whoever snitched", "the year 7s", a weapon brought in, anyone who gets in the way. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

_IN_DANGER = re.compile(
    r"\b(?:snitch\w*|grass(?:ed|es|ing)|pupils?|students?)\b|\b(?:a|little|dirty|fucking|f\*+ing)\s+grass\b|(?<!head\sof\s)\b(?:year|yr|y)\s?\d{1,2}s?\b|\b\d{1,2}[A-Z]\d?\b(?<=\d[A-Z])(?=\s*\))"
    r"|\b(?:bring\w*|carry\w*)\s+(?:\w+\s+){0,3}?(?:blades?|knives|knife|gun|machete|weapon)s?\b"
    # Round 49's: "a little surprise for mr lloyd and anyone who gets in the way", at the canteen at lunch.
    r"|\b(?:any(?:one|body|1)|who(?:ever)?)\s+(?:who\s+|that\s+)?(?:(?:gets?|stands?|is)\s+in\s+(?:the|my|our|his|her)\s+way|(?:tries|try|trys)\s+(?:to\s+)?stop(?:ping)?\s+(?:me|us))\b", re.I)


def pupils_in_danger(text: str) -> tuple[Finding, ...]:
    """In a threat: pupils spoken of ("whoever snitched", "the year 7s"), or a weapon brought in. Not "head
    of year 9", a member of staff, nor "grass" alone, the pitch. The caller knows the post is a threat."""
    return find_all("pupils_in_danger", _IN_DANGER, text)
