"""The cursor of a newest-first stream (a subreddit's comments, a channel's threads, a feed or a
search), read the same way by every connector that pages through one.

The saved state of a stream is the ids seen last (newest first) and, when a run was cut short by
its budget (a cap, the day's quota) before reaching them, the gap it left: where to resume, the
ids that end it and, for a search bounded by time, the time the run before had reached. The next
run reads the gap first, then the top, so no post in between is skipped.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ._util import remember


@dataclass(frozen=True)
class Walked:
    fresh: list[str]  # ids not seen before, newest first
    used: int  # budget spent: items or pages
    resume: str | None  # where to go on next time; None when the walk reached its end
    newest: str | None = None  # the newest sort time read (searches bounded by `since`)


# walk(budget, start, stop, skip, since): read from `start` (the top when None) until an id in
# `stop`, the end, or `budget`; ids in `skip` were stored already.
Walk = Callable[[int, "str | None", "set[str]", "set[str]", "str | None"], Walked]


def _ids(value: Any) -> list[str]:
    return [i for i in value if isinstance(i, str)] if isinstance(value, list) else []


def parse(saved: Any) -> tuple[list[str] | None, dict | None, str | None]:
    """(seen, gap, since) of a saved stream; seen is None for a stream never read."""
    if isinstance(saved, list):  # a stream with no gap, as first written
        return _ids(saved), None, None
    if not isinstance(saved, dict) or not isinstance(saved.get("seen"), list):
        return None, None, None
    gap = saved.get("gap")
    if isinstance(gap, dict) and gap.get("from") and isinstance(gap.get("until"), list):
        gap = {"from": gap["from"], "until": _ids(gap["until"]), "since": gap.get("since")}
    else:
        gap = None
    return _ids(saved["seen"]), gap, saved.get("since")


def state(seen: list[str], gap: dict | None = None, since: str | None = None) -> dict:
    out: dict[str, Any] = {"seen": seen}
    if gap:
        out["gap"] = gap
    if since:
        out["since"] = since
    return out


def read_stream(saved: Any, walk: Walk, budget: int, first_budget: int) -> dict:
    """Read one stream from its saved state; returns the state to save."""
    seen, gap, since = parse(saved)
    if seen is None:  # a first run reads the newest few and leaves the past alone
        w = walk(first_budget, None, set(), set(), None)
        return state(remember((), w.fresh), None, w.newest)
    if gap:
        w = walk(budget, gap["from"], set(gap["until"]), set(seen), gap.get("since"))
        budget -= w.used
        if w.resume is not None or budget <= 0:
            return state(seen, dict(gap, **{"from": w.resume}) if w.resume else None, since)
    w = walk(budget, None, set(seen), set(), since)
    newest = max(since or w.newest or "", w.newest or "") or None
    if w.resume:  # cut short before reaching `seen`: the rest is read next time
        return state(remember(seen, w.fresh), {"from": w.resume, "until": seen, "since": since}, newest)
    return state(remember(seen, w.fresh), None, newest)
