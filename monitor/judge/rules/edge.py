"""A child writing from a place of danger, or with the means in hand, who says goodbye: "im on the
footbridge by station lane now. hba will be better without me". Pure.

Round 43's writers (measured in round 24) wrote three such pupils, none of whom used the words of
a plan for tonight that selfharm.py knows: they were there already. Where they are, present tense
and first person, and a goodbye, are enough: a 999 call."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

# Where the writer is now: "im on the footbridge", "sat on the wall of the bridge", "stood at the edge".
_THERE = re.compile(
    r"\b(?:i'?m|im|i\s+am|sat|sitting|standing|stood|been\s+(?:sat|stood|sitting|standing))\s+"
    r"(?:on|at|by|in|up\s+on|on\s+top\s+of|under|over|next\s+to)\s+(?:the\s+)?(?:(?!and\b|but\b|then\b)[\w'-]+\s+){0,4}?"
    r"(?:foot\s*bridge|bridge|roof|rooftop|ledge|tracks|railway(?:\s+line)?|cliff|multi[-\s]?storey|canal|river|quarry|level\s+crossing)\b"
    # The means in hand: "ive got the tablets", "took all mums tablets".
    r"|\b(?:i'?ve\s+got|ive\s+got|i\s+have\s+got|got|holding)\s+(?:the|my|all\s+(?:the|my|mums?|dads?|me))\s+(?:tablets|pills|blades?|razors?|rope)\b(?!\s+(?:for|in|to|from)\b)"
    r"|\b(?:took|taken|swallowed)\s+all\s+(?:\w+\s+){0,2}?(?:tablets|pills|paracetamol|meds)\b", re.I)
# ...and a goodbye, said in the same post: not "sorry mum, I'll be late".
_GOODBYE = re.compile(
    r"\bsorry\s+(?:mum|mam|mom|dad|nan|every(?:one|1|body))\b(?!\W{0,3}(?:i'?ll|ill|we'?ll|will|be\s+late|running\s+late|back\s+(?:soon|in|at|by)))"
    r"|\b(?:i'?m|im|i\s+am)\s+done\b(?!\s+(?:with\s+(?!it\s+all|all\s+of\s+it|everything|every1|everyone|this\s+life)|for\s+(?:today|the\s+day)|now\b|at|in|by|early))"
    r"|\b(?:better|fine|happier)\s+(?:off\s+)?without\s+me\b|\bnot\s+(?:your|ur)\s+fault\b"
    r"|\btell\s+(?:\w+\s+){1,2}(?:i'?m|im|i\s+am)\s+sorry\b|\b(?:goodbye|bye)\s+(?:every(?:one|1|body)|all|mum|mam|dad|world)\b"
    r"|\bcan'?t\s+do\s+(?:it|this|any\s+of\s+it)\s+any\s*more\b|\b(?:dont|don'?t)\s+(?:bother|look\s+for\s+me|come\s+looking)\b", re.I)
# Not the day out: a show, fireworks, a match, a photo, a laugh.
_NOT_NOW = re.compile(r"😂|🤣|😍|🥳|🎉|📸|\b(?:lol|lmao|haha\w*|jk|fireworks|view|sunset|sunrise|photo|pic|selfie|walk\w*\s+the\s+dog|fishing"
                      r"|match|game|gig|festival|last\s+night|yesterday|years?\s+ago|when\s+i\s+was|used\s+to)\b", re.I)


def at_the_edge(text: str) -> tuple[Finding, ...]:
    """Where the writer is now (or the means in hand) and a goodbye: both found, or nothing."""
    there, bye = _THERE.search(text), _GOODBYE.search(text)
    if not (there and bye) or _NOT_NOW.search(text):
        return ()
    return (Finding("at_the_edge", " ".join(there.group(0).split())), Finding("goodbye", " ".join(bye.group(0).split())))
