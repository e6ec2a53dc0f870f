"""A blow wished on someone with a weapon or a fist to the head: "whoever put that rainbow flag up at
HBA needs a bat across the head" (round 54, writer 259). Explicit: no hostility needed to read it. Pure.

Not a slap or a smack ("that kid needs a slap round the head"): parents say it of their own, and the
writers of the read sets call it a complaint as often as a threat."""
from __future__ import annotations

import re

EXPLICIT = re.compile(
    r"\b(?:deserves?|needs?|wants?|should\s+(?:get|be\s+given)|could\s+do\s+with)\s+(?:a|an)\s+(?:good\s+|proper\s+|swift\s+)?"
    r"(?:bat|baseball\s+bat|brick|hammer|crowbar|bottle|golf\s+club|plank|spade|shovel|iron\s+bar|fist|boot|headbutt|kick|punch|machete|knife)"
    r"\s+(?:across|round|over|to|in|into|through)\s+(?:the|their|his|her|your|ur|yer)\s+(?:face|head|skull|mouth|gob|jaw|teeth|nut|back\s+of\s+the\s+head)\b",
    re.I)
