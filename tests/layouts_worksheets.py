# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 183-189 of tests/fixtures/layouts/ (`python -m tests.layouts_worksheets [numbers]`).

Habits of other municipalities' worksheets that 01-182 do not show, drawn with reportlab; this script writes only
its own files. Content invented (fictional municipalities, every name and number made up):
- 183: an evaluation sheet whose every KPI is a block of its own: a labelled name row (`指標名` | the name across),
  a header row `基準値（R1） R3 R4 R5 目標値（R7） 担当課`, a values row; the blocks one under another;
- 184: values in positional kanji numerals as a vertical-writing office prints them: `一二〇人`, `三〇件`, and a
  `・` as decimal point (`四五・二％`, `一・四二`), headers with kanji era years (`令和五年度`);
- 185: a `方向性` column of arrows (`↗` / `↘` / `→`: the direction aimed at, no value) beside targets printed as
  numbers or words (`増加させる`, `減少させる`, `現状維持`), and a `前回比` change column in `pt` (`+1.2pt`);
- 186: a spreadsheet laid out with narrow empty spacer columns between the value groups, each value followed by
  its own unit cell under a value header merged over both (`基準値（R1）` over `1,250` | `人`);
- 187: an `評価` column of numeric scores `1`-`5` (a five-level grade, progress, never a value) and their legend;
- 188: an original and a revised target of the same year side by side (`当初目標値（R6）` | `見直し後目標値（R6）`) and a
  `見直しの理由` column of prose;
- 189: a two-row header whose first row prints the years (`令和元年度` | `令和５年度` | `令和７年度`) and the second
  the roles under them (`基準値` | `実績値` | `目標値`), the name column merged down over both.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from tests.layouts_genre import _table_at, build
from tests.layouts_pdfs import _pages
from tests.pdf_builders import Cell, Page


def kpi_blocks(path: Path) -> Path:
    """183: one ruled block per KPI: `指標名` | name across, then its header row, then its values row."""
    widths = [92, 64, 64, 64, 64, 76]

    def block(page: Page, top: float, name: str, values: tuple[str, ...]) -> float:
        cells = [Cell(0, 0, "指標名"), Cell(0, 1, name, col_span=5)]
        cells += [Cell(1, c, text) for c, text in enumerate(("基準値（R1）", "R3", "R4", "R5", "目標値（R7）", "担当課"))]
        cells += [Cell(2, c, text) for c, text in enumerate(values)]
        return page.table(48, top, widths, [20, 20, 20], cells, size=8)

    def draw(page: Page) -> None:
        page.text(48, 40, "桐生野町 総合戦略 施策評価シート（令和５年度）", 13)
        page.text(48, 76, "基本目標１　町の産業を元気にする", 12)
        bottom = block(page, 98, "町内事業所の従業者数", ("3,840人", "3,795人", "3,812人", "3,860人", "4,000人", "産業振興課"))
        bottom = block(page, bottom + 10, "新規就農者数", ("4人", "6人", "3人", "7人", "8人", "農林課"))
        bottom = block(page, bottom + 10, "ふるさと納税の寄附額", ("1.2億円", "1.8億円", "2.3億円", "2.1億円", "3.0億円", "企画課"))
        page.text(48, bottom + 28, "基本目標２　安心して子どもを育てられる町にする", 12)
        bottom = block(page, bottom + 50, "年間出生数", ("62人", "58人", "55人", "60人", "65人", "子育て支援課"))
        block(page, bottom + 10, "子育て支援センターの利用者数", ("4,120人", "3,860人", "4,410人", "4,980人", "5,000人", "子育て支援課"))
    return _pages(path, A4, [draw])


def kanji_positional_numerals(path: Path) -> Path:
    """184: values in positional kanji numerals with `・` as decimal point; kanji era years in the headers."""
    def draw(page: Page) -> None:
        page.text(48, 40, "奥出雲野村 第二期総合戦略 重要業績評価指標の状況", 13)
        page.text(48, 76, "基本目標一　村の暮らしを守る", 12)
        page.text(48, 98, "【重要業績評価指標（KPI）】", 10)
        _table_at(page, 48, 116, [180, 96, 96, 96],
                  [("指標名", "基準値（令和元年度）", "実績値（令和五年度）", "目標値（令和七年度）"),
                   ("村への転入者数", "一二〇人", "一三五人", "一五〇人"),
                   ("空き家バンクの成約件数", "八件", "一四件", "三〇件"),
                   ("特定健診の受診率", "四五・二％", "四八・六％", "六〇・〇％"),
                   ("合計特殊出生率", "一・四二", "一・三八", "一・五〇"),
                   ("村営バスの年間利用者数", "一二五〇人", "一一八〇人", "一五〇〇人")], size=9)
    return _pages(path, A4, [draw])


def direction_column(path: Path) -> Path:
    """185: a `方向性` arrow column, targets as numbers or direction words, a `前回比` column in `pt`."""
    def draw(page: Page) -> None:
        page.text(48, 40, "早瀬市 第２期総合戦略 数値目標・KPIの進捗（令和５年度）", 13)
        page.text(48, 76, "基本目標２　誰もが健康に暮らせるまちをつくる", 12)
        bottom = _table_at(page, 48, 98, [170, 64, 64, 56, 70, 44, 62],
                           [("指標名", "基準値（R1）", "実績値（R5）", "前回比", "目標値（R7）", "方向性", "担当課"),
                            ("特定健診の受診率", "38.4%", "42.1%", "+1.2pt", "60.0%", "↗", "健康推進課"),
                            ("運動習慣のある市民の割合", "31.5%", "30.7%", "▲0.8pt", "増加させる", "↗", "健康推進課"),
                            ("自殺死亡率（人口10万対）", "16.2", "14.8", "▲1.1pt", "減少させる", "↘", "福祉課"),
                            ("健康だと感じる市民の割合", "72.0%", "71.8%", "+0.3pt", "現状維持", "→", "健康推進課"),
                            ("がん検診の受診者数", "8,420人", "9,050人", "+3.5ポイント", "10,000人", "↗", "健康推進課")], size=8)
        page.text(48, bottom + 6, "※方向性：↗ 増加を目指す　↘ 減少を目指す　→ 現状の維持を目指す", 8)
        page.text(48, bottom + 18, "※前回比：令和４年度の実績値との差", 8)
    return _pages(path, A4, [draw])


def spacer_unit_columns(path: Path) -> Path:
    """186: narrow empty spacer columns between value groups; each value header merged over a value and a unit cell."""
    widths = [26, 150, 6, 52, 24, 6, 52, 24, 6, 52, 24, 6, 70]
    header = [Cell(0, 0, "No."), Cell(0, 1, "指標名"), Cell(0, 2, ""),
              Cell(0, 3, "基準値（R1）", col_span=2), Cell(0, 5, ""),
              Cell(0, 6, "実績値（R5）", col_span=2), Cell(0, 8, ""),
              Cell(0, 9, "目標値（R7）", col_span=2), Cell(0, 11, ""), Cell(0, 12, "担当課")]
    body = [("1", "観光入込客数", "", "1,250", "千人", "", "1,080", "千人", "", "1,400", "千人", "", "観光課"),
            ("2", "宿泊者数", "", "186,400", "人", "", "172,300", "人", "", "200,000", "人", "", "観光課"),
            ("3", "道の駅の売上額", "", "412", "百万円", "", "455", "百万円", "", "480", "百万円", "", "商工課"),
            ("4", "地域おこし協力隊の定着率", "", "50.0", "％", "", "62.5", "％", "", "70.0", "％", "", "企画課")]

    def draw(page: Page) -> None:
        page.text(48, 40, "霧ヶ峰町 総合戦略 KPI進捗管理表", 13)
        page.text(48, 76, "基本目標３　人が行き交うにぎわいのある町をつくる", 12)
        cells = header + [Cell(r, c, text) for r, row in enumerate(body, start=1) for c, text in enumerate(row)]
        page.table(48, 98, widths, [22] * (len(body) + 1), cells, size=8)
    return _pages(path, landscape(A4), [draw])


def numeric_score_grades(path: Path) -> Path:
    """187: an `評価` column of five-level numeric scores and their legend under the table."""
    def draw(page: Page) -> None:
        page.text(48, 40, "真砂町 令和５年度 総合戦略 効果検証結果", 13)
        page.text(48, 76, "基本目標１　しごとをつくる", 12)
        bottom = _table_at(page, 48, 98, [176, 70, 70, 70, 40, 70],
                           [("指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "評価", "担当課"),
                            ("新規創業件数", "6件", "11件", "10件", "5", "商工観光課"),
                            ("町内事業所の従業者数", "2,980人", "3,020人", "3,100人", "4", "商工観光課"),
                            ("農産物直売所の売上額", "84百万円", "90百万円", "100百万円", "3", "農林課"),
                            ("企業誘致件数", "0件", "1件", "3件", "2", "企画課"),
                            ("観光消費額", "12.4億円", "9.8億円", "15.0億円", "1", "商工観光課")], size=8)
        page.text(48, bottom + 6, "評価　5：目標を大きく上回った　4：目標を達成した　3：概ね順調　2：やや遅れている　1：遅れている", 8)
    return _pages(path, A4, [draw])


def revised_targets(path: Path) -> Path:
    """188: the original and the revised target of one year side by side, and the reason for the revision."""
    def draw(page: Page) -> None:
        page.text(48, 40, "千草市 第２期総合戦略（改訂版） 重要業績評価指標", 13)
        page.text(48, 76, "基本目標１　若い世代の結婚・出産・子育ての希望をかなえる", 12)
        _table_at(page, 48, 98, [150, 62, 74, 84, 160],
                  [("指標名", "基準値（R1）", "当初目標値\n（R6）", "見直し後目標値\n（R6）", "見直しの理由"),
                   ("婚活イベントでの成婚数", "3組", "10組", "6組", "感染症の影響でイベント\nを縮小したため"),
                   ("保育所の待機児童数", "14人", "0人", "0人", "変更なし"),
                   ("子育て支援アプリの登録者数", "1,200人", "2,000人", "3,500人", "目標を前倒しで達成\nしたため上方修正")],
                  size=8, height=30)
    return _pages(path, A4, [draw])


def years_over_roles(path: Path) -> Path:
    """189: a two-row header, the years on the first row and the roles under them; the name merged down."""
    def draw(page: Page) -> None:
        page.text(48, 40, "藤見台市 第２期総合戦略 KPIの達成状況", 13)
        page.text(48, 76, "基本目標４　安全で住み続けたいまちをつくる", 12)
        header = [Cell(0, 0, "指標名", row_span=2), Cell(0, 1, "令和元年度"), Cell(0, 2, "令和５年度"),
                  Cell(0, 3, "令和７年度"), Cell(0, 4, "担当課", row_span=2),
                  Cell(1, 1, "基準値"), Cell(1, 2, "実績値"), Cell(1, 3, "目標値")]
        body = [("自主防災組織の結成率", "72.4%", "81.0%", "90.0%", "危機管理課"),
                ("市民の定住意向の割合", "76.8%", "78.2%", "80.0%", "企画課"),
                ("交通事故の発生件数", "312件", "268件", "250件", "市民安全課"),
                ("空き家の除却件数", "18件", "41件", "60件", "建築住宅課")]
        cells = header + [Cell(r, c, text) for r, row in enumerate(body, start=2) for c, text in enumerate(row)]
        page.table(48, 98, [180, 76, 76, 76, 80], [20] * 6, cells, size=8)
    return _pages(path, A4, [draw])


DRAWN = {"183_pdf_kpi_blocks_header_per_indicator": kpi_blocks,
         "184_pdf_kanji_positional_numerals": kanji_positional_numerals,
         "185_pdf_direction_arrow_column_pt": direction_column,
         "186_pdf_spacer_and_unit_columns": spacer_unit_columns,
         "187_pdf_numeric_score_grades": numeric_score_grades,
         "188_pdf_original_revised_targets": revised_targets,
         "189_pdf_years_row_over_roles": years_over_roles}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(DRAWN, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
