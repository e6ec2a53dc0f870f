"""A blow wished on someone with a weapon or a fist to the head: "whoever put that rainbow flag up at
HBA needs a bat across the head" (round 54, writer 259); a knife brought in "for" someone (a review's
"keep excluding our kids Mrs Okafor and one day a kid brings a knife in for you"). Explicit: no
hostility needed to read it. Pure.

Not a slap, a kick or a boot ("a kick in the teeth from the council", "needs a slap round the head"):
idioms, and what parents say of their own. Not a thing ("the printer needs a hammer to the face"),
nor words told of ("Coach says he needs a boot to the head")."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

_BLOW = re.compile(
    r"\b(?:deserves?|needs?|wants?|should\s+(?:get|be\s+given)|could\s+do\s+with)\s+(?:a|an)\s+(?:good\s+|proper\s+|swift\s+)?"
    r"(?:bat|baseball\s+bat|brick|hammer|crowbar|bottle|golf\s+club|iron\s+bar|fist|headbutt|punch|machete|knife)"
    r"\s+(?:across|round|over|to|in|into|through)\s+(?:the|their|his|her|your|ur|yer)\s+(?:face|head|skull|mouth|gob|jaw|nut|back\s+of\s+the\s+head)\b",
    re.I)
_THING = re.compile(r"\b(?:printer|photocopier|computer|laptop|pc|machine|wifi|website|app|system|telly|tv|kettle|boiler|car|van|door|heating)\b", re.I)
_TOLD = re.compile(r"\b(?:says?|said|told|tells|reckons?)\b", re.I)
# The knife brought in for someone: "a kid brings a knife in for you" is no story of last month.
_FOR_YOU = re.compile(r"\b(?:a|some|one)\s+(?:kid|pupil|child|lad|student)\s+(?:brings|will\s+bring|is\s+(?:gonna|going\s+to)\s+bring)\s+(?:a|his|their)\s+"
                      r"(?:knife|blade|gun|machete)\s+in\s+for\s+(?:you|u|him|her|them|the\s+teacher|the\s+head|(?:mr|mrs|ms|miss)\.?\s+\w+)\b", re.I)


def blows(text: str) -> tuple[Finding, ...]:
    """A weapon or fist to someone's head wished on them, or a knife brought in for them; evidence: the words."""
    out = []
    for m in _BLOW.finditer(text):
        before = text[max(0, m.start() - 50):m.start()]
        if not (_THING.search(before) or _TOLD.search(before)):
            out.append(Finding("explicit_threat", " ".join(m.group(0).split())))
    out += [Finding("explicit_threat", " ".join(m.group(0).split())) for m in _FOR_YOU.finditer(text)]
    return tuple(out)
