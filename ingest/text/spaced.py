"""Rows whose cells are separated by single spaces (pdfplumber `extract_text`, copied web pages): each line is
split at whitespace and its cells are aligned to the right, where a table keeps its value columns.

A line of as many cells as the table is wide or more is `name … value value`: the leading cells are the name
(names may hold spaces). A shorter line of several cells fills the last columns (`現状値 目標値`,
`(平成30年) (令和8年)`); a line of one cell without a digit is a name or a header word, in the first column.
The width is the most common cell count of the block's lines that start without a digit and end with one (a
name, then values). Where the columns are is a guess (a segment `小学校 88.7%` or a page number `- 1 -` splits
like cells), so every value read from these grids is marked uncertain.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.table.grid import grid_from_rows
from ingest.text.blocks import TextTable

ENGINE = "text-spaced"
_SPACES = re.compile(r"[ \u3000]+")
#: Lines of several cells a block needs before it is a table.
MIN_ROWS = 2


def _tokens(line: str) -> list[str]:
    return [t for t in _SPACES.split(line.strip()) if t]


def _digits(token: str) -> bool:
    return any(ch.isdigit() for ch in token)


def _cells(tokens: list[str], width: int) -> list[str]:
    if len(tokens) >= width:
        return [" ".join(tokens[: len(tokens) - width + 1]), *tokens[len(tokens) - width + 1:]]
    if len(tokens) == 1 and not _digits(tokens[0]):
        return [tokens[0], *[""] * (width - 1)]
    return [*[""] * (width - len(tokens)), *tokens]


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every run of non-empty lines holding at least MIN_ROWS lines of several cells, as a grid of one row per
    line (cells aligned to the right)."""
    tables = []
    start = None
    for i in range(len(lines) + 1):
        if i < len(lines) and lines[i].strip():
            start = i if start is None else start
            continue
        if start is not None:
            counts = Counter(len(tokens) for tokens in map(_tokens, lines[start:i]) if len(tokens) >= 2
                             and not _digits(tokens[0]) and _digits(tokens[-1]))
            if sum(counts.values()) >= MIN_ROWS:
                width = counts.most_common(1)[0][0]
                rows = [(k + 1, _cells(_tokens(lines[k]), width)) for k in range(start, i)]
                tables.append(TextTable(start, i - 1, grid_from_rows(rows, ENGINE, uncertain=True)))
        start = None
    return tables
