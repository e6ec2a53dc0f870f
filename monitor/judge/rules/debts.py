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
# (Not a knee hurt or mended: "my nan did her knees gardening", "he'll do his knee in", "doing her knee exercises" (review A's).)
_KNEES_HURT = re.compile(r"\b(?:did|does|done|do(?:ing)?)\s+(?:his|her|your|ur|their|ya|yer)\s+knee(?:s|caps?)?(?:\s+in\b|\s+(?:exercises|stretches|physio)|\s+\w+ing\b)"
                         r"|\b(?:did|done|does)\s+(?:his|her|your|ur|their|ya|yer)\s+knees\b", re.I)
# The denial that makes it worse.
_PROMISE = re.compile(r"\b(?:i'?m|im|i\s+am)\s+not\s+threatening\s+(?:anyone|any1|anybody|you|u|him|her|them|no\s*one|(?:you|u)\s+lot)\W{1,6}(?:i'?m|im|i\s+am)\s+promising\b", re.I)
# A deadline, then what follows it: kin, a home known, harm.
_DEADLINE = re.compile(r"\b(?:got|has|have|gets?|given)\s+(?:till|until|til|'til|untill|2)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tmrw|tonight"
                       r"|(?:the\s+)?weekend|end\s+of\s+(?:the\s+)?(?:week|day|month)|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)\b", re.I)
_AFTER = re.compile(r"\b(?:after\s+that|or\s+else|then(?=\s+(?:its|it'?s|we|they)\b))\b", re.I)
# What follows the deadline is someone of theirs, or a home known: "its his brother n his mum", "we know where her mum lives",
# "we go round his mums" (not "then its judging, your little brother can enter too", "then its first come first served, his
# mum paid already", "after that we'll ask the pta" (review A's)).
# After "or else" alone a kin is named bare: "got till sunday or else, his little sister walks home alone".
_MENACE = re.compile(r"\W{0,4}(?:(?:it'?s|its|it\s+is|it'?ll\s+be|itll\s+be|(?:we|they)\s+(?:go|come|turn\s+up|pay\s+a\s+visit)\s+(?:round|to|at)(?:\s+to)?|(?:we|they)\s+visit"
                     r"|(?<=else)\W{0,4})\s*(?:his|her|your|ur|their|yer)\s+(?:little\s+|lil\s+|baby\s+|big\s+|younger\s+|older\s+)?(?:brother|bro|sister|sis|mum|mam|mom|nan|dad|family|fam|kids?)"
                     r"|we\s+know\s+(?:the|ur|your|his|her|where)\b)", re.I)
# Rain, a pool or a water fight wets people too: "or ur getting wet lol bring a coat".
_WATER = re.compile(r"\b(?:rain\w*|coats?|umbrellas?|brolly|swim\w*|pool|water|splash\w*|puddles?|paddl\w*|beach|sea|showers?|sponges?|dunk\w*|hose\w*|sprinklers?|wellies)\b|☔|🌧|💦", re.I)
# A debt and the family known: "U owe 140 now ... we know ur brother goes 2R at hollowbrook we seen him at the gate".
_OWED = re.compile(r"\b(?:u|you|ya|he|she)\s+(?:still\s+)?owes?\b", re.I)
_KIN_KNOWN = re.compile(r"\bwe\s+(?:know|seen|saw|no)\s+(?:where\s+)?(?:ur|your|his|her|yer)\s+(?:little\s+|lil\s+|baby\s+|big\s+)?"
                        r"(?:brother|bro|sister|sis|mum|mam|nan|family|fam|house|flat|yard|gaff)\b"
                        r"(?=[^.!?\n]{0,40}\b(?:goes|go|lives|live|walks|gets|at|seen|school|gates?|year|yr|class|every\s+day|is|are)\b)(?![^\n]*(?:😂|🤣|\blol\b|\blmao\b|good\s+for\s+it))", re.I)
# ...but "or hes getting splashed" is drill's own word, not water (review A's).
_SPLASH_HARM = re.compile(r"\bget\w*\s+splashed\b", re.I)
# A joke, a film, a song: "or your brother gets it! (the last slice of pizza lol)", "in that film the gang tell him ... or his
# little sister gets it", "drill lyric says ... or ur gettin wet" (review A's).
_NOT_REAL = re.compile(r"\b(?:film|movie|series|episode|netflix|lyrics?|song|album|novel|pizza|slice|jk)\b", re.I)
_HOMEWORK = re.compile(r"\b(?:homework|coursework|essay|assignment|hand\s+(?:it\s+)?in|deadline|refund|return|rent|bill|invoice|council|application|tickets?|trip|letter|detention|raffle|forms?|entr(?:y|ies))\b", re.I)


def debts(text: str) -> tuple[Finding, ...]:
    """Harm promised for a debt or past a deadline, and the denial that promises it."""
    real = not _NOT_REAL.search(text)
    wet = () if _WATER.search(_SPLASH_HARM.sub(" ", text)) or not real else find_all("explicit_threat", _OR_ELSE, text)
    found = (wet + (find_all("explicit_threat", _KIN, text) if real else ()) + (() if _KNEES_HURT.search(text) else find_all("explicit_threat", _KNEES, text))
             + find_all("explicit_threat", _PROMISE, text))
    if _OWED.search(text) and (kin := _KIN_KNOWN.search(text)):
        found += (Finding("veiled_threat", " ".join(kin.group(0).split())),)
    deadline = _DEADLINE.search(text)
    if deadline and (after := _AFTER.search(text, deadline.end())) and after.start() - deadline.end() < 80 \
            and (who := _MENACE.match(text, after.end())) and not _HOMEWORK.search(text):
        found += (Finding("veiled_threat", " ".join(deadline.group(0).split())), Finding("veiled_threat", " ".join(text[after.start():who.end()].split())))
    return found
