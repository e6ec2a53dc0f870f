"""The governors' report: for a trust of two schools and for the shipped sample, as HTML with charts
and as a PDF, in the queue and from the command line, naming no pupil, member of staff or author."""
from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from click.testing import CliRunner
from pypdf import PdfReader

from monitor.cli import cli
from monitor.config import load
from monitor.daemon import App
from monitor.review.governors import build_report, date_span, term_span
from monitor.review.governors_render import render_html
from monitor.store.review import Review

from .conftest import POSTS, login, now_utc, opened

REPO = Path(__file__).resolve().parents[2]
STAFF_NAMES = ("Tom Whitaker", "Whitaker", "Amy Cole", "Sam Hill")


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "") for p in PdfReader(path).pages).split())


def assert_names_nobody(text: str, authors, posts) -> None:
    for name in STAFF_NAMES:
        assert name not in text
    for author in authors:
        if len(author) >= 5:
            assert author not in text
    for post in posts:
        assert post[:30] not in text


def act_on(env):
    """What the school did: acknowledged, decided, asked for a removal that worked, a false alarm."""
    cfg, ids = env
    with opened(env) as store:
        review = Review(store)
        threat = ids["threat"]
        alerted = store.triaged_at(threat)
        review.set_state(threat, "hollowbrook", "in_review", user="hana", now=alerted + timedelta(minutes=12))
        review.decide(threat, "hollowbrook", "report_police", "taken", user="hana",
                      now=alerted + timedelta(minutes=40), reference="CAD 1234")
        review.decide(threat, "hollowbrook", "request_removal", "taken", user="hana",
                      now=alerted + timedelta(minutes=45), taken_at=alerted + timedelta(minutes=45))
        from monitor.review.followup import start_watches

        start_watches(store, alerted + timedelta(minutes=50))
        store.record_removal_check(threat, alerted + timedelta(hours=6, minutes=45), "gone: HTTP 404", None,
                                   gone_how="HTTP 404")
        review.false_alarm(ids["earlier"], "hollowbrook", user="dee", now=store.triaged_at(ids["earlier"])
                           + timedelta(hours=2))
    return ids


def test_trust_report_from_the_command_line_html_and_pdf(env, tmp_path):
    cfg, ids = env
    act_on(env)
    today = now_utc().date()
    out = tmp_path / "governors"
    # The school's actions run up to 7 hours after the alert: run late in the day, they fall
    # tomorrow, so the period reaches to tomorrow.
    result = CliRunner().invoke(cli, ["report-governors", "--config", str(cfg.path), "--from",
                                      str(today - timedelta(days=7)), "--to", str(today + timedelta(days=1)),
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    html_path, pdf_path = (Path(p) for p in result.output.split())
    html = html_path.read_text()
    # Four charts for each school; Riverside has acted on nothing yet, so it has no times to chart.
    assert html.count("<svg") == 7
    assert "<h2>Hollowbrook Academy</h2>" in html and "<h2>Riverside Primary</h2>" in html
    hollowbrook, riverside = html.split("<h2>Riverside Primary</h2>")
    assert "<th>Found</th><td>4 (2 urgent, 1 high, 1 digest)</td>" in hollowbrook  # the ignored praise is not counted
    assert "<th>Found</th><td>1 (1 urgent, 0 high, 0 digest)</td>" in riverside
    # 12 minutes and 2 hours; 40 minutes and 2 hours (the false alarm is a decision too)
    assert "<th>Median time to acknowledge</th><td>1.1 h</td>" in hollowbrook
    assert "<th>Median time to the first decision</th><td>1.3 h</td>" in hollowbrook
    assert ("<th>Removal requests</th><td>1 made, 1 removed (median 6 h from the request), 0 still up after the "
            "platform's time</td>") in hollowbrook
    assert "<th>False alarms</th><td>1 of 3 alerts</td>" in hollowbrook
    assert "<th>Open cases</th><td>2</td>" in hollowbrook  # the threat and the pupil at the bus stop
    assert "<title>threat: 1</title>" in hollowbrook and "<title>safeguarding: 1</title>" in hollowbrook
    assert "Found per month, by category" in riverside and "<title>harassment: 1</title>" in riverside
    assert "<h3>Median time to act</h3>\n<p class=\"muted\">Nothing to show.</p>" in riverside
    assert_names_nobody(html, [p[2] for p in POSTS], [p[4] for p in POSTS])
    text = pdf_text(pdf_path)
    assert "Online safety report for governors" in text and "Riverside Primary" in text
    assert "1 made, 1 removed" in text and "Found per month, by category" in text
    assert_names_nobody(text, [p[2] for p in POSTS], [p[4] for p in POSTS])


def test_the_queue_page_and_pdf_follow_who_may_see_what(env, client):
    act_on(env)
    today = now_utc().date()
    query = f"from={today - timedelta(days=7)}&to={today}"
    login(client, "carl")  # the trust's CEO: both schools
    page = client.get(f"/governors?{query}")
    assert page.status_code == 200
    assert "<h2>Hollowbrook Academy</h2>" in page.text and "<h2>Riverside Primary</h2>" in page.text
    assert page.text.count("<svg") == 7
    pdf = client.get(f"/governors.pdf?{query}")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf" and pdf.data.startswith(b"%PDF")
    client.post("/logout", data={"csrf": re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)})

    login(client, "dee")  # Hollowbrook's DSL: her school only
    page = client.get(f"/governors?{query}")
    assert "<h2>Hollowbrook Academy</h2>" in page.text and "Riverside Primary" not in page.text
    assert client.get(f"/governors?{query}&school=riverside").status_code == 404
    assert client.get("/governors?term=winter-2026").status_code == 400


def test_a_viewer_may_not_read_it(env, client):
    login(client, "vic")
    assert client.get("/governors").status_code == 403
    assert client.get("/governors.pdf").status_code == 403


def test_the_shipped_sample_renders_for_its_term(tmp_path, tiny_model):
    from datetime import datetime, timezone

    text = (REPO / "config.toml").read_text()
    text = text.replace('path = "monitor/sample/posts.jsonl"', f'path = "{REPO / "monitor/sample/posts.jsonl"}"')
    text = text.replace('model = "default"', f'model = "{tiny_model}"')
    cfg_path = tmp_path / "config.toml"
    cfg_path.write_text(text)
    app = App.from_config(load(cfg_path), clock=lambda: datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc))
    app.poll()
    items = app.store.items()
    report = build_report(app.store, app.cfg.schools, term_span("autumn-2026"), app.clock())
    html = render_html(report)
    (s,) = report.schools
    assert s.found == len([i for i in items if i.decision.priority != "ignore"]) > 0
    assert s.alerted >= 2 and dict(s.by_category).get("threat", 0) >= 1
    assert [r.status for r in s.sars] == ["open"]  # the subject access request, not yet due
    assert html.count("<svg") == 3  # nobody has acted yet: no times to chart
    assert "Online safety report for governors: Autumn term 2026" in html
    assert_names_nobody(html, [i.author for i in items], [i.text for i in items])
    assert "Tom Whitaker" not in html and "Okafor" not in html
    app.close()
    assert date_span(datetime(2026, 9, 1).date(), datetime(2026, 12, 31).date()).end == term_span("autumn-2026").end
