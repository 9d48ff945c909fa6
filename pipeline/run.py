"""A batch run: every document in the input folder → the canonical dataset in the output folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.document import DocumentError, load
from ingest.registry import extract
from normalize.records import extraction_records
from pipeline.write import build_table, write_tables

#: Files in the input folder that are not documents (the folder's own README, dotfiles).
IGNORED_PREFIXES = ("README", ".")


@dataclass
class DocumentReport:
    source_file: str
    doc_type: str = "unknown"
    indicators: int = 0
    observations: int = 0
    rejects: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class RunResult:
    reports: list[DocumentReport]
    tables: dict[str, Any]

    @property
    def failed(self) -> list[DocumentReport]:
        return [r for r in self.reports if r.error]


def input_files(folder: Path) -> list[Path]:
    """The documents of a folder, in name order."""
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(IGNORED_PREFIXES))


def read_document(path: Path) -> tuple[DocumentReport, dict[str, list[dict]]]:
    """One document → its report and its rows per table. Errors are reported, never raised."""
    report = DocumentReport(path.name)
    rows: dict[str, list[dict]] = {"observations": [], "indicators": [], "rejects": [], "documents": []}
    try:
        document = load(path)
    except (DocumentError, OSError) as error:
        report.error = str(error)
        return report, rows
    try:
        extraction = extract(document)
    except DocumentError as error:
        report.error = str(error)
        extraction = None
    if extraction is None:
        return report, rows
    observations, indicators, rejects = extraction_records(extraction)
    report.doc_type = extraction.doc_type
    report.indicators, report.observations, report.rejects = len(indicators), len(observations), len(rejects)
    report.warnings = list(extraction.warnings)
    rows["observations"], rows["indicators"], rows["rejects"] = observations, indicators, rejects
    rows["documents"] = [{
        "source_file": document.source_file,
        "sha256": document.sha256,
        "doc_type": extraction.doc_type,
        "title": extraction.title,
        "fiscal_year": extraction.fiscal_year,
        "shape": extraction.shape,
        "pages": extraction.pages,
        "n_indicators": len(indicators),
        "n_observations": len(observations),
        "n_rejects": len(rejects),
        "warnings": list(extraction.warnings),
    }]
    return report, rows


def run(input_dir: Path, output_dir: Path) -> RunResult:
    """Read every document and write the four tables."""
    collected: dict[str, list[dict]] = {"observations": [], "indicators": [], "rejects": [], "documents": []}
    reports = []
    for path in input_files(input_dir):
        report, rows = read_document(path)
        reports.append(report)
        for name, table_rows in rows.items():
            collected[name].extend(table_rows)
    tables = {name: build_table(name, table_rows) for name, table_rows in collected.items()}
    write_tables(tables, output_dir)
    return RunResult(reports, tables)
