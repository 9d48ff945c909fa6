# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 211-216 of tests/fixtures/layouts/ (`python -m tests.layouts_reviews [numbers]`).

KPI-table habits of municipal 行政評価 / 効果検証 / 総合計画 sheets that 01-210 do not show, all drawn with reportlab
(the PDFs are committed; CI only reads them). This script writes only its own files. Content invented (fictional
municipalities, every name and number made up):
- 211: a 事務事業評価シート: per project a box of fields (`事業名`, `担当課`) over an indicator table whose `区分` cell,
  merged down, says which rows are `活動指標` (what the office did) and which `成果指標` (what it achieved);
- 212: KPI cards: one ruled two-column box per indicator (`指標名` | name, `基準値（R1）` | value, …), two cards side
  by side, several rows of cards under two goals;
- 213: footnote marks closing indicator names (`観光入込客数※1`), the notes under the table, and targets printed in
  a larger unit than their baselines (`482,130人` → `55万人`, `3,850万円` → `0.5億円`);
- 214: one table spelling its years four ways (`H30`, `Ｒ４`, `2023(R5)`, `令和7年度`), bare numbers with a unit
  column, the latest actuals marked `(見込)`, `（速報値）`, `(暫定)`;
- 215: a 総合計画's まちづくり指標 with a `方向` column of arrows `↑ ↓ →` and their legend under the table;
- 216: a 効果検証 table with `達成率` and an A-D `評価`, the grades' criteria in a small ruled table of their own
  under it (`評価` | `基準`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from tests.layouts_genre import _table_at, build
from tests.layouts_pdfs import _pages
from tests.pdf_builders import Cell, Page


def _project_sheet(page: Page, top: float, project: str, department: str,
                   rows: list[tuple[str, str, str, str, str, str]], split: int) -> float:
    """One project's field box and its indicator table (the first `split` rows 活動指標, the rest 成果指標)."""
    _table_at(page, 40, top, [70, 250, 60, 130], [("事業名", project, "担当課", department)], size=9, height=22)
    header = ("区分", "指標名", "単位", "実績値（R3）", "実績値（R4）", "実績値（R5）", "目標値（R7）")
    cells = [Cell(0, c, text) for c, text in enumerate(header)]
    cells += [Cell(1, 0, "活動\n指標", row_span=split), Cell(1 + split, 0, "成果\n指標", row_span=len(rows) - split)]
    cells += [Cell(r, 1 + c, text) for r, row in enumerate(rows, start=1) for c, text in enumerate(row)]
    return page.table(40, top + 34, [40, 190, 36, 61, 61, 61, 61], [22] * (len(rows) + 1), cells, size=8)


def activity_outcome_indicators(path: Path) -> Path:
    """211: a 事務事業評価シート, per project a field box over rows of 活動指標 and 成果指標 in a merged `区分` cell."""
    def draw(page: Page) -> None:
        page.text(40, 40, "山吹町 令和５年度 事務事業評価シート", 13)
        page.text(40, 72, "施策１　移住・定住の促進", 11)
        bottom = _project_sheet(page, 92, "移住定住促進事業", "企画政策課",
                                [("移住相談会の開催回数", "回", "6", "8", "10", "12"),
                                 ("空き家バンクの登録件数", "件", "14", "18", "21", "30"),
                                 ("移住相談を経た移住者数", "人", "9", "12", "15", "20"),
                                 ("空き家バンクの成約件数", "件", "5", "7", "8", "12")], 2)
        page.text(40, bottom + 30, "施策２　健康づくりの推進", 11)
        _project_sheet(page, bottom + 50, "健康ポイント事業", "健康福祉課",
                       [("健康教室の開催回数", "回", "24", "30", "32", "36"),
                        ("健康ポイントの参加者数", "人", "410", "520", "618", "800"),
                        ("特定健診の受診率", "%", "38.4", "40.1", "42.6", "50.0")], 1)
    return _pages(path, A4, [draw])


def _card(page: Page, x: float, top: float, fields: tuple[str, str, str, str, str]) -> float:
    """One KPI card: label cells down the left, their values beside them."""
    labels = ("指標名", "基準値（R1）", "目標値（R7）", "実績値（R5）", "担当課")
    return _table_at(page, x, top, [72, 168], list(zip(labels, fields, strict=True)), size=8, height=20)


def kpi_cards(path: Path) -> Path:
    """212: one ruled two-column card per KPI, two cards side by side, under two goal headings."""
    def draw(page: Page) -> None:
        page.text(40, 40, "桜ヶ丘市 第２期総合戦略 ＫＰＩ評価シート（令和５年度）", 13)
        page.text(40, 74, "基本目標１　しごとをつくり、安心して働けるようにする", 11)
        _card(page, 40, 94, ("新規創業件数", "12件", "20件", "17件", "商工観光課"))
        bottom = _card(page, 300, 94, ("企業誘致による新規雇用者数", "38人", "100人", "64人", "商工観光課"))
        _card(page, 40, bottom + 14, ("観光入込客数", "52万人", "60万人", "55万人", "商工観光課"))
        bottom = _card(page, 300, bottom + 14, ("新規就農者数", "4人", "8人", "6人", "農林課"))
        page.text(40, bottom + 30, "基本目標２　結婚・出産・子育ての希望をかなえる", 11)
        _card(page, 40, bottom + 50, ("年間出生数", "284人", "300人", "262人", "子育て支援課"))
        _card(page, 300, bottom + 50, ("保育所の待機児童数", "15人", "0人", "3人", "子育て支援課"))
    return _pages(path, A4, [draw])


def name_notes_target_units(path: Path) -> Path:
    """213: names closed by footnote marks (`※1`), their notes under the table; targets in a larger unit."""
    def draw(page: Page) -> None:
        page.text(48, 40, "宮ノ森町 第２期総合戦略 数値目標", 13)
        page.text(48, 76, "基本目標１　地域の資源を生かして稼ぐ", 12)
        bottom = _table_at(page, 48, 100, [190, 90, 90, 90],
                           [("指標名", "基準値（R1）", "目標値（R7）", "担当課"),
                            ("観光入込客数※1", "482,130人", "55万人", "観光課"),
                            ("農産物直売所の売上高", "3,850万円", "0.5億円", "農林課"),
                            ("ふるさと納税の寄附額※2", "8,420万円", "1.2億円", "財政課"),
                            ("町内事業所の従業者数※3", "3,860人", "4,000人", "商工課")], size=8, height=22)
        page.text(48, bottom + 8, "※1 観光入込客数は観光地点等入込客数調査による延べ人数。", 8)
        page.text(48, bottom + 20, "※2 寄附額は各年度の受入額の合計。", 8)
        page.text(48, bottom + 32, "※3 経済センサス活動調査による。", 8)
    return _pages(path, A4, [draw])


def mixed_era_spellings(path: Path) -> Path:
    """214: years spelled four ways in one header, bare numbers with a unit column, estimates marked."""
    def draw(page: Page) -> None:
        page.text(40, 36, "若葉台市 第２期総合戦略 効果検証シート（令和６年度）", 13)
        page.text(40, 66, "基本目標２　ひとの流れをつくり、子育てを支える", 11)
        bottom = _table_at(page, 40, 86, [170, 40, 80, 80, 90, 90, 90],
                           [("指標名", "単位", "基準値（H30）", "実績値（Ｒ４）", "実績値（2023(R5)）", "目標値（令和7年度）", "担当課"),
                            ("転入者数", "人", "1,120", "1,150", "1,198(見込)", "1,250", "企画課"),
                            ("合計特殊出生率", "", "1.36", "1.31", "1.29（速報値）", "1.45", "子育て支援課"),
                            ("市民満足度", "%", "62.4", "64.0", "65.8", "70.0", "企画課"),
                            ("観光入込客数", "万人", "38.2", "41.5", "43.1(暫定)", "45.0", "観光課")], size=8, height=24)
        page.text(40, bottom + 8, "※令和５年度の値のうち(見込)・（速報値）・(暫定)を付したものは、令和６年９月末時点の数値。", 8)
    return _pages(path, landscape(A4), [draw])


def direction_arrows(path: Path) -> Path:
    """215: a 総合計画's まちづくり指標 with a `方向` column of arrows `↑ ↓ →`, the legend under the tables."""
    header = ("まちづくり指標", "現状値（R2）", "目標値（R8）", "方向", "担当課")
    widths = [200, 80, 80, 40, 90]

    def draw(page: Page) -> None:
        page.text(40, 40, "緑ヶ丘町 第６次総合計画 基本計画", 13)
        page.text(40, 74, "政策１　安心して暮らせるまち", 11)
        bottom = _table_at(page, 40, 94, widths,
                           [header, ("交通事故の発生件数", "48件", "30件", "↓", "総務課"),
                            ("自主防災組織の組織率", "92.0%", "92.0%", "→", "総務課"),
                            ("ごみの1人1日当たり排出量", "842g", "780g", "↓", "住民環境課")], size=8, height=22)
        page.text(40, bottom + 30, "政策２　子どもが健やかに育つまち", 11)
        bottom = _table_at(page, 40, bottom + 50, widths,
                           [header, ("年間出生数", "62人", "70人", "↑", "子育て支援課"),
                            ("子育て環境の満足度", "68.5%", "75.0%", "↑", "子育て支援課")], size=8, height=22)
        page.text(40, bottom + 8, "方向　↑：数値の増加をめざす　↓：数値の減少をめざす　→：現状の維持をめざす", 8)
    return _pages(path, A4, [draw])


def grade_criteria_table(path: Path) -> Path:
    """216: `達成率` and an A-D `評価` beside the values, the grades' criteria in a ruled table of their own."""
    def draw(page: Page) -> None:
        page.text(40, 36, "北浜市 第２期総合戦略 効果検証結果（令和５年度）", 13)
        page.text(40, 66, "基本目標３　安心して暮らせる地域をつくる", 11)
        bottom = _table_at(page, 40, 86, [180, 74, 74, 74, 56, 40, 90],
                           [("指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "達成率", "評価", "担当課"),
                            ("地域防災訓練の参加者数", "2,140人", "2,480人", "2,600人", "95.4%", "Ｂ", "危機管理課"),
                            ("自主防犯パトロールの団体数", "18団体", "22団体", "20団体", "110.0%", "Ａ", "市民協働課"),
                            ("高齢者サロンの設置数", "24か所", "26か所", "40か所", "65.0%", "Ｃ", "高齢福祉課"),
                            ("空き家の除却件数", "6件", "4件", "15件", "26.7%", "Ｄ", "建築住宅課")], size=8, height=22)
        page.text(40, bottom + 8, "※達成率＝実績値÷目標値×100", 8)
        page.text(40, bottom + 30, "【評価の基準】", 9)
        _table_at(page, 40, bottom + 46, [40, 200],
                  [("評価", "基準"), ("Ａ", "達成率100%以上"), ("Ｂ", "達成率80%以上100%未満"),
                   ("Ｃ", "達成率50%以上80%未満"), ("Ｄ", "達成率50%未満")], size=8, height=18)
    return _pages(path, landscape(A4), [draw])


DRAWN = {"211_pdf_activity_outcome_indicator_rows": activity_outcome_indicators,
         "212_pdf_kpi_cards_side_by_side": kpi_cards,
         "213_pdf_name_footnotes_target_larger_unit": name_notes_target_units,
         "214_pdf_mixed_era_spellings_estimates": mixed_era_spellings,
         "215_pdf_direction_arrows_up_down": direction_arrows,
         "216_pdf_grade_criteria_table": grade_criteria_table}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(DRAWN, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
