"""Doubts the record step adds whichever reader read the row (records/build.py)."""

from __future__ import annotations

import pytest

from ingest.model import IndicatorRow, SourceRef, ValueCell
from records.build import indicator_record, observation_records


def _row(name: str) -> IndicatorRow:
    ref = SourceRef("invented.txt", line=3)
    return IndicatorRow(kind="KPI", name=name, goal=(), ref=ref,
                        cells=[ValueCell("基準値（R1）", "412", ref), ValueCell("目標値（R7）", "450", ref)])


@pytest.mark.parametrize("unit", ["千人", "百万円", "％", "人", "件"])
def test_a_row_named_by_a_unit_alone_is_read_with_doubt(unit: str):
    # a 単位 column taken for the names (an aligned reader that lost the name column): every value is in doubt
    row = _row(unit)
    assert indicator_record(row)["uncertain"]
    assert [record["uncertain"] for record in observation_records(row, [])] == [True, True]


def test_a_name_holding_a_unit_word_is_no_unit_alone():
    row = _row("観光入込客数（千人）")
    assert not indicator_record(row)["uncertain"]
    assert [record["uncertain"] for record in observation_records(row, [])] == [False, False]


@pytest.mark.parametrize("name", ["6 人 +2", "皆増", "2 件 皆増", "3 子育て支援に満足している保護者の割合 ５５．８"])
def test_a_name_printing_value_cells_is_read_with_doubt(name: str):
    # layouts 174 pdfminer: value cells boxed where a name should be; the row's values may be another row's
    assert [r["uncertain_reason"] for r in observation_records(_row(name), [])] == ["name_misread", "name_misread"]


@pytest.mark.parametrize("name", ["65歳以上の高齢者の割合", "1人1日当たりのごみ排出量", "3 歳児健診の受診率",
                                  "2030年度までの累計件数", "平成27年度から令和2年度までの累計件数"])
def test_a_name_opening_with_a_number_is_a_name(name: str):
    assert [r["uncertain"] for r in observation_records(_row(name), [])] == [False, False]


def test_a_name_holding_figures_with_their_years_is_read_with_doubt():
    # a row's line read into the name column (a reader that took it for a name alone): its figures and years
    name = "3 空き家バンクの成約件数 ー 10　2021年度（R3） 維持　2030年度（R12）"
    assert [r["uncertain_reason"] for r in observation_records(_row(name), [])] == ["name_misread", "name_misread"]


def test_a_segment_label_in_one_value_cell_of_a_row_puts_its_values_in_doubt():
    # `女` read into the first value cell (`女 124`), the next cells bare: the row's own label a column off
    ref = SourceRef("invented.txt", line=3)
    row = IndicatorRow(kind="KPI", name="移住相談件数", goal=(), ref=ref,
                       cells=[ValueCell("当初値", "女 124 2020年度（R2）", ref),
                              ValueCell("最終目標", "120 2030年度", ref)])
    assert [r["uncertain_reason"] for r in observation_records(row, [])] == ["text_placed", "text_placed"]
    both = IndicatorRow(kind="KPI", name="移住相談件数", goal=(), ref=ref,
                        cells=[ValueCell("当初値", "女 124", ref), ValueCell("最終目標", "女 120", ref)])
    assert [r["uncertain"] for r in observation_records(both, [])] == [False, False]


def test_a_unit_cell_printing_no_unit_leaves_the_bare_numbers_in_doubt():
    # layouts 176 -layout: the row labels `実績` / `達成率` gathered into the unit column with the unit
    ref = SourceRef("invented.txt", line=3)
    row = IndicatorRow(kind="KPI", name="県内総生産", goal=(), ref=ref,
                       cells=[ValueCell("目標値（R7）", "50,000", ref, unit="実績\n億円\n達成率")])
    assert [(r["value"], r["unit"], r["uncertain_reason"]) for r in observation_records(row, [])] == \
        [(50000.0, None, "unit_column_text")]



@pytest.mark.parametrize("unit", ["%\n- 39", "人\nP.27 -"])
def test_a_unit_cell_holding_a_page_number_leaves_the_bare_numbers_in_doubt(unit: str):
    # a page's number (`- 39 -`, `P.27`) under the last row of a page taken into its cells: `%` and `- 39` make no
    # unit, and no letter says so
    ref = SourceRef("invented.txt", line=3)
    row = IndicatorRow(kind="KPI", name="健康診査の受診率", goal=(), ref=ref,
                       cells=[ValueCell("目標値（R7）", "58.9", ref, unit=unit)])
    assert [(r["value"], r["unit"], r["uncertain_reason"]) for r in observation_records(row, [])] == \
        [(58.9, None, "unit_column_text")]


@pytest.mark.parametrize("unit", ["", "－", "―"])
def test_a_unit_cell_printing_a_dash_or_nothing_leaves_the_numbers_as_they_are(unit: str):
    ref = SourceRef("invented.txt", line=3)
    row = IndicatorRow(kind="KPI", name="健康診査の受診率", goal=(), ref=ref,
                       cells=[ValueCell("目標値（R7）", "58.9", ref, unit=unit)])
    assert [(r["value"], r["unit"], r["uncertain"]) for r in observation_records(row, [])] == [(58.9, None, False)]


def test_a_cell_printing_a_year_alone_is_rejected():
    # layouts 173 -raw: the header's year line `（R2） （R3～R5） （R7）` read as a row
    ref = SourceRef("invented.txt", line=3)
    row = IndicatorRow(kind="KPI", name="美笹村第2期総合戦略", goal=(), ref=ref,
                       cells=[ValueCell("基準値", "（R2）", ref), ValueCell("実績値", "（R3～R5）", ref)])
    rejects: list = []
    assert observation_records(row, rejects) == []
    assert [r.reason for r in rejects] == ["a year printed with no value"] * 2


@pytest.mark.parametrize("name", ["放課後児童クラブの利用を希望して", "地域の行事に参加したことがある",
                                  "市内の宿泊施設における延べ", "特定健康診査・特定保健指導の"])
def test_a_name_ending_as_no_name_does_is_read_with_doubt(name: str):
    # a wrapped name whose rest a reader put elsewhere (another column's line, the row's year line): the name is
    # cut, and which row the rest is of the text does not show (plumber habits20 seeds 2198, 2237, 2251, 2891)
    row = _row(name)
    assert indicator_record(row)["uncertain"]
    assert [r["uncertain_reason"] for r in observation_records(row, [])] == ["name_cut", "name_cut"]


@pytest.mark.parametrize("name", ["放課後児童クラブの利用を希望して利用できなかった児童数（人）", "延べ宿泊者数",
                                  "子育て支援に満足している保護者の割合", "特定健康診査・特定保健指導の実施率"])
def test_a_name_read_whole_is_no_cut_name(name: str):
    assert [r["uncertain"] for r in observation_records(_row(name), [])] == [False, False]


@pytest.mark.parametrize("text", ["千人2018年度（H30）", "千人", "約49.9※ 約59.0"])
def test_a_cell_of_two_columns_run_together_puts_the_row_in_doubt(text: str):
    # `千人` is the unit column's cell, its multiplier no figure (plumber habits20, `単 位` over the units); a value's
    # note mark then the next cell's value after a space (plumber habits20 seed 2164): the row's cells slipped
    ref = SourceRef("invented.txt", line=3)
    row = IndicatorRow(kind="KPI", name="観光入込客数", goal=(), ref=ref,
                       cells=[ValueCell("基準値", text, ref), ValueCell("目標値", "972", ref)])
    assert {r["uncertain_reason"] for r in observation_records(row, [])} == {"cells_run_together"}


@pytest.mark.parametrize("text", ["約49.9※", "49.9※1", "1,260 人", "2,000 ～ 3,000", "45.9 (2020)"])
def test_a_value_with_its_note_unit_or_year_is_one_cell(text: str):
    ref = SourceRef("invented.txt", line=3)
    row = IndicatorRow(kind="KPI", name="観光入込客数", goal=(), ref=ref, cells=[ValueCell("基準値", text, ref)])
    assert {r["uncertain"] for r in observation_records(row, [])} == {False}
