"""A row a page break cut, in pdfplumber's single-space text (ingest/text/spaced.py with ingest/text/broken_rows.py):
two invented pages of one sheet, its header repeated on the second, the last row of the first page going on under
it. pdfplumber marks no page break: the repeated header (a band with the same columns) is the only sign. Widths are
display widths (a full-width character counts two), worked out by hand."""

from __future__ import annotations

from ingest.text import spaced
from tests.test_spaced_centred_cells import HEADER

NAME, BASELINE = 0, 1
#: a one-line name 30 wide on its line of values: the name column's full lines are (at least) 30 wide
FULL_NAME = "市内の空き家バンクへの登録件数 12件 15件 18件 20件 25件 住宅課 順調に進捗"
#: a cut row's values, department and progress, after its name's first line
CUT_ROW = "340人 420人 515人 400人 600人 都市計画課 順調に進捗"
NEXT_ROW = "市営駐輪場の利用台数 1,200台 1,150台 1,180台 1,300台 1,400台 都市計画課 進捗の遅れ"


def _tables(rest: list[str], cut: str) -> tuple[list[list[str]], set[int], list[list[str]]]:
    """The two tables' body rows and the first table's uncertain rows (grid rows, the header's is 0)."""
    first, second = spaced.read_tables([*HEADER, FULL_NAME, cut, *HEADER, *rest, NEXT_ROW])
    return first.grid.matrix(), first.grid.uncertain_rows, second.grid.matrix()[1:]


def test_a_name_cut_mid_word_takes_the_line_under_the_repeated_header() -> None:
    # `…催しへの参` (28 wide) fills the column (30) and breaks `参加者数` mid-word; `加者数`, the next page's first
    # line, carries no value and wraps no wider: the rest of that name, not a row of its own
    first, uncertain, second = _tables(["加者数"], f"駅前広場で開かれた催しへの参 {CUT_ROW}")
    assert first[-1][NAME] == "駅前広場で開かれた催しへの参\n加者数"
    assert first[-1][BASELINE] == "340人"
    assert len(first) - 1 in uncertain  # where a row was cut cannot be seen for sure
    assert [row[NAME] for row in second if any(row)] == ["市営駐輪場の利用台数"]


def test_an_unfinished_name_takes_its_rest_wrapped_anew() -> None:
    # `…中心市街地に` (26 wide) ends with a particle, after which no name ends; its rest under the repeated header
    # wraps anew (`おける歩` 8, then `行者等通行量` 12: no width fits one cell), so it goes on the name, flagged
    first, uncertain, second = _tables(["おける歩", "行者等通行量"], f"駅周辺の中心市街地に {CUT_ROW}")
    assert first[-1][NAME] == "駅周辺の中心市街地に\nおける歩\n行者等通行量"
    assert len(first) - 1 in uncertain
    assert [row[NAME] for row in second if any(row)] == ["市営駐輪場の利用台数"]


def test_a_finished_short_name_takes_nothing() -> None:
    # `公園の利用者数` (14 wide) neither fills the column nor ends open: the line under the repeated header is not its
    first, _, second = _tables(["観光客向け"], f"公園の利用者数 {CUT_ROW}")
    assert first[-1][NAME] == "公園の利用者数"
    assert "観光客向け" in [cell for row in second for cell in row]


#: a sheet with goal and measure columns before the name (invented): its measure cells wrap at 37, its names at 44
GOAL_HEADER = ["基本目標 具体的な施策 区分 指標名 現状値 目標値"]
GOAL_PAGE = [
    "重点施策 2-1 方針1:地域で暮らす人が生",
    "共生社会の実現 活に必要な言葉を学ぶ場の充 指標 日本語教室への参加者数 396人 430人",
    "実",
    "重点施策 2-1 方針2:外国人が地域の行事",  # 37 wide: fills the measure column
    "指標 地域の行事や清掃活動に参加した在住外国人住民 173人 190人",  # the name 44 wide: fills its column
]


def test_a_cut_measure_and_name_go_on_interleaved() -> None:
    # under the repeated header, by height: the measure's full line (38), the name's one-line rest centred between
    # the measure's lines, the measure's last line; then the next row, its labelled measure on the line above its
    # values. `に参加できる…との交` (38 < 44 - 4) is no full name line: only the measure can go on with it; of the
    # two cuts left, the one with each cell centred on the rest (measure lines 1 and 3, name line 2) is taken
    rest = ["に参加できる環境づくりと地域住民との交", "数", "流の促進"]
    after = ["重点施策 2-1 方針3:相談窓口の充実", "指標 外国人相談窓口の相談件数 147件 230件"]
    first, second = spaced.read_tables([*GOAL_HEADER, *GOAL_PAGE, *GOAL_HEADER, *rest, *after])
    rows = first.grid.matrix()
    # (the labelled measure in the 具体的な施策 column, its level's, not the 基本目標 column: `_level_cells`)
    assert rows[-2][1] == "重点施策 2-1 方針2:外国人が地域の行事\nに参加できる環境づくりと地域住民との交\n流の促進"
    assert rows[-1][3] == "地域の行事や清掃活動に参加した在住外国人住民\n数"
    assert {len(rows) - 2, len(rows) - 1} <= first.grid.uncertain_rows  # where a row was cut is a guess
    assert [row[3] for row in second.grid.matrix()[1:] if row[3]] == ["外国人相談窓口の相談件数"]
