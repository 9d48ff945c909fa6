"""Row reading of the whitespace-aligned reader (`ingest.text.aligned`): each line's segments put into the block's
columns as cells (values pushed on, placeholders and departments set apart), and the rows whose values stand off
their columns or years (flagged uncertain).
"""

from __future__ import annotations

from itertools import pairwise

from ingest.table.grid import Grid
from ingest.table.header import (
    header_role,
    read_layout,
)
from ingest.text.aligned_header import _header_band, _header_line, _headers_over_headers, _year_text, _year_text_row
from ingest.text.aligned_segments import (
    DRIFT,
    MAX_TRAILING_LINES,
    Segment,
    _column_of,
    _columns,
    _department_after_value,
    _pushed_on,
    _starts_value,
)
from ingest.text.fragment_cells import is_value
from ingest.text.token_types import is_stand_in
from normalize.cell import is_dash_run


def _cells(block: list[list[Segment]], columns: list[tuple[int, int]]) -> list[list[str]]:
    rows = []
    reach = _text_reach(block, columns)
    lines = [_placeholder_off(line, columns) for line in block]
    placed = _headers_over_headers(lines, columns, [_pushed_on(segs, columns, reach) for segs in lines])
    placed = _overruns_on(lines, columns, placed)
    department = _department_column(lines, placed)
    for segs, at in zip(lines, placed, strict=True):
        if len(segs) == len(columns) and not _value_in_department(segs, columns, at, department):
            rows.append([s.text for s in segs])  # one segment per column: order says more than a pushed position
            continue
        cells = [""] * len(columns)
        for s, c in zip(segs, at, strict=True):
            cells[c] = f"{cells[c]} {s.text}".strip()
        rows.append(cells)
    return _departments_out(rows)


def _overruns_on(block: list[list[Segment]], columns: list[tuple[int, int]], placed: list[list[int]]
                 ) -> list[list[int]]:
    """The columns of the texts of each line, with a body text that starts in a column no other body line fills
    and runs on over the next one moved to that next column, when its line leaves that one empty: a name wider
    than its column, whose texts are set right (`特定健康診査・特定保健指導の` over `実施率`, starting under the
    header `指標` the other names stand clear of), is a cell of the names' column, not of a column of its own."""
    body = range(max(_header_band(block), default=-1) + 1, len(block))  # a heading over the header fills none
    fills: dict[int, int] = {}
    for k in body:
        for c in set(placed[k]):
            fills[c] = fills.get(c, 0) + 1
    out = [list(at) for at in placed]
    for k in body:
        for n, s in enumerate(block[k]):
            c = out[k][n]
            if c + 1 >= len(columns) or fills.get(c, 0) != 1 or fills.get(c + 1, 0) < 2 or c + 1 in out[k]:
                continue
            a, b = columns[c + 1]
            if min(b, s.end) - max(a, s.start) > DRIFT and s.start >= columns[c][0]:
                out[k][n] = c + 1
    return out


def _department_column(block: list[list[Segment]], placed: list[list[int]]) -> int | None:
    """The column a department header word (`担当課`) stands in, when the block prints one."""
    heads = {c for segs, at in zip(block, placed, strict=True) for s, c in zip(segs, at, strict=True)
             if header_role(s.text) == "department"}
    return next(iter(heads)) if len(heads) == 1 else None


def _value_in_department(segs: list[Segment], columns: list[tuple[int, int]], placed: list[int],
                         department: int | None) -> bool:
    """Whether reading a line's texts one per column, in order, would put a value or a placeholder printed wholly
    inside a later column into the department column, which it does not reach: a line as many texts as columns
    only by chance (a `-` right-aligned under 実績値 beside an empty 担当課 cell, values printed apart from their
    years), whose positions say where each text stands. A department cell holds no figure."""
    if department is None or department >= len(segs):
        return False
    s, c = segs[department], placed[department]
    a, b = columns[department]
    return c > department and columns[c][0] <= s.start and s.end <= columns[c][1] and not (s.start < b and a < s.end) \
        and is_value(s.text)


def _departments_out(rows: list[list[str]]) -> list[list[str]]:
    """The rows with a department printed one space after a row's last value moved to the department column, when
    the row leaves that column empty (`6,000人 住民課` under 目標値 beside an empty 担当課: a sheet's department
    column left-aligned right after right-aligned values, which pdftotext keeps one space apart and counting
    characters puts left of its header)."""
    heads = {c for row in rows for c, text in enumerate(row) if text and header_role(text) == "department"}
    if len(heads) != 1:
        return rows
    (column,) = heads
    out = []
    for row in rows:
        value, _, rest = (row[column - 1] if column else "").rpartition(" ")
        if not row[column] and value and _department_after_value(rest, value) and not any(row[column + 1:]):
            row = [*row[:column - 1], value, rest, *row[column + 1:]]
        out.append(row)
    return out


def _placeholder_off(segs: list[Segment], columns: list[tuple[int, int]]) -> list[Segment]:
    """The line with a placeholder dash one space after a text (`…と感じる －`: a name as wide as its column, then the
    next column's `－`, which pdftotext keeps one space apart) cut off that text, when the line leaves the next column
    empty: a name never ends in a lone dash, and the columns, drawn around the line as printed, do not part them."""
    out: list[Segment] = []
    placed = {_column_of(s, columns) for s in segs}
    for s in segs:
        head, _, dash = s.text.rpartition(" ")
        column = _column_of(s, columns)
        if (head.strip() and is_dash_run(dash)
                and not head.strip()[:1].isdigit() and column + 1 < len(columns) and column + 1 not in placed):
            end = columns[column + 1][0] + len(dash)
            out += [Segment(s.start, s.end - len(dash) - 1, head.rstrip()), Segment(columns[column + 1][0], end, dash)]
            placed.add(column + 1)
        else:
            out.append(s)
    return out


def _text_reach(block: list[list[Segment]], columns: list[tuple[int, int]]) -> dict[int, int]:
    """Where the text of each column ends at the furthest: its segments' right end, placeholder dashes left out."""
    reach: dict[int, int] = {}
    for segs in block:
        for s in segs:
            if not is_dash_run(s.text):
                column = _column_of(s, columns)
                reach[column] = max(reach.get(column, 0), s.end)
    return reach


def _split_at_columns(block: list[list[Segment]], columns: list[tuple[int, int]]) -> list[list[Segment]]:
    """Segments that run out of their column split at a single space where a value begins: two cells one
    space apart across a gutter (`市が住みよいと感じてい ６８．２％`, a name wrapped to the width of its column,
    then its line's value; `…と感じる －`, a placeholder pushed into the gutter), which the columns of the whole
    table tell apart. Only when every piece then stands in exactly one column, the last one possibly in the gutter
    after it."""
    out = []
    for segs in block:
        line: list[Segment] = []
        for s in segs:
            pieces = [s]
            for (_, end), (start, next_end) in pairwise(columns):
                last = pieces[-1]
                if not (last.start < start - 1 < last.end or last.start < end < last.end <= start):
                    continue
                if last.end > next_end + 1:
                    continue  # a sentence running on over the next column (a note under the table) is no value
                # pdftotext places a character within one position of its column, or further right when the text
                # before it is wider than its own column (`…増えると感じている児 89.9％`): the last single space past
                # the end of the segment's own column (`女性 79.89 歳` in a value column is one cell) and before the
                # next column start, or within one position after it, whose right part opens a value
                for at in range(min(start - last.start, len(last.text) - 2), max(end - 1 - last.start, 0), -1):
                    if (last.text[at] == " " and last.text[at - 1] != " "
                            and _starts_value(last.text[at + 1:], last.text[:at])):
                        gap = last.start + at
                        pieces[-1:] = [Segment(last.start, gap, last.text[:at]),
                                       Segment(gap + 1, last.end, last.text[at + 1:])]
                        break
            # a note over the whole width stays whole, and so does a value whose label stands in the gutter
            # before its column (`男性 79.4歳`)
            spans = [sum(1 for a, b in columns if piece.start < b and a < piece.end) for piece in pieces]
            fits = all(n == 1 for n in spans[:-1]) and (spans[-1] == 1 or (len(pieces) > 1 and spans[-1] == 0))
            line += pieces if fits else [s]
        out.append(line)
    return out


def _values_in_gutters(segs: list[Segment], columns: list[tuple[int, int]]) -> bool:
    """Most of a line's values, two or more, stand wholly in the gutters between the columns the other lines fill:
    the line is printed off the table's columns (a segment row `　男` indented by a full-width space, each value two
    positions right of its column), so which column each value is the nearest to is a guess."""
    values = [s for s in segs if _starts_value(s.text, "") or is_value(s.text)]
    apart = [s for s in values if not any(s.start < b and a < s.end for a, b in columns)]
    return len(apart) >= 2 and 2 * len(apart) >= len(values)


def _off_column_lines(block: list[list[Segment]], columns: list[tuple[int, int]]) -> set[int]:
    """The lines of the block whose values stand in gutters (`_values_in_gutters`): of the block's columns, and for
    a line opening with a label indented off the block's left edge (a segment row `　男`, `うち女性`) of the columns
    the block's other lines fill: two such lines, each value two positions right of its column, widen the columns
    to take them in."""
    off = {k for k, segs in enumerate(block) if _values_in_gutters(segs, columns)}
    left = min((segs[0].start for segs in block if len(segs) >= 2), default=0)
    indented = {k for k, segs in enumerate(block) if len(segs) >= 2 and segs[0].start > left and k not in off
                and not _header_line(segs) and not is_value(segs[0].text) and not _starts_value(segs[0].text, "")}
    if indented:
        others = _columns([[] if k in indented else segs for k, segs in enumerate(block)], 0.0)
        off |= {k for k in indented if _values_in_gutters(block[k], others)}
    return off


def _years_off_values(grid: Grid) -> set[int]:
    """The grid rows of a row's values and of the line of years under them (`2021(R3)年度  2025(R7)年度`) when a
    year stands in a column where the row prints no value (under its grade `×`): the columns put the values and
    their years apart, so which value each year dates is a guess."""
    layout = read_layout(grid)
    if layout is None:
        return set()
    matrix = grid.matrix()
    out: set[int] = set()
    for k in range(layout.header_end + 1, len(matrix)):
        years = [c for c, text in enumerate(matrix[k]) if text.strip()]
        if not years or not all(_year_text(matrix[k][c]) for c in years):
            continue
        above = next((j for j in range(k - 1, max(layout.header_end, k - 1 - MAX_TRAILING_LINES) - 1, -1)
                      if any(matrix[j][c].strip() for c in range(len(matrix[j])))), None)
        if above is None or _year_text_row(matrix[above]):
            continue
        if any(not (is_value(matrix[above][c]) or is_stand_in(matrix[above][c]) or _starts_value(matrix[above][c], ""))
               for c in years):
            out |= {above, k}
    return out
