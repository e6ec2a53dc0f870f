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
    # Urdu / Hindi: "(I'll) deal with you / X", "I'll beat / kill you", "I'll break his legs". With a
    # person as the object: "homework ko dekh lunga" is "I'll look at the homework".
    r"\b(?:tujhe|tujhko|tumhe|tumko|tumhein|usko|unko|unhe|unhein|(?:teacher|sir|miss|madam|maam|head|principal|(?-i:[A-Z][a-z]+))\s+(?:ko|kuu?))\s+dekhh?\s+(?:lunga|lungi|loonga|loongi|lenge|leinge)\b"
    r"|\b(?:tujhe|tujhko|tumhe|tumko|use|usko|unko|unhe|\w+\s+ko)\s+maa?r\s+(?:dunga|dungi|doonga|doongi|denge|daalunga|dalunga|dalenge)\b|\bmaa?r\s+(?:daalunga|dalunga|dalenge)\b"
    r"|\bjaan\s+se\s+(?:maar|mar)\b"
    r"|\b(?:tangein|tange|taang|tang|haddi|haddiyan|munh|muh)\s+(?:tod|tor|torh)\s*(?:dunga|dungi|doonga|denge)\b"
    # Polish: "I'll kill you / him", "I'll break your / his (legs)"; a person as the object, since
    # "matma mnie zabije" (maths will kill me) folds to the same letters.
    r"|(?<!nie\s)\b(?:zabije|zajebie|zatluke|zabijemy)\s+(?:cie|go|ja|was|ich|ciebie|tego|te)\b"
    r"|\b(?:cie|go|ja|was|ich|ciebie)\s+(?:zabije|zajebie|zatluke|zabijemy)\b|\bpolamie(?:my)?\s+(?:ci|mu|jej|wam|im)\b|\b(?:ci|mu|jej|wam|im)\s+(?:\w+\s+)?polamie(?:my)?\b"
    r"|\b(?:juz\s+)?nie\s+zyjesz\b|\bdostan(?:ie|iesz)\s+(?:w\s*pierdol|w\s+morde|lomot)\b"
    # Romanian: "I'll kill you / him / her", "I'll break his legs", "I'll smash his head".
    r"|\b(?:te|il|o|ii|va)\s*-?\s*omor\b(?!\s+de\s+ras)"
    r"|\b(?:ii|iti|le)\s+rup\s+(?:picioarele|gatul|capul|oasele|mainile)\b"
    r"|\b(?:ii|iti|le)\s+sparg\s+(?:capul|fata|gura)\b"
    # Portuguese: "I'm going to kill (you / him)", not "matar saudades / a fome / aula / o tempo".
    r"|\bvou(?:-te)?\s+(?:te\s+|o\s+|a\s+|lhe\s+)?mat(?:ar|a-l[oa]s?)\b(?!\s+(?:a\s+|as\s+|o\s+)?(?:saudades?|fome|sede|tempo|aulas?|curiosidade)\b)"
    r"|\bvou\s+(?:partir|quebrar|rebentar)(?:-lhe|\s+lhe)?\s+(?:a|as|o|os)?\s*(?:cara|tromba|boca|pernas|dentes)\b"
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
