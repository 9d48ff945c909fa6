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
from ingest.model import SKIPPED, UNREAD, Extraction, IndicatorRow, SeenTable, SourceRef, ValueCell
from ingest.pdf.frontend import PdfFrontEnd
from ingest.registry import extract
from ingest.table.interpret import survey_lines
from ingest.unread import read_elsewhere
from pipeline.run import run
from tests.pdf_builders import Cell, Page, _save

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


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
    extraction = extract(load(_kpi_words_without_table(tmp_path / "w.pdf")))
    assert extraction.rows == []
    assert "KPI-like words (目標値/重要業績評価指標/KPI) on 1 page (2); no indicator table layout recognised" in (
        extraction.warnings)


def test_a_table_nobody_reads_stays_reported_after_the_statements(tmp_path: Path):
    """Every reader has run (registry): the statements read nothing of pages 2 and 3, so both tables stay reported
    and the document, with no row at all, says where its KPI-like words stand."""
    extraction = extract(load(_tables_without_name_column(tmp_path / "t.pdf")))
    assert extraction.rows == []
    assert extraction.warnings == [
        "2 tables with 目標値/実績値 headers at page 2, page 3; no indicator column found",
        "KPI-like words (目標値/実績値) on 2 pages (2, 3); no indicator table layout recognised"]


def test_boxes_the_statements_read_are_not_reported_unread():
    """Layouts 145: six KPI boxes (two a row) the interpreter saw as three grids of `現状値 …`/`目標値 …` labels
    without names; the statements reader reads all twelve values from their lines (counted by hand: 4 boxes on
    slide 1, 2 on slide 2, each a 現状値 and a 目標値). Neither the grids nor the document are reported as unread."""
    extraction = extract(load(LAYOUTS / "145_pdf_impress_kpi_text_boxes.pdf"))
    assert (len(extraction.rows), sum(len(row.cells) for row in extraction.rows)) == (6, 12)
    assert extraction.warnings == []


def test_prose_statements_are_no_document_nobody_read():
    """Layouts 21: numbered prose whose KPI sentences the statements reader reads (4 indicators): no survey of
    KPI-like words, which says no layout was recognised."""
    extraction = extract(load(LAYOUTS / "21_numbered_prose_kpi.txt"))
    assert len(extraction.rows) == 4
    assert not any("KPI-like words" in warning for warning in extraction.warnings)


def test_a_table_the_statements_read_in_part_stays_reported():
    """A grid seen but not read whose value with a unit no row read stays reported; one whose values rows read (a
    bare number beside them is a page number) does not (`ingest.unread.read_elsewhere`)."""
    row = IndicatorRow("KPI", "移住相談件数", (), SourceRef("d.pdf", page=1),
                       [ValueCell("現状値", "50 件（ R5 ）", SourceRef("d.pdf", page=1)),
                        ValueCell("目標値", "60", SourceRef("d.pdf", page=1))])
    extraction = Extraction("d.pdf", "strategy", rows=[row])
    assert read_elsewhere(SeenTable(UNREAD, "page 1", ("現状値",), ("現状値 50件（R5）", "資料３ 1")), extraction)
    assert read_elsewhere(SeenTable(UNREAD, "line 4", ("現状値",), ("・移住相談件数 現状値（R5）：50件",)), extraction)
    assert not read_elsewhere(SeenTable(UNREAD, "page 1", ("現状値",), ("現状値 50件（R5） 現状値 12人（R5）",)),
                              extraction)
    assert not read_elsewhere(SeenTable(SKIPPED, "page 2", texts=("りんご 3個",)), extraction)
    # bare numbers: every one must be read (one number alike by chance reads no table)
    assert not read_elsewhere(SeenTable(SKIPPED, "page 2", texts=("区分 H30 R1", "日帰り客 60 1,790")), extraction)


def test_survey_names_each_word_once():
    assert survey_lines(["現状値 目標値 現状値 目標値", "目標値"]) == (
        "KPI-like words (現状値/目標値) on 2 lines (1, 2); no indicator table layout recognised")


def test_the_warning_is_recorded_in_documents_parquet(tmp_path: Path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "plan.txt").write_text("みなみ市 総合戦略\n本市は目標値を定めて取り組みます。\n", encoding="utf-8")
    run(source, tmp_path / "out")
    documents = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert "KPI-like words (目標値) on 1 line (2); no indicator table layout recognised" in documents[0]["warnings"]


def test_rows_under_a_header_naming_no_indicator_column_are_warned_not_read(tmp_path: Path):
    """A text layer's second table heads its rows `事業名 目標値 実績値` (no indicator column; 3 values a row above,
    2 here): its header and rows are no name's lines of the table above, and what was seen is told."""
    path = tmp_path / "plan.txt"
    path.write_text("みなみ市 総合戦略 効果検証\n基本目標１ しごとをつくる\n"
                    "指標名 基準値（R1） 実績値（R5） 目標値（R7） 担当課\n"
                    "新規就農者数 3人 6人 10人 農政課\n創業件数 5件 8件 12件 商工課\n"
                    "事業の実施状況\n事業名 目標値 実績値\n"
                    "移住促進事業 50件 42件\n創業支援事業 10件 12件\n", encoding="utf-8")
    extraction = extract(load(path))
    assert [row.name for row in extraction.rows] == ["新規就農者数", "創業件数"]
    assert [cell.text for cell in extraction.rows[1].cells] == ["5件", "8件", "12件"]
    assert extraction.warnings == [
        "lines 8-9: 2 line(s) printed as rows under the header '事業名 目標値 実績値' (a name and 2 values) that no "
        "table read: '移住促進事業 50件 42件 / 創業支援事業 10件 12件'"]
