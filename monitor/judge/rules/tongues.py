"""Threats in the other languages of a UK school's families, written as they are online: Urdu and
Hindi in Latin letters, Polish, Romanian, Portuguese, Somali. The model reads English; a parent
who writes "kal pickup pe us Whitaker ko dekh lunga" (round 15's development posts) threatens a
teacher all the same.

Only phrases that are threats in any sentence: "dekh lunga" alone is also "I'll have a look", so
it counts only with a person as its object ("X ko dekh lunga"). Accents are folded first, since
people type "polamie" as often as "połamię". Pure.
"""
from __future__ import annotations

import re
import unicodedata

from monitor.judge.rules.base import Finding, find_all

_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "đ": "d", "ß": "s"})

THREATS = re.compile(
    # Urdu / Hindi: "(I'll) deal with X", "I'll beat / kill", "I'll break his legs / bones".
    r"\b\w+\s+(?:ko|kuu?)\s+(?:dekh|dekhh)\s+(?:lunga|lungi|loonga|loongi|lenge|leinge|lena)\b"
    r"|\b(?:maar|mar|maa?r)\s+(?:dunga|dungi|doonga|doongi|denge|daalunga|dalunga|dalenge)\b"
    r"|\bjaan\s+se\s+(?:maar|mar)\b"
    r"|\b(?:tangein|tange|taang|tang|haddi|haddiyan|munh|muh)\s+(?:tod|tor|torh)\s*(?:dunga|dungi|doonga|denge)\b"
    # Polish: "I'll kill", "I'll break (his legs)", "you're dead", "he'll get a beating".
    r"|(?<!mnie\s)\b(?:zabije|zajebie|zatluke|polamie|polamiemy|zabijemy)\b"
    r"|\b(?:juz\s+)?nie\s+zyjesz\b|\bdostan(?:ie|iesz)\s+(?:w\s*pierdol|w\s+morde|lomot)\b"
    # Romanian: "I'll kill you / him / her", "I'll break his legs", "I'll smash his head".
    r"|\b(?:te|il|o|ii|va)\s*-?\s*omor\b(?!\s+de\s+ras)"
    r"|\b(?:ii|iti|le)\s+rup\s+(?:picioarele|gatul|capul|oasele|mainile)\b"
    r"|\b(?:ii|iti|le)\s+sparg\s+(?:capul|fata|gura)\b"
    # Portuguese: "I'm going to kill", "I'll break his face", "a beating".
    r"|\bvou\s+(?:te\s+|o\s+|a\s+|lhe\s+)?matar\b|\bvou\s+(?:partir|quebrar|rebentar)(?:-lhe|\s+lhe|\s+a)?\s+(?:a\s+)?(?:cara|tromba|boca|pernas)\b"
    r"|\bvou\s+(?:dar|dar-lhe|lhe\s+dar)\s+(?:uma\s+)?(?:surra|porrada|tareia|sova)\b"
    # Somali: "I will kill you / him".
    r"|\bwaan\s+(?:ku|kaa|isaga)?\s*dil(?:i|ayaa|i\s+doonaa|ayaa)\b",
    re.I)


def fold(text: str) -> str:
    """Accents taken off letter by letter, so that offsets hold ("połamię" -> "polamie")."""
    out = []
    for c in text.translate(_EXTRA):
        d = unicodedata.normalize("NFKD", c)
        out.append(d[0] if len(d) > 1 and unicodedata.combining(d[1]) else c)
    return "".join(out)


def threats(text: str) -> tuple[Finding, ...]:
    return find_all("explicit_threat", THREATS, fold(text))
