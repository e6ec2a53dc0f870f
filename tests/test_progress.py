"""What a long fetch shows: the words of its progress line, the bar, and how often it speaks."""
from __future__ import annotations

import io
import logging

import pytest

from monitor.progress import LogLines, TerminalBar, bar, describe, duration


@pytest.mark.parametrize("seconds, words", [
    (0, "0s"), (59.4, "59s"), (60, "1m 00s"), (221, "3m 41s"), (3599, "59m 59s"), (3600, "1h 00m"),
    (5 * 3600 + 7 * 60 + 30, "5h 07m"),
])
def test_durations(seconds, words):
    assert duration(seconds) == words


@pytest.mark.parametrize("done, total, elapsed, stored, line", [
    (0, 20000, 0.0, 0, "0 of 20,000 posts (0%), 0 stored"),
    (1200, 20000, 14.0, 31, "1,200 of 20,000 posts (6%), 86 posts/s, about 3m 39s left, 31 stored"),
    (5, 100, 2.0, 0, "5 of 100 posts (5%), 2.5 posts/s, about 38s left, 0 stored"),
    (20000, 20000, 240.0, 512, "20,000 of 20,000 posts (100%), 83 posts/s, 512 stored"),
    (0, 0, 1.0, 0, "0 of 0 posts (100%), 0 stored"),
])
def test_progress_lines(done, total, elapsed, stored, line):
    assert describe(done, total, elapsed, stored) == line


@pytest.mark.parametrize("done, total, drawn", [
    (0, 10, "[----------]"), (5, 10, "[#####-----]"), (10, 10, "[##########]"), (0, 0, "[##########]"),
])
def test_bars(done, total, drawn):
    assert bar(done, total, width=10) == drawn


def test_the_terminal_bar_redraws_one_line_and_ends_it():
    out, clock = io.StringIO(), iter([0.0, 10.0, 20.0]).__next__
    b = TerminalBar("gazette", 400, out, clock)
    b.update(200, 3)
    b.update(400, 5)
    b.finish()
    assert out.getvalue() == (
        "\rgazette [############------------] 200 of 400 posts (50%), 20 posts/s, about 10s left, 3 stored\x1b[K"
        "\rgazette [########################] 400 of 400 posts (100%), 20 posts/s, 5 stored\x1b[K\n")


def test_log_lines_come_at_most_every_interval_and_once_at_the_end(caplog):
    times = iter([0.0, 10.0, 31.0, 40.0, 70.0, 75.0])
    logger = logging.getLogger("test.progress")
    p = LogLines("export", 1000, clock=times.__next__, every=30.0, logger=logger)
    with caplog.at_level(logging.INFO, logger="test.progress"):
        for done in (200, 400, 600, 800):  # at 10, 31, 40, 70 s
            p.update(done, done // 100)
        p.finish()  # at 75 s
    assert [r.getMessage() for r in caplog.records] == [
        "export: 400 of 1,000 posts (40%), 13 posts/s, about 46s left, 4 stored",
        "export: 800 of 1,000 posts (80%), 11 posts/s, about 18s left, 8 stored",
        "export: done: 800 of 1,000 posts (80%), 11 posts/s, about 19s left, 8 stored",
    ]


def test_a_short_fetch_logs_nothing(caplog):
    p = LogLines("export", 300, clock=iter([0.0, 2.0, 3.0]).__next__, every=30.0)
    with caplog.at_level(logging.INFO):
        p.update(300, 1)
        p.finish()
    assert caplog.records == []
