"""Fragment-per-line text (pdfminer-like) → cells, and a cell's value tokens.

In this shape every text-box line of the PDF comes out on its own line, blank lines in between. A line that
ends a cell carries trailing whitespace; a line that wraps inside a cell does not (`方針２：子育て環境の` then
`整備と施策の充実 `). `read_cells` joins the wrapped lines back into cells on that mark; `read_values` splits
a cell such as `介護を必要としない高齢者の割合 81.0％ 81.0％以上` into its leading text and its value tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.table.header import names_period
from normalize.cell import ParsedValue, is_dash_run, parse_cell
from normalize.header import pair_pieces, parse_header
from normalize.text import nfkc
from normalize.vocabulary import (
    PLACEHOLDERS,
    RANGE_TARGET_NOTE,
    REFERENCE_PAGE_PREFIX,
    SEGMENT_LABELS,
    UNKNOWN_UNIT_NOTE,
)

_TOKEN = re.compile(r"[（(][^）)]*[）)](?:(?=[0-9０-９])\S+)?|\S+")
_PAREN = re.compile(r"^[（(][^）)]*[）)]$")


@dataclass
class Cell:
    """One table cell as printed: its lines (1-based number, text without the trailing whitespace)."""

    lines: list[tuple[int, str]] = field(default_factory=list)

    @property
    def line(self) -> int:
        return self.lines[0][0]

    @property
    def raw(self) -> str:
        """The cell's text as printed: its wrapped lines joined.

        A wrap inside a cell never falls on a printed space (a line ending in a space ends the cell), so the
        lines join with nothing between them: `（オレンジＳＵ` + `Ｎ）登録者数` → `（オレンジＳＵＮ）登録者数`.
        """
        return "".join(text.strip() for _, text in self.lines)

    @property
    def text(self) -> str:
        """NFKC, one line: for classifying the cell, never for output."""
        return nfkc(" ".join(text for _, text in self.lines))


def marks_cell_ends(lines: list[str]) -> bool:
    """True when the text marks cell ends with trailing whitespace (the evidence this shape relies on)."""
    filled = [line for line in lines if line.strip()]
    if not filled:
        return False
    ended = sum(1 for line in filled if line != line.rstrip())
    return ended >= 0.2 * len(filled)


def read_cells(lines: list[str]) -> list[Cell]:
    """Join wrapped lines into cells: a cell ends at a line with trailing whitespace (blank lines skipped)."""
    cells: list[Cell] = []
    current = Cell()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        current.lines.append((number, line.rstrip()))
        if line != line.rstrip():
            cells.append(current)
            current = Cell()
    if current.lines:
        cells.append(current)
    return cells


@dataclass(frozen=True)
class Token:
    """One printed token of a value cell: a value (with its segment label), a parenthetical or a page ref."""

    kind: str  # "value", "paren" or "ref"
    raw: str
    line: int
    segment: str | None = None


def tokens(text: str) -> list[str]:
    """The printed tokens of a line: runs without spaces, a bracketed text (`(平成 30 年)`) as one token, with the
    figure glued after it (`（R11）200,000人`, layouts 278: a value printing its year before it, never a year of the
    value before the space; a bracket before words, `（参考）市町村別の…`, stays a token of its own)."""
    return [match.group(0) for match in _TOKEN.finditer(text)]


def is_parenthetical(text: str) -> bool:
    """`（令和５年）`, `(累計)`: a whole cell or token in brackets."""
    return bool(_PAREN.match(nfkc(text)))


#: Lines after a header year that `year_below_role` looks at: a band's role words and their years, a line each.
YEAR_RUN_LINES = 12


def year_below_role(role: str, year: str, after: list[list[str]]) -> bool:
    """A bare year on the line after a role word without one (`実績値` / `2021(R3)年度`) is that header cell's
    second line, unless role words without a year and bare years go on alternating after it (`after`: the words of
    the lines that follow) and that run ends on a role word (`基準値` / `令和４年度` / `実績値` / `令和５年度` /
    `目標値`: each year then heads the role word printed after it). A run ending on a year (`… 目標値` /
    `2029（R11）年度` / `担当課`, layouts 163) or reaching a bracketed year prints each year under its role."""
    if is_parenthetical(year) or not _role_without_year(role) or not names_period(year):
        return False
    for n, words in enumerate(after):
        if n % 2 == 0 and (len(words) != 1 or not _role_without_year(words[0])):
            return True  # the run ends on a year: the last role word printed its year under it
        if n % 2 == 1 and (not words or is_parenthetical(words[0])):
            return bool(words)  # `実績値` / `（R3）`: the next role's year below it
        if n % 2 == 1 and not names_period(words[0]):
            return False  # the run ends on a role word without a year: it takes the year above it
        if n % 2 == 1 and len(words) > 1:
            return True  # `2029（R11）年度 担当課`: the run ends on a year, other header cells after it
    return False


def _role_without_year(word: str) -> bool:
    role, period = parse_header(word)
    return role is not None and period is None


def is_reference(text: str) -> bool:
    """The reference-page column (`Ｐ.○`), which is not a value."""
    return nfkc(text).replace(" ", "").startswith(REFERENCE_PAGE_PREFIX)


def is_value(text: str) -> bool:
    """A token that is a whole value: a number with unit/qualifier, a zero phrase, or a placeholder (`－`); or two
    values with their units joined by a pair mark (`112万人／110万人`, an actual and its target in one cell under
    `（実績／目標）`, `normalize.header.paired_values`), one cell whichever is larger (the cell alone reads no value
    when the first is: no count of a whole)."""
    cleaned = nfkc(text)
    if cleaned in PLACEHOLDERS or is_dash_run(cleaned):
        return bool(cleaned)  # `－`, and the `−` / `––` a text layer prints for it
    parsed = parse_cell(text)
    return (bool(parsed) and all(map(reads_value, parsed))) or _value_pair(cleaned)


def _value_pair(cleaned: str) -> bool:
    """Two values with their units joined by one pair mark (`normalize.header.pair_pieces`)."""
    pieces = pair_pieces(cleaned)
    return pieces is not None and all(
        (parsed := parse_cell(piece)) and len(parsed) == 1 and parsed[0].value is not None
        and parsed[0].unit is not None for piece in pieces)


def is_known_value(text: str) -> bool:
    """A whole value (`is_value`) whose unit, if any, the vocabulary names. Where a reader joins or cuts pieces at a
    guess (a number and the word after it, `1` + `地` of `1 地域…`; a value glued to the next cell, `250商工` of
    `250商工労働課`), a counter no vocabulary names (`艇`, read and flagged in a cell of its own) says nothing."""
    return is_value(text) and not any((p.note or "").startswith(UNKNOWN_UNIT_NOTE) for p in parse_cell(text))


def reads_value(parsed: ParsedValue) -> bool:
    """A parsed part that is a value: a figure, or a range printed for a target (`80～90%`), one value cell though
    no single figure is read from it."""
    return parsed.value is not None or (parsed.note or "").startswith(RANGE_TARGET_NOTE)


def _classify(raw: str, line: int) -> Token | None:
    if is_reference(raw):
        return Token("ref", raw, line)
    if is_parenthetical(raw):
        return Token("paren", raw, line)
    if is_value(raw):
        return Token("value", raw, line)
    return None


def read_values(cell: Cell) -> tuple[str, list[Token]] | None:
    """(leading text, value tokens) when the cell ends in values, else None.

    The tokens are the longest run at the end of the cell that reads as values; a segment label just before
    a value (`小学校 87.1％`) joins it. The run must start with a value (a bracket or page ref alone is not a
    value cell), so `従業者数（公務を除く） 98,564人` keeps its bracket in the leading text.
    """
    printed: list[tuple[int, str]] = [(number, token) for number, text in cell.lines for token in tokens(text)]
    run: list[Token] = []
    index = len(printed)
    while index > 0:
        number, raw = printed[index - 1]
        token = _classify(raw, number)
        if token is None:
            if run and run[0].kind == "value" and run[0].segment is None and nfkc(raw) in SEGMENT_LABELS:
                run[0] = Token("value", f"{raw} {run[0].raw}", number, nfkc(raw))
                index -= 1
                continue
            break
        run.insert(0, token)
        index -= 1
    while run and run[0].kind != "value":
        run.pop(0)
        index += 1
    if not run or not any(t.kind == "value" for t in run):
        return None
    lead = index
    # Leading text: the tokens before the run, as printed (line breaks kept between lines).
    head_lines: dict[int, list[str]] = {}
    for number, raw in printed[:lead]:
        head_lines.setdefault(number, []).append(raw)
    head = "\n".join(" ".join(parts) for parts in head_lines.values())
    return head, run
