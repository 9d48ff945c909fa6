"""Tables a text shows but no reader read, told apart from repeats of tables that were read.

A block seen but not read (`ingest.text.stacked.unread_blocks`: a name-column header, then values in no row/column
order the readers know) is a warning: values may be lost there. Many plans print their indicators twice, though: a
summary (004 `プロジェクト指標` over every project) and per-goal tables (001 repeats its summary goal by goal), or the
same table in an overview and a chapter (000). When every text the block prints where a name stands was read
elsewhere in the document (an indicator name, a goal heading, a value cell, a reason; or kept as a reject, as a
misprinted name of a repeat is by `ingest.repeats`), at least one indicator name is among them, and every value it
prints is part of a value cell read elsewhere, nothing was lost: the block is reported as a repeat, in one short
line without excerpt (`lines 120-187: a repeat of indicators read elsewhere (年少人口, 介護を必要としない高齢者の割合,
…), not read again`), not as a table seen but not read.

A table a front end saw but did not read (`ingest.model.SeenTable`: no indicator column, no header, a lone row) is
warned of by the table interpreter; when a later reader read its values after all (the statements reader reads the
lines of boxes the interpreter saw as a grid of labels and values, layouts 145), the warning would cry wolf:
`revise_seen` takes such a table out of it once every reader has run.

Rows a table prints after its reader stopped (a line it did not expect, a unit it did not know, a goal label printed
between rows) or glued into another row's name are outside every table: a line with a row's shape (`row_shape`: a
name, then as many numbers as the nearest row above) whose numbers no cell keeps is named in a warning
(`unread_row_lines`: `lines 9-10: 2 line(s) printed like the rows above (a name and 2 values) that no table read`).

Decided: the repeat stays in the document's `warnings` (documents.parquet's one free-text channel per document; a new
column would change the schema, the cache entries and the data dictionary for one message), worded so that a batch
filters it apart (`REPEAT_WORDS`); a block with any text read nowhere stays the warning it was.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.model import REPEAT_WORDS, Extraction, SeenTable
from ingest.table.header import bare_years_line, compact, is_header_text
from ingest.table.interpret import seen_warnings
from ingest.text.furniture import furniture_line
from ingest.text.header_words import other_header
from ingest.text.stacked import EXCERPT_CHARS, Unread, unplaced_prose, unread_blocks
from ingest.text.token_types import SPACED, T_HEADING, T_STAND_IN, T_TEXT, T_VALUE, Token, typed_tokens
from normalize.cell import parse_cell
from normalize.text import clean_name, nfkc, one_line
from normalize.vocabulary import STATEMENT_NAME_SEPARATORS

#: Names listed in a repeat report, at most.
MAX_LISTED_NAMES = 3
#: A run of lines of values nothing read is reported when it prints at least this many (a lone number is a page
#: number, a footnote's mark).
MIN_LINE_VALUES = 2
#: A figure in a token: a value prints one (`千人` alone is a unit).
_DIGIT = re.compile(r"\d")
#: A figure opening a token (`12艇`, `1,200`).
_FIGURE = re.compile(r"\d[\d,.]*")
#: Between a label and its value (`現状値（R5）：5,210人`), as between a listed name and its first value.
_LABEL_SEPARATOR = re.compile("|".join(map(re.escape, STATEMENT_NAME_SEPARATORS)))


def _longest_first(texts: set[str]) -> list[str]:
    return sorted((text for text in texts if text), key=len, reverse=True)


def _prints_nothing(text: str) -> bool:
    """A placeholder (`－`, `_`): no value to lose."""
    return all(p.value is None and p.note is None and p.period is None for p in parse_cell(text))


def _runs(lines: list[str], headers: set[str], values: list[str] | None = None) -> list[str]:
    """The block's texts where names stand: runs of text tokens (a name wrapped over lines is one run), without
    header lines, values, years, progress labels, units and departments, each compacted (no spaces, NFKC).
    `values` gets the block's value cells (`T_VALUE`, `T_STAND_IN`), compacted."""
    runs: list[str] = []
    current: list[str] = []
    values = [] if values is None else values
    for line in lines:
        tokens = [token for token in typed_tokens(line, SPACED) if token.text.strip()]
        headerish = [is_header_text(token.text) or compact(token.text) in headers for token in tokens]
        if tokens and 2 * sum(headerish) >= len(tokens):
            if current:  # a header line (`大基本目標 小基本目標 数値目標 令和4年度 目標値 …`), perhaps with a word cut
                runs.append("".join(current))
                current = []
            continue
        for token, header in zip(tokens, headerish, strict=True):
            if token.kind in (T_TEXT, T_HEADING) and not header:
                current.append(compact(token.text))
                continue
            if token.kind in (T_VALUE, T_STAND_IN) and not _prints_nothing(token.text):
                values.append(compact(token.text))
            if current:
                runs.append("".join(current))
                current = []
    if current:
        runs.append("".join(current))
    return runs


def _accounted(run: str, known: list[str], names: list[str], found: set[str]) -> bool:
    """Whether the run is made of texts read elsewhere: each known text it holds is taken out (an indicator name
    among them goes to `found`), and what is left must be part of a known text (`まちの創生` of `3 まちの創生`, the
    `3` typed as a value)."""
    pieces = [run]
    for text in known:
        if not any(text in piece for piece in pieces):
            continue
        if text in names:
            found.add(text)
        pieces = [part for piece in pieces for part in piece.split(text)]
    return all(not piece or any(piece in text for text in known) for piece in pieces)


def _texts_read(extraction: Extraction) -> set[str]:
    """Every text the document's readers read or kept, compacted: goal headings, value cells, progress, reasons,
    notes and departments of the rows, and the texts kept as rejects (a misprinted name of a repeat, `ingest.repeats`,
    is one: nothing of it is lost)."""
    texts = {reject.raw for reject in extraction.rejects}
    for row in extraction.rows:
        texts.update(row.goal)
        texts.update(cell.text for cell in row.cells)
        texts.update(text for text in (row.progress, row.reason, row.note, row.department) if text)
    return {compact(text) for text in texts}


def repeated_names(lines: list[str], first: int, last: int, headers: tuple[str, ...],
                   extraction: Extraction) -> list[str]:
    """The indicator names read elsewhere that lines first-last (1-based) print, when every text where a name stands
    is one of them or another text read elsewhere (`_texts_read`) and every value is part of a value cell read
    elsewhere; [] when any is read nowhere, or when no indicator name is among them."""
    names = {compact(clean_name(row.name)) for row in extraction.rows} | {compact(row.name) for row in extraction.rows}
    known = _longest_first(names | _texts_read(extraction))
    name_list = _longest_first(names)
    found: set[str] = set()
    values: list[str] = []
    runs = _runs(lines[first - 1:last], {compact(header) for header in headers}, values)
    if not runs or not all(_accounted(run, known, name_list, found) for run in runs):
        return []
    if not all(any(value in text for text in known) for value in values):
        return []  # the same names with other values (another year's actuals): values would be lost
    printed = {compact(clean_name(row.name)): clean_name(row.name) for row in extraction.rows}
    return [printed.get(name, name) for name in sorted(found, key=lambda name: _run_order(runs, name))]


def _run_order(runs: list[str], name: str) -> int:
    """Where a name first stands in the block's texts (for listing names as printed)."""
    joined = "\n".join(runs)
    return joined.find(name)


def line_values(line: str) -> list[str] | None:
    """The values a line prints when it prints values and nothing else (`312人 288人 301人`), else None; a number
    that is a year (`2019(R1)`, a header's) is no value, nor is a unit alone without a figure (`千人`, `百万円`: a
    単位 column's cell)."""
    tokens = [token for token in typed_tokens(line, SPACED) if token.text.strip()]
    if bare_years_line([token.text for token in tokens]):
        return None  # a header's line of years (`2017 2018 2019`): the columns' years, no values
    if not tokens or any(token.kind not in (T_VALUE, T_STAND_IN) for token in tokens):
        return None
    return [token.text for token in tokens if _DIGIT.search(nfkc(token.text))
            and any(p.value is not None and p.period is None for p in parse_cell(token.text))]


def _named_values(line: str) -> list[str] | None:
    """The values of a line printing a text, then values and nothing else (`観光入込客数 21.4万人`): a row's name
    with its first cells, the rest printed one a line below it; else None."""
    tokens = [token for token in typed_tokens(line, SPACED) if token.text.strip()]
    if len(tokens) < 2 or tokens[0].kind != T_TEXT or _number_token(tokens[0]):
        return None
    return line_values(" ".join(token.text for token in tokens[1:]))


def unread_value_lines(lines: list[str], extraction: Extraction, named: list[tuple[int, int]]) -> list[str]:
    """A warning for every run of lines that print values and nothing else, at least MIN_LINE_VALUES in all, where
    no row, cell or reject stands and no value is part of a text read elsewhere: values no table or statement read
    (a table whose names a text layer printed apart from its values; a row's cells one a line after its reader
    stopped, a `-raw` layer's stacked cells), with the line before the run when it prints a name and values only
    (the next row's first line). A lone bare number is a page number or a footnote's mark; a value with its unit
    is none, nor is one printed right under a line of values a cell was read from (a row's cells one a line, the
    reader stopping before the last: `38.5` / `44.0` read, `50.0` not) unless a page ends there (a page number,
    `ingest.text.furniture.furniture_line`). Lines within the blocks `named` (first, last) that another warning
    names are left to it."""
    refs = extraction.row_lines() | {reject.ref.line for reject in extraction.rejects}
    known = _texts_read(extraction)

    def unread(number: int, values: list[str] | None) -> bool:
        return values is not None and number not in refs \
            and not any(first <= number <= last for first, last in named) \
            and not any(compact(value) in text for value in values for text in known)

    cells_read = {cell.ref.line for row in extraction.rows for cell in row.cells if cell.ref.line is not None}
    runs: list[tuple[int, int, list[str], int]] = []  # first, last, values, cells (stand-ins `―` too)
    stacked: set[int] = set()  # first lines of runs that go on a row's cells printed one a line above them
    previous = 0  # the last line printing something (blank lines between pdfminer's boxes go on a run)
    for number, line in enumerate(lines, start=1):
        values = line_values(line)
        if not line.strip():
            continue
        at, previous = previous, number
        if values is None or not unread(number, values):
            continue
        cells = len(line.split())
        if runs and runs[-1][1] == at:
            runs[-1] = (runs[-1][0], number, runs[-1][2] + values, runs[-1][3] + cells)
        elif not values:
            continue  # stand-ins alone (`―`) lose nothing; they only go on a run of values
        elif number > 1 and unread(number - 1, opening := _named_values(lines[number - 2])):
            runs.append((number - 1, number, [*(opening or []), *values], len(opening or []) + cells))
        else:
            runs.append((number, number, values, cells))
            if at in cells_read and line_values(lines[at - 1]) is not None and not furniture_line(lines, number - 1):
                stacked.add(number)
    return [f"{extraction.file_lines(first, last)}: {len(values)} values on lines of their own that no table or "
            f"statement read: {one_line(' '.join(values))[:EXCERPT_CHARS]!r}" for first, last, values, cells in runs
            if values and (cells >= MIN_LINE_VALUES or first in stacked or any(_with_unit(value) for value in values))]


def _with_unit(text: str) -> bool:
    """A value printed with its unit (`150.0%`, `12件`): no page number nor footnote mark, even alone."""
    return any(p.value is not None and p.unit for p in parse_cell(text))


def _number_token(token: Token) -> bool:
    """A token printing a number: a value (with its period), or a text opening with a figure the typing did not
    know as a value (`12艇` before its counter was read: the very tokens that end a table early); no year."""
    if token.kind in (T_VALUE, T_STAND_IN):
        return any(p.value is not None for p in parse_cell(token.text))
    return token.kind == T_TEXT and _FIGURE.match(nfkc(token.text)) is not None


def _kept_number(number: str, known: set[str]) -> bool:
    """A number printed whole in a text read (`10` in `10件`, not in `110件` nor `10.5`)."""
    pattern = re.compile(rf"(?<![\d.,]){re.escape(number)}(?![\d.,])")
    return any(pattern.search(text) for text in known)


def row_shape(line: str) -> int | None:
    """How many numbers a line prints when it has a table row's shape, a name then its values (`貸出用カヌーの保有数
    12艇 15艇 20艇 産業振興課`): a text first, at least MIN_LINE_VALUES number tokens (`_number_token`), and no other
    text between them, only after the last (a department, a progress label, a reason); else None. A sentence (a
    number inside running text) has no row's shape."""
    tokens = [token for token in typed_tokens(line, SPACED) if token.text.strip()]
    if not tokens or tokens[0].kind != T_TEXT or _number_token(tokens[0]):
        return None
    numbers = [k for k, token in enumerate(tokens) if _number_token(token)]
    if len(numbers) < MIN_LINE_VALUES:
        return None
    if any(token.kind == T_TEXT for token in tokens[numbers[0]:numbers[-1]] if not _number_token(token)):
        return None  # text between the numbers: a sentence, or no row of the table above
    return len(numbers)


def unread_row_lines(lines: list[str], extraction: Extraction, named: list[tuple[int, int]]) -> list[str]:
    """A warning for every run of lines after a row read (or between tables) that print a row's shape (`row_shape`)
    with as many values as the nearest line above that a value cell was read from or a reject names (a table's row
    rejected whole), where no cell or reject stands (a row's name may: a row whose name took in lines of values),
    not every number of which is printed whole in a value cell or other text read (`_texts_read`; a name is not:
    values glued into a name are lost; a row every number of which was read is a repeat): rows of a table its
    reader stopped reading early (a line it did not expect, a unit it did not know), or joined into another row's
    name. Lines within the blocks `named` are left to their warning."""
    refs = {cell.ref.line for row in extraction.rows for cell in row.cells if cell.ref.line is not None} \
        | {reject.ref.line for reject in extraction.rejects if reject.ref.line is not None}
    known = _texts_read(extraction)
    shapes = {number: row_shape(lines[number - 1]) for number in sorted(refs) if 0 < number <= len(lines)}
    runs: list[tuple[int, int, int, list[str], str]] = []
    above: int | None = None
    header = ""  # the header line of a table of its own that no reader read (`header_words.other_header`)
    for number, line in enumerate(lines, start=1):
        if number in shapes:
            above, header = shapes[number] or above, ""
            continue
        if number not in refs and (heads := other_header(lines, number - 1)):
            above, header = heads, line.strip()
            continue
        if above is None or number in refs or any(first <= number <= last for first, last in named):
            continue
        count = row_shape(line)
        if count != above or all(_kept_number(compact(token.text), known) for token in typed_tokens(line, SPACED)
                                 if _number_token(token)):
            continue
        if runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number, count, runs[-1][3] + [line], runs[-1][4])
        else:
            runs.append((number, number, count, [line], header))
    return [f"{extraction.file_lines(first, last)}: {len(printed)} line(s) printed "
            f"{f'as rows under the header {one_line(under)!r}' if under else 'like the rows above'} (a name and "
            f"{count} values) that no table read: {one_line(' / '.join(p.strip() for p in printed))[:EXCERPT_CHARS]!r}"
            for first, last, count, printed, under in runs]


def _excerpt(lines: list[str], first: int, last: int) -> str:
    """Lines first-last (1-based) on one line, cut to EXCERPT_CHARS."""
    return one_line(" ".join(line.strip() for line in lines[first - 1:last] if line.strip()))[:EXCERPT_CHARS]


def _block_warning(lines: list[str], block: Unread, extraction: Extraction) -> str:
    """The block as a repeat of indicators read elsewhere (`repeated_names`), else as a table seen but not read:
    where to look, and what was seen."""
    where = extraction.file_lines(block.first, block.last)
    if names := repeated_names(lines, block.first, block.last, block.headers, extraction):
        listed = ", ".join(names[:MAX_LISTED_NAMES]) + (", …" if len(names) > MAX_LISTED_NAMES else "")
        return f"{where}: {REPEAT_WORDS} ({listed}), not read again"
    return (f"{where}: a table seen but not read (header {' / '.join(block.headers)!r}, {block.values} value cells "
            f"in no row/column order the readers know): {_excerpt(lines, block.first, block.last)!r}")


def unread_report(lines: list[str], extraction: Extraction) -> list[str]:
    """A warning for every block seen (`ingest.text.stacked.unread_blocks`: a name-column header, then values) and
    every run of sentences given to no row (`ingest.text.stacked.unplaced_prose`) from whose lines no row was
    read, a block that only repeats indicators read elsewhere reported as a repeat (see the module docstring); then
    the lines of values nothing read (`unread_value_lines`); every warning names the file's lines
    (`ingest.model.Extraction.source_lines`)."""
    read = extraction.row_lines()

    def unread(first: int, last: int) -> bool:
        return not any(first <= line <= last for line in read)

    report, named = [], []
    for block in unread_blocks(lines):
        if unread(block.first, block.last):
            report.append(_block_warning(lines, block, extraction))
            named.append((block.first, block.last))
    for first, last, where in unplaced_prose(lines):
        if unread(first, last):
            report.append(f"{extraction.file_lines(first, last)}: sentences printed {where} given to no row: "
                          f"{_excerpt(lines, first, last)!r}")
            named.append((first, last))
    return report + unread_value_lines(lines, extraction, named) + unread_row_lines(lines, extraction, named)


def _values(text: str) -> list[tuple[Decimal, str | None]]:
    """The values a text prints (`3,120人（R5）`, `50件`, the value of a label `現状値（R5）：5,210人`), each as its
    number and unit (None: a bare number), wherever it stands in its cell and whatever period it carries."""
    found = []
    for line in text.splitlines():
        for token in typed_tokens(_LABEL_SEPARATOR.sub(" ", line), SPACED):
            if token.kind == T_VALUE:
                found += [(p.value, p.unit) for p in parse_cell(token.text) if p.value is not None]
    return found


def read_elsewhere(table: SeenTable, extraction: Extraction) -> bool:
    """Whether the rows read what the table prints: every value of it with a unit is a value a row read (a bare
    number beside them is a page number or a footnote's mark, `MIN_LINE_VALUES`); in a table of bare numbers,
    every number. A table that prints no value is read by nobody."""
    printed = [value for text in table.texts for value in _values(text)]
    known = {value for row in extraction.rows for cell in row.cells for value in _values(cell.text)}
    counted = [value for value in printed if value[1]] or printed
    return bool(counted) and all(value in known for value in counted)


def revise_seen(extraction: Extraction) -> None:
    """The warnings for tables seen but not read (`ingest.table.interpret.seen_warnings`) without the tables whose
    values the rows read after all (`read_elsewhere`), each warning in its place; a warning left with no table
    goes."""
    read = [table for table in extraction.seen_tables if read_elsewhere(table, extraction)]
    if not read:
        return
    before = seen_warnings(extraction.seen_tables)
    extraction.seen_tables = [table for table in extraction.seen_tables if table not in read]
    after = seen_warnings(extraction.seen_tables)
    for kind, text in before.items():
        if text not in extraction.warnings:
            continue
        at = extraction.warnings.index(text)
        if kind in after:
            extraction.warnings[at] = after[kind]
        else:
            del extraction.warnings[at]
