"""The report for governors: for a term or a date range, per school, what was found and how the
school acted. Counts, times and dates only: it names no pupil, no member of staff, no author and
quotes no post (Education Act 2002 s141F; governors read it in public minutes).

Terms: autumn is 1 September to 31 December, spring 1 January to 31 March, summer 1 April to
31 August (London dates).
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Sequence
from zoneinfo import ZoneInfo

from monitor.drafts import facts as F
from monitor.vocab import CATEGORIES, Item

FOUND = ("urgent", "high", "digest")  # `ignore` is not about the school
ALERTED = ("urgent", "high")
TERMS = {"autumn": ((9, 1), (1, 1, 1)), "spring": ((1, 1), (4, 1, 0)), "summer": ((4, 1), (9, 1, 0))}
# Audit events that show a person has picked the item up.
PICKED_UP = ("acknowledged", "state", "decision", "false_alarm")
PLATFORMS = dict(F.PLATFORM_NAMES, website="Websites and news", manual="Reported by staff")


class ReportError(ValueError):
    pass


@dataclass(frozen=True)
class Span:
    start: datetime  # UTC, inclusive
    end: datetime  # UTC, exclusive
    label: str


@dataclass(frozen=True)
class SarRow:
    ref: str  # "#12": the item number, never the requester
    received: date
    due: date
    answered: date | None
    status: str  # "met", "late", "overdue", "open"


@dataclass(frozen=True)
class SchoolReport:
    school_id: str
    school_name: str
    found: int
    by_priority: tuple[tuple[str, int], ...]
    by_category: tuple[tuple[str, int], ...]
    by_platform: tuple[tuple[str, int], ...]
    by_month: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]  # ("Sep 2026", ((category, n), ...))
    alerted: int
    hours_to_ack: tuple[float, ...]
    hours_to_decision: tuple[float, ...]
    removals_requested: int
    removals_done: int
    removals_still_up: int
    hours_to_removal: tuple[float, ...]  # from the request to the post being found gone
    false_alarms: int
    reviewed: int
    open_cases: int
    sars: tuple[SarRow, ...]


def term_span(name: str, tz: str = F.UK_TZ) -> Span:
    """'autumn-2026' -> 1 Sep 2026 to 1 Jan 2027 (London midnights)."""
    season, _, year = name.lower().partition("-")
    if season not in TERMS or not year.isdigit():
        raise ReportError(f"term {name!r}: say autumn-YYYY, spring-YYYY or summer-YYYY")
    (m1, d1), (m2, d2, next_year) = TERMS[season]
    y = int(year)
    zone = ZoneInfo(tz)
    start = datetime.combine(date(y, m1, d1), time(0), tzinfo=zone)
    end = datetime.combine(date(y + next_year, m2, d2), time(0), tzinfo=zone)
    return Span(F.utc(start), F.utc(end), f"{season.capitalize()} term {y}")


def date_span(first: date, last: date, tz: str = F.UK_TZ) -> Span:
    if last < first:
        raise ReportError(f"--to {last} is before --from {first}")
    zone = ZoneInfo(tz)
    start = datetime.combine(first, time(0), tzinfo=zone)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=zone)
    return Span(F.utc(start), F.utc(end), f"{F.fmt_date(first)} to {F.fmt_date(last)}")


def _hours(a: datetime | None, b: datetime | None) -> float | None:
    if a is None or b is None:
        return None
    return max(0.0, (F.utc(b) - F.utc(a)).total_seconds() / 3600)


def median(values: Sequence[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def _is_sar(item: Item) -> bool:
    d = item.decision
    return bool(d) and ("data_request" in d.categories or "respond_data_request" in d.actions)


def _counted(pairs: dict[str, int], order: Sequence[str] = ()) -> tuple[tuple[str, int], ...]:
    known = [k for k in order if pairs.get(k)]
    rest = sorted((k for k in pairs if k not in order and pairs[k]), key=lambda k: (-pairs[k], k))
    return tuple((k, pairs[k]) for k in known + rest)


def school_report(store, school, span: Span, now: datetime) -> SchoolReport:
    from monitor.store.review import Review

    review = Review(store)
    tz = school.timezone or F.UK_TZ
    items = [i for i in store.items(school_id=school.id, since=span.start, priorities=list(FOUND))
             if F.utc(i.fetched) < span.end and i.decision]
    by_cat: dict[str, int] = {}
    by_platform: dict[str, int] = {}
    months: dict[str, dict[str, int]] = {}
    month_order: list[str] = []
    for i in items:
        local = F.utc(i.fetched).astimezone(ZoneInfo(tz))
        label = f"{local:%b %Y}"
        if label not in months:
            months[label] = {}
            month_order.append(label)
        for c in i.decision.categories:
            by_cat[c] = by_cat.get(c, 0) + 1
            months[label][c] = months[label].get(c, 0) + 1
        key = PLATFORMS.get(F.platform_key(i), "Websites and news")
        by_platform[key] = by_platform.get(key, 0) + 1
    month_order.sort(key=lambda m: datetime.strptime(m, "%b %Y"))
    alerted = [i for i in items if i.decision.priority in ALERTED]
    false_ids = review.false_alarm_ids([i.id for i in items])
    to_ack, to_decision = [], []
    reviewed = 0
    for i in alerted:
        sent = [m["sent_at"] for m in store.sent_mail(i.id, "alert") if m.get("sent_at")]
        alert_at = F.utc(datetime.fromisoformat(min(sent).replace("Z", "+00:00"))) if sent else store.triaged_at(i.id)
        events = list(review.iter_audit(mention_id=i.id))
        picked = next((e.at for e in events if e.event in PICKED_UP), None)
        decided = next((e.at for e in events if e.event in ("decision", "false_alarm")), None)
        reviewed += decided is not None
        for bucket, when in ((to_ack, picked), (to_decision, decided)):
            h = _hours(alert_at, when)
            if h is not None:
                bucket.append(round(h, 2))
    watches = [w for w in store.removal_watches([school.id])
               if span.start <= F.utc(w.requested_at) < span.end]
    gone = [w for w in watches if w.gone_at]
    sars = []
    today = F.utc(now).astimezone(ZoneInfo(tz)).date()
    for i in sorted((i for i in items if _is_sar(i)), key=lambda i: i.id):
        deadline = F.deadline_for(i, tz)
        if deadline is None:
            continue
        answer = review.current_decisions(i.id).get("respond_data_request")
        answered = (F.utc(answer.taken_at).astimezone(ZoneInfo(tz)).date()
                    if answer and answer.outcome == "taken" and answer.taken_at else None)
        status = ("met" if answered <= deadline.due else "late") if answered else (
            "overdue" if today > deadline.due else "open")
        received = F.utc(i.published or i.fetched).astimezone(ZoneInfo(tz)).date()
        sars.append(SarRow(f"#{i.id}", received, deadline.due, answered, status))
    return SchoolReport(
        school_id=school.id, school_name=school.name, found=len(items),
        by_priority=tuple((p, sum(i.decision.priority == p for i in items)) for p in FOUND),
        by_category=_counted(by_cat, CATEGORIES), by_platform=_counted(by_platform),
        by_month=tuple((m, _counted(months[m], CATEGORIES)) for m in month_order),
        alerted=len(alerted), hours_to_ack=tuple(to_ack), hours_to_decision=tuple(to_decision),
        removals_requested=len(watches), removals_done=len(gone),
        removals_still_up=sum(1 for w in watches if not w.gone_at and F.utc(now) >= F.utc(w.due_at)),
        hours_to_removal=tuple(round(_hours(w.requested_at, w.gone_at), 2) for w in gone),
        false_alarms=len(false_ids), reviewed=reviewed,
        open_cases=sum(1 for i in alerted if i.state in ("new", "in_review") and i.id not in false_ids),
        sars=tuple(sars))


@dataclass(frozen=True)
class Report:
    span: Span
    generated: datetime
    schools: tuple[SchoolReport, ...]
    trust_name: str = ""


def build_report(store, schools, span: Span, now: datetime, trust_name: str = "") -> Report:
    return Report(span, now, tuple(school_report(store, s, span, now) for s in schools), trust_name)
