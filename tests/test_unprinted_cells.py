"""The one row of a table whose first value column a reader left empty by a guess (a short row placed in the last
columns: the text layer dropped its `―`) keeps that column as a value not reported, flagged."""

from __future__ import annotations

from ingest.model import Extraction, IndicatorRow, SourceRef, ValueCell
from records import extraction_records

REF = SourceRef("t.txt", line=3)
BASELINE, ACTUAL, TARGET = "基準値（R1）", "実績値（R5）", "目標値（R7）"


def _row(name: str, *cells: tuple[str, str, bool]) -> IndicatorRow:
    return IndicatorRow("KPI", name, ("1 しごと",), REF,
                        cells=[ValueCell(header, text, REF, uncertain=doubt) for header, text, doubt in cells])


def _read(*rows: IndicatorRow) -> list[tuple[str, str, float | None, bool]]:
    observations, _, _ = extraction_records(Extraction("t.txt", "text", rows=list(rows)))
    return [(r["kpi_name"], r["role"], r["value"], r["uncertain"]) for r in observations]


WHOLE = _row("出生数", (BASELINE, "62人", False), (TARGET, "70人", False))


def test_the_lone_guessed_short_rows_empty_first_column_is_a_flagged_unreported_value():
    # `新規就農者数 15人` under 基準値 / 目標値 beside rows printing both: the tool dropped the baseline's `―`
    short = _row("新規就農者数", (BASELINE, "", True), (TARGET, "15人", True))
    assert _read(WHOLE, short)[2:] == [("新規就農者数", "baseline", None, True), ("新規就農者数", "target", 15.0, True)]


def test_empty_columns_stay_empty_when_printed_so_or_read_as_printed():
    # several rows without a baseline: a column left blank in print
    one = _row("新規就農者数", (BASELINE, "", True), (TARGET, "15人", True))
    two = _row("移住者数", (BASELINE, "", True), (TARGET, "40人", True))
    assert [o[1] for o in _read(WHOLE, one, two)] == ["baseline", "target", "target", "target"]
    # a row read as printed (not a guess), an empty column after a printed value
    plain = _row("新規就農者数", (BASELINE, "", False), (TARGET, "15人", False))
    middle = _row("転入者数", (BASELINE, "12人", True), (ACTUAL, "", True), (TARGET, "15人", True))
    assert [o[1] for o in _read(WHOLE, plain)] == ["baseline", "target", "target"]
    assert [o[1] for o in _read(middle)] == ["baseline", "target"]
