"""A rerun with nothing new leaves the dataset as it is, and never leaves a stale one (issue 13, the no-change rerun).

The dataset's manifest records what it was made from (pipeline/run.py `_made_from`); a run that reads nothing and
finds the output made from the same inputs, with every table file's bytes as the manifest says, writes nothing
(`pipeline.write.unchanged`). Any change that makes a different dataset must rewrite it: one document changed,
added, removed or renamed, one override, the code version (extraction, alignment, writing), the PDF reader, a table
file edited or removed by hand. Each such rerun is compared with a run from scratch in a fresh folder: a skipped
write that should have happened would show there as stale output.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from align import cache as align_cache_module
from align import overrides as overrides_module
from pipeline import cache as cache_module
from pipeline import write
from pipeline.cli import EXIT_OK, EXIT_USAGE, main
from pipeline.guard import MANIFEST
from pipeline.run import run
from tests.batch_inputs import stub_text
from tests.hostile import one_line, rerun_corpus

MERGE = '[[merge]]\na = "新規求人数"\nb = "観光入込客数"\nreason = "checked by hand"\n'


@pytest.fixture(autouse=True)
def _stub(stub_front_end):
    """Every test of this module reads documents with the stub front end (tests/conftest.py)."""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return rerun_corpus(tmp_path)


@pytest.fixture
def writes(monkeypatch) -> list[str]:
    """The datasets swapped in (one entry per run that wrote)."""
    swapped: list[str] = []
    monkeypatch.setattr(write, "checkpoint", lambda stage: swapped.append(stage) if stage == "swapped" else None)
    return swapped


def _run(corpus: Path, output: str = "out", **options):
    return run(corpus, corpus.parent / output, jobs=1, overrides=corpus.parent / "overrides.toml", **options)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _tables(folder: Path) -> dict[str, bytes]:
    """The table files (the manifest's record of what the dataset was made from may differ from a run from scratch:
    a cache entry keeps the name of the file it was first read from, and its checksum with it)."""
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.parquet"))}


def _from_scratch(corpus: Path) -> dict[str, bytes]:
    """The tables a run from nothing (fresh output, fresh cache) writes for the corpus as it is now."""
    fresh = corpus.parent / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    run(corpus, fresh / "out", jobs=1, overrides=corpus.parent / "overrides.toml", cache_dir=fresh / "cache")
    return _tables(fresh / "out")


def test_a_rerun_with_nothing_new_writes_nothing_and_keeps_every_byte(corpus, writes):
    _run(corpus)
    out = corpus.parent / "out"
    before, inode = _files(out), out.stat().st_ino
    assert len(writes) == 1
    result = _run(corpus)
    assert len(writes) == 1  # nothing swapped in
    assert out.stat().st_ino == inode and _files(out) == before
    assert [r.cached for r in result.reports] == [True, True] and not result.warnings
    assert _tables(out) == _from_scratch(corpus)  # and what is there is what a run from scratch writes


def _changed_then_rerun(corpus: Path, writes: list[str], change) -> None:
    """Run, make a change, run again: the second run writes, and writes what a run from scratch writes."""
    _run(corpus)
    before, written = _files(corpus.parent / "out"), len(writes)
    change()
    _run(corpus)
    assert len(writes) == written + 1, "the change did not rewrite the dataset"
    after = _files(corpus.parent / "out")
    assert after != before
    assert _tables(corpus.parent / "out") == _from_scratch(corpus)


def test_one_changed_document_rewrites_the_dataset(corpus, writes):
    _changed_then_rerun(corpus, writes, lambda: (corpus / "b.txt").write_text(
        stub_text(("新規求人数", "1,300人"), ("製造品出荷額等", "11,942億円")), encoding="utf-8"))


def test_an_added_a_removed_and_a_renamed_document_rewrite_the_dataset(corpus, writes):
    _changed_then_rerun(corpus, writes, lambda: (corpus / "c.txt").write_text(
        stub_text(("婚姻件数", "700件")), encoding="utf-8"))
    writes.clear()
    _changed_then_rerun(corpus, writes, lambda: (corpus / "c.txt").unlink())
    writes.clear()
    _changed_then_rerun(corpus, writes, lambda: (corpus / "b.txt").rename(corpus / "z.txt"))


def test_a_second_copy_of_a_document_rewrites_the_dataset(corpus, writes):
    """Same bytes under another name: no new cache entry, no document read, nothing new to align (the copy, after
    the original by name, is a duplicate), yet a new documents row."""
    _changed_then_rerun(corpus, writes, lambda: shutil.copy(corpus / "a.txt", corpus / "z copy.txt"))


def test_a_document_that_cannot_be_read_rewrites_the_dataset(corpus, writes):
    """A file refused before reading (empty) has no cache entry and nothing to align, yet its documents row."""
    _changed_then_rerun(corpus, writes, lambda: (corpus / "empty.txt").write_bytes(b""))
    _changed_then_rerun(corpus, writes, lambda: (corpus / "empty.txt").write_bytes(b"\x00\x01binary"))


def test_one_changed_override_rewrites_the_dataset(corpus, writes):
    _changed_then_rerun(corpus, writes, lambda: (corpus.parent / "overrides.toml").write_text(
        MERGE, encoding="utf-8"))


def test_a_new_code_version_rewrites_the_dataset(corpus, writes, monkeypatch):
    """Extraction (the cache's fingerprint), alignment and writing code each make the dataset again. The bytes
    stay the same here (the code did not really change), so only the rewrite itself shows it."""
    _run(corpus)
    monkeypatch.setattr(cache_module, "EXTRACTOR_VERSION", "test-extractor")
    _run(corpus)
    assert len(writes) == 2
    monkeypatch.setattr(align_cache_module, "ALIGN_VERSION", "test-alignment")
    align_cache_module.code_version.cache_clear()
    try:
        _run(corpus)
    finally:
        align_cache_module.code_version.cache_clear()
    assert len(writes) == 3
    real = cache_module.source_digest
    monkeypatch.setattr(cache_module, "source_digest",
                        lambda names, libraries: real(names, libraries) + ("-changed" if "pipeline" in names else ""))
    _run(corpus)
    assert len(writes) == 4
    _run(corpus)
    assert len(writes) == 4  # and the rerun after it writes nothing again
    assert _tables(corpus.parent / "out") == _from_scratch(corpus)


def test_another_pdf_reader_rewrites_the_dataset(corpus, writes):
    from ingest.pdf.source import READERS

    _run(corpus, pdf_reader=READERS[0])
    _run(corpus, pdf_reader=READERS[1])
    assert len(writes) == 2


@pytest.mark.parametrize("damage", ["edited", "removed", "emptied"])
def test_a_table_file_damaged_by_hand_is_written_again(corpus, writes, damage):
    _run(corpus)
    before = _files(corpus.parent / "out")
    table = corpus.parent / "out" / "indicators.parquet"
    if damage == "edited":
        data = bytearray(table.read_bytes())
        data[len(data) // 2] ^= 0xFF
        table.write_bytes(bytes(data))
    elif damage == "removed":
        table.unlink()
    else:
        table.write_bytes(b"")
    _run(corpus)
    assert len(writes) == 2 and _files(corpus.parent / "out") == before


def test_a_dataset_without_its_record_is_written_again(corpus, writes):
    """A manifest without `made_from` (as versions before this one wrote), or one that is not ours to trust."""
    _run(corpus)
    (corpus.parent / "out" / MANIFEST).write_text('{"tool": "kpi-ingest", "tables": {}}', encoding="utf-8")
    _run(corpus)
    assert len(writes) == 2 and _tables(corpus.parent / "out") == _from_scratch(corpus)


def test_a_pin_warning_is_given_again_by_a_rerun_that_writes_nothing(corpus, writes):
    """The warnings of the alignment come from its stored result (align/cache.py), as the first run gave them."""
    from align.cluster import _hash_id
    from align.names import name_form

    taken = _hash_id(name_form("観光入込客数").key)  # the natural id of another indicator
    (corpus.parent / "overrides.toml").write_text(
        f'[[pin]]\nname = "新規求人数"\nkpi_id = "{taken}"\nreason = "test"\n', encoding="utf-8")
    first = _run(corpus)
    again = _run(corpus)
    assert len(writes) == 1
    assert first.warnings and again.warnings == first.warnings


def test_an_unchanged_overrides_file_is_not_parsed_again(corpus, writes, monkeypatch):
    """The manifest's seal says the run that wrote the dataset checked this very file with this code."""
    (corpus.parent / "overrides.toml").write_text(MERGE, encoding="utf-8")
    _run(corpus)

    def refuse(*args, **kwargs):
        raise AssertionError("the overrides file was parsed again")

    monkeypatch.setattr(overrides_module, "load_overrides", refuse)
    _run(corpus)
    assert len(writes) == 1


def test_an_overrides_file_broken_after_a_run_is_still_refused(corpus, capsys, writes):
    out = corpus.parent / "out"
    args = ["run", "--input", str(corpus), "--output", str(out), "--overrides", str(corpus.parent / "overrides.toml"),
            "--jobs", "1"]
    assert main(args) == EXIT_OK
    before = _files(out)
    capsys.readouterr()
    (corpus.parent / "overrides.toml").write_text('[[merge]]\na = "新規求人数"\nb = "（累計）"\nreason = "x"\n',
                                                   encoding="utf-8")
    assert main(args) == EXIT_USAGE
    assert "must be an indicator name" in one_line(capsys.readouterr().err)
    (corpus.parent / "overrides.toml").unlink()
    assert main(args) == EXIT_USAGE  # an explicit --overrides file that is gone
    assert "overrides file not found" in one_line(capsys.readouterr().err)
    assert _files(out) == before and len(writes) == 1


def test_the_fast_rerun_clears_leftovers_of_killed_runs(corpus, writes):
    """A rerun that writes nothing still removes a killed run's staging folder, as a writing run does."""
    _run(corpus)
    dead = corpus.parent / ".out.staging-999999999"
    dead.mkdir()
    (dead / "observations.parquet").write_bytes(b"half written")
    _run(corpus)
    assert len(writes) == 1 and not dead.exists()


def test_the_fast_rerun_removes_nothing_it_did_not_make(corpus, writes):
    """The quick path's clean-up touches only a dead run's staging folder: the input documents, a live run's
    staging folder, a folder that only looks like ours and a user's file beside the output all stay, byte for
    byte."""
    import os

    _run(corpus)
    documents = _files(corpus)
    live = corpus.parent / f".out.staging-{os.getppid()}"  # a run still going: its process is alive
    lookalike = corpus.parent / ".out.notes"
    for folder in (live, lookalike):
        folder.mkdir()
        (folder / "keep.txt").write_text("mine", encoding="utf-8")
    users = corpus.parent / "out.txt"
    users.write_text("an analyst's file", encoding="utf-8")
    _run(corpus)
    assert len(writes) == 1 and _files(corpus) == documents
    assert (live / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert (lookalike / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert users.read_text(encoding="utf-8") == "an analyst's file"


def test_library_versions_are_those_importlib_metadata_gives():
    """The caches' keys read installed versions from `*.dist-info` without importing importlib.metadata."""
    from importlib import metadata

    for name in ("pyarrow", "pdfminer.six", "charset-normalizer", "sudachidict-core", "Rich"):
        assert align_cache_module.library_version(name) == metadata.version(name)
    assert align_cache_module.library_version("no-such-distribution-x") == "absent"
