"""The PDF front end on PDFs built by tests/pdf_builders.py; expected values are the cells the builders draw."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4

from ingest.document import DocumentError, load
from ingest.model import Extraction
from ingest.pdf.frontend import NO_TEXT_LAYER, PdfFrontEnd
from ingest.pdf.grid import Grid, GridCell
from ingest.table.header import read_layout
from pipeline.run import run
from records import extraction_records
from tests import pdf_builders
from tests.conftest import ROOT


def _extract(path: Path) -> Extraction:
    return PdfFrontEnd().extract(load(path), None)


def _values(extraction: Extraction) -> dict[tuple[str, str | None, str | None, str | None], float | None]:
    observations, _, _ = extraction_records(extraction)
    return {(o["kpi_name"], o["role"], o["period"], o["segment"]): o["value"] for o in observations}


def test_kensho_sheet_merged_goal_cells_fill_every_row(tmp_path: Path):
    extraction = _extract(pdf_builders.kensho_sheet(tmp_path / "sheet.pdf"))
    rows = {row.name: row for row in extraction.rows}
    english = "英語の学習が楽しいと感じて\nいる児童・生徒の割合"
    assert list(rows) == ["新規求人数", "製造品出荷額等", "新技術・新製品等の開発数", english]
    _, indicators, _ = extraction_records(extraction)
    goals = {i["kpi_name"]: i["goal"] for i in indicators}
    assert goals["新規求人数"] == "1 しごとの創生 / 1-1 安定した雇用の創出"  # 数値目標 is a kind, not a measure
    assert goals["新技術・新製品等の開発数"] == (
        "1 しごとの創生 / 1-1 安定した雇用の創出 / ① 地域産業の活性化、付加価値の向上")
    assert rows["新規求人数"].kind == "数値目標" and rows["製造品出荷額等"].kind == "KPI"
    assert rows["新技術・新製品等の開発数"].reason == "コロナ禍の影響による事業者\nの開発意欲の低下のため。"
    assert {i["kpi_name"]: i["progress"] for i in indicators}["新規求人数"] == "概ね順調に進捗"
    assert rows["新規求人数"].department == "商工労働課"
    assert [c.header for c in rows["新規求人数"].cells][-1] == "計画最終年度\n目標値\n（令和９年度）"
    values = _values(extraction)
    assert values[("製造品出荷額等", "baseline", "CY2018", None)] == 1194200000000
    assert values[("製造品出荷額等", "target", "CY2026", None)] == 1350000000000
    assert values[("新規求人数", "target", "FY2027", None)] == 1630
    assert values[("英語の学習が楽しいと感じている児童・生徒の割合", "actual", "FY2022", "中学校")] == 76.6
    assert extraction.doc_type == "evaluation_sheet" and extraction.fiscal_year == "FY2023"
    assert extraction.pages == 1
    assert all(row.ref.page == 1 for row in extraction.rows)


def test_strategy_kpi_headings_captions_and_note(tmp_path: Path):
    extraction = _extract(pdf_builders.strategy_kpi(tmp_path / "strategy.pdf"))
    _, indicators, _ = extraction_records(extraction)
    by_name = {i["kpi_name"]: i for i in indicators}
    assert set(by_name) == {"新規求人数", "製造品出荷額等", "将来の夢や希望の実現に向け努力している児童・生徒の割合",
                            "鉄道利用者数", "災害図上訓練年間実施回数"}
    assert by_name["新規求人数"]["kind"] == "数値目標"
    assert by_name["新規求人数"]["goal"] == "1 しごとの創生 / 1-1 安定した雇用の創出"
    # a boxed heading that wraps onto a second line is one goal part
    assert by_name["鉄道利用者数"]["goal"].endswith(
        "/ ② 住み慣れた地域で安心して自立した生活を送ることができる体制の整備")
    assert by_name["鉄道利用者数"]["kind"] == "KPI"
    assert by_name["鉄道利用者数"]["note"].startswith("※現状値(令和元年度)からは減少しているが")
    assert by_name["製造品出荷額等"]["note"] is None
    values = _values(extraction)
    assert values[("鉄道利用者数", "baseline", "FY2018", None)] == 4907000
    assert values[("鉄道利用者数", "target", "FY2026", None)] == 4300000
    observations, _, _ = extraction_records(extraction)
    damaged = [o for o in observations if o["kpi_name"] == "災害図上訓練年間実施回数" and o["role"] == "baseline"]
    assert damaged and damaged[0]["uncertain"] is True and damaged[0]["value"] is None


def test_project_plan_kinds_policy_column_and_full_width_digits(tmp_path: Path):
    extraction = _extract(pdf_builders.project_plan(tmp_path / "project.pdf"))
    _, indicators, _ = extraction_records(extraction)
    by_name = {i["kpi_name"]: i for i in indicators}
    assert by_name["年少人口"]["kind"] == "プロジェクト指標"
    assert by_name["年少人口"]["goal"] == "少子高齢化対策プロジェクト"
    assert by_name["保育所等及び放課後児童クラブの待機児童数"]["kind"] == "成果指標"
    assert by_name["3歳児健康診査受診率"]["goal"] == (
        "少子高齢化対策プロジェクト / 重点施策 1-1 方針1:結婚、出産、子育てまでの切れ目のない支援")
    values = _values(extraction)
    assert values[("介護を必要としない高齢者の割合", "target", "FY2029", None)] == 81.0
    assert values[("年少人口", "target", "CY2029", None)] == 23914


@pytest.mark.parametrize("repeat_header", [False, True])
def test_table_continued_on_next_page(tmp_path: Path, repeat_header: bool):
    extraction = _extract(pdf_builders.split_table(tmp_path / "split.pdf", repeat_header))
    assert [(row.name, row.ref.page) for row in extraction.rows] == [
        ("出生数", 1), ("妊婦健康診査受診率", 1), ("放課後児童クラブ数", 2), ("放課後子供教室数", 2)]
    _, indicators, _ = extraction_records(extraction)
    assert {i["goal"] for i in indicators} == {"2 ひとの創生 / 2-1 結婚・出産・子育ての希望の実現"}
    assert _values(extraction)[("放課後子供教室数", "actual", "FY2023", None)] == 11
    assert extraction.warnings == []  # the running page header is not a table


def test_whitespace_table_gathers_lines_of_each_row(tmp_path: Path):
    extraction = _extract(pdf_builders.whitespace_table(tmp_path / "white.pdf"))
    cells = {row.name: [c.text for c in row.cells] for row in extraction.rows}
    assert cells == {"境地区の年間観光入込客数": ["88,271人", "94,000人"],
                     "いせさき合同会社説明会の参加者数": ["144人\n(平成30年度)", "200人"],
                     "華蔵寺公園遊園地年間利用者数": ["169万人", "196万人"]}
    assert all(row.kind == "KPI" for row in extraction.rows)


def test_header_cut_by_a_page_break_joins_the_rows_on_the_next_page(tmp_path: Path):
    """The header line ends page 1, the period line and the row open page 2: one table, no table skipped."""
    extraction = _extract(pdf_builders.header_cut_by_page_break(tmp_path / "cut.pdf"))
    values = _values(extraction)
    assert values[("日本語教室への外国人参加者の延べ人数", "baseline", "FY2023", None)] == 173
    assert values[("日本語教室への外国人参加者の延べ人数", "target", "FY2029", None)] == 190
    assert values[("刑法犯認知件数", "target", "FY2029", None)] == 1400
    assert not any("skipped" in warning for warning in extraction.warnings)


def test_kangxi_radicals_in_headers_still_name_columns():
    """reportlab's CID fonts map radicals back to unified ideographs, so this is tested on the grid itself."""
    grid = Grid(1, (0, 0, 1, 1), 2, 3, "test", [
        GridCell(0, 0, "指標名"), GridCell(0, 1, "現状値\n(令和元年度)"), GridCell(0, 2, "\u2f6c標値\n(令和9年度)"),
        GridCell(1, 0, "年少\u2f08\u2f1d"), GridCell(1, 1, "28,653\u2f08"), GridCell(1, 2, "28,929\u2f08")])
    layout = read_layout(grid)
    assert layout is not None and [c.role for c in layout.columns] == ["name", "value", "value"]
    assert layout.columns[2].header == "\u2f6c標値\n(令和9年度)"  # raw text kept


def test_kangxi_page_full_width_digits(tmp_path: Path):
    extraction = _extract(pdf_builders.kangxi_table(tmp_path / "kangxi.pdf"))
    assert _values(extraction) == {("年少人口", "baseline", "FY2019", None): 28653,
                                   ("年少人口", "target", "FY2027", None): 28929}


def test_scan_without_text_layer_is_a_document_error(tmp_path: Path):
    with pytest.raises(DocumentError, match=NO_TEXT_LAYER):
        _extract(pdf_builders.scanned(tmp_path / "scan.pdf"))


def test_scan_with_stamped_page_numbers_is_a_document_error(tmp_path: Path):
    """Every page a scan whose only text is its page number (`- 1 -`, stamped when the files were joined): no text
    layer to read either, the same error as a scan without any text."""
    from tests.layouts_pdfs import _pages, scan

    with pytest.raises(DocumentError, match=NO_TEXT_LAYER):
        _extract(_pages(tmp_path / "stamped_scan.pdf", A4, [scan, scan, scan]))


def test_run_reports_scan_and_goes_on(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    pdf_builders.scanned(folder / "a_scan.pdf")
    pdf_builders.kangxi_table(folder / "b_table.pdf")
    result = run(folder, tmp_path / "out")
    errors = {r.source_file: r.error for r in result.reports}
    assert errors == {"a_scan.pdf": NO_TEXT_LAYER, "b_table.pdf": None}
    assert result.tables["observations"].num_rows == 2


def test_help_and_text_runs_do_not_import_camelot():
    code = ("import sys, pipeline.cli, ingest.registry; "
            "assert 'camelot' not in sys.modules and 'cv2' not in sys.modules and 'pdfplumber' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
