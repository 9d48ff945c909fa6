# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""PDF fixtures built with reportlab's built-in Japanese CID fonts (no font files needed).

Each builder draws a page layout of one kind seen in the municipal PDFs: a landscape 効果検証シート grid with
merged goal cells, a 総合戦略 KPI table under its headings, a 重点プロジェクト table, a table split over two
pages, Kangxi-radical text, a whitespace table and a scan (image without text).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

from ingest.table.grid import GridCell as Cell  # a drawn cell is the grid cell a reader should find

GOTHIC = "HeiseiKakuGo-W5"
MINCHO = "HeiseiMin-W3"
for _font in (GOTHIC, MINCHO):
    pdfmetrics.registerFont(UnicodeCIDFont(_font))


#: Every table drawn, as (page number, row-major texts with spans filled): the expected grids of the benchmark.
DRAWN: list[tuple[int, list[list[str]]]] = []


class Page:
    """A canvas page addressed from the top (like pdfplumber), in points."""

    def __init__(self, canvas: Canvas, size: tuple[float, float], number: int = 1) -> None:
        self.canvas, self.width, self.height, self.number = canvas, size[0], size[1], number

    def text(self, x: float, top: float, text: str, size: float = 10, font: str = GOTHIC) -> None:
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, self.height - top - size, text)

    def box(self, x0: float, top: float, x1: float, bottom: float) -> None:
        self.canvas.rect(x0, self.height - bottom, x1 - x0, bottom - top, stroke=1, fill=0)

    def table(self, x: float, top: float, widths: list[float], heights: list[float], cells: list[Cell],
              size: float = 7, ruled: bool = True) -> float:
        """Draw a grid; returns its bottom. Text lines ("\\n") are centred vertically in their cell."""
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        ys = [top]
        for h in heights:
            ys.append(ys[-1] + h)
        self.canvas.setLineWidth(0.5)
        expected = [["" for _ in widths] for _ in heights]
        for cell in cells:
            for r in range(cell.row, cell.row + cell.row_span):
                for c in range(cell.col, cell.col + cell.col_span):
                    expected[r][c] = cell.text
        DRAWN.append((self.number, expected))
        for cell in cells:
            x0, x1 = xs[cell.col], xs[cell.col + cell.col_span]
            y0, y1 = ys[cell.row], ys[cell.row + cell.row_span]
            if ruled:
                self.box(x0, y0, x1, y1)
            lines = cell.text.split("\n") if cell.text else []
            first = (y0 + y1) / 2 - len(lines) * (size + 2) / 2
            for i, line in enumerate(lines):
                self.text(x0 + 2, first + i * (size + 2), line, size, MINCHO)
        return ys[-1]


def _save(path: Path, size: tuple[float, float], draw_pages: list) -> Path:
    canvas = Canvas(str(path), pagesize=size)
    for number, draw in enumerate(draw_pages, start=1):
        page = Page(canvas, size, number)
        draw(page)
        page.text(size[0] / 2, size[1] - 30, str(number), 9)  # page number in the footer
        canvas.showPage()
    canvas.save()
    return path


SHEET_HEADER = ["大基本目標", "小基本目標", "具体的な施策", "重要業績評価指標\n（ＫＰＩ）名称",
                "令和５年度\n①主な取組・事業実施状況 ②課題 ③今後の方策等", "基準値\n（令和元年度）",
                "令和４年度\n実績値", "令和５年度\n実績値", "令和５年度\n目標値", "計画最終年度\n目標値\n（令和９年度）",
                "進捗状況", "進捗が遅れている\n理由", "指標の担当課"]
SHEET_WIDTHS = [46, 58, 80, 120, 300, 62, 62, 62, 62, 62, 58, 110, 60]


def kensho_sheet(path: Path) -> Path:
    """効果検証シート: landscape A3, 13 columns, goal/sub-goal merged over every row, measures merged over theirs."""
    size = landscape(A3)
    body = [
        ("数値目標", "新規求人数", "①セミナーを開催した。\n②支援を検討。", ["1,563件", "1,486件", "1,472件", "1,594件", "1,630件"],
         "概ね順調に進\n捗", "-", "商工労働課"),
        ("①地域産業の活性化、\n付加価値の向上", "製造品出荷額等", "①展示会出展を支援した。",
         ["11,942億円\n（平成30年）", "10,060億円\n（令和2年）", "11,017億円\n（令和3年）", "12,262億円\n（令和3年）",
          "13,500億円\n（令和8年）"], "概ね順調に進\n捗", "-", "企業誘致課"),
        (None, "新技術・新製品等の開発数", "①企業を支援した。", ["4件", "4件", "5件", "10件", "8件"], "進捗の遅れ",
         "コロナ禍の影響による事業者\nの開発意欲の低下のため。", "商工労働課"),
        ("②グローバル教育の\n推進", "英語の学習が楽しいと感じて\nいる児童・生徒の割合", "①調査を参考にした。",
         ["小学校88.7%\n中学校82.8%", "小学校86.1％\n中学校76.6%", "小学校87.1%\n中学校72.2%", "小学校94.5%\n中学校85.0%",
          "小学校90.0%\n中学校85.0%"], "進捗の遅れ", "機会が十分ではない。", "学校教育課"),
    ]
    cells = [Cell(0, c, text) for c, text in enumerate(SHEET_HEADER)]
    cells += [Cell(1, 0, "１\nしごとの\n創生", row_span=4), Cell(1, 1, "1-1\n安定した雇用\nの創出", row_span=4)]
    for i, (measure, name, narrative, values, progress, reason, department) in enumerate(body, start=1):
        if measure is not None:
            span = 2 if measure.startswith("①") else 1
            cells.append(Cell(i, 2, measure, row_span=span))
        cells += [Cell(i, 3, name), Cell(i, 4, narrative)]
        cells += [Cell(i, 5 + j, v) for j, v in enumerate(values)]
        cells += [Cell(i, 10, progress), Cell(i, 11, reason), Cell(i, 12, department)]

    def draw(page: Page) -> None:
        page.text(48, 30, "令和５年度　第２期伊勢崎市まち・ひと・しごと創生総合戦略効果検証シート", 14)
        page.box(1085, 25, 1148, 48)
        page.text(1100, 30, "資料２", 12)
        page.table(48, 65, SHEET_WIDTHS, [40, 36, 40, 36, 40], cells)

    return _save(path, size, [draw])


STRATEGY_HEADER = ["指標名", "現状値\n(令和元年度)", "目標値\n(令和9年度)"]
STRATEGY_WIDTHS = [240, 120, 120]


def _strategy_table(page: Page, top: float, rows: list[tuple[str, str, str]], heights: list[float] | None = None,
                    header: bool = True) -> float:
    cells = [Cell(0, c, t) for c, t in enumerate(STRATEGY_HEADER)] if header else []
    offset = 1 if header else 0
    for i, row in enumerate(rows):
        cells += [Cell(i + offset, c, t) for c, t in enumerate(row)]
    heights = ([30] if header else []) + (heights or [24] * len(rows))
    return page.table(57, top, STRATEGY_WIDTHS, heights, cells, size=9)


def strategy_kpi(path: Path) -> Path:
    """総合戦略 chapter page: headings, a 数値目標 table, a boxed measure heading, a KPI table and a ※ note."""

    def draw(page: Page) -> None:
        page.text(57, 40, "基本目標1　しごとの創生", 14)
        page.text(57, 65, "基本目標1-1　安定した雇用の創出", 12)
        page.text(57, 95, "数値目標", 11)
        bottom = _strategy_table(page, 115, [("新規求人数", "1,563件", "1,630件")])
        page.text(57, bottom + 20, "基本的方向", 11)
        page.text(57, bottom + 40, "人口を増加させるためには、就労の場が必要です。", 10, MINCHO)
        page.box(57, bottom + 70, 537, bottom + 110)
        page.text(60, bottom + 74, "具体的な施策②　住み慣れた地域で安心して自立した生活を送ることができる体制の整", 12)
        page.text(60, bottom + 92, "備", 12)
        page.text(57, bottom + 130, "重要業績評価指標（ＫＰＩ）", 11)
        rows = [("製造品出荷額等*", "11,942億円\n(平成30年)", "13,500億円\n(令和8年)"),
                ("将来の夢や希望の実現に向け努力している\n児童・生徒の割合", "75.3%", "85.0%"),
                ("鉄道利用者数", "490.7万人\n(平成30年度)", "430万人(※)\n(令和8年度)"),
                ("災害図上訓練年間実施回数", "O□", "50")]
        bottom = _strategy_table(page, bottom + 150, rows, [34, 34, 34, 24])
        page.text(57, bottom + 6, "※現状値(令和元年度)からは減少しているが、令和4年度実績から増加させるもの。", 9, MINCHO)
        page.text(57, bottom + 40, "主な取組", 11)

    return _save(path, A4, [draw])


def project_plan(path: Path) -> Path:
    """重点プロジェクト page: project heading, プロジェクト指標 table (full-width digits), 成果指標 table whose
    施策の展開方針 cell is merged over its indicators."""

    def draw(page: Page) -> None:
        page.text(57, 40, "少子高齢化対策プロジェクト", 14)
        page.text(57, 70, "◼ プロジェクト指標", 11)
        header = ["指標名", "現状値\n（令和５年度）", "目標値\n（令和 11年度）", "解説・算出方法など"]
        rows = [["年少人口", "26,186人\n（令和５年）", "23,914人\n（令和 11年）", "15歳未満の人口"],
                ["介護を必要としない高齢者の割合", "８１．０％", "８１．０％以上", "65歳以上の高齢者のうち、\n介護認定を受けていない人の割合"]]
        cells = [Cell(0, c, t) for c, t in enumerate(header)]
        cells += [Cell(r + 1, c, t) for r, row in enumerate(rows) for c, t in enumerate(row)]
        bottom = page.table(57, 90, [170, 80, 80, 150], [30, 30, 30], cells, size=8)
        header = ["施策の展開方針", "成果指標", "現状値\n（令和５年度）", "目標値\n（令和 11年度）", "参照\nページ"]
        cells = [Cell(0, c, t) for c, t in enumerate(header)]
        cells.append(Cell(1, 0, "重点施策 1-1\n方針１：結婚、出産、子\n育てまでの切れ目のな\nい支援", row_span=2))
        rows = [["３歳児健康診査受診率", "95.2％", "96.5％", "Ｐ.○"],
                ["保育所等及び放課後児童\nクラブの待機児童数", "待機児童なし", "待機児童なし", "Ｐ.○"]]
        cells += [Cell(r + 1, c + 1, t) for r, row in enumerate(rows) for c, t in enumerate(row)]
        page.text(57, bottom + 30, "◼ 「取組の方向性・目指す地域の姿」と対応する施策の展開方針", 11)
        page.table(57, bottom + 50, [130, 140, 70, 70, 40], [30, 36, 36], cells, size=8)

    return _save(path, A4, [draw])


def split_table(path: Path, repeat_header: bool) -> Path:
    """A 効果検証シート-like table continued on the next page, with or without its header repeated there."""
    header = ["大基本目標", "小基本目標", "重要業績評価指標\n（ＫＰＩ）名称", "基準値\n（令和元年度）", "令和５年度\n実績値", "指標の担当課"]
    widths = [60, 90, 160, 80, 80, 80]
    first = [Cell(0, c, t) for c, t in enumerate(header)]
    first += [Cell(1, 0, "２\nひとの創\n生", row_span=2), Cell(1, 1, "2-1\n結婚・出産・\n子育ての希望\nの実現", row_span=2)]
    first += [Cell(1, 2, "出生数"), Cell(1, 3, "1,702人\n（令和元年）"), Cell(1, 4, "1,426人\n（令和５年）"),
              Cell(1, 5, "企画調整課"), Cell(2, 2, "妊婦健康診査受診率"), Cell(2, 3, "80.5%"), Cell(2, 4, "78.1%"),
              Cell(2, 5, "健康づくり課")]
    offset = 1 if repeat_header else 0
    second = [Cell(0, c, t) for c, t in enumerate(header)] if repeat_header else []
    second += [Cell(offset, 0, "", row_span=2), Cell(offset, 1, "", row_span=2)]
    second += [Cell(offset, 2, "放課後児童クラブ数"), Cell(offset, 3, "78カ所"), Cell(offset, 4, "96カ所"),
               Cell(offset, 5, "子育て支援課"), Cell(offset + 1, 2, "放課後子供教室数"), Cell(offset + 1, 3, "7教室"),
               Cell(offset + 1, 4, "11教室"), Cell(offset + 1, 5, "生涯学習課")]

    def page_one(page: Page) -> None:
        page.text(50, 30, "令和５年度　効果検証シート", 14)
        page.table(50, 400, widths, [40, 60, 60], first)

    def page_two(page: Page) -> None:
        page.text(50, 30, "令和５年度　効果検証シート", 14)  # running page header
        page.table(50, 70, widths, ([40] if repeat_header else []) + [30, 30], second)

    return _save(path, A4, [page_one, page_two])


def kangxi_table(path: Path) -> Path:
    """Word-export style text layer: `⽣` (U+2F63), `⽬` (U+2F6C), `⼈` (U+2F08) instead of 生, 目, 人."""

    def draw(page: Page) -> None:
        page.text(57, 40, "基本⽬標2　ひとの創⽣", 14)
        page.text(57, 65, "基本⽬標2-1　結婚・出産・⼦育ての希望の実現", 12)
        page.text(57, 95, "数値⽬標", 11)
        cells = [Cell(0, 0, "指標名"), Cell(0, 1, "現状値\n(令和元年度)"), Cell(0, 2, "⽬標値\n(令和9年度)"),
                 Cell(1, 0, "年少⼈⼝"), Cell(1, 1, "２８，６５３⼈"), Cell(1, 2, "２８，９２９⼈")]
        page.table(57, 115, STRATEGY_WIDTHS, [30, 24], cells, size=9)

    return _save(path, A4, [draw])


def whitespace_table(path: Path) -> Path:
    """A KPI table drawn without any rules: columns and rows only by alignment."""

    def draw(page: Page) -> None:
        page.text(57, 40, "基本目標1-2　ひとの流れの創出", 12)
        page.text(57, 70, "重要業績評価指標（ＫＰＩ）", 11)
        rows = [("", "現状値", "目標値"), ("指標名", "", ""), ("", "(令和元年度)", "(令和9年度)"),
                ("境地区の年間観光入込客数", "88,271人", "94,000人"),
                ("", "144人", ""),
                ("いせさき合同会社説明会の参加者数", "", "200人"),
                ("", "(平成30年度)", ""),
                ("華蔵寺公園遊園地年間利用者数", "169万人", "196万人")]
        for i, row in enumerate(rows):
            for x, text in zip((60, 330, 450), row, strict=True):
                if text:
                    page.text(x, 95 + i * 14, text, 9, MINCHO)
        page.text(57, 260, "主な取組", 11)
        page.text(57, 280, "・華蔵寺公園遊園地及び周辺施設の充実", 10, MINCHO)

    return _save(path, A4, [draw])


def header_cut_by_page_break(path: Path) -> Path:
    """Unruled KPI tables one under another; the page break falls inside the last one's header: its header line
    `指標名 現状値 目標値 解説` ends page 1, its period line and row open page 2, another table follows."""
    columns = (57, 230, 330, 430)

    def line(page: Page, top: float, texts: tuple[str, ...]) -> None:
        for x, text in zip(columns, texts, strict=False):
            if text:
                page.text(x, top, text, 9, MINCHO)

    def page_one(page: Page) -> None:
        page.text(57, 60, "基本目標1　ひとの流れの創出", 12)
        page.text(57, 90, "成果指標", 11)
        line(page, 110, ("", "現状値", "目標値"))
        line(page, 124, ("指標名", "", "", "解説・算出方法など"))
        line(page, 138, ("", "（令和5年度）", "（令和11年度）"))
        line(page, 152, ("市民活動団体の登録数", "120団体", "150団体"))
        page.text(57, 720, "基本目標2　共生社会の実現", 12)
        page.text(57, 750, "成果指標", 11)
        line(page, 775, ("指標名", "現状値", "目標値", "解説・算出方法など"))

    def page_two(page: Page) -> None:
        line(page, 40, ("", "（令和5年度）", "（令和11年度）"))
        line(page, 54, ("日本語教室への外国人参加者の延べ人数", "173人", "190人"))
        page.text(57, 110, "基本目標3　安全なまちづくり", 12)
        page.text(57, 140, "成果指標", 11)
        line(page, 160, ("", "現状値", "目標値"))
        line(page, 174, ("指標名", "", "", "解説・算出方法など"))
        line(page, 188, ("", "（令和5年度）", "（令和11年度）"))
        line(page, 202, ("刑法犯認知件数", "1,869件", "1,400件"))

    return _save(path, A4, [page_one, page_two])


def scanned(path: Path) -> Path:
    """A scan: one image per page, no text layer."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (200, 280), 255)
    for x in range(20, 180):
        for y in (40, 80, 120):
            image.putpixel((x, y), 0)

    canvas = Canvas(str(path), pagesize=A4)
    canvas.drawImage(ImageReader(image), 50, 100, width=400, height=560)
    canvas.showPage()
    canvas.save()
    return path
