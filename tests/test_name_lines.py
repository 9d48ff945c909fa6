"""A KPI block printing its name on a labelled line above its own header and values, in a text layer (`指標名 name`,
then `基準値（R1） R3 目標値（R7） 担当課`, then the values; hand-made layouts 183 as pdftotext and pypdfium2 print it):
the label goes before the header, the name before the values, and the pipeline reads the blocks as one table. On
invented text; a block of two values lines is left as printed."""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.text.name_lines import names_apart

#: Two blocks under a goal heading, one space apart (`pdftotext -raw`), a page number last.
RAW = """山辺村 施策評価シート
基本目標１ 仕事をつくる
指標名 新規就農者数
基準値（R1） R4 目標値（R7） 担当課
4人 6人 8人 農林課
指標名 観光入込客数
基準値（R1） R4 目標値（R7） 担当課
12万人 15万人 18万人 商工観光課
- 1 -
"""

#: The same blocks as `pdftotext -layout` prints them: columns a gutter apart, blank lines between.
LAYOUT = """山辺村 施策評価シート

基本目標１   仕事をつくる
指標名      新規就農者数

基準値（R1）      R4       目標値（R7）      担当課

4人           6人       8人           農林課


指標名      観光入込客数

基準値（R1）      R4       目標値（R7）      担当課

12万人         15万人     18万人         商工観光課
"""


def test_the_label_goes_before_the_header_and_the_name_before_the_values():
    unfolded = names_apart(RAW.splitlines())
    assert unfolded is not None
    assert unfolded.lines == ["山辺村 施策評価シート", "基本目標１ 仕事をつくる",
                              "指標名 基準値（R1） R4 目標値（R7） 担当課", "新規就農者数 4人 6人 8人 農林課",
                              "指標名 基準値（R1） R4 目標値（R7） 担当課",
                              "観光入込客数 12万人 15万人 18万人 商工観光課", "- 1 -"]
    assert unfolded.origin == [0, 1, 3, 4, 6, 7, 8]  # the header's and the values' own lines


def test_a_positioned_layer_keeps_its_columns_under_the_header():
    unfolded = names_apart(LAYOUT.splitlines())
    assert unfolded is not None
    header, values = unfolded.lines[3], unfolded.lines[5]
    printed = LAYOUT.splitlines()
    assert header.split() == ["指標名", "基準値（R1）", "R4", "目標値（R7）", "担当課"]
    assert values.split() == ["新規就農者数", "4人", "6人", "8人", "農林課"]
    # each value still starts where its header word starts: both lines shifted by one width
    assert printed[5].index("R4") == printed[7].index("6人")
    assert header.index("基準値") == values.index("4人") and header.index("R4") == values.index("6人")
    assert header.index("担当課") == values.index("農林課")


def test_two_values_lines_under_one_labelled_name_stay_as_printed():
    lines = ["指標名 新規就農者数", "基準値（R1） R4 目標値（R7） 担当課", "4人 6人 8人 農林課", "2人 3人 5人 農林課"]
    assert names_apart(lines) is None


def test_the_pipeline_reads_the_blocks_as_rows(tmp_path: Path):
    for shape, text in (("raw", RAW), ("layout", LAYOUT)):
        path = tmp_path / f"yamabe_{shape}.txt"
        path.write_text(text, encoding="utf-8")
        rows = extract(load(path)).rows
        assert [(r.name, r.department, [c.text for c in r.cells]) for r in rows] == [
            ("新規就農者数", "農林課", ["4人", "6人", "8人"]),
            ("観光入込客数", "商工観光課", ["12万人", "15万人", "18万人"])], shape
