"""The database: dedup, cursor with its mentions, runs, purge. Real SQLite files."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from connectors.base import ConnectorError, FetchResult, Mention
from monitor.config.types import School, Source, Staff
from monitor.ingest.poll import content_hash, ingest, poll_source
from monitor.store import Matched, Store
from monitor.store.migrations import MIGRATIONS
from monitor.vocab import Decision

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)
SCHOOL = School(id="hba", name="Hollowbrook Academy", locality=("Hexley",),
                staff=(Staff("tom-whitaker", "Tom Whitaker", aliases=("Mr Whitaker",)),))


def mention(ext: str, text: str, source: str = "gazette", author: str = "a", platform: str = "rss") -> Mention:
    return Mention(source=source, external_id=ext, url=f"https://x.example/{ext}", text=text,
                   published=NOW - timedelta(hours=1), author=author, platform=platform)


def test_only_posts_about_us_are_stored_the_rest_by_id_only(store):
    result = FetchResult((mention("1", "Hollowbrook Academy wins cup"), mention("2", "Cake recipe")), "c1")
    new = ingest(store, "gazette", result, [SCHOOL], NOW)
    assert len(new) == 1
    assert [i.text for i in store.items()] == ["Hollowbrook Academy wins cup"]
    assert [tuple(r) for r in store.conn.execute("SELECT external_id FROM seen")] == [("2",)]
    assert "Cake" not in "".join(str(tuple(r)) for r in store.conn.execute("SELECT * FROM seen"))
    assert store.source_state("gazette")["cursor"] == "c1"


def test_duplicates_across_runs_and_syndicated_copies_are_one_mention(store):
    ingest(store, "gazette", FetchResult((mention("1", "Hollowbrook Academy wins cup"),), "c1"), [SCHOOL], NOW)
    again = ingest(store, "gazette", FetchResult((mention("1", "Hollowbrook Academy wins cup"),), "c2"), [SCHOOL], NOW)
    copy = ingest(store, "news", FetchResult((mention("9", "HOLLOWBROOK ACADEMY wins cup!", "news"),), None),
                  [SCHOOL], NOW)
    assert again == [] and copy == []
    assert len(store.items()) == 1
    assert store.source_state("gazette")["cursor"] == "c2"


def test_cursor_and_mentions_land_together_or_not_at_all(store):
    ingest(store, "gazette", FetchResult((mention("1", "Hollowbrook Academy wins cup"),), "c1"), [SCHOOL], NOW)
    bad = Matched(school_id=None, mention=mention("2", "Hollowbrook Academy again"), about=("school",),
                  content_hash=content_hash("x"))
    good = Matched(school_id="hba", mention=mention("3", "Hollowbrook Academy once more"), about=("school",),
                   content_hash=content_hash("y"))
    with pytest.raises(sqlite3.IntegrityError):
        store.save_fetch("gazette", [good, bad], [], "c2", NOW)
    assert store.source_state("gazette")["cursor"] == "c1"
    assert [i.external_id for i in store.items()] == ["1"]


class Flaky:
    name = "flaky"

    def __init__(self, errors):
        self.errors = list(errors)

    def fetch(self, cursor):
        if self.errors:
            raise self.errors.pop(0)
        return FetchResult((mention("1", "Hollowbrook Academy news", "flaky"),), "ok")


def test_transient_error_backs_off_then_recovers(store):
    src = Source("flaky", "rss", 600, {"url": "http://127.0.0.1/f"})
    conn = Flaky([ConnectorError("HTTP 503", retry_after=1800)])
    clock = [NOW]
    out = poll_source(store, src, lambda s: conn, [SCHOOL], lambda: clock[0])
    assert out.error == "HTTP 503" and not out.permanent
    assert poll_source(store, src, lambda s: conn, [SCHOOL], lambda: clock[0]).skipped.startswith("backing off")
    clock[0] = NOW + timedelta(minutes=31)  # Retry-After (30 min) beats the 10-minute backoff
    assert poll_source(store, src, lambda s: conn, [SCHOOL], lambda: clock[0]).new_items == 1
    runs = store.conn.execute("SELECT error, new_items FROM runs ORDER BY id").fetchall()
    assert [tuple(r) for r in runs] == [("HTTP 503", 0), (None, 1)]
    health = store.source_health(["flaky"], clock[0])[0]
    assert health.items_7d == 1 and health.broken is None


def test_permanent_error_is_retried_daily_or_when_the_config_changes(store):
    src = Source("flaky", "rss", 600, {"url": "http://127.0.0.1/gone"})
    conn = Flaky([ConnectorError("HTTP 404: not found", permanent=True)] * 2)
    assert poll_source(store, src, lambda s: conn, [SCHOOL], lambda: NOW).permanent
    hour = NOW + timedelta(hours=1)
    assert poll_source(store, src, lambda s: conn, [SCHOOL], lambda: hour).skipped.startswith("broken")
    day = NOW + timedelta(days=1, minutes=1)  # a 403 now and then must not lose the source for good
    assert poll_source(store, src, lambda s: conn, [SCHOOL], lambda: day).permanent
    later = day + timedelta(hours=1)
    assert poll_source(store, src, lambda s: conn, [SCHOOL], lambda: later).skipped.startswith("broken")
    fixed = Source("flaky", "rss", 600, {"url": "http://127.0.0.1/feed"})
    assert poll_source(store, fixed, lambda s: conn, [SCHOOL], lambda: later).new_items == 1
    assert store.source_state("flaky")["broken"] is None


def test_a_secret_added_counts_as_a_change(store):
    src = Source("reddit", "reddit", 600, {"queries": ["x"]})
    conn = Flaky([ConnectorError("no secret reddit.client_id", permanent=True)])
    secrets: dict[str, str] = {}
    assert poll_source(store, src, lambda s: conn, [SCHOOL], lambda: NOW, secret=secrets.get).permanent
    hour = NOW + timedelta(hours=1)
    assert poll_source(store, src, lambda s: conn, [SCHOOL], lambda: hour, secret=secrets.get).skipped.startswith("broken")
    secrets.update({"reddit.client_id": "id", "reddit.client_secret": "s"})
    assert poll_source(store, src, lambda s: conn, [SCHOOL], lambda: hour, secret=secrets.get).new_items == 1


def test_a_connector_bug_is_contained(store):
    src = Source("buggy", "rss", 600, {"url": "http://127.0.0.1/f"})
    out = poll_source(store, src, lambda s: Flaky([KeyError("oops")]), [SCHOOL], lambda: NOW)
    assert "KeyError" in out.error and not out.permanent


def test_purge_keeps_items_under_review_or_held(store):
    old = NOW - timedelta(days=400)
    ids = ingest(store, "g", FetchResult(tuple(mention(str(i), f"Hollowbrook Academy item {i}", "g")
                                               for i in range(4)), None), [SCHOOL], old)
    store.set_state(ids[1], "in_review")
    store.set_held(ids[2])
    store.set_state(ids[3], "decided")
    counts = store.purge(NOW - timedelta(days=365))
    assert counts["mentions"] == 2
    assert sorted(i.id for i in store.items()) == [ids[1], ids[2]]


def test_reopening_migrates_once_and_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "sw.db"
    Store.open(path).close()
    s = Store.open(path)
    assert s.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    s.conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    s.close()
    with pytest.raises(RuntimeError, match="newer"):
        Store.open(path)


def test_a_new_database_gets_8k_pages_and_an_older_one_keeps_its_own(tmp_path, monkeypatch):
    """Issue 16: a page size is set when the file is made; an existing database keeps its own
    (only a VACUUM would change it, and schoolwatch never runs one unasked)."""
    import monitor.store as store_module

    new = Store.open(tmp_path / "new.db")
    assert [new.conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "wal_autocheckpoint")] == [8192, 2000]
    new.close()
    monkeypatch.setattr(store_module, "PAGE_SIZE", 4096)  # as every version before this one made them
    old = Store.open(tmp_path / "old.db")
    school = School(id="hba", name="Hollowbrook Academy")
    post = Mention(source="m", external_id="1", url="https://m.example/1", text="Hollowbrook Academy fair",
                   published=NOW, author="a", platform="mastodon")
    assert ingest(old, "m", FetchResult((post,), None), [school], NOW) == [1]
    old.close()
    monkeypatch.undo()
    reopened = Store.open(tmp_path / "old.db")
    assert reopened.conn.execute("PRAGMA page_size").fetchone()[0] == 4096
    assert [i.text for i in reopened.author_items("hba", "mastodon", "a")] == ["Hollowbrook Academy fair"]
    reopened.close()


def test_history_is_the_same_authors_earlier_posts(store):
    ids = ingest(store, "g", FetchResult((mention("1", "Mr Whitaker in Hexley is useless", author="z", platform="reddit"),
                                          mention("2", "Hollowbrook Academy is fine", author="y", platform="reddit")),
                                         None), [SCHOOL], NOW)
    for i in ids:
        store.save_decision(i, {"abuse": 0.9}, Decision("digest", ("harassment",), (), "test"), NOW)
    later = ingest(store, "g", FetchResult((Mention(source="g", external_id="3", url="u", author="z",
                                                    text="Mr Whitaker in Hexley again", published=NOW,
                                                    platform="reddit"),), None), [SCHOOL], NOW)
    prior = store.history(store.get_item(later[0]))
    assert [p.id for p in prior] == [str(ids[0])]
    assert prior[0].about == ("staff:tom-whitaker",) and prior[0].categories == ("harassment",)


@pytest.mark.parametrize("first, second, stored", [
    # (platform, source, id, author, text) of two posts, and how many mentions that is
    (("rss", "gazette", "a1", "Gazette", "Hollowbrook Academy wins cup"),
     ("google_alerts", "alert", "g9", "Google", "Hollowbrook Academy wins cup!"), 1),   # syndicated article
    (("reddit", "r-search", "t1_x", "bob", "Hollowbrook Academy staff are vile"),
     ("reddit", "r-local", "t1_x", "bob", "Hollowbrook Academy staff are vile"), 1),   # one comment, two routes
    (("reddit", "r", "t1_a", "bob", "Hollowbrook Academy staff are vile"),
     ("reddit", "r", "t1_b", "bob", "Hollowbrook Academy staff are vile"), 2),         # said twice: two posts
    (("reddit", "r", "t1_a", "bob", "Hollowbrook Academy staff are vile"),
     ("mastodon", "m", "99", "alice", "Hollowbrook Academy staff are vile"), 2),      # two people
])
def test_what_counts_as_the_same_post(store, first, second, stored):
    for platform, source, ext, author, text in (first, second):
        m = Mention(source=source, external_id=ext, url="u", text=text, published=NOW, author=author,
                    platform=platform)
        ingest(store, source, FetchResult((m,), None), [SCHOOL], NOW)
    assert len(store.items()) == stored


@pytest.mark.parametrize("author, platform, has_history", [
    ("bob", "reddit", True), ("[deleted]", "reddit", False), ("", "mastodon", False),
    ("Hexley Gazette", "rss", False), ("Google", "google_alerts", False),
])
def test_who_has_a_history(store, author, platform, has_history):
    ms = [Mention(source="s", external_id=str(i), url="u", text=f"Mr Whitaker in Hexley, post {i}",
                  published=NOW + timedelta(hours=i), author=author, platform=platform) for i in range(2)]
    ids = ingest(store, "s", FetchResult(tuple(ms), None), [SCHOOL], NOW)
    store.save_decision(ids[0], {}, Decision("digest", ("harassment",), (), "t"), NOW)
    assert bool(store.history(store.get_item(ids[1]))) is has_history


def test_purge_takes_screenshots_with_their_reports_but_keeps_held_evidence(tmp_path):
    import os

    from monitor.daemon import App
    from monitor.config import parse

    cfg = parse({"school": {"name": "Hollowbrook Academy"},
                 "sources": [{"name": "reports", "type": "manual", "evidence_dir": "evidence"}],
                 "email": {"sender": "s@x.example", "headteacher": "h@x.example", "dsl": "d@x.example",
                           "outbox_dir": "out"},
                 "database": {"path": "sw.db"}}, base_dir=tmp_path, path=tmp_path / "config.toml")
    folder = tmp_path / "evidence"
    folder.mkdir()
    old = NOW - timedelta(days=400)
    shots = {}
    setup = App.from_config(cfg)
    for name in ("gone", "held"):
        sha = content_hash(name)
        shots[name] = folder / f"{sha}.png"
        shots[name].write_bytes(b"png")
        os.utime(shots[name], (old.timestamp(), old.timestamp()))
        m = Mention(source="reports", external_id=name, url="u", text=f"Hollowbrook Academy {name}",
                    published=old, platform="manual", extra={"screenshot_sha256": sha})
        ingest(setup.store, "reports", FetchResult((m,), None), cfg.schools, old)
    setup.close()
    (folder / "notes.txt").write_text("not ours to delete")
    app = App.from_config(cfg, clock=lambda: NOW)
    held = [i for i in app.store.items() if i.external_id == "held"][0]
    app.store.set_held(held.id)
    counts = app.purge()
    assert counts["mentions"] == 1 and counts["screenshots"] == 1
    assert not shots["gone"].exists() and shots["held"].exists() and (folder / "notes.txt").exists()
    app.close()


def test_the_migrations_folder_is_the_list_of_steps_in_the_order_of_their_numbers():
    from pathlib import Path

    import monitor.store.migrations as folder

    files = sorted(p.name for p in Path(folder.__file__).parent.glob("m*.py"))
    assert files[:3] == ["m01_spine.py", "m02_review.py", "m03_message_id.py"]
    assert len(MIGRATIONS) == len(files) >= 11
    assert MIGRATIONS[0].lstrip().startswith("CREATE TABLE mentions (")
    assert "mentions_feed_content" in MIGRATIONS[10]


def _steps_folder(tmp_path, monkeypatch, files: dict[str, str]) -> str:
    import uuid

    name = f"steps_{uuid.uuid4().hex}"  # a new name each time: Python keeps a package once imported
    package = tmp_path / name
    package.mkdir()
    (package / "__init__.py").write_text("")
    for file, text in files.items():
        (package / file).write_text(text)
    monkeypatch.syspath_prepend(str(tmp_path))
    return name


def test_migration_steps_are_ordered_by_number_not_by_name(tmp_path, monkeypatch):
    from monitor.store.migrations import steps

    package = _steps_folder(tmp_path, monkeypatch, {
        "m10_ten.py": 'SQL = "ten"', "m2_two.py": 'SQL = "two"', "m1_one.py": 'SQL = "one"',
        **{f"m{n}_x.py": f'SQL = "{n}"' for n in range(3, 10)}, "notes.py": "", "_helper.py": ""})
    assert steps(package) == ["one", "two", *map(str, range(3, 10)), "ten"]


@pytest.mark.parametrize("files, error", [
    ({"m01_a.py": 'SQL = "a"', "m03_c.py": 'SQL = "c"'}, "schema migration 2 is missing from "),
    ({"m01_a.py": 'SQL = "a"', "m1_again.py": 'SQL = "b"'}, "schema migrations m01_a and m1_again share the number 1"),
    ({"m01_a.py": 'SQL = "a"', "m02_b.py": "WHAT = 1"}, "schema migration m02_b has no SQL"),
])
def test_a_migrations_folder_with_a_gap_a_number_twice_or_a_step_without_sql_is_refused(
        tmp_path, monkeypatch, files, error):
    from monitor.store.migrations import steps

    with pytest.raises(RuntimeError) as exc:
        steps(_steps_folder(tmp_path, monkeypatch, files))
    assert str(exc.value).startswith(error)
