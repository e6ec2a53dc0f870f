"""Bluesky through the atproto client: app.bsky.feed.searchPosts (login required), the posts
of chosen accounts (getAuthorFeed), and replies, mentions and quotes of the school's own
account (listNotifications, when the login is that account).

The login, kept across restarts, is session.py's job.

A run cut short by max_pages keeps the page cursor it reached and, for a search, the old
`since`, and reads that stretch first next time (see stream.py), so a busy hour never
moves `since` past posts that were not read.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator
from urllib.parse import urlparse

from ..base import FetchResult, Mention
from .._util import dump_cursor, from_iso, load_cursor, malformed, raw_sha256, received
from ..stream import Walked, read_stream
from .session import BlueskySession

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
        self.session = BlueskySession(name, self.handle, self.base_url, ctx)

    @property
    def resumed(self) -> bool:
        """Whether the login was a saved session rather than the app password."""
        return self.session.resumed

    def _query(self, nsid: str, params: dict) -> dict:
        return self.session.query(nsid, params)

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
            def walk(pages, start, stop, skip, since, key=key, read=read) -> Walked:
                fresh, newest, done, resume = self._walk(key, read, since, pages, out, cursor=start, stop=stop, skip=skip)
                return Walked(fresh, done, resume, newest)
            streams[key] = read_stream(old.get(key), walk, self.max_pages, 1)
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
                context=context, raw_sha256=raw_sha256(raw), reply_to=str((reply.get("parent") or {}).get("uri", "")),
                extra={"uri": uri, "cid": item.get("cid", ""), "did": author.get("did", ""),
                       "reply_parent": (reply.get("parent") or {}).get("uri", ""), "reason": reason,
                       "reposted_by": reposted_by, "stream": stream,
                       "sort_at": _iso_ms(sort_at)},
                received=received(raw, where, self.ctx.clock()),
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


def create(name: str, options: dict, ctx: Any) -> BlueskyConnector:
    return BlueskyConnector(name, options, ctx)
