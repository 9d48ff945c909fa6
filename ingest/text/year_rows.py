"""Year-major tables in a text layer: the indicators across, each over value-role sub-columns (`目標` / `実績`), and
one row a year down (`令和２年度 300人 285人 40件 52件 …`), as every text layer that keeps a printed row on one line
prints them (pdfplumber `extract_text`, `pdftotext -layout`, pypdfium2 when rows stay whole).

No column reader finds such a table: its header names fewer indicators than the rows print values, each name
standing centred over its sub-columns, and the corner word (`年度`) stands on a line of its own or before the names.
The structure is read from counts alone: every body line is a year and the same number N of values (a dash
standing for a missing one), the header's role line prints N value-role words and its name line k names, k
dividing N, so each name covers N / k sub-columns (the same roles under every name, each once). The grid is
handed to the interpreter, which reads it turned (`ingest.table.header.sideways_layout`). A line whose count does
not fit ends the table; a header that does not fit makes none, so nothing is guessed. Rows printed in two passes
(the years, then the values: `pdftotext -raw`, pypdfium2) are joined first (`ingest.text.two_pass`).
"""

from __future__ import annotations

from dataclasses import replace

from ingest.table.grid import Grid, GridCell
from ingest.table.header import OTHER, VALUE, header_role, kind_of, value_band
from ingest.text.blocks import TextTable, equal_width_runs
from ingest.text.fragment_cells import tokens as line_tokens
from ingest.text.token_types import RAW, T_VALUE, T_YEAR, token_type, typed_tokens
from ingest.text.two_pass import join_two_pass

ENGINE = "text-year-rows"
#: Header lines above the first year row: the names, the corner word alone, the role words.
MAX_HEADER_LINES = 3
#: A year-major table prints at least this many year rows (one row is a statement, not a series).
MIN_YEAR_ROWS = 2
#: Each indicator stands over at least this many role sub-columns (`目標`, `実績`).
MIN_ROLES = 2


def _year_row(line: str) -> list[str] | None:
    """The values of a line printing a year and then values only (dashes count as values), else None."""
    first = line_tokens(line.strip())[:1]
    if not first or token_type(first[0], RAW) != T_YEAR:
        return None  # typed alone first: most lines open with no year, and typing a whole line costs
    found = typed_tokens(line, RAW)
    if len(found) < 2 or found[0].kind != T_YEAR or any(t.kind != T_VALUE for t in found[1:]):
        return None
    return [t.text for t in found]


def _header(lines: list[str], first: int, n_values: int) -> tuple[int, str, list[str], list[str]] | None:
    """The header above the year row at `first`: (its first line, the corner word, the k names, the N role words),
    or None when the line above prints no N value-role words (the corner word may lead them) under a name line of
    k names (the corner word may lead them, or stand alone on a line above or below them)."""
    roles = lines[first - 1].split() if first > 0 else []
    if len(roles) < n_values or not all(header_role(t) == VALUE for t in roles[-n_values:]) \
            or len(roles) > n_values + 1:
        return None
    corner, role_words = roles[:-n_values], roles[-n_values:]
    for size in range(MAX_HEADER_LINES - 1, 0, -1):
        start = first - 1 - size
        above = [lines[i].split() for i in range(max(start, 0), first - 1)]
        if start < 0 or not all(above):
            continue
        names_line = max(above, key=len)
        others = [tokens for tokens in above if tokens is not names_line]
        if any(len(tokens) != 1 or kind_of(tokens[0]) or value_band(tokens[0]) for tokens in others):
            continue  # a caption alone above the names (`数値目標`, `数値目標の推移`) is not the table's corner
        reading = _names(names_line, role_words)
        if reading is None:
            continue
        lead, names = reading
        words = [*corner, *lead, *(t for tokens in others for t in tokens)]
        if len(words) <= 1 and all(header_role(name) == OTHER for name in names):
            return start, "".join(words), names, role_words
    return None


def _names(tokens: list[str], role_words: list[str]) -> tuple[list[str], list[str]] | None:
    """(corner word, names) of a name line: k names, perhaps after the corner word, k dividing the N role words
    into groups of MIN_ROLES or more that print the same roles in the same order, each role once (`目標 実績` under
    every name)."""
    for lead in (0, 1):
        if groups_roles(len(tokens) - lead, role_words):
            return tokens[:lead], tokens[lead:]
    return None


def groups_roles(k: int, role_words: list[str]) -> bool:
    """Whether k names divide the N role words into groups of MIN_ROLES or more that print the same roles in the
    same order, each role once (`目標 実績` under every name)."""
    if k < 1 or len(role_words) % k or (size := len(role_words) // k) < MIN_ROLES:
        return False
    groups = {tuple(role_words[i:i + size]) for i in range(0, len(role_words), size)}
    return len(groups) == 1 and len(set(role_words[:size])) == size


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every year-major table of the text (see the module docstring)."""
    joined = join_two_pass(lines)
    lines = joined.lines
    found: list[TextTable] = []
    for rows in equal_width_runs(lines, _year_row):
        i, row = rows[0]
        header = _header(lines, i, len(row) - 1) if len(rows) >= MIN_YEAR_ROWS else None
        if header is not None:
            table = _table(header, rows, i)
            doubtful = {2 + r for r, (k, _) in enumerate(rows) if k in joined.guessed}  # stand-ins placed by units
            grid = replace(table.grid, uncertain_rows=table.grid.uncertain_rows | doubtful)
            found.append(replace(table, last=joined.last_line(table.first, table.last), grid=grid))
    return found


def _table(header: tuple[int, str, list[str], list[str]], rows: list[tuple[int, list[str]]], first: int) -> TextTable:
    """The grid: the corner and the names spanning their sub-columns, the role words, one row a year."""
    first_line, corner, names, role_words = header
    grid = year_major_grid((corner, first_line + 1), [(name, first_line + 1) for name in names],
                           [(word, first) for word in role_words],
                           [[(text, i + 1) for text in texts] for i, texts in rows], ENGINE)
    return TextTable(first_line, rows[-1][0], grid)


Placed = tuple[str, int]  # a cell's text and its 1-based line


def year_major_grid(corner: Placed, names: list[Placed], role_words: list[Placed], rows: list[list[Placed]],
                    engine: str) -> Grid:
    """The grid of a year-major table: the corner and the names spanning their sub-columns, the role words, one row
    a year (its year, then its values), every cell at the line it was printed on."""
    width = len(role_words) // len(names)
    cells = [GridCell(0, 0, corner[0], line=corner[1])] if corner[0] else []
    cells += [GridCell(0, 1 + k * width, name, col_span=width, line=line) for k, (name, line) in enumerate(names)]
    cells += [GridCell(1, 1 + c, word, line=line) for c, (word, line) in enumerate(role_words)]
    cells += [GridCell(2 + r, c, text, line=line) for r, row in enumerate(rows) for c, (text, line) in enumerate(row)]
    lines = [cell.line for cell in cells]
    return Grid(None, (0.0, float(min(lines)), float(len(role_words) + 1), float(max(lines))), len(rows) + 2,
                len(role_words) + 1, engine, cells)
