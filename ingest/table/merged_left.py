"""Merged cells of a grouping column (a department, a goal, a measure over several rows; left of the names, or a
department column after the values) in a text layer: which rows each printed label covers.

A text layer prints a merged cell's text once, where the cell places it: office programs centre it vertically by
default (Excel on a merged range set to centre, LibreOffice, reportlab tables), so the label stands on the middle
row of its group, or on a line of its own between the two middle rows. Carrying a label down to the rows below
then gives the rows above it the previous group's label. When the first row prints no label (so the cells are not
top-aligned), the groups are found so that each label stands at the centre of its group (by text line, half a line
of rounding), covering the rows exactly. A bottom-aligned cell (a label on the last row of each group) could print
the same lines when every label stands on a row and the last row prints one: the rows whose owner then differs are
flagged as guessed. `ingest.table.rows.centre_merged_left` applies it to department columns, and to goal columns
where one prints a goal cell between its rows' lines (elsewhere goal columns have readings of their own).
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

#: A label this far (in lines) from its group's centre is centred: a text layer puts a one-line cell beside a
#: two-line one on the first or the second line.
ROUNDING = 0.5


class Span(NamedTuple):
    """First and last text line of a block (a row's cells, a label's lines)."""

    top: float
    bottom: float

    @property
    def centre(self) -> float:
        return (self.top + self.bottom) / 2


def centred_owners(rows: list[Span], labels: list[Span]) -> list[int] | None:
    """For each row (in order, top down) the index of the label whose group holds it, or None when no split of the
    rows into consecutive groups puts every label (in order) at the centre of its group, covering the rows
    exactly, or when two splits fit alike (the lines cannot tell). Of the splits that fit, the one whose labels,
    top down, stand nearest their groups' centres wins: a label half a line off two groups' centres (`基本目標１` on
    the lines between rows 1-3 and 1-4) is placed by the labels below it (the next one needs row 4)."""
    @cache
    def splits(start: int, n: int) -> list[tuple[tuple[float, ...], tuple[int, ...]]]:
        # (offsets of labels n.., ends of their groups): the two best splits of rows start.. that fit them
        if n == len(labels):
            return [((), ())] if start == len(rows) else []
        label = labels[n]
        found = []
        for end in range(start, len(rows)):
            group = Span(rows[start].top, rows[end].bottom)
            offset = abs(group.centre - label.centre)
            if offset <= ROUNDING and group.top - ROUNDING <= label.top and label.bottom <= group.bottom + ROUNDING:
                found += [((offset, *offsets), (end, *ends)) for offsets, ends in splits(end + 1, n + 1)]
        return sorted(found)[:2]

    if not labels or not rows:
        return None
    fitting = splits(0, 0)
    if not fitting or (len(fitting) > 1 and fitting[0][0] == fitting[1][0]):
        return None
    owners: list[int] = []
    start = 0
    for n, end in enumerate(fitting[0][1]):
        owners += [n] * (end - start + 1)
        start = end + 1
    return owners


def centred_goals(lines: list[float], heading: list[bool], own_goal: list[bool],
                  above_own: bool = False) -> dict[int, int] | None:
    """Merged goal cells a spreadsheet prints centred on their rows (`基本目標１ …` between the second and third of
    its four rows, or on a row's line beside its name), not headings over the rows below, when the rows of a table
    (their lines, a heading's centre line, in order) stand with goal headings among them and rows above the first
    heading print no goal cell of their own (`above_own`: rows above the first heading or goal cell, when a row's
    goal cell is the whole path, one goal column): each row without one → the heading line or the row
    printing a goal cell that owns it. The rows each cell spans are read as for any merged cell left of the names
    (`centred_owners`: every goal at the centre of its rows, one split only); when no split or two fit, each row
    takes the goal nearest its line, a guess. None for any other table."""
    heads = [k for k, is_heading in enumerate(heading) if is_heading]
    anchors = [k for k in range(len(lines)) if heading[k] or own_goal[k]]
    if not heads or anchors[0] == 0 or (not above_own and any(own_goal[:heads[0]])):
        return None
    rows = [k for k in range(len(lines)) if not heading[k]]
    owners = centred_owners([Span(lines[k], lines[k]) for k in rows], [Span(lines[a], lines[a]) for a in anchors])
    if owners is not None:
        return {k: anchors[owner] for k, owner in zip(rows, owners, strict=True) if not own_goal[k]}
    return {k: min(anchors, key=lambda h: abs(lines[h] - lines[k]))
            for k in range(len(lines)) if not heading[k] and not own_goal[k]}


def bottom_owners(rows: list[Span], labels: list[Span]) -> list[int] | None:
    """For each row the index of its label when every label stands on a row and each is read as the last row of
    its group (a bottom-aligned merged cell), or None when the lines do not fit that reading."""
    ends: list[int] = []
    for label in labels:
        on = [k for k, row in enumerate(rows) if row.top <= label.top and label.bottom <= row.bottom]
        if not on or (ends and on[0] <= ends[-1]):
            return None
        ends.append(on[0])
    if not ends or ends[-1] != len(rows) - 1:
        return None
    owners: list[int] = []
    start = 0
    for n, end in enumerate(ends):
        owners += [n] * (end - start + 1)
        start = end + 1
    return owners
