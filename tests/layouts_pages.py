"""Build the hand-made PDFs 265-273 of tests/fixtures/layouts/ (`python -m tests.layouts_pages [numbers]`).

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
  headers `基準値（Ｒ５）` / `目標値（Ｒ１１）`, the goal heading `基本目標３`;
- 269: a 効果検証 table printing each year's actual and target as ONE `実績／目標` pair in a cell (`151人／160人`)
  under a header `令和５年度` / `（実績／目標）`;
- 270: a 総合計画 page, each 施策's indicators in a bordered box whose title `成果指標` stands in a tab on the
  box's top edge, the table inside the box;
- 271: a two-row header, each fiscal year `令和５年度` merged over its `目標` / `実績` sub-columns, `指標名`,
  `基準値（R4）` and `担当課` merged down both rows;
- 272: a KPI推移 table, years as columns (`基準値`, `R6`, `R7`, `目標値（R11）`), each indicator's baseline year in
  its name's closing bracket (`転入者数（R4）`), the baseline column's header naming no year;
- 273: a 資料編 appendix table `No. | 指標名 | 指標の説明 | 基準値（R5） | 目標値（R11） | 出典`, the 説明 cell
  prose wrapped over lines with figures of its own (`15～64歳`, `人口千人当たり`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from tests.layouts_genre import _table_at, build
from tests.layouts_pdfs import _pages
from tests.pdf_builders import Cell, Page


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


def actual_target_pairs(path: Path) -> Path:
    """269: each year's actual and target printed as one `実績／目標` pair in a cell."""
    def draw(page: Page) -> None:
        page.text(40, 36, "朝凪市 第２期総合戦略 令和６年度 効果検証シート", 13)
        page.text(40, 66, "基本目標１　しごとをつくり、安心して働けるまちにする", 11)
        page.text(40, 90, "重要業績評価指標（KPI）の達成状況", 10)
        _table_at(page, 40, 110, [170, 70, 100, 100, 70],
                  [("指標名", "基準値（R4）", "令和５年度\n（実績／目標）", "令和６年度\n（実績／目標）", "担当課"),
                   ("市内事業所の新規雇用者数", "142人", "151人／160人", "168人／175人", "商工労働課"),
                   ("企業誘致件数", "1件", "2件／2件", "1件／3件", "企業立地課"),
                   ("観光入込客数", "96万人", "104万人／105万人", "112万人／110万人", "観光課"),
                   ("創業支援による創業件数", "9件", "11件／12件", "14件／14件", "商工労働課")],
                  size=9, height=30)
    return _pages(path, A4, [draw])


def tabbed_indicator_boxes(path: Path) -> Path:
    """270: per 施策 a bordered box with a `成果指標` title tab on its top edge, the indicator table inside."""
    def boxed(page: Page, top: float, rows: list[tuple[str, str, str]]) -> float:
        page.box(52, top - 16, 122, top)
        page.text(62, top - 13, "成果指標", 9.5)
        bottom = _table_at(page, 64, top + 12, [230, 110, 110], [("指標", "現状値（R5）", "目標値（R10）"), *rows],
                           size=9, height=22)
        page.box(52, top, 540, bottom + 12)
        return bottom + 12

    def draw(page: Page) -> None:
        page.text(40, 36, "青葉沢町 第６次総合計画 前期基本計画", 13)
        page.text(40, 66, "政策２　健やかに暮らせるまち", 11.5)
        page.text(40, 96, "施策２－１　健康づくりの推進", 10.5)
        page.text(52, 118, "町民一人ひとりが自らの健康に関心を持ち、生涯を通じて健康づくりに取り組めるよう"
                  "支援します。", 9)
        bottom = boxed(page, 162, [("特定健康診査の受診率", "41.8%", "60.0%"),
                                   ("がん検診の受診者数", "2,315人", "2,800人"),
                                   ("健康教室の参加者数", "486人", "650人")])
        page.text(40, bottom + 30, "施策２－２　地域医療の確保", 10.5)
        page.text(52, bottom + 52, "休日や夜間にも安心して受診できる医療体制を、近隣の市町と連携して確保します。", 9)
        boxed(page, bottom + 96, [("休日当番医の開設日数", "68日", "72日"),
                                  ("かかりつけ医を持つ町民の割合", "63.5%", "75.0%")])
    return _pages(path, A4, [draw])


def merged_years_target_actual(path: Path) -> Path:
    """271: a two-row header, each fiscal year merged over its `目標` / `実績` sub-columns."""
    def draw(page: Page) -> None:
        page.text(40, 36, "東雲村 第２期総合戦略 数値目標の進捗状況", 13)
        page.text(40, 66, "基本目標２　村への新しいひとの流れをつくる", 11)
        texts = [("移住相談件数", "48件", "55件", "61件", "60件", "58件", "企画課"),
                 ("移住者数", "21人", "25人", "27人", "30人", "24人", "企画課"),
                 ("ふるさと納税の寄附額", "3,820万円", "4,000万円", "4,410万円", "4,500万円", "5,120万円", "総務課"),
                 ("空き家バンクの登録件数", "12件", "15件", "14件", "18件", "19件", "建設課")]
        cells = [Cell(0, 0, "指標名", row_span=2), Cell(0, 1, "基準値\n（R4）", row_span=2),
                 Cell(0, 2, "令和５年度", col_span=2), Cell(0, 4, "令和６年度", col_span=2),
                 Cell(0, 6, "担当課", row_span=2),
                 Cell(1, 2, "目標"), Cell(1, 3, "実績"), Cell(1, 4, "目標"), Cell(1, 5, "実績")]
        cells += [Cell(r + 2, c, text) for r, row in enumerate(texts) for c, text in enumerate(row)]
        page.table(40, 90, [150, 62, 62, 62, 62, 62, 55], [20, 20] + [24] * len(texts), cells, size=9)
    return _pages(path, A4, [draw])


def baseline_year_in_names(path: Path) -> Path:
    """272: years as columns, each indicator's baseline year in its name's bracket, `基準値` naming no year."""
    def draw(page: Page) -> None:
        page.text(40, 36, "水無瀬市 第３期総合戦略 重要業績評価指標（KPI）の推移", 13)
        page.text(40, 66, "基本目標３　結婚・出産・子育ての希望をかなえる", 11)
        _table_at(page, 40, 90, [190, 68, 68, 68, 80],
                  [("指標名（基準年度）", "基準値", "R6", "R7", "目標値（R11）"),
                   ("年間出生数（R4）", "824人", "801人", "812人", "850人"),
                   ("合計特殊出生率（R3）", "1.42", "1.39", "1.41", "1.55"),
                   ("保育所の待機児童数（R5）", "12人", "6人", "0人", "0人"),
                   ("子育て支援センターの利用者数（R4）", "9,640人", "10,215人", "10,880人", "12,000人")],
                  size=9, height=24)
    return _pages(path, A4, [draw])


def appendix_descriptions(path: Path) -> Path:
    """273: an appendix table with an `指標の説明` column of wrapped prose carrying figures of its own."""
    def draw(page: Page) -> None:
        page.text(40, 36, "資料編　重要業績評価指標（KPI）の説明", 13)
        page.text(40, 62, "紅葉谷市 第３期まち・ひと・しごと創生総合戦略", 10)
        _table_at(page, 40, 86, [28, 130, 190, 62, 62, 60],
                  [("No.", "指標名", "指標の説明", "基準値（R5）", "目標値（R11）", "出典"),
                   ("1", "生産年齢人口", "４月１日現在の15～64歳の人口\n（外国人住民を含む）", "58,240人", "57,000人",
                    "住民基本台帳"),
                   ("2", "人口千人当たりの転入者数", "１年間の転入者数を10月１日現在の\n人口で割り、1,000を掛けた値",
                    "31.6人", "34.0人", "住民基本台帳"),
                   ("3", "まちに住み続けたいと思う\n市民の割合", "市民意識調査（18歳以上の市民\n2,000人を無作為抽出）で"
                    "「住み\n続けたい」と答えた人の割合", "72.4%", "80.0%", "市民意識調査"),
                   ("4", "観光消費額", "観光客１人当たりの消費額に\n観光入込客数を掛けた推計値", "185億円", "220億円",
                    "観光統計")],
                  size=8.5, height=44)
    return _pages(path, A4, [draw])


DRAWN = {"265_pdf_bullet_kpis_in_one_cell": bullet_kpis_in_one_cell,
         "266_pdf_prose_left_table_right": prose_left_table_right,
         "267_pdf_continued_abbreviated_header": continued_abbreviated_header,
         "268_pdf_full_width_digits": full_width_digits,
         "269_pdf_actual_target_pairs": actual_target_pairs,
         "270_pdf_tabbed_indicator_boxes": tabbed_indicator_boxes,
         "271_pdf_merged_years_target_actual": merged_years_target_actual,
         "272_pdf_baseline_year_in_names": baseline_year_in_names,
         "273_pdf_appendix_descriptions": appendix_descriptions}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(DRAWN, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
