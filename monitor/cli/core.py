"""The daemon's commands: run, poll, digest, check-config, ack, purge."""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import click

from monitor.config import ConfigError, load
from monitor.cli import cli, config_option

CONFIG = config_option()


def load_config(path: Path):
    try:
        return load(path)
    except ConfigError as exc:
        click.echo(f"{exc.path}: the config has {len(exc.problems)} problem(s):", err=True)
        for p in exc.problems:
            click.echo(f"  {p}", err=True)
        sys.exit(2)


@contextmanager
def opened_app(path: Path) -> Iterator:
    """The App for this config, closed however the command ends."""
    from monitor.daemon import App

    import sqlite3

    from monitor.store.errors import note_path

    cfg = load_config(path)
    try:
        app = App.from_config(cfg)
    except (sqlite3.Error, OSError) as exc:
        note_path(exc, cfg.database)
        raise
    try:
        yield app
    except (sqlite3.Error, OSError) as exc:
        note_path(exc, cfg.database)  # the CLI prints it as one line (monitor/cli/__init__.py)
        raise
    finally:
        app.close()


BACKGROUND_NICE = 10


BACKGROUND_COMMANDS = ("run", "poll")


def background() -> int:
    """Give way to people: the daemon's work (fetching, judging a backfill) runs at nice 10,
    so on a server of two cores the review queue beside it answers first. Returns the niceness.
    Called by main() for `run` and `poll` (not for `serve`, which people wait on)."""
    current = os.getpriority(os.PRIO_PROCESS, 0)
    if current < BACKGROUND_NICE:
        try:
            return os.nice(BACKGROUND_NICE - current)
        except OSError:  # a container may refuse; the daemon still runs
            return current
    return current


def setup_logging(verbose: bool = False) -> None:
    from monitor.logs import setup

    setup(verbose)


@cli.command("check-config")
@CONFIG
@click.option("--strict", is_flag=True, help="a missing secret is an error (exit 2), not a warning")
def check_config(config_path: Path, strict: bool) -> None:
    """Validate the config; list every bad key by its path, and every secret a source needs that is missing."""
    cfg = load_config(config_path)
    missing = missing_secret_lines(cfg)
    if missing and strict:
        for line in missing:
            click.echo(line, err=True)
        sys.exit(2)
    staff = sum(len(s.staff) for s in cfg.schools)
    click.echo(f"{config_path}: OK: {len(cfg.schools)} school(s), {staff} staff, {len(cfg.sources)} source(s)")
    # A missing secret stops its own source only (it is retried once the secret is there), never
    # the daemon: the unit runs check-config before every start, so these stay warnings.
    for warning in [*config_warnings(cfg), *missing]:
        click.echo(f"warning: {warning}")


def missing_secret_lines(cfg) -> list[str]:
    from monitor.config import secret_lookup
    from monitor.config.secrets import missing_secrets

    lookup = secret_lookup()
    out = []
    for i, s in enumerate(cfg.sources):
        for name in missing_secrets(s, lookup):
            var = "SCHOOLWATCH_" + "".join(c if c.isalnum() else "_" for c in name).upper()
            out.append(f"sources[{i}] ({s.name}): no secret {name!r} in ${var} or $CREDENTIALS_DIRECTORY "
                       f"(under systemd: LoadCredential={name}:/etc/schoolwatch/...; docs/sources.md)")
    return out


def config_warnings(cfg) -> list[str]:
    """What works but will surprise someone later."""
    from monitor.drafts.text import safe_url

    out = []
    if not safe_url(cfg.alerts.base_url):
        out.append("alerts.base_url is not set (or not an http(s) address): alerts will carry no links, neither "
                   "\"I'm dealing with this\" nor the review page; set it to where `schoolwatch serve` is reached")
    return out


@cli.command()
@CONFIG
@click.option("-v", "--verbose", is_flag=True)
def run(config_path: Path, verbose: bool) -> None:
    """The daemon: schedules every source, processing, alerts, digests, purges."""
    from monitor.scheduler import run_forever

    setup_logging(verbose)
    with opened_app(config_path) as app:
        run_forever(app)


def _status_line(o) -> str:
    return o.skipped and f"skipped: {o.skipped}" or o.error and f"FAILED: {o.error}" or f"{o.new_items} new"


def delivered(app) -> str:
    """What 'sent' means with this config: an SMTP server took it, or it is a file in outbox_dir."""
    folder = app.cfg.email.outbox_dir
    return f"written to {folder}/ (outbox_dir: not emailed)" if folder else "accepted by the mail server"


@cli.command()
@CONFIG
@click.option("--source", "sources", multiple=True, help="only this source (repeatable)")
@click.option("--limit", type=click.IntRange(min=0), default=None,
              help="take in only the newest N posts of each source (a first run); the rest are skipped for good")
@click.option("--since", "since", type=str, default=None, metavar="DATE",
              help="take in only posts published since DATE (2026-09-01, UTC unless it says otherwise); "
                   "older ones are skipped for good")
@click.option("--dry-run", is_flag=True, help="fetch and judge as a poll would; store nothing, send nothing")
@click.option("-v", "--verbose", is_flag=True)
def poll(config_path: Path, sources: tuple[str, ...], limit: int | None, since: str | None, dry_run: bool,
         verbose: bool) -> None:
    """One pass: fetch every (or one) source, process, send urgent alerts, exit."""
    from monitor.ingest.window import Window
    from monitor.progress import reporter_for

    window = Window(limit=limit, since=parse_since(since))
    setup_logging(verbose)
    if dry_run:
        _dry_run(load_config(config_path), sources)
        return
    with opened_app(config_path) as app:
        app.progress = reporter_for(sys.stderr)  # a bar when someone watches; log lines in a pipe
        try:
            outcomes = app.poll(list(sources) or None, window)
        except KeyError as exc:
            raise click.UsageError(str(exc.args[0])) from None
        for o in outcomes:
            click.echo(f"{o.source}: {_status_line(o)}")
            for problem in getattr(o, "problems", ()):  # entries left out or repaired; the rest were stored
                click.echo(f"    {problem}")
        done = app.last_sent
        if done:
            click.echo(f"{done} message(s) {delivered(app)}")
        held, failing = app.store.pending_mail_summary()
        if held:
            click.echo(f"{held} message(s) held until quiet hours end")
        if failing:
            click.echo(f"{failing} message(s) not accepted by the mail server yet: will be retried")
    if any(o.error for o in outcomes):
        sys.exit(1)


def parse_since(text: str | None):
    """'2026-09-01' or '2026-09-01T08:00' (UTC) or with an offset; a clear error otherwise."""
    from datetime import datetime, timezone

    if text is None:
        return None
    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"{text!r} is not a date (write it as 2026-09-01 or 2026-09-01T08:00)",
                                 param_hint="--since") from None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _dry_run(cfg, sources: tuple[str, ...]) -> None:
    from monitor.dryrun import dry_run

    try:
        result = dry_run(cfg, list(sources) or None)
    except KeyError as exc:
        raise click.UsageError(str(exc.args[0])) from None
    click.echo("dry run: nothing was stored and nothing was sent")
    for o in result.outcomes:
        click.echo(f"{o.source}: {_status_line(o)}")
    for m in result.mail:
        click.echo(f"would send ({m.kind}) to {', '.join(m.recipients)}: {m.subject}")
    if not result.mail:
        click.echo("no mail would be sent")
    if any(o.error for o in result.outcomes):
        sys.exit(1)


@cli.command()
@CONFIG
@click.option("--send", "mode", flag_value="send", help="queue and send the digest now")
@click.option("--preview", "mode", flag_value="preview", help="print it, send nothing")
@click.option("--school", "school_id", help="school id (default: every school)")
def digest(config_path: Path, mode: str | None, school_id: str | None) -> None:
    """Build the digest now; send it, or print it."""
    if mode is None:
        raise click.UsageError("say --send or --preview")
    with opened_app(config_path) as app:
        schools = [app.cfg.school(school_id)] if school_id else list(app.cfg.schools)
        for school in schools:
            if mode == "preview":
                from monitor.deliver.digest import build_digest_data
                from monitor.deliver.render import render_digest

                from monitor.daemon import DIGEST_ROLES

                msg = render_digest(build_digest_data(app.store, app.cfg, school, app.clock(), to_roles=DIGEST_ROLES))
                click.echo(f"Subject: {msg.subject}\n\n{msg.text}")
            else:
                app.queue_digest(school.id, key=f"digest:{school.id}:manual:{app.clock().isoformat()}")
        if mode == "send":
            sent = app.send_due()
            click.echo(f"{sent} message(s) {delivered(app)}; {app.store.pending_mail_count()} waiting")


@cli.command()
@CONFIG
@click.argument("item_id", type=int)
def ack(config_path: Path, item_id: int) -> None:
    """Acknowledge an urgent alert (stops escalation to the deputy)."""
    with opened_app(config_path) as app:
        item = app.store.get_item(item_id)
        if item is None:
            raise click.UsageError(f"no item #{item_id}")
        # As the alert's link does: the incident's other posts too, and the audit says so.
        app.store.acknowledge(item_id, item.school_id, "schoolwatch ack (command line)", app.clock(), via="command")
        click.echo(f"#{item_id} acknowledged: in review")


@cli.command()
@CONFIG
def purge(config_path: Path) -> None:
    """Delete what is older than [retention] days, except items under review or held."""
    with opened_app(config_path) as app:
        counts = app.purge()
        click.echo("purged: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
