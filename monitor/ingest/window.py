"""`poll --limit N` / `--since DATE`: how much of a first fetch to take in.

A school switching schoolwatch on may not want two years of a source's history judged.
The posts left out are remembered as seen (their ids only, never their text), so later
polls do not fetch them either: the window is a decision about the past, made once.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

from connectors.base import Mention


@dataclass(frozen=True)
class Window:
    limit: int | None = None  # the newest N posts of each source
    since: datetime | None = None  # posts published at or after this time

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 0:
            raise ValueError(f"limit must be 0 or more, not {self.limit}")
        if self.since is not None and self.since.tzinfo is None:
            raise ValueError("since must carry a timezone")

    @property
    def everything(self) -> bool:
        return self.limit is None and self.since is None


EVERYTHING = Window()


def split(mentions: Sequence[Mention], window: Window) -> tuple[list[Mention], list[Mention]]:
    """(taken in, left out), each in the order fetched. Ties in time keep the fetch order."""
    if window.everything:
        return list(mentions), []
    inside = [i for i, m in enumerate(mentions) if window.since is None or m.published >= window.since]
    if window.limit is not None:
        # Newest first; among equal times the later-fetched one counts as newer.
        inside = sorted(sorted(inside, key=lambda i: (mentions[i].published, i), reverse=True)[:window.limit])
    keep = set(inside)
    return [mentions[i] for i in inside], [m for i, m in enumerate(mentions) if i not in keep]
