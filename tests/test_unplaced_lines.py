"""Nothing lost silently at a table's end: lines a text reader collected for a row that never came (a last name's
lines whose values the text does not print, names waiting when a heading ends the table) are kept in a row, a reject
or a warning naming the file's line, never dropped with the reader's buffer.

The texts are invented (no town publishes them); which lines wait and where they are printed is read by hand off each
text. Every check searches the whole extraction (rows' fields and cells, rejects, warnings) for the line's text."""

from __future__ import annotations

from pathlib import Path

import pytest

import tests.conservation as conservation
from ingest.document import LoadedDocument, load
from ingest.model import Extraction
from ingest.registry import extract
from ingest.table.grid import grid_from_rows
from ingest.text import raw_rows
from ingest.text.blocks import TextTable
from ingest.text.fragments import FragmentFrontEnd
from ingest.text.generic import find_tables


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "layer.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _read(tmp_path: Path, text: str) -> Extraction:
    return extract(load(_write(tmp_path, text)))


def _kept(extraction: Extraction) -> str:
    """Every text the extraction keeps, one string (rows' fields and cells, rejects, warnings)."""
    texts: list[str] = [*extraction.warnings, *(str(reject) for reject in extraction.rejects)]
    for row in extraction.rows:
        texts += [str(value) for value in vars(row).values() if value is not None]
        texts += [cell.text for cell in row.cells]
    return "".join(texts).replace(" ", "").replace("\n", "")


def _warned(extraction: Extraction, line: int, text: str) -> bool:
    return any(warning.startswith(f"line {line}:") and text in warning for warning in extraction.warnings)


#: invented (南山町): the last row's name printed on two lines of their own at the end of the text, its values never
#: printed (a layer that dropped them, a page cut): `-raw`'s single-space rows, read by `ingest.text.raw_rows`
NAME_WITHOUT_VALUES = """南山町 第２期総合戦略 KPI
指標名 基準値（R1） 目標値（R6） 担当課
合計特殊出生率 1.38 1.50 福祉課
転入者数 320人 400人 企画課
移住相談の
件数
"""


def test_a_last_name_without_values_is_warned_of_by_its_lines(tmp_path: Path):
    extraction = _read(tmp_path, NAME_WITHOUT_VALUES)
    assert [row.name for row in extraction.rows] == ["合計特殊出生率", "転入者数"]
    assert _warned(extraction, 5, "移住相談の") and _warned(extraction, 6, "件数")


#: invented (北川村): two lines of a name waiting for their values when a goal heading ends the table (a table without
#: goal columns: the heading opens the next table, whose header is printed again under it)
NAME_BEFORE_HEADING = """北川村 総合戦略 KPI
指標名 基準値（R2） 目標値（R7） 担当課
観光入込客数 12万人 15万人 商工観光課
空き店舗の
活用件数
基本目標２ 安心して暮らせるまち
指標名 基準値（R2） 目標値（R7） 担当課
特定健診受診率 35.2% 60.0% 保健課
"""


def test_names_waiting_when_a_heading_ends_the_table_are_warned_of(tmp_path: Path):
    extraction = _read(tmp_path, NAME_BEFORE_HEADING)
    assert [row.name for row in extraction.rows] == ["観光入込客数", "特定健診受診率"]
    assert _warned(extraction, 4, "空き店舗の") and _warned(extraction, 5, "活用件数")
    assert "基本目標２安心して暮らせるまち" in _kept(extraction)  # the heading stays the next table's goal


#: invented (the fragment-per-line shape, pdfminer-like: a line ending a cell carries a trailing space): a policy
#: table without a note column, a text cell `市民アンケート調べ` printed after the first row's values and its page
#: reference, before the next `重点施策` label (file line 28): it is no cell of either row
TEXT_BEFORE_NEXT_LABEL = "\n".join([
    "◼ 対応する施策の展開方針 ", "", "自然と共に暮らすまちづくり ", "",
    "施策の展開方針 成果指標 ", "現状値 ", "", "（令和６年度） ", "", "目標値 ", "", "（令和 12年度） ", "",
    "参照 ", "", "ページ ", "",
    "重点施策 6-3 ", "", "方針２：緑地の保", "全と創出 ", "",  # lines 18-21
    "市民緑地の", "指定", "面積 ", "12.4ｈａ 15.0ｈａ Ｐ.○ ", "",  # lines 23-26
    "市民アンケート調べ ", "",  # line 28
    "重点施策 6-4 ", "", "方針１：河川環", "境の保全 ", "",
    "水辺の清掃活動への参加者数 1,200人 1,500人 Ｐ.○ ", "",
])


def test_a_text_cell_before_the_next_policy_label_is_rejected_with_its_line(tmp_path: Path):
    document = load(_write(tmp_path, TEXT_BEFORE_NEXT_LABEL))
    extraction = FragmentFrontEnd().extract(document, None)
    assert [row.name for row in extraction.rows] == ["市民緑地の指定面積", "水辺の清掃活動への参加者数"]
    assert [(reject.ref.line, reject.raw, reject.reason) for reject in extraction.rejects] == [
        (28, "市民アンケート調べ", "text in no column")]


def test_conservation_counts_the_lines_no_row_took(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # the lines are the table's body for the text check: kept by their warnings, reported when a reading drops them
    path = _write(tmp_path, NAME_WITHOUT_VALUES)
    assert conservation.unaccounted(path, conservation.TEXT_KIND)[1] == []

    def unwarned(document: LoadedDocument) -> Extraction:
        extraction = extract(document)
        extraction.warnings = []
        return extraction

    monkeypatch.setattr(conservation, "extract", unwarned)
    missing = conservation.unaccounted(path, conservation.TEXT_KIND)[1]
    assert [(token.text, token.where, token.header) for token in missing] == [
        ("移住相談の", "line 5", "(no cell)"), ("件数", "line 6", "(no cell)")]


#: invented (北川村): two lines of a name, then a line of four values for a table of two value columns: the values
#: make no row of the waiting name (`_Reader.values_apart`), the single-space reader's rows end there
NAME_ABOVE_VALUES_OF_NO_ROW = """北川村 総合戦略 KPI
指標名 基準値（R2） 目標値（R7） 担当課
観光入込客数 12万人 15万人 商工観光課
空き店舗の
活用件数
2件 6件 8件 10件
"""


def test_names_above_values_making_no_row_are_recorded_by_the_single_space_reader():
    # another reader reads this text better, so the lines are checked where the single-space reader leaves them
    (table,) = raw_rows.read_tables(NAME_ABOVE_VALUES_OF_NO_ROW.splitlines())
    assert [cell.text for cell in table.grid.cells][4:] == ["観光入込客数", "12万人", "15万人", "商工観光課"]
    assert table.grid.unplaced == ((4, "空き店舗の"), (5, "活用件数"))


#: invented (東浜町): a list of four measures under the table's one row, more lines than a name has, before the next
#: section's heading: a block of text after the table, none of its rows' cells
MEASURES_AFTER_ROWS = """東浜町 総合戦略
KPI 現状値（R1） 目標値（R7）
移住相談件数 24件 60件
・移住相談窓口の開設
・空き家バンクの充実
・お試し住宅の整備
・移住体験ツアーの開催
施策２ 観光の振興
KPI 現状値（R1） 目標値（R7）
観光入込客数 12万人 15万人
"""


def test_a_list_longer_than_a_name_after_the_rows_is_no_lost_line():
    tables = raw_rows.read_tables(MEASURES_AFTER_ROWS.splitlines())
    assert [cell.text for cell in tables[0].grid.cells][3:] == ["移住相談件数", "24件", "60件"]
    assert all(table.grid.unplaced == () for table in tables)


#: invented (若草町; `-raw`-like single spaces): the grade legend printed right under the last row, then the page
#: number; the single-space reader takes the legend as a line waiting for its row
LEGEND_UNDER_ROWS = """若草町 第２期総合戦略 令和５年度 進捗状況
指標名 基準値（R1） 実績値（R5） 目標値（R7） 進捗
空き家バンクの成約件数 6件 11件 15件 ●
地域おこし協力隊の定着数 2人 3人 6人 ▲
【進捗】●：順調に推移している ▲：概ね順調 ■：遅れている
- 1 -
"""


def test_a_legend_under_the_rows_is_read_as_a_legend_not_told_as_a_lost_line(tmp_path: Path):
    extraction = _read(tmp_path, LEGEND_UNDER_ROWS)
    assert [row.name for row in extraction.rows] == ["空き家バンクの成約件数", "地域おこし協力隊の定着数"]
    assert [[cell.text for cell in row.cells] for row in extraction.rows] == [
        ["6件", "11件", "15件"], ["2人", "3人", "6人"]]
    assert not any("into no row" in warning for warning in extraction.warnings)
    assert not any(cell.uncertain for row in extraction.rows for cell in row.cells)


#: invented: a note printed between two rows (its mark on the first row's value), inside the table's lines
NOTE_AMONG_ROWS = ["指標名 基準値 目標値", "図書館の年間貸出冊数 41万冊 45万冊※", "※電子書籍の貸出を含む",
                   "市民農園の貸出件数 120件 130件"]


def test_a_note_among_the_rows_is_read_after_the_table_not_told():
    def reader(lines: list[str]) -> list[TextTable]:
        rows = [(1, lines[0].split()), (2, lines[1].split()), (4, lines[3].split())]
        return [TextTable(0, 3, grid_from_rows(rows, "test"))]

    (table,) = find_tables(NOTE_AMONG_ROWS, (reader,))
    assert table.grid.unplaced == ()
    assert table.after == (2,)


def test_a_text_line_among_the_rows_stays_told():
    # the same table with the note's line a name's rest instead: no note, a lost line
    lines = [*NOTE_AMONG_ROWS[:2], "電子書籍の貸出を含む", NOTE_AMONG_ROWS[3]]

    def reader(lines_: list[str]) -> list[TextTable]:
        rows = [(1, lines_[0].split()), (2, lines_[1].split()), (4, lines_[3].split())]
        return [TextTable(0, 3, grid_from_rows(rows, "test"))]

    (table,) = find_tables(lines, (reader,))
    assert table.grid.unplaced == ((3, "電子書籍の貸出を含む"),)
    assert table.after == ()
