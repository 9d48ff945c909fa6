"""Notes and page joins of the whitespace-aligned reader (`ingest.text.aligned`): a table continued on the next page
(its columns rescaled, a name or a row cut by the page break joined, a segments' parent at a page foot moved over
its segments, a year line carried over), and a sentence's tail after the table's last line.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from itertools import pairwise

from ingest.document import PAGE_BREAK
from ingest.table.context import goal_level
from ingest.table.grid import Grid, GridCell
from ingest.table.header import (
    NAME,
    VALUE,
    TableLayout,
    compact,
    read_layout,
)
from ingest.table.rows import breakdown_segment
from ingest.text.aligned_header import _header_line, _holds_together
from ingest.text.aligned_segments import (
    _PERIOD_BRACKETS,
    MARGIN,
    MAX_TRAILING_LINES,
    TAIL_SHIFT,
    Segment,
    _starts_value,
    segments,
)
from ingest.text.blocks import TextTable, open_name
from ingest.text.broken_rows import MAX_TAIL_LINES, tail_column
from ingest.text.fragment_cells import is_value
from ingest.text.furniture import page_number_line
from normalize.periods import parse_period
from normalize.text import (
    ANY_CLOSING_BRACKETS,
    ANY_OPENING_BRACKETS,
    bracket_depth,
    display_width,
)
from normalize.vocabulary import (
    NOTE_MARKS,
    SENTENCE_ENDINGS,
)


def _carried_years(lines: list[str], found: list[list[Segment]], brk: int) -> int | None:
    """The line right after the page break `brk` (blank lines skipped) when it holds only bracketed periods, two or
    more (`（令和３年）      （令和９年）`): the years of the values of the last row of the page before, which the
    producer moved to the next page with the rest of the row's cells. None otherwise."""
    k = brk + 1
    while k < len(lines) and not found[k] and lines[k] != PAGE_BREAK:
        k += 1
    if k >= len(lines) or len(found[k]) < 2:
        return None
    texts = [compact(s.text) for s in found[k]]
    if all(text[:1] in ANY_OPENING_BRACKETS and text[-1:] in ANY_CLOSING_BRACKETS
           and parse_period(_PERIOD_BRACKETS.sub("", text)) is not None for text in texts):
        return k
    return None


def _before_carried_years(lines: list[str], index: int) -> bool:
    """The line is a page break, or a blank line next to one, right above a line of years carried over from the
    page before (`_carried_years`): left out of the table, so that the years follow the row they date."""
    if lines[index].strip():
        return False
    k = index
    while k < len(lines) and not lines[k].strip() and lines[k] != PAGE_BREAK:
        k += 1
    if k >= len(lines) or lines[k] != PAGE_BREAK:
        return False
    after = [segments(line) for line in lines[k:k + MAX_CUT_GAP]]
    return _carried_years(lines[k:k + MAX_CUT_GAP], after, 0) is not None


#: Lines after a table searched for the rest of a name a page break cut (blank lines, the page number, the page
#: break, the header repeated on the next page).
MAX_CUT_GAP = 12


def _cut_name_rest(lines: list[str], after: int, column: int | None) -> list[int]:
    """The lines after `after` (a table's last row) that hold the rest of its name cut by a page break: the first
    text line past the page break, the page number and a repeated header, when it is one text and no sentence, at
    the left margin or where the cut name starts (`column`, a name column right of goal or kind columns); and the
    lines right under it that are one text starting there too (the rest wrapped again: `おける歩` / `行者等通行量`).
    Empty when no page break comes first or the line is anything else."""
    broken = False
    for j in range(after + 1, min(len(lines), after + 1 + MAX_CUT_GAP)):
        if lines[j] == PAGE_BREAK:
            broken = True
            continue
        segs = segments(lines[j])
        if not segs or page_number_line(lines[j].strip()) or _header_line(segs):
            continue
        if not (broken and _name_rest(segs, column)):
            return []
        found = [j]
        while (len(found) <= MAX_TRAILING_LINES and j + len(found) < len(lines)
               and _name_rest(segments(lines[j + len(found)]), segs[0].start if segs[0].start > MARGIN else None)):
            found.append(j + len(found))
        return found
    return []


def _name_rest(segs: list[Segment], column: int | None) -> bool:
    """A line of one text, no sentence nor value, at the left margin or starting at `column` (within a position)."""
    if len(segs) != 1 or bracket_depth(segs[0].text) != 0 or _starts_value(segs[0].text, ""):
        return False
    return segs[0].start <= MARGIN or (column is not None and abs(segs[0].start - column) <= 1)


def _join_cut_names(tables: list[TextTable], lines: list[str]) -> None:
    """A table whose last row's name ends open (a particle: `市の移住支援制度を`, see `open_name`) right before a
    page break takes the first text lines of the next page as the rest of that name (`利用して転入した世帯数`), as
    the -raw reader does; the lines leave the table that holds them (the next page's, under its repeated header).
    Which lines go on a name across a page cannot be seen for sure: the joined row is flagged uncertain (its lines,
    `Grid.uncertain_rows`), the table's other rows are not."""
    for table in tables:
        grid = table.grid
        last_row = max((c.row for c in grid.cells if c.text.strip()), default=None)
        if last_row is None:
            continue
        filled = sorted((c for c in grid.cells if c.row == last_row and c.text.strip()), key=lambda c: c.col)
        layout = read_layout(grid)
        names = [column.index for column in layout.of(NAME)] if layout else []
        name = next((c for c in filled if c.col in names), None) if names else (filled[0] if filled else None)
        if len(filled) < 2 or name is None:
            continue
        line = grid.line_of(last_row)
        printed = [s for s in segments(lines[line - 1]) if s.text == name.text.split("\n")[-1]] if line else []
        rest = _cut_name_rest(lines, table.last, printed[0].start if printed else None) if open_name(name.text) else []
        if not rest:
            if layout is not None and _join_split_row(table, tables, lines, layout, last_row):
                grid.uncertain_rows.add(last_row)
            continue
        text = "\n".join(segments(lines[j])[0].text for j in rest)
        grid.cells[grid.cells.index(name)] = replace(name, text=f"{name.text}\n{text}")
        grid.uncertain_rows.update({name.row, last_row})
        for j in rest:
            holder = next((t for t in tables if t.first <= j <= t.last), None)
            if holder is None:
                table.last = max(table.last, j)
            else:
                holder.grid.cells = [c for c in holder.grid.cells if c.line != j + 1]


def _parents_over_page(tables: list[TextTable], lines: list[str]) -> None:
    """A table's last line, a name alone at the foot of a page under a row of values, whose table goes on past the
    page break with segment rows (`健康診査の受診率` / page break / header / `うち男性  55.2 …`): the segments'
    parent, never the wrapped end of the name above it. The line moves to the next page's table, over its first
    segment row, where the row reader reads it as their parent (`ingest.table.rows._segment_parents`)."""
    for table, after in pairwise(tables):
        layout, later = read_layout(table.grid), read_layout(after.grid)
        if layout is None or later is None or not layout.of(NAME) or not later.of(NAME):
            continue
        grid, names = table.grid, {c.index for c in layout.of(NAME)}
        rows = [r for r in range(grid.n_rows) if any(t.strip() for t in _row_texts(grid, r))
                and not page_number_line(" ".join(_row_texts(grid, r)).strip())]
        if len(rows) < 2 or rows[-2] < layout.header_end:
            continue
        last, above = rows[-1], rows[-2]
        filled = [c for c in grid.cells if c.row == last and c.text.strip()]
        values = {c.index for c in layout.of(VALUE)}
        # the name may stand beside its own text cells (its reason, its department: `ふるさと納税の寄附額  子育て
        # 支援課`), but beside no value and in no column without a header role the next page's header has too
        own = [c for c in filled if c.col in names]
        roles = {column.index: column.role for column in layout.columns}
        beside = [c for c in filled if c.col not in names]
        if (len(own) != 1 or is_value(own[0].text) or own[0].line is None
                or any(c.col in values or is_value(c.text) or roles.get(c.col, NAME) in (NAME, VALUE)
                       or len(later.of(roles[c.col])) != 1 for c in beside)
                or not any(c.row == above and c.col in values and c.text.strip() for c in grid.cells)):
            continue
        filled = own
        first = next((r for r in range(later.header_end, after.grid.n_rows)
                      if any(t.strip() for t in _row_texts(after.grid, r))), None)
        line = after.grid.line_of(first) if first is not None else None
        name = later.of(NAME)[0].index
        if (first is None or line is None or PAGE_BREAK not in lines[filled[0].line:line - 1]
                or breakdown_segment(after.grid.text_at(first, name) or "") is None
                or not any(c.row == first and c.col in {v.index for v in later.of(VALUE)} and c.text.strip()
                           for c in after.grid.cells)):
            continue
        grid.cells = [c for c in grid.cells if c.row != last]
        moved = after.grid
        moved.cells = [replace(c, row=c.row + 1) if c.row >= first else c for c in moved.cells]
        moved.cells.append(GridCell(first, name, filled[0].text, line=filled[0].line))
        moved.cells += [GridCell(first, later.of(roles[c.col])[0].index, c.text, line=c.line) for c in beside]
        moved.uncertain_rows = {r + 1 if r >= first else r for r in moved.uncertain_rows}
        moved.n_rows += 1


def _row_texts(grid: Grid, row: int) -> list[str]:
    """The texts of the cells starting on grid row `row`, left to right."""
    return [c.text for c in sorted(grid.cells, key=lambda c: c.col) if c.row == row]


def _sentence_tails(tables: list[TextTable], lines: list[str]) -> None:
    """A table whose last line leaves a trailing cell unfinished (a reason ending no sentence: `…十分ではない`, the
    page full) goes on over the lines after it that end the sentence (`ことが原因である` / `と捉えている。` at the
    top of the next page), each one text printed in that cell's column (its start within TAIL_SHIFT of the cell's)
    and no wider (`broken_rows.tail_column`): they become lines of that column under the table's last. Such lines
    printed where no unfinished cell is (another column, a cell ended) are told (`Grid.told`), not dropped. A
    paragraph (at the margin, or wider), a note, a heading or another table's lines are no tail."""
    for table in tables:
        grid, layout = table.grid, read_layout(table.grid)
        tail = _tail_lines(lines, table.last, tables)
        if layout is None or not layout.of(VALUE) or not tail:
            continue
        right = max(column.index for column in layout.of(VALUE))
        starts: dict[int, tuple[int, GridCell]] = {}  # trailing column → where its lowest cell starts, that cell
        widths: dict[int, int] = {}
        for cell in sorted(grid.cells, key=lambda c: c.row):
            text = cell.text.strip()
            found = [s for s in segments(lines[cell.line - 1]) if s.text == text] if cell.line and text else []
            if cell.col > right and found:
                starts[cell.col] = (found[0].start, cell)
                widths[cell.col] = max(widths.get(cell.col, 0), display_width(text))
        last_row = max((c.row for c in grid.cells if c.text.strip()), default=-1)
        at = tail[0][1].start
        near = min(starts, key=lambda c: abs(starts[c][0] - at), default=None)
        texts = [segment.text for _, segment in tail]
        col, _ = (None, False) if near is None or abs(starts[near][0] - at) > TAIL_SHIFT \
            or starts[near][1].row != last_row else tail_column([(near, starts[near][1].text, widths[near])], texts)
        if col is None:
            grid.told += ((tail[0][0] + 1, f"{texts[0]!r} ends a sentence after the table where no cell of its last "
                                           "row is left unfinished: read into no cell"),)
            continue
        grid.cells += [GridCell(grid.n_rows + k, col, segment.text, line=j + 1) for k, (j, segment) in enumerate(tail)]
        grid.n_rows += len(tail)
        table.last = tail[-1][0]


def _tail_lines(lines: list[str], after: int, tables: list[TextTable]) -> list[tuple[int, Segment]]:
    """The lines after line `after` (a table's last, 0-based) past blank lines, a page break and a page number
    that may be the tail of a sentence: up to MAX_TAIL_LINES lines of one indented text each (none a note, a
    heading, a value or another table's), the last ending a sentence; empty when they are no such run."""
    run: list[tuple[int, Segment]] = []
    j = after + 1
    while j < min(len(lines), after + 1 + MAX_CUT_GAP) and len(run) < MAX_TAIL_LINES:
        text = lines[j].strip()
        if not text or page_number_line(text):
            if run:
                return []
            j += 1
            continue
        segs = segments(lines[j])
        if any(t.first <= j <= t.last for t in tables) or len(segs) != 1 or segs[0].start <= MARGIN \
                or text.startswith(NOTE_MARKS) or goal_level(text) is not None or _starts_value(text, ""):
            return []
        run.append((j, segs[0]))
        if text.endswith(SENTENCE_ENDINGS):
            return run
        j += 1
    return []


def _join_split_row(table: TextTable, tables: list[TextTable], lines: list[str], layout: TableLayout,
                    last_row: int) -> bool:
    """A table row the page break split (an office program breaks a tall row across pages): the table goes on
    under its header repeated on the next page, and the lines there before its first value row hold text cut
    off from the previous page's last row (`加者数` of `…講座への参` / `加者数`). Name text on those lines that a line
    without name text parts from the first value row's name cannot be that row's name (a cell's lines are
    adjacent): those lines are moved, column by column, onto the last row, and True is returned. The caller flags
    that row uncertain: where it was cut cannot be seen for sure."""
    gap = lines[table.last + 1:]
    end = next((k for k, line in enumerate(gap) if line.strip() and line != PAGE_BREAK
                and not page_number_line(line.strip())), len(gap))
    holder = next((t for t in tables if t.first == table.last + 1 + end), None)
    if PAGE_BREAK not in gap[:end] or holder is None:
        return False
    continued = read_layout(holder.grid)
    if continued is None or _roles(continued) != _roles(layout):
        return False
    values = {c.index for c in continued.of(VALUE)}
    names = {c.index for c in continued.of(NAME)}
    texts = {(c.row, c.col): c for c in holder.grid.cells if c.text.strip()}
    first_value = next((r for r in range(continued.header_end, holder.grid.n_rows)
                        if any((r, col) in texts for col in values)), None)
    if first_value is None or not any((first_value, col) in texts for col in names):
        return False
    top = first_value
    while top - 1 >= continued.header_end and any((top - 1, col) in texts for col in names):
        top -= 1  # the first value row's own name, wrapped over the lines above it
    named = [r for r in range(continued.header_end, top) if any((r, col) in texts for col in names)]
    if not named or named[-1] == top - 1:
        return False
    moved = range(continued.header_end, named[-1] + 1)
    to_earlier = {new.index: old.index for new, old in zip(continued.columns, layout.columns, strict=True)}
    pieces = [c for (row, _), c in sorted(texts.items()) if row in moved]
    if any(c.col not in to_earlier for c in pieces):
        return False
    grid = table.grid
    for piece in pieces:
        col = to_earlier[piece.col]
        cell = grid.cell_at(last_row, col)
        if cell is None:
            grid.cells.append(GridCell(last_row, col, piece.text, line=grid.line_of(last_row)))
        else:
            joined = f"{cell.text}\n{piece.text}" if cell.text.strip() else piece.text
            grid.cells[grid.cells.index(cell)] = replace(cell, text=joined)
    lines_moved = {c.line for c in holder.grid.cells if c.row in moved}
    holder.grid.cells = [c for c in holder.grid.cells if c.line not in lines_moved]
    return True


def _roles(layout: TableLayout) -> tuple[tuple[str, str], ...]:
    """What each column of a table is, its value columns by their header too: a table and its part on the next
    page under the header repeated match (a header band may take a body line in one part, not the other)."""
    return tuple((c.role, compact(c.header) if c.role == VALUE else "") for c in layout.columns)


#: Page scales tried for a continued table's columns (pdftotext scales each page's positions by its own text).
MIN_PAGE_SCALE, MAX_PAGE_SCALE = 0.6, 1.6


#: How far (in positions of the earlier page) a rescaled column's centre may stand outside the earlier column.
RESCALE_TOLERANCE = 1.5


def _rescaled(own: list[tuple[int, int]], earlier: list[tuple[int, int]]) -> list[int] | None:
    """For a block without header that has fewer columns than the table before it: the earlier column each of its
    columns is, when one scale of positions (another page's, pdftotext measures each page anew) puts every column's
    centre into a different earlier column, in order (`1,059人` at 13, 23, 33… under columns at 13, 24, 35…, its
    reason column empty on this page). The mapping that fits best, or None."""
    if len(own) >= len(earlier):
        return None
    best: tuple[float, float, list[int]] | None = None
    for a, _ in own:
        for b, _ in earlier:
            if a <= 0 or b <= 0 or not MIN_PAGE_SCALE <= a / b <= MAX_PAGE_SCALE:
                continue
            scale = a / b
            placed: list[int] = []
            error = 0.0
            for start, end in own:
                centre = (start + end) / 2 / scale
                miss = [max(0.0, c - centre, centre - d) for c, d in earlier]
                index = min(range(len(earlier)), key=lambda k: miss[k])
                placed.append(index)
                error += miss[index]
                if miss[index] > RESCALE_TOLERANCE or (len(placed) > 1 and placed[-2] >= index):
                    break
            else:
                if best is None or (error, abs(1 - scale)) < best[:2]:
                    best = (error, abs(1 - scale), placed)
    return best[2] if best else None


def _placed(cells: list[str], placed: list[int], earlier: list[tuple[int, int]]) -> list[str]:
    """A row's cells moved to the columns `placed` gives them among the `earlier` columns, cut where the earlier
    header cut them (`_cut_as_before`) unless this page fills the next column itself."""
    out = [""] * len(earlier)
    for text, column in zip(cells, placed, strict=False):
        out[column] = text
    return _cut_as_before(out, earlier, set(placed))


def _cut_as_before(cells: list[str], columns: list[tuple[int, int]], own: Collection[int] = ()) -> list[str]:
    """A row of a table continued without its header, under the columns of the table before: a value in a column
    that the earlier header cut from the one after it (the two touch: `_split_at_header`), with that next column
    empty in the row (and not one of this page's `own` columns), is cut there too, at its last single space
    between two cells (`1,700人 保育課` under `目標値（R7）     担当課`): the header that told the cut is missing
    here."""
    out = list(cells)
    for column in range(len(columns) - 1):
        if columns[column][1] != columns[column + 1][0] or out[column + 1] or column + 1 in own:
            continue
        text = out[column]
        if not _starts_value(text, ""):
            continue  # a name or a note, whose spaces are its own
        spaces = [k for k, ch in enumerate(text) if ch == " " and 0 < k < len(text) - 1
                  and not _holds_together(text[:k], text[k + 1:])]
        if spaces:
            out[column], out[column + 1] = text[:spaces[-1]].rstrip(), text[spaces[-1] + 1:].lstrip()
    return out
