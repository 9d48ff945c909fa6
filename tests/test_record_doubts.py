"""Doubts the record step adds whichever reader read the row (records/build.py)."""

from __future__ import annotations

import pytest

from ingest.model import IndicatorRow, SourceRef, ValueCell
from records.build import indicator_record, observation_records


def _row(name: str) -> IndicatorRow:
    ref = SourceRef("invented.txt", line=3)
    return IndicatorRow(kind="KPI", name=name, goal=(), ref=ref,
                        cells=[ValueCell("基準値（R1）", "412", ref), ValueCell("目標値（R7）", "450", ref)])


@pytest.mark.parametrize("unit", ["千人", "百万円", "％", "人", "件"])
def test_a_row_named_by_a_unit_alone_is_read_with_doubt(unit: str):
    # a 単位 column taken for the names (an aligned reader that lost the name column): every value is in doubt
    row = _row(unit)
    assert indicator_record(row)["uncertain"]
    assert [record["uncertain"] for record in observation_records(row, [])] == [True, True]


def test_a_name_holding_a_unit_word_is_no_unit_alone():
    row = _row("観光入込客数（千人）")
    assert not indicator_record(row)["uncertain"]
    assert [record["uncertain"] for record in observation_records(row, [])] == [False, False]
