"""A body row printing only bracketed years right under a header repeated on the next page is no header line.

The header names its periods (`現状値（令和５年度）`); a line of other years under it (`（令和３年）`, the values' own
years of a row broken over the page, or a row printing only years) dates values of the body. Before, it was taken into
the repeated header band: the years vanished without reject or warning (and renamed the columns). Every document
here is invented; each expectation was worked out by hand from its text.
"""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.model import Extraction
from ingest.registry import extract
from ingest.table.grid import Grid, GridCell
from ingest.table.interpret import Interpreter

HEADER = ["指標名", "現状値（令和５年度）", "目標値（令和11年度）", "担当課"]


def _page(page: int, rows: list[list[str]]) -> Grid:
    return Grid(page, (0, 0, 1, 1), len(rows), len(rows[0]), "test-ruled",
                [GridCell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)])


def _cells(extraction: Extraction) -> dict[str, list[tuple[str, str]]]:
    return {row.name: [(c.header, c.text) for c in row.cells] for row in extraction.rows}


def test_pdf_grid_years_under_a_repeated_header_join_the_broken_row():
    # page 5 repeats the header; the year line under it is the end of page 4's last row
    page1 = _page(4, [HEADER, ["製造業の従業者数", "28,002人", "30,000人", "商工課"]])
    page2 = _page(5, [HEADER, ["", "（令和３年）", "（令和９年）", ""], ["観光客数", "100人", "200人", "観光課"]])
    extraction = Extraction("hand.pdf", "unknown")
    interpreter = Interpreter(extraction)
    interpreter.grid(page1)
    interpreter.grid(page2)
    interpreter.finish()
    assert _cells(extraction) == {
        "製造業の従業者数": [(HEADER[1], "28,002人\n（令和３年）"), (HEADER[2], "30,000人\n（令和９年）")],
        "観光客数": [(HEADER[1], "100人"), (HEADER[2], "200人")],  # the header stays as printed
    }
    assert extraction.rejects == []


def test_years_of_a_broken_row_the_reader_placed_by_a_guess_flag_the_values_they_date():
    # the same break, but the reader of page 5 joined or cut its first row by a guess (`Grid.uncertain_rows`):
    # which value each year dates is that guess, so the two values dated are flagged; page 5's own row is not
    page1 = _page(4, [HEADER, ["製造業の従業者数", "28,002人", "30,000人", "商工課"]])
    page2 = _page(5, [HEADER, ["", "（令和３年）", "（令和９年）", ""], ["観光客数", "100人", "200人", "観光課"]])
    page2.uncertain_rows = {1}
    extraction = Extraction("hand.pdf", "unknown")
    interpreter = Interpreter(extraction)
    interpreter.grid(page1)
    interpreter.grid(page2)
    interpreter.finish()
    assert {row.name: [(c.text, c.uncertain) for c in row.cells] for row in extraction.rows} == {
        "製造業の従業者数": [("28,002人\n（令和３年）", True), ("30,000人\n（令和９年）", True)],
        "観光客数": [("100人", False), ("200人", False)],
    }


def test_pdf_grid_years_row_without_a_row_to_join_is_rejected_with_its_page():
    grid = _page(3, [HEADER, ["", "（令和３年）", "（令和９年）", ""], ["観光客数", "100人", "200人", "観光課"]])
    extraction = Extraction("hand.pdf", "unknown")
    interpreter = Interpreter(extraction)
    interpreter.grid(grid)
    interpreter.finish()
    assert _cells(extraction) == {"観光客数": [(HEADER[1], "100人"), (HEADER[2], "200人")]}
    assert [(r.ref.page, r.raw) for r in extraction.rejects] == [(3, "| （令和３年） | （令和９年） |")]


def test_a_period_line_under_a_header_without_years_stays_in_the_header():
    # `現状値` / `（令和５年度）`: the second header line gives the column its period
    grid = _page(2, [["指標名", "現状値", "目標値", "担当課"], ["", "（令和５年度）", "（令和11年度）", ""],
                     ["観光客数", "100人", "200人", "観光課"]])
    extraction = Extraction("hand.pdf", "unknown")
    interpreter = Interpreter(extraction)
    interpreter.grid(grid)
    interpreter.finish()
    assert _cells(extraction) == {
        "観光客数": [("現状値\n（令和５年度）", "100人"), ("目標値\n（令和11年度）", "200人")]}
    assert extraction.rejects == []


def test_a_line_restating_the_header_year_in_western_years_stays_in_the_header():
    grid = _page(2, [HEADER, ["", "（2023年度）", "（2029年度）", ""], ["観光客数", "100人", "200人", "観光課"]])
    extraction = Extraction("hand.pdf", "unknown")
    interpreter = Interpreter(extraction)
    interpreter.grid(grid)
    interpreter.finish()
    assert [c.header for c in extraction.rows[0].cells] == [f"{HEADER[1]}\n（2023年度）", f"{HEADER[2]}\n（2029年度）"]
    assert extraction.rejects == []


def _extract(tmp_path: Path, name: str, text: str) -> Extraction:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(load(path))


def test_tab_text_years_under_a_repeated_header_are_rejected_with_their_line(tmp_path):
    header = "\t".join(HEADER)
    text = "\n".join([header, "製造業の従業者数\t28,002人\t30,000人\t商工課", header, "\t（令和３年）\t（令和９年）\t",
                      "観光客数\t100人\t200人\t観光課"]) + "\n"
    extraction = _extract(tmp_path, "tab.txt", text)
    assert _cells(extraction)["観光客数"] == [(HEADER[1], "100人"), (HEADER[2], "200人")]
    assert [(r.ref.line, r.raw) for r in extraction.rejects] == [(4, "（令和３年） | （令和９年）")]


def _line(*cells: tuple[int, str]) -> str:
    line = ""
    for column, text in cells:
        line = line.ljust(column) + text
    return line


def test_layout_text_years_under_a_repeated_header_are_rejected_with_their_line(tmp_path):
    columns = [0, 24, 46, 68]

    def row(*texts: str) -> str:
        return _line(*zip(columns, texts, strict=True))

    header = row(*HEADER)
    lines = ["重要業績評価指標（KPI）", "", header, "", row("製造業の従業者数", "28,002人", "30,000人", "商工課"),
             row("観光客数", "100人", "200人", "観光課"), "\f" + header, "",
             _line((24, "（令和３年）"), (46, "（令和９年）")), "", row("移住者数", "10人", "20人", "企画課")]
    extraction = _extract(tmp_path, "layout.txt", "\n".join(lines) + "\n")
    assert _cells(extraction)["移住者数"] == [(HEADER[1], "10人"), (HEADER[2], "20人")]
    # line numbers as an editor counts them: the form feed opening line 7 breaks no line, the years are on line 9
    assert [(r.ref.line, r.raw) for r in extraction.rejects] == [(9, "（令和３年） | （令和９年）")]


def test_a_years_line_under_a_repeated_header_shares_no_department_merged_below_it(tmp_path):
    # the department column after the values merged over the page's three rows, printed once on the middle one;
    # the years line over them is the rest of a row of the page before, not a row the merged cell spans: the
    # three rows are the cell's group (before, the years line made the label look off its group's centre and the
    # rows above and below 企画課 were read without a department)
    columns = [0, 24, 46, 68]

    def row(*texts: str) -> str:
        return _line(*((c, t) for c, t in zip(columns, texts, strict=True) if t))

    header = row(*HEADER)
    lines = ["重要業績評価指標（KPI）", "", header, "", row("製造業の従業者数", "28,002人", "30,000人", "商工課"),
             row("観光客数", "100人", "200人", "観光課"), "\f" + header, "",
             _line((24, "（令和３年）"), (46, "（令和９年）")), "", row("移住者数", "10人", "20人", ""),
             row("転入者数", "1,200人", "1,500人", "企画課"), row("定住者数", "300人", "350人", "")]
    extraction = _extract(tmp_path, "layout.txt", "\n".join(lines) + "\n")
    assert [(row.name, row.department, any(c.uncertain for c in row.cells)) for row in extraction.rows] == [
        ("製造業の従業者数", "商工課", False), ("観光客数", "観光課", False), ("移住者数", "企画課", False),
        ("転入者数", "企画課", False), ("定住者数", "企画課", False)]
    assert [(r.ref.line, r.raw) for r in extraction.rejects] == [(9, "（令和３年） | （令和９年）")]
