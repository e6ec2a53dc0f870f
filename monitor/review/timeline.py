"""What the school did about one post and when: from the store's own records (the fetch, the
alerts sent, the audit of every decision, the checks of whether the post is still up).

For the evidence pack: a police officer or a solicitor reads it as the school's account.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from monitor.timeutil import iso, parse_iso
from monitor.vocab import ACTION_TITLES


@dataclass(frozen=True)
class Event:
    at: datetime
    what: str
    who: str = ""  # the account that did it; "" for schoolwatch itself

    def as_dict(self) -> dict:
        return {"at": iso(self.at), "what": self.what, "who": self.who}


def _decision(d: dict) -> str:
    title = ACTION_TITLES.get(d.get("action", ""), d.get("action", ""))
    if d.get("outcome") == "taken":
        ref = f" (reference {d['reference']})" if d.get("reference") else ""
        when = f", taken {d['taken_at'][:10]}" if d.get("taken_at") else ""
        return f"Decided: {title}: done{when}{ref}"
    return f"Decided: {title}: not pursued ({d.get('reason', '')})"


AUDIT_WORDS = {
    "false_alarm": lambda d: "Marked a false alarm" + (f" ({d['note']})" if d.get("note") else ""),
    "state": lambda d: {"in_review": "Acknowledged: in review", "closed": "Case closed",
                        "decided": "Decisions complete"}.get(d.get("state", ""), f"State: {d.get('state', '')}"),
    "staff_note": lambda d: "The member of staff was told (note recorded)",
    "edit_draft": lambda d: f"Draft edited: {ACTION_TITLES.get(d.get('action', ''), d.get('action', ''))}",
    "decision": _decision,
    "evidence": lambda d: "Evidence pack made",
    "acknowledged": lambda d: "Acknowledged" + (f" ({d['via']})" if d.get("via") else ""),
    "platform_answer": lambda d: f"The platform answered: {d.get('text', '')}",
}


def timeline(store, item_id: int) -> list[Event]:
    """Oldest first. Audit events a pack need not carry (logins, views) are left out."""
    from monitor.store.review import Review

    item = store.get_item(item_id)
    if item is None:
        return []
    events: list[Event] = []
    if item.published:
        events.append(Event(item.published, "Posted (as the platform dates it)"))
    events.append(Event(item.fetched, f"Found by schoolwatch (source {item.source})"))
    if item.decision:
        triaged = store.triaged_at(item_id)
        if triaged:
            events.append(Event(triaged, f"Flagged {item.decision.priority}: {', '.join(item.decision.categories)}"))
    for kind in ("alert", "escalation"):
        for mail in store.sent_mail(item_id, kind):
            if mail.get("sent_at"):
                events.append(Event(parse_iso(mail["sent_at"]), f"{kind.capitalize()} emailed to "
                                    f"{len(str(mail['recipients']).split(','))} recipient(s)"))
    for e in Review(store).iter_audit(mention_id=item_id):
        words = AUDIT_WORDS.get(e.event)
        if words:
            events.append(Event(e.at, words(e.detail), e.user_name))
    for r in store.evidence_chain(item_id):
        if r.kind == "check":
            events.append(Event(parse_iso(r.at), f"Checked the post's address: {r.note}"))
    return sorted(events, key=lambda e: (e.at, e.what))
