"""A sheet of goal columns (基本目標, 基本的方向, 具体的な施策) whose level numbers (`1`, `①`) the text layer dropped
(pypdfium2, layouts 261): the goal cells' lines run into the next name, or a goal cell printed on its one row's
line stands before the name with nothing to tell it apart. Which words are the name's the text does not say: the
rows' values are flagged, never read under a wrong name silently. The texts are invented."""

from __future__ import annotations

from tests.text_records import read_records

HEADER = "基本目標 基本的方向 具体的な施策 重要業績評価指標（KPI） 基準値（R5） 目標値（R11） 担当課\n"


def _flags(text: str) -> dict[str, set[bool]]:
    observations, _, _ = read_records(text, "layer.pdfium.txt")
    flags: dict[str, set[bool]] = {}
    for o in observations:
        flags.setdefault(o["kpi_name"], set()).add(o["uncertain"])
    return flags


def test_goal_lines_run_into_a_name_over_a_list_number_are_flagged():
    text = HEADER + ("地域の産業を育て、\n"
                     "しごとをつくる\n"
                     "(1) 農林業の持続的な発展\n"
                     "担い手の確保と育成\n"
                     "新規就農者数 3人 15人 農林課\n"
                     "認定農業者数 52人 60人 農林課\n")
    flags = _flags(text)
    assert all(flag == {True} for name, flag in flags.items() if name.endswith("新規就農者数"))
    assert flags["認定農業者数"] == {False}


def test_a_goal_cell_before_the_name_on_the_rows_line_is_flagged():
    text = HEADER + ("移住相談件数 86件 150件 企画課\n"
                     "住まいの確保 空き家バンクの成約件数 9件 20件 建設課\n")
    flags = _flags(text)
    assert flags["移住相談件数"] == {False}
    assert all(flag == {True} for name, flag in flags.items() if name.endswith("空き家バンクの成約件数"))
