"""Table-finding engines → `Grid`s: pdfplumber (ruled or whitespace tables) and camelot lattice.

camelot (and its OpenCV import) is imported inside `camelot_lattice` only, so runs that never need it
(text documents, `kpi-ingest --help`, PDFs whose ruled tables pdfplumber reads) never load it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.pdf.grid import Grid, grid_from_boxes

if TYPE_CHECKING:
    from pdfplumber.page import Page

PDFPLUMBER_LATTICE = "pdfplumber-lattice"
PDFPLUMBER_STREAM = "pdfplumber-stream"
CAMELOT_LATTICE = "camelot-lattice"


@dataclass(frozen=True)
class EngineSettings:
    """Every knob of table finding in one place.

    `engine`: "auto" (pdfplumber; camelot lattice for a ruled page pdfplumber cannot read), or one engine
    forced (the benchmark compares them this way). Tolerances are pdfplumber's, in PDF points.
    """

    engine: str = "auto"
    lattice: dict[str, Any] = field(default_factory=lambda: {
        "vertical_strategy": "lines",
        "horizontal_strategy": "lines",
        "snap_tolerance": 3,
        "join_tolerance": 3,
        "intersection_tolerance": 3,
    })
    stream: dict[str, Any] = field(default_factory=lambda: {
        "vertical_strategy": "text",
        "horizontal_strategy": "text",
        "snap_tolerance": 3,
        "join_tolerance": 3,
        "text_x_tolerance": 1.5,
        "min_words_vertical": 2,
        "min_words_horizontal": 1,
    })
    #: Minimum rule segments on a page before it counts as ruled (a boxed heading alone has four).
    min_rules_for_lattice: int = 6


def _plumber_grids(page: Page, settings: dict[str, Any], engine: str) -> list[Grid]:
    grids = []
    for table in page.find_tables(table_settings=settings):
        boxes = []
        for row, texts in zip(table.rows, table.extract(), strict=False):
            for bbox, text in zip(row.cells, texts, strict=False):
                if bbox is not None:
                    boxes.append((bbox, text or ""))
        if boxes:
            grids.append(grid_from_boxes(page.page_number, engine, boxes))
    return grids


def pdfplumber_lattice(page: Page, settings: EngineSettings) -> list[Grid]:
    """Ruled tables: cells bounded by drawn lines or rectangle edges."""
    return _plumber_grids(page, settings.lattice, PDFPLUMBER_LATTICE)


def pdfplumber_stream(page: Page, settings: EngineSettings) -> list[Grid]:
    """Whitespace tables: columns and rows inferred from the alignment of words."""
    return _plumber_grids(page, settings.stream, PDFPLUMBER_STREAM)


def is_ruled(page: Page, settings: EngineSettings) -> bool:
    """A page with enough drawn rules (lines, rectangle edges) to hold a ruled table."""
    return len(page.lines) + 4 * len(page.rects) >= settings.min_rules_for_lattice


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
