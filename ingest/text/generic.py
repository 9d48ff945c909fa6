"""The generic text front end: any text layer whose tables the readers find (pipe rows, tab rows, CSV rows,
aligned columns, one cell per line), read by the one table interpreter. The registry runs it for documents no
specialised front end knows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ingest.detect import DocumentInfo, detect
from ingest.document import LoadedDocument
from ingest.model import Extraction
from ingest.table.cards import card_grids
from ingest.table.context import TextLine, goal_level, upright_goal_glyphs
from ingest.table.grid import Grid
from ingest.table.header import (
    NAME,
    PERIOD,
    VALUE,
    TableLayout,
    continued_caption,
    continued_heading,
    form_layout,
    header_role,
    is_header_words,
    names_period,
    read_layout,
    sideways_layout,
    unit_field_line,
)
from ingest.table.interpret import Interpreter
from ingest.table.rows import WRAP_WIDTH_SLACK, breakdown_segment, grade_definition, legend_texts
from ingest.text import (
    aligned,
    cells,
    csvrows,
    form_rows,
    labelled_rows,
    pipes,
    raw_rows,
    spaced,
    stacked,
    tabs,
    year_rows,
)
from ingest.text.blocks import TextTable, upright_headers
from ingest.text.fragment_cells import is_parenthetical, is_value, tokens
from ingest.text.furniture import (
    beside_cells,
    furniture_line,
    labelled_note,
    line_pages,
    note_after_table,
    note_line,
    numbered_footers,
)
from ingest.text.statements import states_itself
from ingest.text.token_types import SPACED, T_VALUE, is_department, is_progress, rate_apart, token_type
from ingest.text.typed_rows import year_of
from ingest.title import names_plan
from normalize.periods import parse_period
from normalize.text import close_padded_brackets, display_width, nfkc
from normalize.vocabulary import ANY_CLOSING_BRACKETS, ANY_OPENING_BRACKETS, SENTENCE_ENDINGS

#: Readers in order of precedence: the first to claim a line keeps it (pipe rows may also be aligned).
Reader = Callable[[list[str]], list[TextTable]]
READERS: tuple[Reader, ...] = (pipes.read_tables, tabs.read_tables,
                                                                csvrows.read_tables, year_rows.read_tables,
                                                                aligned.read_tables,
                                                                cells.read_tables, labelled_rows.read_tables,
                                                                raw_rows.read_tables,
                                                                spaced.read_tables, stacked.read_tables,
                                                                form_rows.read_tables)

#: Readers that place cells by their positions on the line, which must see the line as printed.
POSITIONAL: tuple[Reader, ...] = (aligned.read_tables,)

#: A table this short (a header and one row) found by one reader inside a longer readable table of a later reader
#: is a piece of that table the earlier reader misread (a single-space table's header taken for one cell per line).
PIECE_LINES = 3
#: A table inside a table of a later reader that reads it with certainty (not `guessed_throughout`) and spans at
#: least this many times its lines is also such a piece: the earlier reader read a header and its first rows alone,
#: the rest of the table being in a shape it cannot read (a `pdftotext -raw` table whose rows wrap over lines).
PIECE_SHARE = 4


def is_readable(grid: Grid) -> bool:
    """The interpreter reads the grid as an indicator table: a header it knows, or (a grid of plain rows a reader
    hands over as such) a table printed sideways or a form of label–value pairs that prints a value. Without a
    value, header words cut across a few lines (a running title over `指標名 基準値` / `（R1）`, a page's top
    before the table's rows) only look like a turned table and must not take those lines from the real one."""
    if (layout := read_layout(grid)) is not None:
        return not _words_only(grid, layout)
    if card_grids(grid) is not None:  # cards side by side (ingest.table.cards)
        return True
    if grid.line_rows:
        return False
    reading = sideways_layout(grid) or form_layout(grid)
    return reading is not None and _prints_value(*reading)


def _words_only(grid: Grid, layout: TableLayout) -> bool:
    """The body cells of the value columns print words without a digit and no value (a cover's `令和５年度　ＫＰＩ
    検証結果` over `白鷺町　総務企画課`, layouts 235: a year and a kind word read as a header over the issuer's name):
    lines that only look like a table. A header without body cells (a table's header before a page break) is not
    such, nor a cell printing a labelled figure (`現状：3,420事業所（R3）`), nor lines whose other columns print
    figures (a title line with a date at its right read as the header of a `令和６年３月現在` column: the rows under
    it are a table's, which the caption lines are read around later)."""
    body = [(c.col, nfkc(c.text)) for c in grid.cells if c.row >= layout.header_end and c.text.strip()]
    columns = {column.index for column in layout.of(VALUE)}

    def figure(text: str) -> bool:
        return is_value(text) or any(ch.isdigit() for ch in text)

    return any(col in columns for col, _ in body) and not any(figure(text) for _, text in body)


def _prints_value(grid: Grid, layout: TableLayout) -> bool:
    """Some body cell of a value column prints a value."""
    columns = {column.index for column in layout.of(VALUE)}
    return any(c.col in columns and c.text.strip() and is_value(c.text)
               for c in grid.cells if c.row >= layout.header_end)


def _quality(grid: Grid) -> tuple[int, int, int]:
    """How well a table places its cells, compared when two readers guess at the same lines: the body cells of
    its value columns that print a value in a row with a name, less the body cells of its name column that print
    one; then the department and progress cells that hold a whole department or progress label; then how near
    the years the values print lie to their columns' years. A guess that cut a block into the wrong columns places
    few values and misplaces many (`男性 77.41` read as a name, a cell's values one row each under a row holding
    only the name), runs a department and a label into a name, or fills a row's values left to right into columns
    whose years they do not print (`1.35 (令和3年)` under `基準値（令和元年度）`); a rate among a row's values of
    another unit (`18人 26人 40人 65.0%`, `token_types.rate_apart`) is the progress column's, misplaced."""
    reading = _reading(grid)
    if reading is None:
        return 0, 0, 0
    grid, layout = reading
    values = {column.index for column in layout.of(VALUE)}
    names = {column.index for column in layout.of(NAME)}
    fitting = {column.index: is_department for column in layout.of("department")}
    fitting.update({column.index: is_progress for column in layout.of("progress")})
    named = {row for c in grid.cells if c.col in names and c.text.strip()
             for row in range(c.row, c.row + c.row_span)}
    column_years = {column.index: year_of(column.header) for column in layout.of(VALUE)}
    # rows named by a segment label alone (`男性`): a value cell there opening with another segment's label
    # (`女性 906`) holds the next segment row's value, misplaced
    segment_rows = {c.row for c in grid.cells if c.col in names and breakdown_segment(c.text.strip())}
    placed = fits = drift = 0
    for c in grid.cells:
        if c.row < layout.header_end:
            continue
        if c.col in fitting and c.text.strip() and fitting[c.col](c.text.strip()):
            fits += 1
        if not stacked.prints_value(c.text):
            continue
        if c.col in names or (c.col in values and c.row in segment_rows and _opens_with_segment(c.text)):
            placed -= 1
        elif c.col in values and c.row in named:
            # a cell listing one value a line, one per indicator its row numbers (`24世帯` / `310件` beside `①…` /
            # `②…`), places each of them
            placed += max(1, sum(map(stacked.prints_value, c.text.splitlines()))) - _crowded(c.text)
            if (year := year_of(c.text)) is not None and (column_year := column_years[c.col]) is not None:
                # beyond the nearest column's year: a value dated between columns (`28,002人（令和３年）` under
                # 現状値（令和5年度）, the next column 目標値（令和11年度）) is where it belongs
                nearest = min(abs(year - y) for y in column_years.values() if y is not None)
                drift += abs(year - column_year) - nearest
    rows: dict[int, list[tuple[int, str]]] = {}
    for c in grid.cells:
        if c.row >= layout.header_end and c.col in values and c.row in named and stacked.prints_value(c.text):
            rows.setdefault(c.row, []).append((c.col, c.text.strip()))
    placed -= 2 * sum(rate_apart([text for _, text in sorted(cells)]) is not None for cells in rows.values())
    return placed - _periods_in_values(grid, layout), fits, -drift


def _periods_in_values(grid: Grid, layout: TableLayout) -> int:
    """The bare periods (`R10年度`) a value cell prints beside another token, in a table with a column of periods
    (`目標年`): that column's cells, run into a value column by a reading that filled the columns by count
    (`55.7（見込） R10年度`). A bracketed year after a value (`294百万円 （2016）`) is the value's own."""
    if not layout.of(PERIOD):
        return 0
    values = {column.index for column in layout.of(VALUE)}
    return sum(1 for c in grid.cells if c.row >= layout.header_end and c.col in values
               and len(words := c.text.split()) > 1
               for word in words if names_period(word) and not is_parenthetical(word))


def _opens_with_segment(text: str) -> bool:
    """A value cell opening with a segment label before its figure (`女性 906`); in a row of another segment, a
    reading that ran the next segment row's name into the cell beside it (a cell printing every segment's figure,
    `男性 77.41歳` / `女性 79.89歳`, stands in its indicator's row)."""
    words = text.split()
    return len(words) > 1 and breakdown_segment(words[0]) is not None \
        and any(token_type(w, SPACED) == T_VALUE for w in words[1:])


def _reading(grid: Grid) -> tuple[Grid, TableLayout] | None:
    """The grid and the layout the interpreter reads it by: its header, or (a grid of plain rows) a table printed
    sideways or a form of label–value pairs."""
    if (layout := read_layout(grid)) is not None:
        return grid, layout
    return None if grid.line_rows else sideways_layout(grid) or form_layout(grid)


#: A number as printed in a value (`27,517`, `50.6`), its digits compared without the thousands' commas.
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _numbers(text: str) -> set[str]:
    return {match.replace(",", "") for match in _NUMBER.findall(nfkc(text))}


def _body_cells(grid: Grid, role: str) -> list[str]:
    """The texts of the body cells of the columns of `role` (NAME or VALUE) the interpreter reads the grid by."""
    if (reading := _reading(grid)) is None:
        return []
    grid, layout = reading
    columns = {column.index for column in layout.of(role)}
    return [c.text for c in grid.cells if c.row >= layout.header_end and c.col in columns and c.text.strip()]


def _value_numbers(grid: Grid) -> set[str]:
    """The numbers the grid's value cells print as values (`187` of `187 事業所`, not `75` of `75歳未満…`)."""
    return {number for text in _body_cells(grid, VALUE) for word in tokens(text) if is_value(word)
            for number in _numbers(word)}


def _name_numbers(grid: Grid) -> set[str]:
    """The numbers the grid's name cells print, values or parts of a name (`75` of `がんの 75 歳未満…`). A line of a
    note (`※令和２年度は…減少`) or a goal heading (`基本目標2 …`) the name column holds is no name: the interpreter
    reads it as such, and its numbers (a year's `2`) do not show a reading that runs values into names."""
    return {number for text in _body_cells(grid, NAME) for line in text.splitlines()
            if not (beside_cells(line) or goal_level(line.strip()) is not None) for number in _numbers(line)}


def _swaps_names_and_values(table: TextTable, other: TextTable) -> bool:
    """Read over the same lines, `other` prints in a name a number `table` prints as a value, or as a value a
    number `table` prints in a name: it glues a value into an indicator's name (a baseline `187 事業所` printed over
    its name's line, cut by single spaces into a name `187` and a unit) or cuts a name into values (`がんの 75 歳
    未満…`: `75 歳未満…` read as a value)."""
    return bool(_value_numbers(table.grid) & _name_numbers(other.grid)
                or _name_numbers(table.grid) & _value_numbers(other.grid))


def _crowded(text: str) -> int:
    """The values a value cell's lines print beyond one a line, on lines of values only (`18,400 600 800 1,000`): a
    guess that read a row's values as one cell placed one of them at most, the rest misplaced."""
    return sum(max(0, len(words) - 1) for line in text.splitlines()
               if (words := line.split()) and all(is_value(word) for word in words))


def _value_lines(lines: list[str], table: TextTable) -> set[int]:
    """The lines of a table that print a value."""
    return {i for i in range(table.first, table.last + 1) if stacked.prints_value(lines[i])}


def _loses_values(lines: list[str], closed: list[str], table: TextTable) -> bool:
    """The table's reading holds in no cell a line of its span that prints a value (`lost_lines_of`): its reader
    read a few rows of the block and dropped the rest (one cell per line over a pdfplumber page, keeping only the
    rows of a segment label's lines), sure of nothing there."""
    return any(line - 1 in _value_lines(lines, table) for line in lost_lines_of(closed, table))


#: A bracketed text with single spaces inside it (`（平成 29 年）`, `（令和 12 年度）`).
_BRACKETS = re.escape(ANY_OPENING_BRACKETS + ANY_CLOSING_BRACKETS)
_SPACED_BRACKET = re.compile(rf"[{re.escape(ANY_OPENING_BRACKETS)}]([^{_BRACKETS}]*? [^{_BRACKETS}]*)"
                             rf"[{re.escape(ANY_CLOSING_BRACKETS)}]")


def _close_spaced_periods(line: str) -> str:
    """The line with the single spaces closed inside a bracketed period (`基準値（平成 29 年）` → `基準値（平成29年）`,
    a text layer's or a typist's spaced era year): one token for the readers that cut cells at spaces, as a padded
    bracket is (`close_padded_brackets`). A bracket of words (`（ 人 口 ）`) or of two spaces stays as printed."""
    def close(match: re.Match[str]) -> str:
        inner = match.group(1)
        if "  " in inner or parse_period(inner.replace(" ", "")) is None:
            return match.group(0)
        return match.group(0).replace(" ", "")
    return _SPACED_BRACKET.sub(close, line)


def _statements_only(lines: list[str], table: TextTable) -> bool:
    """A table whose header names no value by its role word and whose every line printing a value says what its
    values are itself (an arrow between them, or a role word before each: `ingest.text.statements.states_itself`):
    a list of statements that a reader took for rows (`1.name　目標値：R6　21.6億円` under a `■数値目標` caption),
    left to the statement reader. Under a header of role words (`指標　現状　目標`) such lines are rows."""
    if any(is_header_words(c.text) and header_role(c.text) == VALUE and not stacked.prints_value(c.text)
           for c in table.grid.cells):  # a header of role words, maybe under a heading the grid took (`現状値・目標値`)
        return False
    values = _value_lines(lines, table)
    return bool(values) and all(states_itself(lines[i]) for i in values)


def _pieces(lines: list[str], found: list[tuple[int, TextTable, bool]]) -> set[tuple[int, int]]:
    """(reader order, first line) of the short tables lying inside a longer readable table of a later reader, when
    every table of their reader on that longer table's lines is such a piece (a reader that read a long table there
    too, as a table and its headerless continuation, keeps its reading). A header and one row are short however many
    blank lines stand between (a `-layout` page spaces tall rows four lines apart)."""

    def short_inside(table: TextTable, other: TextTable) -> bool:
        if not (other.first <= table.first and table.last <= other.last):
            return False
        printed = sum(1 for i in range(table.first, table.last + 1) if lines[i].strip())
        return table.last - table.first < PIECE_LINES or printed < PIECE_LINES or (
            not other.grid.guessed_throughout
            and other.last - other.first + 1 >= PIECE_SHARE * (table.last - table.first + 1))

    def pieces_only(order: int, other: TextTable) -> bool:
        return all(short_inside(table, other) for table_order, table, _ in found
                   if table_order == order and table.first <= other.last and other.first <= table.last)

    return {(order, table.first) for order, table, _ in found
            if any(readable and other_order > order and other.last - other.first >= PIECE_LINES
                   and short_inside(table, other) and pieces_only(order, other)
                   for other_order, other, readable in found)}


def _roles_unseen(lines: list[str], table: TextTable, guessed: set[int]) -> TextTable:
    """The table flagged uncertain when a line of role words it left out stands over its header (`raw_rows.
    role_line_above`), or its header's role words were spread over more periods (`raw_rows.spread_role_lines`):
    its values' roles are a guess, whichever reader read it."""
    header = [cell.text for cell in table.grid.cells if cell.line == table.first + 1]
    spread = any(table.first <= i <= table.last for i in guessed)
    if table.grid.uncertain or not (spread or raw_rows.role_line_above(lines, table.first, header)):
        return table
    return replace(table, grid=replace(table.grid, uncertain=True))


#: A word of a printed line (letters and digits) that some cell of its table must hold (`unaccounted_lines`).
_WORD = re.compile(r"[^\W_]+")


def unaccounted_lines(lines: list[str], table: TextTable) -> list[tuple[int, str]]:
    """The lines inside the table's span (first..last) that its reader put nowhere, each (1-based line, text): not
    blank, no page furniture, no line the reader already told of (`Grid.unplaced`, `Grid.told`) or left to be read
    after the table (`TextTable.after`), and some word of it (a run of letters and digits: the quotes, bars and
    commas readers cut cells at are no word) in no cell of the grid (compared without whitespace: a wrapped name's
    lines are pieces of its cell). A reader that skipped such a line (a wrapped
    name's second line between rows) lost its text silently: the interpreter warns of it and flags the row above."""
    told = {line for line, _ in (*table.grid.unplaced, *table.grid.told)}
    kept = "\x00".join("".join(nfkc(cell.text).split()) for cell in table.grid.cells)
    found = []
    for i in range(table.first, table.last + 1):
        text = lines[i].strip()
        if not text or i + 1 in told or i in table.after or furniture_line(lines, i) or names_plan(text) \
                or continued_caption(text) or (goal_level(text) is not None and continued_heading(text)):
            continue  # page furniture: a page's title, the goal heading or caption printed again over the table's rest
        if not all(_kept(word, kept) for word in _WORD.findall(nfkc(text))):
            found.append((i + 1, text))
    return found


def _kept(word: str, kept: str) -> bool:
    """The word is in a cell, or two cells hold its two parts (a text layer glued a value to the next column's
    word, `60人産業振興課`, or a row's number to its name, `1移住相談件数`)."""
    return word in kept or any(word[:cut] in kept and word[cut:] in kept for cut in range(1, len(word)))


def read_aside(text: str) -> bool:
    """A line among a table's lines that no cell holds but the text around tables reads as what it is: a note
    (`furniture.note_line`: `※…`, `出典：…`), read as the note of the rows that print its mark, or the grade legend
    (`rows.legend_texts`: `達成状況　◎：目標を達成　○：…`, or one grade's definition alone, `Ａ：達成率90%以上`, a
    line of a legend boxed beside the table), read as a legend under a table is. No lost line."""
    return note_line(text) or legend_texts(text.split()) or all(map(grade_definition, text.split()))


def _in_span(table: TextTable, line: int) -> bool:
    return table.first < line <= table.last + 1


def lost_lines_of(lines: list[str], table: TextTable) -> list[int]:
    """The 1-based lines of the table's span its reading holds in no cell, told (`Grid.unplaced`) or not
    (`unaccounted_lines`), notes and legends aside (`read_aside`): what a reading of those lines loses."""
    lost = [*((line, text) for line, text in table.grid.unplaced if _in_span(table, line)),
            *unaccounted_lines(lines, table)]
    return sorted({line for line, text in lost if not read_aside(text)})


def _told_unaccounted(lines: list[str], table: TextTable) -> TextTable:
    """The table with the lines of its span that no cell took told as unplaced (`unaccounted_lines`); but a note
    or a legend (`read_aside`), told by the reader or not, is read by the text around the table: one inside the
    span is left to be read after the table (`TextTable.after`), one outside it (a line the reader took last and
    told) is read there anyway."""
    lost = {*table.grid.unplaced, *unaccounted_lines(lines, table)}
    aside = {(line, text) for line, text in lost if read_aside(text)}
    if lost == set(table.grid.unplaced) and not aside:
        return table
    inside = {line - 1 for line, _ in aside if _in_span(table, line)}
    return replace(table, after=tuple(sorted({*table.after, *inside})),
                   grid=replace(table.grid, unplaced=tuple(sorted(lost - aside))))


def find_tables(lines: list[str], readers: tuple[Reader, ...] = READERS) -> list[TextTable]:
    """The tables every reader finds, without overlap, in reading order; where readers find tables on the same
    lines, in this order:
    1. a table a reader reads with certainty (readable header, grid not `in_doubt`, a value on its lines, every line
       printing a value in some cell of it, `_loses_values`, and no period column's year run into a value cell,
       `_periods_in_values`), unless
       an earlier reader's readable table on its lines prints values on lines that reader's certain tables do not
       read, or a later reader reads the same lines with certainty, from the same header on and maybe further, and
       places their cells better
       (`_quality` of its cells on those lines: in a `-raw` layer the one-cell-per-line
       reader runs a row's department and progress label, or its source and department, into the next row's name,
       and stops there), or an earlier reader's readable table reads one more line, the text's last, printing no
       value and no labelled note (the last row's wrapped rest, which the certain reader left out: `cut_short`;
       notes and sentences after it, `note_after_table`, wait for no row either);
    2. every other table, each reader in order of precedence; but a block a reader cannot read (no header the
       interpreter knows, such as title lines with ideographic spaces taken for columns) that overlaps another
       reader's readable table, still free to be read, does not hide it;
    3. a short table (under PIECE_LINES lines, or a PIECE_SHARE part of a table whose columns are certain: rows
       it flags one by one do not make it a guess) inside a longer readable table of a later reader is dropped first;
    4. in step 2, a guessed (`in_doubt`) table inside a later reader's readable table, still free, that places
       more values gives way to it (one printing no value at all, only a header's lines, when the two overlap)
       (`_placed_values`: values in value columns, less values in the name column):
       both guess, and the one that reads the whole block in its columns reads more (a sheet's pdfplumber text,
       where one cell per line reads a few lines of a block the single-space reader reads whole). Counting the
       lines that print values instead would let a guess that covers more lines but cuts them into the wrong
       columns win (a -raw sheet whose cells the single-space reader takes one line a row). A certain table that
       places no value at all (a row's values run into one cell beside ideographic spaces taken for gutters) gives
       way the same way, in step 1 already, to a later table placing more, unless that one reads as a name a
       number the certain one reads as a value, or as a value a number of a name (`_swaps_names_and_values`:
       values printed over their name's line, which the interpreter joins to the name, count as placing none).
    5. in step 2, a guess also gives way to one later reader's tables that begin on its lines, still free, when
       between them they hold every line of it that prints a value and place more values on its lines (`parted`):
       the later reader ends a table at a page break or a `※` note the guess read on over, misreading one side.
    6. a certain table gives way (in both steps) to a later reader's readable table from its first line that reads
       on over value lines its own reader reads in no table, placing the shared lines at least as well
       (`stopped_short`): the certain reader stopped at a `※` note between rows, the rows after it lost.
    Header cells written upright are read across first (`upright_headers`), and a header's row of role words
    into the row of periods under it (`raw_rows.spread_role_lines`)."""
    unspread = raw_rows.wrapped_values(upright_headers(lines))
    lines, guessed = raw_rows.spread_role_lines(unspread)
    # a page's footer with its number (`…推進会議　資料１ 2`) is no row of the table above it; readers of tokens see
    # padded brackets closed (`基準値（ H30 ）`), while the positions of aligned text stay as printed
    footers = numbered_footers(lines)
    printed = ["" if line.strip() in footers else line for line in lines]
    closed = [_close_spaced_periods(close_padded_brackets(line)) for line in printed]
    found = [(order, table, is_readable(table.grid)) for order, read in enumerate(readers)
             for table in (_roles_unseen(lines, t, guessed) for t in read(printed if read in POSITIONAL else closed))]
    found = [entry for entry in found if not _statements_only(lines, entry[1])]
    pieces = _pieces(lines, found)
    found = [entry for entry in found if (entry[0], entry[1].first) not in pieces]
    # a header whose reader read no row under it (a title and a header line: tall rows stand too far below) is
    # sure of nothing
    sure = {(order, table.first) for order, table, readable in found
            if readable and not table.grid.in_doubt and _value_lines(lines, table)
            and not _loses_values(lines, closed, table)
            and not ((reading := _reading(table.grid)) is not None and _periods_in_values(*reading))}
    covered: dict[int, set[int]] = {}
    for order, table, _ in found:
        if (order, table.first) in sure:
            covered.setdefault(order, set()).update(range(table.first, table.last + 1))

    def outread(order: int, table: TextTable) -> bool:
        return any(readable and other_order < order and other.first <= table.last and table.first <= other.last
                   and not _value_lines(lines, other) <= covered[order] for other_order, other, readable in found)

    def hidden(order: int, table: TextTable) -> bool:
        return any(readable and other_order != order and other.first <= table.last and table.first <= other.last
                   and not set(range(other.first, other.last + 1)) & taken for other_order, other, readable in found)

    lost_lines: dict[tuple[int, int], list[int]] = {}

    def quality(order: int, table: TextTable, last: int | None = None) -> tuple[int, ...]:
        """`_quality` of the table's cells on its lines up to `last` (0-based; its last by default), then the lines
        there it holds in no cell (`lost_lines`): of two readings placing the same values, the one that accounts
        for every line wins over one that drops a line (a wrapped name's rest, a row's note)."""
        last = table.last if last is None else last
        if (order, table.first) not in lost_lines:
            lost_lines[order, table.first] = lost_lines_of(closed, table)
        lost = sum(1 for line in lost_lines[order, table.first] if line <= last + 1)
        return *_quality(table.grid if last >= table.last else _up_to(table.grid, last)), -lost

    def engulfed(order: int, table: TextTable) -> bool:
        values = _value_lines(lines, table)
        own = quality(order, table)
        # a certain table that places no value (`hollow`) is no reading of its lines either: a row's values run into
        # one cell beside ideographic spaces taken for gutters (`中間目標　R8年度`, `基本目標２　…` under a
        # single-space header); but a reading that reads as a name what it reads as a value, or the other way round
        # (`_swaps_names_and_values`), is worse, whatever it places
        hollow = not table.grid.in_doubt and own[0] <= 0 < len(values)
        return (table.grid.in_doubt or hollow) and any(
            readable and other_order > order and other.first <= (table.first if values else table.last)
            and values <= set(range(other.first, other.last + 1))
            and not set(range(other.first, other.last + 1)) & taken
            and (own[0] < quality(other_order, other)[0] and not _swaps_names_and_values(table, other) if hollow
                 else own < quality(other_order, other))
            for other_order, other, readable in found)

    def parted(order: int, table: TextTable) -> bool:
        """A guess gives way to a later reader's tables that begin on its lines, still free, hold every line of it
        that prints a value between them and place more values on its lines: the later reader ends a table at a
        page break or a note where the guess read on, and the guess misread the rows on one side."""
        if not table.grid.in_doubt:
            return False
        values = _value_lines(lines, table)
        for later in {other_order for other_order, _, _ in found if other_order > order}:
            parts = sorted((other for other_order, other, readable in found
                            if other_order == later and readable and table.first <= other.first <= table.last
                            and not set(range(other.first, other.last + 1)) & taken), key=lambda t: t.first)
            held = {line for other in parts for line in range(other.first, other.last + 1)}
            if len(parts) > 1 and values <= held and parts[0].first == table.first \
                    and quality(order, table)[0] < sum(quality(later, other, min(other.last, table.last))[0]
                                                       for other in parts) \
                    and not any(_swaps_names_and_values(table, other) for other in parts):
                return True
        return False

    def stopped_short(order: int, table: TextTable) -> bool:
        """A certain table gives way to a later reader's readable table from the same first line that reads on
        over lines where its reader reads no table and places values there (not a page number), and places the
        lines both read at least as well: the certain reader stopped at a line between rows (a numbered `※１ …`
        note under a row) and the rows after it would be lost. A reader that stopped before a row printing values
        (no line between) did not stop at a note: the longer reading is no better told, the certain one keeps its
        precedence."""
        if table.last + 1 >= len(lines) or stacked.prints_value(lines[table.last + 1]):
            return False
        own = quality(order, table)
        return any(readable and other_order > order and other.first == table.first and other.last > table.last
                   and quality(other_order, other)[0] > (shared := quality(other_order, other, table.last))[0]
                   and not any(mine == order and table.last < later.first <= other.last for mine, later, _ in found)
                   and own <= shared and not _swaps_names_and_values(table, other)
                   for other_order, other, readable in found)

    def misnamed(order: int, table: TextTable) -> bool:
        """A certain table gives way to an earlier reader's readable table on its lines that reads as values
        numbers it reads in its names and places more values: it ran a row's number, name and first values into one
        cell (`1 空き家バンクの成約件数 － 10`, a one-cell-a-line reading of a single-space table)."""
        return any(readable and other_order < order and other.first <= table.last and table.first <= other.last
                   and _swaps_names_and_values(other, table)
                   and quality(order, table)[0] < quality(other_order, other)[0]
                   for other_order, other, readable in found)

    def outplaced(order: int, table: TextTable) -> bool:
        return any((other_order, other.first) in sure and other_order > order
                   and other.first == table.first and other.last >= table.last
                   and quality(order, table) < quality(other_order, other, table.last)
                   for other_order, other, _ in found)

    def cut_short(order: int, table: TextTable) -> bool:
        return any(readable and other_order < order and other.first <= table.first and other.last == table.last + 1
                   and not stacked.prints_value(lines[other.last]) and not labelled_note(lines[other.last])
                   and not names_plan(lines[other.last])  # a page's title (`若葉村 総合戦略 KPI一覧`) is no rest
                   and all(furniture_line(lines, j) or note_after_table(lines[j])
                           for j in range(other.last + 1, len(lines)))
                   for other_order, other, readable in found)

    taken: set[int] = set()
    chosen: list[TextTable] = []
    for first_pass in (True, False):
        for order, table, readable in found:
            span = set(range(table.first, table.last + 1))
            if span & taken:
                continue
            if first_pass and ((order, table.first) not in sure or outread(order, table) or outplaced(order, table)
                               or cut_short(order, table) or engulfed(order, table) or stopped_short(order, table)
                               or misnamed(order, table)):
                continue
            if not first_pass and ((not readable and hidden(order, table)) or engulfed(order, table)
                                   or parted(order, table) or stopped_short(order, table)):
                continue
            chosen.append(table)
            taken |= span
    return sorted((replace(_told_unaccounted(closed, table), header_lines=_moved_above(unspread, lines, table))
                   for table in chosen), key=lambda t: t.first)


def _moved_above(printed: list[str], spread: list[str], table: TextTable) -> tuple[int, ...]:
    """The lines right above the table (blank lines between) that spreading its header's role line emptied: their
    words were moved into its header (`raw_rows.spread_role_lines`; `printed`: the lines before that spread). A unit
    field among them (`単位：件`) stays the table's caption, read as text."""
    moved = []
    i = table.first - 1
    while i >= 0 and not spread[i].strip():
        if printed[i].strip() and not unit_field_line(printed[i]):
            moved.append(i)
        i -= 1
    return tuple(sorted(moved))


def _up_to(grid: Grid, last: int) -> Grid:
    """The grid's cells printed on lines up to `last` (0-based): what a longer table reads of a shorter one's lines,
    to compare how the two place the lines both read."""
    return replace(grid, cells=[c for c in grid.cells if c.line is None or c.line <= last + 1])


def wraps_around_values(grid: Grid, line: int) -> bool:
    """The grid's cells on text `line` (1-based) are the lower part of cells printed on both sides of their row's
    values: the line before holds a cell of another column (the values), the line before that only cells of the
    columns `line` holds (their upper part, no value of its own). A title printed after a table's last row does not
    read so: that row's line before it holds values, or the title's column had nothing above them (the header's
    last line heads that column: no cell's upper part, 004 raw `解説・算出方法など` over a one-line row)."""
    def columns(number: int) -> set[int]:
        return {cell.col for cell in grid.cells if cell.line == number and cell.text.strip()}

    lower, values, upper = columns(line), columns(line - 1), columns(line - 2)
    if not (lower and values - lower and upper and upper == lower):
        return False
    layout = read_layout(grid)
    return layout is None or all(cell.row >= layout.header_end for cell in grid.cells if cell.line == line - 2)


def cut_into_cells(grid: Grid, line: int) -> bool:
    """The grid's cells on text `line` (1-based) stand in two or more columns: the reader cut the line into a row's
    cells side by side (a name and its values, `…待機児童数 待機児童なし 待機児童なし`). A title printed after a
    table's last row is one piece of text, not cells of several columns."""
    return len({cell.col for cell in grid.cells if cell.line == line and cell.text.strip()}) >= 2


def text_lines(lines: list[str], first: int, end: int, full: int = 0) -> list[TextLine]:
    """Lines first..end-1 (0-based) as located text lines for the interpreter. `full`: the document's widest line
    (`full_width`); a line as wide, its sentence not finished, fills the width (a note wrapped at the margin goes on
    over the next line)."""
    return [TextLine(text := pipes.plain(lines[i]), float(i), float(i + 1), line=i + 1,
                     fills_width=_fills_width(text, full))
            for i in range(first, end) if lines[i].strip()]


def full_width(lines: list[str]) -> int:
    """The printed width of the document's widest line: where a text layer's paragraphs wrap, as near as the text
    tells (it has no margin)."""
    return max((display_width(line) for line in lines), default=0)


def _fills_width(text: str, full: int) -> bool:
    """A line reaching the widest line's width (`WRAP_WIDTH_SLACK`) without ending its sentence: wrapped there."""
    return full > 0 and display_width(text) >= full - WRAP_WIDTH_SLACK \
        and not text.strip().endswith(SENTENCE_ENDINGS)


class GenericText:
    """Reads the indicator tables of a text layer of a layout no specialised front end knows."""

    name = "generic-text"

    def score(self, document: LoadedDocument) -> float:
        """0 without a table the interpreter can read; more readable tables, more evidence (below 1)."""
        if document.kind != "text":
            return 0.0
        readable = sum(1 for table in find_tables(document.lines) if is_readable(table.grid))
        return readable / (readable + 1)

    def extract(self, document: LoadedDocument, info: DocumentInfo | None) -> Extraction:
        return read_with(document, info, READERS, "generic")


def read_with(document: LoadedDocument, info: DocumentInfo | None, readers: tuple[Reader, ...],
              shape: str) -> Extraction:
    """The tables `readers` find in a text document, with the lines around them, read by the table interpreter."""
    lines = document.lines
    info = info or detect(lines)
    extraction = Extraction(document.source_file, info.doc_type, info.title, info.fiscal_year, shape=shape,
                            source_lines=document.source_lines)
    interpreter = Interpreter(extraction, line_pages=line_pages(lines, shown=True))
    # goals printed upright one glyph a line, wherever they stand (a table's lines may take some of their glyphs)
    interpreter.surroundings.upright_goals = upright_goal_glyphs(lines)
    position = 0
    read_any = False
    full = full_width(lines)
    for table in find_tables(lines, readers):
        if not (is_readable(table.grid) or (read_any and _value_lines(lines, table))):
            continue  # no header, and no table before it to continue or no value: its lines stay text lines (a
            # goal heading over two lines, `基本目標２　新しいひとの` / `流れをつくる`, taken for two columns)
        read_any = True
        interpreter.lines([line for line in text_lines(lines, position, table.first, full)
                           if line.line - 1 not in table.header_lines])
        interpreter.surroundings.text_table_lines(lines[table.first:table.last + 1],
                                                  wraps_around_values(table.grid, table.last + 1)
                                                  or cut_into_cells(table.grid, table.last + 1))
        interpreter.grid(table.grid)
        interpreter.lines([line for i in table.after for line in text_lines(lines, i, i + 1, full)])
        position = table.last + 1
    interpreter.lines(text_lines(lines, position, len(lines), full))
    interpreter.finish()
    return extraction
