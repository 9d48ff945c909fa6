"""A goal heading line between two tables of a text layer ends the first one (a plan typed in Word: `■基本目標３
…` under the last row of goal 2's table, a sentence and a caption, then goal 3's table under its own header): the
heading is no row of the first table and the second table's rows are goal 3's. And the mark a heading prints
between its label and its title (`基本目標１：…`) is no part of the canonical goal (`1 …`). Expected values read
by hand from the invented document."""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from normalize.goals import goal_part
from records import extraction_records

DOC = "\n".join([
    "緑川市 第２期まち・ひと・しごと創生総合戦略",
    "",
    "基本目標１：地域にしごとをつくる",
    "",
    "【重要業績評価指標（KPI）】",
    "指標項目　　現状（平成 28 年）　　目標（令和 12 年）",
    "転入者数　　1,536人　　1,832人以下",
    "",
    "基本目標２　新しいひとの流れをつくる",
    "",
    "【重要業績評価指標（KPI）】",
    "指標項目　　現状（平成 28 年）　　目標（令和 12 年）",
    "耕作放棄地の再生面積　　19.9ha　　25.2ha以下",
    "空き家バンクの成約件数　　9件　　9件以下",
    "",
    "■基本目標３　安心して暮らせる魅力的なまちをつくる",
    "",
    "平成27年の合計特殊出生率は1.32で、全国平均の1.45を下回っています。",
    "",
    "■KPI",
    "指標項目　　現状（平成 28 年）　　目標（令和 12 年）",
    "婚活イベントでのカップル成立数　　11組　　16組以下",
    "移住相談件数　　255件　　198件以下",
    "",
])


def test_goal_heading_between_tables_heads_the_second(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(DOC, encoding="utf-8")
    rows = extraction_records(extract(load(path)))[0]
    goals = {(r["kpi_name"], r["role"], r["value"]): r["goal"] for r in rows}
    assert goals[("転入者数", "baseline", 1536.0)] == "1 地域にしごとをつくる"
    assert goals[("空き家バンクの成約件数", "target", 9.0)] == "2 新しいひとの流れをつくる"
    assert goals[("婚活イベントでのカップル成立数", "baseline", 11.0)] == "3 安心して暮らせる魅力的なまちをつくる"
    assert goals[("移住相談件数", "target", 198.0)] == "3 安心して暮らせる魅力的なまちをつくる"
    assert not any("基本目標" in (r["kpi_name"] or "") for r in rows)


def test_label_mark_is_no_part_of_the_title() -> None:
    assert goal_part("基本目標１：地域にしごとをつくる") == "1 地域にしごとをつくる"
    assert goal_part("基本目標2: 新しいひとの流れ") == "2 新しいひとの流れ"
    assert goal_part("基本目標２　新しいひとの流れ") == "2 新しいひとの流れ"
