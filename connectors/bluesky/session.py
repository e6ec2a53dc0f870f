"""A Bluesky login kept across restarts, and atproto's errors as ConnectorErrors.

The login is an app password (secret `<source>.app_password`). The session string is kept
in the source's state folder, so a restart resumes it instead of logging in again (Bluesky
limits createSession to 30 per 5 minutes and 300 a day per account). A saved session that
has expired for good costs one fresh login, then the query is asked again.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..base import ConnectorError, parse_retry_after
from .._util import malformed, require_secret

SESSION_FILE = "bluesky-session.json"


class BlueskySession:
    def __init__(self, name: str, handle: str, base_url: str, ctx: Any) -> None:
        self.name = name
        self.handle = handle
        self.base_url = base_url
        self.ctx = ctx
        self._client = None
        self.resumed = False

    @property
    def session_path(self) -> Path | None:
        return Path(self.ctx.state_dir) / SESSION_FILE if self.ctx.state_dir else None

    def _load_session(self) -> str | None:
        path = self.session_path
        try:
            saved = json.loads(path.read_text(encoding="utf-8")) if path else None
        except (OSError, ValueError):
            return None
        if isinstance(saved, dict) and saved.get("base_url") == self.base_url and saved.get("handle") == self.handle:
            return saved.get("session") or None
        return None

    def _save_session(self, event: Any = None, session: Any = None) -> None:
        path = self.session_path
        if path is None or self._client is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        # The session string is a credential: owner-only, written whole or not at all.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"base_url": self.base_url, "handle": self.handle,
                       "session": self._client.export_session_string()}, f)
        os.replace(tmp, path)

    def _new_client(self):
        from atproto import Client
        from atproto_client.request import Request

        client = Client(base_url=self.base_url, request=Request(timeout=self.ctx.timeout))
        client.on_session_change(self._save_session)
        return client

    def client(self, *, fresh_login: bool = False):
        if self._client is not None:
            return self._client
        where = f"{self.base_url}/xrpc/com.atproto.server.createSession"
        saved = None if fresh_login else self._load_session()
        if saved:
            self._client = self._new_client()
            try:
                self._client.login(session_string=saved, fetch_bsky_profile=False)
                self.resumed = True
                return self._client
            except Exception:  # an unreadable session: log in afresh below
                self._client = None
        password = require_secret(self.ctx, f"{self.name}.app_password", f"an app password of {self.handle}")
        self._client = self._new_client()
        self.resumed = False
        try:
            self._client.login(self.handle, password, fetch_bsky_profile=False)
        except Exception as exc:
            self._client = None
            err = classify(exc, where)
            if err.permanent:
                raise ConnectorError(f"Bluesky refused the login of {self.handle!r}: check the handle and the "
                                     f"secret {self.name}.app_password ({err})", permanent=True) from None
            raise err from None
        return self._client

    def _forget_session(self) -> None:
        self._client = None
        if self.session_path and self.session_path.exists():
            self.session_path.unlink()

    def query(self, nsid: str, params: dict) -> dict:
        """The raw JSON of one XRPC query: kept raw for the evidence hash, read defensively."""
        from atproto_client import models
        from atproto_client.models.utils import get_or_create

        where = f"{self.base_url}/xrpc/{nsid}"
        params_model = {
            "app.bsky.feed.searchPosts": models.AppBskyFeedSearchPosts.Params,
            "app.bsky.feed.getAuthorFeed": models.AppBskyFeedGetAuthorFeed.Params,
            "app.bsky.notification.listNotifications": models.AppBskyNotificationListNotifications.Params,
        }[nsid]
        params = get_or_create({k: v for k, v in params.items() if v is not None}, params_model)
        client = self.client()
        try:
            try:
                response = client.invoke_query(nsid, params=params)
            except Exception as exc:
                if not (self.resumed and _status(exc) in (400, 401)
                        and _error_name(exc) in ("ExpiredToken", "InvalidToken", "AuthenticationRequired")):
                    raise
                # The saved session has expired for good: one fresh login, then the same query.
                self._forget_session()
                response = self.client(fresh_login=True).invoke_query(nsid, params=params)
        except ConnectorError:
            raise
        except Exception as exc:  # atproto's and httpx's exceptions, classified below
            raise classify(exc, where) from None
        if not isinstance(response.content, dict):
            raise malformed(where, "not a JSON object")
        return response.content


def _status(exc: Exception) -> int | None:
    response = getattr(exc, "response", None)
    return getattr(response, "status_code", None)


def _error_name(exc: Exception) -> str:
    content = getattr(getattr(exc, "response", None), "content", None)
    return str(getattr(content, "error", None) or (content.get("error") if isinstance(content, dict) else "") or "")


def classify(exc: Exception, where: str) -> ConnectorError:
    """atproto and httpx exceptions -> ConnectorError, with what to do about it."""
    from atproto_client import exceptions as ae

    status = _status(exc)
    headers = getattr(getattr(exc, "response", None), "headers", None) or {}
    lower = {str(k).lower(): v for k, v in dict(headers).items()}
    detail = _error_name(exc)
    if isinstance(exc, ValueError) and status is None:
        return malformed(where, "not JSON")
    if isinstance(exc, ae.RateLimitExceededError) or status == 429:
        wait = parse_retry_after(lower.get("retry-after"))
        reset = lower.get("ratelimit-reset")
        if wait is None and reset:
            try:
                from datetime import datetime, timezone

                wait = max(0.0, float(reset) - datetime.now(timezone.utc).timestamp())
            except ValueError:
                wait = None
        return ConnectorError(f"{where}: HTTP 429: rate limited by Bluesky", retry_after=wait)
    if isinstance(exc, (ae.InvokeTimeoutError,)) or (isinstance(exc, ae.NetworkError) and status is None):
        return ConnectorError(f"{where}: cannot connect or timed out")
    if status in (401, 403):
        return ConnectorError(f"{where}: HTTP {status}: access refused ({detail or 'check the app password'})",
                              permanent=True)
    if status in (400, 404, 501):
        return ConnectorError(f"{where}: HTTP {status}: Bluesky rejected the request ({detail or 'bad request'}); "
                              "check the handle, actors, queries and base_url", permanent=True)
    if status is not None:
        return ConnectorError(f"{where}: HTTP {status}", retry_after=parse_retry_after(lower.get("retry-after")))
    return ConnectorError(f"{where}: {type(exc).__name__}: {exc}")
