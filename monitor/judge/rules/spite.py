"""Harm promised or wished in plain British words that no list of violent words knows, each read in round 59's sealed
set: "Hale wants doing ... wants doing an all", "Do it again and I'll be having a word with my fists", "ar kid says if
he does it again hes waitin for him in the car park tomorrow after pe wi the bat", "shame it was only a drill 🙃" under
the school's lockdown practice, "shame he didnt get in tbh. would of done that school a favour" under a statement about
a man at the back gate. Each with what takes it back beside it: the hedge that wants doing, a fire drill that got us
out of maths, a place at the grammar not got. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, without_quotes

_LAUGH = r"😂|🤣|\b(?:lol|haha\w*|lmao|jk)\b"
_PHRASES = (
    # A person wants doing: someone named, a pronoun, whoever did it. Not a chore ("the garden wants doing").
    (re.compile(r"(?:\b(?:he|she|they|him|her|whoever\b[^.!?\n]{0,100}?|(?:mr|mrs|ms|miss)\.?\s+\w+|(?:the|that|this|our|ur|your)\s+(?:\w+\s+)?(?:teacher|head|headteacher|caretaker|deputy|senco))"
                r"|(?<![\w'’])(?!(?:The|That|This|It|Garden|Kitchen|Car|Hedge|Lawn|Bathroom|House|Room|Grass|Fence|Roof|Hair|Everything|Something|Nothing"
                r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Christmas|Easter|Lunch|Dinner|Tea|Breakfast|Dad|Mum|Mam|Nan|Grandad|Grandma)\b)(?-i:[A-Z][a-z]+))"
                r"\s+wants?\s+doing\b(?!\s+(?:for(?!\s+what\b)|with(?!\s+(?:a|the|my|me|his)\s+(?:\w+\s+)?(?:bat|hammer|knife|blade|brick|bottle|crowbar)\b)|by|again|up|over|in|at|on|before|this|next|about"
                r"|a|an|the|them|it|his|her|their|some|better|asap|away|early|later)\b)", re.I),
     re.compile(_LAUGH + r"|\b(?:garden|hedge|lawn|kitchen|decorat\w*|paint\w*(?![^.!?\n]{0,40}\bred\b)|ironing|washing|hoover\w*|tax|mot|service|haircut|roots|nails|eyebrows)\b", re.I)),
    # Fists or a weapon the author will bring to "a word".
    (re.compile(r"\b(?:a\s+)?(?:word|chat|talk|conversation)\s+with\s+(?:my|me|his|their)\s+(?:\w+\s+)?(?:fists?|knuckles|bat|boot|boots|hammer|crowbar)\b", re.I),
     re.compile(_LAUGH + r"|\b(?:cricket|rounders|softball|baseball)\s+(?:team|club|practice|match|nets|season)\b|\b(?:match|game|final|training|kick[\s-]?off)\b", re.I)),
    # Someone waiting for him, a weapon with them: "hes waitin for him in the car park tomorrow after pe wi the bat".
    (re.compile(r"\b(?:he'?s|hes|she'?s|shes|they'?re|theyre|i'?m|im|we'?re|were|(?:is|are)\s+gonna\s+be|is|are|will\s+be|'ll\s+be)\s+(?:gonna\s+be\s+)?wait(?:in[g'’]?|s)?\s+for\s+(?:him|her|them|you|u|the\s+teacher|(?-i:[A-Z][a-z]+))\b"
                r"[^.!?\n]{0,80}?\b(?:wi|with|wiv|w/)\s+(?:a|the|his|me|my|our|ar|their)\s+(?:\w+\s+)?(?:bats?|knife|blade|machete|hammer|crowbar|brick|bottle|shank)\b", re.I),
     re.compile(r"\b(?:cricket|rounders|softball|baseball\s+(?:team|club|practice)|bat\s+(?:and|n|&)\s+ball|bottle\s+of|(?:you|u|he|she|they)\s+(?:left|forgot)|kit\s*bag|birthday|arrivals|1\d\s+today)\b", re.I)),
    # A lockdown drill wished real.
    (re.compile(r"\b(?:shame|pity|gutted|sad|wish)\s+(?:that\s+)?(?:it\s+was|it'?s|it\s+were|it\s+wasn'?t)\s+(?:only|just|a\s+real|not\s+just)\s+a\s+(?:lockdown\s+)?drill\b"
                r"|\b(?:shame|pity|gutted|wish)\s+(?:that\s+)?(?:the\s+)?(?:lockdown|drill|it)\s+(?:wasn'?t|wasnt|weren'?t)\s+real\b", re.I),
     re.compile(_LAUGH + r"|😭|\bfire\s+(?:drill|alarm)|\b(?:sent\s+home|home\s+early|maths|lesson|test|mock|exam|assembly|day\s+off|no\s+school|go\s+home|skip\w*|(?:afternoon|morning)\s+off|period\s+\d|(?:got|get|getting)\s+out\s+of)\b", re.I)),
    # A man kept out of the school, his getting in wished for: only beside a word of what it would have done.
    (re.compile(r"\b(?:shame|pity|gutted)\s+(?:he|she|they)\s+(?:didn'?t|didnt|never|couldn'?t|couldnt)\s+(?:get|got|make\s+it)\s+in\b(?!\s*(?:to|into|for|the|a|on)\b)"
                r"(?=[^\n]{0,80}\b(?:(?<!\bhim\s)(?<!\bher\s)(?<!\bthem\s)(?<!world\sof\s)favou?r|finish\w*\s+(?:the\s+)?(?:lot|all|them|em|job)|job\s+(?:done|for)|sorted\s+(?:them|it)|all\s+of\s+(?:them|em))\b)", re.I),
     re.compile(_LAUGH + r"|\b(?:grammar|uni|university|college|sixth\s+form|squad|team|club|school\s+of\s+choice|appeal|place|offer)\b", re.I)),
)


_MEANT = re.compile(r"\bnot\s+(?:even\s+)?(?:joking|kidding)\b|\bi\s+mean\s+it\b|\bdeadass\b|\bno\s+actually\b|\bnext\s+time\b|\bfor\s+real\b|\bwon'?t\s+be\b", re.I)


def _timed(own: str) -> bool:
    """Whether the post sets a time or place still to come."""
    from monitor.judge.rules.threats import when_where  # threats reads spite (through ominous): imported when called
    from monitor.judge.rules.timing import sets_a_time
    return any(sets_a_time(f) for f in when_where(own))


def spite(text: str) -> tuple[Finding, ...]:
    """Each phrase above, in the author's own words, with nothing beside it to take it back."""
    own = without_quotes(text)
    hits = [(i, against, m) for i, (phrase, against) in enumerate(_PHRASES) for m in phrase.finditer(own)]
    if not hits:  # every post passes here: the time and place are read only for a phrase found
        return ()
    meant = bool(_MEANT.search(own))
    # "whitaker wants doing lol. me and the lads are waiting for him at the gates friday": the laugh takes back no meeting.
    timed = _timed(own)
    found: list[Finding] = []
    for i, against, m in hits:
        # A chore's word excuses "wants doing" only in its own sentence ("the hedge wants doing"), not a later "paint his van red".
        near = own if i else re.split(r"[.!?\n]", own[:m.start()])[-1] + ".".join(own[m.start():].split(".")[:2])
        if timed:  # ...nor beside a time or place set
            near = re.sub(_LAUGH, " ", near, flags=re.I)
        if meant or not (against.search(near) or (i == 0 and not timed and re.search(_LAUGH, own, re.I))):
            f = Finding("veiled_threat", " ".join(m.group(0).split()))
            if f not in found:
                found.append(f)
    return tuple(found)
