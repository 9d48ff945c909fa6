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
