"""Posts from a local file of JSON lines: the bundled sample, or posts exported from elsewhere.

Each line: {"id", "text", "url", "author", "published", "context", "platform"}.
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
        seen = set(json.loads(cursor)) if cursor else set()
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            raise ConnectorError(f"{self.path}: file not found", permanent=True) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConnectorError(f"{self.path}: cannot read: {exc}") from None
        mentions = []
        for n, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
                ext = str(obj["id"])
                published = obj.get("published")
                when = datetime.fromisoformat(published.replace("Z", "+00:00")) if published else self.clock()
                if when.tzinfo is None:
                    when = when.replace(tzinfo=timezone.utc)
                text = str(obj["text"])
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise ConnectorError(f"{self.path}:{n}: not a post ({type(exc).__name__}: {exc})") from None
            if ext in seen:
                continue
            seen.add(ext)
            mentions.append(Mention(
                source=self.name, external_id=ext, url=str(obj.get("url", "")), text=text, published=when,
                author=str(obj.get("author", "")), author_url=str(obj.get("author_url", "")),
                platform=str(obj.get("platform", self.platform or "file")), context=str(obj.get("context", "")),
                raw_sha256=sha256_hex(raw),
                received=Received(url=self.path.as_uri() + f"#line={n}", at=self.clock(),
                                  item=raw.encode("utf-8", "surrogatepass"))))
        return FetchResult(tuple(mentions), json.dumps(sorted(seen)))


def create(name: str, options: dict, ctx: Any) -> JsonLinesConnector:
    return JsonLinesConnector(name, options, ctx)
