"""ingest/table/rows: a row broken by a page break whose value cells' last line (`（令和３年）`, the value's own year)
went to the next page is continued, the year joined to its value (004 printed by LibreOffice: `28,002人` at the foot
of page 4, `（令和３年）` at the top of page 5)."""

from __future__ import annotations

from ingest.table.rows import _period_line


def test_a_bracketed_period_alone_is_a_carried_value_line():
    assert _period_line("（令和３年）")
    assert _period_line("(2021年度)")


def test_a_value_or_a_bare_period_is_not():
    assert not _period_line("28,002人")
    assert not _period_line("令和３年")
    assert not _period_line("（人口10万人当たり）")
