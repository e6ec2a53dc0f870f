"""The staff cases' SQL: the flagged items about one member of staff, and each member's counts,
read through mention_staff (migration 12), so a case page costs what that member's items cost,
however many other flagged posts the school holds.

What the pages used to decide in Python over every flagged item of the school (a flagged,
judged post whose `about` holds "staff:<id>" as a whole entry, in the queue's order) is held by
the table tests in tests/web/test_staff_sql.py.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from monitor.store.queue import BASE, ORDER, _json_list
from monitor.vocab import Item

OPEN = ("new", "in_review")
# A post the store reads with no decision (an empty time judged) is on no case, as before.
_ITEM = f"{BASE.format(m='m')} AND m.triaged_at != ''"
# The member's few tagged posts first, then each by its id: never a walk of the school's posts.
_ABOUT = ("mention_staff s CROSS JOIN mentions m ON m.id = s.mention_id "
          "WHERE s.school_id = ? AND s.tag = ? AND " + _ITEM +
          f" AND EXISTS (SELECT 1 FROM json_each({_json_list('m.about')}) WHERE value = s.tag)")


@dataclass(frozen=True)
class StaffCount:
    items: int  # flagged items about the member
    open: int  # of them, new or in review


class StaffMixin:
    conn: sqlite3.Connection

    def staff_items(self, school_id: str, staff_id: str) -> list[Item]:
        """The flagged items about one member of staff, urgent first and newest first (the queue's order)."""
        from monitor.store.items import row_to_item

        rows = self.conn.execute(f"SELECT m.* FROM {_ABOUT} ORDER BY {ORDER.format(m='m')}",
                                 (school_id, f"staff:{staff_id}"))
        return [row_to_item(r) for r in rows]

    def staff_counts(self, school_id: str) -> dict[str, StaffCount]:
        """Per staff id named by the school's flagged items: how many, and how many still open.
        A member named by none is absent."""
        rows = self.conn.execute(
            f"SELECT s.tag, COUNT(*), SUM(m.state IN ({','.join('?' * len(OPEN))})) FROM {_ABOUT.replace('s.tag = ? AND ', '')} "
            "GROUP BY s.tag", (*OPEN, school_id))
        return {tag[len("staff:"):]: StaffCount(n, opened) for tag, n, opened in rows}
