"""How old a post is, in words, and whether it is still live.

A head reading "call 999" about a post made eleven days ago stops trusting the
alerts. A post is live while what it threatens may still happen: it was posted
within the last day, or it names a time that may still be ahead ("on Friday",
"next week"). Everything else is history: it is reported, never paged.
Pure functions: the clock is passed in.
"""
from __future__ import annotations

import re
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from monitor.vocab import Item

LIVE_FOR = timedelta(days=1)

# How long a named time can still be ahead, counted from when the post was made.
# "tomorrow" posted at 21:00 is over by the end of the next day; a weekday within a week.
_AHEAD = (
    (re.compile(r"\b(?:tonight|today|now|this (?:morning|afternoon|evening))\b", re.I), timedelta(days=1)),
    (re.compile(r"\btomorrow\b", re.I), timedelta(days=2)),
    (re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bthis week(?:end)?\b", re.I), timedelta(days=7)),
    (re.compile(r"\bnext (?:week|term|month)\b", re.I), timedelta(days=14)),
)

# No post is live longer than this after it was made (what bounds the escalation's look-back).
LONGEST_LIVE = max([LIVE_FOR, *(span for _, span in _AHEAD)])


def _utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def posted_at(item: Item) -> datetime:
    return _utc(item.published or item.fetched)


def age_phrase(when: datetime | None, now: datetime) -> str:
    """'posted 11 days ago', 'posted 3 hours ago', 'posted just now'."""
    if when is None:
        return "posting time not known"
    secs = max(0, int((_utc(now) - _utc(when)).total_seconds()))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if secs >= size:
            n = secs // size
            return f"posted {n} {unit}{'s' if n != 1 else ''} ago"
    return "posted just now"


_TOMORROW = _AHEAD[1][0]


def _end_of_next_day(start: datetime) -> datetime:
    """Midnight at the end of the day after `start`, school time: when a "tomorrow" is over."""
    uk = ZoneInfo("Europe/London")
    day = start.astimezone(uk).date() + timedelta(days=2)
    return datetime.combine(day, time(0), tzinfo=uk).astimezone(timezone.utc)


def live_until(item: Item) -> datetime:
    """The latest moment the post's threat may still be ahead."""
    start = posted_at(item)
    named = (item.decision.facts.get("imminence", "") if item.decision else "") or ""
    ends = [start + span for rx, span in _AHEAD if rx.search(named) and rx is not _TOMORROW]
    if _TOMORROW.search(named):
        ends.append(_end_of_next_day(start))
    return max([start + LIVE_FOR, *ends])


def is_live(item: Item, now: datetime) -> bool:
    return _utc(now) <= live_until(item)
