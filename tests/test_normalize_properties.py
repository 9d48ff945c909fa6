"""Property tests: a Decimal printed in any style the documents use parses back to the same Decimal,
and parse_cell never raises and always explains a missing value."""

from __future__ import annotations

import os
import unicodedata
from decimal import Decimal
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from normalize import parse_cell, parse_number
from normalize.vocabulary import PLACEHOLDER_DASHES, PLACEHOLDERS

#: Derandomized by default, so `make test` and CI see the same examples every run; set KPI_HYPOTHESIS_EXPLORE=1
#: (and KPI_HYPOTHESIS_EXAMPLES=5000, say) to search new ones.
EXAMPLES = settings(max_examples=int(os.environ.get("KPI_HYPOTHESIS_EXAMPLES", "200")), deadline=None,
                    derandomize=os.environ.get("KPI_HYPOTHESIS_EXPLORE") != "1")

_WIDE = str.maketrans("0123456789,.", "０１２３４５６７８９，．")
_KANJI = "〇一二三四五六七八九"
_LARGE = [(10**12, "兆"), (10**8, "億"), (10**4, "万")]
_SMALL = [(1000, "千"), (100, "百"), (10, "十")]


def decimals(max_places: int = 4, max_value: int = 10**13) -> st.SearchStrategy[Decimal]:
    """Non-negative Decimals with up to `max_places` printed decimals."""
    return st.builds(lambda n, k: Decimal(n).scaleb(-k), st.integers(0, max_value), st.integers(0, max_places))


def plain(d: Decimal) -> str:
    return format(d, "f")


def comma_groups(d: Decimal) -> str:
    return format(d, ",f")


def full_width(d: Decimal) -> str:
    return comma_groups(d).translate(_WIDE)


def _kanji_below_10000(n: int) -> str:
    out = ""
    for factor, mark in _SMALL:
        digit, n = divmod(n, factor)
        if digit:
            out += ("" if digit == 1 else _KANJI[digit]) + mark
    return out + (_KANJI[n] if n else "")


def kanji(n: int) -> str:
    """Traditional kanji numerals: 12345 → 一万二千三百四十五 (一 left out before 十/百/千)."""
    if n == 0:
        return _KANJI[0]
    out = ""
    for factor, mark in _LARGE:
        group, n = divmod(n, factor)
        if group:
            out += _kanji_below_10000(group) + mark
    return out + _kanji_below_10000(n)


def positional_kanji(n: int) -> str:
    """Digit-by-digit kanji: 2023 → 二〇二三."""
    return "".join(_KANJI[int(ch)] for ch in str(n))


def mixed(n: int) -> str:
    """Arabic groups with kanji large multipliers: 1234056789 → 12億3,405万6,789; 12000 → 1万2千."""
    if n == 0:
        return "0"
    out = ""
    for factor, mark in [*_LARGE, (1, "")]:
        group, n = divmod(n, factor)
        if not group:
            continue
        if mark and group % 1000 == 0:
            out += f"{group // 1000}千{mark}"
        elif not mark and group % 1000 == 0:
            out += f"{group // 1000}千"
        else:
            out += f"{group:,}{mark}"
    return out


@EXAMPLES
@given(decimals(), st.sampled_from([plain, comma_groups, full_width]))
def test_arabic_styles_round_trip(value: Decimal, style) -> None:
    [parsed] = parse_cell(style(value))
    assert parsed.value == value
    assert parsed.note is None


@EXAMPLES
@given(decimals(), st.sampled_from(["-", "－", "△", "▲"]), st.sampled_from([plain, comma_groups, full_width]))
def test_negative_values_round_trip(value: Decimal, sign: str, style) -> None:
    [parsed] = parse_cell(sign + style(value) + "%")
    assert parsed.value == -value
    assert parsed.unit == "%"


@EXAMPLES
@given(decimals(max_places=3, max_value=10**9), st.sampled_from([("万", 10**4), ("億", 10**8), ("兆", 10**12)]),
       st.sampled_from([plain, comma_groups, full_width]), st.sampled_from(["人", "件", "円", ""]))
def test_multiplier_styles_round_trip(value: Decimal, multiplier: tuple[str, int], style, unit: str) -> None:
    # `490.7万人` → 4907000 人: the multiplier is folded into the value, the unit kept
    mark, factor = multiplier
    [parsed] = parse_cell(style(value) + mark + unit)
    assert parsed.value == value * factor
    assert parsed.unit == (unit or None)
    # folded values carry no spurious decimals: an integral result prints as an integer
    if parsed.value == parsed.value.to_integral_value():
        assert "." not in str(parsed.value) and "E" not in str(parsed.value)


@EXAMPLES
@given(st.integers(0, 10**16 - 1), st.sampled_from([kanji, mixed]))
def test_kanji_and_mixed_integers_round_trip(value: int, style) -> None:
    assert parse_number(style(value)) == value
    [parsed] = parse_cell(style(value) + "件")
    assert (parsed.value, parsed.unit) == (value, "件")


@EXAMPLES
@given(st.integers(0, 10**8))
def test_positional_kanji_round_trip(value: int) -> None:
    assert parse_number(positional_kanji(value)) == value


@EXAMPLES
@given(st.integers(0, 10**6), st.sampled_from(["千円", "千人"]))
def test_thousand_unit_prefix(value: int, unit: str) -> None:
    # `1,234千円` = 1,234,000 円
    [parsed] = parse_cell(f"{value:,}{unit}")
    assert parsed.value == value * 1000
    assert parsed.unit == unit[1:]


@EXAMPLES
@given(st.integers(0, 10**6), st.sampled_from(["千円", "千人", "百万円"]), st.sampled_from(["", " "]))
def test_unit_multipliers_glued_or_apart(value: int, unit: str, gap: str) -> None:
    # `1,234百万円` = 1,234,000,000 円 and `1,234 千円` = 1,234,000 円: the multiplier folds in either way
    factor = {"千": 1000, "百万": 10**6}[unit[:-1]]
    [parsed] = parse_cell(f"{value:,}{gap}{unit}")
    assert (parsed.value, parsed.unit) == (value * factor, unit[-1])


_RATE_FORMS = [("年{}", "P1Y"), ("年間{}", "P1Y"), ("毎年{}", "P1Y"), ("{}/年", "P1Y"), ("{}／年", "P1Y"),
               ("月{}", "P1M"), ("{}/月", "P1M")]


@EXAMPLES
@given(decimals(max_places=2, max_value=10**7), st.sampled_from([plain, comma_groups, full_width]),
       st.sampled_from(["件", "人", "回"]), st.sampled_from(_RATE_FORMS), st.sampled_from(["", "以上"]))
def test_rates_keep_the_count_and_say_the_span(value: Decimal, style, unit: str, form, bound: str) -> None:
    # `年60件`, `60件/年`: the value is the count per span, never divided or multiplied
    template, span = form
    [parsed] = parse_cell(template.format(style(value) + unit) + bound)
    assert (parsed.value, parsed.unit, parsed.span, parsed.qualifier) == (value, unit, span, bound or None)


@EXAMPLES
@given(st.integers(1, 12), decimals(max_places=1, max_value=10**6), st.sampled_from(["年間で", "か年で", "年間の累計"]))
def test_totals_over_years_keep_the_total(years: int, value: Decimal, joiner: str) -> None:
    # `3年間で90件` is 90 件 over three years (P3Y), not 30 a year
    [parsed] = parse_cell(f"{years}{joiner}{comma_groups(value)}件")
    assert (parsed.value, parsed.unit, parsed.span) == (value, "件", f"P{years}Y")


_PLACEHOLDER_WORDS = {unicodedata.normalize("NFKC", p) for p in PLACEHOLDERS}
# dashes alone or repeated (`――`, `- -`) are placeholders too
_PLACEHOLDER_CHARS = {ch for p in [*PLACEHOLDERS, PLACEHOLDER_DASHES] for ch in unicodedata.normalize("NFKC", p)}
_PLACEHOLDER_CHARS |= set("()")


@EXAMPLES
@given(st.text())
def test_parse_cell_never_raises_and_explains_missing_values(text: str) -> None:
    values = parse_cell(text)
    assert values
    for v in values:
        assert v.value is None or isinstance(v.value, Decimal)
        if v.value is None and not v.note and not v.period:
            # no value and nothing to say: only a placeholder (or nothing) was printed, after a segment label
            # if any (`男性…`: the male row, a placeholder; found by exploring)
            squeezed = "".join(unicodedata.normalize("NFKC", text).split()).replace(v.segment or "", "")
            assert set(squeezed) <= _PLACEHOLDER_CHARS, (text, v)


@EXAMPLES
@given(st.text(alphabet=st.characters(categories=["Ll", "Lu", "Lo"]), min_size=1))
def test_words_without_numbers_have_no_value_and_say_why(text: str) -> None:
    values = parse_cell(text)
    if unicodedata.normalize("NFKC", text).strip() in _PLACEHOLDER_WORDS:
        return  # 未定 and the like: nothing was printed, nothing to explain
    for v in values:
        if v.value is None:
            assert v.note, (text, v)


def test_the_formatters_print_what_the_documents_print() -> None:
    # the generators above must themselves be right, or the round trips prove nothing
    assert kanji(12345) == "一万二千三百四十五"
    assert kanji(35) == "三十五"
    assert kanji(100020003) == "一億二万三"
    assert positional_kanji(2023) == "二〇二三"
    assert mixed(12000) == "1万2千"
    assert mixed(1234056789) == "12億3,405万6,789"
    assert full_width(Decimal("1234.5")) == "１，２３４．５"
    assert comma_groups(Decimal("26186")) == "26,186"


_PIECES = st.sampled_from([
    "0", "1", "9", "12", "1,234", "1,2", ".", ".5", "０", "１２", "一", "十", "百", "千", "万", "億", "兆", "〇",
    "(", ")", "（", "）", "※", "令和", "平成", "元", "年", "年度", "R", "H", "男性", "女性", "小学校", "%", "％",
    "人", "件", "円", "ha", "以上", "以下", "約", "－", "_", "なし", "□", "O", " ", "\n", "、", "閏年",
])


@EXAMPLES
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_cell_like_text_never_raises_and_explains_missing_values(text: str) -> None:
    # text assembled from the pieces real cells are made of reaches far more branches than st.text()
    test_parse_cell_never_raises_and_explains_missing_values.hypothesis.inner_test(text)


_LINE_CHARS = "重要業績評価指標転入者数人口割合件年度令和平成のをにはがとあいうアイウ0123456789,.%()・ "


@EXAMPLES
@given(st.text(alphabet=_LINE_CHARS, min_size=2, max_size=40), st.sampled_from([2, 3, 4]))
def test_a_fake_bold_line_collapses_back_to_the_printed_line(line: str, copies: int) -> None:
    # every glyph drawn `copies` times comes back once, whatever the line holds (digits, spaces, marks)
    from normalize.text import collapse_fake_bold_line

    line = " ".join(line.split())
    printed = [char for char in line if not char.isspace()]
    if len(printed) < 2 or not any(char.isalpha() for char in printed):
        return  # too little to tell fake bold from a real repeat: left as drawn, by design
    if any(a == b for a, b in pairwise(line)):
        return  # a real repeat (`22`) may make a larger copy count fit too; covered by the example tests
    bold = "".join(char if char.isspace() else char * copies for char in line)
    assert collapse_fake_bold_line(bold) == line


@EXAMPLES
@given(st.integers(0, 10**9), st.sampled_from(["件", "人", "%", "円", "万人", ""]),
       st.sampled_from(["", "転入者数 ", "目標値 "]), st.sampled_from([plain, comma_groups]))
def test_printed_numbers_are_never_taken_for_fake_bold(value: int, unit: str, label: str, style) -> None:
    # repeated digits are real (`22件`, `1,100`, `1,000,000人`): a line of one value keeps every digit
    from normalize.text import collapse_fake_bold_line

    line = f"{label}{style(Decimal(value))}{unit}"
    assert collapse_fake_bold_line(line) == line


@EXAMPLES
@given(st.text(alphabet="重要業績評価指標転入者数人口割合件年度令和のをにはがとあいうアイウ", min_size=2, max_size=12),
       st.integers(0, 10**6), st.sampled_from([" ", "\u3000"]))
def test_a_letter_spaced_name_closes_and_its_value_stays_apart(word: str, value: int, space: str) -> None:
    # `転 入 者 数  1,234人`: the spaced word closes; the wider gap before the value stays
    from normalize.text import unspace_letters

    assert unspace_letters(space.join(word) + f"  {value:,}人") == f"{word}  {value:,}人"
