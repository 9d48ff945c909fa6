"""Whitespace-aligned columns (a pdftotext `-layout` page, a table typed with spaces): lines whose cells are
separated by runs of spaces, with columns where every row leaves a gutter.

Steps: split lines into segments at gaps (two spaces or more, or an ideographic space) → blocks of lines with
at least two segments (single-segment lines inside stay: wrapped cells, a header word standing alone) → gutters,
the positions almost no line of the block covers → one cell per column and line. Positions are counted both in
characters (pdftotext places one character per position) and in display width (a table typed in an editor,
where a full-width character is two wide); the measure under which more cells line up wins.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ingest.table.grid import grid_from_rows
from ingest.text.blocks import TextTable

ENGINE = "text-aligned"
_GAP = re.compile(r"[ \u3000]{2,}|\u3000")
#: A single space between two values (`１１，９４２億円 １０，０６０億円`: values wider than their column, which
#: pdftotext keeps one space apart): after a digit and a unit of one to three characters, before a digit.
#: `令和 6 年度`, `(平成 30 年)`, `1,563 件 1,630 件`, `計画21(第 3 次)` stay whole (no unit opens a bracket).
_TOUCHING = re.compile("|".join(rf"(?<=\d[^\d\s(（]{{{n}}}) (?=\d)" for n in (1, 2, 3)))
#: Blank lines a block may hold in a row: one separates the records of a table; two or more separate tables, whose
#: columns may differ.
MAX_BLANK_RUN = 1
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


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def _width(text: str, wide: bool) -> int:
    if not wide:
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def segments(line: str, wide: bool = False) -> list[Segment]:
    """The text runs of a line between gaps, with start/end positions (characters or display width)."""
    line = line.rstrip()
    # values one space apart are split only in a line that has gaps: a line of single spaces is no aligned row
    touching = _TOUCHING if _GAP.search(line.strip()) else None
    found = []
    for match in re.finditer(rf"(?:(?!{_GAP.pattern}).)+", line):
        text = match.group(0)
        if not text.strip():
            continue
        lead = len(text) - len(text.lstrip())
        offset = match.start() + lead
        for piece in touching.split(text.strip()) if touching else [text.strip()]:
            start = _width(line[:offset], wide) if wide else offset
            found.append(Segment(start, start + _width(piece, wide), piece))
            offset += len(piece) + 1
    return found


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """Runs of lines from a multi-segment line to the last multi-segment line (plus wrapped lines after it)."""
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
               and found[first - 1][0].start > MARGIN and i - first < MAX_LEADING_LINES):
            first -= 1
        blank = single = 0
        j = i + 1
        while j < len(lines):
            if counts[j] >= 2:
                last, blank, single = j, 0, 0
            elif counts[j] == 0:
                blank += 1
                single = 0
                if blank > MAX_BLANK_RUN:
                    break
            else:
                single += 1 if found[j][0].start <= MARGIN else 0
                blank = 0
                if single > MAX_SINGLE_RUN:
                    break
            j += 1
        end = last
        while end + 1 < len(lines) and counts[end + 1] == 1 and end - last < MAX_TRAILING_LINES:
            end += 1
        if end > first:
            blocks.append((first, end))
        i = max(end, last) + 1
    return blocks


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


def _column_of(segment: Segment, columns: list[tuple[int, int]]) -> int:
    """The column a segment belongs to: the one its centre lies in, or for a segment running over several
    columns (a note line under the table, a long name) the one it starts in."""
    overlapped = [c for c, (a, b) in enumerate(columns) if segment.start < b and a < segment.end]
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
    for segs in block:
        if len(segs) == len(columns):
            rows.append([s.text for s in segs])  # one segment per column: order says more than a pushed position
            continue
        cells = [""] * len(columns)
        for s in segs:
            c = _column_of(s, columns)
            cells[c] = f"{cells[c]} {s.text}".strip()
        rows.append(cells)
    return rows


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


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every block of aligned lines with at least two columns, as a grid of one row per line.

    The columns of the block before are a candidate too: a table continued on the next page may leave a column
    empty or too few gutters to find its columns alone; when the earlier columns fit its lines and split none of
    its own columns, they are kept, so that the interpreter can join the two parts."""
    tables = []
    previous: tuple[bool, list[tuple[int, int]]] | None = None
    for first, last in _blocks(lines):
        blocks = {wide: [segments(line, wide) for line in lines[first:last + 1]] for wide in (False, True)}
        wide = _aligned_share(blocks[True]) > _aligned_share(blocks[False])
        block = blocks[wide]
        own = [c for c in (_columns(block, tolerance) for tolerance in (0.0, GUTTER_TOLERANCE)) if len(c) >= 2]
        if not own:
            continue
        chosen = (wide, min(own, key=lambda columns: _score(block, columns, 0)))
        if previous is not None and len(previous[1]) >= 2:
            earlier = blocks[previous[0]]
            foreign = _splits(earlier, chosen[1], previous[1]) if previous[0] == wide else 1
            if _score(earlier, previous[1], min(foreign, 1)) < _score(block, chosen[1], 0):
                chosen = previous
        previous = chosen
        rows = [(first + k + 1, cells) for k, cells in enumerate(_cells(blocks[chosen[0]], chosen[1]))]
        tables.append(TextTable(first, last, grid_from_rows(rows, ENGINE)))
    return tables
