"""Posts from a local file of JSON lines: the bundled sample, or posts exported from elsewhere.

Each line: {"id", "text", "url", "author", "published", "context", "platform", "reply_to"}
("reply_to": the id of the line's post it answers).
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .base import ConnectorError, FetchResult, Mention, Received, sha256_hex

TYPE = "jsonl"
OPTIONS: dict[str, type] = {"path": str, "platform": str}
REQUIRED = frozenset({"path"})


class JsonLinesConnector:
    def __init__(self, name: str, options: dict, ctx: Any):
        self.name = name
        path = Path(options["path"])
        if not path.is_absolute() and ctx.config_dir is not None:
            path = ctx.config_dir / path
        self.path = path
        self.platform = options.get("platform", "")
        self.clock = ctx.clock

    def fetch(self, cursor: str | None) -> FetchResult:
        """Line by line: a bad line is one clear problem line, and every good line is kept."""
        seen = set(json.loads(cursor)) if cursor else set()
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            raise ConnectorError(f"{self.path}: file not found", permanent=True) from None
        except OSError as exc:
            raise ConnectorError(f"{self.path}: cannot read: {exc}") from None
        mentions, problems = [], []
        for n, line in enumerate(data.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{self.path}:{n}"
            try:
                raw = line.decode("utf-8")
                bad_bytes = False
            except UnicodeDecodeError:
                raw, bad_bytes = line.decode("utf-8", "replace"), True
            try:
                obj = json.loads(raw)
                if not isinstance(obj, dict):
                    raise TypeError(f"a JSON {type(obj).__name__}, not an object")
                text = obj["text"]
                if not isinstance(text, str):
                    raise TypeError(f"text is a {type(text).__name__}")
            except (ValueError, KeyError, TypeError) as exc:
                problems.append(f"{where}: not a post, left out ({type(exc).__name__}: {exc})")
                continue
            ext = str(obj["id"]) if obj.get("id") not in (None, "") else "sha256:" + sha256_hex(raw)[:32]
            if ext in seen:
                continue
            seen.add(ext)
            if bad_bytes:
                problems.append(f"{where}: invalid UTF-8 replaced by U+FFFD; the rest of the line kept")
            if "id" not in obj or obj["id"] in (None, ""):
                problems.append(f"{where}: no id; known by a hash of the line")
            when = self._when(obj.get("published"))
            if when is None:
                problems.append(f"{where}: published {obj.get('published')!r} is not a date; kept with the fetch time")
                when = self.clock()
            mentions.append(Mention(
                source=self.name, external_id=ext, url=str(obj.get("url", "")), text=text, published=when,
                author=str(obj.get("author", "")), author_url=str(obj.get("author_url", "")),
                platform=str(obj.get("platform", self.platform or "file")), context=str(obj.get("context", "")),
                reply_to="" if obj.get("reply_to") in (None, "") else str(obj["reply_to"]),
                raw_sha256=sha256_hex(line),
                received=Received(url=self.path.as_uri() + f"#line={n}", at=self.clock(), item=line)))
        return FetchResult(tuple(mentions), json.dumps(sorted(seen)), problems=tuple(problems))

    def _when(self, published: Any) -> datetime | None:
        """An aware UTC time; the fetch time when there is none; None when it is not a date."""
        if published in (None, ""):
            return self.clock()
        try:
            when = datetime.fromisoformat(str(published).strip().replace("Z", "+00:00"))
            when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
            return when.astimezone(timezone.utc)
        except (ValueError, OverflowError):
            return None


def create(name: str, options: dict, ctx: Any) -> JsonLinesConnector:
    return JsonLinesConnector(name, options, ctx)
