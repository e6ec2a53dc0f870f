"""Login attempts slowed per client address, and password checks capped.

An account lock punishes the account's owner: anyone who knows the headteacher's name could
keep her locked out by guessing every quarter of an hour. Slowing the *address* that guesses
costs a guesser time and costs the owner nothing. After `free` attempts, each further one
must wait twice as long as the last (1 s, 2 s, 4 s ... up to `max_delay`); a successful login
or an hour's quiet forgets the address.

argon2 is slow on purpose (about 0.5 s and 64 MiB a check); `PasswordChecks` lets only a few
run at once, so guesses cannot take every server thread from the people using the queue.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass
class _Seen:
    attempts: int
    last: datetime
    next_allowed: datetime


class LoginThrottle:
    def __init__(self, free: int = 5, first_delay: float = 1.0, max_delay: float = 900.0,
                 forget_after: float = 3600.0, max_addresses: int = 10_000):
        self.free, self.first_delay, self.max_delay = free, first_delay, max_delay
        self.forget_after = timedelta(seconds=forget_after)
        self.max_addresses = max_addresses
        self._seen: OrderedDict[str, _Seen] = OrderedDict()
        self._lock = threading.Lock()

    def delay(self, attempts: int) -> float:
        """Seconds to wait after this many attempts without a success."""
        if attempts < self.free:
            return 0.0
        return min(self.first_delay * 2 ** (attempts - self.free), self.max_delay)

    def begin(self, address: str, now: datetime) -> float:
        """Count an attempt now, atomically. 0: go ahead; else the seconds the address must still wait."""
        with self._lock:
            seen = self._seen.get(address)
            if seen is not None and now - seen.last > self.forget_after:
                seen = None
            if seen is not None and now < seen.next_allowed:
                return max((seen.next_allowed - now).total_seconds(), 0.001)
            attempts = (seen.attempts if seen else 0) + 1
            self._seen[address] = _Seen(attempts, now, now + timedelta(seconds=self.delay(attempts)))
            self._seen.move_to_end(address)
            while len(self._seen) > self.max_addresses:  # bounded memory whatever a flood sends
                self._seen.popitem(last=False)
            return 0.0

    def succeeded(self, address: str) -> None:
        with self._lock:
            self._seen.pop(address, None)


class PasswordChecks:
    """At most `slots` password checks at once; a check that cannot start within `wait` s is refused."""

    def __init__(self, slots: int = 2, wait: float = 2.0):
        self._slots = threading.BoundedSemaphore(slots)
        self.wait = wait

    def acquire(self) -> bool:
        return self._slots.acquire(timeout=self.wait)

    def release(self) -> None:
        self._slots.release()
