"""Small helpers shared by the social connectors (reddit, mastodon, bluesky, youtube, manual)."""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from typing import Any, Iterable

from .base import ConnectorError, Received, evidence_headers, sha256_hex

# A stream remembers this many recent ids: enough to find where the last run stopped
# even when its newest item has since been deleted; the store dedups beyond it.
REMEMBERED_IDS = 200


def env_var(secret_name: str) -> str:
    """The environment variable monitor.config.secret_lookup reads for a secret."""
    return "SCHOOLWATCH_" + re.sub(r"[^A-Za-z0-9]+", "_", secret_name).upper()


def require_secret(ctx: Any, secret_name: str, what: str) -> str:
    value = ctx.secret(secret_name)
    if not value:
        raise ConnectorError(
            f"missing secret {secret_name!r} ({what}): set ${env_var(secret_name)} "
            f"or put it in a file named {secret_name!r} in $CREDENTIALS_DIRECTORY",
            permanent=True,
        )
    return value


def optional_secret(ctx: Any, secret_name: str) -> str | None:
    return ctx.secret(secret_name) or None


def list_option(value: Any) -> list:
    """A list option as given, or [] when it is not a list (the type check reports that)."""
    return value if isinstance(value, list) else []


def raw_sha256(item: Any) -> str:
    """Hash of one item's JSON as the platform sent it (keys sorted so it is stable)."""
    return sha256_hex(json.dumps(item, sort_keys=True, ensure_ascii=False, separators=(",", ":")))


def item_bytes(item: Any) -> bytes:
    """One item's JSON, serialised as raw_sha256 hashes it."""
    return json.dumps(item, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def received(item: Any, url: str, at: datetime, response: Any = None) -> Received:
    """The evidence of one item: its bytes, and the HTTP response it came in when we hold it."""
    body, status, headers = b"", None, ()
    if response is not None:
        content = getattr(response, "content", b"")
        body = content if isinstance(content, bytes) else b""
        status = getattr(response, "status_code", None)
        headers = evidence_headers(getattr(response, "headers", None))
        # The URL as asked for, with its query: no connector that passes a response puts a secret there.
        url = str(getattr(response, "url", "") or url)
    return Received(url=url, at=at, item=item if isinstance(item, bytes) else item_bytes(item), body=body,
                    status=status, headers=headers)


def load_cursor(cursor: str | None) -> dict:
    """A cursor we wrote; anything else (an older format, a hand edit) counts as a first run."""
    if not cursor:
        return {}
    try:
        data = json.loads(cursor)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def dump_cursor(data: dict) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"))


def remember(old: Iterable[str], new: Iterable[str], keep: int = REMEMBERED_IDS) -> list[str]:
    """Newest first, no repeats, at most `keep`."""
    out: list[str] = []
    seen: set[str] = set()
    for i in list(new) + list(old):
        if i not in seen:
            seen.add(i)
            out.append(i)
    return out[:keep]


def from_epoch(value: Any, where: str) -> datetime:
    try:
        return datetime.fromtimestamp(float(value), tz=timezone.utc)
    except (TypeError, ValueError, OverflowError):
        raise ConnectorError(f"{where}: bad timestamp {value!r}") from None


def from_iso(value: Any, where: str) -> datetime:
    """ISO-8601 as the APIs send it ('2025-05-19T12:00:00.123Z'); always aware UTC."""
    if isinstance(value, datetime):
        when = value
    else:
        try:
            text = str(value).strip()
            if text.endswith(("Z", "z")):
                text = text[:-1] + "+00:00"
            when = datetime.fromisoformat(text)
        except ValueError:
            raise ConnectorError(f"{where}: bad timestamp {value!r}") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc)


def malformed(where: str, why: str) -> ConnectorError:
    """A body we cannot read: transient, since a server mid-deploy sends such things."""
    return ConnectorError(f"{where}: malformed response: {why}")


# A newest-first stream read is stopped by a cap (max_items, max_pages, the day's quota) before it
# reaches the ids seen last time leaves a gap: the stretch between where it stopped and those ids.
# The stream's state then keeps the gap, {"from": <where to resume>, "until": [the old ids]}, and
# the next runs read it first; only once it is closed do they read from the top again. Without it,
# the next run would stop at the new ids and everything in the gap would never be read.

