"""The PDF front end's search for small tables typed among a page's lines (`frontend.typed_tables`, prose21) runs the
text readers only on lines that could head a value column: every readable table has one, and most pages' lines
outside their grids (headings, notes, page numbers) have none (issue 13: the search cost a seventh of the reading on
the bench's PDFs and found nothing there). Documents invented; expectations read off the lines by hand."""

from __future__ import annotations

import pytest

import ingest.pdf.frontend as frontend
from ingest.table.context import TextLine
from ingest.text.generic import find_tables, is_readable
from tests.test_text_table_in_prose import OWNED_TABLES, TWO_TABLES


def _lines(texts: list[str]) -> list[TextLine]:
    return [TextLine(text, 10.0 * k, 10.0 * k + 8) for k, text in enumerate(texts)]


HEADINGS = ["資料２", "重点施策 1-5 方針2:相談体制の整備、充実及び適正な援助", "成果指標",
            "重点施策 1-6 方針1:多種多彩な学習機会の充実", "成果指標", "- 3 -"]


def test_lines_naming_no_value_role_period_or_year_are_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    """Headings, a caption word and a page number: no role word (`目標`, `実績`, `基準`), no period, no year, so no
    cell of them can head values; the text readers are not run."""
    def searched(lines: list[str]) -> list:
        raise AssertionError(f"text readers run on {lines}")

    monkeypatch.setattr(frontend, "find_tables", searched)
    assert frontend.typed_tables(_lines(HEADINGS), 3) == []


@pytest.mark.parametrize("texts", [
    ["成果指標", "目", "標", "- 3 -"],  # a role word printed one glyph a line (upright)
    ["指標名　　現況値", "成果指標", "- 3 -"],
    ["指標名　　令和", "５年度", "- 3 -"],  # a period wrapped onto the next line
    ["指標名　　2020", "- 3 -"],  # a bare western year
])
def test_lines_that_could_head_values_are_searched(texts: list[str]) -> None:
    assert frontend._may_head_values(texts)


@pytest.mark.parametrize("text", [TWO_TABLES, OWNED_TABLES])
def test_typed_tables_found_as_without_the_test(text: str) -> None:
    """Lines holding typed tables are searched and give the tables the text readers find there, every one."""
    texts = text.splitlines()
    found = frontend.typed_tables(_lines(texts), 1)
    assert found
    assert [(t.first, t.last) for t in found] == [(t.first, t.last) for t in find_tables(texts)
                                                  if is_readable(t.grid)]
