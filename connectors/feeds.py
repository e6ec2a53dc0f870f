"""RSS and Atom: Google Alerts, Google News searches, local news, the school's site, YouTube channels.

HTTP first (conditional on ETag / Last-Modified, with a timeout and a size cap),
then feedparser.parse(bytes): feedparser never touches the network here.
"""
from __future__ import annotations

import calendar
import hashlib
import json
import re
import time
from datetime import datetime, timezone
from html import unescape
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlparse

import feedparser
import requests

from .base import ConnectorError, FetchResult, Mention, Received, error_for_status, evidence_headers, sha256_hex
from .feed_bytes import chunks as _chunks, repair

TYPE = "rss"
OPTIONS: dict[str, type] = {"url": str, "platform": str, "max_bytes": int, "timeout": float, "deadline": float}
REQUIRED = frozenset({"url"})

MAX_BYTES = 5 * 1024 * 1024
# The whole download, however the server drips it: a per-read timeout alone let one byte every
# few seconds hold the poll, and every source after it, for minutes.
DEADLINE = 60.0
REMEMBERED_IDS = 500  # enough for the longest feed we know; the store dedups beyond it


def validate(options: dict) -> list[tuple[str, str]]:
    url = options.get("url")
    if isinstance(url, str) and urlparse(url).scheme not in ("http", "https"):
        return [("url", f"{url!r} is not an http(s) URL")]
    return []


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("br", "p", "div", "li"):
            self.parts.append(" ")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: Google's <b> highlighting and all other markup gone."""
    if "<" not in fragment and "&" not in fragment:
        return " ".join(fragment.split())
    parser = _Text()
    try:
        parser.feed(fragment)
        parser.close()
        text = "".join(parser.parts)
    except Exception:  # a broken fragment still has words in it
        text = unescape(fragment)
    return " ".join(text.split())


def unwrap_link(link: str) -> str:
    """The real URL behind a Google Alerts or Bing News redirect."""
    try:
        parsed = urlparse(link)
    except ValueError:
        return link
    host = parsed.netloc.lower()
    if (host.endswith("google.com") and parsed.path == "/url") or (host.endswith("bing.com") and "apiclick" in parsed.path):
        target = parse_qs(parsed.query).get("url", [""])[0]
        if target.startswith(("http://", "https://")):
            return target
    return link


def _when(entry: Any, fallback: datetime) -> datetime:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc)
            except (OverflowError, ValueError, OSError):
                continue
    return fallback


def _platform(url: str, feed: Any, entry: Any, configured: str | None) -> str:
    if configured:
        return configured
    host = urlparse(url).netloc.lower()
    fid = str(feed.feed.get("id", ""))
    if entry.get("yt_videoid") or "youtube.com" in host:
        return "youtube"
    if fid.startswith("tag:google.com,2005:reader/user/") or "google.com/alerts" in url:
        return "google_alerts"
    if "news.google.com" in host:
        return "google_news"
    if "reddit.com" in host:
        return "reddit"
    return "rss"


def _body(entry: Any) -> str:
    for key in ("media_description", "summary"):
        if entry.get(key):
            return html_to_text(entry[key])
    content = entry.get("content") or []
    return html_to_text(content[0].get("value", "")) if content else ""


# A character reference to half of a UTF-16 pair (a broken emoji) makes feedparser raise.
_CHAR_REF = re.compile(rb"&#(\d{1,7}|[xX][0-9a-fA-F]{1,6});")


def _no_surrogate(m: re.Match) -> bytes:
    ref = m.group(1)
    code = int(ref[1:], 16) if ref[:1] in b"xX" else int(ref)
    return b"&#65533;" if 0xD800 <= code <= 0xDFFF else m.group(0)


def _parse(body: bytes, url: str):
    try:
        return feedparser.parse(body)
    except UnicodeError:
        pass
    try:
        return feedparser.parse(_CHAR_REF.sub(_no_surrogate, body))
    except Exception as exc:  # noqa: BLE001 - feedparser's own failure: say which feed
        raise ConnectorError(f"{url}: feed could not be parsed ({type(exc).__name__}: {exc})") from None


def _entry_id(entry: Any, link: str) -> tuple[str, bool]:
    """(id, made up): the feed's id, else the link, else a hash of what the entry says."""
    ext = entry.get("id") or link
    if ext:
        return str(ext), False
    said = json.dumps([entry.get(k, "") for k in ("title", "summary", "published", "updated", "author")],
                      default=str, ensure_ascii=False)
    return "sha256:" + hashlib.sha256(said.encode("utf-8", "surrogatepass")).hexdigest()[:32], True


class FeedConnector:
    def __init__(self, name: str, options: dict, ctx: Any):
        self.name = name
        self.url: str = options["url"]
        self.platform: str | None = options.get("platform")
        self.max_bytes: int = options.get("max_bytes", MAX_BYTES)
        self.timeout: float = options.get("timeout", ctx.timeout)
        self.deadline: float = options.get("deadline", max(DEADLINE, self.timeout))
        self.http: requests.Session = ctx.http
        self.clock = ctx.clock
        self.last_response: tuple[int, tuple, str] | None = None

    def _download(self, state: dict) -> tuple[bytes | None, dict]:
        headers = {"Accept": "application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.5"}
        if state.get("etag"):
            headers["If-None-Match"] = state["etag"]
        if state.get("modified"):
            headers["If-Modified-Since"] = state["modified"]
        deadline = time.monotonic() + self.deadline
        wait = min(self.timeout, self.deadline)
        try:
            with self.http.get(self.url, headers=headers, timeout=wait, stream=True) as resp:
                if resp.status_code == 304:
                    return None, {}
                if resp.status_code >= 400:
                    raise error_for_status(resp.status_code, self.url, resp.headers.get("Retry-After"))
                body = bytearray()
                for chunk in _chunks(resp, deadline, self.timeout):
                    body.extend(chunk)
                    if len(body) > self.max_bytes:
                        raise ConnectorError(f"{self.url}: feed larger than {self.max_bytes} bytes: not read")
                    if time.monotonic() >= deadline:
                        raise requests.Timeout()
                got = {k: resp.headers[h] for k, h in (("etag", "ETag"), ("modified", "Last-Modified"))
                       if resp.headers.get(h)}
                # Kept beside each entry as evidence of what the server said, byte for byte.
                self.last_response = (resp.status_code, evidence_headers(resp.headers), resp.url or self.url)
                return bytes(body), got
        except requests.Timeout:
            if time.monotonic() >= deadline - 0.05:
                raise ConnectorError(f"{self.url}: not downloaded within its deadline of {self.deadline:g}s "
                                     "(the server sends too slowly); the other sources went on") from None
            raise ConnectorError(f"{self.url}: timed out after {self.timeout:g}s") from None
        except requests.RequestException as exc:
            raise ConnectorError(f"{self.url}: {type(exc).__name__}: {exc}") from None

    def fetch(self, cursor: str | None) -> FetchResult:
        state = json.loads(cursor) if cursor else {}
        body, validators = self._download(state)
        if body is None:
            return FetchResult((), None)
        received_body = body  # the evidence keeps what the server sent, not the repair
        body, problems = repair(body)
        problems = [f"{self.url}: {p}" for p in problems]
        parsed = _parse(body, self.url)
        if not parsed.entries and (parsed.bozo or not parsed.version):
            why = parsed.get("bozo_exception") or "no RSS or Atom in the response"
            raise ConnectorError(f"{self.url}: not a readable feed ({why})")
        known = set(state.get("ids", []))
        now = self.clock()
        status, headers, got_from = self.last_response or (None, (), self.url)
        mentions, ids, taken = [], [], set()
        for n, entry in enumerate(parsed.entries, start=1):
            # Entry by entry: what is wrong with one is said in one line, and the others go on.
            try:
                link = unwrap_link(str(entry.get("link", "") or ""))
                ext, made_up = _entry_id(entry, link)
                if ext in taken:
                    problems.append(f"{self.url} entry {n}: the id {ext[:80]!r} again; the first entry with it kept")
                    continue
                taken.add(ext)
                ids.append(ext)
                if ext in known:
                    continue
                if made_up:
                    problems.append(f"{self.url} entry {n}: no id and no link; known by a hash of its text")
                mention = self._mention(entry, ext, link, parsed, now, received_body, (status, headers, got_from))
            except Exception as exc:  # noqa: BLE001 - hostile input: one entry's failure stays its own
                problems.append(f"{self.url} entry {n}: cannot be read ({type(exc).__name__}: {exc})")
                continue
            mentions.append(mention)
        remembered = list(dict.fromkeys(ids + state.get("ids", [])))[:REMEMBERED_IDS]
        return FetchResult(tuple(mentions), json.dumps({**validators, "ids": remembered}), problems=tuple(problems))

    def _mention(self, entry: Any, ext: str, link: str, parsed: Any, now: datetime, body: bytes,
                 response: tuple) -> Mention:
        status, headers, got_from = response
        title = html_to_text(entry.get("title", ""))
        body_text = _body(entry)
        text = title if not body_text or body_text == title else f"{title}\n{body_text}"
        author = entry.get("author", "") or entry.get("source", {}).get("title", "")
        entry_bytes = json.dumps(entry, sort_keys=True, default=str).encode("utf-8", "surrogatepass")
        return Mention(
            source=self.name, external_id=ext, url=link, text=text, published=_when(entry, now),
            author=html_to_text(author), author_url=entry.get("author_detail", {}).get("href", ""),
            platform=_platform(self.url, parsed, entry, self.platform),
            raw_sha256=sha256_hex(entry_bytes),
            extra={k: v for k, v in (("video_id", entry.get("yt_videoid")), ("feed", self.url)) if v},
            received=Received(url=got_from, at=now, item=entry_bytes, body=body, status=status, headers=headers),
        )


def create(name: str, options: dict, ctx: Any) -> FeedConnector:
    return FeedConnector(name, options, ctx)
