# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 147-152 of tests/fixtures/layouts/ (`python -m tests.layouts_cities [numbers]`).

Habits of other cities' KPI documents that 01-146 do not show, each printed by a real producer (needs `soffice`,
openpyxl and fonts-ipaexfont; the PDFs are committed and CI only reads them). This script writes only its own
files. Content invented (fictional municipalities, every name and number made up):
- 147: (openpyxl .xlsx printed by Calc) a city's 施策別KPI: `現状値` / `目標値` over their year on a second header
  row (`令和5年度` / `令和11年度`), bare numbers, the `単位` column placed last (`千人`, `百万円`, `％`);
- 148: (a Word .docx printed by Writer) a town's 効果検証シート: each actual cell printing its value and the
  achievement rate in brackets without a label (`1,234件 (82.3%)`) under a header `実績値（R5）` / `（達成率）`;
- 149: (HTML printed by Writer/Web) a village's KPI page: targets printing a direction and a number
  (`増加（1,500人以上）`, `減少（20件以下）`, `維持（95%以上）`);
- 150: (a Word .docx printed by Writer) a city's 実施計画: KPI tables under three heading levels
  `基本目標１` → `施策（２）` → `具体的な取組③`, each row's code `1-(2)-③` in a `番号` column;
- 151: (openpyxl .xlsx printed by Calc) a town's 数値目標の推移: fiscal years down, indicators across, each
  indicator's unit in its header (`転入者数（人）`, `観光入込客数（千人）`, `農業産出額（百万円）`);
- 152: (openpyxl .xlsx printed by Calc) a village's KPI table whose value headers date them at a month's end
  (`現状値（R5.3末）`, `実績値（R6.3末）`, `目標値（R11.3末）`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.layouts_calc_writer import convert_html, html_kpi_page, html_table_rows
from tests.layouts_clerks import _para
from tests.layouts_genre import build
from tests.layouts_producers import FONT, _print_book, _workbook
from tests.layouts_towns import _print_docx, _word_table

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _second_header_row(sheet, labels: dict[int, str], merged: tuple[int, ...], width: int) -> None:
    """Insert a second header row under row 3: `labels` (column → text) in it, `merged` columns merged down."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    sheet.insert_rows(4)
    thin = Side(style="thin", color="808080")
    for column in range(1, width + 1):
        cell = sheet.cell(row=4, column=column, value=labels.get(column))
        cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.font = Font(name=FONT, size=9, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for column in merged:
        letter = get_column_letter(column)
        sheet.merge_cells(f"{letter}3:{letter}4")
    sheet.print_title_rows = "3:4"


# --- 147: years on a second header row, the unit column last ------------------------------------------------------


def unit_last_sheet(path: Path) -> Path:
    """147: `現状値` / `目標値` over `令和5年度` / `令和11年度`, bare numbers, `単位` the last column."""
    rows = [[1, "観光入込客数", 412, 480, "千人"],
            [2, "観光消費額", 2350, 2800, "百万円"],
            [3, "外国人宿泊者数", 8420, 12000, "人"],
            [4, "観光案内所利用者の満足度", 86.4, 90.0, "％"],
            [5, "体験型観光プログラム数", 24, 40, "件"]]
    book = _workbook("桜川台市　第２期総合戦略　施策別重要業績評価指標（KPI）", ["No.", "指標名", "現状値", "目標値", "単位"],
                     rows, [5, 34, 12, 12, 8], formats={2: "#,##0", 3: "#,##0"},
                     caption="施策２－１　観光交流の推進")
    sheet = book.active
    _second_header_row(sheet, {3: "令和5年度", 4: "令和11年度"}, (1, 2, 5), 5)
    for column in (3, 4):
        sheet.cell(row=8, column=column).number_format = "0.0"
    sheet.print_area = "A1:E9"
    _print_book(book, path.stem, path)
    return path


# --- 148: the achievement rate in brackets after each actual -------------------------------------------------------


def actual_rate_cells(path: Path) -> Path:
    """148: `実績値（R5）` / `（達成率）` over cells `1,234件 (82.3%)`: the value, then its rate unlabelled."""
    widths = [3300, 1500, 1900, 1500, 1500]
    header = ["指標名", "基準値（R1）", "実績値（R5）\n（達成率）", "目標値（R6）", "担当課"]
    rows = [("移住相談件数", "860件", "1,234件 (82.3%)", "1,500件", "企画課"),
            ("新規創業者数", "12人", "18人 (90.0%)", "20人", "商工観光課"),
            ("特定健康診査の受診率", "38.2%", "44.1% (88.2%)", "50.0%", "健康福祉課"),
            ("子育て支援センターの利用者数", "5,620人", "6,048人 (100.8%)", "6,000人", "子育て支援課")]
    body = _para("楢葉原町　第２期総合戦略　効果検証シート（令和５年度）", 28, bold=True) + _para("")
    body += _para("基本目標１　ひとが集い、しごとが生まれるまち", 22, bold=True)
    body += _para("【重要業績評価指標（KPI）】", 20) + _word_table(widths, header, rows, (1, 2, 3))
    body += _para("※実績値の括弧内は、目標値に対する達成率（実績値÷目標値）です。", 18)
    return _print_docx(body, path)


# --- 149: a direction and a number as the target ------------------------------------------------------------------


def direction_number_targets(path: Path) -> Path:
    """149: targets `増加（1,500人以上）`, `減少（20件以下）`, `維持（95%以上）` beside plain numbers."""

    header = ["指標名", "現状値（R5）", "目標値（R11）", "担当課"]
    rows = [("転入者数", "1,320人", "増加（1,500人以上）", "住民課"),
            ("管理不全の空き家の件数", "28件", "減少（20件以下）", "建設課"),
            ("住み続けたいと思う村民の割合", "95.4%", "維持（95%以上）", "企画課"),
            ("移住相談件数", "64件", "100件", "企画課")]
    cells = html_table_rows(header, rows, lambda i: i in (1, 2))
    html = html_kpi_page("月ヶ瀬村　第３期総合戦略　重要業績評価指標（KPI）", "基本目標２　住み続けたい村をつくる", cells,
                         "※目標値は、めざす方向と目安となる数値を示します。")
    convert_html(path.stem, html)
    return path


# --- 150: three heading levels over each table -------------------------------------------------------------------


def three_level_measures(path: Path) -> Path:
    """150: `基本目標１` → `施策（２）` → `具体的な取組③` headings, each table's rows coded `1-(2)-③`."""
    widths = [1100, 3700, 1500, 1500, 1600]
    header = ["番号", "指標名", "現状値（R5）", "目標値（R10）", "担当課"]
    body = _para("白鷺台市　総合戦略　実施計画（令和６年度～令和10年度）", 28, bold=True) + _para("")
    body += _para("基本目標１　地域の産業を育て、しごとをつくる", 24, bold=True)
    body += _para("施策（２）　農林業の振興", 22, bold=True)
    body += _para("具体的な取組③　スマート農業の導入", 20, bold=True)
    body += _word_table(widths, header, [("1-(2)-③", "スマート農業機器の導入経営体数", "6経営体", "20経営体", "農政課"),
                                         ("1-(2)-③", "ドローン防除の実施面積", "45ha", "120ha", "農政課")], (2, 3))
    body += _para("")
    body += _para("具体的な取組④　林業の担い手の育成", 20, bold=True)
    body += _word_table(widths, header, [("1-(2)-④", "林業の新規就業者数", "2人", "5人", "林務課")], (2, 3))
    body += _para("")
    body += _para("施策（３）　商工業の振興", 22, bold=True)
    body += _para("具体的な取組①　創業の支援", 20, bold=True)
    body += _word_table(widths, header, [("1-(3)-①", "創業支援による創業件数", "14件", "25件", "商工課"),
                                         ("1-(3)-①", "創業塾の受講者数", "32人", "50人", "商工課")], (2, 3))
    return _print_docx(body, path)


# --- 151: years down, each indicator's unit in its header ----------------------------------------------------------


def years_down_unit_headers(path: Path) -> Path:
    """151: fiscal years down, indicators across, the unit bracketed in each indicator's header."""
    header = ["年度", "転入者数（人）", "観光入込客数（千人）", "農業産出額（百万円）", "合計特殊出生率"]
    rows = [["基準値（R1）", 1184, 326, 4210, 1.42],
            ["R3", 1092, 214, 4080, 1.38],
            ["R4", 1135, 268, 4150, 1.40],
            ["R5", 1210, 301, 4320, 1.36],
            ["目標値（R7）", 1300, 350, 4500, 1.50]]
    book = _workbook("葛城野町　第２期総合戦略　数値目標の推移", header, rows, [14, 16, 20, 20, 16],
                     formats={1: "#,##0", 2: "#,##0", 3: "#,##0", 4: "0.00"},
                     caption="基本目標１　町で働き、町に住む人を増やす")
    sheet = book.active
    sheet.page_setup.orientation = "portrait"
    _print_book(book, path.stem, path)
    return path


# --- 152: month-end dates as the header's year -------------------------------------------------------------------


def month_end_headers(path: Path) -> Path:
    """152: `現状値（R5.3末）`, `実績値（R6.3末）`, `目標値（R11.3末）` over values with their units."""
    header = ["指標名", "現状値\n（R5.3末）", "実績値\n（R6.3末）", "目標値\n（R11.3末）", "担当課"]
    rows = [["住民基本台帳人口", "6,412人", "6,358人", "6,000人", "住民課"],
            ["高齢化率", "38.6%", "39.1%", "40.0%以下", "福祉課"],
            ["空き家バンク登録物件数（累計）", "42件", "51件", "80件", "企画課"],
            ["認定農業者数", "57経営体", "55経営体", "60経営体", "産業課"]]
    book = _workbook("鳴沢谷村　第３期総合戦略　KPI進捗状況", header, rows, [30, 12, 12, 12, 12], formats={},
                     caption="基本目標１　村に住み続けられる暮らしを守る", header_height=30)
    from openpyxl.styles import Alignment

    sheet = book.active
    for r in range(4, 4 + len(rows)):
        for column in (2, 3, 4):
            sheet.cell(row=r, column=column).alignment = Alignment(horizontal="right", vertical="center")
    sheet.page_setup.orientation = "portrait"
    _print_book(book, path.stem, path)
    return path


BUILDERS = {"147_pdf_xlsx_year_subrow_unit_last": unit_last_sheet,
            "148_pdf_docx_actual_rate_in_brackets": actual_rate_cells,
            "149_pdf_html_direction_with_number": direction_number_targets,
            "150_pdf_docx_three_level_measures": three_level_measures,
            "151_pdf_xlsx_years_down_unit_headers": years_down_unit_headers,
            "152_pdf_xlsx_month_end_headers": month_end_headers}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(BUILDERS, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
