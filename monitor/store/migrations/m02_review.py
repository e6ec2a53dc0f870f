"""Migration 2: review.

The review queue (monitor/review/web): accounts, decisions per action, false alarms, edited
drafts, notes sent to staff, and the audit. The audit refuses UPDATE and DELETE: it is
evidence of who did what, and a record that can be rewritten is not evidence.
"""

SQL = """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('ceo', 'head', 'dsl', 'viewer')),
            school_id TEXT CHECK (role = 'ceo' OR school_id IS NOT NULL),
            password_hash TEXT NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            disabled INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL
        );

        -- Server-side sessions: the cookie holds a random token, the table its SHA-256.
        CREATE TABLE web_sessions (
            token_hash TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            csrf TEXT NOT NULL,
            created TEXT NOT NULL,
            expires TEXT NOT NULL
        );

        -- One row per decision made; the newest row for (mention, action) is the current one.
        CREATE TABLE action_decisions (
            id INTEGER PRIMARY KEY,
            mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
            action TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('taken', 'not_pursued')),
            taken_at TEXT,
            reference TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            user_name TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            CHECK (outcome != 'not_pursued' OR length(trim(reason)) > 0),
            CHECK (outcome != 'taken' OR taken_at IS NOT NULL)
        );
        CREATE INDEX action_decisions_mention ON action_decisions (mention_id, action, id);

        CREATE TABLE false_alarms (
            id INTEGER PRIMARY KEY,
            mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
            user_name TEXT NOT NULL,
            at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX false_alarms_mention ON false_alarms (mention_id);

        CREATE TABLE draft_edits (
            id INTEGER PRIMARY KEY,
            mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
            action TEXT NOT NULL,
            draft_key TEXT NOT NULL,
            text TEXT NOT NULL,
            user_name TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX draft_edits_mention ON draft_edits (mention_id, draft_key, id);

        -- What a member of staff was told, and when: the inform_staff note as sent.
        CREATE TABLE staff_notes (
            id INTEGER PRIMARY KEY,
            mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
            school_id TEXT NOT NULL,
            staff_id TEXT NOT NULL,
            text TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            user_name TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX staff_notes_staff ON staff_notes (school_id, staff_id);

        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_name TEXT NOT NULL,
            school_id TEXT,
            event TEXT NOT NULL,
            mention_id INTEGER,
            detail TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX audit_mention ON audit (mention_id);
        CREATE INDEX audit_school ON audit (school_id, id);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN
            SELECT RAISE(ABORT, 'the audit is append-only');
        END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN
            SELECT RAISE(ABORT, 'the audit is append-only');
        END;
"""
