"""Tables made of tab stops: a header line of column words (`現状値（R5）  目標値（R11）`), then one line per row, its
name at the left margin and its figures at the header's tab stops, no rule anywhere (Word/Ichitaro KPI lists;
layouts 68). The gutter finder of `ingest.pdf.aligned` misses them when they share the page with lines of other
columns (statements `name…… a → b`, headings): no gutter runs down the whole page.

Here the header line gives the columns: every word of a row line below it stands under exactly one header word
(the figures, right-, left- or centre-aligned at the same stop overlap it), except the row's leading words left of
all of them (its name, the stub column). The block ends at the first line that does not fit, or at a gap wider
than the lines' spacing. Geometry only: no word of any language decides a boundary.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.pdf.aligned import Word

#: Two lines of one block are at most this many character heights apart (top to top).
MAX_LINE_PITCH = 2.0
#: Words of one line overlap vertically by more than this share of the smaller height.
SAME_LINE_SHARE = 0.5


def _lines(words: list[Word]) -> list[list[Word]]:
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


def tab_stop_blocks(words: list[Word]) -> list[tuple[list[Word], list[tuple[float, float]]]]:
    """Each tab-stop table among `words` (a header line and at least one row line under it) with its gutters (the
    gaps between the name column and each header column), top to bottom."""
    lines = _lines(words)
    blocks = []
    i = 0
    while i < len(lines):
        size = max(w.bottom - w.top for w in lines[i])
        header = _joined(lines[i], size)
        rows: list[tuple[list[Word], list[int]]] = []
        previous = header
        for line in lines[i + 1:]:
            if line[0].top - previous[0].top > MAX_LINE_PITCH * size:
                break
            columns = _fit(line, header)
            if columns is None:
                break
            rows.append((line, columns))
            previous = line
        gutters = _gutters(header, rows) if rows else None
        if gutters is None:
            i += 1
            continue
        blocks.append(([*header, *(w for line, _ in rows for w in line)], gutters))
        i += 1 + len(rows)
    return blocks


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
