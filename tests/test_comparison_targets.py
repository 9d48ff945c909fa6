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


def test_a_target_phrase_printed_apart_at_its_digits_is_one_cell():
    """pdftotext -raw / pypdfium2 print a space where Japanese meets a half-width digit (layouts 181): the phrase
    cells `前年度比 10%増` and `令和 11 年度に 50 万人` are one target cell each, `現状値を維持` a direction."""
    assert [(t.kind, t.text) for t in typed_tokens("町内の農業産出額 18.6 億円 前年度比 10%増")] == [
        (T_TEXT, "町内の農業産出額"), (T_VALUE, "18.6億円"), (T_STAND_IN, "前年度比10%増")]
    assert [(t.kind, t.text) for t in typed_tokens("観光入込客数 42 万人 令和 11 年度に 50 万人")] == [
        (T_TEXT, "観光入込客数"), (T_VALUE, "42万人"), (T_VALUE, "令和11年度に50万人")]
    assert [t.kind for t in typed_tokens("年間出生数 96 人 現状値を維持")] == [T_TEXT, T_VALUE, T_STAND_IN]
    # a year cell, then a value cell; a segment label and its value; two segments: not one phrase
    assert [t.text for t in typed_tokens("令和 5 年度 100 人")][-1] == "100人"
    assert [t.text for t in typed_tokens("男性 81.0 歳")] == ["男性", "81.0歳"]
    assert len(typed_tokens("女性 38.7% 女性 45.0%")) == 4
