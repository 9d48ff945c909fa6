"""Era years and reference periods → `FYyyyy` (年度, fiscal year) or `CYyyyy` (年, calendar year).

令和N = 2018+N, 平成N = 1988+N, 昭和N = 1925+N (offsets in vocabulary.ERAS); the first year is printed 元.
The year may be Arabic, full-width (folded by NFKC before we get here) or kanji (`令和五年度`).
A year without suffix (`R5`, `H30`) is read as a fiscal year: plan documents count in 年度.
"""

from __future__ import annotations

import re

from normalize.numbers import NotANumber, parse_number
from normalize.vocabulary import (
    CALENDAR_PREFIX,
    CALENDAR_YEAR_SUFFIX,
    DAY_SUFFIX,
    ERA_FIRST_YEAR,
    ERAS,
    FISCAL_PREFIX,
    FISCAL_YEAR_SUFFIX,
    KANJI_DIGITS,
    KANJI_SMALL_UNITS,
    MONTH_SUFFIX,
    PERIOD_TRAILING_WORDS,
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
#: What may follow a period without changing it (`令和3年度末`, `令和5年4月1日時点`).
_TRAILING = re.compile(
    rf"^(?:\s*\d{{1,2}}\s*{MONTH_SUFFIX}(?:\s*\d{{1,2}}\s*{DAY_SUFFIX})?)?\s*(?:{_TRAILING_WORDS})?\s*$"
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


def find_period(text: str, require_suffix: bool = False) -> tuple[str, re.Match[str]] | None:
    """The first period named anywhere in the text, with its match.

    `require_suffix`: only years printed with 年/年度 count (`令和元年`, not a bare `R5` or `令和12`), for
    text outside parentheses where a bare era abbreviation is more likely something else.
    """
    for pattern in (DUAL_YEAR, ERA_YEAR, WESTERN_YEAR):
        for match in pattern.finditer(text):
            if require_suffix and not match.group("suffix"):
                continue
            try:
                if pattern is DUAL_YEAR and _era_year(match.group("era"), match.group("era_year")) != int(
                        match.group("year")):
                    continue
                if pattern is ERA_YEAR:
                    year = _era_year(match.group("era"), match.group("year"))
                else:
                    year = int(match.group("year"))
            except (NotANumber, ValueError):
                continue
            return _label(year, match.group("suffix")), match
    return None


def parse_period(text: str) -> str | None:
    """The period when the whole text names one period (`令和元年度`, `H30年度`, `2023年`), else None."""
    stripped = text.strip()
    found = find_period(stripped)
    if not found:
        return None
    label, match = found
    if stripped[: match.start()].strip():
        return None
    if not _TRAILING.match(stripped[match.end():]):
        return None
    return label
