"""Serving: waitress, a production WSGI server, on 127.0.0.1 unless told otherwise.
TLS is the reverse proxy's job (docs/web.md)."""
from __future__ import annotations

from waitress.server import create_server


def make_server(app, host: str, port: int, threads: int = 4):
    """A server bound now (port 0 picks a free one: `server.effective_port`); `.run()` serves."""
    # poll() rather than select(): no 1024-descriptor ceiling, and a socket closed while the
    # loop waits is reported to it (POLLNVAL) instead of breaking it (EBADF).
    return create_server(app, host=host, port=port, threads=threads, ident="schoolwatch",
                         clear_untrusted_proxy_headers=True, asyncore_use_poll=True)
