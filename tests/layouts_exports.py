# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the office-export PDFs 52-59 of tests/fixtures/layouts/ (`python -m tests.layouts_exports [numbers]`).

Real 総合戦略 / 効果検証 PDFs come from Word, Excel or Ichitaro exports, which draw tables and text in ways
reportlab's plain tables (tests/layouts_pdfs.py) do not. The reportlab documents here imitate those drawing habits
at the level of the PDF's own objects; the others are printed by LibreOffice from generated flat ODT/ODS files
(needs `soffice` and fonts-ipaexfont; the PDFs are committed and CI only reads them). Content invented (fictional
municipalities):
- 52: a spreadsheet KPI list whose every cell border is a thin filled rectangle, drawn once per cell edge (an
  Excel export), a `No.` column, a `単位` column of bare numbers right-aligned, a `千円` unit;
- 53: a word processor's (Ichitaro-style) tables: a double frame, a double rule under the header, dotted row rules
  drawn as separate dots, dashed column rules; a 数値目標 and a KPI table under bracketed captions;
- 54: a spreadsheet table style: zebra shading (every other row filled), a dark header row in white letters, no rule
  at all; a name wrapped over two lines;
- 55: (LibreOffice spreadsheet) an evaluation list: `実績値` over four year columns `R2 R3 R4 R5`, a `目標値（R6）`
  column, a `達成率` column (a percentage computed from the values: progress, never an observation) and an A-D
  `評価` column, its legend under the table;
- 56: (LibreOffice word processor) a strategy whose pages are prose, a small KPI table after each `施策` heading
  (a header on each table; goal and measure from the headings above);
- 57: a long KPI table whose last row on a page is split by the page break: the name's first line and the values
  on one page, the name's last line alone at the top of the next, under the header printed again (and, for the
  second table, not printed again);
- 58: text drawn glyph by glyph, each glyph its own text object with character spacing (a printer driver's or
  Ichitaro's export), header and department cells spread over their cell's width (均等割り付け);
- 59: (LibreOffice word processor) a 3-page report with a running header naming the plan, ruled under it, and a
  `1 / 3` page number in the footer on every page; a table with horizontal rules only, its header repeated per page.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from tests.layouts_office import FONT, RULE, TEXT_STYLES, _sheet_cell, _table, _table_styles, convert_sheet
from tests.libreoffice import convert, flat_ods, flat_odt, page_layout, paragraph
from tests.pdf_builders import GOTHIC, MINCHO, Page

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
PAD = 3.0


def _width(text: str, size: float, font: str = MINCHO) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def _edges(x: float, widths: list[float]) -> list[float]:
    out = [x]
    for w in widths:
        out.append(out[-1] + w)
    return out


def _cell_text(page: Page, x0: float, top: float, x1: float, bottom: float, text: str, size: float,
               align: str = "left", font: str = MINCHO) -> None:
    """The lines of a cell centred vertically, aligned left, right or centre."""
    lines = text.split("\n") if text else []
    first = (top + bottom) / 2 - len(lines) * (size + 2) / 2
    for i, line in enumerate(lines):
        width = _width(line, size, font)
        x = {"left": x0 + PAD, "right": x1 - PAD - width, "centre": (x0 + x1 - width) / 2}[align]
        page.text(x, first + i * (size + 2) + 1, line, size, font)


def _rows_text(page: Page, xs: list[float], ys: list[float], rows: list[tuple[str, ...]], size: float,
               aligns: list[str], fonts: list[str] | None = None) -> None:
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            font = fonts[r] if fonts else MINCHO
            _cell_text(page, xs[c], ys[r], xs[c + 1], ys[r + 1], text, size, aligns[c], font)


def _save(path: Path, draws: list, size: tuple[float, float] = A4) -> Path:
    canvas = Canvas(str(path), pagesize=size, invariant=1)
    for number, draw in enumerate(draws, start=1):
        draw(Page(canvas, size, number))
        canvas.showPage()
    canvas.save()
    return path


def _page_number(page: Page, text: str | None = None) -> None:
    label = text or f"- {page.number} -"
    page.text(page.width / 2 - _width(label, 9, GOTHIC) / 2, page.height - 30, label, 9)


# --- 52: borders as thin filled rectangles ------------------------------------------------------------------------


def _filled_borders(page: Page, xs: list[float], ys: list[float], weight: float = 0.6) -> None:
    """Every cell's four edges, each a filled rectangle `weight` thick, drawn per cell (shared edges twice), as a
    spreadsheet export draws borders; no stroked line at all."""
    canvas = page.canvas
    canvas.setFillColorRGB(0, 0, 0)
    half = weight / 2
    for r in range(len(ys) - 1):
        for c in range(len(xs) - 1):
            x0, x1, top, bottom = xs[c], xs[c + 1], ys[r], ys[r + 1]
            for y in (top, bottom):
                canvas.rect(x0 - half, page.height - y - half, x1 - x0 + weight, weight, stroke=0, fill=1)
            for x in (x0, x1):
                canvas.rect(x - half, page.height - bottom - half, weight, bottom - top + weight, stroke=0, fill=1)


def excel_filled_borders(path: Path) -> Path:
    """52_pdf_excel_filled_borders.pdf."""
    header = ("No.", "指標名", "単位", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課")
    rows = [("1", "出生数", "人", "86", "79", "90", "健康福祉課"),
            ("2", "子育て支援センターの利用者数", "人", "4,120", "5,380", "6,000", "子育て支援課"),
            ("3", "病児保育の利用日数", "日", "210", "365", "400", "子育て支援課"),
            ("4", "町の子育て支援策に満足している保護者の割合", "%", "48.5", "55.2", "60.0", "子育て支援課"),
            ("5", "子育て世帯向け住宅補助の交付額", "千円", "2,400", "5,150", "6,000", "建設課")]
    widths = [26, 200, 34, 62, 62, 62, 70]

    def draw(page: Page) -> None:
        page.text(40, 40, "樫ノ木町 第２期総合戦略 KPI進捗管理表（令和５年度）", 13, GOTHIC)
        page.text(40, 75, "基本目標２　安心して子育てできる町をつくる", 10.5, GOTHIC)
        xs, ys = _edges(40, widths), _edges(95, [22] * (len(rows) + 1))
        page.canvas.setFillColorRGB(0.85, 0.88, 0.95)  # the header row's fill: shading, not a rule
        page.canvas.rect(xs[0], page.height - ys[1], xs[-1] - xs[0], ys[1] - ys[0], stroke=0, fill=1)
        _filled_borders(page, xs, ys)
        _rows_text(page, xs, ys, [header], 8.5, ["centre"] * 7, [GOTHIC])
        _rows_text(page, xs, ys[1:], rows, 8.5, ["right", "left", "centre", "right", "right", "right", "left"])
        _page_number(page, "1")
    return _save(path, [draw])


# --- 53: double, dotted and dashed rules --------------------------------------------------------------------------


def _dotted(page: Page, x0: float, x1: float, y: float, step: float = 2.5) -> None:
    """A dotted rule drawn as separate dots (short strokes), as some exports draw a dotted border."""
    x = x0
    while x + 0.8 <= x1:
        page.canvas.line(x, page.height - y, x + 0.8, page.height - y)
        x += step


def _ichitaro_table(page: Page, top: float, header: tuple[str, ...], rows: list[tuple[str, ...]],
                    widths: list[float]) -> float:
    """A table framed by a double line, a double rule under its header, dotted rules between its rows and dashed
    rules between its columns; returns its bottom."""
    canvas = page.canvas
    xs, ys = _edges(48, widths), _edges(top, [24] + [22] * len(rows))
    height = page.height
    canvas.setLineWidth(0.5)
    gap = 2.0
    for inset in (0.0, gap):  # the double frame
        canvas.rect(xs[0] - inset, height - ys[-1] - inset, xs[-1] - xs[0] + 2 * inset, ys[-1] - ys[0] + 2 * inset,
                    stroke=1, fill=0)
    for y in (ys[1] - gap / 2, ys[1] + gap / 2):  # the double rule under the header
        canvas.line(xs[0], height - y, xs[-1], height - y)
    for y in ys[2:-1]:
        _dotted(page, xs[0], xs[-1], y)
    canvas.setDash(3, 2)
    for x in xs[1:-1]:
        canvas.line(x, height - ys[0], x, height - ys[-1])
    canvas.setDash()
    _rows_text(page, xs, ys, [header], 9, ["centre"] * len(header), [GOTHIC])
    _rows_text(page, xs, ys[1:], rows, 9, ["left"] + ["right"] * (len(header) - 2) + ["left"])
    return ys[-1]


def ichitaro_double_dotted_rules(path: Path) -> Path:
    """53_pdf_double_dotted_rules.pdf."""
    header = ("指標名", "基準値（H30年度）", "目標値（R6年度）", "所管課")
    widths = [210, 95, 95, 90]

    def draw(page: Page) -> None:
        page.text(48, 40, "鷺ノ森市 第２期まち・ひと・しごと創生総合戦略", 14, GOTHIC)
        page.text(48, 80, "基本目標３　誰もが健やかに暮らせるまちをつくる", 12, GOTHIC)
        page.text(48, 105, "【数値目標】", 10, GOTHIC)
        bottom = _ichitaro_table(page, 122, header, [("特定健康診査の受診率", "38.4%", "60.0%", "健康推進課"),
                                                     ("市民の運動習慣者の割合", "27.5%", "35.0%", "スポーツ振興課")],
                                 widths)
        page.text(48, bottom + 30, "【重要業績評価指標（KPI）】", 10, GOTHIC)
        _ichitaro_table(page, bottom + 47, header,
                        [("健康ポイント事業の参加者数", "1,150人", "3,000人", "健康推進課"),
                         ("介護予防教室の延べ参加者数", "8,420人", "10,000人", "高齢福祉課"),
                         ("がん検診の受診率（大腸がん）", "18.2%", "25.0%", "健康推進課"),
                         ("総合型地域スポーツクラブの会員数", "640人", "900人", "スポーツ振興課")], widths)
        _page_number(page)
    return _save(path, [draw])


# --- 54: zebra shading without rules ------------------------------------------------------------------------------


def zebra_rows_unruled(path: Path) -> Path:
    """54_pdf_zebra_rows_unruled.pdf."""
    header = ("指標名", "基準値（R1）", "実績値（R3）", "実績値（R4）", "目標値（R6）", "担当課")
    rows = [("村内の新規創業者数", "1人", "2人", "3人", "5人", "産業振興課"),
            ("特産品の年間販売額", "2,850万円", "3,120万円", "3,400万円", "4,000万円", "産業振興課"),
            ("グリーン・ツーリズムの\n受入人数", "320人", "95人", "210人", "500人", "観光交流課"),
            ("村営キャンプ場の利用者数", "4,600人", "5,900人", "6,300人", "6,000人", "観光交流課"),
            ("ふるさと納税の寄附額", "1,480万円", "2,960万円", "3,550万円", "3,000万円", "総務課")]
    widths = [130, 68, 68, 68, 68, 70]

    def draw(page: Page) -> None:
        canvas = page.canvas
        page.text(40, 40, "柊野村 総合戦略 効果検証シート（令和４年度）", 13, GOTHIC)
        page.text(40, 75, "基本目標１　村の産業を元気にする", 11, GOTHIC)
        page.text(40, 98, "重要業績評価指標（KPI）", 9.5, GOTHIC)
        xs, ys = _edges(40, widths), _edges(118, [22, 22, 22, 30, 22, 22])
        canvas.setFillColorRGB(0.27, 0.45, 0.77)  # the header row: dark fill, white letters
        canvas.rect(xs[0], page.height - ys[1], xs[-1] - xs[0], ys[1] - ys[0], stroke=0, fill=1)
        canvas.setFillColorRGB(0.85, 0.9, 0.97)  # every other body row filled: the only row marks on the page
        for r in range(1, len(ys) - 1, 2):
            canvas.rect(xs[0], page.height - ys[r + 1], xs[-1] - xs[0], ys[r + 1] - ys[r], stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        _rows_text(page, xs, ys, [header], 8.5, ["centre"] * 6, [GOTHIC])
        canvas.setFillColorRGB(0, 0, 0)
        _rows_text(page, xs, ys[1:], rows, 8.5, ["left", "right", "right", "right", "right", "left"])
        page.text(40, ys[-1] + 14, "※実績値は各年度末の数値。", 8.5)
        _page_number(page)
    return _save(path, [draw])


# --- 57: a row split by the page break ----------------------------------------------------------------------------


SPLIT_HEADER = ("指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課")
SPLIT_WIDTHS = [200, 70, 70, 70, 80]


def _stroked_grid(page: Page, xs: list[float], ys: list[float]) -> None:
    page.canvas.setLineWidth(0.5)
    for y in ys:
        page.canvas.line(xs[0], page.height - y, xs[-1], page.height - y)
    for x in xs:
        page.canvas.line(x, page.height - ys[0], x, page.height - ys[-1])


def _split_table(page: Page, top: float, rows: list[tuple[str, ...]], header: bool, heights: list[float],
                 top_aligned_last: bool = False) -> float:
    """A ruled table; its last row's text set at the top of the cell (a row the page break cut, whose rest is on
    the next page); returns its bottom."""
    xs = _edges(48, SPLIT_WIDTHS)
    ys = _edges(top, ([22] if header else []) + heights)
    _stroked_grid(page, xs, ys)
    body = ys[1:] if header else ys
    if header:
        _rows_text(page, xs, ys, [SPLIT_HEADER], 9, ["centre"] * 5, [GOTHIC])
    aligns = ["left", "right", "right", "right", "left"]
    last = len(rows) - 1 if top_aligned_last else len(rows)
    _rows_text(page, xs, body, rows[:last], 9, aligns)
    if top_aligned_last:
        for c, text in enumerate(rows[-1]):
            _cell_text(page, xs[c], body[last], xs[c + 1], body[last] + 18, text, 9, aligns[c])
    return ys[-1]


PROSE_ONE = [
    "本市の転入者数は、令和元年度以降おおむね横ばいで推移しており、若い世代の転出が続いています。",
    "一方で、テレワークの広がりを受けて地方での暮らしに関心を持つ人が増え、移住相談の件数は",
    "年々伸びています。こうした流れを確かなものとするため、相談から住まい探し、仕事探し、",
    "暮らし始めた後の支えまでを切れ目なく支援する体制を整えます。",
    "",
    "（基本的方向）",
    "・移住・定住の相談体制を充実し、市の魅力を市外に向けて発信します。",
    "・空き家の活用や住まいの支援を通じて、暮らし始めやすい環境を整えます。",
    "・市内の大学や企業と連携し、若い世代が市内で働き続けられるよう支えます。",
    "・市に関わる人（関係人口）を増やし、将来の移住につなげます。",
    "",
    "（主な取組）",
    "・移住相談窓口の開設日の拡大と、オンライン相談の実施",
    "・お試し居住施設の運営と、空き家バンクの登録物件の充実",
    "・首都圏での移住相談会の開催と、移住者の体験談の発信",
    "・地域おこし協力隊の受入れと、任期後の定住の支援",
    "",
    "各指標の実績値は令和５年度末の数値です。",
]
PROSE_TWO = [
    "本市の出生数は減少が続いており、結婚や出産を望む人がその希望をかなえられる環境づくりが",
    "求められています。妊娠期から子育て期まで、相談と支援を切れ目なく届ける体制を整えます。",
    "",
    "（基本的方向）",
    "・妊娠・出産・子育ての相談を一つの窓口で受け、必要な支援につなげます。",
    "・保育の受け皿を確保し、待機児童の解消を続けます。",
    "・放課後の子どもの居場所を地域とともに確保します。",
    "・子育て家庭の経済的な負担を軽くします。",
    "",
    "（主な取組）",
    "・子育て世代包括支援センターの相談体制の充実",
    "・保育士の確保と、小規模保育事業所の整備の支援",
    "・放課後児童クラブの定員の拡大と、子ども食堂の立上げ支援",
    "・出産・子育て応援給付金の支給",
    "",
    "各指標の実績値は令和５年度末の数値です。",
]
#: Bottom margin of the pages of 57: a table reaches it, and the page breaks inside its last row.
SPLIT_LIMIT = 786.0


def _prose(page: Page, top: float, lines: list[str]) -> float:
    for i, line in enumerate(lines):
        if line:
            page.text(58, top + 16 * i, line, 9.5)
    return top + 16 * len(lines)


def row_split_page_break(path: Path) -> Path:
    """57_pdf_row_split_page_break.pdf: pages 1-3; the break on page 1 cuts a row under a header printed again on
    page 2, the break on page 2 a row of a table whose header page 3 does not print again."""
    def page_one(page: Page) -> None:
        page.text(48, 40, "茜台市 第２期総合戦略 重要業績評価指標の進捗（令和５年度）", 14, GOTHIC)
        page.text(48, 80, "基本目標２　新しい人の流れをつくる", 12, GOTHIC)
        bottom = _prose(page, 110, PROSE_ONE)
        rows = [("転入者数", "2,840人", "2,965人", "3,100人", "企画課"),
                ("移住相談窓口の相談件数", "96件", "158件", "180件", "企画課"),
                ("空き家バンクの成約件数", "7件", "15件", "20件", "住宅課"),
                ("お試し居住施設の利用者数", "24人", "41人", "60人", "企画課"),
                ("市内大学の卒業生の市内就職率", "16.8%", "19.2%", "22.0%", "商工課"),
                ("観光案内所の利用者数", "3.2万人", "4.5万人", "5万人", "観光課"),
                ("市の移住支援制度を", "12世帯", "31世帯", "40世帯", "企画課")]
        top = SPLIT_LIMIT - 22 - 26 * (len(rows) - 1) - 30
        assert top > bottom + 30
        page.text(48, top - 20, "重要業績評価指標（KPI）", 10, GOTHIC)
        _split_table(page, top, rows, True, [26] * (len(rows) - 1) + [30], top_aligned_last=True)
        _page_number(page)

    def page_two(page: Page) -> None:
        xs = _edges(48, SPLIT_WIDTHS)
        ys = _edges(50, [22, 20])
        _stroked_grid(page, xs, ys)
        _rows_text(page, xs, ys, [SPLIT_HEADER], 9, ["centre"] * 5, [GOTHIC])
        _cell_text(page, xs[0], ys[1], xs[1], ys[1] + 16, "利用して転入した世帯数", 9)
        bottom = _split_table(page, ys[-1], [("関係人口として登録した人の数", "―", "420人", "600人", "企画課"),
                                             ("二地域居住の体験者数", "6人", "14人", "20人", "企画課")],
                              False, [26, 26])
        page.text(48, bottom + 40, "基本目標３　結婚・出産・子育ての希望をかなえる", 12, GOTHIC)
        bottom = _prose(page, bottom + 70, PROSE_TWO)
        rows = [("出生数", "812人", "745人", "820人", "こども政策課"),
                ("合計特殊出生率", "1.44", "1.38", "1.50", "こども政策課"),
                ("保育所等の待機児童数", "18人", "0人", "0人", "保育課"),
                ("妊娠期から相談できる窓口の", "1,240件", "1,965件", "2,000件", "健康課")]
        top = SPLIT_LIMIT - 22 - 26 * (len(rows) - 1) - 30
        assert top > bottom + 30, (top, bottom)
        page.text(48, top - 20, "重要業績評価指標（KPI）", 10, GOTHIC)
        _split_table(page, top, rows, True, [26] * (len(rows) - 1) + [30], top_aligned_last=True)
        _page_number(page)

    def page_three(page: Page) -> None:
        xs = _edges(48, SPLIT_WIDTHS)
        ys = _edges(50, [20, 26, 26])
        _stroked_grid(page, xs, ys)
        _cell_text(page, xs[0], ys[0], xs[1], ys[0] + 16, "年間相談件数", 9)
        _rows_text(page, xs, ys[1:], [("放課後児童クラブの定員数", "1,480人", "1,620人", "1,700人", "保育課"),
                                      ("子ども食堂の開設数", "4か所", "11か所", "12か所", "こども政策課")], 9,
                   ["left", "right", "right", "right", "left"])
        page.text(48, ys[-1] + 20, "※実績値が目標値に届いていない指標は、次年度に取組を見直します。", 9)
        _page_number(page)

    return _save(path, [page_one, page_two, page_three])


# --- 58: glyph by glyph ---------------------------------------------------------------------------------------------


def _glyphs(page: Page, x: float, top: float, text: str, size: float, spacing: float = 0.0,
            font: str = MINCHO) -> float:
    """Each glyph its own text object (BT … ET) placed by its own matrix, with character spacing (Tc) set, as
    some exports write text; returns the x after the last glyph."""
    canvas = page.canvas
    y = page.height - top - size
    for ch in text:
        obj = canvas.beginText()
        obj.setFont(font, size)
        obj.setCharSpace(spacing)
        obj.setTextOrigin(x, y)
        obj.textOut(ch)
        canvas.drawText(obj)
        x += _width(ch, size, font) + spacing
    return x


def _spread(page: Page, x0: float, x1: float, top: float, text: str, size: float, font: str = MINCHO) -> None:
    """Text spread over a cell's width, its first glyph at the left padding and its last at the right
    (均等割り付け), glyph by glyph."""
    widths = [_width(ch, size, font) for ch in text]
    space = (x1 - x0 - 2 * (PAD + 3) - sum(widths)) / max(len(text) - 1, 1)
    x = x0 + PAD + 3
    for ch, w in zip(text, widths, strict=True):
        _glyphs(page, x, top, ch, size, 0.0, font)
        x += w + space


def glyph_by_glyph(path: Path) -> Path:
    """58_pdf_glyph_by_glyph_spacing.pdf."""
    header = ("指標名", "基準値（R1）", "目標値（R7）", "担当課")
    rows = [("空き家バンクの登録件数", "12件", "24件", "企画課"),
            ("移住体験住宅の利用者数", "18人", "40人", "企画課"),
            ("地元産木材を使った住宅の新築件数", "3件", "10件", "建設課"),
            ("町営バスの年間利用者数", "2.4万人", "3万人", "総務課")]
    widths = [220, 90, 90, 90]

    def draw(page: Page) -> None:
        _glyphs(page, 48, 40, "蓮見原町 第２期総合戦略 施策の達成状況", 14, 0.5, GOTHIC)
        _glyphs(page, 48, 80, "基本目標２　ひとの流れをつくる", 12, 0.5, GOTHIC)
        _glyphs(page, 48, 105, "重要業績評価指標（KPI）", 10, 0.3, GOTHIC)
        xs, ys = _edges(48, widths), _edges(125, [24] * (len(rows) + 1))
        _stroked_grid(page, xs, ys)
        size = 9.5
        for c, text in enumerate(header):  # header cells spread over their width
            if len(text) <= 3:
                _spread(page, xs[c], xs[c + 1], ys[0] + 7, text, size, GOTHIC)
            else:
                _glyphs(page, xs[c] + PAD + 2, ys[0] + 7, text, size, 0.5, GOTHIC)
        for r, row in enumerate(rows, start=1):
            top = ys[r] + 7
            _glyphs(page, xs[0] + PAD, top, row[0], size, 0.6)
            for c in (1, 2):
                width = sum(_width(ch, size) + 0.6 for ch in row[c]) - 0.6
                _glyphs(page, xs[c + 1] - PAD - width, top, row[c], size, 0.6)
            _spread(page, xs[3], xs[4], top, row[3], size)
        _glyphs(page, page.width / 2 - 12, page.height - 40, "- 1 -", 9, 0.0, GOTHIC)
    return _save(path, [draw])


# --- LibreOffice documents (55, 56, 59) ---------------------------------------------------------------------------


def _sheet(body_rows: list[str], widths_cm: list[float], landscape: bool = True) -> str:
    """A flat ODS spreadsheet of one sheet: ruled cells `G` (wrapped `W`, right-aligned `R`), shaded header cells
    `H`, a title `T` and plain text `P` without border; printed on one A4 page."""
    cell = f'fo:border="{RULE}" style:vertical-align="middle"'
    width, height = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
    page = (f'fo:page-width="{width}" fo:page-height="{height}" '
            f'style:print-orientation="{"landscape" if landscape else "portrait"}" fo:margin-top="1.5cm" '
            'fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"')
    return flat_ods(font=FONT, font_size="9pt", page=page, widths_cm=widths_cm, rows="".join(body_rows),
                    cell_styles=f"""\
<style:style style:name="G" style:family="table-cell"><style:table-cell-properties {cell}/></style:style>
<style:style style:name="W" style:family="table-cell"><style:table-cell-properties {cell} fo:wrap-option="wrap"/>\
</style:style>
<style:style style:name="R" style:family="table-cell"><style:table-cell-properties {cell}/><style:paragraph-properties \
fo:text-align="end"/></style:style>
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties {cell}/><style:paragraph-properties \
fo:text-align="center"/></style:style>
<style:style style:name="H" style:family="table-cell"><style:table-cell-properties {cell} fo:wrap-option="wrap" \
fo:background-color="#fce4d6"/><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="T" style:family="table-cell"><style:text-properties fo:font-size="13pt" \
style:font-size-asian="13pt"/></style:style>
<style:style style:name="P" style:family="table-cell"><style:text-properties fo:font-size="10pt" \
style:font-size-asian="10pt"/></style:style>""")


def actuals_over_years() -> str:
    """55: `実績値` merged over the year columns R2-R5 on a second header row, then 目標値, 達成率 and 評価."""
    covered = "<table:covered-table-cell/>"
    n = 9

    def row(*cells: str) -> str:
        return "<table:table-row>" + "".join(cells) + "</table:table-row>"

    def line(text: str, style: str) -> str:
        return row(_sheet_cell(text, columns=n, style=style) + covered * (n - 1))

    blank = f'<table:table-row><table:table-cell table:number-columns-repeated="{n}"/></table:table-row>'
    head = row(_sheet_cell("指標名", rows=2, style="H"), _sheet_cell("基準値（R1）", rows=2, style="H"),
               _sheet_cell("実績値", columns=4, style="H"), covered * 3, _sheet_cell("目標値（R6）", rows=2, style="H"),
               _sheet_cell("達成率", rows=2, style="H"), _sheet_cell("評価", rows=2, style="H"))
    years = row(covered, covered, *(_sheet_cell(y, style="H") for y in ("R2", "R3", "R4", "R5")), covered * 3)
    data = [("市内企業への新規就職者数", "312人", "288人", "301人", "325人", "340人", "400人", "85.0%", "B"),
            ("企業誘致件数（累計）", "2件", "3件", "3件", "5件", "6件", "8件", "75.0%", "B"),
            ("創業支援による創業者数", "18人", "21人", "26人", "30人", "35人", "30人", "116.7%", "A"),
            ("市の観光入込客数", "182万人", "96万人", "128万人", "165万人", "190万人", "200万人", "95.0%", "B"),
            ("農産物の輸出額", "0.8億円", "0.9億円", "1.1億円", "1.3億円", "1.2億円", "2億円", "60.0%", "C"),
            ("サテライトオフィスの誘致数", "0件", "0件", "1件", "1件", "1件", "5件", "20.0%", "D")]
    body = [row(_sheet_cell(r[0], style="W"), *(_sheet_cell(v, style="R") for v in r[1:8]), _sheet_cell(r[8], style="C"))
            for r in data]
    rows = [line("楠見市 第２期まち・ひと・しごと創生総合戦略 KPI評価一覧（令和５年度）", "T"), blank,
            line("基本目標１　魅力ある雇用の場をつくる", "P"), head, years, *body, blank,
            line("※達成率は令和５年度の実績値を目標値で除したもの。", "P"),
            line("評価　A：達成率100%以上　B：70%以上100%未満　C：40%以上70%未満　D：40%未満", "P")]
    return _sheet(rows, [7.0, 2.2, 2.0, 2.0, 2.0, 2.0, 2.2, 1.8, 1.4])


def _word_document(body: list[str], tables: dict[str, list[float]], styles: str = "", master: str = "") -> str:
    """A flat ODT on A4 portrait: the ruled-table and paragraph styles of tests/layouts_office.py, `styles` of its
    own and, with `master`, a running header and footer on every page."""
    layout = page_layout("21cm", "29.7cm", 'fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.8cm" '
                         'fo:margin-right="1.8cm"', header_footer=bool(master))
    automatic = TEXT_STYLES + styles + "".join(_table_styles(name, widths) for name, widths in tables.items())
    return flat_odt(fonts=[FONT], font_pt=10, layout=layout, automatic=automatic, body="".join(body), master=master)


def _heading_styles() -> str:
    return ('<style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" '
            'fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="11pt" style:font-size-asian="11pt"/>'
            '</style:style>'
            '<style:style style:name="Prose" style:family="paragraph"><style:paragraph-properties '
            'fo:margin-top="0.1cm" fo:margin-bottom="0.2cm" fo:text-indent="0.35cm"/></style:style>')


def strategy_prose_tables() -> str:
    """56: prose pages with a small KPI table after each 施策 heading."""
    header = ["重要業績評価指標", "基準値（R2）", "目標値（R7）"]
    widths = [9.4, 3.6, 3.6]
    measures = [
        ("基本目標１　町の資源を生かした仕事をつくる",
         "町の基幹産業である農林業は、担い手の高齢化と後継者不足が続いています。町の豊かな自然と農林産物を"
         "生かし、若い世代が町で働き、稼げる仕事をつくることで、人口の流出に歯止めをかけます。",
         [("施策１　農林水産業の振興",
           ["就農を希望する人に、研修から農地の確保、機械の導入までを一貫して支援し、新たな担い手を育てます。"
            "また、令和７年度までに町の農地の集積を進め、経営の規模を広げる農家を後押しします。",
            "森林については、町有林と民有林の計画的な整備を進め、町産材の利用を広げます。"],
           [("新規就農者数（累計）", "2人", "12人"), ("森林整備面積", "85ha", "150ha")]),
          ("施策２　観光による交流人口の拡大",
           ["温泉と渓谷を生かした滞在型の観光を磨き上げ、町を訪れる人を増やします。観光ボランティアガイドの"
            "育成を続け、訪れた人が町の暮らしや歴史にふれる機会をつくります。",
            "あわせて、近隣の市町村と連携した周遊ルートを整え、町の魅力を広く発信します。"],
           [("町営温泉施設の利用者数", "9.2万人", "12万人"), ("観光ボランティアガイドの案内件数", "140件", "250件")])]),
        ("基本目標２　子どもを安心して育てられる町をつくる",
         "出生数は減少が続いています。結婚や出産、子育ての希望をかなえられるよう、妊娠期から子育て期まで"
         "切れ目のない支援を行い、子育てするなら杉ノ浦町と思える町をめざします。",
         [("施策３　子育て世帯への支援",
           ["子育て支援センターの開館日を広げ、保護者が気軽に相談できる場をつくります。一時預かりの"
            "受入れを充実し、保護者の急な用事や仕事に応えます。",
            "子育てにかかる経済的な負担を軽くするため、医療費の助成を高校生まで広げます。"],
           [("子育て支援センターの利用者数", "2,640人", "3,500人"), ("一時預かり事業の利用者数", "180人", "300人")]),
          ("施策４　教育環境の充実",
           ["地域の人の協力を得て、放課後の子どもの学びと遊びの場を広げます。学校と地域が連携し、"
            "子どもたちが町の自然や歴史を学ぶ機会をつくります。"],
           [("放課後子ども教室の参加児童数", "96人", "140人")])]),
    ]
    preface = ["本町の人口は、昭和３５年の約１万２千人をピークに減り続け、令和２年の国勢調査では５，８００人余りと"
               "なりました。若い世代の町外への転出と出生数の減少が重なり、このままでは地域の担い手が大きく減ることが"
               "見込まれます。",
               "第１期の総合戦略では、移住の相談窓口を設け、空き家バンクを始めるなど、人の流れをつくる取組を進めて"
               "きました。移住者は少しずつ増えていますが、転出を補うまでには至っていません。",
               "第２期の総合戦略では、第１期の取組を検証し、町の資源を生かした仕事づくりと、子どもを安心して育てられる"
               "環境づくりを柱として、次の二つの基本目標を掲げます。各施策には重要業績評価指標を設け、毎年度その"
               "達成状況を検証し、町民の皆さんに公表します。",
               "なお、各指標の基準値は令和２年度の実績、目標値は計画の最終年度である令和７年度の値です。"]
    actions = {"施策１": ["新規就農者への研修と農地の紹介", "農業機械の導入への補助", "町有林の間伐と作業道の整備",
                         "町産材を使った住宅への補助"],
               "施策２": ["温泉施設の改修と体験メニューの開発", "観光ボランティアガイドの養成講座",
                         "近隣市町村との周遊ルートの整備", "観光情報サイトの多言語化"],
               "施策３": ["子育て支援センターの開館日の拡大", "一時預かり事業の受入枠の拡大", "高校生までの医療費助成",
                         "子育て世帯への住宅取得補助"],
               "施策４": ["放課後子ども教室の地域指導者の確保", "ふるさと学習の教材づくり", "学校図書館の蔵書の充実"]}
    body = [paragraph("杉ノ浦町　第２期まち・ひと・しごと創生総合戦略", "Title"),
            paragraph("第２章　総合戦略の考え方", "Head"), *(paragraph(text, "Prose") for text in preface),
            paragraph("第３章　具体的な施策", "Head")]
    tables = {}
    for goal, intro, parts in measures:
        body += [paragraph(goal, "Head"), paragraph(intro, "Prose")]
        for measure, prose, rows in parts:
            body.append(paragraph(measure, "Sub"))
            body += [paragraph(text, "Prose") for text in prose]
            name = f"K{len(tables) + 1}"
            tables[name] = widths
            body.append(_table(name, widths, header, rows))
            body.append(paragraph("（主な取組）", "Body"))
            body += [paragraph(f"・{action}") for action in actions[measure[:3]]]
    return _word_document(body, tables, styles=_heading_styles())


#: Paragraph styles of 59's running header (a rule under it) and footer, and its cells ruled above and below only.
RUNNING_STYLES = (
    '<style:style style:name="RunHead" style:family="paragraph"><style:paragraph-properties fo:text-align="end" '
    f'fo:border-bottom="{RULE}" fo:padding-bottom="0.08cm"/><style:text-properties fo:font-size="8pt" '
    'style:font-size-asian="8pt"/></style:style>'
    '<style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
    '<style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>')
HORIZONTAL_CELLS = (
    f'<style:style style:name="HC" style:family="table-cell"><style:table-cell-properties fo:border-top="{RULE}" '
    f'fo:border-bottom="{RULE}" fo:border-left="none" fo:border-right="none" fo:padding="0.15cm"/></style:style>'
    f'<style:style style:name="HH" style:family="table-cell"><style:table-cell-properties fo:border-top="{RULE}" '
    f'fo:border-bottom="{RULE}" fo:border-left="none" fo:border-right="none" fo:padding="0.08cm" '
    'fo:background-color="#ededed"/></style:style>'
    '<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="10pt" '
    'style:font-size-asian="10pt"/></style:style>')


def _horizontal_table(name: str, widths_cm: list[float], header: list[str], rows: list[tuple[str, ...]]) -> str:
    """A table ruled above and below each row only (no vertical rule), its shaded header repeated on each page."""
    def cell(text: str, style: str) -> str:
        return (f'<table:table-cell table:style-name="{style}" office:value-type="string">'
                + paragraph(text, "Small") + "</table:table-cell>")

    columns = "".join(f'<table:table-column table:style-name="{name}W{i}"/>' for i in range(len(widths_cm)))
    head = ("<table:table-header-rows><table:table-row>" + "".join(cell(h, "HH") for h in header)
            + "</table:table-row></table:table-header-rows>")
    body = "".join("<table:table-row>" + "".join(cell(c, "HC") for c in row) + "</table:table-row>" for row in rows)
    return f'<table:table table:name="{name}" table:style-name="{name}">{columns}{head}{body}</table:table>'


def running_header_footer() -> str:
    """59: a report whose every page carries the plan's name in a ruled running header and `N / M` in the footer,
    its evaluation tables ruled horizontally only, their header repeated on each page."""
    header = ["指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "評価", "取組の状況"]
    widths = [4.6, 2.0, 2.0, 2.0, 1.1, 5.7]
    goals = [
        ("基本目標１　しごとをつくり、安心して働けるようにする",
         [("市内事業所の従業者数", "28,400人", "28,150人", "29,000人", "C",
           "企業の人手不足が続き、従業者数は横ばいにとどまった。合同企業説明会の回数を増やし、市内企業と求職者の出会いの場を広げる。"),
          ("創業支援事業による創業件数", "22件", "31件", "30件", "A",
           "創業塾の受講者のうち９名が創業した。空き店舗を活用した創業への補助を続け、商店街のにぎわいにつなげる。"),
          ("企業立地件数（累計）", "3件", "7件", "10件", "B",
           "工業団地の第２期区画への立地が決まった。引き続き県と連携して企業訪問を行い、立地の相談に応じる。"),
          ("市内高校生の市内就職率", "34.5%", "38.1%", "40.0%", "B",
           "高校と連携した職場見学会を開いた。就職を希望する生徒とその保護者への情報提供の時期を早める。"),
          ("農業産出額", "86億円", "91億円", "95億円", "B",
           "施設園芸の規模拡大が進んだ。新規就農者への支援を続け、担い手の確保と農地の集積を図る。"),
          ("ふるさと納税の寄附額", "3.2億円", "7.8億円", "6億円", "A",
           "返礼品の見直しにより寄附額が大きく伸びた。地場産品の事業者の参加をさらに促し、品目を増やす。")]),
        ("基本目標２　新しい人の流れをつくる",
         [("転入者数", "4,120人", "4,380人", "4,500人", "B",
           "子育て世帯の転入が増えた。住宅取得への補助と移住相談を組み合わせ、市外への発信を強める。"),
          ("移住相談件数", "210件", "365件", "400件", "B",
           "オンライン相談を始め、首都圏からの相談が増えた。相談から移住までの支援を一つの窓口で行う。"),
          ("空き家バンクの成約件数", "12件", "28件", "30件", "B",
           "登録物件の掘り起こしを進めた。改修への補助と合わせ、所有者への働きかけを続ける。"),
          ("観光入込客数", "315万人", "268万人", "350万人", "C",
           "感染症の影響からの回復が遅れている。体験型の観光と周遊の仕組みを整え、滞在時間を延ばす。"),
          ("関係人口創出事業の参加者数", "―", "540人", "800人", "B",
           "都市部の大学生と地域をつなぐ事業を始めた。参加者が繰り返し訪れる仕組みを地域とともにつくる。"),
          ("市の公式アプリの登録者数", "8,200人", "21,500人", "20,000人", "A",
           "マイナポイントとの連携で登録者が大きく増えた。行政情報と地域の催しの発信を充実させる。")]),
    ]
    intro = ["本報告書は、第２期朱鷺野市まち・ひと・しごと創生総合戦略に掲げた重要業績評価指標（KPI）について、"
             "令和５年度の実績を取りまとめ、その達成状況を検証したものです。",
             "検証にあたっては、市の関係課による内部評価を行ったうえで、産業界、大学、金融機関、労働団体などの"
             "委員で構成する朱鷺野市総合戦略推進会議の意見を伺いました。",
             "評価は、実績値の目標値に対する達成の見込みにより、Ａ（目標を達成）、Ｂ（概ね順調）、Ｃ（遅れている）の"
             "三段階で示しています。"]
    body = [paragraph("令和５年度　朱鷺野市総合戦略　効果検証報告書", "Title"),
            paragraph("１　効果検証の概要", "Head"), *(paragraph(text, "Body") for text in intro),
            paragraph("２　基本目標ごとの検証結果", "Head")]
    tables = {}
    for heading, rows in goals:
        name = f"G{len(tables) + 1}"
        tables[name] = widths
        body += [paragraph(heading, "Head"), _horizontal_table(name, widths, header, rows)]
    body += [paragraph("３　今後の方向性", "Head"),
             paragraph("しごとづくりの分野では概ね順調に推移している一方、観光の分野では回復が遅れています。"
                       "次年度は、評価がＣとなった指標を中心に取組を見直し、推進会議の意見を踏まえて事業を改善します。",
                       "Body")]
    master = ('<style:header><text:p text:style-name="RunHead">第２期朱鷺野市まち・ひと・しごと創生総合戦略　'
              '効果検証報告書</text:p></style:header><style:footer><text:p text:style-name="Foot">'
              '<text:page-number text:select-page="current"/> / <text:page-count/></text:p></style:footer>')
    return _word_document(body, tables, styles=RUNNING_STYLES + HORIZONTAL_CELLS, master=master)


def main(arguments: list[str]) -> None:
    builders = {
        "52": (excel_filled_borders, "52_pdf_excel_filled_borders"),
        "53": (ichitaro_double_dotted_rules, "53_pdf_double_dotted_rules"),
        "54": (zebra_rows_unruled, "54_pdf_zebra_rows_unruled"),
        "57": (row_split_page_break, "57_pdf_row_split_page_break"),
        "58": (glyph_by_glyph, "58_pdf_glyph_by_glyph_spacing"),
    }
    texts = {"56": (strategy_prose_tables, "56_pdf_strategy_prose_measure_tables"),
             "59": (running_header_footer, "59_pdf_running_title_page_numbers")}
    sheets = {"55": (actuals_over_years, "55_pdf_actuals_over_years")}
    wanted = arguments or sorted([*builders, *texts, *sheets])
    for number in wanted:
        if number in builders:
            build, stem = builders[number]
            print(build(LAYOUTS / f"{stem}.pdf"))
        elif number in texts:
            write, stem = texts[number]
            convert({stem: write()}, LAYOUTS)
            print(LAYOUTS / f"{stem}.pdf")
        elif number in sheets:
            write, stem = sheets[number]
            convert_sheet(stem, write())
            print(LAYOUTS / f"{stem}.pdf")


if __name__ == "__main__":
    main(sys.argv[1:])
