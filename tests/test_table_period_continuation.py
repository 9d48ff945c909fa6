"""ingest/table/rows: a row broken by a page break whose value cells' last line (`（令和３年）`, the value's own year)
went to the next page is continued, the year joined to its value (004 printed by LibreOffice: `28,002人` at the foot
of page 4, `（令和３年）` at the top of page 5)."""

from __future__ import annotations

from ingest.model import Extraction
from ingest.table.grid import Grid, GridCell
from ingest.table.interpret import Interpreter
from ingest.table.rows import _period_line


def test_a_bracketed_period_alone_is_a_carried_value_line():
    assert _period_line("（令和３年）")
    assert _period_line("(2021年度)")


def test_a_value_or_a_bare_period_is_not():
    assert not _period_line("28,002人")
    assert not _period_line("令和３年")
    assert not _period_line("（人口10万人当たり）")


def _page(page: int, rows: list[list[str]]) -> Grid:
    return Grid(page, (0, 0, 1, 1), len(rows), len(rows[0]), "test-ruled",
                [GridCell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)])


def _read(*pages: Grid) -> Extraction:
    """The interpreter's reading of hand-made page grids, in page order."""
    extraction = Extraction("hand.pdf", "unknown")
    interpreter = Interpreter(extraction)
    for page in pages:
        interpreter.grid(page)
    interpreter.finish()
    return extraction


def test_a_carried_year_joins_its_value_and_a_year_without_its_value_is_rejected():
    # invented: the baseline's own year went to the next page (no header repeated) and joins it; the target cell
    # above was empty, so the year carried under it has no value to date — it is kept in the rejects with its page
    header = ["指標名", "現状値（令和５年度）", "目標値（令和11年度）", "担当課"]
    page1 = _page(4, [header, ["製造業の従業者数", "28,002人", "", "商工課"]])
    page2 = _page(5, [["", "（令和３年）", "（令和９年）", ""]])
    extraction = _read(page1, page2)
    (row,) = extraction.rows
    assert [(c.text, c.ref.page) for c in row.cells] == [("28,002人\n（令和３年）", 4), ("", 4)]
    assert [(r.ref.page, r.raw) for r in extraction.rejects] == [(5, "（令和９年）")]
    assert "does not print" in extraction.rejects[0].reason


def test_a_broken_row_keeps_the_related_project_printed_on_the_next_page():
    # invented: the related-project cell (`関連事業`, kept in the note as `header: text`) wrapped over the page break
    # with the name; its second part was dropped, though the note column's was kept
    header = ["指標名", "現状値（令和５年度）", "目標値（令和11年度）", "関連事業"]
    page1 = _page(4, [header, ["地域おこし協力隊の", "3人", "10人", "移住定住促進事業"]])
    page2 = _page(5, [["定着者数", "", "", "第２期空き家活用事業"]])
    extraction = _read(page1, page2)
    (row,) = extraction.rows
    assert row.name == "地域おこし協力隊の\n定着者数"
    assert row.note == "関連事業: 移住定住促進事業\n関連事業: 第２期空き家活用事業"
    assert extraction.rejects == []
