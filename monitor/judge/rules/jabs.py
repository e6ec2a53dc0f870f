"""A vaccination told in the words of violence (quiet62's illness and medicine): "getting shot today 😬 year 8
hpv jabs", "flu spray up the nose > getting stabbed in the arm". Blanked before the threat rules read a post,
only where the post speaks of the jab and names no weapon, no one to hurt and no meeting. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.moments import WEAPON

_JAB = re.compile(r"\b(?:jabs?|jabbed|vaccin\w*|boosters?|hpv|flu\s+(?:spray|shot|vaccine|jab)|nasal\s+spray|immunis\w*|immuniz\w*"
                  r"|injections?|needles?|meningitis|tetanus|mmr|covid\s+(?:shot|jab)|school\s+nurses?)\b", re.I)
# The writer (or a child) on the receiving end of the needle: passive, in the arm, today.
# ...by the needle itself, or in a child's dread: "Y8 getting stabbed with needles today at hba 😭💉", "she says she'll get shot
# and die lol", "hollowbrook nurse is gonna shoot me with the booster tmrw 😭".
_SHOT = re.compile(r"\b(?:get|gets|getting|got|be|been|being)\s+(?:shot|stabbed|jabbed|poked|skewered)"
                   r"(?:\s+(?:in|up)\s+(?:the|my|his|her|your|ur|their)\s+(?:arm|arms|leg|thigh|bum|shoulder|nose))?"
                   r"(?:\s+(?:with|by)\s+(?:a\s+|the\s+|her\s+|his\s+)?(?:\w+\s+)?(?:needles?|jabs?|boosters?|vaccines?|injections?|nurses?|syringes?))?"
                   r"(?=\s*(?:[.!?,;:)>😬😭😩😅🥲💉]|$)|\s+(?:today|tomorrow|tmrw|2moro|this\s+(?:morning|afternoon)|at\s+school|in\s+(?:the\s+)?(?:hall|arm)|again|lol|haha|\d)\b"
                   r")|\b(?:get|gets|getting)\s+(?:shot|stabbed)\s+and\s+die\b"
                   r"|\b(?:shoot|stab|jab|poke)\w*\s+(?:me|us|my\s+\w+)\s+with\s+(?:a\s+|the\s+|her\s+|his\s+)?(?:\w+\s+)?(?:needles?|jabs?|boosters?|vaccines?|injections?)\b",
                   re.I)
# What a jab is never beside: someone aimed at, a meeting, a real weapon ("gonna get shot at the gates by my brother").
_AIMED = re.compile(r"\b(?:gates?|after\s+school|car\s*park|behind|outside|watch\s+(?:out|ur|your)|i'?ll|ill|we'?ll|gonna\s+(?:shoot|stab)(?!\s+(?:me|us)\s+with\b)"
                    r"|(?:shoot|stab)\s+(?:him|her|them|you|u|the|mr|mrs|ms|miss|sir))\b|🔪|🔫", re.I)


# The needle drawn as a blade (probe84's "POV: ur in year 9 at hba and the nurse says 'just a little scratch' 🗡️🩸🩸
# #vaccineday"), only where the post speaks of the needle itself.
_NEEDLE_TALK = re.compile(r"\b(?:(?:little|sharp)\s+scratch|nurses?|needles?|jabs?|vaccin\w*|injections?|boosters?)\b", re.I)
_DRAWN = re.compile(r"🗡\ufe0f?|🩸|💉")


def blank(text: str) -> str:
    """`text` with a jab's "getting shot" blanked, where the post speaks of a jab and aims nothing."""
    if not _JAB.search(text) or _AIMED.search(text) or WEAPON.search(_DRAWN.sub(" ", _SHOT.sub(" ", text))):
        return text
    text = _SHOT.sub(lambda m: " " * len(m.group(0)), text)
    return _DRAWN.sub(lambda m: " " * len(m.group(0)), text) if _NEEDLE_TALK.search(text) else text
