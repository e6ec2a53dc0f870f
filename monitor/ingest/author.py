"""Who wrote a post, as matching reads it. Pure.

An account named for the school ("yr7_hba_confessions", "Hollowbrook U9 Parents") is context, as
the page's address is; the school's own account names it. An author named for something else
that shares our name ("Hollowbrook Public School", "HBA Basketball", "Hollowbrook Farm Shop",
"HollowbrookAcademyOfDance") or for a place ("dancefam_hexley") says nothing about the post.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from monitor.ingest.cues import PLACE_NOUNS, PLACE_WORDS
from monitor.ingest.lexicon import Lexicon
from monitor.ingest.names import compact
from monitor.ingest.against import NAMED_FOR

# Beside our name in an author, words that make it another thing's: places (PLACE_NOUNS), other
# kinds of school, and the clubs and trades people name after a place.
_ELSE = PLACE_NOUNS | frozenset(
    "school high primary junior infant infants nursery college elementary secondary dance dancing ballet "
    "basketball netball football rugby cricket swimming gymnastics athletics boxing karate judo cheer "
    "agents agency estate barbers barber salon hair nails beauty kebabs kebab takeaway pizza cafe bakery "
    "dental dentist vets plumbing electrical builders taxis cabs motors autos properties lettings".split())
_SPLIT = re.compile(r"[\W_]+")


class _Keys(NamedTuple):
    own: frozenset[str]  # the schools' names and handles, compacted: their own accounts
    ours: frozenset[str]  # their names and aliases: a word of an account named for one
    others: tuple[str, ...]  # excluded places and neighbouring schools


@lru_cache(maxsize=64)
def _keys(lex: Lexicon) -> _Keys:
    """Once per config, as its lexicon is built once: a trust has hundreds of names to compact."""
    schools = lex.schools
    return _Keys(frozenset(compact(x) for s in schools for x in (s.name, *s.handles) if x.strip()),
                 frozenset(compact(x) for s in schools for x in (s.name, *s.aliases) if x.strip()),
                 tuple(compact(x) for s in schools for x in (*s.exclude, *s.neighbours) if compact(x)))


def _opening(token: str, ours: frozenset[str]) -> list[str]:
    """`token` split after a name of ours where one more word, and only one, follows it: "HBA|staffroomtea",
    "Hollowbrook|PTA"; not "HollowbrookAcademyOfDance", another thing's name that opens with ours."""
    for n in range(len(token) - 1, 1, -1):
        head, rest = token[:n], token[n:]
        one_word = rest.isupper() or rest[1:].islower() and (rest[0].isupper() or head.isupper())
        if head.lower() in ours and rest.isalpha() and NAMED_FOR.match(rest) and one_word:
            return [head, rest]
    return [token]


def readable(author: str, lex: Lexicon) -> str:
    """The author, where it is to be read with the page's address; "" where it says nothing."""
    a = (author or "").strip()
    if not a:
        return ""
    keys, key = _keys(lex), compact(a)
    if key in keys.own:
        return a  # the school's own account
    # "HBAstaffroomtea", "HollowbrookPTA": our name in capitals opens the account's name.
    whole = [t for t in _SPLIT.split(a) if t]
    if not any(t.lower() in keys.ours for t in whole):
        parts = [w for t in whole for w in _opening(t, keys.ours)]
        if len(parts) > len(whole):
            a = " ".join(parts)
    tokens = [t.lower() for t in _SPLIT.split(a) if t]
    joined = tokens + [x + y for x, y in zip(tokens, tokens[1:])]  # "P.S." is "ps"
    if not any(t in keys.ours for t in tokens) or any(t in _ELSE for t in joined) or PLACE_WORDS.search(a):
        return ""
    return "" if any(o in key for o in keys.others) else a
