"""Reading TOML values with their paths: every problem is recorded, none stops the reading."""
from __future__ import annotations

import re
from datetime import time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_DURATION = re.compile(r"(\d+)\s*([smhdw])")
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+$")


def parse_duration(text: str) -> int:
    """'15m', '1h30m', '2d' -> seconds. Raises ValueError."""
    s = text.strip().lower()
    pos, total = 0, 0
    for m in _DURATION.finditer(s):
        if s[pos:m.start()].strip():
            break
        total += int(m.group(1)) * _UNIT[m.group(2)]
        pos = m.end()
    if not s or pos != len(s) or total <= 0:
        raise ValueError(f"{text!r} is not a duration (say 30s, 15m, 1h, 2d)")
    return total


class Reader:
    """Reads values from a TOML table and records every problem with its path."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def bad(self, path: str, why: str) -> None:
        self.problems.append(f"{path}: {why}")

    def get(self, table: dict, key: str, path: str, kind: type | tuple, default: Any = None, required=False):
        if key not in table:
            if required:
                self.bad(f"{path}{key}", "is required")
            return default
        value = table[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            name = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            self.bad(f"{path}{key}", f"must be {name}, not {type(value).__name__}")
            return default
        return value

    def strings(self, table: dict, key: str, path: str) -> tuple[str, ...]:
        value = self.get(table, key, path, list, [])
        if not all(isinstance(v, str) and v.strip() for v in value):
            self.bad(f"{path}{key}", "must be a list of non-empty strings")
            return ()
        return tuple(v.strip() for v in value)

    def duration(self, table: dict, key: str, path: str, default: int) -> int:
        value = self.get(table, key, path, str)
        if value is None:
            return default
        try:
            return parse_duration(value)
        except ValueError as exc:
            self.bad(f"{path}{key}", str(exc))
            return default

    def clock_time(self, table: dict, key: str, path: str, default: time) -> time:
        value = self.get(table, key, path, str)
        if value is None:
            return default
        m = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", value.strip())
        if not m:
            self.bad(f"{path}{key}", f"{value!r} is not a time of day (say 07:30)")
            return default
        return time(int(m.group(1)), int(m.group(2)))

    def zone(self, table: dict, key: str, path: str, default: str) -> str:
        value = self.get(table, key, path, str, default)
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            self.bad(f"{path}{key}", f"{value!r} is not a time zone (say Europe/London)")
            return default
        return value

    def email(self, table: dict, key: str, path: str, required=False) -> str:
        value = self.get(table, key, path, str, "", required=required)
        if value and not _EMAIL.match(value):
            self.bad(f"{path}{key}", f"{value!r} is not an email address")
        return value

    def unknown(self, table: dict, known: set[str], path: str) -> None:
        for key in sorted(set(table) - known):
            self.bad(f"{path}{key}", "unknown key")
