"""A role word merged over a run of yearly sub-columns (issue 11, "merged cells"): `目標値` over `R7 R8 R9 R10`, a
text layer printing the word over one of the years only. Invented headers and an invented `pdftotext -layout` page."""

from __future__ import annotations

import pytest

from ingest.table.header import read_layout, spread_role_words
from ingest.text import aligned


@pytest.mark.parametrize(("headers", "expected"), [
    # the word over the run's middle year heads every year of the run; a column with its own period ends the run
    (["指標名", "基準値\n（R5）", "R7", "目標値\nR8", "R9", "担当課"],
     ["指標名", "基準値\n（R5）", "目標値\nR7", "目標値\nR8", "目標値\nR9", "担当課"]),
    # over the first year (the word before its years in text order)
    (["指標名", "実績値\n令和2年度", "令和3年度", "令和4年度"],
     ["指標名", "実績値\n令和2年度", "実績値\n令和3年度", "実績値\n令和4年度"]),
    # over the last year only: a target year after bare years of actuals, not a merged cell
    (["指標名", "R4", "R5", "R6", "目標\nR7"], ["指標名", "R4", "R5", "R6", "目標\nR7"]),
    # two role words each claim part of the run: which years are whose is not printed
    (["指標名", "実績値\nR4", "R5", "目標値\nR6", "R7"], ["指標名", "実績値\nR4", "R5", "目標値\nR6", "R7"]),
    # a baseline is one year: `基準値` over a year is that column's own header
    (["指標名", "基準値\nR2", "R3", "R4"], ["指標名", "基準値\nR2", "R3", "R4"]),
    # a year in brackets glosses the word above it: a column of its own, no sub-column
    (["指標名", "目標値\n（R7）", "R8"], ["指標名", "目標値\n（R7）", "R8"]),
])
def test_a_yearly_role_word_spans_its_run_of_bare_years(headers: list[str], expected: list[str]) -> None:
    assert spread_role_words(headers) == expected


def _line(*cells: tuple[int, str]) -> str:
    line = ""
    for position, text in cells:
        line = line.ljust(position) + text
    return line


# `実績値` centred over three right-aligned year columns lands over the middle one; the 担当課 column is printed one
# space after the last value, so no gutter parts the last year from the departments
MERGED_ACTUALS = [
    _line((30, "実績値")),
    _line((0, "指標名"), (16, "単位"), (22, "R3"), (30, "R4"), (38, "R5"), (45, "担当課")),
    _line((0, "図書館の貸出冊数"), (16, "冊"), (19, "41,200"), (27, "43,900"), (35, "45,100"), (42, "市民課")),
    _line((0, "公民館の利用者数"), (16, "人"), (20, "8,310"), (28, "8,020"), (36, "8,450"), (42, "生涯学習課")),
    _line((0, "体験講座の開催数"), (16, "回"), (23, "12"), (31, "15"), (39, "18"), (42, "生涯学習課")),
]


def test_a_merged_role_word_over_layout_years_heads_all_of_them_and_the_last_year_parts_from_the_department():
    grid = aligned.read_tables(MERGED_ACTUALS)[0].grid
    assert grid.matrix()[2:] == [["図書館の貸出冊数", "冊", "41,200", "43,900", "45,100", "市民課"],
                                 ["公民館の利用者数", "人", "8,310", "8,020", "8,450", "生涯学習課"],
                                 ["体験講座の開催数", "回", "12", "15", "18", "生涯学習課"]]
    layout = read_layout(grid)
    assert layout is not None
    assert [(c.header, c.role) for c in layout.columns] == [
        ("指標名", "name"), ("単位", "unit"), ("実績値\nR3", "value"), ("実績値\nR4", "value"),
        ("実績値\nR5", "value"), ("担当課", "department")]
