"""The alert's "I'm dealing with this" link: a random token of 192 bits, of which the
database keeps only the SHA-256. It acknowledges one item, once, within ACK_VALID, and
can do nothing else: no login, no reading of the queue."""
from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from monitor.drafts.text import safe_url

ACK_VALID = timedelta(days=3)


def new_token() -> str:
    return secrets.token_urlsafe(24)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def ack_url(base_url: str, token: str) -> str:
    """'' when there is no usable base_url: then the alert says how to acknowledge instead."""
    return f"{base_url.rstrip('/')}/ack/{token}" if safe_url(base_url) else ""
