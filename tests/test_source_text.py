"""The project's own source holds no stray control characters: a "\\b" written in an ordinary string
turns into a backspace that a pattern then looks for and never finds (round 52 found one that had
silenced a rule for rounds)."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def test_no_control_characters_in_python_source():
    found = [f"{p.relative_to(ROOT)}:{n}" for folder in ("monitor", "connectors", "bench", "tests")
             for p in sorted((ROOT / folder).rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").split("\n"), 1) if _CONTROL.search(line)]
    assert found == []
