"""`schoolwatch serve`, `schoolwatch user add` / `user disable` and `schoolwatch audit export`."""
from __future__ import annotations

import ipaddress
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

import click

from monitor.cli import cli, config_option

CONFIG = config_option()


def _load(config_path: str):
    from monitor.config import ConfigError, load
    try:
        return load(config_path)
    except ConfigError as e:
        raise click.ClickException(str(e)) from None


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


@cli.command()
@CONFIG
@click.option("--host", default=None, help="address to bind (default [web] host, 127.0.0.1)")
@click.option("--port", default=None, type=int, help="port (default [web] port, 8080)")
def serve(config_path: str, host: str | None, port: int | None) -> None:
    """Serve the DSL's review queue. Put it behind a reverse proxy with TLS (docs/web.md)."""
    from monitor.review.web import create_app
    from monitor.review.web.server import make_server

    cfg = _load(config_path)
    host = host or cfg.web.host
    port = cfg.web.port if port is None else port
    if not _loopback(host):
        click.echo(f"warning: binding {host}, not 127.0.0.1: only do this behind a TLS reverse proxy", err=True)
    app = create_app(cfg)
    server = make_server(app, host, port)
    click.echo(f"schoolwatch review queue on http://{host}:{server.effective_port}/ (Ctrl-C to stop)", err=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


@cli.group()
def user() -> None:
    """Accounts for the review queue."""


@user.command("add")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(["head", "dsl", "viewer", "reporter", "ceo"]),
              help="head, dsl and ceo may decide; a viewer reads; ceo sees every school of the trust")
@click.option("--school", "school_id", default=None, help="the school's id (needed unless --role ceo)")
@click.option("--password-file", type=click.File("r"), default=None,
              help="read the password from the first line of this file ('-' for stdin) instead of a prompt")
@CONFIG
def user_add(name: str, role: str, school_id: str | None, password_file, config_path: str) -> None:
    """Add an account, or reset its role, school and password (which also unlocks and enables it and
    ends its open sessions)."""
    from monitor.store import Store
    from monitor.store.review import Review
    from monitor.review.web.auth import hash_password

    cfg = _load(config_path)
    ids = [s.id for s in cfg.schools]
    if role == "ceo":
        school_id = None
    elif school_id is None and len(ids) == 1:
        school_id = ids[0]
    elif school_id is None:
        raise click.UsageError(f"--school is needed with --role {role}: one of {', '.join(ids)}")
    elif school_id not in ids:
        raise click.UsageError(f"--school {school_id!r} is not a school in {config_path}: one of {', '.join(ids)}")
    if not name.strip() or len(name) > 80:
        raise click.UsageError("NAME must be 1 to 80 characters")
    if password_file is not None:
        password = password_file.readline().rstrip("\r\n")
    else:
        password = click.prompt(f"Password for {name}", hide_input=True, confirmation_prompt=True)
    try:
        hashed = hash_password(password)
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    store = Store.open(cfg.database)
    try:
        Review(store).add_user(name, role, school_id, hashed, datetime.now(timezone.utc))
    finally:
        store.close()
    click.echo(f"user {name!r}: {role}" + (f" of {school_id}" if school_id else " (every school)"))


@user.command("disable")
@click.argument("name")
@CONFIG
def user_disable(name: str, config_path: str) -> None:
    """Refuse the account's logins and end its open sessions (`user add` enables it again)."""
    from monitor.store import Store
    from monitor.store.review import Review

    cfg = _load(config_path)
    store = Store.open(cfg.database)
    try:
        Review(store).disable_user(name, datetime.now(timezone.utc))
    except LookupError as e:
        raise click.ClickException(f"{e} in {cfg.database}") from None
    finally:
        store.close()
    click.echo(f"user {name!r}: disabled, its sessions ended")


@cli.group("audit")
def audit_group() -> None:
    """The review queue's append-only audit."""


@audit_group.command("export")
@CONFIG
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "json"]), default="csv", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="file to write (default: standard output)")
@click.option("--school", "school_id", default=None, help="only this school's entries")
def audit_export(config_path: str, fmt: str, output: Path | None, school_id: str | None) -> None:
    """Write every audit entry, oldest first."""
    from monitor.store import Store
    from monitor.store.review import Review
    from monitor.review.web.audit import write_csv, write_json

    cfg = _load(config_path)
    store = Store.open(cfg.database)
    from monitor.private import open_private

    # The audit names users and items: an export is owner-only, whatever the umask.
    out = open_private(output, "w", newline="", encoding="utf-8") if output else sys.stdout
    try:
        entries = Review(store).iter_audit([school_id] if school_id else None)
        if fmt == "csv":
            n = write_csv(entries, out)
        elif fmt == "jsonl":
            n = write_json(entries, out)
        else:
            rows = [e.as_dict() for e in entries]
            json.dump(rows, out, indent=1, sort_keys=True)
            out.write("\n")
            n = len(rows)
    finally:
        if output:
            out.close()
        store.close()
    click.echo(f"{n} audit entries", err=True)
