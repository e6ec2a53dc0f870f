"""`schoolwatch check-db`: is the database usable, and if not, is it full, read-only or damaged?

Opened directly, never through Store.open: a check must not create, migrate or repair anything.
"""
from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from monitor.store.errors import ADVICE, CORRUPT, FULL, READ_ONLY, store_problem
from monitor.store.migrations import MIGRATIONS

OK = "ok"
MISSING = "missing"
LOW_SPACE = 50 * 1024 * 1024  # below this much free space a backfill or a purge can fill the disk


@dataclass(frozen=True)
class DbCheck:
    verdict: str  # ok, missing, full, read-only, corrupt
    lines: tuple[str, ...]  # what was looked at, one line each, the verdict's reason last


def check_database(path: Path) -> DbCheck:
    path = Path(path)
    if not path.exists():
        return DbCheck(MISSING, (f"{path}: no database yet; the first poll creates it",))
    lines = []
    try:
        ro = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = ro.execute("PRAGMA user_version").fetchone()[0]
            found = [r[0] for r in ro.execute("PRAGMA quick_check(20)")]
        finally:
            ro.close()
    except sqlite3.Error as exc:
        kind = store_problem(exc)
        kind = kind if kind in (FULL, READ_ONLY) else CORRUPT
        return DbCheck(kind, (f"{path}: cannot be read as a database: {exc}", ADVICE[kind]))
    if found != ["ok"]:
        return DbCheck(CORRUPT, (f"{path}: integrity check failed: {'; '.join(found[:5])}", ADVICE[CORRUPT]))
    lines.append(f"{path}: integrity check passed; schema version {version} (this schoolwatch: {len(MIGRATIONS)})")
    free = shutil.disk_usage(path.parent).free
    lines.append(f"{path.parent}: {free // (1024 * 1024)} MB free")
    try:
        rw = sqlite3.connect(str(path), isolation_level=None, timeout=5)
        try:
            # A write rolled back: proves the file, its folder (for -wal and -shm) and the disk take writes.
            rw.execute("BEGIN IMMEDIATE")
            rw.execute("CREATE TABLE check_db_probe (x)")
            rw.execute("ROLLBACK")
        finally:
            rw.close()
    except (sqlite3.Error, OSError) as exc:
        kind = store_problem(exc) or READ_ONLY
        return DbCheck(kind, (*lines, f"{path}: a test write failed: {exc}", ADVICE.get(kind, "")))
    if free < LOW_SPACE:
        return DbCheck(FULL, (*lines, f"less than {LOW_SPACE // (1024 * 1024)} MB free: {ADVICE[FULL]}"))
    return DbCheck(OK, (*lines, "the database is usable"))
