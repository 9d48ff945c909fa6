"""The PDF front end: pages → grids (`ingest.pdf.tables.find_grids`, by layout alone) and the text lines around
them, handed in reading order to the table interpreter (`ingest.table.interpret`), which reads
what the columns mean, headings, captions and continued tables.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from ingest.detect import DocumentInfo, detect
from ingest.document import DocumentError, LoadedDocument
from ingest.model import AS_TEXT, SKIPPED, UNREAD, Extraction, SourceRef
from ingest.pdf.aligned import WHITESPACE_ENGINE
from ingest.pdf.engines import EngineSettings
from ingest.pdf.furniture import Box, EdgeLine, edge_lines, only_furniture, running_keys, running_lines
from ingest.pdf.leaders import without_leaders
from ingest.pdf.overprint import without_overprint
from ingest.pdf.source import DEFAULT_READER, PageSource, open_pages
from ingest.pdf.tables import find_grids
from ingest.pdf.turned import turned_parts
from ingest.table.cards import card_grids
from ingest.table.context import TextLine
from ingest.table.grid import Grid
from ingest.table.header import TableLayout, compact, form_layout, read_layout, sideways_layout
from ingest.table.interpret import Interpreter
from ingest.table.rows import stream_end
from ingest.text.blocks import TextTable, upright_headers
from ingest.text.generic import find_tables, is_readable
from ingest.textcolumns import column_band
from normalize.header import may_name_value

NO_TEXT_LAYER = "no text layer; OCR is not supported"
#: Warning for a PDF whose glyphs were drawn several times at one place (`ingest.pdf.overprint`).
OVERPRINT_REPAIR = "fake-bold PDF: glyphs drawn several times at one place read once"
#: A line whose right end is this close (points) to the rightmost line end of its page fills the width.
FULL_WIDTH_SLACK = 15.0


def _trim_stream(grid: Grid, may_continue: bool = False) -> Grid | None:
    """A grid of one row per line cut to its header and body (it may hold lines above and below the table);
    without header, kept whole when it is cards side by side (`ingest.table.cards`: nothing but their titles and
    fields), cut to its first lines when it `may_continue` the previous page's table, else dropped."""
    layout = read_layout(grid)
    if layout is None and card_grids(grid) is not None:
        return grid
    if layout is None:
        return grid.crop_rows(0, stream_end(grid, 0)) if may_continue else None
    return grid.crop_rows(layout.header_start, stream_end(grid, layout.header_end))


def text_lines(page: PageSource, grids: list[Grid]) -> list[TextLine]:
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
        fills = line["x1"] >= right - FULL_WIDTH_SLACK
        lines.append(TextLine(without_leaders(line["text"]), line["top"], line["bottom"], box, fills))
    return lines


def read_page(interpreter: Interpreter, page: PageSource, path: Path, settings: EngineSettings, furniture: list[Box],
              columns: list[float]) -> list[float]:
    """One page's grids and the lines around them, handed to the interpreter in reading order → the column lines of
    the page's last table (a table continued on the next page without some columns' text is read in them)."""
    interpreter.surroundings.page = page.page_number  # the place its warnings name
    found = find_grids(page, path, settings, furniture, columns)
    # a grid of lines without header may continue the table of the previous page only when it starts the page
    grids = [t for i, g in enumerate(found) if (t := _trim_stream(g, may_continue=i == 0) if g.line_rows else g)]
    # no table recognised (a grid of white space without header is no table), two text columns: each read as its
    # own flow, the left one first
    # each grid's header bands, by their first row: read once here or by the interpreter, kept for every reading
    known: dict[int, dict[int, TableLayout]] = {id(g): {} for g in grids}
    tables = [g for g in grids if g.engine != WHITESPACE_ENGINE or read_layout(g, known[id(g)]) is not None]
    # lines cut into a grid without header when no table is open (nothing for them to continue) may be two text
    # columns too (layouts 178: a page set in two columns, a measure's prose and its KPI box in each)
    headerless = interpreter.layout is None and all(
        g.line_rows and read_layout(g, known[id(g)]) is None and sideways_layout(g) is None and form_layout(g) is None
        for g in tables)
    band = None if tables and not headerless else column_band(
        page.extract_text_lines(strip=True, return_chars=True))
    if band is not None:
        for keep in band.parts():
            part = page.filter(keep)
            if part.chars:
                columns = read_page(interpreter, part, path, settings, furniture, columns)
        return columns
    if len(spans := page_columns(tables)) > 1:
        # a grid of white space without header across the cut between tables side by side is no table: the lines
        # of two text columns side by side (layouts 231: each column's paragraph over its table), read as lines
        tabled = {id(g) for g in tables}
        grids = [g for g in grids if id(g) in tabled or not any(g.bbox[0] < high < g.bbox[2] for _, high in spans[:-1])]
    bands = page_bands(grids) if len(page_columns(grids)) > 1 else [(float("-inf"), float("inf"))]
    for top, bottom in bands:
        in_band = [g for g in grids if top <= (g.bbox[1] + g.bbox[3]) / 2 < bottom]
        spans = page_columns(in_band)
        placed = run_starts(page.chars) if len(spans) > 1 else {}
        for low, high in spans:
            def inside(obj: dict, low: float = low, high: float = high, top: float = top,
                       bottom: float = bottom, placed: dict[int, float] = placed) -> bool:
                x = placed.get(id(obj), (obj["x0"] + obj["x1"]) / 2)
                return low <= x < high and top <= (obj["top"] + obj["bottom"]) / 2 < bottom

            part = page.filter(inside) if len(bands) > 1 or len(spans) > 1 else page
            _read_column(interpreter, part, [g for g in in_band if inside(
                {"x0": g.bbox[0], "x1": g.bbox[2], "top": g.bbox[1], "bottom": g.bbox[3]})], furniture, known)
    return grids[-1].col_edges if grids else columns


#: A gap wider than this many character sizes between two characters of one text line parts two runs of text (the
#: cells or headings of tables side by side); a narrower one, a full-width space included, is inside one run.
RUN_GAP_SIZES = 2.0


def run_starts(chars: list[dict]) -> dict[int, float]:
    """Each character's place for cutting a page into columns of tables side by side: the centre of the first
    character of its run (the characters of one text line with no wide gap between them). A heading or title over
    tables side by side runs across the cut between them (layouts 212: `基本目標１　しごとをつくり、…にする` over
    cards two a row) and is read whole with the column it opens in; headings over each table (an A3 page printed
    2-up, layouts 41) are runs of their own, each read with its table."""
    out: dict[int, float] = {}
    lines: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        size = char.get("size") or char["bottom"] - char["top"]
        if lines and char["top"] - lines[-1][0]["top"] < size / 2:
            lines[-1].append(char)
        else:
            lines.append([char])
    for line in lines:
        start = None
        previous = None
        for char in sorted(line, key=lambda c: c["x0"]):
            size = char.get("size") or char["bottom"] - char["top"]
            if previous is None or char["x0"] - previous["x1"] > RUN_GAP_SIZES * size:
                start = (char["x0"] + char["x1"]) / 2
            out[id(char)] = start
            previous = char
    return out


def page_bands(grids: list[Grid]) -> list[tuple[float, float]]:
    """The y ranges of a page with tables side by side, read one after another: one range per band of tables
    standing beside each other, from the band above's bottom down to its own (layouts 101: per goal a 数値目標
    table and a KPI table side by side, the goal heading over the left one only). Each band is read column by column
    (`page_columns`), so a heading above a band owns both its tables and a heading between two bands the band below,
    never the right-hand table of the band above."""
    bands: list[list[float]] = []
    for grid in sorted(grids, key=lambda g: g.bbox[1]):
        if bands and grid.bbox[1] < bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], grid.bbox[3])
        else:
            bands.append([grid.bbox[1], grid.bbox[3]])
    cuts = [bottom for _, bottom in bands[:-1]]
    return list(pairwise([float("-inf"), *cuts, float("inf")]))


def page_columns(grids: list[Grid]) -> list[tuple[float, float]]:
    """The x ranges in which a page is read: the whole page, or, when tables stand side by side (an A3 page
    printed 2-up, layouts 41), one range per column of tables, cut halfway between them, so that a heading over
    each table is read with it."""
    whole = [(float("-inf"), float("inf"))]
    groups: list[list[Grid]] = []
    for grid in sorted(grids, key=lambda g: g.bbox[0]):
        if groups and grid.bbox[0] < max(g.bbox[2] for g in groups[-1]):
            groups[-1].append(grid)
        else:
            groups.append([grid])
    beside = any(a.bbox[1] < b.bbox[3] and b.bbox[1] < a.bbox[3]
                 for left, right in pairwise(groups) for a in left for b in right)
    if not beside:
        return whole
    cuts = [(max(g.bbox[2] for g in left) + min(g.bbox[0] for g in right)) / 2 for left, right in pairwise(groups)]
    return list(pairwise([float("-inf"), *cuts, float("inf")]))


def _read_column(interpreter: Interpreter, page: PageSource, grids: list[Grid], furniture: list[Box],
                 known: dict[int, dict[int, TableLayout]]) -> None:
    """The grids of one column of a page and the lines around them, in reading order. The statements reader gets
    the lines without the page's running header and footer: a statement whose name ends page 1 goes on with its
    figures on page 2 (layouts 66), not with the running header printed between them. It also gets the lines of a
    grid the interpreter passed over (no indicator column, no header): boxes side by side, each its name over
    labelled values (`現状値 3,120人（R5）`, layouts 145), line up as a grid of labels and values without names."""
    previous = interpreter.last_grid
    lines = merged_cell_repeats_dropped(text_lines(page, grids), previous, page.page_number)
    typed = typed_tables(lines, page.page_number)
    passed_over: list[Grid] = []
    for i, grid in enumerate(grids):
        _read_lines(interpreter, lines, [k for k, line in enumerate(lines) if line.top < grid.bbox[1] and
                                         (i == 0 or line.top >= grids[i - 1].bbox[3])], typed)
        before = _passed_over(interpreter)
        interpreter.grid(grid, may_continue=not grid.line_rows or i == 0, known=known[id(grid)])
        if _passed_over(interpreter) > before:
            passed_over.append(grid)
    _read_lines(interpreter, lines, [k for k, line in enumerate(lines) if not grids or line.top >= grids[-1].bbox[3]],
                typed)
    taken = [lines[k] for table in typed for k in range(table.first, table.last + 1)]
    if passed_over:
        read = [grid for grid in grids if all(grid is not other for other in passed_over)]
        lines = merged_cell_repeats_dropped(text_lines(page, read), previous, page.page_number)
    ref = SourceRef(interpreter.extraction.source_file, page=page.page_number)
    interpreter.extraction.text_lines.extend(  # for the statements reader
        (line.text, ref) for line in lines if all(line is not other for other in taken)
        and not any(top <= (line.top + line.bottom) / 2 <= bottom for _, top, _, bottom in furniture))


def typed_tables(lines: list[TextLine], page_number: int) -> list[TextTable]:
    """The small tables typed among a page's lines outside its grids: a header line of column words over one line
    per indicator, its cells apart by spaces but not aligned (a Word plan's table typed between paragraphs), which no
    grid finder sees; found as in a text layer (`ingest.text.generic.find_tables`), each cell located by the page
    and its line's place among the page's lines (1-based)."""
    texts = [line.text for line in lines]
    if not _may_head_values(texts):
        return []
    return [replace(table, grid=replace(table.grid, page=page_number))
            for table in find_tables(texts) if is_readable(table.grid)]


def _may_head_values(texts: list[str]) -> bool:
    """Some cell a text reader could cut from the lines might head a value column (`may_name_value`): of a word, a
    line, the lines run together (a header word or year wrapped onto the next line) or read across where written
    upright (`upright_headers`). Every readable table has a value column, so lines without one hold no table to
    look for: most pages' lines outside their grids (headings, notes, page numbers; issue 13: the text readers cost
    a seventh of the reading on the bench's PDFs and found nothing there)."""
    pieces = [*texts, *(word for text in texts for word in text.split()), "".join(texts), *upright_headers(texts)]
    return any(may_name_value(piece) for piece in pieces)


def _read_lines(interpreter: Interpreter, lines: list[TextLine], indices: list[int], typed: list[TextTable]) -> None:
    """The lines at `indices` (one run between grids) handed to the interpreter, each typed table wholly among them
    read as a table where it stands."""
    position = 0
    for table in typed:
        if table.first not in indices or table.last not in indices:
            continue
        at = indices.index(table.first)
        interpreter.lines([lines[k] for k in indices[position:at]])
        interpreter.grid(table.grid)
        interpreter.lines([lines[k] for k in table.after])
        position = indices.index(table.last) + 1
    interpreter.lines([lines[k] for k in indices[position:]])


def _passed_over(interpreter: Interpreter) -> int:
    """How many tables the interpreter has passed over unread so far (no indicator column, no header, or a row that is
    no table)."""
    return sum(table.kind in (UNREAD, SKIPPED, AS_TEXT) for table in interpreter.seen)


def merged_cell_repeats_dropped(lines: list[TextLine], previous: Grid | None, page_number: int) -> list[TextLine]:
    """The lines of a page without the text a spreadsheet repeats from a merged cell of the previous page's table:
    a cell merged down over rows on both sides of the page break is drawn on each page, its text placed for the
    whole merged area, so on the next page it stands (clipped, unseen on paper but in the text layer) above the
    table's repeated header (layouts 111: `基本目標２ …` above page 2). The first lines of the page that
    together print the text of a merged cell in the previous page's bottom row are that cell's, not a heading."""
    if previous is None or previous.page is None or previous.page >= page_number:
        return lines
    merged = {compact(cell.text) for cell in previous.cells
              if cell.row_span > 1 and cell.row + cell.row_span == previous.n_rows and compact(cell.text)}
    text = ""
    for end, line in enumerate(lines, start=1):
        text += compact(line.text)
        if text in merged:
            return lines[end:]
        if not any(m.startswith(text) for m in merged):
            break
    return lines


def cover_lines(first: PageSource) -> list[tuple[str, float]]:
    """The first page's lines with the largest font size of each (a title is printed larger)."""
    return [(line["text"], max((c["size"] for c in line["chars"]), default=0.0))
            for line in first.extract_text_lines(strip=True, return_chars=True)]


def _read_cover(extraction: Extraction, cover: list[tuple[str, float]], page_texts: list[str]) -> None:
    """Title and publication date (ingest.cover): the first page's lines with their font sizes (a title is printed
    larger), the other pages' lines after them, the last page as the colophon."""
    from ingest.cover import attach

    lines, pages = [text for text, _ in cover], [1] * len(cover)
    for number, text in enumerate(page_texts[1:], start=2):
        rest = text.splitlines()
        lines += rest
        pages += [number] * len(rest)
    colophon = pages.index(len(page_texts)) if len(page_texts) > 1 and len(page_texts) in pages else len(lines)
    attach(extraction, lines, len(cover), lambda i: f"p.{pages[i]}", [size for _, size in cover], colophon)


class PdfFrontEnd:
    """Reads the indicator tables of a PDF with a text layer, its pages read by `reader` (`ingest.pdf.source`)."""

    name = "pdf"

    def __init__(self, settings: EngineSettings | None = None, reader: str = DEFAULT_READER) -> None:
        self.settings = settings or EngineSettings()
        self.reader = reader

    def reading_with(self, reader: str) -> PdfFrontEnd:
        """This front end with its pages read by `reader`."""
        return self if reader == self.reader else PdfFrontEnd(self.settings, reader)

    def score(self, document: LoadedDocument) -> float:
        return 1.0 if document.kind == "pdf" else 0.0

    def extract(self, document: LoadedDocument, info: DocumentInfo | None) -> Extraction:
        try:
            pdf = open_pages(document.path, self.reader, document.take_pdf())
        except Exception as error:  # pdfminer and PDFium raise several unrelated types for a damaged file
            raise DocumentError(f"not a readable PDF ({type(error).__name__})") from error
        with pdf:
            # first pass: every page's text (document type, title, government) and its edge lines (furniture)
            kept: dict[int, PageSource] = {}
            page_texts: list[str] = []
            images: list[int] = []
            edges: dict[int, list[EdgeLine]] = {}
            removed: list[tuple[int, int]] = []
            cover: list[tuple[str, float]] = []
            for index in range(pdf.n_pages):
                page, copies = without_overprint(pdf.page(index))
                if index == 0:
                    cover = cover_lines(page)
                page_texts.append(page.extract_text() or "")
                images.append(page.images)
                edges[page.page_number] = edge_lines(page)
                if copies:
                    removed.append((page.page_number, copies))
                if pdf.n_pages <= pdf.keep_pages:
                    kept[index] = page
            # a page is a scan when it shows an image and no text but its running lines (a stamped page number)
            stamped = running_keys(edges)
            scans = {index for index, text in enumerate(page_texts)
                     if not text.strip() or (images[index] and only_furniture(text, stamped.get(index + 1, set())))}
            if len(scans) == pdf.n_pages:
                raise DocumentError(NO_TEXT_LAYER)
            info = detect([line for text in page_texts for line in text.splitlines()])
            extraction = Extraction(document.source_file, info.doc_type, info.title, info.fiscal_year,
                                    shape="pdf", pages=pdf.n_pages)
            if removed:
                extraction.warnings.append(
                    f"{OVERPRINT_REPAIR}: {sum(n for _, n in removed)} copies removed on "
                    f"{len(removed)} of {pdf.n_pages} pages (pages {removed[0][0]}–{removed[-1][0]})")
            interpreter = Interpreter(extraction)
            furniture = running_lines(edges)
            columns: list[float] = []
            # second pass: each page's tables and lines, the page dropped once read
            for index in range(len(page_texts)):
                if index in scans:
                    kept.pop(index, None)
                    if images[index]:
                        extraction.warnings.append(f"page {index + 1}: an image without text layer skipped")
                    continue
                page = kept.pop(index, None) or without_overprint(pdf.page(index))[0]
                upright, *turned = turned_parts(page)  # a table drawn turned 90° is read as if turned back
                columns = read_page(interpreter, upright, document.path, self.settings,
                                    furniture.get(page.page_number, []), columns)
                for part in turned:  # the running lines found on the upright pages are not on the turned part
                    columns = read_page(interpreter, part, document.path, self.settings, [], columns)
            interpreter.finish()
            _read_cover(extraction, cover, page_texts)
        extraction.page_texts = page_texts  # where KPI-like words stand, if nobody reads a row (`ingest.registry`)
        from ingest.government import attach

        first_page = page_texts[0].splitlines()  # the title region: the cover or first page
        attach(extraction, first_page + [line for text in page_texts[1:] for line in text.splitlines()],
               len(first_page))
        return extraction
