"""Table rows printed on one line with single spaces between their cells (`pdftotext -raw`, which writes a
table's text runs in content-stream order): each row is cut into the header's columns by what its tokens are.

A one-line header (`指標名 基準値（H30） 実績値（R4） 目標値（R6） 評価 今後の方針`) gives the sequence of column roles:
leading text columns (the name, a 区分 column), value columns (with the year columns beside them), trailing text
columns (progress, reason, note, department). A row's tokens are typed (`ingest.text.token_types`: value, stand-in,
year, progress label, text) and matched to that sequence: the run of value tokens fills the value columns, the text
before it is the name (and the leading columns' own words, such as a segment label `男性`), the text after it the
trailing columns. A row printing fewer values than there are value columns is filled by the types (a year column
takes a year); when several placements remain, left to right and the table is marked uncertain, since which cell
was empty cannot be seen without positions.

Lines around a row that print no values are read by what stands next to them:
- text after a row with a trailing text column that does not end a sentence: that column wrapped;
- text lines before a row: its name wrapped over lines (flagged uncertain right after a page break, where it may
  also be the tail of the row before); before rows that print only a segment label (`男性 79.2歳 …`), the name
  the segment rows share;
- names numbered `①`, `②` on lines of their own, then one value per line: one row listing several indicators,
  its cells printed column by column;
- a page number or a page break goes on with the table when a whole row follows; a heading, a caption, a `※`
  note, another header or a sentence ends it.
A line printing several goal headings (two tables side by side on an A3 page) gives one heading to each of the
tables that follow it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations

from ingest.table.context import goal_level
from ingest.table.grid import Grid, GridCell
from ingest.table.header import (
    KIND,
    NAME,
    NUMBER,
    OTHER,
    PERIOD,
    VALUE,
    compact,
    header_role,
    is_caption,
    kind_of,
)
from ingest.table.rows import row_role_word, segment_label
from ingest.text.blocks import TextTable
from ingest.text.fragment_cells import is_parenthetical, tokens
from ingest.text.token_types import (
    RAW,
    T_PROGRESS,
    T_STAND_IN,
    T_TEXT,
    T_VALUE,
    T_YEAR,
    Token,
    is_department,
    token_type,
    typed_tokens,
)
from normalize.text import nfkc
from normalize.vocabulary import (
    CIRCLED_NUMBERS,
    GENERIC_KIND,
    NOTE_MARKS,
    PAGE_NUMBER_DASHES,
    SENTENCE_ENDINGS,
)

ENGINE = "text-typed"
#: Token types a value column or a year column takes.
_ACCEPTS = {VALUE: frozenset({T_VALUE, T_STAND_IN}), PERIOD: frozenset({T_YEAR})}
_MIDDLE_KINDS = frozenset({T_VALUE, T_STAND_IN, T_YEAR})
#: Lines a name may wrap over before its row.
MAX_NAME_LINES = 3
#: A page number printed alone (`- 2 -`, `2`).
_DASH = f"[{re.escape(PAGE_NUMBER_DASHES)}]"
_PAGE_NUMBER = re.compile(rf"^(?:{_DASH}\s*\d{{1,4}}\s*{_DASH}|\d{{1,4}})$")


@dataclass(frozen=True)
class _Header:
    words: list[str]
    roles: list[str]
    line: int  # 0-based

    @property
    def middle(self) -> list[int]:
        """The value and year columns, first to last."""
        inside = [c for c, role in enumerate(self.roles) if role in _ACCEPTS]
        return list(range(inside[0], inside[-1] + 1))

    @property
    def lead(self) -> list[int]:
        return list(range(self.middle[0]))

    @property
    def trailing(self) -> list[int]:
        return list(range(self.middle[-1] + 1, len(self.roles)))

    @property
    def name(self) -> int:
        return self.roles.index(NAME)


def read_header(line: str, index: int) -> _Header | None:
    """The line as a one-line header: every word names a column role, a name column comes before the values and
    the value and year columns stand together; else None. A bracketed period printed apart joins its word."""
    words: list[str] = []
    for token in tokens(line.strip()):
        if words and is_parenthetical(token):
            words[-1] += token  # `基準値 （令和元年度）`
        else:
            words.append(token)
    if len(words) < 2 or any(token_type(word, RAW) == T_VALUE for word in words):
        return None
    roles = [header_role(word) for word in words]
    if OTHER in roles or NAME not in roles or VALUE not in roles:
        return None
    header = _Header(words, roles, index)
    if header.name > header.middle[0] or any(roles[c] not in _ACCEPTS for c in header.middle):
        return None
    return header


@dataclass
class _Row:
    cells: dict[int, tuple[str, int]] = field(default_factory=dict)  # column → (text, 1-based line)
    uncertain: bool = False
    #: rows below whose name cell this row's name covers (segment rows under one name)
    span: int = 1
    #: the name was read from lines above the row (it may cover segment rows below)
    shared_name: bool = False

    def add(self, col: int, text: str, line: int, joiner: str = "") -> None:
        if col in self.cells:
            before, first = self.cells[col]
            self.cells[col] = (before + joiner + text, first)
        else:
            self.cells[col] = (text, line)


@dataclass(frozen=True)
class _Cut:
    """A row's tokens cut into the header's columns."""

    lead: list[Token]
    middle: dict[int, Token]
    rest: list[Token]
    uncertain: bool


def _placements(run: list[Token], slots: list[int], roles: list[str]) -> list[tuple[int, ...]]:
    """Every order-keeping way to put the run's tokens in the slots, each in a slot that takes its type."""
    return [chosen for chosen in combinations(slots, len(run))
            if all(token.kind in _ACCEPTS[roles[slot]] for token, slot in zip(run, chosen, strict=True))]


def cut_row(tokens_: list[Token], header: _Header) -> _Cut | None:
    """Cut a row's tokens: a run of value, stand-in and year tokens fills the value columns, what stands before it
    is leading text, after it trailing text. The run filling every value column exactly wins, else the longest,
    else the first; a run that can be placed in several ways is placed left to right and marked uncertain."""
    slots = header.middle
    best: tuple[tuple[int, int, int], _Cut] | None = None
    start = 0
    while start < len(tokens_):
        if tokens_[start].kind not in _MIDDLE_KINDS:
            start += 1
            continue
        end = start
        while end < len(tokens_) and tokens_[end].kind in _MIDDLE_KINDS:
            end += 1
        for size in range(min(end - start, len(slots)), 0, -1):
            run, rest = tokens_[start:start + size], tokens_[start + size:]
            if rest and not header.trailing:
                continue  # nothing after the values can take the rest
            found = _placements(run, slots, header.roles)
            if not found:
                continue
            exact = size == len(slots)
            rank = (0 if exact else 1, -size, start)
            if best is None or rank < best[0]:
                best = (rank, _Cut(tokens_[:start], dict(zip(found[0], run, strict=True)), rest, len(found) > 1))
            break
        start = end
    return best[1] if best else None


def _takes(role: str, text: str) -> bool:
    """A leading or trailing column of this role can hold this one token (a kind word, a segment label, a
    department, a number)."""
    if role == KIND:
        return bool(kind_of(text) or compact(text) == GENERIC_KIND or segment_label(text) or row_role_word(text))
    if role == "department":
        return is_department(text)
    if role == NUMBER:
        return nfkc(text).rstrip(".").isdigit()
    if role == "progress":
        return token_type(text, RAW) == T_PROGRESS
    return False


def _place_lead(row: _Row, lead: list[Token], header: _Header, line: int) -> None:
    """Leading tokens: the columns before the name take a fitting token from the left, those after it from the
    right; the name the rest."""
    texts = [t.text for t in lead]
    name = header.name
    for col in header.lead[:name]:
        if texts and _takes(header.roles[col], texts[0]):
            row.add(col, texts.pop(0), line)
    for col in reversed(header.lead[name + 1:]):
        if texts and _takes(header.roles[col], texts[-1]):
            row.add(col, texts.pop(), line)
    if texts:
        row.add(name, " ".join(texts), line)


def _place_rest(row: _Row, rest: list[Token], header: _Header, line: int) -> None:
    """Trailing tokens: a column whose own kind of token stands first takes it (a progress label, a department);
    the others one token each, the last every token left."""
    texts = [t.text for t in rest]
    columns = list(header.trailing)
    while texts and columns:
        col = columns.pop(0)
        if not columns:
            row.add(col, " ".join(texts), line)
            return
        if _takes(header.roles[col], texts[0]) or not any(_takes(header.roles[col], t) for t in texts):
            row.add(col, texts.pop(0), line)


def _row_of(cut: _Cut, header: _Header, line: int) -> _Row:
    row = _Row(uncertain=cut.uncertain)
    _place_lead(row, cut.lead, header, line)
    for col, token in cut.middle.items():
        row.add(col, token.text, line)
    _place_rest(row, cut.rest, header, line)
    return row


def _text_only(found: list[Token]) -> bool:
    return bool(found) and all(t.kind in (T_TEXT, T_PROGRESS) for t in found)


def _values_only(found: list[Token]) -> bool:
    return bool(found) and all(t.kind in _MIDDLE_KINDS for t in found)


def _furniture(lines: list[str], i: int) -> bool:
    """A blank line (a page break) or a page number alone (`- 1 -`, or a bare number before a page break)."""
    text = nfkc(lines[i]).strip()
    if not text:
        return True
    if not _PAGE_NUMBER.match(text):
        return False
    return not text.isdigit() or i + 1 >= len(lines) or not lines[i + 1].strip()


def _ends_table(text: str) -> bool:
    return goal_level(text) is not None or is_caption(text) or text.startswith(NOTE_MARKS)


@dataclass
class _Table:
    header: _Header
    rows: list[_Row] = field(default_factory=list)
    last: int = 0  # 0-based line of the table's last line
    heading: tuple[str, int] | None = None  # a goal heading given by a line of several (text, 1-based line)


class _Reader:
    """Reads the body of one table under its header (see the module docstring)."""

    def __init__(self, lines: list[str], header: _Header) -> None:
        self.lines = lines
        self.header = header
        self.table = _Table(header, last=header.line)
        self.pending: list[tuple[str, int]] = []  # text lines not placed yet (0-based line)
        self.broken = False  # page furniture since the last row
        self.owner: _Row | None = None  # the row whose name the segment rows below share

    def read(self) -> _Table:
        i = self.header.line + 1
        signature = compact(self.lines[self.header.line])
        while i < len(self.lines):
            text = self.lines[i].strip()
            if _furniture(self.lines, i):
                self.broken = True
                i += 1
                continue
            if compact(text) == signature and not self.pending and self.broken:
                self.table.last, i = i, i + 1  # the header printed again on a new page
                continue
            if read_header(text, i) is not None or _ends_table(text):
                break
            found = typed_tokens(text)
            if _values_only(found) and self.pending:
                i = self.values_apart(i)
                if i < 0:
                    break
                continue
            cut = cut_row(found, self.header) if not _text_only(found) else None
            if cut is not None and self.row(cut, i):
                i += 1
                continue
            if cut is None and _text_only(found) and self.text_line(text, i):
                i += 1
                continue
            break
        return self.table

    def row(self, cut: _Cut, i: int) -> bool:
        """Add the row cut from line i; False when it cannot be a row here (no name to give it)."""
        row = _row_of(cut, self.header, i + 1)
        name = self.header.name
        if self.pending:
            head = "".join(text for text, _ in self.pending)
            first = self.pending[0][1] + 1
            if name in row.cells:
                row.cells[name] = (head + row.cells[name][0], first)  # a name wrapped over lines
            else:
                row.cells[name] = (head, first)
                row.shared_name = True
            row.uncertain |= self.broken  # after a page break the lines may be the tail of the row before
        elif name not in row.cells:
            owner = self.owner
            if owner is None or not self._segment_row(row) or self.broken:
                return False
            owner.span += 1  # the next segment under the name the rows share
            self._attach(row, i)
            return True
        self.owner = row if row.shared_name and self._segment_row(row) else None
        self._attach(row, i)
        return True

    def _segment_row(self, row: _Row) -> bool:
        return any(self.header.roles[c] == KIND and segment_label(text) for c, (text, _) in row.cells.items())

    def _attach(self, row: _Row, i: int) -> None:
        self.table.rows.append(row)
        self.table.last = i
        self.pending.clear()
        self.broken = False

    def text_line(self, text: str, i: int) -> bool:
        """A line of text alone: the wrapped trailing column of the row above, or a name waiting for its row;
        False when it ends the table (a sentence, or more lines than a name has)."""
        above = self.table.rows[-1] if self.table.rows else None
        trailing = [c for c in self.header.trailing if above is not None and c in above.cells]
        if above is not None and trailing and not self.pending and not self.broken \
                and not above.cells[trailing[-1]][0].endswith(SENTENCE_ENDINGS):
            above.add(trailing[-1], text, i + 1)
            self.table.last = i
            return True
        if above is not None and self.header.trailing and not trailing and not self.pending and not self.broken:
            col = next((c for c in self.header.trailing if _takes(self.header.roles[c], text)),
                       self.header.trailing[-1])
            above.add(col, text, i + 1)  # the row's trailing text printed on the next line
            self.table.last = i
            return True
        if text.endswith(SENTENCE_ENDINGS) or len(self.pending) >= MAX_NAME_LINES:
            return False
        self.pending.append((text, i))
        return True

    def values_apart(self, i: int) -> int:
        """Names waiting above lines of values only: their row printed column by column (one value per line).
        Returns the line after it, or -1 when the values do not make a row of the waiting names."""
        found: list[Token] = []
        j = i
        while j < len(self.lines) and not _furniture(self.lines, j) and _values_only(
                more := typed_tokens(self.lines[j].strip())):
            found += more
            j += 1
        names = [text for text, _ in self.pending]
        values = [c for c in self.header.middle if self.header.roles[c] == VALUE]
        row = _Row()
        first = self.pending[0][1] + 1
        if len(names) > 1 and all(n[0] in CIRCLED_NUMBERS for n in names) \
                and len(found) == len(names) * len(self.header.middle) == len(names) * len(values):
            # several indicators in one row: each cell lists one value per name, cell after cell
            row.add(self.header.name, "\n".join(names), first)
            for k, col in enumerate(values):
                part = found[k * len(names):(k + 1) * len(names)]
                row.add(col, "\n".join(t.text for t in part), i + 1)
        else:
            cut = cut_row(found, self.header)
            if cut is None or cut.lead or cut.rest:
                return -1
            row = _row_of(cut, self.header, i + 1)
            row.cells[self.header.name] = ("".join(names), first)
        self._attach(row, j - 1)
        return j


def _grid(table: _Table) -> Grid:
    header = table.header
    cells = [GridCell(0, c, word, line=header.line + 1) for c, word in enumerate(header.words)]
    r = 1
    if table.heading is not None:
        text, line = table.heading
        cells = [GridCell(0, 0, text, line=line), *(GridCell(1, c.col, c.text, line=c.line) for c in cells)]
        r = 2
    for row in table.rows:
        for col, (text, line) in row.cells.items():
            span = row.span if col == header.name else 1
            cells.append(GridCell(r, col, text, row_span=span, line=line))
        r += 1
    uncertain = any(row.uncertain for row in table.rows)
    return Grid(None, (0.0, float(header.line), float(len(header.words)), float(table.last)), r, len(header.words),
                ENGINE, cells, uncertain=uncertain)


def _headings(text: str) -> list[str]:
    """The goal headings a line prints side by side (`基本目標１ … 基本目標２ …`), when there are several."""
    starts = [m.start() for m in re.finditer(r"\S+", text) if goal_level(text[m.start():]) == 0
              and (m.start() == 0 or text[m.start() - 1].isspace())]
    if len(starts) < 2 or starts[0] != 0:
        return []
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every table under a one-line header whose rows print their cells one space apart."""
    tables: list[TextTable] = []
    i = 0
    side_by_side: list[tuple[str, int]] = []  # headings of a line of several, for the tables below it in turn
    while i < len(lines):
        text = lines[i].strip()
        header = read_header(text, i) if text else None
        if header is None:
            if text and (several := _headings(text)):
                side_by_side = [(heading, i + 1) for heading in several]
            elif text and _ends_table(text):
                side_by_side = []
            i += 1
            continue
        table = _Reader(lines, header).read()
        if not table.rows:
            i += 1
            continue
        first = header.line
        if side_by_side:
            table.heading = side_by_side.pop(0)
        tables.append(TextTable(first, table.last, _grid(table)))
        i = table.last + 1
    return tables
