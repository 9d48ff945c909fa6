"""When the document was published: the date printed on its cover or colophon (`令和3年3月 (令和6年3月一部改訂)`,
`令和５年１０月 伊勢崎市`, `2024年3月`, `発行 令和6年3月 ○○市企画課`).

A date line is short and no prose: after the dates, the words of what happened on them (策定, 一部改訂, 発行 …;
normalize.vocabulary.PUBLICATION_WORDS) and brackets, at most a short issuer's name remains, and no date is run into
a sentence (`令和4年12月に…を策定して`, a wrapped cell `令和6年3月の`). Dates need a month (a year alone is a
period, not a publication). Only the cover (the title region) and the colophon (the last lines) are read.

The edition's date is the LATEST date read there: a plan revised on `令和6年3月` is that edition, though its cover
also prints the original `令和3年3月`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from normalize.periods import ERA_YEAR, WESTERN_YEAR, find_period
from normalize.text import is_hiragana, nfkc
from normalize.vocabulary import CALENDAR_YEAR_SUFFIX, DAY_SUFFIX, MONTH_SUFFIX, PROSE_MARKS, PUBLICATION_WORDS

#: Non-empty lines at the end of a text read as its colophon (the back cover: publisher, date).
COLOPHON_LINES = 10
#: Longest date line (characters, after NFKC) and longest remainder beside its dates (an issuer's name).
DATE_LINE_MAX = 40
REMAINDER_MAX = 20

_MONTH_DAY = rf"\s*(?P<month>\d{{1,2}})\s*{MONTH_SUFFIX}(?:\s*(?P<day>\d{{1,2}})\s*{DAY_SUFFIX})?"
_DATES = [re.compile(pattern.pattern + _MONTH_DAY) for pattern in (ERA_YEAR, WESTERN_YEAR)]
_WORDS = re.compile("|".join(map(re.escape, sorted(PUBLICATION_WORDS, key=len, reverse=True))))
_LEADING_WORDS = re.compile(rf"^(?:\s*\(?\s*(?:{_WORDS.pattern})\s*\)?)+")
_PUNCTUATION = re.compile(r"[\s()\[\]{}<>「」『』【】:・,.~-]+")


@dataclass(frozen=True)
class PublishedReading:
    """The edition's date (`2024-03`, `2024-06-12`) and the index of its line in the lines given."""

    date: str | None
    index: int | None = None


def _dates(text: str) -> list[tuple[str, re.Match[str]]]:
    found = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            if match.group("suffix") != CALENDAR_YEAR_SUFFIX:
                continue  # `令和5年度3月` is no date
            period = find_period(match.group(0))
            month = int(match.group("month"))
            if period is None or not 1 <= month <= 12:
                continue
            day = match.group("day")
            date = f"{period[0][2:]}-{month:02d}" + (f"-{int(day):02d}" if day and 1 <= int(day) <= 31 else "")
            found.append((date, match))
    return found


def line_dates(line: str) -> list[str]:
    """The dates of a date line (empty when the line is no date line)."""
    text = nfkc(line)
    if len(text) > DATE_LINE_MAX or any(mark in text for mark in PROSE_MARKS):
        return []
    found = _dates(text)
    if not found:
        return []
    rest = text
    for _, match in sorted(found, key=lambda f: -f[1].start()):
        after = _LEADING_WORDS.sub("", text[match.end():])
        if is_hiragana(after[:1]) or is_hiragana(text[:match.start()][-1:]):
            return []  # run into a sentence
        rest = rest[:match.start()] + " " + rest[match.end():]
    remainder = _PUNCTUATION.sub("", _WORDS.sub("", rest))
    if len(remainder) > REMAINDER_MAX:
        return []
    return [date for date, _ in found]


def read_published(lines: Sequence[str], title_region: int, colophon_start: int | None = None) -> PublishedReading:
    """The latest date printed on a date line of the cover (`lines[:title_region]`) or the colophon (from
    `colophon_start`, default the last COLOPHON_LINES non-empty lines)."""
    if colophon_start is None:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        colophon_start = filled[-COLOPHON_LINES] if len(filled) >= COLOPHON_LINES else 0
    indexes = [*range(min(title_region, len(lines))), *range(max(colophon_start, title_region), len(lines))]
    best: tuple[str, int] | None = None
    for index in indexes:
        for date in line_dates(lines[index]):
            if best is None or date > best[0]:
                best = (date, index)
    return PublishedReading(*best) if best else PublishedReading(None)
