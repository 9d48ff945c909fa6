"""The one table interpreter: grids and the text lines around them, in reading order → indicator rows.

Readers (a PDF engine, pipe rows, tab rows, whitespace-aligned text) find where cells are and call `lines` and
`grid` in reading order; the interpreter decides what every column means (`ingest.table.header`), reads the rows
(`ingest.table.rows`), carries goal headings, kind captions and `※` notes from the lines
(`ingest.table.context`), joins a table continued over pages, and says what it saw but could not read (issue 11
part 6: a table with value headers but no indicator column is reported, never dropped silently).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from ingest.document import file_line
from ingest.model import AS_TEXT, LONE, SKIPPED, UNREAD, Extraction, IndicatorRow, SeenTable, ValueCell
from ingest.repeats import merge_repeats
from ingest.table.arrows import split_arrow_columns
from ingest.table.cards import card_grids
from ingest.table.context import (
    Heading,
    Surroundings,
    TextLine,
    box_department,
    broken_label,
    goal_level,
    graded_row,
    numbered_cells_under,
    numbered_label,
    unit_field,
    upright_goal_starts,
    upright_goals,
)
from ingest.table.grid import Grid, GridCell
from ingest.table.header import (
    NAME,
    NUMBER,
    VALUE,
    TableLayout,
    compact,
    form_layout,
    header_bands,
    header_role,
    is_caption,
    is_goal_heading,
    is_header_words,
    kind_of,
    name_groups,
    names_apart_layout,
    names_period,
    read_layout,
    row_texts,
    sideways_layout,
    year_only,
)
from ingest.table.name_rows import labelled_name_rows
from ingest.table.rows import (
    STACKED_LEGEND,
    TABLE_UNIT,
    UNREAD_UNIT,
    TableContext,
    indicator_rows,
    legend_lines,
    segments_parent,
)
from ingest.table.unit_cells import join_unit_cells, units_given_back
from ingest.text.fragment_cells import is_parenthetical
from ingest.text.furniture import note_after_table, note_line, quoted_names
from normalize.cell import is_dash_run, parse_cell
from normalize.goals import goal_part
from normalize.header import ALL_ROLE_WORDS, parse_header
from normalize.periods import find_period, parse_period
from normalize.text import clean_name, longest_first, nfkc, one_line
from normalize.vocabulary import (
    CAPTION_BRACKETS,
    CIRCLED_NUMBERS,
    GOAL_COLUMN_ROLES,
    KINDS,
    SENTENCE_ENDINGS,
    TABLE_NOTE_MARK,
)

#: The warning naming a note printed under a table that no row prints the mark of (its first 60 characters follow).
UNTIED_NOTE_WARNING = "note under a table tied to no row"
#: A paragraph after other text citing a name in quotes that no row read before it has (`Interpreter._quoted_note`).
QUOTED_PARAGRAPH_WARNING = "paragraph after a table citing a name no row read has"
#: A value's reference to a note printed under the table (`700人(※)`).
NOTE_REFERENCE = re.compile(rf"[(（]\s*{re.escape(TABLE_NOTE_MARK)}\s*[)）]")
_ROLE_KEYS = longest_first(compact(word) for word in ALL_ROLE_WORDS)
_KPI_WORDS = longest_first(compact(w) for w in (*ALL_ROLE_WORDS, *KINDS) if len(compact(w)) >= 3)
#: A value header is short (`計画最終年度目標値（令和９年度）`); a longer text naming 目標値 is prose in a cell.
MAX_HEADER_CHARS = 24
#: How many locations a warning lists before it says "…".
MAX_LISTED = 10
#: How much of a row's cells a warning quotes.
MAX_ROW_CHARS = 60


def where(grid: Grid, numbers: Sequence[int] = ()) -> str:
    """`page 5` for a PDF table, `line 12` for a text table (`numbers`: the file's line of each read line,
    `ingest.model.Extraction.source_lines`)."""
    if grid.page is not None:
        return f"page {grid.page}"
    lines = [c.line for c in grid.cells if c.line is not None]
    return f"line {file_line(numbers, min(lines))}" if lines else "a table"


def seen_warnings(tables: list[SeenTable]) -> dict[str, str]:
    """The warnings for tables seen but not read, one a kind (`SeenTable.kind`), in this order: tables without
    indicator header, one-row tables, tables with value headers but no indicator column."""
    warnings: dict[str, str] = {}
    if skipped := [table.place for table in tables if table.kind == SKIPPED]:
        plural = "s" if len(skipped) > 1 else ""
        warnings[SKIPPED] = f"{len(skipped)} table{plural} without indicator header skipped at {_listed(skipped)}"
    if lone := [table for table in tables if table.kind == LONE]:
        plural = "s" if len(lone) > 1 else ""
        shown = "; ".join(f"{table.place}: {' | '.join(one_line(t) for t in table.texts)[:MAX_ROW_CHARS]}"
                          for table in lone[:MAX_LISTED])
        warnings[LONE] = (f"{len(lone)} one-row table{plural} not joined to the table before it (other columns, or "
                          f"a heading between), not read: {shown}{'; …' if len(lone) > MAX_LISTED else ''}")
    if unread := [table for table in tables if table.kind == UNREAD]:
        words: list[str] = []
        for table in unread:
            words += [w for w in table.words if w not in words]
        plural = "s" if len(unread) > 1 else ""
        warnings[UNREAD] = (f"{len(unread)} table{plural} with {'/'.join(words) or 'value'} headers at "
                            f"{_listed([table.place for table in unread])}; no indicator column found")
    return warnings


def _listed(places: list[str]) -> str:
    shown = ", ".join(places[:MAX_LISTED])
    return shown + (", …" if len(places) > MAX_LISTED else "")


def _value_header_words(grid: Grid) -> list[str]:
    """The value role words (`目標値`, `基準値`) of the first row that prints some as column headers, in order."""
    for row in range(grid.n_rows):
        words: list[str] = []
        for text in row_texts(grid, row):
            folded = compact(text)
            word = next((w for w in _ROLE_KEYS if w in folded), None)
            if word and word not in words and header_role(text) == VALUE and len(folded) <= MAX_HEADER_CHARS:
                words.append(word)
        if words:
            return words
    return []


def _prints(grid: Grid, row: int) -> bool:
    """Some cell of the grid row prints text."""
    return any(c.row == row and c.text.strip() for c in grid.cells)


def _header_unit(grid: Grid, layout: TableLayout) -> str | None:
    """The unit of a unit field line (`（単位：人）`) that a text reader put into the header band as a cell of its own
    (pdftotext -raw, pdfplumber and pypdfium2 give the field line and the header line one after the other, and a reader
    may join them: layouts 69); None when no header cell is such a field or two name different units."""
    units = {unit for cell in grid.cells if layout.header_start <= cell.row < layout.header_end
             and (unit := unit_field(cell.text)) is not None}
    return units.pop() if len(units) == 1 else None


#: Opening brackets of a caption (`【`, `＜` after NFKC `<`).
_CAPTION_OPENERS = {nfkc(mark) for mark in CAPTION_BRACKETS[::2]}


def _header_caption_kinds(grid: Grid, layout: TableLayout) -> list[str]:
    """The kinds bracketed captions name (`【重要業績評価指標（KPI）】`) when a text reader put the caption line into
    the header band as cells (layouts 68: the caption stands right above a header that has no name header word),
    in reading order: several are captions of tables printed side by side (`【数値目標】 【重要業績評価指標（KPI）】`
    over two tables that a text layer writes one after the other). A column header that names a kind without
    caption brackets is a column's header, not a caption."""
    cells = sorted((cell.row, cell.col, kind) for cell in grid.cells
                   if layout.header_start <= cell.row < layout.header_end
                   and nfkc(cell.text).strip()[:1] in _CAPTION_OPENERS and (kind := kind_of(cell.text)) is not None)
    return list(dict.fromkeys(kind for _, _, kind in cells))


def _group_label_kind(grid: Grid, layout: TableLayout) -> str | None:
    """The one kind the labels merged right above the header over a name column and its values name (`ＫＰＩ①` /
    `ＫＰＩ②` over `指標名 目標値（R5） …`, layouts 202: a row of the grid above the band, read as no header), else
    None: a label over the indicators of its columns."""
    names = {c.index for c in layout.of(NAME)}
    kinds = {kind_of(c.text) for c in grid.cells if c.row + c.row_span == layout.header_start and c.col_span > 1
             and names & set(range(c.col, c.col + c.col_span))}
    return kinds.pop() if len(kinds) == 1 and None not in kinds else None


def goalless(row: IndicatorRow) -> bool:
    """The row was read under no goal."""
    return not any(part.strip() for part in row.goal)


def flag_goalless(rows: list[IndicatorRow], unplaced: bool = False) -> None:
    """Rows read under no goal are flagged `goal_uncertain` when other rows of `rows` read one (their goal cell was
    lost: a merged cell printed once, a heading the reader did not see), or when the text prints goals the reading
    did not place (`unplaced`: a goal column, goal glyphs printed upright apart from the rows): the reading cannot
    say they stand under none.
    A goal part whose label a text layer cut or doubled (`broken_label`: `策1`, `施策施策`) is flagged too; and where
    goals are printed upright (`unplaced`), a row whose path stops short of another row's of its kind under the same
    goal (its glyphs printed beside the rows around it, not its own line) may stand under that row's measure. A row
    of another kind stands under none of them (a sub-goal's own `数値目標` row above its measure's `KPI` rows, its
    measure cell empty): its path is the goal's own, no doubt."""
    deeper = {(row.kind, row.goal[:k]) for row in rows for k in range(1, len(row.goal))} if unplaced else set()
    unplaced = unplaced or not all(goalless(row) for row in rows)
    for row in rows:
        row.goal_uncertain |= (unplaced and goalless(row)) or any(broken_label(part) for part in row.goal) \
            or (row.kind, tuple(row.goal)) in deeper


@dataclass
class Interpreter:
    """Reading-order state across a document: headings, the table being read, its layout and carried cells."""

    extraction: Extraction
    surroundings: Surroundings = field(default_factory=Surroundings)
    layout: TableLayout | None = None
    kind: str | None = None
    carried: dict[str, str] = field(default_factory=dict)
    levels: dict[int, str] = field(default_factory=dict)
    last_rows: list[IndicatorRow] = field(default_factory=list)
    #: the rows of the last table with its continuations over page breaks (a note under its end may name any)
    table_rows: list[IndicatorRow] = field(default_factory=list)
    #: rows of the last table whose note ends in a line that may be a part's title (`Surroundings.title_in_cells`):
    #: their note may have run on into it, which a goal heading right after the table makes likely
    titled_notes: list[IndicatorRow] = field(default_factory=list)
    #: the last note `lines` met, as its rows hold it (`Surroundings.note_rest` goes on with it)
    last_note: str = ""
    #: the grid of the last table read (a table wider than the page goes on in the next grid by its key column)
    last_grid: Grid | None = None
    #: tables seen but not read: value headers but no indicator column, no indicator header, or one row after a
    #: table it could not continue (`SeenTable.kind`)
    seen: list[SeenTable] = field(default_factory=list)
    #: the rows of every table read, in reading order (a table printed twice is merged by `finish`)
    tables: list[list[IndicatorRow]] = field(default_factory=list)
    #: the goal path from the headings of the table being read, and its unlabelled measure (a continued table
    #: keeps them)
    table_goal: tuple[tuple[str, ...], str | None] = ((), None)
    #: the headings do not say for sure that the table being read stands under `table_goal` (a continued table keeps
    #: the doubt; `Surroundings.goal_doubt`, `Surroundings.stacked_headings`)
    table_goal_doubt: bool = False
    #: tables read under an unlabelled measure (`_goal`), with that measure's path part
    unlabelled_measures: list[tuple[list[IndicatorRow], str]] = field(default_factory=list)
    #: goal headings of `surroundings` already looked at, and the index in `tables` of the first table after the last
    headings_seen: int = 0
    tables_since_heading: int = 0
    #: the tables read under two goal headings printed one after the other (`Surroundings.stacked_headings`), each
    #: new table with its continuations, as indexes in `tables` (`_columns_in_turn`)
    stacked_tables: list[list[int]] = field(default_factory=list)
    #: a page title naming a goal with no table read after it yet, the heading before it, and the tables read between
    #: them: (title, heading before, first table, end)
    trailing_title: tuple[Heading, Heading | None, int, int] | None = None
    #: a text layer's page of each line (0-based, `ingest.text.furniture.line_pages`); empty when the text does not
    #: show where its pages end
    line_pages: list[int] = field(default_factory=list)
    #: the goal heading in force follows a sibling heading whose section printed text but no table
    #: (`_tables_after_body`): (that heading, the heading in force)
    tableless_before: tuple[Heading, Heading] | None = None
    #: new tables (no continuation) read since the last goal heading
    tables_owned: int = 0

    def __post_init__(self) -> None:
        self.surroundings.source_lines = self.extraction.source_lines  # its warnings name the file's lines

    def lines(self, lines: list[TextLine]) -> None:
        """Text outside the tables, in reading order: headings, captions, notes under the last table."""
        notes = self.surroundings.read(lines)
        self._notes_into_title(lines)
        if (rest := self.surroundings.note_rest) and self.last_note:
            # the rest of the note read last, handed over apart (the note's line was in a table's lines): the rows
            # holding that note hold all of it
            for row in self.last_rows:
                if (row.note or "").endswith(self.last_note):
                    row.note += rest
            self.last_note += rest
        if legend := self.surroundings.legend_under:
            # `※上段：目標値　下段：実績値` under the table just read: its cells' lines take the legend's roles
            for row in self.last_rows:
                row.cells = [line for cell in row.cells for line in legend_lines(cell, list(legend))]
            self.surroundings.legend_under = ()
        headings = self.surroundings.headings
        self._goal_cells_after_rows(headings[self.headings_seen:])
        for n in range(self.headings_seen, len(headings)):
            self._title_owns_none()
            self._columns_in_turn(headings[n - 2:n] if n >= 2 else [])
            self.tableless_before = self._tableless_sibling(headings[:n], headings[n]) if n else None
            self.tables_owned = 0
            if headings[n].titled:
                before = headings[n - 1] if n else None
                self.trailing_title = (headings[n], before, self.tables_since_heading, len(self.tables))
            self.tables_since_heading = len(self.tables)
        self.headings_seen = len(self.surroundings.headings)
        self.extraction.warnings += self.surroundings.warnings
        self.surroundings.warnings.clear()
        under = self.surroundings.notes_under_table
        # a value column whose header carries the mark (`計画最終年度 目標値※`, 001): a note printed right under the
        # table is about that column, in every row
        headers = [c.header for c in self.layout.of(VALUE) if TABLE_NOTE_MARK in c.header] if self.layout else []
        referring = [row for row in self.last_rows if any(NOTE_REFERENCE.search(cell.text) for cell in row.cells)]
        for n, note in enumerate(notes):
            if not note_line(note):
                # a paragraph under the table citing a name in quotes (`Surroundings.read`): the rows it names
                self._quoted_note(note, self.surroundings.quoted_after_text.get(n))
                continue
            # a note printed under the table, before any other text, is about the rows that print its mark
            marked = _rows_noted(note, [other for k, other in enumerate(notes[:under]) if k != n], referring) \
                if n < under else []
            for row in marked:
                row.note = "; ".join(filter(None, [row.note, note]))
            if n < under and headers and self.last_rows:
                for row in self.last_rows:
                    row.note = "; ".join(filter(None, [row.note, *(f"{one_line(h)}: {note}" for h in headers)]))
            elif not marked and n < under:
                # (a note after other text, such as a glossary entry, is the text's own, not the table's)
                self.extraction.warnings.append(f"{UNTIED_NOTE_WARNING}: {note[:60]}")
        if notes:
            self.last_note = notes[-1]

    def _notes_into_title(self, lines: list[TextLine]) -> None:
        """The last table's rows whose note ran on into its last line, a title-like line (`産業の競争力強化`) after a
        note's line that ends no sentence, are flagged `note_uncertain` when the first text after the table is a
        goal heading: a part's title prints right above its heading, and a text layer does not show where the note
        cell ended (`…※当該年度の平均値` / `産業の競争力強化` / `重点施策 3-1 方針1:…`)."""
        printed = [line for line in lines if line.text.strip()]
        if not printed or not self.titled_notes:
            return
        if is_goal_heading(printed[0].text):
            for row in self.titled_notes:
                row.note_uncertain = True
        self.titled_notes = []

    def _quoted_note(self, note: str, after_text: str | None = None) -> None:
        """A paragraph printed right under the table, no note mark, citing names in quotes (`成果指標「健康寿命」の
        算出方法について…`): a note of the table's rows it names (a page break may stand between them); one naming
        none is warned of, not given to a row by a guess. `after_text`: the paragraph was printed after other text
        since the table, there (`line 12`, `p.3`): a note of the rows it names in the last table read that has them,
        else warned of with its place (it may name an indicator of a table further on, or none)."""
        quoted = {clean_name(name) for name in quoted_names(note)}
        named = [row for row in self.table_rows if clean_name(row.name) in quoted]
        if after_text is not None and not named:
            named = next((found for rows in reversed(self.tables)
                          if (found := [row for row in rows if clean_name(row.name) in quoted])), [])
        for row in named:
            row.note = "; ".join(filter(None, [row.note, note]))
        if not named and after_text is not None:
            where = f"{after_text}: " if after_text else ""
            self.extraction.warnings.append(f"{where}{QUOTED_PARAGRAPH_WARNING}: {note[:60]}")
        elif not named:
            self.extraction.warnings.append(f"{UNTIED_NOTE_WARNING}: {note[:60]}")

    def grid(self, grid: Grid, may_continue: bool = True, known: dict[int, TableLayout] | None = None) -> None:
        """One grid: one table, or several when header bands stand inside it (a text page with two tables, each
        with its caption, or a header repeated in a long table), or cards side by side, each one indicator's form
        under its title (`ingest.table.cards`). `known`: the grid's header bands its caller has read already
        (`ingest.table.header.read_layout`), by their first row; read once, they serve every reading below."""
        if (cards := card_grids(grid)) is not None:
            for titles, card in cards:
                self.lines(titles)
                self.table(card)
            return
        if (turned := labelled_name_rows(grid)) is not grid:
            grid, known = turned, None  # `指標名 | name` over each block's own header and values: a name column
        known = {} if known is None else known
        parts = split_at_headers(grid, known)
        for part in parts:
            # a grid not cut is read again whole (the same cells): its bands are the ones read already
            self.table(part, may_continue, known if len(parts) == 1 and part.cells == grid.cells else None)
            may_continue = True

    def table(self, grid: Grid, may_continue: bool = True, known: dict[int, TableLayout] | None = None) -> None:
        """One table. Without its own header it continues the previous table when it has the same columns, no
        heading or caption came between, and `may_continue` (the reader knows it can: e.g. first on its page).
        `known`: the grid's header bands read already (see `grid`)."""
        # `基準値（R1）→目標値（R7）` over `1,200人→1,500人`: two columns; `基準値（R1）` merged over `1,250` | `千人`:
        # one column
        split = units_given_back(join_unit_cells(split_arrow_columns(grid)))
        grid, known = split, known if split is grid else None
        layout = read_layout(grid, known)
        if layout is None and (reread := form_layout(grid) or sideways_layout(grid)) is not None:
            # a form's label–value pairs, or header words down the first column (one indicator a column)
            grid, layout = reread
        # nothing printed since the last table: a headerless grid opening with goal headings goes on under its header
        right_after = self.layout is not None and not (self.surroundings.changed or self.surroundings.text_since_table)
        # no heading or caption since a header read without rows: this grid may hold its rows (a page break between)
        under_cut_header = None
        # only goal headings since the last table: band rows across it (`基本目標Ⅲ：…`) a text reader cut it at; a grid
        # of its columns without a header goes on under the header above, its rows under the new goal
        banded = self.layout is not None and may_continue and self.surroundings.bands_only
        if layout is None and may_continue and (not self.surroundings.changed or banded):
            under_cut_header = self._under_cut_header(grid)
        if under_cut_header is not None:
            grid, layout = under_cut_header
        lead = layout.header_start if layout else _leading_captions(grid)
        if lead:
            self.lines(_lines_above(grid, lead))  # a heading or caption printed inside the grid, above the table
        if layout is None and lead == grid.n_rows:
            return  # nothing but headings and captions
        if layout is None and not lead and self._joins_by_key(grid):
            return  # the later columns of the table before, printed on the next page
        if layout is None and not lead and self._repeats_key(grid):
            self._skipped(grid)  # later columns whose keys are not the table's rows: never read as its rows
            return
        start = layout.header_end if layout else lead
        headed = layout is not None  # the grid prints a header of its own
        if layout is None and (apart := names_apart_layout(grid, lead)) is not None:
            layout = apart  # names printed above their values: the rows are read from the first name on
        same_shape = self.layout is not None and grid.n_cols == len(self.layout.columns)
        unchanged = not self.surroundings.changed or self._goal_cell_restated(layout)
        continued = True
        list_heading = False
        if layout is None:
            # the same columns under a goal heading printed as a band row across the table (a text reader's grid cut
            # at it, `split_at_headers`): the table goes on, its rows under the new goal
            under_heading = (right_after or banded) and (lead == 0 or _goal_headings_only(grid, lead)) \
                and (lead > 0 or banded)
            # a heading numbered next after a name of the table above (`① …世帯数` / `② 移住相談件数`) is as well
            # that cell's next name, printed on a line of its own (layouts 195): the goal is a guess
            list_heading = under_heading and _next_list_item(grid, lead, self.last_grid, self.layout)
            if not (same_shape and (unchanged or under_heading) and may_continue):
                self._skipped(grid)
                return
            layout = self.layout  # continued from the previous page without its header repeated
            if not unchanged:
                continued = False
                # cells carried down end at the heading; the unit over the whole table stays (or its doubt)
                self.carried = {key: self.carried[key] for key in (TABLE_UNIT, UNREAD_UNIT) if key in self.carried}
                self.levels = {}
        elif under_cut_header is None and self.layout is not None and unchanged and may_continue \
                and _abridged_header(layout, self.layout):
            # the header printed again over the rest of the table on the next page, shortened by hand: the table
            # goes on under its first header's columns (their years)
            layout = replace(self.layout, header_start=layout.header_start, header_end=layout.header_end)
        elif under_cut_header is None and not (
                self.layout is not None and layout.signature == self.layout.signature and unchanged):
            # a new table; its header printed again after a page break under a goal band of its own (nothing else
            # between) is the same table's: the unit over the whole table stays, as it does for its headerless parts
            again = banded and self.layout is not None and layout.signature == self.layout.signature
            captioned = self.carried.get(TABLE_UNIT) if not again else None
            self.carried = {key: self.carried[key] for key in (TABLE_UNIT, UNREAD_UNIT)
                            if again and key in self.carried}
            if captioned:
                # after a table under a unit field line (its header printed again after a page break, read as
                # another header or after rows no table read, or a table of its own): whether that unit is this
                # one's too, when it prints none of its own, a guess
                self.carried[UNREAD_UNIT] = captioned
            self.kind, self.levels = None, {}
            continued = False
        elif under_cut_header is not None and self.surroundings.changed:
            continued = False  # the header's rows under a goal band printed between them (`banded`): its goal
        assert layout is not None
        if self.surroundings.role_captions_mixed and headed:
            grid = replace(grid, uncertain=True)  # captions of two roles both above it (layouts 200): whose values?
        elif self.surroundings.role_caption and headed:
            layout = _captioned_role(layout, self.surroundings.role_caption)
        if self.surroundings.role_years and headed:
            layout = _captioned_years(layout, self.surroundings.role_years)
        if self.surroundings.legend:
            self.carried[STACKED_LEGEND] = "\n".join(self.surroundings.legend)  # (and its continuation)
        if self.surroundings.unit:
            self.carried[TABLE_UNIT] = self.surroundings.unit  # `（単位：人）` over the table (and its continuation)
        elif (unit := _header_unit(grid, layout)) is not None:
            self.carried[TABLE_UNIT] = unit  # the same field line, taken into the header row by a text reader
        elif self.surroundings.unit_unread and TABLE_UNIT not in self.carried:
            self.carried[UNREAD_UNIT] = self.surroundings.unit_unread  # its bare numbers flagged (`indicator_rows`)
        if kinds := _header_caption_kinds(grid, layout):
            # `【重要業績評価指標（KPI）】` taken into the header row likewise; captions side by side: the tables after
            # this one, each without a caption of its own, take the later ones in order
            self.surroundings.pending_kind, self.surroundings.side_kinds = kinds[0], kinds[1:]
        elif not continued and self.surroundings.pending_kind is None and self.surroundings.side_kinds:
            self.surroundings.pending_kind = self.surroundings.side_kinds.pop(0)
        self.kind = _group_label_kind(grid, layout) or self.surroundings.pending_kind or self.kind
        goal, measure = self.table_goal if continued else self._goal()
        context = TableContext(self.extraction.source_file, self.kind, goal, self.carried,
                               self.levels, self.last_rows[-1] if continued and self.last_rows else None,
                               self.surroundings.department, self.carried.get(TABLE_UNIT),
                               self.extraction.source_lines, self.surroundings.under_measure)
        if (stacked := self.surroundings.stacked_headings) is not None:
            # which of two headings printed one after the other owns this table the text does not say: its rows
            # keep the later heading's path, flagged uncertain, and the reading says so once
            grid = replace(grid, uncertain=True)
            warning = (f"{stacked[0]}: goal headings {one_line(stacked[1])!r} and {one_line(stacked[2])!r} printed one "
                       "after the other before the tables (a two-up page?): which heading a table belongs to cannot "
                       "be told from the text; their rows are flagged uncertain")
            if warning not in self.extraction.warnings:
                self.extraction.warnings.append(warning)
        rows, rejects = [], []
        carried = dict(self.carried)
        for k, group in enumerate(name_groups(layout)):
            # several indicators a row, each its name column and values: each group read as a table of its own
            # (the cells carried down start afresh in each), the other groups' columns left to them
            part_context = context if not k else replace(context, carried=dict(carried))
            more, lost = indicator_rows(grid, group, start, part_context)
            rows += more
            rejects += lost
        self.extraction.warnings += [f"line {self.extraction.file_line(line)}: {what}" for line, what in grid.told]
        for line, text in grid.unplaced:
            warning = (f"line {self.extraction.file_line(line)}: {text!r} read under the table's rows but into no row "
                       "(the table ended before its row's cells)")
            if warning not in self.extraction.warnings:  # a grid cut into tables tells its lines once
                self.extraction.warnings.append(warning)
        _flag_rows_over_unplaced(rows, grid.unplaced)
        _flag_glyph_columns(rows)
        _flag_years_printed_once(rows)
        _flag_roles_off_their_columns(rows, layout)
        doubt = self.table_goal_doubt if continued else (
            self.surroundings.goal_doubt or stacked is not None or list_heading)
        carried_doubt = continued and bool(self.last_rows) and self.last_rows[-1].goal_uncertain
        for row in rows:
            # a goal carried on from the table's last row before (a merged goal cell over a page break) whose goal
            # was in doubt stays in doubt
            row.goal_uncertain |= carried_doubt and row.goal == self.last_rows[-1].goal
            # a row whose own goal cells go deeper than the headings' path is placed by them; two headings stacked
            # before the table leave even those under an unknown outer goal
            row.goal_uncertain |= doubt and (stacked is not None or len(row.goal) <= len(goal))
        flag_goalless(rows, any(layout.of(role) for role in GOAL_COLUMN_ROLES))
        if not continued:
            self._upright_goal_cells(rows, _upright_header_cells(grid, layout))
        # its header printed again after text on the page of the rows before: a table of its own to the question
        # which heading owns it (`_tables_after_body`), though read on as the same columns
        owned = not continued or (headed and self.surroundings.other_since_table and bool(rows) and bool(
            self.last_rows) and self._same_page(self.last_rows[-1].ref.line, rows[0].ref.line))
        self.surroundings.table_read()
        if measure:
            self.unlabelled_measures.append((rows, measure))
        if stacked is not None and (not continued or not self.stacked_tables or (headed and rows and self._same_page(
                rows[0].ref.line, self.surroundings.headings[-1].line))):
            # (a header repeated on the headings' page is the second column's table, not a page's continuation)
            self.stacked_tables.append([])
        if stacked is not None:
            self.stacked_tables[-1].append(len(self.tables))
        if not continued:
            self.surroundings.tables_under_subgoal += 1
            self.table_goal = (goal, measure)
            self.table_goal_doubt = doubt
        self.tables_owned += owned
        self.tables.append(rows)
        if owned:
            self._tables_after_body()
        self.trailing_title = None
        self.extraction.rejects.extend(rejects)
        self.layout, self.last_rows, self.last_grid = layout, rows, grid
        self.table_rows = [*self.table_rows, *rows] if continued else rows
        self.titled_notes = _notes_ending_in(rows, self.surroundings.title_in_cells)
        for row in rows:
            # a goal heading read as (part of) a note cell (`重点施策 7-2 方針2:…` under a table's last row in a
            # text layer): the next part's heading, or a line of the note; which, the reader guessed
            row.note_uncertain |= any(is_goal_heading(line) for line in (row.note or "").splitlines())
        self.surroundings.title_in_cells = None
        self.surroundings.pending_kind, self.surroundings.changed = None, False
        self.surroundings.text_since_table = False

    def _goal_cell_restated(self, layout: TableLayout | None) -> bool:
        """Only goal headings came since the last table, each the start of the goal cell its last row carried
        down (a spreadsheet prints a goal cell merged over a page break again on the next page, above the header
        repeated there: `基本目標２` / `青葉野市への…をつ`, wrapped at the cell's width): the table goes on under that
        cell, which the headings, cut short, only restate. The headings' path is undone."""
        headings = self.surroundings.headings_since_table
        if not headings or self.layout is None or layout is None or layout.signature != self.layout.signature:
            return False
        carried = [compact(text) for role in GOAL_COLUMN_ROLES if (text := self.carried.get(role, "")).strip()]
        if not all(any(cell.startswith(compact(h)) for cell in carried) for h in headings):
            return False
        self.surroundings.goal = list(self.table_goal[0])
        return True

    def _under_cut_header(self, grid: Grid) -> tuple[Grid, TableLayout] | None:
        """The header of the table before, read with no row under it (the last lines of a page), over this headerless
        grid (the top of the next page), when together they read as one table: a page break that cut the header,
        its period line `（令和5年度）` printed on the next page above the rows (004). None otherwise."""
        header, layout = self.last_grid, self.layout
        if header is None or layout is None or self.last_rows or layout.header_end < header.n_rows:
            return None
        stacked = header_over(header, grid)
        joined = read_layout(stacked) if stacked is not None else None
        return (stacked, joined) if stacked is not None and joined is not None else None

    def _repeats_key(self, grid: Grid) -> bool:
        """The grid's header repeats the key column (`No.`) of the table before and names value columns: a wide
        sheet's later page (`_joins_by_key`), whatever its rows."""
        layout = self.layout
        if self.last_grid is None or layout is None or not layout.of(NUMBER) or not _value_header_words(grid):
            return False
        key = layout.of(NUMBER)[0].index
        return key < grid.n_cols and bool(compact(grid.text_at(0, key) or "")) and compact(
            grid.text_at(0, key) or "") == compact(self.last_grid.text_at(layout.header_start, key) or "")

    def _joins_by_key(self, grid: Grid) -> bool:
        """A table wider than the page printed across pages (a spreadsheet's print titles repeat its first columns):
        a grid whose header repeats the key column (`No.`) of the table before and names value columns but no
        indicator, whose key column lists the same keys in the same order, holds more columns of the same rows.
        Its cells (values, department) join the rows with the same key; True when it was so read."""
        previous, layout, rows = self.last_grid, self.layout, self.last_rows
        if previous is None or layout is None or not rows or not layout.of(NUMBER) or not layout.of(NAME):
            return False
        key, name = layout.of(NUMBER)[0].index, layout.of(NAME)[0].index
        band = layout.header_end - layout.header_start
        if key >= grid.n_cols or grid.n_rows <= band or not _value_header_words(grid):
            return False
        if compact(grid.text_at(0, key) or "") != compact(previous.text_at(layout.header_start, key) or ""):
            return False
        # rows by key; a text reader's grid keeps a blank line as an empty row (`line_rows`), which holds no key
        old_rows = {r: compact(text) for r in range(layout.header_end, previous.n_rows)
                    if (text := previous.text_at(r, key) or "").strip()}
        new_rows = {r: compact(text) for r in range(band, grid.n_rows) if (text := grid.text_at(r, key) or "").strip()}
        old_keys, new_keys = list(old_rows.values()), list(new_rows.values())
        # a text layer that lost the key column on both pages (pypdfium2 drops some glyphs): the rows that print
        # something, one a grid row, joined by their order when both pages have as many as were read; flagged
        keyless = not old_rows and not new_rows and previous.line_rows == grid.line_rows
        if keyless:
            old_rows = {r: "" for r in range(layout.header_end, previous.n_rows) if _prints(previous, r)}
            new_rows = {r: "" for r in range(band, grid.n_rows) if _prints(grid, r)}
            if not len(old_rows) == len(new_rows) == len(rows):
                return False
        elif new_keys != old_keys or not old_keys or len(set(old_keys)) != len(old_keys):
            return False
        if any(c.text.strip() for c in grid.cells if c.row >= band and c.row not in new_rows):
            return False  # a row without its key: a piece of another row, not a blank line
        # the grid with the earlier page's name column put back beside its key: its rows read as the same indicators
        cells = [replace(c, col=c.col + 1) if c.col > key else c for c in grid.cells]
        cells.append(GridCell(0, key + 1, previous.text_at(layout.header_start, name) or "", row_span=band))
        cells += [GridCell(r, key + 1, previous.text_at(old, name) or "")
                  for r, old in zip(new_rows, old_rows, strict=True)]
        joined = replace(grid, cells=cells, n_cols=grid.n_cols + 1, col_edges=[], name_col=None)
        joined_layout = read_layout(joined)
        if joined_layout is None:
            return False
        context = TableContext(self.extraction.source_file, self.kind, self.table_goal[0], self.carried,
                               self.levels, None, self.surroundings.department, self.carried.get(TABLE_UNIT),
                               self.extraction.source_lines, self.surroundings.under_measure)
        more, rejects = indicator_rows(joined, joined_layout, joined_layout.header_end, context)
        if [clean_name(r.name) for r in more] != [clean_name(r.name) for r in rows]:
            return False
        for row, extra in zip(rows, more, strict=True):
            for cell in extra.cells:
                cell.uncertain |= keyless
            row.cells.extend(extra.cells)
            row.department = row.department or extra.department
        self.extraction.rejects.extend(rejects)
        self.surroundings.table_read()
        self.surroundings.changed = False
        return True

    def _goal(self) -> tuple[tuple[str, ...], str | None]:
        """The goal path of the next table from the headings, and the unlabelled measure it adds, if any.

        A table that follows another table of the same sub-goal before any measure heading belongs to the
        sub-goal's first measure, printed without its label (003: the PDF lost `具体的な施策①`): `①` with the title
        line above its prose. Kept only when the document prints measure headings elsewhere (`finish`). Without such
        a title nothing but the table's place says a measure began (a second table of the sub-goal's own, 000): a
        bare `①` would be a level read from nothing, so the table stays under the sub-goal."""
        goal = tuple(self.surroundings.goal)
        if len(goal) == 2 and goal[1] and self.surroundings.tables_under_subgoal and self.surroundings.title:
            measure = f"{CIRCLED_NUMBERS[0]} {self.surroundings.title}"
            return (*goal, measure), measure
        return goal, None

    def _skipped(self, grid: Grid) -> None:
        place = where(grid, self.extraction.source_lines)
        words = tuple(_value_header_words(grid))
        texts = tuple(" ".join(row_texts(grid, row)) for row in range(grid.n_rows))
        if words:
            self.seen.append(SeenTable(UNREAD, place, words, texts))
        elif grid.n_rows > 1 and grid.n_cols > 1:
            self.seen.append(SeenTable(SKIPPED, place, texts=texts))
        elif grid.n_rows == 1 and (department := box_department(row_texts(grid, 0))) is not None:
            # a box of fields over the tables under it (`事業名 | … | 担当課 | 企画政策課`): its department is theirs,
            # as a field line's is; the other fields are text
            self.surroundings.department = department
            self.seen.append(SeenTable(AS_TEXT, place, texts=texts))
        elif self.layout is not None and len(row_texts(grid, 0)) > 1:
            # one row of cells after a table it cannot continue (other columns, or a heading between): most likely
            # that table's last row; its cells are named in the warning, not dropped silently
            self.seen.append(SeenTable(LONE, place, texts=tuple(row_texts(grid, 0))))
        else:  # one row or one column that is no table (a ruled box of statements, layouts 177): its lines are text
            self.seen.append(SeenTable(AS_TEXT, place, texts=texts))

    def finish(self) -> None:
        """The rows of all tables, one per indicator when a table was printed several times (`merge_repeats`),
        and warnings for what was seen but not read (issue 11 part 6)."""
        self._title_owns_none()
        self._columns_in_turn(self.surroundings.headings[-2:])
        if not self.surroundings.measure_seen:
            for rows, measure in self.unlabelled_measures:
                for row in rows:
                    row.goal = tuple(part for part in row.goal if part != measure)
        rows, rejects, warnings = merge_repeats(self.tables, self.extraction.source_lines)
        flag_goalless(rows, self.surroundings.upright_goals)
        self.extraction.rows.extend(rows)
        self.extraction.rejects.extend(rejects)
        self.extraction.warnings.extend(warnings)
        self.extraction.seen_tables += self.seen
        self.extraction.warnings += seen_warnings(self.seen).values()

    def _columns_in_turn(self, stacked: list[Heading]) -> None:
        """Two goal headings printed one after the other (`stacked`: the last two before the next heading or the
        end) over as many tables read after them: the two columns of a two-up page, each printed whole in turn
        (pdfminer), so the first table stands under the first heading, as the statement reader gives each column
        its heading (`ingest.text.statements._columns_in_turn`); its rows read under the later heading's path take
        the first's. They stay flagged `goal_uncertain` (the text shows no positions). Any other count of tables
        keeps the later heading's path."""
        groups, self.stacked_tables = self.stacked_tables, []
        if len(stacked) != 2 or len(groups) != 2:
            return
        first, later = stacked[0].path, stacked[1].path
        for index in groups[0]:
            for row in self.tables[index]:
                if row.goal[:len(later)] == later:
                    row.goal = (*first, *row.goal[len(later):])

    def _tableless_sibling(self, earlier: list[Heading], heading: Heading) -> tuple[Heading, Heading] | None:
        """(the heading before, heading) when the goal heading right before `heading` is of its level, under the
        same path, and its section printed text but no table (the two headings not printed one right after the
        other); else None. A heading printed before already (a plan's goals listed with their summaries, then each
        goal's section) is no such case: the one before it is another part's."""
        before = earlier[-1]
        stacked = self.surroundings.stacked_headings
        if len(before.path) != len(heading.path) or before.path[:-1] != heading.path[:-1] \
                or self.tables_since_heading != len(self.tables) \
                or (stacked is not None and stacked[1:] == (before.text, heading.text)) \
                or any(goal_part(h.text) == goal_part(heading.text) for h in earlier):
            return None
        return before, heading

    def _tables_after_body(self) -> None:
        """Two tables or more under a goal heading whose sibling heading before it owns none (`施策（１）` and its
        prose, `施策（２）` and its prose, then two KPI tables each under its caption): a word processor's text boxes
        (LibreOffice Writer frames, layouts 256) that a text layer printed after the body of the page, so the first
        table may be the earlier heading's as well as this one's. The text does not say which: the rows of every
        table under the heading keep its path, flagged `goal_uncertain`, and the reading says so once."""
        if self.tableless_before is None or self.tables_owned < 2:
            return
        for table in self.tables[self.tables_since_heading:]:
            for row in table:
                row.goal_uncertain = True
        before, heading = self.tableless_before
        warning = (f"goal heading {one_line(before.text)!r} printed with text but no table, {self.tables_owned} "
                   f"tables under the next heading {one_line(heading.text)!r} (text boxes printed after the body?): "
                   "which heading owns which table cannot be told; their rows' goal is flagged uncertain")
        if self.tables_owned == 2:
            self.extraction.warnings.append(warning)

    def _title_owns_none(self) -> None:
        """A page title naming a goal (`…基本目標３「…」の進捗`) with no table after it before the next heading or the
        end owns no table below it: a text layer printing in drawing order (`pdftotext -raw`, pypdfium2) put the
        page's title after the page's tables. The tables read before it on its own page, after no heading of that
        page, are its page's: their rows read under the headings alone (no goal cell of their own) take the
        title's path. Which other tables read before it are that page's the text does not say: their rows keep the
        path they were read under, flagged `goal_uncertain`, and the reading says so; in a text showing no pages, rows
        read under no heading at all take the title's path, flagged all the same."""
        if self.trailing_title is None:
            return
        title, before, start, end = self.trailing_title
        self.trailing_title = None
        page = self._page_of_line(title.line)
        own_page = page is not None and (before is None or self._page_of_line(before.line) not in (None, page))
        # a text showing no pages (pypdfium2's pages joined by a newline, no page number printed) with no heading
        # before the title: the title most likely names the rows read under none, but they may be another page's
        unpaged = not self.line_pages and before is None
        doubtful = 0
        for table in self.tables[start:end]:
            on_page = own_page and all(self._page_of_line(row.ref.line) == page for row in table)
            for row in table:
                if on_page and row.goal == (before.path if before else ()):
                    # (a doubt about the path read before stays; a row read under no goal was flagged for that)
                    row.goal_uncertain &= not goalless(row)
                    row.goal = title.path
                else:
                    if unpaged and not row.goal:
                        row.goal = title.path
                    row.goal_uncertain = True
                    doubtful += 1
        if doubtful:
            self.extraction.warnings.append(
                f"goal title {one_line(title.text)!r} printed after {doubtful} rows with no table after it (a page "
                "title the text layer printed after its page?): their goal is flagged uncertain")

    def _same_page(self, line: int | None, other: int | None) -> bool:
        """Two 1-based text lines stand on one page, as far as the text shows its pages."""
        page = self._page_of_line(line)
        return page is not None and page == self._page_of_line(other)

    def _goal_cells_after_rows(self, new: list[Heading]) -> None:
        """Goal headings of one level printed one after the other right after a table whose goal column printed no
        cell on its rows' lines (`Grid.goals_guessed`): a text layer printing in drawing order (`pdftotext -raw`,
        pypdfium2) gave the merged goal cells of the table's rows after them, in order (a heading over a table
        would own one, not several with no table between). The rows are theirs, the first row the first goal's
        and the last the last's; where the goals part the text does not say: the rows are shared out in order
        (`_share_out`: where the department changes, else evenly), each flagged `goal_uncertain`, and the reading
        says so."""
        if len(new) < 2 or not self.tables or self.last_grid is None or not self.last_grid.goals_guessed \
                or self.tables_since_heading >= len(self.tables) or any(h.titled for h in new):
            return
        rows = self.tables[-1]
        depth = len(new[0].path)
        if len(rows) < len(new) or any(len(h.path) != depth or h.path[:-1] != new[0].path[:-1] for h in new) \
                or any(not row.goal_uncertain or row.goal != rows[0].goal for row in rows):
            return
        _share_out(rows, [h.path for h in new])
        self.extraction.warnings.append(
            f"goal cells {', '.join(repr(one_line(h.text)) for h in new)} printed after the {len(rows)} rows of "
            "their table (merged cells a text layer printed apart): rows shared out among them in order, flagged "
            "uncertain")

    def _upright_goal_cells(self, rows: list[IndicatorRow], in_header: list[str]) -> None:
        """Goal cells written upright (vertical writing) that the text layer printed apart, before a table whose
        rows print no goal (pdfminer: a merged cell's glyphs before the table's) or among its header's words
        (`in_header`, `_upright_header_cells`): of one level, two or more, the rows are theirs in order; where the
        goals part the text does not say: the rows are shared out (`_share_out`), each flagged `goal_uncertain`, and
        the reading says so. Cells of one label and a number alone under the heading the rows read
        (`numbered_cells_under`) are a level under it."""
        glyphs = "".join([*self.surroundings.upright_since_table, *in_header])
        cells = upright_goals(glyphs)
        read = {row.goal for row in rows}
        if len(read) == 1 and numbered_cells_under(cells, outer := next(iter(read))):
            # a column of numbered cells (`施` / `策` / `１`) under the heading the rows read: one level under it
            _share_out(rows, [(*outer, cell) for cell in cells])
            self.extraction.warnings.append(
                f"goal cells {', '.join(map(repr, cells))} written upright apart from the {len(rows)} rows of their "
                f"table under {one_line(outer[-1])!r}: rows shared out among them in order, flagged uncertain")
            return
        if len(read) == 1 and len(goal := next(iter(read))) == 1 and all(row.goal_uncertain for row in rows):
            # the table's lines took the last cell's glyphs, read as the rows' goal, in doubt (`１稼ぐまち` before
            # the rows, `２住みたいまち` among them; pypdfium2 gives `２住` to both)
            folded, own = nfkc(glyphs), nfkc("".join(goal[0].split()))
            both = max(k for k in range(len(own) + 1) if folded.endswith(own[:k]))
            cells = upright_goals(folded[:len(folded) - both] + own)
            if not cells or cells[-1] != nfkc(goal[0]):
                return
            cells[-1] = goal[0]
        elif any(row.goal for row in rows):
            return
        levels = {goal_level(cell) for cell in cells}
        if len(cells) < 2 or len(levels) != 1 or None in levels or len(rows) < len(cells):
            return
        _share_out(rows, [(cell,) for cell in cells])
        self.extraction.warnings.append(
            f"goal cells {', '.join(map(repr, cells))} written upright apart from the {len(rows)} rows of their "
            "table: rows shared out among them in order, flagged uncertain")

    def _page_of_line(self, line: int | None) -> int | None:
        """The page of a text layer's 1-based line, when known."""
        return self.line_pages[line - 1] if line is not None and 0 < line <= len(self.line_pages) else None


def _upright_header_cells(grid: Grid, layout: TableLayout) -> list[str]:
    """Header cells over no cell of the rows that print a goal label and a number alone (`施策１`, `施策２`): the
    glyphs of a measure-number column written upright that a text layer printing in drawing order (`pdftotext
    -raw`, pypdfium2) gave after the header's words, read into the header as columns of their own."""
    body = {cell.col for cell in grid.cells if cell.row >= layout.header_end and cell.text.strip()}
    return [c.header for c in layout.columns if c.index not in body and numbered_label(c.header) is not None]


def _share_out(rows: list[IndicatorRow], paths: list[tuple[str, ...]]) -> None:
    """The rows, in order, shared out among goal paths in order (the first row the first path's, the last the
    last's): goal cells whose rows the text does not show. Each part ends where the rows' department changes
    nearest its even share (a department's merged cell stands inside one goal's, the outer level: 企画課 over
    `転入者数` and `移住相談件数` both under 基本目標２), evenly where every row prints no department. Each flagged
    `goal_uncertain`."""
    cuts = _goal_cuts(rows, len(paths))
    for k, row in enumerate(rows):
        row.goal = paths[sum(k >= cut for cut in cuts)]
        row.goal_uncertain = True


def _goal_cuts(rows: list[IndicatorRow], parts: int) -> list[int]:
    """The indices of `rows` where each of `parts` goals after the first begins: at the department changes nearest
    the even cuts (`_share_out`), in order; the even cuts where a row prints no department or the departments
    change too seldom."""
    even = [k * len(rows) / parts for k in range(1, parts)]
    changes = [k for k in range(1, len(rows)) if rows[k].department != rows[k - 1].department]
    if any(row.department is None for row in rows) or len(changes) < parts - 1:
        return [math.ceil(cut) for cut in even]
    cuts: list[int] = []
    for n, cut in enumerate(even):
        free = [k for k in changes if (not cuts or k > cuts[-1]) and sum(c > k for c in changes) >= parts - 2 - n]
        cuts.append(min(free, key=lambda k: (abs(k - cut), -k)))
    return cuts


def _abridged_header(layout: TableLayout, before: TableLayout) -> bool:
    """`layout`'s header is `before`'s printed again in short (`指標 | 基準値 | 目標値 | 担当` on the next page
    under `重要業績評価指標 | 基準値（令和５年度） | 目標値（令和11年度） | 担当課`, layouts 267): the same column roles
    in the same order, each value column of the same value role, naming no period where the first header named
    them."""
    if [c.role for c in layout.columns] != [c.role for c in before.columns] or layout.signature == before.signature:
        return False
    pairs = [(parse_header(new.header), parse_header(old.header))
             for new, old in zip(layout.of(VALUE), before.of(VALUE), strict=True)]
    return bool(pairs) and all(new[0] is not None and new[0] == old[0] and new[1] is None for new, old in pairs) \
        and all(old[1] is not None for _, old in pairs)


def header_over(header: Grid, body: Grid) -> Grid | None:
    """The rows of `header` stacked over `body`, each header column put in the body column under its middle, or in
    a column of its own right of the body (a column the body leaves empty, `解説`); None without column lines on both
    grids, or when two header columns fall in one body column (they do not continue each other)."""
    if len(header.col_edges) != header.n_cols + 1 or len(body.col_edges) != body.n_cols + 1:
        return None
    edges = list(body.col_edges)
    into: list[int] = []
    for left, right in pairwise(header.col_edges):
        middle = (left + right) / 2
        if middle >= edges[-1]:
            edges.append(right)
        into.append(next((i for i, right_edge in enumerate(edges[1:]) if middle < right_edge), len(edges) - 2))
    if len(set(into)) < len(into):
        return None
    n_cols = len(edges) - 1
    cells = [replace(c, col=into[c.col], col_span=max(1, into[min(c.col + c.col_span, header.n_cols) - 1]
                                                       - into[c.col] + 1)) for c in header.cells]
    cells += [replace(c, row=c.row + header.n_rows) for c in body.cells]
    return replace(body, cells=sorted(cells, key=lambda c: (c.row, c.col)), n_rows=header.n_rows + body.n_rows,
                   n_cols=n_cols, col_edges=edges, row_edges=[], name_col=None,
                   uncertain_rows={row + header.n_rows for row in body.uncertain_rows})


def _notes_ending_in(rows: list[IndicatorRow], title: str | None) -> list[IndicatorRow]:
    """The rows whose note ends in `title` after text that ends no sentence (the title may be the note's rest)."""
    if not title:
        return []
    end = compact(title)
    return [row for row in rows if row.note and (joined := compact(row.note)).endswith(end) and len(joined) > len(end)
            and not joined[:-len(end)].endswith(SENTENCE_ENDINGS)]


def _rows_noted(note: str, others: list[str], marked: list[IndicatorRow]) -> list[IndicatorRow]:
    """The rows printing a note's mark (`700人(※)`) that a note under their table is about: where other notes stand
    under it with the same mark, the rows the note names (`※…（コミュニティバス利用者数 244,765 人、…）`), else
    the rows no other note names (none: the note is another table's); every marked row when no note names one."""
    if not others:
        return marked
    named = [row for row in marked if _names_row(note, row)]
    claimed = [row for row in marked if any(_names_row(other, row) for other in others)]
    if named or not claimed:
        return named or marked
    return [row for row in marked if row not in claimed]


def _names_row(note: str, row: IndicatorRow) -> bool:
    """The note names the row's indicator (its printed name, compared without spaces)."""
    name = compact(row.name)
    return len(name) > 1 and name in compact(note)


def _flag_rows_over_unplaced(rows: list[IndicatorRow], unplaced: Sequence[tuple[int, str]]) -> None:
    """A row printed right above a line of text read into no row (`Grid.unplaced`), a note's line aside: that line
    may be the rest of the row's wrapped name (`市内の宿泊施設における延べ` / `宿泊者数（人）` after a table's last
    row), so the row's values are read with doubt (`lines_beside`) besides the warning naming the line."""
    after = {line for line, text in unplaced if not note_after_table(text)}
    for row in rows:
        lines = [cell.ref.line for cell in row.cells if cell.ref.line is not None]
        if lines and max(lines) + 1 in after:
            for cell in row.cells:
                if not cell.uncertain:
                    cell.uncertain, cell.doubt = True, "lines_beside"


def _filled_cells_by_column(rows: list[IndicatorRow]) -> dict[str, list[ValueCell]]:
    """The value cells printing something, by their column's header."""
    by_header: dict[str, list[ValueCell]] = {}
    for row in rows:
        for cell in row.cells:
            if cell.text.strip():
                by_header.setdefault(cell.header, []).append(cell)
    return by_header


def _glyphs(text: str) -> bool:
    """A cell printing a letter a line and no figure (`仕\n事`: a title set vertically, a glyph a line); not a
    stand-in (`―`), nor a word a value column may print (`増加`, a qualitative target)."""
    lines = [nfkc(line).strip() for line in text.splitlines() if line.strip()]
    # `ー` is a letter to Python, and a dash standing in for a value not reported (`ー ー 113,400`)
    return bool(lines) and all(len(line) == 1 and line.isalpha() and not is_dash_run(line) for line in lines)


def _flag_glyph_columns(rows: list[IndicatorRow]) -> None:
    """A value column most of whose filled cells print a letter a line and no figure (`_glyphs`) is no column of
    values: a header word of another column read as a value's role (`基本` / `目標` over a goal column whose title
    is set vertically: `１` / `仕` / `事`). Its cells are flagged: a figure read there (`１`, `２\n人\nを`) is no
    value to trust, nor are the glyphs an observation left empty. When its glyphs, read down, spell goals
    (`１仕事をつくる２人を…`, `upright_goal_starts`), every row stands under one of those goals, which its path
    lacks (where each goal's rows end the cut glyphs do not say): their goal is flagged `goal_uncertain`."""
    for cells in _filled_cells_by_column(rows).values():
        if 2 * sum(_glyphs(cell.text) for cell in cells) > len(cells):
            for cell in cells:
                if not cell.uncertain:
                    cell.uncertain, cell.doubt = True, "placement_guessed"
            if upright_goal_starts("".join("".join(cell.text.split()) for cell in cells)):
                for row in rows:
                    row.goal_uncertain = True


def _year_line_first(text: str) -> bool:
    """A cell whose first line is a bracketed period alone over its value (`（R1）` / `3人`)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return len(lines) >= 2 and is_parenthetical(lines[0]) and parse_period(nfkc(lines[0])[1:-1]) is not None


def _flag_years_printed_once(rows: list[IndicatorRow]) -> None:
    """A column whose header prints no year, where some cells open with a bracketed period on a line of its own
    (`（R1）` / `3人`) and others print a value and no period: the year line may be the header's, pushed under it
    (a frame's header lines beside prose, pdftotext `-layout`), so whether the cells without it share that year
    is a guess. They are flagged, not left undated as if the column named none."""
    for header, cells in _filled_cells_by_column(rows).items():
        if find_period(header) is not None or not any(_year_line_first(cell.text) for cell in cells):
            continue
        for cell in cells:
            if not cell.uncertain and find_period(cell.text) is None and any(ch.isdigit() for ch in cell.text):
                cell.uncertain, cell.doubt = True, "placement_guessed"


def _stranded_role_word(line: str) -> bool:
    """A header line that is a value role word and nothing else (`基準値`, `目標数値`)."""
    return is_header_words(line) and parse_header(line)[0] is not None and header_role(line) == VALUE


def _flag_roles_off_their_columns(rows: list[IndicatorRow], layout: TableLayout | None) -> None:
    """Value columns headed by a year alone (`（R1年度）`) while the role words of the header band (`基準値` /
    `目標数値` on a line of their own) head other columns, of no values (`進捗状況` / `基準値`, `要因分析` /
    `目標数値`): the role line was placed off the columns it heads (a header line under the year line pushed aside
    by a wide word above it, pdftotext `-layout`), so the role each value column has is a guess. Its values are
    flagged, not read as actuals of the years with certainty."""
    if layout is None:
        return
    values = layout.of(VALUE)
    yearly = {c.header for c in values
              if c.header.strip() and all(names_period(line) for line in c.header.splitlines() if line.strip())}
    if not yearly or not any(_stranded_role_word(line) for c in layout.columns if c.role not in (VALUE, NAME)
                             for line in c.header.splitlines()[1:]):
        return
    for row in rows:
        for cell in row.cells:
            if cell.header in yearly and not cell.uncertain:
                cell.uncertain, cell.doubt = True, "placement_guessed"


def split_at_headers(grid: Grid, known: dict[int, TableLayout] | None = None) -> list[Grid]:
    """The grid cut before every indicator header band after the first, and before the caption or heading rows
    (one text each, empty lines between them) printed above such a band, so that they introduce the next table.
    A text-line grid is also cut at every caption or heading row below its first header: a text reader cannot
    tell where a table ends, a heading can. `known`: see `ingest.table.header.header_bands`."""
    bands = [band for band in header_bands(grid, known) if band.usable]
    bands = bands[:1] + [band for band in bands[1:] if not _labels_in_body(grid, band, bands[0].header_end)]
    cuts = []
    for band in bands[1:]:
        start = band.header_start
        above = start
        while above - 1 > 0 and (_is_caption_row(grid, above - 1) or not row_texts(grid, above - 1)):
            above -= 1
            if row_texts(grid, above):
                start = above
        cuts.append(start)
    if grid.line_rows and not grid.row_edges and bands:
        body = range(bands[0].header_end, grid.n_rows)
        goal_columns = {c.index for role in GOAL_COLUMN_ROLES for c in bands[0].of(role)}
        filled = [row for row in body if row_texts(grid, row)]
        cuts += [row for prev, row in pairwise(filled)
                 if (_is_caption_row(grid, row, goal_columns) and not _is_caption_row(grid, prev, goal_columns))
                 or _is_note_row(grid, row)]
    notes = _closing_notes(grid)
    # a note closing a table continued without its header (a page's last rows) is no name's rest either
    if notes is not None and (notes >= bands[0].header_end if bands else notes > 0):
        cuts.append(notes)
    edges = [0, *sorted(set(cuts)), grid.n_rows]
    return [grid.crop_rows(a, b) for a, b in pairwise(edges) if b > a]


def _closing_notes(grid: Grid) -> int | None:
    """The first row of the note that closes a grid: its last rows each one text in the first column, the first of
    them a note row (`※実績値は各年度末の数値。` printed under a table without rules, which the reader cannot tell
    from a row), the others going on with it."""
    start = None
    for row in reversed(range(grid.n_rows)):
        cells = [c for c in grid.cells if c.row == row and c.text.strip()]
        if not cells:
            continue
        if _is_note_row(grid, row):
            start = row
        elif len(cells) != 1 or cells[0].col != 0:
            break
    return start

def _labels_in_body(grid: Grid, band: TableLayout, since: int) -> bool:
    """A band whose name header is a text the body above prints in the same column (`KPI` in a kind column,
    beside a name and a value's year `(平成 30 年度)`): a body row, not a new table's header."""
    names = {c.index for c in band.of(NAME)}
    heads = {(c.col, compact(c.text)) for c in grid.cells
             if band.header_start <= c.row < band.header_end and c.col in names and c.text.strip()}
    return any((c.col, compact(c.text)) in heads for c in grid.cells if since <= c.row < band.header_start)


def _leading_captions(grid: Grid) -> int:
    """How many rows at the top of the grid are captions, headings, empty, or a `※` note with the lines of one
    text each that continue it."""
    row = 0
    in_note = False
    while row < grid.n_rows:
        texts = row_texts(grid, row)
        in_note = _is_note_row(grid, row) or (in_note and len(texts) == 1)
        if texts and not in_note and not _is_caption_row(grid, row):
            break
        row += 1
    return row if any(row_texts(grid, r) for r in range(row)) else 0


def _next_list_item(grid: Grid, end: int, previous: Grid | None, layout: TableLayout | None) -> bool:
    """A heading above `end` opens with a circled number (`② …`) whose number comes right after the one opening a
    line of a name in the previous table's name column (`① …`): a numbered list of names in one cell."""
    if previous is None or layout is None:
        return False
    opening = {" ".join(row_texts(grid, row)).strip()[:1] for row in range(end)}
    before = {CIRCLED_NUMBERS[CIRCLED_NUMBERS.index(mark) - 1] for mark in opening
              if mark and mark in CIRCLED_NUMBERS[1:]}
    names = {c.index for c in layout.of(NAME)}
    return any(line.strip()[:1] in before for cell in previous.cells if cell.col in names
               for line in cell.text.splitlines())


def _goal_headings_only(grid: Grid, end: int) -> bool:
    """The grid's rows above `end` print goal headings (a band row across the table, `基本目標２ …`) and nothing
    else."""
    texts = [" ".join(row_texts(grid, row)) for row in range(end)]
    return any(texts) and all(goal_level(text) is not None for text in texts if text)


def _is_note_row(grid: Grid, row: int) -> bool:
    """A row whose first text, in the first column, is a note (`furniture.note_line`: `※現状値からは減少しているが…`,
    `注）…`, `出典：…`): a note line a reader without rules took into its grid. A wide space inside the note may part
    it into cells (`※方向性：↗ 増加を目指す ↘ 減少を目指す` | `→ 現状の維持を目指す`, a legend, layouts 185), and so
    may the space after its mark (`※１` | `目標値は第２期計画策定時に上方修正`): the others print no value (a row of
    values after a marked name is no note; a digit inside the note's words, `第２期`, is none)."""
    cells = sorted((c for c in grid.cells if c.row == row and c.text.strip()), key=lambda c: c.col)
    return bool(cells) and cells[0].col == 0 and note_line(cells[0].text) \
        and not any(part.value is not None for c in cells[1:] for part in parse_cell(c.text))


def _is_caption_row(grid: Grid, row: int, goal_columns: set[int] | None = None) -> bool:
    """A row of one text that is a caption or a goal heading, outside the table's goal columns (a heading
    printed in a goal column is that column's merged cell)."""
    cells = sorted((c for c in grid.cells if c.row == row and c.text.strip()), key=lambda c: c.col)
    if not cells or any(c.col in (goal_columns or set()) for c in cells) or segments_parent(grid, row) \
            or graded_row(" ".join(c.text for c in cells)):
        return False
    if len(cells) > 1 and not (grid.line_rows and not grid.row_edges):
        return False
    if len(cells) > 1:
        # a heading split into cells at its spaces (`1 しごとの創生`) is read whole; a kind cell beside a name
        # (`KPI 製造業の従業者数`) is no caption, nor a value with its unit beside a progress word (`365 日 順調に進捗`)
        first = parse_cell(cells[0].text)
        if any(v.value is not None and v.unit for v in first):
            return False
        return goal_level(" ".join(c.text for c in cells)) is not None
    return is_caption(cells[0].text) or goal_level(cells[0].text) is not None


def _lines_above(grid: Grid, end: int) -> list[TextLine]:
    """Grid rows above the header as text lines (a reader that cannot tell a heading from a table row keeps it)."""
    out = []
    for row in range(end):
        texts = [c.text for c in sorted(grid.cells, key=lambda c: c.col) if c.row == row and c.text.strip()]
        if texts:
            # a text table's line fills its width as far as anyone can tell: a note goes on over the next line
            out.append(TextLine(" ".join(texts), float(row), float(row + 1), fills_width=grid.page is None,
                                line=grid.line_of(row)))
    return out


def _kpi_words(folded: str) -> list[str]:
    """The KPI-like words of a text in reading order, longest first where they overlap (`中間目標値`, not `目標値`)."""
    found: list[tuple[int, str]] = []
    for word in _KPI_WORDS:
        for match in re.finditer(re.escape(word), folded):
            found.append((match.start(), word))
        folded = folded.replace(word, " " * len(word))
    return [word for _, word in sorted(found)]


def survey_lines(lines: list[str], place: str = "line", numbers: Sequence[int] = ()) -> str | None:
    """For a document no reader understood: which KPI-like words it prints and where (`place` names what one
    entry of `lines` is: a text line, or a PDF page's whole text; `numbers`: the file's line of each text line,
    `ingest.document.LoadedDocument.source_lines`), else None."""
    found_at: set[int] = set()
    words: list[str] = []
    for number, line in enumerate(lines, start=1):
        found = _kpi_words(re.sub(r"\s+", "", nfkc(line)))
        if found:
            found_at.add(file_line(numbers, number))  # two loaded lines may come from one line of the file
            words += [w for w in dict.fromkeys(found) if w not in words]
    if not found_at:
        return None
    seen = sorted(found_at)
    return (f"KPI-like words ({'/'.join(words)}) on {len(seen)} {place}{'s' if len(seen) > 1 else ''} "
            f"({_listed([str(n) for n in seen])}); no indicator table layout recognised")


def _captioned_years(layout: TableLayout, years: tuple[tuple[str, str], ...]) -> TableLayout:
    """The layout with the years a note line above the table names for its roles (layouts 276
    `（現状値：令和５年度、目標値：令和11年度）`) put under the value headers that print that role word alone
    (`現状値`): a header naming a year of its own keeps it."""
    dated = dict(years)
    columns = tuple(replace(c, header=f"{c.header}\n（{dated[word]}）")
                    if c.role == VALUE and (word := nfkc(compact(c.header))) in dated else c for c in layout.columns)
    return replace(layout, columns=columns)


def _captioned_role(layout: TableLayout, role: str) -> TableLayout:
    """The layout with the role a caption line above the table names (`■各年度の目標値`, layouts 200) put over its
    value columns when every one is headed by a year alone (`R3 | R4 | R5`, else the years' actuals): a header
    naming roles of its own keeps them."""
    values = layout.of(VALUE)
    if not values or not all(year_only(c.header) for c in values):
        return layout
    columns = tuple(replace(c, header=f"{role}\n{c.header}") if c.role == VALUE else c for c in layout.columns)
    return replace(layout, columns=columns)
