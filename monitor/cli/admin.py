"""The IT person's commands: `backup` (and, in monitor/cli/status.py, `status`)."""
from __future__ import annotations

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
