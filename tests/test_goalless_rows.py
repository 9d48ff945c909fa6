"""A row read under no goal where the text prints goals is flagged `goal_uncertain`, whoever read it: other rows of
the document read a goal (the row's goal cell or heading was lost), the table has a goal column, or goals printed
upright one glyph a line stand apart from the rows (pdfminer prints a merged goal cell's text before the table's
header, so which rows each goal stands beside the text no longer says: two or more are shared out among the rows
in order, flagged). Rows of a text that prints no goal stay
unflagged. The texts are invented; every expectation was read off them by hand."""

from __future__ import annotations

from pathlib import Path

from ingest.document import LoadedDocument
from ingest.registry import extract
from ingest.table.context import upright_goal_glyphs


def _read(lines: list[str]) -> dict[str, tuple[str, bool]]:
    document = LoadedDocument("goalless.txt", Path("goalless.txt"), "", "text", lines=lines)
    return {row.name: ("".join(row.goal), row.goal_uncertain) for row in extract(document).rows}


TITLE = ["萩山町　総合戦略　KPI一覧", ""]
# two goal cells written upright, as pdfminer gives a merged cell's text: one glyph a line, before the header
UPRIGHT_GOALS = ["基本目", "標", *"基本目標１", "", *"まちをつくる", "", *"基本目標２", "", *"ひとを育てる", ""]
# the table's cells, one a text box, as pdfminer prints them
TABLE = ["指標名", "", "基準値", "", "目標値（R11）", "", "担当課", "",
         "新規就農者数", "", "12 人（R5）", "", "20 人 農政課", "",
         "空き店舗の活用件数", "", "3 件（R5）", "", "10 件 商工課", "",
         "子育て相談件数", "", "410 件（R4）", "", "500 件 こども課", ""]


def test_rows_beside_upright_goals_printed_apart_are_shared_out_among_them_flagged():
    # which rows each goal stands beside the text does not say: the first row is the first goal's, the last the
    # last's, the rows between shared out evenly in order (3 rows, 2 goals: the middle row the first's), all flagged
    first, second = ("基本目標１まちをつくる", True), ("基本目標２ひとを育てる", True)
    assert _read([*TITLE, *UPRIGHT_GOALS, *TABLE]) == {
        "新規就農者数": first, "空き店舗の活用件数": first, "子育て相談件数": second}


def test_rows_beside_upright_goals_part_where_their_department_changes():
    # a department's merged cell stands inside one goal's: of 4 rows (農政課 once, こども課 three times) the even
    # share (2 and 2) would part こども課's rows; the goals part where the department changes, still flagged
    table = [*TABLE[:14], "空き店舗の活用件数", "", "3 件（R5）", "", "10 件 こども課", "", *TABLE[20:],
             "保育所の待機児童数", "", "5 人（R4）", "", "0 人 こども課", ""]
    first, second = ("基本目標１まちをつくる", True), ("基本目標２ひとを育てる", True)
    assert _read([*TITLE, *UPRIGHT_GOALS, *table]) == {
        "新規就農者数": first, "空き店舗の活用件数": second, "子育て相談件数": second, "保育所の待機児童数": second}


def test_one_upright_goal_printed_apart_names_no_row():
    one = UPRIGHT_GOALS[:2 + len("基本目標１") + 1 + len("まちをつくる") + 1]
    assert _read([*TITLE, *one, *TABLE]) == {
        "新規就農者数": ("", True), "空き店舗の活用件数": ("", True), "子育て相談件数": ("", True)}


def test_rows_of_a_text_printing_no_goal_are_not_flagged():
    assert _read([*TITLE, *TABLE]) == {
        "新規就農者数": ("", False), "空き店舗の活用件数": ("", False), "子育て相談件数": ("", False)}


def test_a_row_without_goal_among_rows_with_one_is_flagged():
    # the first table stands before any goal heading; the second under one
    lines = [*TITLE, "指標名　　　　　　基準値　　目標値", "新規就農者数　　　12人　　　20人", "",
             "基本目標１　まちをつくる", "",
             "指標名　　　　　　基準値　　目標値", "空き店舗の活用件数　3件　　　10件"]
    read = _read(lines)
    assert read["新規就農者数"] == ("", True)
    assert read["空き店舗の活用件数"][1] is False and read["空き店舗の活用件数"][0].endswith("まちをつくる")


def test_upright_glyphs_spell_goals_only_with_a_goal_label_or_two_numbered_titles():
    assert upright_goal_glyphs([*"基本目標１", *"まちをつくる"])
    assert upright_goal_glyphs([*"１稼ぐまち", *"２住みたいまち"])
    assert not upright_goal_glyphs([*"５年度"])  # a year written upright: no goal
    assert not upright_goal_glyphs(["基本目標１　まちをつくる"])  # a heading across: not glyphs one a line


def test_numbered_cells_upright_under_a_heading_open_a_level_under_it():
    # a measure-number column written upright (`施` / `策` / `１`) under the heading `基本目標３`, its header word
    # `施策` upright too: the glyphs are no wrapped end of the heading, and the numbered cells stand one level under
    # it; which rows each stands beside the text does not say (shared out, flagged)
    lines = [*TITLE, "基本目標３　学びと交流のまちをつくる", "", "施", "策", "", *"施策１", "", *"施策２", "", *TABLE]
    under = "基本目標３　学びと交流のまちをつくる施策"
    assert _read(lines) == {"新規就農者数": (under + "１", True), "空き店舗の活用件数": (under + "１", True),
                            "子育て相談件数": (under + "２", True)}


def test_numbered_cells_upright_among_the_header_words_open_a_level_under_the_heading():
    # `pdftotext -raw` gives the measure column's upright cells after the header's words (drawing order): header
    # cells over no row's cell that print a label and a number alone are those cells, one level under the heading
    lines = [*TITLE, "基本目標３ 学びと交流のまちをつくる", "施", "策", "指標名 基準値（R2） 目標値（R8） 担当課",
             *"施策１", *"施策２", "新規就農者数 12人 20人 農政課", "空き店舗の活用件数 3件 10件 商工課",
             "子育て相談件数 410件 500件 こども課"]
    under = "基本目標３ 学びと交流のまちをつくる施策"
    assert _read(lines) == {"新規就農者数": (under + "１", True), "空き店舗の活用件数": (under + "１", True),
                            "子育て相談件数": (under + "２", True)}
