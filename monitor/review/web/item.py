"""One item: the post, where and when, the author's other posts, why it was flagged, the
suggested actions with their drafts and decisions, and the evidence pack."""
from __future__ import annotations

import io
import logging
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, current_app, g, render_template, send_file

from monitor import drafts as drafts_mod
from monitor.deliver.age import age_phrase
from monitor.review import evidence
from monitor.vocab import ACTIONS, Item
from monitor.review.web.views import load_item, may_see_item, require_decider

log = logging.getLogger(__name__)
bp = Blueprint("item", __name__)


@dataclass(frozen=True)
class ShownDraft:
    key: str  # "<action>:<n>": what an edit is stored under
    action: str
    title: str
    audience: str
    text: str
    edited_by: str = ""
    edited_at: object = None
    problem: str = ""  # the school's own template failed and the built-in one was used


def drafts(ctx, item: Item, related: list[Item]) -> tuple[list[ShownDraft], str]:
    """The drafts for the item, with the newest saved edit of each in place of the original.
    Returns (drafts, problem): drafting failing must not hide the item from the DSL."""
    try:
        school = ctx.cfg.school(item.school_id)
        # The staff note must say what was decided, never what was only suggested (seed 002 s6).
        watch = ctx.store.removal_watch(item.id)
        decided = {a: drafts_mod.Outcome(action=a, status=d.outcome, reason=d.reason, reference=d.reference,
                                        when=d.taken_at,
                                        removed_on=watch.gone_at if watch and a == "request_removal" else None)
                   for a, d in ctx.review.current_decisions(item.id).items()}
        made = list(drafts_mod.drafts_for(item, school, related, ctx.now(),
                                         templates_dir=ctx.cfg.responses_templates, decisions=decided))
    except Exception as e:  # a bug in drafting must not take the item page down
        log.exception("drafting failed for item %d", item.id)
        return [], f"The drafts could not be made ({type(e).__name__}); the decisions below still work."
    edits = ctx.review.draft_edits(item.id)
    out, seen = [], {}
    for d in made:
        n = seen[d.action] = seen.get(d.action, -1) + 1
        key = f"{d.action}:{n}"
        edit = edits.get(key)
        out.append(ShownDraft(key=key, action=d.action, title=getattr(d, "title", d.action),
                              audience=getattr(d, "audience", ""), text=edit["text"] if edit else d.text,
                              edited_by=edit["user"] if edit else "", edited_at=edit["at"] if edit else None,
                              problem=getattr(d, "problem", "") or ""))
    return out, ""


def _headline(ctx, item: Item) -> str:
    """'Threat to Mr Whitaker on Reddit', as the alert says it; never naming someone s141F protects to a viewer."""
    from monitor.drafts import context as C
    from monitor.drafts import facts as F

    try:
        school = ctx.cfg.school(item.school_id)
    except KeyError:
        return f"Item {item.id}"
    if item.decision is None:
        return f"A post on {F.platform_name(item)}"
    return f"{C.what_phrase(item, school, name_staff=g.user.may_decide)} on {F.platform_name(item)}"


@bp.get("/items/<int:item_id>")
def item_page(item_id: int):
    ctx = current_app.extensions["schoolwatch"]
    item = load_item(ctx, item_id)
    review = ctx.review
    now = ctx.now()
    # Looking changes nothing (a decision does); the look itself is audited.
    review.audit(g.user.name, "view_item", now, school_id=item.school_id, mention_id=item.id)
    others = [i for i in ctx.store.author_items(item.school_id, item.platform, item.author)
              if i.id != item.id and may_see_item(g.user, i)] if item.author else []
    shown, problem = drafts(ctx, item, others)
    actions = [a for a in ACTIONS if item.decision and a in item.decision.actions]
    actions += [a for a in (item.decision.actions if item.decision else ()) if a not in actions]
    return render_template(
        "item.html", item=item, others=others, drafts=shown, drafts_problem=problem, actions=actions,
        current=review.current_decisions(item.id), history=review.decisions(item.id),
        false_alarm=item.id in review.false_alarm_ids([item.id]),
        notes=review.staff_notes(item.school_id, mention_id=item.id),
        audit=review.audit_entries(mention_id=item.id, limit=50) if g.user.may_decide else [],
        now=now, headline=_headline(ctx, item), age=age_phrase(item.published or item.fetched, now),
        scores=sorted(item.scores.items(), key=lambda kv: -kv[1]))


@bp.get("/items/<int:item_id>/evidence")
def evidence_pack(item_id: int):
    # Deciders only: the pack holds every post of the author about the same people, with its
    # text and decision, so a viewer would read s141F allegations they may not open (seed 002 s6).
    require_decider()
    ctx = current_app.extensions["schoolwatch"]
    item = load_item(ctx, item_id)
    now = ctx.now()
    cfg = ctx.cfg
    school = next((s for s in cfg.schools if s.id == item.school_id), None)
    with tempfile.TemporaryDirectory(prefix="schoolwatch-evidence-") as tmp:
        try:
            made = Path(evidence.write_evidence_pack(
                ctx.store, item.id, Path(tmp), now, school_name=school.name if school else "",
                tz=school.timezone if school else "Europe/London",
                files_root=cfg.path.resolve().parent if cfg.path else None))
        except (evidence.EvidenceError, OSError) as e:
            log.error("evidence pack for item %d failed: %s", item.id, e)
            return render_template("error.html", code=500, message=f"The evidence pack could not be made: {e}"), 500
        data = io.BytesIO()
        if made.is_dir():  # a folder: zip it so the browser gets one file
            with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as z:
                for f in sorted(made.rglob("*")):
                    if f.is_file():
                        z.write(f, f.relative_to(made.parent))
            name = f"{made.name}.zip"
        else:
            data.write(made.read_bytes())
            name = made.name
    data.seek(0)
    # Evidence that has left the building must still match the database later: keep the item.
    ctx.store.set_held(item.id, True)
    ctx.review.audit(g.user.name, "evidence_download", now, school_id=item.school_id, mention_id=item.id,
                     detail={"file": name})
    return send_file(data, as_attachment=True, download_name=name)
