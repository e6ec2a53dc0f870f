"""`schoolwatch evidence ITEM --out DIR` and `schoolwatch verify-evidence DIR`."""
from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

import click

from monitor.cli import cli
from monitor.cli.core import CONFIG, load_config


@cli.command()
@click.argument("item_id", metavar="ITEM", type=int)
@CONFIG
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="folder to write the pack in (a new sub-folder per pack)")
def evidence(item_id: int, config_path: Path, out_dir: Path) -> None:
    """Write the evidence pack for one item (HTML, JSON, screenshot, SHA256SUMS) and keep the item from purges."""
    from monitor.review.evidence import EvidenceError, verify_evidence_pack, write_evidence_pack
    from monitor.store import Store

    cfg = load_config(config_path)
    store = Store.open(cfg.database)
    try:
        item = store.get_item(item_id)
        if item is None:
            raise click.ClickException(f"no item {item_id} in {cfg.database}")
        try:
            school = cfg.school(item.school_id)
            name, tz = school.name, school.timezone
        except KeyError:
            name, tz = "", "Europe/London"
        root = cfg.path.resolve().parent if cfg.path else None
        try:
            folder = write_evidence_pack(store, item_id, out_dir, datetime.now(timezone.utc), school_name=name,
                                         tz=tz, files_root=root)
        except (EvidenceError, OSError) as exc:
            raise click.ClickException(str(exc)) from None
        # Evidence that has left the building must still match the database later.
        store.set_held(item_id, True)
        problems = verify_evidence_pack(folder, store)
    finally:
        store.close()
    click.echo(str(folder))
    for p in problems:
        click.echo(f"problem: {p}", err=True)
    sys.exit(1 if problems else 0)


@cli.command("verify-evidence")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None,
              help="also check the pack against this database")
def verify_evidence(folder: Path, config_path: Path | None) -> None:
    """Check an evidence pack's hashes (and, with --config, that the database still matches)."""
    from monitor.review.evidence import verify_evidence_pack
    from monitor.store import Store

    store = Store.open(load_config(config_path).database) if config_path else None
    try:
        problems = verify_evidence_pack(folder, store)
    finally:
        if store:
            store.close()
    for p in problems:
        click.echo(p, err=True)
    click.echo(f"{folder}: {'OK: every hash verifies' if not problems else f'{len(problems)} problem(s)'}")
    sys.exit(1 if problems else 0)
