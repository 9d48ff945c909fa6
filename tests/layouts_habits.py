# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 103-110 of tests/fixtures/layouts/ (`python -m tests.layouts_habits [numbers]`).

Habits of real office documents that documents 01-102 do not print, drawn with reportlab; this script writes only
its own files. Content invented (fictional municipalities, every name and number made up):
- 103: an Excel sheet whose long names overflow into the empty `備考` cell to their right (no wrap, the text runs
  across the column rule);
- 104: narrow value columns wrapping a number (`12,3` / `45人`) or its unit (`980` / `人`) onto the next line;
- 105: two targets side by side (`目標値（R5）` | `目標値（R7）`) with an achievement mark column (◎ ○ △ ×) and its
  legend under the table;
- 106: a name cell of two lines, the name over its unit `（単位：人）`, values bare numbers;
- 107: corner tags and stamps: `資料２` in a box top right, `【別紙】` and `（案）` top left, the department stamp
  `企画政策課` in the page header, a date line `令和６年２月１５日`;
- 108: a prefecture's KPI table, then a reference table of a figure per 市町村 (a distractor: no indicator);
- 109: values qualified inline: `（暫定値）`, `（速報値）`, a `R5見込み` column, `―（未集計）`;
- 110: a three-row header with merged cells: `指標名` down all three, `基準` / `実績` (over three years) / `目標`, the
  fiscal years on the second row and the Western years on the third.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from tests.layouts_genre import _table_at, build
from tests.layouts_pdfs import _pages, _ruled
from tests.pdf_builders import MINCHO, Cell, Page


def excel_overflow(path: Path) -> Path:
    """103: long names printed across the empty `備考` cell to their right, as Excel shows text that does not wrap."""
    widths = [24, 110, 80, 70, 70, 70]
    names = ["移住支援金を活用した移住者数", "空き家バンクへの新規登録物件数", "観光案内所",
             "ふるさと納税による寄附の件数（町外からの件数）"]
    values = [("1", "12人", "30人", "移住定住課"), ("2", "8件", "20件", "移住定住課"),
              ("3", "4,200人", "5,000人", "観光協会"), ("4", "3,150件", "4,000件", "企画課")]

    def draw(page: Page) -> None:
        page.text(48, 40, "朝霧町 総合戦略 KPI進捗管理表（令和５年度）", 13)
        header = ("No.", "指標名", "備考", "基準値（R1）", "目標値（R7）", "担当課")
        rows = [(number, "", "", baseline, target, department)
                for number, baseline, target, department in values]
        _table_at(page, 48, 80, widths, [header, *rows], size=8)
        for row, name in enumerate(names, start=1):  # the overflow: drawn from the name cell over the 備考 cell
            page.text(48 + widths[0] + 2, 80 + row * 22 + 11 - 5, name, 8, MINCHO)
    return _pages(path, A4, [draw])


def wrapped_numbers(path: Path) -> Path:
    """104: value columns too narrow for their numbers: the number or its unit goes on to the next line."""
    def draw(page: Page) -> None:
        page.text(48, 40, "椎葉市 第２期総合戦略 重要業績評価指標（KPI）", 13)
        page.text(48, 78, "基本目標１　雇用を生み出す", 12)
        _table_at(page, 48, 100, [200, 21, 21, 90],  # 21pt: `12,3` fits at 8pt, `12,34` does not
                  [("指標名", "基\n準\n値\n(R1)", "目\n標\n値\n(R7)", "担当課"),
                   ("市内事業所の従業者数", "12,3\n45人", "13,0\n00人", "商工課"),
                   ("創業支援による創業件数", "18件", "30件", "商工課"),
                   ("企業誘致による新規雇用者数", "980\n人", "1,20\n0人", "企業立地課"),
                   ("市内製造品出荷額", "842\n億円", "900\n億円", "企業立地課")], size=8, height=44)
    return _pages(path, A4, [draw])


def two_targets_marks(path: Path) -> Path:
    """105: two targets side by side, an achievement mark column (◎ ○ △ ×) and its legend."""
    def draw(page: Page) -> None:
        page.text(48, 40, "若葉台町 総合戦略 効果検証結果（令和５年度）", 13)
        page.text(48, 78, "基本目標２　子育ての希望をかなえる", 12)
        bottom = _table_at(page, 48, 100, [170, 62, 62, 62, 62, 40],
                           [("指標名", "基準値（R1）", "実績値（R5）", "目標値（R5）", "目標値（R7）", "達成\n状況"),
                            ("年間出生数", "84人", "79人", "88人", "90人", "△"),
                            ("子育て支援センター利用者数", "5,200人", "6,480人", "6,000人", "6,500人", "◎"),
                            ("保育所の待機児童数", "6人", "0人", "0人", "0人", "◎"),
                            ("乳幼児健診の受診率", "95.2%", "96.0%", "97.0%", "98.0%", "○"),
                            ("子育て世帯の転入数", "42世帯", "30世帯", "50世帯", "60世帯", "×")], size=8)
        page.text(48, bottom + 6, "達成状況　◎：R5目標を達成　○：R5目標の90%以上　△：R5目標の70%以上90%未満　×：70%未満", 8)
    return _pages(path, A4, [draw])


def unit_line_in_name(path: Path) -> Path:
    """106: each name cell holds the name and, on its second line, `（単位：…）`; the values are bare numbers."""
    def draw(page: Page) -> None:
        page.text(48, 40, "深山村 第２期総合戦略", 13)
        page.text(48, 78, "基本目標１　村への新しい人の流れをつくる", 12)
        page.text(48, 102, "【数値目標】", 10)
        _table_at(page, 48, 120, [200, 90, 90],
                  [("指標名", "基準値（R2）", "目標値（R7）"),
                   ("転入者数\n（単位：人）", "184", "220"),
                   ("観光入込客数\n（単位：千人）", "312", "350"),
                   ("移住相談件数\n（単位：件）", "46", "80")], height=30)
    return _pages(path, A4, [draw])


def corner_tags(path: Path) -> Path:
    """107: `資料２` boxed top right, `【別紙】（案）` top left, a department stamp in the header, a date line."""
    def draw(page: Page) -> None:
        page.text(48, 24, "【別紙】（案）", 10)
        page.box(500, 18, 548, 38)
        page.text(506, 22, "資料２", 10)
        page.text(400, 48, "企画政策課", 9)
        page.text(400, 62, "令和６年２月１５日", 9)
        page.text(48, 84, "梨本市 第２期総合戦略 数値目標の達成状況", 13)
        page.text(48, 118, "基本目標１　地域の産業を育てる", 12)
        bottom = _ruled(page, 140, [190, 90, 90, 90], ["指標名", "基準値（R1）", "実績値（R4）", "目標値（R6）"],
                        [("市内総生産", "4,820億円", "4,910億円", "5,000億円"),
                         ("新規就農者数", "12人", "15人", "20人")])
        page.text(48, bottom + 30, "基本目標２　住みよいまちをつくる", 12)
        _ruled(page, bottom + 52, [190, 90, 90, 90], ["指標名", "基準値（R1）", "実績値（R4）", "目標値（R6）"],
               [("市民の定住意向の割合", "78.4%", "80.1%", "85.0%")])
    return _pages(path, A4, [draw])


def prefecture_municipal_values(path: Path) -> Path:
    """108: a prefecture's KPI table, then `（参考）` a figure per 市町村: a reference table, no indicator."""
    def draw(page: Page) -> None:
        page.text(48, 40, "白峰県 第２期総合戦略 令和５年度 進捗状況", 13)
        page.text(48, 78, "基本目標１　県内への移住・定住を進める", 12)
        page.text(48, 102, "【重要業績評価指標（KPI）】", 10)
        bottom = _ruled(page, 120, [200, 90, 90, 90, 80],
                        ["指標名", "基準値（R1）", "実績値（R4）", "目標値（R6）", "所管部局"],
                        [("県外からの移住者数", "1,820人", "2,460人", "3,000人", "企画部"),
                         ("移住相談窓口での相談件数", "3,400件", "4,150件", "5,000件", "企画部")])
        page.text(48, bottom + 26, "（参考）市町村別の移住者数（令和４年度）", 10)
        towns = [("白峰市", "812"), ("青沢市", "436"), ("北野町", "214"), ("川辺町", "188"), ("南原村", "96"),
                 ("東郷町", "241"), ("西岡村", "73"), ("山里町", "122")]
        rows = [(a[0], a[1], b[0], b[1]) for a, b in zip(towns[::2], towns[1::2], strict=True)]
        _ruled(page, bottom + 44, [110, 80, 110, 80], ["市町村名", "移住者数（人）", "市町村名", "移住者数（人）"], rows)
    return _pages(path, A4, [draw])


def inline_qualifiers(path: Path) -> Path:
    """109: values qualified in their cells (`（暫定値）`, `（速報値）`, `―（未集計）`) and a `R5見込み` column."""
    def draw(page: Page) -> None:
        page.text(48, 40, "栃尾町 総合戦略 KPI進捗状況（令和６年２月時点）", 13)
        page.text(48, 78, "基本目標３　健康で安心して暮らせるまちをつくる", 12)
        _table_at(page, 48, 100, [170, 70, 100, 90, 70],
                  [("指標名", "基準値（R1）", "実績値（R4）", "R5見込み", "目標値（R7）"),
                   ("特定健診の受診率", "41.2%", "44.8%（暫定値）", "46.0%", "60.0%"),
                   ("町内の観光入込客数", "21.4万人", "18.9万人（速報値）", "20.5万人", "25.0万人"),
                   ("健康ポイント事業の参加者数", "320人", "―（未集計）", "450人", "600人")], size=8)
    return _pages(path, A4, [draw])


def three_row_header(path: Path) -> Path:
    """110: a header of three rows with merged cells: roles, fiscal years, Western years."""
    def draw(page: Page) -> None:
        page.text(48, 40, "雲井市 第２期総合戦略 重要業績評価指標の推移", 13)
        page.text(48, 78, "基本目標１　しごとをつくる", 12)
        header = [Cell(0, 0, "指標名", row_span=3), Cell(0, 1, "基準"), Cell(0, 2, "実績", col_span=3),
                  Cell(0, 5, "目標"), Cell(0, 6, "担当課", row_span=3),
                  Cell(1, 1, "令和元年度"), Cell(1, 2, "令和3年度"), Cell(1, 3, "令和4年度"), Cell(1, 4, "令和5年度"),
                  Cell(1, 5, "令和7年度"),
                  Cell(2, 1, "（2019）"), Cell(2, 2, "（2021）"), Cell(2, 3, "（2022）"), Cell(2, 4, "（2023）"),
                  Cell(2, 5, "（2025）")]
        body = [("市内従業者数", "28,400人", "28,100人", "28,650人", "28,900人", "29,500人", "商工課"),
                ("新規創業件数", "24件", "19件", "27件", "31件", "35件", "商工課"),
                ("企業誘致件数", "1件", "2件", "0件", "3件", "5件", "企業立地課")]
        cells = header + [Cell(r, c, text) for r, row in enumerate(body, start=3) for c, text in enumerate(row)]
        page.table(48, 100, [140, 58, 58, 58, 58, 58, 64], [20] * 6, cells, size=8)
    return _pages(path, landscape(A4), [draw])


DRAWN = {"103_pdf_excel_text_overflow": excel_overflow,
         "104_pdf_wrapped_number_cells": wrapped_numbers,
         "105_pdf_two_targets_achievement_marks": two_targets_marks,
         "106_pdf_unit_line_in_name_cell": unit_line_in_name,
         "107_pdf_corner_tags_stamps": corner_tags,
         "108_pdf_prefecture_municipal_values": prefecture_municipal_values,
         "109_pdf_inline_value_qualifiers": inline_qualifiers,
         "110_pdf_three_row_merged_header": three_row_header}


def main(numbers: list[str]) -> None:
    build(DRAWN, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
