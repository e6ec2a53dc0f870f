"""`schoolwatch check-db`: one verdict on the database (ok, missing, full, read-only, corrupt)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from monitor.cli import cli
from monitor.cli.core import CONFIG, load_config


@cli.command("check-db")
@CONFIG
def check_db(config_path: Path) -> None:
    """Whether the database can be read and written; says full, read-only or corrupt when not (exit 1)."""
    from monitor.store.check import MISSING, OK, check_database

    result = check_database(load_config(config_path).database)
    for line in result.lines:
        click.echo(line)
    click.echo(f"verdict: {result.verdict}")
    if result.verdict not in (OK, MISSING):
        sys.exit(1)
