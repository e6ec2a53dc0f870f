"""A member of staff hinted to be a danger to children, never quite said: "ask why he really left
his last school", "always hanging round the girls' changing rooms", "too friendly with the girls in
his class", "no smoke without fire". For the DSL an allegation all the same (the LADO within one
working day), and for the school's solicitor a defamatory one.

Fourteen writers of the read sets (rounds 3 to 36) wrote such hints; before round 20 the rules
found an allegation only where harm was stated ("grabbed", "hit", "fiddling with"), and 74 posts
alleging that staff harmed a child reached no DSL. Only where a member of staff is the subject
(triage calls it with staff found) and the post does not rebuke the rumour.
"""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all
from monitor.judge.rules.reporting import reported_speech

_KIDS = r"(?:the\s+|those\s+|our\s+|some\s+of\s+the\s+|little\s+)?(?:girls|boys|kids|children|pupils|students|lads|year\s?\d+s?|yr\s?\d+s?)"
_ROOMS = r"(?:girls'?|boys'?|kids'?)\s+(?:changing\s+rooms?|toilets?|loos?|showers?|dorms?)"
_HINT = re.compile(
    # Why they left before.
    r"\b(?:why|how\s+come)\s+(?:he|she|they|him|her)\s+(?:really\s+|actually\s+|suddenly\s+)?(?:left|moved\s+on\s+from|got\s+moved\s+from|leaving)"
    r"\s+(?:his|her|their)\s+(?:last|old|previous)\s+(?:school|job|post|place)"
    r"|\b(?:left|leaving)\s+(?:his|her|their)\s+(?:last|old|previous)\s+(?:school|job)\s+(?:in\s+such\s+a\s+hurry|after\s+complaints)"
    # Where they are seen.
    rf"|\b(?:always|keeps?|every\s+(?:time|day|lesson)|constantly)\b[^.!?\n]{{0,40}}\b(?:hanging|hangs|lurking|lurks|fixing|in|outside|near|round|around)\s+(?:in\s+|outside\s+|round\s+|around\s+)?the\s+{_ROOMS}"
    rf"|\b(?:watch(?:es|ing)?|hang(?:s|ing)?\s+(?:round|around))\s+the\s+(?:boys|girls)\s+(?:in|get(?:ting)?\s+changed)"
    # How they are with children.
    rf"|\b(?:too|a\s+bit\s+too|bit\s+too|very)\s+(?:friendly|close|touchy|hands-?on)\s+with\s+{_KIDS}"
    rf"|\bwhat\s+(?:he|she|they|\w+)\s+(?:gets?|got)\s+up\s+to\s+(?:in|with)\s+(?:the\s+|those\s+)?(?:boys|girls|kids|children|pupils|lads|changing|toilets|showers|dorms)|\btalk\s+about\s+(?:him|her|them)\s+and\s+{_KIDS}"
    rf"|\bask\s+{_KIDS}\s+(?:he|she|they)\s+used\s+to\b|\bno\s+smoke\s+without\s+fire\b"
    r"|\bwhy\s+(?:would\s+)?a\s+grown\s+(?:man|woman)\s+wants?\s+to\s+be\s+(?:alone|shut\s+in)\b", re.I)
# "there is ZERO truth in this", "stop spreading rumours that he ...": the rumour rebuked.
_REBUKED = re.compile(r"\b(?:zero|no)\s+truth\b|\b(?:stop|quit)\s+(?:spreading|sharing|repeating)\b|\b(?:vile|disgusting|nasty)\s+(?:rumou?rs?|lies|gossip)\b"
                      r"|\b(?:rumou?rs?|lies)\s+(?:about|that)\b[^.!?\n]{0,60}\b(?:are|is)\s+(?:vile|disgusting|false|untrue|rubbish)\b", re.I)


def danger_to_children(text: str) -> tuple[Finding, ...]:
    """A hint that the member of staff a post is about is a danger to children."""
    if _REBUKED.search(text) or reported_speech(text):
        return ()
    return find_all("staff_danger_hinted", _HINT, text)
