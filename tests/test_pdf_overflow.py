"""ingest/pdf/engines: a spreadsheet's text that does not wrap runs on over the empty cell to its right (layouts
103); the run across the rule belongs to the cell it starts in, while a cell of its own keeps its text (its
padding on both sides of the rule leaves a gap)."""

from __future__ import annotations

from ingest.pdf.engines import _overflows_joined


def _run(text: str, x0: float, top: float = 100.0, width: float = 8.0) -> list[dict]:
    return [{"text": ch, "x0": x0 + i * width, "x1": x0 + (i + 1) * width, "top": top, "bottom": top + width}
            for i, ch in enumerate(text)]


def test_a_run_across_the_rule_is_the_left_cells_text():
    chars = _run("移住支援金を活用した移住者数", 50)  # 14 ideographs from x=50 to 162, the rule at x=130
    left = [c for c in chars if (c["x0"] + c["x1"]) / 2 < 130]
    right = [c for c in chars if (c["x0"] + c["x1"]) / 2 >= 130]
    cells = [((48, 90, 130, 112), left), ((130, 90, 210, 112), right)]
    joined = _overflows_joined(cells)
    assert "".join(c["text"] for c in joined[0][1]) == "移住支援金を活用した移住者数"
    assert joined[1][1] == []


def test_a_cell_of_its_own_keeps_its_text():
    left, right = _run("転入者数", 50), _run("184人", 132)  # padding: a gap of 50 points, then 2
    cells = [((48, 90, 130, 112), left), ((130, 90, 210, 112), right)]
    assert _overflows_joined(cells) == cells
    full = _run("移住相談件数の累計値", 50)  # ends at x=130: exactly at the rule, then the padding of the next cell
    cells = [((48, 90, 130, 112), full), ((130, 90, 210, 112), right)]
    assert _overflows_joined(cells) == cells
