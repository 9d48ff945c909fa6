"""Tab-separated rows of any text layer (a spreadsheet pasted as text): one row per line, cells split at tabs.

A cell holding a line break is quoted by the spreadsheet (`"市内の宿泊施設における延べ` / `宿泊者数"<TAB>32,680`,
Excel's tab-delimited text): its lines are one cell of the row on the record's first line, the lines it took up
empty rows after it (line numbers kept).

The reader only finds the rows and splits them; what the header, the columns and a row that continues the one above
mean is decided by the table interpreter (`ingest.table`), whichever front end (`ingest.text.tabbed`,
`ingest.text.generic`) uses it.
"""

from __future__ import annotations

import csv

from ingest.text.blocks import TextTable, runs, table_from_cells

ENGINE = "text-tabs"


def tab_cells(line: str) -> list[str] | None:
    """The cells of a tab row (at least two non-empty cells), or None."""
    if "\t" not in line:
        return None
    cells = [cell.strip() for cell in line.rstrip("\r\n").split("\t")]
    return cells if sum(1 for c in cells if c) >= 2 else None


#: Most lines one quoted cell may take up: a wrapped name or note, not a stray quote mark opening the rest.
MAX_QUOTED_LINES = 4


def _open_quote(line: str) -> bool:
    """A line whose last cell opens a quote it does not close on this line (a cell with a line break)."""
    last = line.rstrip("\r\n").split("\t")[-1]
    return last.lstrip().startswith('"') and last.count('"') % 2 == 1


def _quoted_records(lines: list[str]) -> dict[int, tuple[int, list[str]]]:
    """{first line: (last line, cells)} of the tab records whose quoted cells hold line breaks. A record may hold
    several such cells (each value with its year on a second line), each at most MAX_QUOTED_LINES long; a line
    inside a record found is no record's start, and text the csv module cannot split is no record."""
    found: dict[int, tuple[int, list[str]]] = {}
    end = -1
    for i, line in enumerate(lines):
        if i <= end or not _open_quote(line):
            continue
        since = 0  # lines since the last one printing a quote mark: the open cell's length so far
        for j in range(i + 1, len(lines)):
            since = 0 if '"' in lines[j] else since + 1
            if since >= MAX_QUOTED_LINES - 1:
                break
            text = "\n".join(part.rstrip("\r\n") for part in lines[i:j + 1])
            if text.count('"') % 2 == 0 and "\t" in text:
                try:
                    record = next(csv.reader([text], delimiter="\t"))
                except csv.Error:
                    break
                if sum(1 for cell in record if cell.strip()) >= 2:
                    found[i] = (j, [cell.strip() for cell in record])
                    end = j
                break
    return found


#: Most lines without a tab printed together between two tab rows that are rows of the table (a goal band and a
#: note under the row above), not text between two tables.
MAX_BRIDGED_LINES = 3


def _lone_cell(line: str) -> list[str]:
    """The cells of a line printing one cell: where tabs before it say its column (a name alone in the last column
    over its segment rows), in that column; else its text as the first cell."""
    return [cell.strip() for cell in line.rstrip("\r\n").split("\t")] if "\t" in line else [line.strip()]


def _one_cell_rows(lines: list[str], cells: dict[int, list[str]]) -> dict[int, list[str]]:
    """{line: its cells} of the lines printing one cell right between two tab rows, no blank line between: a row
    whose only cell is its first, its empty cells' tabs not written (a goal band across the table, a note under the
    row above, `基本目標２ …`, `※…`), or a cell whose tabs before it say its column (a parent's name alone in the last
    column over its segments' rows). Read as rows of the table, the interpreter sees them where they stand among
    the rows; ending the table at them would leave the rows after it a headerless grid (and a header of bare years,
    `2017 | 2022中間目標`, without the values under it that make it a header)."""
    found: dict[int, list[str]] = {}
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and j not in cells and lines[j].strip():
            j += 1
        if j > i and i - 1 in cells and j in cells and j - i <= MAX_BRIDGED_LINES:
            found.update({k: _lone_cell(lines[k]) for k in range(i, j)})
        i = j + 1
    return found


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every run of tab rows as a grid, one grid row per line, a line's n-th cell in the n-th column."""
    cells = {i: c for i, line in enumerate(lines) if (c := tab_cells(line)) is not None}
    for first, (last, record) in _quoted_records(lines).items():
        cells[first] = record
        cells.update({i: [] for i in range(first + 1, last + 1)})
    cells.update(_one_cell_rows(lines, cells))
    return [table_from_cells(lines, first, last, {i: c for i, c in cells.items() if first <= i <= last and c},
                             ENGINE, delimited=True)
            for first, last in runs(lines, [i in cells for i in range(len(lines))])]
