"""A column whose header names two roles joined by an arrow (`基準値（R1）→目標値（R7）`, hand-made layouts 90) is
split into two columns, on invented grids: each body cell at its first arrow; a cell with a figure and no arrow
flags its row; a header naming one role, or an arrow in a value cell alone, splits nothing."""

from __future__ import annotations

from ingest.table.arrows import split_arrow_columns
from ingest.table.grid import Grid, GridCell


def _grid(header: str, cells: list[str]) -> Grid:
    texts = [GridCell(0, 0, "指標名"), GridCell(0, 1, header), GridCell(0, 2, "担当課")]
    for row, text in enumerate(cells, start=1):
        texts += [GridCell(row, 0, f"指標{row}"), GridCell(row, 1, text), GridCell(row, 2, "企画課")]
    return Grid(page=1, bbox=(0, 0, 100, 100), n_rows=len(cells) + 1, n_cols=3, engine="test", cells=texts,
                col_edges=[0.0, 40.0, 80.0, 100.0])


def test_a_two_role_header_splits_its_column():
    grid = split_arrow_columns(_grid("基準値（R1）→目標値（R7）", ["1,200人→1,500人", "94.5% → 98.0%"]))
    assert grid.matrix() == [["指標名", "基準値（R1）", "目標値（R7）", "担当課"],
                             ["指標1", "1,200人", "1,500人", "企画課"],
                             ["指標2", "94.5%", "98.0%", "企画課"]]
    assert grid.col_edges == [0.0, 40.0, 60.0, 80.0, 100.0]
    assert not grid.in_doubt


def test_a_figure_without_arrow_under_a_two_role_header_flags_its_row():
    grid = split_arrow_columns(_grid("現状値→目標値", ["1,200人→1,500人", "98.0%"]))
    assert grid.matrix()[2] == ["指標2", "98.0%", "", "企画課"]
    assert grid.uncertain_rows == {2} and not grid.uncertain  # the row split at its arrow is read as printed


def test_no_two_roles_no_split():
    for header in ("基準値（R1）", "目標値→目標値", "R1→R7"):
        grid = _grid(header, ["1,200人→1,500人"])
        assert split_arrow_columns(grid) is grid
