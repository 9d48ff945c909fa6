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
    # page number the text does not say whose tables above are that page's: no goal, flagged; and the title is no
    # department cell of the last row
    none = ("", True)
    assert _read([*TABLE, TITLE]) == {"宿泊者数": (*none, "観光課"), "体験型観光メニュー数": (*none, "観光課"),
                                      "市内キャンプ場の利用者数": (*none, "都市公園課")}


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
    "131_pdf_matplotlib_chart_beside_table.raw", "131_pdf_matplotlib_chart_beside_table.pdfium",
    "131_pdf_matplotlib_chart_beside_table.pdfminer",
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
    # `ingest.text.blocks.centred_goals`), so every goal is flagged; all must be right
    "111_pdf_calc_goal_cells_across_pages.plumber", "111_pdf_calc_goal_cells_across_pages.pdfminer",
])
def test_goal_cells_placed_by_nearness_are_right_and_flagged(cell: str):
    stem, layer = cell.rsplit(".", 1)
    _, indicators, wrong, flagged_right = measure_cell(LayerCell(stem, layer))
    assert indicators.passed
    assert [g.describe() for g in wrong] == []
    assert flagged_right > 0
