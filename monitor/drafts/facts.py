"""Pure facts the drafts and messages share: who, where, when, and the data-request clock."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from monitor.config.types import School, Staff
from monitor.vocab import ACTION_TITLES, ACTIONS, Item
from monitor.drafts.text import host_of

UK_TZ = "Europe/London"
_TITLE = re.compile(r"^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s", re.I)

# Which category names the post in a subject line, most serious first.
CATEGORY_ORDER = ("threat", "hate", "privacy", "safeguarding", "harassment", "defamation",
                  "data_request", "complaint", "praise", "neutral")


def utc(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return (dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def fmt_utc(dt: datetime | None) -> str:
    dt = utc(dt)
    return dt.strftime("%Y-%m-%d %H:%M UTC") if dt else "unknown"


def fmt_local(dt: datetime | None, tz: str = UK_TZ) -> str:
    """'Tue 14 Jan 2025, 08:15 GMT': %Z gives GMT or BST for Europe/London."""
    dt = utc(dt)
    if dt is None:
        return "unknown"
    loc = dt.astimezone(ZoneInfo(tz or UK_TZ))
    return f"{loc:%a} {loc.day} {loc:%b %Y, %H:%M} {loc.tzname()}"


def fmt_when(dt: datetime | None, tz: str = UK_TZ) -> str:
    """Local time first (what people remember), UTC in brackets (what platforms log)."""
    return "unknown" if dt is None else f"{fmt_local(dt, tz)} ({fmt_utc(dt)})"


def fmt_date(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}"


def data_request_deadline(received: datetime, tz: str = UK_TZ) -> date:
    """One calendar month from the day the request arrived (UK GDPR Art. 12(3)).

    The day is the school's local day, so a post at 23:30 UTC in summer counts
    from the next day. Where the next month has no such day (31 January), the
    deadline is that month's last day, as the ICO says.
    """
    day = utc(received).astimezone(ZoneInfo(tz or UK_TZ)).date()
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Deadline:
    due: date
    received_local: date
    source: str  # "triage" (the decision's fact) or "computed"


def deadline_for(item: Item, tz: str = UK_TZ) -> Deadline | None:
    """The decision's data_request_deadline if it is a date, else computed from the post."""
    when = item.published or item.fetched
    received = utc(when).astimezone(ZoneInfo(tz or UK_TZ)).date() if when else None
    fact = (item.decision.facts.get("data_request_deadline", "") if item.decision else "") or ""
    try:
        due = date.fromisoformat(str(fact)[:10]) if fact else None
    except ValueError:
        due = None
    if due is not None:
        return Deadline(due, received or due, "triage")
    if when is None:
        return None
    return Deadline(data_request_deadline(when, tz), received, "computed")


def display_name(staff: Staff) -> str:
    """'Mr Whitaker' where the config gives such an alias: how the school speaks of them."""
    for alias in staff.aliases:
        if _TITLE.match(alias):
            return alias
    return staff.name


def staff_names(staff: Staff) -> tuple[str, ...]:
    """Every string that would identify this person: for the s141F checks."""
    names = {staff.name, *staff.aliases, display_name(staff)}
    parts = staff.name.split()
    if len(parts) > 1 and len(parts[-1]) > 2:
        names.add(parts[-1])
    return tuple(sorted((n for n in names if n), key=len, reverse=True))


def targets(item: Item, school: School) -> tuple[Staff, ...]:
    """The staff the post is about: the decision's `targets` fact, else the matches."""
    ids: list[str] = []
    fact = item.decision.facts.get("targets", "") if item.decision else ""
    if fact:
        ids = [s.strip() for s in str(fact).split(",") if s.strip()]
    if not ids:
        ids = list(item.staff_ids)
    by_id = {s.id: s for s in school.staff}
    return tuple(by_id[i] for i in dict.fromkeys(ids) if i in by_id)



def ordered_actions(item: Item) -> tuple[str, ...]:
    acts = item.decision.actions if item.decision else ()
    known = [a for a in ACTIONS if a in acts]
    return tuple(known + [a for a in acts if a not in ACTIONS])


def action_title(action: str) -> str:
    return ACTION_TITLES.get(action, action.replace("_", " "))


def primary_category(item: Item) -> str:
    cats = item.decision.categories if item.decision else ()
    for c in CATEGORY_ORDER:
        if c in cats:
            return c
    return "neutral"


# --- platforms --------------------------------------------------------------------

_HOSTS = {
    "reddit.com": "reddit", "old.reddit.com": "reddit", "redd.it": "reddit",
    "youtube.com": "youtube", "m.youtube.com": "youtube", "youtu.be": "youtube",
    "x.com": "x", "twitter.com": "x", "mobile.twitter.com": "x",
    "facebook.com": "facebook", "m.facebook.com": "facebook", "fb.com": "facebook",
    "instagram.com": "instagram", "tiktok.com": "tiktok", "vm.tiktok.com": "tiktok",
    "bsky.app": "bluesky",
}
PLATFORM_NAMES = {"reddit": "Reddit", "youtube": "YouTube", "x": "X (Twitter)", "facebook": "Facebook",
                  "instagram": "Instagram", "tiktok": "TikTok", "bluesky": "Bluesky", "mastodon": "Mastodon"}


def platform_key(item: Item) -> str:
    """Where the post lives: the connector's platform, or the URL's host for feeds and manual reports."""
    p = (item.platform or "").lower()
    if p == "twitter":
        p = "x"
    if p in PLATFORM_NAMES:
        return p
    host = host_of(item.url)
    for known, key in _HOSTS.items():
        if host == known or host.endswith("." + known):
            return key
    return "website"


def platform_name(item: Item) -> str:
    key = platform_key(item)
    if key == "mastodon":
        host = host_of(item.url)
        return f"Mastodon ({host})" if host else "Mastodon"
    if key == "website":
        return host_of(item.url) or (item.source or "a website")
    return PLATFORM_NAMES[key]
