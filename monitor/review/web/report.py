"""Report a post from the browser: what staff see in a Facebook or WhatsApp group, with a
screenshot. The head, the DSL and office staff (role `reporter`) fill in a form; the post
takes the way of `schoolwatch report` (match, store, classify, triage, alert: an urgent one
pages at once). A reporter sees only their own reports, and only that they arrived.

The screenshot: at most MAX_UPLOAD bytes, a PNG, JPEG, GIF or WebP by its first bytes (never
by its name or the browser's word), stored by its SHA-256 in the manual source's evidence
folder, outside the web root, and never served by this app (the evidence pack carries it).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from flask import Blueprint, abort, current_app, g, render_template, request

bp = Blueprint("report", __name__)

REPORTERS = ("head", "dsl", "reporter")
MAX_UPLOAD = 8 * 1024 * 1024
SEEN_ON = ("facebook", "whatsapp", "instagram", "tiktok", "x", "snapchat", "in person", "other")
_MAGIC = ((b"\x89PNG\r\n\x1a\n", ".png"), (b"\xff\xd8\xff", ".jpg"), (b"GIF87a", ".gif"), (b"GIF89a", ".gif"))


def image_suffix(head: bytes) -> str:
    """'.png' and so on for a picture we accept, '' for anything else."""
    for magic, suffix in _MAGIC:
        if head.startswith(magic):
            return suffix
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return ".webp"
    return ""


def _require_reporter() -> None:
    if g.user.role not in REPORTERS:
        abort(403, "Your account cannot report posts.")


def _field(name: str, limit: int) -> str:
    return (request.form.get(name) or "").strip()[:limit]


def _mine(ctx) -> list:
    return ctx.store.web_reports(user_name=g.user.name, school_id=g.user.school_id)


@bp.get("/report")
def report_form():
    _require_reporter()
    ctx = current_app.extensions["schoolwatch"]
    return render_template("report.html", form={}, error="", done=None, seen_on=SEEN_ON, mine=_mine(ctx),
                           max_mb=MAX_UPLOAD // (1024 * 1024))


@bp.post("/report")
def report_post():
    from connectors import manual
    from monitor.cli.report import manual_source
    from monitor.daemon import App
    from monitor.ingest.report import about_us, already_reported, report_mention

    _require_reporter()
    ctx = current_app.extensions["schoolwatch"]
    form = {k: _field(k, n) for k, n in (("url", 2000), ("text", 20000), ("author", 200), ("context", 300),
                                         ("seen_on", 40), ("reported_by", 200))}

    def again(error: str, code: int = 400):
        return render_template("report.html", form=form, error=error, done=None, seen_on=SEEN_ON, mine=_mine(ctx),
                               max_mb=MAX_UPLOAD // (1024 * 1024)), code

    if not form["url"] or not form["text"]:
        return again("The link and the words of the post are both needed.")
    if form["seen_on"] not in SEEN_ON:
        form["seen_on"] = "other"
    upload = request.files.get("screenshot")
    source, evidence_dir, base = manual_source(ctx.cfg, None)
    tmp = evidence = outcome = None
    app = App.from_config(ctx.cfg, clock=ctx.clock)
    try:
        if upload is not None and upload.filename:
            data = upload.stream.read(MAX_UPLOAD + 1)
            if len(data) > MAX_UPLOAD:
                return again(f"The screenshot is over {MAX_UPLOAD // (1024 * 1024)} MB: send a smaller picture.", 413)
            suffix = image_suffix(data[:16])
            if not suffix:
                return again("The screenshot must be a picture (PNG, JPEG, GIF or WebP).")
            fd, name = tempfile.mkstemp(suffix=suffix, prefix="report-")
            tmp = Path(name)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
        who = form["reported_by"] or g.user.name
        fields = dict(url=form["url"], text=form["text"], author=form["author"],
                      reported_by=f"{who} (via the web, account {g.user.name})", seen_on=form["seen_on"],
                      context=form["context"], relative_to=base, clock=app.clock, published=None)
        try:
            mention = manual.build_mention(source, **fields)
            duplicate = already_reported(app.store, source, mention.external_id)
            if tmp is not None and not duplicate and about_us(app, source, mention):
                evidence = manual.keep_screenshot(tmp, evidence_dir)
                mention = manual.build_mention(source, evidence=evidence, **fields)
        except manual.ReportError as exc:
            return again(str(exc))
        try:
            outcome = report_mention(app, source, mention)
        finally:
            if evidence is not None and not (outcome and outcome.stored):
                manual.discard(evidence)
        if outcome.duplicate:
            return again("This post was already reported.", 409)
        if not outcome.stored:
            return again("Not kept: neither the post nor where it was seen names the school or a member of staff. "
                         "Add the group's name under 'Where it was posted'.", 422)
        for item in outcome.items:
            app.store.record_web_report(item.id, item.school_id, g.user.name, ctx.now())
            ctx.review.audit(g.user.name, "web_report", ctx.now(), school_id=item.school_id, mention_id=item.id,
                             detail={"screenshot": evidence.sha256 if evidence else ""})
    finally:
        app.close()
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return render_template("report.html", form={}, error="", done=outcome.items, seen_on=SEEN_ON, mine=_mine(ctx),
                           max_mb=MAX_UPLOAD // (1024 * 1024))
