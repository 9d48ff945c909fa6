"""Build the hand-made PDFs 88-92 of tests/fixtures/layouts/ (`python -m tests.layouts_municipal [numbers]`).

Table shapes and value spellings other municipalities print that documents 01-87 do not cover, all drawn with
reportlab (no other tool needed). This script writes only its own files. Content invented (fictional
municipalities, every name and number made up):
- 88: numbers with thousands separators set as a typesetter does: full-width `１，２３４人` and a space between the
  digit groups (`12 480人`);
- 89: sub-total rows: an indicator's name cell merged down over `区分` rows `日帰り` / `宿泊` / `計` (the `計` row is
  the indicator's own value, no segment);
- 90: baseline and target in one cell under one header (`基準値（R1）→目標値（R7）` over `1,200人→1,500人`);
- 91: a slide of a presentation deck exported to PDF (16:9 landscape page, a big title on a coloured band, a table
  in a large font, the slide number in a corner);
- 92: two targets (`中間目標（R5）`, `最終目標（R9）`) beside a `実績値` header merged over three year sub-columns;
- 93: a landscape table drawn turned on a portrait page without `/Rotate` (a rotated text box of a word processor:
  the glyphs run bottom to top), under an upright page title;
- 94: actual cells printing their achievement rate in brackets after the value (`3,915人（達成率97.9%）`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from tests.layouts_pdfs import _footer, _pages, _ruled
from tests.pdf_builders import Cell, Page

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def fullwidth_spaced_thousands(path: Path) -> Path:
    """88: thousands separators as a typesetter sets them: full-width `１，２３４` and digit groups spaced `12 480`."""
    def draw(page: Page) -> None:
        page.text(48, 40, "白鷺町 第２期総合戦略 重要業績評価指標（KPI）の状況", 14)
        page.text(48, 80, "基本目標１　しごとをつくり、人を呼び込む", 12)
        _ruled(page, 105, [200, 95, 95, 95], ["指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）"],
               [("町内の従業者数", "３，８２０人", "３，９１５人", "４，０００人"),
                ("観光入込客数", "125 400人", "131 050人", "150 000人"),
                ("ふるさと納税の寄附件数", "2 350件", "4 120件", "5 000件"),
                ("空き家バンクの登録件数", "１８件", "２６件", "３０件")])
    return _pages(path, A4, [draw])


def subtotal_rows(path: Path) -> Path:
    """89: `区分` rows `日帰り` / `宿泊` / `計` under a name cell merged down; the `計` row is the indicator's total."""
    def draw(page: Page) -> None:
        page.text(48, 40, "青葉川市 総合戦略 効果検証シート（令和５年度）", 14)
        page.text(48, 80, "基本目標２　交流を広げ、にぎわいを生む", 12)
        page.text(48, 105, "重要業績評価指標（KPI）", 10)
        header = ["指標名", "区分", "基準値（R1）", "実績値（R5）", "目標値（R7）"]
        cells = [Cell(0, c, text) for c, text in enumerate(header)]
        groups = [("観光入込客数", [("日帰り", "41.2万人", "38.5万人", "45.0万人"),
                                   ("宿泊", "6.8万人", "7.4万人", "8.0万人"),
                                   ("計", "48.0万人", "45.9万人", "53.0万人")]),
                  ("移住相談件数", [("窓口", "62件", "85件", "90件"),
                                   ("オンライン", "14件", "57件", "60件"),
                                   ("合計", "76件", "142件", "150件")])]
        row = 1
        for name, parts in groups:
            cells.append(Cell(row, 0, name, row_span=len(parts)))
            for part in parts:
                cells += [Cell(row, 1 + c, text) for c, text in enumerate(part)]
                row += 1
        cells += [Cell(row, 0, "道の駅の売上高"), Cell(row, 1, ""), Cell(row, 2, "3.2億円"), Cell(row, 3, "3.6億円"),
                  Cell(row, 4, "4.0億円")]
        page.table(48, 125, [160, 70, 85, 85, 85], [22] * (row + 1), cells, size=9)
    return _pages(path, A4, [draw])


def baseline_arrow_target_cell(path: Path) -> Path:
    """90: one column `基準値（R1）→目標値（R7）` whose cells print `baseline→target` (`1,200人→1,500人`)."""
    def draw(page: Page) -> None:
        page.text(48, 40, "桐ヶ谷村 第２期総合戦略（概要版）", 14)
        page.text(48, 80, "基本目標３　安心して子育てできる村をつくる", 12)
        page.text(48, 105, "【重要業績評価指標（KPI）】", 10)
        _ruled(page, 125, [210, 170, 80], ["指標名", "基準値（R1）→目標値（R7）", "担当課"],
               [("子育て支援センターの利用者数", "1,200人→1,500人", "子育て支援課"),
                ("乳幼児健診の受診率", "94.5%→98.0%", "保健福祉課"),
                ("一時預かりの実施か所数", "2か所→4か所", "子育て支援課"),
                ("村内の保育所待機児童数", "3人→0人", "子育て支援課")])
    return _pages(path, A4, [draw])


def slide_deck_table(path: Path) -> Path:
    """91: a slide exported to PDF: a 16:9 page, a big title on a band, a large-font table, a slide number."""
    size = (720.0, 405.0)

    def draw(page: Page) -> None:
        canvas = page.canvas
        canvas.saveState()
        canvas.setFillColorRGB(0.16, 0.36, 0.60)
        canvas.rect(0, page.height - 70, page.width, 70, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        page.text(36, 18, "基本目標１　稼ぐ力を高める", 26)
        canvas.restoreState()
        page.text(36, 88, "重要業績評価指標（KPI）の進捗", 16)
        _ruled(page, 120, [270, 110, 110, 110], ["指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）"],
               [("新規創業者数", "12人", "18人", "20人"),
                ("市内企業の新規雇用者数", "340人", "395人", "450人"),
                ("特産品の販売額", "2.4億円", "2.9億円", "3.0億円")], size=14)
        page.text(36, 360, "柊野市 総合戦略推進会議 資料", 10)
        page.text(660, 370, "3", 12)
    return _pages(path, size, [draw], footers=(False,))


def two_targets_yearly_actuals(path: Path) -> Path:
    """92: `実績値` merged over `R3 R4 R5`, then `中間目標（R5）` and `最終目標（R9）`, both merged down."""
    def draw(page: Page) -> None:
        page.text(48, 40, "栗原台町 第２次総合計画 前期基本計画 成果指標の推移", 14)
        page.text(48, 80, "施策１　地域の産業を育てる", 12)
        cells = [Cell(0, 0, "指標名", row_span=2), Cell(0, 1, "基準値（R2）", row_span=2),
                 Cell(0, 2, "実績値", col_span=3), Cell(0, 5, "中間目標（R5）", row_span=2),
                 Cell(0, 6, "最終目標（R9）", row_span=2),
                 Cell(1, 2, "R3"), Cell(1, 3, "R4"), Cell(1, 4, "R5")]
        rows = [("町内事業所数", "612事業所", "605事業所", "610事業所", "618事業所", "615事業所", "630事業所"),
                ("農業産出額", "18.2億円", "18.6億円", "19.1億円", "19.4億円", "19.0億円", "20.0億円"),
                ("創業支援件数", "4件", "6件", "7件", "9件", "8件", "12件")]
        cells += [Cell(r, c, text) for r, row in enumerate(rows, start=2) for c, text in enumerate(row)]
        page.table(48, 105, [170, 90, 75, 75, 75, 95, 95], [22] * 5, cells, size=9)
    return _pages(path, landscape(A4), [draw])


def turned_table_portrait(path: Path) -> Path:
    """93: the page title upright, then a landscape table drawn turned 90° (glyphs bottom to top), no `/Rotate`."""
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    page = Page(canvas, A4, 1)
    page.text(48, 40, "萩野市 第２期総合戦略 資料編", 14)
    canvas.saveState()
    canvas.translate(width, 0)
    canvas.rotate(90)  # a point (x, y) of the turned page lands at (width - y, x): the table reads bottom to top
    turned = Page(canvas, (height, width), 1)
    turned.text(60, 110, "基本目標４　時代に合った地域をつくる", 12)
    turned.text(60, 135, "重要業績評価指標（KPI）", 10)
    cells = [Cell(0, c, text) for c, text in enumerate(["指標名", "基準値（R1）", "実績値（R4）", "目標値（R7）",
                                                         "担当課"])]
    rows = [("地域公共交通の利用者数", "84,200人", "79,600人", "90,000人", "交通政策課"),
            ("自治会加入率", "78.4%", "76.9%", "80.0%", "地域振興課"),
            ("行政手続のオンライン化率", "12.0%", "41.5%", "60.0%", "情報政策課")]
    cells += [Cell(r, c, text) for r, row in enumerate(rows, start=1) for c, text in enumerate(row)]
    turned.table(60, 155, [210, 100, 100, 100, 100], [22] * 4, cells, size=9)
    canvas.restoreState()
    _footer(page)
    canvas.showPage()
    canvas.save()
    return path


def rate_in_actual_cell(path: Path) -> Path:
    """94: each actual printed with its achievement rate in brackets (`1,410人（達成率88.1%）`): a rate, no value."""
    def draw(page: Page) -> None:
        page.text(48, 40, "椎名町 総合戦略 KPIの達成状況（令和５年度）", 14)
        page.text(48, 80, "基本目標２　健やかに暮らせるまちをつくる", 12)
        _ruled(page, 105, [190, 85, 150, 85], ["指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）"],
               [("特定健診の受診率", "41.0%", "47.5%（達成率95.0%）", "50.0%"),
                ("健康教室の参加者数", "1,320人", "1,410人（達成率88.1%）", "1,600人"),
                ("スポーツ施設の利用者数", "5.2万人", "5.6万人（達成率93.3%）", "6.0万人")])
        page.text(48, 200, "※達成率＝実績値÷目標値×100", 8)
    return _pages(path, A4, [draw])


DRAWN = {"88_pdf_fullwidth_spaced_thousands": fullwidth_spaced_thousands,
         "89_pdf_subtotal_rows": subtotal_rows,
         "90_pdf_baseline_arrow_target_cell": baseline_arrow_target_cell,
         "91_pdf_slide_deck_table": slide_deck_table,
         "92_pdf_two_targets_yearly_actuals": two_targets_yearly_actuals,
         "93_pdf_turned_table_portrait": turned_table_portrait,
         "94_pdf_rate_in_actual_cell": rate_in_actual_cell}


def main(numbers: list[str]) -> None:
    for name, draw in DRAWN.items():
        if not numbers or name[:2] in numbers:
            print(draw(LAYOUTS / f"{name}.pdf"))


if __name__ == "__main__":
    main(sys.argv[1:])
