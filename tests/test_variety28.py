"""Habits of other municipalities' tables met by the hand-made documents 269-273 (tests/layouts_pages.py): a year's
actual and target printed as one `実績／目標` pair, a kind caption restating its abbreviation in brackets, an
appendix's `指標の説明` column, and a name header that says each name's bracket prints the baseline's year. The
documents below are invented; every expectation was written by hand from the text.
"""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.table.header import header_role, kind_of, name_header_dates
from normalize.header import paired_values, role_pair
from records import extraction_records


def _read(tmp_path: Path, text: str) -> tuple[list[dict], list[dict], list[dict]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return extraction_records(extract(load(path)))


def _values(observations: list[dict]) -> list[tuple]:
    return [(o["kpi_name"], o["role"], o["column_period"], o["period"], o["value"], o["unit"]) for o in observations]


def test_a_header_naming_two_roles_joined_by_a_slash_pairs_them():
    assert role_pair("令和５年度\n（実績／目標）") == ("actual", "target")
    assert role_pair("目標/実績（R5）") == ("target", "actual")
    assert role_pair("実績値（R5）") is None
    assert paired_values("令和５年度（実績／目標）", "151人／160人") == [("actual", "FY2023", "151人"),
                                                                   ("target", "FY2023", "160人")]
    assert paired_values("令和５年度（実績／目標）", "―") is None
    assert paired_values("実績値（R5）", "12/20校") is None  # a count's whole, no pair


def test_each_value_of_a_pair_cell_takes_its_role(tmp_path):
    observations, _, _ = _read(tmp_path, "基本目標１　しごとをつくる\n"
                                         "指標名\t基準値（R4）\tR5（実績／目標）\n移住者数\t21人\t27人／25人\n")
    assert _values(observations) == [("移住者数", "baseline", "FY2022", "FY2022", 21.0, "人"),
                                     ("移住者数", "actual", "FY2023", "FY2023", 27.0, "人"),
                                     ("移住者数", "target", "FY2023", "FY2023", 25.0, "人")]
    assert not any(o["note"] for o in observations)  # before: 27 人 `out of 25人`, the target lost


def test_a_caption_restating_its_kind_in_brackets_names_the_kind():
    assert kind_of("重要業績評価指標（KPI）の達成状況") == "KPI"  # before: None (the bracket counted as caption text)
    assert kind_of("重要業績評価指標（ＫＰＩ）") == "KPI"
    assert kind_of("重要業績評価指標（KPI）の推移") is None  # a band over the value columns, as before
    assert kind_of("数値目標（KPI）の達成状況") is None  # another kind's word in the bracket: no restatement
    assert kind_of("資料編　重要業績評価指標（KPI）の説明") == "KPI"  # the appendix label is no caption word


def test_an_indicator_description_column_is_a_note_not_the_name():
    assert header_role("指標の説明") == "note"  # before: name (`指標`)
    assert header_role("指標の定義") == "note"
    assert header_role("指標名") == "name"


def test_a_name_header_naming_the_baseline_year_column_dates_each_baseline(tmp_path):
    assert name_header_dates("指標名（基準年度）") == "baseline"
    assert header_role("指標名（基準年度）") == "name"  # before: value (`基準`)
    assert name_header_dates("指標名（単位）") is None
    observations, indicators, _ = _read(tmp_path, "基本目標３　子育ての希望をかなえる\n"
                                                  "指標名（基準年度）\t基準値\tR6\t目標値（R11）\n"
                                                  "年間出生数（R4）\t824人\t801人\t850人\n")
    assert [i["kpi_name"] for i in indicators] == ["年間出生数"]
    assert _values(observations) == [("年間出生数", "baseline", None, "FY2022", 824.0, "人"),
                                     ("年間出生数", "actual", "FY2024", "FY2024", 801.0, "人"),
                                     ("年間出生数", "target", "FY2029", "FY2029", 850.0, "人")]
