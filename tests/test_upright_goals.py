"""A goal cell printed upright (vertical writing) in a text layer: one character a line beside its indicators
(ingest/table/rows.py `join_upright_goals`).

The document below is invented; each expectation was written by hand from the text.
"""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract

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
