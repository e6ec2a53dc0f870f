"""Who may reach what, after the security review: evidence packs for deciders only, viewers
kept to triaged items, the lock-out holding under parallel guesses, and a password reset or
a disabled account ending the sessions already open."""
from __future__ import annotations

import hashlib
import threading
from datetime import timedelta

import pytest
from click.testing import CliRunner

from connectors.base import Mention
from monitor.store import Matched
from monitor.store.review import Review

from .conftest import PASSWORD, csrf_of, login, now_utc, opened


def _untriaged(env, author: str, text: str) -> int:
    """A post stored as fetched and not yet scored: no decision, so it could be anything."""
    now = now_utc()
    m = Mention(source="hexley-forum", external_id=f"untriaged-{author}", url="https://forum.example/t/u",
                text=text, published=now - timedelta(minutes=5), author=author,
                author_url=f"https://forum.example/u/{author}", platform="rss")
    with opened(env) as store:
        (new_id,) = store.save_fetch("hexley-forum", [Matched("hollowbrook", m, ("school", "staff:tom-whitaker"),
                                                               hashlib.sha256(text.encode()).hexdigest())],
                                     [], None, now)
        assert store.get_item(new_id).decision is None
    return new_id


# --- evidence packs ---------------------------------------------------------------------

def test_a_viewer_cannot_download_an_evidence_pack_of_an_item_they_can_read(client, env):
    _, ids = env
    login(client, "vic")
    page = client.get(f"/items/{ids['threat']}")
    assert page.status_code == 200
    assert "Download the evidence pack" not in page.text
    # The pack holds the author's other posts about the same people, safeguarding ones included.
    resp = client.get(f"/items/{ids['threat']}/evidence")
    assert resp.status_code in (403, 404)
    assert "attachment" not in resp.headers.get("Content-Disposition", "")
    with opened(env) as store:
        assert not any(e.event == "evidence_download" for e in Review(store).iter_audit(["hollowbrook"]))
        assert store.conn.execute("SELECT held FROM mentions WHERE id = ?", (ids["threat"],)).fetchone()[0] == 0


def test_deciders_get_the_evidence_pack(app, env):
    _, ids = env
    for name in ("dee", "hana", "carl"):
        client = app.test_client()
        login(client, name)
        assert "Download the evidence pack" in client.get(f"/items/{ids['threat']}").text, name
        resp = client.get(f"/items/{ids['threat']}/evidence")
        assert resp.status_code == 200 and resp.headers["Content-Disposition"].startswith("attachment"), name


# --- viewers and untriaged items --------------------------------------------------------

def test_a_viewer_does_not_see_an_untriaged_item(app, env):
    untriaged = _untriaged(env, "angrydad77", "Whitaker at Hollowbrook touched my son, I am going to the papers")
    vic, dee = app.test_client(), app.test_client()
    login(vic, "vic")
    login(dee, "dee")
    assert vic.get(f"/items/{untriaged}").status_code == 404
    assert dee.get(f"/items/{untriaged}").status_code == 200
    # nor among the author's other posts on an item the viewer may open
    _, ids = env
    page = vic.get(f"/items/{ids['threat']}")
    assert page.status_code == 200 and "sort him out" in page.text  # a triaged post of the author shows
    assert "going to the papers" not in page.text
    assert "going to the papers" in dee.get(f"/items/{ids['threat']}").text


# --- the lock-out under parallel guesses --------------------------------------------------

@pytest.fixture
def slow_guess_server(env):
    """The app under waitress with a 10-minute first wait: however slowly a loaded machine delivers
    the parallel guesses, none can arrive after its wait is over."""
    from monitor.review.web import WebSettings, create_app
    from monitor.review.web.server import make_server

    server = make_server(create_app(env[0], settings=WebSettings(first_delay=600)), "127.0.0.1", 0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
    for channel in list(server._map.values()):
        channel.close()
    thread.join(timeout=5)


def test_parallel_guesses_from_one_address_are_throttled_and_the_owner_still_logs_in(slow_guess_server, env):
    import requests

    live_server = slow_guess_server

    tries = 12  # more than the 5 free attempts, sent together across waitress's 4 threads
    start = threading.Barrier(tries)
    answers: list[int] = []
    guesser = {"X-Forwarded-For": "203.0.113.9"}  # as the reverse proxy on 127.0.0.1 says

    def guess(n: int) -> None:
        with requests.Session() as s:
            token = csrf_of(s.get(f"{live_server}/login", timeout=30).text)
            start.wait(timeout=30)
            resp = s.post(f"{live_server}/login", data={"name": "dee", "password": f"wrong guess {n:04d}",
                                                         "csrf": token}, headers=guesser, allow_redirects=False,
                          timeout=60)
            answers.append(resp.status_code)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(tries)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sorted(answers) == [401] * 5 + [429] * (tries - 5)
    with requests.Session() as s:  # dee, at her own desk: no lock to hold her out
        token = csrf_of(s.get(f"{live_server}/login", timeout=30).text)
        resp = s.post(f"{live_server}/login", data={"name": "dee", "password": PASSWORD, "csrf": token},
                      headers={"X-Forwarded-For": "198.51.100.20"}, allow_redirects=False, timeout=60)
        assert resp.status_code == 302
    with opened(env) as store:
        events = [e for e in Review(store).iter_audit(["hollowbrook"]) if e.user_name == "dee"]
    assert [e.event for e in events].count("login_failed") == 5
    assert {e.detail["address"] for e in events if e.event == "login_failed"} == {"203.0.113.9"}


# --- password reset and disabling end sessions ----------------------------------------------

def _cli(env, *args, input=None):
    from monitor.cli import cli
    return CliRunner().invoke(cli, [*args, "--config", str(env[0].path)], input=input)


def test_a_password_reset_ends_the_users_sessions(app, env, tmp_path):
    dee, hana = app.test_client(), app.test_client()
    login(dee, "dee")
    login(hana, "hana")
    assert dee.get("/").status_code == 200
    pw = tmp_path / "pw"
    pw.write_text("a brand new password\n")
    r = _cli(env, "user", "add", "dee", "--role", "dsl", "--school", "hollowbrook", "--password-file", str(pw))
    assert r.exit_code == 0, r.output
    assert dee.get("/").status_code == 302  # the old session is gone: back to the login page
    assert hana.get("/").status_code == 200  # another user's is not
    assert login(dee, "dee", "a brand new password").status_code == 302
    assert dee.get("/").status_code == 200


def test_disabling_a_user_ends_their_sessions_and_refuses_login(app, env):
    dee, hana = app.test_client(), app.test_client()
    login(dee, "dee")
    login(hana, "hana")
    r = _cli(env, "user", "disable", "dee")
    assert r.exit_code == 0, r.output
    assert "disabled" in r.output
    with opened(env) as store:
        assert Review(store).user("dee").disabled
        assert store.conn.execute("SELECT COUNT(*) FROM web_sessions s JOIN users u ON u.id = s.user_id "
                                  "WHERE u.name = 'dee'").fetchone()[0] == 0
        assert any(e.event == "user_disabled" and e.detail["name"] == "dee" for e in Review(store).iter_audit())
    assert dee.get("/").status_code == 302
    assert hana.get("/").status_code == 200
    assert login(dee, "dee").status_code == 401  # the right password no longer opens it


def test_disabling_an_unknown_user_names_it(env):
    r = _cli(env, "user", "disable", "nobody")
    assert r.exit_code != 0 and "'nobody'" in r.output
