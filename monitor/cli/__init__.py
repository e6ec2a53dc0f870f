"""The `schoolwatch` command. Each module of this package adds its commands to `cli`."""
from __future__ import annotations

import importlib
import os
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
    # Models come from installed packages only, and a daemon's log wants no progress bars.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
    cli(prog_name="schoolwatch")
