"""Page furniture: a running header or footer line (`資料２`, `- 3 -`) printed at the same place on every page.

Table finding must not take it for a table row: a page number centred under an unruled table sits in a column
gutter and would join two columns. A line is furniture when it is the first or last line of its page, short,
apart from the rest of the page, and the same line (digits aside) stands at the same height on other pages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from operator import itemgetter
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
_TOP, _BOTTOM, _X0, _X1 = itemgetter("top"), itemgetter("bottom"), itemgetter("x0"), itemgetter("x1")


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
    tops, bottoms = list(map(_TOP, chars)), list(map(_BOTTOM, chars))
    # the first character with the least top, the first with the greatest bottom
    highest_bottom = bottoms[tops.index(min(tops))]
    lowest_top = tops[bottoms.index(max(bottoms))]
    out = []
    for group in ([c for c, t in zip(chars, tops, strict=True) if t < highest_bottom],
                  [c for c, b in zip(chars, bottoms, strict=True) if b > lowest_top]):
        x0, x1 = min(map(_X0, group)), max(map(_X1, group))
        top, bottom = min(map(_TOP, group)), max(map(_BOTTOM, group))
        above = [b for b in bottoms if b <= top]
        below = [t for t, b in zip(tops, bottoms, strict=True) if t >= bottom and b > top]
        if len(above) + len(below) + len(group) != len(chars) or x1 - x0 > MAX_WIDTH_SHARE * width:
            continue  # other text beside it, or a line as wide as text
        # the nearest character above or below (a difference is monotonic in each operand: the least difference is
        # the difference to the greatest bottom above, or to the least top below)
        gap = min(top - max(above) if above else float("inf"), min(below) - bottom if below else float("inf"))
        if gap >= MIN_GAP_SHARE * (bottom - top):
            text = "".join(c["text"] for c in sorted(group, key=_X0))
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
