"""The tab-separated front end on documents it has not seen: other indicators, goals, column orders and years.

Fixtures are in tests/fixtures/tabbed/ (hand-written in the 000/001/003 shape); small ones are inline.
Every expected value below was read off the fixture text by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import DEFAULT_MAX_BYTES, load
from ingest.registry import extract
from ingest.text.tabbed import FRONT_END
from pipeline.extract import read_document

FIXTURES = Path(__file__).parent / "fixtures" / "tabbed"


def _run(path: Path) -> tuple:
    report, entry = read_document(path, DEFAULT_MAX_BYTES)
    assert report.error is None
    return report, {**entry["rows"], "documents": [entry["document"]]}


def _observations(rows: dict, name: str) -> dict[tuple, tuple]:
    """(role, column_period, segment) → (value, unit, period, uncertain) of one indicator."""
    return {
        (o["role"], o["column_period"], o["segment"]): (o["value"], o["unit"], o["period"], o["uncertain"])
        for o in rows["observations"] if o["kpi_name"] == name
    }


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return path


# --- a 令和6年度 evaluation: 基準値 / 令和5年度実績値 / 令和6年度実績値 / 令和6年度目標値 / 目標値 ------------


@pytest.fixture(scope="module")
def evaluation():
    return _run(FIXTURES / "evaluation_r6.txt")


def test_evaluation_document_and_counts(evaluation):
    report, rows = evaluation
    document = rows["documents"][0]
    assert (document["doc_type"], document["fiscal_year"], document["shape"]) == (
        "evaluation", "FY2024", "tab-separated")
    # three indicators although the first two are printed twice
    assert sorted(i["kpi_name"] for i in rows["indicators"]) == ["市内事業所数", "年間宿泊者数", "特定健診受診率"]
    assert report.observations == 15


def test_evaluation_goal_groups_follow_subgoal_numbering(evaluation):
    _, rows = evaluation
    goals = {i["kpi_name"]: i["goal"] for i in rows["indicators"]}
    # the label `1 活力あるまち` is printed on the second row of its group; `交流の 拡大` wraps
    assert goals == {
        "市内事業所数": "1 活力あるまち / 1-1 産業の振興",
        "年間宿泊者数": "1 活力あるまち / 1-2 交流の拡大",
        "特定健診受診率": "2 健やかなまち / 2-1 健康づくり",
    }
    progress = {i["kpi_name"]: i["progress"] for i in rows["indicators"]}
    assert progress["年間宿泊者数"] == "進捗の遅れ"


def test_evaluation_columns_give_roles_and_periods(evaluation):
    _, rows = evaluation
    assert _observations(rows, "市内事業所数") == {
        ("baseline", None, None): (8100, "事業所", None, False),
        ("actual", "FY2023", None): (8050, "事業所", "FY2023", False),
        ("actual", "FY2024", None): (8120, "事業所", "FY2024", False),
        ("target", "FY2024", None): (8200, "事業所", "FY2024", False),
        ("target", None, None): (8400, "事業所", "FY2029", False),
    }
    assert _observations(rows, "年間宿泊者数")[("actual", "FY2023", None)] == (105000, "人", "FY2023", False)


def test_evaluation_repeat_disagreements_are_reported(evaluation):
    report, rows = evaluation
    kept = {i["kpi_name"]: i["line"] for i in rows["indicators"]}
    assert kept["市内事業所数"] == 6  # the complete reading, not the repeat at line 13 that misses a value
    assert kept["年間宿泊者数"] == 7  # name tie 1:1 → the first printed reading
    rejects = {(r["line"], r["raw"]): r["reason"] for r in rows["rejects"]}
    assert set(rejects) == {(13, ""), (14, "年間宿泊数")}
    assert "disagrees with repeat at line 6" in rejects[(13, "")]
    assert "disagrees with repeat at line 7" in rejects[(14, "年間宿泊数")]
    assert len(report.warnings) == 2


# --- a strategy: 目標値 (令和11年度) before 現状値 (令和6年度), headings, wrapped segments, notes, damage ------


@pytest.fixture(scope="module")
def strategy():
    return _run(FIXTURES / "strategy_r7.txt")


def test_strategy_goal_paths_from_headings(strategy):
    _, rows = strategy
    goals = {i["kpi_name"]: (i["kind"], i["goal"]) for i in rows["indicators"]}
    assert goals == {
        "自主防災組織の結成率": ("数値目標", "2 安心のまち / 2-1 防災の強化"),
        # no 具体的な施策① heading: the first KPI table after the 数値目標 is measure ①, titled by the line above
        # its prose
        "防災訓練参加者数": ("KPI", "2 安心のまち / 2-1 防災の強化 / ① 地域防災力の向上"),
        "備蓄倉庫の整備数": ("KPI", "2 安心のまち / 2-1 防災の強化 / ① 地域防災力の向上"),
        "運動習慣のある市民の割合": ("KPI", "2 安心のまち / 2-1 防災の強化 / ② 健康づくりの推進"),
        "健康教室の開催回数": ("KPI", "2 安心のまち / 2-1 防災の強化 / ② 健康づくりの推進"),
        # `基本目標2 くらしのまち` printed before `基本目標3-1`: the sub-goal decides
        "バス利用者数": ("数値目標", "3 くらしのまち / 3-1 交通の充実"),
    }


def test_strategy_misprinted_basic_goal_is_warned(strategy):
    report, _ = strategy
    assert any("disagrees with sub-goal 3-1" in w for w in report.warnings)


def test_strategy_column_order_does_not_matter(strategy):
    _, rows = strategy
    assert _observations(rows, "自主防災組織の結成率") == {
        ("target", "FY2029", None): (95.0, "%", "FY2029", False),
        ("baseline", "FY2024", None): (88.5, "%", "FY2024", False),
    }


def test_strategy_wrapped_row_is_one_indicator_with_segments(strategy):
    _, rows = strategy
    indicator = next(i for i in rows["indicators"] if i["kpi_name"] == "運動習慣のある市民の割合")
    assert indicator["line"] == 39
    assert _observations(rows, "運動習慣のある市民の割合") == {
        ("target", "FY2029", "男性"): (40.0, "%", "FY2029", False),
        ("target", "FY2029", "女性"): (38.0, "%", "FY2029", False),
        ("baseline", "FY2024", "男性"): (32.1, "%", "FY2024", False),
        ("baseline", "FY2024", "女性"): (29.4, "%", "FY2024", False),
    }
    # the row after the wrapped one is its own indicator again
    assert _observations(rows, "健康教室の開催回数")[("target", "FY2029", None)] == (24, "回", "FY2029", False)


def test_strategy_note_under_table_goes_to_the_marked_row(strategy):
    _, rows = strategy
    notes = {i["kpi_name"]: i["note"] for i in rows["indicators"]}
    assert notes["防災訓練参加者数"].startswith("※参加者の集計方法を変更したため")
    assert notes["備蓄倉庫の整備数"] is None


def test_strategy_damaged_cell_makes_the_whole_row_uncertain(strategy):
    _, rows = strategy
    observed = _observations(rows, "備蓄倉庫の整備数")
    assert observed[("target", "FY2029", None)] == (None, None, "FY2029", True)
    # readable, but in a damaged row: uncertain too
    assert observed[("baseline", "FY2024", None)] == (12, "カ所", "FY2024", True)
    assert not any(v[3] for v in _observations(rows, "防災訓練参加者数").values())


# --- split goal cells, no indicator table, other shapes ----------------------------------------------------


def test_goal_label_split_over_two_cells(tmp_path):
    text = "\n".join([
        "令和6年度 効果検証",
        "\t大基本目標\t小基本目標\t数値目標\t令和6年度 実績値\t目標値 (令和11年度)",
        "\t\t1 交通の 充実\tバス利用者数\t28万人\t30万人",
        "3\tくらしのまち\t2 防犯の強化\t刑法犯認知件数\t\t1,200件",
        "大基本目標\t小基本目標\t数値目標\t令和6年度 実績値\t目標値 (令和11年度)",
        "4\tみどりのまち\t1 公園の整備\t公園面積\t52ha\t60ha",
    ])
    _, rows = _run(_write(tmp_path, text))
    goals = {i["kpi_name"]: (i["goal"], i["line"]) for i in rows["indicators"]}
    assert goals == {
        "バス利用者数": ("3 くらしのまち / 3-1 交通の充実", 3),
        "刑法犯認知件数": ("3 くらしのまち / 3-2 防犯の強化", 4),
        # a row one cell longer than its header: the goal label was split, the values stay in their columns
        "公園面積": ("4 みどりのまち / 4-1 公園の整備", 6),
    }
    assert _observations(rows, "公園面積")[("target", "FY2029", None)] == (60, "ha", "FY2029", False)
    # nothing printed under 令和6年度 実績値: no observation, as in every other front end's tables
    assert ("actual", "FY2024", None) not in _observations(rows, "刑法犯認知件数")
    assert _observations(rows, "刑法犯認知件数")[("target", "FY2029", None)][0] == 1200


def test_document_without_indicator_table_gives_zero_rows_and_a_warning():
    report, rows = _run(FIXTURES / "no_indicator_table.txt")
    assert (report.indicators, report.observations, report.rejects) == (0, 0, 0)
    assert report.warnings
    assert rows["documents"][0]["n_indicators"] == 0


def test_tables_without_tabs_are_not_this_shape(tmp_path):
    # a column-linearised table: header words one per line, no tab
    text = "\n".join(["数値目標", "指標名", "現状値 (令和元年度)", "目標値 (令和9年度)",
                      "新規求人数", "1,563件", "1,630件"])
    assert FRONT_END.score(load(_write(tmp_path, text))) == 0


def test_front_end_alone_warns_when_no_rows(tmp_path):
    document = load(_write(tmp_path, "目次\n1\t序論\t1\n2\t体系\t3\n"))
    assert FRONT_END.score(document) == 0
    extraction = FRONT_END.extract(document, None)
    assert extraction.rows == [] and extraction.warnings
    assert extract(document).rows == []


def test_row_with_too_many_cells_is_rejected(tmp_path):
    text = "\n".join([
        "重要業績評価指標(KPI)",
        "指標名\t現状値 (令和6年度)\t目標値 (令和11年度)",
        "図書館利用者数\t10万人\t12万人\t13万人",
        "図書貸出冊数\t80万冊\t90万冊",
    ])
    _, rows = _run(_write(tmp_path, text))
    assert [i["kpi_name"] for i in rows["indicators"]] == ["図書貸出冊数"]
    assert [(r["line"], r["raw"]) for r in rows["rejects"]] == [(3, "図書館利用者数 | 10万人 | 12万人 | 13万人")]
    assert "row has 4 cells but the header at line 2 has 3" in rows["rejects"][0]["reason"]
