"""A table row a page break cut: the rest of its cells printed under the header repeated on the next page.

A word processor that breaks a row across pages goes on with every cell that did not fit at the top of the next page,
under the repeated header; a text layer in content-stream order (`pdftotext -raw`) prints those rests one cell after
another, left to right, each cell's lines top to bottom (`…関係:外国人が就 指標 …講座への参 173人` / header /
`労先で日本語や生活習慣を学ぶ機会の` / `創出` / `加者数`: the measure's rest, then the name's). Which cell each line
goes on is read from the widths: a cell the break cut filled its column down to the page's foot (its last line there
as wide as the column wraps its cells at), and its rest wraps at that width (every line but the last as wide, the last
no wider). When no cut fits the widths (the rest wrapped anew: `おける歩` / `行者等通行量`), the lines go on the
name, the text most often wrapped, and the caller flags the row: which cell went on is then a guess (`rests_of_row`).
The table's last row cut by a page break (or a text layer's blank line) goes on after it, no row and no header
following: the rest of a trailing cell left unfinished, a sentence's tail (`tail_column`).
A text layer in reading order by height (pdfplumber) interleaves the rests instead: a cell of fewer lines, centred on
the row, prints between the lines of a taller one (`労先で…機会の` / `加者数` / `創出`); read `interleaved`, each line
may go on any cell, and of several cuts the widths allow the one whose cells are centred on the rest is taken.
"""

from __future__ import annotations

from ingest.table.rows import WRAP_WIDTH_SLACK
from ingest.text.token_types import finished_cell
from normalize.text import display_width


def wrap_width(printed: list[str]) -> int:
    """The width a cell printed over these lines wraps at: its widest line but the last; 0 for one line."""
    return max((display_width(text) for text in printed[:-1]), default=0)


#: The most lines a sentence's tail printed after a table's last row runs over (`tail_column`); more short lines
#: are a list or a paragraph of their own.
MAX_TAIL_LINES = 4
#: More lines than this under the repeated header are cut in blocks only (read interleaved, every assignment of
#: the lines to the cells is tried).
MAX_INTERLEAVED_LINES = 8


def continued_cells(cells: list[tuple[int, str, int]], lines: list[str],
                    interleaved: bool = False) -> dict[int, list[str]] | None:
    """The lines under the repeated header cut into the rests of the broken row's cells. `cells` are the row's text
    cells in column order as (column, the cell's last line before the break, the width its column wraps at: the
    widest line but the last of its cells); only a cell whose last line fills its column may go on. Each cell's
    rest is one block of lines, or with `interleaved` any of the lines in their order (`_centred_cut` decides
    between cuts; up to `MAX_INTERLEAVED_LINES` lines). Returns the lines by column when exactly one cut fits the
    widths; None when none or several do (which cell goes on is then a guess, the caller's to flag)."""
    full = [(col, display_width(last)) for col, last, widest in cells
            if last and display_width(last) >= widest - WRAP_WIDTH_SLACK]
    if interleaved and len(lines) <= MAX_INTERLEAVED_LINES:
        return _centred_cut(full, lines)
    fits: list[dict[int, list[str]]] = []

    def place(k: int, start: int, taken: dict[int, list[str]]) -> None:
        if len(fits) > 1:
            return
        if start == len(lines):
            fits.append(dict(taken))
            return
        if k == len(full):
            return
        col, width = full[k]
        place(k + 1, start, taken)  # this cell ended before the break
        for end in range(start + 1, len(lines) + 1):
            last = display_width(lines[end - 1])
            if last > width + WRAP_WIDTH_SLACK:
                return  # wider than the cell: neither its last line nor (longer runs) a full one
            taken[col] = lines[start:end]
            place(k + 1, end, taken)
            del taken[col]
            if abs(last - width) > WRAP_WIDTH_SLACK:
                return  # a short line ends the cell's rest
    place(0, 0, {})
    return fits[0] if len(fits) == 1 else None




def _centred_cut(full: list[tuple[int, int]], lines: list[str]) -> dict[int, list[str]] | None:
    """Every assignment of the lines to the cells `full` (column, width) that fits the widths (every line of a
    cell's rest but its last as wide as the cell, the last no wider), each cell's lines in their order; of several,
    the one whose cells' lines are centred nearest the middle of the lines (cells are centred on their row: a
    shorter rest prints amid a taller one), when no other is as near. None when none fits or no one is nearest."""
    widths = dict(full)
    fits: list[dict[int, list[int]]] = []

    def place(i: int, taken: dict[int, list[int]], closed: set[int]) -> None:
        if i == len(lines):
            fits.append({col: list(rows) for col, rows in taken.items()})
            return
        width = display_width(lines[i])
        for col, cell_width in widths.items():
            if col in closed or width > cell_width + WRAP_WIDTH_SLACK:
                continue
            taken.setdefault(col, []).append(i)
            ended = abs(width - cell_width) > WRAP_WIDTH_SLACK  # a short line ends the cell's rest
            place(i + 1, taken, closed | {col} if ended else closed)
            taken[col].pop()
            if not taken[col]:
                del taken[col]
    place(0, {}, set())
    middle = (len(lines) - 1) / 2
    off = [sum(abs((rows[0] + rows[-1]) / 2 - middle) for rows in fit.values()) for fit in fits]
    best = [fit for fit, o in zip(fits, off, strict=True) if o == min(off)]
    if len(best) != 1:
        return None
    return {col: [lines[i] for i in rows] for col, rows in best[0].items()}


def rests_of_row(cells: list[tuple[int, str, int]], lines: list[str], name_col: int,
                 interleaved: bool = False) -> tuple[dict[int, list[str]], bool]:
    """The lines under the repeated header by column (`continued_cells`), and whether the widths told them apart;
    when they do not, every line goes on the name (column `name_col`): a guess, the caller's to flag."""
    split = continued_cells(cells, lines, interleaved)
    return (split, True) if split is not None else ({name_col: lines}, False)


def tail_column(cells: list[tuple[int, str, int]], lines: list[str]) -> tuple[int | None, bool]:
    """The cell the tail of a sentence printed after a table's last row goes on (`…十分ではない` / page break /
    `ことが原因である` / `と捉えている。`): of that row's trailing text cells, as (column, text, the width its
    column wraps at, else the cell's own width), those left unfinished (no sentence, bracket, whole progress label
    or department ends them: `token_types.finished_cell`) whose width every line fits; the last of them (a reason
    is a row's last text), and whether it was the only one (else a guess, the caller's to tell). (None, False) when
    the lines go on no cell: wider lines are a paragraph after the table."""
    fits = [col for col, text, width in cells if text and not finished_cell(text)
            and all(display_width(line) <= width + WRAP_WIDTH_SLACK for line in lines)]
    return (fits[-1], len(fits) == 1) if fits else (None, False)
