"""The review queue while the daemon writes: a click waits for the daemon's short write, and
says "busy" (503, Retry-After) rather than hanging when a write outlasts its patience."""
from __future__ import annotations

import threading

from monitor.review.web import WebSettings, create_app
from monitor.store import Store

from .conftest import login


def _hold_write_lock(db, release: threading.Event, held: threading.Event) -> threading.Thread:
    def run():
        other = Store.open(db)
        with other.transaction():
            other.conn.execute("UPDATE source_state SET failures = failures")  # a writer, as the daemon is
            held.set()
            release.wait(10)
        other.close()

    t = threading.Thread(target=run)
    t.start()
    assert held.wait(10)
    return t


def test_a_login_waits_for_the_daemons_write_and_succeeds(env):
    cfg, _ = env
    client = create_app(cfg, settings=WebSettings(lock_wait=10.0)).test_client()
    client.get("/login")  # the page itself only reads
    release, held = threading.Event(), threading.Event()
    holder = _hold_write_lock(cfg.database, release, held)
    # The daemon's write ends while the login waits for it.
    threading.Timer(0.3, release.set).start()
    resp = login(client, "dee")
    holder.join()
    assert resp.status_code == 302 and resp.headers["Location"].endswith("/")


def test_a_write_that_outlasts_the_wait_answers_busy_not_an_error(env):
    cfg, _ = env
    client = create_app(cfg, settings=WebSettings(lock_wait=0.2)).test_client()
    client.get("/login")
    release, held = threading.Event(), threading.Event()
    holder = _hold_write_lock(cfg.database, release, held)
    try:
        resp = login(client, "dee")
    finally:
        release.set()
        holder.join()
    assert resp.status_code == 503
    assert resp.headers["Retry-After"] == "2"
    assert "busy" in resp.text
    # Once the write is done, the same login goes through.
    assert login(client, "dee").status_code == 302
