"""Evidence packs from a real SQLite store: complete, escaped, and every hash verifies."""
from __future__ import annotations

import json
from datetime import timedelta
import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from connectors.base import Mention, sha256_hex
from monitor.review.evidence import EvidenceError, verify_evidence_pack, write_evidence_pack
from monitor.store import Matched

from response_samples import EARLIER, HOSTILE, NOW, THREAT, T, item

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def save(store, it, fetched, raw=b"", extra=None):
    mn = Mention(source=it.source, external_id=it.external_id, url=it.url, text=it.text,
                 published=it.published or fetched, author=it.author, author_url=it.author_url, platform=it.platform,
                 raw_sha256=sha256_hex(raw) if raw else "", extra=extra or {})
    (new_id,) = store.save_fetch(it.source, [Matched("hollowbrook", mn, it.about, f"h-{it.external_id}")], [], None,
                                 fetched)
    store.save_decision(new_id, dict(it.scores), it.decision, fetched)
    return new_id


@pytest.fixture
def threat_pack(store, tmp_path):
    first = save(store, EARLIER, T("2025-02-20T21:30:00Z"), raw=b'{"id":"t1_00001"}', extra={"subreddit": "hexley"})
    other = save(store, item(9, "Hollowbrook's car park is a mess", about=("school",), external_id="t1_00009"),
                 T("2025-02-25T08:00:00Z"))  # same author, about nobody in particular: not related
    main = save(store, THREAT, T("2025-03-03T19:50:00Z"), raw=b'{"id":"t1_00002","body":"..."}',
                extra={"subreddit": "hexley", "link_id": "t3_abc2"})
    folder = write_evidence_pack(store, main, tmp_path / "out", NOW, school_name="Hollowbrook Academy")
    return store, folder, main, first, other


def test_pack_has_everything_and_verifies(threat_pack):
    store, folder, main, first, other = threat_pack
    assert sorted(p.name for p in folder.iterdir()) == ["SHA256SUMS", "evidence.html", "evidence.json", "evidence.pdf"]
    pack = json.loads((folder / "evidence.json").read_text(encoding="utf-8"))
    rec = pack["item"]
    assert rec["url"] == THREAT.url and rec["author"] == "u/hexley_dad" and rec["external_id"] == "t1_00002"
    assert rec["text"] == THREAT.text  # exact, hostile markup and all
    assert rec["content_sha256"] == sha256_hex(THREAT.text)
    assert rec["raw_sha256"] == sha256_hex(b'{"id":"t1_00002","body":"..."}')
    assert rec["published_utc"] == "2025-03-03T19:42:00Z" and rec["fetched_utc"] == "2025-03-03T19:50:00Z"
    assert rec["platform_ids"] == {"subreddit": "hexley", "link_id": "t3_abc2"}
    assert [r["id"] for r in pack["related"]] == [first]  # the car-park post is about nobody: left out
    assert verify_evidence_pack(folder) == []
    assert verify_evidence_pack(folder, store) == []
    # sha256sum agrees, without schoolwatch
    out = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_a_pack_holds_everything_in_it_so_purge_cannot_take_it(threat_pack):
    store, folder, main, first, other = threat_pack
    store.set_state(first, "decided")
    store.purge(NOW + timedelta(days=3650))
    assert store.get_item(main) and store.get_item(first)  # held: still there, so the pack still verifies
    assert verify_evidence_pack(folder, store) == []
    assert store.get_item(other) is None  # not in the pack: purged as usual


def test_tampering_is_found(threat_pack):
    store, folder, main, *_ = threat_pack
    j = folder / "evidence.json"
    pack = json.loads(j.read_text(encoding="utf-8"))
    pack["item"]["text"] = pack["item"]["text"].replace("tomorrow", "today")
    j.write_text(json.dumps(pack), encoding="utf-8")
    problems = verify_evidence_pack(folder)
    assert any("evidence.json: SHA-256 differs" in p for p in problems)
    assert any("content_sha256 does not match its text" in p for p in problems)


def test_a_changed_database_is_found(threat_pack):
    store, folder, main, *_ = threat_pack
    store.conn.execute("UPDATE mentions SET text = 'nothing to see' WHERE id = ?", (main,))
    assert verify_evidence_pack(folder) == []  # the pack itself is intact...
    assert any("differs from the pack" in p for p in verify_evidence_pack(folder, store))  # ...the database is not


def test_a_second_pack_never_overwrites_the_first(threat_pack, tmp_path):
    store, folder, main, *_ = threat_pack
    again = write_evidence_pack(store, main, tmp_path / "out", NOW)
    assert again != folder and folder.is_dir() and verify_evidence_pack(again) == []


def test_manual_report_screenshot_is_copied_and_hashed(store, tmp_path):
    shot = tmp_path / "reports" / "shot.png"
    shot.parent.mkdir()
    shot.write_bytes(PNG)
    manual = item(20, "Screenshot of a Facebook post threatening Mr Whitaker", platform="manual",
                  url="https://www.facebook.com/x/posts/1", about=("staff:tom-whitaker",), source="manual",
                  external_id="manual-1", categories=("threat",), actions=("report_police",), priority="urgent")
    mid = save(store, manual, T("2025-03-04T06:00:00Z"),
               extra={"screenshot": "reports/shot.png", "screenshot_sha256": sha256_hex(PNG), "reported_by": "office"})
    folder = write_evidence_pack(store, mid, tmp_path / "out", NOW, files_root=tmp_path)
    pack = json.loads((folder / "evidence.json").read_text(encoding="utf-8"))
    assert pack["screenshot"]["file"] == "screenshot.png" and pack["screenshot"]["sha256"] == sha256_hex(PNG)
    assert (folder / "screenshot.png").read_bytes() == PNG
    assert '<img src="screenshot.png"' in (folder / "evidence.html").read_text(encoding="utf-8")
    assert verify_evidence_pack(folder) == []
    (folder / "screenshot.png").write_bytes(PNG + b"x")
    assert any("screenshot" in p for p in verify_evidence_pack(folder))


def test_missing_screenshot_is_reported_not_fatal(store, tmp_path):
    manual = item(21, "reported", platform="manual", source="manual", external_id="manual-2")
    mid = save(store, manual, T("2025-03-04T06:00:00Z"), extra={"screenshot": "gone.png"})
    folder = write_evidence_pack(store, mid, tmp_path / "out", NOW, files_root=tmp_path)
    pack = json.loads((folder / "evidence.json").read_text(encoding="utf-8"))
    assert "not found" in pack["screenshot"]["problem"]


def test_hostile_post_is_escaped_in_the_html(store, tmp_path):
    hid = save(store, HOSTILE, T("2025-03-04T06:00:00Z"))
    folder = write_evidence_pack(store, hid, tmp_path / "out", NOW)
    html = (folder / "evidence.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "<img src=x" not in html and "&lt;script&gt;" in html
    assert not re.search(r"(?i)href\s*=\s*[\"']?\s*(javascript|data):", html)
    assert "\u202e" not in html and "[U+202E]" in html
    pack = json.loads((folder / "evidence.json").read_text(encoding="utf-8"))
    assert "\u202e" in pack["item"]["text"]  # the JSON keeps the exact text


def test_unknown_item(store, tmp_path):
    with pytest.raises(EvidenceError, match="no item 999"):
        write_evidence_pack(store, 999, tmp_path, NOW)


def test_cli_writes_holds_and_verifies(tmp_path):
    from monitor.cli import cli
    from monitor.store import Store

    cfg = tmp_path / "config.toml"
    cfg.write_text("""
[school]
name = "Hollowbrook Academy"
id = "hollowbrook"
[[staff]]
id = "tom-whitaker"
name = "Tom Whitaker"
aliases = ["Mr Whitaker"]
[email]
sender = "schoolwatch@hollowbrook.example"
headteacher = "head@hollowbrook.example"
dsl = "dsl@hollowbrook.example"
[database]
path = "sw.db"
""")
    store = Store.open(tmp_path / "sw.db")
    sid = store.conn.execute("SELECT 1").fetchone() and save(store, THREAT, T("2025-03-03T19:50:00Z"))
    school_id = store.get_item(sid).school_id
    store.close()
    runner = CliRunner()
    res = runner.invoke(cli, ["evidence", str(sid), "--config", str(cfg), "--out", str(tmp_path / "packs")])
    assert res.exit_code == 0, res.output
    folder = Path(res.output.strip().splitlines()[-1])
    assert (folder / "evidence.json").is_file()
    store = Store.open(tmp_path / "sw.db")
    assert store.conn.execute("SELECT held FROM mentions WHERE id = ?", (sid,)).fetchone()[0] == 1
    store.close()
    ok = runner.invoke(cli, ["verify-evidence", str(folder), "--config", str(cfg)])
    assert ok.exit_code == 0 and "every hash verifies" in ok.output
    (folder / "evidence.html").write_text("changed")
    bad = runner.invoke(cli, ["verify-evidence", str(folder)])
    assert bad.exit_code == 1 and "evidence.html" in bad.output
    missing = runner.invoke(cli, ["evidence", "999", "--config", str(cfg), "--out", str(tmp_path / "packs")])
    assert missing.exit_code != 0 and "no item 999" in missing.output
    assert school_id == "hollowbrook"
