"""The removal follow-up job: start following each removal request recorded as taken, look at
the due posts' addresses (politely: few checks, conditional, a capped read, the site's
Retry-After honoured), chain each answer into the post's evidence, and record when it went.

HTTP and the clock are passed in; the rules are monitor/review/removal.py's.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import requests

from connectors.base import evidence_headers, parse_retry_after

from monitor.review.removal import UNCHECKABLE, check_url, due_at, interpret, next_check, notice_for
from monitor.timeutil import parse_iso

log = logging.getLogger("schoolwatch.removals")

CHECKS_PER_RUN = 20  # the rest wait for the next run: never a burst at one site
MAX_BODY = 2 * 1024 * 1024
TIMEOUT = 20.0
RETRY_UNKNOWN = timedelta(hours=1)


@dataclass(frozen=True)
class Checked:
    mention_id: int
    state: str  # gone, up, unknown
    how: str


def start_watches(store, now: datetime) -> list[int]:
    """Follow every removal request recorded as taken that is not followed yet."""
    started = []
    for row in store.removal_requests_unwatched():
        item = store.get_item(row["mention_id"])
        if item is None:
            continue
        requested = parse_iso(row["taken_at"]) or now
        notice = notice_for(item)
        due = due_at(requested, notice)
        url = check_url(item)
        note = "" if url else "cannot be checked automatically: " + UNCHECKABLE.get(item.platform, "no web address")
        store.start_watch(mention_id=item.id, school_id=item.school_id, decision_id=row["id"], requested_at=requested,
                          notice=notice, due_at=due, reference=row["reference"] or "",
                          next_check=next_check(requested, 0, now, due) if url else None, note=note)
        started.append(item.id)
    return started


def _get(http, url: str, etag: str, last_modified: str) -> tuple[int | None, dict, bytes]:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with http.get(url, headers=headers, timeout=TIMEOUT, stream=True, allow_redirects=True) as resp:
            body = bytearray()
            for chunk in resp.iter_content(65536):
                body.extend(chunk)
                if len(body) >= MAX_BODY:  # enough to judge by; the hash says what was kept
                    del body[MAX_BODY:]
                    break
            return resp.status_code, dict(resp.headers), bytes(body)
    except requests.RequestException as exc:
        log.info("removal check of %s: %s", url, type(exc).__name__)
        return None, {}, b""


def check_due(store, http, now: datetime, limit: int = CHECKS_PER_RUN) -> list[Checked]:
    """Look at the posts whose check is due. Each answer goes into the post's evidence chain."""
    from monitor.store.review import Review

    store.stop_closed_watches(now)
    review = Review(store)
    done = []
    for w in store.due_watches(now, limit):
        item = store.get_item(w.mention_id)
        url = check_url(item) if item else ""
        asked = review.current_decisions(w.mention_id).get("request_removal")
        if asked is None or asked.outcome != "taken":  # the DSL changed her mind: nothing to follow
            store.record_removal_check(w.mention_id, now, "not checked", None,
                                       stop_why="the removal request is no longer recorded as taken")
            continue
        if not url:
            store.record_removal_check(w.mention_id, now, "cannot be checked automatically", None,
                                       stop_why="cannot be checked automatically")
            continue
        status, headers, body = _get(http, url, w.etag, w.last_modified)
        lower = {k.lower(): v for k, v in headers.items()}
        verdict = interpret(item, status, body, parse_retry_after(lower.get("retry-after"), now))
        note = verdict.state + (f": {verdict.how}" if verdict.how else "")
        store.append_check(item.id, now, url, status, evidence_headers(headers), body, note)
        if verdict.state == "gone":
            store.record_removal_check(item.id, now, note, None, gone_how=verdict.how)
        else:
            nxt = next_check(w.requested_at, w.checks + 1, now, w.due_at)
            if verdict.state == "unknown" and nxt is not None:
                wait = timedelta(seconds=verdict.retry_after) if verdict.retry_after else RETRY_UNKNOWN
                nxt = max(nxt, now + wait) if verdict.retry_after else min(nxt, now + wait)
            keep = status in (200, 304)
            store.record_removal_check(item.id, now, note, nxt,
                                       etag=(lower.get("etag") if keep else None) or w.etag,
                                       last_modified=(lower.get("last-modified") if keep else None) or w.last_modified)
        log.info("removal check of item %d: %s", item.id, note)
        done.append(Checked(item.id, verdict.state, verdict.how))
    return done


def follow_removals(store, http, now: datetime) -> list[Checked]:
    start_watches(store, now)
    return check_due(store, http, now)


def platform_answer(store, mention_id: int) -> str:
    """The newest answer from the platform recorded for this post (`schoolwatch removals --answer`)."""
    from monitor.store.review import Review

    said = [e.detail.get("text", "") for e in Review(store).iter_audit(mention_id=mention_id)
            if e.event == "platform_answer"]
    return said[-1] if said else ""


def removal_news(store, school, now: datetime) -> list:
    """What the digest tells the DSL: posts gone since the last digest, and posts still up after
    the platform's time, each with the next step's drafts."""
    from monitor.deliver.render import RemovalNews
    from monitor.review.next_step import next_steps
    from monitor.review.removal import period_words

    gone, overdue = store.removal_news(school.id, now)
    out = []
    for w in gone:
        item = store.get_item(w.mention_id)
        if item is not None:
            out.append(RemovalNews(item, "gone", w.requested_at, w.gone_at, w.gone_how))
    for w in overdue:
        item = store.get_item(w.mention_id)
        if item is not None:
            steps = next_steps(item, school, requested=w.requested_at, reference=w.reference,
                               answer=platform_answer(store, item.id), notice=w.notice, now=now)
            # A post schoolwatch cannot look at (a closed group) is the DSL's to check by eye.
            kind = "overdue" if w.checks else "unchecked"
            out.append(RemovalNews(item, kind, w.requested_at, w.due_at, period_words(w.notice), tuple(steps),
                                   UNCHECKABLE.get(item.platform, "it has no web address") if kind == "unchecked"
                                   else ""))
    return out
