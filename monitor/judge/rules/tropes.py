"""Prejudice in the words of "them lot": a black SENCO hired "to tick a box", Traveller children
blamed for the drugs ("If HBA stopped taking kids off the traveller site the drugs would stop
overnight. Everyone knows it's them lot"), a group said to "stick together" (round 54). No slur,
and the model reads a complaint; the trope is the hate. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

# Hired for who they are: "these people only get the jobs to tick a box", "a box-ticking hire".
_TICK_BOX = re.compile(r"\b(?:only|just)\s+(?:get|got|gets|getting|given|there|hired|employed|appointed)\s+(?:the\s+)?(?:jobs?\s+|role\s+|post\s+)?"
                       r"(?:to|for)\s+tick\s+(?:a|the)\s+box(?:es)?\b|\bbox\s*-?\s*ticking\s+(?:hire|appointment|exercise\s+hire)\b", re.I)
# A people blamed as a people: Travellers, "them lot", "they all stick together".
_PEOPLE = re.compile(r"\b(?:travell?er|gypsy|gipsy|gyppo|pikey|roma)s?\b", re.I)
_BLAMED = re.compile(r"\b(?:them|that|their)\s+lot\b|\b(?:they|them)\s+all\s+stick\s+together\b|\ball\s+(?:the\s+same|thieves|at\s+it)\b"
                     r"|\b(?:drugs|thiev\w*|crime|nicking|stealing)\s+would\s+stop\b", re.I)
# ...not the people defended, nor a trope told of and condemned.
_DEFENDED = re.compile(r"\b(?:racis[mt]\w*|prejudice\w*|disgusting|vile|not\s+ok(?:ay)?|shame\s+on|reported|stereotyp\w*|bigot\w*)\b", re.I)


def tropes(text: str) -> tuple[Finding, ...]:
    """"Hired to tick a box", a people blamed as "them lot"; nothing where the post condemns it."""
    if _DEFENDED.search(text):
        return ()
    found = find_all("hate_phrase", _TICK_BOX, text)
    if _PEOPLE.search(text) and (blamed := _BLAMED.search(text)):
        found += (Finding("hate_phrase", " ".join(blamed.group(0).split())),)
    return found
