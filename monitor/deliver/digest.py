"""What the daily digest says, read from the store: the period's items, what is still open,
subject-access deadlines, removal requests followed up and failing sources. Rendering is messages.render_digest's job."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Sequence
from zoneinfo import ZoneInfo

from monitor.config.types import Config, School
from monitor.deliver.render import DataRequestDue, DigestData, SourceProblem
from monitor.drafts.facts import deadline_for, utc
from monitor.health import is_down
from monitor.review.followup import removal_news
from monitor.vocab import AWAITING_DECISION, DAYS, NOT_CLOSED, Item

SHOWN = ("urgent", "high", "digest")  # `ignore` is not about us: kept out of digests
# A digest sent a little late still covers from the slot before its own.
GRACE = timedelta(minutes=15)


def digest_period(cfg: Config, now: datetime) -> tuple[datetime, datetime]:
    """From the last scheduled digest before this one, to now (local days and time, DST-aware)."""
    tz = ZoneInfo(cfg.digest.timezone)
    now = utc(now)
    local = now.astimezone(tz)
    days = {DAYS.index(d) for d in cfg.digest.days if d in DAYS} or set(range(7))
    for back in range(0, 15):
        day = local.date() - timedelta(days=back)
        if day.weekday() not in days:
            continue
        slot = datetime.combine(day, cfg.digest.time, tzinfo=tz)
        if slot <= now - GRACE:
            return utc(slot), now
    return now - timedelta(days=1), now


def _order(item: Item) -> tuple:
    p = item.decision.priority if item.decision else "digest"
    return (SHOWN.index(p) if p in SHOWN else 9, -utc(item.fetched).timestamp(), -item.id)


def _is_data_request(item: Item) -> bool:
    d = item.decision
    return bool(d) and ("data_request" in d.categories or "respond_data_request" in d.actions)


def _failing(health: Sequence, now: datetime, stale_after: int) -> list[SourceProblem]:
    out = []
    for h in health:
        ok, err = h.last_success, h.last_error_at
        stale = ok is not None and (now - utc(ok)).total_seconds() > stale_after
        if h.broken or (err is not None and (ok is None or utc(err) > utc(ok))) or stale:
            out.append(SourceProblem(h.name, ok, h.last_error or ("no new data for too long" if stale else None),
                                     err, h.broken, down=stale or is_down(h.broken, h.failures)))
    return out


def build_digest_data(store, cfg: Config, school: School, now: datetime, *,
                      to_roles: tuple[str, ...] = ("headteacher",)) -> DigestData:
    start, end = digest_period(cfg, now)
    now = utc(now)
    items = [i for i in store.items(school_id=school.id, since=start, priorities=list(SHOWN))
             if utc(i.fetched) <= end]
    items.sort(key=_order)
    counts = {p: sum(1 for i in items if i.decision and i.decision.priority == p) for p in SHOWN}
    in_period = {i.id for i in items}
    open_items = sorted((i for i in store.items(school_id=school.id, priorities=["urgent", "high"], states=list(AWAITING_DECISION))
                         if i.id not in in_period), key=_order)

    today = now.astimezone(ZoneInfo(school.timezone or "Europe/London")).date()
    dues = []
    for i in store.items(school_id=school.id, states=list(NOT_CLOSED)):
        if _is_data_request(i) and (dl := deadline_for(i, school.timezone)) is not None:
            dues.append(DataRequestDue(i, dl.due, (dl.due - today).days))
    dues.sort(key=lambda d: (d.due, d.item.id))

    names = [s.name for s in cfg.sources if s.enabled and s.school in (None, school.id)]
    failing = _failing(store.source_health(names, now=now), now, cfg.health.source_stale_after_seconds) if names else []
    return DigestData(school=school, now=now, period_start=start, period_end=end, counts=counts,
                      items=tuple(items), open_items=tuple(open_items), data_requests=tuple(dues),
                      failing_sources=tuple(failing), sources_checked=len(names), base_url=cfg.alerts.base_url,
                      it_told=bool(cfg.email.admin),
                      to_roles=tuple(to_roles), accused=store.accused_staff_ids(school.id),
                      removals=tuple(removal_news(store, school, now)))
