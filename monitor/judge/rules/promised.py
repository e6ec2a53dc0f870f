"""Harm promised without a violent word (probe95's): a teacher's home and family described, then "Sleep well Gaz 😴";
"The PE teacher (Lloyd) lives in the flat above the vape shop ... If he puts his hands on my nephew again he won't be
walking back out of there. Simple as." Good night is a kindness, and a man who won't be walking has sprained his ankle,
but not after someone else's home laid out, nor on a condition. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

# Someone else's home laid out: the house, its door, who lives in it.
_HOME = re.compile(r"\b(?:front\s+door|semi|detached|terrace[d]?|bungalow|end\s+house|(?:his|her|their)\s+(?:house|flat|place|drive)"
                   r"|(?:\w+\s+){0,2}(?:rd|road|close|avenue|ave|street|st|lane|drive|crescent|way|grove)\b)", re.I)
_FAMILY = re.compile(r"\b(?:missus|wife|husband|hubby|partner|kids|little\s+ones|(?:his|her|their)\s+(?:kids|children|son|daughter|family|wife|husband))\b", re.I)
# ...not the writer's own: "our new house", "we've moved", "my front door".
_OWN = re.compile(r"\b(?:our|my)\s+(?:new\s+|little\s+)?(?:\w+\s+)?(?:house|home|flat|semi|bungalow|terrace|place|front\s+door|street|road)\b"
                  r"|\bwe(?:'ve|\s+have)?\s+moved\b|\bmoved\s+in\w*\b|\bfirst\s+night\b", re.I)
_GOOD_NIGHT = re.compile(r"\b(?:sleep\s+(?:well|tight|soundly)|sweet\s+dreams|night\s+night|nighty\s+night)\b(?=\W{0,6}(?:[A-Z]\w+|mate|pal|sir|miss)?\W*$)", re.I)
# A blow on a condition, said without a blow: "If he puts his hands on my nephew again he won't be walking back out of there".
_WONT_WALK = re.compile(r"\bif\s+(?:he|she|they|that\s+\w+|(?:mr|mrs|ms|miss)\.?\s+\w+|(?:the|that)\s+(?:teacher|head|coach|caretaker))\b[^.!?\n]{0,80}?"
                        r"\b(?:he|she|they)\s*(?:won'?t|wont|will\s+not|aint|ain'?t)\s+be\s+(?:walking|leaving)\s+(?:back\s+)?(?:out|away|anywhere|home)\b"
                        r"(?!\s+(?:in\s+the\s+(?:light|dark)|till|until|before|after|for\s+(?:a|weeks|days|months))\b)(?![^.!?\n]{0,40}\b(?:detention|school|trip|club|match|team|lunch|break)\b)", re.I)


def promised(text: str) -> tuple[Finding, ...]:
    """Good night said after someone else's home and family laid out; a blow promised on a condition."""
    found = ()
    if _HOME.search(text) and _FAMILY.search(text) and not _OWN.search(text):
        found = find_all("veiled_threat", _GOOD_NIGHT, text)
    return found + find_all("explicit_threat", _WONT_WALK, text)
