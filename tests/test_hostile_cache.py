"""Issue 10, rows 2, 4, 5, 14: the cache folder is shared, concurrent, unwritable or damaged. The cache
touches only what it wrote; a cache fault is never a document fault; a bad entry is a miss."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from ingest import registry
from pipeline import cache as cache_module
from pipeline.cli import EXIT_OK, main
from pipeline.run import run
from tests.batch_inputs import StubFrontEnd, stub_text
from tests.conftest import ROOT
from tests.hostile import dataset_files, run_cli, snapshot, write_corpus


@pytest.fixture(autouse=True)
def stub_front_end(monkeypatch):
    monkeypatch.setattr(registry, "FRONT_ENDS", [StubFrontEnd()])


def _users_home(folder):
    """A folder like ~/.cache: other programs' folders, files, and a folder whose name looks like ours."""
    folder.mkdir()
    (folder / "pip").mkdir()
    (folder / "pip" / "wheel.whl").write_bytes(b"PK")
    (folder / "0123456789abcdef").mkdir()  # a fingerprint-like name, but not marked as ours
    (folder / "0123456789abcdef" / "data.json").write_text("{}", encoding="utf-8")
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    return folder


# -- row 2 ----------------------------------------------------------------------------------------------------

def test_a_shared_cache_folder_loses_nothing_but_our_own_stale_folder(tmp_path, monkeypatch):
    docs = write_corpus(tmp_path / "docs")
    home = _users_home(tmp_path / "dot-cache")
    theirs = snapshot(home)
    run(docs, tmp_path / "out", jobs=1, cache_dir=home)
    stale = cache_module.extractor_fingerprint()
    assert (home / stale / cache_module.CACHEDIR_TAG).is_file()
    monkeypatch.setattr(cache_module, "EXTRACTOR_VERSION", cache_module.EXTRACTOR_VERSION + "-bumped")
    (docs / "a.txt").unlink()
    run(docs, tmp_path / "out", jobs=1, cache_dir=home)  # prunes: our stale folder, entries of a.txt
    now = snapshot(home)
    assert {k: v for k, v in now.items() if k in theirs} == theirs  # everything of the user's is there
    ours = {k for k in now if k not in theirs}
    fresh = cache_module.extractor_fingerprint()
    assert not (home / stale).exists()
    assert all(k.startswith(fresh) for k in ours)
    assert len([k for k in ours if k.endswith(".json")]) == 1  # b.txt's entry only


def test_an_unmarked_folder_of_an_earlier_version_is_pruned_only_if_it_holds_entries_alone(tmp_path):
    docs = write_corpus(tmp_path / "docs")
    cache = tmp_path / "cache"
    legacy, mixed = cache / "fedcba9876543210", cache / "0123456789abcdef"
    for folder in (legacy, mixed):
        folder.mkdir(parents=True)
        (folder / f"{'0' * 64}-text.json").write_text("{}", encoding="utf-8")
    (mixed / "photo.jpg").write_bytes(b"\xff\xd8")
    run(docs, tmp_path / "out", jobs=1, cache_dir=cache)
    assert not legacy.exists()
    assert sorted(p.name for p in mixed.iterdir()) == [f"{'0' * 64}-text.json", "photo.jpg"]


def test_files_in_our_folder_that_are_not_entries_are_kept(tmp_path):
    docs = write_corpus(tmp_path / "docs")
    cache = tmp_path / "cache"
    run(docs, tmp_path / "out", jobs=1, cache_dir=cache)
    folder = cache / cache_module.extractor_fingerprint()
    (folder / "README").write_text("someone's note", encoding="utf-8")
    run(docs, tmp_path / "out", jobs=1, cache_dir=cache)
    assert (folder / "README").read_text(encoding="utf-8") == "someone's note"


# -- row 4: two runs at once, one cache -----------------------------------------------------------------------

PAUSING_RUN = """
import sys
from pathlib import Path
import pipeline.write as write
from ingest import registry
from tests.batch_inputs import StubFrontEnd

def checkpoint(stage):
    if stage == sys.argv[3]:
        print("PAUSED", stage, flush=True)
        sys.stdin.readline()
write.checkpoint = checkpoint
registry.FRONT_ENDS = [StubFrontEnd()]
from pipeline.run import run
result = run(Path(sys.argv[1]), Path(sys.argv[2]), jobs=1)
print("FINISHED", len(result.failed), flush=True)
"""


def test_two_runs_at_once_with_outputs_side_by_side_both_succeed(tmp_path):
    """Run A pauses after reading (its rows are in the shared cache); run B, over other documents, runs to
    the end and would prune A's rows; A then writes from the cache. Both must succeed."""
    first = write_corpus(tmp_path / "first")
    second = write_corpus(tmp_path / "second", {"c.txt": stub_text(("出生数", "1,500人"))})
    paused = subprocess.Popen([sys.executable, "-c", PAUSING_RUN, str(first), str(tmp_path / "out-a"), "read"],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert paused.stdout.readline().startswith("PAUSED")
        other = run_cli("run", "--input", second, "--output", tmp_path / "out-b", "--jobs", "1")
        assert other.returncode == EXIT_OK, other.stderr
        out, err = paused.communicate("go\n", timeout=60)
    finally:
        paused.kill()
    assert paused.returncode == 0, err
    assert "FINISHED 0" in out
    assert pq.read_table(tmp_path / "out-a" / "indicators.parquet").num_rows == 3
    assert pq.read_table(tmp_path / "out-b" / "indicators.parquet").num_rows == 1


# -- row 5: the cache cannot be written ------------------------------------------------------------------------

def test_a_cache_path_that_is_a_file_warns_once_and_reads_without(tmp_path, capsys):
    docs = write_corpus(tmp_path / "docs")
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file", encoding="utf-8")
    assert main(["run", "--input", str(docs), "--output", str(tmp_path / "out"), "--cache", str(not_a_folder),
                 "--jobs", "1"]) == EXIT_OK
    err = capsys.readouterr().err
    assert err.count("cannot be used") == 1 and "without it" in err
    assert not_a_folder.read_text(encoding="utf-8") == "a file"
    assert pq.read_table(tmp_path / "out" / "indicators.parquet").num_rows == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "docs", "out"]  # no scratch left


def test_a_read_only_cache_warns_and_every_document_is_written(tmp_path):
    docs = write_corpus(tmp_path / "docs")
    cache = tmp_path / "cache"
    cache.mkdir()
    os.chmod(cache, 0o555)
    try:
        result = run_cli("run", "--input", docs, "--output", tmp_path / "out", "--cache", cache, "--jobs", "1",
                         permissions=True)
    finally:
        os.chmod(cache, 0o755)
    assert result.returncode == EXIT_OK, result.stderr
    assert "cannot be used" in result.stderr and "worker failed" not in result.stdout
    assert pq.read_table(tmp_path / "out" / "indicators.parquet").num_rows == 3
    assert list(cache.iterdir()) == []


# -- row 14: damaged entries ------------------------------------------------------------------------------------

def test_damaged_entries_are_misses_and_are_rewritten(tmp_path):
    docs = write_corpus(tmp_path / "docs")
    write_corpus(docs, {"c.txt": stub_text(("出生数", "1,500人"))})
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = run(docs, out, jobs=1, cache_dir=cache)
    before = dataset_files(out)
    entries = {r.source_file: cache / cache_module.extractor_fingerprint() / f"{r.sha256}-text.json"
               for r in first.reports}
    fingerprint = cache_module.extractor_fingerprint()
    # right fingerprint, wrong shape
    entries["a.txt"].write_text(json.dumps({"fingerprint": fingerprint, "document": {}, "rows": 5}), "utf-8")
    # a folder where the entry belongs
    entries["b.txt"].unlink()
    entries["b.txt"].mkdir()
    (entries["b.txt"] / "x").write_text("?", encoding="utf-8")
    # valid JSON, right shape, a value changed: the checksum does not match
    entry = json.loads(entries["c.txt"].read_text(encoding="utf-8"))
    entry["rows"]["observations"][0]["raw"] = "9,999人"
    entries["c.txt"].write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    second = run(docs, out, jobs=1, cache_dir=cache)
    assert sorted(r.source_file for r in second.extracted) == ["a.txt", "b.txt", "c.txt"]
    assert dataset_files(out) == before
    third = run(docs, out, jobs=1, cache_dir=cache)  # rewritten: all hits now
    assert third.extracted == [] and all(path.is_file() for path in entries.values())


# -- entries a worker of the run stored: their bytes' hash vouches for them ---------------------------------------

def test_entries_stored_by_the_runs_workers_are_taken_back_without_serializing_them_again(tmp_path, monkeypatch):
    docs = write_corpus(tmp_path / "docs")
    calls = []
    checksum = cache_module._checksum
    monkeypatch.setattr(cache_module, "_checksum", lambda entry: calls.append(1) or checksum(entry))
    first = run(docs, tmp_path / "out", jobs=1, use_cache=False)
    assert first.extracted and calls == []  # the workers' seals stood for the checksums
    second = run(docs, tmp_path / "cached", jobs=1, cache_dir=tmp_path / "cache")
    calls.clear()
    third = run(docs, tmp_path / "cached", jobs=1, cache_dir=tmp_path / "cache")
    assert second.extracted and third.extracted == []
    assert len(calls) == len(second.extracted)  # entries of an earlier run: each checked once


def test_a_vouched_entry_whose_bytes_changed_is_checked_and_missed(tmp_path):
    docs = write_corpus(tmp_path / "docs", {"c.txt": stub_text(("出生数", "1,500人"))})
    first = run(docs, tmp_path / "out", jobs=1, cache_dir=tmp_path / "cache")
    (report,) = first.reports
    cache = cache_module.DocumentCache(tmp_path / "cache").open()
    entry = cache.get(report.sha256, "text")
    path = cache.folder / cache.entry_name(report.sha256, "text")
    seal = cache_module.DocumentCache(tmp_path / "cache").put(report.sha256, "text", entry)
    changed = json.loads(path.read_text(encoding="utf-8"))
    changed["rows"]["observations"][0]["raw"] = "9,999人"  # valid, well formed, its checksum no longer matches
    path.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    cache.vouch(report.sha256, "text", seal)
    assert cache.get(report.sha256, "text") is None
    cache.close()
