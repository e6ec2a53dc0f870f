"""Shared fixtures for the connector tests: the recorded responses in ../shared/fixtures
(read in place, never copied), the project's own small fixtures in data/, and a Context."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

import connectors

ROOT = Path(__file__).resolve().parents[2]
SHARED_FIXTURES = ROOT.parent / "shared" / "fixtures"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def shared() -> Path:
    """../shared/fixtures beside the project, or a clean skip."""
    if not SHARED_FIXTURES.is_dir():
        pytest.skip("../shared/fixtures is not beside the project")
    return SHARED_FIXTURES


@pytest.fixture
def data() -> Path:
    return DATA


@pytest.fixture
def make_ctx(tmp_path: Path) -> Callable[..., connectors.Context]:
    def make(secrets: dict[str, str] | None = None, **kw) -> connectors.Context:
        table = dict(secrets or {})
        kw.setdefault("state_dir", tmp_path / "state")
        kw.setdefault("timeout", 5.0)
        return connectors.Context(secret=table.get, **kw)

    return make


def pytest_collection_modifyitems(items):
    # Tests that read ../shared carry the `shared` marker, so `-m "not shared"` leaves them out.
    for item in items:
        if "shared" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.shared)
