"""Migration 11: feed content.

Ingest stays linear (issue 16): each write transaction (a batch of 200 posts) rewrites every
index page one of its inserts lands on, and a key that arrives in no order (a hash) lands on a
different page for nearly every post once the index outgrows the batch. Only articles from
feeds are deduplicated by their text, so only they carry the text's hash in an index.
The list is the store's FEED_PLATFORMS_SQL, written out: a query can use this index only
when it says the same words.
"""

SQL = """
        CREATE INDEX mentions_feed_content ON mentions (school_id, content_hash)
            WHERE platform IN ('', 'file', 'google_alerts', 'google_news', 'news', 'rss');
        DROP INDEX mentions_content;
"""
