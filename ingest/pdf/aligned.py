"""Tables without vertical rules → `Grid`s: columns from aligned text, rows from horizontal rules or white space.

Office programs export a table with horizontal rules only, or with no rules at all (a spreadsheet without
borders); pdfplumber's lattice sees no cell there. This reader finds them in named steps:

1. `words_outside`: the page's words that no ruled grid holds.
2. `ruled_stacks`: horizontal rules that run over the same span of the page, three or more: a table whose rows
   the rules give; every other word is a candidate of an unruled table.
3. `separators`: the x-intervals that (nearly) no word of the region covers: the gutters between columns. A word
   that bridges a gutter is prose (a title, a footnote, a running header) and cuts the unruled region in two.
   Two columns that meet closer than a gutter (a right-aligned figure ending at the next column's left-aligned
   text) are split where several lines share the narrow gap (`split_at_flush_boundaries`).
4. rows: between the rules of a stack (a rule that misses a column leaves that column's cell spanning rows); in an
   unruled table, between the vertical gaps that every dense column shares, wider than the gaps between the lines
   of one cell. When no such gaps exist (rows no farther apart than lines; gaps only where a line is left blank
   or printed in another column alone), the grid keeps one row per printed line and says so
   (`LINE_ROWS_ENGINE`), for the interpreter to gather.
5. cells: the characters of each column and row, their lines joined (`celltext`).
6. tab stops: among the words no table took, a header line and the lines whose words stand under its words
   (`ingest.pdf.tabstops`; names joined to figures by dot leaders split at the leaders), rows as in step 4.

Geometry only: no word of any language decides a boundary.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import pairwise
from statistics import median
from typing import TYPE_CHECKING, Any

from ingest.pdf.celltext import FLOAT_NOISE, cell_text
from ingest.pdf.grid import Grid, GridCell
from ingest.pdf.leaders import leader_runs
from ingest.pdf.rules import RULE_SNAP, Rules, Segment
from ingest.pdf.tabstops import TabStopBlock, printed_lines, tab_stop_blocks
from ingest.pdf.words import box_of, word_chars

if TYPE_CHECKING:
    from ingest.pdf.source import PageSource

RULED_ROWS_ENGINE = "aligned-ruled-rows"
WHITESPACE_ENGINE = "aligned-whitespace"
#: One grid row per printed line: the interpreter gathers a table row's lines.
LINE_ROWS_ENGINE = "aligned-lines"

#: Characters closer than this (points) along a line belong to one word.
WORD_GAP = 2.0
#: A gutter is at least this share of the median character height wide (a space inside a cell is narrower
#: than the padding on both sides of a column boundary).
MIN_GUTTER = 0.4
#: Words allowed to cover a gutter, as a share of the region's words (a title or footnote bridges them).
GUTTER_NOISE = 0.02
MIN_GUTTER_NOISE = 2
#: Two rules of one table are at most this share of the page height apart (one row).
MAX_ROW_SHARE = 0.4
#: A lone row of this many cells is a table (a header printed at the foot of a page, its body on the next).
MIN_LONE_ROW_CELLS = 3
#: Text this many times taller than the median of its region is a heading or caption, not a table cell.
LARGER_TEXT = 1.2
#: A band between two rules is no table row when its text keeps farther from one of them than this many times
#: the usual cell padding, plus the slack (points).
ROW_PAD_FACTOR = 2.5
ROW_PAD_SLACK = 2.0
#: A band between two rules whose text is all this many times taller than the median text between the rules is a
#: heading, not a row (a 12pt heading between two tables of 10pt text, the rule under one table the rule over the
#: next).
HEADING_BAND_TEXT = 1.1
#: A band between two rules holding this many lines that are each one word over `PROSE_WIDTH_SHARE` of the rules'
#: width is prose, not a table row.
MIN_PROSE_LINES = 2
PROSE_WIDTH_SHARE = 0.6
#: A vertical gap this much wider than the gap between lines of one cell separates two rows.
ROW_GAP_MARGIN = 1.5
#: Words of one column that overlap vertically by more than this (points) are on one line.
SAME_LINE_OVERLAP = 0.5
#: A column with at least this share of the text blocks of the busiest column defines rows.
DENSE_SHARE = 0.8
#: A label is printed at the top of its row when their tops are this close (points).
TOP_TOLERANCE = 1.0
#: A label is centred on a run of rows when the middles differ by at most this share of the character height.
CENTRE_TOLERANCE = 0.3
#: A vertical gap this many times the median row gap ends an unruled table (a page footer, a caption).
END_GAP_FACTOR = 3.0
#: A gap between two characters of a line at least this share of the character height wide (characters of one
#: word keep closer) may be a boundary between two columns narrower than a gutter.
FLUSH_GAP = 0.1
#: Such a gap is a column boundary when this many lines share it (points of tolerance: `FLUSH_SLACK`).
MIN_FLUSH_LINES = 3
FLUSH_SLACK = 0.5
#: Line tops within this share of the character height of a lattice of the line pitch stand on it.
PITCH_TOLERANCE = 0.1
#: A block of this many lines printed alike by every dense column is that many rows, whatever their spacing.
MIN_PITCH_ROWS = 3


@dataclass
class Word:
    """A run of characters on one line with no gap wider than `WORD_GAP`."""

    x0: float
    x1: float
    top: float
    bottom: float
    chars: list[dict[str, Any]] = field(repr=False)
    #: Its right end meets the next column at a narrow boundary (`flush_boundaries`): a gutter however narrow.
    flush_right: bool = False

    @property
    def mid_y(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def mid_x(self) -> float:
        return (self.x0 + self.x1) / 2


Box = tuple[float, float, float, float]


def words_outside(page: PageSource, taken: list[Box]) -> list[Word]:
    """Step 1: the page's upright words whose centre no box of `taken` holds: the words of pdfplumber's
    `extract_words(x_tolerance=WORD_GAP, y_tolerance=3)` with their boxes, without the rest of its word dicts."""
    words = []
    # the page's upright lines (`PageSource.char_lines`, made once) serve though made at the text map's x tolerance:
    # only rotated lines depend on it; a pdfplumber page (the engine bench, tests) has none
    lines = getattr(page, "char_lines", None)
    upright_lines = [line for line in lines if line[0]] if lines is not None else None
    for upright, chars in word_chars(page.chars, WORD_GAP, 3, upright_lines):
        if not upright:
            continue
        x0, top, x1, bottom = box_of(chars)
        word = Word(x0, x1, top, bottom, list(chars))
        mid_x, mid_y = word.mid_x, word.mid_y
        if not any(x0 <= mid_x <= x1 and top <= mid_y <= bottom for x0, top, x1, bottom in taken):
            words.append(word)
    # a blank right after a word stays with it (not in its extent): `がんの 75歳` keeps its space in the cell; it goes
    # to the first word (in their order) that ends where it begins, on its line. The words are looked up by their
    # right end (a window a point wider than the test, then the test itself), not every word for every blank.
    blanks = [c for c in page.chars if not c["text"].strip()]
    if blanks and words:
        by_end = sorted(range(len(words)), key=lambda i: words[i].x1)
        ends = [words[i].x1 for i in by_end]
        for blank in blanks:
            x0, top = blank["x0"], blank["top"]
            window = by_end[bisect_left(ends, x0 - WORD_GAP - 1.0):bisect_right(ends, x0 + FLOAT_NOISE + 1.0)]
            found = [i for i in window
                     if abs(top - words[i].top) <= 3 and -FLOAT_NOISE <= x0 - words[i].x1 <= WORD_GAP]
            if found:
                words[min(found)].chars.append(blank)
    return words


def split_at_leaders(word: Word) -> list[Word]:
    """A word in pieces between its leader runs, the leaders dropped: a word processor joins a name to the figures
    at its tab stops by leader glyphs (`name…………2人`; layouts 68), which stand for the gap between two columns, so
    that the name and the figure are two words, one in each column."""
    runs = leader_runs("".join(c["text"] for c in word.chars))
    if not runs:
        return [word]
    bounds = [0, *(i for run in runs for i in run), len(word.chars)]
    return [Word(min(c["x0"] for c in piece), max(c["x1"] for c in piece), word.top, word.bottom, piece)
            for start, end in zip(bounds[::2], bounds[1::2], strict=True) if (piece := word.chars[start:end])]


def flush_boundaries(words: list[Word]) -> list[tuple[float, float]]:
    """Boundaries between two columns closer than a gutter: a right-aligned figure ending a word gap or less
    before the left-aligned text of the next column (`60万人商工観光課`, a spreadsheet's cells printed without
    padding). A boundary is a gap between two characters, wider than `FLUSH_GAP` character heights and narrower
    than a gutter, that `MIN_FLUSH_LINES` lines share: the characters before it end at one x, those after it
    begin at one x, no one x begins half the runs before it or more (a right-aligned column; in a left-aligned
    one, a text repeated down the column or a spacing after one glyph lines up its gaps as well), and no character
    of the lines between them crosses it."""
    if not words:
        return []
    size = median(w.bottom - w.top for w in words)
    found: list[tuple[float, float, float, int]] = []  # (end before, start after, start of the run before, line)
    lines = printed_lines(words)
    for n, line in enumerate(lines):
        chars = sorted((c for w in line for c in w.chars if c["text"].strip()), key=lambda c: c["x0"])
        run = chars[0]["x0"] if chars else 0.0
        for before, after in pairwise(chars):
            gap = after["x0"] - before["x1"]
            if FLUSH_GAP * size <= gap < MIN_GUTTER * size:
                found.append((before["x1"], after["x0"], run, n))
            if gap >= FLUSH_GAP * size:
                run = after["x0"]
    boundaries: list[tuple[float, float]] = []
    found.sort()
    ends = [f[0] for f in found]
    for end, start, _, _ in found:
        if any(abs(end - a) <= FLUSH_SLACK for a, _ in boundaries):
            continue
        # the gaps ending near `end` (a window twice the slack wide, then the exact test): not every gap of the page
        near = found[bisect_left(ends, end - 2 * FLUSH_SLACK):bisect_right(ends, end + 2 * FLUSH_SLACK)]
        shared = [f for f in near if abs(f[0] - end) <= FLUSH_SLACK and abs(f[1] - start) <= FLUSH_SLACK]
        starts = Counter(round(f[2]) for f in shared)
        numbers = {f[3] for f in shared}
        if len(numbers) < MIN_FLUSH_LINES or 2 * max(starts.values()) > len(shared):
            continue
        a, b = max(f[0] for f in shared), min(f[1] for f in shared)
        # no character of the lines between crosses it: a gap down the table, not one in a column of text
        between = lines[min(numbers):max(numbers) + 1]
        if not any(c["x0"] < b - FLUSH_SLACK and c["x1"] > a + FLUSH_SLACK
                   for line in between for w in line for c in w.chars if c["text"].strip()):
            boundaries.append((a, b))
    return boundaries


def split_at_flush_boundaries(words: list[Word]) -> list[Word]:
    """The words cut at the `flush_boundaries` they hold, each piece before a boundary marked `flush_right`."""
    boundaries = flush_boundaries(words)
    if not boundaries:
        return words
    out = []
    for word in words:
        pieces = [word.chars]
        for end, start in boundaries:
            last = pieces.pop()
            left = [c for c in last if c["x1"] <= end + FLUSH_SLACK]
            right = [c for c in last if c["x0"] >= start - FLUSH_SLACK]
            pieces += [left, right] if left and right and len(left) + len(right) == len(last) else [last]
        for chars in pieces:
            x1 = max(c["x1"] for c in chars)
            out.append(Word(min(c["x0"] for c in chars), x1, word.top, word.bottom, chars,
                            any(abs(x1 - end) <= FLUSH_SLACK for end, _ in boundaries)))
    return out


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= RULE_SNAP


def ruled_stacks(rules: Rules, page_height: float, taken: list[Box]) -> list[list[Segment]]:
    """Step 2: groups of three or more horizontal rules of one table. The first rule sets the table's extent;
    the next rules run over the same extent, or over part of it from one of its ends (under a merged cell);
    the table ends with its last rule of the full extent, at a rule of another extent, or at a gap taller than
    any row."""
    free = [s for s in rules.horizontal
            if not any(x0 - RULE_SNAP <= (s.start + s.end) / 2 <= x1 + RULE_SNAP and top - RULE_SNAP <= s.at
                       <= bottom + RULE_SNAP for x0, top, x1, bottom in taken)]
    stacks: list[list[Segment]] = []
    i = 0
    while i < len(free):
        frame = free[i]
        stack, last_full = [frame], 0
        for rule in free[i + 1:]:
            if rule.at - stack[-1].at > MAX_ROW_SHARE * page_height:
                break
            full = _same(rule.start, frame.start) and _same(rule.end, frame.end)
            part = (frame.start - RULE_SNAP <= rule.start and rule.end <= frame.end + RULE_SNAP
                    and (_same(rule.start, frame.start) or _same(rule.end, frame.end)))
            if not (full or part):
                break
            stack.append(rule)
            last_full = len(stack) - 1 if full else last_full
        stack = stack[:last_full + 1]
        if len({round(r.at) for r in stack}) >= 3:
            stacks.append(stack)
            i += len(stack)
        else:
            i += 1
    return stacks


def is_prose(words: list[Word], width: float) -> bool:
    """Words of a band that are a paragraph, not table cells: at least `MIN_PROSE_LINES` of its lines are each one
    word running over most of the band's `width` (a table row's lines hold a word per column, or a short cell's)."""
    lines = _blocks([(w.top, w.bottom) for w in words], -SAME_LINE_OVERLAP)
    wide = 0
    for top, bottom in lines:
        on_line = [w for w in words if top <= w.mid_y <= bottom]
        wide += len(on_line) == 1 and on_line[0].x1 - on_line[0].x0 > PROSE_WIDTH_SHARE * width
    return wide >= MIN_PROSE_LINES


def split_at_non_rows(stack: list[Segment], words: list[Word]) -> list[list[Segment]]:
    """A stack cut where the band between two rules is no table row: a row is as tall as its tallest cell, so
    its text comes within the cell padding of both rules; text far from both (a heading and a caption between
    two tables of equal width) is not a row; nor is a band of prose lines (a page's running header ruled under it
    as wide as the table, then the title and paragraphs above the table), nor a band of text larger than the
    table's (a heading between two tables ruled without gap)."""
    ys = sorted({round(s.at, 1) for s in stack})
    width = max(s.end for s in stack) - min(s.start for s in stack)
    within = [w for w in words if ys[0] < w.mid_y < ys[-1]]
    body = median(w.bottom - w.top for w in within) if within else 0.0
    gaps: dict[int, float] = {}
    prose = []
    for i, (top, bottom) in enumerate(pairwise(ys)):
        inside = [w for w in words if top < w.mid_y < bottom]
        if inside:
            gaps[i] = max(min(w.top for w in inside) - top, bottom - max(w.bottom for w in inside))
            if is_prose(inside, width) or all(w.bottom - w.top > HEADING_BAND_TEXT * body for w in inside):
                prose.append(i)
    if len(gaps) < 3:
        return [stack]
    usual = median(gaps.values())
    cuts = sorted({*prose, *(i for i, gap in gaps.items() if gap > ROW_PAD_FACTOR * usual + ROW_PAD_SLACK)})
    pieces, start = [], 0
    for cut in [*cuts, len(ys) - 1]:
        top, bottom = ys[start], ys[cut]
        pieces.append([s for s in stack if top - RULE_SNAP <= s.at <= bottom + RULE_SNAP])
        start = cut + 1
    return [p for p in pieces if len({round(r.at) for r in p}) >= 2]


def separators(words: list[Word], noise: int | None = None) -> list[tuple[float, float]]:
    """Step 3: gutters, the x-intervals inside the words' span covered by at most `noise` words and at least
    `MIN_GUTTER` character heights wide, or narrower at a flush boundary (`split_at_flush_boundaries`)."""
    if len(words) < 2:
        return []
    allowed = max(MIN_GUTTER_NOISE, int(GUTTER_NOISE * len(words))) if noise is None else noise
    width = MIN_GUTTER * median(w.bottom - w.top for w in words)
    events = sorted([(w.x0, 1) for w in words] + [(w.x1, -1) for w in words])
    gutters: list[tuple[float, float]] = []
    depth, start = 0, None
    lo, hi = min(w.x0 for w in words), max(w.x1 for w in words)
    flush = {w.x1 for w in words if w.flush_right}
    for x, step in events:
        before = depth
        depth += step
        if before > allowed >= depth:
            start = x
        elif before <= allowed < depth and start is not None:
            if (x - start >= width or start in flush) and lo < start and x < hi:
                gutters.append((start, x))
            start = None
    return gutters


def _bridges(word: Word, gutters: list[tuple[float, float]]) -> bool:
    return any(word.x0 < a and word.x1 > b for a, b in gutters)


def gutters_and_bridges(words: list[Word]) -> tuple[list[tuple[float, float]], list[Word]]:
    """The gutters of a region and the prose that bridges them. Gutters allowing a few crossing words find those
    words; a crossing word alone on its line is prose (a title, a footnote), one with neighbours is a cell that
    overflows its column. The exact gutters are those no other word enters (a sparse column's few words keep
    theirs)."""
    loose = separators(words)
    crossing = [w for w in words if _bridges(w, loose)]
    bridging = [w for w in crossing if not any(
        o is not w and not _bridges(o, loose) and min(o.bottom, w.bottom) - max(o.top, w.top) > (w.bottom - w.top) / 2
        for o in words)]
    rest = [w for w in words if not any(w is c for c in crossing)]
    return separators(rest, noise=0), bridging


def overflowed_gutters(words: list[Word]) -> list[tuple[float, float]]:
    """The gutters of an unruled table, also those one cell's text crosses as it overflows into the next column
    (a long note in a narrow column printed without rules, whose last characters run under the next column's
    first): a gap that only one word covers, that word printed beside other words of its line (a cell of a row,
    not prose), is a gutter, and the word goes to the column of its centre."""
    exact = separators(words, noise=0)
    if not exact:
        return exact  # no table to begin with: a gutter only one word covers is no evidence of one (statements)
    one = separators(words, noise=1)
    overflowing = [w for w in words if _bridges(w, one) and any(
        o is not w and min(o.bottom, w.bottom) - max(o.top, w.top) > (w.bottom - w.top) / 2 for o in words)]
    return separators([w for w in words if not any(w is o for o in overflowing)], noise=0)


def _column_of(x: float, gutters: list[tuple[float, float]]) -> int:
    return bisect_left([(a + b) / 2 for a, b in gutters], x)


def _text(words: list[Word], right: float) -> str:
    """The cell text of the words' characters, ordered by top to a tenth of a point, then x0 (each distinct top
    rounded once: a line's characters share it, and a decimal rounding costs more than the sort)."""
    chars = [c for w in words for c in w.chars]
    row_of = {top: round(top, 1) for top in {c["top"] for c in chars}}
    chars.sort(key=lambda c: (row_of[c["top"]], c["x0"]))
    return cell_text(chars, right)


def _column_rights(words: list[Word], gutters: list[tuple[float, float]], n_cols: int) -> list[float]:
    """Each column's right edge for wrap detection: the middle of the gutter on its right (the last column: its
    rightmost ink). A line reaching it, or nearly, was wrapped; a line ending a character or two short of the
    column's widest ink was not necessarily."""
    rights = [(a + b) / 2 for a, b in gutters] + [0.0]
    rights[-1] = max((w.x1 for w in words if _column_of(w.mid_x, gutters) == n_cols - 1), default=0.0) + 1.0
    return rights


def _grid_from_cells(page: int, engine: str, bbox: Box, cells: list[GridCell], n_rows: int, n_cols: int,
                     edges: list[float], gutters: list[tuple[float, float]]) -> Grid:
    columns = [bbox[0], *((a + b) / 2 for a, b in gutters), bbox[2]]
    return Grid(page, bbox, n_rows, n_cols, engine, sorted(cells, key=lambda c: (c.row, c.col)), edges,
                line_rows=engine == LINE_ROWS_ENGINE, col_edges=columns)


def ruled_rows_grid(page_number: int, stack: list[Segment], words: list[Word]) -> Grid | None:
    """Step 4 with rules: the table between the first and last rule of a stack, columns from its gutters."""
    top, bottom = stack[0].at, stack[-1].at
    x0, x1 = min(s.start for s in stack), max(s.end for s in stack)
    inside = [w for w in words if top <= w.mid_y <= bottom and x0 - RULE_SNAP <= w.mid_x <= x1 + RULE_SNAP]
    gutters, _ = gutters_and_bridges(inside)  # a bridging word (a label over several columns) goes by its centre
    if not gutters or not inside:
        return None
    n_cols = len(gutters) + 1
    bounds = [x0, *((a + b) / 2 for a, b in gutters), x1]
    ys = sorted({round(s.at, 1) for s in stack})
    ys = [y for i, y in enumerate(ys) if i == 0 or y - ys[i - 1] > RULE_SNAP]
    n_rows = len(ys) - 1
    rights = _column_rights(inside, gutters, n_cols)
    by_cell: dict[tuple[int, int], list[Word]] = {}
    for w in inside:
        row = min(max(bisect_right(ys, w.mid_y) - 1, 0), n_rows - 1)
        by_cell.setdefault((row, _column_of(w.mid_x, gutters)), []).append(w)
    cells = []
    for col in range(n_cols):
        centre = (bounds[col] + bounds[col + 1]) / 2
        # the rules that cross this column close its cells; a rule that misses it leaves a merged cell
        closing = [i for i, y in enumerate(ys) if i in (0, n_rows) or any(
            abs(s.at - y) <= RULE_SNAP and s.start - RULE_SNAP <= centre <= s.end + RULE_SNAP for s in stack)]
        for start, end in pairwise(closing):
            members = [w for r in range(start, end) for w in by_cell.get((r, col), [])]
            cells.append(GridCell(start, col, _text(members, rights[col]) if members else "", end - start))
    return _grid_from_cells(page_number, RULED_ROWS_ENGINE, (x0, top, x1, bottom), cells, n_rows, n_cols, ys,
                            gutters)


def _blocks(lines: list[tuple[float, float]], joint: float) -> list[tuple[float, float]]:
    """Vertical extents merged where they overlap or are at most `joint` apart."""
    merged: list[list[float]] = []
    for top, bottom in sorted(lines):
        if merged and top - merged[-1][1] <= joint:
            merged[-1][1] = max(merged[-1][1], bottom)
        else:
            merged.append([top, bottom])
    return [(a, b) for a, b in merged]


def _line_gap(words_by_col: dict[int, list[Word]], margin: float) -> float:
    """The usual vertical gap between two lines of one cell: the top of the smallest cluster of gaps between
    consecutive lines of a column (gaps within `margin` of each other cluster). Gaps between rows are larger by
    the cell padding, however few the cells of several lines are."""
    gaps = []
    for words in words_by_col.values():
        lines = _blocks([(w.top, w.bottom) for w in words], -SAME_LINE_OVERLAP)
        gaps += [max(c - b, 0.0) for (_, b), (c, _) in pairwise(lines)]
    gaps.sort()
    if not gaps:
        return 0.0
    top = gaps[0]
    for gap in gaps[1:]:
        if gap > top + margin:
            break
        top = gap
    return top


def _row_of(extent: tuple[float, float], rows: list[tuple[float, float]]) -> tuple[int, int]:
    """First row and number of rows a vertical extent overlaps (the nearest row when it falls in a gap)."""
    top, bottom = extent
    hit = [i for i, (a, b) in enumerate(rows) if min(b, bottom) - max(a, top) > 0]
    if hit:
        return hit[0], hit[-1] - hit[0] + 1
    mid = (top + bottom) / 2
    return min(range(len(rows)), key=lambda i: min(abs(rows[i][0] - mid), abs(rows[i][1] - mid))), 1


def _group_spans(blocks: list[tuple[float, float]], rows: list[tuple[float, float]], size: float,
                 bounds: set[int], walls: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """(first row, row span) of each label of a row-group column without rules.

    A group starts and ends where a group of the column to its right does (`bounds`: row indices where a run may
    begin or end after its last row). A label printed at the top of its first row, shorter than that row, spans
    down to the next label (also how a producer prints a centred label whose group breaks across pages); a label
    centred in its group spans the largest run of rows, between its neighbours, whose middle is its middle. Rows
    left over (a group continued from the previous page) belong to no label here: the interpreter carries the
    label above. No run crosses a `wall`, a row where a group of a column to its left begins or ends (a measure
    merged over rows of one goal stops where the next goal begins), unless the label itself does."""
    placed = [_row_of(extent, rows) for extent in blocks]
    spans: list[tuple[int, int]] = []
    low = 0
    for i, (extent, (first, n)) in enumerate(zip(blocks, placed, strict=True)):
        last = first + n - 1
        high = max(last, placed[i + 1][0] - 1 if i + 1 < len(placed) else len(rows) - 1)
        runs = [(s, e) for s in range(min(low, first), first + 1) for e in range(last, high + 1)]
        runs = [(s, e) for s, e in runs if not any(s < wall <= e for wall in walls)] or runs
        valid = [run for run in runs if run[0] in bounds and run[1] + 1 in bounds] or runs
        middle = (extent[0] + extent[1]) / 2
        error = {run: abs((rows[run[0]][0] + rows[run[1]][1]) / 2 - middle) for run in valid}
        centred = [run for run in valid if error[run] <= CENTRE_TOLERANCE * size]
        if (first, high) in error and abs(extent[0] - rows[first][0]) <= TOP_TOLERANCE \
                and extent[1] < rows[last][1] - TOP_TOLERANCE:
            start, end = first, high
        elif centred:
            start, end = max(centred, key=lambda r: (r[1] - r[0], -error[r]))
        else:
            start, end = min(valid, key=lambda r: error[r])
        spans.append((start, end - start + 1))
        low = end + 1
    return spans


def _lines_are_rows(words: list[Word], by_col: dict[int, list[Word]], dense: list[int],
                    rows: list[tuple[float, float]], size: float) -> bool:
    """Rows no farther apart than lines, though the blocks of the dense columns seem to be rows: every line stands
    on one lattice of the line pitch, every gap between two blocks is a line that other columns print alone (a
    goal heading in a row of its own), not a row's padding, and in some block every dense column prints the same
    two or more lines (a wrapped cell's lines stand beside one line of the other columns, not beside one line
    each). Without one lattice (a header row set apart by its padding, a box of prose under the table: a
    presentation program's table), a block in which every column prints the same `MIN_PITCH_ROWS` or more lines
    on one pitch (`_alike_rows`) is rows of one line each: cells wrapped to that many lines in every column are
    rarer."""
    lines = _blocks([(w.top, w.bottom) for w in words], -0.5 * size)
    tops = [top for top, _ in lines]
    lattice = _on_one_pitch(tops, size) and all(any(above < (top + bottom) / 2 < below for top, bottom in lines)
                                                for (_, above), (below, _) in pairwise(rows))
    for top, bottom in rows:
        lines = [{bisect_right(tops, w.mid_y) for w in by_col[col] if top <= w.mid_y <= bottom} for col in dense]
        if len(lines[0]) >= 2 and all(own == lines[0] for own in lines) and (lattice or _alike_rows(
                [{bisect_right(tops, w.mid_y) for w in ws if top <= w.mid_y <= bottom} for ws in by_col.values()],
                tops, size) or _unwrapped([w for w in by_col[min(dense)] if top <= w.mid_y <= bottom], tops, size)):
            return True
    return False


def _unwrapped(words: list[Word], tops: list[float], size: float) -> bool:
    """The first column's lines of a block were not wrapped: a line narrower by a character or more than the line
    after it ended before its text reached the column's edge (a wrapped cell fills each line but its last), so
    the block's lines, printed alike by every dense column, are rows of one line each (a presentation program's
    table of two one-line rows, too few for `_alike_rows`)."""
    extents: dict[int, tuple[float, float]] = {}
    for w in words:
        line = bisect_right(tops, w.mid_y)
        x0, x1 = extents.get(line, (w.x0, w.x1))
        extents[line] = (min(x0, w.x0), max(x1, w.x1))
    widths = [x1 - x0 for _, (x0, x1) in sorted(extents.items())]
    return len(widths) >= 2 and any(a + size <= b for a, b in pairwise(widths))


def _alike_rows(lines: list[set[int]], tops: list[float], size: float) -> bool:
    """Two or more columns print the same `MIN_PITCH_ROWS` or more lines of a block (by index), on one pitch, and
    no column prints other lines there."""
    printed = [own for own in lines if own]
    return (len(printed) >= 2 and len(printed[0]) >= MIN_PITCH_ROWS and all(own == printed[0] for own in printed)
            and _on_one_pitch([tops[i - 1] for i in sorted(printed[0])], size))


def _on_one_pitch(tops: list[float], size: float) -> bool:
    """The line tops stand on one lattice of the smallest step between them."""
    steps = [b - a for a, b in pairwise(tops)]
    pitch = min(steps, default=0.0)
    return pitch > 0 and all(abs(s - pitch * round(s / pitch)) <= PITCH_TOLERANCE * size for s in steps)


def whitespace_grid(page_number: int, words: list[Word], gutters: list[tuple[float, float]]) -> Grid | None:
    """Step 4 without rules: rows from the gaps every dense column shares; one row per line when the gaps do
    not separate rows (a dense column would have two blocks in one row)."""
    n_cols = len(gutters) + 1
    by_col: dict[int, list[Word]] = {}
    for w in words:
        by_col.setdefault(_column_of(w.mid_x, gutters), []).append(w)
    if len(by_col) < 2:
        return None
    size = median(w.bottom - w.top for w in words)
    margin = min(ROW_GAP_MARGIN, 0.2 * size)
    joint = _line_gap(by_col, margin) + margin
    blocks = {col: _blocks([(w.top, w.bottom) for w in ws], joint) for col, ws in by_col.items()}
    busiest = max(len(b) for b in blocks.values())
    dense = [col for col, b in blocks.items() if len(b) >= DENSE_SHARE * busiest]
    rows = _blocks([extent for col in dense for extent in blocks[col]], joint)
    # every column right of the row-group labels holds at most one block per row, each within one row
    placed_rows = {col: [_row_of(extent, rows) for extent in blocks[col]] for col in by_col if col >= min(dense)}
    consistent = len(rows) >= 2 and all(
        max(Counter(row for row, _ in placed).values()) <= 1 and all(span == 1 for _, span in placed)
        for placed in placed_rows.values()) and not _lines_are_rows(words, by_col, dense, rows, size)
    rights = _column_rights(words, gutters, n_cols)
    cells = []
    if consistent:
        engine = WHITESPACE_ENGINE
        # sparse columns left of every dense one are row-group labels: merged cells over several rows, each
        # group nested in the groups of the column to its right
        bounds = set(range(len(rows) + 1))
        spans = {}
        labels = sorted((c for c in by_col if c < min(dense)), reverse=True)
        bounds_of = {}
        for col in labels:
            bounds_of[col] = bounds
            spans[col] = _group_spans(blocks[col], rows, size, bounds)
            bounds = {s for s, _ in spans[col]} | {s + n for s, n in spans[col]} | {0, len(rows)}
        # ... and each group within the groups of the columns to its left: an inner label placed again, its runs
        # stopping at the outer groups' edges
        walls: frozenset[int] = frozenset()
        for col in reversed(labels):
            if walls:
                spans[col] = _group_spans(blocks[col], rows, size, bounds_of[col], walls)
            walls |= {s for s, _ in spans[col]} | {s + n for s, n in spans[col]}
        for col, ws in by_col.items():
            placed = spans.get(col) or [_row_of(extent, rows) for extent in blocks[col]]
            for extent, (row, span) in zip(blocks[col], placed, strict=True):
                members = [w for w in ws if extent[0] <= w.mid_y <= extent[1]]
                cells.append(GridCell(row, col, _text(members, rights[col]), span))
    else:
        engine = LINE_ROWS_ENGINE
        rows = _blocks([(w.top, w.bottom) for w in words], -0.5 * size)
        tops = [a for a, _ in rows]
        for col, ws in by_col.items():
            by_row: dict[int, list[Word]] = {}
            for w in ws:
                by_row.setdefault(max(bisect_right(tops, w.mid_y) - 1, 0), []).append(w)
            cells += [GridCell(row, col, _text(members, rights[col])) for row, members in by_row.items()]
    filled = Counter(cell.row for cell in cells if cell.text.strip())
    if sum(1 for n in filled.values() if n >= 2) < 2 and max(filled.values(), default=0) < MIN_LONE_ROW_CELLS:
        return None  # not a table: fewer than two rows with two cells, and no row of many cells
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    edges = [*(a for a, _ in rows), rows[-1][1]]
    # the box holds every word of its cells: a sparse column's cell (a reason wrapped over more lines than the
    # dense columns' values) may reach below the last row's extent, and a line outside the box is read again as
    # text after the table (002 norules: the reason's last line `たため。` hid the note paragraph under the table)
    top, bottom = min(rows[0][0], *(w.top for w in words)), max(rows[-1][1], *(w.bottom for w in words))
    return _grid_from_cells(page_number, engine, (x0, top, x1, bottom), cells, len(rows), n_cols, edges, gutters)


def tab_stop_grid(page_number: int, block: TabStopBlock) -> Grid:
    """A tab-stop table (`ingest.pdf.tabstops`) as a grid: its header line, then one row per row of the block (a
    name wrapped over several lines is one cell); the rows' leading words, under no header word, are the names
    (the header leaves their column empty)."""
    n_cols = len(block.gutters) + 1
    rights = _column_rights(block.words, block.gutters, n_cols)
    cells = []
    for row, words in enumerate([block.header, *block.rows]):
        by_col: dict[int, list[Word]] = {}
        for w in words:
            by_col.setdefault(_column_of(w.mid_x, block.gutters), []).append(w)
        cells += [GridCell(row, col, _text(members, rights[col])) for col, members in by_col.items()]
    lines = [block.header, *block.rows]
    edges = [*(min(w.top for w in line) for line in lines), max(w.bottom for w in lines[-1])]
    bbox = (min(w.x0 for w in block.words), edges[0], max(w.x1 for w in block.words), edges[-1])
    grid = _grid_from_cells(page_number, WHITESPACE_ENGINE, bbox, cells, len(lines), n_cols, edges, block.gutters)
    return replace(grid, name_col=0, uncertain_rows={row + 1 for row in block.doubtful})


def _cut(group: list[Word], cutting: list[Word]) -> list[list[Word]]:
    """The words of `group` (top to bottom) in pieces between the lines of the `cutting` words, which are
    dropped."""
    cuts = _blocks([(w.top, w.bottom) for w in cutting], 0.0)
    pieces: list[list[Word]] = [[]]
    for w in group:
        if any(a - 0.5 <= w.mid_y <= b + 0.5 for a, b in cuts):
            if pieces[-1]:
                pieces.append([])
            continue
        pieces[-1].append(w)
    return [p for p in pieces if p]


def _unruled_regions(words: list[Word]) -> list[list[Word]]:
    """Step 3 on the words of no ruled table: cut at lines printed larger than the text around them (headings
    and captions between tables, whose columns may differ), then at lines that bridge the gutters of a piece,
    recomputing the gutters of each new piece."""
    ordered = sorted(words, key=lambda w: w.top)
    if not ordered:
        return []
    body = median(w.bottom - w.top for w in ordered)
    pending = _cut(ordered, [w for w in ordered if w.bottom - w.top > LARGER_TEXT * body])
    regions = []
    while pending:
        group = pending.pop()
        gutters, bridging = gutters_and_bridges(group)
        if not gutters:
            continue
        if not bridging:
            regions.append(group)
            continue
        pending.extend(p for p in _cut(group, bridging) if len(p) >= 4 and len(p) < len(group))
    return regions


def _split_at_wide_gaps(words: list[Word]) -> list[list[Word]]:
    """An unruled table ends where the vertical gap is far wider than its usual gaps between lines."""
    lines = _blocks([(w.top, w.bottom) for w in words], 0.0)
    gaps = [c - b for (_, b), (c, _) in pairwise(lines)]
    if len(gaps) < 3:
        return [words]
    usual = max(median(gaps), 0.5 * median(w.bottom - w.top for w in words))
    cuts = [c for (_, b), (c, _) in pairwise(lines) if c - b > END_GAP_FACTOR * usual]
    pieces: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.top):
        if not pieces or any(pieces[-1][-1].top < cut <= w.top for cut in cuts):
            pieces.append([])
        pieces[-1].append(w)
    return pieces


def continued_gutters(piece: list[Word], gutters: list[tuple[float, float]], columns: list[float] | None
                      ) -> list[tuple[float, float]]:
    """The gutters of an unruled table at the top of a page, taken from the table above it on the previous page
    (`columns`: its column lines) when the piece fits them and has fewer of its own (a column left empty)."""
    inner = (columns or [])[1:-1]
    if len(inner) <= len(gutters):
        return gutters
    straddled = any(w.x0 < b < w.x1 for w in piece for b in inner)
    unmatched = any(not any(a <= b <= c for b in inner) for a, c in gutters)
    return gutters if straddled or unmatched else [(b, b) for b in inner]


def aligned_grids(page: PageSource, rules: Rules, taken: list[Box], unruled: bool = True,
                  columns: list[float] | None = None) -> list[Grid]:
    """Tables of the page outside the `taken` boxes (ruled grids already found), top to bottom; tables without
    any rule only when `unruled`. `columns`: the column lines of the last table of the previous page, for an
    unruled table that starts the page (its continuation)."""
    words = split_at_flush_boundaries(words_outside(page, taken))
    grids: list[Grid] = []
    claimed: list[Box] = []
    for stack in ruled_stacks(rules, float(page.height), taken):
        for part in split_at_non_rows(stack, words):
            grid = ruled_rows_grid(page.page_number, part, words)
            if grid is not None and grid.n_cols > 1:
                grids.append(grid)
                claimed.append(grid.bbox)
    rest = [w for w in words if not any(x0 - 1 <= w.mid_x <= x1 + 1 and top <= w.mid_y <= bottom
                                        for x0, top, x1, bottom in claimed)]
    first_top = min((w.top for w in rest), default=0.0)
    for region in _unruled_regions(rest) if unruled else []:
        for piece in _split_at_wide_gaps(region):
            gutters = overflowed_gutters(piece)
            if gutters and min(w.top for w in piece) <= first_top:
                gutters = continued_gutters(piece, gutters, columns)
            grid = whitespace_grid(page.page_number, piece, gutters) if gutters else None
            if grid is not None:
                grids.append(grid)
                claimed.append(grid.bbox)
    # tables of tab stops under a header line among the words left: lines of other columns around them (statements
    # `name…… a → b`, headings) leave no gutter down the region, so the finder above misses them
    left = [w for w in rest if not any(x0 - 1 <= w.mid_x <= x1 + 1 and top <= w.mid_y <= bottom
                                       for x0, top, x1, bottom in claimed)]
    for block in tab_stop_blocks([piece for w in left for piece in split_at_leaders(w)]):
        grids.append(tab_stop_grid(page.page_number, block))
    return sorted(grids, key=lambda g: g.bbox[1])
