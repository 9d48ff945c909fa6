"""One printed value cell → one `ParsedValue` per segment (sub-population) it holds.

`parse_cell` never raises: text it cannot read comes back with value None and a note saying why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from normalize.numbers import NUMBER, NotANumber, parse_number
from normalize.periods import ERA_YEAR, WESTERN_YEAR, parse_period
from normalize.text import is_damaged, nfkc, repair
from normalize.vocabulary import (
    APPROXIMATE_PREFIXES,
    PLACEHOLDERS,
    QUALIFIERS,
    SEGMENT_LABELS,
    UNITS,
    ZERO_PHRASES,
)


@dataclass(frozen=True)
class ParsedValue:
    """One value read from a cell. `value` is exact; multipliers (万, 億) are folded in."""

    value: Decimal | None
    unit: str | None = None
    period: str | None = None
    qualifier: str | None = None
    segment: str | None = None
    note: str | None = None
    uncertain: bool = False


_UNIT_KEYS = sorted((nfkc(k) for k in UNITS), key=len, reverse=True)
_UNIT_CANON = {nfkc(k): v for k, v in UNITS.items()}
_PAREN = re.compile(r"\(([^()]*)\)?")
_SEGMENT_NAMES = "|".join(sorted(SEGMENT_LABELS, key=len, reverse=True))
_SEGMENT = re.compile(rf"({_SEGMENT_NAMES})\s*(?=[\d.〇一二三四五六七八九十])")
_NOTE_MARK = re.compile(r"※\s*([^\s()]+)")


def _split_segments(text: str) -> list[tuple[str | None, str]]:
    """`小学校 88.7% 中学校 82.8%` → [('小学校', '88.7%'), ('中学校', '82.8%')]."""
    starts = list(_SEGMENT.finditer(text))
    if not starts:
        return [(None, text)]
    parts: list[tuple[str | None, str]] = []
    head = text[: starts[0].start()].strip()
    if head:
        parts.append((None, head))
    for i, match in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        parts.append((match.group(1), text[match.end():end].strip()))
    return parts


def _take_periods_and_notes(text: str) -> tuple[str, str | None, list[str]]:
    """Remove parentheticals and ※ remarks: the first that names a period is the period."""
    period: str | None = None
    notes: list[str] = []

    def paren(match: re.Match[str]) -> str:
        nonlocal period
        inner = match.group(1).strip()
        found = parse_period(inner)
        if found and period is None:
            period = found
        elif inner:
            notes.append(inner)
        return " "

    text = _PAREN.sub(paren, text)

    def remark(match: re.Match[str]) -> str:
        notes.append("※" + match.group(1))
        return " "

    text = _NOTE_MARK.sub(remark, text)
    if period is None:
        for pattern in (ERA_YEAR, WESTERN_YEAR):
            match = pattern.search(text)
            if match and parse_period(match.group(0)):
                period = parse_period(match.group(0))
                text = text[: match.start()] + " " + text[match.end():]
                break
    return text.strip(), period, notes


def _read_segment(segment: str | None, text: str) -> ParsedValue:
    body, period, notes = _take_periods_and_notes(text)
    body = body.strip()
    if body in PLACEHOLDERS:
        return ParsedValue(None, period=period, segment=segment, note="; ".join(notes) or None)
    for phrase in ZERO_PHRASES:
        if body == phrase:
            return ParsedValue(Decimal(0), period=period, segment=segment, note="; ".join([phrase, *notes]))
    qualifier = None
    for prefix in APPROXIMATE_PREFIXES:
        if body.startswith(prefix):
            qualifier, body = "約", body[len(prefix):].strip()
    match = NUMBER.match(body)
    if not match or not match.group(0):
        return ParsedValue(None, segment=segment, note=text.strip() or "no number")
    try:
        value = parse_number(match.group(0))
    except NotANumber:
        return ParsedValue(None, period=period, segment=segment, note="; ".join(["unreadable number", *notes]))
    rest = body[match.end():].strip()
    unit = None
    for key in _UNIT_KEYS:
        if rest.startswith(key):
            unit, rest = _UNIT_CANON[key], rest[len(key):].strip()
            break
    for word in QUALIFIERS:
        if rest.startswith(word):
            qualifier, rest = word, rest[len(word):].strip()
            break
    if rest:
        # a sentence that merely contains a number (`令和6年3月の改訂に伴い…`) is not a value
        return ParsedValue(None, segment=segment, note=text.strip())
    return ParsedValue(value, unit, period, qualifier, segment, "; ".join(notes) or None)


def parse_cell(text: str) -> list[ParsedValue]:
    """Parse one value cell as printed. One item per segment; never raises."""
    try:
        raw = text if isinstance(text, str) else str(text)
        repaired, repairs = repair(raw)
        uncertain = is_damaged(repaired)
        cleaned = nfkc(repaired)
        if uncertain:
            return [ParsedValue(None, note="damaged text: " + cleaned, uncertain=True)]
        parts = _split_segments(cleaned)
        values = [_read_segment(segment, body) for segment, body in parts]
        # A period or remark printed once after the last segment applies to every segment.
        if len(values) > 1:
            shared_period = next((v.period for v in reversed(values) if v.period), None)
            values = [v if v.period else _with(v, period=shared_period) for v in values]
            head = [v for v in values if v.segment is None and v.value is None]
            if head and len(head) < len(values):
                values = [v for v in values if v not in head]
        if repairs:
            values = [_with(v, note="; ".join(filter(None, [v.note, *repairs]))) for v in values]
        return values
    except Exception as error:
        return [ParsedValue(None, note=f"unreadable cell ({type(error).__name__})")]


def _with(value: ParsedValue, **changes: object) -> ParsedValue:
    from dataclasses import replace

    return replace(value, **changes)
