"""Sheets with two goal columns (a goal and a measure merged over their rows) in pdfplumber-like single-space text,
read through the whole pipeline (`ingest.registry.extract`): the merged cells are centred on their rows, so a goal
cell's wrapped line is printed on a row's line before the indicator's name, and the cells' other lines under the
row. Those lines are the goal's, never part of the name or of the row's department; which goal cell each goes on
with the text does not say, so the goals are flagged. Expected values read by hand from the invented sheets."""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.model import IndicatorRow
from ingest.registry import extract

#: The first sheet of tests/test_level_cells.py: `を産み育てられる` (the goal's second line) printed before the name.
CHILD_CARE = [
    "基本目標 施策 指標名 現状値 目標値 担当課 備考",
    "基本目標1 安心して子ども",
    "施策1-1：妊娠・出産から子育",
    "を産み育てられる 乳幼児健康診査の受診率 96.0% 98.0% 子育て支援課",
    "てまでの切れ目ない支援",
    "まちづくり",
    "施策1-2：保育サービスの 各年度4月1日",
    "保育所の待機児童数 3人 0人 保育課",
    "量と質の確保 時点の人数",
]

#: Another town's words (基本施策, 成果指標, 所管課): the goal's first line ends open (`…自然と`), its second line
#: (`景観を`) is printed before the name, the cells' last lines under a row whole to its department.
NATURE = [
    "基本目標 基本施策 成果指標 基準値（R5） 目標値（R11） 所管課",
    "基本目標2 ふるさとの自然と",
    "基本施策2-1：森林と水辺の",
    "景観を 森林整備面積 120ha 200ha 農林課",
    "保全と活用",
    "守り伝えるまち",
    "基本施策2-2：ごみの減量と リサイクル率 18.0% 25.0% 環境課",
]

#: The goal's last line opens with an auxiliary (`られるまち`), no cell's opening.
LEARNING = [
    "基本目標 施策 成果指標 現状値 目標値 担当課",
    "基本目標3 誰もが学び続け",
    "施策3-1：学校教育の充実",
    "られるまち 学力調査の平均正答率 62.0% 70.0% 学校教育課",
    "施策3-2：生涯学習の推進 公民館講座の受講者数 5,400人 6,000人 生涯学習課",
]

#: A name printed with a space under open goal headings, nothing showing a goal's line before it.
PARKS = [
    "基本目標 施策 指標名 現状値 目標値 担当課",
    "基本目標4 緑あふれる",
    "施策4-1：公園の整備",
    "市民1人当たり 公園面積 8.2㎡ 9.0㎡ 公園緑地課",
]


def _rows(tmp_path: Path, lines: list[str]) -> dict[str, IndicatorRow]:
    path = tmp_path / "sheet.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {row.name: row for row in extract(load(path)).rows}


def test_a_goal_line_before_the_name_is_the_goal_s(tmp_path: Path) -> None:
    rows = _rows(tmp_path, CHILD_CARE)
    assert list(rows) == ["乳幼児健康診査の受診率", "保育所の待機児童数"]
    assert [c.text for c in rows["乳幼児健康診査の受診率"].cells] == ["96.0%", "98.0%"]
    assert [c.text for c in rows["保育所の待機児童数"].cells] == ["3人", "0人"]
    assert [row.department for row in rows.values()] == ["子育て支援課", "保育課"]
    first = rows["乳幼児健康診査の受診率"]
    assert first.goal[0].replace("\n", "") == "基本目標1 安心して子どもを産み育てられる"
    assert all(row.goal_uncertain for row in rows.values())


def test_a_goal_line_ending_open_takes_the_next_line_and_the_lines_under_a_whole_row(tmp_path: Path) -> None:
    rows = _rows(tmp_path, NATURE)
    assert list(rows) == ["森林整備面積", "リサイクル率"]
    assert [c.text for c in rows["森林整備面積"].cells] == ["120ha", "200ha"]
    assert [c.text for c in rows["リサイクル率"].cells] == ["18.0%", "25.0%"]
    # `保全と活用` / `守り伝えるまち` are the goal cells' lines, not the department's
    assert [row.department for row in rows.values()] == ["農林課", "環境課"]
    assert "景観を" in rows["森林整備面積"].goal[0]
    # only the line above ending open tells `景観を` from a name's head: the row is flagged too
    assert all(c.uncertain for c in rows["森林整備面積"].cells)
    assert all("守り伝えるまち" in " ".join(row.goal) for row in rows.values() if row.name == "森林整備面積")
    assert all(row.goal_uncertain for row in rows.values())


def test_a_goal_line_opening_with_an_auxiliary_is_the_goal_s(tmp_path: Path) -> None:
    rows = _rows(tmp_path, LEARNING)
    assert list(rows) == ["学力調査の平均正答率", "公民館講座の受講者数"]
    assert rows["学力調査の平均正答率"].goal[0].replace("\n", "") == "基本目標3 誰もが学び続けられるまち"
    assert [row.department for row in rows.values()] == ["学校教育課", "生涯学習課"]
    # `られ` opens no cell: no name's head, the values stand
    assert not any(c.uncertain for row in rows.values() for c in row.cells)
    assert all(row.goal_uncertain for row in rows.values())


def test_a_name_with_a_space_keeps_its_words(tmp_path: Path) -> None:
    rows = _rows(tmp_path, PARKS)
    assert [name.replace(" ", "") for name in rows] == ["市民1人当たり公園面積"]
    assert [c.text for c in next(iter(rows.values())).cells] == ["8.2㎡", "9.0㎡"]


def test_goal_lines_under_a_row_stay_out_of_its_empty_note_cell(tmp_path: Path) -> None:
    """CHILD_CARE's `てまでの切れ目ない支援` / `まちづくり` under the first row are the measure's and the goal's
    lines (`施策1-1：妊娠・出産から子育` + `てまでの…`, `…を産み育てられる` + `まちづくり`), not the 備考 its line
    left empty: the goals take them, flagged."""
    rows = _rows(tmp_path, CHILD_CARE)
    first = rows["乳幼児健康診査の受診率"]
    assert not first.note
    assert "てまでの切れ目ない支援" in "".join(first.goal).replace("\n", "")
    assert "まちづくり" in "".join(first.goal).replace("\n", "")
    assert first.goal_uncertain
