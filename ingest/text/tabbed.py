"""Front end for text layers whose tables come out as tab-separated rows (000, 001, 003 shapes).

The tab rows are the only thing this layout family knows: `ingest.text.tabs` finds them and splits them into cells,
and the one table interpreter (`ingest.table.interpret`) decides what the headers, columns, goal cells, wrapped rows,
headings, captions and notes around them mean, as it does for every other front end.
"""

from __future__ import annotations

from ingest.detect import DocumentInfo
from ingest.document import LoadedDocument
from ingest.model import Extraction
from ingest.table.header import read_layout
from ingest.text import tabs
from ingest.text.generic import read_with

SHAPE = "tab-separated"


class TabbedFrontEnd:
    """Tab-separated text tables, read by the table interpreter."""

    name = "tabbed"

    def score(self, document: LoadedDocument) -> float:
        """0 without a tab-separated indicator table; more tables, more evidence (capped at 1)."""
        if document.kind != "text":
            return 0.0
        found = sum(1 for table in tabs.read_tables(document.lines) if read_layout(table.grid))
        return 0.0 if not found else min(1.0, 0.5 + 0.1 * found)

    def extract(self, document: LoadedDocument, info: DocumentInfo | None) -> Extraction:
        extraction = read_with(document, info, (tabs.read_tables,), SHAPE)
        if not extraction.rows:
            extraction.warnings.append("no indicator rows found in tab-separated tables")
        return extraction


FRONT_END = TabbedFrontEnd()
