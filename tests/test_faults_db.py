"""A full disk, a read-only or a corrupt database: one clear line, `schoolwatch check-db` says which, nothing lost."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from connectors.base import FetchResult, Mention
from monitor.cli import cli
from monitor.config.types import School
from monitor.ingest.poll import ingest
from monitor.store import Store
from monitor.store.errors import store_error_line
from test_faults_sources import CONFIG
from test_pipeline import NOW

SCHOOL = School(id="hba", name="Hollowbrook Academy")


def _post(i: int) -> Mention:
    return Mention(source="s", external_id=str(i), url=f"https://x.example/{i}", published=NOW,
                   text=f"Hollowbrook Academy post {i} " + "words " * 400)


def _full(store: Store) -> None:
    """The disk fills: SQLite may not grow the file past the pages it has now."""
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")


def _error(store: Store, write) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as err:
        write()
    return err.value


def test_a_full_disk_is_one_line_and_loses_nothing_stored(tmp_path):
    store = Store.open(tmp_path / "sw.db")
    ingest(store, "s", FetchResult((_post(1),), "c1"), [SCHOOL], NOW)
    _full(store)
    exc = _error(store, lambda: ingest(store, "s", FetchResult(tuple(_post(i) for i in range(2, 40)), "c2"),
                                       [SCHOOL], NOW))
    line = store_error_line(exc, tmp_path / "sw.db")
    assert line.startswith(f"database full ({tmp_path / 'sw.db'}): the disk holding the database is full: free some space")
    assert "\n" not in line
    # The fetch was all or nothing: what was stored before is intact, the cursor did not move.
    assert [i.external_id for i in store.items()] == ["1"] and store.source_state("s")["cursor"] == "c1"
    store.close()


def test_a_read_only_database_is_one_line(store):
    store.conn.execute("PRAGMA query_only = ON")
    exc = _error(store, lambda: store.set_state(1, "closed") or store.enqueue(
        dedup_key="k", kind="alert", school_id="hba", recipients=("a@b",), subject="s", body_text="b",
        body_html="", now=NOW, send_after=NOW))
    assert store_error_line(exc).startswith("database read-only: the database cannot be written")


def _config(tmp_path):
    (tmp_path / "config.toml").write_text(CONFIG.format(path="posts.jsonl", model=""))
    return str(tmp_path / "config.toml")


def test_a_corrupt_database_is_one_line_from_every_command_and_check_db_says_so(tmp_path):
    config = _config(tmp_path)
    (tmp_path / "sw.db").write_bytes(b"this was a database until the disk failed" * 200)
    result = CliRunner().invoke(cli, ["mentions", "--config", config])
    assert result.exit_code == 3
    assert result.output.startswith(f"Error: database corrupt ({tmp_path / 'sw.db'}): the database file is damaged: "
                                    "stop schoolwatch, run `schoolwatch check-db`")
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    checked = CliRunner().invoke(cli, ["check-db", "--config", config])
    assert checked.exit_code == 1
    assert checked.output.splitlines()[-1] == "verdict: corrupt"


def test_check_db_finds_a_damaged_page_in_a_real_database(tmp_path):
    config = _config(tmp_path)
    store = Store.open(tmp_path / "sw.db")
    ingest(store, "s", FetchResult(tuple(_post(i) for i in range(60)), "c"), [SCHOOL], NOW)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = store.conn.execute("PRAGMA page_size").fetchone()[0]
    root = store.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'mentions'").fetchone()[0]
    store.close()
    data = bytearray((tmp_path / "sw.db").read_bytes())
    at = page * (root - 1)  # pages count from 1
    data[at:at + 200] = b"\xff" * 200  # the root page of the mentions' B-tree overwritten
    (tmp_path / "sw.db").write_bytes(bytes(data))
    checked = CliRunner().invoke(cli, ["check-db", "--config", config])
    assert (checked.exit_code, checked.output.splitlines()[-1]) == (1, "verdict: corrupt")


def test_check_db_on_a_healthy_and_on_a_missing_database(tmp_path):
    config = _config(tmp_path)
    missing = CliRunner().invoke(cli, ["check-db", "--config", config])
    assert (missing.exit_code, missing.output.splitlines()[-1]) == (0, "verdict: missing")
    Store.open(tmp_path / "sw.db").close()
    healthy = CliRunner().invoke(cli, ["check-db", "--config", config])
    assert healthy.exit_code == 0 and healthy.output.splitlines()[-2:][-1] == "verdict: ok"
    assert "integrity check passed" in healthy.output
