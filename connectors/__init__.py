"""Connectors: one module per kind of source, found by the `type` of a [[sources]] entry.

Each module defines:
    TYPE: str                      the config `type`
    OPTIONS: dict[str, type]       keys it accepts besides name/type/every/school, with their Python type
    REQUIRED: frozenset[str]       the keys of OPTIONS that must be given
    def create(name, options, ctx) -> Connector
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

import requests

from .base import Clock, Connector, ConnectorError, FetchResult, Mention, utc_now

# type -> module; imported lazily so a missing optional library breaks one source only.
MODULES: dict[str, str] = {
    "rss": "connectors.feeds",
    "reddit": "connectors.reddit",
    "mastodon": "connectors.mastodon",
    "bluesky": "connectors.bluesky",
    "youtube_comments": "connectors.youtube",
    "manual": "connectors.manual",
    "jsonl": "connectors.jsonl",
}

USER_AGENT = "schoolwatch/0.1 (+https://github.com/schoolwatch/schoolwatch)"


def _default_secret(_name: str) -> str | None:
    return None


@dataclass(frozen=True)
class Context:
    """What the monitor hands every connector: never a global."""

    http: requests.Session = field(default_factory=requests.Session)
    clock: Clock = utc_now
    # Looks a secret up by its name (environment or credentials directory).
    secret: Callable[[str], str | None] = _default_secret
    state_dir: Path | None = None  # for session strings and the like
    config_dir: Path | None = None  # relative paths in options are relative to the config file
    timeout: float = 20.0


def module_for(type_: str):
    try:
        path = MODULES[type_]
    except KeyError:
        raise ValueError(f"unknown source type {type_!r} (known: {', '.join(sorted(MODULES))})") from None
    return importlib.import_module(path)


def validate_options(type_: str, options: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(key, problem) for each bad option of a source of this type."""
    try:
        mod = module_for(type_)
    except ValueError as exc:
        return [("type", str(exc))]
    except ImportError as exc:
        return [("type", f"{type_!r} needs a library that is not installed: {exc}")]
    problems: list[tuple[str, str]] = []
    for key in sorted(set(mod.REQUIRED) - set(options)):
        problems.append((key, "is required for a source of type " + repr(type_)))
    for key, value in options.items():
        want = mod.OPTIONS.get(key)
        if want is None:
            problems.append((key, f"unknown key for a source of type {type_!r} (known: {', '.join(sorted(mod.OPTIONS))})"))
        elif want is float and isinstance(value, int) and not isinstance(value, bool):
            continue
        elif not isinstance(value, want) or (want is int and isinstance(value, bool)):
            problems.append((key, f"must be {want.__name__}, not {type(value).__name__}"))
        elif want is list and not all(isinstance(v, str) for v in value):
            problems.append((key, "must be a list of strings"))
    if hasattr(mod, "validate"):
        problems.extend(mod.validate(options))
    return problems


def create(type_: str, name: str, options: Mapping[str, Any], ctx: Context) -> Connector:
    return module_for(type_).create(name, dict(options), ctx)


__all__ = [
    "Connector",
    "ConnectorError",
    "Context",
    "FetchResult",
    "Mention",
    "create",
    "validate_options",
]
