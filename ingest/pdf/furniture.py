"""Page furniture: a running header or footer line (`資料２`, `- 3 -`) printed at the same place on every page.

Table finding must not take it for a table row: a page number centred under an unruled table sits in a column
gutter and would join two columns. A line is furniture when it is the first or last line of its page, short,
apart from the rest of the page, and the same line (digits aside) stands at the same height on other pages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ingest.pdf.source import PageSource

#: Two lines at the same height: tops this close (points).
SAME_HEIGHT = 2.0
#: Furniture is at most this share of the page width (a running header naming the plan and the report takes up to
#: half of it: layouts 59 `第２期朱鷺野市まち・ひと・しごと創生総合戦略　効果検証報告書`, 40 %).
MAX_WIDTH_SHARE = 0.5
#: Furniture stands apart from the page's other lines by at least this share of its own height.
MIN_GAP_SHARE = 0.5

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class EdgeLine:
    key: str
    top: float
    box: Box


def line_key(text: str) -> str:
    """A line's text as furniture is compared: no whitespace, every digit 0 (`- 5 -` and `- 6 -` are one line)."""
    return re.sub(r"\d", "0", re.sub(r"\s+", "", text))


def _edge_lines(chars: list[dict[str, Any]], width: float) -> list[EdgeLine]:
    """The page's first and last line, each when it is short and apart from the rest."""
    if not chars:
        return []
    highest = min(chars, key=lambda c: c["top"])
    lowest = max(chars, key=lambda c: c["bottom"])
    out = []
    for group in ([c for c in chars if c["top"] < highest["bottom"]],
                  [c for c in chars if c["bottom"] > lowest["top"]]):
        x0, x1 = min(c["x0"] for c in group), max(c["x1"] for c in group)
        top, bottom = min(c["top"] for c in group), max(c["bottom"] for c in group)
        others = [c for c in chars if c["bottom"] <= top or c["top"] >= bottom]
        if len(others) + len(group) != len(chars) or x1 - x0 > MAX_WIDTH_SHARE * width:
            continue  # other text beside it, or a line as wide as text
        gap = min((top - c["bottom"] if c["bottom"] <= top else c["top"] - bottom for c in others),
                  default=float("inf"))
        if gap >= MIN_GAP_SHARE * (bottom - top):
            text = "".join(c["text"] for c in sorted(group, key=lambda c: c["x0"]))
            out.append(EdgeLine(line_key(text), top, (x0, top, x1, bottom)))
    return out


def edge_lines(page: PageSource) -> list[EdgeLine]:
    """The page's first and last line when each may be furniture (kept per page, so the pages need not be)."""
    return _edge_lines(page.chars, float(page.width))


def _running(edges: dict[int, list[EdgeLine]]) -> dict[int, list[EdgeLine]]:
    """Page number → its running header/footer lines: edge lines (`edge_lines`) seen at the same height, digits
    aside, on two pages or more."""
    seen = Counter((line.key, round(line.top / SAME_HEIGHT)) for lines in edges.values() for line in lines)
    return {number: [line for line in lines if seen[(line.key, round(line.top / SAME_HEIGHT))] >= 2]
            for number, lines in edges.items()}


def running_lines(edges: dict[int, list[EdgeLine]]) -> dict[int, list[Box]]:
    """Page number → boxes of its running header/footer lines."""
    return {number: [line.box for line in lines] for number, lines in _running(edges).items()}


def running_keys(edges: dict[int, list[EdgeLine]]) -> dict[int, set[str]]:
    """Page number → `line_key`s of its running header/footer lines."""
    return {number: {line.key for line in lines} for number, lines in _running(edges).items()}


def only_furniture(text: str, keys: set[str]) -> bool:
    """Every line of a page's text is one of its running lines (`keys`): a scanned page whose only text is the
    page number stamped by the program that joined the files (or no text at all)."""
    return all(line_key(line) in keys for line in text.splitlines() if line.strip())
