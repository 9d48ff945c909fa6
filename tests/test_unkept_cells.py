"""Cells the interpreter keeps no field for are rejected with their place, never dropped silently.

Invented grids; every expectation worked out by hand from the grid.
"""

from __future__ import annotations

from ingest.model import Extraction
from ingest.table.grid import Grid, GridCell
from ingest.table.interpret import Interpreter


def _read(rows: list[list[str]], page: int = 2) -> Extraction:
    grid = Grid(page, (0, 0, 1, 1), len(rows), len(rows[0]), "test-ruled",
                [GridCell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)])
    extraction = Extraction("hand.pdf", "unknown")
    interpreter = Interpreter(extraction)
    interpreter.grid(grid)
    interpreter.finish()
    return extraction


def test_a_column_whose_role_no_field_keeps_is_rejected_cell_by_cell():
    # `参照ページ` is a known header (where the plan describes the indicator) that no field of an indicator row holds
    # (a `取組の状況` paragraph is kept as the row's commentary: tests/test_narrative_columns.py)
    extraction = _read([["指標名", "基準値（R1）", "目標値（R7）", "参照ページ"],
                        ["創業件数", "22件", "30件", "P.12"],
                        ["転入者数", "4,120人", "4,500人", ""]])
    assert [row.name for row in extraction.rows] == ["創業件数", "転入者数"]
    assert [(r.ref.page, r.raw) for r in extraction.rejects] == [(2, "P.12")]
    assert "参照ページ" in extraction.rejects[0].reason


def test_a_row_without_name_or_values_keeps_its_other_cells_in_the_rejects():
    extraction = _read([["指標名", "基準値（R1）", "目標値（R7）", "担当課", "備考"],
                        ["創業件数", "22件", "30件", "商工課", ""],
                        ["", "", "", "観光課", "令和４年度から集計方法を変更"]])
    assert [row.name for row in extraction.rows] == ["創業件数"]
    assert [(r.ref.page, r.raw, r.reason) for r in extraction.rejects] == [
        (2, "観光課 | 令和４年度から集計方法を変更", "cells of a row without indicator name")]


def test_a_goal_cell_alone_on_its_row_is_carried_not_rejected():
    extraction = _read([["基本目標", "指標名", "基準値（R1）", "目標値（R7）"],
                        ["基本目標１ しごとをつくる", "", "", ""],
                        ["", "創業件数", "22件", "30件"]])
    assert extraction.rejects == []


def test_goal_headings_on_rows_of_their_own_own_the_rows_below():
    # a text layer prints the goal column's headings on lines of their own above the goal's first row (000 through
    # pdftotext -raw); before, a row without name dropped them and the rows below had no goal
    extraction = _read([["基本目標", "指標名", "基準値（R1）", "目標値（R7）"], ["1 しごとの創生", "", "", ""],
                        ["1-1 安定した雇用の創出", "", "", ""], ["", "創業件数", "22件", "30件"],
                        ["", "転入者数", "4,120人", "4,500人"]])
    goal = ("1 しごとの創生", "1-1 安定した雇用の創出")
    assert [(row.name, row.goal) for row in extraction.rows] == [("創業件数", goal), ("転入者数", goal)]
    assert extraction.rejects == []


def test_goal_rows_without_a_name_cell_are_not_taken_for_a_merged_name():
    # a text reader's grid keeps only the cells it printed: the goal heading rows have no cell in the name column
    # (000 through pdftotext -raw); before, every such row after the first was skipped as the lower part of a name
    # merged over rows, and the indicators below kept the first goal
    first, second = ("1 しごとの創生", "1-1 安定した雇用の創出"), ("1 しごとの創生", "1-2 ひとの流れの創出")
    rows = [["基本目標", "指標名", "基準値（R1）", "目標値（R7）"], ["\n".join(first), "", "", ""],
            ["", "創業件数", "22件", "30件"], ["\n".join(second), "", "", ""], ["", "転入者数", "4,120人", "4,500人"]]
    grid = Grid(None, (0, 0, 1, 1), len(rows), 4, "test-raw",
                [GridCell(r, c, text, line=r + 1) for r, row in enumerate(rows) for c, text in enumerate(row) if text])
    extraction = Extraction("hand.txt", "unknown")
    interpreter = Interpreter(extraction)
    interpreter.grid(grid)
    interpreter.finish()
    assert [(row.name, row.goal) for row in extraction.rows] == [("創業件数", first), ("転入者数", second)]
    assert extraction.rejects == []


def test_values_beside_a_merged_name_without_a_label_are_rejected_not_dropped():
    # the name cell spans two rows and the second row prints values of its own, but no 区分 label says what they
    # are (another year? another segment?): before, the row was skipped as "the row above already read it"
    cells = [GridCell(0, 0, "指標名"), GridCell(0, 1, "基準値（R1）"), GridCell(0, 2, "目標値（R7）"),
             GridCell(1, 0, "創業件数", row_span=2), GridCell(1, 1, "22件"), GridCell(1, 2, "30件"),
             GridCell(2, 1, "18件"), GridCell(2, 2, "25件")]
    grid = Grid(2, (0, 0, 1, 1), 3, 3, "test-ruled", cells)
    extraction = Extraction("hand.pdf", "unknown")
    interpreter = Interpreter(extraction)
    interpreter.grid(grid)
    interpreter.finish()
    assert [(row.name, [c.text for c in row.cells]) for row in extraction.rows] == [("創業件数", ["22件", "30件"])]
    assert [(r.ref.page, r.reason) for r in extraction.rejects] == [(2, "value row without indicator name")]
    assert "18件" in extraction.rejects[0].raw and "25件" in extraction.rejects[0].raw
