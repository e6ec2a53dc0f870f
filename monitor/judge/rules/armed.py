"""A weapon and a moment together: "sat 2pm at the leisure centre ... bring whatever u got 🔪",
"friday night ... bring a brick 😂". Beside them "see you there" is hostile and a laugh takes nothing
back, however the model reads the tone. Not a campaign against weapons, a thriller's launch, a play
or a cookery lesson, nor a weapon an idiom explains ("absolutely MURDERED paper 1 today 🔪"). Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.threats import strip_idioms, weapons, when_where

_AGAINST_WEAPONS = re.compile(r"\bknife[\s-]+crime\b|\bawareness\b|\bamnesty\b|\bsurrender\s+bins?\b|🔪\s*❌|🚫\s*🔪|📚|📖"
                              r"|\b(?:thriller|novel|book|podcast|episode|film|movie|macbeth|dagger|halloween|costume)s?\b"
                              # 🔪 is a kitchen knife: "food tech ... knife skills session today 🔥🔪" (probe45/, writer 195).
                              r"|\bfood\s*tech\b|\bcook\w*|\brecipes?\b|\bchef\b|\bknife\s+skills\b|\bbak(?:e|ing)\b|\bkitchen\b|\bchopp\w*"
                              r"|🍰|🥕|🍳|🥘|🍕|🧁", re.I)


def armed(text: str) -> bool:
    return bool(weapons(text)) and any(f.rule == "imminent" for f in when_where(text)) \
        and not _AGAINST_WEAPONS.search(text) and strip_idioms(text, intensifiers=False) == text
