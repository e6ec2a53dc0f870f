"""Migration 14: evidence keys.

Ingest stays linear (issue 16), the evidence's share too. Every stored post writes what it
received: its bytes in evidence_blobs and a record naming them in evidence_chain. Each was
indexed by a whole SHA-256 (64 hex digits), a key in no order: once such an index outgrows a
batch of posts, nearly every insert lands on a page of its own, and each commit (and the WAL,
and the checkpoint) copies that page. Migration 13 did the same for feed articles' text.

- evidence_blobs becomes a rowid table (the bytes are appended in the order they come, not
  placed by their hash) with an index on the first 8 hex digits (32 bits) of the hash: the
  store looks a digest up before inserting it (monitor/store/evidence.py), so each blob is
  still kept once, and checks the whole hash on the row;
- the records' digests are indexed the same way, and only where there is one: a check names
  no item, and a source that keeps no whole response (jsonl, manual) names no body.

A quarter of the bytes per entry of the whole hash: about four times fewer pages for a batch
to land on. The records themselves (and so their hashes, monitor/review/chain.py) are untouched.
The blobs keep their order: each keeps its rowid. IF EXISTS / IF NOT EXISTS: a store taken back
to an older version by hand and migrated again still opens.
"""

SQL = """
        CREATE TABLE evidence_blobs_by_row (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL
        );
        INSERT INTO evidence_blobs_by_row (id, sha256, data) SELECT rowid, sha256, data FROM evidence_blobs;
        DROP TABLE evidence_blobs;
        ALTER TABLE evidence_blobs_by_row RENAME TO evidence_blobs;
        CREATE INDEX IF NOT EXISTS evidence_blobs_key ON evidence_blobs (substr(sha256, 1, 8));
        DROP INDEX IF EXISTS evidence_chain_item;
        CREATE INDEX IF NOT EXISTS evidence_chain_item_key ON evidence_chain (substr(item_sha256, 1, 8))
            WHERE item_sha256 <> '';
        DROP INDEX IF EXISTS evidence_chain_body;
        CREATE INDEX IF NOT EXISTS evidence_chain_body_key ON evidence_chain (substr(body_sha256, 1, 8))
            WHERE body_sha256 <> '';
"""
