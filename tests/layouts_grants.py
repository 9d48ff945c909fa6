# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 196-202 of tests/fixtures/layouts/ (`python -m tests.layouts_grants [numbers]`).

Habits of other municipalities' KPI sheets that 01-195 do not show, several of them the national grant forms every
municipality fills in; 196-198 and 200-202 drawn with reportlab, 199 a Word .docx printed by LibreOffice Writer
(needs `soffice` and fonts-ipaexfont; the PDFs are committed and CI only reads them). This script writes only its
own files. Content invented (fictional municipalities, every name and number made up):
- 196: a 地方創生推進交付金 効果検証シート: per 事業 a `事業名` line over its KPI table, `事業開始前（R2）` (the baseline)
  then each fiscal year merged over its `目標値` | `実績値` sub-columns, bare numbers with a `単位` column;
- 197: the KPI table of a 地域再生計画: `事業開始前（2023年度）` then each year's `増加分` and `KPI増加の累計`
  (increments over the baseline: changes, no level of the indicator);
- 198: segments as columns: `基準値（R4）` and `目標値（R14）` each merged over `男性` | `女性`;
- 199: a Word table printing each value's year in a column of its own before it:
  `指標名 | 基準年度 | 基準値 | 目標年度 | 目標値 | 担当課`;
- 200: the targets and the actuals of the same indicators in two tables, each under a caption naming its role
  (`■各年度の目標値`, `■各年度の実績値`), headers of years alone;
- 201: a spreadsheet's `単位` column repeated after every value column (`基準値（R1） | 単位 | 実績値（R5） | 単位 | …`);
- 202: the national 効果検証 form's rows of projects: one 事業 a row, its KPIs side by side in column groups
  `ＫＰＩ①` / `ＫＰＩ②` merged over `指標名 | 目標値（R5） | 実績値（R5） | 達成率` each.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from tests.layouts_genre import _table_at, build
from tests.layouts_pdfs import _pages
from tests.layouts_structures import _para
from tests.layouts_towns import _print_docx, _word_table
from tests.pdf_builders import Cell, Page

_GRANT_PROJECTS = [
    ("事業名　観光ＤＸによる周遊促進事業", [
        ("観光入込客数", "千人", "412", "430", "398", "450", "441", "470", "486"),
        ("観光消費額", "百万円", "2,840", "2,900", "2,610", "3,000", "3,120", "3,100", "3,350"),
        ("周遊アプリのダウンロード数", "件", "0", "3,000", "3,420", "6,000", "5,180", "9,000", "9,640")]),
    ("事業名　移住・定住促進事業", [
        ("移住相談件数", "件", "120", "140", "152", "160", "171", "180", "176"),
        ("移住支援制度による移住者数", "人", "38", "45", "41", "50", "57", "55", "62")])]


def grant_effect_sheet(path: Path) -> Path:
    """196: per 事業 a KPI table, `事業開始前（R2）` then each year merged over `目標値` | `実績値`."""
    widths = [150, 40, 58] + [48] * 6

    def draw(page: Page) -> None:
        page.text(40, 36, "桜ヶ丘市 地方創生推進交付金事業 効果検証シート（令和５年度）", 13)
        top = 70
        for project, rows in _GRANT_PROJECTS:
            page.text(40, top, project, 10)
            cells = [Cell(0, 0, "重要業績評価指標（KPI）", row_span=2), Cell(0, 1, "単位", row_span=2),
                     Cell(0, 2, "事業開始前\n（R2）", row_span=2)]
            for i, year in enumerate(("R3年度", "R4年度", "R5年度")):
                cells += [Cell(0, 3 + 2 * i, year, col_span=2), Cell(1, 3 + 2 * i, "目標値"), Cell(1, 4 + 2 * i, "実績値")]
            cells += [Cell(r, c, text) for r, row in enumerate(rows, start=2) for c, text in enumerate(row)]
            top = page.table(40, top + 10, widths, [18] * (len(rows) + 2), cells, size=8) + 30
    return _pages(path, A4, [draw])


def increments_plan(path: Path) -> Path:
    """197: a 地域再生計画's KPI table of yearly increments over the baseline (`2024年度増加分（１年目）`)."""
    def draw(page: Page) -> None:
        page.text(40, 36, "柏原町 地域再生計画 地域の稼ぐ力を高める観光・産業振興計画", 13)
        page.text(40, 70, "重要業績評価指標（KPI）", 11)
        _table_at(page, 40, 88, [130, 40, 66, 66, 66, 66, 66],
                  [("ＫＰＩ", "単位", "事業開始前\n（2023年度）", "2024年度増加分\n（１年目）", "2025年度増加分\n（２年目）",
                    "2026年度増加分\n（３年目）", "ＫＰＩ増加の\n累計"),
                   ("町内の宿泊者数", "人", "18,400", "600", "800", "1,000", "2,400"),
                   ("地場産品の販売額", "百万円", "215", "10", "15", "20", "45"),
                   ("観光関連の新規雇用者数", "人", "0", "3", "4", "5", "12")], size=8, height=26)
    return _pages(path, A4, [draw])


def segment_columns(path: Path) -> Path:
    """198: `基準値（R4）` and `目標値（R14）` each merged over `男性` | `女性` sub-columns."""
    rows = [("健康寿命", "80.1歳", "84.0歳", "81.5歳", "85.0歳", "健康づくり課"),
            ("喫煙率", "24.8%", "6.2%", "18.0%", "4.0%", "健康づくり課"),
            ("特定健診の受診率", "38.4%", "44.9%", "60.0%", "60.0%", "保険年金課")]
    cells = [Cell(0, 0, "指標名", row_span=2), Cell(0, 1, "基準値（R4）", col_span=2), Cell(0, 3, "目標値（R14）", col_span=2),
             Cell(0, 5, "担当課", row_span=2)]
    cells += [Cell(1, c, text) for c, text in zip((1, 2, 3, 4), ("男性", "女性", "男性", "女性"), strict=True)]
    cells += [Cell(r, c, text) for r, row in enumerate(rows, start=2) for c, text in enumerate(row)]

    def draw(page: Page) -> None:
        page.text(48, 40, "朝霧市 第３次健康増進計画 数値目標", 13)
        page.text(48, 76, "基本目標１　健康寿命を延ばす", 12)
        page.table(48, 98, [160, 58, 58, 58, 58, 80], [20] * 5, cells, size=8)
    return _pages(path, A4, [draw])


def year_columns_first(path: Path) -> Path:
    """199: a Word table `指標名 | 基準年度 | 基準値 | 目標年度 | 目標値 | 担当課` (each year before its value)."""
    widths = [2800, 1300, 1200, 1300, 1200, 1500]
    rows = [("観光入込客数", "令和元年度", "8.2万人", "令和７年度", "10万人", "産業振興課"),
            ("移住者数", "平成30年度", "24人", "令和７年度", "40人", "総務課"),
            ("ふるさと納税の寄附件数", "2019年度", "1,240件", "2025年度", "2,000件", "総務課")]
    body = _para("北浜村　第２期総合戦略　数値目標", 28, bold=True) + _para("")
    body += _para("基本目標２　村に新しい人の流れをつくる", 24, bold=True)
    body += _word_table(widths, ["指標名", "基準年度", "基準値", "目標年度", "目標値", "担当課"], rows, (2, 4))
    body += _para("")
    return _print_docx(body, path)


def role_per_table(path: Path) -> Path:
    """200: the targets and the actuals in two tables of years alone, each under a caption naming its role."""
    names = ("新規創業件数", "企業立地件数", "観光入込客数")
    targets = (("8件", "10件", "12件"), ("1件", "2件", "2件"), ("52万人", "55万人", "58万人"))
    actuals = (("6件", "11件", "9件"), ("1件", "0件", "3件"), ("48万人", "54万人", "59万人"))

    def draw(page: Page) -> None:
        page.text(48, 40, "白浜町 第２期総合戦略 KPIの目標値と実績値", 13)
        page.text(48, 76, "基本目標１　町にしごとをつくる", 12)
        top = 100
        for caption, values in (("■各年度の目標値", targets), ("■各年度の実績値", actuals)):
            page.text(48, top, caption, 10)
            rows = [("指標名", "R3", "R4", "R5")] + [(name, *row) for name, row in zip(names, values, strict=True)]
            top = _table_at(page, 48, top + 14, [170, 70, 70, 70], rows, size=8, height=20) + 24
    return _pages(path, A4, [draw])


def unit_after_each_value(path: Path) -> Path:
    """201: a `単位` column after every value column, as a spreadsheet laid out for print puts it."""
    def draw(page: Page) -> None:
        page.text(40, 36, "水郷市 第２期総合戦略 KPI進捗管理表", 13)
        page.text(40, 66, "基本目標１　地域の産業を元気にする", 11)
        _table_at(page, 40, 86, [28, 190, 70, 34, 70, 34, 70, 34, 80],
                  [("No.", "指標名", "基準値（R1）", "単位", "実績値（R5）", "単位", "目標値（R7）", "単位", "担当課"),
                   ("1", "観光入込客数", "1,250", "千人", "1,318", "千人", "1,400", "千人", "観光課"),
                   ("2", "市内の新規就農者数", "6", "人", "9", "人", "10", "人", "農政課"),
                   ("3", "企業誘致による新規雇用者数", "42", "人", "75", "人", "120", "人", "商工課"),
                   ("4", "ふるさと納税の寄附額", "84,500", "千円", "132,800", "千円", "150,000", "千円", "財政課")],
                  size=8, height=20)
    return _pages(path, landscape(A4), [draw])


def kpi_groups_per_project(path: Path) -> Path:
    """202: one 事業 a row, its KPIs side by side in column groups `KPI①` / `KPI②`, each `指標名 | 目標値（R5） |
    実績値（R5） | 達成率` (the national 効果検証 form's rows of projects)."""
    rows = [("空き家改修支援事業", "空き家バンクの成約件数", "12件", "9件", "75.0%", "移住相談件数", "150件", "168件", "112.0%"),
            ("創業支援事業", "創業支援による創業件数", "8件", "8件", "100.0%", "創業セミナーの受講者数", "60人", "47人", "78.3%"),
            ("観光ＤＸ推進事業", "観光アプリの利用者数", "5,000人", "6,240人", "124.8%", "宿泊者数", "42,000人", "39,850人", "94.9%")]
    cells = [Cell(0, 0, "事業名", row_span=2), Cell(0, 1, "ＫＰＩ①", col_span=4), Cell(0, 5, "ＫＰＩ②", col_span=4)]
    for group in (1, 5):
        cells += [Cell(1, group + k, text) for k, text in enumerate(("指標名", "目標値（R5）", "実績値（R5）", "達成率"))]
    cells += [Cell(r, c, text) for r, row in enumerate(rows, start=2) for c, text in enumerate(row)]

    def draw(page: Page) -> None:
        page.text(40, 36, "若葉台市 令和５年度 地方創生推進交付金事業 効果検証シート", 13)
        page.table(40, 70, [110, 120, 58, 58, 44, 110, 58, 58, 44], [20] * 5, cells, size=8)
    return _pages(path, landscape(A4), [draw])


DRAWN = {"196_pdf_grant_effect_sheet_year_groups": grant_effect_sheet,
         "197_pdf_regional_plan_kpi_increments": increments_plan,
         "198_pdf_segment_columns_under_roles": segment_columns,
         "199_pdf_docx_year_column_before_value": year_columns_first,
         "200_pdf_target_and_actual_tables": role_per_table,
         "201_pdf_unit_column_after_each_value": unit_after_each_value,
         "202_pdf_grant_kpi_groups_per_project": kpi_groups_per_project}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(DRAWN, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
