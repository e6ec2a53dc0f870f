"""The database: the only place mentions, cursors, runs and mail live.

Times are ISO-8601 UTC strings ending in Z, so they sort as text.
"""
from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Sequence


from connectors.base import Mention

from monitor.ingest.identity import FEED_PLATFORMS, deduplicates_by_content, has_history
from monitor.timeutil import iso
from monitor.vocab import Decision, Item, PriorPost
from monitor.private import private_dir, private_file, tighten
from monitor.store.backup import pre_migration_copy
from monitor.store.errors import note_path
from monitor.store.migrations import MIGRATIONS, migrate
from monitor.store.acks import AcksMixin
from monitor.store.incidents import IncidentsMixin
from monitor.store.reports import WebReportsMixin
from monitor.store.outbox import OutboxMixin
from monitor.store.sources import SourcesMixin
from monitor.store.evidence import EvidenceMixin
from monitor.store.removals import RemovalsMixin
from monitor.store.items import NAMED_AUTHOR_SQL, ItemsMixin, row_to_item
from monitor.store.queue import QueueMixin, install_functions
from monitor.store.staff import StaffMixin
from monitor.store.transaction import Transaction, is_locked  # noqa: F401  (the web retries on is_locked)


log = logging.getLogger("schoolwatch.store")

EMPTY_CONTENT = hashlib.sha256(b"").hexdigest()  # image-only posts: never "the same text"
# Pages of 8 KiB for a new database (SQLite's default is 4): fewer, shallower pages for the
# indexes each batch of inserts rewrites (issue 16). Store.open's cache size is in KiB, not pages.
PAGE_SIZE = 8192
# The WAL is checkpointed into the database every this many pages (SQLite's default is 1000):
# 16 MB of WAL at 8 KiB pages.
WAL_CHECKPOINT_PAGES = 2000
# FEED_PLATFORMS as SQL, word for word the WHERE of migration 13's partial indexes (feed articles'
# text keys; social posts' platform ids): SQLite uses a partial index only for a query
# that repeats its condition. Written as NOT (...) of comparisons, for two costs SQLite would
# otherwise pay: every insert tests each partial index's condition, and "platform IN (...)" of
# more than two values is first built into a table, each time; and a condition SQLite can take
# apart into "platform = 'rss'" terms makes every query saying "platform = ?" (history, an
# author's posts) be prepared again each time a value is bound, to test whether the index applies.
_FEEDS = ("''", "'file'", "'google_alerts'", "'google_news'", "'news'", "'rss'")
FEED_PLATFORMS_SQL = "NOT (" + " AND ".join(f"platform <> {p}" for p in _FEEDS) + ")"
SOCIAL_PLATFORMS_SQL = "NOT (" + " OR ".join(f"platform = {p}" for p in _FEEDS) + ")"
# How much of a text's hash the feed index holds (migration 13's mentions_feed_key): the lookup
# says the same expression, and checks the whole hash on the row ("+content_hash": a plain
# equality on the column makes SQLite 3.40 search the index by school alone).
CONTENT_KEY_SQL = "substr(content_hash, 1, 8)"


@dataclass(frozen=True)
class Matched:
    """A fetched mention that is about one school, ready to store."""

    school_id: str
    mention: Mention
    about: tuple[str, ...]
    content_hash: str
    grade: str = ""  # sure, likely, possible (monitor/ingest/matching.py)
    why: str = ""  # the words that decided it
    possible: tuple[str, ...] = ()  # targets only possibly ours: triage decides if they matter


class Store(ItemsMixin, QueueMixin, StaffMixin, OutboxMixin, SourcesMixin, EvidenceMixin, AcksMixin, RemovalsMixin, IncidentsMixin, WebReportsMixin):
    def __init__(self, conn: sqlite3.Connection, lock_wait: float = 30.0):
        self.conn = conn
        self.lock_wait = lock_wait
        install_functions(conn)  # the queue's sw_web_hidden
        # Mail the server accepted whose mark the store could not write (a full disk): outbox id -> note.
        # In memory only, so this process never sends it twice; deliver.outbox.send_due retries the mark.
        self.delivered_unmarked: dict[int, str | None] = {}

    @classmethod
    def open(cls, path: str | Path, lock_wait: float = 30.0) -> "Store":
        """lock_wait: how long a write waits for another process's write to end before it fails.

        The daemon's writes are short (a batch of posts, one decision), so a person's click in
        the review queue waits at most for one of them; the queue passes a few seconds.
        """
        path = Path(path)
        on_disk = str(path) != ":memory:"
        if on_disk:
            # Owner-only whatever the umask: SQLite gives -wal and -shm the database file's mode.
            private_dir(path.parent)
            private_file(path)
            for extra in ("-wal", "-shm", "-journal"):
                tighten(f"{path}{extra}")
        # isolation_level=None: we say BEGIN and COMMIT ourselves, so a fetch's
        # mentions and its cursor land together or not at all.
        try:
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=lock_wait, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            # Before anything is written, WAL mode included: it takes effect only in a new, empty
            # file. A database made by an older version keeps its 4096 (only a VACUUM changes it).
            conn.execute(f"PRAGMA page_size={PAGE_SIZE:d}")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            # 64 MB of page cache: the pages a batch of inserts lands on stay in memory up to about
            # 100k posts (issue 16), and memory is only taken as the database grows.
            conn.execute("PRAGMA cache_size=-65536")
            conn.execute("PRAGMA foreign_keys=ON")
            # A checkpoint copies each page once however often the WAL holds it: the index pages
            # every batch rewrites are copied once in several batches rather than once each.
            conn.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES:d}")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if on_disk and 0 < version < len(MIGRATIONS):
                # An upgrade changes the schema: keep the database as it was, in case it goes wrong.
                pre_migration_copy(conn, path, version)
            migrate(conn)
        except (sqlite3.Error, OSError) as exc:
            note_path(exc, path)  # a full, read-only or damaged file says which file in its one line
            raise
        return cls(conn, lock_wait)

    def close(self) -> None:
        self.conn.close()

    def transaction(self):
        return Transaction(self.conn, self.lock_wait)

    # --- fetching -----------------------------------------------------------------

    def known_ids(self, source: str, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for table in ("mentions", "seen"):
                found.update(r[0] for r in self.conn.execute(
                    f"SELECT external_id FROM {table} WHERE source = ? AND external_id IN ({marks})",
                    [source, *chunk]))
        return found

    def save_fetch(self, source: str, matched: Sequence[Matched], unmatched_ids: Sequence[str],
                   cursor: str | None, now: datetime, *, final: bool = True) -> list[int]:
        """Store a fetch (or one batch of it) in one transaction. Returns the new mention ids.

        final: the fetch's last batch, which records its cursor and the source's success.
        Earlier batches leave the source's state alone, so a source that has never succeeded
        stays "never fetched" (its first fetch) until the whole of that fetch is in.
        """
        new_ids: list[int] = []
        stamp = iso(now)
        with self.transaction():
            for m in matched:
                if self._is_duplicate(m):
                    self._seen(source, m.mention.external_id, stamp)
                    continue
                mn = m.mention
                # Unjudged: neither priority nor triaged_at, so no staff case needs it yet (migration 13).
                cur = self.conn.execute(
                    """INSERT INTO mentions (school_id, source, external_id, platform, url, author, author_url,
                       published, fetched, text, context, content_hash, raw_sha256, extra, about,
                       match_grade, match_why, possible)
                       VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                    (m.school_id, mn.source, mn.external_id, mn.platform, mn.url, mn.author, mn.author_url,
                     iso(mn.published), stamp, mn.text, mn.context, m.content_hash, mn.raw_sha256,
                     json.dumps(dict(mn.extra), default=str), json.dumps(list(m.about)),
                     m.grade, m.why, json.dumps(list(m.possible))))
                new_ids.append(cur.lastrowid)
                # Kept until triage: dropped then unless the post reaches high or urgent.
                self.keep_received(cur.lastrowid, mn, hashlib.sha256(mn.text.encode("utf-8", "surrogatepass")).hexdigest())
            for ext in unmatched_ids:
                self._seen(source, ext, stamp)
            if final:
                self._set_state(source, cursor=cursor, last_success=stamp, failures=0, retry_after=None,
                                broken=None, broken_config=None, keep_cursor=cursor is None)
        return new_ids

    def _is_duplicate(self, m: Matched) -> bool:
        mn = m.mention
        one = "SELECT 1 FROM mentions WHERE school_id = ? AND "
        if self.conn.execute(one + "source = ? AND external_id = ?", (m.school_id, mn.source, mn.external_id)).fetchone():
            return True
        # The same post reached through two sources of one platform keeps its platform id.
        if mn.platform not in FEED_PLATFORMS and self.conn.execute(
                one + "platform = ? AND external_id = ? AND " + SOCIAL_PLATFORMS_SQL,
                (m.school_id, mn.platform, mn.external_id)).fetchone():
            return True
        if deduplicates_by_content(mn.platform) and m.content_hash != EMPTY_CONTENT:
            return self.conn.execute(
                one + f"{CONTENT_KEY_SQL} = ? AND +content_hash = ? AND {FEED_PLATFORMS_SQL}",
                (m.school_id, m.content_hash[:8], m.content_hash)).fetchone() is not None
        return False

    def answers(self) -> None:
        """Raises unless the database can be read: for /healthz."""
        self.conn.execute("SELECT 1 FROM users LIMIT 1").fetchall()

    def texts(self, school_ids: Sequence[str], source: str, external_ids: Iterable[str]) -> dict[str, str]:
        """external_id -> text of the stored mentions of a source among these (a reply's parent),
        by the unique index (school, source, external id)."""
        ids, out, schools = list(external_ids), {}, list(school_ids)
        for i in range(0, len(ids), 400):
            chunk = ids[i:i + 400]
            out.update(self.conn.execute(
                f"SELECT external_id, text FROM mentions WHERE school_id IN ({','.join('?' * len(schools))}) AND source = ? "
                f"AND external_id IN ({','.join('?' * len(chunk))})", [*schools, source, *chunk]).fetchall())
        return out

    def has_mention(self, source: str, external_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM mentions WHERE source = ? AND external_id = ? LIMIT 1",
                                 (source, external_id)).fetchone() is not None

    def forget_seen(self, source: str, external_id: str) -> None:
        """Let a post once refused as about nobody of ours be taken again."""
        with self.conn:
            self.conn.execute("DELETE FROM seen WHERE source = ? AND external_id = ?", (source, external_id))

    def screenshot_hashes(self) -> set[str]:
        """SHA-256 of every screenshot a stored mention refers to."""
        return {row[0] for row in self.conn.execute(
            "SELECT json_extract(extra, '$.screenshot_sha256') FROM mentions "
            "WHERE json_extract(extra, '$.screenshot_sha256') IS NOT NULL")}

    def _seen(self, source: str, external_id: str, stamp: str | None) -> None:
        self.conn.execute("INSERT OR IGNORE INTO seen (source, external_id, first_seen) VALUES (?,?,?)",
                          (source, external_id, stamp))

    # --- processing ---------------------------------------------------------------

    def untriaged(self, limit: int = 64, now: datetime | None = None) -> list[Item]:
        """The next posts to judge. A row that cannot even be read is set aside here, so it never blocks the rest."""
        while True:
            rows = self.conn.execute("SELECT * FROM mentions WHERE triaged_at IS NULL ORDER BY id LIMIT ?",
                                     (limit,)).fetchall()
            items = []
            for r in rows:
                try:
                    items.append(row_to_item(r))
                except Exception as exc:  # noqa: BLE001 - whatever is wrong with one row, the queue moves on
                    log.error("mention %s cannot be read (%s): set aside for the DSL", r["id"], exc)
                    self.set_aside(r["id"], f"the stored row cannot be read: {type(exc).__name__}: {exc}",
                                   now or datetime.now(timezone.utc))
            if items or not rows:
                return items

    def save_decision(self, item_id: int, scores: dict, decision: Decision, now: datetime) -> None:
        self.conn.execute(
            """UPDATE mentions SET scores = ?, priority = ?, categories = ?, actions = ?, why = ?, rules = ?,
               facts = ?, triaged_at = ? WHERE id = ?""",
            (json.dumps(scores), decision.priority, json.dumps(list(decision.categories)),
             json.dumps(list(decision.actions)), decision.why, json.dumps(list(decision.rules)),
             json.dumps(dict(decision.facts)), iso(now), item_id))

    def set_aside(self, item_id: int, reason: str, now: datetime) -> None:
        """A post that could not be judged: out of the queue, in front of the DSL with the reason.

        Written without reading the row back, since reading it may be what failed."""
        why = f"schoolwatch could not judge this post ({reason}): please read it yourself."
        self.save_decision(item_id, {}, Decision("high", ("neutral",), ("dsl_review",), why, ("set_aside",),
                                                 {"set_aside": reason}), now)

    def history(self, item: Item) -> list[PriorPost]:
        """Earlier posts by the same author on the same platform about this school, oldest first."""
        if not has_history(item.author, item.platform):
            return []
        rows = self.conn.execute(
            f"""SELECT * FROM mentions WHERE school_id = ? AND platform = ? AND author = ? AND id != ?
               AND {NAMED_AUTHOR_SQL} AND triaged_at IS NOT NULL AND COALESCE(published, fetched) <= ?
               ORDER BY COALESCE(published, fetched), id""",
            (item.school_id, item.platform, item.author, item.id, iso(item.published or item.fetched)))
        return [to_prior(row_to_item(r)) for r in rows]

    # --- retention ----------------------------------------------------------------

    def purge(self, before: datetime) -> dict[str, int]:
        """Delete what is older than `before`, except items under review or held as evidence."""
        cut = iso(before)
        with self.transaction():
            mentions = self.conn.execute(
                "DELETE FROM mentions WHERE fetched < ? AND held = 0 AND state IN ('new', 'decided', 'closed') "
                "AND id NOT IN (SELECT mention_id FROM outbox WHERE sent_at IS NULL AND mention_id IS NOT NULL)",
                (cut,)).rowcount
            seen = self.conn.execute("DELETE FROM seen WHERE first_seen < ?", (cut,)).rowcount
            runs = self.conn.execute("DELETE FROM runs WHERE started < ?", (cut,)).rowcount
            mail = self.conn.execute("DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < ?", (cut,)).rowcount
        return {"mentions": mentions, "seen": seen, "runs": runs, "outbox": mail}


def to_prior(item: Item) -> PriorPost:
    d = item.decision
    return PriorPost(id=str(item.id), published=item.published or item.fetched, about=item.about,
                     categories=d.categories if d else (), priority=d.priority if d else "", url=item.url)
