"""A goal cell printed upright (vertical writing) in a text layer: one character a line beside its indicators
(ingest/table/rows.py `join_upright_goals`).

The document below is invented; each expectation was written by hand from the text.
"""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.table.header import NAME, Column, TableLayout
from ingest.table.rows import LogicalRow, join_upright_goals
from normalize.vocabulary import GOAL_COLUMN_ROLES

#: `pdftotext -layout` of a KPI list whose 基本目標 cells are written upright, the label at the top.
UPRIGHT = """南谷村 総合戦略 KPI一覧

基本目標   指標名                単位      基準値（R1）   目標値（R7）   担当課

１    子ども食堂の開設数            箇所      2          6          福祉課
守
る    見守り協定の締結事業者数        社       11         20         福祉課

２
育    学童保育の定員              人       40         60         教育課
て
る    放課後子ども教室の参加者数       人       120        180        教育課
ま
ち    図書館の年間貸出冊数           冊       8,200      9,000      教育課
"""


def test_each_indicator_takes_the_whole_upright_goal(tmp_path: Path):
    path = tmp_path / "minamidani.txt"
    path.write_text(UPRIGHT, encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(r.name, r.goal) for r in rows] == [
        ("子ども食堂の開設数", ("１ 守る",)), ("見守り協定の締結事業者数", ("１ 守る",)),
        ("学童保育の定員", ("２ 育てるまち",)), ("放課後子ども教室の参加者数", ("２ 育てるまち",)),
        ("図書館の年間貸出冊数", ("２ 育てるまち",))]
    assert [(c.text, c.unit) for c in rows[3].cells] == [("120", "人"), ("180", "人")]



def test_a_label_prefix_over_the_number_opens_its_goal():
    """A goal cell written upright with its label prefix (`基` `本` `目` `標` `２`, Word's 縦書き: layouts 135): the
    prefix opens the goal its number opens, from the prefix's row on, not the title of the goal above."""
    goal_column = Column(0, "基本目標", GOAL_COLUMN_ROLES[0])
    layout = TableLayout((goal_column, Column(1, "指標名", NAME)), 0, 1)
    cells = ["基\n本\n目\n標\n１", "し\nご\nと", "基\n本\n目\n標\n２", "人\nの\n流\nれ"]
    rows = [LogicalRow({0: text, 1: f"指標{i}"}) for i, text in enumerate(cells)]
    assert [row.texts[0] for row in join_upright_goals(rows, layout)] == [
        "１ しごと", "１ しごと", "２ 人の流れ", "２ 人の流れ"]
