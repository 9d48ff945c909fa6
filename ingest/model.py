"""Typed hand-offs between the stages: document → table rows with located cells.

Every front end (tab-separated text, column-linearised text, fragment text, PDF) produces an
`Extraction` made of `IndicatorRow`s. Everything after that (header → role/period, `parse_cell`,
goal paths, tables) is shared, so a new layout only needs a new front end that fills these.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.document import file_line, file_lines

#: Words of the report of a block that only repeats indicators read elsewhere (`ingest.unread`): information kept in
#: the document's warnings, told apart from real warnings by these words (the console shows it as information).
REPEAT_WORDS = "a repeat of indicators read elsewhere"

#: Between the texts of two progress columns of one row (a rate and a grade, layouts 17 `達成率` `評価`): they stay
#: apart, where a line break inside one cell is a wrapped label (`概ね順調に` / `進捗`) and joins.
PROGRESS_COLUMNS_SEPARATOR = " / "

@dataclass(frozen=True)
class SourceRef:
    """Where something was printed: file name, 1-based PDF page and/or 1-based text line."""

    source_file: str
    page: int | None = None
    line: int | None = None


@dataclass
class ValueCell:
    """One value cell of an indicator row, with the column header it sits under; `unit` is the text of the row's
    unit column (`単位`), which applies to a value printed without a unit."""

    header: str
    text: str
    ref: SourceRef
    uncertain: bool = False
    unit: str | None = None
    #: the segment a breakdown row names for every value of the cell (`内訳　小学生`), when the cell prints none
    segment: str | None = None
    #: why the reader placed the cell by a guess, when it knows which guess (an `UNCERTAIN_REASONS` code, schema.tables)
    doubt: str | None = None


@dataclass
class IndicatorRow:
    """One indicator as printed in one table of one document.

    `goal` holds the path parts as printed, outermost first (basic goal, sub-goal as `N-M`, measure with its
    circled number; or project, heading, 重点施策 X-Y 方針N); `normalize.goals.goal_part` puts each part in
    canonical form. `name` is the indicator name as printed (raw); `cells` are its value cells only. `commentary`
    holds the running text of the row's narrative columns (what was done, issues, next steps, an evaluation comment),
    column header → text as printed, in column order.
    """

    kind: str
    name: str
    goal: tuple[str, ...]
    ref: SourceRef
    cells: list[ValueCell] = field(default_factory=list)
    department: str | None = None
    progress: str | None = None
    reason: str | None = None
    note: str | None = None
    commentary: dict[str, str] = field(default_factory=dict)
    name_uncertain: bool = False
    #: the reader is not sure the row stands under `goal` (two headings before the table, a heading that disagreed
    #: with its sub-goal, a level between a project and its policy left unknown, a heading's wrapped tail): the goal
    #: may be another or cut short
    goal_uncertain: bool = False
    #: the reader is not sure `note` is the row's own and whole: a note printed apart from the table that no mark,
    #: name or single row ties to this row, or whose end the text does not show (a paragraph run on after it)
    note_uncertain: bool = False
    #: the kind the headings that own the row give it (`ingest.table.context.owner_kind`): its kind when no caption,
    #: header word nor the document's title names one (`ingest.registry`)
    owner_kind: str | None = None


@dataclass
class Reject:
    """A row or cell that could not be read, kept with its reason and location."""

    ref: SourceRef
    raw: str
    reason: str


#: Kinds of `SeenTable`.
UNREAD, SKIPPED, LONE, AS_TEXT = "unread", "skipped", "lone", "text"


@dataclass(frozen=True)
class SeenTable:
    """A table a front end saw but did not read (`ingest.table.interpret`): its `kind` (`unread`: value headers but
    no indicator column, `skipped`: no indicator header, `lone`: one row after a table it cannot continue, `text`: one
    row that is no table, its lines handed back to the text readers, no warning), where
    it stands, the value words of its header and the texts of its rows. Whether another reader (statements) read
    its values is decided once every reader has run (`ingest.unread.read_elsewhere`)."""

    kind: str
    place: str
    words: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()


@dataclass
class Extraction:
    """What a front end read from one document."""

    source_file: str
    doc_type: str
    title: str | None = None
    fiscal_year: str | None = None
    shape: str | None = None
    pages: int | None = None
    #: the issuing government (`ingest.government`): name, 6-digit 全国地方公共団体コード, its prefecture
    government: str | None = None
    government_code: str | None = None
    government_prefecture: str | None = None
    #: why the government is null or weakly read (kept apart from the table warnings; both reach `documents`)
    government_warnings: list[str] = field(default_factory=list)
    #: where the title was printed (`line 3`, `p.1`; ingest.cover), the edition's publication date read from the
    #: cover or colophon (`2024-03`, ingest.published) and where, and why the title is empty
    title_location: str | None = None
    published: str | None = None
    published_location: str | None = None
    cover_warnings: list[str] = field(default_factory=list)
    rows: list[IndicatorRow] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Lines of text outside every table, in reading order, each with where it stands (a front end that reads
    #: positioned text, such as the PDF one, fills it): what readers of running text (statements) read.
    text_lines: list[tuple[str, SourceRef]] = field(default_factory=list)
    #: Tables seen but not read, each warned of (`ingest.table.interpret.seen_warnings`) until a later reader reads it.
    seen_tables: list[SeenTable] = field(default_factory=list)
    #: Each PDF page's text: where a document nobody read rows from prints KPI-like words (`ingest.registry`).
    page_texts: list[str] = field(default_factory=list)
    #: A text whose lines were read in another order than printed or joined (`ingest.document.LoadedDocument.
    #: source_lines`): the file's line where each read line starts, for the lines a warning names; empty: the same.
    source_lines: list[int] = field(default_factory=list)

    def row_lines(self) -> set[int]:
        """The lines (1-based, as read) a row or one of its cells was read from."""
        return {ref.line for row in self.rows for ref in (row.ref, *(cell.ref for cell in row.cells))
                if ref.line is not None}

    def file_line(self, number: int | None) -> int | None:
        """The file's line where read line `number` (1-based) starts (None: no line)."""
        return file_line(self.source_lines, number)

    def file_lines(self, first: int, last: int) -> str:
        """`lines A-B`: the file's lines where read lines first-last start (`ingest.document.file_lines`)."""
        return file_lines(self.source_lines, first, last)
