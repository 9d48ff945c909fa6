"""Tables without traps (issue 12 part 2), on the real run of raw_docs/: unique non-null keys, integer columns
that stay integer in pandas, one name for the source-file column, numeric revisions, indicator-level unit,
direction and department. Expected values checked by hand against the raw_docs lines named beside them."""

from __future__ import annotations

import pandas as pd
import pyarrow.parquet as pq
import pytest

from schema.tables import TABLES, UNSEGMENTED

SERIES_KEY = ["plan", "kpi_id", "segment", "role", "period", "column_period", "method"]


@pytest.fixture(scope="module")
def read(dataset):
    return lambda name: pd.read_parquet(dataset.output / f"{name}.parquet")


def _kpi(read, name: str) -> str:
    catalog = read("kpi_catalog")
    return catalog[catalog["name_variants"].map(lambda v: name in list(v))]["kpi_id"].item()


def test_series_key_is_unique_and_never_null(read):
    series = read("kpi_series")
    assert series[SERIES_KEY].notna().all().all()
    assert not series.duplicated(SERIES_KEY).any()
    # the trap of issue 12: a pivot on (kpi_id, segment) kept 4 of 131 KPIs because segment was null
    assert series.pivot_table(index=["kpi_id", "segment"], values="value", aggfunc="count").shape[0] == \
        series.groupby(["kpi_id", "segment"]).ngroups
    assert series["kpi_id"].nunique() == read("kpi_catalog")["kpi_id"].nunique()


def test_methods_are_kept_apart(read):
    # 002 lines 796-803: 健康寿命 男性 77.67 (令和4年, ※変更前) and 79.4 (令和4年, ※変更後), one period CY2022
    series = read("kpi_series")
    rows = series[(series["kpi_id"] == _kpi(read, "健康寿命")) & (series["segment"] == "男性")
                  & (series["role"] == "actual") & (series["period"] == "CY2022")]
    assert sorted(zip(rows["method"], rows["value"], strict=True)) == [("変更前", 77.67), ("変更後", 79.4)]
    assert not rows["conflict"].any()  # two methods, not two readings of one quantity


def test_report_column_keeps_both_reports(read):
    # 002 line 11: 新規求人数 actual 令和4年度 1,486件 and 令和5年度 1,472件: two report columns
    series = read("kpi_series")
    rows = series[(series["kpi_id"] == _kpi(read, "新規求人数")) & (series["role"] == "actual")]
    assert dict(zip(rows["column_period"], rows["value"], strict=True)) == {"FY2022": 1486, "FY2023": 1472}


def test_a_restarted_count_is_another_plan(read):
    # 002 line 152 `21人 … 127人 144人`; 004 line 1311 `17名` (令和5年度 現状値 of the action plan)
    series = read("kpi_series")
    rows = series[(series["kpi_id"] == _kpi(read, "新規就農者数(累計)")) & (series["period"] == "FY2023")]
    assert sorted(zip(rows["plan"], rows["role"], rows["value"], strict=True)) == [
        ("action_plan", "baseline", 17), ("strategy", "actual", 144), ("strategy", "target", 61)]


def test_zero_children_get_an_inferred_unit(read):
    # 002 line 525: `待機児童なし` in every column, no unit printed anywhere for this indicator
    series = read("kpi_series")
    rows = series[series["kpi_id"] == _kpi(read, "保育施設待機児童数")]
    assert (rows["value"] == 0).all() and (rows["unit"] == "人").all() and rows["unit_inferred"].all()
    catalog = read("kpi_catalog").set_index("kpi_id").loc[_kpi(read, "保育施設待機児童数")]
    assert (catalog["unit"], catalog["unit_inferred"]) == ("人", True)


def test_catalog_has_unit_direction_department(read):
    # 002 line 11 `… 商工労働課`; targets 1,594/1,630件 above the baseline 1,563件
    row = read("kpi_catalog").set_index("kpi_id").loc[_kpi(read, "新規求人数")]
    assert (row["unit"], row["unit_inferred"], row["direction"], row["department"]) == ("件", False, "increase",
                                                                                          "商工労働課")
    # 001 line 13 / 002: 刑法犯認知件数 1,634件 → 1,318件
    assert read("kpi_catalog").set_index("kpi_id").loc[_kpi(read, "刑法犯認知件数"), "direction"] == "decrease"


def test_revisions_are_numeric_and_list_added_indicators(read):
    revisions = read("kpi_revisions")
    # 000 line 26 `1,602件` (目標値 令和6年度, original strategy) → 001 line 8 `1,630件` (令和9年度)
    target = revisions[(revisions["kpi_id"] == _kpi(read, "新規求人数")) & (revisions["change"] == "target")]
    assert target[["before_value", "before_period", "after_value", "after_period", "unit"]].values.tolist() == [
        [1602, "FY2024", 1630, "FY2027", "件"]]
    # 003 line 324: 年少人口 is new in the revised strategy (001 line 10: 合計特殊出生率 → 「年少人口」へ変更)
    added = revisions[revisions["change"] == "added"]
    assert _kpi(read, "年少人口") in set(added["kpi_id"])
    assert (added["source_file_after"] == "003_06b39d270299f45c.txt").all()
    assert revisions["segment"].notna().all() and (revisions["segment"] == UNSEGMENTED).any()


def test_integer_columns_are_integer_in_pandas(read):
    for name, columns in TABLES.items():
        frame = read(name)
        for column in columns:
            if str(column.type) == "int32":
                assert str(frame[column.name].dtype) == "Int32", (name, column.name)
    assert read("observations")["page"].isna().all()  # text documents: no page, still Int32


def test_one_name_for_the_source_file(dataset):
    old_names = {"documents", "sources", "from_document", "to_document"}
    for name in TABLES:
        columns = set(pq.read_schema(dataset.output / f"{name}.parquet").names)
        assert not columns & old_names, name
