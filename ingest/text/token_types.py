"""What one token of a table row printed without positions can be: a value, a stand-in for one, a year, a progress
label, a kind word, a department, a goal heading or text. The one token typer of the readers of text layers whose
cells are one space apart or stacked: `ingest.text.raw_rows` (`pdftotext -raw`), `ingest.text.spaced` with
`ingest.text.typed_rows` (pdfplumber `extract_text`) and `ingest.text.stacked` (pdfminer, pypdfium2). Which column
a token belongs to can only be read from what it is; each reader matches these types to the column roles its
header names.

Where the readers need a token typed differently, a `Typing` says how (each choice names the reader that needs
it): `RAW` and `SPACED` are the two readers' typings; the stacked reader asks the predicates directly
(`is_department`, `is_progress`, `is_stand_in`).

Tokens (`typed_tokens`, the raw reader's) are the line's runs without spaces, a bracketed text (`（令和元年度）`) kept
whole; pieces of one value the producer printed apart are joined first: a unit (`85 人`, `8.4 万冊`), an
approximation or rate word before the number (`約 1,200 件`, `年 60件`) and a bracketed remark after it
(`74.1% (令和3年度)`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from ingest.table.context import goal_level
from ingest.table.header import CHANGE, VALUE, compact, header_role, is_kind_word
from ingest.table.rows import CUT_GROUPS, GRADES
from ingest.text.fragment_cells import is_known_value, is_parenthetical, is_value, reads_value, tokens
from normalize.cell import VALUE_PREFIXES, is_dash_run, parse_cell
from normalize.periods import parse_period
from normalize.text import is_damaged, is_kana, is_labelled_definition, is_unit_word, longest_first, nfkc
from normalize.vocabulary import (
    ANY_CLOSING_BRACKETS,
    CHANGE_CELL_WORDS,
    CHANGE_SIGNS,
    CHECKED_BOX_MARKS,
    CLOSING_BRACKETS,
    COMPARATIVE_TARGET_REFERENCES,
    DATED_VALUE_SEPARATORS,
    DEPARTMENT_SUFFIXES,
    DIRECTION_VERB_ENDINGS,
    FISCAL_YEAR_SUFFIX,
    LARGE_MULTIPLIERS,
    MAX_CHECKBOX_OPTION_CHARS,
    NEGATIVE_SIGNS,
    NOTE_MARKS,
    OFFICE_ENDINGS,
    OPENING_BRACKETS,
    PENDING_VALUE_WORDS,
    PLACEHOLDER_DASHES,
    PROGRESS_LABELS,
    PROLONGED_SOUND_MARK,
    PROSE_MARKS,
    RELATIVE_TARGET_COMPARISON,
    RELATIVE_TARGET_NOTE,
    SENTENCE_ENDINGS,
    TARGET_DIRECTION_PARTICLES,
    TARGET_DIRECTION_WORDS,
    TREND_ENDINGS,
    UNCHECKED_BOX_MARKS,
    UNIT_PREFIX_MULTIPLIERS,
)

# token types
T_VALUE = "value"
#: printed in a value cell instead of a number: a placeholder with a remark (`－（未公表）`), a word saying the
#: figure is not there yet (`調査中`), a direction (`増加`)
T_STAND_IN = "stand-in"
#: a period alone (`平成30年度`, `2019年度`): the year column beside a value column, or a value's own year
T_YEAR = "year"
T_PROGRESS = "progress"
#: a kind word (`KPI`, `数値目標`)
T_KIND = "kind"
#: a department (`…課`)
T_DEPARTMENT = "department"
#: a goal heading (`1-1 安定した雇用の創出`, label and title joined) or a numbered sub-heading (`（１）…`)
T_HEADING = "heading"
T_TEXT = "text"
#: a unit printed alone (`人`, `団体`, any key of UNITS): a 単位 column's cell
T_UNIT = "unit"
#: a signed figure (`+3組`, `△3件`) in a row whose header has a change column (`前年度比`): typed so by the reader
#: that reads such a header (`is_change`), since `+3組` alone reads as text and `△3件` as a negative value
T_CHANGE = "change"

# --- where the readers differ ---------------------------------------------------------------------------------

#: values: every part of the cell is a value (`fragment_cells.is_value`: raw, stacked) …
WHOLE = "whole"
#: … or some part is and none is `not a number` (spaced); a damaged value (`O□`) is a value in both
SOME = "some"
#: stand-ins: a pending word or a dash with a bracketed remark, typed T_STAND_IN (raw) …
MARKED = "marked"
#: … or a dash printing neither value nor period, or a pending word alone (`未集計`: no name's text), typed T_VALUE;
#: the other stand-ins (directions, comparisons) stay text (spaced)
DASH = "dash"
#: years: the token, brackets stripped, is a period and no value (raw) …
PERIOD = "period"
#: … or every part of the cell is a period without value, or any bracketed remark (`(閏年)`) (spaced)
CELL = "cell"


@dataclass(frozen=True)
class Typing:
    """How a reader types tokens where the readers' needs differ."""

    values: str = WHOLE
    stand_ins: str = MARKED
    years: str = PERIOD
    #: a goal heading or numbered sub-heading is T_HEADING (spaced; the raw reader finds headings by line)
    headings: bool = False
    #: a progress label also when only its first or last part is printed (`概ね順調に` / `進捗`, wrapped: spaced)
    partial_progress: bool = False
    #: kind words are T_KIND (spaced)
    kinds: bool = False
    #: short office names are T_DEPARTMENT (spaced; the raw reader asks `is_department` per column)
    departments: bool = False
    #: a unit printed alone is T_UNIT (spaced: placed in a 単位 column at no cost, elsewhere joined like text)
    units: bool = False


#: `pdftotext -raw` rows (`ingest.text.raw_rows`)
RAW = Typing()
#: pdfplumber `extract_text` rows (`ingest.text.spaced`, `ingest.text.typed_rows`)
SPACED = Typing(values=SOME, stand_ins=DASH, years=CELL, headings=True, partial_progress=True, kinds=True,
                departments=True, units=True)

#: Words printed before a value, one or several (`約`, `年約`, `県内`), as `parse_cell` reads them.
_PREFIX_RUN = re.compile("^(?:" + "|".join(map(re.escape, VALUE_PREFIXES)) + ")+$")
_PROGRESS = frozenset(nfkc(label) for label in PROGRESS_LABELS)
_PENDING = frozenset(nfkc(word) for word in (*PENDING_VALUE_WORDS, *TARGET_DIRECTION_WORDS,
                                             *(d + e for d in TARGET_DIRECTION_WORDS for e in TREND_ENDINGS),
                                             # a direction as a verb (`減少させる`), as normalize.cell reads it
                                             *(d + e for d in TARGET_DIRECTION_WORDS for e in DIRECTION_VERB_ENDINGS),
                                             *(r + p + d for r in COMPARATIVE_TARGET_REFERENCES
                                               for p in TARGET_DIRECTION_PARTICLES for d in TARGET_DIRECTION_WORDS)))
#: A word printed in a value cell for a figure not there yet (`未集計`, `調査中`): never a name or a label alone.
_PENDING_ALONE = frozenset(nfkc(word) for word in PENDING_VALUE_WORDS)
#: A heading numbered in brackets (`（１）農林水産業の振興`): a section of the table, not a name's line.
_NUMBERED = re.compile(r"^\(\d+\)\s*[^\d\s(]")
#: A department name is short (`商工労働課`, `こども家庭課`); a longer text ending in 課 is prose.
MAX_DEPARTMENT_CHARS = 12
#: A department glued after a value (`9,500観光シティプロモーション課`) may be longer: the value says a cell ends
#: there, so the text is a cell of its own, not the end of a sentence.
MAX_GLUED_DEPARTMENT_CHARS = 16
#: Longest word or mark a stacked row prints in a value cell instead of a value (`調査中`) or after its values
#: (`未達成`, `A`, `◎`).
MAX_MARK_CHARS = 5


#: A whole number of one to three digits alone (`12`): a row's number or a page number printed bare.
_BARE_NUMBER = re.compile(r"^\d{1,3}$")


def is_bare_number(text: str) -> bool:
    """A short whole number alone (`12`, `１２` after NFKC): a row's number, or a page number printed bare."""
    return _BARE_NUMBER.match(nfkc(text)) is not None


def is_heading(text: str) -> bool:
    """A goal heading (`1-1 安定した雇用の創出`, `基本目標１`) or a numbered sub-heading (`（１）農林水産業の振興`)."""
    return goal_level(text) is not None or bool(_NUMBERED.match(nfkc(text).strip()))


_BOXES = tuple(nfkc(mark) for mark in (*CHECKED_BOX_MARKS, *UNCHECKED_BOX_MARKS))


def checkbox_options(text: str) -> bool:
    """Options printed each after a check box (`■順調`, `■順調　□遅れ`): a progress cell of a form, whose ticked
    option is the progress; the boxes are no damaged value (`□` in UNCERTAIN_MARKS) nor a grade."""
    options = nfkc(text).split()
    return bool(options) and all(
        option[0] in _BOXES and 0 < len(option) - 1 <= MAX_CHECKBOX_OPTION_CHARS and option[1] not in _BOXES
        and not any(ch.isdigit() for ch in option) for option in options)


def is_progress(text: str, partial: bool = False) -> bool:
    """A progress label (`順調に進捗`), or options after check boxes (`checkbox_options`); `partial`: also its first
    or last part, the label wrapped in its cell."""
    folded = nfkc(text).strip()
    if checkbox_options(folded):
        return True
    if not partial:
        return folded in _PROGRESS
    return any(folded.startswith(label) or (len(folded) >= 2 and label.startswith(folded))
               for label in _PROGRESS)


def is_grade_mark(text: str) -> bool:
    """An evaluation grade alone (`A`, `Ｂ`, `◎`, `×`): a progress cell where the header names a progress column; a
    letter or mark that may as well be a bullet or a code elsewhere, so the reader asks the header first."""
    return nfkc(text).strip() in GRADES


def finished_cell(text: str) -> bool:
    """Trailing text that ends its cell: a sentence, a closing bracket (`…（再掲）`), or a whole progress label or
    department (`順調に進捗`); a reason ending otherwise goes on on the next line printed in its column."""
    text = text.rstrip()
    return text.endswith(SENTENCE_ENDINGS) or text[-1:] in ANY_CLOSING_BRACKETS or is_progress(text) \
        or is_department(text)


def is_department(text: str, short: bool = False, most: int = MAX_DEPARTMENT_CHARS) -> bool:
    """A department (`こども家庭課`): a name ending in an office suffix. `short` (spaced): any office ending (`部`
    too), at most `most` characters, without digits or prose marks; else any text ending in a department suffix
    (raw, stacked)."""
    folded = nfkc(text)
    if not short:
        return folded.endswith(DEPARTMENT_SUFFIXES)
    folded = folded.strip()
    return folded.endswith(OFFICE_ENDINGS) and len(folded) <= most and not any(
        ch.isdigit() or ch in PROSE_MARKS for ch in folded)


#: A department glued after a value keeps at least this many characters where it can (`60人企画課` is `60人` |
#: `企画課`, but `60人事課` is `60` | `人事課`, not `60人` | `事課`).
MIN_GLUED_DEPARTMENT = 3


def glued_department(token: str) -> tuple[str, str] | None:
    """(value, department) of a value glued to the department printed after it (`250商工労働課`, `70,000企画課`,
    `60人産業振興課`: a tool that saw no gap between a right-aligned figure and the next cell): the longest value,
    with its unit, that leaves a department of `MIN_GLUED_DEPARTMENT` characters, else of any length; else None."""
    if not nfkc(token[:1]).isdigit():
        return None
    longest = len(token) - MIN_GLUED_DEPARTMENT
    cuts = [*range(longest, 0, -1), *range(len(token) - 1, longest, -1)]
    return next(((token[:cut], token[cut:]) for cut in cuts
                 if is_known_value(token[:cut]) and is_department(token[cut:], short=True,
                                                            most=MAX_GLUED_DEPARTMENT_CHARS)), None)


def glued_progress(token: str) -> tuple[str, str] | None:
    """(value, label) of a value glued to the progress label printed after it (`3,900やや遅れ`, `90.0%達成`: a grade
    column right beside a value aligned right, which the tool printed without a gap), else None."""
    if not nfkc(token[:1]).isdigit():
        return None
    return next(((token[:cut], token[cut:]) for cut in range(len(token) - 1, 0, -1)
                 if is_known_value(token[:cut]) and nfkc(token[cut:]) in _PROGRESS), None)


def is_stand_in(text: str, word: bool = False) -> bool:
    """Printed in a value cell instead of a number: a placeholder dash with a bracketed remark (`－（未公表）`) or a
    word standing for a missing figure (`調査中`, `増加`, `増加傾向`). `word` (stacked, where the cell stands
    between two values): a placeholder followed by any bracketed remark, or any short word without digits."""
    folded = nfkc(text)
    if word:
        if is_value(folded[:1]) and is_parenthetical(folded[1:]):
            return True
        return len(folded) <= MAX_MARK_CHARS and not any(ch.isdigit() for ch in folded) \
            and not is_parenthetical(folded)
    folded = folded.strip()
    if folded in _PENDING or _comparison(folded):
        return True
    head = folded.split("(", 1)[0]
    return is_dash_run(head) and is_parenthetical(folded[len(head):])


_COMPARED = nfkc(RELATIVE_TARGET_COMPARISON)


def _comparison(folded: str) -> bool:
    """A value printed as words or figures that make no single number (`現状以上`, `前年度以上`, `80～90%`, `1/3`):
    the value parser reads it as one comparative or range target, or a ratio, without value; or a target compared
    with a base (`前年度比10%増`), which a bare signed figure (`+3組`, a change column's cell) is not."""
    parsed = parse_cell(folded)
    return len(parsed) == 1 and (parsed[0].worded or (
        _COMPARED in folded and (parsed[0].note or "").startswith(RELATIVE_TARGET_NOTE)))


_CHANGE_SIGNS = tuple(longest_first(nfkc(sign) for sign in (*CHANGE_SIGNS, *NEGATIVE_SIGNS)))
_CHANGE_WORDS = frozenset(nfkc(word) for word in CHANGE_CELL_WORDS)


def is_change(text: str) -> bool:
    """A change from an earlier year as a change column prints it: a sign glued to a value (`+3組`, `△3件`,
    `+0.8ポイント`), or a word for one (`皆増`)."""
    folded = nfkc(text).strip()
    if folded in _CHANGE_WORDS:
        return True
    sign = next((s for s in _CHANGE_SIGNS if folded.startswith(s)), "")
    return bool(sign) and len(folded) > len(sign) and is_value(folded[len(sign):])


def signed_figure(text: str) -> Decimal | None:
    """The one figure a value or change cell prints, with its sign (`▲35` → -35, `+26` → 26, `705` → 705); None
    when it prints none or several."""
    folded = nfkc(text).strip()
    plus = next((s for s in map(nfkc, CHANGE_SIGNS) if folded.startswith(s)), "")
    parsed = parse_cell(folded[len(plus):])
    return parsed[0].value if len(parsed) == 1 and folded[len(plus):] else None


#: Rows whose figures must show a change column's place (the difference or ratio of the two values before it),
#: none against.
MIN_CHANGE_ROWS = 2


def prints_change(texts: list[str], p: int) -> bool | None:
    """Whether a row's value cell p (its value and change cells in printed order) is the change of the two before
    it: their difference (`640 705 +65`), or as a percentage their ratio rounded as printed (`236 246 104.2%`);
    None when the three do not each print one figure."""
    if not 2 <= p < len(texts):
        return None
    before, after, figure = (signed_figure(text) for text in texts[p - 2:p + 1])
    if before is None or after is None or figure is None:
        return None
    parsed = parse_cell(nfkc(texts[p]).strip())
    if parsed and parsed[0].unit == "%":
        return before != 0 and (after / before * 100).quantize(figure, rounding=ROUND_HALF_UP) == figure
    return figure == after - before


def change_place(words: list[str], rows: list[list[str]]) -> int | None:
    """Where the one change column (`前年度比`) of the header words stands among its value columns, from each row's
    value and change cells in printed order: the one place that prints the change of the two cells before it
    (`prints_change`) in MIN_CHANGE_ROWS rows or more and in no row against; None when no place or several fit."""
    columns = [word for word in words if header_role(word) in (VALUE, CHANGE)]
    if [header_role(word) for word in columns].count(CHANGE) != 1:
        return None
    fits: dict[int, int] = {}
    for texts in rows:
        for p in range(2, min(len(texts), len(columns))):
            holds = prints_change(texts[:len(columns)], p)
            if holds is not None:
                fits[p] = fits.get(p, 0) + 1 if holds and fits.get(p, 0) >= 0 else -1
    places = [p for p, count in fits.items() if count >= MIN_CHANGE_ROWS]
    return places[0] if len(places) == 1 else None


def change_placed(words: list[str], place: int | None) -> list[str]:
    """The header words with their change column moved to `place` among the value columns (`change_place`)."""
    columns = [k for k, word in enumerate(words) if header_role(word) in (VALUE, CHANGE)]
    change = [k for k in columns if header_role(words[k]) == CHANGE]
    if place is None or len(change) != 1:
        return words
    order = [words[k] for k in columns if k not in change]
    order.insert(place, words[change[0]])
    moved = list(words)
    for k, word in zip(columns, order, strict=True):
        moved[k] = word
    return moved


def is_prose(text: str) -> bool:
    """Text that reads as a sentence (`、`, `。`, a sentence ending): a reason's or note's line, not a name's."""
    return any(mark in text for mark in PROSE_MARKS) or text.endswith(SENTENCE_ENDINGS)


def _some_value(folded: str) -> bool:
    """Some part of the cell is a value (`fragment_cells.reads_value`) and none reads as `not a number`."""
    parsed = parse_cell(folded)
    return bool(parsed) and any(map(reads_value, parsed)) and not any(
        p.note and p.note.startswith("not a number") for p in parsed)


def _blank_dash(folded: str) -> bool:
    """`―`, `－（未公表）`: a cell that prints no value (spaced types it a value); not a katakana word's piece that
    opens with its prolonged sound mark (`ート・センターの`)."""
    if folded[0] == PROLONGED_SOUND_MARK and is_kana(folded[1:2]):
        return False
    return folded[0] in PLACEHOLDER_DASHES and all(p.value is None and p.period is None for p in parse_cell(folded))


def _year(text: str, folded: str, typing: Typing) -> bool:
    if typing.years == PERIOD:  # also a year in two calendars, the second bracketed (`2024年度（R6）`)
        return (parse_period(folded.strip("()")) is not None or parse_period(folded) is not None) \
            and all(p.value is None for p in parse_cell(text))
    parsed = parse_cell(folded)
    if parsed and all(p.period and p.value is None for p in parsed):
        return True
    # a remark printed like a year; a labelled definition in brackets is a name's line (layouts 153)
    return folded[0] in OPENING_BRACKETS and folded[-1] in CLOSING_BRACKETS and not is_labelled_definition(folded)


def token_type(text: str, typing: Typing) -> str:
    """The type of one token, typed as `typing` says (see the module docstring)."""
    folded = nfkc(text).strip()
    if not folded:
        return T_TEXT
    if typing.headings and is_heading(text):
        return T_HEADING
    if checkbox_options(folded):
        return T_PROGRESS
    if is_damaged(folded):
        return T_VALUE  # a value the text layer damaged (`O□`, `1,2O0人`): read, and flagged, by the value parser
    if is_value(text) if typing.values == WHOLE else _some_value(folded):
        return T_VALUE
    if typing.stand_ins == MARKED and is_stand_in(text):
        return T_STAND_IN
    if typing.stand_ins == DASH and (_blank_dash(folded) or folded in _PENDING_ALONE):
        return T_VALUE
    if _year(text, folded, typing):
        return T_YEAR
    if is_progress(folded, partial=typing.partial_progress):
        return T_PROGRESS
    if typing.kinds and is_kind_word(folded):
        return T_KIND
    if typing.units and is_unit_word(folded):
        return T_UNIT
    if typing.departments and is_department(folded, short=True):
        return T_DEPARTMENT
    return T_TEXT


@dataclass(frozen=True)
class Token:
    """One printed cell piece of a row: its type and its text as printed (joined pieces with a space)."""

    kind: str
    text: str


#: A value token ending in one of these goes on in the next value token of its cell (`H27：4人 / R1：9人`).
_DATED_JOINS = tuple(nfkc(mark) for mark in DATED_VALUE_SEPARATORS if mark.strip())
#: A number whose thousands group a narrow cell cut (`12,3` / `45人`, `1,20` / `0人`): no value of its own.
_CUT_GROUP = re.compile(rf"^{CUT_GROUPS}$")
#: A number grouped by thousands throughout, then anything but a digit (`12,345人`).
_WHOLE_GROUPS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)")


def cut_group_rest(before: str, text: str) -> bool:
    """`text` is the rest of a number whose thousands group the cell wrapped in `before` (`12,3` `45人`): the two
    make one number grouped right (`12,345人`), which `before` alone is not."""
    joined = nfkc(before + text)
    return bool(_CUT_GROUP.match(nfkc(before))) and _WHOLE_GROUPS.match(joined) is not None and is_value(joined)


def unit_exponent(value: str, digit: str, after: list[str]) -> bool:
    """A one-digit token after a value ending in a unit is that unit's exponent, drawn apart as a superscript
    (`10.14 ｍ 2`: 10.14 m²): value and digit read as one value (a unit of UNITS such as `m 2`), and the digit does
    not itself open a value with the word after it (`10 km 2 km`). A value ending in a note mark (`3※` `3`) ends in
    no unit: the digit is the next cell, not a note's number (`※3`) set apart."""
    if len(digit) != 1 or not digit.isdigit() or nfkc(value).endswith(NOTE_MARKS) \
            or not is_value(f"{value} {digit}"):
        return False
    return not (after and not is_value(after[0]) and is_known_value(digit + after[0]))


def spaced_year(out: list[Token], text: str, after: list[str], typing: Typing) -> bool:
    """`text` closes a year whose number a text layer set apart with spaces (`令和 8 年度`, a word processor's
    half-width digits in Japanese text): the era word before, the number, then `text` make one year; not when a
    number follows a calendar year (`令和 5 年 3 月`: a date, which the year alone would cut; a fiscal year `平成 30
    年度` closes no date, a value may follow it, layouts 199)."""
    if len(out) < 2 or out[-2].kind != T_TEXT or not nfkc(out[-1].text).isdigit() or \
            (after and nfkc(after[0])[:1].isdigit() and nfkc(text) != FISCAL_YEAR_SUFFIX):
        return False
    return token_type(out[-2].text + out[-1].text + text, typing) == T_YEAR and \
        token_type(out[-2].text, typing) == T_TEXT and token_type(text, typing) == T_TEXT


def spaced_western_year(out: list[Token], text: str, typing: Typing) -> bool:
    """`text` is `年度` after a Western year a text layer set apart (`2019 年度`, a word processor's half-width digits
    in Japanese text, layouts 199): the two are one fiscal year, never a value and its unit."""
    return bool(out) and len(nfkc(out[-1].text)) == 4 and nfkc(out[-1].text).isdigit() \
        and nfkc(text) == FISCAL_YEAR_SUFFIX and token_type(out[-1].text + text, typing) == T_YEAR


def typed_tokens(line: str, typing: Typing = RAW) -> list[Token]:
    """The tokens of a line with their types, pieces of one value printed apart joined."""
    out: list[Token] = []
    words = tokens(line.strip())
    for k, text in enumerate(words):
        kind = token_type(text, typing)
        if out and out[-1].kind == T_VALUE and kind == T_VALUE and unit_exponent(out[-1].text, text, words[k + 1:]):
            out[-1] = Token(T_VALUE, f"{out[-1].text} {text}")  # `10.14` `ｍ` `2` → `10.14ｍ 2` (m², exponent apart)
            continue
        if out and out[-1].kind == T_TEXT and cut_group_rest(out[-1].text, text):
            out[-1] = Token(T_VALUE, out[-1].text + text)  # `12,3` `45人` → `12,345人` (a wrapped cell)
            continue
        if out and out[-1].kind in (T_VALUE, T_STAND_IN) and is_parenthetical(text):
            # `74.1%` `(令和3年度)` → `74.1% (令和3年度)`; `調査中` `（R6 公表予定）`: a state word's remark
            out[-1] = Token(out[-1].kind, f"{out[-1].text} {text}")
            continue
        if out and out[-1].kind == T_VALUE and kind == T_TEXT and is_known_value(out[-1].text + text):
            out[-1] = Token(T_VALUE, out[-1].text + text)  # `85` `人` → `85人`
            continue
        if out and out[-1].kind == T_VALUE and kind == T_VALUE and is_unit_alone(text, multiplier_required=True) \
                and _units([out[-1].text]) == [None] and is_known_value(out[-1].text + text):
            # `1,250` `千人` → `1,250千人`: a unit cell beside its number, whose multiplier reads as a kanji numeral
            out[-1] = Token(T_VALUE, out[-1].text + text)
            continue
        if out and out[-1].kind == T_STAND_IN and kind == T_TEXT and _comparison(nfkc(out[-1].text + text)):
            out[-1] = Token(T_STAND_IN, out[-1].text + text)  # `1/2` `以上` → `1/2以上` (a ratio and its bound)
            continue
        if out and out[-1].kind == T_VALUE and kind == T_VALUE and nfkc(out[-1].text).endswith(_DATED_JOINS) \
                and is_value(f"{out[-1].text} {text}"):
            out[-1] = Token(T_VALUE, f"{out[-1].text} {text}")  # `H27：4人/` `R1：9人`: one cell's two dated values
            continue
        if spaced_year(out, text, words[k + 1:], typing):
            out[-2:] = [Token(T_YEAR, out[-2].text + out[-1].text + text)]  # `令和` `8` `年度` → `令和8年度`
            continue
        if spaced_western_year(out, text, typing):
            out[-1] = Token(T_YEAR, out[-1].text + text)  # `2019` `年度` → `2019年度`
            continue
        if out and out[-1].kind == T_TEXT and _PREFIX_RUN.match(nfkc(out[-1].text)) and is_value(out[-1].text + text):
            out[-1] = Token(T_VALUE, out[-1].text + text)  # `約` `1,200` → `約1,200`
            continue
        out.append(Token(kind, text))
    return _phrases_joined(out, typing)


#: Tokens a target cell's phrase may have been printed in (`令和` `11` `年度に` `50万人`).
MAX_PHRASE_TOKENS = 4


def _script_joint(before: str, after: str) -> bool:
    """A text layer's space between Japanese and half-width digits (`前年度比 10%増`, `11 年度に`), as pdftotext and
    pypdfium2 print a word processor's mixed text: one side an ASCII digit, the other no ASCII character."""
    a, b = nfkc(before)[-1:], nfkc(after)[:1]
    return bool(a and b) and ((a.isascii() and a.isdigit() and not b.isascii())
                              or (b.isascii() and b.isdigit() and not a.isascii()))


def _phrase_type(run: list[Token], typing: Typing) -> str | None:
    """The type of one target cell printed apart at its script joints, its tokens joined: a target compared with a
    base (`前年度比` `10%増`, a stand-in), or a value whose words and figures interleave (`令和` `11` `年度に`
    `50万人`: text between figures); None when the run is no such cell, or opens with a year (`令和` `5` `年度`
    `100人`: a year cell, then a value cell)."""
    if run[0].kind != T_TEXT or not all(_script_joint(a.text, b.text) for a, b in pairwise(run)):
        return None
    joined = "".join(t.text for t in run)
    if len(parse_cell(nfkc(joined))) != 1:
        return None  # `女性 38.7% 女性 45.0%`: two cells, one a segment
    kind = token_type(joined, typing)
    if kind == T_STAND_IN and any(ch.isdigit() for t in run[1:] for ch in nfkc(t.text)):
        return kind
    inner_text = any(t.kind == T_TEXT for t in run[1:-1]) and run[-1].kind == T_VALUE
    if kind != T_VALUE or not inner_text:
        return None
    years = ("".join(t.text for t in run[:k + 1]) for k in range(1, len(run) - 1) if run[k].kind == T_TEXT)
    return None if any(token_type(year, typing) == T_YEAR for year in years) else kind


def _phrases_joined(found: list[Token], typing: Typing) -> list[Token]:
    """The tokens with each target cell a text layer printed apart at its script joints joined (`_phrase_type`),
    the longest run first."""
    out: list[Token] = []
    k = 0
    while k < len(found):
        for size in range(min(MAX_PHRASE_TOKENS, len(found) - k), 1, -1):
            kind = _phrase_type(found[k:k + size], typing)
            if kind is not None:
                out.append(Token(kind, "".join(t.text for t in found[k:k + size])))
                k += size
                break
        else:
            out.append(found[k])
            k += 1
    return out


_MULTIPLIERS = sorted((*UNIT_PREFIX_MULTIPLIERS, *LARGE_MULTIPLIERS), key=len, reverse=True)


def is_unit_alone(text: str, *, multiplier_required: bool = False) -> bool:
    """A unit without a number, its multiplier before it (`千円`, `万人`, and `人` unless a multiplier is required):
    a 単位 column's cell, no value. Shared by the single-space text readers (`raw_rows`, `spaced`)."""
    folded = compact(text)
    if any(ch.isdigit() for ch in folded):
        return False
    prefix = next((p for p in _MULTIPLIERS if folded.startswith(p)), "")
    return (bool(prefix) or not multiplier_required) and is_unit_word(folded[len(prefix):])


#: The unit `normalize.cell.parse_cell` gives a rate (`65.0%`, `65.0％`).
RATE_UNIT = "%"


def _units(texts: list[str]) -> list[str | None]:
    """The unit each text prints with its one value (None: no single value, or no unit)."""
    return [parsed[0].unit if len(parsed := parse_cell(text)) == 1 and parsed[0].value is not None else None
            for text in texts]


def no_rate_among(texts: list[str]) -> bool:
    """Every text prints one value in one same unit other than a rate (`1,563件 1,602件`): an indicator's values
    share its unit, so none of them is a progress rate (達成率, 進捗率) a table prints beside them."""
    units = set(_units(texts))
    return len(units) == 1 and None not in units and RATE_UNIT not in units


def rate_after_bare(texts: list[str]) -> bool:
    """The last text is a rate (`78.3%`) after figures printing no unit, two or more (`812 640 705 +65 900`, a signed
    change among them): in a table whose unit column holds the indicator's unit, its values print bare, so the one
    figure printing `%` is the progress rate beside them."""
    units = _units(texts)
    return len(texts) >= 3 and units[-1] == RATE_UNIT and all(unit is None for unit in units[:-1]) \
        and all(signed_figure(text) is not None for text in texts[:-1])


def rate_apart(texts: list[str]) -> int | None:
    """The index of the one rate (`65.0%`) among a row's values whose others, two or more, all print one other unit
    (`18人 26人 40人 65.0%`): an indicator's values share its unit, so the rate is the achievement or progress rate
    the table prints beside them (達成度, 進捗率), not one of them; it reads as one when the text layer dropped a
    stand-in before the values (pypdfium2 prints no `―`). None when no value stands apart so."""
    units = _units(texts)
    rates = [i for i, unit in enumerate(units) if unit == RATE_UNIT]
    others = {unit for unit in units if unit != RATE_UNIT}
    if len(rates) != 1 or len(texts) < 3 or len(others) != 1 or None in others:
        return None
    return rates[0]
