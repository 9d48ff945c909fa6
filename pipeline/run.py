"""A batch run: every document in the input folder → the canonical dataset in the output folder.

Steps: check the paths and the overrides file (pipeline/guard.py: nothing is read when the output is not ours
to replace) → list the files (pipeline/inputs.py: what is skipped and why) → refuse what is not a document
(extension, empty, size, unreadable) → hash → set aside duplicates (same bytes under another name) → take
unchanged documents from the cache → read the rest in worker processes bounded in time and memory
(pipeline/workers.py; rows go to the cache, only reports come back) → stream every document's rows, in
file-name order, through the validating writer → swap the new dataset in as a whole → prune the cache.
A run that read nothing and finds the output made from the same inputs (its manifest's record, `_made_from`,
and every table's bytes: `write.unchanged`) stops before alignment and writing: the dataset is already there.

Alignment (align/) needs every document's indicators at once: before the stream, the indicators and
observations of all documents are gathered from the cache, aligned, and the resulting kpi_id of each
(source_file, kpi_name, goal) is applied to the rows as they stream; the analyst tables (kpi_catalog,
kpi_series, kpi_revisions, kpi_review) are written last.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.document import DEFAULT_MAX_BYTES, DocumentError, check_size, document_kind, file_sha256
from pipeline import write
from pipeline.cache import CacheError, DocumentCache
from pipeline.extract import ROW_TABLES, DocumentReport, read_into_cache, report_from_entry
from pipeline.guard import RefusedPaths, check_paths, read_manifest
from pipeline.inputs import InputFile, Skipped, list_inputs
from pipeline.names import escape_name, one_line

if TYPE_CHECKING:
    from align.cache import AlignmentCache

__all__ = ["DocumentReport", "RunObserver", "RunResult", "default_jobs", "input_files", "run"]


class RunObserver:
    """Hooks for a user interface (progress bar); the defaults do nothing."""

    def started(self, total: int) -> None:
        """The run found `total` input files."""

    def document_done(self, report: DocumentReport) -> None:
        """One file was read (or taken from the cache, or refused)."""

    def writing(self) -> None:
        """All files are read; the dataset is being written."""

    def swapped_in(self) -> None:
        """The new dataset has replaced the previous one (from here on, an interruption keeps the new one)."""


@dataclass
class RunResult:
    reports: list[DocumentReport]
    output: Path
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  #: about the run, not one document (e.g. cache unusable)

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
    """The documents of a folder, in name order (pipeline/inputs.py says what is skipped)."""
    return [f.path for f in list_inputs(folder)[0]]


def _triage(file: InputFile, max_bytes: int) -> DocumentReport:
    """Hash a file and refuse it early when it cannot be a readable document (no worker needed)."""
    report = DocumentReport(file.name)
    try:
        if file.path.stat().st_size <= max_bytes:  # an oversized file is refused unread (50 GB sparse: at once)
            report.sha256 = file_sha256(file.path)
        report.kind = document_kind(file.path)
        check_size(file.path, max_bytes)
    except DocumentError as error:
        report.error = str(error)
    except OSError as error:
        report.error = f"cannot read the file: {one_line(error.strerror or error)}"
    return report


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _read_all(files: list[InputFile], jobs: int, max_bytes: int, cache: DocumentCache, timeout: float | None,
              memory: int | None) -> Iterator[DocumentReport]:
    """Read documents into the cache in bounded worker processes; reports in completion order."""
    # Largest first: the long documents start early, so no core idles at the end waiting for one of them.
    files = sorted(files, key=lambda f: (-_size(f.path), f.name))
    tasks = [(f.name, (f.path, f.name, max_bytes, cache.root, cache.fingerprint, cache.pdf_reader)) for f in files]
    if not tasks:
        return
    # imported (and the code list read) once here, not once per forked worker: they share them copy-on-write
    import ingest.registry  # noqa: F401
    import records  # noqa: F401
    from ingest.government import code_list

    code_list()
    if any(f.path.suffix.lower() == ".pdf" for f in files):
        import pdfplumber  # noqa: F401  (once here, not once per worker; it also checks every PDF on loading)

        if cache.pdf_reader == "pdfium":
            import pypdfium2  # noqa: F401
    from align.heap import frozen_heap, young_collected_less
    from pipeline.workers import read_bounded

    with frozen_heap(), young_collected_less(), \
            closing(read_bounded(tasks, read_into_cache, jobs, timeout, memory)) as reports:
        # what is alive now lives through the reading (see align/heap.py)
        yield from reports


def _document_row(report: DocumentReport, fields: dict[str, Any] | None) -> dict[str, Any]:
    base = {"doc_type": "unknown", "title": None, "title_location": None, "fiscal_year": None, "published": None,
            "published_location": None, "shape": None, "pages": report.pages,
            "warnings": []}
    row = {**base, **(fields or {})}
    if report.duplicate_of or report.error:
        row.update(n_indicators=0, n_observations=0, n_rejects=0)
    return {**row, "source_file": report.source_file, "sha256": report.sha256,
            "duplicate_of": report.duplicate_of, "error": report.error}


def _entries(reports: list[DocumentReport], cache: DocumentCache) -> Iterator[tuple[DocumentReport, dict | None]]:
    """Each recorded document, in file-name order, with its cache entry (None when failed or unreadable)."""
    for report in sorted(reports, key=lambda r: r.source_file):
        entry = None if report.error else cache.get(report.sha256, report.kind or "")
        if entry is None and not report.error:
            raise RuntimeError(f"{report.source_file}: rows missing from the cache folder {cache.folder}")
        yield report, entry


def _align(reports: list[DocumentReport], cache: DocumentCache, overrides: Path, jobs: int,
           warnings: list[str], store: AlignmentCache | None, key: str) -> tuple[dict[tuple, str], dict[str, Any]]:
    """Align all documents' indicators: kpi_id per (source_file, kpi_name, goal), and the analyst tables.
    With a `store`, a result stored for the same documents, overrides and code is taken instead (align/cache.py),
    and nothing of the alignment code is imported. Pins of the overrides file that collide with another
    indicator's id are added to `warnings` (stored with the result, so that a stored alignment warns as the run
    that stored it did). `key`: `_alignment_key`."""
    stored = store.get(key) if store else None
    if stored is not None:
        warnings.extend(stored.warnings)
        return stored.ids, stored.tables
    from align.overrides import load_overrides, pin_conflicts
    from align.stage import align_rows

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
    analyst_tables = align_rows(indicators, observations, documents, overrides, jobs)
    ids = {(r["source_file"], r["kpi_name"], r["goal"]): r["kpi_id"] for r in (*indicators, *observations)}
    named_ids = [{"kpi_name": name, "kpi_id": kpi_id} for (_, name, _), kpi_id in sorted(ids.items())]
    pin_warnings = pin_conflicts(load_overrides(overrides), named_ids)
    if store:
        store.put(key, ids, analyst_tables, pin_warnings)
    warnings.extend(pin_warnings)
    return ids, analyst_tables


def _alignment_key(reports: list[DocumentReport], cache: DocumentCache, overrides: Path) -> str:
    """The alignment's cache key: the cache entries aligned (as `_align` gathers them), overrides, code."""
    from align.cache import alignment_key

    aligned = [(r.source_file, r.sha256, r.kind or "") for r in reports
               if r.sha256 is not None and not r.error and not r.duplicate_of]
    return alignment_key(aligned, overrides, cache.fingerprint)


def _made_from(reports: list[DocumentReport], checksums: dict[tuple, str], alignment_key: str,
               overrides_seal: str | None) -> dict[str, str]:
    """What a dataset is a function of, recorded in its manifest (`write.unchanged`: a rerun that would write the
    same finds it written and writes nothing). `inputs` hashes
    - every recorded document, in name order: its name, content hash, kind, error, the file it duplicates, and the
      checksum of its cache entry (`checksums` by (sha256, kind): its rows and document fields, as stored);
    - the alignment key (documents, overrides file's bytes, alignment code, extractor fingerprint: align/cache.py);
    - the code that writes: the sources of pipeline/ and schema/, and the version of pyarrow (it makes the bytes).
    `overrides`: the overrides file's seal (`_overrides_seal`), which lets a rerun skip parsing it again."""
    from pipeline.cache import source_digest

    documents = [[r.source_file, r.sha256, r.kind, r.error, r.duplicate_of,
                  None if r.error else checksums.get((r.sha256, r.kind))]
                 for r in sorted(reports, key=lambda r: r.source_file)]
    made = {"documents": documents, "alignment": alignment_key,
            "writer": source_digest(["pipeline", "schema"], ["pyarrow"])}
    inputs = hashlib.sha256(json.dumps(made, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
    return {"inputs": inputs, "overrides": overrides_seal or ""}


def _write(reports: list[DocumentReport], cache: DocumentCache, output: Path, overrides: Path,
           jobs: int, observer: RunObserver, warnings: list[str], store: AlignmentCache | None,
           alignment_key: str, overrides_seal: str | None) -> None:
    """Stream each document's rows from the cache, in file-name order, into the dataset."""
    ids, analyst_tables = _align(reports, cache, overrides, jobs, warnings, store, alignment_key)
    write.checkpoint("aligned")
    checksums: dict[tuple, str] = {}

    def with_id(row: dict[str, Any], source_file: str) -> dict[str, Any]:
        return {**row, "source_file": source_file, "kpi_id": ids[(source_file, row["kpi_name"], row["goal"])]}

    with write.DatasetWriter(output, on_swap=observer.swapped_in) as writer:
        for report, entry in _entries(reports, cache):
            if entry:
                checksums[(report.sha256, report.kind)] = entry["checksum"]
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
        writer.commit(_made_from(reports, checksums, alignment_key, overrides_seal))


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


def _overrides_seal(path: Path, required: bool) -> str | None:
    """A hash of the overrides file's bytes (a missing file that is not `required`: of its absence) and of the
    alignment code that parses it; None when the file cannot be read."""
    from align.cache import code_version

    try:
        data = b"file\0" + path.read_bytes()
    except FileNotFoundError:
        if required:
            return None
        data = b"absent"
    except OSError:
        return None
    return hashlib.sha256(f"{code_version()}\n".encode() + data).hexdigest()


def _check_overrides(overrides: Path | None, output: Path) -> tuple[Path, str | None]:
    """The overrides file to use and its seal, read once now so that a missing or malformed file stops the run
    before reading. A file the dataset in `output` was made with (its manifest records the same seal: the same
    bytes, the same alignment code) was checked by the run that wrote it and is not parsed again (parsing loads
    the dictionary that compares names)."""
    from align.overrides import DEFAULT_PATH, load_overrides

    path = overrides or DEFAULT_PATH
    seal = _overrides_seal(path, required=overrides is not None)
    made_from = (read_manifest(output) or {}).get("made_from")
    if seal is None or not isinstance(made_from, dict) or made_from.get("overrides") != seal:
        load_overrides(path, required=overrides is not None)
    return path, seal


def _check_writable(folder: Path) -> None:
    """The staging folder is made next to the output: refuse now, before reading, when that cannot work."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not os.access(probe, os.W_OK | os.X_OK):
        raise OSError(errno.EACCES, "cannot write next to the output folder (read-only)", escape_name(probe))


def _open_cache(use_cache: bool, cache_dir: Path | None, output: Path, warnings: list[str], pdf_reader: str | None
                ) -> tuple[DocumentCache, Path | None]:
    """The run's cache (opened, locked) and, without one, the scratch folder that holds the rows meanwhile.

    A cache that cannot be used is not a document's fault: the run warns once and reads without it.
    """
    if use_cache:
        root = cache_dir or output.parent / ".kpi-cache"
        try:
            return DocumentCache(root, pdf_reader=pdf_reader).open(), None
        except CacheError as error:
            warnings.append(f"cache {escape_name(root)} cannot be used ({one_line(error.strerror or error)}); "
                            "every document is read without it")
    scratch = output.parent / f"{write.sibling_stem(output)}.rows-{os.getpid()}"
    write.remove_tree(scratch)
    scratch.mkdir()
    try:
        return DocumentCache(scratch, pdf_reader=pdf_reader).open(), scratch
    except BaseException:
        write.remove_tree(scratch)
        raise


def run(input_dir: Path, output_dir: Path, *, jobs: int | None = None, cache_dir: Path | None = None,
        use_cache: bool = True, max_bytes: int = DEFAULT_MAX_BYTES,
        observer: RunObserver | None = None, overrides: Path | None = None, doc_timeout: float | None = None,
        doc_memory: int | None = None, allow_empty: bool = False, pdf_reader: str | None = None) -> RunResult:
    """Read every document of `input_dir` and replace the dataset in `output_dir` as a whole.

    Before anything is read: the paths are checked (`RefusedPaths`: the output must be new, empty or a
    dataset this tool wrote, and apart from the input) and the overrides file is read (`OverridesError`);
    an input folder without documents is refused unless `allow_empty`. Documents that fail (unreadable,
    damaged, over `doc_timeout` seconds or `doc_memory` bytes in their worker) are reported and recorded in
    the documents table with their error; the others are still written. A schema violation or an I/O error
    while writing raises, and the previous dataset stays as it was. `cache_dir` defaults to `.kpi-cache` next
    to the output folder; `overrides` is the curated alignment file (merge / keep apart / pin decisions),
    by default `kpi_overrides.toml` at the top of the project. `doc_timeout` / `doc_memory` None: no bound
    (the command line's defaults are in pipeline/cli.py). `pdf_reader`: "pdfplumber" or "pdfium"
    (`ingest.pdf.source`; default: the default reader); it is part of the cache's fingerprint.
    """
    observer = observer or RunObserver()
    jobs = jobs or default_jobs()
    check_paths(input_dir, output_dir, cache_dir if use_cache else None)
    output_dir = output_dir.resolve()
    overrides_path, overrides_seal = _check_overrides(overrides, output_dir)
    try:
        files, skipped = list_inputs(input_dir)
    except OSError as error:
        raise RefusedPaths(f"input folder {escape_name(input_dir)} cannot be listed: {one_line(error)}") from None
    if not files and not allow_empty:
        names = ", ".join(entry.name for entry in skipped[:3]) + (" …" if len(skipped) > 3 else "")
        also = f" (skipped: {names})" if skipped else ""
        raise RefusedPaths(f"input folder {escape_name(input_dir)} holds no document{also}; the dataset was not "
                           "replaced (--allow-empty writes an empty one)")
    _check_writable(output_dir.parent)
    write.checkpoint("listed")
    observer.started(len(files))
    warnings: list[str] = []
    cache, scratch = _open_cache(use_cache, cache_dir, output_dir, warnings, pdf_reader)
    try:
        final = _read_and_write(files, cache, scratch, output_dir, max_bytes, observer, overrides_path,
                                overrides_seal, jobs, doc_timeout, doc_memory, warnings)
        if scratch is None:
            from align.cache import AlignmentCache

            key = _alignment_key(final, cache, overrides_path)
            try:
                cache.prune({cache.entry_name(r.sha256, r.kind) for r in final
                             if r.sha256 and r.kind and not r.error})
                AlignmentCache(cache.folder).prune(key)
            except OSError:
                pass  # pruning is housekeeping: a later run does it
            write.checkpoint("pruned")
    finally:
        cache.close()
        if scratch is not None:
            write.remove_tree(scratch)
    return RunResult(final, output_dir, skipped, warnings)


def _read_and_write(files: list[InputFile], cache: DocumentCache, scratch: Path | None, output_dir: Path,
                    max_bytes: int, observer: RunObserver, overrides: Path, overrides_seal: str | None, jobs: int,
                    doc_timeout: float | None, doc_memory: int | None, warnings: list[str]) -> list[DocumentReport]:
    """Triage, read what the cache lacks, write the dataset (unless the output already holds the one these
    inputs make: `write.unchanged`); the documents' reports in name order."""
    reports = [_triage(file, max_bytes) for file in files]
    readable = [r for r in reports if not r.error]
    unique = _mark_duplicates(readable)
    by_name = {r.source_file: r for r in reports}
    file_of = {f.name: f for f in files}
    to_read = []
    checksums: dict[tuple, str] = {}  # of the cache entries taken, by (sha256, kind)
    for report in unique:
        entry = cache.get(report.sha256 or "", report.kind or "")
        if entry is None:
            to_read.append(file_of[report.source_file])
            continue
        checksums[(report.sha256, report.kind)] = entry["checksum"]
        by_name[report.source_file] = report_from_entry(report.source_file, report.sha256 or "",
                                                        report.kind or "", entry)
        observer.document_done(by_name[report.source_file])
    for report in reports:
        if report.error:
            observer.document_done(report)
    for report in _read_all(to_read, jobs, max_bytes, cache, doc_timeout, doc_memory):
        if report.cache_error:
            what = "the cache" if scratch is None else "the scratch folder (next to the output)"
            advice = "; use another --cache, or --no-cache" if scratch is None else ""
            raise CacheError(errno.EIO, f"{what} {escape_name(cache.root)} could not be written "
                                        f"({report.cache_error}){advice}")
        triaged = by_name[report.source_file]
        report.sha256, report.kind = report.sha256 or triaged.sha256, report.kind or triaged.kind
        if report.entry_seal and report.sha256 and report.kind:
            cache.vouch(report.sha256, report.kind, report.entry_seal)
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
    final = [by_name[f.name] for f in files]
    # the alignment result is cached next to the documents' rows (not in a --no-cache scratch folder)
    from align.cache import AlignmentCache

    store = AlignmentCache(cache.folder) if scratch is None else None
    alignment_key = _alignment_key(final, cache, overrides)
    if store is not None and not to_read:
        # nothing read: when the output already holds what these inputs make, it stays as it is (no alignment,
        # no writing); the warnings of its alignment are given again
        stored_warnings = store.warnings(alignment_key)
        if stored_warnings is not None and write.unchanged(
                output_dir, _made_from(final, checksums, alignment_key, overrides_seal)):
            warnings.extend(stored_warnings)
            return final
    observer.writing()
    _write(final, cache, output_dir, overrides, jobs, observer, warnings, store, alignment_key, overrides_seal)
    return final
