"""A merged goal cell whose wrapped lines a single-space text layer prints among the rows (`pdftotext -raw` of a
sheet whose goal cell spans two rows, the second row's name on a line of its own): the goal's lines must go on with
the goal or be flagged, never be glued silently to the next row's name, and no line may vanish.

Known failure, recorded by the lead at the end of session 15 (2026-12-02) on an invented text: the rows read
`合計特殊出生率` and `して結婚・出産・子育てができ転入者数` (the goal's wrapped line glued to the name), the goal cut
after its first line, the goal's last line `る` kept nowhere, and no flag, reject or warning. Expected values below
are read by hand off the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import load
from ingest.registry import extract

#: invented: 南山町 does not publish this; the goal cell `基本目標１ 若い世代が安心して結婚・出産・子育てができる`
#: spans both rows and wraps over three lines, the second row prints its name on a line of its own
GOAL_WRAPPED_AMONG_ROWS = """南山町 第２期総合戦略 KPI
基本目標 指標名 基準値（R1） 目標値（R6） 担当課
基本目標１ 若い世代が安心 合計特殊出生率 1.38 1.50 福祉課
して結婚・出産・子育てができ
転入者数
320人 400人 企画課
る
※ 数値は各年度末
"""

GOAL = "基本目標１ 若い世代が安心して結婚・出産・子育てができる"


@pytest.mark.xfail(strict=True, reason="known silent loss (session 15): the goal's wrapped line is glued to the next "
                                       "row's name and its last line kept nowhere, unflagged")
def test_a_goal_wrapped_among_rows_keeps_its_lines_and_the_names(tmp_path: Path):
    path = tmp_path / "goal_wrapped_among_rows.txt"
    path.write_text(GOAL_WRAPPED_AMONG_ROWS, encoding="utf-8")
    extraction = extract(load(path))
    assert [row.name for row in extraction.rows] == ["合計特殊出生率", "転入者数"]
    assert [[cell.text for cell in row.cells] for row in extraction.rows] == [["1.38", "1.50"], ["320人", "400人"]]
    for row in extraction.rows:  # the whole goal, or a goal flagged as a guess
        assert "".join(row.goal).replace(" ", "") == GOAL.replace(" ", "") or row.goal_uncertain


#: invented, in the shape of layouts 156 (Writer, `pdftotext -layout`, every line as wide as there): a goal cell
#: merged over two one-line rows wraps over four lines, two of them beside no row; the value headers, centred over
#: cells whose numbers stand right-aligned, print left of the numbers, over the end of the names
GOAL_WRAPPED_BESIDE_ROWS = """北浦町   第２期総合戦略
     基本目標              数値目標   基準値（R1）       目標値（R7）
基本目標１ 町の産業を育て   農業産出額総計             82.5          90.0
、若い世代が町内で働き続け
られる雇用の場を広げ、活気   新規就農者              140 人         180 人
を生み出す
基本目標２ 観光の魅力を磨   町内宿泊施設の宿泊者       18,400 人      25,000 人
き、国内外から訪れる人が町
に滞在して楽しめる時間と場   観光案内所の相談数          620 人         900 人
をつくる
"""


def test_a_goal_wrapped_beside_rows_goes_on_and_value_headers_pushed_left_head_their_values(tmp_path: Path):
    path = tmp_path / "goal_wrapped_beside_rows.txt"
    path.write_text(GOAL_WRAPPED_BESIDE_ROWS, encoding="utf-8")
    extraction = extract(load(path))
    assert [row.name for row in extraction.rows] == ["農業産出額総計", "新規就農者", "町内宿泊施設の宿泊者",
                                                     "観光案内所の相談数"]
    assert [[(cell.header, cell.text) for cell in row.cells] for row in extraction.rows] == [
        [("基準値（R1）", "82.5"), ("目標値（R7）", "90.0")], [("基準値（R1）", "140 人"), ("目標値（R7）", "180 人")],
        [("基準値（R1）", "18,400 人"), ("目標値（R7）", "25,000 人")],
        [("基準値（R1）", "620 人"), ("目標値（R7）", "900 人")]]
    first = "基本目標１町の産業を育て、若い世代が町内で働き続けられる雇用の場を広げ、活気を生み出す"
    second = "基本目標２観光の魅力を磨き、国内外から訪れる人が町に滞在して楽しめる時間と場をつくる"
    assert ["".join(row.goal).replace(" ", "").replace("\n", "") for row in extraction.rows] == [first, first, second,
                                                                                                  second]
