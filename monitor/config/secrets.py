"""Which secrets each type of source needs, by the names docs/sources.md gives them.

Used by check-config (a missing secret is reported before the daemon starts) and by the
poller (adding or changing a secret counts as a change of the source's config, so a source
broken for want of it is tried again at once).
"""
from __future__ import annotations

import hashlib
from typing import Callable

from monitor.config.types import Source

# type -> secret suffixes; the secret's name is "<source name>.<suffix>".
REQUIRED: dict[str, tuple[str, ...]] = {
    "reddit": ("client_id", "client_secret"),
    "bluesky": ("app_password",),
    "youtube_comments": ("api_key",),
}
OPTIONAL: dict[str, tuple[str, ...]] = {
    "mastodon": ("access_token",),
}


def secret_names(source: Source, optional: bool = True) -> tuple[str, ...]:
    suffixes = REQUIRED.get(source.type, ()) + (OPTIONAL.get(source.type, ()) if optional else ())
    return tuple(f"{source.name}.{s}" for s in suffixes)


def missing_secrets(source: Source, lookup: Callable[[str], str | None]) -> list[str]:
    """The required secrets of an enabled source that are nowhere to be found."""
    if not source.enabled:
        return []
    return [name for name in secret_names(source, optional=False) if not lookup(name)]


def secrets_fingerprint(source: Source, lookup: Callable[[str], str | None]) -> str:
    """Changes when a secret of the source is added, removed or changed; reveals none of them."""
    h = hashlib.sha256()
    for name in secret_names(source):
        value = lookup(name)
        h.update(name.encode() + b"\0" + (hashlib.sha256(value.encode()).digest() if value else b"-") + b"\0")
    return h.hexdigest()[:16]
