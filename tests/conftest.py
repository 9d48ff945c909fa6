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


@pytest.fixture
def stub_front_end(monkeypatch):
    """Every document is read by the stub front end (no real extraction: these tests are about the run)."""
    from ingest import registry
    from tests.batch_inputs import StubFrontEnd

    monkeypatch.setattr(registry, "FRONT_ENDS", [StubFrontEnd()])


@pytest.fixture
def nothing_read(monkeypatch):
    """Fails the test if any document is read (refusals must come before reading)."""
    from pipeline import extract as extract_module

    def refuse(*args, **kwargs):
        raise AssertionError("a document was read before the run was refused")

    monkeypatch.setattr(extract_module, "read_document", refuse)
    monkeypatch.setattr("pipeline.run._triage", refuse)
