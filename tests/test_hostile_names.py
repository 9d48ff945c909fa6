"""Issue 10, rows 3, 10, 11, 15: odd entries in the input folder. Names that are not UTF-8 or hold markup,
escapes or newlines are stored and printed escaped and literally; what is not a file is skipped and named
once; an unreadable file is recorded with its error like every failed document."""

from __future__ import annotations

import os

import pyarrow.parquet as pq
import pytest

from ingest import registry
from pipeline.cli import EXIT_DOCUMENTS_FAILED, EXIT_OK, main
from tests.batch_inputs import StubFrontEnd
from tests.hostile import GOOD, run_cli, write_corpus


@pytest.fixture(autouse=True)
def stub_front_end(monkeypatch):
    monkeypatch.setattr(registry, "FRONT_ENDS", [StubFrontEnd()])


def _documents(out) -> dict[str, dict]:
    return {r["source_file"]: r for r in pq.read_table(out / "documents.parquet").to_pylist()}


# -- row 3: a name that is not UTF-8 ----------------------------------------------------------------------------

def test_a_cp932_file_name_is_read_under_an_escaped_name_and_the_others_are_written(tmp_path, capsys):
    docs = write_corpus(tmp_path / "docs")
    raw = "計画".encode("cp932") + b".txt"  # what unzipping a Windows zip gives on Linux
    with open(os.path.join(os.fsencode(docs), raw), "wb") as handle:
        handle.write(GOOD["b.txt"].replace("製造品出荷額等", "転入者数").encode("utf-8"))
    out = tmp_path / "out"
    assert main(["run", "--input", str(docs), "--output", str(out), "--jobs", "1"]) == EXIT_OK
    shown = r"\x8cv\x89\xe6.txt"  # 計 = 8C 76 ('v'), 画 = 89 E6
    assert shown in capsys.readouterr().out
    documents = _documents(out)
    assert set(documents) == {"a.txt", "b.txt", shown}
    assert documents[shown]["n_indicators"] == 1 and documents[shown]["error"] is None
    indicators = pq.read_table(out / "indicators.parquet").to_pylist()
    assert {r["source_file"] for r in indicators} == {"a.txt", "b.txt", shown}


# -- row 10: what is not a file -----------------------------------------------------------------------------------

def test_entries_that_are_not_files_are_skipped_and_each_named_once(tmp_path):
    docs = write_corpus(tmp_path / "docs")
    (docs / "2023").mkdir()
    (docs / "2023" / "old.txt").write_text(GOOD["a.txt"], encoding="utf-8")
    (docs / "folder.pdf").mkdir()
    os.symlink("loop-b.txt", docs / "loop-a.txt")
    os.symlink("loop-a.txt", docs / "loop-b.txt")
    os.symlink("gone.txt", docs / "dangling.txt")
    os.mkfifo(docs / "pipe.txt")  # opening it would block for ever
    os.symlink("a.txt", docs / "link-to-a.txt")  # a link to a file is read (as a duplicate of a.txt)
    os.symlink("/dev/zero", docs / "zero.txt")  # reading it would never end
    result = run_cli("run", "--input", docs, "--output", tmp_path / "out", "--jobs", "1", timeout=60)
    assert result.returncode == EXIT_OK, result.stderr
    expected = {
        "2023": "a folder", "folder.pdf": "a folder", "loop-a.txt": "symbolic link loop",
        "loop-b.txt": "symbolic link loop", "dangling.txt": "broken symbolic link", "pipe.txt": "FIFO",
        "zero.txt": "a device",
    }
    for name, reason in expected.items():
        lines = [line for line in result.stdout.splitlines() if line.startswith(f"skipped: {name}:")]
        assert len(lines) == 1 and reason in lines[0], (name, lines)
    documents = _documents(tmp_path / "out")
    assert set(documents) == {"a.txt", "b.txt", "link-to-a.txt"}
    assert documents["link-to-a.txt"]["duplicate_of"] == "a.txt"


def test_a_huge_sparse_file_is_refused_by_its_size_without_being_read(tmp_path, monkeypatch):
    from pipeline import run as run_module
    from pipeline.run import run

    docs = write_corpus(tmp_path / "docs")
    with open(docs / "huge.txt", "wb") as handle:
        handle.truncate(4 * 2**30)  # 4 GiB of nothing: hashing it first would take a minute

    def hash_of(path):
        assert path.name != "huge.txt", "the oversized file was read"
        return real_hash(path)

    real_hash = run_module.file_sha256
    monkeypatch.setattr(run_module, "file_sha256", hash_of)
    result = run(docs, tmp_path / "out", jobs=1)
    huge = next(r for r in result.reports if r.source_file == "huge.txt")
    assert "over the size limit" in huge.error and huge.sha256 is None


# -- row 11: a file that cannot be read -----------------------------------------------------------------------

def test_an_unreadable_file_is_recorded_with_its_error(tmp_path):
    docs = write_corpus(tmp_path / "docs")
    locked = docs / "locked.txt"
    locked.write_text(GOOD["a.txt"], encoding="utf-8")
    locked.chmod(0)
    result = run_cli("run", "--input", docs, "--output", tmp_path / "out", "--jobs", "1", permissions=True)
    assert result.returncode == EXIT_DOCUMENTS_FAILED, result.stderr
    assert "error: locked.txt: cannot read the file: Permission denied" in result.stdout
    documents = _documents(tmp_path / "out")
    assert "Permission denied" in documents["locked.txt"]["error"]
    assert documents["locked.txt"]["sha256"] is None and documents["locked.txt"]["n_indicators"] == 0
    assert documents["a.txt"]["n_indicators"] == 2 and documents["b.txt"]["n_indicators"] == 1


# -- row 15: markup, terminal escapes, newlines in names -----------------------------------------------------------

def test_names_with_markup_escapes_and_newlines_are_printed_literally_on_one_line(tmp_path):
    docs = write_corpus(tmp_path / "docs")
    (docs / "[bold]plan[red].txt").write_text(GOOD["a.txt"].replace("新規求人数", "出生数"), encoding="utf-8")
    (docs / "\x1b[31mred\x1b[0m.txt").write_text(GOOD["b.txt"].replace("製造品出荷額等", "転出者数"),
                                                 encoding="utf-8")
    (docs / "two\nlines.txt").write_bytes(b"")  # fails (empty): its error line names it
    result = run_cli("run", "--input", docs, "--output", tmp_path / "out", "--jobs", "1")
    assert result.returncode == EXIT_DOCUMENTS_FAILED, result.stderr
    output = result.stdout + result.stderr
    assert "\x1b" not in output
    assert "[bold]plan[red].txt" in result.stdout
    assert r"\x1b[31mred\x1b[0m.txt" in result.stdout
    assert r"error: two\x0alines.txt: empty file" in result.stdout.splitlines()
    documents = _documents(tmp_path / "out")
    assert {"[bold]plan[red].txt", r"\x1b[31mred\x1b[0m.txt", r"two\x0alines.txt"} <= set(documents)
