# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 203-210 of tests/fixtures/layouts/ (`python -m tests.layouts_sheets [numbers]`).

KPI-table habits of municipal 総合戦略 / 総合計画 / 効果検証 sheets that 01-202 do not show, all drawn with reportlab
(the PDFs are committed; CI only reads them). This script writes only its own files. Content invented (fictional
municipalities, every name and number made up):
- 203: a `目標値` header naming no year over cells printing several targets each with its year (`R7：20件／R9：24件`,
  or one a line);
- 204: a 総合計画's `前期目標（R7）` | `後期目標（R12）` (the targets of the plan's first and second half);
- 205: `実績値（R5）` merged over `単年度` | `累計` (the year's own figure and the running total since the plan began);
- 206: the unit in the value headers (`基準値（人）` over `令和元年度` on a second header row), bare numbers;
- 207: a numbered caption `表２　…（続き）` on page 2 over the rest of its table, the header not repeated;
- 208: a narrow leftmost `施策` column, each measure's number merged down over its rows and set one glyph a line;
- 209: year columns whose cells print two figures, the target over the actual, as the legend over the table says
  (`上段：目標値　下段：実績値`);
- 210: the same under two goals, the legend printed as a note under each table (`※上段：目標値、下段：実績値`), the
  last year's cells printing the target over `―` (not reported yet).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from tests.layouts_genre import _table_at, build
from tests.layouts_pdfs import _pages
from tests.pdf_builders import Cell, Page


def target_years_in_cell(path: Path) -> Path:
    """203: a `目標値` column naming no year, each cell its targets with their years (`R7：20件／R9：24件`)."""
    def draw(page: Page) -> None:
        page.text(48, 40, "若草市 第３期総合戦略 重要業績評価指標（KPI）", 13)
        page.text(48, 76, "基本目標１　地域で稼ぐ力を高める", 12)
        _table_at(page, 48, 100, [170, 80, 150, 80],
                  [("指標名", "基準値（R5）", "目標値", "担当課"),
                   ("新規創業件数", "18件", "R7：20件／R9：24件", "商工課"),
                   ("観光入込客数", "62万人", "R7：65万人／R9：70万人", "観光課"),
                   ("市内事業所の従業者数", "21,480人", "R9：22,000人", "商工課"),
                   ("空き家の利活用件数", "9件", "R7：12件\nR9：16件", "都市計画課")], size=8, height=28)
    return _pages(path, A4, [draw])


def half_period_targets(path: Path) -> Path:
    """204: a 総合計画's targets of its first and second half, `前期目標（R7）` | `後期目標（R12）`."""
    def draw(page: Page) -> None:
        page.text(48, 40, "東ヶ丘町 第６次総合計画 成果指標一覧", 13)
        page.text(48, 76, "政策１　子育てしやすいまち", 12)
        _table_at(page, 48, 100, [170, 72, 72, 72, 80],
                  [("成果指標", "現状値（R3）", "前期目標（R7）", "後期目標（R12）", "担当課"),
                   ("保育所の待機児童数", "12人", "0人", "0人", "子育て支援課"),
                   ("子育て支援センターの利用者数", "8,420人", "9,000人", "9,600人", "子育て支援課"),
                   ("放課後児童クラブの登録児童数", "310人", "340人", "360人", "教育総務課")], size=8, height=22)
        page.text(48, 210, "政策２　健やかに暮らせるまち", 12)
        _table_at(page, 48, 234, [170, 72, 72, 72, 80],
                  [("成果指標", "現状値（R3）", "前期目標（R7）", "後期目標（R12）", "担当課"),
                   ("特定健診の受診率", "41.2%", "50.0%", "60.0%", "保険年金課"),
                   ("介護予防教室の参加者数", "1,240人", "1,500人", "1,800人", "高齢福祉課")], size=8, height=22)
    return _pages(path, A4, [draw])


def single_year_and_cumulative(path: Path) -> Path:
    """205: `実績値（R5）` merged over `単年度` | `累計`, beside the plan's cumulative target `目標値（R7）`."""
    rows = [("新規就農者数", "人", "3", "4", "15", "20", "農政課"),
            ("創業支援による創業件数", "件", "5", "7", "26", "35", "商工課"),
            ("移住支援金の交付件数", "件", "2", "6", "17", "25", "企画課")]
    cells = [Cell(0, 0, "指標名", row_span=2), Cell(0, 1, "単位", row_span=2), Cell(0, 2, "基準値\n（R1）", row_span=2),
             Cell(0, 3, "実績値（R5）", col_span=2), Cell(1, 3, "単年度"), Cell(1, 4, "累計"),
             Cell(0, 5, "目標値\n（R7）", row_span=2), Cell(0, 6, "担当課", row_span=2)]
    cells += [Cell(r, c, text) for r, row in enumerate(rows, start=2) for c, text in enumerate(row)]

    def draw(page: Page) -> None:
        page.text(48, 40, "北見沢村 第２期総合戦略 KPI進捗管理表", 13)
        page.text(48, 76, "基本目標１　村に仕事をつくる", 12)
        page.table(48, 100, [160, 36, 60, 56, 56, 60, 70], [20, 20, 22, 22, 22], cells, size=8)
        page.text(48, 214, "※累計は計画期間（令和２年度から）の合計。目標値は計画期間の累計。", 8)
    return _pages(path, A4, [draw])


def unit_in_value_headers(path: Path) -> Path:
    """206: the unit in each value header (`基準値（人）`), its year on a second header row, bare numbers."""
    rows = [("転入者数", "1,120", "1,184", "1,250"),
            ("移住相談を経た移住者数", "36", "52", "60"),
            ("地域おこし協力隊の定住者数", "4", "9", "12")]
    header = [("指標名", ""), ("基準値（人）", "令和元年度"), ("実績値（人）", "令和５年度"), ("目標値（人）", "令和７年度")]
    cells = [Cell(0, 0, "指標名", row_span=2)]
    cells += [Cell(r, c, text) for c, pair in enumerate(header) if c for r, text in enumerate(pair)]
    cells += [Cell(r, c, text) for r, row in enumerate(rows, start=2) for c, text in enumerate(row)]

    def draw(page: Page) -> None:
        page.text(48, 40, "南風原町 第２期総合戦略 数値目標", 13)
        page.text(48, 76, "基本目標２　新しいひとの流れをつくる", 12)
        page.table(48, 100, [190, 80, 80, 80], [20, 18, 22, 22, 22], cells, size=8)
    return _pages(path, A4, [draw])


_CONTINUED_ROWS = [("市内の新規雇用者数", "412人", "450人", "500人", "商工課"),
                   ("企業立地件数", "2件", "3件", "5件", "企業誘致課"),
                   ("農産物直売所の売上高", "3.2億円", "3.5億円", "4.0億円", "農政課"),
                   ("新規就農者数", "8人", "11人", "15人", "農政課"),
                   ("創業件数", "21件", "26件", "30件", "商工課"),
                   ("ふるさと納税の寄附件数", "8,420件", "12,600件", "15,000件", "財政課"),
                   ("観光入込客数", "84万人", "91万人", "100万人", "観光課"),
                   ("観光消費額", "62億円", "68億円", "75億円", "観光課"),
                   ("市内の宿泊者数", "12.4万人", "13.8万人", "15万人", "観光課"),
                   ("特産品の販売額", "4,800万円", "5,600万円", "6,000万円", "農政課")]


def continued_caption(path: Path) -> Path:
    """207: `表２　重要業績評価指標（KPI）（続き）` opens page 2 over the rest of the table, the header not repeated."""
    header = ("指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課")
    widths = [170, 70, 70, 70, 80]

    def page_one(page: Page) -> None:
        page.text(48, 40, "青葉台市 第２期総合戦略 効果検証報告書", 13)
        page.text(48, 80, "基本目標１　市内に魅力ある仕事をつくる", 12)
        page.text(48, 110, "表２　重要業績評価指標（KPI）", 10)
        _table_at(page, 48, 128, widths, [header, *_CONTINUED_ROWS[:7]], size=8, height=24)

    def page_two(page: Page) -> None:
        page.text(48, 50, "表２　重要業績評価指標（KPI）（続き）", 10)
        bottom = _table_at(page, 48, 68, widths, _CONTINUED_ROWS[7:], size=8, height=24)
        page.text(48, bottom + 40, "基本目標２　結婚・出産・子育ての希望をかなえる", 12)
        page.text(48, bottom + 70, "表３　重要業績評価指標（KPI）", 10)
        _table_at(page, 48, bottom + 88, widths,
                  [header, ("合計特殊出生率", "1.38", "1.41", "1.50", "子育て支援課"),
                   ("年間出生数", "412人", "388人", "420人", "子育て支援課")], size=8, height=24)
    return _pages(path, A4, [page_one, page_two])


def vertical_measure_numbers(path: Path) -> Path:
    """208: a narrow leftmost `施策` column, each measure's number merged down over its rows, one glyph a line."""
    rows = [("小中学校の英語検定取得率", "38.2%", "50.0%", "学校教育課"),
            ("図書館の年間貸出冊数", "18.4万冊", "20万冊", "生涯学習課"),
            ("公民館講座の参加者数", "3,240人", "3,600人", "生涯学習課"),
            ("スポーツ教室の参加者数", "1,860人", "2,200人", "スポーツ振興課"),
            ("総合型地域スポーツクラブの会員数", "420人", "500人", "スポーツ振興課")]
    cells = [Cell(0, 0, "施\n策"), Cell(0, 1, "指標名"), Cell(0, 2, "基準値（R2）"), Cell(0, 3, "目標値（R8）"),
             Cell(0, 4, "担当課"), Cell(1, 0, "施\n策\n１", row_span=3), Cell(4, 0, "施\n策\n２", row_span=2)]
    cells += [Cell(r, 1 + c, text) for r, row in enumerate(rows, start=1) for c, text in enumerate(row)]

    def draw(page: Page) -> None:
        page.text(48, 40, "川添町 第２期総合戦略 KPI一覧", 13)
        page.text(48, 76, "基本目標３　学びと交流のまちをつくる", 12)
        page.table(48, 100, [24, 200, 72, 72, 84], [30] + [24] * 5, cells, size=8)
    return _pages(path, A4, [draw])


def target_over_actual_cells(path: Path) -> Path:
    """209: year columns whose cells print the target over the actual, as the legend over the table says."""
    def draw(page: Page) -> None:
        page.text(40, 36, "浜風市 第２期総合戦略 KPIの達成状況", 13)
        page.text(40, 66, "基本目標１　しごとをつくる", 11)
        page.text(40, 86, "上段：目標値　下段：実績値", 8)
        _table_at(page, 40, 100, [170, 70, 70, 70, 70, 80],
                  [("指標名", "基準値（R1）", "R3", "R4", "R5", "担当課"),
                   ("新規創業件数", "12件", "14件\n13件", "16件\n17件", "18件\n15件", "商工課"),
                   ("観光入込客数", "48万人", "50万人\n41万人", "52万人\n49万人", "54万人\n55万人", "観光課"),
                   ("新規就農者数", "5人", "6人\n6人", "7人\n5人", "8人\n9人", "農政課")], size=8, height=30)
    return _pages(path, landscape(A4), [draw])


def legend_under_tables(path: Path) -> Path:
    """210: two goals' tables whose year cells print the target over the actual, each with the legend under it
    as a note (`※上段：目標値、下段：実績値`); a year not yet reported prints its target alone."""
    header = ("指標名", "基準値（H30）", "令和３年度", "令和４年度", "令和５年度", "令和６年度", "担当課")
    widths = [160, 64, 64, 64, 64, 64, 80]

    def draw(page: Page) -> None:
        page.text(40, 36, "緑川町 第２期総合戦略 数値目標の進捗状況（令和６年度評価）", 13)
        page.text(40, 66, "基本目標１　町に人の流れをつくる", 11)
        bottom = _table_at(page, 40, 86, widths,
                           [header, ("転入者数", "412人", "420人\n398人", "430人\n441人", "440人\n436人", "450人\n―", "企画課"),
                            ("観光入込客数", "21.4万人", "22万人\n18.6万人", "23万人\n22.9万人", "24万人\n25.3万人",
                             "25万人\n―", "産業観光課")], size=8, height=30)
        page.text(40, bottom + 6, "※上段：目標値、下段：実績値", 8)
        page.text(40, bottom + 40, "基本目標２　子育ての希望をかなえる", 11)
        bottom = _table_at(page, 40, bottom + 60, widths,
                           [header, ("年間出生数", "86人", "88人\n81人", "89人\n84人", "90人\n79人", "90人\n―", "子育て支援課"),
                            ("子育て支援センターの利用者数", "5,120人", "5,300人\n4,870人", "5,400人\n5,510人",
                             "5,500人\n5,620人", "5,600人\n―", "子育て支援課")], size=8, height=30)
        page.text(40, bottom + 6, "※上段：目標値、下段：実績値", 8)
    return _pages(path, landscape(A4), [draw])


DRAWN = {"203_pdf_target_years_in_one_cell": target_years_in_cell,
         "204_pdf_first_second_half_targets": half_period_targets,
         "205_pdf_single_year_cumulative_columns": single_year_and_cumulative,
         "206_pdf_unit_in_value_headers": unit_in_value_headers,
         "207_pdf_continued_caption_no_header": continued_caption,
         "208_pdf_vertical_measure_number_column": vertical_measure_numbers,
         "209_pdf_target_over_actual_cells": target_over_actual_cells,
         "210_pdf_stacked_cells_legend_under": legend_under_tables}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(DRAWN, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
