"""Fake bold: a producer that draws each glyph two to four times at a small offset (reportlab's "bold" for a font
without a bold face) leaves that many characters in the text layer (`重重重要要要`). pdfplumber's
`Page.dedupe_chars` keeps one character of each group with the same text, font and size within `OVERPRINT_TOLERANCE`
points of each other; real repeated characters (`22件`, `100`) stand a glyph width apart and stay.

pdfplumber's `dedupe_chars` restores page order with `list.index` (quadratic: about half a second on an ordinary
page); `dedupe_chars` here does the same grouping and clustering and restores the order by position, and runs only on
a page where `has_overprint` finds a copy first (one pass over the page's characters).
"""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ingest.pdf.source import PageSource

#: Copies of a glyph closer than this (points, vertically and horizontally) are one character. Fake bold offsets
#: are a fraction of a point; two real characters of the smallest print stand several points apart.
OVERPRINT_TOLERANCE = 1.0

#: What makes two characters the same glyph (pdfplumber's `dedupe_chars` defaults: text, font and size).
_SAME_GLYPH = itemgetter("upright", "text", "fontname", "size")
_DOCTOP, _X0, _PLACE = itemgetter("doctop"), itemgetter("x0"), itemgetter("doctop", "x0")


def has_overprint(chars: list[dict[str, Any]], tolerance: float = OVERPRINT_TOLERANCE) -> bool:
    """Whether some glyph is drawn twice at (nearly) one place: no more than `tolerance` apart vertically (`doctop`)
    and horizontally (`x0`). Characters are grouped by their text, and only a text printed more than once is
    compared, each character with those following it (by `doctop`) within `tolerance`: most of a page's characters
    are the only ones of their text, and a group's sort costs less than comparing band by band."""
    by_text: dict[str, list[dict[str, Any]]] = {}
    for char in chars:
        group = by_text.get(char["text"])
        if group is None:
            by_text[char["text"]] = [char]
        else:
            group.append(char)
    for group in by_text.values():
        if len(group) < 2:
            continue
        group.sort(key=_DOCTOP)
        for i in range(len(group) - 1):
            char = group[i]
            doctop, x0 = char["doctop"], char["x0"]
            for j in range(i + 1, len(group)):
                other = group[j]
                if other["doctop"] - doctop > tolerance:
                    break
                if abs(other["x0"] - x0) <= tolerance and _SAME_GLYPH(other) == _SAME_GLYPH(char):
                    return True
    return False


def dedupe_chars(chars: list[dict[str, Any]], tolerance: float) -> list[dict[str, Any]]:
    """pdfplumber's `dedupe_chars(chars, tolerance)`: characters grouped by `_SAME_GLYPH`, clustered by `doctop`,
    then by `x0`, within `tolerance`; of each cluster the first by (doctop, x0) is kept, in page order.

    pdfplumber orders the kept characters by `chars.index`, the first character *equal* to each; that is the
    character's own position: an equal character is an exact copy, which falls in the same cluster, and of a
    cluster's copies at the first place the earliest is kept."""
    from pdfplumber.utils.clustering import cluster_objects

    position: dict[int, int] = {}
    for i, char in enumerate(chars):
        position.setdefault(id(char), i)
    kept = []
    for _, group in groupby(sorted(chars, key=_SAME_GLYPH), key=_SAME_GLYPH):
        for y_cluster in cluster_objects(list(group), _DOCTOP, tolerance):
            for x_cluster in cluster_objects(y_cluster, _X0, tolerance):
                kept.append(min(x_cluster, key=_PLACE))
    return sorted(kept, key=lambda char: position[id(char)])


def without_overprint(page: PageSource) -> tuple[PageSource, int]:
    """The page with every glyph drawn once → (page, characters removed); the page itself when nothing was
    drawn twice."""
    if not has_overprint(page.chars):
        return page, 0
    deduped = page.dedupe_chars(tolerance=OVERPRINT_TOLERANCE)
    return deduped, len(page.chars) - len(deduped.chars)
