"""What triage collects while it reads a post, and the calendar sums it needs. Pure."""
from __future__ import annotations

import calendar
from datetime import date, datetime, timezone
from typing import Sequence
from zoneinfo import ZoneInfo

from monitor.judge import rules
from monitor.vocab import ACTIONS, CATEGORIES, PRIORITIES, Decision


def one_calendar_month(d: date) -> date:
    """The ICO's rule: the same day next month, or that month's last day if it has none."""
    year, month = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _local_date(when: datetime, tz: str) -> date:
    if when.tzinfo is None:
        return when.date()
    try:
        return when.astimezone(ZoneInfo(tz)).date()
    except (KeyError, ValueError):
        return when.date()


def _quote(findings: Sequence[rules.Finding], limit: int = 3) -> str:
    return ", ".join(f'"{f.evidence}"' for f in findings[:limit])


class Verdict:
    """Collects what each rule says; the strongest priority wins."""

    def __init__(self) -> None:
        self.priority = "digest"
        self.categories: set[str] = set()
        self.actions: set[str] = set()
        self.why: list[str] = []
        self.rules: list[str] = []
        self.facts: dict[str, str] = {}

    def add(self, priority: str, categories: Sequence[str], actions: Sequence[str], why: str,
            fired: Sequence[rules.Finding] | Sequence[str] = ()) -> None:
        if PRIORITIES.index(priority) < PRIORITIES.index(self.priority):
            self.priority = priority
        self.categories.update(categories)
        self.actions.update(actions)
        if why:
            self.why.append(why)
        for f in fired:
            name = f.rule if isinstance(f, rules.Finding) else f
            if name not in self.rules:
                self.rules.append(name)

    def decision(self) -> Decision:
        return Decision(
            priority=self.priority,
            categories=tuple(c for c in CATEGORIES if c in self.categories),
            actions=tuple(a for a in ACTIONS if a in self.actions),
            why=" ".join(self.why), rules=tuple(self.rules), facts=dict(self.facts))


def _days(a: datetime, b: datetime) -> int:
    """Whole days from b to a; a time without a zone is taken as UTC."""
    a = a if a.tzinfo else a.replace(tzinfo=timezone.utc)
    b = b if b.tzinfo else b.replace(tzinfo=timezone.utc)
    return (a - b).days

