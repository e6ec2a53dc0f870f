"""config.toml -> Config, or one ConfigError listing every bad key by its path."""
from __future__ import annotations

import os
import re
import tomllib
from datetime import time
from pathlib import Path
from typing import Callable

import connectors

from connectors._util import env_var

from monitor.config.names import name_problems
from monitor.config.reader import Reader, parse_duration
from monitor.vocab import DAYS
from monitor.config.types import (
    Alerts, ClassifierConfig, Config, Digest, Email, Health, Recipients, Retention, School,
    Source, Staff, Web,
)

__all__ = ["ConfigError", "load", "parse", "parse_duration", "secret_lookup", "Config"]

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
SOURCE_KEYS = {"name", "type", "every", "school", "enabled", "local"}


class ConfigError(Exception):
    def __init__(self, problems: list[str], path: Path | str | None = None):
        self.problems = problems
        self.path = path
        where = f"{path}: " if path else ""
        super().__init__(where + "; ".join(problems))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "school"


def _staff(r: Reader, table: dict, path: str) -> Staff:
    r.unknown(table, {"id", "name", "role", "aliases", "nicknames", "first_names"}, path)
    sid = r.get(table, "id", path, str, "", required=True)
    if sid and not _ID.match(sid):
        r.bad(f"{path}id", f"{sid!r} must be lower case letters, digits, - or _")
    return Staff(id=sid, name=r.get(table, "name", path, str, "", required=True).strip(),
                 role=r.get(table, "role", path, str, ""), aliases=r.strings(table, "aliases", path),
                 nicknames=r.strings(table, "nicknames", path), first_names=r.strings(table, "first_names", path))


def _school(r: Reader, table: dict, path: str, staff_tables: list, staff_path: str, email: dict) -> School:
    known = {"id", "name", "aliases", "locality", "handles", "exclude", "neighbours", "communities", "timezone",
             "headteacher", "dsl", "deputy", "staff"}
    r.unknown(table, known, path)
    name = r.get(table, "name", path, str, "", required=True).strip()
    sid = r.get(table, "id", path, str, _slug(name))
    if not _ID.match(sid):
        r.bad(f"{path}id", f"{sid!r} must be lower case letters, digits, - or _")
    staff: list[Staff] = []
    seen: dict[str, int] = {}
    for i, st in enumerate(staff_tables):
        spath = f"{staff_path}[{i}]."
        if not isinstance(st, dict):
            r.bad(f"{staff_path}[{i}]", "must be a table")
            continue
        member = _staff(r, st, spath)
        if member.id in seen:
            r.bad(f"{spath}id", f"duplicate of {staff_path}[{seen[member.id]}].id")
        seen.setdefault(member.id, i)
        staff.append(member)

    def recipient(key: str, required: bool) -> str:
        own = r.email(table, key, path)
        return own or r.email(email, key, "email.", required=required and not own)

    school = School(
        id=sid, name=name, aliases=r.strings(table, "aliases", path),
        locality=r.strings(table, "locality", path), handles=r.strings(table, "handles", path),
        exclude=r.strings(table, "exclude", path), neighbours=r.strings(table, "neighbours", path),
        communities=r.strings(table, "communities", path), staff=tuple(staff),
        recipients=Recipients(recipient("headteacher", True), recipient("dsl", True), recipient("deputy", False)),
        timezone=r.zone(table, "timezone", path, "Europe/London"),
    )
    for where, why in name_problems(school, staff_path):
        r.bad(where if where.startswith(staff_path) else f"{path}{where}", why)
    return school


def _source(r: Reader, table: dict, path: str) -> Source:
    name = r.get(table, "name", path, str, "", required=True)
    type_ = r.get(table, "type", path, str, "", required=True)
    every = r.duration(table, "every", path, 3600) if type_ != "manual" else 86400
    options = {k: v for k, v in table.items() if k not in SOURCE_KEYS}
    if type_:
        for key, why in connectors.validate_options(type_, options):
            r.bad(f"{path}{key}", why)
    return Source(name=name, type=type_, every_seconds=every, options=options,
                  school=r.get(table, "school", path, str), enabled=r.get(table, "enabled", path, bool, True),
                  local=r.get(table, "local", path, bool, False))


def parse(data: dict, *, base_dir: Path | None = None, path: Path | None = None) -> Config:
    r = Reader()
    top_known = {"school", "staff", "schools", "sources", "email", "database", "digest", "alerts",
                 "retention", "health", "classifier", "web", "triage", "responses"}
    r.unknown(data, top_known, "")
    email_t = r.get(data, "email", "", dict, {}, required=True)

    schools: list[School] = []
    if "school" in data and "schools" in data:
        r.bad("schools", "give either [school] with [[staff]], or [[schools]], not both")
    if "schools" in data:
        for i, st in enumerate(r.get(data, "schools", "", list, [])):
            st = st if isinstance(st, dict) else {}
            schools.append(_school(r, st, f"schools[{i}].", st.get("staff", []), f"schools[{i}].staff", email_t))
        ids = [s.id for s in schools]
        for i, sid in enumerate(ids):
            if sid in ids[:i]:
                r.bad(f"schools[{i}].id", f"duplicate of schools[{ids.index(sid)}].id")
    else:
        school_t = r.get(data, "school", "", dict, {}, required=True)
        staff_t = r.get(data, "staff", "", list, [])
        if "staff" in school_t:
            # [[school.staff]] reads naturally; a second list beside [[staff]] would be ambiguous.
            if staff_t:
                r.bad("school.staff", "give staff either as [[staff]] or as [[school.staff]], not both")
            staff_t = r.get(school_t, "staff", "school.", list, [])
        schools.append(_school(r, school_t, "school.", staff_t, "staff", email_t))

    sources: list[Source] = []
    for i, st in enumerate(r.get(data, "sources", "", list, [])):
        if not isinstance(st, dict):
            r.bad(f"sources[{i}]", "must be a table")
            continue
        src = _source(r, st, f"sources[{i}].")
        for j, other in enumerate(sources):
            if src.name and other.name == src.name:
                r.bad(f"sources[{i}].name", f"duplicate of sources[{j}].name")
        if src.school and src.school not in {s.id for s in schools}:
            r.bad(f"sources[{i}].school", f"{src.school!r} is not the id of a school")
        sources.append(src)

    r.unknown(email_t, {"smtp_host", "smtp_port", "sender", "headteacher", "dsl", "deputy", "starttls",
                        "ssl", "username", "password_env", "password_file", "outbox_dir", "timeout", "ca_file", "admin"}, "email.")
    if "password" in email_t:
        r.bad("email.password", "secrets never live in config.toml: use password_env or password_file")
    outbox = r.get(email_t, "outbox_dir", "email.", str)
    ca_file = r.get(email_t, "ca_file", "email.", str)
    if ca_file and not _resolve(base_dir, ca_file).is_file():
        r.bad("email.ca_file", f"{ca_file!r}: no such file")
    email = Email(
        sender=r.email(email_t, "sender", "email.", required=True),
        smtp_host=r.get(email_t, "smtp_host", "email.", str, "127.0.0.1"),
        smtp_port=r.get(email_t, "smtp_port", "email.", int, 25),
        starttls=r.get(email_t, "starttls", "email.", bool, False),
        ssl=r.get(email_t, "ssl", "email.", bool, False),
        username=r.get(email_t, "username", "email.", str, ""),
        password_env=r.get(email_t, "password_env", "email.", str, "SCHOOLWATCH_SMTP_PASSWORD"),
        password_file=r.get(email_t, "password_file", "email.", str, ""),
        outbox_dir=_resolve(base_dir, outbox) if outbox else None,
        ca_file=_resolve(base_dir, ca_file) if ca_file else None,
        timeout=r.get(email_t, "timeout", "email.", float, 30.0),
        admin=r.email(email_t, "admin", "email."),
    )

    db_t = r.get(data, "database", "", dict, {}, required=True)
    r.unknown(db_t, {"path"}, "database.")
    db_path = r.get(db_t, "path", "database.", str, "schoolwatch.db", required=True)

    dg = r.get(data, "digest", "", dict, {})
    r.unknown(dg, {"time", "days", "timezone", "send_when_empty"}, "digest.")
    days = r.strings(dg, "days", "digest.") or Digest().days
    for d in days:
        if d.lower()[:3] not in DAYS:
            r.bad("digest.days", f"{d!r} is not a day (say mon, tue, ...)")
    digest = Digest(time=r.clock_time(dg, "time", "digest.", time(7, 30)),
                    days=tuple(d.lower()[:3] for d in days),
                    timezone=r.zone(dg, "timezone", "digest.", "Europe/London"),
                    send_when_empty=r.get(dg, "send_when_empty", "digest.", bool, True))

    al = r.get(data, "alerts", "", dict, {})
    r.unknown(al, {"quiet_hours", "escalate_after", "base_url"}, "alerts.")
    quiet = None
    qh = r.get(al, "quiet_hours", "alerts.", str)
    if qh:
        parts = qh.split("-")
        if len(parts) != 2:
            r.bad("alerts.quiet_hours", f"{qh!r} is not a range of times (say 21:00-07:00)")
        else:
            a = r.clock_time({"s": parts[0]}, "s", "alerts.quiet_hours.", time(0))
            b = r.clock_time({"e": parts[1]}, "e", "alerts.quiet_hours.", time(0))
            quiet = (a, b)
    alerts = Alerts(quiet_hours=quiet, escalate_after_seconds=r.duration(al, "escalate_after", "alerts.", 7200),
                    base_url=r.get(al, "base_url", "alerts.", str, ""))

    rt = r.get(data, "retention", "", dict, {})
    r.unknown(rt, {"days", "purge_time"}, "retention.")
    retention = Retention(days=r.get(rt, "days", "retention.", int, 365),
                          purge_time=r.clock_time(rt, "purge_time", "retention.", time(2, 30)))
    if retention.days < 1:
        r.bad("retention.days", "must be at least 1")

    he = r.get(data, "health", "", dict, {})
    r.unknown(he, {"source_stale_after", "ping_url"}, "health.")
    ping = r.get(he, "ping_url", "health.", str, "")
    if ping and not re.match(r"^https?://[^\s]+$", ping):
        r.bad("health.ping_url", f"{ping!r} is not an http(s) address")
    health = Health(source_stale_after_seconds=r.duration(he, "source_stale_after", "health.", 86400), ping_url=ping)

    cl = r.get(data, "classifier", "", dict, {})
    r.unknown(cl, {"model", "labels", "batch_size", "max_length"}, "classifier.")
    labels = r.get(cl, "labels", "classifier.", dict, {})
    classifier = ClassifierConfig(model=r.get(cl, "model", "classifier.", str, "default"),
                                  labels={str(k): str(v) for k, v in labels.items()},
                                  batch_size=r.get(cl, "batch_size", "classifier.", int, 32),
                                  max_length=r.get(cl, "max_length", "classifier.", int, 256))

    wb = r.get(data, "web", "", dict, {})
    r.unknown(wb, {"host", "port", "secure_cookies"}, "web.")
    web = Web(host=r.get(wb, "host", "web.", str, "127.0.0.1"), port=r.get(wb, "port", "web.", int, 8080),
              secure_cookies=r.get(wb, "secure_cookies", "web.", bool, True))

    tr = r.get(data, "triage", "", dict, {})
    _check_triage(r, tr)

    rs = r.get(data, "responses", "", dict, {})
    r.unknown(rs, {"templates"}, "responses.")
    templates = r.get(rs, "templates", "responses.", str)
    templates_dir = _resolve(base_dir, templates) if templates else None
    if templates_dir is not None:
        from monitor.drafts import check_templates

        for problem in check_templates(templates_dir):
            r.bad("responses.templates", problem)

    if r.problems:
        raise ConfigError(r.problems, path)
    return Config(schools=tuple(schools), sources=tuple(sources), email=email,
                  database=_resolve(base_dir, db_path), digest=digest, alerts=alerts, retention=retention,
                  health=health, classifier=classifier, web=web,
                  triage={k: float(v) for k, v in tr.items()}, responses_templates=templates_dir, path=path)


def _check_triage(r: Reader, table: dict) -> None:
    from monitor.judge.triage import DEFAULT_POLICY

    r.unknown(table, set(DEFAULT_POLICY), "triage.")
    for key, value in table.items():
        if key not in DEFAULT_POLICY:
            continue
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            r.bad(f"triage.{key}", "must be a number")
        elif key.endswith(("_days", "_posts")):
            if value < 1:
                r.bad(f"triage.{key}", "must be at least 1")
        elif not 0.0 <= value <= 1.0:
            r.bad(f"triage.{key}", f"{value} is not a score threshold between 0 and 1")


def _resolve(base_dir: Path | None, value: str) -> Path:
    p = Path(value).expanduser()
    return p if p.is_absolute() or base_dir is None else base_dir / p


def load(path: str | Path) -> Config:
    """Relative paths in the file are relative to the file's folder."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(["file not found"], path) from None
    except OSError as exc:
        raise ConfigError([f"cannot read: {exc.strerror}"], path) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(["not UTF-8 text"], path) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"not valid TOML: {exc}"], path) from None
    return parse(data, base_dir=path.resolve().parent, path=path)


def secret_lookup(environ: dict[str, str] | None = None) -> Callable[[str], str | None]:
    """A secret by name: $SCHOOLWATCH_<NAME> or the file <name> in $CREDENTIALS_DIRECTORY (systemd)."""
    env = os.environ if environ is None else environ

    def lookup(name: str) -> str | None:
        var = env_var(name)
        if env.get(var):
            return env[var]
        creds = env.get("CREDENTIALS_DIRECTORY")
        if creds:
            f = Path(creds) / name
            if f.is_file():
                return f.read_text(encoding="utf-8").strip()
        return None

    return lookup
