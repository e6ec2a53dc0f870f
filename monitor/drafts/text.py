"""Making hostile text safe to show: the post is written by whoever wants to mislead us.

Jinja autoescape handles HTML; this handles what escaping does not: bidirectional
controls that make text display in another order than it reads (a link that
looks like one place and goes to another), stray control characters, and links
that would run code when clicked.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

# Embeddings, overrides and isolates (U+202A-202E, U+2066-2069) and the implicit
# marks: shown as a visible tag instead of acting on the text around them.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# C0/C1 controls except tab and newline; they have no business in a quoted post.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

SAFE_SCHEMES = ("http", "https")


def visible(text: str | None) -> str:
    """The text with bidi controls shown as [U+202E] tags and other controls removed."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BIDI.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)
    return _CONTROL.sub("", text)


def one_line(text: str | None, limit: int = 0) -> str:
    """For subjects and list rows: one line, no controls, shortened at a word."""
    text = " ".join(visible(text).split())
    if limit and len(text) > limit:
        cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
        text = cut + "…"
    return text


def quoted(text: str | None, limit: int = 4000) -> str:
    """A post as an email quote: every line starts with '> ', so it cannot pass for our words."""
    body = visible(text)
    if limit and len(body) > limit:
        body = body[:limit] + "\n[… shortened: the full text is in the evidence pack]"
    return "\n".join("> " + line if line else ">" for line in body.split("\n"))


def safe_url(url: str | None) -> str:
    """The URL if a browser may open it (http or https with a host), else ''."""
    if not url:
        return ""
    url = url.strip()
    if _CONTROL.search(url) or _BIDI.search(url) or any(c.isspace() for c in url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.hostname:
        return ""
    return url


def shown_url(url: str | None) -> str:
    """A URL as text to read: bidi and controls made visible, never shortened."""
    return visible(url).replace("\n", " ")


def host_of(url: str | None) -> str:
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:
        return ""
    host = host.lower()
    return host[4:] if host.startswith("www.") else host
