"""The review queue's work, through the Flask test client: queue order, filters and counts;
decisions; false alarms and the precision figure; edited drafts; staff cases; the audit;
and the commands that add users and export the audit."""
from __future__ import annotations

import csv
import html
import io
import json
import re
from datetime import timedelta

import pytest
from click.testing import CliRunner

from monitor.store.review import Review

from .conftest import CONFIG, PASSWORD, csrf_of, login, now_utc, opened, seed


def queue_ids(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'data-item="(\d+)"', html)]


@pytest.fixture
def dee(client):
    assert login(client, "dee").status_code == 302
    return client


def test_queue_is_urgent_first_newest_first_and_leaves_out_ignore(dee, env):
    _, ids = env
    assert queue_ids(dee.get("/?view=all").text) == [ids["threat"], ids["safeguarding"], ids["earlier"], ids["script"]]


def test_queue_opens_on_what_needs_action_with_its_count(dee, env):
    _, ids = env
    page = dee.get("/").text
    assert queue_ids(page) == [ids["threat"], ids["safeguarding"], ids["earlier"]]  # the digest item waits
    assert re.search(r'aria-current="page">Needs action <b>3</b>', page)
    assert queue_ids(dee.get("/?view=done").text) == []


def test_queue_filters_by_posted_date_and_pages(dee, env):
    from monitor.review.web import queue as q

    _, ids = env
    # Two days back, not today: the posts are up to two hours old, so just after midnight they are yesterday's.
    since = (now_utc() - timedelta(days=2)).date().isoformat()
    assert queue_ids(dee.get("/", query_string={"since": since, "view": "all"}).text) == [
        ids["threat"], ids["safeguarding"], ids["script"]]  # "earlier" was three days ago
    assert queue_ids(dee.get("/", query_string={"until": "2001-01-01"}).text) == []
    old = q.PAGE_SIZE
    q.PAGE_SIZE = 2
    try:
        first, second = dee.get("/?view=all").text, dee.get("/?view=all&page=2").text
    finally:
        q.PAGE_SIZE = old
    assert queue_ids(first) == [ids["threat"], ids["safeguarding"]] and "page 1 of 2" in first
    assert queue_ids(second) == [ids["earlier"], ids["script"]] and 'rel="prev"' in second


@pytest.mark.parametrize("query,keys", [
    ({"priority": "urgent"}, ["threat", "safeguarding"]),
    ({"priority": "high"}, ["earlier"]),
    ({"category": "harassment"}, ["earlier"]),
    ({"category": "safeguarding"}, ["safeguarding"]),
    ({"person": "staff:tom-whitaker"}, ["threat", "earlier"]),
    ({"person": "staff:amy-cole"}, []),  # her only mention is `ignore`
    ({"source": "hexley-forum", "priority": "digest"}, ["script"]),
    ({"source": "elsewhere"}, []),
    ({"state": "new"}, ["threat", "safeguarding", "earlier", "script"]),
    ({"state": "closed"}, []),
    ({"priority": "bogus"}, ["threat", "safeguarding", "earlier"]),  # an unknown value filters nothing
])
def test_queue_filters(dee, env, query, keys):
    _, ids = env
    assert queue_ids(dee.get("/", query_string=query).text) == [ids[k] for k in keys]


def test_queue_counts(dee):
    text = re.sub(r"\s+", " ", dee.get("/").text)
    for figure in ("<b>4</b> flagged", "<b>2</b> urgent", "<b>1</b> high", "<b>1</b> digest", "<b>4</b> new"):
        assert figure in text


def test_ceo_sees_every_school_in_one_queue(client, env):
    _, ids = env
    login(client, "carl")
    assert set(queue_ids(client.get("/?view=all").text)) == {ids[k] for k in ("threat", "safeguarding", "earlier", "script",
                                                                     "other-school")}


def _decide(client, item_id, **form):
    token = csrf_of(client.get(f"/items/{item_id}").text)
    return client.post(f"/items/{item_id}/decide", data={"csrf": token, **form})


def test_deciding_every_action_records_who_when_and_moves_the_state(dee, env):
    _, ids = env
    item = ids["earlier"]  # actions: inform_staff, request_removal
    assert _decide(dee, item, action="request_removal", outcome="taken", taken_at="2026-01-05T09:15",
                   reference="report #A-77").status_code == 303
    with opened(env) as store:
        assert store.get_item(item).state == "in_review"
    assert _decide(dee, item, action="inform_staff", outcome="not_pursued",
                   reason="Tom is on leave; telling him on his return on Monday").status_code == 303
    with opened(env) as store:
        review = Review(store)
        current = review.current_decisions(item)
        assert store.get_item(item).state == "decided"
        events = [(e.event, e.user_name) for e in review.iter_audit(["hollowbrook"], item)]
    assert current["request_removal"].reference == "report #A-77"
    assert current["request_removal"].taken_at.isoformat() == "2026-01-05T09:15:00+00:00"  # GMT in January
    assert current["request_removal"].user_name == "dee"
    assert current["inform_staff"].reason.startswith("Tom is on leave")
    assert ("decision", "dee") in events and ("view_item", "dee") in events and ("state", "dee") in events
    page = dee.get(f"/items/{item}").text
    assert "report #A-77" in page and "Tom is on leave" in page


@pytest.mark.parametrize("form,problem", [
    ({"action": "request_removal", "outcome": "not_pursued", "reason": "   "}, "reason"),
    ({"action": "call_999", "outcome": "taken"}, "action"),  # not suggested for this item
    ({"action": "request_removal", "outcome": "maybe"}, "outcome"),
    ({"action": "request_removal", "outcome": "taken", "taken_at": "yesterday"}, "taken_at"),
    ({"action": "request_removal", "outcome": "taken", "taken_at": "2999-01-01T00:00"}, "taken_at"),
    ({"action": "inform_staff", "outcome": "taken", "staff_id": "tom-whitaker", "note": ""}, "note"),
    ({"action": "inform_staff", "outcome": "taken", "staff_id": "sam-hill", "note": "hi"}, "staff_id"),
])
def test_a_bad_decision_is_refused_naming_the_field(dee, env, form, problem):
    _, ids = env
    resp = _decide(dee, ids["earlier"], **form)
    assert resp.status_code == 400
    assert problem in resp.text
    with opened(env) as store:
        assert Review(store).decisions(ids["earlier"]) == []


def test_the_note_sent_to_staff_shows_in_their_case(dee, env):
    _, ids = env
    note = "Dear Tom, we found a post about you on a local forum. We have reported it to the police."
    assert _decide(dee, ids["threat"], action="inform_staff", outcome="taken", staff_id="tom-whitaker",
                   note=note, taken_at="2026-06-01T16:00").status_code == 303
    _decide(dee, ids["threat"], action="call_999", outcome="not_pursued",
            reason="No time or place given that puts anyone in danger now")
    case = dee.get("/staff/hollowbrook/tom-whitaker").text
    assert "we found a post about you" in case
    assert "Mon 01 Jun 2026 16:00 BST" in case  # told when, in school time
    assert "not pursued, because No time or place given" in case
    assert f"#{ids['earlier']}" in case  # every item about him
    with opened(env) as store:
        notes = Review(store).staff_notes("hollowbrook", "tom-whitaker")
    assert [n.text for n in notes] == [note]
    assert "Tom Whitaker" in dee.get("/staff").text


def test_false_alarm_in_one_click_counts_in_the_precision(dee, env):
    _, ids = env
    assert "none reviewed yet" in dee.get("/").text
    token = csrf_of(dee.get(f"/items/{ids['safeguarding']}").text)
    assert dee.post(f"/items/{ids['safeguarding']}/false-alarm", data={"csrf": token}).status_code == 303
    _decide(dee, ids["threat"], action="report_police", outcome="taken", reference="CAD 4411")
    text = re.sub(r"\s+", " ", dee.get("/").text)
    assert "Urgent alerts, last 7 days:</b> precision <b>50%</b>: 1 of 2 reviewed were real, 1 false alarm" in text
    with opened(env) as store:
        assert store.get_item(ids["safeguarding"]).state == "closed"
        assert Review(store).false_alarm_ids() == {ids["safeguarding"]}


def test_an_edited_draft_is_kept_shown_and_audited(dee, env):
    _, ids = env
    page = dee.get(f"/items/{ids['threat']}").text
    keys = re.findall(r'name="draft_key" value="([^"]+)"', page)
    assert keys, "the threat's item page offers no draft to edit"
    key = keys[0]
    edited = "Edited by the DSL: <b>call now</b>"
    resp = dee.post(f"/items/{ids['threat']}/drafts", data={"csrf": csrf_of(page), "draft_key": key, "text": edited})
    assert resp.status_code == 303
    page = dee.get(f"/items/{ids['threat']}").text
    assert "Edited by the DSL: &lt;b&gt;call now&lt;/b&gt;" in page and "edited by dee" in page
    with opened(env) as store:
        edits = [e.detail for e in Review(store).iter_audit(["hollowbrook"], ids["threat"]) if e.event == "edit_draft"]
    assert edits == [{"action": key.split(":")[0], "draft": key, "text": edited}]


def test_the_item_page_shows_why_and_the_authors_other_posts(dee, env):
    _, ids = env
    page = dee.get(f"/items/{ids['threat']}").text
    for shown in ("imminent_violence", "staff_vehicle", "0.93", "angrydad77", "https://forum.example/t/threat",
                  "someone should sort him out", "Tom Whitaker"):
        assert shown in page


def test_audit_page_and_export(dee, env):
    _, ids = env
    _decide(dee, ids["threat"], action="request_removal", outcome="not_pursued", reason="=HYPERLINK(\"x\")")
    assert "request_removal" in dee.get("/audit").text
    rows = list(csv.DictReader(io.StringIO(dee.get("/audit/export.csv").text)))
    decision = next(r for r in rows if r["event"] == "decision")
    assert decision["user"] == "dee" and int(decision["mention_id"]) == ids["threat"]
    assert json.loads(decision["detail"])["reason"] == '=HYPERLINK("x")'
    lines = [json.loads(x) for x in dee.get("/audit/export.jsonl").text.splitlines()]
    assert any(x["event"] == "view_item" for x in lines)
    assert all(x["school_id"] == "hollowbrook" for x in lines)  # no other school's entries


def test_cli_user_add_and_audit_export(env, tmp_path):
    from monitor.cli import cli

    cfg, _ = env
    config = str(cfg.path)
    pw = tmp_path / "pw"
    pw.write_text("a long enough password\n")
    runner = CliRunner()
    r = runner.invoke(cli, ["user", "add", "newdsl", "--role", "dsl", "--school", "riverside",
                            "--password-file", str(pw), "--config", config])
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["user", "add", "x", "--role", "dsl", "--password-file", str(pw), "--config", config])
    assert r.exit_code != 0 and "--school is needed" in r.output
    r = runner.invoke(cli, ["user", "add", "x", "--role", "head", "--school", "nowhere", "--password-file", str(pw),
                            "--config", config])
    assert r.exit_code != 0 and "'nowhere' is not a school" in r.output
    r = runner.invoke(cli, ["user", "add", "x", "--role", "head", "--school", "riverside", "--config", config],
                      input="short\nshort\n")
    assert r.exit_code != 0 and "at least 10 characters" in r.output
    with opened(env) as store:
        user = Review(store).user("newdsl")
    assert (user.role, user.school_id) == ("dsl", "riverside")
    from monitor.review.web import create_app
    client = create_app(cfg).test_client()
    assert login(client, "newdsl", "a long enough password").status_code == 302
    out = tmp_path / "audit.json"
    r = runner.invoke(cli, ["audit", "export", "--config", config, "--format", "json", "--output", str(out)])
    assert r.exit_code == 0, r.output
    events = [e["event"] for e in json.loads(out.read_text())]
    assert events.count("user_set") == 6 and "login" in events  # five from the fixture, one here
    r = runner.invoke(cli, ["audit", "export", "--config", config, "--school", "riverside"])
    assert r.exit_code == 0 and r.stdout.splitlines()[0] == "id,at,user,school_id,event,mention_id,detail"
    assert "3 audit entries" in r.output  # riverside: two user_set and one login


def test_password_prompt(env):
    from monitor.cli import cli

    cfg, _ = env
    r = CliRunner().invoke(cli, ["user", "add", "boss", "--role", "ceo", "--config", str(cfg.path)],
                           input=f"{PASSWORD}\n{PASSWORD}\n")
    assert r.exit_code == 0, r.output
    assert "every school" in r.output


def test_schoolwatch_serve_answers_on_127_0_0_1(env, tmp_path):
    """The real command, in its own process: binds the port, refuses without a session."""
    import subprocess
    import sys
    import time

    import requests

    import socket
    from pathlib import Path

    cfg, _ = env
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "serve", "--config", str(cfg.path), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            cwd=Path(__file__).resolve().parents[2])
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                resp = requests.get(f"http://127.0.0.1:{port}/", allow_redirects=False, timeout=5)
                break
            except requests.ConnectionError:
                assert proc.poll() is None, proc.stdout.read()
                assert time.monotonic() < deadline, "schoolwatch serve did not start"
                time.sleep(0.2)
        assert resp.status_code == 302 and resp.headers["Location"].startswith("/login")
        assert requests.get(f"http://127.0.0.1:{port}/login", timeout=5).status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_evidence_pack_download(dee, env):
    _, ids = env
    page = dee.get(f"/items/{ids['threat']}").text
    resp = dee.get(f"/items/{ids['threat']}/evidence")
    assert "Download the evidence pack" in page
    assert resp.status_code == 200 and resp.data
    assert resp.headers["Content-Disposition"].startswith("attachment")
    with opened(env) as store:
        assert any(e.event == "evidence_download" for e in Review(store).iter_audit(["hollowbrook"], ids["threat"]))


def test_retention_purge_keeps_the_audit(dee, env):
    from datetime import datetime, timedelta, timezone

    _, ids = env
    _decide(dee, ids["script"], action="contact_author", outcome="not_pursued", reason="Not a parent")
    token = csrf_of(dee.get(f"/items/{ids['script']}").text)
    dee.post(f"/items/{ids['script']}/false-alarm", data={"csrf": token})
    with opened(env) as store:
        before = len(list(Review(store).iter_audit()))
        removed = store.purge(datetime.now(timezone.utc) + timedelta(days=1))
        assert removed["mentions"] >= 1 and store.get_item(ids["script"]) is None
        assert Review(store).decisions(ids["script"]) == []  # the item's records go with it
        assert len(list(Review(store).iter_audit())) == before  # the audit stays


def test_the_evidence_pack_is_a_zip_of_the_pack_and_holds_the_item(dee, env):
    import zipfile

    _, ids = env
    resp = dee.get(f"/items/{ids['threat']}/evidence")
    with zipfile.ZipFile(io.BytesIO(resp.data)) as z:
        names = z.namelist()
        assert any(n.endswith("SHA256SUMS") for n in names)
        assert any("I know what car he drives" in z.read(n).decode("utf-8", "replace") for n in names)
    with opened(env) as store:
        assert store.conn.execute("SELECT held FROM mentions WHERE id = ?", (ids["threat"],)).fetchone()[0] == 1


def staff_note_on_page(page: str) -> str:
    """The inform_staff draft as the item page shows it, unescaped."""
    m = re.search(r'<textarea name="text" id="text-inform_staff-0"[^>]*>(.*?)</textarea>', page, re.S)
    assert m, "no staff note draft on the item page"
    return html.unescape(m.group(1))


def test_the_staff_note_on_the_item_page_follows_the_decisions(dee, env):
    """Seed 002 s6: the member of staff is told what is being done and why some steps are not."""
    _, ids = env
    item = ids["threat"]  # suggested: call_999, report_police, inform_staff, request_removal
    before = staff_note_on_page(dee.get(f"/items/{item}").text)
    assert "Calling the police on 999 is being considered" in before  # nothing decided: nothing claimed
    assert "We have called the police" not in before
    reason = "The police say he lives in Spain and there is no danger to anyone today"
    assert _decide(dee, item, action="call_999", outcome="not_pursued", reason=reason).status_code == 303
    assert _decide(dee, item, action="report_police", outcome="taken", taken_at="2026-01-05T09:15",
                   reference="CAD 4411 & 'B'").status_code == 303
    note = staff_note_on_page(dee.get(f"/items/{item}").text)
    doing, not_doing = note.split("What we are not doing, and why", 1)
    assert f"We are not calling 999: {reason}." in not_doing
    assert "We have called the police" not in note and "called the police on 999" not in note
    assert "We reported it to the police on Monday 5 January 2026 (reference CAD 4411 & 'B')" in doing
    assert "Asking forum.example to remove it is being considered" in doing
    # The note pre-filled in the inform_staff decision form is the same, decided note.
    form = re.search(r'<textarea name="note"[^>]*>(.*?)</textarea>', dee.get(f"/items/{item}").text, re.S)
    assert form and f"We are not calling 999: {reason}." in html.unescape(form.group(1))


def test_the_item_page_uses_the_schools_own_templates(tmp_path):
    """[responses] templates in the config: the school's wording wins on the item page."""
    from monitor.config import load
    from monitor.store import Store
    from monitor.review.web import create_app
    from monitor.review.web.auth import hash_password

    mine = tmp_path / "our-drafts"
    mine.mkdir()
    (mine / "inform_staff.txt.j2").write_text(
        "Dear {{ targets[0].first_name }}, from Hollowbrook's own template.\n"
        "{% for line in plan.not_doing %}- {{ line }}\n{% endfor %}")
    path = tmp_path / "config.toml"
    path.write_text(CONFIG + '\n[responses]\ntemplates = "our-drafts"\n')
    cfg = load(path)
    assert cfg.responses_templates == mine
    store = Store.open(cfg.database)
    ids = seed(store, now_utc())
    Review(store).add_user("dee", "dsl", "hollowbrook", hash_password(PASSWORD), now_utc())
    store.close()
    client = create_app(cfg).test_client()
    assert login(client, "dee").status_code == 302
    _decide(client, ids["threat"], action="call_999", outcome="not_pursued", reason="No danger today")
    note = staff_note_on_page(client.get(f"/items/{ids['threat']}").text)
    assert note.startswith("Dear Tom, from Hollowbrook's own template.")
    assert "- We are not calling 999: No danger today." in note


def test_looking_at_an_item_changes_nothing_and_a_decision_or_acknowledgement_does(dee, env):
    _, ids = env
    page = dee.get(f"/items/{ids['threat']}").text
    with opened(env) as store:
        assert store.get_item(ids["threat"]).state == "new"
    assert "I'm dealing with this</button>" in page
    assert dee.post(f"/items/{ids['threat']}/acknowledge", data={"csrf": csrf_of(page)}).status_code == 303
    with opened(env) as store:
        assert store.get_item(ids["threat"]).state == "in_review"
        assert ("state", "dee") in [(e.event, e.user_name) for e in Review(store).iter_audit(None, ids["threat"])]
    assert "I'm dealing with this</button>" not in dee.get(f"/items/{ids['threat']}").text


def test_a_false_alarm_can_be_undone(dee, env):
    _, ids = env
    token = csrf_of(dee.get(f"/items/{ids['earlier']}").text)
    dee.post(f"/items/{ids['earlier']}/false-alarm", data={"csrf": token})
    page = dee.get(f"/items/{ids['earlier']}").text
    assert "Marked a false alarm." in page and "Undo</button>" in page
    assert dee.post(f"/items/{ids['earlier']}/false-alarm/undo", data={"csrf": token}).status_code == 303
    with opened(env) as store:
        review = Review(store)
        assert review.false_alarm_ids() == set() and store.get_item(ids["earlier"]).state == "in_review"
        events = [e.event for e in review.iter_audit(None, ids["earlier"])]
    assert events.index("false_alarm") < events.index("false_alarm_undone")
    assert "Marked a false alarm." not in dee.get(f"/items/{ids['earlier']}").text


def test_the_item_page_puts_the_first_action_and_its_draft_before_the_reasons(dee, env):
    _, ids = env
    page = dee.get(f"/items/{ids['threat']}").text
    assert re.search(r"<h1>Threat to [^<]*Whitaker on \w+", page), re.findall(r"<h1>.*", page)
    first = page.index('id="action-call_999"')
    assert page.index('id="post-text"') < first < page.index('class="why"') < page.index('class="false-alarm"')
    assert 'optimum="0"' in page  # a high threat score is a bad (red) bar, not a green one
