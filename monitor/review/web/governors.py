"""The governors' report in the queue: a term or a date range, per school the account may see,
as a page and as a PDF. For those who decide (head, DSL, a trust's CEO)."""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, g, render_template, request, url_for
from markupsafe import Markup

from monitor.review.governors import ReportError, build_report, date_span, term_span
from monitor.review.governors_render import render_html, write_pdf
from monitor.review.web.views import visible_school_ids

bp = Blueprint("governors", __name__)


def _season(today: date) -> str:
    return f"{'spring' if today.month < 4 else 'summer' if today.month < 9 else 'autumn'}-{today.year}"


def _report():
    ctx = current_app.extensions["schoolwatch"]
    if not g.user.may_decide:
        abort(403, "The governors' report is for the DSL, the headteacher and the trust.")
    ids = visible_school_ids(ctx.cfg, g.user)
    schools = [s for s in ctx.cfg.schools if ids is None or s.id in ids]
    wanted = request.args.get("school", "")
    if wanted:
        schools = [s for s in schools if s.id == wanted]
        if not schools:
            abort(404)
    term, first, last = (request.args.get(k, "").strip() for k in ("term", "from", "to"))
    try:
        if first or last:
            span = date_span(date.fromisoformat(first), date.fromisoformat(last))
        else:
            term = term or _season(ctx.now().date())
            span = term_span(term)
    except ValueError as exc:  # ReportError is one; a malformed date another
        abort(400, str(exc) if isinstance(exc, ReportError) else "dates are written 2026-09-01")
    ctx.review.audit(g.user.name, "governors_report", ctx.now(), school_id=None if ids is None else ids[0],
                     detail={"span": span.label, "schools": [s.id for s in schools]})
    return build_report(ctx.store, schools, span, ctx.now()), term, first, last


@bp.get("/governors")
def governors_page():
    report, term, first, last = _report()
    wanted = {k: v for k, v in request.args.items() if k in ("term", "from", "to", "school") and v}
    return render_template("governors.html", body=Markup(render_html(report, fragment=True)), term=term,
                           first=first, last=last, school=request.args.get("school", ""),
                           pdf_url=url_for("governors.governors_pdf", **wanted))


@bp.get("/governors.pdf")
def governors_pdf():
    report, *_ = _report()
    with tempfile.TemporaryDirectory(prefix="schoolwatch-governors-") as tmp:
        data = write_pdf(report, Path(tmp) / "governors.pdf").read_bytes()
    return Response(data, mimetype="application/pdf",
                    headers={"Content-Disposition": 'attachment; filename="governors-report.pdf"'})
