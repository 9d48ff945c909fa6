"""The header band of a grid → one role per column (name, value, unit, goal levels, department, progress, …).

Header words are compared after NFKC (`normalize.text.nfkc`) without whitespace, so Kangxi radicals, full-width forms
and letter-spaced headers (`指 標 名`) still name their column; the raw header text is kept for `parse_header`, which
reads a value column's role and period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from ingest.table.arrows import arrow_figures
from ingest.table.grid import Grid, GridCell
from normalize.cell import is_dash_run, parse_cell
from normalize.goals import GOAL_HEADING_START, POLICY_HEADING
from normalize.header import parse_header, role_labelled
from normalize.periods import bare_header_year, find_period, find_period_range, parse_period
from normalize.text import longest_first, nfkc, repair
from normalize.vocabulary import (
    ACHIEVEMENT_HEADER_WORDS,
    ALL_ROLE_WORDS,
    APPENDIX_LABELS,
    BULLET_MARKS,
    CALENDAR_YEAR_SUFFIX,
    CAPTION_BRACKETS,
    CAPTION_NUMBER_WORDS,
    CHANGE_HEADER_CELLS,
    CHANGE_HEADER_WORDS,
    CIRCLED_NUMBERS,
    CONTINUED_CAPTION_WORDS,
    DAY_SUFFIX,
    DEPARTMENT_FIELD_SEPARATORS,
    DEPARTMENT_HEADER_WORDS,
    GENERIC_KIND,
    GOAL_COLUMN_ROLES,
    GOAL_HEADER_WORDS,
    HEADER_QUALIFIERS,
    HEADER_WORDS,
    KIND_CAPTION_LINKS,
    KIND_CAPTION_SCOPE_CHARS,
    KIND_HEADER_WORDS,
    KIND_VALUE_BAND_WORDS,
    KINDS,
    MEMBER_HEADER_WORDS,
    MONTH_SUFFIX,
    NAME_HEADER_WORDS,
    NAME_OPEN_ENDINGS,
    NAME_QUOTES,
    NARRATIVE_HEADER_CELLS,
    NOTE_HEADER_WORDS,
    NUMBER_HEADER_WORDS,
    ORDINAL_PREFIX,
    PENDING_VALUE_NOTE,
    PERIOD_COLUMN_SUFFIXES,
    PROGRESS_HEADER_WORDS,
    PROGRESS_LABEL_HEADER_WORDS,
    REASON_HEADER_WORDS,
    REFERENCE_CAPTION_WORDS,
    SECTION_WORDS,
    SEGMENT_LABELS,
    SENTENCE_ENDINGS,
    TOTAL_HEADER_WORDS,
    TREND_HEADER_CELLS,
    UNIT_HEADER_WORDS,
    UNITS,
    YEARLY_ROLES,
)

VALUE = "value"
OTHER = "other"
NAME = "name"
UNIT = "unit"
NUMBER = "number"
KIND = "kind"
PERIOD = "period"
#: a change from an earlier year (`前年度比`): kept out of the values, its cells rejected with the reason
CHANGE = "change"
#: The role, in one group's layout, of a column another name column's group reads (`name_groups`): no reject there.
ELSEWHERE = "another group"
MEMBER = "member"
#: the responsible department (`担当課`, DEPARTMENT_HEADER_WORDS)
DEPARTMENT = "department"
#: an achievement rate or grade beside the values (PROGRESS_HEADER_WORDS, ACHIEVEMENT_HEADER_WORDS): no value
PROGRESS = "progress"
#: why the indicator stands where it does (REASON_HEADER_WORDS): the row's reason
REASON = "reason"
#: a column of running text on the indicator (what was done, issues, next steps, an evaluation comment: the
#: `narrative` header words of normalize/vocabulary.py): kept as the row's commentary, header with text
NARRATIVE = "narrative"
#: a remark, source or definition of the indicator (NOTE_HEADER_WORDS): kept in the row's note
NOTE = "note"


_WHITESPACE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def compact(text: str) -> str:
    """NFKC without any whitespace: the form in which header words are compared. Remembered, as `nfkc`: table
    reading asks for the same cell texts again and again (issue 13: 212,000 calls on the PDF bench corpus)."""
    return _WHITESPACE.sub("", nfkc(text))


def _keys(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(((compact(word), role) for word, role in pairs), key=lambda item: len(item[0]), reverse=True)


_HEADER_KEYS = _keys([
    *HEADER_WORDS.items(),
    *GOAL_HEADER_WORDS.items(),
    *((w, NAME) for w in NAME_HEADER_WORDS),
    *((w, UNIT) for w in UNIT_HEADER_WORDS),
    *((w, DEPARTMENT) for w in DEPARTMENT_HEADER_WORDS),
    *((w, PROGRESS) for w in (*PROGRESS_HEADER_WORDS, *ACHIEVEMENT_HEADER_WORDS)),
    *((w, REASON) for w in REASON_HEADER_WORDS),
    *((w, NOTE) for w in NOTE_HEADER_WORDS),
    *((w, KIND) for w in KIND_HEADER_WORDS),
    *((w, MEMBER) for w in MEMBER_HEADER_WORDS),
    *((w, CHANGE) for w in CHANGE_HEADER_WORDS),
])
_NUMBER_KEYS = {compact(w) for w in NUMBER_HEADER_WORDS}
_REASON_KEYS = tuple(compact(w) for w in REASON_HEADER_WORDS)
_ROLE_KEYS = tuple(compact(w) for w in ALL_ROLE_WORDS)
#: `課題`, `所見`: a narrative column's header only as the whole cell (inside a name they are words of the name).
_NARRATIVE_CELL_KEYS = {compact(w) for w in NARRATIVE_HEADER_CELLS}
_TREND_KEYS = {compact(w) for w in TREND_HEADER_CELLS}
_LABEL_KEYS = tuple(compact(word) for word in PROGRESS_LABEL_HEADER_WORDS)
_RATE_KEYS = tuple(compact(word) for word in ACHIEVEMENT_HEADER_WORDS)


def label_progress_header(text: str) -> bool:
    """A progress column's header naming a label (`進捗状況`: `順調`, `遅れ`) and no rate (`進捗状況（達成率）` names
    one): the column never prints a figure, so none of the row's values can be its."""
    folded = compact(text)
    return any(word in folded for word in _LABEL_KEYS) and not any(word in folded for word in _RATE_KEYS)


#: A total word alone in a header cell (`累計` over `（R3～R5）`, layouts 173): the upper piece of a value header whose
#: range of years a line below prints; a header word, though it names no role until joined with that range.
_TOTAL_KEYS = {compact(w) for w in TOTAL_HEADER_WORDS}
_QUALIFIER_KEYS = {compact(w) for w in HEADER_QUALIFIERS}
_CHANGE_CELL_KEYS = {compact(w) for w in CHANGE_HEADER_CELLS}
#: `基準年度`, `目標年度`: a column of the years of the values of that role (PERIOD_COLUMN_SUFFIXES).
_PERIOD_KEYS = {compact(w) + compact(s) for w in ALL_ROLE_WORDS for s in PERIOD_COLUMN_SUFFIXES}
_KIND_KEYS = _keys(list(KINDS.items()))
_GOAL_HEADING = re.compile(GOAL_HEADING_START)


@lru_cache(maxsize=1 << 16)
def is_goal_heading(text: str) -> bool:
    """A goal word and its number opening the text (`基本目標１ 地域の魅力で…`, `基本目標Ⅲ：…`, `【基本目標2】…`), or a
    policy heading (`重点施策 1-1 方針1:…`): a goal heading."""
    return bool(_GOAL_HEADING.match(nfkc(text).strip())) or policy_heading(text)


#: A policy heading line (`重点施策 1-1 方針1:…`, 004): its label and a title; read as a heading between tables under a
#: project only (`Surroundings.read`), not by `goal_level`, which text readers also ask about lines inside tables.
@lru_cache(maxsize=1 << 16)
def policy_heading(text: str) -> bool:
    """A policy heading with its title (`重点施策 1-1 方針1:…`; normalize.goals reads its parts)."""
    match = POLICY_HEADING.match(nfkc(text).strip())
    return match is not None and bool(match.group(4).strip())

_BRACKETS = re.compile(r"[()\[\]]")
#: A parenthesised part of a header, compared form (`(達成率)` of `実績値(R5)(達成率)`).
_PARENTHESISED = re.compile(r"\([^()]*\)")
#: A goal word and its number, nothing more (`施策1-2`, `基本目標３`), compared form: a goal's code printed alone.
_CODE_ALONE = re.compile(r"\D{1,8}\d[\d\-.・]*")
#: A unit printed alone in brackets, compared form (`（人）` → `(人)`).
_BRACKETED_UNIT = re.compile(r"\((?:" + "|".join(map(re.escape, longest_first(compact(u) for u in UNITS))) + r")\)")
#: A table number opening a caption (`表3`, `図表2-1`), compared form.
#: A unit field closing a caption after a space (`重要業績評価指標（KPI）　（単位：千人）`: the table's unit printed at
#: the right end of its caption line; layouts 164), after NFKC.
_UNIT_FIELD_TAIL = re.compile(r"\s+\(?(?:" + "|".join(map(re.escape, map(nfkc, UNIT_HEADER_WORDS))) + r")\s*(?:"
                              + "|".join(map(re.escape, map(nfkc, DEPARTMENT_FIELD_SEPARATORS))) + r")\s*[^\s()]+\)?$")
#: Brackets around a unit field line (`【単位：件】`), after NFKC.
_FIELD_BRACKETS = nfkc(CAPTION_BRACKETS) + "()"
_NO_SECTION_AFTER = "".join((CALENDAR_YEAR_SUFFIX, MONTH_SUFFIX, DAY_SUFFIX))
#: Numbers that open a section heading: `1.` `1 ` `1-1` `(1)` `①` `II.`, `第1章` (not `2024年…`, `第2期`).
_SECTION_NUMBER = re.compile(
    rf"^(?:\(\d{{1,3}}\)|\d{{1,3}}(?:\s*[-.]\s*\d{{1,3}})*(?:\.|\s|(?=[^\d\s.,/:{_NO_SECTION_AFTER}]))"
    rf"|[{CIRCLED_NUMBERS}]|[IVX]{{1,4}}(?:\.|\s)|{ORDINAL_PREFIX}\s*\d+\s*(?:{'|'.join(SECTION_WORDS)}))"
)


def section_heading(text: str) -> bool:
    """The text (NFKC) opens with a section number (`3.数値目標の達成状況`, `(1)`, `第3章`): a heading, no title."""
    return bool(_SECTION_NUMBER.match(text))


_CAPTION_NUMBER = re.compile("^(?:" + "|".join(map(re.escape, CAPTION_NUMBER_WORDS)) + r")\d+(?:[-.]\d+)?")
#: A reference caption's word in brackets or before a colon (`(参考)`, `【参考】`, `参考:`), compared form.
_REFERENCE_CAPTION = re.compile("^[(" + re.escape(nfkc(CAPTION_BRACKETS[::2])) + "]?(?:"
                                + "|".join(map(re.escape, REFERENCE_CAPTION_WORDS)) + ")[):" + re.escape(
                                    nfkc(CAPTION_BRACKETS[1::2])) + "]")


@lru_cache(maxsize=1 << 16)
def header_role(text: str) -> str:
    """Role of a column from its header text: a header-word role, `value` (names a value role word) or `other`.

    A value role word wins over a name or unit word in the same header (`KPI目標値`, `目標値（単位：件）`); a role word
    with a year word alone (`基準年度`) heads the years of that role's values (`period`).
    """
    folded = compact(text)
    if folded in _NUMBER_KEYS:
        return NUMBER
    if bare_header_year(folded) is not None:
        return OTHER  # `2020` alone: a header's year only where the table's structure says so (`header_years`)
    if (own := _role_under_kind_band(text)) is not None:
        return own
    if (band := value_band(folded)) is not None:
        return header_role(band)
    if folded in _PERIOD_KEYS:
        return PERIOD
    if name_header_dates(text) is not None:
        return NAME
    if folded in _NARRATIVE_CELL_KEYS:
        return NARRATIVE
    if folded in _TREND_KEYS:
        return PROGRESS
    if folded in _CHANGE_CELL_KEYS:
        return CHANGE
    value = parse_header(text)[0] is not None
    for word, role in _HEADER_KEYS:
        if word in folded:
            # a progress word only in brackets under a value header (`実績値（R5）（達成率）` over `1,234件 (82.3%)`,
            # layouts 148) says what the cells print in brackets after the value: the column is the role's values
            bracketed = role == PROGRESS and word not in _PARENTHESISED.sub("", folded)
            if role == PROGRESS and not bracketed and any(key in folded for key in _REASON_KEYS):
                return REASON  # the reason of a grade (`評価の理由`, `進捗状況の要因`): what the column explains
            return VALUE if value and (role in (NAME, UNIT, CHANGE) or bracketed) else role
    return VALUE if value else OTHER


@lru_cache(maxsize=1 << 12)
def name_header_dates(text: str) -> str | None:
    """The value role whose year a name header says each name's bracket prints (`指標名（基準年度）` over
    `年間出生数（R4）`: the baseline's year; layouts 272, common in KPI推移 tables whose indicators start from other
    years), else None: the header is the name column's, the bracket a year column's header (`基準年度`) folded in."""
    found = re.fullmatch(r"(.+?)\(([^()]+)\)", compact(text))
    if found is None or found.group(2) not in _PERIOD_KEYS or header_role(found.group(1)) != NAME:
        return None
    return parse_header(found.group(2))[0]


#: Roles a header piece under a kind band keeps as its own: a column of its own that is no part of the indicator's
#: name or values (`担当課`, `単位`, `評価` under `重要業績評価指標（KPI）`).
_OWN_COLUMN_ROLES = (DEPARTMENT, UNIT, PROGRESS, REASON, NOTE, NUMBER)


def _role_under_kind_band(text: str) -> str | None:
    """The role of a header piece printed under a band naming the indicators' kind (`重要業績評価指標（KPI）` merged
    over `指標名 | 基準値 | … | 担当課`, layouts 245): the band names what all its columns are about, the piece under
    it what its own column holds; else None (one piece, or a piece that is itself a kind)."""
    band, _, rest = text.partition("\n")
    if not rest.strip() or kind_of(band) is None or kind_of(rest) is not None:
        return None
    own = header_role(rest)
    return own if own in _OWN_COLUMN_ROLES else None


def numbered_caption(text: str) -> bool:
    """A numbered caption of a table of its own (`表３　主な事業と事業費`), not one continued (`表３（続き）`)."""
    return bool(_CAPTION_NUMBER.match(compact(text))) and not continued_caption(text)


def continued_caption(text: str) -> bool:
    """A numbered caption printed again over the rest of its table on a later page (`表２　重要業績評価指標（続き）`,
    `表３ つづき`): page furniture of the table, neither a name's part nor a table of its own."""
    folded = compact(text)
    return bool(_CAPTION_NUMBER.match(folded)) and any(word in folded for word in CONTINUED_CAPTION_WORDS)


def opens_new_table(text: str) -> bool:
    """A caption that announces a table of its own: a numbered one (`numbered_caption`) or a reference caption
    (`（参考）市町村別の…`)."""
    return numbered_caption(text) or bool(_REFERENCE_CAPTION.match(compact(text)))


#: a bracketed continued word closing a line (`基本目標１　…（続き）`)
_CONTINUED_CLOSE = re.compile(r"[（(]\s*(?:" + "|".join(map(re.escape, CONTINUED_CAPTION_WORDS)) + r")\s*[）)]\s*$")


def continued_heading(text: str) -> str | None:
    """The heading a line restates as going on from the page before (`基本目標１　…（続き）` → `基本目標１　…`), or None
    when the line says no such thing."""
    found = _CONTINUED_CLOSE.search(text)
    return text[:found.start()].rstrip() if found else None


_VALUE_BAND_KEYS = frozenset(compact(w) for w in KIND_VALUE_BAND_WORDS)


def _band_words(rest: str) -> bool:
    """What follows a kind word is only a value band's words (`の推移`, `年度別実績`): the cell heads value columns."""
    for link in ("", *KIND_CAPTION_LINKS):
        if rest.startswith(link) and rest[len(link):] in _VALUE_BAND_KEYS:
            return True
    return False


def value_band(text: str) -> str | None:
    """The kind word of a value band's header (`KPIの年度別実績` → `KPI`): a cell over the value columns (or a line
    alone above a table's header) that names no kind (`kind_of`) and is no column of its own; else None."""
    folded = compact(text)
    # the generic word makes such a band too (`指標の推移`)
    for word in (*(word for word, _ in _KIND_KEYS), GENERIC_KIND):
        if folded.startswith(word) and _band_words(folded[len(word):]):
            return word
    return None


_BRACKETED = re.compile(r"\(([^()]*)\)")
_APPENDIX_LABEL = re.compile("^(?:" + "|".join(map(re.escape, map(compact, APPENDIX_LABELS))) + ")")


def _restated_kind(rest: str, kind: str) -> str:
    """What follows a kind word without the bracket restating that kind (`重要業績評価指標（KPI）の達成状況`: the
    `（KPI）` is the kind word's abbreviation, no part of the caption's length; layouts 269)."""
    found = _BRACKETED.match(rest)
    inner = found.group(1) if found else ""
    return rest[found.end():] if found and any(inner == w and k == kind for w, k in _KIND_KEYS) else rest


@lru_cache(maxsize=1 << 16)
def kind_of(text: str) -> str | None:
    """The indicator kind a caption or cell names (`数値目標`, `重要業績評価指標（ＫＰＩ）`, after a table number:
    `表３　重要業績評価指標`), else None. Remembered, as the other functions of the text alone here (`is_goal_heading`,
    `policy_heading`, `names_period`): every row and line of a table asks again (issue 13: 11,213 calls for 348 texts
    on the PDF bench corpus)."""
    # certain repairs first: an OCR slip in a caption (003 `数值目標`) still names its kind; a unit field after the
    # caption is the table's unit, no part of the caption
    text = _UNIT_FIELD_TAIL.sub("", nfkc(text).strip())
    folded = _CAPTION_NUMBER.sub("", compact(repair(text)[0]).lstrip(BULLET_MARKS).strip(CAPTION_BRACKETS), count=1)
    folded = _SECTION_NUMBER.sub("", folded, count=1)  # a section's heading (`３．数値目標の達成状況`)
    folded = _APPENDIX_LABEL.sub("", folded, count=1)  # the appendix it stands in (`資料編　…`)
    for word, kind in _KIND_KEYS:
        rest = _restated_kind(folded[len(word):], kind) if folded.startswith(word) else folded
        if folded.startswith(word) and len(rest) <= 8:
            # `成果指標の推移` over the value columns: a band header, naming no kind (layouts 169)
            return None if _band_words(rest) else kind
    for word, kind in _KIND_KEYS:
        scope = folded[:-len(word)] if folded.endswith(word) and kind != GENERIC_KIND else ""
        if scope.endswith(KIND_CAPTION_LINKS) and len(scope) <= KIND_CAPTION_SCOPE_CHARS + 1:
            return kind  # `各基本目標の数値目標`: a caption naming the kind of the table under it
    return None


def is_kind_word(text: str) -> bool:
    """A word a kind column prints (`数値目標`, `KPI`), or the generic `指標` alone."""
    return kind_of(text) is not None or compact(text) == GENERIC_KIND


def side_caption(text: str) -> str | None:
    """The kind a bracketed caption closing a line after other text names (`…令和元年に　【重要業績評価指標（KPI）】`:
    a page in two text columns, the right column's caption printed on one line with the left column's prose),
    else None."""
    parts = text.split()
    last = parts[-1] if len(parts) > 1 else ""
    kind = kind_of(last) if last[:1] in CAPTION_BRACKETS else None
    return kind if kind not in (None, GENERIC_KIND) else None


def kinds_named(text: str) -> set[str]:
    """Every specific indicator kind a text names anywhere (a document title `…数値目標の達成状況…`,
    `…重要業績評価指標（KPI）一覧`); the generic `指標名` kind is no kind here."""
    folded = compact(text)
    found = set()
    for word, kind in _KIND_KEYS:
        if word in folded and kind != GENERIC_KIND:
            found.add(kind)
            folded = folded.replace(word, " ")
    return found


def is_header_word(text: str) -> bool:
    """The text is a header word of some role (`指標名`, `目標値`, `担当課`)."""
    return header_role(text) != OTHER


def is_caption(text: str) -> bool:
    """A caption naming a specific kind (`数値目標`, `【重要業績評価指標（KPI）】`); a bare `指標名` is a header."""
    return kind_of(text) not in (None, GENERIC_KIND)


@lru_cache(maxsize=1 << 16)
def is_header_text(text: str) -> bool:
    """True for text that belongs in a header band: a header word, a role word, a bare period or qualifier.
    Remembered with `header_role` (a function of the text alone): every row of every grid asks again."""
    if not text.strip():
        return True
    if header_role(text) != OTHER:
        return True
    folded = compact(text)
    if names_period(text) or names_period_range(text) or total_word(text):
        return True
    return any(word in folded for word in map(nfkc, HEADER_QUALIFIERS))


def total_word(text: str) -> bool:
    """The text is a total word alone (`累計`, `合計`): a header cell whose values are totals over the range of years
    the cell under it prints (`（R3～R5）`), no role of its own until joined with it."""
    return compact(text) in _TOTAL_KEYS


def names_period_range(text: str) -> bool:
    """The text names a range of years and nothing else (`（R3～R5）` under `累計`, layouts 173)."""
    bare = _BRACKETS.sub("", compact(text))
    found = find_period_range(bare)
    return found is not None and found[2].end() == len(bare)


def labelled_value(text: str) -> bool:
    """The text prints a value after its role label (`現状：3,420事業所（R3）`, `normalize.header.role_labelled`): a
    body cell, though it opens with a role word; a label over a period alone (`目標：R10`) is a header's."""
    pieces = role_labelled(text)
    return bool(pieces) and any(any(ch.isdigit() for ch in body) and not names_period(body) for _, _, body in pieces)


_HEADER_WORD_KEYS = {word for word, _ in _HEADER_KEYS} | {compact(word) for word in ALL_ROLE_WORDS}
_HEADER_WORD_JOINERS = re.compile(r"[・/\s]+")


def is_header_words(text: str) -> bool:
    """The text is header words and nothing else, each whole (`現状値・目標値`, `所管課`): a header cell's text. A name
    holding a header word among its own words (`健康指標の改善率`) is not."""
    words = [word for word in _HEADER_WORD_JOINERS.split(nfkc(text)) if word]
    return bool(words) and all(compact(word) in _HEADER_WORD_KEYS for word in words)


@lru_cache(maxsize=1 << 16)
def names_period(text: str) -> bool:
    """The text names one period and nothing else (`（令和元年度）`, `R5`, `2023年度（令和5年度）`: one year in two
    calendars, also in brackets of its own: `（令和元年度（2019年度））`)."""
    folded = compact(text)
    if parse_period(_BRACKETS.sub("", folded)) is not None or parse_period(folded) is not None:
        return True
    # the year in both calendars in brackets (`（令和2年度（2020年度））`, after a role word and an ideographic space)
    return folded[:1] == "(" and folded[-1:] == ")" and parse_period(folded[1:-1]) is not None


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    role: str


@dataclass(frozen=True)
class TableLayout:
    """The columns of an indicator table and the grid rows its header occupies."""

    columns: tuple[Column, ...]
    header_start: int
    header_end: int  # first row after the header band
    first_row: tuple[str, ...] = ()  # texts of the band's first row, compared form: a repeated header matches it

    def of(self, role: str) -> list[Column]:
        return [c for c in self.columns if c.role == role]

    @property
    def signature(self) -> str:
        """Column headers in compared form, in order: two tables with equal signatures are one table continued. A
        unit field a text reader took into the band as a column (`単位：件` over the first page's header only) heads
        none, nor is it part of the header it was joined to as a line of its own (`【単位：件】` over `目標数値Ｒ１３`);
        the headers are compared as one text, so that a reader's cut between two of them on one page and not on the
        next (`番号 数値目標` in one column where a heading above it printed text, an empty column beside it) does not
        part the table."""
        return "".join(compact("\n".join(line for line in c.header.splitlines() if not unit_field_line(line)))
                       for c in self.columns if not unit_field_line(c.header))

    @property
    def usable(self) -> bool:
        """An indicator table: a name column and at least one value column."""
        return bool(self.of(NAME) and self.of(VALUE))


def name_groups(layout: TableLayout) -> list[TableLayout]:
    """One layout per group of columns a name column heads: a table printing several indicators a row, each its
    name column under the same header followed by its values (the national 効果検証 form's rows of projects,
    `事業名 | 指標名 目標値（R5） 実績値（R5） 達成率 | 指標名 目標値（R5） 実績値（R5） 達成率`, layouts 202). In each
    layout the other groups' columns are ELSEWHERE; the columns before the first name column belong to every group.
    A name column with no value column before the next one (a sub-name column, layouts 87) opens no group, and
    groups of unequal value columns are none (layouts 87 -raw: the sub-name header printed after the values)."""
    names = layout.of(NAME)
    values = [c.index for c in layout.of(VALUE)]
    starts = [names[0].index] + [c.index for c, before in zip(names[1:], names, strict=False)
                                 if compact(c.header) == compact(names[0].header)
                                 and any(before.index < v < c.index for v in values)]
    bounds = [*starts, len(layout.columns)]
    counts = {sum(lo < v < hi for v in values) for lo, hi in pairwise(bounds)}
    if len(starts) < 2 or len(counts) != 1:
        return [layout]  # groups of as many value columns each, or no groups (a name column read again after them)
    return [replace(layout, columns=tuple(
        c if c.index < starts[0] or lo <= c.index < hi else Column(c.index, c.header, ELSEWHERE)
        for c in layout.columns)) for lo, hi in pairwise(bounds)]


def row_texts(grid: Grid, row: int) -> list[str]:
    return [cell.text for cell in grid.cells if cell.row == row and cell.text.strip()]


def row_is_header(grid: Grid, row: int) -> bool:
    """Every text of the row is header-like and none is a goal heading (`基本目標1-2 …` names 目標); or the row
    names a name column and a value column and its other texts hold no digit (a header with a word no
    vocabulary knows, `事業名`: its column is reported, the table still read)."""
    texts = row_texts(grid, row)
    if not texts or any(is_goal_heading(t) or arrow_figures(t) for t in texts):
        return False  # a boxed `現状値 52人（R5） → 目標値 60人（R11）` (layouts 177) states figures: no header
    if all(is_header_text(t) for t in texts):
        return True
    if any(bare_header_year(compact(t)) is not None for t in texts) and header_years(grid, row):
        return True  # the grid is looked at again only for a row printing a bare year (issue 13)
    roles = {header_role(t) for t in texts}
    others = [t for t in texts if not is_header_text(t)]
    return NAME in roles and VALUE in roles and all(_unknown_header(t) for t in others)


def _unknown_header(text: str) -> bool:
    """A header cell of a word no vocabulary names, perhaps with its year (`事業名`, `到達値（R4）`): its column is
    reported, the table still read. A digit elsewhere than in the year makes it a body cell (`1,850人`)."""
    found = find_period(nfkc(text))
    rest = nfkc(text)[:found[1].start()] + nfkc(text)[found[1].end():] if found else nfkc(text)
    return not any(ch.isdigit() for ch in rest)


def _year_of(text: str) -> int | None:
    """The year a header text names: a bare western year (`bare_header_year`) or the period `parse_header` reads."""
    bare = bare_header_year(compact(text))
    if bare is not None:
        return bare
    period = parse_header(text)[1]
    found = _YEAR.search(period or "")
    return int(found.group(0)) if found else None


def _stands_in(text: str) -> bool:
    """A value cell printing no figure in its place: a placeholder dash or a pending word (`－`, `未集計`)."""
    return is_dash_run(nfkc(text).strip()) or any(
        (v.note or "").startswith(PENDING_VALUE_NOTE) for v in parse_cell(text))


def _values_under(grid: Grid, row: int, cols: list[int]) -> bool:
    """Each of the columns prints a figure (a digit) in some row below `row`, or a stand-in for one (a year not
    reported yet, `未集計`, in the only row a goal band leaves under the header), some column a figure; and none
    prints a bare year there: the columns of values a header's years stand over, not a row of years over more
    years."""
    below = [c for c in grid.cells if c.row > row and c.col in cols and c.text.strip()]
    figures = {c.col for c in below if any(ch.isdigit() for ch in c.text)}
    stand_ins = {c.col for c in below if _stands_in(c.text)}
    return bool(figures) and all(col in figures | stand_ins for col in cols) and not any(
        bare_header_year(compact(c.text)) is not None for c in below)


#: Words printed in a value cell for a figure not there yet (`未集計`).


def header_years_line(texts: list[str]) -> bool:
    """The texts of a header row whose years are printed bare (`指標 | 2019 | 2020 | 2021 | 目標(2026)`), as far as
    the row alone can say: every other text is a header text and one names the indicator column (the header's
    position: a body row prints a name there); the bare years (in HEADER_YEARS) rise from left to right and never
    fall back behind a year another header of the row names. Never by a number alone: a reader also checks what
    is under them (`header_years`)."""
    bare = {k for k, t in enumerate(texts) if bare_header_year(compact(t)) is not None}
    others = [t for k, t in enumerate(texts) if k not in bare]
    if not bare or not others or not all(is_header_text(t) for t in others) \
            or NAME not in {header_role(t) for t in others}:
        return False
    return _rising([_year_of(t) for t in texts], strict_at=bare)


def bare_years_line(texts: list[str]) -> bool:
    """Two or more western years alone, bracketed or not, rising left to right (`2017 2018 2019 2026`, `(2020)
    (2021)`): a header's line of years under the role words whose columns they date (a body row opens with its
    name), no line of values."""
    years = [bare_header_year(compact(text)) for text in texts]
    return len(years) >= 2 and None not in years and all(a < b for a, b in pairwise(years))  # type: ignore[operator]


def header_years(grid: Grid, row: int) -> bool:
    """A grid row of a header whose years are printed bare (`header_years_line`), figures printed under each of its
    bare years in the rows below (`_values_under`)."""
    cells = sorted((c for c in grid.cells if c.row == row and c.text.strip()), key=lambda c: c.col)
    return header_years_line([c.text for c in cells]) and _values_under(
        grid, row, [c.col for c in cells if bare_header_year(compact(c.text)) is not None])


def _rising(years: list[int | None], strict_at: set[int]) -> bool:
    """The years printed (None where a text names none) never fall from left to right, and rise at every position
    of `strict_at` (two bare years are two columns, never one year twice)."""
    last = None
    for k, year in enumerate(years):
        if year is None:
            continue
        if last is not None and (year < last or (year == last and k in strict_at)):
            return False
        last = year
    return True


def _layout(grid: Grid, start: int, end: int) -> TableLayout:
    columns = []
    heads: list[list[GridCell]] = []
    for col in range(grid.n_cols):
        parts: list[GridCell] = []
        seen: set[int] = set()
        for row in range(start, end):
            for i, cell in enumerate(grid.cells):
                covers = cell.row <= row < cell.row + cell.row_span and cell.col <= col < cell.col + cell.col_span
                if covers and i not in seen and cell.row >= start:
                    seen.add(i)
                    if cell.text.strip():
                        parts.append(cell)
        # a unit field line (`（単位：千円）`) a text reader put into the band over a column's header word is the
        # table's unit (`ingest.table.interpret._header_unit`), no word of that column's header (layouts 191)
        parts = [cell for cell in parts if not unit_field_line(cell.text)] if len(parts) > 1 else parts
        heads.append(parts)
        header = "\n".join(cell.text.strip() for cell in parts)
        role = header_role(header) if header else NAME if col == grid.name_col else OTHER
        if role == OTHER and parts and all(bare_header_year(compact(p.text)) is not None for p in parts):
            role = VALUE  # a bare year the band holds (`header_years`, `_year_line`): that year's values
        columns.append(Column(col, header, role))
    columns = _band_labels_apart(grid, columns, heads)
    if grid.line_rows:
        columns = _shift_headers(grid, columns, end)
        columns = _sub_name_column(grid, columns, end)
    if grid.delimited:
        columns = _split_goal_headers(columns)
    columns = _label_over_names(grid, columns, end)
    spread = spread_over_total(spread_years_over_roles(spread_role_words([c.header for c in columns])))
    columns = [c if h == c.header else Column(c.index, h, header_role(h)) for c, h in zip(columns, spread, strict=True)]
    return TableLayout(tuple(columns), start, end, tuple(compact(t) for t in row_texts(grid, start)))


def unit_field_line(text: str) -> bool:
    """The text is a unit field alone (`（単位：千円）`, `単位：人`, `【単位：件】`)."""
    return bool(_UNIT_FIELD_TAIL.match(" " + nfkc(text).strip().strip(_FIELD_BRACKETS)))


def _band_labels_apart(grid: Grid, columns: list[Column], heads: list[list[GridCell]]) -> list[Column]:
    """Columns under a band label read by the rows below it: a header cell over value columns, above their role or
    period rows, that names no role or period itself (`進捗状況`, `数値目標` merged over `基準値 | 実績値 | 目標値`:
    spanning them, or printed over the first or middle one with nothing beside it on its line) labels the values,
    not a column of its own kind; where its word would make a column a progress or kind column, the column is
    headed by its own rows."""
    def below(col: int, cell: GridCell) -> str:
        return "\n".join(c.text.strip() for c in heads[col] if c.row > cell.row)

    def valued(col: int, cell: GridCell) -> bool:
        return 0 <= col < len(columns) and header_role(below(col, cell)) == VALUE

    def band_label(cell: GridCell) -> bool:
        if header_role(cell.text) == VALUE or names_role(cell.text) or names_period(cell.text):
            return False
        spanned = range(cell.col, cell.col + cell.col_span)
        if not all(valued(col, cell) for col in spanned):
            return False
        beside = [col for col in (cell.col - 1, cell.col + cell.col_span) if valued(col, cell)
                  and not any(c.row == cell.row for c in heads[col])]
        return len(spanned) > 1 or bool(beside)

    out = list(columns)
    for column, parts in zip(columns, heads, strict=True):
        if column.role == VALUE or not parts or not band_label(parts[0]):
            continue
        rest = below(column.index, parts[0])
        out[column.index] = Column(column.index, rest, VALUE)
    return out


def year_only(text: str) -> bool:
    """A header text naming a period and nothing else, unbracketed (`R7`, `令和７年度`): a yearly sub-column."""
    folded = compact(text)
    return folded[:1] not in ("(", "[") and parse_period(folded) is not None and not names_role(text)


def names_role(text: str) -> bool:
    """The text names a value role (`実績値`, `目標`) anywhere in it."""
    folded = compact(text)
    return any(word in folded for word in _ROLE_KEYS)


def _role_alone(text: str) -> bool:
    """A value-role word that prints no period (`実績値`, `目標`): the header of a cell merged over yearly
    sub-columns when years are printed under it."""
    return header_role(text) == VALUE and names_role(text) and parse_header(text)[1] is None


def _spanning_word(text: str) -> str | None:
    """The role word of a header that prints a yearly role word without period over a bare year (`目標値` / `R8`),
    else None."""
    first, _, rest = text.partition("\n")
    if _role_alone(first) and parse_header(first)[0] in YEARLY_ROLES and year_only(rest):
        return first
    return None


def role_over_years(words: list[str], years: list[str], joiner: str = "\n") -> list[str] | None:
    """A header's words with the one value-role word that prints no period (`_role_alone`) made one column per year
    printed under it (`実績値` / `R2 R3 R4` → `実績値\nR2` …, the role word and the year joined by `joiner`), where
    the word stands; None when no word or several do, or fewer than two years. The text readers' form of
    `spread_role_words`, for a layer that prints the years on a line apart (`raw_rows`, `typed_rows`,
    `header_words.grouped_years`)."""
    alone = [k for k, w in enumerate(words) if _role_alone(w)]
    if len(years) < 2 or len(alone) != 1:
        return None
    k = alone[0]
    return [*words[:k], *(f"{words[k]}{joiner}{year}" for year in years), *words[k + 1:]]


def _whole_header(text: str) -> bool:
    """A header of one value column on its own: a role word with or without its period (`R4 実績`, `実績値`), or a
    change or progress word (`増減`, `達成率`)."""
    return names_role(text) or header_role(text) in (CHANGE, PROGRESS)


def periods_joined(words: list[str]) -> list[str] | None:
    """Header words with a bare period joined to the role word without period after it (`R4` `実績` → `R4 実績`) and
    a bracketed period to the word before it (`実績値` `（R5）`); None when a bare period has no such word after it."""
    out: list[str] = []
    period = ""
    for word in words:
        if period:
            if not _role_alone(word):
                return None
            out.append(f"{period} {word}")
            period = ""
        elif year_only(word):
            period = word
        elif out and names_period(word) and not names_role(word):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return None if period else out


def header_pieces(text: str) -> list[str] | None:
    """The headers of a text holding two or more whole role/period headers printed one space apart (`R4 実績 R5 実績
    増減`: three columns a text layer left one space apart), each a period with its role word or a role word alone
    (`_whole_header`, `periods_joined`). None when a word is no such header's, or the text is one header (`令和 5 年度`,
    `目標値（R7）`)."""
    pieces = periods_joined(text.split())
    if pieces is None or len(pieces) < 2 or not all(_whole_header(piece) for piece in pieces):
        return None
    return pieces


def spread_role_words(headers: list[str]) -> list[str]:
    """Column headers with a yearly role word without period spread over its run of bare-year columns: a merged
    cell `目標値` over `R7 R8 R9 R10` that a text layer prints over one of them (its middle, `目標値` / `R8`) or over
    the first (in text order, before them) heads every column of the run (`目標値` / `R7` …). A run whose role
    words are two (each claims part of it) or whose only word stands over its last year (a target year after
    bare actual years: `R4 R5 R6` · `目標` / `R7`) stays as printed; so does a run of one column."""
    out = list(headers)
    k = 0
    while k < len(headers):
        end = k
        while end < len(headers) and (year_only(headers[end]) or _spanning_word(headers[end])):
            end += 1
        words = [i for i in range(k, end) if _spanning_word(headers[i])]
        if end - k >= 2 and len(words) == 1 and words[0] < end - 1:
            word = _spanning_word(headers[words[0]])
            out[k:end] = [h if i == words[0] else f"{word}\n{h}" for i, h in enumerate(headers[k:end], k)]
        k = max(end, k + 1)
    return out


def spread_over_total(headers: list[str]) -> list[str]:
    """Column headers with a dated role cell merged over a qualifier and a total sub-column (`実績値（R5）` over
    `単年度` | `累計`, layouts 205) that a text layer printed over the first only: a total word alone (`累計`) right
    after a column headed by a dated role over a qualifier (`実績値（R5）` / `単年度`) takes that role and period: the
    year's running total beside the year's own figure."""
    out = list(headers)
    for k in range(1, len(headers)):
        lines = headers[k - 1].strip().split("\n")
        if total_word(headers[k]) and len(lines) > 1 and header_role(lines[0]) == VALUE and parse_header(lines[0])[1] \
                and compact("".join(lines[1:])) in _QUALIFIER_KEYS:
            out[k] = f"{lines[0]}\n{headers[k].strip()}"
    return out


def spread_years_over_roles(headers: list[str]) -> list[str]:
    """Column headers with a year merged over role sub-columns (`R3年度` over `目標値 | 実績値`, layouts 196) that a
    text layer printed over the first only (`R3年度` / `目標値`, then `実績値` alone): each role word without period
    right after such a column takes its year. Only where the pattern repeats (two years at least, each over the
    same roles): a lone role word beside a dated column may head a column of its own (a year column's)."""
    pairs: list[tuple[int, str]] = []
    for k in range(1, len(headers)):
        lines = headers[k - 1].strip().split("\n")
        if _role_alone(headers[k]) and len(lines) > 1 and year_only(lines[0]) and _role_alone("\n".join(lines[1:])) \
                and compact(headers[k]) != compact("".join(lines[1:])):
            pairs.append((k, lines[0]))
    out = list(headers)
    if len(pairs) >= 2 and len({compact(headers[k]) for k, _ in pairs}) == 1:
        for k, year in pairs:
            out[k] = f"{year}\n{headers[k]}"
    return out


def _split_goal_headers(columns: list[Column]) -> list[Column]:
    """In rows split at a delimiter, a goal label split at its space (`2⇥ひとの創生`) stands in two cells under a
    header printed over the second (`⇥大基本目標`): a column without header left of a goal column is part of it."""
    for i in range(len(columns) - 2, -1, -1):
        right = columns[i + 1]
        if not columns[i].header and right.role in GOAL_COLUMN_ROLES:
            columns[i] = Column(i, right.header, right.role)
    return columns


def _shift_headers(grid: Grid, columns: list[Column], end: int) -> list[Column]:
    """In a table of text lines a header word may stand beside its column (`指標名` centred over names printed
    from the left margin): a header over no text at all, next to a column of text without header, names that
    column."""
    filled = {c.col for c in grid.cells if c.row >= end and c.text.strip()}
    for column in list(columns):
        if not column.header or column.index in filled:
            continue
        for index in (column.index - 1, column.index + 1):
            if 0 <= index < len(columns) and not columns[index].header and index in filled:
                columns[index] = Column(index, column.header, column.role)
                columns[column.index] = Column(column.index, "", OTHER)
                break
    return columns


def _label_word(text: str) -> bool:
    """One word that may label a sub-indicator (`男性`, `胃がん`): text only, no digit, no bracket, no space, no
    header or kind word."""
    folded = nfkc(text).strip()
    return bool(folded) and not _BRACKETS.search(folded) and not any(ch.isspace() or ch.isdigit() for ch in folded) \
        and header_role(folded) == OTHER and not is_kind_word(folded)


def _label_over_names(grid: Grid, columns: list[Column], end: int) -> list[Column]:
    """Of two columns headed like names, one that prints nothing under the header is a box's label merged down
    beside a table nested in the box (layouts 167: `成果指標` left of `指標名 現状値（R5） 目標値（R10）`): the
    names are in the column that prints them; the label's kind word heads them too, over a generic `指標名`."""
    names = [c for c in columns if c.role == NAME]
    if len(names) < 2:
        return columns
    printed = {c.col for c in grid.cells if c.row >= end and c.text.strip()}
    kept = [c for c in names if c.index in printed]
    labels = [c for c in names if c.index not in printed]
    if not kept or not labels:
        return columns
    out = [Column(c.index, c.header, OTHER) if c in labels else c for c in columns]
    kind = kind_of(labels[0].header)
    if kind not in (None, GENERIC_KIND) and kind_of(kept[0].header) in (None, GENERIC_KIND):
        out[kept[0].index] = Column(kept[0].index, f"{labels[0].header}\n{kept[0].header}", NAME)
    return out


def _sub_name_column(grid: Grid, columns: list[Column], end: int) -> list[Column]:
    """A column without header between the names and the values whose texts are all one-word labels, one on a
    line under a name merged down over them (layouts 87 -layout: `(2) 運動習慣のある人の割合   男性   28.0%`, then
    `女性   21.5%` on a line without name): the `指標名` cell spans both columns, the second names sub-indicators.
    It is headed like the name column (`rows._sub_name_columns` reads its labels as the rows' segments and flags
    a label it does not know). In a table without row numbers only segment labels (`男性` / `女性`) say so."""
    names = [c for c in columns if c.role == NAME]
    values = [c.index for c in columns if c.role == VALUE]
    if len(names) != 1 or not names[0].header or not values:
        return columns
    name = names[0].index
    numbered = any(c.role == NUMBER for c in columns)
    named = {c.row for c in grid.cells if c.col == name and c.text.strip()}
    for column in columns[name + 1:min(values)]:
        if column.header:
            continue
        body = [c for c in grid.cells if c.col == column.index and c.row >= end and c.text.strip()]
        if any(c.row not in named for c in body) and all(
                _label_word(c.text) and (numbered or nfkc(c.text).strip() in SEGMENT_LABELS) for c in body):
            columns[column.index] = Column(column.index, names[0].header, NAME)
    return columns


#: A header cell is a label: a row below the first header row with a cell longer than this (compared form) is
#: body text naming a role word in passing (the prose of a row broken over a page, under the repeated header).
MAX_HEADER_CELL_CHARS = 60


def _continues_header(grid: Grid, start: int, row: int) -> bool:
    """A text-line row that finishes header words wrapped from the rows above (`指標の担当` / `課`): one of its texts
    is a header text, and every other one, without a digit, gives the text above it in its column a new role. A
    goal heading (`基本目標１ …` in a row of its own under the header) opens the body, as in `row_is_header`."""
    if not grid.line_rows or row <= start:
        return False
    cells = [c for c in grid.cells if c.row == row and c.text.strip()]
    if not cells or not any(is_header_text(c.text) for c in cells) or any(
            is_goal_heading(c.text) for c in cells):
        return False
    for cell in cells:
        if is_header_text(cell.text):
            continue
        above = "".join(t for r in range(start, row) if (t := (grid.text_at(r, cell.col) or "").strip()))
        if not above or any(ch.isdigit() for ch in nfkc(cell.text)):
            return False
        if header_role(above + cell.text) in (OTHER, header_role(above)):
            return False
    return True


#: Longest piece of a header word printed upright, one or two characters a line (`単` / `位`, `基本` / `目標`).
MAX_UPRIGHT_CHARS = 2


def _upright_band(grid: Grid, start: int, last: int) -> TableLayout | None:
    """In a table of text lines, header words printed upright (`担` / `当` / `課` over and under the header line,
    beside `指標名` printed once): the rows around the band that hold only such pieces belong to it when, so
    joined, they give columns without a role one (a unit, a department, a goal column); else None."""
    if not grid.line_rows:
        return None

    def piece_row(row: int) -> bool:
        texts = row_texts(grid, row)
        return all(len(compact(t)) <= MAX_UPRIGHT_CHARS and not any(ch.isdigit() for ch in nfkc(t)) for t in texts)

    top, bottom = start, last
    while top > 0 and piece_row(top - 1):
        top -= 1
    while bottom + 1 < grid.n_rows and piece_row(bottom + 1) and not row_is_header(grid, bottom + 1):
        bottom += 1
    while top < start and not row_texts(grid, top):
        top += 1
    while bottom > last and not row_texts(grid, bottom):
        bottom -= 1
    if (top, bottom) == (start, last):
        return None
    narrow, wide = _layout(grid, start, last + 1), _layout(grid, top, bottom + 1)
    named = [c for c in wide.columns if c.role != OTHER]
    if not wide.usable or len(named) <= len([c for c in narrow.columns if c.role != OTHER]):
        return None
    if any(c.header and c.role == OTHER for c in wide.columns):
        return None  # pieces that join into no header word: not a header printed upright
    return wide


_YEAR = re.compile(r"\d{4}")


def _dates_body(grid: Grid, start: int, row: int) -> bool:
    """A line of bare periods (`（令和３年）`) under header rows whose column already names another period (`現状値
    （令和５年度）`): the values' own years of a body row (a row broken over a page whose next page repeats the header,
    or a row printing only years), not a header line. A period line under a header without years, or restating the
    header's year (`令和元年度` / `（2019年度）`), stays in the header."""
    cells = [c for c in grid.cells if c.row == row and c.text.strip()]
    periods = [parse_period(_BRACKETS.sub("", compact(c.text))) for c in cells]
    if not cells or not all(periods):
        return False
    for cell, period in zip(cells, periods, strict=True):
        above = "".join(t for r in range(start, row) if (t := (grid.text_at(r, cell.col) or "").strip()))
        named = parse_header(above)[1] if above else None
        if named and _YEAR.findall(named) != _YEAR.findall(period or ""):
            return True
    return False


def _cells_above(grid: Grid, start: int, row: int, col: int) -> list[GridCell]:
    """The header cells over column `col` from row `start` to above `row`, top first, but a label ruled over several
    value columns (`band_label`: `数値` spanning them all says nothing of one column, and read with the role under
    it, `数値` + `目標`, it would make the name header `数値目標`)."""
    cells = sorted((c for c in grid.cells if c.text.strip() and start <= c.row < row
                    and c.col <= col < c.col + c.col_span), key=lambda c: c.row)
    return [c for c in cells if not (c.col_span > 1 and band_label(c.text))]


def _year_line(grid: Grid, start: int, row: int) -> bool:
    """A line of western years alone (`（2019）`, `2020`) under the header's first row: the header's years, when each
    stands under a value column and either restates the year its header names (`令和元年度` / `（2019）`: the other
    calendar) or names one where the header names none (`計画策定時` / `(2019)`, the role word merged over several
    years); the years rise from left to right, no year stands under the indicator column, and figures are printed
    under them. A body row of values 2019/2020 prints its indicator's name, and no figure under it is a year."""
    cells = sorted((c for c in grid.cells if c.row == row and c.text.strip()), key=lambda c: c.col)
    if row <= start or not cells:
        return False
    years = [bare_header_year(compact(c.text)) for c in cells]
    if None in years or not _rising(years, strict_at=set(range(len(years)))):
        return False
    restated = new = 0
    for cell, year in zip(cells, years, strict=True):
        above = "\n".join(c.text.strip() for c in _cells_above(grid, start, row, cell.col))
        named = parse_header(above)[1] if above else None
        if named:
            if _YEAR.findall(named) != [str(year)]:
                return False
            restated += 1
        elif above and header_role(above) != VALUE:
            return False
        else:
            new += 1  # under a role word without year, or under one merged over its neighbours (nothing above)
    if not new:
        return True
    return (restated or any(grid.text_at(r, c.col) for r in range(start, row) for c in cells)) \
        and _values_under(grid, row, [c.col for c in cells])


def _segment_line(grid: Grid, start: int, row: int) -> bool:
    """A line of segment labels alone (`男性 | 女性 | 男性 | 女性`) under value headers merged over them
    (`基準値（R4）`, `目標値（R14）`, layouts 198): the header's last line, each label the segment of the values under
    it. Two labels at least, every one under a value header; a body row prints its indicator's name."""
    cells = [c for c in grid.cells if c.row == row and c.text.strip()]
    if row <= start or len(cells) < 2 or any(nfkc(c.text).strip() not in SEGMENT_LABELS for c in cells):
        return False
    return all(header_role("\n".join(a.text.strip() for a in _cells_above(grid, start, row, c.col))) == VALUE
               for c in cells)


_WHOLLY_BRACKETED = re.compile(r"^[(\[][^()\[\]]+[)\]]$")


def _bracket_line(grid: Grid, start: int, row: int) -> bool:
    """A line of bracketed cells under the header's words (`事業開始前` / `（2023年度）`, `2024年度増加分` /
    `（１年目）`, layouts 197 in a `-layout` text layer, a line between them): the header's last line, when every
    cell stands under a header word, one names a period at least, and a cell not bracketed ends the word above it
    (`ＫＰＩ増加の` / `累計`). A body row prints its indicator's name."""
    cells = [c for c in grid.cells if c.row == row and c.text.strip()]
    if row <= start or len(cells) < 2:
        return False
    bracketed = [c for c in cells if _WHOLLY_BRACKETED.match(compact(c.text))]
    if len(bracketed) < 2 or not any(parse_period(compact(c.text)[1:-1]) for c in bracketed):
        return False
    for cell in cells:
        above = "".join(c.text.strip() for c in _cells_above(grid, start, row, cell.col))
        if not above or (cell not in bracketed and header_role(above + cell.text.strip()) in (OTHER, NAME)):
            return False
    return True


def _note_under(grid: Grid, row: int) -> bool:
    """A row printing one text from the first column that is a note (`※１ 目標値は第２期計画策定時に上方修正` under a
    header printed again after a page break): never a header line, though it names a role word."""
    from ingest.text.furniture import note_line  # furniture reads this module's `compact`: imported here

    cells = [c for c in grid.cells if c.row == row and c.text.strip()]
    return len(cells) == 1 and cells[0].col == 0 and note_line(cells[0].text)


def labelled_field(text: str) -> bool:
    """A field printed as `label: text` (`関連事業: インクルーシブ教育推進事業`): a header word, a colon, then text that
    is no header word, period or unit: a body cell's field, which ends a header band, though it opens with a
    column's word. A label over header words or a period (`上段：目標値`, `目標：R10`) or a unit field is a header's."""
    folded = nfkc(text).strip()
    label, colon, body = folded.partition(":")
    return bool(colon) and bool(body.strip()) and header_role(label) != OTHER and not is_header_text(body) \
        and not unit_field_line(folded)


def _cites(text: str) -> bool:
    """Text opening a quote (`…における「重点施策 7-1 互`): a sentence citing a phrase, never a header's words,
    whatever header word the phrase holds."""
    return NAME_QUOTES[0] in nfkc(text)


def _band_at(grid: Grid, start: int) -> TableLayout:
    """The header band that starts at row `start` (a header row), however many lines it has."""
    end = last = start

    def goes_on(row: int) -> bool:
        texts = row_texts(grid, row)
        # empty rows (the gaps between text lines of a whitespace table) do not end the band
        if texts and row > start and (_dates_body(grid, start, row) or any(map(labelled_value, texts))
                                      or _note_under(grid, row) or any(map(_cites, texts))
                                      or any(map(labelled_field, texts))):
            # a value after its role label (`現状：3,420事業所（R3）`), a note, or a sentence citing a phrase in
            # quotes (`市民意識調査における「重点施策 7-1 互`, a text cell's first line) opens the body
            return False
        return not texts or _continues_header(grid, start, row) or _year_line(grid, start, row) \
            or _segment_line(grid, start, row) or _bracket_line(grid, start, row) or (
            row_is_header(grid, row) and (row == start or all(len(compact(t)) <= MAX_HEADER_CELL_CHARS for t in texts)))

    while end < grid.n_rows and (end == start or goes_on(end)):  # the first row may be a band's top (`_band_top`)
        last = end if row_texts(grid, end) else last
        end += 1
    # a text ending in a particle goes on in the line below (`…町内企業への` / `就職者数`): the band's last line
    # cannot be one, it is a name that happens to hold a header word (`説明`), opening the body
    while last > start and all(nfkc(t).rstrip().endswith(NAME_OPEN_ENDINGS) for t in row_texts(grid, last)):
        last = max((r for r in range(start, last) if row_texts(grid, r)), default=start)
    band = _upright_band(grid, start, last) or _layout(grid, start, last + 1)
    first = row_texts(grid, start)
    if last > start and len(first) == 1 and (is_caption(first[0]) or nfkc(first[0]).rstrip().endswith(
            SENTENCE_ENDINGS)):
        below = _layout(grid, start + 1, last + 1)
        if below.usable:
            # a caption (`【重要業績評価指標（KPI）】`) standing on the line above the header, or a sentence naming
            # header words in passing (`…達成を目指す数値目標を次のとおり定めます。`, layouts 181)
            return below
    return band


def _band_from(grid: Grid, start: int, known: dict[int, TableLayout] | None) -> TableLayout:
    """`_band_at(grid, start)`, taken from `known` (the bands already read from this grid, by their first row,
    which its caller passes from one reading of the grid to the next) when it holds it, else read and kept there."""
    if known is None:
        return _band_at(grid, start)
    if start not in known:
        known[start] = _band_at(grid, start)
    return known[start]


#: Longest label of a band over value columns (`数値`, `指標の推移`, `成果指標の達成状況`), compared form: a longer text
#: over the values is a title or a note, not a merged header cell.
MAX_BAND_LABEL_CHARS = 16


def band_label(text: str) -> bool:
    """A text that may be a label merged over value columns, the one test of every reader: a header text ending in
    a value band's words, whatever column word opens it (`指標の推移`, `KPIの年度別実績`, `成果指標の推移`), or a
    word the header vocabulary lacks (`数値`) that is short, without digit and no goal heading."""
    folded = compact(text)
    if any(folded.endswith(word) for word in _VALUE_BAND_KEYS):
        return True
    return not is_header_text(text) and not is_goal_heading(text) and len(folded) <= MAX_BAND_LABEL_CHARS \
        and not any(ch.isdigit() for ch in nfkc(text))


def _band_top(grid: Grid, row: int, known: dict[int, TableLayout] | None = None) -> bool:
    """A row that is the top of the header band under it though a text of it is no header word: each such text is a
    label merged over several value columns (`数値` or `指標の推移` over `基準値 | 実績値 | 目標値`, over the years:
    a header of three rows; the name and unit headers merged down beside it) — short, without digit, standing over
    value columns of the band below, either drawn over several of them (a ruled cell spanning them: nothing of the
    row stands beside it when it spans them all) or beside one that prints nothing on its line (text, where a cell
    spans no column). The next printed row opens a band."""
    cells = [c for c in grid.cells if c.row == row and c.text.strip()]
    labels = [c for c in cells if not is_header_text(c.text)]
    if not labels or any(is_goal_heading(c.text) for c in cells) or not all(band_label(c.text) for c in labels):
        return False
    below = next((r for r in range(row + 1, grid.n_rows) if row_texts(grid, r)), None)
    if below is None or not row_is_header(grid, below):
        return False
    values = {c.index for c in _band_from(grid, below, known).of(VALUE)}
    filled = {col for c in cells for col in range(c.col, c.col + c.col_span)}
    return all(set(range(c.col, c.col + c.col_span)) <= values
               and (c.col_span > 1 or any(col in values and col not in filled for col in (c.col - 1, c.col + 1)))
               for c in labels)


def _opens_band(grid: Grid, row: int, known: dict[int, TableLayout] | None = None) -> bool:
    """A header band starts at the row: a header row, or the top of one (`_band_top`)."""
    return row_is_header(grid, row) or _band_top(grid, row, known)


def header_bands(grid: Grid, known: dict[int, TableLayout] | None = None) -> list[TableLayout]:
    """Every band of header rows in the grid, first to last, with its column roles (`known`: see `_band_from`)."""
    bands = []
    start = 0
    while start < grid.n_rows:
        if _opens_band(grid, start, known):
            bands.append(_band_from(grid, start, known))
            start = bands[-1].header_end
        else:
            start += 1
    return bands


def read_layout(grid: Grid, known: dict[int, TableLayout] | None = None) -> TableLayout | None:
    """The first header band that makes an indicator table (a name and a value column); None when the grid has
    none (a continuation without repeated header, or not an indicator table). `known`: see `_band_from`."""
    for start in range(grid.n_rows):
        if _opens_band(grid, start, known):
            layout = _band_from(grid, start, known)
            if layout.usable:
                return layout
    return None


def names_apart_layout(grid: Grid, first: int) -> TableLayout | None:
    """A band of value headers without a name header whose first column is empty, under rows from `first` on that
    print text in the first column only: names listed in a block of their own above their values (a text page
    printing names and values apart). The first column is then the name column; else None."""
    for band in header_bands(grid):
        if band.of(NAME) or not band.of(VALUE) or band.columns[0].header or band.header_start <= first:
            continue
        above = [c for c in grid.cells if first <= c.row < band.header_start and c.text.strip()]
        if above and all(c.col == 0 for c in above):
            return TableLayout((Column(0, "", NAME), *band.columns[1:]), band.header_start, band.header_end,
                               band.first_row)
    return None


def is_repeated_header(grid: Grid, row: int, layout: TableLayout) -> bool:
    """A body row that repeats the header's first row (a header printed again on each page of a text layer)."""
    texts = tuple(compact(t) for t in row_texts(grid, row))
    return bool(texts) and texts == layout.first_row


#: A table printed sideways names at least this many value rows down its first column (`基準値（R1）`, `R2`, …,
#: `目標値（R6）`): one value word alone down a first column is more likely a label than a turned header.
MIN_SIDEWAYS_VALUES = 2


def sideways_layout(grid: Grid) -> tuple[Grid, TableLayout] | None:
    """A table printed sideways: its header words down the first column, one indicator per column (an evaluation
    form's box `施策名 | 担当課 | 指標名 | 基準値（R1） | …` with one column per indicator; a year-major table with
    the indicators across and the years down: `年度 | 転入者数 | 出生数` over rows `R2`, `R3`, `目標（R7）`; each
    indicator may stand over `目標` / `実績` sub-columns, which label the turned rows with their role).
    Returns the grid turned (`Grid.transposed`) and its layout, or None when the turned grid makes no indicator
    table. In a year-major table no header word names the indicators: the corner cell (`年度`, or empty) heads
    them, and a column without header printing only bracketed units under it (`（人）`, a unit row under the
    indicator names) is their unit column."""
    if grid.line_rows or grid.n_rows < 2 or grid.n_cols < 2:
        return None
    turned = _goal_codes_joined(grid).transposed()
    # the corner cell may be any word (`年度`, `区分`): the header is the rest of the turned first row
    header = [c.text for c in turned.cells if c.row == 0 and c.col > 0 and c.text.strip()]
    if not header or not all(is_header_text(t) for t in header) or any(is_goal_heading(t) for t in header):
        return None
    layout = _band_at(turned, 0)
    if len(layout.of(VALUE)) < MIN_SIDEWAYS_VALUES:
        return None
    if layout.usable:
        return turned, layout
    columns = list(layout.columns)
    if layout.of(NAME) or not (columns[0].role in (OTHER, PERIOD) or _corner_over_names(turned, layout)):
        return None
    columns[0] = Column(0, columns[0].header, NAME)
    for column in columns[1:]:
        # no header of its own: none, or the corner cell merged over it (`年度` over the names and their labels)
        if column.header and column.header != columns[0].header:
            continue
        if _all_units(turned, column.index, layout.header_end):
            columns[column.index] = Column(column.index, "", UNIT)
        elif _all_role_words(turned, column.index, layout.header_end):
            columns[column.index] = Column(column.index, column.header, KIND)
    return turned, TableLayout(tuple(columns), layout.header_start, layout.header_end, layout.first_row)


def _corner_over_names(turned: Grid, layout: TableLayout) -> bool:
    """The turned first column is headed by a kind header word (`区分`, the corner cell of a year-major table) but
    lists no kind word (`数値目標`, `KPI`) nor segment label (`男性`) under it: it lists the indicators' names (251),
    which a kind column never prints. One text alone (`日帰り` over its row's values, a text layer's cut of a table
    with a `区分` column, layouts 89) is as well a part label as a name: several are needed."""
    texts = [c.text for c in turned.cells if c.col == 0 and c.row >= layout.header_end and c.text.strip()]
    return (layout.columns[0].role == KIND and len(texts) >= MIN_SIDEWAYS_VALUES
            and not any(is_kind_word(t) or nfkc(t).strip() in SEGMENT_LABELS for t in texts))


def _goal_codes_joined(grid: Grid) -> Grid:
    """The grid with each goal row's heading printed across the indicator columns made one cell over them: a goal
    label (`施策名`) whose first value is a goal's code alone (`施策1-2`) and whose next values print no number
    (`農業の担い手を育てる`, no other goal's code) printed one heading over the box's columns, which a text layer
    cut at its wide space (else the name would be taken for the last indicator's own sub-goal)."""
    cells = list(grid.cells)
    for row in range(grid.n_rows):
        found = sorted((c for c in cells if c.row == row and c.text.strip()), key=lambda c: c.col)
        if (len(found) < 3 or found[0].col != 0
                or any(header_role(c.text) not in GOAL_COLUMN_ROLES for c in found[:2])
                or not _CODE_ALONE.fullmatch(compact(found[1].text))
                or any(ch.isdigit() for c in found[2:] for ch in compact(c.text))):
            continue
        first, rest = found[1], found[2:]
        joined = GridCell(row, first.col, " ".join(c.text.strip() for c in (first, *rest)),
                          col_span=grid.n_cols - first.col, line=first.line)
        cells = [c for c in cells if c not in rest and c is not first] + [joined]
    if len(cells) == len(grid.cells) and all(a is b for a, b in zip(cells, grid.cells, strict=True)):
        return grid
    return replace(grid, cells=cells)


#: Value-role words as a label prints them alone (`目標`, `実績`), compared form.
_ROLE_WORD_KEYS = {compact(word) for word in ALL_ROLE_WORDS}


def _all_role_words(grid: Grid, col: int, start: int) -> bool:
    """Every text of the column below `start` is a value-role word alone: the column labels each row with the role
    of its values (a year-major table whose indicators each stand over `目標` / `実績` sub-columns, layouts 70)."""
    texts = [c.text for c in grid.cells if c.col == col and c.row >= start and c.text.strip()]
    return bool(texts) and all(compact(t) in _ROLE_WORD_KEYS for t in texts)


def _all_units(grid: Grid, col: int, start: int) -> bool:
    """Every text of the column below `start` is a unit alone in brackets (`（人）`, `(件)`)."""
    texts = [c.text for c in grid.cells if c.col == col and c.row >= start and c.text.strip()]
    return bool(texts) and all(_BRACKETED_UNIT.fullmatch(compact(t)) for t in texts)


def _cell_pairs(grid: Grid) -> list[tuple[GridCell, GridCell]] | None:
    """The form's (label, value) cells: each row's cells taken two by two, every first one a label; or, for a grid
    whose value cells a reader cut at their spaces (`施策３     移住・定住を促進する`), by label columns: the first
    column and every column whose cells are all labels, each label's value the texts of the columns up to the next
    label column. None when neither reading fits, or when the name label has two names beside it."""
    rows = [sorted((c for c in grid.cells if c.row == row and c.text.strip()), key=lambda c: c.col)
            for row in range(grid.n_rows)]
    if all(len(cells) % 2 == 0 and all(header_role(c.text) != OTHER for c in cells[::2]) for cells in rows):
        return [(label, value) for cells in rows for label, value in zip(cells[::2], cells[1::2], strict=True)]
    columns = sorted({c.col for cells in rows for c in cells})
    label_cols = [col for col in columns
                  if col == 0 or all(header_role(c.text) != OTHER for cells in rows for c in cells if c.col == col)]
    if not label_cols or label_cols[0] != 0 or len(label_cols) == len(columns):
        return None
    pairs: list[tuple[GridCell, GridCell]] = []
    for cells in rows:
        for start, end in zip(label_cols, [*label_cols[1:], grid.n_cols], strict=True):
            label = next((c for c in cells if c.col == start), None)
            texts = [c for c in cells if start < c.col < end]
            if label is None and not texts:
                continue
            if label is None or not texts or header_role(label.text) == OTHER:
                return None
            if header_role(label.text) == NAME and len(texts) > 1:
                return None  # two names beside one label: one indicator a column (a table printed sideways)
            pairs.append((label, GridCell(texts[0].row, texts[0].col, " ".join(c.text.strip() for c in texts),
                                          line=texts[0].line)))
    return pairs


def form_layout(grid: Grid) -> tuple[Grid, TableLayout] | None:
    """A form: every row a run of label cells each followed by its value cell (`担当課 | 企画政策課 | 評価 | Ｂ`,
    `基準値（R1） | 6件 | 目標値（R6） | 20件`, an evaluation sheet's box for one indicator). Returns the pairs as a
    table of one row (the labels its header, the values its row) and that table's layout, or None when a row
    holds a cell without partner, a label no header word names, or the labels name no indicator and two values."""
    if grid.line_rows:
        return None
    pairs = _cell_pairs(grid)
    if pairs is None:
        return None
    labels = [label for label, _ in pairs]
    values = [value for _, value in pairs]
    cells = [GridCell(r, col, cell.text, line=cell.line) for r, side in enumerate((labels, values))
             for col, cell in enumerate(side)]
    flat = Grid(grid.page, grid.bbox, 2, len(labels), grid.engine, cells, uncertain=grid.in_doubt,
                goals_guessed=grid.goals_guessed, goals_guessed_by_width=grid.goals_guessed_by_width)
    layout = read_layout(flat)
    if layout is None or layout.header_end != 1 or len(layout.of(VALUE)) < MIN_SIDEWAYS_VALUES:
        return None
    return flat, layout
