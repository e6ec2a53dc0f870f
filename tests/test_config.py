"""check-config: every bad key by its path, one clear line for a bad file."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.config import ConfigError, load, parse, parse_duration, secret_lookup

GOOD = {
    "school": {"name": "Hollowbrook Academy", "aliases": ["Hollowbrook"], "locality": ["Hexley"]},
    "staff": [{"id": "tom-whitaker", "name": "Tom Whitaker", "aliases": ["Mr Whitaker"]}],
    "sources": [{"name": "gazette", "type": "rss", "url": "http://127.0.0.1/feed.xml", "every": "15m"}],
    "email": {"sender": "sw@school.example", "headteacher": "head@school.example", "dsl": "dsl@school.example"},
    "database": {"path": "sw.db"},
}


def with_(**changes):
    data = {k: (v.copy() if isinstance(v, dict) else [dict(x) for x in v]) for k, v in GOOD.items()}
    data.update(changes)
    return data


def problems(data) -> list[str]:
    with pytest.raises(ConfigError) as err:
        parse(data)
    return err.value.problems


def test_good_config_parses_with_school_id_and_staff():
    cfg = parse(GOOD, base_dir=Path("/srv"))
    school = cfg.schools[0]
    assert school.id == "hollowbrook-academy"
    assert school.staff[0].aliases == ("Mr Whitaker",)
    assert cfg.sources[0].every_seconds == 900
    assert cfg.database == Path("/srv/sw.db")
    assert school.recipients.headteacher == "head@school.example"


@pytest.mark.parametrize("data, expected", [
    (with_(staff=[{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]), "staff[1].id: duplicate of staff[0].id"),
    (with_(sources=[{"name": "x", "type": "rss", "url": "http://h/f", "every": "soon"}]),
     "sources[0].every: 'soon' is not a duration"),
    (with_(sources=[{"name": "x", "type": "carrier-pigeon", "every": "1h"}]), "sources[0].type: unknown source type"),
    (with_(sources=[{"name": "x", "type": "rss", "every": "1h"}]), "sources[0].url: is required"),
    (with_(sources=[{"name": "x", "type": "rss", "url": "ftp://h/f"}]), "sources[0].url: 'ftp://h/f' is not an http(s) URL"),
    (with_(email={"sender": "nobody", "headteacher": "h@x.example", "dsl": "d@x.example"}), "email.sender: 'nobody' is not an email address"),
    (with_(email={"sender": "a@b.c", "headteacher": "h@x.example", "dsl": "d@x.example", "password": "hunter2"}),
     "email.password: secrets never live in config.toml"),
    (with_(digest={"time": "25:00"}), "digest.time: '25:00' is not a time of day"),
    (with_(digest={"timezone": "Mars/Olympus"}), "digest.timezone: 'Mars/Olympus' is not a time zone"),
    (with_(retention={"days": "forever"}), "retention.days: must be int, not str"),
    (with_(colour="blue"), "colour: unknown key"),
    (with_(triage={"threat_urgnet": 0.99}), "triage.threat_urgnet: unknown key"),
    (with_(triage={"threat": 7}), "triage.threat: 7 is not a score threshold between 0 and 1"),
    (with_(triage={"course_days": 0}), "triage.course_days: must be at least 1"),
    (with_(school={"name": "Hollowbrook Academy", "staff": [{"id": "b", "name": "B"}]}),
     "school.staff: give staff either as [[staff]] or as [[school.staff]], not both"),
])
def test_each_bad_key_is_named_by_its_path(data, expected):
    assert any(p.startswith(expected) for p in problems(data)), problems(data)


def test_staff_under_the_school_table_are_read():
    data = with_(school={"name": "Hollowbrook Academy", "staff": [{"id": "tom", "name": "Tom Whitaker"}]})
    del data["staff"]
    assert [m.id for m in parse(data).schools[0].staff] == ["tom"]


def test_every_problem_is_listed_not_just_the_first():
    data = with_(staff=[{"id": "a", "name": "A"}, {"id": "a", "name": "B"}],
                 sources=[{"name": "x", "type": "rss", "url": "http://h/f", "every": "soon"}])
    assert len(problems(data)) == 2


def test_trust_with_several_schools_keeps_staff_apart():
    data = with_(schools=[
        {"id": "north", "name": "North Academy", "staff": [{"id": "a", "name": "Ann Lee"}], "headteacher": "n@x.example"},
        {"id": "south", "name": "South Academy", "staff": [{"id": "a", "name": "Al Fox"}]},
    ])
    del data["school"], data["staff"]
    cfg = parse(data)
    assert [s.id for s in cfg.schools] == ["north", "south"]
    assert cfg.school("north").recipients.headteacher == "n@x.example"
    assert cfg.school("south").recipients.headteacher == "head@school.example"


@pytest.mark.parametrize("text, seconds", [("30s", 30), ("15m", 900), ("1h30m", 5400), ("2d", 172800)])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15", "-5m", "1h soon"])
def test_not_durations(text):
    with pytest.raises(ValueError):
        parse_duration(text)


def test_check_config_cli_exit_codes(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(cli, ["check-config", "--config", str(tmp_path / "nope.toml")])
    assert missing.exit_code != 0 and "file not found" in missing.output and "Traceback" not in missing.output
    bad = tmp_path / "bad.toml"
    bad.write_text("[school\nname = 1\n")
    out = runner.invoke(cli, ["check-config", "--config", str(bad)])
    assert out.exit_code != 0 and "not valid TOML" in out.output and "line 1" in out.output


def test_shipped_config_is_valid():
    cfg = load(Path(__file__).resolve().parents[1] / "config.toml")
    assert cfg.schools[0].name == "Hollowbrook Academy"


def test_secrets_from_environment_or_credentials_directory(tmp_path):
    (tmp_path / "reddit.client_secret").write_text("s3cret\n")
    lookup = secret_lookup({"SCHOOLWATCH_BLUESKY_APP_PASSWORD": "pw", "CREDENTIALS_DIRECTORY": str(tmp_path)})
    assert lookup("bluesky.app_password") == "pw"
    assert lookup("reddit.client_secret") == "s3cret"
    assert lookup("nothing") is None


def test_check_config_warns_that_alerts_carry_no_links_without_base_url(tmp_path):
    shipped = (Path(__file__).resolve().parents[1] / "config.toml").read_text()
    (tmp_path / "a.toml").write_text(shipped)
    out = CliRunner().invoke(cli, ["check-config", "--config", str(tmp_path / "a.toml")])
    assert out.exit_code == 0 and "warning: alerts.base_url is not set" in out.output
    (tmp_path / "b.toml").write_text(shipped.replace("# base_url =", "base_url ="))
    out = CliRunner().invoke(cli, ["check-config", "--config", str(tmp_path / "b.toml")])
    assert out.exit_code == 0 and "warning" not in out.output
