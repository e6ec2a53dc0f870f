"""Log in, log out, sessions, CSRF and the lock-out.

Sessions live in the database: the cookie carries a random token and the table its
SHA-256, so a copy of the database cannot be replayed as a login, and logging out ends the
session on the server. Every POST carries the session's CSRF token; the login form, made
before there is a session, uses a double-submit cookie instead.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import Flask, abort, g, redirect, render_template, request, url_for

from monitor.review.web.throttle import LoginThrottle, PasswordChecks

SESSION_COOKIE = "sw_session"
LOGIN_COOKIE = "sw_login"
# Pages anyone may fetch: the login form and the stylesheet/script; the alert's acknowledge
# link, whose token is its own credential (and can do nothing but acknowledge one item).
PUBLIC_ENDPOINTS = {"login", "static", "favicon", "ack.ask", "ack.confirm", "healthz"}

_hasher = PasswordHasher()
# Verified against when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


def hash_password(password: str) -> str:
    if len(password) < 10:
        raise ValueError("the password must have at least 10 characters")
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


_LOCAL_PATH = re.compile(r"/(?![/\\])[^\x00-\x20\x7f\\]*")


def safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect to somewhere else."""
    # Browsers drop tabs and newlines from URLs, so "/\t/evil.example" is "//evil.example": only
    # a plain path with no control characters, no backslash and no second leading slash passes.
    if target and _LOCAL_PATH.fullmatch(target):
        return target
    return url_for("queue.queue")


def cookie_names(secure: bool) -> tuple[str, str]:
    """(session, login) cookie names. Over HTTPS the __Host- prefix makes the browser refuse the cookie
    unless it is Secure, for this host only and for every path: a sibling subdomain cannot plant one."""
    prefix = "__Host-" if secure else ""  # browsers drop __Host- cookies sent over plain http
    return prefix + SESSION_COOKIE, prefix + LOGIN_COOKIE


def install(app: Flask, ctx) -> None:
    secure = ctx.cfg.web.secure_cookies
    SESSION, LOGIN = cookie_names(secure)

    def set_cookie(resp, name: str, value: str, max_age: int | None) -> None:
        resp.set_cookie(name, value, max_age=max_age, secure=secure, httponly=True, samesite="Strict", path="/")

    @app.before_request
    def load_session():
        g.user, g.csrf = None, None
        token = request.cookies.get(SESSION)
        if token:
            found = ctx.review.session(_token_hash(token), ctx.now())
            if found:
                g.user, g.csrf = found
        if request.endpoint in PUBLIC_ENDPOINTS:
            return None
        if g.user is None:
            if request.method == "GET":
                return redirect(url_for("login", next=request.full_path.rstrip("?")))
            abort(403)
        if request.method == "POST":
            check_csrf(request.form.get("csrf", ""), g.csrf)
        return None

    @app.route("/login", methods=["GET", "POST"])
    def login():
        error, status = "", 200
        if request.method == "POST":
            check_csrf(request.form.get("csrf", ""), request.cookies.get(LOGIN))
            name = request.form.get("name", "").strip()
            password = request.form.get("password", "")
            outcome = attempt(name, password)
            if isinstance(outcome[0], str) and isinstance(outcome[1], int):
                error, status = outcome
            else:
                token, user = outcome
                resp = redirect(safe_next(request.args.get("next")))
                set_cookie(resp, SESSION, token, ctx.settings.session_seconds)
                resp.delete_cookie(LOGIN, path="/", secure=secure, httponly=True, samesite="Strict")
                return resp
        # Keep a nonce the browser already has: a second login page loading in the background
        # (another tab, a redirected favicon request) must not invalidate the form on screen.
        nonce = request.cookies.get(LOGIN, "")
        if len(nonce) < 32 or len(nonce) > 64:
            nonce = secrets.token_urlsafe(32)
        resp = app.make_response((render_template("login.html", csrf=nonce, error=error,
                                                  next=request.args.get("next", "")), status))
        set_cookie(resp, LOGIN, nonce, 3600)
        return resp

    throttle = LoginThrottle(free=ctx.settings.free_attempts, first_delay=ctx.settings.first_delay,
                             max_delay=ctx.settings.max_delay)
    checks = PasswordChecks(ctx.settings.password_checks, ctx.settings.password_wait)

    def attempt(name: str, password: str):
        """A session token, or (message, HTTP status). Unknown, disabled and real accounts with a wrong
        password get the same answer after the same work: one argon2 check each."""
        now = ctx.now()
        address = request.remote_addr or "-"  # waitress puts the proxy's X-Forwarded-For here (server.py)
        wait = throttle.begin(address, now)
        if wait:
            return (f"Too many attempts from your address: wait {int(wait) + 1} seconds and try again.", 429)
        if not checks.acquire():
            return ("The server is busy checking other logins: wait a moment and try again.", 503)
        try:
            review = ctx.review
            user = review.user(name) if name else None
            ok = verify_password(user.password_hash if user else _DUMMY_HASH, password)
        finally:
            checks.release()
        if user is None or user.disabled or not ok:
            if user is None:
                review.audit(name[:80] or "-", "login_unknown_user", now, detail={"address": address})
            else:
                review.audit(user.name, "login_failed", now, school_id=user.school_id,
                             detail={"address": address, "disabled": user.disabled})
            return ("That name and password do not match.", 401)
        throttle.succeeded(address)
        token = secrets.token_urlsafe(32)
        review.login_ok(user, _token_hash(token), secrets.token_urlsafe(32), now, ctx.settings.session_seconds)
        return token, user

    @app.get("/favicon.ico")
    def favicon():
        return "", 204

    @app.post("/logout")
    def logout():
        ctx.review.logout(_token_hash(request.cookies.get(SESSION, "")), g.user, ctx.now())
        resp = redirect(url_for("login"))
        resp.delete_cookie(SESSION, path="/", secure=secure, httponly=True, samesite="Strict")
        return resp


def check_csrf(given: str, expected: str | None) -> None:
    if not expected or not given or not hmac.compare_digest(given.encode(), expected.encode()):
        abort(400, "This form has expired or did not come from this site (CSRF token missing or wrong). "
                   "Go back, reload the page and try again.")
