"""A post ours only by the name of the group it was posted in: "LOST CAT 😿 Biscuit, ginger tom" in "Hollowbrook
Year 5 Parents", "Anyone recommend a decent xmas tree place?" in "HBA Secondary Parents Y7-11". A parents' group
named for the school holds its chatter as well as its school business (probe66's and threads36's class groups:
twenty-odd such posts, none about the school, each read as ours through the group's name). Where the post's own
words hold nothing of ours (no name, no place, no school-day word) and the words it answers name nothing of ours
either, the group's name makes it only `possible`: harm still reaches the DSL (judge/graded.py), chatter stays out
of the digest. Comments under a story about the school are not chatter: only a group of people (parents, mums, a
chat) counts. Pure."""
from __future__ import annotations

import re
from typing import Sequence

from monitor.ingest.cues import CHAT, life_cues
from monitor.ingest.grading import Grade
from monitor.ingest.handles import with_tag_words
from monitor.ingest.lexicon import Lexicon, lower, plain
from monitor.ingest.scan import Hit, scan
from monitor.ingest.thread import SEPARATOR


# The school's people and places as a group's members write them, with no name: "the head should be sacked".
_ROLES = re.compile(r"\b(?:head|deputy|sir|miss|office|reception|staff|teachers?|senco|caretaker|governors?|academy|trust|term)\b", re.I)


def group_named_only(text: str, context: str, hits: Sequence[Hit], lex: Lexicon) -> bool:
    """Whether every name of ours is the group's (its title or address), and the post and its parent name nothing of ours."""
    title, _, parent = (context or "").partition(SEPARATOR)
    if not hits or not CHAT.search(title) or any(h.where == "post" for h in hits):
        return False
    own = plain(text)
    if life_cues(lower(own), own) or _ROLES.search(own):
        return False
    return not (parent and scan(lex, with_tag_words(plain(parent)), "thread"))


def as_possible(grades: Sequence[Grade]) -> tuple[Grade, ...]:
    """Sure and likely grades made possible: only the group's name is ours."""
    return tuple(Grade(g.target, "possible", f"{g.why}; but only the group's name is ours, the post names nothing of ours",
                       g.basis + ("group_only",)) if g.grade in ("sure", "likely") else g for g in grades)
