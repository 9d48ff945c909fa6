"""A batch run: every document in the input folder → the canonical dataset in the output folder.

Steps: list the files → refuse what is not a document (extension, empty, size) → hash → set aside
duplicates (same bytes under another name) → take unchanged documents from the cache → read the rest in
parallel worker processes (rows go to the cache, only reports come back) → stream every document's rows,
in file-name order, through the validating writer → swap the new dataset in as a whole.

Alignment (align/) needs every document's indicators at once: before the stream, the indicators and
observations of all documents are gathered from the cache, aligned, and the resulting kpi_id of each
(source_file, kpi_name, goal) is applied to the rows as they stream; the analyst tables (kpi_catalog,
kpi_series, kpi_revisions, kpi_review) are written last.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.document import DEFAULT_MAX_BYTES, DocumentError, check_size, document_kind, file_sha256
from pipeline import write
from pipeline.cache import DocumentCache
from pipeline.extract import ROW_TABLES, DocumentReport, read_into_cache, report_from_entry

if TYPE_CHECKING:
    from align.cache import AlignmentCache

#: Files in the input folder that are not documents (the folder's own README, dotfiles).
IGNORED_PREFIXES = ("README", ".")

#: Documents queued per worker beyond the one it is reading: keeps workers busy, bounds what is in flight.
QUEUE_PER_WORKER = 2

__all__ = ["DocumentReport", "RunObserver", "RunResult", "default_jobs", "input_files", "run"]


class RunObserver:
    """Hooks for a user interface (progress bar); the defaults do nothing."""

    def started(self, total: int) -> None:
        """The run found `total` input files."""

    def document_done(self, report: DocumentReport) -> None:
        """One file was read (or taken from the cache, or refused)."""

    def writing(self) -> None:
        """All files are read; the dataset is being written."""


@dataclass
class RunResult:
    reports: list[DocumentReport]
    output: Path

    @property
    def failed(self) -> list[DocumentReport]:
        return [r for r in self.reports if r.error]

    @property
    def extracted(self) -> list[DocumentReport]:
        """Documents read in this run (not from the cache, not refused before reading)."""
        return [r for r in self.reports if not r.cached and not r.duplicate_of and r.kind and not r.error]

    @cached_property
    def tables(self) -> dict[str, Any]:
        """The written tables, read back from the output folder (pyarrow tables)."""
        import pyarrow.parquet as pq

        return {name: pq.read_table(self.output / f"{name}.parquet") for name in write.TABLES}


def default_jobs() -> int:
    """Worker processes: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def input_files(folder: Path) -> list[Path]:
    """The documents of a folder, in name order."""
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(IGNORED_PREFIXES))


def _triage(path: Path, max_bytes: int) -> DocumentReport:
    """Hash a file and refuse it early when it cannot be a readable document (no worker needed)."""
    report = DocumentReport(path.name)
    try:
        report.sha256 = file_sha256(path)
        report.kind = document_kind(path)
        check_size(path, max_bytes)
    except DocumentError as error:
        report.error = str(error)
    except OSError as error:
        report.error = f"cannot read the file: {error.strerror or error}"
    return report


def _read_all(paths: list[Path], jobs: int, max_bytes: int, cache: DocumentCache) -> Iterator[DocumentReport]:
    """Read documents into the cache, in parallel when jobs > 1; reports in completion order."""
    # Largest first: the long documents start early, so no core idles at the end waiting for one of them.
    paths = sorted(paths, key=lambda p: (-p.stat().st_size, p.name))
    arguments = (max_bytes, cache.root, cache.fingerprint)
    if any(p.suffix.lower() == ".pdf" for p in paths):
        import pdfplumber  # noqa: F401  (once here, not once per worker)
    from align.heap import frozen_heap

    with frozen_heap():  # what is alive now lives through the reading (see align/heap.py)
        yield from _read_each(paths, jobs, arguments)


def _read_each(paths: list[Path], jobs: int, arguments: tuple) -> Iterator[DocumentReport]:
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            yield read_into_cache(path, *arguments)
        return
    queue = iter(paths)
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        pending: dict[Future, Path] = {}

        def submit(count: int) -> None:
            for path in [p for _, p in zip(range(count), queue, strict=False)]:
                pending[pool.submit(read_into_cache, path, *arguments)] = path

        submit(jobs * QUEUE_PER_WORKER)
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                path = pending.pop(future)
                try:
                    yield future.result()
                except Exception as error:  # a worker that died (memory, crash in a C library)
                    yield DocumentReport(path.name, error=f"worker failed: {type(error).__name__}: {error}")
            submit(len(done))


def _document_row(report: DocumentReport, fields: dict[str, Any] | None) -> dict[str, Any]:
    base = {"doc_type": "unknown", "title": None, "fiscal_year": None, "shape": None, "pages": report.pages,
            "warnings": []}
    row = {**base, **(fields or {})}
    if report.duplicate_of or report.error:
        row.update(n_indicators=0, n_observations=0, n_rejects=0)
    return {**row, "source_file": report.source_file, "sha256": report.sha256,
            "duplicate_of": report.duplicate_of, "error": report.error}


def _entries(reports: list[DocumentReport], cache: DocumentCache) -> Iterator[tuple[DocumentReport, dict | None]]:
    """Each recorded document, in file-name order, with its cache entry (None when failed or unreadable)."""
    for report in sorted(reports, key=lambda r: r.source_file):
        if report.sha256 is None:  # the file could not even be read from disk: no hash to record
            continue
        entry = None if report.error else cache.get(report.sha256, report.kind or "")
        if entry is None and not report.error:
            raise RuntimeError(f"{report.source_file}: rows missing from the cache folder {cache.folder}")
        yield report, entry


def _align(reports: list[DocumentReport], cache: DocumentCache, overrides: Path | None, jobs: int,
           store: AlignmentCache | None) -> tuple[dict[tuple, str], dict[str, Any]]:
    """Align all documents' indicators: kpi_id per (source_file, kpi_name, goal), and the analyst tables.
    With a `store`, a result stored for the same documents, overrides and code is taken instead (align/cache.py)."""
    from align.overrides import DEFAULT_PATH
    from align.stage import align_rows

    key = _alignment_key(reports, cache, overrides or DEFAULT_PATH) if store else ""
    stored = store.get(key) if store else None
    if stored is not None:
        return stored.ids, stored.tables
    rows: dict[str, list[dict[str, Any]]] = {"indicators": [], "observations": [], "documents": []}
    for report, entry in _entries(reports, cache):
        if report.duplicate_of or not entry:
            continue
        rows["documents"].append(_document_row(report, entry["document"]))
        for name in ("indicators", "observations"):
            rows[name].extend({**row, "source_file": report.source_file} for row in entry["rows"][name])
    # the order the written tables have, so that alignment sees rows as a reader of the dataset would
    indicators, observations = (write.sorted_rows(name, rows.pop(name)) for name in ("indicators", "observations"))
    documents = write.sorted_rows("documents", rows.pop("documents"))
    analyst_tables = align_rows(indicators, observations, documents, overrides or DEFAULT_PATH, jobs)
    ids = {(r["source_file"], r["kpi_name"], r["goal"]): r["kpi_id"] for r in (*indicators, *observations)}
    if store:
        store.put(key, ids, analyst_tables)
    return ids, analyst_tables


def _alignment_key(reports: list[DocumentReport], cache: DocumentCache, overrides: Path) -> str:
    """The alignment's cache key: the cache entries aligned (as `_align` gathers them), overrides, code."""
    from align.cache import alignment_key

    aligned = [(r.source_file, r.sha256, r.kind or "") for r in reports
               if r.sha256 is not None and not r.error and not r.duplicate_of]
    return alignment_key(aligned, overrides, cache.fingerprint)


def _write(reports: list[DocumentReport], cache: DocumentCache, output: Path, overrides: Path | None,
           jobs: int, store: AlignmentCache | None = None) -> None:
    """Stream each document's rows from the cache, in file-name order, into the dataset."""
    ids, analyst_tables = _align(reports, cache, overrides, jobs, store)

    def with_id(row: dict[str, Any], source_file: str) -> dict[str, Any]:
        return {**row, "source_file": source_file, "kpi_id": ids[(source_file, row["kpi_name"], row["goal"])]}

    with write.DatasetWriter(output) as writer:
        for report, entry in _entries(reports, cache):
            if report.duplicate_of:
                # Only the original's document fields; its rows are written under the original's name.
                writer.add_rows("documents", [_document_row(report, (entry or {}).get("document"))])
                continue
            writer.add_rows("documents", [_document_row(report, entry["document"] if entry else None)])
            if entry:
                for name in ROW_TABLES:
                    source = report.source_file
                    keyed = name in ("indicators", "observations")
                    writer.add_rows(name, [with_id(row, source) if keyed else {**row, "source_file": source}
                                           for row in entry["rows"][name]])
            del entry
        for name, table in analyst_tables.items():
            writer.add_table(name, table)
        writer.commit()


def _mark_duplicates(candidates: Iterable[DocumentReport]) -> list[DocumentReport]:
    """First file (by name) per content is read; later ones point to it. Returns the files to read."""
    originals: dict[tuple[str, str], DocumentReport] = {}
    unique = []
    for report in sorted(candidates, key=lambda r: r.source_file):
        key = (report.sha256 or "", report.kind or "")
        if key in originals:
            report.duplicate_of = originals[key].source_file
        else:
            originals[key] = report
            unique.append(report)
    return unique


def run(input_dir: Path, output_dir: Path, *, jobs: int | None = None, cache_dir: Path | None = None,
        use_cache: bool = True, max_bytes: int = DEFAULT_MAX_BYTES,
        observer: RunObserver | None = None, overrides: Path | None = None) -> RunResult:
    """Read every document of `input_dir` and replace the dataset in `output_dir` as a whole.

    Documents that fail are reported (and recorded in the documents table with their error); the others
    are still written. A schema violation or an I/O error while writing raises, and the previous dataset
    stays as it was. `cache_dir` defaults to `.kpi-cache` next to the output folder; `overrides` is the curated
    alignment file (merge / keep apart / pin decisions) read on every run, by default `kpi_overrides.toml`
    at the top of the project.
    """
    observer = observer or RunObserver()
    jobs = jobs or default_jobs()
    output_dir = output_dir.resolve()
    paths = input_files(input_dir)
    observer.started(len(paths))
    scratch = None
    if use_cache:
        cache = DocumentCache(cache_dir or output_dir.parent / ".kpi-cache")
    else:
        scratch = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.rows-", dir=output_dir.parent))
        cache = DocumentCache(scratch)
    try:
        reports = [_triage(path, max_bytes) for path in paths]
        readable = [r for r in reports if not r.error]
        unique = _mark_duplicates(readable)
        by_name = {r.source_file: r for r in reports}
        to_read = []
        for report in unique:
            entry = cache.get(report.sha256 or "", report.kind or "")
            if entry is None:
                to_read.append(input_dir / report.source_file)
                continue
            by_name[report.source_file] = report_from_entry(report.source_file, report.sha256 or "",
                                                            report.kind or "", entry)
            observer.document_done(by_name[report.source_file])
        for report in reports:
            if report.error:
                observer.document_done(report)
        for report in _read_all(to_read, jobs, max_bytes, cache):
            triaged = by_name[report.source_file]
            report.sha256, report.kind = report.sha256 or triaged.sha256, report.kind or triaged.kind
            by_name[report.source_file] = report
            observer.document_done(report)
            write.checkpoint("read")
        for report in by_name.values():
            if report.duplicate_of:
                original = by_name[report.duplicate_of]
                report.doc_type, report.pages, report.cached = original.doc_type, original.pages, original.cached
                report.warnings = [f"same content as {original.source_file}; its rows are recorded under that name"]
                if original.error:
                    report.error = f"same content as {original.source_file}, which failed: {original.error}"
                observer.document_done(report)
        final = [by_name[p.name] for p in paths]
        observer.writing()
        # the alignment result is cached next to the documents' rows, under a name the cache's pruning keeps
        from align.cache import AlignmentCache

        store = AlignmentCache(cache.folder) if use_cache else None
        _write(final, cache, output_dir, overrides, jobs, store)
        if use_cache:
            from align.overrides import DEFAULT_PATH

            key = _alignment_key(final, cache, overrides or DEFAULT_PATH)
            cache.prune({cache.entry_name(r.sha256, r.kind) for r in final if r.sha256 and r.kind and not r.error}
                        | {store.entry_name(key)})
            store.prune(key)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    return RunResult(final, output_dir)
