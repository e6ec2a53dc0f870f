"""Serving: waitress, a production WSGI server, on 127.0.0.1 unless told otherwise.
TLS is the reverse proxy's job (docs/web.md)."""
from __future__ import annotations

from waitress.server import create_server

from monitor.review.web import MAX_UPLOAD


def make_server(app, host: str, port: int, threads: int = 4):
    """A server bound now (port 0 picks a free one: `server.effective_port`); `.run()` serves."""
    # poll() rather than select(): no 1024-descriptor ceiling, and a socket closed while the
    # loop waits is reported to it (POLLNVAL) instead of breaking it (EBADF).
    return create_server(
        app, host=host, port=port, threads=threads, ident="schoolwatch", asyncore_use_poll=True,
        # A body over the limit is refused from its Content-Length, before a byte of it is read
        # (waitress's default would read up to 1 GiB first).
        max_request_body_size=MAX_UPLOAD,
        # The reverse proxy on this machine says who the client is (X-Forwarded-For, the last
        # address it saw): the login throttle counts per client, not per proxy. Anyone else's
        # forwarded headers are dropped.
        trusted_proxy="127.0.0.1", trusted_proxy_count=1, trusted_proxy_headers={"x-forwarded-for"},
        clear_untrusted_proxy_headers=True, log_untrusted_proxy_headers=False)
