"""The DSL's review queue: a small Flask application served by `schoolwatch serve`.

create_app(cfg) -> a WSGI app. Each server thread opens its own Store on cfg.database
(SQLite connections are not shared across threads), so the app works the same under the
test client, a thread in a test, and waitress behind a reverse proxy.
"""
from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from flask import Flask, Response, g

from monitor.config.types import Config
from monitor.store import Store, is_locked
from monitor.store.review import Review


@dataclass(frozen=True)
class WebSettings:
    max_failures: int = 5  # consecutive bad passwords before the account locks
    lock_seconds: int = 15 * 60
    session_seconds: int = 12 * 3600  # a working day; then log in again
    queue_limit: int = 500  # rows shown on one queue page
    # A click waits this long for the daemon's current write (a batch, a decision: well under a
    # second) before the page says "busy, try again" rather than hanging.
    lock_wait: float = 5.0


class Context:
    """What every request needs: config, clock, and this thread's Store."""

    def __init__(self, cfg: Config, clock: Callable[[], datetime], settings: WebSettings):
        self.cfg = cfg
        self.clock = clock
        self.settings = settings
        self._local = threading.local()

    @property
    def store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store.open(self.cfg.database, lock_wait=self.settings.lock_wait)
        return store

    @property
    def review(self) -> Review:
        return Review(self.store)

    def now(self) -> datetime:
        return self.clock()


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def create_app(cfg: Config, *, clock: Callable[[], datetime] | None = None,
               settings: WebSettings | None = None) -> Flask:
    app = Flask(__name__)
    # Templates get hostile text (posts, author names): autoescape every template.
    app.jinja_env.autoescape = True
    app.config.update(SESSION_COOKIE_SECURE=cfg.web.secure_cookies, MAX_CONTENT_LENGTH=1 << 20)
    ctx = Context(cfg, clock or _utcnow, settings or WebSettings())
    app.extensions["schoolwatch"] = ctx
    Store.open(cfg.database).close()  # migrate now, so a schema error shows at start, not on first login

    from monitor.review.web import ack, audit, auth, decisions, governors, item, queue, removal, staff, views
    views.install(app, ctx)
    auth.install(app, ctx)
    for module in (queue, item, decisions, staff, audit, ack, governors, removal):
        app.register_blueprint(module.bp)

    @app.before_request
    def _ctx() -> None:
        g.ctx = ctx

    @app.errorhandler(sqlite3.OperationalError)
    def _busy(exc: sqlite3.OperationalError):
        # Only a write that waited lock_wait in vain: say so, and ask the browser to retry.
        if not is_locked(exc):
            raise exc
        return Response("schoolwatch is busy saving; please try again in a moment.\n", status=503,
                        mimetype="text/plain", headers={"Retry-After": "2"})

    return app
