"""A change column (`前年度比`, `対前年比`) among the value columns: its signed figures are a difference from an
earlier year, kept out of the values and rejected with the reason (ingest/table/header.py CHANGE,
ingest/text/token_types.py `is_change`, ingest/text/raw_rows.py).

Every document below is invented; each expectation was written by hand from the text.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.table.header import CHANGE, VALUE, header_role
from ingest.text.token_types import change_place, change_placed, is_change
from normalize.cell import parse_cell


def test_change_headers_and_change_cells():
    assert header_role("前年度比") == CHANGE
    assert header_role("対前年比") == CHANGE
    assert header_role("目標値（前年度比）") == VALUE  # a value role word wins: a target printed as a ratio
    assert is_change("+3組") and is_change("△3件") and is_change("＋0.8ポイント")
    assert not is_change("3組") and not is_change("+") and not is_change("△")


SHEET = """基本目標２ 安心して暮らせるまち
指標名 基準値（H30） 実績値（R5） 対前年比 目標値（R8）
社会増減数 △120人 △45人 +30人 0人
防災訓練の参加者数 2,400人 3,150人 △210人 3,500人
"""


def test_a_change_column_is_kept_out_of_the_values(tmp_path: Path):
    path = tmp_path / "sheet.txt"
    path.write_text(SHEET, encoding="utf-8")
    extraction = extract(load(path))
    assert [(r.name, [c.text for c in r.cells]) for r in extraction.rows] == [
        ("社会増減数", ["△120人", "△45人", "0人"]),  # a negative figure in a value column stays a value
        ("防災訓練の参加者数", ["2,400人", "3,150人", "3,500人"]),
    ]
    assert [parse_cell(c.text)[0].value for c in extraction.rows[0].cells] == [Decimal(-120), Decimal(-45), Decimal(0)]
    changes = [r for r in extraction.rejects if "change from an earlier year" in r.reason]
    assert [r.raw for r in changes] == ["+30人", "△210人"]  # nothing lost: the changes are rejected, with why


def test_a_ratio_change_column_is_placed_by_the_rows_arithmetic():
    # `前年度比` as a percentage: the ratio of the two values before it, rounded as printed (246 / 236 = 104.24%)
    words = ["指標名", "基準値（R1）", "実績値（R4）", "実績値（R5）", "目標値（R7）", "前年度比"]
    rows = [["214", "236", "246", "104.2%", "280"], ["94.1", "95.6", "96.8", "101.3%", "98.0"]]
    assert change_place(words, rows) == 3
    assert change_placed(words, 3)[1:] == ["基準値（R1）", "実績値（R4）", "実績値（R5）", "前年度比", "目標値（R7）"]
    assert change_place(words, rows[:1]) is None  # one row shows nothing
    assert change_place(words, [*rows, ["420", "480", "520", "107.0%", "520"]]) is None  # a row against


def test_a_ratio_change_column_a_header_band_put_after_the_values(tmp_path: Path):
    # pdfplumber prints a spreadsheet's two-line header cells around the one-line ones: the band puts `前年度比`
    # after the value columns; the rows' arithmetic puts it back, and its ratios are no target
    path = tmp_path / "sheet.txt"
    path.write_text("\n".join(["基準値 実績値 目標値", "指標名 前年度比 担当課", "（R元） （R5） （R8）",
                               "転入者数 1,210人 1,305人 107.9% 1,400人 市民課",
                               "観光入込客数 32万人 41万人 128.1% 45万人 観光課"]) + "\n", encoding="utf-8")
    extraction = extract(load(path))
    assert [(r.name, [c.text for c in r.cells]) for r in extraction.rows] == [
        ("転入者数", ["1,210人", "1,305人", "1,400人"]), ("観光入込客数", ["32万人", "41万人", "45万人"])]
    assert [r.raw for r in extraction.rejects if "change from an earlier year" in r.reason] == ["107.9%", "128.1%"]


def test_a_change_from_the_last_report_in_points_and_a_direction_column():
    """Layouts 185: `前回比` heads a change column (whole cell), its cells in `pt` are points (`▲0.8pt` is -0.8
    ポイント, a known unit, not an unknown one); `方向性` alone heads the direction aimed at (`↗`), commentary as
    `今後の方向性` is, never a value."""
    assert header_role("前回比") == CHANGE
    assert header_role("方向性") == header_role("今後の方向性") == "narrative"
    change = parse_cell("▲0.8pt")[0]
    assert (change.value, change.unit, change.uncertain) == (Decimal("-0.8"), "ポイント", False)
