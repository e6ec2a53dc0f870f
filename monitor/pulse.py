"""Signs of life for whoever watches the daemon: a ping URL after each healthy cycle, systemd's
readiness and watchdog notifications, and a marker that tells a restart after a crash from a
clean start.
"""
from __future__ import annotations

import logging
import os
import socket
from datetime import datetime
from pathlib import Path

from monitor.private import private_file
from monitor.timeutil import iso

log = logging.getLogger("schoolwatch.health")


def ping(url: str, http=None, timeout: float = 10.0) -> bool:
    """GET the monitoring service's URL. A failure is logged, never raised: it must not stop a poll."""
    if not url:
        return False
    import requests

    try:
        resp = (http or requests).get(url, timeout=timeout)
        if resp.status_code >= 400:
            log.warning("health ping %s answered HTTP %d", url, resp.status_code)
            return False
        return True
    except requests.RequestException as exc:
        log.warning("health ping %s failed: %s", url, exc)
        return False


def sd_notify(message: str, environ=os.environ) -> bool:
    """Tell systemd (Type=notify, WatchdogSec=) something; a no-op outside systemd."""
    address = environ.get("NOTIFY_SOCKET")
    if not address:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]  # an abstract socket
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
            s.connect(address)
            s.sendall(message.encode())
        return True
    except OSError as exc:
        log.warning("cannot notify systemd: %s", exc)
        return False


def watchdog_seconds(environ=os.environ) -> float | None:
    """Half of WatchdogSec (as systemd hands it over), or None when there is no watchdog."""
    usec = environ.get("WATCHDOG_USEC")
    if not usec or (environ.get("WATCHDOG_PID") and environ["WATCHDOG_PID"] != str(os.getpid())):
        return None
    try:
        return max(1.0, int(usec) / 2e6)
    except ValueError:
        return None


class RunningMarker:
    """<database>.running exists while the daemon runs; found at start, it means the last run crashed."""

    def __init__(self, database: Path):
        self.path = Path(f"{database}.running")

    def start(self, now: datetime) -> str | None:
        """Write the marker; return when the previous run started if it never stopped cleanly."""
        previous = None
        if self.path.exists():
            previous = self.path.read_text(encoding="utf-8").strip() or "an unknown time"
        private_file(self.path)
        self.path.write_text(iso(now) + "\n", encoding="utf-8")
        return previous

    def stop(self) -> None:
        self.path.unlink(missing_ok=True)
