# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 95-102 of tests/fixtures/layouts/ (`python -m tests.layouts_genre [numbers]`).

Styles of the genre that documents 01-94 do not print, drawn with reportlab; this script writes only its own
files. Content invented (fictional municipalities, every name and number made up):
- 95: a population projection table (`区分 | 2020年（実績） | 2025年（推計） …`, rows 総人口, 年少人口 …) in the
  人口ビジョン chapter before the 数値目標 table: a distractor, no indicator;
- 96: a statistics table of yearly 実績 (`区分 | H30 | R1 …`, `表２ 観光入込客数の推移`) and a budget table
  (`事業名 | 事業費（千円） | 財源 | 担当課`) around a KPI table: distractors, no indicator;
- 97: an Excel sheet printed shrink-to-fit (a 5.5pt font, names wrapped by Excel mid-word), checkbox marks
  `■順調　□遅れ` as the progress label and an A-D grade with its legend under the table;
- 98: hierarchical KPI codes in a column of their own (`1-(1)-①`) or before the name (`KPI2-1-1 …`);
- 99: the 平成→令和 transition in headers and cells (`（R元年度）`, `2023年度（令和5年度）`, `2021(R3)年度`,
  `（H31.3末）`, `（平成31年度）`);
- 100: compound units (`人/日`, `円/人`, `千人回`, `ha`, `t`, `㎡`, `km`, `ポイント`, `倍`, `歳`) and `約` values;
- 101: two small tables side by side on a landscape page (a 数値目標 table left, a KPI table right, each under its
  own caption), two goals one under the other;
- 102: the same indicator in a goal's 数値目標 table (chapter 2) and again in a measure's KPI table (chapter 3).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from tests.layouts_pdfs import _pages, _ruled
from tests.libreoffice import convert
from tests.pdf_builders import Cell, Page

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _table_at(page: Page, x: float, top: float, widths: list[float], rows: list[tuple[str, ...]],
              size: float = 9, height: float = 22) -> float:
    """A ruled table at `x` whose first row is its header; returns its bottom."""
    cells = [Cell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return page.table(x, top, widths, [height] * len(rows), cells, size=size)


def population_projection(path: Path) -> Path:
    """95: the 人口ビジョン's projection table (a distractor) before a goal's 数値目標 table."""
    def draw(page: Page) -> None:
        page.text(48, 40, "榊原町 第３期まち・ひと・しごと創生総合戦略", 14)
        page.text(48, 78, "第１章　人口の現状と将来展望", 12)
        page.text(48, 102, "表１　将来人口の推計（単位：人）", 10)
        bottom = _ruled(page, 120, [150, 85, 85, 85, 85],
                        ["区分", "2020年（実績）", "2025年（推計）", "2030年（推計）", "2040年（推計）"],
                        [("総人口", "12,480", "11,920", "11,310", "10,050"),
                         ("年少人口（0～14歳）", "1,410", "1,250", "1,120", "960"),
                         ("生産年齢人口（15～64歳）", "6,620", "6,080", "5,610", "4,830"),
                         ("老年人口（65歳以上）", "4,450", "4,590", "4,580", "4,260")])
        page.text(48, bottom + 6, "※2020年は国勢調査、2025年以降は町独自の推計による。", 8)
        page.text(48, bottom + 40, "第２章　基本目標と数値目標", 12)
        page.text(48, bottom + 66, "基本目標１　しごとをつくり、安心して働けるようにする", 12)
        page.text(48, bottom + 92, "【数値目標】", 10)
        _ruled(page, bottom + 110, [210, 100, 100], ["指標名", "基準値（R4）", "目標値（R10）"],
               [("町内事業所の従業者数", "4,820人", "5,000人"),
                ("新規創業件数", "6件", "10件"),
                ("町内の年間出生数", "68人", "75人")])
    return _pages(path, A4, [draw])


def budget_statistics(path: Path) -> Path:
    """96: a yearly statistics table and a budget table (distractors) around a KPI table."""
    def draw(page: Page) -> None:
        page.text(48, 40, "楢崎市 総合戦略 令和６年度 実施計画", 14)
        page.text(48, 78, "基本目標２　交流人口を増やし、まちのにぎわいをつくる", 12)
        page.text(48, 102, "表２　観光入込客数の推移（単位：千人）", 10)
        bottom = _ruled(page, 120, [130, 70, 70, 70, 70, 70], ["区分", "H30", "R1", "R2", "R3", "R4"],
                        [("日帰り客", "1,820", "1,790", "1,020", "1,260", "1,610"),
                         ("宿泊客", "312", "305", "148", "196", "274")])
        page.text(48, bottom + 30, "【重要業績評価指標（KPI）】", 10)
        bottom = _ruled(page, bottom + 48, [190, 90, 90, 90], ["指標名", "基準値（R4）", "目標値（R9）", "担当課"],
                        [("観光入込客数", "188万人", "220万人", "観光課"),
                         ("観光案内所の利用者数", "12,400人", "15,000人", "観光課"),
                         ("市内宿泊施設の稼働率", "48.2%", "60.0%", "観光課")])
        page.text(48, bottom + 30, "表３　主な事業と事業費", 10)
        _ruled(page, bottom + 48, [190, 90, 110, 80], ["事業名", "事業費（千円）", "財源", "担当課"],
               [("観光誘客プロモーション事業", "12,500", "国庫補助金", "観光課"),
                ("まちなかにぎわい創出事業", "8,200", "一般財源", "商工課"),
                ("サイクルツーリズム推進事業", "3,600", "ふるさと納税基金", "観光課")])
    return _pages(path, A4, [draw])


def shrink_checkbox_grades(path: Path) -> Path:
    """97: an Excel sheet shrunk to fit (5.5pt), names wrapped mid-word, `■順調　□遅れ` progress, A-D grades."""
    def draw(page: Page) -> None:
        page.text(40, 36, "柳瀬村 総合戦略 KPI進捗管理表（令和５年度）", 11)
        header = ["No.", "指標名", "基準値\n（R1）", "実績値\n（R5）", "目標値\n（R7）", "進捗状況", "評価"]
        rows = [("1", "移住定住ポータルサイ\nトの閲覧数", "8,200件", "14,600件", "15,000件", "■順調　□遅れ", "B"),
                ("2", "空き家バンクを活用し\nた移住世帯数", "3世帯", "11世帯", "10世帯", "■順調　□遅れ", "A"),
                ("3", "村内で出産した世帯\nへの祝金支給件数", "21件", "16件", "25件", "□順調　■遅れ", "C"),
                ("4", "地域おこし協力隊員\nの定着率", "50.0%", "40.0%", "80.0%", "□順調　■遅れ", "D")]
        bottom = _table_at(page, 40, 60, [18, 62, 40, 40, 40, 52, 20], [tuple(header), *rows], size=5.5,
                           height=16)
        page.text(40, bottom + 4, "評価　Ａ：目標達成　Ｂ：概ね順調（80%以上）　Ｃ：遅れ（50%以上80%未満）　Ｄ：大幅な遅れ（50%未満）", 5.5)
    return _pages(path, A4, [draw])


def hierarchical_codes(path: Path) -> Path:
    """98: KPI codes `1-(1)-①` in a column of their own, then `KPI2-1-1` printed before each name."""
    def draw(page: Page) -> None:
        page.text(48, 40, "檀原市 第２期総合戦略 重要業績評価指標一覧", 14)
        page.text(48, 78, "基本目標１　地域経済を元気にする", 12)
        bottom = _ruled(page, 100, [60, 170, 85, 85, 80], ["番号", "指標名", "基準値（R1）", "目標値（R7）", "担当課"],
                        [("1-(1)-①", "市内製造品出荷額", "1,240億円", "1,300億円", "産業振興課"),
                         ("1-(1)-②", "企業立地件数", "2件", "10件", "産業振興課"),
                         ("1-(2)-①", "認定農業者数", "148経営体", "160経営体", "農政課")])
        page.text(48, bottom + 34, "基本目標２　子育ての希望をかなえる", 12)
        _ruled(page, bottom + 56, [230, 85, 85, 80], ["指標名", "基準値（R1）", "目標値（R7）", "担当課"],
               [("KPI2-1-1 妊婦健診の受診率", "92.5%", "98.0%", "健康推進課"),
                ("KPI2-1-2 乳幼児の予防接種率", "95.1%", "98.0%", "健康推進課"),
                ("KPI2-2-1 放課後児童クラブの待機児童数", "12人", "0人", "子育て支援課")])
    return _pages(path, A4, [draw])


def era_transition(path: Path) -> Path:
    """99: 平成→令和 in headers and cells: `（R元年度）`, `2023年度（令和5年度）`, `2021(R3)年度`, `（H31.3末）`."""
    def draw(page: Page) -> None:
        page.text(48, 40, "杉浦町 第２期総合戦略 効果検証（令和５年度）", 14)
        page.text(48, 78, "基本目標１　町の産業を育てる", 12)
        page.text(48, 102, "【数値目標】", 10)
        bottom = _table_at(page, 48, 120, [170, 90, 90, 120],
                           [("指標名", "基準値\n（H30年度）", "実績値\n（R元年度）", "目標値\n2023年度（令和5年度）"),
                            ("町内の従業者数", "3,150人", "3,180人", "3,300人"),
                            ("農業産出額", "24.6億円", "25.1億円", "27.0億円")], height=26)
        page.text(48, bottom + 30, "【重要業績評価指標（KPI）】", 10)
        _table_at(page, 48, bottom + 48, [170, 120, 100, 80],
                  [("指標名", "基準値", "実績値\n2021(R3)年度", "目標値\n（R5）"),
                   ("新規就農者数", "4人（平成31年度）", "7人", "10人"),
                   ("住民基本台帳人口", "15,120人（H31.3末）", "14,870人", "15,000人"),
                   ("特産品の販売額", "3,200万円（R元年度）", "3,650万円", "4,000万円")], height=26)
    return _pages(path, A4, [draw])


def compound_units(path: Path) -> Path:
    """100: values in compound units (`人/日`, `円/人`, `千人回`) and `ha`, `t`, `㎡`, `km`, `ポイント`, `倍`, `歳`, `約`."""
    def draw(page: Page) -> None:
        page.text(48, 40, "宮瀬市 第２期総合戦略 KPI一覧", 14)
        page.text(48, 78, "基本目標３　安全で快適なまちをつくる", 12)
        page.text(48, 102, "【重要業績評価指標（KPI）】", 10)
        _ruled(page, 120, [230, 95, 95], ["指標名", "基準値（R1）", "目標値（R7）"],
               [("コミュニティバスの1日当たり利用者数", "約1,250人/日", "1,500人/日"),
                ("市民1人当たりの医療費", "385,000円/人", "380,000円/人"),
                ("公共施設の延べ利用者数", "485千人回", "520千人回"),
                ("遊休農地の面積", "約12.5ha", "8.0ha"),
                ("家庭系ごみの排出量", "約9,800t", "9,000t"),
                ("市民1人当たりの都市公園面積", "8.2㎡", "10.0㎡"),
                ("自転車道の整備延長", "48.5km", "55.0km"),
                ("市民満足度調査の総合得点", "62.4ポイント", "70.0ポイント"),
                ("有効求人倍率", "1.12倍", "1.30倍"),
                ("平均自立期間", "80.1歳", "81.0歳")])
    return _pages(path, A4, [draw])


def side_by_side(path: Path) -> Path:
    """101: a landscape summary page: per goal a 数値目標 table and a KPI table side by side, each captioned."""
    def draw(page: Page) -> None:
        page.text(48, 36, "桧原村 総合戦略（概要版）", 14)
        page.text(48, 70, "基本目標１　村の仕事をつくる", 12)
        page.text(48, 94, "【数値目標】", 10)
        page.text(440, 94, "【重要業績評価指標（KPI）】", 10)
        widths = [170, 80, 80]
        _table_at(page, 48, 112, widths, [("指標名", "基準値（R1）", "目標値（R7）"),
                                          ("村内就業者数", "1,820人", "1,900人"),
                                          ("農林業産出額", "9.4億円", "10.0億円")])
        bottom = _table_at(page, 440, 112, widths, [("指標名", "基準値（R1）", "目標値（R7）"),
                                                    ("新規就農者数", "2人", "5人"),
                                                    ("林業作業員数", "18人", "24人"),
                                                    ("直売所の販売額", "1.2億円", "1.5億円")])
        page.text(48, bottom + 30, "基本目標２　村で子どもを育てる", 12)
        page.text(48, bottom + 54, "【数値目標】", 10)
        page.text(440, bottom + 54, "【重要業績評価指標（KPI）】", 10)
        _table_at(page, 48, bottom + 72, widths, [("指標名", "基準値（R1）", "目標値（R7）"),
                                                  ("年間出生数", "22人", "25人")])
        _table_at(page, 440, bottom + 72, widths, [("指標名", "基準値（R1）", "目標値（R7）"),
                                                   ("子育て支援センターの利用者数", "1,450人", "1,800人"),
                                                   ("保育所の入所児童数", "64人", "70人")])
    return _pages(path, landscape(A4), [draw])


def repeated_chapters(path: Path) -> Path:
    """102: an indicator of a goal's 数値目標 table (chapter 2) listed again in a measure's KPI table (chapter 3)."""
    header = ["指標名", "基準値（R5）", "目標値（R11）"]

    def chapter_two(page: Page) -> None:
        page.text(48, 40, "椿野町 第３期総合戦略", 14)
        page.text(48, 78, "第２章　基本目標", 12)
        page.text(48, 104, "基本目標１　町内で働く場をつくる", 12)
        page.text(48, 128, "【数値目標】", 10)
        _ruled(page, 146, [210, 100, 100], header, [("町内事業所の従業者数", "2,840人", "3,000人"),
                                                    ("新規創業件数", "3件", "8件")])

    def chapter_three(page: Page) -> None:
        page.text(48, 40, "第３章　具体的な施策", 12)
        page.text(48, 66, "基本目標１　町内で働く場をつくる", 12)
        page.text(48, 92, "施策１－１　起業を支援する", 11)
        page.text(48, 116, "【重要業績評価指標（KPI）】", 10)
        _ruled(page, 134, [210, 100, 100], header, [("新規創業件数", "3件", "8件"),
                                                    ("創業相談件数", "45件", "80件")])
    return _pages(path, A4, [chapter_two, chapter_three])


DRAWN = {"95_pdf_population_projection_distractor": population_projection,
         "96_pdf_budget_statistics_distractors": budget_statistics,
         "97_pdf_excel_shrink_checkbox_grades": shrink_checkbox_grades,
         "98_pdf_hierarchical_kpi_codes": hierarchical_codes,
         "99_pdf_era_transition_headers": era_transition,
         "100_pdf_compound_units_approx": compound_units,
         "101_pdf_side_by_side_tables": side_by_side,
         "102_pdf_indicator_repeated_chapters": repeated_chapters}


def build(drawn: dict, numbers: list[str]) -> None:
    """Draw the documents of `drawn` (stem → drawing function) whose number is in `numbers` (all when empty)."""
    for name, draw in drawn.items():
        if not numbers or name.split("_")[0] in numbers:
            draw(LAYOUTS / f"{name}.pdf")
            print(LAYOUTS / f"{name}.pdf")


def build_office(office: dict, numbers: list[str]) -> None:
    """Convert with LibreOffice the documents of `office` (stem → function writing its flat ODT/ODS text) whose
    number is in `numbers` (all when empty)."""
    if wanted := [name for name in office if not numbers or name.split("_")[0] in numbers]:
        convert({name: office[name]() for name in wanted}, LAYOUTS)
        print(*(LAYOUTS / f"{name}.pdf" for name in wanted), sep="\n")


def main(numbers: list[str]) -> None:
    build(DRAWN, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
