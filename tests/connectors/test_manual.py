"""Manual reports: the Mention a person's report becomes, the kept screenshot, and
`schoolwatch report` end to end (real config, SQLite file, tiny transformer, mail folder)."""
from __future__ import annotations

import hashlib
import json
import os
import stat
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from connectors import manual

NOW = datetime(2025, 5, 19, 17, 45, tzinfo=timezone.utc)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4  # any bytes stand for the picture


def clock():
    return NOW


def test_report_becomes_a_mention(tmp_path):
    m = manual.build_mention("staff-reports", url="https://www.facebook.com/groups/hexleyparents/posts/1234",
                             text="  Mr Whitaker from Hollowbrook should watch his back  ", author="J. Smith",
                             reported_by="Office (Mrs Patel)", seen_on="facebook",
                             context="Hexley  Parents\n(public group)", clock=clock)
    assert m.source == "staff-reports" and m.platform == "manual"
    assert m.text == "Mr Whitaker from Hollowbrook should watch his back"
    assert m.published == NOW and m.author == "J. Smith" and m.context == "Hexley Parents (public group)"
    assert m.extra == {"reported_by": "Office (Mrs Patel)", "reported_at": "2025-05-19T17:45:00+00:00",
                       "seen_on": "facebook"}
    assert m.external_id.startswith("manual:") and len(m.raw_sha256) == 64
    again = manual.build_mention("staff-reports", url="https://www.facebook.com/groups/hexleyparents/posts/1234",
                                 text="Mr Whitaker from Hollowbrook  should watch his back",
                                 context="Hexley Parents (public group)", clock=clock)
    assert again.external_id == m.external_id  # the same post reported twice is one mention


def test_context_is_part_of_the_report_id():
    """A report refused without --context can come again with one: it is a different report."""
    bare = manual.build_mention("manual", url="https://x.example/1", text="he should be sacked", clock=clock)
    placed = manual.build_mention("manual", url="https://x.example/1", text="he should be sacked",
                                  context="Hollowbrook Academy parents", clock=clock)
    assert bare.external_id != placed.external_id
    # Without a context the id is the one earlier versions gave, so old reports still dedup.
    assert bare.external_id == "manual:" + hashlib.sha256(b"https://x.example/1\nhe should be sacked").hexdigest()[:32]


def test_a_screenshot_taken_back_leaves_one_kept_for_another_report(tmp_path):
    shot = tmp_path / "shot.png"
    shot.write_bytes(PNG)
    first = manual.keep_screenshot(shot, tmp_path / "ev")
    second = manual.keep_screenshot(shot, tmp_path / "ev")
    assert first.created and not second.created
    manual.discard(second)
    assert first.path.read_bytes() == PNG
    manual.discard(first)
    assert list((tmp_path / "ev").iterdir()) == []


def test_screenshot_is_kept_under_its_hash(tmp_path):
    shot = tmp_path / "Screenshot 2025-05-19 at 17.40.PNG"
    shot.write_bytes(PNG)
    evidence = tmp_path / "evidence"
    m = manual.build_mention("manual", url="whatsapp:year6-parents", text="Hollowbrook is a joke",
                             screenshot=shot, evidence_dir=evidence, clock=clock)
    sha = hashlib.sha256(PNG).hexdigest()
    assert m.extra["screenshot_sha256"] == sha
    kept = evidence / m.extra["screenshot_file"]
    assert kept.name == f"{sha}.png" and kept.read_bytes() == PNG
    assert not stat.S_IMODE(os.stat(kept).st_mode) & 0o222  # read-only evidence
    assert m.extra["screenshot_original_name"] == shot.name and m.extra["screenshot_bytes"] == len(PNG)
    assert Path(m.extra["screenshot_path"]) == kept.resolve()
    rel = manual.build_mention("manual", url="y", text="z", screenshot=shot, evidence_dir=evidence,
                               relative_to=tmp_path, clock=clock)
    assert rel.extra["screenshot_path"] == f"evidence/{sha}.png"
    # The same picture again: one file.
    manual.build_mention("manual", url="x", text="again", screenshot=shot, evidence_dir=evidence, clock=clock)
    assert sorted(p.name for p in evidence.iterdir()) == [kept.name]


@pytest.mark.parametrize("kwargs, words", [
    ({"url": " ", "text": "x"}, "--url"),
    ({"url": "u", "text": ""}, "--text"),
    ({"url": "u", "text": "x", "screenshot": Path("/nonexistent/shot.png")}, "no such file"),
    ({"url": "u", "text": "x", "published": datetime(2025, 5, 19, 12, 0)}, "time zone"),
])
def test_bad_reports_say_which_field(tmp_path, kwargs, words):
    with pytest.raises(manual.ReportError) as err:
        manual.build_mention("manual", evidence_dir=tmp_path, clock=clock, **kwargs)
    assert words in str(err.value)


def test_empty_screenshot_is_refused(tmp_path):
    (tmp_path / "empty.png").write_bytes(b"")
    with pytest.raises(manual.ReportError, match="empty"):
        manual.build_mention("manual", url="u", text="x", screenshot=tmp_path / "empty.png",
                             evidence_dir=tmp_path / "ev", clock=clock)


def test_manual_source_is_never_polled():
    src = manual.create("staff-reports", {}, None)
    assert src.fetch(None).mentions == () and src.fetch("c").cursor == "c"


# --- `schoolwatch report` end to end ----------------------------------------------------------

def write_config(tmp_path: Path, model: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f"""
[school]
name = "Hollowbrook Academy"
aliases = ["Hollowbrook"]
locality = ["Hexley"]

[[staff]]
id = "tom-whitaker"
name = "Tom Whitaker"
aliases = ["Mr Whitaker"]

[[sources]]
name = "staff-reports"
type = "manual"
evidence_dir = "evidence"

[email]
sender = "schoolwatch@hollowbrook.example"
headteacher = "head@hollowbrook.example"
dsl = "dsl@hollowbrook.example"
outbox_dir = "outbox"

[database]
path = "sw.db"

[classifier]
model = "{model}"
""")
    return path



def test_report_command_stores_judges_and_keeps_the_evidence(tmp_path, tiny_model):
    from monitor.cli import cli
    from monitor.store import Store

    cfg = write_config(tmp_path, tiny_model)
    shot = tmp_path / "shot.png"
    shot.write_bytes(PNG)
    args = ["report", "--config", str(cfg), "--url", "https://www.facebook.com/groups/hexleyparents/posts/99",
            "--text", "Mr Whitaker should be sacked", "--context", "Hollowbrook Academy Year 6 parents",
            "--author", "Hexley Parents member",
            "--screenshot", str(shot), "--reported-by", "Mrs Patel", "--seen-on", "facebook"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "staff:tom-whitaker" in result.output

    sha = hashlib.sha256(PNG).hexdigest()
    assert (tmp_path / "evidence" / f"{sha}.png").read_bytes() == PNG
    store = Store.open(tmp_path / "sw.db")
    try:
        [item] = store.items()
        assert item.source == "staff-reports" and item.platform == "manual"
        assert item.text == "Mr Whitaker should be sacked"
        assert item.context == "Hollowbrook Academy Year 6 parents"
        assert item.extra["screenshot_sha256"] == sha and item.extra["reported_by"] == "Mrs Patel"
        assert item.extra["screenshot_path"] == f"evidence/{sha}.png"  # relative to the config's folder
        assert item.decision is not None
    finally:
        store.close()

    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0 and "already reported" in again.output

    # The evidence pack finds the kept screenshot and checks it against the recorded hash.
    packed = CliRunner().invoke(cli, ["evidence", str(item.id), "--config", str(cfg), "--out", str(tmp_path / "packs")])
    assert packed.exit_code == 0, packed.output
    [pack] = (tmp_path / "packs").iterdir()
    assert (pack / "screenshot.png").read_bytes() == PNG
    assert json.loads((pack / "evidence.json").read_text())["screenshot"]["sha256"] == sha


def test_report_command_refuses_a_post_about_nobody(tmp_path, tiny_model):
    from monitor.cli import cli

    cfg = write_config(tmp_path, tiny_model)
    result = CliRunner().invoke(cli, ["report", "--config", str(cfg), "--url", "https://x.example/1",
                                      "--text", "Lovely weather in Ontario"])
    assert result.exit_code == 1 and "names a school" in result.output


def test_refused_report_keeps_no_screenshot_and_can_come_again_with_context(tmp_path, tiny_model):
    """'he should be sacked' names nobody: refused, and its screenshot is not kept. Sent again
    with the group's name as --context it is about the school, is stored, and keeps the picture."""
    from monitor.cli import cli
    from monitor.store import Store

    cfg = write_config(tmp_path, tiny_model)
    shot = tmp_path / "shot.png"
    shot.write_bytes(PNG)
    args = ["report", "--config", str(cfg), "--url", "https://www.facebook.com/groups/hexleyparents/posts/7",
            "--text", "the head should be sacked", "--screenshot", str(shot)]
    refused = CliRunner().invoke(cli, args)
    assert refused.exit_code == 1 and "names a school" in refused.output
    evidence = tmp_path / "evidence"
    assert not evidence.exists() or list(evidence.iterdir()) == []
    store = Store.open(tmp_path / "sw.db")
    try:
        assert store.items() == []
    finally:
        store.close()

    again = CliRunner().invoke(cli, args + ["--context", "Hollowbrook Academy Year 6 parents"])
    assert again.exit_code == 0, again.output
    assert "already reported" not in again.output
    sha = hashlib.sha256(PNG).hexdigest()
    assert [p.name for p in evidence.iterdir()] == [f"{sha}.png"]
    store = Store.open(tmp_path / "sw.db")
    try:
        [item] = store.items()
        assert item.context == "Hollowbrook Academy Year 6 parents" and item.extra["screenshot_sha256"] == sha
    finally:
        store.close()


def test_report_refused_under_an_older_version_is_taken_once_about_us(tmp_path, tiny_model):
    """An older version recorded a refused report's id as seen; matched now, it is stored."""
    from monitor.cli import cli
    from monitor.store import Store

    cfg = write_config(tmp_path, tiny_model)
    url, text = "https://x.example/2", "Mr Whitaker at Hollowbrook Academy shouted at my son"
    store = Store.open(tmp_path / "sw.db")
    try:
        with store.conn:
            store.conn.execute("INSERT INTO seen (source, external_id, first_seen) VALUES (?, ?, ?)",
                               ("staff-reports", manual.report_id(url, text), NOW.isoformat()))
    finally:
        store.close()
    result = CliRunner().invoke(cli, ["report", "--config", str(cfg), "--url", url, "--text", text])
    assert result.exit_code == 0, result.output
    assert "already reported" not in result.output and "staff:tom-whitaker" in result.output


def test_report_command_names_a_bad_source(tmp_path):
    from monitor.cli import cli

    cfg = write_config(tmp_path, tmp_path / "no-model")
    result = CliRunner().invoke(cli, ["report", "--config", str(cfg), "--url", "u", "--text", "t",
                                      "--source", "nope"])
    assert result.exit_code == 2 and "no source named 'nope'" in result.output
