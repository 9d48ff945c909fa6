"""Cells of a table printed in an order that is neither row by row nor column by column, placed by their order.

pdfminer.six sorts a page's text boxes by a tree of nearby boxes, so a table's cells come out in an order that mixes
rows and columns (`指標名`, two names, `基準値`, two values, three more header cells, then the rest row by row). Two
things hold whatever the tree: a column's cells come top to bottom, and a row's cells left to right. So the cells
read so far always fill a staircase of the grid (each row at most as long as the row above it), and each next cell
lands at the end of one of its rows. `place` searches every such placement in which each cell fits its column: a
header cell in the header row; a name in the name column; a value, a stand-in (`調査中`, `―`) or a target printed as
words (`前年度以上`, `1,000～1,200人`) in a value column; a year in a year column (`基準年度`); a unit alone (`人`,
`千円`) in a 単位 column; a rating, a percentage or a dash in a progress column (`評価` `B`, `達成率` `85.0%`,
`―`); a signed change in a change column (`前年度比` `+3組`); a bare number in a key column (`No.` `1`); a text in
any other column (`担当課`). Cells printed on one line (one text box: `60.0% 健康推進課`) are one row's
neighbours, so a cell marked `beside` the one before it can only be the next cell of that cell's row. The largest
full grid wins. A caller may open columns to absent cells (`open_columns`: a merged cell printed once over several
rows, an empty 単位 cell): a row may lack a cell there, and the fewest absent cells win.
When several placements give it, those whose rows keep one unit each are preferred (`45%` beside `1,800件` is a
misplacement; a number without a unit, `1.44`, is of another kind than `18人`).

Certain or a guess: a placement is certain only when no other placement takes as many cells with as few unit
clashes — the order, the cell types, the boxes and the units force it. When others remain, the one with the fewest
jumps between rows and columns is taken (pdfminer's order tends to run down a column or along a row), but the text
says nothing of where the cells stood, so that choice is a guess and the placement is marked ambiguous (the grid
uncertain). This flags every placement the text leaves open, not only exact ties. A cell that every such placement
puts in the same row and column is no guess, though (`Placement.open_cells` names the others): the order forces it
as it forces a placement that is the only one, so the caller flags only the rows holding an open cell.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from ingest.table.header import CHANGE, DEPARTMENT, NAME, NUMBER, PERIOD, UNIT, VALUE
from ingest.text.token_types import RAW, T_STAND_IN, T_YEAR, is_change, token_type
from normalize.cell import is_dash_run, parse_cell
from normalize.text import is_unit_word, nfkc
from normalize.vocabulary import LARGE_MULTIPLIERS, WORDED_TARGET_NOTES

#: Placements searched at most (states of the staircase × cells read) for one table, all widths together: beyond
#: it the reading is given up (a text block that is no table can offer very many partial placements).
MAX_STATES = 8_000
#: States all the searches of one text may visit together (a long text of blocks that are no tables stays quick).
MAX_TEXT_STATES = 20_000

HEADER_CELL, VALUE_CELL, TEXT_CELL = "header", "values", "text"
#: A cell of a merged column's (`open_columns`): only its own column's test takes it, no other column.
MERGED_CELL = "merged"
#: Header role of a progress column (`評価`, `達成率`), from the header words of normalize/vocabulary.py.
PROGRESS = "progress"


@dataclass(frozen=True)
class Printed:
    """One printed cell in reading order: what the line reader took it for (a header word, a value, a text)."""

    kind: str
    text: str
    line: int
    #: a bare number that may be a page number as well as a value (`150`): the placement may leave it out
    optional: bool = False
    #: a bracketed line printed under the cell and joined to its text (`（人）` under `転入者数`)
    tail: str = ""
    #: printed on the same line as the cell before it (`60.0% 健康推進課`, one text box): the next cell of its row
    beside: bool = False


@dataclass
class Placement:
    """The cells of a grid (row 0 the header), how many printed cells it took, and whether other placements of as
    many cells with as few unit clashes exist (the choice among them is a guess)."""

    rows: list[list[Printed | None]]
    used: int
    ambiguous: bool
    #: the cells (by `id`) that not every such placement puts in the same row and column (or leaves out alike): in
    #: an ambiguous placement, the cells the order leaves open; the others stand where every reading puts them
    open_cells: frozenset[int] = frozenset()


@cache
def _typed(kind: str, text: str) -> tuple[bool, bool, str | None]:
    """(a value-like cell, a year, the unit of its value) of a printed cell; kept, as a text is asked once per
    width tried."""
    parsed = parse_cell(text)
    value_like = kind == VALUE_CELL or token_type(text, RAW) == T_STAND_IN \
        or any(p.note and p.note.startswith(WORDED_TARGET_NOTES) for p in parsed)
    unit = None
    if kind == VALUE_CELL:  # a number without a unit (`1.44`) is of another kind than `18人`; a `―` of none
        unit = next((p.unit or "" for p in parsed if p.value is not None), None)
    return value_like, token_type(text, RAW) == T_YEAR, unit


def scaled_unit(text: str) -> bool:
    """A unit alone, scaled or not (`人`, `千円`: a 単位 column's cell the value test takes for `1,000円`; `億円`,
    `万人`: a large multiplier before a unit, which the value test takes for no number)."""
    if is_unit_word(text):
        return True
    folded = nfkc(text).strip()
    if folded[:1] in LARGE_MULTIPLIERS and is_unit_word(folded[1:]):
        return True
    parsed = parse_cell(text)
    return not any(ch.isdigit() for ch in nfkc(text)) and len(parsed) == 1 and parsed[0].unit is not None \
        and parsed[0].note is None


def fits(cell: Printed, role: str) -> bool:
    """Whether a printed cell may stand in a body column of this header role."""
    value_like, year, _ = _typed(cell.kind, cell.text)
    if role == NAME:
        return cell.kind == TEXT_CELL and not value_like
    if role == VALUE:
        return value_like
    if role == PERIOD:
        return year
    if role == UNIT:  # a 単位 column holds units alone
        return cell.kind == TEXT_CELL and scaled_unit(cell.text)
    if role == PROGRESS:  # a rating (`B`), a rate of achievement (`85.0%`, 達成率) or none (`―`)
        return cell.kind == TEXT_CELL or _unit(cell) == "%" or is_dash_run(nfkc(cell.text).strip())
    if role == DEPARTMENT:  # a department's name (or none, `―`), never a mark alone such as a trend arrow `↗`
        folded = nfkc(cell.text).strip()
        return cell.kind == TEXT_CELL and (any(ch.isalpha() for ch in folded) or is_dash_run(folded))
    if role == NUMBER:  # `1` under `No.`: a row's key
        return nfkc(cell.text).strip().rstrip(".").isdigit()
    if role == CHANGE:  # `+3組`, `△3件` under `前年度比`: a signed change, or a ratio to the year before
        # (`104.2%`), never a value of the indicator; `ー` where no change is reported (layouts 174)
        return is_change(cell.text) or _unit(cell) == "%" or is_dash_run(nfkc(cell.text).strip())
    return cell.kind == TEXT_CELL


def _unit(cell: Printed) -> str | None:
    return _typed(cell.kind, cell.text)[2]


#: (rows whose values name two units, absent cells, jumps, steps along a row) of a placement, in this order.
Cost = tuple[int, int, int, int]


@dataclass
class Budget:
    """The states a search may still visit (shared by the widths tried for one table)."""

    left: int = MAX_STATES


def place(cells: list[Printed], roles: list[str], budget: Budget | None = None, down: int | Sequence[int] = 0,
          open_columns: Mapping[int, Callable[[Printed], bool]] | None = None) -> Placement | None:
    """The largest full grid of len(roles) columns the printed cells from the first on fill in reading order, the
    header row first, with the fewest rows whose values name two units, then the fewest jumps (see the module
    docstring); None when none fits or the search grows too large. `down`, for every cell or one a cell: 0 reads
    it along its row as above; n the body rows in blocks of n (rows 1 to n, then the next ones), a column of a
    block read down to the block's last row and on in the next column at its first open row of the block without
    a jump (pdfminer prints a block of rows column by column, then the next block; n at least the rows reads each
    column whole, from the first row not yet full); -n the first n body rows one block, all the rows after them
    another (pdfminer prints the first rows across with the header band, then the rest column by column). One a
    cell reads each block of printed cells its own way (some blocks row by row, others column by column).
    `open_columns`, column → which cells it takes (in place of `fits`): body columns whose cell a row may lack (a
    merged cell printed once over several rows, an empty cell): a cell may be placed past such positions, which
    stay None, and a row ends without them; the placement with the fewest absent cells wins (before the jumps).
    Which rows a merged cell spans is then the caller's to decide (or flag)."""
    width = len(roles)
    spare = dict(open_columns or {})
    count = len(cells)
    downs = [down] * count if isinstance(down, int) else list(down)
    fit = _Fits(cells, roles)
    is_header = [cell.kind == HEADER_CELL for cell in cells]
    # under a 単位 column a bare value says nothing of its unit, and the column's cell names the row's
    ruled = UNIT in roles
    units = [(_unit(cell) or None) if ruled else _unit(cell) for cell in cells]
    budget = budget or Budget()
    headers_after = [0] * (count + 1)  # header cells from the k-th on
    for k in range(count - 1, -1, -1):
        headers_after[k] = headers_after[k + 1] + is_header[k]
    # row lengths; the unit of each body row's values; the row and column of the cell placed last
    State = tuple[tuple[int, ...], tuple[str | None, ...], tuple[int, int]]

    def open_from(start: int, stop: int) -> bool:
        """Whether the body positions start..stop-1 of a row may stay empty."""
        return all(c in spare for c in range(start, stop))

    def takes(k: int, c: int) -> bool:
        return spare[c](cells[k]) if c in spare else fit[k][c]

    def moves(k: int, state: State) -> list[tuple[int, int, Cost, State]]:
        """(row, column, (unit clash, absent cells, jump, step along a row), next state) for every place the k-th
        cell may take."""
        shape, row_units, (last_row, last_col) = state

        def jump(r: int, c: int) -> tuple[int, int]:
            """(a jump, a step along a body row): down a column is neither."""
            block = downs[k]
            if block and r > 0 and last_row > 0:
                top, bottom = _block(last_row, block)  # the first and last rows of the last cell's block
                if (r, c) == (last_row + 1, last_col) and r <= bottom:
                    return 0, 0  # down within the block
                if c == last_col + 1 and top <= r < last_row:
                    return 0, 0  # on in the next column at its first open row of the block
            elif (r, c) == (last_row + 1, last_col):
                return 0, 0
            along = (r, c) == (last_row, last_col + 1)
            return int(not along), int(along and r > 0)

        def at(r: int, c: int, lengths: tuple[int, ...]) -> tuple[int, tuple[int, ...]] | None:
            """(absent cells added, row lengths) once the rows above r reach past column c, the positions passed
            left absent; None when a row above cannot (a column's cells come top to bottom)."""
            added, grown = 0, list(lengths)
            for i in range(r - 1, -1, -1):
                if grown[i] > c:
                    break
                if i == 0 or not open_from(grown[i], c + 1):
                    return None
                added += c + 1 - grown[i]
                grown[i] = c + 1
            return added, tuple(grown)

        if is_header[k] and shape[0] < width:  # the header row takes header cells first
            return [(0, shape[0], (0, 0, *jump(0, shape[0])),
                     ((shape[0] + 1, *shape[1:]), row_units, (0, shape[0])))]
        # printed beside the cell before it on one line (one text box): the next cell of that cell's row
        beside = cells[k].beside and not is_header[k]
        found = []
        for r, length in enumerate(shape):
            if length == width or (beside and (r, length - 1) != (last_row, last_col)):
                continue
            if r == 0:
                if is_header[k]:
                    found.append((0, length, (0, 0, *jump(0, length)),
                                  ((length + 1, *shape[1:]), row_units, (0, length))))
                continue
            for c in range(length, width):
                if c > length and c - 1 not in spare:
                    break
                grown = at(r, c, shape) if takes(k, c) else None
                if grown is None:
                    continue
                added, lengths = grown
                unit, known = units[k] if roles[c] == VALUE else None, row_units[r - 1]
                if roles[c] == UNIT and cells[k].kind == TEXT_CELL:
                    unit = nfkc(cells[k].text).strip()
                clash = int(unit is not None and known is not None and not _same_unit(unit, known))
                # a full row's unit matters no more: forgotten, so that placements differing only there meet again
                lengths = (*lengths[:r], c + 1, *lengths[r + 1:])
                after_units = tuple(None if lengths[i + 1] == width else (known or unit if i == r - 1 else u)
                                    for i, u in enumerate(row_units))
                found.append((r, c, (clash, added + c - length, *jump(r, c)), (lengths, after_units, (r, c))))
        if beside:
            return found
        if not is_header[k]:  # a new row under the last one
            r = len(shape)
            for c in range(width):
                if c > 0 and c - 1 not in spare:
                    break
                grown = at(r, c, shape) if takes(k, c) else None
                if grown is not None:
                    added, lengths = grown
                    after_units = tuple(None if lengths[i + 1] == width else u for i, u in enumerate(row_units))
                    unit = units[k] if roles[c] == VALUE else None
                    found.append((r, c, (0, added + c, *jump(r, c)),
                                  ((*lengths, c + 1), (*after_units, unit), (r, c))))
        if cells[k].optional:
            found.append((-1, -1, (0, 0, 0, 0), state))  # left out: a page number
        return found

    def unfilled(shape: tuple[int, ...]) -> int:
        """Cells the rows begun still need (positions that may stay empty left out)."""
        return sum(1 for length in shape for c in range(length, width) if c not in spare)

    @cache
    def best(k: int, state: State) -> tuple[int, Cost, int, int]:
        """(most cells a full grid takes from here; fewest unit clashes, then absent cells, then jumps, then;
        placements giving both; placements giving as many cells, as few clashes and absent cells, whatever their
        jumps), counts capped at 2."""
        budget.left -= 1
        if budget.left < 0:
            raise _TooLarge
        shape = state[0]
        if headers_after[k] < width - shape[0] or unfilled(shape) > count - k:
            return -1, (0, 0, 0, 0), 0, 0  # too few header cells, or too few cells, left to fill the rows begun
        full = len(shape) > 1 and shape[0] == width and all(open_from(length, width) for length in shape[1:])
        trailing = sum(width - length for length in shape[1:])
        found = (k, (0, trailing, 0, 0), 1, 1) if full else (-1, (0, 0, 0, 0), 0, 0)
        if k < count:
            for _, _, step, after in moves(k, state):
                end, cost, ways, alike = best(k + 1, after)
                if end < 0:
                    continue
                cost = _added(cost, step)
                if end > found[0] or (end == found[0] and cost[:2] < found[1][:2]):
                    found = (end, cost, ways, alike)
                elif end == found[0] and cost[:2] == found[1][:2]:
                    alike = min(found[3] + alike, 2)
                    if cost < found[1]:
                        found = (end, cost, ways, alike)
                    elif cost == found[1]:
                        found = (end, cost, min(found[2] + ways, 2), alike)
                    else:
                        found = (*found[:3], alike)
        return found

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 4 * count + 100))
    try:
        if not count or not is_header[0]:
            return None
        state: State = ((1,), (), (0, 0))
        end, cost, _, alike = best(1, state)
        if end < 0:
            return None
        open_cells = _open_cells(cells, end, cost, state, moves, best) if alike > 1 else frozenset()
        grid: list[list[Printed | None]] = [[cells[0], *[None] * (width - 1)]]
        for k in range(1, end):  # follow the best placement
            for r, c, step, after in moves(k, state):
                child = best(k + 1, after)
                if child[0] == end and _added(child[1], step) == cost:
                    if r == len(grid):
                        grid.append([None] * width)
                    if r >= 0:
                        grid[r][c] = cells[k]
                    cost = child[1]
                    state = after
                    break
    except _TooLarge:
        return None
    finally:
        sys.setrecursionlimit(limit)
        best.cache_clear()
    if _clashing(grid, roles):  # a row's values name two units: the whole placement is a guess
        return Placement(grid, end, True, frozenset(id(cell) for cell in cells))
    return Placement(grid, end, alike > 1, open_cells)


def _open_cells(cells: list[Printed], end: int, cost: Cost, start: object, moves: Callable, best: Callable
                ) -> frozenset[int]:
    """The cells (by `id`) that the placements taking `end` cells with the fewest unit clashes and absent cells
    (`cost`'s first two counts), whatever their jumps, do not all put in the same row and column: walked through
    the states `best` already weighed, keeping each move that leads on to such a placement."""
    places: dict[int, set[tuple[int, int]]] = {}
    level = {start: cost[:2]}
    for k in range(1, end):
        following: dict[object, tuple[int, ...]] = {}
        for state, left in level.items():
            for r, c, step, after in moves(k, state):
                child_end, child_cost, _, _ = best(k + 1, after)
                if child_end == end and _added(child_cost, step)[:2] == left:
                    places.setdefault(k, set()).add((r, c))
                    following[after] = child_cost[:2]
        level = following
    return frozenset(id(cells[k]) for k, found in places.items() if len(found) > 1)


def _block(row: int, down: int) -> tuple[int, int]:
    """(first, last) body row of the block of `row` when the rows are read in blocks `down` (see `place`)."""
    if down > 0:
        top = row - (row - 1) % down
        return top, top + down - 1
    return (1, -down) if row <= -down else (1 - down, sys.maxsize)


def _same_unit(one: str, other: str) -> bool:
    """Whether two units agree (a 単位 cell `百万円` and a value's `円` do)."""
    return one == other or bool(one and other and (one.endswith(other) or other.endswith(one)))


def _added(cost: Cost, step: Cost) -> Cost:
    return cost[0] + step[0], cost[1] + step[1], cost[2] + step[2], cost[3] + step[3]


def _clashing(grid: list[list[Printed | None]], roles: list[str]) -> bool:
    """Whether a row's values name two units."""
    return any(len({u for cell, role in zip(row, roles, strict=True) if role == VALUE and cell is not None
                    if (u := _unit(cell))}) > 1 for row in grid[1:])


class _Fits:
    """`fits` of every cell and column, asked when needed (most pairs are never asked)."""

    def __init__(self, cells: list[Printed], roles: list[str]) -> None:
        self.cells, self.roles = cells, roles
        self.rows: dict[int, _Row] = {}

    def __getitem__(self, k: int) -> _Row:
        if k not in self.rows:
            self.rows[k] = _Row(self.cells[k], self.roles)
        return self.rows[k]


class _Row:
    def __init__(self, cell: Printed, roles: list[str]) -> None:
        self.cell, self.roles = cell, roles

    def __getitem__(self, column: int) -> bool:
        return fits(self.cell, self.roles[column])


class _TooLarge(Exception):
    """The search met more states than MAX_STATES."""
