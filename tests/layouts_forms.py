# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 241-245 of tests/fixtures/layouts/ (`python -m tests.layouts_forms [numbers]`).

Habits of real 総合戦略 / 効果検証 PDFs that 01-235 do not show, drawn with reportlab (244 also needs `pdftoppm` of
poppler-utils; the PDFs are committed and CI only reads them). This script writes only its own files. Content
invented (fictional municipalities, every name and number made up):
- 241: a 事業評価シート per measure: label cells down the left (`指標名`, `単位`, `基準値（R1）`, `R5実績`, `目標値（R7）`)
  and one indicator per column to their right, the values bare numbers under the `単位` row; two sheets on a page;
- 242: a KPI table whose values carry footnote markers of three kinds (`45.2※1`, `1,240*`, `86世帯†`), latest actuals
  qualified `（見込み）` / `（速報値）`, and a `（注）` block of numbered notes under the table;
- 243: a progress table with `達成率` and an S/A/B/C `評価` column, the grades' legend in a framed box standing
  to the right of the table at the height of its rows (its lines beside the table's lines in the text layer);
- 244: a scanned page read by OCR: the page is an image, the text an invisible layer (render mode 3) of
  characters placed one by one with irregular spacing, two values damaged by the OCR (`1,2O0人` with a letter O,
  `3l2件` with a letter l): the printed value cannot be known from the layer;
- 245: a table whose header has three levels: `基本目標` and `施策` merged down all three header rows,
  `重要業績評価指標（KPI）` over `指標名 | 基準値 | 実績値 | 目標値 | 担当課`, the years `（R1）（R5）（R7）` on the
  third row; the goal column merged down over its rows and set vertically (one glyph a line), each 施策 merged
  down over its indicators.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tests.layouts_genre import _table_at, build
from tests.layouts_pdfs import _pages
from tests.pdf_builders import GOTHIC, Cell, Page


def evaluation_sheet_labels_left(path: Path) -> Path:
    """241: per measure a sheet of label rows down the left, one indicator per column, bare numbers over `単位`."""
    def sheet(page: Page, top: float, measure: str, department: str, columns: list[tuple[str, ...]]) -> float:
        labels = ("指標名", "単位", "基準値（R1）", "R5実績", "目標値（R7）")
        widths = [86] + [136] * len(columns)
        cells = [Cell(0, 0, "施策名"), Cell(0, 1, measure, col_span=len(columns)),
                 Cell(1, 0, "担当課"), Cell(1, 1, department, col_span=len(columns))]
        cells += [Cell(2 + r, 0, label) for r, label in enumerate(labels)]
        cells += [Cell(2 + r, 1 + c, column[r]) for c, column in enumerate(columns) for r in range(len(labels))]
        return page.table(48, top, widths, [22] * (2 + len(labels)), cells, size=9)

    def draw(page: Page) -> None:
        page.text(48, 36, "栗原台町 令和５年度 事業評価シート（総合戦略）", 14)
        page.text(48, 64, "基本目標１　地域で働く場をつくる", 11)
        bottom = sheet(page, 86, "1-1 地元企業の人材確保", "商工観光課",
                       [("町内企業への就職者数", "人", "18", "26", "30"),
                        ("インターンシップ受入企業数", "社", "4", "9", "12")])
        bottom = sheet(page, bottom + 24, "1-2 農業の担い手育成", "農林課",
                       [("新規就農者数", "人", "2", "5", "8"),
                        ("農地の集積率", "％", "38.5", "44.0", "50.0"),
                        ("農産物直売所の売上額", "百万円", "126", "148", "160")])
        sheet(page, bottom + 24, "1-3 観光による交流の拡大", "商工観光課",
              [("観光入込客数", "千人", "412", "455", "500"),
               ("観光ガイドの登録者数", "人", "15", "21", "25")])
    return _pages(path, A4, [draw])


def footnote_markers_estimates(path: Path) -> Path:
    """242: values with `※1`, `*`, `†` markers, `（見込み）` / `（速報値）` actuals and a `（注）` block under the table."""
    def draw(page: Page) -> None:
        page.text(40, 36, "若葉川市 第２期総合戦略 重要業績評価指標（KPI）の状況", 13)
        page.text(40, 66, "基本目標２　子どもを産み育てやすいまちをつくる", 11)
        bottom = _table_at(page, 40, 86, [200, 90, 120, 90, 90],
                           [("指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課"),
                            ("合計特殊出生率", "1.42", "1.36※1", "1.55", "こども政策課"),
                            ("子育て支援センターの利用者数", "8,420人", "9,860人（見込み）", "10,000人", "こども政策課"),
                            ("乳幼児健診の受診率", "96.1%", "97.4%（速報値）", "98.0%", "健康づくり課"),
                            ("放課後児童クラブの待機児童数", "24人*", "6人", "0人", "こども政策課"),
                            ("子育て世帯の転入数", "86世帯†", "104世帯†", "120世帯", "企画課")], size=9, height=22)
        notes = ["（注）",
                 "※1 人口動態統計の概数による。",
                 "* 基準値は令和２年４月１日時点。",
                 "† 住民基本台帳の転入届による。",
                 "（見込み）は年度途中の集計による見込値、（速報値）は確定前の数値。"]
        for number, line in enumerate(notes):
            page.text(40, bottom + 10 + number * 14, line, 8)
    return _pages(path, A4, [draw])


def grade_legend_box_beside(path: Path) -> Path:
    """243: `達成率` and an S/A/B/C `評価`, the legend in a framed box to the right of the table."""
    def draw(page: Page) -> None:
        page.text(40, 36, "浜木綿町 総合戦略 効果検証シート（令和５年度）", 13)
        page.text(40, 66, "基本目標３　安心して暮らせるまちをつくる", 11)
        _table_at(page, 40, 86, [190, 72, 72, 72, 54, 36, 84],
                  [("指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "達成率", "評価", "担当課"),
                   ("自主防災組織の組織率", "64.0%", "78.5%", "75.0%", "104.7%", "Ｓ", "総務課"),
                   ("地域の見守り協力事業所数", "32事業所", "44事業所", "48事業所", "91.7%", "Ａ", "福祉課"),
                   ("健康教室の参加者数", "1,240人", "1,020人", "1,600人", "63.8%", "Ｂ", "保健センター"),
                   ("町営バスの利用者数", "28,400人", "19,300人", "32,000人", "60.3%", "Ｃ", "企画課"),
                   ("消防団員の充足率", "88.0%", "86.2%", "95.0%", "90.7%", "Ａ", "総務課")], size=9, height=24)
        page.box(636, 86, 800, 206)
        legend = ["【評価の区分】", "Ｓ：目標を上回って達成", "Ａ：達成率90%以上", "Ｂ：達成率60%以上90%未満",
                  "Ｃ：達成率60%未満", "達成率＝実績値÷目標値"]
        for number, line in enumerate(legend):
            page.text(644, 94 + number * 18, line, 8)
    return _pages(path, landscape(A4), [draw])


#: 244's table: the rows as printed on the scan, then the rows as the OCR wrote them into the text layer.
_SCAN_ROWS = [("指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課"),
              ("移住相談件数", "96件", "184件", "200件", "企画課"),
              ("転入者数", "1,200人", "1,264人", "1,400人", "住民課"),
              ("空き家バンクの成約件数", "5件", "14件", "20件", "建設課"),
              ("ふるさと納税の寄附件数", "2,840件", "4,120件", "5,000件", "企画課"),
              ("地域おこし協力隊の隊員数", "3人", "7人", "8人", "企画課"),
              ("関係人口の登録者数", "312件", "486件", "600件", "企画課")]
_OCR_DAMAGE = {"1,200人": "1,2O0人", "312件": "3l2件"}


def _scan_image(draw_page: Callable[[Page], None]) -> ImageReader:
    """The page drawn, printed and scanned: rasterised by pdftoppm at 100 dpi in grey."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "printed.pdf"
        _pages(source, A4, [draw_page], footers=(False,))
        subprocess.run(["pdftoppm", "-r", "100", "-gray", "-png", "-singlefile", str(source),
                        str(Path(folder) / "scan")], check=True)
        from PIL import Image
        image = Image.open(Path(folder) / "scan.png")
        image.load()
    return ImageReader(image)


def ocr_invisible_text(path: Path) -> Path:
    """244: a scanned page (an image) with an OCR's invisible text layer, one text object per character."""
    heading = [(48, 40, "杉ノ森町 総合戦略 数値目標の検証（令和５年度）", 14), (48, 76, "基本目標２　新しいひとの流れをつくる", 11)]
    widths, top, height, size = [170, 80, 80, 80, 70], 100.0, 24.0, 9.0

    def draw(page: Page) -> None:
        for x, y, text, font_size in heading:
            page.text(x, y, text, font_size)
        _table_at(page, 48, top, widths, _SCAN_ROWS, size=size, height=height)

    picture = _scan_image(draw)
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.drawImage(picture, 0, 0, width=A4[0], height=A4[1])
    jitter = random.Random(244)
    placed = list(heading)
    lefts = [48 + sum(widths[:c]) for c in range(len(widths))]
    for r, row in enumerate(_SCAN_ROWS):
        line_top = top + r * height + (height - size) / 2 - 1  # where Page.table centres one line
        placed += [(lefts[c] + 2, line_top, _OCR_DAMAGE.get(text, text), size) for c, text in enumerate(row)]
    for x, line_top, text, font_size in placed:
        cursor = x
        for glyph in text:
            text_object = canvas.beginText()
            text_object.setTextRenderMode(3)  # invisible: the OCR layer under the image
            text_object.setFont(GOTHIC, font_size)
            baseline = A4[1] - line_top - font_size + jitter.uniform(-0.6, 0.6)
            text_object.setTextOrigin(cursor + jitter.uniform(-0.5, 0.5), baseline)
            text_object.textOut(glyph)
            canvas.drawText(text_object)
            cursor += stringWidth(glyph, GOTHIC, font_size) * jitter.uniform(0.96, 1.08)
    canvas.showPage()
    canvas.save()
    return path


def three_level_header_vertical_goals(path: Path) -> Path:
    """245: `基本目標` > `施策` > `重要業績評価指標（KPI）` over three header rows; the goal column vertical."""
    def draw(page: Page) -> None:
        page.text(40, 36, "鷹ノ巣市 第２期総合戦略 施策体系とＫＰＩ", 13)
        cells = [Cell(0, 0, "基本\n目標", row_span=3), Cell(0, 1, "施策", row_span=3),
                 Cell(0, 2, "重要業績評価指標（KPI）", col_span=5),
                 Cell(1, 2, "指標名", row_span=2), Cell(1, 3, "基準値"), Cell(1, 4, "実績値"), Cell(1, 5, "目標値"),
                 Cell(1, 6, "担当課", row_span=2), Cell(2, 3, "（R1）"), Cell(2, 4, "（R5）"), Cell(2, 5, "（R7）"),
                 Cell(3, 0, "１\n仕\n事\nを\nつ\nく\nる", row_span=4), Cell(7, 0, "２\n人\nを\n呼\nび\n込\nむ", row_span=3),
                 Cell(3, 1, "（１）農林業の\n担い手確保", row_span=2), Cell(5, 1, "（２）創業の支援", row_span=2),
                 Cell(7, 1, "（１）移住の促進", row_span=2), Cell(9, 1, "（２）観光の振興")]
        rows = [("新規就農者数", "4人", "9人", "12人", "農林課"),
                ("林業の新規就業者数", "1人", "3人", "5人", "農林課"),
                ("創業支援による創業件数", "6件", "11件", "15件", "商工課"),
                ("創業塾の受講者数", "22人", "31人", "40人", "商工課"),
                ("移住者数", "48人", "71人", "90人", "企画課"),
                ("お試し住宅の利用件数", "12件", "19件", "24件", "企画課"),
                ("宿泊者数", "6.2万人", "7.1万人", "8.0万人", "観光課")]
        cells += [Cell(3 + r, 2 + c, text) for r, row in enumerate(rows) for c, text in enumerate(row)]
        page.table(40, 70, [30, 100, 170, 62, 62, 62, 64], [20, 20, 20] + [26] * 7, cells, size=9)
    return _pages(path, A4, [draw])


DRAWN = {"241_pdf_evaluation_sheet_labels_left": evaluation_sheet_labels_left,
         "242_pdf_footnote_markers_estimates": footnote_markers_estimates,
         "243_pdf_grade_legend_box_beside": grade_legend_box_beside,
         "244_pdf_ocr_invisible_text_layer": ocr_invisible_text,
         "245_pdf_three_level_header_vertical_goals": three_level_header_vertical_goals}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(DRAWN, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
