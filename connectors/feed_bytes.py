"""A feed's bytes: downloaded within a deadline however slowly they come, and repaired entry-safe.

Used by connectors/feeds.py; nothing here knows what a feed means.
"""
from __future__ import annotations

import re
import time

import requests


def chunks(resp: requests.Response, deadline: float, timeout: float):
    """The body as it arrives, each wait no longer than what is left before the deadline.

    read1 returns whatever has come (iter_content waits for a whole chunk, which a drip never
    fills); the socket's timeout is cut to the time left, so the last wait ends on the deadline."""
    raw = resp.raw
    sock = getattr(getattr(raw, "_connection", None), "sock", None)
    if sock is None or not hasattr(raw, "read1"):
        yield from resp.iter_content(65536)  # no socket to watch (an adapter): per-chunk checks only
        return
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise requests.Timeout()
        sock.settimeout(min(timeout, left))
        try:
            chunk = raw.read1(65536, decode_content=True)
        except Exception as exc:  # noqa: BLE001 - urllib3's timeout and protocol errors, as requests names them
            if "timed out" in str(exc).lower():
                raise requests.Timeout() from None
            raise requests.ConnectionError(str(exc)) from None
        if not chunk:
            return
        yield chunk


# XML 1.0 forbids NUL and most C0 controls; one of them makes the strict parser give up on the
# whole feed. In UTF-8 these bytes stand only for themselves, so removing them touches nothing else.
_ILLEGAL_CONTROLS = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def repair(body: bytes) -> tuple[bytes, list[str]]:
    """The feed with its damage confined to where it is: (bytes, one line per kind of repair).

    An invalid UTF-8 sequence in one entry made feedparser read the whole feed as another
    encoding, garbling every emoji and accent in every entry; now only the bad bytes become U+FFFD."""
    problems = []
    declared = _DECLARED.match(body[:400])
    encoding = declared.group(1).decode().lower().replace("_", "-") if declared else "utf-8"
    if encoding in ("utf-8", "utf8"):
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            text = body.decode("utf-8", "replace")
            problems.append(f"{text.count(chr(0xFFFD))} invalid UTF-8 sequence(s) replaced by U+FFFD "
                            "(the rest of each entry kept as sent)")
            body = text.encode("utf-8")
        cleaned, n = _ILLEGAL_CONTROLS.subn(b"", body)
        if n:
            problems.append(f"{n} control character(s) XML does not allow (NUL and the like) removed")
            body = cleaned
    return body, problems
