"""A value counted over a span of years (a `累計（R3～R5）` column beside the yearly actuals R3 R4 R5, layouts 173)
is another quantity than the year's own value: the analysts' series and scorecard keep it apart (method
`total P3Y`) instead of taking the three-year total for the last year's actual as a rival of it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.run import run

#: invented (若葉台町), tab-separated: yearly actuals and their total over the three years, values checked by hand
SHEET = "\n".join([
    "若葉台町 第２期総合戦略 KPI進捗管理表",
    "指標名\t基準値（R2）\t実績値（R3）\t実績値（R4）\t実績値（R5）\t累計（R3～R5）\t目標値（R7）\t担当課",
    "創業支援件数\t4件\t5件\t7件\t6件\t18件\t30件\t商工課",
    "観光ボランティアガイド登録者数\t20人\t22人\t25人\t27人\t74人\t35人\t観光課",
]) + "\n"


def test_a_total_over_years_is_its_own_series_not_the_last_years_actual(tmp_path: Path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "wakabadai.txt").write_text(SHEET, encoding="utf-8")
    run(source, tmp_path / "out", jobs=1, use_cache=False)
    observations = pd.read_parquet(tmp_path / "out" / "observations.parquet")
    assert sorted(observations.loc[observations["span"].notna(), "value"].tolist()) == [18, 74]
    series = pd.read_parquet(tmp_path / "out" / "kpi_series.parquet")
    names = dict(zip(observations["kpi_id"], observations["kpi_name"], strict=False))
    fy2023 = series[(series["role"] == "actual") & (series["period"] == "FY2023")]
    assert sorted((names[k], m, v) for k, m, v in zip(fy2023["kpi_id"], fy2023["method"], fy2023["value"],
                                                        strict=True)) == [
        ("創業支援件数", "", 6), ("創業支援件数", "total P3Y", 18),
        ("観光ボランティアガイド登録者数", "", 27), ("観光ボランティアガイド登録者数", "total P3Y", 74)]
    assert not fy2023["conflict"].any()
    scorecard = pd.read_parquet(tmp_path / "out" / "kpi_scorecard.parquet")
    latest = dict(zip(scorecard["kpi_name"], scorecard["latest_actual_value"], strict=True))
    assert latest == {"創業支援件数": 6, "観光ボランティアガイド登録者数": 27}
