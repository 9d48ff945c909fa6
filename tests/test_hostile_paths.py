"""Issue 10, rows 1, 9, 13, 16: the paths and options a careless user gives. Nothing of the user's is touched;
every refusal is one line and exit 2 before any document is read; no failure leaves anything behind."""

from __future__ import annotations

import os
import resource
import signal

import pyarrow.parquet as pq
import pytest

from pipeline.cli import EXIT_NOT_WRITTEN, EXIT_OK, EXIT_USAGE, main
from pipeline.guard import MANIFEST
from tests.hostile import GOOD, dataset_files, one_line, run_cli, snapshot, write_corpus


@pytest.fixture(autouse=True)
def _stub(stub_front_end):
    """Every test of this module reads documents with the stub front end."""


def _refused(capsys, argv: list[str], words: str) -> None:
    assert main(argv) == EXIT_USAGE
    line = one_line(capsys.readouterr().err)
    assert words in line, line


# -- row 1: the output folder is the input, holds it, or holds files that are not ours -------------------------

def test_output_equal_to_input_is_refused_and_the_documents_stay(tmp_path, capsys, nothing_read):
    docs = write_corpus(tmp_path / "docs")
    before = snapshot(tmp_path)
    _refused(capsys, ["run", "--input", str(docs), "--output", str(docs)], "is the input folder")
    _refused(capsys, ["run", "--input", str(docs), "--output", str(docs / ".." / "docs")], "is the input folder")
    assert snapshot(tmp_path) == before


def test_output_holding_the_input_is_refused(tmp_path, capsys, nothing_read, monkeypatch):
    docs = write_corpus(tmp_path / "work" / "docs")
    (tmp_path / "work" / "notes.txt").write_text("the user's own file", encoding="utf-8")
    before = snapshot(tmp_path)
    _refused(capsys, ["run", "--input", str(docs), "--output", str(tmp_path / "work")], "holds the input folder")
    _refused(capsys, ["run", "--input", str(docs), "--output", str(tmp_path)], "holds the input folder")
    monkeypatch.chdir(tmp_path / "work")
    _refused(capsys, ["run", "--input", "docs", "--output", "."], "holds the input folder")
    assert snapshot(tmp_path) == before


def test_dot_as_output_with_the_users_files_is_refused(tmp_path, capsys, nothing_read, monkeypatch):
    docs = write_corpus(tmp_path / "docs")
    home = tmp_path / "home"
    home.mkdir()
    (home / "thesis.tex").write_text("years of work", encoding="utf-8")
    monkeypatch.chdir(home)
    before = snapshot(tmp_path)
    _refused(capsys, ["run", "--input", str(docs), "--output", "."], "holds files kpi-ingest did not write")
    assert snapshot(tmp_path) == before


def test_output_inside_the_input_is_refused(tmp_path, capsys, nothing_read):
    docs = write_corpus(tmp_path / "docs")
    before = snapshot(tmp_path)
    _refused(capsys, ["run", "--input", str(docs), "--output", str(docs / "extracted")], "inside the input folder")
    assert snapshot(tmp_path) == before


def test_output_that_is_a_file_or_a_foreign_folder_is_refused(tmp_path, capsys, nothing_read):
    docs = write_corpus(tmp_path / "docs")
    (tmp_path / "report.pdf").write_bytes(b"%PDF- the user's report")
    foreign = tmp_path / "photos"
    foreign.mkdir()
    (foreign / "cat.jpg").write_bytes(b"\xff\xd8")
    before = snapshot(tmp_path)
    _refused(capsys, ["run", "--input", str(docs), "--output", str(tmp_path / "report.pdf")], "not a folder")
    _refused(capsys, ["run", "--input", str(docs), "--output", str(foreign)], "cat.jpg")
    assert snapshot(tmp_path) == before


def test_an_input_that_is_a_file_or_missing_is_refused(tmp_path, capsys, nothing_read):
    docs = write_corpus(tmp_path / "docs")
    _refused(capsys, ["run", "--input", str(docs / "a.txt"), "--output", str(tmp_path / "out")], "is a file")
    _refused(capsys, ["run", "--input", str(tmp_path / "unmounted"), "--output", str(tmp_path / "out")],
             "input folder not found")
    assert not (tmp_path / "out").exists()


def test_cache_inside_the_output_is_refused(tmp_path, capsys, nothing_read):
    docs = write_corpus(tmp_path / "docs")
    out = tmp_path / "out"
    _refused(capsys, ["run", "--input", str(docs), "--output", str(out), "--cache", str(out / "cache")],
             "inside the output folder")
    assert not out.exists()


def test_a_dataset_we_wrote_is_replaced_but_not_with_a_users_file_in_it(tmp_path, capsys):
    docs = write_corpus(tmp_path / "docs")
    out = tmp_path / "out"
    assert main(["run", "--input", str(docs), "--output", str(out), "--jobs", "1"]) == EXIT_OK
    assert (out / MANIFEST).is_file()
    assert main(["run", "--input", str(docs), "--output", str(out), "--jobs", "1"]) == EXIT_OK  # ours: replaced
    capsys.readouterr()
    (out / "my_notes.txt").write_text("kept by the user", encoding="utf-8")
    before = snapshot(out)
    _refused(capsys, ["run", "--input", str(docs), "--output", str(out)], "my_notes.txt")
    assert snapshot(out) == before


def test_a_dataset_of_an_earlier_version_without_manifest_is_replaced(tmp_path):
    docs = write_corpus(tmp_path / "docs")
    out = tmp_path / "out"
    assert main(["run", "--input", str(docs), "--output", str(out), "--jobs", "1"]) == EXIT_OK
    (out / MANIFEST).unlink()  # what versions before the manifest wrote: the tables alone
    assert main(["run", "--input", str(docs), "--output", str(out), "--jobs", "1"]) == EXIT_OK
    assert (out / MANIFEST).is_file()


def test_a_broken_manifest_does_not_make_a_folder_ours(tmp_path, capsys, nothing_read):
    docs = write_corpus(tmp_path / "docs")
    out = tmp_path / "out"
    out.mkdir()
    (out / MANIFEST).write_text("not ours", encoding="utf-8")
    _refused(capsys, ["run", "--input", str(docs), "--output", str(out)], MANIFEST)


# -- row 9: an empty or unmounted input folder ---------------------------------------------------------------

def test_empty_input_does_not_replace_the_dataset(tmp_path, capsys):
    docs = write_corpus(tmp_path / "docs")
    out = tmp_path / "out"
    assert main(["run", "--input", str(docs), "--output", str(out), "--jobs", "1"]) == EXIT_OK
    before = dataset_files(out)
    capsys.readouterr()
    for name in GOOD:
        (docs / name).unlink()
    (docs / "old").mkdir()  # only a subfolder left: still no document
    _refused(capsys, ["run", "--input", str(docs), "--output", str(out)], "holds no document")
    assert dataset_files(out) == before
    assert main(["run", "--input", str(docs), "--output", str(out), "--allow-empty"]) == EXIT_OK
    assert pq.read_table(out / "documents.parquet").num_rows == 0
    assert pq.read_table(out / "indicators.parquet").num_rows == 0


# -- row 13: option values checked when parsed ---------------------------------------------------------------

@pytest.mark.parametrize(("option", "value"), [
    ("--max-size-mb", "nan"), ("--max-size-mb", "inf"), ("--max-size-mb", "0"), ("--max-size-mb", "-1"),
    ("--max-size-mb", "ten"), ("--max-size-mb", "1e308"), ("--jobs", "0"), ("--jobs", "1.5"),
    ("--jobs", "-2"), ("--doc-timeout", "0"),
    ("--doc-timeout", "nan"), ("--doc-timeout", "1e300"), ("--doc-memory-mb", "-5"),
])
def test_bad_option_values_are_one_line_exit_2(tmp_path, capsys, nothing_read, option, value):
    docs = write_corpus(tmp_path / "docs")
    with pytest.raises(SystemExit) as stop:
        main(["run", "--input", str(docs), "--output", str(tmp_path / "out"), option, value])
    assert stop.value.code == EXIT_USAGE
    line = one_line(capsys.readouterr().err)
    assert option in line and "error" in line
    assert not (tmp_path / "out").exists()


# -- row 16: read-only folder, full disk, long names: nothing left behind -------------------------------------

def test_a_250_character_output_name_works_and_leaves_nothing_behind(tmp_path):
    docs = write_corpus(tmp_path / "docs")
    out = tmp_path / ("x" * 250)  # `.<name>.staging-<pid>` would be 267 bytes: over the 255 a name may have
    for _ in range(2):  # a new folder, then the exchange with the previous dataset
        assert main(["run", "--input", str(docs), "--output", str(out), "--jobs", "1"]) == EXIT_OK
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([".kpi-cache", "docs", out.name])


def test_read_only_parent_fails_before_reading_and_leaves_nothing(tmp_path):
    docs = write_corpus(tmp_path / "docs")
    parent = tmp_path / "published"
    parent.mkdir()
    out = parent / "out"
    assert run_cli("run", "--input", docs, "--output", out, "--jobs", "1").returncode == EXIT_OK
    before = snapshot(parent)
    (docs / "c.txt").write_text(GOOD["b.txt"].replace("11,942", "12,000"), encoding="utf-8")
    os.chmod(parent, 0o555)
    try:
        result = run_cli("run", "--input", docs, "--output", out, "--no-cache", permissions=True)
    finally:
        os.chmod(parent, 0o755)
    assert result.returncode == EXIT_NOT_WRITTEN, result.stderr
    assert "read-only" in one_line(result.stderr)
    assert snapshot(parent) == before


def test_read_only_output_folder_of_ours_is_replaced_and_nothing_left(tmp_path):
    docs = write_corpus(tmp_path / "docs")
    out = tmp_path / "out"
    assert run_cli("run", "--input", docs, "--output", out, "--jobs", "1").returncode == EXIT_OK
    os.chmod(out, 0o555)
    (docs / "c.txt").write_text(GOOD["b.txt"].replace("11,942", "12,000"), encoding="utf-8")
    result = run_cli("run", "--input", docs, "--output", out, "--jobs", "1", permissions=True)
    assert result.returncode == EXIT_OK, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [".kpi-cache", "docs", "out"]
    assert "c.txt" in pq.read_table(out / "documents.parquet").column("source_file").to_pylist()


def _disk_full_at(limit: int):
    """A file-size limit: a write past `limit` bytes fails with EFBIG, as a full disk fails with ENOSPC."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_full_disk_while_writing_keeps_the_previous_dataset_and_leaves_nothing(tmp_path):
    docs = write_corpus(tmp_path / "docs")
    out = tmp_path / "out"
    assert run_cli("run", "--input", docs, "--output", out, "--jobs", "1").returncode == EXIT_OK
    before = dataset_files(out)
    # many small documents: each cache entry fits under the limit, the observations table does not
    for d in range(30):
        rows = "\n".join(f"STUB 指標{d}x{i} {d * 1000 + i}件" for i in range(10))
        (docs / f"doc{d}.txt").write_text(f"令和5年度 効果検証\n{rows}\n", encoding="utf-8")
    result = run_cli("run", "--input", docs, "--output", out, "--jobs", "1", preexec=_disk_full_at(10_000))
    assert result.returncode == EXIT_NOT_WRITTEN, result.stderr
    line = one_line(result.stderr)  # also: no "Exception ignored in ParquetWriter.__del__"
    assert "NOT written" in line and "File too large" in line
    assert dataset_files(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".kpi-cache", "docs", "out"]


def test_full_disk_for_the_cache_stops_with_the_previous_dataset_kept(tmp_path):
    docs = write_corpus(tmp_path / "docs")
    out = tmp_path / "out"
    assert run_cli("run", "--input", docs, "--output", out, "--jobs", "1").returncode == EXIT_OK
    before = dataset_files(out)
    many = "\n".join(f"STUB 指標{i} {i}件" for i in range(400))
    (docs / "big.txt").write_text(f"令和5年度 効果検証\n{many}\n", encoding="utf-8")
    result = run_cli("run", "--input", docs, "--output", out, "--jobs", "1", preexec=_disk_full_at(40_000))
    assert result.returncode == EXIT_NOT_WRITTEN, result.stderr
    assert "cache" in one_line(result.stderr)
    assert dataset_files(out) == before
    leftovers = [p for p in (tmp_path / ".kpi-cache").rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [".kpi-cache", "docs", "out"]
