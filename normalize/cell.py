"""One printed value cell → one `ParsedValue` per segment (sub-population) it holds.

Steps, each a small function: certain repairs and damage check → peel trailing remark lines (a period or
`※変更前` printed under all segments applies to all) → split into segments (`小学校 88.7% 中学校 82.8%`) →
per segment: take parenthetical periods and remarks, then placeholder / zero phrase / number + unit + qualifier.

Rates and totals over a span (`年60件`, `60件/年`, `3年間で90件`) keep the count as the value and its unit, and say
the span in `span` as an ISO 8601 duration (`P1Y`, `P3Y`).

Notes: a remark printed with the value (`閏年`, `※`, `※変更前`), a direction word printed instead of a target
(`増加`, `維持`: value None), a target relative to the baseline (`+5ポイント`: value None, note
`relative target: +5ポイント`), a range or a comparison printed instead of a target (`1,000～1,200人`,
`前年度以上`: value None, note `range target: …` / `comparative target: …`), or why no value was read
(`not a number: …`, `damaged text: …`). A placeholder
(`－`, `_`) gives value None and no note: nothing was printed.
`parse_cell` never raises: text it cannot read comes back with value None and a note saying why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from normalize.numbers import NUMBER, NotANumber, parse_number
from normalize.periods import (
    MONTH_AND_DAY,
    TRAILING_WORDS,
    find_period,
    find_period_range,
    is_bare_year,
    is_period_pair,
    pair_spans,
    parse_period,
)
from normalize.text import is_damaged, join_wrapped, longest_first, nfkc, repair, unspace_letters
from normalize.vocabulary import (
    AMBIGUOUS_PERIOD_NOTE,
    APPROXIMATE_PREFIXES,
    APPROXIMATE_QUALIFIER,
    APPROXIMATE_SUFFIXES,
    AVERAGE_PREFIXES,
    COMPARATIVE_TARGET_NOTE,
    COMPARATIVE_TARGET_REFERENCES,
    CUMULATIVE_PREFIXES,
    DATED_TARGET_NOTE,
    DATED_VALUE_JOINER,
    DATED_VALUE_SEPARATORS,
    DENOMINATOR_NOTE,
    DENOMINATOR_OF,
    DENOMINATOR_SLASH,
    DIRECTION_VERB_ENDINGS,
    DURATION_YEAR_UNIT,
    ERAS,
    ESTIMATE_WORDS,
    FISCAL_PREFIX,
    FISCAL_YEAR_SUFFIX,
    FRACTION_JOINERS,
    GROSS_COUNT_PREFIXES,
    KANJI_DIGITS,
    KANJI_SMALL_UNITS,
    LARGE_MULTIPLIERS,
    MONTH_SUFFIX,
    MORE_QUALIFIERS,
    NEGATIVE_SIGNS,
    NOT_A_COUNTER_OPENINGS,
    ORDINAL_PREFIX,
    PENDING_SCHEDULED_WORDS,
    PENDING_VALUE_NOTE,
    PENDING_VALUE_WORDS,
    PER_BASE_MAX_CHARS,
    PER_BASE_WORDS,
    PER_ENTITY_NOTE_SUFFIX,
    PER_ENTITY_SPANS,
    PER_ENTITY_SUFFIXES,
    PERIOD_AVERAGE_WORDS,
    PERIOD_RANGE_NOTE,
    PERIOD_SEPARATORS,
    PERIOD_TOTAL_WORDS,
    PERIOD_UNTIL,
    PLACEHOLDER_DASHES,
    PLACEHOLDERS,
    QUALIFIERS,
    RANGE_MARKS,
    RANGE_TARGET_NOTE,
    RANK_SCOPE_PREFIXES,
    RATE_PREFIXES,
    RATE_SUFFIXES,
    RATIO_JOINER,
    RATIO_NOTE,
    RELATIVE_TARGET_BASES,
    RELATIVE_TARGET_COMPARISON,
    RELATIVE_TARGET_ENDINGS,
    RELATIVE_TARGET_NOTE,
    RELATIVE_TARGET_ORIGINS,
    RELATIVE_TARGET_SIGNS,
    RELATIVE_TARGET_WORDS,
    REMARK_MARK,
    SEGMENT_LABEL_JOINERS,
    SEGMENT_LABELS,
    SEGMENT_SEPARATORS,
    SEGMENT_SHARED_WORDS,
    SENTENCE_TARGET_PERIOD_LINKS,
    SPAN_JOINERS,
    SPAN_WORDS,
    SPAN_YEAR,
    STATUS_VALUE_NOTE,
    STATUS_VALUE_WORDS,
    SUPERSCRIPT_DIGITS,
    TARGET_DIRECTION_WORDS,
    TENTH_SUB_UNIT,
    TENTH_UNIT,
    UNIT_PREFIX_MULTIPLIERS,
    UNITS,
    UNKNOWN_COUNTER_PATTERN,
    UNKNOWN_UNIT_MAX_CHARS,
    UNKNOWN_UNIT_NOTE,
    UNKNOWN_UNIT_PATTERN,
    VALUE_FOOTNOTE_MARKS,
    WORDED_TARGET_NOTES,
    YEARS_OR_DATE_NOTE,
    ZERO_PHRASES,
    ZERO_SIGN,
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
    span: str | None = None  # ISO 8601 duration the value is counted over when printed: `年60件` → P1Y

    @property
    def worded(self) -> bool:
        """A value printed as words or figures that make no single number (`現状以上`, `80～90%`, `1/3`): read as
        one comparative or range target, or a ratio, without value (a value cell of its own all the same)."""
        return self.value is None and (self.note or "").startswith((*WORDED_TARGET_NOTES, RATIO_NOTE))


_UNIT_KEYS = sorted((nfkc(k) for k in UNITS), key=len, reverse=True)
_UNIT_CANON = {nfkc(k): v for k, v in UNITS.items()}
#: A parenthetical, possibly holding one nested pair (`（令和4年(2022年)）`); an unclosed one runs to the end.
_PAREN = re.compile(r"\(((?:[^()]|\([^()]*\))*)\)?")
_SEGMENT_NAMES = "|".join(sorted(map(re.escape, SEGMENT_LABELS), key=len, reverse=True))
_NUMBER_START = rf"[\d.{''.join(KANJI_DIGITS)}{''.join(KANJI_SMALL_UNITS)}]"
_LABEL_JOINERS = "".join(sorted({re.escape(nfkc(mark)) for mark in SEGMENT_LABEL_JOINERS}))
_SHARED_WORDS = "|".join(longest_first(re.escape(nfkc(word)) for word in SEGMENT_SHARED_WORDS))
#: A segment's start: one label (`男性 81.0歳`), or several sharing one value (`小学校・中学校とも 50%`).
_SEGMENT = re.compile(
    rf"(?P<labels>(?:{_SEGMENT_NAMES})(?:[{_LABEL_JOINERS}](?:{_SEGMENT_NAMES}))+)\s*(?:{_SHARED_WORDS})\s*"
    rf"(?={_NUMBER_START})"
    rf"|(?P<label>{_SEGMENT_NAMES})\s*(?={_NUMBER_START})"
)
_LABEL_SPLIT = re.compile(rf"[{_LABEL_JOINERS}]")
_SEGMENT_SEPARATORS = "".join(sorted({nfkc(mark) for mark in SEGMENT_SEPARATORS}))
_REMARK = re.compile(rf"{re.escape(REMARK_MARK)}\s*([^\s()]*)")
#: A footnote mark glued to a value, with its number: `45.2%*`, `120*1`, `1,200人†` (after NFKC: `＊` is `*`).
_FOOTNOTE = re.compile(rf"(?<=\S)[{re.escape(VALUE_FOOTNOTE_MARKS)}]+\d*")
#: Superscript digits that refer to a footnote (`120¹`), not after a Latin letter (`m²` is an exponent).
_SUPERSCRIPT_MARK = re.compile(rf"(?<![A-Za-zＡ-Ｚａ-ｚ])[{SUPERSCRIPT_DIGITS}]+")
_ZERO_PHRASES = {nfkc(p): p for p in ZERO_PHRASES}
_DIRECTION_WORDS = {nfkc(word) for word in TARGET_DIRECTION_WORDS}
_RELATIVE_SIGNS = tuple({nfkc(mark) for mark in RELATIVE_TARGET_SIGNS})
_RELATIVE_ENDINGS = tuple(nfkc(word) for word in RELATIVE_TARGET_ENDINGS)
_RELATIVE_ORIGINS = tuple(nfkc(word) for word in RELATIVE_TARGET_ORIGINS)


def _is_relative(body: str) -> bool:
    """A change from the baseline instead of an absolute value (`+5ポイント`, `基準値から10ポイント増`, `5%増`)."""
    if body.startswith(_RELATIVE_SIGNS) and NUMBER.match(body[1:].lstrip()):
        return True
    if not body.endswith(_RELATIVE_ENDINGS):
        return False
    if body.startswith(_RELATIVE_ORIGINS):
        return True
    # one figure before the ending (`5%増`); `0件 2 件 皆増` is the cells of three columns read as one (layouts 174)
    number = NUMBER.match(body)
    return bool(number) and not any(ch.isdigit() for ch in body[number.end():])
_RANGE_MARKS = tuple({nfkc(mark) for mark in RANGE_MARKS})
_COMPARED_WITH = tuple(longest_first(nfkc(word) for word in COMPARATIVE_TARGET_REFERENCES))
_BOUNDS = {nfkc(word) for word in (*QUALIFIERS, *MORE_QUALIFIERS)}


def _is_comparative(body: str) -> bool:
    """A target compared with a reference instead of a number (`前年度以上`, `全国平均以上`)."""
    return any(body.startswith(word) and body[len(word):].strip() in _BOUNDS for word in _COMPARED_WITH)


def _is_range(body: str) -> bool:
    """Two values joined by a range mark (`1,000～1,200人`, `20~25%`): no single value."""
    for mark in _RANGE_MARKS:
        low, found, high = body.partition(mark)
        if found and low.strip() and high.strip():
            return all(_read_segment(None, end.strip()).value is not None for end in (low, high))
    return False


_PLACEHOLDERS = {nfkc(p) for p in PLACEHOLDERS} | set(PLACEHOLDERS)
_NEGATIVE_SIGNS = longest_first(nfkc(sign) for sign in NEGATIVE_SIGNS)
_ZERO = re.compile(r"0(?:\.0+)?(?![\d.,])")
#: A period opening a cell joined to its value (`令和11年度に50万人`, `令和11年度までに 15人`: layouts 179, 181).
_PERIOD_LINK = re.compile(r"\s*(?:" + "|".join(map(re.escape, longest_first(map(nfkc, SENTENCE_TARGET_PERIOD_LINKS))))
                          + r")\s*")
#: Placeholder dashes as printed and as NFKC folds them (`－` → `-`): `is_dash_run` serves raw and folded text.
_DASHES = frozenset(PLACEHOLDER_DASHES) | frozenset(nfkc(PLACEHOLDER_DASHES))


def _longest_first(words: Iterable[str]) -> list[str]:
    return longest_first(nfkc(word) for word in words)


_RATE_PREFIXES = {nfkc(word): span for word, span in RATE_PREFIXES.items()}
_RATE_PREFIX_WORDS = _longest_first(RATE_PREFIXES)
_RATE_SUFFIXES = {nfkc(word): span for word, span in RATE_SUFFIXES.items()}
_RATE_SUFFIX_WORDS = _longest_first(RATE_SUFFIXES)
_PER_ENTITY_SUFFIXES = _longest_first(nfkc(word) for word in PER_ENTITY_SUFFIXES)
_PER_ENTITY_SPANS = {nfkc(word): span for word, span in PER_ENTITY_SPANS.items()}
_PER_ENTITY_SPAN_WORDS = _longest_first(_PER_ENTITY_SPANS)
_TAIL_QUALIFIERS = _longest_first([*QUALIFIERS, *MORE_QUALIFIERS])
_APPROXIMATE_SUFFIXES = _longest_first(APPROXIMATE_SUFFIXES)
#: Multipliers that may stand between the number and its unit: `1,234 千円`, and a large one that a text layer
#: printed one space apart from its number (`258 万人`, `11,942 億円` in pdftotext -layout output).
_MULTIPLIER_FACTORS = {**LARGE_MULTIPLIERS, **UNIT_PREFIX_MULTIPLIERS}
_UNIT_MULTIPLIERS = _longest_first(_MULTIPLIER_FACTORS)
_SPAN_WORDS = {nfkc(word): designator for word, designator in SPAN_WORDS.items()}
#: `3年間で`, `5か年の累計`, `3年間`: a count of years/months/days and the joiner to the value.
_SPAN = re.compile(
    rf"^(?P<count>{NUMBER.pattern})\s*(?P<word>{'|'.join(map(re.escape, _longest_first(SPAN_WORDS)))})\s*"
    rf"(?:{'|'.join(map(re.escape, _longest_first(SPAN_JOINERS)))})?\s*"
)
_APPROXIMATE_PREFIXES = set(map(nfkc, APPROXIMATE_PREFIXES))
#: Words printed before the number: approximation, rate, running or gross total, a rank's scope (`約`, `年間`, `累計`,
#: `延べ`, `県内`).
VALUE_PREFIXES = _longest_first([*APPROXIMATE_PREFIXES, *RATE_PREFIXES, *CUMULATIVE_PREFIXES, *AVERAGE_PREFIXES,
                                 *GROSS_COUNT_PREFIXES, *RANK_SCOPE_PREFIXES])
_PREFIX = re.compile("(" + "|".join(map(re.escape, VALUE_PREFIXES)) + r")\s*")
#: A unit, possibly after a multiplier printed apart from the number: `件`, `千円`, `百万 円`.
_UNKNOWN_UNIT = re.compile(UNKNOWN_UNIT_PATTERN)
_UNKNOWN_COUNTER = re.compile(UNKNOWN_COUNTER_PATTERN)
_UNIT_AT = re.compile(
    "(?:(?P<multiplier>" + "|".join(map(re.escape, _UNIT_MULTIPLIERS)) + r")\s*)?"
    "(?P<unit>" + "|".join(map(re.escape, _UNIT_KEYS)) + ")"
)
_PERIOD_PARTS = re.compile(rf"[{re.escape(PERIOD_SEPARATORS)}()]+")


def _is_placeholder(body: str) -> bool:
    """`－`, `未定`, or dashes alone or repeated (`――`, `- -`): nothing was printed."""
    squeezed = body.replace(" ", "")
    return body in _PLACEHOLDERS or is_dash_run(squeezed)


def is_dash_run(text: str) -> bool:
    """`―`, `－－`, `--`: a text made only of placeholder dashes, as printed or folded (not empty)."""
    return bool(text) and set(text) <= _DASHES


def _take_span(text: str) -> tuple[str | None, str]:
    """`3年間で90件` → ('P3Y', '90件'); text without a leading span comes back unchanged."""
    match = _SPAN.match(text)
    if not match:
        return None, text
    try:
        count = parse_number(match.group("count"))
    except NotANumber:
        return None, text
    if count != count.to_integral_value() or count < 1:
        return None, text
    return f"P{int(count)}{_SPAN_WORDS[match.group('word')]}", text[match.end():]


def _span_of(inner: str) -> str | None:
    """A parenthetical that only names a span: `(3年間)`, `(3か年累計)`, `(年間)`."""
    span, rest = _take_span(inner)
    if span and not rest.strip():
        return span
    return _RATE_PREFIXES.get(inner.strip())


def _period_of(inner: str) -> str | None:
    """The period a parenthetical names: `令和4年`, one period spelled twice (`令和4年・2022年`), or a Western year
    alone (`17件（2017）`: a fiscal year, as a header's bare `（2019）` is read by normalize.header)."""
    found = parse_period(inner)
    if found:
        return found
    if is_bare_year(inner):
        return FISCAL_PREFIX + inner
    parts = [part for part in _PERIOD_PARTS.split(inner) if part.strip()]
    labels = {parse_period(part) for part in parts}
    if len(parts) > 1 and len(labels) == 1:
        return labels.pop()
    return None


@dataclass
class _Context:
    """What parentheticals and remarks printed with a value say: its period, its span, remarks."""

    period: str | None = None
    span: str | None = None
    notes: list[str] = field(default_factory=list)
    uncertain: bool = False
    #: a unit printed alone in brackets after the number (`1,200（人）`, `1,500（千円）`), with its multiplier
    unit: str | None = None
    factor: Decimal = Decimal(1)


_TOTAL_WORDS = _longest_first(PERIOD_TOTAL_WORDS)
_AVERAGE_WORDS = _longest_first(PERIOD_AVERAGE_WORDS)
_ESTIMATE_WORDS = _longest_first(ESTIMATE_WORDS)
_UNTIL_TOTAL = re.compile(
    rf"^(?P<period>.+?)\s*{re.escape(PERIOD_UNTIL)}\s*(?:{'|'.join(map(re.escape, _TOTAL_WORDS))})$"
)


def _over_periods(inner: str, context: _Context) -> bool:
    """A parenthetical saying what a value counts over several periods; True when it was one.

    `R2～R6累計` (a total over the range: the period is the last year, the span the range, `P5Y`), `R2～R6平均`
    (a yearly average: span `P1Y`, the text kept in the note), `令和11年度までの累計` (a running total up to that
    year: the period, and `累計` in the note as for `累計90件`), `R2～R6` alone (no word says what: the value is
    kept, the text noted after PERIOD_RANGE_NOTE, and flagged uncertain; the period is left to the column).
    """
    span, rest = _take_span(inner)
    if span and rest.strip() in _AVERAGE_WORDS:  # `5か年平均`: a yearly average over five years
        context.span = context.span or SPAN_YEAR
        context.notes.append(inner)
        return True
    found = find_period_range(inner)
    if found:
        last, years, match = found
        rest = inner[match.end():].strip()
        if rest in _TOTAL_WORDS:
            context.period, context.span = context.period or last, context.span or f"P{years}Y"
        elif rest in _AVERAGE_WORDS:
            context.period, context.span = context.period or last, context.span or SPAN_YEAR
            context.notes.append(inner)
        elif not rest:
            context.notes.append(f"{PERIOD_RANGE_NOTE}: {inner}")
            context.uncertain = True
        else:
            return False
        return True
    until = _UNTIL_TOTAL.match(inner)
    period = parse_period(until.group("period")) if until else None
    if period is None or context.period not in (None, period):
        return False
    context.period = period
    context.notes.append(CUMULATIVE_PREFIXES[0])
    return True


_OVER_PERIODS_WORD = re.compile("|".join(map(re.escape, longest_first([*_TOTAL_WORDS, *_AVERAGE_WORDS]))))


def _leading_over_periods(text: str, context: _Context) -> str:
    """The text without a clause opening it that says what the value after it counts over several periods
    (`R7～R11累計 25,000件`, `5年間平均 55万人`, `令和11年度までの累計 30件`: variety26, layouts 262), read as
    `_over_periods` reads it in brackets (the clause ends with a total or average word, so it never is a bare range)."""
    match = _OVER_PERIODS_WORD.search(text)
    if not match or not _leads_to_number(text[match.end():].strip()):
        return text
    return text[match.end():] if _over_periods(text[: match.end()].strip(), context) else text


_ESTIMATE_AT_END = re.compile(rf"(?:{'|'.join(map(re.escape, _ESTIMATE_WORDS))})$")
#: An estimate word printed before the value as its label (`速報値：55.1%`, `見込み 1,250人`; layouts 160), after NFKC.
_ESTIMATE_AT_START = re.compile(
    rf"^({'|'.join(map(re.escape, _ESTIMATE_WORDS))})\s*{re.escape(DATED_VALUE_JOINER)}?\s*")


def _estimate(inner: str) -> tuple[str, str] | None:
    """`R5見込`, `見込み値`, `令和5年度実績見込`: (the estimate word, the text before it)."""
    match = _ESTIMATE_AT_END.search(inner)
    return (match.group(0), inner[: match.start()].strip()) if match else None


_DIGIT = re.compile(r"\d")


def _unit_alone(inner: str, context: _Context) -> bool:
    """A parenthetical holding a unit and nothing else (`人`, `千円`): it goes to `context`; True when it was one."""
    reading = _Reading()
    if _take_unit(inner, reading) or reading.unit is None:
        return False
    context.unit, context.factor = reading.unit, reading.factor
    return True


def _take_context(text: str, bare_periods: bool = True) -> tuple[str, _Context]:
    """Remove parentheticals, ※ remarks and footnote marks (`*1`): the first parenthetical that names a period is the
    period, one that names a span (`(3年間)`) the span, the rest are notes. `bare_periods`: a period printed outside
    brackets (`30件 令和5年度末`) is taken too."""
    context = _Context()
    notes = context.notes
    if bare_periods and (two := _two_calendar_period(text)):
        context.period, text = two

    def paren(match: re.Match[str]) -> str:
        inner = match.group(1).strip()
        span = _span_of(inner)
        if span and context.span is None:
            context.span = span
            return " "
        if _over_periods(inner, context):
            return " "
        if context.unit is None and _DIGIT.search(outside) and _unit_alone(inner, context):
            return " "  # `1,200（人）`; a unit alone with no number stays a note
        estimate = _estimate(inner)
        if estimate:  # an estimate keeps its value; the word stays in the note, the period is read as usual
            word, inner = estimate
            notes.append(word)
            if not inner:
                return " "
        period = context.period
        found = _period_of(inner)
        if found and period in (None, found):
            context.period = found
        elif is_period_pair(inner):  # `（R5/6）`: June of 令和5, or fiscal years 5 and 6?
            notes.append(f"{AMBIGUOUS_PERIOD_NOTE}: {inner}")
            context.uncertain = True
        elif inner:
            notes.append(inner)
        return " "

    outside = _PAREN.sub(" ", text) if "(" in text else text
    text = _PAREN.sub(paren, text)

    def remark(match: re.Match[str]) -> str:
        notes.append(REMARK_MARK + match.group(1))
        return " "

    text = _REMARK.sub(remark, text)

    def footnote(match: re.Match[str]) -> str:
        notes.append(match.group(0))
        return " "

    text = _FOOTNOTE.sub(footnote, text)
    text = _leading_over_periods(text.strip(), context)
    estimate = _estimate(text.strip())
    if estimate and estimate[1]:  # `30件 見込`: the word after the value
        notes.append(estimate[0])
        text = estimate[1]
    elif (lead := _ESTIMATE_AT_START.match(text.strip())) and _leads_to_number(text.strip()[lead.end():]):
        notes.append(lead.group(1))  # `速報値：55.1%`: the word before the value, as its label
        text = text.strip()[lead.end():]
    if bare_periods:
        for start, end in reversed(pair_spans(text)):  # `120人 R5/6`: as `（R5/6）`, kept, flagged, period open
            notes.append(f"{AMBIGUOUS_PERIOD_NOTE}: {text[start:end].strip()}")
            context.uncertain = True
            text = text[:start] + " " + text[end:]
    if bare_periods:
        found = find_period(text, require_suffix=True)
        # the year printed again in the other calendar (`1,008　令和3年度（2021年度）`, `64.0　2021(R3)年度`): the
        # bracketed one named the period already, the bare one names the same year, no other
        if found and context.period in (None, found[0]):
            label, match = found
            context.period = label
            end = TRAILING_WORDS.match(text, match.end())
            end = end.end() if end else match.end()
            link = _PERIOD_LINK.match(text, end)
            if link and not text[:match.start()].strip() and _leads_to_number(text[link.end():]):
                end = link.end()  # `令和11年度に50万人`: the period opens the cell, a link word joins its value
            text = text[: match.start()] + " " + text[end:]
    return text.strip(), context


def _two_calendar_period(text: str) -> tuple[str, str] | None:
    """(period, the text before it) of a period in two calendars with a bracket inside ending the text, alone or
    after a space (`14 2020年度(R2)`, `14 令和2年度(2020年度)`, `2021(R3)年度`: a cell's year written out after an
    ideographic space): one period, though its bracket alone would name it first and leave the rest unread."""
    head, _, last = text.rstrip().rpartition(" ")
    if "(" not in last:
        return None
    period = parse_period(last)
    return (period, head) if period is not None else None


def _is_remark_line(line: str) -> bool:
    """A line holding only a period and/or remarks: `（令和元年）`, `※変更前`, `（閏年）`."""
    cleaned = nfkc(line)
    return bool(cleaned) and not _take_context(cleaned)[0]


def _peel_trailing_remarks(text: str) -> tuple[str, str]:
    """Split off the trailing lines that only hold a period or remark (they qualify every segment above)."""
    lines = [line for line in text.splitlines() if line.strip()]
    trailing: list[str] = []
    while len(lines) > 1 and _is_remark_line(lines[-1]):
        trailing.insert(0, lines.pop())
    return "\n".join(lines), " ".join(trailing)


def _split_segments(text: str) -> list[tuple[str | None, str]]:
    """`小学校 88.7% 中学校 82.8%` → [('小学校', '88.7%'), ('中学校', '82.8%')]; the segments may be separated by a
    mark (`男性 31.0%／女性 25.4%`), and labels may share one value (`小学校・中学校とも 50%` → both get `50%`)."""
    starts = list(_SEGMENT.finditer(text))
    if not starts:
        return [(None, text)]
    parts: list[tuple[str | None, str]] = []
    head = text[: starts[0].start()].strip()
    if head:
        parts.append((None, head))
    for i, match in enumerate(starts):
        last = i + 1 == len(starts)
        body = text[match.end():len(text) if last else starts[i + 1].start()].strip()
        if not last:  # `31.0%／` before `女性 25.4%`: the mark only separates the segments
            body = body.rstrip(_SEGMENT_SEPARATORS + " ")
        labels = _LABEL_SPLIT.split(match.group("labels")) if match.group("labels") else [match.group("label")]
        parts.extend((label, body) for label in labels)
    return parts


@dataclass
class _Reading:
    """The words around a number: unit, multiplier printed apart, qualifier, span, remarks."""

    unit: str | None = None
    factor: Decimal = Decimal(1)
    qualifier: str | None = None
    span: str | None = None
    notes: list[str] = field(default_factory=list)


def _starts_number(text: str) -> bool:
    body, _ = _take_sign(text)
    match = NUMBER.match(body)
    return bool(match and match.group(0))


def _leads_to_number(body: str) -> bool:
    """The text starts with a number, perhaps after more prefix words (`年間約120万人`: 年間, then 約)."""
    while not _starts_number(body) and (match := _PREFIX.match(body)):
        body = body[match.end():]
    return _starts_number(body)


def _take_prefixes(body: str, reading: _Reading) -> str:
    """Words before the number, in any order: `約`, `年`/`年間` (a rate), `3年間で` (a span), `累計`."""
    while True:
        match = _PREFIX.match(body)
        if not match:
            span, rest = _take_span(body)  # `3年間で90件`
            if not span:
                rest = _take_per_base(body, reading)  # `人口千人当たり5.2人`
                if rest == body:
                    return body
                body = rest
                continue
            reading.span, body = reading.span or span, rest.strip()
            continue
        word, rest = match.group(1), body[match.end():]
        if word in _APPROXIMATE_PREFIXES:
            reading.qualifier = APPROXIMATE_QUALIFIER
        elif not _leads_to_number(rest):  # `年少人口`: 年 starts a word, not a rate
            return body
        elif word in _RATE_PREFIXES:
            reading.span = reading.span or _RATE_PREFIXES[word]
        else:
            reading.notes.append(word)
        body = rest


_PER_BASE = re.compile("|".join(map(re.escape, _longest_first(PER_BASE_WORDS))))


def _take_per_base(body: str, reading: _Reading) -> str:
    """`人口千人当たり5.2人` → '5.2人', the base (`人口千人当たり`) kept in the note; other text unchanged."""
    match = _PER_BASE.search(body, 0, PER_BASE_MAX_CHARS + max(map(len, PER_BASE_WORDS)))
    if not match or match.start() == 0 or not _leads_to_number(body[match.end():].lstrip()):
        return body
    reading.notes.append(body[: match.end()].strip())
    return body[match.end():].lstrip()


_DENOMINATOR_MARKS = (nfkc(DENOMINATOR_SLASH), nfkc(DENOMINATOR_OF))


def _with_denominator(value: Decimal, printed: str, rest: str, reading: _Reading) -> Decimal | None:
    """A count printed with its whole (`12/20校`: rest `/20校`; `3校中2校`: value 3, rest `中2校`): the count, the
    whole kept in the note after DENOMINATOR_NOTE; None when `rest` is no such whole. Both numbers are counts of one
    printed unit (no multiplier), the count no more than the whole; without a unit `12/20` may be a date."""
    if not rest.startswith(_DENOMINATOR_MARKS) or reading.factor != 1 or value < 0:
        return None
    number = NUMBER.match(rest[1:].lstrip())
    if not number or not number.group(0):
        return None
    other = _Reading()
    if _take_unit(rest[1:].lstrip()[number.end():].strip(), other) or other.unit is None or other.factor != 1:
        return None
    try:
        second = parse_number(number.group(0))
    except NotANumber:
        return None
    if rest.startswith(_DENOMINATOR_MARKS[0]):  # `12/20校`, `12校/20校`: count, then whole
        count, whole, whole_printed = value, second, number.group(0)
    else:  # `3校中2校`: whole, then count
        count, whole, whole_printed = second, value, printed
    if reading.unit not in (None, other.unit) or count > whole:
        return None
    reading.unit = other.unit
    reading.notes.append(f"{DENOMINATOR_NOTE} {whole_printed}{other.unit}")
    return count


def _take_unit(rest: str, reading: _Reading) -> str:
    """The unit, possibly after a multiplier printed apart from the number (`1,234 千円`)."""
    match = _UNIT_AT.match(rest)
    if not match:
        return rest
    reading.unit = _UNIT_CANON[match.group("unit")]
    multiplier = match.group("multiplier")
    reading.factor = _MULTIPLIER_FACTORS[multiplier] if multiplier else Decimal(1)
    return rest[match.end():].strip()


def _unknown_unit(suffix: str, reading: _Reading) -> str | None:
    """The suffix glued after a number when it is letters no UNITS entry names (`Mbps`, `km/h`) or a kanji counter
    none names (`艇`, `脚`: vocabulary UNKNOWN_COUNTER_PATTERN, not opening with a period, order, share, qualifier,
    role or progress character), else None. A counter may be followed by the words after a unit (`3艇以上`): they
    go to `reading` as after a known unit."""
    if len(suffix) <= UNKNOWN_UNIT_MAX_CHARS and _UNKNOWN_UNIT.fullmatch(suffix):
        return suffix
    for cut in range(len(suffix), 0, -1):
        counter, after = suffix[:cut], suffix[cut:]
        if not _UNKNOWN_COUNTER.fullmatch(counter) or counter[0] in NOT_A_COUNTER_OPENINGS:
            continue
        trial = replace(reading, notes=list(reading.notes))
        if not after or not _take_suffixes(after, trial):
            reading.qualifier, reading.span, reading.notes = trial.qualifier, trial.span, trial.notes
            return counter
    return None


def _take_suffixes(rest: str, reading: _Reading) -> str:
    """Words after the unit, in any order: `以上`/`以下`/`以内`…, `程度` (approximate), `/年` (a rate)."""
    while rest:
        before = rest
        for word in _TAIL_QUALIFIERS:
            if rest.startswith(word):
                reading.qualifier, rest = word, rest[len(word):].strip()
        for word in _APPROXIMATE_SUFFIXES:
            if rest.startswith(word):
                reading.qualifier, rest = reading.qualifier or APPROXIMATE_QUALIFIER, rest[len(word):].strip()
        for word in _RATE_SUFFIX_WORDS:
            if rest.startswith(word):
                reading.span, rest = reading.span or _RATE_SUFFIXES[word], rest[len(word):].strip()
                break
        for word in _PER_ENTITY_SUFFIXES:
            if rest.startswith(word):
                reading.notes.append(word[1:] + PER_ENTITY_NOTE_SUFFIX)
                rest = rest[len(word):].strip()
                if span := next((w for w in _PER_ENTITY_SPAN_WORDS if rest.startswith(w)), None):
                    reading.span, rest = reading.span or _PER_ENTITY_SPANS[span], rest[len(span):].strip()
                break
        if rest == before:
            break
    return rest


def _scale(value: Decimal, factor: Decimal) -> Decimal:
    """value × factor without spurious decimals: `1.5 千人` is 1500, not 1500.0."""
    if factor == 1:
        return value
    scaled = value * factor
    return scaled.quantize(Decimal(1)) if scaled == scaled.to_integral_value() else scaled.normalize()


def _take_sign(body: str) -> tuple[str, int]:
    """`△3` → ('3', -1), `±0` → ('0', 1). A sign must touch the number: `- 1,946` is a placeholder and a cell run
    together; `±5` is a tolerance, no signed value."""
    if body.startswith(ZERO_SIGN) and (zero := _ZERO.match(body, len(ZERO_SIGN))):
        return body[zero.start():], 1
    for mark in _NEGATIVE_SIGNS:
        if not body.startswith(mark):
            continue
        rest = body[len(mark):]
        number = NUMBER.match(rest)
        if number and number.group(0):
            return rest, -1
    return body, 1


#: `1割`, `2割5分`, `1.5割`: tenths (and hundredths) of a whole, read as % exactly.
_TENTHS = re.compile(
    rf"^(?P<tenths>{NUMBER.pattern})\s*{re.escape(TENTH_UNIT)}(?:\s*(?P<hundredths>\d)\s*{re.escape(TENTH_SUB_UNIT)})?"
)
_PERCENT = _UNIT_CANON["%"]


def _take_tenths(body: str) -> tuple[Decimal, str] | None:
    """`2割5分以上` → (25, '以上'): the value in % and the text after it; None when the body is no 割 value."""
    match = _TENTHS.match(body)
    if not match:
        return None
    try:
        tenths = parse_number(match.group("tenths"))
    except NotANumber:
        return None
    hundredths = Decimal(match.group("hundredths") or 0)
    return _scale(tenths, Decimal(10)) + hundredths, body[match.end():].strip()


_FRACTION = re.compile(rf"^\d+\s*(?:{'|'.join(map(re.escape, _longest_first(FRACTION_JOINERS)))})\s*\d+$")


def _is_ratio(body: str) -> bool:
    """`3人に1人`, `1/3`, `3分の1` (a bound after it allowed: `1/2以上`): a ratio with no exact decimal; never turned
    into a number."""
    if _FRACTION.match(next((body[:-len(b)] for b in _TAIL_QUALIFIERS if body.endswith(b)), body).strip()):
        return True
    left, joiner, right = body.partition(RATIO_JOINER)
    if not joiner or not left.strip() or not right.strip():
        return False
    ends = [_read_segment(None, end.strip()) for end in (left, right)]
    return all(end.value is not None and end.unit and not end.note for end in ends) and ends[0].unit == ends[1].unit


def _not_a_value(segment: str | None, text: str) -> ParsedValue:
    """No value read; flagged uncertain when the text prints numbers and nothing else (`12,3 13,0` / `45人 00人`: a
    value wrapped across lines, two values in one cell), or a whole value beside other words (`3,900 やや遅れ`: a
    neighbour column's word joined to the cell): figures were printed, and what they say is not known."""
    pieces = join_wrapped(text).split()
    printed = bool(pieces) and (all(_starts_number(piece) for piece in pieces) or (
        len(pieces) > 1 and any(_starts_number(piece) and _read_segment(None, piece).value is not None
                                and not _period_figure(pieces, k) for k, piece in enumerate(pieces))))
    return ParsedValue(None, segment=segment, note=f"{NOT_A_NUMBER}: {join_wrapped(text)}", uncertain=printed)


#: Words glued after a figure that make it a period's number and no value: a fiscal year, a month (neither a unit
#: of any value: a count of months is `か月`).
_PERIOD_AFTER = (FISCAL_YEAR_SUFFIX, MONTH_SUFFIX)
#: Words glued before a figure that make it a year's or an ordinal's number: an era name, `第`.
_PERIOD_BEFORE = (*(era for era in ERAS if len(era) > 1), ORDINAL_PREFIX)


def _period_figure(pieces: list[str], k: int) -> bool:
    """The figure `pieces[k]` is the number of a period or an ordinal in a sentence, set apart by the spaces a text
    layer prints between digits and kanji (`令和 6 年 3 月の 改訂に伴い`, `※第 3 期保険事業`): after an era name or
    `第`, or before `年度` or `月` — never a value beside a neighbour column's word (`3,900 やや遅れ`)."""
    if not pieces[k].isdigit():
        return False
    return (k > 0 and pieces[k - 1].endswith(_PERIOD_BEFORE)) or \
        (k + 1 < len(pieces) and pieces[k + 1].startswith(_PERIOD_AFTER))


_RELATIVE_WORDS = {nfkc(word) for word in RELATIVE_TARGET_WORDS}
_DIRECTION_VERBS = {nfkc(word + ending) for word in TARGET_DIRECTION_WORDS for ending in DIRECTION_VERB_ENDINGS}
_PENDING_WORDS = {nfkc(word) for word in PENDING_VALUE_WORDS}
_SCHEDULED_WORDS = tuple(_longest_first(PENDING_SCHEDULED_WORDS))
_STATUS_WORDS = {nfkc(word) for word in STATUS_VALUE_WORDS}
_COMPARISON = nfkc(RELATIVE_TARGET_COMPARISON)
_REFERENCES = {nfkc(word) for word in (*COMPARATIVE_TARGET_REFERENCES, *RELATIVE_TARGET_BASES)}


#: What a worded cell may start with (a period or a date) or hold (one of its words).
_PERIOD_INITIALS = {name[0] for name in map(nfkc, ERAS)} | set("0123456789")
_WORDED_HINT = re.compile("|".join(map(re.escape, _longest_first(
    [*_RELATIVE_WORDS, *TARGET_DIRECTION_WORDS, *_PENDING_WORDS, *_SCHEDULED_WORDS, *_STATUS_WORDS]))))


def _after_period(core: str) -> str | None:
    """The text after a period or date that opens `core` (`R6.4開設` → `開設`), None when no period opens it."""
    found = find_period(core)
    if not found or found[1].start() != 0:
        return None
    after = MONTH_AND_DAY.match(core, found[1].end())
    end = TRAILING_WORDS.match(core, after.end() if after else found[1].end())
    return core[end.end() if end else found[1].end():].strip()


def _is_compared(core: str) -> bool:
    """A target relative to a base year or reference: `前年度比105%`, `H30年度比10%増`, `前年度比増`."""
    base, mark, change = core.partition(_COMPARISON)
    base = base.strip()
    return bool(mark and base and change.strip()) and (base in _REFERENCES or parse_period(base) is not None)


def _worded(core: str) -> str | None:
    """The note of a cell that prints words instead of a figure (see `_read_worded`), None for any other cell."""
    if core in _RELATIVE_WORDS or _is_compared(core):
        return f"{RELATIVE_TARGET_NOTE}: {core}"
    if core in _DIRECTION_VERBS:  # `減少させる`: the direction, as `減少` is
        return core
    after = _after_period(core)
    if core in _PENDING_WORDS or core in _SCHEDULED_WORDS or after in _SCHEDULED_WORDS:
        return f"{PENDING_VALUE_NOTE}: {core}"
    if core in _STATUS_WORDS:
        return f"{STATUS_VALUE_NOTE}: {core}"
    if after and not any(ch.isdigit() for ch in after) and not _starts_number(after):
        return f"{DATED_TARGET_NOTE}: {core}"  # `R6.4開設`: an event's date, not a figure
    return None


def _read_worded(segment: str | None, text: str) -> ParsedValue | None:
    """A cell that prints words instead of a figure: a relative target (`前年度比105%`, `倍増`), a direction as a verb
    (`減少させる`), a figure not there yet (`調査中`, `R7調査予定`) or an event's date (`R6.4開設`). No value is made
    up: the text is kept in the note, the period is only one printed in brackets (`調査中（R6）`); None for any
    other cell."""
    if not (_COMPARISON in text or text.lstrip()[:1] in _PERIOD_INITIALS or _WORDED_HINT.search(text)):
        return None  # the quick test first: most text reaching here is a name or a sentence (issue 13)
    core, context = _take_context(text, bare_periods=False)
    note = _worded(core)
    if note is None:
        return None
    return ParsedValue(None, period=context.period, segment=segment, note="; ".join([note, *context.notes]),
                       span=context.span)


def _read_segment(segment: str | None, text: str) -> ParsedValue:
    """One segment's text (see `_read_body`), flagged uncertain when its parentheticals leave its meaning open."""
    body, context = _take_context(text)
    value = _read_body(segment, text, body, context)
    if value.value is None and value.note and value.note.startswith(NOT_A_NUMBER):
        return _read_worded(segment, text) or value
    return replace(value, uncertain=True) if context.uncertain and value.value is not None else value


def _direction_figure(segment: str | None, direction: str, context: _Context) -> ParsedValue | None:
    """A direction word whose bracket prints the figure aimed at (`増加（1,500人以上）`, `維持（95%以上）`): that
    figure, the direction its note; None unless exactly one bracket reads as a value."""
    figures = [(k, _read_segment(segment, note)) for k, note in enumerate(context.notes)]
    figures = [(k, figure) for k, figure in figures if figure.value is not None]
    if len(figures) != 1:
        return None
    k, figure = figures[0]
    notes = [direction, *context.notes[:k], *context.notes[k + 1:], *([figure.note] if figure.note else [])]
    return replace(figure, period=figure.period or context.period, note="; ".join(notes),
                   span=figure.span or context.span)


def _read_body(segment: str | None, text: str, body: str, context: _Context) -> ParsedValue:
    """One segment's text (`88.7%`, `1,500件 (令和4年)`, `年60件`, `待機児童なし`) → ParsedValue; `body` is the text
    without its parentheticals and remarks, `context` what they said."""
    period, notes = context.period, context.notes
    note = "; ".join(notes) or None
    if _is_placeholder(body):
        return ParsedValue(None, period=period, segment=segment, note=note, span=context.span)
    if body in _DIRECTION_WORDS:  # `増加`, `維持` instead of a number: the aim, kept as the note
        return _direction_figure(segment, body, context) \
            or ParsedValue(None, period=period, segment=segment, note="; ".join([body, *notes]), span=context.span)
    if _is_relative(body):  # relative to the baseline: not an absolute value, never computed here
        note = "; ".join([f"{RELATIVE_TARGET_NOTE}: {body}", *notes])
        return ParsedValue(None, period=period, segment=segment, note=note, span=context.span)
    for label, matches in ((RANGE_TARGET_NOTE, _is_range), (COMPARATIVE_TARGET_NOTE, _is_comparative),
                           (RATIO_NOTE, _is_ratio)):
        if matches(body):  # no single value was printed: the text is kept, no number is made up
            note = "; ".join([f"{label}: {body}", *notes])
            # `1/3` or `12/20` without unit may as well be a date (20 December): flagged
            dated = label == RATIO_NOTE and DENOMINATOR_SLASH in body
            return ParsedValue(None, period=period, segment=segment, note=note, span=context.span, uncertain=dated)
    if body in _ZERO_PHRASES:
        return ParsedValue(Decimal(0), period=period, segment=segment, note="; ".join([body, *notes]),
                           span=context.span)
    reading = _Reading(span=context.span)
    body = _take_prefixes(body, reading)
    body, sign = _take_sign(body)
    tenths = _take_tenths(body)
    if tenths is not None:  # `1割` = 10 %
        reading.unit = _PERCENT
        value, rest = tenths
        qualifier, reading.qualifier = reading.qualifier, None
        if _take_suffixes(rest, reading):
            return _not_a_value(segment, text)
        note = "; ".join([*reading.notes, *notes]) or None
        return ParsedValue(sign * value, reading.unit, period, reading.qualifier or qualifier, segment, note,
                           span=reading.span)
    match = NUMBER.match(body)
    if not match or not match.group(0):
        return _not_a_value(segment, text)
    try:
        value = sign * parse_number(match.group(0))
    except NotANumber:
        note = "; ".join([f"{UNREADABLE_NUMBER}: {join_wrapped(text)}", *notes])
        return ParsedValue(None, period=period, segment=segment, note=note)
    qualifier = reading.qualifier
    reading.qualifier = None
    rest = _take_suffixes(_take_unit(body[match.end():].strip(), reading), reading)
    if rest == DURATION_YEAR_UNIT and reading.unit is None and "." in match.group(0):
        # `12.5年`: a count of years (no year has a fraction), or a date written short? read, flagged
        reading.unit, rest = DURATION_YEAR_UNIT, ""
        reading.notes.append(f"{YEARS_OR_DATE_NOTE}: {match.group(0)}{DURATION_YEAR_UNIT}")
        context.uncertain = True
    if rest:
        counted = _with_denominator(value, match.group(0), rest, reading)
        if counted is None:
            # a known unit glued to letters (`150tB`: a text layer's `150t` and the next column's grade `B` read
            # together) is no unknown unit: only a compound after it (`km/h`) or letters naming none (`Mbps`) are
            # and a number in kanji numerals is a word's first character as often as a count (`一般`, `三重`, `十分`):
            # an unknown unit or counter only after digits
            unknown = None if (reading.unit is not None and rest[:1].isalpha()) \
                or not any(ch.isdigit() for ch in match.group(0)) else _unknown_unit(body[match.end():], reading)
            if unknown is not None:  # `286L` before L was a unit: the figure, its unit as printed, flagged
                note = "; ".join([f"{UNKNOWN_UNIT_NOTE}: {unknown}", *reading.notes, *notes])
                return ParsedValue(value, unknown, period, reading.qualifier or qualifier, segment, note,
                                   uncertain=True, span=reading.span or context.span)
            # a sentence that merely contains a number (`令和6年3月の改訂に伴い…`) is not a value
            return _not_a_value(segment, text)
        value = counted
    if reading.unit is None and context.unit is not None:  # `1,500（千円）`
        reading.unit, reading.factor = context.unit, context.factor
    note = "; ".join([*reading.notes, *notes]) or None
    return ParsedValue(_scale(value, reading.factor), reading.unit, period, reading.qualifier or qualifier, segment,
                       note, span=reading.span)


def _share_context(values: list[ParsedValue], shared: _Context) -> list[ParsedValue]:
    """Give every segment the period, span and remarks printed once for all of them (apart from the values)."""
    # A period printed once after the last segment (`男性… 女性…（令和元年）`) applies to every segment.
    shared_period = shared.period or next((v.period for v in reversed(values) if v.period), None)
    out = []
    for value in values:
        note = "; ".join(filter(None, [value.note, *shared.notes])) or None
        out.append(replace(value, period=value.period or shared_period, note=note,
                           span=value.span or (shared.span if value.value is not None else None),
                           uncertain=value.uncertain or (shared.uncertain and value.value is not None)))
    return out


def _take_superscripts(raw: str) -> tuple[str, list[str]]:
    """`120¹` → ('120', ['¹']): superscript footnote references off before NFKC would make them digits."""
    marks: list[str] = []

    def mark(match: re.Match[str]) -> str:
        marks.append(match.group(0))
        return " "

    return _SUPERSCRIPT_MARK.sub(mark, raw), marks


_DATED_SPLIT = re.compile("|".join(map(re.escape, DATED_VALUE_SEPARATORS)))


def _dated_values(text: str) -> list[ParsedValue] | None:
    """`H27:4人 / R1:9人` (or the two on lines of their own): values each after its own year label → one value per
    label with that period; None unless every piece is `year:value` with a value."""
    pieces = [piece.strip() for piece in _DATED_SPLIT.split(text) if piece.strip()]
    if not pieces or not all(DATED_VALUE_JOINER in piece for piece in pieces):
        return None
    values = []
    for piece in pieces:
        label, _, body = piece.partition(DATED_VALUE_JOINER)
        period = parse_period(label)
        read = _parse(body) if period and body.strip() else []
        if len(read) != 1 or read[0].value is None or read[0].period not in (None, period):
            return None
        values.append(replace(read[0], period=period))
    return values


#: Digit groups a typesetter separates by a space instead of a comma (`125 400人`, layouts 88; ISO 31-0 style):
#: opening the cell, a first group of one to three digits, then groups of exactly three, then the unit right after
#: the last digit. Bare numbers a space apart are cells of a row as often (`1,400 320 150` of a `pdftotext -raw`
#: line, layouts 47): they stay apart.
_SPACED_GROUPS = re.compile(r"^\s*\d{1,3}(?: \d{3})+(?=[^\d\s.,])")


def _join_spaced_groups(text: str) -> str:
    """`125 400人` → `125400人`: a number whose thousands are spaced is one number, not two (`30 40` stays apart)."""
    folded = nfkc(text)
    joined = _SPACED_GROUPS.sub(lambda match: match.group(0).replace(" ", ""), folded, count=1)
    return joined if joined != folded else text


def _parse(raw: str) -> list[ParsedValue]:
    raw, superscripts = _take_superscripts(raw)
    raw = _join_spaced_groups(raw)
    repaired, repairs = repair(raw)
    if is_damaged(repaired):
        return [ParsedValue(None, note=f"{DAMAGED}: {nfkc(repaired)}", uncertain=True)]
    if (dated := _dated_values("\n".join(nfkc(line) for line in repaired.splitlines()))) is not None:
        return dated
    main, trailing = _peel_trailing_remarks(unspace_letters(repaired))
    _, shared = _take_context(nfkc(trailing))
    parts = _split_segments(nfkc(main))
    if len(parts) > 1 and parts[0][0] is None:
        # text before the first segment label: a shared period/remark, a placeholder, or a value of its own
        head_body, head = _take_context(parts[0][1])
        if not head_body or _is_placeholder(head_body):
            parts = parts[1:]
            shared = _Context(shared.period or head.period, shared.span or head.span, [*head.notes, *shared.notes],
                              shared.uncertain or head.uncertain)
    values = [_read_segment(segment, body) for segment, body in parts]
    shared.notes.extend([*superscripts, *repairs])
    return _share_context(values, shared)


#: Distinct cell texts remembered: the text readers type every token of every line by parsing it, several times
#: over (`ingest.text.token_types`), and a document prints the same few values and words again and again.
PARSED_CELLS_REMEMBERED = 1 << 16


def parse_cell(text: str) -> list[ParsedValue]:
    """Parse one value cell as printed. One item per segment (at least one); never raises."""
    return list(_parse_remembered(text if isinstance(text, str) else str(text)))


@lru_cache(maxsize=PARSED_CELLS_REMEMBERED)
def _parse_remembered(text: str) -> tuple[ParsedValue, ...]:
    try:
        return tuple(_parse(text))
    except Exception as error:  # a bug must not stop a batch run: report it on the value instead
        return (ParsedValue(None, note=f"unreadable cell ({type(error).__name__})"),)


#: The end of a line that holds a value so far: a number, perhaps with its unit (`1,234`, `81.0%`).
_ENDS_WITH_VALUE = re.compile(
    rf"(?:^|[^\d.,])(?:{NUMBER.pattern})\s*(?:{'|'.join(map(re.escape, _UNIT_KEYS))})?$"
)


def is_unit_continuation(previous: str, line: str) -> bool:
    """True when `line` only holds what follows a number (a unit, bound or rate: `件`, `千円`, `人/年`, `以上`) and
    `previous` ends with a value: `1,234` then `件` is one value printed over two lines (one-cell-per-line text).
    `parse_cell` reads the joined cell (`1,234\\n件`) as one value."""
    before, after = nfkc(previous), nfkc(line)
    if not after or not _ENDS_WITH_VALUE.search(before):
        return False
    reading = _Reading()
    rest = _take_suffixes(_take_unit(after, reading), reading)
    return not rest and bool(reading.unit or reading.qualifier or reading.span)
