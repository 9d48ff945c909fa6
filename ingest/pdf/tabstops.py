"""Tables made of tab stops: a header line of column words (`現状値（R5）  目標値（R11）`), then one line per row, its
name at the left margin and its figures at the header's tab stops, no rule anywhere (Word/Ichitaro KPI lists;
layouts 68). The gutter finder of `ingest.pdf.aligned` misses them when they share the page with lines of other
columns (statements `name…… a → b`, headings): no gutter runs down the whole page.

Here the header line gives the columns: every word of a row line below it stands under exactly one header word
(the figures, right-, left- or centre-aligned at the same stop overlap it), except the row's leading words left of
all of them (its name, the stub column). The block ends at the first line that does not fit, or at a gap wider
than the lines' spacing. Geometry only: no word of any language decides a boundary (but one: a goal heading or
caption between the rows is no wrapped name).

A long name wraps: a line of name words only (left of every header word, starting where the names start) is part
of a row's name. Word and Ichitaro print a tab's leader and figures after the name's LAST line, so such a line goes
with the row below it; it goes with the row above when that row's name cannot end there (`…制度の`,
`ingest.text.blocks.open_name`: the cells were printed top-aligned). Between two rows, when neither the block
(a wrapped name before its first row) nor the name above says which, it goes with the row below and the block is
flagged uncertain with the row above it (the two rows the line may belong to): a name joined to the wrong row would
carry the wrong figures. The block's other rows are read as printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from ingest.table.context import goal_level
from ingest.table.header import is_caption
from ingest.text.blocks import open_name

if TYPE_CHECKING:
    from ingest.pdf.aligned import Word

#: Two lines of one block are at most this many character heights apart (top to top).
MAX_LINE_PITCH = 2.0
#: Words of one line overlap vertically by more than this share of the smaller height.
SAME_LINE_SHARE = 0.5
#: A wrapped name's line starts at most this many character heights right of where the names start (an indent).
WRAP_INDENT = 2.0


def printed_lines(words: list[Word]) -> list[list[Word]]:
    """The words grouped by printed line, top to bottom, each line left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        line = lines[-1] if lines else None
        if line and min(word.bottom, max(w.bottom for w in line)) - max(word.top, min(w.top for w in line)) \
                > SAME_LINE_SHARE * min(word.bottom - word.top, line[0].bottom - line[0].top):
            line.append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _joined(line: list[Word], size: float) -> list[Word]:
    """A header line's words, those less than a character height apart joined (`現状値 （R5）` is one column's
    header)."""
    from ingest.pdf.aligned import Word

    joined = [line[0]]
    for word in line[1:]:
        last = joined[-1]
        if word.x0 - last.x1 < size:
            joined[-1] = Word(last.x0, word.x1, min(last.top, word.top), max(last.bottom, word.bottom),
                              last.chars + word.chars)
        else:
            joined.append(word)
    return joined


def _overlaps(word: Word, head: Word) -> bool:
    return word.x0 < head.x1 and head.x0 < word.x1


def _fit(line: list[Word], header: list[Word]) -> list[int] | None:
    """The header column (index) of each word of a row line, -1 for its name (leading words under no header word);
    None when a word stands under no header word or under several after the name, or the line lacks its name or
    its figures (a line whose first word stands under the header's first word is no row of a table whose header
    begins right of the names: a title over a heading, two statements)."""
    columns = []
    for word in line:
        under = [i for i, head in enumerate(header) if _overlaps(word, head)]
        if len(under) > 1 or (not under and columns and columns[-1] != -1):
            return None
        if under and columns and under[0] < columns[-1]:
            return None
        columns.append(under[0] if under else -1)
    return columns if columns[0] == -1 and columns[-1] != -1 else None


@dataclass
class TabStopBlock:
    """A tab-stop table: its header words, each row's words (its name's wrapped lines with them), the gutters
    between its columns, and the rows (0-based, header not counted) a wrapped name line may belong to when it was
    joined to one of them by a guess (their figures are then uncertain)."""

    header: list[Word]
    rows: list[list[Word]]
    gutters: list[tuple[float, float]]
    doubtful: set[int] = field(default_factory=set)

    @property
    def words(self) -> list[Word]:
        return [*self.header, *(w for row in self.rows for w in row)]


def _name_only(line: list[Word], header: list[Word], names_x0: float | None, size: float) -> bool:
    """A line of name words only: left of every header word, and starting where the rows' names start, or up to
    `WRAP_INDENT` characters further in (before any row: anywhere left of the header); a goal heading or a kind
    caption printed there (`（１）農業の振興`, `【ＫＰＩ】`) is no part of a name."""
    if line[-1].x1 > min(head.x0 for head in header):
        return False
    printed = " ".join(_text([w]) for w in line)
    if goal_level(printed) is not None or is_caption(printed):
        return False
    return names_x0 is None or names_x0 - size / 2 <= line[0].x0 <= names_x0 + WRAP_INDENT * size


def _text(words: list[Word]) -> str:
    return "".join(c["text"] for w in words for c in w.chars)


def tab_stop_blocks(words: list[Word]) -> list[TabStopBlock]:
    """Each tab-stop table among `words` (a header line and at least one row line under it) with its gutters (the
    gaps between the name column and each header column), top to bottom; a wrapped name's lines joined to their
    row (module docstring)."""
    lines = printed_lines(words)
    blocks = []
    i = 0
    while i < len(lines):
        size = max(w.bottom - w.top for w in lines[i])
        header = _joined(lines[i], size)
        rows: list[tuple[list[Word], list[int]]] = []
        wrapped: dict[int, list[Word]] = {}  # row index → its name words printed on other lines
        pending: list[list[Word]] = []  # name-only lines waiting for their row
        below = False  # a wrapped name stood before the block's first row: figures follow a name's last line
        doubtful: set[int] = set()
        used = 0  # lines of the block after the header
        previous = header
        for n, line in enumerate(lines[i + 1:], start=1):
            if line[0].top - previous[0].top > MAX_LINE_PITCH * size:
                break
            columns = _fit(line, header)
            names_x0 = rows[0][0][0].x0 if rows else (pending[0][0].x0 if pending else None)
            if columns is None:
                if not _name_only(line, header, names_x0, size):
                    break
                if rows and not pending and open_name(_row_name(rows[-1], wrapped.get(len(rows) - 1))):
                    wrapped.setdefault(len(rows) - 1, []).extend(line)  # the name above goes on here
                    used = n
                else:
                    pending.append(line)
                previous = line
                continue
            if pending:
                below = below or not rows
                if not below:
                    doubtful |= {len(rows) - 1, len(rows)}  # the row above or this one: which, a guess
                wrapped[len(rows)] = [w for piece in pending for w in piece]
                pending = []
            rows.append((line, columns))
            previous, used = line, n
        gutters = _gutters(header, rows) if rows else None
        if gutters is None:
            i += 1
            continue
        blocks.append(TabStopBlock(header, [[*line, *wrapped.get(r, [])] for r, (line, _) in enumerate(rows)],
                                   gutters, doubtful))
        i += 1 + used
    return blocks


def _row_name(row: tuple[list[Word], list[int]], extra: list[Word] | None) -> str:
    """A row's name as read so far: its name words on its figures' line, then those printed under it."""
    line, columns = row
    return _text([w for w, column in zip(line, columns, strict=True) if column == -1] + (extra or []))


def _gutters(header: list[Word], rows: list[tuple[list[Word], list[int]]]) -> list[tuple[float, float]] | None:
    """The gaps between neighbouring columns (the name column first, when the rows have names); None when two
    columns' words overlap or a header word has no figure under it in any row."""
    members: dict[int, list[Word]] = {i: [head] for i, head in enumerate(header)}
    for line, columns in rows:
        for word, column in zip(line, columns, strict=True):
            members.setdefault(column, []).append(word)
    if any(len(members[i]) < 2 for i in range(len(header))):
        return None
    ordered = [members[c] for c in sorted(members)]
    gutters = []
    for left, right in pairwise(ordered):
        low, high = max(w.x1 for w in left), min(w.x0 for w in right)
        if low >= high:
            return None
        gutters.append((low, high))
    return gutters
