"""The queue: flagged items, urgent first and newest first within a priority, with filters,
counts and the week's precision. It opens on what needs action (urgent and high, not yet
decided), a page at a time; an incident (one author's posts about one person) is one row."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from flask import Blueprint, g, render_template, request

from monitor.vocab import CATEGORIES, STATES, Item
from monitor.review.web.views import may_see_item, visible_school_ids

bp = Blueprint("queue", __name__)

FLAGGED = ("urgent", "high", "digest")  # `ignore` is not about us and never queued
_RANK = {p: i for i, p in enumerate(FLAGGED)}


OPEN = ("new", "in_review")
# The views, in the order of the tabs: (label, keeps an item).
VIEWS = {
    "needs": ("Needs action", lambda i: i.state in OPEN and i.decision.priority in ("urgent", "high")),
    "open": ("All open", lambda i: i.state in OPEN),
    "done": ("Decided or closed", lambda i: i.state not in OPEN),
    "all": ("All flagged", lambda i: True),
}
PAGE_SIZE = 50


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Filters:
    view: str = "needs"
    priority: str = ""
    category: str = ""
    person: str = ""  # "school" or "staff:<id>"
    source: str = ""
    state: str = ""
    since: date | None = None  # posted on or after, the school's local date
    until: date | None = None  # posted on or before

    @classmethod
    def from_args(cls, args) -> "Filters":
        def pick(key: str, allowed) -> str:
            value = args.get(key, "")
            return value if allowed is None or value in allowed else ""
        f = cls(priority=pick("priority", FLAGGED), category=pick("category", CATEGORIES),
                person=args.get("person", "")[:200], source=args.get("source", "")[:200],
                state=pick("state", STATES), since=_day(args.get("since", "")), until=_day(args.get("until", "")))
        # Opening the queue shows what needs action; asking for something in particular searches all of it.
        narrowed = any((f.priority, f.category, f.person, f.source, f.state, f.since, f.until))
        view = pick("view", VIEWS) or ("all" if narrowed else "needs")
        return cls(**{**f.__dict__, "view": view})

    @property
    def narrowed(self) -> bool:
        return any((self.priority, self.category, self.person, self.source, self.state, self.since, self.until))

    def keep(self, item: Item, tz: str = "Europe/London") -> bool:
        d = item.decision
        posted = (item.published or item.fetched).astimezone(ZoneInfo(tz)).date()
        return (VIEWS[self.view][1](item)
                and (not self.priority or d.priority == self.priority)
                and (not self.category or self.category in d.categories)
                and (not self.person or self.person in item.about)
                and (not self.source or item.source == self.source)
                and (not self.state or item.state == self.state)
                and (not self.since or posted >= self.since)
                and (not self.until or posted <= self.until))

    def args(self, **changes) -> dict:
        """The query string of this view with some changes: for the tabs and the pages."""
        out = {k: v for k, v in {**self.__dict__, **changes}.items() if v}
        return {k: v.isoformat() if isinstance(v, date) else v for k, v in out.items()}


def order_key(item: Item):
    when = item.published or item.fetched
    return (_RANK.get(item.decision.priority, 9), -when.timestamp(), -item.id)


def flagged_items(ctx, user) -> list[Item]:
    schools = visible_school_ids(ctx.cfg, user)
    items: list[Item] = []
    for sid in schools if schools is not None else [None]:
        items.extend(ctx.store.items(school_id=sid, priorities=FLAGGED))
    return [i for i in items if i.decision and may_see_item(user, i)]


def one_row_per_incident(ctx, items: list[Item]) -> tuple[list[Item], dict[int, int]]:
    """Keep the first (most pressing) post of each incident; {its id: how many more posts}."""
    sizes = ctx.store.incident_sizes([i.id for i in items])
    kept, seen, more = [], set(), {}
    for i in items:
        inc = sizes.get(i.id)
        if inc is None:
            kept.append(i)
        elif inc[0] not in seen:
            seen.add(inc[0])
            kept.append(i)
            more[i.id] = inc[1] - 1
    return kept, more


@bp.get("/")
def queue():
    from flask import current_app

    from monitor.deliver.age import age_phrase
    from monitor.review.web.views import school_tz

    ctx = current_app.extensions["schoolwatch"]
    if g.user.role == "reporter":  # office staff report; they do not read the queue
        from flask import redirect, url_for
        return redirect(url_for("report.report_form"))
    everything = flagged_items(ctx, g.user)
    f = Filters.from_args(request.args)
    shown = sorted((i for i in everything if f.keep(i, school_tz(ctx.cfg, i.school_id))), key=order_key)
    shown, more = one_row_per_incident(ctx, shown)
    pages = max(1, -(-len(shown) // PAGE_SIZE))
    try:
        page = min(max(1, int(request.args.get("page", "1"))), pages)
    except ValueError:
        page = 1
    rows = shown[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
    now = ctx.now()
    week_ago = now - timedelta(days=7)
    schools = visible_school_ids(ctx.cfg, g.user)
    review = ctx.review
    decided = {i.id: review.current_decisions(i.id) for i in rows}
    # A viewer's figures count only the items a viewer may open (never the safeguarding ones).
    visible_ids = None if g.user.may_decide else [i.id for i in everything]
    return render_template(
        "queue.html", items=rows, total=len(shown), page=page, pages=pages, filters=f, decided=decided,
        more=more, ages={i.id: age_phrase(i.published or i.fetched, now) for i in rows},
        views=[(k, label, sum(1 for i in everything if keep(i))) for k, (label, keep) in VIEWS.items()],
        counts={"priority": Counter(i.decision.priority for i in everything),
                "state": Counter(i.state for i in everything), "all": len(everything)},
        choices={"priority": FLAGGED, "state": STATES, "category": CATEGORIES,
                 "source": sorted({i.source for i in everything}),
                 "person": sorted({(i.school_id, a) for i in everything for a in i.about})},
        precision={"urgent": review.precision(schools, week_ago, ("urgent",), visible_ids),
                   "flagged": review.precision(schools, week_ago, FLAGGED, visible_ids)},
        false_alarms=review.false_alarm_ids([i.id for i in rows]))
