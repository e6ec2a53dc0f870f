"""Migration 6: indexes.

Every lookup on the hot path gets an index (issue 16: the store was quadratic, 40k posts took
11 minutes). Older versions wrote years below 1000 unpadded ("1-01-01T..."): padded here so
every stored time sorts as text.
"""

SQL = """
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
