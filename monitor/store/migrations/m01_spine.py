"""Migration 1: spine.

The spine: mentions, the ids of posts about nobody of ours, each source's state, runs and the outbox.
"""

SQL = """
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            school_id TEXT NOT NULL,
            source TEXT NOT NULL,
            external_id TEXT NOT NULL,
            platform TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            author_url TEXT NOT NULL DEFAULT '',
            published TEXT,
            fetched TEXT NOT NULL,
            text TEXT NOT NULL,
            context TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            raw_sha256 TEXT NOT NULL DEFAULT '',
            extra TEXT NOT NULL DEFAULT '{}',
            about TEXT NOT NULL DEFAULT '[]',
            scores TEXT,
            priority TEXT,
            categories TEXT,
            actions TEXT,
            why TEXT,
            rules TEXT,
            facts TEXT,
            triaged_at TEXT,
            state TEXT NOT NULL DEFAULT 'new',
            held INTEGER NOT NULL DEFAULT 0,
            UNIQUE (school_id, source, external_id)
        );
        CREATE INDEX mentions_content ON mentions (school_id, content_hash);
        CREATE INDEX mentions_queue ON mentions (triaged_at);
        CREATE INDEX mentions_author ON mentions (school_id, source, author);
        CREATE INDEX mentions_fetched ON mentions (fetched);

        -- Posts that are about nobody of ours: their id only, so they are not fetched twice.
        CREATE TABLE seen (
            source TEXT NOT NULL,
            external_id TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            PRIMARY KEY (source, external_id)
        );

        CREATE TABLE source_state (
            source TEXT PRIMARY KEY,
            cursor TEXT,
            broken TEXT,
            broken_config TEXT,
            retry_after TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            last_success TEXT,
            last_error TEXT,
            last_error_at TEXT
        );

        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            started TEXT NOT NULL,
            finished TEXT,
            new_items INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            permanent INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX runs_source ON runs (source, started);

        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            dedup_key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            school_id TEXT NOT NULL,
            mention_id INTEGER,
            recipients TEXT NOT NULL,
            subject TEXT NOT NULL,
            body_text TEXT NOT NULL,
            body_html TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            send_after TEXT NOT NULL,
            sent_at TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        );
        CREATE INDEX outbox_pending ON outbox (sent_at, send_after);
"""
