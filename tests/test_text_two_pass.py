"""Rows a text layer printed in two passes, labels first and values after (`ingest/text/two_pass.py`).

The documents are invented; every expectation was written by hand from the text.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.text.two_pass import join_two_pass
from records import extraction_records

#: A year-major table as pypdfium2 prints an office program's page: the years (and the dashes of the figures not
#: reported yet) first, a note, then one line of values a year.
YEARS_FIRST = """北浜町 総合戦略 成果指標の推移
年度 出生数 転入者数
目標 実績 目標 実績
平成30年度
令和元年度
令和２年度 － －
※令和２年度の実績は集計中です。
120人 111人 40件 38件
125人 118人 45件 47件
130人 50件
"""


def test_the_two_passes_are_joined_on_the_labels_lines():
    joined = join_two_pass(YEARS_FIRST.splitlines())
    assert joined.lines[3:10] == ["平成30年度 120人 111人 40件 38件", "令和元年度 125人 118人 45件 47件",
                           # the dashes go where the columns' units leave room: 130人 under the first 人 column
                           "令和２年度 130人 － 50件 －", "※令和２年度の実績は集計中です。", "", "", ""]
    assert joined.guessed == {5}
    assert joined.values_at == {3: 7, 4: 8, 5: 9}
    assert joined.last_line(3, 5) == 9  # a table read from the joined rows spans their values' lines


def test_the_pipeline_reads_the_joined_rows_and_flags_the_guessed_one(tmp_path: Path):
    path = tmp_path / "kitahama.txt"
    path.write_text(YEARS_FIRST, encoding="utf-8")
    observations, _, _ = extraction_records(extract(load(path)))
    read = {(o["kpi_name"], o["role"], o["period"]): Decimal(str(o["value"])) for o in observations
            if o["value"] is not None}
    assert read == {
        ("出生数", "target", "FY2018"): Decimal(120), ("出生数", "actual", "FY2018"): Decimal(111),
        ("出生数", "target", "FY2019"): Decimal(125), ("出生数", "actual", "FY2019"): Decimal(118),
        ("出生数", "target", "FY2020"): Decimal(130),
        ("転入者数", "target", "FY2018"): Decimal(40), ("転入者数", "actual", "FY2018"): Decimal(38),
        ("転入者数", "target", "FY2019"): Decimal(45), ("転入者数", "actual", "FY2019"): Decimal(47),
        ("転入者数", "target", "FY2020"): Decimal(50),
    }
    assert all(o["uncertain"] for o in observations if o["period"] == "FY2020")


def test_complete_rows_and_cells_printed_one_a_line_are_left_alone():
    complete = ["指標名 基準値（R1） 目標値（R6）", "出生数 120人 130人", "転入者数 40件 50件", "- 1 -", "- 2 -"]
    assert join_two_pass(complete).lines == complete
    # a form's box: a measure, a department and a name, then one value a line
    box = ["基準値（R1）", "目標値（R6）", "施策1-1 地元企業を支える", "商工観光課", "新規就職者数", "24人", "40人",
           "施策1-2 農業の担い手", "農林振興課", "新規就農者数", "2人 1.1億円", "10人 1.5億円", "7人 1.3億円"]
    assert join_two_pass(box).lines == box


def test_a_goal_cell_printed_between_the_passes_goes_before_its_rows_flagged():
    # `基本目標２ …` printed with the values (LibreOffice draws a shaded merged goal cell in the values' pass): the
    # heading stands before the first row whose values follow it; which rows it spans is not in the text, so every
    # joined row is a guess. The value header words under the header go into it.
    text = ["指標名 担当課", "基準値（R1） 実績値（R5） 目標値（R7）", "移住相談件数 企画課", "空き家の成約件数 企画課",
            "基本目標２ 新しいひとの", "流れをつくる", "64件 112件 120件", "5件 14件 12件"]
    joined = join_two_pass(text)
    assert joined.lines == ["指標名 基準値（R1） 実績値（R5） 目標値（R7） 担当課",
                            "基本目標２ 新しいひとの", "流れをつくる",
                            "移住相談件数 64件 112件 120件 企画課", "空き家の成約件数 5件 14件 12件 企画課", "", "", ""]
    assert joined.guessed == {3, 4}
    assert joined.values_at == {3: 6, 4: 7}


def test_names_drawn_after_their_rows_go_into_them(tmp_path: Path):
    # an overflowing name cell is drawn after the rows: the rows print their number, values and department only
    text = ["東山町 KPI進捗管理表", "No. 指標名 備考 基準値（R1） 目標値（R7） 担当課",
            "1 12人 30人 移住定住課", "2 4,200人 5,000人 観光協会", "移住支援金を活用した移住者数", "観光案内所",
            "- 1 -"]
    joined = join_two_pass(text)
    assert joined.lines[2:6] == ["1 移住支援金を活用した移住者数 12人 30人 移住定住課",
                                 "2 観光案内所 4,200人 5,000人 観光協会", "", ""]
    assert joined.values_at == {2: 4, 3: 5} and not joined.guessed
    path = tmp_path / "higashiyama.txt"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    _, indicators, _ = extraction_records(extract(load(path)))
    assert {i["kpi_name"]: i["department"] for i in indicators} == {"移住支援金を活用した移住者数": "移住定住課",
                                                                   "観光案内所": "観光協会"}


#: A sheet with a two-row header (`実績値` merged over the years R2-R5) as pypdfium2 prints it: the top row's cells,
#: then the years, on one line; the rows' names and rates, then the baseline and target headers and the values.
GROUPED_YEARS = """本郷市 総合戦略 KPI評価一覧
指標名 実績値 達成率 評価 R2 R3 R4 R5
転入者数 85.0% B
観光客数 95.0% B
※達成率は令和５年度の実績値を目標値で除したもの。
基準値（R1） 目標値（R6）
312人 288人 301人 325人 340人 400人
182万人 96万人 128万人 165万人 190万人 200万人
"""


def test_years_after_the_top_row_of_a_two_row_header_are_the_merged_word_s_columns():
    joined = join_two_pass(GROUPED_YEARS.splitlines())
    # 実績値 spans the four years; the apart 基準値（R1） goes before R2, 目標値（R6） after R5, by their years
    assert joined.lines[1] == "指標名 基準値（R1） 実績値R2 実績値R3 実績値R4 実績値R5 目標値（R6） 達成率 評価"
    assert joined.lines[2:4] == ["転入者数 312人 288人 301人 325人 340人 400人 85.0% B",
                                 "観光客数 182万人 96万人 128万人 165万人 190万人 200万人 95.0% B"]
    assert joined.guessed == {2, 3}  # the value headers were printed after the rows: the order says which is whose


def test_a_header_band_printed_cell_by_cell_over_the_years_is_read_as_one_header():
    # the same sheet as `pdftotext -raw` prints it: the top row's cells a line each, the years under them
    band = GROUPED_YEARS.replace("指標名 実績値 達成率 評価 R2 R3 R4 R5", "指標名\n実績値\n達成率 評価\nR2 R3 R4 R5")
    joined = join_two_pass(band.splitlines())
    assert joined.lines[1:5] == ["指標名 基準値（R1） 実績値R2 実績値R3 実績値R4 実績値R5 目標値（R6） 達成率 評価",
                                 "", "", ""]
    assert joined.lines[5] == "転入者数 312人 288人 301人 325人 340人 400人 85.0% B"


#: A sheet whose value header cells print on two lines each (`現状値` / `（R5.3末）`), drawn after the rows with the
#: title; one row printed two of its values with its label (left-aligned cells), the third, a value with words,
#: after the rows with the other rows' values.
MONTH_END_BAND = """指標名 担当課
人口 住民課
高齢化率 30.5% 31.0% 福祉課
移住件数 企画課
北原村 総合戦略 KPI
現状値
（R5.3末）
実績値
（R6.3末）
目標値
（R11.3末）
4,100人 4,050人 4,000人
32.0%以下
12件 15件 20件
"""


def test_a_value_header_band_a_cell_a_line_and_a_row_printing_part_of_its_values():
    joined = join_two_pass(MONTH_END_BAND.splitlines())
    assert joined.lines[:5] == ["指標名 現状値（R5.3末） 実績値（R6.3末） 目標値（R11.3末） 担当課",
                                "人口 4,100人 4,050人 4,000人 住民課",
                                # which column the late value fills is a guess: after the early ones
                                "高齢化率 30.5% 31.0% 32.0%以下 福祉課",
                                "移住件数 12件 15件 20件 企画課", "北原村 総合戦略 KPI"]
    assert not any(joined.lines[5:])
    assert joined.guessed == {1, 2, 3}  # value headers printed after the rows: the order alone says whose line


def test_numbered_rows_printing_no_values_take_the_value_lines_after_the_header_words(tmp_path: Path):
    # an Excel sheet whose value cells are drawn last: `1 ふるさと納税の寄附額 企画課` under `No. 指標名 担当課` is a
    # numbered row (no goal heading `1 …`), its values the first line after the value header words
    path = tmp_path / "sheet.txt"
    path.write_text("\n".join(["No. 指標名 担当課", "1 図書館の年間貸出冊数 生涯学習課", "2 移住相談の件数 企画課",
                               "基準値（R4） 実績値（R5） 目標値（R9）", "6万2千冊 6万4,500冊 7万冊",
                               "120件 135件 150件"]) + "\n", encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(r.name, r.department, [c.text for c in r.cells]) for r in rows] == [
        ("図書館の年間貸出冊数", "生涯学習課", ["6万2千冊", "6万4,500冊", "7万冊"]),
        ("移住相談の件数", "企画課", ["120件", "135件", "150件"])]
