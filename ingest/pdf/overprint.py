"""Fake bold: a producer that draws each glyph two to four times at a small offset (reportlab's "bold" for a font
without a bold face) leaves that many characters in the text layer (`重重重要要要`). pdfplumber's
`Page.dedupe_chars` keeps one character of each group with the same text, font and size within `OVERPRINT_TOLERANCE`
points of each other; real repeated characters (`22件`, `100`) stand a glyph width apart and stay.

`dedupe_chars` costs about half a second on an ordinary page (it restores page order with `list.index`), so it runs
only on a page where `has_overprint` finds a copy first (one pass over the page's characters).
"""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ingest.pdf.source import PageSource

#: Copies of a glyph closer than this (points, vertically and horizontally) are one character. Fake bold offsets
#: are a fraction of a point; two real characters of the smallest print stand several points apart.
OVERPRINT_TOLERANCE = 1.0

#: What makes two characters the same glyph (pdfplumber's `dedupe_chars` defaults: text, font and size).
_SAME_GLYPH = itemgetter("upright", "text", "fontname", "size")


def has_overprint(chars: list[dict[str, Any]], tolerance: float = OVERPRINT_TOLERANCE) -> bool:
    """Whether some glyph is drawn twice at (nearly) one place: no more than `tolerance` apart vertically (`doctop`)
    and horizontally (`x0`). Each character goes into a band of `tolerance` height by its text, so only characters of
    the same text in its band and the two bands beside it are compared (a sort of the whole page costs more)."""
    bands: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for char in chars:
        text, doctop, x0 = char["text"], char["doctop"], char["x0"]
        band = int(doctop // tolerance)
        for near in (band - 1, band, band + 1):
            for other in bands.get((text, near), ()):
                if abs(other["doctop"] - doctop) <= tolerance and abs(other["x0"] - x0) <= tolerance \
                        and _SAME_GLYPH(other) == _SAME_GLYPH(char):
                    return True
        bands.setdefault((text, band), []).append(char)
    return False


def without_overprint(page: PageSource) -> tuple[PageSource, int]:
    """The page with every glyph drawn once → (page, characters removed); the page itself when nothing was
    drawn twice."""
    if not has_overprint(page.chars):
        return page, 0
    deduped = page.dedupe_chars(tolerance=OVERPRINT_TOLERANCE)
    return deduped, len(page.chars) - len(deduped.chars)
