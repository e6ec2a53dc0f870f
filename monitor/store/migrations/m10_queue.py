"""Migration 10: queue.

The review queue reads in SQL (issue 15: a page read every flagged item, 2-2.5 s during a
backfill). Partial indexes: only flagged, judged posts, so ingest (priority still NULL) never
touches them. mentions_flagged holds the queue's order (urgent first, then newest posted, as
text that sorts in time: store/queue.py WHEN); mentions_flagged_counts covers the tab counts,
the filter choices, the week's precision and what a viewer may not open. The expressions are store/queue.py's RANK and WHEN word for word.
"""

SQL = """
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
