"""`schoolwatch report`: a mention a person saw where no connector reaches."""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from connectors import manual

from monitor.ingest.report import about_us, already_reported, report_mention
from monitor.cli import cli, config_option
from monitor.cli.core import load_config

DEFAULT_SOURCE = "manual"


def manual_source(cfg, name: str | None):
    """(source name, evidence folder, config folder) for a report: the named manual source, the config's
    first one, or 'manual' with evidence beside the database."""
    chosen = None
    if name:
        try:
            chosen = cfg.source(name)
        except KeyError:
            raise click.BadParameter(f"no source named {name!r} in the config", param_hint="--source") from None
        if chosen.type != manual.TYPE:
            raise click.BadParameter(f"source {name!r} is of type {chosen.type!r}, not 'manual'",
                                     param_hint="--source")
    else:
        chosen = next((s for s in cfg.sources if s.type == manual.TYPE), None)
    folder = chosen.options.get("evidence_dir") if chosen else None
    base = cfg.path.resolve().parent if cfg.path else Path.cwd()
    evidence = (base / folder) if folder else cfg.database.parent / "evidence"
    return (chosen.name if chosen else name or DEFAULT_SOURCE), evidence, base


@cli.command()
@config_option()
@click.option("--url", required=True, help="the post's address (or the group's, where a post has none)")
@click.option("--text", required=True, help="what the post says, word for word")
@click.option("--author", default="", help="who posted it, as shown")
@click.option("--screenshot", type=click.Path(path_type=Path, dir_okay=False), help="a picture of the post")
@click.option("--reported-by", default="", help="who saw it and reports it")
@click.option("--source", "source_name", default=None, help="a source of type 'manual' in the config")
@click.option("--published", default=None, help="when it was posted, ISO 8601 with a zone (default: now)")
@click.option("--seen-on", default="", help="where it was seen: facebook, whatsapp, in person...")
@click.option("--context", default="", help="where it was posted, as named there: the group's or thread's title "
              "(it helps tell who the post is about)")
def report(config_path: Path, url: str, text: str, author: str, screenshot: Path | None, reported_by: str,
           source_name: str | None, published: str | None, seen_on: str, context: str) -> None:
    """Report a mention seen where no connector reaches (a Facebook group, a WhatsApp screenshot)."""
    from monitor.daemon import App

    cfg = load_config(config_path)
    source, evidence_dir, base = manual_source(cfg, source_name)
    when = None
    if published:
        try:
            when = datetime.fromisoformat(published.replace("Z", "+00:00"))
        except ValueError:
            raise click.BadParameter(f"{published!r} is not an ISO 8601 time", param_hint="--published") from None
    app = App.from_config(cfg)
    evidence = outcome = None
    try:
        fields = dict(url=url, text=text, author=author, reported_by=reported_by, published=when,
                      seen_on=seen_on, context=context, relative_to=base, clock=app.clock)
        try:
            if screenshot is not None:
                manual.check_screenshot(screenshot)
            mention = manual.build_mention(source, **fields)
            duplicate = already_reported(app.store, source, mention.external_id)
            # The screenshot is copied only for a report that will be stored: a picture of a post
            # about nobody of ours is personal data with no purpose here.
            if screenshot is not None and not duplicate and about_us(app, source, mention):
                evidence = manual.keep_screenshot(screenshot, evidence_dir)
                mention = manual.build_mention(source, evidence=evidence, **fields)
        except manual.ReportError as exc:
            raise click.UsageError(str(exc)) from None
        try:
            outcome = report_mention(app, source, mention)
        finally:
            if evidence is not None and not (outcome and outcome.stored):
                manual.discard(evidence)  # not stored (or failed): leave nothing behind
    finally:
        app.close()
    if outcome.duplicate:
        click.echo(f"already reported: {mention.external_id}")
        return
    if not outcome.stored:
        click.echo("not kept: neither the post nor its --context names a school or member of staff in the "
                   "config. Give the group's or thread's name with --context, or add the alias the post uses "
                   "to the config. Nothing was kept, the screenshot included.", err=True)
        sys.exit(1)
    if evidence is not None:
        click.echo(f"screenshot kept as {evidence.path} (sha256 {evidence.sha256})")
    for item in outcome.items:
        d = item.decision
        click.echo(f"reported as item {item.id} ({item.school_id}; about {', '.join(item.about)}): "
                   f"{d.priority if d else 'not yet judged'}"
                   + (f"; {', '.join(d.actions)}" if d and d.actions else ""))
    if not outcome.items:
        click.echo(f"reported: {outcome.stored} item(s) stored")
