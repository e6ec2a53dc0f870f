"""`schoolwatch poll --dry-run`: a real poll against a throwaway copy of the database.

Everything runs as it would (fetch, match, classify, triage, drafting), so what it prints is
what a poll would do; but the copy is deleted afterwards and no mail leaves: the database,
the outbox and the cursors are exactly as they were.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Sequence

from monitor.config.types import Config
from monitor.ingest.poll import PollOutcome
from monitor.store.backup import backup_file
from monitor.store.outbox import OutgoingMail


@dataclass(frozen=True)
class DryRun:
    outcomes: tuple[PollOutcome, ...]
    mail: tuple[OutgoingMail, ...]  # what the poll would have queued


class _NoMail:
    def send(self, recipients, subject, text, html=""):
        raise AssertionError("a dry run sends nothing")


def dry_run(cfg: Config, names: Sequence[str] | None = None, *, clock=None, http=None, classifier=None) -> DryRun:
    from monitor.daemon import App

    with tempfile.TemporaryDirectory(prefix="schoolwatch-dry-run-") as tmp:
        copy = Path(tmp) / "dry-run.db"
        if cfg.database.is_file():
            backup_file(cfg.database, copy)
        app = App.from_config(replace(cfg, database=copy), clock=clock, mailer=_NoMail(), http=http,
                              classifier=classifier)
        try:
            before = {m.id for m in app.store.due_mail(app.clock() + timedelta(days=3650))}
            outcomes = tuple(app.fetch(s) for s in app.pollable(names))
            app.process()
            queued = tuple(m for m in app.store.due_mail(app.clock() + timedelta(days=3650)) if m.id not in before)
        finally:
            app.close()
    return DryRun(outcomes, queued)
