"""The header band of a grid → one role per column (name, value, goal levels, progress, …).

Header words are compared after NFKC (`normalize.text.nfkc`), so Kangxi radicals and full-width forms that a PDF
export left in the text layer (`⽬標値` with U+2F6C) still name their column; the raw header text is kept for
`parse_header`, which does its own folding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.pdf.grid import Grid
from normalize.header import parse_header
from normalize.periods import parse_period
from normalize.text import nfkc
from normalize.vocabulary import BULLET_MARKS, GOAL_LABEL_PREFIXES, HEADER_QUALIFIERS, HEADER_WORDS, KINDS

VALUE = "value"
OTHER = "other"
NAME = "name"

_HEADER_KEYS = sorted(((re.sub(r"\s+", "", nfkc(word)), role) for word, role in HEADER_WORDS.items()),
                      key=lambda item: len(item[0]), reverse=True)
_KIND_KEYS = sorted(((re.sub(r"\s+", "", nfkc(word)), kind) for word, kind in KINDS.items()),
                    key=lambda item: len(item[0]), reverse=True)
_GOAL_HEADING = re.compile("^(?:" + "|".join(map(re.escape, GOAL_LABEL_PREFIXES)) + r")\d")
_BRACKETS = re.compile(r"[()\[\]]")


def compact(text: str) -> str:
    """NFKC without any whitespace: the form in which header words are compared."""
    return re.sub(r"\s+", "", nfkc(text))


def header_role(text: str) -> str:
    """Role of a column from its header text: a HEADER_WORDS role, `value` (names a role word) or `other`."""
    folded = compact(text)
    for word, role in _HEADER_KEYS:
        if word in folded:
            return role
    return VALUE if parse_header(text)[0] else OTHER


def kind_of(text: str) -> str | None:
    """The indicator kind a caption or cell names (`数値目標`, `重要業績評価指標（ＫＰＩ）`), else None."""
    folded = compact(text).lstrip(BULLET_MARKS)
    for word, kind in _KIND_KEYS:
        if folded.startswith(word) and len(folded) <= len(word) + 8:
            return kind
    return None


def is_header_text(text: str) -> bool:
    """True for text that belongs in a header band: a header word, a role word, a bare period or qualifier."""
    if not text.strip():
        return True
    if header_role(text) != OTHER:
        return True
    folded = compact(text)
    if parse_period(_BRACKETS.sub("", folded)):
        return True
    return any(word in folded for word in map(nfkc, HEADER_QUALIFIERS))


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    role: str


@dataclass(frozen=True)
class TableLayout:
    """The columns of an indicator table and the grid rows its header occupies."""

    columns: tuple[Column, ...]
    header_start: int
    header_end: int  # first row after the header band

    def of(self, role: str) -> list[Column]:
        return [c for c in self.columns if c.role == role]

    @property
    def signature(self) -> tuple[str, ...]:
        """Column headers in compared form: two tables with equal signatures are one table continued."""
        return tuple(compact(c.header) for c in self.columns)


def _row_texts(grid: Grid, row: int) -> list[str]:
    return [cell.text for cell in grid.cells if cell.row == row and cell.text.strip()]


def _row_is_header(grid: Grid, row: int) -> bool:
    """Every text of the row is header-like, and it is not a goal heading (`基本目標1-2 …` names 目標)."""
    texts = _row_texts(grid, row)
    return bool(texts) and all(is_header_text(t) and not _GOAL_HEADING.match(compact(t)) for t in texts)


def _layout(grid: Grid, start: int, end: int) -> TableLayout:
    columns = []
    for col in range(grid.n_cols):
        parts: list[str] = []
        seen: set[int] = set()
        for row in range(start, end):
            for i, cell in enumerate(grid.cells):
                covers = cell.row <= row < cell.row + cell.row_span and cell.col <= col < cell.col + cell.col_span
                if covers and i not in seen and cell.row >= start:
                    seen.add(i)
                    if cell.text.strip():
                        parts.append(cell.text.strip())
        header = "\n".join(parts)
        columns.append(Column(col, header, header_role(header) if header else OTHER))
    return TableLayout(tuple(columns), start, end)


def read_layout(grid: Grid) -> TableLayout | None:
    """The header band (rows of header words, however many lines) and column roles; None when the grid has
    no indicator-table header (a continuation without repeated header, or not an indicator table)."""
    for start in range(grid.n_rows):
        if not _row_is_header(grid, start):
            continue
        end = last = start
        # empty rows (the gaps between text lines of a whitespace table) do not end the band
        while end < grid.n_rows and (_row_is_header(grid, end) or not _row_texts(grid, end)):
            last = end if _row_texts(grid, end) else last
            end += 1
        end = last + 1
        layout = _layout(grid, start, end)
        if layout.of(NAME) and layout.of(VALUE):
            return layout
    return None
