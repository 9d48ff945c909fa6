"""Periods and values as other municipalities print them in KPI tables (issue 11): dates in brackets, month ends,
ranges of years, running totals, estimates, two-digit western years, tenths (割) and ratios.

The examples are invented in the forms municipal KPI tables use (none is copied from a document). Each expected
result was worked out by hand: 令和N = 2018+N, 平成N = 1988+N; 年度 → FY, 年 → CY; a date (`R6.4.1`, `2024.4.1`,
`令和6年3月末`) → the calendar year it falls in; a range `R2～R6` is five fiscal years 2020-2024 (`P5Y`), its last year
FY2024; `N割` is N × 10 %.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from normalize import ParsedValue, parse_cell, parse_period
from normalize.cell import NOT_A_NUMBER
from normalize.periods import find_period, find_period_range


def V(value, unit=None, period=None, qualifier=None, segment=None, note=None, uncertain=False, span=None):
    """Expected ParsedValue; value given as str for an exact Decimal."""
    return ParsedValue(Decimal(value) if value is not None else None, unit, period, qualifier, segment, note,
                       uncertain, span)


# --- whole-text periods (column headers, year tokens of text layers) ---------------------------------------------
PERIODS: list[tuple[str, str | None]] = [
    # dates with dots or slashes: the calendar year of the date
    ("R6.4.1", "CY2024"),
    ("令和6.4.1", "CY2024"),
    ("令和6.4.1現在", "CY2024"),
    ("令和６．４．１", "CY2024"),  # full-width digits and dots (NFKC)
    ("R6/4/1", "CY2024"),
    ("2024.4.1", "CY2024"),
    ("2024/4/1", "CY2024"),
    ("2024.4.1時点", "CY2024"),
    ("H31.3.31", "CY2019"),  # 平成31 = 2019
    ("令和元.5.1", "CY2019"),
    # a year and month: end of March 2024 (令和6 = 2024) is a day of CY2024
    ("R6.3末", "CY2024"),
    ("R5.3月", "CY2023"),
    ("2024.3末", "CY2024"),
    ("令和6年3月末現在", "CY2024"),  # several words after the month: 末, then 現在
    ("令和六年三月末", "CY2024"),  # kanji year and month
    ("2023年度末", "FY2023"),
    ("R4実績", "FY2022"),
    ("令和元", "FY2019"),  # 元 = year 1 of 令和, no suffix: a fiscal year as a bare `R5` is
    ("令和元年度", "FY2019"),
    # two-digit western years after an apostrophe: 00-49 → 20xx, 50-99 → 19xx
    ("'23", "FY2023"),
    ("'23年度", "FY2023"),
    ("’23年", "CY2023"),
    ("'98年", "CY1998"),
    # not periods: a month or day that cannot be, a decimal number, a date with a value glued after it
    ("R6.13", None),
    ("2024.4.32", None),
    ("2024.4", None),  # a decimal number (2024.4 t?), not April 2024
    ("2024.4.1 30件", None),
    ("23", None),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS, ids=[t for t, _ in PERIODS])
def test_period_forms(text: str, expected: str | None) -> None:
    from normalize.text import nfkc

    assert parse_period(nfkc(text)) == expected


def test_a_date_wins_over_the_year_it_starts_with() -> None:
    # `R6.4.1`: the date 2024-04-01, not the bare fiscal year R6
    found = find_period("(R6.4.1)")
    assert found is not None and found[0] == "CY2024" and found[1].group(0) == "R6.4.1"
    # a year printed before a date still comes first
    found = find_period("令和5年度 (R6.4.1現在)")
    assert found is not None and found[0] == "FY2023"


def test_outside_brackets_only_a_full_date_counts() -> None:
    # text outside brackets (require_suffix): a date with its day is a period, a bare month date is not
    assert find_period("30件 R6.4.1現在", require_suffix=True) is not None
    assert find_period("30件 R6.3", require_suffix=True) is None


RANGES: list[tuple[str, tuple[str, int] | None]] = [
    ("R2~R6", ("FY2024", 5)),  # 2020..2024
    ("令和2~6年度", ("FY2024", 5)),  # the era printed once, the suffix names both ends
    ("令和2年度から令和6年度まで", ("FY2024", 5)),
    ("H30~R5", ("FY2023", 6)),  # 2018..2023 across two eras
    ("令和元~5年度", ("FY2023", 5)),  # 2019..2023
    ("2020-2024年", ("CY2024", 5)),
    ("2020~2024", ("FY2024", 5)),
    ("2020年~2024年度", None),  # a calendar and a fiscal year are no range
    ("R6~R2", None),  # backwards
    ("R5~R5", None),  # one year
]


@pytest.mark.parametrize(("text", "expected"), RANGES, ids=[t for t, _ in RANGES])
def test_period_ranges(text: str, expected: tuple[str, int] | None) -> None:
    found = find_period_range(text)
    assert (found[:2] if found else None) == expected


# --- cells -----------------------------------------------------------------------------------------------------
CELLS: list[tuple[str, list[ParsedValue]]] = [
    # a date in brackets: the value's period is the date's calendar year (before: the date was a note, no period)
    ("120人（R6.4.1）", [V("120", "人", "CY2024")]),
    ("120人（2024.4.1）", [V("120", "人", "CY2024")]),
    ("120人（令和6.4.1現在）", [V("120", "人", "CY2024")]),
    ("120人\n（R6.4.1現在）", [V("120", "人", "CY2024")]),  # the date on the line under the value
    ("1,234人（令和６．４．１現在）", [V("1234", "人", "CY2024")]),
    ("120人 R6.4.1現在", [V("120", "人", "CY2024")]),  # outside brackets: a full date is unmistakable
    ("30件 令和5年度末", [V("30", "件", "FY2023")]),
    ("30件（R6.3末）", [V("30", "件", "CY2024")]),
    ("30件（令和6年3月末現在）", [V("30", "件", "CY2024")]),
    ("30件（2023年度末）", [V("30", "件", "FY2023")]),
    ("30件（R5.3月）", [V("30", "件", "CY2023")]),
    ("30件（R4実績）", [V("30", "件", "FY2022")]),
    ("30件（令和元）", [V("30", "件", "FY2019")]),
    ("30件（'23）", [V("30", "件", "FY2023")]),
    ("30件（'23年）", [V("30", "件", "CY2023")]),
    ("（R6.4.1）", [V(None, period="CY2024")]),  # a date alone: no value, nothing to flag
    # a running total up to a year: that year is the period, 累計 the note (as `累計90件` keeps it)
    ("5件（令和11年度までの累計）", [V("5", "件", "FY2029", note="累計")]),
    ("5件（R11年度までの合計）", [V("5", "件", "FY2029", note="累計")]),
    # a total over a range of years: the last year is the period, the range the span (2020..2024 = 5 years)
    ("30件（R2～R6累計）", [V("30", "件", "FY2024", span="P5Y")]),
    ("30件（令和2年度から令和6年度までの累計）", [V("30", "件", "FY2024", span="P5Y")]),
    ("30件（令和2～6年度の合計）", [V("30", "件", "FY2024", span="P5Y")]),
    ("１２０件（Ｒ２～Ｒ６累計）", [V("120", "件", "FY2024", span="P5Y")]),  # full-width throughout
    # a yearly average over several years: span one year, the printed window kept in the note
    ("30件（R2～R6平均）", [V("30", "件", "FY2024", note="R2~R6平均", span="P1Y")]),
    ("30件（5か年平均）", [V("30", "件", note="5か年平均", span="P1Y")]),
    # a range with no word saying what the value is over it: value kept, flagged, the period left to the column
    ("30件（R2～R6）", [V("30", "件", note="period range: R2~R6", uncertain=True)]),
    ("第2期（R2～R6）", [V(None, note=NOT_A_NUMBER + ": 第2期(R2~R6)")]),  # a plan period, no value
    # estimates and preliminary figures: the value and period are read, the printed word stays in the note
    ("30件（R5見込）", [V("30", "件", "FY2023", note="見込")]),
    ("30件（令和5年度実績見込）", [V("30", "件", "FY2023", note="見込")]),
    ("30件（見込み値）", [V("30", "件", note="見込み値")]),
    ("30件（見込）\n（令和5年度）", [V("30", "件", "FY2023", note="見込")]),
    ("30件 見込", [V("30", "件", note="見込")]),
    ("1.35（R5速報値）", [V("1.35", period="FY2023", note="速報値")]),
    ("R5（見込）", [V(None, note=NOT_A_NUMBER + ": R5(見込)")]),  # a year and the word, no value
    # the word before the value as its label (layouts 160): the value, the word its note
    ("速報値：55.1%", [V("55.1", "%", note="速報値")]),
    ("見込み 1,250人", [V("1250", "人", note="見込み")]),
    ("見込み", [V(None, note=NOT_A_NUMBER + ": 見込み")]),  # the word alone: no value
    # two periods joined by an arrow in one cell: no single value, kept visible as before
    ("H30→R5", [V(None, note=NOT_A_NUMBER + ": H30→R5")]),
    # negative values in Japanese accounting: △ and ▲ before the digits
    ("△5", [V("-5")]),
    ("▲1.2", [V("-1.2")]),
    ("△5件（R5）", [V("-5", "件", "FY2023")]),
    ("▲１．２％", [V("-1.2", "%")]),
    # tenths: 1割 = 10 %, 2割5分 = 25 %, 1.5割 = 15 %; a change in 割 stays a relative target
    ("1割", [V("10", "%")]),
    ("2割5分", [V("25", "%")]),
    ("1.5割以上", [V("15", "%", qualifier="以上")]),
    ("５割（R10）", [V("50", "%", "FY2028")]),
    ("5割増", [V(None, note="relative target: 5割増")]),
    # a ratio has no exact decimal (1/3): kept as the note, no number made up
    ("3人に1人", [V(None, note="ratio: 3人に1人")]),
    ("5人に1人以上", [V(None, note="ratio: 5人に1人以上")]),  # a bound on a ratio: no number either
    # forms that already had one clear meaning
    ("約1.5倍", [V("1.5", "倍", qualifier="約")]),
    ("100%以上", [V("100", "%", qualifier="以上")]),
    ("0件（ゼロ）", [V("0", "件", note="ゼロ")]),
]


@pytest.mark.parametrize(("text", "expected"), CELLS, ids=[repr(t) for t, _ in CELLS])
def test_cells(text: str, expected: list[ParsedValue]) -> None:
    assert parse_cell(text) == expected


def test_segments_share_a_range_total() -> None:
    # one total printed under two segments applies to both (as a period printed under them does)
    assert parse_cell("男性 30人\n女性 20人\n（R2～R6累計）") == [
        V("30", "人", "FY2024", segment="男性", span="P5Y"), V("20", "人", "FY2024", segment="女性", span="P5Y"),
    ]
    assert parse_cell("男性 30人\n女性 20人\n（R2～R6）") == [
        V("30", "人", segment="男性", note="period range: R2~R6", uncertain=True),
        V("20", "人", segment="女性", note="period range: R2~R6", uncertain=True),
    ]
