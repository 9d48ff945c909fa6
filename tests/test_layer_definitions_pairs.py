"""Text layers of tables with a definition column, year cells merged over 目標 / 実績 sub-columns and actual/target
pairs in one cell (issue 11, layouts 269 / 271 / 273 and their layers), on small invented inputs.

Every document below is invented; each expectation was written by hand from the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import load
from ingest.registry import extract
from ingest.text import raw_rows
from ingest.text.fragment_cells import is_value
from ingest.text.typed_rows import band_columns
from records import extraction_records


def _read(tmp_path: Path, name: str, text: str) -> list[tuple[str, float | None, bool]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    observations, _, _ = extraction_records(extract(load(path)))
    return [(o["kpi_name"], o["value"], o["uncertain"]) for o in observations]


def _notes(tmp_path: Path, name: str, text: str) -> dict[str, str | None]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    _, indicators, _ = extraction_records(extract(load(path)))
    return {i["kpi_name"]: i.get("note") for i in indicators}


#: pdfplumber's text of an appendix table whose 指標の説明 cells wrap over three lines, centred on their rows: the
#: definition's first and last lines print above and under the row's line (the reader ran them into the names and
#: into the 出典 column); the third row's name wraps over two lines among its definition's lines.
DEFINITIONS_BY_HEIGHT = """\
資料編 指標の説明
No. 指標名 指標の説明 基準値（R5） 目標値（R11） 出典
毎年３月末現在の
1 認定農業者数 64人 80人 農業委員会
経営体の数
各年度中に町の支援を
2 創業件数 5件 12件 商工会
受けて開業した件数
町民アンケート（16歳以上の町民
地域活動に参加したことが
3 1,500人を抽出）で「参加し 38.5% 50.0% 町民アンケート
ある町民の割合
た」と答えた人の割合
"""


def test_a_definition_columns_lines_around_a_row_are_its_definition_not_its_name(tmp_path: Path):
    # start: `毎年３月末現在の認定農業者数`, and the next row's name took the definition's lines
    read = _read(tmp_path, "appendix.plumber.txt", DEFINITIONS_BY_HEIGHT)
    assert read[:4] == [("認定農業者数", 64, False), ("認定農業者数", 80, False), ("創業件数", 5, False),
                        ("創業件数", 12, False)]
    # two lines above the third row's line: its wrapped name stands among the definition's lines, flagged
    assert [flag for name, _, flag in read[4:]] == [True, True]


#: `pdftotext -layout` of the same table: the lines keep their columns, so the third row's name lines stand under
#: 指標名 and its definition's under 指標の説明, the definition's middle line on the row's line.
DEFINITIONS_LAID_OUT = """\
資料編     町民指標の説明
青葉町 第３期総合戦略

No.   指標名              指標の説明                    基準値（R5）   目標値（R11）  出典

                         毎年３月末現在の
1     認定農業者数                                            64人           80人     農業委員会
                         経営体の数

                         町民アンケート（16歳以上の町民
      地域活動に参加したことが
2                        1,500人を抽出）で「参加し           38.5%          50.0%     町民アンケート
      ある町民の割合
                         た」と答えた人の割合
"""


def test_a_definitions_lines_and_a_names_lines_are_told_apart_by_their_columns():
    # the one-space reader (the aligned reader reads this text too; this is the reading of a layer whose aligned
    # reading fails, layouts 273): start, the first name `毎年３月末現在の認定農業者数` and the second the
    # definition's lines with the name's
    [table] = raw_rows.read_tables(DEFINITIONS_LAID_OUT.split("\n"))
    cells = {(c.row, c.col): c.text for c in table.grid.cells}
    assert [cells[r, 1] for r in (1, 2)] == ["認定農業者数", "地域活動に参加したことがある町民の割合"]
    assert [cells[r, 2] for r in (1, 2)] == ["毎年３月末現在の経営体の数",
                                            "町民アンケート（16歳以上の町民1,500人を抽出）で「参加した」と答えた人の割合"]
    assert not table.grid.uncertain_rows


#: pdfminer's text of such a table: every cell a paragraph, the rows one after another; the second row's
#: definition a sentence (`、`), which reads as an aside.
DEFINITIONS_BOXED = """\
資料編 指標の説明

指標名

指標の説明

基準値（R5） 目標値（R11） 出典

認定農業者数

毎年３月末現在の
経営体の数

64人

80人

農業委員会

創業件数

各年度中に町の支援を受け、
開業した件数

5件

12件

商工会

"""


def test_a_row_printed_alone_gives_the_text_box_before_its_values_to_its_definition(tmp_path: Path):
    # start: the first row's 出典 (`農業委員会`) read as the second row's name
    assert _read(tmp_path, "appendix.pdfminer.txt", DEFINITIONS_BOXED) == [
        ("認定農業者数", 64, False), ("認定農業者数", 80, False), ("創業件数", 5, False), ("創業件数", 12, False)]


#: A header whose years are merged over their 目標 / 実績 sub-columns, as `pdftotext -raw` prints it: a cell's lines
#: one after another, the years on one line, the roles on the last.
YEARS_OVER_PAIRS_RAW = """\
数値目標の進捗状況
指標名
基準値
（R3）
令和４年度 令和５年度
担当課
目標 実績 目標 実績
特産品の販売額 1,200万円 1,300万円 1,350万円 1,400万円 1,380万円 産業課
農業体験の参加者数 40人 50人 46人 60人 71人 産業課
"""

#: The same header as pdfplumber orders its lines by height: the years' row, the merged-down cells centred between,
#: the roles' row.
YEARS_OVER_PAIRS_PLUMBER = """\
数値目標の進捗状況
令和４年度 令和５年度
基準値
指標名 担当課
（R3）
目標 実績 目標 実績
特産品の販売額 1,200万円 1,300万円 1,350万円 1,400万円 1,380万円 産業課
農業体験の参加者数 40人 50人 46人 60人 71人 産業課
"""

#: The same table as pdfminer boxes it: each header cell over its column's cells for the first rows, the years apart.
YEARS_OVER_PAIRS_BOXED = """\
数値目標の進捗状況

指標名

特産品の販売額

農業体験の参加者数

基準値（R3）

1,200万円

40人

令和４年度

令和５年度

目標

1,300万円

50人

実績

1,350万円

46人

目標

1,400万円

60人

実績

1,380万円

71人

担当課

産業課

産業課

"""


@pytest.mark.parametrize(("name", "text"), [("sheet.raw.txt", YEARS_OVER_PAIRS_RAW),
                                           ("sheet.plumber.txt", YEARS_OVER_PAIRS_PLUMBER),
                                           ("sheet.pdfminer.txt", YEARS_OVER_PAIRS_BOXED)])
def test_years_merged_over_target_actual_pairs_date_each_pair(tmp_path: Path, name: str, text: str):
    # start: raw read `目標 実績 目標 実績` into the first name, plumber and pdfminer read no table
    assert _read(tmp_path, name, text) == [
        ("特産品の販売額", 12_000_000, False), ("特産品の販売額", 13_000_000, False),
        ("特産品の販売額", 13_500_000, False), ("特産品の販売額", 14_000_000, False),
        ("特産品の販売額", 13_800_000, False), ("農業体験の参加者数", 40, False), ("農業体験の参加者数", 50, False),
        ("農業体験の参加者数", 46, False), ("農業体験の参加者数", 60, False), ("農業体験の参加者数", 71, False)]


def test_a_band_of_years_over_role_pairs_is_one_column_a_role():
    columns, guessed = band_columns([["令和４年度", "令和５年度"], ["基準値"], ["指標名", "担当課"], ["（R3）"],
                                     ["目標", "実績", "目標", "実績"]])
    assert columns == ["指標名", "基準値\n（R3）", "令和４年度\n目標", "令和４年度\n実績", "令和５年度\n目標",
                       "令和５年度\n実績", "担当課"]
    assert not guessed


def test_an_actual_and_its_target_in_one_cell_are_a_value_whichever_is_larger():
    assert is_value("112万人／110万人") and is_value("104万人／105万人")
    assert not is_value("12/20")  # no unit: maybe a date
    assert not is_value("R5/6")


#: pdfminer's text of a table printed column by column: a count column's bare `148` (which reads as a page number
#: alone) between other bare values, and a `達成率（%）` column whose cells print bare numbers, the sign in the header.
RATES_BOXED = """\
指標名

基準値（R1） 実績値（R5） 目標値（R7） 達成率（%） 担当課

交流人口（千人）

団体の登録数（団体）

1,284

148

1,190

163

1,400

170

85.0

95.9

観光課

市民協働課

"""


def test_bare_numbers_in_a_column_of_values_and_under_a_signed_rate_header_are_cells(tmp_path: Path):
    # start: `148` set aside as a page number and the rates fitting no column: nothing read
    assert _read(tmp_path, "rates.pdfminer.txt", RATES_BOXED) == [
        ("交流人口", 1_284_000, False), ("交流人口", 1_190_000, False), ("交流人口", 1_400_000, False),
        ("団体の登録数", 148, False), ("団体の登録数", 163, False), ("団体の登録数", 170, False)]
