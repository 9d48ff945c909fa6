"""Build the hand-made PDFs 265-268 of tests/fixtures/layouts/ (`python -m tests.layouts_pages [numbers]`).

Habits of real 総合戦略 / 効果検証 PDFs that 01-264 do not show, drawn with reportlab (the PDFs are committed, CI only
reads them). This script writes only its own files. Content invented (fictional municipalities, every name and
number made up):
- 265: a KPI table whose 施策 rows hold several indicators in ONE cell, one per line after a `・` bullet, their
  baselines and targets in the next cells one per line in the same order (three, two and one indicator a row);
- 266: a landscape page split in halves: each 施策's heading and prose on the left half, its
  `【重要業績評価指標（KPI）】` caption and small ruled table on the right half, the prose lines standing at the
  heights of the table's rows;
- 267: a KPI table continued on the next page under a `（前頁より）` line, its header printed again there but
  abbreviated by hand (`指標` | `基準値` | `目標値` | `担当`, the years of page 1's `基準値（令和５年度）` /
  `目標値（令和11年度）` left out), then the next goal's table with its full header;
- 268: a word-processor KPI table typed in full-width digits (全角数字): `１，２３４人`, `４５．２％`, `３．５億円`,
  headers `基準値（Ｒ５）` / `目標値（Ｒ１１）`, the goal heading `基本目標３`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from tests.layouts_genre import _table_at, build
from tests.layouts_pdfs import _pages
from tests.pdf_builders import Page


def bullet_kpis_in_one_cell(path: Path) -> Path:
    """265: several `・` indicators in one cell, one a line, their baselines and targets one a line beside them."""
    def draw(page: Page) -> None:
        page.text(40, 36, "白鷺台町 第２期総合戦略 具体的な施策と重要業績評価指標", 13)
        page.text(40, 66, "基本目標１　地域で稼ぐ力を高める", 11)
        rows = [("具体的な施策", "重要業績評価指標（KPI）", "基準値（R5）", "目標値（R11）", "担当課"),
                ("①農業の担い手の確保", "・新規就農者数\n・認定農業者数\n・担い手への農地集積率", "2人\n48人\n41.5%",
                 "10人\n55人\n60.0%", "農林課"),
                ("②商店街のにぎわいづくり", "・空き店舗への出店件数\n・商店街の歩行者通行量", "3件\n1,820人",
                 "15件\n2,400人", "商工観光課"),
                ("③創業の支援", "・創業支援による創業件数", "4件", "20件", "商工観光課")]
        _table_at(page, 40, 90, [120, 170, 70, 70, 70], rows, size=9, height=44)
    return _pages(path, A4, [draw])


def prose_left_table_right(path: Path) -> Path:
    """266: a landscape page, each 施策's prose on the left half and its KPI table on the right half."""
    def measure(page: Page, top: float, heading: str, prose: list[str], rows: list[tuple[str, str, str]]) -> None:
        page.text(40, top, heading, 10.5)
        for number, line in enumerate(prose):
            page.text(52, top + 24 + number * 16, line, 9)
        page.text(430, top, "【重要業績評価指標（KPI）】", 9)
        _table_at(page, 430, top + 18, [200, 82, 82], [("指標名", "基準値（R5）", "目標値（R11）"), *rows],
                  size=8.5, height=20)

    def draw(page: Page) -> None:
        page.text(40, 30, "若葉川市 第３期総合戦略 第３章 施策の展開", 13)
        page.text(40, 60, "基本目標２　新しいひとの流れをつくる", 11.5)
        measure(page, 92, "施策１　移住・定住の促進",
                ["都市部の若い世代に向けて、市の暮らしの魅力を発信し、",
                 "移住の相談から住まい探し、仕事探しまでを一つの窓口で",
                 "支援します。移住された方が地域に溶け込めるよう、",
                 "先輩移住者との交流の場を設けます。"],
                [("移住相談件数", "124件", "200件"), ("移住支援制度による移住者数", "38人", "80人"),
                 ("空き家バンクの成約件数", "11件", "25件")])
        measure(page, 250, "施策２　関係人口の創出",
                ["ふるさと納税や副業人材の受け入れを通じて、市に継続して",
                 "関わる人を増やします。地域の祭りや農業体験への参加を",
                 "呼びかけ、将来の移住につなげます。"],
                [("ふるさと納税の寄附件数", "6,420件", "9,000件"), ("農業体験の参加者数", "312人", "500人"),
                 ("副業人材の受入件数", "5件", "20件")])
    return _pages(path, landscape(A4), [draw])


def continued_abbreviated_header(path: Path) -> Path:
    """267: a table continued under `（前頁より）`, page 2's header abbreviated (`指標 | 基準値 | 目標値 | 担当`)."""
    widths = [190, 100, 100, 80]
    rows = [("企業誘致による新規立地件数", "2件", "8件", "企業立地課"),
            ("市内事業所の従業者数", "28,140人", "29,000人", "商工課"),
            ("製造品出荷額等", "3,412億円", "3,700億円", "商工課"),
            ("創業支援による創業件数", "18件", "30件", "商工課"),
            ("新規就農者数", "6人", "12人", "農政課"),
            ("農産物直売所の売上額", "4.8億円", "6.0億円", "農政課"),
            ("観光入込客数", "182万人", "220万人", "観光課"),
            ("観光消費額", "96億円", "120億円", "観光課"),
            ("市内の宿泊者数", "21.3万人", "26万人", "観光課"),
            ("外国人観光客の宿泊者数", "1.2万人", "3万人", "観光課")]

    def page_one(page: Page) -> None:
        page.text(48, 40, "楠木原市 第３期総合戦略 数値目標と重要業績評価指標", 13)
        page.text(48, 80, "基本目標１　地域経済を元気にし、しごとをつくる", 12)
        page.text(48, 110, "重要業績評価指標（KPI）", 10)
        _table_at(page, 48, 128, widths,
                  [("重要業績評価指標", "基準値（令和５年度）", "目標値（令和11年度）", "担当課"), *rows[:7]],
                  size=8.5, height=26)

    def page_two(page: Page) -> None:
        page.text(48, 44, "（前頁より）", 9)
        bottom = _table_at(page, 48, 62, widths, [("指標", "基準値", "目標値", "担当"), *rows[7:]],
                           size=8.5, height=26)
        page.text(48, bottom + 40, "基本目標２　結婚・出産・子育ての希望をかなえる", 12)
        page.text(48, bottom + 70, "重要業績評価指標（KPI）", 10)
        _table_at(page, 48, bottom + 88, widths,
                  [("重要業績評価指標", "基準値（令和５年度）", "目標値（令和11年度）", "担当課"),
                   ("年間出生数", "612人", "650人", "子育て支援課"),
                   ("保育所の待機児童数", "14人", "0人", "保育課")], size=8.5, height=26)
    return _pages(path, A4, [page_one, page_two])


def full_width_digits(path: Path) -> Path:
    """268: a table typed in full-width digits (`１，２３４人`, `４５．２％`), headers `基準値（Ｒ５）`."""
    def draw(page: Page) -> None:
        page.text(40, 36, "桜ノ森町 第２期まち・ひと・しごと創生総合戦略", 13)
        page.text(40, 66, "基本目標３　安心して暮らし続けられるまちをつくる", 11)
        _table_at(page, 40, 90, [190, 90, 90, 90],
                  [("重要業績評価指標（ＫＰＩ）", "基準値（Ｒ５）", "目標値（Ｒ１１）", "担当課"),
                   ("特定健康診査の受診率", "４５．２％", "６０．０％", "健康福祉課"),
                   ("介護予防教室の延べ参加者数", "１，２３４人", "１，８００人", "健康福祉課"),
                   ("地域公共交通の年間利用者数", "３８，５６０人", "４２，０００人", "企画課"),
                   ("町道の補修延長", "３．５ｋｍ", "１２ｋｍ", "建設課"),
                   ("町有施設の長寿命化対策費", "３．５億円", "５億円", "財政課")], size=9, height=24)
    return _pages(path, A4, [draw])


DRAWN = {"265_pdf_bullet_kpis_in_one_cell": bullet_kpis_in_one_cell,
         "266_pdf_prose_left_table_right": prose_left_table_right,
         "267_pdf_continued_abbreviated_header": continued_abbreviated_header,
         "268_pdf_full_width_digits": full_width_digits}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(DRAWN, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
