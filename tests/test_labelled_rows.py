"""A value column printing each figure after its role label, its cells written one after the other
(`ingest/text/labelled_rows.py`). The documents are invented; every expectation was written by hand from the text.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.text.labelled_rows import read_tables
from records import extraction_records

#: `pdftotext -raw`: the name, the labelled lines, the department, a line each.
CELL_AFTER_CELL = ["施策１ 子育て支援", "成果指標 現状値・目標値 担当課", "保育所の待機児童数", "現状：4 人（R4）",
                   "目標：0 人（R10）", "こども課", "子育て相談の件数", "現状：年 1,200 件（R5）",
                   "目標：年 1,500 件（R10）", "こども課"]
#: pypdfium2: the first label on the name's line, the department on the last label's.
JOINED = ["成果指標 現状値・目標値 担当課", "保育所の待機児童数 現状：4 人（R4）", "目標：0 人（R10） こども課",
          "子育て相談の件数 現状：年 1,200 件（R5）", "目標：年 1,500 件（R10） こども課"]


def _rows(lines: list[str]) -> list[list[str]]:
    tables = read_tables(lines)
    assert len(tables) == 1
    by_row: dict[int, list[str]] = {}
    for cell in tables[0].grid.cells:
        by_row.setdefault(cell.row, []).append(cell.text)
    return list(by_row.values())[1:]


def test_a_rows_cells_a_line_each_make_one_row():
    assert _rows(CELL_AFTER_CELL) == [["保育所の待機児童数", "現状:4 人(R4) 目標:0 人(R10)", "こども課"],
                                      ["子育て相談の件数", "現状:年 1,200 件(R5) 目標:年 1,500 件(R10)", "こども課"]]


def test_labels_on_the_name_and_department_lines_make_the_same_rows():
    assert _rows(JOINED) == _rows(CELL_AFTER_CELL)


def test_a_role_labelled_twice_in_a_row_is_no_such_table():
    assert read_tables(["成果指標 現状値・目標値 担当課", "保育所の待機児童数", "現状：4 人（R4）", "現状：3 人（R5）",
                        "こども課", "子育て相談の件数", "現状：1,200 件（R5）", "こども課"]) == []


def test_the_pipeline_reads_the_labelled_figures(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(CELL_AFTER_CELL) + "\n", encoding="utf-8")
    observations, indicators, _ = extraction_records(extract(load(path)))
    assert {(o["kpi_name"], o["role"], o["period"], Decimal(str(o["value"]))) for o in observations} == {
        ("保育所の待機児童数", "baseline", "FY2022", Decimal(4)),
        ("保育所の待機児童数", "target", "FY2028", Decimal(0)),
        ("子育て相談の件数", "baseline", "FY2023", Decimal(1200)),
        ("子育て相談の件数", "target", "FY2028", Decimal(1500))}
    assert {i["department"] for i in indicators} == {"こども課"}
