"""Migration 13: ingest keys.

Ingest stays linear (issue 16): each write transaction rewrites every index page one of its
inserts lands on, and an index whose keys arrive in no order (an author, a text's hash) lands on
a page of its own for nearly every post once it outgrows a batch. So those indexes hold only the
rows their lookups concern, and as little of each as finds them:

- an author's posts (history, author_items) are never looked up for a post with no author
  (most alerts' and many feeds' articles), so those are left out;
- a post reached through two sources of one platform keeps its platform id, looked up only on
  social platforms (a feed's ids are the feed's own: monitor/ingest/identity.py), so feed articles
  leave that index;
- a feed article's copies are found by the first 8 hex digits (32 bits) of its text's hash,
  each candidate's full hash checked on its row: a third of the bytes per entry of the full
  hash, and two articles of one school sharing the first 8 digits cost one more row read.

mention_staff_insert (migration 12) goes: an INSERT on a table with an insert trigger, inside
a transaction, first copies every page it will change into a statement journal (a temporary
file: about 9 pages, 70 KB, for each post stored), in case the trigger fails halfway. It never
fired: a post is stored unjudged (save_fetch names neither priority nor triaged_at) and becomes
flagged only by an UPDATE, which mention_staff_update follows.

The platform conditions are the store's SOCIAL_PLATFORMS_SQL and FEED_PLATFORMS_SQL word for
word: SQLite uses a partial index only for a query that repeats its condition (the store says
why they are NOT (...) of comparisons rather than "platform IN (...)"). IF EXISTS / IF NOT
EXISTS: a store taken back to an older version by hand and migrated again still opens.
"""

_FEED = ("NOT (platform <> '' AND platform <> 'file' AND platform <> 'google_alerts' AND platform <> 'google_news' "
         "AND platform <> 'news' AND platform <> 'rss')")
_SOCIAL = ("NOT (platform = '' OR platform = 'file' OR platform = 'google_alerts' OR platform = 'google_news' "
           "OR platform = 'news' OR platform = 'rss')")

SQL = f"""
        DROP TRIGGER IF EXISTS mention_staff_insert;
        DROP INDEX IF EXISTS mentions_platform_author;
        CREATE INDEX IF NOT EXISTS mentions_named_author ON mentions (school_id, platform, author)
            WHERE author <> '';
        DROP INDEX IF EXISTS mentions_platform_ext;
        CREATE INDEX IF NOT EXISTS mentions_social_ext ON mentions (school_id, platform, external_id)
            WHERE {_SOCIAL};
        DROP INDEX IF EXISTS mentions_feed_content;
        CREATE INDEX IF NOT EXISTS mentions_feed_key ON mentions (school_id, substr(content_hash, 1, 8))
            WHERE {_FEED};
"""
