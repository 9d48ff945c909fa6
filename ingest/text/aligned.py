"""Whitespace-aligned columns (a pdftotext `-layout` page, a table typed with spaces): lines whose cells are
separated by runs of spaces, with columns where every row leaves a gutter.

Steps: split lines into segments at gaps (two spaces or more, or an ideographic space) → blocks of lines with
at least two segments (single-segment lines inside stay: wrapped cells, a header word standing alone) → gutters,
the positions almost no line of the block covers → one cell per column and line. Positions are counted both in
characters (pdftotext places one character per position) and in display width (a table typed in an editor,
where a full-width character is two wide); the measure under which more cells of the table, from its header
down, line up wins.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from itertools import pairwise

from ingest.document import PAGE_BREAK
from ingest.table.context import goal_level, marked_heading, unit_field
from ingest.table.grid import Grid, GridCell, grid_from_rows
from ingest.table.header import (
    CHANGE,
    NAME,
    NUMBER,
    OTHER,
    PROGRESS,
    VALUE,
    TableLayout,
    compact,
    form_layout,
    header_pieces,
    header_role,
    is_goal_heading,
    is_header_text,
    names_period,
    names_role,
    read_layout,
    section_heading,
    sideways_layout,
    year_only,
)
from ingest.table.rows import breakdown_segment, legend_texts, segment_label
from ingest.text.blocks import TextTable, open_name
from ingest.text.broken_rows import MAX_TAIL_LINES, tail_column
from ingest.text.form_rows import form_cells
from ingest.text.fragment_cells import is_value
from ingest.text.furniture import beside_cells, note_after_table, page_number_line, running_titles
from ingest.text.token_types import is_department, is_stand_in
from ingest.title import names_plan
from normalize.cell import is_dash_run
from normalize.periods import bare_header_year, find_period, parse_period
from normalize.text import (
    ANY_CLOSING_BRACKETS,
    ANY_OPENING_BRACKETS,
    bracket_depth,
    display_width,
    is_kana,
    is_unit_word,
    nfkc,
    printed_width,
    single_glyph,
)
from normalize.vocabulary import (
    CAPTION_BRACKETS,
    GOAL_COLUMN_ROLES,
    NOTE_MARKS,
    PROGRESS_LABELS,
    SENTENCE_ENDINGS,
    YEAR_COLUMN_HEADERS,
)

ENGINE = "text-aligned"
_GAP = re.compile(r"[ \u3000]{2,}|\u3000")
#: A single space between two values (`１１，９４２億円 １０，０６０億円`: values wider than their column, which
#: pdftotext keeps one space apart): after a digit and a unit of one to three characters, before a digit.
#: `令和 6 年度`, `(平成 30 年)`, `1,563 件 1,630 件`, `計画21(第 3 次)` stay whole (no unit opens a bracket).
_VALUE_END = [r"\d"] + [rf"\d[^\d\s(（]{{{n}}}" for n in (1, 2, 3)]
#: ...and a value one space before a progress label (`3,900 やや遅れ`, `90.0% 達成`: an Excel sheet's 評価 column
#: printed right beside the target column), the label a whole word.
_PROGRESS_WORD = "|".join(re.escape(nfkc(label)) for label in sorted(PROGRESS_LABELS, key=len, reverse=True))
_TOUCHING = re.compile("|".join([rf"(?<={end}) (?=\d)" for end in _VALUE_END[1:]]
                                + [rf"(?<={end}) (?=(?:{_PROGRESS_WORD})(?:[ \u3000]|$))" for end in _VALUE_END]))
#: Single letters spread over a cell's width one by one (均等割り付け: `指          標        名`, `企   画   課`):
#: a run of letters each standing alone between spaces, at least one gap two spaces or wider.
_SPREAD = re.compile(r"(?<![^ \u3000])[^\W\d_](?:[ \u3000]+[^\W\d_])+(?![^ \u3000])")
#: A spread word holds this many letters, or two that make a header word (`担  当`); fewer are cells of their own.
MIN_SPREAD_LETTERS = 3
#: The widest gap of a spread word is at most this many times its narrowest plus SPREAD_SLACK (pdftotext rounds
#: positions): letters spread evenly, unlike one-letter cells of neighbouring columns.
SPREAD_RATIO, SPREAD_SLACK = 2, 2
#: Stand-ins (same width) while a line is cut into segments: a gap inside a spread word, and the single space
#: between a spread word and its neighbour, which separates two cells (`24件 企   画   課`).
_JOIN, _CUT = "\x00", "\x01"
_PIECE = re.compile(rf"(?:(?!{_GAP.pattern}|{_CUT}).)+")
#: Blank lines a block may hold in a row: one separates the records of a table; two or more separate tables, whose
#: columns may differ.
MAX_BLANK_RUN = 1
#: Blank lines that still separate two records of one table when the row after them repeats the row before's
#: cells at the same places (a sheet printed with tall rows, its wrapped cells making every row three lines high).
MAX_ROW_GAP = 2
#: Blank lines that still part a header from the first row under it, when the block holds header lines alone so far
#: and the line after them is a row (a sheet printed with tall rows: the header row's lower margin and the first
#: row's upper one, `担` / `当` / `課` stacked in the header cell; a header cell turned upright makes the row as tall as
#: its word is long, its other cells' line centred in it: layouts 263).
MAX_HEADER_GAP = 4
#: More consecutive one-segment lines at the left margin than this end a block (prose between two tables);
#: indented one-segment lines are pieces of wrapped cells and do not count.
MAX_SINGLE_RUN = 2
#: A line starting at or before this position starts at the left margin.
MARGIN = 2
#: Share of a block's lines that may cover a position that is still a gutter (a long name that pdftotext lets run
#: into the next column, pushing the values of its line to the right).
GUTTER_TOLERANCE = 0.25
#: Indented one-segment lines that may directly precede a block's first multi-cell line (header lines).
MAX_LEADING_LINES = 3
#: Wrapped-cell lines that may directly follow a block's last multi-cell line.
MAX_TRAILING_LINES = 2
#: Positions the tail of a sentence printed on the next page may stand off the column it goes on: pdftotext places
#: each page on a grid of its own (`会が十分ではない` at 91 on one page, `ことが原因である` at 92 on the next).
TAIL_SHIFT = 3
#: Lines above a table printed sideways or a form that may be left out of it (a goal heading, a kind label).
MAX_SIDEWAYS_LEAD = 3


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def _width(text: str, wide: bool) -> int:
    return printed_width(text) if wide else len(text)


def _spread_word(letters: list[str], gaps: list[int]) -> bool:
    """Letters one by one with these gaps between them are one word spread over its cell."""
    if not all(ch.isalpha() and not ch.isascii() for ch in letters) or max(gaps) < 2:
        return False
    if max(gaps) > SPREAD_RATIO * min(gaps) + SPREAD_SLACK or len(set(letters)) == 1:
        return False  # uneven gaps, or one letter repeated (`人   人   人`, a unit in every column)
    if any(is_dash_run(ch) and not is_kana(before) for before, ch in pairwise(["", *letters])):
        return False  # a long-vowel mark lengthens a kana only: after a unit it is a cell's `ー` (`人   ー   ー`)
    return len(letters) >= MIN_SPREAD_LETTERS or header_role("".join(letters)) != OTHER


def _unspread(line: str) -> str:
    """The line with the gaps inside spread words marked _JOIN and a single space beside one marked _CUT."""
    chars = list(line)
    for match in _SPREAD.finditer(line):
        text = match.group(0)
        gaps = [len(gap) for gap in re.findall(r"[ \u3000]+", text)]
        if not _spread_word(text.split(), gaps):
            continue
        start, end = match.span()
        for k in range(start, end):
            chars[k] = _JOIN if chars[k] in " \u3000" else chars[k]
        if start >= 2 and line[start - 1] == " " and line[start - 2] not in " \u3000":
            chars[start - 1] = _CUT
        if line[end:end + 1] == " " and line[end + 1:end + 2] not in ("", " ", "\u3000"):
            chars[end] = _CUT
    return "".join(chars)


def segments(line: str, wide: bool = False) -> list[Segment]:
    """The text runs of a line between gaps, with start/end positions (characters or display width). A word
    spread letter by letter over its cell is one segment (`担   当   課` → `担当課`)."""
    line = line.rstrip()
    # values or header words one space apart are split only in a line that has gaps: a line of single spaces is no
    # aligned row (a pypdfium2 or -raw line `指標名 基準値 目標値`, which other readers read)
    touching = _TOUCHING if _GAP.search(line.strip()) else None
    line = _unspread(line) if _SPREAD.search(line) else line
    found: list[Segment] = []
    end = 0  # where the last piece ends in the line's characters
    for match in _PIECE.finditer(line):
        text = match.group(0)
        if not text.strip():
            continue
        lead = len(text) - len(text.lstrip())
        offset = match.start() + lead
        pieces = touching.split(text.strip()) if touching else [text.strip()]
        for piece in _header_words(pieces) if touching else pieces:
            start = _width(line[:offset], wide) if wide else offset
            text = piece.replace(_JOIN, "")
            if found and _year_of_role(found[-1].text, text, line[end:offset]):
                found[-1] = Segment(found[-1].start, start + _width(piece, wide), found[-1].text + line[end] + text)
            else:
                found.append(Segment(start, start + _width(piece, wide), text))
            offset += len(piece) + 1
            end = offset - 1
    return found


def _year_of_role(left: str, right: str, gap: str) -> bool:
    """`right`, a period alone, is the year of the role word `left` printed just before it, one header cell: a
    bracketed year two spaces from it (`目標  （令和10年）`), or any year one ideographic space from it (`基準　2016年度
    （H28）`, typed into the cell). A bare year a few spaces from a role word stays a yearly sub-column of its own
    (`実績値   R3   R4`), and a role word that names its own year takes no other. A value takes the period one
    ideographic space after it likewise (`1942　2021年度（R3）`: the year typed into the value's cell)."""
    if gap == "\u3000" and names_period(right) and not names_role(right) and is_value(left):
        return True
    if gap != "\u3000" and not (gap.strip(" ") == "" and len(gap) <= 2 and compact(right)[:1] in "(["):
        return False
    year = names_period(right) or bare_header_year(compact(right)) is not None  # `現状　2018`: typed into the cell
    return (year and not names_role(right) and header_role(left) == VALUE
            and find_period(nfkc(left)) is None)


def _header_words(pieces: list[str]) -> list[str]:
    """The pieces with a piece made of header texts one space apart, each naming a column, cut at those spaces
    (`基準値（令和元年度） 実績値（令和６年度） 目標値（令和７年度）`: a page printed from a browser sets header cells
    as wide as their text). `目標値 （R7）` stays whole: a bare year names no column of its own."""
    out: list[str] = []
    for piece in pieces:
        words = piece.split(" ")
        if len(words) >= 2 and all(words) and all(_column_role(word) != OTHER for word in words):
            out += words
        else:
            out.append(piece)
    return out


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """Runs of lines from a multi-segment line to the last multi-segment line (plus wrapped lines after it). A page
    break after a row of the table ends the block: pdftotext places each page's text on a grid of its own, so the
    columns of the next page need not line up with this page's (a table continued there without its header is
    placed under this one's columns by `_rescaled`); a header at the foot of a page stays with the rows it heads.
    """
    found = [segments(line) for line in lines]
    counts = [len(segs) for segs in found]
    blocks = []
    i = 0
    while i < len(lines):
        if counts[i] < 2:
            i += 1
            continue
        first = last = i
        # indented one-segment lines right above belong to the block (the first lines of a header)
        while (first - 1 >= 0 and first - 1 > (blocks[-1][1] if blocks else -1) and counts[first - 1] == 1
               and (found[first - 1][0].start > MARGIN or single_glyph(lines[first - 1]))
               and i - first < MAX_LEADING_LINES):
            first -= 1
        if first == i:
            first = _name_above(lines, found, i, blocks[-1][1] if blocks else -1)
        blank = single = 0
        j = i + 1
        while j < len(lines) and not (lines[j] == PAGE_BREAK and any(
                counts[k] >= 2 and not _header_line(found[k]) for k in range(i, j))):
            if counts[j] >= 2 and blank and form_cells(lines[j]) is not None and form_cells(lines[i]) is None:
                break  # a box's label–value lines after a blank line under a table (`担当課    こども家庭課`): no row
            if counts[j] >= 2:
                last, blank, single = j, 0, 0
            elif counts[j] == 0:
                blank += 1
                single = 0
                if blank > MAX_BLANK_RUN and not (blank <= MAX_ROW_GAP and _same_row_after(found, last, j)) and not (
                        blank <= MAX_HEADER_GAP and _rows_under_header(found, first, j)):
                    break
            else:
                # a glyph alone is a piece of a cell written upright (a goal cell down the left margin), no prose
                single += 1 if found[j][0].start <= MARGIN and not single_glyph(lines[j]) else 0
                blank = 0
                if single > MAX_SINGLE_RUN or (_note_line(found[j]) and not _rows_after_note(lines, found, last, j)):
                    break  # a note under the table (`※進捗率＝…`) ends it: a legend after it is no row
            j += 1
        carried = _carried_years(lines, found, j) if j < len(lines) and lines[j] == PAGE_BREAK else None
        if carried is not None and all(not found[k] or page_number_line(lines[k].strip())
                                       for k in range(last + 1, j)):
            last = carried  # the year line of the page's last row, carried over to the next page
        end = last
        run = range(last + 1, next((k for k in range(last + 1, len(lines)) if counts[k] != 1
                                    or note_after_table(lines[k]) or page_number_line(lines[k].strip())), len(lines)))
        # more lines of one text each than a wrapped cell makes, all from the left margin and without a space, are
        # text after the table (a `（主な取組）` list under it), not the last row's name going on (lines with single
        # spaces may be rows whose cells stand one space apart); a note or a page number under them (`※…`, `P.20`)
        # counts for none: it ends the run, and the name's rest above it stays the row's
        after = len(run) > MAX_TRAILING_LINES and all(
            found[k][0].start <= MARGIN and " " not in found[k][0].text for k in run)
        # (a note or a page number among them stays a line of the block: the row reader ends a name there and keeps
        # the note, `rows._line_beside_cells`; cut here, a lone row after a note made a block too short to read)
        while not after and end + 1 < len(lines) and counts[end + 1] == 1 and (
                end - last < MAX_TRAILING_LINES or _goes_on(found[end], found[end + 1], lines[end + 1])):
            end += 1
        if end > first:
            blocks += _at_second_header(lines, found, first, end)
        i = max(end, last) + 1
    return blocks


def _rows_after_note(lines: list[str], found: list[list[Segment]], row: int, note: int) -> bool:
    """The note line `note` is followed, after no more lines of one text than MAX_SINGLE_RUN (another note, a goal
    band) and no blank line, by a row like `row`, the last row above it: a note under that row (`※平成30年度から
    集計方法を変更`), the table going on under it. A row like it: no header line nor grade legend, as many texts
    or one fewer or more (a department merged down, printed on one of its rows only: on the row under the note and
    not on the row above, `商工観光課   -   15 …` after a row without one), at least half of them starting
    or ending within a position of where one of the row's starts or ends, counted in characters or in display width
    (names of full-width characters shift the values after them in one of the two). A last line whose first cell
    is empty (the row's years printed under its values, `2015年度（H27）  2016年度（H28）`) is the lower line of a
    row: the row's first line, at most MAX_TRAILING_LINES above it, is compared too."""
    k = note + 1
    while k < len(found) and len(found[k]) == 1 and k - note <= MAX_SINGLE_RUN:
        k += 1
    if k >= len(found) or len(found[k]) < 2 or _header_line(found[k]):
        return False
    if legend_texts([s.text for s in found[k]]):
        return False  # the grade legend under the table (`評価 Ａ：目標達成 …`), laid out like a row
    # a row printing no values (the parent of segment rows, `企業誘致件数  件  …` over `　男  件  2  1`) has texts too
    # few to be like the row: the line right under it may be, the next line of texts or the one after
    nexts = [j for j in range(k, min(len(found), k + MAX_TRAILING_LINES)) if len(found[j]) >= 2][:2]
    return any(_row_like(lines, found, above, j) or _numbered_next(found[above], found[k])
               for j in nexts if j == k or not _header_line(found[j]) for above in _row_lines(found, row))


def _numbered_next(row: list[Segment], line: list[Segment]) -> bool:
    """`line` opens with the row number after `row`'s, where `row`'s stands (`2` under `1`): the next row, however
    few texts it prints (the parent of segment rows, its values on the lines under it)."""
    first, then = nfkc(row[0].text), nfkc(line[0].text)
    return (first.isdigit() and then.isdigit() and int(then) == int(first) + 1
            and abs(row[0].start - line[0].start) <= 1)


def _row_lines(found: list[list[Segment]], row: int) -> list[int]:
    """`row`, and when its first cell is empty (a row's lower line, indented) the row's first line above it: the
    nearest line of two texts or more from the left margin, at most MAX_TRAILING_LINES up, no header line."""
    rows = [row]
    if found[row] and found[row][0].start > MARGIN:
        for k in range(row - 1, max(row - 1 - MAX_TRAILING_LINES, -1), -1):
            if len(found[k]) >= 2 and found[k][0].start <= MARGIN:
                if not _header_line(found[k]):
                    rows.append(k)
                break
    return rows


def _row_like(lines: list[str], found: list[list[Segment]], row: int, k: int) -> bool:
    """Line `k` is a row like `row`: as many texts or one fewer, or one more in a leading cell of words (a
    department merged down, printed on `k` and not on `row`), at least half of them starting or ending within a
    position of where one of the row's starts or ends, in characters or in display width."""
    more = len(found[k]) - len(found[row])
    if not -1 <= more <= 1:
        return False
    if more == 1 and not (found[k][0].start <= MARGIN < found[row][0].start
                          and not any(ch.isdigit() for ch in found[k][0].text)):
        # one text more: only a leading cell the row above left empty, no number (a row number opening the next
        # indicator's row after a sub-row of segments, `うち女性`: a table the note may end)
        return False
    for above, below in ((found[row], found[k]), (segments(lines[row], True), segments(lines[k], True))):
        edges = [edge for s in above for edge in (s.start, s.end)]
        if 2 * sum(any(abs(s.start - e) <= 1 or abs(s.end - e) <= 1 for e in edges) for s in below) >= len(below):
            return True
    return False


def _same_row_after(found: list[list[Segment]], row: int, blank: int) -> bool:
    """The first line after the blank line `blank` is a row like `row`: as many texts, no header line, and at least
    half of its texts starting or ending within a position of where one of the row's starts or ends (names aligned
    left, numbers right: pdftotext pushes some by the wide text before them). A cell wrapped over lines of their own
    around its row's line (a reason centred on its row, `感染症の影響でイベント` / row / `を縮小したため`, layouts 188)
    leaves one text more or fewer on the row's line: its indented pieces under `row` and above the next row (at most
    MAX_TRAILING_LINES each) count among the row's texts; so does a cell left empty in either row (a unit cell
    beside a ratio's bare number, layouts 214). A line of one text is no row (a heading `② …`), nor a grade legend."""
    pieces = [s for m in range(row + 1, blank) for s in found[m]]
    k = next((k for k in range(blank + 1, len(found)) if found[k]), None)
    above = 0
    while k is not None and above < MAX_TRAILING_LINES and len(found[k]) == 1 and found[k][0].start > MARGIN:
        pieces += found[k]
        above += 1
        k = next((m for m in range(k + 1, len(found)) if found[m]), None)
    # one text more or fewer: a cell left empty in one of the two rows (a ratio's unit cell beside units, layouts
    # 214): both names start at one place (an upright goal glyph opening one line, layouts 208, is no empty cell),
    # and the line prints a figure as rows do (a legend under the table, `方向 ↑：… ↓：…`, prints none)
    if k is None or _header_line(found[k]) or len(found[k]) < 2 or abs(len(found[k]) - len(found[row])) > 1 \
            or legend_texts([s.text for s in found[k]]):
        return False
    if len(found[k]) != len(found[row]) and not pieces and (
            abs(found[k][0].start - found[row][0].start) > 1
            or not any(ch.isdigit() for s in found[k] for ch in s.text)):
        return False
    edges = [edge for s in [*found[row], *pieces] for edge in (s.start, s.end)]
    return 2 * sum(any(abs(s.start - e) <= 1 or abs(s.end - e) <= 1 for e in edges) for s in found[k]) >= len(found[k])


def _rows_under_header(found: list[list[Segment]], first: int, blank: int) -> bool:
    """The lines first..blank are header lines, upright header words read (`_upright_words`), and the first line
    after the blank line `blank` is a row of two texts or more, no header line: the header of the rows below, tall
    rows apart. A header word alone on the line right above that row is a turned header cell printed at the header
    row's foot (`単位`, its upright word's last line), no row of its own."""
    k = next((k for k in range(blank + 1, len(found)) if found[k]), None)
    if k is not None and len(found[k]) == 1 and _header_line(found[k]) and k + 1 < len(found) \
            and len(found[k + 1]) >= 2:
        k += 1
    lines = _upright_words(found[first:blank])
    while lines and not lines[-1]:
        lines.pop()
    gap = max((n for n, segs in enumerate(lines) if not segs), default=-1)
    band, above = [segs for segs in lines[gap + 1:] if segs], [segs for segs in lines[:max(gap, 0)] if segs]
    return (k is not None and len(found[k]) >= 2 and not _header_line(found[k])
            and bool(band) and all(_header_line(segs) for segs in band)
            and all(2 * len(segs) <= len(band[0]) for segs in above))


def _upright_words(block: list[list[Segment]]) -> list[list[Segment]]:
    """The lines with each header word written upright, a glyph a line at one position (`単` / `位`, `担` / `当` /
    `課`: a narrow header cell of an Excel sheet, its word stacked letter by letter), read as one text on the line of
    its first glyph, when a line of its glyphs holds another header word: the header band of a table. Other glyphs
    alone (an upright goal cell down the margin, `ひ` / `と` …) stay as printed."""
    out = [list(segs) for segs in block]
    taken: set[tuple[int, int]] = set()
    for k, segs in enumerate(block):
        for s in segs:
            if (k, s.start) in taken or is_header_text(s.text) or not single_glyph(s.text):
                continue
            stack = [(k, s)]
            for j in range(k + 1, len(block)):
                below = next((t for t in block[j] if abs(t.start - s.start) <= 1 and single_glyph(t.text)
                              and not is_header_text(t.text)), None)
                if below is None:
                    break
                stack.append((j, below))
            word = "".join(t.text for _, t in stack)
            if len(stack) < 2 or not is_header_text(word) or not any(
                    is_header_text(t.text) for j, _ in stack for t in block[j]):
                continue
            taken.update((j, t.start) for j, t in stack)
            out[k] = [Segment(t.start, t.end, word) if t is s else t for t in out[k]]
            for j, t in stack[1:]:
                out[j] = [u for u in out[j] if u is not t]
    return out


def _carried_years(lines: list[str], found: list[list[Segment]], brk: int) -> int | None:
    """The line right after the page break `brk` (blank lines skipped) when it holds only bracketed periods, two or
    more (`（令和３年）      （令和９年）`): the years of the values of the last row of the page before, which the
    producer moved to the next page with the rest of the row's cells. None otherwise."""
    k = brk + 1
    while k < len(lines) and not found[k] and lines[k] != PAGE_BREAK:
        k += 1
    if k >= len(lines) or len(found[k]) < 2:
        return None
    texts = [compact(s.text) for s in found[k]]
    if all(text[:1] in ANY_OPENING_BRACKETS and text[-1:] in ANY_CLOSING_BRACKETS
           and parse_period(_PERIOD_BRACKETS.sub("", text)) is not None for text in texts):
        return k
    return None


def _before_carried_years(lines: list[str], index: int) -> bool:
    """The line is a page break, or a blank line next to one, right above a line of years carried over from the
    page before (`_carried_years`): left out of the table, so that the years follow the row they date."""
    if lines[index].strip():
        return False
    k = index
    while k < len(lines) and not lines[k].strip() and lines[k] != PAGE_BREAK:
        k += 1
    if k >= len(lines) or lines[k] != PAGE_BREAK:
        return False
    after = [segments(line) for line in lines[k:k + MAX_CUT_GAP]]
    return _carried_years(lines[k:k + MAX_CUT_GAP], after, 0) is not None


def _at_second_header(lines: list[str], found: list[list[Segment]], first: int, end: int) -> list[tuple[int, int]]:
    """The block first..end cut before each header line naming two columns or more (a value's year line under it,
    `(平成29年)   (令和8年)   進捗`, is header text too) that follows rows printing values (two tables one blank line
    apart, each under its own header and goal heading: their columns need not line up, pdftotext places each row's
    numbers by its own text), when rows under it print their names. The cut falls on the last blank line above the
    header, within MAX_LEADING_LINES, so that a heading above the second header goes with it. A goal heading line
    between the last row and that header (`■基本目標３　安心して…`, maybe a sentence and a caption under it) ends the
    first table where it stands: it heads the second table, and is no row of the first one."""
    out = []
    rows = False
    last_row = first
    for k in range(first, end + 1):
        header = len(found[k]) >= 2 and _header_line(found[k])
        if header and rows and last_row == k - 1 and all(names_period(seg.text) for seg in found[k]):
            continue  # periods alone right under a row of values (`平成28年度（2016年度）  令和5年度…`): its years
        if header and sum(_column_role(seg.text) != OTHER for seg in found[k]) >= 2:
            if rows and _named_rows(found, k, end):
                blank = next((b for b in range(k - 1, max(first, k - 1 - MAX_LEADING_LINES), -1) if not found[b]), None)
                cut = blank if blank is not None else k
                heading = next((g for g in range(last_row + 1, cut)
                                if goal_level(lines[g]) is not None or marked_heading(lines[g])), cut)
                stop = next(g for g in range(heading - 1, first - 1, -1) if found[g] or g == first)
                if stop > first:
                    out.append((first, stop))
                    first = cut + 1 if blank is not None else cut
            rows = False
        elif len(found[k]) >= 2 and not _band_line(found[k]) and any(
                _starts_value(seg.text, "") or is_value(seg.text) for seg in found[k]):
            # a row printing a value, maybe a yearly rate (`年間３６人`): names over sideways values (`転入者数
            # 移住相談件数`) are header, and so is a band line of one word the vocabulary lacks (`No. 成果指標
            # （単位） 数値 …`, `数値` over the years and roles: no row before the band's role line)
            rows = True
            last_row = k
    out.append((first, end))
    return out


def _named_rows(found: list[list[Segment]], header: int, end: int) -> bool:
    """Some line under the header line `header` (up to `end`) prints a name: a text starting as far left as the
    header does. A header over values alone heads the values of names printed above it (layouts 06: names in a
    block of their own, then the header and the values), which stay one block."""
    left = found[header][0].start
    return any(len(found[k]) >= 2 and found[k][0].start <= left and not _header_line(found[k])
               for k in range(header + 1, end + 1))


def _note_line(line: list[Segment]) -> bool:
    """A line of one text at the left margin opening with a note mark (`※実績値は…`): a note under a table."""
    return len(line) == 1 and line[0].start <= MARGIN and line[0].text.startswith(NOTE_MARKS)


def _name_above(lines: list[str], found: list[list[Segment]], row: int, floor: int) -> int:
    """The first line of the block whose first row of cells is `row`: the line above, when it is the first line of
    the row's name, one text at the left margin above a row of cells that prints no name on its own line, and only
    indented one-text lines (a long reason of the row, centred on it, that starts higher) stand between it and a
    page break above (a table continued without its header, whose first row's name wraps around its values:
    `…相談件` / `−  1,946件 …` / `数`); then the block starts right under the page break. `row` otherwise, and
    never at or above `floor` (the end of the block before)."""
    above = row - 1
    if not (above > floor + 1 and len(found[above]) == 1 and found[above][0].start <= MARGIN
            and found[row][0].start > MARGIN and not _header_line(found[row])
            and not _starts_value(found[above][0].text, "")):
        return row
    k = above - 1
    while k > floor and above - k <= MAX_CUT_GAP and lines[k] != PAGE_BREAK:
        if len(found[k]) != 1 or found[k][0].start <= MARGIN or page_number_line(lines[k].strip()):
            return row
        k -= 1
    return k + 1 if k > floor and lines[k] == PAGE_BREAK else row


def _goes_on(above: list[Segment], line: list[Segment], text: str) -> bool:
    """A one-text line past the block's last row continues a wrapped cell of the line above (a long reason centred
    on its row runs on below the name and the values): indented, starting where a text of the line above starts,
    and no page number."""
    start = line[0].start
    return (start > MARGIN and any(abs(s.start - start) <= 1 for s in above if s.start > MARGIN)
            and not page_number_line(text.strip()))


def _header_line(line: list[Segment]) -> bool:
    """Every text of the line is a header word."""
    return bool(line) and all(is_header_text(s.text) for s in line)


#: Header texts a line needs beside one text the vocabulary does not know to still be a header line.
MIN_KNOWN_HEADER_TEXTS = 4
#: A column's header of the year alone (`年度`, over each row's year beside a role's values): a column word too.
_YEAR_HEADERS = frozenset(compact(word) for word in YEAR_COLUMN_HEADERS)


def _band_line(line: list[Segment]) -> bool:
    """A line of the header band: every text a header word, or all but one of at least MIN_KNOWN_HEADER_TEXTS
    header words, the other printing no value (a column word the vocabulary lacks, `主管課` beside `単位  2020年（基準）
    …`): one unknown word does not make the header a row of the table."""
    unknown = [s for s in line if not is_header_text(s.text) and compact(s.text) not in _YEAR_HEADERS]
    return bool(line) and (not unknown or (
        len(unknown) == 1 and len(line) - 1 >= MIN_KNOWN_HEADER_TEXTS and not is_value(unknown[0].text)
        and not any(ch.isdigit() for ch in nfkc(unknown[0].text))))


def _columns(block: list[list[Segment]], tolerance: float) -> list[tuple[int, int]]:
    """Column intervals [start, end) between gutters: positions that at most `tolerance` of the lines cover."""
    multi = [segs for segs in block if segs]
    width = max((s.end for segs in block for s in segs), default=0)
    cover = [0] * (width + 1)
    for segs in multi:
        for s in segs:
            for x in range(s.start, s.end):
                cover[x] += 1
    limit = int(tolerance * len(multi))
    columns: list[tuple[int, int]] = []
    start = None
    for x, n in enumerate(cover):
        if n > limit and start is None:
            start = x
        elif n <= limit and start is not None:
            columns.append((start, x))
            start = None
    if start is not None:
        columns.append((start, width + 1))
    return columns


def _valleys(block: list[list[Segment]], columns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The columns, each split where few of its own lines cover a run of positions between two well-covered parts:
    a gutter that a few notes or wrapped cells run over (`令和6年3月の改 訂に伴い、` across 目標値 | 進捗状況),
    which a tolerance counted over the whole block would not see in a column most lines leave empty."""
    out: list[tuple[int, int]] = []
    for start, end in columns:
        inside = [[s for s in segs if s.start < end and start < s.end] for segs in block]
        lines = sum(1 for segs in inside if segs)
        cover = [sum(1 for segs in inside for s in segs if s.start <= x < s.end) for x in range(start, end)]
        limit = GUTTER_TOLERANCE * lines
        low = [n <= limit for n in cover]
        pieces, first = [], None
        for x, is_low in enumerate(low):
            if not is_low and first is None:
                first = x
            elif is_low and first is not None:
                pieces.append((start + first, start + x))
                first = None
        if first is not None:
            pieces.append((start + first, end))
        out += pieces if len(pieces) > 1 else [(start, end)]
    return out


def _cores(block: list[list[Segment]]) -> list[list[list[Segment]]]:
    """The block's table rows: lines with at least the median number of segments of its multi-segment lines, or
    (a small table under a title and a heading, which make half its lines) with the most segments. A title or a goal
    heading above the table (fewer, wider segments) may cover a gutter the rows all leave blank."""
    counts = sorted(len(segs) for segs in block if len(segs) >= 2)
    if not counts:
        return [block]
    return [[segs if len(segs) >= least else [] for segs in block]
            for least in dict.fromkeys((counts[len(counts) // 2], counts[-1]))]


#: Positions by which pdftotext may place a text out of its column.
DRIFT = 1


def _column_of(segment: Segment, columns: list[tuple[int, int]]) -> int:
    """The column a segment belongs to: the one its centre lies in, or for a segment running over several
    columns (a note line under the table, a long name) the one it starts in. A column the segment reaches by
    DRIFT positions or fewer it does not run over (pdftotext places a header text a position early: `実績値（R5）`
    over the actual column starting in the gutter before it)."""
    overlapped = [c for c, (a, b) in enumerate(columns)
                  if min(b, segment.end) - max(a, segment.start) > min(DRIFT, segment.end - segment.start - 1)]
    centre = (segment.start + segment.end) / 2 if len(overlapped) < 2 else segment.start + 0.5
    return min(range(len(columns)), key=lambda c: 0 if columns[c][0] <= centre < columns[c][1]
               else min(abs(columns[c][0] - centre), abs(columns[c][1] - centre)))


def _aligned_share(block: list[list[Segment]]) -> float:
    """Share of the segments of multi-segment lines whose left edge, right edge or centre is shared by a segment of
    another line: under the right measure a table's cells line up."""
    segs = [(k, s) for k, line in enumerate(block) if len(line) >= 2 for s in line]
    if not segs:
        return 0.0
    lines_at: dict[tuple[int, int], set[int]] = {}
    for k, s in segs:
        for kind, position in enumerate((s.start, s.end, s.start + s.end)):
            lines_at.setdefault((kind, position), set()).add(k)
    aligned = sum(1 for k, s in segs
                  if any(lines_at[(kind, position)] - {k}
                         for kind, position in enumerate((s.start, s.end, s.start + s.end))))
    return aligned / len(segs)


def _straddles(block: list[list[Segment]], columns: list[tuple[int, int]]) -> int:
    """Segments that overlap two columns or more: the fewer, the better the columns fit the block."""
    return sum(1 for segs in block for s in segs if sum(1 for a, b in columns if s.start < b and a < s.end) > 1)


def _collisions(block: list[list[Segment]], columns: list[tuple[int, int]]) -> int:
    """Lines with two segments in one column: the columns join what the line keeps apart."""
    return sum(1 for segs in block if len({_column_of(s, columns) for s in segs}) < len(segs))


def _cells(block: list[list[Segment]], columns: list[tuple[int, int]]) -> list[list[str]]:
    rows = []
    reach = _text_reach(block, columns)
    lines = [_placeholder_off(line, columns) for line in block]
    placed = _headers_over_headers(lines, columns, [_pushed_on(segs, columns, reach) for segs in lines])
    placed = _overruns_on(lines, columns, placed)
    department = _department_column(lines, placed)
    for segs, at in zip(lines, placed, strict=True):
        if len(segs) == len(columns) and not _value_in_department(segs, columns, at, department):
            rows.append([s.text for s in segs])  # one segment per column: order says more than a pushed position
            continue
        cells = [""] * len(columns)
        for s, c in zip(segs, at, strict=True):
            cells[c] = f"{cells[c]} {s.text}".strip()
        rows.append(cells)
    return _departments_out(rows)


def _overruns_on(block: list[list[Segment]], columns: list[tuple[int, int]], placed: list[list[int]]
                 ) -> list[list[int]]:
    """The columns of the texts of each line, with a body text that starts in a column no other body line fills
    and runs on over the next one moved to that next column, when its line leaves that one empty: a name wider
    than its column, whose texts are set right (`特定健康診査・特定保健指導の` over `実施率`, starting under the
    header `指標` the other names stand clear of), is a cell of the names' column, not of a column of its own."""
    body = range(max(_header_band(block), default=-1) + 1, len(block))  # a heading over the header fills none
    fills: dict[int, int] = {}
    for k in body:
        for c in set(placed[k]):
            fills[c] = fills.get(c, 0) + 1
    out = [list(at) for at in placed]
    for k in body:
        for n, s in enumerate(block[k]):
            c = out[k][n]
            if c + 1 >= len(columns) or fills.get(c, 0) != 1 or fills.get(c + 1, 0) < 2 or c + 1 in out[k]:
                continue
            a, b = columns[c + 1]
            if min(b, s.end) - max(a, s.start) > DRIFT and s.start >= columns[c][0]:
                out[k][n] = c + 1
    return out


def _department_column(block: list[list[Segment]], placed: list[list[int]]) -> int | None:
    """The column a department header word (`担当課`) stands in, when the block prints one."""
    heads = {c for segs, at in zip(block, placed, strict=True) for s, c in zip(segs, at, strict=True)
             if header_role(s.text) == "department"}
    return next(iter(heads)) if len(heads) == 1 else None


def _value_in_department(segs: list[Segment], columns: list[tuple[int, int]], placed: list[int],
                         department: int | None) -> bool:
    """Whether reading a line's texts one per column, in order, would put a value or a placeholder printed wholly
    inside a later column into the department column, which it does not reach: a line as many texts as columns
    only by chance (a `-` right-aligned under 実績値 beside an empty 担当課 cell, values printed apart from their
    years), whose positions say where each text stands. A department cell holds no figure."""
    if department is None or department >= len(segs):
        return False
    s, c = segs[department], placed[department]
    a, b = columns[department]
    return c > department and columns[c][0] <= s.start and s.end <= columns[c][1] and not (s.start < b and a < s.end) \
        and is_value(s.text)


def _headers_over_headers(block: list[list[Segment]], columns: list[tuple[int, int]], placed: list[list[int]]
                          ) -> list[list[int]]:
    """The columns of the texts of each line, with a header text standing in a gutter, over no column, moved to the
    column of the one header text below it that it overlaps (else above it), when its own line leaves that column
    empty: a role word over the first of its years, each printed from where its cell starts (`目標値` at 72 over
    `2031年度（R13）` at 72, whose numbers pdftotext aligned right from 83), not the nearer column before it. A text
    over no column and none of the band below or above it, in the column of the text before it on its line, moves on
    to the next column when no header line fills that one: a header cell's word printed from the cell's left edge
    over texts aligned right (`担当部署  指標` over `生涯学習課            健康診査の受診率`), two words in one column
    otherwise."""
    band = _header_band(block)
    out = [list(at) for at in placed]
    for _ in columns:  # again after a move: a text moved on frees the column of the one before it (`策定時 実績値`)
        moved = False
        for k in band:
            for n, s in enumerate(block[k]):
                if any(min(b, s.end) > max(a, s.start) for a, b in columns):
                    continue
                for j in (k + 1, k - 1):
                    under = {out[j][m] for m, t in enumerate(block[j]) if t.start < s.end and s.start < t.end} \
                        if j in band else set()
                    if len(under) == 1 and (c := next(iter(under))) not in out[k][:n] + out[k][n + 1:]:
                        moved |= out[k][n] != c
                        out[k][n] = c
                        break
                else:
                    c = out[k][n] + 1
                    if (out[k][n] in out[k][:n] and c < len(columns) and s.end <= columns[c][0]
                            and not any(c in out[j] for j in band)):
                        moved = True
                        out[k][n] = c
        if not moved:
            break
    return out


def _departments_out(rows: list[list[str]]) -> list[list[str]]:
    """The rows with a department printed one space after a row's last value moved to the department column, when
    the row leaves that column empty (`6,000人 住民課` under 目標値 beside an empty 担当課: a sheet's department
    column left-aligned right after right-aligned values, which pdftotext keeps one space apart and counting
    characters puts left of its header)."""
    heads = {c for row in rows for c, text in enumerate(row) if text and header_role(text) == "department"}
    if len(heads) != 1:
        return rows
    (column,) = heads
    out = []
    for row in rows:
        value, _, rest = (row[column - 1] if column else "").rpartition(" ")
        if not row[column] and value and _department_after_value(rest, value) and not any(row[column + 1:]):
            row = [*row[:column - 1], value, rest, *row[column + 1:]]
        out.append(row)
    return out


def _placeholder_off(segs: list[Segment], columns: list[tuple[int, int]]) -> list[Segment]:
    """The line with a placeholder dash one space after a text (`…と感じる －`: a name as wide as its column, then the
    next column's `－`, which pdftotext keeps one space apart) cut off that text, when the line leaves the next column
    empty: a name never ends in a lone dash, and the columns, drawn around the line as printed, do not part them."""
    out: list[Segment] = []
    placed = {_column_of(s, columns) for s in segs}
    for s in segs:
        head, _, dash = s.text.rpartition(" ")
        column = _column_of(s, columns)
        if (head.strip() and is_dash_run(dash)
                and not head.strip()[:1].isdigit() and column + 1 < len(columns) and column + 1 not in placed):
            end = columns[column + 1][0] + len(dash)
            out += [Segment(s.start, s.end - len(dash) - 1, head.rstrip()), Segment(columns[column + 1][0], end, dash)]
            placed.add(column + 1)
        else:
            out.append(s)
    return out


def _text_reach(block: list[list[Segment]], columns: list[tuple[int, int]]) -> dict[int, int]:
    """Where the text of each column ends at the furthest: its segments' right end, placeholder dashes left out."""
    reach: dict[int, int] = {}
    for segs in block:
        for s in segs:
            if not is_dash_run(s.text):
                column = _column_of(s, columns)
                reach[column] = max(reach.get(column, 0), s.end)
    return reach


def _pushed_on(segs: list[Segment], columns: list[tuple[int, int]], reach: dict[int, int] | None = None
               ) -> list[int]:
    """The column of each segment of a line; a value that lands in the column of the text before it moves to the
    next column when the line leaves that one empty: values wider than their columns, one space apart
    (`２６６，１８９人 ３４万人` under two columns, full-width digits pushing the second value left of its own). A
    placeholder dash right of all text of its column (`reach`) moves on to the next column too when the line
    leaves it empty: a dash centred under a narrow value header stands left of the header, in the gutter the
    column before it gets (`−` under `現状値` beside a name as wide as its column)."""
    placed = [_column_of(s, columns) for s in segs]
    for k, s in enumerate(segs):
        after = placed[k] + 1
        if (reach and is_dash_run(s.text) and placed[k] in reach and s.start >= reach[placed[k]]
                and after < len(columns) and after not in placed):
            placed[k] = after
    for k in range(1, len(segs)):
        after = placed[k - 1] + 1
        if (placed[k] == placed[k - 1] and after < len(columns) and after not in placed[k + 1:]
                and _starts_value(segs[k].text, segs[k - 1].text) and _starts_value(segs[k - 1].text, "")
                and all(c > after for c in placed[k + 1:])):
            placed[k] = after
    return placed


def _splits(block: list[list[Segment]], own: list[tuple[int, int]], other: list[tuple[int, int]]) -> int:
    """Pairs of segments that `own` columns put together and `other` columns put apart."""
    placed = [(_column_of(s, own), _column_of(s, other)) for segs in block for s in segs]
    return sum(1 for i, (a, b) in enumerate(placed) for c, d in placed[i + 1:] if a == c and b != d)


def _score(block: list[list[Segment]], columns: list[tuple[int, int]], foreign: int) -> tuple[bool, int, int, int, int]:
    """Lower is better: few segments straddling two columns, no two segments of a line in one column, columns
    that do not split what the block's own columns keep together (`foreign`), most columns."""
    allowed = GUTTER_TOLERANCE * sum(1 for segs in block if segs)
    straddles = _straddles(block, columns)
    return straddles > allowed, _collisions(block, columns), foreign, -len(columns), straddles


#: Lines at the top of a block searched for the first line of its header (a title or a heading may come first).
MAX_HEADER_START = 4
_PERIOD_BRACKETS = re.compile(r"[()（）\[\]]")


def _header_band(block: list[list[Segment]]) -> list[int]:
    """The block's header lines: from the first line of two texts or more that are all header words and no caption
    (among its first lines) down to the last such line before a line of other text, or a goal heading printed
    across the table (`【基本目標1】新しいひとの流れをつくる`, whose goal word is a header word too)."""
    for k, segs in enumerate(block[:MAX_HEADER_START + 1]):
        if len(segs) >= 2 and _band_line(segs) and not any(_caption_text(s.text) for s in segs):
            band = []
            for j in range(k, len(block)):
                if block[j] and (not _band_line(block[j]) or _goal_label(block[j])
                                 or (len(block[j]) == 1 and is_goal_heading(block[j][0].text))):
                    break
                band.append(j)
            return band
    return []


def _caption_text(text: str) -> bool:
    """A text no header cell prints, though it may hold header words: a caption in brackets (`【基本目標１】`), a
    heading opening with a section number (`３．数値目標の達成状況`, `第３章`) or a title naming the plan
    (`第２期総合戦略 重要業績評価指標（KPI）の状況`)."""
    folded = nfkc(text).strip()
    return folded[:1] in nfkc(CAPTION_BRACKETS) or section_heading(folded) or names_plan(folded)


def _caption_lines(block: list[list[Segment]], headings: bool = False) -> set[int]:
    """The lines above the block's header band that print no value and no header word, each text a caption's
    (`_caption_text`), a unit field or other text, or a heading after its section number (`２   基本目標…`): the
    table's caption or title (`朝霧野村      第２期総合戦略 …`, `３．数値目標の達成状況   【基本目標１】`),
    whose wide gaps are no column boundaries and whose long texts cover the gutters of the rows. A goal heading
    (`基本目標１   …`) names the goal column's word: one of these lines only with `headings` (its label and title
    may stand where the goal and name columns start)."""
    band = _header_band(block)
    if not band:
        return set()
    return {k for k, segs in enumerate(block[:band[0]])
            if segs and not any(is_value(s.text) for s in _unnumbered(segs)) and (
                _unnumbered(segs) is not segs or all(
                    _caption_text(s.text) or not is_header_text(s.text) or unit_field(s.text) is not None
                    or (headings and _goal_label([s])) for s in segs))}


def _unnumbered(line: list[Segment]) -> list[Segment]:
    """The line without a section number standing apart before its heading (`２   基本目標ごとの検証結果`)."""
    return line[1:] if len(line) >= 2 and _LONE_ROW_NUMBER.match(nfkc(line[0].text)) else line


def _goal_band(line: list[Segment]) -> bool:
    """A line printing a basic goal's heading and no value (`基本目標２：安心して暮らせる…`, perhaps cut at its wide
    space): a band across the table between its rows, whose long text from the margin covers the gutters of the
    rows, no cells. A label alone (`基本目標１`) is a goal cell's first line, in its column."""
    text = " ".join(s.text for s in line)
    return bool(line) and not any(is_value(s.text) for s in line) and is_goal_heading(text) \
        and goal_level(text) is not None


def _goal_label(line: list[Segment]) -> bool:
    """A line of one numbered goal label (`基本目標１`): the first line of a merged goal cell printed over its first
    row, no header text, although it opens with the goal column's header word."""
    return len(line) == 1 and header_role(line[0].text) in GOAL_COLUMN_ROLES and nfkc(line[0].text)[-1:].isdigit()


def _column_role(text: str) -> str:
    """The role a header text names for its column (`目標値（R7）`, `担当課`, `R4 実績`), OTHER for a bare year."""
    bare = parse_period(_PERIOD_BRACKETS.sub("", compact(text))) and not names_role(text)
    return OTHER if bare else header_role(text)


#: A row number as a `No.` column prints it (`9`, `10.`).
_NUMBER_MARK = r"\d{1,3}[.)．）]?"
#: A row number one space before the name (`1 出生数`): pdftotext prints a narrow `No.` column that close.
_ROW_NUMBER = re.compile(rf"^{_NUMBER_MARK} (?=\S)")
#: A row number one space before a name in Japanese (`4 宿泊者数`).
_ROW_NUMBER_NAME = re.compile(rf"^{_NUMBER_MARK} (?=[^\x00-\x7f\s])")


@dataclass(frozen=True)
class _Cut:
    """A gap between two neighbouring header texts: the end of the left text, the start of the right one, whether
    the left text heads row numbers, and whether both stand over one column of the body."""

    end: int
    start: int
    numbered: bool
    merged: bool

    @property
    def at(self) -> int:
        return (self.end + self.start + 1) // 2


def _header_cuts(block: list[list[Segment]], columns: list[tuple[int, int]]) -> list[_Cut]:
    """The gaps between neighbouring header texts that name columns. Where two stand over one column of the body,
    a narrow gutter that the rows run over with a single space (`3,100人 企画課` under `目標値（R7）     担当課`,
    `1 出生数` under `No.   指標名`). Header texts one above another that overlap are one column's header."""
    clusters: list[list] = []
    # a unit field at the right end of a caption line (`■重要業績評価指標（KPI）   （単位：千人）`, layouts 164) names
    # no column: standing over the last value header's end, it would close that header's gap to the next one
    for start, end, text in sorted((s.start, s.end, s.text) for k in _header_band(block) for s in block[k]
                                   if unit_field(s.text) is None):
        if clusters and start < clusters[-1][1]:
            clusters[-1][1] = max(clusters[-1][1], end)
            clusters[-1][2].append(text)
        else:
            clusters.append([start, end, [text]])
    cuts = []
    left = year = None
    for start, end, texts in clusters:
        role = _column_role(" ".join(texts))
        if role == OTHER:
            # a bare year (`R10`, a yearly sub-column) or a year with its role word (`R5実績`) bounds the gap to a
            # column of another role after it
            year = (start, end, VALUE) if left is not None and (
                year_only(" ".join(texts)) or header_role(" ".join(texts)) == VALUE) else year
            continue
        if left is not None and role != NUMBER:
            before = year if year is not None and role != VALUE else left
            merged = _column_of(Segment(before[0], before[1], ""), columns) == _column_of(Segment(start, end, ""),
                                                                                          columns)
            cuts.append(_Cut(before[1], start, before[2] == NUMBER, merged))
        left, year = (start, end, role), None
    return cuts


#: A row number standing alone (`9`, `10.`).
_LONE_ROW_NUMBER = re.compile(rf"^{_NUMBER_MARK}$")


def _number_under_header(line: list[Segment], cuts: list[_Cut], columns: list[tuple[int, int]]) -> list[Segment]:
    """The line with a row number standing alone left of the cut after the `No.` header, in another column than
    that header's while the line leaves that one empty, moved under the header: pdftotext pushed it right by the
    width of the texts before it on the page (`9` at 7 beside `10` at 3), into the column of the goal cells printed
    beside the numbers."""
    for cut in (c for c in cuts if c.numbered):
        own = _column_of(Segment(cut.end - 1, cut.end, ""), columns)
        if any(_column_of(s, columns) == own for s in line):
            continue
        line = [Segment(cut.end - (s.end - s.start), cut.end, s.text)
                if _LONE_ROW_NUMBER.match(s.text) and s.end <= cut.at else s for s in line]
    return line


def _holds_together(left: str, right: str) -> bool:
    """A number and its unit (`173 人`), a segment label and its value (`小学校 87.1％`): one cell."""
    return is_unit_word(right.split(" ")[0]) or (right[:1].isdigit() and segment_label(left.split(" ")[-1]) is not None)


def _inside_brackets(left: str, right: str) -> bool:
    """The space between `left` and `right` stands inside a bracket the text closes (`（人口 10` / `万人当たり）`);
    a bracket a wrapped note opens and closes on a later line (`6年度以降は 「` / `企画調整課`) holds no cell."""
    return bracket_depth(left) > 0 and bracket_depth(right) < 0


def _cut_segment(s: Segment, cut: _Cut, cuts: list[_Cut], wide: bool) -> list[Segment]:
    """A text running over a cut and no other, split at its last single space near the cut (a row number under a
    merged cut: at the space after it), each piece within its side of the cut (pdftotext's positions drift by a
    character or two). A text over several cuts (a note under the table) stays whole, and a space inside brackets
    the text closes parts no cells (`自殺死亡率（人口 10 万人当たり）`, a name running into the gap between two header
    texts)."""
    if cut.numbered:
        # a row number one space before a text that runs over the cut (`1 地域経済の…` under `No.    基本目標`), or
        # before a short name that a text layer counting characters ends left of it (`4 宿泊者数`, layouts 142)
        number = _ROW_NUMBER.match(s.text) if cut.merged or s.start < cut.at < s.end or (
            s.start < cut.at and _ROW_NUMBER_NAME.match(s.text)) else None
        spaces = [number.end() - 1] if number and s.start < cut.at else []
    elif s.start <= cut.at < s.end and sum(s.start <= other.at < s.end for other in cuts) == 1:
        spaces = [k for k, ch in enumerate(s.text) if ch == " " and 0 < k < len(s.text) - 1
                  and cut.end - 1 <= s.start + _width(s.text[:k], wide) <= cut.start + 1
                  and not _inside_brackets(s.text[:k], s.text[k + 1:])
                  and not _holds_together(s.text[:k], s.text[k + 1:])]
    else:
        spaces = []
    if not spaces:
        return [s]
    k = spaces[-1]
    at = s.start + _width(s.text[:k], wide)
    return [Segment(min(s.start, cut.at - 1), min(at, cut.at), s.text[:k].rstrip()),
            Segment(max(at + 1, cut.at), max(s.end, cut.at + 1), s.text[k + 1:].lstrip())]


def _split_at_header(block: list[list[Segment]], columns: list[tuple[int, int]], wide: bool
                     ) -> tuple[list[list[Segment]], list[tuple[int, int]]]:
    """The block and its columns with each column that stands under two header texts cut in two between them, and
    every text running over a gap between two header texts split there (`3,100人 企画課`, `…「年少 進捗の遅れ`,
    `1 出生数`). Left as they were when that would put two texts of a line in one column."""
    block = _header_pieces_apart(block, wide)
    cuts = _header_cuts(block, columns)
    if not cuts:
        return block, columns
    edges = {cut.at for cut in cuts if cut.merged}
    out = []
    for segs in block:
        line: list[Segment] = []
        for s in segs:
            pieces = [s]
            for cut in cuts:
                cut_pieces = _cut_segment(pieces[-1], cut, cuts, wide)
                if len(cut_pieces) == 2 and abs(cut_pieces[1].start - cut.start) <= 1 \
                        and not _starts_value(cut_pieces[1].text, cut_pieces[0].text):
                    # the right piece, a text, starts where the header starts its column (a wrapped cell of the
                    # column before run up to the next one's text, `農業の担い手育 就農した…` under `施策    指標名`):
                    # the gutter the rows leave is that column's start, although this text covers it (a value
                    # one space from a name is split by `_split_at_columns`)
                    edges.add(cut.at)
                pieces = pieces[:-1] + cut_pieces
            line += pieces
        out.append(_number_under_header(line, cuts, columns))
    band = set(_header_band(block))
    body = [s for k, segs in enumerate(out) if k not in band for s in segs]
    # a cut most of the body texts under it run over, unsplit, is no column's start: a header text pushed left of its
    # own column over the long names before it (`数値目標   基準値（R1）` over `市内事業所の従業者数`, layouts 156)
    edges = {m for m in edges if not _run_over(body, m, columns)}
    split_columns = []
    for a, b in columns:
        inner = [a, *sorted(m for m in edges if a < m < b), b]
        split_columns += list(pairwise(inner))
    # a line whose cut texts would share a column that its texts as printed do not stays as printed, unless the
    # texts sharing it are one cell's, printed with a wide gap inside (`基本目標１   町の仕事を 成`)
    out = [next((cut for cut in (line, _rejoined(line, split_columns))
                 if _collisions([cut], split_columns) <= _collisions([segs], split_columns)), segs)
           if line != segs else segs for line, segs in zip(out, block, strict=True)]
    if _collisions(out, split_columns) > _collisions(block, columns):
        return block, columns
    return out, split_columns


def _header_pieces_apart(block: list[list[Segment]], wide: bool) -> list[list[Segment]]:
    """The block with each header text holding two whole role/period headers one space apart (`R4 実績 R5 実績 増減`,
    `header_pieces`) parted into one text per header, where it stands: the cuts between them then part the body, and
    a line whose texts the parted columns would not hold stays as printed (`_split_at_header`)."""
    band = set(_header_band(block))
    out = []
    for k, segs in enumerate(block):
        line: list[Segment] = []
        for s in segs:
            pieces = header_pieces(s.text) if k in band else None
            if pieces is None:
                line.append(s)
                continue
            at = s.start
            for piece in pieces:
                line.append(Segment(at, at + _width(piece, wide), piece))
                at += _width(piece, wide) + 1
        out.append(line)
    return out


def _run_over(body: list[Segment], at: int, columns: list[tuple[int, int]]) -> bool:
    """More than half the body texts of the column holding position `at` run over it (DRIFT aside)."""
    inside = [s for s in body for a, b in columns if a <= at < b and s.start < b and a < s.end]
    return 2 * sum(s.start + DRIFT < at < s.end - DRIFT for s in inside) > len(inside)


def _rejoined(line: list[Segment], columns: list[tuple[int, int]]) -> list[Segment]:
    """The line with neighbouring texts that fall in one column joined: a cell printed with a wide gap inside (a
    goal's number and its title, `基本目標１   町の仕事を`), whose end a cut parted from the next column's text."""
    out: list[Segment] = []
    for s in line:
        if out and _column_of(out[-1], columns) == _column_of(s, columns):
            out[-1] = Segment(out[-1].start, max(out[-1].end, s.end), f"{out[-1].text} {s.text}")
        else:
            out.append(s)
    return out


def _refined(blocks: dict[bool, list[list[Segment]]], chosen: tuple[bool, list[tuple[int, int]]]
             ) -> tuple[dict[bool, list[list[Segment]]], tuple[bool, list[tuple[int, int]]]]:
    """The chosen columns and their block split where the header names two columns over one (`_split_at_header`)."""
    wide, columns = chosen
    block, columns = _split_at_header(blocks[wide], columns, wide)
    columns = _header_over_gutter(block, columns)
    return {**blocks, wide: _value_headers_over_values(block, columns)}, (wide, columns)


def _value_headers_over_values(block: list[list[Segment]], columns: list[tuple[int, int]]) -> list[list[Segment]]:
    """The block with the value header texts of a header line moved over the columns of values, the k-th text to
    the k-th column, when as many columns print only values below the header and each text stands left of its
    column, some in a column before it: a header centred over a cell whose numbers pdftotext pushed right by the
    wide names before them (`基準値（R1）` over the end of `市内事業所の従業者数`, its `41,200 人` further right,
    layouts 156), or two years over one column. Texts each over a column of values of its own stand where they
    belong, though a stand-in (`未集計`) or a note (`※…`) in some of those columns leaves fewer columns of values
    only than texts: moved, each value would take a neighbour's role."""
    band = _header_band(block)
    placed = [[_column_of(s, columns) for s in segs] for segs in block]
    # the body is what stands under the header: a goal heading above it (`基本目標１   地域にしごとを…`) is none
    body = [(s, c) for k, segs in enumerate(block) if band and k > band[-1]
            for s, c in zip(segs, placed[k], strict=True)]
    # (a whole value opening with a word, `約22.6`, is a value too, and a figure not reported yet, `未集計`, stands in
    # a value column)
    valued = sorted({c for s, c in body if _starts_value(s.text, "") or is_value(s.text) or is_stand_in(s.text)})
    filled = [c for c in valued if all(_starts_value(s.text, "") or is_value(s.text) or is_stand_in(s.text)
                                       for s, own in body if own == c)]
    # a column headed by a change or a rate (`前年度比増減` over `－` / `+4`, `目標達成率` over `123.1%`) prints figures
    # computed from the row's values, never a role's values: role words are never moved over it
    computed = {placed[k][n] for k in band for n, s in enumerate(block[k]) if header_role(s.text) in (CHANGE, PROGRESS)}
    out = list(block)
    for k in band:
        heads = [n for n, s in enumerate(block[k]) if header_role(s.text) == VALUE]
        roles = bool(heads) and all(names_role(block[k][n].text) for n in heads)
        values = [c for c in filled if not (roles and c in computed)]
        if len(heads) != len(values) or not values:
            continue
        at = [placed[k][n] for n in heads]
        if at == values or any(c > v for c, v in zip(at, values, strict=True)) or (
                len(set(at)) == len(at) and set(at) <= set(valued)):
            continue
        moved = dict(zip(heads, values, strict=True))
        out[k] = [Segment(columns[moved[n]][0], columns[moved[n]][1], s.text) if n in moved else s
                  for n, s in enumerate(block[k])]
    return out


def _header_over_gutter(block: list[list[Segment]], columns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The columns with neighbours that no line fills both of joined (and columns no line fills at all), when only
    header lines fill one and only body lines the other (a value header centred over numbers aligned right that
    pdftotext pushed right by the wide text before them: `実績値` at 79, its values ending at 89), a text of one
    runs into the other (a valley between numbers of one column, `1.36` at 86-90 beside `96` at 87-89), or both
    stand left of the cut after the `No.` header, or both print values only, on lines of their own (a short target
    `0` that pdftotext placed right of the others under `目標値`): their gutter is no column boundary. Two columns
    each under a header text of its own stay apart."""
    band = set(_header_band(block))
    if not band:
        return columns
    numbered = [cut.at for cut in _header_cuts(block, columns) if cut.numbered]
    filled: list[set[int]] = [set() for _ in columns]
    spans: list[list[Segment]] = [[] for _ in columns]
    heads: list[list[Segment]] = [[] for _ in columns]
    for k, segs in enumerate(block):
        for s, c in zip(segs, _pushed_on(segs, columns), strict=True):
            filled[c].add(k)
            spans[c].append(s)
            if k in band:
                heads[c].append(s)
    groups = [[c] for c in range(len(columns))]
    c = 0
    while c + 1 < len(groups):
        left, right = (set().union(*(filled[i] for i in group)) for group in groups[c:c + 2])
        start, end = columns[groups[c + 1][0]][0], columns[groups[c][-1]][1]
        crossing = any(s.end > start for s in spans[groups[c][-1]]) or any(
            s.start < end for s in spans[groups[c + 1][0]])
        # a row number's cut parts the numbers from the next column; numbers left of it are one column's
        apart = any(end <= at <= start for at in numbered)
        numbers = any(columns[groups[c + 1][-1]][1] <= at for at in numbered)
        headed = bool(left & band), bool(right & band)
        stacked = _stacked_header(left, band, [s for i in groups[c] for s in spans[i]],
                                  [s for i in groups[c + 1] for s in heads[i]]) or _stacked_header(
            right, band, [s for i in groups[c + 1] for s in spans[i]], [s for i in groups[c] for s in heads[i]])
        if not (left and right) or (not left & right and not apart and stacked) or (
                not left & right and not apart and not all(headed) and (
                numbers or crossing or (left <= band and not right & band) or (right <= band and not left & band)
                or (any(headed) and _pushed_aside(spans[groups[c][-1]], spans[groups[c + 1][0]],
                                                  [s for i in groups[c] + groups[c + 1] for s in heads[i]]))
                or (any(headed) and all(is_value(s.text) for i in groups[c] + groups[c + 1]
                                        for s in spans[i] if s not in heads[i])))):
            groups[c:c + 2] = [groups[c] + groups[c + 1]]
        else:
            c += 1
    out = [(columns[g[0]][0], columns[g[-1]][1]) for g in groups]
    return _goal_labels_joined(block, out if _collisions(block, out) <= _collisions(block, columns) else columns)


def _stacked_header(filled: set[int], band: set[int], texts: list[Segment], beside: list[Segment]) -> bool:
    """A column that only header lines fill, each of its texts standing within a header text of the column beside
    it (`目標` at 81-85 over `(令和10年)` at 81-91, the rows' values at 84-91): a role word and its year printed on two
    header lines of one column, which a gutter found with a tolerance cut apart. A header spanning two columns is
    wider than either's own header text below it, and stays apart."""
    return bool(texts) and filled <= band and all(
        any(o.start <= s.start and s.end <= o.end for o in beside) for s in texts)


#: Positions between a column's texts and a header-less column's beside it, on other lines, that are one column's
#: texts pushed apart (pdftotext places each line's text by the width of the text before it: a grade `D` after a
#: wide `10,000` two positions left of the other rows' grades under `評価`).
PUSH_DRIFT = 2


def _pushed_aside(left: list[Segment], right: list[Segment], heads: list[Segment]) -> bool:
    """The texts of two neighbouring columns stand at most PUSH_DRIFT positions apart, and none is wider than the
    header text over them: the cells of one narrow column (grades under `評価`), not names beside a value column."""
    width = max((s.end - s.start for s in heads), default=0)
    return (bool(left and right) and min(s.start for s in right) - max(s.end for s in left) <= PUSH_DRIFT
            and all(s.end - s.start <= width for s in left + right))


def _goal_labels_joined(block: list[list[Segment]], columns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The columns with a column without header whose texts are all numbered goal labels (`基本目標１`) joined to
    the goal column right of it: the label and the title of one goal cell (`基本目標１   稼ぐ力を高める` under a
    `基本目標` centred over both), which pdftotext keeps apart as far as two columns."""
    band = set(_header_band(block))
    texts: list[list[Segment]] = [[] for _ in columns]
    headers: list[list[str]] = [[] for _ in columns]
    for k, segs in enumerate(block):
        for s, c in zip(segs, _pushed_on(segs, columns), strict=True):
            (headers[c].append(s.text) if k in band else texts[c].append(s))
    out = list(columns)
    for c in range(len(columns) - 2, -1, -1):
        if (texts[c] and not headers[c] and all(_goal_label([s]) for s in texts[c])
                and any(header_role(h) in GOAL_COLUMN_ROLES for h in headers[c + 1])):
            out[c:c + 2] = [(out[c][0], out[c + 1][1])]
    return out


def _leading_misfits(block: list[list[Segment]], columns: list[tuple[int, int]]) -> int:
    """How many lines at the top of the block are no table rows: blank lines and lines whose segments the columns
    put together (a title `市名   総合戦略   …`, a goal heading `基本目標３   …` above the header). Their text is
    read around the table instead, where a heading is a heading and a title no header line. Only when the columns
    fit every line below them; a line of header words is the table's own (`No. 指標名` over one column)."""
    lead = 0
    while lead < len(block) and (not block[lead] or _collisions([block[lead]], columns)) and not (
            len(block[lead]) >= 2 and _header_line(block[lead])):
        lead += 1
    while lead and not block[lead - 1]:
        lead -= 1  # a blank line directly above the table stays with it
    if lead >= len(block) or not any(block[lead:]) or _collisions(block[lead:], columns):
        lead = 0  # the columns fit the rest no better: they do not tell a heading from a header line
    # a caption over the header (`_caption_lines`) is read around the table too, wherever its texts fall
    captions = _caption_lines(block)
    above = 0
    while above < len(block) and (not block[above] or above in captions):
        above += 1
    while above and not block[above - 1]:
        above -= 1
    return max(lead, above if above < len(block) else 0)


def _prose_line(block: list[list[Segment]], columns: list[tuple[int, int]]) -> int | None:
    """The first line right under a table row that is one text from the left margin over a whole column beside its
    own, without a space: a paragraph after the table (`また、…を広げます。`), not a wrapped cell, which stays in its
    column or at most runs into the next one, nor a name one space from its value (`…感じてい ６８．２％`), nor a goal
    band across the table between its rows (`基本目標Ⅳ：安心して暮らせる魅力的なまちをつくる`: the table goes on), nor a
    note under a row with rows after it (`※…`, `ingest.text.furniture.beside_cells`; `_rows_after_note`)."""
    above: list[Segment] = []
    for k, segs in enumerate(block):
        if (len(segs) == 1 and segs[0].start <= MARGIN and " " not in segs[0].text and len(above) >= 2
                and goal_level(segs[0].text) is None
                and not (beside_cells(segs[0].text) and any(len(later) >= 2 for later in block[k + 1:]))
                and not _collisions([above], columns)
                and any(segs[0].start < a and b <= segs[0].end for a, b in columns[1:])):
            return k
        above = segs or above
    return None


def _beside_cells(segs: list[Segment]) -> bool:
    """The line is a note or a page number among a table's rows (`ingest.text.furniture.beside_cells`), no cell."""
    return bool(segs) and beside_cells(" ".join(s.text for s in segs))


def _choose(blocks: dict[bool, list[list[Segment]]], previous: tuple[bool, list[tuple[int, int]]] | None
            ) -> tuple[bool, list[tuple[int, int]]] | None:
    """The measure (characters or display width) and the columns that fit a block best, or None without two
    columns."""
    # lines over the header (a title, a goal heading: full-width texts that line up under the display width in a
    # pdftotext page too) say nothing of the table's measure
    top = next(iter(_header_band(blocks[False])), 0)
    shares = {measure: _aligned_share(blocks[measure][top:]) for measure in (False, True)}
    # a tie of lines that do line up (a page of few rows under lines of ASCII years) says nothing of the measure:
    # the page before's holds, since one document's pages print in one measure (a block of one row, lining up
    # with nothing, is left to the comparison with the earlier columns below)
    wide = shares[True] > shares[False] or (shares[True] == shares[False] > 0 and previous is not None
                                            and previous[0])
    # the columns are the header's and the rows': a caption above them is left out (`_caption_lines`), and so is a
    # goal band between the rows under the header (`_goal_band`)
    captions = _caption_lines(blocks[wide])
    # ...and so is a note or a page number among the rows, which may run over their gutters (`注）端数処理の…`)
    body = max(_header_band(blocks[wide]), default=len(blocks[wide])) + 1
    block = [[] if k in captions or _beside_cells(segs) or (k >= body and _goal_band(segs)) else segs
             for k, segs in enumerate(blocks[wide])]
    strict = _columns(block, 0.0)
    lines = sum(1 for segs in block if segs)
    # columns that fit at least half the lines may still hide a gutter a few notes run over; in columns that fit
    # fewer (a sheet whose columns drift) a valley is no more a gutter than anything else
    refined = _valleys(block, strict) if _collisions(block, strict) <= lines / 2 else strict
    own = [c for c in (strict, _columns(block, GUTTER_TOLERANCE), refined) if len(c) >= 2]
    best = min(own, key=lambda columns: _score(block, columns, 0), default=None)
    if best is None or _collisions(block, best) > GUTTER_TOLERANCE * lines:
        # most lines put two cells in one column: a title or heading over the table hides a gutter of its rows,
        # and a goal heading's texts (`基本目標１   村の産業を…`) that run over the rows' columns count for nothing
        headings = _caption_lines(block, headings=True)
        # a line of one text run across the rows' columns (a goal band, a note under a row, a footnote) straddles
        # them whatever they are: the rows' columns are judged by the lines that print cells
        bare = [[] if k in headings or len(segs) < 2 else segs for k, segs in enumerate(block)]
        for core in (_columns(rows, 0.0) for rows in _cores(block)):
            if len(core) >= 2 and (best is None or _score(bare, core, 0) < _score(bare, best, 0)):
                best = core
    if best is None:
        return None
    chosen = (wide, best)
    if previous is not None and len(previous[1]) >= 2:
        # a goal band between the rows runs over any columns: it says nothing of which columns fit
        earlier = [[] if _goal_band(segs) else segs for segs in blocks[previous[0]]]
        foreign = _splits(earlier, chosen[1], previous[1]) if previous[0] == wide else 1
        if _score(earlier, previous[1], min(foreign, 1)) < _score(block, chosen[1], 0):
            chosen = previous
    return chosen


def _starts_value(right: str, left: str) -> bool:
    """The text after a single space opens a value (a digit, or a dash placeholder standing alone: `感じる －`) and
    the text before it closes every bracket it opens: `感じてい ６８．２％` may be two cells, `（令和 5 年度）` and
    `79.4 歳` are one. Two bracketed remarks side by side are two cells too: the year lines under two values
    (`（平成 30 年度） （令和３年度）`), whose first one overran its column. So is a department after a value
    (`県内 5 位以内 企画課`: a browser page or a sheet prints the 担当課 column one space after the last value)."""
    word = right.split(" ")[0]
    if _department_after_value(right, left):
        return True
    if right[:1] in ANY_OPENING_BRACKETS:
        return left[-1:] in ANY_CLOSING_BRACKETS and bracket_depth(left) == 0
    return ((right[:1].isdigit() or is_dash_run(word))
            and bracket_depth(left) <= 0)


def _department_after_value(right: str, left: str) -> bool:
    """`right` is a department after a text printing a value (`県内 5 位以内 企画課`); `1,591 部` is a number and its
    unit (部 counts copies), no department."""
    return is_department(right, short=True) and not is_unit_word(right) and any(ch.isdigit() for ch in nfkc(left))


def _split_at_columns(block: list[list[Segment]], columns: list[tuple[int, int]]) -> list[list[Segment]]:
    """Segments that run out of their column split at a single space where a value begins: two cells one
    space apart across a gutter (`市が住みよいと感じてい ６８．２％`, a name wrapped to the width of its column,
    then its line's value; `…と感じる －`, a placeholder pushed into the gutter), which the columns of the whole
    table tell apart. Only when every piece then stands in exactly one column, the last one possibly in the gutter
    after it."""
    out = []
    for segs in block:
        line: list[Segment] = []
        for s in segs:
            pieces = [s]
            for (_, end), (start, next_end) in pairwise(columns):
                last = pieces[-1]
                if not (last.start < start - 1 < last.end or last.start < end < last.end <= start):
                    continue
                if last.end > next_end + 1:
                    continue  # a sentence running on over the next column (a note under the table) is no value
                # pdftotext places a character within one position of its column, or further right when the text
                # before it is wider than its own column (`…増えると感じている児 89.9％`): the last single space past
                # the end of the segment's own column (`女性 79.89 歳` in a value column is one cell) and before the
                # next column start, or within one position after it, whose right part opens a value
                for at in range(min(start - last.start, len(last.text) - 2), max(end - 1 - last.start, 0), -1):
                    if (last.text[at] == " " and last.text[at - 1] != " "
                            and _starts_value(last.text[at + 1:], last.text[:at])):
                        gap = last.start + at
                        pieces[-1:] = [Segment(last.start, gap, last.text[:at]),
                                       Segment(gap + 1, last.end, last.text[at + 1:])]
                        break
            # a note over the whole width stays whole, and so does a value whose label stands in the gutter
            # before its column (`男性 79.4歳`)
            spans = [sum(1 for a, b in columns if piece.start < b and a < piece.end) for piece in pieces]
            fits = all(n == 1 for n in spans[:-1]) and (spans[-1] == 1 or (len(pieces) > 1 and spans[-1] == 0))
            line += pieces if fits else [s]
        out.append(line)
    return out


def _two_up(block: list[list[Segment]]) -> int | None:
    """Where a block holds two tables side by side (an A3 page printed two-up, layouts 41): the start of the right
    table, when a line's texts repeat in its right half (the header printed over each table: different texts,
    the first no value) and no text of any line crosses that position. None otherwise."""
    for segs in block:
        half = len(segs) // 2
        texts = [s.text for s in segs[:half]]
        if half < 2 or len(segs) != 2 * half or texts != [s.text for s in segs[half:]]:
            continue
        if len(set(texts)) < half or any(ch.isdigit() for ch in texts[0]):
            continue  # values repeated along a row (`366日  366日  366日  366日`) are no header printed twice
        cut = segs[half].start
        if not any(s.start < cut < s.end for line in block for s in line):
            return cut
    return None


def _halves(blocks: dict[bool, list[list[Segment]]], cut: int) -> list[dict[bool, list[list[Segment]]]]:
    """The block's lines left of `cut` and from `cut` on, as two blocks (measured in characters)."""
    block = blocks[False]
    return [{wide: [[s for s in segs if (s.start < cut) == left] for segs in block] for wide in (False, True)}
            for left in (True, False)]


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every block of aligned lines with at least two columns, as a grid of one row per line.

    The columns of the block before are a candidate too: a table continued on the next page may leave a column
    empty or too few gutters to find its columns alone; when the earlier columns fit its lines and split none of
    its own columns, they are kept, so that the interpreter can join the two parts. Lines at the top that the
    columns do not fit (a title, a heading) are left out of the table, a paragraph line across the columns
    ends it (the lines after it are a block of their own), two tables side by side become one grid of the left
    table's rows then the right table's, and cells one space apart across a column start are split."""
    tables = []
    previous: tuple[bool, list[tuple[int, int]]] | None = None
    running = running_titles(lines)  # page furniture between two pages' lines, as a blank line is
    lines = ["" if line.strip() in running else line for line in lines]
    pending = list(reversed(_blocks(lines)))
    while pending:
        first, last = pending.pop()
        blocks = {wide: _upright_words([segments(line, wide) for line in lines[first:last + 1]])
                  for wide in (False, True)}
        chosen = _choose(blocks, previous)
        if chosen is None:
            continue
        blocks, chosen = _refined(blocks, chosen)
        prose = _prose_line(blocks[chosen[0]], chosen[1])
        if prose is not None:
            parts = [(first + prose + 1, last), (first, first + prose - 1)]
            pending += [(a, b) for a, b in parts if sum(len(segments(line)) >= 2 for line in lines[a:b + 1]) >= 2]
            continue
        cut = _two_up(blocks[False])
        if cut is not None:
            # the left table's rows, then the right table's: each keeps its heading above its own header
            rows = []
            for part in _halves(blocks, cut):
                chosen = _choose(part, None)
                if chosen is None:  # a half whose lines line up in no two columns: each line one text, kept
                    rows += [(first + k + 1, [" ".join(s.text for s in segs)]) for k, segs in enumerate(part[False])]
                    continue
                lead = _leading_misfits(part[False], chosen[1])  # the half's heading: one text above its table
                rows += [(first + k + 1, [" ".join(s.text for s in segs)]) for k, segs in enumerate(part[False][:lead])]
                chosen = _choose({wide: block[lead:] for wide, block in part.items()}, None) or chosen
                rows += [(first + lead + k + 1, cells) for k, cells in enumerate(_cells(part[False][lead:], chosen[1]))]
            previous = None
            tables.append(TextTable(first, last, grid_from_rows(rows, ENGINE)))
            continue
        lead = _leading_misfits(blocks[chosen[0]], chosen[1])
        if lead:
            first += lead
            blocks = {wide: block[lead:] for wide, block in blocks.items()}
            chosen = _choose(blocks, previous) or chosen
            blocks, chosen = _refined(blocks, chosen)
        before, previous = previous, chosen
        block = blocks[chosen[0]] if chosen[0] else _split_at_columns(blocks[False], chosen[1])
        rows = [(first + k + 1, cells) for k, cells in enumerate(_cells(block, chosen[1]))
                if not _before_carried_years(lines, first + k)]
        grid = grid_from_rows(rows, ENGINE)
        if read_layout(grid) is None and before is not None and before[0] == chosen[0]:
            # no header: a table continued from the page before, whose page pdftotext scaled otherwise
            placed = _rescaled(chosen[1], before[1])
            if placed is not None:
                rows = [(line, _placed(cells, placed, before[1])) for line, cells in rows]
                grid = grid_from_rows(rows, ENGINE)
                previous = before
            elif chosen[1] == before[1]:
                rows = [(line, _cut_as_before(cells, chosen[1])) for line, cells in rows]
                grid = grid_from_rows(rows, ENGINE)
        turned = _sideways(rows) if read_layout(grid) is None else None
        if turned is not None:
            tables.append(TextTable(turned[0] - 1, last, turned[1]))
            continue
        if _header_over_one_text_lines(grid, lines):
            previous = before
            continue
        grid.uncertain |= _roles_off_years(grid) or _years_before_roles(grid) or _name_header_joined(block, chosen[1])
        off = _off_column_lines(block, chosen[1])
        grid.uncertain_rows |= {r for r, (line, _) in enumerate(rows) if line - first - 1 in off}
        grid.uncertain_rows |= _years_off_values(grid)
        tables.append(TextTable(first, last, grid))
    _join_cut_names(tables, lines)
    _parents_over_page(tables, lines)
    _sentence_tails(tables, lines)
    for table in tables:
        table.grid.autospaced = True  # pdftotext prints an office program's Asian–Western gap as a space
    return tables


def _values_in_gutters(segs: list[Segment], columns: list[tuple[int, int]]) -> bool:
    """Most of a line's values, two or more, stand wholly in the gutters between the columns the other lines fill:
    the line is printed off the table's columns (a segment row `　男` indented by a full-width space, each value two
    positions right of its column), so which column each value is the nearest to is a guess."""
    values = [s for s in segs if _starts_value(s.text, "") or is_value(s.text)]
    apart = [s for s in values if not any(s.start < b and a < s.end for a, b in columns)]
    return len(apart) >= 2 and 2 * len(apart) >= len(values)


def _off_column_lines(block: list[list[Segment]], columns: list[tuple[int, int]]) -> set[int]:
    """The lines of the block whose values stand in gutters (`_values_in_gutters`): of the block's columns, and for
    a line opening with a label indented off the block's left edge (a segment row `　男`, `うち女性`) of the columns
    the block's other lines fill: two such lines, each value two positions right of its column, widen the columns
    to take them in."""
    off = {k for k, segs in enumerate(block) if _values_in_gutters(segs, columns)}
    left = min((segs[0].start for segs in block if len(segs) >= 2), default=0)
    indented = {k for k, segs in enumerate(block) if len(segs) >= 2 and segs[0].start > left and k not in off
                and not _header_line(segs) and not is_value(segs[0].text) and not _starts_value(segs[0].text, "")}
    if indented:
        others = _columns([[] if k in indented else segs for k, segs in enumerate(block)], 0.0)
        off |= {k for k in indented if _values_in_gutters(block[k], others)}
    return off


def _years_off_values(grid: Grid) -> set[int]:
    """The grid rows of a row's values and of the line of years under them (`2021(R3)年度  2025(R7)年度`) when a
    year stands in a column where the row prints no value (under its grade `×`): the columns put the values and
    their years apart, so which value each year dates is a guess."""
    layout = read_layout(grid)
    if layout is None:
        return set()
    matrix = grid.matrix()
    out: set[int] = set()
    for k in range(layout.header_end + 1, len(matrix)):
        years = [c for c, text in enumerate(matrix[k]) if text.strip()]
        if not years or not all(_year_text(matrix[k][c]) for c in years):
            continue
        above = next((j for j in range(k - 1, max(layout.header_end, k - 1 - MAX_TRAILING_LINES) - 1, -1)
                      if any(matrix[j][c].strip() for c in range(len(matrix[j])))), None)
        if above is None or _year_text_row(matrix[above]):
            continue
        if any(not (is_value(matrix[above][c]) or is_stand_in(matrix[above][c]) or _starts_value(matrix[above][c], ""))
               for c in years):
            out |= {above, k}
    return out


def _year_text(text: str) -> bool:
    """A cell naming a period alone, bracketed or not (`2021(R3)年度`, `（2016年）`), or a western year alone in
    brackets (`(2017)`: a year line under values; unbracketed, the same digits may be a value)."""
    folded = compact(text).strip("()（）")
    if compact(text)[:1] in "(（" and bare_header_year(compact(text)) is not None:
        return True
    return bool(folded) and parse_period(folded) is not None and not names_role(text)


def _year_text_row(cells: list[str]) -> bool:
    """Every filled cell of the row names a period alone."""
    filled = [text for text in cells if text.strip()]
    return bool(filled) and all(_year_text(text) for text in filled)


def _header_over_one_text_lines(grid: Grid, lines: list[str]) -> bool:
    """A header whose lines under it each print one text, no gap (cells joined by single spaces, pdfplumber's
    text): its gaps were ideographic spaces inside header cells (`目標値　（R7）`) or beside a heading, no gutters
    every row leaves, so no aligned table stands there (a row cut where a column happens to start is no sign of
    one); a reader of single-space rows reads its lines."""
    layout = read_layout(grid)
    if layout is None:
        return False
    body = {cell.line for cell in grid.cells if cell.row >= layout.header_end and cell.line and cell.text.strip()}
    return bool(body) and all(len(segments(lines[line - 1])) < 2 for line in body)



def _name_header_joined(block: list[list[Segment]], columns: list[tuple[int, int]]) -> bool:
    """A header line prints the name column's word and another column's word apart, and the columns join them into
    one (`評価の理由` and `評価指標` over reasons set in the middle of their cells, which bridge the gutter): whose
    text of each row is the name is a guess, and every value of the table is uncertain."""
    for k in _header_band(block):
        roles: dict[int, set[str]] = {}
        for s in block[k]:
            roles.setdefault(_column_of(s, columns), set()).add(header_role(s.text))
        if any(NAME in found and len(found - {NAME, OTHER}) > 0 for found in roles.values()):
            return True
    return False


def _roles_off_years(grid: Grid) -> bool:
    """A value column whose header names a role but no year, under which no row prints anything, right before a
    value column whose header names a year: the role words stand a column off the years and values (a band word
    and the first role word start where the first year's cell does, its values printed flush right further on, so
    they fall in a column of their own): which role each value has is a guess. A header without rows under it (its
    rows printed after a gap, read as the next table's) shows no column empty: nothing to judge."""
    layout = read_layout(grid)
    if layout is None:
        return False
    filled = {cell.col for cell in grid.cells if cell.row >= layout.header_end and cell.text.strip()}
    values = {column.index: column for column in layout.of(VALUE)}
    return bool(filled) and any(index not in filled and index + 1 in values and names_role(column.header)
               and not _names_year(column.header) and _names_year(values[index + 1].header)
               for index, column in values.items())


def _years_before_roles(grid: Grid) -> bool:
    """The first value column's header names a year and no role, the next one's a role and a year (`Ｒ３` |
    `計画策定時` over `Ｒ４`): the role words stand a column off the years (a header row printed without the leading
    blank its cells' places need, the rows under it placed by the years): which role each value has is a guess.
    Years without a role after the first column are a group's (`実績値` over `Ｒ４` `Ｒ５`), none before it."""
    layout = read_layout(grid)
    if layout is None:
        return False
    values = sorted(layout.of(VALUE), key=lambda column: column.index)
    return len(values) > 1 and values[1].index == values[0].index + 1 and _names_year(values[0].header) \
        and not names_role(values[0].header) and names_role(values[1].header) and _names_year(values[1].header)


def _names_year(header: str) -> bool:
    """A line of the column's header names a period alone."""
    return any(names_period(line) for line in header.splitlines())


#: Lines after a table searched for the rest of a name a page break cut (blank lines, the page number, the page
#: break, the header repeated on the next page).
MAX_CUT_GAP = 12


def _cut_name_rest(lines: list[str], after: int, column: int | None) -> list[int]:
    """The lines after `after` (a table's last row) that hold the rest of its name cut by a page break: the first
    text line past the page break, the page number and a repeated header, when it is one text and no sentence, at
    the left margin or where the cut name starts (`column`, a name column right of goal or kind columns); and the
    lines right under it that are one text starting there too (the rest wrapped again: `おける歩` / `行者等通行量`).
    Empty when no page break comes first or the line is anything else."""
    broken = False
    for j in range(after + 1, min(len(lines), after + 1 + MAX_CUT_GAP)):
        if lines[j] == PAGE_BREAK:
            broken = True
            continue
        segs = segments(lines[j])
        if not segs or page_number_line(lines[j].strip()) or _header_line(segs):
            continue
        if not (broken and _name_rest(segs, column)):
            return []
        found = [j]
        while (len(found) <= MAX_TRAILING_LINES and j + len(found) < len(lines)
               and _name_rest(segments(lines[j + len(found)]), segs[0].start if segs[0].start > MARGIN else None)):
            found.append(j + len(found))
        return found
    return []


def _name_rest(segs: list[Segment], column: int | None) -> bool:
    """A line of one text, no sentence nor value, at the left margin or starting at `column` (within a position)."""
    if len(segs) != 1 or bracket_depth(segs[0].text) != 0 or _starts_value(segs[0].text, ""):
        return False
    return segs[0].start <= MARGIN or (column is not None and abs(segs[0].start - column) <= 1)


def _join_cut_names(tables: list[TextTable], lines: list[str]) -> None:
    """A table whose last row's name ends open (a particle: `市の移住支援制度を`, see `open_name`) right before a
    page break takes the first text lines of the next page as the rest of that name (`利用して転入した世帯数`), as
    the -raw reader does; the lines leave the table that holds them (the next page's, under its repeated header).
    Which lines go on a name across a page cannot be seen for sure: the joined row is flagged uncertain (its lines,
    `Grid.uncertain_rows`), the table's other rows are not."""
    for table in tables:
        grid = table.grid
        last_row = max((c.row for c in grid.cells if c.text.strip()), default=None)
        if last_row is None:
            continue
        filled = sorted((c for c in grid.cells if c.row == last_row and c.text.strip()), key=lambda c: c.col)
        layout = read_layout(grid)
        names = [column.index for column in layout.of(NAME)] if layout else []
        name = next((c for c in filled if c.col in names), None) if names else (filled[0] if filled else None)
        if len(filled) < 2 or name is None:
            continue
        line = grid.line_of(last_row)
        printed = [s for s in segments(lines[line - 1]) if s.text == name.text.split("\n")[-1]] if line else []
        rest = _cut_name_rest(lines, table.last, printed[0].start if printed else None) if open_name(name.text) else []
        if not rest:
            if layout is not None and _join_split_row(table, tables, lines, layout, last_row):
                grid.uncertain_rows.add(last_row)
            continue
        text = "\n".join(segments(lines[j])[0].text for j in rest)
        grid.cells[grid.cells.index(name)] = replace(name, text=f"{name.text}\n{text}")
        grid.uncertain_rows.update({name.row, last_row})
        for j in rest:
            holder = next((t for t in tables if t.first <= j <= t.last), None)
            if holder is None:
                table.last = max(table.last, j)
            else:
                holder.grid.cells = [c for c in holder.grid.cells if c.line != j + 1]


def _parents_over_page(tables: list[TextTable], lines: list[str]) -> None:
    """A table's last line, a name alone at the foot of a page under a row of values, whose table goes on past the
    page break with segment rows (`健康診査の受診率` / page break / header / `うち男性  55.2 …`): the segments'
    parent, never the wrapped end of the name above it. The line moves to the next page's table, over its first
    segment row, where the row reader reads it as their parent (`ingest.table.rows._segment_parents`)."""
    for table, after in pairwise(tables):
        layout, later = read_layout(table.grid), read_layout(after.grid)
        if layout is None or later is None or not layout.of(NAME) or not later.of(NAME):
            continue
        grid, names = table.grid, {c.index for c in layout.of(NAME)}
        rows = [r for r in range(grid.n_rows) if any(t.strip() for t in _row_texts(grid, r))
                and not page_number_line(" ".join(_row_texts(grid, r)).strip())]
        if len(rows) < 2 or rows[-2] < layout.header_end:
            continue
        last, above = rows[-1], rows[-2]
        filled = [c for c in grid.cells if c.row == last and c.text.strip()]
        values = {c.index for c in layout.of(VALUE)}
        # the name may stand beside its own text cells (its reason, its department: `ふるさと納税の寄附額  子育て
        # 支援課`), but beside no value and in no column without a header role the next page's header has too
        own = [c for c in filled if c.col in names]
        roles = {column.index: column.role for column in layout.columns}
        beside = [c for c in filled if c.col not in names]
        if (len(own) != 1 or is_value(own[0].text) or own[0].line is None
                or any(c.col in values or is_value(c.text) or roles.get(c.col, NAME) in (NAME, VALUE)
                       or len(later.of(roles[c.col])) != 1 for c in beside)
                or not any(c.row == above and c.col in values and c.text.strip() for c in grid.cells)):
            continue
        filled = own
        first = next((r for r in range(later.header_end, after.grid.n_rows)
                      if any(t.strip() for t in _row_texts(after.grid, r))), None)
        line = after.grid.line_of(first) if first is not None else None
        name = later.of(NAME)[0].index
        if (first is None or line is None or PAGE_BREAK not in lines[filled[0].line:line - 1]
                or breakdown_segment(after.grid.text_at(first, name) or "") is None
                or not any(c.row == first and c.col in {v.index for v in later.of(VALUE)} and c.text.strip()
                           for c in after.grid.cells)):
            continue
        grid.cells = [c for c in grid.cells if c.row != last]
        moved = after.grid
        moved.cells = [replace(c, row=c.row + 1) if c.row >= first else c for c in moved.cells]
        moved.cells.append(GridCell(first, name, filled[0].text, line=filled[0].line))
        moved.cells += [GridCell(first, later.of(roles[c.col])[0].index, c.text, line=c.line) for c in beside]
        moved.uncertain_rows = {r + 1 if r >= first else r for r in moved.uncertain_rows}
        moved.n_rows += 1


def _row_texts(grid: Grid, row: int) -> list[str]:
    """The texts of the cells starting on grid row `row`, left to right."""
    return [c.text for c in sorted(grid.cells, key=lambda c: c.col) if c.row == row]


def _sentence_tails(tables: list[TextTable], lines: list[str]) -> None:
    """A table whose last line leaves a trailing cell unfinished (a reason ending no sentence: `…十分ではない`, the
    page full) goes on over the lines after it that end the sentence (`ことが原因である` / `と捉えている。` at the
    top of the next page), each one text printed in that cell's column (its start within TAIL_SHIFT of the cell's)
    and no wider (`broken_rows.tail_column`): they become lines of that column under the table's last. Such lines
    printed where no unfinished cell is (another column, a cell ended) are told (`Grid.told`), not dropped. A
    paragraph (at the margin, or wider), a note, a heading or another table's lines are no tail."""
    for table in tables:
        grid, layout = table.grid, read_layout(table.grid)
        tail = _tail_lines(lines, table.last, tables)
        if layout is None or not layout.of(VALUE) or not tail:
            continue
        right = max(column.index for column in layout.of(VALUE))
        starts: dict[int, tuple[int, GridCell]] = {}  # trailing column → where its lowest cell starts, that cell
        widths: dict[int, int] = {}
        for cell in sorted(grid.cells, key=lambda c: c.row):
            text = cell.text.strip()
            found = [s for s in segments(lines[cell.line - 1]) if s.text == text] if cell.line and text else []
            if cell.col > right and found:
                starts[cell.col] = (found[0].start, cell)
                widths[cell.col] = max(widths.get(cell.col, 0), display_width(text))
        last_row = max((c.row for c in grid.cells if c.text.strip()), default=-1)
        at = tail[0][1].start
        near = min(starts, key=lambda c: abs(starts[c][0] - at), default=None)
        texts = [segment.text for _, segment in tail]
        col, _ = (None, False) if near is None or abs(starts[near][0] - at) > TAIL_SHIFT \
            or starts[near][1].row != last_row else tail_column([(near, starts[near][1].text, widths[near])], texts)
        if col is None:
            grid.told += ((tail[0][0] + 1, f"{texts[0]!r} ends a sentence after the table where no cell of its last "
                                           "row is left unfinished: read into no cell"),)
            continue
        grid.cells += [GridCell(grid.n_rows + k, col, segment.text, line=j + 1) for k, (j, segment) in enumerate(tail)]
        grid.n_rows += len(tail)
        table.last = tail[-1][0]


def _tail_lines(lines: list[str], after: int, tables: list[TextTable]) -> list[tuple[int, Segment]]:
    """The lines after line `after` (a table's last, 0-based) past blank lines, a page break and a page number
    that may be the tail of a sentence: up to MAX_TAIL_LINES lines of one indented text each (none a note, a
    heading, a value or another table's), the last ending a sentence; empty when they are no such run."""
    run: list[tuple[int, Segment]] = []
    j = after + 1
    while j < min(len(lines), after + 1 + MAX_CUT_GAP) and len(run) < MAX_TAIL_LINES:
        text = lines[j].strip()
        if not text or page_number_line(text):
            if run:
                return []
            j += 1
            continue
        segs = segments(lines[j])
        if any(t.first <= j <= t.last for t in tables) or len(segs) != 1 or segs[0].start <= MARGIN \
                or text.startswith(NOTE_MARKS) or goal_level(text) is not None or _starts_value(text, ""):
            return []
        run.append((j, segs[0]))
        if text.endswith(SENTENCE_ENDINGS):
            return run
        j += 1
    return []


def _join_split_row(table: TextTable, tables: list[TextTable], lines: list[str], layout: TableLayout,
                    last_row: int) -> bool:
    """A table row the page break split (an office program breaks a tall row across pages): the table goes on
    under its header repeated on the next page, and the lines there before its first value row hold text cut
    off from the previous page's last row (`加者数` of `…講座への参` / `加者数`). Name text on those lines that a line
    without name text parts from the first value row's name cannot be that row's name (a cell's lines are
    adjacent): those lines are moved, column by column, onto the last row, and True is returned. The caller flags
    that row uncertain: where it was cut cannot be seen for sure."""
    gap = lines[table.last + 1:]
    end = next((k for k, line in enumerate(gap) if line.strip() and line != PAGE_BREAK
                and not page_number_line(line.strip())), len(gap))
    holder = next((t for t in tables if t.first == table.last + 1 + end), None)
    if PAGE_BREAK not in gap[:end] or holder is None:
        return False
    continued = read_layout(holder.grid)
    if continued is None or _roles(continued) != _roles(layout):
        return False
    values = {c.index for c in continued.of(VALUE)}
    names = {c.index for c in continued.of(NAME)}
    texts = {(c.row, c.col): c for c in holder.grid.cells if c.text.strip()}
    first_value = next((r for r in range(continued.header_end, holder.grid.n_rows)
                        if any((r, col) in texts for col in values)), None)
    if first_value is None or not any((first_value, col) in texts for col in names):
        return False
    top = first_value
    while top - 1 >= continued.header_end and any((top - 1, col) in texts for col in names):
        top -= 1  # the first value row's own name, wrapped over the lines above it
    named = [r for r in range(continued.header_end, top) if any((r, col) in texts for col in names)]
    if not named or named[-1] == top - 1:
        return False
    moved = range(continued.header_end, named[-1] + 1)
    to_earlier = {new.index: old.index for new, old in zip(continued.columns, layout.columns, strict=True)}
    pieces = [c for (row, _), c in sorted(texts.items()) if row in moved]
    if any(c.col not in to_earlier for c in pieces):
        return False
    grid = table.grid
    for piece in pieces:
        col = to_earlier[piece.col]
        cell = grid.cell_at(last_row, col)
        if cell is None:
            grid.cells.append(GridCell(last_row, col, piece.text, line=grid.line_of(last_row)))
        else:
            joined = f"{cell.text}\n{piece.text}" if cell.text.strip() else piece.text
            grid.cells[grid.cells.index(cell)] = replace(cell, text=joined)
    lines_moved = {c.line for c in holder.grid.cells if c.row in moved}
    holder.grid.cells = [c for c in holder.grid.cells if c.line not in lines_moved]
    return True


def _roles(layout: TableLayout) -> tuple[tuple[str, str], ...]:
    """What each column of a table is, its value columns by their header too: a table and its part on the next
    page under the header repeated match (a header band may take a body line in one part, not the other)."""
    return tuple((c.role, compact(c.header) if c.role == VALUE else "") for c in layout.columns)


#: Page scales tried for a continued table's columns (pdftotext scales each page's positions by its own text).
MIN_PAGE_SCALE, MAX_PAGE_SCALE = 0.6, 1.6
#: How far (in positions of the earlier page) a rescaled column's centre may stand outside the earlier column.
RESCALE_TOLERANCE = 1.5


def _rescaled(own: list[tuple[int, int]], earlier: list[tuple[int, int]]) -> list[int] | None:
    """For a block without header that has fewer columns than the table before it: the earlier column each of its
    columns is, when one scale of positions (another page's, pdftotext measures each page anew) puts every column's
    centre into a different earlier column, in order (`1,059人` at 13, 23, 33… under columns at 13, 24, 35…, its
    reason column empty on this page). The mapping that fits best, or None."""
    if len(own) >= len(earlier):
        return None
    best: tuple[float, float, list[int]] | None = None
    for a, _ in own:
        for b, _ in earlier:
            if a <= 0 or b <= 0 or not MIN_PAGE_SCALE <= a / b <= MAX_PAGE_SCALE:
                continue
            scale = a / b
            placed: list[int] = []
            error = 0.0
            for start, end in own:
                centre = (start + end) / 2 / scale
                miss = [max(0.0, c - centre, centre - d) for c, d in earlier]
                index = min(range(len(earlier)), key=lambda k: miss[k])
                placed.append(index)
                error += miss[index]
                if miss[index] > RESCALE_TOLERANCE or (len(placed) > 1 and placed[-2] >= index):
                    break
            else:
                if best is None or (error, abs(1 - scale)) < best[:2]:
                    best = (error, abs(1 - scale), placed)
    return best[2] if best else None


def _placed(cells: list[str], placed: list[int], earlier: list[tuple[int, int]]) -> list[str]:
    """A row's cells moved to the columns `placed` gives them among the `earlier` columns, cut where the earlier
    header cut them (`_cut_as_before`) unless this page fills the next column itself."""
    out = [""] * len(earlier)
    for text, column in zip(cells, placed, strict=False):
        out[column] = text
    return _cut_as_before(out, earlier, set(placed))


def _cut_as_before(cells: list[str], columns: list[tuple[int, int]], own: Collection[int] = ()) -> list[str]:
    """A row of a table continued without its header, under the columns of the table before: a value in a column
    that the earlier header cut from the one after it (the two touch: `_split_at_header`), with that next column
    empty in the row (and not one of this page's `own` columns), is cut there too, at its last single space
    between two cells (`1,700人 保育課` under `目標値（R7）     担当課`): the header that told the cut is missing
    here."""
    out = list(cells)
    for column in range(len(columns) - 1):
        if columns[column][1] != columns[column + 1][0] or out[column + 1] or column + 1 in own:
            continue
        text = out[column]
        if not _starts_value(text, ""):
            continue  # a name or a note, whose spaces are its own
        spaces = [k for k, ch in enumerate(text) if ch == " " and 0 < k < len(text) - 1
                  and not _holds_together(text[:k], text[k + 1:])]
        if spaces:
            out[column], out[column + 1] = text[:spaces[-1]].rstrip(), text[spaces[-1] + 1:].lstrip()
    return out


def _merged_columns(rows: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """Neighbouring columns no line fills both of joined into one: a header centred over numbers aligned right
    (`転入者数` over `1,284`) leaves a gutter between the two that is no column boundary."""
    width = max((len(cells) for _, cells in rows), default=0)
    groups: list[list[int]] = []
    for col in range(width):
        filled = {k for k, (_, cells) in enumerate(rows) if col < len(cells) and cells[col].strip()}
        taken = {k for k, (_, cells) in enumerate(rows) for c in groups[-1] if c < len(cells) and cells[c].strip()} \
            if groups else set()
        if groups and not filled & taken:
            groups[-1].append(col)
        else:
            groups.append([col])
    return [(line, [" ".join(cells[c] for c in group if c < len(cells) and cells[c].strip()) for group in groups])
            for line, cells in rows]


def _sideways(rows: list[tuple[int, list[str]]]) -> tuple[int, Grid] | None:
    """A block whose lines the interpreter finds no indicator header over, read as one record a line: a table
    printed sideways (years down, indicators across: `年度 | 転入者数 | 出生数`) or a form of label–value pairs, which
    the interpreter reads from a grid of plain rows. Blank lines are dropped and columns no line fills both of
    joined; the rows start at the first line from which such a table reads (a goal heading above it stays text).
    Returns (1-based first line, grid) or None."""
    filled = [(line, cells) for line, cells in rows if any(c.strip() for c in cells)]
    merged = _merged_columns(filled)
    for k in range(min(len(filled) - 1, MAX_SIDEWAYS_LEAD + 1)):
        # a form keeps its columns (a label column is filled where the value column beside it is not); a sideways
        # table's header words stand over its values
        grid = grid_from_rows(filled[k:], ENGINE, line_rows=False)
        if form_layout(grid) is not None:
            return filled[k][0], grid
        grid = grid_from_rows(merged[k:], ENGINE, line_rows=False)
        if sideways_layout(grid) is not None:
            return merged[k][0], grid
    return None
