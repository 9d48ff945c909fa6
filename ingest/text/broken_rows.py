"""A table row a page break cut: the rest of its cells printed under the header repeated on the next page.

A word processor that breaks a row across pages goes on with every cell that did not fit at the top of the next page,
under the repeated header; a text layer in content-stream order (`pdftotext -raw`) prints those rests one cell after
another, left to right, each cell's lines top to bottom (`…関係:外国人が就 指標 …講座への参 173人` / header /
`労先で日本語や生活習慣を学ぶ機会の` / `創出` / `加者数`: the measure's rest, then the name's). Which cell each line
goes on is read from the widths: a cell the break cut filled its column down to the page's foot (its last line there
as wide as the column wraps its cells at), and its rest wraps at that width (every line but the last as wide, the last
no wider). When no cut fits the widths (the rest wrapped anew: `おける歩` / `行者等通行量`), the lines go on the
name, the text most often wrapped, and the caller flags the row: which cell went on is then a guess (`rests_of_row`).
"""

from __future__ import annotations

from ingest.table.rows import WRAP_WIDTH_SLACK
from normalize.text import display_width


def wrap_width(printed: list[str]) -> int:
    """The width a cell printed over these lines wraps at: its widest line but the last; 0 for one line."""
    return max((display_width(text) for text in printed[:-1]), default=0)


def continued_cells(cells: list[tuple[int, str, int]], lines: list[str]) -> dict[int, list[str]] | None:
    """The lines under the repeated header cut into the rests of the broken row's cells. `cells` are the row's text
    cells in column order as (column, the cell's last line before the break, the width its column wraps at: the
    widest line but the last of its cells); only a cell whose last line fills its column may go on. Returns the
    lines by column when exactly one cut fits the widths; None when none or several do (which cell goes on is then
    a guess, the caller's to flag)."""
    full = [(col, display_width(last)) for col, last, widest in cells
            if last and display_width(last) >= widest - WRAP_WIDTH_SLACK]
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


def rests_of_row(cells: list[tuple[int, str, int]], lines: list[str],
                 name_col: int) -> tuple[dict[int, list[str]], bool]:
    """The lines under the repeated header by column (`continued_cells`), and whether the widths told them apart;
    when they do not, every line goes on the name (column `name_col`): a guess, the caller's to flag."""
    split = continued_cells(cells, lines)
    return (split, True) if split is not None else ({name_col: lines}, False)
