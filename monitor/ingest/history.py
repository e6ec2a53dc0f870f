"""Who a post may be about when it names nobody: the same author's recent harmful posts about us.

"hope her brakes hold up on the A34 this winter", from a man whose posts this month named Ms Marsh,
her car and her road, is about her though it names nobody (round 35's writer of adults who frighten
people; the labellers read his posts together, as a DSL would). Across the 17,000 read posts, an
unmatched post that may be harmful, by an author whose earlier posts were about us, was about us 21
times in 23. Such a post is `possible`: it reaches the DSL only if triage finds harm in it, never a
digest (monitor/judge/graded.py). Pure: the caller gives the author's earlier posts.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Mapping, Sequence

from monitor.ingest.cues import other_schools
from monitor.vocab import PriorPost

DAYS = 30
_HARM = frozenset({"threat", "hate", "harassment", "defamation", "privacy", "safeguarding"})


def from_author(prior: Sequence[PriorPost], published: datetime | None, names: Mapping[str, str] = {},
                days: int = DAYS) -> tuple[tuple[str, ...], str]:
    """The school and the staff of the author's latest harmful post about us within `days` before this
    one (triage said high or urgent, a harm among its categories), and the reason in words (`names`:
    "staff:<id>" -> the name to say); () and "" when there is none."""
    def recent(p: PriorPost) -> bool:
        if published is None or p.published is None:
            return True
        return timedelta(0) <= published - p.published <= timedelta(days=days)

    harmful = [p for p in prior if p.priority in ("urgent", "high") and _HARM & set(p.categories) and p.about and recent(p)]
    if not harmful:
        return (), ""
    last = harmful[-1]
    staff = sorted(t for t in last.about if t.startswith("staff:"))
    targets = ("school", *staff)
    n = len(harmful)
    said = ", ".join(names.get(t, t.removeprefix("staff:")) for t in staff) or "the school"
    return targets, (f"names nobody, but {n} earlier harmful post{'s' if n != 1 else ''} by the same author in the "
                     f"last {days} days {'were' if n != 1 else 'was'} about us, the latest about {said}")


def elsewhere(text: str, school) -> bool:
    """Whether the post names another school (with capitals, or one of the school's `neighbours`
    in any case) or a place the school `exclude`s: "greenfield high yr10 fight behind the sports
    hall", by a pupil who threatened one of ours last week, is Greenfield's."""
    low = text.lower()
    return bool(other_schools(text)) or any(n.lower() in low for n in (*school.neighbours, *school.exclude) if n.strip())


def staff_names(school) -> dict[str, str]:
    """"staff:<id>" -> the member of staff's name, for the reason."""
    return {f"staff:{m.id}": m.name for m in school.staff}
