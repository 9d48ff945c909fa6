"""Comma-separated rows of a text layer: a spreadsheet saved as CSV (`"指標名","単位","基準値(H30)",…`).

Cells are split by the `csv` module, so a quoted cell keeps the commas it holds (`"12,500"`). A run of CSV rows is
two or more consecutive lines with the same number of fields (a spreadsheet export gives every row the same
count, empty rows as `,,,,`), at least MIN_FIELDS of them, and at least one quoted field: prose that happens to
hold commas (`1,500人から2,000人に`) neither quotes its words nor repeats its field count line after line.
A quoted cell spanning several lines (a line break inside a spreadsheet cell) is not joined yet.
"""

from __future__ import annotations

import csv
import re

from ingest.text.blocks import TextTable, table_from_cells

ENGINE = "text-csv"
#: Fewest fields of a CSV row: a name and two values.
MIN_FIELDS = 3
#: Fewest consecutive rows of one field count that make a CSV table.
MIN_ROWS = 2
_QUOTED_FIELD = re.compile(r'(?:^|,)\s*"')


def csv_cells(line: str) -> list[str] | None:
    """The fields of a line read as one CSV record (at least MIN_FIELDS), or None."""
    text = line.rstrip("\r\n")
    if "," not in text:
        return None
    try:
        fields = next(csv.reader([text], skipinitialspace=True))
    except (csv.Error, StopIteration):
        return None
    return [field.strip() for field in fields] if len(fields) >= MIN_FIELDS else None


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every run of CSV rows with one field count and a quoted field as a grid, one grid row per line."""
    tables = []
    i = 0
    while i < len(lines):
        first = csv_cells(lines[i])
        if first is None:
            i += 1
            continue
        end = i + 1
        while end < len(lines) and (cells := csv_cells(lines[end])) is not None and len(cells) == len(first):
            end += 1
        if end - i >= MIN_ROWS and any(_QUOTED_FIELD.search(lines[j]) for j in range(i, end)):
            cells_of = {j: c for j in range(i, end) if (c := csv_cells(lines[j])) is not None}
            tables.append(table_from_cells(lines, i, end - 1, cells_of, ENGINE, delimited=True))
        i = end
    return tables
