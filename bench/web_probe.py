"""People at the review queue while a backfill runs: each a thread that logs in, reads the queue
(what needs action, then all of it), opens the newest item and, when they may decide, acknowledges
one that is new; logs out; pauses; again. Every request is timed, by kind."""
from __future__ import annotations

import random
import re
import statistics
import threading
import time

# (name, role): the accounts bench/backfill.py adds, all with PASSWORD.
USERS = [("dee", "dsl"), ("hana", "head"), ("vic", "viewer")]
PASSWORD = "bench pw 1"
OK = (200, 302, 303)


def _csrf(text: str) -> str | None:
    m = re.search(r'name="csrf" value="([^"]+)"', text)
    return m.group(1) if m else None


class Clicker(threading.Thread):
    def __init__(self, base: str, pause: float, name: str, decides: bool):
        super().__init__(daemon=True)
        self.base, self.pause, self.user, self.decides = base, pause, name, decides
        self.times: list[tuple[str, float, int]] = []
        self.running = threading.Event()
        self.running.set()

    def timed(self, what: str, call):
        t = time.perf_counter()
        try:
            r = call()
            status = r.status_code
        except Exception:  # noqa: BLE001 - a refused or timed-out request is a failure to count
            r, status = None, 0
        self.times.append((what, time.perf_counter() - t, status))
        return r

    def visit(self, s) -> None:
        base = self.base
        page = self.timed("login page", lambda: s.get(f"{base}/login", timeout=120))
        csrf = _csrf(page.text) if page is not None else None
        if not csrf:
            return
        login = self.timed("login", lambda: s.post(f"{base}/login", data={"name": self.user, "password": PASSWORD,
                                                                          "csrf": csrf}, allow_redirects=False,
                                                   timeout=120))
        if login is None or login.status_code != 302:
            return
        queue = self.timed("queue", lambda: s.get(f"{base}/", timeout=120))
        self.timed("queue, all", lambda: s.get(f"{base}/?view=all", timeout=120))
        ids = re.findall(r'data-item="(\d+)"', queue.text if queue is not None else "")
        csrf = _csrf(queue.text) if queue is not None else None
        if ids:
            pick = random.choice(ids)
            item = self.timed("item", lambda: s.get(f"{base}/items/{pick}", timeout=120))
            if self.decides and csrf and item is not None and f"/items/{pick}/acknowledge" in item.text:
                self.timed("acknowledge", lambda: s.post(f"{base}/items/{pick}/acknowledge", data={"csrf": csrf},
                                                         allow_redirects=False, timeout=120))
        if csrf:
            self.timed("logout", lambda: s.post(f"{base}/logout", data={"csrf": csrf}, allow_redirects=False,
                                                timeout=120))

    def run(self) -> None:
        import requests

        while self.running.is_set():
            with requests.Session() as s:
                self.visit(s)
            time.sleep(self.pause)


def start(base: str, pause: float) -> list[Clicker]:
    clickers = [Clicker(base, pause, name, role != "viewer") for name, role in USERS]
    for c in clickers:
        c.start()
    return clickers


def stop(clickers: list[Clicker]) -> None:
    for c in clickers:
        c.running.clear()
    for c in clickers:
        c.join(180)


def report(clickers: list[Clicker]) -> None:
    rows = [t for c in clickers for t in c.times]
    times = sorted(t for _, t, _ in rows)
    if not times:
        print("web: no request completed")
        return
    failed = [(w, s) for w, _, s in rows if s not in OK]
    slowest = max(rows, key=lambda x: x[1])
    p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
    print(f"web queue: {len(times)} requests by {len(clickers)} people during the backfill; slowest "
          f"{slowest[1]:.2f} s ({slowest[0]}), 99th percentile {p99:.2f} s, median {statistics.median(times):.3f} s; "
          f"failed: {len(failed)} {failed[:5]}")
    print(f"web queue: {sum(1 for t in times if t >= 2.0)} request(s) took 2 s or more")
    kinds: dict[str, list[float]] = {}
    for what, t, _ in rows:
        kinds.setdefault(what, []).append(t)
    # Logins, acknowledgements and logouts write (they wait for the daemon's write lock); pages only read.
    print("web queue, slowest by request: " + ", ".join(
        f"{k} {max(v):.2f} s (median {statistics.median(v):.3f} s, n={len(v)})" for k, v in kinds.items()))
