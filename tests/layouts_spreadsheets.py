# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 221-225 of tests/fixtures/layouts/ (`python -m tests.layouts_spreadsheets [numbers]`).

KPI sheets as most municipalities make them: an Excel workbook (written here with openpyxl) printed to PDF by
LibreOffice Calc headless (needs `soffice`, openpyxl and fonts-ipaexfont; the PDFs are committed and CI only reads
them). This script writes only its own files. Content invented (fictional municipalities, every name and number
made up):
- 221: a city's 効果検証シート: a two-row shaded header, `実績値` merged over `R3 R4 R5 R6`, `基準値（R2）`,
  `目標値（R7）`, `指標名`, `単位`, `担当課` merged down over both header rows; each goal's cell merged down at the
  left over its indicators (centred, wrapped), a department cell merged over neighbouring rows of one 課; `#,##0`;
- 222: a town's KPI進捗管理表 on A3 landscape scaled to fit one page (the font shrinks to a few points): the
  goal cells merged down and written vertically (stacked, one glyph a line), a `No.` column, a hidden column of
  working figures (not printed), `R2`…`R5` actuals, a `備考` column;
- 223: a village's 効果検証シート over two A4 pages: the two-row header (`実績値` over `R3 R4 R5`) repeated as print
  titles on page 2, long names wrapped inside their fixed-width cell, goals as shaded rows merged across the sheet,
  `0.0%` and `#,##0;"△"#,##0` cells (`△38`), a `単位` column;
- 224: a city's KPI評価シート: `達成率` (`0.0%`, computed: progress) and an A/B/C `評価` column, departments merged
  over neighbouring rows, a `△` change, the grade legend and the rate's formula under the table;
- 225: a town's 数値目標 sheet of number formats: `#,##0` in `千円`, `0.0` in `千人`, `0.00` (a rate without unit),
  `0.0%` over values stored as fractions, `△` negatives (a negative target too).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.layouts_genre import build
from tests.layouts_producers import FONT, _print_book

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
SHADE = "DDEBF7"
GOAL_SHADE = "FFF2CC"
TRIANGLE = '#,##0;"△"#,##0'


def _styles():
    from openpyxl.styles import Border, Side

    thin = Side(style="thin", color="000000")
    return Border(left=thin, right=thin, top=thin, bottom=thin)


def _put(sheet, row: int, column: int, value: object, *, size: float = 9, fill: str = "", bold: bool = False,
         horizontal: str | None = None, wrap: bool = True, fmt: str = "", rotation: int = 0) -> None:
    """One ruled cell (centred vertically): `fill` a background colour, `fmt` a number format, `rotation` Excel's
    text rotation (255: stacked, one glyph a line)."""
    from openpyxl.styles import Alignment, Font, PatternFill

    cell = sheet.cell(row=row, column=column, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.border = _styles()
    number = isinstance(value, int | float)
    cell.alignment = Alignment(vertical="center", wrap_text=wrap and not number,
                               horizontal=horizontal or ("right" if number or value in ("―", "－") else None),
                               text_rotation=rotation)
    if fill:
        cell.fill = PatternFill("solid", fgColor=fill)
    if fmt and number:
        cell.number_format = fmt


def _merge(sheet, first_row: int, first_column: int, last_row: int, last_column: int) -> None:
    """Merge a block and rule its covered cells (Excel draws a merged cell's border from every cell it covers)."""
    from openpyxl.utils import get_column_letter

    for r in range(first_row, last_row + 1):
        for c in range(first_column, last_column + 1):
            sheet.cell(row=r, column=c).border = _styles()
    sheet.merge_cells(f"{get_column_letter(first_column)}{first_row}:{get_column_letter(last_column)}{last_row}")


def _title(sheet, text: str, columns: int, size: float = 13) -> None:
    from openpyxl.styles import Font

    sheet["A1"] = text
    sheet["A1"].font = Font(name=FONT, size=size, bold=True)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)


def _note(sheet, row: int, text: str, size: float = 8) -> None:
    from openpyxl.styles import Font

    sheet.cell(row=row, column=1, value=text).font = Font(name=FONT, size=size)


def _two_row_header(sheet, top: int, before: list[str], years: list[str], after: list[str], *,
                    first_column: int = 1, size: float = 9) -> int:
    """A shaded header of two rows: `before` and `after` merged down over both, `実績値` merged over `years`.
    Returns the next column."""
    column = first_column
    for text in before:
        _put(sheet, top, column, text, size=size, fill=SHADE, bold=True, horizontal="center")
        _put(sheet, top + 1, column, None, fill=SHADE)
        _merge(sheet, top, column, top + 1, column)
        column += 1
    _put(sheet, top, column, "実績値", size=size, fill=SHADE, bold=True, horizontal="center")
    for i, year in enumerate(years):
        if i:
            _put(sheet, top, column + i, None, fill=SHADE)
        _put(sheet, top + 1, column + i, year, size=size, fill=SHADE, bold=True, horizontal="center")
    _merge(sheet, top, column, top, column + len(years) - 1)
    column += len(years)
    for text in after:
        _put(sheet, top, column, text, size=size, fill=SHADE, bold=True, horizontal="center")
        _put(sheet, top + 1, column, None, fill=SHADE)
        _merge(sheet, top, column, top + 1, column)
        column += 1
    return column


def _merge_runs(sheet, column: int, first_row: int, values: list[object]) -> None:
    """Merge down each run of equal neighbouring `values` of `column` (rows from `first_row`)."""
    start = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            if i - 1 > start:
                _merge(sheet, first_row + start, column, first_row + i - 1, column)
            start = i


def _widths(sheet, widths: list[float]) -> None:
    from openpyxl.utils import get_column_letter

    for column, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def _page(sheet, last_column: int, last_row: int, title_rows: str, *, a3: bool = False, landscape: bool = True,
          fit_width: bool = True, fit_height: int = 0) -> None:
    """Print area, print titles, paper, orientation and the scale-to-fit of the sheet."""
    from openpyxl.utils import get_column_letter

    sheet.print_area = f"A1:{get_column_letter(last_column)}{last_row}"
    sheet.print_title_rows = title_rows
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A3 if a3 else sheet.PAPERSIZE_A4
    if fit_width:
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, fit_height
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6


def _book():
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "KPI"
    return book, sheet


# --- 221: 実績値 merged over four years, goal and department cells merged down ----------------------------------


def actuals_over_four_years(path: Path) -> Path:
    """221: `実績値` over `R3 R4 R5 R6`, goal cells merged down at the left, departments merged over their rows."""
    goal1 = "基本目標１\n市内で働く場をつくる"
    goal2 = "基本目標２\nみずほ台市への人の流れをつくる"
    rows = [
        (goal1, "市内事業所の新規雇用者数", "人", 312, [298, 335, 351, 368], 400, "商工振興課"),
        (goal1, "創業支援による創業件数", "件", 14, [17, 21, 19, 24], 25, "商工振興課"),
        (goal1, "農産物直売所の売上高", "千円", 84520, [86110, 90340, 93870, 95120], 100000, "農政課"),
        (goal2, "転入者数", "人", 4815, [4702, 4930, 5011, 5120], 5200, "企画課"),
        (goal2, "移住相談件数", "件", 96, [128, 141, 163, 187], 200, "企画課"),
        (goal2, "観光入込客数", "千人", 512, [388, 455, 498, 530], 560, "観光課"),
        (goal2, "宿泊施設の延べ宿泊者数", "人", 61240, [40315, 52880, 58790, 63410], 66000, "観光課"),
    ]
    book, sheet = _book()
    _title(sheet, "みずほ台市　第２期総合戦略　効果検証シート（令和６年度）", 11)
    top = 3
    _two_row_header(sheet, top, ["基本目標", "指標名", "単位", "基準値（R2）"], ["R3", "R4", "R5", "R6"],
                    ["目標値（R7）", "担当課"])
    first = top + 2
    for i, (goal, name, unit, baseline, actuals, target, department) in enumerate(rows):
        r = first + i
        _put(sheet, r, 1, goal, horizontal="center")
        _put(sheet, r, 2, name)
        _put(sheet, r, 3, unit, horizontal="center")
        for column, value in enumerate([baseline, *actuals, target], 4):
            _put(sheet, r, column, value, fmt="#,##0")
        _put(sheet, r, 10, department, horizontal="center")
        sheet.row_dimensions[r].height = 27
    _merge_runs(sheet, 1, first, [r[0] for r in rows])
    _merge_runs(sheet, 10, first, [r[6] for r in rows])
    last = first + len(rows) - 1
    _note(sheet, last + 2, "※実績値は各年度末現在。")
    _widths(sheet, [22, 30, 7, 11, 10, 10, 10, 10, 11, 13, 2])
    _page(sheet, 10, last + 2, f"{top}:{top + 1}")
    _print_book(book, path.stem, path)
    return path


# --- 222: A3 fit to page, vertical goal cells, a hidden column ---------------------------------------------------


def a3_vertical_goals_hidden_column(path: Path) -> Path:
    """222: a wide sheet on A3 landscape scaled to fit, goal cells stacked vertically, a hidden working column."""
    goal1 = "基本目標１　子育ての希望をかなえる"
    goal2 = "基本目標２　安心して暮らせるまちをつくる"
    # No., goal, name, unit, hidden working figure, baseline (R1), R2..R5, target (R7), department, remarks
    rows = [
        (1, goal1, "年間出生数", "人", 0.93, 118, [112, 109, 104, 101], 120, "子育て支援課", ""),
        (2, goal1, "保育所等の待機児童数", "人", 1.0, 12, [9, 4, 0, 0], 0, "子育て支援課", "R4から0人を維持"),
        (3, goal1, "子育て支援センターの延べ利用者数", "人", 0.88, 8420, [5130, 6275, 7390, 8015], 9000, "子育て支援課", ""),
        (4, goal1, "乳幼児健診の受診率", "％", 1.0, 96.2, [94.8, 95.5, 97.1, 97.4], 98.0, "健康推進課", ""),
        (5, goal2, "地域の見守り活動に参加する住民の数", "人", 0.81, 640, [602, 633, 671, 705], 800, "福祉課", ""),
        (6, goal2, "自主防災組織の組織率", "％", 0.97, 82.5, [84.0, 85.1, 87.9, 89.3], 92.0, "防災安全課", ""),
        (7, goal2, "交通事故の発生件数", "件", 0.72, 58, [49, 51, 44, 40], 35, "防災安全課", "年間件数"),
        (8, goal2, "デマンド交通の年間利用者数", "人", 0.9, 11250, [9870, 10420, 11730, 12480], 14000, "企画課", ""),
    ]
    book, sheet = _book()
    _title(sheet, "ゆずりは町　第２期総合戦略　KPI進捗管理表（令和５年度実績）", 14, size=16)
    top = 3
    header = ["No.", "基本目標", "重要業績評価指標（KPI）", "単位", "集計用係数", "基準値（R1）", "R2", "R3", "R4", "R5",
              "目標値（R7）", "担当課", "備考"]
    for column, text in enumerate(header, 1):
        _put(sheet, top, column, text, size=11, fill=SHADE, bold=True, horizontal="center")
    sheet.row_dimensions[top].height = 36
    first = top + 1
    for i, (number, goal, name, unit, working, baseline, actuals, target, department, remark) in enumerate(rows):
        r = first + i
        fmt = "0.0" if unit == "％" else "#,##0"
        _put(sheet, r, 1, number, size=11, horizontal="center")
        _put(sheet, r, 2, goal, size=11, horizontal="center", rotation=255, fill=GOAL_SHADE)
        _put(sheet, r, 3, name, size=11)
        _put(sheet, r, 4, unit, size=11, horizontal="center")
        _put(sheet, r, 5, working, size=11, fmt="0.00")
        for column, value in enumerate([baseline, *actuals, target], 6):
            _put(sheet, r, column, value, size=11, fmt=fmt)
        _put(sheet, r, 12, department, size=11, horizontal="center")
        _put(sheet, r, 13, remark, size=10)
        sheet.row_dimensions[r].height = 60
    _merge_runs(sheet, 2, first, [r[1] for r in rows])
    last = first + len(rows) - 1
    _widths(sheet, [10, 9, 90, 14, 20, 28, 24, 24, 24, 24, 28, 34, 60])
    sheet.column_dimensions["E"].hidden = True
    _note(sheet, last + 2, "※％の指標は小数点以下第１位まで。基準値は令和元年度末。", size=10)
    _page(sheet, 13, last + 2, f"{top}:{top}", a3=True, fit_height=1)
    _print_book(book, path.stem, path)
    return path


# --- 223: print titles over two pages, wrapped names, goal band rows ------------------------------------------


def print_titles_wrapped_names(path: Path) -> Path:
    """223: a two-page sheet whose two-row header repeats on page 2; names wrapped in their cell; goal band rows."""
    goals = [
        ("基本目標１　地域資源を生かした仕事をつくる", [
            ("村内で新たに就農した人の数（研修修了者を含む。）", "人", 3, [4, 2, 5], 20, "累計", TRIANGLE),
            ("村産木材を使った住宅の新築・改修件数", "件", 6, [7, 9, 8], 12, "", TRIANGLE),
            ("道の駅ひなたの郷の農産物販売額", "千円", 61380, [58910, 64220, 69050], 72000, "", TRIANGLE),
            ("村内の事業所に勤める村民の割合（国勢調査等による推計値）", "％", 0.412, [0.405, 0.418, 0.421], 0.45, "", "0.0%"),
            ("特産品開発の支援を受けた事業者による新商品の数", "品目", 2, [3, 5, 4], 15, "累計", TRIANGLE),
            ("村の観光情報サイトの年間閲覧数", "件", 48600, [52340, 61870, 70120], 80000, "", TRIANGLE),
        ]),
        ("基本目標２　ひなた村に住みたい人を呼び込む", [
            ("社会増減数（転入者数から転出者数を引いた数）", "人", -38, [-25, -31, -12], 0, "", TRIANGLE),
            ("移住定住相談窓口で受け付けた相談の件数", "件", 42, [55, 63, 71], 80, "", TRIANGLE),
            ("空き家バンクを通じて成約した空き家の数", "件", 3, [5, 4, 7], 10, "", TRIANGLE),
            ("お試し住宅を利用した世帯の数", "世帯", 11, [14, 18, 16], 20, "", TRIANGLE),
            ("地域おこし協力隊員の任期終了後の定住率", "％", 0.5, [0.6, 0.667, 0.75], 0.7, "", "0.0%"),
            ("ふるさと納税の寄附件数", "件", 1820, [2460, 3315, 4078], 4500, "", TRIANGLE),
        ]),
        ("基本目標３　安心して子どもを産み育てられる村をつくる", [
            ("合計特殊出生率（５年間の平均値）", "", 1.52, [1.49, 1.47, 1.51], 1.6, "", "0.00"),
            ("村の子育て支援に満足していると答えた保護者の割合", "％", 0.684, [0.702, 0.731, 0.758], 0.8, "", "0.0%"),
            ("放課後児童クラブを利用した児童の数（年間延べ人数）", "人", 3940, [4120, 4385, 4510], 4800, "", TRIANGLE),
            ("村内の小中学校の全国学力調査の平均正答率と全国平均との差", "ポイント", -2.1, [-1.4, 0.3, 1.2], 0, "", '0.0;"△"0.0'),
            ("子ども食堂など地域の居場所の数", "か所", 1, [2, 2, 3], 4, "", TRIANGLE),
        ]),
    ]
    book, sheet = _book()
    _title(sheet, "ひなた村　第２期総合戦略　効果検証シート（令和５年度）", 8)
    top = 3
    _two_row_header(sheet, top, ["指標名", "単位", "基準値（R2）"], ["R3", "R4", "R5"], ["目標値（R7）", "備考"])
    r = top + 2
    for goal, rows in goals:
        _put(sheet, r, 1, goal, fill=GOAL_SHADE, bold=True)
        for column in range(2, 9):
            _put(sheet, r, column, None, fill=GOAL_SHADE)
        _merge(sheet, r, 1, r, 8)
        r += 1
        for name, unit, baseline, actuals, target, remark, fmt in rows:
            _put(sheet, r, 1, name)
            _put(sheet, r, 2, unit, horizontal="center")
            for column, value in enumerate([baseline, *actuals, target], 3):
                _put(sheet, r, column, value, fmt=fmt)
            _put(sheet, r, 8, remark, horizontal="center")
            sheet.row_dimensions[r].height = 42
            r += 1
    _note(sheet, r + 1, "※△はマイナスを表す。基準値は令和２年度末の数値。")
    _widths(sheet, [22, 6, 10, 8, 8, 8, 10, 6])
    _page(sheet, 8, r + 1, f"{top}:{top + 1}", landscape=False, fit_height=2)
    _print_book(book, path.stem, path)
    return path


# --- 224: 達成率 and A/B/C 評価 with the legend under the table ----------------------------------------------------


def grades_with_legend(path: Path) -> Path:
    """224: a 達成率 column (`0.0%`) and an A/B/C grade, departments merged over their rows, the legend under it."""
    rows = [
        ("市民活動団体の登録数", "団体", 142, 160, 151, 0.5, "B", "市民協働課"),
        ("市民活動センターの年間利用者数", "人", 18420, 22000, 22760, 1.121, "A", "市民協働課"),
        ("自治会の加入率", "％", 71.8, 75.0, 69.9, -0.594, "C", "市民協働課"),
        ("図書館の年間貸出冊数", "冊", 412300, 450000, 438950, 0.707, "B", "生涯学習課"),
        ("生涯学習講座の受講者数", "人", 2860, 3200, 3315, 1.338, "A", "生涯学習課"),
        ("スポーツ施設の年間利用者数", "人", 198500, 230000, 187640, -0.345, "C", "スポーツ振興課"),
    ]
    book, sheet = _book()
    _title(sheet, "こもれび市　第２期総合戦略　重要業績評価指標（KPI）評価シート", 8)
    from openpyxl.styles import Font
    sheet["A2"] = "基本目標４　人が集い、つながるまちをつくる"
    sheet["A2"].font = Font(name=FONT, size=11, bold=True)
    top = 4
    header = ["指標名", "単位", "基準値（R1）", "目標値（R6）", "実績値（R5）", "達成率", "評価", "担当課"]
    for column, text in enumerate(header, 1):
        _put(sheet, top, column, text, fill=SHADE, bold=True, horizontal="center")
    first = top + 1
    for i, (name, unit, baseline, target, actual, rate, grade, department) in enumerate(rows):
        r = first + i
        fmt = "0.0" if unit == "％" else "#,##0"
        _put(sheet, r, 1, name)
        _put(sheet, r, 2, unit, horizontal="center")
        for column, value in enumerate([baseline, target, actual], 3):
            _put(sheet, r, column, value, fmt=fmt)
        _put(sheet, r, 6, rate, fmt='0.0%;"△"0.0%')
        _put(sheet, r, 7, grade, horizontal="center")
        _put(sheet, r, 8, department, horizontal="center")
        sheet.row_dimensions[r].height = 24
    _merge_runs(sheet, 8, first, [r[7] for r in rows])
    last = first + len(rows) - 1
    _note(sheet, last + 2, "※達成率＝（実績値－基準値）÷（目標値－基準値）。△はマイナスを表す。", size=9)
    _note(sheet, last + 3, "【評価の基準】　A：目標を達成　B：基準値より改善したが目標に届かない　C：基準値より悪化", size=9)
    _widths(sheet, [34, 7, 12, 12, 12, 10, 7, 16])
    _page(sheet, 8, last + 3, f"{top}:{top}")
    _print_book(book, path.stem, path)
    return path


# --- 225: number formats of a 数値目標 sheet -------------------------------------------------------------------------


def number_formats_sheet(path: Path) -> Path:
    """225: `#,##0` in 千円, `0.0` in 千人, `0.00` without unit, `0.0%`, `△` negatives, a shaded header."""
    rows = [
        ("町内総生産", "千円", 38415200, 39820500, 41000000, "#,##0"),
        ("観光入込客数", "千人", 284.6, 301.2, 330.0, "0.0"),
        ("人口の社会増減数", "人", -84, -27, 0, TRIANGLE),
        ("合計特殊出生率", "", 1.38, 1.44, 1.50, "0.00"),
        ("町に住み続けたいと思う町民の割合", "％", 0.763, 0.781, 0.8, "0.0%"),
        ("人口の自然増減数", "人", -112, -135, -100, TRIANGLE),
    ]
    book, sheet = _book()
    _title(sheet, "あさぎり町　第２期総合戦略　数値目標の達成状況", 6)
    top = 3
    header = ["数値目標", "単位", "基準値（R1）", "実績値（R5）", "目標値（R6）", "担当課"]
    for column, text in enumerate(header, 1):
        _put(sheet, top, column, text, fill=SHADE, bold=True, horizontal="center")
    first = top + 1
    departments = ["企画財政課", "商工観光課", "企画財政課", "健康福祉課", "企画財政課", "農林振興課"]
    for i, ((name, unit, baseline, actual, target, fmt), department) in enumerate(zip(rows, departments, strict=True)):
        r = first + i
        _put(sheet, r, 1, name)
        _put(sheet, r, 2, unit, horizontal="center")
        for column, value in enumerate([baseline, actual, target], 3):
            _put(sheet, r, column, value, fmt=fmt)
        _put(sheet, r, 6, department, horizontal="center")
        sheet.row_dimensions[r].height = 22
    last = first + len(rows) - 1
    _note(sheet, last + 2, "※△はマイナスを表す。町内総生産は県の市町村民経済計算による。", size=9)
    _widths(sheet, [36, 7, 14, 14, 14, 14])
    _page(sheet, 6, last + 2, f"{top}:{top}")
    _print_book(book, path.stem, path)
    return path


DRAWN = {
    "221_pdf_xlsx_actuals_over_four_years": actuals_over_four_years,
    "222_pdf_xlsx_a3_fit_vertical_goals": a3_vertical_goals_hidden_column,
    "223_pdf_xlsx_print_titles_wrapped_names": print_titles_wrapped_names,
    "224_pdf_xlsx_grades_rate_legend": grades_with_legend,
    "225_pdf_xlsx_number_formats_triangle": number_formats_sheet,
}


def main(numbers: list[str]) -> None:
    build(DRAWN, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
