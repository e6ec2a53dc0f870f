"""The security review's findings, each a test that failed before its fix: no account lock to hold
(tests/web/test_security.py), one answer for every failed login, capped password checks and
bodies, no 500 on odd ids or dates, bidi controls shown, every CSV field guarded, a viewer's
figures, and the audit after a purge. Real waitress, real SQLite, Flask's test client."""
from __future__ import annotations

import csv
import hashlib
import io
import re
import socket
import threading
from datetime import timedelta

from connectors.base import Mention
from monitor.review.web import WebSettings, create_app
from monitor.review.web import auth
from monitor.review.web.audit import write_csv
from monitor.store import Matched
from monitor.store.review import PURGED, Review
from monitor.vocab import Decision

from .conftest import PASSWORD, csrf_of, login, now_utc, opened


def _post_login(client, name, password):
    token = csrf_of(client.get("/login").text)
    return client.post("/login", data={"name": name, "password": password, "csrf": token})


def test_unknown_disabled_and_real_accounts_get_one_answer_after_one_password_check(env, monkeypatch):
    checks = []
    real = auth.verify_password
    monkeypatch.setattr(auth, "verify_password", lambda h, p: checks.append(h) or real(h, p))
    with opened(env) as store:
        Review(store).disable_user("vic", now_utc())
    client = create_app(env[0]).test_client()
    answers = []
    for name, password in (("nobody", "wrong password!"), ("vic", PASSWORD), ("dee", "wrong password!")):
        before = len(checks)
        resp = _post_login(client, name, password)
        answers.append((resp.status_code, re.sub(r'value="[^"]*"', "", resp.text)))
        assert len(checks) == before + 1, name  # the same work, so the same time, whoever it is
    assert answers[0] == answers[1] == answers[2] and answers[0][0] == 401
    assert "That name and password do not match." in answers[0][1] and "locked" not in answers[0][1]


def test_password_checks_are_capped_and_the_rest_told_busy(env, monkeypatch):
    inside, release = threading.Event(), threading.Event()
    real = auth.verify_password

    def slow(h, p):
        inside.set()
        release.wait(30)
        return real(h, p)

    monkeypatch.setattr(auth, "verify_password", slow)
    app = create_app(env[0], settings=WebSettings(password_checks=1, password_wait=0.05))
    first: list[int] = []
    t = threading.Thread(target=lambda: first.append(_post_login(app.test_client(), "dee", "wrong password!")
                                                     .status_code))
    t.start()
    try:
        assert inside.wait(30)
        other = app.test_client()
        token = csrf_of(other.get("/login").text)
        busy = other.post("/login", data={"name": "hana", "password": PASSWORD, "csrf": token},
                          environ_base={"REMOTE_ADDR": "198.51.100.7"})
        assert busy.status_code == 503 and "busy" in busy.text
    finally:
        release.set()
        t.join(30)
    assert first == [401]


def test_a_huge_body_is_refused_from_its_length_before_it_is_read(live_server):
    host, port = live_server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=20) as s:
        s.sendall(b"POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                  b"Content-Length: 104857600\r\n\r\n" + b"a" * 1000)
        head = s.recv(200)
    assert head.startswith(b"HTTP/1.1 413")


def test_a_body_over_the_form_limit_is_refused(client):
    login(client, "dee")
    token = csrf_of(client.get("/").text)
    resp = client.post("/items/1/state", data={"csrf": token, "state": "closed", "pad": "x" * (3 << 20)})
    assert resp.status_code == 413


def test_odd_ids_digits_and_dates_are_answered_not_500(client, env):
    _, ids = env
    login(client, "dee")
    assert client.get("/audit?item=\u00b2").status_code == 200  # "²".isdigit() is True; int("²") fails
    assert client.get("/audit?item=99999999999999999999999").status_code == 200
    assert client.get("/items/99999999999999999999999").status_code == 404
    assert client.get("/items/99999999999999999999999/evidence").status_code == 404
    token = csrf_of(client.get(f"/items/{ids['threat']}").text)
    for when in ("0001-01-01T00:00", "9999-12-31T23:59"):
        resp = client.post(f"/items/{ids['threat']}/decide", data={
            "csrf": token, "action": "report_police", "outcome": "taken", "taken_at": when})
        assert resp.status_code == 400 and "not a plausible date" in resp.text, when


def _store_post(env, text: str, priority: str = "high", categories=("harassment",)) -> int:
    with opened(env) as store:
        m = Mention(source="hexley-forum", external_id="bidi", url="https://forum.example/t/bidi", text=text,
                    published=now_utc(), author="\u202eevil", platform="rss")
        (new_id,) = store.save_fetch("hexley-forum", [Matched("hollowbrook", m, ("school",),
                                                              hashlib.sha256(text.encode()).hexdigest())],
                                     [], None, now_utc())
        store.save_decision(new_id, {}, Decision(priority=priority, categories=categories,
                                                 actions=("request_removal",), why="test"), now_utc())
    return new_id


def test_bidi_controls_are_shown_on_the_pages_as_in_mail(client, env):
    item = _store_post(env, "Hollowbrook staff see \u202emoc.live\u202c now")
    login(client, "dee")
    for url in ("/", f"/items/{item}"):
        page = client.get(url).text
        assert "\u202e" not in page and "\u202c" not in page, url
        assert "[U+202E]" in page, url
    assert "[U+202E]moc.live[U+202C]" in client.get(f"/items/{item}").text


def test_every_csv_field_is_formula_guarded_whatever_comes_first():
    with_space = Review.__new__(Review)  # only the entries matter here
    from monitor.store.review import AuditEntry

    entries = [AuditEntry(id=1, at=now_utc(), user_name=" =HYPERLINK(\"http://x.example\")", school_id="\t@SUM(1)",
                          event="login_unknown_user", mention_id=None, detail={"address": "-2+3"})]
    out = io.StringIO()
    write_csv(entries, out)
    row = list(csv.DictReader(io.StringIO(out.getvalue())))[0]
    assert row["user"] == "' =HYPERLINK(\"http://x.example\")"
    assert row["school_id"] == "'\t@SUM(1)"
    assert row["detail"] == '{"address": "-2+3"}'  # starts with "{": a spreadsheet reads it as text
    del with_space


def test_a_viewers_precision_counts_only_what_a_viewer_may_see(client, env):
    _, ids = env
    with opened(env) as store:  # the safeguarding item, hidden from viewers, marked a false alarm
        Review(store).false_alarm(ids["safeguarding"], "hollowbrook", user="dee", now=now_utc())
    login(client, "vic")
    page = client.get("/").text
    urgent = page[page.index("Urgent alerts, last 7 days"):].split("</p>")[0]
    assert "false alarm" not in urgent and "none reviewed yet" in urgent
    client.post("/logout", data={"csrf": csrf_of(page)})
    login(client, "dee")
    page = client.get("/").text
    urgent = page[page.index("Urgent alerts, last 7 days"):].split("</p>")[0]
    assert "1 false alarm;" in urgent  # the DSL sees it counted


def test_after_a_purge_the_audit_keeps_the_facts_not_the_personal_text(env):
    _, ids = env
    reason = "Jane Doe, born 01/02/2015, of 12 Elm Road, is the pupil in the photo"
    with opened(env) as store:
        review = Review(store)
        review.decide(ids["earlier"], "hollowbrook", "request_removal", "not_pursued", reason=reason,
                      user="dee", now=now_utc())
        review.edit_draft(ids["earlier"], "hollowbrook", "inform_staff", "note", f"Dear Tom, {reason}",
                          user="dee", now=now_utc())
        assert [e.detail.get("reason") for e in review.iter_audit(mention_id=ids["earlier"])
                if e.event == "decision"] == [reason]  # while the item is kept, its audit says it all
        store.set_state(ids["earlier"], "decided")
        store.purge(now_utc() + timedelta(days=1))
        raw = " ".join(r[0] for r in store.conn.execute("SELECT detail FROM audit"))
        kept = [(e.event, e.user_name, e.detail) for e in review.iter_audit(mention_id=ids["earlier"])
                if e.event in ("decision", "edit_draft")]
    assert "Elm Road" not in raw and "Jane" not in raw
    assert kept == [("decision", "dee", {"action": "request_removal", "outcome": "not_pursued", "reference": "",
                                         "taken_at": None, "reason": PURGED}),
                    ("edit_draft", "dee", {"action": "inform_staff", "draft": "note", "text": PURGED})]


def test_the_migration_moves_existing_personal_text_out_of_the_audit(tmp_path):
    import json
    import sqlite3

    from monitor.store import Store
    from monitor.store.migrations import MIGRATIONS

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    for number, script in enumerate(MIGRATIONS[:7], start=1):
        conn.executescript(f"{script}\nPRAGMA user_version = {number};")
    conn.execute("INSERT INTO mentions (id, school_id, source, external_id, fetched, text, content_hash) "
                 "VALUES (1, 'hba', 'f', 'x', '2026-01-01T00:00:00Z', 'post', 'h')")
    audit = "INSERT INTO audit (at, user_name, school_id, event, mention_id, detail) VALUES (?,?,?,?,?,?)"
    conn.execute(audit, ("2026-01-02T00:00:00Z", "dee", "hba", "decision", 1,
                         json.dumps({"action": "report_police", "outcome": "not_pursued", "reason": "Jane Doe, 12 Elm Rd"})))
    conn.execute(audit, ("2026-01-02T00:00:00Z", "dee", "hba", "edit_draft", 99,  # item 99: purged long ago
                         json.dumps({"action": "inform_staff", "draft": "note", "text": "Dear Tom, Jane Doe"})))
    conn.execute(audit, ("2026-01-02T00:00:00Z", "dee", "hba", "login", None, "{}"))
    conn.commit()
    conn.close()
    store = Store.open(db)
    try:
        raw = [r[0] for r in store.conn.execute("SELECT detail FROM audit ORDER BY id")]
        entries = [(e.event, e.detail) for e in Review(store).iter_audit()]
    finally:
        store.close()
    assert not any("Jane" in d for d in raw)
    assert entries == [("decision", {"action": "report_police", "outcome": "not_pursued", "reason": "Jane Doe, 12 Elm Rd"}),
                       ("edit_draft", {"action": "inform_staff", "draft": "note", "text": PURGED}),
                       ("login", {})]
