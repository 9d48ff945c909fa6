"""The front ends, and the choice of one per document by the evidence each finds in it.

Where to add support for a new layout: a new family of table shapes in text is a reader (`ingest/text/pipes.py`,
`tabs.py`, `aligned.py`: lines → grids) listed in `ingest.text.generic.READERS`; what a column means is decided
once, by the table interpreter (`ingest/table/`), from the header words in `normalize/vocabulary.py`.
The specialised front ends below score a document (0 = not mine) and the best score wins; a document none of
them recognises goes to the generic front ends; a document nobody reads gets a warning saying what KPI-like text
it holds.
"""

from __future__ import annotations

from ingest.detect import detect
from ingest.document import LoadedDocument
from ingest.frontend import FrontEnd
from ingest.model import Extraction
from ingest.pdf.frontend import PdfFrontEnd
from ingest.table.interpret import survey_lines
from ingest.text.fragments import FragmentFrontEnd
from ingest.text.generic import GenericText
from ingest.text.linearised import LinearisedSheet
from ingest.text.tabbed import FRONT_END as TABBED

FRONT_ENDS: list[FrontEnd] = [TABBED, LinearisedSheet(), FragmentFrontEnd(), PdfFrontEnd()]
#: Front ends for layouts nobody made a front end for: tried only when no specialised one recognises the document.
GENERIC_FRONT_ENDS: list[FrontEnd] = [GenericText()]


def _best(front_ends: list[FrontEnd], document: LoadedDocument) -> FrontEnd | None:
    scored = sorted(((fe.score(document), i, fe) for i, fe in enumerate(front_ends)), key=lambda s: (-s[0], s[1]))
    return scored[0][2] if scored and scored[0][0] > 0 else None


def extract(document: LoadedDocument) -> Extraction:
    """Run the front end that recognises the document; unknown shapes give zero rows and a warning."""
    info = detect(document.lines) if document.kind == "text" else None
    front_end = _best(FRONT_ENDS, document) or _best(GENERIC_FRONT_ENDS, document)
    if front_end is not None:
        return front_end.extract(document, info)
    seen = survey_lines(document.lines) if document.kind == "text" else None
    return Extraction(
        source_file=document.source_file,
        doc_type=info.doc_type if info else "unknown",
        title=info.title if info else None,
        fiscal_year=info.fiscal_year if info else None,
        warnings=[seen or "no indicator table layout recognised; zero indicators read"],
    )
