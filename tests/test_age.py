"""How old a post is, and whether what it threatens may still be ahead: a table a DSL can read."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from monitor.deliver.age import age_phrase, is_live

from response_samples import THREAT, T

POSTED = T("2026-11-21T21:03:00Z")  # a Saturday evening


def threat(named: str):
    return replace(THREAT, published=POSTED, decision=replace(THREAT.decision, facts={"imminence": named}))


@pytest.mark.parametrize("named,now,live", [
    ("", "2026-11-22T20:00:00Z", True),             # within a day of posting
    ("", "2026-11-22T21:04:00Z", False),            # a day and a minute
    ("tomorrow", "2026-11-22T23:59:00Z", True),     # Sunday is "tomorrow" until its midnight
    ("tomorrow", "2026-11-23T00:01:00Z", False),
    ("pickup tomorrow", "2026-12-02T09:00:00Z", False),  # eleven days on: history
    ("on Friday", "2026-11-26T12:00:00Z", True),    # a weekday: up to a week
    ("on Friday", "2026-11-29T12:00:00Z", False),
    ("next week", "2026-12-01T12:00:00Z", True),
])
def test_live_while_the_named_time_may_be_ahead(named, now, live):
    assert is_live(threat(named), T(now)) is live


@pytest.mark.parametrize("ago,phrase", [
    (timedelta(seconds=30), "posted just now"), (timedelta(minutes=1), "posted 1 minute ago"),
    (timedelta(hours=3, minutes=59), "posted 3 hours ago"), (timedelta(days=11, hours=2), "posted 11 days ago"),
    (timedelta(days=-1), "posted just now"),  # a clock ahead of ours is not "in the future"
])
def test_age_in_words(ago, phrase):
    assert age_phrase(POSTED, POSTED + ago) == phrase
    assert age_phrase(None, POSTED) == "posting time not known"
