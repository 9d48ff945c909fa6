"""A KPI block printing its name on a labelled row above its own header and values (`指標名 | name`, then
`基準値（R1） R3 目標値（R7） 担当課`, then the values; hand-made layouts 183) reads as a table row with a name column,
on invented grids; a block of two values rows, or a header naming its own name column, is left as printed."""

from __future__ import annotations

from ingest.table.grid import Grid, GridCell
from ingest.table.name_rows import labelled_name_rows


def _block(top: int, name: str, values: list[str]) -> list[GridCell]:
    header = ["基準値（R1）", "R3", "目標値（R7）", "担当課"]
    return [GridCell(top, 0, "指標名"), GridCell(top, 1, name, col_span=3),
            *(GridCell(top + 1, c, t) for c, t in enumerate(header)),
            *(GridCell(top + 2, c, t) for c, t in enumerate(values))]


def _grid(cells: list[GridCell], n_rows: int) -> Grid:
    return Grid(page=1, bbox=(0, 0, 100, 100), n_rows=n_rows, n_cols=4, engine="test", cells=cells,
                col_edges=[0.0, 25.0, 50.0, 75.0, 100.0])


def test_each_labelled_name_row_becomes_its_blocks_name_column():
    grid = labelled_name_rows(_grid(_block(0, "新規就農者数", ["4人", "6人", "8人", "農林課"])
                                    + _block(3, "年間出生数", ["62人", "58人", "65人", "子育て支援課"]), 6))
    assert grid.matrix() == [["", "", "", "", ""],
                             ["指標名", "基準値（R1）", "R3", "目標値（R7）", "担当課"],
                             ["新規就農者数", "4人", "6人", "8人", "農林課"],
                             ["", "", "", "", ""],
                             ["指標名", "基準値（R1）", "R3", "目標値（R7）", "担当課"],
                             ["年間出生数", "62人", "58人", "65人", "子育て支援課"]]
    assert grid.col_edges == []  # the name column was printed nowhere: no edges to keep


def test_two_values_rows_under_one_labelled_name_stay_as_printed():
    cells = _block(0, "新規就農者数", ["4人", "6人", "8人", "農林課"]) \
        + [GridCell(3, c, t) for c, t in enumerate(["2人", "3人", "4人", "農林課"])]
    grid = _grid(cells, 4)
    assert labelled_name_rows(grid) is grid
