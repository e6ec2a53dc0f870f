"""Mastodon through Mastodon.py: hashtag timelines on one instance, read with `min_id` so
each run returns exactly the statuses posted since the last one.

Public hashtag timelines need no login on most instances; where an instance requires one,
an access token (read scope) comes from the secret `<source>.access_token`.
"""
from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import urlparse

import requests

from .base import ConnectorError, FetchResult, Mention, parse_retry_after
from ._util import dump_cursor, from_iso, list_option as _list, load_cursor, malformed, optional_secret, raw_sha256, received
from .feeds import html_to_text

TYPE = "mastodon"
OPTIONS: dict[str, type] = {
    "api_base_url": str,  # the instance, e.g. "https://mastodon.social"
    "hashtags": list,  # without '#', e.g. ["Hexley", "HollowbrookAcademy"]
    "local": bool,  # only statuses posted on this instance
    "page_size": int,  # statuses per request (Mastodon allows up to 40)
    "max_pages": int,  # per hashtag and fetch; the rest comes next run
}
REQUIRED = frozenset({"api_base_url", "hashtags"})


def validate(options: dict) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    url = options.get("api_base_url")
    if isinstance(url, str) and urlparse(url).scheme not in ("http", "https"):
        problems.append(("api_base_url", f"{url!r} is not an http(s) URL (say https://mastodon.social)"))
    for tag in _list(options.get("hashtags")):
        if isinstance(tag, str) and not tag.lstrip("#").replace("_", "").isalnum():
            problems.append(("hashtags", f"{tag!r} is not a hashtag (letters, digits and _ only)"))
    size = options.get("page_size")
    if isinstance(size, int) and not 1 <= size <= 40:
        problems.append(("page_size", "must be between 1 and 40"))
    if isinstance(options.get("max_pages"), int) and options["max_pages"] < 1:
        problems.append(("max_pages", "must be at least 1"))
    return problems


def _id_key(status_id: str) -> tuple[int, str]:
    # Mastodon ids are numeric strings, Pleroma's fixed-length flake ids: both order this way.
    return (len(status_id), status_id)


class MastodonConnector:
    def __init__(self, name: str, options: dict, ctx: Any) -> None:
        self.name = name
        self.ctx = ctx
        self.base_url = options["api_base_url"].rstrip("/")
        self.host = urlparse(self.base_url).netloc
        self.hashtags = [t.lstrip("#") for t in options["hashtags"]]
        self.local = bool(options.get("local", False))
        self.page_size = int(options.get("page_size") or 40)
        self.max_pages = int(options.get("max_pages") or 5)
        self.last_response: requests.Response | None = None
        self._api = None

    def _client(self):
        if self._api is None:
            from mastodon import Mastodon

            session = requests.Session()
            session.headers.update(self.ctx.http.headers)
            session.hooks["response"].append(self._keep)
            self._api = Mastodon(
                api_base_url=self.base_url, access_token=optional_secret(self.ctx, f"{self.name}.access_token"),
                request_timeout=self.ctx.timeout, ratelimit_method="throw", version_check_mode="none",
                session=session, user_agent=session.headers.get("User-Agent", "schoolwatch"),
            )
        return self._api

    def _keep(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        self.last_response = response  # its raw body and headers, which Mastodon.py does not expose

    def _where(self, tag: str) -> str:
        return f"{self.base_url}/api/v1/timelines/tag/{tag}"

    def _page(self, tag: str, min_id: str | None) -> list[tuple[Any, dict]]:
        """One page, newest first, each status with its raw JSON."""
        api = self._client()
        where = self._where(tag)
        if api.ratelimit_remaining is not None and api.ratelimit_remaining <= 0 and api.ratelimit_reset:
            wait = api.ratelimit_reset - time.time()
            if wait > 0:
                raise ConnectorError(f"{where}: the instance's rate limit is spent; next request in {wait:.0f}s",
                                     retry_after=wait)
        self.last_response = None
        try:
            page = api.timeline_hashtag(tag, local=self.local, min_id=min_id, limit=self.page_size)
        except Exception as exc:  # Mastodon.py's exceptions, classified below
            raise self._classify(exc, where) from None
        try:
            raw = json.loads(self.last_response.content) if self.last_response is not None else None
            by_id = {str(r["id"]): r for r in raw} if isinstance(raw, list) else None
        except (ValueError, TypeError, KeyError):
            by_id = None
        if not isinstance(page, list) or by_id is None:
            raise malformed(where, "not a list of statuses")
        try:
            return [(s, by_id[str(s["id"])]) for s in page]
        except (KeyError, TypeError):
            raise malformed(where, "a status without an id") from None

    def _classify(self, exc: Exception, where: str) -> ConnectorError:
        from mastodon import errors as me

        headers = self.last_response.headers if self.last_response is not None else {}
        wait = parse_retry_after(headers.get("Retry-After"))
        if isinstance(exc, me.MastodonRatelimitError):
            reset = getattr(self._api, "ratelimit_reset", None)
            if wait is None and reset:
                wait = max(0.0, reset - time.time())
            return ConnectorError(f"{where}: HTTP 429: rate limited by the instance", retry_after=wait)
        if isinstance(exc, me.MastodonNetworkError):
            return ConnectorError(f"{where}: cannot connect or timed out")
        if isinstance(exc, me.MastodonServerError):
            return ConnectorError(f"{where}: HTTP {exc.args[1] if len(exc.args) > 1 else '5xx'}", retry_after=wait)
        if isinstance(exc, me.MastodonUnauthorizedError):
            return ConnectorError(
                f"{where}: HTTP 401: the instance wants a login for this timeline, or refused the token: "
                f"set or renew the secret {self.name}.access_token", permanent=True)
        if isinstance(exc, me.MastodonNotFoundError):
            return ConnectorError(f"{where}: HTTP 404: not found (is api_base_url a Mastodon server?)",
                                  permanent=True)
        if isinstance(exc, me.MastodonIllegalArgumentError):
            return ConnectorError(f"{where}: {exc}", permanent=True)
        if isinstance(exc, me.MastodonAPIError):
            status = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], int) else None
            if status is None:
                return malformed(where, "not JSON")
            if status in (403, 410, 422):
                return ConnectorError(f"{where}: HTTP {status}: the instance refuses this timeline "
                                      f"({exc.args[3] if len(exc.args) > 3 else ''})", permanent=True)
            return ConnectorError(f"{where}: HTTP {status}", retry_after=wait)
        return ConnectorError(f"{where}: {type(exc).__name__}: {exc}")

    def _mention(self, status: Any, raw: dict, tag: str, response: Any = None) -> Mention:
        where = self._where(tag)
        try:
            account = status["account"]
            acct = account["acct"]
            handle = acct if "@" in acct else f"{acct}@{self.host}"
            body = html_to_text(status.get("content") or "")
            warning = status.get("spoiler_text") or ""
            tags = " ".join("#" + t["name"] for t in status.get("tags") or [] if t.get("name"))
            return Mention(
                source=self.name, external_id=status.get("uri") or str(status["id"]),
                url=status.get("url") or status.get("uri") or "",
                text=f"{warning}\n\n{body}" if warning else body,
                published=from_iso(status["created_at"], where), author="@" + handle,
                author_url=account.get("url") or "", platform="mastodon", context=tags,
                raw_sha256=raw_sha256(raw),
                extra={"id": str(status["id"]), "instance": self.host, "hashtag": tag,
                       "in_reply_to_id": str(status.get("in_reply_to_id") or ""),
                       "language": status.get("language") or ""},
                received=received(raw, where, self.ctx.clock(), response),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise malformed(where, f"a status: {exc}") from None

    def fetch(self, cursor: str | None) -> FetchResult:
        old = load_cursor(cursor).get("tags")
        old = old if isinstance(old, dict) else {}
        newest: dict[str, str] = {}
        out: dict[str, Mention] = {}
        for tag in self.hashtags:
            min_id = old.get(tag) if isinstance(old.get(tag), str) else None
            pages = 1 if min_id is None else self.max_pages
            for _ in range(pages):
                page = self._page(tag, min_id)
                response = self.last_response  # the page's bytes and headers, kept as evidence
                if min_id is not None:  # a server that ignores min_id sends old statuses again
                    page = [(s, r) for s, r in page if _id_key(str(s["id"])) > _id_key(min_id)]
                for status, raw in page:
                    m = self._mention(status, raw, tag, response)
                    out.setdefault(m.external_id, m)
                if page:
                    min_id = max((str(s["id"]) for s, _ in page), key=_id_key)
                if len(page) < self.page_size:
                    break
            if min_id is not None:
                newest[tag] = min_id
        return FetchResult(tuple(out.values()), dump_cursor({"v": 1, "tags": newest}))


def create(name: str, options: dict, ctx: Any) -> MastodonConnector:
    return MastodonConnector(name, options, ctx)
