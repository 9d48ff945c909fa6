"""Japanese numerals → exact Decimal: ASCII/full-width digits, comma groups, kanji and mixed forms.

A printed number is a run of groups joined by the large multipliers 万/億/兆 (`12億3,400万`, `490.7万`,
`一万二千`); a group is Arabic digits (comma groups, decimals) or kanji digits, optionally in terms with the
small multipliers 十/百/千 (`1万2千`, `千二百三十四`, `二〇二三`). All arithmetic is Decimal with enough
precision that no digit is ever rounded away.

Why hand-written and not a library (checked against the cells of raw_docs/):
- kanjize 1.6.1 returns int: `77.41` → 77 and `1.1` → 1 (decimals silently truncated), and it rejects comma
  groups (`1,234`, `12億3,400万`).
- japanese-numbers-python 0.2.1 (last release 2020) splits `1,234` into 1 and 234 and `490.7万` into 490 and
  70000; integers only.
- jeraconv 0.2.1 (era → year) reads only `令和5年`: it rejects `令和5年度`, kanji years `令和五年`, `R5`, and
  has no fiscal/calendar distinction; japanera parses eras only through a strptime format known in advance.
The era arithmetic is one offset per era (a data table in vocabulary.py); the number grammar is ~40 lines.
"""

from __future__ import annotations

import re
from decimal import Decimal, Inexact, InvalidOperation, localcontext

from normalize.vocabulary import KANJI_DECIMAL_POINTS, KANJI_DIGITS, KANJI_SMALL_UNITS, LARGE_MULTIPLIERS

_KANJI_DIGIT_CHARS = "".join(KANJI_DIGITS)
_SMALL_CHARS = "".join(KANJI_SMALL_UNITS)
_LARGE_CHARS = "".join(LARGE_MULTIPLIERS)
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
#: Positional kanji digits, with a decimal point between two runs (`四五・二` → 45.2).
_KANJI_RUN = rf"[{_KANJI_DIGIT_CHARS}]+(?:[{''.join(KANJI_DECIMAL_POINTS)}][{_KANJI_DIGIT_CHARS}]+)?"
_TERM = rf"(?:{_ARABIC}|{_KANJI_RUN})"
_GROUP = rf"(?:(?:{_TERM})?[{_SMALL_CHARS}])+(?:{_TERM})?|{_TERM}"
_TOKEN = re.compile(rf"({_ARABIC})|({_KANJI_RUN})|([{_SMALL_CHARS}])")
#: Digits of precision for the exact arithmetic (far above any printed number).
_PRECISION = 200

#: A number as printed: groups joined by 万/億/兆, e.g. `12億3,400万`, `一万二千`, `1万2千`, `490.7万`.
NUMBER = re.compile(rf"(?:(?:{_GROUP})[{_LARGE_CHARS}])*(?:{_GROUP})[{_LARGE_CHARS}]?")


class NotANumber(ValueError):
    """The text is not a number in any supported printed form."""


def _term(arabic: str | None, kanji: str | None) -> Decimal:
    """One run of digits: `1,234`, `12.5`, or positional kanji digits (`二〇二三` → 2023, `五` → 5, `四五・二` → 45.2).
    """
    if arabic is not None:
        try:
            return Decimal(arabic.replace(",", ""))
        except InvalidOperation as error:  # pragma: no cover - the token regex admits digits only
            raise NotANumber(arabic) from error
    assert kanji is not None
    return Decimal("".join("." if ch in KANJI_DECIMAL_POINTS else str(KANJI_DIGITS[ch]) for ch in kanji))


def _small_group(text: str) -> Decimal:
    """A group below 万: `1,234`, `12.5`, `2千`, `1千2百`, `三十五`, `二〇二三`, `千`."""
    if not text:
        raise NotANumber(text)
    total = Decimal(0)
    pending: Decimal | None = None
    last_unit: int | None = None
    position = 0
    for match in _TOKEN.finditer(text):
        if match.start() != position:
            raise NotANumber(text)
        position = match.end()
        arabic, kanji, unit = match.groups()
        if unit is None:
            if pending is not None:  # two digit runs in a row: `1一`
                raise NotANumber(text)
            pending = _term(arabic, kanji)
            continue
        factor = KANJI_SMALL_UNITS[unit]
        if last_unit is not None and factor >= last_unit:  # units must fall: 千 > 百 > 十
            raise NotANumber(text)
        last_unit = factor
        total += (Decimal(1) if pending is None else pending) * factor
        pending = None
    if position != len(text):
        raise NotANumber(text)
    if pending is not None:
        if last_unit is not None and pending >= last_unit:  # `百121` is no number: the tail must be below 百
            raise NotANumber(text)
        total += pending
    return total


def parse_number(text: str) -> Decimal:
    """Parse one printed number exactly. Raises NotANumber for anything else.

    Values without a multiplier keep their printed precision (`84.0` stays `84.0`); values scaled by a
    multiplier are given without spurious decimals (`490.7万` → `4907000`).
    """
    text = text.strip()
    if not text or not NUMBER.fullmatch(text):
        raise NotANumber(text)
    with localcontext() as context:
        context.prec = _PRECISION
        context.traps[Inexact] = True
        total = Decimal(0)
        rest = text
        last_factor: Decimal | None = None
        for large, factor in sorted(LARGE_MULTIPLIERS.items(), key=lambda kv: -kv[1]):
            if large not in rest:
                continue
            head, rest = rest.split(large, 1)
            if last_factor is not None and factor >= last_factor:  # pragma: no cover - sorted descending
                raise NotANumber(text)
            last_factor = factor
            total += _small_group(head) * factor
        if rest:
            total += _small_group(rest)
        scaled = last_factor is not None or any(ch in KANJI_SMALL_UNITS for ch in text)
        if scaled:
            total = total.quantize(Decimal(1)) if total == total.to_integral_value() else total.normalize()
    return total
