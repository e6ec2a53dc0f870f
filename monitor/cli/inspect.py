"""`mentions` and `sources`: what is stored, and how each source is doing."""
from __future__ import annotations

import json
from pathlib import Path

import click

from monitor.cli import cli
from monitor.cli.core import CONFIG, opened_app
from monitor.vocab import PRIORITIES


@cli.command()
@CONFIG
@click.option("--json", "as_json", is_flag=True)
@click.option("--limit", default=50, show_default=True)
@click.option("--priority", multiple=True, type=click.Choice(PRIORITIES), help="only these (repeatable)")
def mentions(config_path: Path, as_json: bool, limit: int, priority: tuple[str, ...]) -> None:
    """List what is stored, newest first."""
    with opened_app(config_path) as app:
        for item in app.store.items(priorities=list(priority) or None, limit=limit):
            d = item.decision
            row = {"id": item.id, "school": item.school_id, "source": item.source, "url": item.url,
                   "author": item.author, "published": item.published and item.published.isoformat(),
                   "about": list(item.about), "priority": d.priority if d else None,
                   "categories": list(d.categories) if d else [], "actions": list(d.actions) if d else [],
                   "state": item.state, "text": item.text}
            if as_json:
                click.echo(json.dumps(row, ensure_ascii=False))
            else:
                text = " ".join(item.text.split())[:100]
                click.echo(f"#{item.id} [{row['priority'] or 'queued'}] {item.source} {row['published'] or ''} "
                           f"{item.author!r}: {text!r}")


@cli.command()
@CONFIG
@click.option("--retry", "retry", metavar="NAME", multiple=True,
              help="forget NAME's failures and back-off: the next poll (or `poll --source NAME`) tries it now")
def sources(config_path: Path, retry: tuple[str, ...]) -> None:
    """Each source's health: last success, last error, items in the last 7 days."""
    with opened_app(config_path) as app:
        for name in retry:
            try:
                app.cfg.source(name)
            except KeyError:
                raise click.UsageError(f"no source named {name!r} in {config_path}") from None
            app.store.clear_broken(name)
            click.echo(f"{name}: failures forgotten; it is tried at its next poll")
        if retry:
            return
        now = app.clock()
        stale = app.cfg.health.source_stale_after_seconds
        for h in app.store.source_health([s.name for s in app.cfg.sources], now):
            src = app.cfg.source(h.name)
            if src.type == "manual":
                status = "manual (reported by people)"
            elif h.broken:
                status = f"BROKEN: {h.broken}"
            elif h.last_success is None or (now - h.last_success).total_seconds() > stale:
                status = "FAILING" if h.last_error else "never fetched"
            else:
                status = "ok"
            last = h.last_success.strftime("%Y-%m-%d %H:%MZ") if h.last_success else "never"
            click.echo(f"{h.name} ({src.type}): {status}; last success {last}; {h.items_7d} new in 7 days")
            if h.last_error and status != "ok":
                click.echo(f"    last error {h.last_error_at:%Y-%m-%d %H:%MZ}: {h.last_error}")
