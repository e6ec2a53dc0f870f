"""The `schoolwatch` command. Each module of this package adds its commands to `cli`."""
from __future__ import annotations

import importlib
import pkgutil

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """schoolwatch: watches the web for mentions of a school and its staff."""


def _load_commands() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{info.name}")


_load_commands()


def main() -> None:
    cli(prog_name="schoolwatch")
