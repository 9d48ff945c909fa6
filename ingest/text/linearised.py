"""Column-linearised evaluation sheets: a wide table that a PDF tool wrote out cell by cell (002).

Shape: the text is a sequence of page blocks, each closed by a marker line (`資料２`). A block holds
 - the page furniture: title line and the column header block, whose words come out in pieces and out of
   column order (`基準値` / `（令和元年度）`, `令和４年度` / `実績値`, `計画最終年度` / `目標値` / `（令和９年度）` …);
 - the indicator rows, each printed as: name (one or two lines; the block's first row is the 数値目標 and is
   marked ` -`, or is only `-` when its name was printed apart), the narrative `①…②…③…`, the value cells in
   column order (all on one line, or one per line with parenthetical / segment / `※` lines), the progress
   label, the reason (`-` = none) and the department;
 - after the rows, the labels of the merged cells: basic goal (`１` / `しごとの創生`), sub-goal (`1-1` / title),
   measure labels (`④農業の成長産業化`), a 数値目標 name printed apart, and page-wide notes.

The reader only puts the cells back in reading order: `split_blocks` → `furniture_lines` (where the header band
is printed) → `header_cells` / `printed_order` (the band's pieces joined into cells, value columns in the order a
row prints its values) → `read_rows` (each row's name, values, progress, reason, department) → `read_labels`
(the merged cells' goal and measure labels) → `block_grid`: one located grid per block. What every column means is
decided by the table interpreter (`ingest.table.header.read_layout`, the header words of `normalize/vocabulary.py`),
which reads the rows (`ingest.table.rows.indicator_rows`); the block's first row, under the caption printed at the
block's top (`数値目標`), takes the caption's kind, the others the kind the name column's header names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ingest.detect import DocumentInfo, detect
from ingest.document import LoadedDocument
from ingest.model import Extraction, IndicatorRow, Reject, SourceRef
from ingest.table.grid import Grid, GridCell
from ingest.table.header import NAME, NARRATIVE, VALUE, compact, header_role, is_caption, kind_of, read_layout
from ingest.table.rows import TableContext, indicator_rows
from ingest.text.furniture import quoted_names
from normalize.cell import parse_cell
from normalize.header import parse_header
from normalize.periods import ERA_YEAR, find_period
from normalize.text import clean_name, nfkc, one_line
from normalize.vocabulary import (
    CIRCLED_NUMBERS,
    DEPARTMENT_SUFFIXES,
    HEADER_QUALIFIERS,
    HEADER_WORDS,
    KINDS,
    LINEARISED_HEADER_WORDS,
    MIDDLE_DOT,
    PAGE_MARKER_WORDS,
    PLACEHOLDERS,
    PROGRESS_LABELS,
    REMARK_MARKS,
    ROLE_WORDS,
    SEGMENT_LABELS,
)

SHAPE = "column_linearised"
ENGINE = "text-linearised"

_MARKER = re.compile(rf"^(?:{'|'.join(map(re.escape, PAGE_MARKER_WORDS))})\s*\d+$")
#: Words that make up the header band's lines, used only to find where the band is printed (the meaning of
#: its cells is the table interpreter's header roles).
_HEADER_TOKENS = sorted(
    {compact(w) for w in (*HEADER_WORDS, *KINDS, *ROLE_WORDS, *LINEARISED_HEADER_WORDS, *HEADER_QUALIFIERS)},
    key=len, reverse=True,
)
_HEADER_TOKEN = re.compile("|".join(map(re.escape, _HEADER_TOKENS)))
_QUALIFIERS = frozenset(compact(w) for w in HEADER_QUALIFIERS)
_HEADER_WORD_KEYS = frozenset(compact(w) for w in HEADER_WORDS)
_PERIOD_ONLY = re.compile(rf"^\(?(?:{ERA_YEAR.pattern})\)?$")
_GOAL_NUMBER = re.compile(r"^\d+(?:-\d+)?$")
_PROGRESS = sorted((nfkc(label) for label in PROGRESS_LABELS), key=len, reverse=True)
#: Placeholder marks that are dashes (`-`, `－`, `_`): the 数値目標 mark after a name and the "no reason" cell.
_DASHES = frozenset(p for p in PLACEHOLDERS if len(p) == 1 and unicodedata.category(p) in ("Pd", "Pc"))
_NARRATIVE_START = CIRCLED_NUMBERS[0]
#: A measure label the converter glued onto the end of another label line (`人材の育成 ①地域に根ざした特`).
_GLUED_LABEL = re.compile(rf"\s+(?=[{CIRCLED_NUMBERS}])")


# --- step 0: lines ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Line:
    """One text line: 1-based number, text as printed (None = blank or page furniture)."""

    number: int
    text: str | None


_compact = compact


# --- step 1: page blocks ---------------------------------------------------------------------------

def is_marker(text: str) -> bool:
    """The line that closes a page block (`資料２`)."""
    return bool(_MARKER.match(_compact(text)))


def split_blocks(lines: list[str]) -> list[list[Line]]:
    """Page blocks: the first starts at the top, each later one after a marker line (marker included)."""
    blocks: list[list[Line]] = [[]]
    for number, text in enumerate(lines, start=1):
        blocks[-1].append(Line(number, text if text.strip() else None))
        if text.strip() and is_marker(text):
            blocks.append([])
    return [block for block in blocks if any(line.text for line in block)]


# --- step 2: page furniture (title, header block, marker) ----------------------------------------

def _is_header_text(text: str) -> tuple[bool, bool]:
    """(covered entirely by header words/periods/brackets/circled numbers, holds at least one header word)."""
    compact = _compact(text)
    rest, words = _HEADER_TOKEN.subn(" ", compact)
    rest = ERA_YEAR.sub(" ", rest)
    rest = re.sub(rf"[()\s{MIDDLE_DOT}{CIRCLED_NUMBERS}\d]", "", rest)
    return (not rest, words > 0)


def furniture_lines(block: list[Line], title: str | None) -> set[int]:
    """Line numbers of the title, the marker and the header block.

    A header run is a run of header-covered lines (blank lines inside allowed) holding at least one header
    word; a bare period line (`（令和３年度）`) counts only inside such a run, so that a cell's own
    parenthetical in the value area is never mistaken for header text.
    """
    found: set[int] = set()
    run: list[int] = []
    run_has_word = False

    def close() -> None:
        nonlocal run, run_has_word
        if run_has_word:
            found.update(run)
        run, run_has_word = [], False

    for line in block:
        if line.text is None:
            continue
        text = line.text
        if is_marker(text) or (title and nfkc(text) == title):
            found.add(line.number)
            close()
            continue
        covered, has_word = _is_header_text(text)
        # Circled numbers alone (①②) are not a header; only lines with a word or a period count.
        if covered and (has_word or _PERIOD_ONLY.match(_compact(text))):
            run.append(line.number)
            run_has_word = run_has_word or has_word
        else:
            close()
    close()
    return found


# --- step 3: header cells ------------------------------------------------------------------------------

def header_cells(header_lines: list[str]) -> list[str]:
    """The header band's cells, reassembled from the pieces a block prints them in, in printed order.

    What a piece means is the table interpreter's header role (`ingest.table.header.header_role`); how pieces
    make cells is this layout's: a piece naming a value role (基準値/実績値/目標値) opens a value cell; a bare
    period or a qualifier (`令和４年度`, `計画最終年度`) printed just before it belongs to it; a bracketed period
    printed just after it (`（令和元年度）`) belongs to it when it has none yet. A piece opening with a bracket
    continues the cell above (`重要業績評価指標` / `（ＫＰＩ）名称`), and so does a piece that completes a header
    word with it (`進捗が遅れている` / `理由`). Any other piece is a cell of its own.
    """
    cells: list[list[str]] = []
    pending: list[str] = []
    open_value: list[str] | None = None
    for raw in header_lines:
        text = raw.strip()
        folded = compact(raw)
        period_only = bool(_PERIOD_ONLY.match(folded))
        last = cells[-1] if cells else None
        if header_role(raw) == VALUE and not period_only:
            open_value = [*pending, text]
            cells.append(open_value)
            pending = []
            continue
        if period_only and folded.startswith("("):
            if open_value is not None and not any(find_period(part) for part in open_value):
                open_value.append(text)
            else:
                pending.append(text)
        elif period_only or folded in _QUALIFIERS:
            pending.append(text)
        elif last is not None and not _is_value(last) and (
                folded.startswith("(") or compact("".join(last) + text) in _HEADER_WORD_KEYS):
            last.append(text)
            pending = []
        else:
            cells.append([text])
            pending = []
        open_value = None
    return ["\n".join(parts) if not _is_value(parts) else " ".join(parts) for parts in cells]


def _is_value(parts: list[str]) -> bool:
    return header_role(" ".join(parts)) == VALUE


_ROLE_RANK = {"baseline": 0, "actual": 1, "target": 2}


def printed_order(headers: list[str]) -> list[str]:
    """The order in which the cells of a row are printed, derived from the headers alone.

    Rule (evaluation sheets): the baseline first; then the other columns by the year they name, earliest
    first; within one year the actual before the target. A column that names no year (a bare `目標値`)
    goes last. Checked against 002's rows whose cells print their own reference years
    (`（平成30年）` … `（令和8年）`): with this order those years never decrease along a row.
    """
    def key(indexed: tuple[int, str]) -> tuple[int, int, int, int]:
        index, header = indexed
        role, period = parse_header(header)
        year = int(period[2:]) if period else 10_000
        return (0 if role == "baseline" else 1, year, _ROLE_RANK.get(role or "", 3), index)

    return [header for _, header in sorted(enumerate(headers), key=key)]


# --- step 4: rows ------------------------------------------------------------------------------------

@dataclass
class Piece:
    """A value cell's text as printed (its lines joined with "\\n") and the 1-based line it starts on."""

    text: str
    line: int


@dataclass
class RawRow:
    """One row as read from the stream, before assembly."""

    name_lines: list[Line] = field(default_factory=list)
    measure_lines: list[str] = field(default_factory=list)
    marked_first: bool = False
    cells: list[Piece] = field(default_factory=list)
    progress: str | None = None
    reason: str | None = None
    department: str | None = None
    narrative: list[Line] = field(default_factory=list)
    narrative_width: int = 0
    first_line: int = 0
    last_line: int = 0


class _Cursor:
    """Walks the non-furniture lines of one block; blank lines separate paragraphs."""

    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.pos = 0

    def skip_blanks(self) -> None:
        while self.pos < len(self.lines) and self.lines[self.pos].text is None:
            self.pos += 1

    def peek(self) -> Line | None:
        self.skip_blanks()
        return self.lines[self.pos] if self.pos < len(self.lines) else None

    def take(self) -> Line:
        line = self.lines[self.pos]
        self.pos += 1
        return line

    def paragraph(self) -> list[Line]:
        """The lines up to the next blank."""
        self.skip_blanks()
        taken = []
        while self.pos < len(self.lines) and self.lines[self.pos].text is not None:
            taken.append(self.take())
        return taken


class RowError(Exception):
    """A row that cannot be completed; carries where it started and the lines read."""

    def __init__(self, reason: str, row: RawRow):
        super().__init__(reason)
        self.reason = reason
        self.row = row


def is_goal_number(text: str) -> bool:
    """`１`, `1-1`: the label that opens a basic goal or sub-goal in a block's label zone."""
    return not _starts_circled(text) and bool(_GOAL_NUMBER.match(_compact(text)))


def _starts_circled(text: str) -> bool:
    return text.lstrip()[:1] in CIRCLED_NUMBERS


def _is_dash(text: str) -> bool:
    return nfkc(text) in _DASHES


def _is_value_token(token: str) -> bool:
    if _is_dash(token):
        return True
    return any(parsed.value is not None for parsed in parse_cell(token))


def _is_segment_only(token: str) -> bool:
    return nfkc(token) in SEGMENT_LABELS


def _starts_segment(text: str) -> bool:
    return nfkc(text).startswith(SEGMENT_LABELS)


def _tokens(text: str) -> list[str]:
    """Space-separated cells of a line; a bare segment label joins the value after it (`男性　79.4歳`)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _is_segment_only(text[merged[-1][0]:merged[-1][1]]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return [text[start:end] for start, end in merged]


def _progress_split(text: str) -> tuple[str, str, str] | None:
    """(before, label, after) as printed, when one space-separated word of the line is a progress label."""
    for match in re.finditer(r"\S+", text):
        if nfkc(match.group(0)) in _PROGRESS:
            return text[: match.start()].strip(), nfkc(match.group(0)), text[match.end():].strip()
    return None


def _is_department(text: str) -> bool:
    normal = nfkc(text)
    return " " not in normal and normal.endswith(DEPARTMENT_SUFFIXES) and not _is_value_token(normal)


def _is_role_line(text: str) -> bool:
    """A header piece naming a value role (`実績値`, `基準値 （令和元年度）`), not a bare period."""
    return header_role(text) == VALUE and not _PERIOD_ONLY.match(_compact(text))


def _is_value_line(text: str) -> bool:
    tokens = _tokens(text)
    return bool(tokens) and all(_is_value_token(token) for token in tokens)


def _read_name(cursor: _Cursor, row: RawRow) -> None:
    """Measure label printed inline (optional), then the name lines up to the narrative or the values."""
    first = cursor.peek()
    assert first is not None and first.text is not None
    if _starts_circled(first.text):
        # A measure label in front of the row: `③地方居住の推進 移住相談会等の参加者数`, or a label
        # paragraph of its own (`②グローバル教育の` / `推進`) followed by the name paragraph.
        paragraph = cursor.paragraph()
        pieces = first.text.split(maxsplit=1)
        if len(pieces) == 2 and len(paragraph) == 1:
            row.measure_lines = [pieces[0]]
            row.name_lines.append(Line(first.number, pieces[1]))
        else:
            row.measure_lines = [line.text for line in paragraph if line.text]
    while True:
        line = cursor.peek()
        if line is None or line.text is None:
            break
        text = line.text
        if row.name_lines and (text.lstrip().startswith(_NARRATIVE_START) or _is_value_line(text)
                               or _progress_split(text)):
            break
        if is_goal_number(text):
            if not row.name_lines:
                raise RowError("row has no name before the block's labels", row)
            break
        row.name_lines.append(cursor.take())
        if len(row.name_lines) > 4:
            raise RowError("more than four name lines without a narrative or values", row)
    if not row.name_lines:
        raise RowError("block ends before the row's name", row)
    row.first_line = row.name_lines[0].number
    last = row.name_lines[-1]
    tokens = last.text.split() if last.text else []
    if tokens and _is_dash(tokens[-1]):
        row.marked_first = True
        stripped = " ".join(tokens[:-1])
        row.name_lines[-1] = Line(last.number, stripped or None)
        row.name_lines = [line for line in row.name_lines if line.text]


def _read_narrative(cursor: _Cursor, row: RawRow) -> None:
    line = cursor.peek()
    if line is None or line.text is None or not line.text.lstrip().startswith(_NARRATIVE_START):
        return
    for taken in cursor.paragraph():
        row.narrative.append(taken)
        row.narrative_width = max(row.narrative_width, len((taken.text or "").strip()))


def _new_cell(row: RawRow, text: str, number: int) -> None:
    row.cells.append(Piece(text, number))


def _append(row: RawRow, text: str) -> None:
    row.cells[-1].text += "\n" + text


def _read_values(cursor: _Cursor, row: RawRow) -> str:
    """Value cells up to the progress label; returns what follows the label on its line."""
    after_blank = True
    while True:
        if cursor.pos >= len(cursor.lines):
            raise RowError("block ends before the row's progress label", row)
        line = cursor.lines[cursor.pos]
        if line.text is None:
            after_blank = True
            cursor.pos += 1
            continue
        text = line.text.strip()
        split = _progress_split(text)
        if split:
            cursor.pos += 1
            before, row.progress, after = split
            for token in _tokens(before):
                _new_cell(row, token, line.number)
            row.last_line = line.number
            return after
        if is_goal_number(text) or text.startswith(_NARRATIVE_START):
            raise RowError("no progress label after the row's values", row)
        normal = nfkc(text)
        if normal.startswith("(") and row.cells:
            _append(row, text)
            cursor.pos += 1
        elif row.cells and not after_blank and (
            normal.startswith(REMARK_MARKS) or (_starts_segment(text) and _starts_segment(row.cells[-1].text))
        ):
            _append(row, text)
            cursor.pos += 1
        elif _is_value_line(text):
            for token in _tokens(text):
                _new_cell(row, token, line.number)
            cursor.pos += 1
        else:
            # A cell printed as wrapped text (`令和6年3月の` / `改訂に伴い、令` / … / `変更`): its paragraph.
            _new_cell(row, text, line.number)
            cursor.pos += 1
            while cursor.pos < len(cursor.lines) and cursor.lines[cursor.pos].text is not None:
                more = cursor.lines[cursor.pos].text or ""
                if _progress_split(more):
                    break
                _append(row, more.strip())
                cursor.pos += 1
        after_blank = False


def _read_tail(cursor: _Cursor, row: RawRow, after: str) -> None:
    """Reason (`-` = none, or wrapped lines) and department, on the progress line or the paragraphs after."""
    reason_done = False
    if after:
        head, _, rest = after.partition(" ")
        if _is_dash(head):
            reason_done = True
            after = rest.strip()
        if after and _is_department(after):
            row.department = after
            return
        if after:
            row.reason, reason_done = after, True
    if not reason_done:
        line = cursor.peek()
        if line is None or line.text is None or is_goal_number(line.text):
            return
        if _is_department(line.text):
            row.department = nfkc(line.text)
            row.last_line = cursor.take().number
            return
        paragraph = cursor.paragraph()
        row.last_line = paragraph[-1].number
        texts = [(p.text or "").strip() for p in paragraph]
        if len(texts) > 1 and _is_department(texts[-1]):
            row.department = nfkc(texts.pop())
        row.reason = None if len(texts) == 1 and _is_dash(texts[0]) else "".join(texts)
    line = cursor.peek()
    if line is not None and line.text is not None and _is_department(line.text):
        row.department = nfkc(line.text)
        row.last_line = cursor.take().number


def read_rows(content: list[Line]) -> tuple[list[RawRow], list[Line], list[RowError]]:
    """The block's rows, then the label-zone lines that follow them (from the first goal number on)."""
    cursor = _Cursor(content)
    rows: list[RawRow] = []
    errors: list[RowError] = []
    while True:
        line = cursor.peek()
        if line is None or line.text is None or is_goal_number(line.text):
            break
        start = cursor.pos
        row = RawRow()
        try:
            _read_name(cursor, row)
            _read_narrative(cursor, row)
            after = _read_values(cursor, row)
            _read_tail(cursor, row, after)
            rows.append(row)
        except RowError as error:
            if not error.row.first_line:
                error.row.first_line = content[start].number
            errors.append(error)
            # Resynchronise: the rest of the block is read as labels.
            cursor.pos = max(cursor.pos, start + 1)
            break
    return rows, content[cursor.pos:], errors


# --- step 5: labels after the rows ---------------------------------------------------------------

@dataclass
class Label:
    """A goal, sub-goal or measure label of the label zone, with the lines it was printed on."""

    kind: str  # "goal", "subgoal", "measure"
    parts: list[str]
    line: int
    glued: bool = False


@dataclass
class Labels:
    labels: list[Label] = field(default_factory=list)
    leftovers: list[Line] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)

    def first(self, kind: str) -> Label | None:
        return next((label for label in self.labels if label.kind == kind), None)


def read_labels(zone: list[Line], page_width: int) -> Labels:
    """Goal / sub-goal / measure labels, leftover lines and page-wide notes of a block's label zone.

    A label's continuation lines follow it without a blank line (`②就労への総合的支` / `援`); a measure label
    that the converter glued onto the end of another label's line (`人材の育成 ①地域に根ざした特`) was cut
    at that line's end, and continues on the next line after the blank (`色ある教育の推進`). A line longer than
    any narrative line (`page_width`) is a page-wide note. Anything else is a leftover line.
    """
    result = Labels()
    current: Label | None = None
    blank_since = False
    glued_open = False
    for line in zone:
        if line.text is None:
            blank_since = True
            continue
        if page_width and len(line.text.strip()) > page_width:
            result.notes.append(line)
            current, blank_since = None, False
            continue
        pieces = _GLUED_LABEL.split(line.text.strip())
        for index, piece in enumerate(pieces):
            glued = index > 0
            if is_goal_number(piece):
                kind = "subgoal" if "-" in _compact(piece) else "goal"
                current = Label(kind, [piece], line.number)
                result.labels.append(current)
                glued_open = False
            elif _starts_circled(piece):
                current = Label("measure", [piece], line.number, glued=glued)
                result.labels.append(current)
                glued_open = glued
            elif current is not None and (not blank_since or glued_open):
                current.parts.append(piece)
                glued_open = False
            else:
                result.leftovers.append(Line(line.number, piece))
                current = None
                glued_open = False
        blank_since = False
    return result


# --- step 6: a grid per block, read by the table interpreter ---------------------------------------------

def _year(period: str | None) -> int | None:
    return int(period[2:]) if period else None


def _check_periods(row: IndicatorRow, extraction: Extraction) -> None:
    """The column-order check: a cell's own reference year never follows a later column's, nor its column."""
    previous: int | None = None
    for cell in row.cells:
        own = next((p.period for p in parse_cell(cell.text) if p.period), None)
        year = _year(own)
        if year is None:
            continue
        column_year = _year(parse_header(cell.header)[1])
        if (column_year is not None and year > column_year) or (previous is not None and year < previous):
            extraction.warnings.append(f"line {extraction.file_line(cell.ref.line)}: cell {one_line(cell.text)!r} "
                                       f"has a reference year out of order under column {cell.header!r}; check the "
                                       "column order")
        previous = year


@dataclass(frozen=True)
class BlockHeader:
    """A block's header band as cells: the value headers in the order a row prints its values, and the header of
    each other field a row prints (name, progress, reason, department, measure), picked by its header role; the
    first row's caption (`数値目標`, printed at the block's top) gives that row's kind."""

    values: tuple[str, ...]
    fields: dict[str, str]
    caption: str | None


#: The fields of a row other than its values, as the reader finds them in the stream, in grid-column order (the
#: narrative `①…②…③…`, printed before the values, last: its column is the interpreter's commentary).
_FIELDS = ("measure", NAME, "progress", "reason", "department", NARRATIVE)


def read_header(header_lines: list[str]) -> BlockHeader | None:
    """The block's header (None when its header lines name no value column)."""
    cells = header_cells(header_lines)
    values = printed_order([c for c in cells if header_role(c) == VALUE])
    if not values:
        return None
    names = [c for c in cells if header_role(c) == NAME]
    # a caption at the block's top (`数値目標`) labels the first row; the name column's header comes later
    caption = cells[0] if len(names) > 1 and names[0] is cells[0] and is_caption(cells[0]) else None
    fields = {NAME: names[-1]} if names else {}
    for cell in cells:
        fields.setdefault(header_role(cell), cell)
    return BlockHeader(tuple(values), {role: fields[role] for role in _FIELDS if role in fields}, caption)


def block_grid(header: BlockHeader, rows: list[tuple[RawRow, list[Line], str | None]]) -> Grid:
    """One grid: the header row, then each row (name lines, measure) with its cells in column order."""
    columns = [header.fields.get(role, "") for role in _FIELDS[:2]] + list(header.values) + \
        [header.fields.get(role, "") for role in _FIELDS[2:]]
    grid_rows: list[list[tuple[str, int | None]]] = [[(text, None) for text in columns]]
    for raw, name_lines, measure in rows:
        name = "\n".join(line.text or "" for line in name_lines)
        line = name_lines[0].number
        narrative = "\n".join(taken.text or "" for taken in raw.narrative)
        tail = [(raw.progress or "", raw.last_line), (raw.reason or "", raw.last_line),
                (raw.department or "", raw.last_line), (narrative, raw.narrative[0].number if raw.narrative else None)]
        grid_rows.append([(measure or "", line), (name, line), *((c.text, c.line) for c in raw.cells), *tail])
    cells = [GridCell(r, c, text, line=line) for r, row in enumerate(grid_rows)
             for c, (text, line) in enumerate(row) if text]
    return Grid(None, (0.0, 0.0, float(len(columns)), float(len(grid_rows))), len(grid_rows), len(columns),
                ENGINE, cells)


class LinearisedSheet:
    """Front end for column-linearised evaluation sheets (see module docstring)."""

    name = "linearised"

    def score(self, document: LoadedDocument) -> float:
        """> 0 only for text with page-marker lines, value role words on lines of their own and rows of
        values ending in a progress label; tab-separated tables score 0."""
        if document.kind != "text" or not document.lines:
            return 0.0
        lines = document.lines
        if sum("\t" in line for line in lines) > len(lines) * 0.01:
            return 0.0
        markers = sum(is_marker(line) for line in lines if line.strip())
        role_lines = sum(_is_role_line(line) for line in lines if line.strip())
        value_rows = sum(1 for line in lines if (split := _progress_split(line)) and split[0]
                         and _is_value_line(split[0]))
        if markers == 0 or role_lines < 2 or value_rows == 0:
            return 0.0
        return 0.9

    def extract(self, document: LoadedDocument, info: DocumentInfo | None) -> Extraction:
        info = info or detect(document.lines)
        extraction = Extraction(document.source_file, info.doc_type, info.title, info.fiscal_year, shape=SHAPE,
                                source_lines=document.source_lines)
        parsed = []
        header: BlockHeader | None = None
        for block in split_blocks(document.lines):
            furniture = furniture_lines(block, info.title)
            lines = [line.text for line in block if line.number in furniture and line.text]
            content = [line if line.number not in furniture else Line(line.number, None) for line in block]
            rows, zone, errors = read_rows(content)
            block_header = read_header(lines)
            # The header that applies to a row is the nearest one printed before it; a block whose header
            # comes after its rows (the first page) uses its own.
            row_header = header or block_header
            header = block_header or header
            parsed.append((block, rows, zone, errors, row_header))
        page_width = max((row.narrative_width for _, rows, *_ in parsed for row in rows), default=0)
        for block, rows, zone, errors, row_header in parsed:
            extraction.rows.extend(self._assemble(block, rows, zone, errors, row_header, page_width, extraction))
        return extraction

    def _assemble(self, block: list[Line], rows: list[RawRow], zone: list[Line], errors: list[RowError],
                  header: BlockHeader | None, page_width: int, extraction: Extraction) -> list[IndicatorRow]:
        """IndicatorRows of one block: its rows as a grid, read by the table interpreter under the block's goal
        labels; rejects and warnings for what does not fit the grid."""
        source = extraction.source_file
        span = extraction.file_lines(block[0].number, block[-1].number)
        for error in errors:
            raw = " ".join(filter(None, (line.text for line in error.row.name_lines))) or "(no name)"
            extraction.rejects.append(Reject(SourceRef(source, line=error.row.first_line), raw, error.reason))
        labels = read_labels(zone, page_width)
        goal_label, sub_label = labels.first("goal"), labels.first("subgoal")
        goal = tuple("\n".join(label.parts) for label in (goal_label, sub_label) if label)
        if rows and len(goal) < 2:
            extraction.warnings.append(f"{span}: no basic goal / sub-goal labels found for the block's rows")
        measures = [label for label in labels.labels if label.kind == "measure"]
        # One merged measure cell left on the page: every row without a printed measure lies in it.
        merged_measure = "".join(measures[0].parts) if len(measures) == 1 else None
        leftovers = list(labels.leftovers)
        placed: list[tuple[RawRow, list[Line], str | None]] = []
        for index, raw in enumerate(rows):
            if raw.marked_first != (index == 0):
                extraction.warnings.append(f"line {extraction.file_line(raw.first_line)}: the ' -' mark of the "
                                           "block's first row "
                                           f"{'is missing' if index == 0 else 'is on a later row'}")
            name_lines = raw.name_lines
            if not name_lines and index == 0 and leftovers:
                name_lines, leftovers = leftovers, []
                extraction.warnings.append(
                    f"line {extraction.file_line(raw.last_line)}: the first row prints no name; its name is the "
                    f"block's leftover label lines (line {extraction.file_line(name_lines[0].number)})")
            cell_summary = " | ".join(one_line(c.text) for c in raw.cells)
            if not name_lines:
                extraction.rejects.append(Reject(SourceRef(source, line=raw.first_line), cell_summary,
                                                 "row has no name and the block has no leftover line to name it"))
                continue
            name = one_line("\n".join(line.text or "" for line in name_lines))
            ref = SourceRef(source, line=name_lines[0].number)
            if header is None:
                extraction.rejects.append(Reject(ref, name + ": " + cell_summary,
                                                 "no column header block found for this row"))
                continue
            if len(raw.cells) != len(header.values):
                extraction.rejects.append(Reject(
                    ref, name + ": " + cell_summary,
                    f"{len(raw.cells)} value cells but the header has {len(header.values)} value columns"))
                continue
            measure = "\n".join(raw.measure_lines) or (merged_measure if index > 0 else None)
            placed.append((raw, name_lines, measure))
        first_is_placed = bool(placed) and bool(rows) and placed[0][0] is rows[0]
        first_kind = kind_of(header.caption) if header and header.caption and first_is_placed else None
        out = _interpret(header, placed, first_kind, goal, source, extraction) if header and placed else []
        for row in out:
            _check_periods(row, extraction)
        self._attach_notes(labels, out, extraction)
        if leftovers:
            extraction.rejects.append(Reject(SourceRef(source, line=leftovers[0].number),
                                             " ".join(line.text or "" for line in leftovers),
                                             "stray lines after the block's labels; not a name of any row"))
        if len(measures) > 1 and out:
            listed = "; ".join(one_line("".join(label.parts)) for label in measures)
            extraction.warnings.append(
                f"{span}: measure labels of merged cells not assigned to rows (the text does not say which rows "
                f"they span): {listed}")
        return out

    @staticmethod
    def _attach_notes(labels: Labels, rows: list[IndicatorRow], extraction: Extraction) -> None:
        """A page-wide note goes to the row whose name it quotes (`成果指標「健康寿命」の…`)."""
        if not labels.notes:
            return
        text = "".join((line.text or "").strip() for line in labels.notes)
        quoted = {clean_name(q) for q in quoted_names(text)}
        targets = [row for row in rows if clean_name(row.name) in quoted]
        if targets:
            for row in targets:
                row.note = "; ".join(filter(None, [row.note, text]))
            return
        extraction.rejects.append(Reject(SourceRef(extraction.source_file, line=labels.notes[0].number), text,
                                         "page note names no indicator of its block"))


def _interpret(header: BlockHeader, placed: list[tuple[RawRow, list[Line], str | None]], first_kind: str | None,
               goal: tuple[str, ...], source: str, extraction: Extraction) -> list[IndicatorRow]:
    """The block's rows read by the table interpreter (`ingest.table`), which decides what each column means from
    its header; the block's first row (`first_kind` given) is a table of its own, under the block's caption."""
    texts = {"measure": [m for _, _, m in placed], "progress": [r.progress for r, _, _ in placed],
             "reason": [r.reason for r, _, _ in placed], "department": [r.department for r, _, _ in placed],
             NARRATIVE: [r.narrative for r, _, _ in placed]}
    unheaded = [role for role, found in texts.items() if role not in header.fields and any(found)]
    if unheaded:
        # the interpreter reads a column only under a header that names it: say what is not read
        extraction.warnings.append(f"line {extraction.file_line(placed[0][1][0].number)}: the block's rows print "
                                   f"{'/'.join(unheaded)} "
                                   "cells but its header band names no such column; not read")
    parts = [(placed[:1], first_kind), (placed[1:], None)] if first_kind else [(placed, None)]
    out: list[IndicatorRow] = []
    for rows, kind in parts:
        if not rows:
            continue
        grid = block_grid(header, rows)
        layout = read_layout(grid)
        if layout is None:
            extraction.rejects.extend(
                Reject(SourceRef(source, line=lines[0].number), one_line("\n".join(x.text or "" for x in lines)),
                       "the block's header names no indicator column") for _, lines, _ in rows)
            continue
        context = TableContext(source, kind, goal, source_lines=extraction.source_lines)
        found, rejects = indicator_rows(grid, layout, layout.header_end, context)
        out += found
        extraction.rejects.extend(rejects)
    return out
