"""Migration 8: audit text.

Personal text quoted in the audit (a decision's reason, a false alarm's note, an edited draft,
the note sent to staff, a platform's answer) lives beside it, tied to its item: the retention
purge deletes it with the item, and the audit keeps the facts (who did what, when). What is
there moves now; for this one migration the append-only trigger steps aside.
"""

SQL = """
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
