"""Habits of the national grant forms and of the tables beside them (layouts 196-201, tests/layouts_grants.py),
on invented lines: the PDFs themselves are scored by tests/test_layouts.py and their text layers by
tests/test_layout_layers.py."""

from __future__ import annotations

import pytest

from ingest.table.header import spread_years_over_roles
from ingest.text.token_types import T_TEXT, T_VALUE, T_YEAR, typed_tokens
from normalize.header import caption_role, parse_header


@pytest.mark.parametrize(("line", "role"), [
    ("■各年度の目標値", "目標値"),
    ("【実績値】", "実績値"),
    ("年度別の実績値", "実績値"),
    # a caption naming more than the role, a header with its year, a word that is no value's: no role caption
    ("■各年度の実績値の推移", None),
    ("基準値（R1）", None),
    ("【目標】", None),
    ("目標値の設定について", None),
])
def test_caption_role(line: str, role: str | None):
    assert caption_role(line) == role


def test_year_merged_over_role_pairs_heads_both():
    """`R3年度` over `目標値 | 実績値` printed over the first sub-column only: the actuals take the year too."""
    headers = ["重要業績評価指標", "単位", "事業開始前\n（R2）", "R3年度\n目標値", "実績値", "R4年度\n目標値", "実績値"]
    spread = spread_years_over_roles(headers)
    assert spread[:4] == headers[:4]
    assert [parse_header(h) for h in spread[3:]] == [("target", "FY2021"), ("actual", "FY2021"),
                                                     ("target", "FY2022"), ("actual", "FY2022")]


def test_lone_role_word_beside_one_dated_column_stays():
    """One dated column and a role word alone after it: no repeated pattern, the word's column stays undated."""
    headers = ["指標名", "R5年度\n目標値", "実績値"]
    assert spread_years_over_roles(headers) == headers


def _typed(line: str) -> list[tuple[str, str]]:
    return [(t.kind, t.text) for t in typed_tokens(line)]


def test_fiscal_year_printed_apart_before_a_value():
    """`平成 30 年度 24 人` and `2019 年度 1,240 件` (a Word table's year cell before its value cell, -raw)."""
    assert _typed("移住者数 平成 30 年度 24 人 令和７年度 40 人 総務課") == [
        (T_TEXT, "移住者数"), (T_YEAR, "平成30年度"), (T_VALUE, "24人"), (T_YEAR, "令和７年度"), (T_VALUE, "40人"),
        (T_TEXT, "総務課")]
    assert _typed("寄附件数 2019 年度 1,240 件 2025 年度 2,000 件")[1:] == [
        (T_YEAR, "2019年度"), (T_VALUE, "1,240件"), (T_YEAR, "2025年度"), (T_VALUE, "2,000件")]


def test_calendar_year_before_a_month_is_no_year_alone():
    """`令和 5 年 3 月`: a date whose year the month follows stays apart (the year alone would cut it)."""
    assert (T_YEAR, "令和5年") not in _typed("令和 5 年 3 月 12 件")
