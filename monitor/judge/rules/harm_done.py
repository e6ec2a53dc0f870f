"""Harm done and reported, not harm promised: "kids getting battered on the 41 every afternoon",
"a video of Kai getting jumped after school". Pure."""
from __future__ import annotations

import re

# Harm filmed or complained of is the DSL's today; anything ahead ("tmrw", "come watch", "monday")
# keeps "getting jumped" a threat.
_GETTING = re.compile(r"^(?:get|gets|getting|gettin)\s", re.I)
_REPORTED_HARM = re.compile(r"\b(?:vid|vids|video|videos|clip|footage|filmed|filming|full\s+vid|on\s+(?:my|his|her)\s+story|cctv"
                            r"|every\s+(?:day|afternoon|morning|week|night|break|lunch)|last\s+(?:week|night|term|mon\w*|tues?\w*|wed\w*"
                            r"|thur\w*|fri\w*|sat\w*|sun\w*)|yesterday|keeps?\s+getting|always)\b", re.I)
_AHEAD = re.compile(r"\b(?:tmrw|tmw|tomorrow|tomoz|2moro|2morrow|tonight|tonite|2nite|later|next|come\s+(?:and\s+)?watch|(?<!last\s)"
                    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|when\s+(?:he|she|they|u|you)\s+(?:leave|leaves|get|gets|come|comes))\b", re.I)


def harm_reported(evidence: str, text: str) -> bool:
    """Whether a threat rule's `evidence` ("getting battered") is harm `text` reports as done."""
    return bool(_GETTING.match(evidence) and _REPORTED_HARM.search(text) and not _AHEAD.search(text))
