"""A table seen but not read is a warning; a block that only repeats indicators read elsewhere is reported as a
repeat (ingest/unread.py). Small invented documents in the one-box-per-cell text pdfminer writes: a summary block
whose cells fit no row/column order (one value missing), then the goal's table that is read (values printed column
by column: 転入者数 1,200人 → 1,500人, 婚姻件数 132件 → 150件)."""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.unread import REPEAT_WORDS

TABLE = ["基本目標１　人が集うまち", "指標名", "転入者数", "婚姻件数", "基準値（2019年度）", "目標値（2024年度）",
         "1,200人", "132件", "1,500人", "150件"]
PROSE = "本町の人口は減少が続いています。"


def _boxed(cells: list[str]) -> str:
    return "".join(f"{cell}\n\n" for cell in cells)


def _warnings(tmp_path: Path, summary: list[str]) -> list[str]:
    path = tmp_path / "plan.txt"
    path.write_text(_boxed(["みなと町 総合戦略", *summary, PROSE, *TABLE]), encoding="utf-8")
    extraction = extract(load(path))
    # the goal's table is read either way (lines 25 and 27 of the file)
    assert {(row.name, row.ref.line) for row in extraction.rows} == {("転入者数", 25), ("婚姻件数", 27)}
    return extraction.warnings


def test_a_block_repeating_indicators_read_elsewhere_is_a_repeat(tmp_path: Path):
    """Both names and the three values of the summary (lines 3-17) are read from the table below: nothing lost."""
    summary = ["指標名", "転入者数", "婚姻件数", "基準値", "目標値", "1,200人", "132件", "1,500人"]
    assert _warnings(tmp_path, summary) == [
        f"lines 3-17: {REPEAT_WORDS} (転入者数, 婚姻件数), not read again"]


def test_a_block_with_a_name_read_nowhere_stays_a_warning(tmp_path: Path):
    """健康寿命 is read nowhere: its 79.2歳 would be lost, so the block stays a table seen but not read."""
    summary = ["指標名", "転入者数", "健康寿命", "基準値", "目標値", "1,200人", "79.2歳", "1,500人"]
    [warning] = _warnings(tmp_path, summary)
    assert warning.startswith("lines 3-17: a table seen but not read") and "健康寿命" in warning
    assert REPEAT_WORDS not in warning


def test_a_block_with_the_same_names_but_other_values_stays_a_warning(tmp_path: Path):
    """The same two names with another year's figures (1,350人, 141件) read nowhere: values would be lost."""
    summary = ["指標名", "転入者数", "婚姻件数", "実績値", "目標値", "1,350人", "141件", "1,500人"]
    [warning] = _warnings(tmp_path, summary)
    assert warning.startswith("lines 3-17: a table seen but not read") and "1,350人" in warning


def test_the_console_shows_a_repeat_as_information_not_as_a_warning():
    """A repeat lost nothing: the summary row stays `ok` with no warning counted, and its line says `info:`; a real
    warning beside it still counts and turns the status to `warning`."""
    from io import StringIO

    from rich.console import Console

    from pipeline.console import print_outcome
    from pipeline.extract import DocumentReport

    repeat = f"lines 3-17: {REPEAT_WORDS} (転入者数, 婚姻件数), not read again"
    unread = "lines 30-41: a table seen but not read (健康寿命 79.2歳)"
    reports = [DocumentReport("repeat.txt", doc_type="strategy", warnings=[repeat]),
               DocumentReport("both.txt", doc_type="strategy", warnings=[repeat, unread])]
    out = StringIO()
    print_outcome(Console(file=out, width=200, color_system=None), reports)
    lines = out.getvalue().splitlines()
    # the row's last columns: warnings, seconds, status
    *_, warnings, _, status, _ = next(line for line in lines if "repeat.txt" in line and "│" in line).split("│")
    assert (warnings.strip(), status.strip()) == ("0", "ok")
    *_, warnings, _, status, _ = next(line for line in lines if "both.txt" in line and "│" in line).split("│")
    assert (warnings.strip(), status.strip()) == ("1", "warning")
    assert f"info: repeat.txt: {repeat}" in lines and f"info: both.txt: {repeat}" in lines
    assert f"warning: both.txt: {unread}" in lines
