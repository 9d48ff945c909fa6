"""Two tables printed side by side, as a text layer without positions gives them (pdfplumber `extract_text`, a
copied page): one header line that prints the same header twice (`指標名 基準値（R1） 目標値（R7） 指標名 基準値（R1）
目標値（R7）`), then lines that each print a row of the left table and one of the right, one space apart.

No gutter of spaces tells the sides apart, but the header does: a row of that header is a name followed by one
value per value column and one word per column after them (a `担当課`), so a line of two rows cuts after the left
row's last cell. A layer that keeps positions prints the same lines with gutters, and its positional readers take
two tables a blank spreadsheet column apart for one (layouts 168 -layout: the right table's values read on the left
rows), so its lines are cut the same way; there a line of one row is placed by where it starts. The line over the
header printing each table's caption (two goal headings, or in a positional layer two kind captions) is cut in two,
each table under its own. The tables are unfolded into
reading order, the left table (its header and rows) before the right one, each line keeping the file line it was
printed on. A line printing one row only, after lines that printed two, belongs to the longer table, which may be
either: it is read with the table whose rows print its department (`_lone_side`), else with the right table (the one
the text printed last), and its line is reported as guessed. A layer without gaps glues a department to the value
before it (`5,000人商工観光課`, layouts 168 pdfplumber), read as two cells. A line of words only under a line of rows
is the rest of wrapped names (`_name_rest`): in a positional layer each word the row's whose name starts where it
starts; else one word per row, or the word of the row whose name is left open (`…移住の` / `成約件数`), else the left
row's, reported as guessed.

A sheet of two such tables printed in two passes (`pdftotext -raw`, pypdfium2: content-stream order, LibreOffice
drawing the right-aligned value cells last) prints the header without its value words (`指標名 担当課 指標名
担当課`), every line of rows' text cells (`町内事業所の従業者数 商工観光課 年間出生数 子育て支援課`), a page title,
the value header words twice, then a line of values per line of rows, two rows' worth or one's (`values_apart`):
each line of rows gets its values back (a line of two rows cut where both rows' words fit their columns), which
`unfold` then reads. Which line of values is whose only their order says (each line's count checks it): those rows
are guessed.

A column of running text beside a table comes the same way (`prose_beside`): each line of the page opens with the
text column's line (`その後は感染症の影響により大きく`, `落ち込みました。 観光入込客数 148万人 190万人`), which a
reader of single-space rows takes for the first line of the next row's name. Such text is set at one width: lines of
sentences (`、`, `。`) as wide as one another, at least `MIN_PROSE_LINES` of them, a paragraph's last line shorter
and ending a sentence. Where such a column runs from above a table's header down beside its rows (a line of the
column followed by a row's name and values), the column is read first, then the table. A table's own text column
(a measure's description in phrases, `…の推進`, wrapped beside its indicators) ends no sentence and is left to the
readers, as is a reason column wrapped under its header.

A chart printed left of a table does the same with its axis ticks and bar labels (`chart_beside`): bare numbers
opening the table's lines (`80 KPI 基準値（R1） …`, `51.8 体験型観光メニュー数 12件 …`). A header is no value, so a bare
number before one is the chart's; from there on, a bare number opening a row before its name is too (a numbered
table's `No.` would stand in the header). Each such number goes to a line of its own before its line, which keeps
its positions (the number blanked) where the layer prints gutters.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import takewhile

from ingest.document import PAGE_BREAK
from ingest.table.header import DEPARTMENT, NAME, PROGRESS, VALUE, header_role, is_caption
from ingest.table.rows import WRAP_WIDTH_SLACK
from ingest.text.blocks import open_name
from ingest.text.fragment_cells import is_value, tokens
from ingest.text.furniture import page_number_line
from ingest.text.header_words import header_words, line_words, value_band, with_apart
from ingest.text.token_types import glued_department, is_department, is_heading, is_progress, is_prose
from ingest.text.two_pass import MAX_GAP_LINES, MIN_ROWS
from ingest.title import page_title
from normalize.text import display_width, nfkc, second_heading
from normalize.vocabulary import HANGING_MARKS, KINDS, NOTE_MARKS, SENTENCE_ENDINGS

#: Spaces (or an ideographic space and more) wider than the one a text layer without positions puts between words.
GUTTER = re.compile(r"[ \u3000]{2,}")
#: A chart's tick or bar label: a bare number, no unit.
BARE_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: Lines of sentences at one width that make a text column.
MIN_PROSE_LINES = 4
#: Positions by which the rest of a wrapped name may start off its name's start in a layer with gutters.
NAME_DRIFT = 2
#: Header cells of each table at least (a name column and one value column).
MIN_HEADER_CELLS = 2
#: The words of a caption naming a kind (KINDS), as NFKC prints them.
_KIND_WORDS = tuple(nfkc(word) for word in KINDS)


@dataclass
class Unfolded:
    """A text layer's lines in reading order: `origin[i]` is the 0-based line of the text where line i was printed;
    `guessed` holds the (new) lines whose table was guessed."""

    lines: list[str]
    origin: list[int]
    guessed: set[int] = field(default_factory=set)


def _gutter(line: str) -> bool:
    """A run of spaces inside the line: a layer that keeps positions, whose gutters the positional readers cut at."""
    return bool(GUTTER.search(line.strip()))


def _twice_header(line: str) -> list[str] | None:
    """The header cells of a line printing one table header twice over, with value columns and no value."""
    cells = tokens(line)
    half = len(cells) // 2
    if half < MIN_HEADER_CELLS or len(cells) % 2 or cells[:half] != cells[half:]:
        return None
    return cells[:half] if _is_header(cells[:half]) else None


def _is_header(cells: list[str]) -> bool:
    """Header cells: a name column's, value columns' and maybe columns of words after them, no value and no sentence
    (a row's reason `前年度比で…増加した。` names no `前年度比` column)."""
    return not any(is_value(cell) or cell.strip().endswith(SENTENCE_ENDINGS) for cell in cells) \
        and VALUE in {header_role(cell) for cell in cells[1:]}


def _shape(header: list[str]) -> tuple[int, int]:
    """A header's value columns after its name column and its columns of words after the last value column."""
    roles = [header_role(cell) for cell in header[1:]]
    last = max(i for i, role in enumerate(roles) if role == VALUE)
    return last + 1, len(roles) - last - 1


def _rows(line: str, values: int, words: int = 0, glued: bool = False) -> list[str] | None:
    """A line's rows of a table of `values` value columns and `words` columns of one word after them: a name
    (tokens that print no value), one value per value column, one word per word column, once or twice over; None
    for a line of another shape. `glued`: the first word column is a department's, which a layer without gaps
    prints glued to the last value (`5,000人商工観光課`, `token_types.glued_department`), read as two cells."""
    cells, rows = tokens(line), []
    if glued:
        cells = [piece for cell in cells for piece in (glued_department(cell) or (cell,))]
    while cells:
        name = 0
        while name < len(cells) and not is_value(cells[name]):
            name += 1
        row = cells[:name + values + words]
        if (name == 0 or len(row) < name + values + words or not all(is_value(cell) for cell in row[name:][:values])
                or any(is_value(cell) for cell in row[name + values:])):
            return None
        rows.append(" ".join(row))
        cells = cells[name + values + words:]
    return rows if 0 < len(rows) <= 2 else None


def _placed_side(header_line: str, header: list[str], line: str) -> int | None:
    """The table (0 left, 1 right) a line of one row belongs to, where both lines keep their positions: the right
    one when the row starts right of the left header's last cell (positions counted in characters, as pdftotext
    -layout sets them); None in a layer without positions."""
    if not (_gutter(header_line) and _gutter(line)):
        return None
    return int(len(line) - len(line.lstrip()) >= header_line.index(header[-1]) + len(header[-1]))


def _captions(line: str) -> tuple[str, str] | None:
    """A line printing each table's caption: two goal headings (cut before the second), or in a layer that keeps
    positions two captions naming a kind (`【数値目標】` … `【重要業績評価指標（KPI）】`, cut at the widest gap);
    None for another line."""
    text = line.strip()
    if (start := second_heading(text)) is not None:
        return text[:start].strip(), text[start:].strip()
    gaps = list(GUTTER.finditer(text))
    if not gaps:
        return None
    widest = max(gaps, key=lambda gap: len(gap.group(0)))
    pieces = text[:widest.start()].strip(), text[widest.end():].strip()
    return pieces if all(any(word in nfkc(piece) for word in _KIND_WORDS) for piece in pieces) else None


def _name_rest(line: str, previous: list[list[tuple[str, int]]], lines: list[str], header_line: str,
               doubtful: list[tuple[str, int]], at: int) -> bool:
    """Put a line printing the rest of wrapped names (a word per row at most, no value, under a line of rows) after
    the rows it continues. In a layer with gutters each word goes to the row whose name starts where it starts
    (`NAME_DRIFT`), and a word under no name (a page number, a centred note) ends the tables. Without positions:
    one word per row of that line, or the one row's; else the row whose name is left open (`blocks.open_name`), or
    the left row's, its side guessed (`doubtful`). False for a line of another kind (a heading, a kind's caption, a
    page's title, `title.page_title`, a note, a sentence, a page number)."""
    cells = tokens(line)
    text = line.strip()
    if (not previous or not 0 < len(cells) <= len(previous) or any(is_value(cell) for cell in cells)
            or is_heading(text) or is_caption(text) or page_title(text) or is_prose(text) or text.startswith(NOTE_MARKS)
            or page_number_line(text)):
        return False
    if _gutter(header_line):
        starts = [_name_start(rows[-1], lines, k == len(previous) - 1 > 0) for k, rows in enumerate(previous)]
        found = [[k for k, start in enumerate(starts) if abs(line.index(cell) - start) <= NAME_DRIFT]
                 for cell in cells]
        if not all(len(k) == 1 for k in found):
            return False
        for cell, (k,) in zip(cells, found, strict=True):
            previous[k].append((cell, at))
        return True
    if len(cells) == len(previous) > 1:
        for cell, rows in zip(cells, previous, strict=True):
            rows.append((cell, at))
        return True
    side, guessed = 0, False
    if len(previous) > 1:  # the row whose name is left open (`…センターの`) goes on, else the side is a guess
        opened = [k for k, rows in enumerate(previous) if open_name(_name_of(rows[-1][0]))]
        side, guessed = (opened[0], False) if len(opened) == 1 else (0, True)
    previous[side].append((" ".join(cells), at))
    if guessed:  # the row (not a line of its name's rest) whose name went on
        doubtful.append(next(row for row in reversed(previous[side][:-1]) if _name_of(row[0]) != row[0]))
    return True


def _name_start(entry: tuple[str, int], lines: list[str], right: bool) -> int:
    """Where the name of a row (or of its name's last rest) starts on the line it was printed on: its first word's
    first place (`right`: last place, the right table's row of a line of two)."""
    word = tokens(entry[0])[0]
    return lines[entry[1]].rfind(word) if right else lines[entry[1]].find(word)


def _name_of(row: str) -> str:
    """A row's name: its tokens before the first value."""
    cells = tokens(row)
    return " ".join(cells[:next((i for i, cell in enumerate(cells) if is_value(cell)), len(cells))])


def _lone_side(lone: list[tuple[str, int]], sides: tuple[list[tuple[str, int]], list[tuple[str, int]]],
               words: int) -> int:
    """The table rows printed alone (after lines of two rows) continue: the left one when their word cells (a
    department) are all among the left rows' and not all among the right rows', else the right one (the one the
    text printed last)."""
    if not lone or not words:
        return 1

    def cells(rows: list[tuple[str, int]]) -> set[str]:
        return {cell for text, _ in rows for cell in tokens(text)[-words:]}

    mine = cells(lone)
    return 0 if mine <= cells(sides[0]) and not mine <= cells(sides[1]) else 1


def unfold(lines: list[str]) -> Unfolded | None:
    """The lines with every pair of side-by-side tables read one table after the other; None when there is none."""
    out = Unfolded([], [])
    index, found = 0, False
    while index < len(lines):
        header = _twice_header(lines[index])
        if header is None:
            out.lines.append(lines[index])
            out.origin.append(index)
            index += 1
            continue
        sides: tuple[list[tuple[str, int]], list[tuple[str, int]]] = ([], [])
        lone: list[tuple[str, int]] = []
        doubtful: list[tuple[str, int]] = []  # rows whose wrapped name's rest went to them by a guess
        previous: list[list[tuple[str, int]]] = []  # the lists the rows of the last line of rows went to
        end = index + 1
        values, words = _shape(header)
        glued = words > 0 and header_role(header[values + 1]) == DEPARTMENT
        while end < len(lines) and PAGE_BREAK not in lines[end]:
            if not lines[end].strip():
                end += 1
                continue
            rows = _rows(lines[end], values, words, glued)
            if rows is None:
                if not _name_rest(lines[end], previous, lines, lines[index], doubtful, end):
                    break
            elif len(rows) == 2 and lone:
                break
            elif len(rows) == 2:
                sides[0].append((rows[0], end))
                sides[1].append((rows[1], end))
                previous = [sides[0], sides[1]]
            elif (side := _placed_side(lines[index], header, lines[end])) is not None:
                sides[side].append((rows[0], end))
                previous = [sides[side]]
            else:
                lone.append((rows[0], end))
                previous = [lone]
            end += 1
        if not sides[0]:  # no line of two rows: no sign the header's halves head two tables
            out.lines.append(lines[index])
            out.origin.append(index)
            index += 1
            continue
        found = True
        above = next((i for i in range(len(out.lines) - 1, -1, -1) if out.lines[i].strip()), None)
        captions = _captions(out.lines[above]) if above is not None else None
        if captions:
            caption_line = out.origin[above]
            del out.lines[above], out.origin[above]
        lone_rows = [entry for entry in lone if _rows(entry[0], values, words) is not None]
        left = _lone_side(lone_rows, sides, words) == 0
        for number, side in enumerate((sides[0] + lone if left else sides[0], sides[1] if left else sides[1] + lone)):
            if captions:
                out.lines.append(captions[number])
                out.origin.append(caption_line)
            out.lines.append(" ".join(header))
            out.origin.append(index)
            for text, at in side:
                if (text, at) in lone_rows or (text, at) in doubtful:
                    out.guessed.add(len(out.lines))
                out.lines.append(text)
                out.origin.append(at)
        index = end
    return out if found else None


def _twice_words(line: str) -> list[str] | None:
    """The words of a line printing the same header words twice over (`指標名 担当課 指標名 担当課`), half of them."""
    words = line_words(line)
    half = len(words) // 2
    if half < 1 or len(words) % 2 or words[:half] != words[half:] or not header_words(words[:half]):
        return None
    return words[:half]


def _text_cells_fit(header: list[str], cells: list[str]) -> bool:
    """A row's text cells under the header's text columns after its name, one word each: a department column's a
    department, a progress column's a progress label."""
    fits = {DEPARTMENT: is_department, PROGRESS: is_progress}
    return all(fits.get(header_role(word), bool)(cell) for word, cell in zip(header[1:], cells, strict=True))


def _cut_two(cells: list[str], header: list[str]) -> int | None:
    """Where a line of two rows' text cells (each a name, then one word per text column of the header) cuts into
    the left row and the right one: the one place both rows' words fit their columns; None when none or several."""
    words = len(header) - 1
    found = [cut for cut in range(words + 1, len(cells) - words)
             if _text_cells_fit(header, cells[cut - words:cut]) and _text_cells_fit(header, cells[len(cells) - words:])]
    return found[0] if len(found) == 1 else None


def values_apart(lines: list[str]) -> Unfolded | None:
    """The lines with two side-by-side tables printed in two passes (a sheet of two tables a blank column apart,
    `pdftotext -raw` or pypdfium2: content-stream order, the right-aligned value cells drawn last) put on one line a
    row pair, as `unfold` reads them: a header line printing the text columns' words twice (`指標名 担当課 指標名
    担当課`), lines of one or two rows' text cells (a name, then one word per text column), at most
    `two_pass.MAX_GAP_LINES` other lines (a page title), the value header words twice (`現状値（R5） 目標値（R11）
    現状値（R5） 目標値（R11）`), then one line of values per line of rows, two rows' values or one row's. The value
    header words go into each half of the header (`header_words.with_apart`), each row's values after its name.
    Which line of values is whose is read from the order alone, checked by each line's count (two rows' values or
    one's), so the rows are returned as guessed, as `two_pass` does when value headers were printed after the
    rows. None when no such tables stand in the lines."""
    out = Unfolded([], [])
    h, found = 0, False
    while h < len(lines):
        joined = _joined_apart(lines, h)
        if joined is None:
            out.lines.append(lines[h])
            out.origin.append(h)
            h += 1
            continue
        found = True
        rebuilt, end = joined
        for k, text in rebuilt:
            if k > h and text != lines[k]:
                out.guessed.add(len(out.lines))
            out.lines.append(text)
            out.origin.append(k)
        h = end
    return out if found else None


def _joined_apart(lines: list[str], h: int) -> tuple[list[tuple[int, str]], int] | None:
    """From header line h, the lines of two-pass side-by-side tables rebuilt as (file line, text) and the line
    after their values (see `values_apart`); None when line h heads none."""
    header = _twice_words(lines[h])
    if header is None or header_role(header[0]) != NAME or VALUE in map(header_role, header):
        return None
    band = h + 1  # the value header: the first line printing a value ends the search
    while band < len(lines) and PAGE_BREAK not in lines[band] and not any(map(is_value, tokens(lines[band]))) \
            and not ((half := _twice_words(lines[band])) and value_band(" ".join(half))):
        band += 1
    if band >= len(lines) or not _twice_words(lines[band]):
        return None
    apart = _twice_words(lines[band]) or []
    values = list(takewhile(lambda k: bool(tokens(lines[k])) and all(map(is_value, tokens(lines[k]))),
                            range(band + 1, len(lines))))
    rows = list(range(h + 1, h + 1 + len(values)))
    if len(values) < MIN_ROWS or rows[-1] >= band or band - rows[-1] - 1 > MAX_GAP_LINES \
            or any(any(map(is_value, tokens(lines[r]))) or not tokens(lines[r]) for r in rows):
        return None
    width, words = len(apart), len(header) - 1
    merged = with_apart(header, apart)
    at = next(k for k, word in enumerate(merged) if header_role(word) == VALUE)
    if at != 1:
        return None  # the values go after the name: a column before them (`No.`) is not read here
    rebuilt = [(h, " ".join(merged * 2))]
    for r, v in zip(rows, values, strict=True):
        cells, figures = tokens(lines[r]), tokens(lines[v])
        if len(figures) == 2 * width:
            cut = _cut_two(cells, header)
            sides = [(cells[:cut], figures[:width]), (cells[cut:], figures[width:])] if cut else None
        else:
            sides = [(cells, figures)] if len(figures) == width else None
        if sides is None or any(len(side) <= words or not _text_cells_fit(header, side[len(side) - words:])
                                for side, _ in sides):
            return None
        rebuilt.append((r, " ".join(" ".join([*side[:len(side) - words], *figures, *side[len(side) - words:]])
                                    for side, figures in sides)))
    rebuilt += [(k, lines[k]) for k in range(rows[-1] + 1, band)]
    return rebuilt, values[-1] + 1


def _column_width(heads: list[str]) -> int | None:
    """The width of a column of running text among the lines' first tokens: the widest at which `MIN_PROSE_LINES`
    lines of sentences stand within `WRAP_WIDTH_SLACK`."""
    widths = Counter(display_width(head) for head in heads if is_prose(head) and not is_value(head))
    return next((width for width in sorted(widths, reverse=True)
                 if sum(n for w, n in widths.items() if width - WRAP_WIDTH_SLACK <= w <= width) >= MIN_PROSE_LINES),
                None)


def _sentence_inside(head: str, width: int) -> bool:
    """A running line of the column whose sentence ended inside it and the next went on (`支援します。移住された方が
    …、`): at least half the column wide, a `。` inside and a line-ending mark (`、`) or none; its wrap left it short,
    as a typesetter's line breaking does, so its width alone does not tell it from a name."""
    body = head[:-1] if head.endswith(HANGING_MARKS) else head
    return display_width(head) * 2 >= width and display_width(head) <= width and any(
        mark in body for mark in SENTENCE_ENDINGS) and not head.endswith(SENTENCE_ENDINGS)


def _row_after(words: list[str]) -> bool:
    """The words after a line's first are a row: a name, then values."""
    return bool(words) and not is_value(words[0]) and any(is_value(word) for word in words[1:])


def prose_beside(lines: list[str]) -> Unfolded | None:
    """The lines with a column of running text beside a table read before the table; None when there is none."""
    heads = [line.split()[0] if line.strip() else "" for line in lines]
    width = _column_width([head for line, head in zip(lines, heads, strict=True) if not _gutter(line)])
    if width is None:
        return None
    pieces: list[int] = []
    open_sentence = False
    for i, (line, head) in enumerate(zip(lines, heads, strict=True)):
        if not head or _gutter(line) or is_value(head):
            continue
        if width - WRAP_WIDTH_SLACK <= display_width(head) <= width and not head.endswith(SENTENCE_ENDINGS):
            pieces.append(i)
            open_sentence = True
        elif open_sentence and head.endswith(SENTENCE_ENDINGS) and display_width(head) <= width:
            pieces.append(i)
            open_sentence = False
        elif open_sentence and _sentence_inside(head, width):
            pieces.append(i)  # a sentence ends inside the line and the next runs on: kinsoku left the line short
    # the column runs down beside the table: from above its header to a line whose rest is a row (a name, then
    # values); a table's own column of wrapped text (reasons) starts under its header and follows its values
    beside = [i for i in pieces if _row_after(lines[i].split()[1:])]
    headers = [i for i in range(len(lines)) if not _gutter(lines[i]) and _is_header(tokens(lines[i]))]
    ended = [i for i in pieces if heads[i].endswith(SENTENCE_ENDINGS)]
    if len(pieces) < MIN_PROSE_LINES or not ended or not any(pieces[0] < h < max(beside, default=-1) for h in headers):
        return None  # running text ends its sentences; a table's text cells of phrases (`…の推進`) need not
    first, last = pieces[0], pieces[-1]
    out = Unfolded(lines[:first], list(range(first)))
    for i in pieces:
        out.lines.append(heads[i])
        out.origin.append(i)
    for i in range(first, last + 1):
        rest = lines[i].strip()[len(heads[i]):].strip() if i in pieces else lines[i]
        if rest or i not in pieces:
            out.lines.append(rest)
            out.origin.append(i)
    out.lines += lines[last + 1:]
    out.origin += list(range(last + 1, len(lines)))
    return out


def _tick_apart(line: str) -> tuple[str, str] | None:
    """(the chart's number, the line without it) when the line opens with a bare number before a name or header,
    not a value with its unit printed apart (`8.2 万人 令和７年度`: a value boxed with the year beside it)."""
    cells = tokens(line)
    if len(cells) < 3 or not BARE_NUMBER.fullmatch(nfkc(cells[0])) or is_value(cells[1]) \
            or is_value(" ".join(cells[:2])):
        return None
    start = line.index(cells[0])
    rest = line[:start] + " " * len(cells[0]) + line[start + len(cells[0]):]
    if _gutter(line):
        return line[:start + len(cells[0])], rest
    return cells[0], rest.strip()


def _bare_numbers(line: str) -> bool:
    cells = tokens(line)
    return bool(cells) and all(BARE_NUMBER.fullmatch(nfkc(cell)) for cell in cells)


def chart_beside(lines: list[str]) -> Unfolded | None:
    """The lines with a chart's numbers among a table's lines (opening its header and rows, or on lines of their own
    below its header, to the end of the page) read before the table's header; None when no header opens with one."""
    pages = [i for i, line in enumerate(lines) if PAGE_BREAK in line]
    out = Unfolded([], [])
    found = False
    for top, end in zip([0, *pages], [*pages, len(lines)], strict=True):
        header = next((i for i in range(top, end) if (apart := _tick_apart(lines[i])) and _is_header(tokens(apart[1]))),
                      None)
        if header is None:
            out.lines += lines[top:end]
            out.origin += list(range(top, end))
            continue
        found = True
        chart: list[tuple[str, int]] = []
        table: list[tuple[str, int]] = []
        for i in range(header, end):
            apart = _tick_apart(lines[i])
            if i == header or (apart and any(is_value(cell) for cell in tokens(apart[1]))):
                chart.append((apart[0], i))
                table.append((apart[1], i))
            elif _bare_numbers(lines[i]):
                chart.append((lines[i], i))
            else:
                table.append((lines[i], i))
        out.lines += lines[top:header] + [text for text, _ in chart + table]
        out.origin += list(range(top, header)) + [i for _, i in chart + table]
    return out if found else None
