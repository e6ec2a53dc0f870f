"""Following a removal request: which address to check, what an answer means, when the check
after next is due, when the platform's time is up, and the next step's drafts. Pure.

A defamation notice gives the website operator 48 working hours (Defamation (Operators of
Websites) Regulations 2013); otherwise a platform is given a week, the time Report Harmful
Content asks to have passed before it takes a case. Either way the DSL is told on a working day.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from monitor.review.workdays import add_working_hours, next_working_moment
from monitor.vocab import Item

DEFAMATION_HOURS = 48
PLATFORM_DAYS = 7
# Checks after the request: soon, then daily. Few, and each one conditional (ETag, Last-Modified).
SCHEDULE = (timedelta(hours=2), timedelta(hours=8), timedelta(hours=24))
DAILY = timedelta(hours=24)
# A post still up this long after its deadline is the DSL's (told, with the next step): checks stop.
GIVE_UP_AFTER = timedelta(days=28)
BLUESKY_API = "https://public.api.bsky.app/xrpc/app.bsky.feed.getPosts?uris="
# Reddit's markers for a comment or post taken down by moderators or Reddit, or by its author.
REDDIT_GONE = {"[removed]": "removed by the moderators or Reddit ([removed])",
               "[deleted]": "deleted by its author ([deleted])"}
UNCHECKABLE = {"manual": "reported by a person from a closed group: ask them to look",
               "youtube": "YouTube's pages answer whether or not the comment is there: look on the video"}


@dataclass(frozen=True)
class Verdict:
    state: str  # "gone", "up" or "unknown" (try again later)
    how: str  # "HTTP 404", "[removed]"...; for unknown, why
    retry_after: float | None = None


def notice_for(item: Item) -> str:
    """'defamation' when the request is a notice of complaint about defamation; else 'platform'."""
    return "defamation" if item.decision and "defamation" in item.decision.categories else "platform"


def due_at(requested: datetime, notice: str) -> datetime:
    if notice == "defamation":
        return add_working_hours(requested, DEFAMATION_HOURS)
    return next_working_moment(requested + timedelta(days=PLATFORM_DAYS))


def period_words(notice: str) -> str:
    return "48 working hours" if notice == "defamation" else "7 days"


def check_url(item: Item) -> str:
    """The address that answers whether the post is still there; '' where none does."""
    if item.platform in UNCHECKABLE or not item.url.startswith(("http://", "https://")):
        return ""
    if item.platform == "reddit":
        return item.url.split("?")[0].rstrip("/") + "/.json?raw_json=1"
    if item.platform == "bluesky" and str(item.extra.get("uri", "")).startswith("at://"):
        return BLUESKY_API + quote(str(item.extra["uri"]), safe="")
    return item.url


def next_check(requested: datetime, checks_done: int, now: datetime, due: datetime) -> datetime | None:
    """When to look next; None once the post has been given up on (the DSL has been told)."""
    if now > due + GIVE_UP_AFTER:
        return None
    step = SCHEDULE[checks_done] if checks_done < len(SCHEDULE) else DAILY
    at = (now if checks_done else requested) + step
    # One check lands on the deadline itself, so "still up" is said the day it is due.
    if now < due < at:
        at = due
    return max(at, now)


def _reddit_thing(body: object, fullname: str) -> dict | None:
    stack = [body]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            data = node.get("data")
            if isinstance(data, dict) and data.get("name") == fullname:
                return data
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
    return None


def interpret(item: Item, status: int | None, body: bytes, retry_after: float | None = None) -> Verdict:
    """What one answer from check_url(item) says about the post."""
    if status is None:
        return Verdict("unknown", "no answer (cannot connect or timed out)")
    if status in (404, 410):
        return Verdict("gone", f"HTTP {status}")
    if status == 304:
        return Verdict("up", "unchanged since the last check (HTTP 304)")
    if status == 429 or status >= 500:
        return Verdict("unknown", f"HTTP {status}: the site asked us to come back later", retry_after)
    if status >= 400:
        return Verdict("unknown", f"HTTP {status}: the site refused to say")
    if item.platform == "reddit":
        try:
            thing = _reddit_thing(json.loads(body), str(item.extra.get("fullname") or item.external_id))
        except ValueError:
            return Verdict("unknown", "Reddit's answer was not JSON")
        if thing is None:
            return Verdict("gone", "no longer in its thread on Reddit")
        words = str((thing.get("body") if "body" in thing else thing.get("selftext")) or "").strip()
        if words in REDDIT_GONE or thing.get("removed_by_category"):
            return Verdict("gone", REDDIT_GONE.get(words, f"removed ({thing.get('removed_by_category')})"))
        return Verdict("up", "")
    if item.platform == "bluesky" and check_url(item).startswith(BLUESKY_API):
        try:
            posts = json.loads(body).get("posts")
        except (ValueError, AttributeError):
            return Verdict("unknown", "Bluesky's answer was not JSON")
        return Verdict("up", "") if posts else Verdict("gone", "Bluesky no longer has the post")
    return Verdict("up", "")
