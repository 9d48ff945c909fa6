"""A line that opens a new part of the document (a goal heading, the part's title right above one) is never a
row's note, in a `pdftotext -raw` layer printing one table per measure with a notes column (004's raw cells)."""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from records import extraction_records

_HEADER = "成果指標\n指標名\n現状値\n（令和 5 年度）\n目標値\n（令和 11 年度）\n解説・算出方法など\n"

#: by hand: each row prints no note; the line after the first row is the next part's title, then its heading
TEXT = ("暮らしの安心実現プロジェクト\n都市環境・交通網・インフラの整備\n"
        "重点施策 4-6 方針 1:豊かな公園環境の維持・整備\n" + _HEADER
        + "市民 1 人当たりの公園面積 10.14 ｍ 2 10.49 ｍ 2\n"
        "防犯体制の強化・交通安全対策の推進\n"
        "重点施策 4-2 方針 2:空き家の適切な維持管理及び活用の推進\n" + _HEADER
        + "危険空き家の除却補助件数(累計) 98 件 220 件\n"
        "重点施策 2-4 方針 1:1 市民 1 スポーツの推進\n" + _HEADER
        + "市主催スポーツイベントへの参加者数 5,000 人 6,000 人\n")


def test_a_title_and_a_heading_after_a_row_are_no_note_of_it(tmp_path: Path):
    path = tmp_path / "plan.raw.txt"
    path.write_text(TEXT, encoding="utf-8")
    observations, indicators, _ = extraction_records(extract(load(path)))
    notes = {i["kpi_name"]: i["note"] for i in indicators}
    assert notes == {"市民1人当たりの公園面積": None, "危険空き家の除却補助件数(累計)": None,
                     "市主催スポーツイベントへの参加者数": None}
    # the heading is no row either (`方針 1:1 市民` with the value `1`)
    assert {o["kpi_name"] for o in observations} == set(notes)
