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
- 41: a town's A3 landscape page printed 2-up: two goals' tables side by side, each under its own heading;
- 43: a town's 施策評価シート: one ruled box per 施策, its labels (`施策名`, `担当課`, `指標名`, `基準値（R1）` …) in
  the first column and one indicator per column (a transposed table), several boxes on a page;
- 44: a village's 数値目標 table printed year-major: indicators as columns, fiscal years as rows (`R2`, `目標値（R6）`);
- 45: pages 5-6 of a city's strategy: a KPI table continued on the next page with its header repeated there but not
  its goal heading, a running header and a `- 5 -` footer on each page;
- 46: a town's strategy with a text page, then a scanned page (an image, only its page number as text) and a scanned
  page without any text;
- 48: a two-row header (`基準値` over `（R1）`), 縦書き header cells (`単` / `位` one character a line) in narrow
  columns, values with footnote marks (`1,200※2`) and a `備考` column;
- 49: a strategy's measures in prose, each closing with a two-row table `KPI | 現状値（R1） | 目標値（R7）`;
- 50: a KPI table whose target column prints ranges and comparisons (`1,000～1,200人`, `前年度以上`, `現状維持`);
- 51: a town's evaluation sheet whose boxes are forms of label–value pairs, two pairs a row
  (`基準値（R1） | 6件 | 目標値（R6） | 20件`).
(33, 34, 37, 39, 40 and 47 are made by LibreOffice: tests/layouts_office.py; 52-59, drawn the way office programs
draw, by tests/layouts_exports.py.)
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


def _pages(path: Path, size: tuple[float, float], draws: list, footers: tuple[bool, ...] = ()) -> Path:
    """A document of one page per drawing function, each page numbered in its footer (unless `footers` says no)."""
    canvas = Canvas(str(path), pagesize=size, invariant=1)
    for number, draw in enumerate(draws, start=1):
        page = Page(canvas, size, number)
        draw(page)
        if number > len(footers) or footers[number - 1]:
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


def _box(page: Page, top: float, label_width: float, widths: list[float], labels: list[str],
         rows: list[list[str]]) -> float:
    """An evaluation form box: a label column and one column per indicator; a row of one text spans them all."""
    cells = [Cell(r, 0, label) for r, label in enumerate(labels)]
    for r, texts in enumerate(rows):
        if len(texts) == 1:
            cells.append(Cell(r, 1, texts[0], col_span=len(widths)))
        else:
            cells += [Cell(r, 1 + c, text) for c, text in enumerate(texts)]
    return page.table(48, top, [label_width, *widths], [20] * len(labels), cells, size=9)


FORM_LABELS = ["施策名", "担当課", "指標名", "基準値（R1）", "目標値（R6）", "実績値（R5）", "評価"]


def evaluation_form_boxes(path: Path) -> Path:
    """43_pdf_evaluation_form_boxes.pdf: one box per 施策, labels in the first column, one indicator per column."""
    def page_one(page: Page) -> None:
        page.text(48, 40, "梨ノ木町 令和５年度 施策評価シート", 14)
        bottom = _box(page, 80, 90, [400], FORM_LABELS,
                      [["施策1-1　地元企業の人材確保を支援する"], ["商工観光課"], ["町内企業への新規就職者数"],
                       ["24人"], ["40人"], ["31人"], ["Ｂ"]])
        bottom = _box(page, bottom + 30, 90, [200, 200], FORM_LABELS,
                      [["施策1-2　農業の担い手を育てる"], ["農林振興課"], ["新規就農者数", "農産物直売所の売上高"],
                       ["2人", "1.1億円"], ["10人", "1.5億円"], ["7人", "1.32億円"], ["Ａ", "Ｂ"]])
        _box(page, bottom + 30, 90, [400], FORM_LABELS,
             [["施策2-1　子育て家庭の負担を軽くする"], ["子育て支援課"], ["子育て支援センターの年間利用者数"],
              ["3,850人"], ["5,000人"], ["4,420人"], ["Ｂ"]])

    def page_two(page: Page) -> None:
        bottom = _box(page, 60, 90, [400], FORM_LABELS,
                      [["施策2-2　親子の健康を守る"], ["健康福祉課"], ["乳幼児健診の受診率"],
                       ["94.5%"], ["98.0%"], ["96.2%"], ["Ａ"]])
        page.text(48, bottom + 20, "評価　Ａ：順調　Ｂ：概ね順調　Ｃ：遅れている", 9)

    return _pages(path, A4, [page_one, page_two])


def year_major_columns(path: Path) -> Path:
    """44_pdf_year_major_columns.pdf: indicators as columns, fiscal years as rows."""
    def draw(page: Page) -> None:
        page.text(48, 40, "青葉沢村 第２期総合戦略 数値目標の推移", 14)
        page.text(48, 80, "基本目標１　村への新しい人の流れをつくる", 12)
        page.text(48, 105, "数値目標", 10)
        _ruled(page, 125, [110, 110, 110, 110], ["年度", "転入者数", "移住相談件数", "観光入込客数"],
               [("基準値（R1）", "212人", "18件", "4.2万人"), ("R2", "198人", "25件", "2.9万人"),
                ("R3", "205人", "31件", "3.3万人"), ("R4", "221人", "40件", "3.8万人"),
                ("目標値（R6）", "240人", "50件", "5万人")])
    return _pages(path, A4, [draw])


def continued_repeated_header(path: Path) -> Path:
    """45_pdf_continued_header_repeated.pdf: pages 5 and 6 of a strategy, a running header and a `- 5 -` footer on
    each; the KPI table of 基本目標２ goes on at the top of page 6 under its header printed again, its goal heading
    not; then 基本目標３ and its table."""
    header = ["指標名", "基準値（R1）", "実績値（R4）", "目標値（R6）", "担当課"]
    widths = [190, 75, 75, 75, 85]

    def furniture(page: Page) -> None:
        page.text(page.width - 200, 22, "星見台市 第２期総合戦略", 8)
        page.text(page.width / 2 - 10, page.height - 30, f"- {page.number + 4} -", 9)

    def page_one(page: Page) -> None:
        furniture(page)
        page.text(48, 50, "星見台市 第２期まち・ひと・しごと創生総合戦略", 14)
        page.text(48, 90, "基本目標２　新しい人の流れをつくる", 12)
        page.text(48, 115, "重要業績評価指標（KPI）", 10)
        rows = [("転入者数", "3,120人", "3,254人", "3,400人", "企画課"),
                ("移住相談窓口の相談件数", "145件", "212件", "250件", "企画課"),
                ("お試し移住の利用者数", "22人", "35人", "50人", "企画課"),
                ("空き家バンクの成約件数", "9件", "14件", "20件", "建築住宅課"),
                ("市内大学卒業生の市内就職率", "18.5%", "21.0%", "25.0%", "商工課"),
                ("観光交流センターの来館者数", "6.4万人", "7.1万人", "8万人", "観光課"),
                ("ふるさと納税の寄附件数", "5,820件", "9,410件", "10,000件", "財政課"),
                ("関係人口登録者数", "―", "310人", "500人", "企画課"),
                ("シティプロモーション動画の再生回数", "2.1万回", "6.8万回", "10万回", "広報課"),
                ("市内宿泊施設の延べ宿泊者数", "12.8万人", "13.9万人", "15万人", "観光課"),
                ("サテライトオフィスの開設数（累計）", "1件", "4件", "6件", "商工課"),
                ("地域おこし協力隊の定着率", "50.0%", "66.7%", "70.0%", "企画課"),
                ("市民ガイドの登録者数", "28人", "34人", "40人", "観光課"),
                ("商店街の空き店舗数", "31店舗", "26店舗", "20店舗", "商工課"),
                ("移住者向け住宅支援の利用件数", "12件", "27件", "30件", "建築住宅課"),
                ("二地域居住の体験者数", "8人", "15人", "25人", "企画課"),
                ("市の公式SNSのフォロワー数", "4,200人", "11,600人", "15,000人", "広報課"),
                ("大学と連携した地域活動の件数", "16件", "21件", "25件", "企画課"),
                ("道の駅の年間利用者数", "38万人", "41万人", "45万人", "観光課"),
                ("農泊の受入件数", "6件", "11件", "15件", "農政課"),
                ("外国人観光客の宿泊者数", "3,400人", "1,250人", "5,000人", "観光課"),
                ("駅前広場のイベント開催数", "18回", "24回", "30回", "商工課"),
                ("移住定住ポータルサイトの閲覧数", "5.6万件", "8.2万件", "10万件", "企画課"),
                ("首都圏での移住相談会の参加者数", "64人", "88人", "120人", "企画課"),
                ("空き家改修補助の件数", "3件", "7件", "10件", "建築住宅課"),
                ("中心市街地の歩行者通行量", "8,950人", "9,320人", "10,000人", "商工課")]
        _ruled(page, 135, widths, header, rows)

    def page_two(page: Page) -> None:
        furniture(page)
        bottom = _ruled(page, 60, widths, header, [("地元高校生の市内就職者数", "41人", "46人", "55人", "商工課"),
                                                    ("UIJターン就職の支援件数", "7件", "13件", "20件", "商工課")])
        page.text(48, bottom + 40, "基本目標３　結婚・出産・子育ての希望をかなえる", 12)
        page.text(48, bottom + 65, "数値目標", 10)
        _ruled(page, bottom + 85, widths, header, [("出生数", "702人", "655人", "720人", "こども政策課"),
                                                    ("合計特殊出生率", "1.46", "1.41", "1.55", "こども政策課")])

    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    for number, draw in enumerate([page_one, page_two], start=1):
        draw(Page(canvas, A4, number))
        canvas.showPage()
    canvas.save()
    return path


def _scan_image(size: tuple[int, int]) -> object:
    """A grey page picture with a few dark lines, standing for a scanned table (no text layer)."""
    from PIL import Image

    image = Image.new("L", size, 235)
    for y in range(40, size[1] - 40, 30):
        for x in range(30, size[0] - 30):
            image.putpixel((x, y), 40)
    return image


def scan(page: Page) -> None:
    """A scanned page: the picture of a page filling it, no text."""
    from reportlab.lib.utils import ImageReader

    page.canvas.drawImage(ImageReader(_scan_image((300, 420))), 48, 80, width=500, height=700)


def scanned_page(path: Path) -> Path:
    """46_pdf_scanned_page.pdf: a text page with a KPI table, then a scanned page whose only text is the page number
    stamped by the program that joined the files, then a scanned page without any text."""
    def page_one(page: Page) -> None:
        page.text(48, 40, "白鷺台町 第２期総合戦略 重要業績評価指標", 14)
        page.text(48, 80, "基本目標１　町の仕事をつくる", 12)
        _ruled(page, 105, [250, 120, 120], ["指標名", "基準値（R1）", "目標値（R6）"],
               [("町内の新規創業件数", "4件", "12件"), ("企業立地の件数（累計）", "―", "3件"),
                ("特産品の年間販売額", "6,200万円", "8,000万円")])

    return _pages(path, A4, [page_one, scan, scan], footers=(True, True, False))


def two_row_header_footnotes(path: Path) -> Path:
    """48_pdf_two_row_header_footnotes.pdf: value headers over their period on a second header row, 縦書き header
    cells in narrow columns (one character a line), footnote marks on values and a 備考 column."""
    def draw(page: Page) -> None:
        page.text(48, 40, "楓台市 総合戦略 令和５年度 進捗状況", 14)
        page.text(48, 80, "基本目標３　安全で活力ある地域をつくる", 12)
        page.text(48, 105, "重要業績評価指標（KPI）", 10)
        cells = [Cell(0, 0, "指標名", row_span=2), Cell(0, 1, "単\n位", row_span=2), Cell(0, 2, "基準値"),
                 Cell(0, 3, "実績値"), Cell(0, 4, "目標値"), Cell(0, 5, "評\n価", row_span=2),
                 Cell(0, 6, "備考", row_span=2), Cell(1, 2, "（R1）"), Cell(1, 3, "（R5）"), Cell(1, 4, "（R7）")]
        rows = [("公共施設の年間利用者数", "人", "124,000", "118,500※1", "150,000", "Ｂ", "※1 改修による休館の影響"),
                ("市民活動団体の登録数", "団体", "86", "94", "110", "Ａ", ""),
                ("地域防災リーダーの養成数（累計）", "人", "1,200※2", "1,480", "2,000", "Ａ",
                 "※2 平成30年度からの累計")]
        cells += [Cell(r, c, text) for r, row in enumerate(rows, start=2) for c, text in enumerate(row)]
        bottom = page.table(48, 125, [150, 30, 60, 60, 60, 22, 130], [18, 16, 24, 24, 24], cells, size=8)
        page.text(48, bottom + 10, "評価　Ａ：目標達成の見込み　Ｂ：概ね順調　Ｃ：遅れている", 8)
    return _pages(path, A4, [draw])


def inline_mini_tables(path: Path) -> Path:
    """49_pdf_inline_mini_tables.pdf: measures in prose, each closing with a two-row KPI table."""
    header = ["KPI", "現状値（R1）", "目標値（R7）"]
    widths = [260, 110, 110]

    def draw(page: Page) -> None:
        page.text(48, 40, "水鏡町 第２期まち・ひと・しごと創生総合戦略", 14)
        page.text(48, 80, "基本目標１　町で働く場をつくる", 12)
        page.text(48, 110, "（１）地元企業の人材確保", 11)
        page.text(58, 130, "町内企業と高校が連携した職場見学や合同就職説明会を開き、若い世代が町内で就職できる", 9)
        page.text(48, 143, "よう支援します。", 9)
        cells = [Cell(0, c, text) for c, text in enumerate(header)]
        cells += [Cell(1, 0, "合同就職説明会を通じた町内企業への\n就職者数"), Cell(1, 1, "12人"), Cell(1, 2, "30人")]
        bottom = page.table(48, 160, widths, [20, 30], cells, size=9)
        page.text(48, bottom + 25, "（２）起業・創業の支援", 11)
        page.text(58, bottom + 45, "商工会と連携して創業相談の窓口を設け、空き店舗を活用した出店を後押しします。", 9)
        cells = [Cell(0, c, text) for c, text in enumerate(header)]
        cells += [Cell(1, 0, "町の創業支援制度を利用した創業件数。\n空き店舗を活用したものを含む。"),
                  Cell(1, 1, "3件"), Cell(1, 2, "15件")]
        bottom = page.table(48, bottom + 65, widths, [20, 30], cells, size=9)
        page.text(48, bottom + 25, "（３）観光による稼ぐ力の向上", 11)
        page.text(58, bottom + 45, "湖畔の景観を活かした体験型観光を磨き上げ、滞在時間の延長を図ります。", 9)
        cells = [Cell(0, c, text) for c, text in enumerate(header)]
        cells += [Cell(1, 0, "観光消費額"), Cell(1, 1, "4.8億円"), Cell(1, 2, "6億円")]
        page.table(48, bottom + 65, widths, [20, 24], cells, size=9)
    return _pages(path, A4, [draw])


def range_targets(path: Path) -> Path:
    """50_pdf_range_targets.pdf: a target column printing a range and comparisons instead of numbers."""
    def draw(page: Page) -> None:
        page.text(48, 40, "桃井原市 第２期総合戦略 重要業績評価指標（KPI）", 14)
        page.text(48, 80, "基本目標２　健やかに暮らせるまちをつくる", 12)
        _ruled(page, 105, [230, 110, 130], ["指標名", "現状値（R4）", "目標値（R10）"],
               [("年間観光入込客数", "86万人", "100万人"), ("体験農園の参加者数", "940人", "1,000～1,200人"),
                ("市税の収納率", "98.6%", "前年度以上"), ("市内の医療機関数", "42施設", "現状維持"),
                ("児童の体力テストの平均点", "52.1点", "全国平均以上"), ("特定健診の受診率", "42.0%", "60.0%")])
    return _pages(path, A4, [draw])


def form_key_value_pairs(path: Path) -> Path:
    """51_pdf_form_key_value_pairs.pdf: one form per 施策, label cells each followed by their value, two pairs a row
    where they fit, a long value spanning the rest of its row."""
    def form(page: Page, top: float, measure: str, department: str, grade: str, name: str,
             values: tuple[str, str, str, str]) -> float:
        baseline, target, actual_r4, actual_r5 = values
        cells = [Cell(0, 0, "施策名"), Cell(0, 1, measure, col_span=3),
                 Cell(1, 0, "担当課"), Cell(1, 1, department), Cell(1, 2, "評価"), Cell(1, 3, grade),
                 Cell(2, 0, "指標名"), Cell(2, 1, name, col_span=3),
                 Cell(3, 0, "基準値（R1）"), Cell(3, 1, baseline), Cell(3, 2, "目標値（R6）"), Cell(3, 3, target),
                 Cell(4, 0, "実績値（R4）"), Cell(4, 1, actual_r4), Cell(4, 2, "実績値（R5）"), Cell(4, 3, actual_r5)]
        return page.table(48, top, [90, 160, 90, 160], [20] * 5, cells, size=9)

    def draw(page: Page) -> None:
        page.text(48, 40, "若菜野町 令和５年度 事務事業評価シート", 14)
        bottom = form(page, 80, "施策３　移住・定住を促進する", "企画政策課", "Ｂ", "空き家バンクの成約件数",
                      ("6件", "20件", "11件", "15件"))
        form(page, bottom + 30, "施策４　子育て世代の定住を支える", "子育て支援課", "Ａ", "子育て世帯の転入世帯数",
             ("84世帯", "120世帯", "102世帯", "117世帯"))
    return _pages(path, A4, [draw])


def main() -> None:
    print(village_strategy(LAYOUTS / "11_village_banners_ruled.pdf"))
    print(town_two_tables(LAYOUTS / "28_pdf_two_tables_continued.pdf"))
    print(city_rotated_landscape(LAYOUTS / "29_pdf_rotated_landscape.pdf"))
    print(year_columns(LAYOUTS / "35_pdf_year_columns.pdf"))
    print(two_indicators_per_row(LAYOUTS / "36_pdf_two_indicators_one_row.pdf"))
    print(segment_rows(LAYOUTS / "38_pdf_segment_rows.pdf"))
    print(two_up_a3(LAYOUTS / "41_pdf_a3_two_up.pdf"))
    print(evaluation_form_boxes(LAYOUTS / "43_pdf_evaluation_form_boxes.pdf"))
    print(year_major_columns(LAYOUTS / "44_pdf_year_major_columns.pdf"))
    print(continued_repeated_header(LAYOUTS / "45_pdf_continued_header_repeated.pdf"))
    print(scanned_page(LAYOUTS / "46_pdf_scanned_page.pdf"))
    print(two_row_header_footnotes(LAYOUTS / "48_pdf_two_row_header_footnotes.pdf"))
    print(inline_mini_tables(LAYOUTS / "49_pdf_inline_mini_tables.pdf"))
    print(range_targets(LAYOUTS / "50_pdf_range_targets.pdf"))
    print(form_key_value_pairs(LAYOUTS / "51_pdf_form_key_value_pairs.pdf"))


if __name__ == "__main__":
    main()
