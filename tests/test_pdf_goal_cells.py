"""The goal path of each indicator read from the goal columns of an invented PDF table (a 効果検証 sheet whose
基本目標 / 具体的な施策 columns are merged over their indicators), ruled or printed without rules:

- a goal cell printing its number glued to its title on two lines (`1しごとの創生` / `1-1安定した雇用の創出`) is two
  heading levels, not one plain part;
- a measure (`①…`) ends where the goal column prints the next goal, and stays below its goal in the path;
- two tables under one sub-goal heading with no measure title between them: the second is the sub-goal's own, not
  under a bare `①` read from nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape

from ingest.document import load
from ingest.registry import extract
from normalize.goals import goal_part
from tests.layouts_pdfs import _pages
from tests.pdf_builders import Cell, Page

HEADER = ["基本目標", "具体的な施策", "指標名", "基準値（R1）", "目標値（R7）"]
WIDTHS = [150, 150, 170, 80, 80]


def _sheet(path: Path, goals: tuple[str, str], measure: str, ruled: bool) -> Path:
    """Two goals over two and one indicator rows; the first goal's second row under a measure."""
    def draw(page: Page) -> None:
        page.text(48, 40, "試験市 総合戦略 効果検証シート", 14)
        cells = [Cell(0, c, text) for c, text in enumerate(HEADER)]
        cells += [Cell(1, 0, goals[0], row_span=2), Cell(2, 1, measure), Cell(3, 0, goals[1])]
        for r, name in enumerate(["新規求人数", "製造品出荷額等", "合計特殊出生率"], start=1):
            cells += [Cell(r, 2, name), Cell(r, 3, f"{r}0件"), Cell(r, 4, f"{r}5件")]
        page.table(48, 80, WIDTHS, [30, 36, 36, 36], cells, size=9, ruled=ruled)
    return _pages(path, landscape(A4), [draw])


def _goals(path: Path) -> dict[str, str]:
    return {row.name: " / ".join(goal_part(part) for part in row.goal) for row in extract(load(path)).rows}


@pytest.mark.parametrize("ruled", [True, False])
def test_a_goal_cell_with_glued_labels_is_two_levels(tmp_path, ruled):
    glued = ("1しごとの創生\n1-1安定した雇用の創出", "2ひとの創生\n2-1結婚の希望の実現")
    goals = _goals(_sheet(tmp_path / "glued.pdf", glued, "①地域産業の活性化", ruled))
    assert goals == {"新規求人数": "1 しごとの創生 / 1-1 安定した雇用の創出",
                     "製造品出荷額等": "1 しごとの創生 / 1-1 安定した雇用の創出 / ① 地域産業の活性化",
                     "合計特殊出生率": "2 ひとの創生 / 2-1 結婚の希望の実現"}


@pytest.mark.parametrize("ruled", [True, False])
def test_a_measure_ends_where_the_goal_column_prints_the_next_goal(tmp_path, ruled):
    """Goal cells without a number are plain parts: the measure under the first goal stays under it (after it in
    the path) and does not go on into the next goal's rows."""
    goals = _goals(_sheet(tmp_path / "plain.pdf", ("しごとの創生", "ひとの創生"), "① 地域産業の活性化", ruled))
    assert goals == {"新規求人数": "しごとの創生",
                     "製造品出荷額等": "しごとの創生 / ① 地域産業の活性化",
                     "合計特殊出生率": "ひとの創生"}


def test_a_second_table_without_a_measure_title_stays_under_its_sub_goal(tmp_path):
    def draw(page: Page) -> None:
        page.text(48, 40, "基本目標1　しごとの創生", 14)
        page.text(48, 65, "基本目標1-1　安定した雇用の創出", 12)
        page.text(48, 90, "数値目標", 11)
        header = ["指標名", "基準値（R1）", "目標値（R7）"]
        first = [Cell(0, c, t) for c, t in enumerate(header)] + [Cell(1, c, t) for c, t in enumerate(
            ["新規求人数", "10件", "15件"])]
        bottom = page.table(48, 110, [200, 100, 100], [24, 24], first, size=9)
        page.text(48, bottom + 20, "数値目標", 11)
        second = [Cell(0, c, t) for c, t in enumerate(header)] + [Cell(1, c, t) for c, t in enumerate(
            ["有効求人倍率", "1.1倍", "1.3倍"])]
        bottom = page.table(48, bottom + 40, [200, 100, 100], [24, 24], second, size=9)
        page.text(48, bottom + 20, "具体的な施策①　地域産業の活性化", 12)
        third = [Cell(0, c, t) for c, t in enumerate(header)] + [Cell(1, c, t) for c, t in enumerate(
            ["製造品出荷額等", "100億円", "120億円"])]
        page.table(48, bottom + 45, [200, 100, 100], [24, 24], third, size=9)
    goals = _goals(_pages(tmp_path / "two.pdf", A4, [draw]))
    assert goals == {"新規求人数": "1 しごとの創生 / 1-1 安定した雇用の創出",
                     "有効求人倍率": "1 しごとの創生 / 1-1 安定した雇用の創出",
                     "製造品出荷額等": "1 しごとの創生 / 1-1 安定した雇用の創出 / ① 地域産業の活性化"}


@pytest.mark.parametrize("ruled", [True, False])
def test_a_project_cell_over_a_title_is_two_levels_and_a_wrapped_policy_label_keeps_its_space(tmp_path, ruled):
    """`少子高齢化対策プロジェクト` / `結婚…の実現` in one goal cell: the project line is a heading complete in itself,
    the line below it the next level's title (not a wrap of the project's name). A policy cell printing its label
    on a line of its own (`重点施策 1-1` / `方針1:…`) reads in the canonical form `重点施策 1-1 方針1:…`."""
    goals = ("少子高齢化対策プロジェクト\n結婚・子育ての希望の実現", "共生社会実現プロジェクト\n多様な人材の活躍")
    read = _goals(_sheet(tmp_path / "project.pdf", goals, "重点施策 1-1\n方針1:切れ目のない支援", ruled))
    first = "少子高齢化対策プロジェクト / 結婚・子育ての希望の実現"
    assert read == {"新規求人数": first, "製造品出荷額等": f"{first} / 重点施策 1-1 方針1:切れ目のない支援",
                    "合計特殊出生率": "共生社会実現プロジェクト / 多様な人材の活躍"}


def test_a_title_line_over_a_policy_heading_is_the_level_between_it_and_the_project(tmp_path):
    """An action plan's page: a project heading, then for each part of it a title line right above its first policy
    heading (`重点施策 1-1 方針1:…`), each policy heading over its table. The title is the level between project and
    policy, until the next title; a line of prose above a heading is no such title."""
    def draw(page: Page) -> None:
        header = ["指標名", "現状値（R5）", "目標値（R11）"]

        def table(top: float, name: str) -> float:
            cells = [Cell(0, c, t) for c, t in enumerate(header)]
            cells += [Cell(1, c, t) for c, t in enumerate([name, "10人", "15人"])]
            return page.table(48, top, [220, 100, 100], [24, 24], cells, size=9)

        page.text(48, 40, "少子高齢化対策プロジェクト", 14)
        bottom = table(65, "年少人口")
        page.text(48, bottom + 20, "結婚・子育てに希望が持てる社会の実現", 12)
        page.text(48, bottom + 40, "重点施策 1-1 方針1:切れ目のない支援", 11)
        bottom = table(bottom + 60, "健康診査受診率")
        page.text(48, bottom + 20, "子育て環境の整備を進めます。", 10)
        page.text(48, bottom + 40, "重点施策 1-1 方針2:子育て環境の整備", 11)
        bottom = table(bottom + 60, "待機児童数")
        page.text(48, bottom + 20, "地域の未来を担う人材育成", 12)
        page.text(48, bottom + 40, "重点施策 1-2 方針1:主体的な学びの推進", 11)
        table(bottom + 60, "授業が分かる児童の割合")
    goals = _goals(_pages(tmp_path / "plan.pdf", A4, [draw]))
    project = "少子高齢化対策プロジェクト"
    first, second = f"{project} / 結婚・子育てに希望が持てる社会の実現", f"{project} / 地域の未来を担う人材育成"
    assert goals == {"年少人口": project, "健康診査受診率": f"{first} / 重点施策 1-1 方針1:切れ目のない支援",
                     "待機児童数": f"{first} / 重点施策 1-1 方針2:子育て環境の整備",
                     "授業が分かる児童の割合": f"{second} / 重点施策 1-2 方針1:主体的な学びの推進"}


def test_a_goal_cell_open_at_the_top_of_a_page_is_found():
    """A sheet printed without print titles (layouts 264): on page 2 the goal cell merged over every row began on page
    1, so it has no top rule and the lattice finds no cell in its column; the rules beside the table and the bottom
    rule under it close it (`open_side_cells`), and the 施策 cell begun on page 1 is open at the top (`open_cells`)."""
    from ingest.pdf.engines import open_cells, open_side_cells
    from ingest.pdf.rules import Rules, Segment

    boxes = [((100, 20, 200, 60), ""), ((200, 0, 300, 30), "a"), ((200, 30, 300, 60), "b")]
    rules = Rules(horizontal=(Segment(60, 0, 300),), vertical=(Segment(0, 0, 60), Segment(100, 0, 60)))
    assert open_side_cells(boxes, rules) == [(0, 0, 100, 60)]
    assert open_cells(boxes) == [(100, 0, 200, 20)]
    # no bottom rule under the column beside: no cell there (a margin note or a heading stands beside the table)
    assert open_side_cells(boxes, Rules(horizontal=(Segment(60, 100, 300),), vertical=rules.vertical)) == []
