"""KPI-sheet habits of layouts 203-210 (tests/layouts_sheets.py), rule by rule: a unit in a value header, a
`単年度` | `累計` pair under one year, a legend naming the roles of a cell's lines."""

from __future__ import annotations

from ingest.model import SourceRef, ValueCell
from ingest.table.rows import header_unit, legend_lines
from normalize.header import header_total, parse_header, stacked_legend


def test_a_unit_in_a_value_header_counts_the_numbers_under_it():
    """206: `基準値（人）` over `令和元年度`; a bracketed year is no unit, two units say nothing."""
    assert header_unit("基準値（人）\n令和元年度") == "人"
    assert header_unit("目標値（単位：千人）") == "千人"
    assert header_unit("目標値（R7）") is None
    assert header_unit("実績値（人）（件）") is None


def test_a_running_total_under_a_year_is_noted_and_a_range_keeps_its_span():
    """205: `実績値（R5）` over `累計` is an actual of FY2023 noted `累計`; `累計（R3～R5）` has its span instead."""
    assert parse_header("実績値（R5）\n累計") == ("actual", "FY2023")
    assert header_total("実績値（R5）\n累計") == "累計"
    assert header_total("実績値（R5）\n単年度") is None
    assert header_total("累計\n（R3～R5）") is None


def test_a_legend_names_the_roles_of_a_cells_lines_top_first():
    """209/210: `上段：目標値　下段：実績値` (or a note `※上段は目標値、下段は実績値`); prose naming a line is none."""
    assert stacked_legend("上段：目標値　下段：実績値") == ("目標値", "実績値")
    assert stacked_legend("※上段は目標値、下段は実績値") == ("目標値", "実績値")
    assert stacked_legend("（上段）実績　（下段）目標") == ("実績", "目標")
    assert stacked_legend("表の上段は目標値、下段は実績値です") is None
    assert stacked_legend("上段：目標値　下段：目標値") is None


def test_a_cell_under_a_legend_is_one_value_a_line_and_another_count_is_flagged():
    ref = SourceRef("x.pdf", 1, None)
    split = legend_lines(ValueCell("R3", "14件\n13件", ref), ["目標値", "実績値"])
    assert [(parse_header(c.header), c.text, c.uncertain) for c in split] == [
        (("target", "FY2021"), "14件", False), (("actual", "FY2021"), "13件", False)]
    assert legend_lines(ValueCell("基準値（R1）", "12件", ref), ["目標値", "実績値"])[0].uncertain is False
    assert legend_lines(ValueCell("R3", "14件", ref), ["目標値", "実績値"])[0].uncertain is True
