"""Harm promised without a violent word (probe95's): a teacher's home and family described, then "Sleep well Gaz 😴";
"The PE teacher (Lloyd) lives in the flat above the vape shop ... If he puts his hands on my nephew again he won't be
walking back out of there. Simple as." Good night is a kindness, and a man who won't be walking has sprained his ankle,
but not after someone else's home laid out, nor on a condition. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding, find_all

# Someone else's home laid out: the house, its door, who lives in it.
_HOME = re.compile(r"\b(?:front\s+door|semi|detached|terrace[d]?|bungalow|end\s+house|(?:his|her|their)\s+(?:house|flat|place|drive)"
                   r"|(?:\w+\s+){0,2}(?:rd|road|close|avenue|ave|street|st|lane|drive|crescent|way|grove)\b)", re.I)
# ...someone else's: not "my partner and the kids are stuck ... night night all" (a review's look-alike).
_FAMILY = re.compile(r"(?<!\bmy\s)(?<!\bour\s)\b(?:missus|wife|husband|hubby|partner|kids|little\s+ones|(?:his|her|their)\s+(?:kids|children|son|daughter|family|wife|husband))\b", re.I)
# ...not the writer's own: "our new house", "we've moved", "my front door".
_OWN = re.compile(r"\b(?:our|my)\s+(?:new\s+|little\s+)?(?:\w+\s+)?(?:house|home|flat|semi|bungalow|terrace|place|front\s+door|street|road)\b"
                  r"|\bwe(?:'ve|\s+have)?\s+moved\b|\bmoved\s+in\w*\b|\bfirst\s+night\b"
                  r"|\b(?:cat|dog|kitten|puppy|pet|lost|rip|roadworks|closed)\b", re.I)  # a lost cat's "sweet dreams Tigger", a road shut (a review's)
_GOOD_NIGHT = re.compile(r"\b(?:sleep\s+(?:well|tight|soundly)|sweet\s+dreams|night\s+night|nighty\s+night)\b(?=\W{0,6}(?:(?-i:[A-Z]\w+)|mate|pal|sir|miss)?(?:\s+x+)?\W*$)", re.I)
# Said to no one, good night only follows a family that is plainly someone's ("little ones love it. night night" is a
# new build's advert, a review's look-alike); "night night Tom x" to a name after his home needs no more.
_NAMED_NIGHT = re.compile(r"\W{0,6}(?-i:[A-Z]\w+)")
_THEIRS = re.compile(r"(?<!\bmy\s)(?<!\bour\s)\b(?:missus|wife|husband|hubby|(?:his|her|their)\s+\w+)\b", re.I)
# A blow on a condition, said without a blow: "If he puts his hands on my nephew again he won't be walking back out of there".
_WONT_WALK = re.compile(r"\bif\s+(?:he|she|they|that\s+\w+|(?:mr|mrs|ms|miss)\.?\s+\w+|(?:the|that)\s+(?:teacher|head|coach|caretaker))\b[^.!?\n]{0,80}?"
                        r"\b(?:he|she|they)\s*(?:won'?t|wont|will\s+not|aint|ain'?t)\s+be\s+(?:(?:walking|leaving)\s+(?:back\s+)?(?:out|away|anywhere|home)|leaving\s+(?:that|the)\s+\w+\s+in\s+one\s+piece)\b"
                        r"(?!\s+(?:in\s+the\s+(?:light|dark)|till|until|before|after|for\s+(?:a|weeks|days|months))\b)(?![^.!?\n]{0,40}\b(?:detention|(?<!that\s)school|trip|club|match|team|lunch|break)\b)", re.I)
# ...and only on a condition about a child or a hand laid on one: not "if she keeps going at that pace she won't be
# walking home" nor "if he does the whole 10k he won't be walking out of there" (a review's look-alikes).
_ON_CHILD = re.compile(r"\b(?:my|our|me)\s+(?:\w+\s+)?(?:son|daughter|kids?|child|boy|girl|lad|nephew|niece|grand\w+|little\s+\w+)\b"
                       r"|\b(?:hands?|finger)\s+on\b|\btouch\w*\b|\bhurts?\b", re.I)


def promised(text: str) -> tuple[Finding, ...]:
    """Good night said after someone else's home and family laid out; a blow promised on a condition."""
    found = ()
    if _HOME.search(text) and _FAMILY.search(text) and not _OWN.search(text):
        found = tuple(f for f in find_all("veiled_threat", _GOOD_NIGHT, text)
                      if _THEIRS.search(text) or _NAMED_NIGHT.match(text, text.find(f.evidence) + len(f.evidence)))
    return found + tuple(f for f in find_all("explicit_threat", _WONT_WALK, text) if _ON_CHILD.search(f.evidence))
