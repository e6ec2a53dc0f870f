"""What was received for a post, kept as a hash chain (migrations/m04_after.py, monitor/review/chain.py).

The bytes live once in evidence_blobs under their SHA-256 (many posts share one response);
evidence_chain holds each post's records in order. Records are written, never changed.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from connectors.base import Mention

from monitor.review.chain import GENESIS, Record, sealed, sha256
from monitor.timeutil import iso


# Digests are found by their first 8 hex digits (migration 14: a whole SHA-256 is a key in no
# order, and its index a page written per post), the whole digest checked on the row. Each
# lookup says its index's expression, and the records' indexes' condition, word for word: SQLite
# uses an index on an expression, or a partial one, only for a query that repeats it. "+sha256":
# given "sha256 = ?", SQLite 3.40 puts the ? into substr(sha256, ...), which then no longer says
# the index's expression, and scans the table. ?1 is the digest.
_BLOB = "substr(sha256, 1, 8) = substr(?1, 1, 8) AND +sha256 = ?1"


def _unnamed(digest: str) -> str:
    """No record names the digest (an SQL expression), as a post's item or as a response."""
    return " AND ".join(f"NOT EXISTS (SELECT 1 FROM evidence_chain WHERE substr({col}, 1, 8) = substr({digest}, 1, 8) "
                        f"AND {col} <> '' AND +{col} = {digest})" for col in ("item_sha256", "body_sha256"))


class EvidenceMixin:
    conn: sqlite3.Connection

    def _blob(self, data: bytes) -> str:
        if not data:
            return ""
        digest = sha256(data)
        # Kept once: looked up first, as the table's key is a rowid, not the hash (migration 14).
        # Inside the write transaction, so no other writer can store the same bytes in between.
        if self.conn.execute(f"SELECT 1 FROM evidence_blobs WHERE {_BLOB}", (digest,)).fetchone() is None:
            self.conn.execute("INSERT INTO evidence_blobs (sha256, data) VALUES (?, ?)", (digest, data))
        return digest

    def _append(self, r: Record) -> Record:
        r = sealed(r)
        self.conn.execute(
            """INSERT INTO evidence_chain (mention_id, seq, kind, at, url, status, headers, item_sha256,
               body_sha256, text_sha256, note, prev, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (r.mention_id, r.seq, r.kind, r.at, r.url, r.status, json.dumps([list(h) for h in r.headers]),
             r.item_sha256, r.body_sha256, r.text_sha256, r.note, r.prev, r.hash))
        return r

    def keep_received(self, mention_id: int, mention: Mention, text_sha256: str) -> Record | None:
        """The first record of a post's chain: what its fetch received. Call inside the fetch's transaction."""
        got = mention.received
        if got is None:
            return None
        return self._append(Record(
            mention_id=mention_id, seq=1, kind="fetched", at=iso(got.at), url=got.url, status=got.status,
            headers=tuple(got.headers), item_sha256=self._blob(got.item), body_sha256=self._blob(got.body),
            text_sha256=text_sha256, note="", prev=GENESIS))

    def append_check(self, mention_id: int, at: datetime, url: str, status: int | None,
                     headers: tuple[tuple[str, str], ...], body: bytes, note: str) -> Record:
        """A later look at the post's address, chained after whatever is there."""
        with self.transaction():
            last = self.conn.execute("SELECT seq, hash FROM evidence_chain WHERE mention_id = ? "
                                     "ORDER BY seq DESC LIMIT 1", (mention_id,)).fetchone()
            seq, prev = (last["seq"] + 1, last["hash"]) if last else (1, GENESIS)
            return self._append(Record(
                mention_id=mention_id, seq=seq, kind="check", at=iso(at), url=url, status=status,
                headers=tuple(headers), item_sha256="", body_sha256=self._blob(body), text_sha256="", note=note,
                prev=prev))

    def evidence_chain(self, mention_id: int) -> list[Record]:
        rows = self.conn.execute("SELECT * FROM evidence_chain WHERE mention_id = ? ORDER BY seq", (mention_id,))
        return [Record(mention_id=r["mention_id"], seq=r["seq"], kind=r["kind"], at=r["at"], url=r["url"],
                       status=r["status"], headers=tuple(tuple(h) for h in json.loads(r["headers"])),
                       item_sha256=r["item_sha256"], body_sha256=r["body_sha256"], text_sha256=r["text_sha256"],
                       note=r["note"], prev=r["prev"], hash=r["hash"]) for r in rows]

    def evidence_blob(self, digest: str) -> bytes | None:
        row = self.conn.execute(f"SELECT data FROM evidence_blobs WHERE {_BLOB}", (digest,)).fetchone()
        return bytes(row["data"]) if row else None

    def drop_received(self, mention_id: int) -> int:
        """After triage, for a post below high: its received bytes are not evidence of anything.

        Only the bytes this post's records named are looked at, by the indexes on the digests:
        each judged post costs the same however many posts of a backfill still wait (the
        retention purge sweeps the rest)."""
        with self.transaction():
            named = self.conn.execute("SELECT item_sha256, body_sha256 FROM evidence_chain WHERE mention_id = ?",
                                      (mention_id,)).fetchall()
            n = self.conn.execute("DELETE FROM evidence_chain WHERE mention_id = ?", (mention_id,)).rowcount
            for digest in {d for row in named for d in row if d}:
                self.conn.execute(f"DELETE FROM evidence_blobs WHERE {_BLOB} AND {_unnamed('?1')}", (digest,))
        return n

    def sweep_evidence_blobs(self) -> int:
        """Delete kept bytes no record names (their posts were dropped or purged)."""
        return self.conn.execute(
            f"DELETE FROM evidence_blobs WHERE {_unnamed('evidence_blobs.sha256')}").rowcount

    def triaged_at(self, mention_id: int) -> datetime | None:
        from monitor.timeutil import parse_iso

        row = self.conn.execute("SELECT triaged_at FROM mentions WHERE id = ?", (mention_id,)).fetchone()
        return parse_iso(row["triaged_at"]) if row else None
