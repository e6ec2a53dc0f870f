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
_KNOWN = re.compile(r"\b(?:neighbou?rs?|next\s+door|my\s+(?:mum|mam|dad|nan|gran|mate|cousin|sister|brother)|same\s+street|our\s+street|we\s+live|i\s+live"
                    r"|walk\s+(?:together|with)|lift|babysit\w*|sleepover|party|parcel|dropped|found\s+(?:your|ur)|lost|delivery|bestie|bff|from\s+(?:school|class|form))\b", re.I)


def watched(text: str) -> tuple[Finding, ...]:
    """`grooming`: a child told that she is watched and her home known."""
    seen, home = _SEEN.search(text), _HOME.search(text)
    if not (seen and home) or _KNOWN.search(text):
        return ()
    return (Finding("grooming", " ".join(f"{home.group(0)} ... {seen.group(0)}".split())),)
