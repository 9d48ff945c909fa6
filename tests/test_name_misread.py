"""Names that hold other cells' text make their row's values uncertain (`name_misread`, records.build): a reader
that cut the columns wrong leaves no sign in the values themselves, only in the name."""

from __future__ import annotations

import pytest

from records.build import _joined_name, _value_name


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
