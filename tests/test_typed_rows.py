"""Single-space rows read by meaning (ingest/text/token_types.py, typed_rows.py, spaced.py): token types, header
bands rebuilt from their vertical centring, body lines aligned to the header's columns by type."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.table.header import header_role
from ingest.text import spaced
from ingest.text.token_types import (
    SPACED,
    T_DEPARTMENT,
    T_HEADING,
    T_KIND,
    T_PROGRESS,
    T_TEXT,
    T_UNIT,
    T_VALUE,
    T_YEAR,
    glued_department,
    token_type,
)
from ingest.text.typed_rows import align, band_columns, header_columns, is_header_line, split
from tests.synth.score import read_text


@pytest.mark.parametrize(("token", "kind"), [
    ("1,486件", T_VALUE),
    ("１，４８６件", T_VALUE),
    ("81.0％以上", T_VALUE),
    ("80～90%", T_VALUE),  # a range printed for a target: one value cell (layouts 135, pdfplumber)
    ("R2～R6", T_TEXT),  # a range of periods is no value
    ("―", T_VALUE),
    ("－（未公表）", T_VALUE),
    ("ー", T_VALUE),  # the prolonged sound mark printed for a dash
    ("ート・センターの", T_TEXT),  # ... but before a kana, a katakana word's piece a narrow cell wrapped
    ("O□", T_VALUE),  # a damaged value: read and flagged by the value parser
    ("(令和3年)", T_YEAR),
    ("（平成30年度）", T_YEAR),
    ("(閏年)", T_YEAR),  # a remark printed under its value like a year
    ("KPI", T_KIND),
    ("数値目標", T_KIND),
    ("商工労働課", T_DEPARTMENT),
    ("進捗の遅れ(コロ", T_PROGRESS),  # a progress label wrapped inside its bracket
    ("人", T_UNIT),  # a unit printed alone: a 単位 column's cell (layouts 48)
    ("団体", T_UNIT),
    ("3歳児健康診査受診率", T_TEXT),  # a name that starts with a digit is no value
    ("ため、目標値の10件に", T_TEXT),
    ("調査中", T_VALUE),  # a pending word alone fills its value cell, as a dash does
    ("未集計", T_VALUE),
])
def test_token_types(token: str, kind: str) -> None:
    assert token_type(token, SPACED) == kind


def test_split_joins_goal_labels_and_segment_values() -> None:
    assert split("1-1 安定した雇用の 数値目標 新規求人数 1,563件") == [
        "1-1 安定した雇用の", "数値目標", "新規求人数", "1,563件"]
    assert token_type("1-1 安定した雇用の", SPACED) == T_HEADING
    assert split("英語の学習が楽しいと感じている児童・ 小学校 88.7% 小学校 90.0%") == [
        "英語の学習が楽しいと感じている児童・", "小学校 88.7%", "小学校 90.0%"]


def test_split_keeps_a_heading_quoted_inside_an_open_bracket_in_its_text() -> None:
    # a note quoting a measure (`「重点施策 7-1 …」`) and wrapped inside the quote: one cell's text, neither a heading
    # of its own nor a header line though it names a header word (`施策`)
    line = "市民意識調査における「重点施策 7-1 互いに認め合う多文化"
    assert split(line) == [line]
    assert not is_header_line(split(line))
    # a bracket the text before closes again leaves the label opening a heading
    assert split("「安心」の指標 1-1 安定した雇用の") == ["「安心」の指標", "1-1 安定した雇用の"]


def test_split_joins_two_values_with_a_separator_alone_between_them() -> None:
    # pdfplumber spaces the slash of one cell's two labelled values (layouts 77): one cell, not three
    assert split("地域おこし協力隊の定住者数 H27：4人 / R1：9人 15人 20人") == [
        "地域おこし協力隊の定住者数", "H27：4人 / R1：9人", "15人", "20人"]
    # a separator between two texts, or after the last value, joins nothing
    assert split("移住・定住 / 交流 12件") == ["移住・定住", "/", "交流", "12件"]
    assert split("15人 /") == ["15人", "/"]


def test_header_cells_of_two_lines_stand_around_the_one_line_cells() -> None:
    # pdfplumber prints the first lines of the two-line value headers above the line of the one-line headers
    band = [["令和4年度", "令和4年度", "目標値"], ["指標名", "進捗状況", "進捗が遅れている理由"],
            ["実績値", "目標値", "（令和6年度）"]]
    assert header_columns(band) == ["指標名", "令和4年度\n実績値", "令和4年度\n目標値", "目標値\n（令和6年度）",
                                    "進捗状況", "進捗が遅れている理由"]


def test_two_line_later_value_cells_stand_after_a_one_line_baseline() -> None:
    # pdfplumber, layouts 99: `実績値 目標値` / `指標名 基準値` / `2021(R3)年度 （R5）`; the centring alone would put
    # the two-line cells before 基準値, but a baseline comes before the values measured against it (a guess, said so)
    band = [["実績値", "目標値"], ["指標名", "基準値"], ["2021(R3)年度", "（R5）"]]
    assert band_columns(band) == (["指標名", "基準値", "実績値\n2021(R3)年度", "目標値\n（R5）"], True)
    # a block that holds the baseline itself keeps its place before the middle line's values
    band = [["基準値", "実績値"], ["指標名", "目標値"], ["（R1）", "（R5）"]]
    assert band_columns(band) == (["指標名", "基準値\n（R1）", "実績値\n（R5）", "目標値"], False)


def test_three_line_header_cell_stands_over_the_middle_line() -> None:
    # a sheet: 計画最終年度 / 目標値 / （令和９年度） is three lines, 基準値 / （令和元年度） two, the others one
    band = [["計画最終年度"], ["基準値", "令和４年度"], ["区分", "指標名", "目標値", "指標の担当課"],
            ["（令和元年度）", "実績値"], ["（令和９年度）"]]
    assert header_columns(band) == ["区分", "指標名", "基準値\n（令和元年度）", "令和４年度\n実績値",
                                    "計画最終年度\n目標値\n（令和９年度）", "指標の担当課"]


def test_align_places_tokens_by_type() -> None:
    roles = [header_role(h) for h in ["区分", "指標名", "基準値", "実績値", "目標値", "担当課", "進捗状況", "理由"]]
    tokens = split("KPI 新技術・新製品等の開発数 4件 5件 10件 商工労働課 進捗の遅れ 到達していないが、新技")
    assert align([token_type(t, SPACED) for t in tokens], roles).columns == [0, 1, 2, 3, 4, 5, 6, 7]
    # a status word in a value column keeps the values on either side in their own columns
    tokens = split("自殺者数 5人 調査中 0人")
    assert align([token_type(t, SPACED) for t in tokens], roles[1:5]).columns == [0, 1, 2, 3]


PAGE = """\
1 しごとの創生
数値目標
令和4年度 令和4年度 目標値
指標名 進捗状況 進捗が遅れている理由
実績値 目標値 （令和6年度）
進捗の遅れ(コロ コロナ禍による地域経済の停
新規求人数 1,486件 1,587件 1,602件
ナ) 滞のため。
伊勢崎市が住みよいと感じている 74.1%
75.0% 76.0% 概ね順調に進捗
市民の割合 (令和3年度)
- 1 -
""".splitlines()


def test_a_page_of_single_space_rows() -> None:
    """Hand-checked against the page above: the reason's lines around a one-line name go to the reason column,
    a wrapped progress label's end to the progress column, a two-line name stays whole, and the value printed
    with its year on two lines takes the column its neighbours leave free."""
    (table,) = spaced.read_tables(PAGE)
    rows = {line: cells for line, cells in zip(
        (table.grid.line_of(r) for r in range(table.grid.n_rows)), table.grid.matrix(), strict=True)}
    assert table.grid.guessed_throughout  # no line read without a guess: every row flagged
    assert rows[6] == ["", "", "", "", "進捗の遅れ(コロ", "コロナ禍による地域経済の停"]
    assert rows[7] == ["新規求人数", "1,486件", "1,587件", "1,602件", "", ""]
    assert rows[8] == ["", "", "", "", "ナ)", "滞のため。"]
    assert rows[9] == ["伊勢崎市が住みよいと感じている", "74.1%", "", "", "", ""]
    assert rows[10] == ["", "", "75.0%", "76.0%", "概ね順調に進捗", ""]
    assert rows[11] == ["市民の割合", "(令和3年度)", "", "", "", ""]
    assert 12 not in rows  # the page number is furniture


def test_split_joins_a_year_printed_with_a_space_inside_its_brackets() -> None:
    # a producer spaces a number from the kanji before it: `（令和 11年）` is one year, not two texts
    assert split("（令和５年） （令和 11年）") == ["（令和５年）", "（令和 11年）"]
    assert token_type("（令和 11年）", SPACED) == T_YEAR
    # a bracket closed on a later line is no year: the tokens stay apart
    assert split("進捗の遅れ(コロ コロナ禍による地域経済の停") == ["進捗の遅れ(コロ", "コロナ禍による地域経済の停"]


def test_a_unit_alone_goes_to_the_unit_column() -> None:
    roles = [header_role(h) for h in ("指標名", "単位", "基準値", "目標値")]
    assert align([T_TEXT, T_UNIT, T_VALUE, T_VALUE], roles).columns == [0, 1, 2, 3]
    assert align([T_TEXT, T_UNIT, T_VALUE], [header_role(h) for h in ("指標名", "目標値")]).columns == [0, 0, 1]


#: Two one-row tables (invented, in the shape of 004's pdfplumber text): each ends at a title and a heading of a
#: word and a numbered label (`重点施策 1-1 方針2:…`) introducing the next table, a page number between.
TWO_TABLES = """成果指標
現状値 目標値
指標名 解説・算出方法など
（令和5年度） （令和11年度）
図書館の年間貸出冊数 412,000冊 450,000冊
生涯学習の推進
重点施策 1-1 方針2:読書活動の充実
- 2 -
成果指標
現状値 目標値
指標名 解説・算出方法など
（令和5年度） （令和11年度）
読み聞かせボランティアの登録
118人 150人
者数
""".splitlines()


def test_tables_end_before_the_title_and_heading_of_the_next() -> None:
    first, second = spaced.read_tables(TWO_TABLES)
    assert (first.first, first.last) == (1, 4)  # the title (line 6) and the heading (line 7) are no rows
    assert first.grid.matrix()[1:] == [["図書館の年間貸出冊数", "412,000冊", "450,000冊", ""]]
    # a name's lines stand around its line of values: the line after the values is the name's, no title
    assert (second.first, second.last) == (9, 14)
    assert [row[0] for row in second.grid.matrix()[1:]] == ["読み聞かせボランティアの登録", "", "者数"]


def test_a_name_cell_printing_its_definition_keeps_its_lines_around_its_values() -> None:
    # invented, in the shape of layouts 153 (pdfplumber): name cells of a name line, then a labelled definition in
    # brackets (a line break before it), centred on a one-line row of values beside a 出典 column
    lines = ["目標値", "指標名 基準値（R4） 出典 担当課", "（R10）",
             "年間の転入者数",
             "（算出方法：住民基本台帳による４月～３月の転 812人 900人 住民基本台帳 企画課",
             "入者数）",
             "図書館の利用者数",
             "36,800人 40,000人 図書館年報 生涯学習課",
             "（算出方法：年間の入館者数の合計）",
             "観光案内所の相談件数",
             "（算出方法：案内所の記録で「相談した」と答 1,240件 1,500件 案内所日誌 観光課",
             "えた人の数）"]
    (table,) = spaced.read_tables(lines)
    assert (table.first, table.last) == (0, 11)  # the last name's last line closes its bracket: the row's
    names = [row[0] for row in table.grid.matrix()[1:]]
    assert names == ["年間の転入者数", "（算出方法：住民基本台帳による４月～３月の転", "入者数）", "図書館の利用者数",
                     "", "（算出方法：年間の入館者数の合計）", "観光案内所の相談件数",
                     "（算出方法：案内所の記録で「相談した」と答", "えた人の数）"]
    assert token_type("（算出方法：年間の入館者数の合計）", SPACED) == T_TEXT  # a name's line, no remark of a value
    assert token_type("（閏年）", SPACED) == T_YEAR


def test_a_segment_label_goes_to_the_column_before_the_values() -> None:
    # invented rows in the shape of layouts 38: a 区分 column holds the sex the row's values are for
    (table,) = spaced.read_tables(["指標名 区分 基準値（R1） R5 目標値（R7）", "男性 70.1歳 70.5歳 71.0歳", "平均寿命",
                                   "女性 75.2歳 75.4歳 76.0歳"])
    assert table.grid.matrix()[1:] == [["", "男性", "70.1歳", "70.5歳", "71.0歳"], ["平均寿命", "", "", "", ""],
                                       ["", "女性", "75.2歳", "75.4歳", "76.0歳"]]
    # without such a column the label stays with its value, the segment of that cell
    (table,) = spaced.read_tables(["指標名 基準値（R1） 目標値（R7）", "平均寿命 男性 70.1歳 男性 71.0歳"])
    assert table.grid.matrix()[1] == ["平均寿命", "男性 70.1歳", "男性 71.0歳"]


def test_header_words_cut_by_a_narrow_column_are_joined_again() -> None:
    # invented, in the shape of layouts 48: `単位` and `評価` cut in narrow columns, their lines around the middle
    # line; the years of the value headers on the band's last line
    lines = ["単 基準値 実績値 目標値 評", "指標名 備考", "位 価", "（R1） （R5） （R7）",
             "図書館の年間貸出冊数 冊 412,000 418,300 450,000 Ｂ"]
    (table,) = spaced.read_tables(lines)
    header, row = table.grid.matrix()
    assert header == ["指標名", "単位", "基準値\n（R1）", "実績値\n（R5）", "目標値\n（R7）", "評価", "備考"]
    assert row[:5] == ["図書館の年間貸出冊数", "冊", "412,000", "418,300", "450,000"]  # the unit in its column
    assert token_type("冊", SPACED) == T_UNIT


def test_years_under_one_header_word_become_its_sub_columns_in_year_order() -> None:
    # invented, in the shape of layouts 55: `実績値` printed over the years of its four sub-columns, which stand
    # between the baseline (R1) and the target (R6): no line says where, their years do
    band = [["実績値"], ["指標名", "基準値（R1）", "目標値（R6）", "達成率", "評価"], ["R2", "R3", "R4", "R5"]]
    assert header_columns(band) == ["指標名", "基準値（R1）", "実績値\nR2", "実績値\nR3", "実績値\nR4", "実績値\nR5",
                                    "目標値（R6）", "達成率", "評価"]
    # an achievement rate after the values goes to its own column, not into the target's cell
    row = "図書館の貸出冊数 10冊 11冊 12冊 13冊 14冊 20冊 70.0% C"
    (table,) = spaced.read_tables([*(" ".join(line) for line in band), row])
    assert table.grid.matrix()[1] == ["図書館の貸出冊数", "10冊", "11冊", "12冊", "13冊", "14冊", "20冊", "70.0%", "C"]


def test_a_heading_over_its_years_two_lines_from_the_middle_heads_them_after_the_dated_baseline() -> None:
    # invented, in the shape of layouts 144 (a sheet's pdfplumber text): `目標値` over `R7 R8 R9 R10`, a cell as tall
    # as the two-line `基準値` / `（R5）`, printed on the lines around that cell's
    band = [["目標値"], ["基準値"], ["No.", "指標名", "単位", "担当課"], ["（R5）"], ["R7", "R8", "R9", "R10"]]
    assert band_columns(band) == (["No.", "指標名", "単位", "基準値\n（R5）", "目標値\nR7", "目標値\nR8",
                                   "目標値\nR9", "目標値\nR10", "担当課"], False)


def test_a_line_of_years_under_the_value_headers_dates_them() -> None:
    # invented, in the shape of layouts 59: a two-line band whose second line holds only the value columns' years
    band = [["指標名", "基準値", "実績値", "目標値", "評価", "取組の状況"], ["（R1）", "（R5）", "（R7）"]]
    assert header_columns(band) == ["指標名", "基準値\n（R1）", "実績値\n（R5）", "目標値\n（R7）", "評価",
                                    "取組の状況"]


#: An invented sheet in the shape of the producer matrix's `hrules` sheets: four value columns, rows printing two or
#: three of them, nothing in the text saying which but the years printed under some values.
SHEET = """\
計画最終年度
基準値 令和４年度 令和４年度
区分 指標名 目標値 進捗状況
（令和元年度） 実績値 目標値
（令和６年度）
数値目標 図書館の年間貸出冊数 41万冊 43万冊 45万冊 順調に進捗
数値目標 市民農園の貸出件数 120件 118件 130件 順調に進捗
KPI 公園の清掃ボランティア数 52人 80人
KPI 地域猫の不妊手術件数 31件 60件
2.10 2.15 2.20
数値目標 市民一人あたりの公園面積 順調に進捗
(令和3年) (令和4年) (令和5年)
330億円 410億円
KPI 市内の農業産出額
(平成30年) (令和4年)
""".splitlines()


def test_rows_printing_fewer_values_are_placed_by_their_years_and_by_each_other() -> None:
    """Hand-worked: 2.10/2.15/2.20 dated 2021, 2022, 2023 fit 令和４年度 actual/target and the final target (cost
    1+0+1) better than any placement with the baseline (2019); 330億円 (2018) is the baseline, the final target
    always printed. The rows without years print as many values as one of those and take its columns."""
    (table,) = spaced.read_tables(SHEET)
    rows = table.grid.matrix()[1:]
    assert table.grid.guessed_throughout  # placed by meaning, not seen: every row flagged
    values = [[cell for cell in row[2:6]] for row in rows]
    assert values == [["", "41万冊", "43万冊", "45万冊"], ["", "120件", "118件", "130件"],
                      ["52人", "", "", "80人"], ["31件", "", "", "60件"], ["", "2.10", "2.15", "2.20"],
                      ["", "", "", ""], ["", "(令和3年)", "(令和4年)", "(令和5年)"], ["330億円", "", "", "410億円"],
                      ["", "", "", ""], ["(平成30年)", "", "", "(令和4年)"]]


def test_rows_whose_years_do_not_decide_keep_the_neighbour_rule() -> None:
    # without any dated row, nothing says which two of the four columns a two-value row prints: no agreed placement
    lines = [*SHEET[:5], "KPI 公園の清掃ボランティア数 52人 80人"]
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix()[1][2:6] == ["52人", "80人", "", ""]


def test_a_reason_line_beside_a_goal_heading_is_no_name_line() -> None:
    """Invented, in the shape of the producer matrix's reportlab sheets: the goal column (left of the names) prints
    its heading on the lines around the row, and the reason's lines stand beside them; the row's name is one line,
    so a text after a heading on the line above or below is the reason's, not the name's."""
    lines = ["基本目標 区分 指標名 基準値 目標値 進捗状況 進捗が遅れている理由",
             "1 まちの元気 図書館の改修工事により休館",
             "数値目標 図書館の年間貸出冊数 41万冊 45万冊 進捗の遅れ",
             "1-1 学びの場の充実 したため。"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert rows[0] == ["1 まちの元気", "", "", "", "", "", "図書館の改修工事により休館"]
    assert rows[1] == ["", "数値目標", "図書館の年間貸出冊数", "41万冊", "45万冊", "進捗の遅れ", ""]
    assert rows[2] == ["1-1 学びの場の充実", "", "", "", "", "", "したため。"]


def test_text_beside_the_years_of_two_line_values_around_a_one_line_name_is_no_name_line() -> None:
    """Invented, in the shape of the producer matrix's sheets: values printed with their years on two lines stand
    around the row's one-line name; the text printed with the years is a goal cell's second line, not the name's."""
    lines = ["基本目標 区分 指標名 基準値 目標値", "① 地域の農業の振 330億円 410億円", "KPI 市内の農業産出額",
             "興 (平成30年) (令和4年)"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[2] for row in rows] == ["", "市内の農業産出額", ""]
    assert rows[2] == ["興", "", "", "(平成30年)", "(令和4年)"]


def test_a_labelled_measure_heading_and_a_two_line_name_straddle_the_row() -> None:
    """Invented, in the shape of the producer matrix's sheets (具体的な施策 left of the names): the measure cell
    `重点施策 3-2 方針1:…` and the name are two-line cells centred on the row's line of values, so the line above
    prints both first lines and the line below both second lines. The labelled heading printed with spaces is one
    cell, the text after it the name's first line, and the line below continues the same two columns."""
    lines = ["基本目標 具体的な施策 区分 指標名 基準値 目標値",
             "重点施策 3-2 方針1:図書館サービ 本を月に1冊以上読む",
             "成果指標 41.0% 50.0%",
             "スの充実 市民の割合"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[3] for row in rows] == ["本を月に1冊以上読む", "", "市民の割合"]
    # (in the 具体的な施策 column, the measure's level, not the 基本目標 column: `spaced._level_cells`)
    assert rows[0][:2] == ["", "重点施策 3-2 方針1:図書館サービ"]
    assert rows[2][:2] == ["", "スの充実"]
    assert rows[1] == ["", "", "成果指標", "", "41.0%", "50.0%"]


def test_a_continuation_below_a_labelled_heading_is_no_name_line() -> None:
    """Invented: the measure heading wraps onto two lines around the row, and the row prints a one-line name:
    the line below is the heading's second line (its mirror above is the heading), not the name's."""
    lines = ["基本目標 具体的な施策 区分 指標名 基準値 目標値",
             "重点施策 3-3 方針2:公民館活動の",
             "成果指標 公民館の利用者数 12,000人 15,000人",
             "活性化",
             "成果指標 図書館の貸出冊数 41万冊 45万冊"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[3] for row in rows] == ["", "公民館の利用者数", "", "図書館の貸出冊数"]
    assert "活性化" in rows[2]


def test_a_field_label_and_its_text_are_one_cell() -> None:
    """`関連事業: 学校図書館事業`: the label ends in a colon, so the text after it is its cell's, not a new cell; a
    label followed by a value (`宿泊者数: 12,400人`) is left apart."""
    assert split("指標 図書館の貸出冊数 41万冊 関連事業: 学校図書館事業") == [
        "指標", "図書館の貸出冊数", "41万冊", "関連事業: 学校図書館事業"]
    assert split("宿泊者数: 12,400人") == ["宿泊者数:", "12,400人"]


def test_an_arrow_between_two_texts_in_a_note_column_does_not_end_the_table() -> None:
    """Invented: a note cell printing `旧名称 → 新名称` is text of the row; only an arrow from a value to a value
    (`85人 → 60人`) is a statement after which the table ends."""
    lines = ["指標名 基準値 目標値 備考",
             "公民館の利用者数 12,000人 15,000人 旧公民館 → 地区センター",
             "図書館の貸出冊数 41万冊 45万冊",
             "転出者数 85人 → 60人",
             "体育館の利用者数 8,000人 9,000人"]
    (table,) = spaced.read_tables(lines)
    names = [row[0] for row in table.grid.matrix()[1:]]
    assert names == ["公民館の利用者数", "図書館の貸出冊数"]


def test_a_note_in_the_value_column_the_row_leaves_free_is_no_part_of_the_name() -> None:
    """Invented, in the shape of the producer matrix's sheets: the final target's column prints a three-line note
    instead of a value (the indicator was changed), its lines centred on the row's one-line name, between the
    lines of the two-line values (value, then its year). The name column cannot hold a one-line name and a
    three-line cell: the note's lines go to the target's column, which no line of the row gives a value."""
    lines = ["指標名 基準値 実績値 目標値（令和9年度） 進捗状況",
             "令和6年4月の見 直しに",
             "52.0% 55.0%",
             "図書館の利用者の割合 より、翌年度 からは 進捗の遅れ",
             "(令和4年) (令和4年)",
             "「来館者数」へ 変更"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[0] for row in rows] == ["", "", "図書館の利用者の割合", "", ""]
    assert [row[3] for row in rows] == ["令和6年4月の見 直しに", "", "より、翌年度 からは", "", "「来館者数」へ 変更"]
    assert [row[4] for row in rows] == ["", "", "進捗の遅れ", "", ""]
    assert rows[1][1:3] == ["52.0%", "55.0%"]


def test_a_member_municipality_beside_the_name_is_the_member_column() -> None:
    """Invented, in the shape of a joint strategy's sheet (定住自立圏 共生ビジョン): a `市町村` column names the member
    each line's values belong to; printed after the name with a single space (`移住相談件数 山吹川町`), the member is
    that column's cell, and a line printing only a member and values leaves the name column empty."""
    lines = ["成果指標 市町村 基準値（R1） 目標値（R6）",
             "空き家バンクの登録件数 圏域全体 40件 60件",
             "若手農業者の数 梅ノ木町 12人 20人",
             "桜沢村 5人 9人"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert rows == [["空き家バンクの登録件数", "圏域全体", "40件", "60件"],
                    ["若手農業者の数", "梅ノ木町", "12人", "20人"],
                    ["", "桜沢村", "5人", "9人"]]


def test_a_goal_heading_line_under_the_row_s_years_is_no_name_line() -> None:
    """Invented, in the shape of the producer matrix's ruled sheets: the measure heading `2-1 …` is printed on the
    row's middle line (with the kind word and the progress label), its second line two lines below, under the
    line of the values' years. The line as far above the middle line prints no name (a goal heading and a
    reason's line), and the name reaches no further below than above: the second line is not the name's."""
    lines = ["基本目標 具体的な施策 区分 指標名 基準値 目標値 進捗状況 進捗が遅れている理由",
             "2 ひとの創生 保育施設の整備の遅れに",
             "1.40 1.60",
             "2-1 結婚・出産・子育て 数値目標 合計特殊出生率 進捗の遅れ よる待機児童の増加",
             "(令和3年) (令和5年)",
             "の希望の実現 のため。"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[3] for row in rows] == ["", "", "合計特殊出生率", "", ""]
    assert "の希望の実現" in rows[4][:2]



def test_a_line_next_to_the_following_row_may_be_its_name() -> None:
    """Invented, in the shape of the producer matrix's sheets: two-line names around their rows' lines of values.
    The line two below a row's middle line whose mirror above prints no name is no name line of that row, but a
    line next to the following row's line of values may be that row's name's first line: it stays a name."""
    lines = ["区分 指標名 基準値 実績値 目標値 担当課 進捗状況",
             "合同企業説明会の参 144人",
             "KPI 80人 184人 商工労働課 概ね順調に進捗",
             "加者数 （平成30年度）",
             "創業セミナー",
             "KPI 41人 46人 50人 商工労働課 概ね順調に進捗",
             "の参加者数",
             "障害者の一般企業への新規就",
             "KPI 19人 23人 22人 障害福祉課 概ね順調に進捗",
             "労者数"]
    (table,) = spaced.read_tables(lines)
    names = [row[1] for row in table.grid.matrix()[5:]]
    assert names == ["", "の参加者数", "障害者の一般企業への新規就", "", "労者数"]


def test_a_reason_printed_around_a_two_line_name_keeps_its_lines_out_of_the_name() -> None:
    """Invented, in the shape of a sheet exported with a long reason column: the reason's ten lines and the name's
    two stand centred on the row's line of values, so reason lines are printed alone above the name's first line
    (`物価高騰の影響に`, five lines above the values, as far as `ある。` below): a line as far from the row as a
    sentence's last line, or as a line of the same reason running on to it, is no name line (before, the lines
    alone above were joined to the name)."""
    lines = ["指標名 基準値 実績値 目標値 担当課 進捗状況 進捗が遅れている理由",
             "創業相談件数 10件 28件 13件 商工労働課 順調に進捗",
             "物価高騰の影響に",
             "よる事業者の意欲",
             "の低下のため、目",
             "標値の12件に達",
             "地域の特産品を使った新 していないが、相",
             "6件 5件 12件 商工労働課 進捗の遅れ",
             "商品の開発数 談の件数は増加し",
             "ており、今後の開",
             "発に向けた支援を",
             "続けている状況に",
             "ある。",
             "農業の新規就業者数 21人 30人 40人 農政課 順調に進捗"]
    (table,) = spaced.read_tables(lines)
    names = [row[0] for row in table.grid.matrix()[1:]]
    assert names == ["創業相談件数", "", "", "", "", "地域の特産品を使った新", "", "商品の開発数", "", "", "", "",
                     "農業の新規就業者数"]
    reasons = [row[-1] for row in table.grid.matrix()[1:]]
    assert reasons[1:7] == ["物価高騰の影響に", "よる事業者の意欲", "の低下のため、目", "標値の12件に達",
                            "していないが、相", ""]
    assert reasons[7:12] == ["談の件数は増加し", "ており、今後の開", "発に向けた支援を", "続けている状況に", "ある。"]


def test_a_department_wrapped_over_two_lines_is_no_part_of_the_name() -> None:
    """Invented, in the shape of a sheet exported with a narrow department column: `健康推進` / `課` and `スポーツ振`
    / `興課` stand on the lines around the row's middle line (the first piece alone on its line, or after the name's
    first line); the first piece reads as text, but with the piece under it it makes a department: it is the
    department column's, not the name's. A one-line name on the middle line, between the two pieces, stays a name;
    a whole department (`農政課`) is no piece of one."""
    lines = ["指標名 基準値 実績値 目標値 担当課 進捗状況",
             "健康推進 概ね順調に",
             "乳児健康診査受診率 95.5% 96.1% 98.0%",
             "課 進捗",
             "市民ロードレースの市 スポーツ振",
             "820人 640人 900人 順調に進捗",
             "外参加者数 興課",
             "新規就農者数 21人 30人 40人 農政課 順調に進捗"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[0] for row in rows] == ["", "乳児健康診査受診率", "", "市民ロードレースの市", "", "外参加者数",
                                        "新規就農者数"]
    assert [row[4] for row in rows] == ["健康推進", "", "課", "スポーツ振", "", "興課", "農政課"]


def test_a_reason_line_above_a_goal_heading_s_reason_line_is_no_name_line() -> None:
    """Invented, in the shape of the producer matrix's LibreOffice sheets: a reason of seven lines centred on the
    row, its third line printed beside the goal heading (`2 みどりの創生 境整備の…`). Once that line's text is
    known to be the reason's, the reason line above it (as wide) is no name line either: the row's name is the
    one line printed with its kind word."""
    lines = ["基本目標 具体的な施策 区分 指標名 基準値 実績値 目標値 進捗状況 進捗が遅れている理由",
             "数値目標 市民農園の利用区画数 120区画 135区画 150区画",
             "1-1 農のある暮らし 順調 空き区画の募集を続けた。",
             "KPIである就農者数と同様に、",
             "農業の担い手を育てるための環",
             "2 みどりの創生 境整備の遅れや、指導者の確保",
             "35人 42人 50人",
             "2-2 農業の体験 数値目標 農業体験の参加者数 進捗の遅れ が難しい状況が続いたことを背",
             "(令和3年) (令和3年) (令和5年)",
             "の推進 景とした、参加者の減少が進",
             "んだことが原因と考えられ",
             "る。"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[3] for row in rows] == ["市民農園の利用区画数", *[""] * 5, "農業体験の参加者数", *[""] * 4]
    assert rows[3][-1] == "農業の担い手を育てるための環"
    assert rows[4][-1] == "境整備の遅れや、指導者の確保"


def test_a_marked_note_after_a_name_between_its_segment_values_is_the_free_value_cell_s() -> None:
    """Invented, in the shape of the producer matrix's western sheets: a row printing one value per segment on
    the lines above and below its name (`男性 2.1回` / name / `女性 2.4回`) and, after the name, a `※` note where
    the target would stand (not set yet). The note is the free target cell's; a note mark never goes on a name.
    Without the note mark the text stays with the name: nothing else says it is another column's."""
    lines = ["指標名 現状値 目標値",
             "男性 2.1回",
             "歯科健診の受診回数 ※第2次歯科保健計画の検 討にあわせて設定予定",
             "女性 2.4回",
             "介護予防教室の開催数 30件 45件"]
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix()[1:] == [["", "男性 2.1回", ""],
                                       ["歯科健診の受診回数", "", "※第2次歯科保健計画の検 討にあわせて設定予定"],
                                       ["", "女性 2.4回", ""],
                                       ["介護予防教室の開催数", "30件", "45件"]]
    lines[2] = "歯科健診の受診回数 第2次歯科保健計画の検"
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix()[2] == ["歯科健診の受診回数 第2次歯科保健計画の検", "", ""]


def test_a_reason_line_cut_by_a_gap_above_the_row_s_name_is_no_name_line() -> None:
    """Invented, in the shape of the producer matrix's full-width reportlab sheets: a reason of six lines centred
    on a row that prints its one-line name with its values, pdfplumber cutting some reason lines at a gap
    (`して また催しの中止が続`). The piece before the gap is far narrower than the name on the row: a name's
    lines above a line of it are full lines, so the piece is the reason's, and so is its mirror under the row."""
    lines = ["令和５年度 令和５年度 目標値",
             "指標名 進捗状況 進捗が遅れている理由",
             "実績値 目標値 （令和９年度）",
             "天候不順が続いたため、収",
             "穫 体験の開催回数が減少",
             "して また催しの中止が続",
             "農業体験の参加者数 ３５人 ４２人 ５０人 進捗の遅れ",
             "いたた め、参加者が目標",
             "値に届か なかったと考え",
             "られる。"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[0] for row in rows] == ["", "", "", "農業体験の参加者数", "", "", ""]
    assert rows[2][-1] == "して また催しの中止が続"
    assert rows[4][-1] == "いたた め、参加者が目標"


def test_target_and_actual_rows_share_the_name_printed_between_them() -> None:
    """Invented, in the shape of a sheet that prints each indicator on a 目標 row and an 実績 row with the years
    across (the name cell centred on its two rows, so the name stands alone on the line between): the role words
    are the 区分 column's, and the name goes to the first row; where every such name stands under the word the
    pairs open with (`目標`), to the second too: the two rows are one pair (`_names_inside_pairs`)."""
    lines = ["指標名 区分 R4 R5 R6",
             "目標 10件 12件 14件",
             "空き家バンクの成約件数",
             "実績 9件 13件 ―",
             "目標 200人 220人 240人",
             "移住相談の件数",
             "実績 180人 230人 ―"]
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix()[1:] == [["空き家バンクの成約件数", "目標", "10件", "12件", "14件"],
                                       ["空き家バンクの成約件数", "実績", "9件", "13件", "―"],
                                       ["移住相談の件数", "目標", "200人", "220人", "240人"],
                                       ["移住相談の件数", "実績", "180人", "230人", "―"]]
    # a name alone between two rows of the same role word, or rows without role words: not moved
    lines[3] = "目標 9件 13件 ―"
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix()[2] == ["空き家バンクの成約件数", "", "", "", ""]


def test_target_and_actual_rows_read_end_to_end(tmp_path) -> None:
    """The same sheet through the whole text pipeline: each role row gives its values under the name."""
    from ingest.document import load
    from ingest.registry import extract

    path = tmp_path / "roles.txt"
    path.write_text("\n".join(["松風町 総合戦略 数値目標の状況", "指標名 区分 R4 R5 R6", "目標 10件 12件 14件",
                               "空き家バンクの成約件数", "実績 9件 13件 ―", "目標 200人 220人 240人", "移住相談の件数",
                               "実績 180人 230人 ―"]) + "\n", encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(row.name, [(c.header, c.text) for c in row.cells]) for row in rows] == [
        ("空き家バンクの成約件数", [("目標 R4", "10件"), ("目標 R5", "12件"), ("目標 R6", "14件"),
                                  ("実績 R4", "9件"), ("実績 R5", "13件"), ("実績 R6", "―")]),
        ("移住相談の件数", [("目標 R4", "200人"), ("目標 R5", "220人"), ("目標 R6", "240人"),
                           ("実績 R4", "180人"), ("実績 R5", "230人"), ("実績 R6", "―")])]
    # each role row prints one value a year column and its name stands inside its pair: nothing guessed
    assert not any(c.uncertain for row in rows for c in row.cells)


def test_a_role_row_given_the_name_printed_between_keeps_its_doubt(tmp_path) -> None:
    """Invented: the same 目標/実績 sheet under two rows printed whole on their line (name, role word, a value in
    every column: read without a guess, so the table is flagged row by row, not as a whole). The 実績 rows print
    no name: the name line between the two role rows was given to them by a guess (the interpreter copies it from
    the 目標 row), so their values are flagged as the 目標 rows' are, although each is one line of values that no
    centring would question."""
    from ingest.document import load
    from ingest.registry import extract

    path = tmp_path / "roles.txt"
    path.write_text("\n".join(["指標名 区分 R4 R5 R6", "観光入込客数 実績 120万人 125万人 130万人",
                               "移住相談の件数 実績 180人 230人 250人", "目標 10件 12件 14件", "空き家バンクの成約件数",
                               "実績 9件 13件 ―", "目標 200人 220人 240人", "移住者数", "実績 150人 160人 ―"]) + "\n",
                    encoding="utf-8")
    rows = {row.name: row for row in extract(load(path)).rows}
    assert [(c.header, c.text) for c in rows["空き家バンクの成約件数"].cells] == [
        ("目標 R4", "10件"), ("目標 R5", "12件"), ("目標 R6", "14件"), ("実績 R4", "9件"), ("実績 R5", "13件"),
        ("実績 R6", "―")]
    assert [(c.header, c.text) for c in rows["移住者数"].cells][3:] == [
        ("実績 R4", "150人"), ("実績 R5", "160人"), ("実績 R6", "―")]
    for name in ("空き家バンクの成約件数", "移住者数"):
        assert all(c.uncertain and c.doubt == "lines_joined" for c in rows[name].cells)
    assert not any(c.uncertain for c in rows["観光入込客数"].cells)  # printed whole: no guess


def test_whole_cells_beside_a_spanning_heading_s_cells_keep_the_table_order() -> None:
    """Invented, in the shape of a Word table whose `No.` and `担当課` cells span both header rows, a spanning
    `重要業績評価指標（KPI）` heading over the name and value cells: pdfplumber prints the tall cells on the line above
    the name line. The number column opens the table and the department stands after the values, where every
    table prints them; the rows' numbers printed before their names go to the number column."""
    assert header_columns([["No.", "担当課"], ["指標名", "基準値（R1）", "目標値（R7）"]]) == [
        "No.", "指標名", "基準値（R1）", "目標値（R7）", "担当課"]
    lines = ["No. 担当課", "指標名 基準値（R1） 目標値（R7）", "1 図書館の年間貸出冊数 41万冊 45万冊 生涯学習課",
             "(2) 公民館講座の受講者数 1,200人 1,500人 生涯学習課"]
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix() == [["No.", "指標名", "基準値（R1）", "目標値（R7）", "担当課"],
                                   ["1", "図書館の年間貸出冊数", "41万冊", "45万冊", "生涯学習課"],
                                   ["(2)", "公民館講座の受講者数", "1,200人", "1,500人", "生涯学習課"]]
    # stacked even cells (two lines of as many words) stay one block before the values, as before
    assert header_columns([["現状値", "目標値"], ["指標名", "担当課"], ["（R5）", "（R11）"]])[0] == "指標名"


def test_a_unit_with_its_multiplier_and_a_value_glued_to_its_department_find_their_columns() -> None:
    """Invented, in the shape of an Excel sheet exported with grey rules: `千円` in the 単位 column is a unit (its
    `千` is no value), and pdfplumber glues the last value to the department printed right after it
    (`70,000企画課`): the value and the department are two cells."""
    lines = ["基準値 実績値 目標値", "No. 指標名 単位 担当課", "（R1） （R5） （R7）",
             "1 町の特産品の販売額 千円 12,400 15,800 18,000産業振興課",
             "2 空き家の活用件数 件 3 7 10まちづくり課"]
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix()[1:] == [
        ["1", "町の特産品の販売額", "千円", "12,400", "15,800", "18,000", "産業振興課"],
        ["2", "空き家の活用件数", "件", "3", "7", "10", "まちづくり課"]]
    # a value printed with its unit keeps it (`60人企画課`, layouts 115's pdfplumber text); `人事課` stays whole
    assert glued_department("60人企画課") == ("60人", "企画課")
    assert glued_department("4万人商工観光課") == ("4万人", "商工観光課")
    assert glued_department("60人事課") == ("60", "人事課")
    assert glued_department("60人の参加") is None


def test_a_row_number_alone_between_its_name_s_lines_goes_to_the_number_column() -> None:
    """Invented, in the shape of pdfplumber's text of a sheet whose names wrap in a narrow cell: the name's two lines
    are centred on the row's line, which prints the `No.` cell and the values; the number is no part of the name."""
    lines = ["基準値 目標値", "No. 指標名 担当課", "（R1） （R7）",
             "市民農園の年間利", "1 1,240人 1,500人 農政課", "用者数"]
    (table,) = spaced.read_tables(lines)
    assert [row[:2] for row in table.grid.matrix()[1:]] == [["", "市民農園の年間利"], ["1", ""], ["", "用者数"]]


def test_a_two_line_name_s_short_last_line_ends_it_among_a_reason_s_interleaved_lines() -> None:
    """Invented, in the shape of pdfplumber's text of a sheet with a tall reason column: the reason's nine lines and
    the name's two are centred on the row's line of values, and pdfplumber prints the name's lines (half a line
    apart from the reason's) between the reason's. Every line of a wrapped cell but its last fills the column (the
    one-line name `図書館の年間貸出冊数` shows how wide), so `参加者数` ends the name: the reason's lines after it, and
    those as far above the row, are the reason's (before, two lines on each side were joined to the name)."""
    lines = ["指標名 基準値 実績値 目標値 担当課 進捗状況 進捗が遅れている理由",
             "図書館の年間貸出冊数 5,120冊 4,980冊 6,000冊 生涯学習課 順調に進捗",
             "物価の高騰により",
             "来場者の減少が続",
             "いており、目標値",
             "の水準に届いてい",
             "地域おこしイベントの",
             "2.1万人 1.8万人 3万人 文化振興課 進捗の遅れ ないが、秋の開催",
             "参加者数",
             "分は前年を上回っ",
             "て推移している状",
             "況にあり、回復基",
             "調にある。",
             "新規就農者数 21人 30人 40人 農政課 順調に進捗"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[0] for row in rows] == ["図書館の年間貸出冊数", "", "", "", "", "地域おこしイベントの", "", "参加者数",
                                        "", "", "", "", "新規就農者数"]
    assert [row[-1] for row in rows[1:12]] == [
        "物価の高騰により", "来場者の減少が続", "いており、目標値", "の水準に届いてい", "", "ないが、秋の開催", "",
        "分は前年を上回っ", "て推移している状", "況にあり、回復基", "調にある。"]


def test_a_three_line_name_s_mirror_bounds_it_above_the_row() -> None:
    """Invented: a three-line name (`…子育てを` / `したいと思う保護` / `者の割合`), a five-line reason and a department
    wrapped over two lines, all centred on the row's middle line. The name's last line is short, so the line as far
    above the row as the reason's last line below (`共働き世帯の増加`) is the reason's first line, not the name's."""
    lines = ["指標名 基準値 実績値 目標値 担当課 進捗状況 進捗が遅れている理由",
             "図書館の年間貸出冊数 5,120冊 4,980冊 6,000冊 生涯学習課 順調に進捗",
             "共働き世帯の増加",
             "地域で今後も子育てを により、保育の需",
             "健康推進",
             "したいと思う保護 72.5% 62.2% 80.1% 進捗の遅れ 要が高まっている",
             "課",
             "者の割合 と考えられ、対応",
             "を急いでいる。",
             "新規就農者数 21人 30人 40人 農政課 順調に進捗"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[0] for row in rows] == ["図書館の年間貸出冊数", "", "地域で今後も子育てを", "", "したいと思う保護", "",
                                        "者の割合", "", "新規就農者数"]
    assert [row[-1] for row in rows[1:8]] == ["共働き世帯の増加", "により、保育の需", "", "要が高まっている", "",
                                              "と考えられ、対応", "を急いでいる。"]


def test_the_next_row_s_name_line_after_a_short_last_name_line_stays_a_name() -> None:
    """Invented: a name's short last line (`率`) ends that row's name, but the line after it runs into the next
    row's values, so it may be that row's name's first line: it stays in the name column."""
    lines = ["指標名 基準値 実績値 目標値 担当課 進捗状況 進捗が遅れている理由",
             "図書館の年間貸出冊数 5,120冊 4,980冊 6,000冊 生涯学習課 順調に進捗",
             "市民農園の区画利用",
             "12区画 15区画 20区画 農政課 進捗の遅れ 募集の周知が不足",
             "率",
             "地域おこしイベントの",
             "2.1万人 1.8万人 3万人 文化振興課 順調に進捗",
             "参加者数"]
    (table,) = spaced.read_tables(lines)
    assert [row[0] for row in table.grid.matrix()[1:]] == [
        "図書館の年間貸出冊数", "市民農園の区画利用", "", "率", "地域おこしイベントの", "", "参加者数"]


def test_a_name_s_last_line_after_a_wrapped_progress_label_is_no_trailing_title() -> None:
    """Invented: the last row of a table before a heading prints its progress label over two lines around its line
    of values (`概ね順調に` / `進捗`) and its three-line name around them; the name's last line after the label's
    second piece is the row's (as many lines below the values as above), not a title introducing what follows
    (before, the label's piece counted as a row and the name lost `生徒の割合`)."""
    lines = ["指標名 基準値 実績値 目標値 担当課 進捗状況",
             "図書館の年間貸出冊数 5,120冊 4,980冊 6,000冊 生涯学習課 順調に進捗",
             "地域の行事に参加し",
             "概ね順調に",
             "たことのある児童・ 75.3% 78.1% 85.0% 学校教育課",
             "進捗",
             "生徒の割合",
             "① 地域に根ざした教育の推進"]
    (table,) = spaced.read_tables(lines)
    assert [row[0] for row in table.grid.matrix()[1:]] == [
        "図書館の年間貸出冊数", "地域の行事に参加し", "", "たことのある児童・", "", "生徒の割合"]


def test_a_line_wider_than_the_reason_column_is_the_name_s() -> None:
    """Invented: the reason column wraps at eight characters (its sentence lines `より、利用者が減`, `少したため。`…
    tell how wide), so a text line of eleven characters beside a row is no reason line but the name's
    (`大学と連携した市民公開`, `ふるさとの自然を大切に`). The line as far below the row as such a line above is
    the name's too when the reason's lines enclose both (`参加者数` between `た参加者数が、そ`-like lines): the
    reason's lines alternate with the name's, both centred on the row."""
    lines = ["指標名 基準値 実績値 目標値 担当課 進捗状況 進捗が遅れている理由",
             "図書館の年間貸出冊数 5,120冊 4,980冊 6,000冊 生涯学習課 進捗の遅れ 開館時間の短縮に",
             "より、利用者が減",
             "少したため。",
             "大学と連携した市民公開",
             "講座の参加者数 248人 129人 380人 生涯学習課 順調に進捗",
             "ふるさとの自然を大切に",
             "思う児童 85.2% 90.5% 88.0% 学校教育課 順調に進捗",
             "雨天で中止した回",
             "市民農園と連携した体験",
             "があり、参加者が",
             "による農業講座 248人 129人 380人 農政課 進捗の遅れ",
             "前年の水準まで戻",
             "参加者数",
             "っていないため。"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[0] for row in rows] == ["図書館の年間貸出冊数", "", "", "大学と連携した市民公開", "講座の参加者数",
                                        "ふるさとの自然を大切に", "思う児童", "", "市民農園と連携した体験", "",
                                        "による農業講座", "", "参加者数", ""]
    assert [row[-1] for row in rows[6:]] == ["", "雨天で中止した回", "", "があり、参加者が", "", "前年の水準まで戻", "",
                                             "っていないため。"]


def test_two_role_arrow_header_splits_into_two_columns_and_arrow_cells_into_two_values() -> None:
    """`基準値（R1）→目標値（R7）` over `1,200人→1,500人` (layouts 90, single-space layers): the header names two
    columns and each cell two values; left whole the body lines read as arrow statements and end the table."""
    lines = ["指標名 基準値（R1）→目標値（R7） 担当課",
             "図書館の年間貸出冊数 8.4万冊→9.0万冊 生涯学習課",
             "村内の保育所待機児童数 3人→0人 子育て支援課"]
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix() == [["指標名", "基準値（R1）", "目標値（R7）", "担当課"],
                                   ["図書館の年間貸出冊数", "8.4万冊", "9.0万冊", "生涯学習課"],
                                   ["村内の保育所待機児童数", "3人", "0人", "子育て支援課"]]
    assert table.grid.in_doubt  # the single-space reader guesses its header's columns


def test_arrow_statement_under_a_one_role_header_still_ends_the_table() -> None:
    """Without a header naming two roles, `85人→60人` is a statement for the statement reader, not a table row."""
    lines = ["指標名 基準値 担当課",
             "図書館の年間貸出冊数 8.4万冊 生涯学習課",
             "転出者数 85人→60人 企画課"]
    (table,) = spaced.read_tables(lines)
    assert (table.first, table.last) == (0, 1)


def test_a_value_with_its_year_over_a_line_filling_the_other_value_columns_takes_its_year_s_column():
    """Invented, in pdfplumber's shape (002's `74.1% / (令和３年度)` over a line of four values): a value and its
    year straddle the line of the row's one-line values, the two lines printing a value in every value column. The
    year (令和3年度, 2021) is nearest the 令和4年度 actual's column, so the value goes there and the baseline
    column takes the first value of the line between, even when no other row prints as many values."""
    lines = ["基準値 令和4年度 令和5年度 目標値", "指標名 進捗状況", "（令和元年度） 実績値 実績値 （令和9年度）",
             "自主防災組織の 61.5%", "58.0% 63.2% 70.0% 順調に進捗", "結成率 （令和３年度）"]
    (table,) = spaced.read_tables(lines)
    rows = dict(zip((table.grid.line_of(r) for r in range(table.grid.n_rows)), table.grid.matrix(), strict=True))
    assert rows[4] == ["自主防災組織の", "", "61.5%", "", "", ""]
    assert rows[5] == ["", "58.0%", "", "63.2%", "70.0%", "順調に進捗"]
    assert rows[6] == ["結成率", "", "（令和３年度）", "", "", ""]


def _rows_by_line(table) -> dict[int | None, list[str]]:
    return dict(zip((table.grid.line_of(r) for r in range(table.grid.n_rows)), table.grid.matrix(), strict=True))


# invented, in the shape of pdfplumber's text of a plan's section tables (004's): a box's label `指標` over a
# header band whose cells print by height, the name's header centred on the lines of the values' two-line headers
BOXED = ["重点施策 1-1 方針1:読書活動の推進", "指標", "現状値 目標値", "指標名 解説・算出方法など",
         "（令和5年度） （令和11年度）", "図書館の年間貸出冊数 41万冊 45万冊 貸出冊数の合計",
         "重点施策 1-2 方針2:地域の絆づくり", "指標", "現状値 目標値", "指標名 解説・算出方法など",
         "（令和5年度） （令和11年度）", "公民館の利用者数 2.1万人 2.5万人 利用者数の合計"]


def test_a_box_label_over_a_band_is_no_column_and_introduces_the_next_table() -> None:
    first, second = spaced.read_tables(BOXED)
    header = ["指標名", "現状値\n（令和5年度）", "目標値\n（令和11年度）", "解説・算出方法など"]
    assert first.grid.matrix() == [header, ["図書館の年間貸出冊数", "41万冊", "45万冊", "貸出冊数の合計"]]
    assert second.grid.matrix() == [header, ["公民館の利用者数", "2.1万人", "2.5万人", "利用者数の合計"]]
    assert first.last == 5  # the next section's heading and label are no lines of the first table


def test_the_raw_reader_leaves_a_band_under_a_box_label_printed_by_height() -> None:
    # in reading order the label would head a column of its own before the values, the name's header after them
    from ingest.text import raw_rows

    assert all(table.grid.matrix()[0][0] != "指標" for table in raw_rows.read_tables(BOXED))


def test_a_unit_word_ending_an_explanation_s_line_leaves_it_text() -> None:
    """Invented, in 004's shape: `人` ends a wrapped line of the explanation column (`…「重点施策 7-2 人` /
    `権を尊重する…」に関す`); in a table without a 単位 column it is a word of that text, so the line is judged as
    text beside the one-line name and goes to the explanation, not onto the name."""
    lines = ["指標名 現状値 目標値 解説・算出方法など",
             "市民意識調査における「重点施策 7-2 人",
             "人権を尊重するまちづくりの推進に関する満足度 35.9％ 39.0％ 権を尊重するまちづくりの推進」に関す",
             "る市民の満足度"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert rows[0] == ["", "", "", "市民意識調査における「重点施策 7-2 人"]
    assert rows[1][:3] == ["人権を尊重するまちづくりの推進に関する満足度", "35.9％", "39.0％"]


def test_goal_headings_around_a_row_do_not_hide_its_name_s_lines() -> None:
    """The producer matrix's 001 reportlab sheet (pdfplumber text, first page up to line 27, checked against the
    page): the goal column prints `2 ひとの創生` over the row's line and `2-2 地域を担う人材の育成` under it; the
    name's first and last lines stand beyond those headings, the row above's reason ending on the line before.
    The headings are the goal column's lines beside the row, so the name's three lines stay the name's."""
    path = Path(__file__).parent / "fixtures" / "producers" / "001-reportlab-hrules.plumber.txt"
    (table,) = spaced.read_tables(path.read_text(encoding="utf-8").splitlines()[:27])
    rows = _rows_by_line(table)
    assert rows[22][8] == "婚化が進行したため。"
    name = ["将来の夢や希望の実現に", "向け努力している児童・", "生徒の割合"]
    assert [rows[line][3] for line in (23, 25, 27)] == name
    assert rows[25][4:8] == ["78.1%", "83.0%", "85.0%", "概ね順調に進捗"]


def test_a_row_of_two_segment_lines_keeps_its_lines_after_the_second() -> None:
    """Invented, in 002's pdfplumber shape: a row prints two segments' values on two lines around its middle line
    (the department and progress label); its reason's lines stand as far above the first as below the second, so
    the name's last line and the reason's last lines are the row's, not titles after the table."""
    lines = ["指標名 基準値 目標値 指標の担当課 進捗状況 進捗が遅れている理由",
             "学習の楽しさを",
             "英語の学習が楽しいと",
             "小学校88.7% 小学校90.0% 実感する機",
             "感じている児童・ 学校教育課 進捗の遅れ",
             "中学校82.8% 中学校85.0% 会が少ない",
             "生徒の割合",
             "ためである。"]
    (table,) = spaced.read_tables(lines)
    assert table.last == 7


def test_a_line_printing_its_name_and_every_value_between_other_rows_is_read_without_a_guess() -> None:
    """A row whose name and one value per value column stand on one line, between other rows' lines, is read
    without a guess; a row beside a line of text (its name's other line, maybe) stays flagged."""
    lines = ["指標名 基準値（R1） 目標値（R7） 担当課",
             "図書館の年間貸出冊数 41万冊 45万冊 生涯学習課",
             "公民館の利用者数 2.1万人 2.5万人 生涯学習課",
             "自主防災組織の結成率 58.0% 70.0% 危機管理課",
             "市民農園の",
             "区画数 40区画 60区画 農政課"]
    (table,) = spaced.read_tables(lines)
    lines_in_doubt = {table.grid.line_of(r) for r in table.grid.uncertain_rows}
    assert not table.grid.uncertain
    assert lines_in_doubt == {1, 4, 5, 6}  # the header, the row over `市民農園の`, and that row's two lines


def test_a_band_rebuilt_out_of_the_usual_order_leaves_every_row_in_doubt() -> None:
    # `実績値 目標値` over `指標名 基準値`: where the centring put the baseline among the values is a guess
    lines = ["実績値 目標値", "指標名 基準値", "2021(R3)年度 （R5）",
             "新規就農者数 4人 7人 10人", "住民基本台帳人口 15,120人 14,870人 15,000人",
             "特産品の販売額 32百万円 36百万円 40百万円"]
    (table,) = spaced.read_tables(lines)
    assert table.grid.guessed_throughout


def test_a_rate_column_a_row_leaves_empty_leaves_it_in_doubt() -> None:
    # `創業件数 7件 70.0% 10件 Ｂ`: three values for three value columns, but the 進捗率 column may hold one of them
    lines = ["指標名 基準値（R1） 実績値（R5） 進捗率 目標値（R7） 評価",
             "町内企業への新規就職者数 24人 33人 75.0% 36人 Ｂ",
             "創業件数（累計） 7件 70.0% 10件 Ｂ",
             "若者の町内就職率 42.0% 44.5% 31.3% 50.0% Ｃ"]
    (table,) = spaced.read_tables(lines)
    assert 3 in {table.grid.line_of(r) for r in table.grid.uncertain_rows} or table.grid.uncertain


# invented, in the shape of pdfplumber's text of a plan's section tables (004's): a two-line name straddling its
# row's line of values, the first name line about as wide as the explanation beside the values
STRADDLED = ["指標名 現状値 目標値 解説・算出方法など",
             "公民館講座への延べ参加者の",
             "1,200人 1,500人 関連事業: 講座開設事業",
             "人数（地域学習講座）"]


def test_a_name_straddling_a_row_that_prints_none_keeps_both_lines() -> None:
    """The row's line prints no name, so the two lines around it are the name's first and last lines (cells are
    centred on their row), not an explanation's line above the values."""
    (table,) = spaced.read_tables(STRADDLED)
    assert [row[0] for row in table.grid.matrix()[1:]] == ["公民館講座への延べ参加者の", "", "人数（地域学習講座）"]
    assert table.grid.matrix()[2][1:] == ["1,200人", "1,500人", "関連事業: 講座開設事業"]
    # a sentence's last line under the values is a reason's, never the name's
    (table,) = spaced.read_tables([*STRADDLED[:2], "1,200人 1,500人 関連事業: 講座開設事業", "減少したため。"])
    assert table.grid.matrix()[3][0] == ""


def test_a_name_ending_in_a_particle_goes_on_in_the_token_after_it() -> None:
    """`がんの` ends open (a particle), no line after it prints a name: the token after the space goes on with it."""
    lines = ["指標名 現状値 目標値 解説・算出方法など", "64.7 58.4", "がんの 75歳未満年齢調整死亡率",
             "（令和４年） （令和10年）"]
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix()[2] == ["がんの 75歳未満年齢調整死亡率", "", "", ""]
    # a name that ends open with its next line still to come keeps the token beside it in its own column
    lines = ["指標名 現状値 目標値 解説・算出方法など", "地域の見守り活動への 協力者の人数",
             "120人 150人", "参加者数"]
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix()[1][0] == "地域の見守り活動への"


def test_a_department_cut_inside_its_office_word_is_no_part_of_the_name() -> None:
    """Invented, in the shape of 002's sheet: a narrow department column cuts `地域包括支援センター` inside its
    office word; the end (`ンター`) reads as text, but with the piece above it makes a department: both pieces are
    the department column's, not lines of the one-line name between them. A name's last line that only ends like
    an office word's one character (`会`) stays the name's."""
    lines = ["指標名 基準値 実績値 目標値 担当課 進捗状況",
             "地域包括支援セ",
             "認知症サポーター数 11,762人 13,443人 15,200人 概ね順調に進捗",
             "ンター",
             "地域の見守りを行う協議",
             "12回 10回 15回 福祉課 順調に進捗",
             "会"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[0] for row in rows] == ["", "認知症サポーター数", "", "地域の見守りを行う協議", "", "会"]
    assert [row[4] for row in rows] == ["地域包括支援セ", "", "ンター", "", "福祉課", ""]


def test_each_table_s_rows_are_read_with_its_own_header_s_roles() -> None:
    """Invented: a sheet of 目標/実績 rows (a 区分 column, the name printed between its two rows) and, under a later
    header, a numbered table (`No.`, the numbers printed before the names). Each table's rows are read with the
    roles of the header that owns them: with the last header's roles the first table's name would stay a row of
    its own (no 区分 column), with the first's the second table's numbers would stay in the names."""
    lines = ["指標名 区分 R4 R5 R6",
             "目標 10件 12件 14件",
             "空き家バンクの成約件数",
             "実績 9件 13件 ―",
             "No. 指標名 基準値 目標値",
             "1 図書館の年間貸出冊数 41万冊 45万冊",
             "2 公民館講座の受講者数 1,200人 1,500人"]
    first, second = spaced.read_tables(lines)
    assert first.grid.matrix()[1:] == [["空き家バンクの成約件数", "目標", "10件", "12件", "14件"],
                                       ["空き家バンクの成約件数", "実績", "9件", "13件", "―"]]
    assert second.grid.matrix()[1:] == [["1", "図書館の年間貸出冊数", "41万冊", "45万冊"],
                                        ["2", "公民館講座の受講者数", "1,200人", "1,500人"]]


def test_a_reason_line_cut_at_a_space_inside_it_stays_whole_in_the_reason_column() -> None:
    """Invented, in the shape of pdfplumber's text of a sheet with a narrow reason column: the reason prints a space
    inside its sentence (`たため 活動団体の数が`), so its second line reads as two tokens. Every line of the wrapped
    reason but its last is as wide as the column (22 columns): `活動団体の数が` alone is narrower and ends no
    sentence, so `たため` is the same line's beginning, not a line of the name (a one-line name, `地域活動団体数`)."""
    lines = ["指標名 実績値 目標値 進捗状況 進捗が遅れている理由",
             "地域の担い手が高齢化し",
             "たため 活動団体の数が",
             "18団体 25団体 減少している。また、新",
             "地域活動団体数 進捗の遅れ",
             "(令和5年) (令和9年) たな団体の設立が進んで",
             "いないため。"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[0] for row in rows] == ["", "", "", "地域活動団体数", "", ""]
    assert rows[1][-1] == "たため 活動団体の数が"
    # with the text before it the reason's line would be wider than the column: that text is another cell's
    lines[2] = "たため 活動団体の数が減少"
    lines[3] = "18団体 25団体 している。また、新たな"
    lines[5] = "(令和5年) (令和9年) 団体の設立が進んでい"
    rows = spaced.read_tables(lines)[0].grid.matrix()[1:]
    assert rows[1][0] == "たため" and rows[1][-1] == "活動団体の数が減少"


def test_a_note_standing_for_a_target_not_set_keeps_the_row_s_value_in_its_own_column() -> None:
    """Invented, in the shape of pdfplumber's text of a sheet whose final target is a three-line `※` note (a target
    set later): the note's first line is printed on its own over the row's value, its second after the name, its
    last under the value's year. The one value is the baseline (its year, 平成30年度, is the baseline column's, and
    the row need not print its target as a value: a note stands beside it), and the note's three lines are the
    target cell's, not the name's nor a note on the table."""
    lines = ["区分 指標名 現状値（令和元年度） 目標値（令和９年度）",
             "KPI 図書館の年間貸出冊数 41万冊 45万冊",
             "※第2次読書推進計画の策定に",
             "38.0%",
             "KPI 読書をする児童の割合 あわせて設定する予",
             "(平成30年度)",
             "定",
             "KPI 公民館講座の受講者数 1,200人 1,500人"]
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix()[2:7] == [["", "", "", "※第2次読書推進計画の策定に"],
                                        ["", "", "38.0%", ""],
                                        ["KPI", "読書をする児童の割合", "", "あわせて設定する予"],
                                        ["", "", "(平成30年度)", ""],
                                        ["", "", "", "定"]]


def test_a_sheet_s_rows_are_flagged_one_by_one_and_its_goals_as_guessed() -> None:
    """Invented sheet with a goal column before the name: the goal headings are placed beside the rows' lines by a
    guess, so every row's goal is in doubt (`goals_guessed`, kept by a piece cut from the grid), but a row's values
    are not: a line printing a name and a value in every value column between lines of other rows (past the goal
    headings, and with a heading of its own before its name) is read without a guess. A row next to a line of text
    that may be its name's is flagged, and so is the row whose name is printed around it."""
    lines = ["基本目標 区分 指標名 基準値 目標値",
             "1 しごとの創生",
             "KPI 新規就農者数 4人 10人",
             "1-1 農業の振興 KPI 農産物直売所の売上額 2億円 3億円",
             "KPI 認定農業者数 50人 60人",
             "地域の担い手が",
             "KPI 12人 20人",
             "育成された集落数"]
    (table,) = spaced.read_tables(lines)
    grid = table.grid
    assert grid.goals_guessed and not grid.uncertain
    assert [r for r in range(grid.n_rows) if r not in grid.uncertain_rows] == [2, 3]
    assert grid.matrix()[3] == ["1-1 農業の振興", "KPI", "農産物直売所の売上額", "2億円", "3億円"]
    assert grid.crop_rows(2, 5).goals_guessed


def test_a_note_on_the_half_lines_around_a_three_line_reason_is_the_free_target_s() -> None:
    """Invented, in the shape of the producer matrix's western sheet: the reason prints three lines centred on the
    row's name line (above, on it, below), the two-line values (value, year) half a line off it, and after each
    of them more text: a centred cell cannot print on its middle line and half a line off it, so that text is a
    two-line cell of its own, the final target's column the row leaves free (the indicator was changed)."""
    lines = ["指標名 実績値 目標値 目標値（令和9年度） 進捗状況 進捗が遅れている理由",
             "利用者の減少と 施設の老朽化が",
             "48.0% 52.0% 令和6年4月の見 直しにより、令和 7年",
             "図書館の利用者の割合 進捗の遅れ 重なり、来館 者が年々 減少",
             "(令和4年) (令和4年) 度以降は 「来館者数」へ 変更",
             "したため。"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[3] for row in rows] == ["", "令和6年4月の見 直しにより、令和 7年", "", "度以降は 「来館者数」へ 変更",
                                        ""]
    assert [row[5] for row in rows] == ["施設の老朽化が", "", "重なり、来館 者が年々 減少", "", "したため。"]
    assert rows[2][0] == "図書館の利用者の割合"


def test_a_free_target_s_note_beside_a_sheet_s_goal_headings_is_the_target_s() -> None:
    """Invented, in the shape of the producer matrix's ruled sheets: the final target's column prints a three-line
    note centred on the row's name line, its first and last lines after the goal headings' lines (`2 ひとの創生`,
    `振興`); the goal cells before the name column do not keep those lines from being the note's, nor the note's
    second token on them from being its own (a centred cell printing two lines above and below its row prints on
    its middle line too, and the middle line prints no reason)."""
    lines = ["基本目標 具体的な施策 区分 指標名 実績値 目標値 目標値（令和9年度） 進捗状況 進捗が遅れている理由",
             "1 まちの創生",
             "数値目標 図書館の貸出冊数 41万冊 43万冊 45万冊 順調に進捗",
             "1-1 学びの環境づくり",
             "施設の老朽化 や利用",
             "2 ひとの創生 令和6年4月の見 直しに伴い、",
             "48.0% 52.0% 者の減少が重なり、来館",
             "2-1 文化と芸術の 数値目標 図書館の利用者の割合 令和 7年度以降は 「来館者 進捗の遅れ",
             "(令和4年) (令和4年) 者が年々減少した",
             "振興 数」へ 変更",
             "ため。"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[6] for row in rows[4:9]] == ["令和6年4月の見 直しに伴い、", "", "令和 7年度以降は 「来館者", "",
                                             "数」へ 変更"]
    assert rows[6][3] == "図書館の利用者の割合"
    assert [row[0] for row in rows[4:9:4]] == ["2 ひとの創生", "振興"]


def test_a_four_line_note_around_a_row_s_one_line_cells_is_the_free_target_s() -> None:
    """Invented, in the shape of the producer matrix's ruled sheets read by pdfplumber: the final target's column
    prints a four-line note centred on the row's name line, its two middle lines after the values and their years
    (half a line off the name line), its outer lines before the reason's lines one further out. The reason column
    is too narrow for the half lines' tails, and the column before it, the department's, prints its one-line cell
    on the name line: a centred cell cannot print there and half a line off it, so the tails are the note's, and
    so are the texts before the reason on the outer lines (not a name's or a goal's line)."""
    lines = ["基本目標 具体的な施策 区分 指標名 基準値 実績値 目標値 目標値（令和9年度） 指標の担当課 進捗状況 "
             "進捗が遅れている理由",
             "施設の老朽化と、利用",
             "令和6年4月の 見直しに 者の減少が重なり、来",
             "41.0% 48.0% 52.0% 伴い、令 和7年度以 館者が年々減少し、回",
             "KPI 図書館の利用者の割合 生涯学習課 進捗の遅れ",
             "(令和元年) (令和4年) (令和4年) 降は 「来館者数」へ 復の兆しが見られない",
             "変更 状況が続いているため。",
             "コロナ禍以降、回復傾",
             "KPI 図書館の貸出冊数 41万冊 42万冊 43万冊 45万冊 生涯学習課 進捗の遅れ 向にあるものの、貸出",
             "冊数が伸びないため。"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[7] for row in rows[1:6]] == ["令和6年4月の 見直しに", "伴い、令 和7年度以", "", "降は 「来館者数」へ",
                                             "変更"]
    assert [row[3] for row in rows[:6]] == ["", "", "", "図書館の利用者の割合", "", ""]
    assert [row[0] for row in rows[:6]] == [""] * 6
    assert rows[3][8] == "生涯学習課"


def test_a_two_line_heading_centred_on_a_row_interleaves_with_its_name() -> None:
    """Invented, in the shape of the producer matrix's ruled sheets read by pdfplumber: a policy heading of two
    lines centred on a row prints half a line off the row's line, between the lines of the row's three-line name
    (printed whole above the row's line, or opening the lines of two-line values above and below it). Its last line
    is the heading's, not the name's or the reason's, and the name's first and last lines, outside the heading's
    two, are the name's."""
    lines = ["基本目標 具体的な施策 区分 指標名 基準値 実績値 目標値 指標の担当課 進捗状況 進捗が遅れている理由",
             "市内の文化施設を利用し",
             "① 文化に親しむ環",
             "KPI たことがある 41.0% 48.0% 52.0% 文化振興課 順調に進捗",
             "境づくりの推進",
             "た市民の割合",
             "本に触れる機会や、友",
             "森の図書館の利用が楽しい 人と感想を話し合った",
             "② 読書活動の 小学校80.1% 小学校82.0% 小学校85.0%",
             "KPI と感じる児童・ 生涯学習課 進捗の遅れ りする機会が、十分で",
             "推進 中学校70.2% 中学校71.0% 中学校75.0%",
             "生徒の割合 はないことが原因であ",
             "ると捉えている。"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[3] for row in rows] == ["市内の文化施設を利用し", "", "たことがある", "", "た市民の割合", "",
                                        "森の図書館の利用が楽しい", "", "と感じる児童・", "", "生徒の割合", ""]
    # (the measures `①`/`②` in the 具体的な施策 column, their level's: `spaced._level_cells`)
    assert [row[1] for row in rows] == ["", "① 文化に親しむ環", "", "境づくりの推進", "", "", "", "② 読書活動の", "",
                                        "推進", "", ""]
    assert not any(row[0] for row in rows)
    assert [row[9] for row in rows[5:]] == ["本に触れる機会や、友", "人と感想を話し合った", "", "りする機会が、十分で",
                                            "", "はないことが原因であ", "ると捉えている。"]


def test_a_name_s_lines_around_a_row_with_a_three_line_reason_are_no_goal_cells() -> None:
    """Invented, in the shape of the producer matrix's ruled sheets read by pdfplumber: a three-line name centred on
    its row, its first and last lines beside the first and last lines of a three-line reason (`市民大学と連携した
    講座 コロナ禍で減少した参加`). The row's line prints no goal cell, so a goal cell centred on the row cannot
    print a full line above and below it: the texts opening those lines are the name's, not a goal heading's."""
    lines = ["基本目標 具体的な施策 区分 指標名 基準値 実績値 目標値 指標の担当課 進捗状況 進捗が遅れている理由",
             "① 生涯学習の推進 KPI 図書館の貸出冊数 41万冊 42万冊 43万冊 生涯学習課 順調に進捗",
             "市民大学と連携した講座 コロナ禍で減少した参加",
             "KPI 出前講座 248人 129人 380人 生涯学習課 進捗の遅れ 者数が、それ以前の水準",
             "の参加者数 まで戻っていないため。",
             "KPI 公民館の利用者数 12万人 10万人 13万人 生涯学習課 概ね順調に進捗"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[1] for row in rows] == ["① 生涯学習の推進", "", "", "", ""]  # the measure column, its level's
    assert not any(row[0] for row in rows)
    assert [row[3] for row in rows[1:4]] == ["市民大学と連携した講座", "出前講座", "の参加者数"]
    assert [row[9] for row in rows[1:4]] == ["コロナ禍で減少した参加", "者数が、それ以前の水準",
                                             "まで戻っていないため。"]


def test_a_marked_note_s_last_line_before_the_next_page_s_header_stays() -> None:
    """Invented, in the shape of the producer matrix's 003 sheets: a `※` note standing for a target not set opens
    on its own line above the row's value, goes on after the name and ends on the line as far below it (`予定`),
    the last line before the header repeated on the next page. That line is the note's, no title over what
    follows, and the note's first line is its cell's too."""
    lines = ["基本目標 具体的な施策 区分 指標名 現状値 目標値",
             "① 地域医療の充実 KPI 救急医療センターの開設日数 366日 366日",
             "※第2期健康増進計画・第3 期がん",
             "38.5%",
             "KPI がん検診の受診率 対策推進計画の検討 にあわせて設定",
             "(平成30年度)",
             "予定",
             "基本目標 具体的な施策 区分 指標名 現状値 目標値",
             "② 子育て支援 KPI 保育所の待機児童数 12人 0人"]
    table = spaced.read_tables(lines)[0]
    rows = table.grid.matrix()[1:]
    assert [row[5] for row in rows[1:6]] == ["※第2期健康増進計画・第3 期がん", "", "対策推進計画の検討 にあわせて設定",
                                             "", "予定"]
    assert rows[2][4] == "38.5%"


def test_the_generic_kind_word_in_a_sheet_s_kind_column_is_no_name() -> None:
    """Invented, in the shape of the producer matrix's 004 sheets: the kind column prints the generic `指標` on
    every row; typed as the kind word it is, it stays in its column when the row's name prints on the lines
    around it (`…講座への参` / `加者数`), and the name's lines are the name's. A line between two lines of a wrapped
    name clearly narrower than the name's first line (`関連事業: 読書推進事業`) is no line of that name: another
    cell's (a wrapped cell fills its width on every line but its last)."""
    lines = ["計画最終年度",
             "現状値",
             "基本目標 具体的な施策 区分 指標名 目標値 解説・算出方法など",
             "（令和５年度）",
             "（令和１１年度）",
             "学びと文化プロジェクト",
             "重点施策 1-2 方針2関係:読書に親し 読書が好きだと感じている児童・生徒の割 小学校 80.1％ 小学校 85.0％",
             "む機会の提供と読書活動の推進に向け 指標 関連事業: 読書推進事業",
             "た環境の整備 合 中学校 70.2％ 中学校 75.0％",
             "重点施策 1-2 方針4関係:学校図書",
             "指標 学校図書館の蔵書の充足率 97.6％ 100％ 関連事業: 学校図書館事業",
             "館の充実",
             "重点施策 1-3 方針2関係:市民が生涯",
             "公民館と連携した生涯学習講座への参",
             "にわたり学び続けられる機会の創 指標 173人 190人 関連事業: 生涯学習推進事業",
             "加者数"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[2] for row in rows] == ["", "", "指標", "", "", "指標", "", "", "", "指標", ""]
    assert [row[3] for row in rows[8:11]] == ["公民館と連携した生涯学習講座への参", "", "加者数"]
    assert [row[3] for row in rows[1:4]] == ["読書が好きだと感じている児童・生徒の割", "", "合"]
    assert rows[2][6] == "関連事業: 読書推進事業"


def test_a_name_cut_at_a_clause_keeps_its_line_above_the_values() -> None:
    """004 reportlab sections, pdfplumber's text (lines 612-617): a three-line name centred on its values, its first
    line ending at `、` as wide as the name's middle line and as no other cell beside it (the note `関連事業: …`
    is narrower): the text goes on in the name, so the line is the name's, and its mirror below is too."""
    lines = ["現状値 目標値", "指標名 解説・算出方法など", "（令和5年度） （令和11年度）",
             "授業の中でタブレット端末や電子黒板を使うと、",
             "分かることやできることが増えると感じている児 89.9％ 95.0％ 関連事業: 学校教育情報化推進事業",
             "童・生徒の割合"]
    (table,) = spaced.read_tables(lines)
    assert [row[0] for row in table.grid.matrix()[1:]] == [
        "授業の中でタブレット端末や電子黒板を使うと、", "分かることやできることが増えると感じている児",
        "童・生徒の割合"]


def test_a_reason_s_clause_above_a_one_line_name_stays_the_reason_s() -> None:
    """002 reportlab western, pdfplumber's text (lines 58-62): a reason's line ending at `、` as wide as the one-line
    name beside the values; the reason's lines under the row run on to a sentence's end, so it is the reason's."""
    lines = ["指標名 基準値 目標値 担当課 進捗状況 進捗が遅れている理由",
             "コロナ禍以降、回復傾向にあ",
             "るものの集客が伸びておらず、",
             "華蔵寺公園遊園地年間利用者数 169万人 196万人 文化観光課 進捗の遅れ",
             "また休止した遊具の再開に時",
             "間を要していたため。"]
    (table,) = spaced.read_tables(lines)
    names = [row[0] for row in table.grid.matrix()[1:] if row[0]]
    assert names == ["華蔵寺公園遊園地年間利用者数"]


def test_a_merged_goal_cell_around_a_numbered_row_is_the_rows_goal():
    """Invented Calc sheet, pdfplumber: the merged goal cell prints its label above its first row, its title's first
    line on the row's line with the row number glued to it, the rest under the row (the cell centred on the row).
    The number goes to `No.`, the three lines make the goal cell, the next row's number is no goal heading."""
    lines = ["No. 基本目標 指標名 単位 基準値 目標値 担当課",
             "基本目標１",
             "1地域の産業を伸ばし、働く 特産品の販売件数 件 240 320 産業振興課",
             "場をつくる",
             "2 認定農業者数 経営体 58 65 農林課"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert rows == [["1", "基本目標１ 地域の産業を伸ばし、働く場をつくる", "特産品の販売件数", "件", "240", "320",
                     "産業振興課"],
                    ["2", "", "認定農業者数", "経営体", "58", "65", "農林課"]]


def test_goal_headings_printed_mid_rows_are_given_to_the_rows_nearest_them():
    """Invented: rows above the first goal heading print no goal, so the headings are merged cells centred on their
    rows; each row takes the heading nearest it (a two-line heading measured at its middle), and the heading
    lines go. The goals stay a guess (`Grid.goals_guessed`)."""
    lines = ["基本目標 指標名 基準値 目標値 担当課",
             "町内事業所の新規雇用者数 42人 60人 産業振興課",
             "基本目標１ 地域の産業を",
             "伸ばし、働く場をつくる",
             "認定農業者数 58経営体 65経営体 農林課",
             "移住相談件数 64件 120件 企画課",
             "基本目標２ 新しいひとの流れをつくる",
             "空き家バンクの成約件数 5件 12件 企画課"]
    (table,) = spaced.read_tables(lines)
    rows = table.grid.matrix()[1:]
    assert [row[:2] for row in rows] == [["基本目標１ 地域の産業を伸ばし、働く場をつくる", "町内事業所の新規雇用者数"],
                                         ["基本目標１ 地域の産業を伸ばし、働く場をつくる", "認定農業者数"],
                                         ["基本目標２ 新しいひとの流れをつくる", "移住相談件数"],
                                         ["基本目標２ 新しいひとの流れをつくる", "空き家バンクの成約件数"]]
    assert table.grid.goals_guessed


def test_a_value_glued_to_a_progress_label_and_trailing_headers_in_printed_order() -> None:
    """Invented, in the shape of an Excel sheet printed by pdfplumber: the years over the value columns, their
    roles under them, the middle line naming the other columns in the order they stand (`進捗` before `担当課`);
    the grade printed right after the target without a gap (`3,900やや遅れ`). Read off the lines by hand."""
    assert header_columns([["2019年度", "2025年度"], ["指標", "単位", "進捗", "担当課"],
                           ["（基準値）", "（目標値）"]]) == [
        "指標", "単位", "2019年度\n（基準値）", "2025年度\n（目標値）", "進捗", "担当課"]
    lines = ["2019年度 2025年度", "指標 単位 進捗 担当課", "（基準値） （目標値）",
             "村の総人口 人 4,215 3,900やや遅れ 住民課", "村営住宅の入居率 ％ 82.6% 90.0%達成 建設課"]
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix()[1:] == [["村の総人口", "人", "4,215", "3,900", "やや遅れ", "住民課"],
                                       ["村営住宅の入居率", "％", "82.6%", "90.0%", "達成", "建設課"]]


def test_a_change_column_printed_apart_from_the_values_stands_where_the_rows_print_the_change() -> None:
    # invented, in the shape of layouts 142 (a sheet's pdfplumber text): the header line names 前年度比 after the
    # two-line value headers it stands between; the rows print the change (`+65` = 705 - 640) after the actuals,
    # a fall as a negative figure (`▲11`), and a missing rate as a dash after the target, before the grade
    lines = ["基準値 実績値 実績値 目標値", "指標名 単位 前年度比 達成率 評価 担当課",
             "（H30） （R4） （R5） （R6）",
             "観光入込客数 千人 812 640 705 +65 900 78.3% C 観光課",
             "移住相談件数 件 96 142 131 ▲11 150 87.3% B 企画課",
             "社会増減数 人 ▲124 ▲61 ▲35 +26 0 ― B 企画課"]
    (table,) = spaced.read_tables(lines)
    header, *rows = table.grid.matrix()
    assert header == ["指標名", "単位", "基準値\n（H30）", "実績値\n（R4）", "実績値\n（R5）", "前年度比",
                      "目標値\n（R6）", "達成率", "評価", "担当課"]
    assert rows == [["観光入込客数", "千人", "812", "640", "705", "+65", "900", "78.3%", "C", "観光課"],
                    ["移住相談件数", "件", "96", "142", "131", "▲11", "150", "87.3%", "B", "企画課"],
                    ["社会増減数", "人", "▲124", "▲61", "▲35", "+26", "0", "―", "B", "企画課"]]


def test_a_goal_column_written_upright_gives_each_row_its_goal() -> None:
    # invented, in the shape of layouts 78 (pdfplumber): `担当課` upright across the band (its middle glyph among
    # the middle line's words), `基本` / `目標` and `単` / `位` on the lines around it, and the goal cells written a
    # glyph a line, each glyph on a line of its own or opening a row's line
    lines = ["担", "基本 単", "指標名 基準値（R2） 目標値（R8） 当", "目標 位", "課",
             "新規就農者数 人 3 15 農林課", "１", "稼", "ぐ 町内での創業件数 件 2 10 商工観光課", "ま", "ち",
             "観光消費額 百万円 840 1,200 商工観光課", "２", "転入者数 人 286 330 企画課", "住", "み",
             "た 空き家バンクの登録件数 件 14 40 企画課", "い", "ま", "町営住宅の入居率 ％ 81.5 90.0 建設課", "ち"]
    (table,) = spaced.read_tables(lines)
    header, *rows = table.grid.matrix()
    assert header == ["基本目標", "指標名", "単位", "基準値（R2）", "目標値（R8）", "担当課"]
    assert [row[:2] for row in rows] == [
        ["１ 稼ぐまち", "新規就農者数"], ["１ 稼ぐまち", "町内での創業件数"], ["１ 稼ぐまち", "観光消費額"],
        ["２ 住みたいまち", "転入者数"], ["２ 住みたいまち", "空き家バンクの登録件数"],
        ["２ 住みたいまち", "町営住宅の入居率"]]
    assert rows[1][2:] == ["件", "2", "10", "商工観光課"]


def test_a_header_word_wrapped_around_the_band_s_middle_line_and_a_sentence_above_it() -> None:
    # invented, in the shape of layouts 135: `基本目` / `標` around the middle line; the sentence above the band
    # names header words but is no line of it
    lines = ["各基本目標の指標について、現状値と目標値を示します。", "基本目",
             "重要業績評価指標 現状値 目標値（R11） 担当課", "標",
             "基本目標１ しごとをつくる 市内事業所の新規雇用者数 1,240人（R5） 1,500人以上 商工振興課"]
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix()[0] == ["基本目標", "重要業績評価指標", "現状値", "目標値（R11）", "担当課"]


def test_stacked_header_halves_among_the_middle_line_s_words_and_role_words_over_bracketed_years() -> None:
    # invented, in the shape of layouts 136 (a sheet's pdfplumber text): `単` / `位`, `評` / `価` with their lower
    # halves printed among the middle line's words, `担当課` upright across it, `基準値` / `目標値` over the bracketed
    # years of their cells while the bare years head columns of their own; the grade legend under the rows ends it
    lines = ["担", "単 基準値 目標値 評", "No. 指標名 位 （R1） R3 R4 R5 （R7） 価 当", "課",
             "1観光入込客数 千人 412 298 335 389 450 B 観光商工課",
             "評価 A：目標を達成 B：概ね順調 C：やや遅れ D：遅れ"]
    (table,) = spaced.read_tables(lines)
    header, row = table.grid.matrix()
    assert header == ["No.", "指標名", "単位", "基準値\n（R1）", "R3", "R4", "R5", "目標値\n（R7）", "評価", "担当課"]
    assert row == ["1", "観光入込客数", "千人", "412", "298", "335", "389", "450", "B", "観光商工課"]
    assert (table.first, table.last) == (0, 4)


def test_a_grade_legend_after_a_name_s_last_line_leaves_the_name_whole() -> None:
    # layouts 97 (pdfplumber): the last row's name wraps around its line; the legend under it ends no row early
    lines = ["基準値 実績値 目標値", "No. 指標名 進捗状況 評価", "（R1） （R5） （R7）",
             "地域おこし協力隊員", "4 50.0% 40.0% 80.0% □順調 ■遅れ D", "の定着率",
             "評価 Ａ：目標達成 Ｂ：概ね順調（80%以上） Ｃ：遅れ（50%以上80%未満） Ｄ：大幅な遅れ（50%未満）"]
    (table,) = spaced.read_tables(lines)
    # the name's lines stay in the table for the interpreter to gather (ending the table at the legend lost the
    # interpreter's view past the name's last line: `地域おこし協力隊員` alone), the legend a line of its own
    assert table.last == len(lines) - 1
    assert table.grid.matrix()[3][1] == "の定着率"


def test_a_header_cell_printing_its_word_and_year_a_wide_space_apart_is_one_cell() -> None:
    # invented, pdfplumber's text of a one-row header whose cells print the role word, a full-width space, then the
    # year (`現状　2018`): only the half-width spaces are gutters; the unit's header printed a glyph apart
    lines = ["単 位 現状　2018 実績値　2019 実績値　2020 目標値　2024 指標項目", "件 - 269 223 260 移住相談件数"]
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix() == [
        ["単位", "現状　2018", "実績値　2019", "実績値　2020", "目標値　2024", "指標項目"],
        ["件", "-", "269", "223", "260", "移住相談件数"]]


def test_a_pending_word_keeps_the_values_after_it_in_their_columns() -> None:
    # invented: `未集計` printed for figures not there yet, in the baseline's and an actual's cells
    lines = ["指標名 基準値（R2） 実績値（R3） 実績値（R4） 目標値（R9） 担当課",
             "公共交通の年間利用者数 未集計 137,340人 未集計 139,860人 企画課"]
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix()[1] == ["公共交通の年間利用者数", "未集計", "137,340人", "未集計", "139,860人", "企画課"]


def test_a_goal_band_between_a_header_of_bare_years_and_the_first_row_leaves_the_header_one() -> None:
    # invented: the actual years printed bare, a goal band's heading row over the first rows; the line after the
    # heading prints a figure under each year
    lines = ["KPI 現状(2021) 2022 2023 最終目標値(2027)", "基本目標1：新しいひとの流れをつくる",
             "新規就農者数 11人 11人 12人 15人"]
    (table,) = spaced.read_tables(lines)
    assert table.grid.matrix()[0] == ["KPI", "現状(2021)", "2022", "2023", "最終目標値(2027)"]
    assert table.grid.matrix()[-1] == ["新規就農者数", "11人", "11人", "12人", "15人"]


def test_a_row_over_a_line_read_into_no_row_is_in_doubt() -> None:
    # invented, pdfplumber's text: the last row's name wraps onto the line under its values, after which the table
    # ends; the line is warned of, and the row's values, read under the name's first line alone, are flagged
    text = ("桜ヶ丘市 成果指標の状況\n\n"
            "評価指標 実績値（2016年度） 実績値（2017年度） 目標値（2024年度） 進捗評価\n"
            "観光入込客数（千人） 1,248 1,128 1404 遅れ\n"
            "市内の宿泊施設における延べ 47,120 38,000 35,340 遅れ\n"
            "宿泊者数（人）\n"
            "出典：農林業センサス\n")
    rows = {(r["kpi_name"], r["role"], r["period"], r["uncertain"]) for r in read_text(text)}
    assert ("観光入込客数", "actual", "FY2016", False) in rows  # a row over another row stays sure
    assert {flag for name, _, _, flag in rows if name.startswith("市内の宿泊施設")} == {True}
