"""What a failing database means, in one line an IT person can act on.

SQLite says "database or disk is full" or "file is not a database"; the person reading the
journal needs to know which of the three things it is and what to do, not a traceback.
"""
from __future__ import annotations

import errno
import sqlite3

FULL = "full"
READ_ONLY = "read-only"
CORRUPT = "corrupt"
BUSY = "busy"


def store_problem(exc: BaseException) -> str | None:
    """FULL, READ_ONLY, CORRUPT or BUSY for a storage failure; None for anything else."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return FULL
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return READ_ONLY
        return None
    if not isinstance(exc, sqlite3.Error):
        return None
    text = str(exc).lower()
    if "full" in text:
        return FULL
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return READ_ONLY
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return CORRUPT
    if "locked" in text or "busy" in text:
        return BUSY
    return None


ADVICE = {
    FULL: "the disk holding the database is full: free some space; what was stored is kept and "
          "what could not be stored will be fetched again",
    READ_ONLY: "the database cannot be written (read-only file, folder or filesystem): check its owner "
               "and permissions",
    CORRUPT: "the database file is damaged: stop schoolwatch, run `schoolwatch check-db`, and restore "
             "the last backup if it says so",
    BUSY: "the database is locked by another process for too long: is a second schoolwatch running?",
}


def note_path(exc: BaseException, path: object) -> None:
    """Say on the exception which database failed, once, for store_error_line to print."""
    if store_problem(exc) is not None and not any(str(n).startswith("database: ") for n in getattr(exc, "__notes__", ())):
        exc.add_note(f"database: {path}")


def _noted_path(exc: BaseException) -> str | None:
    for n in getattr(exc, "__notes__", ()):
        if str(n).startswith("database: "):
            return str(n)[len("database: "):]
    return None


def store_error_line(exc: BaseException, path: object = None) -> str:
    """One line: what happened to the database, where, and what to do."""
    path = path or _noted_path(exc)
    where = f" ({path})" if path else ""
    kind = store_problem(exc)
    if kind is None:
        return f"{type(exc).__name__}: {exc}"
    return f"database {kind}{where}: {ADVICE[kind]} [{exc}]"
