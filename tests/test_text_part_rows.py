"""Part and total rows under a merged name cell in text layers (hand-made layouts 89), on invented text: the name
prints once, so the part rows look like rows of their own. Spaced columns (`pdftotext -layout`) keep the `区分`
cell apart: the rows take the name printed at the centre of their group and read as flagged segments, `合計` as
the indicator's own value. Single-space text glues the name to a label or prints it on a line of its own: the
rows a total-word row sums are flagged, never given out as indicators of their own unflagged."""

from __future__ import annotations

from pathlib import Path
from unicodedata import east_asian_width

from ingest.document import load
from ingest.registry import extract

_TITLE = "試験市 総合戦略 効果検証シート\n\n基本目標１     試験の目標\n重要業績評価指標（KPI）\n\n"


def _rows(tmp_path: Path, text: str):
    path = tmp_path / "parts.txt"
    path.write_text(_TITLE + text, encoding="utf-8")
    return extract(load(path)).rows


def _spaced(*cells: str) -> str:
    """One `-layout` line: cells padded to columns 26 display cells wide (a wide letter is two)."""
    return "".join(cell + " " * (26 - sum(2 if east_asian_width(c) in "WF" else 1 for c in cell))
                   for cell in cells).rstrip() + "\n\n"


def test_spaced_part_rows_take_the_centred_name(tmp_path):
    rows = _rows(tmp_path, "".join([
        _spaced("指標名", "区分", "基準値（R1）", "目標値（R7）"),
        _spaced("", "一般", "10冊", "15冊"),
        _spaced("図書館の貸出冊数", "児童", "20冊", "25冊"),
        _spaced("", "合計", "30冊", "40冊"),
        _spaced("市民講座の受講者数", "", "40人", "45人")]))
    assert [row.name for row in rows] == ["図書館の貸出冊数", "市民講座の受講者数"]
    parts, alone = rows
    assert [(cell.segment, cell.text) for cell in parts.cells] == [
        ("一般", "10冊"), ("一般", "15冊"), ("児童", "20冊"), ("児童", "25冊"), (None, "30冊"), (None, "40冊")]
    assert all(cell.uncertain for cell in parts.cells if cell.segment)  # an unknown part label: flagged
    assert not any(cell.uncertain for cell in alone.cells)


def test_single_space_part_rows_under_their_name_take_the_kind_column(tmp_path):
    """The name on a line of its own, then rows printing one word and values, under a header with a 区分 column
    the rows leave empty: the words are the name's parts (the 区分 cells), as the aligned text of the same table
    reads them; the parts' total (`合計`) closes them, so the next one-word row is a name of its own."""
    rows = _rows(tmp_path, (
        "指標名 区分 基準値（R1） 目標値（R7）\n"
        "図書館の貸出冊数\n"
        "一般 10冊 15冊\n"
        "児童 20冊 25冊\n"
        "合計 30冊 40冊\n"
        "市民講座の受講者数 40人 45人\n"))
    assert [row.name for row in rows] == ["図書館の貸出冊数", "市民講座の受講者数"]
    parts, alone = rows
    assert [(cell.segment, cell.text) for cell in parts.cells] == [
        ("一般", "10冊"), ("一般", "15冊"), ("児童", "20冊"), ("児童", "25冊"), (None, "30冊"), (None, "40冊")]
    assert all(cell.uncertain for cell in parts.cells if cell.segment)  # an unknown part label: flagged
    assert not any(cell.uncertain for cell in alone.cells)


def test_parts_under_a_name_line_are_its_own_whatever_their_total(tmp_path):
    """The name printed alone over its part rows says which rows its parts are: the full row above it stays an
    indicator of its own (certain), the parts are flagged (labels the interpreter does not know), and the total
    is the value the document prints for the name even where the parts do not add up to it (10 + 20 ≠ 31)."""
    rows = _rows(tmp_path, (
        "指標名 区分 基準値（R1） 目標値（R7）\n"
        "市民講座の受講者数 40人 45人\n"
        "図書館の貸出冊数\n"
        "一般 10冊 15冊\n"
        "児童 20冊 25冊\n"
        "計 31冊 40冊\n"))
    assert [row.name for row in rows] == ["市民講座の受講者数", "図書館の貸出冊数"]
    alone, parts = rows
    assert not any(cell.uncertain for cell in alone.cells)
    assert [(cell.segment, cell.text, cell.uncertain) for cell in parts.cells] == [
        ("一般", "10冊", True), ("一般", "15冊", True), ("児童", "20冊", True), ("児童", "25冊", True),
        (None, "31冊", False), (None, "40冊", False)]


def test_single_space_parts_around_the_name_and_its_label_are_one_indicator(tmp_path):
    """pdfplumber prints the centred name and the middle part's label one space apart, the other labels alone: the
    space tells the name from the label, so the parts are read as segments of one indicator (flagged)."""
    rows = _rows(tmp_path, (
        "指標名 区分 基準値（R1） 目標値（R7）\n"
        "一般 10冊 15冊\n"
        "図書館の貸出冊数 児童 20冊 25冊\n"
        "合計 30冊 40冊\n"
        "市民講座の受講者数 40人 45人\n"))
    assert [row.name for row in rows] == ["図書館の貸出冊数", "市民講座の受講者数"]
    assert [(cell.segment, cell.text, cell.uncertain) for cell in rows[0].cells] == [
        ("一般", "10冊", True), ("一般", "15冊", True), ("児童", "20冊", True), ("児童", "25冊", True),
        (None, "30冊", True), (None, "40冊", True)]
    assert not any(cell.uncertain for cell in rows[1].cells)
