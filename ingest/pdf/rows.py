"""Grid body + column layout + surrounding context → `IndicatorRow`s with located cells.

Only cell extraction happens here; values, periods, roles and names are read later by the shared
`normalize.records` mechanism, exactly as for the text front ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median

from ingest.model import IndicatorRow, Reject, SourceRef, ValueCell
from ingest.pdf.columns import NAME, VALUE, TableLayout, kind_of
from ingest.pdf.grid import Grid
from normalize.text import one_line
from normalize.vocabulary import GOAL_COLUMN_ROLES

#: In a whitespace table, a vertical gap this many times the usual line pitch ends the table
#: (what follows is prose, a note or the page footer).
STREAM_GAP_FACTOR = 2.5


@dataclass
class LogicalRow:
    """One indicator's row: column index → cell text (lines joined with "\\n"); `section` for a label row."""

    texts: dict[int, str]
    section: str | None = None


@dataclass
class TableContext:
    """What the page around a table says about it, and what a continued table carries over."""

    source_file: str
    kind: str | None = None
    goal: tuple[str, ...] = ()
    carried: dict[str, str] = field(default_factory=dict)


def _lattice_rows(grid: Grid, layout: TableLayout | None, start: int) -> list[LogicalRow]:
    rows = []
    for row in range(start, grid.n_rows):
        origins = [c for c in grid.cells if c.row == row and c.text.strip()]
        if len(origins) == 1 and origins[0].col_span >= 2 and origins[0].col_span >= grid.n_cols - 1:
            rows.append(LogicalRow({}, section=origins[0].text))
            continue
        texts = {col: grid.text_at(row, col) or "" for col in range(grid.n_cols)}
        name_cols = [c.index for c in layout.of(NAME)] if layout else []
        if name_cols and all(grid.origin_at(row, col) is None for col in name_cols) and row > start:
            continue  # the indicator's name cell spans rows: the row above already read it
        rows.append(LogicalRow(texts))
    return rows


def _stream_rows(grid: Grid, layout: TableLayout | None, start: int) -> list[LogicalRow]:
    """Whitespace tables come one text line per grid row: gather each indicator's lines.

    A line with no name belongs to the nearer named line (a name printed between the value and its
    `(平成30年)` sits in the middle); the table ends at a gap much larger than the line pitch.
    """
    name_cols = [c.index for c in layout.of(NAME)] if layout else [0]
    edges = grid.row_edges
    lines = list(range(start, stream_end(grid, start)))

    def centre(row: int) -> float:
        return (edges[row] + edges[row + 1]) / 2 if len(edges) > row + 1 else float(row)

    named = [r for r in lines if any((grid.text_at(r, c) or "").strip() for c in name_cols)]
    if not named:
        return []
    members: dict[int, list[int]] = {r: [] for r in named}
    for row in lines:
        if row in members:
            members[row].append(row)
            continue
        filled = [c for c in range(grid.n_cols) if (grid.text_at(row, c) or "").strip()]
        above = [n for n in named if n < row][-1:]
        below = [n for n in named if n > row][:1]
        candidates = above + below

        def fit(n: int, row: int = row, filled: list[int] = filled) -> tuple[int, float, int]:
            # a line goes where its columns are still empty, else to the nearer named line (above on a tie)
            clash = sum(1 for c in filled if (grid.text_at(n, c) or "").strip())
            return clash, abs(centre(n) - centre(row)), -n if n < row else n

        if candidates:
            members[min(candidates, key=fit)].append(row)
    rows = []
    for owner in named:
        texts = {}
        for col in range(grid.n_cols):
            parts = [(grid.text_at(r, col) or "").strip() for r in sorted(members[owner])]
            texts[col] = "\n".join(p for p in parts if p)
        rows.append(LogicalRow(texts))
    return rows


def stream_end(grid: Grid, start: int) -> int:
    """First row after a whitespace table that starts at `start`: where the line gap jumps (prose, footer)."""
    edges = grid.row_edges
    if len(edges) != grid.n_rows + 1 or grid.n_rows - start < 2:
        return grid.n_rows
    # text rows may be separated by empty bands: measure the pitch between rows that hold text
    rows = [r for r in range(start, grid.n_rows) if any(c.row == r and c.text.strip() for c in grid.cells)]
    if len(rows) < 3:
        return grid.n_rows
    pitch = median(edges[b] - edges[a] for a, b in pairwise(rows))
    for a, b in pairwise(rows):
        if edges[b] - edges[a] > STREAM_GAP_FACTOR * pitch:
            return a + 1
    return grid.n_rows


def logical_rows(grid: Grid, layout: TableLayout | None, start: int) -> list[LogicalRow]:
    """The body rows of a grid below `start`, one per indicator (or section label)."""
    if grid.line_rows:
        return _stream_rows(grid, layout, start)
    return _lattice_rows(grid, layout, start)


def indicator_rows(grid: Grid, layout: TableLayout, start: int, context: TableContext
                   ) -> tuple[list[IndicatorRow], list[Reject]]:
    """Read the body of one grid. Goal-column cells that are empty (a table continued from the previous page)
    take the text carried over in `context.carried`, which this updates for the next part of the table."""
    ref = SourceRef(context.source_file, page=grid.page)
    name_col = layout.of(NAME)[0].index
    header_kind = kind_of(layout.of(NAME)[0].header)
    goal_columns = [(role, c.index) for role in GOAL_COLUMN_ROLES for c in layout.of(role)]
    value_columns = layout.of(VALUE)
    out: list[IndicatorRow] = []
    rejects: list[Reject] = []
    section: str | None = context.carried.get("section")
    for row in logical_rows(grid, layout, start):
        if row.section is not None:
            section = row.section
            context.carried["section"] = section
            continue
        name = row.texts.get(name_col, "").strip()
        values = {c.index: row.texts.get(c.index, "").strip() for c in value_columns}
        if not name:
            if any(values.values()):
                raw = one_line(" | ".join(row.texts.values()))
                rejects.append(Reject(ref, raw, "value row without indicator name"))
            continue
        row_kind = None
        parts: list[str] = [section] if section else []
        for role, col in goal_columns:
            text = row.texts.get(col, "").strip() or context.carried.get(role, "")
            context.carried[role] = text
            if not text:
                continue
            if kind_of(text):
                row_kind = kind_of(text)  # `数値目標` printed in the measure column: a kind, not a goal
                continue
            parts.append(text)
        cells = [ValueCell(c.header, values[c.index], ref) for c in value_columns if values[c.index]]
        out.append(IndicatorRow(
            kind=row_kind or context.kind or header_kind or "",
            name=name,
            goal=(*context.goal, *parts),
            ref=ref,
            cells=cells,
            department=_column_text(row, layout, "department"),
            progress=_column_text(row, layout, "progress"),
            reason=_column_text(row, layout, "reason"),
            note=_column_text(row, layout, "note"),
        ))
    return out, rejects


def _column_text(row: LogicalRow, layout: TableLayout, role: str) -> str | None:
    texts = [row.texts.get(c.index, "").strip() for c in layout.of(role)]
    joined = "\n".join(t for t in texts if t)
    return joined or None
