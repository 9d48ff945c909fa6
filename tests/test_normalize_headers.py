"""parse_header on real column headers of the five documents (cited per group), plus printed variants."""

from __future__ import annotations

import pytest

from normalize import parse_header

HEADERS: list[tuple[str, tuple[str | None, str | None]]] = [
    # 000 line 25 / 158 (数値目標一覧; line 158 wraps 実績値 with a stray space)
    ("令和4年度 目標値", ("target", "FY2022")),
    ("目標値 (令和6年度)", ("target", "FY2024")),
    ("令和4年度 実績値", ("actual", "FY2022")),
    ("令和4年度実 績値", ("actual", "FY2022")),
    # 000 line 47 / 003 line 114: KPI tables of the strategy
    ("現状値 (令和元年度)", ("baseline", "FY2019")),
    ("目標値 (令和9年度)", ("target", "FY2027")),
    # 001 line 7: 計画最終年度 with a footnote mark
    ("令和5年度 実績値", ("actual", "FY2023")),
    ("目標値 (令和5年度)", ("target", "FY2023")),
    ("計画最終年度 目標値※ (令和9年度)", ("target", "FY2027")),
    ("計画最終年度 目標値 (令和9年度)", ("target", "FY2027")),
    # 002 lines 186-206: headers linearised over several lines, full-width digits and parentheses
    ("基準値\n\n（令和元年度）", ("baseline", "FY2019")),
    ("基準値（令和元年度）", ("baseline", "FY2019")),
    ("令和４年度\n\n実績値", ("actual", "FY2022")),
    ("令和５年度\n実績値", ("actual", "FY2023")),
    ("令和５年度\n目標値", ("target", "FY2023")),
    ("計画最終年度\n目標値\n\n（令和９年度）", ("target", "FY2027")),
    # 004 lines 121-127 and 847-853: fragments joined, a space inside the parentheses
    ("現状値\n\n（令和５年度）", ("baseline", "FY2023")),
    ("目標値\n\n（令和 11年度）", ("target", "FY2029")),
    ("現状値\n\n（令和５年度 ）", ("baseline", "FY2023")),
    # layouts 110: a year alone under its role, restated in the Western calendar on a header row of its own
    ("令和4年度\n（2022）", ("actual", "FY2022")),
    ("実績\n令和3年度\n（2021）", ("actual", "FY2021")),
]


@pytest.mark.parametrize(("text", "expected"), HEADERS, ids=[repr(t) for t, _ in HEADERS])
def test_value_headers(text: str, expected: tuple[str | None, str | None]) -> None:
    assert parse_header(text) == expected


NON_VALUE_HEADERS = [
    "進捗評価",  # 000/001
    "進捗が遅れている理由",  # 000/001
    "進捗が遅れている\n理由",  # 002
    "大基本目標",  # 000-002: contains 目標 but is the goal column
    "小基本目標",
    "数値目標",  # 000/001: the name column, contains 目標
    "指標名",  # 003/004
    "指標の担当課",  # 002
    "重要業績評価指標\n\n（ＫＰＩ）名称",  # 002
    "令和５年度 ①主な取組・事業実施状況　②課題　③今後の方策等",  # 002 narrative column
    "",
]


@pytest.mark.parametrize("text", NON_VALUE_HEADERS)
def test_non_value_headers_have_no_role(text: str) -> None:
    role, _period = parse_header(text)
    assert role is None


def test_narrative_header_still_names_its_year() -> None:
    # the period is reported even where the column holds no values; the caller decides what to do with it
    assert parse_header("令和５年度 ①主な取組・事業実施状況　②課題　③今後の方策等") == (None, "FY2023")


# a header that names a year and nothing else heads the values observed in that year (layouts 14:
# `指標 | 単位 | H30 | R1 | R2 | 目標(R6)`); H30 = 平成30 = 2018, R1 = 令和元 = 2019, R6 = 令和6 = 2024
YEAR_ONLY_HEADERS = [
    ("H30", ("actual", "FY2018")),
    ("R1", ("actual", "FY2019")),
    ("Ｒ６", ("actual", "FY2024")),  # full-width
    ("(R2)", ("actual", "FY2020")),
    ("令和元年度", ("actual", "FY2019")),
    ("2020年度", ("actual", "FY2020")),
    ("目標(R6)", ("target", "FY2024")),  # a role word still wins
    ("目標（Ｒ６）", ("target", "FY2024")),
    ("基準値 H30", ("baseline", "FY2018")),
    # no era year: a Latin letter glued before or after the abbreviation
    ("H2O", (None, None)),
    ("R1a", (None, None)),
    ("KPIR5", (None, None)),
    # a bare western year alone heads that year's values once a header finder took it for a header's year; whether
    # it is one is the table's structure's to say (`header_role` names no column by it: test below), years18
    ("2019", ("actual", "FY2019")),
    ("（2019）", ("actual", "FY2019")),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_ONLY_HEADERS, ids=[repr(t) for t, _ in YEAR_ONLY_HEADERS])
def test_year_only_headers(text: str, expected: tuple[str | None, str | None]) -> None:
    assert parse_header(text) == expected


# a date to the day and nothing else is a document's stamp (`資料２` / `企画政策課` / `令和６年２月１５日` printed
# above a table, layouts 107), no year of values: it heads no value column; a value column dated to the day names
# its role, and a month alone (`令和6年3月末`) is still a period of values. 令和6 = 2024, 令和5 = 2023.
DATED_HEADERS = [
    ("令和６年２月１５日", (None, "CY2024")),
    ("R6.2.15", (None, "CY2024")),
    ("2024/2/15", (None, "CY2024")),
    ("実績値（令和5年3月31日現在）", ("actual", "CY2023")),
    ("目標値（R6.4.1）", ("target", "CY2024")),
    ("令和6年3月末", ("actual", "CY2024")),
    # a date "as of" heads the figures counted that day (a population or 待機児童 table's columns)
    ("令和5年4月1日現在", ("actual", "CY2023")),
    ("R6.4.1時点", ("actual", "CY2024")),
]


@pytest.mark.parametrize(("text", "expected"), DATED_HEADERS, ids=[repr(t) for t, _ in DATED_HEADERS])
def test_a_date_alone_heads_no_value_column(text: str, expected: tuple[str | None, str | None]) -> None:
    assert parse_header(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # layouts 146: one cell printing both figures, each after its role label
    ("現状：3,420事業所（R3）\n目標：3,500事業所（R10）",
     [("baseline", None, "3,420事業所(R3)"), ("target", None, "3,500事業所(R10)")]),
    ("現状値（R5）：12件　目標値（R10）：20件", [("baseline", "FY2023", "12件"), ("target", "FY2028", "20件")]),
    # no label at the start, a role labelled twice (rows joined), a label without value: not such a cell
    ("1,200人", None),
    ("3人 目標：5人", None),
    ("現状：1人\n目標：2人\n現状：3人", None),
    ("目標：", None),
])
def test_role_labelled_cells(text: str, expected: list | None) -> None:
    from normalize.header import role_labelled

    assert role_labelled(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("現状値・目標値", True), ("所管課", True), ("担当課", True),
    ("健康指標の改善率", False), ("観光入込客数", False), ("基準値（R5）", False),
])
def test_header_words_alone(text: str, expected: bool) -> None:
    """A name that is header words alone is a header row read as a row (layouts 146 pdfminer): its values are
    flagged (records.build); a name holding a header word among its own words is a name."""
    from ingest.table.header import is_header_words

    assert is_header_words(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("実績値（R5）\n（達成率）", "value"), ("実績値（R5）（達成率）", "value"),
    ("達成率", "progress"), ("達成率（実績値÷目標値）", "progress"), ("評価（R5）", "progress"),
])
def test_a_progress_word_in_brackets_under_a_value_header(text: str, expected: str) -> None:
    """`実績値（R5）` over `（達成率）` (layouts 148) heads cells `1,234件 (82.3%)`: the role's values, the bracketed
    rate their note; a progress word outside brackets heads a progress column, a year or a formula in brackets
    or not."""
    from ingest.table.header import header_role

    assert header_role(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # layouts 148 `-layout`: `実績値（R5）` printed over the header line, stacked on its neighbour's `基準値（R1）`
    ("実績値（R5）\n基準値（R1）", True),
    ("基準値（R1）\n目標値（R6）", True),
    # one cell's lines: a role and its period, a progress word, one role named twice, roles without periods
    ("実績値\n（R5）", False), ("実績値（R5）\n（達成率）", False), ("目標値（R6）\n目標値（R6）", False),
    ("現状値・目標値", False), ("現状値\n目標値", False),
])
def test_header_lines_naming_two_dated_roles(text: str, expected: bool) -> None:
    from normalize.header import stacked_roles

    assert stacked_roles(text) is expected


@pytest.mark.parametrize(("text", "expected", "span"), [
    # layouts 173: `累計` over `（R3～R5）` beside the yearly actuals: totals of the range's last year
    ("累計\n（R3～R5）", ("actual", "FY2023"), "P3Y"),
    ("目標値（R3～R7累計）", ("target", "FY2025"), "P5Y"),
    ("実績値（令和2年度～令和4年度の合計）", ("actual", "FY2022"), "P3Y"),
    # layouts 194: a yearly average over a range, as a cell's `（R2～R6平均）`: the last year, one year's span
    ("基準値（H30～R4平均）", ("baseline", "FY2022"), "P1Y"),
    ("基準値（H30〜R4の平均）", ("baseline", "FY2022"), "P1Y"),
    # no total word: a range says nothing of what its values are (unchanged: the first year, no span)
    ("（R3～R5）", (None, "FY2021"), None),
    ("累計", (None, None), None),
])
def test_header_total_over_a_range(text: str, expected: tuple, span: str | None) -> None:
    from normalize.header import header_span, parse_header

    assert (parse_header(text), header_span(text)) == (expected, span)


def test_latest_value_header_heads_actuals() -> None:
    from normalize.header import parse_header

    assert parse_header("直近値") == ("actual", None)  # layouts 171 `策定時（H30）` | `直近値` | `目標値（R7）`


def test_plan_last_year_header_heads_targets() -> None:
    """Layouts 281: `計画策定時（H26）` | `実績値（R5）` | `最終年度（R6）`, the plan's last year its targets'; a
    role word beside it decides (`最終年度実績`), and `単年度` (a qualifier too) names no role."""
    from normalize.header import parse_header

    assert parse_header("最終年度（R6）") == ("target", "FY2024")
    assert parse_header("計画策定時（H26）") == ("baseline", "FY2014")
    assert parse_header("最終年度実績") == ("actual", None)
    assert parse_header("単年度") == (None, None)
    assert parse_header("計画最終年度") == (None, None)  # 002: undated, over `目標値` / `（令和９年度）`: a qualifier


@pytest.mark.parametrize(("years", "roles", "least", "expected"), [
    # two years each merged over a 目標 | 実績 pair (layouts 196, 271)
    (["令和５年度", "令和６年度"], ["目標", "実績", "目標", "実績"], 2,
     [("令和５年度", "目標"), ("令和５年度", "実績"), ("令和６年度", "目標"), ("令和６年度", "実績")]),
    # a role word a year (raw_rows: `令和元年度 令和５年度` over `基準値 実績値`), only where one per year is enough
    (["令和元年度", "令和５年度"], ["基準値", "実績値"], 1, [("令和元年度", "基準値"), ("令和５年度", "実績値")]),
    (["令和元年度", "令和５年度"], ["基準値", "実績値"], 2, None),
    # roles the years cannot share evenly
    (["R5", "R6"], ["目標", "実績", "目標"], 1, None),
    ([], ["目標", "実績"], 1, None),
])
def test_years_over_roles_share_the_roles_evenly(years, roles, least, expected):
    from normalize.header import years_over_roles

    assert years_over_roles(years, roles, least) == expected
