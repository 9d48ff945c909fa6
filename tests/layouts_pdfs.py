"""Build the PDF documents of tests/fixtures/layouts/ with reportlab (`python -m tests.layouts_pdfs`).

The PDFs are committed; this script is how they were made. Content invented (a fictional village), in the layout
of a small municipality's 総合戦略: goal banners on a coloured band with `name value → value` figures, and ruled
3-column KPI tables whose headers give western years.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.pdf_builders import Cell, Page

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
BAND_COLOUR = (1.0, 0.95, 0.75)

KPI_HEADER = ["指標名", "基準値（2018年度）", "目標値（2024年度）"]
KPI_WIDTHS = [250, 120, 120]


def _band(page: Page, top: float, lines: list[str]) -> float:
    """A filled band without a frame (a banner), its lines inside; returns its bottom."""
    bottom = top + 10 + 16 * len(lines)
    page.canvas.setFillColorRGB(*BAND_COLOUR)
    page.canvas.rect(48, page.height - bottom, 490, bottom - top, stroke=0, fill=1)
    page.canvas.setFillColorRGB(0, 0, 0)
    for i, line in enumerate(lines):
        page.text(58, top + 6 + 16 * i, line, 11)
    return bottom


def _kpi_table(page: Page, top: float, rows: list[tuple[str, str, str]]) -> float:
    cells = [Cell(0, c, text) for c, text in enumerate(KPI_HEADER)]
    cells += [Cell(r, c, text) for r, row in enumerate(rows, start=1) for c, text in enumerate(row)]
    return page.table(48, top, KPI_WIDTHS, [20] * (len(rows) + 1), cells, size=9)


def village_strategy(path: Path) -> Path:
    """11_village_banners_ruled.pdf: two pages, each a goal heading, a banner, a caption and a ruled KPI table."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)

    def page_one(page: Page) -> None:
        page.text(48, 40, "山吹村 第２期まち・ひと・しごと創生総合戦略", 14)
        page.text(48, 80, "基本目標１　農と観光で稼ぐ村", 12)
        bottom = _band(page, 105, ["数値目標　観光入込客数", "12.5万人（2018年）→ 15万人（2024年）"])
        page.text(48, bottom + 20, "重要業績評価指標（KPI）", 10)
        _kpi_table(page, bottom + 40, [("農産物直売所の売上高", "1.2億円", "1.6億円"),
                                       ("体験型観光の参加者数", "850人", "1,500人"),
                                       ("新規就農者数", "2人", "10人")])

    def page_two(page: Page) -> None:
        page.text(48, 80, "基本目標２　村に住み続けられる環境をつくる", 12)
        bottom = _band(page, 105, ["数値目標　転出者数　85人（2018年）→ 60人以下（2024年）"])
        page.text(48, bottom + 20, "重要業績評価指標（KPI）", 10)
        _kpi_table(page, bottom + 40, [("空き家バンク登録件数", "6件", "20件"),
                                       ("村営住宅の入居率", "78.0%", "90%以上")])

    for number, draw in enumerate([page_one, page_two], start=1):
        page = Page(canvas, A4, number)
        draw(page)
        page.text(A4[0] / 2, A4[1] - 30, str(number), 9)
        canvas.showPage()
    canvas.save()
    return path


def main() -> None:
    print(village_strategy(LAYOUTS / "11_village_banners_ruled.pdf"))


if __name__ == "__main__":
    main()
