"""YouTube comments: the Data API v3 commentThreads of the school's channel (or of chosen
videos), with an API key, within a daily quota budget.

Each commentThreads.list call costs 1 unit of the Google project's quota (10,000 a day by
default, reset at midnight Pacific time). The budget in config is this source's share; when
it is spent the source waits for the next Pacific day instead of failing, and the pages it
could not read are read first the next day (see stream.py).
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Iterator
from urllib.parse import urlencode, urlparse
from zoneinfo import ZoneInfo

import requests

from .base import ConnectorError, FetchResult, Mention, parse_retry_after
from .stream import Walked, read_stream
from ._util import (
    dump_cursor, from_iso, load_cursor, malformed, raw_sha256, received, require_secret,
)

TYPE = "youtube_comments"
OPTIONS: dict[str, type] = {
    "channel_id": str,  # "UC...": every video of the channel
    "video_ids": list,  # or chosen videos
    "daily_quota": int,  # units a day this source may spend (1 per request)
    "max_pages": int,  # per stream and fetch (100 threads a page)
    "base_url": str,  # default https://www.googleapis.com/youtube/v3
}
REQUIRED: frozenset[str] = frozenset()

DEFAULT_BASE = "https://www.googleapis.com/youtube/v3"
PACIFIC = ZoneInfo("America/Los_Angeles")
COST = 1  # units per commentThreads.list call
QUOTA_REASONS = {"quotaExceeded", "dailyLimitExceeded", "rateLimitExceeded", "userRateLimitExceeded"}


def validate(options: dict) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    if not options.get("channel_id") and not options.get("video_ids"):
        problems.append(("channel_id", "give channel_id (the school's channel, UC...) or video_ids"))
    cid = options.get("channel_id")
    if isinstance(cid, str) and cid and not (cid.startswith("UC") and len(cid) == 24):
        problems.append(("channel_id", f"{cid!r} is not a channel id (24 characters starting UC; "
                                       "a @handle is not an id)"))
    if isinstance(options.get("daily_quota"), int) and options["daily_quota"] < 1:
        problems.append(("daily_quota", "must be at least 1"))
    if isinstance(options.get("max_pages"), int) and options["max_pages"] < 1:
        problems.append(("max_pages", "must be at least 1"))
    url = options.get("base_url")
    if isinstance(url, str) and urlparse(url).scheme not in ("http", "https"):
        problems.append(("base_url", f"{url!r} is not an http(s) URL"))
    return problems


def pacific_day(now: datetime) -> str:
    return now.astimezone(PACIFIC).date().isoformat()


def until_pacific_midnight(now: datetime) -> float:
    local = now.astimezone(PACIFIC)
    midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), tzinfo=PACIFIC)
    return max(60.0, (midnight - local).total_seconds())


class YouTubeConnector:
    def __init__(self, name: str, options: dict, ctx: Any) -> None:
        self.name = name
        self.ctx = ctx
        self.channel_id = options.get("channel_id") or ""
        self.video_ids = list(options.get("video_ids") or [])
        self.daily_quota = int(options.get("daily_quota") or 1000)
        self.max_pages = int(options.get("max_pages") or 5)
        self.base_url = (options.get("base_url") or DEFAULT_BASE).rstrip("/")
        self._used: tuple[str, int] = ("", 0)  # survives a failed fetch, whose cursor is not saved
        self._requests_made = 0

    def streams(self) -> Iterator[tuple[str, dict]]:
        if self.channel_id:
            yield f"channel:{self.channel_id}", {"allThreadsRelatedToChannelId": self.channel_id}
        for vid in self.video_ids:
            yield f"video:{vid}", {"videoId": vid}

    def _spend(self, quota: dict) -> bool:
        """One request's worth of the day's budget, if any is left."""
        day = pacific_day(self.ctx.clock())
        used = max(quota.get("used", 0) if quota.get("day") == day else 0,
                   self._used[1] if self._used[0] == day else 0)
        if used + COST > self.daily_quota:
            return False
        quota.update(day=day, used=used + COST)
        self._used = (day, used + COST)
        return True

    def _get(self, params: dict, key: str) -> dict:
        # The key goes in the query string but never in a message or a log line.
        where = f"{self.base_url}/commentThreads?{urlencode(params)}"
        try:
            response = self.ctx.http.get(f"{self.base_url}/commentThreads", params=dict(params, key=key),
                                         timeout=self.ctx.timeout)
        except requests.Timeout:
            raise ConnectorError(f"{where}: timed out") from None
        except requests.RequestException as exc:
            raise ConnectorError(f"{where}: cannot connect ({type(exc).__name__})") from None
        if response.status_code != 200:
            raise self._error(response, where)
        try:
            body = response.json()
        except ValueError:
            raise malformed(where, "not JSON") from None
        if not isinstance(body, dict) or not isinstance(body.get("items"), list):
            raise malformed(where, "no list of items")
        return body

    def _error(self, response: requests.Response, where: str) -> ConnectorError:
        status = response.status_code
        reason, message = "", ""
        try:
            err = response.json()["error"]
            message = str(err.get("message", ""))[:200]
            reason = str((err.get("errors") or [{}])[0].get("reason", ""))
        except (ValueError, KeyError, TypeError, AttributeError, IndexError):
            pass
        said = f" ({reason}: {message})" if reason or message else ""
        if reason in QUOTA_REASONS:
            wait = until_pacific_midnight(self.ctx.clock()) if reason in ("quotaExceeded", "dailyLimitExceeded") \
                else parse_retry_after(response.headers.get("Retry-After")) or 60.0
            return ConnectorError(f"{where}: HTTP {status}: the Google project's YouTube quota is spent{said}",
                                  retry_after=wait)
        if status == 400 and ("key" in reason.lower() or "key" in message.lower()):
            return ConnectorError(f"{where}: HTTP 400: the API key was refused{said}; check the secret "
                                  f"{self.name}.api_key", permanent=True)
        if status in (400, 401, 403, 404):
            return ConnectorError(f"{where}: HTTP {status}{said}: check channel_id / video_ids, and that the "
                                  "YouTube Data API v3 is enabled for the key's project", permanent=True)
        return ConnectorError(f"{where}: HTTP {status}{said}", retry_after=parse_retry_after(response.headers.get("Retry-After")))

    def _walk(self, stream: str, base: dict, key: str, quota: dict, pages: int, out: dict[str, Mention], *,
              token: str | None = None, stop: set[str] = frozenset(), skip: set[str] = frozenset(),
              ) -> tuple[list[str], int, str | None]:
        """Read newest first from page `token` (the top when None) until a thread id in `stop`, the last
        page, `pages` pages or the quota. Returns (new thread ids newest first, pages read, where to
        resume: None when the read finished, else the page token, "" for the top)."""
        fresh: list[str] = []
        for done in range(pages):
            if not self._spend(quota):
                if self._requests_made == 0:
                    raise ConnectorError(
                        f"{self.base_url}/commentThreads: today's quota budget of {self.daily_quota} units "
                        "(daily_quota) is spent", retry_after=until_pacific_midnight(self.ctx.clock()))
                return fresh, done, token or ""
            params = dict(base, part="snippet,replies", order="time", maxResults=100, textFormat="plainText")
            if token:
                params["pageToken"] = token
            body = self._get(params, key)
            self._requests_made += 1
            for thread in body["items"]:
                tid = thread.get("id") if isinstance(thread, dict) else None
                if tid in stop:
                    return fresh, done + 1, None
                if tid in skip:
                    continue
                for m in self._mentions(thread, f"{self.base_url}/commentThreads"):
                    out.setdefault(m.external_id, m)
                fresh.append(tid)
            token = body.get("nextPageToken")
            if not token or not body["items"]:
                return fresh, done + 1, None
        return fresh, pages, token

    def fetch(self, cursor: str | None) -> FetchResult:
        key = require_secret(self.ctx, f"{self.name}.api_key", "a YouTube Data API v3 key")
        state = load_cursor(cursor)
        old = state.get("streams") if isinstance(state.get("streams"), dict) else {}
        quota = dict(state.get("quota")) if isinstance(state.get("quota"), dict) else {}
        streams: dict[str, dict] = {}
        out: dict[str, Mention] = {}
        self._requests_made = 0
        for stream, base in self.streams():
            def walk(pages, start, stop, skip, _since, stream=stream, base=base) -> Walked:
                # A resume of "" is the quota stopping a run before its first page: nothing to resume.
                fresh, read, resume = self._walk(stream, base, key, quota, pages, out, token=start, stop=stop, skip=skip)
                return Walked(fresh, read, resume)
            streams[stream] = read_stream(old.get(stream), walk, self.max_pages, 1)
        return FetchResult(tuple(out.values()), dump_cursor({"v": 1, "streams": streams, "quota": quota}))

    def _mentions(self, thread: Any, where: str) -> list[Mention]:
        try:
            top = thread["snippet"]["topLevelComment"]
            video = thread["snippet"].get("videoId") or top["snippet"].get("videoId", "")
            first = self._comment(top, video, where, context="", raw=thread, thread_id=thread["id"])
            out = [first]
            for reply in (thread.get("replies") or {}).get("comments") or []:
                out.append(self._comment(reply, video, where, context=first.text, raw=reply, thread_id=thread["id"]))
            return out
        except (KeyError, TypeError, AttributeError) as exc:
            raise malformed(where, f"a comment thread: {exc!r}") from None

    def _comment(self, comment: dict, video: str, where: str, *, context: str, raw: dict, thread_id: str) -> Mention:
        s = comment["snippet"]
        cid = comment["id"]
        channel = s.get("authorChannelId") or {}
        return Mention(
            source=self.name, external_id=cid,
            url=f"https://www.youtube.com/watch?v={video}&lc={cid}" if video else "",
            text=s.get("textOriginal") or s["textDisplay"], published=from_iso(s["publishedAt"], where),
            author=s.get("authorDisplayName", ""), author_url=s.get("authorChannelUrl", ""),
            platform="youtube", context=context, raw_sha256=raw_sha256(raw), reply_to=str(s.get("parentId") or ""),
            extra={"comment_id": cid, "thread_id": thread_id, "video_id": video,
                   "parent_id": s.get("parentId", ""), "author_channel_id": channel.get("value", "")},
            # The object only: the response's URL carries the API key, which evidence must never hold.
            received=received(raw, where, self.ctx.clock()),
        )


def create(name: str, options: dict, ctx: Any) -> YouTubeConnector:
    return YouTubeConnector(name, options, ctx)
