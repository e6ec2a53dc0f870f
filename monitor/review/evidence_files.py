"""Screenshots kept for manual reports are personal data too: they go when their reports go."""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from monitor.config.types import Config

_KEPT = re.compile(r"^[0-9a-f]{64}(\.[A-Za-z0-9]{1,8})?$")  # <sha256><suffix>, as connectors.manual names them


def evidence_folders(cfg: Config) -> list[Path]:
    base = cfg.path.resolve().parent if cfg.path else Path.cwd()
    folders = {cfg.database.parent / "evidence"}
    for source in cfg.sources:
        if source.type == "manual" and source.options.get("evidence_dir"):
            folders.add(base / str(source.options["evidence_dir"]))
    return sorted(folders)


def sweep_screenshots(store, folders: list[Path], older_than: datetime) -> int:
    """Delete kept screenshots that no stored mention refers to any more.

    Only files named as schoolwatch names them, and only those older than the cut,
    so a screenshot copied a moment ago for a report not yet stored is safe.
    """
    wanted = store.screenshot_hashes()
    removed = 0
    for folder in folders:
        if not folder.is_dir():
            continue
        for f in folder.iterdir():
            if not (f.is_file() and _KEPT.match(f.name)) or f.name[:64] in wanted:
                continue
            if f.stat().st_mtime < older_than.timestamp():
                f.chmod(0o600)  # kept read-only on purpose: make it deletable first
                f.unlink()
                removed += 1
    return removed
