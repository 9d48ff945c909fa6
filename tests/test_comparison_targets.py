"""A target printed as a comparison with a reference (`現状以上`, `前年度以上`) is typed a stand-in for a value
(ingest/text/token_types.py), so a row printing one still fills its value columns.

Every line below is invented; each expectation was written by hand from the text.
"""

from __future__ import annotations

from ingest.text.raw_rows import read_tables
from ingest.text.token_types import T_STAND_IN, T_TEXT, T_VALUE, typed_tokens


def test_a_comparison_with_a_reference_stands_in_for_a_target():
    assert [(t.kind, t.text) for t in typed_tokens("自主防災組織の数 38団体 現状以上")] == [
        (T_TEXT, "自主防災組織の数"), (T_VALUE, "38団体"), (T_STAND_IN, "現状以上")]
    assert [t.kind for t in typed_tokens("公園の利用者数 1.2万人 前年度以上")] == [T_TEXT, T_VALUE, T_STAND_IN]
    assert [t.kind for t in typed_tokens("現状の課題 以上のとおり")] == [T_TEXT, T_TEXT]  # words, no comparison


def test_a_row_with_a_comparison_target_goes_on_in_its_table():
    text = ["指標名 基準値（R1） 目標値（R7）", "公園の利用者数 1.2万人 前年度以上", "自主防災組織の数 38団体 45団体"]
    (table,) = read_tables(text)
    assert table.grid.matrix()[1:] == [["公園の利用者数", "1.2万人", "前年度以上"],
                                       ["自主防災組織の数", "38団体", "45団体"]]
