"""Someone who tells a child he has watched her and knows her home: threads43's stranger under the school's post, "Station
Lane 🥰 that's the blue door by the 41 stop isn't it amara. seen you getting off the bus. very talented girl". Either
alone is a neighbour's remark; both, said to the child, are an approach the DSL and the police must know of. Not a
neighbour, a friend or family who say who they are. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

_SEEN = re.compile(r"\b(?:i'?ve\s+|ive\s+|i\s+|been\s+)?(?:seen|saw|watched|watching|spotted|noticed)\s+(?:you|u|ya)\s+"
                   r"(?:getting\s+(?:off|on)|get\s+(?:off|on)|walking|walk|coming\s+(?:out|home|back)|going\s+(?:home|in)|leaving|at\s+the\s+(?:bus\s+stop|stop|park|gates?|shop)"
                   r"|on\s+the\s+bus|in\s+(?:your|ur)\s+(?:uniform|pe\s+kit|window|garden))\b", re.I)
_HOME = re.compile(r"\b(?:that'?s|thats|is\s+that|it'?s)\s+(?:your|ur|the)\s+(?:\w+\s+){0,2}?(?:house|door|flat|gate|window|bedroom)\b"
                   r"|\b(?:your|ur)\s+(?:house|door|flat|bedroom\s+window)\s+is\b|\b(?:i\s+)?know\s+(?:where|which\s+(?:house|door|flat))\s+(?:you|u)\s+live\b", re.I)
# ...not said by a neighbour, a friend, family, or about a lift, a parcel or a party.
# (Review B: "walking home from school", "I live round the corner", "want a lift", "you looked lost", "come to my party" are a
# groomer's words, not a neighbour's: only a home near, a thing lost or found, or a friend from class say who one is.)
_KNOWN = re.compile(r"\b(?:neighbou?rs?|next\s+door|my\s+(?:mum|mam|dad|nan|gran|mate|cousin|sister|brother)|same\s+street|our\s+street"
                    r"|(?:i|we)\s+live\s+(?:next|opposite|across|\d+\s+doors|(?:two|three|a\s+few)\s+doors|on\s+(?:your|ur|the\s+same))"
                    r"|walk\s+(?:together|with)|babysit\w*|parcel|(?:dropped|lost)\s+(?:your|ur|this|it|a)|found\s+(?:your|ur)|delivery|bestie|bff|in\s+(?:my|ur|your)\s+(?:class|form))\b", re.I)
# ...and none excuses a secret kept or a meeting asked for: "dont tell ur mum x", "message me", "we should meet".
_SECRET = re.compile(r"\b(?:don'?t|dont|do\s+not)\s+tell\b|\bour\s+(?:little\s+)?secret\b|\b(?:dm|message|msg|snap|text|add)\s+me\b|\bmeet(?:\s+up)?\b|\bcome\s+(?:to|round|over)\b", re.I)


def watched(text: str) -> tuple[Finding, ...]:
    """`grooming`: a child told that she is watched and her home known."""
    seen, home = _SEEN.search(text), _HOME.search(text)
    if not (seen and home) or _KNOWN.search(text) and not _SECRET.search(text):
        return ()
    return (Finding("grooming", " ".join(f"{home.group(0)} ... {seen.group(0)}".split())),)
