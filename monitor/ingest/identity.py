"""When two posts share an author, and when two copies are one post.

A feed's "author" is a publication or a search, not a person: two court reports
in the Gazette are not a course of conduct. Reddit's "[deleted]" is nobody in
particular. Only a real account on a social platform has a history.
"""
from __future__ import annotations

import re

# Platforms whose items are articles or alerts: copies are syndicated, authors are publications.
FEED_PLATFORMS = frozenset({"rss", "google_alerts", "google_news", "news", "file", ""})
NOBODY = frozenset({"", "[deleted]", "[removed]", "deleted", "anonymous", "unknown"})

_SURROGATE = re.compile("[\ud800-\udfff]")
_HANDLE_PREFIX = re.compile(r"^(?:@|u/|/u/)")


def has_history(author: str, platform: str) -> bool:
    """Whether posts by this author on this platform may be weighed together."""
    return author.strip().lower() not in NOBODY and platform not in FEED_PLATFORMS


def person(author: str) -> str:
    """The name an author goes by wherever they post: "@jadeyy_x" on TikTok, Instagram and X is one
    person to a DSL reading her month of posts (round 36's writer of people who post again and again
    wrote one former pupil's fixation across three platforms). Only for who a post naming nobody
    may be about (monitor/ingest/history.py): a course of conduct is still counted per platform."""
    return _HANDLE_PREFIX.sub("", " ".join(author.split()).lower())


def deduplicates_by_content(platform: str) -> bool:
    """Articles syndicated to several feeds are one mention; a person posting the same words twice is two."""
    return platform in FEED_PLATFORMS


def clean(text: str) -> str:
    """A lone UTF-16 surrogate (broken emoji from a JSON API) cannot be stored or sent: make it visible instead."""
    return _SURROGATE.sub("\ufffd", text) if text else text
