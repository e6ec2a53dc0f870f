"""Versioned schema changes, applied in order; PRAGMA user_version records the last one.

This folder is the registry: each step is a module named mNN_what.py (m01_spine.py, ...)
holding one SQL script, SQL, run inside one transaction with its version bump. The steps are
found by their file names and numbered 1, 2, 3 ... with no gap and no number twice, or the
store refuses to open. A new step is a new file with the next free number; never edit one
that has shipped.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import sqlite3

STEP = re.compile(r"m(\d+)_\w+")


def steps(package: str = __name__) -> list[str]:
    """The SQL of each step in the package's folder, in the order of their numbers."""
    found: dict[int, str] = {}
    folder = importlib.import_module(package)
    for module in pkgutil.iter_modules(folder.__path__):
        named = STEP.fullmatch(module.name)
        if named is None:
            continue
        number = int(named.group(1))
        if number in found:
            raise RuntimeError(f"schema migrations {found[number]} and {module.name} share the number {number}")
        found[number] = module.name
    missing = sorted(set(range(1, max(found, default=0) + 1)) - set(found))
    if missing:
        raise RuntimeError(f"schema migration {missing[0]} is missing from {folder.__path__[0]}")
    scripts = []
    for number in sorted(found):
        sql = getattr(importlib.import_module(f"{package}.{found[number]}"), "SQL", None)
        if not isinstance(sql, str) or not sql.strip():
            raise RuntimeError(f"schema migration {found[number]} has no SQL")
        scripts.append(sql)
    return scripts


MIGRATIONS: list[str] = steps()


def migrate(db: sqlite3.Connection) -> int:
    """Bring the schema up to date, one transaction per migration. Returns the version."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise RuntimeError(
            f"database schema version {version} is newer than this schoolwatch ({len(MIGRATIONS)}): upgrade schoolwatch"
        )
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        try:
            db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number:d};\nCOMMIT;")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)
