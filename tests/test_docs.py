"""The docs cannot drift: every command, every source type and every option of each is documented."""
from __future__ import annotations

import importlib
import re
from pathlib import Path

import click
import pytest

import connectors
from monitor.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SOURCES = (ROOT / "docs" / "sources.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        full = f"{prefix}{name}"
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, full + " "))
        else:
            out.append(full)
    return out


@pytest.mark.parametrize("command", _commands(cli))
def test_every_command_is_in_the_readme_table(command):
    rows = [line for line in README.splitlines() if line.startswith("| `schoolwatch ")]
    assert any(line.startswith(f"| `schoolwatch {command}") and
               (len(line) == len(f"| `schoolwatch {command}") or line[len(f"| `schoolwatch {command}")] in " `")
               for line in rows), f"`schoolwatch {command}` is not in README.md's table of commands"


@pytest.mark.parametrize("type_,module", sorted(connectors.MODULES.items()))
def test_each_registry_entry_is_the_module_of_its_type(type_, module):
    assert importlib.import_module(module).TYPE == type_


def _section(type_: str) -> str:
    m = re.search(rf"^## [^\n]*\(`{re.escape(type_)}`\)\n(.*?)(?=^## |\Z)", SOURCES, re.S | re.M)
    assert m, f"docs/sources.md has no section headed '... (`{type_}`)'"
    return m.group(1)


@pytest.mark.parametrize("type_,key", sorted(
    (t, k) for t, m in connectors.MODULES.items() for k in importlib.import_module(m).OPTIONS))
def test_every_source_option_is_documented_in_its_section(type_, key):
    assert f"`{key}`" in _section(type_) or re.search(rf"^{re.escape(key)} = ", _section(type_), re.M), \
        f"docs/sources.md, section `{type_}`: the option `{key}` is not explained"



def test_sql_only_in_the_store():
    """Every SQL statement lives in monitor/store/: one place to read what touches the database."""
    sql = re.compile(r"\.execute(many|script)?\(|\b(SELECT|INSERT INTO|DELETE FROM)\b.*\b(FROM|VALUES|WHERE)\b")
    outside = []
    for base in ("monitor", "connectors"):
        for path in sorted((ROOT / base).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel.startswith("monitor/store/"):
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if sql.search(line):
                    outside.append(f"{rel}:{n}")
    assert outside == []
