"""Reddit through praw, read-only: keyword searches (sort=new) and the newest comments and
posts of chosen local subreddits.

Search does not cover comments, so the comments of local subreddits are read whole and
matched by the monitor; each comment carries its submission's title as context, so
"he's a disgrace" under "Hollowbrook Academy head" is matched.

Every stream is read newest first and stops at the first fullname seen before; a read cut
short by max_items resumes next time after the last fullname read (see stream.py). Reddit's
x-ratelimit-* headers are honoured: praw spreads requests over the window, and when the
window is spent the fetch stops with a transient error that says when to come back, rather
than sleeping inside the daemon.
"""
from __future__ import annotations

from typing import Any, Iterator
from urllib.parse import urlparse

import requests

from ..base import ConnectorError, FetchResult, Mention
from ..stream import Walked, read_stream
from .._util import (
    list_option as _list,
    dump_cursor, load_cursor, received, require_secret,
)
from .http import RateWindow, classify, requestor_class
from .listing import listing_children, to_mention

TYPE = "reddit"
OPTIONS: dict[str, type] = {
    "queries": list,  # keyword searches, e.g. ['"Hollowbrook Academy"', "Hollowbrook Hexley"]
    "search_subreddits": list,  # where the queries run; default ["all"]
    "comment_subreddits": list,  # local subreddits whose every new comment is read
    "post_subreddits": list,  # local subreddits whose every new post is read
    "user_agent": str,
    "base_url": str,  # replaces both oauth.reddit.com and www.reddit.com (tests, proxies)
    "max_items": int,  # per stream and fetch
    "first_run_items": int,  # per stream on the very first fetch
}
REQUIRED: frozenset[str] = frozenset()

PAGE = 100  # Reddit's largest listing page


def validate(options: dict) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    if not any(options.get(k) for k in ("queries", "comment_subreddits", "post_subreddits")):
        problems.append(("queries", "give at least one of queries, comment_subreddits, post_subreddits"))
    for key in ("search_subreddits", "comment_subreddits", "post_subreddits"):
        for sub in _list(options.get(key)):
            if isinstance(sub, str) and not sub.replace("_", "").isalnum():
                problems.append((key, f"{sub!r} is not a subreddit name (say HexleyTown, without r/)"))
    url = options.get("base_url")
    if isinstance(url, str) and urlparse(url).scheme not in ("http", "https"):
        problems.append(("base_url", f"{url!r} is not an http(s) URL"))
    for key in ("max_items", "first_run_items"):
        if isinstance(options.get(key), int) and options[key] < 1:
            problems.append((key, "must be at least 1"))
    return problems


class RedditConnector:
    def __init__(self, name: str, options: dict, ctx: Any) -> None:
        self.name = name
        self.ctx = ctx
        self.queries: list[str] = list(options.get("queries") or [])
        self.search_subs: list[str] = list(options.get("search_subreddits") or ["all"])
        self.comment_subs: list[str] = list(options.get("comment_subreddits") or [])
        self.post_subs: list[str] = list(options.get("post_subreddits") or [])
        self.user_agent = options.get("user_agent") or f"python:schoolwatch.{name}:v0.1 (read-only mention monitor)"
        self.base_url = (options.get("base_url") or "").rstrip("/")
        self.max_items = int(options.get("max_items") or 500)
        self.first_run_items = int(options.get("first_run_items") or 100)
        self.window = RateWindow()
        self._reddit = None

    # --- praw -----------------------------------------------------------------------

    def _client(self):
        if self._reddit is None:
            import praw

            client_id = require_secret(self.ctx, f"{self.name}.client_id", "the Reddit app's client id")
            secret = require_secret(self.ctx, f"{self.name}.client_secret", "the Reddit app's secret")
            urls = {"oauth_url": self.base_url, "reddit_url": self.base_url} if self.base_url else {}
            self._reddit = praw.Reddit(
                client_id=client_id, client_secret=secret, user_agent=self.user_agent,
                check_for_updates=False, requestor_class=requestor_class(),
                requestor_kwargs={"session": requests.Session(), "window": self.window,
                                  "timeout": self.ctx.timeout},
                **urls,
            )
            self._reddit.read_only = True
        return self._reddit

    def _where(self, path: str) -> str:
        return (self.base_url or "https://oauth.reddit.com") + path

    def _get(self, path: str, params: dict) -> dict:
        wait = self.window.wait()
        if wait is not None:
            raise ConnectorError(f"{self._where(path)}: Reddit's rate-limit window is spent "
                                 f"(x-ratelimit-remaining 0); next request in {wait:.0f}s", retry_after=wait)
        try:
            return self._client().request(method="GET", path=path, params=params)
        except ConnectorError:
            raise
        except Exception as exc:  # praw/prawcore's own exceptions, classified below
            raise classify(exc, self._where(path), self.name) from None

    # --- streams --------------------------------------------------------------------

    def streams(self) -> Iterator[tuple[str, str, dict]]:
        for sub in self.search_subs:
            for q in self.queries:
                params = {"q": q, "sort": "new", "t": "all", "type": "link", "include_over_18": "on"}
                if sub.lower() != "all":
                    params["restrict_sr"] = "on"
                yield f"search:{sub}:{q}", f"/r/{sub}/search", params
        for sub in self.comment_subs:
            yield f"comments:{sub}", f"/r/{sub}/comments", {}
        for sub in self.post_subs:
            yield f"new:{sub}", f"/r/{sub}/new", {}

    def _listing(self, path: str, params: dict, budget: int, after: str | None = None) -> Iterator[tuple[dict, Any]]:
        while budget > 0:
            page = dict(params, limit=min(PAGE, budget))
            if after:
                page["after"] = after
            self.window.last_response = None
            body = self._get(path, page)
            response = self.window.last_response
            things, after = listing_children(body, self._where(path))
            for child in things:
                yield child, response
            budget -= len(things)
            if not after or not things:
                return

    def _walk(self, key: str, path: str, params: dict, budget: int, out: dict[str, Mention], *,
              after: str | None = None, stop: set[str] = frozenset(), skip: set[str] = frozenset(),
              ) -> tuple[list[str], int, str | None]:
        """Read newest first from `after` (the top when None) until an id in `stop`, the listing's end
        or `budget` items. Returns (new ids newest first, items read, where to resume: None when the
        read was not cut short by the budget)."""
        fresh: list[str] = []
        read = 0
        last = None
        for child, response in self._listing(path, params, budget, after):
            mention = to_mention(child, self.name, self._where(path), key,
                                 received(child, self._where(path), self.ctx.clock(), response))
            if mention.external_id in stop:
                return fresh, read, None
            read += 1
            last = mention.external_id
            if mention.external_id in skip:
                continue
            fresh.append(mention.external_id)
            out.setdefault(mention.external_id, mention)
        return fresh, read, (last if read >= budget else None)

    def fetch(self, cursor: str | None) -> FetchResult:
        old = load_cursor(cursor).get("streams")
        old = old if isinstance(old, dict) else {}
        streams: dict[str, dict] = {}
        out: dict[str, Mention] = {}
        for key, path, params in self.streams():
            def walk(budget, start, stop, skip, _since, key=key, path=path, params=params) -> Walked:
                fresh, read, resume = self._walk(key, path, params, budget, out, after=start, stop=stop, skip=skip)
                return Walked(fresh, read, resume)
            streams[key] = read_stream(old.get(key), walk, self.max_items, self.first_run_items)
        return FetchResult(tuple(out.values()), dump_cursor({"v": 1, "streams": streams}))

def create(name: str, options: dict, ctx: Any) -> RedditConnector:
    return RedditConnector(name, options, ctx)
