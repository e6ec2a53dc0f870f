"""The deputy's mail, when the headteacher has not acknowledged an urgent alert in time.

The same shape as the head's alert (alert.py), read on a phone in a hurry: a headline saying
the head has not acknowledged it and since when, the one thing to do first, the numbered
actions (drafts attached), the post, why in one sentence, and the "I'm dealing with this"
link. No rule names, scores, hashes or commands.

The deputy is not a leader under s141F (monitor/disclosure.py): an allegation against a
member of staff, or any post naming someone accused in one, reaches them as a headline and
"phone the head or the DSL", never the post, the reason or the drafts. Pure: the clock and
the links are passed in.
"""
from __future__ import annotations

from datetime import datetime
from typing import Sequence

from monitor.config.types import School
from monitor.deliver.age import age_phrase
from monitor.deliver.alert import AlertLinks, alert_view
from monitor.drafts import Draft
from monitor.drafts import context as C
from monitor.drafts import facts as F
from monitor.vocab import Item

# What the deputy does when the details are not theirs to read.
HIDDEN_FIRST = "Phone the headteacher now; if you cannot reach them, phone the DSL."
HIDDEN_STEPS = ("Phone the headteacher.", "If you cannot reach them, phone the DSL.",
                "Once one of them has it, acknowledge it below.")
HIDDEN_WHY = "Only the headteacher and the DSL may read the details (Education Act 2002 s141F)."


def ago(when: datetime, now: datetime) -> str:
    """'2 hours ago', 'just now'."""
    return age_phrase(when, now).removeprefix("posted ")


def since_phrase(alerted_at: datetime | None, now: datetime | None, tz: str) -> str:
    """When the head was alerted: 'Tue 4 Mar 2025, 05:05 GMT (2 hours ago)'."""
    if alerted_at is None:
        return ""
    at = F.fmt_local(alerted_at, tz)
    return f"{at} ({ago(alerted_at, now)})" if now is not None else at


def escalation_view(item: Item, school: School, drafts: Sequence[Draft], now: datetime | None, links: AlertLinks,
                    *, alerted_at: datetime | None, hidden: bool) -> dict:
    """hidden: the deputy may not read this item's details (monitor/disclosure.py decides)."""
    tz = school.timezone or F.UK_TZ
    since = since_phrase(alerted_at, now, tz)
    if not hidden:
        view = alert_view(item, school, drafts, now, links)
        first = view["first"]
        do_first = view["first_hint"] or (f"{first[:1].upper()}{first[1:]}." if first else "Read the post and decide.")
        return {**view, "hidden": False, "since": since, "do_first": do_first}
    when = item.published or item.fetched
    return {
        "hidden": True, "since": since, "passed": False, "item_id": item.id, "school": school.name,
        "what": C.what_phrase(item, school, name_staff=False), "platform": F.platform_name(item),
        "age": age_phrase(when, now) if now else f"posted {F.fmt_local(when, tz)}",
        "do_first": HIDDEN_FIRST, "hidden_steps": HIDDEN_STEPS, "why": HIDDEN_WHY,
        "review_url": links.review_url, "ack_url": links.ack_url,
    }
