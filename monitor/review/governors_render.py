"""The governors' report as HTML (inline SVG charts, no script) and as PDF (monitor/review/pdf.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import jinja2
from markupsafe import Markup, escape

from monitor.deliver.render import TEMPLATES
from monitor.drafts import facts as F
from monitor.review.governors import Report, SchoolReport, median
from monitor.review.pdf import Doc

PALETTE = ("#2e5eaa", "#c0392b", "#e67e22", "#8e44ad", "#16a085", "#7f8c8d", "#d4ac0d", "#2c3e50", "#27ae60",
           "#95a5a6")
STATUS_WORDS = {"met": "answered in time", "late": "answered late", "overdue": "OVERDUE", "open": "open, not yet due"}


def words(name: str) -> str:
    return name.replace("_", " ")


def hours(h: float | None) -> str:
    if h is None:
        return "none yet"
    return f"{h:g} h" if h < 48 else f"{h / 24:.1f} days"


def svg_bars(data: Sequence[tuple[str, float]], unit: str = "") -> Markup:
    """Horizontal bars, one per (label, value)."""
    if not data:
        return Markup('<p class="muted">Nothing to show.</p>')
    top = max(v for _, v in data) or 1
    row, label_w, width = 22, 170, 560
    parts = [f'<svg role="img" width="{width}" height="{row * len(data) + 4}" '
             f'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="12">']
    for n, (label, value) in enumerate(data):
        y = n * row + 2
        w = (width - label_w - 70) * (value / top) if value > 0 else 0
        parts.append(f'<text x="0" y="{y + 14}">{escape(str(label))[:40]}</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="14" fill="{PALETTE[0]}"/>'
                     f'<text x="{label_w + w + 6:.1f}" y="{y + 14}">{value:g}{escape(unit)}</text>')
    return Markup("".join(parts) + "</svg>")


def svg_stacked(rows: Sequence[tuple[str, Sequence[tuple[str, int]]]], categories: Sequence[str]) -> Markup:
    """One bar per month, stacked by category, with a legend."""
    if not rows:
        return Markup('<p class="muted">Nothing to show.</p>')
    colour = {c: PALETTE[n % len(PALETTE)] for n, c in enumerate(categories)}
    top = max(sum(v for _, v in parts) for _, parts in rows) or 1
    row, label_w, width = 22, 90, 560
    legend_h = 18 * ((len(categories) + 3) // 4)
    parts = [f'<svg role="img" width="{width}" height="{row * len(rows) + legend_h + 8}" '
             f'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="12">']
    for n, (label, counts) in enumerate(rows):
        y, x = n * row + 2, float(label_w)
        parts.append(f'<text x="0" y="{y + 14}">{escape(label)}</text>')
        for cat, v in counts:
            w = (width - label_w - 50) * v / top
            parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="14" fill="{colour[cat]}">'
                         f'<title>{escape(words(cat))}: {v}</title></rect>')
            x += w
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 14}">{sum(v for _, v in counts)}</text>')
    base = row * len(rows) + 8
    for n, cat in enumerate(categories):
        lx, ly = (n % 4) * 140, base + (n // 4) * 18
        parts.append(f'<rect x="{lx}" y="{ly}" width="12" height="12" fill="{colour[cat]}"/>'
                     f'<text x="{lx + 16}" y="{ly + 11}">{escape(words(cat))}</text>')
    return Markup("".join(parts) + "</svg>")


def _categories(s: SchoolReport) -> list[str]:
    return [c for c, _ in s.by_category]


def _act(s: SchoolReport) -> list[tuple[str, float]]:
    out = [("to acknowledge", median(s.hours_to_ack)), ("to first decision", median(s.hours_to_decision)),
           ("request to removal", median(s.hours_to_removal))]
    return [(k, v) for k, v in out if v is not None]


def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True, trim_blocks=True,
                             lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters.update(words=words, hours=hours, median=median, date=F.fmt_date)
    env.globals.update(svg_bars=svg_bars, svg_stacked=svg_stacked, categories=_categories, act=_act,
                       cat_rows=lambda s: [(words(c), n) for c, n in s.by_category],
                       status_words=STATUS_WORDS)
    return env


def render_html(report: Report, *, fragment: bool = False) -> str:
    """The whole page, or (fragment=True) the body only, for the review queue's own page."""
    return _env().get_template("governors.html.j2").render(
        r=report, fragment=fragment, generated=F.fmt_local(report.generated))


def _pdf_school(doc: Doc, s: SchoolReport) -> None:
    doc.h2(s.school_name)
    doc.rows([("Found", f"{s.found} ({', '.join(f'{n} {p}' for p, n in s.by_priority)})"),
              ("Alerts", s.alerted),
              ("Median time to act", "; ".join(f"{k} {hours(v)}" for k, v in _act(s)) or "nothing to measure"),
              ("Removal requests", f"{s.removals_requested} made, {s.removals_done} removed, "
                                   f"{s.removals_still_up} still up after the platform's time"),
              ("False alarms", f"{s.false_alarms} of {s.alerted} alerts"),
              ("Open cases", s.open_cases)])
    doc.stacked("Found per month, by category", [(m, list(c)) for m, c in s.by_month], _categories(s), words)
    doc.bars("By category", [(words(c), n) for c, n in s.by_category])
    doc.bars("By platform", list(s.by_platform))
    doc.bars("Median time to act (hours)", _act(s), " h")
    doc.para("Subject access requests", bold=True)
    if s.sars:
        doc.table(["Request", "Received", "Due", "Answered", "Deadline"],
                  [[r.ref, F.fmt_date(r.received), F.fmt_date(r.due), F.fmt_date(r.answered) if r.answered else "-",
                    STATUS_WORDS[r.status]] for r in s.sars], [1, 3, 3, 3, 2.5])
    else:
        doc.para("None in this period.", size=9, muted=True)


def write_pdf(report: Report, path: Path) -> Path:
    who = report.trust_name or ", ".join(s.school_name for s in report.schools)
    doc = Doc(f"Online safety report for governors: {who}, {report.span.label}")
    doc.h1(f"Online safety report for governors: {report.span.label}")
    doc.para(f"{who}. Made by schoolwatch at {F.fmt_local(report.generated)}. Counts, times and dates only: "
             "no pupil, member of staff or author is named, and no post is quoted.", size=9, muted=True)
    for s in report.schools:
        _pdf_school(doc, s)
    return doc.save(path)
