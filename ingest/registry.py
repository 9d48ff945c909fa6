"""The front ends, and the choice of one per document by the evidence each finds in it.

Where to add support for a new layout: write a module with a `FrontEnd` (see `ingest.frontend`)
and list it here. Each front end scores a document (0 = not mine); the best score wins.
"""

from __future__ import annotations

from ingest.detect import detect
from ingest.document import LoadedDocument
from ingest.frontend import FrontEnd
from ingest.model import Extraction
from ingest.pdf.frontend import PdfFrontEnd
from ingest.text.fragments import FragmentFrontEnd
from ingest.text.linearised import LinearisedSheet
from ingest.text.tabbed import FRONT_END as TABBED

FRONT_ENDS: list[FrontEnd] = [TABBED, LinearisedSheet(), FragmentFrontEnd(), PdfFrontEnd()]


def extract(document: LoadedDocument) -> Extraction:
    """Run the front end that recognises the document; unknown shapes give zero rows and a warning."""
    info = detect(document.lines) if document.kind == "text" else None
    scored = sorted(((fe.score(document), i, fe) for i, fe in enumerate(FRONT_ENDS)), key=lambda s: (-s[0], s[1]))
    if scored and scored[0][0] > 0:
        return scored[0][2].extract(document, info)
    return Extraction(
        source_file=document.source_file,
        doc_type=info.doc_type if info else "unknown",
        title=info.title if info else None,
        fiscal_year=info.fiscal_year if info else None,
        warnings=["no indicator table layout recognised; zero indicators read"],
    )
