"""Names that hold other cells' text make their row's values uncertain (`name_misread`, records.build): a reader
that cut the columns wrong leaves no sign in the values themselves, only in the name."""

from __future__ import annotations

import pytest

from records.build import _joined_name, _value_name
from tests.text_records import read_records


@pytest.mark.parametrize("name", ["健康増進課 転入者数", "農林振興課　婚活イベントでのカップル成立数"])
def test_a_department_set_apart_before_the_name_is_another_cells_text(name: str):
    # a department column's cell read into the name (its header `主管課 ＫＰＩ` read as one cell, or a column off)
    assert _joined_name(name)


@pytest.mark.parametrize("name", ["転入者数", "健康増進課の相談件数", "市民課窓口の満足度", "65 歳以上人口の割合"])
def test_a_name_without_a_department_set_apart_is_no_joined_name(name: str):
    assert not _joined_name(name)


@pytest.mark.parametrize("name", ["63.9", "16　2015(H27)年度", "67.6 2015(H27)年度", "ー"])
def test_a_figure_alone_or_a_placeholder_where_the_name_should_be_is_a_value_cell(name: str):
    # the value cells of a row read as the name column's (pdftotext's layout, values printed with their years)
    assert _value_name(name)


@pytest.mark.parametrize("name", ["転入者数", "65 歳以上人口の割合", "15歳未満人口", "2030年の人口"])
def test_a_name_opening_with_a_figure_is_still_a_name(name: str):
    assert not _value_name(name)


@pytest.mark.parametrize("name", ["がん検診の受診者数 人", "見守り協力事業所数 事業所", "特定健康診査の受診率 %",
                                  "観光入込客数 千人"])
def test_a_unit_alone_after_the_name_is_a_unit_cells_text(name: str):
    # a 単位 column whose header the text lost (a turned header printed off the header line): its cell in the name
    assert _joined_name(name)


@pytest.mark.parametrize("name", ["市民 1 人当たりの公園面積", "65 歳以上人口の割合", "観光入込客数（千人）",
                                  "外国人観光客数"])
def test_a_unit_word_inside_or_bracketed_in_the_name_is_still_a_name(name: str):
    assert not _joined_name(name)


def test_a_row_without_the_unit_cell_its_neighbours_print_is_flagged_unit_lost():
    # a turned 単位 header printed after the rows: the units read into the names; the layer dropped one row's `%`
    # (pypdfium2), so its bare values' unit is unknown: flagged, not read as unitless figures
    text = ("指標名 基準値（R1） 実績値（R5） 目標値（R7） 担当課\n"
            "特定健康診査の受診率 36.5 44.8 45.0 健康推進課\n"
            "がん検診の受診者数 人 2,140 2,610 2,500 健康推進課\n"
            "介護予防教室の参加者数 人 620 410 900 福祉課\n"
            "避難訓練の参加者数 人 1,850 640 2,000 総務課 単位\n")
    observations, _, _ = read_records(text, "layer.pdfium.txt")
    rate = [o for o in observations if o["kpi_name"] == "特定健康診査の受診率"]
    assert len(rate) == 3 and all(o["uncertain"] and o["uncertain_reason"] == "unit_lost" for o in rate)


def test_rows_that_all_print_their_unit_in_the_name_lose_no_unit():
    text = ("指標名 基準値（R1） 実績値（R5） 目標値（R7） 担当課\n"
            "特定健康診査の受診率 36.5% 44.8% 45.0% 健康推進課\n"
            "がん検診の受診者数 2,140人 2,610人 2,500人 健康推進課\n")
    observations, _, _ = read_records(text, "layer.pdfium.txt")
    assert observations and not any(o["uncertain_reason"] == "unit_lost" for o in observations)
