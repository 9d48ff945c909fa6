"""records: one indicator row with located cells → observations and indicators rows (hand-made rows)."""

from __future__ import annotations

from ingest.model import Extraction, IndicatorRow, SourceRef, ValueCell
from records import extraction_records


def _row(name: str, cells: list[tuple[str, str]]) -> IndicatorRow:
    ref = SourceRef("x.txt", line=3)
    return IndicatorRow("KPI", name, ("1 しごとの創生",), ref, [ValueCell(h, t, ref) for h, t in cells])


def test_a_value_with_its_own_year_keeps_it_and_the_column_year() -> None:
    row = _row("転 入 者 数", [("目標値 (令和5年度)", "30件 (2022年度)"), ("令和5年度 実績値", "年60件")])
    observations, indicators, rejects = extraction_records(Extraction("x.txt", "strategy", rows=[row]))
    assert rejects == []
    assert [(o["role"], o["column_period"], o["period"], o["value"], o["unit"], o["span"]) for o in observations] == [
        ("target", "FY2023", "FY2022", 30.0, "件", None),  # printed with its own year: FY2022, not the column's
        ("actual", "FY2023", "FY2023", 60.0, "件", "P1Y"),  # a yearly rate of 60 件
    ]
    # letter-spaced name closed; the printed form is kept as raw_name
    assert (indicators[0]["kpi_name"], indicators[0]["raw_name"]) == ("転入者数", "転 入 者 数")


def test_radicals_are_folded_in_names_and_values() -> None:
    row = _row("市⺠活動の成⻑率", [("現状値 (令和元年度)", "12.5%")])
    observations, indicators, _ = extraction_records(Extraction("x.txt", "strategy", rows=[row]))
    assert indicators[0]["kpi_name"] == "市民活動の成長率"
    assert observations[0]["kpi_name"] == "市民活動の成長率"
    assert (observations[0]["value"], observations[0]["period"]) == (12.5, "FY2019")


def test_a_target_printed_as_a_multiple_of_a_count_is_relative() -> None:
    """Layouts 76: `二倍` beside a baseline in 人 is twice the baseline, never the value 2 倍; a ratio indicator
    printed in 倍 throughout keeps its values."""
    tourists = _row("観光入込客数", [("現状値（R5）", "4万8千人"), ("目標値（R11）", "二倍")])
    ratio = _row("有効求人倍率", [("基準値（R1）", "1.45倍"), ("目標値（R7）", "1.2倍")])
    observations, _, _ = extraction_records(Extraction("x.txt", "strategy", rows=[tourists, ratio]))
    assert [(o["kpi_name"], o["role"], o["value"], o["unit"], o["note"]) for o in observations] == [
        ("観光入込客数", "baseline", 48000.0, "人", None),
        ("観光入込客数", "target", None, None, "relative target: 二倍"),
        ("有効求人倍率", "baseline", 1.45, "倍", None),
        ("有効求人倍率", "target", 1.2, "倍", None),
    ]


def test_a_figure_in_the_unit_column_is_no_multiplier() -> None:
    """Layouts 147 (`pdftotext -layout`): a row's cells shifted a column leave `12,000 人` in the 単位 column; it
    never multiplies the bare number (8,420 × 112,000), which is kept without unit and flagged. `千人` scales."""
    ref = SourceRef("x.txt", line=3)
    shifted = IndicatorRow("KPI", "外国人宿泊者数", (), ref,
                           [ValueCell("目標値（R11）", "8,420", ref, unit="12,000 人")])
    scaled = IndicatorRow("KPI", "観光入込客数", (), ref, [ValueCell("目標値（R11）", "480", ref, unit="千人")])
    observations, _, _ = extraction_records(Extraction("x.txt", "strategy", rows=[shifted, scaled]))
    assert [(o["value"], o["unit"], o["uncertain"], o["note"]) for o in observations] == [
        (8420.0, None, True, "unit column holds a figure: 12,000 人"),
        (480000.0, "人", False, None),
    ]


def test_every_flag_says_why() -> None:
    """`uncertain_reason` names the doubt of each flagged value, the cell's own first, then its row's: a damaged
    cell (`O□`) is `damaged_text` and makes its row's other value `row_damaged`; a cell its reader placed by a
    guess is `placement_guessed` and its neighbour `row_placement_guessed`; `R5/6` (June of 令和5, or fiscal
    years 5 and 6?) reads two ways (`value_text`); a certain value has neither flag nor reason."""
    ref = SourceRef("x.txt", line=3)
    damaged = _row("災害図上訓練年間実施回数", [("基準値（R1）", "O□"), ("目標値（R6）", "50")])
    guessed = IndicatorRow("KPI", "創業件数", ("1 しごとの創生",), ref,
                           [ValueCell("基準値（R1）", "10件", ref, uncertain=True),
                            ValueCell("目標値（R6）", "14件", ref)])
    two_ways = _row("転入者数", [("基準値", "30人（R5/6）"), ("目標値（R10）", "40人")])
    observations, _, _ = extraction_records(Extraction("x.txt", "strategy", rows=[damaged, guessed, two_ways]))
    assert [(o["kpi_name"], o["role"], o["uncertain"], o["uncertain_reason"]) for o in observations] == [
        ("災害図上訓練年間実施回数", "baseline", True, "damaged_text"),
        ("災害図上訓練年間実施回数", "target", True, "row_damaged"),
        ("創業件数", "baseline", True, "placement_guessed"),
        ("創業件数", "target", True, "row_placement_guessed"),
        ("転入者数", "baseline", True, "value_text"),
        ("転入者数", "target", False, None),
    ]
