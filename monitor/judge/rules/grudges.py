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
_GRUDGE = re.compile(r"\b(?:(?:has|have|is|are)\s+not\s+(?:been\s+)?forgotten|(?:haven|hasn)'?t\s+(?:been\s+)?forgotten|walks?\s+away\s+from\s+it|not\s+calm\s+people|(?:won'?t|wont|will\s+not|never)\s+(?:be\s+)?forg[eo]t\w*|not\s+(?:just\s+)?(?:be\s+)?left"
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
_HOUSE_KNOWN = re.compile(r"\bi\s+know\s+(?:exactly\s+)?(?:which|what)\s+(?:house|flat|door|number)\b[^.!?\n]{0,40}?\b(?:you'?re|youre|you\s+are|u\s+are|ur\s+in|you\s+live|u\s+live|is\s+(?:yours|urs))\b",
                          re.I)
_DELIVERY = re.compile(r"\b(?:parcel|post|delivery|deliver\w*|drop\s+(?:it|them|off)|leave\s+(?:it|them)|card|present|invite|invitation|lift)\b", re.I)


# Beside a grudge, a car or a way home known (probe90's "Grey Tiguan, leaves the Marlow Road car park about 6 most nights,
# always the same way home. Some of us haven't forgotten"; probe91's "her uncles are not calm people and they know what
# car he drives").
_ROUTINE = re.compile(r"\b(?:always\s+the\s+same\s+way\s+home|same\s+(?:way|route)\s+home\s+every\s+\w+"
                      r"|(?:leaves|leaving|gets\s+in\s+(?:his|her)\s+car|finishes)\b[^.!?\n]{0,60}?\b(?:most|every)\s+(?:nights?|evenings?|days?)"
                      r"|(?:they|we|i|he|she|uncles?|brothers?|cousins?|lads|boys)\s+knows?\s+(?:what|which)\s+car\s+(?:he|she|they|the\s+teacher)\s+(?:drives|has))\b", re.I)
# An address known to its owner's peers: probe91's "lily everyone knows ur address now so good luck walking home 😘".
_ADDRESS_KNOWN = re.compile(r"\b(?:every(?:one|1|body)|we|they|the\s+whole\s+(?:school|year))\s+knows?\s+(?:ur|your|where\s+(?:u|you)\s+live)\b(?:\s+(?:address|house|street|road))?"
                            r"(?=[^.!?\n]{0,40}\b(?:good\s+luck|now|so\b|watch|careful))", re.I)
# Fire set to a car or a house by a day: probe91's "okafor's car is the blue corsa in the staff bay on marlow rd. be on fire by friday."
_ON_FIRE = re.compile(r"\b(?:be|will\s+be|gonna\s+be|going\s+to\s+be|'ll\s+be)\s+on\s+fire\s+(?:by|before|on)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|tmrw|the\s+weekend)\b", re.I)
_PROPERTY = re.compile(r"\b(?:car|corsa|astra|fiesta|golf|qashqai|tiguan|van|house|home|flat|school|hba|hollowbrook|staff\s+bay|drive(?:way)?)\b", re.I)
# A reg plate and a house known, "so think on" (probe91's, buried in a PTA post about the Christmas fair).
_PLATE = re.compile(r"\b(?:i'?ve|ive|i\s+have|we'?ve|we\s+have)\s+got\s+(?:your|ur)\s+reg(?:istration)?(?:\s+(?:plate|number))?\b", re.I)
# The staff's homes to be posted: probe92's "HBA staff list w/ home addresses dropping this weekend 👀".
_LIST_DROPPING = re.compile(r"\b(?:staff|teachers?)(?:'s)?\s+(?:list\s+)?(?:w/|with|and|\+)\s+(?:their\s+)?(?:home\s+)?addresses\b[^.!?\n]{0,30}?"
                            r"\b(?:dropping|coming|going\s+up|going\s+out|posted|out|leaked|released|soon|tonight|tomorrow|this\s+week\w*)\b", re.I)
# A people at a gate and a time, and "somebody should do something" (probe92's Telegram channel: "Marlow Rd gate, 3:15,
# every day. Lots of little hijabs. Just saying. Somebody should do something about it before its too late 🔥").
_DO_SOMETHING = re.compile(r"\b(?:some(?:body|one|1)|we|people)\s+(?:should|needs?\s+to|ought\s+to|has\s+to|have\s+to)\s+do\s+something\b[^.!?\n]{0,30}?"
                           r"\bbefore\s+(?:it'?s|its|it\s+is)\s+too\s+late\b", re.I)
_A_PEOPLE = re.compile(r"\b(?:hijabs?|muslims?|jews?|jewish|blacks?|asians?|pakis?|immigrants?|migrants?|refugees?|asylum|foreigners?|poles|romanians?|travell?ers?|gypsies)\b", re.I)
_GATE_TIME = re.compile(r"\b(?:gates?|\d{1,2}[:.]\d{2}|home\s*time|pick\s*-?\s*up|drop\s*-?\s*off|every\s+day)\b", re.I)


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
    if grudge:
        found += find_all("veiled_threat", _ROUTINE, text)
    if _PROPERTY.search(text):
        found += find_all("explicit_threat", _ON_FIRE, text)
    if _HOUSE_KNOWN.search(text) or re.search(r"\bso\s+think\s+on\b", text, re.I):
        found += find_all("veiled_threat", _PLATE, text)
    if _A_PEOPLE.search(text) and _GATE_TIME.search(text):
        found += find_all("veiled_threat", _DO_SOMETHING, text)
    return (found + find_all("veiled_threat", _TAKE_DOWN, text) + find_all("veiled_threat", _ADDRESS_KNOWN, text)
            + find_all("veiled_threat", _LIST_DROPPING, text))
