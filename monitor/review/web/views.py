"""What every page shares: security headers, time formatting, who may see what."""
from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from flask import Flask, abort, current_app, g, render_template

from monitor.disclosure import web_may_show
from monitor.vocab import ACTION_TITLES, Item

# Scripts and styles only from our own files: an injected <script> in a post could not run
# even if escaping failed.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def install(app: Flask, ctx) -> None:
    @app.after_request
    def headers(resp):
        resp.headers["Content-Security-Policy"] = CSP
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["X-Frame-Options"] = "DENY"
        resp.headers["Referrer-Policy"] = "no-referrer"  # item URLs must not leak to the sites we link
        resp.headers["Cache-Control"] = "no-store"
        return resp

    @app.get("/healthz")
    def healthz():
        """For a monitoring system or the reverse proxy: no login, no data; 200 when the database answers."""
        ctx.store.answers()
        return app.response_class("ok\n", mimetype="text/plain")

    for code in (400, 403, 404, 405, 413):
        app.register_error_handler(code, lambda e, code=code: (
            render_template("error.html", code=code, message=getattr(e, "description", "")), code))

    @app.template_filter("local")
    def local(dt: datetime | None, school_id: str | None = None) -> str:
        if dt is None:
            return "-"
        tz = ZoneInfo(school_tz(ctx.cfg, school_id))
        return dt.astimezone(tz).strftime("%a %d %b %Y %H:%M %Z")

    @app.template_filter("local_input")
    def local_input(dt: datetime, school_id: str | None = None) -> str:
        """The value of a datetime-local input, in the school's time zone."""
        return dt.astimezone(ZoneInfo(school_tz(ctx.cfg, school_id))).strftime("%Y-%m-%dT%H:%M")

    @app.template_filter("safe_url")
    def safe_url(url: str | None) -> str:
        return url if is_web_url(url) else ""

    @app.context_processor
    def common():
        return {"user": g.get("user"), "csrf": g.get("csrf"), "action_titles": ACTION_TITLES,
                "school_name": lambda sid: school_name(ctx.cfg, sid),
                "person": lambda sid, about: person_name(ctx.cfg, sid, about)}


def is_web_url(url: str | None) -> bool:
    """Links from posts go in an href only when http(s): never javascript: or data:."""
    try:
        return bool(url) and urlsplit(url).scheme in ("http", "https") and bool(urlsplit(url).netloc)
    except ValueError:
        return False


def school_tz(cfg, school_id: str | None) -> str:
    for s in cfg.schools:
        if s.id == school_id:
            return s.timezone
    return cfg.schools[0].timezone if cfg.schools else "Europe/London"


def school_name(cfg, school_id: str) -> str:
    for s in cfg.schools:
        if s.id == school_id:
            return s.name
    return school_id


def person_name(cfg, school_id: str, about: str) -> str:
    """'staff:tom-whitaker' -> 'Tom Whitaker'; 'school' -> the school's name."""
    if about == "school":
        return school_name(cfg, school_id)
    staff_id = about.split(":", 1)[-1]
    for s in cfg.schools:
        if s.id == school_id:
            for member in s.staff:
                if member.id == staff_id:
                    return member.name
    return staff_id


def visible_school_ids(cfg, user) -> list[str] | None:
    """None: every school (a trust CEO)."""
    return None if user.role == "ceo" else [user.school_id]


def may_see_item(user, item: Item) -> bool:
    if not user.may_see(item.school_id) or user.role == "reporter":  # a reporter sees only /report
        return False
    return web_may_show(user.role, item, _accused(item.school_id))


def _accused(school_id: str) -> frozenset[str]:
    """The school's accused staff, read once per request."""
    cache = g.setdefault("accused", {})
    if school_id not in cache:
        cache[school_id] = current_app.extensions["schoolwatch"].store.accused_staff_ids(school_id)
    return cache[school_id]


def load_item(ctx, item_id: int) -> Item:
    """The item, or 404: the same answer for another school's item as for a missing one,
    so changing the id in the URL tells nothing about what exists."""
    item = ctx.store.get_item(item_id)
    if item is None or not may_see_item(g.user, item):
        abort(404)
    return item


def require_decider() -> None:
    if not g.user.may_decide:
        abort(403, "Your account can read the queue but not record decisions.")
