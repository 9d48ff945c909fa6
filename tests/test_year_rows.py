"""Year-major tables in text layers (ingest/text/year_rows.py).

Every document below is invented; each expectation was written by hand from the text.
"""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.text.year_rows import read_tables

#: Two indicators over `目標` / `実績`, the corner word alone between the names and the role words (pdfplumber
#: `extract_text` of a PDF whose header cells are centred over their sub-columns).
SINGLE_SPACED = """北浜町 総合戦略 成果指標の推移
基本目標２ 安心して子育てできるまち
出生数 保育所待機児童数
年度
目標 実績 目標 実績
平成30年度 120人 111人 0人 4人
令和元年度 125人 118人 0人 2人
令和２年度 130人 － 0人 －
※令和２年度の実績は集計中です。
"""

#: The same table as `pdftotext -layout` prints it, the corner word before the names.
ALIGNED = """北浜町 総合戦略 成果指標の推移
基本目標２ 安心して子育てできるまち
    年度          出生数              保育所待機児童数
             目標      実績      目標     実績
平成30年度       120人    111人      0人      4人
令和元年度       125人    118人      0人      2人
令和２年度       130人      －       0人      －
"""


def test_names_over_role_sub_columns_and_one_row_a_year():
    for text in (SINGLE_SPACED, ALIGNED):
        (table,) = read_tables(text.splitlines())
        assert (table.first, table.last) == (2, 7) if text is SINGLE_SPACED else (2, 6)
        matrix = table.grid.matrix()
        assert matrix[0] == ["年度", "出生数", "出生数", "保育所待機児童数", "保育所待機児童数"]
        assert matrix[1] == ["", "目標", "実績", "目標", "実績"]
        assert matrix[4] == ["令和２年度", "130人", "－", "0人", "－"]


def test_a_caption_above_the_names_stays_out_of_the_table():
    lines = SINGLE_SPACED.splitlines()
    del lines[3]  # no corner word
    # a caption alone above the names is not the corner; `数値目標の推移` names no kind since header17 (a value
    # band's words, `header.value_band`: the title's kind applies)
    lines[1] = "数値目標の推移"
    (table,) = read_tables(lines)
    assert table.first == 2
    assert table.grid.matrix()[0] == ["", "出生数", "出生数", "保育所待機児童数", "保育所待機児童数"]


def test_rows_whose_count_does_not_divide_among_the_names_make_no_table():
    # three role words under two names: which name stands over which sub-column cannot be told
    text = "出生数 保育所待機児童数\n目標 実績 目標\n平成30年度 120人 111人 0人\n令和元年度 125人 118人 0人\n"
    assert read_tables(text.splitlines()) == []
    # a single year row is a statement, not a series
    assert read_tables(SINGLE_SPACED.splitlines()[:6]) == []


def test_the_pipeline_reads_each_indicator_by_year_and_role(tmp_path: Path):
    path = tmp_path / "kitahama.txt"
    path.write_text(SINGLE_SPACED, encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(r.name, r.goal) for r in rows] == [("出生数", ("基本目標２ 安心して子育てできるまち",)),
                                               ("保育所待機児童数", ("基本目標２ 安心して子育てできるまち",))]
    years = ("平成30年度", "令和元年度", "令和２年度")
    headers = [f"{role} {year}" for role in ("目標", "実績") for year in years]
    assert [[(c.header, c.text) for c in row.cells] for row in rows] == [
        list(zip(headers, ["120人", "125人", "130人", "111人", "118人", "－"], strict=True)),
        list(zip(headers, ["0人", "0人", "0人", "4人", "2人", "－"], strict=True))]
    assert not any(c.uncertain for row in rows for c in row.cells)  # every count fits: nothing guessed


def test_a_year_major_grid_cornered_by_a_kind_header_word_reads_turned():
    """The corner cell of a year-major table may be `区分` (layouts 251): over the indicator names (`移住者数（人）`),
    no kind word nor segment label, it heads the names; a `区分` column of kinds stays a kind column."""
    from ingest.table.grid import Grid, GridCell
    from ingest.table.header import NAME, sideways_layout

    def grid(rows: list[tuple[str, ...]]) -> Grid:
        cells = [GridCell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)]
        return Grid(1, (0.0, 0.0, 1.0, 1.0), len(rows), len(rows[0]), "test", cells)

    years = [("基準値（H30）", "14", "38"), ("R2実績", "11", "52"), ("目標（R7）", "25", "90")]
    turned = sideways_layout(grid([("区分", "移住者数（人）", "移住相談件数（件）"), *years]))
    assert turned is not None and turned[1].columns[0].role == NAME
    assert sideways_layout(grid([("区分", "数値目標", "KPI"), *years])) is None
