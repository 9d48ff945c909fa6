"""A sheet wider than the page in a text layer printed one space apart (`pdftotext -raw`, pdfplumber): the later
page repeats only the key column (`No.`) before its later columns, whose cells join the earlier page's rows with the
same key (ingest/text/raw_rows.py reads the keyed header, ingest/table/interpret.py `_joins_by_key` joins).

The document below is invented; each expectation was written by hand from the text.
"""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract

SHEET = """北山村 総合戦略 KPI管理表
No. 指標名 基準値（R1） R3
1 移住者数 14人 18人
2 空き家バンク成約件数 3件 5件
3 ふるさと納税寄附件数 420件 610件
- 1 -
No. R5 目標値（R7） 担当課
1 22人 30人 企画課
2 7件 10件 住宅課
3 880件 1,000件 財政課
- 2 -
"""


def test_a_later_page_keyed_by_no_joins_the_rows_of_the_first(tmp_path: Path):
    path = tmp_path / "sheet.txt"
    path.write_text(SHEET, encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(r.name, r.department, [c.text for c in r.cells]) for r in rows] == [
        ("移住者数", "企画課", ["14人", "18人", "22人", "30人"]),
        ("空き家バンク成約件数", "住宅課", ["3件", "5件", "7件", "10件"]),
        ("ふるさと納税寄附件数", "財政課", ["420件", "610件", "880件", "1,000件"]),
    ]


def test_keys_that_differ_are_not_joined(tmp_path: Path):
    path = tmp_path / "sheet.txt"
    path.write_text(SHEET.replace("1 22人", "4 22人"), encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(r.name, r.department) for r in rows if not r.name.startswith("No")] == [
        ("移住者数", None), ("空き家バンク成約件数", None), ("ふるさと納税寄附件数", None)]
    assert not any("22人" in c.text or "7件" in c.text for r in rows for c in r.cells)  # never joined or misread


def _without_keys(text: str) -> str:
    """The sheet as pypdfium2 gives it when the key column's glyphs are lost: every `1 ` key gone."""
    return "\n".join(line.split(" ", 1)[1] if line[:1].isdigit() and " " in line else line
                     for line in text.splitlines()) + "\n"


def test_pages_that_both_lost_their_keys_join_by_order_flagged(tmp_path: Path):
    path = tmp_path / "sheet.txt"
    path.write_text(_without_keys(SHEET), encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(r.name, r.department, [(c.text, c.uncertain) for c in r.cells]) for r in rows] == [
        ("移住者数", "企画課", [("14人", False), ("18人", False), ("22人", True), ("30人", True)]),
        ("空き家バンク成約件数", "住宅課", [("3件", False), ("5件", False), ("7件", True), ("10件", True)]),
        ("ふるさと納税寄附件数", "財政課", [("420件", False), ("610件", False), ("880件", True), ("1,000件", True)]),
    ]


def test_keyless_pages_of_different_lengths_are_not_joined(tmp_path: Path):
    path = tmp_path / "sheet.txt"
    path.write_text(_without_keys(SHEET.replace("3 880件 1,000件 財政課\n", "")), encoding="utf-8")
    rows = extract(load(path)).rows
    assert not any("22人" in c.text or "7件" in c.text for r in rows for c in r.cells)
