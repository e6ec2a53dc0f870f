"""A post that says it is not about us: "nothing to do with HBA", "not Hollowbrook". Pure."""
from __future__ import annotations

import re

# "nothing to do with HBA", "not Hollowbrook": the post says it is not about us.
DISCLAIMER = re.compile(r"(?:nothing to do with|not about|(?:is|was)n'?t about|not talking about|not even|(?:^|[,;(]\s*)not|\(\s*not\s+(?:in|at|from)|\b(?:high|school|academy|grammar|primary|college|anne'?s)\s+not|\b(?:a|completely|totally|entirely|the\s+wrong)\s+different|\b(?:the\s+)?wrong)\s+(?:the\s+)?$",
                        re.I)


def disclaimed(text: str, start: int) -> bool:
    """Whether the name at `start` follows 'nothing to do with' or 'not'. Not the young "not hba cancelling the trip
    🙄" (round 57): "not" and a name then a doing is disbelief at what the school does."""
    m = DISCLAIMER.search(text[max(0, start - 24):start])
    return bool(m) and not (m.group(0).strip().lower() == "not" and _DOING.match(text[start:]))


_DOING = re.compile(r"[\w'’]+(?:\s+(?:academy|\w+'s))?\s+(?:actually\s+|really\s+|literally\s+)?(?!(?:any|some|every|no)?thing\b|bring\b|king\b|(?:build|park|even|morn|meet|train|fund)ing\b)\w{2,}ing\b", re.I)
