"""One cell per line (a 様式 form flattened to text, a `pdftotext -raw` page): runs of lines → grids.

Two layouts, found by position alone; what a line *means* is asked of the table interpreter's header
classification (`ingest.table.header`) and of the value-cell test shared with the fragments front end
(`ingest.text.fragment_cells.is_value`):
- **column-major rows**: a run of header lines (one header cell per line; a bracketed period line `（令和元年度）`
  belongs to the header above it, a bare period `令和4年度` to the header below) gives the column count; the lines
  after it are cut into rows of that many cells, in column order: a text column takes a line that is no value
  (a name wrapped after `・` takes the next line too), a value column takes a value line and the reference-year
  `（平成30年）` or `※` note lines printed under it. A row whose value column finds no value (a cell printed as
  nothing) is kept with that cell empty and the grid marked `uncertain`: which cell was empty is a guess.
  A header repeated on a new page is skipped; a line that starts no row (a caption, a heading, prose) ends the
  table. A form field printed above the header (`担当課` then `商工観光課`, one label naming a column role the
  table lacks) covers every row: it becomes a column whose one cell spans all rows.
- **year-major blocks**: a value-header line (`■実績値（2021年度）`) followed by name / value line pairs, repeated
  with the same names for each year: one column per block, one row per name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.table.context import goal_level
from ingest.table.grid import Grid, GridCell
from ingest.table.header import NAME, OTHER, VALUE, compact, header_role, is_caption, is_header_text
from ingest.table.interpret import MAX_HEADER_CHARS
from ingest.text.blocks import TextTable
from ingest.text.fragment_cells import is_parenthetical, is_value, tokens
from normalize.periods import parse_period
from normalize.text import nfkc
from normalize.vocabulary import NOTE_MARKS, SEGMENT_LABELS, WRAP_CONTINUATION_MARKS

ENGINE = "text-cells"
#: Column roles a form prints once as a `label` line then a `value` line above its table (the whole form's 担当課).
FORM_FIELD_ROLES = frozenset({"department"})
#: How many lines above a header a form field may stand.
FORM_FIELD_REACH = 12
#: Lines a name may wrap over (after `・` or `、`).
MAX_NAME_LINES = 3
#: Blocks a year-major sheet needs (one block is a list, not a sheet).
MIN_BLOCKS = 2
_SPACES = re.compile(r"[ \u3000]+")
#: A page number between dashes (`- 2 -`): page furniture, part of no table.
_PAGE_NUMBER = re.compile(r"^[-‐―–—]\s*\d+\s*[-‐―–—]$")
#: Brackets around a period printed under its header word (`（令和元年度）`, after NFKC).
_BRACKETS = re.compile(r"[()\[\]]")


@dataclass
class _Cell:
    text: str
    line: int  # 1-based


@dataclass
class _Table:
    first: int  # 0-based, inclusive
    last: int
    header: list[_Cell]
    rows: list[list[_Cell | None]] = field(default_factory=list)
    uncertain: bool = False


def _is_period(text: str) -> bool:
    """A header line that only dates the header next to it (`（令和元年度）`, `令和4年度`). Alone in a header a
    period heads a column of that year's values (normalize.header), so it is told by its form, not its role."""
    return parse_period(_BRACKETS.sub("", compact(text))) is not None


def _header_cells(text: str) -> list[str] | None:
    """The header cells of one line: the line itself, or its space-separated words when each names a role
    (`進捗状況 進捗が遅れている理由`); None when the line is no header line."""
    text = text.strip()
    if not text or is_caption(text) or goal_level(text) is not None or not is_header_text(text):
        return None
    words = [w for w in _SPACES.split(text) if w]
    valued = not _is_period(compact(text)) and any(is_value(w) for w in tokens(text))
    if valued or any(len(compact(w)) > MAX_HEADER_CHARS for w in words):
        return None  # a row that names a header word (`… 1,486件 進捗の遅れ`), a note that does
    roles = [header_role(w) for w in words]
    if len(words) > 1 and all(r != OTHER for r in roles) and len(set(roles)) == len(roles):
        return words
    return [text]


def _header(lines: list[str], start: int) -> tuple[list[_Cell], int] | None:
    """The header band starting at `start` as one cell per column, and the first line after it; None when the
    band names no name column and no value column."""
    cells: list[_Cell] = []
    pending: _Cell | None = None  # a bare period waiting for the header word below it
    i = start
    while i < len(lines):
        words = _header_cells(lines[i])
        following = _fragments(lines[i + 1], i + 1) if i + 1 < len(lines) else []
        if words is None or (following and following[0].kind == VALUE and not _is_period(lines[i].strip())):
            break  # a line right above a value is a row's name (`…説明会の参加者数` names no 説明 column)
        for word in words:
            if is_parenthetical(word) and _is_period(word) and cells and pending is None:
                cells[-1].text += "\n" + word
            elif _is_period(word):
                if pending is not None:
                    cells.append(pending)
                pending = _Cell(word, i + 1)
            elif pending is not None:
                cells.append(_Cell(pending.text + "\n" + word, pending.line))
                pending = None
            else:
                cells.append(_Cell(word, i + 1))
        i += 1
    if pending is not None:
        cells.append(pending)
    roles = [header_role(c.text) for c in cells]
    if NAME not in roles or VALUE not in roles or len(cells) < 2:
        return None
    return cells, i


def _is_attached(text: str) -> bool:
    """A fragment printed under a value that belongs to its cell: a reference year in brackets or a `※` note."""
    text = text.strip()
    return is_parenthetical(text) or text.startswith(NOTE_MARKS)


def _is_text(text: str) -> bool:
    """A line that can be a text cell: no value, no header, caption or heading."""
    return bool(text.strip()) and not is_value(text) and not _is_attached(text) and _header_cells(text) is None \
        and goal_level(text) is None and not is_caption(text)


@dataclass(frozen=True)
class _Fragment:
    """One cell fragment: a whole line, or a piece of a line that prints several cells on one baseline
    (`新規求人数 1,486件 1,587件 進捗の遅れ`, as `pdftotext -raw` joins them)."""

    kind: str  # VALUE, "attached" or "text"
    text: str
    line: int  # 0-based
    starts_line: bool


def _kind(text: str) -> str:
    return VALUE if is_value(text) else "attached" if _is_attached(text) else "text"


def _fragments(line: str, index: int) -> list[_Fragment]:
    """A line cut into fragments: values (a unit printed apart, `1,486 件`, joins its number), bracketed or `※`
    texts, and runs of other words (a name with spaces stays one text)."""
    text = line.strip()
    if _PAGE_NUMBER.match(nfkc(text)):
        return []
    words = tokens(text)
    if len(words) == 1 or text.startswith(NOTE_MARKS) or all(_kind(t) == "text" for t in words):
        return [_Fragment(_kind(text), text, index, True)]
    pieces: list[list[str]] = []  # [kind, text]
    for token in words:
        kind = _kind(token)
        if pieces and pieces[-1][0] == VALUE and kind == "text" and is_value(pieces[-1][1] + token):
            pieces[-1][1] += token
        elif pieces and pieces[-1][0] == "text" and kind == VALUE and _segment(pieces[-1][1]):
            pieces[-1] = [VALUE, f"{pieces[-1][1]} {token}"]  # `小学校 88.7%`: a segment of the cell
        elif pieces and pieces[-1][0] == "text" and kind == "text":
            pieces[-1][1] += " " + token
        else:
            pieces.append([kind, token])
    return [_Fragment(kind, piece, index, k == 0) for k, (kind, piece) in enumerate(pieces)]


def _segment(text: str) -> str | None:
    """The segment label a text is (`小学校`, `男性`), as the fragments front end knows them, else None."""
    folded = nfkc(text).strip()
    return folded if folded in SEGMENT_LABELS else None


def _label(fragment: _Fragment) -> str | None:
    return _segment(fragment.text.split()[0]) if fragment.kind == VALUE and " " in fragment.text else None


def _cell(fragments: list[_Fragment], joiner: str = "\n") -> _Cell:
    return _Cell(joiner.join(f.text for f in fragments), fragments[0].line + 1)


class _Cutter:
    """Cuts the fragments after a header into rows of the header's columns (see the module docstring)."""

    def __init__(self, lines: list[str], roles: list[str]) -> None:
        self.lines = lines
        self.roles = roles
        values = [c for c, role in enumerate(roles) if role == VALUE]
        self.leading = [c for c in range(values[0])]
        self.between = [c for c in range(values[0], values[-1] + 1) if roles[c] != VALUE]
        self.trailing = [c for c in range(values[-1] + 1, len(roles))]
        self.cache: dict[int, list[_Fragment]] = {}

    def line(self, index: int) -> list[_Fragment]:
        if index not in self.cache:
            text = self.lines[index] if index < len(self.lines) else ""
            self.cache[index] = _fragments(text, index) if text.strip() else []
        return self.cache[index]

    def stream(self, index: int) -> list[_Fragment]:
        """The fragments from line `index` on, up to the next blank line, header, caption or heading."""
        out: list[_Fragment] = []
        while index < len(self.lines) and self.lines[index].strip() and _header(self.lines, index) is None \
                and goal_level(self.lines[index]) is None and not is_caption(self.lines[index]):
            out += self.line(index)
            index += 1
            while index < len(self.lines) and self.lines[index].strip() and not self.line(index):
                index += 1  # page furniture
        return out

    def row(self, index: int, first: bool) -> tuple[list[_Cell | None], int, bool] | None:
        """The row starting at line `index`: (cells, first line after it, uncertain), or None."""
        frags = self.stream(index)
        if not frags or frags[0].kind != "text":
            return None
        cells: list[_Cell | None] = [None] * len(self.roles)
        uncertain = False
        f = 0
        # leading text columns (the name, and goal or kind columns before it): the text fragments before a value
        texts: list[_Fragment] = []
        unmarked = first or not self.trailing  # a name may wrap without a mark only where no text column ends a row
        while f < len(frags) and frags[f].kind == "text" and len(texts) < MAX_NAME_LINES + len(self.leading) - 1:
            if texts and not texts[-1].text.endswith(WRAP_CONTINUATION_MARKS) and not unmarked \
                    and len(texts) >= len(self.leading):
                return None
            texts.append(frags[f])
            f += 1
        if f >= len(frags) or frags[f].kind != VALUE:
            return None
        if len(texts) != len(self.leading):
            uncertain |= len(self.leading) > 1  # which text belongs to which column is a guess
        own = texts[-len(self.leading):] if len(texts) >= len(self.leading) else texts
        extra = texts[: len(texts) - len(own)]
        for col, fragment in zip(self.leading[len(self.leading) - len(own):], own, strict=True):
            cells[col] = _cell([fragment])
        name = next((c for c in self.leading if self.roles[c] == NAME), self.leading[-1])
        joined = [*extra, *own] if len(self.leading) == 1 else [*extra, *([own[-1]] if own else [])]
        if joined and cells[name] is not None:
            cells[name] = _cell(joined, "")  # a name wrapped over lines (`…・` / `…`)
        for col in range(self.leading[-1] + 1 if self.leading else 0, len(self.roles)):
            if col in self.trailing:
                break
            if self.roles[col] == VALUE:
                if f < len(frags) and frags[f].kind == VALUE:
                    taken = [frags[f]]
                    f += 1
                    labels = {_label(frags[f - 1])} - {None}
                    while f < len(frags) and (frags[f].kind == "attached" or (
                            labels and frags[f].starts_line and _label(frags[f]) not in {None, *labels})):
                        labels |= {_label(frags[f])} - {None}  # the cell's next segment (`中学校 82.8%`)
                        taken.append(frags[f])
                        f += 1
                    cells[col] = _cell(taken)
                else:
                    uncertain = True  # printed as nothing: which cell of the row is empty is a guess
            elif f < len(frags) and frags[f].kind == "text":
                cells[col] = _cell([frags[f]])
                f += 1
        # trailing text columns take every text up to the next row: the first fragment each, the last all the rest
        rest: list[_Fragment] = []
        while self.trailing and f < len(frags) and frags[f].kind != VALUE:
            if frags[f].starts_line and (frags[f].text.startswith(NOTE_MARKS) or self.row(frags[f].line, False)):
                break  # the next row, or a `※` note under the table
            rest.append(frags[f])
            f += 1
        for k, col in enumerate(self.trailing):
            part = rest[k:k + 1] if k < len(self.trailing) - 1 else rest[k:]
            if part:
                cells[col] = _cell(part, "")
        if f < len(frags) and not frags[f].starts_line:
            return None  # the row would end inside a line
        end = frags[f].line if f < len(frags) else (frags[-1].line + 1)
        return cells, end, uncertain


def _column_major(lines: list[str], start: int) -> _Table | None:
    found = _header(lines, start)
    if found is None:
        return None
    header, i = found
    roles = [header_role(c.text) for c in header]
    if roles.index(NAME) > roles.index(VALUE):
        return None  # names after the values: no row could start with its name
    signature = [compact(c.text) for c in header]
    cutter = _Cutter(lines, roles)
    table = _Table(start, i - 1, header)
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        again = _header(lines, i)
        if again and [compact(c.text) for c in again[0]] == signature:
            i = again[1]  # the header printed again on a new page
            continue
        cut = cutter.row(i, not table.rows)
        if cut is None:
            break
        cells, i, uncertain = cut
        table.rows.append(cells)
        table.uncertain |= uncertain
        table.last = i - 1
    return table if table.rows else None


def _form_field(lines: list[str], table: _Table, floor: int) -> tuple[_Cell, _Cell] | None:
    """A `label` line naming a column role the table lacks, with its value on the next line, above the table."""
    present = {header_role(c.text) for c in table.header}
    for i in range(max(floor, table.first - FORM_FIELD_REACH), table.first - 1):
        label, value = lines[i].strip(), lines[i + 1].strip()
        role = header_role(label) if label else OTHER
        if role in FORM_FIELD_ROLES and role not in present and _header_cells(label) == [label] \
                and value and _header_cells(value) is None and not is_value(value):
            return _Cell(label, i + 1), _Cell(value, i + 2)
    return None


def _grid(table: _Table, field_cells: tuple[_Cell, _Cell] | None, name_col: int | None = None) -> Grid:
    header = [*table.header, *(field_cells[:1] if field_cells else [])]
    cells = [GridCell(0, c, h.text, line=h.line) for c, h in enumerate(header)]
    for r, row in enumerate(table.rows, start=1):
        cells += [GridCell(r, c, cell.text, line=cell.line) for c, cell in enumerate(row) if cell is not None]
    if field_cells:
        value = field_cells[1]
        cells.append(GridCell(1, len(table.header), value.text, row_span=len(table.rows), line=value.line))
    n_rows = len(table.rows) + 1
    return Grid(None, (0.0, float(table.first), float(len(header)), float(table.last)), n_rows, len(header),
                ENGINE, cells, uncertain=table.uncertain, name_col=name_col)


def _block_header(text: str) -> bool:
    text = text.strip()
    return bool(text) and header_role(text) == VALUE and _header_cells(text) == [text]


def _year_major(lines: list[str], start: int) -> _Table | None:
    """Blocks of `value header` then name / value line pairs with the same names (a year-major sheet)."""
    blocks: list[tuple[_Cell, list[tuple[_Cell, _Cell]]]] = []
    i = start
    last = start
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        if not _block_header(lines[i]):
            break
        head = _Cell(lines[i].strip(), i + 1)
        pairs: list[tuple[_Cell, _Cell]] = []
        i += 1
        while i + 1 < len(lines) and _is_text(lines[i]) and is_value(lines[i + 1].strip()):
            pairs.append((_Cell(lines[i].strip(), i + 1), _Cell(lines[i + 1].strip(), i + 2)))
            i += 2
        names = [compact(name.text) for name, _ in pairs]
        if not pairs or (blocks and names != [compact(n.text) for n, _ in blocks[0][1]]):
            break
        blocks.append((head, pairs))
        last = i - 1
    if len(blocks) < MIN_BLOCKS:
        return None
    table = _Table(start, last, [_Cell("", blocks[0][0].line), *(head for head, _ in blocks)])
    for k, (name, _) in enumerate(blocks[0][1]):
        table.rows.append([name, *(pairs[k][1] for _, pairs in blocks)])
    return table


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every one-cell-per-line table of the text: column-major rows under a header band, or year-major blocks."""
    tables: list[TextTable] = []
    floor = 0
    i = 0
    while i < len(lines):
        if not nfkc(lines[i]).strip():
            i += 1
            continue
        table = _column_major(lines, i)
        if table is not None:
            grid = _grid(table, _form_field(lines, table, floor))
        elif (table := _year_major(lines, i)) is not None:
            grid = _grid(table, None, name_col=0)
        else:
            i += 1
            continue
        tables.append(TextTable(table.first, table.last, grid))
        floor = i = table.last + 1
    return tables
