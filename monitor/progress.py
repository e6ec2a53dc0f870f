"""How far a long fetch has got: a bar on a terminal, a log line now and then under systemd.

`describe` is pure (tested by table); the reporters only decide where and how often it goes.
"""
from __future__ import annotations

import logging
import sys
import time
from typing import Callable, Protocol, TextIO

log = logging.getLogger("schoolwatch.progress")

BAR_WIDTH = 24
LOG_EVERY = 30.0  # seconds between log lines: a journal, not a stream


def duration(seconds: float) -> str:
    s = int(round(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m {s % 60:02d}s"
    return f"{s // 3600}h {s % 3600 // 60:02d}m"


def describe(done: int, total: int, elapsed: float, stored: int) -> str:
    """'1,200 of 20,000 posts (6%), 85 posts/s, about 3m 41s left, 31 stored'."""
    pct = 100 * done // total if total else 100
    parts = [f"{done:,} of {total:,} posts ({pct}%)"]
    if done and elapsed > 0:
        rate = done / elapsed
        parts.append(f"{rate:,.0f} posts/s" if rate >= 10 else f"{rate:.1f} posts/s")
        if done < total:
            parts.append(f"about {duration((total - done) / rate)} left")
    parts.append(f"{stored:,} stored")
    return ", ".join(parts)


def bar(done: int, total: int, width: int = BAR_WIDTH) -> str:
    filled = width * done // total if total else width
    return "[" + "#" * filled + "-" * (width - filled) + "]"


class Progress(Protocol):
    def update(self, done: int, stored: int) -> None: ...

    def finish(self) -> None: ...


class Silent:
    def update(self, done: int, stored: int) -> None:
        pass

    def finish(self) -> None:
        pass


class TerminalBar:
    """Redraws one line in place; the last state stays on screen."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.label, self.total, self.stream, self.clock = label, total, stream or sys.stderr, clock
        self.start = clock()
        self.drawn = False

    def update(self, done: int, stored: int) -> None:
        line = f"\r{self.label} {bar(done, self.total)} {describe(done, self.total, self.clock() - self.start, stored)}"
        self.stream.write(line + "\x1b[K")  # erase what a longer previous line left
        self.stream.flush()
        self.drawn = True

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


class LogLines:
    """Under systemd: a journal line at most every LOG_EVERY seconds, and one at the end."""

    def __init__(self, label: str, total: int, clock: Callable[[], float] = time.monotonic,
                 every: float = LOG_EVERY, logger: logging.Logger = log):
        self.label, self.total, self.clock, self.every, self.log = label, total, clock, every, logger
        self.start = self.last = clock()
        self.state = (0, 0)
        self.logged = False

    def update(self, done: int, stored: int) -> None:
        self.state = (done, stored)
        now = self.clock()
        if now - self.last >= self.every:
            self.last = now
            self.logged = True
            self.log.info("%s: %s", self.label, describe(done, self.total, now - self.start, stored))

    def finish(self) -> None:
        if self.logged:  # a short fetch says nothing here; poll_source logs its "N new"
            done, stored = self.state
            self.log.info("%s: done: %s", self.label, describe(done, self.total, self.clock() - self.start, stored))


def reporter_for(stream: TextIO | None = None) -> Callable[[str, int], Progress]:
    """A bar when a person watches a terminal, log lines otherwise (systemd, cron, a pipe)."""
    stream = stream or sys.stderr
    tty = getattr(stream, "isatty", lambda: False)()

    def make(label: str, total: int) -> Progress:
        return TerminalBar(label, total, stream) if tty else LogLines(label, total)

    return make
