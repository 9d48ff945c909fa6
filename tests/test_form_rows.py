"""Forms of label–value pairs in single-spaced text layers (ingest/text/form_rows.py).

Every document below is invented; each expectation was written by hand from the text.
"""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.text.form_rows import form_cells, goal_labels_apart, labels_apart, read_tables

#: Two boxes of an evaluation sheet, one after the other without a blank line (pdfplumber `extract_text`).
SHEET = """東川村 令和４年度 事業評価シート
施策名 施策２ 農業の担い手を育てる
担当課 農林振興課 評価 Ｃ
指標名 新規就農者数
基準値（H30） 2人 目標値（R5） 10人
実績値（R3） 4人 実績値（R4） 5人
施策名 施策５ 地域の交通を守る
担当課 生活環境課 評価 Ａ
指標名 デマンドバスの利用者数
基準値（H30） 3,100人 目標値（R5） 4,000人
実績値（R3） 3,540人 実績値（R4） 3,820人
- 2 -
"""


def test_a_form_line_is_cut_at_its_labels():
    assert form_cells("担当課 農林振興課 評価 Ｃ") == ["担当課", "農林振興課", "評価", "Ｃ"]
    # the token after a label is its value even when it reads as a header word (`施策２` names a measure)
    assert form_cells("施策名 施策２ 農業の担い手を育てる") == ["施策名", "施策２ 農業の担い手を育てる"]
    assert form_cells("基準値（H30） 2人 目標値（R5） 10人") == ["基準値（H30）", "2人", "目標値（R5）", "10人"]
    assert form_cells("東川村 令和４年度 事業評価シート") is None  # no label opens it
    assert form_cells("基準値（H30） 目標値（R5） 10人") is None  # a label without value
    assert form_cells("指標名 基準値（R1） 実績値（R4） 目標値（R7）") is None  # a table's header line
    assert form_cells("担当課 企画課 評価") is None  # the last label without value
    # two indicators' values under one label: a box of one indicator a column, which a form line cannot cut
    assert form_cells("基準値（H30） 2人 1.1億円") is None


def test_each_box_is_a_form_of_its_own():
    tables = read_tables(SHEET.splitlines())
    assert [(t.first, t.last) for t in tables] == [(1, 5), (6, 10)]
    assert tables[1].grid.matrix()[0] == ["施策名", "施策５ 地域の交通を守る", "", ""]


def test_a_label_printed_again_ends_the_form():
    legend = SHEET.replace("- 2 -", "評価 Ａ：順調 Ｂ：概ね順調 Ｃ：遅れている")
    tables = read_tables(legend.splitlines())
    assert [(t.first, t.last) for t in tables] == [(1, 5), (6, 10)]


def test_label_value_lines_without_values_make_no_form():
    # a goal heading over a `数値目標` statement: label–value lines the interpreter reads as text
    assert read_tables(["基本目標１ 農と観光で稼ぐ村", "数値目標 観光入込客数"]) == []
    # a numbered goal opening a line is its heading, even above a line of label–value pairs
    assert form_cells("■基本目標１ 観光交流で地域を元気にする") is None


def test_the_pipeline_reads_each_box_as_one_indicator(tmp_path: Path):
    path = tmp_path / "higashikawa.txt"
    path.write_text(SHEET, encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(r.name, r.goal, r.department, r.progress) for r in rows] == [
        ("新規就農者数", ("施策２ 農業の担い手を育てる",), "農林振興課", "Ｃ"),
        ("デマンドバスの利用者数", ("施策５ 地域の交通を守る",), "生活環境課", "Ａ")]
    assert [[(c.header, c.text) for c in r.cells] for r in rows] == [
        [("基準値（H30）", "2人"), ("目標値（R5）", "10人"), ("実績値（R3）", "4人"), ("実績値（R4）", "5人")],
        [("基準値（H30）", "3,100人"), ("目標値（R5）", "4,000人"), ("実績値（R3）", "3,540人"),
         ("実績値（R4）", "3,820人")]]
    assert [c.ref.line for c in rows[1].cells] == [10, 10, 11, 11]  # each value traced to its line


#: A box of two indicators, one a column, after a box of one (pdfplumber `extract_text` of an evaluation sheet).
TWO_COLUMN_BOX = """南山町 令和５年度 施策評価シート
施策名 施策1-1 観光客を呼び込む
担当課 商工観光課
指標名 観光入込客数
基準値（R1） 52万人
目標値（R6） 60万人
施策名 施策1-2 農業の担い手を育てる
担当課 農林振興課
指標名 新規就農者数 農産物直売所の売上高
基準値（R1） 2人 1.1億円
目標値（R6） 10人 1.5億円
評価 Ａ Ｂ
"""


def test_a_box_of_one_indicator_a_column_is_read_sideways(tmp_path: Path):
    # each value line prints two values, as many as the name line's words: one indicator a column; the goal and
    # the department the box prints once are both indicators'
    tables = read_tables(TWO_COLUMN_BOX.splitlines())
    assert [(t.first, t.last) for t in tables] == [(1, 5), (6, 11)]
    path = tmp_path / "minamiyama.txt"
    path.write_text(TWO_COLUMN_BOX, encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(r.name, r.goal, r.department) for r in rows] == [
        ("観光入込客数", ("施策1-1 観光客を呼び込む",), "商工観光課"),
        ("新規就農者数", ("施策1-2 農業の担い手を育てる",), "農林振興課"),
        ("農産物直売所の売上高", ("施策1-2 農業の担い手を育てる",), "農林振興課")]
    assert [[(c.header, c.text) for c in r.cells] for r in rows[1:]] == [
        [("基準値（R1）", "2人"), ("目標値（R6）", "10人")], [("基準値（R1）", "1.1億円"), ("目標値（R6）", "1.5億円")]]


#: The same kind of sheet as pdfminer prints it (each text box a line, a blank line after each): the labels of two
#: boxes, then the first box's values, the second's, then a box whose labels and values alternate in runs, its
#: 評価 label printed before the values that come first (layouts 43, 51).
ONE_A_LINE = "".join(f"{line}\n\n" for line in [
    "東川村 令和４年度 事業評価シート",
    "施策名", "担当課", "指標名", "基準値（H30）", "目標値（R5）", "評価",
    "施策名", "担当課", "指標名", "基準値（H30）", "目標値（R5）", "評価",
    "施策２　農業の担い手を育てる", "農林振興課", "新規就農者数", "2人", "10人", "Ｃ",
    "施策５　地域の交通を守る", "生活環境課", "デマンドバスの利用者数", "3,100人", "4,000人", "Ａ",
    "施策名", "担当課", "指標名", "施策６　移住を促す", "企画課", "評価", "移住相談件数",
    "基準値（H30）", "実績値（R4）", "62件", "85件", "目標値（R5）", "Ｂ", "90件",
    "- 2 -"])


def test_boxes_printed_one_cell_a_line_pair_each_value_with_the_first_waiting_label_that_takes_it(tmp_path: Path):
    """Each value goes to the first label still waiting, of the earliest box begun, that takes its kind: `Ｃ` is
    the first box's 評価, `移住相談件数` skips 評価 (a name is no mark) for 指標名, `62件` skips it too (a count is
    no rating), and `Ｂ` is the third box's 評価. Worked out by hand from the lines above."""
    path = tmp_path / "higashikawa.txt"
    path.write_text(ONE_A_LINE, encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(r.name, r.goal, r.department, r.progress, [(c.header, c.text) for c in r.cells]) for r in rows] == [
        ("新規就農者数", ("施策２　農業の担い手を育てる",), "農林振興課", "Ｃ",
         [("基準値（H30）", "2人"), ("目標値（R5）", "10人")]),
        ("デマンドバスの利用者数", ("施策５　地域の交通を守る",), "生活環境課", "Ａ",
         [("基準値（H30）", "3,100人"), ("目標値（R5）", "4,000人")]),
        ("移住相談件数", ("施策６　移住を促す",), "企画課", "Ｂ",
         [("基準値（H30）", "62件"), ("実績値（R4）", "85件"), ("目標値（R5）", "90件")])]


def test_a_box_whose_labels_do_not_all_find_a_value_is_no_form():
    lines = ["施策名", "", "担当課", "", "指標名", "", "基準値（H30）", "", "施策２　農業の担い手を育てる", "",
             "農林振興課", "", "新規就農者数", "", "- 1 -"]
    assert read_tables(lines) == []


#: The same boxes as `pdftotext -raw` gives them: each box's labels a line each, then its cells a line each.
LABELS_FIRST = """南山町 令和５年度 施策評価シート
施策名
担当課
指標名
基準値（R1）
目標値（R6）
施策1-1 観光客を呼び込む
商工観光課
観光入込客数
52万人
60万人
施策名
担当課
指標名
基準値（R1）
目標値（R6）
施策1-2 農業の担い手を育てる
農林振興課
新規就農者数 農産物直売所の売上高
2人 1.1億円
10人 1.5億円
- 1 -
"""


def test_labels_printed_before_their_cells_go_back_to_them():
    unfolded = labels_apart(LABELS_FIRST.splitlines())
    assert unfolded is not None
    assert unfolded.lines == ["南山町 令和５年度 施策評価シート", "施策名 施策1-1 観光客を呼び込む",
                              "担当課 商工観光課", "指標名 観光入込客数", "基準値（R1） 52万人", "目標値（R6） 60万人",
                              "施策名 施策1-2 農業の担い手を育てる", "担当課 農林振興課",
                              "指標名 新規就農者数 農産物直売所の売上高", "基準値（R1） 2人 1.1億円",
                              "目標値（R6） 10人 1.5億円", "- 1 -"]
    assert unfolded.origin == [0, 6, 7, 8, 9, 10, 16, 17, 18, 19, 20, 21]  # each line where its cell was printed


def test_the_pipeline_reads_boxes_whose_labels_come_first(tmp_path: Path):
    path = tmp_path / "minamiyama.txt"
    path.write_text(LABELS_FIRST, encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(r.name, r.goal, r.department, [c.text for c in r.cells]) for r in rows] == [
        ("観光入込客数", ("施策1-1 観光客を呼び込む",), "商工観光課", ["52万人", "60万人"]),
        ("新規就農者数", ("施策1-2 農業の担い手を育てる",), "農林振興課", ["2人", "10人"]),
        ("農産物直売所の売上高", ("施策1-2 農業の担い手を育てる",), "農林振興課", ["1.1億円", "1.5億円"])]


def test_a_table_whose_rows_print_a_cell_a_line_is_no_box():
    # more cells after the first row's: rows of a table printed a cell a line, not one box
    lines = ["指標名", "基準値（R1）", "目標値（R6）", "観光入込客数", "52万人", "60万人", "転入者数", "310人", "400人"]
    assert labels_apart(lines) is None


#: Two measure boxes, each a label column (`施策` / `担当課` / `施策の概要`) beside its cells, a KPI table nested in
#: each; pdfminer prints a text box at a time, the second box's labels before the first box's table
GOAL_BOXES = [
    "施策\n担当課\n施策の概要", "3-1 公共交通を守る\n交通政策課\n路線バスの維持に向けて利用を促します。",
    "指標名", "施策\n担当課\n施策の概要", "路線バスの利用者数", "42 万人",
    "3-2 歩いて暮らせるまちをつくる\n都市計画課\n中心部の歩道を整備します。", "指標名", "歩道の整備延長", "1.2 km",
]


def _pdfminer(boxes: list[str]) -> list[str]:
    return "".join(f"{box}\n\n" for box in boxes).splitlines()


def test_goal_cells_printed_apart_from_their_labels_go_after_them():
    lines = _pdfminer(GOAL_BOXES)
    unfolded = goal_labels_apart(lines)
    assert unfolded is not None
    changed = [(k, line) for k, line in enumerate(unfolded.lines) if line != lines[k]]
    # lines 0-2 the first labels, 4-6 the first cells, 8 `指標名`, 10-12 the second labels, 14 and 16 the table's
    # name and value, 18-20 the second cells (a blank line after each box)
    assert changed == [(4, "施策 3-1 公共交通を守る"), (5, "担当課 交通政策課"),
                       (6, "施策の概要 路線バスの維持に向けて利用を促します。"),
                       (18, "施策 3-2 歩いて暮らせるまちをつくる"), (19, "担当課 都市計画課"),
                       (20, "施策の概要 中心部の歩道を整備します。")]
    assert unfolded.origin == list(range(len(lines)))  # every line stays where it was printed


def test_goal_cells_after_unlike_label_boxes_stay_as_printed():
    # the second box's labels differ: which labels the later cells take would be a guess
    boxes = [GOAL_BOXES[0], "施策\n担当課\n備考", *GOAL_BOXES[4:]]
    assert goal_labels_apart(_pdfminer(boxes)) is None


def test_values_paired_out_of_the_labels_order_are_flagged():
    # pdfminer's 241 sheet prints the three boxes' labels, then each box's cells, but the second indicator's unit
    # and values before the first's (`町内企業への就職者数` / `インターンシップ受入企業数` / `社` / `4` …): the second
    # name went to the next box's first label, so the first name takes `社` and `4 9 12`, which are not its own
    path = Path(__file__).parent / "fixtures/layouts/layers/241_pdf_evaluation_sheet_labels_left.pdfminer.txt"
    rows = extract(load(path)).rows
    assert [(row.name, [(cell.text, cell.uncertain) for cell in row.cells]) for row in rows] == [
        ("町内企業への就職者数", [("4", True), ("9", True), ("12", True)])]
