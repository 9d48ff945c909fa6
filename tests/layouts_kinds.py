"""Build the hand-made PDFs 279-283 of tests/fixtures/layouts/ (`python -m tests.layouts_kinds [numbers]`).

Habits of real 総合戦略 / 効果検証 PDFs that 01-278 do not show, drawn with reportlab (the PDFs are committed, CI only
reads them). This script writes only its own files. Content invented (fictional municipalities, every name and
number made up):
- 279: a KPI sheet typed in half-width katakana (半角カナ, as old Excel sheets keep it) in names, departments and
  units (`ｺﾐｭﾆﾃｨﾊﾞｽの年間利用者数`, `12ｶ所`, `ｽﾎﾟｰﾂ振興課`), full-width Latin in the title (`ＫＰＩ`);
- 280: each indicator's unit in square brackets closing its name (`観光入込客数［千人］`, `創業件数[件]`) under a
  header `指標名［単位］`, the value cells bare numbers;
- 281: a 総合計画's evaluation table headed by the plan's own milestones: `計画策定時（H26）` (the baseline),
  `実績値（R5）` and `最終年度（R6）` (the plan's last year: the target);
- 282: one table per goal whose `区分` column says each row's kind: a `数値目標` row (the goal's own indicator) over
  its `KPI` rows;
- 283: a ゼロカーボン 実行計画's indicators in units of the environment (`千t-CO2`, `kW`, `MWh`, `g/人・日`, `台`), a
  reduction target stated against a base year (`2013年度比▲46%`: relative, no value).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4

from tests.layouts_genre import _table_at, build
from tests.layouts_pdfs import _pages
from tests.pdf_builders import Page


def half_width_katakana(path: Path) -> Path:
    """279: half-width katakana (`ｺﾐｭﾆﾃｨﾊﾞｽ`, `ｶ所`) in names, departments and units."""
    def draw(page: Page) -> None:
        page.text(40, 36, "湯ノ沢町 第３期総合戦略 ＫＰＩ進捗管理表", 13)
        page.text(40, 66, "基本目標２　ひとが集い、にぎわうまちをつくる", 11)
        _table_at(page, 40, 90, [200, 80, 80, 90],
                  [("指標名", "基準値（R5）", "目標値（R11）", "担当課"),
                   ("ｺﾐｭﾆﾃｨﾊﾞｽの年間利用者数", "18,420人", "20,000人", "ｺﾐｭﾆﾃｨ交通課"),
                   ("ｻﾃﾗｲﾄｵﾌｨｽの入居事業者数", "3社", "8社", "商工観光課"),
                   ("ｽﾎﾟｰﾂｲﾍﾞﾝﾄの参加者数", "2,150人", "3,000人", "ｽﾎﾟｰﾂ振興課"),
                   ("健康ﾎﾟｲﾝﾄ事業の参加者数", "640人", "1,200人", "健康推進課"),
                   ("指定避難所の整備箇所数", "12ｶ所", "18ｶ所", "危機管理課"),
                   ("ごみのﾘｻｲｸﾙ率", "18.5%", "25.0%", "町民生活課")], size=9, height=24)
    return _pages(path, A4, [draw])


def units_in_square_brackets(path: Path) -> Path:
    """280: the unit in square brackets closing each name (`［千人］`, `[件]`) over bare numbers."""
    def draw(page: Page) -> None:
        page.text(40, 36, "朝霧市 第２期総合戦略 効果検証シート", 13)
        page.text(40, 66, "基本目標１　地域の魅力を生かし、しごとをつくる", 11)
        _table_at(page, 40, 90, [180, 70, 70, 70, 80],
                  [("指標名［単位］", "基準値（R5）", "実績値（R6）", "目標値（R11）", "担当課"),
                   ("観光入込客数［千人］", "1,284", "1,352", "1,500", "観光課"),
                   ("観光消費額［百万円］", "3,820", "4,015", "4,500", "観光課"),
                   ("宿泊者数［人］", "86,400", "90,120", "100,000", "観光課"),
                   ("市内事業所の従業者数［人］", "28,640", "28,910", "30,000", "商工課"),
                   ("創業件数[件]", "18", "22", "30", "商工課"),
                   ("観光客の満足度［％］", "72.4", "75.1", "80.0", "観光課")], size=9, height=24)
    return _pages(path, A4, [draw])


def plan_milestone_headers(path: Path) -> Path:
    """281: `計画策定時（H26）` (baseline) | `実績値（R5）` | `最終年度（R6）` (target) headers."""
    def draw(page: Page) -> None:
        page.text(40, 36, "南条町 第５次総合計画（平成27年度～令和６年度） 成果指標の検証", 13)
        page.text(40, 66, "基本目標３　結婚・出産・子育ての希望をかなえる", 11)
        _table_at(page, 40, 90, [190, 85, 75, 75, 85],
                  [("成果指標", "計画策定時（H26）", "実績値（R5）", "最終年度（R6）", "担当課"),
                   ("年間出生数", "112人", "94人", "120人", "子育て支援課"),
                   ("婚活イベントでのカップル成立数", "6組", "9組", "15組", "企画課"),
                   ("子育て支援センターの利用者数", "5,120人", "6,340人", "7,000人", "子育て支援課"),
                   ("放課後児童クラブの待機児童数", "8人", "0人", "0人", "教育総務課"),
                   ("子育てしやすいまちと感じる保護者の割合", "58.2%", "66.5%", "70.0%", "子育て支援課")],
                  size=9, height=24)
    return _pages(path, A4, [draw])


def kind_column(path: Path) -> Path:
    """282: a `区分` column marking each row `数値目標` (the goal's own indicator) or `KPI`."""
    header = ("区分", "指標名", "基準値（R5）", "目標値（R11）", "担当課")

    def draw(page: Page) -> None:
        page.text(40, 36, "東浜村 第３期総合戦略 数値目標と重要業績評価指標", 13)
        page.text(40, 66, "基本目標１　村の産業を守り、しごとをつくる", 11)
        bottom = _table_at(page, 40, 90, [60, 180, 75, 75, 80],
                           [header,
                            ("数値目標", "村内の就業者数", "1,840人", "1,900人", "産業振興課"),
                            ("KPI", "新規就農者数", "3人", "10人", "産業振興課"),
                            ("KPI", "漁業の担い手の育成人数", "2人", "8人", "産業振興課"),
                            ("KPI", "ふるさと納税の寄附額", "1.2億円", "2.0億円", "総務課")], size=9, height=24)
        page.text(40, bottom + 30, "基本目標２　村への新しい人の流れをつくる", 11)
        _table_at(page, 40, bottom + 54, [60, 180, 75, 75, 80],
                  [header,
                   ("数値目標", "転入者数", "210人", "250人", "住民課"),
                   ("KPI", "移住相談件数", "45件", "80件", "企画課"),
                   ("KPI", "お試し住宅の利用者数", "12人", "30人", "企画課")], size=9, height=24)
    return _pages(path, A4, [draw])


def environment_units(path: Path) -> Path:
    """283: `千t-CO2`, `kW`, `MWh`, `g/人・日`, `台` values and a target relative to a base year (`2013年度比▲46%`)."""
    def draw(page: Page) -> None:
        page.text(40, 36, "青葉市 ゼロカーボンシティ推進計画 進捗管理指標", 13)
        page.text(40, 66, "基本目標４　脱炭素で持続可能なまちをつくる", 11)
        _table_at(page, 40, 90, [170, 85, 85, 95, 80],
                  [("指標名", "基準値（H25）", "実績値（R4）", "目標値（R12）", "担当課"),
                   ("市域の温室効果ガス排出量", "1,248千t-CO2", "1,012千t-CO2", "2013年度比▲46%", "環境政策課"),
                   ("太陽光発電設備の導入容量", "18,400kW", "32,600kW", "60,000kW", "環境政策課"),
                   ("市民1人1日当たりのごみ排出量", "912g/人・日", "868g/人・日", "800g/人・日", "廃棄物対策課"),
                   ("電気自動車の普及台数", "320台", "1,480台", "5,000台", "環境政策課"),
                   ("公共施設の電力使用量", "24,800MWh", "22,150MWh", "18,000MWh", "財産管理課")],
                  size=9, height=24)
    return _pages(path, A4, [draw])


DRAWN = {"279_pdf_half_width_katakana": half_width_katakana,
         "280_pdf_units_in_square_brackets": units_in_square_brackets,
         "281_pdf_plan_milestone_headers": plan_milestone_headers,
         "282_pdf_kind_column": kind_column,
         "283_pdf_environment_units": environment_units}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(DRAWN, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
