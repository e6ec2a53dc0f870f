"""Migration 9: reports.

Reporting from the browser: a `reporter` role for office staff (a CHECK cannot be altered
in SQLite, so the users table is rebuilt; its sessions end, and everyone logs in again), and
who reported what, so a reporter sees their own reports and nothing else.
"""

SQL = """
        CREATE TABLE users_new (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('ceo', 'head', 'dsl', 'viewer', 'reporter')),
            school_id TEXT CHECK (role = 'ceo' OR school_id IS NOT NULL),
            password_hash TEXT NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            disabled INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL
        );
        INSERT INTO users_new (id, name, role, school_id, password_hash, failures, locked_until, disabled, created)
            SELECT id, name, role, school_id, password_hash, failures, locked_until, disabled, created FROM users;
        DROP TABLE users;
        ALTER TABLE users_new RENAME TO users;

        CREATE TABLE web_reports (
            mention_id INTEGER PRIMARY KEY REFERENCES mentions (id) ON DELETE CASCADE,
            school_id TEXT NOT NULL,
            user_name TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX web_reports_user ON web_reports (user_name, at);
"""
