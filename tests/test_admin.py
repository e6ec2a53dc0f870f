"""What the IT person relies on: owner-only files whatever the umask, backups, the CLI's manners.

Real SQLite files, the real `schoolwatch` command (in-process through click, and once as a
process under umask 022), the bundled sample of posts and the tiny calm model.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.store import Store
from monitor.store.migrations import MIGRATIONS

REPO = Path(__file__).resolve().parents[1]


def write_config(tmp_path: Path, model: Path, sources: str = "", email: str = "") -> Path:
    shutil.copy(REPO / "monitor/sample/posts.jsonl", tmp_path / "posts.jsonl")
    path = tmp_path / "config.toml"
    path.write_text(f"""
[school]
name = "Hollowbrook Academy"
aliases = ["Hollowbrook", "HBA"]
locality = ["Hexley"]
exclude = ["Ontario"]                 # as shipped: the Ontario fair is not even possibly ours

[[staff]]
id = "tom-whitaker"
name = "Tom Whitaker"
role = "Year 6 teacher"
aliases = ["Mr Whitaker"]

[[sources]]
name = "sample"
type = "jsonl"
path = "posts.jsonl"
{sources}
[email]
sender = "schoolwatch@hollowbrook.example"
headteacher = "head@hollowbrook.example"
dsl = "dsl@hollowbrook.example"
outbox_dir = "outbox"
{email}
[database]
path = "var/sw.db"

[classifier]
model = "{model}"
""")
    return path


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def modes(root: Path) -> dict[str, str]:
    """Every file and folder under root that others (group or world) may read, with its mode."""
    return {str(p.relative_to(root)): oct(stat.S_IMODE(p.stat().st_mode))
            for p in [root, *root.rglob("*")] if p.stat().st_mode & 0o077}


def table_rows(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: conn.execute(f"SELECT * FROM {n} ORDER BY rowid").fetchall() for n in names}
    finally:
        conn.close()


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


# --- private by default ---------------------------------------------------------------------

def test_database_wal_outbox_evidence_exports_and_backups_are_owner_only_under_umask_022(tmp_path, tiny_model,
                                                                                        umask_022):
    config = write_config(tmp_path, tiny_model)
    assert run("poll", "--config", str(config)).exit_code == 0
    db = tmp_path / "var/sw.db"
    out = tmp_path / "exports"
    assert run("evidence", "1", "--config", str(config), "--out", str(out)).exit_code == 0
    assert run("audit", "export", "--config", str(config), "--output", str(out / "audit.csv")).exit_code == 0
    assert run("backup", "--config", str(config), "--out", str(tmp_path / "backups/sw.db")).exit_code == 0
    held = Store.open(db)  # the WAL and its index exist while a connection writes: check them then
    try:
        held.conn.execute("INSERT INTO seen VALUES ('x', 'y', '2026-01-01T00:00:00Z')")
        assert sorted(p.name for p in (tmp_path / "var").iterdir()) == ["sw.db", "sw.db-shm", "sw.db-wal"]
        for folder in ("var", "outbox", "exports", "backups"):
            assert modes(tmp_path / folder) == {}, folder
    finally:
        held.close()
    assert any((tmp_path / "outbox").iterdir()) and any(out.rglob("evidence.json"))
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "var").stat().st_mode) == 0o700


@pytest.mark.slow  # a process of its own loads torch: several seconds
def test_a_poll_run_as_a_process_under_umask_022_leaves_nothing_others_can_read(tmp_path, tiny_model):
    config = write_config(tmp_path, tiny_model)
    out = subprocess.run([sys.executable, "-m", "monitor", "poll", "--config", str(config)], cwd=tmp_path,
                         capture_output=True, text=True, timeout=300, preexec_fn=lambda: os.umask(0o022),
                         env={**os.environ, "PYTHONPATH": str(REPO), "HF_HUB_OFFLINE": "1"})
    assert out.returncode == 0, out.stdout + out.stderr
    assert (tmp_path / "var/sw.db").is_file() and any((tmp_path / "outbox").iterdir())
    assert modes(tmp_path / "var") == {} and modes(tmp_path / "outbox") == {}


def test_an_existing_database_readable_by_others_is_tightened(tmp_path, umask_022):
    db = tmp_path / "old.db"
    sqlite3.connect(db).close()
    os.chmod(db, 0o644)
    Store.open(db).close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


# --- backups ------------------------------------------------------------------------------

def test_backup_while_a_poll_writes_is_consistent_and_owner_only(tmp_path, tiny_model, umask_022):
    config = write_config(tmp_path, tiny_model)
    assert run("poll", "--config", str(config)).exit_code == 0
    db = tmp_path / "var/sw.db"
    # A writer like a poll: each transaction stores mentions and the cursor that counts them.
    stop, errors = threading.Event(), []

    def writer():
        conn = sqlite3.connect(db, isolation_level=None, timeout=30)
        try:
            n = 0
            while not stop.is_set() and n < 5000:
                conn.execute("BEGIN IMMEDIATE")
                for _ in range(20):
                    n += 1
                    conn.execute("INSERT INTO seen (source, external_id, first_seen) VALUES ('busy', ?, ?)",
                                 (str(n), "2026-11-24T09:00:00Z"))
                conn.execute("INSERT INTO source_state (source, cursor) VALUES ('busy', ?) "
                             "ON CONFLICT (source) DO UPDATE SET cursor = excluded.cursor", (str(n),))
                conn.execute("COMMIT")
        except Exception as exc:  # noqa: BLE001 - reported by the assert below
            errors.append(exc)
        finally:
            conn.close()

    t = threading.Thread(target=writer)
    t.start()
    try:
        result = run("backup", "--config", str(config), "--out", str(tmp_path / "during.db"))
    finally:
        stop.set()
        t.join()
    assert result.exit_code == 0 and errors == []
    copy = sqlite3.connect(tmp_path / "during.db")
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    seen = copy.execute("SELECT COUNT(*) FROM seen WHERE source = 'busy'").fetchone()[0]
    cursor = copy.execute("SELECT cursor FROM source_state WHERE source = 'busy'").fetchone()
    copy.close()
    assert str(seen) == (cursor[0] if cursor else "0")  # never half a transaction
    assert stat.S_IMODE((tmp_path / "during.db").stat().st_mode) == 0o600
    # Quiet now: a second backup matches the database table by table.
    assert run("backup", "--config", str(config), "--out", str(tmp_path / "after.db")).exit_code == 0
    assert table_rows(tmp_path / "after.db") == table_rows(db)
    again = run("backup", "--config", str(config), "--out", str(tmp_path / "after.db"))
    assert again.exit_code == 1 and "never overwrites" in again.output


def test_a_migration_keeps_a_copy_of_the_database_as_it_was(tmp_path, umask_022):
    db = tmp_path / "sw.db"
    conn = sqlite3.connect(db)
    conn.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
    conn.execute("INSERT INTO seen VALUES ('gazette', 'x1', '2026-01-01T00:00:00Z')")
    conn.commit()
    conn.close()
    Store.open(db).close()
    [copy] = list(tmp_path.glob("sw.db.v1-*.bak"))
    old = sqlite3.connect(copy)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT * FROM seen").fetchall() == [("gazette", "x1", "2026-01-01T00:00:00Z")]
    old.close()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    Store.open(db).close()
    assert len(list(tmp_path.glob("*.bak"))) == 1  # nothing to migrate: no second copy


# --- the CLI's manners ------------------------------------------------------------------------

def test_version():
    from monitor.cli import version

    result = run("--version")
    assert result.exit_code == 0 and result.output == f"schoolwatch {version()}\n"


def test_config_comes_from_the_environment_else_etc(tmp_path, tiny_model):
    config = write_config(tmp_path, tiny_model)
    assert run("check-config", env={"SCHOOLWATCH_CONFIG": str(config)}).output.startswith(f"{config}: OK")
    missing = run("check-config", env={"SCHOOLWATCH_CONFIG": None})
    assert missing.exit_code == 2 and "/etc/schoolwatch/config.toml: the config has 1 problem(s)" in missing.output


def test_a_misspelt_choice_is_an_error(tmp_path, tiny_model):
    config = write_config(tmp_path, tiny_model)
    result = run("mentions", "--config", str(config), "--priority", "urgnet")
    assert result.exit_code == 2 and "'urgnet' is not one of 'urgent', 'high', 'digest', 'ignore'" in result.output


def test_poll_says_where_the_mail_went(tmp_path, tiny_model):
    config = write_config(tmp_path, tiny_model)
    result = run("poll", "--config", str(config))
    n = len(list((tmp_path / "outbox").glob("*.eml")))
    assert n > 0 and f"{n} message(s) written to {tmp_path / 'outbox'}/ (outbox_dir: not emailed)" in result.output


def test_poll_dry_run_stores_nothing_and_sends_nothing(tmp_path, tiny_model):
    config = write_config(tmp_path, tiny_model)
    Store.open(tmp_path / "var/sw.db").close()
    before = table_rows(tmp_path / "var/sw.db")
    result = run("poll", "--config", str(config), "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("dry run: nothing was stored and nothing was sent\nsample: 8 new\n")
    # The shipped sample is old news today: its first poll is one summary, no alert.
    assert ("would send (summary) to head@hollowbrook.example: First look back at sample: 2 things for you, "
            "none still live") in result.stdout
    assert table_rows(tmp_path / "var/sw.db") == before
    assert not (tmp_path / "outbox").exists()


def test_check_config_names_missing_secrets(tmp_path, tiny_model):
    reddit = '\n[[sources]]\nname = "reddit-local"\ntype = "reddit"\nqueries = ["Hollowbrook"]\n'
    config = write_config(tmp_path, tiny_model, sources=reddit)
    env = {"SCHOOLWATCH_REDDIT_LOCAL_CLIENT_ID": "abc", "SCHOOLWATCH_REDDIT_LOCAL_CLIENT_SECRET": None,
           "CREDENTIALS_DIRECTORY": None}
    line = ("sources[1] (reddit-local): no secret 'reddit-local.client_secret' in "
            "$SCHOOLWATCH_REDDIT_LOCAL_CLIENT_SECRET or $CREDENTIALS_DIRECTORY (under systemd: "
            "LoadCredential=reddit-local.client_secret:/etc/schoolwatch/...; docs/sources.md)")
    result = run("check-config", "--config", str(config), env=env)
    assert result.exit_code == 0  # one source's secret never stops the daemon's ExecStartPre
    assert result.stdout.endswith(f"warning: {line}\n")
    strict = run("check-config", "--config", str(config), "--strict", env=env)
    assert strict.exit_code == 2 and strict.stderr == line + "\n"


def test_sources_retry_forgets_a_permanent_failure(tmp_path, tiny_model):
    config = write_config(tmp_path, tiny_model)
    (tmp_path / "posts.jsonl").rename(tmp_path / "moved.jsonl")
    assert run("poll", "--config", str(config)).exit_code == 1
    assert "BROKEN" in run("sources", "--config", str(config)).output
    (tmp_path / "moved.jsonl").rename(tmp_path / "posts.jsonl")
    assert "skipped: broken" in run("poll", "--config", str(config)).output
    result = run("sources", "--config", str(config), "--retry", "sample")
    assert result.stdout == "sample: failures forgotten; it is tried at its next poll\n"
    assert "sample: 8 new" in run("poll", "--config", str(config)).output
    assert run("sources", "--config", str(config), "--retry", "nope").exit_code == 2
