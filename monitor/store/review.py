"""The review queue's SQL: users, web sessions, decisions, false alarms, draft edits, notes
sent to staff, and the append-only audit (migrations/m02_review.py).

Every write that a person makes goes in one transaction with its audit row, so there is
never a decision without its record of who made it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterator, Sequence

from monitor.timeutil import iso, parse_iso
from monitor.store.accounts import AccountsMixin

OUTCOMES = ("taken", "not_pursued")


@dataclass(frozen=True)
class ActionDecision:
    id: int
    mention_id: int
    action: str
    outcome: str
    taken_at: datetime | None
    reference: str
    reason: str
    user_name: str
    recorded_at: datetime


@dataclass(frozen=True)
class StaffNote:
    id: int
    mention_id: int
    school_id: str
    staff_id: str
    text: str
    sent_at: datetime
    user_name: str


# Keys of an audit entry's detail that quote people (a reason, a note, a draft): personal data
# of the item, deleted with it by the retention purge.
PERSONAL = ("reason", "note", "text")
PURGED = "(deleted with the item by the retention purge)"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    user_name: str
    school_id: str | None
    event: str
    mention_id: int | None
    detail: dict

    def as_dict(self) -> dict:
        return {"id": self.id, "at": iso(self.at), "user": self.user_name, "school_id": self.school_id,
                "event": self.event, "mention_id": self.mention_id, "detail": self.detail}


class Review(AccountsMixin):
    """The review tables of one Store (`store.conn`, opened with isolation_level=None)."""

    def __init__(self, store):
        self.store = store
        self.conn = store.conn

    def _tx(self):
        return self.store.transaction()

    # --- decisions ----------------------------------------------------------------

    def decide(self, mention_id: int, school_id: str, action: str, outcome: str, *, user: str, now: datetime,
               taken_at: datetime | None = None, reference: str = "", reason: str = "") -> int:
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome {outcome!r} is not one of {', '.join(OUTCOMES)}")
        if outcome == "not_pursued" and not reason.strip():
            raise ValueError("an action not pursued needs the reason")
        if outcome == "taken":
            taken_at = taken_at or now
        with self._tx():
            rid = self.conn.execute(
                "INSERT INTO action_decisions (mention_id, action, outcome, taken_at, reference, reason, "
                "user_name, recorded_at) VALUES (?,?,?,?,?,?,?,?)",
                (mention_id, action, outcome, iso(taken_at), reference.strip(), reason.strip(), user,
                 iso(now))).lastrowid
            self.audit(user, "decision", now, school_id=school_id, mention_id=mention_id,
                       detail={"action": action, "outcome": outcome, "taken_at": iso(taken_at),
                               "reference": reference.strip(), "reason": reason.strip()})
        return rid

    def decisions(self, mention_id: int) -> list[ActionDecision]:
        rows = self.conn.execute("SELECT * FROM action_decisions WHERE mention_id = ? ORDER BY id", (mention_id,))
        return [ActionDecision(id=r["id"], mention_id=r["mention_id"], action=r["action"], outcome=r["outcome"],
                               taken_at=parse_iso(r["taken_at"]), reference=r["reference"], reason=r["reason"],
                               user_name=r["user_name"], recorded_at=parse_iso(r["recorded_at"])) for r in rows]

    def current_decisions(self, mention_id: int) -> dict[str, ActionDecision]:
        return {d.action: d for d in self.decisions(mention_id)}  # later rows win

    def false_alarm(self, mention_id: int, school_id: str, *, user: str, now: datetime, note: str = "") -> None:
        with self._tx():
            self.conn.execute("INSERT INTO false_alarms (mention_id, user_name, at, note) VALUES (?,?,?,?)",
                              (mention_id, user, iso(now), note.strip()))
            self.store.set_state(mention_id, "closed")
            self.audit(user, "false_alarm", now, school_id=school_id, mention_id=mention_id,
                       detail={"note": note.strip()})

    def undo_false_alarm(self, mention_id: int, school_id: str, *, user: str, now: datetime) -> None:
        """A false alarm marked by mistake: it no longer counts, the item is open again, the audit keeps both."""
        with self._tx():
            gone = self.conn.execute("DELETE FROM false_alarms WHERE mention_id = ?", (mention_id,)).rowcount
            if gone:
                self.store.set_state(mention_id, "in_review")
                self.audit(user, "false_alarm_undone", now, school_id=school_id, mention_id=mention_id)

    def false_alarm_ids(self, mention_ids: Sequence[int] | None = None) -> set[int]:
        if mention_ids is None:
            return {r[0] for r in self.conn.execute("SELECT DISTINCT mention_id FROM false_alarms")}
        return {r[0] for r in self.conn.execute(  # one parameter however many ids
            "SELECT DISTINCT mention_id FROM false_alarms WHERE mention_id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(mention_ids)),))}

    def set_state(self, mention_id: int, school_id: str, state: str, *, user: str, now: datetime) -> None:
        with self._tx():
            self.store.set_state(mention_id, state)
            self.audit(user, "state", now, school_id=school_id, mention_id=mention_id, detail={"state": state})

    # --- drafts and staff notes ------------------------------------------------------

    def edit_draft(self, mention_id: int, school_id: str, action: str, draft_key: str, text: str, *,
                   user: str, now: datetime) -> None:
        with self._tx():
            self.conn.execute("INSERT INTO draft_edits (mention_id, action, draft_key, text, user_name, at) "
                              "VALUES (?,?,?,?,?,?)", (mention_id, action, draft_key, text, user, iso(now)))
            self.audit(user, "edit_draft", now, school_id=school_id, mention_id=mention_id,
                       detail={"action": action, "draft": draft_key, "text": text})

    def draft_edits(self, mention_id: int) -> dict[str, dict]:
        """The newest edit of each draft: {draft_key: {"text", "user", "at"}}."""
        out: dict[str, dict] = {}
        for r in self.conn.execute("SELECT * FROM draft_edits WHERE mention_id = ? ORDER BY id", (mention_id,)):
            out[r["draft_key"]] = {"text": r["text"], "user": r["user_name"], "at": parse_iso(r["at"])}
        return out

    def record_staff_note(self, mention_id: int, school_id: str, staff_id: str, text: str, sent_at: datetime, *,
                          user: str, now: datetime) -> None:
        if not text.strip():
            raise ValueError("the note sent to the member of staff is empty")
        with self._tx():
            self.conn.execute(
                "INSERT INTO staff_notes (mention_id, school_id, staff_id, text, sent_at, user_name, recorded_at) "
                "VALUES (?,?,?,?,?,?,?)", (mention_id, school_id, staff_id, text, iso(sent_at), user, iso(now)))
            self.audit(user, "staff_note", now, school_id=school_id, mention_id=mention_id,
                       detail={"staff_id": staff_id, "sent_at": iso(sent_at), "text": text})

    def staff_notes(self, school_id: str, staff_id: str | None = None,
                    mention_id: int | None = None) -> list[StaffNote]:
        sql, args = "SELECT * FROM staff_notes WHERE school_id = ?", [school_id]
        if staff_id is not None:
            sql, args = sql + " AND staff_id = ?", [*args, staff_id]
        if mention_id is not None:
            sql, args = sql + " AND mention_id = ?", [*args, mention_id]
        return [StaffNote(id=r["id"], mention_id=r["mention_id"], school_id=r["school_id"], staff_id=r["staff_id"],
                          text=r["text"], sent_at=parse_iso(r["sent_at"]), user_name=r["user_name"])
                for r in self.conn.execute(sql + " ORDER BY sent_at, id", args)]

    # --- precision ------------------------------------------------------------------

    def precision(self, school_ids: Sequence[str] | None, since: datetime, priorities: Sequence[str],
                  scope=None) -> dict:
        """Of the items flagged since `since` at these priorities: how many were reviewed
        (a decision recorded or marked a false alarm) and how many of those were false alarms.
        scope: only what this store.queue.QueueScope may open (a viewer); None: every item of the schools."""
        from monitor.store.queue import BASE, BY_COUNTS, FLAGGED, scope_sql

        if not set(priorities) <= set(FLAGGED):
            raise ValueError(f"precision is of flagged items ({', '.join(FLAGGED)}), not {priorities!r}")
        where = [BASE.format(m="m"), f"m.priority IN ({','.join('?' * len(priorities))})", "m.fetched >= ?"]
        args: list[Any] = [*priorities, iso(since)]
        if scope is not None:
            terms, more = scope_sql(scope, "m")
            where.append(terms)
            args.extend(more)
        if school_ids is not None:
            where.append(f"m.school_id IN ({','.join('?' * len(school_ids))})")
            args.extend(school_ids)
        # Counted from the flagged items' index; the reviewed ones from the few that people acted on,
        # since a backfill fetches tens of thousands in one week.
        flagged = self.conn.execute(f"SELECT COUNT(*) FROM {BY_COUNTS} WHERE {' AND '.join(where)}",
                                    args).fetchone()[0]
        r = self.conn.execute(
            f"""SELECT COUNT(*) AS reviewed,
                SUM(EXISTS (SELECT 1 FROM false_alarms f WHERE f.mention_id = m.id)) AS false_alarms
                FROM (SELECT mention_id FROM false_alarms UNION SELECT mention_id FROM action_decisions) acted
                CROSS JOIN mentions m ON m.id = acted.mention_id WHERE {' AND '.join(where)}""", args).fetchone()
        fa, reviewed = r["false_alarms"] or 0, r["reviewed"] or 0
        return {"flagged": flagged, "reviewed": reviewed, "false_alarms": fa,
                "precision": (reviewed - fa) / reviewed if reviewed else None}

    # --- audit ----------------------------------------------------------------------

    def audit(self, user: str, event: str, now: datetime, *, school_id: str | None = None,
              mention_id: int | None = None, detail: dict | None = None) -> None:
        """Append to the audit. Personal text about an item (PERSONAL keys) is kept in audit_text,
        which the retention purge deletes with the item; the audit row names the keys it had."""
        detail = dict(detail or {})
        personal = {k: detail.pop(k) for k in PERSONAL if k in detail} if mention_id is not None else {}
        if personal:
            detail["personal"] = sorted(personal)
        audit_id = self.conn.execute(
            "INSERT INTO audit (at, user_name, school_id, event, mention_id, detail) VALUES (?,?,?,?,?,?)",
            (iso(now), user, school_id, event, mention_id, json.dumps(detail, sort_keys=True))).lastrowid
        if personal:
            self.conn.execute("INSERT INTO audit_text (audit_id, mention_id, detail) VALUES (?,?,?)",
                              (audit_id, mention_id, json.dumps(personal, sort_keys=True)))

    def audit_entries(self, school_ids: Sequence[str] | None = None, mention_id: int | None = None,
                      limit: int | None = None) -> list[AuditEntry]:
        return list(self.iter_audit(school_ids, mention_id, limit, newest_first=True))

    def iter_audit(self, school_ids: Sequence[str] | None = None, mention_id: int | None = None,
                   limit: int | None = None, newest_first: bool = False) -> Iterator[AuditEntry]:
        where, args = ["1 = 1"], []
        if school_ids is not None:
            # Entries with no school (a CEO's login, a CLI change) are trust-wide: CEO only.
            where.append(f"a.school_id IN ({','.join('?' * len(school_ids))})")
            args.extend(school_ids)
        if mention_id is not None:
            where.append("a.mention_id = ?")
            args.append(mention_id)
        sql = (f"SELECT a.*, t.detail AS personal FROM audit a LEFT JOIN audit_text t ON t.audit_id = a.id "
               f"WHERE {' AND '.join(where)} ORDER BY a.id {'DESC' if newest_first else 'ASC'}")
        if limit:
            sql += f" LIMIT {int(limit)}"
        for r in self.conn.execute(sql, args):
            detail = json.loads(r["detail"])
            kept = json.loads(r["personal"]) if r["personal"] else {}
            for key in detail.pop("personal", []):
                detail[key] = kept.get(key, PURGED)
            yield AuditEntry(id=r["id"], at=parse_iso(r["at"]), user_name=r["user_name"], school_id=r["school_id"],
                             event=r["event"], mention_id=r["mention_id"], detail=detail)
