"""README's "Installing the service", tested: the units' hardening and comments, and the documented
file layout and permissions run as an unprivileged account (as `nobody` when the tests run as root).

systemd itself cannot run here; `systemd-analyze security --offline=yes` scores the unit files.
"""
from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
UNITS = [REPO / "systemd/schoolwatch.service", REPO / "systemd/schoolwatch-web.service"]
INSTALL = README[README.index("## Installing the service"):README.index("### Backup and restore")]


def directives(unit: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in unit.read_text().splitlines():
        if line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            out.setdefault(key, []).append(value)
    return out


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.name)
def test_every_line_of_the_unit_is_commented(unit):
    lines = unit.read_text().splitlines()
    for n, line in enumerate(lines):
        if line and not line.startswith(("#", "[")):
            assert lines[n - 1].startswith("#"), f"{unit.name}:{n + 1}: {line!r} has no comment above it"


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.name)
def test_the_unit_scores_3_or_less_in_systemd_analyze_security(unit, tmp_path):
    tool = shutil.which("systemd-analyze")
    if tool is None:
        pytest.skip("systemd-analyze is not installed (apt-get install systemd)")
    out = subprocess.run([tool, "security", "--offline=yes", "--threshold=30", str(unit)], capture_output=True,
                         text=True, timeout=120)
    m = re.search(r"Overall exposure level for \S+: (\d+\.\d)", out.stdout)
    assert m, out.stdout + out.stderr
    assert float(m.group(1)) <= 3.0 and out.returncode == 0, out.stdout


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.name)
def test_the_unit_matches_the_install_steps(unit):
    d = directives(unit)
    assert d["User"] == ["schoolwatch"] and d["Group"] == ["schoolwatch"]
    assert d["StateDirectory"] == ["schoolwatch"] and d["StateDirectoryMode"] == ["0700"]
    binary = d["ExecStart"][0].split()[0]
    assert binary == "/opt/schoolwatch/.venv/bin/schoolwatch" and "python3 -m venv /opt/schoolwatch/.venv" in INSTALL
    assert d["ExecStart"][0].endswith("--config /etc/schoolwatch/config.toml")
    assert d["Restart"] == ["on-failure"] and d["StartLimitBurst"] == ["5"]  # restarts, but stops looping
    assert f"systemd/{unit.name}" in INSTALL


def test_the_documented_settings_put_state_under_the_state_directory():
    [settings] = [b for b in re.findall(r"```toml\n(.*?)```", INSTALL, re.S)]
    cfg = tomllib.loads(settings)
    state = "/var/lib/" + directives(UNITS[0])["StateDirectory"][0]
    assert cfg["database"]["path"].startswith(state + "/")
    assert cfg["sources"][0]["evidence_dir"].startswith(state + "/")
    assert f"LoadCredential={cfg['email']['password_file']}:/etc/schoolwatch/" in UNITS[0].read_text()


def _as_service_user():
    """When the tests run as root, the layout is exercised as `nobody`, as the service would be,
    where nobody can run this Python (a virtual environment under /root is closed to it)."""
    if os.getuid() != 0:
        return None, os.getuid(), os.getgid()
    import pwd

    nobody = pwd.getpwnam("nobody")
    try:
        subprocess.run([sys.executable, "-c", "import monitor"], check=True, capture_output=True, timeout=60,
                       env={**os.environ, "PYTHONPATH": str(REPO)},
                       preexec_fn=lambda: (os.setgid(nobody.pw_gid), os.setuid(nobody.pw_uid)))
    except (OSError, subprocess.CalledProcessError):
        return None, os.getuid(), os.getgid()
    return nobody, nobody.pw_uid, nobody.pw_gid


@pytest.mark.slow  # two processes of its own, one loading torch for the tiny model
def test_the_documented_layout_works_for_the_service_account(tmp_path, tiny_model):
    """The steps' folders and modes, made under tmp_path; then check-config and a poll as the service account."""
    user, uid, gid = _as_service_user()
    etc, state = tmp_path / "etc/schoolwatch", tmp_path / "var/lib/schoolwatch"
    assert "install -d -m 0750 -o root -g schoolwatch /etc/schoolwatch" in INSTALL
    assert "install -m 0640 -o root -g schoolwatch config.toml /etc/schoolwatch/config.toml" in INSTALL
    etc.mkdir(parents=True)
    os.chmod(etc, 0o750)
    state.mkdir(parents=True)
    os.chmod(state, 0o700)  # StateDirectoryMode
    [settings] = re.findall(r"```toml\n(.*?)```", INSTALL, re.S)
    settings = settings.replace("/var/lib/schoolwatch", str(state))
    shipped = (REPO / "config.toml").read_text()
    # "delete the sample source and outbox_dir": the shipped file's own sample and reports sources go,
    # the documented settings come in; mail goes to an outbox folder under the state directory here,
    # since no SMTP server runs in a test.
    kept = re.sub(r"\n\[\[sources\]\]\n(?:(?!\n\[).)*", "\n", shipped, flags=re.S)
    kept = re.sub(r'outbox_dir = "outbox".*\n', f'outbox_dir = "{state}/outbox"\n', kept)
    kept = kept.replace("[database]", "[old_database]").replace('path = "var/schoolwatch.db"', "")
    kept = re.sub(r"\[old_database\]\n", "", kept)
    db = settings[settings.index("[database]"):settings.index("[email]")]
    email_extra = settings[settings.index("[email]") + len("[email]\n"):settings.index("[[sources]]")]
    kept = kept.replace("[email]\n", "[email]\n" + email_extra)
    kept = re.sub(r'admin = "it@hollowbrook.example".*\n', "", kept)
    # The layout is under test, not the schedule: with the shipped quiet hours, a run in the
    # evening would hold the summary mail and find an empty outbox.
    kept = re.sub(r'quiet_hours = .*\n', "", kept)
    kept += "\n" + db + "\n" + settings[settings.index("[[sources]]"):]
    kept = kept.replace('model = "default"', f'model = "{tiny_model}"') if 'model = "default"' in kept else \
        kept + f'\n[classifier]\nmodel = "{tiny_model}"\n'
    kept += f'\n[[sources]]\nname = "feed"\ntype = "jsonl"\npath = "{tmp_path / "posts.jsonl"}"\n'
    shutil.copy(REPO / "monitor/sample/posts.jsonl", tmp_path / "posts.jsonl")
    config = etc / "config.toml"
    config.write_text(kept)
    os.chmod(config, 0o640)
    for p in (tmp_path, tmp_path / "etc", tmp_path / "var", tmp_path / "var/lib", tmp_path / "posts.jsonl"):
        os.chmod(p, os.stat(p).st_mode | 0o005)  # the test's own folders: passable, as / and /var are
    os.chown(etc, 0, gid) if user else None
    os.chown(config, 0, gid) if user else None
    os.chown(state, uid, gid) if user else None
    os.chmod(tiny_model, 0o755)
    for p in Path(tiny_model).rglob("*"):
        os.chmod(p, 0o755 if p.is_dir() else 0o644)
    for p in Path(tiny_model).parents:
        if str(p).startswith("/tmp/"):
            os.chmod(p, os.stat(p).st_mode | 0o005)

    def as_service(*args):
        return subprocess.run([sys.executable, "-m", "monitor", *args], capture_output=True, text=True, timeout=300,
                              cwd="/", env={**os.environ, "PYTHONPATH": str(REPO), "SCHOOLWATCH_CONFIG": str(config),
                                            "HOME": str(state)},
                              preexec_fn=(lambda: (os.setgid(gid), os.setuid(uid), os.umask(0o022))) if user
                              else (lambda: os.umask(0o022)))

    check = as_service("check-config")
    assert check.returncode == 0, check.stdout + check.stderr
    poll = as_service("poll")
    assert poll.returncode == 0, poll.stdout + poll.stderr
    made = [p for p in state.rglob("*")]
    assert (state / "schoolwatch.db").is_file() and any((state / "outbox").iterdir())
    assert [str(p) for p in made if stat.S_IMODE(p.stat().st_mode) & 0o077] == []
    assert {p.stat().st_uid for p in made} == {uid}


def test_systemd_finds_no_unknown_or_misspelt_setting_in_the_units():
    tool = shutil.which("systemd-analyze")
    if tool is None:
        pytest.skip("systemd-analyze is not installed (apt-get install systemd)")
    out = subprocess.run([tool, "verify", *map(str, UNITS)], capture_output=True, text=True, timeout=120)
    # The one thing it may say here: the program is not installed on this machine.
    problems = [line for line in (out.stdout + out.stderr).splitlines()
                if line and "/opt/schoolwatch/.venv/bin/schoolwatch is not executable" not in line]
    assert problems == []
