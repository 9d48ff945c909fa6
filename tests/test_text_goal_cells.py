"""Goal cells of a sheet as a text layer prints them (`pdftotext -layout`): the goal column's merged cell holds
several goal levels on lines of its own, and the goal path each indicator gets must put each level in its place.
The documents are invented; every expected goal was read off the text below by hand."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from normalize.goals import goal_part
from records import extraction_records


def _at(*placed: tuple[int, str]) -> str:
    """One line with each text starting at its display column (a full-width character is two columns wide)."""
    line = ""
    for column, text in placed:
        width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
        line += " " * max(column - width, 1 if line else 0) + text
    return line


def _goals(tmp_path: Path, lines: list[str]) -> dict[str, str]:
    path = tmp_path / "sheet.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, indicators, _ = extraction_records(extract(load(path)))
    return {row["kpi_name"]: row["goal"] for row in indicators}


PROJECT_SHEET = [
    _at((0, "基本目標"), (18, "具体的な施策"), (46, "区分"), (62, "指標名"), (90, "現状値"), (103, "目標値")),
    _at((0, "みどり推進プロジェクト"), (46, "プロジェクト指標"), (62, "緑地の面積"), (90, "120ha"), (103, "150ha")),
    _at((0, "みどり推進プロジェクト")),
    _at((0, "まちの緑を"), (18, "重点施策 1-1 公園の整備"), (46, "成果指標"), (62, "公園の利用者数"), (90, "52,000人"),
        (103, "60,000人")),
    _at((0, "増やす")),
    _at((18, "重点施策 1-2 街路樹の保全"), (46, "成果指標"), (62, "街路樹の本数"), (90, "3,100本"), (103, "3,500本")),
    _at((0, "にぎわい創出プロジェクト"), (46, "プロジェクト指標"), (62, "商店街の来訪者数"), (90, "8,200人"),
        (103, "9,000人")),
]


def test_a_project_cell_holding_its_field_gives_the_field_its_own_level(tmp_path: Path) -> None:
    """`みどり推進プロジェクト` / `まちの緑を` / `増やす` in one goal cell: the project heading ends on its line, the
    lines under it are the title of the field below it, not a second project path part glued to the project."""
    goals = _goals(tmp_path, PROJECT_SHEET)
    assert goals["公園の利用者数"] == "みどり推進プロジェクト / まちの緑を増やす / 重点施策 1-1 公園の整備"
    assert goals["街路樹の本数"] == "みどり推進プロジェクト / まちの緑を増やす / 重点施策 1-2 街路樹の保全"


def test_a_new_project_ends_the_measure_carried_from_the_project_before(tmp_path: Path) -> None:
    """The project's own indicator row prints the new project and no measure: the measure of the last rows of the
    project before is not its measure."""
    goals = _goals(tmp_path, PROJECT_SHEET)
    assert goals["緑地の面積"] == "みどり推進プロジェクト"
    assert goals["商店街の来訪者数"] == "にぎわい創出プロジェクト"


NUMBERED_SHEET = [
    _at((0, "基本目標"), (16, "具体的な施策"), (30, "区分"), (40, "指標名"), (64, "基準値"), (76, "目標値"),
        (88, "担当課")),
    _at((0, "1 しごとの創生")),
    _at((0, "1-1 安定した雇用の"), (30, "数値目標"), (40, "新規求人数"), (64, "1,563件"), (76, "1,630件"),
        (88, "商工課")),
    _at((0, "創出")),
    _at((30, "KPI"), (40, "創業相談件数"), (64, "10件"), (76, "28件"), (88, "商工課")),
    _at((0, "2 ひとの創生")),
    _at((0, "2-1 子育ての希望の"), (30, "数値目標"), (40, "出生数"), (64, "1,800人"), (76, "1,900人"),
        (88, "子育て課")),
    _at((0, "実現")),
    _at((30, "KPI"), (40, "保育所の定員"), (64, "420人"), (76, "480人"), (88, "子育て課")),
]


def test_a_sub_goal_heading_wrapped_in_the_goal_cell_stays_one_level(tmp_path: Path) -> None:
    """`1 しごとの創生` / `1-1 安定した雇用の` / `創出`: two headings, the second wrapped at the column's width; the
    path has the basic goal and the sub-goal as two levels, not one part `1 しごとの創生 1-1 …`."""
    goals = _goals(tmp_path, NUMBERED_SHEET)
    assert goals["新規求人数"] == "1 しごとの創生 / 1-1 安定した雇用の創出"
    assert goals["創業相談件数"] == "1 しごとの創生 / 1-1 安定した雇用の創出"
    assert goals["保育所の定員"] == "2 ひとの創生 / 2-1 子育ての希望の実現"


NOTE_LINE_APART = [
    "みどり推進プロジェクト",
    "プロジェクト指標",
    "                        現状値         目標値",
    "指標名                                              解説・算出方法など",
    "                        （令和 5 年度）   （令和 11 年度）",
    "緑地の面積                   120ha        150ha        市内の緑地の合計",
    "                                                 20 歳以上の市民のうち、緑が多いと答",
    "緑に満足している市民の割合           61.0％       70.0％以上      えた人の割合",
    "",
    "",
    "重点施策 1-1 方針 1:公園の整備",
    "成果指標",
    "                        現状値         目標値",
    "指標名                                              解説・算出方法など",
    "                        （令和 5 年度）   （令和 11 年度）",
    "公園の利用者数                 52,000 人    60,000 人",
]


def test_a_note_line_opening_with_a_quantity_is_no_goal_heading(tmp_path: Path) -> None:
    """`20 歳以上の市民のうち、緑が多いと答`, a note cell's first line printed above its row: a number, a unit and a
    bound open a sentence, not a bare goal heading `1 しごとの創生`; the tables below stay under the project and the
    row under the line is read."""
    goals = _goals(tmp_path, NOTE_LINE_APART)
    assert goals == {"緑地の面積": "みどり推進プロジェクト", "緑に満足している市民の割合": "みどり推進プロジェクト",
                     "公園の利用者数": "みどり推進プロジェクト"}


def test_a_title_alone_in_the_goal_cell_goes_under_the_project_above(tmp_path: Path) -> None:
    """`公園を守る` printed alone in the goal column (the project printed in a row above only): the title of the field
    one level below the project held, before the measure of the same row, not after it."""
    sheet = [*PROJECT_SHEET[:-1],
             _at((0, "公園を守る"), (18, "重点施策 1-3 公園の管理"), (46, "成果指標"), (62, "清掃活動の回数"),
                 (90, "12回"), (103, "24回")),
             PROJECT_SHEET[-1]]
    goals = _goals(tmp_path, sheet)
    assert goals["清掃活動の回数"] == "みどり推進プロジェクト / 公園を守る / 重点施策 1-3 公園の管理"
    assert goals["商店街の来訪者数"] == "にぎわい創出プロジェクト"


def test_a_goal_part_drops_the_spaces_an_office_program_puts_around_western_text() -> None:
    """LibreOffice spaces Japanese from Western letters and digits and the text layer prints it (`方針 2:`,
    `1 市民 1 スポーツ`, `DX 推進`); the goal printed has no such space. A label's own space stays."""
    assert goal_part("重点施策 2-4 方針 1:1 市民 1 スポーツの推進") == "重点施策 2-4 方針1:1市民1スポーツの推進"
    assert goal_part("DX 推進プロジェクト") == "DX推進プロジェクト"
    assert goal_part("重点施策 1-2 方針 2 関係:英語") == "重点施策 1-2 方針2関係:英語"
    assert goal_part("1 しごとの創生") == "1 しごとの創生"
    assert goal_part("施策1 農業の担い手育成") == "施策1 農業の担い手育成"
    assert goal_part("II 安心して子育てができるまちをつくる") == "II 安心して子育てができるまちをつくる"
