"""The shape of the configuration: frozen dataclasses, no parsing here."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any, Mapping


@dataclass(frozen=True)
class Staff:
    id: str
    name: str
    role: str = ""
    aliases: tuple[str, ...] = ()
    nicknames: tuple[str, ...] = ()  # "Gaz", "Kev": ours where the post is about the school
    first_names: tuple[str, ...] = ()  # the first name pupils call them by: "Emma"


@dataclass(frozen=True)
class Recipients:
    headteacher: str
    dsl: str
    deputy: str = ""  # an urgent alert not acknowledged in time goes here too


@dataclass(frozen=True)
class School:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    locality: tuple[str, ...] = ()  # words that make an ambiguous alias count
    handles: tuple[str, ...] = ()  # the school's own accounts: "@hollowbrookacad"
    exclude: tuple[str, ...] = ()  # phrases that mean another place: "Hollowbrook, Ontario"
    neighbours: tuple[str, ...] = ()  # other schools of our place: "Greenfield High"; naming one points away
    # Our community's own groups and subreddits ("Hexley Parents Chat", "r/Hexley"): a post whose
    # thread or address is one of them is read as from a local source ("the head" there is ours).
    communities: tuple[str, ...] = ()
    staff: tuple[Staff, ...] = ()
    recipients: Recipients = Recipients("", "")
    timezone: str = "Europe/London"


@dataclass(frozen=True)
class Source:
    name: str
    type: str
    every_seconds: int
    options: Mapping[str, Any] = field(default_factory=dict)
    school: str | None = None  # None: matched against every school
    enabled: bool = True
    # Everything it returns comes from the school's own community (a local subreddit,
    # replies to the school's account): "Mr Whitaker" there needs no further context.
    local: bool = False


@dataclass(frozen=True)
class Email:
    sender: str
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    starttls: bool = False
    ssl: bool = False
    username: str = ""
    password_env: str = "SCHOOLWATCH_SMTP_PASSWORD"
    password_file: str = ""  # or the credential name under $CREDENTIALS_DIRECTORY
    ca_file: Path | None = None  # a private CA for an internal mail relay; else the system's
    # When set, messages are written here as .eml files instead of sent:
    # the demo, and a school trying a config before it has SMTP.
    outbox_dir: Path | None = None
    timeout: float = 30.0
    # The IT contact: told when a source breaks and recovers, after a crash, and of mail that
    # could not be delivered. Empty: nobody is, and the digest says so.
    admin: str = ""


@dataclass(frozen=True)
class Digest:
    time: time = time(7, 30)
    days: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")
    timezone: str = "Europe/London"
    send_when_empty: bool = True  # one line so the headteacher knows it is alive


@dataclass(frozen=True)
class Alerts:
    quiet_hours: tuple[time, time] | None = None  # non-urgent mail waits; urgent never does
    escalate_after_seconds: int = 7200  # unacknowledged urgent alert -> deputy
    base_url: str = ""  # where `schoolwatch serve` is reachable, for links in mail


@dataclass(frozen=True)
class Retention:
    days: int = 365
    purge_time: time = time(2, 30)


@dataclass(frozen=True)
class Health:
    source_stale_after_seconds: int = 86400  # a source silent this long is in the digest
    # Called (GET) after each healthy cycle, the way healthchecks.io and Uptime Kuma's push
    # monitors expect: when the calls stop, they raise the alarm. Empty: no ping.
    ping_url: str = ""


@dataclass(frozen=True)
class ClassifierConfig:
    model: str = "default"  # "default", a Hugging Face model id or a local path
    labels: Mapping[str, str] = field(default_factory=dict)  # their label -> ours
    batch_size: int = 32
    max_length: int = 256


@dataclass(frozen=True)
class Web:
    host: str = "127.0.0.1"
    port: int = 8080
    secure_cookies: bool = True


@dataclass(frozen=True)
class Config:
    schools: tuple[School, ...]
    sources: tuple[Source, ...]
    email: Email
    database: Path
    digest: Digest = Digest()
    alerts: Alerts = Alerts()
    retention: Retention = Retention()
    health: Health = Health()
    classifier: ClassifierConfig = ClassifierConfig()
    web: Web = Web()
    triage: Mapping[str, float] = field(default_factory=dict)  # threshold overrides
    responses_templates: Path | None = None  # the school's own draft templates, which win
    path: Path | None = None  # the file it came from

    def school(self, school_id: str) -> School:
        for s in self.schools:
            if s.id == school_id:
                return s
        raise KeyError(school_id)

    def source(self, name: str) -> Source:
        for s in self.sources:
            if s.name == name:
                return s
        raise KeyError(name)
