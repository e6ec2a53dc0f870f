"""Accounts and web sessions of the review queue: part of Review (monitor/store/review.py)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from monitor.timeutil import iso, parse_iso

ROLES = ("ceo", "head", "dsl", "viewer", "reporter")


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    school_id: str | None  # None: a trust CEO, who sees every school
    password_hash: str
    failures: int = 0
    locked_until: datetime | None = None  # no longer set: logins are slowed per address (web/throttle.py)
    disabled: bool = False

    def may_see(self, school_id: str) -> bool:
        return self.role == "ceo" or self.school_id == school_id

    @property
    def may_decide(self) -> bool:
        return self.role in ("ceo", "head", "dsl")


def _user(r) -> User:
    return User(id=r["id"], name=r["name"], role=r["role"], school_id=r["school_id"],
                password_hash=r["password_hash"], failures=r["failures"],
                locked_until=parse_iso(r["locked_until"]), disabled=bool(r["disabled"]))


class AccountsMixin:
    """Uses Review's connection, transaction and audit."""

    def add_user(self, name: str, role: str, school_id: str | None, password_hash: str, now: datetime) -> User:
        if role not in ROLES:
            raise ValueError(f"role {role!r} is not one of {', '.join(ROLES)}")
        if role != "ceo" and not school_id:
            raise ValueError(f"role {role!r} needs a school")
        with self._tx():
            self.conn.execute(
                "INSERT INTO users (name, role, school_id, password_hash, created) VALUES (?,?,?,?,?) "
                "ON CONFLICT (name) DO UPDATE SET role = excluded.role, school_id = excluded.school_id, "
                "password_hash = excluded.password_hash, failures = 0, locked_until = NULL, disabled = 0",
                (name, role, None if role == "ceo" else school_id, password_hash, iso(now)))
            # A reset password (often because the old one leaked) must end the sessions made with it.
            ended = self.conn.execute(
                "DELETE FROM web_sessions WHERE user_id = (SELECT id FROM users WHERE name = ?)", (name,)).rowcount
            self.audit("cli", "user_set", now, school_id=school_id,
                       detail={"name": name, "role": role, "sessions_ended": ended})
        return self.user(name)

    def disable_user(self, name: str, now: datetime) -> User:
        """Refuse the account's logins and end its open sessions; `user add` enables it again."""
        with self._tx():
            rows = self.conn.execute("UPDATE users SET disabled = 1 WHERE name = ? RETURNING id, school_id",
                                     (name,)).fetchall()
            if not rows:
                raise LookupError(f"there is no user {name!r}")
            found = rows[0]
            ended = self.conn.execute("DELETE FROM web_sessions WHERE user_id = ?", (found["id"],)).rowcount
            self.audit("cli", "user_disabled", now, school_id=found["school_id"],
                       detail={"name": name, "sessions_ended": ended})
        return self.user(name)

    def user(self, name: str) -> User | None:
        r = self.conn.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchone()
        return _user(r) if r else None

    def login_ok(self, user: User, token_hash: str, csrf: str, now: datetime, lifetime_s: int) -> None:
        with self._tx():
            self.conn.execute("UPDATE users SET failures = 0, locked_until = NULL WHERE id = ?", (user.id,))
            self.conn.execute("DELETE FROM web_sessions WHERE expires < ?", (iso(now),))
            self.conn.execute("INSERT INTO web_sessions (token_hash, user_id, csrf, created, expires) "
                              "VALUES (?,?,?,?,?)",
                              (token_hash, user.id, csrf, iso(now), iso(now + timedelta(seconds=lifetime_s))))
            self.audit(user.name, "login", now, school_id=user.school_id)

    def session(self, token_hash: str, now: datetime) -> tuple[User, str] | None:
        r = self.conn.execute(
            "SELECT u.*, s.csrf AS csrf FROM web_sessions s JOIN users u ON u.id = s.user_id "
            "WHERE s.token_hash = ? AND s.expires > ? AND u.disabled = 0", (token_hash, iso(now))).fetchone()
        return (_user(r), r["csrf"]) if r else None

    def logout(self, token_hash: str, user: User, now: datetime) -> None:
        with self._tx():
            self.conn.execute("DELETE FROM web_sessions WHERE token_hash = ?", (token_hash,))
            self.audit(user.name, "logout", now, school_id=user.school_id)
