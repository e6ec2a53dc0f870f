"""Security of the review queue: sessions, CSRF, escaping, schools kept apart, lock-out,
the append-only audit."""
from __future__ import annotations

import dataclasses
import sqlite3
from datetime import timedelta

import pytest

from monitor.config.types import Web
from monitor.store.review import Review
from monitor.review.web import WebSettings, create_app
from monitor.review.web.views import is_web_url

from .conftest import PASSWORD, csrf_of, login, now_utc, opened as _open


def _url_for_rule(rule, ids) -> str:
    values = {"item_id": ids["threat"], "school_id": "hollowbrook", "staff_id": "tom-whitaker", "fmt": "csv",
              "filename": "style.css", "token": "made-up-token"}
    url = rule.rule
    for arg in rule.arguments:
        url = url.replace(f"<int:{arg}>", str(values[arg])).replace(f"<{arg}>", str(values[arg]))
        url = url.replace(f"<path:{arg}>", str(values[arg]))
    return url


def test_every_route_without_a_session_is_refused(app, client, env):
    _, ids = env
    checked = 0
    for rule in app.url_map.iter_rules():
        if rule.endpoint in ("static", "login", "favicon"):
            continue
        url = _url_for_rule(rule, ids)
        if rule.endpoint == "healthz":  # public on purpose, and says nothing but "ok" (tests/test_health.py)
            resp = client.get(url)
            assert (resp.status_code, resp.text) == (200, "ok\n"), url
            continue
        if rule.endpoint.startswith("ack."):  # its token is its credential (tests/web/test_ack.py)
            resp = client.open(url, method=sorted(rule.methods & {"GET", "POST"})[0])
            assert resp.status_code == 404 and "Whitaker" not in resp.text, url
            continue
        for method in sorted(rule.methods & {"GET", "POST"}):
            resp = client.open(url, method=method, data={"action": "report_police", "outcome": "taken"})
            if method == "GET":
                assert resp.status_code == 302, (method, url)
                assert resp.headers["Location"].startswith("/login"), (method, url)
            else:
                assert resp.status_code == 403, (method, url)
            assert "Whitaker" not in resp.text, (method, url)
            checked += 1
    assert checked >= 12  # every page and form of the app, not an empty loop
    with _open(env) as store:
        assert Review(store).decisions(ids["threat"]) == []


def test_login_page_and_static_files_are_public(client):
    assert client.get("/login").status_code == 200
    assert client.get("/static/style.css").status_code == 200


def test_a_form_without_its_csrf_token_is_refused(client, env):
    _, ids = env
    assert login(client, "dee").status_code == 302
    form = {"action": "report_police", "outcome": "taken", "reference": "CAD 1"}
    assert client.post(f"/items/{ids['threat']}/decide", data=form).status_code == 400
    assert client.post(f"/items/{ids['threat']}/decide", data={**form, "csrf": "forged"}).status_code == 400
    assert client.post(f"/items/{ids['threat']}/false-alarm", data={}).status_code == 400
    with _open(env) as store:
        assert Review(store).decisions(ids["threat"]) == []
        assert Review(store).false_alarm_ids() == set()
    # the same form with the session's token goes through
    token = csrf_of(client.get(f"/items/{ids['threat']}").text)
    assert client.post(f"/items/{ids['threat']}/decide", data={**form, "csrf": token}).status_code == 303
    with _open(env) as store:
        assert [d.reference for d in Review(store).decisions(ids["threat"])] == ["CAD 1"]


def test_the_login_form_needs_its_token_too(client):
    client.get("/login")
    resp = client.post("/login", data={"name": "dee", "password": PASSWORD})
    assert resp.status_code == 400
    assert not any(c.key == "sw_session" for c in client._cookies.values())


def test_a_post_with_a_script_renders_inert(client, env):
    _, ids = env
    login(client, "dee")
    for url in (f"/items/{ids['script']}", "/?view=all"):
        resp = client.get(url)
        assert resp.status_code == 200
        assert "<script>document.title" not in resp.text
        assert "<img src=x onerror" not in resp.text
        assert "&lt;script&gt;document.title" in resp.text
        assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
    assert "<b>x</b>" not in client.get(f"/items/{ids['script']}").text  # the author's name too


@pytest.mark.parametrize("url,ok", [
    ("https://forum.example/t/1", True), ("http://x.example/", True), ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False), ("data:text/html,<script>", False), ("//evil.example/", False), ("", False),
])
def test_only_web_links_are_made_links(url, ok):
    assert is_web_url(url) is ok


def test_a_user_of_one_school_cannot_open_another_schools_item(client, env):
    _, ids = env
    login(client, "dee")  # DSL of hollowbrook
    theirs = ids["other-school"]
    assert client.get(f"/items/{ids['threat']}").status_code == 200
    assert client.get(f"/items/{theirs}").status_code == 404
    assert client.get(f"/items/{theirs}/evidence").status_code == 404
    assert client.get(f"/items/{theirs + 1000}").status_code == 404  # the same answer as a missing id
    token = csrf_of(client.get("/").text)
    resp = client.post(f"/items/{theirs}/decide", data={"csrf": token, "action": "inform_staff",
                                                        "outcome": "not_pursued", "reason": "x"})
    assert resp.status_code == 404
    assert client.get("/staff/riverside/sam-hill").status_code == 404
    assert "Sam Hill" not in client.get("/").text
    with _open(env) as store:
        assert Review(store).decisions(theirs) == []


def test_the_other_school_and_the_ceo_see_it(app, env):
    _, ids = env
    rita, carl = app.test_client(), app.test_client()
    login(rita, "rita")
    login(carl, "carl")
    assert rita.get(f"/items/{ids['other-school']}").status_code == 200
    assert rita.get(f"/items/{ids['threat']}").status_code == 404
    assert carl.get(f"/items/{ids['other-school']}").status_code == 200
    assert carl.get(f"/items/{ids['threat']}").status_code == 200


def test_a_viewer_reads_but_cannot_decide_nor_see_safeguarding(client, env):
    _, ids = env
    login(client, "vic")
    assert client.get(f"/items/{ids['threat']}").status_code == 200
    assert client.get(f"/items/{ids['safeguarding']}").status_code == 404
    assert client.get("/staff").status_code == 403
    assert client.get("/audit").status_code == 403
    token = csrf_of(client.get("/").text)
    resp = client.post(f"/items/{ids['threat']}/decide",
                       data={"csrf": token, "action": "report_police", "outcome": "taken"})
    assert resp.status_code == 403


def test_guesses_slow_the_guessing_address_with_growing_delays_never_the_account(env):
    cfg, _ = env
    clock = [now_utc()]
    client = create_app(cfg, clock=lambda: clock[0]).test_client()
    guesser = {"REMOTE_ADDR": "203.0.113.9"}

    def attempt(password, who=guesser):
        token = csrf_of(client.get("/login", environ_base=who).text)
        return client.post("/login", data={"name": "hana", "password": password, "csrf": token}, environ_base=who)

    assert [attempt("wrong password!").status_code for _ in range(5)] == [401] * 5
    # The head, from her own address, is never locked out by someone else's guesses.
    assert attempt(PASSWORD, {"REMOTE_ADDR": "198.51.100.20"}).status_code == 302
    client.post("/logout", data={"csrf": csrf_of(client.get("/").text)})
    refused = attempt("wrong password!")
    assert refused.status_code == 429 and "wait 2 seconds" in refused.text
    waits = []
    for _ in range(3):  # each further guess waits twice as long as the last: 1 s, 2 s, 4 s
        clock[0] += timedelta(seconds=100)
        assert attempt("wrong password!").status_code == 401
        waits.append(attempt("wrong password!").text.split("wait ")[1].split(" seconds")[0])
    assert waits == ["3", "5", "9"]
    clock[0] += timedelta(seconds=100)
    assert attempt(PASSWORD).status_code == 302  # the right password from the guesser's address, in time
    with _open(env) as store:
        assert Review(store).user("hana").locked_until is None


def test_an_unknown_name_gets_the_same_answer(client):
    resp = login(client, "nobody", "whatever password")
    assert resp.status_code == 401
    assert "do not match" in resp.text


def test_session_cookie_flags(env):
    cfg, _ = env
    for secure in (False, True):
        app = create_app(dataclasses.replace(cfg, web=Web(secure_cookies=secure)))
        resp = login(app.test_client(), "dee")
        name = "__Host-sw_session=" if secure else "sw_session="  # __Host-: Secure, this host, every path
        cookie = next(v for v in resp.headers.getlist("Set-Cookie") if v.startswith(name))
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
        assert ("Secure" in cookie) is secure and "Domain" not in cookie


def test_logout_ends_the_session_on_the_server(client):
    login(client, "dee")
    token = csrf_of(client.get("/").text)
    cookie = client.get_cookie("sw_session").value
    assert client.post("/logout", data={"csrf": token}).status_code == 302
    client.set_cookie("sw_session", cookie)  # replaying the old cookie does not work
    assert client.get("/").status_code == 302


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example",
                                    "/\t/evil.example", "/\n/evil.example", "/ /evil.example"])
def test_login_never_redirects_off_site(client, target):
    page = client.get("/login", query_string={"next": target})
    resp = client.post("/login", query_string={"next": target},
                       data={"name": "dee", "password": PASSWORD, "csrf": csrf_of(page.text)})
    assert resp.status_code == 302 and resp.headers["Location"] == "/"


def test_the_audit_refuses_update_and_delete(env):
    cfg, _ = env
    with _open(env) as store:
        Review(store).audit("dee", "view_item", now_utc(), school_id="hollowbrook", mention_id=1)
    conn = sqlite3.connect(cfg.database)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE audit SET user_name = 'someone else'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM audit")
        assert conn.execute("SELECT COUNT(*) FROM audit WHERE event = 'view_item'").fetchone()[0] == 1
    finally:
        conn.close()
