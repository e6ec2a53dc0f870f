"""A warning given politely or to whoever comes next, that is a threat all the same: round65's "Just a friendly reminder
to Mrs Okafor that it gets dark at 4 now and that staff car park isn't very well lit. A lot of parents are very upset
about these prom bans. Take care x", and a neighbour's "the next one I catch climbing my fence to get it back will get
my boot up his backside and worse". A dark car park alone is safety advice, and the next one caught is usually reported:
only a grievance beside the dark, or a blow for whoever is caught, makes either a threat. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

# The dark, or nobody to see: where someone will be alone.
_DARK = re.compile(r"\b(?:(?:gets?|getting|it'?s|its|is)\s+(?:so\s+|very\s+|really\s+)?dark\s+(?:at\s+\d|by\s+\d|early|now|before|so\s+early|these\s+days)"
                   r"|(?:isn'?t|is\s+not|aren'?t|not)\s+(?:very\s+|that\s+|too\s+|particularly\s+|exactly\s+)?well[\s-]+lit|poorly[\s-]+lit|badly[\s-]+lit|unlit"
                   r"|no\s+(?:lights?|street\s*lights?|lighting|cameras?|cctv)\s+(?:in|on|down|round|along|by|there|at)\b|pitch\s+black"
                   r"|cameras?\s+(?:don'?t|doesn'?t|do\s+not|does\s+not)\s+(?:work|reach|cover)|nobody\s+(?:about|around)\s+(?:at|after|by)\b)", re.I)
# Said to someone as a reminder, or signed off with care: the politeness is the menace.
_POLITE = re.compile(r"\b(?:friendly|gentle|little|quick|just\s+a)\s+reminder\b|\bjust\s+(?:saying|so\s+(?:you|u|she|he|they)\s+(?:know|are\s+aware))\b"
                     r"|\bworth\s+(?:remembering|bearing\s+in\s+mind|knowing)\b|\b(?:take|takes)\s+care\b|\bstay\s+safe\b|\bmind\s+how\s+(?:you|u|she|he)\s+go(?:es)?\b"
                     r"|\bsomething\s+to\s+think\s+about\b|\bjust\s+a\s+thought\b", re.I)
# A grievance beside it: parents upset, a ban, a child wronged.
_GRIEVANCE = re.compile(r"\b(?:upset|angry|fuming|furious|livid|raging|not\s+(?:very\s+)?happy|unhappy|sick\s+of|fed\s+up|annoyed|pissed\s+off|(?:not|n'?t)\s+forgotten"
                        # Review A's "just a reminder the car park isnt well lit Mrs Patel. we havent forgotten. take care" was lost: "havent".
                        r"|(?:havent|hasnt|wont|never)\s+(?:be\s+)?forg[eo]t\w*|after\s+what|because\s+of\s+what|bans?|banned|banning|excluded|exclusion|expelled|isolation|detentions?|grass\w*|reported\s+(?:us|me|my)"
                        r"|what\s+(?:you|u|she|he|they)\s+(?:did|said|done)|(?:my|our)\s+(?:son|daughter|boy|girl|kids?|child)\s+(?:was|got|has\s+been))\b", re.I)
# ...not the fix or the kindness that a dark car park usually comes with: a torch, a hi-vis, a light reported, a lift.
_FIX = re.compile(r"\b(?:torch\w*|hi-?vis|high\s+vis\w*|reflect\w*|council|fix\w*|repair\w*|report(?:ed|ing)?\s+(?:it|the\s+light)|(?:new|more)\s+(?:lights?|lighting)"
                  r"|lift|walk\s+(?:you|u|her|him|them|with)|buddy|in\s+pairs|together|petition|governors?|bike\s+lights?|ice|icy|grit\w*|slippery|potholes?|trip\s+hazard)\b", re.I)
# The fix, said as menace, is no fix: review A's "Take care walking to your car, wouldn't want you to trip on the ice 😉"
# beside an unlit field and a lad banned.
_MENACE = re.compile(r"\b(?:would(?:n'?t|\s+not)?\s+(?:want|hate|like)|shame\s+if|accidents?\s+(?:happen|can\s+happen)|anything\s+(?:to\s+happen|happened)"
                     r"|you\s+never\s+know|nobody\s+(?:would|will|'d)\s+(?:see|hear|know))\b|😉|😏|😈", re.I)
# Aimed at someone: a member of staff named or titled ("the teacher", as triage writes a name), her or his car or route.
# Not a reminder to everyone: review A's "Quick reminder that it gets dark early now and some parents were upset about
# the late finish for detentions" and "Little reminder that it gets dark at 4 now. Upset to hear about the bike thefts"
# named nobody and were read as veiled threats.
_AIMED = re.compile(r"\b(?:mrs?|ms|miss|mr|sir|dr)\.?\s+\w+|\bthe\s+(?:teacher|head(?:teacher|master|mistress)?|deputy|senco)\b"
                    r"|\b(?:her|his|your|ur)\s+(?:car|route|way\s+home|walk|drive|house)\b|\b(?:to|for|that)\s+(?-i:[A-Z][a-z]{2,})\b(?!\s+(?:Road|Lane|Street|Park|Close))", re.I)

# Whoever is caught next, and the blow they will get: "the next one I catch ... will get my boot up his backside".
_NEXT_CAUGHT = re.compile(r"\b(?:the\s+)?next\s+(?:(?!one\b)\w+\s+(?=(?:kid|lad|lass|child|pupil|boy|girl)\b))?(?:one|kid|lad|lass|child|pupil|boy|girl|little\s+\w+|one\s+of\s+(?:you|them|em|'em)|(?:\w+\s+)?(?:brat|sod|scrote|toerag|idiot|yob))"
                          r"\s+(?:i|we|my\s+(?:husband|son|dog))\s+catch(?:es)?\b[^.!?\n]{0,80}?\b(?:will|'ll|is\s+(?:gonna|going\s+to)|gets?|getting)\s+(?:get\s+|have\s+)?"
                          r"(?:my\s+(?:boot|fist|foot|hand|belt)(?!\s*prints?\b)|a\s+(?:(?:good\s+)?(?:slap|smack|clip|kicking|hiding|thump|punch|beating|leathering|hammering|belt\w*|battering)|boot|fist)"
                          r"|(?:a\s+)?good\s+hiding|battered|leathered|kicked|thumped|slapped|smacked|hurt|a\s+(?:broken|bloody)\s+\w+|what'?s\s+coming)", re.I)

# Review A: "the next one I catch on the field at break gets my boot print on their homework haha jk. Mr Lloyd" (a boot
# print, above) and "next one i catch nicking my apples is getting a clip round the ear 😂 jk i'll just tell the head"
# paged: the blow taken back for a telling. Only where the joke goes on to a report, not a bare "jk" (joke_undone's).
_JOKED = re.compile(r"\b(?:jk|j/k|only\s+joking|just\s+kidding|joking)\b[^.!?\n]{0,20}?\b(?:i'?ll|i\s+will|we'?ll)\s+(?:just\s+)?(?:tell|ring|call|report|email|phone)\b", re.I)


def reminders(text: str) -> tuple[Finding, ...]:
    """A dark place recalled politely beside a grievance (veiled); the next one caught promised a blow (explicit)."""
    found = ()
    if _DARK.search(text) and _POLITE.search(text) and _GRIEVANCE.search(text) and _AIMED.search(text) and (
            _MENACE.search(text) or not _FIX.search(text)):
        found = find_all("veiled_threat", _DARK, text)
    return found + (() if _JOKED.search(text) else find_all("explicit_threat", _NEXT_CAUGHT, text))
