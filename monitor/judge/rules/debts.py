"""A debt or a deadline enforced with harm, in the words of those who run children (round63's county lines): "u owe
400 n its been 2 wks ... tmrw or ur gettin wet", "one more run to Leicester this weekend or his little sister 'gets
it'", "clear what he owes or they'll do his knees", "he's got till friday. after that its his brother n his mum. we
know the flat"; and the denial that is a promise, "im not threatening anyone. im promising." Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

_WHO = r"(?:your|ur|you'?re|youre|you\s+are|u\s+are|u|you|ya|he'?s|hes|he|she'?s|shes|she|they'?re|theyre|they|him|her)"
# Drill's words for a stabbing, after "or": "or ur gettin wet", "or he's getting poked".
_OR_ELSE = re.compile(r"\bor\s+(?:else\s+)?" + _WHO + r"\s+(?:is\s+|are\s+|will\s+|'ll\s+)?(?:gonna\s+|going\s+to\s+)?(?:get|gets|getting|gettin|got)\s+"
                      r"(?:wet|merked|murked|shanked|poked|ironed|bodied|splashed|opened\s+up|done\s+in)\b", re.I)
# Someone of theirs made to pay: "or his little sister 'gets it'", "or your mum gets it"; "bring the 80 or he gets it
# instead" (probe86's, of a little brother).
_KIN = re.compile(r"\bor\s+(?:else\s+)?(?:(?:his|her|your|ur|their|yer)\s+(?:little\s+|lil\s+|baby\s+|big\s+|younger\s+|older\s+)?"
                  r"(?:sister|sis|brother|bro|mum|mam|mom|nan|dad|family|fam|kids?|girlfriend|gf)\s*['‘’\"]?\s*gets?\s+it\b|(?:he|she)\s+gets?\s+it\s+instead\b)", re.I)
# Knees done or kneecapped: a punishment beating, named ("ur getting ur knees done outside tesco", probe86's).
_KNEES = re.compile(r"\b(?:do|does|did|doing|done|break|breaking|smash|smashing|take\s+out)\s+(?:his|her|your|ur|their|ya|yer)\s+knee(?:s|caps?)\b"
                    r"|\b(?:get|gets|getting|gettin)\s+(?:his|her|your|ur|their|ya|yer)\s+knee(?:s|caps?)\s+(?:done|smashed|broken|done\s+in)\b"
                    r"|\bkneecap(?:ped|ping)?\s+(?:him|her|you|u|them)\b", re.I)
# The denial that makes it worse.
_PROMISE = re.compile(r"\b(?:i'?m|im|i\s+am)\s+not\s+threatening\s+(?:anyone|any1|anybody|you|u|him|her|them|no\s*one)\W{1,6}(?:i'?m|im|i\s+am)\s+promising\b", re.I)
# A deadline, then what follows it: kin, a home known, harm.
_DEADLINE = re.compile(r"\b(?:got|has|have|gets?|given)\s+(?:till|until|til|'til|untill|2)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tmrw|tonight"
                       r"|(?:the\s+)?weekend|end\s+of\s+(?:the\s+)?(?:week|day|month)|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)\b", re.I)
_AFTER = re.compile(r"\b(?:after\s+that|or\s+else|then\s+(?:its|it'?s|we|they))\b", re.I)
_MENACE = re.compile(r"\b(?:his|her|your|ur)\s+(?:little\s+|lil\s+)?(?:brother|sister|mum|mam|nan|family|fam)\b|\bwe\s+know\s+(?:the|ur|your|his|her|where)\b"
                     r"|\b(?:owe[sd]?|debt|what\s+(?:he|she|u|you)\s+owes?)\b", re.I)
# Rain, a pool or a water fight wets people too: "or ur getting wet lol bring a coat".
_WATER = re.compile(r"\b(?:rain\w*|coats?|umbrellas?|brolly|swim\w*|pool|water|splash\w*|puddles?|paddl\w*|beach|sea|showers?|sponges?|dunk\w*|hose\w*|sprinklers?|wellies)\b|☔|🌧|💦", re.I)
# A debt and the family known: "U owe 140 now ... we know ur brother goes 2R at hollowbrook we seen him at the gate".
_OWED = re.compile(r"\b(?:u|you|ya|he|she)\s+(?:still\s+)?owes?\b", re.I)
_KIN_KNOWN = re.compile(r"\bwe\s+(?:know|seen|saw|no)\s+(?:where\s+)?(?:ur|your|his|her|yer)\s+(?:little\s+|lil\s+|baby\s+|big\s+)?"
                        r"(?:brother|bro|sister|sis|mum|mam|nan|family|fam|house|flat|yard|gaff)\b"
                        r"(?=[^.!?\n]{0,40}\b(?:goes|go|lives|live|walks|gets|at|seen|school|gates?|year|yr|class|every\s+day|is|are)\b)(?![^\n]*(?:😂|🤣|\blol\b|\blmao\b|good\s+for\s+it))", re.I)
_HOMEWORK = re.compile(r"\b(?:homework|coursework|essay|assignment|hand\s+(?:it\s+)?in|deadline|refund|return|rent|bill|invoice|council|application|tickets?)\b", re.I)


def debts(text: str) -> tuple[Finding, ...]:
    """Harm promised for a debt or past a deadline, and the denial that promises it."""
    found = ((() if _WATER.search(text) else find_all("explicit_threat", _OR_ELSE, text)) + find_all("explicit_threat", _KIN, text)
             + find_all("explicit_threat", _KNEES, text) + find_all("explicit_threat", _PROMISE, text))
    if _OWED.search(text) and (kin := _KIN_KNOWN.search(text)):
        found += (Finding("veiled_threat", " ".join(kin.group(0).split())),)
    deadline = _DEADLINE.search(text)
    if deadline and (after := _AFTER.search(text, deadline.end())) and after.start() - deadline.end() < 80 \
            and _MENACE.search(text) and not _HOMEWORK.search(text):
        found += (Finding("veiled_threat", " ".join(deadline.group(0).split())), Finding("veiled_threat", after.group(0)))
    return found
