"""pdfplumber's table finder (`TableFinder`) with its cell search indexed: the same tables, cells and order.

`pdfplumber.table.intersections_to_cells` finds, for every rule crossing, the smallest cell it is the top left corner
of: it scans every later crossing for those in the same column and row, and builds each crossing's sets of edge boxes
again for every pair it tests; on a ruled sheet of a few hundred crossings that was a third of the table finding.
`cells` does the same search with each crossing's edge sets built once and its column and row looked up (a crossing's
later points in its column are those below it, in its row those right of it, in the order pdfplumber's sorted scan
meets them), so it returns the same cells in the same order (tests/test_pdf_lattice.py compares both). The edges, the
crossings and the grouping of cells into tables are pdfplumber's own functions.
"""

from __future__ import annotations

from typing import Any

from pdfplumber.table import Table, TableFinder, TableSettings, cells_to_tables, edges_to_intersections

Point = tuple[float, float]
Box = tuple[float, float, float, float]


def cells(intersections: dict[Point, dict[str, list[dict[str, Any]]]]) -> list[Box]:
    """`pdfplumber.table.intersections_to_cells(intersections)`."""
    vertical = {p: {(e["x0"], e["top"], e["x1"], e["bottom"]) for e in found["v"]}
                for p, found in intersections.items()}
    horizontal = {p: {(e["x0"], e["top"], e["x1"], e["bottom"]) for e in found["h"]}
                  for p, found in intersections.items()}
    points = sorted(intersections)
    columns: dict[float, list[Point]] = {}
    rows: dict[float, list[Point]] = {}
    for point in points:  # each in sorted order: a column by y, a row by x
        columns.setdefault(point[0], []).append(point)
        rows.setdefault(point[1], []).append(point)
    in_column = {point: i for column in columns.values() for i, point in enumerate(column)}
    in_row = {point: i for row in rows.values() for i, point in enumerate(row)}

    def connects(p1: Point, p2: Point) -> bool:
        """pdfplumber's `edge_connects`: a vertical edge common to two points of one column, or a horizontal edge
        common to two points of one row."""
        if p1[0] == p2[0] and not vertical[p1].isdisjoint(vertical[p2]):
            return True
        return p1[1] == p2[1] and not horizontal[p1].isdisjoint(horizontal[p2])

    found: list[Box] = []
    for point in points:
        below = columns[point[0]][in_column[point] + 1:]
        right = rows[point[1]][in_row[point] + 1:]
        cell = _smallest(point, below, right, intersections, connects)
        if cell is not None:
            found.append(cell)
    return found


def _smallest(point: Point, below: list[Point], right: list[Point], intersections: dict[Point, Any],
              connects: Any) -> Box | None:
    """pdfplumber's `find_smallest_cell`: the first corner below and the first right of `point` (in that order of
    trying) joined by edges to it and to a common bottom right crossing."""
    for below_pt in below:
        if not connects(point, below_pt):
            continue
        for right_pt in right:
            if not connects(point, right_pt):
                continue
            corner = (right_pt[0], below_pt[1])
            if corner in intersections and connects(corner, right_pt) and connects(corner, below_pt):
                return (point[0], point[1], corner[0], corner[1])
    return None


def find_tables(page: Any, table_settings: dict[str, Any]) -> list[Table]:
    """`TableFinder(page, table_settings).tables`, the cells found by `cells`."""
    finder = TableFinder.__new__(TableFinder)  # its __init__ would search the cells pdfplumber's way
    finder.page = page
    finder.settings = TableSettings.resolve(table_settings)
    finder.edges = finder.get_edges()
    finder.intersections = edges_to_intersections(finder.edges, finder.settings.intersection_x_tolerance,
                                                  finder.settings.intersection_y_tolerance)
    finder.cells = cells(finder.intersections)
    finder.tables = [Table(page, group) for group in cells_to_tables(finder.cells)]
    return finder.tables
