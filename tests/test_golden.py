"""Regression: every document in raw_docs/ gives exactly its hand-checked golden rows."""

from __future__ import annotations

import difflib
import os

import pytest

from pipeline.run import input_files
from tests.conftest import ROOT
from tests.golden_io import UPDATE_FLAG, golden_path, render, updating

DOCUMENTS = [p.name for p in input_files(ROOT / "raw_docs")]


def test_golden_update_flag_is_off_in_ci():
    assert not (os.environ.get("CI") and updating()), f"{UPDATE_FLAG}=1 must never be set in CI"


@pytest.mark.parametrize("name", ["indicators", "observations"])
@pytest.mark.parametrize("source_file", DOCUMENTS)
def test_matches_golden(dataset, source_file: str, name: str):
    actual = render(dataset.tables[name], name, source_file)
    path = golden_path(source_file, name)
    if updating():
        path.write_text(actual, encoding="utf-8")
        pytest.skip(f"rewrote {path.name}: review it by hand before committing")
    assert path.exists(), f"no golden file {path.name}: write it with `make golden` and check it by hand"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            f"golden/{path.name}", "actual", n=0))
        pytest.fail(f"{source_file} {name} differ from golden:\n{diff}")
