"""Front end for fragment-per-line text layers (pdfminer-like; 004 第3次総合計画 前期アクションプラン).

The reader puts the cells back in reading order; the table interpreter (`ingest.table`) says what they mean.
In named steps:
1. `read_cells`: wrapped lines → cells (a cell ends at a line with trailing whitespace).
2. `read_header`: a run of cells made only of header words (`指標名` / `現状値` / `（令和５年度）` / `目標値` / …)
   opens a table; each word's column is what the interpreter's header role says (name; policy; 取組, 関連事業;
   value; 解説 note, 参照ページ).
3. `_TableReader`: rows are found by the value pattern (`read_values`); the text cells before the values fill the
   text columns from the right (name last), a `重点施策 X-Y` label starts a policy row, cells after the values
   are the note column. Project-name cells (`…プロジェクト`) set the project; inside a project-indicator table
   they are group rows. A table ends at a section mark (`◼`), a numbered section heading, a footnote, the next
   header, or a long run of text that forms no row. Its rows become one located grid (`_grid`) that
   `ingest.table.rows.indicator_rows` reads under the table's kind and goal path.
4. `merge_copies`: a table printed several times yields one set of rows; disagreeing copies → warning + Reject
   (the copy whose cells all read, then the one with a note, wins: 004 prints its project summary without and
   then with the 解説 column).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.detect import DocumentInfo
from ingest.document import LoadedDocument, file_line
from ingest.model import Extraction, IndicatorRow, Reject, SourceRef
from ingest.table.grid import Grid, GridCell
from ingest.table.header import VALUE, header_role, read_layout
from ingest.table.rows import TableContext, indicator_rows
from ingest.text.fragment_cells import (
    Cell,
    Token,
    is_parenthetical,
    is_reference,
    marks_cell_ends,
    read_cells,
    read_values,
)
from normalize.cell import parse_cell
from normalize.goals import POLICY_HEADING, goal_part
from normalize.text import clean_name, join_wrapped, nfkc, one_line, repair
from normalize.vocabulary import (
    COLUMN_KIND_HINTS,
    FOOTNOTE_LINE_MARK,
    GENERIC_KIND,
    GENERIC_PROJECT_WORDS,
    HEADER_WORDS,
    KINDS,
    POLICY_DIRECTION_WORD,
    POLICY_LABEL_WORD,
    PROJECT_NAME_SUFFIX,
    ROLE_WORDS,
    SECTION_MARKS,
)

SHAPE = "fragments"
ENGINE = "text-fragments"
#: Column types whose cells are a `重点施策 X-Y` label plus a direction cell (`方針１：…`).
_POLICY_COLUMNS = frozenset({"policy", "activity"})
#: Text cells that may wait for their row's values; more than this and the table has ended.
MAX_PENDING_CELLS = 6

_DIRECTION = re.compile(rf"^{POLICY_DIRECTION_WORD}\s*([0-9０-９]+)(.*)$", re.DOTALL)
_NUMBERED_HEADING = re.compile(r"^(?:\(\d+\)|\d+\s+\D)")
#: The words a header cell may consist of (how a header run is found); what each names is the table
#: interpreter's header role (`ingest.table.header.header_role`).
_HEADER_WORDS = frozenset((*KINDS, *HEADER_WORDS, *ROLE_WORDS))


# --- step 2: table headers ----------------------------------------------------------------------

@dataclass
class Column:
    type: str  # "value", "name", "note", "reference", "policy", "activity", "related_project", …
    word: str  # the header word as read (NFKC)
    header: str  # the header as printed, with its period line for value columns


@dataclass
class Header:
    columns: list[Column]
    line: int
    end: int  # index of the first cell after the header
    caption_kinds: list[str] = field(default_factory=list)

    @property
    def before(self) -> list[Column]:
        first = next(i for i, c in enumerate(self.columns) if c.type == "value")
        return self.columns[:first]

    @property
    def values(self) -> list[Column]:
        return [c for c in self.columns if c.type == "value"]

    @property
    def after(self) -> list[Column]:
        last = max(i for i, c in enumerate(self.columns) if c.type == "value")
        return self.columns[last + 1:]

    def has(self, column_type: str) -> bool:
        return any(c.type == column_type for c in self.columns)


def _header_words(text: str) -> list[str] | None:
    """The header words a cell consists of, or None when it holds anything else."""
    tokens = text.split()
    words: list[str] = []
    i = 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            joined = "".join(tokens[i:j])
            if joined in _HEADER_WORDS:
                words.append(joined)
                i = j
                break
        else:
            return None
    return words or None


def read_header(cells: list[Cell], start: int) -> Header | None:
    """A table header starting at `cells[start]`: one name column, at least one value column."""
    columns: list[Column] = []
    i = start
    while i < len(cells):
        cell = cells[i]
        if columns and columns[-1].type == "value" and is_parenthetical(cell.text):
            columns[-1].header += " " + cell.raw
            i += 1
            continue
        words = _header_words(cell.text)
        taken = 1
        if words is None and i + 1 < len(cells):
            words = _header_words(cell.text + cells[i + 1].text)  # a word split over two cells: 参照 / ページ
            taken = 2
        if words is None:
            break
        for word in words:
            printed = word if len(words) > 1 or taken > 1 else cell.raw
            columns.append(Column(header_role(word), word, printed))
        i += taken
    if not any(c.type == "value" for c in columns):
        return None
    first_value = next(k for k, c in enumerate(columns) if c.type == "value")
    names = [k for k, c in enumerate(columns[:first_value]) if c.type == "name"]
    if not names:
        return None
    # Name-column words before the last one are the table's caption (004 `プロジェクト指標` above `指標名`).
    captions = [columns[k].word for k in names[:-1]]
    columns = [c for k, c in enumerate(columns) if k not in names[:-1]]
    return Header(columns, cells[start].line, i, captions)


def table_kind(header: Header, caption: str | None) -> str:
    """Kind of the table's indicators: specific name word, else caption, else a column hint, else generic."""
    name_word = next(c.word for c in header.before if c.type == "name")
    candidates = (name_word, *header.caption_kinds, caption)
    specific = [w for w in candidates if w and KINDS.get(w, GENERIC_KIND) != GENERIC_KIND]
    if specific:
        return KINDS[specific[0]]
    for column in header.columns:
        if column.word in COLUMN_KIND_HINTS:
            return COLUMN_KIND_HINTS[column.word]
    return KINDS[name_word]


# --- cell classes ---------------------------------------------------------------------------------

def policy_label(cell: Cell) -> tuple[str, list[str]] | None:
    """`重点施策 1-1` (repaired: `重点施悪 1-3`) → ('1-1', repair notes)."""
    repaired, notes = repair(cell.text)
    match = POLICY_HEADING.match(nfkc(repaired))
    return (f"{match.group(2)}-{match.group(3)}", notes) if match and not match.group(4) else None


def is_project_name(cell: Cell) -> bool:
    text = cell.text
    return (
        text.endswith(PROJECT_NAME_SUFFIX)
        and " " not in text
        and len(text) > len(PROJECT_NAME_SUFFIX)
        and not text.endswith(GENERIC_PROJECT_WORDS)
    )


def section_caption(cell: Cell) -> str | None:
    """The caption text of a section-mark cell (`◼ プロジェクト指標` → `プロジェクト指標`), else None."""
    text = cell.text
    for mark in SECTION_MARKS:
        if text.startswith(mark):
            return text[len(mark):].strip()
    return None


def is_footnote(cell: Cell) -> bool:
    return cell.text.startswith(FOOTNOTE_LINE_MARK)


def ends_section(cell: Cell) -> bool:
    """A numbered section heading: `（４） ＳＤＧｓの推進`, `３ 重点施策との対応`."""
    return bool(_NUMBERED_HEADING.match(cell.text))


def heading_candidate(cell: Cell) -> bool:
    """A cell that can be the heading printed above a policy table."""
    text = cell.text
    return (
        len(text) > 1
        and not is_footnote(cell)
        and section_caption(cell) is None
        and not is_parenthetical(text)
        and read_values(cell) is None
        and not is_project_name(cell)
    )


def direction_part(label: str, direction: Cell | None) -> str:
    """Goal part `重点施策 X-Y 方針N：…` as printed, the space inside `方針 1` removed."""
    if direction is None:
        return f"{POLICY_LABEL_WORD} {label}"
    match = _DIRECTION.match(direction.raw)
    text = f"{POLICY_DIRECTION_WORD}{nfkc(match.group(1))}{match.group(2)}" if match else direction.raw
    return f"{POLICY_LABEL_WORD} {label} {text}"


# --- step 3: rows ---------------------------------------------------------------------------------

def group_columns(tokens: list[Token]) -> tuple[list[list[Token]], list[Token]]:
    """Value tokens → one token list per value column (segments and the period line stay together), refs."""
    columns: list[list[Token]] = []
    refs: list[Token] = []
    closed = True
    for token in tokens:
        if token.kind == "ref":
            refs.append(token)
            closed = True
        elif token.kind == "paren":
            if columns:
                columns[-1].append(token)
            else:
                columns.append([token])
            closed = True
        elif (
            columns and not closed and token.segment is not None
            and all(t.segment not in (None, token.segment) for t in columns[-1] if t.kind == "value")
        ):
            columns[-1].append(token)
        else:
            columns.append([token])
            closed = False
    return columns, refs


def cell_text(tokens: list[Token]) -> str:
    """The tokens of one value cell as printed: same-line tokens by a space, line breaks (and blanks) kept."""
    text = ""
    previous: int | None = None
    for token in tokens:
        if previous is None:
            text = token.raw
        elif token.line == previous:
            text += " " + token.raw
        else:
            text += "\n" * (token.line - previous) + token.raw
        previous = token.line
    return text


@dataclass
class _Row:
    """One row as read from the cell stream, in its table's columns, before the table interpreter reads it."""

    name: str
    line: int
    values: list[tuple[str, int]]  # per value column: text as printed, line
    policy: str | None = None
    middle: list[str] = field(default_factory=list)  # per middle column (関連事業): text
    notes: list[str] = field(default_factory=list)  # cells of the note column (解説)
    repairs: list[str] = field(default_factory=list)  # repairs of the row's policy label
    project: str | None = None  # the project group the row is printed under


@dataclass
class _State:
    source_file: str
    project: str | None = None
    heading: str | None = None
    heading_project: str | None = None
    caption: str | None = None
    loose: list[Cell] = field(default_factory=list)
    rows: list[IndicatorRow] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    tables: int = 0
    #: the file's line of each read line (`ingest.document.LoadedDocument.source_lines`), for the lines a warning
    #: names
    source_lines: Sequence[int] = ()

    def ref(self, line: int) -> SourceRef:
        return SourceRef(self.source_file, line=line)

    def line(self, line: int | None) -> int | None:
        """The file's line where read line `line` starts."""
        return file_line(self.source_lines, line)


class _TableReader:
    """Rows of one table, from the cells after its header."""

    def __init__(self, state: _State, header: Header, kind: str, heading: str | None) -> None:
        self.state = state
        self.header = header
        self.kind = kind
        self.heading = heading
        self.pending: list[Cell] = []
        self.label: tuple[Cell, str, list[str]] | None = None
        self.direction: Cell | None = None
        self.goal_policy: str | None = None
        self.policy_notes: list[str] = []
        self.last_row: _Row | None = None
        self.read: list[_Row] = []
        self.project_at_start = state.project
        self.has_policy = any(c.type in _POLICY_COLUMNS for c in header.before)
        self.has_note = header.has("note")

    def feed(self, cells: list[Cell], index: int) -> int | None:
        """Read the cell at `index`; return the next index, or None when the table ended before it."""
        cell = cells[index]
        if section_caption(cell) is not None or ends_section(cell):
            return None
        if is_project_name(cell):
            if self.has_policy:
                return None
            self._flush_notes()
            self.state.project = cell.raw
            return index + 1
        label = policy_label(cell)
        if label is not None and self.has_policy:
            self._flush_notes()
            # text after the last row's values, before the next label, in no note column: no cell of any row (the
            # reference-page column printed apart from its row's values, `Ｐ.○`, is no text)
            self._text_in_no_column([c for c in self._reject_unfinished() if not is_reference(c.text)])
            self.label = (cell, *label)
            return index + 1
        split = read_values(cell)
        if split is not None:
            return self._read_row(cells, index, split)
        if is_footnote(cell) and not (self.has_note and self.last_row is not None):
            return None
        self.pending.append(cell)
        if len(self.pending) > MAX_PENDING_CELLS:
            self.pending.pop()
            return None
        return index + 1

    def close(self) -> list[Cell]:
        """End the table: its rows read by the table interpreter; return its unread cells (prose, a heading for the
        next table)."""
        self._flush_notes()
        left = self._reject_unfinished()
        self.state.rows += self._interpret()
        return left

    def _interpret(self) -> list[IndicatorRow]:
        """The rows as a grid (header row, a full-width row for each project group, one row per indicator) read by
        `ingest.table.rows.indicator_rows`: what each column means comes from its header; the project and the
        heading above a policy table are the goal path around it."""
        if not self.read:
            return []
        grid = _grid(self.header, self.read, grouped=not self.has_policy)
        layout = read_layout(grid)
        if layout is None:
            self.state.warnings.append(f"line {self.state.line(self.header.line)}: the table's header names no "
                                       "indicator column")
            return []
        goal = tuple(p for p in (self.project_at_start, self.heading) if p) if self.has_policy else ()
        rows, rejects = indicator_rows(grid, layout, layout.header_end,
                                       TableContext(self.state.source_file, self.kind, goal,
                                                    source_lines=self.state.source_lines))
        self.state.rejects.extend(rejects)
        repairs = {read.line: read.repairs for read in self.read}
        for row in rows:
            self._add_note(row, repairs.get(row.ref.line, []))
        return rows

    # -- internals

    def _reject_unfinished(self) -> list[Cell]:
        """A started policy row that never got values is a Reject; other leftover text is returned."""
        left = self.pending
        if self.label is not None:
            cells = [self.label[0], *left]
            raw = one_line(" ".join(c.raw for c in cells))
            self.state.rejects.append(Reject(self.state.ref(self.label[0].line), raw, "row without values"))
            left = []
        self.label = None
        self.pending = []
        return left

    def _flush_notes(self) -> None:
        """Cells after a row's values in a table with a note column are that row's note."""
        if self.has_note and self.last_row is not None and self.pending:
            self.last_row.notes += [join_wrapped(c.raw) for c in self.pending]
            self.pending = []

    @staticmethod
    def _add_note(row: IndicatorRow, notes: list[str]) -> None:
        row.note = "; ".join(filter(None, [row.note, *notes])) or None

    def _gather(self, cells: list[Cell], index: int, tokens: list[Token]) -> tuple[list[Token], int]:
        """The value tokens of one row: this cell's and those of the value-only cells that follow."""
        tokens = list(tokens)
        wanted = len(self.header.values)
        index += 1
        while index < len(cells):
            columns, refs = group_columns(tokens)
            if refs or (len(columns) == wanted and columns[-1][-1].kind == "paren"):
                break
            cell = cells[index]
            if is_parenthetical(cell.text):
                tokens.append(Token("paren", cell.raw, cell.line))
            else:
                split = read_values(cell)
                if split is None or split[0]:
                    break
                tokens.extend(split[1])
            index += 1
        return tokens, index

    def _split_texts(self, texts: list[Cell], head: str) -> tuple[list[Cell], list[Cell], list[Cell]]:
        """(cells of the previous row's note, cells of the middle columns, cells of the name).

        Left to right: after a `重点施策` label the first cell is the direction; then one cell per middle column
        (関連事業); the rest is the name (a long name can come out as two cells). In a table with a note
        column, cells before the row's own are the previous row's note: the row then has only its name cell.
        """
        middle_count = sum(1 for c in self.header.before[:-1] if c.type not in _POLICY_COLUMNS)
        if self.has_note and not self.has_policy:
            own = 0 if head else min(1, len(texts))
            split = len(texts) - own
            return texts[:split], [], texts[split:]
        return [], texts[:middle_count], texts[middle_count:]

    def _read_row(self, cells: list[Cell], index: int, split: tuple[str, list[Token]]) -> int:
        head, first_tokens = split
        tokens, after = self._gather(cells, index, first_tokens)
        columns, _refs = group_columns(tokens)
        texts = list(self.pending)
        self.pending = []
        used: list[Cell] = []
        if self.has_policy and self.label is not None:
            label_cell, label, notes = self.label
            self.label = None
            self.direction = texts.pop(0) if texts else None
            self.goal_policy = direction_part(label, self.direction)
            self.policy_notes = notes
            used = [label_cell]
        elif self.has_policy and self.goal_policy is None:
            self._reject(texts[0] if texts else cells[index], texts, tokens, head, "row without a policy label")
            return after
        previous_note, middle_cells, name_cells = self._split_texts(texts, head)
        if previous_note and self.last_row is not None:
            self.last_row.notes += [join_wrapped(c.raw) for c in previous_note]
        else:
            self._text_in_no_column(previous_note)
        used += middle_cells + name_cells
        start_line = used[0].line if used else cells[index].line
        name_parts = [c.raw for c in name_cells] + ([head] if head else [])
        if len(name_parts) > 1:
            self.state.warnings.append(f"line {self.state.line(start_line)}: indicator name read from "
                                       f"{len(name_parts)} cells")
        name = "\n".join(name_parts)
        if not name:
            self._reject(cells[index], middle_cells, tokens, None, "values without an indicator name")
            return after
        if len(columns) != len(self.header.values):
            reason = f"{len(columns)} value cells for {len(self.header.values)} value columns"
            self._reject(cells[index] if not used else used[0], middle_cells, tokens, name, reason)
            return after
        row = _Row(name, start_line, [(cell_text(tokens_of), tokens_of[0].line) for tokens_of in columns],
                   policy=self.goal_policy if self.has_policy else None,
                   middle=[join_wrapped(cell.raw) for cell in middle_cells],
                   repairs=list(self.policy_notes) if self.has_policy else [], project=self.state.project)
        self.read.append(row)
        self.last_row = row
        return after

    def _text_in_no_column(self, cells: list[Cell]) -> None:
        """Text cells inside the table that no row's column takes: a Reject at the first one's line."""
        if cells:
            raw = one_line(" ".join(c.raw for c in cells))
            self.state.rejects.append(Reject(self.state.ref(cells[0].line), raw, "text in no column"))

    def _reject(self, start: Cell, texts: list[Cell], tokens: list[Token], name: str | None, reason: str) -> None:
        raw = one_line(" ".join([*(c.raw for c in texts), name or "", *(t.raw for t in tokens)]))
        self.state.rejects.append(Reject(self.state.ref(start.line), raw, reason))


def _grid(header: Header, rows: list[_Row], grouped: bool) -> Grid:
    """The table as a located grid: the header row (one cell per column), then each row's cells in its columns; with
    `grouped` (a table without policy column, whose project groups are rows of their own), a full-width row names
    the project before the first row of each group."""
    columns = header.columns
    value_cols = [i for i, c in enumerate(columns) if c.type == VALUE]
    before = len(header.before)
    policy_col = next((i for i, c in enumerate(columns[:before]) if c.type in _POLICY_COLUMNS), None)
    middle_cols = [i for i, c in enumerate(columns[:before - 1]) if c.type not in _POLICY_COLUMNS]
    note_col = next((i for i, c in enumerate(columns) if c.type == "note"), None)
    cells = [GridCell(0, i, column.header, line=header.line) for i, column in enumerate(columns)]
    r = 1
    group: str | None = None
    for row in rows:
        if grouped and row.project and row.project != group:
            cells.append(GridCell(r, 0, row.project, col_span=len(columns), line=row.line))
            group, r = row.project, r + 1
        texts = {before - 1: (row.name, row.line)}
        texts.update({col: value for col, value in zip(value_cols, row.values, strict=True)})
        # a row may lack a middle cell (short row): zip stops at the shorter list on purpose
        texts.update({col: (text, row.line) for col, text in zip(middle_cols, row.middle, strict=False)})
        if policy_col is not None and row.policy:
            texts[policy_col] = (row.policy, row.line)
        if note_col is not None and row.notes:
            texts[note_col] = ("; ".join(row.notes), row.line)
        cells += [GridCell(r, col, text, line=line) for col, (text, line) in sorted(texts.items()) if text]
        r += 1
    return Grid(None, (0.0, float(header.line), float(len(columns)), float(rows[-1].line)), r, len(columns), ENGINE,
                cells)


def _heading_for(state: _State, header: Header) -> str | None:
    """The heading above a policy table: the last heading-like loose cell, else the previous table's."""
    if not any(c.type in _POLICY_COLUMNS for c in header.before):
        return None
    for cell in reversed(state.loose):
        if heading_candidate(cell):
            state.heading, state.heading_project = cell.raw, state.project
            return state.heading
    if state.heading is not None and state.heading_project == state.project:
        return state.heading  # the table continues on a new page under the same heading
    state.warnings.append(f"line {state.line(header.line)}: policy table without a heading")
    return None


def read_tables(cells: list[Cell], source_file: str, source_lines: Sequence[int] = ()) -> _State:
    """Every indicator table of the document → rows, rejects, warnings (copies not yet merged); `source_lines`:
    the file's line of each line, for the lines a warning names."""
    state = _State(source_file, source_lines=source_lines)
    index = 0
    table: _TableReader | None = None
    while index < len(cells):
        header = read_header(cells, index)
        if header is not None:
            if table is not None:
                state.loose = table.close()
            kind = table_kind(header, state.caption)
            table = _TableReader(state, header, kind, _heading_for(state, header))
            state.tables += 1
            state.caption, state.loose = None, []
            index = header.end
            continue
        if table is not None:
            following = table.feed(cells, index)
            if following is not None:
                index = following
                continue
            state.loose = table.close()
            table = None
        cell = cells[index]
        caption = section_caption(cell)
        if caption is not None:
            state.caption, state.loose = caption, []
        elif is_project_name(cell):
            state.project, state.loose = cell.raw, []
        else:
            state.loose.append(cell)
        index += 1
    if table is not None:
        table.close()
    return state


# --- step 4: copies of a table ----------------------------------------------------------------------

def _key(row: IndicatorRow) -> tuple[str, tuple[str, ...], str]:
    # Spaces do not tell copies apart (`サービ⏎ス（手続き）` vs `サービス（手続き）⏎の割合`).
    return row.kind, tuple(goal_part(p) for p in row.goal), re.sub(r"\s+", "", clean_name(row.name))


def _reading(row: IndicatorRow) -> tuple[str, ...]:
    return tuple(nfkc(c.text) for c in row.cells)


def _quality(row: IndicatorRow) -> tuple[int, int]:
    readable = sum(all(p.value is not None for p in parse_cell(c.text)) for c in row.cells)
    return readable, int(bool(row.note))


def merge_copies(state: _State) -> list[IndicatorRow]:
    """One row per (kind, goal path, name): the best-read copy; disagreeing copies are reported."""
    kept: dict[tuple[str, tuple[str, ...], str], IndicatorRow] = {}
    for row in state.rows:
        key = _key(row)
        other = kept.get(key)
        if other is None:
            kept[key] = row
            continue
        best, worse = (row, other) if _quality(row) > _quality(other) else (other, row)
        kept[key] = best
        if _reading(best) != _reading(worse):
            kept_line, other_line = state.line(best.ref.line), state.line(worse.ref.line)
            state.warnings.append(f"{key[2]}: copies at lines {kept_line} and {other_line} disagree; kept line "
                                  f"{kept_line}")
            raw = one_line(" / ".join(c.text for c in worse.cells))
            state.rejects.append(Reject(worse.ref, raw, f"repeated table copy disagrees with line {kept_line}"))
    order = {id(row): i for i, row in enumerate(state.rows)}
    return sorted(kept.values(), key=lambda r: order[id(r)])


# --- the front end ------------------------------------------------------------------------------------

class FragmentFrontEnd:
    """Fragment-per-line text: header words on separate lines, rows found by their values."""

    name = SHAPE

    def score(self, document: LoadedDocument) -> float:
        if document.kind != "text" or not marks_cell_ends(document.lines):
            return 0.0
        if any("\t" in line for line in document.lines):
            return 0.0
        rows = len(read_tables(read_cells(document.lines), document.source_file).rows)
        return rows / (rows + 1)

    def extract(self, document: LoadedDocument, info: DocumentInfo | None) -> Extraction:
        state = read_tables(read_cells(document.lines), document.source_file, document.source_lines)
        rows = merge_copies(state)
        warnings = list(state.warnings)
        if state.tables == 0:
            warnings.append("no indicator table (header words followed by value rows) found")
        return Extraction(
            source_file=document.source_file,
            doc_type=info.doc_type if info else "unknown",
            title=info.title if info else None,
            fiscal_year=info.fiscal_year if info else None,
            shape=SHAPE,
            rows=rows,
            rejects=state.rejects,
            warnings=warnings,
            source_lines=document.source_lines,
        )
