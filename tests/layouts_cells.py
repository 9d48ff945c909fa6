"""Build the hand-made PDFs 274-278 of tests/fixtures/layouts/ (`python -m tests.layouts_cells [numbers]`).

Habits of real 総合戦略 / 効果検証 PDFs that 01-273 do not show, drawn with reportlab (the PDFs are committed, CI only
reads them). This script writes only its own files. Content invented (fictional municipalities, every name and
number made up):
- 274: a KPI table whose target column mixes absolute targets with relative ones, stated against the baseline or
  the year before (`基準値比+10%`, `R5比1.2倍`, `前年度比増`, `+3ポイント`): a relative target names no value;
- 275: value headers dated by a Western fiscal year in the `FY` form (`基準値（FY2023）`, `実績値（FY2024）`,
  `目標値（FY2029）`), as municipalities writing for an English-reading audience print them;
- 276: headers naming no year (`指標名 | 現状値 | 目標値 | 担当課`), the years stated once in a note line between
  the goal heading and the table (`（現状値：令和５年度、目標値：令和11年度）`);
- 277: priority indicators marked by a `★` before the name, the mark explained in a legend line under the table
  (`★：重点KPI`), and new indicators whose baseline cell says `新規` (no baseline value);
- 278: a `目標値` header naming no year over cells that print the target year BEFORE the value
  (`（R11）1,500人`, `（R9）60.0%`), the baseline's year in its header (`基準値（R5）`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4

from tests.layouts_genre import _table_at, build
from tests.layouts_pdfs import _pages
from tests.pdf_builders import Page


def relative_targets(path: Path) -> Path:
    """274: absolute and relative targets (`基準値比+10%`, `R5比1.2倍`, `前年度比増`) in one target column."""
    def draw(page: Page) -> None:
        page.text(40, 36, "萩ノ台市 第３期総合戦略 重要業績評価指標（KPI）", 13)
        page.text(40, 66, "基本目標２　市内で働き、稼げるまちをつくる", 11)
        _table_at(page, 40, 90, [190, 90, 110, 80],
                  [("指標名", "基準値（R5）", "目標値（R11）", "担当課"),
                   ("市内事業所の従業者数", "31,240人", "32,000人", "商工課"),
                   ("製造品出荷額等", "2,815億円", "基準値比+10%", "商工課"),
                   ("農業産出額", "64.2億円", "R5比1.2倍", "農政課"),
                   ("創業支援による創業件数", "21件", "前年度比増", "商工課"),
                   ("市内での就業を希望する高校生の割合", "38.5%", "+3ポイント", "企画課"),
                   ("企業誘致による新規立地件数", "3件", "10件", "企業立地課")], size=9, height=24)
    return _pages(path, A4, [draw])


def fiscal_year_fy_headers(path: Path) -> Path:
    """275: value headers dated `FY2023` / `FY2024` / `FY2029`."""
    def draw(page: Page) -> None:
        page.text(40, 36, "港北台市 第２期総合戦略 効果検証 KPI一覧", 13)
        page.text(40, 66, "基本目標１　新しいひとの流れをつくる", 11)
        _table_at(page, 40, 90, [180, 80, 80, 80, 80],
                  [("指標名", "基準値\n（FY2023）", "実績値\n（FY2024）", "目標値\n（FY2029）", "担当課"),
                   ("転入者数", "4,120人", "4,236人", "4,500人", "企画課"),
                   ("移住相談件数", "86件", "102件", "150件", "企画課"),
                   ("外国人住民数", "1,248人", "1,390人", "1,600人", "国際課"),
                   ("市の魅力を発信するSNSのフォロワー数", "8,400人", "10,120人", "20,000人", "広報課")],
                  size=9, height=30)
    return _pages(path, A4, [draw])


def years_in_note_line(path: Path) -> Path:
    """276: headers naming no year, the years in a note line over the table."""
    def draw(page: Page) -> None:
        page.text(40, 36, "杉ノ浦町 第２期まち・ひと・しごと創生総合戦略", 13)
        page.text(40, 66, "基本目標３　若い世代の結婚・出産・子育ての希望をかなえる", 11)
        page.text(40, 90, "（現状値：令和５年度、目標値：令和11年度）", 9)
        _table_at(page, 40, 108, [200, 80, 80, 90],
                  [("指標名", "現状値", "目標値", "担当課"),
                   ("年間出生数", "96人", "100人", "健康福祉課"),
                   ("子育て支援センターの利用者数", "3,420人", "4,000人", "子育て支援課"),
                   ("保育所の待機児童数", "4人", "0人", "子育て支援課"),
                   ("町の子育て環境に満足している保護者の割合", "62.5%", "75.0%", "子育て支援課")],
                  size=9, height=24)
    return _pages(path, A4, [draw])


def priority_marks_new_baselines(path: Path) -> Path:
    """277: `★` priority marks before names with their legend, `新規` baselines of new indicators."""
    def draw(page: Page) -> None:
        page.text(40, 36, "霧ヶ丘村 第３期総合戦略 基本目標と重要業績評価指標", 13)
        page.text(40, 66, "基本目標１　村の資源を生かして、しごとをつくる", 11)
        bottom = _table_at(page, 40, 90, [200, 80, 80, 90],
                           [("重要業績評価指標（KPI）", "基準値（R5）", "目標値（R11）", "担当課"),
                            ("★農産物直売所の年間売上額", "1.8億円", "2.2億円", "産業振興課"),
                            ("新規就農者数", "2人", "8人", "産業振興課"),
                            ("★村の特産品を使った商品の開発件数", "新規", "10件", "産業振興課"),
                            ("観光交流施設の利用者数", "42,600人", "50,000人", "観光課"),
                            ("ワーケーションの受入人数", "新規", "300人", "企画課")], size=9, height=24)
        page.text(40, bottom + 8, "★：重点KPI（村の総合戦略推進会議で毎年度重点的に検証する指標）", 8.5)
    return _pages(path, A4, [draw])


def target_year_before_value(path: Path) -> Path:
    """278: a `目標値` header naming no year over cells printing the year before the value (`（R11）1,500人`)."""
    def draw(page: Page) -> None:
        page.text(40, 36, "白砂浜市 第３期総合戦略 施策の展開", 13)
        page.text(40, 66, "基本目標４　安心して暮らせる魅力的なまちをつくる", 11)
        _table_at(page, 40, 90, [200, 90, 110, 80],
                  [("指標名", "基準値（R5）", "目標値", "担当課"),
                   ("地域公共交通の年間利用者数", "182,400人", "（R11）200,000人", "交通政策課"),
                   ("自主防災組織の組織率", "78.2%", "（R9）90.0%", "危機管理課"),
                   ("空き家の利活用件数", "14件", "（R11）40件", "都市計画課"),
                   ("市民一人当たりの図書貸出冊数", "5.4冊", "（R10）6.0冊", "生涯学習課")], size=9, height=24)
    return _pages(path, A4, [draw])


DRAWN = {"274_pdf_relative_targets": relative_targets,
         "275_pdf_fiscal_year_fy_headers": fiscal_year_fy_headers,
         "276_pdf_years_in_note_line": years_in_note_line,
         "277_pdf_priority_marks_new_baselines": priority_marks_new_baselines,
         "278_pdf_target_year_before_value": target_year_before_value}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(DRAWN, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
