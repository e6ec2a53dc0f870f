"""The alert's "I'm dealing with this" link, opened on a phone without a password.

The token is the credential and it can do one thing: acknowledge one item, once, before
it expires. Opening the link (GET) only asks; mail scanners that fetch every link in a
message must not acknowledge an alert for the head. The button (POST) acknowledges.
"""
from __future__ import annotations

from flask import Blueprint, g, render_template

from monitor.deliver.ack import token_hash
from monitor.deliver.age import age_phrase
from monitor.drafts import context as C

bp = Blueprint("ack", __name__)

GONE = {
    "unknown": "This link is not one schoolwatch sent, or the alert it came with has been deleted.",
    "expired": "This link has expired. Open the review queue to say you are dealing with it.",
    "used": "This alert was already acknowledged with this link.",
}


def _headline(ctx, link) -> str:
    item = ctx.store.get_item(link.mention_id)
    if item is None:
        return ""
    school = ctx.cfg.school(item.school_id)
    return f"{C.what_phrase(item, school, name_staff=False)}, {age_phrase(item.published or item.fetched, ctx.now())}"


@bp.route("/ack/<token>", methods=["GET"])
def ask(token: str):
    ctx = g.ctx
    link = ctx.store.ack_link(token_hash(token[:100]))
    why = ("unknown" if link is None else "used" if link.used_at else "expired" if ctx.now() >= link.expires else "")
    if why:
        return render_template("ack.html", state=why, message=GONE[why], headline=""), 410 if why != "unknown" else 404
    return render_template("ack.html", state="ask", headline=_headline(ctx, link), token=token,
                           deputy=link.role == "deputy")


@bp.route("/ack/<token>", methods=["POST"])
def confirm(token: str):
    ctx = g.ctx
    result = ctx.store.use_ack_link(token_hash(token[:100]), ctx.now())
    if not result.ok:
        code = 404 if result.why == "unknown" else 410
        return render_template("ack.html", state=result.why, message=GONE[result.why], headline=""), code
    return render_template("ack.html", state="done", headline=_headline(ctx, result.link), message="",
                           deputy=result.link.role == "deputy")
