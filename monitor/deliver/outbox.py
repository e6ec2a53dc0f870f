"""From a decision to the outbox, and from the outbox to the mail server.

rss2email's rule: a message is marked sent only after the server accepted it,
and every message has a key, so a retry or a restart never sends it twice.
"""
from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from typing import Sequence
from zoneinfo import ZoneInfo

from monitor.config.types import Config, School
from monitor.deliver.age import LONGEST_LIVE, is_live, posted_at
from monitor.ingest.identity import has_history
from monitor.deliver.mailer import MailError, Mailer
from monitor.store import Store
from monitor.timeutil import parse_iso
from monitor.vocab import Item

log = logging.getLogger("schoolwatch.notify")

RETRY_AFTER = timedelta(minutes=5)
MAX_RETRY = timedelta(hours=2)
ALERT_PRIORITIES = ("urgent", "high")


def quiet_until(now: datetime, quiet: tuple[time, time] | None, tz: str) -> datetime | None:
    """When quiet hours end, if `now` falls inside them (a window may cross midnight)."""
    if not quiet:
        return None
    start, end = quiet
    local = now.astimezone(ZoneInfo(tz))
    t = local.time()
    inside = (start <= t < end) if start <= end else (t >= start or t < end)
    if not inside:
        return None
    day = local.date() if t < end else local.date() + timedelta(days=1)
    return datetime.combine(day, end, tzinfo=ZoneInfo(tz))


def addresses(school: School, roles: Sequence[str]) -> tuple[str, ...]:
    found = [getattr(school.recipients, role, "") for role in roles]
    return tuple(dict.fromkeys(a for a in found if a))


INCIDENT_WINDOW = timedelta(days=7)  # a post this soon after the author's last about the same person joins it


def incident_target(item: Item) -> str:
    return f"staff:{item.staff_ids[0]}" if item.staff_ids else "school"


def queue_alerts(store: Store, cfg: Config, item: Item, now: datetime) -> int:
    """Queue the alert messages for a triaged item. Runs inside the caller's transaction.

    Only a live post pages (deliver/age.py): an old one is alerted in waking hours and never
    escalated; its time has passed, so it is no 999 call. An old post found by a source's
    first poll (a backfill) is not alerted at all: it goes into the backfill's one summary.
    A later post of an incident (same author, same person, within INCIDENT_WINDOW of the
    last) is a short follow-up, not a second full alert.
    """
    from monitor.deliver.ack import ACK_VALID, ack_url, new_token, token_hash
    from monitor.deliver.alert import AlertLinks
    from monitor.deliver.render import render_alert, render_follow_up
    from monitor.drafts import drafts_for

    if item.decision is None or item.decision.priority not in ALERT_PRIORITIES:
        return 0
    school = cfg.school(item.school_id)
    live = is_live(item, now)
    incident = None
    if has_history(item.author, item.platform):
        incident, _ = store.join_incident(item.id, school_id=item.school_id, platform=item.platform,
                                          author=item.author, target=incident_target(item), posted=posted_at(item),
                                          since=posted_at(item) - INCIDENT_WINDOW)
    if item.extra.get("backfill") and not live:
        return 0  # the backfill summary (queue_backfill_summary) lists it
    pages = item.decision.priority == "urgent" and live
    # Urgent never waits; everything else respects quiet hours.
    send_after = now if pages else (quiet_until(now, cfg.alerts.quiet_hours, school.timezone) or now)
    deputy_at = now + timedelta(seconds=cfg.alerts.escalate_after_seconds) \
        if pages and school.recipients.deputy else None
    tokens = {role: new_token() for role in ("headteacher", "dsl")}
    links = {role: AlertLinks(ack_url=ack_url(cfg.alerts.base_url, t), deputy_at=deputy_at) for role, t in tokens.items()}
    alerted_before = incident is not None and any(
        store.sent_mail(m) for m in incident.mention_ids if m != item.id)
    if alerted_before:
        msgs = render_follow_up(item, school, cfg.alerts.base_url, posts_in_incident=len(incident.mention_ids),
                                opened=incident.opened, now=now, links=links)
    else:
        related = [i for i in store.author_items(item.school_id, item.platform, item.author) if i.id != item.id] \
            if has_history(item.author, item.platform) else []
        # Nothing is decided yet: the staff note says what is being considered, never what was done.
        drafts = drafts_for(item, school, related, now, templates_dir=cfg.responses_templates, decisions={})
        msgs = render_alert(item, school, drafts, cfg.alerts.base_url, now=now, links=links)
    queued = 0
    for msg in msgs:
        to = addresses(school, msg.to_roles)
        if not to:
            continue
        key = f"{msg.kind}:{item.id}:{'+'.join(msg.to_roles)}"
        if store.enqueue(dedup_key=key, kind=msg.kind, school_id=school.id, recipients=to, subject=msg.subject,
                         body_text=msg.text, body_html=msg.html, now=now, send_after=send_after,
                         mention_id=item.id, attachments=msg.attachments):
            queued += 1
            role = msg.to_roles[0]
            if links[role].ack_url:
                store.add_ack_link(token_hash(tokens[role]), mention_id=item.id, school_id=school.id, role=role,
                                   recipient=", ".join(to), now=now, expires=now + ACK_VALID)
    return queued


def queue_plain_alert(store: Store, cfg: Config, item: Item, now: datetime) -> int:
    """When drafting fails: the post, why, and where to look, in plain text. Better plain than missing."""
    if item.decision is None or item.decision.priority not in ALERT_PRIORITIES:
        return 0
    school = cfg.school(item.school_id)
    d = item.decision
    text = (f"schoolwatch found a post that needs you ({d.priority}), but could not draft the responses.\n\n"
            f"Where: {item.url}\nBy: {item.author}\nWhy: {d.why}\n"
            f"Suggested: {', '.join(d.actions) or 'read it'}\n\nThe post:\n> "
            + "\n> ".join(item.text[:5000].splitlines()))
    return store.enqueue(dedup_key=f"alert:{item.id}:plain", kind="alert", school_id=school.id,
                         recipients=addresses(school, ("headteacher", "dsl")),
                         subject=f"schoolwatch: a post needs your attention ({d.priority}, #{item.id})",
                         body_text=text, body_html="", now=now, send_after=now, mention_id=item.id)


def queue_escalations(store: Store, cfg: Config, now: datetime) -> int:
    """An urgent alert nobody has acknowledged in time goes to the deputy as well.

    Only for posts live when first alerted (monitor/deliver/age.py): after a backfill the deputy is not
    chased about year-old posts. One indexed query finds the candidates, so a pass costs what the
    unacknowledged recent posts cost, never what the store holds."""
    from monitor.deliver.ack import ACK_VALID, ack_url, new_token, token_hash
    from monitor.deliver.alert import AlertLinks
    from monitor.deliver.render import render_escalation
    from monitor.drafts import drafts_for

    queued = 0
    cutoff = now - timedelta(seconds=cfg.alerts.escalate_after_seconds)
    recent = now - LONGEST_LIVE - timedelta(seconds=cfg.alerts.escalate_after_seconds)
    for school in cfg.schools:
        if not school.recipients.deputy:
            continue
        due = store.escalation_due(school.id, alerted_before=cutoff, posted_since=recent)
        if not due:
            continue
        accused = store.accused_staff_ids(school.id)  # once a pass, not once a post
        for item_id, first_sent in due:
            item = store.get_item(item_id)
            if not is_live(item, parse_iso(first_sent)):  # an old post never paged: it is not escalated either
                continue
            drafts = drafts_for(item, school, [], now, templates_dir=cfg.responses_templates, decisions={})
            token = new_token()
            link = AlertLinks(ack_url=ack_url(cfg.alerts.base_url, token))
            # s141F: render_escalation leaves out what the deputy must not see.
            msg = render_escalation(item, school, drafts, cfg.alerts.base_url, alerted_at=parse_iso(first_sent),
                                    accused=accused, now=now, links=link)
            to = addresses(school, msg.to_roles)
            with store.transaction():  # the mail and its link together, or neither
                if not store.enqueue(dedup_key=f"escalation:{item.id}", kind="escalation", school_id=school.id,
                                     recipients=to, subject=msg.subject, body_text=msg.text, body_html=msg.html,
                                     now=now, send_after=now, mention_id=item.id, attachments=msg.attachments):
                    continue
                queued += 1
                if link.ack_url:
                    store.add_ack_link(token_hash(token), mention_id=item.id, school_id=school.id, role="deputy",
                                       recipient=", ".join(to), now=now, expires=now + ACK_VALID)
    return queued


SEND_BATCH = 20  # messages read from the outbox at a time: memory per pass stays one batch


def send_due(store: Store, mailer: Mailer, now: datetime) -> tuple[int, int]:
    """Send what is due, a batch at a time. Returns (sent, failed). A failure is retried later with backoff.

    A server that is down or silent stops the pass after its first failure: the rest wait for
    the next pass instead of each waiting out its own timeout. A message the server accepted but
    the store could not mark (a full disk) is remembered in memory and never sent again by this
    process; its mark is retried first thing next pass.
    """
    unmarked = store.delivered_unmarked
    for mail_id, note in list(unmarked.items()):
        store.mark_sent(mail_id, now, note=note)  # raises while the store still cannot write
        del unmarked[mail_id]
    sent = failed = 0
    while batch := store.due_mail(now, limit=SEND_BATCH, skip=tuple(unmarked)):
        for mail in batch:
            try:
                # Only a message with files passes them: a mailer written before attachments still works.
                extra = {"attachments": mail.attachments} if mail.attachments else {}
                refused = mailer.send(mail.recipients, mail.subject, mail.body_text, mail.body_html,
                                      message_id=mail.message_id, **extra)
            except MailError as exc:
                wait = min(RETRY_AFTER * 2 ** mail.attempts, MAX_RETRY)
                store.mark_failed(mail.id, str(exc), now + wait)
                log.warning("mail %d (%s) not sent, retry in %s: %r", mail.id, mail.kind, wait, str(exc))
                failed += 1
                if getattr(exc, "server_down", False):
                    log.warning("the mail server is not taking mail: the rest of the outbox waits for the next pass")
                    return sent, failed
                continue
            note = f"refused by the mail server: {', '.join(refused)}" if refused else None
            unmarked[mail.id] = note  # until the mark is written: never sent twice, even if that write fails
            store.mark_sent(mail.id, now, note=note)
            del unmarked[mail.id]
            if refused:
                log.warning("mail %d (%s): the server refused %s; the others have it", mail.id, mail.kind, refused)
            sent += 1
    return sent, failed
