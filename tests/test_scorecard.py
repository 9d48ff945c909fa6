"""kpi_scorecard: the analyst's question 1 (issue 12) answered by one read and one filter, on the real run of
raw_docs/, with every expected value checked by hand against the source lines named beside it; and the rules
(achievement rate, direction, computed status) on small cases."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from align.profile import direction, name_unit
from align.scorecard import achievement_rate, computed_status


@pytest.fixture(scope="module")
def strategy(dataset) -> pd.DataFrame:
    """Question 1: for each KPI of the 第2期総合戦略 — baseline, FY2022 and FY2023 actual, FY2027 target, on track?"""
    scorecard = pd.read_parquet(dataset.output / "kpi_scorecard.parquet")
    return scorecard[scorecard["plan"] == "strategy"]  # the one filter


def _one(frame: pd.DataFrame, name: str, segment: str = "all") -> pd.Series:
    rows = frame[(frame["kpi_name"] == name) & (frame["segment"] == segment)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_question_one_columns_are_there(strategy):
    for column in ("baseline_value", "actual_FY2022", "actual_FY2023", "final_target_value", "final_target_period",
                   "computed_status", "progress_label", "status_disagrees"):
        assert column in strategy.columns
    assert strategy.set_index(["kpi_id", "segment"]).index.is_unique


def test_new_job_offers(strategy):
    # 002 line 11 `1,563件 1,486件 1,472件 1,594件 1,630件 概ね順調に進捗 - 商工労働課` under the headers of lines
    # 186-209 (基準値 令和元年度, 令和4年度 実績値, 令和5年度 実績値, 令和5年度 目標値, 計画最終年度 目標値 令和9年度);
    # 001 line 8 prints the same FY2023 actual, target and final target.
    row = _one(strategy, "新規求人数")
    assert (row.baseline_value, row.baseline_period) == (1563, "FY2019")
    assert (row.actual_FY2022, row.actual_FY2023) == (1486, 1472)
    assert (row.interim_target_value, row.final_target_value, row.final_target_period) == (1594, 1630, "FY2027")
    assert (row.unit, row.department, row.direction) == ("件", "商工労働課", "increase")
    assert math.isclose(row.achievement_rate, (1472 - 1563) / (1630 - 1563))
    assert row.computed_status == "nearly_on_track"  # 1472 / 1594 = 0.92
    assert (row.progress_label, row.progress_year, row.status_disagrees) == ("概ね順調に進捗", "FY2023", False)


def test_new_products_behind(strategy):
    # 002 line 43 `4件 4件 5件 10件 8件 進捗の遅れ` (same headers as above)
    row = _one(strategy, "新技術・新製品等の開発数")
    assert (row.baseline_value, row.actual_FY2022, row.actual_FY2023) == (4, 4, 5)
    assert (row.interim_target_value, row.final_target_value) == (10, 8)
    assert math.isclose(row.achievement_rate, (5 - 4) / (8 - 4))
    assert (row.computed_status, row.printed_status, row.status_disagrees) == ("behind", "behind", False)


def test_crimes_decrease(strategy):
    # 000 line 31: actual 令和4年 1,420件 (FY2022 report); 001 line 13: actual 1,869件 (令和5年), target 1,450件
    # (令和5年), final 1,318件 (令和9年), 進捗の遅れ. A decreasing indicator: target / actual = 0.78 → behind.
    row = _one(strategy, "刑法犯認知件数")
    assert (row.actual_FY2022, row.actual_FY2023, row.latest_actual_period) == (1420, 1869, "CY2023")
    assert (row.interim_target_value, row.final_target_value, row.final_target_period) == (1450, 1318, "CY2027")
    assert row.direction == "decrease"
    assert (row.computed_status, row.progress_label, row.status_disagrees) == ("behind", "進捗の遅れ", False)


def test_rail_target_reset_below_baseline(strategy):
    # 003 line 571 `490.7万人 (平成30年度)` → `430万人(※) (令和8年度)`, line 573: the target is below the baseline but
    # means an increase from the fallen FY2022 actual. 002 lines 985-1000: 395.8万人 (令和3年度), 425.1万人 (令和4年度),
    # target 492万人 (令和4年度), final 430万人 (令和8年度), 進捗の遅れ.
    row = _one(strategy, "鉄道利用者数")
    assert (row.baseline_value, row.baseline_period) == (4_907_000, "FY2018")
    assert (row.actual_FY2022, row.actual_FY2023, row.latest_actual_period) == (3_958_000, 4_251_000, "FY2022")
    assert (row.final_target_value, row.final_target_period) == (4_300_000, "FY2026")
    assert (row.direction, row.achievement_basis) == ("increase", "target")
    assert math.isclose(row.achievement_rate, 4_251_000 / 4_300_000)
    # 425.1 / 492 = 0.86: nearly on track by the numbers; the evaluation prints 進捗の遅れ
    assert (row.computed_status, row.printed_status, row.status_disagrees) == ("nearly_on_track", "behind", True)


def test_healthy_life_method_change(strategy):
    # 002 lines 791-813: 男性 77.41 (令和元年, ※変更前), 77.67 (令和4年, ※変更前, report FY2022),
    # 79.4 (令和4年, ※変更後,
    # report FY2023), target 78.72 (※変更前), final 79.4 (令和8年, ※変更後), 概ね順調に進捗. Only 変更後 values are
    # compared with the latest actual: no baseline and no interim target of that method.
    row = _one(strategy, "健康寿命", "男性")
    assert row.method == "変更後"
    assert pd.isna(row.baseline_value) and pd.isna(row.actual_FY2022) and pd.isna(row.interim_target_value)
    assert (row.actual_FY2023, row.latest_actual_period) == (79.4, "CY2022")
    assert (row.final_target_value, row.final_target_period) == (79.4, "CY2026")
    assert (row.computed_status, row.progress_label, row.status_disagrees) == ("on_track", "概ね順調に進捗", True)


def test_zero_children_unit_inferred(strategy):
    # 002 line 525 and 003 line 381 print only `待機児童なし`: 0, unit inferred from the name (…児童数 → 人)
    row = _one(strategy, "保育施設待機児童数")
    assert (row.baseline_value, row.actual_FY2023, row.final_target_value) == (0, 0, 0)
    assert (row.unit, row.unit_inferred, row.direction) == ("人", True, "maintain")
    assert (row.achievement_rate, row.achievement_basis, row.computed_status) == (1.0, "maintain", "on_track")


def test_action_plan_is_its_own_row(dataset):
    # 004 line 1311 `17名` → `77名`: the action plan restarts the count of 新規就農者数(累計);
    # 002 line 152 has 21 → 144.
    scorecard = pd.read_parquet(dataset.output / "kpi_scorecard.parquet")
    rows = scorecard[scorecard["kpi_name"] == "新規就農者数(累計)"].set_index("plan")
    assert rows.loc["action_plan", "baseline_value"] == 17 and rows.loc["action_plan", "final_target_value"] == 77
    assert rows.loc["strategy", "baseline_value"] == 21 and rows.loc["strategy", "actual_FY2023"] == 144


# --- the rules on small cases ---------------------------------------------------------------------------------


def test_achievement_rate_rules():
    assert achievement_rate(15, 10, 20, "increase") == (0.5, "baseline")
    assert achievement_rate(80, 100, 60, "decrease") == (0.5, "baseline")  # 以下/減少: same formula
    assert achievement_rate(0, 0, 0, "maintain") == (1.0, "maintain")
    assert achievement_rate(2, 0, 0, "decrease") == (0.0, "maintain")
    assert achievement_rate(30, None, 40, "increase") == (0.75, "target")
    assert achievement_rate(50, None, 40, "decrease") == (0.8, "target")
    assert achievement_rate(90, 100, 95, "increase") == (90 / 95, "target")  # target re-set below the baseline
    assert achievement_rate(None, 1, 2, "increase") == (None, None)


def test_direction_rules():
    assert direction(10, [5], "以上") == "increase"
    assert direction(10, [20, 30], None) == "increase"
    assert direction(10, [8], None) == "decrease"
    assert direction(10, [10], None) == "maintain"
    assert direction(10, [12, 9], None, latest_actual=7) == "increase"  # tie: final 9 above the actual 7
    assert direction(None, [], None) == "unknown"


def test_computed_status_rules():
    assert computed_status(10, 10, None, "increase", None) == "on_track"
    assert computed_status(9, 10, None, "increase", None) == "nearly_on_track"
    assert computed_status(8, 10, None, "increase", None) == "behind"
    assert computed_status(11, 10, None, "decrease", None) == "nearly_on_track"
    assert computed_status(None, 10, None, "increase", None) == "no_actual"
    assert computed_status(5, None, None, "increase", None) == "no_target"
    assert computed_status(5, None, 0.5, "increase", 0.5) == "on_track"  # half the time, half the way


def test_name_unit():
    assert name_unit("保育施設待機児童数") == "人"
    assert name_unit("製造品出荷額等") is None
