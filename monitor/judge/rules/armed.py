"""A weapon and a moment together: "sat 2pm at the leisure centre ... bring whatever u got 🔪",
"friday night ... bring a brick 😂". Beside them "see you there" is hostile and a laugh takes nothing
back, however the model reads the tone. Not a campaign against weapons, a thriller's launch, a play
or a cookery lesson, nor a weapon an idiom explains ("absolutely MURDERED paper 1 today 🔪"). Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.idioms import strip_idioms
from monitor.judge.rules.threats import weapons, when_where

_AGAINST_WEAPONS = re.compile(r"\bknife[\s-]+crime\b|\bawareness\b|\bamnesty\b|\bsurrender\s+bins?\b|🔪\s*❌|🚫\s*🔪|📚|📖"
                              r"|\b(?:thriller|novel|podcast|movie|macbeth|dagger|halloween|costume|lego)s?\b"
                              # 🔪 is a kitchen knife: "food tech ... knife skills session today 🔥🔪" (probe45/, writer 195).
                              # (Not "cook" alone: "he's cooked" is a pupil's "done for".)
                              r"|\bfood\s*tech\b|\bcookery\b|\bcooking\s+(?:class|lesson|club)\b|\brecipes?\b|\bchef\b|\bknife\s+skills\b"
                              r"|\bbake\s*(?:off|sale)\b|\bkitchen\b|🍰|🥕|🍳|🥘|🍕|🧁", re.I)
_EMOJI = re.compile(r"[^\x00-\x7f]")


def armed(text: str) -> bool:
    found = weapons(text)  # a word weapon in an idiom is already left out; an emoji beside one is the idiom's
    if not found or _AGAINST_WEAPONS.search(text) or not any(f.rule == "imminent" for f in when_where(text)):
        return False
    return any(not _EMOJI.search(f.evidence) for f in found) or strip_idioms(text, intensifiers=False) == text
