"""A sheet's goal cells placed beside the rows' lines in pdfplumber's single-space text (`ingest.text.spaced`): the
reader guesses where each goal cell ends, so a row's goal is flagged `goal_uncertain` only where that guess may be
wrong (a goal text whose last line fills its column may go on in a line read elsewhere; a path shorter than another
row's of its kind lost a heading), not on every row (the producer matrix's hrules/fakebold plumber cells flagged all).

Invented sheet (くらしの安心 / まちの活力), shaped as pdfplumber prints the matrix's 000 sheet: the goal column's
lines interleaved with the rows' by their height; every expectation read by hand off the text."""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract

SHEET = """令和５年度 総合戦略 効果検証シート
基準値 令和４年度
基本目標 具体的な施策 区分 指標名 目標値 進捗状況
（令和元年度） 実績値
1 くらしの安心
数値目標 健診受診率 40.1% 42.0% 50.0% 概ね順調に進捗
1-1 健康なまちの実現
KPI がん検診受診率 20.5% 22.0% 30.0% 概ね順調に進捗
1 くらしの安心
数値目標 見守り協力員数 120人 140人 150人 概ね順調に進捗
1-2 地域で支える福祉の充
2 まちの活力
数値目標 新規創業件数 12件 15件 20件 概ね順調に進捗
2-1 しごとの場の創出
"""


def test_a_goal_is_flagged_only_where_its_cell_may_go_on_or_its_path_lost_a_level(tmp_path: Path) -> None:
    path = tmp_path / "sheet.plumber.txt"
    path.write_text(SHEET, encoding="utf-8")
    rows = {row.name: (row.goal, row.goal_uncertain) for row in extract(load(path)).rows}
    assert rows == {
        # `1-1 健康なまちの実現` is narrower than the column's widest line: the cell ended there
        "健診受診率": (("1 くらしの安心", "1-1 健康なまちの実現"), False),
        "がん検診受診率": (("1 くらしの安心", "1-1 健康なまちの実現"), False),
        # `1-2 地域で支える福祉の充` is the widest line: its cell may go on (`実` lost), flagged
        "見守り協力員数": (("1 くらしの安心", "1-2 地域で支える福祉の充"), True),
        # its `2-1 …` line printed after the last row is lost: a path shorter than the other 数値目標 rows', flagged
        "新規創業件数": (("2 まちの活力",), True),
    }
