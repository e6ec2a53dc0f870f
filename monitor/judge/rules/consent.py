"""A child who must not be shown, shown: a photo or video of our pupils with a parent asking for it down because the
child's safety needs it ("One of the children in it is not allowed to have their picture online for safety reasons,
there's a court order", round 59; "i ticked NO on the photo consent form ... take it down please, there are reasons
she can't", threads35). The DSL's today, and the post comes down. Not a consent form asked about or a moan that
consent was ignored with no reason given (the writers kept those for the digest). Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

_PICTURE = re.compile(r"\b(?:photos?|pictures?|pics?|images?|videos?|vids?|face|footage)\b", re.I)
_ITEM = r"(?:it|that|this|them|(?:the|this|that|your|ur|my)\s+(?:\w+\s+)?(?:photo|picture|pic|video|image|post)s?(?:\s+\d+)?)"
_DOWN = re.compile(r"\btake\s+" + _ITEM + r"\s+down\b|\btake\s+down\s+" + _ITEM + r"|\b(?:get|have)\s+" + _ITEM + r"\s+taken\s+down\b|\b(?:remove|delete)\s+" + _ITEM +
                   r"|\b(?:remove|crop|blur|edit)\s+(?:my|our|the)\s+(?:\w+\s+)?(?:son|daughter|child|boy|girl|lad|dd|ds|grandson|granddaughter)\b|\bcrop\s+(?:him|her|them)\s+out\b|\bblur\s+(?:his|her|their)\s+face\b"
                   r"|\bnot\s+allowed\s+to\s+(?:have\s+(?:(?:his|her|their)\s+)?(?:photo|picture|image|face|pic)s?|be\s+(?:photographed|filmed|online|shown|posted|identified|identifiable|on\s+(?:social|facebook|insta\w*)))\b"
                   r"|\b(?:must\s+not|mustn'?t|can'?t|cannot)\s+be\s+(?:online|shown|posted|identified|identifiable|on\s+(?:there|social|facebook|insta\w*))\b", re.I)
_SAFETY = re.compile(r"\bcourt\s+order|\binjunction\b|\b(?:protection|non-?molestation|restraining)\s+order|\bchild\s+protection\s+plan\b|(?<!fire\s)\bsafety\s+reasons|\bfor\s+(?:her|his|their)\s+(?:own\s+)?safety"
                     r"|\bthere\s+are\s+reasons\b|\b(?:in|from)\s+(?:foster\s+)?care\b|\bfostered\b|\badopted\b|\bbirth\s+(?:family|dad|mum|father|mother|parents?)|\brefuge\b|\bfled\b|\bdomestic\s+(?:abuse|violence)\b"
                     r"|\b(?:must\s+not|mustn'?t|can'?t|cannot|isn'?t\s+allowed\s+to|not\s+allowed\s+to)\s+(?:find(?:\s+out)?|know|see)\s+where\b|\bsafeguarding\s+reasons\b|\bcan'?t\s+be\s+identified\b|\bmust\s+not\s+be\s+identifiable\b", re.I)
# ...of a child: "my son", "she", "one of the children", not a corridor display taken down "for safety reasons (fire regs)".
_CHILD = re.compile(r"\b(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|child|kids?|boy|girl|lad|grandson|granddaughter|dd|ds)\b|\b(?:he|she|him|her)\b|\bone\s+of\s+the\s+(?:children|kids|pupils)\b|\b(?-i:DD|DS)\b", re.I)

def kept_from_view(text: str, context: str = "") -> tuple[Finding, ...]:
    """A picture of a child (in the post or the thread it answers), a plea for it down, and the child's safety as the reason."""
    if (pic := _PICTURE.search(text) or _PICTURE.search(context)) and (down := _DOWN.search(text)) and (why := _SAFETY.search(text)) and _CHILD.search(text):
        return tuple(Finding("kept_from_view", " ".join(m.group(0).split())) for m in (pic, down, why))
    return ()
