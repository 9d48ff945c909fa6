"""A goal cell printed upright (vertical writing) in a text layer: one character a line beside its indicators
(ingest/table/rows.py `join_upright_goals`); or, in text layers without positions, the goal cells printed between
the header and the rows, one glyph a line, after a header cell written upright the same way (`pdftotext -raw`,
pypdfium2), and a header word whose first glyphs stand alone on the line above the header (`基本目` / `標 指標名 …`).

The documents below are invented; each expectation was written by hand from the text.
"""

from __future__ import annotations

from pathlib import Path

from ingest.document import LoadedDocument, load
from ingest.registry import extract
from ingest.table.context import broken_label, upright_goal_starts
from ingest.table.header import NAME, Column, TableLayout
from ingest.table.rows import LogicalRow, join_upright_goals
from ingest.text.blocks import glyph_cells, upright_headers
from normalize.goals import goal_part
from normalize.vocabulary import GOAL_COLUMN_ROLES
from tests.layouts_layers import layer_cells, measure_cell

#: `pdftotext -layout` of a KPI list whose 基本目標 cells are written upright, the label at the top.
UPRIGHT = """南谷村 総合戦略 KPI一覧

基本目標   指標名                単位      基準値（R1）   目標値（R7）   担当課

１    子ども食堂の開設数            箇所      2          6          福祉課
守
る    見守り協定の締結事業者数        社       11         20         福祉課

２
育    学童保育の定員              人       40         60         教育課
て
る    放課後子ども教室の参加者数       人       120        180        教育課
ま
ち    図書館の年間貸出冊数           冊       8,200      9,000      教育課
"""


def test_each_indicator_takes_the_whole_upright_goal(tmp_path: Path):
    path = tmp_path / "minamidani.txt"
    path.write_text(UPRIGHT, encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(r.name, r.goal) for r in rows] == [
        ("子ども食堂の開設数", ("１ 守る",)), ("見守り協定の締結事業者数", ("１ 守る",)),
        ("学童保育の定員", ("２ 育てるまち",)), ("放課後子ども教室の参加者数", ("２ 育てるまち",)),
        ("図書館の年間貸出冊数", ("２ 育てるまち",))]
    assert [(c.text, c.unit) for c in rows[3].cells] == [("120", "人"), ("180", "人")]



def test_a_label_prefix_over_the_number_opens_its_goal():
    """A goal cell written upright with its label prefix (`基` `本` `目` `標` `２`, Word's 縦書き: layouts 135): the
    prefix opens the goal its number opens, from the prefix's row on, not the title of the goal above."""
    goal_column = Column(0, "基本目標", GOAL_COLUMN_ROLES[0])
    layout = TableLayout((goal_column, Column(1, "指標名", NAME)), 0, 1)
    cells = ["基\n本\n目\n標\n１", "し\nご\nと", "基\n本\n目\n標\n２", "人\nの\n流\nれ"]
    rows = [LogicalRow({0: text, 1: f"指標{i}"}) for i, text in enumerate(cells)]
    joined = [row.texts[0] for row in join_upright_goals(rows, layout)]
    # the label is kept since variety21 (s21: `施策１` of 208 stays a measure's label); the goal is the same
    assert joined == ["基本目標１ しごと", "基本目標１ しごと", "基本目標２ 人の流れ", "基本目標２ 人の流れ"]
    assert [goal_part(text) for text in joined] == ["1 しごと", "1 しごと", "2 人の流れ", "2 人の流れ"]


def _read(lines: list[str]) -> dict[str, tuple[str, list[str], bool]]:
    document = LoadedDocument("upright.txt", Path("upright.txt"), "", "text", lines=lines)
    return {row.name: (" / ".join(goal_part(p) for p in row.goal if p.strip()), [c.text for c in row.cells],
                       row.goal_uncertain) for row in extract(document).rows}


def test_goals_start_at_a_label_over_a_number_or_at_numbers_over_titles():
    assert upright_goal_starts("担当課１稼ぐまち２住みたいまち") == [3, 8]
    assert upright_goal_starts("標基本目標１しごとをつくる") == [1]
    assert upright_goal_starts("令和５年度") == []  # one number over letters: a year, no goal
    assert upright_goal_starts("基準値令和５年度目標値令和７年度") == []  # periods written upright: no goals
    assert upright_goal_starts("担当課") == []


def test_upright_cells_printed_one_after_another_are_cut_before_each_goal():
    assert glyph_cells("担当課１稼ぐまち２住みたいまち") == ["担当課", "１ 稼ぐまち", "２ 住みたいまち"]
    assert glyph_cells("基本目標１しごとをつくる") == ["基本目標１しごとをつくる"]
    assert glyph_cells("評価担当課") == ["評価", "担当課"]  # header cells only: cut by role as before


def test_a_header_words_first_glyphs_alone_above_the_header_line_join_it():
    assert upright_headers(["基本目", "標 指標名 基準値 目標値 担当課"]) == ["", "基本目標 指標名 基準値 目標値 担当課"]
    assert upright_headers(["基本", "目標 指標名 単位"]) == ["", "基本目標 指標名 単位"]  # a goal, not a value column
    # pypdfium2: a head piece above the header line, and a tail piece under it (`単` / `位` written upright) that
    # opens a run of upright cells; the band read as one block under its last line
    assert upright_headers(["基本", "目標 指標名 単", "位", "基準値 目標値", "担", "当", "課"]) == [
        "", "", "", "", "基本目標 指標名 単位", "基準値 目標値", "担当課"]
    # a tail piece followed by no run of upright cells is left to the raw reader's band (`… 評` / `価` / `備考`)
    assert upright_headers(["指標名 基準値 目標値 評", "価", "備考"]) == ["指標名 基準値 目標値 評", "価", "備考"]
    lines = ["施策の評価", "指標名 基準値 目標値"]  # a caption line: no piece of the header's first word
    assert upright_headers(lines) == lines


# `pdftotext -raw` of a sheet whose goal column and three header cells are written upright: the goal cells come
# after the header, both before the rows, so which rows are whose the text does not say
RAW_SHEET = ["大岬町 総合戦略 KPI", "基本", "目標", "指標名", "単", "位", "基準値（R2） 目標値（R8）", "担", "当", "課",
             *"１海のまち", *"２森のまち",
             "漁業就業者数 人 120 130 水産課", "海水浴客数 千人 45 60 観光課", "森林ボランティア数 人 80 150 林務課"]


def test_goal_cells_printed_apart_before_the_rows_leave_every_value_read_and_the_goal_flagged():
    read = _read(RAW_SHEET)
    assert {name: cells for name, (_, cells, _) in read.items()} == {
        "漁業就業者数": ["120", "130"], "海水浴客数": ["45", "60"], "森林ボランティア数": ["80", "150"]}
    assert all(flagged for _, _, flagged in read.values())


# pypdfium2 of a sheet whose goal column is written upright: the goal's label over its number, each goal's glyphs
# printed right above its rows
PDFIUM_SHEET = ["大岬町 総合戦略 KPI", "基本目", "標 重要業績評価指標 現状値 目標値（R8） 担当課",
                *"基本目標１海のまち", "漁業就業者数 120 人（R2） 130 人 水産課",
                "海水浴客数 45 千人（R2） 60 千人 観光課",
                *"基本目標２森のまち", "森林ボランティア数 80 人（R2） 150 人 林務課"]


def test_goal_cells_printed_above_their_rows_give_each_row_its_goal():
    assert {name: (goal, flagged) for name, (goal, _, flagged) in _read(PDFIUM_SHEET).items()} == {
        "漁業就業者数": ("1 海のまち", False), "海水浴客数": ("1 海のまち", False),
        "森林ボランティア数": ("2 森のまち", False)}


# `pdftotext -layout` of a Word table whose goal cells are written upright (its label over its number): the goal's
# glyphs stand on the lines between the one-line rows beside them, the last glyph on the last row's line (a blank
# line ends the text of each run)
WORD_SHEET = """大岬町 総合戦略 KPI一覧

基本目       重要業績評価指標          現状値            目標値（R8）       担当課
 標
 基
 本
 目    漁業就業者数               120 人（R2）      130 人          水産課
 標
 １

 海
 の    海水浴客数                 45 千人（R2）      60 千人         観光課
 ま
 ち
 を
 ま
 も
 る    水産物の出荷額             12 億円（R2）      15 億円         水産課
"""


def test_rows_beside_an_upright_goal_cell_stay_apart_though_its_glyphs_stand_between_them(tmp_path: Path):
    path = tmp_path / "word.txt"
    path.write_text(WORD_SHEET, encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(r.name, [c.text for c in r.cells], goal_part(r.goal[0])) for r in rows] == [
        ("漁業就業者数", ["120 人（R2）", "130 人"], "1 海のまちをまもる"),
        ("海水浴客数", ["45 千人（R2）", "60 千人"], "1 海のまちをまもる"),
        ("水産物の出荷額", ["12 億円（R2）", "15 億円"], "1 海のまちをまもる")]


def test_a_goal_label_cut_or_doubled_by_the_text_layer_is_broken():
    # loss21: an upright `施` / `策` / `１` read as `策1` (-layout lost `施`) or `…施策施策` (pdfminer's glyphs twice)
    assert broken_label("策\n１") and broken_label("基本目標３\u3000学びと交流のまちをつくる\n施\n策\n施\n策")
    assert broken_label("施策1 施策")
    # layouts 221 plumber: a sheet's goal cell whose label and number pdfplumber's text printed twice
    assert broken_label("1 基本目標1基本目標1市内で働く場をつくる") and not broken_label("基本目標1 基本目標2")
    assert not any(broken_label(part) for part in ("施策２", "基本目標３ 学びと交流のまちをつくる",
                                                   "① 地域の施策", "1 しごとをつくる"))


def test_goals_read_from_an_upright_measure_column_are_right_or_flagged():
    # layouts 208: `施` / `策` / `１` one glyph a line beside three rows; every layer's wrong goal is flagged
    # (before loss21: -layout 3 unflagged, pdfminer 5)
    cells = [cell for cell in layer_cells() if cell.pdf_stem.startswith("208_")]
    assert len(cells) == 5
    for cell in cells:
        _, _, goals, _ = measure_cell(cell)
        assert [goal.describe() for goal in goals if not goal.flagged] == [], cell.id


#: `pdftotext -layout` of a sheet printed by Calc (layouts 222): a title whose full-width spaces print as wide gaps, a
#: blank line, the header, tall rows (blank lines under the header); a `No.` column before the goal cells, merged
#: down and written upright, their glyphs going on between the rows (more glyphs than the rows have lines).
NUMBERED_UPRIGHT = """ゆずりは町       第２期総合戦略       KPI進捗管理表

  No.   基本目標        指標名                 単位    基準値（R1）       目標値（R7）       担当課



   1    基      年間出生数                     人          118           120     子育て支援課
        本
        目
        標
        １
   2           保育所等の待機児童数                人           12             0     子育て支援課
        子
        育
        て
        を
   3    支      子育て支援センターの利用者数            人        8,420         9,000     子育て支援課
        え
        る
"""


def test_upright_glyphs_beside_a_number_column_are_a_goal_cell_not_a_header(tmp_path: Path):
    """Read off the drawn sheet: one goal over the three rows, every value read. The glyph runs between the rows
    stand where the upright cell's glyph on row 1's line stands (a `No.` column before it): no header band."""
    path = tmp_path / "sheet.txt"
    path.write_text(NUMBERED_UPRIGHT, encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(r.name, [c.text for c in r.cells], goal_part(r.goal[0])) for r in rows] == [
        ("年間出生数", ["118", "120"], "1 子育てを支える"),
        ("保育所等の待機児童数", ["12", "0"], "1 子育てを支える"),
        ("子育て支援センターの利用者数", ["8,420", "9,000"], "1 子育てを支える")]
    assert not any(r.goal_uncertain for r in rows)
