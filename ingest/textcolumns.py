"""Two text columns on a page (a 概要版 set in two columns), found from where the characters stand: a PDF's
characters (points), or a text layer's (`pdftotext -layout`: one column per character, the gutter of spaces).

A band of the page's lines is set in two columns when a steady gutter runs down it: on at least `MIN_LINES` lines
text starts again at one x (the right column's own left edge) after a gap of at least `MIN_GAP` characters, no line
of the band has a character in that gap, and both sides hold running text: each column is at least `MIN_WIDTH`
characters wide and at least `MIN_FILLED` of its lines run up (nearly, `FILLED`) to its right edge (sentences
wrapped at the column's width). A table's columns differ: a value column is narrow and its values do not wrap at
one right edge; and the readers ask only where no table was read (`ingest.pdf.frontend.read_page`; a text
document's lines outside its tables, `ingest.registry`), so a page of two columns is read column after column
(left first) instead of line by line across both.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from math import ceil
from statistics import median
from typing import Any

from ingest.document import PAGE_BREAK

Obj = dict[str, Any]

#: Lines starting text at the right column's edge (a gutter seen once or twice may be a table's or a form's).
MIN_LINES = 4
#: A gutter is at least this many character widths (the line's median size) wide: wider than any word space.
MIN_GAP = 2.0
#: Two starts this close (points) are one left edge.
EDGE_SLACK = 1.5
#: Each column is at least this many characters wide at its widest line (a column of sentences, not of values).
MIN_WIDTH = 12.0
#: A line ends this close to its column's right edge (a share of the column's width): wrapped text. Not a number of
#: characters: a text layer gives every character one column, so a line of digits and Latin letters is longer.
FILLED = 0.15
#: Lines of each column that must run up to its right edge.
MIN_FILLED = 2
#: A left-column line below the right column's last goes on in the band when it follows the line above within this
#: many times the band's median line pitch (a footnote under both columns stands after a wider gap).
PITCH_SLACK = 1.5


@dataclass(frozen=True)
class ColumnBand:
    """A band of the page (top to bottom, points) set in two text columns cut at `cut`."""

    top: float
    bottom: float
    cut: float

    def parts(self) -> list[Callable[[Obj], bool]]:
        """Tests for the page's objects in reading order: above the band, its left column, its right, below it."""
        def centre(obj: Obj) -> tuple[float, float]:
            return (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2

        def above(obj: Obj) -> bool:
            return centre(obj)[1] < self.top

        def below(obj: Obj) -> bool:
            return centre(obj)[1] > self.bottom

        def left(obj: Obj) -> bool:
            return not above(obj) and not below(obj) and centre(obj)[0] < self.cut

        def right(obj: Obj) -> bool:
            return not above(obj) and not below(obj) and centre(obj)[0] >= self.cut

        return [above, left, right, below]


def _size(line: Obj) -> float:
    return median(c["size"] for c in line["chars"]) if line["chars"] else 0.0


def _starts(line: Obj) -> list[float]:
    """The x where a line's text starts again after a gap of at least `MIN_GAP` characters."""
    chars = sorted(line["chars"], key=lambda c: c["x0"])
    gap = MIN_GAP * _size(line)
    return [b["x0"] for a, b in pairwise(chars) if b["x0"] - a["x1"] >= gap]


def _crosses(line: Obj, edge: float) -> bool:
    """Whether a character of the line stands in the gutter before `edge` (a line across both columns)."""
    gap = MIN_GAP * _size(line)
    return any(c["x0"] < edge - EDGE_SLACK and c["x1"] > edge - gap for c in line["chars"])


def _prose(ends: list[float], start: float, size: float) -> bool:
    """Whether a column's line ends (from its left edge `start`) are those of running text."""
    width = max(ends, default=start) - start
    return width >= MIN_WIDTH * size and sum(1 for end in ends if end >= start + (1 - FILLED) * width) >= MIN_FILLED


def _left_runs_on(lines: list[Obj], first: int, last: int) -> int:
    """The index of the band's last line: the right column's last line, or below it the last of the left column's
    lines that go on at the band's line pitch (the left column longer than the right, layouts 178); a line after a
    wider gap (a footnote under both columns) is no part of the left one."""
    tops = [line["top"] for line in lines[first:last + 1]]
    steps = [b - a for a, b in pairwise(tops) if b > a]
    if not steps:
        return last
    pitch = median(steps)
    end = last
    while end + 1 < len(lines) and lines[end + 1]["top"] - lines[end]["top"] <= PITCH_SLACK * pitch:
        end += 1
    return end


def _band(lines: list[Obj], edge: float) -> ColumnBand | None:
    """The two-column band of `lines` (consecutive, none across the gutter) whose right column starts at `edge`: from
    the first line printing in the right column to the last, and on over the left column's lines below it at the
    band's line pitch (`_left_runs_on`; a line under both columns after a gap, a footnote, is no part of the left
    one)."""
    right = [i for i, line in enumerate(lines) if any(c["x0"] >= edge - EDGE_SLACK for c in line["chars"])]
    if not right:
        return None
    end = _left_runs_on(lines, right[0], right[-1])
    lines = lines[right[0]:end + 1]
    size = median(_size(line) for line in lines)
    at_edge = [line for line in lines if any(abs(x - edge) <= EDGE_SLACK for x in _starts(line))]
    if len(at_edge) < MIN_LINES:
        return None
    left_ends = [max(c["x1"] for c in line["chars"] if c["x1"] <= edge) for line in lines
                 if any(c["x1"] <= edge for c in line["chars"])]
    right_ends = [line["x1"] for line in at_edge]
    start = min(line["x0"] for line in lines)
    if not _prose(left_ends, start, size) or not _prose(right_ends, edge, size):
        return None
    gutter_left = max(left_ends)
    return ColumnBand(min(line["top"] for line in lines), max(line["bottom"] for line in lines),
                      (gutter_left + edge) / 2)


def column_band(lines: list[Obj]) -> ColumnBand | None:
    """The first band of a page's text lines (pdfplumber's, with their chars) set in two text columns, if any."""
    counts = Counter(round(x / EDGE_SLACK) for line in lines for x in _starts(line))
    for key, count in counts.most_common():
        if count < MIN_LINES:
            break
        edge = median(x for line in lines for x in _starts(line) if round(x / EDGE_SLACK) == key)
        run: list[Obj] = []
        for line in [*lines, None]:
            if line is not None and not _crosses(line, edge):
                run.append(line)
                continue
            if run and (band := _band(run, edge)):
                return band
            run = []
    return None


def _character_line(index: int, text: str) -> Obj:
    """A text layer's line as a line of characters one unit wide (spaces left out), the line's index as its top."""
    chars = [{"x0": float(i), "x1": float(i + 1), "size": 1.0} for i, ch in enumerate(text) if not ch.isspace()]
    return {"x0": chars[0]["x0"] if chars else 0.0, "x1": chars[-1]["x1"] if chars else 0.0, "top": float(index),
            "bottom": float(index), "chars": chars}


def reading_order(lines: list[str], start: int = 0, end: int | None = None) -> list[tuple[str, int]]:
    """A text layer's lines (from `start` to `end`) in reading order, each with its 0-based index: every band
    printed in two columns side by side (`pdftotext -layout`) read as its left column's lines, then its right's."""
    end = len(lines) if end is None else end
    # a band of columns ends with its page: a text layer's form feed opens the next page (layouts 145: a slide's
    # right column of boxes is read before the next slide's heading, not after it)
    if pages := [i for i in range(start + 1, end) if PAGE_BREAK in lines[i]]:
        return [item for top, bottom in pairwise([start, *pages, end]) for item in reading_order(lines, top, bottom)]
    band = column_band([_character_line(i, lines[i]) for i in range(start, end) if lines[i].strip()])
    if band is None:
        return [(lines[i], i) for i in range(start, end)]
    top, bottom, cut = int(band.top), int(band.bottom) + 1, ceil(band.cut)
    return (reading_order(lines, start, top)
            + [(lines[i][:cut].rstrip(), i) for i in range(top, bottom) if lines[i][:cut].strip()]
            + [(lines[i][cut:].strip(), i) for i in range(top, bottom) if lines[i][cut:].strip()]
            + reading_order(lines, bottom, end))
