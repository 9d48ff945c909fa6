"""Text-layer table rows without separators: split a run of lines into records by the vertical centring of cells.

A table drawn with horizontal rules only, or none, loses its rules in a text layer (pdftotext `-layout`): the
lines of one record follow the lines of the previous one without an empty line between. Most office programs
centre every cell vertically in its row (LibreOffice, Excel, reportlab tables), so that the one-line cells of a
record (values, kind, progress) stand in the middle of its tallest cell (a wrapped name, a long reason), and
every multi-line cell of the record is centred on the same line. The split that best fits this is found by
dynamic programming over the record boundaries:

- each record's cost is how far each column's text block is from the record's centre (half a line is rounding);
- a record without an indicator name costs much (every table row names its indicator);
- a value column with two values in a record costs (two indicators' values joined; segment values on lines of
  their own under one name, `男性…` / `女性…`, cost as much, but the centring of their name decides), while a
  value's second line (its year, a remark) does not; so does a column of one-line cells (a grade, a department,
  a reason) printing a second cell under one that ended (`cell_end`): two rows' cells;
- a value's second line printed above every value of its column in the record costs (a year or remark line
  follows the value it belongs to: `12,480人` then `（H30年度）`, so a top-aligned row's year line is not taken
  for the top of a centred record below it);
- a record that ends on a name line filling its column costs (the producer wrapped the name there);
- a record whose name lines stand unevenly apart costs (the last line of one name joined to the next name);
- every record costs a little: of two splits that fit as well, the one with fewer records wins.

Goal columns do not count for the centring: a merged goal cell may stand across several records.
Of near ties in a text that gives a centred cell its own line (pdfplumber's), the split whose blocks stand above
their records' centres wins (such a text joins a block half a line off with the line above it, never below).
The split is used only when the cells really are centred (a small mean distance); the caller falls back to
nearest-name gathering otherwise (top-aligned cells). Two neighbouring records whose boundary could move over a
name line at nearly the same cost are `doubtful` when that line stands as far from the name line above as from the
one below: the text cannot tell which name it goes on (a name's second line between two centred rows), so the
caller flags both.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import NamedTuple

#: Cost of a record that holds no indicator name.
NO_NAME_COST = 100.0
#: Cost of a record that holds a name but no value (a name's wrapped lines made a record of their own).
NO_VALUE_COST = 1.0
#: Cost of every record: of two splits that fit as well, the one with fewer records wins (a wrapped name's last
#: line beside a value's period is no record of its own).
RECORD_COST = 0.1
#: Cost of each value beyond the first in one column of a record (two indicators' values joined; segment values
#: `男性…` / `女性…` under one name pay it too, but the centring of their name decides).
CLASH_COST = 1.0
#: A block this far from its record's centre (in lines) is centred: pdftotext puts a one-line cell beside a
#: two-line one on the first or the second line.
ROUNDING = 0.5
#: Cost per line of an offset within ROUNDING: of two splits otherwise alike, the more exactly centred wins.
ROUNDING_COST = 0.05
#: The same cost in a text that prints a one-line cell centred between two lines of a taller cell on a line of its
#: own (pdfplumber's text: one line per height): there half a line off is no rounding but a record cut in the wrong
#: place (a wrapped name's last line, full as it is, taken for the top of the next record; layouts of runs).
OWN_LINE_ROUNDING_COST = 0.15
#: Cost of ending a record after a name line that fills its column (the producer wrapped it: the name goes on).
WRAP_COST = 0.5
#: Cost of a record whose name lines stand unevenly apart (`5, 7, 8, 9`): the lines of one wrapped cell follow at
#: one pitch (every line, or every other one when a centred cell's line falls between two of them), so uneven
#: gaps join the last line of one name to the next name. Only in a text that places lines on a fixed grid
#: (pdftotext -layout); a text of runs (pdfplumber's) interleaves other cells' lines unevenly.
UNEVEN_NAME_COST = 0.5
#: Cost of a goal heading printed alone on its line right above a name, inside a record rather than at its top
#: (a heading stacked in the goal column applies from the next name on).
HEADING_COST = 0.3
#: Cost of a goal column's text, no heading itself, standing in a record above a goal heading of the same column
#: (`デジタル技術習得機会の提供` over `重点施策 7-4 方針 1 関係:…`): a goal cell opens with its label, so the text
#: above it is the end of the cell above, in the record before.
CUT_GOAL_COST = 0.3
#: Cost of a value column whose first line in a record is a value's second line (its year, a remark) rather than
#: a value: such a line belongs to the value above it, in the record before.
LEADING_REMARK_COST = 0.5
#: Cost of a grade mark printed under another in one record: one glyph does not wrap, so never one row's cell
#: (more than a name line without values costs, NO_VALUE_COST + RECORD_COST).
SECOND_GRADE_COST = 3.0
#: `cell_end` answers: the text ends its cell, and another such text below it in its column is another cell…
CELL_ENDS = "ends"
#: …or only text printed after an empty line in the column is.
CELL_ENDS_BEFORE_GAP = "ends before a gap"
#: Two splits whose costs differ by less than this are a near tie (half the smallest structural cost, WRAP_COST:
#: what tells them apart is only rounding and record counts, not the table's structure).
NEAR_TIE = 0.25
#: Longest record considered, in lines (a long reason wraps over many lines).
MAX_RECORD_LINES = 24
#: The split is trusted when its blocks stand at most this far beyond ROUNDING from their centres, on average…
MAX_MEAN_EXCESS = 0.1
#: …and at most this share of its records lack a value (top-aligned cells: a name's wrapped lines split off).
MAX_VALUELESS_SHARE = 0.1


class CentredSplit(NamedTuple):
    """The records (lists of lines) and the indices of the records whose boundary is a near tie."""

    records: list[list[int]]
    doubtful: frozenset[int]


def centred_records(lines: list[int], filled: Callable[[int, int], bool], is_value: Callable[[int, int], bool],
                    starts_value: Callable[[int, int], bool], name_cols: list[int], value_cols: list[int],
                    centred_cols: list[int], wrapped: Callable[[int], bool],
                    heading: Callable[[int], bool], even_pitch: bool = False,
                    own_line_between: bool = False,
                    goal_cells: Callable[[int], tuple[set[int], set[int]]] | None = None,
                    spacer: Callable[[int], bool] | None = None,
                    cell_end: Callable[[int, int], str | None] | None = None) -> CentredSplit | None:
    """Consecutive `lines` → records (lists of lines) and the doubtful ones, or None when the cells are not centred
    in their rows.

    `filled(line, col)`: the cell holds text; `is_value(line, col)`: it holds a value's text (not only a period);
    `starts_value(line, col)`: the line is a value of its own (a number, a placeholder), not a value's second
    line (its year, a remark, a wrapped note); `wrapped(line)`: the line's name fills its column;
    `heading(line)`: the line holds only a goal heading, and the line after it a name; `even_pitch`: the text puts
    each printed line on a fixed grid of lines (pdftotext -layout), so a wrapped cell's lines stand evenly apart;
    `own_line_between`: the text gives a cell centred between two lines of another its own line (pdfplumber's), so
    an offset of half a line costs OWN_LINE_ROUNDING_COST; `goal_cells(line)`: the goal columns the line prints text
    in, and those whose text opens a goal heading (its label); `spacer(line)`: the line prints only a glyph of a goal
    cell written upright (one glyph a line down a merged cell beside several rows), which stands in the space
    between rows as much as in them: a record's centre is taken between its first and last lines that are none;
    `cell_end(line, col)`: the cell's text there ends its cell: `CELL_ENDS` when another such text printed below
    in the column is another cell (a grade mark under a grade mark: one glyph does not wrap; a legend's text under
    it may be a note), `CELL_ENDS_BEFORE_GAP` when text printed
    after an empty line is (a sentence, a department), else None."""
    n = len(lines)
    if n < 2:
        return None
    has_text = [[filled(line, col) for col in centred_cols] for line in lines]
    has_name = [any(filled(line, col) for col in name_cols) for line in lines]
    values = [[is_value(line, col) for col in value_cols] for line in lines]
    starts = [[starts_value(line, col) for col in value_cols] for line in lines]
    value_text = [[filled(line, col) for col in value_cols] for line in lines]
    full = [has_name[k] and wrapped(line) for k, line in enumerate(lines)]
    headings = [heading(line) for line in lines]
    goals = [goal_cells(line) if goal_cells else (set(), set()) for line in lines]
    spacers = [bool(spacer and spacer(line)) for line in lines]
    ends = [[cell_end(line, col) if cell_end and has_text[k][c] else None for c, col in enumerate(centred_cols)]
            for k, line in enumerate(lines)]
    rounding_cost = OWN_LINE_ROUNDING_COST if own_line_between else ROUNDING_COST
    inf = float("inf")
    # best[end]: (cost, excess, blocks measured, valueless records, start) of the best split of lines[:end]
    best: list[tuple[float, float, int, int, int]] = [(0.0, 0.0, 0, 0, -1)] + [(inf, 0.0, 0, 0, -1)] * n
    costs: dict[tuple[int, int], float] = {}  # (start, end) → cost of the record lines[start:end]
    below: dict[tuple[int, int], int] = {}  # (start, end) → blocks printed below the record's centre
    for end in range(1, n + 1):
        # records lines[start..end-1], grown upwards one line at a time
        top: list[int | None] = [None] * len(centred_cols)
        bottom: list[int | None] = [None] * len(centred_cols)
        counts = [0] * len(value_cols)
        started = [0] * len(value_cols)
        leads_with_value = [True] * len(value_cols)  # the column's first filled line in the record starts a value
        named = False
        last_name: int | None = None  # the record's last line with a name
        name_lines: list[int] = []  # the record's lines with a name, bottom up
        inner_headings = 0  # heading lines inside the record below its first line
        opened: set[int] = set()  # goal columns where a heading opens below the line at hand, in the record
        cut_goals = 0  # goal texts (no heading) above a heading of their column in the record
        first: int | None = None  # the record's first and last lines that are no spacers
        last: int | None = None
        second_cells = 0.0  # cost of the cells of one-line columns printed under one that ended, in the record
        for start in range(end - 1, max(-1, end - 1 - MAX_RECORD_LINES), -1):
            for c, present in enumerate(has_text[start]):
                if present and top[c] is not None and ends[start][c] == CELL_ENDS \
                        and ends[lines.index(top[c])][c] == CELL_ENDS:
                    second_cells += SECOND_GRADE_COST
                elif present and top[c] is not None and ends[start][c] == CELL_ENDS_BEFORE_GAP \
                        and top[c] > lines[start] + 1:
                    second_cells += CLASH_COST
                if present:
                    top[c] = lines[start]
                    bottom[c] = bottom[c] if bottom[c] is not None else lines[start]
            for c, present in enumerate(values[start]):
                counts[c] += present
            for c, present in enumerate(starts[start]):
                started[c] += present
                if value_text[start][c]:
                    leads_with_value[c] = present
            named = named or has_name[start]
            inner_headings += headings[start + 1] if start + 1 < end else 0
            cut_goals += len((goals[start][0] - goals[start][1]) & opened)  # a heading above a heading is its own
            opened |= goals[start][1]
            last_name = start if last_name is None and has_name[start] else last_name
            if has_name[start]:
                name_lines.append(lines[start])
            if not spacers[start]:
                first, last = start, start if last is None else last
            if best[start][0] == inf:
                continue
            centre = (lines[start] + lines[end - 1]) / 2 if first is None or last is None \
                else (lines[first] + lines[last]) / 2
            blocks = [(a + b) / 2 for a, b in zip(top, bottom, strict=True) if a is not None and b is not None]
            offsets = [abs(middle - centre) for middle in blocks]
            excess = sum(max(0.0, offset - ROUNDING) for offset in offsets)
            valueless = bool(value_cols) and not any(counts)
            cost = RECORD_COST + excess + rounding_cost * sum(min(offset, ROUNDING) for offset in offsets)
            cost += (0 if named else NO_NAME_COST) + NO_VALUE_COST * valueless
            cost += HEADING_COST * inner_headings + CUT_GOAL_COST * cut_goals
            cost += WRAP_COST * (end < n and last_name is not None and full[last_name])
            cost += UNEVEN_NAME_COST * (even_pitch and len({a - b for a, b in pairwise(name_lines)}) > 1)
            cost += CLASH_COST * sum(max(0, count - 1) for count in started) + second_cells
            cost += LEADING_REMARK_COST * sum(1 for c, count in enumerate(started) if count and not leads_with_value[c])
            costs[start, end] = cost
            below[start, end] = sum(1 for middle in blocks if middle > centre)
            before = best[start]
            if before[0] + cost < best[end][0]:
                best[end] = (before[0] + cost, before[1] + excess, before[2] + len(blocks), before[3] + valueless,
                             start)
    bounds = [n]
    while bounds[-1] > 0:
        bounds.append(best[bounds[-1]][4])
    bounds.reverse()
    records = [lines[start:end] for start, end in pairwise(bounds)]
    total, excess, measured, valueless, _ = best[n]
    if total >= NO_NAME_COST or not measured:
        return None
    # the last record may be one line printing no value beside a one-line cell of its own (its grade, its
    # department): a row whose values a page break put on the next page (or its segments' lines there), no name's
    # wrapped line of top-aligned cells
    valueless -= bool(value_cols) and bounds[-2] == n - 1 and not any(values[-1]) and any(ends[-1])
    if excess / measured > MAX_MEAN_EXCESS or valueless > MAX_VALUELESS_SHARE * len(records):
        return None
    named = [k for k in range(n) if has_name[k]]
    doubtful: set[int] = set()
    for r in range(len(bounds) - 2):
        start, middle, end = bounds[r:r + 3]
        chosen = costs[start, middle] + costs[middle, end]
        ties = [k for k in range(start + 1, end) if k != middle
                and costs.get((start, k), inf) + costs.get((k, end), inf) - chosen < NEAR_TIE
                and _between_names(lines, named, min(k, middle), max(k, middle), start, end)]
        if ties:
            doubtful |= {r, r + 1}
        if ties and own_line_between:
            # a text that gives a centred cell its own line clusters characters by their tops from the top down: a
            # block half a line off its record's centre joined the line above it, never the one below
            bounds[r + 1] = min([middle, *ties], key=lambda k: below.get((start, k), n) + below.get((k, end), n))
    records = [lines[start:end] for start, end in pairwise(bounds)]
    return CentredSplit(records, frozenset(doubtful))


def _between_names(lines: list[int], named: list[int], first: int, stop: int, start: int, end: int) -> bool:
    """Lines `first..stop-1` hold a name line as far from the name line above as from the one below, both within
    `start..end-1`: nothing but the centring (a near tie) says which name it goes on."""
    inside = [k for k in named if first <= k < stop]
    above = [k for k in named if start <= k < first]
    below = [k for k in named if stop <= k < end]
    return bool(inside and above and below) and (
        lines[inside[0]] - lines[above[-1]] == lines[below[0]] - lines[inside[-1]])
