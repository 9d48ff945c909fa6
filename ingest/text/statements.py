"""Statements outside tables → indicator rows: "name, baseline → target" wherever it stands.

Two shapes, in banners, list items and prose:
- arrow statements: `移住相談件数３０件（2018年度）→年５０件（2023年度）`,
  `②合計特殊出生率:1.32(平成 27 年)→1.50(令和 2 年)`; the first value is the baseline, every value after an
  arrow a target; several may share one line; an arrow printed as words (`30件（2018年度）から50件（2023年度）へ`,
  STATEMENT_WORD_ARROWS) is read as the arrow;
- labelled statements: `…の利用者数は、現状値 8,200人（令和4年度）、目標値 10,000人（令和9年度）`; each value
  takes the role of the word before it (ALL_ROLE_WORDS), so the same words as table headers decide; a banner may print
  them one per line (`現状値　412人（2018年度）` / `目標値　480人（2024年度）`) under the name.
A line of figures without a name (`１２人（2018年度）→２０人（2024年度）`) takes the name printed on the line above.
Also read: a list item or captioned line with one target only (`・name　目標：150件（令和11年度）`), or stating its
target year first (`・name　令和11年度までに 15人（令和5年度 4人）`, the bracket its baseline); a direction word
(`増加`, `維持`) standing for a target figure; a statement broken at its arrow over two lines or across a page break
(page number and running header passed over); and a target stated in a sentence (`…を令和11年度までに320人とします。`,
SENTENCE_TARGET_ENDINGS), whose values are flagged uncertain: running text is not a table, which figure is the
indicator's is a reading. Figures in sentences that state no target (census counts, trends) are not read.

A value is whatever the shared cell parser (`normalize.cell.parse_cell`) reads as a value: the reader only finds
where the name ends and each value's text begins and ends, and hands the cell text on with a role header, so
numbers, units, periods and segments are read once, by the same code as table cells. The goal path comes from the
goal headings above the line; the kind from an indicator caption (数値目標, KPI …) on the line or above it since
the last heading, else 数値目標 when a basic goal heading owns the statement and KPI when a measure heading under it
(`施策（１）`, or a numbered title over statements naming themselves: `（３）子育て支援の充実`) or none does. A
goal heading owns a target line (`name　目標：…`) as a caption does.
A line with an arrow between quantities that does not read as a statement is rejected with its reason.
A bare year before a yearly rate (`R3　年186件`) reads as the statement's other years, else the document's, decide
(`_rate_years_read`); flagged uncertain when none does.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from ingest.model import IndicatorRow, Reject, SourceRef, ValueCell
from ingest.table.cards import field_of
from ingest.table.context import (
    LIST_NUMBER,
    department_field,
    goal_level,
    goal_outline,
    measure_section,
    numbered_title,
    owner_kind,
)
from ingest.table.header import NAME, UNIT, compact, header_role, is_header_words
from ingest.text.furniture import page_number_line
from normalize.cell import parse_cell
from normalize.header import dated_header, parse_header
from normalize.periods import bare_header_year, find_period, parse_period
from normalize.text import (
    LABEL_SEPARATORS,
    cut_at_headings,
    holds_second_heading,
    longest_first,
    nfkc,
    second_heading_at,
)
from normalize.vocabulary import (
    ALL_ROLE_WORDS,
    ANY_CLOSING_BRACKETS,
    ANY_OPENING_BRACKETS,
    BULLET_MARKS,
    CIRCLED_NUMBERS,
    CLAUSE_MARKS,
    GENERIC_KIND,
    GOAL_HEADER_WORDS,
    HEADER_WORDS,
    KINDS,
    LARGE_MULTIPLIERS,
    NOTE_MARKS,
    RATE_PREFIXES,
    SENTENCE_CLAUSE_LINKS,
    SENTENCE_ENDINGS,
    SENTENCE_NAME_ROLE_LINK,
    SENTENCE_TARGET_ENDINGS,
    SENTENCE_TARGET_NOTE,
    SENTENCE_TARGET_PERIOD_LINKS,
    STATEMENT_ARROWS,
    STATEMENT_CONNECTIVES,
    STATEMENT_LABEL_BRACKETS,
    STATEMENT_LIST_MARKS,
    STATEMENT_OTHER_KIND,
    STATEMENT_TOPIC_PARTICLES,
    STATEMENT_WORD_ARROWS,
    TARGET_DIRECTION_WORDS,
    UNITS,
    WORDED_TARGET_NOTES,
)

#: Longest value text tried (`3,200万円（2018年度）`, `男性79.8歳 女性83.9歳（令和元年）`), and longest name kept.
MAX_VALUE_CHARS = 40
MAX_NAME_CHARS = 60
#: Characters a line of a table (not running text) carries: a tab between cells, a pipe between HTML cells.
TABLE_CELL_MARKS = ("\t", "|")
#: Share of the lines with text followed by a blank line above which blank lines end no paragraph.
BLANK_SPACED_SHARE = 0.7

REJECT_REASON = "statement with an arrow not read"
SENTENCE_REJECT_REASON = "sentence target not read"
UNOWNED_TARGET_REASON = "target line outside any list, caption or heading not read"

_ROLE_HEADER = {role: word for word, role in reversed(ALL_ROLE_WORDS.items())}  # first word per role: 基準値, 目標値
_BASELINE, _TARGET = "baseline", "target"
#: The arrow a worded arrow is read as (`_worded_arrows`).
_WORD_ARROW = nfkc(STATEMENT_ARROWS[0])
_ARROWS = re.compile("|".join(map(re.escape, sorted(map(nfkc, STATEMENT_ARROWS), key=len, reverse=True))))
_LEAD_MARKS = BULLET_MARKS + STATEMENT_LIST_MARKS + CIRCLED_NUMBERS + LABEL_SEPARATORS
_OPENERS = "".join(nfkc(open_) for open_, _ in STATEMENT_LABEL_BRACKETS) + "("
#: Closing brackets left at the start of a name when a caption word inside brackets is cut off (`KPI】 新規…`).
_CLOSERS = "".join(nfkc(close) for _, close in STATEMENT_LABEL_BRACKETS) + ")"
_LABEL = re.compile("|".join(rf"^\s*{re.escape(nfkc(a))}([^{re.escape(nfkc(b))}]{{1,20}}){re.escape(nfkc(b))}"
                             for a, b in STATEMENT_LABEL_BRACKETS))
_KIND_WORDS = sorted(map(nfkc, KINDS), key=len, reverse=True)
_KIND_OF = {nfkc(word): kind for word, kind in KINDS.items()}
_KIND_ANYWHERE = re.compile("|".join(map(re.escape, _KIND_WORDS)))
_SPACED_BULLET = re.compile(rf"\s[{re.escape(BULLET_MARKS)}]")
_ROLE = re.compile("|".join(sorted(map(re.escape, map(nfkc, ALL_ROLE_WORDS)), key=len, reverse=True)))
_TRAILING_ROLE = re.compile(rf"(?:{_ROLE.pattern})(?:\s*\([^()]{{1,20}}\))?[\s{re.escape(LABEL_SEPARATORS)}]*$")
#: Words holding a role word that are no role (`数値目標`, `現状維持`, a goal heading's `基本目標２`): masked before
#: role words are looked for.
_NOT_ROLES = re.compile("|".join(map(re.escape, longest_first(
    nfkc(w) for w in [*HEADER_WORDS, *KINDS, *TARGET_DIRECTION_WORDS, *GOAL_HEADER_WORDS]))))
_PAREN = re.compile(r"^\s*\([^()]{1,20}\)")
#: A period in brackets after a role word, perhaps with its Western year bracketed inside (`（令和7年度（2025年度））`).
_ROLE_PERIOD = re.compile(r"^\s*\((?:[^()]|\([^()]{1,12}\)){1,30}\)")
#: A bracketed period closing a value (`25世帯(R11)` → `25世帯`).
_PAREN_END = re.compile(r"\s*\([^()]{1,20}\)\s*$")
#: A bracket closing a value, perhaps with a bracketed year inside (`15人（令和3年度（2021年度） 10人）`).
_BRACKET_END = re.compile(r"\s*\((?:[^()]|\([^()]{1,12}\)){1,40}\)\s*$")
#: A value's end printed with its bracketed period (`件（R11）`, `（R11）`, `22,000 人（R11）`): (before, period).
_VALUE_END = re.compile(r"(\S*?)\(([^()]{1,20})\)")
#: A role word in brackets before its value (`（現状値）4,820人（R2）→（目標値）5,000人（R11）`, layouts 138).
_BRACKETED_ROLE = re.compile(rf"\((?:{_ROLE.pattern})\)")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\d{4}")
_MULTIPLIERS = "".join(map(re.escape, {nfkc(m) for m in LARGE_MULTIPLIERS}))
_UNITS = "|".join(sorted(map(re.escape, {nfkc(u) for u in UNITS}), key=len, reverse=True))
_QUANTITY = re.compile(rf"\d[\d,.]*\s*[{_MULTIPLIERS}]?\s*(?:{_UNITS})")
_BRACKETS = re.compile("|".join(re.escape(mark) for pair in STATEMENT_LABEL_BRACKETS for mark in pair))
_DIRECTIONS = longest_first(nfkc(word) for word in TARGET_DIRECTION_WORDS)
_TARGET_ENDING = re.compile(
    "(?:" + "|".join(map(re.escape, sorted(map(nfkc, SENTENCE_TARGET_ENDINGS), key=len, reverse=True))) + ")"
    + f"[{re.escape(''.join(SENTENCE_ENDINGS))}]?\\s*$")
_SENTENCE = re.compile(f"[^{re.escape(''.join(SENTENCE_ENDINGS))}]+[{re.escape(''.join(SENTENCE_ENDINGS))}]")
_PERIOD_LINKS = sorted(map(nfkc, SENTENCE_TARGET_PERIOD_LINKS), key=len, reverse=True)
_CLAUSE_LINK = re.compile("(?:" + "|".join(map(re.escape, map(nfkc, SENTENCE_CLAUSE_LINKS))) + ")["
                          + re.escape("".join(CLAUSE_MARKS)) + "]")
#: A later clause names its indicator before an object or topic particle (`…参加者数を`).
_TOPIC_OBJECT = re.compile("[" + re.escape("".join(STATEMENT_TOPIC_PARTICLES)) + "]")


class _FoldTable(dict):
    """`str.translate` table of `fold`, filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        self[code] = folded if len(folded) == 1 and char not in CIRCLED_NUMBERS else char
        return self[code]


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """NFKC character by character where it keeps one character (full-width digits, letters, `：`, `（`), so that
    positions in the folded text are positions in the printed text; circled numbers and `㎡` stay as printed."""
    return text.translate(_FOLD)


def is_value(text: str) -> bool:
    """The whole text is one value cell: every segment the cell parser finds has a number."""
    if not _DIGIT.search(fold(text)):
        return False
    parsed = parse_cell(text)
    return bool(parsed) and all(p.value is not None and not p.uncertain for p in parsed)


def _longest_value(text: str) -> int:
    """Length of the longest leading part of `text` that is one value (0 when none is)."""
    for end in range(min(len(text), MAX_VALUE_CHARS), 0, -1):
        if not text[end - 1].isspace() and is_value(text[:end]):
            return end
    return 0


def _direction_length(text: str) -> int:
    """Length of a direction word printed instead of a target figure at the start of `text` (`増加`, `維持`: layouts
    15 in tables, 62 after an arrow or a role word), when a word boundary follows it; 0 when none is there."""
    folded = fold(text)
    for word in _DIRECTIONS:
        after = folded[len(word):len(word) + 1]
        if folded.startswith(word) and (not after or after.isspace() or after in CLAUSE_MARKS or after in _OPENERS):
            return len(word)
    return 0


def _worded_length(text: str) -> int:
    """Length of the longest leading part of `text` that is one target printed without a single figure (a range
    `20～25%（R11）`, a comparison `前年度以上`: WORDED_TARGET_NOTES), 0 when none is; never cut inside it, so that
    one end of a range is not taken for the value."""
    for end in range(min(len(text), MAX_VALUE_CHARS), 0, -1):
        if text[end - 1].isspace():
            continue
        parsed = parse_cell(text[:end])
        if len(parsed) == 1 and parsed[0].value is None and (parsed[0].note or "").startswith(WORDED_TARGET_NOTES):
            return end
    return 0


def _target_length(text: str) -> int:
    """Length of what a target prints at the start of `text`: a value, a range or comparison instead of one
    (whichever is longer: `20～25%` is no `20`), or a direction word."""
    return max(_longest_value(text), _worded_length(text)) or _direction_length(text)


def _split_name_value(text: str) -> tuple[str, str] | None:
    """`移住相談件数３０件（2018年度）` → (`移住相談件数`, `３０件（2018年度）`): the first split after which the rest
    is one value (so digits inside a name, `年少人口(0~14歳)`, stay in the name). The value ends the text, so only
    its last MAX_VALUE_CHARS characters are tried, however long the text before it (a document on one line)."""
    text = text.rstrip()
    folded = fold(text)
    for start in range(max(1, len(text) - MAX_VALUE_CHARS), len(text)):
        if folded[start].isspace() or folded[start] in _OPENERS or folded[start - 1].isdigit() \
                or folded[start - 1] in ",." or (folded[start - 1].isascii() and folded[start - 1].isalpha()):
            continue  # a value starts with its number, not inside one, a word (`R3`, `CO2`) nor with a bracket
        if is_value(text[start:]) and not _dated(text[start:]):
            return text[:start], text[start:].strip()
    return None


def _dated(text: str) -> bool:
    """The value text opens with its period clause (`令和11年度までに 15人`): the clause stays before the value, where
    a sentence or a list item places its target's period (`_peel_period`)."""
    rest, period = _peel_period(text, at_end=False)
    return period is not None and is_value(rest)


@dataclass(frozen=True)
class Statement:
    """One statement: the name as printed (list marks removed), an inline caption's kind, (header, value) cells."""

    name: str
    kind: str | None
    cells: tuple[tuple[str, str], ...]


def clean_statement_name(text: str) -> tuple[str, str | None]:
    """Strip list marks, brackets, separators and an inline caption (`数値目標　`, `ＫＰＩ：`) from the start of a
    name, and a topic particle or separator from its end → (name, kind of the caption or None)."""
    kind = None
    name = text.strip()
    while True:
        before = name
        folded = fold(name)
        name = name[len(folded) - len(folded.lstrip(_LEAD_MARKS + _CLOSERS + " ")):]
        folded = fold(name)
        number = LIST_NUMBER.match(folded)
        if number:
            name = name[number.end():]
        paren = _PAREN.match(fold(name))
        if paren and nfkc(paren.group(0)).strip("() ") in _KIND_OF:
            name = name[paren.end():]
        label = _LABEL.match(fold(name))
        if label:  # `【目標】`, `【重要業績評価指標（KPI）】`: a caption, its kind word (if any) gives the kind
            kind = kind or clean_statement_name(next(g for g in label.groups() if g is not None))[1]
            name = name[label.end():]
        for word in _KIND_WORDS:
            if fold(name).startswith(word):
                kind, name = kind or _KIND_OF[word], name[len(word):]
                break
        if name == before:
            break
    return _strip_name_end(name), kind


def _strip_name_end(name: str) -> str:
    """Drop separators, a topic particle and clause marks from the end of a name (`…の利用者数は、` → `…の利用者数`)."""
    name = name.strip()
    while name and (fold(name[-1]) in LABEL_SEPARATORS or name[-1] in STATEMENT_TOPIC_PARTICLES or name[-1].isspace()
                    or name[-1] in CLAUSE_MARKS):
        name = name[:-1].rstrip()
    return name


def _good_name(name: str) -> bool:
    """An indicator's name; the word that heads a table's indicator column (`指標項目 現状　2018 実績値　2019 …`: a
    header line whose years are printed bare) names none, nor does its unit column's, maybe bracketed (`成果指標
    （単位） 当初値　2017 …`)."""
    bare = name.strip(ANY_OPENING_BRACKETS + ANY_CLOSING_BRACKETS)
    return bool(name) and len(name) <= MAX_NAME_CHARS and not is_value(name) and bool(re.search(r"[^\W\d_]", name)) \
        and not (is_header_words(bare) and header_role(bare) in (NAME, UNIT))


class NotAStatement(ValueError):
    """A line shaped like a statement (an arrow between figures) that does not read as one; says why."""


def arrow_statements(text: str, name_above: Statement | None = None,
                     names_beside: list[Statement] | None = None) -> list[Statement] | None:
    """Every arrow statement of one line (`[]` when the line has no arrow, None when one does not read)."""
    try:
        return read_arrows(text, name_above, names_beside)
    except NotAStatement:
        return None


def read_arrows(text: str, name_above: Statement | None = None,
                names_beside: list[Statement] | None = None) -> list[Statement]:
    """Every arrow statement of one line; raises NotAStatement when an arrow's surroundings do not read.

    The parts between arrows are `name value` (a statement starts), `value` (one more target of the statement:
    `A 1 → 2 → 3`), or `value name value` (a target, then the next statement of a list run into one line). A value
    after an arrow may follow its role word (`→ 目標値 20人`). A line that starts with a bare value takes its name
    from `name_above` (a banner prints the name over its figures). With `names_beside` (boxes printed side by side,
    each naming its figures: `町内従業者数   農業産出額` over `3,420人 → 3,600人   18.6億円 → 20億円`) every statement
    of bare values takes the next of those names, and they must all be taken.
    """
    folded = fold(text)
    cuts = [m.span() for m in _ARROWS.finditer(folded)]
    if not cuts:
        return []
    starts, ends = [0, *(end for _, end in cuts)], [*(start for start, _ in cuts), len(text)]
    parts = [text[a:b] for a, b in zip(starts, ends, strict=True)]
    statements: list[Statement] = []
    current: Statement | None = None
    caption: str | None = None  # a caption inside the line applies to the statements after it
    beside = list(names_beside or [])
    for index, part in enumerate(parts):
        rest = part
        if index > 0:
            assert current is not None  # every part before the last starts one or raises
            header, value, rest = _value_after_arrow(part)
            current = Statement(current.name, current.kind, (*current.cells, (header, value)))
            if index == len(parts) - 1 or not fold(rest).strip("".join(CLAUSE_MARKS) + " "):
                continue  # the last value, or a chain `1 → 2 → 3` going on
            statements.append(current)
            current = None
        named = beside.pop(0) if names_beside and beside else name_above if index == 0 and not names_beside else None
        if named is not None and is_value(rest.strip()):
            current = Statement(named.name, named.kind, ((_ROLE_HEADER[_BASELINE], rest.strip()),))
            continue
        if is_value(rest.strip()):
            raise NotAStatement(f"no indicator name before {rest.strip()}")
        split = _split_name_value(rest)
        if split is None:
            raise NotAStatement(f"no name and value before the arrow: {rest.strip()[:MAX_VALUE_CHARS]}")
        prefix, year = _trailing_period(split[0])
        prefix, header = _trailing_role(prefix)
        header = f"{header} {year}" if year else header
        name, kind = _name_part(prefix)
        if not name and index == 0 and name_above is not None:  # `基準値 52万人 → 目標値 60万人` under the name
            name, kind = name_above.name, kind or name_above.kind
        if not _good_name(name):
            raise NotAStatement(f"no indicator name before {split[1]}")
        caption = kind or caption
        current = Statement(name, caption, ((header, split[1]),))
    if current is not None:
        statements.append(current)
    if beside:
        raise NotAStatement(f"{len(beside)} of the names printed side by side above name no figures")
    return statements


def _worded_arrows(text: str) -> str:
    """The text with each arrow printed as words (`15人（2018年度）から 20人（2024年度）へ`: STATEMENT_WORD_ARROWS)
    printed as the arrow it words: the word after the baseline becomes an arrow, the word closing the target a
    space (same length, so positions in the line stay positions in the text). Only where a value ends right before
    the word, a target follows it and the closing word follows that target before a space, a clause mark or the
    end, outside a sentence (`…152人から2020年には128人へと減少しています。` is a trend, not a statement)."""
    folded = fold(text)
    if folded.rstrip().endswith(SENTENCE_ENDINGS):
        return text
    chars = list(text)
    for word, closers in STATEMENT_WORD_ARROWS:
        for found in re.finditer(re.escape(word), folded):
            before = text[:found.start()]
            if not before.strip() or (_split_name_value(before) is None and not is_value(before.strip())):
                continue
            try:
                _, _, rest = _value_after_arrow(text[found.end():])
            except NotAStatement:
                continue
            at = len(text) - len(rest)
            after = folded[at + 1:at + 2]
            if folded[at:at + 1] in closers and (not after or after.isspace() or after in CLAUSE_MARKS):
                chars[found.start():found.end()] = _WORD_ARROW.ljust(len(word))
                chars[at] = " "
    return "".join(chars)


def _worded_arrows_of(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The pieces with their worded arrows printed as arrows (`_worded_arrows`), an arrow wrapped after its word
    (`…30件（2018年度）から` / `50件（2023年度）へ`) read with the next piece with text."""
    out = list(pieces)
    for i, (origin, piece) in enumerate(out):
        if not any(word in fold(piece) for word, _ in STATEMENT_WORD_ARROWS):
            continue
        j = next((k for k in range(i + 1, len(out)) if out[k][1].strip()), None)
        if j is None or not any(fold(piece).rstrip().endswith(word) for word, _ in STATEMENT_WORD_ARROWS):
            out[i] = (origin, _worded_arrows(piece))
            continue
        both = _worded_arrows(f"{piece}\n{out[j][1]}")
        out[i], out[j] = (origin, both[:len(piece)]), (out[j][0], both[len(piece) + 1:])
    return out


def _trailing_role(text: str) -> tuple[str, str]:
    """(text before, header) when the text ends with a role word and maybe its period (`観光入込客数 基準値（H30）：`);
    else (text, the baseline header): the value after it takes that role."""
    folded = fold(text)
    masked = _NOT_ROLES.sub(lambda m: "\0" * len(m.group(0)), folded)
    found = _TRAILING_ROLE.search(masked)
    if not found:
        return text, _ROLE_HEADER[_BASELINE]
    header = text[found.start():]
    return text[:found.start()], header[:len(fold(header).rstrip(LABEL_SEPARATORS + " "))].strip()


def _trailing_period(text: str) -> tuple[str, str | None]:
    """(text before, period) when the text ends with a period printed alone before the value, which the cell parser
    does not read outside brackets (`自主防災組織の組織率　現状　R2　58.9%`: `R2`); else (text, None). The role
    header takes it, as a table's header takes the year over its column."""
    folded = fold(text).rstrip()
    for start in range(max(1, len(folded) - MAX_VALUE_CHARS), len(folded)):
        before, last = folded[start - 1], text[start:len(folded)]
        if not (before.isascii() and before.isalnum()) and not last[:1].isspace() and folded[:start].strip() \
                and parse_period(last) and not is_value(last):
            return text[:start], last  # `…現況値H30`, `…　R2`: the longest period ending the text
    return text, None


def _leading_period(text: str) -> tuple[str, int] | None:
    """(period, length up to the value) of a period printed alone before a value (`R11　63.2%`), else None."""
    folded = fold(text)
    lead = len(folded) - len(folded.lstrip())
    first = folded[lead:].split(maxsplit=1)
    if len(first) < 2 or not parse_period(first[0]):
        return None
    end = lead + len(first[0])
    end += len(folded[end:]) - len(folded[end:].lstrip())
    return text[lead:lead + len(first[0])], end


def _value_after_arrow(part: str) -> tuple[str, str, str]:
    """(header, value text, rest) of the text after an arrow: a target, or the role its role word names
    (`→ 目標値（R6）：60万人`: the period printed after the role word belongs to the header)."""
    header = _ROLE_HEADER[_TARGET]
    folded = fold(part)
    lead = len(part) - len(part.lstrip())
    role = _ROLE.match(folded, lead)
    if role:
        header_end = role.end()
        paren = _ROLE_PERIOD.match(folded[header_end:])
        if paren and parse_period(paren.group(0).strip()[1:-1]):
            header_end += paren.end()
        header = part[role.start():header_end].strip()
        lead = len(part) - len(folded[header_end:].lstrip(LABEL_SEPARATORS + " "))
    end = _target_length(part[lead:])
    if not end and (year := _leading_period(part[lead:])):  # `→ R11　63.2%`: the period the header's
        header, lead = f"{header} {year[0]}", lead + year[1]
        end = _target_length(part[lead:])
    if not end:
        raise NotAStatement(f"no value after the arrow: {part.strip()[:MAX_VALUE_CHARS]}")
    return header, part[lead:lead + end].strip(), part[lead + end:]


def _name_part(text: str) -> tuple[str, str | None]:
    """The name printed before a statement's first value or role word, and the kind of the last caption before it.

    The name starts after the last clause mark (`また、子育て支援…の利用者数は、` → `子育て支援…の利用者数`), at
    the last caption word (`… 数値目標 社会増減数`) or at the last list mark after a space (`… ＫＰＩ ・木材出荷量`),
    whichever comes last; then `clean_statement_name` cleans it.
    """
    text = _strip_name_end(text)
    folded = fold(text)
    cuts = [folded.rfind(mark) + 1 for mark in CLAUSE_MARKS]
    captions = list(_KIND_ANYWHERE.finditer(folded))
    cuts += [captions[-1].start()] if captions else []
    cuts += [m.start() + 1 for m in _SPACED_BULLET.finditer(folded)][-1:]
    name, kind = clean_statement_name(text[max(cuts, default=0):])
    return name, kind or (_KIND_OF[captions[-1].group(0)] if captions else None)


def _role_matches(folded: str) -> list[re.Match[str]]:
    """Role words of a line, leaving out those inside other header words (`目標` in `数値目標`)."""
    return list(_ROLE.finditer(_NOT_ROLES.sub(lambda m: "\0" * len(m.group(0)), folded)))


def _role_cell(text: str, folded: str, match: re.Match[str], stop: int) -> tuple[str, str, str] | None:
    """(header, value text, what follows the value) of the role word `match` up to `stop`; None without a value.
    The header is the role word with a period printed right after it (`現状値（令和4年度）`)."""
    header_end = match.end()
    paren = _ROLE_PERIOD.match(folded[header_end:stop])
    if paren and parse_period(paren.group(0).strip()[1:-1]):
        header_end += paren.end()
    body = text[header_end:stop]
    lead = len(body) - len(fold(body).lstrip(LABEL_SEPARATORS + " "))
    targets = parse_header(folded[match.start():match.end()])[0] == _TARGET
    read_value = _target_length if targets else _longest_value  # a direction word only as a target
    end = read_value(body[lead:])
    header = text[match.start():header_end].strip()
    if not end and (year := _leading_period(body[lead:])):  # `基準値　R3　4,483人`: the period the header's
        header, lead = f"{header} {year[0]}", lead + year[1]
        end = read_value(body[lead:])
    if not end:
        return None
    between = fold(body[lead + end:]).strip("".join(CLAUSE_MARKS) + " ")
    return header, body[lead:lead + end].strip(), between


def _roles_state_a_change(headers: Iterable[str]) -> bool:
    """A target and where it starts from (a baseline or an actual): a statement, not a lone figure. Roles as the
    record step will read them from the headers (`normalize.header.parse_header`)."""
    roles = {parse_header(header)[0] for header in headers}
    return _TARGET in roles and roles != {_TARGET}


#: A role word's bracketed qualifier read as the start of its value (`実績値（年度）　2016`: `（年度）　2016`).
_QUALIFIER = re.compile(r"^[(（][^()（）]*[)）]\s*")


def _header_years(values: Iterable[str]) -> bool:
    """The figures after the role words are plan years printed bare, rising (`現状　2018 実績値　2019 目標値　2024`,
    `当初値　2015  実績値（年度）　2016`: a qualifier in brackets before the year): a table's header line, each role
    word with its year, not a statement of values."""
    years = [bare_header_year(_QUALIFIER.sub("", nfkc(value).strip())) for value in values]
    return None not in years and all(a < b for a, b in pairwise(years))


def labelled_statement(text: str, name_above: Statement | None = None) -> Statement | None:
    """`name 現状値 X 目標値 Y` (or with 実績値): the name before the first role word (else `name_above`), each
    value after its word."""
    folded = fold(text)
    matches = _role_matches(folded)
    if len(matches) < 2:
        return None
    cells: list[tuple[str, str]] = []
    for i, match in enumerate(matches):
        cell = _role_cell(text, folded, match, matches[i + 1].start() if i + 1 < len(matches) else len(text))
        if cell is None:
            return None
        header, value, between = cell
        if i + 1 < len(matches) and between not in STATEMENT_CONNECTIVES:
            return None  # prose between two labelled values: not one statement
        cells.append((header, value))
    if not _roles_state_a_change(h for h, _ in cells) or _header_years(value for _, value in cells):
        return None
    name, kind = _name_part(text[:matches[0].start()])
    if not name and name_above is not None:
        name, kind = name_above.name, kind or name_above.kind
    return Statement(name, kind, tuple(cells)) if _good_name(name) else None


def states_itself(text: str) -> bool:
    """A line that says what its values are without a header: values joined by an arrow (`name 30件 → 50件`) or
    each after its role word (`name 現状値 X 目標値 Y`, `1.name　目標値：R6　21.6億円`). Lines of such statements
    under no header of role words are statements, not a table's rows (`ingest.text.generic.find_tables`)."""
    return bool(arrow_statements(text)) or labelled_statement(text) is not None or target_statement(text) is not None


def target_statement(text: str) -> Statement | None:
    """`name 目標：150件（令和11年度）`: a name and one target role word with its value, nothing after it (a KPI list
    item that prints no baseline). Read only where the caller knows the line is a list item, under a caption or
    under a goal heading."""
    folded = fold(text)
    matches = _role_matches(folded)
    if len(matches) != 1 or parse_header(matches[0].group(0))[0] != _TARGET:
        return None
    cell = _role_cell(text, folded, matches[0], len(text))
    if cell is None or cell[2]:
        return None
    name, kind = _name_part(text[:matches[0].start()])
    return Statement(name, kind, ((cell[0], cell[1]),)) if _good_name(name) else None


def dated_target(text: str) -> Statement | None:
    """`・新規就農者数（累計）　令和11年度までに 15人（令和5年度 4人）`: a name and its target stated year first (a
    period and a link, SENTENCE_TARGET_PERIOD_LINKS, then the value: by then, that figure), perhaps with the figure
    it starts from in brackets after it (an earlier period and a value: the baseline). Read only where the caller
    knows the line is a list item or under a caption, as `target_statement`."""
    split = _split_name_value(text)
    if split is None:
        return None
    before, value = split
    before, period = _peel_period(before, at_end=True)
    if period is None:
        return None
    header = dated_header(_ROLE_HEADER[_TARGET], period)
    cells = [(header, value)]
    bracket = _BRACKET_END.search(fold(value))
    if bracket:
        inner = value[bracket.start():].strip()[1:-1].strip()
        parsed = parse_cell(inner)
        start = parsed[0].period if len(parsed) == 1 and parsed[0].value is not None else None
        base_header, base_value = _ROLE_HEADER[_BASELINE], inner
        if start is None and (lead := _leading_period(inner)) and is_value(inner[lead[1]:]):  # `（H30 18.7億円）`
            start, base_header = parse_period(fold(lead[0])), dated_header(base_header, lead[0])
            base_value = inner[lead[1]:].strip()
        end = parse_header(header)[1]
        if start and end and _YEAR.search(start)[0] < _YEAR.search(end)[0]:  # `（令和5年度 4人）`, then `令和11年度`
            cells = [(base_header, base_value), (header, value[:bracket.start()].strip())]
    name, kind = _name_part(before)
    return Statement(name, kind, tuple(cells)) if _good_name(name) else None


def _peel_period(text: str, at_end: bool) -> tuple[str, str | None]:
    """A target's period clause at the end (`…を、令和11年度までに`) or the start (`令和11年度までに出生数を`) of a
    sentence part → (the part without it, the period text as printed, or None)."""
    folded = fold(text)
    for link in _PERIOD_LINKS:
        if at_end:
            stripped = folded.rstrip("".join(CLAUSE_MARKS) + " ")
            if not stripped.endswith(link):
                continue
            head = stripped[:-len(link)]
            for start in range(max(0, len(head) - MAX_VALUE_CHARS), len(head)):
                if parse_period(head[start:]) and (start == 0 or not head[start - 1].isdigit()):
                    return text[:start], text[start:len(head)].strip()
        else:
            lead = len(folded) - len(folded.lstrip())
            for end in range(min(len(folded), lead + MAX_VALUE_CHARS), lead, -1):
                if parse_period(folded[lead:end]) and folded[end:].startswith(link):
                    rest = text[end + len(link):]
                    return rest[len(rest) - len(fold(rest).lstrip("".join(CLAUSE_MARKS) + " ")):], \
                        text[lead:end].strip()
    return text, None


def sentence_target(sentence: str) -> Statement | None:
    """`年間出生数を令和11年度までに320人とします。`: a sentence ending as a target (SENTENCE_TARGET_ENDINGS) right
    after a value, its name the topic or object before it (`…を`, `…は`), its period a clause `…までに` before the
    value or the name; a value and `から` before the target (`…を、2020年の8,512人から令和12年に8,000人とします`) is
    its baseline. None for a sentence that does not end as a target after a value. Raises NotAStatement when such a
    sentence has no name right before its figures, or when the name part holds another figure (`2020年の国勢調査で
    12,480人であった…人口を`): which figure the indicator's baseline is, if any, is not for a reader to guess."""
    folded = fold(sentence)
    ending = _TARGET_ENDING.search(folded)
    if not ending:
        return None
    split = _split_name_value(sentence[:ending.start()])
    if split is None:
        return None
    before, value = split
    before, period = _peel_period(before, at_end=True)
    cells = [(dated_header(_ROLE_HEADER[_TARGET], period), value)]
    tail = fold(before).rstrip()
    connective = next((word for word in STATEMENT_CONNECTIVES if word and tail.endswith(word)), None)
    if connective:  # `…を、2020年の8,512人から`: the baseline
        start = _split_name_value(before[:len(tail) - len(connective)])
        if start is None:
            raise NotAStatement(f"no value before {connective} in a target sentence: "
                                f"{before.strip()[-MAX_VALUE_CHARS:]}")
        before, baseline = start
        before, baseline_period = _peel_period(before, at_end=True)
        cells.insert(0, (dated_header(_ROLE_HEADER[_BASELINE], baseline_period), baseline))
    if fold(before).rstrip("".join(CLAUSE_MARKS) + " ")[-1:] not in STATEMENT_TOPIC_PARTICLES:
        raise NotAStatement(f"no name right before the target {value}: {before.strip()[-MAX_NAME_CHARS:]}")
    name, kind = _name_part(before)
    if period is None:
        name, period = _peel_period(name, at_end=False)
        name, kind = clean_statement_name(name)[0], kind
        cells[-1] = (dated_header(_ROLE_HEADER[_TARGET], period), value)
    without_role, _ = _trailing_role(name)
    if without_role != name:  # `参加者数の目標を200人とします`: the name is 参加者数
        name = _strip_name_end(without_role.removesuffix(SENTENCE_NAME_ROLE_LINK))
    if _QUANTITY.search(fold(name)) or find_period(fold(name), require_suffix=True):
        raise NotAStatement(f"another figure before the target {value}: {before.strip()[:MAX_NAME_CHARS]}")
    if not _good_name(name):
        raise NotAStatement(f"no name right before the target {value}: {before.strip()[-MAX_NAME_CHARS:]}")
    return Statement(name, kind, tuple(cells))


def sentence_targets(sentence: str) -> list[Statement]:
    """Every target a sentence states (see `sentence_target`): several clauses may share its verb, each closing with a
    link particle and a clause mark (`令和11年度までに、Aを30件から50件に、Bを10人から20人に増やします。`); each is
    read as a sentence of its own with that ending, and a period clause opening the sentence dates every target
    printed without its own. Raises NotAStatement as `sentence_target` does."""
    ending = _TARGET_ENDING.search(fold(sentence))
    if not ending:
        return []
    body, tail = sentence[:ending.start()], sentence[ending.start():]
    caption = _LABEL.match(fold(body))  # `【目標】令和11年度までに、…`: the caption opening the paragraph
    _, period = _peel_period(body[caption.end() if caption else 0:], at_end=False)
    folded, clauses, start = fold(body), [], 0
    for link in _CLAUSE_LINK.finditer(folded):
        if _split_name_value(body[start:link.start()]) is not None \
                and _split_name_value(body[start:link.start()])[1] and _TOPIC_OBJECT.search(folded, link.end()):
            clauses.append(body[start:link.start()])
            start = link.end()
    clauses.append(body[start:])
    statements = []
    for clause in clauses:
        found = sentence_target(clause + tail) if len(clauses) > 1 else sentence_target(sentence)
        if found is None:
            continue
        header, value = found.cells[-1]
        if period and fold(header) == fold(_ROLE_HEADER[_TARGET]):  # no period of its own
            found = replace(found, cells=(*found.cells[:-1], (dated_header(header, period), value)))
        statements.append(found)
    return statements


def labelled_line(text: str) -> tuple[str, str] | None:
    """(header, value) of a line that is one role word and its value only (`現状値　12人（2018年度）`): banners print
    a statement's values one per line under its name."""
    stripped = text.strip()
    stripped = stripped[len(stripped) - len(fold(stripped).lstrip(_LEAD_MARKS + " ")):]
    folded = fold(stripped)
    matches = _role_matches(folded)
    if len(matches) != 1 or matches[0].start() != 0:
        return None
    cell = _role_cell(stripped, folded, matches[0], len(stripped))
    return (cell[0], cell[1]) if cell and not cell[2] else None


def _has_quantities_around_arrow(text: str) -> bool:
    """A quantity (a number with a unit: `３０件`, `12,400人/年`, `1.8億円`) on each side of one of the arrows: a
    statement the reader should have read. Years alone (`2020年→2025年`, a span in prose) are not quantities."""
    folded = fold(text)
    return any(_QUANTITY.search(folded[max(0, m.start() - MAX_VALUE_CHARS):m.start()])
               and _QUANTITY.search(folded[m.end():m.end() + MAX_VALUE_CHARS]) for m in _ARROWS.finditer(folded))


def _caption_kind(text: str) -> str | None:
    """The kind a caption line names (`数値目標`, `【重要業績評価指標（KPI）】`, `ＫＰＩ`), None for other lines. A
    short line without figures or sentence end naming one kind anywhere is a caption too (`具体的な施策と重要業績評価
    指標（KPI）`, layouts 61); a line naming two kinds decides nothing."""
    folded = fold(text)
    if not _KIND_ANYWHERE.search(folded):
        return None
    _, kind = clean_statement_name(text)
    if kind or text.strip().endswith(SENTENCE_ENDINGS) or _DIGIT.search(folded) or len(text.strip()) > MAX_NAME_CHARS:
        return kind
    kinds = {_KIND_OF[m.group(0)] for m in _KIND_ANYWHERE.finditer(folded)}
    return kinds.pop() if len(kinds) == 1 else None


def _heads_indicators(text: str) -> bool:
    """A caption naming a kind, or a line heading the measures (`■具体的な施策`)."""
    return _caption_kind(text) is not None or measure_section(text)


def _measure_heading(text: str, below: list[str]) -> bool:
    """A line heading the measures (`具体的な施策`), or a numbered title (`（３）子育て支援の充実`, `2. 観光の振興`:
    `context.numbered_title`) over a line that names its own figures (not a value nor a role word and its value:
    those would be this line's, an indicator's name printed over them). A strategy sets KPIs per measure, so the
    statements under it are KPIs (`context.owner_kind`)."""
    if measure_section(text):
        return True
    if not numbered_title(text) or _role_matches(fold(text)):
        return False
    following = fold(next((line for line in below if line.strip()), "")).lstrip(_LEAD_MARKS + " ")
    number = LIST_NUMBER.match(following)
    following = following[number.end():] if number else following
    return bool(following) and labelled_line(following) is None and not _target_length(following) \
        and _leading_period(following) is None


def _may_be_statement(text: str) -> bool:
    """Cheap test before the readers: an arrow, or two role words."""
    folded = fold(text)
    if _ARROWS.search(folded):
        return True
    return len(_ROLE.findall(folded)) >= 2


@dataclass
class StatementRead:
    rows: list[IndicatorRow]
    rejects: list[Reject]


@dataclass
class _Pending:
    """A statement printed over several lines: its name line, then one `role value` line per value."""

    name: Statement
    ref: SourceRef
    index: int
    cells: list[ValueCell]
    #: a field line among its value lines naming its department (`担当課：農林振興課`, a KPI card; layouts 72)
    department: str | None = None


def _is_list_item(text: str) -> bool:
    """A line opening with a list mark, a list number or a bracketed label (`・`, `①`, `（１）`, `【KPI】`)."""
    folded = fold(text).lstrip()
    return bool(folded) and (folded[0] in BULLET_MARKS + STATEMENT_LIST_MARKS + CIRCLED_NUMBERS
                             or bool(LIST_NUMBER.match(folded))
                             or bool(_LABEL.match(folded)))


def _furniture(pieces: list[tuple[int, str]]) -> set[int]:
    """Indexes of page furniture in a text layer: a page-number line (`- 2 -`) and, next to one (blank lines aside),
    a line printed more than once in the document (a running header `○○市 第２期総合戦略`). A statement broken by a
    page break goes on over them (layouts 66's text layers)."""
    keys = [re.sub(r"\d+|\s+", "", fold(piece)) for _, piece in pieces]
    counts = Counter(keys)
    numbers = {i for i, (_, piece) in enumerate(pieces) if page_number_line(piece.strip())}
    if not numbers:
        return set()
    _, headings = goal_outline([_strip_heading_marks(piece) for _, piece in pieces])
    furniture = set(numbers)
    for number in numbers:
        for step in (-1, 1):
            i = number + step
            while 0 <= i < len(pieces) and not pieces[i][1].strip():
                i += step
            if 0 <= i < len(pieces) and counts[keys[i]] > 1 and i not in headings:  # a heading repeated is no furniture
                furniture.add(i)
    return furniture


def _joined_at_arrows(pieces: list[tuple[int, str]], printed: set[int],
                      passed: set[int]) -> list[tuple[str, list[tuple[int, int]]]]:
    """Lines of a statement broken at its arrow joined: a line ending with an arrow, or followed by one opening
    with an arrow (`…現状値 2.8億円（R5）` / `→ 目標値 3.5億円（R11）`), is one statement with the next (layouts 64,
    66), blank lines and the pieces in `passed` (page furniture) between them aside. Each line → (text, [(offset,
    origin line)]): the characters from each offset on were printed on that line; a line joined to an earlier one
    is left empty in its place."""
    joined: list[tuple[str, list[tuple[int, int]]]] = []
    last: int | None = None  # the last line with text that is no furniture
    for i, (origin, piece) in enumerate(pieces):
        if last is not None and origin not in printed and joined[last][1][-1][1] not in printed and piece.strip() \
                and i not in passed:
            text, spans = joined[last]
            arrow_between = _ARROWS.match(fold(piece).lstrip()) or _ARROWS.search(fold(text).rstrip()[-1:] or " ")
            wrapped = not arrow_between and (_wrapped_target_end(text, piece) or _wrapped_before_arrow(text, piece))
            if (arrow_between or wrapped) and _DIGIT.search(fold(text)) \
                    and not any(m in text + piece for m in TABLE_CELL_MARKS):
                head = text.rstrip()
                gap = "" if wrapped else " "  # a line wrapped inside a word goes on without a space
                joined[last] = (f"{head}{gap}{piece.strip()}", [*spans, (len(head) + len(gap), origin)])
                joined.append(("", [(0, origin)]))
                continue
        joined.append((piece, [(0, origin)]))
        if piece.strip() and i not in passed:
            last = len(joined) - 1
    return joined


def _wrapped_target_end(text: str, piece: str) -> bool:
    """`piece` is the end of the last target of the statement `text` wrapped onto the next line of a narrow column
    (`…→ 目標値 25 件` / `（R11）`, `→ 目標値 50 億` / `円（R11）`, `→ 目標` / `値 20 件（R11）`; layouts 139):
    a short line that is no list item, prints no arrow and ends with the value's bracketed period."""
    folded = fold(piece).strip()
    ends = _VALUE_END.findall(folded)
    return bool(_ARROWS.search(fold(text))) and len(ends) == 1 and folded.endswith(")") \
        and len(folded) <= MAX_VALUE_CHARS and not _ARROWS.search(folded) and not _is_list_item(piece) \
        and parse_period(ends[0][1]) is not None


#: The figure a line ends with, perhaps cut inside its unit (`12 世`, `4,310`, `1.2億`).
_FIGURE_AT_END = re.compile(r"\d[\d,.]*\s*\S*$")


def _wrapped_before_arrow(text: str, piece: str) -> bool:
    """`text` ends inside the value before the arrow `piece` prints, a line wrapped by a word processor inside the
    baseline (`【KPI】 …世帯の数（子育て世帯を含む） 12 世` / `帯（R5）→ 25 世帯（R11）`, layouts 166): no arrow in
    `text`, and its last figure joined to what `piece` prints before the arrow, its bracketed period aside, is one
    quantity."""
    folded, head = fold(text).rstrip(), fold(piece).strip()
    arrow = _ARROWS.search(head)
    figure = _FIGURE_AT_END.search(folded)
    if arrow is None or figure is None or _ARROWS.search(folded) or arrow.start() > MAX_VALUE_CHARS:
        return False
    value = _PAREN_END.sub("", figure.group(0) + head[:arrow.start()].strip())
    return bool(_QUANTITY.fullmatch(value.strip()))


_ROLE_WORD_KEYS = {compact(word) for word in ALL_ROLE_WORDS}


def _labelled_figure(name: str) -> bool:
    """The name is a role word and a figure (`目標 10件`): a table cell's labelled line, no indicator's name."""
    word, _, rest = nfkc(name).strip().partition(" ")
    return compact(word) in _ROLE_WORD_KEYS and any(cell.value is not None for cell in parse_cell(rest.strip()))


def _value_ends_only(line: str) -> bool:
    """A line of two or more value ends, each a bracketed period after nothing, a unit or a value (`（R11）　件（R11）`,
    `22,000 人（R11）  （R11）`): what is left of statements side by side whose targets wrapped."""
    pieces = _VALUE_END.findall(fold(line))
    rest = _VALUE_END.sub("", fold(line)).strip()
    return len(pieces) >= 2 and not rest and all(
        parse_period(inner) is not None and (not before or is_value(before) or is_value("1" + before))
        for before, inner in pieces)


def _blank_lines_mean_nothing(lines: list[str]) -> bool:
    """Most lines with text are followed by a blank line (a pdfminer text layer, one text box per line): a blank
    line there ends no paragraph."""
    texts = [i for i, line in enumerate(lines) if line.strip()]
    spaced = sum(1 for i in texts if i + 1 < len(lines) and not lines[i + 1].strip())
    return len(texts) > 1 and spaced >= BLANK_SPACED_SHARE * len(texts)


def _side_fields(text: str) -> list[str] | None:
    """The fields of a line of cards printed side by side, one field per card (pdfplumber: `指標名：A 指標名：B`,
    `基準値：3人（令和元年度） 基準値：1.2億円（令和元年度）`, or boxes' bare role words before their values:
    `現状値 3,120人（R5） 現状値 2人（R5）`): the line opens with a labelled field (`field_of`, `labelled_line`) and
    prints the same label again at each later field; None for any other line."""
    words = text.split()
    starts = [n for n, word in enumerate(words) if field_of(word) is not None or _ROLE.fullmatch(fold(word))]
    if len(starts) < 2 or starts[0] != 0:
        return None
    parts = [" ".join(words[a:b]) for a, b in pairwise([*starts, len(words)])]
    found = [field_of(part) or labelled_line(part) for part in parts]
    labels = {compact(field[0]) for field in found if field is not None}
    return parts if len(labels) == 1 and all(found) else None


def _cards_apart(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The pieces with each run of lines of cards side by side (`_side_fields`, as many cards on every line) read
    card after card: the first card's fields down its lines, then the next card's. Each field keeps its line.
    Boxes whose fields are bare role words and values (`現状値 3,120人（R5）`) are named by the line above the run,
    one name per box (`_names_beside`): each box's name goes before its fields; without such a line the run's
    lines stay whole (which box's name a field is under is not told)."""
    out: list[tuple[int, str]] = []
    run: list[tuple[int, list[str]]] = []

    def flush() -> None:
        cards = len(run[0][1]) if run else 0
        if run and field_of(run[0][1][0]) is None:
            names = _names_beside(out[-1][1]) if out else None
            if names is None or len(names) != cards:
                out.extend((index, " ".join(parts)) for index, parts in run)
                run.clear()
                return
            at = out.pop()[0]
            run.insert(0, (at, [name.name for name in names]))
        out.extend((index, parts[card]) for card in range(cards) for index, parts in run)
        run.clear()

    for index, piece in pieces:
        parts = _side_fields(piece)
        if run and (parts is None or len(parts) != len(run[0][1])):
            flush()
        if parts is not None:
            run.append((index, parts))
        else:
            out.append((index, piece))
    flush()
    return out


def _sides_cut(line: str) -> int | None:
    """Where a line of two text columns joined by single spaces (pdfplumber: no gutter tells the sides apart) cuts
    into its left and right sides, when exactly one space makes both sides the same kind of line: two list items
    (`・市内従業者数：… ・転入者数：…`), two captions (`【数値目標】 【数値目標】`), a sentence's end then more
    text, or two ends of values wrapped from the lines above (`22,000人（R11） （R11）`, `円（R11） 値 20件（R11）`,
    each closing with its bracketed period, no arrow); else None."""
    folded = fold(line)
    found = []
    for at in (k for k, ch in enumerate(folded) if ch == " "):
        left, right = folded[:at].strip(), folded[at + 1:].strip()
        if not left or not right:
            continue
        items = left[0] in BULLET_MARKS and right[0] == left[0]
        captions = _heads_indicators(left) and _heads_indicators(right)
        sentence = left.endswith(SENTENCE_ENDINGS)
        ends = all(part.endswith(")") and _VALUE_END.search(part) and not _ARROWS.search(part)
                   for part in (left, right))
        if items or captions or sentence or ends:
            found.append(at)
    return found[0] if len(found) == 1 else None


def _columns_apart(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The pieces with each band of two text columns that a text layer joined line by line with single spaces read
    column after column: from a line printing two goal headings of one level (`基本目標１ 仕事をつくる 基本目標２
    人を呼び込む`, cut before the second) down each next line that cuts into its two sides (`_sides_cut`), the left
    sides, then the right ones; each side keeps its line. A line that does not cut ends the band (one column's
    text ended there, or the lines are no longer two columns): it and the lines after stay as printed."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(pieces):
        index, piece = pieces[k]
        at = second_heading_at(piece) if goal_level(piece.strip()) is not None else None
        if at is None:
            out.append(pieces[k])
            k += 1
            continue
        sides = [(index, piece[:at].strip(), piece[at:].strip())]
        k += 1
        while k < len(pieces) and pieces[k][1].strip() and (cut := _sides_cut(pieces[k][1])) is not None:
            sides.append((pieces[k][0], pieces[k][1][:cut].strip(), pieces[k][1][cut:].strip()))
            k += 1
        out += [(i, left) for i, left, _ in sides] + [(i, right) for i, _, right in sides]
    return out


def read_statements(lines: list[str], source_file: str, skip: Iterable[int] = (),
                    refs: list[SourceRef] | None = None) -> StatementRead:
    """Statements of a document's lines in reading order. 0-based indexes in `skip` belong to tables already read;
    `refs` locates each line (a PDF's page), by default its 1-based line number in `source_file`. A long line that
    holds goal headings or captions (a document on one line) is read as the lines it was before its breaks were
    lost (`normalize.text.cut_at_headings`); every piece is located at its printed line, and a statement broken
    at its arrow over two lines is read as one (`_joined_at_arrows`), each value located where it was printed.

    Prose that is no statement is gathered into sentences (a PDF wraps them over lines) and read for a target
    stated in a sentence (`sentence_target`): such values are flagged uncertain and their indicator noted."""
    printed = set(skip)
    pieces = _worded_arrows_of(_columns_apart(_cards_apart([(index, piece) for index, line in enumerate(lines)
                                                            for piece in cut_at_headings(line)])))
    furniture = _furniture(pieces)
    joined = _joined_at_arrows(pieces, printed, furniture)
    spans = [line_spans for _, line_spans in joined]
    lines = [_unbracket_roles(text) for text, _ in joined]
    paragraphs_at_blanks = not _blank_lines_mean_nothing(lines)
    skipped = {index for index, line_spans in enumerate(spans) if line_spans[0][1] in printed}
    cleaned = [_strip_heading_marks(line) for line in lines]
    printed_goals: list[tuple[str, ...]] = []
    goals, headings = goal_outline(cleaned, printed_goals)
    goals = _columns_in_turn(lines, goals, headings)
    rows: list[IndicatorRow] = []
    rejects: list[Reject] = []
    caption: str | None = None
    under_measure = False  # a line heading the measures was read since the last goal heading (`owner_kind`)
    above: int | None = None  # the line before, which may name figures printed under it
    pending: _Pending | None = None
    prose: list[tuple[int, str]] = []  # lines of running text not read yet, until a sentence ends
    #: under a heading line printing two headings: two text columns joined line by line (figures and goal doubtful)
    columns_joined = False
    #: ... or under the second of two headings stacked (two columns printed one after the other: the goal doubtful)
    goal_doubt = False

    def ref_of(index: int, offset: int = 0) -> SourceRef:
        at = next(origin for start, origin in reversed(spans[index]) if start <= offset)
        return refs[at] if refs is not None else SourceRef(source_file, line=at + 1)

    def cells_of(statement: Statement, index: int) -> list[ValueCell]:
        """The statement's cells, each located at the line its value was printed on (a statement joined at its
        arrow spans two lines)."""
        cells, at = [], 0
        for header, value in statement.cells:
            found = lines[index].find(value, at)
            at = found + len(value) if found >= 0 else at
            cells.append(ValueCell(header, value, ref_of(index, max(found, 0))))
        return cells

    def add(statement: Statement, index: int, cells: list[ValueCell], line_kind: str | None = None,
            note: str | None = None, department: str | None = None) -> None:
        goal = goals[index]
        # the generic kind of a `指標名：…` label gives way to the kind a caption names (`ＫＰＩ１−１` over a card),
        # as a table headed `指標名` takes its caption's kind; the headings that own the statement decide when no
        # caption or label names a kind, as they do for a table's rows (`owner_kind`)
        specific = statement.kind if statement.kind != GENERIC_KIND else None
        kind = specific or line_kind or caption or statement.kind or owner_kind(printed_goals[index], under_measure) \
            or STATEMENT_OTHER_KIND
        if columns_joined or cut_short(index) or _labelled_figure(statement.name):
            # lines that mix two columns, or whose values end on the next line among others' ends, or figures named
            # by a labelled value (`目標 10件` over `実績 9件 …`: a table cell's lines printed apart from their row,
            # layouts 234): doubtful figures
            cells = [replace(cell, uncertain=True) for cell in cells]
        rows.append(IndicatorRow(kind, statement.name, goal, ref_of(index), cells, department=department, note=note,
                                 goal_uncertain=goal_doubt))

    def cut_short(index: int) -> bool:
        """The next line with text prints only the ends of values (`（R11）　件（R11）`): the statements of this
        line, of two columns side by side, lost the ends of their targets to it."""
        following = next((line for line in lines[index + 1:] if line.strip()), "")
        return _value_ends_only(following)

    def flush() -> None:
        nonlocal pending
        if pending is not None and _roles_state_a_change(cell.header for cell in pending.cells):
            add(pending.name, pending.index, pending.cells, department=pending.department)
        pending = None

    def read_prose() -> None:
        """Every sentence of the gathered prose that states a target; located at the line its value is on."""
        text, starts = "", []
        for index, piece in prose:
            starts.append((len(text), index))
            text += piece.strip()
        prose.clear()
        begin = 0
        for sentence in _SENTENCE.finditer(text):
            begin = sentence.start()
            line_of = next(index for start, index in reversed(starts) if start <= sentence.end() - 1)
            try:
                found = sentence_targets(sentence.group(0))
            except NotAStatement as why:
                rejects.append(Reject(ref_of(line_of), sentence.group(0).strip(), f"{SENTENCE_REJECT_REASON}: {why}"))
                continue
            for statement in found:
                first = next(index for start, index in reversed(starts) if start <= begin)
                row_index = line_of if goals[line_of] == goals[first] else first
                add(statement, row_index, [ValueCell(h, v, ref_of(line_of), uncertain=True)
                                           for h, v in statement.cells], note=SENTENCE_TARGET_NOTE)

    for index, line in enumerate(lines):
        if not line.strip() or index in furniture:
            if not line.strip() and paragraphs_at_blanks and spans[index][0][1] not in printed:
                read_prose()
            continue
        line_above, above = above, None
        if index in headings:
            flush()
            read_prose()
            caption, under_measure = None, False
            before = next((i for i in range(index - 1, -1, -1) if lines[i].strip()), None)
            # two headings of one level one right after the other (two columns, each printed whole in turn) own
            # the lines below no better than two headings on one line: which column a line is in is not told
            stacked = before in headings and len(goals[before]) == len(goals[index])
            columns_joined = holds_second_heading(line)
            goal_doubt = columns_joined or stacked
            continue
        if index in skipped or any(mark in line for mark in TABLE_CELL_MARKS) or line.lstrip().startswith(NOTE_MARKS):
            flush()
            read_prose()
            continue
        single = labelled_line(line)
        if single is not None:
            if pending is None and line_above is not None and (named := _name_line(lines[line_above])):
                pending = _Pending(named, ref_of(line_above), line_above, [])
            if pending is not None:
                pending.cells.append(ValueCell(*single, ref_of(index)))
                continue
        if pending is not None and pending.department is None and (department := department_field(line)):
            pending.department = department  # `担当課：…` among a card's value lines is the card's
            continue
        flush()
        line_kind = _caption_kind(line)
        found: list[Statement] = []
        if _may_be_statement(line):
            name_above = _name_line(lines[line_above]) if line_above is not None else None
            try:
                found = read_arrows(line, name_above)
            except NotAStatement as why:
                beside = _names_beside(lines[line_above]) if line_above is not None else None
                found = (arrow_statements(line, names_beside=beside) or []) if beside else []
                if not found and _has_quantities_around_arrow(line):
                    rejects.append(Reject(ref_of(index), line.strip(), f"{REJECT_REASON}: {why}"))
            if not found:
                labelled = labelled_statement(line, name_above)
                found = [labelled] if labelled else []
        elif line_kind or caption or _is_list_item(line) or any(goals[index]):
            target = target_statement(line) or dated_target(line)  # a goal heading owns it as a caption does
            found = [target] if target else []
        elif target_statement(line) or dated_target(line):  # no list, caption nor heading tells it is an indicator
            rejects.append(Reject(ref_of(index), line.strip(), UNOWNED_TARGET_REASON))
        if not found:
            measure = line_kind is None and _measure_heading(line, lines[index + 1:])
            if _is_list_item(line) or line_kind or measure:
                read_prose()
            if measure:  # it ends a caption's scope: the statements under it are the measure's
                caption, under_measure = None, True
            if line_kind is None and not measure:
                prose.append((index, line))
            if fold(line).rstrip().endswith(SENTENCE_ENDINGS):
                read_prose()
            if line_kind != GENERIC_KIND or not caption:  # `指標名：…` under `ＫＰＩ１−１` keeps the caption's kind
                caption = line_kind or caption
            above = index
            continue
        read_prose()
        for statement in found:
            add(statement, index, cells_of(statement, index), line_kind)
    flush()
    read_prose()
    return StatementRead(_rate_years_read(rows), rejects)


_FOLDED_RATE_PREFIXES = longest_first(nfkc(word) for word in RATE_PREFIXES)


def _kind_of(label: str | None) -> str | None:
    """`FY` or `CY` of a period label (`FY2021`), None for none or another kind of period."""
    return label[:2] if label and label[:2] in ("FY", "CY") else None


def rate_year_split(text: str) -> tuple[str, str, str] | None:
    """A value opening with a year whose suffix may as well be the rate prefix of the value after it (`R3　年186件`:
    `R3年` and 186件, or `R3` and the yearly rate `年186件`): the word apart from the year and glued to the number,
    and the two readings name years of different kinds (a bare `R3` is fiscal, `R3年` calendar) → (the bare year,
    the rate value, the bare year's kind); else None."""
    folded = fold(text)
    found = find_period(folded, require_suffix=True)
    if found is None or folded[:found[1].start()].strip():
        return None
    label, match = found
    for prefix in _FOLDED_RATE_PREFIXES:
        if not match.group(0).endswith(prefix):
            continue
        cut = match.end() - len(prefix)
        if not folded[cut - 1].isspace() or not folded[match.end():match.end() + 1].isdigit():
            continue  # `令和3年　186件`, `令和3年　年186件`: the 年 the year's, glued to it
        bare, rate = text[:cut].strip(), text[cut:].strip()
        bare_kind = _kind_of(parse_period(fold(bare)))
        if bare_kind and bare_kind != _kind_of(label) and is_value(rate) \
                and any(value.span for value in parse_cell(rate)):
            return bare, rate, bare_kind
    return None


def _cell_kinds(cell: ValueCell) -> set[str]:
    """Kinds (FY/CY) of the periods a cell names in its header or its value."""
    labels = [parse_header(cell.header)[1], *(value.period for value in parse_cell(cell.text))]
    return {kind for kind in map(_kind_of, labels) if kind}


def _rate_years_read(rows: list[IndicatorRow]) -> list[IndicatorRow]:
    """The rows with each value whose year and rate share one `年` (`rate_year_split`) read the way the statement's
    other years are, else the way the document's are (fiscal: the year bare, the `年` the rate's; calendar: the
    year's suffix); flagged uncertain when no other year decides (none, or of both kinds)."""
    splits = {(r, c): split for r, row in enumerate(rows) for c, cell in enumerate(row.cells)
              if parse_header(cell.header)[1] is None and (split := rate_year_split(cell.text))}
    if not splits:
        return rows
    row_kinds = [set().union(*(_cell_kinds(cell) for c, cell in enumerate(row.cells) if (r, c) not in splits))
                 for r, row in enumerate(rows)]
    document_kinds = set().union(*row_kinds)
    out = list(rows)
    for (r, c), (bare, rate, bare_kind) in splits.items():
        kinds = row_kinds[r] or document_kinds
        decided = next(iter(kinds)) if len(kinds) == 1 else None
        cell = out[r].cells[c]
        if decided is not None and decided != bare_kind:
            continue  # the year's suffix, as the other years are printed
        cells = list(out[r].cells)
        cells[c] = replace(cell, header=dated_header(cell.header, bare), text=rate,
                           uncertain=cell.uncertain or decided is None)
        out[r] = replace(out[r], cells=cells)
    return out


def _columns_in_turn(lines: list[str], goals: list[tuple[str, ...]], headings: set[int]
                     ) -> list[tuple[str, ...]]:
    """The goal path of each line where goal headings of one level are printed one right after the other (two
    columns' headings side by side, then each column whole in turn: pdfminer) and as many caption lines follow
    before the next heading (`【数値目標】` opening each column): the lines from the k-th caption on stand under the
    k-th heading (the lines before the first, under the first). Any other count leaves the paths as read (the
    later heading's); either way the rows stay flagged (`goal_doubt`)."""
    goals = list(goals)
    ordered = sorted(headings)
    n = 0
    while n < len(ordered):
        run = [ordered[n]]
        while n + 1 < len(ordered) and not any(line.strip() for line in lines[ordered[n] + 1:ordered[n + 1]]):
            n += 1
            run.append(ordered[n])
        n += 1
        paths = list(dict.fromkeys(goals[index] for index in run))
        end = ordered[n] if n < len(ordered) else len(lines)
        captions = [index for index in range(run[-1] + 1, end) if _heads_indicators(lines[index])]
        if len(paths) < 2 or len({len(path) for path in paths}) > 1 or len(captions) != len(paths):
            continue
        for index in range(run[-1] + 1, end):
            goals[index] = paths[max(sum(at <= index for at in captions) - 1, 0)]
    return goals


def _unbracket_roles(line: str) -> str:
    """The line with the brackets around each role word blanked (`（現状値）4,820人` → ` 現状値 4,820人`): the word is
    the value's label as if printed bare. Same length, so positions in the line stay positions in the text."""
    masked = _NOT_ROLES.sub(lambda m: "\0" * len(m.group(0)), fold(line))
    chars = list(line)
    for found in _BRACKETED_ROLE.finditer(masked):
        chars[found.start()] = chars[found.end() - 1] = " "
    return "".join(chars)


def _name_line(line: str) -> Statement | None:
    """A line that may name the figures printed on the next line: a short name, not a sentence nor a value."""
    if line.strip().endswith(SENTENCE_ENDINGS) or _ARROWS.search(fold(line)):
        return None
    name, kind = _name_part(line)
    return Statement(name, kind, ()) if _good_name(name) else None


def _names_beside(line: str) -> list[Statement] | None:
    """The names a line prints side by side, one per box of boxes printed side by side (the line's words apart by
    spaces, each a name), when there are several; else None."""
    named = [_name_line(word) for word in line.split()]
    return named if len(named) > 1 and all(named) else None  # type: ignore[return-value]


def _strip_heading_marks(line: str) -> str:
    """`■基本目標１　…`, `【基本目標２】…` → the heading without its bullet or brackets, for the goal outline."""
    folded = fold(line)
    stripped = line[len(folded) - len(folded.lstrip(BULLET_MARKS + " ")):]
    return _BRACKETS.sub(" ", stripped).strip()
