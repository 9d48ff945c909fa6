# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 231-235 of tests/fixtures/layouts/ (`python -m tests.layouts_sections [numbers]`).

Page habits of real 総合戦略 / 効果検証 PDFs that 01-225 do not show, all drawn with reportlab (the PDFs are committed;
CI only reads them). This script writes only its own files. Content invented (fictional municipalities, every name
and number made up):
- 231: a 概要版 page set in two text columns (段組) under a goal heading across the page: in each column `施策2-N`
  headings, each over a paragraph wrapped inside its column and a small ruled KPI table of the column's width, the
  tables of the two columns at different heights;
- 232: a 具体的な施策 chapter: per `施策3-N` heading a paragraph, then a `担当課：…` line, then the measure's own small
  KPI table under it (the department of every row of that table);
- 233: a 数値目標 progress table whose `最新値` column prints each latest value with its own year in half-width
  brackets (`52.1%(R5)`, a statistic years behind `2,615億円(R3)`, `―` not yet known), the baseline headed by an
  old era year `基準値(H27)`, and a second goal's table headed `基準値 2020(R2)` / `目標値 2025(R7)`;
- 234: yearly value cells of two labelled lines, `目標 120件` over `実績 118件` (the role in the cell, no legend),
  `実績 ―` for a year not reported yet, beside a `基準値（R2）` column;
- 235: a portrait cover page, then a landscape KPI table stored on a portrait page turned by `/Rotate 270` (the
  text runs down the stored page; 29 is turned the other way, `/Rotate 90`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from tests.layouts_genre import _table_at, build
from tests.layouts_pdfs import _footer, _pages
from tests.pdf_builders import Page

MEASURE_HEADER = ("重要業績評価指標", "現状値（R5）", "目標値（R11）")


def _paragraph(page: Page, x: float, top: float, lines: list[str], size: float = 9) -> float:
    """Lines of prose one under another; returns the top of the line after the last."""
    for number, line in enumerate(lines):
        page.text(x, top + number * (size + 5), line, size)
    return top + len(lines) * (size + 5)


def _column_measure(page: Page, x: float, top: float, heading: str, prose: list[str],
                    rows: list[tuple[str, str, str]]) -> float:
    """One measure of a text column: its heading, its paragraph, its KPI table the column's width."""
    page.text(x, top, heading, 10)
    below = _paragraph(page, x + 9, top + 20, prose)
    return _table_at(page, x, below + 6, [125, 60, 60], [MEASURE_HEADER, *rows], size=8, height=20)


def two_column_tables(path: Path) -> Path:
    """231: a page in two text columns, each measure's paragraph and small KPI table inside its column."""
    def draw(page: Page) -> None:
        page.text(40, 36, "青葉台町 第２期まち・ひと・しごと創生総合戦略（概要版）", 13)
        page.text(40, 70, "基本目標２　新しいひとの流れをつくる", 12)
        left, right = 40, 310
        bottom = _column_measure(page, left, 100, "施策2-1　移住・定住の促進",
                                 ["町外からの移住を考える人に、住まいと仕事の", "情報を一つの窓口で届けます。空き家の活用",
                                  "を進め、移住後の暮らしも支えます。"],
                                 [("移住相談件数", "84件", "150件"), ("空き家バンクの成約件数", "6件", "15件")])
        _column_measure(page, left, bottom + 24, "施策2-2　関係人口の拡大",
                        ["町の外から町を応援する人を増やし、地域の", "担い手とのつながりをつくります。"],
                        [("ふるさと納税の寄附件数", "3,120件", "5,000件"), ("地域おこし協力隊の定着者数", "4人", "10人")])
        bottom = _column_measure(page, right, 100, "施策2-3　観光交流の推進",
                                 ["温泉と里山の景観を生かした滞在型の観光を", "広げます。体験プログラムを磨き上げ、宿泊",
                                  "につながる周遊の仕組みをつくります。季節", "ごとの催しで来訪の機会を増やします。"],
                                 [("観光入込客数", "28.4万人", "35万人"), ("宿泊者数", "1.9万人", "2.5万人")])
        _column_measure(page, right, bottom + 24, "施策2-4　若者の地元定着",
                        ["高校生と町内企業が出会う場をつくり、町で", "働き続けられる道を示します。"],
                        [("町内高校卒業者の町内就職率", "18.5%", "25.0%")])
    return _pages(path, A4, [draw])


def _department_measure(page: Page, top: float, heading: str, prose: list[str], department: str,
                        rows: list[tuple[str, str, str]]) -> float:
    """One measure: heading, paragraph, the `担当課：` line and the measure's table under it."""
    page.text(48, top, heading, 11)
    below = _paragraph(page, 60, top + 22, prose, 10)
    page.text(60, below + 6, f"担当課：{department}", 9)
    return _table_at(page, 60, below + 24, [230, 100, 100], [("指標名", "基準値（R5）", "目標値（R11）"), *rows],
                     size=9, height=20)


def department_line_per_measure(path: Path) -> Path:
    """232: per measure a paragraph, a `担当課：…` line and the measure's own KPI table under it."""
    def draw(page: Page) -> None:
        page.text(48, 36, "柳沢市 第３期総合戦略　第３章 具体的な施策", 13)
        page.text(48, 70, "基本目標３　安心して子どもを産み育てられるまちをつくる", 12)
        bottom = _department_measure(page, 100, "施策3-1　妊娠・出産への切れ目のない支援",
                                     ["妊娠期から子育て期まで、保健師が同じ家庭に寄り添い、相談を受け続けます。",
                                      "産後の心と体の回復を支える事業を広げます。"], "健康推進課",
                                     [("妊婦訪問の実施率", "82.0%", "95.0%"), ("産後ケア事業の利用者数", "46人", "80人")])
        bottom = _department_measure(page, bottom + 26, "施策3-2　保育と放課後の居場所の充実",
                                     ["保育の受け皿を確保し、待機児童をなくします。放課後の子どもの居場所を",
                                      "地域と学校が一緒につくります。"], "こども政策課",
                                     [("保育所等の待機児童数", "12人", "0人"), ("放課後児童クラブの定員", "640人", "760人"),
                                      ("子ども食堂の開設数", "5か所", "10か所")])
        _department_measure(page, bottom + 26, "施策3-3　子育て家庭の経済的な負担の軽減",
                            ["子育てにかかる費用の負担を軽くし、希望する数の子どもを持てるようにします。"],
                            "子育て給付課", [("子育て世帯の転入数", "312世帯", "400世帯")])
    return _pages(path, A4, [draw])


def latest_value_own_year(path: Path) -> Path:
    """233: `最新値` cells printing their own year `52.1%(R5)`, a `基準値(H27)` and a `2020(R2)` baseline header."""
    def draw(page: Page) -> None:
        page.text(40, 36, "桐生台市 総合戦略 数値目標の進捗状況（令和６年度）", 13)
        page.text(40, 68, "基本目標１　稼ぐ力を高め、働く場を広げる", 11)
        bottom = _table_at(page, 40, 88, [200, 90, 100, 90, 90],
                           [("指標名", "基準値(H27)", "最新値", "目標値(R7)", "担当課"),
                            ("市内総生産", "2,480億円", "2,615億円(R3)", "2,700億円", "企画課"),
                            ("市内事業所の従業者数", "41,200人", "40,860人(R3)", "42,000人", "商工課"),
                            ("ハローワーク求人の充足率", "48.0%", "52.1%(R5)", "60.0%", "商工課")], size=9, height=22)
        page.text(40, bottom + 30, "基本目標２　子育ての希望をかなえる", 11)
        bottom = _table_at(page, 40, bottom + 50, [200, 90, 100, 90, 90],
                           [("指標名", "基準値 2020(R2)", "最新値", "目標値 2025(R7)", "担当課"),
                            ("合計特殊出生率", "1.38", "1.33(R4)", "1.50", "こども家庭課"),
                            ("年間出生数", "1,024人", "962人(R5)", "1,050人", "こども家庭課"),
                            ("子育て環境の満足度", "61.5%", "―", "70.0%", "こども家庭課")], size=9, height=22)
        page.text(40, bottom + 8, "※最新値の（　）内は、その数値の年度。子育て環境の満足度は令和７年度の市民意識調査で把握する。", 8)
    return _pages(path, A4, [draw])


def labelled_target_actual_lines(path: Path) -> Path:
    """234: each year's cell prints `目標 a` over `実績 b` (labelled lines, no legend), `実績 ―` not reported yet."""
    def draw(page: Page) -> None:
        page.text(40, 36, "紅葉原町 総合戦略 ＫＰＩの進捗状況", 13)
        page.text(40, 68, "基本目標１　地域の仕事を守り、育てる", 11)
        _table_at(page, 40, 88, [170, 80, 90, 90, 90, 90, 80],
                  [("指標名", "基準値（R2）", "R3年度", "R4年度", "R5年度", "R6年度", "担当課"),
                   ("新規創業件数", "8件", "目標 10件\n実績 9件", "目標 12件\n実績 13件", "目標 14件\n実績 15件",
                    "目標 16件\n実績 ―", "商工観光課"),
                   ("新規就農者数", "3人", "目標 4人\n実績 4人", "目標 5人\n実績 3人", "目標 6人\n実績 5人",
                    "目標 7人\n実績 ―", "農林課"),
                   ("観光入込客数", "21.5万人", "目標 22万人\n実績 18.2万人", "目標 23万人\n実績 21.4万人",
                    "目標 24万人\n実績 24.6万人", "目標 25万人\n実績 ―", "商工観光課")], size=9, height=34)
    return _pages(path, landscape(A4), [draw])


def rotated_270_landscape(path: Path) -> Path:
    """235: a portrait cover, then a landscape KPI table on a portrait page turned by `/Rotate 270`."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    cover = Page(canvas, A4, 1)
    cover.text(60, 200, "白鷺町 第２期総合戦略", 18)
    cover.text(60, 240, "令和５年度 ＫＰＩ検証結果", 16)
    cover.text(60, 700, "白鷺町 総務企画課", 11)
    canvas.showPage()

    canvas.setPageSize(landscape(A4))  # reportlab stores a turned page's MediaBox swapped: stored portrait
    canvas.setPageRotation(270)
    canvas.translate(0, A4[1])
    canvas.rotate(-90)  # user space is now a landscape page: (x, y) lands at (y, height - x) of the stored page
    page = Page(canvas, landscape(A4), 2)
    page.text(48, 40, "基本目標４　安全で住み続けたいまちをつくる", 12)
    page.text(48, 70, "重要業績評価指標（KPI）", 10)
    _table_at(page, 48, 90, [230, 90, 90, 90, 90, 110],
              [("指標名", "基準値（R1）", "実績値（R4）", "実績値（R5）", "目標値（R6）", "担当課"),
               ("自主防災組織の結成率", "71.2%", "78.5%", "80.3%", "85.0%", "総務企画課"),
               ("防災訓練の参加者数", "1,840人", "1,520人", "2,010人", "2,200人", "総務企画課"),
               ("町営バスの年間利用者数", "32,400人", "29,800人", "31,150人", "34,000人", "住民生活課"),
               ("空き家の利活用件数", "3件", "7件", "9件", "12件", "建設課")], size=9, height=22)
    _footer(page)
    canvas.showPage()
    canvas.save()
    return path


DRAWN = {"231_pdf_two_text_columns_measure_tables": two_column_tables,
         "232_pdf_department_line_per_measure": department_line_per_measure,
         "233_pdf_latest_value_own_year": latest_value_own_year,
         "234_pdf_labelled_target_actual_lines": labelled_target_actual_lines,
         "235_pdf_rotate_270_landscape": rotated_270_landscape}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(DRAWN, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
