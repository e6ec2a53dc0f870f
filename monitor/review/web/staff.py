"""Staff cases: for each member of staff, every item about them, what was done, and what
they were told and when (seed 002 section 6: keep them informed, including why not)."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, g, render_template

from monitor.review.web.views import visible_school_ids
from monitor.store.staff import StaffCount

bp = Blueprint("staff", __name__)


def _require_case_reader() -> None:
    # Cases can hold allegations against the member of staff: DSL, head and CEO only.
    if not g.user.may_decide:
        abort(403, "Staff cases are for the DSL and the headteacher.")


def _schools(ctx):
    ids = visible_school_ids(ctx.cfg, g.user)
    return [s for s in ctx.cfg.schools if ids is None or s.id in ids]


@bp.get("/staff")
def staff_list():
    ctx = current_app.extensions["schoolwatch"]
    _require_case_reader()
    rows = []
    for school in _schools(ctx):
        counts = ctx.store.staff_counts(school.id)  # SQL over the school's staff-tagged items only
        for member in school.staff:
            mine = counts.get(member.id, StaffCount(0, 0))
            rows.append({"school": school, "member": member, "items": mine.items, "open": mine.open,
                         "notes": len(ctx.review.staff_notes(school.id, member.id))})
    return render_template("staff_list.html", rows=rows)


@bp.get("/staff/<school_id>/<staff_id>")
def staff_case(school_id: str, staff_id: str):
    ctx = current_app.extensions["schoolwatch"]
    _require_case_reader()
    school = next((s for s in _schools(ctx) if s.id == school_id), None)
    member = next((m for m in school.staff if m.id == staff_id), None) if school else None
    if member is None:
        abort(404)
    review = ctx.review
    items = ctx.store.staff_items(school.id, member.id)
    review.audit(g.user.name, "view_staff_case", ctx.now(), school_id=school.id, detail={"staff_id": member.id})
    return render_template("staff_case.html", school=school, member=member, items=items,
                           decisions={i.id: review.decisions(i.id) for i in items},
                           false_alarms=review.false_alarm_ids([i.id for i in items]),
                           notes=review.staff_notes(school.id, member.id))
