"""The IT person's mail ([email] admin): a source broke or works again, the daemon restarted
after a crash, mail could not be delivered. Each notice has its outbox key, so it goes once.

Nothing here names a pupil or a member of staff: the IT person is not on the s141F list.
"""
from __future__ import annotations

import logging
from datetime import datetime
from typing import Sequence

from monitor import health
from monitor.config.types import Config, Source
from monitor.store import Store
from monitor.timeutil import iso, parse_iso

log = logging.getLogger("schoolwatch.health")
KIND = "admin"


def _tz(cfg: Config) -> str:
    return cfg.schools[0].timezone if cfg.schools else "Europe/London"


def _queue(store: Store, cfg: Config, key: str, subject: str, text: str, now: datetime) -> bool:
    if not cfg.email.admin:
        return False
    # school_id is required by the outbox; the IT person's notices belong to the deployment, not a school.
    return store.enqueue(dedup_key=key, kind=KIND, school_id=cfg.schools[0].id, recipients=(cfg.email.admin,),
                         subject=subject, body_text=text, body_html="", now=now, send_after=now)


def queue_source_notices(store: Store, cfg: Config, sources: Sequence[Source], now: datetime) -> int:
    """Once when a source breaks (keyed by its last success), once when it works again."""
    queued = 0
    tz = _tz(cfg)
    for h in store.source_health([s.name for s in sources], now):
        src = cfg.source(h.name)
        down_prefix = f"admin:down:{h.name}:"
        if health.is_down(h.broken, h.failures):
            key = down_prefix + (iso(h.last_success) or "never")
            if not store.has_key(key):
                log.warning("source %r is down: %s", h.name, h.broken or h.last_error)
                subject, text = health.down_mail(h.name, src.type, h.last_success, h.broken or h.last_error, now, tz)
                queued += _queue(store, cfg, key, subject, text, now)
            continue
        downs = store.keys_with_prefix(down_prefix)
        if not downs:
            continue
        since = downs[-1][len(down_prefix):]
        recovered = h.last_success is not None and iso(h.last_success) != since
        if recovered and not store.has_key(f"admin:up:{h.name}:{since}"):
            log.warning("source %r works again", h.name)
            subject, text = health.up_mail(h.name, parse_iso(since) if since != "never" else None, now, tz)
            queued += _queue(store, cfg, f"admin:up:{h.name}:{since}", subject, text, now)
    return queued


def queue_undeliverable(store: Store, cfg: Config, now: datetime) -> int:
    queued = 0
    for m in store.stuck_mail(health.UNDELIVERABLE_AFTER_ATTEMPTS):
        subject, text = health.undeliverable_mail(m, now, _tz(cfg))
        queued += _queue(store, cfg, f"admin:undeliverable:{m.id}", subject, text, now)
    return queued


def queue_restart(store: Store, cfg: Config, running_since: str, now: datetime) -> bool:
    subject, text = health.restart_mail(running_since, now, _tz(cfg))
    return _queue(store, cfg, f"admin:restart:{running_since}", subject, text, now)
