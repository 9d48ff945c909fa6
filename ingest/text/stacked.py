"""Cells filled by their types after a header: the text layers of pdfminer.six `extract_text` (every text box of a
page in turn, blank lines between: a table comes out as its name column, its value headers, then each value column
from top to bottom, then the text columns on the right such as 担当課) and of pypdfium2 `get_text_range` or
`pdftotext -raw` (content-stream order: a row `name value value 担当課` on one line, one space apart).

Steps, each on the lines alone; what a header means is asked of the interpreter's header roles
(`ingest.table.header.header_role`), what a value is of the value-cell test (`ingest.text.fragment_cells.is_value`):
1. `_items`: every line → header cells (a line of header words, `基準値（R1） 目標値（R6）` split into its words),
   value cells (a value, or several on one line: `100%（全校） 100%`), a printed row (`_row_items`: its name, its
   value cells, then the cells after them: a department, a short mark, a reason), or one text cell (a name wrapped
   after an unclosed bracket takes the next line too; a text box of several lines that is one cell — wrapped text,
   a `①…` / `②…` list, a narrow cell's header a letter a line `基` / `準` / `値` / `(R1)`, its value wrapped
   `12,3` / `45人` or `980` / `人` (`_wrapped_value`) — stays one). A value is never a header cell, whatever its
   bracket names (`47.5%（達成率95.0%）`). A box that joins a row's last values and the cells after them
   (`60.0% 健康推進課`, `28,400 人 29,000 人 C`: pdfminer boxes cells printed close together) is split into its
   cells (`_values_then_marks`), and so is a box of a rating and a department (`B 観光商工課`). A header box of a
   number column's and the name column's headers (`No. 指標名`) is the two headers; bracketed years printed in a
   run after the header band, one for each value header from the name header on (`（2019）` … under
   `令和元年度` …), join those headers in order (`_header_periods`); role words boxed before the name header (`基準`
   `実績` `目標`, a header's top band) head the years after it that name no role (`_group_band`); a header's row of
   periods and its row of roles, each boxed as a run (`令和元年度` … then `基準値` …), join pairwise
   (`_year_role_rows`). A value
   labelled with its role (`現状：3,420 事業所（R3）`, `ingest.text.statements.labelled_line`) is a value cell, and a
   box of such lines is one cell from each line with the box's first label on (`_labelled_cells`: the `現状：`
   and `目標：` lines of one cell under `現状値・目標値`); a value with its year boxed under it (`1,120 人` /
   `（H30 年度）`) is one value cell. Headings (one
   ending open with the line boxed under it: `基本目標２　新しいひとの` / `流れをつくる`), `※` notes, page
   numbers, prose and another table's numbered caption (`表３　主な事業と事業費`) are asides; a `※` note boxed
   with the cell above it is cut from that cell.
2. `_read_table`: a name-column header (`指標名`, a kind caption such as `数値目標` printed as the name column's
   header) opens a table; the name cells and the other header cells follow in any order (asides among them are
   skipped); then come the value cells, exactly one per name for each value column, then one text cell per name
   for each text column after them. Rows printed one after another are the same with one name at a time. Anything
   else ends the attempt: counts that do not fit, a text cell among the values, more header cells after the values
   (a band naming the name column after them, a new page's header, opens the next table).
   Names breaking down into segment rows in the name column (`健康寿命` over `（男性）` / `（女性）`) print no values:
   the value columns hold one cell for each other name, the text columns one for each name that is no segment
   (`_parent_rows`).
   A text column's header printed after the values (`担当課`, then its cells from the top) is the table's last
   column (`_late_text_column`); its cells past the rows read so far belong to the rows printed after, one after
   another without that column (`_spilled`). A name cell printing its definition sentence after it, boxed between
   the header band and the values (`…件数。` / `…を含む。`), is the name (`_defined_name`).
   A run of names and values after a page break, without a header, that fits the same columns continues the table.
   Names boxed with the goal heading before their name-column header are read after it (`_names_before_header`);
   a `※` note after the values with no value after it ends the table's cells (its legend's pieces follow,
   `_legend_after`), and a value band's label over the header (`成果指標の推移`) before any body cell opens no table.
   The table before's last row printed across among the next table's names (a two-up page) is that table's
   (`_row_before`, flagged).
   Two tables one over the other whose name columns pdfminer boxed together (the first's header and names, the
   second's, then the first's other columns, then the second's) are read apart (`_interleaved`).
   A page break inside the last row's name leaves its rest as the next page's first text (under the repeated
   header or not): where that name ends open (a particle, `ingest.text.blocks.open_name`, the rule the other text
   readers follow) and the page's cells fit only with that text set aside, it is joined to that name and that row
   is uncertain (`_cut_name`, `_continue_over_page`). Without form feeds, a page number line ends a page.
   When the cells fit no such order (pdfminer mixes rows and columns: the names, the first value column, the
   other header cells, then the rest row by row), or were read so only in part with values left before the next
   header, `_read_placed` places them by their order alone (`ingest.text.placed`); where the order leaves the
   placement open, the one running down the columns, the whole column or a block of rows at a time, is taken when
   its rows' values lie far closer together (a block of rows printed column by column, `_smoothest`, block of
   printed cells by block where blocks differ; a group of columns in blocks of rows, then the next column whole,
   `_column_groups`; flagged either way), and a column reading whose rows' values lie an
   order of magnitude apart gives way to it as well. A value boxed with the column above it before its row's name
   goes under that column (`_row_under_column`); a box of figures each with its own year (`H27：120区画` /
   `R1：135区画`) is one cell (`_dated_lines`). There cells printed on one line are neighbours in a row; a header
   naming a value role without a period among year headers (`実績値` over `R2` `R3`) is their group header, no
   column, and a run of such headers over as many years heads one year each (`_grouped`); a 単位 column printing
   no cell of its own, each row's unit boxed with its last value (`480 千人`), takes the unit cut from that value
   (`_glued_units`), and a unit boxed before its row's first value (`百万円 840`) is the 単位 cell beside it;
   a box of names beside a box of as many values, one a line, is a row a line (`_lines_apart`);
   under a `No.` header printed
   before the name header, `1 出生数` is a numbered name, not a goal heading; a prose column such as
   `取組の状況`, whose sentences are asides, is placed without its header when that reads further.
   Where the boxes as printed place no table, the repairs of `_BOX_REPAIRS` are tried in order, one printing
   habit each (boxes -> repaired boxes, then placed; a bracketed note on the line under a value in a column's
   box, `312 件` / `（見込み）`, is that cell's second line, `_notes_under_values`), then the readings of
   `_OWN_PLACEMENTS`.
   `_read_placed` also reads a table printed sideways (`年度` in the corner, year labels down the first
   column, the names across) and turns it back as printed; the same table printed row by row
   (`年度 転入者数 出生数`, then `R2 198人 25件` lines) is read as printed (`_sideways_rows`; row labels a sheet
   drew after the rows go to the rows printing none, `_labels_after`); a year-major
   table with role sub-columns under every name (`目標` `実績`), column after column, by its counts (`_year_major`,
   the grid of `ingest.text.year_rows`). A block
   with a name-column header and values that neither reading fits is kept (`unread_blocks`) and named in a
   warning (`ingest.unread.unread_report`).
3. The filled rows become one grid, one grid row per table row, every cell at its own line. Where a row's values
   name different units (`45%` beside `1,800件`: the columns were printed in another order than column by
   column), the grid is marked uncertain: which value belongs where is a guess then, in any row. A row printed
   alone with one value fewer than value columns (a `―` the tool dropped: its values fill the last columns), and
   the rows a box of several lines was split into, are flagged alone: the other rows are read as printed. A goal
   heading printed among the names (a band row: `基本目標１ …` over its rows) is a row of one cell across the
   table (`_band_rows`). A goal column's merged cells written upright, boxed after the names (`１稼ぐまち`
   `２住みたいまち`, its header `基本目標` just before the name header), are that column's cells, each over an even
   share of the rows in order, every row's goal flagged (`_goal_column`); so are a goal column's cells boxed whole
   between its header and the name header (`_goals_before`). A department or goal column left of the names whose
   merged cells pdfminer prints once among the names (`企画課` before its first name) is placed with the others,
   that column (and a 単位 column) open to absent cells; each cell owns the rows down to the next one's, and the
   rows the order leaves open are flagged (`_left_merged`). Cells spread glyph by glyph (distributed
   alignment, `担 当 課`), which pdfminer boxes a glyph a box, are joined again first (`_spread_cells`).
   Names merged over rows a 区分 column
   labels by role (`目標` / `実績` printed again for every name, the years across) are placed with the labels as the
   区分 column's cells, each name over one row a label (`_role_rows`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from itertools import combinations, pairwise, product, takewhile

from ingest.document import PAGE_BREAK
from ingest.table.arrows import arrow_values, two_roles
from ingest.table.context import (
    goal_level,
    heading_goes_on,
    opens_heading,
    unit_field,
    upright_goal_starts,
    upright_goals,
)
from ingest.table.grid import Grid, GridCell
from ingest.table.header import (
    DEPARTMENT,
    KIND,
    NAME,
    NUMBER,
    OTHER,
    PERIOD,
    PROGRESS,
    UNIT,
    VALUE,
    band_label,
    continued_heading,
    header_role,
    is_header_text,
    is_header_words,
    names_period,
    numbered_caption,
    parse_header,
    periods_joined,
)
from ingest.table.merged_left import centred_goals
from ingest.table.rows import WRAP_WIDTH_SLACK, breakdown_segment, glued_unit, grade_definition, segment_label
from ingest.text.blocks import LABELLED_HEADING, TextTable, heading_line, open_name, title_over_heading
from ingest.text.fragment_cells import is_known_value, is_parenthetical, is_value, tokens
from ingest.text.furniture import line_pages, note_line, note_mark, page_number_line, running_titles
from ingest.text.placed import (
    MAX_STATES,
    MAX_TEXT_STATES,
    MERGED_CELL,
    Budget,
    Placement,
    Printed,
    fits,
    place,
    scaled_unit,
)
from ingest.text.statements import labelled_line
from ingest.text.token_types import (
    MAX_MARK_CHARS,
    RAW,
    T_YEAR,
    is_bare_number,
    is_change,
    is_department,
    is_progress,
    is_stand_in,
    token_type,
)
from ingest.text.typed_rows import is_member, periods_rise
from ingest.text.year_rows import MIN_YEAR_ROWS, groups_roles, year_major_grid
from ingest.title import page_title
from normalize.cell import parse_cell
from normalize.header import dated_header, years_over_roles
from normalize.periods import is_bare_year
from normalize.text import (
    LABEL_SEPARATORS,
    bracket_depth,
    display_width,
    is_unit_word,
    name_and_definition,
    nfkc,
    outline_sequence,
    single_glyph,
)
from normalize.vocabulary import (
    ALL_ROLE_WORDS,
    BULLET_MARKS,
    CIRCLED_NUMBERS,
    CLOSING_BRACKETS,
    ESTIMATE_WORDS,
    GOAL_COLUMN_ROLES,
    NEW_INDICATOR_WORDS,
    OPENING_BRACKETS,
    PROSE_MARKS,
    SENTENCE_ENDINGS,
    STATEMENT_ARROWS,
)

ENGINE = "text-stacked"
#: Longest header cell: a longer line naming a header word is a caption or prose.
MAX_HEADER_CHARS = 24
#: Longest row key (`1-(1)-①`) in a number column.
MAX_KEY_CHARS = 12
#: Longest name cell (a name wrapped over lines is joined first).
MAX_NAME_CHARS = 80
#: Tokens a value may print apart (`約 1,200 件`).
MAX_VALUE_TOKENS = 3
#: The first line of a number cut by a narrow cell's wrap (`12,3` of `12,3` / `45人`): digits and separators only.
_NUMBER_PIECE = re.compile(r"^\d[\d,.]*$")
#: A name opening with its number in a `No.` column (`1 出生数`), read like a goal heading without its prefix.
_NUMBERED_NAME = re.compile(r"^\d{1,3}\s+\S")
#: A western year printed alone in a header cell's brackets (`（2019）` under `令和元年度`).
#: A numbered sub-heading (`（１）農林水産業の振興`, after NFKC).
_NUMBERED_HEADING = re.compile(r"^\(\d+\)")
#: Value header cells (`基準値（R1）`, `R2`) a table printed sideways names down its first column at least.
MIN_SIDEWAYS_LABELS = 2
#: Characters of an unread block's text a warning quotes.
EXCERPT_CHARS = 160
#: Longest mark a text box may print after a row's values without being a department or a progress label (a
#: rating `A`, `◎`); longer words may be names (`出生数`).
MAX_TRAILING_MARK_CHARS = 2
#: Longest department a text box may print after a row's values (`9,500 観光シティプロモーション課`): the values
#: before it make a longer office name than a department alone may have (MAX_DEPARTMENT_CHARS) a department.
MAX_TRAILING_DEPARTMENT_CHARS = 20
#: Share of a text's lines followed by a blank line above which blank lines separate its text boxes.
BOXED_SHARE = 0.6

#: Header roles of columns that hold sentences (a reason, the state of the measures): the line reader sets such
#: cells aside as prose.
PROSE_ROLES = ("narrative", "reason", "note")

HEADER, VALUES, TEXT, SKIP = "header", "values", "text", "skip"


@dataclass
class _Item:
    kind: str
    texts: list[str]  # header words, value cells, or the one text cell
    line: int  # 1-based line of the item's first line
    roles: list[str] = field(default_factory=list)  # header roles of `texts` (header items)
    page: int = 0  # form feeds before the item's first line
    guessed: bool = False  # header cells whose role was spread over them by a guess (`_group_band`)
    #: an item of a line that opens a new part of the document: a goal heading (`重点施策 4-2 方針 1:…`) or the
    #: part's title right above one (`ingest.text.blocks.title_over_heading`); never a row's trailing cell
    opens_part: bool = False


def _split_values(line: str) -> list[str] | None:
    """The value cells of a line made only of values (`1.2億円`, `100%（全校） 100%`, `約 1,200 件`), or of a word
    printed instead of a value (`―（未集計）`, `集計中`: `is_stand_in`), else None."""
    if is_value(line) or is_stand_in(line):
        return [line.strip()]
    printed = tokens(line)
    cells: list[str] = []
    start = 0
    while start < len(printed):
        for size in range(min(MAX_VALUE_TOKENS, len(printed) - start), 0, -1):
            text = " ".join(printed[start:start + size])
            if is_value(text):
                cells.append(text)
                start += size
                break
        else:
            return None
    return cells if len(cells) > 1 else None


def _split_headers(line: str) -> list[str] | None:
    """The header cells of a line made only of header words (`基準値（R1） 実績値（R4） 目標値（R6） 評価`), else
    None. A bracketed period joins the word before it. A value is no header word, whatever its qualifier names
    (`47.5%（達成率95.0%）`: a value and its rate in one cell)."""
    words: list[str] = []
    for token in tokens(line):
        if words and is_parenthetical(token):
            words[-1] += token
        else:
            words.append(token)
    # a period one space before its role word (`R4 実績 R5 実績 増減`, layouts 174) heads one column
    words = periods_joined(words) or words
    # a word printed in a value cell instead of a number (`現状維持`: its `現状` names no column) is no header word
    if words and all(len(w) <= MAX_HEADER_CHARS and is_header_text(w) and header_role(w) != OTHER
                     and not is_value(w) and not is_stand_in(w) for w in words):
        return words
    if len(line) <= MAX_HEADER_CHARS and header_role(line) == VALUE and is_header_text(line) \
            and not _split_values(line):
        return [line.strip()]  # one header word printed with spaces (`令和 4 年度`)
    return None


def _unclosed(text: str) -> bool:
    return bracket_depth(text) > 0


_ESTIMATE_WORDS = tuple(nfkc(word) for word in ESTIMATE_WORDS)


def _aside(text: str) -> bool:
    """A line printed among a table's cells that is no cell: a page number, a note (`※…`, or a note's label
    opening the notes under the table, `（注）`: `ingest.text.furniture.note_line`), a sentence of prose, the
    grade legend under the table (`進捗　達成：目標を達成　順調：…`: its words name header roles), a column's legend
    of marks (`_mark_legend`), a remark after a header word (`評価：概ね順調に推移している`, `_labelled_remark`)."""
    folded = nfkc(text)
    return (page_number_line(folded, bare=True) or note_line(folded)
            or any(mark in _before_remark(folded) for mark in PROSE_MARKS) or len(folded) > MAX_NAME_CHARS
            or any(map(grade_definition, tokens(folded))) or _mark_legend(folded) or _labelled_remark(folded))


def _before_remark(folded: str) -> str:
    """The text before the bracketed remark that closes it (`…就農した人の数（研修修了者を含む。）` → `…就農した人の
    数`): a name may print its scope as a sentence in brackets, and that sentence makes the name no prose. The text
    as it is when nothing stands before the brackets or they close none."""
    if folded[-1:] not in tuple(CLOSING_BRACKETS):
        return folded
    depth = 0
    for k in range(len(folded) - 1, -1, -1):
        depth += (folded[k] in CLOSING_BRACKETS) - (folded[k] in OPENING_BRACKETS)
        if depth == 0:
            return folded[:k] if folded[:k].strip() else folded
    return folded


_MARK_DEFINITION = re.compile(rf"^(\S)[{LABEL_SEPARATORS}]\S")


def _mark_legend(folded: str) -> bool:
    """A column's header word, then its marks each with its meaning (`方向　↑：数値の増加をめざす　↓：…`, the legend
    of a column of arrows under the table): a line after the rows, no cell of the last one. A mark is one symbol
    (an arrow, `○`, `△`); the words of a grade legend (`Ａ：目標達成`) are `grade_definition`'s."""
    words = tokens(folded)
    return len(words) >= 2 and header_role(words[0]) != OTHER and all(
        (match := _MARK_DEFINITION.match(word)) is not None and unicodedata.category(match.group(1)).startswith("S")
        for word in words[1:])


_LABEL_THEN_BODY = re.compile(rf"^([^{LABEL_SEPARATORS}（(]+)[{LABEL_SEPARATORS}](.+)$")


def _labelled_remark(folded: str) -> bool:
    """A header word, a colon and a remark that is no field of a cell (`評価：概ね順調に推移している`, the verdict
    printed under a table): its words name a header role, yet it is no header cell. A short mark or progress word
    (`評価：Ａ`), a department (`担当課：企画課`) or a value after the label is a field and stays one."""
    match = _LABEL_THEN_BODY.match(folded.strip())
    if match is None or not is_header_words(match.group(1)):
        return False
    body = match.group(2).strip()
    return (len(body) > MAX_MARK_CHARS and header_role(body) == OTHER and not is_progress(body)
            and not is_department(body) and not prints_value(body))


def prints_value(text: str) -> bool:
    """Whether a line prints a value (a page number `- 2 -` is none)."""
    return bool(text.strip()) and not page_number_line(text.strip(), bare=True) \
        and any(is_value(token) for token in tokens(text))


def _skipped(text: str) -> bool:
    """A text line that is no name: an aside, a heading (`基本目標１ …`, `（１）農林水産業の振興`) or the numbered
    caption of another table (`表３　主な事業と事業費`: pdfminer may box it among this table's names)."""
    return _aside(text) or goal_level(text) is not None or bool(_NUMBERED_HEADING.match(nfkc(text))) \
        or numbered_caption(text)


def _boxed(lines: list[str]) -> bool:
    """Whether blank lines separate the text boxes (pdfminer): most lines are followed by a blank one."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    after = sum(1 for i in filled if i + 1 >= len(lines) or not lines[i + 1].strip())
    return bool(filled) and after >= BOXED_SHARE * len(filled)


def _trailing(text: str) -> bool:
    """A cell a row may print after its values: a department (`こども家庭課`), a short mark or word (`未達成`,
    `A`), a progress label, or prose (a reason). Not a piece of a name (`週 1 回以上運動する人の割合`)."""
    folded = nfkc(text)
    return (is_department(folded) or is_progress(folded) or any(m in folded for m in PROSE_MARKS)
            or (len(folded) <= MAX_MARK_CHARS and not any(ch.isdigit() for ch in folded)))


def _row_items(text: str, number: int) -> list[_Item] | None:
    """A printed row (`妊娠届出数 410件 388件 こども家庭課`): its name, its value cells and the cells after them, or
    None when the line is no such row."""
    printed = tokens(text)
    for lead in range(1, len(printed)):
        values: list[str] = []
        start = lead
        while start < len(printed):
            size = next((n for n in range(min(MAX_VALUE_TOKENS, len(printed) - start), 0, -1)
                         if is_value(" ".join(printed[start:start + n]))), 0)
            if not size and is_stand_in(printed[start], word=True) and any(is_value(t) for t in printed[start + 1:]):
                size = 1  # `調査中`, `－（未公表）` between two values: a value cell printed as words
            if not size:
                break
            values.append(" ".join(printed[start:start + size]))
            start += size
        if not values:
            continue
        name = " ".join(printed[:lead])
        rest = printed[start:]
        if _skipped(name) or any(arrow in name for arrow in STATEMENT_ARROWS) \
                or not all(_trailing(cell) for cell in rest):
            continue  # a number inside the name (`週 1 回以上…`): the values start further on
        return [_Item(TEXT, [name], number), _Item(VALUES, values, number),
                *(_Item(TEXT, [cell], number) for cell in rest)]
    return None


def _values_then_marks(text: str, number: int) -> list[_Item] | None:
    """A text box holding the last value cells of a row and the cells printed after them (`60.0% 健康推進課`,
    `90 健康福祉課`, `28,400 人 28,150 人 29,000 人 C`): pdfminer joins cells printed close together into one box.
    Its value cells and the cells after them as cells of their own, else None. The cells after the values must be
    departments, progress labels or marks of at most MAX_TRAILING_MARK_CHARS without digits (a rating `C`): a
    department or a rating never begins with a figure, but a name may (`1 出生数` in a numbered column)."""
    if is_value(text) or _split_values(text):
        return None
    printed = tokens(text)
    for lead in range(len(printed) - 1, 0, -1):
        rest = printed[lead:]
        if not all(is_department(cell, short=True, most=MAX_TRAILING_DEPARTMENT_CHARS) or is_progress(cell)
                   or _mark(cell) or is_change(cell) for cell in rest):
            continue
        head = " ".join(printed[:lead])
        values = _split_values(head) or ([head] if is_value(head) else None)
        if values:
            return [_Item(VALUES, values, number), *(_Item(TEXT, [cell], number) for cell in rest)]
    if len(printed) > 1 and _mark(printed[0]) and is_department(printed[-1], short=True) \
            and all(is_department(cell, short=True) or is_progress(cell) or _mark(cell) for cell in printed):
        return [_Item(TEXT, [cell], number) for cell in printed]  # `B 観光商工課`: a rating and a department
    return None


def _mark(text: str) -> bool:
    folded = nfkc(text).strip()
    return 0 < len(folded) <= MAX_TRAILING_MARK_CHARS and not any(ch.isdigit() for ch in folded) \
        and not is_unit_word(folded)


def _line_items(text: str, number: int) -> list[_Item]:
    if _aside(text) or unit_field(text) is not None:  # `（単位：人）` printed among the cells: the table's caption
        return [_Item(SKIP, [text], number)]
    split = _values_then_marks(text, number)
    if split:
        return split
    if is_parenthetical(nfkc(text).strip()):
        # wholly in brackets: a caption (`（主な取組）` over a list after the table) or the rest of the cell above
        # (`（R1）` under `基準値`, joined there), never a column header of its own
        return [_Item(TEXT, [text], number)]
    if labelled_line(text):  # `現状：3,420 事業所（R3）`: a value and the role it is, no header cell
        return [_Item(VALUES, [text], number)]
    headers = None if open_name(text) else _split_headers(text)  # a line ending in a particle goes on: no header
    if headers:
        roles = [header_role(w) for w in headers]
        if len(headers) > 1 and roles[0] == NUMBER and NAME in roles[1:]:
            # `No. 指標名`: the number column's header boxed with the name column's (pdfminer boxes header cells
            # printed close together), the number column's header of its own as when printed apart
            return [_Item(HEADER, headers[:1], number, roles[:1]), _Item(HEADER, headers[1:], number, roles[1:])]
        return [_Item(HEADER, headers, number, roles)]
    values = _split_values(text)
    if values:
        return [_Item(VALUES, values, number)]
    if _skipped(text):
        return [_Item(SKIP, [text], number)]
    return _row_items(text, number) or [_Item(TEXT, [text], number)]


def _box_item(box: list[str], number: int) -> _Item | None:
    """One item for a text box of several lines that is one cell: a wrapped text, a numbered list
    (`①…` / `②…`, several indicators in one cell), or the values of such a list; None for any other box."""
    if _split_headers(box[0]) == [box[0]] and parse_header(box[0])[1] is None and all(map(_period_only, box[1:])):
        # a value header and its period printed under it in its cell (`基準値` / `（H30年度）`, `目標値` /
        # `2023年度（令和5年度）`): one header cell
        word = "".join(box)
        return _Item(HEADER, [word], number, [header_role(word)])
    letters = next((k for k, line in enumerate(box) if len(line) != 1), len(box))
    if letters > 1 and all(is_parenthetical(nfkc(line).strip()) for line in box[letters:]):
        # a header word in a narrow cell, a letter a line (`単` / `位`), its period after it (`基` / `準` / `値` /
        # `(R1)`)
        word = "".join(box)
        headers = _split_headers(word)
        if headers == [word]:
            return _Item(HEADER, headers, number, [header_role(word)])
    wrapped = _wrapped_value(box)
    if wrapped is not None:
        return _Item(VALUES, [wrapped], number)
    if len(box) == 2 and is_value(box[0]) and is_parenthetical(nfkc(box[1]).strip()) and _period_only(box[1]):
        return _Item(VALUES, ["".join(box)], number)  # `1,120 人` / `（H30 年度）`: a value and its year under it
    items = [item for k, text in enumerate(box) for item in _line_items(text, number + k)]
    kinds = {item.kind for item in items}
    if kinds == {VALUES} and all(len(item.texts) == 1 for item in items):
        return _Item(VALUES, ["\n".join(item.texts[0] for item in items)], number)
    if is_parenthetical(nfkc(box[0]).strip()) \
            and all(item.kind == SKIP or nfkc(item.texts[0])[:1] in BULLET_MARKS for item in items[1:]):
        return _Item(SKIP, ["\n".join(box)], number)  # a caption over a list (`（主な取組）` over `・…` lines)
    if len(items) == 2 and items[0].kind == SKIP and goal_level(box[0]) is not None and open_name(box[0]) \
            and items[1].kind == TEXT:
        # `基本目標２　新しいひとの` / `流れをつくる`: a heading that ends open goes on with the next line (a particle
        # ends no heading), as the other text readers read it
        return _Item(SKIP, ["".join(box)], number)
    if kinds <= {TEXT, SKIP} and not all(item.kind == SKIP for item in items[:-1]):
        text = "\n".join(box)
        listed = all(line[:1] in CIRCLED_NUMBERS for line in box)
        return _Item(TEXT if listed or not _skipped(text) else SKIP, [text], number)
    return None


def _labelled_cells(box: list[str], number: int) -> list[_Item] | None:
    """The value cells of a text box of labelled values (`現状：3,420 事業所（R3）` / `目標：3,500 事業所（R10）`,
    a cell under `現状値・目標値` holding both figures, a label a line): pdfminer boxes the cells of a column
    together, so a cell ends where its first label comes again. One item per cell, at its first line; None for any
    other box."""
    labels = [labelled_line(line) for line in box]
    if not all(labels):
        return None
    first = labels[0][0]
    starts = [k for k, label in enumerate(labels) if label[0] == first]
    ends = [*starts[1:], len(box)]
    return [_Item(VALUES, ["\n".join(box[start:end])], number + start) for start, end in zip(starts, ends, strict=True)]


def _period_only(line: str) -> bool:
    """A header line naming a period and no role (`（H30年度）`, `2023年度（令和5年度）`, `R5`)."""
    folded = nfkc(line).strip()
    return parse_header(folded)[1] is not None and not any(nfkc(word) in folded for word in ALL_ROLE_WORDS)


def _wrapped_value(box: list[str]) -> str | None:
    """The value of a narrow cell printed over two lines, the lines joined as printed: its number cut by the wrap
    (`12,3` / `45人`, `1,20` / `0人`: the first line no number of its own) or its unit wrapped to a line of its own
    (`980` / `人`, `842` / `億円`); None for any other box (`12` / `345人` may be two values)."""
    if len(box) != 2:
        return None
    head, tail = (nfkc(line).strip() for line in box)
    joined = box[0].strip() + box[1].strip()
    if not is_value(joined) or len(parse_cell(joined)) != 1:
        return None
    cut = bool(_NUMBER_PIECE.match(head)) and not is_value(head) and tail[:1].isdigit()
    unit_alone = is_value(head) and not any(ch.isdigit() for ch in tail) and is_known_value("1" + tail)
    return joined if cut or unit_alone else None


def _spread_cells(lines: list[str]) -> list[str]:
    """The lines with cells spread glyph by glyph across their width (Excel's and Word's distributed alignment:
    `指 標 名`, `担 当 課`, `企 画 課`) joined again, where pdfminer boxed them a glyph a box: a header word's glyphs
    boxed one after another, its last glyph perhaps boxed with the next header (`指` / `標` / `名 基準値（R1）`);
    a column of such cells boxed by its glyph columns: the first glyphs where they stand (the header's `担` alone,
    each row's boxed after its row's value: `24件 企`), then the other glyph columns after the table, one glyph a
    box, header first (`当` `画` `画` `設` `務`, `課` …). The column's cells are cut from those runs when they spell
    a header word at the top. Line numbers are kept (the glyphs' own lines left blank)."""
    if not _boxed(lines):
        return lines
    out = list(lines)
    filled = [i for i, line in enumerate(out) if line.strip()]
    glyph = [_glyph_box(out, i) for i in filled]
    k = 0
    while k < len(filled):  # a header word's glyphs, one a box
        end = k
        while end < len(filled) and glyph[end]:
            end += 1
        if k < end < len(filled):
            head, _, tail = out[filled[end]].strip().partition(" ")
            word = "".join(out[i].strip() for i in filled[k:end]) + head
            if single_glyph(head) and tail and header_role(word) != OTHER:
                out[filled[end]] = f"{word} {tail}"
                for i in filled[k:end]:
                    out[i] = ""
        k = end + 1
    return _spread_column(out)


def _spread_column(lines: list[str]) -> list[str]:
    """`_spread_cells` for one column: the last run of one-glyph boxes, and the first glyphs before it."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    glyphs = [k for k, i in enumerate(filled) if _glyph_box(lines, i)]
    end = next((k + 1 for k in reversed(glyphs)), None)
    if end is None:
        return lines
    start = end
    while start > 0 and _glyph_box(lines, filled[start - 1]):
        start -= 1
    run = [lines[i].strip() for i in filled[start:end]]
    # the first glyphs: a glyph alone, or a glyph after a row's last value in its box (`24件 企`)
    firsts = [i for i in filled[:start] if _glyph_box(lines, i) or (
        len(parts := lines[i].split()) > 1 and single_glyph(parts[-1]) and is_value(" ".join(parts[:-1])))]
    for rows in range(2, min(len(firsts), len(run)) + 1):
        if len(run) % rows:
            continue
        top = firsts[-rows:]
        cells = [lines[i].split()[-1] + "".join(run[r::rows]) for r, i in enumerate(top)]
        if header_role(cells[0]) == OTHER or any(header_role(cell) != OTHER for cell in cells[1:]):
            continue
        out = list(lines)
        for i, cell in zip(top, cells, strict=True):
            out[i] = " ".join([*lines[i].split()[:-1], cell])
        for i in filled[start:end]:
            out[i] = ""
        return out
    return lines


def _glyph_box(lines: list[str], i: int) -> bool:
    """Line i is a text box of one glyph (blank lines around it), not a line of a cell written upright."""
    return single_glyph(lines[i]) and (i == 0 or not lines[i - 1].strip()) \
        and (i + 1 == len(lines) or not lines[i + 1].strip())


def _items(lines: list[str]) -> list[_Item]:
    """The items of the text: one per line, or one per text box that is one cell (`_box_item`)."""
    boxed = _boxed(lines)
    items: list[_Item] = []
    i = 0
    while i < len(lines):
        text = lines[i].strip()
        number = i + 1
        i += 1
        if not text:
            continue
        box = [text]
        while boxed and i < len(lines) and lines[i].strip():
            box.append(lines[i].strip())
            i += 1
        noted = next((n for n in range(1, len(box)) if note_mark(box[n])), None)
        if noted is not None and not any(map(note_mark, box[:noted])):
            # a `※` note under the table boxed with the cell above it (`移住相談件数` / `※目標値は、…`): that cell,
            # then the note
            i -= len(box) - noted
            box = box[:noted]
        if _under_year_header(items, number) and _year_only(text):
            # a year printed on the line under a year column's header (`基準年度` / `令和元年度` / `2019 年度`, one
            # text box) or under such a year: that column's cell, no header cell
            items.append(_Item(TEXT, [text], number))
            i -= len(box) - 1
            continue
        if len(box) > 1:
            labelled = _labelled_cells(box, number)
            if labelled:
                items += labelled
                continue
            item = _box_item(box, number)
            if item is not None:
                items.append(item)
                continue
            i -= len(box) - 1
        found = _line_items(text, number)
        while found[0].kind == TEXT and len(found) == 1 and _unclosed(text) and i < len(lines) and lines[i].strip():
            text += lines[i].strip()
            i += 1
            found = _line_items(text, number)
        items += found
    items = _headers_over_columns(_years_over_role_columns(_year_role_rows(_group_band(_header_periods(
        _arrow_columns(_bare_numbers_among_values(items, lines)))))))
    pages = line_pages(lines)
    for item in items:
        item.page = pages[item.line - 1]
        item.opens_part = item.kind != HEADER and "\n" not in "".join(item.texts) and opens_part(lines, item.line - 1)
    return items


def _bare_numbers_among_values(items: list[_Item], lines: list[str]) -> list[_Item]:
    """The items with a bare number set aside as a page number (`148`) read as a value where it stands between two
    values, away from a page's edge (a page number prints at a page's top or foot, before or after its page break):
    a cell of a column of bare values (`5,120` / `148` / `78.5`, pdfminer's boxes of a 登録数 column). So is a word
    standing for a new indicator's figure (`新規`, NEW_INDICATOR_WORDS) boxed before a value (`新規` / `8人` down
    the 基準値 column, or `ワーケーションの受入人数` / `新規` / `300人` across a row): a cell of the value column."""
    out = list(items)
    for k in range(1, len(out) - 1):
        item = out[k]
        text = item.texts[0]
        if item.kind == TEXT and len(item.texts) == 1 and nfkc(text).strip() in NEW_INDICATOR_WORDS \
                and out[k + 1].kind == VALUES:
            out[k] = replace(item, kind=VALUES)
            continue
        if item.kind != SKIP or len(item.texts) != 1 or page_number_line(text) \
                or not page_number_line(text, bare=True) or out[k - 1].kind != VALUES or out[k + 1].kind != VALUES:
            continue
        if _page_edge(lines[item.line:]) or _page_edge(lines[:item.line - 1][::-1]):
            continue
        out[k] = replace(item, kind=VALUES)
    return out


def _page_edge(lines: list[str]) -> bool:
    """A page break (or the text's end) comes before the first line printing anything."""
    for line in lines:
        if PAGE_BREAK in line:
            return True
        if line.strip():
            return False
    return True


def _part_heading(text: str) -> bool:
    """A heading line (`ingest.text.blocks.heading_line`) that prints no value: `400 人 林務課` opens like a
    numbered heading and is a row."""
    return heading_line(text) and (LABELLED_HEADING.match(nfkc(text.strip())) is not None or not prints_value(text))


def title_after_cell(lines: list[str], i: int) -> bool:
    """Line i (0-based) is the title of the part the heading on the next line opens (`デジタル基盤の整備` over
    `重点施策 2-3 …`), not the wrapped rest of the cell printed above it: one word, no sentence, right above a
    heading, after a cell's line narrower than the cell's line before it (`…進んで` / `いると感じる市民の割合`: the
    cell's text ended there, it did not fill its column). After a line that filled its column, or a cell of one
    line, the text cannot tell (`title_over_heading` compares the other way)."""
    if not 2 <= i < len(lines) - 1 or len(lines[i].split()) != 1 or nfkc(lines[i]).rstrip().endswith(
            SENTENCE_ENDINGS) or is_parenthetical(lines[i].strip()) or not _part_heading(lines[i + 1]):
        return False  # (a bracketed line is a value's year or remark: `49.6％` / `（令和10年度）`)
    cell = lines[i - 2:i + 1]
    return all(len(line.split()) == 1 and not prints_value(line) for line in cell) and not heading_line(cell[0]) \
        and display_width(cell[1]) < display_width(cell[0]) - WRAP_WIDTH_SLACK


def opens_part(lines: list[str], i: int) -> bool:
    """Line i (0-based) opens a new part of the document: a heading, or the part's title right above one."""
    return _part_heading(lines[i]) or (i + 1 < len(lines) and _part_heading(lines[i + 1])
                                       and title_over_heading(lines, i))


def _under_year_header(items: list[_Item], number: int) -> bool:
    """Whether the line `number` follows right on a year column's header (`基準年度`, `目標年度`: one year a row,
    the period of the value beside it) or on a year under it."""
    k = len(items) - 1
    while k >= 0 and items[k].line == number - 1 and items[k].kind == TEXT and _year_only(items[k].texts[0]):
        k, number = k - 1, number - 1
    return k >= 0 and items[k].line == number - 1 and items[k].kind == HEADER and items[k].roles == [PERIOD]


def _year_only(text: str) -> bool:
    """A year and nothing else (`令和元年度`, `平成 30 年度`, `2019 年度`)."""
    return token_type(text, RAW) == T_YEAR


def _arrow_columns(items: list[_Item]) -> list[_Item]:
    """The items with a header naming two roles joined by an arrow (`基準値（R1）→目標値（R7）`, see
    `ingest.table.arrows`) split into two header cells, and every text of two values joined by an arrow after it,
    up to the next header band, into two value cells (the baseline and the target one cell printed): left whole, the
    header names the first role only and the cells are text, so the table's cells do not fit its columns."""
    out: list[_Item] = []
    under = in_body = False
    for item in items:
        halves = two_roles(item.texts[0]) if item.kind in (HEADER, TEXT) and len(item.texts) == 1 else None
        if halves is not None:
            under, in_body = True, False
            out.append(_Item(HEADER, list(halves), item.line, [header_role(w) for w in halves], item.page))
            continue
        under = under and not (item.kind == HEADER and in_body)  # the header cells after it are its band's
        in_body = in_body or item.kind != HEADER
        pair = arrow_values(item.texts[0], is_value) if under and item.kind == TEXT and len(item.texts) == 1 else None
        out.append(_Item(VALUES, pair, item.line, page=item.page) if pair else item)
    return out


def _header_periods(items: list[_Item]) -> list[_Item]:
    """The items with the bracketed periods printed in a run after a header band (`（2019）` … `（2025）`, the
    second line of every value header, boxed after the band's last cell by pdfminer) joined to the band's value
    headers from the name-column header on, in order, where the run has one period for each of them."""
    out: list[_Item] = []
    k = 0
    while k < len(items):
        out.append(items[k])
        k += 1
        if out[-1].kind != HEADER or (k < len(items) and items[k].kind == HEADER):
            continue
        band = len(out) - 1
        while band > 0 and out[band - 1].kind == HEADER and NAME not in out[band].roles:
            band -= 1
        if NAME not in out[band].roles:
            continue
        columns = [(n, t) for n in range(band, len(out)) for t, role in enumerate(out[n].roles) if role == VALUE]
        run = k
        while run < len(items) and len(items[run].texts) == 1 and items[run].kind in (HEADER, TEXT) \
                and _header_gloss(items[run].texts[0]):
            run += 1
        if run - k < 2 or run - k != len(columns):
            continue
        for (n, t), period in zip(columns, items[k:run], strict=True):
            texts = list(out[n].texts)
            texts[t] += period.texts[0].strip()
            out[n] = replace(out[n], texts=texts, roles=[header_role(w) for w in texts])
        k = run
    return out


def _group_band(items: list[_Item]) -> list[_Item]:
    """The items with role words printed before the name-column header (`基準` `実績` `目標`: the top band of a
    header, pdfminer boxes it first) spread over the years after the name header that name no role
    (`令和元年度` … `令和7年度`), and left out. As many words as years: one each. Fewer: every word but the one the
    years name by themselves (a year alone reads as an actual) heads one year at its end of the band, that one the
    years between, a guess (the header cells are marked `guessed`, every value flagged)."""
    out = list(items)
    for n, item in enumerate(items):
        if item.kind != HEADER or item.roles[:1] != [NAME]:
            continue
        first = n
        while first > 0 and items[first - 1].kind == HEADER and items[first - 1].roles == [VALUE] \
                and parse_header(items[first - 1].texts[0])[1] is None:
            first -= 1
        groups = [parse_header(items[k].texts[0])[0] for k in range(first, n)]
        years = []
        k = n + 1
        while k < len(items) and items[k].kind == HEADER:
            years += [(k, t) for t, text in enumerate(items[k].texts) if _period_only(text)]
            k += 1
        if not groups or len(groups) > len(years):
            continue
        alone = {parse_header(items[k].texts[t])[0] for k, t in years}
        spans = [1] * len(groups)
        if len(groups) < len(years):
            if len(alone) != 1 or groups.count(next(iter(alone))) != 1:
                continue
            spans[groups.index(next(iter(alone)))] += len(years) - len(groups)
        heads = [items[first + g].texts[0] for g, span in enumerate(spans) for _ in range(span)]
        for (k, t), head in zip(years, heads, strict=True):
            texts = list(out[k].texts)
            texts[t] = head + texts[t]
            out[k] = replace(out[k], texts=texts, roles=[header_role(w) for w in texts],
                             guessed=out[k].guessed or len(groups) < len(years))
        for g in range(first, n):
            out[g] = replace(out[g], kind=SKIP)
    return out


def _role_only(text: str) -> bool:
    """A value header naming a role and no period (`基準値`, `実績値`)."""
    return header_role(text) == VALUE and parse_header(text)[1] is None


def _year_role_rows(items: list[_Item]) -> list[_Item]:
    """The items with a header's row of periods and its row of roles, each printed as a run of its own
    (`令和元年度` `令和５年度` `令和７年度`, then `基準値` `実績値` `目標値`: pdfminer boxes each header row's cells in
    turn), joined into one header cell a column, the role's with the period in brackets (`基準値（令和元年度）`),
    where the two runs are side by side, as many periods as roles, in either order. The run printed second is
    left out."""
    out = list(items)
    k = 0
    while k < len(out):
        if out[k].kind != HEADER or len(out[k].texts) != 1:
            k += 1
            continue
        end = k
        while end < len(out) and out[end].kind == HEADER and len(out[end].texts) == 1:
            end += 1
        texts = [item.texts[0] for item in out[k:end]]
        for first in range(len(texts)):
            tests = (_period_only, _role_only) if _period_only(texts[first]) else (_role_only, _period_only)
            size = len(list(takewhile(tests[0], texts[first:])))
            second = texts[first + size:first + 2 * size]
            if size < 2 or len(second) != size or not all(map(tests[1], second)):
                continue
            if first + 2 * size < len(texts) and tests[1](texts[first + 2 * size]):
                continue  # a longer second run: the rows are not side by side
            periods, roles = (texts[first:first + size], second) if tests[0] is _period_only \
                else (second, texts[first:first + size])
            for n, (role, period) in enumerate(zip(roles, periods, strict=True)):
                joined = role + period if is_parenthetical(nfkc(period).strip()) else dated_header(role, period)
                out[k + first + n] = replace(out[k + first + n], texts=[joined], roles=[header_role(joined)])
                out[k + first + size + n] = replace(out[k + first + size + n], kind=SKIP)
            break
        k = end
    return out


def _years_over_role_columns(items: list[_Item]) -> list[_Item]:
    """The items with a run of bare years (`令和５年度` `令和６年度`, the first row of a two-row header, each year's
    cell merged over its sub-columns) followed by the role words of the second row, each printed over its column's
    cells (`目標` `55件` `25人` `実績` `61件` `27人` …: pdfminer boxes the header's cells with the columns under them,
    layouts 271; or all the role words in a run, layouts 196), two or more years, two or more role words a year
    and as many for every year: each role word dated by the year over it (`目標（令和５年度）`), the years' own
    items left out. A year alone over its role words (`R3` `目標` `実績` `2人` `1人`) heads a row of a year-major
    table instead."""
    out = list(items)
    k = 0
    while k < len(out):
        end = k
        while end < len(out) and out[end].kind == HEADER and len(out[end].texts) == 1 \
                and _period_only(out[end].texts[0]) and not is_parenthetical(nfkc(out[end].texts[0]).strip()):
            end += 1
        if end == k:
            k += 1
            continue
        roles: list[int] = []
        j = end
        while j < len(out) and (out[j].kind == VALUES or (out[j].kind == HEADER and len(out[j].texts) == 1
                                                          and _role_only(out[j].texts[0]))):
            if out[j].kind == HEADER:
                roles.append(j)
            j += 1
        pairs = years_over_roles([out[at].texts[0] for at in range(k, end)], [out[at].texts[0] for at in roles])
        if end - k > 1 and roles and roles[0] == end and pairs is not None:
            for at, (year, role) in zip(roles, pairs, strict=True):
                joined = dated_header(role, year)
                out[at] = replace(out[at], texts=[joined], roles=[header_role(joined)])
            for at in range(k, end):
                out[at] = replace(out[at], kind=SKIP)
        k = end
    return out


def _headers_over_columns(items: list[_Item]) -> list[_Item]:
    """The items with a table whose header cells pdfminer boxed each over its column's cells (`指標名` `移住相談件数`
    `移住者数` `基準値（R4）` `48件` `21人` `目標（令和５年度）` `55件` `25人` … `担当課` `企画課` …, layouts 271)
    put in the order of a table printed column by column, its header first: the header cells, then the names,
    then each column's cells. Only where every column after the names prints exactly as many cells as there are
    names, two or more (one name with a cell under each header word is a card, label and value, read as it is),
    one a box, two columns at least, no header word twice; the rows printed after them (across) stay as they
    are."""
    out = list(items)
    k = 0
    while k < len(out):
        if out[k].kind != HEADER or out[k].roles != [NAME]:
            k += 1
            continue
        names = k + 1
        while names < len(out) and out[names].kind == TEXT and len(out[names].texts) == 1:
            names += 1
        count = names - k - 1
        groups: list[int] = []
        skipped: list[_Item] = []  # items no cell between the columns (a header row's years spread over them)
        j = names
        while count > 1 and j + count < len(out) and out[j].kind == HEADER and len(out[j].texts) == 1 \
                and out[j].texts[0] not in (out[g].texts[0] for g in groups) \
                and out[j].roles[0] not in (NAME, NUMBER, OTHER) \
                and len({item.kind for item in out[j + 1:j + 1 + count]}) == 1 \
                and out[j + 1].kind in (VALUES, TEXT) \
                and all(len(item.texts) == 1 for item in out[j + 1:j + 1 + count]) \
                and (out[j + 1].kind == TEXT) == (out[j].roles[0] != VALUE):
            groups.append(j)
            j += 1 + count
            while j < len(out) and out[j].kind == SKIP:
                skipped.append(out[j])
                j += 1
        while skipped and j > names and out[j - 1] is skipped[-1]:
            skipped.pop()  # items after the last column stay where they are
            j -= 1
        if len(groups) < 2 or VALUE not in (out[g].roles[0] for g in groups):
            k += 1
            continue
        headers = [out[g] for g in groups]
        cells = [item for g in groups for item in out[g + 1:g + 1 + count]]
        out[k:j] = [out[k], *headers, *skipped, *out[k + 1:names], *cells]
        k = j
    return out


def _header_gloss(text: str) -> bool:
    """A header cell's bracketed second line naming a period or a year (`（R1）`, `（2019）` under `令和元年度`)."""
    folded = nfkc(text).strip()
    return is_parenthetical(folded) and (names_period(folded) or is_bare_year(folded[1:-1]))


#: The role of a baseline column (normalize/vocabulary.py ROLE_WORDS): one year's figure, never a group of years.
_BASELINE = "baseline"
#: How many times the smallest value of a row its largest may be before the row looks like two rows' values.
MAGNITUDE_GAP = 10
#: How many times closer together a placement's row values must lie to replace the fewest-jumps guess.
SMOOTHER = 2


@dataclass
class _Cell:
    text: str
    line: int


@dataclass
class _Table:
    headers: list[_Cell]
    roles: list[str]
    rows: list[list[_Cell | None]]
    first: int  # 0-based line of the table's first item
    last: int  # 0-based line of its last item
    end: int  # index of the first item after the table
    guessed: bool = False  # the header's columns were placed by a guess (every value flagged)
    caption: _Cell | None = None  # a unit field line (`（単位：人）`) printed among the table's cells
    doubtful: set[int] = field(default_factory=set)  # indexes of `rows` joined by a guess (their values flagged)
    grid: Grid | None = None  # a grid of a shape of its own (`_year_major`), no header row over name and values
    #: 1-based lines of sentences after the table that a prose column set aside could not be given (`_prose_after`)
    unplaced: tuple[int, int, str] | None = None
    #: row index → rows a merged name cell covers (a name over its segment rows, `_segmented`)
    spans: dict[int, int] = field(default_factory=dict)
    sideways: bool = False  # printed sideways (the names across the first row): the interpreter turns it
    #: a goal column left of the names whose merged cells were printed upright apart from their rows (`_goal_column`):
    #: its header, then its cells in order
    goals: list[_Cell] = field(default_factory=list)
    #: the body row each of `goals`' cells was placed in by the order (`_left_merged`), each over the rows down to
    #: the next one's; empty: shared out evenly. `open_rows`: rows whose left cell the order left open (flagged)
    goal_rows: list[int] = field(default_factory=list)
    open_rows: set[int] = field(default_factory=set)


def _cells(item: _Item) -> list[_Cell]:
    return [_Cell(text, item.line) for text in item.texts]


def _fill(items: list[_Item], start: int, roles: list[str], numbered: bool = False
          ) -> tuple[list[list[_Cell | None]], int, bool] | None:
    """Names, then every value column and text column in order, from items[start:]: (rows, index after them)."""
    names, k = _leading_texts(items, start)
    return _columns(items, k, _keyed_names(names) if numbered else names, roles)


def _leading_texts(items: list[_Item], start: int) -> tuple[list[_Cell], int]:
    """The first cell of every text item from items[start] up to the first item of another kind (skipped items
    passed over), and the index of that item."""
    texts: list[_Cell] = []
    k = start
    while k < len(items) and items[k].kind in (TEXT, SKIP):
        if items[k].kind == TEXT:
            texts.append(_cells(items[k])[0])
        k += 1
    return texts, k


def _row_key(text: str) -> bool:
    """A row's number or code cell (`1-(1)-①`, `No.3`): one short word with a digit, no value."""
    folded = nfkc(text).strip()
    return 0 < len(folded) <= MAX_KEY_CHARS and " " not in folded and any(ch.isdigit() for ch in folded) \
        and not is_value(folded)


def _keyed_names(names: list[_Cell]) -> list[_Cell]:
    """The names under a number column printed before the name header (`番号` / `指標名`): a row's key cell and
    the name after it are one name (`1-(1)-① 市内製造品出荷額`), read as a numbered name by the interpreter."""
    out: list[_Cell] = []
    k = 0
    while k < len(names):
        cell = names[k]
        if _row_key(cell.text) and k + 1 < len(names) and not _row_key(names[k + 1].text):
            out.append(_Cell(f"{cell.text.strip()} {names[k + 1].text}", cell.line))
            k += 2
            continue
        out.append(cell)
        k += 1
    return out


def _value_run(items: list[_Item], k: int) -> int:
    """How many value cells the items from k print before anything else."""
    count = 0
    while k < len(items) and items[k].kind == VALUES:
        count += len(items[k].texts)
        k += 1
    return count


def _lead_texts(items: list[_Item], k: int, names: list[_Cell], roles: list[str]) -> dict[int, _Cell]:
    """The cells of the text columns between the name and the values (`指標名 指標の説明 基準値 …`: a definition, a
    remark) of a row printed alone, its cells one after another (pdfminer): when one row's values follow (as many
    as the value columns, not a column's for several rows), the texts before them are that row's name and those
    columns' cells, each a text box of its own; a text box of prose (a sentence with `、`, which reads as an
    aside and no name) right before the values is such a cell too. The cells by column; `names` keeps the name
    alone. Empty when the texts do not fit (a column printed for several rows, or an empty 備考 column)."""
    first_value = roles.index(VALUE) if VALUE in roles else 0
    lead = list(range(1, first_value))
    if not lead or not names or any(roles[c] not in PROSE_ROLES for c in lead) \
            or _value_run(items, k) != roles.count(VALUE):
        return {}
    texts = list(names)
    if len(texts) == len(lead) and k > 0 and items[k - 1].kind == SKIP and items[k - 1].line > texts[-1].line \
            and not page_number_line(items[k - 1].texts[0], bare=True) and not note_mark(items[k - 1].texts[0]) \
            and goal_level(items[k - 1].texts[0]) is None:
        texts.append(_cells(items[k - 1])[0])
    if len(texts) != 1 + len(lead):
        return {}
    del names[1:]
    return dict(zip(lead, texts[1:], strict=True))


def _signed_rate(header: str) -> bool:
    """A rate column's header printing its cells' sign in brackets (`達成率（%）`): its cells print bare numbers."""
    folded = nfkc(header)
    return header_role(folded) == PROGRESS and bool(re.search(r"[(（]\s*%\s*[)）]", folded))


def _columns(items: list[_Item], k: int, names: list[_Cell], roles: list[str]
             ) -> tuple[list[list[_Cell | None]], int, bool] | None:
    """The cells of the columns after the name column, column by column, one per name; and whether a cell's
    column was guessed. A row printed alone with fewer values than value columns (a `―` the extraction tool
    dropped) fills the last ones: which one was empty is a guess. More values missing make no row. A row printed
    alone with its text columns before the values filled (`_lead_texts`) takes them."""
    names = list(names)
    lead = _lead_texts(items, k, names, roles)
    if not names:
        return None
    columns: list[list[_Cell | None]] = []
    pending: list[_Cell] = []
    last_value = max(i for i, role in enumerate(roles) if role == VALUE)
    wanted_values = roles.count(VALUE)
    printed = _value_run(items, k) if len(names) == 1 else wanted_values
    missing = wanted_values - printed if 0 < printed < wanted_values else 0
    for index, role in enumerate(roles[1:], start=1):
        wanted = VALUES if role == VALUE else TEXT
        column: list[_Cell | None] = []
        if wanted == VALUES and missing:
            missing -= 1
            columns.append([None])
            continue
        while len(column) < len(names):
            if not pending:
                if k >= len(items) or items[k].kind != wanted:
                    break
                if index > last_value and k + 1 < len(items) and items[k + 1].kind == VALUES:
                    break  # a text followed by values opens the next row (rows printed one after another)
                if index > last_value and items[k].opens_part:
                    break  # a heading or a part's title after the rows is the next part's, no row's remark
                pending = _cells(items[k])
                k += 1
            column.append(pending.pop(0))
        if len(column) < len(names):
            if wanted == VALUES or column:
                return None
            if index < last_value and role in PROSE_ROLES:
                columns.append([None] * len(names))  # `備考` before the values, empty in every row: printed nowhere
                continue
            break  # a text column printed nowhere (no 担当課 cells): the columns after it stay empty too
        columns.append(column)
    if pending or not columns:
        return None
    rows: list[list[_Cell | None]] = [[name, *(c[r] for c in columns)] for r, name in enumerate(names)]
    for col, cell in lead.items():
        rows[0][col] = cell
    if len(names) > 1 and all(name.text[:1] in CIRCLED_NUMBERS for name in names):
        rows = [_joined(rows)]  # a numbered list of indicators printed in one cell, its values likewise
    guessed = len(names) == 1 and printed < wanted_values
    return [row + [None] * (len(roles) - len(row)) for row in rows], k, guessed


def _parent_rows(items: list[_Item], k: int, names: list[_Cell], roles: list[str]
                 ) -> tuple[list[list[_Cell | None]], int] | None:
    """Rows under names that break down into segment rows printed in the name column (`健康寿命` over `（男性）` /
    `（女性）`, `小学生` / `中学生`: `ingest.table.rows.breakdown_segment`), the parent printing no value: the value
    columns hold one cell for each name but the parents, the text columns after them (`担当課`, merged over a
    parent's rows) one for each name that is no segment. The parent rows keep their text cells, the segment rows
    their values, for the interpreter to read as segments of the name above. None unless every column's count is
    exactly that."""
    segment = [breakdown_segment(name.text) is not None for name in names]
    parents = {i for i in range(len(names) - 1) if not segment[i] and segment[i + 1]}
    if not parents or segment[0] or VALUE not in roles:
        return None
    last_value = max(i for i, role in enumerate(roles) if role == VALUE)
    valued = [name for i, name in enumerate(names) if i not in parents]
    filled = _columns(items, k, valued, roles[:last_value + 1])
    if filled is None or filled[2] or len(filled[0]) != len(valued):
        return None
    value_rows, k, _ = filled
    heads = [i for i in range(len(names)) if not segment[i]]
    texts: list[list[_Cell]] = []
    for _ in roles[last_value + 1:]:
        column: list[_Cell] = []
        while len(column) < len(heads) and k < len(items) and items[k].kind == TEXT and len(items[k].texts) == 1:
            column.append(_cells(items[k])[0])
            k += 1
        if column and len(column) < len(heads):
            return None
        if not column:
            break
        texts.append(column)
    rows: list[list[_Cell | None]] = []
    valued_rows = iter(value_rows)
    for i, name in enumerate(names):
        row: list[_Cell | None] = [name, *([None] * last_value)] if i in parents else list(next(valued_rows))
        after = [column[heads.index(i)] if i in heads else None for column in texts]
        rows.append(row + after + [None] * (len(roles) - len(row) - len(after)))
    return rows, k


def _joined(rows: list[list[_Cell | None]]) -> list[_Cell | None]:
    """Rows printed as the lines of one table row: each column's cells as one cell of several lines."""
    joined: list[_Cell | None] = []
    for column in zip(*rows, strict=True):
        cells = [cell for cell in column if cell is not None]
        joined.append(_Cell("\n".join(c.text for c in cells), cells[0].line) if cells else None)
    return joined


def _read_table(items: list[_Item], start: int) -> _Table | None:
    """The table whose name-column header is items[start], or None when its cells do not fit a column order."""
    headers, roles = _cells(items[start]), list(items[start].roles)
    if roles[0] != NAME or NAME in roles[1:]:
        return None
    names: list[_Cell] = []
    k = start + 1
    placed_unseen = False
    apart: int | None = None
    side: list[list[_Cell | None]] | None = None  # the header rows of a table printed beside this one
    while k < len(items) and items[k].kind != VALUES:
        item = items[k]
        if item.kind == HEADER and _group_years(item, headers, roles):
            # `実績値` over `令和２年度 令和３年度 令和４年度`: the years are the columns, the word their group's
            group = headers.pop()
            roles.pop()
            headers += [_Cell(f"{group.text}\n{year}", item.line) for year in item.texts]
            roles += item.roles
            k += 1
            continue
        if item.kind == HEADER:
            placed_unseen = placed_unseen or _sub_column_years(item, headers, roles)
            if NAME in item.roles and _spanning_caption(headers, roles, names, item):
                # `重要業績評価指標（KPI）` over `指標名 基準値 目標値`: a caption spanning the name and value
                # columns, its place taken by the header cells under it; header cells printed beside it
                # (`担当課` on the caption's row) stay after them, as the rows print them
                headers, roles = _cells(item) + headers[1:], list(item.roles) + roles[1:]
                k += 1
                continue
            if NAME in item.roles:
                found = _side_header(items, k, headers) if names and side is None else None
                if found is None:
                    return None
                side, own, own_roles, k = found
                headers, roles = headers + own, roles + own_roles
                continue
            if len(headers) > 1 and is_parenthetical(item.texts[0]):
                # `（令和元年度）` on a line of its own under `現状値`: the period of the header above; the header
                # cells after it on its line are the next columns' (`目標値` / `（令和７年度） 担当課`, pypdfium2
                # prints a two-line cell's last line with the cells beside it)
                headers[-1] = _Cell(headers[-1].text + item.texts[0], headers[-1].line)
                roles[-1] = header_role(headers[-1].text)
                headers += _cells(item)[1:]
                roles += item.roles[1:]
            else:
                if len(roles) == 1 and names and item.roles[0] not in (NAME, VALUE):
                    apart = len(names)  # the names, then the segment column's header and its cells
                headers += _cells(item)
                roles += item.roles
        elif item.kind == TEXT:
            names.append(_cells(item)[0])
        elif item.kind == SKIP and not names and VALUE in roles:
            defined = _defined_name(items, k)
            if defined is not None:
                names.append(defined[0])
                k = defined[1]
                continue
        k += 1
    if VALUE not in roles or any(outline_sequence(name.text.split("\n")) for name in names):
        # `ア　…` / `イ　…` / `ウ　…` boxed together: several names, not one cell (a placement reads the box apart)
        return None
    numbered = start > 0 and items[start - 1].kind == HEADER and items[start - 1].roles == [NUMBER]
    if numbered:
        names = _keyed_names(names)
    spans: dict[int, int] = {}
    # a rate column whose header prints the cells' sign (`達成率（%）`) prints bare numbers (`85.0`): read as values,
    # the column a rate's for the interpreter
    rates = [c for c, (role, header) in enumerate(zip(roles, headers, strict=True))
             if role == PROGRESS and _signed_rate(header.text)]
    roles = [VALUE if c in rates else role for c, role in enumerate(roles)]
    filled = _columns(items, k, names, roles)
    if filled is None and (parted := _parent_rows(items, k, names, roles)) is not None:
        rows, k = parted
        doubtful = set()
    elif filled is None:
        segmented = _segmented(items, k, names, roles, apart)
        if segmented is None:
            return None
        rows, k, spans = segmented
        doubtful = set(range(len(rows)))
    else:
        rows, k, short = filled
        rows, split = _boxed_rows(rows)
        doubtful = set(range(len(rows))) if short else split
    if _heights_differ(rows):
        return None
    late = _late_text_column(items, k, roles, len(rows))
    if late is not None:
        # `担当課` printed after the values, then its cells from the top: a text column on the right whose header
        # pdfminer boxed apart from the band
        headers, roles = headers + _cells(items[k]), roles + list(items[k].roles)
        rows = [[*row, cell] for row, cell in zip(rows, late[0], strict=True)]
        k = late[1]
    if side is not None:  # the table beside this one: its header rows, then its rows, printed after this one's
        beside = _fill(items, k, roles, numbered)
        if beside is None or beside[2]:
            return None
        rows += [row + [None] * (len(roles) - len(row)) for row in side] + beside[0]
        k = beside[1]
    spilled = _spilled(items, k, roles, len(rows))
    more_rows, more_k, more_doubtful, more_spans = _more_rows(items, spilled[1] if spilled else k, roles, numbered,
                                                              len(rows))
    if spilled and len(more_rows) == len(spilled[0]) \
            and all(row[spilled[2]] is None for row in more_rows):
        # a text column's cells of the rows printed after, one after another without it (`総務課` `総務課`
        # `福祉課` `福祉課` under `担当課` over two names; the other two rows' names and values come after)
        for row, cell in zip(more_rows, spilled[0], strict=True):
            row[spilled[2]] = cell
    elif spilled:
        more_rows, more_k, more_doubtful, more_spans = _more_rows(items, k, roles, numbered, len(rows))
    rows += more_rows
    k = more_k
    k = _texts_after_rows(items, k, rows, roles)
    doubtful |= more_doubtful
    spans.update(more_spans)
    band = [item for item in items[k:] if item.kind != SKIP]
    band = band[:next((n for n, item in enumerate(band) if item.kind != HEADER), len(band))]
    if band and not any(NAME in item.roles for item in band):
        return None  # more header cells of this table follow: its columns were printed in another order
        # (a header band naming the name column, `基本目標` / `指標名` / …, opens the next table)
    lines = [c.line for row in rows for c in row if c] + [h.line for h in headers]
    roles = [PROGRESS if c in rates else role for c, role in enumerate(roles)]
    return _Table(headers, roles, rows, min(lines) - 1, max(lines) - 1, k, placed_unseen, doubtful=doubtful,
                  spans=spans)


def _more_rows(items: list[_Item], k: int, roles: list[str], numbered: bool, first: int
               ) -> tuple[list[list[_Cell | None]], int, set[int], dict[int, int]]:
    """More rows of the same columns from items[k] without their header (the next row, or a page's rows): the
    rows, the index after them, the doubtful ones and the name spans, numbered on from row `first`."""
    rows: list[list[_Cell | None]] = []
    doubtful: set[int] = set()
    spans: dict[int, int] = {}
    while True:
        again = k
        while again < len(items) and items[again].kind == SKIP:
            again += 1
        more = _fill(items, again, roles, numbered) if again < len(items) else None
        if more is None:
            more_segmented = _fill_segmented(items, again, roles) if again < len(items) else None
            if more_segmented is None:
                return rows, k, doubtful, spans
            more = (more_segmented[0], more_segmented[1], True)
            spans.update({first + len(rows) + r: n for r, n in more_segmented[2].items()})
        if more[2]:
            doubtful.update(range(first + len(rows), first + len(rows) + len(more[0])))
        rows += more[0]
        k = more[1]


def _late_text_column(items: list[_Item], k: int, roles: list[str], read: int) -> tuple[list[_Cell], int] | None:
    """The header of one text column printed after the values at items[k] (`担当課`, where the band printed none
    after the value headers), then a short cell for each of the `read` rows (`_trailing`): (the cells, the index
    after them), else None."""
    if k >= len(items) or items[k].kind != HEADER or len(items[k].roles) != 1 or roles[-1] != VALUE \
            or items[k].roles[0] in (NAME, NUMBER, VALUE, OTHER):
        return None
    cells = items[k + 1:k + 1 + read]
    if len(cells) < read or not all(item.kind == TEXT and len(item.texts) == 1 and _trailing(item.texts[0])
                                    for item in cells):
        return None
    return [_cells(item)[0] for item in cells], k + 1 + read


def _spilled(items: list[_Item], k: int, roles: list[str], read: int) -> tuple[list[_Cell], int, int] | None:
    """The cells of the text column after the values that run on past the rows read so far (`read` of them) at
    items[k], before a row's name: (the cells, the index after them, the column), else None. Short cells only
    (`_trailing`: a department, a mark), never a name."""
    last_value = max(i for i, role in enumerate(roles) if role == VALUE)
    if last_value + 1 >= len(roles) or not read:
        return None
    end = k
    while end < len(items) and items[end].kind == TEXT and len(items[end].texts) == 1 \
            and _trailing(items[end].texts[0]):
        end += 1
    if end == k or end >= len(items) or items[end].kind != TEXT:
        return None
    return [_cells(item)[0] for item in items[k:end]], end, last_value + 1


def _texts_after_rows(items: list[_Item], k: int, rows: list[list[_Cell | None]], roles: list[str]) -> int:
    """The cells of the one text column after the values (a department, a progress label) that rows printed one
    after another left empty, printed after the last row's own (`町道の補修延長 3.5km 12km` / `町有施設の…費
    3.5億円 5億円 建設課` / `財政課`: pdfminer boxes the two rows' 担当課 cells together, under the last row):
    the last row's cell and the run of such cells after it, exactly one for each row from the first that left the
    column empty on, go to those rows in order (filled in `rows`). The index after the run; `k` unchanged when
    the items are not so (a run of another count, a cell of another kind, a text before values: the next row's
    name)."""
    fits = {DEPARTMENT: is_department, PROGRESS: is_progress}.get(roles[-1])
    values = [c for c, role in enumerate(roles) if role == VALUE]
    if fits is None or not rows or not values or values[-1] != len(roles) - 2 or rows[-1][-1] is None:
        return k
    end = k
    while end < len(items) and items[end].kind == TEXT and len(items[end].texts) == 1 \
            and fits(nfkc(items[end].texts[0]).strip()):
        end += 1
    if end == k or (end < len(items) and items[end].kind == VALUES):
        return k
    first = len(rows) - 1
    while first > 0 and rows[first - 1][-1] is None:
        first -= 1
    cells = [rows[-1][-1], *(_cells(item)[0] for item in items[k:end])]
    if len(cells) != len(rows) - first or not fits(nfkc(cells[0].text).strip()):
        return k
    for row, cell in zip(rows[first:], cells, strict=True):
        row[-1] = cell
    return end


def _defined_name(items: list[_Item], k: int) -> tuple[_Cell, int] | None:
    """A name cell printing the name and then a sentence defining it (`…創業件数。` / `空き店舗を活用したものを
    含む。`, `normalize.text.name_and_definition`), boxed between the header band and the values where the name
    stands: read as sentences, so asides; one name cell when its lines run on from items[k] (one box) to the values
    and the first ends the name, no clause before its full stop. The cell and the index after it, else None."""
    end = k + 1
    while end < len(items) and items[end].kind == SKIP and items[end].line == items[end - 1].line + 1:
        end += 1
    texts = [item.texts[0] for item in items[k:end]]
    name, definition = name_and_definition("".join(texts))
    if end == k + 1 or end >= len(items) or items[end].kind != VALUES or definition is None \
            or not nfkc(texts[0]).endswith(SENTENCE_ENDINGS) or any(mark in name for mark in PROSE_MARKS) \
            or _skipped(name) or note_mark(texts[0]):
        return None
    return _Cell("\n".join(texts), items[k].line), end


def _side_header(items: list[_Item], k: int, headers: list[_Cell]
                 ) -> tuple[list[list[_Cell | None]], list[_Cell], list[str], int] | None:
    """Two tables printed side by side (pdfminer gives the left table's names, the right one's caption, the left
    one's value headers, the right one's header, then the left one's values): at items[k], a name header after the
    names, the header of the table beside. Returns that table's header rows (its caption, its header cells: the
    same columns as this table's), this table's header cells printed before it, their roles, and the index of the
    first value; None when the items do not print that order."""
    caption: list[list[_Cell | None]] = []
    if items[k].texts != [headers[0].text]:
        if items[k].roles != [NAME]:
            return None
        caption = [[_cells(items[k])[0]]]  # `【重要業績評価指標（KPI）】` over the table beside
        k += 1
    own: list[_Cell] = []
    own_roles: list[str] = []
    while k < len(items) and items[k].kind == HEADER and NAME not in items[k].roles:
        own += _cells(items[k])
        own_roles += items[k].roles
        k += 1
    if k >= len(items) or items[k].kind != HEADER or items[k].texts[:1] != [headers[0].text]:
        return None
    beside = _cells(items[k])
    k += 1
    while k < len(items) and items[k].kind == HEADER and NAME not in items[k].roles:
        beside += _cells(items[k])
        k += 1
    if [c.text for c in beside[1:]] != [c.text for c in headers[1:] + own] or k >= len(items) \
            or items[k].kind != VALUES:
        return None
    return [*caption, list(beside)], own, own_roles, k


def _segment_word(text: str) -> bool:
    """A segment column's cell: a segment label (`男性`) or a member government (`鷹見市`, `圏域全体`)."""
    return segment_label(text) is not None or is_member(text)


def _fill_segmented(items: list[_Item], start: int, roles: list[str]
                    ) -> tuple[list[list[_Cell | None]], int, dict[int, int]] | None:
    """`_fill` for rows whose name covers segment rows: the texts from items[start], then the columns."""
    texts, k = _leading_texts(items, start)
    return _segmented(items, k, texts, roles, None) if texts else None


def _segmented(items: list[_Item], k: int, texts: list[_Cell], roles: list[str], apart: int | None
               ) -> tuple[list[list[_Cell | None]], int, dict[int, int]] | None:
    """Rows under a segment column (`区分`, `市町村`) right of the names, whose names are merged cells over their
    segment rows (`健康寿命` over `男性` / `女性`): the text layer prints the names, then the segment cells, then
    each value column, so there are fewer names than rows. The texts are the names and then the segment cells:
    split where the segment column's header was printed among them (`apart`), else before the trailing segment
    words. Which rows each name covers is read from the values' units (a name's rows print one unit) and the
    segment labels (a name's segments differ; a row without a segment is a name of its own), the most rows to the
    first names when several readings remain. Returned with each name's row span; all a reading of the counts, so
    the caller flags every row."""
    if len(roles) < 3 or roles[0] != NAME or roles[1] in (NAME, VALUE) or VALUE in roles[:2] or roles[2] != VALUE:
        return None
    if apart is None:
        labels = len(texts) - next((n for n in range(len(texts), 0, -1) if not _segment_word(texts[n - 1].text)), 0)
        apart = len(texts) - labels
    names, segments = texts[:apart], texts[apart:]
    if not names or not segments:
        return None
    rest = [NAME, *roles[2:]]
    printed, width = _value_run(items, k), rest.count(VALUE)
    count = printed // width
    if printed % width or len(names) > count or len(segments) > count or len(names) + len(segments) <= count:
        return None
    filled = _columns(items, k, [_Cell("-", 0)] * count, rest)  # stand-in names: one per row
    if filled is None or filled[2]:
        return None
    body, k, _ = filled
    sizes = _segment_groups(body, rest, len(names), [cell.text for cell in segments])
    if sizes is None:
        return None
    rows: list[list[_Cell | None]] = []
    spans: dict[int, int] = {}
    labels_left = iter(segments)
    for name, (size, labelled) in zip(names, sizes, strict=True):
        spans[len(rows)] = size
        for n in range(size):
            row = body[len(rows)]
            rows.append([name if n == 0 else None, next(labels_left) if labelled else None, *row[1:]])
    return rows, k, spans


def _segment_groups(body: list[list[_Cell | None]], roles: list[str], names: int, labels: list[str]
                    ) -> list[tuple[int, bool]] | None:
    """How many rows each name covers and whether its rows print segments: consecutive groups whose rows print one
    unit, each group's segment labels all different, a group without segments one row; the first such split
    giving the first names the most rows, or None."""
    units = [frozenset(p.unit for cell, role in zip(row, roles, strict=True) if cell is not None and role == VALUE
                       for p in parse_cell(cell.text) if p.unit) for row in body]
    bare = len(body) - len(labels)

    def split(start: int, left: int, bare_left: int, label: int) -> list[tuple[int, bool]] | None:
        if left == 0:
            return [] if start == len(body) and bare_left == 0 else None
        for size in range(len(body) - start - left + 1, 0, -1):
            if len(set(units[start:start + size])) > 1:
                continue
            for labelled in (True, False):
                if labelled:
                    own = labels[label:label + size]
                    if len(own) < size or len(set(own)) < size:
                        continue
                elif size > 1 or bare_left == 0:
                    continue
                after = split(start + size, left - 1, bare_left - (not labelled), label + size * labelled)
                if after is not None:
                    return [(size, labelled), *after]
        return None

    return split(0, names, bare, 0)


def _group_years(item: _Item, headers: list[_Cell], roles: list[str]) -> bool:
    """A header line of two or more bare years right after a value header that prints no period (`実績値` /
    `令和２年度 令和３年度 令和４年度`): the years are sub-columns of that header's cell, printed where it stands."""
    return len(item.texts) > 1 and all(token_type(text, RAW) == T_YEAR for text in item.texts) \
        and len(headers) > 1 and roles[-1] == VALUE and parse_header(headers[-1].text)[1] is None


def _sub_column_years(item: _Item, headers: list[_Cell], roles: list[str]) -> bool:
    """A header line of bare years (`R3 R4 R5`) after value headers that print their own periods (`基準値（R2）
    中間目標（R5）`): the years are no periods of those headers but the sub-columns of a header spanning them
    (`実績値` over `R3 R4 R5`, layouts 92), on a second header row; the text layer printed that row after the
    first, so where the sub-columns stand among the dated columns is not shown and the columns are a guess. A year
    that names what its column prints (`R5見込み` after `実績値（R4）`: that year's estimate) is a column of its own."""
    return all(token_type(text, RAW) == T_YEAR and not any(word in nfkc(text) for word in _ESTIMATE_WORDS)
               for text in item.texts) and any(
        role == VALUE and token_type(header.text, RAW) != T_YEAR and parse_header(header.text)[1] is not None
        for header, role in zip(headers, roles, strict=False))


def _spanning_caption(headers: list[_Cell], roles: list[str], names: list[_Cell], item: _Item) -> bool:
    """The table's name header is a caption over a second header row (`重要業績評価指標（KPI）` over `指標名
    基準値（R1） 目標値（R7）`, layouts 85): no name cell and no value header yet, and item is a header line that
    opens with a name header and names a value column."""
    return (not names and VALUE not in roles and len(headers) == len(roles) and item.roles[0] == NAME
            and NAME not in item.roles[1:] and VALUE in item.roles)


def _height(cell: _Cell | None) -> int:
    return len(cell.text.split("\n")) if cell is not None else 0


def _heights_differ(rows: list[list[_Cell | None]]) -> bool:
    """Whether a row holds a box of several lines beside a name of another number of lines (`120ha` / `2件`,
    two rows' values, beside one name): which value is whose cannot be read from such boxes."""
    return any(cell is not None and _height(cell) > 1 and _height(cell) != _height(row[0])
               and all(is_value(line) for line in cell.text.split("\n")) and not _dated_lines(cell.text)
               for row in rows for cell in row[1:])


def _dated_lines(text: str) -> bool:
    """A box whose every line is one figure with its own period, later line by line, in one unit (`H27：120区画`
    / `R1：135区画`, two baselines in one cell): one cell, not several rows' values."""
    parsed = [parse_cell(line) for line in text.split("\n")]
    if not all(len(one) == 1 and one[0].value is not None and one[0].period for one in parsed):
        return False
    periods = [one[0].period for one in parsed]
    return len({one[0].unit for one in parsed}) == 1 and all(a < b for a, b in pairwise(periods))


def _boxed_rows(rows: list[list[_Cell | None]]) -> tuple[list[list[_Cell | None]], set[int]]:
    """Rows whose name and every other cell are text boxes of the same number of lines, each line of a value box
    a value (pdfminer boxes the cells of rows printed close together: `町営温泉施設の利用者数` / `観光ボランティア
    ガイドの案内件数` beside `9.2 万人` / `140 件`): one row per line. Whether a box's lines are rows or one wrapped
    cell is read from the counts alone, so a split is a guess: the indexes of the rows split out are returned."""
    result: list[list[_Cell | None]] = []
    split: set[int] = set()
    for row in rows:
        name = row[0]
        height = len(name.text.split("\n")) if name is not None else 1
        boxes = [cell.text.split("\n") if cell is not None else None for cell in row]
        if height < 2 or name is None or name.text[:1] in CIRCLED_NUMBERS \
                or any(box is not None and len(box) != height for box in boxes) \
                or not all(is_value(line) for box in boxes[1:] if box is not None for line in box):
            result.append(row)
            continue
        split.update(range(len(result), len(result) + height))
        result += [[_Cell(box[n], cell.line + n) if cell is not None and box is not None else None
                    for cell, box in zip(row, boxes, strict=True)] for n in range(height)]
    return result, split


def _units_disagree(row: list[_Cell | None], roles: list[str]) -> bool:
    units = set()
    for cell, role in zip(row, roles, strict=True):
        if cell is not None and role == VALUE:
            units |= {p.unit for p in parse_cell(cell.text) if p.unit}
    return len(units) > 1


def _magnitudes_disagree(row: list[_Cell | None], roles: list[str]) -> bool:
    """A row's values lie an order of magnitude or more apart (`3,820人` beside `131 050人`): pdfminer printed
    some rows' value boxes row by row and others column by column (layouts 88), so values of two rows in one unit
    may have been given to the wrong columns; only the magnitudes show it."""
    sizes = [abs(p.value) for cell, role in zip(row, roles, strict=True) if cell is not None and role == VALUE
             for p in parse_cell(cell.text) if p.value]
    return len(sizes) > 1 and max(sizes) >= MAGNITUDE_GAP * min(sizes)


def _unwrapped_lines(row: list[_Cell | None], roles: list[str]) -> bool:
    """The row's name joins lines no wrap explains: a line narrower than a later one (a cell wraps its text at its
    width, so every line but the last is as wide as any after it). Names of several rows printed in one
    paragraph (layouts 158, pdfminer: `町民体育館の利用者数` / `健康ポイント事業の参加者数` / …) read so: which
    values are whose is a guess. Not when a value cell prints as many lines (one indicator a line, `①…` / `②…`:
    the interpreter reads a row each)."""
    name = next((cell for cell, role in zip(row, roles, strict=True) if role == NAME and cell is not None), None)
    widths = [display_width(line.strip()) for line in name.text.split("\n")] if name is not None else []
    if any(cell is not None and role == VALUE and cell.text.count("\n") + 1 >= len(widths)
           for cell, role in zip(row, roles, strict=True)):
        return False
    return any(width + WRAP_WIDTH_SLACK < max(widths[k + 1:]) for k, width in enumerate(widths[:-1]))


def _grid(table: _Table) -> Grid:
    if table.grid is not None:
        return table.grid
    left = bool(table.goals)  # a goal column before the names
    cells = [GridCell(0, c + left, h.text, line=h.line) for c, h in enumerate(table.headers)]
    for r, row in enumerate(table.rows, start=1):
        cells += [GridCell(r, c + left, cell.text, row_span=table.spans.get(r - 1, 1) if c == 0 else 1,
                           line=cell.line) for c, cell in enumerate(row) if cell is not None]
    if left:
        cells += _goal_cells(table.goals, len(table.rows), table.goal_rows)
    uncertain = table.guessed or any(_units_disagree(row, table.roles) or _magnitudes_disagree(row, table.roles)
                                     for row in table.rows)
    n_rows, n_cols = len(table.rows) + 1, len(table.headers) + left
    if table.caption is not None and table.sideways:
        # the unit field of a table printed sideways: under its first column, the header band once turned
        cells.append(GridCell(n_rows, 0, table.caption.text, line=table.caption.line))
        n_rows += 1
    elif table.caption is not None:  # the table's unit field, in the header band as a cell of its own
        cells.append(GridCell(0, n_cols, table.caption.text, line=table.caption.line))
        n_cols += 1
    guessed = left and (not table.goal_rows or bool(table.open_rows))
    # rows whose department the order left open are in doubt; a goal's doubt is the grid's goals_guessed
    open_rows = set() if left and header_role(table.goals[0].text) in GOAL_COLUMN_ROLES else table.open_rows
    return Grid(None, (0.0, float(table.first + 1), float(n_cols), float(table.last + 1)), n_rows, n_cols, ENGINE,
                cells, uncertain=uncertain, uncertain_rows={r + 1 for r in table.doubtful | open_rows} | {
                    r for r, row in enumerate(table.rows, start=1) if _unwrapped_lines(row, table.roles)},
                goals_guessed=guessed)


def _goal_cells(goals: list[_Cell], rows: int, starts: Sequence[int] = ()) -> list[GridCell]:
    """The left column's header and its merged cells over `rows` body rows, each from its start row down to the
    next one's. Without starts, which rows each cell spans the text does not show, so they are shared out evenly
    in order (the first row the first goal's, the last the last's), a guess the grid says (`Grid.goals_guessed`:
    every row's goal flagged)."""
    header, *cells = goals
    starts = list(starts) or [next(r for r in range(rows) if r * len(cells) // rows == k) for k in range(len(cells))]
    return [GridCell(0, 0, header.text, line=header.line),
            *(GridCell(1 + start, 0, cell.text, row_span=end - start, line=cell.line)
              for cell, start, end in zip(cells, starts, [*starts[1:], rows], strict=True))]


def _printed(items: list[_Item], start: int, corner: bool = False, sideways: bool = False
             ) -> tuple[list[Printed], list[int], list[str]]:
    """The printed cells from the name-column header items[start] to the next one, asides left out: the cells,
    the index of each one's item, and the header roles of the header cells in order. A bracketed period on a line
    of its own under a header cell (`（R1）` under `基準値`) joins it. A body cell printed on one line with the body
    cell before it is marked `beside` it (one text box: the same row), unless the table is printed `sideways`."""
    cells: list[Printed] = []
    owners: list[int] = []
    roles: list[str] = []
    # a number column (`No.`) printed just before the name-column header: its numbers open the names
    numbered = start > 0 and items[start - 1].kind == HEADER and NUMBER in items[start - 1].roles
    taken: set[int] = set()  # items taken into the cell before them
    for k in range(start, len(items)):
        item = items[k]
        if k > start and item.kind == HEADER and NAME in item.roles:
            if len(item.texts) == 1 and band_label(item.texts[0]) \
                    and all(cell.kind == HEADER for cell in cells):
                continue  # a value band's label over the header (`成果指標の推移`) before any body cell: no table's
            break
        if item.kind == HEADER and item.roles == [NUMBER] and any(cell.kind == VALUES for cell in cells) \
                and _opens_band(items, k + 1):
            break  # a number column's header after the values (`番号`) before a name header: the next table's band
        if item.kind == HEADER and any(cell.kind == VALUES for cell in cells) and _heads_legend(items, k + 1):
            break  # the grade legend's caption after the values (`【評価の基準】`), no column's header
        if item.kind == SKIP and note_mark(item.texts[0]) and any(cell.kind == VALUES for cell in cells) \
                and _legend_after(items, k + 1):
            break  # a `※` note after the values with no value after it: the note's legend, no column
        if item.kind == HEADER and len(item.texts) == 1 and NAME not in item.roles and roles \
                and roles[-1] in PROSE_ROLES and cells and cells[-1].kind == TEXT \
                and any(cell.kind == VALUES for cell in cells):
            # `目標を前倒しで達成` among the cells of the last column, a prose column (`見直しの理由`), after the
            # values and a cell of that column: a line of a reason that opens with a role word, no header cell;
            # the text on the line under it, in its box, is the rest of that reason (`したため上方修正`)
            text = item.texts[0]
            if k + 1 < len(items) and items[k + 1].kind == TEXT and len(items[k + 1].texts) == 1 \
                    and items[k + 1].line == item.line + 1:
                text += "\n" + items[k + 1].texts[0]
                taken.add(k + 1)
            cells.append(Printed(TEXT, text, item.line))
            owners.append(k)
            continue
        if k in taken:
            continue
        if item.opens_part and any(cell.kind == VALUES for cell in cells) \
                and not set(roles) & set(GOAL_COLUMN_ROLES):
            # a heading line or a part's title after values, in a table with no goal column: the next part's (the
            # goal context reads it), no cell, whatever its words look like (`方針 1:1 市民 1 スポーツの推進`)
            continue
        if k == start and corner:  # the corner cell of a table printed sideways heads its names
            cells.append(Printed(HEADER, item.texts[0], item.line))
            owners.append(k)
            roles.append(NAME)
            continue
        if item.kind == SKIP and numbered and _NUMBERED_NAME.match(nfkc(item.texts[0])) \
                and goal_level(item.texts[0]) == 0:
            # `1 出生数` under a `No.` header: a numbered name, not a goal heading printed without its prefix; the
            # number is the No. column's, not the name's
            cells.append(Printed(TEXT, item.texts[0].split(maxsplit=1)[1], item.line))
            owners.append(k)
            continue
        if item.kind == VALUES and UNIT in roles and len(item.texts) == 1 and scaled_unit(item.texts[0]):
            cells.append(Printed(TEXT, item.texts[0], item.line))  # `千円` in a 単位 column: a text cell
            owners.append(k)
            continue
        if item.kind == VALUES and UNIT in roles and len(item.texts) > 1 and scaled_unit(item.texts[0]):
            # `百万円 840`: a 単位 column's cell boxed with the row's first value (one text box): the unit a text
            # cell, the values beside it
            cells.append(Printed(TEXT, item.texts[0], item.line, beside=bool(cells) and cells[-1].kind != HEADER
                                 and cells[-1].line == item.line))
            owners.append(k)
            for text in item.texts[1:]:
                cells.append(Printed(VALUES, text, item.line, beside=True))
                owners.append(k)
            continue
        if item.kind == SKIP:
            if is_bare_number(item.texts[0]):  # a page number printed bare: a value as well, cells placed by order
                cells.append(Printed(VALUES, item.texts[0], item.line, optional=True))
                owners.append(k)
            continue
        if item.kind in (HEADER, TEXT) and len(item.texts) == 1 and is_parenthetical(item.texts[0]) \
                and _dated_word(cells, owners, roles, item.texts[0]):
            continue  # `（R3～R5）` boxed after the year header `R5` beside it: under `累計`, printed before `R5`
        if item.kind in (HEADER, TEXT) and len(item.texts) == 1 and is_parenthetical(item.texts[0]) and cells \
                and cells[-1].kind in (HEADER, TEXT) and owners[-1] == k - 1:
            # `（R1）` under `基準値`, `（人）` under `転入者数`: the rest of the cell above
            joined = cells[-1].text + item.texts[0]
            cells[-1] = Printed(cells[-1].kind, joined, cells[-1].line, tail=cells[-1].tail + item.texts[0])
            if cells[-1].kind == HEADER:
                roles[-1] = header_role(joined)
            continue
        for text in item.texts:
            # a body cell printed on the line of the body cell before it: the next cell of its row
            beside = not sideways and item.kind != HEADER and bool(cells) and cells[-1].kind != HEADER \
                and cells[-1].line == item.line and not cells[-1].optional
            cells.append(Printed(item.kind, text, item.line, beside=beside))
            owners.append(k)
        if item.kind == HEADER:
            roles += item.roles
    return cells, owners, roles


def _dated_word(cells: list[Printed], owners: list[int], roles: list[str], bracket: str) -> bool:
    """Whether a bracketed period boxed right after a header cell that names a period already (`R5` then
    `（R3～R5）`: no header prints two periods) went instead to the nearest header-band cell before it naming none
    that, with the bracket, heads a value column (`累計` + `（R3～R5）`: a two-line header cell whose top line
    pdfminer printed before the year beside it). That cell, a header cell now, moves to where the bracket was
    printed: the row of brackets and years under the band comes out left to right, the band's words among it do
    not (`累計` over the column right of `R5`)."""
    if not cells or cells[-1].kind != HEADER or parse_header(cells[-1].text)[1] is None \
            or header_role(cells[-1].text + bracket) == VALUE or parse_header(bracket)[1] is None:
        return False
    for j in range(len(cells) - 2, -1, -1):
        cell = cells[j]
        if cell.kind not in (HEADER, TEXT):
            return False
        if parse_header(cell.text)[1] is not None:
            continue
        joined = cell.text + bracket
        if header_role(joined) != VALUE:
            return False
        if cell.kind == HEADER:
            del roles[sum(c.kind == HEADER for c in cells[:j])]
        del cells[j]
        cells.append(Printed(HEADER, joined, cell.line, tail=cell.tail + bracket))
        owners.append(owners.pop(j))
        roles.append(VALUE)
        return True
    return False


def _heads_legend(items: list[_Item], k: int) -> bool:
    """Whether the items from items[k] up to the next name-column header are asides only, the first a grade's
    definition: a header word over them (`【評価の基準】` over `A：目標を達成した…`) is the legend's caption."""
    after = list(takewhile(lambda item: not (item.kind == HEADER and NAME in item.roles), items[k:]))
    return bool(after) and all(item.kind == SKIP for item in after) and grade_definition(after[0].texts[0])


def _legend_after(items: list[_Item], k: int) -> bool:
    """Whether no value cell follows items[k] up to the next name-column header: what a `※` note after a table's
    values opens is its legend (`※` / `傾向： 策定時より改善` / `↗` …, pdfminer boxes a note's pieces apart), not
    more of the table's cells."""
    after = takewhile(lambda item: not (item.kind == HEADER and NAME in item.roles), items[k:])
    return not any(item.kind == VALUES for item in after)


def _opens_band(items: list[_Item], k: int) -> bool:
    """Whether the first item from items[k] that is no text cell or aside is a name-column header (a number
    column's keys, perhaps a name, between: `1-(3)-①` / `指標名`; a goal column's header, `基本目標`, too)."""
    k = next((n for n in range(k, len(items)) if items[n].kind not in (TEXT, SKIP) and not (
        items[n].kind == HEADER and set(items[n].roles) <= set(GOAL_COLUMN_ROLES))), len(items))
    return k < len(items) and items[k].kind == HEADER and NAME in items[k].roles


def _read_placed(items: list[_Item], start: int, text_budget: Budget, sideways: bool = False) -> _Table | None:
    """The table whose name-column header is items[start], its cells placed by their reading order alone
    (`ingest.text.placed`): for cells printed neither column by column nor row by row. `sideways`: items[start] is
    the corner of a table printed sideways (`年度` over `基準値（R1）`, `R2`, … down the first column, the names
    across the first row); its placement, made as if turned, is turned back, as printed, for the interpreter."""
    cells, owners, roles = _printed(items, start, corner=sideways, sideways=sideways)
    printed = (cells, owners, roles)
    goals: list[_Cell] = []
    if not sideways:
        cells, owners, roles = _grouped(cells, owners, roles)
        cells, owners, goals = _goal_column(items, start, cells, owners)
        if any(cell.kind == TEXT and outline_sequence(cell.text.split("\n")) for cell in cells) \
                and (split := _lines_apart(cells, owners)) is not None:
            cells, owners = split  # `ア　…` / `イ　…` boxed together: several names, never placed as one
    first_value = next((k for k, cell in enumerate(cells) if cell.kind == VALUES), len(cells))
    # header cells before any value are header cells: the grid is at least that wide (a year may be a body cell)
    narrowest = sum(cell.kind == HEADER and token_type(cell.text, RAW) != T_YEAR for cell in cells[:first_value])
    budget = Budget(min(MAX_STATES, text_budget.left))
    try:
        table = _placed_table(cells, owners, roles, narrowest, budget, sideways)
        prose = _prose_headers(cells)
        if prose and not sideways:
            # a prose column (`取組の状況`) whose sentences the line reader set aside: placed without its header,
            # kept when it reads further than the placement with it (which takes names for its sentences)
            kept = [k for k in range(len(cells)) if k not in prose]
            header_cells = [k for k, cell in enumerate(cells) if cell.kind == HEADER]
            kept_roles = [role for k, role in zip(header_cells, roles, strict=True) if k not in prose]
            without = _placed_table([cells[k] for k in kept], [owners[k] for k in kept], kept_roles,
                                    narrowest - sum(k < first_value for k in prose), budget, sideways)
            if without is not None and (table is None or without.end > table.end):
                table = _prose_after(items, without, [cells[k] for k in prose])
        if not sideways and (table is None or _values_left(items, table.end)):
            # no table, or one that leaves values unread: a repair of the boxes that reads further
            fixed = _repaired(items, start, _Boxes(*printed), _Boxes(cells, owners, roles), narrowest, budget)
            table = fixed if fixed is not None and (table is None or fixed.end > table.end) else table
        if table is not None and table.grid is None and 0 < len(goals) - 1 <= len(table.rows):  # one row a goal
            table = replace(table, goals=goals, first=min(table.first, goals[0].line - 1))
        return table
    finally:
        text_budget.left -= min(MAX_STATES, text_budget.left) - max(budget.left, 0)


def _role_rows(items: list[_Item], start: int, printed: _Boxes, budget: Budget) -> _Table | None:
    """Names merged over rows a 区分 column labels by role (`新規就農者数` over `目標` / `実績`), the years across:
    pdfminer prints the names, then the 区分 header, the year headers and the labels among the values in any order
    (the first name's rows column by column with the years among them, the others row by row). A label is a role
    word without a period printed once for every name (a column's header is printed once): the 区分 column's
    cells. Labels and values are placed by their order (`ingest.text.placed`, the 区分 column as the rows' key),
    each name over as many rows as there are labels, in order, each name's rows labelled once by each label."""
    cells, owners, roles = printed.cells, printed.owners, printed.roles  # the boxes alone decide
    if len(roles) < 3 or roles[:2] != [NAME, KIND] or cells[0].kind != HEADER:
        return None
    names_end = next((k for k in range(1, len(cells)) if cells[k].kind != TEXT), len(cells))
    names = cells[1:names_end]
    headers = [k for k, cell in enumerate(cells) if cell.kind == HEADER]
    labels = {k for k, role in zip(headers, roles, strict=True)
              if role == VALUE and parse_header(cells[k].text)[1] is None}
    counts = Counter(cells[k].text for k in labels)
    if not names or len(counts) < 2 or any(n != len(names) for n in counts.values()):
        return None
    rest = [Printed(TEXT, cell.text, cell.line) if k in labels else cell for k, cell in enumerate(cells)
            if k >= names_end]
    rest_roles = [NAME if role == KIND else role for k, role in zip(headers, roles, strict=True)
                  if k >= names_end and k not in labels]
    if rest_roles[0] != NAME or rest_roles.count(NAME) > 1:
        return None
    placement = place(rest, rest_roles, budget)
    per = len(counts)
    if placement is None or placement.used != len(rest) or len(placement.rows) - 1 != per * len(names) or any(
            sorted(row[0].text for row in placement.rows[1 + g * per:1 + (g + 1) * per]) != sorted(counts)
            for g in range(len(names))):
        return None
    rows = [[_Cell(name.text, name.line) if j == 0 else None, *(_Cell(cell.text, cell.line) for cell in row)]
            for g, name in enumerate(names) for j, row in enumerate(placement.rows[1 + g * per:1 + (g + 1) * per])]
    lines = [cell.line for cell in cells[:names_end + len(rest)]]
    return _Table([_Cell(cells[0].text, cells[0].line), *(_Cell(cell.text, cell.line) for cell in placement.rows[0])],
                  [NAME, KIND, *rest_roles[1:]], rows, min(lines) - 1, max(lines) - 1, owners[-1] + 1,
                  placement.ambiguous, spans={g * per: per for g in range(len(names))})


def _goal_column(items: list[_Item], start: int, cells: list[Printed], owners: list[int]
                 ) -> tuple[list[Printed], list[int], list[_Cell]]:
    """The cells without a goal column's merged cells written upright (`１稼ぐまち`, `２住みたいまち`: vertical
    writing down a merged cell beside several rows), which pdfminer boxes after the names when the goal column's
    header (`基本目標`) is printed just before the name header: two or more text cells right after the names that
    spell one goal each (`ingest.table.context.upright_goal_starts`, a number over a title or a goal label over its
    number). Returned with the goal column's header and its cells, or unchanged with none."""
    header = items[start - 1] if start > 0 else None
    if header is None or header.kind != HEADER or not set(header.roles) & set(GOAL_COLUMN_ROLES):
        return cells, owners, []
    end = next((k for k in range(1, len(cells)) if cells[k].kind != TEXT), len(cells))
    for first in range(1, end - 1):
        run = [cell.text for cell in cells[first:end]]
        bounds = [sum(map(len, run[:k])) for k in range(len(run))]
        if len(run) >= 2 and first - 1 > len(run) and upright_goal_starts("".join(run)) == bounds:
            goals = upright_goals("".join(run))
            return ([*cells[:first], *cells[end:]], [*owners[:first], *owners[end:]],
                    [_Cell(header.texts[0], header.line),
                     *(_Cell(goal, cell.line) for goal, cell in zip(goals, cells[first:end], strict=True))])
    return cells, owners, []


def _left_merged(items: list[_Item], start: int, printed: _Boxes, budget: Budget) -> _Table | None:
    """A table with a department or goal column left of the names (its header printed just before the name
    header) whose cells are merged over several rows and printed once (`企画課` beside two names), placed by the
    order with that column open (`place`): a row without a cell of its own lies under the cell above it. A cell of
    that column must read as one of its kind (a department, a goal heading). Which rows between two printed
    cells belong to which the order does not say (a merged cell's box may stand beside any of its rows): those
    rows, and rows above the first printed cell, are open (flagged)."""
    cells, owners, roles = printed.cells, printed.owners, printed.roles
    header = items[start - 1] if start > 0 else None
    if header is None or header.kind != HEADER or len(header.texts) != 1 or not cells:
        return None
    role = header.roles[0]
    if role != DEPARTMENT and role not in GOAL_COLUMN_ROLES:
        return None
    cells, owners, roles = _left_boxes(items, cells, owners, roles, role)
    # a cell of the merged column's kind (a department, a goal heading) is that column's, no other's
    cells = [replace(cell, kind=MERGED_CELL) if cell.kind == TEXT and (
        is_department(cell.text) if role == DEPARTMENT else goal_level(cell.text) is not None) else cell
        for cell in cells]
    # a 単位 column may lack a cell too (a ratio `1.41` needs no unit): an empty cell, no box printed
    empty = {c + 1: _unit_cell for c, column in enumerate(roles) if column == UNIT}
    placement = place([Printed(HEADER, header.texts[0], header.line), *cells], [role, *roles], budget,
                      open_columns={0: _merged_cell, **empty})
    if placement is None:
        return None
    placed = {row[0].text for row in placement.rows[1:] if row[0] is not None}
    # left over: page numbers, and a merged cell printed again over the next page's rows (print titles)
    if any(not cell.optional and cell.text not in placed for cell in cells[placement.used - 1:]):
        return None
    body = placement.rows[1:]
    starts = [r for r, row in enumerate(body) if row[0] is not None]
    if not starts or any(cell is None for row in body for c, cell in enumerate(row[1:], start=1) if c not in empty):
        return None
    open_rows = {r for r in range(len(body)) if body[r][0] is None and (r < starts[0] or r < starts[-1])}
    lines = [cell.line for row in placement.rows for cell in row if cell is not None]
    return _Table([_Cell(cell.text, cell.line) for cell in placement.rows[0][1:] if cell is not None], roles,
                  [[_Cell(cell.text, cell.line) if cell else None for cell in row[1:]] for row in body],
                  min(lines) - 1, max(lines) - 1, owners[-1] + 1, placement.ambiguous,
                  goals=[_Cell(header.texts[0], header.line), *(_Cell(row[0].text, row[0].line) for row in body
                                                                if row[0] is not None)],
                  goal_rows=starts, open_rows=open_rows)


def _merged_cell(cell: Printed) -> bool:
    return cell.kind == MERGED_CELL


def _unit_cell(cell: Printed) -> bool:
    return fits(cell, UNIT)


def _left_boxes(items: list[_Item], cells: list[Printed], owners: list[int], roles: list[str], role: str
                ) -> tuple[list[Printed], list[int], list[str]]:
    """The cells and header roles with each goal heading of a goal column (`基本目標１`, a header word the line
    reader took for a header) one text cell with the lines printed right under it (one text box:
    `地域経済の活力を高め、安定した雇` / `用を創出する`, the rest of its goal); unchanged for any other left column."""
    if role not in GOAL_COLUMN_ROLES:
        return cells, owners, roles
    out: list[Printed] = []
    out_owners: list[int] = []
    out_roles: list[str] = []
    taken: set[int] = set()
    header = 0
    for cell, k in zip(cells, owners, strict=True):
        if k in taken:
            continue
        heading = roles[header] in GOAL_COLUMN_ROLES if cell.kind == HEADER else goal_level(cell.text) is not None
        if cell.kind == HEADER:
            header += 1
            if not heading:
                out_roles.append(roles[header - 1])
        if not heading or owners.count(k) != 1:
            out.append(cell)
            out_owners.append(k)
            continue
        lines, n = [cell.text], k + 1
        while n < len(items) and items[n].kind in (TEXT, SKIP) and len(items[n].texts) == 1 \
                and items[n].line == items[n - 1].line + items[n - 1].texts[-1].count("\n") + 1:
            lines.append(items[n].texts[0])
            taken.add(n)
            n += 1
        out.append(Printed(TEXT, "\n".join(lines), cell.line))
        out_owners.append(n - 1)
    return out, out_owners, out_roles


def _goals_before(items: list[_Item], start: int) -> list[_Cell]:
    """A goal column's header and its cells printed whole between it and the name-column header items[start]
    (`基本目標` / `基本目標１　若い世代が…` `基本目標２　…` / `数値目標`): one goal a line opening a heading and the
    lines under it; none when not so. Which rows each spans the text does not say (`_goal_cells` shares them)."""
    box = items[start - 1] if start > 1 else None
    if box is None or box.kind not in (SKIP, TEXT) or len(box.texts) != 1 or items[start - 2].kind != HEADER \
            or not set(items[start - 2].roles) & set(GOAL_COLUMN_ROLES):
        return []
    lines = box.texts[0].split("\n")
    opening = [k for k, line in enumerate(lines) if opens_heading(line)]
    if not opening or opening[0] != 0:
        return []
    return [_Cell(items[start - 2].texts[0], items[start - 2].line),
            *(_Cell("\n".join(lines[k:end]), box.line + k)
              for k, end in zip(opening, [*opening[1:], len(lines)], strict=True))]


def _lines_apart(cells: list[Printed], owners: list[int]) -> tuple[list[Printed], list[int]] | None:
    """The cells with each box of several lines cut into its lines, one cell a line, where every such box of
    names has a box of values of as many lines, one value a line (`スマート農業機器の導入経営体数` /
    `ドローン防除の実施面積`, then `6 経営体` / `45ha`) or of as many lines of values, a row's a line
    (`18,420 人 9,860 人` / `312 人 280 人`): a word processor's table whose cells pdfminer boxed down a
    column, one line a row; a box of names each opening with the next outline letter (`ア　…` / `イ　…`) is cut
    whatever the value boxes. None when no box is so (a name wrapped over two lines stays one cell)."""
    boxes = [cell for cell in cells if "\n" in cell.text and (cell.kind == TEXT or (
        cell.kind == VALUES and all(is_value(line) for line in cell.text.split("\n"))))]
    heights = {cell.text.count("\n") for cell in boxes if cell.kind == VALUES} | {
        len(box) - 1 for box in _line_boxes(cells) if all(cells[line[0]].kind == VALUES for line in box)}
    if not any(cell.kind == TEXT for cell in boxes) \
            or any(cell.kind == TEXT and cell.text.count("\n") not in heights
                   and not outline_sequence(cell.text.split("\n")) for cell in boxes):
        return None
    out: list[Printed] = []
    out_owners: list[int] = []
    for cell, owner in zip(cells, owners, strict=True):
        if cell not in boxes:
            out.append(cell)
            out_owners.append(owner)
            continue
        lines = cell.text.split("\n")
        out += [Printed(cell.kind, line, cell.line + n) for n, line in enumerate(lines)]
        out_owners += [owner] * len(lines)
    return out, out_owners


def _glued_years(cells: list[Printed], owners: list[int]) -> tuple[list[Printed], list[int]] | None:
    """The cells with each value that closes with a year (`95.0% 令和 8 年度`) cut into the value and the year, the
    year the next cell of its row: a table whose year column (`目標年度`, one target year a row) stands right after
    a value column prints each row's year in one text box with its value. None when no value is so."""
    out: list[Printed] = []
    out_owners: list[int] = []
    for cell, owner in zip(cells, owners, strict=True):
        printed = tokens(cell.text) if cell.kind == VALUES and not cell.optional else []
        cut = next((k for k in range(1, len(printed)) if is_value(" ".join(printed[:k]))
                    and token_type(" ".join(printed[k:]), RAW) == T_YEAR), None)
        if cut is None:
            out.append(cell)
            out_owners.append(owner)
            continue
        out += [replace(cell, text=" ".join(printed[:cut])), Printed(TEXT, " ".join(printed[cut:]), cell.line,
                                                                     beside=True)]
        out_owners += [owner, owner]
    return (out, out_owners) if len(out) > len(cells) else None


def _names_after_column(cells: list[Printed], owners: list[int]) -> tuple[list[Printed], list[int]] | None:
    """The cells with the names put before the value column printed ahead of them: pdfminer boxes a heading printed
    across the table (`基本目標２ …`) with the header and the cells of the column under its start (`基準値（R5）`,
    `82.5%`, `4 人`, …), and that box comes before the names' box. The run of values right after the first header
    cells, followed right away by as many text cells (the names), is moved after them. None when the cells are not
    so."""
    first = next((k for k, cell in enumerate(cells) if cell.kind != HEADER), len(cells))
    names = next((k for k in range(first, len(cells)) if cells[k].kind != VALUES), len(cells))
    end = next((k for k in range(names, len(cells)) if cells[k].kind != TEXT), len(cells))
    if first == len(cells) or names - first < 2 or end - names != names - first \
            or any(cells[k].optional for k in range(first, names)):
        return None
    order = [*range(first), *range(names, end), *range(first, names), *range(end, len(cells))]
    return [cells[k] for k in order], [owners[k] for k in order]


def _line_boxes(cells: list[Printed]) -> list[list[list[int]]]:
    """The printed cells as text boxes of lines: each box its lines one after another (no blank line between),
    each line the indexes of the cells printed on it, in order."""
    boxes: list[list[list[int]]] = []
    for k, cell in enumerate(cells):
        if boxes and cells[boxes[-1][-1][0]].line == cell.line:
            boxes[-1][-1].append(k)
        elif boxes and cells[boxes[-1][-1][0]].line + 1 == cell.line and "\n" not in cells[k - 1].text:
            boxes[-1].append([k])
        else:
            boxes.append([[k]])
    return boxes


def _row_boxed_apart(cells: list[Printed], owners: list[int]) -> tuple[list[Printed], list[int], set[int]] | None:
    """The cells with a row's first cells put before its last, and the lines of the cells moved: pdfminer boxes
    the lines of several rows' right-hand cells together (`60.0% 健康福祉課` / `15.0% 健康福祉課` / `健康福祉課`)
    and prints a cell of one of those rows that stands further left after that box, in a box of its own
    (`2,000人`). Where exactly one line of a box of body lines prints fewer cells than the box's fullest line,
    the cells printed right after the box, each alone in its box, as many as that line lacks, go before that
    line's cells. None when no box is so."""
    boxes = _line_boxes(cells)
    for b, lines in enumerate(boxes):
        widest = max(map(len, lines))
        short = [line for line in lines if len(line) < widest]
        after = boxes[b + 1:b + 1 + widest - len(short[0])] if len(short) == 1 else []
        if len(lines) > 1 and all(cells[k].kind != HEADER for line in lines for k in line) and after \
                and len(after) == widest - len(short[0]) \
                and all(box == [[k]] and cells[k].kind != HEADER for box in after for k in box[0]):
            moved = [box[0][0] for box in after]
            order = [k for k in range(len(cells)) if k not in moved]
            at = order.index(short[0][0])
            order[at:at] = moved
            out = [replace(cells[k], beside=k != moved[0]) if k in moved or k == short[0][0] else cells[k]
                   for k in order]
            return out, [owners[k] for k in order], {cells[k].line for k in moved}
    return None


def _glued_units(cells: list[Printed], owners: list[int]) -> tuple[list[Printed], list[int]] | None:
    """The cells with each value that closes with a unit alone (`480 千人`) cut into the number and that unit, the
    unit the next cell of its row: a sheet whose 単位 column stands right after the values prints each row's unit in
    one text box with its last value, so the column prints no cell of its own. None when no value is so."""
    out: list[Printed] = []
    out_owners: list[int] = []
    for cell, owner in zip(cells, owners, strict=True):
        glued = glued_unit(cell.text) if cell.kind == VALUES and not cell.optional else None
        if glued is None:
            out.append(cell)
            out_owners.append(owner)
            continue
        out += [replace(cell, text=glued[0]), Printed(TEXT, glued[1], cell.line, beside=True)]
        out_owners += [owner, owner]
    return (out, out_owners) if len(out) > len(cells) else None


@dataclass(frozen=True)
class _Boxes:
    """One table's printed cells as a repair leaves them: the cells, the index of each one's item, the header roles
    of the header cells in order, and the lines of cells a repair moved on a guess of the boxes' geometry."""
    cells: list[Printed]
    owners: list[int]
    roles: list[str]
    guessed: frozenset[int] = frozenset()
    #: units joined to the cell after them (`_units_between`), to go back to the value on their left once placed
    units_left: bool = False


def _units_apart(boxes: _Boxes) -> _Boxes | None:
    """A 単位 column printed in the box of each row's last value (`480 千人`): the unit its own cell."""
    split = _glued_units(boxes.cells, boxes.owners) if boxes.roles.count(UNIT) == 1 else None
    return _Boxes(*split, boxes.roles) if split else None


def _lines_of_boxes(boxes: _Boxes) -> _Boxes | None:
    """A box of names beside a box of as many values (rows boxed down a column): each line a cell."""
    split = _lines_apart(boxes.cells, boxes.owners)
    return _Boxes(*split, boxes.roles) if split else None


def _row_joined(boxes: _Boxes) -> _Boxes | None:
    """A row's left cell printed after a box of several rows' right-hand cells: put back before them (each line
    a cell first); the rows the moved cells join are a guess, flagged."""
    apart = _row_boxed_apart(*(_lines_apart(boxes.cells, boxes.owners) or (boxes.cells, boxes.owners)))
    return _Boxes(apart[0], apart[1], boxes.roles, frozenset(apart[2])) if apart else None


def _years_and_names_apart(boxes: _Boxes) -> _Boxes | None:
    """A target year printed in its value's box (`95.0% 令和 8 年度`) cut off, and a column's values printed
    before the names (a heading across the table boxed with that column) put after them."""
    glued = _glued_years(boxes.cells, boxes.owners) if PERIOD in boxes.roles else None
    split = _names_after_column(*(glued or (boxes.cells, boxes.owners))) or glued
    return _Boxes(*split, boxes.roles) if split else None


def _units_between(boxes: _Boxes) -> _Boxes | None:
    """A unit column after every value column, under no header of its own (a sheet's narrow spacer columns:
    `1,250` `千人` `1,080` `千人` …), each unit printed as a cell apart or boxed with the next column's cell
    (`千人 1,080`): each unit joined to the cell printed after it, the row's next cell, for the placement; once
    placed, it goes back to the value on its left (`_units_to_left`). None without a unit alone among the values
    or with a 単位 column."""
    if UNIT in boxes.roles:
        return None
    cells: list[Printed] = []
    owners: list[int] = []
    pending: Printed | None = None
    seen_value = False
    for cell, owner in zip(boxes.cells, boxes.owners, strict=True):
        if pending is not None:
            if cell.kind == HEADER:
                return None
            cell = replace(cell, text=f"{pending.text} {cell.text}", line=pending.line, beside=pending.beside)
            pending = None
        elif seen_value and cell.kind != HEADER and not cell.optional and scaled_unit(cell.text):
            pending = cell
            continue
        seen_value = seen_value or cell.kind == VALUES
        cells.append(cell)
        owners.append(owner)
    if pending is not None or len(cells) == len(boxes.cells):
        return None
    return _Boxes(cells, owners, boxes.roles, units_left=True)


def _units_to_left(rows: list[list[_Cell | None]]) -> list[list[_Cell | None]] | None:
    """The rows with a unit opening a cell (`千人 1,080`, `千人 観光課`) moved to the end of the bare number on its left
    (`1,250千人`); None when a row's unit follows no bare number (the placement misread the units)."""
    out: list[list[_Cell | None]] = []
    for row in rows:
        mended = list(row)
        for c in range(1, len(mended)):
            cell, left = mended[c], mended[c - 1]
            unit, _, rest = cell.text.partition(" ") if cell is not None else ("", "", "")
            if cell is None or not rest or not scaled_unit(unit):
                continue
            if left is None or not _unitless(left.text):
                return None
            mended[c - 1] = _Cell(left.text + unit, left.line)
            mended[c] = _Cell(rest, cell.line)
        out.append(mended)
    return out


def _columns_before_rows(boxes: _Boxes) -> _Boxes | None:
    """The columns right of the last value column (`評価`, `担当課`) printed whole, one run of a cell a row each,
    before the other rows' cells (pdfminer boxes a narrow column down the table apart and may print it first):
    the runs moved after the last value, where columns printed whole after the rows stand. A score column's bare
    numbers (`5` … `1` under `評価`) are its cells there, no values. The first run is the cells of one kind in a
    row (its length the rows'), each next run as many cells. None when no such runs come before a value."""
    last_value = max((j for j, role in enumerate(boxes.roles) if role == VALUE), default=len(boxes.roles))
    trailing = boxes.roles[last_value + 1:]
    if not trailing or NAME in trailing:
        return None
    cells = boxes.cells
    for start in range(len(cells)):
        block = _whole_columns(cells, start, trailing)
        if block is None:
            continue
        end = start + len(block)
        last = max((k for k in range(end, len(cells)) if cells[k].kind == VALUES), default=None)
        if last is None:
            return None
        order = [*range(start), *range(end, last + 1), *range(start, end), *range(last + 1, len(cells))]
        moved = [*cells[:start], *cells[end:last + 1], *block, *cells[last + 1:]]
        return _Boxes(moved, [boxes.owners[k] for k in order], boxes.roles)
    return None


def _whole_columns(cells: list[Printed], start: int, roles: list[str]) -> list[Printed] | None:
    """The cells from `start` as runs of one cell a row for each column of `roles` in turn (see
    `_columns_before_rows`), a score column's bare numbers made text cells; None when they are not so."""

    def cell_for(cell: Printed, role: str) -> Printed | None:
        if cell.kind == HEADER or cell.beside or (cell.optional and role != PROGRESS):
            return None
        if role == PROGRESS and cell.kind == VALUES and is_bare_number(cell.text):
            cell = replace(cell, kind=TEXT, optional=False)
        return cell if fits(cell, role) else None

    def kind(cell: Printed) -> tuple[str, bool]:
        return cell.kind, is_bare_number(cell.text)

    block: list[Printed] = []
    k = start
    while k < len(cells) and (cell := cell_for(cells[k], roles[0])) is not None \
            and kind(cells[k]) == kind(cells[start]):
        block.append(cell)
        k += 1
    rows = len(block)
    if rows < 2:
        return None
    for role in roles[1:]:
        run = [cell_for(cell, role) for cell in cells[k:k + rows]]
        if len(run) < rows or None in run:
            return None
        block += run
        k += rows
    return block


def _unitless(text: str) -> bool:
    """A number printed without a unit (`1,250`, `50.0`)."""
    parsed = parse_cell(text)
    return len(parsed) == 1 and parsed[0].value is not None and parsed[0].unit is None and parsed[0].note is None


def _notes_under_values(boxes: _Boxes) -> _Boxes | None:
    """A bracketed note on the line under a value in its box (`312 件` / `（見込み）`, `調査中` / `（R6 公表予定）`:
    a word processor's cell of two lines, which pdfminer boxes down its column): the rest of that value's cell."""
    cells: list[Printed] = []
    owners: list[int] = []
    for cell, owner in zip(boxes.cells, boxes.owners, strict=True):
        if cells and cell.kind == TEXT and is_parenthetical(nfkc(cell.text).strip()) and cells[-1].kind == VALUES \
                and cell.line == cells[-1].line + 1 and not cells[-1].tail:
            cells[-1] = replace(cells[-1], text=cells[-1].text + cell.text, tail=cell.text)
            continue
        cells.append(cell)
        owners.append(owner)
    return _Boxes(cells, owners, boxes.roles) if len(cells) < len(boxes.cells) else None


#: Repairs of a table's boxes for one printing habit each, tried in this order where the boxes as printed place
#: no table: each takes the boxes (header groups read, upright goals out) and returns them repaired, or None where
#: its habit is not there; the repaired boxes are placed by their order (`_placed_table`). A new habit is a row.
_BOX_REPAIRS: tuple[Callable[[_Boxes], _Boxes | None], ...] = (
    _units_apart, _lines_of_boxes, _row_joined, _years_and_names_apart, _notes_under_values, _units_between,
    _columns_before_rows)
#: Readings of the boxes as printed that place them another way (rows keyed by a 区分 column's role words, a
#: merged column left of the names open), tried after every repair.
_OWN_PLACEMENTS: tuple[Callable[[list[_Item], int, _Boxes, Budget], _Table | None], ...] = (
    _role_rows, _left_merged)


def _repaired(items: list[_Item], start: int, printed: _Boxes, boxes: _Boxes, narrowest: int, budget: Budget
              ) -> _Table | None:
    """The table of the first repair (`_BOX_REPAIRS`) whose boxes place one, else of the first reading of the
    printed boxes that does (`_OWN_PLACEMENTS`); None when none does."""
    for repair in _BOX_REPAIRS:
        if (fixed := repair(boxes)) is None:
            continue
        table = _placed_table(fixed.cells, fixed.owners, fixed.roles, narrowest, budget, False)
        if table is not None and fixed.units_left:
            rows = _units_to_left(table.rows)
            table = replace(table, rows=rows) if rows is not None else None
        if table is not None:
            table.doubtful |= {r for r, row in enumerate(table.rows) if any(
                cell is not None and cell.line in fixed.guessed for cell in row)}
            return table
    return next((table for reading in _OWN_PLACEMENTS if (table := reading(items, start, printed, budget))), None)


def _grouped(cells: list[Printed], owners: list[int], roles: list[str]
             ) -> tuple[list[Printed], list[int], list[str]]:
    """A header naming a value role without a period (`実績値`) printed among year headers (`R2`, `R3`, …): the
    group header over those year columns, no column of its own. It is left out; the years after it take its role
    (`目標値` over `R6`) where a year alone would name another. Several such headers in a run followed by as many
    years (`現状値` `目標値` then `令和5年度` `令和11年度`: a two-row header, each role over its year, boxed row
    after row) head one year each, in order."""
    header_cells = [k for k, cell in enumerate(cells) if cell.kind == HEADER]
    years = {k for k in header_cells if token_type(cells[k].text, RAW) == T_YEAR}

    def undated_role(k: int) -> bool:
        role, period = parse_header(cells[k].text)
        return role is not None and period is None and k not in years and header_role(cells[k].text) == VALUE

    dropped: set[int] = set()
    renamed: dict[int, str] = {}
    for n, k in enumerate(header_cells[:-1]):
        if not undated_role(k) or k in dropped:
            continue
        run = n
        while run + 1 < len(header_cells) and undated_role(header_cells[run + 1]):
            run += 1
        after = header_cells[run + 1:]
        dated = after[:next((m for m, a in enumerate(after) if a not in years), len(after))]
        if run > n and len(dated) == run - n + 1:
            for head, year in zip(header_cells[n:run + 1], dated, strict=True):
                dropped.add(head)
                if parse_header(cells[year].text)[0] != parse_header(cells[head].text)[0]:
                    renamed[year] = cells[head].text + cells[year].text
            continue
        if header_cells[n + 1] not in years:
            continue
        role = parse_header(cells[k].text)[0]
        dropped.add(k)
        for m, after_cell in enumerate(header_cells[n + 1:]):
            if after_cell not in years or (m and role == _BASELINE):
                break  # a baseline is one year's figure: the years after its first keep the role they name alone
            if parse_header(cells[after_cell].text)[0] != role:
                renamed[after_cell] = cells[k].text + cells[after_cell].text
    if not dropped:
        return cells, owners, roles
    kept = [k for k in range(len(cells)) if k not in dropped]
    role_of = dict(zip(header_cells, roles, strict=True))
    new_cells = [replace(cells[k], text=renamed[k]) if k in renamed else cells[k] for k in kept]
    new_roles = [header_role(renamed[k]) if k in renamed else role_of[k] for k in header_cells if k not in dropped]
    return new_cells, [owners[k] for k in kept], new_roles


def _prose_after(items: list[_Item], table: _Table, headers: Sequence[Printed | _Cell]) -> _Table:
    """`table`, placed without its prose columns (`取組の状況`), with their sentences printed right after its cells:
    one paragraph per row and column, column by column (pdfminer boxes the cells after the table's other columns).
    A box holds a paragraph or some of its lines, so a paragraph ends with a box closing a sentence (`。`). Kept
    only when the asides there make exactly one paragraph for each row of each prose column; else the table is
    returned as it was, its sentences named (`unplaced`, a warning) so they are not lost silently. A page's
    footer printed between them (`1 / 2`) is furniture, passed over."""
    wanted = len(table.rows) * len(headers)
    paragraphs: list[_Cell] = []
    lines: list[str] = []
    k = table.end
    while (sentence := _sentence_after(items, k)) is not None and (len(paragraphs) < wanted or lines):
        k, text = sentence
        if not lines:
            paragraphs.append(_Cell("", items[k].line))
        lines.append(text)
        if text.endswith(SENTENCE_ENDINGS):
            paragraphs[-1] = _Cell("\n".join(lines), paragraphs[-1].line)
            lines = []
        k += 1
    if len(paragraphs) != wanted or lines or _sentence_after(items, k) is not None:
        # more or fewer paragraphs than rows: whose is whose cannot be told
        while (sentence := _sentence_after(items, k)) is not None:
            k = sentence[0] + 1
        if not paragraphs:
            return table
        last = items[k - 1].line + items[k - 1].texts[-1].count("\n")
        return replace(table, unplaced=(paragraphs[0].line, last, " / ".join(h.text for h in headers)))
    n = len(table.rows)
    rows = [row + [paragraphs[c * n + r] for c in range(len(headers))] for r, row in enumerate(table.rows)]
    last = max(table.last, items[k - 1].line - 1 + items[k - 1].texts[-1].count("\n"))
    return replace(table, headers=table.headers + [_Cell(h.text, h.line) for h in headers],
                   roles=table.roles + [header_role(h.text) for h in headers], rows=rows, last=last, end=k)


def _empty_prose_filled(items: list[_Item], table: _Table) -> _Table:
    """`table` read with its last columns prose columns (`今後の方針`) but none of their cells: their sentences were
    set aside, and are printed after the table (pdfminer boxes the column on the right after the others). Given to
    the rows by `_prose_after`, or named there when they make no paragraph per row."""
    width = len(table.headers)
    empty = 0
    while empty < width - 1 and table.roles[width - 1 - empty] in PROSE_ROLES and not any(
            len(row) > width - 1 - empty and (cell := row[width - 1 - empty]) is not None and cell.text.strip()
            for row in table.rows):
        empty += 1
    if not empty:
        return table
    kept = width - empty
    without = replace(table, headers=table.headers[:kept], roles=table.roles[:kept],
                      rows=[row[:kept] for row in table.rows])
    given = _prose_after(items, without, table.headers[kept:])
    return given if len(given.headers) == width else replace(table, unplaced=given.unplaced)


def _sentence_after(items: list[_Item], k: int) -> tuple[int, str] | None:
    """(index, text) of the set-aside sentence at items[k], page furniture (`1 / 2`) and a `※` note under the table
    (boxed before the column to its right) passed over; None where the sentences end (a value, a bare number, a
    heading)."""
    while k < len(items) and items[k].kind == SKIP:
        text = "\n".join(items[k].texts).strip()
        if not page_number_line(text) and not note_mark(text):
            return (k, text) if _sentence_line(text) and not page_number_line(text, bare=True) else None
        k += 1
    return None


def _sentence_line(text: str) -> bool:
    """A line of running text: an aside for its prose marks or length, not a `※` note or a goal heading."""
    folded = nfkc(text)
    return _aside(text) and not note_mark(folded) \
        and goal_level(text) is None and not _NUMBERED_HEADING.match(folded)


def _prose_headers(cells: list[Printed]) -> list[int]:
    """The header cells of prose columns (`取組の状況`, `理由`) printed after a value header cell: columns whose
    sentences the line reader sets aside. (A prose-role word before the value headers may be part of a name.)"""
    found: list[int] = []
    seen_value = False
    for k, cell in enumerate(cells):
        if cell.kind != HEADER:
            continue
        role = header_role(cell.text)
        seen_value = seen_value or role == VALUE
        if seen_value and role in PROSE_ROLES:
            found.append(k)
    return found


def _placed_table(cells: list[Printed], owners: list[int], roles: list[str], narrowest: int, budget: Budget,
                  sideways: bool) -> _Table | None:
    """`_read_placed` for the printed cells of one table, the widest full grid first."""
    for width in range(len(roles), max(narrowest, 2) - 1, -1):
        if roles[0] != NAME or VALUE not in roles[1:width] or NAME in roles[1:width]:
            continue
        placement = _smoothest(place(cells, roles[:width], budget), cells, roles[:width], budget)
        rest = cells[placement.used:] if placement is not None else []
        late = _row_under_column(placement, cells, roles[:width], rest) if not sideways else None
        rest = rest[len(late):] if late is not None else rest
        if placement is None or any(cell.kind == HEADER for cell in rest) or (rest and rest[0].kind == VALUES):
            continue  # header cells or values left over: the cells came out in an order this reading did not follow
        rows = [*placement.rows, late] if late is not None else placement.rows
        grid: list[list[_Cell | None]] = [[_Cell(cell.text, cell.line) for cell in row] for row in rows]
        if not sideways and _heights_differ(grid[1:]):
            return None
        table_roles = roles[:width]
        if sideways:  # turned back; a printed row holds several indicators' values, units may differ
            grid = [list(column) for column in zip(*grid, strict=True)]
            table_roles = [OTHER] * len(grid[0])
            names = [row[0] for row in placement.rows[1:]]
            if all(name.tail and _unit_only(name.tail) for name in names):  # `（人）` under each name: a unit row
                grid[0][1:] = [_Cell(name.text[:-len(name.tail)], name.line) for name in names]
                grid.insert(1, [None, *(_Cell(name.tail, name.line) for name in names)])
        lines = [cell.line for row in grid for cell in row if cell]
        used = placement.used + (len(late) if late is not None else 0)
        # an ambiguous placement whose open cells the order narrows to some rows (`Placement.open_cells`): those
        # rows are the guess; a placement no reading of the staircase gives (`_column_groups`) is a guess throughout
        open_rows = {r for r, row in enumerate(placement.rows[1:]) if any(id(cell) in placement.open_cells
                                                                          for cell in row if cell is not None)}
        whole = placement.ambiguous and (sideways or len(open_rows) in (0, len(placement.rows) - 1))
        return _Table([c for c in grid[0] if c], table_roles, [list(row) for row in grid[1:]], min(lines) - 1,
                      max(lines) - 1, owners[used - 1] + 1, whole, sideways=sideways,
                      doubtful=(open_rows if placement.ambiguous and not whole else set())
                      | ({len(grid) - 2} if late is not None else set()))
    return None


def _row_under_column(placement: Placement | None, cells: list[Printed], roles: list[str], rest: list[Printed]
                      ) -> list[Printed] | None:
    """The last row when pdfminer boxed one of its values with the column above it, before the row's name: a value
    left over right after the last row's cell of a value column, then a name and the row's other cells, one for
    each other column (`98.0%` `350人` `ファミリー・サポート・センターの会員数` `260人` `318人`). That value goes under
    the column it was printed after, the others fill the rest in order; None for any other cells left over. The
    row is in doubt (the order alone places it)."""
    if placement is None or len(rest) < len(roles) or rest[0].kind != VALUES or rest[1].kind != TEXT:
        return None
    before = cells[placement.used - 1]
    column = next((c for c, cell in enumerate(placement.rows[-1]) if cell is before), None)
    if column is None or roles[column] != VALUE or not fits(rest[1], NAME):
        return None
    others = [c for c in range(1, len(roles)) if c != column]
    row = [rest[1], *rest[2:2 + len(others)]]
    if not all(fits(cell, roles[c]) for cell, c in zip(row[1:], others, strict=True)) \
            or (len(rest) > len(roles) and rest[len(roles)].kind == VALUES):
        return None
    row.insert(column, rest[0])
    return row


def _smoothest(placement: Placement | None, cells: list[Printed], roles: list[str], budget: Budget
               ) -> Placement | None:
    """Of a placement the order leaves open (a guess, flagged) and the ones that run down the columns wherever the
    order allows, the whole column or a block of rows at a time, the one whose rows' values lie far closer
    together: pdfminer prints a block of rows column by column (`24件` `1件` `19件` `2件` …: two rows' first
    values, then their second ones; `412` `186` `48` then `298` `192` `55`: three rows' values a column at a time,
    the rows after them one after another), which the fewest jumps read row by row, one row's values beside the
    other's (`24件` `1件` `19件`). Then block of printed cells by block (names, then their values: `_blocks`),
    the reading whose rows of that block lie far closer than the chosen one's (pdfminer prints some blocks of a
    table row by row, others column by column). Either stays a guess."""
    if placement is None or not placement.ambiguous:
        return placement
    # 0: the fewest jumps; then the whole column, body rows in blocks of 2 up to all but one of them, and the
    # first 1 up to all but two rows one block, the rest another
    readings = {0: placement}
    for size in (len(cells), *range(2, len(placement.rows) - 1), *range(-1, 2 - len(placement.rows), -1)):
        reading = place(cells, roles, budget, down=size)
        if reading is not None and reading.used == placement.used:
            readings[size] = reading
    chosen = min(readings, key=lambda size: _spread(readings[size].rows, roles))
    if SMOOTHER * _spread(readings[chosen].rows, roles) >= _spread(placement.rows, roles):
        chosen = 0
    winner = readings[chosen]
    sizes = [chosen] * len(cells)
    for block in _blocks(cells[:placement.used]):
        spreads = {size: _spread(_rows_of(reading, cells, block), roles) for size, reading in readings.items()}
        size = min(spreads, key=lambda size: spreads[size])
        if SMOOTHER * spreads[size] < spreads[chosen]:
            sizes[block.start:block.stop] = [size] * len(block)
    if any(size != chosen for size in sizes):
        mixed = place(cells, roles, budget, down=sizes)
        if mixed is not None and mixed.used == placement.used \
                and SMOOTHER * _spread(mixed.rows, roles) < _spread(winner.rows, roles):
            winner = mixed
    grouped = _column_groups(winner, cells, roles)
    if grouped is not None:  # read against the staircase: every cell's place is a guess
        return replace(grouped, ambiguous=True, open_cells=frozenset(id(cell) for cell in cells))
    return replace(winner, ambiguous=True, open_cells=placement.open_cells)


#: Column groups a run of values is cut into at most by `_column_groups`, and the orders it weighs at most.
MAX_COLUMN_GROUPS = 2
MAX_GROUP_ORDERS = 4_000
_LOG_GAP = math.log(MAGNITUDE_GAP)


def _column_groups(placement: Placement, cells: list[Printed], roles: list[str]) -> Placement | None:
    """The placement with its first run of printed values re-read group of columns by group of columns, when the
    run's values of one unit then lie far closer together row by row (`SMOOTHER`), or closer with fewer rows whose
    run values lie an order of magnitude apart (`MAGNITUDE_GAP`, as `_read_at` weighs a column reading against a
    placement), never with more rows mixing units; None when no such reading does. pdfminer groups the
    boxes of neighbouring columns, and within them boxes alike (a column's cells of one width), before it prints
    them: three columns' first three rows column by column, the fourth row across those columns (wider figures,
    `1,284` under `412`), then the next column whole (`371` `81.2` `31` `987`). No single order of rows and columns
    reads that, and the fewest jumps run the block on into the next column. The run is the printed value cells in a
    row, none boxed beside another, that fill a rectangle of the grid (every body row × some value columns); each
    group of columns is read in blocks of rows (`_row_schemes`), each block column by column. Still a guess (the
    caller flags it)."""
    body = placement.rows[1:]
    where = {id(cell): (r, c) for r, row in enumerate(body) for c, cell in enumerate(row) if cell is not None}
    used = cells[:placement.used]

    def in_run(k: int) -> bool:
        cell = used[k]
        return cell.kind == VALUES and not cell.beside and id(cell) in where \
            and roles[where[id(cell)][1]] == VALUE and not (k + 1 < len(used) and used[k + 1].beside)

    start = next((k for k in range(len(used)) if in_run(k)), None)
    if start is None:
        return None
    stop = start
    while stop < len(used) and in_run(stop):
        stop += 1
    run = used[start:stop]
    columns = sorted({where[id(cell)][1] for cell in run})
    rows = len(body)
    if rows < 2 or len(columns) < 2 or len(run) != rows * len(columns):
        return None
    schemes = _row_schemes(rows)
    cuts = [cut for parts in range(MAX_COLUMN_GROUPS) for cut in combinations(range(1, len(columns)), parts)]
    if len(cuts) * len(schemes) ** MAX_COLUMN_GROUPS > MAX_GROUP_ORDERS:
        return None
    ruled = UNIT in roles
    sizes = {id(cell): _log_size(cell, ruled) for cell in run}  # the other cells stand where they stood: not weighed
    best = None
    gaps, spread = _log_spread(body, roles, sizes)
    clashes = _unit_clashes(body, roles, ruled)
    for cut in cuts:
        groups = [columns[a:b] for a, b in zip((0, *cut), (*cut, len(columns)), strict=True)]
        for chosen in product(schemes, repeat=len(groups)):
            order = [(r, c) for group, blocks in zip(groups, chosen, strict=True)
                     for block in blocks for c in group for r in block]
            grid = [list(row) for row in body]
            for cell, (r, c) in zip(run, order, strict=True):
                grid[r][c] = cell
            grid_gaps, grid_spread = _log_spread(grid, roles, sizes)
            smoother = grid_spread < spread if grid_gaps < gaps \
                else grid_gaps == gaps and SMOOTHER * grid_spread < spread
            if smoother and _unit_clashes(grid, roles, ruled) <= clashes:
                best, gaps, spread = grid, grid_gaps, grid_spread
    return None if best is None else replace(placement, rows=[placement.rows[0], *best])


def _row_schemes(rows: int) -> list[tuple[range, ...]]:
    """The ways pdfminer cuts body rows 0..rows-1 into blocks (each printed column by column): blocks of n rows;
    the first n rows one block, then the rest one block; the first n rows one block, then a row at a time."""
    schemes = [tuple(range(top, min(top + n, rows)) for top in range(0, rows, n)) for n in range(1, rows + 1)]
    for n in range(1, rows - 1):
        schemes.append((range(n), range(n, rows)))
        schemes.append((range(n), *(range(r, r + 1) for r in range(n, rows))))
    return list(dict.fromkeys(schemes))


def _log_size(cell: Printed, ruled: bool) -> tuple[str | None, float] | None:
    """(unit, ln of the size) of a cell's first nonzero value, None for a cell without one. A number without a
    unit (`1.38`) is of another unit than `540 人`, unless a 単位 column (`ruled`) names the row's."""
    parsed = next((p for p in parse_cell(cell.text) if p.value), None)
    if parsed is None:
        return None
    return parsed.unit or (None if ruled else ""), math.log(abs(float(parsed.value)))


def _log_spread(rows: list[list[Printed | None]], roles: list[str],
                sizes: Mapping[int, tuple[str | None, float] | None]) -> tuple[int, float]:
    """(rows whose values lie an order of magnitude apart, as `_magnitudes_disagree` counts them; `_spread`) of
    body rows, from the cells' sizes worked out once (a search weighs many placements)."""
    gaps, total = 0, 0.0
    for row in rows:
        found = [size for cell, role in zip(row, roles, strict=False) if role == VALUE and cell is not None
                 if (size := sizes.get(id(cell)))]
        if len(found) < 2:
            continue
        far = max(s for _, s in found) - min(s for _, s in found)
        gaps += far >= _LOG_GAP
        if len({unit for unit, _ in found}) == 1:
            total += far
    return gaps, total


def _unit_clashes(rows: list[list[Printed | None]], roles: list[str], ruled: bool) -> int:
    """Body rows whose values name two units (a number without one another unit, unless the table is `ruled`: a
    単位 column names the row's)."""
    return sum(len({unit for cell, role in zip(row, roles, strict=False) if role == VALUE and cell is not None
                    for p in parse_cell(cell.text) if p.value is not None
                    if (unit := p.unit or (None if ruled else "")) is not None}) > 1 for row in rows)


def _blocks(cells: list[Printed]) -> list[range]:
    """The printed cells cut after each run of value cells: a block of rows, its names (and header cells) then
    their values, which pdfminer prints row by row or column by column, block by block."""
    blocks, start = [], 0
    for k in range(1, len(cells) + 1):
        if k == len(cells) or (cells[k - 1].kind == VALUES and cells[k].kind != VALUES):
            blocks.append(range(start, k))
            start = k
    return blocks


def _rows_of(placement: Placement, cells: list[Printed], block: range) -> list[list[Printed]]:
    """The header row and the body rows of a placement holding a value cell of the block."""
    rows = placement.rows
    held = {id(cells[k]) for k in block if cells[k].kind == VALUES}
    return [rows[0], *(row for row in rows[1:] if any(id(cell) in held for cell in row))]


def _spread(rows: list[list[Printed]], roles: list[str]) -> Decimal:
    """How far apart the values of each body row lie, summed over the rows: ln(largest / smallest) of a row's
    nonzero values of one unit."""
    total = Decimal(0)
    for row in rows[1:]:
        parsed = [p for cell, role in zip(row, roles, strict=False) if role == VALUE for p in parse_cell(cell.text)
                  if p.value]
        if len({p.unit for p in parsed}) == 1 and len(parsed) > 1:
            sizes = [abs(p.value) for p in parsed]
            total += (max(sizes) / min(sizes)).ln()
    return total


@dataclass(frozen=True)
class Unread:
    """A block the reader saw but could not read: a name-column header followed by values whose cells fit no
    order of rows and columns. Lines are 1-based, inclusive."""

    first: int
    last: int
    headers: tuple[str, ...]
    values: int  # value cells printed in the block


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every table whose cells are stacked column after column, in reading order."""
    found = []
    for table in _scan(tuple(lines))[0]:
        grid = _grid(table)
        used = {cell.line for cell in grid.cells}
        # a heading or a `※` note printed among the table's boxes (before a prose column's sentences) is no cell
        after = [i for i in range(table.first, table.last + 1)
                 if i + 1 not in used and (goal_level(lines[i]) is not None or note_mark(lines[i].strip()))]
        if table.grid is None:
            grid, banded = _band_rows(grid, [(i, _heading_text(lines, i, used)) for i in after if goal_level(
                lines[i]) is not None and continued_heading(lines[i]) is None])
            after = [i for i in after if i not in banded]
        found.append(TextTable(table.first, table.last, grid, tuple(after)))
    return found


def _heading_text(lines: list[str], i: int, used: set[int]) -> str:
    """The goal heading on line `i` (0-based), with the next line when the heading goes on there
    (`ingest.table.context.heading_goes_on`: `基本目標２　新しいひとの` / `流れをつくる`) and that line is no cell's."""
    text = lines[i].strip()
    tail = lines[i + 1].strip() if i + 1 < len(lines) and i + 2 not in used else ""
    return text + tail if heading_goes_on(text, tail) else text


def _band_rows(grid: Grid, headings: list[tuple[int, str]]) -> tuple[Grid, set[int]]:
    """The grid with each goal heading printed among its names (`基本目標１ …` between two rows' lines, or between
    two names of a name column pdfminer printed whole) as a band row over the rows whose names follow it: one cell
    across the table's width, a section label (`ingest.table.rows`), as a ruled table's band row is. A heading
    after the last name (the next table's, printed among this one's boxes) stays out, and so does a heading going
    on from the page before (`基本目標１ …（続き）`: the goal the table is under already). Band rows head all the
    rows: with rows before the first heading, the headings are merged goal cells' text printed in the middle of
    their rows, each placed over the first row nearer it than any other heading, the grid's goals then in doubt
    (`Grid.goals_guessed`). Returns the grid and the 0-based lines of the headings it placed."""
    names = sorted((cell.line - 1, cell.row) for cell in grid.cells if cell.row > 0 and cell.col == 0 and cell.line)
    placed: dict[int, list[tuple[int, str]]] = {}  # grid row → the headings over it
    for line, text in headings:
        below = next((row for name_line, row in names if name_line > line), None)
        if below is not None and line > min(c.line - 1 for c in grid.cells if c.row == 0 and c.line):
            placed.setdefault(below, []).append((line, text))
    if placed and 1 not in placed:
        # rows before the first heading: merged goal cells printed mid-rows (`ingest.table.merged_left.centred_goals`),
        # each heading a band over the first of the rows nearest it; which rows each spans the text does not show,
        # so no row's goal is sure
        first: dict[int, int] = {}  # grid row → its name's first line
        for name_line, row in names:
            first.setdefault(row, name_line)
        heads = sorted(heading for over in placed.values() for heading in over)
        marks = sorted([*((line, row, -1) for row, line in first.items()), *((line, -1, h) for h, (line, _) in
                                                                            enumerate(heads))])
        nearest = centred_goals([line for line, _, _ in marks], [h >= 0 for _, _, h in marks],
                                [False] * len(marks)) or {}
        placed = {}
        for k, h in sorted(nearest.items()):
            heading = heads[marks[h][2]]
            if not any(heading in over for over in placed.values()):
                placed.setdefault(marks[k][1], []).append(heading)
        grid = replace(grid, goals_guessed=True)

    def shift(row: int) -> int:
        return row + sum(len(over) for at, over in placed.items() if at <= row)

    cells = [replace(cell, row=shift(cell.row)) for cell in grid.cells]
    for at, over in placed.items():
        first = shift(at) - len(over)
        cells += [GridCell(first + k, 0, text, col_span=grid.n_cols, line=line + 1)
                  for k, (line, text) in enumerate(over)]
    banded = replace(grid, cells=sorted(cells, key=lambda c: (c.row, c.col)),
                     n_rows=grid.n_rows + sum(len(over) for over in placed.values()),
                     uncertain_rows={shift(row) for row in grid.uncertain_rows})
    return banded, {line for over in placed.values() for line, _ in over}


def unplaced_prose(lines: list[str]) -> list[tuple[int, int, str]]:
    """(first, last line, 1-based; where) of every run of sentences a table's reading gave to no row: printed after
    the table for its prose column (`取組の状況`) but not one paragraph per row, or printed among its rows (a row's
    prose cell pdfminer boxed between the rows, layouts 59)."""
    found: list[tuple[int, int, str]] = []
    for table in _scan(tuple(lines))[0]:
        if table.unplaced:
            first, last, header = table.unplaced
            found.append((first, last, f"after the table under {header!r}"))
        found += [(first, last, "among the table's rows") for first, last in _sentences_among(lines, table)]
    return found


def _sentences_among(lines: list[str], table: _Table) -> list[tuple[int, int]]:
    """Runs (1-based lines) of boxes of sentences inside the table's lines that no cell holds (a box: lines with no
    blank line between; boxes with only blank lines between make one run)."""
    cells = [*table.headers, *(cell for row in table.rows for cell in row if cell is not None)]
    used = {cell.line + k for cell in cells for k in range(cell.text.count("\n") + 1)}
    runs: list[tuple[int, int]] = []
    i, end = table.first, min(table.last + 1, len(lines))
    while i < end:
        j = i
        while j < end and lines[j].strip():
            j += 1
        text = "\n".join(line.strip() for line in lines[i:j])
        if j > i and not any(k + 1 in used for k in range(i, j)) and not page_number_line(text, bare=True) \
                and _sentence_line(text):
            if runs and all(not line.strip() for line in lines[runs[-1][1]:i]):
                runs[-1] = (runs[-1][0], j)
            else:
                runs.append((i + 1, j))
        i = j + 1
    return runs


def unread_blocks(lines: list[str]) -> list[Unread]:
    """Every block with a name-column header and values that `read_tables` could not read."""
    return list(_scan(tuple(lines))[1])


def _sideways_rows(lines: list[str]) -> list[_Table]:
    """Tables printed sideways row by row (pypdfium2, `pdftotext -raw`): a corner word and the names on one line
    (`年度 転入者数 移住相談件数`), perhaps a line of their units (`（人） （件）`), then at least
    MIN_SIDEWAYS_LABELS lines of a value header and one value per name (`基準値（R1） 212人 18件`, `R2 198人 25件`).
    Kept as printed, like a sideways table `_read_placed` turns back; every cell's place is printed, so none is
    guessed."""
    found: list[_Table] = []
    i = 0
    while i < len(lines):
        table = _sideways_at(lines, i)
        if table is None:
            i += 1
            continue
        found.append(table)
        i = table.last + 1
    return found


def _sideways_at(lines: list[str], i: int) -> _Table | None:
    printed = tokens(lines[i])
    if len(printed) < 2 or not _corner_word(printed[0]):
        return None
    names = printed[1:]
    if any(is_value(name) or header_role(name) in (NAME, VALUE) or len(name) > MAX_HEADER_CHARS for name in names):
        return None
    grid: list[list[_Cell | None]] = [[_Cell(printed[0], i + 1), *(_Cell(name, i + 1) for name in names)]]
    k = i + 1
    units = tokens(lines[k]) if k < len(lines) else []
    if len(units) == len(names) and all(_unit_only(unit) for unit in units):
        grid.append([None, *(_Cell(unit, k + 1) for unit in units)])
        k += 1
    start = len(grid)
    unlabelled: list[list[_Cell | None]] = []  # rows printing their values but no label, in order
    while k < len(lines):
        row = _sideways_row(lines[k], len(names))
        values = _split_values(lines[k]) if row is None else None
        if row is None and (values is None or len(values) != len(names)):
            break
        grid.append([_Cell(row[0], k + 1), *(_Cell(value, k + 1) for value in row[1:])] if row is not None
                    else [None, *(_Cell(value, k + 1) for value in values or [])])
        if row is None:
            unlabelled.append(grid[-1])
        k += 1
    if unlabelled and (after := _labels_after(lines, k, unlabelled, grid[start:])) >= 0:
        k = after
    elif unlabelled:  # no labels for them: the table ends before the first row printing none
        cut = grid.index(unlabelled[0])
        grid, k = grid[:cut], k - (len(grid) - cut)
    if len(grid) - start < MIN_SIDEWAYS_LABELS:
        return None
    return _Table([c for c in grid[0] if c], [OTHER] * len(grid[0]), grid[1:], i, k - 1, 0)


def _labels_after(lines: list[str], k: int, unlabelled: list[list[_Cell | None]],
                  rows: list[list[_Cell | None]]) -> int:
    """The row labels a spreadsheet drew after the rows of a table printed sideways (`基準値（R1）` / `目標値（R7）`
    under the last row: LibreOffice draws a shaded or wrapped cell after the others, layouts 151 `pdftotext -raw`,
    pypdfium2): the lines from `k` printing value header words only, as many words as rows printing no label,
    given to those rows in order. Only when every row's label then names a period, each later than the one above;
    returns the line after the labels, or -1 when they are not so."""
    found: list[tuple[str, int]] = []
    while k < len(lines) and len(found) < len(unlabelled):
        words = tokens(lines[k])
        if not words or any(header_role(word) != VALUE or is_value(word) for word in words):
            return -1
        found += [(word, k + 1) for word in words]
        k += 1
    if len(found) != len(unlabelled):
        return -1
    given = iter(found)
    labels = [next(given) if row[0] is None else (row[0].text, row[0].line) for row in rows]
    if not periods_rise([text for text, _ in labels]):
        return -1
    for row, (text, line) in zip(rows, labels, strict=True):
        row[0] = _Cell(text, line)
    return k


def _year_major(items: list[_Item], start: int) -> _Table | None:
    """A year-major table printed column after column from its corner word items[start] (`年度`): the year labels
    down its first column (`令和２年度` …), the k names across, the N role words under them (`目標` `実績` under
    every name, `ingest.text.year_rows.groups_roles`), then the N value columns, each a value (or a dash) a year
    from top to bottom. Read by counts alone, as `ingest.text.year_rows` reads the same table printed row by row:
    anything that does not fit them (a cell more or less, another item among the values) makes none."""
    k = start + 1
    years: list[_Cell] = []
    while k < len(items) and items[k].kind == HEADER and len(items[k].texts) == 1 and names_period(items[k].texts[0]):
        years += _cells(items[k])
        k += 1
    names: list[_Cell] = []
    while k < len(items) and items[k].kind == TEXT and header_role(items[k].texts[0]) == OTHER:
        names += _cells(items[k])
        k += 1
    role_words: list[_Cell] = []
    while k < len(items) and items[k].kind == HEADER and set(items[k].roles) == {VALUE} \
            and not any(names_period(text) for text in items[k].texts):
        role_words += _cells(items[k])
        k += 1
    if len(years) < MIN_YEAR_ROWS or not groups_roles(len(names), [word.text for word in role_words]):
        return None
    values: list[_Cell] = []
    while k < len(items) and items[k].kind == VALUES:
        values += [_Cell(line, items[k].line + n) for text in items[k].texts for n, line in enumerate(text.split("\n"))]
        k += 1
    if len(values) != len(years) * len(role_words):
        return None
    rows = [[(year.text, year.line), *((values[c * len(years) + r].text, values[c * len(years) + r].line)
                                       for c in range(len(role_words)))] for r, year in enumerate(years)]
    corner = items[start]
    grid = year_major_grid((corner.texts[0], corner.line), [(n.text, n.line) for n in names],
                           [(w.text, w.line) for w in role_words], rows, ENGINE)
    cells = [*years, *names, *role_words, *values]
    return _Table([_Cell(corner.texts[0], corner.line), *years, *names, *role_words], [], [values],
                  corner.line - 1, max(c.line for c in cells) - 1, k, grid=grid)


def _corner_word(text: str) -> bool:
    """A corner cell over year labels (`年度`, `区分`): a short word without digits naming no name or value column."""
    return len(nfkc(text)) <= MAX_MARK_CHARS and not any(ch.isdigit() for ch in text) \
        and header_role(text) not in (NAME, VALUE) and not is_value(text)


def _sideways_row(line: str, width: int) -> list[str] | None:
    """A value header and `width` values (`R2 198人 25件 2.9万人`, `令和４年度 1,305 － 97`), else None."""
    printed = tokens(line)
    for cut in range(1, len(printed)):
        label, rest = " ".join(printed[:cut]), " ".join(printed[cut:])
        if header_role(label) != VALUE or is_value(label):
            continue
        values = _split_values(rest) or ([rest] if is_value(rest) else [])
        if len(values) == width:
            return [label, *values]
    return None


@lru_cache(maxsize=1)
def _scan(lines: tuple[str, ...]) -> tuple[tuple[_Table, ...], tuple[Unread, ...]]:
    """The tables and the unread blocks of a text (the last text's are kept: the reader and the warnings ask
    alike, and a document is scored before it is read)."""
    items = _items(_spread_cells(list(lines)))
    budget = Budget(MAX_TEXT_STATES)
    sideways = _sideways_rows(list(lines))
    running = running_titles(list(lines))
    found: list[_Table] = list(sideways)
    unread: list[Unread] = []
    i = 0
    while i < len(items):
        item = items[i]
        table = None
        if any(t.first < item.line <= t.last + 1 for t in sideways):
            i += 1  # a line of a table printed sideways row by row, read already
            continue
        if item.kind == HEADER and item.roles[0] == NAME:
            table = _read_at(items, i, budget)
            if table is None and (moved := _interleaved(items, i, budget)) is not None:
                items, table = moved
            if table is None and (ahead := _names_before_header(items, i)) is not None:
                table = _read_at(ahead[0], ahead[1], budget)
                if table is not None:
                    items, i = ahead
            before = found[-1] if found and found[-1] not in sideways else None
            if table is None and before is not None and (cut := _cut_name(items, i, before)) is not None:
                # the header repeated on the next page, over the rest of the name its last row began
                table = _read_at(_set_aside(items, cut), i, budget)
                if table is not None:
                    _join_name(before, items[cut])
            if table is None and before is not None and before.end == i \
                    and (row := _row_before(items, i, before)) is not None:
                # the table before's last row printed across among this table's names (a two-up page)
                table = _read_at(_set_aside_all(items, row), i, budget)
                if table is not None:
                    _add_row(before, [items[k] for k in row])
            if table is None and (block := _unread(items, i)) is not None:
                unread.append(block)
        elif _corner(items, i):
            table = _year_major(items, i) or _read_placed(items, i, budget, sideways=True)
        if table is None:
            i += 1
            continue
        table.caption = _caption(items, i, table.end)
        _continue_over_page(items, table)
        _placed_over_page(items, table, budget)
        _rest_before_break(items, table, running)
        found.append(table)
        i = table.end
    return tuple(sorted(found, key=lambda t: t.first)), tuple(unread)


def _interleaved(items: list[_Item], i: int, budget: Budget) -> tuple[list[_Item], _Table] | None:
    """Two tables one over the other whose name columns pdfminer boxed together: the name-column header items[i]
    and its names, the next table's name-column header (a kind caption over it too: `【重要業績評価指標（KPI）】`
    `指標名`) and names, then the first table's other columns, then the next table's. The first table read from
    its names and the cells after the second's names up to a header cell; the items with the second's header and
    names moved after the first table's cells (where its other columns begin), and that table; None when the
    items are not so or no such cells fill the first table, a row for each of its names.
    Either table may open with a number column (`番号`, its keys `1-(2)-④`), whose header and keys pdfminer boxes
    before the name-column header, the first table's names too (`林業の新規就業者数` before `指標名`): those names
    are read after their header."""
    items, i = _names_after_header(items, i)
    j = next((k for k in range(i + 1, len(items)) if items[k].kind not in (TEXT, SKIP)), len(items))
    names = sum(item.kind == TEXT for item in items[i + 1:j])
    if not names or j == len(items) or items[j].kind != HEADER or not (
            NAME in items[j].roles or (NUMBER in items[j].roles and _opens_band(items, j + 1))):
        return None
    n = next((k for k in range(j, len(items)) if items[k].kind == HEADER and NAME in items[k].roles), len(items))
    m = next((k for k in range(n, len(items)) if items[k].kind not in (TEXT, SKIP)
              and not (items[k].kind == HEADER and NAME in items[k].roles)), len(items))
    if not any(item.kind == TEXT for item in items[j:m]) or m == len(items):
        return None
    # the first table's cells end before a header cell of the second's (its value headers follow the first's
    # cells), before the next name-column header at the latest: the last such end at which every cell before it
    # fills the first table
    stop = next((k for k in range(m, len(items)) if items[k].kind == HEADER and NAME in items[k].roles), len(items))
    for end in (k for k in range(stop, m, -1) if k == stop or items[k].kind == HEADER):
        table = _read_at([*items[:j], *items[m:end]], i, budget)
        if table is not None and len(table.rows) == names and table.end == j + end - m:
            # its lines end before the second's header: the two tables do not overlap, and the lines between its
            # names and that header (a heading `施策２ …` over the second table) are read after it
            table.last = items[j].line - 2
            return [*items[:j], *items[m:end], *items[j:m], *items[end:]], table
    return None


def _names_before_header(items: list[_Item], i: int) -> tuple[list[_Item], int] | None:
    """The items with the names printed between a goal heading and the name-column header items[i], which has no
    name after it (`基本目標２ …` `（ア）年間出生数` `（イ）…` `指標名` `基準値（R5）`: pdfminer boxes a table's names
    with the heading over it), moved after that header, with the header's new index; None for any other items."""
    if i + 1 < len(items) and items[i + 1].kind == TEXT:
        return None
    k = i
    while k > 0 and items[k - 1].kind == TEXT:
        k -= 1
    if k == i or k == 0 or items[k - 1].kind != SKIP or goal_level(items[k - 1].texts[0]) is None:
        return None
    return [*items[:k], items[i], *items[k:i], *items[i + 1:]], k


def _names_after_header(items: list[_Item], i: int) -> tuple[list[_Item], int]:
    """The items with the names printed between a number column's keys and the name-column header items[i]
    (`番号` `1-(2)-④` `林業の新規就業者数` `指標名`) moved after that header, where the names are read; unchanged
    when the header has names after it or no number column's header and keys before it. With the header's new
    index."""
    if i + 1 < len(items) and items[i + 1].kind == TEXT:
        return items, i
    k = i
    while k > 0 and items[k - 1].kind == TEXT:
        k -= 1
    keys = k
    while keys < i and all(_row_key(text) for text in items[keys].texts[0].split("\n")):
        keys += 1
    if k == 0 or items[k - 1].kind != HEADER or NUMBER not in items[k - 1].roles or keys == k or keys == i:
        return items, i
    return [*items[:keys], items[i], *items[keys:i], *items[i + 1:]], keys


def _caption(items: list[_Item], start: int, end: int) -> _Cell | None:
    """The unit field line (`（単位：人）`) printed among items[start:end], the cells of one table (pdfminer puts the
    field, printed over the table's right edge, after the name column), when there is exactly one."""
    fields = [item for item in items[start:end] if item.kind == SKIP and unit_field(item.texts[0]) is not None]
    return _cells(fields[0])[0] if len(fields) == 1 else None


def _read_at(items: list[_Item], i: int, budget: Budget) -> _Table | None:
    """The table whose name-column header is items[i]: column by column or row by row, else (or when values are
    left after such a reading, which may then have read a part only) placed by the cells' order. A column by
    column reading whose rows mix units (`12件` beside `8,000万円`: pdfminer printed a few rows across among the
    columns) gives way to a placement of the same cells with fewer such rows, and so does one whose rows' values lie
    an order of magnitude apart (`3,820人` beside `131 050人`: a block of rows printed across) where the placement
    has fewer such rows and no more that mix units. So does one with holes in its grid or a department for a name
    (`商工課`: a box of two names read as one, the rows shifted) where the placement of the same cells has none
    and is certain."""
    table = _read_table(items, i)
    clashes = _clashes(table) if table is not None else (0, 0)
    if table is None or _values_left(items, table.end) or any(clashes):
        placed = _read_placed(items, i, budget)
        if placed is not None and (table is None or placed.end > table.end
                                   or (placed.end == table.end and _clashes(placed) < clashes)):
            table = placed
    elif _holed(table):
        placed = _read_placed(items, i, budget)
        if placed is not None and placed.end == table.end and not _holed(placed) and _certain(placed):
            table = placed
    if table is not None and any(item.guessed for item in items[i:table.end]):
        table.guessed = True
    goals = _goals_before(items, i) if table is not None and not table.goals and table.grid is None else []
    if table is not None and 0 < len(goals) - 1 <= len(table.rows):
        table = replace(table, goals=goals, first=min(table.first, goals[0].line - 1))
    if table is not None:
        _name_rests(table)
    return table if table is None else _empty_prose_filled(items, table)


def _name_rests(table: _Table) -> None:
    """A row printed across on one line (`地域の行事に参加したことがある 53.9% 59.4% C`) whose department or
    progress cell is a text on a later line that is no cell of that kind (`中学生の割合`), ends no sentence and is
    no wider than the name: that text is the name's wrapped rest (a cell filled from its top), joined to it. Which
    row a wrapped line goes with is sure only where the name ends open (`…指導の`): else the row is in doubt."""
    kinds = {DEPARTMENT: is_department, PROGRESS: is_progress}
    for r, row in enumerate(table.rows):
        name = row[0]
        if name is None:
            continue
        for c, (cell, role) in enumerate(zip(row, table.roles, strict=False)):
            fits = kinds.get(role)
            if fits is None or cell is None or cell.line <= name.line \
                    or any(other is not None and other.line != name.line for other in row if other is not cell):
                continue
            text = nfkc(cell.text).strip()
            if not text or fits(text) or text.endswith(SENTENCE_ENDINGS) or "\n" in text or page_title(text) \
                    or display_width(text) > display_width(name.text) + WRAP_WIDTH_SLACK:
                continue
            if not open_name(name.text):
                table.doubtful.add(r)
            row[0] = _Cell(name.text + cell.text.strip(), name.line)
            row[c] = None
            break


def _certain(table: _Table) -> bool:
    """Whether no row of a table was placed by a guess."""
    return not table.guessed and not table.doubtful


def _holed(table: _Table) -> bool:
    """Whether a table's grid has holes or a department in its name column."""
    return any(cell is None for row in table.rows for cell in row) \
        or any(row[0] is not None and is_department(row[0].text) for row in table.rows)


def _clashes(table: _Table) -> tuple[int, int]:
    """Rows of a table whose values name different units; rows whose values lie an order of magnitude apart."""
    return (sum(_units_disagree(row, table.roles) for row in table.rows),
            sum(_magnitudes_disagree(row, table.roles) for row in table.rows))


def _set_aside(items: list[_Item], k: int) -> list[_Item]:
    return [*items[:k], replace(items[k], kind=SKIP), *items[k + 1:]]


def _cut_name(items: list[_Item], start: int, before: _Table) -> int | None:
    """The first text after the header cells from items[start], when a page break lies between the table before
    and it: perhaps the rest of a name cut by the page break (`市の移住支援制度を` / `利用して転入した世帯数`)."""
    if VALUE not in before.roles or not before.rows or before.rows[-1][0] is None \
            or not open_name(before.rows[-1][0].text):
        return None
    k = start
    while k < len(items) and items[k].kind in (HEADER, SKIP):
        k += 1
    if k < len(items) and items[k].kind == TEXT and items[k].page > items[before.end - 1].page:
        return k
    return None


def _row_before(items: list[_Item], start: int, before: _Table) -> list[int] | None:
    """The items of a row printed across among the names of the table whose name-column header is items[start],
    before any of its value headers: a name and then one value cell for each value column of the table read right
    before, followed by a text or a header cell. pdfminer prints the left table's last row there when two tables
    stand side by side (layouts 41): that row is the table before's. None when there is no such row."""
    width = before.roles.count(VALUE)
    k = start + 1
    while k < len(items) and items[k].kind in (TEXT, SKIP):
        run = k + 1
        while run < len(items) and items[run].kind == VALUES and run - k <= width:
            run += 1
        if items[k].kind == TEXT and run - k - 1 == width \
                and sum(len(item.texts) for item in items[k + 1:run]) == width \
                and run < len(items) and items[run].kind in (TEXT, HEADER):
            return list(range(k, run))
        k += 1
    return None


def _set_aside_all(items: list[_Item], ks: list[int]) -> list[_Item]:
    for k in ks:
        items = _set_aside(items, k)
    return items


def _add_row(table: _Table, row: list[_Item]) -> None:
    """A row printed apart from its table (`_row_before`) added after its last row, its values in the value columns
    in order; in doubt (where it belongs the order alone says)."""
    values = iter(_cells(item)[0] for item in row[1:])
    table.rows.append([_cells(row[0])[0], *(next(values) if role == VALUE else None for role in table.roles[1:])])
    table.doubtful.add(len(table.rows) - 1)


def _join_name(table: _Table, rest: _Item) -> None:
    """The rest of the last row's name, printed on the next page, joined to it. Which text goes on a name across
    a page cannot be seen for sure (the -layout and -raw readers flag it alike): that row is uncertain."""
    name = table.rows[-1][0]
    assert name is not None
    table.rows[-1][0] = _Cell(name.text + rest.texts[0], name.line)
    table.doubtful.add(len(table.rows) - 1)


def _continue_over_page(items: list[_Item], table: _Table) -> None:
    """Rows continued on the next page without a header, under the rest of the name the table's last row began
    there (`妊娠期から相談できる窓口の` / `年間相談件数`): the name is joined and the rows are added."""
    k = table.end
    while k < len(items) and items[k].kind == SKIP:
        k += 1
    if k >= len(items) or items[k].kind != TEXT or VALUE not in table.roles or not table.rows \
            or table.rows[-1][0] is None or not open_name(table.rows[-1][0].text) \
            or items[k].page <= items[table.end - 1].page:
        return
    trial = _set_aside(items, k)
    rows: list[list[_Cell | None]] = []
    end = k + 1
    while (more := _fill(trial, end, table.roles)) is not None:
        if more[2]:  # its values fill the last columns: placed by a guess (`_columns`)
            table.doubtful.update(range(len(table.rows) + len(rows), len(table.rows) + len(rows) + len(more[0])))
        rows += more[0]
        end = more[1]
        while end < len(items) and items[end].kind == SKIP:
            end += 1
        if end >= len(items):
            break
    if not rows:
        return
    _join_name(table, items[k])
    table.rows += rows
    table.last = max(c.line for row in rows for c in row if c) - 1
    table.end = end


def _placed_over_page(items: list[_Item], table: _Table, budget: Budget) -> None:
    """Rows continued on the next page without a header (under a caption restated `（続き）` or none), printed in
    an order only the placement reads (pdfminer: the page's names, then each row across): placed under the table's
    header cells and added when the placement takes every cell up to the next header, heading or page; rows the
    order leaves open are flagged as in any placement."""
    k = table.end
    while k < len(items) and items[k].kind == SKIP:
        k += 1
    if k < len(items) and items[k].kind == TEXT and continued_heading(items[k].texts[0]) is not None:
        k += 1
    if table.grid is not None or table.sideways or k >= len(items) or items[k].kind != TEXT \
            or VALUE not in table.roles or items[k].page <= items[table.end - 1].page:
        return
    end = next((j for j in range(k, len(items)) if items[j].kind == HEADER or items[j].page != items[k].page
                or (items[j].kind == SKIP and not is_bare_number(items[j].texts[0]))), len(items))
    band = [_Item(HEADER, [cell.text], cell.line, [role]) for cell, role in zip(table.headers, table.roles,
                                                                                strict=True)]
    cells, owners, roles = _printed([*band, *items[k:end]], 0)
    if roles != table.roles or not any(cell.kind == VALUES for cell in cells):
        return
    placed = _placed_table(cells, owners, roles, len(roles), budget, False)
    if placed is None or placed.end < len(band) + end - k:
        return
    first = len(table.rows)
    table.doubtful |= set(range(first, first + len(placed.rows))) if placed.guessed \
        else {first + r for r in placed.doubtful}
    table.rows += placed.rows
    table.last = max(table.last, placed.last)
    table.end = end


def _rest_before_break(items: list[_Item], table: _Table, running: set[str]) -> None:
    """The last row printed across on one line, then a text on the next line that ends no sentence and is no
    wider than the row's name, and nothing after it up to the page's end or the text's but asides (a page number, a
    note, a source line): that text is the name's rest, the cell filled from its top (`地域の行事に参加したことがある
    63.2 …` / `中学生の割合（%）` / `- 37 -`); a title there would introduce nothing. But a page's own title there
    (`若葉村 総合戦略 KPI一覧`, `title.page_title`; or a line `running` on the pages, `furniture.running_titles`) is
    furniture, no cell's rest. Joined to the name; which row a wrapped line goes with is sure only where the name
    ends open (`…指導の`): else the row is in doubt."""
    k = table.end
    if k >= len(items) or not table.rows or VALUE not in table.roles or items[k].kind != TEXT \
            or len(items[k].texts) != 1:
        return
    name = table.rows[-1][0]
    if name is None or items[k].line != name.line + 1 \
            or any(cell is not None and cell.line != name.line for cell in table.rows[-1]):
        return
    text = nfkc(items[k].texts[0]).strip()
    if not text or text.endswith(SENTENCE_ENDINGS) or goal_level(text) is not None or page_title(text) \
            or items[k].texts[0].strip() in running \
            or display_width(text) > display_width(name.text) + WRAP_WIDTH_SLACK:
        return
    after = next((j for j in range(k + 1, len(items)) if items[j].kind != SKIP), len(items))
    if after < len(items) and items[after].page == items[k].page:
        return
    if not open_name(name.text):
        table.doubtful.add(len(table.rows) - 1)
    table.rows[-1][0] = _Cell(name.text + items[k].texts[0].strip(), name.line)
    table.last = items[k].line - 1
    table.end = k + 1


def _values_left(items: list[_Item], start: int) -> bool:
    """Whether value cells follow items[start] before the next name-column header: a value, or bare numbers on
    lines of their own (`36`, `4`: values without a unit, which one alone could be a page number)."""
    bare = 0
    for item in items[start:]:
        if item.kind == HEADER and NAME in item.roles:
            return False
        bare += item.kind == SKIP and is_bare_number(item.texts[0])
        if item.kind == VALUES or bare > 1:
            return True
    return False


def _unit_only(text: str) -> bool:
    """A unit alone in brackets (`（人）`)."""
    parsed = parse_cell("1" + nfkc(text).strip("()"))
    return is_parenthetical(text) and len(parsed) == 1 and parsed[0].unit is not None \
        and nfkc(text).strip("()") == parsed[0].unit


def _corner(items: list[_Item], start: int) -> bool:
    """Whether items[start] may be the corner of a table printed sideways: a short word without digits naming no
    name or value column (`年度`, `区分`), followed by names and at least MIN_SIDEWAYS_LABELS value header cells
    (`基準値（R1）`, `R2`) before any value."""
    item = items[start]
    if len(item.texts) != 1 or len(item.texts[0]) > MAX_HEADER_CHARS or item.kind not in (TEXT, HEADER) \
            or (item.kind == HEADER and set(item.roles) & {NAME, VALUE}) or len(nfkc(item.texts[0])) > MAX_MARK_CHARS \
            or any(ch.isdigit() for ch in item.texts[0]):
        return False
    labels = 0
    for after in items[start + 1:]:
        if after.kind == VALUES or (after.kind == HEADER and NAME in after.roles):
            break
        if after.kind == HEADER:
            labels += sum(role == VALUE for role in after.roles)
    return labels >= MIN_SIDEWAYS_LABELS


def _unread(items: list[_Item], start: int) -> Unread | None:
    """The block from the name-column header items[start] to its last value before the next such header, when it
    prints values."""
    cells, _, _ = _printed(items, start)
    values = [cell for cell in cells if cell.kind == VALUES]
    if not values:
        return None
    headers = tuple(cell.text for cell in cells if cell.kind == HEADER)
    return Unread(items[start].line, values[-1].line, headers, len(values))
