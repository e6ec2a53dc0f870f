"""What people allege a member of staff did to children, in the words the read sets' writers used
and the older rules missed: a past dismissal or record ("sacked from his last school for being a
perv", "left over 'something with a girl'", "on the register"), watching or filming pupils where
they change, and hands laid on "my kid" said in a threat ("if he grabs my kid again"). The caller
knows the post names a member of staff; every finding is an allegation for the LADO (KCSIE Part 4,
s141F). Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

_KIDS = r"(?:kids?|children|child|girls?|boys?|pupils?|students?|(?:year|yr|y)\s?\d+s?(?:\s+(?:girls?|boys?|lads?))?|lads?)"
_MINE = r"(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|kid|child|lad|boy|girl|grandson|granddaughter|little\s+one)\b(?!['’]s)"

_ALLEGED = re.compile(
    # A past dismissal, arrest or move for harm to children, or for being "a perv".
    r"\b(?:sacked|fired|moved\s+on|let\s+go|struck\s+off|suspended|left|got\s+rid\s+of|done|arrested|pulled\s+in)\b[^.!?\n]{0,40}?"
    r"\b(?:for|over|was)\s+['‘\"]?(?:(?:something|summat|stuff)\s+(?:with|w|to\s+do\s+with|involving)\s+(?:a\s+|the\s+)?" + _KIDS +
    r"|being\s+(?:a\s+)?(?:perv|pervert|creep|paedo|nonce|too\s+friendly)|touching|sleeping\s+with\s+(?:a\s+)?" + _KIDS +
    r"|hanging\s+(?:round|around)\s+(?:the\s+)?(?:girls|boys)|what\s+(?:he|she)\s+did\s+(?:with|to)\s+(?:a\s+)?" + _KIDS + r")"
    # Not a SENCO's "200 kids on the register".
    r"|\bon\s+the\s+sex\s+offenders?'?\s+register\b|\b(?:is|he'?s|she'?s)\s+on\s+the\s+register\b(?=[^\n]{0,60}\b(?:ex|kids|children|allowed|near)\b)"
    r"|\bgot\s+a\s+record\b(?=[^\n]{0,80}\b(?:kids|children)\b)"
    r"|\b(?:stuff|something|things)\s+(?:they\s+)?found\s+on\s+(?:his|her)\s+(?:laptop|computer|phone)\b"
    # Watching, filming or taking pupils where they change or alone.
    r"|\b(?:watching|filming|photographing)\s+(?:the\s+)?" + _KIDS + r"\b[^.!?\n]{0,40}\b(?:changing\s+rooms?|toilets?|binoculars|underpants|underwear)\b"
    r"|\bfilms?\s+them\s+on\s+(?:his|her)\s+phone\b|\b(?:going|goes|seen\s+going)\s+into\s+the\s+girls'?\s+(?:toilets|changing\s+rooms?)\b"
    r"|\btakes?\s+(?:the\s+)?girls\s+into\s+the\s+(?:\w+\s+)?(?:cupboard|store\s*room|office)\b"
    r"|\bcan'?t\s+keep\s+(?:his|her)\s+hands\s+to\s+(?:him|her)self\b(?=[^\n]{0,60}\b(?:changing|girls|boys|kids|pupils)\b)"
    r"|\bwhat\s+went\s+on\s+in\s+(?:there|the\s+changing\s+rooms?)\s+with\s+the\s+(?:year\s+\d+\s+)?(?:girls|boys)\b"
    r"|\b(?:grab|grope|touch)\w*\s+the\s+girls\s+in\s+the\s+changing\b|\b['‘]?favourite['’]?\s+(?:he|she)\s+drives\s+home\b"
    # Hands laid on "my kid" before, said in a threat: "if he grabs my kid again", "you laid hands on my
    # boy". Not "if he ever lays a finger on my boy": nothing has happened yet.
    r"|\b(?:if|when|next\s+time)\s+(?!any(?:one|body|1)\b)(?:\w+\s+){0,3}?(?:grabs?|push(?:es)?|shoves?|touch(?:es)?|hits?|slaps?|kicks?|puts?\s+(?:his|her|their)\s+hands\s+on"
    r"|lays?\s+(?:a\s+)?finger\s+on)\s+" + _MINE + r"[^.!?\n]{0,30}\b(?:again|agen)\b"
    r"|\blays?\s+one\s+more\s+finger\s+on\s+" + _MINE +
    r"|\b(?:you|u)\s+(?:touch|grab|push|hit|slap)\s+" + _MINE + r"\s+again\b"
    r"|\b(?:grab|push|shove|touch|hit)\s+" + _MINE + r"\b[^.!?\n]{0,30}\b(?:again|agen)\b"
    r"|\bput\s+" + _MINE + r"\s+on\s+the\s+floor\b|\blaid\s+hands\s+on\s+" + _MINE + r"\b"
    r"|\bput\s+(?:their|your|ur|his|her)\s+hands\s+on\s+(?:" + _MINE + r"|kids|children)\b"
    r"|\bbody\s*-?\s*slam\w*\s+(?:a|the|my)\s+(?:\d+\s+year\s+old\s+)?(?:child|kid|boy|girl|pupil)\b",
    re.I)
# Another child did it ("if that lad in 4B grabs my son again"): no allegation against staff.
_CHILD_BEFORE = re.compile(r"\b(?:kid|lad|boy|girl|child|pupil|year\s?\d+|yr\s?\d+|\d[a-z])\b[^.!?\n]{0,25}$", re.I)


def staff_misconduct(text: str) -> tuple[Finding, ...]:
    """Allegations that a member of staff harmed or is a danger to children, as above."""
    out: list[Finding] = []
    for m in _ALLEGED.finditer(text):
        if _CHILD_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            continue
        f = Finding("staff_abuse_allegation", " ".join(m.group(0).split())[:120])
        if f not in out:
            out.append(f)
    return tuple(out)
