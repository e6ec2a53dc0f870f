"""The removal follow-up on an item's page: where it stands, and the platform's answer recorded
(it goes into the POSH and Report Harmful Content drafts when the post stays up)."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, g, redirect, request, url_for

from monitor.review.followup import platform_answer
from monitor.review.removal import period_words
from monitor.review.web.views import load_item, require_decider

bp = Blueprint("removal", __name__)
MAX_ANSWER = 4000


@bp.app_template_global()
def removal_follow_up(item_id: int) -> dict | None:
    """For item.html: None where no removal request is being followed."""
    ctx = current_app.extensions["schoolwatch"]
    w = ctx.store.removal_watch(item_id)
    if w is None:
        return None
    now = ctx.now()
    state = (f"removed ({w.gone_how})" if w.gone_at else
             f"not followed any more: {w.stopped_why}" if w.stopped else
             f"still up after {period_words(w.notice)}" if now >= w.due_at else "being checked")
    return {"watch": w, "state": state, "period": period_words(w.notice), "answer": platform_answer(ctx.store, item_id)}


@bp.post("/items/<int:item_id>/platform-answer")
def record_answer(item_id: int):
    ctx = current_app.extensions["schoolwatch"]
    item = load_item(ctx, item_id)
    require_decider()
    text = request.form.get("answer", "").strip()
    if not text or len(text) > MAX_ANSWER:
        abort(400, f"answer: say what the platform replied (at most {MAX_ANSWER} characters).")
    ctx.review.audit(g.user.name, "platform_answer", ctx.now(), school_id=item.school_id, mention_id=item.id,
                     detail={"text": text})
    return redirect(url_for("item.item_page", item_id=item.id) + "#removal", code=303)
