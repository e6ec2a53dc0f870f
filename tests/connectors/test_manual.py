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
                                 text="Mr Whitaker from Hollowbrook  should watch his back", clock=clock)
    assert again.external_id == m.external_id  # the same post reported twice is one mention


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


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    tiny = pytest.importorskip("tiny_model", reason="tests/tiny_model.py (the project's tiny transformer) is absent")
    return tiny.build_tiny_model(tmp_path_factory.mktemp("tiny"))


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


def test_report_command_names_a_bad_source(tmp_path):
    from monitor.cli import cli

    cfg = write_config(tmp_path, tmp_path / "no-model")
    result = CliRunner().invoke(cli, ["report", "--config", str(cfg), "--url", "u", "--text", "t",
                                      "--source", "nope"])
    assert result.exit_code == 2 and "no source named 'nope'" in result.output
