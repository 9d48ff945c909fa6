"""Two habits of the hand-made documents 241-245 (tests/layouts_forms.py) read by general rules.

- A scan's OCR text layer writes a letter for a digit it misread (`1,2O0人`, `3l2件`, layouts 244): the token is a
  damaged value in its column (typed a value, so it neither joins the name nor shifts the row's values), read
  without a figure and flagged `uncertain` (normalize.text `is_damaged`, ingest/text/token_types.py).
- A header piece printed under a band naming the kind (`重要業績評価指標（KPI）` merged over `… | 担当課`, layouts
  245) keeps its own column's role (ingest/table/header.py `header_role`).

Every text below is invented; each expectation was written by hand from it.
"""

from __future__ import annotations

from pathlib import Path

from ingest.table.header import DEPARTMENT, NAME, UNIT, VALUE, header_role
from normalize.text import is_damaged
from tests.layouts_score import read


def test_a_letter_among_the_digits_of_a_number_is_damage():
    assert is_damaged("1,2O0人") and is_damaged("3l2件") and is_damaged("４Ｏ．５％")
    assert not is_damaged("CO2排出量") and not is_damaged("R1") and not is_damaged("1on1面談の実施回数")
    assert not is_damaged("1,200人")


def test_a_column_under_a_kind_band_keeps_its_own_role():
    assert header_role("重要業績評価指標（KPI）\n担当課") == DEPARTMENT
    assert header_role("重要業績評価指標（KPI）\n単位") == UNIT
    assert header_role("重要業績評価指標（KPI）\n基準値\n（R1）") == VALUE
    assert header_role("重要業績評価指標（KPI）\n指標名") == NAME


def test_an_ocr_layer_damaged_value_is_flagged_and_keeps_the_row(tmp_path: Path):
    text = ("杉ノ森町 総合戦略 数値目標の検証（令和５年度）\n"
            "基本目標２ 新しいひとの流れをつくる\n"
            "指標名 基準値（R1） 実績値（R5） 目標値（R7） 担当課\n"
            "移住相談件数 96件 184件 200件 企画課\n"
            "転入者数 1,2O0人 1,264人 1,400人 住民課\n")
    path = tmp_path / "ocr.txt"
    path.write_text(text, encoding="utf-8")
    observations, indicators, _ = read(path)
    rows = {(o["kpi_name"], o["role"]): o for o in observations}
    assert {o["kpi_name"] for o in indicators} == {"移住相談件数", "転入者数"}
    damaged = rows[("転入者数", "baseline")]
    assert damaged["value"] in (None, "") and damaged["uncertain"] in (True, "True")
    assert str(rows[("転入者数", "actual")]["value"]).startswith("1264")
    assert indicators[-1]["department"] == "住民課"
