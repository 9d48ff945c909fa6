"""Gathering a text table's lines into indicators when its cells are not centred (ingest/table/rows.py `_owners`),
on invented rows in the shape of pdfplumber's text of 002's 効果検証 sheet: a name's lines without values join
the indicator whose name or values they stand next to."""

from __future__ import annotations

from ingest.table.grid import grid_from_rows
from ingest.table.rows import _owners

#: name | baseline | target | reason, one grid row per text line
ROWS = [
    ["中心市街地整備事業の", "", "", ""],
    ["", "53.0%", "83.3%", "移転補償が計画通り"],
    ["進捗率", "", "", "進まないため。"],
    ["", "", "", "なお事業は継続する。"],
    ["伊勢崎駅周辺の中心市", "", "", ""],
    ["街地における歩", "1,078人", "1,190人", ""],
    ["行者等通行量", "", "", ""],
]


def _groups(rows: list[list[str]]) -> list[list[int]]:
    grid = grid_from_rows([(k + 1, cells) for k, cells in enumerate(rows)], "text-spaced")
    return _owners(grid, [0], list(range(len(rows))), [1, 2])


def test_a_name_s_first_line_after_a_reason_s_last_line_opens_the_next_indicator() -> None:
    # the line after the reason's end stands next to the next name's lines, four lines from the name above
    assert _groups(ROWS) == [[0, 1, 2, 3], [4, 5, 6]]


def test_a_name_s_second_line_under_its_values_stays_with_them() -> None:
    # as near the values above as the next name: the name's second line, under the line that has the values
    rows = [["図書館の年間", "5,120冊", "6,000冊", ""], ["貸出冊数", "", "", ""],
            ["市民講座の受講者数", "40人", "45人", ""]]
    assert _groups(rows) == [[0, 1], [2]]
