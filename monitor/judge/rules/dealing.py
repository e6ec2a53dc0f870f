"""Drugs or vapes offered for sale in a post: "who wants food 🍃 msg me. 10K. hba toilets b4 period 3, 2
for a tenner" (round 54, writer 258). A child selling at school, or a dealer reaching pupils: the DSL's
today, and the platform's to take down. The model reads it as a threat (0.96); the sale alone threatens
no one, but a dealer's word to a "snitch" beside it still does. Pure.

Not a parent's report of what was found, a school's warning, a fair's cans of coke, weeding the garden
or herbs for sale: the offer is in the author's own words, with a way to buy."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

# What only a dealer sells.
_GOODS = re.compile(r"\b(?:ket|zoots?|skunk|carts|thc|xans?|pingers|disposables|vapes?|elf\s*bars?|lost\s*marys?|edibles)\b", re.I)
# Slang that is food, a garden or a name first ("dm me for the food bank rota", "weed the memorial garden", "Mandy's
# raffle"): drugs only beside a leaf or a dealer's price.
_SLANG = re.compile(r"\b(?:food|grub|bud|green|weed|coke|mandy|pills)\b(?=[^\n]{0,80}(?:🍃|\b\d{1,2}k\b|\b\d+\s+for\s+(?:a\s+)?(?:tenner|fiver|score)\b"
                    r"|£\s*\d+\s*(?:a|per)\s+(?:bag|gram|g)\b))", re.I)
# A way to buy: "msg me", "hmu", "2 for a tenner", "£10 a bag".
_SALE = re.compile(r"\b(?:msg|message|dm|pm|snap|inbox|text)\s+me\b|\bhmu\b|\bhit\s+me\s+up\b|\blink\s+me\b|\b\d+\s+for\s+(?:a\s+)?(?:tenner|fiver|score|£\s*\d+)\b"
                   r"|£\s*\d+\s*(?:a|per)\s+(?:bag|gram|g|pop)\b|\bon\s+tick\b|\bcan\s+drop\s+(?:off\s+)?(?:to|at)\b", re.I)
# ...not someone telling of it, warning of it, or a shop's advert.
_TOLD_OF = re.compile(r"\b(?:found|confiscated|reported|police|disgusting|warning|beware|aware|detectors?|letter|safeguarding|update|shop|store|open"
                      r"|my\s+(?:son|daughter|lad|girl|kid|child)|his\s+pencil\s+case|being\s+sold|(?:someone|somebody|people)(?:'s|\s+is|\s+are|\s+was)\s+(?:selling|offering)"
                      r"|they(?:'re|\s+are|\s+were)\s+selling|(?:he|she)(?:'s|\s+is|\s+was)\s+selling|has\s+anyone|any\s+other\s+parents)\b", re.I)
# A word to a snitch or a rival beside the sale: still a threat however the sale is read.
_MENACE = re.compile(r"\b(?:snitch\w*|grass\w*|rat|stitches|what'?s\s+coming|coming\s+to\s+(?:him|her|you|u)|watch\s+(?:your|ur|his|her)\s+back|jump\w*|getting\s+it"
                     r"|know\s+what\s+happens|you'?re\s+dead|shank\w*|🔪|🔫)\b|🔪|🔫"
                     # ...or a child drawn in: "u go hollowbrook right? yr 7? dm me i'll sort u that vape, dont tell ur mum x" (read sets).
                     r"|\b(?:don'?t|dont|do\s+not)\s+tell\s+(?:ur|your|yer)\s+(?:mum|mam|mom|dad|parents|teachers?)\b|\bour\s+(?:little\s+)?secret\b|\bsort\s+(?:u|you)\b", re.I)


def dealing(text: str) -> tuple[Finding, ...]:
    """Drugs or vapes offered, with a way to buy; nothing where the post tells of it or warns."""
    if _TOLD_OF.search(text) or not (goods := _SLANG.search(text) or _GOODS.search(text)) or not (sale := _SALE.search(text)):
        return ()
    return (Finding("drugs_offered", " ".join(goods.group(0).split())), Finding("drugs_offered", " ".join(sale.group(0).split())))


def sale_only(text: str) -> bool:
    """Drugs offered and nothing else menacing in the post: the model's threat score is the sale's, not a threat."""
    return bool(dealing(text)) and not _MENACE.search(text)
