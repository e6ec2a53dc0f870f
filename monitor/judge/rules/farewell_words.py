"""A child's goodbye said in many of a farewell's words at once, none of them enough alone: "ive wrote the letters.
gonna take evry1 of mums tablets wen she goes 2 bed. nobody wud notice anyway. bye hba", "holding them in my hand. i
just want it all to stop. love u poppy". Pupils in crisis rarely use the phrases a list can hold (round 37's
probe70: six such posts, none caught by a phrase); three kinds of farewell word together, in the writer's own voice,
beside a model sure it reads a child at risk (the caller checks), were on the read sets a goodbye every time.
Not a parent's or a friend's worry told (their child, their friend), which has its own rules. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

_KINDS = {
    "sorry": r"\b(?:sorry|sry|soz)\b(?!\s+(?:for\s+(?:the\s+)?(?:long|ramble|moan|rant|spelling|hijack\w*)|this\s+is\s+long|if\b|to\s+(?:hijack|moan|rant|hear)))",
    "bye": r"\b(?:bye|goodbye|goodnight\s+forever|cya\s+never)\b",
    "love": r"\b(?:love|luv)\s+(?:u|you|ya|yous)\b|\bily\b",
    "means": r"\b(?:tablets|tabs|pills|packets|meds|paracetamol|co-?codamol|blades?|razors?|rope)\b",
    "letters": r"\b(?:wrote|written|writing|left)\s+(?:the\s+|my\s+|a\s+)?(?:letters?|notes?)\b",
    "last": r"\blast\s+(?:thing|post|message|time|snap|tiktok)\b(?!\s+(?:before|of\s+the|for\s+(?:a|the)\s+(?:while|week|term|year)|till|until|today)\b)",
    "place": r"\b(?:bridge|canal|river|railway|(?:train|railway)\s+tracks?|roof|cliff|multi-?storey)\b",
    "now": r"\b(?:tonight|tonite|2nite|right\s+now|wen\s+(?:she|they|mum|mam)|when\s+(?:she|they|mum|mam)\s+(?:goes|go)|holding\s+them)\b",
    "stop": r"\b(?:(?:it\s+)?all\s+(?:to\s+)?stop|make\s+it\s+stop|end\s+it|over\s+soon|done\s+with\s+(?:it\s+all|everything|life|this\s+life)|done\s+with\s+(?:it|this)(?=\s*(?:[.!,]|$))|not\s+(?:scared|afraid)\s+any\s*more)\b",
    "find": r"\b(?:come\s+looking|look\s+for\s+me|find\s+me)\b",
    "notice": r"\b(?:(?:nobody|no\s*one|no1)\s+(?:\w+\s+){0,2}notice|miss\s+me|better\s+off|burden)\b",
}
_KINDS_RE = {k: re.compile(p, re.I) for k, p in _KINDS.items()}
_OWN_VOICE = re.compile(r"\b(?:i|im|i'm|ive|i've|me|my|cant|can't|cannot|dont|don't)\b|\b(?:sorry|sry|love\s+(?:u|you))\s+(?:mum|mam|mom|dad|every\w*|all)\b", re.I)
# Someone else's child or friend: a worry told, not a goodbye said.
_SOMEONE_ELSES = re.compile(r"(?<!tell\s)(?<!to\s)(?<!love\s)(?<!after\s)(?<!hug\s)(?<!sorry\s)\b(?:my|our)\s+(?:dd|ds|daughter|son|child|kid|lad|girl|boy|friend|mate|bestie|brother|sister|cousin)\b|\b(?-i:DD|DS)\b", re.I)
# The only kinds that speak of the act itself; sorry, bye, love and tonight alone are any evening's.
_HARD = ("means", "letters", "last", "stop", "find", "notice", "place")
# Told after, or help already sought: the DSL's today, not a 999 call ("i relapsed last night ... ive rung childline").
_AFTER = re.compile(r"\b(?:relapsed|(?<!since\s)last\s+night|(?:a|\d+|two|few)\s+(?:years?|months?|weeks?)\s+ago|this\s+time\s+last\s+year|(?:im|i'm|i\s+am)\s+still\s+here|glad\s+i\s+stayed"
                    r"|(?:getting|got)\s+help|(?:rung|rang|called|phoned)\s+(?:childline|samaritans)|(?:she'?s|he'?s|they'?re|shes|hes|theyre)\s+helping\s+me|clean\s+for|back\s+on\s+(?:my\s+)?meds|feeling\s+better)\b", re.I)
# A friend mourned: "cant believe ur gone jayden ... love u bro".
_MOURNED = re.compile(r"\b(?:ur|your|you'?re|youre|u\s+r)\s+gone\b|\bvets?\b|\bput\s+to\s+sleep\b|\brainbow\s+bridge\b|🐾|\bfly\s+high\b|\bgone\s+too\s+soon\b|\bsleep\s+tight\s+(?!mum|mam|dad)\w+", re.I)


def farewell_words(text: str) -> tuple[Finding, ...]:
    """Three kinds or more of a farewell's words, in the writer's own voice; one finding for each kind."""
    if not _OWN_VOICE.search(text) or _SOMEONE_ELSES.search(text) or _MOURNED.search(text):
        return ()
    kinds = {k: m for k, p in _KINDS_RE.items() if (m := p.search(text))}
    if len(kinds) < 3 or not set(kinds) & set(_HARD) or ("now" not in kinds and _AFTER.search(text)):
        return ()
    return tuple(Finding("farewell_words", " ".join(m.group(0).split())) for m in kinds.values())
