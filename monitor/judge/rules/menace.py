"""Menace said politely, and harm handed to "someone" (round62's ex-partners and office staff, threads40's
comment threads): "shame if something spoiled the carol service 🎄", "hollowbrook cant protect her forever",
"keep your nose out bex or youre next", "ill wait. got all day x", "Hope they stay safe this winter 🙂 Tell him
to withdraw the report", "someone should push her in the canal 😂😂", "someone should wait by that mini after
school". Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

_HIM = r"(?:him|her|them|the\s+teacher|(?:mr|mrs|ms|miss|sir)\.?\s+\w+)"
# Said whatever the tone: a smile or a laugh beside these takes nothing back.
STRONG = re.compile(
    # Not the weather or a plan ("shame if the rain spoiled sports day"): something unnamed, spoiling or happening.
    r"\bshame\s+if\s+(?:something|anything|summat|owt|sumthin)\s+(?:bad\s+|nasty\s+)?(?:was\s+to\s+|were\s+to\s+)?"
    r"(?:happen(?:ed|s)?\s+(?:to\s+(?:either|both|them|him|her|you|u|it|(?:his|her|their|your|ur)\s+\w+)|at|during)|kicked\s+off\s+at)\b"
    # No one can keep them safe: "hollowbrook cant protect her forever" (not "we can't protect children from everything").
    r"|\b(?:can'?t|cant|cannot|won'?t|wont|will\s+not)\s+(?:be\s+able\s+to\s+)?(?:protect|hide|keep|shield)\s+(?:him|her|them|you|u)\s+(?:safe\s+)?"
    r"(?:forever|for\s+ever|for\s+long|much\s+longer|every\s+day|all\s+the\s+time|24/7)\b"
    # "keep your nose out or youre next": not "you're next in the queue", "or you're next up for the raffle".
    r"|\bor\s+(?:you'?re|youre|ur|u\s*r|you\s+are|you'?ll\s+be|ull\s+be|she'?s|he'?s|shes|hes)\s+next\b(?!\s+(?:in|on|up|for|to|week|time|year)\b)"
    # A watcher who will outlast them: "ill wait. got all day x" (not "I'll wait for the reply, I've got all day").
    r"|\b(?:i'?ll|ill|i\s+will|i'?m|im|i\s+am)\s+(?:just\s+)?wait(?:ing)?\b(?!\s+for\s+(?:the|a|an|your|their|his|her)\s+(?:reply|response|email|answer|call|letter|results?|outcome|update|decision|apology))"
    r"[^.!?\n]{0,30}[.!?,\s]+(?:i'?ve\s+|ive\s+|i\s+have\s+|i\s+)?got\s+all\s+(?:day|night|week|the\s+time\s+in\s+the\s+world)\b"
    # Harm left to "someone" by water, stairs or road: "someone should push her in the canal".
    r"|\b(?:someone|somebody|some1|sum1|i'?ll|ill|i\s+will|gonna|i'?d\s+love\s+to|i\s+want\s+to)\s+(?:should\s+|needs?\s+to\s+|ought\s+to\s+|wants?\s+to\s+)?"
    r"(?:push|shove|throw|chuck|drag|dump)\s+" + _HIM + r"\s+(?:in(?:to)?|off|down|under)\s+(?:the\s+|a\s+)?(?:canal|river|pond|lake|reservoir|sea|stairs|cliff|bridge|quarry|bins?|skip|traffic|road|train|bus)\b"
    # ...or an ambush: "someone should wait by that mini after school" (not "someone should wait with her till her mum comes").
    r"|\b(?:someone|somebody|some1|sum1|a\s+few\s+of\s+(?:us|you|u)|we|u\s+lot|you\s+lot)\s+(?:should|needs?\s+to|ought\s+to|wants?\s+to|could)\s+"
    r"(?:(?:go\s+and\s+|go\s+)?wait|hang\s+about|hang\s+around|be\s+waiting)\s+(?:for\s+" + _HIM + r"\s+)?(?:by|outside|at|near|round|behind)\s+"
    r"(?:(?:that|his|her|their|the)\s+(?:\w+\s+)?(?:car|mini|van|motor|house|door|drive|gates?|car\s*park|school|bus\s+stop)|" + _HIM + r"(?:'s)?\s+(?:car|house|door))\b",
    re.I)
# Only in a hostile post (a doxxed address makes it so): "i know every route she drives", "someone egg it".
WEAK = re.compile(
    # An event spoilt: a fair's notice says so too ("shame if anything spoiled it, so please park on Mill Lane").
    r"\bshame\s+if\s+(?:something|anything|summat|owt|sumthin)\s+(?:was\s+to\s+|were\s+to\s+)?(?:spoil(?:ed|t|s)?|ruin(?:ed|s)?|went\s+wrong\s+(?:at|with|during))\b"
    r"(?![^.!?\n]{0,60}\b(?:so\s+(?:please|pls|do)|please\s+(?:park|reconsider|remember|don'?t)|park\s+on)\b)|"
    r"\b(?:i|we)\s+know\s+(?:every|each|all\s+the|the)\s+routes?\s+(?:she|he|they|you|u)\s+(?:drives?|takes?|walks?|uses?)\b"
    r"|\b(?:i|we)\s+know\s+(?:where|when)\s+(?:she|he|they|you|u)\s+(?:leaves?|parks?|puts?)\s+(?:it|the\s+car|her\s+car|his\s+car|your\s+car|ur\s+car)\b"
    r"|\b(?:i|we)\s+know\s+(?:you|u|she|he)\s+drives?\s+(?:a|the|that)\s+(?:\w+\s+){0,2}?(?:car|corsa|fiesta|golf|mini|polo|astra|qashqai|van|audi|bmw|merc\w*|juke|focus|clio|yaris)\b"
    r"|\b(?:someone|somebody|some1|sum1|we|u\s+lot|you\s+lot|lets|let'?s|go)\s+(?:should\s+|needs?\s+to\s+)?egg\s+(?:it|(?:his|her|their|the|that)\s+(?:\w+\s+)?(?:house|car|door|windows?|van))\b"
    # Fire wished on the school: "bet that field looks even better with the whole place burning behind it 🔥🔥".
    r"|\b(?:bet|imagine|picture|wish|hope|would|'d)\b[^.!?\n]{0,60}\b(?:whole\s+place|whole\s+school|the\s+school|that\s+school|the\s+building|it\s+all)\s+"
    r"(?:burning|on\s+fire|in\s+flames|going\s+up\s+in\s+flames|burnt\s+down|burned\s+down)\b",
    re.I)
# "Hope they stay safe this winter 🙂 Tell him to withdraw the report": safety wished beside a demand.
_SAFE = re.compile(r"\b(?:hope|hoping|i'?d\s+hate\s+for)\s+(?:they|them|your|his|her|their|the|both\s+of\s+them)\s+(?:\w+\s+){0,3}?(?:stay|stays|keep|keeps|are|is|get\s+home)\s+safe\b", re.I)
_DEMAND = re.compile(r"\b(?:tell\s+(?:him|her|them)\s+to|withdraw|drop\s+(?:the|it|that|his|her|this)\b|back\s+off|stop\s+(?:\w+ing|it|this|now)"
                     r"|(?:he|she|you|u)\s+knows?\s+what\s+(?:to\s+do|(?:he|she|you|u)\s+(?:has|have|needs?)\s+to\s+do)|think\s+(?:very\s+)?carefully|or\s+else)\b", re.I)
_QUOTE = "'\"‘“"


def menaces(text: str) -> tuple[Finding, ...]:
    """`veiled_threat` said in any tone; `veiled_threat_if_hostile` only in a hostile post (the caller decides)."""
    found = find_all("veiled_threat", STRONG, text) + find_all("veiled_threat_if_hostile", WEAK, text)
    safe = _SAFE.search(text)
    if safe and _DEMAND.search(text):
        found += (Finding("veiled_threat", " ".join(safe.group(0).split())),)
    # Words quoted to rebuke them ("'youre next'?? grow up") are not the writer's.
    return tuple(f for f in found if (i := text.find(f.evidence)) <= 0 or text[i - 1] not in _QUOTE)
