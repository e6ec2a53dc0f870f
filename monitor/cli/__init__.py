"""The `schoolwatch` command. Each module of this package adds its commands to `cli`."""
from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from importlib import metadata
from pathlib import Path

import click

from monitor.private import restrict_umask

# Where an installed schoolwatch looks when no --config is given (README, "Installing the service").
DEFAULT_CONFIG = Path("/etc/schoolwatch/config.toml")


def config_option(**kwargs):
    """--config, else $SCHOOLWATCH_CONFIG, else /etc/schoolwatch/config.toml: one rule for every command."""
    kwargs.setdefault("help", "config.toml (default: $SCHOOLWATCH_CONFIG, else /etc/schoolwatch/config.toml)")
    return click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
                        envvar="SCHOOLWATCH_CONFIG", default=DEFAULT_CONFIG, show_envvar=True, **kwargs)


def version() -> str:
    try:
        return metadata.version("schoolwatch")
    except metadata.PackageNotFoundError:  # run from a checkout without installing
        return "0.1.0+source"


class StoreFailed(click.ClickException):
    """The database is full, read-only, damaged or locked: one line saying which, and exit 3."""

    exit_code = 3


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        import sqlite3

        from monitor.store.errors import store_error_line, store_problem

        try:
            return super().invoke(ctx)
        except (sqlite3.Error, OSError) as exc:
            if store_problem(exc) is None:
                raise
            raise StoreFailed(store_error_line(exc)) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version(), "-V", "--version", prog_name="schoolwatch", message="%(prog)s %(version)s")
def cli() -> None:
    """schoolwatch: watches the web for mentions of a school and its staff."""


def _load_commands() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{info.name}")


_load_commands()


def main() -> None:
    # The database, evidence, exports and backups hold personal data: nothing this process
    # creates is readable by other local users, whatever umask the shell gave it.
    restrict_umask()
    # Models come from installed packages only, and a daemon's log wants no progress bars.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
    from monitor.cli.core import BACKGROUND_COMMANDS, background

    if sys.argv[1:2] and sys.argv[1] in BACKGROUND_COMMANDS:
        background()
    cli(prog_name="schoolwatch")
