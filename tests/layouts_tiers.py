# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 261-264 of tests/fixtures/layouts/ (`python -m tests.layouts_tiers [numbers]`).

Habits of real 総合戦略 / 効果検証 PDFs that 01-256 do not show, drawn with reportlab (264 printed by LibreOffice Calc
from a generated flat ODS: needs `soffice` and fonts-ipaexfont; the PDFs are committed, CI only reads them). This
script writes only its own files. Content invented (fictional municipalities, every name and number made up):
- 261: a 施策体系 sheet of three levels (基本目標 → 基本的方向 → 具体的な施策) whose level numbers stand in narrow
  columns of their own (`1` | text, `(1)` | text, `①` | text), each header spanning its number and text columns,
  every level merged down over its rows (the goal's text wrapped over two lines), several KPI per 施策;
- 262: a KPI table whose target column prints cumulative, yearly and average wording before the figure
  (`5年間累計 30件`, `毎年100件`, `平均45.0%`, `年平均3人`, `R7～R11累計 25,000件`, `5年間平均 55万人`);
- 263: an evaluation table whose narrow columns are headed by text turned 90° (`単位`, `達成度`, reading bottom to
  top), bare numbers with their unit column, a `達成度` column of marks `◎ ○ △ ×` whose legend stands ABOVE the
  table, between the goal heading and the table;
- 264: an Excel-style KPI sheet printed by LibreOffice Calc without print titles: the header row printed once, on
  page 1 only, the goal and 施策 cells merged down over their rows, the second goal's merged cells running across
  the page break: Calc draws a merged cell's text once, at the middle of the merge, clipped by the page edge, so the
  text of a merge the break cuts stands in both pages' text layers (the second goal's text visible on page 2 only,
  its first 施策's cut in half).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from tests.layouts_calc_writer import COVERED, _blank, _calc, _line, _row
from tests.layouts_genre import _table_at, build, build_office
from tests.layouts_office import _sheet_cell
from tests.layouts_pdfs import _pages
from tests.pdf_builders import GOTHIC, Cell, Page

#: 261's levels: (goal number, goal, [(direction number, direction, [(measure mark, measure, [KPI rows])])]).
TIERS = [("1", "地域の産業を育て、\nしごとをつくる",
          [("(1)", "農林業の持続的な発展",
            [("①", "担い手の確保と育成", [("新規就農者数", "3人", "15人", "農林課"),
                                     ("認定農業者数", "52人", "60人", "農林課")]),
             ("②", "農産物の販路拡大", [("直売所の年間売上額", "1.2億円", "1.5億円", "農林課"),
                                    ("農産物の輸出額", "850万円", "2,000万円", "農林課")])]),
           ("(2)", "商工業の振興と創業の支援",
            [("①", "創業の支援", [("創業支援による創業件数", "6件", "10件", "商工観光課"),
                                ("創業塾の受講者数", "18人", "25人", "商工観光課")])])]),
         ("2", "ひとの流れをつくり、\nまちに呼び込む",
          [("(1)", "移住・定住の促進",
            [("①", "移住相談体制の充実", [("移住相談件数", "86件", "150件", "企画課"),
                                     ("移住者数", "42人", "70人", "企画課")]),
             ("②", "住まいの確保", [("空き家バンクの成約件数", "9件", "20件", "建設課")])])])]


def hierarchy_number_columns(path: Path) -> Path:
    """261: three levels, each a narrow number column and a text column, merged down over several KPI per 施策."""
    widths = [18, 110, 24, 110, 18, 100, 160, 60, 60, 66]

    def draw(page: Page) -> None:
        page.text(44, 34, "桐ヶ丘町 第３期総合戦略 施策体系と重要業績評価指標（KPI）", 13)
        cells = [Cell(0, 0, "基本目標", col_span=2), Cell(0, 2, "基本的方向", col_span=2),
                 Cell(0, 4, "具体的な施策", col_span=2), Cell(0, 6, "重要業績評価指標（KPI）"),
                 Cell(0, 7, "基準値（R5）"), Cell(0, 8, "目標値（R11）"), Cell(0, 9, "担当課")]
        row = 1
        for goal_number, goal, directions in TIERS:
            goal_rows = sum(len(kpis) for _, _, measures in directions for _, _, kpis in measures)
            cells += [Cell(row, 0, goal_number, row_span=goal_rows), Cell(row, 1, goal, row_span=goal_rows)]
            for direction_number, direction, measures in directions:
                direction_rows = sum(len(kpis) for _, _, kpis in measures)
                cells += [Cell(row, 2, direction_number, row_span=direction_rows),
                          Cell(row, 3, direction, row_span=direction_rows)]
                for mark, measure, kpis in measures:
                    cells += [Cell(row, 4, mark, row_span=len(kpis)), Cell(row, 5, measure, row_span=len(kpis))]
                    cells += [Cell(row + r, 6 + c, text) for r, kpi in enumerate(kpis) for c, text in enumerate(kpi)]
                    row += len(kpis)
        page.table(44, 64, widths, [22] * row, cells, size=8)
    return _pages(path, landscape(A4), [draw])


def cumulative_average_targets(path: Path) -> Path:
    """262: target cells printing `5年間累計`, `毎年`, `平均`, `年平均`, `R7～R11累計` and `5年間平均` before the figure."""
    def draw(page: Page) -> None:
        page.text(40, 36, "藤見沢市 第３期総合戦略 重要業績評価指標（KPI）一覧", 13)
        page.text(40, 66, "基本目標１　活力ある産業と交流のまちをつくる", 11)
        bottom = _table_at(page, 40, 90, [180, 80, 110, 90],
                           [("指標名", "基準値（R5）", "目標値（R11）", "担当課"),
                            ("創業支援による創業件数", "6件", "5年間累計 30件", "商工課"),
                            ("移住相談件数", "86件", "毎年100件", "企画課"),
                            ("特定健康診査の受診率", "38.2%", "平均45.0%", "健康課"),
                            ("新規就農者数", "2人", "年平均3人", "農政課"),
                            ("ふるさと納税の寄附件数", "4,210件", "R7～R11累計 25,000件", "企画課"),
                            ("観光入込客数", "52.4万人", "5年間平均 55万人", "観光課")], size=9, height=22)
        page.text(40, bottom + 8, "※累計は計画期間（令和７年度～令和11年度）の合計、平均は同期間の各年度の平均です。", 8)
    return _pages(path, A4, [draw])


def _turned(page: Page, x: float, bottom: float, text: str, size: float) -> None:
    """Text turned 90° counter-clockwise in a narrow header cell, its first glyph at the bottom (Excel's 90° text)."""
    canvas = page.canvas
    canvas.saveState()
    canvas.translate(x, page.height - bottom)
    canvas.rotate(90)
    canvas.setFont(GOTHIC, size)
    canvas.drawString(0, 0, text)
    canvas.restoreState()


def turned_headers_mark_legend_above(path: Path) -> Path:
    """263: `単位` and `達成度` headers turned 90° in narrow columns, `◎○△×` marks, their legend above the table."""
    widths = [176, 36, 62, 62, 62, 26, 80]

    def draw(page: Page) -> None:
        page.text(40, 36, "水無瀬町 総合戦略 令和５年度 効果検証結果", 13)
        page.text(40, 66, "基本目標３　健やかで安心して暮らせるまちをつくる", 11)
        page.text(40, 90, "【達成度】　◎：目標値を達成　○：達成率80%以上　△：達成率50%以上80%未満　×：達成率50%未満", 8)
        header = ("指標名", "", "基準値（R1）", "実績値（R5）", "目標値（R7）", "", "担当課")
        rows = [("特定健康診査の受診率", "%", "36.5", "44.8", "45.0", "○", "健康推進課"),
                ("がん検診の受診者数", "人", "2,140", "2,610", "2,500", "◎", "健康推進課"),
                ("介護予防教室の参加者数", "人", "620", "410", "900", "△", "福祉課"),
                ("見守り協力事業所数", "事業所", "24", "31", "30", "◎", "福祉課"),
                ("自主防災組織の結成率", "%", "71.0", "72.5", "90.0", "○", "総務課"),
                ("避難訓練の参加者数", "人", "1,850", "640", "2,000", "×", "総務課")]
        top, heights = 110, [46] + [22] * len(rows)
        cells = [Cell(r, c, text) for r, row in enumerate([header, *rows]) for c, text in enumerate(row)]
        page.table(40, top, widths, heights, cells, size=9)
        xs = [40.0]
        for width in widths:
            xs.append(xs[-1] + width)
        _turned(page, xs[1] + 22, top + 40, "単位", 9)
        _turned(page, xs[5] + 17, top + 42, "達成度", 9)
    return _pages(path, A4, [draw])


def sheet_header_once_merged_across_pages() -> str:
    """264: a Calc sheet without print titles: header on page 1 only, merged goal/施策 cells across the page break."""
    n = 7
    header = ("基本目標", "施策", "指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課")
    goals = [("基本目標１　安定した雇用を生み出す",
              [("施策１　地場産業の振興", [("町内事業所の従業者数", "3,420人", "3,510人", "3,600人", "産業振興課"),
                                         ("製造品出荷額", "182億円", "195億円", "200億円", "産業振興課"),
                                         ("企業立地件数", "1件", "3件", "5件", "産業振興課")]),
               ("施策２　農林水産業の振興", [("新規就農者数", "2人", "5人", "8人", "農林水産課"),
                                           ("漁業の新規就業者数", "1人", "2人", "4人", "農林水産課")])]),
             ("基本目標２　新しいひとの流れをつくる",
              [("施策１　移住の促進", [("移住相談件数", "54件", "98件", "100件", "企画課"),
                                     ("移住者数", "31人", "47人", "60人", "企画課"),
                                     ("お試し住宅の利用件数", "6件", "15件", "20件", "企画課"),
                                     ("空き家バンクの登録件数", "12件", "26件", "30件", "企画課")]),
               ("施策２　観光の振興", [("観光入込客数", "41.3万人", "44.8万人", "50万人", "商工観光課"),
                                     ("宿泊者数", "2.8万人", "3.1万人", "3.5万人", "商工観光課"),
                                     ("観光案内所の利用者数", "8,210人", "9,640人", "10,000人", "商工観光課")])])]
    body = [_row(*(_sheet_cell(h, style="H") for h in header))]
    for goal, measures in goals:
        goal_rows = sum(len(kpis) for _, kpis in measures)
        for m, (measure, kpis) in enumerate(measures):
            for i, (name, *values, department) in enumerate(kpis):
                first = _sheet_cell(goal, rows=goal_rows, style="S") if m == 0 and i == 0 else COVERED
                second = _sheet_cell(measure, rows=len(kpis), style="W") if i == 0 else COVERED
                body.append(_row(first, second, _sheet_cell(name, style="W"),
                                 *(_sheet_cell(v, style="R") for v in values), _sheet_cell(department, style="G"),
                                 style="tall"))
    rows = [_line("椿台町　第２期総合戦略　重要業績評価指標（KPI）の進捗状況", "T", n), _blank(n), *body]
    return _calc(rows, [3.6, 3.6, 6.4, 2.4, 2.4, 2.4, 2.8])


DRAWN = {"261_pdf_hierarchy_number_columns": hierarchy_number_columns,
         "262_pdf_cumulative_average_targets": cumulative_average_targets,
         "263_pdf_turned_headers_mark_legend_above": turned_headers_mark_legend_above}

OFFICE = {"264_pdf_calc_header_once_merged_across_pages": sheet_header_once_merged_across_pages}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(DRAWN, numbers)
    build_office(OFFICE, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
