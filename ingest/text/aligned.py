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

from ingest.document import PAGE_BREAK
from ingest.table.context import goal_level, marked_heading
from ingest.table.grid import Grid, grid_from_rows
from ingest.table.header import (
    OTHER,
    form_layout,
    is_header_text,
    names_period,
    read_layout,
    sideways_layout,
)
from ingest.table.rows import legend_texts
from ingest.text.aligned_header import (
    _band_line,
    _caption_lines,
    _goal_band,
    _header_band,
    _header_line,
    _header_over_gutter,
    _header_over_one_text_lines,
    _name_header_joined,
    _roles_off_years,
    _split_at_header,
    _value_headers_over_values,
    _years_before_roles,
)
from ingest.text.aligned_pages import (
    MAX_CUT_GAP,
    _before_carried_years,
    _carried_years,
    _cut_as_before,
    _join_cut_names,
    _parents_over_page,
    _placed,
    _rescaled,
    _sentence_tails,
)
from ingest.text.aligned_rows import _cells, _off_column_lines, _split_at_columns, _years_off_values
from ingest.text.aligned_segments import (
    ENGINE,
    GUTTER_TOLERANCE,
    MARGIN,
    MAX_TRAILING_LINES,
    Segment,
    _aligned_share,
    _collisions,
    _column_role,
    _columns,
    _cores,
    _score,
    _splits,
    _starts_value,
    _valleys,
    segments,
)
from ingest.text.blocks import TextTable
from ingest.text.form_rows import form_cells
from ingest.text.fragment_cells import is_value
from ingest.text.furniture import beside_cells, note_after_table, page_number_line, running_titles
from normalize.text import (
    nfkc,
    single_glyph,
)
from normalize.vocabulary import (
    NOTE_MARKS,
)

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


#: Indented one-segment lines that may directly precede a block's first multi-cell line (header lines).
MAX_LEADING_LINES = 3


#: Lines above a table printed sideways or a form that may be left out of it (a goal heading, a kind label).
MAX_SIDEWAYS_LEAD = 3


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


def _refined(blocks: dict[bool, list[list[Segment]]], chosen: tuple[bool, list[tuple[int, int]]]
             ) -> tuple[dict[bool, list[list[Segment]]], tuple[bool, list[tuple[int, int]]]]:
    """The chosen columns and their block split where the header names two columns over one (`_split_at_header`)."""
    wide, columns = chosen
    block, columns = _split_at_header(blocks[wide], columns, wide)
    columns = _header_over_gutter(block, columns)
    return {**blocks, wide: _value_headers_over_values(block, columns)}, (wide, columns)


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
