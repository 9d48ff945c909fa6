# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 251-256 of tests/fixtures/layouts/ (`python -m tests.layouts_panels [numbers]`).

Habits of real 総合戦略 / 効果検証 PDFs that 01-245 do not show, drawn with reportlab, 256 printed by LibreOffice
Writer from a generated flat ODT (needs `soffice` and fonts-ipaexfont; the PDFs are committed, CI only reads them). This script writes only its own files. Content invented (fictional municipalities, every name and
number made up):
- 251: a year-major 数値目標 table: one row per fiscal year labelled year then role (`基準値（H30）`, `R2実績`,
  `R3実績`, `R4実績`, `目標（R7）`), the indicators across as columns, each header closing with its unit in brackets
  (`移住者数（人）`, `空き家バンクの成約率（%）`), the cells bare numbers;
- 252: a KPI list whose names close with their unit in brackets (`観光入込客数（千人）`, `観光消費額（百万円）`) over bare
  numbers, beside a `達成率（%）` column whose cells are percentages of another unit (progress, no value);
- 253: a page set in two text columns (段組み): each column a goal heading, a paragraph and a KPI table of its own,
  the right column's paragraph longer, so its table starts lower and the two tables' rows stand at other heights;
- 254: an evaluation table with one row per fiscal year of each indicator (`R3`, `R4`, `R5` in a `年度` column),
  `目標値 | 実績値 | 達成率` across, the name and department cells merged down over the indicator's three rows;
- 255: a KPI table whose cells print ranges and qualifiers: `30～40件` (a range baseline), `約1,200人`, `1.5倍`
  beside values in 人 (relative to the baseline), `前年比増` (a comparison), `維持` (a direction word), and a true
  ratio `1.21倍` (有効求人倍率, a value in 倍);
- 256: a word-processor page whose KPI stand in frames (text boxes) at the right of the body text: per `施策（N）`
  heading, paragraphs wrapped to the left of a framed box holding the caption `【重要業績評価指標（KPI）】` and a
  small ruled table, the box anchored to the heading's first paragraph.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4

from tests.layouts_genre import _table_at, build, build_office
from tests.layouts_office import FONT, RULE, TEXT_STYLES, _table, _table_styles
from tests.layouts_pdfs import _pages
from tests.libreoffice import flat_odt, page_layout, paragraph
from tests.pdf_builders import Cell, Page


def year_rows_units_in_names(path: Path) -> Path:
    """251: fiscal years down (`基準値（H30）`, `R2実績` …, `目標（R7）`), indicators across with `（人）` in the header."""
    def draw(page: Page) -> None:
        page.text(40, 36, "柊野村 第２期総合戦略 数値目標の推移", 13)
        page.text(40, 66, "基本目標１　村への新しいひとの流れをつくる", 11)
        _table_at(page, 40, 90, [110, 120, 130, 150],
                  [("区分", "移住者数（人）", "移住相談件数（件）", "空き家バンクの成約率（%）"),
                   ("基準値（H30）", "14", "38", "22.5"),
                   ("R2実績", "11", "52", "25.0"),
                   ("R3実績", "17", "61", "31.4"),
                   ("R4実績", "19", "74", "33.3"),
                   ("目標（R7）", "25", "90", "40.0")], size=9, height=22)
    return _pages(path, A4, [draw])


def unit_in_name_rate_column(path: Path) -> Path:
    """252: names closing with `（千人）` / `（百万円）` over bare numbers, and a `達成率（%）` column of progress."""
    def draw(page: Page) -> None:
        page.text(40, 36, "白萩市 総合戦略 重要業績評価指標（KPI）の進捗", 13)
        page.text(40, 66, "基本目標３　にぎわいと交流を生み出す", 11)
        _table_at(page, 40, 90, [176, 70, 70, 70, 62, 68],
                  [("指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "達成率（%）", "担当課"),
                   ("観光入込客数（千人）", "1,284", "1,190", "1,400", "85.0", "観光課"),
                   ("観光消費額（百万円）", "3,820", "4,110", "4,500", "91.3", "観光課"),
                   ("宿泊者数（人）", "86,400", "92,150", "100,000", "92.2", "観光課"),
                   ("中心市街地の休日歩行者数（人）", "5,120", "4,870", "6,000", "81.2", "商工課"),
                   ("市民活動団体の登録数（団体）", "148", "163", "170", "95.9", "市民協働課"),
                   ("イベント参加者の満足度（%）", "78.5", "82.0", "85.0", "96.5", "市民協働課")], size=9, height=22)
    return _pages(path, A4, [draw])


def two_text_columns(path: Path) -> Path:
    """253: two text columns, each a goal heading, a paragraph and its own KPI table at another height."""
    def column(page: Page, x: float, heading: str, paragraph: list[str], rows: list[tuple[str, str, str]]) -> None:
        page.text(x, 80, heading, 10.5)
        for number, line in enumerate(paragraph):
            page.text(x, 104 + number * 14, line, 9)
        caption = 104 + len(paragraph) * 14 + 10
        page.text(x, caption, "【重要業績評価指標（KPI）】", 9)
        _table_at(page, x, caption + 16, [128, 62, 62], [("指標名", "基準値（R1）", "目標値（R7）"), *rows],
                  size=8, height=20)

    def draw(page: Page) -> None:
        page.text(40, 36, "萩ノ浦町 第２期総合戦略（概要版）", 14)
        column(page, 40, "基本目標１　町の産業を元気にする",
               ["町の基幹産業である漁業と農業の担い手を", "確保し、特産品の販路を広げます。"],
               [("新規漁業就業者数", "2人", "6人"), ("特産品の販売額", "1.8億円", "2.4億円"),
                ("認定農業者数", "41人", "48人")])
        column(page, 306, "基本目標２　安心して子育てできる町にする",
               ["妊娠期から子育て期まで切れ目のない支援を", "行い、子育て世帯の負担を軽くします。",
                "地域ぐるみで子どもの育ちを見守る体制を", "整えます。"],
               [("年間出生数", "58人", "65人"), ("子育て相談の件数", "312件", "400件"),
                ("放課後子ども教室の参加者数", "1,240人", "1,500人")])
    return _pages(path, A4, [draw])


def indicator_year_rows(path: Path) -> Path:
    """254: per indicator three rows `R3` / `R4` / `R5` of `目標値 | 実績値 | 達成率`, name and department merged down."""
    def draw(page: Page) -> None:
        page.text(40, 36, "紅葉台町 総合戦略 ＫＰＩの達成状況（令和３年度～令和５年度）", 13)
        page.text(40, 66, "基本目標２　健やかに暮らせるまちをつくる", 11)
        indicators = [("特定健康診査の受診率", "健康推進課", [("R3", "45.0%", "41.2%", "91.6%"),
                                                      ("R4", "48.0%", "44.6%", "92.9%"),
                                                      ("R5", "50.0%", "47.9%", "95.8%")]),
                      ("介護予防教室の参加者数", "福祉課", [("R3", "900人", "612人", "68.0%"),
                                                  ("R4", "950人", "884人", "93.1%"),
                                                  ("R5", "1,000人", "1,052人", "105.2%")]),
                      ("健康ポイント事業の登録者数", "健康推進課", [("R3", "1,500人", "1,318人", "87.9%"),
                                                        ("R4", "1,800人", "1,795人", "99.7%"),
                                                        ("R5", "2,100人", "2,240人", "106.7%")])]
        header = ("指標名", "年度", "目標値", "実績値", "達成率", "担当課")
        cells = [Cell(0, c, text) for c, text in enumerate(header)]
        for number, (name, department, years) in enumerate(indicators):
            first = 1 + number * len(years)
            cells += [Cell(first, 0, name, row_span=len(years)), Cell(first, 5, department, row_span=len(years))]
            cells += [Cell(first + r, 1 + c, text) for r, row in enumerate(years) for c, text in enumerate(row)]
        page.table(40, 90, [170, 50, 72, 72, 64, 80], [22] * (1 + 3 * len(indicators)), cells, size=9)
    return _pages(path, A4, [draw])


def ranges_and_qualifiers(path: Path) -> Path:
    """255: `30～40件`, `約1,200人`, `1.5倍` beside 人, `前年比増`, `維持`, and a real ratio `1.21倍`."""
    def draw(page: Page) -> None:
        page.text(40, 36, "青柳町 総合戦略 重要業績評価指標（KPI）の状況", 13)
        page.text(40, 66, "基本目標１　町の魅力で人を呼び込む", 11)
        _table_at(page, 40, 90, [180, 76, 76, 76, 82],
                  [("指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課"),
                   ("体験型観光の受入件数", "30～40件", "52件", "60件", "産業振興課"),
                   ("観光案内所の利用者数", "約1,200人", "約1,450人", "1,600人", "産業振興課"),
                   ("町の特産品を扱う店舗数", "24店舗", "31店舗", "1.5倍", "産業振興課"),
                   ("空き店舗への出店数", "3件", "前年比増", "10件", "商工課"),
                   ("地域のお祭りの開催数", "12回", "12回", "維持", "生涯学習課"),
                   ("町内の有効求人倍率", "1.05倍", "1.21倍", "1.30倍", "商工課")], size=9, height=22)
    return _pages(path, A4, [draw])


#: 256's frame: a text box at the right of its paragraph, the body text wrapped to its left, a thin frame rule.
_FRAME_STYLE = ('<style:style style:name="Box" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties style:wrap="left" '
                'style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top" style:vertical-rel="paragraph" '
                'style:horizontal-pos="right" style:horizontal-rel="paragraph" fo:margin-left="0.3cm" '
                f'fo:border="{RULE}" fo:padding="0.15cm" draw:fill="none"/></style:style>')


def _framed_kpi(name: str, rows: list[tuple[str, str, str]]) -> str:
    """A frame (a text box anchored to its paragraph) holding the KPI caption and a three-column table."""
    table = _table(name, FRAME_WIDTHS, ["指標名", "基準値（R1）", "目標値（R7）"], rows)
    return (f'<draw:frame draw:style-name="Box" draw:name="Frame{name}" text:anchor-type="paragraph" svg:width="8.6cm" svg:height="3.2cm">'
            f'<draw:text-box fo:min-height="2cm">{paragraph("【重要業績評価指標（KPI）】", "Caption")}{table}'
            "</draw:text-box></draw:frame>")


FRAME_WIDTHS = [3.8, 2.2, 2.2]


def kpi_text_boxes() -> str:
    """256: per 施策 heading, prose wrapped left of a framed text box holding the KPI caption and table."""
    def measure(heading: str, frame: str, rows: list[tuple[str, str, str]], prose: list[str]) -> list[str]:
        anchored = f'<text:p text:style-name="Body">{_framed_kpi(frame, rows)}{prose[0]}</text:p>'
        return [paragraph(heading, "Head"), anchored, *(paragraph(line, "Body") for line in prose[1:])]

    body = [paragraph("笹川町　第２期総合戦略　第３章　施策の展開", "Title"),
            paragraph("基本目標１　町の仕事と稼ぐ力をつくる", "Head"),
            *measure("施策（１）　農林水産業の振興", "K1", [("新規就農者数", "3人", "10人"), ("林業の就業者数", "22人", "26人")],
                     ["町の農業は米と野菜の栽培が中心ですが、担い手の高齢化が進んでいます。",
                      "新たに農業を始める人を研修と住まいの両面から支え、地域ぐるみで育てます。",
                      "森林の手入れを担う林業の人材も、町外から呼び込みます。",
                      "あわせて、農産物と木材の販路を広げ、稼げる産業にしていきます。"]),
            *measure("施策（２）　商工業と創業の支援", "K2", [("創業支援による創業件数", "4件", "12件"),
                                                    ("商店街の空き店舗の活用数", "2件", "8件")],
                     ["商店街では空き店舗が増え、日々の買い物にも不便が生じています。",
                      "創業を目指す人の相談から開業後の経営まで、商工会と連携して支えます。",
                      "空き店舗の改修を支援し、新しい店が商店街に入りやすくします。",
                      "町内の事業者の事業承継についても、早めの準備を促します。"])]
    layout = page_layout("21cm", "29.7cm", 'fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.8cm" '
                         'fo:margin-right="1.8cm"')
    automatic = TEXT_STYLES + _FRAME_STYLE + _table_styles("K1", FRAME_WIDTHS) + _table_styles("K2", FRAME_WIDTHS)
    return flat_odt(fonts=[FONT], font_pt=10, layout=layout, automatic=automatic, body="".join(body))


DRAWN = {"251_pdf_year_rows_units_in_names": year_rows_units_in_names,
         "252_pdf_unit_in_name_rate_column": unit_in_name_rate_column,
         "253_pdf_two_text_columns_kpi_tables": two_text_columns,
         "254_pdf_indicator_year_rows_rate": indicator_year_rows,
         "255_pdf_ranges_and_qualifiers": ranges_and_qualifiers}


OFFICE = {"256_pdf_writer_kpi_text_boxes": kpi_text_boxes}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(DRAWN, numbers)
    build_office(OFFICE, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
