"""Era years and reference periods → `FYyyyy` (年度, fiscal year) or `CYyyyy` (年, calendar year)."""

from __future__ import annotations

import re

from normalize.numbers import NotANumber, parse_number
from normalize.vocabulary import (
    CALENDAR_PREFIX,
    CALENDAR_YEAR_SUFFIX,
    ERA_FIRST_YEAR,
    ERAS,
    FISCAL_PREFIX,
    FISCAL_YEAR_SUFFIX,
    KANJI_DIGITS,
    KANJI_SMALL_UNITS,
)

_ERA_NAMES = "|".join(sorted(map(re.escape, ERAS), key=len, reverse=True))
_YEAR_DIGITS = rf"\d+|{ERA_FIRST_YEAR}|[{''.join(KANJI_DIGITS)}{''.join(KANJI_SMALL_UNITS)}]+"
_SUFFIX = rf"{FISCAL_YEAR_SUFFIX}|{CALENDAR_YEAR_SUFFIX}"

#: An era year such as `令和元年度`, `平成30年`, `H30年度`, `R5`, `令和 4 年`.
ERA_YEAR = re.compile(rf"(?P<era>{_ERA_NAMES})\s*(?P<year>{_YEAR_DIGITS})\s*(?P<suffix>{_SUFFIX})?")
#: A Western year with its suffix: `2023年度`, `2025 年`.
WESTERN_YEAR = re.compile(rf"(?P<year>(?:19|20)\d\d)\s*(?P<suffix>{_SUFFIX})")
#: Words that may follow a period without changing it (`令和3年度末`, `令和5年4月1日時点`).
_TRAILING = re.compile(r"^(?:\s*\d{1,2}月(?:\s*\d{1,2}日)?)?\s*(?:末|時点|現在|実績|見込み?)?\s*$")


def _era_year(era: str, year: str) -> int:
    offset = ERAS[era]
    if year == ERA_FIRST_YEAR:
        return offset + 1
    return offset + int(parse_number(year))


def _label(year: int, suffix: str | None) -> str:
    # No suffix (`R5`, `H30`): plan documents count in fiscal years, so read it as 年度.
    return f"{CALENDAR_PREFIX if suffix == CALENDAR_YEAR_SUFFIX else FISCAL_PREFIX}{year}"


def find_period(text: str) -> tuple[str, re.Match[str]] | None:
    """The first period named anywhere in the text, with its match."""
    for pattern in (ERA_YEAR, WESTERN_YEAR):
        match = pattern.search(text)
        if not match:
            continue
        try:
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
    found = find_period(text.strip())
    if not found:
        return None
    label, match = found
    if text.strip()[: match.start()].strip():
        return None
    if not _TRAILING.match(text.strip()[match.end():]):
        return None
    return label
