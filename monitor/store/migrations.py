"""Versioned schema changes, applied in order; PRAGMA user_version records the last one.

Append new migrations at the end; never edit one that has shipped.
"""
from __future__ import annotations

import sqlite3


# Each migration is one SQL script, run inside one transaction with its version bump.
M1_SPINE = """
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

# The review queue (monitor/review/web): accounts, decisions per action, false alarms, edited
# drafts, notes sent to staff, and the audit. The audit refuses UPDATE and DELETE: it is
# evidence of who did what, and a record that can be rewritten is not evidence.
M2_REVIEW = """
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


# Each outbox row gets its Message-ID's unique part when it is queued, so a resend after a
# crash (accepted by the server, killed before the mark) carries the same Message-ID and a
# mail client can fold the two copies. Rows queued before this migration get one now.
M3_MESSAGE_ID = """
        ALTER TABLE outbox ADD COLUMN message_id TEXT;
        UPDATE outbox SET message_id = lower(hex(randomblob(16))) || '.schoolwatch' WHERE message_id IS NULL;
"""

# After the alert (issue 14): what was received for a post that matters, as a hash chain per
# post (records refuse UPDATE: a rewritten record is not evidence), the bytes kept once by
# their SHA-256, and the follow-up of a removal request until the post is gone.
M4_AFTER = """
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


# Alerts as they are read on a phone: the drafts travel as attachments; an "I'm dealing
# with this" link per alert (the token's SHA-256 only: whoever reads the database cannot
# use it); posts grouped into incidents, so a second post by one author about one person
# is a short follow-up, not a second alert.
M5_ALERTS = """
        ALTER TABLE outbox ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';

        CREATE TABLE ack_links (
            token_hash TEXT PRIMARY KEY,
            mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
            school_id TEXT NOT NULL,
            role TEXT NOT NULL,
            recipient TEXT NOT NULL,
            created TEXT NOT NULL,
            expires TEXT NOT NULL,
            used_at TEXT
        );
        CREATE INDEX ack_links_mention ON ack_links (mention_id);

        CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            school_id TEXT NOT NULL,
            platform TEXT NOT NULL,
            author TEXT NOT NULL,
            target TEXT NOT NULL,
            first_mention INTEGER NOT NULL,
            opened TEXT NOT NULL,
            last_post TEXT NOT NULL
        );
        CREATE INDEX incidents_author ON incidents (school_id, platform, author, target, last_post);

        CREATE TABLE incident_mentions (
            mention_id INTEGER PRIMARY KEY REFERENCES mentions (id) ON DELETE CASCADE,
            incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE
        );
        CREATE INDEX incident_mentions_incident ON incident_mentions (incident_id);
"""


# Every lookup on the hot path gets an index (issue 16: the store was quadratic, 40k posts took
# 11 minutes). Older versions wrote years below 1000 unpadded ("1-01-01T..."): padded here so
# every stored time sorts as text.
M6_INDEXES = """
        CREATE INDEX mentions_source_ext ON mentions (source, external_id);
        CREATE INDEX mentions_platform_ext ON mentions (school_id, platform, external_id);
        CREATE INDEX mentions_platform_author ON mentions (school_id, platform, author);
        DROP INDEX mentions_author;  -- (school_id, source, author): no query reads by source and author
        CREATE INDEX mentions_alerts ON mentions (school_id, priority, state);
        CREATE INDEX mentions_s141f ON mentions (school_id)
            WHERE json_extract(facts, '$.s141f') IN ('1', 'true', 'yes');
        CREATE INDEX outbox_mention ON outbox (mention_id, kind);
        UPDATE mentions SET published = printf('%04d', CAST(substr(published, 1, instr(published, '-') - 1) AS INTEGER))
            || substr(published, instr(published, '-')) WHERE instr(published, '-') BETWEEN 2 AND 4;
"""


# Who a post is about, graded (issue 10): sure or likely targets stay in `about`; the grade, the
# words that decided it, and targets only possibly ours travel beside it. Rows stored before
# were matched by the older, stricter rule: their grade is unknown ('').
M7_MATCH = """
        ALTER TABLE mentions ADD COLUMN match_grade TEXT NOT NULL DEFAULT '';
        ALTER TABLE mentions ADD COLUMN match_why TEXT NOT NULL DEFAULT '';
        ALTER TABLE mentions ADD COLUMN possible TEXT NOT NULL DEFAULT '[]';
"""


# Personal text quoted in the audit (a decision's reason, a false alarm's note, an edited draft,
# the note sent to staff, a platform's answer) lives beside it, tied to its item: the retention
# purge deletes it with the item, and the audit keeps the facts (who did what, when). What is
# there moves now; for this one migration the append-only trigger steps aside.
M8_AUDIT_TEXT = """
        CREATE TABLE audit_text (
            audit_id INTEGER PRIMARY KEY REFERENCES audit (id),
            mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
            detail TEXT NOT NULL
        );
        CREATE INDEX audit_text_mention ON audit_text (mention_id);
        DROP TRIGGER audit_no_update;
        INSERT INTO audit_text (audit_id, mention_id, detail)
            SELECT id, mention_id, json_patch('{}', json_object(
                'reason', json_extract(detail, '$.reason'), 'note', json_extract(detail, '$.note'),
                'text', json_extract(detail, '$.text')))
            FROM audit WHERE mention_id IN (SELECT id FROM mentions)
            AND (json_extract(detail, '$.reason') IS NOT NULL OR json_extract(detail, '$.note') IS NOT NULL
                 OR json_extract(detail, '$.text') IS NOT NULL);
        UPDATE audit SET detail = json_set(json_remove(detail, '$.reason', '$.note', '$.text'), '$.personal',
                json((SELECT json_group_array(key) FROM json_each(audit.detail)
                      WHERE key IN ('reason', 'note', 'text'))))
            WHERE mention_id IS NOT NULL
            AND (json_extract(detail, '$.reason') IS NOT NULL OR json_extract(detail, '$.note') IS NOT NULL
                 OR json_extract(detail, '$.text') IS NOT NULL);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN
            SELECT RAISE(ABORT, 'the audit is append-only');
        END;
"""


# Reporting from the browser: a `reporter` role for office staff (a CHECK cannot be altered
# in SQLite, so the users table is rebuilt; its sessions end, and everyone logs in again), and
# who reported what, so a reporter sees their own reports and nothing else.
M9_REPORTS = """
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


# The review queue reads in SQL (issue 15: a page read every flagged item, 2-2.5 s during a
# backfill). Partial indexes: only flagged, judged posts, so ingest (priority still NULL) never
# touches them. mentions_flagged holds the queue's order (urgent first, then newest posted, as
# text that sorts in time: store/queue.py WHEN); mentions_flagged_counts covers the tab counts,
# the filter choices, the week's precision and what a viewer may not open. The expressions are store/queue.py's RANK and WHEN word for word.
M10_QUEUE = """
        CREATE INDEX mentions_flagged ON mentions (
            school_id,
            (CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 ELSE 2 END),
            (CASE WHEN substr(COALESCE(published, fetched), 20, 1) = 'Z'
                  THEN substr(COALESCE(published, fetched), 1, 19) || '.000000Z'
                  ELSE COALESCE(published, fetched) END) DESC,
            id DESC)
            WHERE priority IN ('urgent', 'high', 'digest') AND triaged_at IS NOT NULL;
        CREATE INDEX mentions_flagged_counts ON mentions (
            school_id, priority, state, source, about, triaged_at, fetched, categories, facts)
            WHERE priority IN ('urgent', 'high', 'digest') AND triaged_at IS NOT NULL;
"""


# Ingest stays linear (issue 16): each write transaction (a batch of 200 posts) rewrites every
# index page one of its inserts lands on, and a key that arrives in no order (a hash) lands on a
# different page for nearly every post once the index outgrows the batch. Only articles from
# feeds are deduplicated by their text, so only they carry the text's hash in an index.
# The list is the store's FEED_PLATFORMS_SQL, written out: a query can use this index only
# when it says the same words.
M11_FEED_CONTENT = """
        CREATE INDEX mentions_feed_content ON mentions (school_id, content_hash)
            WHERE platform IN ('', 'file', 'google_alerts', 'google_news', 'news', 'rss');
        DROP INDEX mentions_content;
"""


MIGRATIONS: list[str] = [M1_SPINE, M2_REVIEW, M3_MESSAGE_ID, M4_AFTER, M5_ALERTS, M6_INDEXES, M7_MATCH, M8_AUDIT_TEXT, M9_REPORTS,
                         M10_QUEUE, M11_FEED_CONTENT]


def migrate(db: sqlite3.Connection) -> int:
    """Bring the schema up to date, one transaction per migration. Returns the version."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise RuntimeError(
            f"database schema version {version} is newer than this schoolwatch ({len(MIGRATIONS)}): upgrade schoolwatch"
        )
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        try:
            db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number:d};\nCOMMIT;")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)
