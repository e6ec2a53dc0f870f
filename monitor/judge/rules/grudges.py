"""A grudge told with a warning, in the words round64 and threads42 used: a family's "In our culture such a thing is not
just left. Please be careful in the evenings", "watch yourself at drop off aisha, not everyone round here is as welcoming",
"jo grassed me up ... me and the lads will be watching them gates 👀", "i know the blue astra he drives and where he
leaves it", "Take it down NOW or I'll come round and take it down for you. I know exactly which house on Fenwick Close
you're in". Each alone is safety advice, a rota, a car admired or a parcel: only the grudge beside it makes it a threat.
Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

# Care urged at a time or a place the reader will be alone or known to be.
_CAREFUL = re.compile(r"\b(?:please\s+|pls\s+)?(?:be\s+(?:very\s+)?careful|take\s+care|watch\s+(?:yourself|urself|ur\s*self|your\s+back|ur\s+back|out))\s+"
                      r"(?:in\s+the\s+(?:evenings?|dark|car\s*park)|at\s+night|(?:at|on|after)\s+(?:the\s+)?(?:drop\s*-?\s*off|pick\s*-?\s*up|home\s*time|school\s+run|gates?)"
                      r"|walking\s+(?:home|back|to\s+(?:your|ur)\s+car)|on\s+(?:your|ur)\s+way\s+(?:home|back)|when\s+(?:you|u)\s+(?:leave|lock\s+up|walk\s+home|get\s+home))\b", re.I)
# The grudge: a wrong not forgotten, a culture's account to settle, "your lot", a grass.
_GRUDGE = re.compile(r"\b(?:(?:has|have|is|are)\s+not\s+(?:been\s+)?forgotten|(?:won'?t|wont|will\s+not|never)\s+(?:be\s+)?forg[eo]t\w*|not\s+(?:just\s+)?(?:be\s+)?left"
                     r"|in\s+(?:our|my)\s+(?:culture|family|community)|what\s+(?:you|u)\s+(?:said|did)\s+to|(?:your|ur|yer)\s+lot|grass(?:ed|ing)?|snitch\w*"
                     r"|not\s+every(?:one|body)\s+(?:round|around)\s+here|(?:isn'?t|is\s+not|aint|not)\s+over|free\s+country|remember\s+(?:this|that|what))\b", re.I)
# ...not where the care is the road's, the weather's or a stranger's: "be careful walking home, the lights are out".
_SAFETY = re.compile(r"\b(?:lights?|street\s*lights?|ice|icy|snow|fog|dark\s+nights|clocks|puddles?|roads?\s+(?:works?|closed)|stranger|van|man\s+in|"
                     r"scam\w*|pickpocket\w*|dogs?|potholes?|flood\w*|keep\s+safe|stay\s+safe)\b", re.I)
# Watched for: "me and the lads will be watching them gates 👀".
_WATCHING = re.compile(r"\b(?:me\s+(?:and|n|&)\s+the\s+(?:lads|boys)|the\s+(?:lads|boys)\s+(?:and|n|&)\s+me|we)\s+(?:will|'ll|wil|are\s+gonna|r\s+gonna|are\s+going\s+to)\s+be\s+"
                       r"(?:watching|waiting\s+(?:at|by|outside|for))\s+(?:them|the|those)\s+gates?\b", re.I)
# A car and where it is left: "i know the blue astra he drives and where he leaves it".
_CAR_KNOWN = re.compile(r"\bi\s+know\s+(?:the\s+|what\s+|which\s+)?(?:[\w-]+\s+){0,3}?(?:car\s+|van\s+)?(?:he|she|they|the\s+teacher|(?:mr|mrs|ms|miss)\.?\s+\w+)\s+(?:drives|has)\b"
                        r"[^.!?\n]{0,20}?\band\s+where\s+(?:he|she|they)\s+(?:leaves|parks|keeps)\s+it\b", re.I)
_KIND = re.compile(r"\b(?:cake|card|flowers|present|gift|parcel|note|lift|jump\s*-?\s*start|battery|lights\s+on|window\s+open|lovely|gorgeous)\b", re.I)
# Down, or a visit: "Take it down NOW or I'll come round and take it down for you".
_TAKE_DOWN = re.compile(r"\b(?:take\s+(?:it|that|this|them|the\s+post)\s+down|delete\s+(?:it|that|this|the\s+post)|remove\s+(?:it|that|this|the\s+post))\b"
                        r"[^.!?\n]{0,20}?\bor\s+(?:else\s+)?(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:come|be)\s+round\b", re.I)
# The house known, said to its owner: "I know exactly which house on Fenwick Close you're in".
_HOUSE_KNOWN = re.compile(r"\bi\s+know\s+(?:exactly\s+)?(?:which|what)\s+(?:house|flat|door|number)\b[^.!?\n]{0,40}?\b(?:you'?re|youre|you\s+are|u\s+are|ur\s+in|you\s+live|u\s+live)\b",
                          re.I)
_DELIVERY = re.compile(r"\b(?:parcel|post|delivery|deliver\w*|drop\s+(?:it|them|off)|leave\s+(?:it|them)|card|present|invite|invitation|lift)\b", re.I)


def grudges(text: str) -> tuple[Finding, ...]:
    """Care urged, a gate watched, a car or a house known, beside a grudge; a post taken down or a visit."""
    grudge = bool(_GRUDGE.search(text))
    found = find_all("veiled_threat", _CAREFUL, text) if grudge and not _SAFETY.search(text) else ()
    if grudge or "👀" in text and not _SAFETY.search(text):
        found += find_all("veiled_threat", _WATCHING, text)
    if not _KIND.search(text):
        found += find_all("veiled_threat", _CAR_KNOWN, text)
    if not _DELIVERY.search(text):
        found += find_all("veiled_threat", _HOUSE_KNOWN, text)
    return found + find_all("veiled_threat", _TAKE_DOWN, text)
