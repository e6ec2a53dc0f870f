"""Log lines for a terminal or for journald.

Under systemd (which sets $JOURNAL_STREAM) journald stamps each line itself, so a second
timestamp is noise; a "<N>" prefix gives it the line's priority, so `journalctl -p warning`
shows what matters. APScheduler's per-job chatter ("Running job...", "executed
successfully": thousands of lines a day) is kept to warnings and errors.
"""
from __future__ import annotations

import logging
import os

# Python's levels -> syslog priorities (sd-daemon(3)).
PRIORITY = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3, logging.CRITICAL: 2}
TERMINAL = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class JournalFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        prio = PRIORITY.get(record.levelno, 6 if record.levelno < logging.WARNING else 3)
        text = super().format(record)
        # Every line of a traceback carries the priority, or journald files its tail as info.
        return "\n".join(f"<{prio}>{line}" for line in text.splitlines())


def under_journald(environ=os.environ) -> bool:
    return bool(environ.get("JOURNAL_STREAM"))


def setup(verbose: bool = False, environ=os.environ) -> None:
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    root = logging.getLogger()
    if any(not getattr(h, "schoolwatch", False) for h in root.handlers):
        return  # someone else (a test runner, an embedding program) owns the log: as logging.basicConfig
    handler = logging.StreamHandler()
    handler.schoolwatch = True
    if under_journald(environ):
        handler.setFormatter(JournalFormatter("%(name)s: %(message)s"))
    else:
        handler.setFormatter(logging.Formatter(TERMINAL))
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
