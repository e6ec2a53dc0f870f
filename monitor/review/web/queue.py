"""The queue: flagged items, urgent first and newest first within a priority, with filters,
counts and the week's precision. It opens on what needs action (urgent and high, not yet
decided), a page at a time; an incident (one author's posts about one person) is one row."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import Blueprint, g, render_template, request

from monitor.store.queue import FLAGGED, QueueFilter, QueueScope, when_text
from monitor.vocab import CATEGORIES, STATES
from monitor.review.web.views import school_tz, visible_school_ids

bp = Blueprint("queue", __name__)

OPEN = ("new", "in_review")
# The views, in the order of the tabs: (label, the priorities it shows, its states, the states it leaves out).
VIEWS = {
    "needs": ("Needs action", ("urgent", "high"), OPEN, ()),
    "open": ("All open", FLAGGED, OPEN, ()),
    "done": ("Decided or closed", FLAGGED, (), OPEN),
    "all": ("All flagged", FLAGGED, (), ()),
}
PAGE_SIZE = 50


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def in_view(view: str, priority: str, state: str) -> bool:
    _, priorities, states, not_states = VIEWS[view]
    return priority in priorities and (not states or state in states) and state not in not_states


def view_counts(counts: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """The tabs: (view, label, items) from the store's (priority, state, items)."""
    return [(k, label, sum(n for p, s, n in counts if in_view(k, p, s))) for k, (label, *_) in VIEWS.items()]


def day_start(day: date, tz: str) -> str | None:
    """The first instant of a local day, as the store compares it; None past the calendar's end."""
    try:
        return when_text(datetime.combine(day, time(0), tzinfo=ZoneInfo(tz)))
    except (OverflowError, ValueError):
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

    def for_store(self, cfg) -> QueueFilter:
        """The store's filter: the view and every narrowing, the posted dates in each school's own time."""
        _, priorities, states, not_states = VIEWS[self.view]
        if self.priority:
            priorities = tuple(p for p in priorities if p == self.priority)
        if self.state:
            states = tuple(s for s in (states or STATES) if s == self.state and s not in not_states)
            not_states = () if states else not_states
            if not states:  # the view leaves out the state asked for: nothing
                priorities = ()
        posted = ()
        if self.since or self.until:
            posted = tuple((sid, *self._bounds(school_tz(cfg, sid)))
                           for sid in [s.id for s in cfg.schools] + [None])
        return QueueFilter(priorities=priorities, states=states, not_states=not_states, category=self.category,
                           person=self.person, source=self.source, posted=posted)

    def _bounds(self, tz: str) -> tuple[str | None, str | None]:
        start = None
        if self.since:
            start = day_start(self.since, tz) or "~"  # past the calendar's end: nothing is posted after it
        before = None
        if self.until and self.until < date.max:
            before = day_start(self.until + timedelta(days=1), tz)
        return start, before

    def args(self, **changes) -> dict:
        """The query string of this view with some changes: for the tabs and the pages."""
        out = {k: v for k, v in {**self.__dict__, **changes}.items() if v}
        return {k: v.isoformat() if isinstance(v, date) else v for k, v in out.items()}


def queue_scope(ctx, user) -> QueueScope:
    """What the account may open of the flagged items (monitor/review/web/views.py may_see_item)."""
    from monitor.disclosure import WEB_LEADERS

    schools = visible_school_ids(ctx.cfg, user)
    if user.role in WEB_LEADERS:
        return QueueScope(tuple(schools) if schools is not None else None)
    accused = ctx.store.accused_staff_ids(user.school_id)
    return QueueScope((user.school_id,), hidden=ctx.store.hidden_from(user.school_id, accused))


@bp.get("/")
def queue():
    from flask import current_app

    from monitor.deliver.age import age_phrase

    ctx = current_app.extensions["schoolwatch"]
    if g.user.role == "reporter":  # office staff report; they do not read the queue
        from flask import redirect, url_for
        return redirect(url_for("report.report_form"))
    with ctx.store.reading():  # the hidden items, the page and its figures: one moment
        scope = queue_scope(ctx, g.user)
        f = Filters.from_args(request.args)
        try:
            asked = int(request.args.get("page", "1"))
        except ValueError:
            asked = 1
        shown, page = ctx.store.queue_page(scope, f.for_store(ctx.cfg), asked, PAGE_SIZE)
        rows = list(shown.items)
        pages = max(1, -(-shown.total // PAGE_SIZE))
        now = ctx.now()
        week_ago = now - timedelta(days=7)
        schools = visible_school_ids(ctx.cfg, g.user)
        review = ctx.review
        decided = {i.id: review.current_decisions(i.id) for i in rows}
        summary = ctx.store.queue_summary(scope)
        by_priority, by_state = Counter(), Counter()
        for p, st, n in summary.counts:
            by_priority[p] += n
            by_state[st] += n
        # A viewer's figures count only the items a viewer may open (never the safeguarding ones).
        visible = None if scope.leader else scope
        precision = {"urgent": review.precision(schools, week_ago, ("urgent",), scope=visible),
                     "flagged": review.precision(schools, week_ago, FLAGGED, scope=visible)}
        false_alarms = review.false_alarm_ids([i.id for i in rows])
    return render_template(
        "queue.html", items=rows, total=shown.total, page=page, pages=pages, filters=f, decided=decided,
        more=shown.more, ages={i.id: age_phrase(i.published or i.fetched, now) for i in rows},
        views=view_counts(list(summary.counts)), counts={"priority": by_priority, "state": by_state, "all": sum(by_state.values())},
        choices={"priority": FLAGGED, "state": STATES, "category": CATEGORIES, "source": list(summary.sources),
                 "person": list(summary.people)},
        precision=precision, false_alarms=false_alarms)
