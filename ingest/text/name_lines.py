"""An indicator's name printed on a labelled line above its own header and values, in a text layer (layouts 183).

An evaluation sheet may give every KPI a block of its own: `指標名 町内事業所の従業者数` (a name label and the name),
then a header line naming the value columns only (`基準値（R1） R3 R4 R5 目標値（R7） 担当課`), then the line of that
indicator's values. The header names no name column, so no text reader reads the block as a table. `names_apart` (a
document repair, `ingest.registry`) puts the labelled line back where a table prints it: the label before the header
words, the name before the values, on the header's and the values' own lines; the labelled line goes. A layer that
keeps positions (`pdftotext -layout`) gets both prefixes padded to one width, in the measure under which the header
and values line up (characters or display width), so the columns below stay where they were. The PDF's ruled blocks
get the same turn in their grid (`ingest.table.name_rows`). Only a block of exactly one values line is turned so (two
lines under one labelled name could be its segments or two indicators: left as printed).
"""

from __future__ import annotations

from ingest.table.name_rows import labels_name, names_values_only
from ingest.text.aligned import segments
from ingest.text.fragment_cells import is_value
from ingest.text.furniture import page_number_line
from ingest.text.header_words import header_words, line_words
from ingest.text.side_by_side import GUTTER, Unfolded
from normalize.text import printed_width

#: Spaces between the name put before a layer's positioned columns and its first column.
_PAD = 4


def _labelled_name(line: str) -> tuple[str, str] | None:
    """(label, name) of a line printing a name header word, then one text that is no header word and no value."""
    words = line.split()
    if len(words) < 2:
        return None
    name = line.strip()[len(words[0]):].strip()
    if not labels_name(words[0], name) or any(map(is_value, words[1:])):
        return None
    return words[0], name


def _values_header(line: str) -> bool:
    """A line of header words naming value columns and no name column."""
    words = line_words(line)
    return header_words(words) and names_values_only(words)


def _values_line(line: str) -> bool:
    """A line opening with a value (`3,840人 3,795人 …`), not a page number (`- 1 -`)."""
    words = line.split()
    return bool(words) and is_value(words[0]) and not page_number_line(line)


def _next_printed(lines: list[str], start: int) -> int:
    """The first line from `start` that prints something (len(lines) when none)."""
    while start < len(lines) and not lines[start].strip():
        start += 1
    return start


def _wide(header: str, values: str) -> bool:
    """Whether the header and values line up in display width rather than in characters: more of the values' cells
    start where a header cell starts."""
    def starts(line: str, wide: bool) -> set[int]:
        return {s.start for s in segments(line, wide)}

    return len(starts(header, True) & starts(values, True)) > len(starts(header, False) & starts(values, False))


def _prefixed(label: str, name: str, header: str, values: str) -> tuple[str, str]:
    """The header and values lines with the label and the name before them: one space apart in a layer of single
    spaces, padded to one width in the line-up's measure in a positioned layer."""
    if not (GUTTER.search(header.strip()) or GUTTER.search(values.strip())):
        return f"{label} {header.strip()}", f"{name} {values.strip()}"
    measure = printed_width if _wide(header, values) else len
    width = max(measure(label), measure(name)) + _PAD
    return (label + " " * (width - measure(label)) + header.rstrip(),
            name + " " * (width - measure(name)) + values.rstrip())


def names_apart(lines: list[str]) -> Unfolded | None:
    """The lines with every labelled name block turned into a header line and a row (see module docstring); None
    when the text has no such block."""
    out: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(lines):
        found = _labelled_name(lines[i])
        head = _next_printed(lines, i + 1)
        row = _next_printed(lines, head + 1)
        after = _next_printed(lines, row + 1)
        if found is None or row >= len(lines) or not _values_header(lines[head]) or not _values_line(lines[row]) \
                or (after < len(lines) and _values_line(lines[after])):
            out.append(lines[i])
            origin.append(i)
            i += 1
            continue
        header, values = _prefixed(*found, lines[head], lines[row])
        out += [header, *lines[head + 1:row], values]
        origin += list(range(head, row + 1))
        i = row + 1
    return Unfolded(out, origin) if len(out) < len(lines) else None
