# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 171-176 of tests/fixtures/layouts/ (`python -m tests.layouts_evaluations [numbers]`).

Habits of other municipalities' 効果検証 and 総合戦略 tables that 01-170 do not show, each printed by a real producer
(needs `soffice`, openpyxl and fonts-ipaexfont; the PDFs are committed and CI only reads them). This script writes
only its own files. Content invented (fictional municipalities, every name and number made up):
- 171: (openpyxl .xlsx printed by Calc) a city's KPI検証シート headed `策定時（H30）` | `直近値` | `目標値（R7）`, the
  latest value printed with its own year (`1,284（R5）`, a statistic a year behind `312（R4）`), bare numbers with a
  `単位` column, and a `傾向` column of trend arrows `↗` / `→` / `↘` (progress, no value);
- 172: (a Word .docx printed by Writer) a town's revised 総合戦略 KPI tables marking new indicators `【新】` before
  the name and an indicator listed again under a second goal `（再掲）` after it (markers, no part of the name);
- 173: (openpyxl .xlsx printed by Calc) a village's KPI進捗管理表: `実績値` merged over `R3 R4 R5`, then a `累計`
  column over `（R3～R5）` (the three years' total), `―` where a total means nothing (a rate);
- 174: (an HTML page printed by Writer/Web) a town's 効果検証 page whose value cells say "not reported" as a
  katakana `ー` or an ASCII `-`, and an `増減` column computed from two years (`皆増`, `+12`, `▲3`: no value);
- 175: (a Word .docx printed by Writer) a city's single KPI table in which each goal is a band row spanning the
  table and the header row is printed again under every band (mid-table, no page break);
- 176: (openpyxl .xlsx printed by Calc) a prefecture's 数値目標 sheet: per indicator a `実績` row and a `達成率` row
  in a `区分` column under the name merged down, years `R3 R4 R5` across, `目標値（R7）` and `所管部局` merged down
  (the rate row is progress, never a value).
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from tests.layouts_calc_writer import convert_html, html_table_rows
from tests.layouts_clerks import _cell, _para
from tests.layouts_genre import build
from tests.layouts_producers import _print_book, _workbook
from tests.layouts_structures import _header_cells, _ruled
from tests.layouts_towns import _print_docx, _word_table, word_table_rows

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


# --- 171: 策定時 / 直近値 headers and trend arrows -------------------------------------------------------------------


def latest_value_trend_arrows(path: Path) -> Path:
    """171: `策定時（H30）` | `直近値` (each value with its own year) | `目標値（R7）` | `傾向` (`↗ → ↘`)."""
    from openpyxl.styles import Alignment

    header = ["No.", "指標名", "単位", "策定時（H30）", "直近値", "目標値（R7）", "傾向", "担当課"]
    rows = [[1, "市内事業所の従業者数", "人", 41250, "42,018（R5）", 43000, "↗", "商工労働課"],
            [2, "製造品出荷額等", "億円", 2864, "2,790（R4）", 3000, "↘", "商工労働課"],
            [3, "観光入込客数", "千人", 1284, "1,102（R5）", 1500, "↘", "観光課"],
            [4, "移住相談件数", "件", 86, "154（R5）", 150, "↗", "企画課"],
            [5, "市民の定住意向の割合", "％", 78.2, "78.5（R5）", 80.0, "→", "企画課"]]
    book = _workbook("湖南台市　総合戦略　KPI検証シート（令和５年度）", header, rows, [5, 30, 7, 12, 14, 12, 7, 13],
                     formats={3: "#,##0", 5: "#,##0"}, caption="基本目標１　しごとをつくり、ひとを呼び込む")
    sheet = book.active
    for column in (4, 6):
        sheet.cell(row=8, column=column).number_format = "0.0"
    for r in range(4, 9):
        sheet.cell(row=r, column=5).alignment = Alignment(horizontal="right", vertical="center")
        sheet.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="center")
    sheet.cell(row=10, column=2, value="※傾向：↗ 策定時より改善　→ 横ばい　↘ 策定時より悪化")
    sheet.print_area = "A1:H10"
    _print_book(book, path.stem, path)
    return path


# --- 172: 【新】 and （再掲） markers on names ---------------------------------------------------------------------------


def new_and_reprint_marks(path: Path) -> Path:
    """172: `【新】` before a new indicator's name, `（再掲）` after an indicator listed again under another goal."""
    widths = [4000, 1700, 1700, 1900]
    header = ["指標名", "基準値（R5）", "目標値（R11）", "担当課"]
    body = _para("風早町　第３期総合戦略（改訂版）　重要業績評価指標（KPI）", 28, bold=True) + _para("")
    body += _para("基本目標１　町の産業を育て、働く場をつくる", 24, bold=True)
    body += _word_table(widths, header, [("町内での創業件数", "5件", "10件", "産業振興課"),
                                         ("【新】町内企業のテレワーク導入事業所数", "3事業所", "15事業所", "産業振興課"),
                                         ("ふるさと納税の寄附件数", "2,480件", "4,000件", "企画財政課")], (1, 2))
    body += _para("")
    body += _para("基本目標２　町への新しいひとの流れをつくる", 24, bold=True)
    body += _word_table(widths, header, [("移住相談件数", "64件", "100件", "企画財政課"),
                                         ("【新】お試し住宅の利用者数", "22人", "60人", "企画財政課"),
                                         ("ふるさと納税の寄附件数（再掲）", "2,480件", "4,000件", "企画財政課")], (1, 2))
    body += _para("※【新】は今回の改訂で追加した指標、（再掲）は他の基本目標に掲げた指標です。", 18)
    return _print_docx(body, path)


# --- 173: a cumulative column beside yearly actuals -----------------------------------------------------------------


def cumulative_beside_actuals(path: Path) -> Path:
    """173: `実績値` over `R3 R4 R5`, `累計` over `（R3～R5）` (their total; `―` for a rate), `目標値（R7）`."""
    from openpyxl.styles import Alignment

    rows = [[1, "新規就農者数", "人", 2, 3, 1, 4, 8, 12, "産業課"],
            [2, "移住者数", "人", 14, 18, 22, 17, 57, 100, "企画課"],
            [3, "空き家バンクの成約件数", "件", 3, 5, 4, 6, 15, 25, "企画課"],
            [4, "特定健診の受診率", "％", 41.2, 43.5, 44.8, 46.1, "―", 50.0, "保健福祉課"]]
    header = ["No.", "指標名", "単位", "基準値", "実績値", "", "", "累計", "目標値", "担当課"]
    book = _workbook("美笹村　第２期総合戦略　KPI進捗管理表", header, rows, [5, 28, 6, 9, 8, 8, 8, 10, 9, 12],
                     formats={c: "#,##0" for c in range(3, 9)}, caption="基本目標１　村で働き、村に住む人を増やす")
    sheet = book.active
    sheet.insert_rows(4)
    for column, text in zip(range(4, 10), ("（R2）", "R3", "R4", "R5", "（R3～R5）", "（R7）"), strict=True):
        sheet.cell(row=4, column=column, value=text)
    _header_cells(sheet, "A3:J4")
    _ruled(sheet, "A3:J4")
    for letter in "ABCJ":
        sheet.merge_cells(f"{letter}3:{letter}4")
    sheet.merge_cells("E3:G3")
    for column in (4, 5, 6, 7, 9):
        sheet.cell(row=8, column=column).number_format = "0.0"
    sheet.cell(row=8, column=8).alignment = Alignment(horizontal="right", vertical="center")
    sheet.cell(row=10, column=2, value="※累計は令和３年度から令和５年度までの合計です。")
    sheet.print_title_rows = "3:4"
    sheet.print_area = "A1:J10"
    _print_book(book, path.stem, path)
    return path


# --- 174: not reported as ー or -, a 増減 column with 皆増 ------------------------------------------------------------


def dash_variants_change_words(path: Path) -> Path:
    """174: value cells `ー` (katakana) and `-` (ASCII) for "not reported", an `増減` column (`皆増`, `+12`, `▲3`)."""
    header = ["指標名", "R4実績", "R5実績", "増減", "目標値（R7）", "担当課"]
    rows = [("地域おこし協力隊の隊員数", "4人", "6人", "+2", "8人", "まちづくり課"),
            ("サテライトオフィスの開設数", "0件", "2件", "皆増", "5件", "まちづくり課"),
            ("町営住宅の入居率", "88.5%", "ー", "ー", "95.0%", "建設課"),
            ("移住体験ツアーの参加者数", "15人", "12人", "▲3", "30人", "まちづくり課"),
            ("町民の幸福度", "-", "6.8点", "-", "7.5点", "総務課")]
    cells = html_table_rows(header, rows, lambda i: 0 < i < 5)
    html = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>効果検証</title></head>'
            '<body style="font-family: IPAexGothic"><h2>夕霧町　総合戦略　効果検証シート（令和５年度）</h2>'
            f"<h3>{escape('基本目標２　町とつながる人を増やす')}</h3>"
            "<p>【重要業績評価指標（KPI）】</p>"
            '<table border="1" cellspacing="0" cellpadding="4" width="100%">' + "".join(cells) + "</table>"
            "<p>※「ー」「-」は調査を実施していない年度です。増減は前年度実績との差です。</p></body></html>")
    convert_html(path.stem, html)
    return path


# --- 175: the header printed again under each goal band -----------------------------------------------------------


def _band(text: str, widths: list[int]) -> str:
    """A shaded row of one cell spanning every column (a goal band)."""
    props = (f'<w:tcW w:w="{sum(widths)}" w:type="dxa"/><w:gridSpan w:val="{len(widths)}"/>'
             '<w:shd w:val="clear" w:color="auto" w:fill="FCE4D6"/>')
    return f"<w:tr><w:tc><w:tcPr>{props}</w:tcPr>{_para(text, 20, bold=True)}</w:tc></w:tr>"


def header_repeated_per_goal(path: Path) -> Path:
    """175: one table: a goal band, the header, rows; the next band, the header again, rows (no page break)."""
    widths = [3500, 1500, 1500, 1500, 1600]
    header = ["指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課"]
    goals = [("基本目標１　安心して子どもを産み育てられるまちをつくる",
              [("年間出生数", "1,284人", "1,206人", "1,300人", "こども未来課"),
               ("保育所等の待機児童数", "23人", "4人", "0人", "保育課"),
               ("子育て支援拠点の利用者数", "38,420人", "41,905人", "45,000人", "こども未来課")]),
             ("基本目標２　健康で生きがいをもって暮らせるまちをつくる",
              [("特定健診の受診率", "36.8%", "40.2%", "60.0%", "健康増進課"),
               ("シルバー人材センターの会員数", "1,120人", "1,064人", "1,200人", "高齢福祉課")])]
    heading = "<w:tr>" + "".join(_cell(h, w, align="center", shade=True) for h, w in zip(header, widths, strict=True)) + "</w:tr>"
    lines: list[str] = []
    for goal, rows in goals:
        lines += [_band(goal, widths), heading]
        lines += ["<w:tr>" + "".join(_cell(text, w, align="right" if c in (1, 2, 3) else "")
                                     for c, (text, w) in enumerate(zip(row, widths, strict=True))) + "</w:tr>"
                  for row in rows]
    body = _para("朝凪市　第２期総合戦略　重要業績評価指標（KPI）の達成状況", 28, bold=True) + _para("")
    body += word_table_rows(widths, lines)
    return _print_docx(body, path)


# --- 176: 実績 and 達成率 rows of one indicator ----------------------------------------------------------------------


def actual_rate_row_pairs(path: Path) -> Path:
    """176: per indicator a `実績` row and a `達成率` row under the name merged down, `R3 R4 R5` across."""
    from openpyxl.styles import Alignment

    data = [("県内総生産（名目）", "億円", (48210, 49050, 49880), ("96.4%", "98.1%", "99.8%"), 50000, "政策企画部"),
            ("県外からの移住者数", "人", (1184, 1352, 1497), ("59.2%", "67.6%", "74.9%"), 2000, "地域振興部"),
            ("延べ宿泊者数", "千人", (3120, 3844, 4210), ("69.3%", "85.4%", "93.6%"), 4500, "観光文化部")]
    header = ["No.", "指標名", "単位", "区分", "R3", "R4", "R5", "目標値（R7）", "所管部局"]
    rows: list[list[object]] = []
    for n, (name, unit, actuals, rates, target, department) in enumerate(data, 1):
        rows.append([n, name, unit, "実績", *actuals, target, department])
        rows.append([n, name, unit, "達成率", *rates, target, department])
    book = _workbook("青嶺県　第２期総合戦略　数値目標の達成状況", header, rows, [5, 26, 7, 8, 10, 10, 10, 12, 12],
                     formats={c: "#,##0" for c in (4, 5, 6, 7)}, merge_down=(0, 1, 2, 7, 8),
                     caption="基本目標Ⅰ　県内に安定した雇用を創出する")
    sheet = book.active
    for r in range(4, 4 + len(rows)):
        for column in (1, 2, 3, 8, 9):
            sheet.cell(row=r, column=column).alignment = Alignment(vertical="center", wrap_text=True,
                                                                   horizontal="right" if column == 8 else None)
        for column in (5, 6, 7):
            sheet.cell(row=r, column=column).alignment = Alignment(horizontal="right", vertical="center")
    sheet.cell(row=len(rows) + 5, column=2, value="※達成率＝実績値÷目標値（R7）")
    sheet.print_area = f"A1:I{len(rows) + 5}"
    _print_book(book, path.stem, path)
    return path


BUILDERS = {"171_pdf_xlsx_latest_value_trend_arrows": latest_value_trend_arrows,
            "172_pdf_docx_new_reprint_name_marks": new_and_reprint_marks,
            "173_pdf_xlsx_cumulative_beside_actuals": cumulative_beside_actuals,
            "174_pdf_html_dash_variants_change_words": dash_variants_change_words,
            "175_pdf_docx_header_repeated_per_goal": header_repeated_per_goal,
            "176_pdf_xlsx_actual_rate_row_pairs": actual_rate_row_pairs}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(BUILDERS, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
