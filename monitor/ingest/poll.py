"""Fetching one source: isolated, recorded, backed off, never a crash loop."""
from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Callable, Sequence

from connectors.base import Connector, ConnectorError, FetchResult, Mention

from monitor.config.secrets import secrets_fingerprint
from monitor.config.types import School, Source
from monitor.ingest.history import DAYS as HISTORY_DAYS, elsewhere, from_author, staff_names
from monitor.ingest.identity import clean, has_history, person
from monitor.ingest.matching import Assessment, assess_all
from monitor.ingest.names import content_key
from monitor.ingest.thread import in_thread, parents
from monitor.ingest.window import EVERYTHING, Window, split
from monitor.store import Matched, Store, to_prior
from monitor.store.errors import store_error_line
from monitor.timeutil import parse_iso

log = logging.getLogger("schoolwatch.runner")

MAX_BACKOFF = timedelta(hours=6)
# A "permanent" error (401/403/404, a missing secret) is tried again this often all the same:
# Reddit's feeds answer 403 now and then, and a source must never stay lost for good, silently.
PERMANENT_RETRY = timedelta(days=1)


@dataclass(frozen=True)
class PollOutcome:
    source: str
    new_items: int = 0
    error: str | None = None
    permanent: bool = False
    skipped: str | None = None  # why nothing was fetched (broken, backing off)
    problems: tuple[str, ...] = ()  # entries or lines left out, one clear line each; the rest were read


def fingerprint(source: Source, secret: Callable[[str], str | None] | None = None) -> str:
    """Changes when the source's config or its secrets do: a broken source is retried after either."""
    blob = json.dumps({"type": source.type, "options": dict(source.options),
                       "secrets": secrets_fingerprint(source, secret) if secret else ""}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def backoff(failures: int, every_seconds: int) -> timedelta:
    return min(timedelta(seconds=every_seconds * 2 ** max(0, failures - 1)), MAX_BACKOFF)


def match_schools(mention_text: str, context: str, schools: Sequence[School],
                  local: bool = False, url: str = "", author: str = "") -> list[tuple[School, Assessment]]:
    """The schools a post is about (sure or likely); failing any, those it is possibly about, so
    that triage can still send a possibly harmful post to the DSL."""
    found = assess_all(mention_text, context, schools, local=local, url=url, author=author)
    return [(s, a) for s, a in found if a.about] or [(s, a) for s, a in found if a.possible]


def _by_author(store: Store, m: Mention, schools: Sequence[School],
               harmful: dict[str, list[tuple[str, str, set[str]]]]) -> Matched | None:
    """A post naming nobody, by an author whose recent posts about a school were harmful, on this
    platform or another under the same name: possibly about that school (monitor/ingest/history.py).
    Triage keeps it only if it finds harm in it. `harmful`: by_person(store.harmful_authors()), read
    once a fetch: most authors are in it never."""
    accounts = harmful.get(person(m.author))
    if not accounts or not has_history(m.author, m.platform):
        return None
    for s in schools:
        if elsewhere(m.text, s):
            continue
        prior = sorted((to_prior(i) for platform, author, where in accounts if s.id in where
                        for i in store.author_items(s.id, platform, author)),
                       key=lambda p: p.published)
        targets, why = from_author(prior, m.published, staff_names(s), text=m.text)
        if targets:
            return Matched(school_id=s.id, mention=m, about=(), content_hash=content_hash(m.text), grade="possible",
                           why=why, possible=targets)
    return None


def by_person(harmful: dict[tuple[str, str], set[str]]) -> dict[str, list[tuple[str, str, set[str]]]]:
    """store.harmful_authors() by the name each author goes by on every platform (identity.person)."""
    out: dict[str, list[tuple[str, str, set[str]]]] = {}
    for (platform, author), where in harmful.items():
        if has_history(author, platform):
            out.setdefault(person(author), []).append((platform, author, where))
    return out


def content_hash(text: str) -> str:
    return hashlib.sha256(content_key(text).encode("utf-8")).hexdigest()


def _cleaned(m: Mention) -> Mention:
    return replace(m, text=clean(m.text), context=clean(m.context), author=clean(m.author), url=clean(m.url),
                   author_url=clean(m.author_url), external_id=clean(m.external_id))


@dataclass(frozen=True)
class Batching:
    """A fetch is stored in batches, each in one short write transaction: the review queue's
    clicks never wait behind a whole backfill, and a killed backfill resumes from its last batch."""

    posts: int = 500  # fewer commits: each rewrites every index page its inserts land on (issue 16)
    seconds: float = 3.0  # of matching: a slow config (a trust of 300 schools) cuts batches short


BATCHING = Batching()
OnBatch = Callable[[int, int, list[int]], None]  # (posts done, posts in the fetch, new mention ids)


def ingest(store: Store, source: str, result: FetchResult, schools: Sequence[School], now: datetime, *,
           remember_unmatched: bool = True, local: bool = False, window: Window = EVERYTHING,
           on_batch: OnBatch | None = None, batching: Batching = BATCHING, backfill: bool = False) -> list[int]:
    """Store what is about us (and only the ids of the rest), a batch per transaction.

    The fetch's cursor and the source's success land with the last batch: until then a crash
    leaves the cursor where it was, the next fetch returns the same posts, and the ids stored
    by the batches that did land (mentions and seen) skip them, so no batch is redone.
    on_batch runs after each batch is stored, outside any transaction (the daemon judges
    the batch there: the model never runs while the write lock is held).
    remember_unmatched=False for reports made by people: a report that named nobody
    can be made again with more context, so its id must not count as seen.
    backfill=True on a source's first fetch: its posts are marked, and what is no longer
    live among them goes into one summary rather than alerts (deliver/backfill.py).
    """
    mentions, left_out = split(result.mentions, window)
    # Cleaned as the mentions are below: a parent's text is matched as the thread's.
    threads = parents(mentions, lambda ids: {k: clean(v) for k, v in store.texts([s.id for s in schools], source, ids).items()},
                      lambda m: bool(match_schools(clean(m.text), clean(m.context), schools, local, url=clean(m.url),
                                                   author=clean(m.author))))
    harmful = by_person(store.harmful_authors([s.id for s in schools], now - timedelta(days=HISTORY_DAYS)))
    total = len(result.mentions)
    done = len(left_out)
    new_ids: list[int] = []
    if left_out:
        store.save_fetch(source, [], [clean(m.external_id) for m in left_out], None, now, final=False)
    i = 0
    while True:
        start, matched, unmatched = time.monotonic(), [], []
        chunk = mentions[i:i + batching.posts]
        known = store.known_ids(source, [clean(m.external_id) for m in chunk])
        for m in (_cleaned(in_thread(m, threads)) for m in chunk):
            i += 1
            if backfill:
                m = replace(m, extra={**m.extra, "backfill": True})
            if m.external_id not in known:
                hits = match_schools(m.text, m.context, schools, local, url=m.url, author=m.author)
                if hits:
                    h = content_hash(m.text)
                    matched.extend(Matched(school_id=s.id, mention=m, about=a.about, content_hash=h, grade=a.grade,
                                           why=a.why, possible=a.possible) for s, a in hits)
                elif by_author := _by_author(store, m, schools, harmful):
                    matched.append(by_author)
                elif remember_unmatched:
                    unmatched.append(m.external_id)
            if time.monotonic() - start >= batching.seconds:
                break
        last = i >= len(mentions)
        batch = store.save_fetch(source, matched, unmatched, result.cursor if last else None, now, final=last)
        new_ids.extend(batch)
        if on_batch is not None:
            on_batch(done + i, total, batch)
        if last:
            return new_ids


def is_first_fetch(state: dict) -> bool:
    return not state.get("last_success") and not state.get("cursor")


def poll_source(store: Store, source: Source, make_connector: Callable[[Source], Connector],
                schools: Sequence[School], clock: Callable[[], datetime], *, window: Window = EVERYTHING,
                on_batch: OnBatch | None = None, secret: Callable[[str], str | None] | None = None) -> PollOutcome:
    """One fetch of one source. Never raises: one source failing never stops another.

    Even the store failing (a full disk, a read-only or corrupt file) comes back as the outcome's error.
    """
    try:
        return _poll_source(store, source, make_connector, schools, clock, window, on_batch, secret)
    except Exception as exc:  # noqa: BLE001 - the docstring's promise
        log.error("source %r: %s", source.name, store_error_line(exc))
        return PollOutcome(source.name, error=store_error_line(exc))


def _poll_source(store: Store, source: Source, make_connector: Callable[[Source], Connector],
                 schools: Sequence[School], clock: Callable[[], datetime], window: Window,
                 on_batch: OnBatch | None, secret: Callable[[str], str | None] | None = None) -> PollOutcome:
    now = clock()
    state = store.source_state(source.name)
    fp = fingerprint(source, secret)
    if state.get("broken") and state.get("broken_config") != fp:
        store.clear_broken(source.name)  # its config or a secret changed: try it now
        state = store.source_state(source.name)
    if state.get("broken"):
        # Unchanged since it broke: tried again once a day, or at once by `sources --retry`.
        last = parse_iso(state.get("last_error_at"))
        if last is not None and now < last + PERMANENT_RETRY:
            return PollOutcome(source.name, skipped=f"broken: {state['broken']}; tried again daily "
                                                    f"(next {last + PERMANENT_RETRY:%Y-%m-%d %H:%M}Z) or when its "
                                                    "config or secrets change")
    retry_at = parse_iso(state.get("retry_after"))
    if retry_at and retry_at > now:
        if state.get("broken_config") in (None, fp):
            return PollOutcome(source.name, skipped=f"backing off until {retry_at:%Y-%m-%d %H:%M}Z")
        # The config changed since it failed (a fixed path, a new URL): try the new one now.
        store.clear_broken(source.name)
        state = store.source_state(source.name)

    run = store.start_run(source.name, now)
    try:
        connector = make_connector(source)
        result = connector.fetch(state.get("cursor"))
        # The first successful fetch of a source reaches back in time: a backfill.
        new = ingest(store, source.name, result, schools, clock(), local=source.local, window=window,
                     on_batch=on_batch, backfill=is_first_fetch(state))
    except sqlite3.Error:
        raise  # the store failed, not the source: no back-off for the source, one clear line above
    except Exception as exc:  # noqa: BLE001 - isolation is the point
        err = exc if isinstance(exc, ConnectorError) else ConnectorError(f"{type(exc).__name__}: {exc}")
        if not isinstance(exc, ConnectorError):
            log.exception("source %r: unexpected error", source.name)
        failures = int(state.get("failures") or 0) + 1
        wait = backoff(failures, source.every_seconds)
        if err.retry_after is not None:
            wait = max(wait, timedelta(seconds=err.retry_after))
        # The fingerprint goes with every failure: an edit to the source's config ends its back-off.
        store.record_failure(source.name, str(err), clock(), permanent=err.permanent,
                             retry_after=None if err.permanent else clock() + wait, config_fingerprint=fp)
        store.finish_run(run, clock(), error=str(err), permanent=err.permanent)
        log.warning("source %r failed%s: %r", source.name, " (permanent)" if err.permanent else "", str(err))
        return PollOutcome(source.name, error=str(err), permanent=err.permanent)
    for problem in result.problems:
        log.warning("source %r: %s", source.name, problem)
    store.finish_run(run, clock(), new_items=len(new))
    log.info("source %r: %d new", source.name, len(new))
    return PollOutcome(source.name, new_items=len(new), problems=tuple(result.problems))
