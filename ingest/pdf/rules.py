"""The ruling of a page: drawn line segments that can bound table cells, and the fills that cannot.

Producers draw rules in four ways: line objects (reportlab, LibreOffice), stroked rectangles (one per cell or one
box round a heading), thin filled rectangles (spreadsheet exports, one per cell edge) and runs of dots or short
dashes, each its own object (a dotted border as some word processors and printer drivers export it). Each mark of
a run is too short to be a rule, and pdfplumber drops it before joining edges; the run is joined into one line here.
A filled rectangle that is thick in both directions is shading (a coloured header row, a banner behind a goal
statement): its edges are not rules, and table finding must not see them (pdfplumber's `lines` strategy would take
every shaded cell for a ruled cell).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ingest.pdf.grid import boundaries

if TYPE_CHECKING:
    from ingest.pdf.source import PageSource

#: A filled rectangle thinner than this (points) in one direction is a rule drawn as a rectangle.
RULE_MAX_THICKNESS = 2.0
#: Segments shorter than this (points) are glyph parts or tick marks, not rules.
RULE_MIN_LENGTH = 4.0
#: Two rules closer than this (points) are one.
RULE_SNAP = 1.5
#: Marks of a dotted rule (each shorter than `RULE_MIN_LENGTH`) are at most this far apart along it (points).
DOT_GAP = 4.0
#: A run of at least this many marks on one line is a dotted rule (fewer are glyph parts or decoration).
MIN_DOTS = 5


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
        return boundaries((s.at for s in self.vertical), RULE_SNAP)

    def within(self, bbox: tuple[float, float, float, float]) -> Rules:
        """The rules inside a box (with a snap margin)."""
        x0, top, x1, bottom = bbox
        m = RULE_SNAP
        return Rules(
            tuple(s for s in self.horizontal if top - m <= s.at <= bottom + m and s.end > x0 - m and s.start < x1 + m),
            tuple(s for s in self.vertical if x0 - m <= s.at <= x1 + m and s.end > top - m and s.start < bottom + m))


def is_shading(obj: dict[str, Any]) -> bool:
    """A filled, unstroked rectangle thick in both directions: background, not a rule."""
    return (obj.get("object_type") == "rect" and bool(obj.get("fill")) and not obj.get("stroke")
            and min(obj["width"], obj["height"]) > RULE_MAX_THICKNESS)


def _is_mark(obj: dict[str, Any]) -> bool:
    """A drawn object too short to be a rule in either direction and thin: a dot or dash of a dotted rule."""
    return (bool(obj.get("stroke") or obj.get("fill") or obj.get("object_type") == "line")
            and max(obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]) < RULE_MIN_LENGTH
            and min(obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]) <= RULE_MAX_THICKNESS)


def _runs(marks: list[dict[str, Any]], across: tuple[str, str], along: tuple[str, str]) -> list[tuple[float, float,
                                                                                                      float]]:
    """(position across, start, end along) of every run of `MIN_DOTS` marks or more whose centres share one line
    (within `RULE_SNAP`) and follow each other at most `DOT_GAP` apart."""
    lo, hi = across
    start, end = along
    ordered = sorted(marks, key=lambda m: (m[lo] + m[hi]) / 2)
    lines: list[list[dict[str, Any]]] = []
    for mark in ordered:
        centre = (mark[lo] + mark[hi]) / 2
        if lines and centre - (lines[-1][0][lo] + lines[-1][0][hi]) / 2 <= RULE_SNAP:
            lines[-1].append(mark)
        else:
            lines.append([mark])
    runs = []
    for line in lines:
        line.sort(key=lambda m: m[start])
        chain = [line[0]]
        for mark in [*line[1:], None]:
            if mark is not None and 0 < mark[start] - chain[-1][start] and mark[start] - chain[-1][end] <= DOT_GAP:
                chain.append(mark)
                continue
            if len(chain) >= MIN_DOTS:
                at = sum((m[lo] + m[hi]) / 2 for m in chain) / len(chain)
                runs.append((at, chain[0][start], max(m[end] for m in chain)))
            if mark is not None:
                chain = [mark]
    return runs


def dotted_rules(page: PageSource) -> list[dict[str, Any]]:
    """The page's dotted or dashed rules drawn one mark at a time, each joined into one line object (pdfplumber's
    convention)."""
    marks = [obj for obj in (*page.lines, *page.rects) if _is_mark(obj)]
    if len(marks) < MIN_DOTS:
        return []
    doctop = marks[0].get("doctop", marks[0]["top"]) - marks[0]["top"]
    out = []
    for y, x0, x1 in _runs(marks, ("top", "bottom"), ("x0", "x1")):
        out.append({"object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y, "doctop": doctop + y,
                    "width": x1 - x0, "height": 0.0, "stroke": True, "fill": False, "linewidth": 0.0,
                    "pts": [(x0, y), (x1, y)]})
    for x, top, bottom in _runs(marks, ("x0", "x1"), ("top", "bottom")):
        out.append({"object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom, "doctop": doctop + top,
                    "width": 0.0, "height": bottom - top, "stroke": True, "fill": False, "linewidth": 0.0,
                    "pts": [(x, top), (x, bottom)]})
    return out


def for_table_finding(page: PageSource) -> PageSource:
    """The page as table finding should see it: shading rectangles left out, dotted rules joined."""
    dotted = dotted_rules(page)
    if dotted:
        page = replace(page, lines=[*page.lines, *dotted])
    if not any(is_shading(r) for r in page.rects):
        return page
    return page.filter(lambda obj: not is_shading(obj))


def page_rules(page: PageSource) -> Rules:
    """Every rule of the page: straight lines, stroked rectangle edges, thin filled rectangles, dotted runs."""
    horizontal: list[Segment] = []
    vertical: list[Segment] = []

    def add(x0: float, top: float, x1: float, bottom: float) -> None:
        if x1 - x0 >= bottom - top and x1 - x0 >= RULE_MIN_LENGTH and bottom - top <= RULE_MAX_THICKNESS:
            horizontal.append(Segment((top + bottom) / 2, x0, x1))
        elif bottom - top >= RULE_MIN_LENGTH and x1 - x0 <= RULE_MAX_THICKNESS:
            vertical.append(Segment((x0 + x1) / 2, top, bottom))

    for line in (*page.lines, *dotted_rules(page)):
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
