# ruff: noqa: E501  (lines of Japanese prose read better unbroken)
"""Build the prose PDF documents 65-67 of tests/fixtures/layouts/ with reportlab (`python -m tests.layouts_prose_pdfs`).

Real 総合戦略 are mostly prose: per 基本目標 a 数値目標 banner or box, per 施策 a short KPI list or a two-column
table, values in sentences. These PDFs print such statements outside tables (issue 11 item 2). The PDFs are
committed; this script is how they were made. Content invented (fictional municipalities, nothing copied):
- 65: a town's 総合戦略: each goal's `【数値目標】` box (a frame, no table) holding the name, then `基準値（R5）`
  and `目標値（R11）` on lines of their own; per 施策 a bullet list `・name 現状値（R5）：a → 目標値（R11）：b` and a
  two-column ruled table `重要業績評価指標（KPI） | 目標値（R11）` (targets without baseline);
- 66: a city's strategy over two pages with a running header and a page number: prose with background figures
  wrapped over lines, KPI bullets, one broken at its arrow at the end of a line, and one whose name stands at the
  foot of page 1 and its figures at the top of page 2;
- 67: a village's strategy in paragraphs: targets stated in sentences wrapped over lines
  (`…を令和11年度までに` / `累計30人とすることを目指します。`), a sentence giving a census figure as context,
  target-only list items (`目標：150件（令和11年度）`) and direction targets (`→ 増加`).
(Layouts 11-51 are made by tests/layouts_pdfs.py and tests/layouts_office.py; 52-59 by another builder.)
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

from tests.layouts_pdfs import LAYOUTS, _footer, _pages, _ruled
from tests.pdf_builders import Page

BODY = 10
LEADING = 16


def _lines(page: Page, x: float, top: float, lines: list[str], size: float = BODY) -> float:
    """Lines of text one under the other; returns the top of the next line."""
    for i, line in enumerate(lines):
        page.text(x, top + LEADING * i, line, size)
    return top + LEADING * len(lines)


def _framed(page: Page, top: float, lines: list[str]) -> float:
    """A framed box (a rectangle, not a table) holding lines of text; returns its bottom."""
    bottom = top + 10 + LEADING * len(lines)
    page.canvas.setLineWidth(0.8)
    page.box(48, top, 540, bottom)
    _lines(page, 60, top + 6, lines)
    return bottom


def numeric_goal_boxes(path: Path) -> Path:
    """65_pdf_numeric_goal_boxes.pdf: per goal a framed 数値目標 box with baseline and target on lines of their own,
    per measure a KPI bullet list and a two-column target table."""
    def page_one(page: Page) -> None:
        page.text(48, 40, "鈴鹿野町 第３期まち・ひと・しごと創生総合戦略", 14)
        page.text(48, 62, "令和７年３月　鈴鹿野町 企画財政課", 9)
        page.text(48, 95, "基本目標１　地域資源を活かした仕事をつくる", 12)
        bottom = _framed(page, 120, ["【数値目標】", "町内の従業者数", "基準値（R5）　3,850人",
                                     "目標値（R11）　4,200人"])
        page.text(48, bottom + 20, "施策（１）茶業の振興", 11)
        bottom = _lines(page, 58, bottom + 42, ["・茶の栽培面積　現状値（R5）：182ha　→　目標値（R11）：190ha",
                                                "・茶の加工品の新商品数　現状値（R5）：3件　→　目標値（R11）：12件"])
        page.text(48, bottom + 14, "施策（２）企業誘致と創業の支援", 11)
        _ruled(page, bottom + 36, [300, 150], ["重要業績評価指標（KPI）", "目標値（R11）"],
               [("町の支援による創業件数（累計）", "15件"), ("誘致企業の新規雇用者数（累計）", "60人")])

    def page_two(page: Page) -> None:
        page.text(48, 60, "基本目標２　子どもを産み育てやすい環境をつくる", 12)
        bottom = _framed(page, 85, ["【数値目標】", "年少人口の割合", "基準値（R5）　11.8%",
                                    "目標値（R11）　12.0%以上"])
        page.text(48, bottom + 20, "施策（１）子育て家庭の負担の軽減", 11)
        _lines(page, 58, bottom + 42, ["・子育て支援センターの利用者数　現状値（R5）：5,210人　→　目標値（R11）：6,000人",
                                       "・病児保育の利用日数　現状値（R5）：340日　→　目標値（R11）：450日"])

    return _pages(path, A4, [page_one, page_two])


def statement_across_pages(path: Path) -> Path:
    """66_pdf_statement_page_break.pdf: KPI statements broken at an arrow and across a page break, under a running
    header, with prose of background figures around them."""
    def furniture(page: Page) -> None:
        page.text(page.width - 190, 22, "磯辺原市 第２期総合戦略", 8)
        _footer(page)

    def page_one(page: Page) -> None:
        furniture(page)
        page.text(48, 50, "磯辺原市 第２期まち・ひと・しごと創生総合戦略", 14)
        page.text(48, 72, "磯辺原市 総務部 企画調整課", 9)
        page.text(48, 105, "基本目標１　港のにぎわいと観光で稼ぐ", 12)
        bottom = _lines(page, 58, 130, [
            "本市の観光入込客数は、平成30年の214万人をピークに、令和2年には118万人まで落ち込み",
            "ましたが、令和5年には186万人まで回復しています。一方で、宿泊を伴う観光客の割合は",
            "12.4%にとどまり、滞在時間の延長が課題です。",
        ])
        page.text(48, bottom + 16, "【重要業績評価指標（KPI）】", 10)
        _lines(page, 58, bottom + 38, [
            "・港周辺の観光施設の入込客数　現状値 86万人（R5）→ 目標値 110万人（R11）",
            "・市内の宿泊者数　現状値 23.6万人（R5）→",
            "　目標値 30万人（R11）",
            "・クルーズ船の寄港回数　現状値 4回（R5）→ 目標値 12回（R11）",
        ])
        page.text(58, page.height - 70, "・水産物直売所の売上高", BODY)

    def page_two(page: Page) -> None:
        furniture(page)
        _lines(page, 58, 50, ["　4.2億円（R5）→ 5億円（R11）"])
        page.text(48, 95, "基本目標２　安心して子育てできるまちをつくる", 12)
        bottom = _lines(page, 58, 120, [
            "本市の出生数は、2013年の512人から2023年には371人まで減少しています。",
        ])
        page.text(48, bottom + 16, "【重要業績評価指標（KPI）】", 10)
        _lines(page, 58, bottom + 38, [
            "・保育所等の待機児童数　現状値 14人（R6）→ 目標値 0人（R11）",
            "・子育て世帯の転入者数　現状値 412人（R5）→ 目標値 500人（R11）",
        ])

    return _pages(path, A4, [page_one, page_two], footers=(False, False))


def sentence_targets(path: Path) -> Path:
    """67_pdf_prose_sentence_targets.pdf: targets stated in sentences wrapped over lines, a census figure given as
    context, target-only list items and direction targets."""
    def draw(page: Page) -> None:
        page.text(48, 40, "灯台岬村 第２期総合戦略（改訂版）", 14)
        page.text(48, 62, "灯台岬村 総務課", 9)
        page.text(48, 95, "基本目標１　農と漁で村の仕事を守る", 12)
        bottom = _lines(page, 58, 120, [
            "　村の人口は、2020年の国勢調査で3,412人となり、2015年から318人減少しました。農業と漁業",
            "の担い手の高齢化が進み、後継者の確保が急務です。このため、新規就農者の数を令和11年度までに",
            "累計30人とすることを目指します。また、村内の漁業就業者数を令和11年度に",
            "85人とします。",
        ])
        page.text(48, bottom + 16, "【数値目標】", 10)
        _lines(page, 58, bottom + 38, [
            "・農林水産物の直売所での販売件数　目標：12,000件（令和11年度）",
            "・村の農業産出額　現状値 9.8億円（R4）→ 目標値 増加",
        ])
        page.text(48, bottom + 100, "基本目標２　村で安心して暮らし続ける", 12)
        bottom = _lines(page, 58, bottom + 125, [
            "　高齢化率は2020年に41.2%となり、2040年には50%を超えると見込まれています。",
            "　住民同士の支え合いを広げ、見守り活動の担い手を令和11年度までに120人にします。",
        ])
        page.text(48, bottom + 16, "【重要業績評価指標（KPI）】", 10)
        _lines(page, 58, bottom + 38, [
            "・ふれあいサロンの開催回数　現状値 96回（R5）→ 維持",
            "・高齢者の見守り協定の締結事業所数　目標：20事業所（令和11年度）",
        ])

    return _pages(path, A4, [draw])


def main() -> None:
    print(numeric_goal_boxes(LAYOUTS / "65_pdf_numeric_goal_boxes.pdf"))
    print(statement_across_pages(LAYOUTS / "66_pdf_statement_page_break.pdf"))
    print(sentence_targets(LAYOUTS / "67_pdf_prose_sentence_targets.pdf"))


if __name__ == "__main__":
    main()
