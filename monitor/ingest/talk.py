"""Who the town is talking about: a name alone, while that member of staff is in the news.

"honestly someone should give lloyd a taste of what alfie went through" names no school. In the
weeks after a pupil is hurt in Mr Lloyd's lesson, with post after post about him by many people,
a bare "lloyd" is him, as every reader of those groups knows (round 38's writer of one incident's
weeks: his name alone in five threats and allegations). A name merely alone ("'lloyd' with no
school named", "'mr w'", "nickname 'gaz'") becomes likely ours while at least `POSTS` posts about that
member of staff, by at least `AUTHORS` people, matched them in the `DAYS` before. A name beside
something pointing elsewhere ("lloyd scored twice for cardiff") stays a namesake's, and a role
("the deputy head") is not a name. Pure: the caller gives the recent posts about us.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Iterable, Mapping

from monitor.ingest.grading import Grade

DAYS = 14
POSTS = 3
AUTHORS = 2
_ALONE = re.compile(r"(?:alone: a namesake may share the name|with no school named)$")
# Not a full name: "Priya Patel" alone is the baker, the councillor and the streamer as often as ours (read
# sets: 66 of 91 full names alone promoted were namesakes'), and the grader already says so.
_NAMES = frozenset({"surname", "nickname", "titled", "initial"})


@dataclass(frozen=True)
class Talk:
    """One earlier post about us: when, by whom, and the staff it was about (sure or likely)."""
    published: datetime | None
    author: str
    staff: frozenset[str]


def in_the_news(recent: Iterable[Talk], published: datetime | None) -> dict[str, int]:
    """Staff targets ("staff:<id>") talked about in `DAYS` before `published` by enough posts and
    people: target -> how many posts."""
    posts: dict[str, int] = {}
    authors: dict[str, set[str]] = {}
    for t in recent:
        if published is not None and t.published is not None and not (
                published - timedelta(days=DAYS) <= t.published <= published):
            continue
        for target in t.staff:
            posts[target] = posts.get(target, 0) + 1
            authors.setdefault(target, set()).add(t.author)
    return {k: n for k, n in posts.items() if n >= POSTS and len(authors[k]) >= AUTHORS}


def named_alone(g: Grade) -> bool:
    """A member of staff only possibly ours because their name is merely alone (by name, not role)."""
    kinds = {b.split("@")[0].rstrip("~") for b in g.basis if "@" in b}
    return (g.grade == "possible" and g.target.startswith("staff:") and bool(_ALONE.search(g.why))
            and bool(kinds) and kinds <= _NAMES)


def promoted(grades: tuple[Grade, ...], news: Mapping[str, int]) -> tuple[Grade, ...]:
    """`grades` with each name merely alone made likely where that member of staff is in the news."""
    return tuple(replace(g, grade="likely", why=f"{g.why}, but in {news[g.target]} posts about us in the "
                         f"last {DAYS} days", basis=g.basis + ("in_the_news",))
                 if named_alone(g) and g.target in news else g for g in grades)
