# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 153-158 of tests/fixtures/layouts/ (`python -m tests.layouts_councils [numbers]`).

Habits of other municipalities' KPI documents that 01-152 do not show, each printed by a real producer (needs
`soffice`, openpyxl and fonts-ipaexfont; the PDFs are committed and CI only reads them). This script writes only its
own files. Content invented (fictional municipalities, every name and number made up):
- 153: (a Word .docx printed by Writer) a city's KPI table whose name cell holds the name and, in smaller text on the
  line under it, its definition `（算出方法：受診者数÷対象者数×100）`, with a `出典` column of statistics names;
- 154: (openpyxl .xlsx printed by Calc) a town's KPI sheet of kanji-mixed amounts as text cells: `1億2,300万円`,
  `12万3千人`, `6万4,500冊`, `2億円` beside plain `3,210人`;
- 155: (a Word .docx printed by Writer) a village's KPI table: the baseline year in the header (`基準値（R5）`), a
  plain `目標値` header and each row's target year in a `目標年度` column (`令和8年度`, `令和12年度`);
- 156: (a Word .docx printed by Writer) a city's 数値目標 table: a `基本目標` cell merged down over its indicators,
  the goal a long sentence wrapped over three or more lines of a narrow column;
- 157: (openpyxl .xlsx printed by Calc) a city's 効果検証シート: `基準値（R元）`, `実績値（R4）`/`（R5）`, a
  `前年度比` ratio column (`104.2%`), a `達成率` column and an A-D `評価`, the grade legend on lines under the table;
- 158: (a Word .docx printed by Writer) a town's KPI table with narrow year columns headed in vertical text
  (`令和元年度` … `令和４年度`, 縦書き) beside a horizontal `目標値（令和７年度）`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.layouts_clerks import _cell, _para, _run
from tests.layouts_genre import build
from tests.layouts_producers import _print_book, _workbook
from tests.layouts_towns import _print_docx, _word_table, word_table_rows

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _header_row(cells: list[str]) -> str:
    return "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(cells) + "</w:tr>"


# --- 153: the name's definition in smaller text, a 出典 column ------------------------------------------------------


def _defined_name_cell(name: str, definition: str, width: int) -> str:
    """A name cell: the name at 9pt, its definition at 7pt on the paragraph under it."""
    small = f"<w:p>{_run(definition, 14)}</w:p>"
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
            f"{_para(name, 18)}{small}</w:tc>")


def formula_source_table(path: Path) -> Path:
    """153: `指標名` cells printing the name over `（算出方法：…）` in smaller text; a `出典` column."""
    widths = [3500, 1350, 1350, 2000, 1400]
    header = ["指標名", "基準値（R4）", "目標値（R10）", "出典", "担当課"]
    rows = [("市内の年間出生数", "（算出方法：人口動態統計による１月～１２月の出生数）", "412人", "450人", "人口動態統計", "子育て支援課"),
            ("特定健康診査の受診率", "（算出方法：受診者数÷対象者数×100）", "36.8%", "60.0%", "特定健診法定報告", "健康づくり課"),
            ("市民一人当たりのごみ排出量", "（算出方法：年間ごみ総排出量÷人口÷365日）", "892g", "850g", "一般廃棄物処理実態調査", "環境課"),
            ("地域活動に参加している市民の割合", "（算出方法：市民意識調査で「参加している」と答えた人の割合）", "24.5%", "35.0%", "市民意識調査", "市民協働課")]
    lines = [_header_row([_cell(h, w, align="center", shade=True) for h, w in zip(header, widths, strict=True)])]
    for name, definition, *cells in rows:
        lines.append("<w:tr>" + _defined_name_cell(name, definition, widths[0]) + "".join(
            _cell(text, w, align="right" if c < 2 else "") for c, (text, w) in enumerate(zip(cells, widths[1:], strict=True)))
            + "</w:tr>")
    body = _para("朝霧野市　第２期総合戦略　重要業績評価指標（KPI）", 28, bold=True) + _para("")
    body += _para("基本目標３　健康で安心して暮らせるまちをつくる", 22, bold=True)
    body += word_table_rows(widths, lines)
    body += _para("※出典欄は、数値の根拠とする統計・調査の名称です。", 18)
    return _print_docx(body, path)


# --- 154: kanji-mixed amounts ------------------------------------------------------------------------------------


def kanji_mixed_amounts(path: Path) -> Path:
    """154: text cells `1億2,300万円`, `12万3千人`, `6万4,500冊` beside plain `3,210人`."""
    from openpyxl.styles import Alignment

    header = ["No.", "指標名", "基準値（R4）", "実績値（R5）", "目標値（R9）", "担当課"]
    rows = [[1, "ふるさと納税の寄附額", "1億2,300万円", "1億5,860万円", "2億円", "企画課"],
            [2, "観光入込客数", "12万3千人", "13万8千人", "15万人", "商工観光課"],
            [3, "農産物直売所の販売額", "8,450万円", "9,120万円", "1億円", "農林課"],
            [4, "町内事業所の従業者数", "3,210人", "3,185人", "3,300人", "商工観光課"],
            [5, "図書館の年間貸出冊数", "6万2千冊", "6万4,500冊", "7万冊", "生涯学習課"]]
    book = _workbook("藤見川町　第２期総合戦略　KPI進捗管理表", header, rows, [5, 30, 14, 14, 14, 13], formats={},
                     caption="基本目標１　地域の稼ぐ力を高める")
    sheet = book.active
    for r in range(4, 4 + len(rows)):
        for column in (3, 4, 5):
            sheet.cell(row=r, column=column).alignment = Alignment(horizontal="right", vertical="center")
    sheet.page_setup.orientation = "portrait"
    _print_book(book, path.stem, path)
    return path


# --- 155: the target year per row --------------------------------------------------------------------------------


def target_year_column(path: Path) -> Path:
    """155: `基準値（R5）` dated in the header, `目標値` undated, each row's year in a `目標年度` column."""
    widths = [3600, 1500, 1300, 1500, 1700]
    header = ["指標名", "基準値（R5）", "目標値", "目標年度", "担当課"]
    rows = [("村営住宅の入居率", "82.5%", "95.0%", "令和8年度", "建設課"),
            ("地域おこし協力隊員の定着者数（累計）", "4人", "10人", "令和10年度", "企画課"),
            ("小中学校の児童生徒数", "186人", "180人", "令和12年度", "教育課"),
            ("村内の新規就農者数", "1人", "3人", "令和8年度", "産業振興課")]
    body = _para("風越村　第３期総合戦略　重要業績評価指標（KPI）", 28, bold=True) + _para("")
    body += _para("基本目標２　村で暮らし続けられる環境をつくる", 22, bold=True)
    body += _word_table(widths, header, rows, (1, 2))
    body += _para("※目標年度は、指標ごとに設定しています。", 18)
    return _print_docx(body, path)


# --- 156: a goal sentence merged down on the left ----------------------------------------------------------------


def goal_sentence_merged_left(path: Path) -> Path:
    """156: a 数値目標 table, each `基本目標` cell a long sentence merged down over its indicators' rows."""
    widths = [2600, 3400, 1800, 1800]
    header = ["基本目標", "数値目標", "基準値（R1）", "目標値（R7）"]
    goals = [("基本目標１　若い世代が安心して結婚・出産・子育てができ、子どもが健やかに育つまちをつくる",
              [("合計特殊出生率", "1.38", "1.50"), ("年間出生数", "540人", "560人")]),
             ("基本目標２　地域の資源を生かした産業を育て、若者が市内で働き続けられる雇用の場をつくる",
              [("市内事業所の従業者数", "41,200人", "42,000人"), ("若年層の転出超過数", "285人", "150人")])]
    lines = [_header_row([_cell(h, w, align="center", shade=True) for h, w in zip(header, widths, strict=True)])]
    for goal, rows in goals:
        for i, row in enumerate(rows):
            goal_cell = _cell(goal if i == 0 else "", widths[0], merge="restart" if i == 0 else "continue")
            lines.append("<w:tr>" + goal_cell + "".join(
                _cell(text, w, align="right" if c else "") for c, (text, w) in enumerate(zip(row, widths[1:], strict=True)))
                + "</w:tr>")
    body = _para("瀬戸浦市　第２期まち・ひと・しごと創生総合戦略", 28, bold=True) + _para("")
    body += _para("各基本目標の数値目標", 22, bold=True)
    body += word_table_rows(widths, lines)
    return _print_docx(body, path)


# --- 157: a 前年度比 ratio, 達成率, A-D grades and their legend ------------------------------------------------------


def ratio_change_grade_legend(path: Path) -> Path:
    """157: `基準値（R元）`, two actual years, a `前年度比` ratio, `達成率` and `評価`, the legend on lines below."""
    from openpyxl.styles import Alignment, Font

    header = ["No.", "指標名", "単位", "基準値\n（R元）", "実績値\n（R4）", "実績値\n（R5）", "前年度比", "目標値\n（R7）",
              "達成率", "評価"]
    data = [[1, "子育て世帯の転入者数", "人", 214, 236, 246, 1.042, 280, 0.879, "B"],
            [2, "放課後児童クラブの定員数", "人", 420, 480, 520, 1.083, 520, 1.0, "A"],
            [3, "乳幼児健診の受診率", "％", 94.1, 95.6, 96.8, 1.013, 98.0, 0.988, "B"],
            [4, "子育て支援アプリの登録者数", "人", 1250, 2840, 2610, 0.919, 4000, 0.653, "C"],
            [5, "病児保育の利用日数", "日", 380, 512, 598, 1.168, 600, 0.997, "B"]]
    book = _workbook("北斗原市　総合戦略　効果検証シート（令和５年度実績）", header, data, [4, 28, 6, 9, 9, 9, 9, 9, 8, 5],
                     formats={3: "#,##0", 4: "#,##0", 5: "#,##0", 6: "0.0%", 7: "#,##0", 8: "0.0%"},
                     caption="基本目標３　子育てしやすいまちをつくる", header_height=34)
    sheet = book.active
    for r, row in enumerate(data, 4):
        if isinstance(row[3], float):
            for column in (4, 5, 6, 8):
                sheet.cell(row=r, column=column).number_format = "0.0"
        sheet.cell(row=r, column=10).alignment = Alignment(horizontal="center", vertical="center")
    legend = ["【評価の基準】",
              "A：目標を達成した（達成率100%以上）",
              "B：おおむね順調に推移している（達成率80%以上100%未満）",
              "C：やや遅れている（達成率50%以上80%未満）",
              "D：遅れている（達成率50%未満）",
              "※前年度比は、実績値（R5）÷実績値（R4）"]
    end = 4 + len(data) + 1
    for i, text in enumerate(legend):
        sheet.cell(row=end + i, column=2, value=text).font = Font(name="IPAexGothic", size=8)
    sheet.print_area = f"A1:J{end + len(legend) - 1}"
    _print_book(book, path.stem, path)
    return path


# --- 158: vertical year headers in narrow columns ----------------------------------------------------------------


def vertical_year_headers(path: Path) -> Path:
    """158: narrow year columns headed `令和元年度` … `令和４年度` in vertical text, the target header horizontal."""
    widths = [2700, 1050, 1050, 1050, 1050, 1500, 1200]
    header = ["指標名", "令和元年度", "令和２年度", "令和３年度", "令和４年度", "目標値\n（令和７年度）", "担当課"]
    rows = [("町民体育館の利用者数", "18,420人", "9,860人", "12,305人", "15,740人", "20,000人", "生涯学習課"),
            ("健康ポイント事業の参加者数", "312人", "280人", "356人", "421人", "600人", "健康福祉課"),
            ("町公式SNSのフォロワー数", "1,050人", "1,620人", "2,310人", "2,980人", "4,000人", "総務課")]
    cells = [_cell(h, w, align="center", shade=True, vertical=0 < c < 5)
             for c, (h, w) in enumerate(zip(header, widths, strict=True))]
    head = "<w:tr><w:trPr><w:tblHeader/><w:trHeight w:val=\"1300\"/></w:trPr>" + "".join(cells) + "</w:tr>"
    lines = [head] + ["<w:tr>" + "".join(_cell(text, w, align="right" if 0 < c < 6 else "")
                                         for c, (text, w) in enumerate(zip(row, widths, strict=True))) + "</w:tr>"
                      for row in rows]
    body = _para("宮ノ森町　総合戦略　KPIの推移", 28, bold=True) + _para("")
    body += _para("基本目標３　元気で健やかに暮らせるまちをつくる", 22, bold=True)
    body += _para("各年度の数値は実績値です。", 18)
    body += word_table_rows(widths, lines)
    return _print_docx(body, path)


BUILDERS = {"153_pdf_docx_formula_in_name_source_column": formula_source_table,
            "154_pdf_xlsx_kanji_mixed_amounts": kanji_mixed_amounts,
            "155_pdf_docx_target_year_per_row": target_year_column,
            "156_pdf_docx_goal_sentence_merged_left": goal_sentence_merged_left,
            "157_pdf_xlsx_ratio_change_grade_legend": ratio_change_grade_legend,
            "158_pdf_docx_vertical_year_headers": vertical_year_headers}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(BUILDERS, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
