"""Header cells printed turned (rotated 90°) stand off the header line in a text layer (above it, after the rows,
their glyphs even reversed: `位単`), so the header lacks their columns while every row still prints their cells: a
unit alone before the values, a grade mark after them (layouts 263). The columns are put back from the rows
(`ingest.text.raw_rows._unheaded_columns`). The texts are invented."""

from __future__ import annotations

from tests.text_records import read_records

TURNED = """基本目標３ 健やかで安心して暮らせるまちをつくる
指標名 基準値（R1） 実績値（R5） 目標値（R7） 担当課
特定健康診査の受診率 % 36.5 44.8 45.0 ○ 健康推進課
がん検診の受診者数 人 2,140 2,610 2,500 ◎ 健康推進課
見守り協力事業所数 事業所 24 31 30 ◎ 福祉課
避難訓練の参加者数 人 1,850 640 2,000 × 総務課

位単
度成達
"""


def test_unit_and_mark_cells_under_turned_header_cells_are_read_in_their_columns():
    observations, indicators, _ = read_records(TURNED, "layer.plumber.txt")
    assert [i["kpi_name"] for i in indicators] == ["特定健康診査の受診率", "がん検診の受診者数", "見守り協力事業所数",
                                                  "避難訓練の参加者数"]
    assert [(i["progress"], i["department"]) for i in indicators] == [
        ("○", "健康推進課"), ("◎", "健康推進課"), ("◎", "福祉課"), ("×", "総務課")]
    units = {o["kpi_name"]: o["unit"] for o in observations}
    assert units == {"特定健康診査の受診率": "%", "がん検診の受診者数": "人", "見守り協力事業所数": "事業所",
                     "避難訓練の参加者数": "人"}
    assert [o["value"] for o in observations if o["kpi_name"] == "がん検診の受診者数"] == [2140, 2610, 2500]


def test_a_unit_word_on_some_rows_only_adds_no_column():
    # two rows of four print a unit alone before their values: not every row prints the column, no column is made
    text = TURNED.replace("特定健康診査の受診率 % ", "特定健康診査の受診率（%） ").replace("見守り協力事業所数 事業所 ",
                                                                                "見守り協力事業所数（事業所） ")
    observations, _, _ = read_records(text, "layer.plumber.txt")
    unit_in_name = [o for o in observations if o["kpi_name"].startswith(("がん検診", "避難訓練"))]
    # their units stay in the names, the values flagged (name_misread), never read as bare figures unflagged
    assert len(unit_in_name) == 6 and all(o["uncertain"] and o["unit"] is None for o in unit_in_name)
