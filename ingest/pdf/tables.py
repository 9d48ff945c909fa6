"""Grid finding for one page: every engine's grids, chosen by the evidence on the page.

pdfplumber's lattice reads ruled tables (shading removed first); camelot's lattice is asked only where vertical
rules exist but pdfplumber found no grid, and its empty answer changes nothing; `aligned` reads tables with
horizontal rules only, or none (the latter only on a page without ruled grid). Layout only: what the cells mean is
the interpreter's business.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ingest.pdf.aligned import aligned_grids
from ingest.pdf.engines import EngineSettings, camelot_lattice, camelot_may_help, pdfplumber_lattice
from ingest.pdf.furniture import Box
from ingest.pdf.grid import Grid
from ingest.pdf.rules import page_rules

if TYPE_CHECKING:
    from ingest.pdf.source import PageSource


def is_table(grid: Grid) -> bool:
    """At least two rows and two columns."""
    return grid.n_rows > 1 and grid.n_cols > 1


def find_grids(page: PageSource, path: Path, settings: EngineSettings, furniture: list[Box] | None = None,
               columns: list[float] | None = None) -> list[Grid]:
    """The tables of a page, top to bottom, by the engine the settings ask for or the evidence suggests;
    `furniture` (running header/footer lines) never enters a table without vertical rules; `columns` are the
    column lines of the previous page's last table, for its continuation. Grids of one row per printed line
    (`Grid.line_rows`) may hold lines above and below their table."""
    grids: list[Grid] = []
    if settings.engine in ("auto", "pdfplumber"):
        grids = pdfplumber_lattice(page, settings)
    if settings.engine == "camelot":
        grids = camelot_lattice(path, page.page_number, float(page.height))
    elif settings.engine == "auto" and not any(is_table(g) for g in grids) and camelot_may_help(page_rules(page),
                                                                                               settings):
        # vertical rules but no multi-cell grid from pdfplumber: camelot's line detection may join broken rules;
        # an empty answer leaves pdfplumber's grids in place
        found = camelot_lattice(path, page.page_number, float(page.height))
        if any(is_table(g) for g in found):
            grids = found
    if settings.engine != "camelot" and page.chars:
        # tables without vertical rules: rows from horizontal rules, else from white space (only on a page
        # without ruled grid, where prose and lists are the alternative)
        ruled = [g.bbox for g in grids if is_table(g)]
        grids += aligned_grids(page, page_rules(page), ruled + (furniture or []), unruled=not ruled, columns=columns)
    return sorted(grids, key=lambda g: g.bbox[1])
