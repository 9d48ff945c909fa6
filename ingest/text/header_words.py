"""The words of a header line in a text layer (`pdftotext -raw`, pypdfium2: cells one space apart) and value header
words printed apart from it, put among them by their periods. Shared by the raw row reader and the rows printed in
two passes (`ingest.text.two_pass`)."""

from __future__ import annotations

import re

from ingest.table.context import names_goal
from ingest.table.header import (
    KIND,
    MEMBER,
    NAME,
    NUMBER,
    OTHER,
    UNIT,
    VALUE,
    header_role,
    is_header_text,
    names_period,
    names_period_range,
    role_over_years,
)
from ingest.text.fragment_cells import is_parenthetical, tokens
from ingest.text.token_types import (
    RAW,
    T_STAND_IN,
    T_TEXT,
    T_VALUE,
    T_YEAR,
    is_prose,
    is_unit_alone,
    token_type,
    typed_tokens,
)
from ingest.text.typed_rows import year_of
from normalize.periods import parse_period
from normalize.text import close_padded_brackets, nfkc
from normalize.vocabulary import CAPTION_BRACKETS, GOAL_COLUMN_ROLES, GRADE_DEFINITION_JOINERS

#: Column roles a row prints before its values (the rest, a department, progress or a reason, come after them).
LEAD_ROLES = frozenset({NAME, NUMBER, UNIT, KIND, MEMBER, *GOAL_COLUMN_ROLES})
#: Column roles a row prints before its name (`No.`, `基本目標`, `区分 KPI`).
_BEFORE_NAME = frozenset({NUMBER, KIND, *GOAL_COLUMN_ROLES})


#: Longest end of a text header word wrapped onto a line of its own (`課` of `指標の担当課`).
MAX_PIECE_CHARS = 2
#: Longest word of a header band's later line: a header cell's line is short (`進捗が遅れている理由`); a longer
#: text naming a header word by chance (`…説明会を通じた…`) is a name's line.
MAX_BAND_WORD_CHARS = 12


def upright_word(more: list[str], after: list[str]) -> list[str] | None:
    """A header line ending in a piece of a word whose other piece is the next line alone (a narrow cell printing
    its word one character a line: `単` / `位`, `基準値 実績値 目標値 評` / `価`): the line with the word whole."""
    if not more or is_header_text(more[-1]) or len(nfkc(more[-1])) > MAX_PIECE_CHARS or len(after) != 1 \
            or len(nfkc(after[0])) > MAX_PIECE_CHARS or header_role(more[-1] + after[0]) == OTHER:
        return None
    return [*more[:-1], more[-1] + after[0]]


def line_words(line: str) -> list[str]:
    """The words of a header line, a bracketed period printed apart joined to its word (`基準値 （令和元年度）`), a
    period whose number stands apart from its era and year words one word (`令和 4 年度`: LibreOffice's text runs),
    a bracket a presentation program padded one word (`基準値（ R1 ）`, `close_padded_brackets`). A bracketed unit
    header (`（単位）`) heads a column of its own, not a gloss of the word before it, nor does a bracketed period
    beside a range of years (`_periods_apart`)."""
    words: list[str] = []
    parts = tokens(close_padded_brackets(_one_cell_words(line.strip())))
    k = 0
    while k < len(parts):
        token = parts[k]
        if k + 2 < len(parts) and nfkc(parts[k + 1]).isdigit() and not nfkc(token).isdigit() \
                and parse_period(token + parts[k + 1] + parts[k + 2]) is not None:
            token, k = token + parts[k + 1] + parts[k + 2], k + 2
        if words and is_parenthetical(token) and header_role(token) != UNIT and not _periods_apart(words[-1], token):
            words[-1] += token
        else:
            words.append(token)
        k += 1
    return _years_before_roles(words)


#: Two words one ideographic space apart: a text layer prints the gutter between two cells as ASCII spaces, so the two
#: are one cell's words.
_IDEOGRAPHIC_PAIR = re.compile(r"(\S+)\u3000(\S+)")


def _one_cell_words(line: str) -> str:
    """The line with each value role word joined to the period one ideographic space after it (`基準　平成29年度`,
    `中間目標　R8年度`, `実績値（年度）　R3`): one cell's words, not a role column beside a year column."""
    def joined(match: re.Match[str]) -> str:
        role, period = match.groups()
        one = header_role(role) == VALUE and not names_period(role) and names_period(period) \
            and header_role(period) != NAME
        return role + period if one else match.group(0)
    # without an ideographic space nothing matches; the search would still try every start of a long line, each
    # `\S+` to the line's end and back (a line of prose: the most costly call of the text readers, issue 13)
    return _IDEOGRAPHIC_PAIR.sub(joined, line) if "\u3000" in line else line


#: Year-and-role pairs a header line must print, each apart, before they read as cells of one word each.
MIN_YEAR_ROLE_PAIRS = 2


def _years_before_roles(words: list[str]) -> list[str]:
    """The words with each bare year joined to the yearless role word after it (`R4 実績 R5 実績` → `R4実績`,
    `R5実績`): pdftotext and pypdfium2 print a space between a cell's half-width year and its Japanese role word.
    Only when every bare year of the line is so followed, MIN_YEAR_ROLE_PAIRS times or more (`R4 R5 目標` keeps a
    year column beside a role column)."""
    years = [k for k, word in enumerate(words) if names_period(word) and not is_parenthetical(word)]
    pairs = [k for k in years if k + 1 < len(words) and k + 1 not in years and header_role(words[k + 1]) == VALUE
             and year_of(words[k + 1]) is None and nfkc(words[k])[-1:].isascii()
             and not nfkc(words[k + 1])[:1].isascii()]
    if len(pairs) < MIN_YEAR_ROLE_PAIRS or pairs != years:
        return words
    joined = list(words)
    for k in reversed(pairs):
        joined[k:k + 2] = [joined[k] + joined[k + 1]]
    return joined


def _periods_apart(word: str, token: str) -> bool:
    """A bracketed period `token` after a `word` that names a period too is the next cell's, no gloss of it, when
    one of the two is a range of years (`R5 （R3～R5）`: the last actual's year, then a total's range beside it;
    `（R3～R5） （R7）`: that range, then the target's year)."""
    periods = (names_period(word) or names_period_range(word)) and (names_period(token) or names_period_range(token))
    return periods and (names_period_range(word) or names_period_range(token))


def header_words(words: list[str]) -> bool:
    """Header words only, none a goal heading or its label alone (`基本目標１`)."""
    return bool(words) and all(is_header_text(w) and not names_goal(w) for w in words)


def value_band(line: str) -> list[str]:
    """The value header words of a line printing only those (`基準値（R1） 実績値（R5） 目標値（R7）`), else none."""
    words = line_words(line)
    return words if header_words(words) and all(header_role(w) == VALUE for w in words) else []


def apart_band(lines: list[str], start: int) -> int:
    """The end (exclusive) of the band of value header lines from `start`: lines of value header words only, one
    header word alone (`単位`, `担当課`: upright cells read across), and bracketed periods alone, each the next line
    of the cell above it (`基準値` / `（R1）`); `start` when none."""
    end = start
    while end < len(lines) and not _no_cell(lines[end]) and (
            value_band(lines[end]) or apart_word(lines[end]) or (end > start and is_parenthetical(lines[end].strip()))):
        end += 1
    return end


def _no_cell(line: str) -> bool:
    """A line naming header words that no header cell prints: a caption in brackets (`【評価の基準】` over a grade
    legend), a legend's entry (`A：目標を達成した（達成率100%以上）`) or a sentence (`※前年度比は、…`)."""
    text = nfkc(line.strip())
    return text[:1] in nfkc(CAPTION_BRACKETS) or any(nfkc(j) in text for j in GRADE_DEFINITION_JOINERS) \
        or is_prose(text)


def other_header(lines: list[str], i: int) -> int:
    """How many value columns line `i` heads as a table of its own (0: none): header words only but perhaps the
    first, two value words or more among them (`事業名 目標値 実績値`: a header naming no indicator column, which no
    row reader takes for one), and a row printing as many values right under it, its text first. It is no name's
    line: a table above ends there, and the rows under it that no reader read are told as unread
    (`ingest.unread.unread_row_lines`)."""
    words = line_words(lines[i])
    values = sum(is_header_text(w) and header_role(w) == VALUE for w in words)
    found = typed_tokens(lines[i].strip())
    under = typed_tokens(next((line for line in lines[i + 1:] if line.strip()), "").strip())
    figures = [t for t in under if t.kind in (T_VALUE, T_STAND_IN) and not is_unit_alone(t.text)]
    heads = values >= 2 and all(t.kind == T_TEXT for t in found) and all(is_header_text(w) for w in words[1:]) \
        and len(figures) == values and under[0].kind == T_TEXT
    return values if heads else 0


def apart_word(line: str) -> bool:
    """A line of one header word naming a column role (`単位`, `評価`: an upright cell read across,
    `ingest.text.blocks.upright_headers`)."""
    words = line_words(line)
    return len(words) == 1 and header_words(words) and header_role(words[0]) != OTHER


def with_apart(header: list[str], apart: list[str]) -> list[str]:
    """The header words with value header words printed apart from them put among them: each before the first
    value column of a later period (`基準値（H30）` before `R1`), else after the last value column, else (a header
    without value words: `No. 指標名 単位 担当課`) after the columns a row prints before its values (`担当課` after
    them); never before an apart value word printed earlier (a line of cells prints them left to right: `基準値（R1）
    目標値（R6） 実績値（R5）` stay in that order). A name word printed apart from a header without one (`No. 基本目標
    単位 担当課`) goes after the columns a row prints before its name. Other words printed apart go by the role they
    name: a column a row prints before its values (`単位`) before the first value column, any other (`評価`,
    `担当課`) after the last one and the words put there before."""
    words = list(header)
    name = next((k for k, w in enumerate(words) if header_role(w) == NAME), -1)
    tail = -1
    placed = -1  # the last apart value word's place: apart words keep their printed order among themselves
    for word in apart:
        year = year_of(word)
        values = [k for k, w in enumerate(words) if header_role(w) == VALUE]
        later = [k for k in values if year is not None and (other := year_of(words[k])) is not None and other > year]
        role = header_role(word)
        trailing = role not in LEAD_ROLES | {VALUE}
        if role == NAME and name < 0:  # the name cell printed apart (wrapped or centred in a tall header cell)
            at = next((k for k, w in enumerate(words) if header_role(w) not in _BEFORE_NAME), len(words))
            name = at
        elif role != VALUE and values:
            at = max(values[-1], tail) + 1 if trailing else values[0]
        else:
            at = later[0] if later else values[-1] + 1 if values else next(
                (k for k, w in enumerate(words) if k > name and header_role(w) not in LEAD_ROLES), len(words))
        if role == VALUE:
            at = max(at, placed + 1)
            placed = at
        else:
            placed += placed >= at
        words.insert(at, word)
        tail = at if trailing else tail + (tail >= at)
    return words



def grouped_years(words: list[str]) -> list[str]:
    """A header line closing with bare years after a column of another role (`指標名 実績値 達成率 評価 R2 R3 R4
    R5`): a two-row header in content-stream order, the top row's cells, then the years of the sub-columns of the
    one value word there that prints no period (`実績値`, merged over them). That word becomes one column per year
    where it stands, a word of one line (`実績値R2` …), as a band over two lines is read (`raw_rows._year_group`);
    the words as printed otherwise."""
    k = len(words)
    while k > 0 and token_type(words[k - 1], RAW) == T_YEAR and not is_parenthetical(words[k - 1]):
        k -= 1
    years = words[k:]
    grouped = role_over_years(words[:k], years, joiner="")
    if grouped is None:
        return words
    i = next(i for i, (word, column) in enumerate(zip(words, grouped, strict=False)) if word != column)
    return words if all(header_role(w) == VALUE for w in words[i + 1:k]) else grouped
