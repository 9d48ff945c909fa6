"""Rows a text layer printed in two passes (`pdftotext -raw`, pypdfium2: content-stream order): an office program
draws a table's text cells first, every row's label and the marks after its values (`令和２年度`, `市内企業への
新規就職者数 85.0% B`), then, after a note or a page title, the rows' value cells, one line per row (`300人 285人
40件 …`). The two runs hold as many lines each; line i of the second is row i's values.

The other way round, an Excel cell whose text overflows into the empty cells beside it is drawn after the rows:
rows printing no name (`1 12人 30人 移住定住課`) under a header naming a name column, then as many name lines.

`join_two_pass` puts each row back on one line (its label, its values, the rest of its first line) where its label
stands, so the row readers see one row a line. A first-pass line may print stand-ins for the cells not reported yet
(`令和６年度 － － －`, the values `340人 60件 16万人` on the second pass): where they stood among the values is not
in the text. They are placed by the columns' units, which the rows printing every value show (a `人` value in the
next column holding `人`, the stand-ins in the others), and such a row is returned as a guess for the reader to
flag. A goal heading printed between the two runs is a goal cell of the rows printed with their values (a merged
goal column): which rows it covers is not in the text, so such rows are left as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.table.context import goal_level
from ingest.table.header import NAME, header_role, is_header_text
from ingest.text.furniture import page_number_line
from ingest.text.token_types import RAW, T_STAND_IN, T_TEXT, T_VALUE, T_YEAR, Token, typed_tokens
from normalize.cell import parse_cell
from normalize.text import nfkc
from normalize.vocabulary import NOTE_MARKS

#: Lines (a `※` note, a page title, a header line) the second pass may print between the two runs.
MAX_GAP_LINES = 3
#: Rows a two-pass table must have: one label line over one value line is a row of another shape.
MIN_ROWS = 2
#: A row's number opening its line (`1`, `12`).
_ROW_NUMBER = re.compile(r"^\d{1,3}$")
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


def _not_reported(token: Token) -> bool:
    """A value cell's stand-in printed with the row's label (`－`, `調査中`): a value token without a figure."""
    return token.kind in (T_VALUE, T_STAND_IN) and not any(ch.isdigit() for ch in token.text)


def _unit(text: str) -> str | None:
    units = {p.unit for p in parse_cell(text) if p.unit}
    return units.pop() if len(units) == 1 else None


def _interleaved(values: list[Token], stand_ins: list[Token], units: list[str | None]) -> list[Token] | None:
    """The values in their columns' order with the stand-ins in the columns left over: each value goes to the next
    column whose unit is its own. None when a value finds no such column."""
    cells: list[Token | None] = [None] * len(units)
    column = 0
    for value in values:
        unit = _unit(value.text)
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
        found = {_unit(row[column].text) for row in full}
        if len(found) != 1:
            return None
        units.append(found.pop())
    return units


def _passes(labels: list[list[Token]], values: list[list[Token]]) -> bool:
    """The label lines and the value lines are the two passes of one table's rows: each value line prints several
    values and more than its label line (which prints the marks after the values: a rate, a grade), and the label
    lines print the same cells but for the stand-ins (cells of one column each; a form's box prints a title, a
    department and a name instead)."""
    if any(len(printed) < MIN_VALUES or len(printed) <= sum(t.kind == T_VALUE and not _not_reported(t) for t in found)
           for found, printed in zip(labels, values, strict=True)):
        return False
    return len({len([t for t in found if not _not_reported(t)]) for found in labels}) == 1


def _join(labels: list[list[Token]], values: list[list[Token]]) -> tuple[list[str], set[int]] | None:
    """Each row's line from its two passes, and the indexes of the rows whose stand-ins were placed by a guess;
    None when the rows do not print the same number of value cells."""
    if not _passes(labels, values):
        return None
    stand_ins = [[t for t in found[1:] if _not_reported(t)] for found in labels]
    widths = {len(v) + len(s) for v, s in zip(values, stand_ins, strict=True)}
    if len(widths) != 1:
        return None
    width = widths.pop()
    units = _column_units(values, width) if any(stand_ins) else None
    joined: list[str] = []
    guessed: set[int] = set()
    for n, (found, printed, spare) in enumerate(zip(labels, values, stand_ins, strict=True)):
        cells = printed
        if spare:
            placed = _interleaved(printed, spare, units) if units is not None else None
            if placed is None:
                return None
            cells = placed
            guessed.add(n)
        rest = [t for t in found[1:] if not _not_reported(t)]
        joined.append(" ".join(t.text for t in [found[0], *cells, *rest]))
    return joined, guessed


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
    typed = [typed_tokens(line.strip(), RAW) if line.strip() else [] for line in lines]
    k = 0
    while k < len(lines):
        if not _values_only(typed[k]) or (k > 0 and _values_only(typed[k - 1])):
            k += 1
            continue
        end = k
        while end < len(lines) and _values_only(typed[end]):
            end += 1
        values = list(range(k, end))
        before = [i for i in range(k - 1, -1, -1) if typed[i]]
        for gap in range(min(MAX_GAP_LINES, len(before)) + 1):
            run = before[gap:gap + len(values)]
            if len(values) < MIN_ROWS or len(run) < len(values) or not all(_label_line(typed[i]) for i in run):
                continue
            run.reverse()
            above = before[gap + len(values)] if gap + len(values) < len(before) else None
            if above is None or not _header_line(typed[above]):
                continue  # the first pass starts under the table's header
            if any(goal_level(lines[i]) is not None for i in before[:gap]):
                break  # a goal cell printed with the values: a column the rows cannot be given here
            result = _join([typed[i] for i in run], [typed[i] for i in values])
            if result is None:
                continue
            for n, (i, line) in enumerate(zip(run, result[0], strict=True)):
                out[i] = line
                values_at[i] = values[n]
                if n in result[1]:
                    guessed.add(i)
            for i in values:
                out[i] = ""
            break
        k = end
    _join_late_names(out, typed, values_at)
    return Joined(out, guessed, values_at)


def _name_line(found: list[Token], line: str) -> bool:
    """A name printed on a line of its own: text only, no header line, goal heading or note."""
    return bool(found) and all(t.kind == T_TEXT for t in found) and not _header_line(found) \
        and goal_level(line) is None and not nfkc(line).strip().startswith(NOTE_MARKS)


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
                key = [found[0].text] if _ROW_NUMBER.match(nfkc(found[0].text)) else []
                rest = found[len(key):]
                out[row] = " ".join([*key, out[name].strip(), *(t.text for t in rest)])
                out[name] = ""
                values_at[row] = name
        k = max(end, k + 1)
