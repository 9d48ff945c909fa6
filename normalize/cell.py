"""One printed value cell → one `ParsedValue` per segment (sub-population) it holds.

Steps, each a small function: certain repairs and damage check → peel trailing remark lines (a period or
`※変更前` printed under all segments applies to all) → split into segments (`小学校 88.7% 中学校 82.8%`) →
per segment: take parenthetical periods and remarks, then placeholder / zero phrase / number + unit + qualifier.

Notes: a remark printed with the value (`閏年`, `※`, `※変更前`), or why no value was read (`not a number: …`,
`damaged text: …`). A placeholder (`－`, `_`) gives value None and no note: nothing was printed.
`parse_cell` never raises: text it cannot read comes back with value None and a note saying why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from normalize.numbers import NUMBER, NotANumber, parse_number
from normalize.periods import find_period, parse_period
from normalize.text import is_damaged, join_wrapped, nfkc, repair
from normalize.vocabulary import (
    APPROXIMATE_PREFIXES,
    APPROXIMATE_QUALIFIER,
    KANJI_DIGITS,
    KANJI_SMALL_UNITS,
    NEGATIVE_SIGNS,
    PLACEHOLDERS,
    QUALIFIERS,
    REMARK_MARK,
    SEGMENT_LABELS,
    UNITS,
    ZERO_PHRASES,
)

NOT_A_NUMBER = "not a number"
DAMAGED = "damaged text"
UNREADABLE_NUMBER = "unreadable number"


@dataclass(frozen=True)
class ParsedValue:
    """One value read from a cell. `value` is exact; multipliers (万, 億, 千円) are folded in."""

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
_SEGMENT_NAMES = "|".join(sorted(map(re.escape, SEGMENT_LABELS), key=len, reverse=True))
_NUMBER_START = rf"[\d.{''.join(KANJI_DIGITS)}{''.join(KANJI_SMALL_UNITS)}]"
_SEGMENT = re.compile(rf"({_SEGMENT_NAMES})\s*(?={_NUMBER_START})")
_REMARK = re.compile(rf"{re.escape(REMARK_MARK)}\s*([^\s()]*)")
_ZERO_PHRASES = {nfkc(p): p for p in ZERO_PHRASES}
_PLACEHOLDERS = {nfkc(p) for p in PLACEHOLDERS} | set(PLACEHOLDERS)
_NEGATIVE_SIGNS = sorted({nfkc(sign) for sign in NEGATIVE_SIGNS}, key=len, reverse=True)


def _take_periods_and_notes(text: str) -> tuple[str, str | None, list[str]]:
    """Remove parentheticals and ※ remarks: the first that names a period is the period, the rest are notes."""
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
        notes.append(REMARK_MARK + match.group(1))
        return " "

    text = _REMARK.sub(remark, text)
    if period is None:
        found = find_period(text, require_suffix=True)
        if found:
            label, match = found
            period = label
            text = text[: match.start()] + " " + text[match.end():]
    return text.strip(), period, notes


def _is_remark_line(line: str) -> bool:
    """A line holding only a period and/or remarks: `（令和元年）`, `※変更前`, `（閏年）`."""
    cleaned = nfkc(line)
    return bool(cleaned) and not _take_periods_and_notes(cleaned)[0]


def _peel_trailing_remarks(text: str) -> tuple[str, str]:
    """Split off the trailing lines that only hold a period or remark (they qualify every segment above)."""
    lines = [line for line in text.splitlines() if line.strip()]
    trailing: list[str] = []
    while len(lines) > 1 and _is_remark_line(lines[-1]):
        trailing.insert(0, lines.pop())
    return "\n".join(lines), " ".join(trailing)


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


def _read_unit_and_qualifier(rest: str) -> tuple[str | None, str | None, str]:
    unit = None
    for key in _UNIT_KEYS:
        if rest.startswith(key):
            unit, rest = _UNIT_CANON[key], rest[len(key):].strip()
            break
    qualifier = None
    for word in QUALIFIERS:
        if rest.startswith(word):
            qualifier, rest = word, rest[len(word):].strip()
            break
    return unit, qualifier, rest


def _take_sign(body: str) -> tuple[str, int]:
    """`△3` → ('3', -1). A sign must touch the number: `- 1,946` is a placeholder and a cell run together."""
    for mark in _NEGATIVE_SIGNS:
        if not body.startswith(mark):
            continue
        rest = body[len(mark):]
        number = NUMBER.match(rest)
        if number and number.group(0):
            return rest, -1
    return body, 1


def _not_a_value(segment: str | None, text: str) -> ParsedValue:
    return ParsedValue(None, segment=segment, note=f"{NOT_A_NUMBER}: {join_wrapped(text)}")


def _read_segment(segment: str | None, text: str) -> ParsedValue:
    """One segment's text (`88.7%`, `1,500件 (令和4年)`, `待機児童なし`) → ParsedValue."""
    body, period, notes = _take_periods_and_notes(text)
    note = "; ".join(notes) or None
    if body in _PLACEHOLDERS:
        return ParsedValue(None, period=period, segment=segment, note=note)
    if body in _ZERO_PHRASES:
        return ParsedValue(Decimal(0), period=period, segment=segment, note="; ".join([body, *notes]))
    qualifier = None
    for prefix in APPROXIMATE_PREFIXES:
        if body.startswith(prefix):
            qualifier, body = APPROXIMATE_QUALIFIER, body[len(prefix):].strip()
    body, sign = _take_sign(body)
    match = NUMBER.match(body)
    if not match or not match.group(0):
        return _not_a_value(segment, text)
    try:
        value = sign * parse_number(match.group(0))
    except NotANumber:
        note = "; ".join([f"{UNREADABLE_NUMBER}: {join_wrapped(text)}", *notes])
        return ParsedValue(None, period=period, segment=segment, note=note)
    unit, after_qualifier, rest = _read_unit_and_qualifier(body[match.end():].strip())
    if rest:
        # a sentence that merely contains a number (`令和6年3月の改訂に伴い…`) is not a value
        return _not_a_value(segment, text)
    return ParsedValue(value, unit, period, after_qualifier or qualifier, segment, note)


def _share_context(values: list[ParsedValue], period: str | None, notes: list[str]) -> list[ParsedValue]:
    """Give every segment the period and remarks printed once for all of them (apart from the values)."""
    # A period printed once after the last segment (`男性… 女性…（令和元年）`) applies to every segment.
    shared_period = period or next((v.period for v in reversed(values) if v.period), None)
    out = []
    for value in values:
        note = "; ".join(filter(None, [value.note, *notes])) or None
        out.append(replace(value, period=value.period or shared_period, note=note))
    return out


def _parse(raw: str) -> list[ParsedValue]:
    repaired, repairs = repair(raw)
    if is_damaged(repaired):
        return [ParsedValue(None, note=f"{DAMAGED}: {nfkc(repaired)}", uncertain=True)]
    main, trailing = _peel_trailing_remarks(repaired)
    _, trailing_period, trailing_notes = _take_periods_and_notes(nfkc(trailing))
    parts = _split_segments(nfkc(main))
    if len(parts) > 1 and parts[0][0] is None:
        # text before the first segment label: a shared period/remark, a placeholder, or a value of its own
        head_body, head_period, head_notes = _take_periods_and_notes(parts[0][1])
        if not head_body or head_body in _PLACEHOLDERS:
            parts = parts[1:]
            trailing_period = trailing_period or head_period
            trailing_notes = [*head_notes, *trailing_notes]
    values = [_read_segment(segment, body) for segment, body in parts]
    return _share_context(values, trailing_period, [*trailing_notes, *repairs])


def parse_cell(text: str) -> list[ParsedValue]:
    """Parse one value cell as printed. One item per segment (at least one); never raises."""
    try:
        return _parse(text if isinstance(text, str) else str(text))
    except Exception as error:  # a bug must not stop a batch run: report it on the value instead
        return [ParsedValue(None, note=f"unreadable cell ({type(error).__name__})")]
