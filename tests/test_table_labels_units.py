"""Mechanisms the hand-made documents 68-73 (tests/fixtures/layouts/) brought in, on invented cells: a unit printed
over a table or in a name's brackets, breakdown rows, footnote marks after a value, dot leaders. The documents
themselves are scored in tests/test_layouts.py; the member column of a joint strategy (71) too."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.pdf.leaders import without_leaders
from ingest.table.context import unit_field
from ingest.table.grid import Grid, GridCell
from ingest.table.header import read_layout
from ingest.table.rows import (
    LogicalRow,
    _bare_numbers,
    _closing_unit,
    _names_off_values,
    bracketed_unit,
    breakdown_segment,
    logical_rows,
    member_segment,
    numbers_glued_to_names,
    units_beside_values,
)
from normalize.cell import parse_cell


@pytest.mark.parametrize(("line", "unit"), [
    ("（単位：人）", "人"),
    ("単位：千円", "千円"),
    ("(単位: 百万円)", "百万円"),
    ("（単位：％）", "%"),  # NFKC
    # several units, or a word that is no unit: nothing the table's numbers could take
    ("（単位：人、件）", None),
    ("（単位：年度）", None),
    ("単位については別表のとおり", None),
    ("所管課：企画課", None),
])
def test_a_unit_field_line_names_one_unit(line, unit):
    assert unit_field(line) == unit


@pytest.mark.parametrize(("name", "expected"), [
    ("観光入込客数（千人）", ("観光入込客数", "千人")),
    ("市民の割合（％）", ("市民の割合", "%")),  # the unit NFKC
    ("観光消費額(百万円)", ("観光消費額", "百万円")),
    ("転入者数\n（単位：人）", ("転入者数", "人")),  # layouts 106: a unit field on the name cell's second line
    ("観光入込客数（単位：千人）", ("観光入込客数", "千人")),
    # layouts 280: square brackets, full or half width (a header `指標名［単位］`)
    ("観光入込客数［千人］", ("観光入込客数", "千人")),
    ("創業件数[件]", ("創業件数", "件")),
    ("満足度（市民）［％］", ("満足度（市民）", "%")),  # the round bracket before stays in the name
    ("転入者数［注］", None),
    # a bracket that is no unit stays part of the name
    ("新規就農者数（累計）", None),
    ("健診受診率（40～74歳）", None),
    ("転入者数", None),
    ("移住者数（単位：人、件）", None),
])
def test_a_unit_in_the_name_brackets(name, expected):
    assert bracketed_unit(name) == expected


def test_a_bracketed_unit_is_taken_only_over_bare_numbers():
    assert _bare_numbers(["485", "512", "―"])
    assert not _bare_numbers(["485千人", "512"])  # a value with its own unit: the name keeps its bracket
    assert not _bare_numbers(["―", ""])  # nothing printed says nothing


@pytest.mark.parametrize(("name", "segment"), [
    ("内訳　小学生", "小学生"),
    ("（内訳）中学生", "中学生"),
    ("うち女性", "女性"),
    ("うち 公募委員", "公募委員"),
    ("中学生", "中学生"),  # a segment label alone is no indicator by itself
    ("女性", "女性"),
    ("（男性）", "男性"),  # layouts 192: the label in brackets under a name row printing no value
    ("(小学生)", "小学生"),
    ("（女性の就業率）", None),
    ("内訳", None),  # the word alone names no segment
    ("女性の就業率", None),
    ("転入者数", None),
])
def test_a_breakdown_row_names_a_segment(name, segment):
    assert breakdown_segment(name) == segment


@pytest.mark.parametrize(("cell", "value", "unit", "note"), [
    ("45.2%＊", Decimal("45.2"), "%", "*"),
    ("120*1", Decimal("120"), None, "*1"),
    ("1,200人†", Decimal("1200"), "人", "†"),
    ("45.2%", Decimal("45.2"), "%", None),
])
def test_a_footnote_mark_after_a_value_is_its_note(cell, value, unit, note):
    [parsed] = parse_cell(cell)
    assert (parsed.value, parsed.unit, parsed.note) == (value, unit, note)


@pytest.mark.parametrize(("line", "text"), [
    ("新規就農者数…………………2人", "新規就農者数 2人"),
    ("観光消費額・・・・・9.8億円", "観光消費額 9.8億円"),
    ("町内の事業所数.......120事業所", "町内の事業所数 120事業所"),
    # one or two marks are text, not a leader
    ("まち・ひと・しごと創生……総合戦略", "まち・ひと・しごと創生……総合戦略"),
])
def test_a_leader_run_reads_as_a_gap(line, text):
    assert without_leaders(line) == text


@pytest.mark.parametrize(("cell", "segment"), [
    ("山吹川町", "山吹川町"),
    ("圏域全体", None),  # the whole area: no sub-population
    ("合計", None),
    ("", None),
])
def test_a_member_cell_names_the_segment(cell, segment):
    assert member_segment(cell) == segment


@pytest.mark.parametrize(("line", "text"), [
    # each glyph becomes its printed width in a `-layout` text (a wide `・` two columns, `…` one, as
    # `ingest.table.rows.display_width` counts): the columns after the run stay where they were
    ("売上高……………1.4 億円", "売上高" + " " * 5 + "1.4 億円"),
    ("売上高・・・・1.4 億円", "売上高" + " " * 8 + "1.4 億円"),
    ("年間出生数........58 人", "年間出生数" + " " * 8 + "58 人"),
    # a mark printed once or twice is no leader
    ("未定…", "未定…"),
    ("A・B", "A・B"),
])
def test_a_text_layers_leader_run_reads_as_a_gap_of_its_width(line, text):
    from ingest.document import leaders_as_gaps

    assert leaders_as_gaps(line) == text


def test_a_text_layer_with_leaders_gives_names_without_them(tmp_path):
    """The name and the figure a leader joins are two cells: no leader in the name, no figure glued to it."""
    from ingest.document import load
    from ingest.registry import extract
    from records import extraction_records

    path = tmp_path / "list.txt"
    path.write_text("指標名 現状値（R5） 目標値（R11）\n農産物直売所の売上高……………1.4 億円 1.8 億円\n"
                    "町内での創業件数………………………3 件 8 件\n", encoding="utf-8")
    observations, _, _ = extraction_records(extract(load(path)))
    assert sorted((o["kpi_name"], o["role"], o["value"], o["unit"]) for o in observations) == [
        ("町内での創業件数", "baseline", 3.0, "件"), ("町内での創業件数", "target", 8.0, "件"),
        ("農産物直売所の売上高", "baseline", 140000000.0, "円"), ("農産物直売所の売上高", "target", 180000000.0, "円")]


def test_a_unit_field_closing_the_row_is_the_unit_of_its_bare_numbers():
    # layouts 106 (pdfplumber's text): the name cell's `（単位：人）` line printed after the row's values
    assert _closing_unit({1: "184", 2: "220 （単位：人）"}, False) == ({1: "184", 2: "220"}, "人")
    assert _closing_unit({1: "312", 2: "350（単位：千人）"}, False) == ({1: "312", 2: "350"}, "千人")
    assert _closing_unit({1: "184人", 2: "220 （単位：人）"}, False) is None  # a value with its own unit
    assert _closing_unit({1: "184", 2: "220（人）"}, False) is None  # a unit alone in brackets: no field line
    assert _closing_unit({1: "184", 2: "220"}, False) is None


def test_a_unit_glued_to_the_last_value_is_the_empty_unit_columns_cell():
    # layouts 147 (pdftotext -raw, pdfplumber): `8,420 12,000 人` / `412 480千人` under `現状値 目標値 単位`, the
    # unit column placed last and joined to the target
    assert _closing_unit({2: "8,420", 3: "12,000人"}, True) == ({2: "8,420", 3: "12,000"}, "人")
    assert _closing_unit({2: "412", 3: "480千人"}, True) == ({2: "412", 3: "480"}, "千人")
    assert _closing_unit({2: "86.4", 3: "90.0％"}, True) == ({2: "86.4", 3: "90.0"}, "%")
    assert _closing_unit({2: "412", 3: "480千人"}, False) is None  # no 単位 column: the target's own unit
    assert _closing_unit({2: "412人", 3: "480人"}, True) is None  # every value with its unit
    assert _closing_unit({3: "480人"}, True) is None  # one value: nothing bare beside it
    assert _closing_unit({2: "38.6", 3: "40.0%以下"}, True) is None  # a bound, no unit alone


def test_values_slid_off_their_names_are_found_between_an_empty_row_and_a_nameless_one():
    """Layouts 151 (`pdftotext -layout`, indicators across read turned): `転入者数` prints no value, its values
    stand under `観光入込客数`, whose own under no name; the rows after the nameless one are their own."""
    def rows(*pairs: tuple[str, str]) -> list[LogicalRow]:
        return [LogicalRow({0: name, 1: value}) for name, value in pairs]

    assert _names_off_values(rows(("転入者数", ""), ("観光入込客数", "1,184"), ("", "326"), ("農業産出額", "4,210")),
                             0, [1]) == {1}
    # a name without values and no nameless row, or a nameless row right under it: nothing slid
    assert _names_off_values(rows(("転入者数", ""), ("観光入込客数", "326"), ("農業産出額", "4,210")), 0, [1]) == set()
    assert _names_off_values(rows(("転入者数", ""), ("", "1,184"), ("農業産出額", "4,210")), 0, [1]) == set()


def test_a_unit_column_without_header_goes_back_to_the_numbers_on_its_left():
    """Layouts 130: a presentation program prints `744 人`, which a reader cuts into two columns (the numbers right-
    aligned, the units lined up after them): each unit goes back to its number; a column without header printing
    other text, or beside no value column, stays as it is."""
    cells = [GridCell(0, 0, "指標"), GridCell(0, 1, "実績値（R4）"), GridCell(0, 3, "目標値（R6）"),
             GridCell(1, 0, "年間出生数"), GridCell(1, 1, "744"), GridCell(1, 2, "人"), GridCell(1, 3, "850"),
             GridCell(1, 4, "人"), GridCell(2, 0, "観光客数"), GridCell(2, 1, "12.8"), GridCell(2, 2, "万人"),
             GridCell(2, 3, "15"), GridCell(2, 4, "万人")]
    grid = Grid(1, (0, 0, 100, 30), 3, 5, "test", cells, [0, 10, 20, 30])
    layout = read_layout(grid)
    assert layout is not None
    assert units_beside_values(grid, layout, layout.header_end).matrix() == [
        ["指標", "実績値（R4）", "", "目標値（R6）", ""], ["年間出生数", "744人", "", "850人", ""],
        ["観光客数", "12.8万人", "", "15万人", ""]]
    remarks = [GridCell(c.row, c.col, "見込" if c.col == 4 and c.row == 2 else c.text) for c in cells]
    kept = Grid(1, (0, 0, 100, 30), 3, 5, "test", remarks, [0, 10, 20, 30])
    assert units_beside_values(kept, layout, layout.header_end).matrix()[2][3:] == ["15", "見込"]


def _numbered(names: list[str]) -> list[str]:
    """The name cells of a No. / 指標名 / 目標値 grid whose No. cells are empty, after numbers_glued_to_names."""
    cells = [GridCell(0, 0, "No."), GridCell(0, 1, "指標名"), GridCell(0, 2, "目標値（R8）")]
    for row, name in enumerate(names, start=1):
        cells += [GridCell(row, 1, name), GridCell(row, 2, f"{row}0件")]
    grid = Grid(1, (0, 0, 100, 40), len(names) + 1, 3, "test", cells, [10 * k for k in range(len(names) + 2)])
    layout = read_layout(grid)
    assert layout is not None
    rows = numbers_glued_to_names(logical_rows(grid, layout, layout.header_end), layout)
    return [(row.texts.get(0, ""), row.texts[1]) for row in rows]


def test_row_numbers_a_text_layer_joined_to_the_names_go_back_to_the_number_column():
    """Layouts 134 (pdfplumber, aligned text one space apart): `1ふるさと納税寄附額`, `2 町内宿泊施設の宿泊者数` under
    a No. column left empty: numbers counting up one by one are the No. cells. A name opening with a number of
    its own breaks the count and every name stays whole (never guessed)."""
    assert _numbered(["1ふるさと納税寄附額", "2 町内宿泊施設の宿泊者数", "３空き家バンクの成約件数"]) == [
        ("1", "ふるさと納税寄附額"), ("2", "町内宿泊施設の宿泊者数"), ("３", "空き家バンクの成約件数")]
    whole = ["3歳児健康診査受診率", "1日の平均歩数", "5年生存率"]
    assert _numbered(whole) == [("", name) for name in whole]
    assert _numbered(["1ふるさと納税寄附額"]) == [("", "1ふるさと納税寄附額")]  # one row: no count to read


def test_row_numbers_under_a_number_header_joined_to_the_name_header_leave_the_names():
    """pdftotext `-layout` with names aligned right (`NO   KPI` over `1        健康診査の受診率`): a note under
    the table runs over the gutter after the numbers, and the header prints as one text `NO KPI` over one column.
    The row numbers counting up open every name: they are the numbers, not the names' first letters."""
    cells = [GridCell(0, 0, "NO KPI"), GridCell(0, 1, "目標値（R8）")]
    names = ["1 健康診査の受診率", "2 子育て支援に満足している保護者の割合", "3 自主防災組織の組織率"]
    for row, name in enumerate(names, start=1):
        cells += [GridCell(row, 0, name), GridCell(row, 1, f"{row}0件")]
    grid = Grid(1, (0, 0, 100, 40), 4, 2, "test", cells, [0, 10, 20, 30, 40])
    layout = read_layout(grid)
    assert layout is not None
    rows = numbers_glued_to_names(logical_rows(grid, layout, layout.header_end), layout)
    assert [row.texts[0] for row in rows] == [name.split(" ")[1] for name in names]
    whole = ["3歳児健康診査受診率", "1日の平均歩数"]
    cells = [GridCell(0, 0, "NO KPI"), GridCell(0, 1, "目標値（R8）"), GridCell(1, 0, whole[0]), GridCell(1, 1, "10件"),
             GridCell(2, 0, whole[1]), GridCell(2, 1, "20件")]
    grid = Grid(1, (0, 0, 100, 30), 3, 2, "test", cells, [0, 10, 20, 30])
    rows = numbers_glued_to_names(logical_rows(grid, layout, layout.header_end), layout)
    assert [row.texts[0] for row in rows] == whole
