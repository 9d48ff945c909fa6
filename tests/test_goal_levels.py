"""A merged goal cell printing several levels (a project, the project's field, a policy), read as separate levels
where the text shows them, and flagged `goal_uncertain` where it cannot tell. Every expected goal was read off the
invented text by hand."""

from __future__ import annotations

from pathlib import Path

from ingest.document import LoadedDocument
from ingest.table.context import Surroundings, TextLine
from ingest.table.header import is_goal_heading
from ingest.table.rows import _run_together
from ingest.text import aligned, cells
from ingest.text.generic import read_with
from normalize.goals import goal_part


def _read(lines: list[str], reader) -> dict[str, tuple[str, bool]]:
    document = LoadedDocument("levels.txt", Path("levels.txt"), "", "text", lines=lines)
    rows = read_with(document, None, (reader,), "generic").rows
    return {row.name: (" / ".join(goal_part(p) for p in row.goal if p.strip()), row.goal_uncertain) for row in rows}


def _line(*cells: tuple[int, str]) -> str:
    """A pdftotext `-layout` line: each text at its character position."""
    line = ""
    for position, text in cells:
        line = line.ljust(position) + text
    return line


# a `pdftotext -raw` sheet: the goal cell merged over a group's rows prints on its first row only, one line per
# level (the project, its field wrapped over two lines, the policy wrapped), before the row's kind word
RAW_SHEET = [
    "基本目標 具体的な施策 区分 指標名",
    "現状値",
    "（令和５年度）",
    "目標値",
    "（令和１１年度）",
    "みどり推進プロジェクト",
    "緑地の保全と活用によるまちの",
    "魅力向上",
    "重点施策 2-1 方針1:公園の",
    "整備",
    "成果指標 公園面積 10ha 12ha",
    "重点施策 2-1 方針2:緑化の推進",
    "成果指標 植樹本数 100本 150本",
    "みどり推進プロジェクト",
    "水辺の再生",
    "重点施策 2-2 方針1:河川の浄化",
    "成果指標 水質基準達成率 80% 90%",
]


def test_a_raw_sheets_merged_goal_cell_reads_as_project_field_and_policy():
    field = "緑地の保全と活用によるまちの魅力向上"
    assert _read(RAW_SHEET, cells.read_tables) == {
        "公園面積": (f"みどり推進プロジェクト / {field} / 重点施策 2-1 方針1:公園の整備", False),
        "植樹本数": (f"みどり推進プロジェクト / {field} / 重点施策 2-1 方針2:緑化の推進", False),
        "水質基準達成率": ("みどり推進プロジェクト / 水辺の再生 / 重点施策 2-2 方針1:河川の浄化", False),
    }


def test_a_policy_wrapped_before_western_text_keeps_the_line_as_printed():
    # `(ABC)の活用` is one printed line: the bracket and the word after it are not set apart
    sheet = [*RAW_SHEET[:5], "デジタル推進プロジェクト", "誰もが使える行政", "重点施策 7-4 方針1関係:地域通貨",
             "(ABC)の活用", "指標 地域通貨会員数 18.6％ 26.4％"]
    goal = "デジタル推進プロジェクト / 誰もが使える行政 / 重点施策 7-4 方針1関係:地域通貨 (ABC)の活用"
    assert _read(sheet, cells.read_tables) == {"地域通貨会員数": (goal, False)}


def test_headings_of_one_level_one_row_prints_are_read_in_the_order_printed():
    # a project's cell prints the next row's policy (line 12) under the line where the measure column prints the
    # row's own (line 11): the row keeps the one printed first
    printed = [(10, 0, "みどり推進プロジェクト"), (12, 2, "重点施策 2-2 方針1:河川の浄化"),
               (11, 2, "重点施策 2-1 方針1:公園の整備")]
    assert _run_together(printed) == [(2, "重点施策 2-1 方針1:公園の整備"), (2, "重点施策 2-2 方針1:河川の浄化")]
    assert _run_together([(10, 2, "重点施策 2-1 方針1:公園の整備"), (11, 2, "重点施策 2-1 方針1:公園の整備")]) == []


def test_a_policy_heading_is_a_goal_heading_not_a_header_line():
    assert is_goal_heading("重点施策 3-4 方針1:魅力ある観光地づ")
    assert not is_goal_heading("重点施策")  # the header word alone


def test_a_goal_band_in_a_caption_bracket_or_with_a_roman_number_is_a_goal_heading():
    # a band printed across a table between its rows: no header line, though `基本目標` is the goal column's word
    assert is_goal_heading("【基本目標２】安心して暮らせる魅力的なまちをつくる")
    assert is_goal_heading("基本目標Ⅲ 誰もが活躍できる地域をつくる")
    assert is_goal_heading("【基本目標Ⅰ】結婚・出産・子育ての希望をかなえる")
    assert is_goal_heading("基本目標2：安心して暮らせる魅力的なまちをつくる")
    assert not is_goal_heading("【基本目標】")  # the header word alone, bracketed
    assert not is_goal_heading("基本目標値")


HEADER = _line((0, "基本目標"), (18, "具体的な施策"), (40, "区分"), (48, "指標名"), (62, "現状値"), (72, "目標値"))

# a -layout sheet: the field title of the goal cell wraps, and its last line is printed on the next row's line
TITLE_WRAPPED_ONTO_NEXT_ROW = [
    HEADER,
    _line((0, "みどり推進プロジェクト"), (18, "重点施策 2-1 方針1:公園の整備"), (40, "成果指標"), (48, "公園面積"),
          (62, "10ha"), (72, "12ha")),
    _line((0, "緑地の保全と活用によるま"), (18, "重点施策 2-1 方針2:緑化の推進"), (40, "成果指標"), (48, "植樹本数"),
          (62, "100本"), (72, "150本")),
    _line((0, "ちの魅力向上"), (18, "重点施策 2-3 方針1:花壇の管理"), (40, "成果指標"), (48, "花壇数"),
          (62, "20か所"), (72, "30か所")),
    _line((18, "重点施策 2-3 方針2:街路樹の保全"), (40, "成果指標"), (48, "街路樹本数"), (62, "500本"), (72, "600本")),
]


def test_a_title_printed_alone_under_a_project_a_cell_above_printed_is_flagged():
    # `ちの魅力向上` is the end of the title above or the next field: the text does not say; the row above, whose
    # title may be cut short, and the rows carrying it are flagged
    read = _read(TITLE_WRAPPED_ONTO_NEXT_ROW, aligned.read_tables)
    assert read["公園面積"][1] is False
    assert read["植樹本数"][1] is True
    assert read["花壇数"] == ("みどり推進プロジェクト / ちの魅力向上 / 重点施策 2-3 方針1:花壇の管理", True)
    assert read["街路樹本数"] == ("みどり推進プロジェクト / ちの魅力向上 / 重点施策 2-3 方針2:街路樹の保全", True)


def _lines(*texts: str) -> list[TextLine]:
    return [TextLine(text, float(i), float(i + 1)) for i, text in enumerate(texts)]


def test_a_title_read_right_before_a_policy_heading_gives_the_level_between_when_handed_over_apart():
    surroundings = Surroundings()
    surroundings.read(_lines("みどり推進プロジェクト", "水辺の再生"))
    surroundings.read(_lines("重点施策 2-2 方針1:河川の浄化"))
    assert surroundings.goal == ["みどり推進プロジェクト", "水辺の再生", "重点施策 2-2 方針1:河川の浄化"]
    apart = Surroundings()
    apart.read(_lines("みどり推進プロジェクト", "水辺の再生"))
    apart.table_read()  # a table between the title and the policy: the title is no longer right above it
    apart.read(_lines("重点施策 2-2 方針1:河川の浄化"))
    assert apart.goal == ["みどり推進プロジェクト", "", "重点施策 2-2 方針1:河川の浄化"]


def test_a_goal_heading_after_its_forms_label_cell_is_that_heading():
    """An evaluation sheet prints its label column left of the values (`施策名` | `2-1 子育て世帯の負担を減らす`),
    and a text layer gives the two cells on one line: the line is the measure's heading without its label, under
    the basic goal, at the level its label names (a measure, as `施策 2-2 …` after it). A label that opens a
    heading as printed (`施策 2-2 …`) keeps it; a label before words that are no heading is no heading."""
    surroundings = Surroundings()
    surroundings.read(_lines("基本目標２ 子育てしやすいまちをつくる", "施策名 2-1 子育て世帯の負担を減らす",
                             "担当課 子育て支援課"))
    assert surroundings.goal == ["基本目標２ 子育てしやすいまちをつくる", "", "2-1 子育て世帯の負担を減らす"]
    assert surroundings.department == "子育て支援課"
    surroundings.read(_lines("施策 2-2 保育の受け皿を広げる"))
    assert surroundings.goal == ["基本目標２ 子育てしやすいまちをつくる", "", "施策 2-2 保育の受け皿を広げる"]
    surroundings.read(_lines("施策名 子育て支援の充実", "市民意識調査における「重点施策 2-3 多様な保育を"))
    assert surroundings.goal[-1] == "施策 2-2 保育の受け皿を広げる"  # (a sentence naming a goal is no label)


def test_a_sentence_wrapped_over_a_short_last_line_leaves_no_title():
    wrapped = Surroundings()
    wrapped.read(_lines("子育て環境の整備が遅れてい", "るため。"))
    assert wrapped.title is None
    titled = Surroundings()
    titled.read(_lines("地域産業の活性化", "新たな産業を育て、雇用の場を確保するため、創業を支援します。"))
    assert titled.title == "地域産業の活性化"


SHEET_HEADER = _line((0, "基本目標"), (22, "具体的な施策"), (43, "区分"), (50, "指標名"), (72, "現状値"),
                     (84, "目標値"))

# a -layout sheet whose goal column prints a basic goal and its sub-goal in one merged cell, centred on its rows: the
# sub-goal's line comes after the first row, a 数値目標 row printed between the two headings
ROW_BETWEEN_HEADINGS = [
    SHEET_HEADER,
    _line((0, "1 まちの活力")),
    _line((43, "数値目標"), (50, "転入者数"), (72, "100人"), (84, "120人")),
    _line((0, "1-1 商業の振興")),
    _line((22, "① 商店街の支援"), (43, "KPI"), (50, "空き店舗数"), (72, "10件"), (84, "5件")),
    _line((43, "KPI"), (50, "創業件数"), (72, "3件"), (84, "8件")),
]


def test_a_row_printed_between_a_goal_and_its_first_sub_goal_is_flagged():
    # 転入者数 may be the basic goal's own or the sub-goal's first row: the text does not say
    read = _read(ROW_BETWEEN_HEADINGS, aligned.read_tables)
    assert read["転入者数"][1] is True
    assert read["空き店舗数"] == ("1 まちの活力 / 1-1 商業の振興 / ① 商店街の支援", False)
    assert read["創業件数"] == ("1 まちの活力 / 1-1 商業の振興 / ① 商店街の支援", False)


def test_a_measure_label_set_apart_from_its_number_is_one_label():
    """`施策 1-1 …` (a form's `施策` label cell beside `1-1 …`) is the label `施策1-1`, as `施策１－１` is printed."""
    assert goal_part("施策 1-1 地域産業の担い手を育てる") == goal_part("施策１－１　地域産業の担い手を育てる") \
        == "施策1-1 地域産業の担い手を育てる"
    assert goal_part("重点施策 1-1 方針1:結婚") == "重点施策 1-1 方針1:結婚"  # a policy keeps its own spacing


def test_a_heading_line_closing_with_a_department_field_gives_both():
    """An evaluation box's first row as a text line: `施策 1-1 … 担当課 農林振興課` is the goal and the department."""
    surroundings = Surroundings()
    surroundings.read([TextLine("施策 1-1 地域産業の担い手を育てる 担当課 農林振興課", 0.0, 1.0)])
    assert surroundings.department == "農林振興課"
    assert [goal_part(part) for part in surroundings.goal if part] == ["施策1-1 地域産業の担い手を育てる"]


def test_an_activity_heading_is_the_level_under_its_measure():
    """基本目標 → 施策 → 具体的な取組 (layouts 150): the activity heading is a third level under the measure, the next
    activity replaces it and the next measure drops it; its label is kept as 具体的な施策's."""
    surroundings = Surroundings()
    paths = []
    for text in ("基本目標１　地域の産業を育てる", "施策（２）　農林業の振興", "具体的な取組③　スマート農業の導入",
                 "具体的な取り組み④　林業の担い手の育成", "施策（３）　商工業の振興"):
        surroundings.read([TextLine(text, 0.0, 1.0)])
        paths.append(" / ".join(goal_part(part) for part in surroundings.goal if part))
    assert paths[2:] == ["1 地域の産業を育てる / 施策(2) 農林業の振興 / ③ スマート農業の導入",
                         "1 地域の産業を育てる / 施策(2) 農林業の振興 / ④ 林業の担い手の育成",
                         "1 地域の産業を育てる / 施策(3) 商工業の振興"]


def test_a_goal_numbered_in_kanji_is_the_goal_of_that_number():
    """`基本目標一　村の暮らしを守る` (layouts 184, a document set in vertical writing) is goal `1 …`, as `基本目標１`;
    `基本目標一覧` is a word, no numbered goal."""
    surroundings = Surroundings()
    surroundings.read([TextLine("基本目標一　村の暮らしを守る", 0.0, 1.0)])
    assert [goal_part(part) for part in surroundings.goal if part] == ["1 村の暮らしを守る"]
    assert goal_part("基本目標（三）　村") == goal_part("基本目標３　村") == "3 村"
    assert goal_part("基本目標一覧") == "一覧"


def test_two_goal_headings_printed_on_one_line_are_two_headings_whose_tables_are_doubted():
    """A page in two text columns as a layer without positions prints both columns' goal headings on one line
    (`基本目標１ … 基本目標２ …`, layouts 253): two headings, never one goal named by the whole line, and which of them
    the tables below belong to the text does not say (`stacked_headings`: their rows are flagged)."""
    surroundings = Surroundings()
    line = "基本目標１ 町の産業を元気にする 基本目標２ 安心して子育てできる町にする"
    surroundings.read([TextLine(line, 0.0, 1.0, line=2)])
    assert [goal_part(part) for part in surroundings.goal if part] == ["2 安心して子育てできる町にする"]
    assert surroundings.stacked_headings is not None
    one = Surroundings()
    one.read([TextLine("基本目標１ 基本目標２の達成に向けた取組", 0.0, 1.0, line=2)])  # a title naming a goal
    assert one.stacked_headings is None
