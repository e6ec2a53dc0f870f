"""Who wrote a post, as matching reads it. Pure.

An account named for the school ("yr7_hba_confessions", "Hollowbrook U9 Parents") is context, as
the page's address is; the school's own account names it. An author named for something else
that shares our name ("Hollowbrook Public School", "HBA Basketball", "Hollowbrook Farm Shop",
"HollowbrookAcademyOfDance") or for a place ("dancefam_hexley") says nothing about the post.
"""
from __future__ import annotations

import re
from typing import Sequence

from monitor.config.types import School
from monitor.ingest.cues import PLACE_NOUNS, PLACE_WORDS
from monitor.ingest.names import compact

# Beside our name in an author, words that make it another thing's: places (PLACE_NOUNS), other
# kinds of school, and the clubs and trades people name after a place.
_ELSE = PLACE_NOUNS | frozenset(
    "school high primary junior infant infants nursery college elementary secondary dance dancing ballet "
    "basketball netball football rugby cricket swimming gymnastics athletics boxing karate judo cheer "
    "agents agency estate barbers barber salon hair nails beauty kebabs kebab takeaway pizza cafe bakery "
    "dental dentist vets plumbing electrical builders taxis cabs motors autos properties lettings".split())
_SPLIT = re.compile(r"[\W_]+")


def readable(author: str, schools: Sequence[School]) -> str:
    """The author, where it is to be read with the page's address; "" where it says nothing."""
    a = (author or "").strip()
    if not a:
        return ""
    key = compact(a)
    if any(key == compact(x) for s in schools for x in (s.name, *s.handles) if x.strip()):
        return a  # the school's own account
    tokens = [t.lower() for t in _SPLIT.split(a) if t]
    ours = {compact(x) for s in schools for x in (s.name, *s.aliases) if x.strip()}
    joined = tokens + [x + y for x, y in zip(tokens, tokens[1:])]  # "P.S." is "ps"
    if not any(t in ours for t in tokens) or any(t in _ELSE for t in joined) or PLACE_WORDS.search(a):
        return ""
    others = [compact(x) for s in schools for x in (*s.exclude, *s.neighbours) if x.strip()]
    return "" if any(o and o in key for o in others) else a
