"""Shared fixtures: one pipeline run over raw_docs/ per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def raw_docs() -> Path:
    return ROOT / "raw_docs"


@pytest.fixture(scope="session")
def dataset(tmp_path_factory: pytest.TempPathFactory, raw_docs: Path):
    """The tables written by a run over raw_docs/."""
    from pipeline.run import run

    out = tmp_path_factory.mktemp("extracted")
    result = run(raw_docs, out)
    return result
