"""The headteacher's alert, read on a phone in one screen.

Headline (who, what, where, how long ago), the one thing to do first, the numbered
actions, the post, why in one plain sentence, and the "I'm dealing with this" link.
The drafts travel as attachments, one text file each; rule names, scores, hashes and
commands stay on the item page and in the evidence pack. Pure: the clock, the
acknowledge link and the escalation time are passed in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Sequence

from monitor.config.types import School
from monitor.deliver.age import age_phrase, is_live, posted_at
from monitor.disclosure import is_s141f
from monitor.drafts import Draft
from monitor.drafts import context as C
from monitor.drafts import facts as F
from monitor.drafts.text import one_line, safe_url, shown_url, visible
from monitor.vocab import Item

QUOTE_WORDS = 60  # the post in the mail; the whole of it is on the item page
WHY_WORDS = 40

# What the first action means on a phone, in a hurry.
FIRST_HINT = {
    "call_999": "Call 999 now: the post names a time or place that is still ahead.",
    "report_police": "Report it to the police on 101 or online (draft 1).",
    "dsl_review": "Pass it to the DSL today.",
    "request_removal": "Ask the platform to remove it (draft 1).",
}
DSL_HINT = "Read it today and decide the safeguarding steps (draft 1)."


@dataclass(frozen=True)
class Attachment:
    filename: str
    text: str


@dataclass(frozen=True)
class AlertLinks:
    """Where the alert points. ack_url: the signed one-purpose link; empty without base_url."""
    review_url: str = ""
    ack_url: str = ""
    deputy_at: datetime | None = None  # when the deputy is told if nobody acknowledges


def as_of(item: Item, now: datetime | None) -> Item:
    """The item as it stands at `now`: once the time a post named has passed, it is no 999 call."""
    d = item.decision
    if now is None or d is None or "call_999" not in d.actions or is_live(item, now):
        return item
    acts = tuple(a for a in d.actions if a != "call_999") or ("report_police",)
    if "report_police" not in acts:
        acts = ("report_police", *acts)
    return replace(item, decision=replace(d, actions=acts))


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_SCORE = re.compile(r"\s*\((?:[a-z]+ )?score [0-9.]+\)", re.I)
_DO = re.compile(r";\s*(?:call 999|DSL review)\.?$", re.I)


def plain_why(why: str) -> str:
    """The reason in one plain sentence: no scores, no instruction (the actions say what to do)."""
    first = _SENTENCE.split(one_line(why).strip())[0] if why else ""
    first = _DO.sub(".", _SCORE.sub("", first)).strip()
    words = first.split()
    if len(words) > WHY_WORDS:
        first = " ".join(words[:WHY_WORDS]) + "..."
    return first[:1].upper() + first[1:]


def _short_quote(text: str) -> str:
    words = visible(text).split()
    return " ".join(words[:QUOTE_WORDS]) + (" [...]" if len(words) > QUOTE_WORDS else "")


def attachment_name(n: int, draft: Draft) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", draft.title.lower()).strip("-")[:40] or draft.action
    return f"{n}-{slug}.txt"


def attachments(drafts: Sequence[Draft]) -> tuple[Attachment, ...]:
    out = []
    for n, d in enumerate(drafts, 1):
        head = [f"{d.title} (for: {d.audience})"]
        if d.send_via:
            head.append(f"Send via: {d.send_via}")
        if d.problem:
            head.append(f"Note: {d.problem}")
        if d.subject:
            head.append(f"Subject: {d.subject}")
        out.append(Attachment(attachment_name(n, d), "\n".join(head) + "\n\n" + d.text.rstrip() + "\n"))
    return tuple(out)


def alert_view(item: Item, school: School, drafts: Sequence[Draft], now: datetime | None, links: AlertLinks,
               *, for_dsl: bool = False, others: Sequence[str] = ()) -> dict:
    tz = school.timezone or F.UK_TZ
    had_999 = "call_999" in (item.decision.actions if item.decision else ())
    live = now is None or is_live(item, now)
    item = as_of(item, now)
    acts = F.ordered_actions(item)
    first = "dsl_review" if for_dsl and "dsl_review" in acts else (acts[0] if acts else "")
    when = posted_at(item)
    return {
        "what": C.what_phrase(item, school, name_staff=True), "platform": F.platform_name(item),
        "age": age_phrase(item.published or item.fetched, now) if now else f"posted {F.fmt_local(when, tz)}",
        "posted": F.fmt_local(when, tz), "author": one_line(item.author) or "(unknown account)",
        "quote": _short_quote(item.text), "url": shown_url(item.url) if safe_url(item.url) else "",
        "url_raw": item.url if safe_url(item.url) else "",
        "bad_url": "" if safe_url(item.url) or not item.url else shown_url(item.url),
        "why": plain_why(item.decision.why if item.decision else ""),
        "first": F.action_title(first) if first else "",
        "first_hint": DSL_HINT if for_dsl and first == "dsl_review" else FIRST_HINT.get(first, ""),
        "passed": had_999 and not live,  # the alert says why this is not a 999 call
        "steps": [{"n": n, "title": d.title, "file": attachment_name(n, d), "via": d.send_via}
                  for n, d in enumerate(drafts, 1)],
        "others": list(others), "for_dsl": for_dsl, "s141f": is_s141f(item),
        "review_url": links.review_url, "ack_url": links.ack_url,
        "deputy_at": F.fmt_local(links.deputy_at, tz) if links.deputy_at else "",
        "item_id": item.id, "school": school.name,
    }


def target_name(item: Item, school: School) -> str:
    """Who an incident is about, as the head says it; never the accused's name (s141F) in a subject."""
    if is_s141f(item):
        return "a member of staff"
    staff = F.targets(item, school)
    return F.display_name(staff[0]) if staff else school.name


def followup_view(item: Item, school: School, posts_in_incident: int, opened: datetime, now: datetime | None,
                  links: AlertLinks) -> dict:
    """A later post of an incident: what is new, in a few lines; the first alert has the drafts."""
    view = alert_view(item, school, (), now, links)
    more = posts_in_incident - 1
    view.update({
        "more": f"{more} more post{'s' if more != 1 else ''} by {view['author']} about {target_name(item, school)}",
        "in_all": posts_in_incident, "since": F.fmt_local(opened, school.timezone or F.UK_TZ),
    })
    return view
