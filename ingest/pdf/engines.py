"""Ruled-table engines → `Grid`s: pdfplumber lattice and camelot lattice (tables without vertical rules are
`aligned.py`'s).

camelot (and its OpenCV import) is imported inside `camelot_lattice` only, so runs that never need it
(text documents, `kpi-ingest --help`, PDFs whose ruled tables pdfplumber reads) never load it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.pdf.celltext import cell_text
from ingest.pdf.grid import SNAP, Grid, boundaries, grid_from_boxes
from ingest.pdf.rules import Rules, Segment, for_table_finding, page_rules

if TYPE_CHECKING:
    from ingest.pdf.source import PageSource

PDFPLUMBER_LATTICE = "pdfplumber-lattice"
CAMELOT_LATTICE = "camelot-lattice"


@dataclass(frozen=True)
class EngineSettings:
    """Every knob of table finding in one place.

    `engine`: "auto" (pdfplumber; camelot lattice for a page with vertical rules pdfplumber cannot read), or one
    engine forced, "pdfplumber" or "camelot" (the benchmark compares them this way). Tolerances are pdfplumber's,
    in PDF points.
    """

    engine: str = "auto"
    lattice: dict[str, Any] = field(default_factory=lambda: {
        "vertical_strategy": "lines",
        "horizontal_strategy": "lines",
        "snap_tolerance": 3,
        "join_tolerance": 3,
        "intersection_tolerance": 3,
    })
    #: Distinct x positions of vertical rules before camelot may see a grid pdfplumber missed (a boxed heading
    #: alone has two; a table of two columns has three).
    min_vertical_rules: int = 3


class _CharIndex:
    """A page's characters ordered by vertical centre, to find the characters of a cell without scanning the
    page once per row and cell (pdfplumber's `Table.extract` does; it was a tenth of the PDF front end's time)."""

    def __init__(self, chars: list[dict[str, Any]]) -> None:
        centred = sorted(((c["top"] + c["bottom"]) / 2, i) for i, c in enumerate(chars))
        self.chars = chars
        self.v_mids = [v for v, _ in centred]
        self.order = [i for _, i in centred]
        #: horizontal centres in the same order: a row's cells test the row band's characters once each
        self.h_mids = [(chars[i]["x0"] + chars[i]["x1"]) / 2 for i in self.order]

    def chars_in(self, bbox: tuple[float, float, float, float]) -> list[dict[str, Any]]:
        """The characters whose centre lies in the box, as `Table.extract` takes them (left/top edges in,
        right/bottom out), in page order."""
        x0, top, x1, bottom = bbox
        first, last = bisect_left(self.v_mids, top), bisect_left(self.v_mids, bottom)
        inside = sorted(i for i, h in zip(self.order[first:last], self.h_mids[first:last], strict=True)
                        if x0 <= h < x1)
        chars = self.chars
        return [chars[i] for i in inside]

    def text(self, bbox: tuple[float, float, float, float]) -> str:
        """The cell text of the box: its lines joined with "\n", wraps at the box's right edge undone."""
        return cell_text(self.chars_in(bbox), bbox[2])


def _plumber_grids(page: PageSource, settings: dict[str, Any], engine: str) -> list[Grid]:
    grids = []
    index: _CharIndex | None = None
    rules: Rules | None = None
    for table in page.find_tables(table_settings=settings):
        index = index or _CharIndex(page.chars)
        boxes = []
        for row in table.rows:
            cells = [(bbox, index.chars_in(bbox)) for bbox in row.cells if bbox is not None]
            boxes += [(bbox, cell_text(chars, bbox[2])) for bbox, chars in _overflows_joined(cells)]
        if boxes:
            rules = rules or page_rules(page)
            boxes += [(bbox, cell_text(index.chars_in(bbox), bbox[2])) for bbox in open_side_cells(boxes, rules)]
        boxes += [(bbox, cell_text(index.chars_in(bbox) or _clipped_text(index, bbox, boxes, page.height), bbox[2]))
                  for bbox in open_cells(boxes)]
        if boxes:
            grids.append(grid_from_boxes(page.page_number, engine, boxes))
    return grids


def open_cells(boxes: list[tuple[tuple[float, float, float, float], str]]) -> list[tuple[float, ...]]:
    """The cells a table's bottom or top rule leaves open: a spreadsheet prints a cell merged down over rows that go
    on past the page break without its bottom rule (the cell goes on on the next page), and on the next page
    without its top rule (it began on the page before), so the lattice finds no cell there; the box from the
    column's last cell down to the table's bottom (layouts 111), or from the table's top down to the column's first
    cell (variety26: layouts 264, a sheet printed without print titles), between the column's rules, is that cell
    (its text is the merged cell's part on this page)."""
    if not boxes:
        return []
    xs = boundaries([b[0] for b, _ in boxes] + [b[2] for b, _ in boxes])
    top, bottom = min(b[1] for b, _ in boxes), max(b[3] for b, _ in boxes)
    found = []
    for left, right in pairwise(xs):
        column = [b for b, _ in boxes if b[0] <= left + SNAP and b[2] >= right - SNAP]
        if column and max(b[3] for b in column) < bottom - SNAP:
            found.append((left, max(b[3] for b in column), right, bottom))
        if column and min(b[1] for b in column) > top + SNAP:
            found.append((left, top, right, min(b[1] for b in column)))
    return found


def _clipped_text(index: _CharIndex, bbox: tuple[float, ...], boxes: list[tuple[tuple[float, ...], str]],
                  height: float) -> list[dict[str, Any]]:
    """The characters of an open cell (`open_cells`) that holds none: a spreadsheet draws a merged cell's text once,
    placed for the whole merged area, clipped by the page edge, so the part of a cell the page break cut may print
    its text beyond the table (layouts 264: Calc puts `基本目標２ …` in page 1's bottom margin, under the table,
    `施策１ …` on page 2 across the table's top). Taken are the characters in the cell's column beyond the open
    edge: below the table down to the page's end, or above it on lines the edge crosses, on lines that print nothing
    outside the column (a note or a title under or over the table reaches past it)."""
    x0, _, x1, _ = bbox
    top, bottom = min(b[1] for b, _ in boxes), max(b[3] for b, _ in boxes)
    if bbox[3] >= bottom - SNAP:
        found = index.chars_in((x0, bottom, x1, height))
    else:
        found = [c for c in index.chars_in((x0, 0.0, x1, top)) if c["bottom"] > top]
    if not found:
        return []
    band = index.chars_in((float("-inf"), min(c["top"] for c in found), float("inf"), max(c["bottom"] for c in found)))
    return found if all(x0 <= (c["x0"] + c["x1"]) / 2 < x1 for c in band) else []


def _covered(segments: tuple[Segment, ...], at: float, start: float, end: float) -> bool:
    """Rules at `at` (within SNAP) run, joined, from `start` to `end` (within SNAP)."""
    reached = start
    for segment in sorted((s for s in segments if abs(s.at - at) <= SNAP), key=lambda s: s.start):
        if segment.start > reached + SNAP:
            break
        reached = max(reached, segment.end)
    return reached >= end - SNAP


def open_side_cells(boxes: list[tuple[tuple[float, ...], str]], rules: Rules) -> list[tuple[float, ...]]:
    """A column beside the table that one cell fills from the table's top to its bottom, left open at its top: a
    spreadsheet cell merged down over every row of a page, begun on the page before (variety26: layouts 264, the goal
    cell of a sheet printed without print titles); without its top rule the lattice finds no cell in the column at
    all. The nearest vertical rule outside the table on either side that runs, with the table's own edge rule, from
    the table's top to its bottom, under a bottom rule joining the two, closes that column's cell."""
    left, top = min(b[0] for b, _ in boxes), min(b[1] for b, _ in boxes)
    right, bottom = max(b[2] for b, _ in boxes), max(b[3] for b, _ in boxes)
    found = []
    for edge, outside in ((left, [s.at for s in rules.vertical if s.at < left - SNAP]),
                          (right, [s.at for s in rules.vertical if s.at > right + SNAP])):
        full = [at for at in outside if _covered(rules.vertical, at, top, bottom)]
        if not full or not _covered(rules.vertical, edge, top, bottom):
            continue
        at = max(full) if edge == left else min(full)
        x0, x1 = min(at, edge), max(at, edge)
        if _covered(rules.horizontal, bottom, x0, x1):
            found.append((x0, top, x1, bottom))
    return found


#: Two characters this close (points) are one run of text: a cell's padding on both sides of a rule is wider.
RUN_GAP = 1.0


def _overflows_joined(cells: list[tuple[tuple, list[dict[str, Any]]]]) -> list[tuple[tuple, list[dict[str, Any]]]]:
    """The cells of one table row, a text run across a rule given to the cell it starts in: a spreadsheet prints
    text that does not wrap on over the empty cell to its right (`移住支援金を活用した移住` | `者数`), so a cell
    whose characters all continue, on one line and without a gap, the last line of the cell to its left is that
    cell's overflow, not a text of its own (a cell's padding on both sides of the rule leaves a gap)."""
    out = [(bbox, list(chars)) for bbox, chars in sorted(cells, key=lambda cell: cell[0][0])]
    for i in range(len(out) - 1, 0, -1):
        (left_box, left), (right_box, right) = out[i - 1], out[i]
        if not left or not right or abs(left_box[1] - right_box[1]) > 1 or abs(left_box[3] - right_box[3]) > 1:
            continue
        last = max(left, key=lambda c: (c["top"], c["x1"]))
        run = sorted(right, key=lambda c: c["x0"])
        same_line = all(abs(c["top"] - last["top"]) <= 1 for c in run)
        steps = [b["x0"] - a["x1"] for a, b in zip([last, *run], run, strict=False)]
        if same_line and all(abs(step) <= RUN_GAP for step in steps):
            out[i - 1], out[i] = (left_box, left + right), (right_box, [])
    return out


def pdfplumber_lattice(page: PageSource, settings: EngineSettings) -> list[Grid]:
    """Ruled tables: cells bounded by drawn lines, rectangle edges or dotted runs (shading rectangles are not
    rules)."""
    return _plumber_grids(for_table_finding(page), settings.lattice, PDFPLUMBER_LATTICE)


def camelot_may_help(rules: Rules, settings: EngineSettings) -> bool:
    """Camelot's lattice finds cells between vertical and horizontal rules: without vertical rules at three
    places or more it can find no table of two columns, and costs a rendering of the page for nothing."""
    return bool(rules.horizontal) and len(rules.vertical_positions()) >= settings.min_vertical_rules


def camelot_lattice(path: Path, page_number: int, page_height: float) -> list[Grid]:
    """Ruled tables read by camelot; its cell edges give the spans of merged cells."""
    import camelot  # heavy (OpenCV): imported only when a page needs it

    grids = []
    for table in camelot.read_pdf(str(path), pages=str(page_number), flavor="lattice"):
        rows = table.cells
        n_rows, n_cols = len(rows), len(rows[0]) if rows else 0
        group = {(r, c): (r, c) for r in range(n_rows) for c in range(n_cols)}

        def find(key: tuple[int, int], group: dict = group) -> tuple[int, int]:
            while group[key] != key:
                group[key] = group[group[key]]
                key = group[key]
            return key

        for r in range(n_rows):
            for c in range(n_cols):
                cell = rows[r][c]
                if r + 1 < n_rows and not cell.bottom:
                    group[find((r + 1, c))] = find((r, c))
                if c + 1 < n_cols and not cell.right:
                    group[find((r, c + 1))] = find((r, c))
        members: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for key in sorted(group):
            members.setdefault(find(key), []).append(key)
        boxes = []
        for keys in members.values():
            cells = [rows[r][c] for r, c in keys]
            x0, x1 = min(c.x1 for c in cells), max(c.x2 for c in cells)
            top, bottom = page_height - max(c.y2 for c in cells), page_height - min(c.y1 for c in cells)
            text = "\n".join(c.text.strip() for c in cells if c.text and c.text.strip())
            boxes.append(((x0, top, x1, bottom), text))
        if boxes:
            grids.append(grid_from_boxes(page_number, CAMELOT_LATTICE, boxes))
    return grids
