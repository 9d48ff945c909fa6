"""Rows told apart by cells only one row can print (h20layout): a grade mark on a name line printing no value, a
bare `年度` column before each role's values, a name line alone over segment rows. Small invented texts; every
expected value was read off the text by hand."""

from __future__ import annotations

from decimal import Decimal

from tests.synth.score import read_text

#: pdftotext `-layout`: `図書館の年間貸出冊数` prints its own grade `A` and no value (its values are on the next
#: page): a row of its own, not the wrapped end of the name above.
LAYOUT_NAME_WITH_OWN_GRADE = (
    "指標名                    基準値    目標値    達成状況\n"
    "創業支援による創業件数    21件      25件      B\n"
    "耕作放棄地の再生面積      22.8ha    25.0ha    A\n"
    "図書館の年間貸出冊数                          A\n"
)

#: Each value column after its year column: bare `年度` ones and the target's `目標年度`.
TAB_BARE_YEAR_COLUMNS = (
    "指標名\t年度\t基準値\t年度\t中間目標値\t目標年度\t目標値\n"
    "健康診査の受診率（%）\t2019(R1)年度\t50.9\t2025(R7)年度\t49.4\t2027(R9)年度\t55.0\n"
    "自主防災組織の組織率（%）\t2020(R2)年度\t64.6\t2025(R7)年度\t79.5\t2027(R9)年度\t80.0\n"
)

#: `健康診査の受診率` on a line of its own, its segments `男` / `女` under it.
TAB_NAME_LINE_OVER_SEGMENTS = (
    "指標名\t基準値\t目標値\n"
    "観光入込客数（千人）\t1,392\t1,500\n"
    "健康診査の受診率\n"
    "男\t55.7\t60.0\n"
    "女\t58.6\t62.0\n"
)


def _values(text: str) -> dict[tuple[str, str, str, str], tuple[Decimal, str, bool]]:
    """(name, role, period, segment) → (value, unit, uncertain) of every value read."""
    return {(r["kpi_name"], r["role"], r.get("period") or "", r.get("segment") or ""):
            (Decimal(str(r["value"])), r.get("unit") or "", bool(r.get("uncertain")))
            for r in read_text(text) if r.get("value") is not None}


def test_a_name_line_printing_its_own_grade_is_a_row_of_its_own():
    values = _values(LAYOUT_NAME_WITH_OWN_GRADE)
    assert values[("耕作放棄地の再生面積", "baseline", "", "")] == (Decimal("22.8"), "ha", False)
    assert values[("耕作放棄地の再生面積", "target", "", "")] == (Decimal("25.0"), "ha", False)
    assert {key[0] for key in values} == {"創業支援による創業件数", "耕作放棄地の再生面積"}


def test_a_bare_year_column_dates_the_value_column_after_it():
    values = _values(TAB_BARE_YEAR_COLUMNS)
    assert values[("健康診査の受診率", "target", "FY2025", "")][:2] == (Decimal("49.4"), "%")
    assert values[("健康診査の受診率", "target", "FY2027", "")][:2] == (Decimal("55.0"), "%")
    assert values[("自主防災組織の組織率", "baseline", "FY2020", "")][:2] == (Decimal("64.6"), "%")
    assert values[("自主防災組織の組織率", "target", "FY2025", "")][:2] == (Decimal("79.5"), "%")


def test_a_name_alone_over_segment_rows_is_their_indicator():
    values = _values(TAB_NAME_LINE_OVER_SEGMENTS)
    assert values[("健康診査の受診率", "baseline", "", "男")][0] == Decimal("55.7")
    assert values[("健康診査の受診率", "target", "", "女")][0] == Decimal("62.0")
    assert not [key for key in values if key[0] == "観光入込客数" and key[3]]


#: pdftotext `-layout`: each row's years printed unbracketed on the line under its values, and the second row's
#: name wrapped onto that line (`中学生の割合` beside `平成30年度`).
LAYOUT_NAME_REST_ON_YEAR_LINE = (
    "番号  指標項目                              単位  実績（見込み含む）  中間目標値  最終目標   進捗状況  要因分析\n"
    "3           地域の行事に参加したことがある     %                51.7    ６２．２       63.2  "
    "  未達成     移住相談窓口の周知により相談件数が増加した。\n"
    "                              中学生の割合                平成30年度   令和3年度  令和6年度\n"
    "4     子育て支援に満足している保護者の割合     %                73.2    ５０．８   ７０．１      達成"
    "  前年度比で12.5%増加したが目標には届いていない。\n"
    "                                                          平成30年度   令和3年度  令和6年度\n"
)

#: pdftotext `-layout`, a page of one row: its bracketed years a column right of the values they date (`(2030年度)`
#: under `未達成`).
LAYOUT_YEARS_A_COLUMN_OFF = (
    "NO    重要業績評価指標                 実績          目標値        評価          所管課\n"
    "4     ふるさと納税の寄附額（百万円）   約269         約323         未達成        企画課\n"
    "                                                     (2018年度)    (2030年度)\n"
)


def test_a_year_printed_alone_is_no_value_of_a_name_wrapped_beside_it():
    """A line printing a name's wrapped rest beside years only (no bracket): no row of its own, the rest of the
    name above and the years of its values."""
    values = _values(LAYOUT_NAME_REST_ON_YEAR_LINE)
    name = "地域の行事に参加したことがある中学生の割合"
    assert values[(name, "actual", "FY2018", "")] == (Decimal("51.7"), "%", False)
    assert values[(name, "target", "FY2021", "")] == (Decimal("62.2"), "%", False)
    assert values[(name, "target", "FY2024", "")] == (Decimal("63.2"), "%", False)
    assert values[("子育て支援に満足している保護者の割合", "target", "FY2024", "")] == (Decimal("70.1"), "%", False)
    assert len(values) == 6


def test_years_under_a_progress_cell_flag_the_values_they_were_pushed_off():
    """A bracketed year alone under the progress cell (`(2030年度)` under `未達成`) is no progress: the line of years
    stands a column off, so the target took the baseline's year. Which year is whose is unknown: flagged."""
    values = _values(LAYOUT_YEARS_A_COLUMN_OFF)
    assert values and all(uncertain for _, _, uncertain in values.values())


#: pdftotext `-layout`, names in the last column: each target's year one ideographic space after its value
#: (`２２．３ha　2027(R9)年度`), so the year stands apart in a column of its own.
LAYOUT_YEAR_APART_FROM_TARGET = (
    "番号   基準                            計画目標                       指標    "
    "                     所管課\n"
    "1      未集計                          1015〜1241千人　2027(R9)年度   観光入込客数\n"
    "2      未集計                          ２２．３ha　2027(R9)年度       耕作放棄地の再生面積\n"
    "3                                                                   "
    "  町内事業所の従業者数         健康増進課\n"
)


def test_a_year_one_space_after_its_value_dates_the_value_not_the_name():
    """`２２．３ha　2027(R9)年度` under 計画目標: the year one ideographic space after the value is the value's
    (aligned `_year_of_role`, session 30), so the name is the 指標 column's `耕作放棄地の再生面積`, never the year
    (before, `2027(R9)年度` was read as the name and the values were only flagged). Checked by hand against the text:
    target 22.3 ha in FY2027, the baseline `未集計` pending, the range `1015〜1241千人` no single value."""
    values = _values(LAYOUT_YEAR_APART_FROM_TARGET)
    assert values == {("耕作放棄地の再生面積", "target", "FY2027", ""): (Decimal("22.3"), "ha", False)}
