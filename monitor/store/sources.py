"""Each source's cursor, health and runs: what `schoolwatch sources` and the digest report."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Sequence

from monitor.timeutil import iso, parse_iso


@dataclass(frozen=True)
class SourceHealth:
    name: str
    last_success: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    broken: str | None
    items_7d: int
    retry_after: datetime | None = None
    failures: int = 0  # in a row since the last success


class SourcesMixin:
    """Part of Store: uses its connection and its transaction()."""

    conn: sqlite3.Connection

    def _set_state(self, source: str, keep_cursor: bool = False, **values) -> None:
        if keep_cursor:
            values.pop("cursor", None)
        self.conn.execute("INSERT OR IGNORE INTO source_state (source) VALUES (?)", (source,))
        sets = ", ".join(f"{k} = ?" for k in values)
        self.conn.execute(f"UPDATE source_state SET {sets} WHERE source = ?", [*values.values(), source])

    def source_state(self, source: str) -> dict:
        row = self.conn.execute("SELECT * FROM source_state WHERE source = ?", (source,)).fetchone()
        return dict(row) if row else {"source": source, "cursor": None, "broken": None, "broken_config": None,
                                      "retry_after": None, "failures": 0, "last_success": None}

    def record_failure(self, source: str, error: str, now: datetime, *, permanent: bool,
                       retry_after: datetime | None, config_fingerprint: str | None = None) -> None:
        with self.transaction():
            failures = self.source_state(source)["failures"] + 1
            # broken_config: the config this failure happened with; another one is worth a try at once.
            values = dict(last_error=error, last_error_at=iso(now), failures=failures, retry_after=iso(retry_after),
                          broken_config=config_fingerprint)
            if permanent:
                values.update(broken=error)
            self._set_state(source, **values)

    def clear_broken(self, source: str) -> None:
        """The source's config changed, or `sources --retry`: forget its failures and back-off (not its cursor)."""
        with self.transaction():
            self._set_state(source, broken=None, broken_config=None, retry_after=None, failures=0)

    def last_poll(self) -> datetime | None:
        """When a fetch of any source last finished, well or not: the daemon's pulse."""
        return parse_iso(self.conn.execute("SELECT MAX(finished) FROM runs").fetchone()[0])

    def start_run(self, source: str, now: datetime) -> int:
        return self.conn.execute("INSERT INTO runs (source, started) VALUES (?, ?)", (source, iso(now))).lastrowid

    def finish_run(self, run_id: int, now: datetime, new_items: int = 0, error: str | None = None,
                   permanent: bool = False) -> None:
        self.conn.execute("UPDATE runs SET finished = ?, new_items = ?, error = ?, permanent = ? WHERE id = ?",
                          (iso(now), new_items, error, int(permanent), run_id))

    def source_health(self, names: Sequence[str] | None = None, now: datetime | None = None) -> list[SourceHealth]:
        now = now or datetime.now(timezone.utc)
        since = iso(now - timedelta(days=7))
        if names is None:
            names = [r[0] for r in self.conn.execute("SELECT source FROM source_state ORDER BY source")]
        out = []
        for name in names:
            st = self.source_state(name)
            n = self.conn.execute("SELECT COALESCE(SUM(new_items), 0) FROM runs WHERE source = ? AND started >= ?",
                                  (name, since)).fetchone()[0]
            out.append(SourceHealth(name=name, last_success=parse_iso(st.get("last_success")),
                                    last_error=st.get("last_error"), last_error_at=parse_iso(st.get("last_error_at")),
                                    broken=st.get("broken"), items_7d=n, retry_after=parse_iso(st.get("retry_after")),
                                    failures=int(st.get("failures") or 0)))
        return out
