"""The table interpreter on small hand-made grids: header variants, western years, unit column, repeated header,
multi-line cells, merged goal cells, continued tables, and what it reports when it cannot read a table.

Every expected value below was worked out by hand from the grid in the test (e.g. `12.4` under a `千人` unit column
is 12,400 人; `令和２年度・2020年度` is FY2020).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.model import Extraction
from ingest.table.context import TextLine
from ingest.table.grid import Grid, GridCell, grid_from_rows
from ingest.table.header import NAME, UNIT, VALUE, header_role, opens_new_table, read_layout
from ingest.table.interpret import Interpreter, header_over
from normalize.header import parse_header
from records import extraction_records


def _text_grid(*rows: list[str], first_line: int = 1) -> Grid:
    return grid_from_rows([(first_line + i, cells) for i, cells in enumerate(rows)], "test-text")


def _read(*items: Grid | list[str]) -> Extraction:
    """Hand grids (and text lines, as lists of strings) to the interpreter in reading order."""
    extraction = Extraction("hand.txt", "unknown")
    interpreter = Interpreter(extraction)
    for item in items:
        if isinstance(item, Grid):
            interpreter.grid(item)
        else:
            interpreter.lines([TextLine(text, float(i), float(i + 1)) for i, text in enumerate(item)])
    interpreter.finish()
    return extraction


def _values(extraction: Extraction) -> list[tuple]:
    observations, _, _ = extraction_records(extraction)
    return [(o["kpi_name"], o["segment"], o["role"], o["period"], Decimal(str(o["value"])) if o["value"] is not None
             else None, o["unit"]) for o in observations]


# --- headers -----------------------------------------------------------------------------------------------------

def test_header_words_of_other_municipalities_name_their_columns():
    assert header_role("指標") == NAME
    assert header_role("目標項目") == NAME
    assert header_role("重要業績評価指標（KPI）") == NAME
    assert header_role("単位") == UNIT
    assert header_role("所管課") == "department"
    assert header_role("主管課") == "department"
    assert header_role("基本目標") == "goal"  # not a 目標 (target) column
    assert header_role("KPI目標値") == VALUE  # a value role word wins over the name word beside it
    assert header_role("中間目標 令和５年度・2023年度") == VALUE


def test_header_periods_in_western_era_both_and_bare_years():
    assert parse_header("基準値（2014年度）") == ("baseline", "FY2014")
    assert parse_header("2019年度\n目標値") == ("target", "FY2019")
    assert parse_header("実績値 令和２年度・2020年度") == ("actual", "FY2020")
    assert parse_header("中間目標") == ("target", None)
    assert parse_header("目標値(2025)") == ("target", "FY2025")
    assert parse_header("現状値（平成30年）") == ("baseline", "CY2018")


def test_three_column_table_with_western_years_in_a_second_header_line():
    grid = _text_grid(["指標", "基準値", "目標値"], ["", "2018年度", "2024年度"], ["新規就農者数", "3人", "15人"])
    layout = read_layout(grid)
    assert layout is not None and (layout.header_start, layout.header_end) == (0, 2)
    assert _values(_read(grid)) == [
        ("新規就農者数", None, "baseline", "FY2018", Decimal(3), "人"),
        ("新規就農者数", None, "target", "FY2024", Decimal(15), "人"),
    ]


def test_a_label_over_the_values_tops_a_three_row_header():
    # invented: `数値` (no header word) merged over the value columns, the name and unit headers merged down beside
    # it, role words under it (`実績値` over two years), the years under them: one band of three rows
    grid = _text_grid(["指標名", "単位", "数値"], ["", "", "基準値", "実績値", "", "目標値"],
                      ["", "", "R1", "R3", "R4", "R7"], ["転入者数", "人", "1,200", "1,250", "1,310", "1,400"])
    layout = read_layout(grid)
    assert layout is not None and (layout.header_start, layout.header_end) == (0, 3)
    assert _values(_read(grid)) == [
        ("転入者数", None, "baseline", "FY2019", Decimal(1200), "人"),
        ("転入者数", None, "actual", "FY2021", Decimal(1250), "人"),
        ("転入者数", None, "actual", "FY2022", Decimal(1310), "人"),
        ("転入者数", None, "target", "FY2025", Decimal(1400), "人"),
    ]
    # a text over one value column beside others that print nothing on its line, but printing a figure: no label
    grid = _text_grid(["指標名", "単位", "数値10"], ["", "", "基準値", "目標値"], ["", "", "R1", "R7"],
                      ["転入者数", "人", "1,200", "1,400"])
    assert read_layout(grid) is None


def test_a_progress_word_over_the_values_heads_no_progress_column():
    # invented: `進捗状況` merged over 基準値 and 目標値 (a ruled grid: one cell spanning both; a text line: printed
    # over the first, nothing beside it): the columns are the values their own rows name, not a progress column
    ruled = Grid(1, (0, 0, 1, 1), 4, 4, "test-ruled", [
        GridCell(0, 0, "指標名", row_span=3), GridCell(0, 1, "進捗状況", col_span=2),
        GridCell(0, 3, "担当課", row_span=3),
        GridCell(1, 1, "基準値"), GridCell(1, 2, "目標値"), GridCell(2, 1, "（R1）"), GridCell(2, 2, "（R7）"),
        GridCell(3, 0, "新規就農者数"), GridCell(3, 1, "3人"), GridCell(3, 2, "15人"), GridCell(3, 3, "農林課")])
    text = _text_grid(["指標名", "進捗状況", "", "担当課"], ["", "基準値", "目標値"], ["", "（R1）", "（R7）"],
                      ["新規就農者数", "3人", "15人", "農林課"])
    for grid in (ruled, text):
        layout = read_layout(grid)
        assert layout is not None and [c.role for c in layout.columns] == [NAME, VALUE, VALUE, "department"]
        assert _values(_read(grid)) == [
            ("新規就農者数", None, "baseline", "FY2019", Decimal(3), "人"),
            ("新規就農者数", None, "target", "FY2025", Decimal(15), "人"),
        ]
    # a progress column of its own, its own header over each of its rows (`評価` over `（R5）`): still progress
    grid = _text_grid(["指標名", "実績値", "評価"], ["", "（R5）", "（R5）"], ["新規就農者数", "12人", "A"])
    assert [c.role for c in read_layout(grid).columns] == [NAME, VALUE, "progress"]


def test_header_band_read_once_for_every_reading_of_a_grid(monkeypatch):
    """The bands a caller read (`read_layout(grid, known)`) serve the interpreter's readings of the same grid
    (split at headers, then its layout): each header band is read once, and the table reads as without them."""
    from ingest.table import header

    calls = []
    band_at = header._band_at
    monkeypatch.setattr(header, "_band_at", lambda grid, start: calls.append(start) or band_at(grid, start))
    grid = _text_grid(["指標", "基準値", "目標値"], ["", "2018年度", "2024年度"], ["新規就農者数", "3人", "15人"])
    known: dict = {}
    assert read_layout(grid, known) is not None
    extraction = Extraction("hand.txt", "unknown")
    interpreter = Interpreter(extraction)
    interpreter.grid(grid, known=known)
    interpreter.finish()
    assert calls == [0]  # the one band, starting at the first row
    assert _values(extraction) == [
        ("新規就農者数", None, "baseline", "FY2018", Decimal(3), "人"),
        ("新規就農者数", None, "target", "FY2024", Decimal(15), "人"),
    ]


def test_unit_column_applies_to_bare_values_and_folds_its_multiplier():
    grid = _text_grid(["No.", "指標名", "単位", "基準値 令和２年度・2020年度", "目標値 令和８年度・2026年度"],
                      ["1", "観光入込客数", "千人", "1,250", "1,600"],
                      ["2", "企業誘致件数", "件", "0", "4件"])
    assert _values(_read(grid)) == [
        ("観光入込客数", None, "baseline", "FY2020", Decimal(1250000), "人"),
        ("観光入込客数", None, "target", "FY2026", Decimal(1600000), "人"),
        ("企業誘致件数", None, "baseline", "FY2020", Decimal(0), "件"),
        ("企業誘致件数", None, "target", "FY2026", Decimal(4), "件"),
    ]


# --- rows ----------------------------------------------------------------------------------------------------------

def test_header_repeated_inside_a_text_table_is_no_row():
    grid = _text_grid(["指標名", "現状値", "目標値"], ["転入者数", "1,850人", "2,100人"],
                      ["指標名", "現状値", "目標値"], ["転出者数", "1,900人", "1,800人"])
    extraction = _read(grid)
    assert [row.name for row in extraction.rows] == ["転入者数", "転出者数"]
    assert [row.ref.line for row in extraction.rows] == [2, 4]


def test_multi_line_cells_of_text_rows_join_into_one_row_with_segments():
    grid = _text_grid(["指標名", "基準値（令和元年）", "目標値（令和６年）"],
                      ["健康寿命", "男性79.8歳", "男性81.0歳"],
                      ["", "女性83.9歳", "女性85.0歳"],
                      ["英語の学習が楽しいと感じている児童・", "80.0%", "90.0%"],
                      ["生徒の割合", "", ""])
    extraction = _read(grid)
    assert [row.name for row in extraction.rows] == ["健康寿命", "英語の学習が楽しいと感じている児童・\n生徒の割合"]
    assert _values(extraction)[:4] == [
        ("健康寿命", "男性", "baseline", "CY2019", Decimal("79.8"), "歳"),
        ("健康寿命", "女性", "baseline", "CY2019", Decimal("83.9"), "歳"),
        ("健康寿命", "男性", "target", "CY2024", Decimal("81.0"), "歳"),
        ("健康寿命", "女性", "target", "CY2024", Decimal("85.0"), "歳"),
    ]


def test_records_separated_by_empty_lines_gather_values_printed_above_and_below_the_name():
    grid = _text_grid(["指標名", "現状値", "目標値"], ["", "", ""], ["", "187事業所", "195事業所"],
                      ["製造業の事業所数", "", ""], ["", "(平成29年)", "(令和8年)"], ["", "", ""],
                      ["新規就農者数", "21人", "157人"])
    assert _values(_read(grid)) == [
        ("製造業の事業所数", None, "baseline", "CY2017", Decimal(187), "事業所"),
        ("製造業の事業所数", None, "target", "CY2026", Decimal(195), "事業所"),
        ("新規就農者数", None, "baseline", None, Decimal(21), "人"),
        ("新規就農者数", None, "target", None, Decimal(157), "人"),
    ]


def test_merged_goal_cells_give_every_row_its_goal_and_a_continued_page_carries_it():
    page1 = Grid(1, (0, 0, 1, 1), 3, 4, "test-ruled", [
        GridCell(0, 0, "基本目標"), GridCell(0, 1, "指標名"), GridCell(0, 2, "基準値\n(2019年度)"),
        GridCell(0, 3, "目標値\n(2025年度)"),
        GridCell(1, 0, "1 しごとをつくる", row_span=2),
        GridCell(1, 1, "新規求人数"), GridCell(1, 2, "1,563件"), GridCell(1, 3, "1,630件"),
        GridCell(2, 1, "創業相談件数"), GridCell(2, 2, "10件"), GridCell(2, 3, "28件")])
    page2 = Grid(2, (0, 0, 1, 1), 1, 4, "test-ruled", [
        GridCell(0, 0, ""), GridCell(0, 1, "企業誘致件数"), GridCell(0, 2, "2件"), GridCell(0, 3, "5件")])
    extraction = _read(page1, page2)
    assert [(row.name, row.goal, row.ref.page) for row in extraction.rows] == [
        ("新規求人数", ("1 しごとをつくる",), 1), ("創業相談件数", ("1 しごとをつくる",), 1),
        ("企業誘致件数", ("1 しごとをつくる",), 2)]


SHEET_HEADER = ["具体的な施策", "区分", "指標名", "基準値\n(2019年度)", "目標値\n(2025年度)", "担当課"]


def test_a_row_broken_by_the_page_break_goes_on_in_the_first_row_of_the_next_page():
    """LibreOffice lets a row break: the name's (and the measure's) last line is printed under the repeated header,
    with no value, kind or department of its own."""
    page1 = _ruled(3, [SHEET_HEADER, ["① 交流の推進", "KPI", "多文化共生講座への参", "173人", "190人", "国際課"]])
    page2 = _ruled(4, [SHEET_HEADER, ["の充実", "", "加者数", "", "", ""],
                       ["", "KPI", "翻訳数", "147枚", "230枚", "国際課"]])
    extraction = _read(page1, page2)
    assert [(row.name, row.goal, row.ref.page, len(row.cells)) for row in extraction.rows] == [
        ("多文化共生講座への参\n加者数", ("① 交流の推進の充実",), 3, 2), ("翻訳数", ("① 交流の推進の充実",), 4, 2)]
    _, indicators, _ = extraction_records(extraction)
    assert [i["kpi_name"] for i in indicators] == ["多文化共生講座への参加者数", "翻訳数"]
    # without the header repeated, the same
    page2 = _ruled(4, [["の充実", "", "加者数", "", "", ""], ["", "KPI", "翻訳数", "147枚", "230枚", "国際課"]])
    assert [row.name for row in _read(page1, page2).rows] == ["多文化共生講座への参\n加者数", "翻訳数"]


def test_an_indicator_without_values_at_the_top_of_a_page_is_its_own_row():
    """A row that prints its kind or department starts an indicator even without values; and on the same page a
    row is never taken for a broken one."""
    first = ["① 交流の推進", "KPI", "多文化共生講座の参加者数", "173人", "190人", "国際課"]
    page2 = _ruled(4, [SHEET_HEADER, ["", "KPI", "鉄道利用者数", "", "", "交通政策課"]])
    assert [row.name for row in _read(_ruled(3, [SHEET_HEADER, first]), page2).rows] == [
        "多文化共生講座の参加者数", "鉄道利用者数"]
    same_page = _ruled(3, [SHEET_HEADER, first, ["", "", "翻訳数", "", "", ""]])
    assert [row.name for row in _read(same_page).rows] == ["多文化共生講座の参加者数", "翻訳数"]


def test_goal_heading_and_kind_caption_come_from_the_surrounding_lines():
    grid = _text_grid(["指標", "基準値", "目標値"], ["移住相談件数", "30件", "50件"])
    extraction = _read(["基本目標１ 新しいひとの流れをつくる", "重要業績評価指標（KPI）"], grid)
    assert [(row.kind, row.goal) for row in extraction.rows] == [("KPI", ("基本目標１ 新しいひとの流れをつくる",))]
    _, indicators, _ = extraction_records(extraction)
    assert indicators[0]["goal"] == "1 新しいひとの流れをつくる"


def test_a_grid_holding_two_captioned_tables_reads_each_with_its_own_kind():
    grid = _text_grid(["数値目標", "", ""], ["指標名", "基準値", "目標値"], ["転入者数", "412人", "480人"],
                      ["", "", ""], ["【重要業績評価指標（KPI）】", "", ""], ["指標名", "基準値", "目標値"],
                      ["移住相談件数", "30件", "50件"])
    assert [(row.kind, row.name) for row in _read(grid).rows] == [("数値目標", "転入者数"), ("KPI", "移住相談件数")]


# --- what could not be read stays visible ----------------------------------------------------------------------

def test_value_headers_without_indicator_column_are_reported_with_their_places():
    no_name = [["事業名", "目標値", "実績値"], ["移住促進事業", "50件", "42件"]]
    extraction = _read(Grid(5, (0, 0, 1, 1), 2, 3, "t", [GridCell(r, c, t) for r, row in enumerate(no_name)
                                                           for c, t in enumerate(row)]),
                       Grid(10, (0, 0, 1, 1), 2, 3, "t", [GridCell(r, c, t) for r, row in enumerate(no_name)
                                                            for c, t in enumerate(row)]))
    assert extraction.rows == []
    assert extraction.warnings == ["2 tables with 目標値/実績値 headers at page 5, page 10; no indicator column found"]


def test_a_table_without_any_header_is_reported_as_skipped():
    extraction = _read(_text_grid(["りんご", "3個"], ["みかん", "5個"], first_line=7))
    assert extraction.warnings == ["1 table without indicator header skipped at line 7"]


def test_a_one_row_table_that_continues_nothing_is_named_in_a_warning():
    """A lone row on the next page with other columns than the table before it is not read, and says so; with the
    same columns it is the table's next row."""
    page1 = _ruled(3, [SHEET_HEADER, ["① 交流の推進", "KPI", "翻訳数", "147枚", "230枚", "国際課"]])
    lone = _ruled(4, [["KPI", "通訳派遣件数", "12件", "20件"]])
    extraction = _read(page1, lone)
    assert [row.name for row in extraction.rows] == ["翻訳数"]
    assert extraction.warnings == ["1 one-row table not joined to the table before it (other columns, or a heading "
                                   "between), not read: page 4: KPI | 通訳派遣件数 | 12件 | 20件"]
    same = _ruled(4, [["", "KPI", "通訳派遣件数", "12件", "20件", "国際課"]])
    extraction = _read(page1, same)
    assert [row.name for row in extraction.rows] == ["翻訳数", "通訳派遣件数"] and extraction.warnings == []


def test_cells_under_an_unknown_column_become_rejects_with_their_line():
    grid = _text_grid(["指標名", "事業名", "目標値"], ["移住相談件数", "移住促進事業", "50件"], first_line=3)
    extraction = _read(grid)
    assert [row.name for row in extraction.rows] == ["移住相談件数"]
    assert [(r.ref.line, r.raw, r.reason) for r in extraction.rejects] == [
        (4, "移住促進事業", "cell under an unrecognised column header '事業名'")]


def test_measure_heading_named_shisaku_is_the_level_under_the_basic_goal():
    grid = _text_grid(["指標名", "現状値", "目標値"], ["保育所待機児童数", "5人", "0人"])
    extraction = _read(["基本目標２ 子育てを支える", "施策１ 保育の充実"], grid)
    _, indicators, _ = extraction_records(extraction)
    assert indicators[0]["goal"] == "2 子育てを支える / 施策1 保育の充実"


def test_a_year_printed_on_the_names_line_waits_for_the_value_above_it():
    grid = _text_grid(["指標名", "現状値", "目標値"], ["", "187事業所", "195事業所"],
                      ["製造業の事業所数", "(平成29年)", "(令和8年)"], ["", "27,517人", "28,560人"],
                      ["製造業の従業者数", "(平成29年)", "(令和8年)"])
    rows = _read(grid).rows
    assert [(row.name, [c.text for c in row.cells]) for row in rows] == [
        ("製造業の事業所数", ["187事業所\n(平成29年)", "195事業所\n(令和8年)"]),
        ("製造業の従業者数", ["27,517人\n(平成29年)", "28,560人\n(令和8年)"])]


def test_a_note_line_under_a_text_table_is_the_note_of_the_marked_row():
    grid = _text_grid(["指標名", "現状値", "目標値"], ["鉄道利用者数", "490.7万人", "430万人(※)"],
                      ["※現状値からは減少しているが、", "", ""], ["令和4年度実績から増加させるもの。", "", ""])
    extraction = _read(grid)
    assert [(row.name, row.note) for row in extraction.rows] == [
        ("鉄道利用者数", "※現状値からは減少しているが、令和4年度実績から増加させるもの。")]
    assert extraction.rejects == [] and extraction.warnings == []


def test_activity_cells_are_goal_levels_and_related_projects_go_to_the_note():
    """A 取組 / 関連事業 / 指標名 table (004's shape): the 取組 cell is the row's level of the goal path, the 関連事業
    cell is kept in the note with its header, before the note column's own text."""
    grid = Grid(None, (0.0, 0.0, 5.0, 3.0), 3, 5, "test-ruled", [
        GridCell(0, 0, "取組"), GridCell(0, 1, "関連事業"), GridCell(0, 2, "指標名"), GridCell(0, 3, "目標値"),
        GridCell(0, 4, "備考"),
        GridCell(1, 0, "重点施策 6-3 方針1関係:植樹の推進"), GridCell(1, 1, "緑化推進事業"), GridCell(1, 2, "植樹本数"),
        GridCell(1, 3, "500本"), GridCell(1, 4, "累計"),
        GridCell(2, 0, "重点施策 6-4 方針2関係:水辺"), GridCell(2, 1, "河川管理事業"), GridCell(2, 2, "清掃回数"),
        GridCell(2, 3, "12回"),
    ])
    read = _read(grid)
    assert [(r.name, r.goal, r.note) for r in read.rows] == [
        ("植樹本数", ("重点施策 6-3 方針1関係:植樹の推進",), "関連事業: 緑化推進事業; 累計"),
        ("清掃回数", ("重点施策 6-4 方針2関係:水辺",), "関連事業: 河川管理事業"),
    ]
    assert not read.rejects  # kept in the note, so not also a reject (a cell is accounted for once)


# --- rows split at a delimiter (tab rows), goal columns, headings around (issue 11: one interpreter) -------------

def _delimited(*rows: list[str], first_line: int = 1) -> Grid:
    return grid_from_rows([(first_line + i, cells) for i, cells in enumerate(rows)], "test-tabs", delimited=True)


def _goals(extraction: Extraction) -> dict[str, tuple[str, ...]]:
    return {row.name: row.goal for row in extraction.rows}


def test_sub_goal_column_numbered_within_its_basic_goal_and_label_printed_mid_group():
    # the basic-goal label of a merged cell is printed on the second row of its group; sub-goals restart at 1
    extraction = _read(["基本目標1 ほかの見出し"], _delimited(
        ["大基本目標", "小基本目標", "指標名", "目標値 (令和6年度)"],
        ["", "1 雇用の創出", "新規求人数", "1,602件"],
        ["1 しごとの創生", "2 交流の拡大", "観光入込客数", "390万人"],
        ["2 ひとの創生", "1 子育ての支援", "出生数", "1,500人"],
    ))
    # the goal columns name the path from the basic goal down: the heading above the table gives nothing more
    assert _goals(extraction) == {
        "新規求人数": ("1 しごとの創生", "1-1 雇用の創出"),
        "観光入込客数": ("1 しごとの創生", "1-2 交流の拡大"),
        "出生数": ("2 ひとの創生", "2-1 子育ての支援"),
    }


def test_goal_label_split_over_two_cells_under_a_header_printed_over_the_second():
    extraction = _read(_delimited(
        ["", "大基本目標", "小基本目標", "指標名", "目標値 (令和6年度)"],
        ["2", "ひとの創生", "1 子育ての支援", "出生数", "1,500人"],
    ))
    assert _goals(extraction) == {"出生数": ("2 ひとの創生", "2-1 子育ての支援")}


def test_delimited_line_without_name_or_with_the_next_segment_continues_the_row_above():
    extraction = _read(_delimited(
        ["指標名", "目標値 (令和11年度)"],
        ["運動習慣のある市民の", "男性 40.0%"],
        ["割合", "女性 38.0%"],
        ["健康教室の開催回数", "24回"],
    ))
    assert [row.name for row in extraction.rows] == ["運動習慣のある市民の\n割合", "健康教室の開催回数"]
    assert _values(extraction)[:2] == [("運動習慣のある市民の割合", "男性", "target", "FY2029", Decimal("40.0"), "%"),
                                       ("運動習慣のある市民の割合", "女性", "target", "FY2029", Decimal("38.0"), "%")]


def test_delimited_row_wider_than_its_header_is_rejected_whole():
    extraction = _read(_delimited(
        ["指標名", "目標値 (令和11年度)"],
        ["図書館利用者数", "12万人", "13万人"],
        ["図書貸出冊数", "90万冊"],
    ))
    assert [row.name for row in extraction.rows] == ["図書貸出冊数"]
    assert [(r.ref.line, r.reason) for r in extraction.rejects] == [
        (2, "row has 3 cells but the header at line 1 has 2")]


def test_heading_label_alone_takes_its_title_from_the_next_line_and_a_misprinted_basic_goal_is_corrected():
    table = ["指標名", "目標値 (令和11年度)"]
    extraction = _read(
        ["基本目標2 くらしのまち", "基本目標3-1 交通の充実", "具体的な施策②", "バス路線の維持"],
        _delimited(table, ["バス利用者数", "30万人"]),
    )
    assert _goals(extraction) == {"バス利用者数": ("3 くらしのまち", "基本目標3-1 交通の充実",
                                                "具体的な施策② バス路線の維持")}
    assert any("disagrees with sub-goal 3-1" in w for w in extraction.warnings)


def test_note_under_a_table_whose_value_header_carries_the_mark_goes_to_every_row():
    extraction = _read(
        _delimited(["指標名", "目標値※ (令和9年度)"], ["出生数", "1,500人"], ["転入者数", "3,000人"]),
        ["※令和4年度実績値を基に設定した。", "本文の段落。", "※用語の説明。"],
    )
    assert {row.name: row.note for row in extraction.rows} == {
        "出生数": "目標値※ (令和9年度): ※令和4年度実績値を基に設定した。",
        "転入者数": "目標値※ (令和9年度): ※令和4年度実績値を基に設定した。",
    }
    # a note printed after other text (a glossary entry) is the text's own: neither attached nor reported as a
    # table's note; a note right under a table that no row takes is reported
    assert not any("※用語の説明" in w for w in extraction.warnings)
    unmarked = _read(_delimited(["指標名", "目標値 (令和9年度)"], ["出生数", "1,500人"]), ["※どの行にも付かない注記。"])
    assert unmarked.rows[0].note is None
    assert unmarked.warnings == ["note under a table tied to no row: ※どの行にも付かない注記。"]


# --- tables printed sideways (layouts 43, 44, 47) -------------------------------------------------------------


def _box_grid(rows: list[list[str]], spans: dict[tuple[int, int], int] | None = None) -> Grid:
    """A ruled grid (rows bounded by rules, not text lines); `spans` gives a cell's column span."""
    spans = spans or {}
    cells = [GridCell(r, c, text, col_span=spans.get((r, c), 1)) for r, row in enumerate(rows)
             for c, text in enumerate(row) if text is not None]
    return Grid(1, (0.0, 0.0, 100.0, 100.0), len(rows), max(map(len, rows)), "test-ruled", cells)


def test_transposed_grid_turns_spans():
    grid = _box_grid([["施策名", "施策1 何か", None], ["指標名", "甲", "乙"]], {(0, 1): 2}).transposed()
    assert (grid.n_rows, grid.n_cols) == (3, 2)
    assert grid.origin_at(1, 0) == GridCell(1, 0, "施策1 何か", row_span=2)
    assert grid.text_at(2, 0) == "施策1 何か" and grid.text_at(2, 1) == "乙"


def test_an_evaluation_form_box_reads_one_indicator_per_column():
    """Labels down the first column, one indicator per column, the 施策名 and 担当課 cells spanning both."""
    box = _box_grid([["施策名", "施策1-2　農業の担い手を育てる", None], ["担当課", "農林課", None],
                  ["指標名", "新規就農者数", "直売所の売上高"], ["基準値（R1）", "2人", "1.1億円"],
                  ["目標値（R6）", "10人", "1.5億円"], ["評価", "Ａ", "Ｂ"]], {(0, 1): 2, (1, 1): 2})
    extraction = _read(box)
    assert _values(extraction) == [
        ("新規就農者数", None, "baseline", "FY2019", Decimal(2), "人"),
        ("新規就農者数", None, "target", "FY2024", Decimal(10), "人"),
        ("直売所の売上高", None, "baseline", "FY2019", Decimal(110000000), "円"),
        ("直売所の売上高", None, "target", "FY2024", Decimal(150000000), "円")]
    assert [(r.department, r.progress, r.goal) for r in extraction.rows] == [
        ("農林課", "Ａ", ("施策1-2　農業の担い手を育てる",)), ("農林課", "Ｂ", ("施策1-2　農業の担い手を育てる",))]


def test_a_box_goal_heading_cut_at_its_wide_space_stays_one_goal_over_every_column():
    """The same box through a text layer (invented, as pdftotext -layout cuts the merged 施策名 cell): the goal's
    code under the first indicator, its name under the second. One heading over both, never the name as the
    second indicator's own sub-goal under the first's code."""
    box = _box_grid([["施策名", "施策1-2", "農業の担い手を育てる"], ["担当課", "農林課", "農林課"],
                     ["指標名", "新規就農者数", "直売所の売上高"], ["基準値（R1）", "2人", "1.1億円"],
                     ["目標値（R6）", "10人", "1.5億円"]])
    assert [r.goal for r in _read(box).rows] == [("施策1-2 農業の担い手を育てる",)] * 2


def test_two_goal_codes_side_by_side_stay_each_indicators_own():
    box = _box_grid([["施策名", "施策1-2", "施策1-3"], ["指標名", "新規就農者数", "直売所の売上高"],
                     ["基準値（R1）", "2人", "1.1億円"], ["目標値（R6）", "10人", "1.5億円"]])
    assert [r.goal for r in _read(box).rows] == [("施策1-2",), ("施策1-3",)]


def test_a_year_major_table_with_a_unit_row_reads_one_indicator_per_column():
    """Indicators across under a corner `年度`, years down, a unit row `（人）` under the names."""
    table = _box_grid([["年度", "転入者数", "移住相談件数"], ["", "（人）", "（件）"], ["基準値（R1）", "212", "18"],
                    ["R2", "198", "－"], ["目標値（R6）", "240", "50"]])
    assert _values(_read(table)) == [
        ("転入者数", None, "baseline", "FY2019", Decimal(212), "人"),
        ("転入者数", None, "actual", "FY2020", Decimal(198), "人"),
        ("転入者数", None, "target", "FY2024", Decimal(240), "人"),
        ("移住相談件数", None, "baseline", "FY2019", Decimal(18), "件"),
        ("移住相談件数", None, "actual", "FY2020", None, None),
        ("移住相談件数", None, "target", "FY2024", Decimal(50), "件")]


def test_a_label_column_with_one_value_word_is_not_turned():
    """Only one value word down the first column (a remark table `項目 | 内容`, `目標 | …`): not a sideways table,
    reported as a table it could not read, never read as indicators."""
    extraction = _read(_box_grid([["項目", "内容"], ["目標", "120人"], ["備考", "毎年度集計"]]))
    assert not extraction.rows


def test_a_form_of_label_value_pairs_is_one_indicator():
    """Label cells each followed by their value, two pairs a row; a long value spans the rest of its row."""
    form = _box_grid([["施策名", "施策3　移住を促進する", None, None], ["担当課", "企画課", "評価", "Ｂ"],
                      ["指標名", "成約件数", None, None], ["基準値（R1）", "6件", "目標値（R6）", "20件"]],
                     {(0, 1): 3, (2, 1): 3})
    extraction = _read(form)
    assert _values(extraction) == [("成約件数", None, "baseline", "FY2019", Decimal(6), "件"),
                                   ("成約件数", None, "target", "FY2024", Decimal(20), "件")]
    assert [(r.department, r.progress, r.goal) for r in extraction.rows] == [
        ("企画課", "Ｂ", ("施策3　移住を促進する",))]


def test_a_form_whose_reader_guessed_a_row_flags_its_values():
    """The same form from a reader that joined or cut one of its rows by a guess (`Grid.uncertain_rows`): the
    form becomes one row of values whatever row printed them, so every value is flagged."""
    form = _box_grid([["施策名", "施策3　移住を促進する", None, None], ["担当課", "企画課", "評価", "Ｂ"],
                      ["指標名", "成約件数", None, None], ["基準値（R1）", "6件", "目標値（R6）", "20件"]],
                     {(0, 1): 3, (2, 1): 3})
    form.uncertain_rows = {3}
    (row,) = _read(form).rows
    assert [(c.text, c.uncertain) for c in row.cells] == [("6件", True), ("20件", True)]


def test_rows_of_a_continued_table_are_no_form():
    """A table's rows on the next page without their header (`name | value | value`, `name | value`) are no
    label–value pairs: the labels would be indicator names, which no header word names."""
    header = _box_grid([["指標名", "基準値（R1）", "目標値（R6）", "実績値（R5）"],
                        ["転入者数", "212人", "240人", "230人"]])
    more = _box_grid([["出生数", "58人", "65人", "60人"], ["婚姻数", "40組", "50組", "44組"]])
    names = [row.name for row in _read(header, more).rows]
    assert names == ["転入者数", "出生数", "婚姻数"]


# --- goal headings printed one after the other ----------------------------------------------------------------

def _two_tables() -> tuple[Grid, Grid]:
    return (_text_grid(["指標名", "基準値（R1）", "目標値（R6）"], ["新規雇用者数", "48人", "80人"], first_line=5),
            _text_grid(["指標名", "基準値（R1）", "目標値（R6）"], ["転入者数", "620人", "700人"], first_line=9))


def test_two_goal_headings_one_after_the_other_flag_the_tables_below():
    """An A3 two-up page as a text layer without positions (pdfminer): both goal headings come before both tables;
    which heading owns which table cannot be told, so the rows are flagged uncertain and the reading says why."""
    first, second = _two_tables()
    extraction = _read(["基本目標１ 安定した雇用を創出する", "基本目標２ 新しい人の流れをつくる"], first, second)
    observations, _, _ = extraction_records(extraction)
    assert len(observations) == 4 and all(o["uncertain"] for o in observations)
    assert any("printed one after the other" in w for w in extraction.warnings)


def _two_up(pages: list[int]) -> list[tuple[str, str, bool]]:
    """The two tables of `_two_tables` under two goal headings printed one after the other (text lines 1 and 3),
    the text's page of each line given: (name, goal, goal_uncertain) of each indicator."""
    extraction = Extraction("hand.txt", "unknown")
    interpreter = Interpreter(extraction, line_pages=pages)
    interpreter.lines([TextLine(text, float(n), float(n + 1), line=n) for n, text in
                       [(1, "基本目標１ 安定した雇用を創出する"), (3, "基本目標２ 新しい人の流れをつくる")]])
    for grid in _two_tables():
        interpreter.grid(grid)
    interpreter.finish()
    _, indicators, _ = extraction_records(extraction)
    return [(i["kpi_name"], i["goal"], bool(i["goal_uncertain"])) for i in indicators]


def test_two_goal_headings_over_two_tables_of_their_page_give_each_table_its_heading_in_turn():
    """The A3 two-up page of pdfminer (layouts 41): both headings, then the left column's table, then the right
    one's, its header printed again on the same page. As many tables as headings: the first table is the first
    heading's. The text shows no positions, so both stay flagged."""
    assert _two_up([0] * 12) == [("新規雇用者数", "1 安定した雇用を創出する", True),
                                 ("転入者数", "2 新しい人の流れをつくる", True)]
    # the header repeated on the next page: one table going on, under the later heading as before (flagged)
    assert _two_up([0] * 8 + [1] * 4) == [("新規雇用者数", "2 新しい人の流れをつくる", True),
                                          ("転入者数", "2 新しい人の流れをつくる", True)]


def test_a_goal_heading_with_text_between_is_no_stack():
    """A goal whose heading is followed by prose, then the next goal's heading and its table: nothing ambiguous."""
    first, second = _two_tables()
    extraction = _read(["基本目標１ 安定した雇用を創出する", "本町の雇用を守ります。",
                        "基本目標２ 新しい人の流れをつくる"], first, ["基本目標３ 子育てを支える"], second)
    observations, _, _ = extraction_records(extraction)
    assert len(observations) == 4 and not any(o["uncertain"] for o in observations)
    assert not any("printed one after the other" in w for w in extraction.warnings)


def test_a_bare_numbered_section_over_a_labelled_goal_is_no_stack():
    """A report's numbered section `２ 基本目標ごとの検証結果` right above `基本目標１ …` and its table: a section and
    its first goal print differently (a bare number, a labelled goal), two goals side by side print alike."""
    first, _ = _two_tables()
    extraction = _read(["２ 基本目標ごとの検証結果", "基本目標１ 安定した雇用を創出する"], first)
    observations, indicators, _ = extraction_records(extraction)
    assert len(observations) == 2 and not any(o["uncertain"] for o in observations)
    assert [i["goal"] for i in indicators] == ["1 安定した雇用を創出する"]
    assert not any("printed one after the other" in w for w in extraction.warnings)


def test_a_note_closing_a_grid_without_rules_is_no_indicator():
    """A table without rules (rows from white space, `line_rows` off) takes the `※` note printed under it as a last
    row of one text in the first column: it is the note under the table, not an indicator without values."""
    rows = [["指標名", "基準値（R1）", "目標値（R6）"], ["新規創業者数", "1人", "5人"],
            ["特産品の販売額", "2,850万円", "4,000万円"], ["※実績値は各年度末の数値。"]]
    cells = [GridCell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)]
    grid = Grid(1, (40.0, 100.0, 490.0, 200.0), 4, 3, "test-whitespace", cells, [100.0, 125.0, 150.0, 175.0, 200.0])
    extraction = _read(grid)
    _, indicators, _ = extraction_records(extraction)
    assert [i["kpi_name"] for i in indicators] == ["新規創業者数", "特産品の販売額"]
    assert extraction.warnings == ["note under a table tied to no row: ※実績値は各年度末の数値。"]

def test_a_kind_label_beside_a_values_year_in_a_text_table_is_no_new_header():
    # a LibreOffice table through pdftotext -layout (invented names): `KPI` in the kind column and a value's year
    # `(平成30年度)` on the name's line, the value printed on the line above, look like a header (`KPI` names an
    # indicator column, a year a value column); the same `KPI` printed in the kind column above says it is a row
    grid = _text_grid(["区分", "指標名", "現状値", "目標値"], ["KPI", "創業相談件数", "10件", "28件"], ["", "", "", ""],
                      ["", "", "42.5%", "60.0%"], ["KPI", "特定健診の実施率", "(平成30年度)", ""])
    assert [v for v in _values(_read(grid)) if v[0] == "特定健診の実施率"] == [
        ("特定健診の実施率", None, "baseline", "FY2018", Decimal("42.5"), "%"),
        ("特定健診の実施率", None, "target", None, Decimal("60"), "%"),
    ]


def test_a_form_whose_values_a_reader_cut_at_their_spaces_pairs_labels_by_column():
    # a form box through pdftotext -layout (invented): `施策３     移住の促進` is one value cut at its gap, `評価` a
    # label in a column of labels; the labels' columns pair each label with the texts up to the next label column
    rows = [["施策名", "施策３", "移住の促進", "", ""], ["担当課", "企画課", "", "評価", "Ｂ"],
            ["指標名", "空き家の成約件数", "", "", ""], ["基準値（R1）", "6件", "", "目標値（R6）", "20件"]]
    grid = grid_from_rows(list(enumerate(rows, start=1)), "test-text", line_rows=False)
    assert _values(_read(grid)) == [("空き家の成約件数", None, "baseline", "FY2019", Decimal(6), "件"),
                                    ("空き家の成約件数", None, "target", "FY2024", Decimal(20), "件")]
    extraction = _read(grid)
    assert extraction.rows[0].goal == ("施策３ 移住の促進",) and extraction.rows[0].department == "企画課"


def test_a_value_with_its_unit_beside_a_progress_word_is_no_goal_heading():
    # a row broken over lines in a text table (002 exported by LibreOffice, through pdftotext -layout: `365 日` the
    # leap-year value's second line, `順調に進捗` a wrapped progress cell): read as `365 日 順調に進捗` it looks like a
    # numbered goal heading, which would end the table there
    grid = _text_grid(["指標名", "実績値", "目標値", "進捗状況"], ["開設日数", "366日", "366日", ""],
                      ["", "365 日", "", "順調に進捗"], ["", "", "", ""], ["創業件数", "5件", "8件", "順調"])
    extraction = _read(grid)
    assert [(row.name, row.goal) for row in extraction.rows] == [("開設日数", ()), ("創業件数", ())]
    assert ("創業件数", None, "target", None, Decimal(8), "件") in _values(extraction)


def test_cells_one_column_off_are_flagged_not_trusted():
    """A text layer whose narrow 単位 column ran into its neighbours (layout 52's `-layout` text) or whose target ran
    into the department (layout 54's): a unit alone in a value column, or a value at the start of the department
    cell, means the row's cells sit one column off, so its values are flagged uncertain; a row whose cells sit
    right is not."""
    grid = _text_grid(["指標名", "単位", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課"],
                      ["出生数", "人", "86", "79", "90", "健康福祉課"],
                      ["住宅補助の交付額", "", "千円", "2,400", "5,150", "6,000 建設課"],
                      ["新規創業者数", "", "1人", "2人", "3人", "5人 産業振興課"])
    observations, _, _ = extraction_records(_read(grid))
    flagged = {(o["kpi_name"], o["uncertain"]) for o in observations}
    assert flagged == {("出生数", False), ("住宅補助の交付額", True), ("新規創業者数", True)}


def test_a_department_in_a_value_cell_flags_the_row():
    """A `-layout` line of full-width figures that pdftotext set narrower than its header: the department slid
    into the target column (`１３，５００億円 企業誘致課`) and the target reads no number. The row's cells sit off,
    so its values are flagged; a row whose cells sit right is not."""
    grid = _text_grid(["指標名", "基準値（R1）", "目標値（R8）", "担当課"],
                      ["企業誘致件数", "3件", "5件", "企業誘致課"],
                      ["製造品出荷額等", "１１，９４２億円", "１３，５００億円 企業誘致課", ""])
    observations, _, _ = extraction_records(_read(grid))
    flagged = {(o["kpi_name"], o["uncertain"]) for o in observations}
    assert flagged == {("製造品出荷額等", True), ("企業誘致件数", False)}


def test_text_in_a_column_without_header_flags_the_row_and_is_rejected():
    """A `-layout` page prints a `指標名` header spanning the names and their labels once, over the names (layouts 87):
    the labels (`男性`) stand in a column without header. What they say of the values cannot be read there, so the
    row's values are flagged and the label is a reject, not dropped silently; a row with nothing there is not."""
    grid = _text_grid(["指標名", "", "基準値（R1）", "目標値（R7）"],
                      ["特定健康診査の受診率", "", "38.5%", "60.0%"],
                      ["運動習慣のある人の割合", "男性", "28.0%", "35.0%"])
    extraction = _read(grid)
    observations, _, _ = extraction_records(extraction)
    assert {(o["kpi_name"], o["uncertain"]) for o in observations} == {
        ("特定健康診査の受診率", False), ("運動習慣のある人の割合", True)}
    assert [(r.ref.line, r.raw, r.reason) for r in extraction.rejects] == [
        (3, "男性", "cell in a column without header")]


def test_a_unit_field_read_into_the_header_row_is_the_tables_unit():
    """A text reader that joins the field line `（単位：人）` with the header line under it (pdftotext -raw of layouts
    69) gives the field as a header cell of its own: the bare numbers of the table are still counted in 人, and a
    value printed with its own unit keeps it."""
    grid = _text_grid(["（単位：人）", "指標名", "基準値（R1）", "目標値（R7）"],
                      ["", "創業者数", "18", "30"],
                      ["", "会員数", "1,240", "1,300件"])
    assert _values(_read(grid)) == [
        ("創業者数", None, "baseline", "FY2019", Decimal("18"), "人"),
        ("創業者数", None, "target", "FY2025", Decimal("30"), "人"),
        ("会員数", None, "baseline", "FY2019", Decimal("1240"), "人"),
        ("会員数", None, "target", "FY2025", Decimal("1300"), "件"),
    ]


def test_two_unit_fields_in_the_header_row_name_no_table_unit():
    grid = _text_grid(["（単位：人）", "指標名", "基準値（R1）", "（単位：件）"],
                      ["", "創業者数", "18", ""])
    assert _values(_read(grid)) == [("創業者数", None, "baseline", "FY2019", Decimal("18"), None)]


def test_a_kind_caption_read_into_the_header_row_gives_the_tables_kind():
    """`【重要業績評価指標（KPI）】` joined with the header line under it (a text reader of layouts 68) still names the
    kind of the table's rows, over a `【数値目標】` caption printed further up; an unbracketed column header that names
    a kind is no caption."""
    grid = _text_grid(["【重要業績評価指標（KPI）】", "現状値（R5）", "目標値（R11）"],
                      ["町内での創業件数", "3件", "8件"])
    assert [row.kind for row in _read(["【数値目標】"], grid).rows] == ["KPI"]
    grid = _text_grid(["重要業績評価指標", "現状値（R5）", "目標値（R11）"], ["町内での創業件数", "3件", "8件"])
    assert [row.kind for row in _read(["【数値目標】"], grid).rows] == ["数値目標"]


def test_a_unit_in_the_names_brackets_that_the_unit_column_contradicts_is_flagged():
    """`観光入込客数（千人）` beside a 単位 column saying `人`: 485 may be people or thousands of people. The value is
    kept with the column's unit, flagged uncertain, and the indicator's note says why; brackets that agree with the
    column (`（人）` and `人`) flag nothing."""
    grid = _text_grid(["指標名", "単位", "基準値（R1）"], ["観光入込客数（千人）", "人", "485"],
                      ["移住者数（人）", "人", "64"])
    observations, indicators, _ = extraction_records(_read(grid))
    assert [(o["kpi_name"], o["value"], o["unit"], o["uncertain"]) for o in observations] == [
        ("観光入込客数(千人)", 485.0, "人", True), ("移住者数(人)", 64.0, "人", False)]
    assert [i["note"] for i in indicators] == ["unit in the name's brackets differs from the unit column", None]


def test_a_row_leaving_a_filled_unit_column_empty_beside_bare_numbers_is_flagged():
    """pypdfium2 drops the `%` of one 単位 cell (layouts 52): `48.5` beside an empty unit cell, while the other rows
    fill theirs, may have lost its unit; kept unitless, flagged, the note says why. A row whose values print their
    own unit, and a table whose unit column is empty throughout, flag nothing."""
    grid = _text_grid(["指標名", "単位", "基準値（R1）"], ["出生数", "人", "86"],
                      ["満足している保護者の割合", "", "48.5"], ["転入者の割合", "", "12.5%"])
    observations, indicators, _ = extraction_records(_read(grid))
    assert [(o["kpi_name"], o["value"], o["unit"], o["uncertain"]) for o in observations] == [
        ("出生数", 86.0, "人", False), ("満足している保護者の割合", 48.5, None, True),
        ("転入者の割合", 12.5, "%", False)]
    assert [i["note"] for i in indicators] == [None, "the unit column is empty in this row, filled in others", None]
    grid = _text_grid(["指標名", "単位", "基準値（R1）"], ["合計特殊出生率", "", "1.44"])
    assert [o["uncertain"] for o in extraction_records(_read(grid))[0]] == [False]


def test_a_name_opening_with_a_department_beside_an_empty_department_cell_is_flagged():
    """A one-cell-per-line text layer may glue the 担当課 line to the name (`健康福祉課乳幼児健診の受診率`, layouts 43):
    the department column printing nothing in that row, the name is kept as printed and its values are flagged; a
    name that goes on from a department-like word with kana (`…センターの利用者数`), or a row whose department cell is
    filled, flags nothing."""
    grid = _text_grid(["指標名", "担当課", "基準値（R1）"], ["健康福祉課乳幼児健診の受診率", "", "94.5%"],
                      ["子育て支援センターの利用者数", "", "3,850人"], ["市民課窓口の待ち人数", "市民課", "12人"])
    observations, indicators, _ = extraction_records(_read(grid))
    assert [(o["kpi_name"], o["uncertain"]) for o in observations] == [
        ("健康福祉課乳幼児健診の受診率", True), ("子育て支援センターの利用者数", False),
        ("市民課窓口の待ち人数", False)]
    assert indicators[0]["note"] == "the name may open with its department (the department column is empty)"


# --- a table wider than the page ----------------------------------------------------------------------------------


def _ruled(page: int, rows: list[list[str]]) -> Grid:
    cells = [GridCell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Grid(page, (0.0, 0.0, 100.0, 100.0), len(rows), len(rows[0]), "test-pdf", cells)


def test_later_columns_on_the_next_page_join_their_rows_by_the_repeated_key():
    """Layouts 74: a sheet printed across two pages, `No.` repeated on page 2 (print titles): the later years, the
    target and the department belong to the rows of page 1 with the same `No.`, no indicator of their own."""
    page_one = _ruled(1, [["No.", "指標名", "基準値（R1）", "R2"], ["1", "転入者数", "412人", "398人"],
                          ["2", "移住相談件数", "36件", "52件"]])
    page_two = _ruled(2, [["No.", "R4", "目標値（R7）", "担当課"], ["1", "431人", "480人", "企画課"],
                          ["2", "74件", "100件", "企画課"]])
    extraction = _read(page_one, page_two)
    assert [(r.name, r.department) for r in extraction.rows] == [("転入者数", "企画課"), ("移住相談件数", "企画課")]
    assert _values(extraction) == [
        ("転入者数", None, "baseline", "FY2019", Decimal(412), "人"),
        ("転入者数", None, "actual", "FY2020", Decimal(398), "人"),
        ("転入者数", None, "actual", "FY2022", Decimal(431), "人"),
        ("転入者数", None, "target", "FY2025", Decimal(480), "人"),
        ("移住相談件数", None, "baseline", "FY2019", Decimal(36), "件"),
        ("移住相談件数", None, "actual", "FY2020", Decimal(52), "件"),
        ("移住相談件数", None, "actual", "FY2022", Decimal(74), "件"),
        ("移住相談件数", None, "target", "FY2025", Decimal(100), "件"),
    ]
    # other keys on page 2: not the same rows, never joined
    other = _ruled(2, [["No.", "R4", "目標値（R7）", "担当課"], ["3", "431人", "480人", "企画課"],
                       ["4", "74件", "100件", "企画課"]])
    assert all(r.department is None for r in _read(page_one, other).rows)


def test_a_text_grid_with_blank_lines_joins_its_rows_by_the_repeated_key():
    """Layouts 74 in `pdftotext -layout`: the two pages as text grids that keep each blank line between rows as an
    empty row. The blank rows hold no key and are skipped; page 2 joins page 1 by `No.` (before, the blank key
    failed the join and page 2 was read as a continuation: indicators named `431人` with R4 values as baselines)."""
    blank = ["", "", "", ""]
    page_one = _text_grid(["No.", "指標名", "基準値（R1）", "R2"], blank, ["1", "転入者数", "412人", "398人"], blank,
                          ["2", "移住相談件数", "36件", "52件"])
    page_two = _text_grid(["No.", "R4", "目標値（R7）", "担当課"], blank, ["1", "431人", "480人", "企画課"], blank,
                          ["2", "74件", "100件", "企画課"], first_line=8)
    extraction = _read(page_one, page_two)
    assert [(r.name, r.department) for r in extraction.rows] == [("転入者数", "企画課"), ("移住相談件数", "企画課")]
    assert [v for v in _values(extraction) if v[2] != "baseline" and v[3] != "FY2020"] == [
        ("転入者数", None, "actual", "FY2022", Decimal(431), "人"),
        ("転入者数", None, "target", "FY2025", Decimal(480), "人"),
        ("移住相談件数", None, "actual", "FY2022", Decimal(74), "件"),
        ("移住相談件数", None, "target", "FY2025", Decimal(100), "件"),
    ]
    # a row without its key that prints something is a piece of another row: no join by position
    broken = _text_grid(["No.", "R4", "目標値（R7）", "担当課"], blank, ["1", "431人", "480人", "企画課"],
                        ["", "74件", "100件", "企画課"], ["2", "", "", ""], first_line=8)
    assert all(r.department is None for r in _read(page_one, broken).rows)


def test_header_words_printed_upright_around_the_header_line_name_their_columns():
    """Layouts 78 in `pdftotext -layout`: `単位` and `担当課` printed one character a line above and below the line
    of `指標名` and the value headers. The pieces join their columns' headers, so the unit column gives the values
    their unit (before, `3` was read without `人`: a wrong value, unflagged)."""
    grid = _text_grid(["", "", "", "担"], ["", "単", "", ""], ["指標名", "", "目標値（R8）", "当"], ["", "位", "", ""],
                      ["", "", "", "課"], ["", "", "", ""], ["新規就農者数", "人", "15", "農林課"])
    layout = read_layout(grid)
    assert layout is not None and [(c.header.replace("\n", ""), c.role) for c in layout.columns] == [
        ("指標名", NAME), ("単位", UNIT), ("目標値（R8）", VALUE), ("担当課", "department")]
    assert [(v[0], v[4], v[5]) for v in _values(_read(grid))] == [("新規就農者数", Decimal(15), "人")]
    # pieces that join into no header word are no upright header: the band stays the header line
    other = _text_grid(["", "稼", "", ""], ["指標名", "", "目標値（R8）", ""], ["", "ぐ", "", ""],
                       ["新規就農者数", "人", "15", "農林課"])
    assert (read_layout(other).header_start, read_layout(other).header_end) == (1, 2)


def test_a_name_ending_in_a_particle_under_the_header_opens_the_body():
    # the name holds a note word (`説明`) and wraps around its values' line: a header line cannot end in a particle
    # (`…への`), so the band ends above it and the name's two lines are read around the values (layouts 49)
    grid = _text_grid(["KPI", "現状値（R1）", "目標値（R7）"], ["", "", ""],
                      ["合同就職説明会を通じた町内企業への", "", ""], ["", "12人", "30人"], ["就職者数", "", ""])
    layout = read_layout(grid)
    assert layout is not None and (layout.header_start, layout.header_end) == (0, 1)
    assert [name for name, *_ in _values(_read(grid))] == ["合同就職説明会を通じた町内企業への就職者数"] * 2


@pytest.mark.parametrize(("line", "opens"), [
    ("表３　主な事業と事業費", True),  # layouts 96: a budget table's caption between a KPI table and the next grid
    ("図表２－１　観光入込客数の推移", True),
    ("表３（続き）", False),  # the caption of the table continued from the page before
    ("重要業績評価指標（KPI）", False),
    ("表彰件数", False),  # a word, no table number
])
def test_a_numbered_caption_opens_a_table_of_its_own(line: str, opens: bool) -> None:
    assert opens_new_table(line) is opens


def test_a_goal_cell_on_a_row_of_its_own_without_heading_number_is_rejected_not_dropped():
    # invented: a measure printed on a row of its own above its indicators, without a number (`1`, `1-1`, `①`) that
    # would make it a heading: which rows it spans the text does not say, so it is kept in the rejects (it vanished);
    # a numbered heading is carried to the rows below, and a merged cell the next row prints again is read there
    header = ["施策", "指標名", "現状値（令和５年度）", "目標値（令和11年度）"]
    row = ["", "観光客数", "100人", "200人"]
    plain = _read(_ruled(1, [header, ["観光の振興による交流人口の拡大", "", "", ""], row]))
    assert [(r.raw, r.reason, r.ref.page) for r in plain.rejects] == [
        ("観光の振興による交流人口の拡大", "goal cell without heading number on a row without indicator name", 1)]
    assert [row.name for row in plain.rows] == ["観光客数"]
    numbered = _read(_ruled(1, [header, ["1 観光の振興", "", "", ""], row]))
    merged = _read(_ruled(1, [header, ["観光の振興", "", "", ""], ["観光の振興", "観光客数", "100人", "200人"]]))
    assert numbered.rejects == merged.rejects == []
    assert [row.goal for row in (*numbered.rows, *merged.rows)] == [("1 観光の振興",), ("観光の振興",)]


def test_a_row_the_reader_joined_by_a_guess_flags_its_own_values_only():
    """A reader that joined or cut one row by a guess (`Grid.uncertain_rows`) flags that row's values: the table's
    other rows, read as printed, stay certain (a flag on every value says nothing), in ruled and text-line grids."""
    rows = [["指標名", "基準値", "目標値"], ["移住相談件数", "35件", "50件"],
            ["交流イベントの参加者数", "2,566人", "2,820人"], ["空き店舗の活用数", "4件", "6件"]]
    ruled = _ruled(1, rows)
    ruled.uncertain_rows = {2}
    lines = _text_grid(*rows[:2], ["交流イベントの", "2,566人", "2,820人"], ["参加者数", "", ""], rows[3])
    lines.uncertain_rows = {3}  # the name's second line, taken from the next page
    for grid in (ruled, lines):
        flags = {(row.name.replace("\n", ""), cell.text): cell.uncertain for row in _read(grid).rows
                 for cell in row.cells}
        assert flags == {("移住相談件数", "35件"): False, ("移住相談件数", "50件"): False,
                         ("交流イベントの参加者数", "2,566人"): True, ("交流イベントの参加者数", "2,820人"): True,
                         ("空き店舗の活用数", "4件"): False, ("空き店舗の活用数", "6件"): False}



def test_header_over_puts_each_header_column_over_the_body_column_under_it():
    """A header line's columns (4, its own column lines) over a body of 3 whose last column line stops short: the
    fourth header column, right of the body, gets a column of its own."""
    header = Grid(4, (0, 0, 400, 10), 1, 4, "test", [GridCell(0, c, t) for c, t in
                                                      enumerate(["指標名", "現状値", "目標値", "解説"])],
                  col_edges=[0, 100, 200, 300, 400])
    body = Grid(5, (0, 0, 280, 20), 2, 3, "test", [
        GridCell(0, 1, "（令和5年度）"), GridCell(0, 2, "（令和11年度）"),
        GridCell(1, 0, "講座への参加者数"), GridCell(1, 1, "173人"), GridCell(1, 2, "190人")],
        col_edges=[0, 120, 240, 280])
    stacked = header_over(header, body)
    assert stacked is not None
    assert stacked.matrix() == [["指標名", "現状値", "目標値", "解説"], ["", "（令和5年度）", "（令和11年度）", ""],
                                ["講座への参加者数", "173人", "190人", ""]]
    # two header columns over one body column: not the same table
    assert header_over(header, Grid(5, (0, 0, 400, 10), 1, 2, "test", [], col_edges=[0, 250, 400])) is None


def test_a_kpi_table_nested_in_a_measure_box_is_read_under_the_boxs_label_rows():
    """A Word box per 施策 (layouts 167): label rows `施策` / `担当課` above, then a `成果指標` label merged down
    beside the nested table `指標名 現状値（R5） 目標値（R10）`. Invented rows, read by hand: the names are in the
    nested table's column (the label column prints nothing under its header), the box names the goal, the
    department (label and name side by side, no colon) and the kind (成果指標 over a generic 指標名)."""
    box = Grid(1, (0, 0, 1, 1), 5, 4, "test-ruled", [
        GridCell(0, 0, "施策"), GridCell(0, 1, "1-2 空き家の活用を進める", col_span=3),
        GridCell(1, 0, "担当課"), GridCell(1, 1, "都市計画課", col_span=3),
        GridCell(2, 0, "成果指標", row_span=3), GridCell(2, 1, "指標名"), GridCell(2, 2, "現状値（R5）"),
        GridCell(2, 3, "目標値（R10）"),
        GridCell(3, 1, "空き家バンクの登録件数"), GridCell(3, 2, "12件"), GridCell(3, 3, "30件"),
        GridCell(4, 1, "空き家の除却件数"), GridCell(4, 2, "4件"), GridCell(4, 3, "10件")])
    extraction = _read(box)
    _, indicators, _ = extraction_records(extraction)
    assert [(i["kpi_name"], i["kind"], i["goal"], i["department"]) for i in indicators] == [
        ("空き家バンクの登録件数", "成果指標", "施策1-2 空き家の活用を進める", "都市計画課"),
        ("空き家の除却件数", "成果指標", "施策1-2 空き家の活用を進める", "都市計画課")]
    assert _values(extraction) == [
        ("空き家バンクの登録件数", None, "baseline", "FY2023", Decimal(12), "件"),
        ("空き家バンクの登録件数", None, "target", "FY2028", Decimal(30), "件"),
        ("空き家の除却件数", None, "baseline", "FY2023", Decimal(4), "件"),
        ("空き家の除却件数", None, "target", "FY2028", Decimal(10), "件")]


def test_a_value_column_of_glyphs_is_flagged():
    # `pdftotext -layout` of layouts 245: `基本` / `目標` over a goal column whose title is set vertically, a glyph a
    # line, read as a target column (`目標`) left of the names; its cells a glyph a line, `１`, `２\n人\nを` figures
    from pathlib import Path

    from ingest.document import load
    from ingest.registry import extract

    path = Path(__file__).parent / "fixtures/layouts/layers/245_pdf_three_level_header_vertical_goals.layout.txt"
    cells = [cell for row in extract(load(path)).rows for cell in row.cells if cell.header == "目標"]
    assert [cell.text for cell in cells if cell.text.strip()][:2] == ["１", "仕\n事"]
    assert all(cell.uncertain for cell in cells if cell.text.strip())  # an empty cell is no observation


def test_cells_without_the_year_another_cell_of_their_column_prints_over_its_value_are_flagged():
    # `pdftotext -layout` of a Writer text box beside prose (layouts 256): the header's year line `（R1） （R7）` is
    # read into the first row's cells, the second row's cells print none. Whether they share that year is a guess:
    # flagged, not left undated as if the column named none; the first row, its years printed, stays certain.
    extraction = _read(_text_grid(
        ["指標名", "基準値", "目標値"],
        ["新規就農者数", "（R1）\n3人", "（R7）\n10人"],
        ["林業の就業者数", "22人", "26人"]))
    observations, _, _ = extraction_records(extraction)
    doubt = {(o["kpi_name"], o["role"]): (o["period"], bool(o["uncertain"])) for o in observations}
    assert doubt[("新規就農者数", "baseline")] == ("FY2019", False)
    assert doubt[("新規就農者数", "target")] == ("FY2025", False)
    assert doubt[("林業の就業者数", "baseline")] == (None, True)
    assert doubt[("林業の就業者数", "target")] == (None, True)
