"""A listing that grows between runs, served newest first in small pages, for the tests of runs
cut short by a cap: the items are the project's own fixtures with their ids and times varied."""
from __future__ import annotations

import copy
from datetime import datetime, timedelta, timezone

T0 = datetime(2025, 5, 19, 8, 0, tzinfo=timezone.utc)


class Live:
    """Items oldest first as they were posted; `page(start, size)` serves them newest first."""

    def __init__(self, make) -> None:
        self.make = make  # n -> one item in the platform's shape
        self.items: list = []

    def post(self, count: int) -> list:
        new = [self.make(len(self.items) + i + 1) for i in range(count)]
        self.items.extend(new)
        return new

    def newest_first(self) -> list:
        return list(reversed(self.items))

    def page(self, start: int, size: int) -> tuple[list, int | None]:
        """One page from offset `start`, and the offset of the next page (None at the end)."""
        listing = self.newest_first()
        chunk = listing[start:start + size]
        return chunk, (start + size if start + size < len(listing) else None)


def when(n: int) -> datetime:
    return T0 + timedelta(minutes=n)


def varied(template: dict, **changes) -> dict:
    item = copy.deepcopy(template)
    item.update(changes)
    return item
