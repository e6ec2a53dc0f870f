"""`poll --limit N` / `--since DATE`: which posts of a fetch are taken in, which are left out."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from connectors.base import Mention
from monitor.ingest.window import Window, split

T0 = datetime(2026, 11, 1, tzinfo=timezone.utc)


def post(ext: str, days: int) -> Mention:
    return Mention(source="s", external_id=ext, url="", text=ext, published=T0 + timedelta(days=days))


# Fetched in this order (a feed is not always newest first).
FETCH = [post("a", 3), post("b", 1), post("c", 5), post("d", 1), post("e", 0)]


@pytest.mark.parametrize("window, taken, left", [
    (Window(), "abcde", ""),
    (Window(limit=2), "ac", "bde"),
    (Window(limit=3), "acd", "be"),  # b and d tie at day 1: the later fetched (d) counts as newer
    (Window(limit=4), "abcd", "e"),
    (Window(limit=0), "", "abcde"),
    (Window(limit=10), "abcde", ""),
    (Window(since=T0 + timedelta(days=1)), "abcd", "e"),
    (Window(since=T0 + timedelta(days=4)), "c", "abde"),
    (Window(limit=1, since=T0 + timedelta(days=1)), "c", "abde"),
    (Window(limit=3, since=T0 + timedelta(days=2)), "ac", "bde"),
])
def test_windows(window, taken, left):
    keep, skip = split(FETCH, window)
    assert "".join(m.external_id for m in keep) == taken
    assert "".join(m.external_id for m in skip) == left


def test_ties_in_time_take_the_later_fetched():
    keep, _ = split([post("x", 1), post("y", 1)], Window(limit=1))
    assert [m.external_id for m in keep] == ["y"]


@pytest.mark.parametrize("kwargs, error", [
    ({"limit": -1}, "limit must be 0 or more, not -1"),
    ({"since": datetime(2026, 1, 1)}, "since must carry a timezone"),
])
def test_bad_windows_say_what(kwargs, error):
    with pytest.raises(ValueError) as exc:
        Window(**kwargs)
    assert str(exc.value) == error
