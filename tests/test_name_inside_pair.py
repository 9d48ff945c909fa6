"""A name printed between the two role rows of one indicator (`目標 …` / name / `実績 …`, pdfplumber's text of a
sheet whose name cell is merged over its pair): when every such name stands under the word the table's pairs open
with, it is both rows' name, no guess, and their values are not flagged; a name that may be either of two pairs'
keeps its flag."""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from records import extraction_records

PAIRS = ("桐生台町 総合戦略 数値目標の達成状況\n"
         "基本目標１ 町の産業を元気にする\n"
         "指標名 区分 R3 R4 R5 R6 R7\n"
         "目標 5件 6件 7件 8件 9件\n"
         "企業立地件数\n"
         "実績 4件 6件 8件 ― ―\n"
         "目標 120人 130人 140人 150人 160人\n"
         "町内での新規雇用者数\n"
         "実績 110人 128人 139人 ― ―\n")


def _flags(tmp_path: Path, text: str) -> dict[tuple[str, str, str], bool]:
    path = tmp_path / "sheet.plumber.txt"
    path.write_text(text, encoding="utf-8")
    observations, _, _ = extraction_records(extract(load(path)))
    return {(o["kpi_name"], o["role"], o["period"]): o["uncertain"] for o in observations}


def test_a_name_inside_its_pair_flags_no_value(tmp_path: Path):
    flags = _flags(tmp_path, PAIRS)
    assert flags[("企業立地件数", "target", "FY2021")] is False
    assert flags[("企業立地件数", "actual", "FY2023")] is False
    assert flags[("町内での新規雇用者数", "actual", "FY2021")] is False
    assert len(flags) == 20 and not any(flags.values())


def test_a_name_between_two_pairs_stays_flagged(tmp_path: Path):
    # the second name printed under the first pair's `実績`: whose pair it is the text cannot show
    text = PAIRS.replace("町内での新規雇用者数\n実績 110人", "実績 110人").replace(
        "実績 4件 6件 8件 ― ―\n", "実績 4件 6件 8件 ― ―\n町内での新規雇用者数\n")
    flags = _flags(tmp_path, text)
    assert any(flags.values())
