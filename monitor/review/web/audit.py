"""The audit: every view, decision and edit with user and time; shown and exported."""
from __future__ import annotations

import csv
import io
import json
from typing import IO, Iterable

from flask import Blueprint, Response, abort, current_app, g, render_template, request

from monitor.store.review import AuditEntry
from monitor.review.web.views import visible_school_ids

bp = Blueprint("audit", __name__)

CSV_FIELDS = ("id", "at", "user", "school_id", "event", "mention_id", "detail")


FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")


def guard_cell(value):
    """Every field, not only the free-text ones: a spreadsheet runs a cell starting with = + - @
    as a formula, and a user name or a school id can be typed to start with one too."""
    text = "" if value is None else str(value)
    stripped = text.lstrip(" \t\r\n\x00")
    return "'" + text if stripped[:1] in FORMULA_START and stripped else value


def write_csv(entries: Iterable[AuditEntry], out: IO[str]) -> int:
    w = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    w.writeheader()
    n = 0
    for e in entries:
        row = e.as_dict()
        row["detail"] = json.dumps(row["detail"], sort_keys=True)
        w.writerow({k: guard_cell(v) for k, v in row.items()})
        n += 1
    return n


def write_json(entries: Iterable[AuditEntry], out: IO[str]) -> int:
    n = 0
    for e in entries:
        out.write(json.dumps(e.as_dict(), sort_keys=True) + "\n")
        n += 1
    return n


def _require_reader() -> None:
    if not g.user.may_decide:
        abort(403, "The audit is for the DSL and the headteacher.")


def _mention_filter() -> int | None:
    raw = request.args.get("item", "")
    # isdigit() is true of "²" and "٣", which int() refuses or reads: ASCII digits only, of a sane length.
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 18 else None


@bp.get("/audit")
def audit_page():
    ctx = current_app.extensions["schoolwatch"]
    _require_reader()
    entries = ctx.review.audit_entries(visible_school_ids(ctx.cfg, g.user), _mention_filter(), limit=1000)
    return render_template("audit.html", entries=entries, item=_mention_filter())


@bp.get("/audit/export.<fmt>")
def audit_export(fmt: str):
    ctx = current_app.extensions["schoolwatch"]
    _require_reader()
    if fmt not in ("csv", "jsonl"):
        abort(404)
    schools = visible_school_ids(ctx.cfg, g.user)
    buf = io.StringIO()
    entries = ctx.review.iter_audit(schools, _mention_filter())
    (write_csv if fmt == "csv" else write_json)(entries, buf)
    ctx.review.audit(g.user.name, "audit_export", ctx.now(), school_id=g.user.school_id, detail={"format": fmt})
    mime = "text/csv" if fmt == "csv" else "application/x-ndjson"
    return Response(buf.getvalue(), mimetype=mime,
                    headers={"Content-Disposition": f'attachment; filename="schoolwatch-audit.{fmt}"'})
