"""The PDF front end: pages → grids (`tables.find_grids`) → indicator rows, walking the document in reading order
so that headings, captions and continued tables carry over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.detect import DocumentInfo, detect
from ingest.document import DocumentError, LoadedDocument
from ingest.model import Extraction, IndicatorRow
from ingest.pdf.columns import TableLayout, read_layout
from ingest.pdf.context import Surroundings, TextLine
from ingest.pdf.engines import EngineSettings
from ingest.pdf.furniture import Box, running_lines
from ingest.pdf.grid import Grid
from ingest.pdf.rows import TableContext, indicator_rows, stream_end
from ingest.pdf.tables import find_grids
from normalize.vocabulary import TABLE_NOTE_MARK

if TYPE_CHECKING:
    from pdfplumber.page import Page

_NOTE_REFERENCE = re.compile(rf"[(（]\s*{re.escape(TABLE_NOTE_MARK)}\s*[)）]")
NO_TEXT_LAYER = "no text layer; OCR is not supported"
#: A line whose right end is this close (points) to the rightmost line end of its page fills the width.
FULL_WIDTH_SLACK = 15.0


def _trim_stream(grid: Grid, may_continue: bool = False) -> Grid | None:
    """A grid of one row per line cut to its header and body (it may hold lines above and below the table);
    without header, cut to its first lines when it `may_continue` the previous page's table, else dropped."""
    layout = read_layout(grid)
    if layout is None:
        return grid.crop_rows(0, stream_end(grid, 0)) if may_continue else None
    return grid.crop_rows(layout.header_start, stream_end(grid, layout.header_end))


def text_lines(page: Page, grids: list[Grid]) -> list[TextLine]:
    """Lines outside every table, top to bottom, each with the drawn box around it (a boxed heading)."""
    boxes = [r for r in page.rects if r.get("stroke")]
    raw = page.extract_text_lines(strip=True, return_chars=False)
    right = max((line["x1"] for line in raw), default=0.0)
    lines = []
    for line in raw:
        centre_y = (line["top"] + line["bottom"]) / 2
        if any(g.bbox[1] <= centre_y <= g.bbox[3] and line["x0"] < g.bbox[2] and line["x1"] > g.bbox[0]
               for g in grids):
            continue
        box = next((i for i, r in enumerate(boxes)
                    if r["x0"] <= line["x0"] and line["x1"] <= r["x1"] and r["top"] <= centre_y <= r["bottom"]), None)
        lines.append(TextLine(line["text"], line["top"], line["bottom"], box, line["x1"] >= right - FULL_WIDTH_SLACK))
    return lines


@dataclass
class DocumentWalk:
    """Reading-order state across pages: headings, the table being read, its layout and carried cells."""

    source_file: str
    surroundings: Surroundings = field(default_factory=Surroundings)
    layout: TableLayout | None = None
    kind: str | None = None
    engine: str | None = None
    carried: dict[str, str] = field(default_factory=dict)
    last_rows: list[IndicatorRow] = field(default_factory=list)
    columns: list[float] = field(default_factory=list)  # column lines of the last grid, for its continuation
    extraction: Extraction | None = None

    def lines(self, lines: list[TextLine]) -> None:
        assert self.extraction is not None
        for note in self.surroundings.read(lines):
            marked = [row for row in self.last_rows if any(_NOTE_REFERENCE.search(cell.text) for cell in row.cells)]
            for row in marked:
                row.note = "; ".join(filter(None, [row.note, note]))
            if not marked:
                self.extraction.warnings.append(f"note under a table tied to no row: {note[:60]}")

    def grid(self, grid: Grid, first_on_page: bool) -> None:
        assert self.extraction is not None
        layout = read_layout(grid)
        start = layout.header_end if layout else 0
        same_shape = self.layout is not None and grid.n_cols == len(self.layout.columns)
        unchanged = not self.surroundings.changed
        if layout is None:
            if not (same_shape and unchanged and (not grid.line_rows or first_on_page)):
                if grid.n_rows > 1 and grid.n_cols > 1:
                    self.extraction.warnings.append(f"page {grid.page}: a table without indicator header skipped")
                return
            layout = self.layout  # continued from the previous page without its header repeated
        elif not (self.layout is not None and layout.signature == self.layout.signature and unchanged):
            self.carried, self.kind = {}, None  # a new table
        assert layout is not None
        self.kind = self.surroundings.pending_kind or self.kind
        context = TableContext(self.source_file, self.kind, tuple(self.surroundings.goal), self.carried)
        rows, rejects = indicator_rows(grid, layout, start, context)
        self.extraction.rows.extend(rows)
        self.extraction.rejects.extend(rejects)
        self.layout, self.last_rows = layout, rows
        self.surroundings.pending_kind, self.surroundings.changed = None, False

    def page(self, page: Page, path: Path, settings: EngineSettings, furniture: list[Box]) -> None:
        found = find_grids(page, path, settings, furniture, self.columns)
        # a grid of lines without header may continue the table of the previous page only when it starts the page
        grids = [t for i, g in enumerate(found) if (t := _trim_stream(g, may_continue=i == 0) if g.line_rows else g)]
        self.columns = grids[-1].col_edges if grids else self.columns
        lines = text_lines(page, grids)
        for i, grid in enumerate(grids):
            self.lines([line for line in lines if line.top < grid.bbox[1] and
                        (i == 0 or line.top >= grids[i - 1].bbox[3])])
            self.grid(grid, first_on_page=i == 0)
        self.lines([line for line in lines if not grids or line.top >= grids[-1].bbox[3]])


class PdfFrontEnd:
    """Reads the indicator tables of a PDF with a text layer."""

    name = "pdf"

    def __init__(self, settings: EngineSettings | None = None) -> None:
        self.settings = settings or EngineSettings()

    def score(self, document: LoadedDocument) -> float:
        return 1.0 if document.kind == "pdf" else 0.0

    def extract(self, document: LoadedDocument, info: DocumentInfo | None) -> Extraction:
        import pdfplumber  # imported here so text-only runs do not load it

        try:
            pdf = pdfplumber.open(document.path)
        except Exception as error:  # pdfminer raises several unrelated types for a damaged file
            raise DocumentError(f"not a readable PDF ({type(error).__name__})") from error
        with pdf:
            page_texts = [page.extract_text() or "" for page in pdf.pages]
            if not any(text.strip() for text in page_texts):
                raise DocumentError(NO_TEXT_LAYER)
            info = detect([line for text in page_texts for line in text.splitlines()])
            extraction = Extraction(document.source_file, info.doc_type, info.title, info.fiscal_year,
                                    shape="pdf", pages=len(pdf.pages))
            walk = DocumentWalk(document.source_file, extraction=extraction)
            furniture = running_lines(pdf.pages)
            for page, text in zip(pdf.pages, page_texts, strict=True):
                if not text.strip():
                    if page.images:
                        extraction.warnings.append(f"page {page.page_number}: an image without text layer skipped")
                    continue
                walk.page(page, document.path, self.settings, furniture.get(page.page_number, []))
        if not extraction.rows:
            extraction.warnings.append("no indicator table recognised; zero indicators read")
        return extraction
