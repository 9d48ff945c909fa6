"""The front ends, and the choice of one per document by the evidence each finds in it.

Where to add support for a new layout: write a module with a `FrontEnd` (see `ingest.frontend`)
and list it here. Each front end scores a document (0 = not mine); the best score wins. Statements outside
tables (`name 30件（2018年度）→50件（2023年度）`) are read from every text document's other lines afterwards.
"""

from __future__ import annotations

from ingest.detect import detect
from ingest.document import LoadedDocument
from ingest.frontend import FrontEnd
from ingest.model import Extraction
from ingest.pdf.frontend import PdfFrontEnd
from ingest.text.fragments import FragmentFrontEnd
from ingest.text.linearised import LinearisedSheet
from ingest.text.statements import read_statements
from ingest.text.tabbed import FRONT_END as TABBED

FRONT_ENDS: list[FrontEnd] = [TABBED, LinearisedSheet(), FragmentFrontEnd(), PdfFrontEnd()]
NO_LAYOUT_WARNING = "no indicator table layout recognised; zero indicators read"
STATEMENTS_SHAPE = "statements"


def extract(document: LoadedDocument) -> Extraction:
    """Run the front end that recognises the document, then read the statements outside its tables; a document
    with neither gives zero rows and a warning."""
    info = detect(document.lines) if document.kind == "text" else None
    scored = sorted(((fe.score(document), i, fe) for i, fe in enumerate(FRONT_ENDS)), key=lambda s: (-s[0], s[1]))
    if scored and scored[0][0] > 0:
        extraction = scored[0][2].extract(document, info)
        _add_statements(extraction, document)
        return extraction
    extraction = Extraction(
        source_file=document.source_file,
        doc_type=info.doc_type if info else "unknown",
        title=info.title if info else None,
        fiscal_year=info.fiscal_year if info else None,
    )
    _add_statements(extraction, document)
    if not extraction.rows:
        extraction.warnings.append(NO_LAYOUT_WARNING)
    return extraction


def _table_lines(extraction: Extraction) -> set[int]:
    """0-based indexes of the lines a table front end read rows or cells from."""
    refs = [row.ref for row in extraction.rows] + [cell.ref for row in extraction.rows for cell in row.cells]
    return {ref.line - 1 for ref in refs if ref.line is not None}


def _add_statements(extraction: Extraction, document: LoadedDocument) -> None:
    """Add the statements of the lines no table front end read (never a line twice): a text document's other
    lines, or the lines a positioned front end (PDF) found outside its tables."""
    if document.kind == "text":
        found = read_statements(document.lines, document.source_file, skip=_table_lines(extraction))
    else:
        lines = [text for text, _ in extraction.text_lines]
        found = read_statements(lines, document.source_file, refs=[ref for _, ref in extraction.text_lines])
    extraction.rejects.extend(found.rejects)
    if not found.rows:
        return
    extraction.shape = f"{extraction.shape}+{STATEMENTS_SHAPE}" if extraction.shape else STATEMENTS_SHAPE
    extraction.rows.extend(found.rows)
