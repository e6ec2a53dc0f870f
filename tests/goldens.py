"""Golden files: what schoolwatch writes, kept in tests/golden/ for a DSL to read and judge.

A test compares its output with the file; UPDATE_GOLDEN=1 rewrites the files
instead (then read the diff before committing it).
"""
from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).with_name("golden")


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.is_file(), f"no golden file {path.relative_to(GOLDEN.parent)}: run the tests with UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, (f"{path.relative_to(GOLDEN.parent)} differs from what was rendered; if the change is "
                              "right, run with UPDATE_GOLDEN=1 and read the diff")
