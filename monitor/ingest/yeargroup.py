"""A year group and a school day, with no school named: "everyone in year 10 stay off the field at lunch
tomorrow". Like a class code (monitor/ingest/cues.py), possibly ours: a harmful post reaches the DSL at
`high`, a harmless one stays out of digests (round 56's writer paged such a warning; read sets: 40 posts of
ours at high or urgent named a year group and no school, beside 222 not ours). Pure."""
from __future__ import annotations

import re

from monitor.ingest.cues import _CHAT, other_schools

_YEAR = re.compile(r"\b(?:year|yr|y)\s?(?:[7-9]|1[0-3])s?\b", re.I)
# Where a school's day is spent: not a year group's "year 10 of my mortgage", a football age group, or a bank holiday.
_DAY = re.compile(r"\b(?:lunch|lunchtime|break|field|canteen|form|tutor|detention|lessons?|class|sir|miss|teachers?|gates?|toilets?|corridor"
                  r"|playground|registration|assembly|pe|mocks?|the\s+bus|school)\b", re.I)
_NOT_PUPILS = re.compile(r"\b(?:u\d{1,2}s?|under\s*-?\s*\d{1,2}s?|mortgage|marriage|anniversary|sober|clean|uni|university|degree|apprentice\w*)\b", re.I)


def year_group(text: str, context: str = "") -> str | None:
    """The year group a post names beside its school day, where it names no school."""
    if other_schools(text) or (_CHAT.search(context) and other_schools(context)) or _NOT_PUPILS.search(text):
        return None
    return m.group(0) if (m := _YEAR.search(text)) and _DAY.search(text) else None
