"""What the cover says: the document's title (ingest.title) and its edition's publication date (ingest.published),
each with where it was printed, set on the extraction after its tables were read (as ingest.government does for
the issuer). A PDF's front end calls `attach` with its pages' lines and the first page's font sizes; a text
document is read here from its lines."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ingest.document import LoadedDocument, file_line
from ingest.government import title_region_of_text
from ingest.model import Extraction
from ingest.published import read_published
from ingest.title import read_title


def read_cover(extraction: Extraction, document: LoadedDocument) -> None:
    """Title and publication date of a text document (a PDF's front end has set them from its pages)."""
    if document.kind == "text":
        attach(extraction, document.lines, title_region_of_text(document.lines),
               lambda i: f"line {file_line(document.source_lines, i + 1)}")


def attach(extraction: Extraction, lines: Sequence[str], title_region: int, where: Callable[[int], str],
           sizes: Sequence[float] | None = None, colophon_start: int | None = None) -> None:
    """Set the extraction's title and publication date from the document's lines; `where` names the place of a
    line (`line 3`, `p.2`); `sizes`: font sizes of the title region's lines (PDF); `colophon_start`: the first
    line of the back page (PDF: the last page)."""
    title = read_title(lines, title_region, sizes)
    extraction.title = title.text
    extraction.title_location = where(title.index) if title.index is not None else None
    extraction.cover_warnings = [title.warning] if title.warning else []
    published = read_published(lines, title_region, colophon_start)
    extraction.published = published.date
    extraction.published_location = where(published.index) if published.index is not None else None
