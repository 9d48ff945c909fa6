"""Rows whose cells are separated by single spaces (pdfplumber `extract_text`, copied web pages), read by meaning:
a space between two cells looks like a space inside a name, so the columns come from the header and each line's
tokens are placed in them by what they are (`ingest.text.typed_rows`).

A table starts at a header band (lines of header words only, naming an indicator column and a value column; its
multi-line header cells are rebuilt from their vertical centring) and runs to the next band or the end of the
text; a band repeating the previous one's columns is its header repeated on a new page (pdfplumber marks no page
break), under which the first lines may be the rest of the previous page's last row (`_join_cut_row`, widths read
by `ingest.text.broken_rows`). Each body line is one grid row: its tokens aligned to the header's column sequence
by type (values to value columns, `…課` to the department column, a progress label to the progress column, text
to the name or another text column; a rate among values of another unit to the first progress column after the
values, `_rate_placed`).
Lines of one heading, caption or `※` note stay whole in the first column, so the interpreter sees them as such.
The interpreter gathers the lines of each record (a name or a value's year printed on its own line). A line's
placement is a guess unless it prints one value in every value column beside its name (`_line_doubt`); each guess
is recorded by its kind (`Grid.line_doubts`, an `UNCERTAIN_REASONS` code), and a line whose only doubt is which
row it goes with is settled by the interpreter when the cells' centring leaves no other split.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations, pairwise

from ingest.table.arrows import arrow_values, two_roles
from ingest.table.context import POLICY_LEVEL, goal_level, is_label_only, unglued_heading, upright_goal_starts
from ingest.table.grid import GATHERING_DOUBTS, grid_from_rows
from ingest.table.header import (
    CHANGE,
    NAME,
    NUMBER,
    OTHER,
    PERIOD,
    PROGRESS,
    UNIT,
    VALUE,
    header_role,
    header_years_line,
    is_caption,
    is_header_text,
    label_progress_header,
    names_period,
    opens_new_table,
    policy_heading,
    unit_field_line,
)
from ingest.table.merged_left import centred_goals
from ingest.table.rows import (
    ROLE_LEVELS,
    WIDE_CHAR,
    WRAP_WIDTH_SLACK,
    breakdown_segment,
    grade_definition,
    legend_texts,
    row_role_word,
)
from ingest.text.blocks import (
    LABELLED_HEADING,
    MIN_UPRIGHT_GLYPHS,
    TextTable,
    open_name,
)
from ingest.text.broken_rows import rests_of_row
from ingest.text.furniture import labelled_note, note_after_table, note_line, page_number_line, running_titles
from ingest.text.header_words import MAX_BAND_WORD_CHARS, MAX_PIECE_CHARS, other_header
from ingest.text.token_types import (
    SPACED,
    T_CHANGE,
    T_DEPARTMENT,
    T_HEADING,
    T_KIND,
    T_PROGRESS,
    T_STAND_IN,
    T_TEXT,
    T_UNIT,
    T_VALUE,
    T_YEAR,
    change_place,
    change_placed,
    glued_department,
    glued_progress,
    is_change,
    is_department,
    is_grade_mark,
    is_prose,
    is_stand_in,
    is_unit_alone,
    no_rate_among,
    prints_change,
    rate_apart,
    token_type,
)
from ingest.text.typed_rows import (
    MEMBER_ROLE,
    PROSE_ROLES,
    SEGMENTS,
    T_MEMBER,
    T_NUMBER,
    align,
    band_columns,
    is_box_label,
    is_header_line,
    is_member,
    is_target_header,
    label_over_band,
    split,
    year_cost,
    year_of,
)
from ingest.title import page_title
from normalize.header import parse_header
from normalize.periods import bare_header_year
from normalize.text import display_width, is_hiragana, nfkc, single_glyph, unspace_letters, unwrap
from normalize.vocabulary import (
    CAPTION_BRACKETS,
    CIRCLED_NUMBERS,
    CLOSING_BRACKETS,
    GOAL_COLUMN_ROLES,
    HANGING_MARKS,
    NOTE_MARKS,
    OFFICE_ENDINGS,
    OPENING_BRACKETS,
    PROSE_MARKS,
    SENTENCE_ENDINGS,
    STATEMENT_ARROWS,
    WRAP_CONTINUATION_MARKS,
)

ENGINE = "text-spaced"
#: A page number between dashes (`- 2 -`): page furniture, part of no table.
#: Header lines a band may have (a five-line band: three-line cells over two-line ones).
MAX_BAND_LINES = 6
#: How many lines away a one-line name still rules out a name line (a value's year line between them).
NAME_REACH = 2
_OPENING, _CLOSING = OPENING_BRACKETS, CLOSING_BRACKETS
#: Lines between a wrapped cell's line and its continuation (the lines of other cells printed between).
MAX_WRAP_GAP = 2
#: Text columns after the name column that take lines of text printed beside the name (a reason, a note).
_LATER_TEXT_ROLES = PROSE_ROLES
#: Columns besides the name's that take text: a line that is not the name's goes to one of them.
_TEXT_COLUMN_ROLES = _LATER_TEXT_ROLES | frozenset(GOAL_COLUMN_ROLES)


def _band_line(tokens: list[str]) -> bool:
    """A line of a header band; a caption alone on its line (`数値目標`) introduces the table, it is no header; nor
    is a sentence naming header words (`…現状値と令和１１年度の目標値を示します。`), nor a grade's definition
    (`Ｓ：目標を上回って達成`: a legend boxed beside the table, its lines among the header's and rows', layouts 243),
    nor a unit field alone (`（単位：人）` over the header: the table's caption, read by `Surroundings`; taken into the
    band, its brackets pushed the period line under the role words a column off)."""
    return is_header_line(tokens) and not _caption_line(tokens) and not tokens[-1].endswith(SENTENCE_ENDINGS) \
        and not all(map(grade_definition, tokens)) and not _unit_field_alone(tokens)


def _unit_field_alone(tokens: list[str]) -> bool:
    """A line of a unit field alone (`（単位：人）`, `【単位：%】`): the caption of the table under it."""
    return len(tokens) == 1 and unit_field_line(tokens[0])


def _years_band_line(tokens: list[list[str]], i: int) -> bool:
    """Line `i` is a header line whose years are printed bare (`指標 2019 2020 2021 目標(2026)`, `header_years_line`)
    and the next line prints a figure for each of them: the header by its structure, not by its numbers. A goal
    band's heading between them (`基本目標1：…`, a heading row over the table's first rows) is no row: the line
    after it is the first row."""
    if i + 1 >= len(tokens) or not header_years_line(tokens[i]):
        return False
    below = i + 1
    while below + 1 < len(tokens) and len(tokens[below]) == 1 and token_type(tokens[below][0], SPACED) == T_HEADING:
        below += 1
    years = sum(bare_header_year(nfkc(t)) is not None for t in tokens[i])
    # a placeholder (`－`, `未集計`) stands for a figure
    return sum(any(ch.isdigit() for ch in t) or token_type(t, SPACED) == T_VALUE for t in tokens[below]) >= years


def _caption_line(tokens: list[str]) -> bool:
    return len(tokens) == 1 and is_caption(tokens[0])


def _band_end(tokens: list[str]) -> bool:
    """A header line that also ends header words wrapped from the line above (`指標の担当` / `課`): header words and
    short pieces without digits. A caption alone on its line ends no header words: it stands between two bands'
    lines only as a spanning caption (`_spanning_caption`), and a caption under a lone piece of the row above
    (`進捗`, a wrapped progress label's last line, over `重要業績評価指標（KPI）`) introduces the next table."""
    if _caption_line(tokens) or all(map(grade_definition, tokens)):
        return False  # a grade's definition is a legend's line (`_band_line`)
    pieces = [t for t in tokens if not is_header_line([t])]
    return len(pieces) < len(tokens) and all(len(p) <= MAX_PIECE_CHARS and not any(ch.isdigit() for ch in p)
                                             for p in pieces)


def _bands(tokens: list[list[str]]) -> list[tuple[int, int, list[str], list[int], bool]]:
    """(first line, end line, column headers, lines of the captions inside the band, whether the columns' order is
    a guess: `band_columns`) of every header band that makes an indicator table."""
    tokens, cut = _rejoin_cut_words(tokens)
    found = []
    i = 0
    while i < len(tokens):
        if _unit_field_alone(tokens[i]) and i + 1 < len(tokens) and _band_end(tokens[i + 1]):
            i += 1  # its band starts under it, though its first line ends a band only (`No. 指標 年度 計画策定時 …`)
        elif not (_band_line(tokens[i]) or _years_band_line(tokens, i)):
            i += 1
            continue
        j = i
        joined: dict[int, list[str]] = {}  # a spanning caption's line → the cells beside it, on one line
        while j < len(tokens) and j - i < MAX_BAND_LINES and (
                j in cut or _band_line(tokens[j]) or _years_band_line(tokens, j) or _band_end(tokens[j])
                or _spanning_caption(tokens, j, i)):
            if _caption_line(tokens[j]):
                joined[j] = tokens[j - 1] + tokens[j + 1]
                cut.update((j - 1, j + 1))
            j += 1
        # `指標` over `指標名 …`: a caption naming the table's kind, not a column of its header
        start = i + 1 if label_over_band(tokens[i], tokens[i + 1:j]) else i
        columns, guessed = band_columns([joined.get(k, line) for k, line in enumerate(tokens[start:j], start)
                                         if k not in cut])
        columns = _dated_apart(columns, tokens[j:j + DATED_APART_REACH])
        roles = [header_role(c) for c in columns]
        if NAME in roles and VALUE in roles:
            top = i  # the first glyph of a word written upright across the band, alone on a line above it
            while top - 1 in cut and top - 1 >= (found[-1][1] if found else 0):
                top -= 1
            found.append((top, j, columns, sorted(joined), guessed))
        i = j
    return found


#: Lines under a band whose counts of values tell how many value columns its rows fill (`_dated_apart`).
DATED_APART_REACH = 12


def _dated_apart(columns: list[str], below: list[list[str]]) -> list[str]:
    """The columns with a role word's year printed as a token of its own after it (`中間目標　R7年度`, `目標値
    （令和7年度）`: a cell's word and year an ideographic or plain space apart, one space like the gutters) joined
    to that word. Which periods are a word's and which head a column of their own (`R2年度 R3年度 目標値 R7年度`)
    is decided by the rows: joined when the lines under the band most often print as many values as the joined
    header has value columns and not as many as the header as split; when the rows decide nothing, a period in
    brackets joins (the usual way a role word is dated, `基準値（R1）`) and a bare one stays a column."""
    pairs = [k for k in range(1, len(columns)) if names_period(columns[k]) and header_role(columns[k - 1]) == VALUE
             and year_of(columns[k - 1]) is None and "\n" not in columns[k - 1] + columns[k]]
    if not pairs:
        return columns
    counts = Counter(n for line in below if line and not _band_line(line)
                     and (n := sum(token_type(t, SPACED) in (T_VALUE, T_STAND_IN) for t in line)))
    split_count = sum(header_role(c) == VALUE or names_period(c) for c in columns)
    usual = counts.most_common(1)[0][0] if counts else None
    if usual == split_count - len(pairs):
        joining = pairs
    elif usual == split_count:
        joining = []
    else:
        joining = [k for k in pairs if nfkc(columns[k])[:1] in "(["]
    out: list[str] = []
    for k, column in enumerate(columns):
        if k in joining:
            out[-1] = out[-1] + column
        else:
            out.append(column)
    return out


def _spanning_caption(tokens: list[list[str]], index: int, first: int) -> bool:
    """A caption between two lines of a header band's cells beside it (`No.` / `重要業績評価指標（KPI）` / `担当課`
    over `指標名 基準値 目標値`): a heading over the name and value columns of a two-row header, printed in reading
    order between the cells merged down over both rows to its left and to its right (`pdftotext -raw`, pypdfium2).
    Those cells stand on one line of the band; the caption names no column. A caption opening the band introduces
    the table instead, and one just above the line naming the indicator column has no cell beside it."""
    if index <= first or index + 2 >= len(tokens) or not _caption_line(tokens[index]):
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    beside = all(_band_line(line) and all(header_role(t) not in (NAME, VALUE) for t in line)
                 for line in (before, after))
    return beside and _band_line(tokens[index + 2]) and NAME in map(header_role, tokens[index + 2])


def _piece(token: str) -> bool:
    return len(token) <= MAX_PIECE_CHARS and not is_header_line([token]) and not any(ch.isdigit() for ch in token)


def _middle_pieces(out: list[list[str]], line: list[str], pieces: list[int], b: int) -> bool:
    """Joins the pieces of `line` with as many pieces on the band's middle line right under it, in order, where
    every join is a header word (`単 基準値 目標値 評` over `No. 指標名 位 （R1） … 価`: the lower halves printed
    among the middle line's words): the words take the lower pieces' places, the upper line keeps its other
    words. Whether it did."""
    lower = list(out[b])
    found = [k for k, token in enumerate(lower) if _piece(token)]
    if len(found) != len(pieces) or len(found) == len(lower):
        return False
    joined = [line[k] + lower[j] for k, j in zip(pieces, found, strict=True)]
    if not all(header_role(w) != OTHER for w in joined):
        return False
    for j, word in zip(found, joined, strict=True):
        lower[j] = word
    upper = [t for k, t in enumerate(line) if k not in pieces]
    if not (_band_line(lower) and _band_line(upper)):
        return False
    out[b], line[:] = lower, upper
    return True


def _cut_head(token: str) -> bool:
    """The first line of a header word a narrow cell wrapped (`基本目`): a short text without digits, no header
    word itself."""
    return len(token) <= MAX_BAND_WORD_CHARS and not is_header_line([token]) and not any(ch.isdigit() for ch in token)


def _cut_tail(token: str) -> bool:
    return len(token) <= MAX_PIECE_CHARS and not any(ch.isdigit() for ch in token)


def _upright_words_across(tokens: list[list[str]]) -> tuple[list[list[str]], set[int]]:
    """The lines with each header word of three glyphs written upright across the band's middle line joined on that
    line (`担` / … / `指標名 基準値（R2） 目標値（R8） 当` / … / `課`: its middle glyph among the middle line's words,
    its first and last alone on a line one or two above and below, between the lines of the two-line cells), and
    the lines of its first and last glyphs. The middle glyph is the one whose join is a header word."""
    out = [list(line) for line in tokens]
    cut: set[int] = set()

    def lone(k: int) -> bool:
        return 0 <= k < len(out) and k not in cut and len(out[k]) == 1 and single_glyph(out[k][0]) \
            and _piece(out[k][0])

    for m, line in enumerate(out):
        glyphs = [k for k, token in enumerate(line) if single_glyph(token) and _piece(token)]
        if not glyphs or len(glyphs) == len(line) or m in cut:
            continue
        for top, bottom in ((t, b) for t in (m - 1, m - 2) for b in (m + 1, m + 2) if lone(t) and lone(b)):
            joins = [k for k in glyphs if header_role(out[top][0] + line[k] + out[bottom][0]) != OTHER]
            if len(joins) == 1:
                line[joins[0]] = out[top][0] + line[joins[0]] + out[bottom][0]
                cut.update((top, bottom))
                break
    return out, cut


def _rejoin_cut_words(tokens: list[list[str]]) -> tuple[list[list[str]], set[int]]:
    """The lines with the header words a narrow column cut (`単` over `位`, `評` over `価`: the cell's lines stand
    around the band's middle line) joined again, and the lines of the lower pieces, now empty of meaning.

    A line of header words and short pieces, and a line one or two below of as many pieces only, whose joins
    in order are all header words; or a line of pieces only over a band line and the pieces under it (`達成` /
    `指標名 基準値（R1） …` / `状況`: a two-line cell beside one-line cells, its lines alone around theirs)."""
    out, cut = _upright_words_across(tokens)
    for a, line in enumerate(out):
        pieces = [k for k, token in enumerate(line) if _piece(token)]
        around = a + 2 < len(out) and _band_line(out[a + 1])
        # around the line naming the indicator column, a cut word's pieces may be longer or header words themselves
        named = around and any(header_role(t) == NAME for t in out[a + 1])
        if named and not pieces and all(_cut_head(token) for token in line):
            pieces = list(range(len(line)))  # `基本目` / … / `標`: a word wrapped after its first line's glyphs
        if not pieces or a in cut:
            continue
        if len(pieces) == len(line) and not around:
            continue
        if not around and a + 1 < len(out) and a + 1 not in cut and _middle_pieces(out, line, pieces, a + 1):
            continue
        for b in range(a + 2 if len(pieces) == len(line) else a + 1, min(a + 3, len(out))):
            lower = out[b]
            # the lower pieces may be header words themselves (`基本` over `目標`): their joins must be header words
            if b in cut or len(lower) != len(pieces) or not all(_cut_tail(t) if named else _piece(t) for t in lower):
                continue
            joined = [line[k] + t for k, t in zip(pieces, lower, strict=True)]
            if all(header_role(w) != OTHER for w in joined):
                for k, word in zip(pieces, joined, strict=True):
                    line[k] = word
                if _band_line(line):
                    cut.add(b)
                    break
                out[a] = line = list(tokens[a])
    return out, cut


def _whole_line(tokens: list[str], kinds: list[str]) -> bool:
    """A heading, a caption or a `※` note printed alone on its line: one text for the first column. A heading may
    open with a word and a numbered label (`重点施策 1-1 方針2:…`) and print no value."""
    if len(tokens) == 1 and kinds[0] in (T_HEADING, T_KIND):
        return True
    if len(tokens) > 1 and all(kind == T_TEXT for kind in kinds) and LABELLED_HEADING.match(nfkc(" ".join(tokens))):
        return True
    return bool(tokens) and tokens[0].startswith(NOTE_MARKS)


def _number_first(tokens: list[str], kinds: list[str], counted: bool) -> tuple[list[str], list[str]]:
    """A row's number opening a line of values (`2 企業誘致件数（累計） 件 2 6 8`, `1地域経済の…`: the number glued to
    a merged goal cell's first line) as a token of its own, in a table whose first column numbers the rows: the
    text after it is the next cells', not a goal heading's title (`split` joins `1 しごとの創生`). A number alone
    before the values (`1 - 12以上 婚活イベント…`: the name printed last) is the row's number when the table's rows
    count up so (`counted`, `_counted_rows`), not a value."""
    if counted and _bare_row_number(tokens, kinds) is not None:
        return tokens, [T_NUMBER, *kinds[1:]]  # (also on a line of no value: a parent row, `2 達成 観光入込客数`)
    if not tokens or not any(kind in (T_VALUE, T_STAND_IN) for kind in kinds[1:]):
        return tokens, kinds
    found = _ROW_NUMBER.match(unglued_heading(tokens[0]) or tokens[0])
    if found is None or found.group(2) is None:
        return tokens, kinds
    return [found.group(1), found.group(2), *tokens[1:]], [T_NUMBER, token_type(found.group(2), SPACED), *kinds[1:]]


def _segments_parent(tokens: list[str], kinds: list[str], below: list[list[str]]) -> tuple[list[str], list[str]]:
    """A numbered line printing no value (`2 公共交通の年間利用者数（人）`, one token as a goal heading's label and
    title would be) right above a line naming a segment alone beside values (`うち男性 55,440 …`), in a table whose
    first column numbers the rows: the row's number and the name of the indicator the segments break down, a row of
    the table (no heading owns segments)."""
    found = _ROW_NUMBER.match(tokens[0]) if len(tokens) == 1 and kinds[0] == T_HEADING else None
    after = next((line for line in below if line), [])
    if found is None or found.group(2) is None or not any(
            breakdown_segment(token.split()[0]) for token in after) or T_VALUE not in [
            token_type(token, SPACED) for token in after]:
        return tokens, kinds
    return [found.group(1), found.group(2)], [T_NUMBER, T_TEXT]


def _bare_row_number(tokens: list[str], kinds: list[str]) -> int | None:
    """The number a line opens with as a token of its own (`1`, `2.`) before a text on the same line, else None."""
    found = _ROW_NUMBER.match(tokens[0]) if tokens else None
    if found is None or found.group(2) is not None or T_TEXT not in kinds[1:] or any(
            kind == T_TEXT and breakdown_segment(token) for token, kind in zip(tokens, kinds, strict=True)):
        return None  # a line naming a segment (`10 8 8 9 うち男`) numbers no row: its first figure is a value
    digits = "".join(ch for ch in nfkc(found.group(1)) if ch.isdigit())
    return int(digits) if digits else None


def _counted_rows(lines: list[list[str]]) -> bool:
    """The lines that open with a number of their own before a text (`_bare_row_number`) count up by one, top to
    bottom (`1` … `2` …, or `3` … `4` … after a page break): those numbers are the rows' numbers, no values. A line
    naming a segment (`10 8 8 9 うち男`, under its numbered parent) numbers no row: its first figure is a value."""
    numbers = [n for line in lines if (n := _bare_row_number(line, [token_type(t, SPACED) for t in line])) is not None]
    return bool(numbers) and all(b == a + 1 for a, b in pairwise(numbers))


def _labelled_headings(tokens: list[str], kinds: list[str]) -> tuple[list[str], list[str]]:
    """A labelled heading printed with spaces (`重点施策` `1-1` `方針1:結婚、出産、子育`) as one heading token: in a
    sheet with goal columns before the name column it is the measure column's cell, and the text after it on the
    same line is the next cells' (the name's first line), not part of a heading line."""
    for i in range(len(tokens)):
        for width in (1, 2):
            label = nfkc(" ".join(tokens[i:i + width]))
            if i + width <= len(tokens) and LABELLED_HEADING.fullmatch(label) and \
                    all(kind == T_TEXT for kind in kinds[i:i + width]):
                end = i + width + (i + width < len(tokens) and kinds[i + width] == T_TEXT)
                return ([*tokens[:i], " ".join(tokens[i:end]), *tokens[end:]],
                        [*kinds[:i], T_HEADING, *kinds[end:]])
    return tokens, kinds


def _continued(head: str, tail: str) -> str:
    """A cell's line and its wrapped next line as one text, as printed (no NFKC: a measure's `②` stays a measure's
    label): no space between them unless both ends are ASCII."""
    return f"{head} {tail}" if head[-1:].isascii() and tail[:1].isascii() else head + tail


def _one_text(line: _Line) -> bool:
    return len(line.tokens) == 1 and line.kinds[0] == T_TEXT and not is_label_only(line.tokens[0])


def _row_line(line: _Line) -> bool:
    return not line.whole and any(kind in (T_VALUE, T_STAND_IN) for kind in line.kinds)


def _upright_goal_cells(body: list[_Line]) -> list[_Line]:
    """The rows of a table whose one goal column prints its cells upright, a glyph a line, each with its goal cell:
    pdfplumber prints such a cell's glyphs by height, each on a line of its own or opening the line of the row
    beside it (`１` / `稼` / `ぐ 町内での創業件数 件 2 10 商工観光課` / `ま` / `ち`). When the glyphs, read down the
    table, spell goals from their first (`ingest.table.context.upright_goal_starts`), each goal spans its glyphs'
    lines: a row on those lines is its row, any other the row of the goal whose cell is centred nearest (a merged
    cell is centred on its rows, `ingest.table.merged_left.centred_goals`). The glyphs' lines alone are dropped."""
    marked = [k for k, line in enumerate(body) if line.tokens and single_glyph(line.tokens[0])
              and (len(line.tokens) == 1 or _row_line(_Line(line.number, line.tokens[1:], line.kinds[1:])))]
    glyphs = "".join(body[k].tokens[0] for k in marked)
    starts = upright_goal_starts(glyphs)
    if len(glyphs) < MIN_UPRIGHT_GLYPHS or not starts or starts[0] != 0:
        return body
    goals = []
    for a, b in zip(starts, [*starts[1:], len(glyphs)], strict=True):
        goal = glyphs[a:b]
        number = re.match(r"\D*\d+", nfkc(goal))  # the label and number apart from the title: `１ 稼ぐまち`
        goals.append((f"{goal[:number.end()]} {goal[number.end():]}" if number else goal,
                      body[marked[a]].number, body[marked[b - 1]].number))
    out: list[_Line] = []
    for k, line in enumerate(body):
        if k in marked:
            if len(line.tokens) == 1:
                continue
            line = _Line(line.number, line.tokens[1:], line.kinds[1:])
        if _row_line(line):
            goal = next((g for g in goals if g[1] <= line.number <= g[2]), None) or \
                min(goals, key=lambda g: abs((g[1] + g[2]) / 2 - line.number))
            line = _Line(line.number, [goal[0], *line.tokens], [T_HEADING, *line.kinds])
        out.append(line)
    return out


def _goal_cells_by_label(body: list[_Line], one_goal_column: bool) -> list[_Line]:
    """A goal cell opened by its label on a line, in a table with goal columns before the name, as one heading.
    - Its label alone (`基本目標１`: a merged goal cell's first line): its title lines after the label; where they
      reach a row's line whose first text before its name and values is the title's next line (`1 地域経済の活力を
      高め、安定した雇 市内事業所の従業者数 人 …`), that text, and as many one-text lines under the row as the cell
      printed above it (the cell is centred on its row: `用を創出する`), the heading put in its place on the row's
      line; else (a goal cell repeated after a page break, printed over no row) a heading line of its own.
    - In a table with one goal column, a heading line ending open (`基本目標２ 新しいひとの`,
      `ingest.text.blocks.open_name`): the next one-text line, right under it or under the one row's line it
      straddles (a merged cell centred on its rows, `流れをつくる`). With several goal columns the line may be
      another level's cell (`_heading_goes_on`, `_mirror_avoids_name` place it)."""
    out: list[_Line] = []
    taken: set[int] = set()
    i = 0
    while i < len(body):
        line = body[i]
        if i in taken:
            i += 1
            continue
        if one_goal_column and line.whole and line.kinds == [T_HEADING] and open_name(line.tokens[0]):
            near = [k for k in (i + 1, i + 2) if k < len(body) and body[k].number == line.number + k - i]
            tail = next((k for k in near if _one_text(body[k]) and (k == i + 1 or _row_line(body[i + 1]))), None)
            if tail is not None:
                line = _Line(line.number, [_continued(line.tokens[0], body[tail].tokens[0])], [T_HEADING],
                             last=body[tail].number)
                taken.add(tail)
        if len(line.tokens) != 1 or not is_label_only(line.tokens[0]):
            out.append(line)
            i += 1
            continue
        r = i + 1
        while r < len(body) and body[r].number == body[r - 1].number + 1 and _one_text(body[r]):
            r += 1
        titles = [body[k].tokens[0] for k in range(i + 1, r)]
        row = body[r] if r < len(body) and body[r].number == body[r - 1].number + 1 else None
        values = [k for k, kind in enumerate(row.kinds) if kind in (T_VALUE, T_STAND_IN)] if row else []
        texts = [k for k, kind in enumerate(row.kinds[:values[0]]) if kind == T_TEXT] if values else []
        if row is None or len(texts) < 2:
            heading = f"{line.tokens[0]} {unwrap(' '.join(titles))}".strip()
            out.append(_Line(line.number, [heading], [T_HEADING], last=body[r - 1].number))
            i = r
            continue
        below = r + 1
        while below < len(body) and below - r <= r - i and body[below].number == body[below - 1].number + 1 \
                and _one_text(body[below]):
            below += 1
        parts = [*titles, row.tokens[texts[0]], *(body[k].tokens[0] for k in range(r + 1, below))]
        heading = f"{line.tokens[0]} {unwrap(' '.join(parts))}"
        out.append(_Line(row.number, [*row.tokens[:texts[0]], heading, *row.tokens[texts[0] + 1:]],
                         [*row.kinds[:texts[0]], T_HEADING, *row.kinds[texts[0] + 1:]]))
        i = below
    return out


def _segment_column(body: list[_Line], roles: list[str]) -> list[_Line]:
    """The body lines with their segment labels in the table's 区分 column, when it stands before the values and
    no line prints a kind word in it: a label printed before a value (`男性 79.2歳`, joined by `split`) is that
    column's text, and the value goes to its own column."""
    if "kind" not in roles or VALUE not in roles or roles.index("kind") > roles.index(VALUE) or \
            any(T_KIND in line.kinds for line in body):
        return body
    out = []
    for line in body:
        for k, token in enumerate(line.tokens):
            label, _, value = token.partition(" ")
            if line.kinds[k] == T_VALUE and value and nfkc(label) in SEGMENTS:
                line = _Line(line.number, [*line.tokens[:k], label, value, *line.tokens[k + 1:]],
                             [*line.kinds[:k], T_KIND, token_type(value, SPACED), *line.kinds[k + 1:]])
                break
        out.append(line)
    return out


def _unit_and_department_cells(body: list[_Line], roles: list[str]) -> list[_Line]:
    """The body lines with a unit and its multiplier (`千円`, typed a value for its numeral) typed a unit in a
    table with a 単位 column, and a value glued to a department (`70,000企画課`) or to a progress label
    (`3,900やや遅れ`) cut in two in a table with such a column. Without a 単位 column, a unit word after no value
    (`人` ending a wrapped line of an explanation, `…重点施策 7-2 人`) is a word of the text, not a value's unit.
    Where the department column stands before the name's (`番号 担当課 成果指標 …`), a line's first text opening
    with a department one space before more text (`企画政策課 地域おこし協力隊の定住者数`, one token as pdfplumber
    prints the two cells) is the department and the name."""
    unit, department, progress = UNIT in roles, "department" in roles, "progress" in roles
    department_first = department and NAME in roles and roles.index("department") < roles.index(NAME)
    for line in body:
        tokens, kinds = [], []
        first_text = next((k for k, kind in enumerate(line.kinds) if kind == T_TEXT), None) \
            if department_first and T_DEPARTMENT not in line.kinds else None
        for k, (token, kind) in enumerate(zip(line.tokens, line.kinds, strict=True)):
            if k == first_text and len(pair := token.split(maxsplit=1)) == 2 and is_department(pair[0], short=True):
                tokens += pair
                kinds += [T_DEPARTMENT, T_TEXT]
                continue
            if not unit and kind == T_UNIT and (k == 0 or line.kinds[k - 1] != T_VALUE) and k + 1 == len(line.kinds) \
                    and T_VALUE not in line.kinds:
                kind = T_TEXT
            glued = glued_department(token) if department and kind == T_TEXT else None
            label = glued_progress(token) if progress and kind == T_TEXT and not glued else None
            if glued or label:
                tokens += list(glued or label)
                kinds += [T_VALUE, T_DEPARTMENT if glued else T_PROGRESS]
                continue
            tokens.append(token)
            alone = unit and kind == T_VALUE and is_unit_alone(token, multiplier_required=True)
            kinds.append(T_UNIT if alone else kind)
        line.tokens, line.kinds = tokens, kinds
    return body


def _role_words(body: list[_Line], roles: list[str]) -> list[_Line]:
    """The body lines with a value-role word (`目標`, `実績`) typed a kind, in a table whose 区分 column stands
    before the values: a sheet printing each indicator on a 目標 row and an 実績 row prints the word in that column
    (`目標 2人 4人 6人`), not as the name (the name stands alone on the line between, centred on its two rows)."""
    if "kind" not in roles or VALUE not in roles or roles.index("kind") > roles.index(VALUE):
        return body
    for line in body:
        line.kinds = [T_KIND if kind == T_TEXT and row_role_word(token) else kind
                      for token, kind in zip(line.tokens, line.kinds, strict=True)]
    return body


def _role_words_apart(body: list[_Line]) -> list[_Line]:
    """The body lines with role words printed in a block of their own before their rows' values (`目標` / `実績` /
    `2人 4人 6人` / `1人 3人 7人`: a text layer writing the 区分 column's cells before the value cells of the same
    rows) put back at the start of those rows, in order: a run of lines of one different role word each, followed
    by as many lines of values alone. The name's lines right above the block go to its first row (the interpreter
    gives it to the rows after, `fill_role_rows`). Each row keeps its values' line."""
    def role_line(line: _Line) -> bool:
        return line.kinds == [T_KIND] and row_role_word(line.tokens[0]) is not None

    def value_line(line: _Line) -> bool:
        return T_VALUE in line.kinds and all(kind in (T_VALUE, T_STAND_IN) for kind in line.kinds)

    out: list[_Line] = []
    i = 0
    while i < len(body):
        k = 0
        while i + k < len(body) and role_line(body[i + k]):
            k += 1
        words = [body[i + n].tokens[0] for n in range(k)]
        values = body[i + k:i + 2 * k]
        if k >= 2 and len(set(map(row_role_word, words))) == k and len(values) == k and all(map(value_line, values)):
            rows = [_Line(line.number, [word, *line.tokens], [T_KIND, *line.kinds])
                    for word, line in zip(words, values, strict=True)]
            name: list[str] = []
            while out and out[-1].text_only:
                name[:0] = out.pop().tokens  # the name's lines above the block: the first row's name
            if name:
                rows[0] = _Line(rows[0].number, ["".join(name), *rows[0].tokens], [T_TEXT, *rows[0].kinds])
            out += rows
            i += 2 * k
            continue
        out.append(body[i])
        i += 1
    return out


#: A row's number printed before its name (`1 自主防災…`, `(3) 自殺死亡率…`, `② …`), and the name after it; or
#: alone, on the row's line of values between its name's wrapped lines (`移住定住ポータルサイ` / `1 8,200件 …` /
#: `トの閲覧数`: the name centred on its row).
_ROW_NUMBER = re.compile(rf"^([(（]?\d{{1,3}}[)）.．]?|[{CIRCLED_NUMBERS}])(?:\s+(\S.*))?$")


def _numbers_apart(rows: list[tuple[int, list[str]]], roles: list[str]) -> list[tuple[int, list[str]]]:
    """The rows with the number printed before the name (`1 自主防災組織の組織率`, one token as a goal heading's
    label and title would be) put in the table's number column (`No.`), when the number column stands right
    before the name column and the row leaves it empty; a number alone in the name column, on a row that prints
    other cells (its values), too."""
    if NUMBER not in roles or NAME not in roles or roles.index(NUMBER) + 1 != roles.index(NAME):
        return rows
    number, name = roles.index(NUMBER), roles.index(NAME)
    out = []
    for line, cells in rows:
        found = _ROW_NUMBER.match(cells[name]) if not cells[number] else None
        if found and (found.group(2) or any(text for c, text in enumerate(cells) if c != name)):
            cells = [found.group(1) if c == number else found.group(2) or "" if c == name else text
                     for c, text in enumerate(cells)]
        out.append((line, cells))
    return out


def _centred_goal_rows(rows: list[tuple[int, list[str]]], roles: list[str],
                       body: list[_Line]) -> list[tuple[int, list[str]]]:
    """The rows of a table with one goal column, goal heading lines standing among them and rows above the first
    printing no goal cell: merged goal cells printed centred on their rows (`ingest.table.merged_left.centred_goals`),
    each row without a goal cell taking the nearest goal's text in the goal column; a heading no row takes (a goal
    cell repeated at a page's end) stays a heading line for the rows after it."""
    goals = [c for c, role in enumerate(roles[:roles.index(NAME)]) if role in GOAL_COLUMN_ROLES]
    if len(goals) != 1:
        return rows  # headings of several levels: a row above the first may be under an outer goal's heading
    headings = {line.number: line.centre for line in body if line.whole and line.kinds[0] == T_HEADING}
    whole = {line.number for line in body if line.whole}  # a `※` note among the rows: no goal, none taken
    heading = [number in headings for number, _ in rows]
    nearest = centred_goals([headings.get(number, number) for number, _ in rows], heading,
                            [number not in whole and any(cells[c] for c in goals) for number, cells in rows])
    if nearest is None:
        return rows
    goal = [cells[0] if heading[k] else cells[goals[0]] for k, (_, cells) in enumerate(rows)]
    out = [(number, [goal[nearest[k]] if c == goals[0] and k in nearest and number not in whole else text
                     for c, text in enumerate(cells)]) for k, (number, cells) in enumerate(rows)]
    taken = {h for h in nearest.values() if heading[h]}
    return [row for k, row in enumerate(out) if k not in taken]


def _name_between_roles(rows: list[tuple[int, list[str]]], roles: list[str]) -> list[tuple[int, list[str]]]:
    """The rows with a name printed alone between two rows of one indicator (`目標 2人 4人` / `新規就農者数` /
    `実績 1人 3人`: the name cell centred on its two role rows) moved into the first of them; the interpreter
    gives it to the second (`fill_role_rows`). Both rows print a different role word in the 区分 column and no
    name of their own. Where the first prints the word the table's first role row prints and every such name
    stands under that word (`目標`: every pair opens with it), the two rows are one pair and the name is the
    second's too, given here (`_names_inside_pairs`)."""
    if "kind" not in roles:
        return rows
    name, kind = roles.index(NAME), roles.index("kind")

    def role_row(cells: list[str]) -> str | None:
        return row_role_word(cells[kind]) if not cells[name] and any(
            cells[c] for c, role in enumerate(roles) if role == VALUE) else None

    def between(k: int) -> tuple[str | None, str | None] | None:
        (_, above), (_, middle), (_, below) = rows[k - 1], rows[k], rows[k + 1]
        alone = middle[name] and not any(text for c, text in enumerate(middle) if c != name)
        return (role_row(above), role_row(below)) if alone else None

    # the pairs' opening word: the first role row's, above every name printed between two role rows
    opening = next((word for _, cells in rows if (word := role_row(cells)) is not None), None)
    if any(found is not None and None not in found and found[0] != found[1] and found[0] != opening
           for found in map(between, range(1, len(rows) - 1))):
        opening = None
    out = list(rows)
    k = 1
    while k + 1 < len(out):
        (_, above), (_, middle), (_, below) = out[k - 1], out[k], out[k + 1]
        alone = middle[name] and not any(text for c, text in enumerate(middle) if c != name)
        roles_around = role_row(above), role_row(below)
        if alone and None not in roles_around and roles_around[0] != roles_around[1]:
            out[k - 1] = (out[k - 1][0], [middle[name] if c == name else text for c, text in enumerate(above)])
            if roles_around[0] == opening:
                # inside one pair (the word every pair opens with above it): the name is both rows', no guess
                out[k + 1] = (out[k + 1][0], [middle[name] if c == name else text for c, text in enumerate(below)])
            del out[k]
        k += 1
    return out


def _member_column(body: list[_Line], roles: list[str]) -> list[_Line]:
    """The body lines with the tokens naming a member municipality or the whole area typed as members, in a table
    with a member column (a joint strategy's `市町村`): such a token is that column's cell, not the end of the name
    printed before it on the same line (`移住相談件数 山吹川町`)."""
    if MEMBER_ROLE not in roles:
        return body
    for line in body:
        line.kinds = [T_MEMBER if kind == T_TEXT and is_member(token) else kind
                      for token, kind in zip(line.tokens, line.kinds, strict=True)]
    return body


#: How many lines below its first piece a department's wrapped end (`課` of `健康づくり` / `課`) may stand: the
#: two pieces straddle the row's middle line, with a line of values or another cell's line between.
DEPARTMENT_WRAP_REACH = 3
#: How many characters the wrapped end of a department prints before its office word (`興課`, `援センター`): a whole
#: department names something before it (`農政課`, `市民課`).
DEPARTMENT_PIECE_CHARS = 1
#: How many characters the wrapped end of a department cut inside its office word prints at least (`ンター` of
#: `地域包括支援セ` / `ンター`): a single character (`会`, `ー`) ends too many other words.
OFFICE_WORD_PIECE_CHARS = 2


def _department_piece(token: str) -> bool:
    """The wrapped end of a department: an office word with at most one character before it (`課`, `興課`), or the
    end of an office word cut inside it (`ンター` of `センター`)."""
    text = nfkc(token).strip()
    return any((text.endswith(ending) and len(text) - len(ending) <= DEPARTMENT_PIECE_CHARS)
               or (OFFICE_WORD_PIECE_CHARS <= len(text) < len(ending) and ending.endswith(text))
               for ending in OFFICE_ENDINGS)


def _wrapped_departments(body: list[_Line], roles: list[str]) -> list[_Line]:
    """The body lines with the first piece of a department printed over two lines (`健康づくり` over `課`, `スポーツ振`
    over `興課`) typed a department, in a table with a department column: a narrow column wraps the department, and
    the first piece, read as text, would join the name. Both pieces stay on their lines (the cell's two lines stand
    around the row's middle line, as the interpreter's centring expects) and the interpreter joins them. The end is
    a department's piece (`_department_piece`); the first piece is a text token of a line up to
    `DEPARTMENT_WRAP_REACH` lines above that is no department alone and makes one with the end, standing where the
    department column may (`_department_head`). An end cut inside the office word (`ンター`) reads as text: it is
    typed a department with its first piece."""
    if "department" not in roles:
        return body
    for j, tail_line in enumerate(body):
        if tail_line.whole:
            continue
        for k, (tail, kind) in enumerate(zip(tail_line.tokens, tail_line.kinds, strict=True)):
            if kind not in (T_DEPARTMENT, T_TEXT) or not _department_piece(tail):
                continue
            head = _department_head(body, j, tail, roles)
            if head is None:
                continue
            body[head[0]].kinds[head[1]] = tail_line.kinds[k] = T_DEPARTMENT
            break
    return body


def _department_head(body: list[_Line], index: int, tail: str, roles: list[str]) -> tuple[int, int] | None:
    """(line, token) of the first piece of a department whose end `tail` line `index` prints, else None.

    A candidate is a text token followed on its line only by what the columns after the department hold (a
    progress label when that column stands after it, the reason's text), no prose. One printed after the row's
    values or before its progress label stands surely in the department column; one alone on its line may be a
    one-line name (`健康寿命` between `健康づくり` and `課`), taken only when no sure one is found. The two pieces
    stand around the row's middle line (cells are centred on their row): a candidate two lines above the end is
    judged first."""
    dept = roles.index("department")
    after = {T_TEXT} | ({T_PROGRESS} if "progress" in roles[dept + 1:] else set())
    weak = None
    reach = []
    for i in range(index - 1, max(-1, index - 1 - DEPARTMENT_WRAP_REACH), -1):
        if body[i].whole or T_DEPARTMENT in _after_values(body[i].kinds):
            break  # a heading, or the row's department printed whole: the end is no piece of one above
        reach.append(i)
    # the two pieces straddle the row's middle line: two lines apart first, then next to each other, then further
    for i in sorted(reach, key=lambda i: (index - i != 2, index - i)):
        line = body[i]
        texts = [k for k, kind in enumerate(line.kinds) if kind == T_TEXT]
        for k in reversed(texts[-2:]):  # the department, or the department before the reason's line
            head = line.tokens[k]
            if any(kind not in after for kind in line.kinds[k + 1:]) or is_prose(head) or \
                    is_department(head, short=True) or not is_department(head + tail, short=True):
                continue
            if T_PROGRESS in line.kinds[:k] and "progress" in roles[dept + 1:]:
                continue  # after the progress label: the reason's line
            sure = any(kind in (T_VALUE, T_YEAR) for kind in line.kinds[:k]) or T_PROGRESS in line.kinds[k + 1:]
            if sure:
                return i, k
            if weak is None:
                weak = (i, k)
            break
    return weak


def _after_values(kinds: list[str]) -> list[str]:
    """The kinds of a line's tokens after its first value or year, or all when it prints none: a token before the
    values is the name's even when it reads as a department (`休日夜間急患センター`, a name ending in an office
    word)."""
    first = next((k for k, kind in enumerate(kinds) if kind in (T_VALUE, T_YEAR)), 0)
    return kinds[first:]


@dataclass
class _Line:
    """A body line: its 1-based number, tokens, their types and (once aligned) their columns."""

    number: int
    tokens: list[str]
    kinds: list[str]
    columns: list[int] = field(default_factory=list)
    #: token index → column, for tokens whose column the text's meaning decided (`choose_value_columns`)
    placed: dict[int, int] = field(default_factory=dict)
    #: a `※` line found to be a line of a value cell's note (`_marked_note`) or of a row's cells
    #: (`_straddling_pairs`), not a note on the table
    in_cell: bool = False
    #: the last line of a goal heading joined from several (`_goal_cells_by_label`), else None
    last: int | None = None
    #: a lone line found to end a goal column's cell by mirroring its first line around the row's (`_level_cells`)
    goal_end: bool = False
    #: indices of tokens closing a bracket that a token of their column opened a line or two above (`ナ)` under
    #: `進捗の遅れ(コロ`): that cell's rest, placed by its text (`_opened_above`)
    closing: frozenset[int] = frozenset()

    @property
    def centre(self) -> float:
        return (self.number + (self.last or self.number)) / 2

    @property
    def whole(self) -> bool:
        return not self.in_cell and _whole_line(self.tokens, self.kinds)

    @property
    def text_only(self) -> bool:
        return not self.whole and all(kind == T_TEXT for kind in self.kinds)

    def cells(self, width: int) -> list[str]:
        if self.whole:  # in the first column, or in the goal column of its level (`_level_cells`)
            cells = [""] * width
            cells[self.columns[0] if self.columns else 0] = " ".join(self.tokens)
            return cells
        cells = [""] * width
        for token, column in zip(self.tokens, self.columns, strict=True):
            cells[column] = f"{cells[column]} {token}".strip()
        return cells

    def text_in(self, column: int) -> str:
        """The line's text in `column`; none for a line placed in no column yet (a `※` note across the table
        under a row, read as a whole line: `_name_end` asks for a mirror line's name text before notes are placed)."""
        if not self.columns:
            return ""
        if self.whole:  # one cell, as `cells` prints it (its columns need not name each token)
            return self.cells(column + 1)[column]
        return " ".join(t for t, c in zip(self.tokens, self.columns, strict=True) if c == column)


def _beside_one_line_name(lines: list[_Line], index: int, name_col: int) -> bool:
    """A line of text and years (`加価値の向上 (平成30年) (令和4年)`) two lines under a line of as many values, with
    a name printed alone on the line between: the values and their years are cells of two lines centred on the
    name's line, so the name is one line, and the text beside the years is another column's (a goal cell's
    second line), not the name's."""
    line = lines[index]
    if line.whole or index < 2 or not line.kinds or line.kinds[0] != T_TEXT or T_VALUE in line.kinds:
        return False
    years = line.kinds.count(T_YEAR)
    if not years or any(kind not in (T_TEXT, T_YEAR) for kind in line.kinds):
        return False
    values, middle = lines[index - 2], lines[index - 1]
    return not values.whole and not middle.whole and values.kinds.count(T_VALUE) == years \
        and T_VALUE not in middle.kinds and T_YEAR not in middle.kinds and bool(middle.text_in(name_col)) \
        and not values.text_in(name_col)


def _text_after_heading(line: _Line) -> _Line | None:
    """The text of a line that opens with a goal heading and prints only text after it (`1 しごとの創生` and a
    reason's line beside it, a sheet's goal column left of the name column), as a text-only line to judge like
    one; None for any other line."""
    if line.whole or not line.kinds or line.kinds[0] != T_HEADING:
        return None
    heads = next((k for k, kind in enumerate(line.kinds) if kind != T_HEADING), len(line.kinds))
    rest = line.kinds[heads:]
    if not rest or any(kind != T_TEXT for kind in rest):
        return None
    return _Line(line.number, line.tokens[heads:], list(rest))


def _name_possible(line: _Line, anchor: _Line, name_col: int, sentence_below: bool = False,
                   half: bool = False) -> bool:
    """Whether a text-only line next to a line of values (`anchor`) can print a line of the indicator's name.

    Cells are centred on their row: when the anchor prints part of the name, the name's other lines stand
    symmetrically around it, and the anchor's part is a middle line, as wide as the name column's full lines.
    A name part on the anchor narrower than the text-only line by more than a character (a sentence mark at its
    end aside) is the whole name: the line beside it belongs to a taller cell of another column (a reason, a
    note). `sentence_below`: text-only lines under the anchor run on to a sentence's end (a prose cell's lines
    stand around the anchor). `half`: the anchor is a row's half line (`_half_line`), its name part a line of a
    taller name, however narrow."""
    token = line.tokens[0]
    if token.endswith(SENTENCE_ENDINGS):
        return False  # the last line of a sentence: a reason's or a note's, never a name's
    own = anchor.text_in(name_col)
    if own and line.number > anchor.number and _balance(own) > 0 and _closes(token):
        return True  # the name's part on the anchor opens a bracket the line closes (`（算出方法：…と答` / `えた…）`)
    if own and not half and display_width(own) < _bare_width(token) - WIDE_CHAR:
        return False
    if own and line.number < anchor.number and display_width(token) < display_width(own) - WRAP_WIDTH_SLACK:
        return False  # a name's lines above its middle line are full lines, as wide as the middle one
    later = [anchor.text_in(c) for c in set(anchor.columns) if c > name_col and anchor.text_in(c)]
    beside = any(abs(display_width(text) - display_width(token)) <= WIDE_CHAR for text in later if is_text(text))
    as_wide = bool(own and abs(display_width(own) - display_width(token)) <= WIDE_CHAR)
    # a name cut at a clause (`…電子黒板を使うと、` / `分かることや…`): a line above the name's, as wide as it and
    # no other cell's, that stops at a mark after which the text goes on, and no sentence ends under the anchor (a
    # reason's lines around a one-line name: `…伸びておらず、` / name / `…ため。`)
    clause_above = line.number < anchor.number and token.endswith(WRAP_CONTINUATION_MARKS) and as_wide \
        and not beside and not sentence_below
    if own and is_prose(token) and not is_prose(own) and not clause_above:
        return False  # a sentence's line beside a name that reads as none
    return not beside or as_wide


def is_text(text: str) -> bool:
    """Every token of the text is plain text (no value, year, label)."""
    return all(token_type(t, SPACED) == T_TEXT for t in text.split())


def _avoid_name(lines: list[_Line], index: int, name_col: int, beside: frozenset[int] = frozenset()) -> bool:
    """A text-only line whose first token is not the name's, judged from the lines of values near it: the
    nearest above or below (lines printed further out than a line that left the name belong to the same taller
    cell), and any that prints a name too narrow to have this line around it, unless the line stops at a clause
    over a row below whose name line is as wide (its first line: `…電子黒板を使うと、` over `分かることや…児`).
    `beside`: lines of other cells printed between (a sheet's goal headings), passed over like text-only lines but
    no cell of the name's."""
    token = lines[index].tokens[0]
    verdicts = []
    narrow, wide = set(), set()
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(lines) and (lines[j].text_only or j in beside):
            j += step
        if 0 <= j < len(lines) and not lines[j].whole:
            verdicts.append((sum(k not in beside for k in range(min(j, index) + 1, max(j, index))) + 1, j))
        for k in range(j, index + step * (NAME_REACH + 1), step):
            if not 0 <= k < len(lines) or (lines[k].whole and k not in beside):
                break
            if not lines[k].text_only and not lines[k].whole and (own := lines[k].text_in(name_col)):
                if display_width(own) < display_width(token) - WRAP_WIDTH_SLACK and not _half_line(lines, k):
                    narrow.add(step)  # a one-line name near by: the name's lines would stand around it
                elif step == 1 and token.endswith(WRAP_CONTINUATION_MARKS) and \
                        abs(display_width(own) - display_width(token)) <= WRAP_WIDTH_SLACK:
                    wide.add(step)
    if narrow and not wide - narrow:
        return True
    if _bracket_around(lines, index, name_col):
        return False
    if any(_name_line_around(lines, index, j, name_col) for _, j in verdicts):
        return False  # the last line of a name centred on a row, other cells' lines printed between
    if not verdicts:
        return False
    distance = min(d for d, _ in verdicts)
    nearest = [j for d, j in verdicts if d == distance]
    if distance > 1:
        step = 1 if nearest[0] > index else -1
        inner = lines[next(k for k in range(index + step, nearest[0], step) if k not in beside)]
        return bool(inner.columns) and inner.columns[-1] != name_col
    return all(not _name_possible(lines[index], lines[j], name_col,
                                  j + 1 < len(lines) and _sentence_below(lines, j + 1), _half_line(lines, j))
               for j in nearest)


def _bracket_around(lines: list[_Line], index: int, name_col: int) -> bool:
    """A text-only line right above a row's line whose name part opens a bracket that the text-only line right under
    it closes (`年間の転入者数` / `（算出方法：…の転 812人 …` / `入者数）`): the three lines of a name centred on the
    row, its cell broken before a bracketed definition, whatever other cell the first line is as wide as."""
    row, below = index + 1, index + 2
    if below >= len(lines) or lines[row].whole or not _anchor(lines[row]) or not lines[below].text_only:
        return False
    own = lines[row].text_in(name_col)
    return bool(own) and own[0] in _OPENING and _balance(own) > 0 and _closes(lines[below].tokens[0])


def _half_line(lines: list[_Line], index: int) -> bool:
    """A line of values printing none of its row's one-line cells, next to the row's middle line that does (a
    value over its year, `と ７４．１％` over `７３．６％ … 企画調整課 順調に進捗`): the text beside its values is
    a line of the row's name, not a one-line name."""
    line = lines[index]
    return _anchor(line) and not any(kind in _ONE_LINE_CELLS for kind in line.kinds) and \
        any(0 <= k < len(lines) and _anchor(lines[k]) and any(kind in _ONE_LINE_CELLS for kind in lines[k].kinds)
            for k in (index - 1, index + 1))


def _name_line_around(lines: list[_Line], index: int, row: int, name_col: int) -> bool:
    """Text-only line `index` and the text-only line as far on the other side of the row's line of values, printed
    in the name column, are the first and last line of a name centred on the row: the upper of the two is as wide
    as the row's own name part (every line of a wrapped cell but its last fills the column), and only other cells'
    lines print between them (a sheet's goal cells, two texts or a heading on a line: `…電子黒板を使うと、` / goal /
    `分かることや…児` / goal / `童・生徒の割合`)."""
    mirror = 2 * row - index
    own = lines[row].text_in(name_col) if _anchor(lines[row]) else ""
    if not own or not 0 <= mirror < len(lines) or not (lines[index].text_only and lines[mirror].text_only) or \
            not lines[mirror].text_in(name_col):
        return False
    between = [lines[k] for k in range(min(index, mirror) + 1, max(index, mirror)) if k != row]
    if not between or any(len(line.tokens) < 2 and line.text_only for line in between):
        return False  # a line of one text between may be the name's own: the pair tells nothing
    upper = lines[min(index, mirror)].tokens[0]
    return abs(display_width(upper) - display_width(own)) <= WRAP_WIDTH_SLACK


def _table_rows(lines: list[_Line], headers: list[str], prose_width: int = 0,
                name_width: int = 0) -> list[tuple[int, list[str]]]:
    """The body lines aligned to the columns: first each line alone, then text-only lines again with the name
    column costed where the lines of values around them say the text is another column's. `prose_width`,
    `name_width`: the widths of the prose and name columns' full lines over the tables of the same header."""
    roles = [header_role(c) for c in headers]
    for line in lines:
        if not line.whole:
            line.placed = _rate_placed(line, roles)
            line.columns = align(line.kinds, roles, fixed=line.placed).columns
    values = [i for i, role in enumerate(roles) if role == VALUE]
    fewer = [i for i, line in enumerate(lines) if not line.whole and 0 < line.kinds.count(T_VALUE) < len(values)]
    straddled = {i: _straddling_years(lines, i) for i in fewer}
    for i, placement in choose_value_columns(lines, fewer, straddled, headers).items():
        lines[i].placed = placement
        lines[i].columns = align(lines[i].kinds, roles, fixed=placement).columns
        if i in fewer:
            fewer.remove(i)
    for i in sorted(fewer, key=lambda i: (not straddled[i], -lines[i].kinds.count(T_VALUE))):  # surer lines first
        line = lines[i]
        # fewer values than value columns: the others are printed on the lines beside (a value with its year
        # on two lines beside one-line values), so a column whose value stands next to this line is not this one's
        taken = frozenset(c for other in lines[max(0, i - 1):i] + lines[i + 1:i + 2] if not other.whole
                          for c, kind in zip(other.columns, other.kinds, strict=True) if kind == T_VALUE)
        if straddled[i]:
            taken = frozenset(values) - straddled[i]
        line.columns = align(line.kinds, roles, taken=taken).columns
    name_col = roles.index(NAME)
    not_name = frozenset({name_col})
    order = sorted((i for i, line in enumerate(lines) if line.text_only), key=lambda i: _distance(lines, i))
    # a sheet's goal headings are cells of its goal columns, printed beside a row's lines, not between rows
    goal_first = any(role in GOAL_COLUMN_ROLES for role in roles[:name_col])
    beside = frozenset(i for i, line in enumerate(lines) if line.whole and line.kinds[0] == T_HEADING) \
        if goal_first else frozenset()
    if any(role in _LATER_TEXT_ROLES for role in roles[name_col + 1:]):
        moved = True
        while moved:  # a heading's line moved out of the name column may settle a text-only line beside it
            moved = False
            for i in order:
                if _avoid_name(lines, i, name_col, beside):
                    lines[i].columns = align(lines[i].kinds, roles, avoid=not_name, fixed=lines[i].placed).columns
            for i, line in enumerate(lines):
                text = _text_after_heading(line)
                if text and name_col in line.columns and \
                        _avoid_name([*lines[:i], text, *lines[i + 1:]], i, name_col, beside):
                    line.columns = align(line.kinds, roles, avoid=not_name, fixed=line.placed).columns
                    moved = moved or name_col not in line.columns
    if any(role in _TEXT_COLUMN_ROLES for k, role in enumerate(roles) if k != name_col):
        for i, line in enumerate(lines):
            if name_col in line.columns and _beside_one_line_name(lines, i, name_col):
                line.columns = align(line.kinds, roles, avoid=not_name, fixed=line.placed).columns
        for i in order:
            if name_col in lines[i].columns and (_mirror_avoids_name(lines, i, name_col, goal_cells=goal_first)
                                                 or _centre_mirror_avoids_name(lines, i, name_col)):
                lines[i].columns = align(lines[i].kinds, roles, avoid=not_name, fixed=lines[i].placed).columns
        _prose_cells(lines, roles, name_col, order)
    if any(role in _LATER_TEXT_ROLES for role in roles[name_col + 1:]):
        _cells_beyond_short_name(lines, roles, name_col, name_width)
        _too_wide_for_prose(lines, roles, name_col, prose_width)
        _cells_centred_on_one_line_name(lines, roles, name_col)
    for i, m in _straddling_pairs(lines):
        row_name = any(lines[r].text_in(name_col) for r in range(i + 1, m) if not lines[r].text_only)
        off = row_name and any(name_col not in lines[k].columns for k in (i, m))
        both = align(lines[i].kinds, roles, avoid=not_name if off else frozenset(), partner=lines[m].kinds).columns
        for k in (i, m):
            lines[k].in_cell = lines[k].in_cell or lines[k].whole  # a marked line mirroring a cell line is one
            lines[k].columns = both
            lines[k].placed = dict(enumerate(both))
    _narrow_line_inside_name(lines, roles, name_col)
    _name_between_value_lines(lines, roles, name_col, name_width)
    if any(role in GOAL_COLUMN_ROLES for role in roles[:name_col]):
        _heading_goes_on(lines, roles, name_col)
        _name_beside_three_line_cell(lines, roles, name_col)
    _notes_in_free_columns(lines, roles, name_col)
    _notes_on_half_lines(lines, roles, name_col)
    _notes_beside_one_line_cells(lines, roles, name_col)
    _marked_note_pieces(lines, roles, name_col)
    _full_prose_lines(lines, roles, name_col)
    _name_around_nameless_row(lines, roles, name_col)
    _open_name_goes_on(lines, roles, name_col)
    _level_cells(lines, roles, name_col)
    for i, line in enumerate(lines):
        if line.whole:
            continue
        fixed = {k: c for k, token in enumerate(line.tokens) if _closes(token)
                 and (c := _opened_above(lines, i)) is not None}
        if fixed:
            line.columns = align(line.kinds, roles, fixed={**line.placed, **fixed}).columns
            line.closing = frozenset(k for k, c in fixed.items() if line.columns[k] == c)
    return [(line.number, line.cells(len(roles))) for line in lines]


def _heading_column(token: str, roles: list[str], goal_cols: list[int]) -> int | None:
    """The goal column a labelled heading's level stands for (`重点施策 1-1 方針1:…`, a policy: the measure column;
    `基本目標1 …`: the goal column): the deepest column whose role's level is no deeper than the heading's."""
    level = goal_level(unglued_heading(token) or token)
    if level is None and policy_heading(token):
        level = POLICY_LEVEL
    fitting = [c for c in goal_cols if level is not None and ROLE_LEVELS.get(roles[c], level + 1) <= level]
    return fitting[-1] if fitting else None


def _keep_others(line: _Line, token: int, roles: list[str], column: int) -> None:
    """Token `token` of the line placed in column `column`, every other token kept in its column."""
    line.placed = {**dict(enumerate(line.columns)), token: column}
    line.columns = align(line.kinds, roles, fixed=line.placed).columns


def _level_cells(lines: list[_Line], roles: list[str], name_col: int) -> None:
    """The cells of a sheet with several goal columns (a goal merged over its measures' rows, each measure merged
    over its own), printed interleaved by height (pdfplumber): each cell's lines to its level's column.
    - A labelled heading goes to the column of its level (`重点施策 1-1 方針1:…` to the measure column), whether
      printed whole on its line or first on a line of the row's other cells.
    - A cell is centred on its row's line: a lone line below it (`育てまでの切れ目のない支援`, or the one goal-column
      text opening a line) is the last line of the goal-column cell whose heading is printed as far above the row's
      line (no other heading of that column between), no wider than that column (`る社会の実現` two lines under
      the row, mirroring the project heading opening the goal's cell; the measure's second line right under it,
      mirroring the measure's labelled first). A lone line so found is no line of the row's name (`goal_end`: the
      row's values are read without a doubt from it).
    - A row's line printing one goal-column text, between two lines of another goal column's cell and not between
      two of its own column's, wider than any other line of its own column, prints that cell's middle line (a
      three-line measure centred on a one-line row)."""
    goal_cols = [c for c in range(name_col) if roles[c] in GOAL_COLUMN_ROLES]
    if len(goal_cols) < 2:
        return
    for line in lines:
        if line.whole and line.kinds == [T_HEADING]:
            column = _heading_column(line.tokens[0], roles, goal_cols)
            if column is not None and column != goal_cols[0]:
                line.columns, line.placed = [column], {0: column}
            continue
        for k, kind in enumerate(line.kinds):
            if kind == T_HEADING and line.columns and line.columns[k] in goal_cols and \
                    (column := _heading_column(line.tokens[k], roles, goal_cols)) is not None and \
                    column != line.columns[k] and column not in line.columns:
                _keep_others(line, k, roles, column)
    at = {line.number: line for line in lines}

    def goal_cells(line: _Line | None) -> dict[int, str]:
        if line is None or not line.columns:
            heading = line is not None and line.whole and line.kinds[0] == T_HEADING
            return {goal_cols[0]: " ".join(line.tokens)} if heading else {}
        return {c: line.text_in(c) for c in sorted(set(line.columns)) if c in goal_cols}

    def row_line(line: _Line | None) -> bool:  # a row's line: its values, or its name beside a cell's
        return line is not None and not line.whole and \
            (T_VALUE in line.kinds or T_KIND in line.kinds or name_col in line.columns)

    def heading_in(line: _Line | None, column: int) -> bool:
        return line is not None and any(kind == T_HEADING and c == column
                                        for kind, c in zip(line.kinds, line.columns or [goal_cols[0]], strict=False))

    def column_width(column: int) -> int:  # the widest line the column prints
        return max((display_width(cells[column]) for cells in map(goal_cells, lines) if column in cells), default=0)

    for line in lines:
        if line.whole or line.kinds[0] != T_TEXT or not line.columns:
            continue
        lone = line.text_only and len(line.tokens) == 1
        if not lone and (line.columns[0] not in goal_cols or len(goal_cells(line)) != 1):
            continue
        for step in range(1, ROW_REACH + 1):
            row, mirror = at.get(line.number - step), at.get(line.number - 2 * step)
            if not row_line(row):
                continue
            if line.columns[0] == name_col and mirror is not None and name_col in mirror.columns:
                break  # a name's last line, mirroring its first
            cells = goal_cells(mirror)
            others = set(line.columns[1:])  # the mirror's other cells go on here too (a name's two lines)
            if len(cells) != 1 or (mirror is not None and set(mirror.columns) - set(goal_cols) - others):
                continue  # a row of several lines: its middle may be further up
            (column, _), = cells.items()
            if not heading_in(mirror, column) or \
                    any(heading_in(at.get(n), column) for n in range(line.number - 2 * step + 1, line.number)):
                break  # a cell opens with its heading; one between starts another cell, the mirror's ends above it
            if display_width(line.tokens[0]) <= column_width(column) + WRAP_WIDTH_SLACK:
                _keep_others(line, 0, roles, column)
                line.goal_end = lone
            break
    middles = []  # a row's line printing one goal-column text between two lines of another goal column's cell
    for line in lines:
        cells = goal_cells(line)
        if not row_line(line) or len(cells) != 1 or line.kinds[0] != T_TEXT:
            continue
        (own, _), = cells.items()
        near = [goal_cells(at.get(line.number + d)) for d in (-1, 1)]
        far = [goal_cells(at.get(line.number + d)) for d in (-2, 2)]
        around = set(near[0]) & set(near[1])
        if len(around) == 1 and own not in around and not all(own in cells for cells in far):
            middles.append((line, own, around.pop()))
    widths: dict[int, int] = {}
    for line in lines:
        if not any(line is middle for middle, _, _ in middles):
            for c, text in goal_cells(line).items():
                widths[c] = max(widths.get(c, 0), display_width(text))
    for line, own, column in middles:
        if display_width(line.tokens[0]) > widths.get(own, display_width(line.tokens[0])):  # (no other: no width)
            _keep_others(line, 0, roles, column)


def _rate_placed(line: _Line, roles: list[str]) -> dict[int, int]:
    """Token index → column for a row printing a rate among values of another unit (`7件 70.0% 10件`,
    `token_types.rate_apart`): the rate is the first progress column's after a value column (進捗率, 達成度), and
    the values before it end in the value column right before that one (a rate is printed beside the values it is
    computed from; a stand-in before them the text layer dropped, pypdfium2 printing no `―`, leaves the first
    empty). Empty when the row prints no such rate."""
    values = [k for k, kind in enumerate(line.kinds) if kind == T_VALUE]
    rate = rate_apart([line.tokens[k] for k in values])
    first_value = roles.index(VALUE) if VALUE in roles else len(roles)
    column = next((c for c, role in enumerate(roles) if role == "progress" and c > first_value), None)
    if rate is None or column is None:
        return {}
    before = values[:rate]
    slots = [c for c, role in enumerate(roles) if role == VALUE and c < column]
    if len(before) > len(slots):
        return {}
    return {values[rate]: column, **dict(zip(before, slots[len(slots) - len(before):], strict=True))}


#: How many of a prose column's sentence lines tell its width (fewer: too few to bound it).
MIN_PROSE_SAMPLES = 3


def _to_name(line: _Line, token: int, roles: list[str], name_col: int) -> None:
    """Token `token` of the line placed in the name column, the line's other placements kept."""
    _to_column(line, token, roles, name_col)


def _to_column(line: _Line, token: int, roles: list[str], column: int) -> None:
    """Token `token` of the line placed in column `column`, the line's other placements kept."""
    line.placed = {**line.placed, token: column}
    line.columns = align(line.kinds, roles, fixed=line.placed).columns


def _name_around_nameless_row(lines: list[_Line], roles: list[str], name_col: int) -> None:
    """A row's line of values that prints no name, between two text-only lines of one token each, only one of them
    placed in the name column: cells are centred on their row, so the name's lines stand symmetrically around it,
    and the other line is the name's too, not a line of another column's cell (`就労支援セミナー等の講座` over
    `− 10件 関連事業: …` over `開催数（…）`, its first line as wide as the note beside the values)."""
    for r in range(1, len(lines) - 1):
        row, pair = lines[r], (lines[r - 1], lines[r + 1])
        if row.whole or T_VALUE not in row.kinds or row.text_in(name_col):
            continue
        if not all(line.text_only and len(line.tokens) == 1 for line in pair):
            continue
        named = [name_col in line.columns for line in pair]
        if named.count(True) != 1:
            continue
        other = pair[named.index(False)]
        if not other.tokens[0].endswith(SENTENCE_ENDINGS):  # a sentence's last line: a reason's, never a name's
            _to_name(other, 0, roles, name_col)


def _open_name_goes_on(lines: list[_Line], roles: list[str], name_col: int) -> None:
    """A name ending open (`がんの`, a particle: `open_name`) followed on its line by a text token placed in a later
    column, the name printed on no line after it: the name goes on in that token (a space printed inside the name,
    `がんの 75歳未満年齢調整死亡率`), not another column's cell. A line of values without a name right below it
    would print the row whose name's last line is still to come, so the token stays where it is."""
    for i, line in enumerate(lines):
        if line.whole or name_col not in line.columns:
            continue
        last = max(k for k, c in enumerate(line.columns) if c == name_col)
        after = last + 1
        if after >= len(line.tokens) or line.kinds[after] != T_TEXT or not open_name(line.tokens[last]) \
                or is_prose(line.tokens[after]):
            continue
        below: list[_Line] = []
        for other in lines[i + 1:i + 1 + NAME_REACH]:
            if other.whole:
                break
            below.append(other)
        if any(other.text_in(name_col) for other in below) or \
                (below and T_VALUE not in line.kinds and T_VALUE in below[0].kinds):
            continue
        _to_name(line, after, roles, name_col)


#: Roles of the columns that never print a number the way a value does (a rate column `進捗率` does).
_TEXT_ONLY_ROLES = frozenset({NAME, VALUE, "department", "kind", *_TEXT_COLUMN_ROLES})
#: Types a row's line may print besides its name and values and still be read without a guess: one-line cells.
_SURE_KINDS = frozenset({T_TEXT, T_VALUE, T_KIND, T_PROGRESS, T_DEPARTMENT})
#: A row's number in the number column, a unit word in the unit column: one-line cells typed by what they are in
#: the one column that takes them (`2 企業誘致件数 件 2 6 8`).
_OWN_COLUMN_KINDS = frozenset({(T_NUMBER, NUMBER), (T_UNIT, UNIT)})
#: Tokens placed among a line's values by their order (a year, a stand-in `―`): the line's values are placed so too.
_ORDERED_KINDS = frozenset({T_YEAR, T_STAND_IN})


def _header_in_order(columns: list[str]) -> bool:
    """The value columns rebuilt from a band read in the usual order, a baseline first and the years they name
    rising left to right: a band whose cells' centring placed them otherwise (`実績値 目標値` over `指標名 基準値`)
    may have been rebuilt wrong, and no row under it is read without a guess."""
    parsed = [parse_header(c) for c, role in zip(columns, map(header_role, columns), strict=True) if role == VALUE]
    baselines = [k for k, (role, _) in enumerate(parsed) if role == "baseline"]
    years = [int(found.group()) for _, period in parsed if period and (found := re.search(r"\d{4}", period))]
    return baselines in ([], [0]) and years == sorted(years)


def _line_doubt(lines: list[_Line], index: int, roles: list[str], open_end: bool,
                labels: frozenset[int] = frozenset()) -> str | None:
    """Which guess places a row's line (an `UNCERTAIN_REASONS` code), None for a line read without one: one value
    in every value column (nothing to place by year or by the lines beside), before them one text token, the
    name's, and after them only text (what stands after the values is no name's) and cells typed by what they are (a
    kind word, a department, a progress label); beside it lines of other rows, headings, notes and captions, or the
    header above (a line of text beside it may be its name's other line, a line of years its values' periods).
    `open_end`: the table's last line may go on after a header repeated on the next page, so it is no such line.
    `labels`: the progress columns whose header names a label (`進捗状況`, `label_progress_header`): left empty, no
    value of the line can be theirs (a rate column `進捗率` left empty may hold one of them: `empty_column`). In
    a sheet, goal headings before the name are its goal cells (in doubt on their own, `Grid.goals_guessed`), and the
    lines beside are those past the goal headings. A line beside that prints only pieces of a wrapped one-line cell
    (`概ね順調に` / `進捗`, `_piece_line`) or ends a sentence (a prose cell's last line, never a name's) prints
    neither the name's other line nor the values' years."""
    line = lines[index]
    if line.goal_end or (line.whole and line.columns):
        # a goal cell's last line, or a labelled heading in its level's column (`_level_cells`): no name's nor
        # value's line (the goals they print are in doubt on their own: `Grid.goals_guessed`)
        return None
    name_col = roles.index(NAME)
    if line.whole and line.kinds == [T_HEADING] and roles[0] in GOAL_COLUMN_ROLES and NUMBER not in roles:
        # a goal heading alone on its line in a sheet opening with a goal column and numbering no row: that column's
        # cell (`_Line.cells`; the goal in doubt on its own), no piece of a name; only which row it stands beside
        # is a guess, which the centring settles
        return "name_line"
    goal_cells = {k for k, kind in enumerate(line.kinds) if kind == T_HEADING and line.columns
                  and roles[line.columns[k]] in GOAL_COLUMN_ROLES and line.columns[k] < name_col}
    values = [c for c, role in enumerate(roles) if role == VALUE]
    at = [k for k, kind in enumerate(line.kinds) if kind == T_VALUE]
    untyped = {kind for k, kind in enumerate(line.kinds) if k not in goal_cells and kind not in _SURE_KINDS
               and (kind, roles[line.columns[k]] if line.columns else None) not in _OWN_COLUMN_KINDS}
    if line.whole or not line.columns or untyped - _ORDERED_KINDS:
        return "text_placed"
    if not at and not untyped:
        return _text_line_doubt(line, roles, values[-1])
    if not at and untyped == {T_YEAR} and _year_in_each_value_column(line, values):
        return _text_line_doubt(line, roles, values[-1])  # the values' years, one under each: only its row is a guess
    placed = sorted(line.columns[k] for k in at)
    if untyped or placed != values or not at or at[-1] - at[0] + 1 != len(at):
        return "values_by_order"
    lead = [line.columns[k] for k in range(at[0]) if line.kinds[k] == T_TEXT]
    if lead not in ([name_col], []) or any(line.columns[k] <= values[-1] for k in range(at[-1] + 1, len(line.tokens))):
        return "text_placed"
    if any(role in GOAL_COLUMN_ROLES for role in roles[:name_col]) and any(
            line.kinds[k] == T_TEXT and single_glyph(line.tokens[k].split()[0]) for k in range(at[0])):
        return "text_placed"  # a goal cell printed upright, a glyph a line: its glyph may open the name (`基 年間…`)
    if not lead:
        return "name_beside"
    empty = {roles[c] for c in range(len(roles))
             if roles[c] not in _TEXT_ONLY_ROLES and c not in line.columns and c not in labels}
    if empty and not (empty == {"progress"} and no_rate_among([line.tokens[k] for k in at])):
        return "empty_column"  # a column left empty that may print a number (a rate `進捗率`, a change): a value
        # may be its, unless the column is a progress rate's and no value is a rate (values of one unit other than %)
    # a sheet's goal headings are printed beside the rows' lines (`_table_rows`): the lines past them tell
    beside = any(role in GOAL_COLUMN_ROLES for role in roles[:name_col])
    above = [lines[k]] if (k := _next_line(lines, index, -1, beside)) is not None else []
    below = [lines[k]] if (k := _next_line(lines, index, 1, beside)) is not None else []
    if not below and open_end:
        return "row_cut_at_page"
    if all(other.whole or other.goal_end or (not other.text_only and T_VALUE in other.kinds and other.text_in(name_col))
           or _piece_line(other) or (other.text_only and other.tokens[-1].endswith(SENTENCE_ENDINGS))
           or _later_text_line(other, roles, values[-1]) for other in above + below):
        return None
    return "lines_beside"


def _year_in_each_value_column(line: _Line, values: list[int]) -> bool:
    """The line prints one year in each value column, side by side and nothing between them (`（平成29年） （令和3年）
    …` under a row's values): placed by their order, but as many as the columns, so each is its column's."""
    years = [k for k, kind in enumerate(line.kinds) if kind == T_YEAR]
    return sorted(line.columns[k] for k in years) == values and years[-1] - years[0] + 1 == len(years)


def _text_line_doubt(line: _Line, roles: list[str], last_value: int) -> str:
    """Which guess places a line of text and one-line cells printing no value: `name_line` when its text stands in
    the name column or a prose column right of the values, or closes a bracket a cell right of the values opened
    above (`ナ)` under `進捗の遅れ(コロ`: that cell's rest; the line goes with the row whose lines the centring
    gathers, `ingest.table.centred`), else `text_placed` (the name's may have been read as another column's). In a
    table with goal columns, `text_placed` too unless every text of the line follows a typed cell right of the goal
    columns (`_after_goal_columns`; a line of the values' years prints none) or stands in a prose column right of
    the values (a goal cell's piece read there would change the goal, in doubt on its own, `Grid.goals_guessed`,
    not the row's name): a goal cell's piece may have been read as the name's."""
    def later(k: int) -> bool:  # a prose cell's text right of the values, or the rest of a cell wrapped there
        return line.columns[k] > last_value and (roles[line.columns[k]] in _LATER_TEXT_ROLES or k in line.closing)

    texts = [k for k, kind in enumerate(line.kinds) if kind == T_TEXT]
    goal_cols = [c for c, role in enumerate(roles) if role in GOAL_COLUMN_ROLES]
    if goal_cols and not all(_after_goal_columns(line, k, max(goal_cols)) or later(k) for k in texts):
        return "text_placed"
    name_col = roles.index(NAME)
    return "name_line" if all(line.columns[k] == name_col or later(k) for k in texts) else "text_placed"


def _after_goal_columns(line: _Line, index: int, last_goal: int) -> bool:
    """The line's token `index` stands after a cell typed by what it is (a kind word `KPI`, a department) in a
    column right of every goal column: no goal cell's piece, whose column would be left of it."""
    return any(line.kinds[k] in _SURE_KINDS and line.kinds[k] != T_TEXT and line.columns[k] > last_goal
               for k in range(index))


def _joined_names(doubts: dict[int, str | None], body: list[_Line], rows: list[tuple[int, list[str]]],
                  roles: list[str]) -> dict[int, str | None]:
    """`doubts` with `lines_joined` for a line left to the interpreter's gathering (`GATHERING_DOUBTS`) whose row
    this reader already joined with other lines' text (a name printed between two role rows): which row that text
    goes with was guessed here, so no centring of the interpreter's settles it."""
    own = {line.number: line for line in body}
    inside = _names_inside_pairs(rows, roles)
    for number, cells in rows:
        if doubts.get(number) in GATHERING_DOUBTS and cells != own[number].cells(len(cells)) \
                and number not in inside:
            doubts[number] = "lines_joined"
    return doubts


def _names_inside_pairs(rows: list[tuple[int, list[str]]], roles: list[str]) -> set[int]:
    """The lines of the two role rows of one indicator's pair that `_name_between_roles` gave the name printed
    between them: the first prints the role word every pair of the table opens with (its first role row's,
    `目標`), the second another (`実績`), both that name. A name between two pairs (`実績` / name / `目標`) may be
    either's, a guess; inside a pair it is that pair's, whatever the centring."""
    if "kind" not in roles:
        return set()
    name, kind = roles.index(NAME), roles.index("kind")

    def role_row(cells: list[str]) -> str | None:
        return row_role_word(cells[kind]) if any(
            cells[c] for c, role in enumerate(roles) if role == VALUE) else None

    words = [role_row(cells) for _, cells in rows]
    opening = next((word for word in words if word is not None), None)
    pairs = {k for k in range(len(rows) - 1) if opening is not None and words[k] == opening
             and words[k + 1] not in (None, opening) and rows[k][1][name] and rows[k + 1][1][name] == rows[k][1][name]}
    return {rows[k + d][0] for k in pairs for d in (0, 1)}


def _later_text_line(line: _Line, roles: list[str], last_value: int) -> bool:
    """A line of text only, every token placed in a prose column right of the values (a reason, a note): a line
    of another cell, since a name is printed before its values, never after them."""
    return line.text_only and bool(line.columns) and all(c > last_value and roles[c] in _LATER_TEXT_ROLES
                                                         for c in line.columns)


def _next_line(lines: list[_Line], index: int, step: int, past_headings: bool) -> int | None:
    """The line next to line `index` in direction `step`, past goal headings when `past_headings`; None at the end."""
    k = index + step
    while past_headings and 0 <= k < len(lines) and lines[k].whole and lines[k].kinds[0] == T_HEADING:
        k += step
    return k if 0 <= k < len(lines) else None


def _bare_width(text: str) -> int:
    """Display width without a sentence mark at the end (`、` and `。` may hang beyond the column's edge)."""
    return display_width(text.rstrip("".join(PROSE_MARKS)))


def prose_line_width(bodies: list[list[_Line]]) -> int:
    """The widest line of sentence text (`、`, `。`) printed alone on its line in tables of one header, which have
    one prose column after the name: that column's width (0 when fewer than `MIN_PROSE_SAMPLES` lines tell)."""
    samples = [_bare_width(line.tokens[0]) for body in bodies for line in body
               if line.text_only and len(line.tokens) == 1 and is_prose(line.tokens[0])]
    return max(samples) if len(samples) >= MIN_PROSE_SAMPLES else 0


def _too_wide_for_prose(lines: list[_Line], roles: list[str], name_col: int, widest: int) -> None:
    """Text-only lines placed in the prose column (a reason) that are wider than any of its sentence lines
    (`widest`, measured over the tables of the same header), put back in the name column, with the line mirroring
    them around the row's line of values.

    A column wraps its text at its width, so a line wider than every line of the column that reads as a sentence
    (`、`, `。`) is no line of it: it is the name's (`自分の住んでいる地域` over a reason column eight characters
    wide), and so is the line as far below the row (cells are centred on their row: the two print one cell)."""
    prose = [c for c in range(name_col + 1, len(roles)) if roles[c] in PROSE_ROLES]
    if not widest or len(prose) != 1:
        return
    for col in prose:
        avoid = frozenset({col})
        for line in lines:
            _peel_prose_line(line, roles, col, widest)
        for i, line in enumerate(lines):
            if not (line.text_only and len(line.tokens) == 1 and line.columns == [col]) or \
                    _bare_width(line.tokens[0]) <= widest + 1:
                continue
            line.columns = align(line.kinds, roles, avoid=avoid, fixed=line.placed).columns
            if name_col not in line.columns:
                continue
            for a in (i + 1, i - 1, i + 2, i - 2):
                if 0 <= a < len(lines) and _anchor(lines[a]) and \
                        not any(lines[k].whole for k in range(min(a, i), max(a, i) + 1)):
                    if _enclosed_mirror(lines, a, i, col) and lines[a].text_in(name_col):
                        mirror = lines[2 * a - i]
                        mirror.columns = align(mirror.kinds, roles, avoid=avoid, fixed=mirror.placed).columns
                    break


def _peel_prose_line(line: _Line, roles: list[str], col: int, widest: int) -> None:
    """The text tokens a line places last in the prose column `col`, when together wider than any of its sentence
    lines (`widest`): the column prints one line of its cell on a text line, so the tokens before the last ones that
    fit are another cell's (the name's line beside a reason's, `高等教育機関との連携 た参加者数が、そ`), put out of
    the column; the line's other placements are kept."""
    if line.whole or col not in line.columns:
        return
    start = line.columns.index(col)
    if any(c != col for c in line.columns[start:]) or any(kind != T_TEXT for kind in line.kinds[start:]):
        return
    k = start
    while k < len(line.tokens) - 1 and _bare_width(" ".join(line.tokens[k:])) > widest + 1:
        k += 1
    if k == start:
        return
    line.columns = align(line.kinds, roles, avoid=frozenset({col}),
                         fixed={**dict(enumerate(line.columns[:start])), **line.placed,
                                **dict.fromkeys(range(k, len(line.tokens)), col)}).columns


#: Columns whose text a prose column's line cut at a space may have taken: the name and the goal columns before it.
_NAME_OR_GOAL = frozenset({NAME, *GOAL_COLUMN_ROLES})


def _full_prose_lines(lines: list[_Line], roles: list[str], name_col: int) -> None:
    """The text tokens printed before a line's piece of the prose column (a reason) put in that column when with
    them the piece is as wide as the column's full lines and without them clearly narrower, ending no sentence.

    A column wraps its text at its width, so every line of a prose cell but its last fills the column: a piece
    narrower than that which ends no sentence is no line of the cell on its own. The text before it on the line is
    the same line's beginning, cut off at a space printed inside the sentence (`コロナ禍で抑制されていた 件数` over
    `が、それ以前の水準に 戻りつつ`), not a name's or a goal's line beside it. Only the tokens that make the line
    full move (`現` of a goal `…の実` / `現` before `の盗難など、 窃盗に関する犯罪` stays)."""
    prose = [c for c in range(name_col + 1, len(roles)) if roles[c] in PROSE_ROLES]
    if len(prose) != 1:
        return
    col = prose[0]
    widths = [_bare_width(line.text_in(col)) for line in lines if not line.whole and col in line.columns]
    # the column's width: the one most of its text is printed at (full lines carry most of a prose cell's text; a
    # piece cut off, or a wrong line glued wider, carries little)
    full = max(widths, key=lambda w: (w * sum(w - 1 <= v <= w for v in widths), w), default=0)
    lowest = full - WIDE_CHAR  # a full line: kinsoku may keep one character back

    def width(tokens: list[str]) -> int:
        return _bare_width(" ".join(tokens))

    for line in lines:
        if line.whole or col not in line.columns:
            continue
        start = line.columns.index(col)
        rest = line.tokens[start:]
        if any(c != col for c in line.columns[start:]) or rest[-1].endswith(SENTENCE_ENDINGS) or \
                width(rest) >= lowest:
            continue
        k = start
        while k > 0 and line.kinds[k - 1] == T_TEXT and roles[line.columns[k - 1]] in _NAME_OR_GOAL and \
                width(line.tokens[k:]) < lowest:
            k -= 1
        if k < start and lowest <= width(line.tokens[k:]) <= full:
            kept = dict(enumerate(line.columns[:k]))
            moved = dict.fromkeys(range(k, len(line.tokens)), col)
            line.columns = align(line.kinds, roles, fixed={**line.placed, **kept, **moved}).columns


def _cells_centred_on_one_line_name(lines: list[_Line], roles: list[str], name_col: int) -> None:
    """The lines just around a row's line of values that prints one name token, given to the cell their neighbours
    and their mirror say they print.

    Cells are centred on their row, and pdfplumber prints their lines interleaved by height. A name printed on the
    row's line has an odd number of lines; a prose cell (a reason) whose lines stand half a line off it has an even
    number and prints a line just above and just below the row's line. So two lone texts in the name column just
    around it, with the prose column's lines right outside both, are that prose cell's (`…知識ややり方が` / name /
    `うまく引き継がれて…`): a name of three lines would print its outer lines there, and a prose cell reaching past
    them would print a line between them and the row's (an even one) or on their lines (an odd one: two texts).
    The outer lines must be that cell's: no sentence ends above the row (the row above's reason), and the one
    below runs on to a sentence's end (not the next row's).
    And when one of the two lines prints the name's first line, the other prints its last (`…誇りに思っ` /
    `て 85.2% …` / `いる児童・生徒の割合`; `…公開講 コロナ禍で…` / `座 248人 …` / `参加者数 ていないため。`): the
    first text of that line is the name's, not a prose cell's line that no line above mirrors (alone), nor glued
    to the prose cell's last line (with more text of that column). When the row's piece is clearly narrower than
    the first line it may be the name's last (`ふるさとの自然を大切に` / `思う児童`): a lone line then continues
    the name only when it opens with a hiragana letter (it goes on a text cut mid-phrase)."""
    prose = [c for c in range(name_col + 1, len(roles)) if roles[c] in PROSE_ROLES]
    if len(prose) != 1:
        return
    col = prose[0]
    for a in range(1, len(lines) - 1):
        row, above, below = lines[a], lines[a - 1], lines[a + 1]
        if not _anchor(row) or sum(c == name_col for c in row.columns) != 1 or \
                not (above.text_only and below.text_only):
            continue
        pair = (above, below)
        if all(line.columns == [name_col] and len(line.tokens) == 1 for line in pair):
            outer = (a - 2, a + 2)
            if 0 <= outer[0] and outer[1] < len(lines) and \
                    all(lines[k].text_only and set(lines[k].columns) == {col} for k in outer) and \
                    not lines[outer[0]].tokens[-1].endswith(SENTENCE_ENDINGS) and _sentence_below(lines, outer[1]) \
                    and not any(line.tokens[0].endswith(SENTENCE_ENDINGS) for line in pair):
                for line in pair:
                    line.placed = {**line.placed, 0: col}
                    line.columns = align(line.kinds, roles, fixed=line.placed).columns
            continue
        for named, other in (pair, pair[::-1]):
            if not named.columns or named.columns[0] != name_col or name_col in other.columns or \
                    len(set(other.columns)) != 1 or other.tokens[0].endswith(SENTENCE_ENDINGS):
                continue
            later = other.columns[0]
            if (len(other.tokens) == 1) == (later in named.columns):
                continue  # alone: no line of the other cell mirrors it; with more: that cell's line mirrors it
            short = display_width(row.text_in(name_col)) < display_width(named.text_in(name_col)) - WRAP_WIDTH_SLACK
            if short and len(other.tokens) == 1 and not is_hiragana(nfkc(other.tokens[0])[:1]):
                continue  # the row's piece may end the name (`思う児童`): only a line going on a cut text continues it
            _to_name(other, 0, roles, name_col)
            break


def _enclosed_mirror(lines: list[_Line], a: int, i: int, col: int) -> bool:
    """Whether the line mirroring line `i` around the row's line of values `a` is a line of the same cell: a single
    text in column `col` (no sentence), with the lines one further out on both sides text lines of `col` — the
    taller cell that prints them encloses both, so both are the row's (not a line of the next row's)."""
    m = 2 * a - i
    outer = (min(i, m) - 1, max(i, m) + 1)
    if not (0 <= outer[0] and outer[1] < len(lines)):
        return False
    mirror = lines[m]
    return mirror.text_only and len(mirror.tokens) == 1 and mirror.columns == [col] and \
        not is_prose(mirror.tokens[0]) and all(lines[k].text_only and lines[k].columns == [col] for k in outer)


#: Types of the one-line cells of a row (a kind word, a progress label, a department): printed on its middle line.
_ONE_LINE_CELLS = (T_KIND, T_PROGRESS, T_DEPARTMENT)
#: Roles of the columns that hold such cells.
_ONE_LINE_ROLES = frozenset({"kind", "progress", "department"})
#: How many lines below a row's line of values a name's last line may print (a five-line name, lines of other
#: cells printed between its lines).
NAME_END_REACH = 4


def _anchor(line: _Line) -> bool:
    """A row's line of values (not a heading or note line)."""
    return not line.whole and T_VALUE in line.kinds


def _full_name_width(lines: list[_Line], name_col: int) -> int:
    """The width of the name column's full lines, at least: the widest name printed as one token on a row's line of
    values (a one-line name or a middle line, never wider than the column). A lower bound, so that a line judged
    narrower than a full line surely is one (0 when no line tells)."""
    widths = [display_width(line.text_in(name_col)) for line in lines if _anchor(line)
              and sum(c == name_col for c in line.columns) == 1 and not is_prose(line.text_in(name_col))]
    return max(widths, default=0)


def name_line_width(bodies: list[list[_Line]], roles: list[str]) -> int:
    """`_full_name_width` over the tables of one header, each line of values aligned alone: a table whose rows all
    print their names off their lines of values (two-line names straddling them) learns the column's width from
    the others."""
    aligned = [_Line(line.number, line.tokens, line.kinds, align(line.kinds, roles).columns)
               for body in bodies for line in body if _anchor(line)]
    return _full_name_width(aligned, roles.index(NAME))


def _narrow_mirrored(lines: list[_Line], index: int, j: int, name_col: int, full: int) -> bool:
    """Whether text-only line `j` below the values line `index` and its mirror above it (cells are centred on
    their row) both print in the name column one token clearly narrower than its full lines: were they the
    name's, the upper one would be its first line, which fills the column like every line but the last."""
    mirror = 2 * index - j
    if mirror < 0 or any(_anchor(lines[k]) or lines[k].whole for k in range(mirror, index)):
        return False
    pair = (lines[j], lines[mirror])
    return all(line.text_only and len(line.tokens) == 1 and name_col in line.columns
               and _bare_width(line.tokens[0]) < full - WIDE_CHAR for line in pair)


def _name_end(lines: list[_Line], index: int, name_col: int, full: int) -> int | None:
    """The line printing the last line of the name of the row whose values line `index` prints: the first line
    below it whose text in the name column is narrower than the column's full lines (every line of a wrapped cell
    but its last fills the column), skipping lines that print nothing in the name column (a department's second
    line, a reason's line). None when no such line is found before another row, a heading or a sentence's end
    (the row's prose cell ends there), when the name column holds several tokens of a line, when it prints a
    row's one-line cells (then it is the row's middle line, the values printed with their years around it), or
    when it does not end a name centred on the row: its mirror above prints no name line (nor two texts, the
    name's first line beside another cell's). A text-only line that, like its mirror, is more than a character
    narrower than a full line (`_narrow_mirrored`) is no name's: the name ends at the last full line before it
    whose mirror prints a name line (a two-line name of full lines inside a reason of narrower lines)."""
    last = None  # the last full name line below the values, with its mirror printing a name line
    for j in range(index + 1, min(len(lines), index + 1 + NAME_END_REACH)):
        line = lines[j]
        if last is not None and _narrow_mirrored(lines, index, j, name_col, full):
            return last  # the line and its mirror, narrower than a full line, are another cell's
        if line.whole or T_VALUE in line.kinds or (line.text_only and line.tokens[-1].endswith(SENTENCE_ENDINGS)):
            return None  # another row, a heading, or the end of the row's prose cell: no name line of the row below
        text = line.text_in(name_col)
        if not text:
            continue
        if " " in text:
            return None  # several tokens in the name column: its width tells nothing
        mirror = 2 * index - j
        if display_width(text) >= full - WIDE_CHAR and mirror >= 0 and lines[mirror].text_in(name_col):
            last = j
        if display_width(text) >= full - WRAP_WIDTH_SLACK:
            continue  # a full line: the name goes on
        if not line.text_only:
            return None  # a line of one-line cells (a department, a progress label) is the row's middle line
        if mirror < 0 or any(_anchor(lines[k]) or lines[k].whole for k in range(mirror, index)):
            return None
        above = lines[mirror]
        return j if above.text_in(name_col) or (above.text_only and len(above.tokens) > 1) else None
    return None


def _cells_beyond_short_name(lines: list[_Line], roles: list[str], name_col: int, name_width: int = 0) -> None:
    """Lines of a taller text cell (a reason) taken out of the name column where the name's own lines say it ends.

    pdfplumber prints the lines of a row's cells interleaved by their height (a two-line name's lines between a
    nine-line reason's), so a run of text-only lines mixes the name's lines with the reason's. Every line of a
    wrapped cell but its last fills the column: the first line under the row's values whose name text is narrower
    than a full name line (`_name_end`) is the name's last. The lines of the name column after it, up to a line
    of the reason column, are the reason's (not the next row's name: that would stand right before its values),
    and so are the lines above the row as far from it as those (cells are centred on their row, so a line and its
    mirror print the same cell), up to one mirroring a name line around the row above's values (that name's last
    line). A line above the name's first line that no row above reaches (`_row_above_reaches`: right under the
    header, `市民意識調査における「重点施策 7-1` over `互いに…満` / values / `足度` / `に関する市民の満足度`) is the
    taller cell's, and so is its mirror below the name's last line, though a next row's name could start there.
    The line mirroring the name's last line prints the name's first line: when it prints two texts and none
    in the name column, the first is the name's. The full width is the table's own, or `name_width` (the tables of
    the same header) when wider: a table whose names all straddle their rows tells none."""
    full = max(_full_name_width(lines, name_col), name_width)
    if not full:
        return
    not_name = frozenset({name_col})
    one_line = any(role in _ONE_LINE_ROLES for role in roles)
    for a, row in enumerate(lines):
        if not _anchor(row) or (one_line and not any(kind in _ONE_LINE_CELLS for kind in row.kinds)):
            continue  # no values, or values printed off the row's middle line (their years on the lines beside)
        if (end := _name_end(lines, a, name_col, full)) is None:
            continue
        beyond = []
        k = end + 1
        while k < len(lines) and lines[k].text_only and name_col in lines[k].columns:
            beyond.append(k)
            k += 1
        if not (k < len(lines) and lines[k].text_only):
            beyond = []  # the run runs into the next row's values: its lines may be that row's name
        cut = set()
        for j in beyond:
            mirror = 2 * a - j
            if mirror >= 0 and lines[mirror].text_only and \
                    not any(_anchor(lines[m]) or lines[m].whole for m in range(mirror, a)):
                cut.add(j)
        above = next((p for p in range(a - 1, -1, -1) if _anchor(lines[p]) or lines[p].whole), None)
        for i in range(a - 1, -1, -1):
            line = lines[i]
            if _anchor(line) or line.whole:
                break
            mirror = 2 * a - i
            if mirror >= len(lines) or any(_anchor(lines[m]) or lines[m].whole for m in range(a + 1, mirror + 1)):
                break  # the mirror lies beyond the next row: the line may be this row's or the row above's
            if above is not None and _anchor(lines[above]) and i - above <= ROW_REACH and 2 * above - i >= 0 and \
                    lines[2 * above - i].text_only and lines[2 * above - i].text_in(name_col):
                break  # it mirrors a name line around the row above's values: that name's last line
            if mirror > end and line.text_only and name_col in line.columns and lines[mirror].text_only and \
                    (mirror in cut or name_col not in lines[mirror].columns or
                     not _row_above_reaches(lines, above, i)):
                cut.add(i)
                if name_col in lines[mirror].columns:
                    cut.add(mirror)  # the two print one cell, centred on the row: not the next row's name
        for i in cut:
            lines[i].columns = align(lines[i].kinds, roles, avoid=not_name, fixed=lines[i].placed).columns
        first = 2 * a - end
        top = lines[first] if 0 <= first < a else None
        if top is not None and top.text_only and len(top.tokens) > 1 and name_col not in top.columns and \
                first not in cut:
            top.columns = align(top.kinds, roles, fixed={**top.placed, 0: name_col}).columns


#: How many lines above and below a row's middle line its cells may print (a three-line cell beside two-line ones).
ROW_REACH = 2


def _row_above_reaches(lines: list[_Line], above: int | None, index: int) -> bool:
    """Whether text-only line `index` may print a cell of the row whose line of values is `above`: its mirror around
    that line (cells are centred on their row) is a text-only line too, ending no sentence (a cell ending above its
    row's middle line is an earlier row's), no heading or other row between. A line whose mirror falls on the
    table's header, a heading, another row or a sentence's end is no line of the row above; nor is one whose mirror
    is the row before's: nearer its line of values, whose other side prints a text-only line as far (`特定健康診査の
    受診率` / `36.8% 60.0% …` / `（算出方法：…）`)."""
    if above is None or not _anchor(lines[above]):
        return False
    mirror = 2 * above - index
    return mirror >= 0 and lines[mirror].text_only and not lines[mirror].tokens[-1].endswith(SENTENCE_ENDINGS) \
        and not any(lines[k].whole or _anchor(lines[k]) for k in range(mirror, above)) \
        and not _row_before_reaches(lines, mirror, above)


def _row_before_reaches(lines: list[_Line], index: int, above: int) -> bool:
    """Text-only line `index`, before the line of values `above`, is the row's before it: nearer that row's line of
    values, and mirrored around it by a text-only line (the row's cells stand around its line of values)."""
    before = next((k for k in range(index - 1, -1, -1) if _anchor(lines[k])), None)
    if before is None or index - before >= above - index:
        return False
    mirror = 2 * before - index
    return mirror >= 0 and lines[mirror].text_only and not any(
        lines[k].whole or _anchor(lines[k]) for k in range(mirror, before))


def _free_value_columns(lines: list[_Line], index: int, values: list[int], reach: int = ROW_REACH) -> frozenset[int]:
    """The value columns in which no line of the row around line `index` (up to `reach` lines either side,
    no heading or note line between) prints a value or a year, when some line of it prints values."""
    around = []
    for step in (-1, 1):
        for k in range(1, reach + 1):
            j = index + step * k
            if not 0 <= j < len(lines) or lines[j].whole:
                break
            around.append(lines[j])
    row = [lines[index], *around]
    if not any(T_VALUE in line.kinds for line in row):
        return frozenset()
    used = {c for line in row for c, kind in zip(line.columns, line.kinds, strict=True) if kind in (T_VALUE, T_YEAR)}
    return frozenset(values) - used


def _note_column(lines: list[_Line], index: int, values: list[int], beside: list[_Line], name_col: int) -> int | None:
    """The first value column the row around line `index` leaves free, when it stands after every value or year the
    lines `beside` print (a note printed in a target column not set, saying why), else None."""
    free = _free_value_columns(lines, index, values, reach=1)
    used = [c for line in beside for c, kind in zip(line.columns, line.kinds, strict=True) if kind in (T_VALUE, T_YEAR)]
    return min(free) if free and min(free) >= max(used, default=name_col) else None


def _notes_in_free_columns(lines: list[_Line], roles: list[str], name_col: int) -> None:
    """Text printed in a value column the row leaves free of values (the final target's column saying why there is
    none: `令和6年3月の改訂に伴い…へ変更`), placed there instead of joined to the name.

    Judged over the row's lines: its middle line prints a one-token name and more text in the name column, and
    the lines as far above as below it (cells are centred on their row) print text only, one of them in the name
    column too: the name column cannot hold a one-line name and a taller cell's lines, so the taller cell is the
    free value column's, on all three lines. Or the lines just around the middle one print a prose cell's text
    after their values and years (`_half_line_prose`): that cell stands half a line off the middle line, so the
    text lines one further out, placed in it, are the lines of the cell the middle line prints, the note's."""
    values = [c for c, role in enumerate(roles) if role == VALUE]
    for r, line in enumerate(lines):
        if line.whole:
            continue
        _marked_note(line, lines, r, roles, name_col, values)
        if line.text_only:
            continue
        named = [k for k, c in enumerate(line.columns) if c == name_col]
        if len(named) < 2 or any(line.kinds[k] != T_TEXT for k in named):
            continue
        free = _free_value_columns(lines, r, values)
        if not free or min(free) < max((c for c, kind in zip(line.columns, line.kinds, strict=True)
                                         if kind in (T_VALUE, T_YEAR)), default=name_col):
            continue
        half = _half_line_prose(lines, r, name_col)
        mirrors = next(((r - k, r + k) for k in range(1, ROW_REACH + 1) if r - k >= 0 and r + k < len(lines)
                        and all(_note_line(lines[m], name_col) for m in (r - k, r + k))
                        and any(lines[m].columns[_past_goals(lines[m], name_col)] in (name_col, half)
                                for m in (r - k, r + k))), None)
        if mirrors is None:
            continue
        # lines judged by the half-line reason alone (none in the name column) leave that reason's column too
        by_half = half is not None and mirrors[1] - r == 2 and \
            all(lines[m].columns[_past_goals(lines[m], name_col)] != name_col for m in mirrors)
        outer = _half_line_note_lines(lines, mirrors, half) if by_half else []
        avoid = frozenset({name_col, half} if by_half else {name_col})
        for m in (*mirrors, *outer):
            goals = dict(enumerate(lines[m].columns[:_past_goals(lines[m], name_col)]))
            lines[m].columns = align(lines[m].kinds, roles, avoid=avoid,
                                     fixed={**lines[m].placed, **goals}, free=free).columns
        starts = {m: _past_goals(lines[m], name_col) for m in mirrors}
        if any(k >= len(lines[m].columns) for m, k in starts.items()):
            continue  # a note line realigned wholly left of the name column has no note column (an IndexError before)
        note = {lines[m].columns[k] for m, k in starts.items()}
        if len(note) != 1 or not note <= free:
            continue
        column = note.pop()
        fixed = {**line.placed, named[0]: name_col, **dict.fromkeys(named[1:], column)}
        line.columns = align(line.kinds, roles, fixed=fixed, free=free).columns
        if mirrors[1] - mirrors[0] > 2:
            for m in mirrors:
                _note_goes_on(lines[m], _past_goals(lines[m], name_col), column, set(line.columns))


def _name_between_value_lines(lines: list[_Line], roles: list[str], name_col: int, name_width: int = 0) -> None:
    """Lines of a taller cell (a reason) taken out of the name column around a row whose values print on two lines
    (`小学校88.7% …` / `中学校82.8% …`, or values over their years) with the row's middle line between them (its
    one-line cells, a department, a progress label, or a line of a later text column, and a line of the name).
    Cells are centred on their row, and every line of a wrapped cell but its last fills the column. When the lines
    just outside the two lines of values print the name's lines in the name column, the lower one clearly narrower
    than the upper one, it is the name's last, so the name has those three lines. When the middle line's name is
    clearly narrower than the column's full lines (`name_width`, or the widest one-line name of the table), it is
    the name's last line and so its only one, unless a line just outside the values prints a full name line (a
    producer that wraps a name's middle line short, `…感じている児` / `童・` / `生徒の割合`). The text-only lines
    further out in the name column, as far above as below the middle line (a line and its mirror print one cell),
    are the taller cell's (`経済センサス…公表` / values / `従業者数(公務を除く) されている…` / years / `者数`).
    So are the single texts just around a line of values that prints such a name itself (`_one_line_name_between`:
    `65歳以上の…介護認定` / `介護を必要としない高齢者の割合 ８１．０％ …` / `を受けていない人の割合`)."""
    full = max(_full_name_width(lines, name_col), name_width)
    later_text = frozenset(c for c in range(name_col + 1, len(roles)) if roles[c] in _LATER_TEXT_ROLES)
    for m in range(1, len(lines) - 1):
        middle = lines[m]
        if middle.whole or not middle.text_in(name_col):
            continue
        own = middle.text_in(name_col)
        if T_VALUE in middle.kinds:  # the values on the middle line, beside the name: the lines around are a cell's
            if _one_line_name_between(lines, m, name_col, full):
                _out_of_name_around(lines, m, 1, roles, name_col, 1)
            continue
        if m < 2 or m + 2 >= len(lines) or \
                not (any(kind in _ONE_LINE_CELLS for kind in middle.kinds) or later_text & set(middle.columns)):
            continue
        if not all(not lines[k].whole and lines[k].tokens and not lines[k].text_in(name_col) for k in (m - 1, m + 1)) \
                or not all(T_VALUE in lines[k].kinds or T_YEAR in lines[k].kinds for k in (m - 1, m + 1)) or \
                not any(T_VALUE in lines[k].kinds for k in (m - 1, m + 1)):
            continue
        first, last = lines[m - 2], lines[m + 2]
        if all(_anchor(lines[k]) for k in (m - 1, m + 1)) and \
                all(line.text_only and line.columns == [name_col] and len(line.tokens) == 1 for line in (first, last)) \
                and display_width(last.tokens[0]) < display_width(first.tokens[0]) - WRAP_WIDTH_SLACK:
            nearest = 3
        elif full and " " not in own and display_width(own) < full - WIDE_CHAR and \
                not any(display_width(line.text_in(name_col)) >= full - WIDE_CHAR
                        for line in (first, last) if not line.whole):
            nearest = 2
        else:
            continue
        _out_of_name_around(lines, m, nearest, roles, name_col)


def _one_line_name_between(lines: list[_Line], index: int, name_col: int, full: int) -> bool:
    """Line of values `index` prints a one-line name between two lines of a taller cell of another column: a name
    clearly narrower than the column's full lines (`full`) is its only line, unless a line around prints a full
    name line; the lines around are single texts, one of them reading as a sentence (`、`) beside a name that reads
    as none, and no other row's values stand right beyond them (their lines would be that row's name)."""
    own = lines[index].text_in(name_col)
    if not full or " " in own or display_width(own) >= full - WIDE_CHAR:
        return False
    around = [lines[k] for k in (index - 1, index + 1)]
    outer = [lines[k] for k in (index - 2, index + 2) if 0 <= k < len(lines)]
    return all(line.text_only and line.columns == [name_col] and _bare_width(line.tokens[0]) < full - WIDE_CHAR
               for line in around) and any(is_prose(line.tokens[0]) for line in around) and not is_prose(own) and \
        not any(_anchor(line) or (line.text_only and display_width(line.text_in(name_col)) >= full - WIDE_CHAR)
                for line in outer)


def _out_of_name_around(lines: list[_Line], middle: int, nearest: int, roles: list[str], name_col: int,
                        pairs: int | None = None) -> None:
    """The text-only lines from `nearest` lines around the row's middle line outwards (`pairs` of them, or as far as
    they go), as far above as below it (a line and its mirror print one cell), taken out of the name column."""
    not_name = frozenset({name_col})
    for k in range(nearest, len(lines) if pairs is None else nearest + pairs):
        above, below = middle - k, middle + k
        if above < 0 or below >= len(lines) or not all(lines[j].text_only for j in (above, below)):
            break
        for j in (above, below):
            if name_col in lines[j].columns:
                lines[j].columns = align(lines[j].kinds, roles, avoid=not_name, fixed=lines[j].placed).columns


def _heading_goes_on(lines: list[_Line], roles: list[str], name_col: int) -> None:
    """A goal heading cut by its column's width on a row's line (`1-2 ひとの流れの創 数値目標 …` over `出`): its last
    line is a lone short text up to `ROW_REACH` lines below, no wider than the heading (a wrapped cell's lines but
    its last fill the column), no sentence's, and mirroring around the row's line (cells are centred on their row)
    a heading's or note's line printed whole, not a line of a taller cell (the row's name, a note beside it) whose
    last line it would be, nor a title over a heading printed right below it: it goes in the column of the line's
    first goal cell (the outermost it prints).

    A two-line heading centred on a row prints its lines half a line off the row's line, just around it: a heading
    printed whole right above a row's line of values (`① 地域に根ざした特` between a three-line name's first and
    middle lines), or opening a line of two-line values right above the row's line of one-line cells (`② グローバル
    教育の 小学校88.7% …` over `KPI いる児童・ 学校教育課 …`). Its last line is the lone short text right below
    the row's line, or the text opening the line of values right below it (`推進 中学校82.8% …`); the lines just
    outside the two are the first and last lines of the row's name (`_name_lines_around`)."""
    for h, line in enumerate(lines):
        row = lines[h + 1] if h + 1 < len(lines) else None
        if line.whole:
            if line.kinds[0] != T_HEADING or row is None or row.whole or T_VALUE not in row.kinds:
                continue
            heading, column, middle, half = line.tokens[0], 0, h + 1, False
        else:
            heads = [k for k, kind in enumerate(line.kinds) if kind == T_HEADING and line.columns[k] < name_col]
            if not heads:
                continue
            outer = min(k for k in range(heads[0] + 1) if line.columns[k] < name_col)
            heading, column = line.tokens[outer], line.columns[outer]
            half = T_VALUE in line.kinds and row is not None and not row.whole and T_VALUE not in row.kinds and \
                any(kind in _ONE_LINE_CELLS for kind in row.kinds)
            middle = h + 1 if half else h
        for c in range(middle + 1, min(len(lines), h + 1 + ROW_REACH)):
            other = lines[c]
            if other.whole:
                break
            token = other.tokens[0]
            if half:
                if other.kinds[0] != T_TEXT or other.columns[0] > name_col or T_VALUE not in other.kinds[1:] or \
                        display_width(token) > display_width(heading) or token.endswith(SENTENCE_ENDINGS):
                    break
                _to_column(other, 0, roles, column)
                _name_lines_around(lines, h - 1, c + 1, roles, name_col)
                break
            if not other.text_only or len(other.tokens) != 1 or display_width(token) > display_width(heading):
                continue
            mirror = 2 * middle - c
            if is_prose(token) or token.endswith(SENTENCE_ENDINGS) or mirror < 0 or not lines[mirror].whole or \
                    (c + 1 < len(lines) and lines[c + 1].whole and lines[c + 1].kinds[0] == T_HEADING):
                break  # a title over the heading below introduces what follows
            other.columns, other.placed = [column], {0: column}
            if line.whole:
                _name_lines_around(lines, h - 1, c + 1, roles, name_col)
            break


def _name_beside_three_line_cell(lines: list[_Line], roles: list[str], name_col: int) -> None:
    """Texts in a goal column opening the two lines around a row's line that prints a name and no goal cell, when
    all three lines print a later text column's cell (a three-line reason centred on the row: `高等教育機関との連携
    による コロナ禍で減少した参加` / `KPI 公開講座 … 者数が、それ以前の水準` / `参加者数 まで戻っていないため。`):
    that cell puts the two lines a full line off the row's, where a goal cell centred on the row could print only
    with its middle line on the row's line, so they are the first and last lines of the row's name
    (`_name_lines_around`)."""
    for r in range(1, len(lines) - 1):
        row, upper, lower = lines[r], lines[r - 1], lines[r + 1]
        if any(line.whole or not line.columns for line in (row, upper, lower)) or \
                any(roles[c] in GOAL_COLUMN_ROLES for c in row.columns if c < name_col):
            continue
        if not all(roles[line.columns[0]] in GOAL_COLUMN_ROLES for line in (upper, lower)):
            continue
        later = {c for c in row.columns if c > name_col and roles[c] in _LATER_TEXT_ROLES}
        if later & set(upper.columns) & set(lower.columns):
            _name_lines_around(lines, r - 1, r + 1, roles, name_col)


def _name_lines_around(lines: list[_Line], first: int, last: int, roles: list[str], name_col: int) -> None:
    """Lines `first` and `last`, mirrored around a row's line that prints a name, where no other cell's lines can
    be (just outside a two-line goal heading centred on the row: `自分の住んでいる地域を誇り` / heading / `KPI に
    思って …` / heading / `いる児童・生徒の割合`; `_name_beside_three_line_cell`): the two are the first and last
    lines of that name, centred on it the same way, when each opens with a text left of the values (in
    the name column or a goal column) or is a lone text. Their first texts go in the name column, the lower one no
    sentence's end and no wider than the upper one (a wrapped cell's lines but its last fill the column)."""
    if first < 0 or last >= len(lines):
        return
    upper, lower, row = lines[first], lines[last], lines[(first + last) // 2]

    def opens_name(line: _Line) -> bool:
        return not line.whole and line.kinds[0] == T_TEXT and \
            (line.columns[0] <= name_col or (line.text_only and len(line.tokens) == 1))

    last_text = lower.tokens[0] if lower.tokens else ""
    if row.whole or not row.text_in(name_col) or not (opens_name(upper) and opens_name(lower)) or \
            last_text.endswith(SENTENCE_ENDINGS) or display_width(last_text) > display_width(upper.tokens[0]):
        return
    for line in (upper, lower):
        _to_name(line, 0, roles, name_col)


def _half_line_prose(lines: list[_Line], index: int, name_col: int) -> int | None:
    """The column after the name in which both lines just around line `index` end with text after values or years
    (a prose cell's lines half a line off the row's middle line, `1.41 1.35 出産に対する価値` / `(平成30年) … 観の
    変化を背景と`); None when they do not."""
    if index < 1 or index + 1 >= len(lines):
        return None
    ends = set()
    for line in (lines[index - 1], lines[index + 1]):
        start = _text_tail(line) if not line.whole else None
        if start is None or len(set(line.columns[start:])) != 1:
            return None
        ends.add(line.columns[start])
    column = ends.pop() if len(ends) == 1 else None
    return column if column is not None and column > name_col else None


def _half_line_note_lines(lines: list[_Line], mirrors: tuple[int, int], half: int) -> list[int]:
    """The lines further out than the note's lines `mirrors` (two lines off the middle one) that go on the same
    interleaving on both sides: a line of the half-line prose cell, then a one-token text-only line ending no
    sentence (a sentence's end is the prose cell's last line), the note's."""
    top, bottom = mirrors
    found = []
    while top - 2 >= 0 and bottom + 2 < len(lines):
        prose = (lines[top - 1], lines[bottom + 1])
        note = (lines[top - 2], lines[bottom + 2])
        if not all(line.text_only and line.columns == [half] for line in prose) or \
                not all(line.text_only and len(line.tokens) == 1 and not line.tokens[0].endswith(SENTENCE_ENDINGS)
                        for line in note):
            break
        top, bottom = top - 2, bottom + 2
        found += [top, bottom]
    return found


def _narrow_line_inside_name(lines: list[_Line], roles: list[str], name_col: int) -> None:
    """The text of a line without values printed between two lines of values that both print the name
    (`英語の学習が…生徒の割 小学校 87.1％` / `指標 関連事業: …` / `合 中学校 72.2％`), taken out of the name column
    when clearly narrower than the name's line above: a wrapped cell fills its width on every line but its last,
    so a narrower line is no middle line of that name, but another cell's (a note) on the row's middle line. Over
    a line whose name is a segment of the indicator above it (`男性`, `うち女性`: `breakdown_segment`) the text is
    that indicator's name: its row prints no value of its own, only its segments' rows do."""
    not_name = frozenset({name_col})
    for k in range(1, len(lines) - 1):
        line, above, below = lines[k], lines[k - 1], lines[k + 1]
        own = "" if line.whole else line.text_in(name_col)
        if line.text_only or not own or any(kind in (T_VALUE, T_YEAR) for kind in line.kinds) or \
                (not below.whole and breakdown_segment(below.text_in(name_col)) is not None) or \
                any(other.whole or T_VALUE not in other.kinds or not other.text_in(name_col)
                    for other in (above, below)) or \
                display_width(own) >= display_width(above.text_in(name_col)) - WRAP_WIDTH_SLACK:
            continue
        line.columns = align(line.kinds, roles, avoid=not_name, fixed=line.placed).columns


def _notes_on_half_lines(lines: list[_Line], roles: list[str], name_col: int) -> None:
    """Text after the values of the two lines just around a row's name line (`1.22 1.64 令和6年3月の改…` /
    `(令和4年) (令和4年) 度以降は…`), in the column whose cell also prints on the name line and as far again above
    and below it (a three-line reason): those lines stand half a line off the name line (a two-line cell's, the
    value and its year), and a centred cell cannot print on its middle line and half a line off it. The text is
    another two-line cell, the first value column the row leaves free (a target not set, saying why).

    When that column prints nothing on the name line, its cell has an even number of lines and stands half a line
    off the name line as well: each line's last text is its line (`1.41 … 訂に伴い、令 和６ 結婚・出産に対`), the
    text before it on the half lines is the free column's, and so is the text before it on the text-only lines as
    far out on both sides that print more than one text (`令和６年３月の 改 整備の遅れや、`): the free column's
    cell, centred on the row too, has an even number of lines."""
    values = [c for c, role in enumerate(roles) if role == VALUE]
    for r in range(2, len(lines) - 2):
        line = lines[r]
        if line.whole or not line.text_in(name_col) or any(k in (T_VALUE, T_YEAR) for k in line.kinds):
            continue
        half, full = (lines[r - 1], lines[r + 1]), (lines[r - 2], lines[r + 2])
        straddled = line.kinds[-1] != T_TEXT or line.columns[-1] == name_col  # nothing printed after the name
        prose = half[0].columns[-1] if straddled and not half[0].whole else line.columns[-1]
        if prose == name_col or (roles[prose] not in PROSE_ROLES if straddled else roles[prose] == VALUE):
            continue
        if any(other.whole or other.columns[-1] != prose or other.kinds[-1] != T_TEXT for other in (*half, *full)):
            continue
        tails = [_text_tail(other) for other in half]
        if any(start is None or (straddled and start >= len(other.tokens) - 1)
               for other, start in zip(half, tails, strict=True)):
            continue
        if (note := _note_column(lines, r, values, list(half), name_col)) is None:
            continue
        for other, start in zip(half, tails, strict=True):
            stop = len(other.tokens) - straddled
            other.columns = [note if start <= k < stop else c for k, c in enumerate(other.columns)]
        for k in range(2, len(lines)) if straddled else ():
            pair = [lines[j] for j in (r - k, r + k) if 0 <= j < len(lines)]
            if len(pair) < 2 or not all(other.text_only and len(other.tokens) > 1 and other.columns[-1] == prose
                                        for other in pair):
                break
            for other in pair:
                other.columns = [note] * (len(other.tokens) - 1) + [prose]


def _notes_beside_one_line_cells(lines: list[_Line], roles: list[str], name_col: int) -> None:
    """Text after the values and years of the two lines just around a row's name line, in a column whose cell the
    name line prints (`1.41 … 1.64 伴い、令 和6年度以 結婚・出産に…` / `(平成30年) … 降は 「年少人口」へ 値観の…`
    around `… 合計特殊出生率 企画調整課 進捗の遅れ`, the department's column): those lines stand half a line off
    the name line (a value over its year), and a centred cell cannot print on its middle line and half a line off
    it, so the text is a cell with an even number of lines, the first value column the row leaves free (a target
    not set, saying why). Its further lines print on the first pair of lines mirroring around the name line that
    end in the same column as the two lines (a taller cell on the same half lines, the reason): every token before
    that last one is the note's (`令和6年3月の 改訂に` / `変更`), not a name's or a goal's line, and the lines
    further out are the taller cell's (`_taller_cell_goes_on`)."""
    values = [c for c, role in enumerate(roles) if role == VALUE]
    for r in range(1, len(lines) - 1):
        line = lines[r]
        if line.whole or not line.text_in(name_col) or any(k in (T_VALUE, T_YEAR) for k in line.kinds):
            continue
        half = (lines[r - 1], lines[r + 1])
        if any(other.whole for other in half):
            continue
        printed = set(line.columns)
        ends = []
        for other in half:
            start = _text_tail(other)
            end = start
            while end is not None and end < len(other.tokens) and other.columns[end] in printed:
                end += 1
            ends.append((start, end))
        if any(start is None or end == start for start, end in ends):
            continue
        if (note := _note_column(lines, r, values, list(half), name_col)) is None:
            continue
        for other, (start, end) in zip(half, ends, strict=True):
            other.columns = [note if start <= k < end else c for k, c in enumerate(other.columns)]
        last = {other.columns[-1] for other in half}
        if len(last) != 1 or last == {note}:
            continue
        taller = last.pop()
        for k in range(2, ROW_REACH + 2):
            if r - k < 0 or r + k >= len(lines):
                break
            pair = (lines[r - k], lines[r + k])
            if all(other.text_only and len(other.tokens) > 1 and other.columns[-1] == taller for other in pair):
                for other in pair:
                    other.columns = [note] * (len(other.tokens) - 1) + [taller]
                _taller_cell_goes_on(lines, r, k + 1, taller)
                break


def _taller_cell_goes_on(lines: list[_Line], r: int, k: int, column: int) -> None:
    """The lone texts on the lines `k` and more lines off line `r` on both sides, the lower one in `column` (a
    reason taller than the note whose lines end in it): a line and its mirror around the row's line print one cell,
    so the upper one is that cell's too (its first line, `仕事と子育てを両立でき` over the note's first line), not a
    line of the name of the row above."""
    while 0 <= r - k and r + k < len(lines):
        upper, lower = lines[r - k], lines[r + k]
        if not all(line.text_only and len(line.tokens) == 1 for line in (upper, lower)) or lower.columns != [column]:
            return
        upper.columns, upper.placed = [column], {0: column}
        k += 1


def _text_tail(line: _Line) -> int | None:
    """The index of the first of the text tokens closing a line that prints values or years before them."""
    start = len(line.kinds)
    while start and line.kinds[start - 1] == T_TEXT:
        start -= 1
    if not 0 < start < len(line.kinds) or any(kind not in (T_VALUE, T_YEAR) for kind in line.kinds[:start]):
        return None
    return start


def _note_goes_on(line: _Line, start: int, note: int, middle: set[int]) -> None:
    """The tokens after a note's first one on a line two or more lines off the row's middle line, up to one in a
    column the middle line prints in, are the note's too: a centred cell printing that far above and below its
    row prints on the middle line as well, so a column the middle line leaves empty has no cell there."""
    end = next((k for k in range(start + 1, len(line.tokens)) if line.columns[k] in middle), len(line.tokens))
    if any(line.kinds[k] != T_TEXT for k in range(start, end)):
        return
    line.columns = [note if start <= k < end else c for k, c in enumerate(line.columns)]


def _marked_note(line: _Line, lines: list[_Line], index: int, roles: list[str], name_col: int,
                 values: list[int]) -> None:
    """A `※` note printed after the name on the row's name line (`健康寿命 ※…検討にあわせて設定予定`), its values
    on the lines just above and below (`男性 77.41歳` / `女性 79.89歳`) leaving the last value columns free: the
    note is the first free value cell's (a target not set yet, said where the value would stand), not the name's.
    The note's tokens go there; a note mark never goes on a name. A note whose marked first line is printed on
    its own just above the row's line of values (`※第3期保健事業実施計画・第4 期特定健` / `42.5%` / `KPI
    特定健康診査実施率 康診査等実施計画検討 …`) is the same cell's: that line, the tokens after the name and the
    line as far below the name's line as the marked one above (`定`, the note's last) go there."""
    named = [k for k, c in enumerate(line.columns) if c == name_col]
    mark = next((k for k in named[1:] if line.kinds[k] == T_TEXT and nfkc(line.tokens[k]).startswith(NOTE_MARKS)),
                None)
    opened = _note_opened_above(lines, index) if mark is None and len(named) > 1 else None
    if opened is not None:
        mark = named[1]
    if mark is None or any(line.kinds[k] != T_TEXT for k in named) or \
            any(kind == T_TEXT for kind in line.kinds[:named[0]]):
        return
    free = _free_value_columns(lines, index, values, reach=1)
    used = [c for c, kind in zip(line.columns, line.kinds, strict=True) if kind in (T_VALUE, T_YEAR)]
    if not free or min(free) < max(used, default=name_col):
        return
    note = min(free)
    fixed = {**line.placed, **{k: name_col for k in named if k < mark},
             **{k: note for k in range(mark, len(line.tokens)) if line.kinds[k] == T_TEXT}}
    line.columns = align(line.kinds, roles, fixed=fixed, free=free).columns
    last = 2 * index - opened if opened is not None else len(lines)
    if opened is None or last >= len(lines) or not lines[last].text_only or set(lines[last].columns) != {name_col}:
        return  # no last line mirroring the marked one: that line may be a note on the row above, left whole
    for k in (opened, last):
        lines[k].in_cell = True
        lines[k].columns = align(lines[k].kinds, roles, fixed=dict.fromkeys(range(len(lines[k].tokens)), note),
                                 free=free).columns


#: How much wider than its marked first line a `※` note's later line may print (a wide character and a space)
NOTE_WIDTH_SLACK = 3


def _one_line_name_row(lines: list[_Line], index: int, name_col: int) -> bool:
    """Line `index` prints the row's name and values, and the lines just around it start with values or years:
    a one-line name, so no other line of the row prints in the name column."""
    line = lines[index]
    if line.whole or T_VALUE not in line.kinds or not 0 < index < len(lines) - 1:
        return False
    first = line.kinds.index(T_VALUE)
    if not any(c == name_col and kind == T_TEXT for c, kind in zip(line.columns[:first], line.kinds[:first],
                                                                     strict=True)):
        return False
    return all(not other.whole and other.kinds[0] in (T_VALUE, T_YEAR) for other in (lines[index - 1],
                                                                                   lines[index + 1]))


def _marked_note_pieces(lines: list[_Line], roles: list[str], name_col: int) -> None:
    """A `※` note standing for a target not set yet, printed in the value column the row leaves free and cut at
    its spaces (`※第3期保険事業` / `実 施計画・第4 く設定されている` / `42.5% … 期特定 健康診査 国民健康保 …`):
    the note is prose, one cell. Its marked first line opens a line of its own above a row whose one-line name
    prints with the values (`_one_line_name_row`); the note is centred on that row, so its lines go as far below
    the name's line as above. On each of them, the text right after the line's values and years (the line's
    start when it prints none), as far as it stays within the marked line's width, is the note's: the free value
    column's, never the name's nor a value's; the rest of the line is aligned again (another cell's, a reason's).
    A text-only line a later prose column already holds stays that column's when it is all within that width (a
    reason's line between the note's)."""
    values = [c for c, role in enumerate(roles) if role == VALUE]
    prose = {c for c, role in enumerate(roles) if c > name_col and role in _LATER_TEXT_ROLES}
    not_name = frozenset({name_col})
    for a, first in enumerate(lines):
        if not first.whole or first.in_cell or not nfkc(first.tokens[0]).startswith(NOTE_MARKS):
            continue
        middle = next((m for m in range(a + 1, min(len(lines), a + 2 * ROW_REACH + 2))
                       if _one_line_name_row(lines, m, name_col)), None)
        if middle is None or 2 * middle - a >= len(lines) or \
                any(lines[k].whole for k in range(a + 1, 2 * middle - a + 1)):
            continue
        free = _free_value_columns(lines, middle, values, reach=1)
        used = [c for line in lines[middle - 1:middle + 2] for c, kind in zip(line.columns, line.kinds, strict=True)
                if kind in (T_VALUE, T_YEAR)]
        if not free or min(free) < max(used, default=name_col):
            continue
        note, limit = min(free), display_width(first.tokens[0]) + NOTE_WIDTH_SLACK
        first.in_cell = True
        for line in lines[a:2 * middle - a + 1]:
            start = max((k + 1 for k, kind in enumerate(line.kinds) if kind in (T_VALUE, T_YEAR)), default=0)
            end = start
            while end < len(line.tokens) and line.kinds[end] == T_TEXT and end not in line.placed and \
                    display_width(" ".join(line.tokens[start:end + 1])) <= limit:
                end += 1
            if end == start or (end == len(line.tokens) and line.text_only and line is not first
                                and set(line.columns) <= prose):
                continue  # a prose column's line that is all within the note's width: the prose cell's line
            fixed = {**{k: line.columns[k] for k in range(start)}, **dict.fromkeys(range(start, end), note)}
            line.columns = align(line.kinds, roles, avoid=not_name if start == 0 else frozenset(),
                                 fixed={**line.placed, **fixed}, free=free).columns
        _prose_above_note(lines, a, middle, name_col, prose)


def _prose_above_note(lines: list[_Line], first: int, middle: int, name_col: int, prose: set[int]) -> None:
    """The text-only lines just above a row's `※` note line `first` that the name column holds, taken by the prose
    column the note's line ends in when that column prints as far below the row's middle line: the row's name is
    one line (`_one_line_name_row`), and a prose cell centred on the row begins above the note."""
    column = lines[first].columns[-1] if lines[first].kinds[-1] == T_TEXT else None
    if column not in prose:
        return
    for j in range(first - 1, -1, -1):
        line, mirror = lines[j], 2 * middle - j
        if not line.text_only or set(line.columns) != {name_col} or mirror >= len(lines) or \
                lines[mirror].whole or lines[mirror].kinds[-1] != T_TEXT or lines[mirror].columns[-1] != column:
            return
        line.columns = [column] * len(line.tokens)


def _note_opened_above(lines: list[_Line], index: int) -> int | None:
    """The line of a `※` note printed whole up to `ROW_REACH` lines above line `index`, only lines of the row's
    values and years between; None when there is none."""
    for j in range(index - 1, max(-1, index - 1 - ROW_REACH), -1):
        if lines[j].tokens and nfkc(lines[j].tokens[0]).startswith(NOTE_MARKS):
            return j
        if lines[j].whole or any(kind not in (T_VALUE, T_YEAR) for kind in lines[j].kinds):
            return None
    return None


def _past_goals(line: _Line, name_col: int) -> int:
    """The index of the line's first token at or past the name column (those before are goal columns' cells)."""
    return next((k for k, c in enumerate(line.columns) if c >= name_col), len(line.tokens))


def _note_line(line: _Line, name_col: int) -> bool:
    """A line of text only beside a row, from the name column on (a sheet's goal heading may print before it)."""
    start = _past_goals(line, name_col) if not line.whole else 0
    return not line.whole and start < len(line.tokens) and all(kind == T_TEXT for kind in line.kinds[start:])


def _value_years(lines: list[_Line], index: int) -> tuple[list[int | None], int | None]:
    """The year of each value of a line, and the line that prints them apart: in the value's token (`1.35
    (令和3年)`), or on a line of as many years a line or two below or above (a cell's reference year on its own
    line); None for a value without year."""
    line = lines[index]
    count = line.kinds.count(T_VALUE)
    own = [year_of(t) for t, kind in zip(line.tokens, line.kinds, strict=True) if kind == T_VALUE]
    if any(year is not None for year in own):
        return own, None
    for j in (index + 1, index - 1, index + 2, index - 2):
        if not 0 <= j < len(lines) or lines[j].whole or T_VALUE in lines[j].kinds:
            continue
        years = [year_of(t) for t, kind in zip(lines[j].tokens, lines[j].kinds, strict=True) if kind == T_YEAR]
        if len(years) == count:
            return years, j
    return own, None


def _placements(count: int, values: list[int], years: list[int | None], column_years: dict[int, int | None],
                target_last: bool) -> list[tuple[int, ...]]:
    """The cheapest placements of a line's values in the value columns, in order, by their years; [] when no value
    has a year to judge by. A line with fewer values than value columns prints the final target when the last value
    column is a target's (a KPI always has one; a baseline or an actual may be missing)."""
    if all(year is None for year in years):
        return []
    candidates = [p for p in combinations(values, count) if not target_last or p[-1] == values[-1]]
    costs = {p: year_cost(p, years, column_years) for p in candidates}
    lowest = min(costs.values(), default=float("inf"))
    return [p for p, cost in costs.items() if cost == lowest < float("inf")]


def _text_after_values(line: _Line) -> bool:
    """Text follows the line's last value: it may be a value column's note (`※…にあわせて設定予定` for a target not
    set), so the line need not print its final target as a value."""
    last = max(k for k, kind in enumerate(line.kinds) if kind == T_VALUE)
    return T_TEXT in line.kinds[last + 1:]


def _note_beside(lines: list[_Line], index: int) -> bool:
    """A `※` note printed on a line next to a line of values (`※第3期保健事業実施計画・第4 期特定健` over `42.5%`):
    it may be the row's final target cell, a note standing where the target is not set yet, so the line need not
    print that target as a value."""
    return any(0 <= j < len(lines) and lines[j].tokens and nfkc(lines[j].tokens[0]).startswith(NOTE_MARKS)
               for j in (index - 1, index + 1))


#: Which value tokens of a line go to which columns: token index → column.
Placement = dict[int, int]


def _place(lines: list[_Line], index: int, kind: str, places: tuple[int, ...]) -> tuple[int, Placement]:
    tokens = [k for k, token_kind in enumerate(lines[index].kinds) if token_kind == kind]
    return index, dict(zip(tokens, places, strict=True))


def choose_value_columns(lines: list[_Line], fewer: list[int], straddled: dict[int, frozenset[int]],
                         headers: list[str]) -> dict[int, Placement]:
    """The value columns of the lines that print fewer values than the table has value columns, where the text
    says which: a plain text layer keeps no positions, so a row printing only a baseline and a final target
    (`4件 10件` under four value columns) is placed by what its values say, never by spacing:
    - the years printed with the values, against the years of the column headers (`(平成30年)` under `基準値
      （令和元年度）` rather than `令和４年度実績値`), and a final target always printed;
    - then, for lines without years, the placement every line of as many values decided that way agrees on (the
      rows of one table that print as many values print the same columns);
    - a row printed over two lines (a value with its year on two lines, `_straddling_years`, beside a line of
      one-line values) takes the agreed placement of its values together, its two-line values by their years.
    What stays undecided is left to the lines beside (`_table_rows`). Every value is still flagged uncertain with
    the rest of the grid: the placement is read from the text's meaning, not seen."""
    roles = [header_role(h) for h in headers]
    values = [i for i, role in enumerate(roles) if role == VALUE]
    column_years = {c: year_of(headers[c]) for c in values}
    target_last = bool(values) and is_target_header(headers[values[-1]])
    pairs = [i for i in fewer if straddled[i] and i + 1 < len(lines)]
    free = [i for i in fewer if not straddled[i] and i - 1 not in pairs]
    decided: dict[int, tuple[int, ...]] = {}
    chosen: dict[int, Placement] = {}
    for i in free:
        years, year_line = _value_years(lines, i)
        best = _placements(len(years), values, years, column_years,
                           target_last and not _text_after_values(lines[i]) and not _note_beside(lines, i))
        if len(best) == 1:
            decided[i] = best[0]
            chosen.update([_place(lines, i, T_VALUE, best[0])])
            if year_line is not None:
                chosen.update([_place(lines, year_line, T_YEAR, best[0])])
    agreed: dict[int, set[tuple[int, ...]]] = {}
    for places in decided.values():
        agreed.setdefault(len(places), set()).add(places)

    def agreed_on(count: int) -> tuple[int, ...] | None:
        found = agreed.get(count, set())
        return next(iter(found)) if len(found) == 1 else None

    for i in free:
        if i not in decided and (places := agreed_on(lines[i].kinds.count(T_VALUE))):
            chosen.update([_place(lines, i, T_VALUE, places)])
    for i in pairs:
        upper, lower = lines[i].kinds.count(T_VALUE), lines[i + 1].kinds.count(T_VALUE)
        # the two lines print a value in every value column: no other line need agree on which columns
        places = tuple(values) if upper + lower == len(values) else agreed_on(upper + lower)
        if places is None:
            continue
        year_line = i + 2  # `_straddling_years`: the years of the upper line's values, under the lower line
        years = [year_of(t) for t, kind in zip(lines[year_line].tokens, lines[year_line].kinds, strict=True)
                 if kind == T_YEAR]
        if len(years) != upper:
            continue
        own = min(combinations(places, upper), key=lambda p: year_cost(p, years, column_years))  # ties: leftmost
        rest = tuple(c for c in places if c not in own)
        chosen.update([_place(lines, i, T_VALUE, own), _place(lines, i + 1, T_VALUE, rest),
                       _place(lines, year_line, T_YEAR, own)])
    return chosen


def _mirror_avoids_name(lines: list[_Line], index: int, name_col: int, goal_cells: bool = True) -> bool:
    """A text-only line as far below (above) a row's line of values as a line above (below) it that is not the
    name's (another column's text, or a goal heading): cells are centred on their row, so the two are lines of one
    cell of another column (a reason, a goal), when the row prints its name on its own line. A goal heading is a
    goal cell's line only in a sheet with a goal column before the name (`goal_cells`); in any other it is a band
    across the table over the row, and the line under the row may be its name's rest (`地域の行事に参加したことがある`
    / `中学生の割合` under `基本目標Ⅳ …` and the row)."""
    for step in (-1, 1):
        row = index + step
        while 0 <= row < len(lines) and lines[row].text_only:
            row += step
        if not 0 <= row < len(lines) or lines[row].whole or not lines[row].text_in(name_col):
            continue
        mirror = 2 * row - index
        if not 0 <= mirror < len(lines):
            continue
        between = range(min(mirror, row) + 1, max(mirror, row))
        if not all(lines[k].text_only for k in between):
            continue
        if lines[mirror].text_only and name_col not in lines[mirror].columns:
            return True
        if goal_cells and lines[mirror].whole and lines[mirror].kinds[0] == T_HEADING:
            return True  # a goal cell's heading printed over two lines around the row (`② 住み慣れた…を` / `送る…`)
    return False


def _prose_cells(lines: list[_Line], roles: list[str], name_col: int, order: list[int]) -> None:
    """The text-only lines of a prose cell (a reason) taken out of the name column: a sentence's last line (`る。`,
    never a name's; text after it in the name column, the sentence beside it, is the name's), a line of prose right
    above such a cell's line, and the lines `_prose_mirror_avoids_name` finds, until no line moves: each line moved
    out may settle its own mirror."""
    not_name = frozenset({name_col})
    moved = True
    while moved:
        moved = False
        for i in order:
            if name_col in lines[i].columns and ((lines[i].tokens[0].endswith(SENTENCE_ENDINGS)
                                                  and lines[i].columns[0] == name_col)
                                                 or _prose_above_sentence(lines, i, name_col)
                                                 or _prose_mirror_avoids_name(lines, i, name_col)):
                lines[i].columns = align(lines[i].kinds, roles, avoid=not_name, fixed=lines[i].placed).columns
                moved = moved or name_col not in lines[i].columns


def _prose_mirror_avoids_name(lines: list[_Line], index: int, name_col: int) -> bool:
    """A text-only line as far from a row's middle line (`_row_middle`) as a line on the other side that ends a
    sentence (`る。`), no other row between: cells are centred on their row, so the two lines print the same
    columns, and a sentence's last line is a reason's or a note's, never a name's. Holds whether or not the row
    prints its name on its line of values (a two-line name straddles it, and the reason's lines stand around both),
    and whether or not the row's other lines print one-line cells' pieces (`… こども保育 もあり、…` / values /
    `… 課 …`)."""
    row = index + 1
    while row < len(lines) and not lines[row].whole and not _anchor(lines[row]):
        row += 1
    if row < len(lines) and not lines[row].whole:
        middle = _row_middle(lines, row)
        mirror = 2 * middle - index
        if mirror >= len(lines) or not lines[mirror].text_only:
            return False
        if any(lines[k].whole or _anchor(lines[k]) for k in range(2 * middle - row + 1, mirror)):
            return False  # past the row's own lines (as many below its middle line as above), no other row
        if any(lines[k].text_only and lines[k].tokens[-1].endswith(SENTENCE_ENDINGS) for k in range(index, mirror)):
            return False  # a sentence ends between them: the line lies beyond the row's prose cell
        if lines[mirror].tokens[-1].endswith(SENTENCE_ENDINGS):
            return True
        return name_col not in lines[mirror].columns and _sentence_below(lines, mirror)
    return False


def _row_middle(lines: list[_Line], first: int) -> int:
    """The middle line of the row whose lines other than text-only ones start at line `first`: the line of values
    in the middle of an odd run of such lines holding no other (a department's two lines around it), else
    `first`."""
    end = first
    while end + 1 < len(lines) and not lines[end + 1].whole and not lines[end + 1].text_only:
        end += 1
    middle = (first + end) // 2
    if (end - first) % 2 == 0 and _anchor(lines[middle]) and \
            sum(_anchor(lines[k]) for k in range(first, end + 1)) == 1:
        return middle
    return first


def _prose_above_sentence(lines: list[_Line], index: int, name_col: int) -> bool:
    """A text-only line that reads as prose (`とした、未婚化・晩婚化の進`) right above a line of a prose cell outside
    the name column that runs on to a sentence's end: the sentence's line before, not a name's."""
    below = index + 1
    return is_prose(lines[index].tokens[0]) and below < len(lines) and lines[below].text_only and \
        name_col not in lines[below].columns and _sentence_below(lines, below)


def _sentence_below(lines: list[_Line], index: int) -> bool:
    """A line ending a sentence at or below line `index`, only text-only lines between: the line is one of a
    prose cell's lines (a sentence's end above would be another cell's last line, so only below counts)."""
    k = index
    while k < len(lines) and lines[k].text_only:
        if lines[k].tokens[-1].endswith(SENTENCE_ENDINGS):
            return True
        k += 1
    return False




def _centre_mirror_avoids_name(lines: list[_Line], index: int, name_col: int) -> bool:
    """A text-only line two lines from a row's middle line (the one printing its one-line cells: a kind word, a
    progress label), no row between, whose mirror on the other side prints nothing in the name column: cells are
    centred on their row, so the name reaches no further below than above, and the line is another cell's (a goal
    heading's second line printed under the row's line of years, `の希望の実現`), unless the line and the one as far
    on the other side of a row print the first and last line of its name (`_name_line_around`)."""
    if any(0 <= index + 2 * step < len(lines) and _name_line_around(lines, index, index + 2 * step, name_col)
           for step in (-1, 1)):
        return False
    for step in (-1, 1):
        centre = index + 2 * step
        between = lines[index + step] if 0 <= centre < len(lines) else None
        if between is None or lines[centre].whole or between.whole or \
                any(kind in (T_VALUE, *_ONE_LINE_CELLS) for kind in between.kinds) or \
                not any(kind in _ONE_LINE_CELLS for kind in lines[centre].kinds):
            continue  # the line between must be the row's too (its years, a name's other line), not a row
        beyond = index - step
        if 0 <= beyond < len(lines) and not lines[beyond].whole and \
                any(kind in (T_VALUE, *_ONE_LINE_CELLS) for kind in lines[beyond].kinds):
            continue  # next to another row's line: the line may be that row's name
        mirror = centre + 2 * step
        if not 0 <= mirror < len(lines):
            continue
        other = lines[mirror]
        if other.whole:
            return other.kinds[0] == T_HEADING
        if other.tokens and name_col not in other.columns:
            return True
    return False


def _cell_line(line: _Line, marked: bool = False) -> bool:
    """A line of text and goal headings only, not a whole line: lines of a row's multi-line cells. `marked`: also
    one whole only through a `※` opening it before more tokens (a heading's footnote mark wrapped to the line's
    start, `※の育成 合`)."""
    if line.whole and not (marked and len(line.tokens) > 1 and line.tokens[0].startswith(NOTE_MARKS)):
        return False
    return bool(line.kinds) and all(kind in (T_TEXT, T_HEADING) for kind in line.kinds)


def _straddling_pairs(lines: list[_Line]) -> list[tuple[int, int]]:
    """Pairs of lines as far above as below a row's line of values, printing as many tokens: cells are centred on
    their row, so a cell of n lines prints its lines symmetrically around the row's middle line, and two such
    lines hold the same columns (the first and last line of a name, of a goal cell, of a reason). Judged together,
    a heading on the upper line (`重点施策 1-2 方針2:…`) places the lower line's continuation too. A line nearer
    another row's line of values than this row's is that row's (the last line of the name above), and so is every
    line beyond it."""
    pairs = []
    for r, row in enumerate(lines):
        if row.whole or T_VALUE not in row.kinds:
            continue
        for k in range(1, len(lines)):
            i, m = r - k, r + k
            if i < 0 or m >= len(lines) or not (_cell_line(lines[i]) and _cell_line(lines[m], marked=True)) or \
                    len(lines[i].tokens) != len(lines[m].tokens) or \
                    any(_anchor(line) for line in (*lines[max(0, i - k + 1):i], *lines[m + 1:m + k])):
                break
            if T_HEADING in lines[i].kinds or T_HEADING in lines[m].kinds:
                pairs.append((i, m))
    return pairs


def _straddling_years(lines: list[_Line], index: int) -> frozenset[int]:
    """Columns of the years printed two lines below a line, under a line of values: a value printed with its year
    on two lines straddles the line of one-line values, so the value above is in its year's column."""
    if index + 2 >= len(lines) or any(line.whole for line in lines[index + 1:index + 3]):
        return frozenset()
    between, below = lines[index + 1], lines[index + 2]
    if T_VALUE not in between.kinds or T_VALUE in below.kinds or T_YEAR not in below.kinds:
        return frozenset()
    return frozenset(c for c, kind in zip(below.columns, below.kinds, strict=True) if kind == T_YEAR)


def _is_page_number(tokens: list[list[str]], index: int) -> bool:
    """Page furniture: `- 2 -`, or a bare number alone on its line before a heading, a caption or the end."""
    line = " ".join(tokens[index])
    if page_number_line(nfkc(line)):
        return True
    if not nfkc(line).isdigit():
        return False
    after = next((t for t in tokens[index + 1:] if t), None)
    return after is None or (len(after) == 1 and token_type(after[0], SPACED) in (T_HEADING, T_KIND)) or \
        token_type(" ".join(after), SPACED) == T_HEADING


def _ends_table(tokens: list[str], later_text: bool) -> bool:
    """A line after which the table does not go on: a statement with an arrow (`転出者数 85人 → 60人`, read by the
    statement reader), the caption of a table of its own (`表３　主な事業と事業費`, `（参考）市町村別の…`), or, in a
    table without reason or note column, a sentence of prose."""
    line = " ".join(tokens)
    if opens_new_table(line):
        return True
    if any(_states_values(tokens, k) for k, token in enumerate(tokens) if any(a in token for a in STATEMENT_ARROWS)):
        return True
    return not later_text and all(token_type(t, SPACED) == T_TEXT for t in tokens) and line.endswith(SENTENCE_ENDINGS) \
        and any(mark in line for mark in PROSE_MARKS)


def _states_values(tokens: list[str], index: int) -> bool:
    """The arrow in token `index` leads from a value to a value (`85人 → 60人`, `85人→60人`): a statement. An arrow
    standing alone between two texts (`旧名称 → 新名称` in a note column) is a cell's text, and the table goes on."""
    if tokens[index] not in STATEMENT_ARROWS:
        return True
    beside = [tokens[k] for k in (index - 1, index + 1) if 0 <= k < len(tokens)]
    return any(token_type(t, SPACED) in (T_VALUE, T_YEAR) for t in beside)


def _without_trailing_titles(body: list[_Line], running: set[str]) -> list[_Line]:
    """The body without the title lines printed after its last row, before the next table's headings.

    Cells are centred on their row: the last row's lines after its line of values are no more than its lines
    before it (those after the row or band above, but for lines of the row above's taller cells, mirrored around
    its values: `_row_above_reaches`). Single-text lines further down belong to no cell: they are a
    title introducing what follows (`防犯体制の強化・交通安全対策の推進` over `重点施策 4-2 方針2:…`). A line of
    only a one-line cell's wrapped piece (`概ね順調に` above the values, `進捗` below them) is one of the row's lines
    around its middle line, not a row: it counts like a text line (the name's last line under it stays), and so
    does a `※` note's line opened just above the row's values (`※第3期…` / `42.5%` / `KPI 特定健康診査実施率 …`).
    Lines no wider than the body's text lines that run on to a sentence's end are a reason's last lines (a reason
    taller than the row's other cells), not a title. A page's title or a line running on the pages (`_furniture`) is
    one however many words it prints."""
    rows = [k for k, line in enumerate(body)
            if not line.whole and not line.text_only and not _piece_line(line) and not _furniture(line, running)]
    if not rows:
        return body
    last_row = rows[-1]
    first = _row_block_start(body, rows)
    before = 0
    previous = max((k for k in rows if k < first), default=-1)
    # the row above, whose taller cells may reach lines before this row's (a line of years is its values' row's)
    above = previous if previous >= 0 and _anchor(body[first]) else None
    while first - before - 1 >= 0 and (body[first - before - 1].text_only or
                                       _piece_line(body[first - before - 1])) and \
            first - before - 1 > previous and \
            not body[first - before - 1].tokens[-1].endswith(SENTENCE_ENDINGS) and \
            not _row_above_reaches(body, above, first - before - 1):  # the row above's cell ends there
        before += 1
    middle = next((k for k in range(first, last_row + 1) if any(kind in _ONE_LINE_CELLS for kind in body[k].kinds)),
                  None)
    if not before and middle is not None and _note_opened_above(body, middle) == first - 1:
        before = 1  # a `※` note opened above the row's values: its last line is as far below them
    keep = last_row + 1 + before
    extra = body[keep:]
    if not extra or not all(_furniture(line, running) or (line.text_only and len(line.tokens) == 1) for line in extra):
        return body
    cell_width = max((display_width(line.tokens[0]) for line in body[:keep] if line.text_only), default=0)
    if extra[-1].tokens[0].endswith(SENTENCE_ENDINGS) and \
            all(_set_width(line.tokens[0]) <= cell_width for line in extra):
        return body  # lines as narrow as a cell's running on to a sentence's end: a reason's last lines
    return body[:keep]


def _furniture(line: _Line, running: set[str]) -> bool:
    """A page's title (`若葉村 総合戦略 KPI一覧`, `title.page_title`) or a line running on the pages
    (`furniture.running_titles`): page furniture, never a line of a cell."""
    text = " ".join(line.tokens)
    return page_title(text) or text in running


def _set_width(text: str) -> int:
    """The width a line takes inside its cell: a closing mark hanging past the width the cell wraps at (ぶら下げ:
    `…考えられる。`, HANGING_MARKS) is left out."""
    return display_width(text[:-1] if text.endswith(HANGING_MARKS) else text)


_CAPTION_OPENINGS = frozenset(nfkc(CAPTION_BRACKETS))


def _labelled_or_marked(text: str) -> bool:
    """A note under a table by its mark or label (`※…`, `出典：…`): a line ending a sentence alone may be a wrapped
    cell's last line (a reason's `ためである。`), so it is no note to set aside."""
    return note_line(text) or labelled_note(text)


def _rest_at_end(body: list[_Line], tokens: list[list[str]], last: int, end: int, running: set[str]) -> int | None:
    """How many of the body's lines to keep when its last line (before notes) is one text right under a line of
    values, no wider than that line's text, ending no sentence, and nothing but page numbers follows it up to line
    `end` (the end of the text, or the table's header printed again on the next page): no title (it introduces
    nothing) but the rest of that row's wrapped cell (a name filled from its top, `… 延べ 38,000人 …` / `宿泊者数`);
    None when it is no such line. A footer, a source or a comment under the table is wider, or stands under no name;
    a caption in brackets (`【評価の基準】`, heading the grade legend after it) or page furniture (`_furniture`) is no
    name's rest.
    Notes after the table up to the end of the text (`※2 「－」は未集計を示す。`, `出典：…`, `note_after_table`) wait
    for no row: the line above them may still be that rest. Read as the body's last lines, only notes by their mark
    or label are left out (a lone sentence there may be a reason's wrapped clause, `ためである。`, the row's)."""
    keep = len(body)
    if end == len(tokens):
        while keep > 2 and body[keep - 1].text_only and _labelled_or_marked(" ".join(body[keep - 1].tokens)):
            keep -= 1
    if keep < 2 or not body[keep - 1].text_only or len(body[keep - 1].tokens) != 1 \
            or T_VALUE not in body[keep - 2].kinds:
        return None
    if keep < len(body):
        last = body[keep - 1].number - 1
    line, above = body[keep - 1], body[keep - 2]
    rest, texts = line.tokens[0], [t for t, kind in zip(above.tokens, above.kinds, strict=True) if kind == T_TEXT]
    if not rest.endswith(SENTENCE_ENDINGS) and not labelled_note(rest) and nfkc(rest)[:1] not in _CAPTION_OPENINGS \
            and not _furniture(line, running) \
            and any(display_width(rest) <= display_width(t) + WRAP_WIDTH_SLACK for t in texts) and \
            not any(tokens[i] and not _is_page_number(tokens, i)
                    and not (end == len(tokens) and note_after_table(" ".join(tokens[i])))
                    for i in range(last + 1, end)):
        return keep
    return None


def _row_block_start(body: list[_Line], rows: list[int]) -> int:
    """The first line of the last row: the lines of values and one-line cells of a row printed on consecutive lines
    (a segment's values over another's, `小学校88.7%` / `… 学校教育課 進捗の遅れ` / `中学校82.8%`) are one row when
    exactly one of them prints the row's one-line cells (a kind, a department, a progress label): its middle line
    (the two halves of a wrapped one-line cell around it, `_one_line_kinds`, count for none)."""
    first = rows[-1]
    while first - 1 in rows and any(kind in (T_VALUE, *_ONE_LINE_CELLS) for kind in body[first - 1].kinds):
        first -= 1
    block = range(first, rows[-1] + 1)
    middle = [k for k in block if any(kind in _ONE_LINE_CELLS for kind in body[k].kinds)]
    halves = {k for k in middle for j in middle if j != k and (k + j) % 2 == 0 and (k + j) // 2 in middle
              and _one_line_kinds(body[k]) == _one_line_kinds(body[j])
              and not _one_line_kinds(body[k]) & _one_line_kinds(body[(k + j) // 2])}
    return first if len(middle) - len(halves) == 1 else rows[-1]


def _one_line_kinds(line: _Line) -> set[str]:
    """The kinds of one-line cells a line prints: a line printing the same ones as the line as far on the other side
    of a row's middle line, which prints none of them, prints with it the two halves of one wrapped cell (`概ね順調に`
    over the values, `進捗` under them), not a middle line of its own."""
    return {kind for kind in line.kinds if kind in _ONE_LINE_CELLS}


def _piece_line(line: _Line) -> bool:
    """A line printing only pieces of the row's one-line cells (a progress label or a department wrapped over two
    lines around the row's middle line)."""
    return not line.whole and bool(line.kinds) and all(kind in (T_PROGRESS, T_DEPARTMENT) for kind in line.kinds)


def _introduces(tokens: list[list[str]], first: int, stop: int) -> bool:
    """Lines first..stop-1 print only headings, captions, a box's label (`指標`) and page numbers: they introduce
    the next table."""
    return all(not tokens[i] or _is_page_number(tokens, i) or is_box_label(tokens[i])
               or _whole_line(tokens[i], [token_type(t, SPACED) for t in tokens[i]]) for i in range(first, stop))


def _balance(text: str) -> int:
    return sum(text.count(ch) for ch in _OPENING) - sum(text.count(ch) for ch in _CLOSING)


def _closes(token: str) -> bool:
    """A token that closes a bracket it does not open (`ナ)`): the end of a cell wrapped inside brackets."""
    return _balance(token) < 0


def _opened_above(lines: list[_Line], index: int) -> int | None:
    """The column of a token that opens a bracket it does not close (`進捗の遅れ(コロ`) a line or two above."""
    for j in range(index - 1, max(-1, index - 1 - MAX_WRAP_GAP), -1):
        line = lines[j]
        if line.whole:
            return None
        for token, column in zip(line.tokens, line.columns, strict=True):
            if _balance(token) > 0:
                return column
    return None


def _distance(lines: list[_Line], index: int) -> int:
    """How far a line is from the nearest line that is not text-only."""
    found = [abs(j - index) for j, line in enumerate(lines) if not line.text_only and not line.whole]
    return min(found, default=0)


def _spaced_value(token: str) -> bool:
    return token_type(token, SPACED) == T_VALUE


def _split_arrow_columns(tokens: list[list[str]]) -> list[list[str]]:
    """The lines' tokens with a header naming two roles joined by an arrow (`基準値（R1）→目標値（R7）`, see
    `ingest.table.arrows`) split into two column headers, and every token of two values joined by an arrow under
    it, up to the next header band, into two values: one cell printing the baseline and the target. Left whole,
    the header names the first role only and the body line reads as an arrow statement that ends the table."""
    out: list[list[str]] = []
    under = False
    for line in tokens:
        if any(two_roles(token) for token in line):
            under = True
            out.append([half for token in line for half in (two_roles(token) or (token,))])
            continue
        under = under and not _band_line(line)
        out.append([half for token in line for half in (arrow_values(token, _spaced_value) or [token])]
                   if under else line)
    return out


def _join_cut_row(rows: list[tuple[int, list[str]]], body_start: int, doubts: dict[int, str | None],
                  later: list[tuple[int, list[str]]], body: list[_Line], roles: list[str], name_width: int) -> None:
    """A row a page break cut, going on under the header repeated on the next page (`ingest.text.broken_rows`).
    The next table's first body lines (`body`, its rows `later`) of one text each, no value, before a line of values
    printing its own name whose name goes on below no further (after its labelled measure's line), are the rest of
    the previous table's last row (`rows`, its body's lines numbered from `body_start`) when that row's name is
    unfinished (`open_name`: `…中心市街地に`) or its last line fills the name column (`name_width`) and the lines
    wrap at that width (a name cut mid-word), or they wrap at the widths of the row's name and goal cells.
    They move to the cells they fit (`rests_of_row`), else to the name; the row's lines are in doubt (`doubts`,
    flagged uncertain): where a row was cut cannot be seen for sure. Any other first lines stay where they are."""
    name_col = roles.index(NAME)
    values = [c for c, role in enumerate(roles) if role == VALUE]
    lead = 0
    while lead < len(body) and body[lead].text_only and len(body[lead].tokens) == 1:
        lead += 1
    own = lead  # the next row's line of values, after its labelled measure's line (`重点施策 7-1 …`) if any
    while own < len(body) and body[own].kinds and all(kind == T_HEADING for kind in body[own].kinds):
        own += 1
    if not lead or own == len(body) or not _anchor(body[own]) or not body[own].text_in(name_col):
        return
    start = body[own].number
    if any(cells[name_col] and not any(cells[c] for c in values) for number, cells in later
           if start < number <= start + NAME_REACH):
        return  # the next row's name goes on below its values: the lines above may be its first
    anchors = [r for r, (number, cells) in enumerate(rows) if number >= body_start and any(cells[c] for c in values)]
    named = [r for r, (number, cells) in enumerate(rows) if number >= body_start and cells[name_col]]
    if not anchors or not named or (len(anchors) > 1 and named[-1] <= anchors[-2]):
        return
    name = rows[named[-1]][1]
    # the row's goal and measure cells may go on too (each column's last line in the row, its widest line the
    # width it wraps at); a note column's width tells nothing: its one-line cells (`関連事業: …`) fill it as well
    row_start = rows[anchors[-2]][0] if len(anchors) > 1 else body_start
    holders = {name_col: name}
    for col, role in enumerate(roles):
        held = [cells for number, cells in rows if number > row_start and role in GOAL_COLUMN_ROLES and cells[col]]
        if held:
            holders[col] = held[-1]
    widths = {col: max(display_width(cells[col].split("\n")[-1]) for number, cells in rows
                       if number >= body_start and len(cells) > col and cells[col])
              for col in holders if col != name_col}
    widths[name_col] = name_width
    cut = [(col, holders[col][col].split("\n")[-1], widths[col]) for col in sorted(holders)]
    texts = [line.tokens[0] for line in body[:lead]]
    split, told = rests_of_row(cut, texts, name_col, interleaved=True)
    if not (told or open_name(name[name_col])):
        return
    moved = {line.number for line in body[:lead]}
    later[:] = [(number, cells) for number, cells in later if number not in moved]
    for col, more in split.items():
        cells = holders[col]
        cells[col] = "\n".join([cells[col], *more] if cells[col] else more)
    grown = {number for number, cells in rows if any(cells is holders[col] for col in split)}
    doubts.update({number: "row_cut_at_page" for r, (number, _) in enumerate(rows)
                   if number in doubts and (r >= min(anchors[-1], named[-1]) or number in grown)})


def _change_column(body: list[_Line], columns: list[str]) -> None:
    """A change column (`前年度比`) the band put after the values, where the rows print the change
    (`token_types.change_place`): the column moved there, and a row's figure there typed a change (a ratio,
    `104.2%`, reads as a value) where it is the change of the two figures before it."""
    # a unit cell a multiplier opens (`千人`) types as a value: it is the unit column's, no figure of the run
    figures_of = [[k for k, (t, kind) in enumerate(zip(line.tokens, line.kinds, strict=True))
                   if kind in (T_VALUE, T_CHANGE) and not is_unit_alone(t)] for line in body]
    runs = [[line.tokens[k] for k in figures] for line, figures in zip(body, figures_of, strict=True)]
    place = change_place(columns, runs)
    if place is None:
        return
    columns[:] = change_placed(columns, place)
    for line, run, figures in zip(body, runs, figures_of, strict=True):
        if prints_change(run, place):
            line.kinds[figures[place]] = T_CHANGE


def _header_pieces(tokens: list[str]) -> bool:
    """Every piece of every token, cut at its spaces, is header text or a bare year (`現状　2018`: a role word and
    its year)."""
    return all(is_header_text(piece) or bare_header_year(nfkc(piece)) is not None
               for token in tokens for piece in token.split())


def _line_tokens(line: str) -> list[str]:
    """The line's tokens; a header line's letter-spaced words closed (`単 位`, `担 当 課`: a word spaced out to fill
    its cell, its one-space gaps no gutters), and its cells' own full-width spaces kept inside them (`現状　2018`: a
    cell's word and year, pdfplumber printing the gutters half-width), when only so does the line read as header
    words, or as a header whose years are printed bare (`指標 2018 2019 最終目標　2029`). A cell kept whole so joins
    header words only: a title a page prints with full-width spaces (`鷹ノ巣町　第２期総合戦略　KPI一覧（令和６年度）`)
    names a header word in one piece, yet its town and plan are no header's."""
    tokens = split(line)
    if is_header_line(tokens):
        return tokens
    closed = unspace_letters(line, letters_only=True)
    tried = [header for text, wide_in_cells in ((closed, False), (line, True), (closed, True))
             if (text != line or wide_in_cells) and _header_pieces(header := split(text, wide_in_cells))]
    return next((header for header in tried if is_header_line(header)), None) \
        or next((header for header in reversed(tried) if header_years_line(header)), tokens)


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every indicator table of single-space rows: a header band and the lines after it, up to the next band."""
    tokens = _split_arrow_columns([_line_tokens(line) for line in lines])
    running = running_titles(lines)
    bands = _bands(tokens)
    guessed_bands = {band[0] for band in bands if band[4]}
    tables = []
    read: list[tuple[int, int, list[str], list[int], list[_Line]]] = []
    for k, (first, end, columns, captions, _) in enumerate(bands):
        stop = bands[k + 1][0] if k + 1 < len(bands) else len(lines)
        roles = [header_role(c) for c in columns]
        later_text = any(role in _LATER_TEXT_ROLES for role in roles[roles.index(NAME) + 1:])
        goal_first = any(role in GOAL_COLUMN_ROLES for role in roles[:roles.index(NAME)])
        body: list[_Line] = []
        last = end - 1
        counted = roles[0] == NUMBER and _counted_rows(tokens[end:stop])
        for i in range(end, stop):
            if not tokens[i] or _is_page_number(tokens, i):
                continue
            if _ends_table(tokens[i], later_text) or _introduces(tokens, i, stop) or other_header(lines, i):
                break  # a statement, only headings and captions up to the next table (they introduce it), a header
            if body and _row_line(body[-1]) and legend_texts(tokens[i]):
                break  # the grade legend right under a row's line: no line of that row's cells
            if PROGRESS in roles and all(map(grade_definition, tokens[i])):
                continue  # a grade's definition between the rows: a legend boxed beside the table (layouts 243)
            line_tokens, kinds = tokens[i], [token_type(t, SPACED) for t in tokens[i]]
            if CHANGE in roles:  # a signed figure (`+65`) reads as text alone: under a change column it is one
                kinds = [T_CHANGE if kind == T_TEXT and is_change(token) else kind
                         for token, kind in zip(line_tokens, kinds, strict=True)]
            if PERIOD in roles:  # a short era year (`R2`) reads as text alone: beside a year column it is a year
                kinds = [T_YEAR if kind == T_TEXT and names_period(token) else kind
                         for token, kind in zip(line_tokens, kinds, strict=True)]
            if PROGRESS in roles:  # a grade mark (`A`, `◎`) reads as text alone: under a progress column it is one
                kinds = [T_PROGRESS if kind == T_TEXT and is_grade_mark(token) else kind
                         for token, kind in zip(line_tokens, kinds, strict=True)]
            # a target printed as a direction word right after a figure (`15 維持`, `1,480 減少`): the value cell's
            # word, not a text column's first line (a reason's `…年々 減少` follows text)
            kinds = [T_VALUE if kind == T_TEXT and k and kinds[k - 1] == T_VALUE and is_stand_in(token) else kind
                     for k, (token, kind) in enumerate(zip(line_tokens, kinds, strict=True))]
            if roles[0] == NUMBER:
                line_tokens, kinds = _segments_parent(*_number_first(line_tokens, kinds, counted), tokens[i + 1:stop])
            if goal_first:
                line_tokens, kinds = _labelled_headings(line_tokens, kinds)
            body.append(_Line(i + 1, line_tokens, kinds))
            last = i
        if CHANGE in roles:
            _change_column(body, columns)
            roles = [header_role(c) for c in columns]
        if goal_first:
            one_goal_column = sum(role in GOAL_COLUMN_ROLES for role in roles) == 1
            body = _goal_cells_by_label(_upright_goal_cells(body) if one_goal_column else body, one_goal_column)
        # a department wrapped around the last row's values tells where that row starts: typed before the titles go
        body = _wrapped_departments(body, roles)
        # the header printed again next (a page break) takes no title: the lines before it may be the last row's
        repeated = k + 1 < len(bands) and bands[k + 1][2] == columns
        kept = _rest_at_end(body, tokens, last, stop if repeated else len(tokens), running)
        body = _without_trailing_titles(body, running) if kept is None else body[:kept]
        body = _role_words(_segment_column(body, roles), roles)
        body = _member_column(_role_words_apart(body) if "kind" in roles else body, roles)
        body = _unit_and_department_cells(body, roles)
        read.append((first, end, columns, captions, body))
    widths = {tuple(columns): prose_line_width([body for _, _, c, _, body in read if c == columns])
              for _, _, columns, _, _ in read}
    name_widths = {tuple(columns): name_line_width([body for _, _, c, _, body in read if c == columns],
                                                   [header_role(c) for c in columns])
                   for _, _, columns, _, _ in read}
    built: list[tuple[int, int, int, list[str], list[tuple[int, list[str]]], int, set[int]]] = []
    for first, end, columns, captions, body in read:
        last = body[-1].number - 1 if body else end - 1
        spanning = [(c + 1, tokens[c]) for c in captions]  # a spanning caption names the kind, above the header
        roles = [header_role(c) for c in columns]
        rows = [*spanning, (first + 1, columns), *_centred_goal_rows(_numbers_apart(_name_between_roles(
            _table_rows(body, columns, widths[tuple(columns)], name_widths[tuple(columns)]), roles), roles), roles,
            body)]
        nxt = next((b[0] for b in bands if b[0] > end), len(lines))
        open_end = bool(body) and all(not tokens[i] or _is_page_number(tokens, i)
                                      for i in range(body[-1].number, nxt)) and nxt < len(lines)
        in_order = _header_in_order(columns) and first not in guessed_bands
        # a label's column only when it is the table's one progress column: of two (`進捗状況 進捗評価`), one may be
        # no column at all (a `進捗状況` banner over the value columns read as a column of its own)
        labels = frozenset(c for c, (role, text) in enumerate(zip(roles, columns, strict=True))
                           if role == PROGRESS and label_progress_header(text) and roles.count(PROGRESS) == 1)
        doubts = _joined_names({line.number: _line_doubt(body, i, roles, open_end, labels) if in_order
                                else "header_rebuilt" for i, line in enumerate(body)}, body, rows, roles)
        if built and built[-1][3] == columns:  # the header repeated: the last row may go on under it
            _join_cut_row(built[-1][4], built[-1][2], built[-1][6], rows, body, roles, name_widths[tuple(columns)])
        built.append((first, last, end + 1, columns, rows, len(spanning), doubts))
    for first, last, _, columns, rows, header, doubts in built:
        roles = [header_role(c) for c in columns]
        sure = {number for number, doubt in doubts.items() if doubt is None}
        grid = grid_from_rows(rows, ENGINE)
        grid.line_doubts = {number: doubt for number, doubt in doubts.items() if doubt}
        # a sheet's goal cells are placed by a guess (text beside the row's lines): its rows' goals are in doubt
        grid.goals_guessed = any(role in GOAL_COLUMN_ROLES for role in roles)
        grid.goals_guessed_by_width = True  # where a goal cell ends is the guess (`Grid.goals_guessed_by_width`)
        # every row is flagged by its own lines' doubts, also in a table with no line read without a guess; the
        # header's row stays a guess (its cells placed by their centring): the table is in doubt
        grid.uncertain_rows = {r for r, (number, _) in enumerate(rows) if number not in sure or r <= header}
        tables.append(TextTable(first, last, grid))
    return tables


