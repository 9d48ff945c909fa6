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

from ingest.text.blocks import TextTable, equal_width_runs, table_from_cells

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
    for run in equal_width_runs(lines, csv_cells):
        if len(run) >= MIN_ROWS and any(_QUOTED_FIELD.search(lines[j]) for j, _ in run):
            tables.append(table_from_cells(lines, run[0][0], run[-1][0], dict(run), ENGINE, delimited=True))
    return tables
