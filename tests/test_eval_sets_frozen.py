"""The evaluation sets are frozen: each file bench/eval/README.md lists still has the SHA-256 it
was frozen with, so no set is edited after it is written (and the README stays true)."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "bench" / "eval"
LISTED = re.findall(r"^([0-9a-f]{64})  (\S+\.jsonl)$", (EVAL / "README.md").read_text(encoding="utf-8"), re.M)


def test_the_readme_lists_every_set_on_disk():
    on_disk = {p.relative_to(EVAL).as_posix() for p in EVAL.glob("*/*.jsonl")}
    assert on_disk == {path for _, path in LISTED}


@pytest.mark.parametrize("digest,path", LISTED, ids=[p for _, p in LISTED])
def test_each_set_is_as_it_was_frozen(digest, path):
    assert hashlib.sha256((EVAL / path).read_bytes()).hexdigest() == digest
