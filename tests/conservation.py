"""Conservation of printed numbers and text: nothing a recognised table prints may vanish without a trace.

For every table the interpreter read (a grid with an indicator header, `ingest.table.interpret`), every number token
printed in its body (a whitespace-separated piece of a cell holding a digit: `28,002人`, `（令和３年）`) must end up in
the reading: in an observation's cell text, a kept text field of its row (name, goal, department, progress, reason,
note, commentary), a reject (raw text or reason) or a warning. Column headers do not count as a place to keep a body
token; a period printed in the header band must be the period its column's header names (else it is a body line
taken into the band: the years of a row broken over a page, under the header repeated there). Tokens are compared
after NFKC without whitespace, by presence (a token printed twice and kept once passes, and a table printed twice is
merged into one reading), so the figure is a lower bound of the losses.
Cells of a `No.` column are row numbers, not values, and are not counted.

Run `python -m tests.conservation [filter words]` over the hand-made documents (tests/fixtures/layouts/, PDFs and
text), their text layers (layers/), the producer matrix (tests/fixtures/producers/) and the five source documents
(raw_docs/); a path is run when it contains every filter word (arguments naming files run those documents
instead). It prints every unaccounted token with its document,
page or line and column header, and a total.

Text is conserved the same way (`--text`, token kind `text` beside `number`): every run of at least two Japanese
characters (kanji, kana, `々`, `ー`, `・`, after NFKC without whitespace) printed in a table body must be contained
in the concatenation of the kept fields above (a name, goal, department, note, commentary, unit, reject, warning …)
and the values' own headers (where a row label of target and actual row pairs, `実績`, goes), so a name wrapped over
three lines is no loss; nor is a run two pieces of which (two characters or more each) are kept: two fields a text
layer printed as one cell (`企画課ふるさと納税…`), nor a run cut between the end of a kept line and the start of
another (a wrapped line's tail glued to the next column's word: `…要配慮者※へ` + `成果指標`). Words the reading
turns into structure are not text: a unit label (`単位`), a breakdown, total or whole-area word (`内訳`, `合計`,
`圏域全体`), a goal's label word (`基本目標`: goal `1 …` in the canonical goal form) — alone, or opening a run whose
rest is kept. Header words are not body text: a run printed in the header band is a header's own word when some
column header contains it (a band word no column header keeps, such as a body line taken into the band, is counted).
Lines above the band (titles, headings the reading keeps as goals or not) are not the table's body and are not
counted; a legend or footnote printed under the last row is body when the grid took it in, and must then be kept (a
note, a warning or a reject). Lines a reader read as a table's but put in no cell (`Grid.unplaced`: a last name's
lines whose row never came) are body too, each run counted under `(no cell)`; a line a reader drops without
recording it there is not seen. A single character (`る`, the tail of a wrapped line) is not counted, so text
figures are a lower bound too.

Rows outside every table (`--rows`, token kind `row`): the numbers above count only the bodies of the tables read,
so rows after a reader ended a table early (an unexpected line, a unit it does not know, a goal label printed
between rows) are outside every body. In a text document, every line from a table's first line read to the next
table's that no table read and that prints the table's row shape (`ingest.unread.row_shape`: a name, then as many
numbers as a row read) or values and nothing else (`ingest.unread.line_values`: a row's cells printed one a line, as
`pdftotext -raw` prints stacked cells, after its reader stopped) is counted, and each of its numbers kept nowhere (as
above; and a warning naming the line's range keeps them all, `ingest.unread.unread_row_lines`,
`unread_value_lines`) is listed under `(a row outside the tables)`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import ingest.table.interpret as interpret
from ingest.document import load
from ingest.model import Extraction
from ingest.registry import extract
from ingest.table.context import goal_level
from ingest.table.grid import Grid
from ingest.table.header import NAME, NUMBER, TableLayout, is_goal_heading, row_texts
from ingest.table.rows import glued_row_numbers, numbered_name_header, without_list_label
from ingest.text.broken_rows import MAX_TAIL_LINES
from ingest.text.furniture import page_number_line
from ingest.text.token_types import finished_cell
from ingest.unread import line_values, row_shape
from normalize.goals import goal_part
from normalize.header import parse_header
from normalize.periods import parse_period
from normalize.text import display_width, nfkc
from normalize.vocabulary import (
    ACTIVITY_HEADING_PREFIXES,
    BREAKDOWN_WORDS,
    BULLET_MARKS,
    DEFINITION_NOTE,
    GOAL_LABEL_PREFIXES,
    NOTE_MARKS,
    SENTENCE_ENDINGS,
    TOTAL_ROW_WORDS,
    UNIT_HEADER_WORDS,
    VALUE_FOOTNOTE_MARKS,
    WHOLE_AREA_WORDS,
)

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "tests" / "fixtures" / "layouts"
PRODUCERS = ROOT / "tests" / "fixtures" / "producers"
SOURCES = (
    *sorted(p for p in LAYOUTS.iterdir() if p.suffix in (".txt", ".pdf")),
    *sorted((LAYOUTS / "layers").glob("*.txt")),
    *sorted(p for p in PRODUCERS.iterdir() if p.suffix in (".txt", ".pdf")),  # not its README nor generator
    *sorted((ROOT / "raw_docs").glob("*.txt")),
)
_DIGIT = re.compile(r"\d")
#: Token kinds: a whitespace-separated piece holding a digit, a run of Japanese characters, a line after a table
#: that looks like the tail of one of its cells (`tail_lines`, at most the readers' MAX_TAIL_LINES lines).
NUMBER_KIND, TEXT_KIND, TAIL_KIND, ROW_KIND = "number", "text", "tail", "row"
#: A run of Japanese text (kanji, kana with `ー` and `・`, `々`): the text tokens of a body cell, after NFKC.
_TEXT_RUN = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")
#: A letter (no digit, mark or space): a line without one prints values or furniture, no sentence's tail.
_LETTER = re.compile(r"[^\W\d_]")
#: Words a reading turns into structure rather than keeping as text: a unit label (`（単位：人）`, the unit kept), a
#: breakdown word opening a segment row (`内訳 小学生`, the segment kept), a total or whole-area row (`合計`,
#: `圏域全体`: a value of no segment), a goal's label word (`基本目標１` is goal `1 …` in the canonical goal form,
#: normalize.goals).
_STRUCTURE_WORDS = tuple(sorted({*UNIT_HEADER_WORDS, *BREAKDOWN_WORDS, *TOTAL_ROW_WORDS, *WHOLE_AREA_WORDS,
                                 *GOAL_LABEL_PREFIXES, *ACTIVITY_HEADING_PREFIXES}, key=len, reverse=True))
#: The file lines a warning names first (`lines 8-11: …`, `ingest.model.Extraction.file_lines`).
_WARNED_LINES = re.compile(r"lines (\d+)-(\d+):")
#: Marks the ends of the kept lines in the string of them (`_text_kept`).
_EDGE = "\x00"


def compact(text: str) -> str:
    return re.sub(r"\s+", "", nfkc(text))


@dataclass(frozen=True)
class Token:
    """A number or text token printed in a table body (as printed), where it was printed."""

    text: str
    where: str
    header: str
    cell: str
    kind: str = NUMBER_KIND


def _in_band(grid: Grid, layout: TableLayout) -> bool:
    """The layout's header band is printed in this grid (not a table continued under the header of an earlier one)."""
    first = tuple(compact(t) for t in row_texts(grid, layout.header_start))
    return bool(first) and first == layout.first_row


def _year(text: str) -> str | None:
    """The year of the period a text names alone (`（令和３年）` → 2021), else None."""
    period = parse_period(re.sub(r"[()\[\]]", "", compact(text)))
    found = re.search(r"\d{4}", period or "")
    return found.group(0) if found else None


def body_tokens(grid: Grid, layout: TableLayout, start: int) -> list[Token]:
    """The number and text tokens of the grid's body (rows from `start`, outside the header band: names may be
    printed above it), outside `No.` columns; and the periods printed in the header band that name no period of the
    column headers they stand in nor of any column, and the band's text runs no column header contains (a body line
    taken into the band: its years date no value, its words name no column)."""
    numbers = {c.index for c in layout.of(NUMBER)}
    headers = {c.index: c.header for c in layout.columns}
    glued = _glued_numbers(grid, layout, start)
    band = range(layout.header_start, layout.header_end) if _in_band(grid, layout) else range(0)
    # a period the band prints off its column (a year sub-row a text layer shifted) still dates that column's values
    dated = {_header_year(header) for header in headers.values()} - {None}
    header_words = "\n".join(compact(header) for header in headers.values())
    out = []
    for line, text in grid.unplaced:  # lines the reader took for the table's and put in no cell: body all the same
        out += _line_tokens(text, f"line {line}", "(no cell)")
    for cell in grid.cells:
        in_band = cell.row in band
        if (cell.row < start and not in_band) or cell.col in numbers:
            continue
        place = f"page {grid.page}" if grid.page is not None else f"line {cell.line}"
        named = {_header_year(headers.get(col, "")) for col in range(cell.col, cell.col + cell.col_span)}
        text = cell.text.strip()[glued[id(cell)].end():] if id(cell) in glued else cell.text
        header = " ".join(headers.get(cell.col, "").split())
        for run in (run for part in _listed_items(text) for run in _TEXT_RUN.findall(compact(part))):
            if not (in_band and run in header_words):
                out.append(Token(run, place, header, " ".join(cell.text.split()), TEXT_KIND))
        for piece in text.split():
            if not _DIGIT.search(nfkc(piece)):
                continue
            if in_band and _year(piece) in (None, *named, *dated):
                continue  # a header's own words and periods
            out.append(Token(piece, place, header, " ".join(cell.text.split())))
    return out


def _listed_items(text: str) -> list[str]:
    """A cell's lines when each opens with the same bullet mark (`・新規就農者数` / `・認定農業者数`: several
    indicators listed in one cell, read one a row, layouts 265), whose runs are counted each on its own (the bullets
    are the list's marks, no name's `・`); else the cell's text whole."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and lines[0][0] in BULLET_MARKS and all(line[0] == lines[0][0] for line in lines):
        return lines
    return [text]


def _line_tokens(text: str, place: str, header: str) -> list[Token]:
    """The text runs and number pieces of one printed text, where it was printed and under which header."""
    cell = " ".join(text.split())
    return [*(Token(run, place, header, cell, TEXT_KIND) for run in _TEXT_RUN.findall(compact(text))),
            *(Token(piece, place, header, cell) for piece in text.split() if _DIGIT.search(nfkc(piece)))]


def _glued_numbers(grid: Grid, layout: TableLayout, start: int) -> dict[int, re.Match[str]]:
    """Row numbers a text layer joined to the names under an empty `No.` column (`1ふるさと…`), by name cell:
    the reading puts them back in the number column (`rows.numbers_glued_to_names`), row numbers, not values."""
    numbers = {c.index for c in layout.of(NUMBER)}
    names = {c.index for c in layout.of(NAME)[:1]}
    body = [cell for cell in grid.cells if cell.row >= start]
    merged = not numbers and any(numbered_name_header(c.header) for c in layout.of(NAME)[:1])
    if not (numbers or merged) or any(cell.col in numbers and cell.text.strip() for cell in body):
        return {}
    cells = [cell for cell in body if cell.col in names and cell.text.strip()]
    found = glued_row_numbers([cell.text for cell in cells])
    return {} if found is None else {id(cell): match for cell, match in zip(cells, found, strict=True)}


def _header_year(header: str) -> str | None:
    found = re.search(r"\d{4}", parse_header(header)[1] or "")
    return found.group(0) if found else None


def kept_text(extraction: Extraction, cell_headers: bool = False) -> str:
    """Everything a reading keeps of a table's body, compact, one string, a field a line; with `cell_headers`, the
    values' headers too (where a row label of target and actual row pairs, `実績`, goes)."""
    return "\n".join(compact(part) for part in _kept_parts(extraction, cell_headers))


def _kept_parts(extraction: Extraction, cell_headers: bool) -> list[str]:
    parts: list[str] = [cell.header for row in extraction.rows for cell in row.cells] if cell_headers else []
    for row in extraction.rows:
        parts += [row.name, *row.goal, row.kind, row.department or "", row.progress or "", row.reason or "",
                  row.note or "", *row.commentary.values()]
        # a name cell printing its definition (`（算出方法：…）`) as one word: the name, then the note's definition
        parts += [row.name + note.removeprefix(f"{DEFINITION_NOTE}: ") for note in (row.note or "").split("; ")
                  if note.startswith(f"{DEFINITION_NOTE}: ")]
        parts += [f"{cell.text} {cell.unit or ''} {cell.segment or ''}" for cell in row.cells]
    parts += [f"{r.raw} {r.reason}" for r in extraction.rejects]
    parts += extraction.warnings
    return parts


@contextmanager
def recording() -> Iterator[list[tuple[Extraction, list[Token], Grid]]]:
    """While open, every table the interpreter reads adds (its extraction, its body tokens, its grid) to the list."""
    recorded: list[tuple[Extraction, list[Token], Grid]] = []
    current: list[Extraction] = []
    original_rows, original_grid = interpret.indicator_rows, interpret.Interpreter.grid

    def grid(self: interpret.Interpreter, *args: object, **kwargs: object) -> None:
        current.append(self.extraction)
        try:
            original_grid(self, *args, **kwargs)
        finally:
            current.pop()

    def indicator_rows(grid_: Grid, layout: TableLayout, start: int, context: object) -> object:
        if current:
            recorded.append((current[-1], body_tokens(grid_, layout, start), grid_))
        return original_rows(grid_, layout, start, context)

    interpret.indicator_rows, interpret.Interpreter.grid = indicator_rows, grid  # type: ignore[method-assign]
    try:
        yield recorded
    finally:
        interpret.indicator_rows, interpret.Interpreter.grid = original_rows, original_grid  # type: ignore


def accounts(path: Path) -> dict[str, tuple[int, list[Token]]]:
    """By token kind: (tokens printed in the bodies of the tables read, those the reading keeps nowhere), for one
    document read once."""
    document = load(path)
    with recording() as recorded:
        extraction = extract(document)
    tokens = [token for owner, found, _ in recorded if owner is extraction for token in found]
    numbers = [token for token in tokens if token.kind == NUMBER_KIND]
    texts = [token for token in tokens if token.kind == TEXT_KIND]
    kept = kept_text(extraction)
    parts = _kept_parts(extraction, cell_headers=True)
    joined = "".join(compact(part) for part in parts)
    # every kept line between two marks: where a field's printed line ends and another's starts
    lines = _EDGE + _EDGE.join(compact(line) for part in parts for line in part.splitlines()) + _EDGE
    # a list label opening a name (`①観光案内所の利用者数`) numbers the list and is no part of the name
    tails = [(line, text, kept_) for owner, _, grid in recorded if owner is extraction
             for line, text, kept_ in tail_lines(grid, document.lines, lambda text: all(
                 _text_kept(run, joined, lines) for run in _TEXT_RUN.findall(compact(text))))]
    tails = sorted(set(tails))  # a table read twice (two readers' grids) ends at the same lines
    # a warning naming a line's range (`lines 8-11: …`) tells of it whatever its excerpt keeps
    warned = {line for warning in extraction.warnings if (named := _WARNED_LINES.match(warning))
              for line in range(int(named.group(1)), int(named.group(2)) + 1)}
    rows = stray_rows([grid for owner, _, grid in recorded if owner is extraction], document.lines,
                      extraction.row_lines() | {reject.ref.line for reject in extraction.rejects})
    return {NUMBER_KIND: (len(numbers), [token for token in numbers if compact(token.text) not in kept
                                         and compact(without_list_label(token.text)) not in kept
                                         and not _goal_label_kept(token.text, kept)
                                         and not _year_moved_to_value(token.text, kept)]),
            TEXT_KIND: (len(texts), [token for token in texts if not _text_kept(token.text, joined, lines)]),
            TAIL_KIND: (len(tails), [Token(text, f"line {extraction.file_line(line)}", "(after the table)", text,
                                           TAIL_KIND) for line, text, kept_ in tails if not kept_]),
            ROW_KIND: (len(rows), [Token(piece, f"line {extraction.file_line(line)}", "(a row outside the tables)",
                                         " ".join(text.split()), ROW_KIND)
                                   for line, text in rows if extraction.file_line(line) not in warned
                                   for piece in text.split() if _DIGIT.search(nfkc(piece))
                                   and compact(piece) not in kept])}


_CLOSING_YEAR = re.compile(r"(.+?)(\([^()]+\))")


def _year_moved_to_value(text: str, kept: str) -> bool:
    """A name closing with its baseline's year (`年間出生数（R4）` under `指標名（基準年度）`, layouts 272) is kept as
    the name and the year printed with the value it dates (`824人(R4)`, `rows._year_from_name`)."""
    found = _CLOSING_YEAR.fullmatch(compact(text))
    return found is not None and found.group(1) in kept and found.group(2) in kept


def _goal_label_kept(text: str, kept: str) -> bool:
    """A goal's label and number printed as a cell of a band row inside the table (`基本目標１` | `農と食で…`, bands19)
    is kept as the goal's number in the canonical goal form (`1 農と食で…`, normalize.goals.goal_part)."""
    return is_goal_heading(text) and compact(goal_part(text)) in kept


def stray_rows(grids: list[Grid], lines: list[str], read: set[int | None]) -> list[tuple[int, str]]:
    """The lines of a text document, from a table's first line read until the next table's, that no table read (in
    no cell, nor among the lines a reader took in and put in no cell) and have the shape of the table's rows
    (`ingest.unread.row_shape`: a name, then as many numbers as a row of the table prints) or print values and
    nothing else (`ingest.unread.line_values`: a row's cells one a line, a `-raw` layer's): rows after a reader ended
    the table early (a line it did not expect, a unit it did not know, a note between rows), or between tables;
    each (1-based line, text). `read`: lines another reader read a row from or rejected (a statement's arrow line).
    A PDF's tables are not looked at (no lines)."""
    spans = []
    for grid in grids:
        cells = {cell.line for cell in grid.cells if cell.line is not None}
        if grid.page is None and cells and max(cells) <= len(lines):
            shapes = {row_shape(lines[line - 1]) for line in cells} - {None}
            spans.append((min(cells), cells | {line for line, _ in grid.unplaced}, shapes))
    taken = set(read).union(*(cells for _, cells, _ in spans))
    spans.sort(key=lambda span: span[0])
    found: dict[int, str] = {}
    for k, (first, _, shapes) in enumerate(spans):
        end = spans[k + 1][0] if k + 1 < len(spans) else len(lines) + 1
        for line in range(first, end):
            printed = lines[line - 1]
            if line not in taken and ((shapes and row_shape(printed) in shapes) or line_values(printed)):
                found[line] = printed
    return sorted(found.items())


def tail_lines(grid: Grid, lines: list[str], kept: Callable[[str], bool]) -> list[tuple[int, str, bool]]:
    """The lines right after a table of a text document that look like the tail of one of its cells, each (1-based
    line, text, kept). After the table's last line read (its last cell's first line, then the lines the reading
    keeps: a cell's lines after its first, blank lines and page numbers; a line read into no cell is no more the
    table's) that ends in a letter no sentence, bracket or label ends (a cell left unfinished: `…十分ではない`), a
    run of at most MAX_TAIL_LINES short text lines whose last ends a sentence, none a heading, a note, a list item
    or a line of no letter (a row's values), each printed in a column of the table: no wider than the table's
    widest line, nor the line before the run (a paragraph's lines are wider), and in a text printing its columns by
    position (`-layout`) indented past the table's left edge (a paragraph starts there). A run a heading or a wide
    line ends, or no sentence ends, is no tail (another table's title, a paragraph). `kept`: a line's text runs are
    all kept (a line without a run of two letters, `る。`, counts as kept: a lower bound)."""
    read = [cell.line for cell in grid.cells if cell.line is not None]
    if grid.page is not None or not read or max(read) > len(lines):
        return []  # a PDF's table, or lines read in another order than the file's
    table = [line for line in lines[min(read) - 1:max(read)] if line.strip()]
    width = max(display_width(line.strip()) for line in table)
    positioned = any(re.search(r"\S {2,}\S", line) for line in table)
    edge = min(len(line) - len(line.lstrip()) for line in table)
    j = max(read)  # 1-based: the next line's 0-based index; lines read into no cell (`Grid.unplaced`) are candidates
    previous = lines[j - 1].strip()
    run: list[tuple[int, str, bool]] = []
    while j < len(lines) and len(run) < MAX_TAIL_LINES:
        printed, text = lines[j], lines[j].strip()
        j += 1
        if not text or page_number_line(text):
            continue
        if goal_level(text) is not None or text.startswith(NOTE_MARKS) or text[:1] in BULLET_MARKS \
                or nfkc(text)[:1] in VALUE_FOOTNOTE_MARKS \
                or not _LETTER.search(nfkc(text)):
            break  # a heading, a note (`※`, `＊`), a list item (`- ●「…」については、…`), values: the table's end
        if not run and kept(text):
            previous = text
            continue  # the table's own line (a wrapped cell's)
        if display_width(text) > width or display_width(previous) > width \
                or (positioned and len(printed) - len(printed.lstrip()) <= edge):
            break  # a paragraph's line, or its last after a wide one
        if not run and (finished_cell(previous) or not _LETTER.match(previous[-1:])):
            break  # the table's last line ends its cell (a sentence, a bracket, a label, a value): nothing goes on
        run.append((j, text, kept(text)))
        if text.endswith(SENTENCE_ENDINGS):
            return run
    return []


def unaccounted(path: Path, kind: str = NUMBER_KIND) -> tuple[int, list[Token]]:
    """(tokens of `kind` printed in the bodies of the tables read, those the reading keeps nowhere) for one document."""
    return accounts(path)[kind]


def _text_kept(run: str, joined: str, lines: str) -> bool:
    """A text run is kept when the fields joined contain it (a wrapped line, a cell joined to the next), or two
    pieces of it: each of two characters or more and kept (two fields a text layer printed as one cell:
    `企画課ふるさと納税…`), or the end of a kept line and the start of another (a wrapped line's tail glued to the
    next column's word: `へ` + `成果指標`); or when it is a structure word, or opens with one and the rest is kept
    (`内訳小学生`)."""
    word = next((word for word in _STRUCTURE_WORDS if run.startswith(word)), "")
    rest = run.removeprefix(word)
    return not rest or rest in joined or any(
        (min(cut, len(rest) - cut) >= 2 and rest[:cut] in joined and rest[cut:] in joined)
        or (rest[:cut] + _EDGE in lines and _EDGE + rest[cut:] in lines) for cut in range(1, len(rest)))


def main(arguments: list[str]) -> int:
    if "--help" in arguments or "-h" in arguments:
        print(__doc__)
        return 0
    kind = TEXT_KIND if "--text" in arguments else TAIL_KIND if "--tails" in arguments \
        else ROW_KIND if "--rows" in arguments else NUMBER_KIND
    words = [w for w in arguments if not w.startswith("-")]
    files = [Path(w).resolve() for w in words if Path(w).is_file()]  # a document of one's own (a new government's)
    total = lost = documents = 0
    for path in files or SOURCES:
        name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
        if not files and not all(word in name for word in words):
            continue
        documents += 1
        counted, missing = unaccounted(path, kind)
        total += counted
        lost += len(missing)
        for token in missing:
            print(f"{name}\t{token.where}\t{token.header!r}\t{token.text}\tin {token.cell[:60]!r}")
    print(f"{documents} documents, {total} {kind} tokens in table bodies, {lost} unaccounted")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
