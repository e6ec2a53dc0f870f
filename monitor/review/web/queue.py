"""The queue: flagged items, urgent first and newest first within a priority, with filters,
counts and the week's precision."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

from flask import Blueprint, g, render_template, request

from monitor.vocab import CATEGORIES, STATES, Item
from monitor.review.web.views import may_see_item, visible_school_ids

bp = Blueprint("queue", __name__)

FLAGGED = ("urgent", "high", "digest")  # `ignore` is not about us and never queued
_RANK = {p: i for i, p in enumerate(FLAGGED)}


@dataclass(frozen=True)
class Filters:
    priority: str = ""
    category: str = ""
    person: str = ""  # "school" or "staff:<id>"
    source: str = ""
    state: str = ""

    @classmethod
    def from_args(cls, args) -> "Filters":
        def pick(key: str, allowed) -> str:
            value = args.get(key, "")
            return value if allowed is None or value in allowed else ""
        return cls(priority=pick("priority", FLAGGED), category=pick("category", CATEGORIES),
                   person=args.get("person", "")[:200], source=args.get("source", "")[:200],
                   state=pick("state", STATES))

    def keep(self, item: Item) -> bool:
        d = item.decision
        return ((not self.priority or d.priority == self.priority)
                and (not self.category or self.category in d.categories)
                and (not self.person or self.person in item.about)
                and (not self.source or item.source == self.source)
                and (not self.state or item.state == self.state))


def order_key(item: Item):
    when = item.published or item.fetched
    return (_RANK.get(item.decision.priority, 9), -when.timestamp(), -item.id)


def flagged_items(ctx, user) -> list[Item]:
    schools = visible_school_ids(ctx.cfg, user)
    items: list[Item] = []
    for sid in schools if schools is not None else [None]:
        items.extend(ctx.store.items(school_id=sid, priorities=FLAGGED))
    return [i for i in items if i.decision and may_see_item(user, i)]


@bp.get("/")
def queue():
    from flask import current_app
    ctx = current_app.extensions["schoolwatch"]
    everything = flagged_items(ctx, g.user)
    f = Filters.from_args(request.args)
    shown = sorted((i for i in everything if f.keep(i)), key=order_key)
    limit = ctx.settings.queue_limit
    week_ago = ctx.now() - timedelta(days=7)
    schools = visible_school_ids(ctx.cfg, g.user)
    review = ctx.review
    decided = {i.id: review.current_decisions(i.id) for i in shown[:limit]}
    return render_template(
        "queue.html", items=shown[:limit], total=len(shown), limit=limit, filters=f, decided=decided,
        counts={"priority": Counter(i.decision.priority for i in everything),
                "state": Counter(i.state for i in everything), "all": len(everything)},
        choices={"priority": FLAGGED, "state": STATES, "category": CATEGORIES,
                 "source": sorted({i.source for i in everything}),
                 "person": sorted({(i.school_id, a) for i in everything for a in i.about})},
        precision={"urgent": review.precision(schools, week_ago, ("urgent",)),
                   "flagged": review.precision(schools, week_ago, FLAGGED)},
        false_alarms=review.false_alarm_ids([i.id for i in shown[:limit]]))
