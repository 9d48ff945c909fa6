"""Shared by the text readers: a located block of text rows (a table candidate) and how blocks become grids.

A reader finds where a table's rows are (pipe rows, tab rows, aligned columns) and splits each line into cells;
it never decides what a column means: that is the interpreter's job (`ingest.table.interpret`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.table.context import goal_level, upright_goal_starts, upright_goals
from ingest.table.grid import Grid, grid_from_rows
from ingest.table.header import NAME, OTHER, VALUE, header_role, is_header_text, names_period
from ingest.text.fragment_cells import is_parenthetical
from ingest.text.header_words import MAX_BAND_WORD_CHARS, MAX_PIECE_CHARS, header_words, line_words, upright_word
from normalize.text import display_width, nfkc, single_glyph
from normalize.vocabulary import ERAS, NAME_OPEN_ENDINGS, SENTENCE_ENDINGS

#: A word and a numbered label opening a goal heading or goal cell (`重点施策 1-1 方針1:…`), after NFKC.
LABELLED_HEADING = re.compile(r"^\S{1,8}\s*\d+\s*-\s*\d+")
#: Such a label then a short word whose number a text layer printed apart (LibreOffice's gap between Japanese and a
#: digit: `重点施策 1-2 方針` of `重点施策 1-2 方針 2 関係:…`), after NFKC: a number after it is the word's, no value.
LABEL_AND_WORD = re.compile(LABELLED_HEADING.pattern + r"\s+\S{1,8}$")

#: Blank lines a table may hold between two of its rows (records separated by an empty line).
MAX_BLANK_RUN = 2

#: Lines above a title line looked at for the cell lines it might go on from (a name's lines around its values).
TITLE_LOOK_BACK = 4



def heading_line(text: str) -> bool:
    """A line that is a goal heading alone (`基本目標1 …`, `重点施策 1-1 方針1:…`): it opens a part of the document
    between tables, no cell of the table above."""
    return goal_level(text) is not None or LABELLED_HEADING.match(nfkc(text.strip())) is not None


def title_over_heading(lines: list[str], i: int) -> bool:
    """Line i (0-based) is the title of the part the heading on the next line opens
    (`結婚・出産・子育てに希望が持てる社会の実現` over `重点施策 1-1 方針1:…`), not the last line of a table's cell
    wrapped: one word, no sentence (`戻っていないため。`, a reason's last line), right above a heading line, and
    wider than every one-word line just above it (a cell's next
    line is never wider than its lines before, which filled the column: `る児童・生徒の割合` under
    `自分の悩みや課題について先生や友達に相談でき` is a name's end). Without such a line above it to compare, it is
    no title: a trailing cell printed on a line of its own looks the same."""
    if not 0 < i < len(lines) - 1 or len(lines[i].split()) != 1 or not heading_line(lines[i + 1]) \
            or nfkc(lines[i]).rstrip().endswith(SENTENCE_ENDINGS):
        return False
    above = []
    for j in range(i - 1, max(i - 1 - TITLE_LOOK_BACK, -1), -1):
        if not lines[j].strip() or heading_line(lines[j]):
            break
        if len(lines[j].split()) == 1:
            above.append(display_width(lines[j]))
    return bool(above) and display_width(lines[i]) > max(above)


def open_name(name: str) -> bool:
    """A name that goes on to the next text line of its table, after a page break too: it ends in a particle or a
    connective (`…制度を`, `…窓口の`), after which no name ends."""
    return bool(name) and nfkc(name).rstrip().endswith(NAME_OPEN_ENDINGS)


@dataclass
class TextTable:
    """A table found in a text layer: its first and last line (0-based, inclusive) and its grid."""

    first: int
    last: int
    grid: Grid
    #: lines inside first..last that are no cell of the grid but text after it: a heading pdfminer printed among
    #: the table's boxes (the next measure's `施策２ …` before the table's values), read after the table
    after: tuple[int, ...] = ()
    #: lines above `first` whose header words the reading moved into the grid's header (a band's role line spread
    #: into the years under it): no text of their own between this table and the one before
    header_lines: tuple[int, ...] = ()


def runs(lines: list[str], is_row: list[bool]) -> list[tuple[int, int]]:
    """Maximal runs of row lines (0-based, inclusive), bridging up to MAX_BLANK_RUN blank lines."""
    found: list[tuple[int, int]] = []
    start = last = None
    blank = 0
    for i, line in enumerate(lines):
        if is_row[i]:
            if start is None:
                start = i
            last, blank = i, 0
        elif not line.strip() and start is not None and blank < MAX_BLANK_RUN:
            blank += 1
        elif start is not None:
            assert last is not None
            found.append((start, last))
            start = last = None
            blank = 0
    if start is not None and last is not None:
        found.append((start, last))
    return found


def equal_width_runs(lines: list[str], split: Callable[[str], list[str] | None]) -> list[list[tuple[int, list[str]]]]:
    """Maximal runs of consecutive lines that `split` cuts into the same number of cells (no blank line between),
    each as (0-based line, cells): the rows of a delimited or year-major table, one line each."""
    found: list[list[tuple[int, list[str]]]] = []
    i = 0
    while i < len(lines):
        first = split(lines[i])
        if first is None:
            i += 1
            continue
        run = [(i, first)]
        while i + len(run) < len(lines) and (cells := split(lines[i + len(run)])) is not None \
                and len(cells) == len(first):
            run.append((i + len(run), cells))
        found.append(run)
        i += len(run)
    return found


def table_from_cells(lines: list[str], first: int, last: int, cells_of: dict[int, list[str]], engine: str,
                     skip: set[int] | None = None, delimited: bool = False) -> TextTable:
    """A grid from the cells of lines first..last, but `skip` (blank lines inside become empty rows: they end
    a record)."""
    rows = [(i + 1, cells_of.get(i, [])) for i in range(first, last + 1) if i not in (skip or set())]
    return TextTable(first, last, grid_from_rows(rows, engine, delimited=delimited))


#: Fewest one-glyph lines in a row that make a header cell written upright (`基` / `準` / `値`), not a stray mark.
MIN_UPRIGHT_GLYPHS = 3
#: Most glyphs of a run of upright cells printed one after another (`評` / `価` / `担` / `当` / `課`) cut into
#: their header words by trying every cut.
MAX_CUT_GLYPHS = 10


def _glyph_line(line: str) -> bool:
    """A line of header cells written upright, one glyph of each a line (`基        実       目`): two tokens or more,
    each a single wide character."""
    tokens = line.split()
    return len(tokens) >= 2 and all(single_glyph(t) for t in tokens)


def _header_words_line(line: str) -> bool:
    tokens = line.split()
    return bool(tokens) and all(is_header_text(t) for t in tokens)


def _pieces_joined(lines: list[str]) -> list[str]:
    """The lines with a header word printed upright in a narrow cell, which a text layer cuts across two lines
    (pypdfium2, `pdftotext -raw`), made whole on the second line: its first glyphs alone and the rest at the head
    of the next line (`基本目` / `標 重要業績評価指標 現状値 …`, `基本` / `目標 指標名 単`), or the first glyph at the
    end of a header line and the rest alone on the next (`指標名 単` / `位`, `header_words.upright_word`) when that
    glyph opens a run of upright cells (`_one_glyph_lines` would take it; elsewhere the raw reader joins it); the
    first line left blank (line numbers kept, the band's later lines still next to it). A head piece joins only
    when it heads no column alone, the joined word is short and heads another one than the next line's first word
    alone (`基本` + `目標`: a goal column, not a value's), the joined line is header words (or pieces), and neither
    line is one glyph (`_one_glyph_lines` reads those): a wrapped sentence (`…から、目` / `標値に対し…`) joins
    nothing."""
    out = list(lines)
    for i in range(len(out) - 1):
        piece, after = out[i].strip(), out[i + 1].split()
        words = line_words(out[i])
        if header_words(words[:-1]) and (whole := upright_word(words, line_words(out[i + 1]))) is not None \
                and header_words(whole) \
                and sum(map(single_glyph, out[i + 1:_glyph_run_end(out, i + 1)])) >= MIN_UPRIGHT_GLYPHS:
            out[i], out[i + 1] = "", " ".join(whole)
            continue
        if not piece or " " in piece or is_header_text(piece) or not after \
                or single_glyph(piece) or single_glyph(out[i + 1]):
            continue
        word = piece + after[0]
        if len(nfkc(word)) <= MAX_BAND_WORD_CHARS \
                and header_words([word, *(w for w in after[1:] if len(nfkc(w)) > MAX_PIECE_CHARS)]) \
                and header_role(word) not in (OTHER, header_role(after[0])):
            out[i], out[i + 1] = "", " ".join([word, *after[1:]])
    return out


def _glyph_run_end(lines: list[str], start: int) -> int:
    """The end of the run of lines from `start` that are one glyph or header words (a band with upright cells,
    `_one_glyph_lines`)."""
    end = start
    while end < len(lines) and lines[end].strip() and (single_glyph(lines[end]) or _header_words_line(lines[end])):
        end += 1
    return end


def upright_headers(lines: list[str]) -> list[str]:
    """The lines with each header band written upright (`基` / `準` / `値` / `R1` down a column, mixed with the lines
    of the header's other cells, `指標名  担当課`) read across: each upright cell joined top to bottom (`基準値R1`)
    on the band's last line, beside the other cells; the lines above it left blank (line numbers kept). The
    columns are told by position where the text keeps it (`pdftotext -layout`), else by order: the k-th glyph of
    each line is the k-th cell's, the other cells stand around them, the name's before."""
    out = _one_glyph_lines(_pieces_joined(lines))
    i = 0
    while i < len(out):
        if not _glyph_line(out[i]):
            i += 1
            continue
        by_order = "  " not in out[i].strip()
        count = len(out[i].split())
        j = _band_end(out, i, count if by_order else 0)
        if by_order and _by_order(out[i:j], count) is None:
            j = _band_end(out, i, 0)  # the glyphs among a mixed line's words spell no header word: not its cells'
        if sum(_glyph_line(line) for line in out[i:j]) < 2:
            i = j
            continue
        merged = _by_order(out[i:j], count) if by_order else _by_position(out[i:j])
        out[i:j] = [""] * (j - i - 1) + [merged or ""]
        i = j
    return out


def _band_end(lines: list[str], start: int, count: int) -> int:
    """The end of a band of upright header cells from `start`: its lines of glyphs, of header words, and (`count`
    given: text without positions) of header words with `count` glyphs among them, the cells' middle glyphs beside
    the other cells' one-line words (`令 令` / `和 和` / `指標名 元 ２ 担当課` / `年 年` / `度 度`, pdfplumber)."""
    j = start + 1
    while j < len(lines) and lines[j].strip() and (
            _glyph_line(lines[j]) or _header_words_line(lines[j]) or _glyphs_among(lines[j], count) is not None):
        j += 1
    return j


def _glyphs_among(line: str, count: int) -> list[int] | None:
    """The places of a line's `count` one-glyph tokens, one run among header words (`指標名 元 ２ ３ ４ 担当課`),
    else None."""
    tokens = line.split()
    glyphs = [k for k, t in enumerate(tokens) if single_glyph(t)]
    if not count or len(glyphs) != count or len(glyphs) == len(tokens) or glyphs[-1] - glyphs[0] + 1 != count:
        return None
    return glyphs if all(is_header_text(t) for k, t in enumerate(tokens) if k not in glyphs) else None


def _one_glyph_lines(lines: list[str]) -> list[str]:
    """The lines with a header band whose upright cells a text layer gives one glyph a line, cell after cell in the
    content stream's order (`指標名` / `基` / `準` / `値` / `R1` / `実` …: `pdftotext -raw`, pypdfium2), read as one
    cell a line (`基準値R1`): the glyphs of a cell joined with the period that closes it; the freed lines left blank
    above the band (line numbers kept). Not when the glyphs go on down a row's line (`く    市内製造品出荷額等 …`,
    `pdftotext -layout`), or a row's line above or below the run prints a glyph where the run's glyphs stand (`1
    基   年間出生数 …` over `本` / `目` …: a `No.` column before the upright cell): they are a cell written upright
    beside the rows (a goal's), read with the rows."""
    out = list(lines)
    i = 0
    while i < len(out):
        j = _glyph_run_end(out, i)
        if sum(single_glyph(line) for line in out[i:j]) < MIN_UPRIGHT_GLYPHS:
            i = max(j, i + 1)
            continue
        cells: list[str] = []
        open_cell = False
        for line in [*out[i:j], ""]:
            text = line.strip()
            if single_glyph(text) and open_cell:
                cells[-1] += text
                continue
            if open_cell and not names_period(text):
                cells[-1:] = glyph_cells(cells[-1])  # cells without a period, one after another: cut
            if names_period(text) and open_cell:
                cells[-1] += text
                open_cell = False
            elif text:
                cells.append(text)
                open_cell = single_glyph(text)
        at = len(out[i]) - len(out[i].lstrip())
        if not ((j < len(out) and _glyph_beside(out[j], at)) or (i > 0 and _glyph_beside(out[i - 1], at, first=False))):
            out[i:j] = [""] * (j - i - len(cells)) + cells
        i = j
    return out


def _glyph_beside(line: str, at: int, first: bool = True) -> bool:
    """A line printing one glyph apart from the other texts on it: opening it (`く    市内製造品出荷額等`; `first`) or
    at the position `at` (`1    基      年間出生数`: a glyph run's position)."""
    tokens = list(re.finditer(r"\S+", line))
    return len(tokens) >= 2 and any(single_glyph(t.group()) and ((first and k == 0) or t.start() == at)
                                    for k, t in enumerate(tokens))


def glyph_cells(glyphs: str) -> list[str]:
    """The glyphs of upright cells printed one after another (`担当課１稼ぐまち２住みたいまち`: a header cell, then
    the goal cells of a goal column that a text layer printed between the header and the rows) cut before each goal
    they spell (`ingest.table.context.upright_goal_starts`), a goal's number apart from its title (`１ 稼ぐまち`);
    what stands before the first goal cut into header words (`glyph_words`)."""
    starts = upright_goal_starts(glyphs)
    if not starts:
        return glyph_words(glyphs)
    return [*(glyph_words(glyphs[:starts[0]]) if starts[0] else []), *upright_goals(glyphs)]


_ERA_START = re.compile("|".join(map(re.escape, sorted(ERAS, key=len, reverse=True))))


def _period_cells(glyphs: str) -> list[str]:
    """The glyphs of upright year cells printed one after another (`令和元年度令和２年度…`, narrow year columns
    headed in vertical text, layouts 158) cut before each era name, when every part names a period; else []."""
    starts = [m.start() for m in _ERA_START.finditer(glyphs) if m.start()]
    parts = [glyphs[a:b] for a, b in zip([0, *starts], [*starts, len(glyphs)], strict=True)]
    return parts if starts and all(map(names_period, parts)) else []


def glyph_words(glyphs: str) -> list[str]:
    """The glyphs of upright header cells printed one after another (`評価担当課`) cut into the most words that
    each name a column role (`評価`, `担当課`; the first such cut when several do); the glyphs as one word when no
    cut does, or when there are too many to try."""
    if len(periods := _period_cells(glyphs)) > 1:
        return periods
    if len(glyphs) > MAX_CUT_GLYPHS:
        return [glyphs]
    cuts = []
    for mask in range(1 << (len(glyphs) - 1)):
        ends = [k + 1 for k in range(len(glyphs) - 1) if mask >> k & 1]
        parts = [glyphs[a:b] for a, b in zip([0, *ends], [*ends, len(glyphs)], strict=True)]
        if all(is_header_text(w) and header_role(w) != OTHER for w in parts):
            cuts.append(parts)
    return max(cuts, key=len, default=[glyphs])


def _periods_joined(words: list[str]) -> list[str]:
    """The header words with each bracketed period (`（令和７年度）`, a two-line cell's last line printed at its
    height) joined to the nearest value word before it that prints no period (`目標値`)."""
    out: list[str] = []
    for word in words:
        owner = next((k for k in range(len(out) - 1, -1, -1) if header_role(out[k]) == VALUE
                      and not names_period(out[k])), None) if is_parenthetical(word) and names_period(word) else None
        if owner is None:
            out.append(word)
        else:
            out[owner] += word
    return out


def _by_position(band: list[str]) -> str:
    starts = [m.start() for m in re.finditer(r"\S+", band[0])]
    cells: dict[int, str] = {}
    for line in band:
        for m in re.finditer(r"\S+", line):
            at = next((s for s in starts if abs(s - m.start()) <= 1), m.start())
            cells[at] = cells.get(at, "") + m.group(0)
    merged = ""
    for at in sorted(cells):
        merged = merged.ljust(at if not merged or at >= len(merged) + 2 else len(merged) + 2) + cells[at]
    return merged


def _by_order(band: list[str], count: int) -> str | None:
    """The band's cells on one line: the k-th glyph of each line the k-th upright cell's, the other cells around
    them, the name's before; a bracketed period alone joins the value header word before it that names none
    (`目標値` / … / `（令和７年度）`: a two-line cell centred on the band's middle line). None when a line mixing
    words and glyphs gave them and the upright cells are no header words."""
    upright = [""] * count
    others: list[str] = []
    mixed = False
    for line in band:
        tokens = line.split()
        if len(tokens) == count and (_glyph_line(line) or all(names_period(t) for t in tokens)):
            upright = [cell + token for cell, token in zip(upright, tokens, strict=True)]
        elif (glyphs := _glyphs_among(line, count)) is not None:
            upright = [cell + tokens[k] for cell, k in zip(upright, glyphs, strict=True)]
            others += [t for k, t in enumerate(tokens) if k not in glyphs]
            mixed = True
        else:
            others += tokens
    if mixed and not all(is_header_text(cell) for cell in upright):
        return None
    words = _periods_joined(others)
    named = [t for t in words if header_role(t) == NAME]
    return " ".join([*named, *upright, *(t for t in words if t not in named)])
