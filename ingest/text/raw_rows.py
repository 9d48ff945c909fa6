"""Table rows printed on one line with single spaces between their cells (`pdftotext -raw`, which writes a
table's text runs in content-stream order): each row is cut into the header's columns by what its tokens are.

A header (`指標名 基準値（H30） 実績値（R4） 目標値（R6） 評価 今後の方針` on one line, or its cells' lines one after
another as the content stream prints them: `基準値` / `（令和元年度）` / `令和４年度` / `実績値` …) gives the sequence
of column roles:
leading text columns (the name, a 区分 column), value columns (with the year columns beside them), trailing text
columns (progress, reason, note, department). A row's tokens are typed (`ingest.text.token_types`: value, stand-in,
year, progress label, text) and matched to that sequence: the run of value tokens fills the value columns, the text
before it is the name (and the leading columns' own words, such as a segment label `男性`), the text after it the
trailing columns. A row printing fewer values than there are value columns is filled by the types (a year column
takes a year); when several placements remain, left to right and the table is marked uncertain, since which cell
was empty cannot be seen without positions; the one row of a table one value short, its siblings printing every
column, fills the last ones (`_lone_short_row`: a stand-in the tool dropped). A rate closing a run of values of
another unit (`18人 26人 40人 65.0%`, `token_types.rate_apart`) is the progress column's, the values before it
ending in the last value column (`_rate_closes`).

Lines around a row that print no values are read by what stands next to them:
- lines of values after a row that fills fewer value columns, or a bracketed remark (`(平成 30 年)`, `(閏年)`):
  the row's cells go on over them; a segment's value under a row ending in another segment's (`男性 77.41 歳` /
  `女性 79.89 歳`) is the same cell's; a `※` note under a row that leaves value columns empty is printed in the
  first of them;
- text after a row with a trailing text column that does not end a sentence: that column wrapped, or the next
  trailing column when the text begins it (`企業誘致課` / `概ね順調に` / `進捗`); but text lines followed by a row
  printing no name are that row's name;
- text ending in a particle after a row whole to its last trailing column (a department): the first line of the
  next row's name (pypdfium2 prints the second line with the row's values);
- a line printed beside a page number on two pages or more: a running title, page furniture like the number;
- text after a row whose name ends in a particle (`市の移住支援制度を 12世帯 …` / `利用して転入した世帯数`): the rest
  of that name, printed under the row by a cell filled from its top (flagged uncertain after a page break);
- text lines before a row: its name wrapped over lines (flagged uncertain right after a page break, where it may
  also be the tail of the row before); before rows that print only a segment label (`男性 79.2歳 …`), the name
  the segment rows share;
- names numbered `①`, `②` on lines of their own (each maybe wrapped), then one value per line: one row listing
  several indicators, its cells printed column by column; or the value lines, one value per column, among the
  name's lines (pdfplumber), the k-th the k-th name's; a name, then lines of one segment label and one value each
  whose labels repeat once per value column (`小学校 88.7%` / `中学校 82.8%` / `小学校 90.0%` …): one row per
  segment;
- in a table in long form (a `年度` column), a name and department alone on a line over a row opening with its
  year: the indicator whose name is merged down over its year rows, which follow without a name;
- in a table with goal columns (基本目標, 具体的な施策) goal headings (`1 しごとの創生`) are the goal column's cell
  of the rows below; a measure and a kind word before a name (`① 地域産業の活性化 KPI 製造品出荷額等`) fill the
  measure and kind columns; a line opening with a kind word is a row, no caption; with rows above the first
  heading they are merged goal cells printed centred on their rows, each row taking the nearest (flagged);
- goal headings still open over a row (a layer sorted by height prints merged goal cells centred on their rows
  interleaved with the rows' lines): a word opening the row's line before the name as no cell opens
  (`を産み育てられる 乳幼児健康診査の受診率 …`), or after a heading line ending open, and text lines under a row whole
  to its department, are those cells' lines (`_goal_rest_before_names`, `_heading_line_after`; flagged); so are
  lines ending no sentence under a row that left its free-text columns (備考) empty, in a layer that printed such a
  goal line on a row's line (`_interleaved`: a -raw layer prints a reason after its row);
- value header cells and wrapped names a spreadsheet prints after the rows (`基準値（H30） 目標値（R6）` under the
  last row; an Excel sheet printed in two passes gives its header line without the value headers, then their cells
  after the rows) go into the header by their periods and to the rows printing no name (`_apart_value_headers`,
  flagged unless the periods rise in printed order and no name moved; a change column, `前年度比`, goes after the
  two value columns whose difference the rows print in it, `change_placed`); a line of years alone after the rows
  (`令和5年度 令和11年度`, a second header row drawn last) dates the value words naming none (`_years_after_rows`);
- a page number or a page break goes on with the table when a whole row follows; a heading, a caption, a `※`
  note, another header or a sentence ends it.
Letter-spaced words (`指 標 名`, `企 画 課`: a cell's text spread over its width) are closed first
(`normalize.text.unspace_letters`).
A line printing several goal headings (two tables side by side on an A3 page) gives one heading to each of the
tables that follow it.
Rows printed in two passes (every row's label and text cells, then, after a note, the value headers or the merged
goal cells, every row's values; or every row but its overflowing name, then the names) are joined first
(`ingest.text.two_pass`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations, islice, pairwise, takewhile

from ingest.document import PAGE_BREAK
from ingest.table.context import LIST_NUMBER, department_field, goal_level, titled_goal
from ingest.table.grid import Grid, GridCell
from ingest.table.header import (
    CHANGE,
    DEPARTMENT,
    KIND,
    MEMBER,
    NAME,
    NARRATIVE,
    NOTE,
    NUMBER,
    OTHER,
    PERIOD,
    PROGRESS,
    REASON,
    UNIT,
    VALUE,
    band_label,
    bare_years_line,
    compact,
    continued_caption,
    continued_heading,
    header_role,
    is_caption,
    is_header_text,
    is_kind_word,
    names_period,
    names_period_range,
    names_role,
    opens_new_table,
    role_over_years,
    section_heading,
    total_word,
    unit_field_line,
)
from ingest.table.merged_left import centred_goals
from ingest.table.rows import (
    WIDE_CHAR,
    WRAP_WIDTH_SLACK,
    bracketed_unit,
    breakdown_segment,
    display_width,
    grade_definition,
    is_total_row,
    member_segment,
    row_role_word,
    segment_label,
)
from ingest.text.blocks import LABELLED_HEADING, TextTable, open_name
from ingest.text.broken_rows import continued_cells, tail_column, wrap_width
from ingest.text.fragment_cells import (
    YEAR_RUN_LINES,
    is_known_value,
    is_parenthetical,
    tokens,
    year_below_role,
)
from ingest.text.furniture import (
    furniture_line,
    labelled_note,
    note_after_table,
    note_line,
    note_mark,
    running_titles,
)
from ingest.text.header_words import (
    MAX_BAND_WORD_CHARS,
    MAX_PIECE_CHARS,
    apart_band,
    apart_word,
    header_words,
    line_words,
    other_header,
    upright_word,
    with_apart,
)
from ingest.text.stacked import opens_part, title_after_cell
from ingest.text.token_types import (
    RAW,
    T_CHANGE,
    T_PROGRESS,
    T_STAND_IN,
    T_TEXT,
    T_VALUE,
    T_YEAR,
    Token,
    change_place,
    change_placed,
    cut_group_rest,
    glued_department,
    is_change,
    is_department,
    is_grade_mark,
    is_progress,
    is_prose,
    is_unit_alone,
    rate_after_bare,
    rate_apart,
    token_type,
    typed_tokens,
)
from ingest.text.two_pass import MAX_GAP_LINES, join_two_pass, unit_of
from ingest.text.typed_rows import (
    SEGMENTS,
    TRAILING_ORDER,
    band_over_values,
    is_member,
    is_target_header,
    label_over_band,
    periods_rise,
    year_cost,
    year_of,
)
from ingest.title import names_plan
from normalize.cell import parse_cell
from normalize.header import parse_header, years_over_roles
from normalize.periods import parse_period
from normalize.text import bracket_depth, is_hiragana, nfkc, printed_width, single_glyph, unspace_letters
from normalize.vocabulary import (
    CIRCLED_NUMBERS,
    DATED_VALUE_JOINER,
    DEFINITION_LABELS,
    GOAL_COLUMN_ROLES,
    IGNORED_NAME_QUALIFIERS,
    ITEM_LIST_MARKS,
    LINE_CONTINUATION_OPENINGS,
    NAME_OPEN_ENDINGS,
    NOTE_MARKS,
    OPENING_BRACKETS,
    PROGRESS_HEADER_WORDS,
    SENTENCE_ENDINGS,
    UNIT_HEADER_WORDS,
    VALUE_FOOTNOTE_MARKS,
    YEAR_COLUMN_HEADERS,
)

ENGINE = "text-typed"
#: Headers of a column printing each row's year alone (`年度`): a table in long form (`_year_column_role`).
_YEAR_COLUMN_KEYS = frozenset(compact(word) for word in YEAR_COLUMN_HEADERS)
#: Token types a value column or a year column takes.
#: A change column (`前年度比`) among them takes a signed figure, `+3組` or `△3件` (a negative figure is a value too).
_ACCEPTS = {VALUE: frozenset({T_VALUE, T_STAND_IN}), PERIOD: frozenset({T_YEAR}),
            CHANGE: frozenset({T_CHANGE, T_VALUE, T_STAND_IN})}
_MIDDLE_KINDS = frozenset({T_VALUE, T_STAND_IN, T_YEAR, T_CHANGE})
#: Columns whose cell is a word of their own vocabulary (`_takes`), never a free text's line.
_WORD_ROLES = frozenset({KIND, DEPARTMENT, NUMBER, UNIT, PROGRESS, MEMBER})
#: Lines a name may wrap over before its row; one more right under the header, where no cell of a row above could
#: hold its first line (a narrow name column: `将来の夢や希望の実` / `現に向け努力してい` / `る` / `児童・生徒の割合`).
MAX_NAME_LINES = 3
#: Lines a header band may have (every line of every header cell, one after another).
MAX_BAND_LINES = 20
#: Particles a line that goes on from a sentence may open with (NAME_OPEN_ENDINGS' one-kana words)
_PARTICLES = tuple(p for p in NAME_OPEN_ENDINGS if is_hiragana(p))

#: A row's number under a `No.` header: `1`, `1.`, `1)`, `(1)` (NFKC-folded, so `（１）` too).
#: How a line opens when it goes on with the line above (`を産み育てられる`), as the tokens read it
_CONTINUATIONS = tuple(nfkc(opening) for opening in LINE_CONTINUATION_OPENINGS)
#: A line opening with one kana and a comma or full stop: the end of a word wrapped from the line above (a reason's
#: `…開発意欲の低下のた` / `め、目標値の 10 件`); no name opens so.
_WORD_END_OPENING = re.compile(r"[ぁ-ゖァ-ヺ][、。]")
_ROW_NUMBER = re.compile(r"^(?:\d+[.)]?|\(\d+\))$")
#: A gutter between two columns on a line laid out by position (`pdftotext -layout`): a run of spaces no name holds.
_GUTTER = " " * 3


@dataclass(frozen=True)
class _Header:
    words: list[str]
    roles: list[str]
    line: int  # 0-based first line
    end: int = -1  # 0-based last line (a header band of several lines); -1: the first line

    @property
    def last(self) -> int:
        return self.line if self.end < 0 else self.end

    @property
    def middle(self) -> list[int]:
        """The value and year columns, first to last."""
        inside = [c for c, role in enumerate(self.roles) if role in _ACCEPTS]
        return list(range(inside[0], inside[-1] + 1))

    @property
    def lead(self) -> list[int]:
        return list(range(self.middle[0]))

    @property
    def trailing(self) -> list[int]:
        return list(range(self.middle[-1] + 1, len(self.roles)))

    @property
    def name(self) -> int:
        """The name column; in a sheet's later page that repeats only its key (`No. R4 R5 目標値`), the key's, whose
        rows the interpreter joins to the earlier page's by key."""
        return self.roles.index(NAME) if NAME in self.roles else self.roles.index(NUMBER)


def _header(words: list[str], first: int, last: int) -> _Header | None:
    """The words as a header: every word names a column role, a name column comes before the values and the value
    and year columns stand together; else None."""
    if len(words) < 2 or any(token_type(word, RAW) == T_VALUE for word in words):
        return None
    roles = [_year_column_role(word, role) for word, role in zip(words, map(header_role, words), strict=True)]
    if OTHER in roles or VALUE not in roles:
        return None
    if NAME not in roles and not (roles[0] == NUMBER and roles.count(NUMBER) == 1):
        return None  # a header without a name column is only a wide sheet's later page keyed by its first column
    header = _Header(list(words), roles, first, last if last > first else -1)  # a copy: read_band grows its words
    if header.name > header.middle[0] or any(roles[c] not in _ACCEPTS for c in header.middle):
        return None
    return header


def _year_column_role(word: str, role: str) -> str:
    """A column headed by the year alone (`年度`, YEAR_COLUMN_HEADERS) takes each row's year, as a year column
    beside the values does: a table in long form, one row per indicator and year (the interpreter dates the row's
    values by it, `ingest.table.rows`)."""
    return PERIOD if role == OTHER and compact(word) in _YEAR_COLUMN_KEYS else role


def read_header(line: str, index: int) -> _Header | None:
    """The line as a one-line header (see `_header`), else None."""
    return _header(line_words(line), index, index)


def _bare(word: str) -> bool:
    """A header cell's first line that names no role of its own: a period (`令和４年度`) or a qualifier
    (`計画最終年度`), whose role word (`実績値`) the cell prints on its next line."""
    if names_role(word):
        return False
    return parse_header(word)[1] is not None or (header_role(word) == OTHER and is_header_text(word))


def _role_word(word: str) -> bool:
    """A value role word without a period (`実績値`, `目標値`): the second line of a cell `令和４年度` / `実績値`. A
    header word of another column naming a role (`数値目標`, the indicator column's) is none."""
    return names_role(word) and parse_header(word)[1] is None and header_role(word) == VALUE


def role_line_above(lines: list[str], first: int, header: list[str]) -> bool:
    """A line of two or more bare role words (`基準 実績 目標`; one alone, `【数値目標】`, is a caption) stands right
    above the header line `first` (0-based), over fewer cells than its value columns (`令和元年度 … 令和7年度`):
    which value column plays which role the header does not show, so every role read from the header alone is a
    guess."""
    above = line_words(lines[first - 1]) if first >= 1 and not is_caption(lines[first - 1]) else []
    values = sum(header_role(word) == VALUE for word in header)
    return 2 <= len(above) < values and all(map(_role_word, above))


#: Header lines without a period word (`担当課`) a role line may stand above the line of periods it spans.
MAX_ROLE_LINE_GAP = 2
#: The role whose word a run of years prints under (`実績` over `令和3年度 令和4年度 令和5年度`).
RUN_ROLE = "actual"


def spread_roles(words: list[str], count: int) -> list[str] | None:
    """The role words of a line (`基準 実績 目標`) over `count` period columns, one per column, in order: with as
    many columns as words, one each; with more, the one word of RUN_ROLE takes the columns the others, one each,
    leave (a `中間目標` and a `目標` are two words, one column each). None when no such spread exists (a word
    twice, no run role or two, fewer columns)."""
    codes = [parse_header(word)[0] for word in words]
    if len(words) == count:
        return list(words)
    if count < len(words) or codes.count(RUN_ROLE) != 1 or len(set(map(compact, words))) != len(words):
        return None
    k = codes.index(RUN_ROLE)
    return [*words[:k], *[words[k]] * (count - len(words) + 1), *words[k + 1:]]


#: The order in time of the roles a spread gives the periods: a baseline's year before the run's, a target's after.
_ROLE_TIME = {"baseline": 0, RUN_ROLE: 1, "target": 2}
_FOUR_DIGITS = re.compile(r"\d{4}")


def spread_in_time(spread: list[str], periods: list[str]) -> bool:
    """Each role of a spread (`spread_roles`) over the periods its columns print keeps its order in time: the
    baseline's year before every year of the run, the run's years rising, a target's year after them all. A
    spread that breaks it (or a period without a year) may have given a role the wrong run of columns."""
    # a total's column (`累計` over `（R3～R5）`) counts the run's years again: no place in time of its own
    kept = [(word, period) for word, period in zip(spread, periods, strict=True) if not total_word(word)]
    years = [_FOUR_DIGITS.search(parse_header(period)[1] or "") for _, period in kept]
    codes = [_ROLE_TIME.get(parse_header(word)[0] or "") for word, _ in kept]
    if not all(years) or None in codes or 1 not in codes:
        return False
    run = [int(y.group(0)) for y, code in zip(years, codes, strict=True) if code == 1]
    for year, code in zip((int(y.group(0)) for y in years), codes, strict=True):
        if (code == 0 and year >= run[0]) or (code == 2 and year <= run[-1]):
            return False
    return all(a < b for a, b in pairwise(run))


def _period_words(words: list[str]) -> list[int]:
    """Where the words print a period without a role word (`令和元年度`, `R3`), or a range of years alone (`（R3～R5）`,
    under a total word: `total_word`); every word, for a line of bare western years (`bare_years_line`)."""
    if bare_years_line(words):
        return list(range(len(words)))
    return [k for k, word in enumerate(words)
            if (header_role(word) == VALUE and not names_role(word) and parse_header(word)[1] is not None)
            or names_period_range(word)]


def _role_run(words: list[str]) -> tuple[int, int] | None:
    """Where a header line prints its run of two or more bare role words (`基準 実績 目標`): alone, or between other
    header words that name no value (`No. 指標名 単位 基準値 実績値 目標値 担当課`, the header's merged-down cells
    printed on the role row's line). None when the line is anything else."""
    run = [k for k, word in enumerate(words) if _role_word(word) or total_word(word)]
    if len(run) < 2 or run != list(range(run[0], run[-1] + 1)) or not any(_role_word(words[k]) for k in run):
        return None
    others = words[:run[0]] + words[run[-1] + 1:]
    if others and not (header_words(others) and all(header_role(w) not in (VALUE, PERIOD) for w in others)):
        return None
    return run[0], run[-1] + 1


def _keeps_positions(line: str) -> bool:
    """A line whose cells keep their columns: two spaces apart (`pdftotext -layout`) or a tab between (a sheet saved
    as text: a role row `指標名\t基準値\t実績値`, or its role cells alone, `\t\t実績値\t\t目標値`, the header's other
    cells merged down from the line above), read by the aligned or delimited readers."""
    inner = line.strip()
    return "  " in inner or "\t" in inner


def spread_role_lines(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines with a header's top row of merged role cells read into the row of periods they span (`基準 実績
    目標` over `指標名 令和元年度 令和3年度 令和4年度 令和5年度 令和7年度 担当課`, a three-row header printed one
    row a line, a text line of the header's other cells maybe between): each period word prefixed by its role
    word (`基準令和元年度`, `spread_roles`), the band's lines above it moved down over the role line's and the
    band's first line left blank (line numbers kept). The role line may print the header's other cells merged
    down beside the roles (`No. 指標名 単位 基準値 実績値 目標値 担当課` over `R1 R3 R4 R5 R7`): the periods
    then take the roles' place among them. A total word among the roles (`基準値 実績値 累計 目標値`) heads the range
    of years under it (`（R3～R5）`), and the other role cells' bracketed periods printed apart after the table join
    the run's years (`_pieces_apart`). Also the indices of the lines whose spread is a guess: more periods
    than role words and a spread whose years break the roles' order in time (`spread_in_time`). A line of role
    words alone may stand under a line of the other cells merged down and a label over the values (`担当課 指標名
    数値`, `_label_apart`): the label then goes on a line of its own above them, and bracketed years right under the
    role words are each its column's (`_bracketed_apart`).
    Lines keeping positions (`_keeps_positions`) are left to the aligned and delimited readers."""
    out = list(lines)
    guessed: set[int] = set()
    for i, line in enumerate(lines):
        words = line_words(_letters_closed(line))
        run = _role_run(words)
        if run is None or is_caption(line):
            continue
        roles, before, after = words[run[0]:run[1]], words[:run[0]], words[run[1]:]
        if _keeps_positions(line):
            continue
        if not (before or after) and (over := _years_over_roles(out, i, roles)) is not None:
            # the band's lines above the years move down over the role line's: the band stays one run of lines
            top = i - 1
            while top > 0 and _header_line(_letters_closed(out[top - 1])) and not _keeps_positions(out[top - 1]):
                top -= 1
            out[top:i + 1] = ["", *out[top:i - 1], over[0]]
            if over[1]:
                guessed.add(i)
            continue
        for j in range(i + 1, min(i + 2 + MAX_ROLE_LINE_GAP, len(lines))):
            below = line_words(lines[j])
            if j == i + 1 and not (before or after):
                below = _bracketed_apart(below)
            elif j == i + 1 and len(apart := _bracketed_apart(below)) > len(roles) \
                    and (bare_years_line(apart) or len(_period_words(apart)) == len(apart)):
                # more bracketed years than role words (`（2020） （2021）`, `（令和2年） （令和3年）`): a role spans
                # several, only a spread tells
                below = apart
            periods = _period_words(below)
            if _keeps_positions(lines[j]) or (not periods and not _header_line(lines[j])):
                break
            if not periods:
                continue
            if (not bare_years_line(below)
                    and any(header_role(word) == OTHER and not names_period_range(word) for word in below)) \
                    or ((before or after) and len(periods) < len(below)):
                break  # a cell of the period row not understood (`令和４年度（R6）`, two periods), or other cells
                #        on both lines: the span is not seen
            spread = spread_roles(roles, len(periods))
            apart = _pieces_apart(lines, j, roles, below) if spread is None else None
            if apart is not None:
                # the bracketed periods of the other role cells, printed apart after the table, join the run's
                pieces, below = apart
                periods = list(range(len(below)))
                spread = spread_roles(roles, len(periods))
                out[pieces] = ""
            if spread is not None and not all(total_word(role) == names_period_range(below[k])
                                              for role, k in zip(spread, periods, strict=True)):
                spread = None  # a total word must head a range of years, a range a total word
            if spread is not None:
                top = i
                # a unit field over the header (`【単位：%】`) is a caption of the whole table, no line of its band
                # (`_header_line`)
                while top > 0 and _header_line(_letters_closed(out[top - 1])) \
                        and not _keeps_positions(out[top - 1]):
                    top -= 1
                joined = " ".join([*before, *(role + word for role, word in zip(
                    _spread_over(below, periods, spread), below, strict=True)), *after])
                label = _label_apart(out[i - 1], lines[j + 1:j + 1 + LABEL_ROWS_REACH], len(periods)) \
                    if i - 1 <= top <= i and i > 0 and not (before or after) else None
                top = i if label is not None else top
                if label is not None and label[2]:
                    # a label merged over the values among the cells merged down (`担当課 数値 評価 評価指標`): the
                    # values stand where it stands, the cells after it follow them
                    out[top - 1:j + 1] = ["", "", *out[i + 1:j], " ".join([*label[0], joined, *label[2]])]
                elif label is not None:
                    # a label merged over the values, printed after the cells merged down: a line of its own
                    # above them, as a band over the header is printed (the role line's line taken)
                    out[top - 1:j + 1] = [label[1], " ".join(label[0]), *out[i + 1:j], joined]
                else:
                    # the band's other lines move down over the role line's: the band stays one run of lines
                    out[top:j + 1] = ["", *out[top:i], *out[i + 1:j], joined]
                if len(periods) != len(roles) and not spread_in_time(spread, [below[k] for k in periods]):
                    guessed.add(j)
            break
    return out, guessed


def _years_over_roles(lines: list[str], i: int, roles: list[str]) -> tuple[str, bool] | None:
    """The line above role line `i` (role words alone) when it prints the periods those roles span, year over role
    (`NO 項目 2015年度 2016年度 2017年度 2026年度 進捗評価` over `基準値 実績 最終目標値`: each value column's cell
    prints its year first, the header's other cells merged down beside the years): that line with each period
    prefixed by its role word (`spread_roles`), and whether the spread is a guess (more periods than role words
    and years breaking the roles' order in time, `spread_in_time`). None when the line above is no such line."""
    if i == 0 or _keeps_positions(lines[i - 1]) or is_caption(lines[i - 1]):
        return None
    # a header word printed letter by letter (`単 位`) is one word, as on the role line (`spread_role_lines`)
    words = [piece for word in line_words(_letters_closed(lines[i - 1])) for piece in _periods_unglued(word)]
    periods = _period_words(words)
    others = [w for k, w in enumerate(words) if k not in periods]
    if len(periods) < len(roles) or periods != list(range(periods[0], periods[-1] + 1)) \
            or (others and not (header_words(others) and all(header_role(w) not in (VALUE, PERIOD) for w in others))):
        return None
    spread = spread_roles(roles, len(periods))
    if spread is None or any(total_word(role) != names_period_range(words[k]) for role, k in zip(spread, periods,
                                                                                            strict=True)):
        return None
    joined = " ".join(role + word for role, word in zip(_spread_over(words, periods, spread), words, strict=True))
    return joined, len(periods) != len(roles) and not spread_in_time(spread, [words[k] for k in periods])


def _periods_unglued(word: str) -> list[str]:
    """A header word with the bracketed periods `line_words` joined to it (`KPI(H27)(R8)`, periods printed apart
    after a word naming no value) cut from it, each a word of its own; any other word as it is."""
    pieces = _BRACKETED_RUN.findall(word)
    head = word[:len(word) - len("".join(pieces))] if pieces and word.endswith("".join(pieces)) else word
    if head == word or (head and header_role(head) == VALUE) \
            or not (all(map(names_period, pieces)) or bare_years_line(pieces)):
        return [word]
    return [head, *pieces] if head else pieces


def _bracketed_apart(words: list[str]) -> list[str]:
    """Header words with a run of bracketed periods that `line_words` joined into one word (`(R3年度)(R10年度)`)
    cut into one word each: printed right under a line of role words alone, each is the year of its own column.
    (Under role words beside other header cells the single-space reader joins each period to its word itself, and
    reads a name wrapped around the row's values better so: producer matrix 004 libreoffice norules plumber.)"""
    out: list[str] = []
    for word in words:
        pieces = _BRACKETED_RUN.findall(word)
        out += pieces if len(pieces) > 1 and "".join(pieces) == word \
            and (all(map(names_period, pieces)) or bare_years_line(pieces)) else [word]
    return out


#: One bracketed part of a word, ASCII or full-width brackets (`(R3年度)`, `（R1）`).
_BRACKETED_RUN = re.compile(r"[(（][^()（）]*[)）]")


#: Lines under a header's period row searched for the first row that shows where its values stand (`_label_apart`).
LABEL_ROWS_REACH = 4


def _label_apart(line: str, rows: Sequence[str] = (), values: int = 0) -> tuple[list[str], str, list[str]] | None:
    """(the words before the label, the label, the words after it) of a header's top line over a line of role words
    alone that prints the header's other cells merged down (`担当課 指標名 数値`, a three-row header's first row one
    space apart) and one word that is no header word but may label the band merged over the value columns
    (`header.band_label`: `数値`), or of two words naming the indicator column the one naming a value band (`ＫＰＩ
    指標の推移`: one column has one header, `header.band_label` again), or a progress word standing where the
    `rows` print their `values` figures while the other words head the cells beside them one for one (`進捗状況
    KPI` over `－ 4件 … 3件 企業誘致件数`: the progress of the figures over the years, no column of labels:
    `_label_by_rows`); else None. A header word printed a glyph apart (`単 位`) is one word.
    """
    words = _glyphs_joined(line_words(line))
    at = [k for k, word in enumerate(words) if not is_header_text(word)]
    named = [k for k, word in enumerate(words) if header_role(word) == NAME]
    if not at and (by_rows := _label_by_rows(words, rows, values)) is not None:
        at = [by_rows]
    elif not at and len(named) == 2:
        at = [k for k in named if band_label(words[k])]
        if len(at) != 1:
            return None
    elif len(at) != 1 or not band_label(words[at[0]]):
        return None
    rest = [word for k, word in enumerate(words) if k not in at]
    if _keeps_positions(line) or not header_words(rest):
        return None
    return words[:at[0]], words[at[0]], words[at[0] + 1:]


def _label_by_rows(words: list[str], rows: Sequence[str], values: int) -> int | None:
    """The index of the progress word among a header's top `words` that stands over the value columns: the first
    of `rows` printing a run of `values` figures (placeholders included) prints as many cells before the run as the
    word has words before it, and as many after it as words after it. A progress column's word fails the count."""
    for row in rows:
        kinds = [token_type(token, RAW) for token in tokens(row)]
        figures = [k for k, kind in enumerate(kinds) if kind in (T_VALUE, T_STAND_IN)]
        if len(figures) != values or not values or figures != list(range(figures[0], figures[0] + values)):
            continue
        at, after = figures[0], len(kinds) - figures[-1] - 1
        if at + 1 + after == len(words) and header_role(words[at]) == PROGRESS:
            return at
        return None
    return None


def _glyphs_joined(words: list[str]) -> list[str]:
    """The words with a run of single glyphs that together make a header word joined (`単 位` → `単位`: a header cell
    printed with its glyphs spaced)."""
    out: list[str] = []
    for word in words:
        if out and len(word) == 1 and len(out[-1]) == 1 and not is_header_text(out[-1]) \
                and is_header_text(out[-1] + word):
            out[-1] += word
        else:
            out.append(word)
    return out


def _pieces_apart(lines: list[str], j: int, roles: list[str], below: list[str]) -> tuple[int, list[str]] | None:
    """The period row `below` (line `j`, the years of the run role alone: `R3 R4 R5` under `基準値 実績値 累計
    目標値`) completed by the line of the other role cells' bracketed periods that the text layer printed apart,
    after the table on the same page (`（R2） （R3～R5） （R7）`, pdftotext -raw and pypdfium2 of a sheet whose
    header cells print their periods on a row of their own): that line's index and the whole period row, the
    pieces before the run role's years going to the roles before it, the rest after. None unless the line holds
    one bracketed period or range for each role but the run role, and no other text, and comes before the next
    page and the role words of another header."""
    run = [k for k, role in enumerate(roles) if parse_header(role)[0] == RUN_ROLE]
    if len(run) != 1 or len(_period_words(below)) != len(below) or len(below) < 2:
        return None
    for k in range(j + 1, len(lines)):
        if PAGE_BREAK in lines[k] or _role_run(line_words(lines[k])) is not None:
            return None  # the next page, or the header of another table: its pieces are its own
        words = tokens(lines[k].strip())
        if words and all(is_parenthetical(w) and (names_period(w) or names_period_range(w)) for w in words):
            if len(words) != len(roles) - 1:
                return None
            return k, [*words[:run[0]], *below, *words[run[0]:]]
    return None


def _letters_closed(line: str) -> str:
    """A line of cells one space apart with its letter-spaced words closed (`単 位`: one header word); a line of
    tab-delimited cells as printed (its delimited reader reads its cells, spaces and all)."""
    return line if "\t" in line else unspace_letters(line, letters_only=True)


def wrapped_values(lines: list[str]) -> list[str]:
    """The lines with a value cell a narrow column wrapped onto the next line joined (`12,3` / `45人`, a thousands
    group cut; `980` / `人`, the unit alone under its number): the rest moves up after its first part, the next
    line keeps what follows the rest (blank when nothing; line numbers kept). Lines keeping positions
    (`pdftotext -layout`) are left as printed."""
    out = list(lines)
    for i in range(len(out) - 1):
        here, after = tokens(out[i].strip()), tokens(out[i + 1].strip())
        if not here or not after or "  " in out[i].strip() or "  " in out[i + 1].strip():
            continue
        if cut_group_rest(here[-1], after[0]) or (len(here) == 1 and _unit_under(here[0], after[0])
                                                  and not _upright_run(out, i)):
            out[i] = f"{out[i].rstrip()}{after[0]}"
            out[i + 1] = " ".join(after[1:])
    return _values_around_name(out)


def _upright_run(lines: list[str], i: int) -> bool:
    """Line i and the next are glyphs of a cell written upright (`標` / `２` / `人` / `の …`: a goal's number and
    title down a goal column), one glyph a line after a line of one glyph: no number with its unit under it."""
    return i > 0 and all(single_glyph(lines[k].strip()) for k in (i - 1, i, i + 1))


def _unit_under(number: str, text: str) -> bool:
    """`text` is the unit alone of a bare `number` printed above it in a wrapped cell (`980` / `人`)."""
    return token_type(number, RAW) == T_VALUE and nfkc(number)[-1:].isdigit() and is_unit_alone(text) \
        and is_known_value(number + text)


def _values_around_name(lines: list[str]) -> list[str]:
    """The lines with a row's value cells wrapped around its name's line (pdfplumber: `12,3 13,0` / `市内事業所の
    従業者数 商工課` / `45人 00人`, the cells centred on the row) joined into that line after the name, the lines
    above and below it left blank: every piece above is a number whose rest (`cut_group_rest`) or unit
    (`_unit_under`) is the piece below in the same place (two cells at least, or a thousands group cut), the
    name's line prints no value. In a text keeping positions (`pdftotext -layout`) the pieces below must stand
    where those above do (`_stacked_pieces`)."""
    out = list(lines)
    for i in range(1, len(out) - 1):
        above, middle, below = (tokens(out[k].strip()) for k in (i - 1, i, i + 1))
        spaced = any("  " in out[k].strip() for k in (i - 1, i, i + 1))
        if not above or len(above) != len(below) or not middle \
                or (spaced and not _stacked_pieces(out[i - 1], out[i + 1])):
            continue
        cut = [cut_group_rest(a, b) for a, b in zip(above, below, strict=True)]
        if not all(c or _unit_under(a, b) for c, a, b in zip(cut, above, below, strict=True)) \
                or (len(above) < 2 and not any(cut)):
            continue  # one bare number over one unit could be a row's last value and the next row's unit cell
        found = typed_tokens(out[i].strip())
        name = next((k for k, t in enumerate(found) if t.kind != T_TEXT or is_department(t.text)), len(found))
        if any(t.kind in _MIDDLE_KINDS for t in found) or name == 0:
            continue
        values = [a + b for a, b in zip(above, below, strict=True)]
        out[i] = " ".join([*(t.text for t in found[:name]), *values, *(t.text for t in found[name:])])
        out[i - 1] = out[i + 1] = ""
    return out


#: How far apart (display columns) a wrapped cell's two lines may begin in a text keeping positions (`980` over `人`
#: begins one column before `1,20` over `0人`: pdftotext rounds each to its character grid).
MAX_PIECE_SHIFT = 1


def _piece_starts(line: str) -> list[int]:
    """The display columns where the tokens of a line keeping positions begin."""
    starts, column, inside = [], 0, False
    for ch in line:
        if not ch.isspace() and not inside:
            starts.append(column)
        inside = not ch.isspace()
        column += display_width(ch)
    return starts


def _stacked_pieces(above: str, below: str) -> bool:
    """Every token of `below` begins where the token of `above` in its place does: one cell's two lines."""
    tops, bottoms = _piece_starts(above), _piece_starts(below)
    return len(tops) == len(bottoms) and all(abs(a - b) <= MAX_PIECE_SHIFT for a, b in zip(tops, bottoms, strict=True))


def _spread_over(words: list[str], periods: list[int], spread: list[str]) -> list[str]:
    """The role word of each word (the period words' in order, "" for the others)."""
    by_place = dict(zip(periods, spread, strict=True))
    return [by_place.get(k, "") for k in range(len(words))]


def _piece(previous: str, word: str) -> bool:
    """The end of a text header word wrapped onto a line of its own (`指標の担当` / `課`, `進捗が遅れている` /
    `理由`, `進捗が遅れてい` / `る理由`): short or opening with a hiragana letter (a word's inflection wrapped, never
    a word of its own), no value header on either side, and the two make one header word. A bare number is the
    first row's number cell under the band (`進捗状況` / `1` / its name's lines), no piece."""
    if (len(nfkc(word)) > MAX_PIECE_CHARS and not is_hiragana(word[0])) or nfkc(word).isdigit() \
            or VALUE in (header_role(previous), header_role(word)):
        return False
    joined = header_role(previous + word)
    return joined != OTHER and (not is_header_text(word) or joined != header_role(previous))


def read_band(lines: list[str], index: int) -> _Header | None:
    """The header printed from line `index` on: one line of header words, or a band of header lines in
    content-stream order (`pdftotext -raw` prints a cell's lines one after another: `基準値` / `（令和元年度）` /
    `令和４年度` / `実績値` …), a cell's lines joined by what they are (a bracketed period joins the word before, a
    bare period or qualifier the role word after, a short piece the text word before or, printed upright, the
    piece on the next line; a line of periods the value words without one). The longest band that makes a
    header wins; None when no line does, or when the first is a whole sentence right over a header line
    (`基本目標ごとに、…数値目標を…定めます。`: its words name roles, yet it heads no column)."""
    if index + 1 < len(lines) and lines[index].strip().endswith(SENTENCE_ENDINGS) \
            and is_prose(lines[index].strip()) and _header_line(lines[index + 1]):
        return None
    best = read_header(lines[index], index) if index < len(lines) else None
    words = line_words(lines[index]) if index < len(lines) else []
    i = index + 1
    if index + 1 < len(lines) and header_words(words[:-1]) \
            and (upright := upright_word(words, line_words(lines[index + 1]))) is not None and header_words(upright):
        # `指標名 単` / `位` (pypdfium2): header words, then the first character of a word printed upright
        words, i = upright, index + 2
        best = _header(words, index, index + 1) or best
    if _caption(lines[index]) or not (i > index + 1 or _header_line(lines[index])) \
            or (index > 0 and _header_line(lines[index - 1])):
        return best  # a band starts at its first header line; a caption (`数値目標`) heads no column
    alone = len(words) == 1  # the previous line was one word: a cell's line
    label = list(words)  # one word naming the indicator column may be a box's label over the band (`指標`)
    while i < len(lines) and i - index < MAX_BAND_LINES:
        more = line_words(lines[i])
        if not more and furniture_line(lines, i) and i + 1 < len(lines) \
                and _periods(words, tokens(lines[i + 1].strip())) is not None:
            i += 1  # a page break inside the header row: its cells' period lines printed on the next page
            continue
        if not more or (_caption(lines[i]) and not _wrapped_word(lines, i)):
            break  # a caption (`数値目標`) introduces the next table
        step = 1
        if (upright := upright_word(more, line_words(lines[i + 1]) if i + 1 < len(lines) else [])) is not None:
            more, step = upright, 2  # `単` / `位`, `… 評` / `価`: a word printed one character a line
        if i == index + 1 and len(words) == 1 and NAME == header_role(words[0]) == header_role(more[0]):
            words = []  # a box's label over its header (`指標` / `指標名 …`): the label heads no column
        elif i > index + 1 and label_over_band(label, [more]):
            return None  # the label over a band whose cells print by height (`現状値 目標値` / `指標名 …`, the
            # name's cell centred on the lines of the values' two-line cells): no reading order to cut rows by
        periods = _periods(words, tokens(lines[i].strip())) or _roles_under_years(words, more)
        group = _year_group(words, more)
        below = tokens(lines[i + 1].strip()) if i + 1 < len(lines) else []
        brackets = [w for w in tokens(lines[i].strip()) if is_parenthetical(w)]
        if periods is None and group is None and brackets:
            # `（H30） （R6）` / `令和２年度 令和３年度 令和４年度`, or both on a line: a value word spanning the years
            mixed = _periods_over_group(words, brackets, [w for w in tokens(lines[i].strip()) if w not in brackets])
            group = mixed or _periods_over_group(words, brackets, below)
            step = step if mixed or group is None else 2
        if periods is not None:
            words = periods
        elif group is not None:
            words = group
        elif (parted := _segments_under_roles(words, more)) is not None:
            words = parted  # `基準値（R4） 目標値（R14）` … / `男性 女性 男性 女性`: each role's cell over its segments
        elif alone and words and (heads := _year_over_roles(words[-1], more)) is not None:
            words[-1:] = heads  # `R3年度` / `目標値 実績値`: the year's cell spans the roles' cells under it
        elif len(more) == 1 and alone and words and is_parenthetical(more[0]) and header_role(words[-1]) != OTHER:
            words[-1] += more[0]  # `2024年度増加分` / `（１年目）`: the cell's bracketed second line
        elif (over := band_over_values(words, more)) is not None:
            words = over  # `指標の推移` over `基準値（R1） 目標値（R7）`: a band's cells where it stands
        elif len(more) == 1 and alone and words and _piece(words[-1], more[0]):
            words[-1] += more[0]
        elif len(more) == 1 and alone and words and year_below_role(
                words[-1], more[0], [line_words(line) for line in lines[i + 1:i + 1 + YEAR_RUN_LINES]]):
            words[-1] += more[0]  # `実績値` / `2021(R3)年度`: the cell's second line
        elif not all(is_header_text(w) and goal_level(w) is None and len(nfkc(w)) <= MAX_BAND_WORD_CHARS
                     for w in more):
            break
        elif len(more) == 1 and alone and words and _bare(words[-1]) and _role_word(more[0]):
            words[-1] += more[0]  # `令和４年度` / `実績値`
        elif is_parenthetical(more[0]) and words:
            words[-1] += more[0]  # `目標値` / `（令和６年度）`
            words += more[1:]
        else:
            words += more
        alone = len(more) == 1
        i += step
        found = _header(words, index, i - 1)
        if found is not None:
            best = found
    return best


def _trailing_moved(header: _Header | None, lines: list[str]) -> _Header | None:
    """A band whose cell merged down over its header rows stands, in content-stream order, before the value words
    (`指標名` / `担当課` / `基準 実績 目標` / periods, a three-row header: -raw prints the whole-height cells first): a
    trailing column's word (department, progress, reason, note) read between the name and the values goes after
    them when the first row under the band prints it there (`市内従業者数 28,400人 … 29,500人 商工課`), cutting as a
    row only so. Any other header comes back as it is."""
    if header is None or header.end < 0:
        return header
    early = [c for c in range(header.name + 1, header.middle[0]) if header.roles[c] in _LATE_ROLES]
    row = next((k for k in range(header.last + 1, len(lines)) if lines[k].strip()), None)
    if not early or row is None:
        return header
    order = [c for c in range(len(header.words)) if c not in early] + early
    moved = _Header([header.words[c] for c in order], [header.roles[c] for c in order], header.line, header.end)
    found = _row_tokens(lines[row].strip())
    as_is, after = cut_row(found, header), cut_row(found, moved)
    if after is None or not after.lead or not after.rest \
            or not all(_begins(moved.roles[c], t.text) for c, t in zip(moved.trailing, after.rest, strict=False)):
        return header
    return moved if as_is is None or as_is.rest else header


def _header_line(line: str) -> bool:
    """A line of header words only, no caption (`数値目標` introduces a table, it heads no column), no sentence
    (`基本目標ごとに、…数値目標を…定めます。` right over the header: its words name roles, yet it heads no column), no
    department field (`担当課：健康推進課` right over the header names the table's department, layouts 232), no unit
    field alone (`（単位：人）` over the header: the table's caption, read by `Surroundings`)."""
    return not _caption(line) and header_words(line_words(line)) and department_field(line) is None \
        and not unit_field_line(line)


def _wrapped_word(lines: list[str], i: int) -> bool:
    """Line `i` is one header word whose end is the next line alone (`ＫＰＩ増加の` / `累計`, `_piece`): a header cell
    wrapped over two lines, though its first line reads as a caption."""
    words = line_words(lines[i])
    after = line_words(lines[i + 1]) if i + 1 < len(lines) else []
    return len(words) == 1 and len(after) == 1 and _piece(words[0], after[0])


def _caption(line: str) -> bool:
    """A caption naming the table's kind (`数値目標`, `【重要業績評価指標（KPI）】`); not a header row whose first cell
    names the kind as the indicator column's header and whose other cells head columns of their own, printed one
    space apart (`重要業績評価指標（KPI） 単位`, `ＫＰＩ 単位 事業開始前`: a grant form's header in `pdftotext -raw`
    or pypdfium2), though the line is as short as a caption."""
    if not is_caption(line):
        return False
    words = line_words(line)
    return len(words) < 2 or not is_caption(words[0]) \
        or any(is_parenthetical(w) or header_role(w) == OTHER for w in words[1:])


def _periods(words: list[str], more: list[str]) -> list[str] | None:
    """A header line of bracketed periods only (`（R1） （R5） （R7）`) under value words that print none: each
    period joins its value word, in order; or under value words that print the same periods another way
    (`令和元年度` over `（2019）`): the same. None when the counts or the periods differ."""
    if len(more) < 2 or not all(is_parenthetical(w) for w in more):
        return None
    bare = [k for k, w in enumerate(words) if header_role(w) == VALUE and parse_header(w)[1] is None]
    if len(bare) != len(more):
        bare = [k for k, w in enumerate(words) if header_role(w) == VALUE]
        if len(bare) != len(more) or any(parse_header(words[k])[1] != parse_header(w)[1]
                                          for k, w in zip(bare, more, strict=False)):
            return None
    joined = list(words)
    for k, period in zip(bare, more, strict=True):
        joined[k] += period
    return joined


def _roles_under_years(words: list[str], more: list[str]) -> list[str] | None:
    """A header line of value-role words without period (`基準値 実績値 目標値`) under a band whose only periods are
    as many bare years, each a cell of its own (`令和元年度 令和５年度 令和７年度`: a two-row header printing the years
    above the roles, layouts 189): each role word joins its year, in order (`令和元年度基準値`). Or twice as many
    role words or more, shared evenly (`令和５年度 令和６年度` over `目標 実績 目標 実績`: each year's cell merged over
    its sub-columns, layouts 271): each year becomes a column per role word under it (`令和５年度目標`,
    `令和５年度実績`); the band's other words may then print periods of their own (`基準値（R4）`), which no role word
    under a year's pair can be. None otherwise."""
    years = [k for k, w in enumerate(words) if _bare_years([w])]
    if len(more) < 2 or not all(map(_role_word, more)) \
            or (pairs := years_over_roles([words[k] for k in years], more, least=1)) is None:
        return None
    if len(more) == len(years) and any(parse_header(w)[1] is not None for k, w in enumerate(words) if k not in years):
        return None
    dated = iter(pairs)
    share = len(more) // len(years)
    joined: list[str] = []
    for k, word in enumerate(words):
        joined += [year + role for year, role in islice(dated, share)] if k in years else [word]
    return joined


def _year_over_roles(year: str, roles: list[str]) -> list[str] | None:
    """A bare year alone on its line (`R3年度`) over a line of two or more value-role words without period (`目標値
    実績値`): a two-row header in content-stream order, the year's cell merged over the role cells of its
    sub-columns, printed before them (a grant form's year groups, layouts 196): one column per role, each dated by
    the year (`R3年度目標値`); None otherwise."""
    if len(roles) < 2 or not _bare_years([year]) or not all(map(_role_word, roles)):
        return None
    return [f"{year}{role}" for role in roles]


def _segments_under_roles(words: list[str], more: list[str]) -> list[str] | None:
    """A header line of segment labels only (`男性 女性 男性 女性`) under a band whose value words, in order, share
    them evenly, two or more each (`基準値（R4）` and `目標値（R14）`, each merged over a 男性 and a 女性 sub-column):
    one column per label, the label on the word's last line (the segment the interpreter reads, layouts 198); None
    otherwise."""
    values = [k for k, w in enumerate(words) if header_role(w) == VALUE]
    if not values or len(more) % len(values) or len(more) < 2 * len(values) \
            or not all(nfkc(label) in SEGMENTS for label in more):
        return None
    share = len(more) // len(values)
    labels = iter(more)
    out: list[str] = []
    for k, word in enumerate(words):
        out += [f"{word}\n{next(labels)}" for _ in range(share)] if k in values else [word]
    return out


def _bare_years(words: list[str]) -> bool:
    return all(token_type(w, RAW) == T_YEAR and not is_parenthetical(w) for w in words)


def _periods_over_group(words: list[str], periods: list[str], years: list[str]) -> list[str] | None:
    """Bracketed periods (`（H30） （R6）`) and a group of bare years (`令和２年度 令和３年度 令和４年度`) under value
    words that print no period, one more than the periods (`基準値 実績値 目標値`: a two-row header, `実績値` merged
    over the years): the years go to the one word that leaves every period rising left to right, the periods to the
    others in order (`_periods`, `_year_group`); None when no word or several do."""
    bare = [k for k, w in enumerate(words) if header_role(w) == VALUE and parse_header(w)[1] is None]
    if len(years) < 2 or not _bare_years(years) or not all(map(is_parenthetical, periods)) \
            or len(bare) != len(periods) + 1:
        return None
    fits = []
    for owner in bare:
        rest = iter(periods)
        joined = [f"{w}{next(rest)}" if k in bare and k != owner else w for k, w in enumerate(words)]
        found = _year_group(joined, years)
        seen = [year_of(w) for w in found or [] if header_role(w) == VALUE]
        if found is not None and all(seen) and all(a < b for a, b in pairwise(seen)):  # type: ignore[operator]
            fits.append(found)
    return fits[0] if len(fits) == 1 else None


def _year_group(words: list[str], more: list[str]) -> list[str] | None:
    """A header line of bare years (`R3 R4 R5`) under a band with one value word that prints no period (`実績値`
    beside `基準値（R2）` and `中間目標（R5）`, layouts 92): the sub-columns of that word's cell, which spans them on
    a second header row; the band's order (content-stream order, a row's cells left to right) puts the word, and
    so its years, where the cell stands. Each year becomes a column of that word; None otherwise."""
    return role_over_years(words, more) if _bare_years(more) else None


#: Words of a goal column's cell read with certainty on a row's line: the label and a title without space.
GOAL_CELL_WORDS = 2
#: Rows that must all print a unit alone before their values (or a mark after them) for a column the header lacks
#: to be put back (`_unheaded_columns`): one row alone may print a name's word so.
MIN_UNHEADED_ROWS = 3
#: Glyphs a goal cell's title has at least (`住まいの確保`): a shorter word before a name is its head or a remark.
GOAL_TITLE_GLYPHS = 5
#: Lines of a merged goal cell a layer in content-stream order prints among its rows before a name, after its first
#: (`_Reader._goal_lines_ahead`)
MAX_GOAL_LINES_AMONG = 3


@dataclass
class _Row:
    cells: dict[int, tuple[str, int]] = field(default_factory=dict)  # column → (text, 1-based line)
    uncertain: bool = False
    #: rows below whose name cell this row's name covers (segment rows under one name)
    span: int = 1
    #: the name was read from lines above the row (it may cover segment rows below)
    shared_name: bool = False
    #: the value columns of a row printing fewer values than the header has, and whether its years decided them
    #: (`_by_years`); () for a row whose place was not a choice
    places: tuple[int, ...] = ()
    judged: bool = False
    #: how many lines of the name were printed above the row's line of values, and the widest one's display
    #: width (`_centred_name_rest`)
    name_above: int = 0
    above_width: int = 0
    #: the row's last line (0-based), once attached
    end: int = 0
    #: the name opens with a goal label whose title the layer glued to the name (`基本目標３` / `…をかなえる合計特殊
    #: 出生率`): where the goal's title ends is not printed (`_glued_goals`)
    glued_goal: bool = False
    #: a goal heading on a line of its own between the rows of a table without goal columns: a section label
    section: bool = False
    #: each cell's lines as printed, (1-based line, text): how wide its column wraps, whether it filled its column
    printed: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    #: the row's cut (`_Cut`): values spilled over the value columns, or filling them to the row's end
    spilled: bool = False
    filled_to_end: bool = False
    #: the goal cell's last line was told from the name's rest by the name's width alone (`_goal_lines_among_rows`)
    goal_guessed: bool = False
    #: the goal cell was printed after the rows it covers (`_Reader._goal_after_rows`)
    goal_after: bool = False
    #: lines among the rows went on with the goal cell by their width (`_Reader._goal_lines_above`)
    goal_among: bool = False
    #: text lines around the row's line may be its name's or another cell's (`_Reader._lines_doubt`): flagged
    #: unless a definition column takes them (`_definition_lines`)
    tail_or_head: bool = False

    def add(self, col: int, text: str, line: int, joiner: str = "") -> None:
        if col in self.cells:
            before, first = self.cells[col]
            self.cells[col] = (before + joiner + text, first)
        else:
            self.cells[col] = (text, line)
        lines = self.printed.setdefault(col, [])
        if lines and lines[-1][0] == line:
            lines[-1] = (line, f"{lines[-1][1]} {text}")
        else:
            lines.append((line, text))

    def wrap(self, col: int) -> int:
        """The width the cell wraps at: its widest line but the last; 0 for a cell of one line."""
        return wrap_width([text for _, text in self.printed.get(col, [])])


@dataclass(frozen=True)
class _Cut:
    """A row's tokens cut into the header's columns."""

    lead: list[Token]
    middle: dict[int, Token]
    rest: list[Token]
    uncertain: bool
    #: the placement was chosen among several by the years the values print (`_by_years`)
    judged: bool = False
    #: more values than value columns, the last left to the trailing columns (a rate under `達成度`)
    spilled: bool = False
    #: the values fill every value column and nothing follows them
    filled_to_end: bool = False
    #: the values end in the last value column, the progress column's rate after them (`_rate_closes`): their
    #: placement is no choice the row's siblings or a note under it could make
    rated: bool = False


def _placements(run: list[Token], slots: list[int], roles: list[str]) -> list[tuple[int, ...]]:
    """Every order-keeping way to put the run's tokens in the slots, each in a slot that takes its type."""
    return [chosen for chosen in combinations(slots, len(run))
            if all(token.kind in _ACCEPTS[roles[slot]] for token, slot in zip(run, chosen, strict=True))]


def _by_years(found: list[tuple[int, ...]], run: list[Token], rest: list[Token],
              header: _Header) -> tuple[tuple[int, ...], bool]:
    """Of several placements of a run printing fewer values than there are value columns, the one its text says
    (a plain text layer keeps no positions): the final target is printed (a KPI always has one; a baseline or an
    actual may be missing) unless a note follows the values (`※…設定予定`, printed instead of it), and the years
    the values print lie nearest their columns' years (`1.35 (令和3年)` under `令和４年度実績値` rather than
    `基準値（令和元年度）`). Returns the placement and whether the years decided it; without years, the first
    placement left to right (a table-level pass may place it like its sibling rows, `_agree`)."""
    values = [c for c in header.middle if header.roles[c] == VALUE]
    noted = bool(rest) and note_mark(rest[0].text)
    if values and is_target_header(header.words[values[-1]]) and not noted:
        found = [p for p in found if values[-1] in p] or found
    return _nearest(found, [t.text if t.kind == T_VALUE else "" for t in run], header)


def _nearest(found: list[tuple[int, ...]], texts: list[str], header: _Header) -> tuple[tuple[int, ...], bool]:
    """The placement whose columns' years lie nearest the years the texts print, and True; the first placement
    and False when no text prints a year or several placements are as near."""
    years = [year_of(text) if text else None for text in texts]
    if all(year is None for year in years):
        return found[0], False
    column_years = {c: year_of(header.words[c]) for c in header.middle}
    costs = [year_cost(p, years, column_years) for p in found]
    lowest = min(costs)
    best = [p for p, c in zip(found, costs, strict=True) if c == lowest]
    return (best[0], True) if len(best) == 1 and lowest < float("inf") else (found[0], False)


def cut_row(tokens_: list[Token], header: _Header) -> _Cut | None:
    """Cut a row's tokens: a run of value, stand-in and year tokens fills the value columns, what stands before it
    is leading text, after it trailing text; a unit alone (`千円`) is text when the header has a unit column. The
    run filling every value column exactly wins, else the longest, else the first; a run that can be placed in
    several ways is placed by what it prints (`_by_years`) and marked uncertain."""
    slots = header.middle
    if UNIT in header.roles:  # `千円` alone is a 単位 column's cell, never the value 1,000 円
        tokens_ = [Token(T_TEXT, t.text) if t.kind == T_VALUE and is_unit_alone(t.text) else t for t in tokens_]
    if NAME not in header.roles and tokens_ and _takes(NUMBER, tokens_[0].text):
        tokens_ = [Token(T_TEXT, tokens_[0].text), *tokens_[1:]]  # a later page's key (`1`), no value
    if DEPARTMENT in header.roles:  # `250商工労働課`: the last value glued to the department after it
        tokens_ = [piece for t in tokens_ for piece in _unglued(t)]
    if CHANGE in header.roles:  # `+3組` under `前年度比`: a change, not text (T_CHANGE only a change column takes)
        tokens_ = _changes(tokens_)
    best: tuple[tuple[int, int, int], _Cut] | None = None
    start = 0
    while start < len(tokens_):
        if tokens_[start].kind not in _MIDDLE_KINDS:
            start += 1
            continue
        end = start
        while end < len(tokens_) and tokens_[end].kind in _MIDDLE_KINDS:
            end += 1
        # the progress column's rate closing the run: the values before it end in the last value column
        rated = _rate_closes(tokens_[start:end], header)
        stop = end - rated
        for size in range(min(stop - start, len(slots)), 0, -1):
            run, rest = tokens_[start:start + size], tokens_[start + size:]
            if rest and not header.trailing:
                continue  # nothing after the values can take the rest
            found = _placements(run, slots, header.roles)
            short = rated and size == stop - start < len(slots)
            if short and tuple(slots[len(slots) - size:]) in found:
                found = [tuple(slots[len(slots) - size:])]  # a stand-in before them dropped (still flagged)
            if not found:
                continue
            exact = size == len(slots)
            rank = (0 if exact else 1, -size, start)
            if best is None or rank < best[0]:
                places, judged = _by_years(found, run, rest, header) if len(found) > 1 else (found[0], False)
                # values left over for the trailing text columns: the header lost value columns (a header cell
                # printed on a line of its own), so which values are the columns' is a guess
                doubt = len(found) > 1 or stop - start > size or short
                best = (rank, _Cut(tokens_[:start], dict(zip(places, run, strict=True)), rest, doubt, judged,
                                   spilled=stop - start > size, filled_to_end=exact and not rest, rated=short))
            break
        start = end
    return best[1] if best else None


def _changes(found: list[Token]) -> list[Token]:
    """The tokens with the signed figures of a change column (`+3組`, typed text) as changes."""
    return [Token(T_CHANGE, t.text) if t.kind == T_TEXT and is_change(t.text) else t for t in found]


def _rate_closes(run: list[Token], header: _Header) -> bool:
    """The run's last token is the rate of the progress column right after the value columns
    (`token_types.rate_apart`: the only rate, after values of one other unit; `rate_after_bare`: after bare
    figures, the unit in its column), not a value of the indicator. A year among them (a year column's, `R3 8件 6件
    75.0%` in a table in long form) is no value of either."""
    trailing = header.trailing
    figures = [t for t in run if t.kind != T_YEAR]
    texts = [t.text for t in figures]
    return bool(trailing) and header.roles[trailing[0]] == PROGRESS and bool(figures) and run[-1] is figures[-1] \
        and all(t.kind in (T_VALUE, T_CHANGE) for t in figures) \
        and (rate_apart(texts) == len(texts) - 1 or (UNIT in header.roles and rate_after_bare(texts)))


def _unglued(token: Token) -> list[Token]:
    """A text token of a value glued to a department (`250商工労働課`) as its two tokens, else the token."""
    glued = glued_department(token.text) if token.kind == T_TEXT else None
    return [Token(token_type(piece, RAW), piece) for piece in glued] if glued else [token]


#: Multipliers a unit column's cell prints before its unit (`千円`, `万人`), longest first.


def _takes(role: str, text: str) -> bool:
    """A leading or trailing column of this role can hold this one token (a kind word, a segment label, a
    department, a number)."""
    if role == KIND:
        return is_kind_word(text) or bool(segment_label(text) or row_role_word(text))
    if role == DEPARTMENT:
        return is_department(text)
    if role == NUMBER:
        return bool(_ROW_NUMBER.match(nfkc(text))) or (len(text) == 1 and text in CIRCLED_NUMBERS)
    if role == UNIT:
        return is_unit_alone(text)
    if role == PROGRESS:
        return token_type(text, RAW) == T_PROGRESS
    if role == MEMBER:
        return is_member(text)
    return False


def _row_tokens(text: str) -> list[Token]:
    """A line's typed tokens, a circled number opening it before text being a heading's label, no value
    (`② 空き家対策の推進 KPI 危険空き家除却件数 30件`: the row's one value is `30件`)."""
    found = typed_tokens(text)
    if len(found) > 1 and len(found[0].text) == 1 and found[0].text in CIRCLED_NUMBERS and found[1].kind == T_TEXT:
        return [Token(T_TEXT, found[0].text), *found[1:]]
    return found


def _opens_row(found: list[Token]) -> bool:
    """A heading line that goes on with a kind word (`② 空き家対策の推進 KPI 危険空き家除却件数`): the measure and
    kind cells of a row whose name begins there."""
    return any(is_kind_word(t.text) for t in found[1:])


def _name_text(lines: list[str]) -> str:
    """The lines of a name wrapped over lines, joined: with nothing between (the wrap falls inside a word), but
    with a space after a line that ends with a kind word (`数値目標` / `将来の夢…`, `① … KPI` / `自分の…`) and
    after a row's number alone on the first line (`1` / `移住定住ポータルサイ` / `トの閲覧数`, `_number_alone`)."""
    text = ""
    for line in lines:
        last = tokens(text)[-1:] if text else []
        apart = bool(last) and (is_kind_word(last[0]) or (text == last[0] and _takes(NUMBER, last[0])))
        text += (" " if apart else "") + line
    return text


def _name_line(text: str) -> str:
    """A name's line as printed in the name column: without the kind word a row's first line opens with."""
    words = tokens(text)
    return text[text.index(words[0]) + len(words[0]):].strip() if len(words) > 1 and is_kind_word(words[0]) else text


def _text_tokens(text: str) -> list[Token]:
    """The tokens of a name's text for `_place_lead` (a name wrapped over lines, joined)."""
    return [Token(T_TEXT, token) for token in tokens(text)]


def _begins(role: str, text: str) -> bool:
    """A trailing column of this role can begin with this line: a department, a progress label or its first
    part wrapped in the cell (`概ね順調に` / `進捗`)."""
    if role == PROGRESS:
        return is_progress(text, partial=True)
    return role == DEPARTMENT and is_department(text)


def _cell_rest_cut(text: str, role: str) -> int:
    """Where a later trailing column's cell begins on a line that goes on with the cell above (`調査 環境課`: the
    rest of a wrapped `出典`, then the department): at the first space after which the text begins the column and
    before which it does not; 0 when its first word begins it."""
    if _begins(role, text.split()[0]):
        return 0
    return next((m.start() for m in re.finditer(r"\s+", text) if _begins(role, text[m.end():])), 0)


def _place_lead(row: _Row, lead: list[Token], header: _Header, line: int) -> None:
    """Leading tokens: the columns before the name take a fitting token from the left, those after it from the
    right; the name the rest."""
    texts = [t.text for t in lead]
    name = header.name
    kinds = [c for c in header.lead[:name] if header.roles[c] == KIND]
    goals = [c for c in header.lead[:kinds[0]] if header.roles[c] in GOAL_COLUMN_ROLES] if kinds else []
    at = next((k for k, text in enumerate(texts) if k and is_kind_word(text)), None) if goals else None
    if at is not None:
        row.add(goals[-1], " ".join(texts[:at]), line)  # `① 地域産業の活性化 KPI 製造品出荷額等`: a measure's cell
        texts = texts[at:]
    for col in header.lead[:name]:
        if texts and _takes(header.roles[col], texts[0]):
            row.add(col, texts.pop(0), line)
    for col in reversed(header.lead[name + 1:]):
        if texts and _takes(header.roles[col], texts[-1]):
            row.add(col, texts.pop(), line)
    goal_cols = [c for c in header.lead[:name] if header.roles[c] in GOAL_COLUMN_ROLES and c not in row.cells]
    if goal_cols and (item := _item_start(texts)):
        # a measure's cell on the line of its listed indicators' one (`①農業の担い手の確保 ・認定農業者数`): the
        # list mark opens the name cell, the words before it are the goal column's
        row.add(goal_cols[-1], " ".join(texts[:item]), line)
        texts = texts[item:]
    if goal_cols and len(texts) > 1 and goal_level(" ".join(texts[:-1])) is not None:
        # a goal column's cell printed on the row's line (`基本目標１ 稼ぐ力を高める 観光消費額`, a sheet repeating
        # the goal on every row): the heading is the goal's, the last word the name; with more words where the
        # heading ends is a guess
        row.add(goal_cols[-1], " ".join(texts[:-1]), line)
        row.uncertain |= len(texts) > GOAL_CELL_WORDS + 1
        texts = texts[-1:]
    elif goal_cols and len(texts) > 1 and goal_level(" ".join(texts)) is not None:
        row.glued_goal = row.uncertain = True  # a goal label, then its title and the name with no space between
    if texts:
        row.add(name, " ".join(texts), line)


def _item_start(texts: list[str]) -> int | None:
    """Where a listed name begins after other words on a row's line: the first word after the first that opens with
    a list mark (`・`, `●`: ITEM_LIST_MARKS), the words before it no list item of their own; None when none does."""
    if not texts or texts[0][:1] in ITEM_LIST_MARKS:
        return None
    return next((k for k, text in enumerate(texts) if k and text[:1] in ITEM_LIST_MARKS and len(text) > 1), None)


def _goal_cell_or_name(word: str) -> bool:
    """A word before a name's last word on a row's line that may as well be a goal cell's text as the name's head:
    a phrase as long as a goal's title (GOAL_TITLE_GLYPHS), neither a number, a bracketed remark nor a kind word."""
    folded = nfkc(word)
    return len(folded) >= GOAL_TITLE_GLYPHS and not any(ch.isdigit() for ch in folded) \
        and not folded.startswith(OPENING_BRACKETS) and not is_kind_word(folded)


def _place_rest(row: _Row, rest: list[Token], header: _Header, line: int) -> None:
    """Trailing tokens: a column whose own kind of token stands first takes it (a progress label, a department);
    a token of a later column's kind leaves the columns before it empty; the others one token each, the last every
    token left."""
    texts = [t.text for t in rest]
    columns = list(header.trailing)
    while texts and columns:
        col = columns.pop(0)
        if not columns:
            row.add(col, " ".join(texts), line)
            return
        own = _takes(header.roles[col], texts[0])
        if not own and any(_takes(header.roles[c], texts[0]) for c in columns):
            continue  # a later column's own kind (a department after a 評価 cell the text printed empty)
        if own or not any(_takes(header.roles[col], t) for t in texts):
            row.add(col, texts.pop(0), line)


def _row_of(cut: _Cut, header: _Header, line: int) -> _Row:
    row = _Row(uncertain=cut.uncertain, places=tuple(cut.middle) if cut.uncertain and not cut.rated else (),
               judged=cut.judged,
               spilled=cut.spilled, filled_to_end=cut.filled_to_end)
    _place_lead(row, cut.lead, header, line)
    for col, token in cut.middle.items():
        row.add(col, token.text, line)
    _place_rest(row, cut.rest, header, line)
    return row


def _filled(cut: _Cut, header: _Header) -> int:
    """How many value columns the cut fills."""
    return sum(1 for c in cut.middle if header.roles[c] == VALUE)


def _dated(token: Token) -> bool:
    """A value printed after its own year label (`H27：120区画`)."""
    return token.kind == T_VALUE and DATED_VALUE_JOINER in nfkc(token.text) \
        and all(p.period is not None for p in parse_cell(token.text))


def _join_dated(before: list[Token], more: list[Token]) -> list[Token]:
    """The tokens of a row going on over its next line, when a year-labelled value ends the one and another opens
    the other: one cell's two dated values (`H27：120区画` / `R1：135区画 148区画`, the second on its own line)."""
    return [*before[:-1], Token(T_VALUE, f"{before[-1].text}\n{more[0].text}"), *more[1:]]


def _tokens_over(lines: list[str]) -> list[Token]:
    """The tokens of lines read as one: a value's pieces printed over the lines joined (`11,942 億円` / `(平成 30
    年)`), but a year-labelled value closing one line and another opening the next kept one cell's two dated values
    (`H27：120区画` / `R1：135区画`)."""
    joined, found = lines[0], typed_tokens(lines[0])
    for line in lines[1:]:
        more = typed_tokens(line)
        if found and more and _dated(found[-1]) and _dated(more[0]):
            found = _join_dated(found, more)
        else:
            found = typed_tokens(f"{joined} {line}") if found == typed_tokens(joined) else found + more
        joined = f"{joined} {line}"
    return found


def _dates_value(value: str, bracketed: str) -> bool:
    """The bracketed word under an undated value is the period its cell reads once joined (`（2016）` under
    `294百万円`: a bare western year, no period of its own out of a value's cell)."""
    return all(p.period is None for p in parse_cell(value)) \
        and all(p.period is not None for p in parse_cell(value + bracketed))


def _years_under(cut: _Cut, line: str) -> _Cut | None:
    """The values of a row that fills every value column, dated by the line under them: cells printing a value over
    its own year (`1,120人` / `（H30年度）`, layouts 114) give a line of as many bracketed years as the row has
    values, each the year of the value above it; a bare western year (`294百万円` / `（2016）`) is such a year
    where the value's cell reads it as its period. None when the line is no such line."""
    words = tokens(line)
    values = [col for col, token in cut.middle.items() if token.kind == T_VALUE]
    if not values or len(words) != len(values) or cut.rest \
            or not all(is_parenthetical(w) and (names_period(w) or _dates_value(cut.middle[col].text, w))
                       for col, w in zip(values, words, strict=True)):
        return None
    middle = dict(cut.middle)
    for col, year in zip(values, words, strict=True):
        middle[col] = Token(T_VALUE, middle[col].text + year)
    return replace(cut, middle=middle)


def _text_only(found: list[Token]) -> bool:
    return bool(found) and all(t.kind in (T_TEXT, T_PROGRESS) for t in found)


def _values_only(found: list[Token]) -> bool:
    return bool(found) and all(t.kind in _MIDDLE_KINDS for t in found)


def _ends_table(text: str) -> bool:
    """A goal heading (or a page title naming a goal), a caption (a kind, or a table number: `表３　主な事業と事業費`),
    a note or a title naming the plan (`千草町 総合戦略 KPI達成状況一覧…`, a page title drawn after the rows) ends a
    table."""
    return goal_level(text) is not None or titled_goal(text) is not None or is_caption(text) \
        or note_line(text) or opens_new_table(text) or names_plan(text)


@dataclass
class _Table:
    header: _Header
    rows: list[_Row] = field(default_factory=list)
    last: int = 0  # 0-based line of the table's last line
    heading: tuple[str, int] | None = None  # a goal heading given by a line of several (text, 1-based line)
    #: the grid column added after the header's for sub-indicator labels (`_sub_rows`), or None
    sub: int | None = None
    #: lines given to a cell by a guess the text cannot settle (1-based line, what was guessed): warned of
    told: list[tuple[int, str]] = field(default_factory=list)
    #: lines read as the table's that no row took (1-based line, text): `Grid.unplaced`
    unplaced: list[tuple[int, str]] = field(default_factory=list)


#: What a heading line inside a table is (`_Reader._heading`).
_END, _KEPT, _ROW, _TEXT = "end", "kept", "row", "text"


class _Reader:
    """Reads the body of one table under its header (see the module docstring)."""

    def __init__(self, lines: list[str], header: _Header, running: set[str] | None = None,
                 end: int | None = None) -> None:
        self.lines = lines
        self.end = len(lines) if end is None else end  # the rows end before this line (value header cells after them)
        self.running = running or set()  # running titles (`running_titles`): page furniture
        self.header = header
        self.table = _Table(header, last=header.line)
        self.pending: list[tuple[str, int]] = []  # text lines not placed yet (0-based line)
        self.broken = False  # page furniture since the last row
        self.paged = False  # a page's end among it (a page break, a page number), not only blank lines
        self.owner: _Row | None = None  # the row whose name the segment rows below share
        self.parts = False  # the owner's rows are parts of its name (`日帰り` / `宿泊` / `計`, `_part_column`)
        self.headings: list[tuple[str, int]] = []  # goal headings above the next row (text, 0-based line)
        self.split = False  # where the waiting name's lines and the wrapped text above them part is a guess
        self.resumed = False  # the header printed again on a new page since the last row (`_go_on`)
        self.at_header = False  # the rows ended at another table's header
        self.block = False  # the rows ended at more text lines than a name has

    def read(self) -> _Table:
        self._read()
        self._go_on()  # the rows ended with lines waiting right under the last: its rest when nothing follows
        self._unplaced()
        goal = self.goal
        for row in self.table.rows:
            if goal is not None and row.goal_among and not row.goal_guessed \
                    and _open_width(row.printed[goal]) is not None:
                # lines taken for the goal's by their width alone, its narrower last line never seen: they may be a
                # name's lines as wide
                line, text = row.printed[goal][-1]
                self._goal_doubt(row, line, text)
        _agree(self.table.rows)
        _lone_short_row(self.table.rows, self.header)
        _glued_goals(self.table.rows, self.header)
        self._goal_rest_before_names()
        self._goal_cells_or_names()
        _goal_lines_among_rows(self.table.rows, self.header)
        self.table.rows = _centred_goals(self.table.rows, self.header)
        _sub_rows(self.table)
        _definition_lines(self.table, self.lines)
        return self.table

    def _read(self) -> None:
        i = self.header.last + 1
        while i < self.end:
            text = self.lines[i].strip()
            if furniture_line(self.lines, i) or text in self.running or continued_caption(text) or (
                    goal_level(text) is not None and continued_heading(text)):
                # page furniture, or the goal heading or numbered caption printed again over the rest of the table
                # (`…（続き）`, `表２ …（続き）`)
                self.broken = True
                self.paged |= bool(text) or PAGE_BREAK in self.lines[i]
                i += 1
                continue
            again = read_band(self.lines, i)
            if again is not None and again.words == self.header.words and self.pending and self.broken:
                self._go_on(i)  # `…利用を希望して …` / `利用できなかった児童数` / `- 29 -` / the header again
            if again is not None and again.words == self.header.words and not self.pending and self.broken:
                self.table.last, i = again.last, again.last + 1  # the header printed again on a new page
                self.resumed = bool(self.table.rows)
                continue
            if again is not None or other_header(self.lines, i):
                self.at_header = True
                break
            found = _period_in_text(_row_tokens(text))
            if note_mark(text) and (after := self.cell_note(i)) > i:
                i = after
                continue
            if not note_mark(text) and (after := self.cell_note(i, self._cell_text_end(i))) > i:
                i = after
                continue
            if (after := self.late_cells(i)) > i:
                i = after
                continue
            if (after := self.numbered_names(i)) > i:
                i = after
                continue
            if not self.pending and (self.resumed or i == self.header.last + 1) and self.table.last == i - 1 \
                    and is_parenthetical(text) and note_line(text):
                # `（※年度末時点の数値）` right under the header (printed again): a note beside the cells, never a
                # name's first line (`furniture.beside_cells`); told. Under a row it may be a cell's remark
                self.table.told.append((i + 1, f"{text!r} read as a note beside the table's cells"))
                i += 1
                continue
            if note_line(text) and (after := self.note_between_rows(i)) > i:
                i = after
                continue
            if (centred := self._centred_measure(found, i)) is not None:
                self._attach(centred, i)  # a heading row: `_centred_goals` gives it its rows
                i += 1
                continue
            if _ends_table(text):
                verdict = self._heading(text, found, i)
                if verdict == _END:
                    break
                if verdict == _KEPT or (verdict == _TEXT and self.text_line(text, i)):
                    i += 1
                    continue
                if verdict == _TEXT:
                    break
            if self._heading_goes_on(found, i):
                text_, line = self.headings[-1]
                words = tokens(text)
                if len(words) > 1 and is_kind_word(words[-1]):
                    # `① 地域に根ざした特` / `色ある教育の推進 KPI` / `自分の…`: the heading's rest, then the kind word
                    # opening the row whose name follows
                    text = text[:text.rindex(words[-1])].strip()
                    self.pending.append((words[-1], i))
                self.headings[-1] = (text_ + text, line)  # `② 住み慣れた…生活を` / `送ることができる体制の整備`
                i += 1
                continue
            if self.pending and (after := self.segment_cells(i)) > i:
                i = after
                continue
            if _values_only(found) and self.pending and not self._dated_line(found):
                i = self.values_apart(i)
                if i < 0:
                    break
                continue
            if not self.pending and self._number_alone(found) and self._name_ahead(i + 1):
                self.pending.append((text, i))  # the row's number cell, printed before its name's lines
                i += 1
                continue
            cut = cut_row(found, self.header) if not _text_only(found) else None
            if cut is not None and self._number_in_text(cut, i) and self.text_line(text, i):
                i += 1
                continue
            end = i + 1
            if cut is not None:
                cut, end = self.continued(cut, text, i)
            if cut is not None and self.row(cut, i, end - 1):
                i = end
                continue
            if cut is None and _text_only(found) and self.text_line(text, i):
                i += 1
                continue
            break

    def _unplaced(self) -> None:
        """Lines still waiting for their row when the rows end (a last name's lines whose values never came, the
        values printed apart in no order the reader knows): read as the table's, they are no row's cell, so each is
        told (`Grid.unplaced`) instead of vanishing. Lines right above another table's header wait as
        that table's title, and lines more than a name has are a text block after the table (a list of measures, a
        section's heading over its paragraph): not this table's, not told."""
        if self.at_header or self.block or not self.table.rows:
            return
        self.table.unplaced += [(j + 1, text) for text, j in self.pending]
        waiting = self.pending[0][0] if self.pending and self.pending[0][1] == self.table.last + 1 else None
        name = self.table.rows[-1].printed.get(self.header.name, [])
        if waiting is not None and name and not note_after_table(waiting) and not section_heading(nfkc(waiting)) \
                and all(note_after_table(text) for text, _ in self.pending[1:]) \
                and display_width(waiting) <= max(display_width(text) for _, text in name) + WRAP_WIDTH_SLACK:
            # the first line waiting stands right under the last row: maybe the rest of its name (`…における延べ
            # 人 37,620 …` / `宿泊者数` / `※…` / more rows), which the row goes without: its name is in doubt. A
            # numbered heading (`（２）起業・創業の支援`, the next section's) or a line wider than the name's (a
            # paragraph after the table) is no name's rest
            self.table.rows[-1].uncertain = True

    def _next_row_number(self, word: str) -> bool:
        """`word` is the number after the last row's in a table numbering its rows in a column before the names: a
        line opening with it opens that row (a name printing no value over its segment rows, `2 自主防災組織の組織率`),
        no bare-numbered goal heading (`2 …`), which numbers goals, never the rows of the table it stands in."""
        numbers = [c for c in self.header.lead[:self.header.name] if self.header.roles[c] == NUMBER]
        if len(numbers) != 1 or not self.table.rows or not nfkc(word).isdigit():
            return False
        last = nfkc(self.table.rows[-1].cells.get(numbers[0], ("", 0))[0])
        return last.isdigit() and int(nfkc(word)) == int(last) + 1

    def _number_alone(self, found: list[Token]) -> bool:
        """The line prints only a row number, in a table with a number column before its names (`No. 指標名`): that
        column's cell, which a layer in content-stream order prints on its own line before the name's lines
        (`1` / `移住定住ポータルサイ` / `トの閲覧数` / `8,200件 14,600件 …`)."""
        numbered = any(self.header.roles[c] == NUMBER for c in self.header.lead[:self.header.name])
        return numbered and len(found) == 1 and _takes(NUMBER, found[0].text)

    def _number_in_text(self, cut: _Cut, i: int) -> bool:
        """Line i, cut as a row, is a line of the text the row above's last cell wraps over (`…開発意欲の低下の` /
        `ため、目標値の 10 件に` / `到達していないが、…`): that cell ends no sentence on the line before, as wide as
        this one, and the cut fills fewer value columns than the header has, with text after its values that
        begins no trailing cell, or none when the line opens as no name does (a particle, or a word's last kana and
        a comma: `め、目標値の 10 件`)."""
        above = self.table.rows[-1] if self.table.rows and not self.pending else None
        last = self.header.trailing[-1] if self.header.trailing else None
        text = nfkc(self.lines[i].strip())
        if above is None or last not in above.cells or self.table.last != i - 1 or not cut.lead or not (
                cut.rest or text.startswith(_CONTINUATIONS) or _WORD_END_OPENING.match(text)):
            return False
        wanted = sum(1 for c in self.header.middle if self.header.roles[c] == VALUE)
        before = self.lines[i - 1].strip()
        return not above.cells[last][0].endswith(SENTENCE_ENDINGS) and _filled(cut, self.header) < wanted \
            and abs(display_width(self.lines[i].strip()) - display_width(before)) <= WRAP_WIDTH_SLACK \
            and not any(_begins(self.header.roles[c], cut.rest[0].text) for c in self.header.trailing if cut.rest)

    def _heading(self, text: str, found: list[Token], i: int) -> str:
        """A goal heading printed inside a table whose header has goal columns (`1 しごとの創生` above its rows) is
        kept for the goal columns of the row that follows (_KEPT); printed with a row's name and values
        (`① 地域産業の活性化 KPI 製造品出荷額等 11,942 億円`), or with a kind word before a name wrapped to the
        next lines, it is that row's (_ROW, _TEXT). Any other heading, a caption
        or a note, or a heading after names waiting for their row, ends the table (_END)."""
        if len(found) > 1 and self._next_row_number(found[0].text):
            return _TEXT  # `2 自主防災組織の組織率` under row 1 of a `No.` column: that row's, no bare-numbered heading
        if self.kinds and is_kind_word(found[0].text) and goal_level(text) is None:
            # `KPI 製造業の従業者数`, or `数値目標` alone above its name: a row opening with its kind word, no caption
            return _ROW if len(found) > 1 else _TEXT
        if goal_level(text) is not None and self.goals:
            self._go_on()  # the next group's heading: the lines above it are the rest of the row the break cut
        elif goal_level(text) is not None and self.pending:
            self._go_on(i)  # `…参加したことがある …` / `中学生の割合` / `【基本目標Ⅱ】…`: a band across the table
        if goal_level(text) is not None and not self.goals and not self.pending \
                and (self._full_row(i + 1)
                     or (i + 1 < len(self.lines) and self._parent_ahead(self.lines[i + 1].strip(), i + 1))):
            # a heading over the next rows of a table without goal columns (`基本目標２ …` right under the header or
            # between rows, a whole row under it, or the row of the segment rows under that): a section line where
            # the names are, the rows under it its goal's
            section = _Row(section=True)
            section.add(self.header.name, text, i + 1)
            self._attach(section, i)
            return _KEPT
        if goal_level(text) is None or not self.goals or self.pending:
            return _END
        cut = cut_row(found, self.header) if not _text_only(found) else None
        if cut is not None and cut.lead:
            return _ROW
        if _opens_row(found):
            return _TEXT  # the first line of a row whose name wraps: `② … KPI 英語の学習が…児童・` / `生徒の割合`
        self.headings.append((text, i))
        return _KEPT

    def late_cells(self, i: int) -> int:
        """Value cells drawn after the rows (cells carrying a note mark, `※1` over `1,480件`, drawn in a pass of
        their own: `-raw` and pypdfium2 print them under the last row, one a line, the marks between): as many lines
        of one value each as the table has rows that leave exactly one value column empty, each value in its row's
        unit, go to those rows in order, each in its row's empty column. Which line is whose is read from the order
        and the units, not seen: the rows are flagged. Returns the line after them, or i when the lines are not so."""
        values = [c for c in self.header.middle if self.header.roles[c] == VALUE]
        short = [row for row in self.table.rows if not row.section and any(c in row.cells for c in values)
                 and sum(c not in row.cells for c in values) == 1]
        if len(short) < MIN_LATE_ROWS or self.pending:
            return i
        found: list[tuple[str, int]] = []
        j = i
        while j < self.end and not furniture_line(self.lines, j):
            text = self.lines[j].strip()
            tokens_ = _row_tokens(text)
            if _MARK_ONLY.match(nfkc(text)):
                j += 1
                continue
            if len(found) == len(short) or len(tokens_) != 1 or tokens_[0].kind != T_VALUE:
                break
            found.append((text, j))
            j += 1
        if len(found) != len(short) or not all(
                unit_of(text) is not None and {unit_of(row.cells[c][0]) for c in values if c in row.cells}
                == {unit_of(text)} for (text, _), row in zip(found, short, strict=True)):
            return i
        for (text, line), row in zip(found, short, strict=True):
            row.add(next(c for c in values if c not in row.cells), text, line + 1)
            row.uncertain = True
        self.table.last = j - 1
        return j

    def _full_row(self, j: int) -> bool:
        """Line j prints a whole row under the header: its name and a value in every value column."""
        if j >= len(self.lines) or furniture_line(self.lines, j):
            return False
        cut = cut_row(_row_tokens(self.lines[j].strip()), self.header)
        wanted = sum(1 for c in self.header.middle if self.header.roles[c] == VALUE)
        return cut is not None and bool(cut.lead) and _filled(cut, self.header) == wanted

    def _heading_goes_on(self, found: list[Token], i: int) -> bool:
        """Line i goes on with the heading on the line above: text right after it that opens no row, in a table
        whose rows open with a kind word (a kind column before the name), or after a heading that ends open
        (`基本目標１ 地域の産業を` / `伸ばし、働く場をつくる`: a particle ends no heading)."""
        return bool(self.headings and (self.kinds or open_name(self.headings[-1][0]))
                    and self.headings[-1][1] == i - 1 and not self.pending
                    and _text_only(found) and not is_kind_word(found[0].text))

    @property
    def kinds(self) -> list[int]:
        """The kind columns before the name (the rows open with a kind word)."""
        return [c for c in self.header.lead[:self.header.name] if self.header.roles[c] == KIND]

    @property
    def goals(self) -> list[int]:
        return [c for c in self.header.lead if self.header.roles[c] in GOAL_COLUMN_ROLES]

    def _cell_text_end(self, i: int) -> int:
        """Where a value cell's text without a `※` mark ends (`令和 6 年 3 月の` / `改訂に伴い、令` / … / `変更`,
        printed in the final target's cell): lines from i wrapped at one narrow width (the last may be shorter),
        no more than MAX_CELL_TEXT_LINES, right before a line that begins a trailing cell of the row above (its
        department); i when the lines are no such text."""
        if not self.header.trailing or self.pending or not self.table.rows:
            return i
        j = i
        while j < len(self.lines) and j - i < MAX_CELL_TEXT_LINES and not furniture_line(self.lines, j) \
                and not self._trailing_starts(j):
            j += 1
        if j == i or j >= len(self.lines) or not self._trailing_starts(j):
            return i
        widths = [display_width(self.lines[k].strip()) for k in range(i, j)]
        if max(widths[:-1] or widths) - min(widths[:-1] or widths) > WRAP_WIDTH_SLACK or widths[-1] > max(widths) \
                or any(self.lines[k].strip().endswith(SENTENCE_ENDINGS) for k in range(i, j - 1)) \
                or any(goal_level(self.lines[k]) is not None or read_band(self.lines, k) is not None
                       or self._prints_row(k) for k in range(i, j)):
            return i
        return j

    def _prints_row(self, k: int) -> bool:
        """Line k prints a row's values: a run of them filling two value columns or more (`妊婦健康診査受診率 80.5%
        82.1% …`), not numbers scattered in a sentence (`令和 6 年 3 月の`)."""
        cut = cut_row(typed_tokens(self.lines[k].strip()), self.header)
        return cut is not None and _filled(cut, self.header) > 1 \
            and (not cut.rest or any(_begins(self.header.roles[c], cut.rest[0].text) for c in self.header.trailing))

    def cell_note(self, i: int, end: int | None = None) -> int:
        """A `※` note right under a row that leaves a value column empty, in a table with goal columns, before the
        next row, or not a sentence (a footnote is): the note is printed in that cell instead of a value
        (`※…検討にあわせて設定予定`), its lines up to the next row; it goes in the first empty value column after the
        row's values, placed by their years without the final target (`_by_years`). Unless the values and the note
        then fill every value column, the row is uncertain (which cell was empty cannot be seen without positions).
        Returns the line after the note, or i when it is no such note."""
        row = self.table.rows[-1] if self.table.rows and not self.pending else None
        values = [c for c in self.header.middle if self.header.roles[c] == VALUE]
        places = None
        if row is not None and row.places and set(row.places) <= set(values):
            # the note stands where the final target would be (`_by_years`): the values placed without it
            places = _nearest(list(combinations(values, len(row.places))),
                              [row.cells[c][0] if c in row.cells else "" for c in row.places], self.header)[0]
        filled = [c for c in values if row is not None and c in (places or row.cells)]
        empty = [c for c in values if filled and c > filled[-1] and row is not None and c not in (places or row.cells)]
        if row is None or not empty or end == i:
            return i
        j = i + 1 if end is None else end
        while end is None and j < len(self.lines) and not furniture_line(self.lines, j) and self._note_goes_on(j):
            j += 1
        note = "".join(self.lines[k].strip() for k in range(i, j))
        if not (self.goals or self._row_at(j) or not note.endswith(SENTENCE_ENDINGS)):
            return i  # a table without goal columns: a sentence no row follows is the table's footnote
        if places is not None:
            _move(row, places)
            row.places = ()  # placed with its note: no sibling row's placement applies
        row.add(empty[0], note, i + 1)
        row.uncertain = len(empty) > 1  # the row's values and its note fill every value column: no guess left
        self.table.last = j - 1
        return j

    def note_between_rows(self, i: int) -> int:
        """A `※` line under a row, then a goal heading over the next rows and a whole row under it (`※令和２年度は…
        減少` / `基本目標3 …` / `創業支援による創業件数 21 15 17 …`): a band across the table shows it goes on, so the
        line is a note printed between the table's rows, no end of it; told (which row it speaks of the text does
        not say). A row opening with a segment label (`男 61.1 …`) is no such row. Only where the rows above were
        read without doubt: a reading in doubt stops at the note, as does one whose next row follows the note
        right under it (the reader that goes on there may read wrapped names better).
        Returns the line after the note, or i when it is no such note."""
        if not self.table.rows or self.pending or any(row.uncertain for row in self.table.rows) \
                or i + 1 >= len(self.lines) or goal_level(self.lines[i + 1].strip()) is None:
            return i
        k = i + 2
        if not self._full_row(k) or self._segment_line(k):
            return i
        self.table.told.append((i + 1, f"{self.lines[i].strip()!r} read as a note between the table's rows"))
        self.table.last = i
        return i + 1

    def _row_at(self, j: int) -> bool:
        """Line j opens a row: a name and values, or a name's lines before its values."""
        if j >= len(self.lines) or furniture_line(self.lines, j):
            return False
        found = typed_tokens(self.lines[j].strip())
        if _text_only(found):
            return self._name_ahead(j)
        cut = cut_row(found, self.header)
        return cut is not None and bool(cut.lead)

    def _note_goes_on(self, j: int) -> bool:
        """Line j goes on with the note above: text that opens no row (no kind word first, no goal heading, no
        header) and is no name waiting for the values on the line after it."""
        text = self.lines[j].strip()
        found = typed_tokens(text)
        # `※第 3 期保険事` / `業実 施計画・第` / `4 期特定 健康診`: a number the note's narrow cell wrapped to a
        # line's start, after two lines of the note as wide (a goal heading `4 …` under a note is no such line)
        before = self.lines[j - 1].strip()
        # `施計画・第 4 期特定`: a bare number inside the note's text (printed apart from the words around it)
        numbers = [k for k, t in enumerate(found) if t.kind != T_TEXT]
        wrapped = len(found) > 1 and bool(numbers) and numbers[-1] < len(found) - 1 \
            and all(found[k].kind == T_VALUE and nfkc(found[k].text).isdigit() for k in numbers) \
            and not before.endswith(SENTENCE_ENDINGS) and (numbers[0] > 0 or not note_mark(before)) \
            and abs(display_width(text) - display_width(before)) <= WRAP_WIDTH_SLACK
        if not (_text_only(found) or wrapped) or is_kind_word(found[0].text) \
                or (goal_level(text) is not None and not wrapped) \
                or read_band(self.lines, j) is not None or note_line(text) or self._trailing_starts(j):
            return False
        after = typed_tokens(self.lines[j + 1].strip()) if j + 1 < len(self.lines) else []
        return not _values_only(after)

    def _trailing_starts(self, j: int, alone: bool = False) -> bool:
        """Line j begins a trailing cell of the row above: a progress label (or its first part) or a department,
        whole or wrapped onto the next line (`国民健康保` / `険課`): what a note in a value cell never prints. With
        `alone`, a department's rest is the next line's one word (the next line opening a row ends in a department
        too)."""
        text = self.lines[j].strip()
        after = self.lines[j + 1].strip() if j + 1 < len(self.lines) else ""
        after = "" if alone and len(after.split()) > 1 else after
        roles = {self.header.roles[c] for c in self.header.trailing}
        words = tokens(text)
        return any(_begins(role, text) or (len(words) > 1 and _begins(role, words[0])) for role in roles) \
            or (DEPARTMENT in roles and bool(after) and is_department(text + after))

    def continued(self, cut: _Cut, text: str, i: int) -> tuple[_Cut, int]:
        """A row whose cells go on over the lines after it (a value printed with its year under it in a cell of
        several lines: `KPI 製造品出荷額等 11,942 億円` / `(平成 30 年)` / `13,500 億円` / `(令和 8 年)`): while the
        row fills fewer value columns than the header has, or the next line is a bracketed remark, the lines of
        values only after it are read with it. Returns the cut and the line after the row."""
        cut, j = self._segment_values(cut, i)
        if j > i + 1:
            return cut, j
        wanted = sum(1 for c in self.header.middle if self.header.roles[c] == VALUE)
        if _filled(cut, self.header) == wanted and (
                dated := _years_under(cut, self.lines[j].strip() if j < len(self.lines) else "")) is not None:
            return dated, j + 1
        best, end = cut, i + 1
        joined, found = text, _row_tokens(text)
        while not best.rest and j < len(self.lines) and not furniture_line(self.lines, j):
            line = self.lines[j].strip()
            more = typed_tokens(line)
            remark = is_parenthetical(line)  # `(閏年)`: a remark under the value above
            # `74.1%` / `（令和３年度） 76.9% 75.5% 77.5% 企画調整課 順調に進捗`: the row's last line, its last
            # values and its trailing cells (a cell's remark first)
            # (`210 件 住宅課 …` is no goal heading `2 …`: a heading's label is a bare number, a value has its unit)
            heading = goal_level(line) is not None and nfkc(more[0].text).isdigit() if more else False
            # `… 186 件 312 件` / `（見込み） 300 件 企画政策課`: the remark under the last value, printed first
            after = more[1:] if len(more) > 1 and is_parenthetical(more[0].text) and found \
                and found[-1].kind in _MIDDLE_KINDS else more
            closing = bool(after) and after[0].kind in _MIDDLE_KINDS and not heading \
                and self._opens_trailing(next((t for t in after if t.kind not in _MIDDLE_KINDS), None))
            # `R7：12件` / `R9：16件`: a year-labelled value under one ends no filled row, it goes on the same cell
            dated = bool(found) and bool(more) and _dated(found[-1]) and _dated(more[0])
            if not (_values_only(more) or remark or closing) or (
                    _filled(best, self.header) >= wanted and not remark and not dated):
                break
            if _filled(best, self.header) >= wanted and _name_qualifier(line):
                break  # `… 150人` / `（累計）`: the name cell's last line, printed after the row's (`text_line`)
            if dated:
                found = _join_dated(found, more)
            else:  # pieces of one value printed over the lines (`11,942 億円` / `(平成 30 年)`) joined
                found = _row_tokens(f"{joined} {line}") if found == _row_tokens(joined) else found + more
            joined = f"{joined} {line}"
            j += 1
            again = cut_row(found, self.header)
            if again is None or [t.text for t in again.lead] != [t.text for t in cut.lead]:
                break
            if _filled(again, self.header) < _filled(best, self.header):
                break
            best, end = again, j
        return best, end

    def _opens_trailing(self, token: Token | None) -> bool:
        """The token begins a trailing cell: a department or a progress label."""
        return token is not None and any(_begins(self.header.roles[c], token.text) for c in self.header.trailing)

    def _segment_values(self, cut: _Cut, i: int) -> tuple[_Cut, int]:
        """A value cell listing one value per segment over lines (`健康寿命 男性 77.41 歳` / `女性 79.89 歳`): the
        segment label before the row's one value and the lines of another segment label and a value after it make
        that cell (`男性 77.41歳` + `女性 79.89歳`). Returns the cut and the line after the row."""
        if len(cut.middle) != 1 or cut.rest or not cut.lead or not segment_label(cut.lead[-1].text):
            return cut, i + 1
        col, value = next(iter(cut.middle.items()))
        parts = [f"{cut.lead[-1].text} {value.text}"]
        labels = {segment_label(cut.lead[-1].text)}
        j = i + 1
        while j < len(self.lines) and not furniture_line(self.lines, j):
            found = typed_tokens(self.lines[j].strip())
            if len(found) != 2 or found[1].kind != T_VALUE or segment_label(found[0].text) in (None, *labels):
                break
            labels.add(segment_label(found[0].text))
            parts.append(f"{found[0].text} {found[1].text}")
            j += 1
        if j == i + 1:
            return cut, i + 1
        middle, rest, j = self._segment_cells_after(col, parts, j)
        # cells filling every value column in order: where the first one stands is no longer a guess
        return _Cut(cut.lead[:-1], middle, rest, cut.uncertain and len(middle) == 1), j

    def _segment_cells_after(self, col: int, parts: list[str], j: int) -> tuple[dict[int, Token], list[Token], int]:
        """The value cells after the first one of a row listing segments a line each (`健康寿命 男性 79.6 歳` /
        `女性 84.1 歳` / `男性 80.5 歳` / `女性 84.8 歳 健康推進課`, pypdfium2): each next cell lists the same segment
        labels in the same order, the last one's last line the row's trailing cells after its value. When there
        are as many cells as value columns, they fill them in order; else the first cell stays in `col` alone.
        Returns the cells, the trailing tokens and the line after them."""
        order = [part.split(" ", 1)[0] for part in parts]
        columns = [c for c in self.header.middle if self.header.roles[c] == VALUE]
        cells = [parts]
        rest: list[Token] = []
        end = j
        while len(cells) < len(columns) and not rest:
            cell = []
            for k, label in enumerate(order):
                line = end + k
                found = typed_tokens(self.lines[line].strip()) if line < len(self.lines) else []
                if len(found) < 2 or found[0].text != label or found[1].kind != T_VALUE \
                        or furniture_line(self.lines, line) \
                        or (len(found) > 2 and (k < len(order) - 1 or not self._opens_trailing(found[2]))):
                    return {col: Token(T_VALUE, "\n".join(parts))}, [], j
                cell.append(f"{label} {found[1].text}")
                rest = found[2:]
            cells.append(cell)
            end += len(order)
        if len(cells) != len(columns) or len(cells) < 2:
            return {col: Token(T_VALUE, "\n".join(parts))}, [], j
        return {c: Token(T_VALUE, "\n".join(cell)) for c, cell in zip(columns, cells, strict=True)}, rest, end

    def row(self, cut: _Cut, i: int, last: int | None = None) -> bool:
        """Add the row cut from line i (its cells go on to line `last`); False when it cannot be a row here (no
        name to give it)."""
        row = _row_of(cut, self.header, i + 1)
        name = self.header.name
        part = self._part_column(row) if self.pending or self.parts else None
        if part is not None:  # `日帰り 41.2万人 …` under `観光入込客数`: the word is the row's part (区分)
            row.cells[part] = row.cells.pop(name)
        if name in row.cells and any(c in row.cells for c in self.kinds):
            self._go_on()  # the row's kind word, then its name: the lines above it are none of its cells
        self._values_lost(row)
        self._parent_above(row)
        self._goal_lines_above(row)
        if self.pending:
            head = _name_text([text for text, _ in self.pending])
            first = self.pending[0][1] + 1
            own = name in row.cells
            own_cell = row.cells.get(name)
            printed = [(j + 1, _name_line(text)) for text, j in self.pending] + row.printed.get(name, [])
            if own and not any(c in row.cells for c in self.header.lead if c != name):
                # a name wrapped over lines, the leading columns' words printed on its first line
                del row.cells[name]
                _place_lead(row, _text_tokens(head + " ".join(t.text for t in cut.lead)), self.header, first)
            elif own:
                row.cells[name] = (head + row.cells[name][0], first)  # a name wrapped over lines
            if own:
                # text lines right under a named row, then a row printing its own name: the tail of the name above
                # (`子育て支援センターの利 21,360 人 …` / `用者数`, pdfplumber) or the head of this one; the text does
                # not say which, unless the lines end open (`…の`: a name's first line), name a department (a
                # group's cell, `産業振興課`) or end in a unit alone (a row whose values the text lost)
                above = self.table.rows[-1] if self.table.rows else None
                if above is not None and above.end == self.pending[0][1] - 1 and name in above.cells \
                        and own_cell is not None and bracketed_unit(own_cell[0]) is not None \
                        and bracketed_unit(head) is not None and bracketed_unit(above.cells[name][0]) is None:
                    # `…利用を希望して 19 ― 19 22` / `利用できなかった児童数（人）` / `地域おこし協力隊の定住者数
                    # （人） ― …`: the lines close with the unit a name closes with, which the name above lacks and
                    # the row's own name prints: the rest of the name above
                    row.cells[name] = own_cell
                    for text, j in self.pending:
                        above.add(name, text, j + 1)
                    printed = printed[len(self.pending):]
                elif above is not None and above.end == self.pending[0][1] - 1 and name in above.cells \
                        and not (open_name(head) or is_department(head)
                                 or is_unit_alone(self.pending[-1][0].split()[-1])):
                    self._lines_doubt(row)
                    self._lines_doubt(above)
            else:
                self._name_lines(row, head, first)
                row.shared_name = True
            row.printed[name] = printed
            row.name_above, row.above_width = len(self.pending), max(display_width(t) for t, _ in self.pending)
            if self.broken:
                # after a page break the lines may be the tail of the row before; a blank line alone (a layer
                # spacing its rows) is no page's end, and the lines around a row under a definition column are
                # likelier that column's cells (`_lines_doubt`)
                if self.paged:
                    row.uncertain = True
                else:
                    self._lines_doubt(row)
            # a line above closing with a unit alone, in a table with a 単位 column: the name and unit cells of a row
            # whose values the text lost (pypdfium2), rather than a name's first line
            row.uncertain |= UNIT in self.header.roles and is_unit_alone(self.pending[-1][0].split()[-1])
            # a first line opening with a particle (`の地域資源を磨き上げ、…`) goes on from a sentence: prose beside
            # the table (a page in two text columns), which no name begins with
            row.uncertain |= self.pending[0][0].strip().startswith(_PARTICLES)
            # a later line opening with a list number or a goal label (`地域の産業を育て、` / `(1) 農林業の持続的な発展`
            # / `担い手の確保と育成` / `新規就農者数 3人 …`): no name goes on so, the lines are cells of several
            # columns (goal cells whose other labels the layer dropped, pypdfium2) run into the name
            row.uncertain |= any(LIST_NUMBER.match(nfkc(text.strip())) or goal_level(text) is not None
                                 for text, _ in self.pending[1:])
        elif name not in row.cells and NAME not in self.header.roles and _filled(cut, self.header) \
                and not any(name in r.cells for r in self.table.rows):
            pass  # a sheet's later page whose key column the text lost (pypdfium2): the interpreter joins by order
        elif name not in row.cells:
            owner = self.owner
            # a row printing its year and no name in a table in long form: a year of the indicator whose name is
            # merged down over its rows, printed above (`_parent_above`) or centred on them (the interpreter's
            # `_year_blocks` gives it the name)
            dated = any(self._year_column(c) for c in row.cells)
            if self.broken or not (dated or (owner is not None and (self._segment_row(row) or part is not None))):
                return False
            if owner is not None:
                owner.span += 1  # the next segment under the name the rows share
            self._attach(row, i if last is None else last)
            if part is not None and is_total_row(row.cells[part][0]):
                self.owner = None  # the parts' total closes them: a one-word row below is a name of its own
                self.parts = False
            return True
        self.owner = row if self._segment_row(row) or part is not None else None
        self.parts = part is not None
        self._attach(row, i if last is None else last)
        return True

    def _unit_line(self, lines: list[tuple[str, int]]) -> tuple[str, int] | None:
        """Of a name's lines then the line after them (text, 0-based line), the last that is a unit alone, after
        one line at least, in a table whose header has a 単位 column before its values: the unit cell of a sheet
        printed a cell a line, column by column (`町内企業への就職者数` / `人` / `18` / `26` …, `… / 百万円 / 126`), not
        the end of the name (no name wraps on a unit alone) nor a value (`百万円` is no 1,000,000 円). None
        otherwise."""
        if UNIT not in [self.header.roles[c] for c in self.header.lead] or len(lines) < 2:
            return None
        for text, line in reversed(lines[-2:]):
            if is_unit_alone(text.strip()) and (line, text) != (lines[0][1], lines[0][0]):
                return text, line
        return None

    def _units_lost(self, waiting: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """Of the lines waiting above a row whose unit cell was found (`_unit_line`), those after the last unit alone
        among them: the lines up to it are the name and unit cells of a row whose values the text lost (pypdfium2
        prints no text of a run it cannot map: `新規就農者数` / `人` / `農地の集積率` / `％` / `38.5` …), each such
        row attached flagged and without values (the interpreter reports them missing)."""
        units = [k for k, (text, _) in enumerate(waiting) if k > 0 and is_unit_alone(text.strip())]
        if not units or units[-1] == len(waiting) - 1:
            return waiting
        start = 0
        for k in units:
            if k == start:
                return waiting  # two units alone one after the other: no name between, not a sheet's cells
            lost = _Row(uncertain=True)
            _place_lead(lost, _text_tokens(_name_text([text for text, _ in waiting[start:k]])), self.header,
                        waiting[start][1] + 1)
            lost.add(self.header.roles.index(UNIT), waiting[k][0].strip(), waiting[k][1] + 1)
            self._attach(lost, waiting[k][1])
            start = k + 1
        return waiting[start:]

    def _values_lost(self, row: _Row) -> None:
        """The line waiting above a row that prints its own name and unit, closing with a unit alone in a table with a
        単位 column (`新規就農者数 人` / `観光入込客数 千人 326 …`): the name and unit cells of a row whose values the
        text lost (pypdfium2 prints no text of a run it cannot map), not the first line of the name below, which
        ends in no unit. The line becomes a row of its own, flagged, without values (the interpreter reports them
        missing)."""
        units = [c for c in self.header.lead if self.header.roles[c] == UNIT]
        if len(self.pending) != 1 or not units or units[0] not in row.cells or self.header.name not in row.cells:
            return
        text, j = self.pending[0]
        words = tokens(text)
        if len(words) < 2 or not is_unit_alone(words[-1]):
            return
        lost = _Row(uncertain=True)
        _place_lead(lost, _text_tokens(text), self.header, j + 1)
        if set(lost.cells) != {self.header.name, units[0]}:
            return
        self._attach(lost, j)

    def _parent_above(self, row: _Row) -> None:
        """The one line waiting above a row named by a segment label alone (`（男性） 79.8歳 …`, `小学生 …`) that closes
        with a department or a whole progress label in a table with such a column after the values (`健康寿命
        健康福祉課`, `公共交通の年間利用者数（人） 達成`): the row of the indicator the segment rows break down,
        printing no value of its own (layouts 192), not the first line of the label's name. The line becomes a row
        of its own, its name and that cell; the interpreter reads the rows below as its segments."""
        name = self.header.name
        # or a row printing its year and no name in a table in long form (`R3 8件 6件 75.0%`, layouts 190): the
        # line is the indicator whose name and department are merged down over its year rows
        segment = breakdown_segment(row.cells[name][0]) is not None if name in row.cells \
            else any(self._year_column(c) for c in row.cells)
        if not self.pending or not segment:
            return
        text, j = self.pending[-1]
        words = tokens(text)
        numbers = [c for c in self.header.lead[:name] if self.header.roles[c] == NUMBER]
        if len(words) >= 2 and self._next_row_number(words[0]) and name in row.cells and self._rests_above():
            # or that opens with the next row number (`2 自主防災組織の組織率` over `男 71.7% …`): the numbered row;
            # the lines waiting before it, which a row number ends, are the rest of the row above's name
            parent = _Row()
            parent.add(numbers[0], words[0], j + 1)
            parent.add(name, " ".join(words[1:]), j + 1)
            self._attach(parent, j)
            return
        if len(self.pending) != 1:
            return
        closing = self._closing_cells(words)
        below = max(line for printed in row.printed.values() for line, _ in printed)  # the line after the row
        if below < len(self.lines) and (found := typed_tokens(self.lines[below].strip())) \
                and all(t.kind == T_YEAR for t in found):
            below += 1  # the row's years on a line of their own (`(H30年度) (R9年度)`)
        while below < len(self.lines) and (not self.lines[below].strip() or furniture_line(self.lines, below)
                                           or self.lines[below].strip() in self.running):
            below += 1  # a page break after the row: the next segment row stands under the page's furniture
        if (again := read_band(self.lines, below)) is not None and again.words == self.header.words:
            below = again.last + 1  # and under the header printed again
        if closing is None and name in row.cells and self._segment_line(below):
            # a name alone over two lines or more each opening with a segment label alone (`ふるさと納税の寄附額` /
            # `男性 27956千円 …` / `女性 22172千円 …`): their indicator's row, not the first label's name's first line
            parent = _Row()
            parent.add(name, text, j + 1)
            self._attach(parent, j)
            return
        if closing is None:
            return
        (k, column), remark = closing
        parent = _Row()
        parent.add(name, " ".join(words[:k]), j + 1)
        parent.add(column, words[k] if remark is not None else " ".join(words[k:]), j + 1)
        if remark is not None:
            parent.add(remark, " ".join(words[k + 1:]), j + 1)
        self._attach(parent, j)
        if name not in row.cells:
            self.owner = parent  # the year rows below share its name

    def _rests_above(self) -> bool:
        """The lines waiting before the last go on with the name of the row right above them (`…利用を希望して 19 …` /
        `利用できなかった児童数（人）` / `2 企業誘致件数（件） C …`); True when there are none. Unless they close with
        the unit a name closes with, which the name above lacks, which lines they are is a guess: the row is flagged."""
        rests = self.pending[:-1]
        if not rests:
            return True
        above = self.table.rows[-1] if self.table.rows and not self.headings else None
        name = self.header.name
        if above is None or above.section or name not in above.cells or above.end != rests[0][1] - 1:
            return False
        head = _name_text([text for text, _ in rests])
        above.uncertain |= bracketed_unit(head) is None or bracketed_unit(above.cells[name][0]) is not None
        for text, j in rests:
            above.add(name, text, j + 1)
        return True

    def _closing_column(self, word: str) -> int | None:
        """The column after the values that takes `word` as a whole cell (a department, a progress label printed
        entire or a grade, `D`, the header naming a progress column), which a row printing no value closes with."""
        return next((c for c in self.header.trailing if (self.header.roles[c] == DEPARTMENT and is_department(word))
                     or (self.header.roles[c] == PROGRESS and (is_progress(word) or is_grade_mark(word)))), None)

    def _closing_cells(self, words: list[str]) -> tuple[tuple[int, int], int | None] | None:
        """((k, column), remark column) when a line's words close with a department or a whole progress label
        (`_closing_column`) at word k, and the words after it, if any, are a sentence in a column of free text after
        that one (`健康増進課 引き続き…進める。`, a reason or remark column, `_remark_column`), or a name and that
        column's whole sentence alone (then ((k, remark column), None), the sentence from word k); else None."""
        if len(words) >= 2 and (column := self._closing_column(words[-1])) is not None:
            return (len(words) - 1, column), None
        for k in range(len(words) - 2, 0, -1):
            if (column := self._closing_column(words[k])) is not None:
                remark = self._remark_column(column, " ".join(words[k + 1:]))
                return ((k, column), remark) if remark is not None else None
        # a name and a whole sentence of the remark column, no department or label between (`地域おこし協力隊の定住者数
        # 目標値の8割程度で推移している。`): the sentence from the first word on that reads as one
        k = next((k for k in range(1, len(words)) if is_prose(" ".join(words[k:]))), None)
        if k is None or is_prose(" ".join(words[:k])) or not words[-1].endswith(SENTENCE_ENDINGS):
            return None
        remark = self._remark_column(self.header.name, " ".join(words[k:]))
        return ((k, remark), None) if remark is not None else None

    def _remark_column(self, after: int, text: str) -> int | None:
        """The last trailing column, after column `after`, when it heads free text (a remark, what was done, a reason
        `要因分析`: no department, progress or other kind of cell) and `text` reads as a sentence
        (`引き続き関係機関と連携し取組を進める。`); else None."""
        last = self.header.trailing[-1] if self.header.trailing else None
        return last if last is not None and last > after and self.header.roles[last] in (OTHER, NARRATIVE, REASON) \
            and is_prose(text) else None

    def _parent_ahead(self, text: str, i: int) -> bool:
        """Line i prints a name and a department or a whole progress label only (`朝食を毎日食べる児童生徒の割合
        学校教育課`), maybe a sentence of a remark column after it (`_closing_cells`), and the next line opens with a
        segment label alone before its values (`小学生 91.2% …`): the row those segments break down, not the wrapped
        tail of a cell of the row above (layouts 192)."""
        words = tokens(text)
        if self._closing_cells(words) is None or i + 1 >= len(self.lines):
            return False
        below = typed_tokens(self.lines[i + 1].strip())
        if self._dated_line(below) and any(t.kind == T_VALUE for t in below[1:]):
            return True  # the first year row of an indicator in a table in long form (`R3 8件 6件 75.0%`)
        return self._segment_line(i + 1)

    def _segment_line(self, k: int) -> bool:
        """Line k opens with a segment label alone before its values (`小学生 91.2% …`, `うち女性 約2 …`)."""
        if k >= len(self.lines):
            return False
        below = typed_tokens(self.lines[k].strip())
        # a label printed before each value (`女性 84.1歳 女性 84.8歳`) is a two-segment cell's line (layouts 161)
        return len(below) > 1 and breakdown_segment(below[0].text) is not None \
            and any(t.kind == T_VALUE for t in below[1:]) and not any(breakdown_segment(t.text) for t in below[1:])

    def _part_column(self, row: _Row) -> int | None:
        """The kind column (`区分`) right of the names that a row printing one word before its values leaves empty,
        when that word is a part of the name printed above (`観光入込客数` on a line of its own, then `日帰り` /
        `宿泊` / `計` rows): the column the word goes to, else None. Which parts are known, the interpreter says
        (an unknown part is flagged)."""
        name = self.header.name
        kinds = [c for c in self.header.lead[name + 1:] if self.header.roles[c] == KIND and c not in row.cells]
        lead = [c for c in self.header.lead if c in row.cells]
        if not kinds or lead != [name] or not any(c in row.cells for c in self.header.middle) \
                or not _label_word(row.cells[name][0]) or _takes(KIND, row.cells[name][0]):
            return None
        return kinds[0]

    def _straddled_heading(self, above: _Row | None, i: int) -> _Row | None:
        """The goal heading row right before the row above when its one heading, ending open, was printed on the
        line right above that row's one line (0-based i - 1) and no line waits: line i may be the heading's rest."""
        rows = self.table.rows
        if above is None or self.pending or self.table.last != i - 1 or len(rows) < 2 or rows[-1] is not above:
            return None
        heading = rows[-2]
        if len(heading.cells) != 1 or next(iter(heading.cells)) not in self.goals or heading.section:
            return None
        text, _ = next(iter(heading.cells.values()))
        lines = {line for printed in above.printed.values() for line, _ in printed}
        last = max(line for printed in heading.printed.values() for line, _ in printed)
        return heading if lines == {i} and last == i - 1 and open_name(text) and not self._trailing_starts(i) \
            else None

    def _centred_measure(self, found: list[Token], i: int) -> _Row | None:
        """A measure's cell merged over rows and printed centred on them, alone on a line between two of them
        (`②商店街のにぎわいづくり 商工観光課`, the department merged alike), in a table with a measure column: a
        heading row of the measure (and department) cells, which `_centred_goals` shares out to the rows around it.
        None for any other line."""
        measure = next((c for c in self.goals if self.header.roles[c] == GOAL_COLUMN_ROLES[2]), None)
        words = [t.text for t in found]
        if measure is None or self.pending or not self.table.rows or self.table.last != i - 1 \
                or not _text_only(found) or not words or len(words[0]) < 2 or words[0][0] not in CIRCLED_NUMBERS:
            return None
        department = next((c for c in self.header.trailing if self.header.roles[c] == DEPARTMENT), None)
        tail = words[-1] if len(words) > 1 and department is not None and _takes(DEPARTMENT, words[-1]) else None
        title = words[:-1] if tail else words
        if goal_level(f"{title[0][0]} {' '.join(title)[1:].strip()}") != 2:
            return None
        row = _Row()
        row.add(measure, " ".join(title), i + 1)
        if tail is not None and department is not None:
            row.add(department, tail, i + 1)
        return row

    def _heading_row(self) -> _Row:
        """The goal headings printed above a row as the goal columns' cells: each in the column of its level (a
        measure `①…` in the 具体的な施策 column) when the header has one, else in the first goal column."""
        row = _Row()
        for text, i in self.headings:
            role = GOAL_COLUMN_ROLES[goal_level(text) or 0]
            col = next((c for c in self.goals if self.header.roles[c] == role), self.goals[0])
            row.add(col, text, i + 1, joiner="\n")
        return row

    def _name_lines(self, row: _Row, head: str, line: int) -> None:
        """The lines waiting above a row that prints no name of its own (a segment's row): the name, and the words
        of leading columns the row leaves empty (a measure, a kind word before the name)."""
        named = _Row()
        _place_lead(named, _text_tokens(head), self.header, line)
        for col, cell in named.cells.items():
            if col == self.header.name or col not in row.cells:
                row.cells[col] = cell

    def _segment_row(self, row: _Row) -> bool:
        """The row prints its own segment in a leading column: a segment label in a kind column (`男性`), or a member
        in a member column (`鷹見市`): the rows under it that print only their own segment share its name. A row of
        the whole area (`圏域全体`) is an indicator of its own: members printed under it are another's (a name
        centred in its cell, printed on the middle member's line)."""
        return any((self.header.roles[c] == KIND and segment_label(text))
                   or (self.header.roles[c] == MEMBER and member_segment(text) is not None)
                   for c, (text, _) in row.cells.items())

    def _dated_line(self, found: list[Token]) -> bool:
        """The line opens with a year where the header's first middle column is headed by the year alone (`年度`):
        one row of a table in long form (`R3 8件 6件 75.0%`), not a cell of a row printed column by column."""
        return bool(found) and found[0].kind == T_YEAR and self._year_column(self.header.middle[0])

    def _lines_doubt(self, row: _Row) -> None:
        """Flag the row whose text lines around its line may be its name's or another cell's; under a definition
        column that no row's line may fill, the lines are likelier its cells': decided after the rows
        (`_definition_lines`)."""
        if _definition_column(self.header) is None:
            row.uncertain = True
        else:
            row.tail_or_head = True

    def _year_column(self, col: int) -> bool:
        """The column is headed by the year alone (`年度`): each row's year in a table in long form."""
        return self.header.roles[col] == PERIOD and compact(self.header.words[col]) in _YEAR_COLUMN_KEYS

    def _attach(self, row: _Row, i: int) -> None:
        if self.headings:
            self.table.rows.append(self._heading_row())
            self.headings.clear()
        if self.split and self.pending:
            self._lines_doubt(row)  # its name's first line may be the text above's last
        self.split = False
        self.resumed = False
        self.table.rows.append(row)
        self.table.last = row.end = i
        self.pending.clear()
        self.broken = self.paged = False
        self._goal_after_department(row)

    def _go_on(self, until: int | None = None) -> None:
        """The lines waiting under the header printed again on a new page, in a table whose rows open with a kind
        word, before a goal heading or a row printing its kind word and its name: no row's name begins there, so
        they are the rest of the row the page break cut (`ingest.text.broken_rows`), each in the cell whose width
        it fits when one cut fits, else the name's (flagged). A cell that may go on in a column whose width no cell
        shows (no cell wraps in it) makes the cut a guess too. So are the lines waiting at the end of the text right
        under the last row (`_rest_at_end`), or before line `until` (a band across the table, the header printed
        again) with only page furniture between."""
        if self.resumed and self.pending and self.kinds and self.table.rows:
            notes: list[tuple[str, int]] = []
        elif self._rest_at_end(until):
            # notes after the table that waited with the rest (`出典：…`) stay waiting: told, no row's cell
            notes = self.pending[len(self.pending) - self._notes_waiting(until):]
            self.pending = self.pending[:len(self.pending) - len(notes)]
        else:
            return
        self._rest_of_last_row()
        self.pending = notes

    def _rest_of_last_row(self) -> None:
        """The lines waiting go to the last row's cells, each in the cell whose width it fits when one cut fits, else
        the name's (flagged)."""
        row = self.table.rows[-1]
        texts = [text for text, _ in self.pending]
        columns = [c for c in (*self.goals, self.header.name, *self.header.trailing) if c in row.cells
                   and not (c in self.header.trailing and (row.cells[c][0].endswith(SENTENCE_ENDINGS)
                                                           or self._whole(row, c)))]
        widths = {c: max(r.wrap(c) for r in self.table.rows) for c in columns}
        split = continued_cells([(c, row.printed[c][-1][1] if c in row.printed else row.cells[c][0], widths[c])
                                 for c in columns if widths[c]], texts)
        lines = iter(j for _, j in self.pending)
        for col, more in (split or {self.header.name: texts}).items():
            for text in more:
                row.add(col, text, next(lines) + 1)
        row.uncertain |= split is None or not all(widths.values())
        self.table.last = self.pending[-1][1]
        self.pending = []

    def _rest_at_end(self, until: int | None = None) -> bool:
        """The one line waiting when the rows end follows the last row right under it, ends no sentence, is no
        wider than the row's name as printed, and nothing but page furniture follows it to the end of the text: no
        row, title or note comes for it, so it is the rest of the last row's cells (a wrapped name's last line
        under a row filled from its top, pdfplumber's `… 延べ 38,000人 …` / `宿泊者数`); which cell goes on is read
        from the widths like a row cut by a page break, else the name's, flagged. A footer, a source or a comment
        under the table is wider. Notes after the table (`note_after_table`) wait for no row either. So is a line
        with only page furniture between it and line `until`, which begins no row's name (a goal band across the
        table, the header printed again on a new page: the rows go on under it, their names printed whole)."""
        waiting = self.pending[:len(self.pending) - self._notes_waiting(until)]
        if len(waiting) != 1 or not self.table.rows or self.at_header or self.block or self.headings \
                or waiting[0][1] != self.table.last + 1 or waiting[0][0].endswith(SENTENCE_ENDINGS) \
                or labelled_note(waiting[0][0]):
            return False
        name = self.table.rows[-1].printed.get(self.header.name, [])
        # a wrapped cell's last line is no wider than its first, which filled the column (a footer, a source or a
        # comment under the table is wider, or stands under no name)
        return bool(name) and display_width(waiting[0][0]) <= display_width(name[0][1]) + WRAP_WIDTH_SLACK \
            and all(furniture_line(self.lines, j) or (until is None and note_after_table(self.lines[j]))
                    for j in range(waiting[-1][1] + 1, len(self.lines) if until is None else until))

    def _notes_waiting(self, until: int | None) -> int:
        """How many of the lines waiting at the end of the text are notes after the table (`出典：…` under a last row
        whose name's rest waits above it, pdfplumber's `… 延べ 38,000人 …` / `宿泊者数` / `出典：…`): they wait for no
        row, so the line above them may still be that rest. None before line `until` (the table goes on)."""
        if until is not None:
            return 0
        notes = 0
        while notes < len(self.pending) - 1 and note_after_table(self.pending[-1 - notes][0]):
            notes += 1
        return notes

    def text_line(self, text: str, i: int) -> bool:
        """A line of text alone: the wrapped trailing column of the row above, or a name waiting for its row;
        False when it ends the table (a sentence, or more lines than a name has)."""
        # a goal heading kept since the row above stands between: the line is none of that row's cells
        above = self.table.rows[-1] if self.table.rows and not self.headings else None
        trailing = [c for c in self.header.trailing if above is not None and c in above.cells]
        if self.resumed and self.kinds and above is not None and not text.endswith(SENTENCE_ENDINGS) \
                and len(self.pending) < MAX_NAME_LINES:
            # under the header printed again: the rest of the row the page break cut, or the next row's name
            # (decided by what follows: `_go_on`)
            self.pending.append((text, i))
            return True
        if self.pending and above is not None and self.table.last == self.pending[0][1] - 1 \
                and not any(waiting.endswith(SENTENCE_ENDINGS) for waiting, _ in self.pending) \
                and self._parent_ahead(text, i):
            # lines waiting right under a row, before the row of the segments below (`…における延べ` / `宿泊者数` /
            # `町内事業所の従業者数 遅れ 健康増進課` / `うち男 …`): the rest of the row above's cells, or the first
            # lines of the parent's name; which, the text does not say: given to the row above, flagged
            self._rest_of_last_row()
            above.uncertain = True
        if not self.pending and self._parent_ahead(text, i):
            self.pending.append((text, i))  # the row of the segments below, printing no value (`_parent_above`)
            return True
        if self.headings and not self.pending and self._heading_wraps(text, i):
            # `基本目標１ 若い世代が安心` / `して結婚・出産・子育てがで` / … / `ちをつくる`: a goal cell merged down
            # over its rows, its sentence wrapped at the cell's width, printed whole before the rows' names
            head, j = self.headings[-1]
            self.headings[-1] = (f"{head}\n{text}", j)
            return True
        if not self.pending and self._name_ahead(i):
            # after text lines the row above took (its wrapped trailing cell, no sentence ended), the name takes
            # as many lines as a name may have: where that text ends and the name begins is not seen (`…推進」` /
            # `に関する市民の満足度` / `人権を尊重する…満` / `足度` / `35.9% 39.0%`)
            last = trailing[-1] if trailing else None
            self.split = above is not None and last is not None and self.table.last == i - 1 \
                and not above.cells[last][0].endswith(SENTENCE_ENDINGS) and not self._whole(above, last)
            self.pending.append((text, i))  # the name of the row whose values follow
            return True
        if above is not None and not self.pending and (rest := self._centred_name_rest(above, i)) is not None:
            self._lines_doubt(above)  # the line may be the name's or another column's: which, no text can show
            if rest:
                # `…講座への参` / `173人 190人` / `加者数`: the name centred around its row (a layer in the page's
                # reading order, pdfplumber's): the rest of the name
                above.add(self.header.name, text, i + 1)
                self.table.last = i
                return True
        if above is not None and not self.pending and self.table.last == i - 1 and _name_qualifier(text):
            # `… 150人` / `（累計）`: the name cell's last line printed after the row's (pdfplumber); a value's remark
            # may read so too: flagged
            above.add(self.header.name, text, i + 1)
            above.uncertain = True
            self.table.last = i
            return True
        if above is not None and not self.pending and self.table.last == i - 1 and text.endswith(SENTENCE_ENDINGS) \
                and above.cells.get(self.header.name, ("", 0))[0].endswith(SENTENCE_ENDINGS):
            # `…創業件数。 3件 15件` / `空き店舗を活用したものを含む。`: a name closing a sentence goes on with the
            # sentence defining it (`normalize.text.name_and_definition`), printed under the row by a layer in the
            # page's reading order; another column's text may read so too when the table has trailing columns
            above.add(self.header.name, text, i + 1)
            above.uncertain |= bool(self.header.trailing)
            self.table.last = i
            return True
        goal = next((c for c in self.goals if above is not None and c in above.cells), None)
        if above is not None and goal is not None and not self.pending and self.table.last == i - 1 \
                and above.printed[goal][-1][0] == i and open_name(above.cells[goal][0]) \
                and not self._trailing_starts(i):
            # `基本目標２ 新しいひとの 観光入込客数 38.5万人 …` / `流れをつくる`: the goal cell printed on the row's
            # line ends open (a particle ends no heading, `_heading_goes_on`): the line is its rest
            above.add(goal, text, i + 1)
            self.table.last = i
            return True
        if (straddled := self._straddled_heading(above, i)) is not None:
            # `基本目標１ 地域の仕事を` / `町内の農業産出額 18.6億円 …` / `つくる` (pdfplumber): a merged goal cell
            # of two lines centred on its middle row prints them around the row's one line; the heading ends open
            straddled.add(next(iter(straddled.cells)), text, i + 1)
            self.table.last = i
            return True
        if above is not None and not self.pending and open_name(above.cells.get(self.header.name, ("", 0))[0]):
            # `市の移住支援制度を 12世帯 …` / `利用して転入した世帯数`: the rest of the name above (a name never
            # ends in a particle); after a page break a guess, flagged. A department the line ends with, where the
            # row left its department column empty, is that column's (`転入した世帯数 企画課`: the name's rest
            # printed on the line of the row's department cell)
            text, department = self._department_after(above, text)
            above.add(self.header.name, text, i + 1)
            if department:
                above.add(self.header.roles.index(DEPARTMENT), department, i + 1)
            above.uncertain |= self.broken
            self.table.last = i
            return True
        if above is not None and not self.pending and not trailing and self._wrapped_name_rest(above, text, i):
            # `子育て支援センターの利 21,360人 …` / `用者数` / `病児保育の利用日数 620日 …`: the name filled its
            # column and wrapped, its cell filled from its top; a name broken by hand may begin so too: flagged.
            # Under a row with text after its values the line may be that text's (a reason wrapped): not read so
            above.add(self.header.name, text, i + 1)
            above.uncertain = True
            self.table.last = i
            return True
        if above is not None and not self.pending and (self._goal_line_after(above, text, i)
                                                      or self._goal_after_rows(above, text, i)
                                                      or self._heading_line_after(above, text, i)):
            return True
        if above is not None and trailing and not self.pending and open_name(text) \
                and trailing[-1] == self.header.trailing[-1] and self._whole(above, trailing[-1]):
            # the row above is whole to its last column (`… 産業振興課`) and the text ends open (`グリーン・ツーリズム
            # の`, pypdfium2: a name's first line, then its second line with the row): the next row's name begins
            self.pending.append((text, i))
            return True
        # a row whole to its last column, a department or a progress label printed entire (`… 都市公園課` / `出典：…`,
        # `… △` / `利用できなかった児童数（人）`): the text is no cell of it, in a table without goal columns (a goal
        # cell printed beside the rows may go on there: `流れをつくる`)
        ended = bool(trailing) and trailing[-1] == self.header.trailing[-1] and not self.goals \
            and self.header.roles[trailing[-1]] in (DEPARTMENT, PROGRESS) and self._whole(above, trailing[-1])
        if above is not None and trailing and title_after_cell(self.lines, i):
            return False  # the next part's title after the row's last cell ended (`…市民の割合` / `デジタル基盤の整備`)
        if above is not None and trailing and not self.pending and not self.broken and not ended \
                and (not above.cells[trailing[-1]][0].endswith(SENTENCE_ENDINGS) or self._sentences_go_on(i)) \
                and not opens_part(self.lines, i):  # (a heading, or its part's title, is no cell's wrapped rest)
            later = [c for c in self.header.trailing if c > trailing[-1] and _begins(self.header.roles[c], text)]
            if later and (cut := _cell_rest_cut(text, self.header.roles[later[0]])):
                # `一般廃棄物処理実態` / `調査 環境課`: the cell's wrapped rest, then the next column's cell
                above.add(trailing[-1], text[:cut].strip(), i + 1)
                text = text[cut:].strip()
            if not later and self._whole(above, trailing[-1]):
                # a reason after its progress label; a column of words (a department) only for a word it takes
                later = [c for c in self.header.trailing if c > trailing[-1]
                         and (self.header.roles[c] not in _WORD_ROLES or _takes(self.header.roles[c], text))]
                if not later and self._wrapped_name_rest(above, text, i):
                    # `市内の宿泊施設における延べ 32680人 … ◎` / `宿泊者数` under `評価 所管部局`: no department, the
                    # name's rest (`_wrapped_name_rest`), read from the widths: flagged
                    above.add(self.header.name, text, i + 1)
                    above.uncertain = True
                    self.table.last = i
                    return True
            if not later and (tail := self._name_tail(above, trailing[-1], text, i)):
                above.add(self.header.name, tail, i + 1)  # `創業支援事業による創業件` / `数 した。空き店舗を…`
                above.uncertain = True  # read from the lines' widths, not seen
                text = text[len(tail):].strip()
            elif not later and self._whole(above, trailing[-1]) and (name := above.cells.get(self.header.name)) \
                    and not all(map(grade_definition, text.split())):  # `Ｂ：達成率60%以上90%未満`: a legend line
                # `地域の行事に参加したことがある 63.8 … 未達成` / `中学生の割合` under `達成度 担当課`: no whole label
                # goes on, and no later column takes the text: the name's wrapped rest, sure only where it ends open
                above.add(self.header.name, text, i + 1)
                above.uncertain |= not open_name(name[0])
                self.table.last = i
                return True
            col = later[0] if later else trailing[-1]
            if self._wider_than_column(col, text):
                return False  # a paragraph after the last row (`成果指標「健康寿命」の算出方法について…`): no cell
            above.add(col, text, i + 1)  # `企業誘致課` / `概ね順調に` / `進捗`
            self.table.last = i
            return True
        if above is not None and self.header.trailing and not trailing and not self.pending and not self.broken:
            words = _text_tokens(text)
            first = self.header.trailing[0]
            after = self.lines[i + 1].strip() if i + 1 < len(self.lines) else ""
            if len(words) == 1 and after and not _takes(self.header.roles[first], text) \
                    and _takes(self.header.roles[first], text + after):
                above.add(first, text, i + 1)  # `健康づくり` / `課`: the first trailing cell wrapped over lines
            elif _takes(self.header.roles[first], words[0].text):
                _place_rest(above, words, self.header, i + 1)  # `企業誘致課 概ね順調に進捗`: its trailing cells
            else:
                # the row's trailing text printed on the next line: the column taking its word, else the first
                # column of free text (`一般廃棄物処理実態` / `調査` / `環境課` under `出典 担当課`: the department's
                # own line comes after)
                col = next((c for c in self.header.trailing if _takes(self.header.roles[c], text)), None)
                if col is None:
                    col = next((c for c in self.header.trailing if self.header.roles[c] not in _WORD_ROLES), None)
                if col is None and self._name_rest_under(above, text):
                    # `地域の行事に参加したことがある 64.4% …` / `中学生の割合` under `担当`: a word no column of
                    # words (department, progress) takes is no cell of theirs but the name's wrapped rest; sure
                    # only where the name ends open
                    name = above.cells[self.header.name][0]
                    above.add(self.header.name, text, i + 1)
                    above.uncertain |= self.broken or not open_name(name)
                    self.table.last = i
                    return True
                above.add(self.header.trailing[-1] if col is None else col, text, i + 1)
            self.table.last = i
            return True
        if self._sentence_tail(text, i):
            return True
        if text.endswith(SENTENCE_ENDINGS) and (self.table.rows or not (self._name_ahead(i) or self._row_at(i + 1))):
            return False
        if len(self.pending) >= self._most_name_lines(*(self.pending[0] if self.pending else (text, i))):
            self.block = True  # more lines than a name has: a block of text after the rows (a list, a paragraph)
            return False
        self.pending.append((text, i))
        return True

    def _wider_than_column(self, col: int, text: str) -> bool:
        """`text` is wider than every line of free text column `col` in the table's rows, as far as they show its
        width (some cell wraps in it): a wrapped cell's line is no wider than the width it wraps at, so the line is
        no rest of that column's cell but a paragraph printed across the page after the rows (a raw text layer shows
        no margin; its width tells). Not in a table with a definition column: its cells' lines stand around the rows'
        lines, under the last row too, as wide as that column (`_definition_lines` shares them out)."""
        if self.header.roles[col] in _WORD_ROLES or _definition_column(self.header) is not None:
            return False
        width = max((r.wrap(col) for r in self.table.rows), default=0)
        return bool(width) and display_width(text) > width + WRAP_WIDTH_SLACK

    def _sentence_tail(self, text: str, i: int) -> bool:
        """Line i ends a sentence right after the last row, the lines waiting since (no row came for them, a page
        break may stand between) ending none: they are the rest of the row's trailing cell left unfinished (a
        reason not ending in `。` nor a bracket: `…十分ではない` / page break / `ことが原因である` / `と捉えている。`),
        each no wider than that cell's lines. Two cells left unfinished: the last one's, told (which, no text shows).
        A paragraph after the table (wider lines), a heading or a note (which end the table before) stay outside."""
        above = self.table.rows[-1] if self.table.rows and not self.headings else None
        if above is None or not text.endswith(SENTENCE_ENDINGS):
            return False
        lines = [*self.pending, (text, i)]
        if any(not furniture_line(self.lines, j) for j in range(self.table.last + 1, lines[0][1])):
            return False  # a line no row took stands between: the run follows no cell
        widths = {c: max(r.wrap(c) for r in self.table.rows) or display_width(above.printed[c][-1][1])
                  for c in self.header.trailing if c in above.printed}
        col, told = tail_column([(c, above.cells[c][0], widths[c]) for c in widths], [t for t, _ in lines])
        if col is None:
            return False
        if not told:
            self.table.told.append((lines[0][1] + 1, f"{lines[0][0]!r} read as the rest of the last row's "
                                    f"{self.header.words[col]!r} cell: other cells of the row end no sentence"))
        for line, j in lines:
            above.add(col, line, j + 1)
        self.pending.clear()
        self.table.last = i
        return True

    def _name_rest_under(self, row: _Row, text: str) -> bool:
        """`text`, no sentence's end and no note (`出典：…`), is no wider than the name of `row` printed on one line
        (the lines of a wrapped cell are of one width): it may be that name's rest."""
        printed = row.printed.get(self.header.name, [])
        return len(printed) == 1 and not text.endswith(SENTENCE_ENDINGS) and not note_line(text) \
            and display_width(text) <= display_width(printed[0][1]) + WRAP_WIDTH_SLACK

    def _wrapped_name_rest(self, row: _Row, text: str, i: int) -> bool:
        """Line i, one word ending no sentence, is the rest of the name printed on the row right above it: that
        name, on one line, is as wide as the widest name of the table's rows (it filled its column), the line is
        narrower (a wrapped name's first line fills its column, so it begins no name) and the next line is a row
        printing its own name and values (it waits for no name). A line that begins a trailing cell the row has not
        filled (`健康推進課` under a row of segment lines) is that cell's; the next line, a row, ending in a
        department (`中学生の割合` / `耕作放棄地の再生面積 … 商工観光課`) makes no department's rest of it."""
        name = self.header.name
        printed = row.printed.get(name, [])
        if row.name_above or self.table.last != i - 1 or len(printed) != 1 or len(text.split()) != 1 \
                or text.endswith(SENTENCE_ENDINGS) or self._trailing_starts(i, alone=True):
            return False
        # rows printing values: a goal band read as a row of its own (`基本目標1：…をつくる`) is no name
        widths = [display_width(r.cells[name][0]) for r in self.table.rows
                  if name in r.cells and any(c in r.cells for c in self.header.middle)]
        width = display_width(printed[0][1])
        if len(widths) < 2 or width < max(widths) - WIDE_CHAR or display_width(text) >= width - WRAP_WIDTH_SLACK:
            return False
        if i + 1 >= len(self.lines) or furniture_line(self.lines, i + 1):
            return False
        found = typed_tokens(self.lines[i + 1].strip())
        cut = None if _text_only(found) else cut_row(found, self.header)
        return cut is not None and bool(cut.lead)

    def _department_after(self, row: _Row, text: str) -> tuple[str, str]:
        """(the text without its last word, that word) when the word is a department and the row's department
        column, which the header has, is still empty; else (text, '')."""
        words = text.split()
        if len(words) < 2 or DEPARTMENT not in self.header.roles or not _takes(DEPARTMENT, words[-1]) \
                or self.header.roles.index(DEPARTMENT) in row.cells:
            return text, ""
        return text[:text.rindex(words[-1])].strip(), words[-1]

    def _centred_name_rest(self, row: _Row, i: int) -> bool | None:
        """Whether line i, one of as many text lines right under a row as the lines of its name printed above its
        line of values (ending at a heading, a row or the table's end), is the rest of that name; None when the
        lines are no such run.

        A layer that writes the page's lines top to bottom (pdfplumber `extract_text`) prints a cell centred on its
        row around the row's middle line, so a name's lines stand as far below the values as above them; but
        `pdftotext -raw` prints a name's lines before its values, and lines under them are another column's. The
        run is read as the name's when its lines are as wide as the name's lines above (a name wraps at its
        column's width; its last line may be shorter); a line before the last that is not as wide is another
        cell's. The caller flags the row uncertain when the run may be the name's."""
        if row.name_above < 1 or self.broken or self.header.name not in row.cells or self.table.last != i - 1 \
                or open_name(row.cells[self.header.name][0]):
            return None  # a name ending in a particle goes on under its row whatever the layer (`text_line`)
        start = row.end + 1
        below = self._text_run(start)
        if below > row.name_above and self._titles(start + row.name_above, start + below):
            below = row.name_above  # the lines after the name's are a title over the heading that follows
        if below != row.name_above or not start <= i < start + below:
            return None
        widths = [display_width(self.lines[j]) for j in range(start, start + below)]
        if any(abs(w - row.above_width) > WRAP_WIDTH_SLACK for w in widths[:-1]):
            return None  # a line narrower than the name's full lines before the last: another cell's, surely
        return widths[-1] <= row.above_width + WRAP_WIDTH_SLACK

    def _sentences_go_on(self, i: int) -> bool:
        """The text lines from i on, up to the next row, end a sentence: a reason's next sentences
        (`…登録物件の掘り起こしを進めた。` / `改修への補助と合わせ、所有者へ` / `の働きかけを続ける。`), since a name,
        which would wait there for its row, never ends one."""
        j = i
        while j < len(self.lines) and not furniture_line(self.lines, j) \
                and _text_only(typed_tokens(self.lines[j].strip())) and read_band(self.lines, j) is None \
                and not _ends_table(self.lines[j].strip()):
            j += 1
        if j == i or j >= len(self.lines) or furniture_line(self.lines, j) or read_band(self.lines, j) is not None:
            return False  # sentences after a table's last row: a note under the table, no cell's
        return self.lines[j - 1].strip().endswith(SENTENCE_ENDINGS) and (
            (not _text_only(typed_tokens(self.lines[j].strip())) and not _ends_table(self.lines[j].strip()))
            or self._heading_over_row(j))

    def _heading_wraps(self, text: str, i: int) -> bool:
        """Line i goes on with the goal heading kept on the lines right above it: those wrapped at one width (the
        goal cell's), and the line, text opening no row, is as wide as they are, or shorter after them (the cell's
        last line); after a heading of one line, shorter when the next line opens a row printing a wider name of its
        own (`施策２ 農林水産業の振` / `興` / `漁業の新規就業者数 1人 …`): a name wrapped over lines fills its first
        line, so a narrower line is no name's head but the heading's rest."""
        head, j = self.headings[-1]
        lines = head.split("\n")
        found = typed_tokens(text)
        if not self.goals or self.lines[i - 1].strip() != lines[-1] or j + len(lines) != i \
                or not _text_only(found) or is_kind_word(found[0].text) or goal_level(text) is not None:
            return False  # a row's first line (`数値目標 刑法犯認知件数`, its values on the lines below) or a heading
        widths = [display_width(line) for line in lines]
        full = widths[0]
        if any(abs(w - full) > WRAP_WIDTH_SLACK for w in widths):
            return False  # a line above already ended the cell (shorter than its first)
        if abs(display_width(text) - full) <= WRAP_WIDTH_SLACK:
            return True
        return display_width(text) < full and (len(lines) > 1 or display_width(text) < self._own_name_width(i + 1))

    def _own_name_width(self, j: int) -> int:
        """The width of the name line j prints before its values, when it opens a row (0 when it does not), and the
        name no number, kind word or goal label opens (which may stand alone on a line above their name)."""
        if j >= len(self.lines):
            return 0
        found = _period_in_text(_row_tokens(self.lines[j].strip()))
        cut = cut_row(found, self.header) if not _text_only(found) else None
        if cut is None or not cut.lead or _takes(NUMBER, cut.lead[0].text) or is_kind_word(cut.lead[0].text) \
                or goal_level(cut.lead[0].text) is not None:
            return 0
        return display_width(" ".join(t.text for t in cut.lead))

    def _heading_over_row(self, j: int) -> bool:
        """Line j is a goal heading of a table with goal columns (kept for the row below it, `_heading`), over a
        row: its lines (`① 安心できるまちづ` / `くり`), then a line opening a row (`KPI 災害時協力協定締結数 65件`)."""
        if not self.goals or goal_level(self.lines[j]) is None:
            return False
        k = j + 1
        while k < len(self.lines) and k - j <= MAX_NAME_LINES and not furniture_line(self.lines, k) \
                and _text_only(found := typed_tokens(self.lines[k].strip())) and not is_kind_word(found[0].text):
            k += 1
        return read_band(self.lines, k) is None and self._row_at(k)

    def _name_tail(self, row: _Row, col: int, text: str, i: int) -> str:
        """The first word of the line right under a row, when it is the end of the row's name and the rest the
        next line of its last trailing cell (`創業支援事業による創業件 … 創業塾の受講者のうち９名が創業` / `数 した。
        空き店舗を活用した創業へ`, cells filled from their top): the rest is as wide as the cell's line on the row
        (a cell wraps at its column's width), the whole line wider; "" otherwise."""
        if i != row.end + 1 or self.header.name not in row.cells or row.cells[self.header.name][1] != row.end + 1:
            return ""
        words = tokens(text)
        if len(words) < 2 or typed_tokens(words[0])[0].kind != T_TEXT or words[0].endswith(SENTENCE_ENDINGS) \
                or _ends_table(text) or LABELLED_HEADING.match(nfkc(text)):
            return ""
        own = self.lines[row.end].split()[-1] if self.lines[row.end].split() else ""
        width, rest = display_width(own), display_width(text[len(words[0]):])
        if not row.cells[col][0].endswith(own) or abs(rest - width) > WIDE_CHAR or \
                display_width(text) <= width + WIDE_CHAR:
            return ""
        return words[0]

    def _titles(self, first: int, end: int) -> bool:
        """Lines first..end-1 are one-word titles introducing the heading right after them (`誰一人取り残さないための
        取組` over `重点施策 2-1 方針2関係:…`): single words, then a goal or labelled heading. Such a title belongs to
        no cell of the row above (a cell centred on its row reaches as far below its values as above them)."""
        if end >= len(self.lines) or furniture_line(self.lines, end):
            return False
        heading = self.lines[end].strip()
        return (goal_level(heading) is not None or LABELLED_HEADING.match(nfkc(heading)) is not None) and \
            all(len(self.lines[j].split()) == 1 for j in range(first, end))

    def _text_run(self, start: int) -> int:
        """How many lines from `start` print text only (no sentence's end, heading, caption, note or page
        furniture); 0 when they run into a sentence's end, or a row printing no name (its values first) follows
        them: they are its name."""
        j = start
        while j < len(self.lines) and not furniture_line(self.lines, j):
            text = self.lines[j].strip()
            if _text_only(typed_tokens(text)) and text.endswith(SENTENCE_ENDINGS):
                return 0  # the lines run into a sentence's end: a reason's or a note's lines, never a name's
            if not _text_only(typed_tokens(text)) or _ends_table(text) or LABELLED_HEADING.match(nfkc(text)) \
                    or read_band(self.lines, j) is not None:
                break
            if any(t.kind != T_TEXT for t in typed_tokens(text)) or \
                    any(_begins(self.header.roles[c], text) for c in self.header.trailing):
                return 0  # a progress label or a department: the row's trailing cells, printed under it
            j += 1
        if j < len(self.lines) and not furniture_line(self.lines, j) \
                and (found := typed_tokens(self.lines[j].strip())) and found[0].kind in _MIDDLE_KINDS:
            return 0  # a row opening with its values follows: the lines are its name
        return j - start

    def _whole(self, row: _Row, col: int) -> bool:
        """The row's cell in this trailing column is whole: a progress label printed entire, or one glyph under the
        progress header (a grade `A` or mark `△`, which no cell wraps after), or a department."""
        text, role = row.cells[col][0], self.header.roles[col]
        if role == PROGRESS:
            return is_progress(text) or len(nfkc(text).strip()) == 1
        return role == DEPARTMENT and is_department(text)

    def segment_cells(self, i: int) -> int:
        """Names waiting above lines of one segment label and one value each, the labels repeating once per value
        column (`小学校 88.7%` / `中学校 82.8%` / `小学校 90.0%` / `中学校 85.0%`): each value cell lists one value
        per segment, cell after cell. One row per segment, the first named by the waiting lines. Returns the line
        after them, or i when the lines are no such cells."""
        labels: list[str] = []
        values: list[Token] = []
        remarks: dict[int, list[str]] = {}  # after the k-th labelled line: its cell's remark and note lines
        j = i
        while j < len(self.lines) and not furniture_line(self.lines, j):
            found = _labelled(self.lines[j])
            if found is None and labels and _cell_remark(self.lines[j]):
                remarks.setdefault(len(labels) - 1, []).append(self.lines[j].strip())
                j += 1
                continue
            if found is None:
                break
            labels.append(found[0])
            values.append(found[1])
            j += 1
        segments = list(dict.fromkeys(labels))
        columns = [c for c in self.header.middle if self.header.roles[c] == VALUE]
        if len(segments) < 2 or len(columns) < 2 or labels != segments * len(columns) \
                or any((k + 1) % len(segments) for k in remarks):
            return i  # remarks only under a cell's last segment
        first = self.pending[0][1] + 1
        # a cell's remark under segment labels that the kind column would take: the name opening with its kind word
        # (`KPI 健康寿命`) leaves them no column
        kind_taken = bool(remarks) and bool(self.kinds) and is_kind_word(tokens(self.pending[0][0])[0])
        if kind_taken or not any(self.header.roles[c] == KIND for c in self.header.lead):
            # no column for the labels: each value cell lists its segments' values (`小学校 87.1%` / `中学校 72.2%`),
            # then its remark and note lines (`（令和元年）` / `※変更前`)
            listed = [f"{label} {value.text}" for label, value in zip(labels, values, strict=True)]
            middle = {col: Token(T_VALUE, "\n".join([*listed[k * len(segments):(k + 1) * len(segments)],
                                                     *remarks.get((k + 1) * len(segments) - 1, [])]))
                      for k, col in enumerate(columns)}
            row = _row_of(_Cut([], middle, [], False), self.header, i + 1)
            _place_lead(row, _text_tokens(_name_text([text for text, _ in self.pending])), self.header, first)
            self._attach(row, j - 1)
            return j
        if remarks:
            return i  # a remark under segment rows of a kind column: whose it is cannot be told
        for s, label in enumerate(segments):
            middle = {col: values[k * len(segments) + s] for k, col in enumerate(columns)}
            row = _row_of(_Cut([Token(T_TEXT, label)], middle, [], False), self.header, i + s + 1)
            if s == 0:
                self._name_lines(row, _name_text([text for text, _ in self.pending]), first)
                row.shared_name = True
                row.span = len(segments)
            self._attach(row, j - 1)
        return j

    @property
    def goal(self) -> int | None:
        """The goal column right before the names (a merged goal cell's), or None."""
        return next((c for c in reversed(self.header.lead[:self.header.name])
                     if self.header.roles[c] in GOAL_COLUMN_ROLES), None)

    def _open_goal(self) -> tuple[_Row, int, int] | None:
        """The merged goal cell that may go on over the lines after its first row: the last row's goal cell (the rows
        after it print none of their own), printed on that row's line of values (a layer in content-stream order:
        `基本目標１ 若い世代が安心 合計特殊出生率 1.38 …`), every line of it as wide as the first (a cell's last line is
        narrower: it closed) and none ending a sentence. Returns that row, the goal column and the width the cell
        wraps at; None when no goal cell is open."""
        goal = self.goal
        owner = next((row for row in reversed(self.table.rows) if goal is not None and goal in row.cells), None)
        if owner is None or goal is None or self.headings:
            return None
        printed = owner.printed.get(goal, [])
        on_row = {line for c, (_, line) in owner.cells.items() if c in self.header.middle}
        if not printed or not (owner.goal_after or (goal_level(printed[0][1]) is not None and printed[0][0] in on_row)):
            return None
        width = _open_width(printed)
        return None if width is None else (owner, goal, width)

    def _goal_lines_ahead(self, first: int) -> int:
        """How many lines from line `first` (0-based) may be an open goal cell's (`_open_goal`) before a name's: the
        lines as wide as the cell's, up to MAX_GOAL_LINES_AMONG, and the narrower last line after them."""
        found = self._open_goal()
        if found is None:
            return 0
        n = 0
        while n < MAX_GOAL_LINES_AMONG and first + n < len(self.lines) \
                and abs(display_width(self.lines[first + n].strip()) - found[2]) <= WRAP_WIDTH_SLACK:
            n += 1
        return n + (n > 0)

    def _goal_lines_above(self, row: _Row) -> None:
        """The lines waiting above a row that prints no goal of its own, under a merged goal cell still open
        (`_open_goal`): a layer in content-stream order prints the cell's wrapped lines among its rows, before the
        next row's name (`基本目標１ 若い世代が安心 合計特殊出生率 1.38 …` / `して結婚・出産・子育てができ` /
        `転入者数` / `320人 400人 企画課`). The first lines as wide as the cell's go on with it, and a line narrower
        than both them and the line after it is its last; the rest (one line at least, unless the row prints its
        name with its values) is the row's name. Where the name's own lines are as wide as the cell's, or the last
        line is not narrower than the name's, which line is whose is a guess: flagged (`_goal_doubt`)."""
        found = self._open_goal()
        own = row.cells.get(self.header.name, ("", 0))[0]
        if found is None or not self.pending or self.goal in row.cells or len(own.split()) > 1:
            return  # the row's line printing the cell's line and the name: `_goal_lines_among_rows`
        owner, goal, width = found
        texts = [text.strip() for text, _ in self.pending]
        keep = not own  # the row's name is among the lines
        k = 0
        while k < len(texts) - keep and abs(display_width(texts[k]) - width) <= WRAP_WIDTH_SLACK:
            k += 1
        if k == 0 and len(owner.printed[goal]) == 1:
            return  # the cell has not gone on among the rows: the lines are the name's
        # a name's lines as wide as the cell's, or a name printed on the row's line whose head the lines may be
        guessed = bool(own) or any(abs(display_width(text) - width) <= WRAP_WIDTH_SLACK for text in texts[k:-1])
        if k < len(texts) - keep and display_width(texts[k]) < width - WRAP_WIDTH_SLACK \
                and len(texts) - k - 1 >= keep:
            # the cell's last line, narrower, then the name: unless the name's first line is wider, a guess
            guessed |= k + 1 == len(texts) or display_width(texts[k]) >= display_width(texts[k + 1]) - WRAP_WIDTH_SLACK
            k += 1
        if k == 0:
            return
        for text, j in self.pending[:k]:
            owner.add(goal, text.strip(), j + 1, joiner="\n")
        owner.goal_among = True
        if guessed:
            self._goal_doubt(owner, self.pending[k - 1][1] + 1, texts[k - 1], named=row)
        self.table.last = max(self.table.last, self.pending[k - 1][1])
        del self.pending[:k]

    def _goal_line_after(self, above: _Row, text: str, i: int) -> bool:
        """Line i, right under a row whole to its last column (or a table without trailing columns), goes on with the
        merged goal cell still open (`_open_goal`): one word, no wider than the cell's lines, opening no trailing
        cell and waiting for no row below (`…子育てができ` / `転入者数` / `320人 400人 企画課` / `る`: the cell's last
        line, printed after the row's values). As wide as the cell's lines, right above a row printing its own
        name, it may be that name's first line: the goal is flagged (`_goal_doubt`)."""
        found = self._open_goal()
        trailing = [c for c in self.header.trailing if c in above.cells]
        if found is None or self.table.last != i - 1 or len(text.split()) != 1 or goal_level(text) is not None \
                or text.endswith(SENTENCE_ENDINGS) or self._trailing_starts(i, alone=True) \
                or display_width(text) > found[2] + WRAP_WIDTH_SLACK:
            return False
        if self.header.trailing and not (trailing and trailing[-1] == self.header.trailing[-1]
                                         and self._whole(above, trailing[-1])):
            return False  # the line may be the last trailing cell's
        owner, goal, width = found
        after = cut_row(_row_tokens(self.lines[i + 1].strip()), self.header) if i + 1 < self.end else None
        if after is not None and len(after.lead) > 1:
            return False  # a row printing the cell's next line before its name: `_goal_lines_among_rows`
        owner.add(goal, text, i + 1, joiner="\n")
        # as wide as the cell's lines over a row printing its name, or under a name of several lines read among the
        # cell's (the cell's lines before may be the name's): whose lines are whose is a guess
        if (display_width(text) >= width - WRAP_WIDTH_SLACK and self._row_at(i + 1)) \
                or (above is not owner and above.name_above > 1):
            self._goal_doubt(owner, i + 1, text, named=above if above is not owner else None)
        self.table.last = i
        return True

    def _goal_after_department(self, row: _Row) -> None:
        """A row's department running on into a goal label (`転入者数 320人 400人 企画課基本目標１ 若い世代が安心
        して`): a layer in content-stream order printed the merged goal cell of the rows above after the last of
        them, glued to its department. The department keeps its own words, the rest starts that goal cell
        (`_start_goal`)."""
        last = self.header.trailing[-1] if self.header.trailing else None
        if self.goal is None or last not in row.cells or self.header.roles[last] != DEPARTMENT \
                or self._open_goal() is not None:
            return
        text, line = row.cells[last]
        cut = next((k for k in range(1, len(text)) if is_department(text[:k].strip())
                    and goal_level(text[k:].strip()) is not None), None)
        if cut is None or not self._start_goal(text[cut:].strip(), line):
            return
        row.cells[last] = (text[:cut].strip(), line)
        at, printed = row.printed[last][-1]
        row.printed[last][-1] = (at, printed[:len(printed) - len(text) + cut].strip())

    def _start_goal(self, text: str, line: int) -> bool:
        """The merged goal cell printed after its rows (1-based `line`): the goal cell of the rows since the last goal
        cell, the first of them holding it (the rows below take a merged cell's goal). Which rows it covers the text
        does not show: flagged (`_goal_doubt`). False when every row has its own goal cell, or the last goal cell is a
        heading kept over the rows (the text after them may be its rest, centred on them)."""
        goal = self.goal
        owner = next((k for k in range(len(self.table.rows) - 1, -1, -1) if goal in self.table.rows[k].cells), -1)
        covered = [row for row in self.table.rows[owner + 1:] if not row.section]
        if goal is None or not covered or (owner >= 0 and set(self.table.rows[owner].cells) <= set(self.goals)):
            return False  # after a goal heading kept over the rows (`_heading_row`): its rest, centred on them
        covered[0].add(goal, text, line)
        covered[0].goal_after = True
        self._goal_doubt(covered[0], line, text, after=True)
        return True

    def _goal_after_rows(self, above: _Row, text: str, i: int) -> bool:
        """Line i, text right under a row whole to its last trailing column in a table whose goal column prints no
        open cell (`_open_goal`): the merged goal cell of the rows since the last goal cell, printed after them (a
        layer in content-stream order draws a merged cell after the cells it spans: `転入者数 320人 400人 企画課` /
        `地域の産業を伸ばし、安定` / `した雇用を創出する`), not the department's tail. Its next lines go on with it
        (`_goal_line_after`). Which rows it covers the text does not show: flagged (`_goal_doubt`)."""
        goal = self.goal
        trailing = [c for c in self.header.trailing if c in above.cells]
        if goal is None or self._open_goal() is not None or self.table.last != i - 1 or not trailing \
                or trailing[-1] != self.header.trailing[-1] or not self._whole(above, trailing[-1]) \
                or goal_level(text) is not None or text.endswith(SENTENCE_ENDINGS) \
                or self._trailing_starts(i, alone=True) \
                or not _text_only(typed_tokens(text)) or not self._start_goal(text, i + 1):
            return False
        self.table.last = i
        return True

    def _open_headings(self, row: _Row) -> tuple[_Row, list[int]] | None:
        """The goal headings right above a row printing no goal of its own (the row before it holds only goal
        cells), and the goal columns whose cell there is still open (its last line ends no sentence); None when
        none is. A layer sorted by height (pdfplumber) prints the lines of merged goal cells centred on their rows
        interleaved with the rows' lines: the cells may go on there."""
        rows = self.table.rows
        at = next((k for k in range(len(rows) - 1, 0, -1) if rows[k] is row), None)
        above = rows[at - 1] if at is not None else None
        if above is None or not above.cells or not set(above.cells) <= set(self.goals) \
                or any(c in row.cells for c in self.goals):
            return None
        open_ = [c for c in self.goals if c in above.cells and not _last_line(above, c).endswith(SENTENCE_ENDINGS)]
        return (above, open_) if open_ else None

    def _goal_rest_before_names(self) -> None:
        """A row's line opening with a goal cell's wrapped line before the name (`を産み育てられる
        乳幼児健康診査の受診率 96.0% …` under the goal headings `基本目標1 安心して子ども` /
        `施策1-1：妊娠・出産から子育`, `_open_headings`). The name's first word goes on with an open goal cell
        when it opens as no cell does (a particle: `LINE_CONTINUATION_OPENINGS`) or that cell's line ends open
        (`…自然と` / `景観を 森林整備面積 …`): it is the goal's, not the name's. Which of several open goal cells
        it continues the text does not say: the goals are flagged (`_goal_doubt`), and, where only the line above
        ended open (the word may be the name's head), the row too."""
        name = self.header.name
        for row in self.table.rows:
            found = self._goal_word_before_name(row)
            if found is None:
                continue
            above, open_, words, line, continues, ended = found
            above.add((ended or open_)[0], words[0], line, joiner="\n")
            own = row.cells[name][0][len(words[0]):].strip()
            row.cells[name] = (own, line)
            row.printed[name] = [(line, own)]
            # a word opening as no cell does is no name's head; after a line ending open it may be: the row is flagged
            self._goal_doubt(above, line, words[0], named=None if continues else row)

    def _goal_cells_or_names(self) -> None:
        """Rows under goal columns they leave empty whose name is two words, the first as long as a goal's title
        (`住まいの確保 空き家バンクの成約件数` under `具体的な施策 重要業績評価指標`): a goal cell printed on its one
        row's line whose label (`②`) the layer dropped (pypdfium2), or a name printed with a space; which, the text
        does not say (no goal heading left open above to go on with, `_goal_rest_before_names`): flagged."""
        name = self.header.name
        for row in self.table.rows:
            empty = [c for c in self.header.lead[:name] if self.header.roles[c] in GOAL_COLUMN_ROLES
                     and c not in row.cells]
            words = tokens(row.cells[name][0]) if name in row.cells else []
            if empty and len(words) == 2 and _goal_cell_or_name(words[0]):
                row.uncertain = True

    def _goal_word_before_name(self, row: _Row) -> tuple[_Row, list[int], list[str], int, bool, list[int]] | None:
        """The goal headings above the row, their open goal columns, the words of its name, its line, whether the
        first word opens as no cell does and the open columns whose line ends open, when that first word goes on
        with an open goal cell (`_goal_rest_before_names`); None otherwise."""
        name = self.header.name
        found = self._open_headings(row) if name in row.cells else None
        if found is None:
            return None
        above, open_ = found
        words = tokens(row.cells[name][0])
        printed = row.printed.get(name, [])
        line = printed[0][0] if printed else 0
        on_row = {line for c, (_, line) in row.cells.items() if c in self.header.middle}
        ended = [c for c in open_ if _last_line(above, c).endswith(NAME_OPEN_ENDINGS)]
        continues = bool(words) and nfkc(words[0]).startswith(_CONTINUATIONS)
        if len(words) < 2 or len(printed) != 1 or line not in on_row:
            return None
        # a line laid out by position sets the goal cell's line apart from the name by a gutter (`用を生み出す
        # 企業立地件数`): another column's text, as sure as a particle opening it
        continues |= f"{words[0]}{_GUTTER}" in self.lines[line - 1] and words[1] in self.lines[line - 1]
        if not (continues or ended):
            return None
        return above, open_, words, line, continues, ended

    def _heading_line_after(self, above: _Row, text: str, i: int) -> bool:
        """Line i, one text ending no sentence right under a row whole to its last column (`… 農林課` / `保全と活用` /
        `守り伝えるまち`), the goal headings above that row still open (`_open_headings`): the lines of merged goal
        cells centred on the row, printed around its line, not the department's. Which open cell each goes on with
        the text does not say (the last, nearest the names, takes them): the goals are flagged (`_goal_doubt`)."""
        found = self._open_headings(above)
        trailing = [c for c in self.header.trailing if c in above.cells]
        if found is None or self.table.last != i - 1 or text.endswith(SENTENCE_ENDINGS) \
                or not _text_only(typed_tokens(text)) or goal_level(text) is not None \
                or not trailing or not self._whole(above, trailing[-1]):
            return False
        # free text columns after the row's last cell that its line left empty (`備考`): the lines under the row are
        # theirs in a -raw layer (a row's cells one after another) or when they run on to a sentence's end, else the
        # goal cells' going on (`てまでの切れ目ない支援` / `まちづくり`: a merged cell's lines end no sentence)
        later = [self.header.roles[c] for c in self.header.trailing if c > trailing[-1]]
        if later and (any(role in _WORD_ROLES for role in later) or not self._interleaved()
                      or self._run_ends_sentence(i)):
            return False
        heading, open_ = found
        heading.add(open_[-1], text, i + 1, joiner="\n")
        self._goal_doubt(heading, i + 1, text)
        self.table.last = i
        return True

    def _interleaved(self) -> bool:
        """A row of the table so far prints a goal cell's wrapped line on its line before its name
        (`_goal_word_before_name`): the layer interleaves the merged goal cells' lines with the rows' (sorted by
        height, as pdfplumber prints them), unlike a -raw layer, which prints a row's cells one after another."""
        return any(self._goal_word_before_name(row) is not None for row in self.table.rows)

    def _run_ends_sentence(self, i: int) -> bool:
        """One of the lines from line i on (up to a blank line, a goal heading, a line of a row's values,
        MAX_CELL_TEXT_LINES) ends a sentence: a reason or a note wrapped under its row (`…事` / `…低下の` /
        `ため、目標値の 10 件に` / `到達していない。`)."""
        for j in range(i, min(len(self.lines), i + MAX_CELL_TEXT_LINES)):
            text = self.lines[j].strip()
            if not text or goal_level(text) is not None or sum(t.kind == T_VALUE for t in typed_tokens(text)) >= 2:
                return False
            if text.endswith(SENTENCE_ENDINGS):
                return True
        return False

    def _goal_doubt(self, owner: _Row, line: int, text: str, after: bool = False, named: _Row | None = None) -> None:
        """Whose line `text` (1-based `line`) is, the goal cell's or a name's, or which rows a goal cell printed after
        them covers (`after`), the text does not say: the goals are flagged, and so is the row whose name the lines
        may belong to (`named`), and the reading says so."""
        owner.goal_guessed = True
        if named is not None:
            named.uncertain = True
        self.table.told.append((line, f"{text!r} read as a merged goal cell printed after its rows, of the rows above "
                                      "it since the last goal: which rows it covers is a guess, the goals are flagged "
                                      "uncertain" if after else
                                f"{text!r} read as a merged goal cell's wrapped line printed among its rows; it may "
                                "be a name's: the goals are flagged uncertain"))

    def _most_name_lines(self, first: str, line: int) -> int:
        """Lines a name whose first line `first` is printed on line `line` (0-based) may wrap over (MAX_NAME_LINES): a
        kind word alone above it adds its line, and so does the header right above it (no row yet), and so do the
        lines of a merged goal cell going on before it (`_goal_lines_ahead`)."""
        return MAX_NAME_LINES + self._kind_alone(first) + (not self.table.rows) + self._goal_lines_ahead(line)

    def _kind_alone(self, text: str) -> bool:
        """A kind word alone on its line above a name (`数値目標` / `将来の夢や…`): the kind column's cell, no line of
        the name."""
        return bool(self.kinds) and is_kind_word(text.strip())

    def _name_ahead(self, i: int) -> bool:
        """Lines of text from i on, no more than a name has, followed by a row that prints no name (its values
        first): they are that row's name (`新技術・新製品等の開` / `発数` / `4件 4件 5件 10件 8件 商工労働課 …`), unless
        one ends a sentence or the first completes the progress label above."""
        above = self.table.rows[-1] if self.table.rows else None
        filled = [c for c in self.header.trailing if above is not None and c in above.cells]
        if above is not None and filled and is_progress(above.cells[filled[-1]][0] + self.lines[i].strip()):
            return False  # the end of a progress label wrapped in its cell (`概ね順調に` / `進捗`)
        if above is not None and filled and self.header.roles[filled[-1]] == DEPARTMENT \
                and not self._whole(above, filled[-1]) and is_department(above.cells[filled[-1]][0]
                                                                          + self.lines[i].strip()):
            return False  # the end of a department wrapped in its cell (`健康づくり` / `課`)
        if above is not None and filled and any(c > filled[-1] and _begins(self.header.roles[c], self.lines[i])
                                                for c in self.header.trailing):
            return False  # the next trailing cell of the row above (`… 障害福祉課` / `概ね順調に` / `進捗`)
        if above is not None and not filled and self.header.trailing and not self.broken \
                and _begins(self.header.roles[self.header.trailing[0]], tokens(self.lines[i].strip())[0]):
            return False  # the trailing cells of a row printed column by column (`187事業所` … / `企業誘致課 …`)
        if above is not None and not filled and self.header.trailing and not self.broken and self._trailing_starts(i):
            return False  # a department wrapped in its cell (`いきいき長寿` / `課`), or a progress label
        j = i
        most = self._most_name_lines(self.lines[i], i)
        # a goal heading that opens the row with its kind word (`② 空き家対策の推進 KPI 危険空き家除却件数` / `30件` …)
        opening = goal_level(self.lines[i]) is not None and _opens_row(typed_tokens(self.lines[i].strip()))
        while j < len(self.lines) and j - i < most and not furniture_line(self.lines, j) and (
                (j == i and opening)
                or (_text_only(typed_tokens(self.lines[j].strip())) and _labelled(self.lines[j]) is None)):
            if (self.lines[j].strip().endswith(SENTENCE_ENDINGS) and self.table.rows) or (
                    goal_level(self.lines[j]) is not None and not (j == i and opening)):
                # a sentence (a reason's or a note's line), or a goal heading: no name runs over it; but right
                # under the header no row's reason or note can stand: a name cell printing a name and a sentence
                # defining it (`…創業件数。` / `空き店舗を活用したものを含む。`, `normalize.text.name_and_definition`)
                return False
            j += 1
        if j == i or j >= len(self.lines) or furniture_line(self.lines, j) or goal_level(self.lines[j]) is not None:
            return False  # a goal heading numbered `3 まちの創生` opens no row
        found = typed_tokens(self.lines[j].strip())
        if note_line(self.lines[j]) and any(t.kind == T_TEXT for t in found):
            return False  # `※ 数値は各年度末`: a note under the table, no row (its mark reads as a stand-in)
        cut = cut_row(found, self.header) if not _text_only(found) else None
        return _values_only(found) or (cut is not None and not cut.lead) or _labelled(self.lines[j]) is not None

    def numbered_names(self, i: int) -> int:
        """Lines from i on that print names numbered `①`, `②` (each maybe wrapped over lines, `① 市の移住支援制度を
        利用して市外から` / `転入した世帯数` / `② 移住相談件数`), then a line of values alone, in a table without goal
        columns: the names of one row listing several indicators, its cells printed column by column after them
        (`values_apart`), not goal headings. They wait for their values; returns the line after them, or i."""
        if self.pending or self.goals or self.lines[i].strip()[:1] not in CIRCLED_NUMBERS:
            return i
        j = i
        while j < self.end and not furniture_line(self.lines, j) and _text_only(_row_tokens(self.lines[j].strip())) \
                and not self.lines[j].strip().endswith(SENTENCE_ENDINGS):
            j += 1
        names = [self.lines[k].strip() for k in range(i, j)]
        items = _numbered_items(names)
        if j >= self.end or not _values_only(_row_tokens(self.lines[j].strip())) or len(items) < 2 \
                or len(names) > len(items) * MAX_NAME_LINES:
            return self.numbered_names_among_values(i)
        self.pending += [(self.lines[k].strip(), k) for k in range(i, j)]
        return j

    def numbered_names_among_values(self, i: int) -> int:
        """Lines from i on where the lines of a name cell numbering its indicators `①`, `②` stand between the lines of
        its row's value cells, each value line one value per value column (a layer writing the page's lines top to
        bottom, pdfplumber, with the value cells' lines set apart from the name's: `①市の移住支援制度を利用して市外から`
        / `24世帯 60世帯` / `転入した世帯数 企画課` / `310件 500件` / `②移住相談件数`): one row listing several
        indicators, the k-th value line the k-th name's; a department closing a name line is the row's. Added when
        the value lines are exactly one per name; returns the line after the last, or i."""
        values = [c for c in self.header.middle if self.header.roles[c] == VALUE]
        if len(values) != len(self.header.middle):
            return i
        names: list[tuple[str, int]] = []
        figures: list[tuple[list[Token], int]] = []
        department: tuple[str, int] | None = None
        j = i
        while j < self.end and not furniture_line(self.lines, j):
            text = self.lines[j].strip()
            found = _row_tokens(text)
            if _values_only(found) and len(found) == len(values) and all(t.kind != T_YEAR for t in found):
                figures.append((found, j))
            elif _text_only(found) and not text.endswith(SENTENCE_ENDINGS):
                words = tokens(text)
                if department is None and len(words) > 1 and _takes(DEPARTMENT, words[-1]) \
                        and DEPARTMENT in self.header.roles:
                    department, text = (words[-1], j), text[:text.rindex(words[-1])].strip()
                names.append((text, j))
            else:
                break
            j += 1
        items = _numbered_items([text for text, _ in names])
        # after the last value line only a name numbered next may follow (`②移住相談件数`): an unnumbered line there
        # may as well be the next row's name
        after = [text for text, line in names if figures and line > figures[-1][1]]
        if len(items) < 2 or len(figures) != len(items) or len(names) > len(items) * MAX_NAME_LINES \
                or (after and after[0][:1] not in CIRCLED_NUMBERS):
            return i
        row = _Row()
        row.add(self.header.name, "\n".join(items), i + 1)
        for k, col in enumerate(values):
            row.add(col, "\n".join(found[k].text for found, _ in figures), figures[0][1] + 1)
        if department is not None:
            row.add(self.header.roles.index(DEPARTMENT), department[0], department[1] + 1)
        self._attach(row, j - 1)
        return j

    def values_apart(self, i: int) -> int:
        """Names waiting above lines of values only: their row printed column by column (one value per line).
        Returns the line after it, or -1 when the values do not make a row of the waiting names."""
        found: list[Token] = []
        # the row's unit alone on the line before its values, a multiplier with it (`百万円`), or the last line
        # waiting above (`人`, typed as text), in a table with a 単位 column: the unit cell (`_unit_line`)
        unit = self._unit_line([*self.pending, (self.lines[i], i)])
        start = j = i if unit is None or unit[1] != i else i + 1
        closed = False  # the row's last line, its trailing cells after its last values, was read
        while j < len(self.lines) and not furniture_line(self.lines, j) and not closed:
            more = typed_tokens(self.lines[j].strip())
            if not (_values_only(more) or (j > start and is_parenthetical(self.lines[j].strip()))):
                # `74.1%` / `(令和3年度)` / `75.0% 76.0% 概ね順調に進捗`: the last values with the trailing cells
                if not (j > start and self.header.trailing and more and more[0].kind in _MIDDLE_KINDS):
                    break
                closed = True
            found += more  # a line of values, or a remark under the value above (`(閏年)`)
            j += 1
        waiting = [(text, line) for text, line in self.pending if unit is None or line != unit[1]]
        if unit is not None:
            waiting = self._units_lost(waiting)
        names = [text for text, _ in waiting]
        values = [c for c in self.header.middle if self.header.roles[c] == VALUE]
        row = _Row()
        first = waiting[0][1] + 1
        items = _numbered_items(names)
        cells = list(takewhile(lambda t: t.kind in _MIDDLE_KINDS, found))
        if len(items) > 1 and len(cells) == len(items) * len(self.header.middle) == len(items) * len(values):
            # several indicators in one row: each cell lists one value per name, cell after cell; a name wrapped
            # in the cell goes on on the lines up to the next number, and the row's trailing cells follow the last
            # value (`500 件 企画課`, or the department on a line of its own after: `text_line`)
            row.add(self.header.name, "\n".join(items), first)
            for k, col in enumerate(values):
                part = cells[k * len(items):(k + 1) * len(items)]
                row.add(col, "\n".join(t.text for t in part), i + 1)
            if rest := found[len(cells):]:
                _place_rest(row, rest, self.header, j)
        else:
            # the lines read as one: a remark under a value joins it (`42.5%` / `(平成 30 年度)`)
            cut = cut_row(_tokens_over([self.lines[k].strip() for k in range(start, j)]), self.header)
            if cut is None or cut.lead or (cut.rest and not closed):
                return -1
            row = _row_of(cut, self.header, start + 1)
            if unit is not None:
                row.add(self.header.roles.index(UNIT), self.lines[unit[1]].strip(), unit[1] + 1)
            _place_lead(row, _text_tokens(_name_text(names)), self.header, first)
            if j == start + 1:  # values on one line (a row printed column by column is `pdftotext -raw`'s order)
                row.name_above, row.above_width = len(names), max(display_width(n) for n in names)
        self._attach(row, j - 1)
        return j


def _numbered_items(lines: list[str]) -> list[str]:
    """The lines as the names numbered `①`, `②` they print, a line opening with no number the rest of the name above
    (a name wrapped in its cell: `① 市の移住支援制度を利用して市外から` / `転入した世帯数` / `② 移住相談件数`); no
    items when the first line opens with no number."""
    items: list[str] = []
    for line in lines:
        if line[:1] in CIRCLED_NUMBERS:
            items.append(line)
        elif items:
            items[-1] += line
        else:
            return []
    return items


#: Roles of the columns a table prints after its values (a unit's column may stand before them).
_LATE_ROLES = frozenset(TRAILING_ORDER) - {UNIT}
#: Rows that must leave a value column empty for value lines after the table to be their late cells
#: (`_Reader.late_cells`): one value under one such row is as likely a note's figure.
MIN_LATE_ROWS = 2
#: A note or footnote mark printed alone on its line (`※2`, `*1`), compared form.
_MARK_ONLY = re.compile("^(?:" + "|".join(map(re.escape, (*(nfkc(m) for m in NOTE_MARKS), *VALUE_FOOTNOTE_MARKS)))
                        + r")\d{0,2}$")


#: Most lines a value cell's text without a `※` mark may wrap over (`_Reader._cell_text_end`).
MAX_CELL_TEXT_LINES = 8
#: Longest era word a period inside a sentence may end a text token with (`令和`, `平成`, `R`).
MAX_ERA_CHARS = 2


def _period_in_text(found: list[Token]) -> list[Token]:
    """A line of text whose one number is a period's, printed apart inside a sentence (`ため。令和 4 年度法定報告
    値では…`, an office program's Western/Asian spacing): the number is no value, the line is text. Any other line
    comes back as it is."""
    numbers = [k for k, t in enumerate(found) if t.kind != T_TEXT]
    if len(numbers) != 1 or not 0 < numbers[0] < len(found) - 1 or not _text_only(found[:numbers[0]]) \
            or not _text_only(found[numbers[0] + 1:]) or not nfkc(found[numbers[0]].text).isdigit():
        return found
    k = numbers[0]
    before, number, after = found[k - 1].text, found[k].text, found[k + 1].text
    for tail in range(1, MAX_ERA_CHARS + 1):
        if len(before) > tail and any(parse_period(before[-tail:] + number + after[:head]) is not None
                                      and parse_period(before[-tail:] + number) is not None
                                      for head in (1, 2)) and parse_period(before[-tail:]) is None:
            return [*found[:k - 1], Token(T_TEXT, before + number + after), *found[k + 2:]]
    return found


def _name_qualifier(line: str) -> bool:
    """A bracketed word qualifying what an indicator counts (`（累計）`), printed at the end of its name."""
    return is_parenthetical(line) and compact(line).strip("()") in map(nfkc, IGNORED_NAME_QUALIFIERS)


def _cell_remark(line: str) -> bool:
    """A line under a value cell's values that is the same cell's: a bracketed remark (`（令和元年）`) or a short `※`
    note that ends no sentence (`※変更前`; a footnote is a sentence)."""
    text = line.strip()
    return is_parenthetical(text) or (note_mark(text) and not text.endswith(SENTENCE_ENDINGS)
                                      and len(tokens(text)) == 1)


def _definition_column(header: _Header) -> int | None:
    """The column between the names and the values whose header names each indicator's definition (`指標の説明`,
    `算出方法`: DEFINITION_LABELS), else None."""
    return next((c for c in header.lead if c > header.name and header.roles[c] == NOTE
                 and any(label in compact(header.words[c]) for label in DEFINITION_LABELS)), None)


def _x(line: str, text: str) -> int | None:
    """The display column where `text` starts on the printed line, else None."""
    at = line.find(text)
    return None if at < 0 else printed_width(line[:at])


def _definition_lines(table: _Table, lines: list[str]) -> None:
    """A definition column between the names and the values (`No. 指標名 指標の説明 基準値 …`; layouts 273) that no
    row's line filled: every indicator has a definition, so its cells' lines are the text lines the reader ran
    into names (above a row's line) and into the last column (under it), as a layer sorting lines by height
    prints a tall cell centred on its row (`４月１日現在の…人口` / `1 生産年齢人口 58,240人 … 住民基本台帳` /
    `（外国人住民を含む）`). Those lines go to the definition column, shared out by centring: a row takes as many
    lines under its line as it had above (the rest above the next row are that row's); the name is the word on the
    row's line. With two or more lines on a side a wrapped name may stand among them (its lines interleave with
    the definition's): the row is flagged, unless the text keeps the columns' positions (`pdftotext -layout`: the
    header's words apart by gutters), where each line, and the row line's word, is the cell of the header word it
    starts nearer to."""
    header = table.header
    column = _definition_column(header)
    name = header.name
    at: list[int] = []
    for row in table.rows:
        found = [row.cells[c][1] for c in header.middle if c in row.cells]
        if not found or not any(line == found[0] for line, _ in row.printed.get(name, [])) or row.span != 1:
            break  # a row whose name is not on its values' line: the lines around it are the name's
        at.append(found[0])
    if column is None or not at or len(at) < len(table.rows) or any(column in row.cells for row in table.rows):
        for row in table.rows:
            row.uncertain |= row.tail_or_head
        return
    loose: list[tuple[int, str]] = []
    for row, line in zip(table.rows, at, strict=True):
        for col in (name, *header.trailing):
            printed = row.printed.get(col, [])
            loose += [entry for entry in printed if entry[0] != line]
            kept = [entry for entry in printed if entry[0] == line]
            if col in row.cells and len(kept) < len(printed):
                if kept:
                    row.cells[col], row.printed[col] = (kept[0][1], line), kept
                else:
                    del row.cells[col], row.printed[col]
    if not loose:
        for row in table.rows:
            row.uncertain |= row.tail_or_head
        return
    loose.sort()
    printed_header = lines[header.line] if header.end < 0 else ""
    xs = (_x(printed_header, header.words[name]), _x(printed_header, header.words[column])) \
        if "  " in printed_header.strip() else (None, None)

    def named(line: int, text: str) -> bool:
        """The line (or the row line's word) starts nearer the name header's word than the definition's."""
        x = _x(lines[line - 1], text)
        return x is not None and abs(x - xs[0]) < abs(x - xs[1])  # type: ignore[operator]

    above = [entry for entry in loose if entry[0] < at[0]]
    for k, row in enumerate(table.rows):
        end = at[k + 1] if k + 1 < len(at) else None
        between = [entry for entry in loose if entry[0] > at[k] and (end is None or entry[0] < end)]
        below = between if end is None else between[:len(above)]
        own = above + below
        if None not in xs:
            word = row.printed[name][0]
            own = sorted([*own, word])
            names = [entry for entry in own if named(*entry)]
            if names:
                row.cells[name], row.printed[name] = ("".join(t for _, t in names), names[0][0]), names
                own = [entry for entry in own if entry not in names]
            else:
                own.remove(word)
                row.uncertain = True
        elif len(above) > 1 or len(below) > 1:
            row.uncertain = True
        if own:
            row.cells[column] = ("".join(text for _, text in own), own[0][0])
            row.printed[column] = own
        above = between[len(below):]


def _label_word(text: str) -> bool:
    """One word that may label a sub-indicator (`男性`, `胃がん`): text only, no digit, no bracket, no space."""
    folded = nfkc(text).strip()
    return bool(folded) and " " not in folded and token_type(folded, RAW) == T_TEXT \
        and not any(ch.isdigit() for ch in folded) and not is_parenthetical(folded) and bracket_depth(folded) == 0 \
        and folded == folded.strip("()[]")


def _sub_rows(table: _Table) -> None:
    """Sub-indicator rows (layouts 87: a `指標名` cell spanning two columns, the name merged down over rows whose
    second column names a sub-indicator): a row whose name ends in a word of its own (`(2) 運動習慣のある人の割合
    男性 28.0% 35.0%`), followed by rows printing one word and values only (`女性 21.5% 30.0%`). In a table that
    numbers its rows, rows without a number under a numbered row are not indicators of their own; without a number
    column only segment labels (`男性` / `女性`) say so. The words go to a sub-name column added after the header's
    (headed like the name column, so the interpreter reads them as the rows' segments and flags a label it does not
    know), the name covers the rows."""
    header = table.header
    name = header.name
    numbers = [c for c in header.lead if header.roles[c] == NUMBER]
    if NAME not in header.roles:
        return
    rows = table.rows
    i = 0
    while i < len(rows):
        owner = rows[i]
        text, line = owner.cells.get(name, ("", 0))
        words = text.rsplit(" ", 1)
        numbered = bool(numbers) and all(c in owner.cells for c in numbers)
        j = i + 1
        while j < len(rows) and _sub_row(rows[j], header) and rows[j].span == 1 \
                and _sub_label(rows[j].cells[name][0], numbered):
            j += 1
        if j == i + 1 or len(words) < 2 or not _sub_row(owner, header, numbered=numbered) \
                or not _sub_label(words[-1], numbered) or breakdown_segment(text) is not None:
            i += 1  # `内訳 小学生` / `中学生`: a breakdown of the row above, read by the interpreter
            continue
        if table.sub is None:
            table.sub = len(header.words)
        owner.cells[name] = (words[0], line)
        owner.cells[table.sub] = (words[1], line)
        owner.span = j - i
        for row in rows[i + 1:j]:
            row.cells[table.sub] = row.cells.pop(name)
        i = j


def _sub_label(text: str, numbered: bool) -> bool:
    """A sub-indicator's label: one word; in a table without row numbers, a segment label (`男性`)."""
    return _label_word(text) and (numbered or segment_label(text) is not None)


def _sub_row(row: _Row, header: _Header, numbered: bool = False) -> bool:
    """A row printing its name and values only (no other leading column): with `numbered`, its number too."""
    numbers = {c for c in header.lead if header.roles[c] == NUMBER}
    lead = {c for c in header.lead if c in row.cells}
    return header.name in lead and lead - {header.name} == (numbers if numbered else set()) \
        and any(c in row.cells for c in header.middle)


def _open_width(printed: list[tuple[int, str]]) -> int | None:
    """The width a cell's printed lines wrap at (its first line's) while every line is as wide and none ends a
    sentence (the cell may go on); None once a narrower line closed it."""
    width = display_width(printed[0][1])
    if any(abs(display_width(text) - width) > WRAP_WIDTH_SLACK or text.endswith(SENTENCE_ENDINGS)
           for _, text in printed):
        return None
    return width


def _centred_goals(rows: list[_Row], header: _Header) -> list[_Row]:
    """The rows of a table whose goal headings stand among its rows with rows above the first of them: merged goal
    cells printed centred on their rows (`ingest.table.merged_left.centred_goals`). Each row without a goal cell of its
    own takes the goal printed nearest its line, and the heading rows go; those rows are uncertain. Other
    tables' rows are returned as they are."""
    goals = {c for c in header.lead[:header.name] if header.roles[c] in GOAL_COLUMN_ROLES}
    departments = {c for c in header.trailing if header.roles[c] == DEPARTMENT}
    heading = [bool(goals & set(row.cells)) and set(row.cells) <= goals | departments for row in rows]
    nearest = centred_goals([min(first for _, first in row.cells.values()) if row.cells else 0 for row in rows],
                            heading, [bool(goals & set(row.cells)) for row in rows], above_own=len(goals) == 1)
    if nearest is None:
        return rows
    for k, h in nearest.items():
        rows[k].cells.update({c: cell for c, cell in rows[h].cells.items() if c in goals})
        # a department merged alike, printed on the goal cell's line: the rows' that print none
        rows[k].cells.update({c: cell for c, cell in rows[h].cells.items() if c in departments
                              and not any(d in rows[k].cells for d in departments)})
        rows[k].uncertain = True
    return [row for row, is_heading in zip(rows, heading, strict=True) if not is_heading]


def _goal_lines_among_rows(rows: list[_Row], header: _Header) -> None:
    """A merged goal cell whose sentence wraps over more lines than its first row has, printed by a layer in the
    page's reading order (pdfplumber): its first line on the first row's line (`基本目標１ 若い世代が安心 合計特殊
    出生率 1.38 1.50`), its next lines alone between the rows and first on the next row's line (`して結婚・出産・
    子育てがで` / `き、子どもが健やかに育つま 年間出生数 540人 560人` / `ちをつくる`), which the reader took for that
    row's name. When every such line is of the goal's width (the cell wraps at it, ± `WRAP_WIDTH_SLACK`) and the
    row's line prints its name after it, they go on with the goal; the goal still open after them (its last line
    full), a narrower line alone under the row is its last. Where that line may be the name's own rest (the name
    and that line's first character wider than any name of the table: it may have wrapped), or where no such line
    follows (the goal may go on unseen), the goals are flagged (`_Row.goal_guessed`)."""
    goal = next((c for c in reversed(header.lead[:header.name]) if header.roles[c] in GOAL_COLUMN_ROLES), None)
    name = header.name
    if goal is None:
        return
    owner: _Row | None = None
    for row in rows:
        if goal in row.cells:
            first = row.printed.get(goal, [])
            owner = row if len(first) == 1 and goal_level(first[0][1]) is not None \
                and row.cells.get(name, ("", 0))[1] == first[0][0] else None
            continue
        lines = row.printed.get(name, [])
        on_row = [line for c, (_, line) in row.cells.items() if c in header.middle]
        at = next((k for k, (line, _) in enumerate(lines) if line in on_row), None)
        if owner is None or at is None:
            owner = None
            continue
        width = display_width(owner.printed[goal][0][1])
        head, _, own = lines[at][1].partition(" ")
        if not own or not all(abs(display_width(text) - width) <= WRAP_WIDTH_SLACK
                              for text in [*(text for _, text in lines[:at]), head]):
            owner = None
            continue
        moved = [*lines[:at], (lines[at][0], head)]
        rest = lines[at + 1:]
        if rest and len(rest[0][1].split()) == 1 and display_width(rest[0][1]) < width - WRAP_WIDTH_SLACK:
            # the name wrapped only if its next character would not fit: no name of the table prints wider
            widest = max(display_width(text) for other in rows for _, text in other.printed.get(name, [])[-1:])
            owner.goal_guessed |= display_width(own + rest[0][1][:1]) > widest
            moved.append(rest.pop(0))
        else:
            owner.goal_guessed = True  # the goal fills its last line seen: its rest may be lost or read elsewhere
        for line, text in moved:
            owner.add(goal, text, line, joiner="\n")
        row.cells[name] = ("".join([own, *(text for _, text in rest)]), lines[at][0])
        row.printed[name] = [(lines[at][0], own), *rest]
        owner = None  # the goal closed (its last line narrower) or its rest is not seen


def _last_line(row: _Row, col: int) -> str:
    """The last line of the row's cell in a column, as printed."""
    printed = row.printed.get(col)
    return printed[-1][1] if printed else row.cells[col][0].rsplit("\n", 1)[-1]


def _glued_goals(rows: list[_Row], header: _Header) -> None:
    """Rows whose name opens with one goal label and the goal's title glued to the name (`基本目標３ 結婚・出産・
    子育ての希望をかなえる合計特殊出生率`, `… かなえる放課後児童クラブの待機児童数`: a sheet repeating its goal cell on
    every row, printed without a gap): the text the rows of one label share from its start is the goal's title,
    the rest each row's name. A guess from the text alone: the rows stay uncertain; a label of one row keeps its
    text in the name."""
    goal = next((c for c in header.lead[:header.name] if header.roles[c] in GOAL_COLUMN_ROLES), None)
    groups: dict[str, list[_Row]] = {}
    for row in rows:
        if row.glued_goal and header.name in row.cells:
            groups.setdefault(tokens(row.cells[header.name][0])[0], []).append(row)
    for label, group in groups.items():
        rests = [row.cells[header.name][0][len(label):].strip() for row in group]
        title = next((rests[0][:n] for n in range(min(map(len, rests)), 0, -1)
                      if all(rest.startswith(rests[0][:n]) for rest in rests)), "")
        if goal is None or len(group) < 2 or not title or any(rest == title for rest in rests):
            continue
        for row, rest in zip(group, rests, strict=True):
            line = row.cells[header.name][1]
            row.cells[goal] = (f"{label} {title}", line)
            row.cells[header.name] = (rest[len(title):], line)


def _agree(rows: list[_Row]) -> None:
    """Rows printing fewer values than the header has value columns, without years to place them by: the rows of
    one table that print as many values print the same columns, so each takes the placement every row of as many
    values placed by its years agrees on (still flagged uncertain: read from meaning, not seen)."""
    agreed: dict[int, set[tuple[int, ...]]] = {}
    for row in rows:
        if row.judged:
            agreed.setdefault(len(row.places), set()).add(row.places)
    for row in rows:
        found = agreed.get(len(row.places), set())
        if row.places and not row.judged and len(found) == 1:
            _move(row, next(iter(found)))


def _lone_short_row(rows: list[_Row], header: _Header) -> None:
    """The one row of a table printing one value fewer than the value columns, placed by no years, while every
    other row prints them all: a stand-in the text layer dropped (pypdfium2 prints no `―`), so its values fill the
    last columns, as `ingest.text.stacked` places such a row (still flagged). Several rows short of the same
    column print it apart (values with footnote marks under the table): they keep their placement."""
    values = [c for c in header.middle if header.roles[c] == VALUE]
    short = [row for row in rows if row.places and not row.judged]
    if len(short) != 1 or len(short[0].places) != len(values) - 1 or not set(short[0].places) <= set(values):
        return
    whole = [row for row in rows if row is not short[0] and any(c in row.cells for c in values)]
    if whole and all(all(c in row.cells for c in values) for row in whole):
        _move(short[0], values[1:])


def _move(row: _Row, places: Sequence[int]) -> None:
    """The row's values moved to other value columns, in order."""
    moved = {new: row.cells.pop(old) for old, new in zip(row.places, places, strict=True) if old in row.cells}
    row.cells.update(moved)
    row.places = tuple(places)


def _labelled(line: str) -> tuple[str, Token] | None:
    """A line of one segment label and one value (`小学校 88.7%`, or printed together: `小学校88.7%`), else None."""
    found = typed_tokens(line.strip())
    if len(found) == 2 and found[1].kind in (T_VALUE, T_STAND_IN) and segment_label(found[0].text):
        return found[0].text, found[1]
    if len(found) == 1 and found[0].kind in (T_TEXT, T_VALUE):
        text = found[0].text
        for k in range(1, len(text)):
            if segment_label(text[:k]) and token_type(text[k:], RAW) == T_VALUE:
                return text[:k], Token(T_VALUE, text[k:])
    return None


def _grid(table: _Table) -> Grid:
    header = table.header
    words = [*header.words, header.words[header.name]] if table.sub is not None else header.words
    cells = [GridCell(0, c, word, line=header.line + 1) for c, word in enumerate(words)]
    r = 1
    if table.heading is not None:
        text, line = table.heading
        cells = [GridCell(0, 0, text, line=line), *(GridCell(1, c.col, c.text, line=c.line) for c in cells)]
        r = 2
    doubtful: set[int] = set()  # a row placed or joined by a guess, and the rows sharing its name, flag their values
    for row in table.rows:
        for col, (text, line) in row.cells.items():
            span = row.span if col == header.name else 1
            if row.section:  # a section label across the table (`ingest.table.rows`)
                cells.append(GridCell(r, 0, text, col_span=len(words), line=line))
                continue
            cells.append(GridCell(r, col, text, row_span=span, line=line))
        if row.uncertain:
            doubtful.update(range(r, r + row.span))
        r += 1
    # pdftotext prints an office program's gap between Asian and Western text as a space, just as it prints a space
    # the name really has (004 prints `市民1人当たり` and `がんの 75歳未満` alike so): a name's space before a number
    # flags its row (`ingest.table.rows`)
    # a goal column none of whose cells stands on its rows' lines (merged goal cells the layer printed apart, with
    # the title or the header): the rows' goals come from those lines around the table, a guess
    goals = [c for c, role in enumerate(header.roles) if role in GOAL_COLUMN_ROLES]
    guessed = bool(goals) and bool(table.rows) and not any(c in row.cells for row in table.rows for c in goals)
    guessed |= any(row.goal_guessed for row in table.rows)
    return Grid(None, (0.0, float(header.line), float(len(words)), float(table.last)), r, len(words),
                ENGINE, cells, autospaced=True, uncertain_rows=doubtful, goals_guessed=guessed, told=tuple(table.told),
                unplaced=tuple(table.unplaced))


def _headings(text: str) -> list[str]:
    """The goal headings a line prints side by side (`基本目標１ … 基本目標２ …`), when there are several."""
    starts = [m.start() for m in re.finditer(r"\S+", text) if goal_level(text[m.start():]) == 0
              and (m.start() == 0 or text[m.start() - 1].isspace())]
    if len(starts) < 2 or starts[0] != 0:
        return []
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def _runs(line: str, changes: bool = False) -> tuple[list[Token], int, int]:
    """A line's tokens, and the start and length of its longest run of value tokens (values and stand-ins, and
    with `changes` the signed figures of a change column, `+26`; a year alone, `（令和元年度）` under a header word,
    is none, nor is a unit alone, `千円` in a 単位 column)."""
    found = typed_tokens(line.strip())
    found = _changes(found) if changes else found
    start = longest = run = 0
    for k, token in enumerate(found):
        run = run + 1 if token.kind in (T_VALUE, T_STAND_IN, T_CHANGE) and not is_unit_alone(token.text) else 0
        if run > longest:
            start, longest = k - run + 1, run
    return found, start, longest


def _longest_run(line: str, changes: bool = False) -> int:
    return _runs(line, changes)[2]


def _apart_value_headers(lines: list[str]) -> tuple[list[str], dict[int, int], set[int]]:
    """The lines with value header cells a spreadsheet's text layer printed after the table's rows put into the
    header line above them; for each header line so completed (0-based), the line of those cells, where its rows
    end (they are never a row's text); and the header lines completed by a guess. LibreOffice draws
    wrapped or centred header cells after the others (`基準値（H30） 目標値（R6）` under the last row); an Excel sheet
    printed in two passes gives a header line naming every column but the values (`No. 指標名 単位 担当課`) and
    their cells last, a line each (`基準値` / `（R1）` / `実績値` …), with the cells written upright (`単位`, `評価`,
    `担当課`) among them when the band names a value column. Only where every row between prints as many
    values in a run as the header has value and change columns and the apart words together (one more: a progress
    column's rate after them), and no values follow the apart band (then it is a header of its own). The words go
    among the header's by their periods (`with_apart`), a change column where the rows' figures put it
    (`change_placed`), the names printed after them (a wrapped name cell) to the rows printing none, in order.
    Sure only when the apart value words' periods rise in printed order, as do all value columns' of the header so
    completed, and no name was moved; else a guess, and the table is flagged. A column of single values drawn after
    the apart words (`_column_after`), one per row, is the cells of the header's one value word when the rows print
    a value less than it has value columns (layouts 171: `直近値` over `42,018（R5）` …)."""
    out = list(lines)
    ends: dict[int, int] = {}
    guessed: set[int] = set()
    j = 0
    while j < len(lines):
        end = apart_band(lines, j)
        apart = line_words(" ".join(lines[j:end]))
        if end == j or VALUE not in map(header_role, apart) or not header_words(apart):
            j += 1
            continue
        start, j = j, end
        after = next((text for text in lines[end:] if text.strip()), "")
        column = _column_after(lines, end)
        if _values_only(typed_tokens(after.strip())) and not column:
            continue
        i = next((k for k in range(start - 1, -1, -1) if _names_columns(line_words(out[k]), apart)
                  and header_words(line_words(out[k]))), None)
        if i is None:
            continue
        years_at = next((k for k in range(start, end - 1)
                         if line_words(lines[k]) and _bare_years(line_words(lines[k]))), None)
        if i == start - 1 and years_at is not None and NAME in map(header_role, line_words(out[i])):
            j = years_at + 1  # the header's own lines end at its sub-columns' years (`R3 R4 R5`); the rest is apart
            continue
        header = line_words(out[i])
        # the years of a role word's sub-columns on a line of their own under the header (`… 目標値 担当課` /
        # `R7 R8 R9 R10`, a merged cell; a one-word cell a line before them, `No. 指標名 単位` / `目標値` / `担当課`):
        # its columns, the rows starting under them
        band = next((k for k in range(i + 1, start) if not apart_word(out[k])), start)
        years = line_words(out[band]) if band < start else []
        words = [w for k in range(i, band) for w in line_words(out[k])]
        grouped = role_over_years(words, years, joiner="") if _bare_years(years) else None
        header, top = (grouped, band + 1) if grouped else (header, i + 1)
        wanted = sum(header_role(w) == VALUE for w in header + apart)
        own = [w for w in header if header_role(w) == VALUE]
        if column and len(own) != 1:
            continue  # a column printed after the band is the header's one value column's, or none
        wanted -= bool(column)
        if i == start - 1 or (grouped and top == start):
            _band_under(out, i, end, apart, wanted, header if grouped else None)
            continue
        # lines after the last one printing values may be a wrapped name's end, or up to MAX_GAP_LINES lines of
        # header words (a legend `進捗 達成：…`) between the rows and the apart band
        # a change column's signed figures (`+26` under `前年度比`) are in the rows' runs, and a progress column's
        # rate may close them (`78.3%` under `達成率`)
        roles = [header_role(w) for w in header]
        changes = CHANGE in roles
        wanted += roles.count(CHANGE)
        # a row's number under a `No.` column is none of its values (`7 人 4,800 12,000`: a nameless row's number
        # and unit, not the value `7人`)
        body = [_row_number_cut(line)[1] if NUMBER in roles else line for line in out]
        # the rows end at a note, a heading or a title under them (`※ ↗ → ↘`, a legend: no row, though it prints
        # arrows)
        # a goal heading among them is a merged goal row of the table (`基本目標１ …` right under the header)
        limit = next((k for k in range(top, start) if _ends_table(out[k].strip())
                      and goal_level(out[k].strip()) is None), start)
        stop = next((k + 1 for k in range(limit - 1, i, -1) if _longest_run(body[k], changes)), top)
        runs = [run for k in range(top, stop) if (run := _longest_run(body[k], changes))]
        nameless = [k for k in range(top, stop) if _longest_run(body[k], changes) and _nameless(body[k])]
        first = next((body[k] for k in range(top, stop) if goal_level(out[k].strip()) is None), "")
        names = _apart_names(out, end, len(nameless))
        if not runs or any(not 0 <= run - wanted <= (PROGRESS in roles) for run in runs) \
                or not _longest_run(first, changes) or (_nameless(first) and len(names) != len(nameless)) \
                or sum(_header_line(out[k]) for k in range(stop, start)) > MAX_GAP_LINES \
                or any(_header_line(out[k]) or is_parenthetical(out[k].strip()) for k in range(top, stop)):
            continue  # a header band over lines (`指標名` / `基準値` / `（令和元年度）` …), not one line over rows
        if nameless and len(names) != len(nameless):
            continue  # rows without their names and not as many names printed apart: no rows of this table
        if column and (nameless or len(runs) != len(column)):
            continue
        completed = with_apart(header, apart)
        completed = _change_placed(completed, [out[k] for k in range(top, stop)]) if changes else completed
        if column:
            _column_into_rows(out, [k for k in range(top, stop) if _longest_run(body[k], changes)], column,
                              [w for w in completed if header_role(w) == VALUE].index(own[0]), NUMBER in roles)
        out[i], ends[i] = " ".join(completed), start
        out[i + 1:top] = [""] * (top - i - 1)
        for row, name in zip(nameless, names[:len(nameless)], strict=True):
            number = _row_number_cut(out[row])[0] if NUMBER in roles else ""
            text = "".join(out[k].strip() for k in name)
            out[row] = " ".join(w for w in (number, text, body[row].strip()) if w)
            out[name[0]:name[-1] + 1] = [""] * len(name)
        if nameless or not all(periods_rise([w for w in words if header_role(w) == VALUE])
                               for words in (apart, completed)):
            guessed.add(i)
    _years_after_rows(out)
    return out, ends, guessed


def _column_after(lines: list[str], end: int) -> list[int]:
    """The lines from `end` (blank ones aside) that print one value each and nothing else, up to the first that
    does not (`42,018（R5）` / `2,790（R4）` …): a value column a spreadsheet's text layer drew after the header cells
    it printed apart (a wrapped or centred `直近値` column, layouts 171); none when fewer than two."""
    found = []
    for k in range(end, len(lines)):
        if not lines[k].strip():
            continue
        tokens = typed_tokens(lines[k].strip())
        if len(tokens) != 1 or not _values_only(tokens):
            break
        found.append(k)
    return found if len(found) > 1 else []


def _column_into_rows(out: list[str], rows: list[int], column: list[int], at: int, numbered: bool) -> None:
    """Each value of a column printed apart (`_column_after`) put into its row's run of values, in order, as the
    value at index `at` of the run; the column's lines emptied."""
    for row, k in zip(rows, column, strict=True):
        number, line = _row_number_cut(out[row]) if numbered else ("", out[row].strip())
        found, start, _ = _runs(line)
        texts = [t.text for t in found]
        texts.insert(start + at, out[k].strip())
        out[row], out[k] = " ".join(w for w in (number, *texts) if w), ""


def _change_placed(words: list[str], rows: list[str]) -> list[str]:
    """The header words with their change column (`前年度比`) where the rows' runs of figures print the change
    (`token_types.change_placed`)."""
    runs = []
    for line in rows:
        found, start, longest = _runs(line, changes=True)
        runs.append([t.text for t in found[start:start + longest]])
    return change_placed(words, change_place(words, runs))


def _years_after_rows(out: list[str]) -> None:
    """A line of periods alone (`令和5年度 令和11年度`) printed after a table's rows, as many as the value words of
    the header above that name no period (`現状値 目標値`), rising left to right: the header's second row, which a
    spreadsheet drew after the rows (LibreOffice: layouts 147). Each period joins its value word on the header's
    line, in order, and the line of periods is emptied. Only where every row between prints as many values in a
    run as there are periods, at most MAX_GAP_LINES lines of text (a title drawn last) stand between the last row
    and the periods, and no values follow them (then they head a table of their own)."""
    for j, line in enumerate(out):
        years = line_words(line)
        if len(years) < 2 or not all(token_type(w, RAW) == T_YEAR for w in years) or not periods_rise(years):
            continue
        if _longest_run(next((text for text in out[j + 1:] if text.strip()), "")):
            continue
        runs: list[int] = []
        gap = 0
        for k in range(j - 1, -1, -1):
            words = line_words(out[k])
            if (run := _longest_run(out[k])) or not words:
                runs += [run] if run else []
                continue
            if not header_words(words):
                gap += not runs
                if gap > MAX_GAP_LINES:
                    break
                continue
            if VALUE not in map(header_role, words):
                if not runs:
                    break  # a header line before any row: no rows of a table between
                continue  # a header line of the band without value words (`単位`)
            bare = all(parse_header(w)[1] is None for w in words if header_role(w) == VALUE)
            dated = _periods(words, [year if is_parenthetical(year) else f"({year})" for year in years])
            if runs and all(run == len(years) for run in runs) and bare and dated is not None:
                out[k], out[j] = " ".join(dated), ""
            break


def _names_columns(words: list[str], apart: list[str]) -> bool:
    """A header line naming the indicator column, or one naming the other columns only (`No. 基本目標 単位 担当課`: two
    words or more, no value word) whose name cell was drawn first among the cells printed apart
    (`重要業績評価指標（KPI）` / `基準値` …: a tall cell centred)."""
    roles = [header_role(word) for word in words]
    return NAME in roles or (header_role(apart[0]) == NAME and len(words) > 1 and VALUE not in roles)


def _band_under(out: list[str], i: int, end: int, apart: list[str], wanted: int,
                grouped: list[str] | None = None) -> None:
    """A header line without a name word (`No. 基本目標 単位 担当課`: the one-line cells LibreOffice draws first) and,
    right under it, the tall header cells it drew after them (`重要業績評価指標（KPI）` / `基準値` / `（R1）` …): one
    header, put on the band's last line, when rows follow that print as many values in a run as it has value
    columns. A header line naming its indicator column with a band under it is a header band (`read_band`), unless
    its lines close with the years of a role word's sub-columns (`grouped`: `指標名 単位` / `実績値` / `備考` / `R3 R4
    R5` / `基準値（R2） 目標値（R7）`, a page's repeated header over the next page's rows)."""
    header = grouped or line_words(out[i])
    rows = list(takewhile(lambda line: bool(_longest_run(line)), out[end:]))
    if (NAME in map(header_role, header) and not grouped) or not rows \
            or any(_longest_run(row) != wanted for row in rows) or _nameless(rows[0]):
        return
    completed = " ".join(with_apart(header, apart))
    if grouped:  # on the header's first line, so the table holds all its lines (a page's, its break kept)
        out[i:end] = [PAGE_BREAK * out[i].startswith(PAGE_BREAK) + completed] + [""] * (end - 1 - i)
    else:
        out[i:end] = [""] * (end - 1 - i) + [completed]


def _row_number_cut(line: str) -> tuple[str, str]:
    """A row line's leading row number (`7`, `7.`, `(7)`) and the rest of the line; no number and the line when it
    opens with none."""
    head, _, rest = line.strip().partition(" ")
    return (head, rest) if rest and _ROW_NUMBER.match(nfkc(head)) else ("", line.strip())


def _nameless(line: str) -> bool:
    """A row line printing no name: its values with at most a unit alone before them (`% 8.4% 7.9%`)."""
    found, start, longest = _runs(line)
    return bool(longest) and all(is_unit_alone(t.text) for t in found[:start])


def _apart_names(lines: list[str], after: int, wanted: int) -> list[list[int]]:
    """The lines from `after` that may be names a spreadsheet's text layer printed after the table with its apart
    header cells (a wrapped name cell, `若年女性（20～39歳）の人口比率`, drawn after the others): text lines, no
    header or heading, up to the first that is none, a name a line. They name the rows printing none, in order,
    when there are as many of each (`_apart_value_headers`). When there are more lines than the `wanted` names, the
    names wrapped at their column's width: a line as wide as the widest goes on on the next, a narrower one ends a
    name (`村内で新たに就農した人の数（研修` / `修了者を含む。）`); taken so when that gives `wanted` names."""
    found = []
    k = after
    while k < len(lines) and lines[k].strip() and _text_only(typed_tokens(lines[k].strip())) \
            and not _header_line(lines[k]) and goal_level(lines[k]) is None:
        found.append(k)
        k += 1
    names = [[k] for k in found]
    if len(found) <= wanted:
        return names
    width = max(display_width(lines[k].strip()) for k in found)
    wrapped: list[list[int]] = []
    for k in found:
        if not wrapped or display_width(lines[wrapped[-1][-1]].strip()) < width - WRAP_WIDTH_SLACK:
            wrapped.append([k])
        else:
            wrapped[-1].append(k)
    return wrapped if len(wrapped) == wanted else names


def _unheaded_columns(header: _Header, lines: list[str]) -> _Header:
    """The header with the 単位 and progress columns its rows print and it lacks put back: a header cell printed
    turned (rotated 90°) stands off the header line in the text (above it, after the rows, its glyphs reversed), but
    the rows still print its cells. Where every row line right under the header (at least MIN_UNHEADED_ROWS; up to
    the first line of no row) prints one value in each value column, a unit alone right before them
    (`がん検診の受診者数 人 2,140 2,610 2,500`), or a grade mark or progress label right after them (`… 2,500 ◎
    健康推進課`), the header gains that column, headed by the vocabulary's word for it."""
    if UNIT in header.roles and PROGRESS in header.roles:
        return header
    wanted = len(header.middle)
    before: list[str] = []
    after: list[str] = []
    for j in range(header.last + 1, len(lines)):
        found = typed_tokens(lines[j].strip())
        at = [k for k, token in enumerate(found) if token.kind in _MIDDLE_KINDS]
        if not found or len(at) != wanted or at[-1] - at[0] != wanted - 1 or at[0] == 0:
            break
        before.append(found[at[0] - 1].text)
        after.append(found[at[-1] + 1].text if at[-1] + 1 < len(found) else "")
    if len(before) < MIN_UNHEADED_ROWS:
        return header
    words, roles = list(header.words), list(header.roles)
    first, last = header.middle[0], header.middle[-1]
    if PROGRESS not in roles and all(token_type(text, RAW) == T_PROGRESS or is_grade_mark(text) for text in after):
        words.insert(last + 1, PROGRESS_HEADER_WORDS[0])
        roles.insert(last + 1, PROGRESS)
    if UNIT not in roles and all(is_unit_alone(text) for text in before):
        words.insert(first, UNIT_HEADER_WORDS[0])
        roles.insert(first, UNIT)
    return header if roles == header.roles else replace(header, words=words, roles=roles)


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every table under a one-line header whose rows print their cells one space apart."""
    # `指 標 名`, `企 画 課`: letter-spaced words are one token (`4 件 8 件` stays two values)
    joined = join_two_pass([unspace_letters(line, letters_only=True) for line in lines])
    lines, ends, guessed = _apart_value_headers(joined.lines)
    tables: list[TextTable] = []
    running = running_titles(lines)
    i = 0
    side_by_side: list[tuple[str, int]] = []  # headings of a line of several, for the tables below it in turn
    while i < len(lines):
        text = lines[i].strip()
        header = _trailing_moved(read_band(lines, i), lines) if text else None
        if header is None:
            if text and (several := _headings(text)):
                side_by_side = [(heading, i + 1) for heading in several]
            elif text and _ends_table(text):
                side_by_side = []
            i += 1
            continue
        header = _unheaded_columns(header, lines)
        table = _Reader(lines, header, running, ends.get(header.line)).read()
        if not table.rows:
            i += 1
            continue
        for row in table.rows:  # a two-pass row whose stand-ins were placed by the columns' units
            row.uncertain = row.uncertain or any(line - 1 in joined.guessed for _, line in row.cells.values())
        if any(row.spilled for row in table.rows):
            # rows printing one value more than the value columns (a rate under `達成度`): a row printing just as
            # many and nothing after may lack any one of its cells (a `―` a text layer dropped), not the rate
            for row in table.rows:
                row.uncertain |= row.filled_to_end
        first = header.line
        if side_by_side:
            table.heading = side_by_side.pop(0)
        grid = _grid(table)
        tables.append(TextTable(first, joined.last_line(first, table.last),
                                replace(grid, uncertain=True) if first in guessed else grid))
        i = table.last + 1
    return tables
