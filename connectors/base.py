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
    extra: Mapping[str, Any] = field(default_factory=dict)  # platform ids, screenshot hash...


@dataclass(frozen=True)
class FetchResult:
    mentions: tuple[Mention, ...]
    # Opaque to the monitor; saved in the same transaction as the mentions and
    # handed back on the next fetch. None keeps the previous cursor.
    cursor: str | None = None


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
