"""The alignment result is cached: a rerun with nothing changed takes it instead of aligning again; a changed
document or overrides file, or other code, aligns again (align/cache.py, the hook in pipeline/run.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from align import cache as cache_module
from align import stage as stage_module
from align.cache import AlignmentCache, alignment_key
from pipeline.run import run
from tests.batch_inputs import stub_text
from tests.hostile import rerun_corpus

MERGE = '[[merge]]\na = "新規求人数"\nb = "観光入込客数"\nreason = "test"\n'


@pytest.fixture(autouse=True)
def _stub(stub_front_end):
    """Every test of this module reads documents with the stub front end (tests/conftest.py)."""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return rerun_corpus(tmp_path)


@pytest.fixture
def alignments(monkeypatch) -> list[int]:
    """Counts the alignments actually computed (the real stage still runs)."""
    calls: list[int] = []
    real = stage_module.align_rows

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(stage_module, "align_rows", counted)
    return calls


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _run(corpus: Path, jobs: int = 1):
    return run(corpus, corpus.parent / "out", jobs=jobs, overrides=corpus.parent / "overrides.toml")


def _entries(corpus: Path) -> list[Path]:
    return sorted((corpus.parent / ".kpi-cache").rglob("*.aligned"))


def test_a_rerun_with_nothing_changed_takes_the_stored_alignment(corpus, alignments):
    _run(corpus)
    first = _files(corpus.parent / "out")
    assert len(alignments) == 1 and len(_entries(corpus)) == 1
    _run(corpus, jobs=2)  # the number of workers is not part of the key
    assert len(alignments) == 1  # not aligned again
    assert _files(corpus.parent / "out") == first  # every table, kpi_ids included, identical


def test_a_changed_document_aligns_again_and_the_old_entry_is_pruned(corpus, alignments):
    _run(corpus)
    before = _entries(corpus)
    (corpus / "b.txt").write_text(stub_text(("新規求人数", "1,300人")), encoding="utf-8")
    _run(corpus)
    assert len(alignments) == 2
    after = _entries(corpus)
    assert len(after) == 1 and after != before


def test_a_changed_overrides_file_aligns_again(corpus, alignments):
    _run(corpus)
    (corpus.parent / "overrides.toml").write_text(MERGE, encoding="utf-8")
    _run(corpus)
    assert len(alignments) == 2
    ids = {}
    import pyarrow.parquet as pq

    for row in pq.read_table(corpus.parent / "out" / "indicators.parquet").to_pylist():
        ids.setdefault(row["kpi_name"], set()).add(row["kpi_id"])
    assert ids["新規求人数"] == ids["観光入込客数"]  # the new decision took effect: not a stale result


def test_other_alignment_code_aligns_again(corpus, alignments, monkeypatch):
    _run(corpus)
    monkeypatch.setattr(cache_module, "code_version", lambda: "another version")
    _run(corpus)
    assert len(alignments) == 2


def test_a_damaged_entry_is_a_miss_and_is_rewritten(corpus, alignments):
    _run(corpus)
    first = _files(corpus.parent / "out")
    (entry,) = _entries(corpus)
    data = bytearray(entry.read_bytes())
    at = data.index("新規求人数".encode())
    data[at:at + 3] = "観".encode()  # one character of a stored name changed, the length kept
    entry.write_bytes(bytes(data))
    _run(corpus)
    assert len(alignments) == 2 and _files(corpus.parent / "out") == first
    assert AlignmentCache(entry.parent).get(entry.name.split(".")[0]) is not None  # rewritten whole


def test_without_the_cache_nothing_is_stored(corpus, alignments):
    run(corpus, corpus.parent / "out", jobs=1, use_cache=False)
    run(corpus, corpus.parent / "out", jobs=1, use_cache=False)
    assert len(alignments) == 2 and not _entries(corpus)


def test_the_key_names_documents_overrides_and_extractor(tmp_path):
    documents = [("a.txt", "1" * 64, "text"), ("b.txt", "2" * 64, "text")]
    base = alignment_key(documents, None, "f1")
    assert alignment_key(list(reversed(documents)), None, "f1") == base  # order of listing does not matter
    assert alignment_key(documents[:1], None, "f1") != base
    assert alignment_key([("c.txt", "1" * 64, "text"), documents[1]], None, "f1") != base  # renamed: new ids
    assert alignment_key(documents, None, "f2") != base
    decisions = tmp_path / "o.toml"
    assert alignment_key(documents, decisions, "f1") == base  # a missing file is no decisions
    decisions.write_text(MERGE, encoding="utf-8")
    assert alignment_key(documents, decisions, "f1") != base


def test_prune_removes_only_this_caches_entries(tmp_path):
    store = AlignmentCache(tmp_path)
    keep, old = "a" * 64, "b" * 64
    for name in (store.entry_name(keep), store.entry_name(old), "notes.aligned", "c" * 64 + "-text.json"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    store.prune(keep)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([store.entry_name(keep), "notes.aligned",
                                                                "c" * 64 + "-text.json"])


def test_a_scorecard_with_yearly_actual_columns_is_read_back(tmp_path):
    """The scorecard's `actual_FY…` columns depend on the data (a column family): a stored result holding them
    is still a hit, not a miss on every run."""
    from schema.tables import arrow_schema

    store = AlignmentCache(tmp_path)
    table = arrow_schema("kpi_scorecard", ["actual_FY2022", "actual_FY2023"]).empty_table()
    store.put("k", {("a.txt", "新規求人数", ""): "K-x"}, {"kpi_scorecard": table})
    stored = store.get("k")
    assert stored is not None
    assert stored.tables["kpi_scorecard"].schema.names == table.schema.names


def test_a_stored_alignment_warns_as_the_run_that_stored_it(corpus, alignments):
    """A pin that takes another indicator's id is found after alignment; the rerun that takes the stored result
    (without aligning, or reading any name) still says so."""
    from align.cluster import _hash_id
    from align.names import name_form

    taken = _hash_id(name_form("観光入込客数").key)  # the natural id of another indicator
    (corpus.parent / "overrides.toml").write_text(f'[[pin]]\nname = "新規求人数"\nkpi_id = "{taken}"\n'
                                                  'reason = "test"\n', encoding="utf-8")
    first = _run(corpus).warnings
    again = _run(corpus).warnings
    assert len(alignments) == 1  # the second run took the stored result
    assert any("観光入込客数" in w and taken in w for w in first), first
    assert again == first
