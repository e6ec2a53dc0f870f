"""Migration 12: staff cases.

A staff case page (issue 15) read every flagged item of its school to find the few about one
member of staff: `about` is a JSON list, and no index of `mentions` can be searched by one of
its entries. mention_staff holds, for each flagged, judged post (the queue's partial indexes'
WHERE: store/queue.py BASE), one row per "staff:<id>" entry of its `about`, kept by triggers,
so a case page and the staff list read the member's posts only. The triggers do nothing for a
post that is not flagged before or after the change: ingest and triage of the rest pay one test.
"""

_FLAGGED = "{r}.priority IN ('urgent', 'high', 'digest') AND {r}.triaged_at IS NOT NULL"
# The entries of `about` that name a member of staff; an unreadable list names no one (as the Item reads it).
_TAGS = ("SELECT DISTINCT {r}.id, {r}.school_id, value FROM json_each(CASE WHEN json_valid({r}.about) "
         "AND json_type({r}.about) = 'array' THEN {r}.about ELSE '[]' END) "
         "WHERE type = 'text' AND substr(value, 1, 6) = 'staff:'")

SQL = f"""
        CREATE TABLE mention_staff (
            school_id TEXT NOT NULL,
            tag TEXT NOT NULL,
            mention_id INTEGER NOT NULL,  -- kept by the triggers below
            PRIMARY KEY (school_id, tag, mention_id));
        CREATE INDEX mention_staff_mention ON mention_staff (mention_id);
        INSERT OR IGNORE INTO mention_staff (mention_id, school_id, tag)
            SELECT DISTINCT m.id, m.school_id, j.value FROM mentions m, json_each(CASE WHEN json_valid(m.about)
                AND json_type(m.about) = 'array' THEN m.about ELSE '[]' END) j
            WHERE {_FLAGGED.format(r='m')} AND j.type = 'text' AND substr(j.value, 1, 6) = 'staff:';
        CREATE TRIGGER mention_staff_insert AFTER INSERT ON mentions
            WHEN {_FLAGGED.format(r='NEW')}
        BEGIN
            INSERT OR IGNORE INTO mention_staff (mention_id, school_id, tag) {_TAGS.format(r='NEW')};
        END;
        CREATE TRIGGER mention_staff_update AFTER UPDATE OF about, priority, triaged_at, school_id ON mentions
            WHEN ({_FLAGGED.format(r='OLD')}) OR ({_FLAGGED.format(r='NEW')})
        BEGIN
            DELETE FROM mention_staff WHERE mention_id = OLD.id;
            INSERT OR IGNORE INTO mention_staff (mention_id, school_id, tag)
                SELECT * FROM ({_TAGS.format(r='NEW')}) WHERE {_FLAGGED.format(r='NEW')};
        END;
        CREATE TRIGGER mention_staff_delete AFTER DELETE ON mentions
            WHEN {_FLAGGED.format(r='OLD')}
        BEGIN
            DELETE FROM mention_staff WHERE mention_id = OLD.id;
        END;
"""
