"""Grid body + column layout + surrounding context → `IndicatorRow`s with located cells.

Only cell extraction happens here; values, periods, roles and names are read later by the shared record step,
whichever reader found the grid. Three ways a grid's rows make table rows:
- ruled rows (every grid row is a table row; a name cell spanning rows was read with the first),
- line rows with geometry (a PDF whitespace table: lines gathered to the nearer named line),
- line rows without geometry (text layers): runs of lines between empty lines, and within a run the lines
  gather around the lines that print a name (`_owners`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from itertools import pairwise
from statistics import median

from ingest.document import file_line
from ingest.model import PROGRESS_COLUMNS_SEPARATOR, IndicatorRow, Reject, SourceRef, ValueCell
from ingest.table.centred import CELL_ENDS, CELL_ENDS_BEFORE_GAP, centred_records
from ingest.table.context import (
    ROLE_LEVELS,
    ROW_GRADE_WORDS,
    UPRIGHT_LABELS,
    goal_level,
    graded_row,
    is_complete_heading,
    is_unit_text,
    names_goal,
    opens_heading,
    owner_kind,
    policy_heading,
    policy_level,
    unglued_heading,
    unit_field,
)
from ingest.table.grid import GATHERING_DOUBTS, Grid, GridCell
from ingest.table.header import (
    CHANGE,
    DEPARTMENT,
    ELSEWHERE,
    KIND,
    MEMBER,
    NAME,
    NARRATIVE,
    NUMBER,
    OTHER,
    PERIOD,
    PROGRESS,
    REASON,
    UNIT,
    VALUE,
    Column,
    TableLayout,
    compact,
    header_role,
    is_goal_heading,
    is_repeated_header,
    kind_of,
    labelled_value,
    name_header_dates,
    names_role,
    row_is_header,
    row_texts,
)
from ingest.table.merged_left import Span, bottom_owners, centred_owners
from ingest.text.furniture import beside_cells, note_mark, page_number_line
from normalize.cell import ParsedValue, parse_cell
from normalize.header import ALL_ROLE_WORDS, parse_header, role_labelled, stacked_roles
from normalize.periods import parse_period
from normalize.text import (
    clean_name,
    display_width,
    is_unit_word,
    longest_first,
    name_and_definition,
    nfkc,
    one_line,
    single_glyph,
)
from normalize.vocabulary import (
    ACHIEVEMENT_HEADER_WORDS,
    BREAKDOWN_WORDS,
    BULLET_MARKS,
    CAPTION_BRACKETS,
    CIRCLED_NUMBERS,
    CLOSING_BRACKETS,
    DATED_VALUE_JOINER,
    DEFINITION_NOTE,
    DEPARTMENT_IN_NAME_NOTE,
    DEPARTMENT_SUFFIXES,
    GENERIC_KIND,
    GOAL_COLUMN_ROLES,
    GRADE_DEFINITION_JOINERS,
    GRADE_MARKS,
    KINDS,
    OPENING_BRACKETS,
    PLACEHOLDERS,
    PROGRESS_HEADER_WORDS,
    PROGRESS_LABELS,
    SEGMENT_LABELS,
    SENTENCE_ENDINGS,
    TOTAL_ROW_WORDS,
    UNIT_CELL_EMPTY_NOTE,
    UNIT_CONFLICT_NOTE,
    UNKNOWN_PART_NOTE,
    UNSPLIT_PARTS_NOTE,
    WHOLE_AREA_WORDS,
    WRAP_CONTINUATION_MARKS,
    YEAR_COLUMN_HEADERS,
)

#: Evaluation grades alone (`A`, `◎`), after NFKC.
GRADES = frozenset(nfkc(mark) for mark in GRADE_MARKS)
_SEGMENTS_LONGEST_FIRST = sorted(SEGMENT_LABELS, key=len, reverse=True)
#: Words naming the whole area of a joint strategy (`圏域全体`), after NFKC: a member row of no one government.
WHOLE_AREA = frozenset(nfkc(word) for word in WHOLE_AREA_WORDS)
_TOTAL_ROW = frozenset(nfkc(word) for word in TOTAL_ROW_WORDS)
_SEGMENT_ANYWHERE = re.compile("|".join(map(re.escape, _SEGMENTS_LONGEST_FIRST)))
#: A name wrapped after `・` may continue two lines further down (a goal or kind cell printed between).
MAX_WRAP_GAP = 2
_OPENING, _CLOSING = OPENING_BRACKETS, CLOSING_BRACKETS
#: Readers whose text places every printed line on a fixed grid of lines (pdftotext -layout: ingest.text.aligned),
#: so that one wrapped cell's lines stand evenly apart (`ingest.table.centred`).
EVEN_PITCH_ENGINES = frozenset({"text-aligned"})
#: Readers of a text that prints a cell centred between two lines of a taller cell on a line of its own
#: (pdfplumber's `extract_text`: ingest.text.spaced), so that cells of one record are centred to the line.
OWN_LINE_ENGINES = frozenset({"text-spaced"})
#: Display width of one full-width character.
WIDE_CHAR = 2
#: In a whitespace table, a vertical gap this many times the usual line pitch ends the table
#: (what follows is prose, a note or the page footer).
STREAM_GAP_FACTOR = 2.5


@dataclass
class LogicalRow:
    """One indicator's row: column index → cell text (lines joined with "\\n"); `section` for a label row.
    `lines`: column index → 1-based text line where the cell starts (text readers)."""

    texts: dict[int, str]
    section: str | None = None
    lines: dict[int, int] = field(default_factory=dict)
    #: the row's name was given to it by a guess (a merged name cell's extent read from where its text stands)
    name_guessed: bool = False
    #: the reader joined or cut the row's text by a guess (`Grid.uncertain_rows`): its values are flagged
    doubtful: bool = False
    #: lines printed under the row that are no cell's (`※住民基本台帳による`, `出典：…`; `beside_cells`): its note
    notes: list[str] = field(default_factory=list)
    #: whether lines of its note cell printed between its values and the next row's (or the row before's) are its
    #: own or that row's was a guess (`_notes_between`)
    note_guessed: bool = False


@dataclass
class TableContext:
    """What the page around a table says about it, and what a continued table carries over."""

    source_file: str
    kind: str | None = None
    goal: tuple[str, ...] = ()
    carried: dict[str, str] = field(default_factory=dict)
    #: goal headings read from goal columns (`1 しごとの創生` then `1-1 安定した雇用の創出` in one column), by level
    levels: dict[int, str] = field(default_factory=dict)
    #: the last row of the table this grid continues: a row broken by a page break goes on in the grid's first row
    last_row: IndicatorRow | None = None
    #: the department a field line above the table names, for a table without department column
    department: str | None = None
    #: the unit a field line above the table names (`（単位：人）`), for its values printed without unit
    unit: str | None = None
    #: the file's line of each read line (`ingest.model.Extraction.source_lines`), for the lines a reason names
    source_lines: Sequence[int] = ()
    #: a line heading the measures or a numbered measure title stands between the goal heading and the table
    #: (`Surroundings.under_measure`): with `goal`, what `context.owner_kind` decides the rows' kind by
    under_measure: bool = False


#: Key of `TableContext.carried` under which a table keeps the unit of its field line over a page break.
TABLE_UNIT = "table unit"
#: Key of `TableContext.carried` under which a table keeps a unit field line that a goal heading cleared before any
#: table read it (`ingest.table.context.Surroundings.unit_unread`), over its parts cut at bands and page breaks.
UNREAD_UNIT = "unread unit"
#: The doubt (`schema.tables.UNCERTAIN_REASONS`) of a bare number under such a unit field line.
UNREAD_UNIT_DOUBT = "unit_caption_unread"
#: Key of `TableContext.carried` under which a table keeps the role words its legend gives its cells' lines, top
#: first, one a line (`上段：目標値　下段：実績値`, `ingest.table.context.Surroundings.legend`).
STACKED_LEGEND = "stacked legend"


def legend_lines(cell: ValueCell, words: list[str]) -> list[ValueCell]:
    """A value cell under a legend naming its lines' roles (`上段：目標値　下段：実績値` over `R3 | R4 | R5`, layouts
    209): one cell a line, each headed by its line's role word and the column's header. A header naming a role of its
    own (`基準値（R1）`) keeps its cell; a cell of another number of lines is kept flagged: which of the legend's roles
    its figures have, the text does not say."""
    lines = [line for line in cell.text.splitlines() if line.strip()]
    if names_role(cell.header) or not lines:
        return [cell]
    if len(lines) != len(words):
        return [replace(cell, uncertain=True, doubt=cell.doubt or "placement_guessed")]
    return [replace(cell, header=f"{word}\n{cell.header}", text=line) for word, line in zip(words, lines, strict=True)]


def labelled_lines(cell: ValueCell) -> list[ValueCell]:
    """A value cell whose every line opens with its own role word (`目標 10件` over `実績 9件` under a header `R3年度`
    naming no role, layouts 234): one cell a line, headed by its line's role word and the column's header, as a
    legend would head them (`legend_lines`). A header naming a role of its own, a cell of one line or a line
    without such a word keeps the cell as it is."""
    lines = [line.strip() for line in cell.text.splitlines() if line.strip()]
    if names_role(cell.header) or len(lines) < 2:
        return [cell]
    split = [line.split(maxsplit=1) for line in lines]
    if not all(len(parts) == 2 and row_role_word(parts[0]) for parts in split):
        return [cell]
    return [replace(cell, header=f"{word}\n{cell.header}", text=text) for word, text in split]


def _row_lines(covering: list[GridCell | None]) -> dict[int, int]:
    """Column → text line of the cell covering it, for a row's cells (`Grid.row_cells`)."""
    return {col: cell.line for col, cell in enumerate(covering) if cell is not None and cell.line is not None}


def _section_label(grid: Grid, row: int) -> str | None:
    """A row of one cell spanning (almost) the whole width is a section label (`基本目標1 …` banner)."""
    origins = [c for c in grid.cells if c.row == row and c.text.strip()]
    if len(origins) == 1 and origins[0].col_span >= 2 and origins[0].col_span >= grid.n_cols - 1:
        return origins[0].text
    return None


def _goal_heading_line(grid: Grid, row: int, layout: TableLayout | None) -> str | None:
    """A goal heading on a line of its own (`基本目標１ …`, `【基本目標2】…` above its indicators in a sheet without
    grid), in whichever column a text reader put it (the first, a value column when the names come last), perhaps
    cut into cells at its wide space (`基本目標Ⅰ` | `新しいひとの流れをつくる`, no digit after the label): a band row
    across the table, a section label in a table of text lines. Not a goal column's own cell."""
    texts = [c.text for c in sorted(grid.cells, key=lambda c: c.col) if c.row == row and c.text.strip()]
    if not texts or not is_goal_heading(" ".join(texts)) or any(ch.isdigit() for t in texts[1:] for ch in nfkc(t)):
        return None
    goal_cols = {c.index for role in GOAL_COLUMN_ROLES for c in (layout.of(role) if layout else [])}
    return None if any(c.row == row and c.text.strip() and c.col in goal_cols for c in grid.cells) else " ".join(texts)


def _ruled_rows(grid: Grid, layout: TableLayout | None, start: int) -> list[LogicalRow]:
    rows = []
    name_cols = [c.index for c in layout.of(NAME)] if layout else []
    for row in range(start, grid.n_rows):
        # a band across the table, drawn as one merged cell or as its first cell beside empty ones
        section = _section_label(grid, row) or _goal_heading_line(grid, row, layout)
        if section is not None:
            rows.append(_numbered_parent(grid, layout, row, section) or LogicalRow({}, section=section))
            continue
        if layout and is_repeated_header(grid, row, layout):
            continue
        covering = grid.row_cells(row)
        texts = {col: (cell.text if cell else None) or "" for col, cell in enumerate(covering)}
        # the indicator's name cell spans rows: the row above already read it (a row without any cell in the name
        # column is a row of its own: goal headings on a line of their own, a nameless row rejected with its cells)
        if name_cols and all(grid.origin_at(row, col) is None and grid.cell_at(row, col) is not None
                             for col in name_cols) and row > start and not _labels_own_row(grid, layout, row):
            if any(c.row == row and c.col not in name_cols and c.text.strip() for c in grid.cells):
                # cells of its own but no label saying what they are: a nameless row, rejected with its cells
                # (`indicator_rows`), not dropped silently
                rows.append(LogicalRow({col: "" if col in name_cols else (grid.origin_at(row, col) or _EMPTY).text
                                        for col in range(grid.n_cols)}, lines=_row_lines(covering),
                                       doubtful=row in grid.uncertain_rows))
            continue
        rows.append(LogicalRow(texts, lines=_row_lines(covering), doubtful=row in grid.uncertain_rows))
    return rows


_EMPTY = GridCell(0, 0, "")


def _labels_own_row(grid: Grid, layout: TableLayout | None, row: int) -> bool:
    """The row prints its own label in a kind column (`女性` under `男性`, `実績` under `目標`) or a member column
    (`山吹川町` under `鷹見市`) beside a name cell merged down from above (layouts 38, 71): the same indicator's next
    segment or role, read as a row of its own."""
    for column in layout.of(KIND) if layout else []:
        cell = grid.origin_at(row, column.index)
        if cell is not None and (segment_label(cell.text) or row_role_word(cell.text) or part_label(cell.text)):
            return True
    return any((cell := grid.origin_at(row, column.index)) is not None and cell.text.strip()
               for column in (layout.of(MEMBER) if layout else []))


def member_segment(text: str) -> str | None:
    """The segment a member-column cell names: the member municipality (`山吹川町`), or None for the whole area
    (`圏域全体`) or an empty cell."""
    folded = nfkc(text).strip()
    return None if not folded or folded in WHOLE_AREA else folded


#: A name enclosed whole in one pair of brackets (`(男性)` after NFKC).
_ENCLOSED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_BREAKDOWN = re.compile(r"^[(\[]?(?:" + "|".join(map(re.escape, map(nfkc, BREAKDOWN_WORDS))) + r")[)\]]?[\s:：]*")


def breakdown_segment(name: str) -> str | None:
    """The segment a row's name gives when it breaks the indicator above it down (layouts 73): the rest of a name
    opening with a breakdown word (`内訳　小学生` → `小学生`, `うち公募委員` → `公募委員`), or a name that is a segment
    label alone (`中学生`, `女性`: no indicator by itself), also in brackets (`（男性）`, layouts 192). None for any
    other name."""
    folded = nfkc(name).strip()
    rest = _BREAKDOWN.sub("", folded, count=1).strip()
    if rest != folded:
        return rest or None
    label = folded[1:-1].strip() if _ENCLOSED.fullmatch(folded) else folded
    return label if label in SEGMENT_LABELS else None


def segments_parent(grid: Grid, row: int) -> bool:
    """The next row printing text names a segment alone beside values (`うち男性 | 55,440 | …`, `女`, `（男性）`):
    `row` is the indicator those segments break down (`2 | 公共交通の年間利用者数（人）`, its values on the segments'
    rows), a row of the table whatever its number and title look like; no heading owns segments."""
    below = next((r for r in range(row + 1, grid.n_rows) if row_texts(grid, r)), None)
    cells = [c.text for c in grid.cells if c.row == below and c.text.strip()]
    return any(breakdown_segment(text) for text in cells) \
        and any(part.value is not None for text in cells for part in parse_cell(text))


def _numbered_parent(grid: Grid, layout: TableLayout | None, row: int, text: str) -> LogicalRow | None:
    """`2 公共交通の年間利用者数（人）` read as one text across the table (a band or a heading: a row number and a
    title) right above a segment's row (`segments_parent`), in a table numbering its rows in a column of their own:
    the row of the segments' indicator, its number and name put back in their columns. None for any other line."""
    numbers, names = (layout.of(NUMBER), layout.of(NAME)) if layout else ([], [])
    found = _GLUED_ROW_NUMBER.match(nfkc(text).strip())
    if not numbers or not names or found is None or not segments_parent(grid, row):
        return None
    texts = [found.group(1), nfkc(text).strip()[found.end():].strip()]
    cols = [numbers[0].index, names[0].index]
    if graded_row(text):
        # `3 移住相談件数（件） 順調`: a one-word name and its grade word after it go back to their columns; more
        # words (a department run in too) and where the name ends the line does not say
        words = texts[1].split()
        if len(words) != 2 or nfkc(words[1]) not in ROW_GRADE_WORDS or not layout.of(PROGRESS):
            return None
        texts[1:] = words
        cols.append(layout.of(PROGRESS)[0].index)
    line = next((c.line for c in grid.cells if c.row == row and c.text.strip() and c.line is not None), None)
    return LogicalRow(dict(zip(cols, texts, strict=True)), lines={} if line is None else dict.fromkeys(cols, line))


def _sub_name_columns(layout: TableLayout) -> list[int]:
    """Columns beside the name column under the same name header (one `指標名` cell spanning two columns, layouts
    87): the name cell may be merged down over rows whose second column names a sub-indicator (`男性`, `胃がん`)."""
    first = layout.of(NAME)[0]
    return [c.index for c in layout.of(NAME)[1:] if c.header.strip() and compact(c.header) == compact(first.header)]


def _sub_indicator(row: LogicalRow, name_col: int, sub_cols: list[int], around: list[LogicalRow]) -> str | None:
    """The sub-indicator a row names in a sub-name column (see `_sub_name_columns`) when its name cell is shared with
    a neighbouring row (merged down): that row's values are a segment of the indicator. None for a name spanning
    both columns or standing alone. A label outside SEGMENT_LABELS is flagged by the caller (a merged category over
    indicator names would read the same way)."""
    name = compact(row.texts.get(name_col, ""))
    for col in sub_cols:
        text = nfkc(row.texts.get(col, "")).strip()
        if not text or not name or compact(text) == name:
            continue
        shared = sum(1 for other in around if compact(other.texts.get(name_col, "")) == name)
        return text if shared >= 2 else None
    return None


def name_sub_rows(rows: list[LogicalRow], layout: TableLayout) -> list[LogicalRow]:
    """Rows of a text layer under a name merged down over its sub-indicator rows, top-aligned (layouts 87 -layout:
    `運動習慣のある人の割合 | 男性 | 28.0%` then ` | 女性 | 21.5%`): a row printing a sub-name label and values but
    no name, under a row whose name stands beside a label of its own, is that name's next sub-indicator (the
    sub-name column says the name cell spans the labels' rows; `_sub_indicator`)."""
    sub_cols = _sub_name_columns(layout)
    if not sub_cols:
        return rows
    name_col = layout.of(NAME)[0].index
    value_cols = [c.index for c in layout.of(VALUE)]

    def labelled(row: LogicalRow) -> bool:
        return any(row.texts.get(c, "").strip() for c in sub_cols) and any(
            row.texts.get(c, "").strip() for c in value_cols)

    out: list[LogicalRow] = []
    for row in rows:
        if (out and labelled(row) and labelled(out[-1]) and not row.texts.get(name_col, "").strip()
                and out[-1].texts.get(name_col, "").strip() and row.section is None and out[-1].section is None):
            row = replace(row, texts={**row.texts, name_col: out[-1].texts[name_col]},
                          lines={**row.lines, name_col: out[-1].lines.get(name_col, 0)})
        out.append(row)
    return out


def part_label(text: str) -> str | None:
    """A kind-column cell of a row under a merged name that names no kind, role or known segment (layouts 89 `日帰り`,
    `宿泊`, `計`): a part of the indicator (its segment) or the parts' total (`計`, `合計`: TOTAL_ROW_WORDS); the
    caller tells the two apart and flags an unknown part. None for an empty cell."""
    folded = nfkc(text).strip()
    return folded or None


def is_total_row(text: str) -> bool:
    """True for a part label naming the total of the parts (`計`, `合計`): the indicator's own value."""
    return nfkc(text).strip() in _TOTAL_ROW


def _header_segment(header: str) -> str | None:
    """The segment a value column's header names on its last line (`基準値（R4）` over `男性`, layouts 198), or
    None."""
    lines = header.strip().split("\n")
    return segment_label(lines[-1]) if len(lines) > 1 else None


def segment_label(text: str) -> str | None:
    """The segment a kind-column cell prints instead of a kind (`男性`, `女性`, `小学校`), else None."""
    folded = nfkc(text).strip()
    return folded if folded in SEGMENT_LABELS else None


def _text_line_rows(grid: Grid, layout: TableLayout | None, start: int) -> list[LogicalRow]:
    """Text-layer rows, one line per grid row: gather the lines of each table row (see module docstring)."""
    name_cols = [c.index for c in layout.of(NAME)] if layout else [0]
    value_cols = [c.index for c in layout.of(VALUE)] if layout else list(range(1, grid.n_cols))
    body: list[int] = []
    rows: list[LogicalRow] = []
    names: list[int] = []  # a run of names printed without any value, waiting for a run of values

    def flush() -> None:
        if not body:
            return
        named = [r for r in body if _filled(grid, r, name_cols)]
        valued = [r for r in body if not row_is_header(grid, r) and _filled(grid, r, value_cols)]
        if named and not valued and len(named) == len(body):
            names.extend(body)  # names in a block of their own (a page printing names and values apart)
        elif names and valued and not named and len(valued) == len(names):
            rows.extend(_joined(grid, [name, value]) for name, value in zip(names, valued, strict=True))
            names.clear()
        else:
            rows.extend(_joined(grid, [r]) for r in names)
            names.clear()
            groups, doubtful, centred = _records(grid, layout, name_cols, body, value_cols)
            groups, doubtful = _segment_parents(grid, groups, doubtful, name_cols, value_cols)
            groups, doubtful = _numbered_apart(grid, layout, groups, doubtful)
            settled = _settled_groups(grid, groups, name_cols, value_cols, centred)
            doubtful = doubtful | _name_line_between_values(grid, groups, name_cols, value_cols, settled)
            between = _notes_between(grid, layout, groups, value_cols)
            for k, group in enumerate(groups):
                rows.append(_joined(grid, group, k in doubtful, k in settled,
                                    _name_lines_beside(grid, group, name_cols, value_cols)))
                rows[-1].note_guessed = k in between
        body.clear()

    notes: list[str] = []  # note lines above the first row, for it
    for row in range(start, grid.n_rows):
        if not row_texts(grid, row) or (layout and is_repeated_header(grid, row, layout)):
            flush()  # an empty line or a repeated header ends the lines gathered so far
            continue
        if (note := _line_beside_cells(grid, layout, row, name_cols)) is not None:
            flush()  # a note or a page number between the rows ends the lines gathered so far: no name goes on in it
            if note and rows and rows[-1].section is None:
                rows[-1].notes.append(note)
            elif note:
                notes.append(note)
            continue
        if notes and rows and rows[-1].section is None:
            rows[-1].notes.extend(notes)
            notes.clear()
        section = (_section_label(grid, row) if grid.n_cols > 2 else None) or _goal_heading_line(grid, row, layout)
        if section is not None:
            flush()
            rows.append(_numbered_parent(grid, layout, row, section) or LogicalRow({}, section=section))
            continue
        if _legend_line(grid, row, name_cols):
            flush()  # the grade legend under the table (`達成状況 ◎：…`): a line of its own, no row's wrapped name
            rows.append(_joined(grid, [row]))
            continue
        body.append(row)
    flush()
    rows.extend(_joined(grid, [r]) for r in names)
    if notes:
        first = next((r for r in rows if r.section is None), None)
        if first is not None:
            first.notes.extend(notes)
    return rows


def _notes_between(grid: Grid, layout: TableLayout | None, groups: list[list[int]], value_cols: list[int]) -> set[int]:
    """The groups (indexes) whose note cells' lines may be the group beside's: lines of a note column standing
    between two groups' value lines that the reader placed by a guess (`Grid.uncertain_rows`; a cell's wrapped end
    under one row's values and the next cell's start above the next row's print alike, `…に関す` / `る市民の満足度` /
    `市民意識調査における「重点施策 7-2 人`). Both groups' notes are in doubt: one may hold a line too many, the
    other lack it."""
    note_cols = sorted({c.index for role in ("note", *LABELLED_NOTE_ROLES) for c in layout.of(role)}) \
        if layout else []
    if not note_cols:
        return set()
    out: set[int] = set()
    for k, (group, after) in enumerate(pairwise(groups)):
        first = [r for r in group if _filled(grid, r, value_cols)]
        second = [r for r in after if _filled(grid, r, value_cols)]
        if not first or not second:
            continue
        placed = [r for r in (*group, *after) if max(first) < r < min(second)]
        if any(r in grid.uncertain_rows and _filled(grid, r, note_cols) for r in placed):
            out |= {k, k + 1}
    return out


def _line_beside_cells(grid: Grid, layout: TableLayout | None, row: int, name_cols: list[int]) -> str | None:
    """The row is a page number (its cells read together: a reader may cut `- 6 -` at a gutter) or one text in the
    name column (or the first) that is a note (`ingest.text.furniture.beside_cells`): '' for a page number
    (furniture, nothing to keep), the note's text; else None. A bare number is a page number only right before a
    repeated header or at the grid's end."""
    filled = [c for c in range(grid.n_cols) if (grid.text_at(row, c) or "").strip()]
    text = " ".join((grid.text_at(row, c) or "").strip() for c in filled)
    after = next((r for r in range(row + 1, grid.n_rows) if row_texts(grid, r)), None)
    bare = after is None or bool(layout and is_repeated_header(grid, after, layout))
    if page_number_line(text, bare=bare):
        return ""
    # (a note's mark may stand apart from its text at a gutter: `※1` in a number column, its text in the names')
    values = {c.index for c in layout.of(VALUE)} if layout else set()
    if not filled or filled[-1] > max([*name_cols, 0]) or values.intersection(filled) or (
            len(filled) == 1 and filled[0] not in (*name_cols, 0)) or (
            len(filled) > 1 and not _mark_alone(grid.text_at(row, filled[0]) or "")):
        return None
    return one_line(text) if beside_cells(text) else None


def _mark_alone(text: str) -> bool:
    """A note's mark standing apart from its text (`※1`, `※`): no letter after the mark. `※の育成` (a wrapped cell's
    rest that opens with the mark, beside a name's last glyph) is text of the row, no note."""
    return note_mark(text) and not any(ch.isalpha() for ch in nfkc(text))


def _delimited_rows(grid: Grid, layout: TableLayout, start: int) -> list[LogicalRow]:
    """Rows split at a delimiter (tab, pipe, CSV rows): every line is a table row of its own, except a line that
    continues the row above (`_continues_line`: a cell wrapped onto a line of its own by the program that wrote the
    rows). A line of one cell among them (a row whose empty cells' delimiters were not written) is what it is in
    any text table: a goal band across the table sets the goal of the rows under it, a note under a row is that
    row's note (`_line_beside_cells`)."""
    name_cols = [c.index for c in layout.of(NAME)]
    rows: list[LogicalRow] = []
    groups: list[list[int]] = []  # the lines of rows[-1] while it is a row of cells

    def close() -> None:
        if groups:
            rows.append(_joined(grid, groups.pop()))

    for row in range(start, grid.n_rows):
        if not row_texts(grid, row) or is_repeated_header(grid, row, layout):
            continue
        if (section := _goal_heading_line(grid, row, layout)) is not None and len(row_texts(grid, row)) == 1:
            close()
            rows.append(LogicalRow({}, section=section))
            continue
        if (note := _line_beside_cells(grid, layout, row, name_cols)) is not None and (
                not note or groups or (rows and rows[-1].section is None)):
            close()
            if note and rows and rows[-1].section is None:
                rows[-1].notes.append(note)
            continue
        if groups and _continues_line(grid, layout, groups[-1], row):
            groups[-1].append(row)
        else:
            close()
            groups.append([row])
    close()
    return rows


def fit_to_header(grid: Grid, layout: TableLayout, start: int,
                  context: TableContext) -> tuple[Grid, list[Reject]]:
    """Delimited rows with more cells than their header (empty cells at the end aside): under a goal column first,
    the goal label was split at its space (`3⇥くらしのまち`) and its leading cells are joined again; any other such
    row cannot be placed under the columns and is rejected whole."""
    header_rows = range(layout.header_start, layout.header_end)
    width = max((c.col + 1 for c in grid.cells if c.row in header_rows), default=grid.n_cols)
    if tuple(compact(t) for t in row_texts(grid, layout.header_start)) != layout.first_row:
        # the rows of a table continued under the header of an earlier grid (a goal band or a note between cut
        # them off): that header's width, not whatever this grid prints where the header stood
        width = max((c.index + 1 for c in layout.columns if c.header.strip()), default=grid.n_cols)
    cells_of: dict[int, list[GridCell]] = {}
    for cell in grid.cells:
        cells_of.setdefault(cell.row, []).append(cell)
    kept: list[GridCell] = []
    rejects: list[Reject] = []
    for row, cells in cells_of.items():
        used = max((c.col + 1 for c in cells if c.text.strip()), default=0)
        if row < start or used <= width:
            kept += [c for c in cells if c.col < width]
            continue
        extra = used - width
        if layout.columns[0].role in GOAL_COLUMN_ROLES:
            ordered = sorted(cells, key=lambda c: c.col)
            label = " ".join(c.text.strip() for c in ordered if c.col <= extra and c.text.strip())
            kept.append(replace(ordered[0], text=label))
            kept += [replace(c, col=c.col - extra) for c in ordered if extra < c.col < used]
            continue
        texts = [c.text for c in sorted(cells, key=lambda c: c.col)]
        header_line = file_line(context.source_lines, grid.line_of(layout.header_start))
        reason = f"row has {len(texts)} cells but the header at line {header_line} has {width}"
        rejects.append(Reject(SourceRef(context.source_file, line=grid.line_of(row)), one_line(" | ".join(texts)),
                              reason))
    return replace(grid, cells=kept, n_cols=min(grid.n_cols, width)), rejects


def _segment_starts(texts: list[str]) -> list[str] | None:
    """The segment label opening each filled value cell (`男性 40.0%`), or None when one does not open with one."""
    labels = []
    for text in texts:
        if compact(text) in PLACEHOLDERS:
            continue
        label = next((s for s in _SEGMENTS_LONGEST_FIRST if nfkc(text).startswith(s)), None)
        if label is None:
            return None
        labels.append(label)
    return labels or None


def _continues_line(grid: Grid, layout: TableLayout, group: list[int], row: int) -> bool:
    """A delimited line continues the row above when it prints no goal cell and either no name but values (a row
    wrapped after its name), or a name after a name cut at `・` (`WRAP_CONTINUATION_MARKS`), or the next segment of
    every value cell (`女性 38.0%` under `男性 40.0%`, each cell above holding one segment)."""
    def text(r: int, col: int) -> str:
        return (grid.text_at(r, col) or "").strip()

    name_cols = [c.index for c in layout.of(NAME)]
    value_cols = [c.index for c in layout.of(VALUE)]
    if any(text(row, c.index) for role in GOAL_COLUMN_ROLES for c in layout.of(role)):
        return False
    if not any(text(row, c) for c in name_cols):
        return any(text(row, c) for c in value_cols)
    above_name = "".join(text(r, c) for r in group for c in name_cols)
    if nfkc(above_name).endswith(WRAP_CONTINUATION_MARKS):
        return True
    return _next_segments(grid, value_cols, group[-1], row)


def _next_segments(grid: Grid, value_cols: list[int], above: int, row: int) -> bool:
    """Every filled value cell of both lines opens with a segment label, one each, and the lines' labels differ
    (`中学校 82.8%` under `小学校 88.7%`): the second line goes on with the first one's indicator."""
    upper = [(grid.text_at(above, c) or "").strip() for c in value_cols]
    lower = [(grid.text_at(row, c) or "").strip() for c in value_cols]
    labels_above, labels_below = _segment_starts(upper), _segment_starts(lower)
    single = all(len(_SEGMENT_ANYWHERE.findall(nfkc(t))) <= 1 for t in upper)
    return bool(labels_above and labels_below and single and not set(labels_above) & set(labels_below))


def _is_period(text: str) -> bool:
    return text[:1] in _OPENING and parse_period(text[1:].rstrip(_CLOSING)) is not None


def _year_only(text: str) -> bool:
    """A period printed alone, bracketed or not (`(平成30年)`, `令和3年度`, `2016年度（H28）`): a value's year, no
    value."""
    return _is_period(text) or parse_period(text) is not None


def _value_text(grid: Grid, row: int, col: int) -> bool:
    """The cell holds text other than a bracketed period or a bracketed remark without figures (`（閏年）` under
    `366日`: a value cell's second line, qualifying the value above it)."""
    text = (grid.text_at(row, col) or "").strip()
    return bool(text) and not _year_only(text) and not _bracketed_remark(text)


def _bracketed_remark(text: str) -> bool:
    """One bracketed text without a digit (`（閏年）`, `（見込み）`)."""
    return (text[:1] in _OPENING and text[-1:] in _CLOSING and not any(ch.isdigit() for ch in nfkc(text))
            and not any(ch in _OPENING for ch in text[1:]))


def _starts_value(grid: Grid, row: int, col: int) -> bool:
    """The cell line is a value of its own: a number or a placeholder, not a value's year, remark or wrapped note,
    nor the next segment of a cell (`中学校 82.8%` under `小学校 88.7%`)."""
    if labelled_value(grid.text_at(row, col) or ""):
        return True  # `現状：3,420事業所（R3）`: a value after its role label
    parsed = _parsed(grid, row, col)
    if not parsed:
        return False
    if labels := {p.segment for p in parsed if p.segment}:
        # the segments printed right above in the column, up to one that names this line's label again (`男性 31.2%`
        # under `男性 79.6歳` / `女性 84.1歳`: the next row's cell opens with it; layouts 161)
        below = row
        while (above := next((r for r in range(below - 1, max(-1, below - 1 - MAX_WRAP_GAP), -1)
                              if (grid.text_at(r, col) or "").strip()), None)) is not None:
            segments = {p.segment for p in _parsed(grid, above, col) if p.segment}
            if segments & labels:
                return True  # the label again: this line opens the next cell
            if not segments:
                break
            below = above
        return below == row
    # a value printed in words or figures that make no single number (`1/3（R4）`, `80～90%`) is a value of its own
    return any(p.value is not None or p.worded for p in parsed) or all(p.note is None and p.period is None
                                                                        for p in parsed)


def _parsed(grid: Grid, row: int, col: int) -> list[ParsedValue]:
    text = (grid.text_at(row, col) or "").strip()
    return parse_cell(text) if text else []


def _periods_only(grid: Grid, row: int, cols: list[int]) -> bool:
    """Every filled cell of the row is a period in brackets (`(平成30年)`), printed under the value it dates."""
    texts = [(grid.text_at(row, c) or "").strip() for c in cols]
    return bool(texts) and all(_is_period(text) for text in texts)


def _texts(grid: Grid, row: int, cols: list[int]) -> list[str]:
    return [(grid.text_at(row, c) or "").strip() for c in cols if (grid.text_at(row, c) or "").strip()]


def _filled(grid: Grid, row: int, cols: list[int] | range) -> list[int]:
    return [c for c in cols if (grid.text_at(row, c) or "").strip()]


def _records(grid: Grid, layout: TableLayout | None, name_cols: list[int], lines: list[int],
             value_cols: list[int]) -> tuple[list[list[int]], frozenset[int], bool]:
    """Consecutive lines → one group per indicator, the indices of the groups whose name lines could as well go
    to the group beside, and whether the centring split them: by the vertical centring of the cells when they are
    centred (`ingest.table.centred`), else around the lines that print a name (`_owners`)."""
    if sum(1 for r in lines if _filled(grid, r, name_cols)) > 1:
        goal_cols = {c.index for role in GOAL_COLUMN_ROLES for c in layout.of(role)} if layout else set()
        records = centred_records(
            lines, lambda r, c: bool((grid.text_at(r, c) or "").strip()), lambda r, c: _value_text(grid, r, c),
            lambda r, c: _starts_value(grid, r, c), name_cols, value_cols,
            [c for c in range(grid.n_cols) if c not in goal_cols], _fills_column(grid, name_cols),
            lambda r: _heading_above_name(grid, r, goal_cols, name_cols), grid.engine in EVEN_PITCH_ENGINES,
            grid.engine in OWN_LINE_ENGINES,
            # a goal cell's lines keep their column only in a text on a fixed grid (a text of runs, pdfplumber's,
            # interleaves a wrapped goal cell's lines with other cells')
            (lambda r: _goal_cells(grid, r, goal_cols)) if grid.engine in EVEN_PITCH_ENGINES else None,
            (lambda r: _upright_glyph_line(grid, r, goal_cols)) if _upright_goal_column(grid, lines, goal_cols)
            else None, _cell_end(grid, layout) if layout else None)
        if records is not None:
            return records.records, records.doubtful, True
    return _owners(grid, name_cols, lines, value_cols), frozenset(), False


def _cell_end(grid: Grid, layout: TableLayout) -> Callable[[int, int], str | None]:
    """Whether a cell of a column of one-line cells ends on the line (`centred.centred_records`): a grade mark in a
    progress column (one glyph: whatever its column prints below is another row's), a progress label or department
    in their columns, a reason ending its sentence (what the column prints after an empty line is another row's)."""
    from ingest.text.token_types import is_department, is_progress  # token_types imports this module's GRADES
    marks = {c.index for c in layout.of(PROGRESS)}
    departments = {c.index for c in layout.of(DEPARTMENT)}
    sentences = {c.index for c in layout.of(REASON)}

    def end(row: int, col: int) -> str | None:
        text = nfkc(grid.text_at(row, col) or "").strip()
        if col in marks and text in GRADES:
            return CELL_ENDS
        # only a whole label or department ends its cell: a label's first line (`概ね順調に` / … / `進捗`, printed
        # around a centred row's middle line) goes on below the gap
        if (col in marks and is_progress(text)) or (col in departments and is_department(text)) \
                or (col in sentences and text.endswith(SENTENCE_ENDINGS)):
            return CELL_ENDS_BEFORE_GAP
        return None
    return end


def _name_before_grade(text: str, units: bool) -> str:
    """A segments' parent row's name cell with the row's later cells run into it after a space (`転入者数（人） C`,
    `…成立数（組） やや遅れ 目標値の8割…`, `耕作放棄地の再生面積 ha 概ね順調`: a text layer cannot place the cells of a
    line printing no value): the name ends before the first word that is a grade mark or progress label, or a unit
    alone in a table with a unit column (`units`), which no name prints as a word of its own, or a sentence closing
    (`…成約件数 移住相談窓口の周知により相談件数が増加した。 総務課`: a reason's; no name ends a sentence)."""
    words = text.split()
    end = next((k for k, word in enumerate(words) if k and (nfkc(word) in ROW_GRADE_WORDS
                                                            or (units and is_unit_text(word))
                                                            or word.endswith(SENTENCE_ENDINGS))), None)
    return text if end is None else " ".join(words[:end])


def _year_off_name(row: LogicalRow, name_col: int, year_cols: set[int]) -> bool:
    """A year column's cell (a column of its values' years, or headed by the year alone) run into the name cell
    beside it (`企業誘致件数（件） 2017年度（H29）` over an empty `年度` cell: a text layer of single spaces joined
    them): the year is put back in its column and True returned, the row's cells having been placed by a guess (the
    cells after it may have run together too)."""
    col = name_col + 1
    parts = row.texts.get(name_col, "").strip().rsplit(maxsplit=1)
    if col not in year_cols or row.texts.get(col, "").strip() or len(parts) != 2 or parse_period(parts[1]) is None:
        return False
    row.texts[name_col], row.texts[col] = parts
    return True


def _segment_parents(grid: Grid, groups: list[list[int]], doubtful: frozenset[int], name_cols: list[int],
                     value_cols: list[int]) -> tuple[list[list[int]], frozenset[int]]:
    """Groups cut before each line naming a segment alone with values (`男性 … 132件`) and around a line printing a
    name and no value right above one (`移住相談件数` over `男性` / `女性`): that name is the segments' parent, an
    indicator of its own, never the wrapped end of the name above nor the start of its segment's name. A group cut
    keeps its doubt in each of its pieces."""
    def segment(row: int) -> bool:
        names = [(grid.text_at(row, c) or "").strip() for c in _filled(grid, row, name_cols)]
        return len(names) == 1 and breakdown_segment(names[0]) is not None \
            and any(_value_text(grid, row, c) for c in value_cols)

    def parent(row: int) -> bool:
        return bool(_filled(grid, row, name_cols)) and not any(_value_text(grid, row, c) for c in value_cols) \
            and not segment(row) and segment(row + 1)

    return _cut_groups(groups, doubtful, lambda row, piece: segment(row) or parent(row) or parent(row - 1))


def _cut_groups(groups: list[list[int]], doubtful: frozenset[int], opens: Callable[[int, list[int]], bool]
                ) -> tuple[list[list[int]], frozenset[int]]:
    """Each group cut before every line that `opens` a row (asked with the line and the piece above it); a group cut
    keeps its doubt in each of its pieces."""
    out: list[list[int]] = []
    kept: set[int] = set()
    for k, group in enumerate(groups):
        pieces: list[list[int]] = []
        for row in group:
            if not pieces or opens(row, pieces[-1]):
                pieces.append([])
            pieces[-1].append(row)
        kept.update(range(len(out), len(out) + len(pieces)) if k in doubtful else ())
        out.extend(pieces)
    return out, frozenset(kept)


def _numbered_apart(grid: Grid, layout: TableLayout | None, groups: list[list[int]],
                    doubtful: frozenset[int]) -> tuple[list[list[int]], frozenset[int]]:
    """Groups cut before each line printing a row's number (`3`) in the table's number column when a line above in
    the group printed one: each row prints its number once, so a second number opens the next row (a parent row
    printing no value, its segments on the next page, is no wrapped end of the row above)."""
    numbers = [c.index for c in layout.of(NUMBER)] if layout else []
    if not numbers:
        return groups, doubtful

    def numbered(row: int) -> bool:
        return any(nfkc(text).strip()[:1].isdigit() for text in _texts(grid, row, numbers))

    return _cut_groups(groups, doubtful, lambda row, piece: numbered(row) and any(map(numbered, piece)))


def _name_line_between_values(grid: Grid, groups: list[list[int]], name_cols: list[int],
                              value_cols: list[int], settled: set[int]) -> frozenset[int]:
    """The groups (and the group above each) whose first line prints a name and no value and stands between two
    value lines: right under the group above's line of name and values, over the group's first line of values.
    Such a line is as well the wrapped end of the name above (a cell listing `①name` / `②name` with its values
    matched by order, the first name wrapped: layouts 195; a top-aligned text box whose name's rest `数` stands
    under its line of values, the next name's lines around that name's values: layouts 256) as this row's own
    name's first line (a centred cell): which name it ends or opens, a guess. Where the group's name goes on after
    its first line of values, only until the centring settles the group (`_settled_groups`: every group of its
    run centred on its values) and only where its first line of values prints the name too (a top-aligned reading
    is possible; `子育て世代包括支援セ` / `－ 1,946件 …` / `ンター相談件数`: a centred cell, no guess)."""
    found: set[int] = set()
    for k in range(1, len(groups)):
        above, group = groups[k - 1], groups[k]
        if above[-1] + 1 != group[0]:
            continue
        names = [r for r in group if _filled(grid, r, name_cols)]
        values = [r for r in group if any(_value_text(grid, r, c) for c in value_cols)]
        if not names or not values or names[0] != group[0] or group[0] in values \
                or (max(names) >= min(values) and (k in settled or min(values) not in names)):
            continue  # (the group's first line prints its name: not a reason's lines wrapped under the row above;
            # a name going on after a line of values printing none is a cell centred on them: no top-aligned cell
            # leaves its own first line without its name)
        last = above[-1]
        if _filled(grid, last, name_cols) and any(_value_text(grid, last, c) for c in value_cols):
            found.update((k - 1, k))
    return frozenset(found)


def _upright_goal_column(grid: Grid, lines: list[int], goal_cols: set[int]) -> bool:
    """Every text the goal columns print on `lines` is one glyph, MIN_UPRIGHT_LINES of them or more: a goal cell
    written upright (as `join_upright_goals` reads it), not a wrapped title whose last glyph stands alone (`備`)."""
    texts = [cell.text for cell in grid.cells if cell.row in lines and cell.col in goal_cols and cell.text.strip()]
    return len(texts) >= MIN_UPRIGHT_LINES and all(single_glyph(text) for text in texts)


def _upright_glyph_line(grid: Grid, row: int, goal_cols: set[int]) -> bool:
    """The line prints nothing but one glyph in a goal column: a glyph of a goal cell written upright."""
    texts = [(cell.col, cell.text) for cell in grid.cells if cell.row == row and cell.text.strip()]
    return len(texts) == 1 and texts[0][0] in goal_cols and single_glyph(texts[0][1])


def _goal_cells(grid: Grid, row: int, goal_cols: set[int]) -> tuple[set[int], set[int]]:
    """The goal columns the line prints text in, and those whose text opens a goal heading (`1-1 …`, `重点施策 7-4
    方針1関係:…`)."""
    texts = {c: (grid.text_at(row, c) or "").strip() for c in goal_cols}
    filled = {c for c, text in texts.items() if text}
    return filled, {c for c in filled if goal_level(texts[c]) is not None or policy_heading(texts[c])}


def _heading_above_name(grid: Grid, row: int, goal_cols: set[int], name_cols: list[int]) -> bool:
    """The line holds only goal headings in goal columns (`1-1 安定した雇用の創出`), and the next line a name."""
    filled = _filled(grid, row, range(grid.n_cols))
    return (bool(filled) and all(c in goal_cols and goal_level((grid.text_at(row, c) or "").strip()) is not None
                                 for c in filled) and bool(_filled(grid, row + 1, name_cols)))


#: Display columns two lines wrapped at one width may differ by and still be lines of one cell, name or text column
#: (a wide character more or less, a space, kinsoku keeping a character back, a paragraph's indent).
WRAP_WIDTH_SLACK = 4


def _fills_column(grid: Grid, name_cols: list[int]) -> Callable[[int], bool]:
    """Whether a line's name fills the name column: as wide as its widest line but one character (a producer
    wrapping a name at the column's width leaves such lines; kinsoku may keep one character back)."""
    def width(row: int) -> int:
        return sum(display_width(grid.text_at(row, c) or "") for c in name_cols)

    widest = max((width(row) for row in range(grid.n_rows)), default=0)
    return lambda row: widest > 0 and width(row) >= widest - WIDE_CHAR


def _owners(grid: Grid, name_cols: list[int], lines: list[int], value_cols: list[int]) -> list[list[int]]:
    """Lines without blank separators → one group per indicator.

    Every line with a name owns a group; a line without one goes to the nearer named line where its columns are
    still empty (a value printed above its name, its year below; above on a tie). A named line that gathers no
    value is the wrapped part of a name and joins the group of the line printed next to it.
    """
    named = [r for r in lines if _filled(grid, r, name_cols)]
    if not named:
        return [lines]
    # a name cut by a line wrap after `・` or `、` continues on the next named line: one indicator; so does a name
    # filling its column on a line whose values are segments (`小学校 88.7%`), the next line printing the next
    # segment of each (`中学校 82.8%`)
    wrapped = {b for a, b in pairwise(named) if b - a <= MAX_WRAP_GAP and (
        " ".join(_texts(grid, a, name_cols)).endswith(WRAP_CONTINUATION_MARKS)
        or (b - a == 1 and _fills_column(grid, name_cols)(a) and _next_segments(grid, value_cols, a, b)))}
    named = [r for r in named if r not in wrapped]
    members: dict[int, list[int]] = {r: [r] for r in named}
    for row in wrapped:
        members[max(n for n in named if n < row)].append(row)
    owner_of = {m: n for n, group in members.items() for m in group}
    for row in lines:
        if row in members or row in wrapped:
            continue
        cols = _filled(grid, row, range(grid.n_cols))
        if row - 1 in owner_of and _periods_only(grid, row, cols):
            owner_of[row] = owner_of[row - 1]  # `(平成30年)` under a value qualifies the value above it
            members[owner_of[row]].append(row)
            continue
        candidates = [n for n in named if n < row][-1:] + [n for n in named if n > row][:1]
        if not _filled(grid, row, value_cols) and candidates[-1] > row:
            # a goal or kind cell printed alone on its line (a merged cell's text) applies from the next name on:
            # giving it to the name above could put that name under the next goal
            owner_of[row] = candidates[-1]
            members[owner_of[row]].append(row)
            continue

        def fit(n: int, row: int = row, cols: list[int] = cols) -> tuple[int, int, int, int]:
            # a name printed alone on its line, with more of its lines above it than below, is centred on its
            # values: the next line is still its own
            alone = not _filled(grid, n, value_cols)
            centred = alone and n < row and sum(m < n for m in members[n]) > sum(m > n for m in members[n])
            # a column holding only a period (`(平成29年)` printed on the name's line) still waits for its value
            clash = sum(1 for c in cols if c in value_cols and any(_value_text(grid, m, c) for m in members[n]))
            return 0 if centred else 1, clash, abs(n - row), 0 if n < row else 1

        owner_of[row] = min(candidates, key=fit)
        members[owner_of[row]].append(row)
    groups = [sorted(members[n]) for n in named]
    merged: list[list[int]] = []
    for i, group in enumerate(groups):
        # a group without a value of its own (its name line may carry a reason's or a year's line) is the
        # wrapped part of a name
        others = [c for r in group for c in value_cols if _value_text(grid, r, c)]
        if others or len(groups) == 1:
            merged.append(group)
        elif merged and merged[-1][-1] == group[0] - 1:
            if _nearer_below(grid, merged[-1], group, groups[i + 1:], name_cols, value_cols):
                # the next name's first line: the other cells' lines above it stay with the group above
                first = min(r for r in group if _filled(grid, r, name_cols))
                merged[-1] = sorted(merged[-1] + [r for r in group if r < first])
                groups[i + 1] = sorted([r for r in group if r >= first] + groups[i + 1])
            else:
                merged[-1] = sorted(merged[-1] + group)  # the name's second line, under the line that has the values
        elif i + 1 < len(groups):
            groups[i + 1] = sorted(group + groups[i + 1])  # the name's first line, above the values
        else:
            merged.append(group)
    return merged


def _nearer_below(grid: Grid, above: list[int], group: list[int], below: list[list[int]], name_cols: list[int],
                  value_cols: list[int]) -> bool:
    """A group of a name's lines without values, right above the next group, whose name lines stand nearer the
    lines of that group than those of the group above (whose last lines are another cell's, a reason's ending
    right above): the next name's first line (`伊勢崎駅周辺の中心市` after the reason's `まないため。`, over
    `街地における歩 1,078人 …`), not the name above's last line."""
    if not below or below[0][0] != group[-1] + 1:
        return False
    own = [r for r in group if _filled(grid, r, name_cols)]

    def gap(lines: list[int]) -> int:
        # the lines printing the group's name or values, not its other cells' (a reason's) lines
        return min((abs(r - o) for r in lines if _filled(grid, r, name_cols + value_cols) for o in own),
                   default=grid.n_rows)

    return gap(below[0]) < gap(above)


def _centred_on_values(grid: Grid, group: list[int], name_cols: list[int], value_cols: list[int]) -> bool:
    """The group prints its name, and its values are centred on its middle line: its one line of values is that
    line, or each value column's lines and the name's (a value over its year, pdfplumber printing a two-line cell
    half a line off, on the lines above and below the name's) stand as far above the middle as below. When every
    group of a run is so, no other split centres each group on its values (the values' lines fix the centres, the
    run's first line the first group's extent, and each extent the next one's start)."""
    starts = [k for k, row in enumerate(group) if any(_starts_value(grid, row, c) for c in value_cols)]
    if len(starts) != 1 or not any(_filled(grid, r, name_cols) for r in group):
        return False
    spans = [[k for k, row in enumerate(group) if _filled(grid, row, [c])] for c in [*value_cols, *name_cols]]
    return starts == [(len(group) - 1) / 2] or all(not k or k[0] + k[-1] == len(group) - 1 for k in spans)


def _settled_groups(grid: Grid, groups: list[list[int]], name_cols: list[int], value_cols: list[int],
                    centred: bool) -> set[int]:
    """The groups of a run whose extent is fixed: the one group of a run with a single line printing a name (every
    line between the run's ends is that row's; two named lines could be two rows, one printing no value), and, when
    the centring split the run (`centred`), the groups centred on their values (`_centred_on_values`) whose every
    group before them is so, from the run's first line on, and those whose every group after them is, from the
    run's last line back (a group out of the usual shape, a baseline's two-line cell beside a name's, leaves the
    groups on its other side fixed from their end). Not when a group out of shape prints its one line of values on
    its first or last line: the cells may be top- or bottom-aligned, and such a reading can take a line from a
    neighbour (`転入者数 …` / `空き家バンク` / `登録件数 …`: the middle line the first row's in a top-aligned sheet)."""
    if len(groups) == 1 and sum(1 for r in groups[0] if _filled(grid, r, name_cols)) == 1:
        return {0}
    if not centred:
        return set()
    sure = [_centred_on_values(grid, group, name_cols, value_cols) for group in groups]
    if any(not fixed and _values_at_an_end(grid, group, value_cols) for group, fixed in zip(groups, sure, strict=True)):
        return set()
    ahead = next((k for k, fixed in enumerate(sure) if not fixed), len(groups))
    behind = next((k for k in range(len(groups) - 1, -1, -1) if not sure[k]), -1)
    return {k for k in range(len(groups)) if k < ahead or k > behind}


def _values_at_an_end(grid: Grid, group: list[int], value_cols: list[int]) -> bool:
    """The group's one line of values is its first or its last of several: the shape of a top- or bottom-aligned
    record, not of a centred one."""
    starts = [k for k, row in enumerate(group) if any(_starts_value(grid, row, c) for c in value_cols)]
    return len(group) > 1 and len(starts) == 1 and starts[0] in (0, len(group) - 1)


def _name_lines_beside(grid: Grid, group: list[int], name_cols: list[int], value_cols: list[int]) -> set[int]:
    """The group's lines printing text in the name column alone, when its lines printing values print no name:
    the name is printed only on the lines beside the values. Once the centring fixes the group's extent, each of
    them is the name's (a goal cell's piece read as one would leave the name off-centre on its values: `_joined`)."""
    if any(_filled(grid, r, name_cols) and _filled(grid, r, value_cols) for r in group):
        return set()
    return {r for r in group if (filled := _filled(grid, r, range(grid.n_cols))) and set(filled) <= set(name_cols)}


def _joined(grid: Grid, group: list[int], guessed: bool = False, centred: bool = False,
            name_lines: set[int] = frozenset()) -> LogicalRow:
    """One group of lines → one row; `guessed`: whether its name lines are the group's or the next one's is a tie.
    A group whose extent the centring fixes (`centred`, `_settled_groups`) is no longer in doubt for lines whose
    only doubt was which row they go with (`GATHERING_DOUBTS`), nor for the lines printing its name beside its
    values (`name_lines`, `_name_lines_beside`) whose only doubt was that a goal cell's piece was read as the
    name's (`text_placed`): every line of a centred name stands around its values, so each is the name's."""
    parts: dict[int, list[str]] = {}
    lines: dict[int, int] = {}
    for row in group:
        for col in range(grid.n_cols):
            cell = grid.cell_at(row, col)
            text = (cell.text if cell else "").strip()
            if text:
                parts.setdefault(col, []).append(text)
                # the cell's own line: a row may hold cells of the lines around it (`_names_between_labels`)
                lines.setdefault(col, (cell.line if cell and cell.line else grid.line_of(row)) or 0)
    settled = {row for row in group if centred and not guessed
               and (grid.line_doubts.get(grid.line_of(row) or 0) in GATHERING_DOUBTS
                    or (row in name_lines and grid.line_doubts.get(grid.line_of(row) or 0) == "text_placed"))}
    return LogicalRow({c: "\n".join(p) for c, p in parts.items()}, lines=lines, name_guessed=guessed,
                      doubtful=bool(grid.uncertain_rows.intersection(group).difference(settled)))


def _stream_rows(grid: Grid, layout: TableLayout | None, start: int) -> list[LogicalRow]:
    """Whitespace tables with geometry come one text line per grid row: gather each indicator's lines.

    A line with no name belongs to the nearer named line (a name printed between the value and its
    `(平成30年)` sits in the middle); the table ends at a gap much larger than the line pitch.
    """
    name_cols = [c.index for c in layout.of(NAME)] if layout else [0]
    edges = grid.row_edges
    lines = list(range(start, stream_end(grid, start)))

    def centre(row: int) -> float:
        return (edges[row] + edges[row + 1]) / 2 if len(edges) > row + 1 else float(row)

    named = [r for r in lines if any((grid.text_at(r, c) or "").strip() for c in name_cols)]
    if not named:
        return []
    # a goal heading on a line of its own, in any column (a banner row of a sheet without grid)
    sections = {r: text for r in lines if (text := _goal_heading_line(grid, r, layout)) is not None}
    named = [r for r in named if r not in sections]
    members: dict[int, list[int]] = {r: [] for r in named}
    for row in lines:
        if row in members or row in sections:
            members.get(row, []).append(row)
            continue
        filled = [c for c in range(grid.n_cols) if (grid.text_at(row, c) or "").strip()]
        # a line goes to a named line on its side of every goal heading
        low = max((s for s in sections if s < row), default=-1)
        high = min((s for s in sections if s > row), default=grid.n_rows)
        above = [n for n in named if low < n < row][-1:]
        below = [n for n in named if row < n < high][:1]
        candidates = above + below

        def fit(n: int, row: int = row, filled: list[int] = filled) -> tuple[int, float, int]:
            # a line goes where its columns are still empty, else to the nearer named line (above on a tie)
            clash = sum(1 for c in filled if (grid.text_at(n, c) or "").strip())
            return clash, abs(centre(n) - centre(row)), -n if n < row else n

        if candidates:
            members[min(candidates, key=fit)].append(row)
    rows = []
    for owner in sorted([*named, *sections]):
        if owner in sections:
            rows.append(LogicalRow({}, section=sections[owner]))
            continue
        texts = {}
        for col in range(grid.n_cols):
            parts = [(grid.text_at(r, col) or "").strip() for r in sorted(members[owner])]
            texts[col] = "\n".join(p for p in parts if p)
        rows.append(LogicalRow(texts, doubtful=bool(grid.uncertain_rows.intersection(members[owner]))))
    return rows


def stream_end(grid: Grid, start: int) -> int:
    """First row after a whitespace table that starts at `start`: where the line gap jumps (prose, footer)."""
    edges = grid.row_edges
    if len(edges) != grid.n_rows + 1 or grid.n_rows - start < 2:
        return grid.n_rows
    # text rows may be separated by empty bands: measure the pitch between rows that hold text
    rows = [r for r in range(start, grid.n_rows) if any(c.row == r and c.text.strip() for c in grid.cells)]
    if len(rows) < 3:
        return grid.n_rows
    pitch = median(edges[b] - edges[a] for a, b in pairwise(rows))
    for a, b in pairwise(rows):
        if edges[b] - edges[a] > STREAM_GAP_FACTOR * pitch:
            return a + 1
    return grid.n_rows


def logical_rows(grid: Grid, layout: TableLayout | None, start: int) -> list[LogicalRow]:
    """The body rows of a grid below `start`, one per indicator (or section label)."""
    if grid.delimited and layout is not None:
        return _delimited_rows(grid, layout, start)
    if grid.line_rows and grid.row_edges:
        return _stream_rows(grid, layout, start)
    if grid.line_rows:
        return _text_line_rows(grid, layout, start)
    return _ruled_rows(grid, layout, start)


#: Value-role words as a row label prints them (compared form → as printed).
_ROW_ROLE_WORDS = {compact(word): word for word in ALL_ROLE_WORDS}


def row_role_word(text: str) -> str | None:
    """The value-role word a kind-column cell prints instead of a kind (`目標`, `実績`), else None."""
    return _ROW_ROLE_WORDS.get(compact(text))


def fill_role_rows(grid: Grid, layout: TableLayout, start: int) -> Grid:
    """A 効果検証 sheet may print one indicator on two rows, labelled `目標` and `実績` in its kind column, with the
    years across (layouts 32): the second row leaves the name cell empty. Such a row is the same indicator's next
    row, so the name above is copied into it and each role row is read on its own (not joined as a wrapped row).
    A text layer's role row whose only doubt was which lines it gathers (`GATHERING_DOUBTS`) now prints a name that
    is not its own: it becomes `lines_joined`, so no centring of its lines settles it (`_joined`)."""
    kinds = [c.index for c in layout.of(KIND)]
    name_col = layout.of(NAME)[0].index
    if not kinds:
        return grid
    grid = _names_between_labels(grid, layout, start, kinds, name_col)
    filled: dict[int, str] = {}
    name = ""
    for row in range(start, grid.n_rows):
        own = (grid.text_at(row, name_col) or "").strip()
        labelled = any(row_role_word(grid.text_at(row, col) or "") for col in kinds)
        if own:
            name = own if labelled else ""
        elif labelled and name:
            filled[row] = name
    if not filled:
        return grid
    cells = [replace(c, text=filled[c.row]) if c.row in filled and c.col == name_col and c.row_span == 1 else c
             for c in grid.cells]
    cells += [GridCell(row, name_col, text, line=grid.line_of(row)) for row, text in filled.items()
              if grid.cell_at(row, name_col) is None]
    joined = {line: "lines_joined" for row in filled if (line := grid.line_of(row)) is not None
              and grid.line_doubts.get(line) in GATHERING_DOUBTS}
    return replace(grid, cells=cells, line_doubts={**grid.line_doubts, **joined})


def _row_label(grid: Grid, row: int, kinds: list[int]) -> bool:
    """The row's kind cell prints a value-role word (`実績`) or a rate label (`達成率`): a label row of an indicator."""
    texts = [(grid.text_at(row, col) or "").strip() for col in kinds]
    return any(row_role_word(text) or compact(text) in _RATE_LABELS for text in texts if text)


def _names_between_labels(grid: Grid, layout: TableLayout, start: int, kinds: list[int], name_col: int) -> Grid:
    """A text layer's line printing a name and the cells merged down beside it (`1 県内総生産（名目） 億円 … 50,000
    政策企画部`) but no label, right between two label rows without name (`実績 48,210 …` above, `達成率 96.4% …`
    below, layouts 176): the merged cells are centred on the two rows, so the line is theirs. Its cells join the
    row above (a merged value prints once, in the first row), its name and the cells that are no value the row below
    too; the line's own row is left empty. A top-aligned merged cell prints on its first row's line, beside a label,
    so this shape says which rows the name spans: no guess."""
    if not grid.line_rows:
        return grid
    values = {c.index for c in layout.of(VALUE)}
    by_row: dict[int, list[GridCell]] = {}
    for cell in grid.cells:
        by_row.setdefault(cell.row, []).append(cell)

    def named(row: int) -> bool:
        return bool((grid.text_at(row, name_col) or "").strip())

    moves: dict[int, tuple[int, int]] = {}  # name row → (row above, row below)
    for row in range(start + 1, grid.n_rows - 1):
        line = grid.line_of(row)
        if line is None or not named(row) or _row_label(grid, row, kinds):
            continue
        above, below = row - 1, row + 1
        if above in {lower for _, lower in moves.values()} \
                or not all(_row_label(grid, r, kinds) and not named(r) for r in (above, below)):
            continue
        if grid.line_of(above) != line - 1 or grid.line_of(below) != line + 1:
            continue
        taken = {c.col for r in (above, below) for c in by_row.get(r, []) if c.text.strip()}
        own = [c for c in by_row.get(row, []) if c.text.strip()]
        if any(c.col in taken or c.row_span != 1 for c in own):
            continue  # the line prints a cell the label rows print too: no merged cell of theirs
        moves[row] = (above, below)
    if not moves:
        return grid
    moved = [replace(cell, row=target) for row, (above, below) in moves.items() for cell in by_row[row]
             if cell.text.strip() for target in ((above,) if cell.col in values else (above, below))]
    landed = {(c.row, c.col) for c in moved}
    return replace(grid, cells=[*(c for c in grid.cells if c.row not in moves and (c.row, c.col) not in landed),
                                *moved])


def labelled_values_home(grid: Grid, layout: TableLayout, start: int) -> Grid:
    """A table of one value column whose cells print each value after its role label (`現状：3,420事業所（R3）` over
    `目標：3,500事業所（R10）` under `現状値・目標値`): a text layer that gives a cell centred on its row a line of its
    own (pdfplumber's) prints the cell's lines alone, above and below the name line centred between them, and a
    reader of single spaces sets them in the first column, the name's. Such lines go back to the value column when
    every one stands alone on its line and every name line among them has one right above and one right below;
    not when some line prints one beside other cells (a reader that cut `現状：年 18 件（R5）` into cells) or the
    names stand above them (`pdftotext -raw`, one cell after the other: where they belong is not seen)."""
    values = layout.of(VALUE)
    if len(values) != 1:
        return grid
    col = values[0].index
    labelled = [c for c in grid.cells if c.row >= start and role_labelled(c.text) is not None]
    if any(c.col == col or any(o.row == c.row and o.col != c.col and o.text.strip() for o in grid.cells)
           for c in labelled):
        return grid
    moved = {c.row for c in labelled if labelled_value(c.text)}
    names = {c.row for c in grid.cells for n in layout.of(NAME) if c.col == n.index and c.row >= start
             and c.text.strip() and c.row not in moved}
    if not moved or not all(row - 1 in moved and row + 1 in moved for row in names):
        return grid
    cells = [replace(c, col=col) if c.row in moved and c.text.strip() else c for c in grid.cells
             if not (c.row in moved and c.col == col)]
    return replace(grid, cells=cells)


def units_beside_values(grid: Grid, layout: TableLayout, start: int) -> Grid:
    """A column without header right of a value column, printing nothing but units (`人`, `万人`) beside that
    column's bare numbers, is those numbers' units cut off by the reader: a presentation program sets a space between
    a number and its unit (`744 人`), which lines up down a table of right-aligned figures like a column boundary.
    Each unit goes back to the number on its left (`744` `人` → `744人`)."""
    kinds = {c.index: c for c in layout.columns}
    joined: dict[tuple[int, int], str] = {}
    dropped: set[tuple[int, int]] = set()
    for column in layout.columns:
        left = kinds.get(column.index - 1)
        if column.role != OTHER or column.header.strip() or left is None or left.role != VALUE:
            continue
        units = [c for c in grid.cells if c.col == column.index and c.row >= start and c.text.strip()]
        numbers = {c.row: c.text for c in grid.cells if c.col == left.index and c.row >= start and c.text.strip()}
        if not units or not all(is_unit_text(c.text) and (numbers.get(c.row) or "").strip()[-1:].isdigit()
                                for c in units):
            continue
        for cell in units:
            joined[(cell.row, left.index)] = numbers[cell.row].rstrip() + cell.text.strip()
            dropped.add((cell.row, cell.col))
    return _joined_left(grid, joined, dropped)


def titles_beside_labels(grid: Grid, layout: TableLayout, start: int) -> Grid:
    """A text layer's cell in a column without header between the goal columns and the names, printed on the line
    of a goal cell left of it (`施策３` | `子育て支援の充`: a measure's label and title, which the reader parted at a
    gutter the label's cells leave), is that goal cell's title: joined to it (`施策３ 子育て支援の充`). Such text
    on a line without a goal cell stays where it is (the row's goal is then flagged)."""
    goal_cols = sorted(c.index for role in GOAL_COLUMN_ROLES for c in layout.of(role))
    name_col = layout.of(NAME)[0].index
    if not grid.line_rows or not goal_cols:
        return grid
    apart = [c.index for c in layout.of(OTHER) if not c.header.strip() and goal_cols[0] < c.index < name_col]
    joined: dict[tuple[int, int], str] = {}
    dropped: set[tuple[int, int]] = set()
    for col in apart:
        left = max(c for c in goal_cols if c < col)
        for cell in (c for c in grid.cells if c.col == col and c.row >= start and c.text.strip()):
            label = joined.get((cell.row, left), grid.text_at(cell.row, left) or "").strip()
            if label:
                joined[(cell.row, left)] = f"{label} {cell.text.strip()}"
                dropped.add((cell.row, cell.col))
    return _joined_left(grid, joined, dropped)


def labels_before_titles(grid: Grid, layout: TableLayout, start: int) -> Grid:
    """A text layer's column without header right before the first goal column, whose first cell is a goal heading's
    label (`基本目標１` | `地域の仕事を`, then `つくる` alone on the next line: a merged goal cell whose label a
    `-layout` page printed a gutter before its title, the header over the title, layouts 181), holds the goal cells'
    beginnings: each of its cells goes into the goal column on its line, before the title printed there
    (`基本目標１ 地域の仕事を`), so the goal cell's lines read as one heading."""
    goal_cols = sorted(c.index for role in GOAL_COLUMN_ROLES for c in layout.of(role))
    if not grid.line_rows or not goal_cols or goal_cols[0] == 0:
        return grid
    goal, before = goal_cols[0], goal_cols[0] - 1
    if layout.columns[before].role != OTHER or layout.columns[before].header.strip():
        return grid
    cells = sorted((c for c in grid.cells if c.col == before and c.row >= start and c.text.strip()),
                   key=lambda c: c.row)
    if not cells or not is_goal_heading(cells[0].text) or not (grid.text_at(cells[0].row, goal) or "").strip():
        return grid
    moved = {(c.row, c.col) for c in cells}
    texts = {c.row: c.text.strip() for c in cells}
    out = []
    for cell in grid.cells:
        if (cell.row, cell.col) in moved:
            continue
        if cell.col == goal and cell.row in texts:
            out.append(replace(cell, text=f"{texts.pop(cell.row)} {cell.text.strip()}".strip()))
        else:
            out.append(cell)
    out += [replace(c, col=goal, col_span=1) for c in cells if c.row in texts]
    return replace(grid, cells=out)


def _joined_left(grid: Grid, joined: dict[tuple[int, int], str], dropped: set[tuple[int, int]]) -> Grid:
    """The grid with the cells at `joined` given their new text and those at `dropped` (moved into them) left out."""
    if not joined:
        return grid
    cells = [replace(c, text=joined.get((c.row, c.col), c.text)) for c in grid.cells if (c.row, c.col) not in dropped]
    return replace(grid, cells=cells)


_LEADING_NUMBER = re.compile(r"^\s*(\d+)(?:\s*-\s*(\d+))?")


def fill_goal_groups(rows: list[LogicalRow], layout: TableLayout) -> list[LogicalRow]:
    """A basic-goal cell merged over the rows of its sub-goals may print its label on any of them (at the merged
    cell's middle, 001). When every row numbers its sub-goal, a number that does not rise opens the next basic goal;
    each group's first printed label is given to the group's rows before it."""
    goals = [c.index for c in layout.of(GOAL_COLUMN_ROLES[0])]
    subgoals = [c.index for c in layout.of(GOAL_COLUMN_ROLES[1])]
    numbers = [_LEADING_NUMBER.match(nfkc(_goal_text(row, subgoals))) for row in rows]
    if not goals or not subgoals or not rows or not all(numbers):
        return rows
    groups: list[list[int]] = []
    previous = None
    for i, match in enumerate(numbers):
        assert match is not None
        number = int(match.group(2) or match.group(1))
        if previous is None or number <= previous:
            groups.append([])
        groups[-1].append(i)
        previous = number
    for group in groups:
        labelled = next((i for i in group if _goal_text(rows[i], goals)), None)
        if labelled is None:
            continue
        for i in group[:group.index(labelled)]:
            rows[i] = replace(rows[i], texts={**rows[i].texts, **{c: rows[labelled].texts.get(c, "") for c in goals}})
    return rows


def centre_merged_left(rows: list[LogicalRow], layout: TableLayout, carried: dict[str, str]) -> list[LogicalRow]:
    """A department column, left of the names (a list grouped by department) or after the values (a sheet's 担当課
    merged over neighbouring rows of one 課), whose merged cells a text layer prints once, centred on their rows:
    each row takes the label of the group it lies in (`ingest.table.merged_left`),
    flagged where a bottom-aligned cell would give it another. Rows between section rows are read as one run;
    a column whose first row prints its label, or whose labels no centred split fits, is left as it is, and so is
    a column of a table continued from an earlier part (`carried` holds its text: the first rows may lie in the
    cell carried over). Goal columns keep their own readings (`fill_goal_groups`, goal headings): centring their
    labels too put the indicators of 004's project sheets under other measures (producer matrix). Only where one
    goal column prints its cells between its rows' lines and they fit centred (`_centred_goal_cells`), its program
    centred the merged goal cells: every goal column of the run is read so."""
    name_col = layout.of(NAME)[0].index
    left = [c for c in layout.columns
            if c.role == "department" or (c.index < name_col and c.role in GOAL_COLUMN_ROLES)]
    grouping = [c.index for c in left]
    movable = [c for c in left if not carried.get(c.role)]
    if not movable:
        return rows
    out: list[LogicalRow] = []
    run: list[LogicalRow] = []
    departments = [c.index for c in layout.of("department") if c.index in {c.index for c in movable}]
    for row in [*rows, None]:
        if row is not None and row.section is None:
            run.append(_unglued_department(row, name_col, departments[0]) if departments else row)
            continue
        goals = [c.index for c in movable if c.role != "department"]
        centred = goals if any(_centred_goal_cells(run, col, grouping) for col in goals) else []
        for col in [*departments, *centred]:
            run = _centred_column(run, col, grouping, name_col)
        out += run + ([row] if row is not None else [])
        run = []
    return out


def join_split_kinds(rows: list[LogicalRow], layout: TableLayout) -> list[LogicalRow]:
    """A kind column's merged cell whose lines a text layer gave to two rows, the first line to one and the rest to
    the next (`活動` / `指標` centred on two rows of a 事務事業評価シート's `区分`, layouts 211): neither part names a
    kind (`活動` nothing, `指標` only the generic word), together they do (`活動指標`), so both rows are that kind's."""
    out = list(rows)
    for col in (c.index for c in layout.of(KIND)):
        for k in range(len(out) - 1):
            first, second = (out[k].texts.get(col, "").strip(), out[k + 1].texts.get(col, "").strip())
            if not first or not second or kind_of(first) or kind_of(second) or row_role_word(first) \
                    or (joined := kind_of(f"{first}\n{second}")) is None or joined == GENERIC_KIND:
                continue
            for at in (k, k + 1):
                out[at] = replace(out[at], texts={**out[at].texts, col: f"{first}\n{second}"})
    return out


def _centred_goal_cells(rows: list[LogicalRow], col: int, grouping: list[int]) -> bool:
    """A goal column of a text layer printing merged cells centred on their rows: every cell opens a heading
    (`基本目標１ …`, its wrapped lines joined by `_goal_labels`), the cells fit centred on consecutive groups of the
    rows (`merged_left.centred_owners`), one at least with a line no row's other cells print on (between its rows'
    lines, or its wrapped last line there: `基本目標１ 地域の仕事を` / `つくる`), the first below the first row's
    lines and none of a group of two rows or more on the group's first line (a cell printed on its first row, as
    004's project sheets print theirs, reads as well top-aligned)."""
    labels = _goal_labels(rows, col)
    spans = [span for row in rows if (span := _row_span(row, grouping)) is not None]
    if not labels or not spans or not all(names_goal(text.splitlines()[0]) for text, _ in labels):
        return False
    owners = centred_owners(spans, [span for _, span in labels])
    if owners is None:
        return False
    printed = {line for span in spans for line in range(int(span.top), int(span.bottom) + 1)}
    groups = [[span for span, owner in zip(spans, owners, strict=True) if owner == n] for n in range(len(labels))]
    return any(line not in printed for _, span in labels for line in range(int(span.top), int(span.bottom) + 1)) \
        and labels[0][1].top > spans[0].bottom \
        and all(len(group) < 2 or span.top > group[0].top for (_, span), group in zip(labels, groups, strict=True))


def _goal_labels(rows: list[LogicalRow], col: int) -> list[tuple[str, Span]]:
    """The cells column `col` prints (text, lines), a cell's line that names no goal right under a cell that does
    joined to it (`基本目標１ 町の仕事を` / `つくる`, or a label alone over its title `基本目標２` / `…をつくる`:
    a merged goal cell's lines, which a text layer gives to the rows beside them). [] when a row's cell has no
    line."""
    labels: list[tuple[str, Span]] = []
    for row in rows:
        text = row.texts.get(col, "").strip()
        if not text:
            continue
        if col not in row.lines:
            return []
        span = Span(row.lines[col], row.lines[col] + len(text.splitlines()) - 1)
        if labels and span.top == labels[-1][1].bottom + 1 and not names_goal(text.splitlines()[0]) \
                and names_goal(labels[-1][0].splitlines()[0]):
            above, top = labels[-1]
            labels[-1] = (f"{above}\n{text}", Span(top.top, span.bottom))
        else:
            labels.append((text, span))
    return labels


def _unglued_department(row: LogicalRow, name_col: int, col: int) -> LogicalRow:
    """A grouping department printed on a line of its own above a row, which the text reader joined to the row's
    name (`企画課ふるさと納税の寄附件数` one line above the row's values): the department back in its column on its
    own line, the name on its values' line; flagged (a name may open with a department's name)."""
    name = row.texts.get(name_col, "").strip()
    others = [line for c, line in row.lines.items() if c != name_col and c != col and row.texts.get(c, "").strip()]
    if row.texts.get(col, "").strip() or "\n" in name or not others \
            or row.lines.get(name_col, min(others)) >= min(others):
        return row
    if (glued := department_prefix(name, grouped=True)) is None:
        return row
    department, rest = glued
    return replace(row, texts={**row.texts, col: department, name_col: rest},
                   lines={**row.lines, col: row.lines[name_col], name_col: min(others)}, doubtful=True)


def _row_span(row: LogicalRow, skip: list[int]) -> Span | None:
    """First and last text line of the row's cells outside the columns `skip`, None when it prints none there."""
    cells = [(row.lines[c], row.lines[c] + len(text.strip().splitlines()) - 1) for c, text in row.texts.items()
             if c not in skip and text.strip() and c in row.lines]
    return Span(min(top for top, _ in cells), max(bottom for _, bottom in cells)) if cells else None


def _centred_column(run: list[LogicalRow], col: int, grouping: list[int], name_col: int) -> list[LogicalRow]:
    """The run's rows each given the label of column `col` whose centred group holds them (see `centre_merged_left`).
    A row printing no name is a line of the row above it (its years, its wrapped cells) and shares its label; at the
    top of the run (under a header repeated on a new page) it is the rest of a row of the page before, which no
    label of this run spans: it neither takes the next row's label nor makes that row's own label look centred."""
    spans: list[tuple[list[int], Span]] = []  # the rows (a named one and its lines under it) of each table row
    for k, row in enumerate(run):
        if (span := _row_span(row, grouping)) is None:
            continue
        if row.texts.get(name_col, "").strip():
            spans.append(([k], span))
        elif spans:
            at, above = spans[-1]
            spans[-1] = ([*at, k], Span(above.top, max(above.bottom, span.bottom)))
    labels = _goal_labels(run, col)
    if not spans or not labels or labels[0][1].top <= spans[0][1].top:
        return run  # no label, or the first row prints its label: carried down as printed
    labels.sort(key=lambda label: label[1].top)
    owners = centred_owners([span for _, span in spans], [span for _, span in labels])
    if owners is None:
        return run
    bottom = bottom_owners([span for _, span in spans], [span for _, span in labels])
    out = list(run)
    for (at, _), owner, other in zip(spans, owners, bottom or owners, strict=True):
        text, span = labels[owner]
        for k in at:
            row = out[k]
            out[k] = replace(row, texts={**row.texts, col: text}, lines={**row.lines, col: int(span.top)},
                             doubtful=row.doubtful or other != owner)
    return out


#: An upright goal column prints at least this many characters one a line (a label and a title of two or more).
MIN_UPRIGHT_LINES = 3


_LONGEST_PREFIX = len(UPRIGHT_LABELS[0])


def join_upright_goals(rows: list[LogicalRow], layout: TableLayout) -> list[LogicalRow]:
    """A goal cell printed upright (vertical writing: `１` `稼` `ぐ` `ま` `ち` down a narrow merged cell beside its
    indicators) reaches a text layer one character a line, each indicator row taking the characters beside it.
    When every line a goal column prints is one character, each number line opens a goal whose title is the
    characters down to the next goal, and every row from that number's row on takes the whole goal
    (`１ 稼ぐまち`); a label prefix printed over the number (`基` `本` `目` `標` `２`, layouts 135) opens the goal with
    it, from the prefix's row on. Rows above the first goal keep what they print."""
    for role in GOAL_COLUMN_ROLES:
        for col in (c.index for c in layout.of(role)):
            lines = [[line.strip() for line in row.texts.get(col, "").splitlines() if line.strip()] for row in rows]
            printed = [line for row_lines in lines for line in row_lines]
            numbers = [nfkc(line).isdigit() for line in printed]
            if len(printed) < MIN_UPRIGHT_LINES or any(len(line) != 1 for line in printed) \
                    or not any(numbers) or all(numbers):
                continue  # not upright, or labels alone (`1`, `2`: read as they are)
            # each character with its row; a goal's label prefix printed over its number (`基` `本` `目` `標` `２`)
            # opens the goal with it, not the title above
            chars = [(i, line) for i, row_lines in enumerate(lines) for line in row_lines]
            starts = []
            for k, (_, line) in enumerate(chars):
                if nfkc(line).isdigit():
                    before = "".join(nfkc(c) for _, c in chars[max(0, k - _LONGEST_PREFIX):k])
                    prefix = next((len(p) for p in UPRIGHT_LABELS if before.endswith(p)), 0)
                    starts.append((k - prefix, k))
            goals: list[tuple[int, list[str]]] = []  # (first row of the goal, the goal's number and title)
            owner: list[int | None] = [None] * len(rows)
            for n, (start, number) in enumerate(starts):
                end = starts[n + 1][0] if n + 1 < len(starts) else len(chars)
                label = "".join(c for _, c in chars[start:number])  # kept: `施策１` is a goal part, `基本目標` is cut
                goals.append((chars[start][0], [label + chars[number][1]] + [c for _, c in chars[number + 1:end]]))
            for i in range(len(rows)):
                owned = [n for n, (first, _) in enumerate(goals) if first <= i]
                owner[i] = owned[-1] if owned else None
            texts = [f"{chars[0]} {''.join(chars[1:])}".strip() for _, chars in goals]
            for i, goal in enumerate(owner):
                if goal is not None:
                    rows[i] = replace(rows[i], texts={**rows[i].texts, col: texts[goal]})
    return rows


def without_list_label(name: str) -> str:
    """An indicator name without the circled number that opens it (`①観光案内所の利用者数`): the number labels
    the name in a list (layouts 36, one indicator a line), it is no part of the indicator's name."""
    return name[1:].strip() if name[:1] in CIRCLED_NUMBERS and name[1:].strip() else name


#: a row number a text layer joined to the name it numbers (`1ふるさと納税寄附額`, `2 町内宿泊施設の…`): one to three
#: digits, at most one space, then no digit, separator or percent sign (`3.5`, `10,000`, `20%` are values)
_GLUED_ROW_NUMBER = re.compile(r"^([0-9０-９]{1,3})[ \u3000]?(?=[^0-9０-９\s.,．，%％])")


def glued_row_numbers(names: list[str]) -> list[re.Match[str]] | None:
    """Where each of two names or more opens with a row number joined to it, the numbers counting up one by one
    (`1ふるさと納税寄附額`, `2 町内宿泊施設の…`): the number of each; None when the names are not so."""
    found = [_GLUED_ROW_NUMBER.match(name.strip()) for name in names]
    matches = [match for match in found if match]
    if len(names) < 2 or len(matches) != len(names):
        return None
    counted = [int(nfkc(match.group(1))) for match in matches]
    return None if any(b != a + 1 for a, b in pairwise(counted)) else matches


def numbers_glued_to_names(rows: list[LogicalRow], layout: TableLayout) -> list[LogicalRow]:
    """The rows with their row numbers back in the number column (`No.`), where a text layer joined each number to
    its name (pdfplumber, or aligned text one space apart: `1ふるさと納税寄附額`): only when the number column is
    empty in every row, every row's name opens with a number, and the numbers count up one by one over two rows
    at least. A name opening with a number of its own (`3歳児健康診査受診率`) breaks the count and stays whole."""
    numbers = layout.of(NUMBER)
    names = layout.of(NAME)
    # the `No.` header and the name's printed as one header text over one column (`NO KPI`): the numbers go
    merged = bool(names) and not numbers and numbered_name_header(names[0].header)
    if not numbers and not merged:
        return rows
    name_col = names[0].index
    number_col = numbers[0].index if numbers else None
    body = [row for row in rows if row.section is None]
    if number_col is not None and any(row.texts.get(number_col, "").strip() for row in body):
        return rows
    found = glued_row_numbers([row.texts.get(name_col, "") for row in body])
    if found is None:
        return rows
    glued = {id(row): match for row, match in zip(body, found, strict=True)}
    return [replace(row, texts={**row.texts, **({number_col: match.group(1)} if number_col is not None else {}),
                                name_col: row.texts[name_col].strip()[match.end():].strip()})
            if (match := glued.get(id(row))) else row for row in rows]


def numbered_name_header(header: str) -> bool:
    """A header text opening with a row-number word before the name's (`NO KPI`, `番号 指標名`): two columns' headers
    a text layer printed as one."""
    words = nfkc(header).split()
    return len(words) >= 2 and header_role(words[0]) == NUMBER and header_role(" ".join(words[1:])) == NAME


def split_numbered(row: LogicalRow, layout: TableLayout) -> list[LogicalRow]:
    """A row whose name cell lists several indicators on lines of their own, each opening with a circled number
    (`①観光案内所の利用者数` / `②…`, layouts 36) or all with one bullet mark (`・新規就農者数` / `・…`, 265), and whose
    value cells print as many lines: one row per indicator. Any other row is returned whole."""
    name_col = layout.of(NAME)[0].index
    names = [line.strip() for line in row.texts.get(name_col, "").splitlines() if line.strip()]
    if row.section is not None or len(names) < 2:
        return [row]
    listed = (all(n[0] in CIRCLED_NUMBERS for n in names)
              or (names[0][0] in BULLET_MARKS and all(n[0] == names[0][0] for n in names)))
    return _row_per_line(row, layout, name_col, names) if listed else [row]


def split_segments(row: LogicalRow, layout: TableLayout) -> list[LogicalRow]:
    """A row whose kind column lists segments or roles on lines of their own (`男性` / `女性`, `目標` / `実績`: a
    text layer that gathered the label lines of one name into one row, layouts 38 and 84), or whose member column
    lists members so (`鷹見市` / `山吹川町`, layouts 71), and whose value cells print as many lines: one row per
    label, each under the row's name (read as that indicator's segment or role rows). Any other row is returned
    whole."""
    kinds = [c.index for c in layout.of(KIND) if row.texts.get(c.index, "").strip()]
    members = [c.index for c in layout.of(MEMBER) if row.texts.get(c.index, "").strip()]
    if row.section is not None or len(kinds) + len(members) != 1:
        return [row]
    kinds = kinds or members
    labels = [line.strip() for line in row.texts[kinds[0]].splitlines() if line.strip()]
    # role labels too (`目標` / `実績` beside one name centred between them, layouts 84 -layout)
    if len(labels) < 2 or not (members or all(segment_label(label) or row_role_word(label) for label in labels)):
        return [row]
    return _row_per_line(row, layout, kinds[0], labels)


def _row_per_line(row: LogicalRow, layout: TableLayout, col: int, labels: list[str]) -> list[LogicalRow]:
    """One row per label, the label in column `col`, when every filled value cell prints as many lines as there are
    labels, each row taking its line of each; else the row whole (`split_numbered`, `split_segments`)."""
    columns = [c.index for c in layout.of(VALUE) if row.texts.get(c.index, "").strip()]
    lines = {c: [line.strip() for line in row.texts[c].splitlines() if line.strip()] for c in columns}
    if not columns or any(len(found) != len(labels) for found in lines.values()):
        return [row]
    return [replace(row, texts={**row.texts, col: label, **{c: lines[c][i] for c in columns}})
            for i, label in enumerate(labels)]


def _label_line(row: LogicalRow, layout: TableLayout) -> int | None:
    """The text line of the row's own label when it prints one beside values: a member (`山吹川町`, `圏域全体`) or
    a segment (`女性`) in a kind column. None otherwise."""
    if row.section is not None or not any(row.texts.get(c.index, "").strip() for c in layout.of(VALUE)):
        return None
    for column in [*layout.of(MEMBER), *layout.of(KIND)]:
        text = row.texts.get(column.index, "").strip()
        if text and "\n" not in text and (column.role == MEMBER or segment_label(text) or _part_cell(text)):
            return row.lines.get(column.index)
    return None


def _part_cell(text: str) -> bool:
    """A kind-column cell naming a part of the indicator (`日帰り`, `計`, layouts 89): a label that is no kind, no
    generic kind word and no value role (a name cell merged down over its part rows prints once in a text layer)."""
    return not (kind_of(text) or compact(text) == GENERIC_KIND or row_role_word(text)) and part_label(text) is not None


def _name_only(row: LogicalRow, name_col: int) -> bool:
    """The row prints a name and nothing else (a merged name cell centred between two label rows)."""
    return bool(row.texts.get(name_col, "").strip()) and not any(
        text.strip() for col, text in row.texts.items() if col != name_col)


def name_member_groups(rows: list[LogicalRow], layout: TableLayout) -> list[LogicalRow]:
    """Label rows of a text layer (one member or segment a line, with its values) under a name cell merged down
    over them: the name prints once, centred on the merged cell (on the middle row, or on a line of its own between
    the two middle rows), and the other rows print no name (layouts 71, `鷹見市` / `移住相談件数 山吹川町` /
    `葛ノ葉村`). In a run of such rows the groups are found so that each name stands at the centre of its group
    (by text line), covering the run exactly; the rows without name take their group's name, flagged as guessed
    (a top-aligned merged cell could print the same lines). A run that no such split covers is left as it is (its
    nameless rows are rejected)."""
    name_col = layout.of(NAME)[0].index
    out: list[LogicalRow] = []
    i = 0
    while i < len(rows):
        run: list[tuple[int, LogicalRow]] = []  # (line, row) of label rows and name-only rows
        j = i
        while j < len(rows):
            line = _label_line(rows[j], layout)
            if line is None and _name_only(rows[j], name_col):
                line = rows[j].lines.get(name_col)
            if line is None:
                break
            run.append((line, rows[j]))
            j += 1
        if not run:
            out.append(rows[i])
            i += 1
            continue
        out += _named_run(run, name_col, layout) or [row for _, row in run]
        i = j
    return out


def _named_run(run: list[tuple[int, LogicalRow]], name_col: int, layout: TableLayout) -> list[LogicalRow] | None:
    """The run's label rows each under its group's name (see `name_member_groups`), or None when nothing needs a
    name or no split puts every name at the centre of its group."""
    def named(row: LogicalRow) -> bool:
        return bool(row.texts.get(name_col, "").strip())

    def label(k: int) -> bool:
        return _label_line(run[k][1], layout) is not None

    if all(named(row) for _, row in run if _label_line(row, layout) is not None):
        return None
    out: list[LogicalRow] = []
    start = 0
    for n, (centre, owner) in enumerate(run):
        if not named(owner):
            continue
        if n < start or not label(start):
            return None
        end = next((e for e in range(n, len(run)) if run[e][0] == 2 * centre - run[start][0]), None)
        if end is None or not label(end) or any(named(run[k][1]) for k in range(start, end + 1) if k != n):
            return None
        for k in range(start, end + 1):
            row = run[k][1]
            if k == n and not label(k):
                continue  # the name printed on a line of its own: given to the rows around it
            if k != n:
                row = replace(row, texts={**row.texts, name_col: owner.texts[name_col]},
                              lines={**row.lines, name_col: owner.lines.get(name_col, run[k][0])}, name_guessed=True)
            out.append(row)
        start = end + 1
    return out if start == len(run) else None


def _years_first(years: list[Column], values: list[Column]) -> bool:
    """More year columns have a value column of their role only right after them than only right before them
    (`中間目標年度 | 中間目標 | 目標年 | 目標値`: the first decides what the second, between two, means)."""
    at = {c.index: parse_header(c.header)[0] for c in values}

    def beside(year: Column, step: int) -> bool:
        role = parse_header(year.header)[0]
        return year.index + step in at and role in (None, at[year.index + step])

    after = sum(1 for y in years if beside(y, 1) and not beside(y, -1))
    return after > sum(1 for y in years if beside(y, -1) and not beside(y, 1))


def _year_from_name(name: str, values: dict[int, str], value_columns: Sequence[Column], role: str | None) -> str:
    """The name without its closing bracketed year, that year given to the row's value of `role` (printed as if the
    cell said `824人（R4）`), under a name header naming the role's year column (`name_header_dates`); the name as
    it is otherwise (no such header, no year alone in the bracket, no value of that role in the row)."""
    found = _NAME_UNIT.match(nfkc(name).strip()) if role is not None else None
    if found is None or parse_period(found.group("unit").strip()) is None:
        return name
    column = next((c.index for c in value_columns if parse_header(c.header)[0] == role and values.get(c.index)), None)
    if column is None:
        return name
    values[column] = f"{values[column]}({found.group('unit').strip()})"
    return _cut_bracket(name)


def _period_columns(layout: TableLayout, bare: Sequence[Column] = ()) -> dict[int, int]:
    """Value column → the column of its values' years (`基準値 | 基準年度`, layouts 35): the nearest year column
    after it for the same role. A table whose first year column stands before its first value column printing no
    year in its header prints each year before its values (`基準年度 | 基準値 | 目標年度 | 目標値`, layouts 199): the
    value column right after a year column, of its role (or of any, under a year column naming none, `年度`), is
    that year's; so too when more year columns stand right before a value column of their role than right after
    one (`_years_first`). Otherwise a year column
    without a value column of its role before it dates the nearest one after it. `bare`: columns headed by the
    year alone (`年度`) that are year columns of the same table too (`年度 | 当初値 | … | 年度 | 中間目標値 | 目標年度 |
    目標値`: each year before its values, the bare ones of no role)."""
    pairs: dict[int, int] = {}
    years, values = sorted([*layout.of(PERIOD), *bare], key=lambda c: c.index), layout.of(VALUE)
    # (value columns whose header prints their year need no year column: `R2年度 | … | 年度 | 中間目標 | 目標年度 |
    # 目標`, the first undated value column is the one after the first year column)
    undated = [c for c in values if parse_header(c.header)[1] is None] or values
    if years and values and (years[0].index < undated[0].index or _years_first(years, values)):
        for year in years:
            role = parse_header(year.header)[0]
            after = next((c for c in values if c.index > year.index), None)
            if after is not None and not any(year.index < y.index < after.index for y in years) \
                    and role in (None, parse_header(after.header)[0]):
                pairs[after.index] = year.index
        return pairs
    for year in years:
        role = parse_header(year.header)[0]
        of_role = [c.index for c in values if parse_header(c.header)[0] == role]
        before = [index for index in of_role if index < year.index]
        after = [index for index in of_role if index > year.index]
        value = before[-1] if before else after[0] if after else None
        if value is not None and value not in pairs:
            pairs[value] = year.index
    return pairs


_YEAR_COLUMN_KEYS = {compact(w) for w in YEAR_COLUMN_HEADERS}


def _bare_year_columns(layout: TableLayout, rows: list[LogicalRow], least: int = 2) -> list[Column]:
    """The columns headed by the year alone (`年度`, YEAR_COLUMN_HEADERS) that print a year in every row printing
    one, at least `least` rows (a bare number there, `2017`, read with the header's year word: `2017年度`)."""
    found = []
    for column in layout.of(OTHER):
        printed = [nfkc(text) for row in rows if (text := row.texts.get(column.index, "").strip())]
        word = nfkc(column.header).strip()
        if compact(column.header) in _YEAR_COLUMN_KEYS and len(printed) >= least and all(
                parse_period(text) or (text.isdigit() and parse_period(text + word)) for text in printed):
            found.append(column)
    return found


def _year_column(layout: TableLayout, rows: list[LogicalRow]) -> dict[int, int]:
    """Value column → the column of its row's year, for every value column, when a column headed by the year alone
    (`年度`, YEAR_COLUMN_HEADERS) prints a year in every row that prints one (`R3`, `R4`, …): a table in long form,
    one row per indicator and year (layouts 190). Not by the header alone: the last glyphs of year headers written
    vertically (`年` / `度`, layouts 158) head value columns."""
    found = [c.index for c in _bare_year_columns(layout, rows)]
    # A value column whose header prints its own year keeps it; with several year columns (`年度 | 基準値 | … |
    # 年度 | 目標値`, each year before the values it dates) a value column takes the nearest one before it.
    # A column headed by the year alone that prints something else in a row (`4 令和7年度`: a value run into the
    # year) is no year column, but it still stands between the values before and after it: those after it are not
    # the found column's years.
    undated = [c.index for c in layout.of(VALUE) if parse_header(c.header)[1] is None]
    headed = [c.index for c in layout.of(OTHER) if compact(c.header) in _YEAR_COLUMN_KEYS]
    if len(found) == 1 and headed == found:
        return dict.fromkeys(undated, found[0])
    return {c: before[-1] for c in undated if (before := [y for y in headed if y < c]) and before[-1] in found}


def _year_blocks(rows: list[LogicalRow], name_col: int, year_cols: list[int]) -> dict[int, tuple[str, bool]]:
    """Row index → (the indicator's name, whether the row goes on with the indicator of the row above) in a table in
    long form whose name cell is merged down over the indicator's year rows: a text layer prints the name once, on
    the first of its rows (`pdftotext -raw`: the name and department on a line of their own) or centred on them
    (`-layout`, pdfplumber: `R3 …` / `新規創業件数 R4 …` / `R5 …`, layouts 190). The rows of one indicator print
    rising years; a year not after the one above, or a second name, opens the next indicator. Only blocks that hold
    exactly one name are given: a block without one (a single year per indicator) says nothing."""
    def year(row: LogicalRow) -> str | None:
        printed = [period for c in year_cols if (period := parse_period(nfkc(row.texts.get(c, "").strip())))]
        return printed[0] if printed else None

    blocks: list[list[int]] = []
    last: str | None = None
    named = False
    for i, row in enumerate(rows):
        if row.section is not None:
            blocks.append([])
            last, named = None, False
            continue
        own, name = year(row), bool(row.texts.get(name_col, "").strip())
        if not blocks or (own is not None and last is not None and own <= last) or (name and named):
            blocks.append([])
            last, named = None, False
        blocks[-1].append(i)
        last = own or last
        named |= name
    out: dict[int, tuple[str, bool]] = {}
    for block in blocks:
        names = [text for i in block if (text := rows[i].texts.get(name_col, "").strip())]
        if len(names) == 1 and len(block) > 1:
            out.update({i: (names[0], n > 0) for n, i in enumerate(block)})
    return out


def goal_line_widths(grid: Grid, columns: list[int]) -> dict[str, int]:
    """Each line a goal column of `grid` prints → the display width of that column's widest line (the least, for a
    line printed in several columns)."""
    lines: dict[int, list[str]] = {c: [] for c in columns}
    for cell in grid.cells:
        if cell.col in lines:
            lines[cell.col] += [line.strip() for line in cell.text.split("\n") if line.strip()]
    widths: dict[str, int] = {}
    for printed in lines.values():
        widest = max((display_width(line) for line in printed), default=0)
        for line in printed:
            widths[line] = min(widths.get(line, widest), widest)
    return widths


def goal_may_go_on(text: str, widths: dict[str, int]) -> bool:
    """A goal text's last line fills its column (as wide as the column's widest line, `goal_line_widths`), or is
    printed in no goal column: the cell may go on in a line read elsewhere. Narrower, the cell ended there (a wrapped
    cell's lines but its last fill the column)."""
    last = text.strip().split("\n")[-1].strip()
    return last not in widths or display_width(last) >= widths[last]


def _goal_columns(layout: TableLayout) -> list[tuple[str, list[int]]]:
    """Each goal role with its columns: a goal label split over two cells (`2⇥ひとの創生`) stands in two columns."""
    return [(role, [c.index for c in layout.of(role)]) for role in GOAL_COLUMN_ROLES if layout.of(role)]


def _goal_text(row: LogicalRow, cols: list[int]) -> str:
    return " ".join(text for col in cols if (text := row.texts.get(col, "").strip()))


_PLAIN_LABEL = re.compile(r"^(\d+)\s+(\S.*)$", re.S)


def _column_levels(role: str, headings: list[tuple[int, str]], levels: dict[int, str]) -> list[tuple[int, str]]:
    """Headings of a goal column at the column's level: a sub-goal column printing `1 安定した雇用の創出` (numbered
    within its basic goal) under basic goal `1 しごとの創生` gives `1-1 安定した雇用の創出`."""
    level_of_role = ROLE_LEVELS.get(role)
    out = []
    for level, line in headings:
        plain = _PLAIN_LABEL.match(nfkc(line))
        if level_of_role is not None and level_of_role > level and plain:
            level = level_of_role
            parent = _PLAIN_LABEL.match(nfkc(levels.get(level - 1, "")))
            if parent and level == 1:
                line = f"{parent.group(1)}-{plain.group(1)} {line.strip()[len(plain.group(1)):].strip()}"
        out.append((level, line))
    return out


#: A grade's definition in a legend (`Ａ：目標達成`, NFKC `A:目標達成`): a grade mark or a progress label
#: (`達成：目標を達成`, `やや遅れ・遅れ：…`), a joiner, its meaning; the legend's label may open it
#: (`達成状況　◎：R5目標を達成`, a text layer joining the label to the first definition), in caption brackets or
#: not (`【進捗】●：順調に推移している`).
_BRACKETS = re.escape(nfkc(CAPTION_BRACKETS))
_PROGRESS_LABELS = {nfkc(word) for word in PROGRESS_HEADER_WORDS}
#: The labels a progress column prints (`順調`, `やや遅れ`, `達成`): never an indicator's name.
_PROGRESS_MARKS = {nfkc(label) for label in PROGRESS_LABELS}
_MARK = "|".join(map(re.escape, longest_first([*GRADE_MARKS, *map(nfkc, PROGRESS_LABELS)])))
_GRADE_DEFINITION = re.compile(rf"^(?:[{_BRACKETS}]?(?:{'|'.join(map(re.escape, map(nfkc, PROGRESS_HEADER_WORDS)))})"
                               rf"[{_BRACKETS}]?\s*)?"
                               rf"(?:{_MARK})(?:[・、](?:{_MARK}))*\s*"
                               rf"(?:{'|'.join(map(re.escape, {nfkc(j) for j in GRADE_DEFINITION_JOINERS}))})\s*\S")


def grade_definition(text: str) -> bool:
    """A grade's definition in a legend (`Ａ：目標達成`, `達成：目標を達成`), its label maybe before it."""
    return bool(_GRADE_DEFINITION.match(nfkc(text).strip()))


def legend_texts(texts: list[str]) -> bool:
    """The texts of a line are the grade legend under a table (`評価 A：目標を達成 B：概ね順調 …`): grade definitions,
    the progress column's label maybe before them. A text reader's line like a row of the table, but none."""
    return len(texts) >= 2 and all(grade_definition(t) for t in texts[1:]) and (
        grade_definition(texts[0]) or header_role(texts[0]) == PROGRESS)


def _legend_line(grid: Grid, row: int, name_cols: list[int]) -> bool:
    """The row is the grade legend under the table: a name cell that is a grade definition, or that is the progress
    column's label (`進捗`) with the definitions in the cells beside it (`達成：目標を達成`, a legend laid out like
    a row of the table)."""
    names = [nfkc(grid.text_at(row, c) or "").strip() for c in name_cols]
    if any(map(grade_definition, names)):
        return True
    return any(name.strip(nfkc(CAPTION_BRACKETS) + " ") in _PROGRESS_LABELS for name in names) and any(
        grade_definition(text) for text in row_texts(grid, row))


#: Goal-column roles that print each row's measure (a `具体的な施策` column): the rows are the measures' indicators.
MEASURE_COLUMN_ROLES = ("measure", "activity")


def indicator_rows(grid: Grid, layout: TableLayout, start: int, context: TableContext
                   ) -> tuple[list[IndicatorRow], list[Reject]]:
    """Read the body of one grid. Goal-column cells that are empty (a table continued from the previous page)
    take the text carried over in `context.carried`, which this updates for the next part of the table."""
    name_col = layout.of(NAME)[0].index
    header_kind = kind_of(layout.of(NAME)[0].header)
    # a kind column whose merged cells a text layer printed before the rows, read into the header band (`活動` /
    # `指標` / `成果` / `指標` over `指標名`: the header names two kinds): which rows each holds the text does not say
    kinds_unplaced = bool(layout.of(KIND)) and len({kind_of(c.header) for c in layout.columns} - {None}) > 1
    # the kind the headings that own the table give (a measure column: each row's measure heading), for rows no
    # caption, header word nor title names one
    owned = owner_kind(context.goal, context.under_measure or any(layout.of(role) for role in MEASURE_COLUMN_ROLES))
    sub_cols = _sub_name_columns(layout)
    goal_columns = _goal_columns(layout)
    goal_widths = goal_line_widths(grid, [c for _, cols in goal_columns for c in cols])
    value_columns = layout.of(VALUE)
    years_of = _period_columns(layout)
    # `指標名（基準年度）`: each name's closing `（R4）` is its baseline's year (`name_header_dates`)
    name_dates = name_header_dates(layout.of(NAME)[0].header)
    #: columns whose text a nameless row may hold without losing anything: goal cells (carried to the rows below)
    #: and row numbers
    unread_cols = {c.index for c in layout.columns if c.role in (*GOAL_COLUMN_ROLES, NUMBER)}
    #: a department column before the names groups the rows (a list sorted by department, its cell merged down over
    #: its rows): a text layer prints the cell once, and the rows below it are the department's until the next one
    grouping = [c.index for c in layout.of("department") if c.index < name_col]
    out: list[IndicatorRow] = []
    rejects: list[Reject] = []
    section: str | None = context.carried.get("section")

    def ref(row: LogicalRow, col: int) -> SourceRef:
        return SourceRef(context.source_file, page=grid.page, line=row.lines.get(col) or _first_line(row))

    grid = labels_before_titles(titles_beside_labels(
        units_beside_values(labelled_values_home(fill_role_rows(grid, layout, start), layout, start), layout, start),
        layout, start), layout, start)
    if grid.delimited:
        grid, rejects = fit_to_header(grid, layout, start, context)
    rows = [part for row in numbers_glued_to_names(logical_rows(grid, layout, start), layout)
            for numbered in split_numbered(row, layout) for part in split_segments(numbered, layout)]
    rows = centre_merged_left(join_upright_goals(fill_goal_groups(rows, layout), layout), layout, context.carried)
    if grid.line_rows:
        rows = join_split_kinds(rows, layout)
    if grid.line_rows:
        rows = name_member_groups(name_sub_rows(rows, layout), layout)
    long_form = not years_of and bool(years_of := _year_column(layout, rows))
    if not long_form and years_of and (bare := _bare_year_columns(layout, rows, least=1)):
        # `年度` columns beside the role's year columns (`目標年度`): year columns too, of no role (one row is
        # enough: the role's year columns tell the table prints its years apart)
        years_of = _period_columns(layout, bare)
    blocks = _year_blocks(rows, name_col, sorted(set(years_of.values()))) if long_form else {}
    # a 単位 column some row fills: a row leaving it empty beside bare numbers lost its unit (a text layer that drops
    # glyphs, pypdfium2 on a filled cell) or has none; which, the text does not say
    units_printed = any(_column_text(row, layout, UNIT) for row in rows)
    # `基準値（人）`: a value header printing a unit alone in brackets counts the bare numbers under it (a table whose
    # indicators share one unit); a row's own unit (unit column, bracket after its name) comes first
    headed_units = {c.index: header_unit(c.header) for c in value_columns}
    # text in a column without header between goal columns and the names (a goal's title a text layer printed apart
    # from its label, `施策３` | `子育て支援の充`): a goal's or measure's text the goal path does not hold
    goals_apart = bool(goal_columns) and any(
        row.texts.get(c.index, "").strip() for row in rows for c in layout.of(OTHER)
        if not c.header.strip() and min(cols[0] for _, cols in goal_columns) < c.index < name_col)
    off = set() if grid.line_rows else _names_off_values(rows, name_col, [c.index for c in value_columns])
    later: list[tuple[int, str]] = []  # headings a row's cells printed after one of their level (`_run_together`)
    for i, row in enumerate(rows):
        if i == 0 and context.last_row is not None and _continues_row(grid, row, layout, context.last_row):
            unplaced = _continue_row(grid, context.last_row, row, layout, context)
            rejects += _unrecognised(row, layout, ref)
            rejects += [Reject(ref(row, c), one_line(row.texts[c]), "a broken row's value line whose value the row "
                               "above does not print") for c in unplaced]
            continue
        if row.section is not None:
            section = row.section
            context.carried["section"] = section
            continue
        if not any(row.texts.get(c.index, "").strip() for c in value_columns) and i + 1 < len(rows) \
                and breakdown_segment(rows[i + 1].texts.get(name_col, "").strip()):
            row.texts[name_col] = _name_before_grade(row.texts.get(name_col, ""), bool(layout.of(UNIT)))
        year_run_in = _year_off_name(row, name_col, {*years_of.values(), *(
            c.index for c in layout.columns if compact(c.header) in _YEAR_COLUMN_KEYS)})
        name, definition = name_and_definition(without_list_label(row.texts.get(name_col, "").strip()))
        breakdown = breakdown_segment(name) if out else None
        # a segment label alone as the first row's name (`男性` | `79.6歳`: a text layer that printed a two-segment
        # cell's first line before its name, layouts 161), or right under a band (a goal heading, or a parent row a
        # reader took for one): no indicator of its band stands above it to take it, a guess
        orphan = (not out or (i > 0 and rows[i - 1].section is not None)) and breakdown_segment(name) is not None
        if breakdown:
            name = out[-1].name  # `内訳　小学生`, `うち女性`: a segment of the indicator above
        members = [c for c in layout.of(MEMBER) if row.texts.get(c.index, "").strip()]
        member = member_segment(row.texts[members[0].index]) if members else None
        sub = _sub_indicator(row, name_col, sub_cols, rows[max(i - 1, 0):i + 2])
        values = {c.index: row.texts.get(c.index, "").strip() for c in value_columns}
        for value_col, year_col in years_of.items():
            year = row.texts.get(year_col, "").strip()
            if year and values.get(value_col):
                values[value_col] = f"{values[value_col]}({year})"  # the value printed with its own year
        name = _year_from_name(name, values, value_columns, name_dates)
        # a row of values and its year under a named row, no name of its own: the next year of the indicator above,
        # its name cell merged down over its year rows (a table in long form, layouts 190); in a text layer the
        # merged name may stand centred on its rows, below its first (`-layout`): whose the row is, a guess
        dated = not name and bool(out) and any(values.values()) and any(
            row.texts.get(c, "").strip() for c in set(years_of.values()))
        # the rows of one indicator's years, their years rising, the one name among them printed on any of them
        # (`_year_blocks`): whose each row is, the years say; the first row of the block opens the indicator
        blocked = blocks.get(i)
        guessed = dated and blocked is None
        if blocked is not None:
            name, dated = blocked
        elif dated:
            name = out[-1].name
        if grade_definition(name):
            rejects.append(Reject(ref(row, name_col), one_line(" | ".join(row.texts.values())),
                                  "a grade legend under the table, not an indicator"))
            continue
        if nfkc(name).strip(nfkc(CAPTION_BRACKETS) + " ") in _PROGRESS_LABELS:
            # `評価 | B | 今後の方向性 | …` closing an evaluation box under its KPI rows: a form's label row
            rejects.append(Reject(ref(row, name_col), one_line(" | ".join(row.texts.values())),
                                  "a progress label's row under the table (an evaluation form), not an indicator"))
            continue
        if nfkc(name).strip() in _PROGRESS_MARKS and any(values.values()):
            # a progress column's label read as the name (`やや遅れ` | `64.5`: the name column printed after the
            # progress column, one column taken for the other): whose the values are, the row does not say
            rejects.append(Reject(ref(row, name_col), one_line(" | ".join(row.texts.values())),
                                  "a progress label read as the row's name (its columns misread), not an indicator"))
            continue
        if grid.line_rows and name and not any(values.values()) and not any(
                text.strip() for col, text in row.texts.items() if col != name_col) and not (
                i + 1 < len(rows) and breakdown_segment(rows[i + 1].texts.get(name_col, "").strip())):
            # a line of text alone in a text table (a heading, a note): kept as a reject as printed (a sentence after
            # the first is no definition of a name here), not made an indicator; over a segment's row (`男性` …) it
            # is the name of the indicator whose segments follow
            rejects.append(Reject(ref(row, name_col), one_line(row.texts[name_col]), "text without values in a table"))
            continue
        if not name:
            if any(values.values()):
                raw = one_line(" | ".join(row.texts.values()))
                rejects.append(Reject(ref(row, name_col), raw, "value row without indicator name"))
            elif grouping and (own := _column_text(row, layout, "department")) and not any(
                    text.strip() for col, text in row.texts.items() if col not in grouping):
                context.carried["department"] = own  # the grouping department on a line of its own
            else:
                # goal headings on a line of their own (a text layer prints `1 しごとの創生` / `1-1 安定した雇用の創出`
                # above the first row of the goal): the rows below belong to them, as to a heading over the table
                for role, cols in goal_columns:
                    if headings := _headings(own := _goal_text(row, cols), context.levels):
                        context.carried[role] = own
                        _set_levels(context.levels, levels := _column_levels(role, headings, context.levels))
                        if _same_level_headings(own):
                            # goals of one level printed one after the other with no row between (a goal column
                            # written upright, its cells printed above the rows: `pdftotext -raw`): which rows are
                            # whose the text does not say; the rows under the last one are flagged
                            context.carried[_doubted(role)] = levels[-1][1]
                    elif own and all(compact(_goal_text(below, cols)) != compact(own) for below in rows[i + 1:i + 2]):
                        # a goal cell without a heading number on a row of its own (not a merged cell the next row
                        # prints again): which rows it spans the text does not say; seen, not dropped
                        rejects.append(Reject(ref(row, cols[0]), one_line(own), NAMELESS_GOAL_CELL))
                # a department, reason or note without a name to belong to (goal cells are carried below)
                if stray := [c for c, text in sorted(row.texts.items()) if text.strip() and c not in unread_cols]:
                    raw = one_line(" | ".join(row.texts[c] for c in stray))
                    rejects.append(Reject(ref(row, stray[0]), raw, "cells of a row without indicator name"))
            continue
        row_kind = None
        # a goal cell opening with the end of a heading no row above could take back, or goal cells placed by a guess
        goal_doubt = (grid.goals_guessed and not grid.goals_guessed_by_width) or goals_apart
        plain: list[tuple[float, str]] = []  # (level of its column, text) of goal cells that are no headings
        printed: list[tuple[int, int, str]] = []  # (line, level, heading) of the headings this row's cells print
        # a heading the row above printed after another of its level (`_run_together`) is this row's
        carried_over = later[0] if later else None
        later.clear()
        took_over = carried_over is not None
        if carried_over:
            _set_levels(context.levels, [carried_over])
            goal_doubt = True
        for n, (role, cols) in enumerate(goal_columns):
            own, ran_in = _kind_ran_in(_goal_text(row, cols))
            row_kind = row_kind or ran_in
            if took_over and not own and _headings(context.carried.get(role, ""), context.levels):
                continue  # the cell above printed it: its headings are set, the carried-over one last
            if carried_over and own and context.levels.get(carried_over[0]) == carried_over[1]:
                # the lines of this row's cell before its first heading: that heading's title wrapped
                tail, own = _before_heading(own)
                if tail:
                    context.levels[carried_over[0]] = f"{carried_over[1]}\n{tail}"
                    carried_over = None
                if not own:
                    continue
            tail, rest = _heading_tail_lines(own)
            carried = context.carried.get(role, "")
            if not tail and own and _goes_on_above(own, row, rows[i - 1] if i else None, cols, carried):
                tail, rest = own, ""  # the rest of the heading cell above, printed beside this row's lines
            if tail and _give_tail(tail, out[-1] if out else context.last_row, carried):
                own = rest
                if not rest:  # the heading goes on here: this row is under the whole of it too
                    context.carried[role] = joined = f"{carried}\n{tail}"
                    context.levels.update({lvl: joined for lvl, text in context.levels.items() if text == carried})
            goal_doubt |= (bool(tail) and own != rest) or _same_level_headings(own)
            own_headings = _headings(own, context.levels) if own else []
            new = bool(own) and own != context.carried.get(role, "") and not kind_of(own)
            if new:
                context.carried.pop(_doubted(role), None)
            if own and not own_headings and (own_headings := _under_complete_heading(role, own, context.levels)) \
                    and new:
                _title_in_doubt(context, role, own_headings[0], out[-1] if out else context.last_row)
            if new:
                # an outer goal column prints another goal: the inner goals carried down end with it
                _end_inner_goals(context, goal_columns[n:], None if own_headings else _plain_level(role, own))
            text = own or context.carried.get(role, "")
            context.carried[role] = text
            if not text:
                continue
            if kind_of(text):
                row_kind = kind_of(text)  # `数値目標` printed in the measure column: a kind, not a goal
                continue
            if own_headings or (not own and (_headings(text, context.levels)
                                             or _under_complete_heading(role, text, context.levels))):
                # goal headings stacked in one column, or one heading per goal column (set where the cell prints them)
                if own_headings:
                    own_headings = _column_levels(role, own_headings, context.levels)
                    if new and row.lines.get(cols[0], 0) < row.lines.get(name_col, 0):
                        # printed on a line of its own above the row's name (a merged cell's text)
                        _flag_row_between(out[-1] if out else None, own_headings, context.levels)
                    _set_levels(context.levels, own_headings)
                    printed += _printed_at(own, row.lines.get(cols[0], 0), own_headings)
                continue
            plain.append((_plain_level(role, text), text))
        if run_together := _run_together(printed):
            # two rows' goal cells run together (a text layer printing a merged cell's lines between the rows'):
            # the row keeps the heading printed first, the next row the one printed after it (with the lines its
            # own cell prints before a heading: that heading's title wrapped)
            _set_levels(context.levels, run_together[:1])
            later += run_together[1:]
            goal_doubt = True
        # a title whose place is in doubt (`_title_in_doubt`), while it stands in the path
        goal_doubt |= any(context.carried.get(_doubted(role)) in context.levels.values() for role, _ in goal_columns)
        if grid.goals_guessed and grid.goals_guessed_by_width:
            # a sheet's goal cells placed beside the rows' lines: a goal text of the row's path whose last line fills
            # its column may go on in a line the reader placed elsewhere (`2-2 地域を担う人材の育` / `成`)
            goal_doubt |= any(goal_may_go_on(text, goal_widths) for text in
                              [*context.levels.values(), *(text for _, text in plain)])
        # goal columns name the goal path from their level down: headings above the table give only the levels above;
        # a plain goal cell stands at its column's level, above the headings of inner columns (`しごとの創生 / ①…`)
        above = context.goal[:min(context.levels)] if context.levels else context.goal
        inner = sorted([*context.levels.items(), *plain], key=lambda item: item[0])
        parts = [*([section] if section else []), *above, *(text for _, text in inner)]
        role_word = segment = part = None
        total = rate = False
        # the name cell merged down over this row and a neighbour (ruled grids print the merged text in each row)
        # (a text layer prints it once: `name_member_groups` gave it to the rows around, flagged as guessed)
        around = [other for other in rows[max(i - 1, 0):i + 2]
                  if compact(other.texts.get(name_col, "")) == compact(name)]
        shared_name = len(around) >= 2 and (not grid.line_rows or any(other.name_guessed for other in around))
        for column in layout.of(KIND):
            text = row.texts.get(column.index, "").strip()
            if text and (kind_of(text) or compact(text) == GENERIC_KIND):
                row_kind = kind_of(text) or GENERIC_KIND  # a kind column may print the bare generic `指標`
            elif text and row_role_word(text):
                role_word = row_role_word(text)  # `目標` / `実績` labels the row's values, not its kind
            elif text and compact(text) in _RATE_LABELS:
                rate = True  # `達成率` under the `実績` row of a merged name: the rates are progress, no value
            elif text and segment_label(text):
                segment = segment_label(text)  # `男性` / `女性`: the row's values are that segment's
            elif text and shared_name and is_total_row(text):
                total = True  # `計` under the parts of a merged name: the indicator's own value, no segment
            elif text and shared_name:
                part = text  # `日帰り` / `宿泊` under a merged name: a part, read as a segment, flagged (unknown label)
            elif text:
                rejects.append(Reject(ref(row, column.index), one_line(text), "kind column cell names no kind"))
        rejects += _unrecognised(row, layout, ref)
        for column in layout.of(PERIOD):
            text = row.texts.get(column.index, "").strip()
            if text and column.index not in years_of.values():
                reason = f"year column {one_line(column.header)!r} beside no value column of its role"
                rejects.append(Reject(ref(row, column.index), one_line(text), reason))
        unit = _column_text(row, layout, UNIT)
        # `移住相談件数 件` beside an empty 単位 cell: the unit cell read into the name (a gutter too narrow to part
        # them): cut off, flagged
        unit_off = not unit and bool(layout.of(UNIT)) and len(words := name.split()) > 1 \
            and is_unit_text(words[-1]) and _bare_numbers(values.values())
        if unit_off:
            name, unit = name.rstrip()[:-len(words[-1])].rstrip(), words[-1]
        if not unit and (named := bracketed_unit(name)) is not None and _bare_numbers(values.values()):
            name, unit = named  # `観光入込客数（千人）` over bare numbers: the bracket is their unit, not the name's
        elif not unit and (field := _closing_unit(values, any(unit_field(c.header) is None
                                                               for c in layout.of(UNIT)))) is not None:
            values, unit = field  # `220 （単位：人）` after the row's values, or the 単位 cell glued to the last one
        # `観光入込客数（千人）` beside a unit column saying `人`: which one counts the bare numbers? kept, flagged
        conflict = bool(unit) and _units_differ(name, unit) and _bare_numbers(values.values())
        if not unit and (breakdown or segment) and out and out[-1].name == name:
            # `男性` / `女性` under `満足度（%）`: a segment of the indicator above counts in its unit
            unit = next((c.unit for c in out[-1].cells if c.unit), None)
        unitless = not unit and units_printed and _bare_numbers(values.values())
        row_unit, unit = unit, unit or context.unit
        department = _column_text(row, layout, "department")
        # `%` in the department column beside an empty 単位 cell: the row's unit, a column off (a department is no
        # unit); where the row's cells stand is then a guess: flagged
        unit_in_department = not row_unit and bool(layout.of(UNIT)) and bool(department) and is_unit_text(department) \
            and _bare_numbers(values.values())
        if unit_in_department:
            unit = row_unit = department.strip()
            department = ""
        if department and (moved := _value_off_department(values, value_columns, department)) is not None:
            values, department = moved  # `200 企画課` beside an empty last value cell: the figure is that cell's
        # `健康福祉課乳幼児健診の受診率` beside an empty 担当課 cell: the department glued to the name? (a name may open
        # with a department's name too, `地域包括支援センター利用者数`: kept as printed, flagged)
        glued = not department and bool(layout.of("department")) \
            and department_prefix(name, grouped=bool(grouping)) is not None
        if grouping:
            if glued:
                # the grouping department's cell, printed on the line of its group's first row: cut off the name
                # (still flagged: a name may open with a department's name)
                department, name = department_prefix(name, grouped=True) or (department, name)
            department = department or context.carried.get("department")
            context.carried["department"] = department or ""
        # text in a column without header right of the names (`男性` beside the name a spanned `指標名` heads,
        # printed over one column only): what it says of the row's values cannot be read, so they are flagged (the
        # cell is rejected; left of the names such text is a goal's or measure's, saying nothing of the values)
        unheaded = any(row.texts.get(c.index, "").strip() for c in layout.of(OTHER)
                       if not c.header.strip() and c.index > name_col)
        # `12,3 13,0市内事業所の従業者数`: halves of numbers wrapped in narrow cells taken into the name (a text layer
        # prints a cell's lines apart): the values beside such a name are the other halves
        cut = bool(_CUT_NUMBER.search(nfkc(name)))
        # `約814` / `新規就農者数`: a line of the name that is a value (a qualifier, unit or separator no row number
        # prints): a row's cells printed a column left of their own, its value taken into the name
        cut = cut or any(map(_value_line, row.texts.get(name_col, "").splitlines()))
        # `施策1-2 森林資源を生かす` as the name of values: a measure's heading (a goal word opening it, not a bare
        # number) a text layer printed between a name and its values (pdfminer's boxes out of order, layouts 193),
        # no indicator's name: whose values they are, a guess
        heading_name = goal_level(name) is not None and not nfkc(name)[:1].isdigit()
        # `自主防災組織の結成率 総務企画課防災訓練の参加者数`: a row's name and department line, its values lost by the
        # text layer, joined to the next row's name (pypdfium2, layouts 235): a piece of the name opening with a
        # department, whose values those are, a guess; so is a name closed by its unit in brackets before another
        # piece (`婚活イベントでのカップル成立数（組）` / `企業誘致件数（件）`: a name alone on the line under a row,
        # its values on the next page, taken for the row's wrapped name)
        pieces = name.split()
        two_rows = any(department_prefix(piece) is not None for piece in pieces[1:]) or any(
            bracketed_unit(piece) is not None for piece in pieces[:-1])
        shifted = _shifted(values, value_columns, department) or conflict or glued or unitless or unheaded or cut \
            or i in off or year_run_in or unit_off or unit_in_department or _period_off_values(row, layout) \
            or _year_only(name.strip())  # `2027(R9)年度` as the name: a year cell a column off, no indicator's name
        if rate:
            _rate_row(out, name, [(c, values[c.index], ref(row, c.index)) for c in value_columns], rejects)
            continue
        # a column naming its own role (`目標値（R7）` merged down beside the years) keeps it under a `実績` label
        # bare numbers of a table under a unit field line no table read (a goal heading cleared it): that unit's?
        unread = {c.index for c in value_columns if context.carried.get(UNREAD_UNIT) and not (
            row_unit or headed_units[c.index] or unit) and _bare_numbers([values[c.index]])}
        # the row's kind taken from such a header is a guess: its values are flagged, as a merged department's are
        kind_guessed = kinds_unplaced and not row_kind and not context.kind
        cells = [ValueCell(f"{role_word} {c.header}" if role_word and not names_role(c.header) else c.header,
                           f"{label} {values[c.index]}" if (label := segment or _header_segment(c.header))
                           else values[c.index], ref(row, c.index),
                           uncertain=grid.uncertain or row.doubtful or shifted or stacked_roles(c.header)
                           or row.name_guessed or bool(sub and not segment_label(sub)) or orphan
                           or bool(part) or (grid.autospaced and _spaced_number(name)) or (guessed and grid.line_rows)
                           or heading_name or two_rows or c.index in unread or kind_guessed,
                           unit=row_unit or headed_units[c.index] or unit, segment=breakdown or member or sub or part,
                           doubt=UNREAD_UNIT_DOUBT if c.index in unread else _placement_doubt(grid, row, c.index))
                 for c in value_columns
                 if values[c.index] or not (role_word or segment or breakdown or members or sub or part)]
        if legend := context.carried.get(STACKED_LEGEND):
            cells = [line for cell in cells for line in legend_lines(cell, legend.splitlines())]
        cells = [line for cell in cells for line in labelled_lines(cell)]
        if (role_word or segment or breakdown or members or sub or part or total or dated) and out \
                and out[-1].name == name \
                and out[-1].goal == tuple(parts):
            out[-1].cells.extend(cells)  # the same indicator's next role or segment row (`実績` under `目標`)
            out[-1].goal_uncertain |= goal_doubt
            out[-1].note_uncertain |= row.note_guessed
            _add_text_fields(out[-1], row, layout, repeated=True)
            _add_commentary(out[-1], row, layout)
            if part and UNKNOWN_PART_NOTE not in (out[-1].note or ""):
                out[-1].note = "; ".join(filter(None, [out[-1].note, UNKNOWN_PART_NOTE]))
            continue
        out.append(IndicatorRow(
            kind=row_kind or context.kind or header_kind or "",
            name=name,
            goal=tuple(parts),
            ref=ref(row, name_col),
            cells=cells,
            department=department or context.department,
            progress=_column_text(row, layout, "progress"),
            reason=_column_text(row, layout, "reason"),
            note="; ".join(filter(None, [definition and f"{DEFINITION_NOTE}: {definition}", _note(row, layout),
                                         conflict and UNIT_CONFLICT_NOTE, glued and DEPARTMENT_IN_NAME_NOTE,
                                         unitless and UNIT_CELL_EMPTY_NOTE, part and UNKNOWN_PART_NOTE]))
            or None,
            goal_uncertain=goal_doubt,
            note_uncertain=row.note_guessed,
            owner_kind=owned,
        ))
        _add_commentary(out[-1], row, layout)
    if grid.goals_guessed and grid.goals_guessed_by_width:
        _flag_short_paths(out)
    flag_unsplit_parts(out)
    return out, rejects


def _flag_short_paths(rows: list[IndicatorRow]) -> None:
    """Rows of a sheet whose goal cells the reader placed beside the rows' lines (`Grid.goals_guessed_by_width`)
    whose goal path is shorter than another row's of their kind: a heading of theirs may have been placed elsewhere
    (`2 まちの活力` with its `2-1 …` line printed after the table's last row): flagged `goal_uncertain`."""
    deepest: dict[str, int] = {}
    for row in rows:
        deepest[row.kind] = max(deepest.get(row.kind, 0), len(row.goal))
    for row in rows:
        row.goal_uncertain |= len(row.goal) < deepest[row.kind]


#: Row labels of a rate computed from the row above (layouts 176 `達成率` under `実績`): ACHIEVEMENT_HEADER_WORDS.
_RATE_LABELS = frozenset(compact(word) for word in ACHIEVEMENT_HEADER_WORDS)


def _rate_row(out: list[IndicatorRow], name: str, cells: list[tuple[Column, str, SourceRef]],
              rejects: list[Reject]) -> None:
    """A `達成率` row under its indicator's value row: each rate printed under a column of its own (not the
    merged repeat of the row above's cell) joins the indicator's progress as `R3:96.4%`; with no such indicator
    above, the rates are rejected (a rate is never a value)."""
    above = out[-1] if out and out[-1].name == name else None
    printed = {cell.header: cell.text for cell in above.cells} if above else {}
    rates = [(column, text, where) for column, text, where in cells
             if text.strip() and printed.get(column.header) != text]
    if above is None:
        rejects += [Reject(where, one_line(text), "a rate row beside no value row: progress, no value")
                    for _, text, where in rates]
        return
    labels = [f"{one_line(c.header)}{DATED_VALUE_JOINER}{one_line(text)}" for c, text, _ in rates]
    above.progress = PROGRESS_COLUMNS_SEPARATOR.join(filter(None, [above.progress, *labels])) or None


def _placement_doubt(grid: Grid, row: LogicalRow, col: int) -> str | None:
    """Which guess placed the row's cell in column `col` (`Grid.line_doubts` of the line it starts on, else of the
    row's first line that has one) when the reader guessed the table or the row, else None."""
    if not (grid.uncertain or row.doubtful):
        return None
    lines = [row.lines[col]] if col in row.lines else []
    return next((grid.line_doubts[n] for n in [*lines, *sorted(row.lines.values())] if n in grid.line_doubts), None)


def _single_value(text: str) -> tuple[Decimal, str | None] | None:
    """The one value a cell prints (exact, multiplier folded in) with its unit, else None."""
    parsed = parse_cell(text) if text.strip() else []
    return (parsed[0].value, parsed[0].unit) if len(parsed) == 1 and parsed[0].value is not None else None


def _parts_above(out: list[IndicatorRow], k: int) -> int | None:
    """The first of the rows above `out[k]` whose values add up, column by column, to its values (two rows at
    least), else None."""
    total = {cell.header: _single_value(cell.text) for cell in out[k].cells}
    if not total or None in total.values():
        return None
    sums: dict[str, Decimal] = {header: Decimal(0) for header in total}
    for j in range(k - 1, -1, -1):
        values = {cell.header: _single_value(cell.text) for cell in out[j].cells}
        if set(values) != set(total) or any(v is None or v[1] != total[h][1] for h, v in values.items()):
            return None
        for header, (value, _) in values.items():
            sums[header] += value
        if k - j >= 2 and all(sums[h] == total[h][0] for h in total):
            return j
    return None


def flag_unsplit_parts(out: list[IndicatorRow]) -> None:
    """Flag the part rows a reader left as indicators of their own: a row named by a total word alone (`計`,
    `合計`) is no indicator but the total of part rows above it, under a name cell merged down over them that a text
    layer prints once (glued to one part's label or on a line of its own, layouts 89). The parts are the rows above
    whose values add up to the total's; when none do, every row back to the previous total (or the table's start)
    is flagged: any of them may be a part. Parts whose name the text still tells apart are joined into the one
    indicator (see `_joined_parts`)."""
    previous = k = 0
    while k < len(out):
        if not is_total_row(out[k].name):
            k += 1
            continue
        start = _parts_above(out, k)
        for flagged in out[previous if start is None else start:k + 1]:
            flagged.cells = [replace(cell, uncertain=True) for cell in flagged.cells]
            if UNSPLIT_PARTS_NOTE not in (flagged.note or ""):
                flagged.note = "; ".join(filter(None, [flagged.note, UNSPLIT_PARTS_NOTE]))
        if start is not None and (joined := _joined_parts(out[start:k + 1])) is not None:
            out[start:k + 1] = [joined]
            k = start
        previous = k = k + 1


def _joined_parts(group: list[IndicatorRow]) -> IndicatorRow | None:
    """The part rows and their total row as one indicator when one part row prints the name and its label one
    space apart and every other part row a label alone (pdfplumber: `日帰り` / `観光入込客数 宿泊` / `計`, the name
    centred on the merged cell): the parts become segments, the total the indicator's own value, all flagged (the
    split is read from a space). None when the names do not say so."""
    *parts, total = group
    spaced = [row for row in parts if len(row.name.split()) == 2]
    if len(spaced) != 1 or any(len(row.name.split()) != 1 for row in parts if row is not spaced[0]) or len(
            {(row.kind, row.goal) for row in group}) != 1:
        return None
    name, label = spaced[0].name.split()
    cells = [replace(cell, segment=label if row is spaced[0] else row.name)
             for row in parts for cell in row.cells] + total.cells
    return replace(spaced[0], name=name, cells=cells)


#: A name closed by a unit alone in brackets (`観光入込客数（千人）`, `…の割合（％）`), after NFKC.
#: One space between a Japanese letter and the number after it inside a line of a name (`がんの 75歳未満`).
_SPACE_BEFORE_NUMBER = re.compile(r"[^\x00-\x7f\s] [0-9]")


def _spaced_number(name: str) -> bool:
    """The name keeps a space before a number (clean_name drops the one after a kanji, `市民 1人当たり`) that an
    autospacing text layer may have made (the document's `がんの75歳未満`) or the document printed (`がんの 75歳未満`):
    which, the text does not tell."""
    return bool(_SPACE_BEFORE_NUMBER.search(clean_name(name)))


#: A name closing with one bracketed part (NFKC text): a unit (`bracketed_unit`) or a year (`_year_from_name`).
_NAME_UNIT = re.compile(r"^(?P<name>.*\S)\s*\((?P<unit>[^()]+)\)$")
#: The same in square brackets (NFKC folds `［千人］` to `[千人]`): a unit only (`観光入込客数［千人］` under a header
#: `指標名［単位］`, layouts 280); a year is never printed so.
_NAME_SQUARE_UNIT = re.compile(r"^(?P<name>.*\S)\s*\[(?P<unit>[^\[\]]+)\]$")


def bracketed_unit(name: str) -> tuple[str, str] | None:
    """(name without it, unit) when the name ends with a unit alone in brackets (a `指標名（単位）` column: the unit of
    the row's bare numbers printed after each name; layouts 69) or with a unit field (`（単位：人）` on the name
    cell's second line; layouts 106), else None."""
    match = _NAME_UNIT.match(nfkc(name)) or _NAME_SQUARE_UNIT.match(nfkc(name))
    if match is None:
        return None
    unit = match.group("unit") if is_unit_text(match.group("unit")) else unit_field(match.group("unit"))
    return None if unit is None else (_cut_bracket(name), unit)


_BRACKETED = re.compile(r"\(([^()]+)\)")


def header_unit(header: str) -> str | None:
    """The one unit a value column's header prints alone in brackets (`基準値（人）` over `令和元年度`,
    `目標値（単位：件）`): the unit of the bare numbers under it (layouts 206), else None (`（R1）` is a year)."""
    units = {unit for part in _BRACKETED.findall(nfkc(header))
             if (unit := part.strip() if is_unit_text(part) else unit_field(part)) is not None}
    return units.pop() if len(units) == 1 else None


#: A department's name opening a longer name: the shortest text ending like a department (`健康福祉課`), then text
#: that does not start with kana (`…センターの利用者数` is one name: `の` goes on from the word before it).
_DEPARTMENT_PREFIX = re.compile(
    rf"^(?P<department>[^\s()（）]{{2,}}?(?:{'|'.join(map(re.escape, DEPARTMENT_SUFFIXES))}))"
    r"(?P<name>[^\s\u3040-\u30ff].*)$", re.DOTALL)
#: The same, the name after it opening with any character: in a table grouped by a department column, where a
#: department before the name is that column's cell (`企画課ふるさと納税の寄附件数`).
_GROUP_DEPARTMENT_PREFIX = re.compile(_DEPARTMENT_PREFIX.pattern.replace(r"[^\s\u3040-\u30ff]", r"\S"), re.DOTALL)


#: Digits on both sides of a thousands or decimal separator (`1,702`, `3.5`; not a row number's `1.`).
_SEPARATED_DIGITS = re.compile(r"\d[,.]\d")


def _value_line(line: str) -> bool:
    """A line printing one value and nothing else, which no row number is (`約814`, `1,702`, `12人`, `3.5`)."""
    parsed = parse_cell(line.strip()) if line.strip() else []
    return len(parsed) == 1 and parsed[0].value is not None and parsed[0].note is None and bool(
        parsed[0].qualifier or parsed[0].unit or _SEPARATED_DIGITS.search(nfkc(line)))


#: A number cut inside a thousands group (`12,3`, `1,20`): the first line of a number wrapped in its cell.
CUT_GROUPS = r"\d{1,3}(?:,\d{3})*,\d{1,2}"
_CUT_NUMBER = re.compile(rf"(?<![\d,.]){CUT_GROUPS}(?![\d,])")


def department_prefix(name: str, grouped: bool = False) -> tuple[str, str] | None:
    """(department, rest of the name) when the name opens with a department's name, else None; `grouped`: in a
    table grouped by a department column before the names, the rest may open with kana."""
    match = (_GROUP_DEPARTMENT_PREFIX if grouped else _DEPARTMENT_PREFIX).match(name.strip())
    return (match.group("department"), match.group("name")) if match else None


def _units_differ(name: str, unit: str) -> bool:
    """The name ends with a unit in brackets that counts otherwise than the unit column's `unit` (`（千人）` and `人`;
    `（人）` and `人` agree)."""
    named = bracketed_unit(name)
    if named is None or not is_unit_text(unit):
        return False
    (bracket,), (column,) = parse_cell("1" + nfkc(named[1])), parse_cell("1" + nfkc(unit).strip())
    return (bracket.value, bracket.unit) != (column.value, column.unit)


def _names_off_values(rows: list[LogicalRow], name_col: int, value_cols: list[int]) -> set[int]:
    """Indexes of the rows whose values may stand under another row's name: from a row naming an indicator but
    printing no value to the next row printing values but no name, every row between printing both. The values
    slid one row (or, in a table read turned, one column) off their names: pdftotext `-layout` sets a header's
    full-width words narrower than their cells, so an indicator's values fall under its neighbour's name and the
    last ones under no name (layouts 151, indicators across). Which name is whose the text does not say."""
    def named(row: LogicalRow) -> bool:
        return bool(row.texts.get(name_col, "").strip())

    def printed(row: LogicalRow) -> bool:
        return any(row.texts.get(c, "").strip() for c in value_cols)

    off: set[int] = set()
    for k, row in enumerate(rows):
        if row.section is not None or not named(row) or printed(row):
            continue
        end = next((j for j in range(k + 1, len(rows)) if not (named(rows[j]) and printed(rows[j]))), None)
        if end is not None and end > k + 1 and rows[end].section is None and not named(rows[end]) \
                and printed(rows[end]):
            off.update(range(k + 1, end))
    return off


#: The number a value prints before its unit (`12,000` of `12,000人`).
_NUMBER_BEFORE_UNIT = re.compile(r"^\d[\d,]*(?:\.\d+)?")


def glued_unit(text: str) -> tuple[str, str] | None:
    """(number, unit) of a value printing a bare number and a unit alone after it (`12,000人`, `480 千人`), else
    None (a bound `40.0%以下`, a dash, a word)."""
    folded = nfkc(text).strip()
    number = _NUMBER_BEFORE_UNIT.match(folded)
    if number is None or not is_unit_text(folded[number.end():]):
        return None
    return number.group(0), folded[number.end():].strip()


def _closing_unit(values: dict[int, str], unit_column: bool) -> tuple[dict[int, str], str] | None:
    """(values without it, unit) when the last value printed closes with the row's unit and every value is a bare
    number once it is cut, else None: a unit field (`220 （単位：人）`: the unit line of the name cell, which a text
    layer prints after the row's values; layouts 106), or, in a table with a 単位 column the row leaves empty (a
    column of units row by row; a header `（単位：人）` names the table's unit instead), a unit
    alone right after the last of several values (`8,420` `12,000人` under `現状値 目標値 単位`: the unit column
    placed last, which a text layer joined to the value before it without a gap; layouts 147)."""
    printed = [index for index, text in values.items() if text]
    if not printed:
        return None
    last = values[printed[-1]]
    named = bracketed_unit(last)
    if named is None or unit_field(last[len(named[0]):]) is None:
        named = glued_unit(last) if unit_column and len(printed) > 1 else None
        if named is None:
            return None
    cut = {**values, printed[-1]: named[0]}
    return (cut, named[1]) if _bare_numbers(cut.values()) else None


def _cut_bracket(name: str) -> str:
    """The name as printed without its last bracketed part (round or square, `（千人）` / `［千人］`)."""
    text = name.rstrip()
    opening = max(text.rfind(mark) for mark in ("[［" if text.endswith(("]", "］")) else "(（"))
    return text[:opening].rstrip()


def _bare_numbers(texts) -> bool:
    """Some value is printed and every value printed is a number without unit (a value with its own unit or no
    number at all, `―`, says nothing about a unit elsewhere)."""
    parsed = [p for text in texts if text for p in parse_cell(text) if p.value is not None]
    return bool(parsed) and all(not p.unit for p in parsed)


def _shifted(values: dict[int, str], value_columns: list[Column], department: str | None) -> bool:
    """The row's cells sit one column off (a unit printed in a value column, a value printed in the department
    column: a text layer whose narrow unit column ran into its neighbours, `千円   2,400   5,150   6,000 建設課` read
    as baseline `千円`, department `6,000 建設課`; or a department's name in a value cell, `１３，５００億円
    企業誘致課`, a line whose full-width figures pdftotext set narrower than the header's): its values are flagged
    uncertain, not trusted in the wrong place."""
    unit_in_values = any(is_unit_word(values[c.index]) for c in value_columns if values[c.index])
    first = (department or "").split()[:1]
    value_in_department = bool(first) and any(p.value is not None for p in parse_cell(first[0]))
    department_in_values = any(_department_word(word) for c in value_columns for word in values[c.index].split())
    return unit_in_values or value_in_department or department_in_values


#: Columns whose cells print no value's period: a bracketed period alone on a line of theirs was pushed off the values.
_UNDATED_ROLES = (PROGRESS, REASON, DEPARTMENT)


def _period_off_values(row: LogicalRow, layout: TableLayout) -> bool:
    """A line of a progress, reason or department cell that is a bracketed period alone (`(2030年度)` under `未達成`):
    the row's line of periods printed under its values stands a column off (a page of few rows whose columns
    pdftotext set apart from the header's), so each value took the period of the value before it: flagged."""
    return any(_is_period(line.strip()) for c in layout.columns if c.role in _UNDATED_ROLES
               for line in row.texts.get(c.index, "").splitlines())


def _value_off_department(values: dict[int, str], value_columns: list[Column],
                          department: str) -> tuple[dict[int, str], str] | None:
    """A department cell opening with a value one space before the department's name (`200 企画課`: a right-aligned
    figure flush against a left-aligned name, which pdftotext -layout set one space apart; layouts 159) while the
    last value cell of the row is empty: the figure is that cell's, the rest the department. None otherwise."""
    first, _, rest = department.partition(" ")
    last = value_columns[-1].index if value_columns else None
    if last is None or values.get(last) or not _department_word(rest.strip()) \
            or not any(p.value is not None for p in parse_cell(first)):
        return None
    return {**values, last: first}, rest.strip()


def _department_word(text: str) -> bool:
    """A department's name standing alone (`企業誘致課`): a word of two or more characters ending in a department
    suffix, without digits (`3課` counts offices) or brackets (a remark)."""
    folded = nfkc(text).strip()
    return len(folded) > 2 and folded.endswith(DEPARTMENT_SUFFIXES) and not any(
        ch.isdigit() or ch in "()" for ch in folded)


#: Columns that say what a row belongs to but fill no field of it (004 `関連事業`, the project an indicator serves):
#: their cells go to the row's note as `header: text`, before the note column's text.
LABELLED_NOTE_ROLES = ("related_project",)


def _note(row: LogicalRow, layout: TableLayout) -> str | None:
    labelled = [f"{one_line(c.header)}: {text}" for role in LABELLED_NOTE_ROLES for c in layout.of(role)
                if (text := row.texts.get(c.index, "").strip())]
    return "; ".join(filter(None, [*labelled, _column_text(row, layout, "note"), *row.notes])) or None


def _add_commentary(target: IndicatorRow, row: LogicalRow, layout: TableLayout) -> None:
    """The row's narrative cells (`取組の状況`, `課題`, `今後の方向性` …) added to `target`'s commentary under their
    column header: a text the commentary holds already (a merged cell printed again in the indicator's next row) is
    not added twice; another text under the same header (its lines after a page break) goes on a line of its own."""
    for column in layout.of(NARRATIVE):
        text = row.texts.get(column.index, "").strip()
        if not text or compact(text) in PLACEHOLDERS:
            continue  # nothing printed (`―`)
        before = target.commentary.get(column.header, "")
        if compact(text) not in compact(before):
            target.commentary[column.header] = f"{before}\n{text}" if before else text


#: Columns printed on one line in the row's first part: a row with text in one of them starts a new indicator.
_ROW_START_ROLES = (VALUE, KIND, UNIT, "department", "progress")
_RUNNING_TEXT_FIELDS = ("department", "progress", "reason", "note")


def _continues_row(grid: Grid, row: LogicalRow, layout: TableLayout, last: IndicatorRow) -> bool:
    """The first row of a grid on a later page than `last` is `last` broken by the page break (LibreOffice's
    default: a row may break): it prints text only in running-text columns (the name's, a goal's or a reason's
    lines that did not fit), none in the columns every indicator fills on its first line (values, kind, unit,
    department, progress)."""
    if row.section is not None or grid.page is None or last.ref.page is None or grid.page <= last.ref.page:
        return False
    if not any(text.strip() for text in row.texts.values()):
        return False
    return not any(row.texts.get(c.index, "").strip() and not (c.role == VALUE and _period_line(row.texts[c.index]))
                   for role in _ROW_START_ROLES for c in layout.of(role))


def _period_line(text: str) -> bool:
    """The text is a bracketed period alone (`（令和３年）`): the last line of a value cell (`28,002人` /
    `（令和３年）`) that a page break carried to the next page (004 printed by LibreOffice)."""
    folded = nfkc(text).strip()
    return bool(folded) and folded[0] in OPENING_BRACKETS and folded[-1] in CLOSING_BRACKETS \
        and parse_period(folded[1:-1]) is not None


#: The reason a goal cell printed on a row without indicator name nor heading number is rejected.
NAMELESS_GOAL_CELL = "goal cell without heading number on a row without indicator name"


#: Column roles whose cells a row keeps (values, name, unit, goal path, text fields, labelled notes), or reads as
#: its labels (row numbers, kinds, segments, years); `OTHER` and `CHANGE` cells are rejected by `_unrecognised`.
_READ_ROLES = frozenset({NAME, VALUE, UNIT, NUMBER, KIND, PERIOD, MEMBER, OTHER, CHANGE, NARRATIVE,
                         *_RUNNING_TEXT_FIELDS, *GOAL_COLUMN_ROLES, *LABELLED_NOTE_ROLES})


def _unrecognised(row: LogicalRow, layout: TableLayout, ref: Callable[[LogicalRow, int], SourceRef]) -> list[Reject]:
    """Rejects for the row's cells under a column header no role word names, under a change column (`前年度比`:
    a difference from an earlier year, never a value of the indicator), and under a column whose role no field of a
    row keeps (`参照ページ`), and under no header at all (text printed beside the table's last column, a page's
    footer taken into the row above it, a label column right of the names): the cell is seen, not dropped silently."""
    out = []
    unkept = [c for c in layout.columns if c.role not in _READ_ROLES and c.role != ELSEWHERE]
    # a second name column that no sub-indicator reading takes (a headless column headed by the sentence over the
    # table as well as the `数値目標` one, layouts 181 -layout): its names go nowhere else
    sub_cols = _sub_name_columns(layout)
    unkept += [c for c in layout.of(NAME)[1:] if c.index not in sub_cols]
    for column in (*layout.of(OTHER), *layout.of(CHANGE), *unkept):
        text = row.texts.get(column.index, "").strip()
        if text:
            header = one_line(column.header)
            reason = ("cell in a column without header" if not header
                      else f"change from an earlier year under {header!r}, not a value" if column.role == CHANGE
                      else f"cell under an unrecognised column header {header!r}" if column.role == OTHER
                      else f"cell under {header!r} ({column.role}), a column no field of the indicator keeps")
            out.append(Reject(ref(row, column.index), one_line(text), reason))
    return out


def _continue_row(grid: Grid, last: IndicatorRow, row: LogicalRow, layout: TableLayout, context: TableContext
                  ) -> list[int]:
    """Append a broken row's second part to its first: the name and the running-text columns on a line of their
    own, as a wrapped cell is; a goal cell's text (and the heading it is, carried to the rows below) joined to its
    last line, so that `① 交流の推進` / `の充実` stays one heading; a value's own year to its value (flagged when the
    reader placed the second part by a guess, `grid.uncertain` or the row's `doubtful`). Returns the value columns
    whose text found no value of the row above to go with (the caller rejects them)."""
    name = row.texts.get(layout.of(NAME)[0].index, "").strip()
    if name:
        last.name = f"{last.name}\n{name}" if last.name else name
    for role, cols in _goal_columns(layout):
        own, before = _goal_text(row, cols), context.carried.get(role, "")
        if not (own and before):
            continue
        renamed = {before: before + own, before.splitlines()[-1]: before.splitlines()[-1] + own}
        context.carried[role] = renamed[before]
        context.levels.update({level: renamed[text] for level, text in context.levels.items() if text in renamed})
        last.goal = tuple(renamed.get(part, part) for part in last.goal)
    _add_text_fields(last, row, layout)
    _add_commentary(last, row, layout)
    unplaced = []
    for column in layout.of(VALUE):
        text = row.texts.get(column.index, "").strip()
        cell = next((c for c in last.cells if c.header == column.header), None)
        if text and cell is not None and cell.text.strip():
            cell.text = f"{cell.text}\n{text}"  # the value's own year, carried over the page break
            if grid.uncertain or row.doubtful:
                cell.uncertain = True
                cell.doubt = cell.doubt or _placement_doubt(grid, row, column.index)
        elif text:  # a year under a value cell the row above left empty: no value to date
            unplaced.append(column.index)
    return unplaced


def _add_text_fields(last: IndicatorRow, row: LogicalRow, layout: TableLayout, repeated: bool = False) -> None:
    """Append a row's department, progress, reason and note (labelled notes too) to the indicator it belongs to,
    each on a line of its own: a broken row's second part, or the next role or segment row of the same indicator,
    whose own text would else be dropped. `repeated`: skip a text the indicator already holds (a merged cell printed
    again in each of its rows by a ruled grid)."""
    for role in _RUNNING_TEXT_FIELDS:
        text = _note(row, layout) if role == "note" else _column_text(row, layout, role)
        before = getattr(last, role)
        if text and not (repeated and before and compact(text) in compact(before)):
            setattr(last, role, f"{before}\n{text}" if before else text)


def _headings(text: str, levels: dict[int, str]) -> list[tuple[int, str]]:
    """(level, heading) of a goal cell that opens with a goal heading, else []. Each heading line opens a level
    (`1 しごとの創生` / `1-1 安定した雇用の創出`, or with its label glued to the title, `1-1安定した雇用の創出`, or a
    policy `重点施策 1-1 方針1:…` under a project, the cell's own or the one in force, `levels`); a line that is no
    heading is the title of the heading above wrapped at the column's width (`1-1 安定した雇用の` / `創出`), or, under
    a heading complete on its line (`少子高齢化対策プロジェクト`), the title of the goal one level below it
    (`全ての市民が元気に活躍できる環境づくり`, a project's field printed in the project's merged cell)."""
    out: list[tuple[int, str]] = []
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        line = unglued_heading(line) or line  # a label glued to its title (`1-1安定した雇用の創出`), spaced
        level = goal_level(line)
        if level is None:
            # a policy under the project the cell prints, or the one in force
            level = policy_level(line, next((title for k, title in out if k == 0), levels.get(0, "")))
        if level is not None:
            out.append((level, line))
        elif not out:
            return []
        elif is_complete_heading(out[-1][1]):
            out.append((out[-1][0] + 1, line))
        else:
            out[-1] = (out[-1][0], f"{out[-1][1]}\n{line}")
    return out


def _heading_tail_lines(text: str) -> tuple[str, str]:
    """(the wrapped end of the goal cell above, the cell's own text) of a goal cell whose first lines open no heading
    and a later line does (`ビスの充実` / `重点施策 2-6 方針3:…`, the end of the heading above carried over a repeated
    header): a heading begins with its label. ("", text) otherwise."""
    tail, rest = _before_heading(text)
    return (tail, rest) if rest else ("", text)


#: A kind cell's whole text (`成果指標`, `指標`, `KPI`).
_KIND_WORDS = frozenset(compact(word) for word in (*KINDS, *KINDS.values()))


def _kind_ran_in(text: str) -> tuple[str, str | None]:
    """A goal cell without the kind a text layer ran into it (`…環境に配慮した道路 成果指標`: the goal cell wrapped to
    its column's width, one space before the row's kind cell), and that kind; a kind word closing a line after a
    space is the kind column's cell, never part of a heading."""
    kind = None
    lines = []
    for line in text.splitlines():
        head, _, last = line.rstrip().rpartition(" ")
        if head.strip() and compact(last) in _KIND_WORDS:
            kind, line = kind_of(last) or GENERIC_KIND, head
        lines.append(line)
    return "\n".join(lines), kind


def _same_level_headings(text: str) -> bool:
    """The goal cell opens two headings of one level (`…重点施策 3-4 方針2:…` / `重点施策 3-5 方針1:…`): the cells of
    two rows run together, and which heading is this row's the text does not say."""
    levels = [goal_level(unglued_heading(line) or line) for line in text.splitlines() if opens_heading(line)]
    return len(levels) != len(set(levels))


def _goes_on_above(own: str, row: LogicalRow, above: LogicalRow | None, cols: list[int], carried: str) -> bool:
    """A goal cell that opens no heading, printed from the line right under the goal cell of the row above, which
    printed the heading carried (incomplete on its lines): one merged cell's lines shared out among the rows beside
    them (`基本目標１ 若い世代が安心` / `して結婚・出産・子育てがで` / … beside two one-line rows, `pdftotext
    -layout`)."""
    if above is None or not carried or opens_heading(own.splitlines()[0]) or is_complete_heading(carried):
        return False
    text = _goal_text(above, cols)
    first, top = row.lines.get(cols[0]), above.lines.get(cols[0])
    return bool(text) and compact(text) == compact(carried) and first is not None and top is not None \
        and first == top + len(text.splitlines())


def _give_tail(tail: str, previous: IndicatorRow | None, carried: str) -> bool:
    """Whether the wrapped end of a goal cell read on the next row went back to the row above: when that row's
    innermost goal part is the cell it ends (a heading complete on its line, `…プロジェクト`, ends on it; a kind,
    `指標`, is no part of a heading). Else the row above's goal may be cut short: flagged (the text stays where it
    was read, that row's goal flagged too)."""
    if kind_of(tail) or compact(tail) == GENERIC_KIND:
        return False
    if previous is not None and previous.goal and carried and previous.goal[-1] == carried \
            and not is_complete_heading(carried):
        previous.goal = (*previous.goal[:-1], f"{carried}\n{tail}")
        return True
    if previous is not None:
        previous.goal_uncertain = True
    return False


def _under_complete_heading(role: str, text: str, levels: dict[int, str]) -> list[tuple[int, str]]:
    """A goal cell printing a title alone (`都市環境・交通網・インフラの整備`) in a column whose level holds a heading
    complete on its line (`暮らしの安心実現プロジェクト`, from a row above): the title of the goal one level below
    it, as when the cell prints both (`_headings`); [] otherwise."""
    level = ROLE_LEVELS.get(role)
    if level is None or not is_complete_heading(levels.get(level, "")):
        return []
    return [(level + 1, text)]


def _flag_row_between(previous: IndicatorRow | None, headings: list[tuple[int, str]], levels: dict[int, str]
                      ) -> None:
    """A goal heading on a line of its own opening the first goal of its level under the heading above (`1 しごとの
    創生` / `数値目標 年間観光入込客数` / `1-2 ひとの流れの創出`): the row read between the two, under the outer
    heading alone, may be the inner goal's first row (a merged cell's lines centred on its rows) or the outer
    goal's own; the text does not say, so that row's goal is flagged."""
    level = min((level for level, _ in headings), default=0)
    if previous is not None and level > 0 and level not in levels and previous.goal \
            and levels.get(level - 1) == previous.goal[-1]:
        previous.goal_uncertain = True


def _doubted(role: str) -> str:
    """Key of `TableContext.carried` under which a goal column keeps a title whose place is in doubt."""
    return f"{role} in doubt"


def _title_in_doubt(context: TableContext, role: str, title: tuple[int, str], previous: IndicatorRow | None) -> None:
    """A goal cell printing a title alone under a heading complete on its line that a cell above printed (`備`
    under `暮らしの安心実現プロジェクト` / `都市環境・交通網・インフラの整`): the next goal of the level below, or the
    end of the title above wrapped onto the next row's line (a text layer gives a merged cell's lines to the rows
    beside them), the text does not say. The rows that carry it, and the row above whose title may be cut short,
    are flagged `goal_uncertain` (the text is kept as printed)."""
    context.carried[_doubted(role)] = title[1]
    above = context.levels.get(title[0])
    if previous is not None and above and above in previous.goal:
        previous.goal_uncertain = True


def _plain_level(role: str, text: str) -> int:
    """The level of a goal cell that is no heading: its first line's when that opens like one (`① 地域産業の活性化、付`
    wrapped onto a line that is none), else its column's; a column of no level stands below every level."""
    first = text.strip().splitlines()[0]
    level = goal_level(unglued_heading(first) or first)
    return level if level is not None else ROLE_LEVELS.get(role, len(ROLE_LEVELS))


def _end_inner_goals(context: TableContext, columns: list[tuple[str, list[int]]], level: int | None) -> None:
    """A goal column printed a new goal: what the columns inside it carried from the rows above ends there (a measure
    merged over the rows of one goal does not go on into the next goal's rows), and so do the heading levels at and
    below the level of a plain (unnumbered) goal cell; a heading cell ends the deeper levels itself (`_set_levels`)."""
    for role, _ in columns[1:]:
        context.carried.pop(role, None)
    if level is not None:
        for deeper in [k for k in context.levels if k >= level]:
            del context.levels[deeper]


def _before_heading(text: str) -> tuple[str, str]:
    """(the lines before the first line opening a heading, the rest) of a goal cell."""
    lines = text.splitlines()
    first = next((k for k, line in enumerate(lines) if opens_heading(line)), len(lines))
    return "\n".join(lines[:first]), "\n".join(lines[first:])


def _printed_at(text: str, first_line: int, headings: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """(line, level, heading) of the headings `_headings` read from a goal cell whose first line is `first_line`:
    each heading at the line of the cell its first line is printed on."""
    lines = [compact(line) for line in text.splitlines()]
    out = []
    for level, heading in headings:
        first = compact(heading.splitlines()[0])
        at = next((k for k, line in enumerate(lines) if line and (line in first or first in line)), 0)
        out.append((first_line + at, level, heading))
    return out


def _run_together(printed: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """Headings of one level that one row's goal cells print, in the order printed, when they name two goals
    (`重点施策 1-7 方針2:…` / `重点施策 3-1 方針1:…` in one cell, or a project's cell printing `重点施策 5-1 方針1:…`
    under the line where the measure column prints the row's `重点施策 1-3 方針3:…`); [] when they name one."""
    for level in sorted({level for _, level, _ in printed}):
        same = sorted((line, k, heading) for k, (line, at, heading) in enumerate(printed) if at == level)
        if len({compact(heading) for _, _, heading in same}) > 1:
            return [(level, heading) for _, _, heading in same]
    return []


def _set_levels(levels: dict[int, str], headings: list[tuple[int, str]]) -> None:
    """Each heading ends the levels at and below its own. A heading one cell prints twice (`3 まちの創生` / `3-1 …` /
    `3 まちの創生`: a text layer giving a merged cell's text to two rows' lines) is one goal, set once; the headings of
    one cell at distinct levels are one goal's path, set outer first: a text layer may print an inner label above its
    outer one in the outer column (`施策１ …` on the line above `基本目標１ …`), and the outer one must not end it."""
    once: list[tuple[int, str]] = []
    for level, line in headings:
        if all((level, compact(line)) != (k, compact(t)) for k, t in once):
            once.append((level, line))
    if len({level for level, _ in once}) == len(once):
        once.sort(key=lambda heading: heading[0])
    for level, line in once:
        for deeper in [k for k in levels if k >= level]:
            del levels[deeper]
        levels[level] = line


def _first_line(row: LogicalRow) -> int | None:
    return min(row.lines.values()) if row.lines else None


def _column_text(row: LogicalRow, layout: TableLayout, role: str) -> str | None:
    texts = [row.texts.get(c.index, "").strip() for c in layout.of(role)]
    if role == UNIT and len({compact(t) for t in texts if t}) == 1:
        # a 単位 column after every value column (layouts 201, a sheet laid out for print): one unit, said again
        texts = [next(t for t in texts if t)]
    joined = (PROGRESS_COLUMNS_SEPARATOR if role == "progress" else "\n").join(t for t in texts if t)
    return None if compact(joined) in PLACEHOLDERS else joined  # `_`, `―`: nothing printed
