"""Drugs or vapes offered for sale in a post: "who wants food 🍃 msg me. 10K. hba toilets b4 period 3, 2
for a tenner" (round 54, writer 258). A child selling at school, or a dealer reaching pupils: the DSL's
today, and the platform's to take down. The model reads it as a threat (0.96); it threatens no one. Pure.

Not a parent's report of what was found or sold ("found ANOTHER elf bar in his pencil case"), nor a
warning: the offer is in the author's own words, with a way to buy."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

_GOODS = re.compile(r"🍃|🌿|💊|🍄|❄️|\b(?:ket|zoots?|weed|skunk|mandy|coke|carts?|thc|vapes?|elf\s*bars?|lost\s*marys?|edibles)\b", re.I)
# Slang that is food first ("dm me for the food bank rota"): drugs only beside a leaf or a dealer's price.
_SLANG = re.compile(r"\b(?:food|grub|bud|green)\b(?=[^\n]{0,80}(?:🍃|🌿|\b\d{1,2}k\b|\b\d+\s+for\s+(?:a\s+)?(?:tenner|fiver|score)\b))", re.I)
# A way to buy: a price, a quantity, or "msg me".
_SALE = re.compile(r"\b(?:msg|message|dm|pm|snap|inbox|text|hmu|hit\s+me\s+up|link\s+me|link\s+up)\s*(?:me\b|up\b)?|\b\d+\s+for\s+(?:a\s+)?(?:tenner|fiver|score|£\s*\d+)\b"
                   r"|£\s*\d+\s*(?:a|per|each|for)\b|\b\d+\s*(?:a|per)\s+(?:bag|pop|one)\b|\b(?:tenner|fiver|score)\s+(?:a|each|per)\s+(?:bag|one|pop)\b"
                   r"|\b\d{1,2}k\b(?=[^\n]{0,40}(?:🍃|🌿|💊|\b(?:bag|bags|food|grub|bud|msg|dm)\b))|\bon\s+tick\b|\bdelivery\b|\bdrop\s+off\b", re.I)
# ...not someone telling of it or warning of it.
_TOLD_OF = re.compile(r"\b(?:found|confiscated|caught|reported|police|disgusting|warning|beware|my\s+(?:son|daughter|lad|girl|kid|child)|his\s+pencil\s+case"
                      r"|someone(?:'s|\s+is|\s+was)\s+(?:selling|offering)|they(?:'re|\s+are|\s+were)\s+selling|(?:he|she)(?:'s|\s+is|\s+was)\s+selling"
                      r"|is\s+(?:anyone|any\s+other)|has\s+anyone|ban|banned|dog|sniffer)\b", re.I)


def dealing(text: str) -> tuple[Finding, ...]:
    """Drugs or vapes offered, with a way to buy; nothing where the post tells of it or warns."""
    if _TOLD_OF.search(text) or not (goods := _SLANG.search(text) or _GOODS.search(text)) or not (sale := _SALE.search(text)):
        return ()
    return (Finding("drugs_offered", " ".join(goods.group(0).split())), Finding("drugs_offered", " ".join(sale.group(0).split())))
