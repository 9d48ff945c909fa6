"""A table turned 90° on a portrait page (a landscape table printed sideways), as a text layer that groups glyphs
by their height on the page gives it (pdfplumber `extract_text`): every cell a line of its own, its characters
backwards (`人000,09`, `）7R（値標目`), each row of the table a run of lines from its last cell to its first (`課当担`
… `名標指`, then `課策政通交` … `数者用利の通交共公域地`), the headings over the table the same way.

A band of such lines reads forwards again: each line reversed, each row's run of lines turned round. The header's
run says how many cells a row has (its lines are header words, at least one of a value column); the lines before
it (headings) are turned round as one run. A cell printed on one line holds no space (an upright line of words,
the page's title or footer, does), which bounds the band. Every line keeps the file line it was printed on.
"""

from __future__ import annotations

from ingest.table.context import is_label_only
from ingest.table.header import VALUE, header_role, is_caption, is_goal_heading, is_header_word
from ingest.text.fragment_cells import is_value
from ingest.text.side_by_side import Unfolded
from normalize.vocabulary import ANY_CLOSING_BRACKETS, ANY_OPENING_BRACKETS

#: Lines of a band that must read better backwards (a value, a header word, a goal heading, a bracket closed before
#: it opens) before the band is taken for a turned table.
MIN_BACKWARDS = 4


def _header_cell(text: str) -> bool:
    """A header cell of a column: header words, not a value, a goal heading or a caption naming the table's kind."""
    return is_header_word(text) and not (is_value(text) or is_goal_heading(text) or is_caption(text))


def _backwards(text: str) -> bool:
    """The line reads as a value, a header word or a goal heading only backwards, or closes a bracket before
    opening one."""
    back = text[::-1]
    if any(test(back) and not test(text) for test in (is_value, is_header_word, is_goal_heading)):
        return True
    brackets = [ch for ch in text if ch in ANY_OPENING_BRACKETS or ch in ANY_CLOSING_BRACKETS]
    return len(brackets) >= 2 and brackets[0] in ANY_CLOSING_BRACKETS and brackets[1] in ANY_OPENING_BRACKETS


def _band(lines: list[str]) -> tuple[int, int] | None:
    """First and last index of the band of lines without spaces around the lines that read backwards."""
    marked = [i for i, line in enumerate(lines) if line.strip() and _backwards(line.strip())]
    if len(marked) < MIN_BACKWARDS:
        return None
    first, last = marked[0], marked[-1]
    if any(" " in lines[i].strip() or "\u3000" in lines[i].strip() for i in range(first, last + 1)):
        return None
    while first > 0 and lines[first - 1].strip() and not any(ch.isspace() for ch in lines[first - 1].strip()):
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].strip() and not any(ch.isspace() for ch in lines[last + 1].strip()):
        last += 1
    filled = [i for i in range(first, last + 1) if lines[i].strip()]
    return (first, last) if 2 * len(set(marked) & set(filled)) >= len(filled) else None


def _heading_lines(cells: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """The headings over the table as runs of cells, one run per heading line: a line of several cells is printed
    from its last cell to its first, like a row, and a goal's label alone (`基本目標４`, its title beside it) or a
    caption naming the table's kind opens its line, so a run ends at one."""
    runs: list[list[tuple[str, int]]] = [[]]
    for cell in cells:
        runs[-1].append(cell)
        if is_label_only(cell[0]) or is_caption(cell[0]):
            runs.append([])
    return [run for run in runs if run]


def unturn(lines: list[str]) -> Unfolded | None:
    """The lines with a turned table read forwards (cells reversed, each row's cells in order); None when there is
    none, or its rows do not each hold as many cells as its header."""
    band = _band(lines)
    if band is None:
        return None
    first, last = band
    cells = [(lines[i].strip()[::-1], i) for i in range(first, last + 1) if lines[i].strip()]
    start = next((k for k, (text, _) in enumerate(cells) if _header_cell(text)), None)
    if start is None:
        return None
    end = start
    while end < len(cells) and _header_cell(cells[end][0]):
        end += 1
    width = end - start
    body = cells[end:]
    if width < 2 or VALUE not in {header_role(text) for text, _ in cells[start:end]} or not body or len(body) % width:
        return None
    runs = [*_heading_lines(cells[:start]), *(cells[k:k + width] for k in range(start, len(cells), width))]
    ordered = [cell for run in runs for cell in reversed(run)]
    out = Unfolded(lines[:first], list(range(first)))
    out.lines += [text for text, _ in ordered]
    out.origin += [at for _, at in ordered]
    out.lines += lines[last + 1:]
    out.origin += list(range(last + 1, len(lines)))
    return out
