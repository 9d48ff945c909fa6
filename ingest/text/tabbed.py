"""Front end for text layers whose tables come out as tab-separated rows (000, 001, 003 shapes).

Steps, each a small function:
1. `find_tables`: a header row (tab-separated; names a name column and at least one value column, see
   `classify_column`, the table interpreter's header roles) and the tab-separated rows right under it.
2. `align_cells`: each row's cells under the header's columns (a goal split over two cells is joined).
3. `join_wrapped_rows`: a row that continues the one above (its name cell empty or the name above cut at `・`,
   or its value cells holding the next segments) is folded into it.
4. `group_goals`: rows of one basic goal (sub-goal numbering restarting at 1 opens a new group; the group's
   printed label applies to all its rows, wherever the merged cell printed it).
5. `table_rows`: `IndicatorRow`s with the goal path from the goal columns or, when the table has none,
   from the headings above it (`ingest.text.headings`).
6. `merge_repeats`: a table printed several times yields one set of rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.detect import DocumentInfo, detect
from ingest.document import LoadedDocument
from ingest.model import PROGRESS_COLUMNS_SEPARATOR, Extraction, IndicatorRow, Reject, SourceRef, ValueCell
from ingest.repeats import merge_repeats
from ingest.table.context import department_field
from ingest.table.header import OTHER, header_role, is_header_text
from ingest.text.headings import GoalOutline, read_outline, title_before_prose
from normalize.text import nfkc, one_line, repair
from normalize.vocabulary import (
    CIRCLED_NUMBERS,
    KINDS,
    NOTE_MARKS,
    PLACEHOLDERS,
    SEGMENT_LABELS,
    WRAP_CONTINUATION_MARKS,
)

SHAPE = "tab-separated"
#: How many non-empty lines above a header row may hold the table's caption (`重要業績評価指標(KPI)`).
CAPTION_LOOKBACK = 3
#: Column roles that place a row in the goal hierarchy.
GOAL_ROLES = ("goal", "subgoal", "measure")

_KIND_KEYS = sorted(KINDS, key=len, reverse=True)
_SEGMENT_START = re.compile("^(?:" + "|".join(sorted(map(re.escape, SEGMENT_LABELS), key=len, reverse=True)) + ")")
_SEGMENT_ANYWHERE = re.compile("|".join(sorted(map(re.escape, SEGMENT_LABELS), key=len, reverse=True)))
_LEADING_NUMBER = re.compile(r"^\s*(\d+)(?:\s*-\s*(\d+))?\s*(.*)$", re.S)
_NOTE_REFERENCE = NOTE_MARKS[-1]


@dataclass
class Column:
    """One column of a table: its header as printed and its role (`classify_column`)."""

    header: str
    role: str


@dataclass
class Row:
    """One table row: the 0-based line it starts on and its cells aligned to the columns."""

    line: int
    cells: list[str]


@dataclass
class Table:
    """A header row and the rows printed under it."""

    header_line: int
    columns: list[Column]
    rows: list[tuple[int, list[str]]]
    caption_line: int | None = None
    kind: str | None = None
    notes: list[tuple[int, str]] = field(default_factory=list)
    department: str | None = None  # named by a field line above the header (`所管課：健康増進課`)

    def first(self, role: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.role == role), None)

    def indexes(self, role: str) -> list[int]:
        return [i for i, c in enumerate(self.columns) if c.role == role]


# --- step 1: tables ---------------------------------------------------------------------------


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", nfkc(text))


def _is_empty(text: str | None) -> bool:
    return _compact(text or "") in PLACEHOLDERS


def classify_column(header: str) -> str:
    """The table interpreter's column role (`ingest.table.header.header_role`: `name`, `goal`, `value`, `unit`, …),
    `blank` for an empty header or `unknown` for a header no vocabulary word names."""
    key = _compact(header)
    for mark in NOTE_MARKS:
        key = key.replace(mark, "")
    if not key:
        return "blank"
    role = header_role(header)
    return "unknown" if role == OTHER else role


def header_columns(line: str) -> list[Column] | None:
    """The columns of an indicator-table header row, or None when the line is not one."""
    if "\t" not in line:
        return None
    columns = [Column(cell.strip(), classify_column(cell)) for cell in line.split("\t")]
    roles = [c.role for c in columns]
    if "name" not in roles or "value" not in roles:
        return None
    # A blank header cell left of a goal column belongs to it (`⇥大基本目標⇥…` over `2⇥ひとの創生⇥…`).
    for i in range(len(columns) - 2, -1, -1):
        if columns[i].role == "blank" and columns[i + 1].role == "goal":
            columns[i].role = "goal"
    return columns


def _caption_kind(lines: list[str], header_line: int) -> tuple[int | None, str | None]:
    """The caption line above a table and the indicator kind it names."""
    seen = 0
    for index in range(header_line - 1, -1, -1):
        text = lines[index]
        if "\t" in text:
            break
        if not text.strip():
            continue
        caption = nfkc(repair(text)[0])
        word = next((w for w in _KIND_KEYS if w in caption), None)
        if word:
            return index, KINDS[word]
        seen += 1
        if seen >= CAPTION_LOOKBACK:
            break
    return None, None


def _department_above(lines: list[str], header_line: int) -> str | None:
    """The department a field line right above the header names (`所管課：健康増進課`, see
    `ingest.table.context.department_field`)."""
    seen = 0
    for index in range(header_line - 1, -1, -1):
        text = lines[index]
        if "\t" in text or seen >= CAPTION_LOOKBACK:
            break
        if text.strip():
            seen += 1
            if (department := department_field(text)) is not None:
                return department
    return None


def _notes_after(lines: list[str], end: int) -> list[tuple[int, str]]:
    """Note lines (`※…`, `[※]…`) printed right under a table, before any other text."""
    notes: list[tuple[int, str]] = []
    for index in range(end, len(lines)):
        text = lines[index].strip()
        if not text:
            continue
        if not text.startswith(NOTE_MARKS):
            break
        notes.append((index, text))
    return notes


def _continues_header(line: str, columns: list[Column]) -> bool:
    """A tab row of header texts only (periods, role words) under a header row: its cells are appended to the
    headers of their columns (updating a column's role when the joined header names one)."""
    cells = line.split("\t")
    if "\t" not in line or len(cells) > len(columns) or not any(c.strip() for c in cells):
        return False
    if not all(is_header_text(cell) for cell in cells) or any(classify_column(c) == "name" for c in cells):
        return False
    for column, cell in zip(columns, cells, strict=False):
        if cell.strip():
            column.header = f"{column.header}\n{cell.strip()}"
            if column.role in ("blank", "unknown"):
                column.role = classify_column(column.header)
    return True


def find_tables(lines: list[str]) -> list[Table]:
    """Every indicator table: a header row and the tab-separated rows right under it."""
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        columns = header_columns(lines[index])
        if columns is None:
            index += 1
            continue
        rows = []
        end = index + 1
        while end < len(lines) and _continues_header(lines[end], columns):
            end += 1  # a second header line (`⇥2018年度⇥2024年度` under `指標⇥基準値⇥目標値`) joins the headers
        while end < len(lines) and "\t" in lines[end] and header_columns(lines[end]) is None:
            rows.append((end, lines[end].split("\t")))
            end += 1
        if rows:
            caption_line, caption_kind = _caption_kind(lines, index)
            name_header = columns[next(i for i, c in enumerate(columns) if c.role == "name")].header
            name_word = next((w for w in _KIND_KEYS if w in _compact(name_header)), None)
            kind = caption_kind or (KINDS[name_word] if name_word else None)
            tables.append(Table(index, columns, rows, caption_line, kind, _notes_after(lines, end),
                                _department_above(lines, index)))
        index = end
    return tables


# --- step 2: cells under columns --------------------------------------------------------------


def align_cells(table: Table, line: int, cells: list[str], rejects: list[Reject], source: str) -> list[str] | None:
    """The row's cells, one per column; None (and a reject) when they cannot be placed."""
    width = len(table.columns)
    cells = [c.strip() for c in cells]
    if len(cells) < width:
        return cells + [""] * (width - len(cells))
    extra = len(cells) - width
    if extra == 0:
        return cells
    if all(not c for c in cells[width:]):
        return cells[:width]
    if table.columns[0].role == "goal":
        # a goal label split over two cells (`2⇥ひとの創生`) under one goal column
        return [" ".join(c for c in cells[:extra + 1] if c), *cells[extra + 1:]]
    rejects.append(Reject(SourceRef(source, line=line + 1), one_line(" | ".join(cells)),
                          f"row has {len(cells)} cells but the header at line {table.header_line + 1} has {width}"))
    return None


# --- step 3: wrapped rows -----------------------------------------------------------------------


def _segment_labels(cells: list[str]) -> list[str] | None:
    """The segment label opening each filled value cell, or None when one does not open with a label."""
    labels = []
    for cell in cells:
        if _is_empty(cell):
            continue
        match = _SEGMENT_START.match(nfkc(cell))
        if not match:
            return None
        labels.append(match.group(0))
    return labels or None


def _continues(table: Table, above: Row, row: Row) -> bool:
    """True when `row` is the wrapped second line of `above` rather than a new indicator."""
    name = table.first("name")
    values = table.indexes("value")
    if any(row.cells[i] for i in table.indexes("goal") + table.indexes("subgoal") + table.indexes("measure")):
        return False
    if not row.cells[name]:
        return any(row.cells[i] for i in values)
    if nfkc(above.cells[name]).endswith(WRAP_CONTINUATION_MARKS):
        return True
    upper = _segment_labels([above.cells[i] for i in values])
    lower = _segment_labels([row.cells[i] for i in values])
    # the upper row holds one segment per cell (`男性 40.0%`), the lower row the next (`女性 38.0%`); an upper
    # row whose cells already hold several segments (`男性79.8歳 女性83.9歳`) is complete
    single = all(len(_SEGMENT_ANYWHERE.findall(nfkc(above.cells[i]))) <= 1 for i in values)
    return bool(upper and lower and single and not set(upper) & set(lower))


def join_wrapped_rows(table: Table, rows: list[Row]) -> list[Row]:
    """Fold wrapped continuation lines into the row above (cells joined line by line)."""
    joined: list[Row] = []
    for row in rows:
        if joined and _continues(table, joined[-1], row):
            above = joined[-1]
            above.cells = ["\n".join(filter(None, (a, b))) for a, b in zip(above.cells, row.cells, strict=True)]
        else:
            joined.append(row)
    return joined


# --- step 4: goal groups ----------------------------------------------------------------------


def _goal_text(table: Table, row: Row) -> str:
    return " ".join(row.cells[i] for i in table.indexes("goal") if row.cells[i]).strip()


def _number(text: str) -> int | None:
    match = _LEADING_NUMBER.match(nfkc(text))
    return int(match.group(2) or match.group(1)) if match else None


def group_goals(table: Table, rows: list[Row], warnings: list[str]) -> list[str | None]:
    """The basic-goal label of each row.

    Rows of one basic goal form a group. When the sub-goal cells are numbered, a number that does not rise
    opens a new group (the label of a vertically merged cell may be printed on any row of its group); otherwise
    a row with a filled goal cell opens one. The group's printed label applies to all its rows.
    """
    subgoal = table.first("subgoal")
    numbers = [_number(row.cells[subgoal]) if subgoal is not None and row.cells[subgoal] else None for row in rows]
    by_number = subgoal is not None and all(n is not None for n in numbers)
    groups: list[list[int]] = []
    previous: int | None = None
    for i, row in enumerate(rows):
        starts = not groups
        if by_number:
            starts = starts or previous is None or numbers[i] <= previous
            previous = numbers[i]
        else:
            starts = starts or bool(_goal_text(table, row))
        if starts:
            groups.append([])
        groups[-1].append(i)
    labels: list[str | None] = [None] * len(rows)
    for group in groups:
        printed = [(rows[i].line, _goal_text(table, rows[i])) for i in group if _goal_text(table, rows[i])]
        distinct = {_compact(text) for _, text in printed}
        if len(distinct) > 1:
            warnings.append(f"lines {rows[group[0]].line + 1}-{rows[group[-1]].line + 1}: one goal group prints "
                            f"several goal labels {[t for _, t in printed]}; used the first")
        if not printed:
            warnings.append(f"lines {rows[group[0]].line + 1}-{rows[group[-1]].line + 1}: no goal label printed "
                            "for this group of rows")
        for i in group:
            labels[i] = printed[0][1] if printed else None
    return labels


def compose_subgoal(basic: str | None, subgoal: str) -> str:
    """`1 安定した雇用の創出` under basic goal 1 → `1-1 安定した雇用の創出` (kept when already `N-M`)."""
    match = _LEADING_NUMBER.match(nfkc(subgoal))
    basic_number = _LEADING_NUMBER.match(nfkc(basic)) if basic else None
    if not match or match.group(2) or not basic_number:
        return subgoal
    return f"{basic_number.group(1)}-{match.group(1)} {subgoal.strip()[len(match.group(1)):].strip()}".strip()


# --- step 5: indicator rows -------------------------------------------------------------------


def _heading_goal(table: Table, lines: list[str], outline: GoalOutline, earlier: list[Table]) -> tuple[str, ...]:
    """The goal path of a table without goal columns, from the headings above it.

    A KPI table that follows another indicator table of the same sub-goal before any measure heading is the
    sub-goal's first measure (①), whose title is the heading-like line above its prose.
    """
    context = outline.contexts[table.header_line]
    measure = context.measure
    if measure is None and context.subgoal and outline.has_measure_headings:
        follows_table = any(t.header_line > (context.subgoal_line or 0) for t in earlier)
        if follows_table:
            above = table.caption_line if table.caption_line is not None else table.header_line
            previous_end = max(t.rows[-1][0] for t in earlier) + 1
            title = title_before_prose(lines, above, max(previous_end, context.subgoal_line or 0))
            measure = f"{CIRCLED_NUMBERS[0]} {title}".strip()
    return tuple(part for part in (context.basic, context.subgoal, measure) if part)


def _text_or_none(text: str) -> str | None:
    return None if _is_empty(text) else text


def _row_note(table: Table, row: Row) -> str | None:
    """Notes printed under the table that this row refers to (a `※` in its value cells or column header)."""
    if not table.notes:
        return None
    texts = [text for _, text in table.notes]
    values = table.indexes("value")
    marked_headers = [table.columns[i].header for i in values if _NOTE_REFERENCE in table.columns[i].header]
    parts = [f"{one_line(h)}: {t}" for h in marked_headers for t in texts]
    if any(_NOTE_REFERENCE in row.cells[i] for i in values):
        parts = texts + parts
    return " ".join(parts) or None


def table_rows(table: Table, goal: tuple[str, ...], source: str, rejects: list[Reject],
               warnings: list[str]) -> list[IndicatorRow]:
    """The indicator rows of one table."""
    aligned = []
    for line, cells in table.rows:
        placed = align_cells(table, line, cells, rejects, source)
        if placed is not None:
            aligned.append(Row(line, placed))
    rows = join_wrapped_rows(table, aligned)
    name = table.first("name")
    has_goal_columns = any(table.indexes(role) for role in GOAL_ROLES)
    basics = group_goals(table, rows, warnings) if table.indexes("goal") else [None] * len(rows)
    out: list[IndicatorRow] = []
    for row, basic in zip(rows, basics, strict=True):
        ref = SourceRef(source, line=row.line + 1)
        if not row.cells[name]:
            rejects.append(Reject(ref, one_line(" | ".join(row.cells)), "row has no indicator name"))
            continue
        for i, column in enumerate(table.columns):
            if column.role in ("blank", "unknown") and row.cells[i]:
                rejects.append(Reject(ref, one_line(row.cells[i]),
                                      f"cell under an unrecognised column header {column.header!r}"))
        if has_goal_columns:
            basic = basic or (goal[0] if goal else None)
            parts = [basic]
            for i in table.indexes("subgoal"):
                parts.append(compose_subgoal(basic, row.cells[i]) if row.cells[i] else None)
            parts += [row.cells[i] for i in table.indexes("measure")]
            row_goal = tuple(p for p in parts if p)
        else:
            row_goal = goal
        values = table.indexes("value")
        unit = _text_or_none("\n".join(row.cells[i] for i in table.indexes("unit")))
        cells = [ValueCell(table.columns[i].header, row.cells[i], ref, unit=unit) for i in values]
        text_of = {role: _text_or_none((PROGRESS_COLUMNS_SEPARATOR if role == "progress" else "\n").join(
                   row.cells[i] for i in table.indexes(role))) for role in ("progress", "reason", "department", "note")}
        note = " ".join(filter(None, [text_of["note"], _row_note(table, row)])) or None
        out.append(IndicatorRow(
            kind=table.kind or "",
            name=row.cells[name],
            goal=row_goal,
            ref=ref,
            cells=cells,
            department=text_of["department"] or table.department,
            progress=text_of["progress"],
            reason=text_of["reason"],
            note=note,
        ))
    return out


# --- the front end ----------------------------------------------------------------------------


class TabbedFrontEnd:
    """Tab-separated text tables read by their header row."""

    name = "tabbed"

    def score(self, document: LoadedDocument) -> float:
        """0 without a tab-separated indicator table; more tables, more evidence (capped at 1)."""
        if document.kind != "text":
            return 0.0
        found = len(find_tables(document.lines))
        return 0.0 if not found else min(1.0, 0.5 + 0.1 * found)

    def extract(self, document: LoadedDocument, info: DocumentInfo | None) -> Extraction:
        lines = document.lines
        info = info or detect(lines)
        outline = read_outline(lines)
        extraction = Extraction(
            source_file=document.source_file,
            doc_type=info.doc_type,
            title=info.title,
            fiscal_year=info.fiscal_year,
            shape=SHAPE,
            warnings=list(outline.warnings),
        )
        per_table: list[list[IndicatorRow]] = []
        tables = find_tables(lines)
        for n, table in enumerate(tables):
            goal = _heading_goal(table, lines, outline, tables[:n])
            per_table.append(table_rows(table, goal, document.source_file, extraction.rejects, extraction.warnings))
        rows, rejects, warnings = merge_repeats(per_table)
        extraction.rows = rows
        extraction.rejects.extend(rejects)
        extraction.warnings.extend(warnings)
        if not rows:
            extraction.warnings.append("no indicator rows found in tab-separated tables")
        return extraction


FRONT_END = TabbedFrontEnd()
