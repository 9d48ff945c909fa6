"""Era years and reference periods → `FYyyyy` (年度, fiscal year) or `CYyyyy` (年, calendar year).

令和N = 2018+N, 平成N = 1988+N, 昭和N = 1925+N (offsets in vocabulary.ERAS); the first year is printed 元.
The year may be Arabic, full-width (folded by NFKC before we get here) or kanji (`令和五年度`).
A year without suffix (`R5`, `H30`) is read as a fiscal year: plan documents count in 年度.
A date (`令和6年4月1日`, `R6.4.1`, `2024/4/1`, `R6.3末`) names the calendar year it falls in: `CY2024`.
A western year of two digits (`'23`, `'23年度`) is 2000+N below TWO_DIGIT_YEAR_PIVOT, else 1900+N.
`find_period_range` reads a range of years (`R2～R6`, `令和2～6年度`, `令和2年度から令和6年度まで`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from normalize.numbers import NotANumber, parse_number
from normalize.text import longest_first
from normalize.vocabulary import (
    CALENDAR_PREFIX,
    CALENDAR_YEAR_SUFFIX,
    DATE_SEPARATORS,
    DAY_SUFFIX,
    ERA_FIRST_YEAR,
    ERAS,
    FISCAL_PREFIX,
    FISCAL_YEAR_SUFFIX,
    KANJI_DIGITS,
    KANJI_SMALL_UNITS,
    MONTH_SUFFIX,
    PERIOD_PAIR_SEPARATOR,
    PERIOD_RANGE_JOINERS,
    PERIOD_TRAILING_WORDS,
    PERIOD_UNTIL,
    RANGE_MARKS,
    TWO_DIGIT_YEAR_MARKS,
    TWO_DIGIT_YEAR_PIVOT,
)

_ERA_NAMES = "|".join(sorted(map(re.escape, ERAS), key=len, reverse=True))
_YEAR_DIGITS = rf"\d+|{ERA_FIRST_YEAR}|[{''.join(KANJI_DIGITS)}{''.join(KANJI_SMALL_UNITS)}]+"
_SUFFIX = rf"{FISCAL_YEAR_SUFFIX}|{CALENDAR_YEAR_SUFFIX}"

#: An era year such as `令和元年度`, `平成30年`, `H30年度`, `R5`, `令和 4 年`. Latin abbreviations must not
#: be glued to a Latin letter before or after (`KPIR5`, `H2O`, `R1a` are no era years).
ERA_YEAR = re.compile(
    rf"(?<![A-Za-z])(?P<era>{_ERA_NAMES})\s*(?P<year>{_YEAR_DIGITS})(?![A-Za-z\d])\s*(?P<suffix>{_SUFFIX})?"
)
#: A Western year with its suffix: `2023年度`, `2025 年`.
WESTERN_YEAR = re.compile(rf"(?<!\d)(?P<year>(?:19|20)\d\d)\s*(?P<suffix>{_SUFFIX})")
#: A Western year with its era year in brackets, the suffix after both (`2019(R1)`, `2023(R5)年度`,
#: `2020（令和2）年`; layouts 19/20): one year printed twice; read only when both name the same year.
DUAL_YEAR = re.compile(
    rf"(?<!\d)(?P<year>(?:19|20)\d\d)\s*[(（]?\s*(?P<era>{_ERA_NAMES})\s*(?P<era_year>{_YEAR_DIGITS})(?![A-Za-z\d])\s*"
    rf"(?:{_SUFFIX})?\s*[)）]?\s*(?P<suffix>{_SUFFIX})?"
)
_TRAILING_WORDS = "|".join(map(re.escape, sorted(PERIOD_TRAILING_WORDS, key=len, reverse=True)))
_MONTH_DIGITS = rf"\d{{1,2}}|[{''.join(KANJI_DIGITS)}十]{{1,3}}"
#: What may follow a period without changing it (`令和3年度末`, `令和5年4月1日時点`, `令和6年3月末現在`).
_TRAILING = re.compile(
    rf"^(?:\s*(?:{_MONTH_DIGITS})\s*{MONTH_SUFFIX}(?:\s*(?:{_MONTH_DIGITS})\s*{DAY_SUFFIX})?)?"
    rf"(?:\s*(?:{_TRAILING_WORDS}))*\s*$"
)
#: A month, perhaps with its day, printed after a year (`令和6年4月`, `2024年4月1日`).
MONTH_AND_DAY = re.compile(rf"\s*(?:{_MONTH_DIGITS})\s*{MONTH_SUFFIX}(?:\s*(?:{_MONTH_DIGITS})\s*{DAY_SUFFIX})?")
#: Words after a period outside brackets that belong to it (`120人 R6.4.1現在`, `30件 令和5年度末`).
TRAILING_WORDS = re.compile(rf"(?:\s*(?:{_TRAILING_WORDS}))*")
_DATE_SEP = f"[{re.escape(DATE_SEPARATORS)}]"
#: A date printed with dots or slashes after an era year: `R6.4.1`, `令和6.4.1`, `R6/4/1`, `R6.3` (a month), `R5.3月`.
ERA_DATE = re.compile(
    rf"(?<![A-Za-z])(?P<era>{_ERA_NAMES})\s*(?P<year>\d+|{ERA_FIRST_YEAR})\s*(?P<sep>{_DATE_SEP})\s*"
    rf"(?P<month>\d{{1,2}})(?:\s*(?P=sep)\s*(?P<day>\d{{1,2}})\s*{DAY_SUFFIX}?|\s*{MONTH_SUFFIX})?(?![\d.,])"
)
#: A western date printed with dots or slashes: `2024.4.1`, `2024/4/1`; a year and month only when 月 or a trailing
#: word follows (`2024.3末`, `2024/3月`): `2024.3` alone is a number.
WESTERN_DATE = re.compile(
    rf"(?<![\d.,])(?P<year>(?:19|20)\d\d)(?P<sep>{_DATE_SEP})(?P<month>\d{{1,2}})"
    rf"(?:(?P=sep)(?P<day>\d{{1,2}})\s*{DAY_SUFFIX}?(?![\d.,])|\s*{MONTH_SUFFIX}|(?=\s*(?:{_TRAILING_WORDS})))"
)
#: A Western fiscal year in the English form, our own label's (`FY2023`, `FY 2029`; layouts 275 `基準値（FY2023）`,
#: common in plans written for an English-reading audience): the prefix says 年度, so no suffix is needed.
FISCAL_YEAR = re.compile(
    rf"(?<![A-Za-z]){FISCAL_PREFIX}\s*(?P<year>(?:19|20)\d\d)(?!\d)\s*(?P<suffix>{FISCAL_YEAR_SUFFIX})?")
#: A western year of two digits after an apostrophe: `'23`, `'23年度`.
SHORT_YEAR = re.compile(
    rf"[{TWO_DIGIT_YEAR_MARKS}](?P<year>\d\d)(?!\d)\s*(?P<suffix>{_SUFFIX})?"
)


def _era_year(era: str, year: str) -> int:
    offset = ERAS[era]
    if year == ERA_FIRST_YEAR:
        return offset + 1
    number = parse_number(year)
    if number != number.to_integral_value() or number < 1:
        raise NotANumber(year)
    return offset + int(number)


def _label(year: int, suffix: str | None) -> str:
    return f"{CALENDAR_PREFIX if suffix == CALENDAR_YEAR_SUFFIX else FISCAL_PREFIX}{year}"


def _date_label(match: re.Match[str], year: int) -> str | None:
    """`CYyyyy` of a date whose month (and day) can be one; None for `R6.13`, `2024.4.32`, and for a pair of years
    that looks like a month (`R5/6`: see `is_period_pair`)."""
    month, day = int(match.group("month")), match.group("day")
    if not 1 <= month <= 12 or (day is not None and not 1 <= int(day) <= 31):
        return None
    if is_period_pair(match.group(0)):
        return None
    return f"{CALENDAR_PREFIX}{year}"


#: Two consecutive years joined by a slash: `R5/6`, `R5/R6`, `令和5/6年度`, `2023/24`, `2023/2024年度`.
_PERIOD_PAIR = re.compile(
    rf"^(?:(?P<era>{_ERA_NAMES})\s*(?P<era_year>\d{{1,2}}|{ERA_FIRST_YEAR})|(?P<western>(?:19|20)\d\d))\s*"
    rf"{re.escape(PERIOD_PAIR_SEPARATOR)}\s*(?:(?P<next_era>{_ERA_NAMES})\s*)?(?P<next>\d{{1,4}})\s*(?:{_SUFFIX})?$"
)
_PERIOD_PAIR_IN = re.compile(
    rf"(?<![A-Za-z\d])(?:(?:{_ERA_NAMES})\s*(?:\d{{1,2}}|{ERA_FIRST_YEAR})|(?:19|20)\d\d)\s*{re.escape(PERIOD_PAIR_SEPARATOR)}"
    rf"\s*(?:(?:{_ERA_NAMES})\s*)?\d{{1,4}}(?![\d{re.escape(PERIOD_PAIR_SEPARATOR)}.{MONTH_SUFFIX}{DAY_SUFFIX}])\s*(?:{_SUFFIX})?"
)


def pair_spans(text: str) -> list[tuple[int, int]]:
    """Where the text prints a pair of consecutive years (`is_period_pair`)."""
    if PERIOD_PAIR_SEPARATOR not in text:
        return []
    return [match.span() for match in _PERIOD_PAIR_IN.finditer(text) if is_period_pair(match.group(0))]


def is_period_pair(text: str) -> bool:
    """Two consecutive years joined by a slash (`R5/6`, `2023/24`): fiscal years 令和5 and 6, or June of 令和5? A
    KPI table prints both; the text alone cannot say which, so it is never read as one period."""
    match = _PERIOD_PAIR.match(text.strip())
    if not match:
        return False
    following = int(match.group("next"))
    if match.group("western"):
        year = int(match.group("western"))
        return following in (year + 1, (year + 1) % 100) and not match.group("next_era")
    if match.group("next_era") not in (None, match.group("era")):
        return False
    era_year = match.group("era_year")
    return following == (1 if era_year == ERA_FIRST_YEAR else int(era_year)) + 1


def _short_year(digits: str) -> int:
    year = int(digits)
    return (2000 if year < TWO_DIGIT_YEAR_PIVOT else 1900) + year


def _read(pattern: re.Pattern[str], match: re.Match[str]) -> str | None:
    """The label of one match of one of the period patterns, None when its numbers name no period."""
    try:
        if pattern is DUAL_YEAR:
            if _era_year(match.group("era"), match.group("era_year")) != int(match.group("year")):
                return None
            return _label(int(match.group("year")), match.group("suffix"))
        if pattern is ERA_DATE:
            return _date_label(match, _era_year(match.group("era"), match.group("year")))
        if pattern is WESTERN_DATE:
            return _date_label(match, int(match.group("year")))
        if pattern is ERA_YEAR:
            return _label(_era_year(match.group("era"), match.group("year")), match.group("suffix"))
        if pattern is SHORT_YEAR:
            return _label(_short_year(match.group("year")), match.group("suffix"))
        return _label(int(match.group("year")), match.group("suffix"))
    except (NotANumber, ValueError):
        return None


def _is_strong(pattern: re.Pattern[str], match: re.Match[str]) -> bool:
    """Printed so that it cannot be something else: a year with 年/年度, or a date with its day."""
    if pattern in (ERA_DATE, WESTERN_DATE):
        return match.group("day") is not None
    if pattern is FISCAL_YEAR:
        return True
    return bool(match.group("suffix"))


#: The period patterns in the order they are tried (the first that matches wins, wherever it stands); the last
#: (`'23`) and the dates are tried only when their marks are in the text (every cell is read: issue 13).
_YEAR_PATTERNS = (DUAL_YEAR, ERA_YEAR, WESTERN_YEAR, FISCAL_YEAR, SHORT_YEAR)
#: Dates, which win over a year pattern when they start no later (`R6.4.1` is a date, not the year `R6`).
_DATE_PATTERNS = (ERA_DATE, WESTERN_DATE)
_SHORT_YEAR_MARK = re.compile(f"[{TWO_DIGIT_YEAR_MARKS}]")
_DATE_MARK = re.compile(f"\\d{_DATE_SEP}\\d")


def _first(patterns: tuple[re.Pattern[str], ...], text: str,
           require_suffix: bool) -> tuple[str, re.Match[str]] | None:
    pairs = pair_spans(text)
    for pattern in patterns:
        for match in pattern.finditer(text):
            if require_suffix and not _is_strong(pattern, match):
                continue
            if any(start < match.end() and match.start() < end for start, end in pairs):
                continue  # one end of `R5/6`, `2023/2024年度`: no single period
            label = _read(pattern, match)
            if label is not None:
                return label, match
    return None


def find_period(text: str, require_suffix: bool = False) -> tuple[str, re.Match[str]] | None:
    """The first period named anywhere in the text, with its match.

    `require_suffix`: only years printed with 年/年度 (`令和元年`, not a bare `R5` or `令和12`) and dates with their
    day (`R6.4.1`) count, for text outside parentheses where a bare era abbreviation is more likely something else.
    """
    year = _first(_YEAR_PATTERNS if _SHORT_YEAR_MARK.search(text) else _YEAR_PATTERNS[:-1], text, require_suffix)
    date = _first(_DATE_PATTERNS, text, require_suffix) if _DATE_MARK.search(text) else None
    if date and (year is None or date[1].start() <= year[1].start()):
        return date
    return year


def names_day(text: str) -> bool:
    """The first period the text names is a date to the day (`令和6年2月15日`, `R6.2.15`, `2024/2/15現在`), not a
    year or a month: the date a document or its figures were dated, which alone names no column of values."""
    found = find_period(text)
    if not found:
        return False
    match = found[1]
    if "day" in match.re.groupindex:
        return match.group("day") is not None
    after = MONTH_AND_DAY.match(text, match.end())
    return bool(after and after.group(0).endswith(DAY_SUFFIX))


@lru_cache(maxsize=1 << 14)
def parse_period(text: str) -> str | None:
    """The period when the whole text names one period (`令和元年度`, `H30年度`, `2023年`), else None. Remembered
    (a pure function of the text): header reading asks it of the same few header and cell texts again and again."""
    stripped = text.strip()
    found = find_period(stripped)
    if not found:
        return None
    label, match = found
    if stripped[: match.start()].strip() or not _TRAILING.match(stripped[match.end():]):
        return _year_named_twice(stripped)
    return label


#: A year printed again in brackets in the other calendar (`2023年度（令和5年度）`, `令和5年度（2023年度）`).
_BARE_YEAR_TEXT = re.compile(r"^(?:19|20)\d\d$")
_NAMED_TWICE = re.compile(r"^([^()（）]+?)\s*[(（]([^()（）]+)[)）]$")


def is_bare_year(text: str) -> bool:
    """A western year printed alone, without suffix (`2019`: a header's bracketed gloss `（2019）`)."""
    return bool(_BARE_YEAR_TEXT.match(text))


#: The years a plan's header may print bare (`指標 | 2019 | 2020 | 目標`): a base year some decades back, a target some
#: decades ahead. A number outside it is no header's year, whatever stands around it.
HEADER_YEARS = range(1980, 2061)
_BRACKETED = re.compile(r"^[(（\[]\s*(.*?)\s*[)）\]]$")


def bare_header_year(text: str) -> int | None:
    """The year of a text that is a western year alone, bracketed or not (`2020`, `（2019）`), in HEADER_YEARS; else
    None. Such a text is a header's year only where the table's structure says so (ingest.table.header): the same
    digits are a value in a body row."""
    stripped = text.strip()
    inner = _BRACKETED.match(stripped)
    stripped = inner.group(1) if inner else stripped
    return int(stripped) if is_bare_year(stripped) and int(stripped) in HEADER_YEARS else None


def _year_named_twice(text: str) -> str | None:
    """The period of a year printed in one calendar and again in brackets in the other, when both name the same
    year (the first's label: it carries the suffix the header printed first), else None."""
    twice = _NAMED_TWICE.match(text)
    if not twice:
        return None
    first, second = parse_period(twice.group(1)), parse_period(twice.group(2))
    if first is not None and second is None and is_bare_year(twice.group(2).strip()):
        second = first[:2] + twice.group(2).strip()  # `令和4年度（2022）`: the Western year alone, the suffix once
    return first if first is not None and second is not None and first[2:] == second[2:] else None


_RANGE_JOINERS = "|".join(map(re.escape, longest_first([*PERIOD_RANGE_JOINERS, *RANGE_MARKS])))
#: One end of a range of years: an era year or a western year, its suffix optional (`R2`, `令和2年度`, `2020年`).
_RANGE_END = (rf"(?:(?<![A-Za-z])(?:{_ERA_NAMES})\s*(?:{_YEAR_DIGITS})(?![A-Za-z\d])|(?<!\d)(?:19|20)\d\d(?!\d))"
              rf"\s*(?:{_SUFFIX})?")
#: `R2～R6`, `令和2～6年度` (the era printed once), `令和2年度から令和6年度まで`, `2020-2024年`.
PERIOD_RANGE = re.compile(
    rf"(?P<first>{_RANGE_END})\s*(?:{_RANGE_JOINERS})\s*"
    rf"(?P<last>{_RANGE_END}|(?P<bare>\d{{1,2}}|{ERA_FIRST_YEAR})\s*(?P<bare_suffix>{_SUFFIX})?)"
    rf"\s*(?:{re.escape(PERIOD_UNTIL)})?"
)


def _range_end(text: str) -> tuple[int, str | None] | None:
    """(year, suffix) of one end of a range: `R2`, `令和2年度`, `2020`, `2020年`."""
    era = ERA_YEAR.match(text)
    try:
        if era:
            return _era_year(era.group("era"), era.group("year")), era.group("suffix")
        western = re.match(rf"(?P<year>\d{{4}})\s*(?P<suffix>{_SUFFIX})?", text)
        return (int(western.group("year")), western.group("suffix")) if western else None
    except (NotANumber, ValueError):
        return None


def find_period_range(text: str) -> tuple[str, int, re.Match[str]] | None:
    """A range of years at the start of the text: (label of the last year, number of years, match). Both ends are
    fiscal or both calendar years (a suffix printed at one end only names both: `令和2～6年度`; none: fiscal, as a
    bare `R5`); the last is later than the first. `R2～R6` → ('FY2024', 5, …)."""
    match = PERIOD_RANGE.match(text.strip())
    if not match:
        return None
    first = _range_end(match.group("first"))
    if match.group("bare") is not None:  # `令和2～6年度`: the era of the first end
        era = ERA_YEAR.match(match.group("first"))
        last = _range_end(f"{era.group('era')}{match.group('bare')}{match.group('bare_suffix') or ''}") if era else None
    else:
        last = _range_end(match.group("last"))
    if not first or not last:
        return None
    suffixes = {first[1], last[1]} - {None}
    if len(suffixes) > 1:  # `2020年～2024年度`: a calendar and a fiscal year are no range
        return None
    suffix = suffixes.pop() if suffixes else None
    years = last[0] - first[0] + 1
    if years < 2:
        return None
    return _label(last[0], suffix), years, match
