"""Rows of a table whose one value column prints each figure after its role label (`現状値・目標値` over
`現状：3,420 事業所（R3）` / `目標：3,500 事業所（R10）`) in a text layer that writes a row's cells one after the
other (`pdftotext -raw`: the name, the labelled lines, the department, a line each; pypdfium2: `市内事業所数
現状：3,420 事業所（R3）` / `目標：3,500 事業所（R10） 商工課`).

A column reader cuts such lines at their spaces (`現状：年 18 件（R5）` into three cells); here a line is cut at its
role labels (`normalize.header.role_labelled`) instead. Under the header, text before a row's first label is its
name (wrapped over lines), the labelled pieces its value cell, and text after them, a cell of the trailing columns
when it is what that column holds (a department, a progress label: `token_types.is_department`, `is_progress`),
else the next row's name; a role labelled again opens the next row. A goal heading, a note, another header, a line
that is none of these ends the table. Each row goes to the interpreter as (name, labelled pieces, trailing cells),
which reads the labelled cell (`ingest.table.header.labelled_value`).
"""

from __future__ import annotations

from ingest.table.context import goal_level
from ingest.table.grid import grid_from_rows
from ingest.table.header import NAME, VALUE, header_role
from ingest.text.blocks import TextTable
from ingest.text.furniture import note_line
from ingest.text.header_words import header_words, line_words
from ingest.text.token_types import is_department, is_progress
from normalize.header import role_labelled, role_labels
from normalize.text import nfkc

ENGINE = "text-labelled"
#: Rows a table must read (one name over labelled lines is a statement, read as such).
MIN_ROWS = 2
#: What a trailing column's cell must be, by the column's role.
_TRAILING = {"department": is_department, "progress": is_progress}


def _header(line: str) -> list[str] | None:
    """The header words when the line is a header of a name column, one value column and trailing columns whose
    cells can be told (a department, a progress label); else None."""
    words = line_words(line)
    roles = [header_role(w) for w in words]
    if not header_words(words) or roles.count(VALUE) != 1 or NAME not in roles \
            or roles.index(NAME) > roles.index(VALUE) \
            or any(role not in _TRAILING for role in roles[roles.index(VALUE) + 1:]):
        return None
    return words


def _parts(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The text before the line's first role label and the (role, `現状：…` with its label) pieces from it: (line,
    []) for a line without label; None for labels that read as no cell (a role labelled twice: two rows' cells)."""
    text = nfkc(line).strip()
    for start in (0, *(k + 1 for k, ch in enumerate(text) if ch.isspace())):
        rest = text[start:]
        if (found := role_labelled(rest)) is None:
            continue
        pieces: list[tuple[str, str]] = []
        at = 0
        for role, _, body in found:
            end = rest.find(body, at) + len(body)
            pieces.append((role, rest[at:end].strip()))
            at = end
        return text[:start].strip(), pieces
    return None if role_labels(text) else (text, [])


def _trailing(texts: list[str], roles: list[str]) -> list[str] | None:
    """The last words of a labelled piece that are the trailing columns' cells, in order, when each is what its
    column holds (`3,500 事業所(R10) 商工課`: `商工課`); None when they are not all there."""
    return texts if len(texts) == len(roles) and all(_TRAILING[r](t) for t, r in zip(texts, roles, strict=True)) \
        else None


def _table(lines: list[str], h: int, words: list[str]) -> TextTable | None:
    """The rows under the header line h (see the module docstring); None when fewer than MIN_ROWS or a line reads
    as no part of such a row."""
    roles = [header_role(w) for w in words]
    after = roles[roles.index(VALUE) + 1:]
    rows: list[tuple[int, list[str]]] = []
    name: list[str] = []
    cells: list[str] = []
    seen: set[str] = set()
    tail: list[str] = []
    first = last = h

    def close() -> None:
        if name and cells:
            rows.append((first + 1, [" ".join(name), " ".join(cells), *(tail + [""] * len(after))[:len(after)]]))

    for i in range(h + 1, len(lines)):
        line = lines[i]
        if not line.strip() or goal_level(line) is not None or note_line(line) \
                or _header(line):
            break
        parts = _parts(line)
        if parts is None:
            return None
        before, pieces = parts
        if before and cells and not tail and (found := _trailing(before.split(), after)) is not None:
            tail = found  # the department after the labelled lines
        elif before and (cells or tail):
            close()
            name, cells, seen, tail, first = [before], [], set(), [], i
        elif before:
            name, first = [*name, before], first if name else i
        for role, piece in pieces:
            if not name or role in seen or tail:
                return None  # figures before any name, a role labelled twice: no row of this shape
            words_ = piece.split()
            found = _trailing(words_[len(words_) - len(after):], after) if 0 < len(after) < len(words_) else None
            if found is not None and (role, piece) == pieces[-1]:
                piece, tail = " ".join(words_[:len(words_) - len(after)]), found
            seen.add(role)
            cells.append(piece)
        last = i
    close()
    if len(rows) < MIN_ROWS:
        return None
    return TextTable(h, last, grid_from_rows([(h + 1, words), *rows], ENGINE))


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every table of labelled value cells under a one-line header (see the module docstring)."""
    tables: list[TextTable] = []
    i = 0
    while i < len(lines):
        words = _header(lines[i])
        table = _table(lines, i, words) if words else None
        if table is None:
            i += 1
            continue
        tables.append(table)
        i = table.last + 1
    return tables
