"""What a DSL or headteacher records on an item: a decision per action, a false alarm, an
edited draft, a change of state, the note sent to a member of staff. Each is audited."""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from flask import Blueprint, abort, current_app, g, redirect, request, url_for

from monitor.store.review import OUTCOMES
from monitor.review.web.views import load_item, require_decider, school_tz
from monitor.vocab import STATES

bp = Blueprint("decisions", __name__)

MAX_TEXT = 20_000


def parse_local(text: str, tz: str, field: str) -> datetime | None:
    """A datetime-local input ("2026-05-01T14:30"), in the school's time zone, as UTC."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        abort(400, f"{field}: {text[:40]!r} is not a date and time (expected YYYY-MM-DDTHH:MM).")
    if not 2000 <= dt.year <= 2100:  # year 1 or 9999 would overflow the zone arithmetic: a typo, not a date
        abort(400, f"{field}: {text[:40]!r} is not a plausible date (expected a year between 2000 and 2100).")
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=ZoneInfo(tz))
    return dt.astimezone(timezone.utc)


def _field(name: str, limit: int = MAX_TEXT) -> str:
    value = request.form.get(name, "")
    if len(value) > limit:
        abort(400, f"{name}: longer than {limit} characters.")
    return value


def _decider_item(item_id: int):
    """(context, item) for a decision: 404 for an item this account may not see, then 403 for
    an account that may read but not decide (the order tells nothing about other schools)."""
    ctx = current_app.extensions["schoolwatch"]
    item = load_item(ctx, item_id)
    require_decider()
    return ctx, item


def _back(item_id: int, anchor: str = ""):
    return redirect(url_for("item.item_page", item_id=item_id) + (f"#{anchor}" if anchor else ""), code=303)


@bp.post("/items/<int:item_id>/decide")
def decide(item_id: int):
    ctx, item = _decider_item(item_id)
    action, outcome = _field("action", 64), _field("outcome", 32)
    if not item.decision or action not in item.decision.actions:
        abort(400, f"action: {action[:64]!r} is not one of this item's suggested actions.")
    if outcome not in OUTCOMES:
        abort(400, "outcome: choose 'taken' or 'not pursued'.")
    reason, reference = _field("reason").strip(), _field("reference", 500).strip()
    if outcome == "not_pursued" and not reason:
        abort(400, "reason: an action not pursued needs the reason; the member of staff is told it.")
    now = ctx.now()
    tz = school_tz(ctx.cfg, item.school_id)
    taken_at = parse_local(_field("taken_at", 40), tz, "taken_at") if outcome == "taken" else None
    if taken_at and taken_at > now:
        abort(400, "taken_at: that time is in the future.")
    note, staff_id = _field("note").strip(), _field("staff_id", 200)
    if outcome == "taken" and action == "inform_staff":
        if staff_id not in item.staff_ids:
            abort(400, "staff_id: choose the member of staff who was told.")
        if not note:
            abort(400, "note: paste the note as it was sent to the member of staff.")
    review = ctx.review
    with ctx.store.transaction():
        review.decide(item.id, item.school_id, action, outcome, user=g.user.name, now=now,
                      taken_at=taken_at, reference=reference, reason=reason)
        if outcome == "taken" and action == "inform_staff":
            review.record_staff_note(item.id, item.school_id, staff_id, note, taken_at or now,
                                     user=g.user.name, now=now)
        decided = review.current_decisions(item.id)
        state = "decided" if all(a in decided for a in item.decision.actions) else "in_review"
        if item.state != "closed" and state != item.state:
            review.set_state(item.id, item.school_id, state, user=g.user.name, now=now)
    return _back(item.id, f"action-{action}")


@bp.post("/items/<int:item_id>/false-alarm")
def false_alarm(item_id: int):
    ctx, item = _decider_item(item_id)
    ctx.review.false_alarm(item.id, item.school_id, user=g.user.name, now=ctx.now(), note=_field("note", 2000))
    return _back(item.id)


@bp.post("/items/<int:item_id>/false-alarm/undo")
def undo_false_alarm(item_id: int):
    ctx, item = _decider_item(item_id)
    ctx.review.undo_false_alarm(item.id, item.school_id, user=g.user.name, now=ctx.now())
    return _back(item.id)


@bp.post("/items/<int:item_id>/acknowledge")
def acknowledge(item_id: int):
    """'I'm dealing with this': the item leaves `new`, which stops the escalation to the deputy."""
    ctx, item = _decider_item(item_id)
    if item.state == "new":
        ctx.review.set_state(item.id, item.school_id, "in_review", user=g.user.name, now=ctx.now())
    return _back(item.id)


@bp.post("/items/<int:item_id>/state")
def set_state(item_id: int):
    ctx, item = _decider_item(item_id)
    state = _field("state", 32)
    if state not in STATES:
        abort(400, f"state: {state[:32]!r} is not new, in_review, decided or closed.")
    ctx.review.set_state(item.id, item.school_id, state, user=g.user.name, now=ctx.now())
    return _back(item.id)


@bp.post("/items/<int:item_id>/drafts")
def edit_draft(item_id: int):
    ctx, item = _decider_item(item_id)
    key, text = _field("draft_key", 100), _field("text")
    action = key.split(":", 1)[0]
    if not item.decision or action not in item.decision.actions:
        abort(400, f"draft_key: {key[:100]!r} is not a draft of this item.")
    ctx.review.edit_draft(item.id, item.school_id, action, key, text, user=g.user.name, now=ctx.now())
    return _back(item.id, f"draft-{key.replace(':', '-')}")
