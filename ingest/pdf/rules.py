"""The ruling of a page: drawn line segments that can bound table cells, and the fills that cannot.

Producers draw rules in three ways: line objects (reportlab, LibreOffice), stroked rectangles (one per cell or one
box round a heading) and thin filled rectangles (spreadsheet exports). A filled rectangle that is thick in both
directions is shading (a coloured header row, a banner behind a goal statement): its edges are not rules, and table
finding must not see them (pdfplumber's `lines` strategy would take every shaded cell for a ruled cell).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ingest.pdf.source import PageSource

#: A filled rectangle thinner than this (points) in one direction is a rule drawn as a rectangle.
RULE_MAX_THICKNESS = 2.0
#: Segments shorter than this (points) are glyph parts or tick marks, not rules.
RULE_MIN_LENGTH = 4.0
#: Two rules closer than this (points) are one.
RULE_SNAP = 1.5


@dataclass(frozen=True)
class Segment:
    """A rule: `at` is its y (horizontal) or x (vertical); it runs from `start` to `end` along the other axis."""

    at: float
    start: float
    end: float

    @property
    def length(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class Rules:
    """A page's horizontal and vertical rules, each list sorted by position."""

    horizontal: tuple[Segment, ...]
    vertical: tuple[Segment, ...]

    def vertical_positions(self) -> list[float]:
        """Distinct x of the vertical rules (snapped)."""
        return _distinct(s.at for s in self.vertical)

    def within(self, bbox: tuple[float, float, float, float]) -> Rules:
        """The rules inside a box (with a snap margin)."""
        x0, top, x1, bottom = bbox
        m = RULE_SNAP
        return Rules(
            tuple(s for s in self.horizontal if top - m <= s.at <= bottom + m and s.end > x0 - m and s.start < x1 + m),
            tuple(s for s in self.vertical if x0 - m <= s.at <= x1 + m and s.end > top - m and s.start < bottom + m))


def _distinct(values: Any) -> list[float]:
    merged: list[float] = []
    for value in sorted(values):
        if not merged or value - merged[-1] > RULE_SNAP:
            merged.append(value)
    return merged


def is_shading(obj: dict[str, Any]) -> bool:
    """A filled, unstroked rectangle thick in both directions: background, not a rule."""
    return (obj.get("object_type") == "rect" and bool(obj.get("fill")) and not obj.get("stroke")
            and min(obj["width"], obj["height"]) > RULE_MAX_THICKNESS)


def without_shading(page: PageSource) -> PageSource:
    """The page as table finding should see it: every object except shading rectangles."""
    if not any(is_shading(r) for r in page.rects):
        return page
    return page.filter(lambda obj: not is_shading(obj))


def page_rules(page: PageSource) -> Rules:
    """Every rule of the page: straight lines, stroked rectangle edges, thin filled rectangles."""
    horizontal: list[Segment] = []
    vertical: list[Segment] = []

    def add(x0: float, top: float, x1: float, bottom: float) -> None:
        if x1 - x0 >= bottom - top and x1 - x0 >= RULE_MIN_LENGTH and bottom - top <= RULE_MAX_THICKNESS:
            horizontal.append(Segment((top + bottom) / 2, x0, x1))
        elif bottom - top >= RULE_MIN_LENGTH and x1 - x0 <= RULE_MAX_THICKNESS:
            vertical.append(Segment((x0 + x1) / 2, top, bottom))

    for line in page.lines:
        add(line["x0"], line["top"], line["x1"], line["bottom"])
    for rect in page.rects:
        x0, top, x1, bottom = rect["x0"], rect["top"], rect["x1"], rect["bottom"]
        if rect.get("stroke") and min(x1 - x0, bottom - top) > RULE_MAX_THICKNESS:
            for edge in ((x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)):
                add(*edge)
        elif rect.get("stroke") or rect.get("fill"):
            add(x0, top, x1, bottom)
    return Rules(tuple(sorted(horizontal, key=lambda s: (s.at, s.start))),
                 tuple(sorted(vertical, key=lambda s: (s.at, s.start))))
