"""A column header (`令和5年度 実績値`, `目標値 (令和9年度)`, `2019年度（目標値）`) → (role, column_period).

Words of non-value columns (HEADER_WORDS: `数値目標`, `進捗評価`, `主な取組・事業実施状況` …, and the header words of
other municipalities' tables) are removed before looking for a role word, so that `数値目標` (the name column) is not
read as a 目標 (target) column. A header may name its year as an era year, a western year (`2014年度`), both
(`令和２年度・2020年度`: the first wins, they agree) or a bare western year (`2019`, read as a fiscal year). A header
that names a year and nothing else (`H30`, `R1`, `令和2年度`) heads the values of that year (PERIOD_ONLY_HEADER_ROLE);
a date to the day and nothing else (`令和６年２月１５日`) is no such year: a document's date stamp printed above a
table, not a column's header; a date "as of" (AS_OF_WORDS: `令和5年4月1日現在`) heads the figures of that day, and a
value column dated to the day may name its role (`実績値（令和5年3月31日現在）`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from normalize.periods import PERIOD_RANGE, bare_header_year, find_period, find_period_range, names_day, parse_period
from normalize.text import nfkc
from normalize.vocabulary import (
    ACHIEVEMENT_HEADER_WORDS,
    ALL_ROLE_WORDS,
    ANY_CLOSING_BRACKETS,
    ANY_OPENING_BRACKETS,
    AS_OF_WORDS,
    BULLET_MARKS,
    CUMULATIVE_PREFIXES,
    DATED_VALUE_JOINER,
    DEPARTMENT_HEADER_WORDS,
    FISCAL_PREFIX,
    GOAL_HEADER_WORDS,
    HEADER_PERIOD_BRACKETS,
    HEADER_WORDS,
    KIND_HEADER_WORDS,
    NAME_HEADER_WORDS,
    NOTE_HEADER_WORDS,
    PERIOD_AVERAGE_WORDS,
    PERIOD_ONLY_HEADER_ROLE,
    PLAN_END_HEADER_WORDS,
    PLAN_SECTION_LABELS,
    PROGRESS_HEADER_WORDS,
    REASON_HEADER_WORDS,
    REMARK_MARK,
    ROLE_CAPTION_SCOPES,
    ROLE_PAIR_MARKS,
    ROLE_YEAR_PAIR_SEPARATORS,
    STACKED_LINE_WORDS,
    TOTAL_HEADER_ROLE,
    TOTAL_HEADER_WORDS,
    UNIT_HEADER_WORDS,
    VALUE_WORD_ENDINGS,
)

OTHER_HEADER_WORDS: tuple[str, ...] = (
    *HEADER_WORDS, *GOAL_HEADER_WORDS, *NAME_HEADER_WORDS, *UNIT_HEADER_WORDS, *DEPARTMENT_HEADER_WORDS,
    *PROGRESS_HEADER_WORDS, *ACHIEVEMENT_HEADER_WORDS,
    *REASON_HEADER_WORDS, *NOTE_HEADER_WORDS, *KIND_HEADER_WORDS, *PLAN_SECTION_LABELS,
)


def _alternation(words: object) -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, map(nfkc, words)), key=len, reverse=True)))


_ROLE = _alternation(ALL_ROLE_WORDS)
_ROLE_CANON = {nfkc(word): role for word, role in ALL_ROLE_WORDS.items()}
_OTHER_COLUMNS = _alternation(OTHER_HEADER_WORDS)
#: A bare western year in a header (`2019`, `2019(目標値)`), when no year with 年/年度 is printed.
_BRACKETS = re.compile(r"[()\[\]]")
_BARE_WESTERN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: PLAN_END_HEADER_WORDS as parse_header compares them.
_PLAN_END_WORDS = {nfkc(word): role for word, role in PLAN_END_HEADER_WORDS.items()}


@lru_cache(maxsize=1 << 14)
def parse_header(text: str) -> tuple[str | None, str | None]:
    """Role (baseline/actual/target, None when not a value column) and the period it names. Remembered: every
    row of a table is tested for being a header row, with the same few texts."""
    cleaned = re.sub(r"\s+", "", nfkc(text)).replace(REMARK_MARK, "")
    match = _ROLE.search(_OTHER_COLUMNS.sub(" ", cleaned))
    role = _ROLE_CANON[match.group(0)] if match else None
    found = find_period(cleaned)
    if role is None and found:  # `最終年度（R6）`: the plan's last year, its targets' (undated, a qualifier: 002)
        role = next((r for word, r in _PLAN_END_WORDS.items() if word in cleaned), None)
    stamp = names_day(cleaned) and not any(word in cleaned for word in AS_OF_WORDS)
    if role is None and (parse_period(_BRACKETS.sub("", cleaned)) or parse_period(cleaned)
                         or bare_header_year(cleaned) is not None or _unknown_value_word(cleaned)) and not stamp:
        # `H30`, `令和元年度`, or a bare `2020` the header finder took for a header's year (never by its text alone:
        # ingest.table.header): a column of the values of that year
        role = PERIOD_ONLY_HEADER_ROLE
    total = _total_range(cleaned)
    if total:  # `累計（R3～R5）`, `基準値（H30～R4平均）`: totals or yearly averages over the range, of its last year
        return role or TOTAL_HEADER_ROLE, total[0]
    if found:
        return role, found[0]
    bare = _BARE_WESTERN_YEAR.search(cleaned)
    return role, (f"{FISCAL_PREFIX}{bare.group(0)}" if bare else None)


def may_name_value(text: str) -> bool:
    """Some piece of the text could head a value column (`parse_header` gives it a role): a role word, a period or
    a bare western year anywhere in it (NFKC, whitespace and remark marks dropped, as `parse_header` compares).
    False: no cell cut from the text names a value role, so no table of it is an indicator table (every reading of
    one needs a value column); a reader may leave such text alone without looking (issue 13)."""
    cleaned = re.sub(r"\s+", "", nfkc(text)).replace(REMARK_MARK, "")
    return bool(_ROLE.search(cleaned) or _BARE_WESTERN_YEAR.search(cleaned) or find_period(cleaned)
                or find_period(_BRACKETS.sub("", cleaned)))


def dated_header(word: str, period: str | None) -> str:
    """The header text of a role word and the period it names, as a table prints it (`目標値`, `R11` → `目標値（R11）`;
    the word alone without a period): what a reader that found the two apart hands the header parser."""
    opening, closing = HEADER_PERIOD_BRACKETS
    return f"{word}{opening}{period}{closing}" if period else word


_STACKED_LINE_WORDS = tuple(nfkc(word) for word in STACKED_LINE_WORDS)


@lru_cache(maxsize=1 << 12)
def stacked_legend(text: str) -> tuple[str, ...] | None:
    """The value-role words a legend line gives the lines of a table's cells, top first (`上段：目標値　下段：実績値`,
    `※上段は目標値、下段は実績値`; layouts 209), else None. The line opens with its first line word (after a note mark
    or bracket) and names a different role after each of at least two of them: a sentence mentioning `上段` is none."""
    cleaned = re.sub(r"\s+", "", nfkc(text)).lstrip(nfkc(REMARK_MARK) + "([<【")
    found = sorted((cleaned.find(word), word) for word in _STACKED_LINE_WORDS if word in cleaned)
    if len(found) < 2 or found[0][0] != 0 or [w for _, w in found] != [w for w in _STACKED_LINE_WORDS if w in cleaned]:
        return None
    words = []
    for (start, word), (end, _) in zip(found, [*found[1:], (len(cleaned), "")], strict=True):
        match = _ROLE.search(_OTHER_COLUMNS.sub(" ", cleaned[start + len(word):end]))
        if match is None:
            return None
        words.append(match.group(0))
    return tuple(words) if len({_ROLE_CANON[w] for w in words}) == len(words) else None


_CAPTION_BRACKETS = re.compile("[" + re.escape(nfkc(ANY_OPENING_BRACKETS + ANY_CLOSING_BRACKETS)) + "]")
_VALUE_ROLE_WORDS = {nfkc(word) for word in ALL_ROLE_WORDS if word.endswith(VALUE_WORD_ENDINGS)}


@lru_cache(maxsize=1 << 12)
def caption_role(text: str) -> str | None:
    """The value-role word (`目標値`) a caption line names and nothing else but a scope (`■各年度の目標値`,
    `【実績値】`, ROLE_CAPTION_SCOPES; layouts 200): the role of the table of years alone under it, else None."""
    cleaned = _CAPTION_BRACKETS.sub("", re.sub(r"\s+", "", nfkc(text)).lstrip(nfkc(BULLET_MARKS)))
    for scope in map(nfkc, ROLE_CAPTION_SCOPES):
        if cleaned.startswith(scope):
            cleaned = cleaned[len(scope):]
            break
    return cleaned if cleaned in _VALUE_ROLE_WORDS else None


_PAIR_SEPARATORS = re.compile(
    "(?:" + "|".join(re.escape(nfkc(s)) if s.strip() else r"\s" for s in ROLE_YEAR_PAIR_SEPARATORS) + ")+")


@lru_cache(maxsize=1 << 12)
def caption_role_years(text: str) -> tuple[tuple[str, str], ...] | None:
    """The (value-role word, year) pairs a note line above a table names and nothing else
    (`（現状値：令和５年度、目標値：令和11年度）`, layouts 276): the years of its value columns headed by a role word
    alone; None for any other line, or one naming a role twice."""
    cleaned = _CAPTION_BRACKETS.sub("", nfkc(text).strip().lstrip(nfkc(BULLET_MARKS)))
    pairs = []
    for part in filter(None, _PAIR_SEPARATORS.split(cleaned)):
        word, colon, year = part.partition(":")
        if not colon or word not in _VALUE_ROLE_WORDS or parse_period(year) is None:
            return None
        pairs.append((word, year))
    return tuple(pairs) if pairs and len({_ROLE_CANON[w] for w, _ in pairs}) == len(pairs) else None


def _unknown_value_word(cleaned: str) -> bool:
    """A value word no role word names beside its year (`到達値（R4）`, `推計値(2022)`, VALUE_WORD_ENDINGS): compared
    form, the header's text otherwise a year and brackets only."""
    found = find_period(cleaned)
    bare = _BARE_WESTERN_YEAR.search(cleaned)
    span = found[1].span() if found else bare.span() if bare else None
    if span is None:
        return False
    word = _BRACKETS.sub("", cleaned[:span[0]] + cleaned[span[1]:])
    return bool(word) and word.endswith(VALUE_WORD_ENDINGS) and not any(ch.isdigit() for ch in word) \
        and not _ROLE.search(word) and not _OTHER_COLUMNS.search(word)


@lru_cache(maxsize=1 << 12)
def role_unknown(text: str) -> bool:
    """The header names a value and its year but no role (`到達値（R4）`): its values are read as that year's
    PERIOD_ONLY_HEADER_ROLE by a guess, to be flagged."""
    return _unknown_value_word(re.sub(r"\s+", "", nfkc(text)).replace(REMARK_MARK, ""))


def _total_range(cleaned: str) -> tuple[str, int] | None:
    """(last year, number of years the span counts) of a header naming a range of years and a total word
    (`累計（R3～R5）`, `目標値（R3～R7累計）`: the range's years) or an average word (`基準値（H30～R4平均）`, a yearly
    average as a cell's `（R2～R6平均）` is: one year), else None: a range with no such word says nothing of what its
    values are."""
    start = PERIOD_RANGE.search(cleaned)
    found = find_period_range(cleaned[start.start():]) if start else None
    if not found:
        return None
    if any(word in cleaned for word in TOTAL_HEADER_WORDS):
        return found[0], found[1]
    if any(word in cleaned for word in PERIOD_AVERAGE_WORDS):
        return found[0], 1
    return None


def header_span(text: str) -> str | None:
    """The span of the values of a column whose header names a total over a range of years (`累計（R3～R5）` →
    `P3Y`) or a yearly average over one (`P1Y`), else None."""
    total = _total_range(re.sub(r"\s+", "", nfkc(text)))
    return f"P{total[1]}Y" if total else None


def header_total(text: str) -> str | None:
    """The running-total word (CUMULATIVE_PREFIXES) of a header naming no range of years (`実績値（R5）` over `累計`,
    layouts 205): its values are totals since a start the header does not say, noted as a printed `累計90件` is;
    else None (`累計（R3～R5）` has its span, `header_span`)."""
    cleaned = re.sub(r"\s+", "", nfkc(text))
    if _total_range(cleaned) is not None:
        return None
    return next((word for word in CUMULATIVE_PREFIXES if word in cleaned), None)


def stacked_roles(text: str) -> bool:
    """The lines of a header cell name different value roles, each with a period of its own (`実績値（R5）` over
    `基準値（R1）`): the words of two header cells a text layer stacked into one column (a cell printed on a line
    above the header line, drawn over its neighbour's column: layouts 148 `-layout`), so which role heads the
    column's values is a guess."""
    named = {role for line in text.splitlines() if line.strip()
             for role, period in [parse_header(line)] if role in _ROLE_CANON.values() and period}
    return len(named) > 1


#: A value-role label before a value in a cell (`現状：`, `目標値（R10）:` after NFKC), at the cell's start or after a
#: line break or a space.
_ROLE_LABEL = re.compile(rf"(?:^|(?<=\s))((?:{_ROLE.pattern})(?:\s*\([^()]*\))?)\s*{re.escape(DATED_VALUE_JOINER)}")


def role_labels(text: str) -> int:
    """How many value-role labels (`現状：`, `目標値（R10）:`) the text prints."""
    return len(_ROLE_LABEL.findall(nfkc(text)))


def role_labelled(text: str) -> list[tuple[str, str | None, str]] | None:
    """A cell printing each value after its role label (layouts 146 `現状：3,420事業所（R3）` over
    `目標：3,500事業所（R10）` under a header `現状値・目標値`; common where one column holds both figures) → (role,
    period the label names, the value's text) per label, in order; None unless the cell opens with a label and
    names each role once."""
    folded = nfkc(text).strip()
    labels = list(_ROLE_LABEL.finditer(folded))
    if not labels or labels[0].start() != 0:
        return None
    pieces = []
    for label, following in zip(labels, [*labels[1:], None], strict=True):
        role, period = parse_header(label.group(1))
        body = folded[label.end():following.start() if following else len(folded)].strip()
        if role is None or not body or any(role == seen for seen, _, _ in pieces):
            return None  # a role labelled twice: rows of several indicators joined into one cell, not one cell's
        pieces.append((role, period, body))
    return pieces


_PAIR_MARKS = "".join(map(re.escape, map(nfkc, ROLE_PAIR_MARKS)))
_ROLE_PAIR = re.compile(rf"({_ROLE.pattern})[{_PAIR_MARKS}]({_ROLE.pattern})")


@lru_cache(maxsize=1 << 12)
def role_pair(text: str) -> tuple[str, str] | None:
    """The two value roles a header names joined by a pair mark (`令和５年度（実績／目標）` → actual, target; layouts
    269), in print order, else None: a cell under it prints the two values joined by the same mark."""
    found = _ROLE_PAIR.search(re.sub(r"\s+", "", nfkc(text)))
    if found is None:
        return None
    first, second = _ROLE_CANON[found.group(1)], _ROLE_CANON[found.group(2)]
    return (first, second) if first != second else None


def paired_values(header: str, text: str) -> list[tuple[str, str | None, str]] | None:
    """A cell under a `role_pair` header printing its two values joined by the pair mark (`151人／160人`) → (role,
    the header's period, the value's text) for each, as `role_labelled` gives; None when the header names no pair
    or the cell is not two texts joined by one mark (`―`, one figure: read as the header's first role)."""
    roles = role_pair(header)
    if roles is None or (pieces := pair_pieces(text)) is None:
        return None
    period = parse_header(header)[1]
    return [(role, period, piece) for role, piece in zip(roles, pieces, strict=True)]


def pair_pieces(text: str) -> tuple[str, str] | None:
    """The two texts a cell prints joined by one pair mark (`151人／160人` → `151人`, `160人`), else None."""
    pieces = re.split(f"[{_PAIR_MARKS}]", nfkc(text).strip())
    if len(pieces) != 2 or not all(piece.strip() for piece in pieces):
        return None
    return pieces[0].strip(), pieces[1].strip()


def years_over_roles(years: list[str], roles: list[str], least: int = 2) -> list[tuple[str, str]] | None:
    """Each role word with the year over it, where bare years (`令和５年度 令和６年度`, the first row of a two-row
    header) each head the same number of role words, `least` or more (`目標 実績 目標 実績`: each year's cell merged
    over its sub-columns): `(year, role)` in the roles' order, the roles shared evenly among the years in order;
    None when the roles cannot be so shared. The text readers' common core (`raw_rows._roles_under_years`,
    `typed_rows._years_over_roles`, `stacked._years_over_role_columns`), each joining the pair its own way."""
    if not years or len(roles) % len(years) or len(roles) < least * len(years):
        return None
    share = len(roles) // len(years)
    return [(years[k // share], role) for k, role in enumerate(roles)]
