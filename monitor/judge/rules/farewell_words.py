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
    "sorry": r"\bsorry\b(?!\s+(?:for\s+(?:the\s+)?(?:long|ramble|moan|rant|spelling|hijack\w*)|this\s+is\s+long|if\b|to\s+(?:hijack|moan|rant|hear)))",
    "bye": r"\b(?:bye|goodbye|goodnight\s+forever|cya\s+never)\b",
    "love": r"\blove\s+(?:u|you|ya)\b|\bily\b",
    "means": r"\b(?:tablets|pills|packets|meds|paracetamol|blades?|razors?|rope)\b",
    "letters": r"\b(?:wrote|written|writing|left)\s+(?:the\s+|my\s+|a\s+)?(?:letters?|notes?)\b",
    "last": r"\blast\s+(?:thing|post|message|time|snap|tiktok)\b",
    "now": r"\b(?:tonight|tonite|2nite|right\s+now|wen\s+(?:she|they|mum|mam)|when\s+(?:she|they|mum|mam)\s+(?:goes|go)|holding\s+them)\b",
    "stop": r"\b(?:(?:it\s+)?all\s+(?:to\s+)?stop|make\s+it\s+stop|end\s+it|over\s+soon|done\s+with\s+(?:it|everything|this)|not\s+(?:scared|afraid)\s+any\s*more)\b",
    "find": r"\b(?:come\s+looking|look\s+for\s+me|find\s+me)\b",
    "notice": r"\b(?:(?:nobody|no\s*one|no1)\s+(?:\w+\s+){0,2}notice|miss\s+me|better\s+off|burden)\b",
}
_KINDS_RE = {k: re.compile(p, re.I) for k, p in _KINDS.items()}
_OWN_VOICE = re.compile(r"\b(?:i|im|i'm|ive|i've|me|my)\b", re.I)
# Someone else's child or friend: a worry told, not a goodbye said.
_SOMEONE_ELSES = re.compile(r"\b(?:my|our)\s+(?:dd|ds|daughter|son|child|kid|lad|girl|boy|friend|mate|bestie|brother|sister|cousin)\b|\b(?-i:DD|DS)\b", re.I)


def farewell_words(text: str) -> tuple[Finding, ...]:
    """Three kinds or more of a farewell's words, in the writer's own voice; one finding for each kind."""
    if not _OWN_VOICE.search(text) or _SOMEONE_ELSES.search(text):
        return ()
    found = [Finding("farewell_words", " ".join(m.group(0).split())) for p in _KINDS_RE.values() if (m := p.search(text))]
    return tuple(found) if len(found) >= 3 else ()
