"""Mail to the school, rendered: the urgent alert, the DSL's copy, the escalation, the digest.

Pure: items and drafts in, Message out; sending is notify.py's job. The post's
text is hostile: the HTML templates autoescape, links are made clickable only
for http(s), and bidi controls are shown, not obeyed. An allegation that a
member of staff harmed a child (s141F) never names them to anyone but the
headteacher and the DSL, and never in a subject line, which shows on lock screens.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Mapping, Sequence
from zoneinfo import ZoneInfo

import jinja2
from markupsafe import Markup, escape

from monitor.config.types import School
from monitor.deliver.age import age_phrase
from monitor.deliver.alert import AlertLinks, Attachment, alert_view, as_of, attachments, followup_view
from monitor.deliver.escalation import escalation_view
from monitor.drafts import Draft
from monitor.drafts import context as C
from monitor.drafts import facts as F
from monitor.health import digest_line
from monitor.disclosure import accused_in, hidden_from_others, is_s141f, mail_may_show
from monitor.drafts.text import one_line, safe_url, shown_url
from monitor.vocab import Item

TEMPLATES = Path(__file__).with_name("templates")


@dataclass(frozen=True)
class Message:
    kind: str  # alert, digest, escalation
    subject: str
    text: str
    html: str
    to_roles: tuple[str, ...]  # headteacher, dsl, deputy
    item_id: int | None = None
    attachments: tuple[Attachment, ...] = ()  # the drafts, one text file each


@dataclass(frozen=True)
class RemovalNews:
    """A removal request followed up: the post went, or it is still up after the platform's time."""
    item: Item
    kind: str  # "gone", "overdue" or "unchecked" (the time is up and nobody can say by machine)
    requested: datetime
    when: datetime  # gone: when it was found gone; overdue: the deadline
    how: str  # gone: how ("HTTP 404", "[removed]"...); overdue: the period ("7 days")
    next_steps: tuple = ()  # overdue: monitor.review.next_step.NextStep drafts
    why_unchecked: str = ""  # unchecked: why schoolwatch cannot look at the post itself


@dataclass(frozen=True)
class DataRequestDue:
    item: Item
    due: date
    days_left: int  # negative: overdue


@dataclass(frozen=True)
class SourceProblem:
    name: str
    last_success: datetime | None
    last_error: str | None
    last_error_at: datetime | None = None
    broken: str | None = None  # set when the source will not work until the config changes
    down: bool = True  # past the IT person's threshold (monitor/health.py); False: a failure being retried


@dataclass(frozen=True)
class DigestData:
    school: School
    now: datetime
    period_start: datetime
    period_end: datetime
    counts: Mapping[str, int]  # priority -> items of the period
    items: tuple[Item, ...]  # the period's items, urgent first
    open_items: tuple[Item, ...]  # earlier items still awaiting a decision
    data_requests: tuple[DataRequestDue, ...]
    failing_sources: tuple[SourceProblem, ...]
    sources_checked: int = 0
    it_told: bool = False  # [email] admin is set: the IT person hears of broken sources directly
    base_url: str = ""
    to_roles: tuple[str, ...] = ("headteacher",)
    accused: frozenset[str] = frozenset()  # staff ids accused in any s141F item of the school
    removals: tuple[RemovalNews, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.items or self.open_items or self.data_requests or self.failing_sources or self.removals)


def html_link(url: str | None) -> Markup:
    """HTML: the URL as text; a link only when it is http(s)."""
    if not url:
        return Markup("")
    text = escape(shown_url(url))
    ok = safe_url(url)
    if not ok:
        return Markup('<span class="bad">{} (not a web address: do not open it)</span>').format(text)
    return Markup('<a href="{}" rel="noopener noreferrer nofollow">{}</a>').format(ok, text)


def _env(html: bool) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=html, trim_blocks=True,
                             lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters["link"] = html_link
    return env


_TEXT, _HTML = _env(False), _env(True)


def _render(name: str, view: dict) -> tuple[str, str]:
    text = _TEXT.get_template(f"{name}.txt.j2").render(view).strip() + "\n"
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text, _HTML.get_template(f"{name}.html.j2").render(view)


def _review_url(base_url: str, item_id: int) -> str:
    return f"{base_url.rstrip('/')}/items/{item_id}" if safe_url(base_url) else ""


def alert_subject(item: Item, school: School, *, for_dsl: bool = False, now: datetime | None = None) -> str:
    """'Threat to Mr Whitaker on Reddit, posted 2 hours ago: report to police': who, what, when, the first thing."""
    item = as_of(item, now)
    acts = F.ordered_actions(item)
    first = "dsl_review" if for_dsl and "dsl_review" in acts else (acts[0] if acts else "")
    subject = f"{C.what_phrase(item, school, name_staff=True)} on {F.platform_name(item)}"
    if now is not None:
        subject += f", {age_phrase(item.published or item.fetched, now)}"
    if first:
        subject += f": {F.action_title(first)}"
    if for_dsl:
        subject = "For the DSL: " + subject
    return one_line(subject, 150)


def _item_view(item: Item, school: School, base_url: str, *, redact: bool, now: datetime | None = None) -> dict:
    tz = school.timezone or F.UK_TZ
    acts = F.ordered_actions(item)
    d = item.decision
    return {
        "id": item.id, "redacted": redact, "priority": d.priority if d else "",
        "what": C.what_phrase(item, school, name_staff=not redact), "platform": F.platform_name(item),
        "post": None if redact else C.post_view(item, tz), "when": F.fmt_local(item.published or item.fetched, tz),
        "age": age_phrase(item.published or item.fetched, now) if now else "",
        "why": "" if redact or not d else one_line(d.why),
        "rules": () if redact or not d else tuple(d.rules),
        "scores": [] if redact else sorted(((k, float(v)) for k, v in item.scores.items()), key=lambda kv: -kv[1]),
        "actions": [F.action_title(a) for a in acts], "review_url": _review_url(base_url, item.id),
        "state": item.state, "s141f": is_s141f(item),
    }


def _needs_dsl(item: Item) -> bool:
    d = item.decision
    return bool(d) and ("dsl_review" in d.actions or "safeguarding" in d.categories or is_s141f(item))


def render_alert(item: Item, school: School, drafts: Sequence[Draft], base_url: str, *,
                 now: datetime | None = None, links: Mapping[str, AlertLinks] | None = None) -> list[Message]:
    """The headteacher's alert; and the DSL's, with what is hers, when it is a safeguarding matter.

    links: per role (headteacher, dsl), the acknowledge link and when the deputy is told.
    """
    review = _review_url(base_url, item.id)
    links = links or {}
    if "call_999" not in F.ordered_actions(as_of(item, now)):  # its time has passed
        drafts = [d for d in drafts if d.action != "call_999"]

    def link(role: str) -> AlertLinks:
        got = links.get(role, AlertLinks())
        return replace(got, review_url=review)

    out = []
    subject = alert_subject(item, school, now=now)
    a = alert_view(item, school, drafts, now, link("headteacher"))
    text, html = _render("alert", dict(a=a, subject=subject))
    out.append(Message("alert", subject, text, html, ("headteacher",), item.id, attachments(drafts)))
    if _needs_dsl(item):
        mine = [d for d in drafts if d.audience == "dsl" or d.action == "dsl_review"]
        subject = alert_subject(item, school, for_dsl=True, now=now)
        a = alert_view(item, school, mine, now, link("dsl"), for_dsl=True,
                       others=[d.title for d in drafts if d not in mine])
        text, html = _render("alert", dict(a=a, subject=subject))
        out.append(Message("alert", subject, text, html, ("dsl",), item.id, attachments(mine)))
    return out


def render_follow_up(item: Item, school: School, base_url: str, *, posts_in_incident: int, opened: datetime,
                     now: datetime | None = None, links: Mapping[str, AlertLinks] | None = None) -> list[Message]:
    """A later post of an incident: a short note, never a second full alert (the first has the drafts)."""
    review = _review_url(base_url, item.id)
    links = links or {}
    roles = ("headteacher", "dsl") if _needs_dsl(item) else ("headteacher",)
    out = []
    for role in roles:
        a = followup_view(item, school, posts_in_incident, opened, now,
                          replace(links.get(role, AlertLinks()), review_url=review))
        subject = one_line(f"{'For the DSL: ' if role == 'dsl' else ''}Follow-up: {a['more']}, {a['age']}", 150)
        text, html = _render("followup", dict(a=a, subject=subject))
        out.append(Message("alert", subject, text, html, (role,), item.id))
    return out


def render_escalation(item: Item, school: School, drafts: Sequence[Draft], base_url: str,
                      alerted_at: datetime | None = None, accused: frozenset[str] = frozenset(), *,
                      now: datetime | None = None, links: AlertLinks | None = None) -> Message:
    """For the deputy, when the headteacher has not acknowledged an urgent alert: the alert's shape
    (deliver/escalation.py), the drafts attached. s141F: no details at all, also when the post names
    someone accused in another item (`accused`: their staff ids): together the two would identify them.
    links: the deputy's own acknowledge link."""
    hidden = hidden_from_others(item, accused | accused_in([item]))
    if "call_999" not in F.ordered_actions(as_of(item, now)):  # its time has passed
        drafts = [d for d in drafts if d.action != "call_999"]
    drafts = [] if hidden else list(drafts)
    a = escalation_view(item, school, drafts, now, replace(links or AlertLinks(), review_url=_review_url(
        base_url, item.id)), alerted_at=alerted_at, hidden=hidden)
    what = a["what"] if hidden else alert_subject(item, school, now=now)
    subject = one_line(f"Not yet acknowledged: {what}", 150)
    text, html = _render("escalation", dict(a=a, subject=subject))
    return Message("escalation", subject, text, html, ("deputy",), item.id, attachments(drafts))


def render_digest(data: DigestData) -> Message:
    school, tz = data.school, data.school.timezone or F.UK_TZ
    everything = (*data.items, *data.open_items, *(d.item for d in data.data_requests),
                  *(r.item for r in data.removals))
    accused = data.accused | accused_in(everything)

    def view(item: Item) -> dict:
        return _item_view(item, school, data.base_url, redact=not mail_may_show(data.to_roles, item, accused),
                          now=data.now)

    counts = {p: int(data.counts.get(p, 0)) for p in ("urgent", "high", "digest")}
    day = data.now.astimezone(ZoneInfo(tz))
    label = f"{day:%a} {day.day} {day:%b}"
    summary = ", ".join(f"{n} {'other' if p == 'digest' else p}" for p, n in counts.items() if n) or "nothing new"
    subject = one_line(f"{school.name} digest, {label}: {summary}", 150)
    v = {
        "school": school.name, "subject": subject, "date": F.fmt_date(day.date()),
        "since": F.fmt_local(data.period_start, tz), "counts": counts, "empty": data.is_empty,
        "action_items": [view(i) for i in data.items if i.decision and i.decision.priority in ("urgent", "high")],
        "other_items": [view(i) for i in data.items if not i.decision or i.decision.priority not in ("urgent", "high")],
        "open_items": [view(i) for i in data.open_items],
        "data_requests": [dict(view(r.item), due=F.fmt_date(r.due), days_left=r.days_left) for r in data.data_requests],
        "removals": [dict(view(r.item), kind=r.kind, requested=F.fmt_local(r.requested, tz), at=F.fmt_local(r.when, tz),
                          how=r.how, why_unchecked=r.why_unchecked,
                          steps=[{"title": s.title, "send_via": s.send_via, "text": s.text} for s in r.next_steps]
                          if mail_may_show(data.to_roles, r.item, accused) else [])
                     for r in data.removals],
        # One plain line a source: the headteacher reads a phone, not a stack trace.
        "failing": [one_line(digest_line(s.name, s.last_success, data.now, tz, data.it_told, s.down), 200)
                    for s in data.failing_sources],
        "sources_checked": data.sources_checked, "base_url": data.base_url if safe_url(data.base_url) else "",
    }
    text, html = _render("digest", v)
    return Message("digest", subject, text, html, tuple(data.to_roles))
