"""Who a post may be about when it names nobody: the same author's recent harmful posts about us.

"hope her brakes hold up on the A34 this winter", from a man whose posts this month named Ms Marsh,
her car and her road, is about her though it names nobody (round 35's writer of adults who frighten
people; the labellers read his posts together, as a DSL would). Such a post is `possible`: it
reaches the DSL only if triage finds harm in it, never a digest (monitor/judge/graded.py). Only a
post that points back at someone it does not name, and names nobody else, counts (a review found an
author's threats against an ex, a referee or the council landing in the school's queue). On the
17,370 read posts, 7 were taken as possibly ours this way, all ours by their writers; the 4 harmful
ones reached the DSL. Pure: the caller gives the author's earlier posts.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Mapping, Sequence

from monitor.ingest.cues import other_schools
from monitor.vocab import PriorPost

DAYS = 30
_HARM = frozenset({"threat", "hate", "harassment", "defamation", "privacy", "safeguarding"})

# The post must point back at someone it does not name ("her", "that woman", "H", "that place"): a
# review's sequences (review L) found an author's harm with no one pointed back at ("the council should
# all be strung up", "happy birthday to my girl" read as safeguarding) reaching the DSL as about us.
# "watch your back. I know where you park" speaks to them.
_POINTS_BACK = re.compile(r"(?<![\w'])(?:he|him|his|she|her|hers|h|you|your|ur|that (?:woman|man|teacher|cow|snake|place|school|head|one))(?!\w)",
                          re.I)
# ... and must not name someone else it is aimed at: the author's ex, neighbour, a referee, a lad from
# town, another school, "Jason Smith", "Mr Hughes", "Maguire is": most of review L's 19 posts made worse.
_SOMEONE_ELSE = re.compile(r"(?<![\w'])(?:(?:my|her|his|their|your) (?:ex|neighbou?r|stepdad|step-dad|boyfriend|girlfriend|"
                           r"husband|wife|partner|landlord|boss|sister's|brother's|kids'?|children's)|ex-partner|neighbou?rs?|"
                           r"referee|ref|council|government|fella|(?:lad|girl|boy|kid|bloke|guy) from|"
                           r"(?:an?|this|some) (?:older |grown )?(?:man|woman|lad|girl|bloke|guy))(?![\w'])", re.I)
_FULL_NAME = re.compile(r"(?<![\w'])(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][a-z]+|[A-Z][a-z]+ [A-Z][a-z]{2,}|"
                        r"(?:^|[.!?]\s+)(?!(?:He|She|That|This|It|They|There|What|Still|And|But|So)\b)[A-Z][a-z]+(?:'s)? (?:is|was|should|has))")


def points_back(text: str, names: Mapping[str, str] = {}) -> bool:
    """Whether a post naming nobody of ours points back at someone unnamed and at nobody else named."""
    if not _POINTS_BACK.search(text) or _SOMEONE_ELSE.search(text) or other_schools(text):
        return False
    ours = {w for n in names.values() for w in n.split()}
    return not any(set(re.findall(r"[A-Z][a-z]+", m.group(0))) - ours - {"Mr", "Mrs", "Ms", "Miss", "Dr"}
                   for m in _FULL_NAME.finditer(text))


def from_author(prior: Sequence[PriorPost], published: datetime | None, names: Mapping[str, str] = {},
                days: int = DAYS, text: str | None = None) -> tuple[tuple[str, ...], str]:
    """The school and the staff of the author's harmful posts about us within `days` before this one
    (triage said high or urgent, a harm among its categories), the latest's first, and the reason in
    words (`names`: "staff:<id>" -> the name to say); () and "" when there are none. With `text` (the
    post), none unless it points back at someone unnamed and names nobody else (points_back)."""
    if text is not None and not points_back(text, names):
        return (), ""

    def recent(p: PriorPost) -> bool:
        if published is None or p.published is None:
            return True
        return timedelta(0) <= published - p.published <= timedelta(days=days)

    harmful = [p for p in prior if p.priority in ("urgent", "high") and _HARM & set(p.categories) and p.about and recent(p)]
    if not harmful:
        return (), ""
    # Every member of staff of those posts, the latest's first: "he needs to watch his back" after posts about
    # Mr Whitaker, then Mrs Patel, is about him (review L); naming only the latest's sent the DSL to her.
    staff: list[str] = []
    for p in reversed(harmful):
        staff += [t for t in sorted(p.about) if t.startswith("staff:") and t not in staff]
    targets = ("school", *staff)
    n = len(harmful)
    said = ", ".join(names.get(t, t.removeprefix("staff:")) for t in staff) or "the school"
    return targets, (f"names nobody, but {n} earlier harmful post{'s' if n != 1 else ''} by the same author in the "
                     f"last {days} days {'were' if n != 1 else 'was'} about us: {said}")


def elsewhere(text: str, school) -> bool:
    """Whether the post names another school (with capitals, or one of the school's `neighbours`
    in any case) or a place the school `exclude`s: "greenfield high yr10 fight behind the sports
    hall", by a pupil who threatened one of ours last week, is Greenfield's."""
    low = text.lower()
    return bool(other_schools(text)) or any(n.lower() in low for n in (*school.neighbours, *school.exclude) if n.strip())


def staff_names(school) -> dict[str, str]:
    """"staff:<id>" -> the member of staff's name, for the reason."""
    return {f"staff:{m.id}": m.name for m in school.staff}
