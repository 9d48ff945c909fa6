"""The batch run: incremental cache, deterministic output, duplicates, parallel workers, exit codes, validation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from ingest import registry
from pipeline import cache as cache_module
from pipeline import extract as extract_module
from pipeline.cli import EXIT_DOCUMENTS_FAILED, EXIT_NOT_WRITTEN, EXIT_OK, EXIT_USAGE, main
from pipeline.run import run
from schema.validate import SchemaViolation
from tests.batch_inputs import StubFrontEnd, stub_text
from tests.conftest import ROOT
from tests.hostile import write_corpus

DOCUMENTS = {
    "a.txt": stub_text(("新規求人数", "1,234人"), ("観光入込客数", "258万人")),
    "b.txt": stub_text(("製造品出荷額等", "11,942億円")),
    "c.txt": stub_text(("転入者数", "5,000人"), ("出生数", "1,500人"), ("婚姻件数", "700件")),
}


@pytest.fixture(autouse=True)
def _stub(stub_front_end):
    """Every test of this module reads documents with the stub front end (tests/conftest.py)."""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = write_corpus(tmp_path / "in", DOCUMENTS)
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _refuse_extraction(monkeypatch) -> None:
    def refuse(path, max_bytes, name=None):
        raise AssertionError(f"{path.name} was extracted again")

    monkeypatch.setattr(extract_module, "read_document", refuse)


def test_rows_of_every_document_are_written(corpus, tmp_path):
    result = run(corpus, tmp_path / "out", jobs=1)
    assert not result.failed
    indicators = result.tables["indicators"].to_pylist()
    assert [(r["source_file"], r["kpi_name"]) for r in indicators] == [
        ("a.txt", "新規求人数"), ("a.txt", "観光入込客数"), ("b.txt", "製造品出荷額等"),
        ("c.txt", "転入者数"), ("c.txt", "出生数"), ("c.txt", "婚姻件数")]
    values = {r["kpi_name"]: r["value"] for r in result.tables["observations"].to_pylist()}
    assert values["観光入込客数"] == 2580000 and values["製造品出荷額等"] == 1194200000000
    assert sorted(_files(tmp_path / "out")) == [
        ".kpi-ingest-dataset.json", "documents.parquet", "indicators.parquet", "kpi_catalog.parquet",
        "kpi_review.parquet", "kpi_revisions.parquet", "kpi_scorecard.parquet", "kpi_series.parquet",
        "observations.parquet", "rejects.parquet"]


def test_unchanged_documents_are_not_extracted_again_and_output_is_identical(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = run(corpus, out, jobs=1)
    assert len(first.extracted) == 3
    before = _files(out)
    _refuse_extraction(monkeypatch)
    second = run(corpus, out, jobs=1)
    assert second.extracted == [] and all(r.cached for r in second.reports)
    assert _files(out) == before


def test_only_a_changed_document_is_extracted(corpus, tmp_path):
    out = tmp_path / "out"
    run(corpus, out, jobs=1)
    (corpus / "b.txt").write_text(stub_text(("製造品出荷額等", "12,000億円")), encoding="utf-8")
    result = run(corpus, out, jobs=1)
    assert [r.source_file for r in result.extracted] == ["b.txt"]
    values = {r["kpi_name"]: r["value"] for r in result.tables["observations"].to_pylist()}
    assert values["製造品出荷額等"] == 1200000000000


def test_extractor_version_bump_invalidates_the_cache(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run(corpus, out, jobs=1)
    monkeypatch.setattr(cache_module, "EXTRACTOR_VERSION", cache_module.EXTRACTOR_VERSION + "-bumped")
    result = run(corpus, out, jobs=1)
    assert len(result.extracted) == 3
    cache_folders = [p.name for p in (tmp_path / ".kpi-cache").iterdir()]
    assert cache_folders == [cache_module.extractor_fingerprint()]  # the stale version was pruned


def test_a_renamed_document_comes_from_the_cache_under_its_new_name(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run(corpus, out, jobs=1)
    (corpus / "a.txt").rename(corpus / "z.txt")
    _refuse_extraction(monkeypatch)
    result = run(corpus, out, jobs=1)
    assert {r["source_file"] for r in result.tables["indicators"].to_pylist()} == {"b.txt", "c.txt", "z.txt"}


def test_a_corrupt_cache_entry_is_read_again(corpus, tmp_path):
    out = tmp_path / "out"
    run(corpus, out, jobs=1)
    before = _files(out)
    for entry in (tmp_path / ".kpi-cache").rglob("*.json"):
        entry.write_text("{ truncated", encoding="utf-8")
    result = run(corpus, out, jobs=1)
    assert len(result.extracted) == 3 and _files(out) == before


def test_cache_entries_are_json_keyed_by_content_hash(corpus, tmp_path):
    result = run(corpus, tmp_path / "out", jobs=1)
    names = sorted(p.name for p in (tmp_path / ".kpi-cache").rglob("*.json"))
    assert names == sorted(f"{r.sha256}-text.json" for r in result.reports)
    entry = json.loads(next((tmp_path / ".kpi-cache").rglob("*.json")).read_text(encoding="utf-8"))
    assert set(entry) >= {"document", "rows", "fingerprint"}


def test_two_runs_without_cache_give_identical_files(corpus, tmp_path):
    run(corpus, tmp_path / "one", jobs=1, use_cache=False)
    run(corpus, tmp_path / "two", jobs=1, use_cache=False)
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
    assert not (tmp_path / ".kpi-cache").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "one", "two"]  # no scratch left behind


def test_parallel_run_equals_serial_run(corpus, tmp_path):
    for index in range(4):
        (corpus / f"more{index}.txt").write_text(stub_text((f"指標{index}", f"{index + 1}件")), encoding="utf-8")
    serial = run(corpus, tmp_path / "serial", jobs=1, use_cache=False)
    parallel = run(corpus, tmp_path / "parallel", jobs=2, use_cache=False)
    assert [r.source_file for r in parallel.reports] == [r.source_file for r in serial.reports]
    assert _files(tmp_path / "parallel") == _files(tmp_path / "serial")


def test_same_document_under_two_names_is_read_once(corpus, tmp_path):
    (corpus / "a_copy.txt").write_bytes((corpus / "a.txt").read_bytes())
    result = run(corpus, tmp_path / "out", jobs=1)
    assert [r.source_file for r in result.extracted] == ["a.txt", "b.txt", "c.txt"]
    documents = {r["source_file"]: r for r in result.tables["documents"].to_pylist()}
    assert documents["a_copy.txt"]["duplicate_of"] == "a.txt"
    assert documents["a_copy.txt"]["sha256"] == documents["a.txt"]["sha256"]
    assert documents["a_copy.txt"]["n_indicators"] == 0 and documents["a.txt"]["n_indicators"] == 2
    assert documents["a.txt"]["duplicate_of"] is None
    assert "a_copy.txt" not in {r["source_file"] for r in result.tables["observations"].to_pylist()}
    assert not result.failed


def test_schema_violation_fails_loudly_and_keeps_the_previous_dataset(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run(corpus, out, jobs=1)
    before = _files(out)
    monkeypatch.setattr(registry, "FRONT_ENDS", [StubFrontEnd(kind="not-a-kind")])
    violation = r"(observations|indicators)\.kind: values outside .*\(0, 'not-a-kind'\).*a\.txt"
    with pytest.raises(SchemaViolation, match=violation):
        run(corpus, out, jobs=1, use_cache=False)
    assert _files(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".kpi-cache", "in", "out"]  # staging removed
    assert main(["run", "--input", str(corpus), "--output", str(out), "--no-cache"]) == EXIT_NOT_WRITTEN


def test_exit_codes(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", "--input", str(corpus), "--output", str(out), "--jobs", "1"]) == EXIT_OK
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4\ntruncated")
    assert main(["run", "--input", str(corpus), "--output", str(out), "--jobs", "1"]) == EXIT_DOCUMENTS_FAILED
    captured = capsys.readouterr()
    assert "error: broken.pdf: truncated PDF (no %%EOF marker at the end)" in captured.out
    assert pq.read_table(out / "indicators.parquet").num_rows == 6  # the others were written
    assert main(["run", "--input", str(tmp_path / "missing"), "--output", str(out)]) == EXIT_USAGE


def test_summary_lists_every_document(corpus, tmp_path, capsys):
    main(["run", "--input", str(corpus), "--output", str(tmp_path / "out"), "--jobs", "1"])
    table = capsys.readouterr().out
    for name in DOCUMENTS:
        assert name in table
    for column in ("type", "indicators", "observations", "rejects", "warnings", "seconds"):
        assert column in table


def test_cli_module_defers_heavy_imports():
    heavy = ["pyarrow", "pandas", "pdfplumber", "camelot", "sudachipy", "rich", "pdfminer"]
    code = ("import sys, pipeline.cli; pipeline.cli._parser().format_help(); "
            f"print([m for m in {heavy!r} if m in sys.modules])")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                            env={"PYTHONPATH": str(ROOT), "PATH": ""}).stdout.strip()
    assert loaded == "[]"
