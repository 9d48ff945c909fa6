"""Rows a text layer printed in two passes (`pdftotext -raw`, pypdfium2: content-stream order). An office program
draws some cells of a table after the others, so under the header every row prints its label and text cells (and the
marks after its values: `令和２年度`, `市内企業への新規就職者数 85.0% B`, `町内事業所の新規雇用者数 産業振興課`), then,
after at most a few other lines (a `※` note, a page title, the value header words the header lacks: `基準値（R1）
実績値（R5） 目標値（R7）`), one line of values per row (`300人 285人 40件 …`): LibreOffice Calc draws right-aligned
and shaded cells in a pass of their own. Merged goal cells drawn in that pass stand among the value lines, each
before its first row's values (`基本目標１ …` / `42人 51人 60人`). Rows printing every value already are whole. The
value header cells may come a line each (`現状値` / `（R5.3末）` / `実績値` …: one band, `header_words.apart_band`),
and a row may print some values with its label (`高齢化率 38.6% 39.1% 福祉課`) and the rest on its value line
(`40.0%以下`) when every row has one: its late values go after its early ones, a guess.

The other way round, an Excel cell whose text overflows into the empty cells beside it is drawn after the rows:
rows printing no name (`1 12人 30人 移住定住課`) under a header naming a name column, then as many name lines.

`join_two_pass` puts each row back on one line (its label, its values where the header puts their columns, the rest
of its first line), the goal headings before their rows and the apart value header words into the header line
(`ingest.text.header_words.with_apart`), so the row readers see one row a line. A first-pass line may print
stand-ins for the cells not reported yet (`令和６年度 － － －`, the values `340人 60件 16万人` on the second pass):
where they stood among the values is not in the text. They are placed by the columns' units, which the rows
printing every value show (a `人` value in the next column holding `人`, the stand-ins in the others), and such a
row is returned as a guess for the reader to flag. So are all rows of a table whose goal headings or value headers
were moved or whose whole rows were passed over: which rows a goal cell spans, or which row a value line is, is
then read from the order alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.table.context import goal_level
from ingest.table.header import NAME, NUMBER, VALUE, header_role, is_caption, is_header_text
from ingest.text.blocks import open_name
from ingest.text.furniture import note_line, page_number_line
from ingest.text.header_words import apart_band, grouped_years, header_words, line_words, value_band, with_apart
from ingest.text.token_types import RAW, T_STAND_IN, T_TEXT, T_VALUE, T_YEAR, Token, is_bare_number, typed_tokens
from ingest.title import names_plan
from normalize.cell import parse_cell

#: Lines (a `※` note, a page title, a header line) the second pass may print between the two runs.
MAX_GAP_LINES = 3
#: Rows a two-pass table must have: one label line over one value line is a row of another shape.
MIN_ROWS = 2
#: Values a second-pass line prints at least (one value a line is a column printed cell by cell).
MIN_VALUES = 2


def _values_only(found: list[Token]) -> bool:
    return bool(found) and all(t.kind in (T_VALUE, T_STAND_IN) for t in found) \
        and not page_number_line(" ".join(t.text for t in found))


def _header_line(found: list[Token]) -> bool:
    """Header words only (`目標 実績 目標 実績`, `R2 R3 R4 R5`, `指標名`); a year alone is a row's label."""
    return all(is_header_text(t.text) for t in found) and (len(found) > 1 or found[0].kind != T_YEAR)


def _label_line(found: list[Token]) -> bool:
    """A first-pass line: a row label (a name, a year) first, no value before it, no header line."""
    return bool(found) and found[0].kind in (T_TEXT, T_YEAR) and not _values_only(found) and not _header_line(found)


def _numbered(found: list[Token]) -> bool:
    """A line opening with a row's number, then a label (`1 ふるさと納税の寄附額 企画課`)."""
    return len(found) > 1 and found[0].kind == T_VALUE and is_bare_number(found[0].text) \
        and _label_line(found[1:])


def _not_reported(token: Token) -> bool:
    """A value cell's stand-in printed with the row's label (`－`, `調査中`): a value token without a figure."""
    return token.kind in (T_VALUE, T_STAND_IN) and not any(ch.isdigit() for ch in token.text)


def unit_of(text: str) -> str | None:
    """The one unit a value cell prints, else None."""
    units = {p.unit for p in parse_cell(text) if p.unit}
    return units.pop() if len(units) == 1 else None


def _interleaved(values: list[Token], stand_ins: list[Token], units: list[str | None]) -> list[Token] | None:
    """The values in their columns' order with the stand-ins in the columns left over: each value goes to the next
    column whose unit is its own. None when a value finds no such column."""
    cells: list[Token | None] = [None] * len(units)
    column = 0
    for value in values:
        unit = unit_of(value.text)
        while column < len(units) and (unit is None or units[column] != unit):
            column += 1
        if column >= len(units):
            return None
        cells[column] = value
        column += 1
    spare = iter(stand_ins)
    return [cell if cell is not None else next(spare) for cell in cells]


def _column_units(rows: list[list[Token]], width: int) -> list[str | None] | None:
    """The one unit of each of `width` value columns, read from the rows printing every value; None when a column
    names two units or no full row shows them."""
    full = [row for row in rows if len(row) == width and not any(map(_not_reported, row))]
    if not full:
        return None
    units: list[str | None] = []
    for column in range(width):
        found = {unit_of(row[column].text) for row in full}
        if len(found) != 1:
            return None
        units.append(found.pop())
    return units


@dataclass(frozen=True)
class Joined:
    """The text with every two-pass table's rows joined (each on its label's line, the value lines left blank)."""

    lines: list[str]
    #: 0-based indexes of the joined lines whose stand-ins were placed by a guess
    guessed: set[int] = field(default_factory=set)
    #: joined line → the 0-based line its other pass was printed on (a table read from them spans both)
    values_at: dict[int, int] = field(default_factory=dict)

    def last_line(self, first: int, last: int) -> int:
        """The last line of a table read over the joined lines first..last: its other passes' lines included."""
        return max([last, *(v for k, v in self.values_at.items() if first <= k <= last)])


def join_two_pass(lines: list[str]) -> Joined:
    """The lines with every two-pass table's rows joined, the rows guessed and where their other pass was printed."""
    out = list(lines)
    guessed: set[int] = set()
    values_at: dict[int, int] = {}
    typed = [_typed(line) for line in lines]
    h = 0
    while h < len(out):
        found = _late_values(out, typed, h)
        if found is None:
            h += 1
            continue
        block, top, stop, late, doubtful = found
        out[h:stop] = block + [""] * (stop - h - len(block))
        if top < h:  # a header band's lines read as one: the header on the band's first line, the others blank
            out[top:h + 1] = [out[h], *[""] * (h - top)]
        typed[top:stop] = [_typed(line) for line in out[top:stop]]
        values_at |= late
        guessed |= doubtful
        h = stop
    _join_late_names(out, typed, values_at)
    return Joined(out, guessed, values_at)


def _typed(line: str) -> list[Token]:
    return typed_tokens(line.strip(), RAW) if line.strip() else []


def _row_line(found: list[Token], line: str, numbered: bool = False) -> bool:
    """A first-pass row: a label line that is no goal heading, note or caption (those end a table), nor the page's
    title naming the plan (`千草町 総合戦略 KPI達成状況一覧…`, drawn in the second pass before the values). Under a
    header opening with a number column (`No. 指標名 担当課`) the row's number opens it (`1 ふるさと納税の寄附額
    企画課`, no goal heading `1 …` then)."""
    if numbered and _numbered(found):
        return not is_caption(line) and not names_plan(line)
    return _label_line(found) and goal_level(line) is None and not note_line(line) \
        and not is_caption(line) and not names_plan(line)


def _heading_over_row(lines: list[str], typed: list[list[Token]], k: int) -> bool:
    """Line k is a goal heading printed among the first pass's rows, over the next row (`基本目標２ …` over the
    rows of its goal, the values of all of them printed after the last): the table goes on under it. A heading that
    ends open (`基本目標２ 新しいひとの` / `流れをつくる`) goes on on the next line, which is no row."""
    return goal_level(lines[k]) is not None and not open_name(lines[k].strip()) and k + 1 < len(lines) \
        and _row_line(typed[k + 1], lines[k + 1])


def _band(lines: list[str], typed: list[list[Token]], k: int) -> list[str]:
    """The value header words of line k when it prints only those (`基準値（R1） 目標値（R7）`; a year alone is a
    row's label, a `※` note no header)."""
    if k >= len(lines) or not typed[k] or not _header_line(typed[k]) or note_line(lines[k]):
        return []
    return value_band(lines[k])


def _reported(found: list[Token]) -> int:
    return sum(t.kind == T_VALUE and not _not_reported(t) for t in found)


def _value_lines(lines: list[str], typed: list[list[Token]], k: int) -> tuple[list[int], dict[int, list[int]], int]:
    """From k, lines of values only with the goal headings of merged goal cells among them (a heading's open end
    wrapped onto the text line below it): the value lines, the heading lines standing before each (by value
    line), and the line after them."""
    values: list[int] = []
    headings: dict[int, list[int]] = {}
    waiting: list[int] = []
    while k < len(lines) and typed[k]:
        if _values_only(typed[k]):
            values.append(k)
            headings[k], waiting = waiting, []
        elif goal_level(lines[k]) is not None \
                or (waiting and waiting[-1] == k - 1 and all(t.kind == T_TEXT for t in typed[k])):
            waiting.append(k)
        else:
            break
        k += 1
    return values, headings, k - len(waiting)


def _late_values(lines: list[str], typed: list[list[Token]], h: int) \
        -> tuple[list[str], int, int, dict[int, int], set[int]] | None:
    """Under the header line h, rows printing their labels and text cells, the same values short (the marks after
    them: a rate, a grade; the dashes of figures not reported yet), then, after at most MAX_GAP_LINES other lines
    (a `※` note, a page title, the value header words the header lacks), as many lines of values only, each the
    values its row lacks, with the goal headings of merged goal cells among them standing before their rows'
    values. Rows printing every value already are left as they are. Returns the lines from h rebuilt (the header
    with the apart words by `with_apart`, each short row with its values where the header puts their columns and
    its goal heading before it, the other lines after the rows), the line after the values, each joined row's
    value line and the joined rows that are a guess: stand-ins placed by the units, or every row when goal headings
    stood among the values, value headers were printed after the rows or whole rows were passed over (the order
    alone then says which line is whose). A header line of the years under a merged value word (`header_words.
    grouped_years`) takes the lines of header words over it (`指標名` / `実績値` / `達成率 評価` / `R2 R3 R4 R5`,
    a two-row header printed cell by cell); the first of them is returned with the line after the values. None when
    the lines are not so."""
    if not typed[h] or not _header_line(typed[h]) or is_caption(lines[h]):
        return None
    header, top = _header_over(lines, typed, h)
    if not header_words(header):
        return None
    apart = _band(lines, typed, h + 1)
    first = end = h + 1 + bool(apart)
    numbered = header_role(header[0]) == NUMBER
    while end < len(lines) and (_row_line(typed[end], lines[end], numbered) or _heading_over_row(lines, typed, end)):
        end += 1
    gap: list[int] = []
    bands: list[int] = []  # the first lines of value header bands; a band printed a cell a line is one gap line
    band_end = end
    k = end
    while k < len(lines) and len(gap) <= MAX_GAP_LINES and not _values_only(typed[k]) \
            and goal_level(lines[k]) is None:
        if _band(lines, typed, k):
            bands.append(k)
            gap.append(k)
            k = band_end = apart_band(lines, k)
            continue
        if typed[k]:
            gap.append(k)
        k += 1
    if len(gap) > MAX_GAP_LINES or len(bands) > 1 or (apart and bands):
        return None
    apart = line_words(" ".join(lines[bands[0]:band_end])) if bands else apart
    values, headings, stop = _value_lines(lines, typed, k)
    rows = [r for r in range(first, end) if _row_line(typed[r], lines[r], numbered)]
    if not rows or not values:
        return None
    least = min(_reported(typed[r]) for r in rows)
    short = [r for r in rows if _reported(typed[r]) == least]
    early = dict.fromkeys(short, 0)
    if len(short) != len(values) and len(rows) == len(values) and least == 0:
        # rows printing some of their values on the first pass (`高齢化率 38.6% 39.1% 福祉課`, the cell of a value
        # with words, `40.0%以下`, drawn last): each row takes a value line, its late values after its early ones
        short, early = rows, {r: _reported(typed[r]) for r in rows}
    if len(short) != len(values) or (len(short) < MIN_ROWS and not bands):
        return None  # one name over its values is one row printed column by column
    spare = [[t for t in typed[r][1:] if _not_reported(t)] for r in short]
    widths = {len(typed[v]) + len(s) + early[r] for r, v, s in zip(short, values, spare, strict=True)}
    merged = with_apart(header, apart)
    columns = [c for c, w in enumerate(merged) if header_role(w) == VALUE]
    if len(widths) != 1 or (width := widths.pop()) not in (len(apart), len(columns)) \
            or any(len(typed[v]) + early[r] < MIN_VALUES or len(typed[v]) <= least
                   for r, v in zip(short, values, strict=True)) \
            or any(_reported(typed[r]) != least + width for r in rows if r not in short):
        return None
    units = _column_units([typed[v] for v in values], width) if any(spare) else None
    at = next(c for c in columns if width == len(columns) or merged[c] in apart)
    name = next((c for c, w in enumerate(merged) if header_role(w) == NAME), -1)
    before = sum(name < c < at for c in columns)  # value columns a short row prints before the late ones
    after = len(merged) - 1 - columns[-1]  # text columns after the values
    by_order = bool(bands) or len(short) < len(rows) or any(headings.values())
    # a header line naming no name column is the last line of a band over several: the apart words stay as printed
    # for the band's reader
    whole = name >= 0
    block = [" ".join(merged)] if (apart or top < h) and whole else lines[h:first]
    late: dict[int, int] = {}
    doubtful: set[int] = set()
    for r in range(first, end):
        if r not in short:
            block.append(lines[r])  # a row printing every value, or a goal heading among the rows
            continue
        n = short.index(r)
        cells = typed[values[n]]
        if spare[n]:
            placed = _interleaved(cells, spare[n], units) if units is not None else None
            if placed is None:
                return None
            cells = placed
        found = [t for t in typed[r] if not _not_reported(t)]
        run = next((c for c, t in enumerate(found) if c > 0 and t.kind == T_VALUE), None)
        cut = run + before + early[r] if run is not None else len(found) - after
        if cut < 1:
            return None  # no label before the values
        block += [lines[g] for g in headings[values[n]]]
        late[h + len(block)] = values[n]
        if by_order or spare[n] or early[r]:  # which columns a row's late values fill, after its early ones
            doubtful.add(h + len(block))
        block.append(" ".join(t.text for t in [*found[:cut], *cells, *found[cut:]]))
    taken = {*(range(bands[0], band_end) if bands and whole else []), *values,
             *(g for found in headings.values() for g in found)}
    block += [lines[g] for g in range(end, stop) if g not in taken and typed[g]]
    return block, top, stop, late, doubtful


def _header_over(lines: list[str], typed: list[list[Token]], h: int) -> tuple[list[str], int]:
    """The header words of line h and its first line: a line of years under a merged value word printed on the
    lines of header words right over it (`grouped_years`) reads those lines with it; any other line alone."""
    words = line_words(lines[h])
    top = h
    while top > 0 and typed[top - 1] and _header_line(typed[top - 1]) and not is_caption(lines[top - 1]) \
            and goal_level(lines[top - 1]) is None:
        top -= 1
    band = [w for k in range(top, h + 1) for w in line_words(lines[k])]
    grouped = grouped_years(band)
    if top < h and grouped != band and NAME in map(header_role, band):
        return grouped, top
    return grouped_years(words), h


def _name_line(found: list[Token], line: str) -> bool:
    """A name printed on a line of its own: text only, no header line, goal heading or note."""
    return bool(found) and all(t.kind == T_TEXT for t in found) and not _header_line(found) \
        and goal_level(line) is None and not note_line(line)


def _nameless_row(found: list[Token]) -> bool:
    """A row printing no name: its cells open with values (a row number, then the values) before any text."""
    lead = next((n for n, t in enumerate(found) if t.kind not in (T_VALUE, T_STAND_IN)), len(found))
    return lead >= MIN_VALUES


def _join_late_names(out: list[str], typed: list[list[Token]], values_at: dict[int, int]) -> None:
    """Names drawn after their rows (an Excel cell whose text overflows into the next cells is drawn last): under a
    header naming a name column, a run of rows printing no name, then as many name lines. Each name goes into its
    row, after the row's number when it opens with one (`1 12人 30人 移住定住課` + `移住者数`)."""
    k = 0
    while k < len(out):
        if not _nameless_row(typed[k]) or (k > 0 and _nameless_row(typed[k - 1])):
            k += 1
            continue
        end = k
        while end < len(out) and _nameless_row(typed[end]):
            end += 1
        names = end
        while names < len(out) and _name_line(typed[names], out[names]):
            names += 1
        header = typed[k - 1] if k > 0 else []
        if names - end == end - k >= MIN_ROWS and header and _header_line(header) \
                and any(header_role(t.text) == NAME for t in header):
            for row, name in zip(range(k, end), range(end, names), strict=True):
                found = typed[row]
                key = [found[0].text] if is_bare_number(found[0].text) else []
                rest = found[len(key):]
                out[row] = " ".join([*key, out[name].strip(), *(t.text for t in rest)])
                out[name] = ""
                values_at[row] = name
        k = max(end, k + 1)
