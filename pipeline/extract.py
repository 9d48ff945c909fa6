"""One document → its table rows in the cache, and a short report (runs in a worker process).

Rows go to the cache file, not back to the parent process, so the parent holds only small reports
however large the corpus is; the writer later streams them from the cache in file-name order.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Warning for a document in which no front end found an indicator table.
NO_TABLES_WARNING = "no KPI tables found; zero indicators read"

ROW_TABLES = ("observations", "indicators", "rejects")

#: Error of a document whose reading outgrew the worker's memory bound (pipeline/workers.py).
OUT_OF_MEMORY = "out of memory while reading (over the worker's bound; raise it with --doc-memory-mb)"


@dataclass
class DocumentReport:
    """What happened to one input file; everything the summary table and the documents table need."""

    source_file: str
    sha256: str | None = None
    kind: str | None = None
    doc_type: str = "unknown"
    pages: int | None = None
    indicators: int = 0
    observations: int = 0
    rejects: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0
    cached: bool = False
    duplicate_of: str | None = None
    cache_error: str | None = None  #: the rows were read but could not be stored in the cache
    entry_seal: str | None = None  #: SHA-256 of the cache entry the worker stored (`DocumentCache.vouch`)


def document_fields(extraction: Any, pages: int | None, counts: tuple[int, int, int],
                    warnings: list[str]) -> dict[str, Any]:
    """The documents-table fields that come from reading (file name and hash are added by the writer)."""
    indicators, observations, rejects = counts
    return {
        "doc_type": extraction.doc_type,
        "title": extraction.title,
        "title_location": extraction.title_location,
        "published": extraction.published,
        "published_location": extraction.published_location,
        "fiscal_year": extraction.fiscal_year,
        "government": extraction.government,
        "government_code": extraction.government_code,
        "government_prefecture": extraction.government_prefecture,
        "shape": extraction.shape,
        "pages": extraction.pages if extraction.pages is not None else pages,
        "n_indicators": indicators,
        "n_observations": observations,
        "n_rejects": rejects,
        "warnings": [*warnings, *extraction.cover_warnings, *extraction.government_warnings],
    }


def read_document(path: Path, max_bytes: int, name: str | None = None, pdf_reader: str | None = None
                  ) -> tuple[DocumentReport, dict[str, Any] | None]:
    """Load and extract one document → (report, cache entry). Errors are reported, never raised.

    `name` is the file's name as stored and printed (escaped, see pipeline/names.py); default: its own name.
    `pdf_reader`: "pdfplumber" or "pdfium" (`ingest.pdf.source`); default: the default reader.
    """
    from ingest.cover import read_cover
    from ingest.document import DocumentError, load
    from ingest.government import read_issuer
    from ingest.registry import extract
    from records import extraction_records

    started = time.perf_counter()
    report = DocumentReport(name or path.name)
    try:
        document = load(path, max_bytes, report.source_file, keep_pdf=True)
        report.sha256, report.kind, report.pages = document.sha256, document.kind, document.pages
        try:
            extraction = extract(document, pdf_reader)
        finally:
            document.close()
        read_issuer(extraction, document)
        read_cover(extraction, document)
        observations, indicators, rejects = extraction_records(extraction)
    except (DocumentError, OSError) as error:
        report.error = _one_line(error)
    except MemoryError:
        report.error = OUT_OF_MEMORY
    except RecursionError:
        report.error = "structure nested too deeply to read (recursion limit)"
    except Exception as error:  # a bug in a front end must not stop the other documents
        if _caused_by(error, MemoryError):  # pdfplumber wraps what pdfminer raised
            report.error = OUT_OF_MEMORY
        else:
            report.error = f"internal error while extracting: {type(error).__name__}: {_one_line(error)}"
    if report.error:
        report.seconds = time.perf_counter() - started
        return report, None
    warnings = list(extraction.warnings)
    if not indicators and not warnings:
        warnings.append(NO_TABLES_WARNING)
    warnings = [*document.repairs, *warnings]
    fields = document_fields(extraction, document.pages, (len(indicators), len(observations), len(rejects)),
                             warnings)
    report.doc_type, report.pages, report.warnings = fields["doc_type"], fields["pages"], fields["warnings"]
    report.indicators, report.observations, report.rejects = len(indicators), len(observations), len(rejects)
    report.seconds = time.perf_counter() - started
    entry = {"document": fields,
             "rows": {"observations": observations, "indicators": indicators, "rejects": rejects}}
    return report, entry


def report_from_entry(source_file: str, sha256: str, kind: str, entry: dict[str, Any]) -> DocumentReport:
    """The report of a document whose rows came from the cache."""
    fields = entry["document"]
    return DocumentReport(source_file, sha256, kind, fields["doc_type"], fields["pages"], fields["n_indicators"],
                          fields["n_observations"], fields["n_rejects"], list(fields["warnings"]), cached=True)


def read_into_cache(path: Path, name: str, max_bytes: int, cache_root: Path, fingerprint: str,
                    pdf_reader: str | None = None) -> DocumentReport:
    """Worker entry point: read one document and store its rows in the cache; return only the report.

    A cache that cannot be written is not the document's fault: the report says so in `cache_error`.
    """
    from pipeline.cache import DocumentCache

    report, entry = read_document(path, max_bytes, name, pdf_reader)
    if entry is not None and report.sha256 and report.kind:
        try:
            report.entry_seal = DocumentCache(cache_root, fingerprint).put(report.sha256, report.kind, entry)
        except OSError as error:
            report.cache_error = _one_line(error)
    return report


def _caused_by(error: BaseException, kind: type[BaseException]) -> bool:
    """Whether `error` is, wraps (args, __cause__, __context__) or was raised while handling a `kind`."""
    seen: set[int] = set()
    todo = [error]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, kind):
            return True
        todo += [a for a in current.args if isinstance(a, BaseException)]
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]
    return False


def _one_line(error: BaseException) -> str:
    from pipeline.names import one_line

    if isinstance(error, OSError) and error.strerror:
        return one_line(error.strerror)
    return one_line(error)
