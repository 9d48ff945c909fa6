"""The generic text front end: any text layer whose tables the readers find (pipe rows, tab rows, CSV rows,
aligned columns, one cell per line), read by the one table interpreter. The registry runs it for documents no
specialised front end knows.
"""

from __future__ import annotations

from collections.abc import Callable

from ingest.detect import DocumentInfo, detect
from ingest.document import LoadedDocument
from ingest.model import Extraction
from ingest.table.context import TextLine
from ingest.table.header import read_layout
from ingest.table.interpret import Interpreter, survey_lines
from ingest.text import aligned, cells, csvrows, pipes, raw_rows, spaced, tabs
from ingest.text.blocks import TextTable

#: Readers in order of precedence: the first to claim a line keeps it (pipe rows may also be aligned).
Reader = Callable[[list[str]], list[TextTable]]
READERS: tuple[Reader, ...] = (pipes.read_tables, tabs.read_tables,
                                                                csvrows.read_tables, aligned.read_tables,
                                                                cells.read_tables, raw_rows.read_tables,
                                                                spaced.read_tables)


#: A table this short (a header and one row) found by one reader inside a longer table of a later reader is a
#: piece of that table the earlier reader misread (a single-space table's header taken for one cell per line).
PIECE_LINES = 3


def find_tables(lines: list[str], readers: tuple[Reader, ...] = READERS) -> list[TextTable]:
    """The tables the readers find, without overlap, in reading order."""
    taken: set[int] = set()
    found: list[TextTable] = []
    for read in readers:
        for table in read(lines):
            span = set(range(table.first, table.last + 1))
            inside = [t for t in found if t.first <= table.last and table.first <= t.last]
            if inside and all(table.first <= t.first and t.last <= table.last and t.last - t.first < PIECE_LINES
                              for t in inside) and table.last - table.first >= PIECE_LINES:
                found = [t for t in found if t not in inside]
                taken -= {i for t in inside for i in range(t.first, t.last + 1)}
            if not span & taken:
                found.append(table)
                taken |= span
    return sorted(found, key=lambda t: t.first)


def text_lines(lines: list[str], first: int, end: int) -> list[TextLine]:
    """Lines first..end-1 (0-based) as located text lines for the interpreter."""
    return [TextLine(pipes.plain(lines[i]), float(i), float(i + 1), line=i + 1)
            for i in range(first, end) if lines[i].strip()]


class GenericText:
    """Reads the indicator tables of a text layer of a layout no specialised front end knows."""

    name = "generic-text"

    def score(self, document: LoadedDocument) -> float:
        """0 without a table the interpreter can read; more readable tables, more evidence (below 1)."""
        if document.kind != "text":
            return 0.0
        readable = sum(1 for table in find_tables(document.lines) if read_layout(table.grid))
        return readable / (readable + 1)

    def extract(self, document: LoadedDocument, info: DocumentInfo | None) -> Extraction:
        extraction = read_with(document, info, READERS, "generic")
        if not extraction.rows:
            extraction.warnings.append(survey_lines(document.lines)
                                       or "no indicator table recognised; zero indicators read")
        return extraction


def read_with(document: LoadedDocument, info: DocumentInfo | None, readers: tuple[Reader, ...],
              shape: str) -> Extraction:
    """The tables `readers` find in a text document, with the lines around them, read by the table interpreter."""
    lines = document.lines
    info = info or detect(lines)
    extraction = Extraction(document.source_file, info.doc_type, info.title, info.fiscal_year, shape=shape)
    interpreter = Interpreter(extraction)
    position = 0
    for table in find_tables(lines, readers):
        interpreter.lines(text_lines(lines, position, table.first))
        interpreter.grid(table.grid)
        position = table.last + 1
    interpreter.lines(text_lines(lines, position, len(lines)))
    interpreter.finish()
    return extraction
