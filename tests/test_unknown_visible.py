"""Issue 11 part 6: a document with KPI-like content that no reader understands says what was seen and where,
and the warning reaches documents.parquet.

Hand-made PDFs (reportlab, like tests/pdf_builders.py); the expected pages were counted by hand from what each
builder draws.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
from reportlab.lib.pagesizes import A4

from ingest.document import load
from ingest.pdf.frontend import PdfFrontEnd
from pipeline.run import run
from tests.pdf_builders import Cell, Page, _save


def _tables_without_name_column(path: Path) -> Path:
    """Three pages; pages 2 and 3 hold a ruled table whose header has 目標値/実績値 but no indicator column."""
    rows = [("事業名", "目標値", "実績値"), ("移住促進事業", "50件", "42件"), ("創業支援事業", "10件", "12件")]
    cells = [Cell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)]

    def prose(page: Page) -> None:
        page.text(57, 60, "第２章　これまでの取組", 12)

    def table(page: Page) -> None:
        page.text(57, 60, "事業の実施状況", 12)
        page.table(57, 90, [160, 80, 80], [20, 20, 20], cells)

    return _save(path, A4, [prose, table, table])


def _kpi_words_without_table(path: Path) -> Path:
    """Two pages of prose; page 2 names 目標値 and KPI but prints no table."""

    def first(page: Page) -> None:
        page.text(57, 60, "みなみ市総合戦略（概要版）", 12)

    def second(page: Page) -> None:
        page.text(57, 60, "各施策の目標値と重要業績評価指標（KPI）は本編に記載しています。", 10)

    return _save(path, A4, [first, second])


def test_value_headers_without_indicator_column_are_reported_by_page(tmp_path: Path):
    extraction = PdfFrontEnd().extract(load(_tables_without_name_column(tmp_path / "t.pdf")), None)
    assert extraction.rows == []
    assert "2 tables with 目標値/実績値 headers at page 2, page 3; no indicator column found" in extraction.warnings


def test_kpi_words_without_any_table_are_reported_by_page(tmp_path: Path):
    extraction = PdfFrontEnd().extract(load(_kpi_words_without_table(tmp_path / "w.pdf")), None)
    assert extraction.rows == []
    assert "KPI-like words (目標値/重要業績評価指標/KPI) on 1 page (2); no indicator table layout recognised" in (
        extraction.warnings)


def test_the_warning_is_recorded_in_documents_parquet(tmp_path: Path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "plan.txt").write_text("みなみ市 総合戦略\n本市は目標値を定めて取り組みます。\n", encoding="utf-8")
    run(source, tmp_path / "out")
    documents = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert "KPI-like words (目標値) on 1 line (2); no indicator table layout recognised" in documents[0]["warnings"]
