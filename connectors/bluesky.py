"""Bluesky through the atproto client: app.bsky.feed.searchPosts (login required), the posts
of chosen accounts (getAuthorFeed), and replies, mentions and quotes of the school's own
account (listNotifications, when the login is that account).

The login is an app password (secret `<source>.app_password`). The session string is kept
in the source's state folder, so a restart resumes it instead of logging in again (Bluesky
limits createSession to 30 per 5 minutes and 300 a day per account).

A run cut short by max_pages keeps the page cursor it reached and, for a search, the old
`since`, and reads that stretch first next time (see _util.stream_state), so a busy hour never
moves `since` past posts that were not read.
"""
from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import urlparse

from .base import ConnectorError, FetchResult, Mention, parse_retry_after
from ._util import (
    dump_cursor, from_iso, load_cursor, malformed, raw_sha256, remember, require_secret,
)

TYPE = "bluesky"
OPTIONS: dict[str, type] = {
    "handle": str,  # the account that logs in, e.g. "hollowbrookacad.bsky.social"
    "queries": list,  # searchPosts queries, e.g. ['"Hollowbrook Academy"', "Hollowbrook Hexley"]
    "actors": list,  # accounts whose posts are all read (a local news account, say)
    "notifications": bool,  # replies, mentions and quotes of the logged-in account
    "base_url": str,  # the PDS or entryway; default https://bsky.social
    "max_pages": int,  # per stream and fetch (100 posts a page)
}
REQUIRED = frozenset({"handle"})

DEFAULT_BASE = "https://bsky.social"
PAGE = 100
NOTIFY_REASONS = ("reply", "mention", "quote")
SESSION_FILE = "bluesky-session.json"


def validate(options: dict) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    if not (options.get("queries") or options.get("actors") or options.get("notifications")):
        problems.append(("queries", "give at least one of queries, actors, notifications = true"))
    url = options.get("base_url")
    if isinstance(url, str) and urlparse(url).scheme not in ("http", "https"):
        problems.append(("base_url", f"{url!r} is not an http(s) URL"))
    handle = options.get("handle")
    if isinstance(handle, str) and (handle.startswith("@") or "." not in handle):
        problems.append(("handle", f"{handle!r} is not a handle (say hollowbrookacad.bsky.social, without @)"))
    if isinstance(options.get("max_pages"), int) and options["max_pages"] < 1:
        problems.append(("max_pages", "must be at least 1"))
    return problems


def post_url(uri: str, handle: str) -> str:
    """at://did/app.bsky.feed.post/rkey -> the bsky.app page a person can open."""
    rkey = uri.rstrip("/").rsplit("/", 1)[-1]
    return f"https://bsky.app/profile/{handle}/post/{rkey}"


class BlueskyConnector:
    def __init__(self, name: str, options: dict, ctx: Any) -> None:
        self.name = name
        self.ctx = ctx
        self.handle = options["handle"].lstrip("@")
        self.queries = list(options.get("queries") or [])
        self.actors = [a.lstrip("@") for a in options.get("actors") or []]
        self.notifications = bool(options.get("notifications", False))
        self.base_url = (options.get("base_url") or DEFAULT_BASE).rstrip("/")
        self.max_pages = int(options.get("max_pages") or 5)
        self._client = None
        self.resumed = False

    # --- session --------------------------------------------------------------------

    @property
    def session_path(self) -> Path | None:
        return Path(self.ctx.state_dir) / SESSION_FILE if self.ctx.state_dir else None

    def _load_session(self) -> str | None:
        path = self.session_path
        try:
            saved = json.loads(path.read_text(encoding="utf-8")) if path else None
        except (OSError, ValueError):
            return None
        if isinstance(saved, dict) and saved.get("base_url") == self.base_url and saved.get("handle") == self.handle:
            return saved.get("session") or None
        return None

    def _save_session(self, event: Any = None, session: Any = None) -> None:
        path = self.session_path
        if path is None or self._client is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        # The session string is a credential: owner-only, written whole or not at all.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"base_url": self.base_url, "handle": self.handle,
                       "session": self._client.export_session_string()}, f)
        os.replace(tmp, path)

    def _new_client(self):
        from atproto import Client
        from atproto_client.request import Request

        client = Client(base_url=self.base_url, request=Request(timeout=self.ctx.timeout))
        client.on_session_change(self._save_session)
        return client

    def client(self, *, fresh_login: bool = False):
        if self._client is not None:
            return self._client
        where = f"{self.base_url}/xrpc/com.atproto.server.createSession"
        saved = None if fresh_login else self._load_session()
        if saved:
            self._client = self._new_client()
            try:
                self._client.login(session_string=saved, fetch_bsky_profile=False)
                self.resumed = True
                return self._client
            except Exception:  # an unreadable session: log in afresh below
                self._client = None
        password = require_secret(self.ctx, f"{self.name}.app_password", f"an app password of {self.handle}")
        self._client = self._new_client()
        self.resumed = False
        try:
            self._client.login(self.handle, password, fetch_bsky_profile=False)
        except Exception as exc:
            self._client = None
            err = _classify(exc, where)
            if err.permanent:
                raise ConnectorError(f"Bluesky refused the login of {self.handle!r}: check the handle and the "
                                     f"secret {self.name}.app_password ({err})", permanent=True) from None
            raise err from None
        return self._client

    def _forget_session(self) -> None:
        self._client = None
        if self.session_path and self.session_path.exists():
            self.session_path.unlink()

    def _query(self, nsid: str, params: dict) -> dict:
        """The raw JSON of one XRPC query: kept raw for the evidence hash, read defensively."""
        from atproto_client import models
        from atproto_client.models.utils import get_or_create

        where = f"{self.base_url}/xrpc/{nsid}"
        params_model = {
            "app.bsky.feed.searchPosts": models.AppBskyFeedSearchPosts.Params,
            "app.bsky.feed.getAuthorFeed": models.AppBskyFeedGetAuthorFeed.Params,
            "app.bsky.notification.listNotifications": models.AppBskyNotificationListNotifications.Params,
        }[nsid]
        params = get_or_create({k: v for k, v in params.items() if v is not None}, params_model)
        client = self.client()
        try:
            try:
                response = client.invoke_query(nsid, params=params)
            except Exception as exc:
                if not (self.resumed and _status(exc) in (400, 401)
                        and _error_name(exc) in ("ExpiredToken", "InvalidToken", "AuthenticationRequired")):
                    raise
                # The saved session has expired for good: one fresh login, then the same query.
                self._forget_session()
                response = self.client(fresh_login=True).invoke_query(nsid, params=params)
        except ConnectorError:
            raise
        except Exception as exc:  # atproto's and httpx's exceptions, classified below
            raise _classify(exc, where) from None
        if not isinstance(response.content, dict):
            raise malformed(where, "not a JSON object")
        return response.content

    # --- streams --------------------------------------------------------------------

    def streams(self) -> Iterator[tuple[str, Callable[[dict, str | None], Iterator]]]:
        for q in self.queries:
            yield f"search:{q}", lambda st, cur, q=q: self._search(q, st, cur)
        for actor in self.actors:
            yield f"actor:{actor}", lambda st, cur, a=actor: self._author_feed(a, cur)
        if self.notifications:
            yield "notifications", lambda st, cur: self._notifications(cur)

    def _search(self, q: str, state: dict, cursor: str | None):
        params = {"q": q, "sort": "latest", "limit": PAGE, "since": state.get("since"), "cursor": cursor}
        body = self._query("app.bsky.feed.searchPosts", params)
        return _items(body, "posts", "app.bsky.feed.searchPosts", self.base_url), body.get("cursor")

    def _author_feed(self, actor: str, cursor: str | None):
        params = {"actor": actor, "filter": "posts_with_replies", "limit": PAGE, "cursor": cursor}
        body = self._query("app.bsky.feed.getAuthorFeed", params)
        items = _items(body, "feed", "app.bsky.feed.getAuthorFeed", self.base_url)
        return [(i.get("post"), i) for i in items], body.get("cursor")

    def _notifications(self, cursor: str | None):
        body = self._query("app.bsky.notification.listNotifications", {"limit": PAGE, "cursor": cursor})
        items = _items(body, "notifications", "app.bsky.notification.listNotifications", self.base_url)
        return [n for n in items if n.get("reason") in NOTIFY_REASONS], body.get("cursor")

    def _walk(self, key: str, read: Callable, since: str | None, pages: int, out: dict[str, Mention], *,
              cursor: str | None = None, stop: set[str] = frozenset(), skip: set[str] = frozenset(),
              ) -> tuple[list[str], str | None, int, str | None]:
        """Read newest first from `cursor` (the top when None) until an id in `stop` (feeds, strictly
        newest first), the last page or `pages` pages; a search is bounded by `since` instead.
        Returns (new ids, newest sort time read, pages read, where to resume: None when finished)."""
        fresh: list[str] = []
        newest = None
        for done in range(pages):
            items, cursor = read({"since": since}, cursor)
            for item in items:
                m = self._mention(key, item)
                if m.external_id in stop and not key.startswith("search:"):
                    return fresh, newest, done + 1, None
                if m.external_id in skip or m.external_id in stop:
                    continue  # search results at the `since` edge repeat
                fresh.append(m.external_id)
                out.setdefault(m.external_id, m)
                when = m.extra["sort_at"]
                newest = max(newest or when, when)
            if not cursor or not items:
                return fresh, newest, done + 1, None
        return fresh, newest, pages, cursor

    def fetch(self, cursor: str | None) -> FetchResult:
        old = load_cursor(cursor).get("streams")
        old = old if isinstance(old, dict) else {}
        streams: dict[str, dict] = {}
        out: dict[str, Mention] = {}
        for key, read in self.streams():
            state = old.get(key) if isinstance(old.get(key), dict) else {}
            seen = [i for i in state.get("seen") or [] if isinstance(i, str)]
            since = state.get("since")
            if not state:  # a first run reads one page and leaves the past alone
                fresh, newest, _, _ = self._walk(key, read, None, 1, out)
                streams[key] = {"seen": remember((), fresh), "since": newest}
                continue
            pages = self.max_pages
            gap = state.get("gap") if isinstance(state.get("gap"), dict) else None
            if gap and gap.get("from"):
                # The stretch a capped run left: older than everything in `seen`, newer than the
                # ids (and, for a search, the time) the run before it had reached.
                until = [i for i in gap.get("until") or [] if isinstance(i, str)]
                _, _, done, resume = self._walk(key, read, gap.get("since"), pages, out, cursor=gap["from"],
                                                stop=set(until), skip=set(seen))
                pages -= done
                if resume or pages <= 0:
                    streams[key] = dict(state, gap=dict(gap, **{"from": resume})) if resume else \
                        {"seen": seen, "since": since}
                    continue
            fresh, newest, _, resume = self._walk(key, read, since, pages, out, stop=set(seen))
            state = {"seen": remember(seen, fresh), "since": max(since or newest or "", newest or "") or None}
            if resume:  # cut short by max_pages before reaching `seen`: the rest is read next time
                state["gap"] = {"from": resume, "until": seen, "since": since}
            streams[key] = state
        return FetchResult(tuple(out.values()), dump_cursor({"v": 1, "streams": streams}))

    def _mention(self, stream: str, item: Any) -> Mention:
        where = f"{self.base_url}/xrpc ({stream})"
        reason = ""
        reposted_by = ""
        raw = item
        if isinstance(item, tuple):  # a getAuthorFeed entry: (post, the whole feed item)
            item, raw = item
            by = raw.get("reason") or {}
            if isinstance(by, dict) and "reasonRepost" in str(by.get("$type", "")):
                reposted_by = (by.get("by") or {}).get("handle", "")
        try:
            if stream == "notifications":
                reason = item["reason"]
            author = item["author"]
            handle = author["handle"]
            record = item["record"]
            created = from_iso(record["createdAt"], where)
            indexed = from_iso(item.get("indexedAt") or record["createdAt"], where)
            sort_at = min(created, indexed)
            uri = item["uri"]
            if not isinstance(uri, str) or not uri.startswith("at://"):
                raise TypeError(f"uri {uri!r} is not an at:// URI")
            text = record.get("text") or ""
            reply = record.get("reply") or {}
            context = ""
            if reason:
                context = f"{reason} to @{self.handle}" if reason == "reply" else f"{reason} of @{self.handle}"
            return Mention(
                source=self.name, external_id=uri, url=post_url(uri, handle), text=text, published=created,
                author="@" + handle, author_url=f"https://bsky.app/profile/{handle}", platform="bluesky",
                context=context, raw_sha256=raw_sha256(raw),
                extra={"uri": uri, "cid": item.get("cid", ""), "did": author.get("did", ""),
                       "reply_parent": (reply.get("parent") or {}).get("uri", ""), "reason": reason,
                       "reposted_by": reposted_by, "stream": stream,
                       "sort_at": _iso_ms(sort_at)},
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise malformed(where, f"a post: {exc!r}") from None


def _iso_ms(when) -> str:
    """The timestamp form searchPosts' `since` takes; fixed width, so strings order as times."""
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def _items(body: dict, key: str, nsid: str, base: str) -> list:
    items = body.get(key)
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise malformed(f"{base}/xrpc/{nsid}", f"no list of {key}")
    return items


def _status(exc: Exception) -> int | None:
    response = getattr(exc, "response", None)
    return getattr(response, "status_code", None)


def _error_name(exc: Exception) -> str:
    content = getattr(getattr(exc, "response", None), "content", None)
    return str(getattr(content, "error", None) or (content.get("error") if isinstance(content, dict) else "") or "")


def _classify(exc: Exception, where: str) -> ConnectorError:
    from atproto_client import exceptions as ae

    status = _status(exc)
    headers = getattr(getattr(exc, "response", None), "headers", None) or {}
    lower = {str(k).lower(): v for k, v in dict(headers).items()}
    detail = _error_name(exc)
    if isinstance(exc, ValueError) and status is None:
        return malformed(where, "not JSON")
    if isinstance(exc, ae.RateLimitExceededError) or status == 429:
        wait = parse_retry_after(lower.get("retry-after"))
        reset = lower.get("ratelimit-reset")
        if wait is None and reset:
            try:
                from datetime import datetime, timezone

                wait = max(0.0, float(reset) - datetime.now(timezone.utc).timestamp())
            except ValueError:
                wait = None
        return ConnectorError(f"{where}: HTTP 429: rate limited by Bluesky", retry_after=wait)
    if isinstance(exc, (ae.InvokeTimeoutError,)) or (isinstance(exc, ae.NetworkError) and status is None):
        return ConnectorError(f"{where}: cannot connect or timed out")
    if status in (401, 403):
        return ConnectorError(f"{where}: HTTP {status}: access refused ({detail or 'check the app password'})",
                              permanent=True)
    if status in (400, 404, 501):
        return ConnectorError(f"{where}: HTTP {status}: Bluesky rejected the request ({detail or 'bad request'}); "
                              "check the handle, actors, queries and base_url", permanent=True)
    if status is not None:
        return ConnectorError(f"{where}: HTTP {status}", retry_after=parse_retry_after(lower.get("retry-after")))
    return ConnectorError(f"{where}: {type(exc).__name__}: {exc}")


def create(name: str, options: dict, ctx: Any) -> BlueskyConnector:
    return BlueskyConnector(name, options, ctx)
