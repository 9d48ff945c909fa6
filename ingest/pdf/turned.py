"""A table printed turned 90° on its page, read as if the page were turned back (hand-made layouts 93).

A landscape table pasted on a portrait page as a rotated text box (a word processor's text box turned 90°, a
spreadsheet range printed sideways into a report) is drawn with every glyph turned: the text runs bottom to top
(or top to bottom) and the page carries no `/Rotate` that would say so. The table finder and the line readers work
on upright text, so such a page read as it is gives nothing. When enough of a page's characters are turned one
way, the turned characters and the drawings among them are taken out and handed over as a page of their own,
their boxes turned back (a portrait page turned counter-clockwise becomes a landscape page); what stays upright
(a page title, a page number) is read as before.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import Any

from ingest.pdf.source import PageSource

Obj = dict[str, Any]

#: Fewer turned characters than this are a label or a stamp in a margin (a vertical side note), not a table.
MIN_TURNED_CHARS = 20
#: Share of the steps between turned characters that must run the same way: a page mixing both is left as it is.
SAME_WAY_SHARE = 0.95
#: A drawing belongs to the turned part when its box overlaps the turned characters' box grown by this much
#: (points): the rules of the cells around the outermost text.
REGION_MARGIN = 30.0


def turn_steps(turned: list[Obj]) -> list[int]:
    """For each two turned characters in a row of the content stream on one line (the same x): +1 when the second
    stands above the first (text running up the page: turned counter-clockwise), -1 below (clockwise). Taken from
    the boxes, which every reader gives (a text matrix is not always kept). Also the order of a turned cell's text
    (`ingest.pdf.celltext`)."""
    steps = []
    for first, second in pairwise(turned):
        if abs(first["x0"] - second["x0"]) < 1 and abs(first["top"] - second["top"]) > 1e-3:
            steps.append(1 if second["top"] < first["top"] else -1)
    return steps


def _turn(obj: Obj, way: int, width: float, height: float) -> Obj:
    """The object's box on the page turned back: counter-clockwise text (way +1) reads left to right when the page
    is turned clockwise, and the reverse; the turned page is `height` wide and `width` high."""
    if way > 0:
        x0, x1, top, bottom = height - obj["bottom"], height - obj["top"], obj["x0"], obj["x1"]
    else:
        x0, x1, top, bottom = obj["top"], obj["bottom"], width - obj["x1"], width - obj["x0"]
    turned = {**obj, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "y0": width - bottom, "y1": width - top,
              "width": x1 - x0, "height": bottom - top, "doctop": obj.get("doctop", obj["top"]) - obj["top"] + top}
    if "pts" in obj:
        turned["pts"] = [(height - y, x) if way > 0 else (y, width - x) for x, y in obj["pts"]]
    if obj.get("object_type") == "char":
        turned["upright"] = True
    return turned


def turned_parts(page: PageSource) -> list[PageSource]:
    """The page itself, or its upright part and its turned part turned back (see module docstring)."""
    turned = [c for c in page.chars if not c.get("upright", True)]
    if len(turned) < MIN_TURNED_CHARS:
        return [page]
    steps = turn_steps(turned)
    way = 1 if steps.count(1) >= steps.count(-1) else -1
    if not steps or steps.count(way) < SAME_WAY_SHARE * len(steps):
        return [page]
    x0 = min(c["x0"] for c in turned) - REGION_MARGIN
    x1 = max(c["x1"] for c in turned) + REGION_MARGIN
    top = min(c["top"] for c in turned) - REGION_MARGIN
    bottom = max(c["bottom"] for c in turned) + REGION_MARGIN

    def inside(obj: Obj) -> bool:  # overlaps the region: a cell's rule may reach well past its text
        return x0 <= obj["x1"] and obj["x0"] <= x1 and top <= obj["bottom"] and obj["top"] <= bottom

    ids = {id(c) for c in turned}
    drawings = {name: [o for o in getattr(page, name) if inside(o)] for name in ("lines", "rects", "curves")}
    taken = {id(o) for objs in drawings.values() for o in objs}
    upright = page.filter(lambda o: id(o) not in ids and id(o) not in taken)
    back = replace(page, width=page.height, height=page.width,
                   chars=[_turn(c, way, page.width, page.height) for c in turned],
                   **{name: [_turn(o, way, page.width, page.height) for o in objs] for name, objs in drawings.items()})
    return [upright, back]
