"""The whitespace-aligned reader (ingest.text.aligned) on small invented pdftotext `-layout` pages: the mechanisms
that read other governments' layouts (a title over the table, a paragraph after it, two tables side by side, a
name one space from its value, a gutter a note runs over). Every expected cell was read off the text by hand.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import LoadedDocument, split_lines
from ingest.table.rows import without_list_label
from ingest.text import aligned, aligned_segments


def _line(*cells: tuple[int, str]) -> str:
    """A pdftotext `-layout` line: each text at its character position (pdftotext places one character per
    position, full-width or not)."""
    line = ""
    for position, text in cells:
        line = line.ljust(position) + text
    return line


def _page(*lines: str) -> list[str]:
    return list(lines)


TITLE_AND_HEADING = _page(
    _line((0, "青葉町"), (6, "総合戦略"), (13, "指標の進捗状況")),
    "",
    _line((0, "基本目標１"), (8, "働く場をつくる")),
    _line((0, "指標名"), (18, "基準値"), (26, "実績値"), (34, "目標値")),
    _line((0, "創業件数"), (18, "2件"), (26, "5件"), (34, "8件")),
    _line((0, "企業誘致の件数"), (18, "1件"), (26, "3件"), (34, "4件")),
)

PARAGRAPH_AFTER = _page(
    _line((0, "指標名"), (16, "現状値"), (28, "目標値")),
    _line((0, "市内企業への就職者数"), (16, "85 人"), (28, "120 人")),
    _line((0, "受入事業所数"), (16, "12 事業所"), (28, "30 事業所")),
    "また、女性や高齢者の就業を支援する相談窓口を設けて、働き方を広げます。",
)

TWO_UP = _page(
    _line((0, "基本目標１"), (7, "雇用をつくる"), (34, "基本目標２"), (41, "人の流れをつくる")),
    "",
    _line((0, "指標名"), (14, "基準値"), (22, "目標値"), (34, "指標名"), (48, "基準値"), (56, "目標値")),
    "",
    _line((0, "新規雇用者数"), (14, "48人"), (22, "80人"), (34, "転入者数"), (48, "620人"), (56, "700人")),
    _line((0, "農業産出額"), (14, "24億円"), (22, "27億円"), (34, "移住相談件数"), (48, "85件"), (56, "150件")),
)

REPEATED_VALUES = _page(
    _line((0, "指標名"), (12, "基準値"), (20, "実績値"), (28, "目標値"), (36, "最終値")),
    _line((0, "開設日数"), (12, "366日"), (20, "366日"), (28, "366日"), (36, "366日")),
    _line((0, "相談件数"), (12, "12件"), (20, "15件"), (28, "18件"), (36, "20件")),
)

NAME_ONE_SPACE_FROM_VALUE = _page(
    _line((0, "指標名"), (10, "実績値"), (20, "目標値"), (30, "最終値")),
    _line((0, "住みよいと感じてい"), (10, "７４．１％")),
    _line((20, "７５．０％"), (30, "７６．０％")),
    _line((0, "る市民の割合"), (10, "(令和３年度)")),
    _line((0, "新規求人数"), (10, "１，４８６件"), (20, "１，５８７件"), (30, "１，６０２件")),
)

YEAR_LINE_OVERRUNNING_ITS_COLUMN = _page(  # the second year opens right at its column's start, as pdftotext placed it
    _line((0, "指標名"), (10, "基準値"), (19, "実績値"), (30, "目標値")),
    _line((10, "42.5%"), (19, "43.2%"), (30, "60.0%")),
    _line((0, "健診実施率")),
    _line((10, "（平成30年度） （令和３年度）"), (30, "（令和８年度）")),
    _line((0, "相談件数"), (10, "12件"), (19, "15件"), (30, "18件")),
    _line((0, "創業件数"), (10, "2件"), (19, "5件"), (30, "8件")),
)

NOTE_OVER_A_GUTTER = _page(
    _line((0, "指標名"), (10, "実績値"), (20, "目標値"), (30, "進捗状況")),
    _line((0, "求人数"), (10, "1,472件"), (20, "1,630件"), (30, "順調")),
    _line((0, "入込客数"), (10, "258万人"), (20, "365万人"), (30, "遅れ")),
    _line((0, "出生率"), (10, "1.22"), (20, "令和6年度に改 訂")),
    _line((0, "事業所数"), (10, "30件"), (20, "40件"), (30, "順調")),
    _line((0, "相談件数"), (10, "12件"), (20, "18件"), (30, "順調")),
)


def test_title_and_heading_above_the_header_stay_outside_the_table():
    tables = aligned.read_tables(TITLE_AND_HEADING)
    assert len(tables) == 1
    assert tables[0].first == 3  # the header line: title and heading are read around the table
    assert tables[0].grid.matrix() == [["指標名", "基準値", "実績値", "目標値"],
                                       ["創業件数", "2件", "5件", "8件"],
                                       ["企業誘致の件数", "1件", "3件", "4件"]]


def test_a_paragraph_after_a_row_ends_the_table():
    tables = aligned.read_tables(PARAGRAPH_AFTER)
    assert [(t.first, t.last) for t in tables] == [(0, 2)]
    assert tables[0].grid.matrix()[2] == ["受入事業所数", "12 事業所", "30 事業所"]


def test_two_tables_side_by_side_are_read_left_then_right():
    tables = aligned.read_tables(TWO_UP)
    assert len(tables) == 1
    rows = [[text for text in row if text] for row in tables[0].grid.matrix()]
    assert [row for row in rows if row] == [
        ["基本目標１", "雇用をつくる"],
        ["指標名", "基準値", "目標値"],
        ["新規雇用者数", "48人", "80人"],
        ["農業産出額", "24億円", "27億円"],
        ["基本目標２", "人の流れをつくる"],
        ["指標名", "基準値", "目標値"],
        ["転入者数", "620人", "700人"],
        ["移住相談件数", "85件", "150件"],
    ]


# Invented: two tables side by side whose right one pdftotext printed with its cells two spaces apart and lined
# up nowhere (a table set in a proportional font, shrunk to fit): the header printed twice says two-up, but the
# right half holds no two columns.
TWO_UP_RIGHT_UNALIGNED = _page(
    "指標名  基準値（R1）  目標値（R6）  担当課  指標名  基準値（R1）  目標値（R6）  担当課",
    "空き家の活用件数  4件  12件  建設課      健康教室の参加者数  320人  600人  健康課",
    "移住相談件数  28件   40件      企画課  自主防災組織数  18団体  25団体  防災課",
    "創業支援件数  3件  8件    商工課       見守り協力事業者数  24事業者  40事業者  福祉課",
    "農泊の受入件数  15件  30件     農林課   健診受診率  41.2%  60.0%  健康課",
)


def test_a_half_of_a_two_up_page_without_columns_is_kept_line_by_line():
    """The half no columns fit is not dropped: each of its lines one text, after the left table's rows."""
    tables = aligned.read_tables(TWO_UP_RIGHT_UNALIGNED)
    assert len(tables) == 1
    rows = [[text for text in row if text] for row in tables[0].grid.matrix()]
    assert rows == [
        ["指標名", "基準値（R1）", "目標値（R6）", "担当課"],
        ["空き家の活用件数", "4件", "12件", "建設課"],
        ["移住相談件数", "28件", "40件", "企画課"],
        ["創業支援件数", "3件", "8件", "商工課"],
        ["農泊の受入件数", "15件", "30件", "農林課"],
        ["指標名 基準値（R1） 目標値（R6） 担当課"],
        ["健康教室の参加者数 320人 600人 健康課"],
        ["自主防災組織数 18団体 25団体 防災課"],
        ["見守り協力事業者数 24事業者 40事業者 福祉課"],
        ["健診受診率 41.2% 60.0% 健康課"],
    ]


def test_values_repeated_along_a_row_are_no_second_table():
    tables = aligned.read_tables(REPEATED_VALUES)
    assert len(tables) == 1 and tables[0].grid.n_cols == 5
    assert tables[0].grid.matrix()[1] == ["開設日数", "366日", "366日", "366日", "366日"]


def test_a_name_one_space_from_its_value_is_split_at_the_column_start():
    matrix = aligned.read_tables(NAME_ONE_SPACE_FROM_VALUE)[0].grid.matrix()
    assert matrix[1][:2] == ["住みよいと感じてい", "７４．１％"]
    assert matrix[3][:2] == ["る市民の割合", "(令和３年度)"]
    assert matrix[4] == ["新規求人数", "１，４８６件", "１，５８７件", "１，６０２件"]


def test_two_year_lines_one_space_apart_are_split_at_the_column_start():
    """A year line under a value wider than its column runs up to the next one's (pdftotext keeps one space):
    each value keeps its own year, not the one of the value before it or its column's header."""
    matrix = aligned.read_tables(YEAR_LINE_OVERRUNNING_ITS_COLUMN)[0].grid.matrix()
    assert matrix[3] == ["", "（平成30年度）", "（令和３年度）", "（令和８年度）"]
    assert aligned._starts_value("（令和３年度）", "（平成30年度）")
    assert not aligned._starts_value("（令和３年度）", "（平成30")  # a bracket left open: one remark


def test_a_single_space_inside_one_cell_is_kept():
    assert not aligned._starts_value("5 年度）", "（令和")  # an open bracket: one period
    assert not aligned._starts_value("歳", "79.4")  # a unit after its number
    assert aligned._starts_value("７４．１％", "感じてい")


def test_a_gutter_a_note_runs_over_still_separates_two_columns():
    matrix = aligned.read_tables(NOTE_OVER_A_GUTTER)[0].grid.matrix()
    assert matrix[0] == ["指標名", "実績値", "目標値", "進捗状況"]
    assert matrix[1] == ["求人数", "1,472件", "1,630件", "順調"]
    assert matrix[4] == ["事業所数", "30件", "40件", "順調"]


def test_a_circled_number_opening_a_name_is_its_list_label():
    assert without_list_label("①観光案内所の利用者数") == "観光案内所の利用者数"
    assert without_list_label("②") == "②"
    assert without_list_label("観光案内所の利用者数") == "観光案内所の利用者数"


PAGE_BREAK = "\f"  # how ingest.document keeps a form feed's empty line (a page break of pdftotext's output)

HEADER_REPEATED_ON_A_NEW_PAGE = _page(
    _line((0, "指標名"), (20, "現状値"), (30, "目標値")),
    _line((0, "創業件数"), (20, "2件"), (30, "8件")),
    PAGE_BREAK,  # the next page's text is scaled otherwise: its columns stand elsewhere
    _line((0, "指標名"), (14, "現状値"), (22, "目標値")),
    _line((0, "転入者数"), (14, "620人"), (22, "700人")),
)

CONTINUED_ON_A_PAGE_SCALED_OTHERWISE = _page(
    _line((0, "指標名"), (14, "基準値"), (24, "実績値"), (34, "目標値"), (44, "理由")),
    _line((0, "創業件数"), (14, "2件"), (24, "5件"), (34, "8件"), (44, "景気の後退")),
    "",
    "",
    _line((22, "-1-")),
    PAGE_BREAK,  # no header on this page, positions × 0.8, the reason column empty
    _line((0, "転入者数"), (11, "620人"), (19, "650人"), (27, "700人")),
    _line((0, "出生数"), (11, "302人"), (19, "287人"), (27, "320人")),
)

VALUE_PUSHED_OUT_OF_A_WIDE_NAME = _page(
    _line((0, "指標名"), (16, "実績値"), (26, "目標値")),
    _line((0, "移住相談会の参加者数"), (16, "85人"), (26, "150人")),
    _line((0, "転入者数"), (16, "620人"), (26, "700人")),
    _line((0, "出生数"), (16, "302人"), (26, "320人")),
    _line((0, "創業件数"), (16, "5件"), (26, "8件")),
    _line((0, "分かることが増えたと感じる児 89.9%"), (26, "95.0%")),  # a name wider than its column
    _line((0, "と感じている市民の割合 －"), (26, "50.0%")),
    _line((0, "健康寿命"), (16, "男性 77.4歳"), (26, "80.0歳")),
)

YEAR_MAJOR = _page(
    _line((0, "基本目標１"), (10, "村に人を呼び込む")),
    _line((8, "年度"), (16, "転入者数"), (30, "出生数")),
    "",
    _line((16, "（人）"), (30, "（人）")),
    "",
    _line((0, "令和元年度（基準値）"), (20, "1,284"), (32, "302")),
    "",
    _line((0, "令和２年度"), (20, "1,190"), (32, "287")),
    "",
    _line((0, "令和７年度（目標値）"), (20, "1,400"), (32, "320")),
)


def test_a_header_repeated_after_a_page_break_starts_a_table_of_its_own():
    tables = aligned.read_tables(HEADER_REPEATED_ON_A_NEW_PAGE)
    assert [t.grid.matrix() for t in tables] == [[["指標名", "現状値", "目標値"], ["創業件数", "2件", "8件"]],
                                                [["指標名", "現状値", "目標値"], ["転入者数", "620人", "700人"]]]


def test_a_table_continued_on_a_page_scaled_otherwise_keeps_the_columns_before():
    tables = aligned.read_tables(CONTINUED_ON_A_PAGE_SCALED_OTHERWISE)
    assert len(tables) == 2
    assert tables[1].grid.matrix() == [["転入者数", "620人", "650人", "700人", ""],
                                       ["出生数", "302人", "287人", "320人", ""]]


def test_a_value_pushed_out_of_its_column_by_a_wide_name_is_split_off():
    matrix = aligned.read_tables(VALUE_PUSHED_OUT_OF_A_WIDE_NAME)[0].grid.matrix()
    assert matrix[5] == ["分かることが増えたと感じる児", "89.9%", "95.0%"]
    assert matrix[6] == ["と感じている市民の割合", "－", "50.0%"]  # a placeholder pushed into the gutter
    assert matrix[7] == ["健康寿命", "男性 77.4歳", "80.0歳"]  # a segment label inside its value's column stays


def test_a_table_printed_sideways_is_handed_over_as_plain_rows():
    tables = aligned.read_tables(YEAR_MAJOR)
    assert len(tables) == 1
    grid = tables[0].grid
    assert tables[0].first == 1  # the goal heading above stays a text line
    assert not grid.line_rows  # one record a line: the interpreter may turn it
    # the header centred over numbers aligned right shares their column
    assert grid.matrix() == [["年度", "転入者数", "出生数"], ["", "（人）", "（人）"],
                             ["令和元年度（基準値）", "1,284", "302"], ["令和２年度", "1,190", "287"],
                             ["令和７年度（目標値）", "1,400", "320"]]


def test_a_page_break_stays_visible_in_the_loaded_lines():
    # pdftotext ends every page with a form feed: the same lines as str.splitlines, the page's empty line kept as it
    assert split_lines("指標名\n創業件数\n\f指標名\n\n転入者数\n\f") == ["指標名", "創業件数", PAGE_BREAK, "指標名", "",
                                                                         "転入者数", PAGE_BREAK]


# 均等割り付け: header words and department cells spread letter by letter over their cells; pdftotext keeps the
# target one space from the spread department (`24件 企   画   課`)
SPREAD_LETTERS = _page(
    _line((0, "指"), (11, "標"), (20, "名"), (24, "基準値（R1）"), (39, "目標値（R7）"),
          (49, "担"), (53, "当"), (57, "課")),
    "",
    _line((0, "図書館の貸出冊数"), (30, "8千冊"), (43, "12千冊"), (50, "生"), (54, "涯"), (58, "学"), (62, "習"),
          (66, "課")),
    _line((0, "公民館講座の受講者数"), (31, "420人"), (44, "600人"), (49, "生"), (53, "涯"), (57, "学"), (61, "習"),
          (65, "課")),
)


def test_a_word_spread_letter_by_letter_is_one_cell():
    assert [s.text for s in aligned.segments(SPREAD_LETTERS[0])] == ["指標名", "基準値（R1）", "目標値（R7）", "担当課"]
    # the single space before a spread word separates two cells; the spread word's own gaps join it
    assert [s.text for s in aligned.segments(SPREAD_LETTERS[3])] == [
        "公民館講座の受講者数", "420人", "600人", "生涯学習課"]
    assert aligned.read_tables(SPREAD_LETTERS)[0].grid.matrix() == [
        ["指標名", "基準値（R1）", "目標値（R7）", "担当課"], ["", "", "", ""],
        ["図書館の貸出冊数", "8千冊", "12千冊", "生涯学習課"], ["公民館講座の受講者数", "420人", "600人", "生涯学習課"]]


def test_one_letter_cells_are_no_spread_word():
    # a unit repeated in every column, and letters whose gaps differ much, stay cells of their own
    assert [s.text for s in aligned.segments("人   人   人")] == ["人", "人", "人"]
    assert [s.text for s in aligned.segments("済  未           可")] == ["済", "未", "可"]


# two narrow gutters that pdftotext closes to one space in the rows: the department after the target, and the row
# number before the name; the header words stand apart over them
NARROW_GUTTERS = _page(
    _line((0, "No."), (14, "指標名"), (30, "基準値（R1）"), (44, "目標値（R7）"), (56, "担当課")),
    "",
    _line((2, "1 放課後児童クラブの定員"), (32, "180人"), (48, "240人 福祉課")),
    _line((2, "2 放課後子ども教室の参加児童数"), (32, "1,020人"), (46, "1,300人 教育総務課")),
    _line((2, "3 子ども食堂を開いた団体の数"), (33, "3か所"), (48, "8か所"), (56, "福祉課")),
)


def test_header_words_standing_apart_split_a_column_the_rows_run_together():
    assert aligned.read_tables(NARROW_GUTTERS)[0].grid.matrix() == [
        ["No.", "指標名", "基準値（R1）", "目標値（R7）", "担当課"], ["", "", "", "", ""],
        ["1", "放課後児童クラブの定員", "180人", "240人", "福祉課"],
        ["2", "放課後子ども教室の参加児童数", "1,020人", "1,300人", "教育総務課"],
        ["3", "子ども食堂を開いた団体の数", "3か所", "8か所", "福祉課"]]


# a target cell holding a note that runs one space into the progress column, under header words that stand apart
NOTE_INTO_PROGRESS = _page(
    _line((0, "指標名"), (16, "実績値"), (26, "目標値"), (40, "進捗状況")),
    _line((0, "空き店舗の活用数"), (16, "4件"), (26, "6件"), (40, "順調")),
    _line((0, "商店街の来街者数"), (16, "2,100人"), (26, "調査方法の 変更により 遅れ")),
)


def test_a_note_running_into_the_next_column_splits_at_its_last_space_there():
    assert aligned.read_tables(NOTE_INTO_PROGRESS)[0].grid.matrix() == [
        ["指標名", "実績値", "目標値", "進捗状況"], ["空き店舗の活用数", "4件", "6件", "順調"],
        ["商店街の来街者数", "2,100人", "調査方法の 変更により", "遅れ"]]


# a name cut by a page break (LibreOffice lets a row break): its first line ends in a particle, so the name goes on
# on the next page, whose first text line holds the rest; that page continues the table without its header, placed
# by pdftotext on a grid of its own, the target one space from the department as under the header before
CUT_BY_PAGE_BREAK = _page(
    _line((10, "指標名"), (24, "基準値（R1）"), (38, "目標値（R7）"), (50, "担当課")),
    "",
    _line((0, "図書館の年間来館者数"), (26, "8.2万人"), (42, "9万人 生涯学習課")),
    "",
    _line((0, "地域の公民館講座に"), (27, "420人"), (42, "600人 生涯学習課")),
    "",
    _line((24, "-1-")),
    PAGE_BREAK,
    "参加した市民の数",
    "",
    _line((0, "市民農園の区画数"), (22, "40区画"), (33, "55区画 農政課")),
    "",
    _line((0, "農業体験の参加者数"), (23, "310人"), (33, "450人 農政課")),
)

# the same name cut before a page that repeats the header: the rest of the name comes after the header
CUT_BEFORE_REPEATED_HEADER = [*CUT_BY_PAGE_BREAK[:8], CUT_BY_PAGE_BREAK[0], "", *CUT_BY_PAGE_BREAK[8:]]


def test_a_name_cut_by_a_page_break_takes_the_next_pages_first_line():
    first, rest = aligned.read_tables(CUT_BY_PAGE_BREAK)
    assert first.grid.matrix()[-1] == ["地域の公民館講座に\n参加した市民の数", "420人", "600人", "生涯学習課"]
    # which line goes on a name across a page is a guess: that row is flagged, not the table
    assert not first.grid.uncertain and first.grid.uncertain_rows == {first.grid.matrix().index(
        ["地域の公民館講座に\n参加した市民の数", "420人", "600人", "生涯学習課"])}
    assert first.last == 8  # the rest of the name is the table's line
    # the next page's rows, placed under the columns before, split where the header split them on page one
    assert [row for row in rest.grid.matrix() if any(row)] == [
        ["市民農園の区画数", "40区画", "55区画", "農政課"], ["農業体験の参加者数", "310人", "450人", "農政課"]]


def test_a_name_cut_before_a_repeated_header_takes_the_first_line_under_it():
    first, rest = aligned.read_tables(CUT_BEFORE_REPEATED_HEADER)
    assert first.grid.matrix()[-1] == ["地域の公民館講座に\n参加した市民の数", "420人", "600人", "生涯学習課"]
    assert "参加した市民の数" not in [text for row in rest.grid.matrix() for text in row]  # read once


def test_a_closed_name_before_a_page_break_keeps_its_own_text():
    page = [line.replace("講座に", "講座数") for line in CUT_BY_PAGE_BREAK]
    first = aligned.read_tables(page)[0]
    assert first.grid.matrix()[-1] == ["地域の公民館講座数", "420人", "600人", "生涯学習課"]
    assert not first.grid.uncertain


def test_the_joined_name_is_read_with_its_values_and_flagged():
    from ingest.text.generic import read_with

    document = LoadedDocument("cut.txt", Path("cut.txt"), "", "text", lines=CUT_BY_PAGE_BREAK)
    rows = read_with(document, None, (aligned.read_tables,), "generic").rows
    cut = [row for row in rows if row.name.replace("\n", "") == "地域の公民館講座に参加した市民の数"]
    assert len(cut) == 1 and cut[0].department == "生涯学習課"
    assert [cell.uncertain for cell in cut[0].cells] == [True, True]  # 420人, 600人: flagged
    above = [row for row in rows if row.name == "図書館の年間来館者数"]
    assert [cell.uncertain for cell in above[0].cells] == [False, False]  # a row the join did not touch: certain
    after = [row for row in rows if row.name == "市民農園の区画数"]
    assert len(after) == 1 and after[0].department == "農政課"


# a joint vision's table: one row per member municipality, the name cell merged over its members and centred on
# them, records one blank line apart (the name on the middle member's line) or touching (the name on a line of its
# own between the two members)
MEMBER_ROWS = _page(
    _line((0, "成果指標"), (18, "市町村"), (27, "基準値"), (37, "目標値")),
    "",
    _line((0, "救急医療機関の数"), (18, "圏域全体"), (27, "4施設"), (37, "5施設")),
    "",
    _line((18, "北野市"), (27, "120件"), (37, "150件")),
    "",
    _line((0, "移住相談件数"), (18, "南川町"), (27, "35件"), (37, "50件")),
    "",
    _line((18, "東原村"), (27, "12件"), (37, "20件")),
    "",
    _line((0, "観光入込客数"), (18, "圏域全体"), (27, "320万人"), (37, "360万人")),
    "",
    _line((18, "北野市"), (27, "85万人"), (37, "90万人")),
    _line((0, "公共交通の利用者数")),
    _line((18, "南川町"), (27, "12万人"), (37, "13万人")),
)


def _rows_of(lines: list[str]):
    from ingest.text.generic import read_with

    document = LoadedDocument("members.txt", Path("members.txt"), "", "text", lines=lines)
    return read_with(document, None, (aligned.read_tables,), "generic")


def test_member_rows_under_a_centred_name_take_that_name_flagged_as_guessed():
    rows = _rows_of(MEMBER_ROWS).rows
    cells = {(row.name, cell.segment, cell.text): cell.uncertain for row in rows for cell in row.cells}
    assert [row.name for row in rows] == ["救急医療機関の数", "移住相談件数", "観光入込客数", "公共交通の利用者数"]
    # the member printed beside the name is certain; the two above and below it take the name by a guess
    assert cells[("移住相談件数", "南川町", "35件")] is False
    assert cells[("移住相談件数", "北野市", "120件")] is True
    assert cells[("移住相談件数", "東原村", "20件")] is True
    # members on touching lines around their name: each its own values, none joined with the other's
    assert cells[("公共交通の利用者数", "北野市", "85万人")] is False
    assert cells[("公共交通の利用者数", "南川町", "13万人")] is False
    assert len(cells) == 14


def test_member_rows_no_centred_split_covers_are_rejected_not_guessed():
    # the name printed on the first member's line (top-aligned) with two members below: no group has the name at
    # its centre, so the two nameless rows are rejected instead of given a name
    lines = [*MEMBER_ROWS[:3], *MEMBER_ROWS[5:9], "", MEMBER_ROWS[4]]
    result = _rows_of(lines)
    assert [row.name for row in result.rows] == ["救急医療機関の数", "移住相談件数"]
    assert [cell.segment for cell in result.rows[1].cells] == ["南川町", "南川町"]
    assert [r.reason for r in result.rejects].count("value row without indicator name") == 2


# an Excel export: a measure cell wrapped to its column's width runs one space short of the name column, where
# the header and the other rows start their names (layouts 33)
WRAPPED_INTO_NAMES = _page(
    _line((0, "施策"), (14, "指標名"), (40, "基準値"), (50, "目標値")),
    _line((14, "新規就農者数（町の支援制度を利用")),
    _line((0, "施策１"), (6, "農業の担い手育"), (14, "した者の累計人数）"), (40, "3人"), (50, "15人")),
    _line((6, "成")),
    _line((14, "農地の利用集積面積"), (40, "120ha"), (50, "180ha")),
    _line((0, "施策２"), (6, "商工業の振興"), (13, "町内での創業件数"), (40, "2件"), (50, "10件")),
)


def test_a_wrapped_cell_running_into_the_next_column_is_cut_where_its_header_starts():
    (table,) = aligned.read_tables(WRAPPED_INTO_NAMES)
    rows = table.grid.matrix()
    # the texts starting under 指標名 (within a position: `町内での…` one short) are the names; the measure
    # cell's lines before them stand in a column of their own, which no header word names
    assert [row[2] for row in rows] == ["指標名", "新規就農者数（町の支援制度を利用", "した者の累計人数）", "",
                                        "農地の利用集積面積", "町内での創業件数"]
    assert [row[1] for row in rows] == ["", "", "農業の担い手育", "成", "", "商工業の振興"]
    assert [row[3] for row in rows] == ["基準値", "", "3人", "", "120ha", "2件"]


# a measure's KPI table with its list of actions right under it, no blank line between (layouts 56)
LIST_UNDER_TABLE = _page(
    _line((0, "重要業績評価指標"), (26, "基準値（R2）"), (42, "目標値（R7）")),
    _line((0, "新規就農者数（累計）"), (26, "2人"), (42, "12人")),
    _line((0, "森林整備面積"), (26, "85ha"), (42, "150ha")),
    _line((0, "（主な取組）")),
    _line((0, "・新規就農者への研修と農地の紹介")),
    _line((0, "・町有林の間伐と作業道の整備")),
)


def test_a_list_right_under_a_table_is_no_wrapped_name_of_its_last_row():
    (table,) = aligned.read_tables(LIST_UNDER_TABLE)
    assert table.last == 2
    assert table.grid.matrix()[-1] == ["森林整備面積", "85ha", "150ha"]


def test_one_line_under_the_last_row_is_still_its_wrapped_name():
    (table,) = aligned.read_tables([*LIST_UNDER_TABLE[:3], _line((0, "（町有林）")), "", "本文です。"])
    assert table.last == 3  # the line stays the table's: the interpreter joins it to the name above
    assert table.grid.matrix()[-2:] == [["森林整備面積", "85ha", "150ha"], ["（町有林）", "", ""]]


def test_a_name_wrapped_between_reason_lines_stays_with_the_last_row():
    # the last row's name goes on at the margin between the indented lines of its reason (002 as pdftotext lays
    # it out): lines of one text that are not all at the margin are wrapped cells, not a list after the table
    page = _page(
        _line((0, "指標名"), (26, "基準値"), (36, "目標値"), (46, "理由")),
        _line((46, "参加者数が")),
        _line((0, "高等教育機関との連携"), (26, "248人"), (36, "380人"), (46, "減少し")),
        _line((46, "戻らない")),
        _line((0, "参加者数")),
        _line((46, "ため。")),
    )
    (table,) = aligned.read_tables(page)
    assert table.last == 4  # the reason's line and the name's last line (MAX_TRAILING_LINES of them)
    assert table.grid.matrix()[-1] == ["参加者数", "", "", ""]


def test_a_value_one_space_after_a_name_at_its_column_start_does_not_cut_the_name_column():
    # `…増えると感じ ８９．９％` runs over the name column into 基準値: the value is split off by its own
    # mechanism; the name column keeps one column for the name's lines
    page = _page(
        _line((0, "指標名"), (13, "基準値"), (23, "目標値")),
        _line((0, "授業でタブレットを使うと")),
        _line((0, "分かることが増えると感じ"), (13, "８９．９％"), (23, "９５．０％")),
        _line((0, "ている児童の割合")),
    )
    (table,) = aligned.read_tables(page)
    assert [len(row) for row in table.grid.matrix()] == [3, 3, 3, 3]
    assert table.grid.matrix()[2] == ["分かることが増えると感じ", "８９．９％", "９５．０％"]


def test_a_reason_running_on_under_the_last_row_stays_in_the_table():
    # a long reason centred on the last row runs on, indented in its column, past the name's last line: every line
    # starting where the reason's line above starts is the reason going on (002 -layout reportlab), not text after
    # the table; a line at the margin after it is
    page = _page(
        _line((0, "指標名"), (26, "基準値"), (36, "目標値"), (46, "理由")),
        _line((46, "学習の楽しさに")),
        _line((0, "英語の学習が楽しい"), (26, "88.7%"), (36, "94.5%"), (46, "繋がる、自らの")),
        _line((0, "と感じる割合"), (46, "知識や技能の伸")),
        _line((46, "びについて、気")),
        _line((46, "付いたりする機")),
        _line((46, "会が少ない。")),
        _line((0, "本文です。")),
    )
    (table,) = aligned.read_tables(page)
    assert table.last == 6
    assert [row[3] for row in table.grid.matrix()[-3:]] == ["びについて、気", "付いたりする機", "会が少ない。"]


# a name wrapped at its column's width beside segment values, one segment a line (002 -layout LibreOffice)
SEGMENTS_UNDER_A_WRAPPED_NAME = _page(
    _line((0, "指標名"), (14, "基準値"), (28, "目標値")),
    _line((0, "英語の学習が楽しいと"), (14, "小学校 88.7%"), (28, "小学校 90.0%")),
    _line((0, "感じている児童・"), (14, "中学校 82.8%"), (28, "中学校 85.0%")),
    _line((0, "生徒の割合")),
    "",
    _line((0, "創業件数"), (14, "10件"), (28, "28件")),
)


def test_the_next_segment_under_a_name_filling_its_column_goes_on_with_that_name():
    rows = _rows_of(SEGMENTS_UNDER_A_WRAPPED_NAME).rows
    names = [row.name.replace("\n", "") for row in rows]
    assert names == ["英語の学習が楽しいと感じている児童・生徒の割合", "創業件数"]
    # one cell a column holding both segments' values, which the record step reads as two segments
    assert [cell.text for cell in rows[0].cells] == ["小学校 88.7%\n中学校 82.8%", "小学校 90.0%\n中学校 85.0%"]


def test_a_continued_tables_first_name_starting_above_its_values_keeps_its_first_line():
    # a table continued on a new page without its header: its first row's name wraps around its values, the name's
    # first line at the margin right under the page break (002/003 -layout reportlab western)
    page = _page(
        _line((0, "指標名"), (20, "基準値"), (30, "目標値")),
        _line((0, "妊婦健康診査受診率"), (20, "80.5%"), (30, "82.0%")),
        "",
        _line((20, "-2-")),
        PAGE_BREAK,
        "子育て世代包括支援センター相談件",
        _line((20, "1,946件"), (30, "2,865件")),
        "数",
        _line((0, "保育施設待機児童数"), (20, "12人"), (30, "0人")),
    )
    tables = aligned.read_tables(page)
    assert [(t.first, t.last) for t in tables] == [(0, 1), (5, 8)]
    assert [row[0] for row in tables[1].grid.matrix()] == [
        "子育て世代包括支援センター相談件", "", "数", "保育施設待機児童数"]


def test_a_running_title_over_a_continued_table_stays_out_of_it():
    # the same page with a running title over a first row that prints its own name: the title is no name's line
    page = _page(
        _line((0, "指標名"), (20, "基準値"), (30, "目標値")),
        _line((0, "妊婦健康診査受診率"), (20, "80.5%"), (30, "82.0%")),
        PAGE_BREAK,
        "総合戦略の検証シート",
        _line((0, "保育施設待機児童数"), (20, "12人"), (30, "0人")),
        _line((0, "放課後児童クラブ数"), (20, "78カ所"), (30, "97カ所")),
    )
    tables = aligned.read_tables(page)
    assert [(t.first, t.last) for t in tables] == [(0, 1), (4, 5)]


# a name cut by a page break in a name column right of a kind column: its rest stands in that column on the next
# page, under the repeated header, wrapped over two lines (002 -layout LibreOffice hrules)
CUT_IN_A_NAME_COLUMN = _page(
    _line((0, "区分"), (6, "指標名"), (24, "基準値"), (34, "目標値")),
    _line((0, "KPI"), (6, "鉄道利用者数"), (24, "490万人"), (34, "492万人")),
    _line((0, "KPI"), (6, "中心市街地に"), (24, "1,078人"), (34, "1,270人")),
    "",
    PAGE_BREAK,
    _line((0, "区分"), (6, "指標名"), (24, "基準値"), (34, "目標値")),
    _line((6, "おける歩")),
    _line((6, "行者等通行量")),
    _line((0, "KPI"), (6, "バス利用者数"), (24, "29万人"), (34, "34万人")),
)


def test_a_name_cut_in_its_column_takes_its_rest_from_that_column_on_the_next_page():
    first, rest = aligned.read_tables(CUT_IN_A_NAME_COLUMN)
    assert first.grid.matrix()[-1] == ["KPI", "中心市街地に\nおける歩\n行者等通行量", "1,078人", "1,270人"]
    assert first.grid.uncertain_rows == {len(first.grid.matrix()) - 1} and not first.grid.uncertain
    assert [row[1] for row in rest.grid.matrix() if any(row)] == ["指標名", "バス利用者数"]


# a row split by a page break mid-word (LibreOffice lets a tall row break): its name and its measure go on under the
# header repeated on the next page, on a line before the next row's values; a line without name text (the measure's
# last line) parts that rest from the next row's name, so it cannot be the next row's (004 -layout LibreOffice hrules)
ROW_SPLIT_BY_A_PAGE_BREAK = _page(
    _line((0, "施策"), (14, "指標名"), (34, "基準値"), (44, "目標値")),
    _line((0, "就労支援"), (14, "日本語講座への参"), (34, "173人"), (44, "190人")),
    "",
    PAGE_BREAK,
    _line((0, "施策"), (14, "指標名"), (34, "基準値"), (44, "目標値")),
    _line((0, "の充実"), (14, "加者数")),
    _line((0, "と創出")),
    _line((0, "交流の推進"), (14, "交流イベントの参加者数"), (34, "2,566人"), (44, "2,820人")),
)


def test_a_row_split_by_a_page_break_takes_its_rest_from_under_the_repeated_header():
    first, rest = aligned.read_tables(ROW_SPLIT_BY_A_PAGE_BREAK)
    assert first.grid.matrix()[-1] == ["就労支援\nの充実", "日本語講座への参\n加者数", "173人", "190人"]
    assert first.grid.uncertain_rows == {len(first.grid.matrix()) - 1}  # where a row was cut is a guess
    assert not first.grid.uncertain  # …of that row only
    assert [row for row in rest.grid.matrix() if any(row)] == [
        ["施策", "指標名", "基準値", "目標値"], ["と創出", "", "", ""],
        ["交流の推進", "交流イベントの参加者数", "2,566人", "2,820人"]]


def test_a_row_split_by_a_page_break_flags_its_own_values_only():
    # one joined row in doubt says nothing of the rows above it: before, every value of the table was flagged
    page = [*ROW_SPLIT_BY_A_PAGE_BREAK[:1], _line((0, "就労支援"), (14, "外国人相談件数"), (34, "95件"), (44, "120件")),
            *ROW_SPLIT_BY_A_PAGE_BREAK[1:]]
    flags = {(row.name, cell.text): cell.uncertain for row in _rows_of(page).rows for cell in row.cells}
    assert flags[("外国人相談件数", "95件")] is False and flags[("外国人相談件数", "120件")] is False
    assert flags[("日本語講座への参\n加者数", "173人")] is True and flags[("日本語講座への参\n加者数", "190人")] is True
    assert flags[("交流イベントの参加者数", "2,566人")] is False


def test_header_texts_one_space_apart_name_a_column_each():
    # a page printed from a browser: header cells as wide as their text, one space apart, over values set apart by
    # wider gaps (layouts 75); a bare year after a role word stays with it
    page = _page(
        _line((0, "指標名"), (30, "基準値（令和元年度） 実績値（令和６年度） 目標値（令和７年度）")),
        "",
        _line((0, "市内事業所の従業者数"), (38, "28,400人"), (49, "28,950人"), (61, "29,500人")),
        "",
        _line((0, "創業支援による創業件数"), (38, "18件"), (49, "25件"), (61, "30件")),
    )
    assert [s.text for s in aligned.segments(page[0])] == [
        "指標名", "基準値（令和元年度）", "実績値（令和６年度）", "目標値（令和７年度）"]
    with_year = _line((0, "指標名"), (10, "目標値 （R7）"))
    assert [s.text for s in aligned.segments(with_year)] == ["指標名", "目標値 （R7）"]
    (table,) = aligned.read_tables(page)
    assert [row for row in table.grid.matrix() if any(row)] == [
        ["指標名", "基準値（令和元年度）", "実績値（令和６年度）", "目標値（令和７年度）"],
        ["市内事業所の従業者数", "28,400人", "28,950人", "29,500人"],
        ["創業支援による創業件数", "18件", "25件", "30件"]]


def test_two_tables_one_blank_line_apart_are_read_under_their_own_headers():
    # each table's numbers placed by pdftotext from its own text: the first table's columns do not line up with the
    # second's, so one block over both would mix them (layouts 69); the goal heading goes with the second table
    page = _page(
        _line((0, "指標名"), (24, "基準値"), (34, "目標値")),
        _line((0, "新規就職者数"), (26, "320"), (36, "400")),
        _line((0, "シルバー人材センターの会員数"), (24, "1,240"), (34, "1,300")),
        "",
        _line((0, "基本目標２"), (8, "住みたいまち")),
        _line((0, "指標名"), (14, "基準値"), (22, "目標値")),
        _line((0, "観光入込客数"), (14, "485"), (22, "600")),
        _line((0, "移住相談の件数"), (14, "64"), (22, "120")),
    )
    first, second = aligned.read_tables(page)
    assert (first.first, first.last) == (0, 2)
    assert first.grid.matrix() == [["指標名", "基準値", "目標値"], ["新規就職者数", "320", "400"],
                                   ["シルバー人材センターの会員数", "1,240", "1,300"]]
    assert [row for row in second.grid.matrix() if any(row)][-2:] == [["観光入込客数", "485", "600"],
                                                                      ["移住相談の件数", "64", "120"]]


def test_a_note_under_the_table_ends_it_before_a_legend():
    # a legend of grades after the note under the table is no row of it (layouts 79): the note line ends the block
    # (a legend right under the table, without a note, would still be read as a row)
    page = _page(
        _line((0, "指標名"), (20, "基準値"), (30, "目標値"), (40, "評価")),
        _line((0, "新規就職者数"), (20, "24人"), (30, "36人"), (40, "Ｂ")),
        _line((0, "特産品の販売額"), (20, "4,200万円"), (30, "5,200万円"), (40, "Ａ")),
        "",
        "※進捗率＝（実績値−基準値）÷（目標値−基準値）",
        _line((0, "評価"), (5, "Ａ：目標達成"), (17, "Ｂ：概ね順調"), (29, "Ｃ：遅れている")),
    )
    (table,) = aligned.read_tables(page)
    assert table.last == 2  # the note and the legend are text after the table


def test_a_values_year_line_under_the_rows_is_no_second_header():
    # year lines are header text, but name no column: the table goes on under them (003 -layout reportlab)
    page = _page(
        _line((21, "現状値"), (41, "目標値")),
        "指標名",
        _line((21, "（令和元年度）"), (41, "（令和9年度）")),
        _line((21, "187事業所"), (41, "195事業所")),
        "製造業の事業所数",
        _line((21, "(平成29年)"), (41, "(令和8年)")),
        _line((21, "27,517人"), (41, "28,560人")),
        "製造業の従業者数",
    )
    (table,) = aligned.read_tables(page)
    assert (table.first, table.last) == (0, 7)


def test_a_header_over_values_alone_stays_with_the_names_printed_above_it():
    # names in a block of their own, then a header over their values (layouts 06): the header follows rows of
    # values, but no row under it prints a name, so the block is not cut there
    page = _page(
        _line((2, "指標名"), (30, "基準値"), (42, "目標値")),
        _line((2, "健康診査受診率"), (31, "38.7%"), (43, "50.0%")),
        "",
        _line((2, "デマンドタクシー登録者数")),
        _line((2, "高齢者サロン開設数")),
        "",
        _line((30, "基準値"), (42, "目標値")),
        _line((31, "420人"), (43, "600人")),
        _line((31, "9か所"), (43, "15か所")),
    )
    (table,) = aligned.read_tables(page)
    assert (table.first, table.last) == (0, 8)


def test_a_name_spaced_before_its_number_after_a_particle_is_read_flagged():
    # an office program spaces Western from Asian text and pdftotext prints the gap as a space, as it prints a space
    # the document has (004 `がんの 75歳未満`): after a particle the text does not tell which, the row's values are
    # flagged; after a kanji the space is the gap alone (`市民 1人当たり`, printed `市民1人当たり`: clean_name drops
    # it) and the row is read as certain, as is a name without such a space
    page = _page(
        _line((0, "指標名"), (24, "基準値"), (34, "目標値")),
        _line((0, "がんの 75歳未満年齢調整死亡率"), (24, "64.7"), (34, "60.0")),
        _line((0, "市民 1人当たりの公園面積"), (24, "10.14㎡"), (34, "10.49㎡")),
        _line((0, "公園の利用者数"), (24, "1,200人"), (34, "1,500人")),
    )
    rows = _rows_of(page).rows
    assert {row.name: [cell.uncertain for cell in row.cells] for row in rows} == {
        "がんの 75歳未満年齢調整死亡率": [True, True], "市民 1人当たりの公園面積": [False, False],
        "公園の利用者数": [False, False]}


def test_a_name_at_a_page_top_under_the_rest_of_a_reason_starts_the_rows_there():
    # a table continued without its header: the page opens with the last lines of a long reason centred on the
    # first row, then the first line of that row's name at the margin, its values, the rest of its name (002
    # reportlab full-width -layout); the name's first line is the row's, not lost above the block
    page = _page(
        _line((0, "指標名"), (12, "基準値"), (22, "目標値"), (32, "遅れの理由")),
        _line((0, "観光入込客"), (12, "88万人"), (22, "94万人"), (32, "集客が伸び")),
        _line((0, "数")),
        _line((30, "-1-")),
        aligned.PAGE_BREAK,
        _line((32, "回復傾向にある")),
        _line((32, "ものの集客が")),
        _line((0, "遊園地の年")),
        _line((12, "169万人"), (22, "196万人"), (32, "伸びていない")),
        _line((0, "間利用者数")),
        _line((0, "公園の利用者数"), (12, "12万人"), (22, "15万人")),
    )
    tables = aligned.read_tables(page)
    assert tables[-1].first == 5  # right under the page break
    assert [row[0] for row in tables[-1].grid.matrix()][2:5] == ["遊園地の年", "", "間利用者数"]


def test_a_value_pushed_into_the_column_of_the_value_before_moves_on_to_the_empty_next_column():
    # full-width values wider than their columns, one space apart: the fourth stands left of its own column, in the
    # third's, and the line leaves the fourth column empty (positions as pdftotext placed 002's reportlab full-width
    # page); before, the third and fourth were one cell, which reads as no value
    page = _page(
        _line((12, "基準値"), (23, "令和４年度"), (34, "令和５年度"), (46, "令和５年度"), (57, "目標値")),
        _line((0, "指標名"), (23, "実績値"), (34, "実績値"), (46, "目標値"), (57, "（令和９年度）")),
        _line((0, "通行量"), (12, "１，０７８人"), (22, "１，０９８人"), (32, "２，５５５人"), (44, "１，２７０人"),
              (54, "１，１９０人")),
        _line((0, "乗客数"), (12, "２９４，７５８人 ２４４，７６５人 ２６６，１８９人 ３４万人"), (54, "２９万人")),
    )
    matrix = aligned.read_tables(page)[0].grid.matrix()
    assert matrix[3] == ["乗客数", "２９４，７５８人", "２４４，７６５人", "２６６，１８９人", "３４万人", "２９万人"]
    columns = [(0, 5), (6, 12), (13, 20)]
    segment, pushed = aligned.Segment, aligned_segments._pushed_on
    assert pushed([segment(0, 2, "1件"), segment(3, 5, "2件"), segment(14, 16, "3件")], columns) == [0, 1, 2]
    # a name's value one space after it is split elsewhere (`_split_at_columns`); a value never pushes a name on,
    # and a value moves only into a column the line leaves empty
    assert pushed([segment(0, 2, "名前"), segment(3, 5, "2件"), segment(14, 16, "3件")], columns) == [0, 0, 2]
    assert pushed([segment(0, 2, "1件"), segment(3, 5, "2件"), segment(7, 9, "3件")], columns) == [0, 0, 1]


def test_target_and_actual_lines_around_one_centred_name_are_that_indicators_role_rows():
    # a 区分 column of `目標` / `実績` lines, the name centred between them on a line of its own (layouts 84 -layout):
    # one row each, under the name; before, both lines were one row whose cells printed two values each (no value)
    page = _page(
        _line((0, "指標名"), (15, "区分"), (22, "R3"), (32, "R4")),
        "",
        _line((15, "目標"), (22, "20人"), (32, "30人")),
        "移住者数",
        _line((15, "実績"), (22, "18人"), (32, "―")),
    )
    (row,) = _rows_of(page).rows
    assert row.name == "移住者数"
    assert [(cell.header, cell.text) for cell in row.cells] == [
        ("目標 R3", "20人"), ("目標 R4", "30人"), ("実績 R3", "18人"), ("実績 R4", "―")]


def test_a_rows_year_line_carried_to_the_next_page_follows_its_row():
    # the producer moved the last row's year line to the next page (004 LibreOffice grid -layout): the years date
    # that row's values (令和３年, not the column's 令和５年度); before, the line was a block of one line, dropped
    page = _page(
        _line((26, "現状値"), (38, "目標値")),
        "指標名",
        _line((26, "（令和5年度）"), (38, "（令和11年度）")),
        _line((0, "従業者数（製造業）"), (27, "28,002人"), (39, "28,623人")),
        aligned.PAGE_BREAK,
        _line((26, "（令和３年）"), (38, "（令和９年）")),
        "",
        "",
        "基本目標２",
    )
    (table,) = aligned.read_tables(page)
    assert [row for row in table.grid.matrix() if any(row)][-2:] == [
        ["従業者数（製造業）", "28,002人", "28,623人"], ["", "（令和３年）", "（令和９年）"]]
    (row,) = _rows_of(page).rows
    assert [cell.text for cell in row.cells] == ["28,002人\n（令和３年）", "28,623人\n（令和９年）"]


def test_a_placeholder_one_space_after_a_name_as_wide_as_its_column_goes_to_the_next_column():
    # the name's line sets the name column's width, so no gutter parts the name from the baseline's `－`
    # (004 LibreOffice -layout); before, the name read `…と感じる -市民の割合` and the baseline was lost
    page = _page(
        _line((26, "現状値"), (38, "目標値")),
        _line((0, "指標名"), (51, "解説")),
        _line((0, "市の事業所数"), (26, "120件"), (38, "150件"), (51, "経済センサス")),
        _line((0, "「本市は住みよい」と感じている －"), (51, "市民意識調査で")),
        _line((38, "50.0％")),
        _line((0, "市民の割合"), (51, "住みよいと答えた割合")),
    )
    matrix = [row for row in aligned.read_tables(page)[0].grid.matrix() if any(row)]
    assert matrix[-3:] == [["「本市は住みよい」と感じている", "－", "", "市民意識調査で"], ["", "", "50.0％", ""],
                           ["市民の割合", "", "", "住みよいと答えた割合"]]


def test_a_placeholder_right_of_all_text_of_its_column_goes_to_the_next_column():
    # the baseline's `−` on a line of its own, centred under a narrow header, stands left of that header and one
    # position past the widest name: the name column takes it (its width is drawn around it), but no text of that
    # column reaches it (004 reportlab -layout); before, the name read `…と感じる\n−\n市民の割合`, baseline lost
    page = _page(
        _line((26, "現状値"), (45, "目標値")),
        _line((0, "指標名"), (56, "解説")),
        _line((0, "オンライン化されている行政の手続き(申請等)の"), (56, "手続きのうち")),
        _line((26, "−"), (45, "100％")),
        _line((0, "割合"), (56, "オンラインの割合")),
        _line((0, "「本市はデジタル化が進んでいる」と強く感じる"), (56, "活用が進んで")),
        _line((23, "−"), (45, "50.0％")),
        _line((0, "市民の割合"), (56, "いると感じる割合")),
    )
    matrix = [row for row in aligned.read_tables(page)[0].grid.matrix() if any(row)]
    assert matrix[-3:] == [["「本市はデジタル化が進んでいる」と強く感じる", "", "", "活用が進んで"],
                           ["", "−", "50.0％", ""], ["市民の割合", "", "", "いると感じる割合"]]


GOAL_BANDS_UNDER_ONE_HEADER = _page(
    _line((0, "指標名"), (24, "現状値（R2）"), (38, "目標値（R8）"), (52, "担当課")),
    _line((0, "基本目標１ しごとをつくる")),
    _line((0, "新規就農者数"), (24, "3人"), (38, "10人"), (52, "農政課")),
    _line((0, "基本目標２ ひとの流れをつくる")),
    _line((0, "転入者数"), (24, "1,150人"), (38, "1,300人"), (52, "市民課")),
    _line((0, "空き家バンク成約件数"), (24, "8件"), (38, "15件"), (52, "建築課")),
    _line((0, "基本目標３ 子育てを支える")),
    _line((0, "保育所待機児童数"), (24, "12人"), (38, "0人"), (52, "こども課")),
)


def test_goal_bands_under_one_header_put_the_rows_below_them_under_their_goal():
    # the header stands once over the whole table; each band across it opens a goal and the rows under it take
    # that goal, read in the header's columns (a text grid cut at every band goes on under the header above)
    rows = _rows_of(GOAL_BANDS_UNDER_ONE_HEADER).rows
    assert [(row.name, row.goal, [cell.text for cell in row.cells], row.department) for row in rows] == [
        ("新規就農者数", ("基本目標１ しごとをつくる",), ["3人", "10人"], "農政課"),
        ("転入者数", ("基本目標２ ひとの流れをつくる",), ["1,150人", "1,300人"], "市民課"),
        ("空き家バンク成約件数", ("基本目標２ ひとの流れをつくる",), ["8件", "15件"], "建築課"),
        ("保育所待機児童数", ("基本目標３ 子育てを支える",), ["12人", "0人"], "こども課")]


#: A sheet printed with tall rows (LibreOffice Calc, wrapped cells): a header of three lines whose value headers
#: stand left of the numbers aligned right under them (pdftotext pushes a row's numbers right by the wide text
#: before them), rows two blank lines apart, a row number pushed right of the `No.` column.
TALL_ROWS = _page(
    _line((40, "基準値"), (52, "目標値")),
    _line((0, "No."), (10, "指標名"), (30, "単位"), (66, "担当課")),
    _line((40, "（R1）"), (52, "（R7）")),
    _line((2, "1"), (10, "転入者数"), (30, "人"), (45, "5,312"), (58, "5,800"), (66, "企画課")),
    "",
    "",
    _line((2, "2"), (10, "出生数"), (30, "人"), (47, "812"), (60, "850"), (66, "保健課")),
    "",
    "",
    _line((5, "3"), (10, "創業件数"), (30, "件"), (49, "2"), (62, "8"), (66, "商工課")),
)


def test_a_sheet_of_tall_rows_is_one_table_under_its_header():
    tables = aligned.read_tables(TALL_ROWS)
    assert [(t.first, t.last) for t in tables] == [(0, 9)]
    rows = [row for row in tables[0].grid.matrix() if any(row)]
    assert rows == [["", "", "", "基準値", "目標値", ""],
                    ["No.", "指標名", "単位", "", "", "担当課"],
                    ["", "", "", "（R1）", "（R7）", ""],
                    ["1", "転入者数", "人", "5,312", "5,800", "企画課"],
                    ["2", "出生数", "人", "812", "850", "保健課"],
                    ["3", "創業件数", "件", "2", "8", "商工課"]]


#: Tall rows whose reason cell wraps over two lines centred on its row (`人口減少で` above the row's line, `需要が
#: 減ったため` under it): the reason leaves the row's own line one text short of the row below, which prints its
#: reason on its line (`変更なし`); the third row's reason is centred on it again.
TALL_ROWS_CENTRED_REASONS = _page(
    _line((0, "指標名"), (20, "基準値"), (30, "目標値"), (42, "見直しの理由")),
    "",
    _line((42, "人口減少で")),
    _line((0, "路線バスの利用者数"), (20, "9万人"), (30, "8万人")),
    _line((42, "需要が減ったため")),
    "",
    "",
    _line((0, "公民館の利用件数"), (20, "320件"), (30, "350件"), (42, "変更なし")),
    "",
    "",
    _line((42, "目標を早期に")),
    _line((0, "図書館の貸出冊数"), (20, "4万冊"), (30, "5万冊")),
    _line((42, "達成したため")),
)


def test_rows_around_a_reason_centred_over_lines_of_its_own_stay_one_table():
    tables = aligned.read_tables(TALL_ROWS_CENTRED_REASONS)
    assert [(t.first, t.last) for t in tables] == [(0, 12)]
    rows = [row[:3] for row in tables[0].grid.matrix() if row[0]]
    assert rows == [["指標名", "基準値", "目標値"], ["路線バスの利用者数", "9万人", "8万人"],
                    ["公民館の利用件数", "320件", "350件"], ["図書館の貸出冊数", "4万冊", "5万冊"]]


def test_a_heading_after_a_row_and_its_reason_pieces_opens_no_row_of_the_table():
    # 002 (LibreOffice, -layout): two blank lines after a row whose reason wraps under it, then the next measure's
    # heading `② …` at the left margin like a name: one text is no row, the table ends before it
    page = _page(
        _line((0, "指標名"), (20, "基準値"), (30, "目標値"), (42, "進捗が遅れている理由")),
        _line((0, "公開講座の"), (20, "248人"), (30, "475人"), (42, "参加者数が以前の")),
        _line((0, "参加者数"), (42, "水準に戻らない")),
        _line((42, "ため。")),
        "",
        "",
        _line((0, "② グローバル教育の推進")),
        _line((0, "指標名"), (20, "基準値"), (30, "目標値")),
        _line((0, "英語の学習が楽しい児童の割合"), (20, "88.7%"), (30, "94.5%")),
    )
    assert [(t.first, t.last) for t in aligned.read_tables(page)] == [(0, 3), (7, 8)]


def test_a_value_one_space_before_a_progress_label_is_two_cells():
    # an Excel sheet's 進捗 column printed right beside the target column: pdftotext keeps the target and the
    # grade one space apart (`3,900 やや遅れ`, `90.0% 達成`); before, one cell: a target without value
    page = _page(
        _line((0, "指標"), (20, "基準値"), (30, "目標値"), (40, "進捗"), (50, "担当課")),
        _line((0, "村の総人口"), (20, "4,215"), (31, "3,900 やや遅れ"), (50, "住民課")),
        _line((0, "村営住宅の入居率"), (20, "82.6%"), (31, "90.0% 達成"), (50, "建設課")),
    )
    matrix = aligned.read_tables(page)[0].grid.matrix()
    assert matrix[1:] == [["村の総人口", "4,215", "3,900", "やや遅れ", "住民課"],
                          ["村営住宅の入居率", "82.6%", "90.0%", "達成", "建設課"]]


def test_header_words_written_upright_head_tall_rows_below_blank_lines():
    # an Excel sheet with tall rows: narrow header cells stack their words a glyph a line (`単` / `位`, `担` / `当`
    # / `課`), the rows stand two blank lines apart and three under the header; a row number one space before a
    # short name (`1 出生数`) under `No.`, and a grade pushed two positions left by the wide target before it
    page = _page(
        _line((32, "単"), (38, "基準値"), (50, "目標値"), (60, "評"), (66, "担")),
        _line((0, "No."), (20, "指標名"), (32, "位"), (38, "（R1）"), (50, "（R7）"), (60, "価"), (66, "当")),
        _line((66, "課")),
        "", "", "",
        _line((6, "1 出生数"), (32, "人"), (41, "412"), (54, "450"), (62, "B"), (66, "企画課")),
        "", "",
        _line((6, "2 子育て世帯の転入数"), (32, "世帯"), (41, "186"), (51, "1,230"), (60, "D"), (66, "福祉課")),
    )
    tables = aligned.read_tables(page)
    assert len(tables) == 1
    matrix = [row for row in tables[0].grid.matrix() if any(row)]
    assert matrix == [["", "", "単位", "基準値", "目標値", "評価", "担当課"],
                      ["No.", "指標名", "", "（R1）", "（R7）", "", ""],
                      ["1", "出生数", "人", "412", "450", "B", "企画課"],
                      ["2", "子育て世帯の転入数", "世帯", "186", "1,230", "D", "福祉課"]]


#: A sheet's pdftotext page (layout 147's habit): a title and a policy heading whose full-width texts line up only in
#: display width, over a table whose values stand at the same characters in every row whatever the name's length.
TITLE_OVER_CHARACTER_ROWS = _page(
    _line((0, "若葉台市"), (11, "第２期総合戦略"), (28, "施策別重要業績評価指標（KPI）")),
    _line((0, "施策３－２"), (10, "子育て環境充実")),
    _line((39, "現状値"), (54, "目標値")),
    _line((0, "No."), (22, "指標名"), (69, "単位")),
    _line((38, "令和5年度"), (53, "令和11年度")),
    _line((6, "1"), (8, "保育所定員数"), (46, "412"), (62, "480"), (66, "千人")),
    _line((6, "2"), (8, "子育て相談"), (45, "2,350"), (60, "2,800"), (66, "百万円")),
    _line((6, "3"), (8, "地域子育て拠点"), (45, "8,420"), (57, "12,000 人")),
    _line((6, "4"), (8, "子育てしやすいと思う割合"), (46, "86.4"), (60, "90.0 ％")),
    _line((6, "5"), (8, "一時預かり事業実施箇所"), (47, "24"), (62, "40 件")),
)


def test_lines_over_the_header_do_not_choose_the_measure():
    table = aligned.read_tables(TITLE_OVER_CHARACTER_ROWS)[-1]
    rows = [row for row in table.grid.matrix() if row[0] in ("1", "2", "3", "4", "5")]
    # counted in display width the long names would push their values a column right
    assert [[cell for cell in row if cell] for row in rows] == [
        ["1", "保育所定員数", "412", "480", "千人"],
        ["2", "子育て相談", "2,350", "2,800", "百万円"],
        ["3", "地域子育て拠点", "8,420", "12,000 人"],
        ["4", "子育てしやすいと思う割合", "86.4", "90.0 ％"],
        ["5", "一時預かり事業実施箇所", "24", "40 件"]]
    for values in (("412", "2,350", "8,420", "86.4", "24"), ("480", "2,800", "12,000 人", "90.0 ％", "40 件")):
        assert len({row.index(value) for row, value in zip(rows, values, strict=True)}) == 1  # one column each


#: A sheet's 担当課 column printed right after right-aligned targets (layout 152's habit): pdftotext keeps the
#: department one space after the value and, counting characters, left of its header.
DEPARTMENT_ONE_SPACE_AFTER = _page(
    _line((28, "現状値"), (41, "実績値"), (55, "目標値")),
    _line((12, "指標名"), (27, "（R5.3末）"), (40, "（R6.3末）"), (53, "（R11.3末）"), (71, "担当課")),
    _line((0, "総人口"), (31, "6,412人"), (44, "6,358人"), (58, "6,000人 市民課")),
    _line((0, "高齢化率"), (32, "38.6%"), (45, "39.1%"), (56, "40.0%以下 長寿課")),
)


def test_a_department_one_space_after_the_last_value_goes_to_its_column():
    matrix = aligned.read_tables(DEPARTMENT_ONE_SPACE_AFTER)[0].grid.matrix()
    assert [[cell for cell in row if cell] for row in matrix[-2:]] == [
        ["総人口", "6,412人", "6,358人", "6,000人", "市民課"],
        ["高齢化率", "38.6%", "39.1%", "40.0%以下", "長寿課"]]
    assert matrix[-1].index("長寿課") == matrix[1].index("担当課")


#: A Word table's pdftotext page (layout 87's habit): a name with a bracketed qualifier holding a single space runs
#: into the gap between the name header and the value headers, beside a column of segment labels without header.
BRACKETED_NAME_OVER_THE_GAP = _page(
    "",
    "重要業績評価指標（KPI）",
    _line((0, "No."), (6, "指標名"), (34, "基準値（R1）"), (44, "目標値（R7）")),
    _line((0, "(1)"), (6, "健康寿命の延伸"), (34, "80.1歳"), (44, "81.0歳")),
    _line((0, "(2)"), (6, "喫煙する人の割合"), (27, "男性"), (34, "25.0%"), (44, "20.0%")),
    _line((27, "女性"), (34, "8.5%"), (44, "6.0%")),
    _line((0, "(3)"), (6, "救急搬送件数（人口 1 千人当たり）"), (34, "41.2"), (44, "38.0")),
    _line((0, "(4)"), (6, "がん検診の受診率"), (27, "胃がん"), (34, "8.5%"), (44, "15.0%")),
    _line((27, "大腸がん"), (34, "10.2%"), (44, "20.0%")),
    "※救急搬送件数は人口 1 千人当たりの件数です。",
)


def test_a_space_inside_brackets_parts_no_cells():
    matrix = aligned.read_tables(BRACKETED_NAME_OVER_THE_GAP)[0].grid.matrix()
    assert [cell for cell in matrix[-4] if cell] == ["(3)", "救急搬送件数（人口 1 千人当たり）", "41.2", "38.0"]


def test_a_header_text_one_position_into_a_column_heads_the_next():
    # layout 148's pdftotext page: `実績値（R5）` (positions 30-37, printed above the header line) over the columns
    # of the baseline (21-31) and the actual values (31-45): it reaches the baseline's column by one position only
    columns = [(0, 16), (21, 31), (31, 45), (51, 58), (61, 66)]
    assert aligned_segments._column_of(aligned.Segment(30, 37, "実績値（R5）"), columns) == 2
    # a long name running two positions and more into the next columns stays in the column it starts in
    assert aligned_segments._column_of(aligned.Segment(0, 24, "子育て支援センターの利用者数（延べ人数）"), columns) == 0


def test_one_word_labels_without_header_beside_the_names_are_the_rows_segments():
    # the `指標名` cell spans the names and a column of labels printed without header; a label line without name
    # is the next sub-indicator of the name above it (a known segment read as it is, an unknown label flagged)
    rows = _rows_of(BRACKETED_NAME_OVER_THE_GAP).rows
    cells = {(row.name, cell.segment, cell.text): cell.uncertain for row in rows for cell in row.cells}
    assert cells[("喫煙する人の割合", "男性", "25.0%")] is False
    assert cells[("喫煙する人の割合", "女性", "8.5%")] is False
    assert cells[("喫煙する人の割合", "女性", "6.0%")] is False
    assert cells[("がん検診の受診率", "胃がん", "15.0%")] is True
    assert cells[("がん検診の受診率", "大腸がん", "10.2%")] is True
    assert cells[("健康寿命の延伸", None, "80.1歳")] is False
    assert len(cells) == 12


# a caption line closing with the table's unit field, which stands over the end of the last value header and the
# start of the department header; the values right-aligned, each target one space from its department (fix164)
UNIT_FIELD_OVER_THE_HEADERS = _page(
    _line((0, "■成果指標（KPI）"), (35, "（単位：千件）")),
    "",
    _line((4, "指標名"), (16, "基準値（R5）"), (29, "目標値（R10）"), (42, "担当課")),
    _line((0, "図書館の貸出冊数"), (21, "412"), (35, "480 生涯学習課")),
    _line((0, "窓口の手続件数"), (20, "95.3"), (34, "120.0 市民課")),
    _line((0, "検診の受診件数"), (21, "7.8"), (35, "9.5 健康推進課")),
)


def test_a_unit_field_over_the_headers_leaves_the_department_column_apart():
    assert aligned.read_tables(UNIT_FIELD_OVER_THE_HEADERS)[0].grid.matrix()[-3:] == [
        ["図書館の貸出冊数", "412", "480", "生涯学習課"],
        ["窓口の手続件数", "95.3", "120.0", "市民課"],
        ["検診の受診件数", "7.8", "9.5", "健康推進課"]]



#: A role word two spaces from its bracketed year (`基準年度の値  （平成30年度）`), or one ideographic space from an
#: unbracketed one typed into the header cell after it (`直近値　2022年度（R4）`), each over its values printed at the
#: right of a wide cell: each pair is one column's header, not a role column and a year column heading the values.
ROLE_WORD_APART_FROM_ITS_YEAR = "\n".join([
    "紅葉村 地域振興計画 成果指標",
    "",
    "成果指標                        基準年度の値  （平成30年度）    直近値　2022年度（R4）    到達目標  （令和9年度）",
    "空き家バンク登録件数                                      12                        19                         30",
    "農産物直売所の売上高（万円）                             850                       910                      1,200",
    "移住相談の件数                                            41                        57                      "
    "   80",
])

#: A goal heading above a two-line header whose role word `実績（各年度）` stands over two year columns, and a value
#: in full-width digits widening the first column under the heading's start: the heading is no body line, so the
#: role words stay over the columns they are printed over (`現状値` over 令和3年, not pushed one column right).
HEADING_ABOVE_A_TWO_LINE_HEADER = "\n".join([
    "基本目標２　交流の輪を広げていく",
    "",
    "現状値              実績（各年度）                        目標値（最終）      指標",
    "（令和3年）         （令和4年）       （令和5年）         （令和8年）",
    "42,300人            39,800人          44,100人            50,000人            体験交流施設の利用者数",
    "16団体              18団体            19団体              25団体              地域活動団体数",
    "62.5%               64.0%             66.1%               70.0%               ボランティア登録率",
    "１２１，５６０人    118,720人         １２５，３００人    130,000人           図書館の年間利用者数",
])


def _observations(text: str) -> set[tuple[str, str, str, str]]:
    """(name, role, period, value) of every observation the pipeline reads unflagged from `text`."""
    from tests.synth.score import read_text

    return {(o["kpi_name"], o["role"], o["period"], format(Decimal(str(o["value"])).normalize(), "f"))
            for o in read_text(text) if not o.get("uncertain")}


def test_a_role_word_two_spaces_from_its_year_heads_one_column_with_it():
    assert _observations(ROLE_WORD_APART_FROM_ITS_YEAR) == {
        ("空き家バンク登録件数", "baseline", "FY2018", "12"), ("空き家バンク登録件数", "actual", "FY2022", "19"),
        ("空き家バンク登録件数", "target", "FY2027", "30"), ("農産物直売所の売上高", "baseline", "FY2018", "8500000"),
        ("農産物直売所の売上高", "actual", "FY2022", "9100000"),
        ("農産物直売所の売上高", "target", "FY2027", "12000000"),
        ("移住相談の件数", "baseline", "FY2018", "41"), ("移住相談の件数", "actual", "FY2022", "57"),
        ("移住相談の件数", "target", "FY2027", "80")}


def test_a_goal_heading_above_the_header_does_not_push_its_role_words_right():
    rows = {"体験交流施設の利用者数": ("42300", "39800", "44100", "50000"), "地域活動団体数": ("16", "18", "19", "25"),
            "ボランティア登録率": ("62.5", "64", "66.1", "70"),
            "図書館の年間利用者数": ("121560", "118720", "125300", "130000")}
    keys = (("baseline", "CY2021"), ("actual", "CY2022"), ("actual", "CY2023"), ("target", "CY2026"))
    assert _observations(HEADING_ABOVE_A_TWO_LINE_HEADER) == {
        (name, role, period, value) for name, values in rows.items()
        for (role, period), value in zip(keys, values, strict=True)}

def test_a_name_in_a_second_name_column_is_kept_as_a_reject_not_dropped(tmp_path: Path):
    """A summary table under a sentence (`…定めます。`) whose goal cell wraps (`基本目標１   村の産業を` / `育てる`):
    the sentence heads a column of its own as well as `数値目標` the names (two name columns, layouts 181 -layout).
    A row read by the first takes its name from the goal cell; the name printed in the second goes to the rejects
    (never lost; names checked by hand)."""
    from ingest.document import load
    from ingest.registry import extract

    path = tmp_path / "summary.txt"
    path.write_text("\n".join([
        "北川村     第２期総合戦略",
        "第３章     数値目標",
        "基本目標ごとに、令和 11 年度までに達成を目指す数値目標を次のとおり定めます。",
        "",
        "      基本目標              数値目標   基準値（R5）         目標値（R11）",
        "                 村内の就業者数        1,210 人             1,300 人",
        "基本目標１   村の産業を   特産品の販売額         3.2 億円        前年度比 5%増",
        "育てる",
        "                 新規就農者数             4 人    毎年度 5 人以上",
        "基本目標２   村で暮らす人を   年間転入者数                52 人          現状値を維持",
        "増やす",
        "                 空き家の活用件数                6 人            10 件以上",
    ]) + "\n", encoding="utf-8")
    extraction = extract(load(path))
    kept = " ".join([*(row.name for row in extraction.rows), *(reject.raw for reject in extraction.rejects)])
    assert all(name in kept for name in ("村内の就業者数", "特産品の販売額", "新規就農者数", "年間転入者数",
                                         "空き家の活用件数"))


LEGEND_WITH_WIDE_GAP = (
    _line((0, "指標名"), (24, "基準値（R1）"), (38, "目標値（R7）"), (52, "方向性")),
    "",
    _line((0, "特定健診の受診率"), (24, "38.4%"), (38, "60.0%"), (52, "↗")),
    "",
    _line((0, "健康だと感じる市民の割合"), (24, "72.0%"), (38, "現状維持"), (52, "→")),
    "",
    _line((0, "※方向性：↗ 増加を目指す ↘ 減少を目指す"), (42, "→ 現状の維持を目指す")),
)


def test_a_note_parted_by_a_wide_space_under_the_table_is_no_row():
    """A legend under a table (layouts 185) whose wide space -layout prints as a gutter: its first text opens with
    `※` and the rest prints no digit, so it is the table's note, not an indicator named `方向性:…`."""
    rows = _rows_of(LEGEND_WITH_WIDE_GAP).rows
    assert [row.name for row in rows] == ["特定健診の受診率", "健康だと感じる市民の割合"]


#: A total column beside the yearly actuals under a three-line header (invented; layouts 173's habit): the role
#: words and `累計` on the top line, the merged-down cells (`No.`, `指標名`, `単位`, `担当課`) on the middle line, the
#: years on the last, each printed from its cell's left edge while the numbers stand at the cell's right. `累計` is a
#: header word: the top line is the header's, and `実績値` stays over the first years it is printed over.
TOTAL_BESIDE_YEARLY_ACTUALS = "\n".join([
    _line((36, "基準値"), (60, "実績値"), (86, "累計"), (98, "目標値")),
    _line((0, "No."), (19, "指標名"), (31, "単位"), (114, "担当課")),
    _line((36, "（R1）"), (48, "R2"), (60, "R3"), (72, "R4"), (84, "（R2～R4）"), (98, "（R8）")),
    _line((6, "1 図書館の貸出冊数"), (27, "冊"), (43, "80"), (54, "85"), (66, "90"), (78, "88"), (90, "263"),
          (101, "100 生涯学習課")),
    _line((6, "2 公民館講座の受講者数"), (27, "人"), (43, "41"), (54, "47"), (66, "52"), (78, "55"), (90, "154"),
          (102, "60 生涯学習課")),
])


def test_a_total_word_over_its_range_of_years_is_a_header_word():
    assert _observations(TOTAL_BESIDE_YEARLY_ACTUALS) == {
        ("図書館の貸出冊数", "baseline", "FY2019", "80"), ("図書館の貸出冊数", "actual", "FY2020", "85"),
        ("図書館の貸出冊数", "actual", "FY2021", "90"), ("図書館の貸出冊数", "actual", "FY2022", "88"),
        ("図書館の貸出冊数", "actual", "FY2022", "263"), ("図書館の貸出冊数", "target", "FY2026", "100"),
        ("公民館講座の受講者数", "baseline", "FY2019", "41"), ("公民館講座の受講者数", "actual", "FY2020", "47"),
        ("公民館講座の受講者数", "actual", "FY2021", "52"), ("公民館講座の受講者数", "actual", "FY2022", "55"),
        ("公民館講座の受講者数", "actual", "FY2022", "154"), ("公民館講座の受講者数", "target", "FY2026", "60")}


#: An 実績 row and a 達成率 row per indicator under a name merged down over both (invented; layouts 176's habit): the
#: name, its number, unit, target and department print once, centred between the two label rows.
NAME_BETWEEN_ACTUAL_AND_RATE_ROWS = "\n".join([
    _line((0, "No."), (6, "指標名"), (28, "単位"), (36, "区分"), (46, "R3"), (58, "R4"), (70, "R5"),
          (80, "目標値（R7）"), (94, "所管部局")),
    _line((36, "実績"), (45, "1,260"), (57, "1,310"), (69, "1,405")),
    _line((0, "1"), (6, "県内の新規創業件数"), (28, "件"), (83, "1,500"), (94, "商工労働部")),
    _line((36, "達成率"), (45, "84.0%"), (57, "87.3%"), (69, "93.7%")),
    _line((36, "実績"), (46, "41.5"), (58, "42.8"), (70, "44.0")),
    _line((0, "2"), (6, "若年層の県内就職率"), (28, "％"), (84, "50.0"), (94, "商工労働部")),
    _line((36, "達成率"), (45, "83.0%"), (57, "85.6%"), (69, "88.0%")),
])


def test_a_name_printed_between_its_actual_and_rate_rows_names_both():
    # the 実績 row's values are the indicator's actuals, the target printed on the name's line its target, and the
    # 達成率 row's figures no values (they go to the progress): before, the three lines were one row of cells
    # holding two figures each
    assert _observations(NAME_BETWEEN_ACTUAL_AND_RATE_ROWS) == {
        ("県内の新規創業件数", "actual", "FY2021", "1260"), ("県内の新規創業件数", "actual", "FY2022", "1310"),
        ("県内の新規創業件数", "actual", "FY2023", "1405"), ("県内の新規創業件数", "target", "FY2025", "1500"),
        ("若年層の県内就職率", "actual", "FY2021", "41.5"), ("若年層の県内就職率", "actual", "FY2022", "42.8"),
        ("若年層の県内就職率", "actual", "FY2023", "44"), ("若年層の県内就職率", "target", "FY2025", "50")}


def test_the_target_of_a_name_between_label_rows_keeps_its_own_line(tmp_path: Path):
    from ingest.document import load
    from ingest.registry import extract
    from records import extraction_records

    path = tmp_path / "sheet.txt"
    path.write_text(NAME_BETWEEN_ACTUAL_AND_RATE_ROWS, encoding="utf-8")
    observations, indicators, _ = extraction_records(extract(load(path)))
    lines = {(o["kpi_name"], o["role"], o["period"]): o["line"] for o in observations}
    assert lines[("県内の新規創業件数", "actual", "FY2021")] == 2
    assert lines[("県内の新規創業件数", "target", "FY2025")] == 3
    assert {i["kpi_name"]: (i["line"], i["progress"]) for i in indicators} == {
        "県内の新規創業件数": (3, "R3:84.0% / R4:87.3% / R5:93.7%"),
        "若年層の県内就職率": (6, "R3:83.0% / R4:85.6% / R5:88.0%")}



#: A table typed with spaces (a full-width character two wide) under a goal heading whose title runs over the
#: gutters of the value columns; its header's last word (`関係課`) is no header word the vocabulary knows.
UNKNOWN_HEADER_WORD = [
    "基本目標２\u3000新しいひとの流れをつくる",
    "",
    "単位    2020年（基準）  2021年実績  2022年実績  2023年実績  2027年中間目標  2031年目標  評価指標"
    "                              関係課",
    "人                  15          14          15          14              14          11"
    "                          新規就農者数    健康増進課",
    "組                  16          16          17          17              14          17"
    "        婚活イベントでのカップル成立数  子育て支援課",
]


def test_one_unknown_header_word_keeps_the_header_band_and_the_heading_out_of_the_columns():
    """With the header band found (all texts but `関係課` header words), the goal heading above it is no row: its
    title covers no gutter, and the unit column stays apart from the base year's column."""
    (table,) = aligned.read_tables(UNKNOWN_HEADER_WORD)
    rows = [row for row in table.grid.matrix() if any(row)]
    assert rows[-2:] == [
        ["人", "15", "14", "15", "14", "14", "11", "新規就農者数", "健康増進課"],
        ["組", "16", "16", "17", "17", "14", "17", "婚活イベントでのカップル成立数", "子育て支援課"]]


#: Two header lines, the role words left in their cells, the years under them, the values right-aligned: `目標`
#: stands over the first half of `(令和10年)`, the values of its column under the second half.
ROLE_WORD_OVER_ITS_YEAR = [
    "北見沢村 第２期総合戦略 重要業績評価指標（KPI）一覧",
    "",
    "基本目標１\u3000地域にしごとをつくる",
    "",
    "KPI                         （単位）  策定時      実績（見込み含む）             目標",
    "                                      (平成30年)  (令和元年)          (令和2年)  (令和10年)",
    "新規就農者数                      人          13                  10         11          14",
    "企業誘致件数                      件           3                   4          4           3",
    "公共交通の年間利用者数            人      152460              110880     133560     138,600",
    "地域おこし協力隊の定住者数        人           7                   7          5           5",
    "転入者数                          人        1924                1942      2,183       1,720",
]


def test_a_role_word_over_its_wider_year_heads_the_year_s_column():
    """`目標` and `(令和10年)` are one column's header (the role word within the year's width), not two columns,
    the first empty, that a gutter found with a tolerance at the end of `目標` would make."""
    (table,) = aligned.read_tables(ROLE_WORD_OVER_ITS_YEAR)
    assert [row for row in table.grid.matrix() if any(row)] == [
        ["KPI", "（単位）", "策定時", "実績（見込み含む）", "", "目標"],
        ["", "", "(平成30年)", "(令和元年)", "(令和2年)", "(令和10年)"],
        ["新規就農者数", "人", "13", "10", "11", "14"],
        ["企業誘致件数", "件", "3", "4", "4", "3"],
        ["公共交通の年間利用者数", "人", "152460", "110880", "133560", "138,600"],
        ["地域おこし協力隊の定住者数", "人", "7", "7", "5", "5"],
        ["転入者数", "人", "1924", "1942", "2,183", "1,720"]]


#: Goal bands and a footnote, each one text from the left margin across the department, unit and first value
#: columns (five of the block's ten lines), between and under rows that leave those gutters blank.
BANDS_ACROSS_THE_FIRST_COLUMNS = [
    "担当          単 位   2020年度基準値   2021年度実績値   2022年度実績値   目標(2027年度)   指標名",
    "【基本目標１】結婚・出産・子育ての希望をかなえる",
    "企画政策課       組             約17             約15             約17               12"
    "   婚活イベントでのカップル成立数",
    "子育て支援課   千円         約48,200         約51,092           44,344           52,538   ふるさと納税の寄附額",
    "【基本目標２】安心して暮らせる魅力的なまちをつくる",
    "総務課           人              約5              約6              約6                7"
    "   地域おこし協力隊の定住者数",
    "【基本目標３】誰もが活躍できる地域をつくる",
    "生涯学習課       人            1,498           約1,850            1,684            1,868   転入者数",
    "注）端数処理の関係で合計が一致しない場合がある。",
    "出典：農林業センサス",
]


def test_lines_run_across_the_first_columns_leave_the_rows_columns_apart():
    """The rows' gutters stand under the header's: the bands and the footnote, one text each, straddle them whatever
    the columns are, so the department, the unit and the first two value columns stay four columns, not one cell
    `企画政策課 組 約17 約15` whose unit and values no column reads; and a goal band is no paragraph after the table,
    which goes on under it with its header."""
    table = aligned.read_tables(BANDS_ACROSS_THE_FIRST_COLUMNS)[0]
    assert [row for row in table.grid.matrix() if len([c for c in row if c]) > 1] == [
        ["担当", "単 位", "2020年度基準値", "2021年度実績値", "2022年度実績値", "目標(2027年度)", "指標名"],
        ["企画政策課", "組", "約17", "約15", "約17", "12", "婚活イベントでのカップル成立数"],
        ["子育て支援課", "千円", "約48,200", "約51,092", "44,344", "52,538", "ふるさと納税の寄附額"],
        ["総務課", "人", "約5", "約6", "約6", "7", "地域おこし協力隊の定住者数"],
        ["生涯学習課", "人", "1,498", "約1,850", "1,684", "1,868", "転入者数"]]


#: A note under a row parts the table (a line across its columns); the part after it prints one row, then a footnote
#: and a source, all under the name column (a generated table, tests/synth seed 10, `layout`).
NOTE_CLOSES_THE_CONTINUED_PART = """ＫＰＩ                       指標の推移
                             当初値       実績値                               目標
                             （2015）     （2016）   （2017）   （2018）       （2031）
自主防災組織の組織率（%）    ー           78.1       83.1       ー             66.7
企業誘致件数（件）           2            ー         3          ー             3
耕作放棄地の再生面積（ha）   21.6         24.5       25.4       ー             28.6以上
移住相談件数（件）           200          ー         278        209            235以上
※平成30年度から集計方法を変更
観光入込客数（万人）         41.6         42.6       52.0       49.9（見込）   60.8以上
※ 令和2年度は感染症の影響により事業を中止したため実績なし。
出典：住民基本台帳
"""


def test_a_note_closing_the_part_after_a_note_is_no_name_s_rest(tmp_path: Path):
    """The part under `※平成30年度…` goes on without its header; its closing `※ 令和2年度は…` is a note (warned of),
    not the end of `観光入込客数（万人）`, whose values keep their name and unit."""
    from ingest.document import load
    from ingest.registry import extract
    from records import extraction_records

    path = tmp_path / "layout.txt"
    path.write_text(NOTE_CLOSES_THE_CONTINUED_PART, encoding="utf-8")
    extraction = extract(load(path))
    observations = extraction_records(extraction)[0]
    assert {(o["role"], o["period"], o["value"], o["unit"]) for o in observations
            if o["kpi_name"] == "観光入込客数"} == {
        ("baseline", "FY2015", 416000.0, "人"), ("actual", "FY2016", 426000.0, "人"),
        ("actual", "FY2017", 520000.0, "人"), ("actual", "FY2018", 499000.0, "人"),
        ("target", "FY2031", 608000.0, "人")}
    assert any("令和2年度は感染症の影響" in w for w in extraction.warnings)


# Invented: a `-` right-aligned under its value header beside an empty department cell, and values printed apart
# from their years: the first row prints as many texts as the table has columns only by chance.
DASH_BESIDE_EMPTY_DEPARTMENT = _page(
    "№  担当課      実績値（各年度）     中間目標             目標                  指標名",
    "1                                -      9　2026(R8)年度     11　2031(R13)年度  空き家の成約件数",
    "2      企画課  約239　2021(R3)年度  約262　2026(R8)年度  約269　2031(R13)年度        移住相談件数",
    "3      商工課      4　2021(R3)年度      3　2026(R8)年度      5　2031(R13)年度        企業誘致件数",
)


def test_a_dash_under_its_value_header_stays_out_of_an_empty_department_cell():
    """Texts as many as columns are read one per column in order, except when that would put a value or a
    placeholder printed wholly inside a later column into the department column: the `-` stays under 実績値."""
    (table,) = aligned.read_tables(DASH_BESIDE_EMPTY_DEPARTMENT)
    header, first = table.grid.matrix()[:2]
    assert first[header.index("担当課")] == ""
    assert first[header.index("実績値（各年度）")] == "-"
    assert "9" in first[header.index("中間目標")]


# Generated (tests/synth habits20, seed 65): a number column, then years over role words printed from where each
# year's cell starts; `策定時` and `実績値` both stand in gutters over no column (the values are right-aligned).
ROLE_WORDS_OVER_YEARS_BESIDE_A_NUMBER_COLUMN = _page(
    "基本目標２　新しいひとの流れをつくる",
    "",
    "単位：件",
    _line((0, "番号"), (6, "進捗状況"), (103, "達成度"), (112, "重要業績評価指標")),
    _line((8, "令和3年度（2021年度）"), (25, "令和4年度（2022年度）"), (42, "令和5年度（2023年度）"),
          (59, "令和12年度（2030年度）")),
    _line((8, "策定時"), (30, "実績値"), (77, "目標数値")),
    _line((0, "1"), (27, "ー"), (50, "約3"), (74, "約3"), (99, "3~3"), (110, "順調"), (126, "企業誘致件数")),
    _line((0, "2"), (27, "ー"), (51, "ー"), (74, "約9"), (98, "減少"), (108, "順調"), (114, "空き家バンクの成約件数")),
    _line((28, "6"), (51, "約4"), (75, "約5"), (102, "5"), (133, "うち男性")),
    _line((26, "約4"), (52, "5"), (76, "ー"), (100, "約5"), (132, "うち女性")),
    _line((0, "3"), (26, "288"), (50, "228※"), (77, "ー"), (97, "186~228"), (108, "やや遅れ"), (126, "移住相談件数")),
    _line((0, "4"), (25, "約15"), (49, "約22"), (73, "約22"), (100, "19"), (110, "順調"),
          (116, "創業支援による創業件数")),
)


def test_role_words_in_gutters_each_go_over_their_own_year():
    """`実績値` moved over its year frees the column `策定時` was pushed off: both stand over their years, none
    over the number column (whose cells, row numbers, would be read as baselines)."""
    (table,) = aligned.read_tables(ROLE_WORDS_OVER_YEARS_BESIDE_A_NUMBER_COLUMN)
    grid = table.grid.matrix()
    at = next(k for k, row in enumerate(grid) if "令和3年度（2021年度）" in row)
    years, roles = grid[at], grid[at + 1]
    assert roles[0] == ""
    assert roles[years.index("令和3年度（2021年度）")] == "策定時"
    assert roles[years.index("令和4年度（2022年度）")] == "実績値"



#: A table continued after a page number (`P.10`), its header printed again; the part before it a note and a goal
#: band between two rows (`基本目標Ⅱ　安心して…`), a band that runs over every gutter of the rows below it.
GOAL_BAND_OVER_CONTINUED_ROWS = "\n".join([
    "（単位：件）",
    "指標                    基準年  策定時  実績(2019年)  目標年  目標値（最終）  進捗率  評価  理由",
    "基本目標Ⅰ　地域にしごとをつくる",
    "空き家バンクの成約件数  2018年  10      7（見込）     2025年  8               87.5%   達成  前年度比で12.5%増",
    "※住民基本台帳による",
    "基本目標Ⅱ　安心して暮らせる魅力的なまちをつくる",
    "創業支援による創業件数  2018年  18      22            2025年  20              110.0%  達成  引き続き関係機",
    "P.10",
    "",
    "指標                    基準年  策定時  実績(2019年)  目標年  目標値（最終）  進捗率  評価  理由",
    "基本目標Ⅲ　誰もが活躍できる地域をつくる",
    "企業誘致件数            2018年  4       未集計        2025年  3               －      達成  新型コロナウ",
])


def test_a_goal_band_over_rows_after_a_note_leaves_them_the_columns_above():
    """The goal band says nothing of the columns: the row under it keeps the table's columns, and every value the
    unit field over the table (`（単位：件）`), its header printed again after the page number."""
    from tests.synth.score import read_text

    read = [o for o in read_text(GOAL_BAND_OVER_CONTINUED_ROWS) if o.get("value") is not None]
    assert {(o["kpi_name"], o["role"], o["period"], format(Decimal(str(o["value"])).normalize(), "f"))
            for o in read if o["kpi_name"] == "創業支援による創業件数"} == {
        ("創業支援による創業件数", "baseline", "CY2018", "18"), ("創業支援による創業件数", "actual", "CY2019", "22"),
        ("創業支援による創業件数", "target", "CY2025", "20")}
    assert {o.get("unit") for o in read} == {"件"}
    assert not [o for o in read if o.get("uncertain")]


#: A role line under the years (`実績値（年度）` over the first year, `目標値（最終）` over the last), over one row
#: whose values print `約` before the figure (`約13組`); the only plain figures stand under `2024(R6)年度` and the
#: achievement rate `目標達成率` (habits20 layout 3468).
ROLE_LINE_OVER_ABOUT_VALUES = "\n".join([
    "ＫＰＩ                          2021(R3)年度    2022(R4)年度  2023(R5)年度"
    "  2024(R6)年度  2029(R11)年度   目標達成率  前年度比増減  進捗評価  主管",
    "                                実績値（年度）                             "
    "               目標値（最終）",
    "婚活イベントでのカップル成立数  約13組          約15組        約17組        16組        "
    "  約13組          123.1%      △1            C",
])


def test_role_words_are_never_moved_over_a_rate_column():
    """A rate column (`目標達成率`) prints a figure computed from the row's values, never a role's value: the role
    words stay over the years they stand over (moved to the only columns printing plain figures, the target's word
    fell on the rate and the target `約13組` was read as an actual, unflagged)."""
    from tests.synth.score import read_text

    read = {(o["role"], o["period"], str(o["value"])) for o in read_text(ROLE_LINE_OVER_ABOUT_VALUES)
            if o.get("value") is not None and not o.get("uncertain")}
    assert ("target", "FY2029", "13") in read or ("target", "FY2029", "13.0") in read
    assert not [k for k in read if k[0] == "actual" and k[1] == "FY2029"]


#: Role words over the years (`策定時`, `実績値（各年度）`, `中間年目標`, `計画目標`) and a change column after them
#: (`前年度比増減`) printing `－` on most rows and `+4` on one (habits20 layout 131, one page).
ROLE_WORDS_BESIDE_A_CHANGE_COLUMN = "\n".join([
    "№    数値目標                  指標の推移                                                  前年度比増減    達成度",
    "                               策定時        実績値（各年度）    中間年目標    計画目標",
    "                               平成27年      平成28年            令和3年       令和8年",
    "2    企業誘致件数              約3           未集計              3             3           －              B",
    "3    移住相談件数              約242         未集計              237           193         －              D",
    "4    創業支援による創業件数    15            約19                約16          16          +4              D",
])


def test_a_change_column_never_takes_a_role_word():
    """A change column (`前年度比増減`: `－` / `+4`) is no column of values the role words could be moved over: the
    baseline, actual, midterm and target stay under their own words."""
    from tests.synth.score import read_text

    read = {(o["kpi_name"], o["role"], o["period"]) for o in read_text(ROLE_WORDS_BESIDE_A_CHANGE_COLUMN)
            if o.get("value") is not None and not o.get("uncertain")}
    assert ("創業支援による創業件数", "baseline", "CY2015") in read
    assert ("創業支援による創業件数", "target", "CY2026") in read
    assert not [k for k in read if k[1] not in ("baseline", "actual", "midterm", "target")]


#: Segment rows `　男` / `　女` indented by a full-width space under their parent: each of their values stands two
#: positions right of its column, in the gutter before the next (habits20 layout 2273).
SEGMENT_ROWS_OFF_THE_COLUMNS = [
    "No.  重要業績評価指標        単位  現況値（令和元年度）"
    "  実績値（各年度）（令和2年度）  実績値（各年度）（令和3年度）"
    "  実績値（各年度）（令和4年度）  実績値（各年度）（令和5年度）"
    "  中間年目標（令和8年度）  目標（令和11年度）  達成状況  担当部署",
    "2              観光入込客数  千人               "
    "  1,008                         1272※1        "
    "                   1212                   "
    "  １，１２８                   １，５００※1             "
    "  １，０２０          増加させる         A",
    "3              企業誘致件数    件                未集計 "
    "                            ３                 "
    "             4                             ３  "
    "                         ３※1                  "
    "     ３                  ３         D  健康増進課",
    "                         \u3000男    件              "
    "      １                            1※1        "
    "                     ２                        "
    "      1                              2        "
    "                2                   2",
    "                         \u3000女    件              "
    "      １                         未集計           "
    "                １※1                           "
    "  ２                         未集計               "
    "         2                  １",
]


def test_values_printed_in_the_gutters_are_never_placed_unflagged():
    """A line whose values stand in the gutters between the columns the other lines fill is placed by a guess (the
    nearest column put `男`'s R4 value `1` under R5): each of its values is read where printed or flagged."""
    from tests.synth.score import read_text

    # (the midterm `中間年目標` is read as a target of its year)
    printed = {("男", "actual", "FY2022", 1), ("男", "actual", "FY2023", 2), ("男", "target", "FY2026", 2),
               ("男", "target", "FY2029", 2), ("女", "actual", "FY2022", 2), ("女", "target", "FY2026", 2),
               ("女", "target", "FY2029", 1)}
    read = read_text("\n".join(SEGMENT_ROWS_OFF_THE_COLUMNS))
    wrong = [o for o in read if o.get("segment") in ("男", "女") and o.get("value") is not None
             and o.get("period") in ("FY2022", "FY2023", "FY2026", "FY2029") and not o.get("uncertain")
             and (o["segment"], o["role"], o["period"], int(o["value"])) not in printed]
    assert wrong == []


def test_a_rows_year_line_under_its_values_is_no_second_header():
    # each row's years printed on the line under its values (`平成28年度（2016年度）` under the baseline): the
    # periods right under a row of values are that row's, not the header of a table of its own (seed 2270)
    years = ((8, "平成28年度（2016年度）"), (32, "令和12年度（2030年度）"))
    lines = _page(_line((0, "NO"), (8, "実績値"), (32, "最終目標"), (56, "指標名")),
                  _line((0, "1"), (8, "1,665"), (32, "1,980"), (56, "転入者数")),
                  _line(*years),
                  _line((0, "2"), (8, "13"), (32, "15"), (56, "新規就農者数")),
                  _line(*years))
    [table] = aligned.read_tables(lines)
    rows = table.grid.matrix()
    assert [row[-1] for row in rows] == ["指標名", "転入者数", "", "新規就農者数", ""]
    assert [row[1] for row in rows[1:]] == ["1,665", "平成28年度（2016年度）", "13", "平成28年度（2016年度）"]


#: A sheet whose 単位 and 評価 header cells are turned upright (layouts 263 -layout): the header row as tall as those
#: words, its other cells' line centred in it; pdftotext prints `評価` on a line above it and `単位` at its foot, right
#: over the first row, four blank lines apart.
TURNED_HEADER_CELLS = _page(
    _line((0, "桜川町 総合戦略 効果検証")),
    "",
    _line((60, "評価")),
    _line((0, "指標名"), (30, "基準値（R1）"), (44, "目標値（R7）"), (70, "担当課")),
    "", "", "", "",
    _line((22, "単位")),
    _line((0, "図書館の貸出冊数"), (22, "冊"), (32, "88,000"), (46, "95,000"), (60, "○"), (70, "生涯学習課")),
    "",
    _line((0, "公民館講座の参加者数"), (22, "人"), (32, "2,300"), (46, "3,000"), (60, "△"), (70, "生涯学習課")),
)


def test_header_cells_turned_upright_around_a_tall_header_line_head_the_rows_under_them():
    rows = _rows_of(TURNED_HEADER_CELLS).rows
    assert [(row.name, row.department, [cell.text for cell in row.cells]) for row in rows] == [
        ("図書館の貸出冊数", "生涯学習課", ["88,000", "95,000"]),
        ("公民館講座の参加者数", "生涯学習課", ["2,300", "3,000"])]


def test_a_note_under_a_rows_year_line_leaves_the_next_row_in_the_table():
    # a row printing its years on the line under its values, a `※` note under it, then the next row: the note ends
    # no table (the row like the next one is the row's first line, not its year line), so both rows share columns
    years = _line((12, "2015年度"), (24, "2016年度"), (36, "2029年度"))
    lines = _page(_line((0, "項目"), (12, "基準値"), (24, "実績"), (36, "目標値")),
                  _line((0, "成約件数"), (12, "７"), (24, "１１"), (36, "１１")),
                  years,
                  "※令和２年度は感染症の影響により減少",
                  _line((0, "企業誘致件数"), (12, "４"), (24, "3"), (36, "3")),
                  years)
    [table] = aligned.read_tables(lines)
    rows = table.grid.matrix()
    assert rows[4] == ["企業誘致件数", "４", "3", "3"]


def test_indented_segment_rows_off_the_columns_are_flagged():
    # segment rows `　男` / `　女` whose values pdftotext printed two positions right of their columns: two such
    # lines widen the columns to take them in, but which column each value belongs to is still a guess (seed 3879)
    from tests.synth.score import read_text

    lines = [
        "指標項目                指標の推移                            評価",
        "                        (Ｈ２８)    (Ｒ３)    (Ｒ８)",
        "                        策定時      中間目標  目標値（最終）",
        "創業支援による創業件数          21        15              15     △",
        "空き家バンクの成約件数                                           △",
        "\u3000男                               5         4               4",
        "\u3000女                               4         4               5",
        "移住相談件数                   251       283             281     ○",
    ]
    read = read_text("\n".join(lines))
    segment = [o for o in read if o.get("segment") in ("男", "女") and o.get("value") is not None]
    assert segment and all(o.get("uncertain") for o in segment)


def test_an_approximate_value_column_keeps_its_header_words():
    # values opening with `約` (`約22.6`) fill a value column: the year headers over them stay over their own
    # columns, not moved one column right over the columns of dashes, targets and changes (seed 3717)
    lines = _page(_line((0, "番号"), (8, "実績"), (30, "計画目標"), (44, "増減"), (52, "達成度"), (62, "指標名")),
                  _line((8, "(H29)"), (21, "(H30)"), (30, "(R7)")),
                  _line((0, "4"), (8, "約22.6"), (21, "―"), (30, "25.3"), (44, "－"), (52, "◎"), (62, "面積（ha）")),
                  _line((0, "5"), (8, "約94,080"), (21, "―"), (30, "102,480"), (44, "－"), (52, "◎"),
                        (62, "冊数（冊）")),
                  _line((0, "6"), (8, "約144,900"), (21, "―"), (30, "現状維持"), (44, "－"), (52, "◎"),
                        (62, "人数（人）")),
                  "※1　実績値は速報値であり、今後変動する場合がある。")
    [table] = aligned.read_tables(lines)
    rows = table.grid.matrix()
    assert rows[0][:4] == ["番号", "実績", "", "計画目標"]
    assert rows[1][1:4] == ["(H29)", "(H30)", "(R7)"]
    assert rows[3][1:4] == ["約94,080", "―", "102,480"]


def test_a_header_word_left_of_its_right_aligned_column_moves_over_it():
    # `指標` printed from its cell's left edge, the names under it aligned right: nearer the department column (a
    # heading and a unit caption over the header hide its gutter), it joined `担当部署` there; no header word stands
    # over the names, so it moves on to theirs, and the role line under the years is read as the header's (seed 4111)
    lines = [
        "基本目標１\u3000地域にしごとをつくる",
        "",
        "【単位：%】",
        "No.  担当部署    指標                                  指標の推移      "
        "                                                          評価",
        "                                             "
        "          平成30年度  令和元年度  令和2年度  令和3年度       令"
        "和7年度  令和10年度",
        "                                                       実績値  "
        "                                           中間目標   目標",
        "1    生涯学習課                      健康診査の受診率    ５"
        "７．６    ４８．５     未集計        ５１．４   ４６．１       "
        " 46.6    達成",
        "2    健康増進課                  自主防災組織の組織率       "
        " 68.2        65.3     未集計  80.9（見込み）   ６７．４  "
        "      68.2    達成",
    ]
    [table] = aligned.read_tables(lines)
    rows = table.grid.matrix()
    assert rows[3][:3] == ["No.", "担当部署", "指標"]
    assert rows[7][:3] == ["2", "健康増進課", "自主防災組織の組織率"]


def test_a_name_alone_at_a_page_foot_is_the_parent_of_the_segments_on_the_next_page():
    # `健康診査の受診率` alone under a row of values at the foot of a page, its segment rows `うち男性` / `うち女性`
    # under the next page's repeated header: their parent, not the wrapped end of the name above (seeds 4416, 4456)
    from tests.synth.score import read_text

    header = _line((0, "KPI"), (26, "基準値"), (35, "実績値"), (44, "最終目標"))
    text = "\n".join([header,
                      _line((0, "子育て支援の満足度"), (26, "68.2"), (35, "65.7"), (44, "70.0")),
                      "健康診査の受診率",
                      "－16－",
                      "\f" + header,
                      _line((0, "うち男性"), (26, "55.2"), (35, "42.7"), (44, "43.7")),
                      _line((0, "うち女性"), (26, "43.7"), (35, "42.2"), (44, "38.4")),
                      _line((0, "自主防災組織の組織率"), (26, "50.1"), (35, "56.8"), (44, "75.4"))])
    read = read_text(text)
    names = {(o["kpi_name"], o.get("segment")) for o in read if o.get("value") is not None}
    assert ("子育て支援の満足度", None) in names
    assert {("健康診査の受診率", "男性"), ("健康診査の受診率", "女性")} <= names


def test_a_rows_years_standing_off_its_values_flag_the_row():
    # names aligned right make the name column two, and the row's values and the years under them fall in columns
    # one apart: `2025(R7)年度` under the grade `×`, the target's year taken from the actual's (seed 4761)
    from tests.synth.score import read_text

    lines = [
        "基本目標１\u3000地域にしごとをつくる",
        "",
        "No.    指標名                    実績値（年度）        最終目標値        評価    担当課",
        "1        耕作放棄地の再生面積          ２６．９ha※1        ３０．０ha       ×",
        "                                       2021(R3)年度      2025(R7)年度",
        "                       うち男          １１．０ha※1            10.8ha",
        "                                       2021(R3)年度      2025(R7)年度",
        "                       うち女            １１．０ha        １４．５ha",
        "                                       2021(R3)年度      2025(R7)年度",
        "※平成30年度から集計方法を変更",
        "2        図書館の年間貸出冊数        ７９，８００冊    ７９，８００冊       △          総務課",
    ]
    read = read_text("\n".join(lines))
    wrong = [o for o in read if o.get("kpi_name") == "耕作放棄地の再生面積" and o.get("segment") is None
             and o.get("role") == "target" and o.get("period") != "FY2025" and not o.get("uncertain")]
    assert wrong == []


def test_a_name_beside_its_reason_and_department_at_a_page_foot_is_the_parent_of_the_next_pages_segments():
    # `ふるさと納税の寄附額` with its own reason and department but no value, at the foot of a page under a row of
    # values; its segment rows `男性` / `女性` under the next page's repeated header: their parent, not the end of
    # the name above (`耕作放棄地の再生面積ふるさと納税の寄附額` read 27.1 ha unflagged, seed 6157)
    from tests.synth.score import read_text

    header = _line((0, "策定時"), (12, "実績"), (22, "目標"), (32, "理由"), (60, "ＫＰＩ"), (84, "担当課"))
    text = "\n".join([header,
                      _line((0, "27.1ha"), (12, "20.4ha"), (22, "21.1ha"), (32, "新規事業を実施した。"),
                            (60, "耕作放棄地の再生面積"), (84, "健康増進課")),
                      _line((32, "新規事業を実施した。"), (60, "ふるさと納税の寄附額"), (84, "子育て支援課")),
                      "－30－",
                      "\f" + header,
                      _line((0, "20003千円"), (12, "24341千円"), (22, "27956千円"), (60, "男性")),
                      _line((0, "25787千円"), (12, "29884千円"), (22, "19762千円"), (60, "女性")),
                      _line((0, "1296千人"), (12, "1044千人"), (22, "1488千人"), (32, "減少した。"),
                            (60, "観光入込客数"), (84, "総務課"))])
    read = read_text(text)
    named = {(o["kpi_name"], o.get("segment"), o["value"]) for o in read if o.get("value") is not None}
    assert ("耕作放棄地の再生面積", None, 27.1) in named
    assert ("ふるさと納税の寄附額", "男性", 20003000) in named


def test_a_page_whose_lines_line_up_as_well_in_both_measures_keeps_the_measure_of_the_page_before():
    # the second page's value lines print their years `(2017)  (2029)` under them in ASCII, which line up as well
    # counted in characters as in display width: the first page's measure (display width) holds, and the target's
    # year stays 2029 (read 2017, the baseline's, unflagged: seed 5990)
    from tests.synth.score import read_text

    text = ("所管部局       数値目標                 策定時の値   目標         理由\n"
            "生涯学習課                   転入者数        1,59"
            "1   1632～1994   新型コロナウイルス感染症の影響により減少した。\n"
            "                                            (2017)       (2029)\n"
            "                                 男性        1,110        1,027\n"
            "                                            (2017)       (2029)\n"
            "36\n"
            "\f所管部局       数値目標                 策定時の値   目標         理由\n"
            "子育て支援課     町内事業所の従業者数        4,049        4,772"
            "             令和3年度に2件の新規事業を実施した。\n"
            "                                            (2017)       (2029)\n"
            "健康増進課     公共交通の年間利用者数      133,560      131,040"
            "             令和3年度に2件の新規事業を実施した。\n"
            "                                            (2017)       (2029)\n")
    read = read_text(text)
    targets = {(o["kpi_name"], o["period"]) for o in read if o.get("role") == "target" and not o.get("uncertain")}
    assert ("町内事業所の従業者数", "FY2017") not in targets
    assert ("町内事業所の従業者数", "FY2029") in targets


def test_a_bracketed_western_year_under_a_text_column_flags_its_row():
    # years `(2017)  (2029)` one column right of the values they date (the second under the reason): which value
    # each dates is a guess, like `2021(R3)年度` under a grade (`_years_off_values`)
    lines = ["指標名              基準値      目標値      理由",
             "町内事業所の従業者数  4,049       4,772       令和3年度に新規事業を実施した。",
             "                                (2017)      (2029)"]
    [table] = aligned.read_tables(lines)
    assert table.grid.matrix()[2][2:] == ["(2017)", "(2029)"]
    assert table.grid.uncertain_rows == {1, 2}


def test_a_wide_name_set_right_starting_under_the_header_stays_in_the_names_column():
    # names set right stand clear of the header `指標` printed at the column's left edge, which makes a column of
    # its own; a name wider than the others starts under it and runs on over the names' column: its cell is the
    # names' one, joined to its wrapped rest `実施率` (read `実施率` alone, unflagged: seed 6330)
    from tests.synth.score import read_text

    lines = ["基本目標１\u3000地域にしごとをつくる",
             "",
             "NO    指標                            （単位）    基準年度    現状      目標年度    目標          担当",
             "1           創業支援による創業件数          件    2015年度"
             "    未集計    2025年度            15      農林振興課",
             "※平成30年度から集計方法を変更",
             "2             ふるさと納税の寄附額        千円    2015年度"
             "    48,682    2025年度    52,538以上      健康増進課",
             "3             図書館の年間貸出冊数          冊    2015年度"
             "    96,600    2025年度         79800    子育て支援課",
             "4             耕作放棄地の再生面積          ha    2014年度"
             "      21.4    2025年度      24.5以上      商工観光課",
             "5     特定健康診査・特定保健指導の           %    2015年度"
             "    未集計    2025年度      45.9以上      企画政策課",
             "                            実施率",
             "6                     観光入込客数        万人    2014年度"
             "      65.0    2025年度      45.2以上      健康増進課"]
    [table] = aligned.read_tables(lines)
    assert table.grid.matrix()[8][1:3] == ["", "特定健康診査・特定保健指導の"]
    names = {o["kpi_name"] for o in read_text("\n".join(lines)) if o.get("value") is not None}
    assert "特定健康診査・特定保健指導の実施率" in names and "実施率" not in names


def test_a_note_over_a_row_printing_no_values_leaves_the_table_whole():
    # `※…` under a row, then a row of a name and a reason only (the parent of the segment rows `　男` / `　女`
    # under it): the table goes on under the note, the rows after it under its header (read by another reader as
    # actual values, four of them unflagged: seed 6462)
    lines = ["評価指標                        単位  策定時の値  計画目標   要因分析",
             "婚活イベントでのカップル成立数  組    14          13         目標には届いていない。",
             "※令和２年度は新型コロナウイルス感染症の影響により減少",
             "企業誘致件数                    件                           新規事業を実施した。",
             "\u3000男                              件    2           1",
             "\u3000女                              件    2           2以上",
             "耕作放棄地の再生面積            ha    20.2        20.4       連携し取組を進める。"]
    tables = aligned.read_tables(lines)
    assert [(t.first, t.last) for t in tables] == [(0, 6)]


def test_a_value_and_its_year_one_ideographic_space_apart_are_one_cell():
    # `5　2024年度（R6）`: the year typed into the value's cell after an ideographic space, which alone is a gap
    # between texts; cut there, a row whose values run wide put two values in one column (seed 6849)
    segs = aligned.segments("3   企業誘致件数    3\u30002021年度（R3）      2（見込み）\u30002022年度（R4）", True)
    assert [s.text for s in segs] == ["3", "企業誘致件数", "3\u30002021年度（R3）", "2（見込み）\u30002022年度（R4）"]


def test_a_note_over_the_next_numbered_row_leaves_the_table_whole():
    # `※…` under row 1, then row 2 printing a name and a grade only (the parent of the segment rows `男` / `女`):
    # its number says the table goes on (cut there, the rows after it took `2 概ね順調 創業支援…` for their goal)
    lines = ["No.    実績値（年度）    目標値（最終）    達成率    進捗評価    KPI",
             "1              87,360            90,720     96.3%    やや遅れ      図書館の年間貸出冊数（冊）",
             "         2021(R3)年度      2026(R8)年度",
             "※住民基本台帳による",
             "2                                                    概ね順調    創業支援による創業件数（件）",
             "                  9※1                10     90.0%                                          男",
             "         2021(R3)年度      2026(R8)年度",
             "3              28.1※1              25.9    108.5%    概ね順調      耕作放棄地の再生面積（ha）",
             "         2021(R3)年度      2026(R8)年度"]
    tables = aligned.read_tables(lines)
    assert [(t.first, t.last) for t in tables] == [(0, 8)]


def test_columns_that_join_the_name_header_with_another_flag_the_table():
    # reasons set in the middle of their cells bridge the gutter between 評価の理由 and 評価指標, which the header
    # prints apart: the columns run reasons and names into one, and which is the name is a guess (seed 7066 read
    # the reasons as the names, unflagged)
    lines = ["基本目標１\u3000地域にしごとをつくる",
             "",
             "数値" + " " * 68 + "評価    評価の理由" + " " * 41 + "評価指標" + " " * 37 + "担当課",
             "策定時          実績（見込み含む）    中間目標値      目標値（最終）",
             "（2019年度）    （2020年度）          （2024年度）    （2027年度）",
             "7                                6               7                 7       ○     "
             "新型コロナウイルス感染症の影響により減少した。             地域おこし協力隊の定住者数（人）",
             "19                              20              19            17以上       △               "
             "令和3年度に2件の新規事業を実施した。                 創業支援による創業件数（件）    健康増進課",
             "76.9                          75.6            58.3              63.9       △    "
             "前年度比で12.5%増加したが目標には届いていない。    子育て支援に満足している保護者の割合（%）",
             "82,320                      97,440          88,200        94,080以上       ◎    "
             "前年度比で12.5%増加したが目標には届いていない。                   図書館の年間貸出冊数（冊）"]
    [table] = aligned.read_tables(lines)
    assert "評価の理由 評価指標" in table.grid.matrix()[2]
    assert table.grid.uncertain
