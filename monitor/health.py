"""Health in plain words: for the headteacher's digest, the IT person's mail and `schoolwatch status`.

Pure functions over what the store knows (monitor/store/sources.py's SourceHealth, the
outbox's backlog); no I/O here. The headteacher never reads exception text: a source that
fails is one sentence ("reddit has not answered since Tuesday; IT has been told"). The IT
person gets the same sentence, what to do about it, and the technical detail last.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

# Transient failures in a row before the IT person hears of it: a source that fails once
# and then works is normal weather, not news. A permanent error (401/403/404, a missing
# secret) is news at once.
DOWN_AFTER_FAILURES = 3
# Mail the server has refused this many times is reported as undeliverable (about 75 minutes).
UNDELIVERABLE_AFTER_ATTEMPTS = 5

# (pattern in the error, what happened in plain words, what the IT person should do)
_PLAIN = (
    (r"secret|app[_ ]password|api[_ ]key|client_id|client_secret|access_token|credential",
     "is missing its password or key",
     "add the secret docs/sources.md names for it (`schoolwatch check-config` lists what is missing); "
     "it is tried again as soon as the secret is there"),
    (r"\b40[13]\b|unauthori[sz]ed|forbidden|invalid_grant",
     "refused us access",
     "check the account and its password or key are still valid; it is tried again daily, or at once "
     "with `schoolwatch sources --retry NAME`"),
    (r"\b404\b|\b410\b|not found|no such",
     "says the address we ask for does not exist",
     "check the source's address in config.toml; it is tried again daily and as soon as the config changes"),
    (r"\b429\b|rate.?limit|too many requests|quota",
     "asked us to slow down",
     "nothing, unless this lasts for days: then make the source's `every` longer"),
    (r"\b5\d\d\b",
     "is having trouble at its end",
     "nothing: it is retried with growing pauses; if it lasts for days, check the service's status page"),
    (r"timed? ?out|timeout",
     "took too long to answer",
     "check this server's internet connection; it is retried with growing pauses"),
    (r"connect|resolve|name or service|max retries|unreachable|network|ssl|certificate",
     "could not be reached",
     "check this server's internet connection, DNS and any proxy or firewall; it is retried with growing pauses"),
)


@dataclass(frozen=True)
class Plain:
    what: str  # "could not be reached"
    todo: str  # what the IT person can do


def plain(error: str | None) -> Plain:
    """An error as a person can read it. Never repeats the error itself."""
    text = error or ""
    for pattern, what, todo in _PLAIN:
        if re.search(pattern, text, re.IGNORECASE):
            return Plain(what, todo)
    return Plain("stopped working", "run `schoolwatch sources` to see the last error")


def is_down(broken: str | None, failures: int) -> bool:
    return bool(broken) or failures >= DOWN_AFTER_FAILURES


def when(dt: datetime | None, now: datetime, tz: str) -> str:
    """'09:15 today', 'yesterday', 'Tuesday' (this past week), '3 March' (earlier)."""
    if dt is None:
        return ""
    zone = ZoneInfo(tz or "Europe/London")
    local, today = dt.astimezone(zone), now.astimezone(zone).date()
    days = (today - local.date()).days
    if days <= 0:
        return f"{local:%H:%M} today"
    if days == 1:
        return "yesterday"
    if days < 7:
        return f"{local:%A}"
    return f"{local.day} {local:%B}" + (f" {local.year}" if local.year != today.year else "")


def digest_line(name: str, last_success: datetime | None, now: datetime, tz: str, it_told: bool,
                down: bool = True) -> str:
    """One line of the head's digest for a source that is not working. `down`: past the threshold at
    which the IT person is told; before it, a failure is only being retried, and the line says so."""
    since = when(last_success, now, tz)
    head = f"{name} has not answered since {since}" if since else f"{name} has never answered"
    if not down:
        return head + "; it is being tried again"
    return head + ("; IT has been told" if it_told else "; please tell whoever looks after schoolwatch")


def down_mail(name: str, kind: str, last_success: datetime | None, error: str | None, now: datetime,
              tz: str) -> tuple[str, str]:
    """(subject, text) for the IT person when a source breaks."""
    p = plain(error)
    since = when(last_success, now, tz)
    subject = f"schoolwatch: source {name} {p.what}"
    text = (f"The source {name} ({kind}) {p.what}"
            + (f"; it last worked {since}." if since else "; it has never worked yet.")
            + "\nUntil it works again, schoolwatch does not see what is posted there.\n\n"
            + f"What to do: {p.todo}.\n\n"
            + "You will get one more message when it works again.\n\n"
            + f"Detail for IT: {error or 'no error recorded'}\n")
    return subject, text


def up_mail(name: str, down_since: datetime | None, now: datetime, tz: str) -> tuple[str, str]:
    since = when(down_since, now, tz)
    subject = f"schoolwatch: source {name} works again"
    text = (f"The source {name} works again" + (f" (it had not worked since {since})" if since else "")
            + ". Nothing more to do: what was posted meanwhile is fetched where the source allows it.\n")
    return subject, text


def restart_mail(running_since: str, now: datetime, tz: str) -> tuple[str, str]:
    subject = "schoolwatch: the daemon restarted after stopping unexpectedly"
    text = ("schoolwatch stopped without shutting down cleanly (a crash, a kill, or the machine lost power) "
            f"and has started again. It had been running since {running_since}.\n"
            "Nothing is lost: posts not yet judged and mail not yet sent are picked up where they were.\n\n"
            "What to do: if this happens more than once, read the log: "
            "`journalctl -u schoolwatch --since yesterday`.\n")
    return subject, text


@dataclass(frozen=True)
class StuckMail:
    id: int
    kind: str
    recipients: tuple[str, ...]
    attempts: int
    last_error: str
    created: datetime


def undeliverable_mail(m: StuckMail, now: datetime, tz: str) -> tuple[str, str]:
    """No subject or body of the stuck message: it may name a member of staff accused of harming a child."""
    subject = f"schoolwatch: a message to {', '.join(m.recipients)} could not be delivered"
    text = (f"schoolwatch has tried {m.attempts} times since {when(m.created, now, tz)} to deliver a message "
            f"({m.kind}, outbox #{m.id}) to {', '.join(m.recipients)}, and the mail server has not taken it.\n"
            "It keeps trying. Until then the headteacher or DSL does not have it.\n\n"
            "What to do: check the [email] settings and the SMTP password, and that the mail server accepts "
            "mail from this server (`schoolwatch status` shows the backlog).\n\n"
            f"Detail for IT: {m.last_error}\n")
    return subject, text


@dataclass(frozen=True)
class Status:
    """What `schoolwatch status` prints; `problems` non-empty means someone should look."""
    last_poll: datetime | None
    pending_mail: int
    failing_mail: int
    down: tuple[tuple[str, str], ...]  # (source name, plain words)
    problems: tuple[str, ...]


def assess(last_poll: datetime | None, shortest_every_s: int | None, pending: int, failing: int,
           stuck: int, down: list[tuple[str, str]], now: datetime) -> Status:
    problems = []
    if shortest_every_s is not None:
        # Three missed polls of the busiest source: the daemon is not running (or is stuck).
        late = timedelta(seconds=3 * shortest_every_s + 300)
        if last_poll is None:
            problems.append("no poll has ever finished: is the daemon running?")
        elif now - last_poll > late:
            problems.append(f"no poll has finished for {_span(now - last_poll)}: is the daemon running?")
    for name, words in down:
        problems.append(f"source {name} {words}")
    if stuck:
        problems.append(f"{stuck} message(s) could not be delivered after {UNDELIVERABLE_AFTER_ATTEMPTS} tries")
    return Status(last_poll, pending, failing, tuple(down), tuple(problems))


def _span(d: timedelta) -> str:
    minutes = int(d.total_seconds() // 60)
    if minutes < 120:
        return f"{minutes} minutes"
    if minutes < 48 * 60:
        return f"{minutes // 60} hours"
    return f"{minutes // 1440} days"
