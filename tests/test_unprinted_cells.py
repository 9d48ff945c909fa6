"""A short row's first value column, left empty by a reader's guess, is kept as a value not reported (flagged)."""

from __future__ import annotations

from ingest.model import IndicatorRow, SourceRef, ValueCell
from records import observation_records

REF = SourceRef("t.txt", line=3)
BASELINE, ACTUAL, TARGET = "基準値（R1）", "実績値（R5）", "目標値（R7）"


def _row(*cells: tuple[str, str, bool]) -> IndicatorRow:
    return IndicatorRow("KPI", "新規就農者数", ("1 しごと",), REF,
                        cells=[ValueCell(header, text, REF, uncertain=doubt) for header, text, doubt in cells])


def _read(row: IndicatorRow) -> list[tuple[str, float | None, bool]]:
    return [(r["role"], r["value"], r["uncertain"]) for r in observation_records(row, [])]


def test_a_guessed_short_rows_leading_empty_column_is_a_flagged_unreported_value():
    # `新規就農者数 15人` under 基準値 / 目標値: the tool dropped the baseline's `―`
    assert _read(_row((BASELINE, "", True), (TARGET, "15人", True))) == [("baseline", None, True),
                                                                          ("target", 15.0, True)]


def test_an_empty_column_of_a_row_read_as_printed_stays_empty():
    assert _read(_row((BASELINE, "", False), (TARGET, "15人", False))) == [("target", 15.0, False)]


def test_an_empty_column_after_a_printed_value_or_two_empty_columns_stay_empty():
    assert _read(_row((BASELINE, "12人", True), (ACTUAL, "", True), (TARGET, "15人", True))) == [
        ("baseline", 12.0, True), ("target", 15.0, True)]
    assert _read(_row((BASELINE, "", True), (ACTUAL, "", True), (TARGET, "15人", True))) == [("target", 15.0, True)]
