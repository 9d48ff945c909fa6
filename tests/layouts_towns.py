# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 141-146 of tests/fixtures/layouts/ (`python -m tests.layouts_towns [numbers]`).

Habits of other towns' KPI documents that 01-140 do not show, each printed by a real producer (needs `soffice`,
openpyxl and fonts-ipaexfont; the PDFs are committed and CI only reads them). This script writes only its own
files. Content invented (fictional municipalities, every name and number made up):
- 141: (a Word .docx printed by Writer) a town's KGI・KPI list: per goal a table whose first row is the goal's
  `KGI：name` and the rows under it `KPI①　name`, `KPI②　name`…; `△38人`, `1.8億円`, `2組`;
- 142: (openpyxl .xlsx printed by Calc) a city's 効果検証シート: negative values in `#,##0;"▲"#,##0` (`▲124`),
  a `前年度比` column signed `+26` / `▲11`, a `達成率` column (`78.3%`, `―`) and an A-D `評価` beside the values;
- 143: (HTML printed by Writer/Web) a town's KPI table of value habits: `約72%（R4）`, a rank `県内8位（R5）` and
  `県内5位以内`, `5か所（R5）`, a fraction `1/3（R4）` and `1/2以上`, a range `80～90%`, `年約120件（R5）`;
- 144: (openpyxl .xlsx printed by Calc) a village's yearly targets: `目標値` merged over `R7 R8 R9 R10` (a target
  per year) beside `基準値（R5）`, bare numbers with a `単位` column;
- 145: (an Impress deck) a town's KPI slides: one KPI per text box in a grid, each box its name over
  `現状値　3,120人（R5）` and `目標値　3,500人（R11）`;
- 146: (a Word .docx printed by Writer) a city's 成果指標 tables: one cell holding both figures on two lines,
  `現状：3,420事業所（R3）` over `目標：3,500事業所（R10）`, under a header `現状値・目標値`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.layouts_calc_writer import convert_html, html_kpi_page, html_table_rows
from tests.layouts_clerks import _cell, _docx, _para
from tests.layouts_genre import build
from tests.layouts_producers import (
    FONT,
    _deck,
    _footer,
    _frame,
    _print_book,
    _rect,
    _soffice,
    _span,
    _workbook,
)

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"

_BORDERS = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                   for side in ("top", "left", "bottom", "right", "insideH", "insideV"))


def word_table_rows(widths: list[int], rows: list[str]) -> str:
    """A ruled Word table of ready-made `w:tr` rows (a header row marked `w:tblHeader` repeats on every page)."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{_BORDERS}</w:tblBorders>'
            f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


def _word_table(widths: list[int], header: list[str], rows: list[tuple[str, ...]], right: tuple[int, ...]) -> str:
    """A ruled Word table, its shaded header repeated on every page; `right`: right-aligned columns."""
    lines = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(
        _cell(h, w, align="center", shade=True) for h, w in zip(header, widths, strict=True)) + "</w:tr>"]
    lines += ["<w:tr>" + "".join(_cell(text, w, align="right" if c in right else "")
                                 for c, (text, w) in enumerate(zip(row, widths, strict=True))) + "</w:tr>"
              for row in rows]
    return word_table_rows(widths, lines)


def _print_docx(body: str, path: Path) -> Path:
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / f"{path.stem}.docx"
        _docx(body, source)
        _soffice(source, Path(work)).replace(path)
    return path


# --- 141: KGI over KPIs ------------------------------------------------------------------------------------------


def kgi_kpi_rows(path: Path) -> Path:
    """141: per goal a Word table, the goal's `KGI：name` row over its `KPI①　name` rows."""
    widths = [4300, 1600, 1600, 1800]
    header = ["指標", "現状値（R5）", "目標値（R11）", "担当課"]
    goals = [("基本目標１　結婚・出産・子育ての希望をかなえる",
              [("KGI：年間出生数", "62人", "70人", "子育て支援課"),
               ("KPI①　子育て支援センターの利用者数", "4,310人", "5,000人", "子育て支援課"),
               ("KPI②　保育所の待機児童数", "3人", "0人", "子育て支援課"),
               ("KPI③　婚活イベントでの成婚数", "2組", "5組", "企画課")]),
             ("基本目標２　町の魅力を高め、人を呼び込む",
              [("KGI：社会増減数", "△38人", "0人", "企画課"),
               ("KPI①　移住相談件数", "54件", "100件", "企画課"),
               ("KPI②　ふるさと納税の寄附額", "1.8億円", "3億円", "商工観光課")])]
    body = _para("柏木町　第３期総合戦略　KGI・KPI一覧", 28, bold=True) + _para("")
    body += _para("基本目標ごとに、目標の達成度を測る指標（KGI）と施策の成果を測る指標（KPI）を定めます。", 20)
    for goal, rows in goals:
        body += _para("") + _para(goal, 22, bold=True) + _word_table(widths, header, rows, (1, 2))
    return _print_docx(body, path)


# --- 142: ▲ values, a 前年度比 column, 達成率 and 評価 -------------------------------------------------------------


def triangle_change_sheet(path: Path) -> Path:
    """142: a 効果検証シート: `▲` negative numbers, a signed `前年度比`, `達成率` and an A-D `評価` beside the values."""
    from openpyxl.styles import Alignment

    header = ["No.", "指標名", "単位", "基準値\n（H30）", "実績値\n（R4）", "実績値\n（R5）", "前年度比", "目標値\n（R6）",
              "達成率", "評価", "担当課"]
    data = [[1, "社会増減数", "人", -124, -61, -35, 26, 0, "―", "B", "企画課"],
            [2, "観光入込客数", "千人", 812, 640, 705, 65, 900, 0.783, "C", "観光課"],
            [3, "移住相談件数", "件", 96, 142, 131, -11, 150, 0.873, "B", "企画課"],
            [4, "宿泊者数", "千人", 96.5, 71.2, 84.9, 13.7, 110.0, 0.772, "C", "観光課"],
            [5, "空き家バンク登録件数", "件", 18, 35, 32, -3, 40, 0.800, "B", "都市整備課"]]
    whole, tenth = '#,##0;"▲"#,##0', '#,##0.0;"▲"#,##0.0'
    book = _workbook("朝日ヶ浦市　総合戦略　効果検証シート（令和５年度）", header, data,
                     [4, 26, 6, 9, 9, 9, 9, 9, 8, 5, 11],
                     formats={3: whole, 4: whole, 5: whole, 6: '+#,##0;"▲"#,##0', 7: whole, 8: "0.0%"},
                     caption="基本目標２　交流と移住を広げる", header_height=34,
                     note="評価　A：達成　B：概ね順調（80%以上）　C：遅れ（50%以上80%未満）　D：大幅な遅れ（50%未満）"
                          "　※前年度比は実績値（R5）と実績値（R4）の差")
    sheet = book.active
    for r, row in enumerate(data, 4):
        if isinstance(row[3], float):
            for column in (4, 5, 6, 8):
                sheet.cell(row=r, column=column).number_format = tenth
            sheet.cell(row=r, column=7).number_format = '+#,##0.0;"▲"#,##0.0'
        sheet.cell(row=r, column=10).alignment = Alignment(horizontal="center", vertical="center")
    _print_book(book, path.stem, path)
    return path


# --- 143: value habits in an HTML table --------------------------------------------------------------------------


def value_habits_page(path: Path) -> Path:
    """143: `約72%（R4）`, `県内8位（R5）` / `県内5位以内`, `5か所（R5）`, `1/3（R4）` / `1/2以上`, `80～90%`, `年約120件`."""

    header = ["指標名", "現状値", "目標値（R9）", "担当課"]
    rows = [("自主防災組織の組織率", "約72%（R4）", "90%以上", "危機管理課"),
            ("住みよさランキングの順位", "県内8位（R5）", "県内5位以内", "企画課"),
            ("指定避難所の数", "5か所（R5）", "8か所", "危機管理課"),
            ("特定保健指導を受けた人の割合", "1/3（R4）", "1/2以上", "健康推進課"),
            ("防犯灯のLED化率", "64.5%（R4）", "80～90%", "都市整備課"),
            ("交通事故の発生件数", "年約120件（R5）", "100件以下", "危機管理課")]
    cells = html_table_rows(header, rows, lambda i: i in (1, 2))
    html = html_kpi_page("三津浜町　第２期総合戦略　重要業績評価指標（KPI）", "基本目標３　安全で住みよいまちをつくる", cells,
                         "※現状値の括弧内は、その数値の年度を示します。")
    convert_html(path.stem, html)
    return path


# --- 144: a target per year under one merged 目標値 ----------------------------------------------------------------


def yearly_targets_sheet(path: Path) -> Path:
    """144: `目標値` merged over `R7 R8 R9 R10` beside `基準値（R5）`; a `単位` column and bare numbers."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    book = _workbook("若狭原村　第３期総合戦略　KPI年次目標", ["No.", "指標名", "単位", "基準値\n（R5）", "目標値", "", "", "",
                                                      "担当課"],
                     [[1, "新規就農者数", "人", 3, 4, 4, 5, 5, "農林課"],
                      [2, "村営宿泊施設の利用者数", "人", 6820, 7000, 7300, 7600, 8000, "観光課"],
                      [3, "移住者数", "人", 12, 15, 15, 18, 20, "企画課"],
                      [4, "特産品の販売額", "千円", 24500, 26000, 27000, 28500, 30000, "産業振興課"],
                      [5, "健康診査の受診率", "％", 41.2, 45.0, 48.0, 52.0, 55.0, "住民課"]],
                     [4, 28, 6, 10, 9, 9, 9, 9, 11], formats={c: "#,##0" for c in range(3, 8)},
                     caption="基本目標１　村の産業と暮らしを支える")
    sheet = book.active
    sheet.insert_rows(4)
    thin = Side(style="thin", color="808080")
    for column in range(1, 10):
        cell = sheet.cell(row=4, column=column)
        cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.font = Font(name=FONT, size=9, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for column, year in zip(range(5, 9), ("R7", "R8", "R9", "R10"), strict=True):
        sheet.cell(row=4, column=column, value=year)
    for column in (1, 2, 3, 4, 9):
        letter = "ABCDEFGHI"[column - 1]
        sheet.merge_cells(f"{letter}3:{letter}4")
    sheet.merge_cells("E3:H3")
    for column in range(4, 9):
        sheet.cell(row=9, column=column).number_format = "0.0"
    sheet.print_title_rows = "3:4"
    sheet.print_area = "A1:I11"
    _print_book(book, path.stem, path)
    return path


# --- 145: one KPI per text box ----------------------------------------------------------------------------------


def kpi_box_deck(path: Path) -> Path:
    """145: Impress slides, one KPI per box in a grid: the name over `現状値　a（R5）` and `目標値　b（R11）`."""
    meeting = "浜風町総合戦略推進委員会　資料３"

    def slide(number: int, goal: str, boxes: list[tuple[str, str, str]]) -> str:
        body = _rect(0, 0.8, 33.867, 2.2, _span(goal, "title"), "band")
        body += _frame(1.2, 3.3, 20, 1.0, _span("重要業績評価指標（KPI）", "body"))
        for i, (name, baseline, target) in enumerate(boxes):
            x, y = 1.2 + (i % 2) * 16, 4.6 + (i // 2) * 6.2
            body += _rect(x, y, 15, 5.4, _span(name, "big", "centre") + _span(f"現状値　{baseline}", "body", "centre")
                          + _span(f"目標値　{target}", "body", "centre"), "box")
        return body + _footer(number, meeting)

    slides = [
        slide(1, "基本目標１　地域の仕事をつくる",
              [("町内の従業者数", "3,120人（R5）", "3,500人（R11）"), ("漁業の新規就業者数", "2人（R5）", "5人（R11）"),
               ("道の駅の売上高", "4.2億円（R5）", "5億円（R11）"), ("創業件数", "3件（R5）", "6件（R11）")]),
        slide(2, "基本目標２　訪れたい町をつくる",
              [("観光入込客数", "38.4万人（R5）", "45万人（R11）"), ("宿泊者数", "5.6万人（R5）", "7万人（R11）")]),
    ]
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / f"{path.stem}.fodp"
        source.write_text(_deck(slides), encoding="utf-8")
        _soffice(source, Path(work)).replace(path)
    return path


# --- 146: both figures in one cell, labelled ---------------------------------------------------------------------


def labelled_figures_cell(path: Path) -> Path:
    """146: Word tables whose `現状値・目標値` cell prints `現状：a（year）` over `目標：b（year）`."""
    widths = [3900, 3600, 1700]
    header = ["成果指標", "現状値・目標値", "所管課"]
    measures = [("施策１　地域産業の振興",
                 [("市内事業所数", "現状：3,420事業所（R3）\n目標：3,500事業所（R10）", "商工課"),
                  ("創業支援による創業件数", "現状：年18件（R5）\n目標：年30件（R10）", "商工課"),
                  ("農業産出額", "現状：42.3億円（R4）\n目標：45億円（R10）", "農政課")]),
                ("施策２　健康づくりの推進",
                 [("特定健康診査の受診率", "現状：38.6%（R4）\n目標：60%（R10）", "健康課"),
                  ("運動習慣のある市民の割合", "現状：31.5%（R5）\n目標：40%以上（R10）", "健康課")])]
    body = _para("水無瀬市　第２次総合計画　前期基本計画", 28, bold=True) + _para("")
    body += _para("各施策の成果指標について、現状値と計画期間の最終年度（令和１０年度）の目標値を示します。", 20)
    for measure, rows in measures:
        body += _para("") + _para(measure, 22, bold=True) + _word_table(widths, header, rows, ())
    return _print_docx(body, path)


BUILDERS = {"141_pdf_docx_kgi_over_kpi_rows": kgi_kpi_rows,
            "142_pdf_xlsx_triangle_change_grades": triangle_change_sheet,
            "143_pdf_html_rank_fraction_values": value_habits_page,
            "144_pdf_xlsx_yearly_target_columns": yearly_targets_sheet,
            "145_pdf_impress_kpi_text_boxes": kpi_box_deck,
            "146_pdf_docx_labelled_figures_cell": labelled_figures_cell}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(BUILDERS, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
