"""A value header merged over a number cell and a unit cell (`基準値（R1）` over `1,250` | `千人`, hand-made layouts
186) makes one value cell `1,250千人`, on invented grids; a pair that is not a bare number and a unit alone on every
row, or a header naming no value role, joins nothing."""

from __future__ import annotations

from ingest.table.grid import Grid, GridCell
from ingest.table.unit_cells import join_unit_cells, units_given_back


def _grid(header: str, pairs: list[tuple[str, str]]) -> Grid:
    cells = [GridCell(0, 0, "指標名"), GridCell(0, 1, header, col_span=2), GridCell(0, 3, "担当課")]
    for row, (number, unit) in enumerate(pairs, start=1):
        cells += [GridCell(row, 0, f"指標{row}"), GridCell(row, 1, number), GridCell(row, 2, unit),
                  GridCell(row, 3, "観光課")]
    return Grid(page=1, bbox=(0, 0, 100, 100), n_rows=len(pairs) + 1, n_cols=4, engine="test", cells=cells)


def test_a_number_and_its_unit_cell_under_one_merged_header_are_one_value():
    grid = join_unit_cells(_grid("基準値（R1）", [("1,250", "千人"), ("50.0", "％"), ("―", "")]))
    assert grid.matrix() == [["指標名", "基準値（R1）", "", "担当課"],
                             ["指標1", "1,250千人", "", "観光課"],
                             ["指標2", "50.0％", "", "観光課"],
                             ["指標3", "―", "", "観光課"]]


def test_no_unit_cells_no_join():
    for header, pairs in (("基準値（R1）", [("1,250", "千人"), ("1,300", "増加")]),  # a word, no unit
                          ("基準値（R1）", [("1,250人", "千人")]),  # the number prints its own unit
                          ("区分", [("1,250", "千人")])):  # no value header
        grid = _grid(header, pairs)
        assert join_unit_cells(grid) is grid


def _cut_grid(rows: list[tuple[str, str, str, str]]) -> Grid:
    """A -layout grid cut at the header's words: each value's unit opens the next column's cell."""
    cells = [GridCell(0, c, t) for c, t in enumerate(("指標名", "基準値（R1）", "実績値（R5）", "担当課"))]
    cells += [GridCell(r, c, t) for r, row in enumerate(rows, start=1) for c, t in enumerate(row)]
    return Grid(page=None, bbox=(0, 0, 0, 0), n_rows=len(rows) + 1, n_cols=4, engine="test", cells=cells,
                line_rows=True)


def test_units_cut_into_the_next_column_go_back_after_their_numbers():
    grid = units_given_back(_cut_grid([("観光入込客数", "1,250", "千人 1,080", "千人 観光課"),
                                       ("宿泊者数", "186,400", "人 172,300", "人 観光課")]))
    assert grid.matrix()[1:] == [["観光入込客数", "1,250千人", "1,080千人", "観光課"],
                                 ["宿泊者数", "186,400人", "172,300人", "観光課"]]
    # one row whose next cell opens with no unit: nothing moved (a number printed bare is left for the unit rules)
    kept = _cut_grid([("観光入込客数", "1,250", "千人 1,080", "千人 観光課"),
                      ("宿泊者数", "186,400", "172,300", "観光課")])
    assert units_given_back(kept).matrix()[1:][1] == ["宿泊者数", "186,400", "172,300", "観光課"]


def test_a_unit_column_after_the_values_keeps_its_units():
    """`… 目標値（R10） 単位 指標名` (layouts 26): a unit alone in its cell is the unit column's, not a unit cut off
    the number before it."""
    grid = _cut_grid([("観光入込客数", "1,250", "1,300", "千人"), ("宿泊者数", "186,400", "200,000", "人")])
    assert units_given_back(grid) is grid
