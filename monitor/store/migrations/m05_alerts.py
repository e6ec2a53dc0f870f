"""Migration 5: alerts.

Alerts as they are read on a phone: the drafts travel as attachments; an "I'm dealing
with this" link per alert (the token's SHA-256 only: whoever reads the database cannot
use it); posts grouped into incidents, so a second post by one author about one person
is a short follow-up, not a second alert.
"""

SQL = """
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
