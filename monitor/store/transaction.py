"""One write transaction: BEGIN IMMEDIATE with a bounded, jittered wait for the lock."""
from __future__ import annotations

import random
import sqlite3
import time

from monitor.store.queue import install_functions


def is_locked(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


class Transaction:
    """BEGIN IMMEDIATE ... COMMIT; nested uses join the outer transaction.

    SQLite's busy handler waits up to lock_wait for another writer; in WAL mode BEGIN can
    still answer "locked" at once (a checkpoint or recovery in progress), so BEGIN is tried
    again, after a short random pause, until lock_wait has passed.
    """

    def __init__(self, conn: sqlite3.Connection, lock_wait: float = 30.0):
        self.conn = conn
        self.lock_wait = lock_wait
        install_functions(conn)  # the queue's sw_web_hidden
        self.outer = False

    def __enter__(self):
        self.outer = not self.conn.in_transaction
        if self.outer:
            deadline = time.monotonic() + self.lock_wait
            while True:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError as exc:
                    if not is_locked(exc) or time.monotonic() >= deadline:
                        raise
                    time.sleep(random.uniform(0.005, 0.05))
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        if not self.outer:
            return False
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error:
                if self.conn.in_transaction:  # the commit failed (a full disk): leave no half-open transaction
                    self.conn.execute("ROLLBACK")
                raise
        elif self.conn.in_transaction:
            # A full disk (SQLITE_FULL) or I/O error has already rolled back: a second ROLLBACK
            # would fail and hide the error that says what went wrong.
            self.conn.execute("ROLLBACK")
        return False
