"""Migration 4: after.

After the alert (issue 14): what was received for a post that matters, as a hash chain per
post (records refuse UPDATE: a rewritten record is not evidence), the bytes kept once by
their SHA-256, and the follow-up of a removal request until the post is gone.
"""

SQL = """
        CREATE TABLE evidence_blobs (
            sha256 TEXT PRIMARY KEY,
            data BLOB NOT NULL
        );
        CREATE TABLE evidence_chain (
            id INTEGER PRIMARY KEY,
            mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('fetched', 'check')),
            at TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            status INTEGER,
            headers TEXT NOT NULL DEFAULT '[]',
            item_sha256 TEXT NOT NULL DEFAULT '',
            body_sha256 TEXT NOT NULL DEFAULT '',
            text_sha256 TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            prev TEXT NOT NULL,
            hash TEXT NOT NULL,
            UNIQUE (mention_id, seq)
        );
        CREATE INDEX evidence_chain_item ON evidence_chain (item_sha256);
        CREATE INDEX evidence_chain_body ON evidence_chain (body_sha256);
        CREATE TRIGGER evidence_chain_no_update BEFORE UPDATE ON evidence_chain
        BEGIN
            SELECT RAISE(ABORT, 'evidence records are never changed');
        END;

        CREATE TABLE removal_watch (
            mention_id INTEGER PRIMARY KEY REFERENCES mentions (id) ON DELETE CASCADE,
            school_id TEXT NOT NULL,
            decision_id INTEGER NOT NULL,
            requested_at TEXT NOT NULL,
            notice TEXT NOT NULL CHECK (notice IN ('defamation', 'platform')),
            due_at TEXT NOT NULL,
            reference TEXT NOT NULL DEFAULT '',
            next_check TEXT,
            checks INTEGER NOT NULL DEFAULT 0,
            last_checked TEXT,
            last_result TEXT NOT NULL DEFAULT '',
            etag TEXT NOT NULL DEFAULT '',
            last_modified TEXT NOT NULL DEFAULT '',
            gone_at TEXT,
            gone_how TEXT NOT NULL DEFAULT '',
            told_gone TEXT,
            told_overdue TEXT,
            stopped TEXT,
            stopped_why TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX removal_watch_due ON removal_watch (stopped, next_check);
"""
