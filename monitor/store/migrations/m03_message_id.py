"""Migration 3: message id.

Each outbox row gets its Message-ID's unique part when it is queued, so a resend after a
crash (accepted by the server, killed before the mark) carries the same Message-ID and a
mail client can fold the two copies. Rows queued before this migration get one now.
"""

SQL = """
        ALTER TABLE outbox ADD COLUMN message_id TEXT;
        UPDATE outbox SET message_id = lower(hex(randomblob(16))) || '.schoolwatch' WHERE message_id IS NULL;
"""
