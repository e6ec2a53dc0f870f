"""Mentions reported by a person: a post seen where no connector reaches (a parents'
Facebook group, a WhatsApp screenshot, a comment read aloud at the gate).

`schoolwatch report` builds the Mention here and hands it to the same matching, triage
and alerts as any fetched post. A screenshot is copied into the evidence folder under its
SHA-256, which is recorded with the mention, so the file can later be shown unchanged; it is
copied only once the report is known to be about us (a picture of a post about someone else is
personal data we have no reason to keep), and taken back with discard() if it is not stored.
This source is never polled: fetch() returns nothing.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from .base import FetchResult, Mention, Received, sha256_hex

TYPE = "manual"
OPTIONS: dict[str, type] = {
    "evidence_dir": str,  # where screenshots are kept; default <database folder>/evidence
}
REQUIRED: frozenset[str] = frozenset()

MAX_SCREENSHOT = 50 * 1024 * 1024
CHUNK = 1 << 20


class ReportError(ValueError):
    """A report that cannot be taken as given; the message says which field and why."""


@dataclass(frozen=True)
class Evidence:
    sha256: str
    path: Path  # the kept copy
    original_name: str
    size: int
    created: bool = False  # this call made the file (it was not kept already for another report)


def check_screenshot(screenshot: Path) -> int:
    """The file's size, or a ReportError saying why it cannot be kept; copies nothing."""
    src = Path(screenshot)
    if not src.is_file():
        raise ReportError(f"--screenshot {str(src)!r}: no such file")
    size = src.stat().st_size
    if size == 0:
        raise ReportError(f"--screenshot {str(src)!r}: the file is empty")
    if size > MAX_SCREENSHOT:
        raise ReportError(f"--screenshot {str(src)!r}: {size} bytes is over the {MAX_SCREENSHOT} byte limit")
    return size


def keep_screenshot(screenshot: Path, evidence_dir: Path) -> Evidence:
    """Copy the file into evidence_dir as <sha256><suffix>; the same file twice is kept once."""
    src = Path(screenshot)
    size = check_screenshot(src)
    # A screenshot of a parents' group is personal data: owner-only, whatever the umask.
    if not evidence_dir.is_dir():
        evidence_dir.mkdir(parents=True, mode=0o700, exist_ok=True)
        os.chmod(evidence_dir, 0o700)
    digest = hashlib.sha256()
    tmp = evidence_dir / f".incoming-{os.getpid()}"
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    # Hash the bytes as they are copied, so the recorded hash is that of the kept copy.
    with src.open("rb") as fin, os.fdopen(fd, "wb") as fout:
        while chunk := fin.read(CHUNK):
            digest.update(chunk)
            fout.write(chunk)
    sha = digest.hexdigest()
    suffix = "".join(c for c in src.suffix.lower()[:10] if c.isalnum() or c == ".")
    kept = evidence_dir / f"{sha}{suffix}"
    created = not kept.exists()
    if created:
        os.replace(tmp, kept)
        os.chmod(kept, 0o400)  # evidence is not edited, and is its owner's alone
    else:
        tmp.unlink()
    return Evidence(sha256=sha, path=kept, original_name=src.name, size=size, created=created)


def discard(evidence: Evidence) -> None:
    """Take back a screenshot whose report was not stored; one kept earlier for another stays."""
    if evidence.created:
        evidence.path.unlink(missing_ok=True)


def build_mention(source: str, *, url: str, text: str, author: str = "", reported_by: str = "",
                  screenshot: Path | None = None, evidence_dir: Path | None = None,
                  published: datetime | None = None, seen_on: str = "", context: str = "",
                  relative_to: Path | None = None, evidence: Evidence | None = None,
                  clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> Mention:
    """The Mention a report becomes. `evidence` is a screenshot already kept (keep_screenshot);
    `screenshot` is copied here, before anything is known of whom the post is about, so a
    caller that matches first passes `evidence` instead."""
    url, text, author, reported_by = url.strip(), text.strip(), author.strip(), reported_by.strip()
    context = " ".join(context.split())
    if not url:
        raise ReportError("--url is empty: give the post's address (or where it was seen, e.g. the group's)")
    if not text:
        raise ReportError("--text is empty: type what the post says, word for word")
    reported_at = clock()
    if published is not None and published.tzinfo is None:
        raise ReportError("--published needs a time zone (say 2025-05-19T16:40:00+01:00 or ...Z)")
    when = (published or reported_at).astimezone(timezone.utc)
    if evidence is None and screenshot is not None:
        if evidence_dir is None:
            raise ReportError("a screenshot needs an evidence folder (the source's evidence_dir)")
        evidence = keep_screenshot(Path(screenshot), Path(evidence_dir))
    report = {"url": url, "text": text, "context": context, "author": author, "reported_by": reported_by,
              "seen_on": seen_on,
              "published": when.isoformat(), "reported_at": reported_at.astimezone(timezone.utc).isoformat(),
              "screenshot_sha256": evidence.sha256 if evidence else ""}
    extra: dict[str, Any] = {"reported_by": reported_by, "reported_at": report["reported_at"], "seen_on": seen_on}
    if evidence:
        # screenshot_path is what evidence packs open: relative to relative_to (the config's
        # folder) where the file lies under it, so a moved installation still finds it.
        kept = evidence.path.resolve()
        try:
            ref = str(kept.relative_to(Path(relative_to).resolve())) if relative_to else str(kept)
        except ValueError:
            ref = str(kept)
        extra.update(screenshot_sha256=evidence.sha256, screenshot_path=ref, screenshot_file=evidence.path.name,
                     screenshot_original_name=evidence.original_name, screenshot_bytes=evidence.size)
    report_bytes = json.dumps(report, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return Mention(
        source=source,
        external_id=report_id(url, text, context),
        url=url, text=text, published=when, author=author, platform="manual", context=context,
        raw_sha256=sha256_hex(report_bytes), extra=extra,
        # A report made by a person: what they typed is what was received.
        received=Received(url=url, at=reported_at.astimezone(timezone.utc), item=report_bytes),
    )


def report_id(url: str, text: str, context: str = "") -> str:
    """The same post reported twice (same address, same words, same --context) is one mention.

    The context is part of it: a report refused for naming nobody of ours can be sent again with
    the group's name as --context. Without one, the id is what it always was."""
    key = url.strip() + "\n" + " ".join(text.split())
    context = " ".join(context.split())
    if context:
        key += "\ncontext:" + context
    return "manual:" + sha256_hex(key)[:32]


class ManualSource:
    """Never polled: reports arrive through `schoolwatch report`."""

    def __init__(self, name: str, options: dict, ctx: Any) -> None:
        self.name = name
        self.evidence_dir = options.get("evidence_dir")

    def fetch(self, cursor: str | None) -> FetchResult:
        return FetchResult((), cursor)


def create(name: str, options: dict, ctx: Any) -> ManualSource:
    return ManualSource(name, options, ctx)

