"""The IT person's commands: `backup` (and, in monitor/cli/status.py, `status`)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from monitor.cli import cli
from monitor.cli.core import CONFIG, load_config


@cli.command()
@CONFIG
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="the new file to write (never overwritten)")
def backup(config_path: Path, out: Path) -> None:
    """A consistent copy of the database, safe while the daemon runs; readable by its owner only."""
    from monitor.store.backup import BackupError, backup_file

    cfg = load_config(config_path)
    try:
        backup_file(cfg.database, out)
    except BackupError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{cfg.database} backed up to {out} (integrity check passed; owner-only)")


@cli.command()
@CONFIG
def status(config_path: Path) -> None:
    """Last poll, mail backlog, broken sources; exits 1 when something needs attention (for cron or monitoring)."""
    from monitor import health
    from monitor.cli.core import opened_app

    with opened_app(config_path) as app:
        now = app.clock()
        sources = app.pollable()
        down = [(h.name, health.plain(h.broken or h.last_error).what)
                for h in app.store.source_health([s.name for s in sources], now)
                if health.is_down(h.broken, h.failures)]
        held, failing = app.store.pending_mail_summary()
        stuck = len(app.store.stuck_mail(health.UNDELIVERABLE_AFTER_ATTEMPTS))
        last = app.store.last_poll()
        st = health.assess(last, min((s.every_seconds for s in sources), default=None), held + failing, failing,
                           stuck, down, now)
    click.echo(f"last poll: {last:%Y-%m-%d %H:%M:%SZ}" if last else "last poll: never")
    click.echo(f"mail waiting: {st.pending_mail} ({st.failing_mail} refused by the mail server so far)")
    click.echo(f"sources: {len(sources)} polled, {len(down)} not working")
    for problem in st.problems:
        click.echo(f"NEEDS ATTENTION: {problem}")
    if not st.problems:
        click.echo("all well")
    sys.exit(1 if st.problems else 0)
