"""Copies of the database: `schoolwatch backup`, and the one kept before a schema migration.

SQLite's online backup API copies pages under the database's own locks, so the copy is one
consistent state even while the daemon writes (copying the file and its -wal by hand is not).
"""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from monitor.private import private_dir, private_file


class BackupError(Exception):
    pass


def backup_to(conn: sqlite3.Connection, out: Path | str) -> Path:
    """Write a consistent, owner-only copy of `conn`'s main database to `out` (a new file)."""
    out = Path(out)
    if out.exists():
        raise BackupError(f"{out} exists: give a new file name (a backup never overwrites)")
    private_dir(out.parent)
    tmp = out.with_name(f".{out.name}.part")
    tmp.unlink(missing_ok=True)
    private_file(tmp)  # created 0600 before SQLite writes a byte of personal data into it
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            # pages=-1: one step, so the copy is one snapshot rather than a restart on every write.
            conn.backup(dest, pages=-1)
            dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            ok = dest.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dest.close()
        if ok != "ok":
            raise BackupError(f"the copy failed its integrity check: {ok}")
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def backup_file(db_path: Path | str, out: Path | str) -> Path:
    """Back up the database at db_path (opened read-only: a backup never migrates or writes it)."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupError(f"{db_path}: no database there")
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        return backup_to(conn, out)
    finally:
        conn.close()


def pre_migration_copy(conn: sqlite3.Connection, db_path: Path, version: int, now: datetime | None = None) -> Path:
    """The copy kept before migrating from schema `version`: <db>.v<version>-<UTC stamp>.bak beside it."""
    now = now or datetime.now(timezone.utc)
    out = db_path.with_name(f"{db_path.name}.v{version}-{now:%Y%m%dT%H%M%SZ}.bak")
    n = 1
    while out.exists():
        n += 1
        out = db_path.with_name(f"{db_path.name}.v{version}-{now:%Y%m%dT%H%M%SZ}-{n}.bak")
    return backup_to(conn, out)
