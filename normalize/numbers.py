"""Japanese numerals → exact Decimal: ASCII/full-width digits, comma groups, kanji and mixed forms."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from normalize.vocabulary import KANJI_DIGITS, KANJI_SMALL_UNITS, LARGE_MULTIPLIERS

_KANJI_DIGIT_CHARS = "".join(KANJI_DIGITS)
_SMALL_CHARS = "".join(KANJI_SMALL_UNITS)
_LARGE_CHARS = "".join(LARGE_MULTIPLIERS)
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_GROUP = rf"(?:(?:{_ARABIC})[{_SMALL_CHARS}]?|[{_KANJI_DIGIT_CHARS}{_SMALL_CHARS}]+)"

#: A number as printed: groups joined by 万/億/兆, e.g. `12億3,400万`, `一万二千`, `1万2千`, `490.7万`.
NUMBER = re.compile(rf"(?:{_GROUP}[{_LARGE_CHARS}])*(?:{_GROUP}[{_LARGE_CHARS}]?)|[{_LARGE_CHARS}](?=\d)")


class NotANumber(ValueError):
    """The text is not a number in any supported printed form."""


def _small_group(text: str) -> Decimal:
    """A group below 万: `1,234`, `12.5`, `2千`, `三十五`, `二〇二三`, `千`."""
    if not text:
        return Decimal(1)
    match = re.fullmatch(rf"({_ARABIC})([{_SMALL_CHARS}]?)", text)
    if match:
        try:
            value = Decimal(match.group(1).replace(",", ""))
        except InvalidOperation as error:  # pragma: no cover - regex guarantees digits
            raise NotANumber(text) from error
        unit = match.group(2)
        return value * KANJI_SMALL_UNITS[unit] if unit else value
    if all(ch in KANJI_DIGITS for ch in text):
        # positional kanji digits: 二〇二三 → 2023
        return Decimal("".join(str(KANJI_DIGITS[ch]) for ch in text))
    total = 0
    digit: int | None = None
    for ch in text:
        if ch in KANJI_DIGITS:
            if digit is not None:
                raise NotANumber(text)
            digit = KANJI_DIGITS[ch]
        elif ch in KANJI_SMALL_UNITS:
            total += (1 if digit is None else digit) * KANJI_SMALL_UNITS[ch]
            digit = None
        else:
            raise NotANumber(text)
    if digit is not None:
        total += digit
    return Decimal(total)


def parse_number(text: str) -> Decimal:
    """Parse one printed number exactly. Raises NotANumber for anything else."""
    text = text.strip()
    if not text or not NUMBER.fullmatch(text):
        raise NotANumber(text)
    total = Decimal(0)
    rest = text
    for large, factor in sorted(LARGE_MULTIPLIERS.items(), key=lambda kv: -kv[1]):
        if large in rest:
            head, rest = rest.split(large, 1)
            total += _small_group(head) * factor
    if rest:
        total += _small_group(rest)
    return total
