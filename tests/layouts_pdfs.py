"""Build the PDF documents of tests/fixtures/layouts/ with reportlab (`python -m tests.layouts_pdfs`).

The PDFs are committed; this script is how they were made. Content invented (fictional municipalities):
- 11: a small village's 総合戦略: goal banners on a coloured band with `name value → value` figures, and ruled
  3-column KPI tables whose headers give western years;
- 28: a town's 総合戦略 with two ruled tables on one page (数値目標 and KPI), the KPI table continued on the next
  page without its header repeated;
- 29: a city's 効果検証 report whose evaluation table stands on a landscape page stored as a portrait page turned
  by the page's /Rotate entry (how word processors keep a landscape page inside a portrait document);
- 35: a village's 数値目標 table whose years stand in columns of their own (`基準値 基準年度 目標値 目標年度`);
- 36: a KPI table where one row holds two indicators (`①name` / `②name` on two lines of one cell, each value
  cell two lines);
- 38: a health table with 男性/女性 rows under one merged name cell (a `区分` column) and a year column headed
  `R5` alone;
- 41: a town's A3 landscape page printed 2-up: two goals' tables side by side, each under its own heading.
(33, 34, 37, 39 and 40 are made by LibreOffice: tests/layouts_office.py.)
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A3, A4, landscape
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


def _ruled(page: Page, top: float, widths: list[float], header: list[str] | None, rows: list[tuple[str, ...]],
           size: float = 9) -> float:
    """A ruled table (header row optional: a continued table prints none); returns its bottom."""
    cells = [Cell(0, c, text) for c, text in enumerate(header)] if header else []
    first = 1 if header else 0
    cells += [Cell(r, c, text) for r, row in enumerate(rows, start=first) for c, text in enumerate(row)]
    return page.table(48, top, widths, [22] * (len(rows) + first), cells, size=size)


def _footer(page: Page) -> None:
    page.text(page.width / 2, page.height - 30, f"- {page.number} -", 9)


def town_two_tables(path: Path) -> Path:
    """28_pdf_two_tables_continued.pdf: page 1 a 数値目標 table and a KPI table under one goal; the KPI table runs
    on at the top of page 2 without its header; page 2 then opens the next goal."""
    goal_header = ["数値目標", "基準値（H30年度）", "目標値（R6年度）"]
    kpi_header = ["重要業績評価指標（KPI）", "基準値（H30年度）", "目標値（R6年度）"]
    widths = [250, 120, 120]

    def page_one(page: Page) -> None:
        page.text(48, 40, "柚木原町 第２期柚木原町まち・ひと・しごと創生総合戦略", 14)
        page.text(48, 80, "基本目標１　町の資源を活かした仕事をつくる", 12)
        bottom = _ruled(page, 110, widths, goal_header, [("町内事業所の従業者数", "3,420人", "3,600人"),
                                                         ("観光消費額", "8.6億円", "10億円")])
        page.text(48, bottom + 30, "（１）農林水産業の振興", 11)
        _ruled(page, bottom + 55, widths, kpi_header,
               [("新規就農者数（累計）", "―", "15人"), ("6次産業化商品の開発数", "4品目", "12品目"),
                ("漁業体験の参加者数", "320人", "600人"), ("町産材の利用量", "850m3", "1,200m3"),
                ("鳥獣被害額", "1,240万円", "800万円以下"), ("農地の集積率", "38.5%", "55.0%")])

    def page_two(page: Page) -> None:
        bottom = _ruled(page, 60, widths, None, [("ふるさと納税の寄附件数", "2,150件", "4,000件"),
                                                  ("町内の宿泊施設の稼働率", "41.2%", "50.0%")])
        page.text(48, bottom + 40, "基本目標２　安心して子どもを産み育てられる町をつくる", 12)
        _ruled(page, bottom + 70, widths, goal_header, [("年間出生数", "62人", "70人"),
                                                          ("合計特殊出生率", "1.41", "1.60")])

    return _pages(path, A4, [page_one, page_two])


def city_rotated_landscape(path: Path) -> Path:
    """29_pdf_rotated_landscape.pdf: a portrait cover page, then a landscape evaluation table drawn on a portrait
    page turned by /Rotate 90 (the text runs up the stored page and reads left to right once the page is turned)."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    cover = Page(canvas, A4, 1)
    cover.text(60, 200, "朝凪市 第２期総合戦略", 18)
    cover.text(60, 240, "令和４年度 効果検証報告書", 16)
    cover.text(60, 700, "朝凪市 企画部 企画政策課", 11)
    canvas.showPage()

    canvas.setPageRotation(90)
    canvas.translate(A4[0], 0)
    canvas.rotate(90)  # user space is now a landscape page, origin bottom left as displayed
    page = Page(canvas, landscape(A4), 2)
    page.text(48, 40, "基本目標３　結婚・出産・子育ての希望をかなえる", 12)
    page.text(48, 70, "重要業績評価指標（KPI）", 10)
    header = ["指標名", "基準値（R1）", "実績値（R3）", "実績値（R4）", "目標値（R6）", "担当課"]
    _ruled(page, 90, [230, 90, 90, 90, 90, 110], header,
           [("妊娠届出数", "410件", "388件", "372件", "420件", "こども家庭課"),
            ("保育所等の待機児童数", "14人", "5人", "0人", "0人", "保育課"),
            ("子育て世代包括支援センターの相談件数", "1,250件", "1,610件", "1,804件", "1,800件", "こども家庭課"),
            ("放課後児童クラブの定員数", "980人", "1,060人", "1,100人", "1,150人", "保育課")])
    _footer(page)
    canvas.showPage()
    canvas.save()
    return path


def _pages(path: Path, size: tuple[float, float], draws: list) -> Path:
    """A document of one page per drawing function, each page numbered in its footer."""
    canvas = Canvas(str(path), pagesize=size, invariant=1)
    for number, draw in enumerate(draws, start=1):
        page = Page(canvas, size, number)
        draw(page)
        _footer(page)
        canvas.showPage()
    canvas.save()
    return path


def year_columns(path: Path) -> Path:
    """35_pdf_year_columns.pdf: the years of baseline and target in columns of their own, in three spellings."""
    def draw(page: Page) -> None:
        page.text(48, 40, "大川原村 第２期総合戦略 数値目標", 14)
        page.text(48, 80, "基本目標１　村の魅力で人を呼び込む", 12)
        _ruled(page, 110, [170, 75, 80, 75, 80], ["指標名", "基準値", "基準年度", "目標値", "目標年度"],
               [("観光入込客数", "8.2万人", "平成30年度", "10万人", "令和6年度"),
                ("移住者数", "14人", "令和元年度", "25人", "令和6年度"),
                ("特産品の販売額", "3,600万円", "2019年度", "5,000万円", "2024年度")])
    return _pages(path, A4, [draw])


def two_indicators_per_row(path: Path) -> Path:
    """36_pdf_two_indicators_one_row.pdf: rows whose name cell lists `①…` and `②…` on two lines, their values on
    two lines of each value cell."""
    def draw(page: Page) -> None:
        page.text(48, 40, "浜風町 総合戦略 重要業績評価指標（KPI）", 14)
        page.text(48, 80, "基本目標２　訪れたくなる町をつくる", 12)
        rows = [("①観光案内所の利用者数\n②観光ボランティアガイドの登録者数", "5,400人\n18人", "7,000人\n30人"),
                ("空き店舗への出店数", "2件", "10件"),
                ("①特定健診の受診率\n②がん検診の受診率", "38.2%\n21.5%", "60.0%\n40.0%")]
        cells = [Cell(0, c, text) for c, text in enumerate(["指標名", "基準値（H30）", "目標値（R6）"])]
        cells += [Cell(r, c, text) for r, row in enumerate(rows, start=1) for c, text in enumerate(row)]
        page.table(48, 110, [250, 110, 110], [22, 36, 22, 36], cells, size=9)
    return _pages(path, A4, [draw])


def segment_rows(path: Path) -> Path:
    """38_pdf_segment_rows.pdf: 男性/女性 rows under one name cell merged down, a `区分` column, and the latest
    actuals under a header `R5` alone."""
    def draw(page: Page) -> None:
        page.text(48, 40, "松原町 第２期総合戦略 健康分野の進捗状況（令和５年度）", 14)
        page.text(48, 80, "重要業績評価指標（KPI）", 10)
        header = ["指標名", "区分", "基準値（R1）", "R5", "目標値（R7）"]
        cells = [Cell(0, c, text) for c, text in enumerate(header)]
        cells += [Cell(1, 0, "健康寿命", row_span=2), Cell(1, 1, "男性"), Cell(1, 2, "79.2歳"),
                  Cell(1, 3, "79.8歳"), Cell(1, 4, "80.5歳"), Cell(2, 1, "女性"), Cell(2, 2, "83.6歳"),
                  Cell(2, 3, "84.0歳"), Cell(2, 4, "84.5歳"),
                  Cell(3, 0, "運動習慣のある人の割合", row_span=2), Cell(3, 1, "男性"), Cell(3, 2, "32.0%"),
                  Cell(3, 3, "35.5%"), Cell(3, 4, "40.0%"), Cell(4, 1, "女性"), Cell(4, 2, "24.8%"),
                  Cell(4, 3, "27.1%"), Cell(4, 4, "35.0%"),
                  Cell(5, 0, "特定健診の受診率"), Cell(5, 1, ""), Cell(5, 2, "41.3%"), Cell(5, 3, "46.0%"),
                  Cell(5, 4, "60.0%")]
        page.table(48, 100, [190, 50, 85, 85, 85], [22] * 6, cells, size=9)
    return _pages(path, A4, [draw])


def two_up_a3(path: Path) -> Path:
    """41_pdf_a3_two_up.pdf: an A3 landscape page holding two goals side by side, each heading over its table."""
    size = landscape(A3)

    def draw(page: Page) -> None:
        page.text(48, 36, "若竹町 第２期まち・ひと・しごと創生総合戦略 概要", 16)
        header = ["指標名", "基準値（R1）", "目標値（R6）"]
        widths = [250, 95, 95]
        left, right = 48, 48 + sum(widths) + 60
        page.text(left, 80, "基本目標１　安定した雇用を創出する", 12)
        page.text(right, 80, "基本目標２　新しい人の流れをつくる", 12)
        for x, rows in ((left, [("町内事業所の新規雇用者数", "48人", "80人"),
                                ("企業誘致の件数（累計）", "1件", "5件"),
                                ("農業産出額", "24.5億円", "27億円")]),
                        (right, [("転入者数", "620人", "700人"),
                                 ("移住相談件数", "85件", "150件"),
                                 ("お試し住宅の利用者数", "36人", "60人")])):
            cells = [Cell(0, c, text) for c, text in enumerate(header)]
            cells += [Cell(r, c, text) for r, row in enumerate(rows, start=1) for c, text in enumerate(row)]
            page.table(x, 110, widths, [22] * (len(rows) + 1), cells, size=9)
    return _pages(path, size, [draw])


def main() -> None:
    print(village_strategy(LAYOUTS / "11_village_banners_ruled.pdf"))
    print(town_two_tables(LAYOUTS / "28_pdf_two_tables_continued.pdf"))
    print(city_rotated_landscape(LAYOUTS / "29_pdf_rotated_landscape.pdf"))
    print(year_columns(LAYOUTS / "35_pdf_year_columns.pdf"))
    print(two_indicators_per_row(LAYOUTS / "36_pdf_two_indicators_one_row.pdf"))
    print(segment_rows(LAYOUTS / "38_pdf_segment_rows.pdf"))
    print(two_up_a3(LAYOUTS / "41_pdf_a3_two_up.pdf"))


if __name__ == "__main__":
    main()
