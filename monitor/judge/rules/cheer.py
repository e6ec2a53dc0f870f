"""Excitement or a huff that borrows a farewell's words ("tonight's the night!!! first date",
"dont come looking for me im at nans 😤"), and the sadness that outweighs it; a period's 🩸 or a geometry
compass beside a self-harm hint. Pure."""
from __future__ import annotations

import re


# "tonight's the night", "dont come looking for me", "not coming home tonight" are also a first
# date, a match, a sleepover, a sulk at Nan's (a review's 90 posts: 16 false pages). Said in
# excitement or a huff, with nothing sad beside them, they are not a farewell.
_WEAK = re.compile(r"(?:tonight|today)'?s\s+the\s+night|come\s+look|look(?:ing)?\s+for\s+me|coming\s+home|taking\s+(?:all\s+of\s+(?:them|em)|the\s+lot)", re.I)
_CHEER_OR_HUFF = re.compile(
    r"😍|🥳|🎉|💅|⚽|🏆|💍|😤|🙄|🎶|🎵|!!|[\"“][^\"”\n]{5,80}[\"”]\s*[-–—]\s*[A-Z]"
    r"|\b(?:wish\s+me\s+luck|first\s+date|sleepover|lads|v|vs|results|staying\s+(?:at|with)(?!\s+home\b)|promoted|promotion|cup\s+final|lyrics"
    r"|i'?m\s+at|im\s+at|not\s+talking\s+to|driving\s+test|wedding|marr(?:y|ies|ied)|party|disco|fifa|dont\s+wait\s+up|(?:so\s+)?excited|gig|concert"
    r"|cinema|pictures|panto|bowling|neighbours|sorry\s+in\s+advance)\b", re.I)
SAD = re.compile(r"🖤|🥀|💔|\b(?:want|wanna)\s+to\s+be\s+(?:where|with)\s+(?:he|she|him|her|them)\s+(?:is\s+|are\s+)?now\b|\bi'?m\s+done\b(?!\s+in\b)|\bcan'?t\s+do\s+(?:this|it)|everyone'?s\s+problem|tired\s+of|not\s+(?:their|your|her|his)\s+fault"
                  r"|never\s+noticed|the\s+letters|everything\s+i\s+need|not\s+coming\s+back\s+up"
                  # Round 59's "im at hba too ... ive got all my mums tablets out on my bed. tonights the night".
                  r"|\b(?:(?:my|mums?|mams?|dads?|nans?|her|his|all\s+(?:my|the|her|his|mums?))\s+(?:\w+\s+){0,2}tablets|pills|meds|paracetamol)\s+out\b(?![^\n]{0,40}\b(?:ipads?|fifa|games?|screens?)\b)"
                  r"|\b(?:nobody|no\s*one|no1)\s+(?:would|will|'?d)\s+(?:even\s+)?notice\b(?!\s+if\s+(?:i|we)\b(?![^.!?\n]{0,25}\b(?:wasn'?t|wasnt|weren'?t|gone|dead|died|disappeared|vanished|not\s+here)\b))"
                  r"|sorry\s+for\s+everything|\bsorry\s+(?:mum|mam|mom|dad|nan)\W{0,3}(?:i\s+)?love\s+(?:u|you)\b|\bfinally\s+decided\b|\bno\s+more\s+anything\b"
                  r"|\bnot\s+coming\s+(?:home|back)\s+(?:tonight\s+)?or\s+ever\b(?![^\n]{0,30}\bmoving\b)|\b(?:date|appointment)\s+with\s+death\b"
                  r"|\b(?:won'?t|wont)\s+be\s+anywhere\b|\b(?:see|be\s+with)\s+(?:my\s+)?(?:grandad|grandpa|grandma|nan|nana|gran)\s+again\b"
                  r"|\bgoing\s+(?:down|off|up|on)\s+(?:to\s+)?the\s+(?:\w+\s+)?(?:tracks|railway|roof|cliff|multi[-\s]?storey)\b"
                  # A place to jump from and no return: not a leaver's "not coming back ever again 🎓".
                  r"|\b(?:bridge|tracks|railway|river|canal|pond|quarry|cliff|roof|reservoir|lake)\b[^.!?\n]{0,30}\bnot\s+coming\s+back", re.I)


def excitement_not_farewell(text: str, evidence: str) -> bool:
    """Whether a self-harm phrase that is also everyday speech is said here in excitement or a huff."""
    return bool(_WEAK.search(evidence)) and cheerful(text)


def cheerful(text: str) -> bool:
    """Excitement or a huff with nothing sad beside it: "bye mum dont wait up 😍", "im at nans 😤"."""
    return bool(_CHEER_OR_HUFF.search(text)) and not SAD.search(text)


# A review's: the blood of a period or a nosebleed ("cant do this anymore 🩸🩸 period cramps"), the compass of a
# geometry homework ("how to do the thing with the compass for the constructions hw"), said on the hint's line.
_ORDINARY = {"🩸": re.compile(r"\bperiods?\s+(?:pains?|cramps)|\bon\s+my\s+period\b|\bcramps\b|\bnose\s*bleeds?\b|\btampons?\b|\btime\s+of\s+the\s+month\b", re.I),
             "compass": re.compile(r"\b(?:construct\w*|bisect\w*|arcs?|protractor|geometry|angles?|radius|circles?|draw\w*|homework|hw)\b", re.I)}


def explained(text: str, evidence: str) -> bool:
    """The hint's own line says what the blood or the compass is for."""
    i = text.find(evidence)
    line = text[text.rfind("\n", 0, i) + 1:(text.find("\n", i) + 1 or len(text) + 1) - 1] if i >= 0 else text
    return any(k in evidence.lower() and r.search(line) for k, r in _ORDINARY.items())
