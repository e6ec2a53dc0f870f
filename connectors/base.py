"""The contract between a source and the monitor.

A connector turns one configured source into Mentions. It never imports
`monitor`: it knows nothing of schools, matching or storage. It is given its
options, an HTTP session and a clock, and returns what is new since `cursor`.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Mapping, Protocol, runtime_checkable

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


# Response headers worth keeping as evidence: what says who served the bytes, what they
# are and when; never cookies or anything that authenticates us.
EVIDENCE_HEADERS = ("content-type", "content-length", "date", "last-modified", "etag", "server", "age",
                    "cache-control", "x-cache", "via", "x-request-id", "x-served-by")


@dataclass(frozen=True)
class Received:
    """What was actually received for one post, kept as evidence when the post turns out to matter.

    item: the post's own bytes (a feed entry or API object as the library parsed it, serialised
    exactly as raw_sha256 hashes it; a JSONL line as read); body: the whole HTTP response the
    post came in, byte for byte, where the connector sees it (b"" where a client library hides it).
    """

    url: str  # the request URL
    at: datetime  # when it was received, UTC
    item: bytes
    body: bytes = b""
    status: int | None = None
    headers: tuple[tuple[str, str], ...] = ()  # (lower-case name, value), EVIDENCE_HEADERS only


def evidence_headers(headers: Mapping[str, str] | None) -> tuple[tuple[str, str], ...]:
    if not headers:
        return ()
    lower = {str(k).lower(): str(v) for k, v in dict(headers).items()}
    return tuple((k, lower[k]) for k in EVIDENCE_HEADERS if k in lower)


@dataclass(frozen=True)
class Mention:
    """One public post, comment, article or video as a source saw it."""

    source: str  # the configured source name
    external_id: str  # the platform's id: dedup key within the source
    url: str
    text: str  # plain text: title and body, as a reader sees it
    published: datetime  # timezone-aware UTC
    author: str = ""  # handle or display name
    author_url: str = ""
    platform: str = ""  # rss, google_alerts, youtube, reddit, mastodon, bluesky, manual...
    # Text around the post that helps decide who it is about (a comment's
    # submission title, the feed's title), never scored on its own.
    context: str = ""
    raw_sha256: str = ""  # hash of the raw response item, for the evidence pack
    # The external_id (on this source) of the post it answers, where the platform says: a reply
    # that names no one ("always been a snake") is about whoever its parent was about.
    reply_to: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)  # platform ids, screenshot hash...
    received: Received | None = None  # the bytes as received; kept only for posts that reach high or urgent


@dataclass(frozen=True)
class FetchResult:
    mentions: tuple[Mention, ...]
    # Opaque to the monitor; saved in the same transaction as the mentions and
    # handed back on the next fetch. None keeps the previous cursor.
    cursor: str | None = None
    # Entries or lines that could not be read, one clear line each ("feed.xml entry 7: no text"):
    # the rest of the fetch is good and is kept; one bad entry never costs the others.
    problems: tuple[str, ...] = ()


class ConnectorError(Exception):
    """A fetch failed.

    permanent: the source is misconfigured or gone (401, 403, 404) and will not
    work until the config changes; transient: try again later (429, 5xx,
    timeouts), no sooner than retry_after seconds when the server said so.
    """

    def __init__(self, message: str, *, permanent: bool = False, retry_after: float | None = None):
        super().__init__(message)
        self.permanent = permanent
        self.retry_after = retry_after


@runtime_checkable
class Connector(Protocol):
    name: str

    def fetch(self, cursor: str | None) -> FetchResult: ...


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or utc_now())).total_seconds())


def error_for_status(status: int, where: str, retry_after: str | None = None) -> ConnectorError:
    """The ConnectorError an HTTP status means, with the URL in the message."""
    if status in (401, 403):
        return ConnectorError(f"{where}: HTTP {status}: access refused (check the credentials)", permanent=True)
    if status in (404, 410):
        return ConnectorError(f"{where}: HTTP {status}: not found (check the URL or account)", permanent=True)
    return ConnectorError(f"{where}: HTTP {status}", retry_after=parse_retry_after(retry_after))
