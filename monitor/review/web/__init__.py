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

from flask import Flask, Response, g, request
from werkzeug.routing import IntegerConverter

from monitor.config.types import Config
from monitor.store import Store, is_locked
from monitor.store.review import Review


# Request bodies: forms are small; waitress refuses more than MAX_UPLOAD before reading it
# (server.py) and Flask anything over MAX_BODY on the routes that take no upload.
MAX_BODY = 2 << 20
MAX_UPLOAD = 12 << 20


@dataclass(frozen=True)
class WebSettings:
    # Login attempts from one client address: `free_attempts` at once, then each waits twice
    # as long as the last (first_delay, 2x, 4x ... max_delay). Accounts are never locked.
    free_attempts: int = 5
    first_delay: float = 1.0
    max_delay: float = 15 * 60
    password_checks: int = 2  # argon2 checks at once; more wait up to password_wait s, then "busy"
    password_wait: float = 2.0
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


class RowId(IntegerConverter):
    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", 2 ** 63 - 1)
        super().__init__(map, *args, **kwargs)


def _visible(value):
    from markupsafe import Markup

    from monitor.drafts.text import visible

    if isinstance(value, Markup):
        return Markup(visible(str(value)))  # tags add no markup: still safe, not escaped twice
    return visible(value) if isinstance(value, str) else value


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def create_app(cfg: Config, *, clock: Callable[[], datetime] | None = None,
               settings: WebSettings | None = None) -> Flask:
    app = Flask(__name__)
    # Templates get hostile text (posts, author names): autoescape every template.
    app.jinja_env.autoescape = True
    # Bidi controls in a post or a name would reorder the page around them ("[U+202E]moc.live"
    # reads as a different address): shown as tags, as in mail and evidence packs.
    app.jinja_env.finalize = _visible
    app.config.update(SESSION_COOKIE_SECURE=cfg.web.secure_cookies, MAX_CONTENT_LENGTH=MAX_BODY)
    # Every <int:...> in a URL is a row id: one over SQLite's 64 bits is "not found", not a 500.
    app.url_map.converters["int"] = RowId
    ctx = Context(cfg, clock or _utcnow, settings or WebSettings())
    app.extensions["schoolwatch"] = ctx
    Store.open(cfg.database).close()  # migrate now, so a schema error shows at start, not on first login

    from monitor.review.web import ack, audit, auth, decisions, governors, item, queue, removal, report, staff, views

    @app.before_request
    def _body_limit() -> None:
        # Registered first, so it holds before any form is read: only the report form takes a
        # screenshot; every other request keeps MAX_BODY.
        if request.endpoint == "report.report_post":
            from monitor.review.web.report import MAX_UPLOAD as SCREENSHOT

            request.max_content_length = min(SCREENSHOT + (256 << 10), MAX_UPLOAD)

    views.install(app, ctx)
    auth.install(app, ctx)
    for module in (queue, item, decisions, staff, audit, ack, governors, removal, report):
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
