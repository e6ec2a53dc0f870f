"""A child writing from a place of danger, or with the means in hand, who says goodbye: "im on the
footbridge by station lane now. hba will be better without me". Pure.

Round 43's writers (measured in round 24) wrote three such pupils, none of whom used the words of
a plan for tonight that selfharm.py knows: they were there already. Where they are, present tense
and first person, and a goodbye, are enough: a 999 call."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, sentence_at

# Where the writer is now: "im on the footbridge", "sat on the wall of the bridge", "stood at the edge";
# not on the way home from it, nor back from it with the scouts.
_THERE = re.compile(
    r"(?:\b(?:i'?m|im|i\s+am|i'?ve\s+been|ive\s+been|been)\s+(?:sat|sitting|standing|stood|sat\s+here)?|(?:^|(?<=[.!?\n]\s)|(?<=\bi\s))(?:sat|sitting|standing|stood))\s*"
    r"(?:on|at|by|in|up\s+on|on\s+top\s+of|under|over|next\s+to)\s+(?:the\s+)?"
    r"(?:(?!(?:and|but|then|way|home|from|back|after|with|to|of\s+the\s+way)\b)[\w'-]+\s+){0,3}?"
    r"(?:foot\s*bridge|bridge|roof|rooftop|ledge|tracks|railway(?:\s+line)?|cliff|multi[-\s]?storey|canal|river|quarry|level\s+crossing)\b"
    # The means in hand: "ive got the tablets", "took all mums tablets"; not the day's own medicine.
    r"|\b(?:i'?ve\s+got|ive\s+got|i\s+have\s+got|got|holding)\s+(?:the|my|all\s+(?:the|my|mums?|dads?|me))\s+(?:tablets|pills|blades?|razors?|rope)\b(?!\s+(?:for|in|to|from)\b)"
    r"|\b(?:took|taken|swallowed)\s+all\s+(?:\w+\s+){0,2}?(?:tablets|pills|paracetamol|meds)\b(?!\s+(?:today|this\s+morning|tonight|like|as|on\s+time)\b)", re.I)
# ...and a goodbye, said in the same post: not "sorry mum, I'll be late", "sorry everyone for the late reply".
_GOODBYE = re.compile(
    r"\bsorry\s+(?:mum|mam|mom|dad|nan|every(?:one|1|body))\b(?!\W{0,3}(?:i'?ll|ill|we'?ll|will|i'?m\s+(?:gonna|going|late|running|back|home|out|on)|im\s+(?:gonna|going|late|running|back|home|out|on)"
    r"|gonna|going\s+to|for|about|if|to|be\s+late|running\s+late|late|back\s+(?:soon|in|at|by)))"
    r"|\b(?:i'?m|im|i\s+am)\s+done\b(?!\s+(?:with\s+(?!it\s+all|all\s+of\s+it|everything|every1|everyone|this\s+life|life)|for\s+(?:today|the\s+day)|at|in|by|early|now\s+(?:with|for)))"
    r"|\b(?:better|fine|happier)\s+(?:off\s+)?without\s+me\b"
    r"|\btell\s+(?:\w+\s+){1,2}(?:i'?m|im|i\s+am)\s+sorry\b|\b(?:goodbye|bye)\s+(?:every(?:one|1|body)|all|mum|mam|dad|world)\b"
    r"|\bcan'?t\s+do\s+(?:it|this|any\s+of\s+it)\s+any\s*more\b|\b(?:don'?t|dont)\s+(?:look\s+for\s+me|come\s+looking)\b", re.I)
# Not a day out: a laugh, a show, fireworks, a match, a photo. Anywhere in the post.
_NOT_NOW = re.compile(r"😂|🤣|😍|🥳|🎉|📸|🙈|\b(?:lol|lmao|haha\w*|jk|fireworks|sunset|sunrise|photo|pic|selfie|walk\w*\s+the\s+dog|fishing"
                      r"|scouts|cubs|brownies|guides|match|gig|festival)\b", re.I)
# ...and "sat on the bridge", said of a time gone or a view, in its own sentence; "im on the bridge" is now
# whatever else the sentence says ("after what happened yesterday im on the bridge").
_THEN = re.compile(r"\b(?:last\s+night|yesterday|years?\s+ago|when\s+i\s+was|used\s+to|view)\b", re.I)
_PRESENT = re.compile(r"i'?m\b|im\b|i\s+am\b|(?:take|took|taken|swallowed|got|holding|i'?ve|ive|i\s+have)\b", re.I)


def at_the_edge(text: str) -> tuple[Finding, ...]:
    """Where the writer is now (or the means in hand) and a goodbye: both found, or nothing."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    there, bye = _THERE.search(text), _GOODBYE.search(text)
    if not (there and bye) or _NOT_NOW.search(text):
        return ()
    if not _PRESENT.match(there.group(0)) and _THEN.search(sentence_at(text, there.start(), there.end())):
        return ()
    return (Finding("at_the_edge", " ".join(there.group(0).split())), Finding("goodbye", " ".join(bye.group(0).split())))


# A probe written after the rule above (crisis44/, writer 189) found it knew three of seventeen children
# in crisis: people write "on the roof of the leisure centre ... last thing ill see", "level 5 of the tesco
# car park ... forever x", "she just posted her goodbye and tagged the canal", "swallowed the whole box of
# mums sertraline". A place of danger (or the means) and words of an ending, in any person and tense but
# the past; or an overdose taken.
_PLACE = re.compile(r"\b(?:foot\s*bridge|bridge|roof|rooftop|ledge|tracks|railway(?:\s+line)?|canal|lock\s+gates|river|cliff|quarry"
                    r"|multi[-\s]?storey|level\s+\d+\s+of|top\s+(?:floor|level|deck)\s+of|reservoir|viaduct|flyover|level\s+crossing)\b"
                    r"|\b(?:pills|tablets|blade|razor)s?\s+(?:are|is)\s+(?:in|ready)\b|\b(?:pic|photo|picture)\s+of\s+(?:a\s+)?rope\b", re.I)
_TAKEN = re.compile(r"(?<!\bnan\s)(?<!\bgran\s)(?<!\bmum\s)(?<!\bdad\s)\b(?:swallowed|took|taken|downed|necked)\s+(?:(?:the|a|my|mums?|dads?|nans?)\s+)?"
                    r"(?:whole|all|entire|every|load\s+of|box\s+of|packet\s+of|bottle\s+of|strip\s+of)\s+"
                    r"(?:(?:the|of|my|mums?|dads?|nans?|box|packet|bottle|strip)\s+){0,3}(?:\w+\s+)?"
                    r"(?:pills|tablets|sertraline|paracetamol|ibuprofen|meds|medication|co-?codamol|painkillers)\b(?!\s+(?:for|into|to|with|in\s+(?:a|my|the)\s+(?:box|bag|case)))", re.I)
_ENDING = re.compile(
    r"\b(?:goodbye|bye(?!\s+for\s+now)|forever|last\s+thing\s+i'?(?:ll|\s+will)?\s*(?:see|post|say|do)|won'?t\s+be\s+(?:for\s+)?long|not\s+long\s+now"
    r"|kms|unalive|end\s+it(?:\s+all)?|(?:won'?t|wont)\s+(?:even\s+)?(?:miss|notice)\s+(?:me|i'?m\s+gone)|day\s+off\s+from\s+me"
    r"|(?:better|fine|happier)\s+(?:off\s+)?without\s+me|can'?t\s+do\s+(?:this|it)\s+any\s*more|give\s+my\s+\w+(?:\s+\w+)?\s+to|love\s+(?:u|you)\s+all"
    r"|sorry\s+for\s+everything|tell\s+(?:\w+\s+){1,2}(?:i'?m\s+|im\s+)?sorry|goodnight\s+forever|(?:i'?m|im)\s+gone"
    r"|sorry\s+(?:mum|mam|dad|nan|every(?:one|1))(?!\W{0,3}(?:i'?ll|ill|i'?m\s+gonna|im\s+gonna|for|about|if|to|late))"
    r"|(?:i'?m|im)\s+done\b(?!\s+with\s+(?!it\s+all|everything|life))|posted\s+(?:her|his|their)\s+goodbye)\b", re.I)
# Not a story, a song, a film or a question about a word; not a leaver's day or a night out.
_TOLD = re.compile(r"\b(?:years?\s+ago|last\s+year|when\s+i\s+was|used\s+to|back\s+in\s+20\d\d|anniversary|inquest|funeral|rip|lyrics?|song"
                   r"|film|movie|episode|trailer|novel|what\s+does\s+[^.!?\n]{1,40}\s+mean|last\s+day|leaving\s+do|pub|holiday"
                   r"|on\s+(?:the|my)\s+way\s+(?:home|back)|lost\s+track\s+of\s+time)\b"
                   r"|😂|🤣|🎆|🎇|🥳|🎉|🙈|\b(?:haha\w*|lmao|fireworks|cocktails?|sunset|sunrise|selfie|party|hay\s*fever|revision|club|canoe\w*|kayak\w*"
                   r"|training|practice|fishing|scouts|cubs|brownies|guides|match|gig|festival|trip|residential|concert|panto|disco|prom)\b", re.I)


def crisis_now(text: str) -> tuple[Finding, ...]:
    """A place of danger or the means, with words of an ending; or an overdose taken. Nothing where the
    post tells a story, quotes a song or film, or is a day out."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if _TOLD.search(text):
        return ()
    if taken := _TAKEN.search(text):
        return (Finding("overdose", " ".join(taken.group(0).split())),)
    where, ending = _PLACE.search(text), _ENDING.search(text)
    if not (where and ending):
        return ()
    return (Finding("at_the_edge", " ".join(where.group(0).split())), Finding("goodbye", " ".join(ending.group(0).split())))
