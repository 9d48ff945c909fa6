"""A goal named in a page title (`湖北台市　基本目標３「訪れたいまちをつくる」の進捗`) is the goal of the table under
it; where the reading cannot tell an indicator's goal (a title a text layer printed after its table, a merged goal
cell cut apart), the indicator is flagged `goal_uncertain`, never left under a wrong goal quietly. Every expected
goal was read off the invented text by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import LoadedDocument
from ingest.table.context import goal_outline, titled_goal
from ingest.text.generic import READERS, read_with
from normalize.goals import goal_part
from tests.layouts_layers import LayerCell, measure_cell


@pytest.mark.parametrize(("line", "heading"), [
    ("湖北台市　基本目標３「訪れたいまちをつくる」の進捗", "基本目標3 訪れたいまちをつくる"),
    ("基本目標２『結婚・出産の希望をかなえる』の達成状況", "基本目標2 結婚・出産の希望をかなえる"),
    ("南山町 基本目標１「しごとをつくる」", "基本目標1 しごとをつくる"),
    ("南山町 基本目標１ 安心して暮らせるまちをつくる", "基本目標1 安心して暮らせるまちをつくる"),
    # the quote is part of the goal's name: no page title (a heading `goal_level` reads as printed)
    ("基本目標１「稼ぐ力」を高め、働く場をつくる", None),
    # a sentence naming a goal
    ("本市は基本目標３「訪れたいまちをつくる」の達成に向けて取り組みました。", None),
    # a goal word inside another word, a year before it, a particle after the label
    ("総合政策1 課の取組", None),
    ("令和5年度 基本目標1 の評価", None),
])
def test_a_page_title_names_the_goal_it_quotes_or_that_follows_it(line: str, heading: str | None):
    assert titled_goal(line) == heading


def _read(lines: list[str]) -> dict[str, tuple[str, bool, str | None]]:
    document = LoadedDocument("titles.txt", Path("titles.txt"), "", "text", lines=lines)
    rows = read_with(document, None, READERS, "generic").rows
    return {row.name: (" / ".join(goal_part(p) for p in row.goal if p.strip()), row.goal_uncertain, row.department)
            for row in rows}


TABLE = [
    "KPI 基準値（R1） 実績値（R5） 目標値（R7） 担当課",
    "宿泊者数 28.4万人 24.9万人 32万人 観光課",
    "体験型観光メニュー数 12件 21件 25件 観光課",
    "市内キャンプ場の利用者数 8,450人 11,930人 12,000人 都市公園課",
]
TITLE = "湖北台市　基本目標３「訪れたいまちをつくる」の進捗"


def test_the_goal_a_page_title_names_is_the_goal_of_the_table_under_it():
    goal = ("3 訪れたいまちをつくる", False)
    assert _read([TITLE, *TABLE]) == {"宿泊者数": (*goal, "観光課"), "体験型観光メニュー数": (*goal, "観光課"),
                                      "市内キャンプ場の利用者数": (*goal, "都市公園課")}


def test_a_page_title_printed_after_its_table_owns_no_table_below_and_flags_the_rows_above():
    # `pdftotext -raw` and pypdfium2 print in drawing order: the title after the table. Without a page break or a
    # page number the text does not say whose tables above are that page's: the rows read under no heading take the
    # title's goal, flagged; and the title is no department cell of the last row
    guess = ("3 訪れたいまちをつくる", True)
    assert _read([*TABLE, TITLE]) == {"宿泊者数": (*guess, "観光課"), "体験型観光メニュー数": (*guess, "観光課"),
                                      "市内キャンプ場の利用者数": (*guess, "都市公園課")}


def test_a_page_title_printed_after_the_tables_of_a_text_without_pages_leaves_rows_under_a_heading_alone():
    # a heading before the first table: the rows read under it keep it (flagged), the title takes none of them
    rows = _read(["南山町 基本目標１「しごとをつくる」", *TABLE, TITLE])
    assert {(goal, flagged) for goal, flagged, _ in rows.values()} == {("1 しごとをつくる", True)}


def test_a_page_title_printed_after_its_table_names_the_goal_of_the_tables_on_its_page():
    # the same with form feeds (`pdftotext -raw`): the tables read before the title on its page, after no heading of
    # that page, are its page's; a table on the page before, with no title of its own, stays flagged without a goal
    other = ["KPI 基準値（R1） 目標値（R7）", "転入者数 1,020人 1,200人"]
    rows = _read([*other, "\f" + TABLE[0], *TABLE[1:], TITLE, "\f"])
    goal = ("3 訪れたいまちをつくる", False)
    assert rows == {"転入者数": ("", True, None), "宿泊者数": (*goal, "観光課"),
                    "体験型観光メニュー数": (*goal, "観光課"), "市内キャンプ場の利用者数": (*goal, "都市公園課")}


def test_a_page_title_after_the_tables_of_a_page_under_an_earlier_heading_of_that_page_names_no_goal():
    # a heading printed before the table on the same page: which of the two owns the table the text does not say
    rows = _read(["\f南山町 基本目標１「しごとをつくる」", *TABLE, TITLE, "\f"])
    assert {goal for goal, _, _ in rows.values()} == {"1 しごとをつくる"}
    assert all(flagged for _, flagged, _ in rows.values())


def test_a_goal_cell_printed_on_its_rows_line_ending_open_goes_on_on_the_next_line():
    # a merged goal cell's first line on a row's line (`…新しいひとの` ends in a particle, no heading does), its second
    # line alone under the row: the goal's, not the department's
    rows = _read([
        "基本目標 指標名 基準値（R1） 目標値（R7） 担当課",
        "基本目標１ 地域の産業を伸ばす 新規雇用者数 42人 60人 産業振興課",
        "基本目標２ 新しいひとの 観光入込客数 38.5万人 45万人 商工観光課",
        "流れをつくる",
    ])
    assert rows["観光入込客数"][0] == "2 新しいひとの流れをつくる"
    assert rows["観光入込客数"][2] == "商工観光課"
    assert rows["新規雇用者数"][0] == "1 地域の産業を伸ばす"


def test_the_wrapped_end_of_a_cell_above_a_policy_line_is_no_title_of_the_level_between():
    # `関連事業: インクルーシブ教育推進事` / `業`: a cell's last character printed alone after its row, right above the
    # next policy heading of the project; a title is longer (the level between stays the one read before)
    lines = ["少子高齢化対策プロジェクト", "地域の未来を担う人材育成", "重点施策 1-2 方針2:主体的な学びの推進",
             "関連事業: インクルーシブ教育推進事", "業", "重点施策 1-3 方針2:特別な配慮を要する子どもへの支援の充実"]
    paths, _ = goal_outline(lines)
    assert paths[-1] == ("少子高齢化対策プロジェクト", "地域の未来を担う人材育成",
                         "重点施策 1-3 方針2:特別な配慮を要する子どもへの支援の充実")


@pytest.mark.parametrize("cell", [
    # merged goal cells printed mid-rows, cut by a page break (the goal of the rows before the first cannot be told)
    "111_pdf_calc_goal_cells_across_pages.layout",
    # the page title printed after the table, or before it
    "131_pdf_matplotlib_chart_beside_table.raw", "131_pdf_matplotlib_chart_beside_table.pdfminer",
    # merged goal and measure cells whose wrapped lines interleave, a measure's title apart from its label
    "33_pdf_excel_merged_goals.layout",
])
def test_no_indicator_of_these_layers_is_under_a_wrong_goal_unflagged(cell: str):
    stem, layer = cell.rsplit(".", 1)
    _, _, wrong, flagged_right = measure_cell(LayerCell(stem, layer))
    assert [g.describe() for g in wrong if not g.flagged] == []
    assert flagged_right == 0


@pytest.mark.parametrize("cell", [
    # the same merged goal cells in text without positions: each row takes the goal printed nearest it (a guess,
    # `ingest.table.merged_left.centred_goals`), so every goal is flagged; all must be right
    "111_pdf_calc_goal_cells_across_pages.plumber", "111_pdf_calc_goal_cells_across_pages.pdfminer",
    # a page title printed after the table in a text with no page marks (pypdfium2): the rows read under no heading
    # take its goal, flagged (whose page's tables it names the text does not say)
    "131_pdf_matplotlib_chart_beside_table.pdfium",
])
def test_goal_cells_placed_by_nearness_are_right_and_flagged(cell: str):
    stem, layer = cell.rsplit(".", 1)
    _, indicators, wrong, flagged_right = measure_cell(LayerCell(stem, layer))
    assert indicators.passed
    assert [g.describe() for g in wrong] == []
    assert flagged_right > 0


#: `pdftotext -raw` of a sheet whose merged goal cells (column 基本目標) a spreadsheet draws after the rows and the
#: page title
APART = [
    "No. 基本目標 重要業績評価指標（KPI） 単位 基準値（R1） 目標値（R7） 担当課",
    "1 新規雇用者数 人 420 600 産業振興課",
    "2 創業件数 件 12 20 産業振興課",
    "3 観光入込客数 万人 38.5 45 商工観光課",
    "4 転入者数 人 1,020 1,200 企画課",
    "5 移住相談件数 件 85 120 企画課",
    "南山市 第２期総合戦略 KPI一覧",
    "基本目標１",
    "地域の産業を伸ばす",
    "基本目標２",
    "新しいひとの流れをつくる",
]


def test_goal_cells_printed_after_their_rows_share_the_rows_out_in_order_flagged():
    # two goals after five rows: the first row is the first goal's, the last the last's; where they part the text
    # does not say (rows 1-3 under the first, 4-5 under the second: shared out evenly), every goal flagged
    rows = _read(APART)
    first, second = ("1 地域の産業を伸ばす", True), ("2 新しいひとの流れをつくる", True)
    assert {name: goal[:2] for name, goal in rows.items()} == {
        "新規雇用者数": first, "創業件数": first, "観光入込客数": first, "転入者数": second, "移住相談件数": second}


def test_one_goal_heading_after_a_table_is_the_next_table_s():
    # a heading alone after a table is the heading of the table below it (no merged cells printed apart)
    rows = _read([*APART[:4], APART[7] + " " + APART[8], APART[0], *APART[4:6]])
    assert rows["新規雇用者数"][:2] == ("", True)
    assert rows["転入者数"][0] == "1 地域の産業を伸ばす"
