"""Reddit's rate limits and errors: the x-ratelimit-* window, a praw requestor that ends a
fetch at once on a 429, a 5xx or a dead connection, and praw's exceptions as ConnectorErrors.

The daemon never sleeps inside a fetch: a spent window or a refusal becomes a transient
ConnectorError that says when to come back, and the runner owns retries and backoff.
"""
from __future__ import annotations

import time
from typing import Any

import requests

from ..base import ConnectorError, parse_retry_after
from .._util import malformed


class RateWindow:
    """What Reddit's last x-ratelimit-* headers said."""

    def __init__(self, monotonic=time.monotonic) -> None:
        self.monotonic = monotonic
        self.remaining: float | None = None
        self.reset_at: float | None = None
        self.last_response: Any = None  # its bytes and headers, kept as evidence of each listing

    def update(self, headers: Any) -> None:
        try:
            remaining = float(headers["x-ratelimit-remaining"])
            reset = float(headers["x-ratelimit-reset"])
        except (KeyError, TypeError, ValueError):
            return
        self.remaining, self.reset_at = remaining, self.monotonic() + reset

    def wait(self) -> float | None:
        """Seconds until the window reopens, when it is spent."""
        if self.remaining is None or self.reset_at is None or self.remaining >= 1:
            return None
        left = self.reset_at - self.monotonic()
        return left if left > 0 else None


def requestor_class():
    import prawcore

    class Requestor(prawcore.Requestor):
        """prawcore's requestor, but a 429, a 5xx or a dead connection ends the fetch at once
        with a ConnectorError: schoolwatch's runner owns retries and backoff."""

        def __init__(self, *args: Any, window: RateWindow, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.window = window

        def request(self, method: str, url: str, *args: Any, timeout: float | None = None, **kwargs: Any):
            where = f"{method.upper()} {url}"
            try:
                response = self._http.request(method, url, *args, timeout=timeout or self.timeout, **kwargs)
            except requests.Timeout as exc:
                raise ConnectorError(f"{where}: timed out ({type(exc).__name__})") from None
            except requests.RequestException as exc:
                raise ConnectorError(f"{where}: cannot connect ({type(exc).__name__})") from None
            self.window.update(response.headers)
            self.window.last_response = response
            status = response.status_code
            if status == 429 or status >= 500:
                wait = parse_retry_after(response.headers.get("Retry-After"))
                if wait is None and status == 429:
                    wait = parse_retry_after(response.headers.get("x-ratelimit-reset"))
                raise ConnectorError(f"{where}: HTTP {status}", retry_after=wait)
            return response

    return Requestor


def classify(exc: Exception, where: str, name: str) -> ConnectorError:
    """praw and prawcore exceptions -> ConnectorError, with what to do about it."""
    from prawcore import exceptions as pe

    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    if isinstance(exc, pe.Redirect):
        return ConnectorError(f"{where}: the subreddit does not exist (Reddit redirects to {exc.path!r})",
                              permanent=True)
    if isinstance(exc, pe.BadJSON) or isinstance(exc, ValueError):
        return malformed(where, "not JSON")
    if isinstance(exc, pe.OAuthException) or status == 401:
        return ConnectorError(f"{where}: Reddit refused the app's credentials ({exc}); check the secrets "
                              f"{name}.client_id and {name}.client_secret, and that the app is approved",
                              permanent=True)
    if status == 403:
        return ConnectorError(f"{where}: HTTP 403: the subreddit is private, banned or quarantined, "
                              "or the app is not approved for API access", permanent=True)
    if status in (404, 410):
        return ConnectorError(f"{where}: HTTP {status}: not found (check the subreddit name)", permanent=True)
    if status == 400:
        return ConnectorError(f"{where}: HTTP 400: Reddit rejected the request (check the query)", permanent=True)
    if isinstance(exc, pe.RequestException):
        return ConnectorError(f"{where}: cannot connect ({type(exc.original_exception).__name__})")
    if status is not None:
        return ConnectorError(f"{where}: HTTP {status}")
    return ConnectorError(f"{where}: {type(exc).__name__}: {exc}")
