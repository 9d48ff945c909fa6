"""Rows of a text layer read by meaning rather than by spacing, for text whose cells are joined by single spaces
(pdfplumber `extract_text`, a copied web page): a gutter looks like a space inside a name, so where a cell ends
is told by what its tokens are.

Three steps, each usable alone:
- `split`: the whitespace tokens of a line, a goal heading's label joined to its title; each is typed by
  `ingest.text.token_types.token_type(…, SPACED)` (a value, a value's own year, a kind word, a department, a
  progress label, a goal heading or text);
- `header_columns`: the lines of a header band, whose multi-line header cells are vertically centred (a cell of
  two lines prints its lines on the lines above and below a one-line cell's), give the sequence of columns;
- `align`: a body line's tokens are matched to that column sequence by their types (dynamic programming over
  monotone assignments: a value goes to a value column, a department to the department column, text to a text
  column, several text tokens may share one column).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ingest.table.context import goal_level, graded_row, names_goal
from ingest.table.header import (
    CHANGE,
    NAME,
    NUMBER,
    OTHER,
    PERIOD,
    UNIT,
    VALUE,
    header_role,
    is_header_text,
    labelled_value,
    role_over_years,
    value_band,
)
from ingest.table.rows import WHOLE_AREA
from ingest.text.token_types import (
    SPACED,
    T_CHANGE,
    T_DEPARTMENT,
    T_HEADING,
    T_KIND,
    T_PROGRESS,
    T_TEXT,
    T_UNIT,
    T_VALUE,
    T_YEAR,
    token_type,
)
from normalize.cell import is_dash_run
from normalize.header import parse_header, years_over_roles
from normalize.periods import find_period, parse_period
from normalize.text import bracket_depth, nfkc
from normalize.vocabulary import (
    ALL_ROLE_WORDS,
    GOAL_COLUMN_ROLES,
    GOVERNMENT_NAME_ENDINGS,
    OPENING_BRACKETS,
    SEGMENT_LABELS,
    SEGMENT_SEPARATORS,
    STATEMENT_NAME_SEPARATORS,
)

_SPACES = re.compile(r"[ \u3000]+")
#: Half-width spaces alone: the gutters of a line whose cells print their own full-width space (`現状　2018`).
_HALF_SPACES = re.compile(r" +")
_BRACKETS = re.compile(r"[()\[\]]")
SEGMENTS = frozenset(nfkc(label) for label in SEGMENT_LABELS)
#: Marks printed alone between two values of one cell (`H27：4人 / R1：9人`), after NFKC.
_SEPARATORS = frozenset(nfkc(mark) for mark in SEGMENT_SEPARATORS)
#: Columns of running text beside the values (a reason, a note, what was done: `取組の状況`).
PROSE_ROLES = frozenset({"reason", "note", "narrative", OTHER})
_TEXT_ROLES = frozenset({NAME, "related_project", *PROSE_ROLES, *GOAL_COLUMN_ROLES})
#: Cost of an impossible placement (a value in a department column): kept finite so that every line aligns.
NEVER = 50.0
#: Cost of a text token in a column the lines around say it is not in: dearer than joining the next column's text.
AVOIDED = 2.0
#: Cost of a token joining the previous token's cell (a name printed with a space inside): columns are preferred.
JOIN = 1.0
#: Cost of a text token sharing a progress cell after its grade or label (`× 引き続き…`: a comment printed in the
#: grade's cell, or a header whose reason column the band lost): dearer than a column of its own, a name or a reason.
GRADE_COMMENT_JOIN = 2.0
#: The type of a token naming a member municipality (`山吹川町`) or the whole area (`圏域全体`), in a table with a
#: member column (a joint strategy's `市町村`): a cell of its own, never a piece of the name before it.
T_MEMBER = "member"
#: The type of a row's number opening its line in a table whose first column numbers the rows (`No.`).
T_NUMBER = "number"
#: The role of a member column (`ingest.table.header`).
MEMBER_ROLE = "member"
#: How long a municipality's name may be (`十津川村`, `山吹川町`, `嬬恋村`; the longest Japanese ones are 7 characters).
MEMBER_MAX_CHARS = 8


def is_member(token: str) -> bool:
    """A token that names a local government (a short word ending in `市`, `町`, `村`…, no digit) or the whole area
    of a joint strategy (`圏域全体`)."""
    text = nfkc(token).strip()
    if text in WHOLE_AREA:
        return True
    return 2 <= len(text) <= MEMBER_MAX_CHARS and text[-1] in GOVERNMENT_NAME_ENDINGS and \
        not any(ch.isdigit() for ch in text) and token_type(token, SPACED) == T_TEXT


def split(line: str, wide_in_cells: bool = False) -> list[str]:
    """The line's whitespace tokens, a goal heading's label joined to its title (`1-1` `安定した雇用の創出`), or to
    the text before it when that text opens a bracket the heading is quoted in. `wide_in_cells`: a full-width space
    is a cell's own (`現状　2018`, its word and year), only half-width spaces part cells."""
    spaces = _HALF_SPACES if wide_in_cells else _SPACES
    raw = _join_bracketed_years([t for t in spaces.split(line.strip()) if t])
    out: list[str] = []
    i = 0
    while i < len(raw):
        # a number after a value is the next value, no heading's label: `12.4 15 観光入込客数`, the name last
        after_value = bool(out) and token_type(out[-1], SPACED) == T_VALUE == token_type(raw[i], SPACED)
        taken = 1 if after_value else next(
            (k for k in (3, 2) if i + k <= len(raw) and _opens_heading(raw[i:i + k])), 1)
        if taken > 1 and out and bracket_depth(out[-1]) > 0:
            # a heading quoted inside a bracket the text before it opens (`…における「重点施策 7-1 互いに…`):
            # words of that text, no heading of its own
            out[-1] = " ".join([out[-1], *raw[i:i + taken]])
            i += taken
            continue
        if i + 1 < len(raw) and nfkc(raw[i]) in SEGMENTS and token_type(raw[i + 1], SPACED) == T_VALUE:
            taken = 2  # `小学校 88.7%`: a segment's value
        elif i + 2 < len(raw) and nfkc(raw[i + 1]) in _SEPARATORS \
                and token_type(raw[i], SPACED) == token_type(raw[i + 2], SPACED) == T_VALUE:
            taken = 3  # `H27：4人 / R1：9人`: two values of one cell, a separator between them
        elif i + 1 < len(raw) and _labels(raw[i]) and token_type(raw[i + 1], SPACED) == T_TEXT:
            taken = 2  # `関連事業: 学校教育構想推進事業`: a field's label and its text, one cell
        out.append(" ".join(raw[i:i + taken]))
        i += taken
    return out


def _labels(token: str) -> bool:
    """A word ending in a label's colon (`関連事業:`): what follows is its text, in the same cell."""
    return len(token) > 1 and token.endswith(STATEMENT_NAME_SEPARATORS) and token_type(token, SPACED) == T_TEXT


def _join_bracketed_years(raw: list[str]) -> list[str]:
    """Tokens of a value's year printed with a space inside its brackets (`（令和 11年）`, a producer's spacing
    of a number after kanji) joined again: a bracket opened and closed by the next token, together a year."""
    out: list[str] = []
    for token in raw:
        if out and bracket_depth(out[-1]) > 0 and bracket_depth(token) < 0 \
                and token_type(f"{out[-1]} {token}", SPACED) == T_YEAR:
            out[-1] = f"{out[-1]} {token}"
        else:
            out.append(token)
    return out


def _opens_heading(tokens: list[str]) -> bool:
    """The tokens make a goal heading that none of their shorter prefixes makes: a label (`1-1`, `①`, `重点施策 1-1`)
    and its title. A placeholder dash among them stands for a missing value (`0 ― B`: a target, an empty rate, a
    grade), no goal's title prints one as a word of its own, nor a grade word (`graded_row`)."""
    text = " ".join(tokens)
    if goal_level(text) is None or graded_row(text) or token_type(tokens[-1], SPACED) != T_TEXT \
            or any(is_dash_run(nfkc(t)) for t in tokens[1:]):
        return False
    return all(goal_level(" ".join(tokens[:k])) is None for k in range(1, len(tokens)))


def is_header_line(tokens: list[str]) -> bool:
    """Every token is a header word, a period or a qualifier (`基準値`, `（令和元年度）`, `計画最終年度`), none a goal
    heading or its label alone (`基本目標１`: a merged goal cell's first line), none a value after its role label
    (`現状：3,420事業所（R3）`, the first body line under `現状値・目標値`)."""
    return bool(tokens) and all(is_header_text(t) and not _holds_goal(t) and not labelled_value(t) for t in tokens)


def _holds_goal(token: str) -> bool:
    """The token is a goal heading, or ends in one quoted inside a bracket its text opens (`split`: `…における
    「重点施策 7-1 互いに認め合う…`): a body cell's text, though it names a header word (`施策`)."""
    words = token.split(" ")
    return any(names_goal(" ".join(words[k:])) for k in range(len(words)))


def is_box_label(tokens: list[str]) -> bool:
    """A line of one word naming the indicator column (`指標`): maybe a label over a table (its kind printed as the
    generic word) rather than a column of the band below (`label_over_band`)."""
    return len(tokens) == 1 and header_role(tokens[0]) == NAME


def label_over_band(label: list[str], below: list[list[str]]) -> bool:
    """`指標` over a band printed by height, whose line of several header cells names the indicator column again
    (`現状値 目標値` / `指標名 解説・算出方法など`): the label heads no column of it."""
    return is_box_label(label) and any(len(line) > 1 and any(header_role(t) == NAME for t in line) for line in below)


# --- header band → columns ------------------------------------------------------------------------------------


#: The usual order of the columns after the values (a unit column also stands there), for header cells whose order
#: the header lines do not show.
TRAILING_ORDER = {UNIT: 0, "department": 1, "progress": 2, "reason": 3, "note": 4}


def _role(header: str) -> str:
    return header_role(header)


#: The observation role of the value the others are measured against (normalize.header.parse_header's role).
_BASELINE = "baseline"


def _observes(header: str) -> str | None:
    """The observation role a value column's header names (`baseline`, `actual`, `target`), else None."""
    return parse_header(header)[0] if _role(header) == VALUE else None


def _is_period(token: str) -> bool:
    """A header token that only dates the column (`（R1）`, `令和4年度`)."""
    return parse_period(_BRACKETS.sub("", nfkc(token)).strip()) is not None


def header_columns(band: list[list[str]]) -> list[str]:
    """The column headers of a header band, left to right, from its lines' tokens (`band_columns`)."""
    return band_columns(band)[0]


def band_over_values(words: list[str], below: list[str]) -> list[str] | None:
    """A header line with one value band word (`指標の推移`, `ingest.table.header.value_band`: a cell merged over
    the value columns) and no value word, over a line of two or more value cells only (`基準値（R1） 目標値（R7）`):
    the line with the band word replaced by those cells, where it stands; None otherwise."""
    bands = [k for k, word in enumerate(words) if value_band(word) is not None]
    if len(bands) != 1 or len(below) < 2 or not all(_role(word) == VALUE for word in below) \
            or any(_role(word) == VALUE for k, word in enumerate(words) if k != bands[0]):
        return None
    return [*words[:bands[0]], *below, *words[bands[0] + 1:]]


def band_columns(band: list[list[str]]) -> tuple[list[str], bool]:
    """The column headers of a header band, left to right, from its lines' tokens, and whether the baseline's place
    among them was read from the usual order of the values rather than from the lines (a guess).

    A header cell of n lines is printed vertically centred: its lines stand at offsets -(n-1), -(n-3) … n-1 (in
    half lines) from the band's middle line, the one naming the indicator column (nearest the band's centre:
    `指標の担当` names 指標 too). So the middle line holds the
    cells of odd height in order; the lines at ±1 the cells of even height (stacked: line -1's i-th token over
    line +1's); the lines at ±2 the tops and bottoms of three-line cells, which stand over the middle line's value
    columns. Cells of even height form one block, placed before the middle line's first value column, or after
    its name column when it has none; a block of later values only (`実績値` / `目標値`) after the middle line's
    baseline cells, since a baseline comes before what is measured against it (that place is the guess).
    """
    for k in range(len(band) - 1):
        if (over := band_over_values(band[k], band[k + 1])) is not None:
            return band_columns([*band[:k], over, *band[k + 2:]])
    if len(band) == 1:
        return list(band[0]), False
    named = [i for i, line in enumerate(band) if any(_role(t) == NAME for t in line)]
    middle = min(named, key=lambda i: abs(2 * i - (len(band) - 1))) if named else \
        max(range(len(band)), key=lambda i: len(band[i]))
    if middle >= 2 and middle + 2 < len(band) and (group := _year_group(band[middle - 2], band[middle + 2])):
        # a heading over the years of its sub-columns, its cell as tall as the middle line's two-line cells (`目標値`
        # / `基準値` / `No. 指標名 単位` / `（R5）` / `R7 R8 R9 R10`): the rest of the band, the group placed by year
        columns, guessed = band_columns([*band[:middle - 2], *band[middle - 1:middle + 2], *band[middle + 3:]])
        return _place_by_year(columns, group), guessed
    if middle >= 2 and middle + 2 < len(band) and (pairs := _years_over_roles(band[middle - 2], band[middle + 2])):
        # a two-row header whose years head the first row, each merged over its role words' sub-columns on the
        # second (`令和５年度 令和６年度` / `基準値` / `指標名 担当課` / `（R4）` / `目標 実績 目標 実績`, layouts 271):
        # the cells merged down both rows stand between, centred; the pairs placed by year
        columns, guessed = band_columns([*band[:middle - 2], *band[middle - 1:middle + 2], *band[middle + 3:]])
        return _place_by_year(columns, pairs), guessed
    centre = list(band[middle])
    tall = [list(band[middle - 2]) if middle >= 2 else [], list(band[middle + 2]) if middle + 2 < len(band) else []]
    if any(tall):
        count = max(len(t) for t in tall)
        values = [i for i, t in enumerate(centre) if _role(t) == VALUE] or list(range(len(centre)))
        for k, i in enumerate(values[-count:]):
            top = tall[0][k] if k < len(tall[0]) else ""
            bottom = tall[1][k] if k < len(tall[1]) else ""
            centre[i] = "\n".join(filter(None, (top, centre[i], bottom)))
    above = list(band[middle - 1]) if middle >= 1 else []
    below = list(band[middle + 1]) if middle + 1 < len(band) else []
    values = [i for i, t in enumerate(centre) if _role(t) == VALUE]
    lone = above if not below else below if not above else []
    if lone and len(lone) == len(values) and all(_is_period(t) for t in lone):
        # a two-line band whose second line dates the first line's value columns (`基準値 実績値` / `（R1） （R5）`)
        for i, year in zip(values, lone, strict=True):
            centre[i] = "\n".join((year, centre[i]) if lone is above else (centre[i], year))
        return centre, False
    dated = [i for i in values if centre[i][:1] in OPENING_BRACKETS and _is_period(centre[i])]
    if lone and len(lone) == len(dated) and all(_role(t) == VALUE and not _is_period(t) for t in lone):
        # role words over the bracketed years among the middle line's years (`基準値 目標値` over `（R1） R3 R4 R5
        # （R7）`: a role's two-line cell closes with its year in brackets, the bare years head columns of their own)
        for i, word in zip(dated, lone, strict=True):
            centre[i] = "\n".join((word, centre[i]) if lone is above else (centre[i], word))
        return centre, False
    group = _year_group(above, below)
    if group:
        return _place_by_year(centre, group), False
    if len(above) == len(below):
        even = ["\n".join((a, b)) for a, b in zip(above, below, strict=True)]
    elif not above or not below:
        even = above or below
    else:  # lines of unequal length: the shorter line's tokens go with the longer line's last ones
        longer, shorter = (above, below) if len(above) > len(below) else (below, above)
        offset = len(longer) - len(shorter)
        partner = {i: i - offset for i in range(offset, len(longer))}
        values = [i for i, t in enumerate(longer) if _role(t) == VALUE]
        if len(values) == len(shorter) and all(_is_period(t) for t in shorter):
            partner = {i: k for k, i in enumerate(values)}  # the years of the value columns (`基準値` / `（R1）`)
        even = [t if i not in partner else ("\n".join((t, shorter[partner[i]])) if longer is above
                                            else "\n".join((shorter[partner[i]], t)))
                for i, t in enumerate(longer)]
    if not even:
        return centre, False
    roles = [_role(t) for t in centre]
    printed = list(centre)
    moved = False
    if VALUE in roles:
        at = roles.index(VALUE)
        if not any(_observes(c) == _BASELINE for c in even) and any(_observes(c) is not None for c in even):
            # the block of even height holds later values only: the middle line's baseline cells stand before it
            # (`指標名 基準値` between `実績値 目標値` and their years: a baseline comes before what is measured
            # against it)
            while at < len(centre) and roles[at] == VALUE and _observes(centre[at]) == _BASELINE:
                at += 1
                moved = True
    else:
        leading = [i for i, r in enumerate(roles) if r in (NAME, UNIT, "kind", "number", *GOAL_COLUMN_ROLES)]
        at = leading[-1] + 1 if leading else 0
    lead: list[str] = []
    if bool(above) != bool(below) and VALUE in roles:
        # one line of whole cells beside the middle line (`No. 担当課` over `指標名 基準値 目標値`: cells of two rows'
        # height over a spanning heading's cells): a number or goal column opens the table, the trailing roles (unit,
        # department, progress, reason, note) stand after the values; only the rest stands before them
        lead = [c for c in even if _role(c) in ("number", *GOAL_COLUMN_ROLES)]
        after = [c for c in even if _role(c) in TRAILING_ORDER and _role(c) != UNIT]
        even = [c for c in even if c not in lead and c not in after]
        centre = centre + after
    columns = lead + centre[:at] + even + centre[at:]
    # the columns after the last value column that come from two lines, whose order between them nobody printed,
    # stand in the usual order (unit, department, progress, reason, note); those of the middle line alone stand as
    # printed (`指標 単位 進捗 担当課` between the years and the roles of the value columns)
    last = max((i for i, c in enumerate(columns) if _role(c) == VALUE), default=len(columns) - 1)
    trailing = columns[last + 1:]
    if not all(c in printed for c in trailing):
        trailing = sorted(trailing, key=lambda c: TRAILING_ORDER.get(_role(c), len(TRAILING_ORDER)))
    return columns[:last + 1] + trailing, moved


def _year_group(above: list[str], below: list[str]) -> list[str]:
    """The columns of a header word printed over the years of its sub-columns (`実績値` over `R2 R3 R4 R5`), one
    column per year, the word repeated over each; [] when the lines around the middle line are not such a pair."""
    if len(above) == 1 and all(_is_period(t) for t in below):
        return role_over_years(above, below) or []
    return []


def _years_over_roles(above: list[str], below: list[str]) -> list[str]:
    """The columns of bare years (`令和５年度 令和６年度`) each over the same number (two or more) of role words
    without period (`目標 実績 目標 実績`), the years' cells merged over their sub-columns: one column per role word,
    dated by the year over it (`令和５年度` / `目標`); [] otherwise."""
    if not all(_is_period(t) and nfkc(t)[:1] not in OPENING_BRACKETS for t in above) \
            or not all(_role(t) == VALUE and not _is_period(t) and year_of(t) is None for t in below) \
            or (pairs := years_over_roles(above, below)) is None:
        return []
    return [f"{year}\n{role}" for year, role in pairs]


def year_of(text: str) -> int | None:
    """The year of the first period a text names (`基準値（R1）` 2019, `(平成30年)` 2018), else None."""
    found = find_period(text)
    year = re.search(r"\d{4}", found[0]) if found else None
    return int(year.group()) if year else None


def year_cost(places: tuple[int, ...], years: list[int | None], column_years: dict[int, int | None]) -> float:
    """How far the values' years lie from their columns' years when placed at `places` (a value without a year
    costs nothing; a year under a column naming none is no placement: infinite)."""
    if any(year is not None and column_years[c] is None for c, year in zip(places, years, strict=True)):
        return float("inf")
    return sum(abs(year - column_years[c]) for c, year in zip(places, years, strict=True)  # type: ignore[operator]
               if year is not None)


def periods_rise(words: list[str]) -> bool:
    """Every word names a period, each later than the one before."""
    years = [year for word in words if (year := year_of(word)) is not None]
    return len(years) == len(words) and all(a < b for a, b in pairwise(years))


def is_target_header(header: str) -> bool:
    """A value column's header names a target (`計画最終年度` / `目標値`) and no other role."""
    text = nfkc(header)
    roles = {role for word, role in ALL_ROLE_WORDS.items() if nfkc(word) in text}
    return roles == {"target"}


def _place_by_year(centre: list[str], group: list[str]) -> list[str]:
    """The middle line's columns with a group of dated sub-columns put among its value columns in order of their
    years (`基準値（R1）` · `R2`…`R5` · `目標値（R6）`): no line shows where the group stands, the years do.
    Without years on the middle line's value columns, the group comes before them."""
    first = year_of(group[0])
    values = [i for i, t in enumerate(centre) if _role(t) == VALUE]
    earlier = [i for i in values if (year := year_of(centre[i])) is not None and first is not None and year < first]
    at = earlier[-1] + 1 if earlier else values[0] if values else len(centre)
    return centre[:at] + group + centre[at:]


# --- a body line → cells ----------------------------------------------------------------------------------------


def _cost(kind: str, role: str) -> float:
    """How unlikely a token of type `kind` is in a column of role `role` (0 = where it belongs)."""
    text_like = role in _TEXT_ROLES
    if kind == T_VALUE:
        if role == "progress":
            return 4.0  # an achievement rate beside the values (`達成率` `85.0%`)
        if role == CHANGE:
            return 1.0  # a fall printed as a negative value (`▲11`): a change column's, though rather a value's
        return 0.0 if role == VALUE else 4.0 if role in PROSE_ROLES else 6.0 if text_like else NEVER
    if kind == T_CHANGE:  # a figure a change column's place showed (`_change_column` in ingest.text.spaced)
        return 0.0 if role == CHANGE else _cost(T_VALUE, role)
    if kind == T_YEAR:
        return 0.0 if role in (VALUE, PERIOD) else 4.0 if text_like else NEVER
    if kind == T_KIND:
        return 0.0 if role == "kind" else 1.0 if role in GOAL_COLUMN_ROLES else 3.0 if text_like else NEVER
    if kind == T_DEPARTMENT:
        return 0.0 if role == "department" else 3.0 if text_like else NEVER
    if kind == T_PROGRESS:
        return 0.0 if role == "progress" else 3.0 if text_like else 6.0 if role == VALUE else NEVER
    if kind == T_HEADING:
        return 0.0 if role in GOAL_COLUMN_ROLES else 2.0 if text_like else NEVER
    if kind == T_UNIT and role == UNIT:
        return 0.0
    if kind == T_NUMBER:
        return 0.0 if role == NUMBER else NEVER
    if kind == T_CHANGE:
        return 0.0 if role == CHANGE else NEVER
    if kind == T_MEMBER:
        return 0.0 if role == MEMBER_ROLE else _cost(T_TEXT, role) + JOIN  # rather its own column than another's
    # text
    if role == NAME:
        return 0.0
    if role in GOAL_COLUMN_ROLES:
        return 0.3
    if text_like:
        return 0.2
    if role in ("department", "progress", UNIT):
        return 1.5
    if role == "kind":
        return 3.0
    if role == VALUE:
        return 6.0
    return NEVER


def _join_cost(previous: str, kind: str, role: str) -> float:
    """Cost of a token sharing the previous token's column."""
    if kind in (T_TEXT, T_UNIT) and previous in (T_TEXT, T_HEADING, T_UNIT) and _cost(T_TEXT, role) < NEVER:
        return JOIN  # also a note wrapped in a value column (`※…検 討にあわせて設定予`)
    if kind == T_TEXT and previous == T_PROGRESS and role == "progress":
        return GRADE_COMMENT_JOIN
    if kind == T_YEAR and previous == T_VALUE and role == VALUE:
        return 2.0  # `144人 （平成30年度）` printed on one line
    if kind == T_TEXT and previous in (T_VALUE, T_YEAR) and role == VALUE:
        return 7.0  # `5人 (速報値)`, dearer than a text of its own in a value column (`5人 調査中 0人`)
    return NEVER


@dataclass(frozen=True)
class Alignment:
    columns: list[int]  # the column of each token
    cost: float


def align(kinds: list[str], roles: list[str], avoid: frozenset[int] = frozenset(),
          taken: frozenset[int] = frozenset(), fixed: dict[int, int] | None = None,
          partner: list[str] | None = None, free: frozenset[int] = frozenset()) -> Alignment:
    """The cheapest monotone assignment of tokens (by type) to columns (by role). Costed, not forbidden: `avoid`,
    columns a text token should not take; `taken`, columns whose value the lines beside already print; `free`,
    value columns the row prints no value in, where a text token is as likely as in a note column; `fixed`,
    token index → the column it continues (a wrapped label's end); `partner`, the types of another line's tokens
    that stand in the same columns as these (the other lines of the same cells), costed together."""
    fixed = fixed or {}
    n, m = len(kinds), len(roles)
    if not n:
        return Alignment([], 0.0)
    inf = float("inf")
    # best[i][j]: cost of tokens 0..i with token i in column j
    best = [[inf] * m for _ in range(n)]
    back = [[-1] * m for _ in range(n)]

    def extra(i: int, j: int) -> float:
        cost = AVOIDED if j in avoid and kinds[i] == T_TEXT else 0.5 if j in taken and kinds[i] == T_VALUE else 0.0
        return cost + (NEVER if i in fixed and fixed[i] != j else 0.0)

    def own(i: int, j: int) -> float:
        pair = _cost(partner[i], roles[j]) if partner else 0.0
        base = _cost(T_TEXT, "note") if j in free and kinds[i] == T_TEXT else _cost(kinds[i], roles[j])
        return base + pair + extra(i, j) + j * 1e-3  # ties: the leftmost column

    def join(i: int, j: int) -> float:
        pair = _join_cost(partner[i - 1], partner[i], roles[j]) if partner else 0.0
        return _join_cost(kinds[i - 1], kinds[i], roles[j]) + pair

    for j in range(m):
        best[0][j] = own(0, j)
    for i in range(1, n):
        running, arg = inf, -1  # min over columns < j
        for j in range(m):
            same = best[i - 1][j] + join(i, j) + extra(i, j)
            new = running + own(i, j)
            if same <= new:
                best[i][j], back[i][j] = same, j
            else:
                best[i][j], back[i][j] = new, arg
            if best[i - 1][j] < running:
                running, arg = best[i - 1][j], j
    j = min(range(m), key=lambda c: best[n - 1][c])
    cost = best[n - 1][j]
    columns = [0] * n
    for i in range(n - 1, -1, -1):
        columns[i] = j
        j = back[i][j]
    return Alignment(columns, cost)
