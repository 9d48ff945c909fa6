"""Rows a table prints that no reader read are never lost silently (loss18): a line after (or between) the rows read
that prints a row's shape (a name, then as many numbers as the rows above) and whose numbers went nowhere is named
in a warning of the document (`ingest.unread.unread_row_lines`), and `python -m tests.conservation --rows` lists
the numbers of such lines that the reading keeps nowhere (`tests.conservation.stray_rows`). Invented `-raw` texts
(other municipalities' style); the lines expected are read by hand from the text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import ingest.unread as unread
import tests.conservation as conservation
from ingest.document import LoadedDocument, load
from ingest.model import Extraction
from ingest.registry import extract
from ingest.table.grid import Grid, GridCell
from ingest.unread import row_shape
from tests.conservation import ROW_KIND, accounts, stray_rows

#: A summary of goals whose goal cells a text layer printed between the rows (`基本目標１ 村の産業を` / `育てる`) and
#: whose targets are phrases (`令和11年度に15,000人`): the readers ended the table at the first goal line until
#: plans18 read such goal cells and phrases (the tests below end it so by hand, `_ended_at`, `ENDED_GRID`); the rows
#: on lines 9, 10 and 14 print a name and two numbers as line 5 does, and no table reads them (lines 7 and 12
#: print one number and a phrase: not a row's shape here, a lower bound).
PHRASES = """白浜台村 第２期総合戦略
第３章 数値目標の一覧
基本目標ごとに、計画期間の最終年度（令和11年度）までに達成を目指す数値目標を次のとおり定めます。
基本目標 数値目標 基準値（R5） 目標値（R11）
村内の新規創業件数 4件 10件
基本目標１ 村の産業を
村の漁業産出額 5.2億円 前年度比5%増
育てる
宿泊施設の延べ宿泊者数 12,400人 令和11年度に15,000人
ふるさと納税の寄附件数 2,300件 毎年度3,000件以上
基本目標２ 村で暮らす人を
村の合計特殊出生率 1.42 現状値を維持
増やす
転入者数 210人 250人以上
※基準値は令和５年度の実績です。
"""

#: A row whose counter no vocabulary names (`チーム`) is glued into the next row's name by the single-space reader:
#: its two values end up in a name, in no value cell; line 7 prints a name and two numbers as line 6 does.
COUNTERS = """杉並台町 第２次総合計画 後期基本計画 成果指標

基本目標４ 学びとスポーツのまち

指標名 基準値 (令和２年度) 目標値 (令和８年度) 担当課
生涯学習講座の受講者数 1,480人 1,800人 生涯学習課
スポーツ少年団の登録数 12チーム 15チーム スポーツ振興課
総合型地域スポーツクラブの会員数 320人 450人 スポーツ振興課
図書館の年間貸出冊数 86,000冊 95,000冊 生涯学習課
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kpi.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _row_warnings(path: Path) -> list[str]:
    return [w for w in extract(load(path)).warnings if "printed like the rows above" in w]


def _ended_at(extraction: Extraction, line: int) -> Extraction:
    """The reading as a reader that ended its table before `line` gives it (the readers did so at the first goal
    line of PHRASES until plans18 read its goal cells and phrase targets): the rows from `line` on dropped, in place
    (the conservation check knows a reading by its identity)."""
    extraction.rows[:] = [row for row in extraction.rows
                          if all(cell.ref.line is None or cell.ref.line < line for cell in row.cells)]
    return extraction


def _reading_ended_at(line: int) -> Callable[[LoadedDocument], Extraction]:
    return lambda document: _ended_at(extract(document), line)


def test_phrase_targets_under_goal_cells_are_read_whole_and_warned_of_nowhere(tmp_path: Path) -> None:
    path = _write(tmp_path, PHRASES)
    assert [row.name for row in extract(load(path)).rows] == [
        "村内の新規創業件数", "村の漁業産出額", "宿泊施設の延べ宿泊者数", "ふるさと納税の寄附件数",
        "村の合計特殊出生率", "転入者数"]
    assert _row_warnings(path) == []


def test_rows_after_a_table_ended_early_are_warned_of_with_their_lines(tmp_path: Path) -> None:
    document = load(_write(tmp_path, PHRASES))
    warnings = unread.unread_row_lines(document.lines, _ended_at(extract(document), 6), [])
    assert [w.split(":")[0] for w in warnings] == ["lines 9-10", "lines 14-14"]
    assert "宿泊施設の延べ宿泊者数 12,400人 令和11年度に15,000人" in warnings[0]
    assert "ふるさと納税の寄附件数 2,300件 毎年度3,000件以上" in warnings[0]
    assert "転入者数 210人 250人以上" in warnings[1]


def test_a_row_glued_into_the_next_name_is_warned_of(tmp_path: Path) -> None:
    warnings = _row_warnings(_write(tmp_path, COUNTERS))
    assert len(warnings) == 1
    assert warnings[0].startswith("lines 7-7: 1 line(s) printed like the rows above (a name and 2 values)")
    assert "スポーツ少年団の登録数 12チーム 15チーム スポーツ振興課" in warnings[0]


#: PHRASES' table as a reader that ended it after its first row gives it: the header (line 4) and one row (line 5).
ENDED_GRID = Grid(page=None, bbox=(0, 0, 0, 0), n_rows=2, n_cols=4, engine="test", cells=[
    *(GridCell(0, col, text, line=4)
      for col, text in enumerate(["基本目標", "数値目標", "基準値（R5）", "目標値（R11）"])),
    *(GridCell(1, col, text, line=5) for col, text in enumerate(["", "村内の新規創業件数", "4件", "10件"]))])


def test_the_conservation_check_lists_the_rows_outside_the_tables() -> None:
    lines = PHRASES.splitlines()
    assert [line for line, _ in stray_rows([ENDED_GRID], lines, set())] == [9, 10, 14]


def test_with_the_warning_the_numbers_are_accounted_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def warned(document: LoadedDocument) -> Extraction:
        extraction = _ended_at(extract(document), 6)
        extraction.warnings += unread.unread_row_lines(document.lines, extraction, [])  # as the pipeline warns
        return extraction
    monkeypatch.setattr(conservation, "extract", warned)
    monkeypatch.setattr(conservation, "stray_rows", lambda grids, lines, read: stray_rows([ENDED_GRID], lines, read))
    assert accounts(_write(tmp_path, PHRASES))[ROW_KIND] == (3, [])
    monkeypatch.setattr(conservation, "extract", _reading_ended_at(6))  # the same reading without the warning
    counted, missing = accounts(_write(tmp_path, PHRASES))[ROW_KIND]
    assert counted == 3
    assert [(token.where, token.text) for token in missing] == [
        ("line 9", "12,400人"), ("line 9", "令和11年度に15,000人"),
        ("line 10", "2,300件"), ("line 10", "毎年度3,000件以上"),
        ("line 14", "210人"), ("line 14", "250人以上")]


@pytest.mark.parametrize(("line", "count"), [
    ("村内の新規創業件数 4件 10件", 2),
    ("スポーツ少年団の登録数 12チーム 15チーム スポーツ振興課", 2),  # a number glued to a word no unit names
    ("村の漁業産出額 5.2億円 前年度比5%増", None),  # one number: the phrase opens with a word
    ("4件 10件", None),  # values alone (`unread_value_lines`' lines)
    ("令和5年度は 120人 であり、前年度から 10人 増えた。", None),  # a sentence: text between the numbers
    ("基本目標１ 村の産業を", None),
])
def test_the_shape_of_a_row(line: str, count: int | None) -> None:
    assert row_shape(line) == count
