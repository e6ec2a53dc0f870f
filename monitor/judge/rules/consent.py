"""A child who must not be shown, shown: a photo or video of our pupils with a parent asking for it down because the
child's safety needs it ("One of the children in it is not allowed to have their picture online for safety reasons,
there's a court order", round 59; "i ticked NO on the photo consent form ... take it down please, there are reasons
she can't", threads35). The DSL's today, and the post comes down. Not a consent form asked about or a moan that
consent was ignored with no reason given (the writers kept those for the digest). Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

_PICTURE = re.compile(r"\b(?:photos?|pictures?|pics?|images?|videos?|vids?|face)\b", re.I)
_DOWN = re.compile(r"\btake\s+(?:it|that|this|them|(?:the\s+)?(?:photo|picture|pic|video)s?(?:\s+\d+)?)\s+down\b|\btake\s+down\b|\b(?:remove|delete)\s+(?:it|that|this|them|(?:the\s+)?(?:photo|picture|pic|video))"
                   r"|\bnot\s+allowed\s+to\s+(?:have|be)\b|\b(?:must\s+not|mustn'?t|can'?t|cannot)\s+be\s+(?:online|shown|posted|on\s+(?:there|social|facebook|insta\w*))\b", re.I)
_SAFETY = re.compile(r"\bcourt\s+order|\b(?:protection|non-?molestation|restraining)\s+order|\bsafety\s+reasons|\bfor\s+(?:her|his|their)\s+(?:own\s+)?safety"
                     r"|\bthere\s+are\s+reasons\b|\b(?:in|from)\s+(?:foster\s+)?care\b|\bfostered\b|\badopted\b|\bbirth\s+(?:family|dad|mum|father|mother|parents?)"
                     r"|\b(?:must\s+not|mustn'?t|can'?t|cannot)\s+(?:find|know|see)\s+where\b|\bsafeguarding\s+reasons\b", re.I)


def kept_from_view(text: str) -> tuple[Finding, ...]:
    """A picture of a child, a plea for it down, and the child's safety as the reason."""
    if (pic := _PICTURE.search(text)) and (down := _DOWN.search(text)) and (why := _SAFETY.search(text)):
        return tuple(Finding("kept_from_view", " ".join(m.group(0).split())) for m in (pic, down, why))
    return ()
