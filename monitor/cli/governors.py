"""`schoolwatch report-governors`: the term's report for governors, as HTML and PDF."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import click

from monitor.cli import cli
from monitor.cli.core import CONFIG, opened_app


def _day(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (say 2026-09-01)", param_hint=flag) from None


@cli.command("report-governors")
@CONFIG
@click.option("--term", default=None, metavar="SEASON-YEAR", help="autumn-2026, spring-2027 or summer-2027")
@click.option("--from", "first", default=None, metavar="DATE", help="first day (with --to), e.g. 2026-09-01")
@click.option("--to", "last", default=None, metavar="DATE", help="last day, included")
@click.option("--school", "school_ids", multiple=True, metavar="ID", help="one school of a trust (repeatable); "
              "default: every school")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="folder to write governors-<period>.html and .pdf in")
def report_governors(config_path: Path, term: str | None, first: str | None, last: str | None,
                     school_ids: tuple[str, ...], out_dir: Path) -> None:
    """For governors: what was found, by category and platform, how fast the school acted, removals, false
    alarms, open cases and subject access deadlines, per school. Names nobody."""
    from monitor.review.governors import ReportError, build_report, date_span, term_span
    from monitor.review.governors_render import render_html, write_pdf

    if bool(term) == bool(first or last) or (first is None) != (last is None):
        raise click.UsageError("give --term SEASON-YEAR, or --from DATE and --to DATE")
    with opened_app(config_path) as app:
        known = {s.id: s for s in app.cfg.schools}
        unknown = [s for s in school_ids if s not in known]
        if unknown:
            raise click.UsageError(f"no school {', '.join(unknown)} in the config (known: {', '.join(known)})")
        schools = [known[s] for s in school_ids] if school_ids else list(app.cfg.schools)
        tz = schools[0].timezone or "Europe/London"
        try:
            span = term_span(term, tz) if term else date_span(_day(first, "--from"), _day(last, "--to"), tz)
        except ReportError as exc:
            raise click.UsageError(str(exc)) from None
        report = build_report(app.store, schools, span, app.clock())
    out_dir.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", (term or f"{first}-to-{last}").lower()).strip("-")
    html = out_dir / f"governors-{slug}.html"
    html.write_text(render_html(report), encoding="utf-8")
    pdf = write_pdf(report, out_dir / f"governors-{slug}.pdf")
    click.echo(str(html))
    click.echo(str(pdf))
