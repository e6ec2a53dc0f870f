"""A source's first poll reaches back in time. What it finds that is no longer live pages
nobody: it goes into one summary, an incident a line, newest first."""
from __future__ import annotations

from datetime import datetime

from monitor.config.types import Config, School
from monitor.deliver.age import age_phrase, is_live, posted_at
from monitor.deliver.alert import as_of, target_name
from monitor.deliver.outbox import addresses, quiet_until
from monitor.drafts import context as C
from monitor.drafts import facts as F
from monitor.drafts.text import one_line, safe_url
from monitor.store import Store
from monitor.vocab import Item

SHOWN = 6  # incidents listed; the rest are counted, and all are in the queue


def backfilled(store: Store, school: School, source: str, now: datetime) -> list[Item]:
    return [i for i in store.items(school_id=school.id, priorities=["urgent", "high"])
            if i.source == source and i.extra.get("backfill") and not is_live(i, now)]


def summary_view(store: Store, school: School, source: str, items: list[Item], now: datetime, base_url: str) -> dict:
    groups: dict[object, list[Item]] = {}
    for it in items:
        inc = store.incident_of(it.id)
        groups.setdefault(inc.id if inc else ("item", it.id), []).append(it)
    rows = []
    for posts in groups.values():
        posts.sort(key=posted_at)
        first, newest = posts[0], posts[-1]
        acts = F.ordered_actions(as_of(first, now))
        base = base_url.rstrip("/") if safe_url(base_url) else ""
        rows.append({
            "what": C.what_phrase(first, school, name_staff=True), "platform": F.platform_name(first),
            "posts": len(posts), "author": one_line(first.author, 60) or "(unknown account)",
            "about": target_name(first, school), "age": age_phrase(newest.published or newest.fetched, now),
            "todo": F.action_title(acts[0]) if acts else "read it", "urgent": any(
                p.decision and p.decision.priority == "urgent" for p in posts),
            "url": f"{base}/items/{newest.id}" if base else "", "id": newest.id, "when": posted_at(newest)})
    rows.sort(key=lambda r: (not r["urgent"], -r["when"].timestamp()))
    oldest = min(posted_at(i) for i in items)
    return {"school": school.name, "source": one_line(source, 60), "count": len(items), "incidents": len(rows),
            "days": max(1, (now - oldest).days), "rows": rows[:SHOWN], "more": max(0, len(rows) - SHOWN),
            "queue_url": (base_url.rstrip("/") + "/items") if safe_url(base_url) else ""}


def queue_backfill_summary(store: Store, cfg: Config, source: str, now: datetime) -> int:
    """One message per school for a source's first poll, when it found anything that needs someone."""
    from monitor.deliver.render import _needs_dsl, _render

    queued = 0
    for school in cfg.schools:
        items = backfilled(store, school, source, now)
        if not items:
            continue
        v = summary_view(store, school, source, items, now, cfg.alerts.base_url)
        n = v["incidents"]
        subject = one_line(f"First look back at {v['source']}: {n} thing{'s' if n != 1 else ''} for you, "
                           f"none still live", 150)
        text, html = _render("backfill", dict(s=v, subject=subject))
        roles = ("headteacher", "dsl") if any(_needs_dsl(i) for i in items) else ("headteacher",)
        to = addresses(school, roles)
        if to and store.enqueue(dedup_key=f"backfill:{source}:{school.id}", kind="summary", school_id=school.id,
                                recipients=to, subject=subject, body_text=text, body_html=html, now=now,
                                send_after=quiet_until(now, cfg.alerts.quiet_hours, school.timezone) or now):
            queued += 1
    return queued
