"""Rows printed one space apart, cut by what their tokens are (ingest/text/token_types.py, ingest/text/raw_rows.py).

Every document below is invented; each expectation was written by hand from the text: which token is which cell.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import load
from ingest.registry import extract
from ingest.text.generic import find_tables
from ingest.text.header_words import line_words
from ingest.text.raw_rows import (
    _change_placed,
    cut_row,
    read_header,
    read_tables,
    spread_role_lines,
    spread_roles,
    wrapped_values,
)
from ingest.text.token_types import (
    T_PROGRESS,
    T_STAND_IN,
    T_TEXT,
    T_VALUE,
    T_YEAR,
    rate_after_bare,
    typed_tokens,
)
from normalize.header import parse_header
from records import extraction_records


def _kinds(line: str) -> list[tuple[str, str]]:
    return [(t.kind, t.text) for t in typed_tokens(line)]


def test_pieces_of_one_value_printed_apart_are_joined():
    assert _kinds("子育て相談の件数 約 1,200 件 1,540 件") == [
        (T_TEXT, "子育て相談の件数"), (T_VALUE, "約1,200件"), (T_VALUE, "1,540件")]
    assert _kinds("図書館の貸出冊数 8.4 万冊 10 万冊") == [
        (T_TEXT, "図書館の貸出冊数"), (T_VALUE, "8.4万冊"), (T_VALUE, "10万冊")]
    assert _kinds("74.1% (令和3年度) 75.0%") == [(T_VALUE, "74.1% (令和3年度)"), (T_VALUE, "75.0%")]
    # a state word keeps its bracketed remark as a value does (a two-line cell `調査中` / `（R6 公表予定）`)
    assert _kinds("1.41 調査中 （R6 公表予定） 1.50") == [
        (T_VALUE, "1.41"), (T_STAND_IN, "調査中 （R6 公表予定）"), (T_VALUE, "1.50")]


def test_an_exponent_drawn_apart_after_its_unit_joins_the_value():
    # `10.14ｍ²` with the superscript 2 a glyph of its own, which pdftotext prints one space after the unit;
    # a digit that opens a value of its own with the word after it stays a value (`2 km`)
    assert _kinds("公園面積 10.14 ｍ 2 10.49 ｍ 2") == [
        (T_TEXT, "公園面積"), (T_VALUE, "10.14ｍ 2"), (T_VALUE, "10.49ｍ 2")]
    assert _kinds("路線延長 10 km 2 km") == [(T_TEXT, "路線延長"), (T_VALUE, "10km"), (T_VALUE, "2km")]
    assert _kinds("相談件数 4 件 8 件") == [(T_TEXT, "相談件数"), (T_VALUE, "4件"), (T_VALUE, "8件")]


def test_a_digit_after_a_value_marked_for_a_note_is_the_next_cell():
    # `3※` ends in a note mark, no unit: the `3` after it is the next column's value, no exponent nor a note's
    # number set apart (`※3`), which would leave the row a cell short and shift its later cells
    assert _kinds("企業誘致件数 ー 4 3※ 3 3 100.0%") == [
        (T_TEXT, "企業誘致件数"), (T_VALUE, "ー"), (T_VALUE, "4"), (T_VALUE, "3※"), (T_VALUE, "3"), (T_VALUE, "3"),
        (T_VALUE, "100.0%")]


def test_a_year_beside_a_value_stays_a_token_of_its_own():
    assert _kinds("移住者数 14人 令和元年度 25人 2024年度") == [
        (T_TEXT, "移住者数"), (T_VALUE, "14人"), (T_YEAR, "令和元年度"), (T_VALUE, "25人"), (T_YEAR, "2024年度")]


def test_a_year_whose_number_a_word_processor_spaced_apart_is_one_year():
    # layouts 155 (Writer): a `目標年度` cell `令和8年度` comes out of -raw and pypdfium2 as `令和 8 年度`; a date's
    # year (`令和 5 年 3 月`) is not cut from its month
    assert _kinds("村営住宅の入居率 82.5% 95.0% 令和 8 年度 建設課") == [
        (T_TEXT, "村営住宅の入居率"), (T_VALUE, "82.5%"), (T_VALUE, "95.0%"), (T_YEAR, "令和8年度"), (T_TEXT, "建設課")]
    assert (T_YEAR, "令和5年") not in _kinds("人口 令和 5 年 3 月 10 人")


def test_stand_ins_and_progress_labels():
    assert _kinds("自殺者数 5 人 調査中 －（未公表） ― 進捗の遅れ") == [
        (T_TEXT, "自殺者数"), (T_VALUE, "5人"), (T_STAND_IN, "調査中"), (T_STAND_IN, "－（未公表）"), (T_VALUE, "―"),
        (T_PROGRESS, "進捗の遅れ")]


def test_a_value_the_text_layer_damaged_is_a_value():
    # 003 `KPI 災害図上訓練年間実施回数 O□ 50`: the baseline printed as an OCR slip still fills its column, and
    # the value parser flags it; read as text it would push 50 into the baseline column
    assert _kinds("災害図上訓練年間実施回数 O□ 50") == [
        (T_TEXT, "災害図上訓練年間実施回数"), (T_VALUE, "O□"), (T_VALUE, "50")]


def test_a_combining_low_line_alone_is_a_placeholder():
    # 003 in the reportlab exports: `_` of a missing baseline comes out of the text layer as U+0332 alone
    assert _kinds("子育て世代包括支援センター相談件数 \u0332 2,865件") == [
        (T_TEXT, "子育て世代包括支援センター相談件数"), (T_VALUE, "\u0332"), (T_VALUE, "2,865件")]


def _cut(header: str, line: str) -> tuple[list[str], dict[int, str], list[str], bool]:
    found = read_header(header, 0)
    assert found is not None
    cut = cut_row(typed_tokens(line), found)
    assert cut is not None
    return ([t.text for t in cut.lead], {c: t.text for c, t in cut.middle.items()}, [t.text for t in cut.rest],
            cut.uncertain)


def test_header_words_give_the_columns():
    header = read_header("指標名 基準値 （R1） 実績値（R4） 目標値（R6） 評価 今後の方針", 3)
    assert header is not None
    assert header.words == ["指標名", "基準値（R1）", "実績値（R4）", "目標値（R6）", "評価", "今後の方針"]
    assert (header.lead, header.middle, header.trailing) == ([0], [1, 2, 3], [4, 5])
    assert read_header("数値目標 観光入込客数", 0) is None  # a banner naming an indicator, no value column
    assert read_header("指標名 基準値 2,310人", 0) is None  # a row


def test_a_row_filling_every_value_column_is_certain():
    assert _cut("指標名 基準値（R1） 実績値（R4） 目標値（R6） 評価 今後の方針",
                "転入者数 2,310 人 2,452 人 2,600 人 未達成 窓口の周知を強化する。") == (
        ["転入者数"], {1: "2,310人", 2: "2,452人", 3: "2,600人"}, ["未達成", "窓口の周知を強化する。"], False)


def test_a_number_inside_the_name_or_the_reason_is_not_a_value():
    header = "指標名 基準値（R1） 目標値（R6） 進捗状況"
    assert _cut(header, "週 1 回以上運動する人の割合 32.0% 40.0%") == (
        ["週", "1", "回以上運動する人の割合"], {1: "32.0%", 2: "40.0%"}, [], False)
    assert _cut(header, "転入者数 2,310人 2,600人 令和 6 年 3 月に見直し") == (
        ["転入者数"], {1: "2,310人", 2: "2,600人"}, ["令和", "6", "年3", "月に見直し"], False)


def test_fewer_values_than_value_columns():
    # the year columns show where the one missing value was: certain
    assert _cut("指標名 基準値 基準年度 目標値 目標年度", "移住者数 14人 令和元年度 25人") == (
        ["移住者数"], {1: "14人", 2: "令和元年度", 3: "25人"}, [], False)
    # three value columns, two values: which cell is empty is a guess (uncertain); the final target is printed (a
    # KPI always has one, an actual may be missing), the rest left to right
    assert _cut("指標名 基準値（R1） 実績値（R4） 目標値（R6）", "転入者数 2,310人 2,600人") == (
        ["転入者数"], {1: "2,310人", 3: "2,600人"}, [], True)
    # without a target column last, left to right
    assert _cut("指標名 基準値（R1） 実績値（R4） 実績値（R5）", "転入者数 2,310人 2,600人") == (
        ["転入者数"], {1: "2,310人", 2: "2,600人"}, [], True)
    # the years the values print say which: R4 and R5 under 実績値（R4） and 目標値（R6）, not 基準値（R1）
    assert _cut("指標名 基準値（R1） 実績値（R4） 目標値（R6）", "転入者数 2,480人（R4） 2,530人（R5）") == (
        ["転入者数"], {2: "2,480人（R4）", 3: "2,530人（R5）"}, [], True)



def test_a_rate_after_values_of_another_unit_is_the_progress_column():
    header = "成果指標 基準値（R1） 実績値（R4） 実績値（R5） 目標値（R7） 達成度"
    # the baseline's `―` dropped (pypdfium2): 65.0% is the 達成度 beside three 人 values that end in the last
    # value column; the empty baseline is a guess (uncertain)
    assert _cut(header, "産後ケア事業の利用者数 18人 26人 40人 65.0%") == (
        ["産後ケア事業の利用者数"], {2: "18人", 3: "26人", 4: "40人"}, ["65.0%"], True)
    # every value printed, the rate after them: as before
    assert _cut(header, "新規就農者数 4人 6人 7人 8人 87.5%")[1:3] == (
        {1: "4人", 2: "6人", 3: "7人", 4: "8人"}, ["87.5%"])
    # an indicator counted in % prints only rates: nothing stands apart
    assert _cut(header, "健診受診率 92.4% 95.1% 96.3% 98.0%")[1:3] == (
        {1: "92.4%", 2: "95.1%", 3: "96.3%", 4: "98.0%"}, [])


def test_a_name_and_unit_line_over_a_row_printing_its_own_is_a_row_whose_values_were_lost(tmp_path: Path):
    text = ("指標名 単位 H30 R1 R2 目標値（R6）\n"
            "町内事業所の従業者数 人 2,815 2,790 2,742 2,900\n"
            "新規就農者数 人\n"
            "観光入込客数 千人 326 341 198 360\n")
    (table,) = read_tables(text.splitlines())
    rows = {}
    for cell in table.grid.cells:
        rows.setdefault(cell.row, {})[cell.col] = cell.text
    names = [cells.get(0) for r, cells in sorted(rows.items()) if r > 0]
    assert names == ["町内事業所の従業者数", "新規就農者数", "観光入込客数"]
    lost = next(r for r, cells in rows.items() if cells.get(0) == "新規就農者数")
    assert rows[lost] == {0: "新規就農者数", 1: "人"}  # no value: the text lost them
    assert lost in table.grid.uncertain_rows

EVALUATION = """令和５年度 若杉台市総合戦略 効果検証結果
基本目標１ 人の流れをつくる 基本目標２ 子育ての希望をかなえる
指標名 基準値（R1） 実績値（R4） 目標値（R6） 評価 今後の方針
転入者数 2,310 人 2,452 人 2,600 人 未達成 窓口の周知を強化し、住宅取得への支援と合わせて
転入の増加を図る。
観光客数 48 万人 56.2 万人 55 万人 達成 滞在型の観光に力を入れる。
- 1 -

指標名 区分 基準値（R1） 実績値（R4） 目標値（R6） 評価 今後の方針
健康寿命
男性 79.2歳 79.8歳 80.5歳 未達成 健診の受診を勧める。
女性 83.6歳 84.0歳 84.5歳 達成 引き続き取り組む。
①妊娠届出数
②出生数
410件
388件
420件
400件
420件
400件
乳幼児健診の受診率 95.1% 集計中 98.0% 評価不可 次年度に評価する。
また、子育て世帯への情報発信を続けます。
"""


def test_tables_of_an_evaluation_sheet(tmp_path: Path):
    tables = read_tables(EVALUATION.splitlines())
    assert [(t.first, t.last) for t in tables] == [(2, 5), (8, 20)]
    first, second = (t.grid.matrix() for t in tables)
    assert first == [
        ["基本目標１ 人の流れをつくる", "", "", "", "", ""],
        ["指標名", "基準値（R1）", "実績値（R4）", "目標値（R6）", "評価", "今後の方針"],
        ["転入者数", "2,310人", "2,452人", "2,600人", "未達成",
         "窓口の周知を強化し、住宅取得への支援と合わせて転入の増加を図る。"],
        ["観光客数", "48万人", "56.2万人", "55万人", "達成", "滞在型の観光に力を入れる。"],
    ]
    assert second[2:] == [
        ["健康寿命", "男性", "79.2歳", "79.8歳", "80.5歳", "未達成", "健診の受診を勧める。"],
        ["健康寿命", "女性", "83.6歳", "84.0歳", "84.5歳", "達成", "引き続き取り組む。"],
        ["①妊娠届出数\n②出生数", "", "410件\n388件", "420件\n400件", "420件\n400件", "", ""],
        ["乳幼児健診の受診率", "", "95.1%", "集計中", "98.0%", "評価不可", "次年度に評価する。"],
    ]
    assert second[0][0] == "基本目標２ 子育ての希望をかなえる"  # the second heading of the line, for the second table
    assert not any(t.grid.uncertain_rows for t in tables)

    path = tmp_path / "evaluation.txt"
    path.write_text(EVALUATION, encoding="utf-8")
    rows = extract(load(path)).rows
    first_goal, second_goal = ("基本目標１ 人の流れをつくる",), ("基本目標２ 子育ての希望をかなえる",)
    assert [(r.name, r.goal) for r in rows] == [
        ("転入者数", first_goal), ("観光客数", first_goal), ("健康寿命", second_goal), ("妊娠届出数", second_goal),
        ("出生数", second_goal), ("乳幼児健診の受診率", second_goal)]
    assert [c.text for c in rows[2].cells] == ["男性 79.2歳", "男性 79.8歳", "男性 80.5歳",
                                             "女性 83.6歳", "女性 84.0歳", "女性 84.5歳"]
    assert [c.text for c in rows[4].cells] == ["388件", "400件", "400件"]


CONTINUED = """指標名 基準値（H30年度） 目標値（R6年度）
新規就農者数（累計） ― 15人
鳥獣被害額 1,240万円 800万円以下
- 1 -

ふるさと納税の寄附件数 2,150件 4,000件
"""


def test_a_table_goes_on_after_a_page_number_when_a_whole_row_follows():
    (table,) = read_tables(CONTINUED.splitlines())
    assert [row[0] for row in table.grid.matrix()] == [
        "指標名", "新規就農者数（累計）", "鳥獣被害額", "ふるさと納税の寄附件数"]


@pytest.mark.parametrize("after", ["※基準値は平成30年度末の数値です。", "地域の防災力を高めます。",
                                   "指標名 基準値（H30年度） 目標値（R6年度）"])
def test_a_note_prose_or_a_new_header_ends_the_table(after: str):
    text = f"指標名 基準値（H30年度） 目標値（R6年度）\n鳥獣被害額 1,240万円 800万円以下\n{after}\n移住者数 14人 25人\n"
    tables = read_tables(text.splitlines())
    assert tables[0].last == 1
    assert [row[0] for row in tables[0].grid.matrix()] == ["指標名", "鳥獣被害額"]


def test_a_goal_heading_over_a_whole_row_is_a_section_of_the_table(tmp_path: Path):
    # a table without goal columns goes on under a goal heading printed over its next rows; the rows under it are
    # that goal's (before, the table ended at the heading and the rows after it were read without their goal)
    text = ("指標名 基準値（H30年度） 目標値（R6年度）\n鳥獣被害額 1,240万円 800万円以下\n"
            "基本目標２ 安心して暮らせるまち\n移住者数 14人 25人\n")
    path = tmp_path / "layer.txt"
    path.write_text(text, encoding="utf-8")
    assert [(r.name, r.goal) for r in extract(load(path)).rows] == [
        ("鳥獣被害額", ()), ("移住者数", ("基本目標２ 安心して暮らせるまち",))]
    # a heading followed by no whole row still ends the table
    tables = read_tables(text.replace("移住者数 14人 25人", "移住者数 14人").splitlines())
    assert tables[0].last == 1


def test_a_name_wrapped_without_mark_joins_its_row_and_is_uncertain_after_a_page_break():
    text = ("指標名 基準値（R1） 目標値（R7）\n子育て支援センターの年間利用者数（乳幼児と\n"
            "その保護者） 4,850人 6,000人\n- 2 -\n\n待機児童数 4人 0人\n")
    (table,) = read_tables(text.splitlines())
    assert [row[0] for row in table.grid.matrix()][1:] == [
        "子育て支援センターの年間利用者数（乳幼児とその保護者）", "待機児童数"]
    assert not table.grid.uncertain_rows
    broken = text.replace("\n待機児童数", "\n保育所の\n待機児童数")
    (table,) = read_tables(broken.splitlines())
    assert table.grid.matrix()[2][0] == "保育所の待機児童数"
    # the line after the page break may be the tail of the row before: that row is flagged
    assert table.grid.uncertain_rows == {2} and not table.grid.uncertain


def test_a_name_ending_in_a_particle_goes_on_after_its_row():
    # a name cell printed from its top: its first line beside the values, the rest under them
    text = ("指標名 基準値（R1） 目標値（R7） 担当課\n市の移住支援制度を 12世帯 40世帯 企画課\n利用して転入した世帯数\n"
            "転入者数 2,840人 3,100人 企画課\n")
    (table,) = read_tables(text.splitlines())
    assert [row[0] for row in table.grid.matrix()][1:] == ["市の移住支援制度を利用して転入した世帯数", "転入者数"]
    assert [row[3] for row in table.grid.matrix()][1:] == ["企画課", "企画課"]
    assert not table.grid.uncertain_rows
    # cut by a page break, the header printed again: still the row before's name, but a guess, flagged
    broken = text.replace("\n利用して", "\n- 1 -\n指標名 基準値（R1） 目標値（R7） 担当課\n利用して")
    (table,) = read_tables(broken.splitlines())
    assert [row[0] for row in table.grid.matrix()][1:] == ["市の移住支援制度を利用して転入した世帯数", "転入者数"]
    assert table.grid.uncertain_rows == {1} and not table.grid.uncertain


def test_letter_spaced_header_words_and_cells_are_words():
    text = "指 標 名 基準値（R1） 目標値（R7） 担 当 課\n空き家バンクの登録件数 12件 24件 企 画 課\n"
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix() == [["指標名", "基準値（R1）", "目標値（R7）", "担当課"],
                                   ["空き家バンクの登録件数", "12件", "24件", "企画課"]]


# A table printed by `pdftotext -raw` in content-stream order (modelled on the 003 strategy document's KPI table
# as a LibreOffice export with horizontal rules prints it): the header cells one line after another, goal headings
# above their rows, a measure and a kind word before the name, a value's year under it, a value cell listing one
# value per segment, a note printed in a value cell instead of a target.
STREAM = """基本目標 具体的な施策 区分 指標名
現状値
（令和元年度）
計画最終年度
目標値
（令和９年度）
1 しごとの創生
1-1 安定した雇用の創出
数値目標 新規求人数 1,563 件 1,630 件
① 地域産業の活性化、付加価値の向上 KPI 製造品出荷額等 11,942 億円
(平成 30 年)
13,500 億円
(令和 8 年)
KPI 創業相談件数 10 件 28 件
② グローバル教育の推進 KPI 英語の学習が楽しいと感じている児童・
生徒の割合
小学校 88.7%
中学校 82.8%
小学校 90.0%
中学校 85.0%
① 地域医療体制の充実 KPI 健康寿命 男性 77.41 歳
女性 79.89 歳
※健康いせさき 21(第 3 次)検討にあわせ
て設定予定
KPI 休日夜間急患センターの開設日数 366 日
(閏年)
366 日
(閏年)
"""


def test_a_header_printed_cell_line_after_cell_line():
    (table,) = read_tables(STREAM.splitlines())
    assert table.grid.matrix()[0] == ["基本目標", "具体的な施策", "区分", "指標名", "現状値（令和元年度）",
                                      "計画最終年度目標値（令和９年度）"]


def test_headings_measures_years_segments_and_notes_inside_a_stream_table():
    (table,) = read_tables(STREAM.splitlines())
    assert table.grid.matrix()[1:] == [
        ["1 しごとの創生\n1-1 安定した雇用の創出", "", "", "", "", ""],  # headings: the goal column's cell
        ["", "", "数値目標", "新規求人数", "1,563件", "1,630件"],
        ["", "① 地域産業の活性化、付加価値の向上", "KPI", "製造品出荷額等", "11,942億円 (平成 30 年)",
         "13,500億円 (令和 8 年)"],  # the values' years printed under them
        ["", "", "KPI", "創業相談件数", "10件", "28件"],
        # one value per segment in each cell, the cells one after the other: a row per segment
        ["", "② グローバル教育の推進", "小学校", "英語の学習が楽しいと感じている児童・生徒の割合", "88.7%", "90.0%"],
        ["", "", "中学校", "英語の学習が楽しいと感じている児童・生徒の割合", "82.8%", "85.0%"],
        # a cell listing a value per segment, and a note printed in the target cell
        ["", "① 地域医療体制の充実", "KPI", "健康寿命", "男性 77.41歳\n女性 79.89歳",
         "※健康いせさき 21(第 3 次)検討にあわせて設定予定"],
        ["", "", "KPI", "休日夜間急患センターの開設日数", "366日 (閏年)", "366日 (閏年)"],
    ]
    assert not table.grid.uncertain_rows  # every value column of every row is accounted for


def test_a_note_beside_one_value_of_three_columns_leaves_the_row_uncertain():
    text = "\n".join(["基本目標 区分 指標名 基準値 実績値 目標値", "1 しごとの創生", "KPI 健康寿命 77.41 歳",
                      "※検討にあわせて設定予定", "KPI 創業相談件数 10 件 20 件 28 件"])
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[2][3:] == ["77.41歳", "※検討にあわせて設定予定", ""]
    # which of the two empty cells the note stood in cannot be seen (that row's)
    assert table.grid.uncertain_rows == {2} and not table.grid.uncertain


def test_a_name_whose_lines_come_before_values_printed_first():
    # 002 in a reportlab export: the trailing cells of a row, then the next row's name wrapped, then its values
    text = "\n".join(["指標名 基準値 目標値 指標の担当課 進捗状況", "製造品出荷額等 11,942億円 13,500億円",
                      "企業誘致課", "概ね順調に", "進捗", "新技術・新製品等の開", "発数",
                      "4件 8件 商工労働課 進捗の遅れ"])
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [["製造品出荷額等", "11,942億円", "13,500億円", "企業誘致課", "概ね順調に進捗"],
                                       ["新技術・新製品等の開発数", "4件", "8件", "商工労働課", "進捗の遅れ"]]


def test_a_header_of_narrow_cells_printed_a_character_a_line_and_its_periods_below():
    # layouts 48 (two-row header, narrow 単位 and 評価 cells printed upright, the periods on a line of their own)
    text = "\n".join(["指標名", "単", "位", "基準値 実績値 目標値 評", "価", "備考", "（R1） （R5） （R7）",
                      "公共施設の年間利用者数 人 124,000 118,500※1 150,000 Ｂ ※1 改修による休館の影響"])
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix() == [
        ["指標名", "単位", "基準値（R1）", "実績値（R5）", "目標値（R7）", "評価", "備考"],
        ["公共施設の年間利用者数", "人", "124,000", "118,500※1", "150,000", "Ｂ", "※1 改修による休館の影響"]]


def test_a_unit_column_before_the_values_takes_a_unit_with_its_multiplier():
    # `千円` alone reads as the value 1,000 円 by itself: under a 単位 column it is that column's cell
    text = ("No. 指標名 単位 基準値（R1） 実績値（R5） 目標値（R7） 担当課\n"
            "5 住宅補助の交付額 千円 2,400 5,150 6,000 建設課\n")
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1] == ["5", "住宅補助の交付額", "千円", "2,400", "5,150", "6,000", "建設課"]


def test_values_printed_apart_from_their_units_are_not_letter_spacing():
    text = "指標名 基準値（R1） 目標値（R7）\nKPI 新技術・新製品等の開発数 4 件 8 件\n"
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1] == ["KPI 新技術・新製品等の開発数", "4件", "8件"]


def test_a_unit_with_its_multiplier_printed_apart_after_each_number_joins_it():
    # layouts 186 (-raw, pdfplumber): a unit column beside each value column prints `1,250` | `千人`; `千人` alone
    # reads as the value 1,000 人, but after a bare number it is that number's unit (1,250 千人 = 1,250,000 人)
    text = ("No. 指標名 基準値（R1） 実績値（R5） 目標値（R7） 担当課\n"
            "1 観光入込客数 1,250 千人 1,080 千人 1,400 千人 観光課\n"
            "3 道の駅の売上額 412 百万円 455 百万円 480 百万円 商工課\n")
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [["1", "観光入込客数", "1,250千人", "1,080千人", "1,400千人", "観光課"],
                                       ["3", "道の駅の売上額", "412百万円", "455百万円", "480百万円", "商工課"]]


def test_a_direction_verb_in_the_target_cell_stands_for_the_target():
    # layouts 185 (-raw): `増加させる` under 目標値 is the target's aim as `増加` alone is, a cell of the target
    # column; before, text taken for no value, the `前回比` change slid into the target and the arrow into 担当課
    assert _kinds("運動習慣のある市民の割合 31.5% 30.7% 増加させる 健康推進課")[3] == (T_STAND_IN, "増加させる")
    text = ("指標名 基準値（R1） 実績値（R5） 前回比 目標値（R7） 方向性 担当課\n"
            "特定健診の受診率 38.4% 42.1% +1.2pt 60.0% ↗ 健康推進課\n"
            "自殺死亡率（人口10万対） 16.2 14.8 ▲1.1pt 減少させる ↘ 福祉課\n")
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[2] == ["自殺死亡率（人口10万対）", "16.2", "14.8", "▲1.1pt", "減少させる", "↘", "福祉課"]


def test_a_box_label_over_the_header_heads_no_column():
    # a LibreOffice box titled `指標` above its table: the label's line is no name column of its own
    text = "\n".join(["指標", "指標名", "現状値", "（令和 5 年度）", "目標値", "（令和 11 年度）",
                      "図書館の年間貸出冊数 41 万冊 45 万冊"])
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix() == [["指標名", "現状値（令和 5 年度）", "目標値（令和 11 年度）"],
                                   ["図書館の年間貸出冊数", "41万冊", "45万冊"]]


def test_segment_values_without_a_segment_column_stay_in_their_cells():
    # one value per segment, cell after cell, and no 区分 column for the labels: each value cell lists its
    # segments' values, as the PDF prints it (the interpreter reads the labels as segments)
    text = "\n".join(["指標名 現状値（R5） 目標値（R11）", "外国語の授業が好きな児童・生徒の割",
                      "合", "小学校 81.2%", "中学校 64.0%", "小学校 85.0%", "中学校 70.0%"])
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [["外国語の授業が好きな児童・生徒の割合", "小学校 81.2%\n中学校 64.0%",
                                        "小学校 85.0%\n中学校 70.0%"]]


def test_a_period_printed_with_spaces_in_a_header_cell_is_one_word():
    # LibreOffice's -raw text prints `令和 4 年度` (the number a text run of its own) in a header band
    text = "\n".join(["指標名", "基準値", "（令和元年度）", "令和 4 年度", "実績値", "目標値", "（令和 9 年度）",
                      "地域猫の不妊手術件数 31 件 44 件 60 件"])
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix() == [["指標名", "基準値（令和元年度）", "令和4年度実績値", "目標値（令和 9 年度）"],
                                   ["地域猫の不妊手術件数", "31件", "44件", "60件"]]


def test_rows_printing_fewer_values_are_placed_like_their_dated_siblings():
    # a 3-value row without years takes the columns the dated 3-value row's years chose (R3 and R5 values: the
    # actual and the two targets, no baseline); a 2-value row keeps the final target; all flagged uncertain
    text = "\n".join(["区分 指標名 基準値（R1） 実績値（R4） 目標値（R4） 目標値（R6） 進捗状況",
                      "数値目標 空き家の活用件数 12件 15件 20件 順調に進捗",
                      "数値目標 ごみの排出量 612g (令和3年度) 600g (令和4年度) 580g (令和5年度) 概ね順調に進捗",
                      "KPI 防災訓練の参加者数 320人 500人 順調に進捗"])
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [
        ["数値目標", "空き家の活用件数", "", "12件", "15件", "20件", "順調に進捗"],
        ["数値目標", "ごみの排出量", "", "612g (令和3年度)", "600g (令和4年度)", "580g (令和5年度)", "概ね順調に進捗"],
        ["KPI", "防災訓練の参加者数", "320人", "", "", "500人", "順調に進捗"]]
    assert table.grid.uncertain_rows == {1, 2, 3} and not table.grid.uncertain


def test_a_row_whose_values_run_over_lines_ends_with_its_trailing_cells():
    # the name over lines, a value with its year under it, then the row's last values and its progress label
    text = "\n".join(["区分 指標名 基準値（R1） 実績値（R4） 目標値（R6） 進捗状況 進捗が遅れている理由", "数値目標",
                      "地域の行事に参加している", "市民の割合", "48.2%", "(令和3年度)", "50.0% 55.0% 概ね順調に進捗",
                      "数値目標 自主防災組織の数 31団体 33団体 40団体 進捗の遅れ", "訓練の再開が遅れたため。"])
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [
        ["数値目標", "地域の行事に参加している市民の割合", "48.2% (令和3年度)", "50.0%", "55.0%", "概ね順調に進捗", ""],
        # the reason's line after a whole progress label is the reason's cell
        ["数値目標", "自主防災組織の数", "31団体", "33団体", "40団体", "進捗の遅れ", "訓練の再開が遅れたため。"]]


def test_a_note_printed_instead_of_the_target_in_a_table_without_goal_columns():
    # the note stands in the target cell: the value before it is the baseline (its year says so too), and a
    # footnote sentence after the last row stays outside the table
    text = "\n".join(["指標名", "現状値", "（令和元年度）", "目標値", "（令和9年度）", "骨粗しょう症検診の受診率",
                      "18.5%", "(平成30年度)", "※次期計画の策定にあわせて", "設定予定",
                      "歯科健診の受診者数 820人 1,000人", "がん検診の精密検査受診率 88.0%",
                      "※数値は各年度末のものです。"])
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [
        ["骨粗しょう症検診の受診率", "18.5% (平成30年度)", "※次期計画の策定にあわせて設定予定"],
        ["歯科健診の受診者数", "820人", "1,000人"],
        ["がん検診の精密検査受診率", "", "88.0%"]]
    assert table.last == 11


def test_a_kind_word_alone_above_a_name_of_three_lines_and_labels_printed_with_their_values():
    # reportlab's -raw text: the kind word on a line of its own, the name over three lines, then one value per
    # segment with the label and the value printed together (`小学校88.7%`)
    text = "\n".join(["区分 指標名 現状値（R5） 目標値（R11）", "KPI", "放課後に地域の活動へ参加",
                      "している児童・", "生徒の割合", "小学校41.0%", "中学校22.5%", "小学校50.0%", "中学校30.0%"])
    (table,) = read_tables(text.splitlines())
    # the segment labels take the kind column (as with labels printed apart, STREAM above)
    assert table.grid.matrix()[1:] == [
        ["小学校", "放課後に地域の活動へ参加している児童・生徒の割合", "41.0%", "50.0%"],
        ["中学校", "放課後に地域の活動へ参加している児童・生徒の割合", "22.5%", "30.0%"]]


def test_a_member_column_takes_the_municipality_and_member_rows_share_the_name_above():
    # a joint vision's 市町村 column: `圏域全体` or a member beside the values, the name printed once above its
    # members' rows (pdftotext -raw prints a name merged over rows before them)
    text = ("成果指標 市町村 基準値（R1） 目標値（R6）\n二次救急医療機関の数 圏域全体 4施設 5施設\n移住相談件数\n"
            "鷹見市 120件 150件\n山吹川町 35件 50件\n")
    (table,) = read_tables(text.splitlines())
    grid = table.grid
    assert grid.matrix()[1] == ["二次救急医療機関の数", "圏域全体", "4施設", "5施設"]
    assert [row[1:] for row in grid.matrix()[2:]] == [["鷹見市", "120件", "150件"], ["山吹川町", "35件", "50件"]]
    named = next(cell for cell in grid.cells if cell.row == 2 and cell.col == 0)
    assert (named.text, named.row_span) == ("移住相談件数", 2)


def test_members_under_a_whole_area_row_are_not_its_segments():
    # a name centred in its merged cell is printed on its middle member's line: the member row above it has no
    # name, and the whole-area row before is an indicator of its own, never the owner of that member
    text = ("成果指標 市町村 基準値（R1） 目標値（R6）\n二次救急医療機関の数 圏域全体 4施設 5施設\n"
            "鷹見市 120件 150件\n移住相談件数 山吹川町 35件 50件\n")
    for table in read_tables(text.splitlines()):
        for row in table.grid.matrix()[1:]:
            assert not (row[0] == "二次救急医療機関の数" and row[1] == "鷹見市")


def test_trailing_cells_after_a_row_printed_column_by_column_are_that_rows():
    # values one per line, then the department and progress on a line of their own: that row's trailing cells,
    # never the first line of the next name
    text = ("指標名 基準値（R1） 目標値（R7） 担当課 進捗状況\n製造業の事業所数\n187事業所\n195事業所\n"
            "企業誘致課 概ね順調に進捗\n製造業の従業者数\n27,517人\n28,560人\n企業誘致課 順調に進捗\n")
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [
        ["製造業の事業所数", "187事業所", "195事業所", "企業誘致課", "概ね順調に進捗"],
        ["製造業の従業者数", "27,517人", "28,560人", "企業誘致課", "順調に進捗"]]


def test_an_open_line_after_a_whole_row_begins_the_next_rows_name():
    # pypdfium2 prints a name's first line alone, its second line with the row's values; the row above is whole to
    # its last column (a department), and a department never ends in a particle: the line is the next name's start
    text = ("指標名 基準値（R1） 目標値（R6） 担当課\n特産品の年間販売額 2,850万円 4,000万円 産業振興課\n"
            "グリーン・ツーリズムの\n受入人数 320人 500人 観光交流課\n")
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [
        ["特産品の年間販売額", "2,850万円", "4,000万円", "産業振興課"],
        ["グリーン・ツーリズムの受入人数", "320人", "500人", "観光交流課"]]


def test_a_first_header_line_ending_in_a_word_printed_upright():
    # pypdfium2: `単` / `位` printed one character a line, the first beside the name header
    text = "指標名 単\n位\n基準値 目標値\n（R1） （R7）\n市民活動団体の登録数 団体 86 110\n"
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix() == [["指標名", "単位", "基準値（R1）", "目標値（R7）"],
                                   ["市民活動団体の登録数", "団体", "86", "110"]]


def test_two_year_labelled_values_of_one_cell():
    # `H27：4人 / R1：9人`: a value ending in the separator goes on in the next value, one cell of two dated values
    assert _kinds("協力隊の定住者数 H27：4人 / R1：9人 15人") == [
        (T_TEXT, "協力隊の定住者数"), (T_VALUE, "H27：4人/ R1：9人"), (T_VALUE, "15人")]
    # pypdfium2 prints the cell's second dated value at the head of the next line, the row's other values after it
    text = "指標名 基準値 実績値（R5） 目標値（R7）\n市民農園の利用区画数 H27：120区画\nR1：135区画 148区画 160区画\n"
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [["市民農園の利用区画数", "H27：120区画\nR1：135区画", "148区画", "160区画"]]
    # year-labelled values on one line, one a column, stay apart
    text = "指標名 基準値 実績値 目標値\n市民農園の利用区画数 R1：135区画 R5：148区画 R7：160区画\n"
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [["市民農園の利用区画数", "R1：135区画", "R5：148区画", "R7：160区画"]]


def test_a_running_title_between_a_tables_rows_is_page_furniture():
    # pypdfium2 prints the next page's running title and page number before its rows: the title is printed beside
    # a page number on two pages, so it is no wrapped department of the row above
    text = ("市の総合戦略\n- 5 -\n指標名 基準値（R1） 目標値（R6） 担当課\n転入者数 3,120人 3,400人 企画課\n"
            "歩行者通行量 8,950人 10,000人 商工課\n市の総合戦略\n- 6 -\n出生数 702人 720人 こども政策課\n")
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [["転入者数", "3,120人", "3,400人", "企画課"],
                                       ["歩行者通行量", "8,950人", "10,000人", "商工課"],
                                       ["出生数", "702人", "720人", "こども政策課"]]


def test_a_name_after_the_wrapped_remark_of_the_row_above_is_a_guess():
    # the remark of the row above wraps without ending a sentence, then the next name wraps: the name takes as
    # many lines as a name may have, and whether its first line is the remark's last is not seen
    header = "指標名 現状値 目標値 備考"
    body = ["図書館の利用者数 52,000 人 60,000 人 利用者アンケートにおける「図書館", "の使いやすさ」に関する利用者の",
            "満足度", "公民館の利用に関する満", "足度", "40.0% 45.0%"]
    [table] = read_tables([header, *body])
    assert table.grid.uncertain_rows == {2} and not table.grid.uncertain
    # a remark that ends its sentence parts cleanly from the name below: certain
    body[2] = "満足度。"
    [table] = read_tables([header, *body])
    assert not table.grid.uncertain_rows


def test_a_name_centred_around_its_values_in_a_page_ordered_layer_is_joined_and_flagged():
    # pdfplumber writes the page's lines top to bottom: a two-line name cell centred on its row prints one line
    # above the values and one under them (`…講座への参` / values / `加者数`); the lines under are as many as
    # above, no wider, and end at the next heading. Whether the line under is the name's or the note column's
    # cannot be seen in text, so the row is flagged uncertain
    text = "\n".join(["指標名 現状値（R5） 目標値（R11） 解説・算出方法など", "市民が参加した里山保全活動の延べ参",
                      "312人 400人", "加者数", "重点施策 2-3 方針1:里山の保全"])
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1][:3] == ["市民が参加した里山保全活動の延べ参加者数", "312人", "400人"]
    assert table.grid.uncertain_rows == {1} and not table.grid.uncertain


def test_a_name_printed_before_its_values_keeps_the_note_lines_under_them():
    # pdftotext -raw prints a name's lines before the values; the lines under them are the note column's: two
    # name lines above and two note lines under, but the note's first line is not as wide as the name's full
    # line, so it cannot be the name's third line (a name wraps at its column's width)
    text = "\n".join(["指標名 現状値（R5） 目標値（R11） 解説・算出方法など", "地域の見守り活動に登録した事業者",
                      "の数", "－ 80件", "協定を結んだ事業者", "の累計", "重点施策 4-1 方針2:見守りの輪"])
    (table,) = read_tables(text.splitlines())
    row = table.grid.matrix()[1]
    assert row[:3] == ["地域の見守り活動に登録した事業者の数", "－", "80件"]
    assert row[3].startswith("協定を結んだ事業者")
    assert not table.grid.uncertain_rows


def test_a_name_ending_on_the_line_under_its_row_beside_the_reason_lines():
    # a page-ordered layer of cells filled from their top: the name's last word stands on the next line before the
    # reason's second line (`…創業件` / `数 した。…`); the rest of that line is as wide as the reason's line on the
    # row, the whole line wider. A reason of two sentences goes on after its first sentence's end up to the next
    # row (no name ends a sentence)
    text = "\n".join(["指標名 基準値（R1） 目標値（R7） 評価 取組の状況",
                      "里山体験プログラムの受講者 40人 60人 B 受講者の半数が市外から参加",
                      "数 した。春と秋の二回に分けて開",
                      "催し、宿泊の体験も加えた。",
                      "森林ボランティアの登録者数 15人 30人 C 登録の手続きを見直した。",
                      "説明会を増やし、若い世代に参加",
                      "を呼びかける。",
                      "間伐材の出荷量 120t 150t B 出荷先を広げた。"])
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [
        ["里山体験プログラムの受講者数", "40人", "60人", "B",
         "受講者の半数が市外から参加した。春と秋の二回に分けて開催し、宿泊の体験も加えた。"],
        ["森林ボランティアの登録者数", "15人", "30人", "C",
         "登録の手続きを見直した。説明会を増やし、若い世代に参加を呼びかける。"],
        ["間伐材の出荷量", "120t", "150t", "B", "出荷先を広げた。"]]
    # the name's last word read from the lines' widths (that row's)
    assert table.grid.uncertain_rows == {1} and not table.grid.uncertain


def test_a_one_word_title_over_the_next_heading_leaves_the_centred_name_rest_to_the_name():
    # the same page-ordered layer, a card per measure: under the row's values the name's last line (`合`), then a
    # one-word title introducing the next card (`誰一人取り残さないための取組`) and that card's heading. The title
    # belongs to no cell of the row (it stands over the heading), so the line under the values is the name's
    # rest; which column it is still cannot be seen, so the row stays flagged
    text = "\n".join(["指標名 現状値（R5） 目標値（R11） 解説・算出方法など", "地域の防災訓練に参加した市民の割",
                      "12.5％ 20.0％ 関連事業: 防災訓練事業", "合", "だれもが安心して暮らすための取組",
                      "重点施策 5-2 方針1関係:防災意識の向上"])
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1][:3] == ["地域の防災訓練に参加した市民の割合", "12.5％", "20.0％"]
    assert table.grid.uncertain_rows == {1} and not table.grid.uncertain
    # two lines under the values before the heading, one above: no title (a title is one word), the run is not
    # the name's rest, and the name stays as printed above the values
    text = text.replace("だれもが安心して暮らすための取組", "だれもが安心して 暮らすための取組")
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1][0] == "地域の防災訓練に参加した市民の割"


def _observed(tmp_path: Path, text: str) -> list[tuple[str, str, str, bool]]:
    """(name, segment, value text, uncertain) of every value the pipeline reads from the text."""
    path = tmp_path / "layer.txt"
    path.write_text(text, encoding="utf-8")
    return [(r.name, c.segment or "", c.text, c.uncertain) for r in extract(load(path)).rows for c in r.cells]


def test_bracketed_row_numbers_fill_the_number_column():
    # `(1)` under `No.` is the row's number, not the first word of its name (invented table)
    text = "\n".join(["No. 指標名 基準値（R2） 目標値（R8）", "(1) 図書館の年間貸出冊数 21,400冊 25,000冊",
                      "（２） 読書会の参加者数 130人 200人", "3. 移動図書館の巡回箇所数 12か所 15か所"])
    (table,) = read_tables(text.splitlines())
    assert [row[:2] for row in table.grid.matrix()[1:]] == [
        ["(1)", "図書館の年間貸出冊数"], ["（２）", "読書会の参加者数"], ["3.", "移動図書館の巡回箇所数"]]


def test_a_row_number_alone_over_its_wrapped_name_fills_the_number_column():
    # content-stream order of a sheet whose names wrap in a narrow cell: the `No.` cell, the name's lines, then the
    # values (invented table); the number is no part of the name, and the name's lines join with nothing between
    text = "\n".join(["No. 指標名", "基準値", "（R2）", "目標値", "（R8）", "進捗状況",
                      "1", "市民農園の年間利", "用者数", "1,240人 1,500人 ■順調 □遅れ",
                      "2", "公民館講座の受", "講者数", "820人 1,000人 □順調 ■遅れ"])
    (table,) = read_tables(text.splitlines())
    assert [row[:4] for row in table.grid.matrix()[1:]] == [
        ["1", "市民農園の年間利用者数", "1,240人", "1,500人"], ["2", "公民館講座の受講者数", "820人", "1,000人"]]


def test_a_row_of_merged_role_cells_spreads_over_the_periods_under_it():
    # a three-row header printed one row a line (invented): `基準` spans the first year, `目標` the last, `実績` the
    # years between; more years than role words, the years rising in the roles' order: the split is seen
    lines = ["基準 実績 目標", "指標名 令和元年度 令和3年度 令和4年度 令和7年度 担当課",
             "図書館の貸出冊数 8万冊 9万冊 9万冊 10万冊 生涯学習課"]
    out, guessed = spread_role_lines(lines)
    assert out[:2] == ["", "指標名 基準令和元年度 実績令和3年度 実績令和4年度 目標令和7年度 担当課"]
    assert guessed == set()
    # years that break the roles' order in time (the baseline's after an actual's): which run is which is a guess
    out, guessed = spread_role_lines(["基準 実績 目標", "指標名 令和4年度 令和3年度 令和5年度 令和7年度"])
    assert out[1] == "指標名 基準令和4年度 実績令和3年度 実績令和5年度 目標令和7年度"
    assert guessed == {1}
    # as many role words as periods: one each, no guess; two words of one role, or none of the run role: no spread
    assert spread_role_lines(["基準 目標", "指標名 R1 R7"]) == (["", "指標名 基準R1 目標R7"], set())
    assert spread_roles(["基準", "目標"], 3) is None
    # a header line (`担当課`, pdftotext -raw's stream order) between the role line and the periods moves up
    out, guessed = spread_role_lines(["指標名", "基準 実績 目標", "担当課", "令和元年度 令和3年度 令和4年度 令和7年度"])
    assert out == ["", "指標名", "担当課", "基準令和元年度 実績令和3年度 実績令和4年度 目標令和7年度"]
    assert guessed == set()


def test_a_total_word_among_the_role_words_spreads_over_its_range_of_years():
    # invented (a town's sheet, layouts 173's habit in pdfplumber's text): `累計` over `（R2～R4）` beside the yearly
    # actuals, the header's merged-down cells on a line between; the range is the total's cell, not a gloss of `R4`
    lines = ["基準値 実績値 累計 目標値", "No. 指標名 単位 担当課", "（R1） R2 R3 R4 （R2～R4） （R8）"]
    assert spread_role_lines(lines) == (
        ["", "No. 指標名 単位 担当課", "基準値（R1） 実績値R2 実績値R3 実績値R4 累計（R2～R4） 目標値（R8）"], set())
    assert parse_header("累計（R2～R4）") == ("actual", "FY2022")
    # a total word over a single year, or a range under a role word: no spread
    lines = ["基準値 実績値 累計 目標値", "（R1） R2 R3 （R2～R4） R4 （R8）"]
    assert spread_role_lines(lines) == (lines, set())


def test_the_role_cells_periods_printed_after_the_table_join_the_years_of_the_run():
    # invented (layouts 173's habit in pdftotext -raw / pypdfium2): the header's role words, then the run's years
    # alone; the other role cells' bracketed periods come after the rows, the note and the title
    lines = ["No. 指標名 単位 基準値 実績値 累計 目標値 担当課", "R2 R3 R4",
             "1 図書館の貸出冊数 冊 80 85 90 88 263 100 生涯学習課",
             "※累計は令和２年度から令和４年度までの合計", "緑ヶ丘町 総合戦略", "（R1） （R2～R4） （R8）"]
    out, guessed = spread_role_lines(lines)
    assert out[:2] == ["", "No. 指標名 単位 基準値（R1） 実績値R2 実績値R3 実績値R4 累計（R2～R4） 目標値（R8） 担当課"]
    assert out[2:5] == lines[2:5] and out[5] == ""
    assert guessed == set()
    # pieces that do not match the role words (one too few): left as printed
    lines = ["No. 指標名 基準値 実績値 累計 目標値", "R2 R3 R4", "1 図書館の貸出冊数 80 85 90 88 263 100",
             "（R1） （R8）"]
    assert spread_role_lines(lines) == (lines, set())
    # on the next page: no piece of this header
    lines = ["No. 指標名 基準値 実績値 累計 目標値", "R2 R3 R4", "1 図書館の貸出冊数 80 85 90 88 263 100",
             "\f（R1） （R2～R4） （R8）"]
    assert spread_role_lines(lines) == (lines, set())
    # after the header of another table: that table's pieces
    lines = ["No. 指標名 基準値 実績値 累計 目標値", "R2 R3 R4", "1 図書館の貸出冊数 80 85 90 88 263 100",
             "No. 指標名 基準値 実績値 累計 目標値", "（R1） （R2～R4） （R8）"]
    assert spread_role_lines(lines)[0][:3] == lines[:3]


def test_role_words_beside_the_headers_merged_down_spread_over_the_years_under_them():
    # layouts 169 in pdfplumber's / pypdfium2's text (the header's merged-down cells printed on the role row's line)
    lines = ["成果指標の推移", "No. 指標名 単位 基準値 実績値 目標値 担当課", "R1 R3 R4 R5 R7"]
    assert spread_role_lines(lines) == (
        ["", "成果指標の推移", "No. 指標名 単位 基準値R1 実績値R3 実績値R4 実績値R5 目標値R7 担当課"], set())
    # invented, another town: two actual years, a 中間目標 and a 目標 (one column each), roles after the department
    lines = ["指標名 担当課 現状値 実績 中間目標 最終目標", "2019年度 2022年度 2023年度 2025年度 2027年度"]
    assert spread_role_lines(lines) == (["", "指標名 担当課 現状値2019年度 実績2022年度 実績2023年度 "
                                             "中間目標2025年度 最終目標2027年度"], set())
    # invented: the target printed before four actual years (`基準値 目標値 実績値`), pypdfium2's order
    lines = ["指標名 基準値 目標値 実績値 担当課", "H30 R8 R2 R3 R4 R5"]
    assert spread_role_lines(lines)[0][1] == "指標名 基準値H30 目標値R8 実績値R2 実績値R3 実績値R4 実績値R5 担当課"
    assert spread_role_lines(lines)[1] == set()
    # a target year inside the actual years: the split is a guess, flagged
    assert spread_role_lines(["指標名 基準値 実績値 目標値", "R1 R3 R6 R5"])[1] == {1}
    # a sheet saved as text: the tabs keep every cell in its column, the delimited reader's to read (layouts 01)
    lines = ["指標\t基準値\t目標値", "\t2018年度\t2024年度"]
    assert spread_role_lines(lines) == (lines, set())
    # its role cells alone on their line, the name and unit merged down from the line above (a three-row header:
    # a band, the roles, the years; invented): in their columns too, not joined into single-space words
    lines = ["指標名\t単位\t数値", "\t\t基準値\t実績値\t\t目標値", "\t\tR1\tR3\tR4\tR7"]
    assert spread_role_lines(lines) == (lines, set())
    # other cells on both lines (`指標名` over the periods too): which cells the roles span is not seen, no spread
    lines = ["No. 基準値 実績値 目標値", "指標名 R1 R3 R4 R7"]
    assert spread_role_lines(lines) == (lines, set())


def test_a_three_row_header_one_space_apart_keeps_each_bracketed_year_and_puts_its_band_label_apart(
        tmp_path: Path):
    # invented: a three-row header in pdfplumber's single-space text, its first row the cells merged down and a
    # label merged over the values (`数値`), then the role words, then each column's year in brackets
    lines = ["担当課 指標名 数値", "基準値 実績値 目標値", "(R1年度) (R3年度) (R4年度) (R7年度)"]
    assert spread_role_lines(lines) == (
        ["数値", "担当課 指標名", "基準値(R1年度) 実績値(R3年度) 実績値(R4年度) 目標値(R7年度)"], set())
    # read whole: every value under its role and year (each value uncertain, the single-space reader's guess)
    path = tmp_path / "layer.txt"
    path.write_text("\n".join([*lines, "企画課 転入者数 1,200人 1,250人 1,310人 1,400人"]) + "\n", encoding="utf-8")
    observations, _, _ = extraction_records(extract(load(path)))
    assert [(o["kpi_name"], o["role"], o["period"], o["value"]) for o in observations] == [
        ("転入者数", "baseline", "FY2019", 1200), ("転入者数", "actual", "FY2021", 1250),
        ("転入者数", "actual", "FY2022", 1310), ("転入者数", "target", "FY2025", 1400)]
    # two words on the top line that are no header word: which one labels the band is not seen, nothing moves
    lines = ["担当課 指標名 数値 推移", "基準値 実績値 目標値", "R1 R3 R4 R7"]
    assert spread_role_lines(lines)[0][:2] == ["担当課 指標名 数値 推移", ""]


def test_a_value_cell_wrapped_in_a_narrow_column_is_joined():
    # invented: a thousands group cut (`12,3` / `45人`) and a unit alone under its number (`980` / `人`), one cell
    # piece a line (pdftotext -raw) or the pieces around the name's line (pdfplumber, cells centred on the row)
    assert wrapped_values(["図書館の貸出冊数", "12,3", "45冊", "980", "人", "生涯学習課"]) == [
        "図書館の貸出冊数", "12,345冊", "", "980人", "", "生涯学習課"]
    assert wrapped_values(["12,3 980", "図書館の貸出冊数 生涯学習課", "45冊 人"]) == [
        "", "図書館の貸出冊数 12,345冊 980人 生涯学習課", ""]
    # a grouping that is whole, or one bare number over one unit around a name (a row's last value, the next row's
    # unit cell), is left as printed
    assert wrapped_values(["1,234", "56人"]) == ["1,234", "56人"]
    assert wrapped_values(["15", "空き家の活用件数", "件"]) == ["15", "空き家の活用件数", "件"]
    # a goal cell written upright, a glyph a line (`標` / `２` / `人` / `の…`, layouts 135): its number is no value
    # wrapped over its unit
    assert wrapped_values(["標", "２", "人", "の 観光入込客数 86万人"]) == ["標", "２", "人", "の 観光入込客数 86万人"]


def test_check_box_options_are_a_progress_cell_not_damaged_values():
    # `□遅れ` is an unticked option of a form's progress cell (invented), not a value damaged to `□` (`O□`)
    assert _kinds("図書館の貸出冊数 8万冊 10万冊 ■順調 □遅れ") == [
        (T_TEXT, "図書館の貸出冊数"), (T_VALUE, "8万冊"), (T_VALUE, "10万冊"), (T_PROGRESS, "■順調"),
        (T_PROGRESS, "□遅れ")]
    assert _kinds("災害図上訓練年間実施回数 O□ 50")[1] == (T_VALUE, "O□")


SUB_ROWS = "\n".join(["No. 指標名 基準値（R2） 目標値（R8）",
                      "(1) 公民館講座の受講者数 820人 1,000人",
                      "(2) 地域行事に参加した人の割合 男性 31.0% 40.0%",
                      "女性 36.5% 45.0%",
                      "(3) 予防接種の接種率 麻しん 92.0% 95.0%",
                      "風しん 88.4% 95.0%",
                      "(4) 路線バスの年間利用者数 41万人 45万人"])


def test_unnumbered_rows_under_a_numbered_row_are_its_sub_indicators(tmp_path: Path):
    # a `指標名` cell spanning two columns, the name merged over rows whose second column names a sub-indicator:
    # pdftotext -raw prints the first sub-label after the name, the others alone before their values
    (table,) = read_tables(SUB_ROWS.splitlines())
    assert [row[1] for row in table.grid.matrix()[1:]] == [
        "公民館講座の受講者数", "地域行事に参加した人の割合", "地域行事に参加した人の割合", "予防接種の接種率",
        "予防接種の接種率", "路線バスの年間利用者数"]
    assert [row[-1] for row in table.grid.matrix()] == ["指標名", "", "男性", "女性", "麻しん", "風しん", ""]
    observed = _observed(tmp_path, SUB_ROWS)
    assert observed == [
        ("公民館講座の受講者数", "", "820人", False), ("公民館講座の受講者数", "", "1,000人", False),
        ("地域行事に参加した人の割合", "男性", "31.0%", False), ("地域行事に参加した人の割合", "男性", "40.0%", False),
        ("地域行事に参加した人の割合", "女性", "36.5%", False), ("地域行事に参加した人の割合", "女性", "45.0%", False),
        # labels that are no known segment: read so, but flagged (a category over names would print alike)
        ("予防接種の接種率", "麻しん", "92.0%", True), ("予防接種の接種率", "麻しん", "95.0%", True),
        ("予防接種の接種率", "風しん", "88.4%", True), ("予防接種の接種率", "風しん", "95.0%", True),
        ("路線バスの年間利用者数", "", "41万人", False), ("路線バスの年間利用者数", "", "45万人", False)]


def test_an_unnumbered_table_splits_only_segment_labels():
    # without a number column a one-word row under a row may be an indicator of its own (`遊具の点検数`):
    # only known segment labels make sub-rows
    text = "\n".join(["指標名 基準値（R2） 目標値（R8）", "健診を受けた人の割合 男性 40.0% 50.0%", "女性 45.0% 55.0%",
                      "公園の数 子ども 12か所 14か所", "遊具の点検数 30件 40件"])
    (table,) = read_tables(text.splitlines())
    assert [row[0] for row in table.grid.matrix()[1:]] == [
        "健診を受けた人の割合", "健診を受けた人の割合", "公園の数 子ども", "遊具の点検数"]


def test_a_number_spaced_on_both_sides_inside_a_name_flags_its_row_only_after_a_particle(tmp_path: Path):
    # `市営住宅 1 戸当たり`: an office program spaces Western from Asian text; after a kanji that space is autospacing
    # (a number binds to the word before it: clean_name folds it) and the row is read sure. After a particle
    # (`がんの 75 歳未満`) the document may have meant the space: which, the text does not tell, so that row is flagged
    text = "\n".join(["指標名 基準値（R2） 目標値（R8）", "市営住宅 1 戸当たりの修繕費 18 万円 15 万円",
                      "空き家バンクの登録件数 24件 40件", "がんの 75 歳未満の年齢調整死亡率 82.1 人 70.0 人"])
    assert _observed(tmp_path, text) == [
        ("市営住宅 1 戸当たりの修繕費", "", "18万円", False), ("市営住宅 1 戸当たりの修繕費", "", "15万円", False),
        ("空き家バンクの登録件数", "", "24件", False), ("空き家バンクの登録件数", "", "40件", False),
        ("がんの 75 歳未満の年齢調整死亡率", "", "82.1人", True),
        ("がんの 75 歳未満の年齢調整死亡率", "", "70.0人", True)]


# invented column-major rows (pdftotext -raw prints a LibreOffice table's cells one after another): a value cell
# listing two segments with its year and a `※` note, then a department wrapped over two lines and a progress label;
# a row whose note wraps a number to a line's start; a reason whose sentence prints a period apart (`令和 4 年度`)
COLUMN_MAJOR = "\n".join([
    "指標名", "基準値", "（令和元年度）", "令和 4 年度", "実績値", "目標値", "（令和 8 年度）", "指標の担当", "課",
    "進捗状況", "進捗が遅れている", "理由",
    "平均寿命",
    "男性 80.1 歳", "女性 86.3 歳", "（平成 27 年）", "※旧集計",
    "男性 80.9 歳", "女性 87.0 歳", "（令和２年）", "※新集計",
    "男性 81.5 歳", "女性 87.5 歳", "（令和７年）", "※新集計",
    "いきいき長寿", "課", "順調に進捗",
    "がん検診受診率",
    "15.2%", "16.0%",
    "※第 2 期健康増進", "計画の見直しにあ", "3 わせて設定する", "予定",
    "すこやか推進", "課", "進捗の遅れ",
    "受診の勧奨が遅れたため。令和 4 年度から", "案内を見直した。",
    "健康教室の参加者数 320 人 410 人 500 人 すこやか推進課 順調に進捗",
])


def test_column_major_cells_with_remarks_notes_and_wrapped_trailing_cells():
    (table,) = read_tables(COLUMN_MAJOR.splitlines())
    assert table.grid.matrix()[1:] == [
        ["平均寿命", "男性 80.1歳\n女性 86.3歳\n（平成 27 年）\n※旧集計",
         "男性 80.9歳\n女性 87.0歳\n（令和２年）\n※新集計",
         "男性 81.5歳\n女性 87.5歳\n（令和７年）\n※新集計", "いきいき長寿課", "順調に進捗", ""],
        ["がん検診受診率", "15.2%", "16.0%", "※第 2 期健康増進計画の見直しにあ3 わせて設定する予定", "すこやか推進課",
         "進捗の遅れ", "受診の勧奨が遅れたため。令和 4 年度から案内を見直した。"],
        ["健康教室の参加者数", "320人", "410人", "500人", "すこやか推進課", "順調に進捗", ""]]
    assert not table.grid.uncertain_rows


def test_a_number_under_a_short_note_opens_a_heading_not_the_note():
    # a one-line `※` note is not wrapped: the numbered goal heading under it is no line of the note but a section
    # over the rows below it
    text = "\n".join(["指標名 基準値（R1） 実績値（R4） 目標値（R8） 担当課", "図書の貸出冊数 10,200冊 9,800冊",
                      "※集計中", "2 子育てを支えるまち", "保育所の待機児童数 5人 0人 0人 こども課"])
    (table,) = read_tables(text.splitlines())
    assert [row[0] for row in table.grid.matrix()[1:]] == [
        "図書の貸出冊数", "2 子育てを支えるまち", "保育所の待機児童数"]
    assert "2 子育てを支えるまち" not in " ".join(table.grid.matrix()[1])


def test_a_value_cell_printing_text_without_a_mark_before_the_department():
    # invented: the final target's cell says why it has no value, wrapped at the cell's width, a period's number
    # printed apart (`令和 7 年 4 月の`); then the department and progress; the next row printed whole on a line
    text = "\n".join([
        "指標名", "基準値", "（令和元年度）", "令和 4 年度", "実績値", "目標値", "（令和 8 年度）", "指標の担当", "課",
        "進捗状況",
        "年少人口の割合", "12.1%", "（令和元年）", "11.6%", "（令和４年）",
        "令和 7 年 4 月の", "計画改定に伴い、", "指標を見直す予", "定",
        "企画課 進捗の遅れ",
        "転入者数 2,310 人 2,452 人 2,600 人 市民課 順調に進捗"])
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [
        ["年少人口の割合", "12.1% （令和元年）", "11.6% （令和４年）",
         "令和 7 年 4 月の計画改定に伴い、指標を見直す予定", "企画課", "進捗の遅れ"],
        ["転入者数", "2,310人", "2,452人", "2,600人", "市民課", "順調に進捗"]]
    assert not table.grid.uncertain_rows


def test_a_header_word_wrapped_before_its_inflection():
    # invented: a narrow reason header cell wraps `進捗が遅れてい` / `る理由` (a piece opening with a hiragana letter
    # is the word's end, however long)
    text = "\n".join(["指標名", "基準値", "（令和元年度）", "目標値", "（令和９年度）", "指標の担当", "課", "進捗状況",
                      "進捗が遅れてい", "る理由",
                      "地域の伝統行事に参", "加したと答えた児童の割合",
                      "６１．２％ ７０．０％ 生涯学習課", "順調に進捗"])
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix()[0][-1] == "進捗が遅れている理由"
    assert table.grid.matrix()[1] == [
        "地域の伝統行事に参加したと答えた児童の割合", "６１．２％", "７０．０％", "生涯学習課", "順調に進捗", ""]


def test_years_under_a_spanning_cell_take_its_place_in_the_band():
    """`pdftotext -raw` prints a two-row header in content-stream order: `実績値` between the columns it stands
    between, its years `R3 R4 R5` on the last line: they are its sub-columns, where it stands."""
    lines = ["指標名 基準値（R2）", "実績値", "中間目標（R5） 最終目標（R9）", "R3 R4 R5",
             "保育所待機児童数 7人 5人 3人 2人 2人 0人"]
    tables = read_tables(lines)
    assert len(tables) == 1
    assert tables[0].grid.matrix() == [
        ["指標名", "基準値（R2）", "実績値\nR3", "実績値\nR4", "実績値\nR5", "中間目標（R5）", "最終目標（R9）"],
        ["保育所待機児童数", "7人", "5人", "3人", "2人", "2人", "0人"],
    ]


def test_a_row_in_doubt_after_a_page_break_flags_its_own_values_only(tmp_path: Path):
    # the line after the page break may be the tail of the row before: the row taking it is flagged, the row
    # before it (read as printed) is not; before, every value of the table was flagged for the one doubt
    text = ("指標名 基準値（R1） 目標値（R7）\n子育て支援センターの年間利用者数（乳幼児と\n"
            "その保護者） 4,850人 6,000人\n- 2 -\n\n保育所の\n待機児童数 4人 0人\n")
    assert _observed(tmp_path, text) == [
        ("子育て支援センターの年間利用者数（乳幼児とその保護者）", "", "4,850人", False),
        ("子育て支援センターの年間利用者数（乳幼児とその保護者）", "", "6,000人", False),
        ("保育所の待機児童数", "", "4人", True), ("保育所の待機児童数", "", "0人", True)]


def test_a_role_line_over_fewer_cells_than_the_year_columns_spreads_by_the_years(tmp_path: Path):
    # `現状 実績 目標` over four year columns rising in the roles' order: the baseline spans the first year, the
    # target the last, the actual values the two between; the years decide, nothing is flagged. Before session 17
    # every value was flagged; before that, all four were read as actual values, unflagged (invented table)
    text = ("基本目標２ ひとを呼び込む\n現状 実績 目標\n指標名 平成30年度 令和2年度 令和3年度 令和6年度 担当課\n"
            "観光入込客数 51万人 48万人 50万人 60万人 観光課\n移住相談件数 120件 150件 170件 200件 企画課\n")
    path = tmp_path / "layer.txt"
    path.write_text(text, encoding="utf-8")
    cells = [(r.name, c.header, c.text, c.uncertain) for r in extract(load(path)).rows for c in r.cells]
    assert [(name, parse_header(header), value) for name, header, value, _ in cells] == [
        ("観光入込客数", ("baseline", "FY2018"), "51万人"), ("観光入込客数", ("actual", "FY2020"), "48万人"),
        ("観光入込客数", ("actual", "FY2021"), "50万人"), ("観光入込客数", ("target", "FY2024"), "60万人"),
        ("移住相談件数", ("baseline", "FY2018"), "120件"), ("移住相談件数", ("actual", "FY2020"), "150件"),
        ("移住相談件数", ("actual", "FY2021"), "170件"), ("移住相談件数", ("target", "FY2024"), "200件")]
    assert not any(uncertain for *_, uncertain in cells)
    # the target's year before the last actual one: which columns the roles span is a guess, every value flagged
    text = text.replace("令和3年度 令和6年度", "令和6年度 令和3年度")
    observed = _observed(tmp_path, text)
    assert sorted(value for _, _, value, _ in observed if value) == sorted(
        ["51万人", "48万人", "50万人", "60万人", "120件", "150件", "170件", "200件"])
    assert all(uncertain for *_, uncertain in observed)


def test_a_year_only_header_without_a_role_line_stays_certain(tmp_path: Path):
    # the same header with no role line above reads every column as printed: nothing is flagged (invented table)
    text = ("基本目標２ ひとを呼び込む\n指標名 平成30年度 令和2年度 令和3年度 令和6年度 担当課\n"
            "観光入込客数 51万人 48万人 50万人 60万人 観光課\n")
    assert not any(uncertain for *_, uncertain in _observed(tmp_path, text))


def test_a_goal_heading_opening_a_row_with_its_kind_word_before_values_one_per_line():
    # pdftotext -raw of a table with goal columns: the measure, the kind word and the name on one line, the row's
    # values under it one per line (a cell with its year under the value), the trailing cells after the last
    text = "\n".join(["基本目標 具体的な施策 区分 指標名 基準値（R1） 目標値（R9） 担当課 進捗状況", "1 安心なまち",
                      "① 防災の推進 KPI 防犯灯設置数 15,665基 19,100基 安心安全課 順調に進捗",
                      "② 空き家対策の推進 KPI 危険空き家除却件数", "30件", "（H30年度）",
                      "210件 住宅課 概ね順調に進捗"])
    (table,) = read_tables(text.splitlines())
    assert not table.grid.in_doubt
    assert table.grid.matrix()[-1] == ["", "② 空き家対策の推進", "KPI", "危険空き家除却件数", "30件 （H30年度）",
                                       "210件", "住宅課", "概ね順調に進捗"]


def test_segment_values_with_a_remark_under_a_name_opening_with_its_kind_word():
    # `KPI 健康寿命`, then each value cell over lines: one value per segment, the cell's year and its `※` note. The
    # kind column holds `KPI`: the labels have no column, each cell lists its segments
    text = "\n".join(["区分 指標名 基準値（R1） 目標値（R8） 担当課 進捗状況", "KPI 健康寿命",
                      "男性77.41歳", "女性79.89歳", "（令和元年）", "※変更前",
                      "男性 79.4歳", "女性 84.0歳", "（令和８年）", "※変更後", "健康づくり課 概ね順調に進捗"])
    (table,) = read_tables(text.splitlines())
    assert not table.grid.in_doubt
    assert table.grid.matrix()[1:] == [["KPI", "健康寿命", "男性 77.41歳\n女性 79.89歳\n（令和元年）\n※変更前",
                                        "男性 79.4歳\n女性 84.0歳\n（令和８年）\n※変更後",
                                        "健康づくり課", "概ね順調に進捗"]]


_GOAL_HEADER = ("基本目標 具体的な施策 区分 指標名 基準値（R1） 実績値（R4） 目標値（R9） 担当課 進捗状況 "
                "進捗が遅れている理由")


def _body(lines: list[str]) -> list[list[str]]:
    (table,) = read_tables([_GOAL_HEADER, "1 しごとの創生", *lines])
    assert not table.grid.in_doubt
    return table.grid.matrix()[2:]


def test_a_row_whose_last_line_opens_with_a_cells_remark_then_its_values_and_trailing_cells():
    # `感じている市民の割合 73.6%` / `74.1%` / `（令和３年度） 75.5% 企画調整課 順調に進捗`: one row over three lines
    assert _body(["数値目標", "伊勢崎市が住みよいと", "感じている市民の割合 73.6%", "74.1%",
                  "（令和３年度） 75.5% 企画調整課 順調に進捗"]) == [
        ["", "", "数値目標", "伊勢崎市が住みよいと感じている市民の割合", "73.6%", "74.1% （令和３年度）", "75.5%",
         "企画調整課", "順調に進捗", ""]]


def test_a_number_inside_a_wrapped_reason_is_no_row():
    # `ため、目標値の 10 件に`: a line of the reason above, as wide as its lines, printing a figure in its sentence
    assert _body(["KPI 新技術の開発数 4件 5件 10件 商工労働課 進捗の遅れ", "コロナ禍の影響による事",
                  "業者の開発意欲の低下の", "ため、目標値の 10 件に", "到達していない。",
                  "KPI 創業相談件数 10件 28件 28件 商工労働課 順調に進捗"]) == [
        ["", "", "KPI", "新技術の開発数", "4件", "5件", "10件", "商工労働課", "進捗の遅れ",
         "コロナ禍の影響による事業者の開発意欲の低下のため、目標値の 10 件に到達していない。"],
        ["", "", "KPI", "創業相談件数", "10件", "28件", "28件", "商工労働課", "順調に進捗", ""]]


def test_a_number_ending_a_wrapped_reasons_line_is_no_row():
    # `め、目標値の 10 件`: the line ends at the figure (no text after it), but opens with a word's last kana and a
    # comma, as no name does: the reason's line, not a row `め、目標値の` of one value
    assert _body(["KPI 新技術の開発数 4件 5件 10件 商工労働課 進捗の遅れ", "コロナ禍の影響に",
                  "よる事業者の開発", "意欲の低下のた", "め、目標値の 10 件", "に到達していない。",
                  "KPI 創業相談件数 10件 28件 28件 商工労働課 順調に進捗"]) == [
        ["", "", "KPI", "新技術の開発数", "4件", "5件", "10件", "商工労働課", "進捗の遅れ",
         "コロナ禍の影響による事業者の開発意欲の低下のため、目標値の 10 件に到達していない。"],
        ["", "", "KPI", "創業相談件数", "10件", "28件", "28件", "商工労働課", "順調に進捗", ""]]


def test_a_wrapped_measure_heading_ending_in_the_kind_word_of_the_row_below():
    # `① 地域に根ざした特` / `色ある教育の推進 KPI` / the name: the kind word is the row's, not the heading's
    (table,) = read_tables([_GOAL_HEADER, "1 しごとの創生", "① 地域に根ざした特", "色ある教育の推進 KPI",
                            "自分の住んでいる地域を誇り", "に思っている児童の割合",
                            "85.2% 90.5% 90.0% 学校教育課 順調に進捗"])
    assert table.grid.matrix()[1][:2] == ["1 しごとの創生", "① 地域に根ざした特色ある教育の推進"]
    assert table.grid.matrix()[2][2:5] == ["KPI", "自分の住んでいる地域を誇りに思っている児童の割合", "85.2%"]


def test_a_value_cells_note_with_a_number_inside_a_line():
    # `※第 3 期保険事業実` / `施計画・第 4 期特定` / …: the note printed in the final target's cell goes on
    # over a line printing a bare number between its words
    body = _body(["KPI 特定健康診査実施率", "42.5%", "（平成 30 年度）", "43.2%", "※第 3 期保険事業実",
                  "施計画・第 4 期特定", "健康診査等実施計画", "検討にあわせて設定", "予定",
                  "国民健康保険課 進捗の遅れ", "目標値が高いため。"])
    assert body[0][6] == "※第 3 期保険事業実施計画・第 4 期特定健康診査等実施計画検討にあわせて設定予定"
    assert body[0][7:] == ["国民健康保険課", "進捗の遅れ", "目標値が高いため。"]


def test_a_name_wrapped_over_four_lines_of_a_narrow_column():
    # a narrow name column (full-width digits widen the value columns): `将来の夢や希望の実` / `現に向け努力してい` /
    # `る` / `児童・生徒の割合`, then the row's values
    assert _body(["数値目標", "将来の夢や希望の実", "現に向け努力してい", "る", "児童・生徒の割合",
                  "75.3% 76.4% 85.0% 学校教育課 概ね順調に進捗"]) == [
        ["", "", "数値目標", "将来の夢や希望の実現に向け努力している児童・生徒の割合", "75.3%", "76.4%", "85.0%",
         "学校教育課", "概ね順調に進捗", ""]]


def test_lines_after_a_goal_heading_are_no_cells_of_the_row_above():
    # `3-1 時代にあった地域づく` / `り` / `数値目標` / name / `の割合 76.9% …`: the heading stands between the row
    # above (whole to its progress label) and these lines; they are the next row's kind and name
    assert _body(["数値目標 新規求人数 1,472件 1,594件 1,630件 概ね順調に進捗", "3 まちの創生",
                  "3-1 時代にあった地域づく", "り", "数値目標", "伊勢崎市が住みよいと感じている市民",
                  "の割合 76.9% 75.5% 77.5% 順調に進捗"])[-1][2:4] == [
        "数値目標", "伊勢崎市が住みよいと感じている市民の割合"]


def _rows(tmp_path: Path, lines: list[str]) -> list[tuple[str, str | None, list[tuple[str, str, bool]]]]:
    path = tmp_path / "sheet.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(row.name, row.department, [(cell.header, cell.text, cell.uncertain) for cell in row.cells])
            for row in extract(load(path)).rows]


def test_value_headers_printed_after_the_rows_head_their_values(tmp_path: Path):
    """An Excel sheet printed in two passes (`pdftotext -raw`): the header line names every column but the values,
    whose headers come after the rows and the page title. Their periods rise left to right as the rows' values
    stand: read unflagged."""
    lines = ["No. 指標名 単位 担当課", "1 観光入込客数 万人 32 41 45 観光課", "2 転入者数 人 1,210 1,305 1,400 市民課",
             "みなと町 総合戦略 KPI進捗表", "基準値", "（R2）", "実績値", "（R5）", "目標値", "（R8）"]
    assert _rows(tmp_path, lines) == [
        ("観光入込客数", "観光課", [("基準値（R2）", "32", False), ("実績値（R5）", "41", False),
                                    ("目標値（R8）", "45", False)]),
        ("転入者数", "市民課", [("基準値（R2）", "1,210", False), ("実績値（R5）", "1,305", False),
                               ("目標値（R8）", "1,400", False)])]


def test_value_headers_printed_apart_out_of_period_order_flag_the_values(tmp_path: Path):
    """The same with the target's header printed first: which value is whose the text cannot show, so every value
    is flagged."""
    lines = ["No. 指標名 単位 担当課", "1 観光入込客数 万人 32 45 観光課", "目標値", "（R8）", "基準値", "（R2）"]
    assert [cell[2] for _, _, cells in _rows(tmp_path, lines) for cell in cells] == [True, True]


def test_a_change_column_goes_where_the_rows_print_the_difference_of_two_values(tmp_path: Path):
    """The header line names the change column (`前年度比`) but not the value columns, whose two-line headers come
    after the rows; the change stands between the actuals and the target: 1,305 − 1,210 = +95, 41 − 32 = +9 (and
    ▲ a decrease). Read by that arithmetic, the target is the figure after the change, not the change."""
    lines = ["No. 指標名 単位 前年度比 達成率 担当課", "1 観光入込客数 万人 30 32 41 +9 45 91.1% 観光課",
             "2 転入者数 人 1,250 1,210 1,305 +95 1,400 93.2% 市民課", "3 空き家数 戸 80 75 71 ▲4 60 84.5% 建築課",
             "基準値", "（R1）", "実績値", "（R4）", "実績値", "（R5）", "目標値", "（R8）"]
    assert [(name, [(header, text) for header, text, _ in cells]) for name, _, cells in _rows(tmp_path, lines)] == [
        ("観光入込客数", [("基準値（R1）", "30"), ("実績値（R4）", "32"), ("実績値（R5）", "41"),
                          ("目標値（R8）", "45")]),
        ("転入者数", [("基準値（R1）", "1,250"), ("実績値（R4）", "1,210"), ("実績値（R5）", "1,305"),
                      ("目標値（R8）", "1,400")]),
        ("空き家数", [("基準値（R1）", "80"), ("実績値（R4）", "75"), ("実績値（R5）", "71"), ("目標値（R8）", "60")])]


def test_a_rate_after_bare_figures_closes_the_values_unflagged(tmp_path: Path):
    # the unit in its column, the figures bare: the one figure printing `%` is 達成率's, not a fifth value column's
    lines = ["No. 指標名 単位 前年度比 達成率 担当課", "1 観光入込客数 万人 30 32 41 +9 45 91.1% 観光課",
             "2 転入者数 人 1,250 1,210 1,305 +95 1,400 93.2% 市民課",
             "基準値", "（R1）", "実績値", "（R4）", "実績値", "（R5）", "目標値", "（R8）"]
    assert [flagged for _, _, cells in _rows(tmp_path, lines) for _, _, flagged in cells] == [False] * 8
    assert rate_after_bare(["30", "32", "41", "+9", "45", "91.1%"])
    assert not rate_after_bare(["30%", "32%", "91.1%"])  # a rate indicator's own values
    assert not rate_after_bare(["30人", "32人", "91.1%"])  # values printing their unit: rate_apart's case


def test_a_change_column_no_difference_places_is_left_where_the_header_prints_it():
    # `前年度比` as a ratio (102.5%): no figure is the difference of the two before it, so no place is proven
    rows = ["1 観光入込客数 万人 30 32 41 102.5% 45", "2 転入者数 人 1,250 1,210 1,305 107.9% 1,400"]
    words = ["No.", "指標名", "単位", "基準値（R1）", "実績値（R4）", "実績値（R5）", "目標値（R8）", "前年度比"]
    assert _change_placed(words, rows) == words


def test_a_header_without_values_and_no_value_headers_below_reads_nothing():
    lines = ["No. 指標名 単位 担当課", "1 観光入込客数 万人 32 45 観光課", "※ 観光課調べ"]
    assert read_tables(lines) == []


def test_value_cells_a_spreadsheet_printed_after_its_rows_go_back_to_them(tmp_path: Path):
    """LibreOffice Calc's text layer (`pdftotext -raw`, pypdfium2) prints a sheet's right-aligned value cells and
    shaded merged goal cells after its other cells: the rows' names and departments first, then the value headers,
    then one line of values per row with the goal cell before its first row's values. Each row takes the values in
    order, under the goal standing before them; the order is a guess, so every value is flagged."""
    lines = ["基本目標 指標名 担当課", "市民農園の区画数 農政課", "直売所の売上額 農政課",
             "図書館の貸出冊数 生涯学習課",
             "基準値（R2） 実績値（R5） 目標値（R8）", "基本目標１ 農のある暮らしを", "広げる", "40区画 52区画 60区画",
             "1.2億円 1.5億円 1.8億円", "基本目標２ 学びを支える", "31万冊 29万冊 35万冊"]
    rows = _rows(tmp_path, lines)
    assert [(name, department, [text for _, text, _ in cells]) for name, department, cells in rows] == [
        ("市民農園の区画数", "農政課", ["40区画", "52区画", "60区画"]),
        ("直売所の売上額", "農政課", ["1.2億円", "1.5億円", "1.8億円"]),
        ("図書館の貸出冊数", "生涯学習課", ["31万冊", "29万冊", "35万冊"])]
    assert [header for _, _, cells in rows[:1] for header, _, _ in cells] == [
        "基準値（R2）", "実績値（R5）", "目標値（R8）"]
    assert all(flagged for _, _, cells in rows for _, _, flagged in cells)
    path = tmp_path / "sheet.txt"
    assert [row.goal for row in extract(load(path)).rows] == [
        ("基本目標１ 農のある暮らしを広げる",), ("基本目標１ 農のある暮らしを広げる",), ("基本目標２ 学びを支える",)]


def test_value_cells_printed_after_a_note_go_to_the_rows_short_of_them(tmp_path: Path):
    """Rows printing their rate and evaluation but not their values (one row, all number cells, prints them all),
    a `※` note, then the value headers and one line of values per short row: the values go before the rate."""
    lines = ["指標名 達成率 評価", "自主防災組織の数 90.0% 概ね順調",
             "防災訓練の参加率 30.0% 33.0% 35.0% 94.3% 概ね順調",
             "避難所の備蓄品目数 100.0% 順調", "※達成率は実績値を目標値で除したもの。",
             "基準値（R1） 実績値（R5） 目標値（R6）", "80団体 90団体 100団体", "12品目 15品目 15品目"]
    assert [(name, [(header, text) for header, text, _ in cells]) for name, _, cells in _rows(tmp_path, lines)] == [
        ("自主防災組織の数", [("基準値（R1）", "80団体"), ("実績値（R5）", "90団体"), ("目標値（R6）", "100団体")]),
        ("防災訓練の参加率", [("基準値（R1）", "30.0%"), ("実績値（R5）", "33.0%"), ("目標値（R6）", "35.0%")]),
        ("避難所の備蓄品目数", [("基準値（R1）", "12品目"), ("実績値（R5）", "15品目"), ("目標値（R6）", "15品目")])]


def test_value_lines_after_rows_not_as_many_as_the_short_rows_are_no_cells_of_theirs():
    lines = ["指標名 担当課", "市民農園の区画数 農政課", "直売所の売上額 農政課",
             "基準値（R2） 実績値（R5） 目標値（R8）", "40区画 52区画 60区画"]
    assert not any(cell.text == "40区画" for table in read_tables(lines) for cell in table.grid.cells)


@pytest.mark.parametrize("band", [
    # pdfplumber: the header's first row, the second row's bracketed periods, then the spanning cell's years
    ["指標名 基準値 実績値 目標値", "（R1） （R8）", "R4 R5 R6"],
    # pypdfium2: the spanning cell's years and the target's period on one line
    ["指標名 基準値", "（R1）", "実績値 目標値", "R4 R5 R6 （R8）"]])
def test_years_of_a_spanning_cell_beside_periods_of_single_cells(band: list[str]):
    """A two-row header (`実績値` merged over three years, `基準値（R1）` and `目標値（R8）` two lines each): the
    bracketed periods go to the value words printing none, the years to the one word that leaves every period
    rising left to right."""
    tables = read_tables([*band, "保育所待機児童数 7人 5人 3人 2人 0人"])
    assert len(tables) == 1
    assert tables[0].grid.matrix() == [
        ["指標名", "基準値（R1）", "実績値\nR4", "実績値\nR5", "実績値\nR6", "目標値（R8）"],
        ["保育所待機児童数", "7人", "5人", "3人", "2人", "0人"]]


def test_periods_that_rise_under_no_word_of_the_band_read_no_spanning_cell():
    """The same periods where no word can take the years with every period rising: no column is guessed."""
    tables = read_tables(["指標名 基準値 実績値 目標値", "（R5） （R1）", "R2 R3 R4",
                          "保育所待機児童数 7人 5人 3人 2人 0人"])
    assert not any("実績値\nR2" in row for table in tables for row in table.grid.matrix())


def test_a_name_qualifier_printed_after_the_rows_values_ends_its_name(tmp_path: Path):
    """pdfplumber prints a wrapped name cell's last line `（累計）` after the row's line when the row's other cells
    fill it: the name's end (a value's remark could print so too: flagged)."""
    lines = ["指標名 基準値（R1） 目標値（R8）", "防災リーダー養成講座の修了者数 12人 150人", "（累計）"]
    ((name, _, cells),) = _rows(tmp_path, lines)
    assert name == "防災リーダー養成講座の修了者数（累計）"
    assert [(text, flagged) for _, text, flagged in cells] == [("12人", True), ("150人", True)]


def test_value_headers_printed_apart_on_one_line_go_among_the_header_values_by_their_periods():
    """LibreOffice draws a wrapped header cell after the rows: `基準値（H30）` before R1, `目標値（R6）` after R2.
    Periods rising in printed order and across the completed header: the columns are sure, the grid is not flagged;
    the rows end where those header cells stand (no department's text)."""
    (table,) = read_tables(["No. 指標名 単位 R1 R2 担当課", "1 観光入込客数 万人 30 32 41 45 観光課",
                            "2 転入者数 人 1,180 1,210 1,305 1,400 市民課", "基準値（H30） 目標値（R6）", "R5は集計中"])
    assert not table.grid.uncertain
    assert table.grid.matrix()[:3] == [
        ["No.", "指標名", "単位", "基準値（H30）", "R1", "R2", "目標値（R6）", "担当課"],
        ["1", "観光入込客数", "万人", "30", "32", "41", "45", "観光課"],
        ["2", "転入者数", "人", "1,180", "1,210", "1,305", "1,400", "市民課"]]


def test_value_headers_printed_apart_under_a_role_word_spanning_years_on_the_next_line():
    """pypdfium2 prints a merged `実績値` in the header line and its yearly sub-columns on the next line (`R2 R3 R4`),
    the two-line `目標値` / `（R8）` cell after the rows: the role word heads each year, the target goes after them
    by its period, and the rows start under the years' line."""
    (table,) = read_tables(["No. 指標名 単位 実績値 担当課", "R2 R3 R4",
                            "1 図書館の貸出冊数 冊 41,200 43,900 45,100 48,000 市民課",
                            "2 公民館の利用者数 人 8,310 8,020 8,450 9,000 生涯学習課", "目標値", "（R8）"])
    assert not table.grid.uncertain
    assert table.grid.matrix()[:3] == [
        ["No.", "指標名", "単位", "実績値R2", "実績値R3", "実績値R4", "目標値（R8）", "担当課"],
        ["1", "図書館の貸出冊数", "冊", "41,200", "43,900", "45,100", "48,000", "市民課"],
        ["2", "公民館の利用者数", "人", "8,310", "8,020", "8,450", "9,000", "生涯学習課"]]


def test_one_word_header_cells_a_line_each_before_the_years_of_the_role_word_among_them():
    """`pdftotext -raw` prints the taller cells of the header's first row a line each (`実績値`, `担当課`) before the
    years under `実績値`: the header line and those lines are one header, the role word heading each year."""
    (table,) = read_tables(["No. 指標名 単位", "実績値", "担当課", "R2 R3 R4",
                            "1 図書館の貸出冊数 冊 41,200 43,900 45,100 48,000 市民課",
                            "2 公民館の利用者数 人 8,310 8,020 8,450 9,000 生涯学習課", "目標値", "（R8）"])
    assert not table.grid.uncertain
    matrix = table.grid.matrix()
    assert matrix[0] == ["No.", "指標名", "単位", "実績値R2", "実績値R3", "実績値R4", "目標値（R8）", "担当課"]
    assert matrix[-1] == ["2", "公民館の利用者数", "人", "8,310", "8,020", "8,450", "9,000", "生涯学習課"]


def test_a_name_printed_after_apart_value_headers_names_the_row_printing_none(tmp_path: Path):
    """A wrapped name cell drawn after the header cells: the row printing no name takes it; the guess is flagged."""
    lines = ["指標名 単位", "村内総生産 百万円 12,480 14,000", "% 8.4% 9.0%", "基準値（R1） 目標値（R7）",
             "若年女性（20～39歳）の人口比率"]
    assert _rows(tmp_path, lines) == [
        ("村内総生産", None, [("基準値（R1）", "12,480", True), ("目標値（R7）", "14,000", True)]),
        ("若年女性（20～39歳）の人口比率", None, [("基準値（R1）", "8.4%", True), ("目標値（R7）", "9.0%", True)])]


def test_a_year_row_printed_after_the_rows_dates_the_value_headers_naming_none(tmp_path: Path):
    """A sheet's second header row (`令和5年度` / `令和11年度` under `現状値` / `目標値`) drawn after the rows and
    the page title (LibreOffice, layouts 147): each year joins its value word; the unit column placed last and
    joined to the target is the row's unit."""
    lines = ["No. 指標名", "現状値 目標値", "単位", "1 観光入込客数 412 480 千人", "2 外国人宿泊者数 8,420 12,000 人",
             "桜川台市 第２期総合戦略 施策別KPI", "令和5年度 令和11年度"]
    assert _rows(tmp_path, lines) == [
        ("観光入込客数", None, [("現状値(令和5年度)", "412", False), ("目標値(令和11年度)", "480", False)]),
        ("外国人宿泊者数", None, [("現状値(令和5年度)", "8,420", False), ("目標値(令和11年度)", "12,000", False)])]


def test_years_after_the_rows_that_do_not_rise_or_count_the_value_words_are_left_alone(tmp_path: Path):
    """Years falling left to right, or fewer than the value words naming none: no header row of this table."""
    for years in ("令和11年度 令和5年度", "令和5年度 令和7年度 令和11年度"):
        lines = ["No. 指標名 現状値 目標値 単位", "1 観光入込客数 412 480 千人", "2 転入者数 1,184 1,300 人", years]
        assert {cell[0] for row in _rows(tmp_path, lines) for cell in row[2]} == {"現状値", "目標値"}


SHEET_HEADER = "基本目標 具体的な施策 区分 指標名 基準値（R1） 目標値（R9） 担当課 進捗状況"


def _broken_sheet(rest: list[str]) -> list[str]:
    """A sheet whose row `中心市街地における休日の…` a page break cut after its first line (the form feed, then the
    header printed again), the rest of the cut cells printed under the header: `rest`. The name column wraps at
    the width of `商店街の空き店舗を活用した`, as wide as the cut row's line."""
    return [SHEET_HEADER, "1 まちの活力", "KPI 商店街の空き店舗を活用した", "新規出店の件数",
            "3件 8件 商工課 順調に進捗", "KPI 中心市街地における休日の 1,078人 1,190人 商工課 順調に進捗", "\x0c",
            SHEET_HEADER, *rest, "KPI 公共交通の利用者数 29万人 34万人 交通課 順調に進捗"]


def test_a_row_cut_by_a_page_break_goes_on_under_the_repeated_header():
    # the line under the header is no name of the next row (that row prints its kind word, then its name): the
    # rest of the cut row's name, the only cell that can go on (its department and progress label are whole),
    # and it fits the name column's width: no guess
    (table,) = read_tables(_broken_sheet(["歩行者通行量"]))
    names = [row[3] for row in table.grid.matrix()[2:]]
    assert names == ["商店街の空き店舗を活用した新規出店の件数", "中心市街地における休日の歩行者通行量",
                     "公共交通の利用者数"]
    assert not table.grid.uncertain_rows
    # a short line before another (`歩行` / `者通行量`) fits no cell's width (a cell wraps at one width): the lines
    # are still the cut row's, given to its name, and the row is flagged
    (table,) = read_tables(_broken_sheet(["歩行", "者通行量"]))
    names = [row[3] for row in table.grid.matrix()[2:]]
    assert names[1:] == ["中心市街地における休日の歩行者通行量", "公共交通の利用者数"]
    assert table.grid.uncertain_rows == {3}


def test_a_header_cut_by_a_page_break_takes_its_period_line_from_the_next_page():
    # the header's cells printed their first line at a page's foot, their period line on the next page
    lines = ["指標名 現状値 目標値 解説・算出方法など", "\x0c", "（令和5年度） （令和11年度）",
             "市民農園の利用区画数 120区画 150区画"]
    (table,) = read_tables(lines)
    assert table.grid.matrix() == [["指標名", "現状値（令和5年度）", "目標値（令和11年度）", "解説・算出方法など"],
                                   ["市民農園の利用区画数", "120区画", "150区画", ""]]


def test_a_closing_line_opening_with_a_value_and_its_unit_is_no_goal_heading():
    # `210 件 住宅課 …` under a row whose dated values wrap over lines: the last value and the trailing cells, not a
    # heading `2…` (a heading's label is a bare number)
    lines = ["指標名 基準値（R1） 実績値（R4） 目標値（R9） 担当課 進捗状況", "空き家の除却件数 30件", "（平成30年度）",
             "88件", "（令和3年度）", "210 件 住宅課 順調に進捗"]
    (table,) = read_tables(lines)
    assert table.grid.matrix()[1] == ["空き家の除却件数", "30件 （平成30年度）", "88件 （令和3年度）", "210件",
                                      "住宅課", "順調に進捗"]
    assert not table.grid.uncertain_rows


def test_role_words_are_not_spread_over_a_period_row_with_a_cell_not_understood():
    """Writer's two-row header in pypdfium2's text: `実績値 目標値` over `令和２年度 令和３年度 令和４年度 （R6）`, the
    last cell glued to its bracketed period. Two role words over the two periods understood would put 目標値 over
    令和３年度 (a wrong column, unflagged): the band is left as printed for the header readers."""
    lines = ["指標名 基準値", "（H30）", "実績値 目標値", "令和２年度 令和３年度 令和４年度 （R6）",
             "シルバー人材センターの会員数 410 人 428 人 436 人 451 人 480 人"]
    assert spread_role_lines(lines) == (lines, set())


def test_value_headers_printed_after_a_legend_line_still_head_the_rows():
    """An Excel sheet printed in two passes: header line without value headers, the rows, a legend of the progress
    words (`進捗 達成：…`, header words of its own), then the value header cells a line each. The legend stands
    between rows and band (at most MAX_GAP_LINES such lines): the band still completes the header, the legend is no
    row's text."""
    lines = ["指標 単位 進捗 担当課", "村の総人口 人 4,215 3,968 3,900 やや遅れ 住民課",
             "年間出生数 人 21 17 25 遅れ 保健福祉課",
             "進捗 達成：目標を達成 順調：目標に向け順調に推移",
             "2019年度", "（基準値）", "2023年度", "（実績値）", "2025年度", "（目標値）"]
    (table,) = read_tables(lines)
    matrix = table.grid.matrix()
    assert matrix[1][:5] == ["村の総人口", "人", "4,215", "3,968", "3,900"]
    assert matrix[2][-1] == "保健福祉課"
    assert len(matrix) == 3


def test_a_name_cell_closing_a_sentence_and_defining_itself_stays_the_rows_name():
    # a name cell printing the name as a sentence and a second sentence defining it, right under the header: no row
    # stands above to own a reason or note, so the lines are the first row's name; `-raw` prints them before the
    # row's values, pypdfium2 the second with them, pdfplumber (the page's reading order) the second under them
    header = "KPI 現状値（R1） 目標値（R7）"
    name, definition = "市の補助を受けた空き家の改修件数。", "店舗への改修を含む。"
    for lines in ([header, name, definition, "4件 20件"], [header, name, f"{definition} 4件 20件"],
                  [header, f"{name} 4件 20件", definition]):
        (table,) = read_tables(lines)
        cells = table.grid.matrix()[1]
        assert [cells[0].replace(" ", ""), *cells[1:]] == [name + definition, "4件", "20件"], lines


def test_value_cells_drawn_after_the_rows_go_to_the_rows_missing_one(tmp_path: Path):
    # cells carrying a note mark drawn in a pass of their own (invented table): each late value goes to the row that
    # leaves a column empty, in order and in its unit, flagged; the full row keeps its values unflagged
    text = ("指標名 基準値（R1） 実績値（R5） 目標値（R7）\n子育て相談の件数 1,120件 1,600件\n"
            "登録児童数 410人 520人\n会員数 260人 318人 350人\n※2\n1,480件\n※1\n462人\n※1\n"
            "※1 電話による相談を含む。\n")
    assert _observed(tmp_path, text) == [
        ("子育て相談の件数", "", "1,120件", True), ("子育て相談の件数", "", "1,480件", True),
        ("子育て相談の件数", "", "1,600件", True), ("登録児童数", "", "410人", True), ("登録児童数", "", "462人", True),
        ("登録児童数", "", "520人", True), ("会員数", "", "260人", False), ("会員数", "", "318人", False),
        ("会員数", "", "350人", False)]
    # a late value whose unit is not its row's is no such cell: nothing placed by a guess
    swapped = text.replace("1,480件", "1,480人")
    assert ("子育て相談の件数", "", "1,480人", True) not in _observed(tmp_path, swapped)


def test_goal_headings_between_two_pass_rows_give_the_rows_their_goals(tmp_path: Path):
    # Calc's two passes (invented sheet): the rows under their goal headings, then the page title, the value
    # header words and one line of values per row that printed none
    text = ("指標名 担当課\n基本目標１ 人を呼び込む\n観光入込客数 商工観光課\n移住者数 企画課\n"
            "基本目標２ 健康に暮らす\n特定健診の受診率 41.5% 46.2% 60.0% 健康福祉課\n教室の参加者数 健康福祉課\n"
            "千草町 総合戦略 KPI達成状況一覧（令和５年度）\n基準値（R2） 実績値（R5） 目標値（R7）\n"
            "52.4万人 48.9万人 60万人\n38人 57人 60人\n1,240人 1,580人 2,000人\n")
    path = tmp_path / "layer.txt"
    path.write_text(text, encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(r.name, r.goal[-1] if r.goal else "", r.department, [c.text for c in r.cells]) for r in rows] == [
        ("観光入込客数", "基本目標１ 人を呼び込む", "商工観光課", ["52.4万人", "48.9万人", "60万人"]),
        ("移住者数", "基本目標１ 人を呼び込む", "企画課", ["38人", "57人", "60人"]),
        ("特定健診の受診率", "基本目標２ 健康に暮らす", "健康福祉課", ["41.5%", "46.2%", "60.0%"]),
        ("教室の参加者数", "基本目標２ 健康に暮らす", "健康福祉課", ["1,240人", "1,580人", "2,000人"])]


def test_a_department_cell_merged_down_the_header_goes_after_the_values_its_rows_print_it_after():
    # -raw prints a three-row header's whole-height cells first (`指標名`, `担当課`), then the role line and the
    # periods (invented table): the rows print the department after their values, so its column stands there
    text = ("指標名\n担当課\n基準 実績 目標\n令和元年度 令和4年度 令和7年度\n"
            "市内従業者数 28,400人 28,650人 29,500人 商工課\n新規創業件数 24件 27件 35件 商工課\n")
    (table,) = find_tables(text.splitlines())
    matrix = table.grid.matrix()
    assert matrix[0][0] == "指標名" and matrix[0][-1] == "担当課"
    assert matrix[1] == ["市内従業者数", "28,400人", "28,650人", "29,500人", "商工課"]
    # rows printing the department before their values keep the band's order
    before = text.replace("28,400人 28,650人 29,500人 商工課", "商工課 28,400人 28,650人 29,500人")
    assert find_tables(before.splitlines())[0].grid.matrix()[0][1] == "担当課"


def test_a_row_alone_one_value_short_fills_the_last_value_columns(tmp_path: Path):
    # invented pypdfium2 text: the `―` of 空き家の成約件数's baseline is not in the text; the other rows print every
    # column, so the values fill the last ones (flagged, the empty baseline kept as a value not reported)
    text = "\n".join(["指標名 基準値（R1） 実績値（R5） 目標値（R7） 担当課",
                      "移住相談件数 85件 120件 150件 企画課",
                      "空き家の成約件数 420件 600件 企画課",
                      "転入者数 620人 655人 700人 企画課"])
    observed = _observed(tmp_path, text)
    assert [o for o in observed if o[0] == "空き家の成約件数"] == [
        ("空き家の成約件数", "", "", True), ("空き家の成約件数", "", "420件", True),
        ("空き家の成約件数", "", "600件", True)]
    # several rows short of one column keep their placement left to right (their values may be printed apart)
    text = text.replace("移住相談件数 85件 120件 150件", "移住相談件数 85件 150件")
    observed = _observed(tmp_path, text)
    assert [o[2] for o in observed if o[0] == "空き家の成約件数"] == ["420件", "", "600件"]


def test_a_header_whose_brackets_a_presentation_program_spaced_apart():
    # Impress pads the text inside brackets (`基準値（ R1 ）`) and prints a space before a unit (invented slide)
    text = "\n".join(["指標 基準値（ R1 ） 目標値（ R7 ）", "新規就農者数（累計） 5 人 25 人",
                      "移住相談件数 46 件 80 件"])
    (table,) = read_tables(text.splitlines())
    assert table.grid.matrix() == [["指標", "基準値（R1）", "目標値（R7）"],
                                   ["新規就農者数（累計）", "5人", "25人"], ["移住相談件数", "46件", "80件"]]


def test_a_name_cell_printed_after_the_rows_completes_a_header_line_without_one():
    """Invented Calc sheet, -raw: the one-line header cells first (`No. 基本目標 単位 担当課`), the rows, then the tall
    cells drawn last: the name header centred in its cell, the two-line value headers, the merged goal cell. The name
    header goes after the number and goal columns; the goal label alone ends the apart cells (it is no header)."""
    lines = ["No. 基本目標 単位 担当課",
             "1 観光入込客数 万人 38 41 45 商工観光課",
             "2 空き家バンクの成約件数 件 5 14 12 企画課",
             "指標名",
             "基準値", "（R1）", "実績値", "（R5）", "目標値", "（R7）",
             "基本目標１",
             "人を呼び込む"]
    (table,) = read_tables(lines)
    rows = table.grid.matrix()
    assert rows[0] == ["No.", "基本目標", "指標名", "単位", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課"]
    assert rows[2] == ["2", "", "空き家バンクの成約件数", "件", "5", "14", "12", "企画課"]


def test_header_cells_drawn_right_under_a_header_line_without_a_name_join_it():
    """Invented, the next page of the sheet above: the tall header cells are drawn right after the one-line ones,
    before the rows: one header over the rows, not a header band that names its columns in printed order."""
    lines = ["No. 基本目標 単位 担当課",
             "指標名",
             "基準値", "（R1）", "実績値", "（R5）", "目標値", "（R7）",
             "3 ふるさと納税の寄附件数 件 2,140 5,830 6,000 企画課",
             "4 関係人口登録者数 人 0 286 500 企画課"]
    (table,) = read_tables(lines)
    rows = table.grid.matrix()
    assert rows[0] == ["No.", "基本目標", "指標名", "単位", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課"]
    assert rows[-1] == ["4", "", "関係人口登録者数", "人", "0", "286", "500", "企画課"]


def test_a_range_printed_for_a_target_is_a_value_cell_before_the_department():
    # `80～90%`: no single figure, but the target's cell; the department after it stays the department's
    assert _kinds("市民の満足度 78.2% 80～90% 企画課")[:3] == [
        (T_TEXT, "市民の満足度"), (T_VALUE, "78.2%"), (T_VALUE, "80～90%")]


def test_a_narrow_line_under_a_name_filling_its_column_is_the_rest_of_that_name(tmp_path: Path):
    """A slide table's cells filled from their top (pdfplumber, invented figures): a name as wide as the widest of
    the table wrapped, its rest on the next line, before the next row's own name and values. A wrapped name's first
    line fills its column, so the short line begins no name; a name broken by hand could: flagged."""
    lines = ["指標 基準値（H30） 目標値（R6）", "年間出生数 812 人 850 人",
             "子育て支援センターの利 21,360 人 25,000 人", "用者数", "病児保育の利用日数 620 日 1,000 日"]
    assert _rows(tmp_path, lines) == [
        ("年間出生数", None, [("基準値（H30）", "812人", False), ("目標値（R6）", "850人", False)]),
        ("子育て支援センターの利用者数", None,
         [("基準値（H30）", "21,360人", True), ("目標値（R6）", "25,000人", True)]),
        ("病児保育の利用日数", None, [("基準値（H30）", "620日", False), ("目標値（R6）", "1,000日", False)])]
    # a line as wide as the name above begins the next row's name (wrapped at the column's width)
    lines[3:5] = ["地域子育て支援拠点の利", "用日数 620 日 1,000 日"]
    assert [name for name, _, _ in _rows(tmp_path, lines)][1:] == [
        "子育て支援センターの利", "地域子育て支援拠点の利用日数"]


def test_a_line_under_a_row_whole_to_its_department_is_no_part_of_the_department(tmp_path: Path):
    # the last column is a department and the row printed it whole: a source note under the table has no cell to go
    # on in (before, `出典：…` was read as the rest of `都市公園課`)
    text = ("KPI 基準値（R1） 実績値（R5） 目標値（R7） 担当課\n宿泊者数 28.4万人 24.9万人 32万人 観光課\n"
            "市内キャンプ場の利用者数 8,450人 11,930人 12,000人 都市公園課\n出典：湖北台市観光動態調査\n")
    path = tmp_path / "layer.txt"
    path.write_text(text, encoding="utf-8")
    assert [(r.name, r.department) for r in extract(load(path)).rows] == [
        ("宿泊者数", "観光課"), ("市内キャンプ場の利用者数", "都市公園課")]


def test_a_goal_sentence_merged_down_and_wrapped_before_its_rows_is_the_goal(tmp_path: Path):
    # layouts 156 (-raw): a `基本目標` cell merged down over its rows, its long sentence wrapped at the cell's width
    # and printed whole before the rows: the lines as wide as the heading's, then its shorter last line, are the
    # goal's; the rows keep their own names
    rows = _rows(tmp_path, ["基本目標 数値目標 基準値（R1） 目標値（R7）", "基本目標１ 若い世代が安心",
                            "して結婚・出産・子育てがで", "き、子どもが健やかに育つま", "ちをつくる",
                            "合計特殊出生率 1.38 1.50", "年間出生数 540 人 560 人"])
    assert [name for name, _, _ in rows] == ["合計特殊出生率", "年間出生数"]
    _, indicators, _ = extraction_records(extract(load(tmp_path / "sheet.txt")))
    assert {i["goal"] for i in indicators} == {
        "1 若い世代が安心して結婚・出産・子育てができ、子どもが健やかに育つまちをつくる"}


def test_a_merged_goal_sentence_wrapped_among_its_rows_goes_on_with_the_goal(tmp_path: Path):
    # pdfplumber prints a merged goal cell in the page's reading order: its first line on its first row's line, its
    # next lines alone between the rows or first on the next row's line; those lines, of the goal column's width,
    # are the goal's, not the next row's name (before: the goal cut after its first line, unflagged)
    lines = ["基本目標 重要業績評価指標 現状値（R2） 目標値（R8）",
             "基本目標１ 誰もが住み慣れ 健康寿命（男性） 79.1歳 80.0歳",
             "た地域で、健やかに自分ら",
             "しく暮らし続けられるまち 特定健診の受診率 38.2% 60.0%",
             "をつくる",
             "基本目標２ 人と人がつな 地域活動への参加率 24.0% 35.0%",
             "がり、支え合う温かい地域",
             "をつくり、共に生きるまち 自治会への加入率 61.5% 70.0%",
             "をつくる"]
    path = tmp_path / "goals.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = extract(load(path)).rows
    first = "基本目標１ 誰もが住み慣れた地域で、健やかに自分らしく暮らし続けられるまちをつくる"
    second = "基本目標２ 人と人がつながり、支え合う温かい地域をつくり、共に生きるまちをつくる"
    assert [(r.name, "".join(r.goal).replace("\n", ""), r.goal_uncertain) for r in rows] == [
        ("健康寿命（男性）", first, False), ("特定健診の受診率", first, False),
        ("地域活動への参加率", second, False), ("自治会への加入率", second, False)]


def test_a_goal_line_that_may_be_the_widest_names_rest_flags_the_goals(tmp_path: Path):
    # the line under the row may be the rest of its name when that name is the table's widest (it may have
    # wrapped); a goal filling its last line seen may go on unseen: the goals are read, flagged
    path = tmp_path / "goals.txt"
    for name, lines in (("特定健康診査の受診者の割合",
                         ["基本目標１ 誰もが住み慣れ 健康寿命 79.1歳 80.0歳", "た地域で、健やかに自分ら",
                          "しく暮らし続けられるまち 特定健康診査の受診者の割合 38.2% 60.0%", "をつくる"]),
                        ("特定健診の受診率", ["基本目標１ 誰もが住み慣れ 健康寿命 79.1歳 80.0歳",
                                              "た地域で、健やかに自分ら 特定健診の受診率 38.2% 60.0%"])):
        header = "基本目標 重要業績評価指標 現状値（R2） 目標値（R8）"
        path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
        rows = extract(load(path)).rows
        assert [r.name for r in rows] == ["健康寿命", name]
        assert all(r.goal_uncertain for r in rows)


def test_a_grade_legend_under_the_rows_is_no_value_header_cell(tmp_path: Path):
    # the value headers printed after the rows, between a legend's caption and its entries: `【評価の基準】`,
    # `A：…` and a `※` sentence name header words (評価, 達成率, 実績値) but no header cell prints them; the ratio
    # `前年度比` goes where 1,305 / 1,210 = 107.9% (before: the whole legend read as the band, no row read)
    lines = ["No. 指標名 単位 前年度比 達成率 評価", "1 転入者数 人 1,250 1,210 1,305 107.9% 1,400 93.2% B",
             "2 観光入込客数 万人 30 32 41 128.1% 45 91.1% B", "【評価の基準】", "基準値", "（R1）", "実績値", "（R4）",
             "実績値", "（R5）", "目標値", "（R8）", "A：目標を達成した（達成率100%以上）",
             "※前年度比は、実績値（R5）÷実績値（R4）"]
    assert [(name, [(header, text) for header, text, _ in cells]) for name, _, cells in _rows(tmp_path, lines)] == [
        ("転入者数", [("基準値（R1）", "1,250"), ("実績値（R4）", "1,210"), ("実績値（R5）", "1,305"),
                      ("目標値（R8）", "1,400")]),
        ("観光入込客数", [("基準値（R1）", "30"), ("実績値（R4）", "32"), ("実績値（R5）", "41"),
                          ("目標値（R8）", "45")])]


def test_a_wrapped_source_cell_goes_on_before_the_department_on_the_next_line(tmp_path: Path):
    # layouts 153 (pypdfium2): a `出典` column (the survey a value comes from) before the department; a source too
    # long for its cell wraps, and its rest prints on the next line with the department after it (`資料 生涯学習課`)
    text = ("北浜町 第２期総合戦略 重要業績評価指標（KPI）\n指標名 基準値（R4） 目標値（R9） 出典 担当課\n"
            "ごみのリサイクル率 18.2% 25.0% 清掃事業概要 環境政策課\n"
            "市民一人当たりの図書貸出冊数 4.1冊 5.0冊 図書館年報統計\n資料 生涯学習課\n"
            "特定健診の受診率 38.0% 55.0% 法定報告 保健課\n")
    path = tmp_path / "layer.txt"
    path.write_text(text, encoding="utf-8")
    observations, indicators, _ = extraction_records(extract(load(path)))
    assert [(i["kpi_name"], i["department"], i["note"]) for i in indicators] == [
        ("ごみのリサイクル率", "環境政策課", "清掃事業概要"),
        ("市民一人当たりの図書貸出冊数", "生涯学習課", "図書館年報統計資料"),
        ("特定健診の受診率", "保健課", "法定報告")]
    assert [(o["kpi_name"], o["role"], o["period"], str(o["value"]), o["unit"]) for o in observations] == [
        ("ごみのリサイクル率", "baseline", "FY2022", "18.2", "%"),
        ("ごみのリサイクル率", "target", "FY2027", "25.0", "%"),
        ("市民一人当たりの図書貸出冊数", "baseline", "FY2022", "4.1", "冊"),
        ("市民一人当たりの図書貸出冊数", "target", "FY2027", "5.0", "冊"),
        ("特定健診の受診率", "baseline", "FY2022", "38.0", "%"), ("特定健診の受診率", "target", "FY2027", "55.0", "%")]


def test_a_rows_source_wrapped_under_its_values_then_its_department_on_a_line_of_its_own(tmp_path: Path):
    """A Word table in `pdftotext -raw` order (invented): each name with its formula line over the row's values,
    then the 出典 and 担当課 cells on the values' line; in the last row the source wraps onto lines of its own under
    the values and the department follows alone. The source's lines are the first text column's (a free text
    column), the department's line its own column's: not one department `一般廃棄物処理事業実態調査環境衛生課`."""
    lines = ["桜川村 総合戦略 成果指標", "指標名 基準値（R5）", "目標値", "（R11）", "出典 担当課",
             "村内の年間婚姻届出数",
             "（算出方法：１月～１２月の婚姻届の受理件", "数）", "38 件 45 件 戸籍統計 住民課", "乳がん検診の受診率",
             "（算出方法：受診者数÷対象者数×100）", "17.2% 25.0% 地域保健報告 保健福祉課", "村のごみ総排出量",
             "（算出方法：可燃ごみと不燃ごみの年間収集量の合計）", "4,820t 4,500t", "一般廃棄物処理事業実態", "調査",
             "環境衛生課"]
    assert _rows(tmp_path, lines) == [
        ("村内の年間婚姻届出数", "住民課", [("基準値（R5）", "38件", False), ("目標値（R11）", "45件", False)]),
        ("乳がん検診の受診率", "保健福祉課", [("基準値（R5）", "17.2%", False), ("目標値（R11）", "25.0%", False)]),
        ("村のごみ総排出量", "環境衛生課", [("基準値（R5）", "4,820t", False), ("目標値（R11）", "4,500t", False)])]


def test_a_last_rows_wrapped_name_at_the_end_of_the_text_goes_on_that_row_flagged(tmp_path: Path):
    # pdfplumber text of a table whose cells are filled from their top: the last row's name wrapped after `延べ`
    # (no particle says so) and nothing after it; the line is no title (nothing follows for it to introduce), so
    # it is the rest of that row's name, which cell goes on being a guess: flagged, not dropped
    text = ("白浜町 総合戦略 KPI一覧\n\n指標名 現状値（R3） 目標値（R9） 担当課\n"
            "移住相談件数 230件 300件 企画政策課\n市内の宿泊施設における延べ 38,000人 41,800人 商工観光課\n"
            "宿泊者数\n")
    path = tmp_path / "plumber.txt"
    path.write_text(text, encoding="utf-8")
    observations = extraction_records(extract(load(path)))[0]
    last = [o for o in observations if o["line"] == 5]
    assert {o["kpi_name"] for o in last} == {"市内の宿泊施設における延べ宿泊者数"}
    assert sorted(o["value"] for o in last) == [38000, 41800]
    assert all(o["uncertain"] for o in last)
    assert not any(o["uncertain"] for o in observations if o["line"] == 4)


def test_role_words_under_a_line_of_years_join_them_in_order(tmp_path: Path):
    """A two-row header printing the years above the roles (`令和元年度 令和５年度 令和７年度` over `基準値 実績値
    目標値`, layouts 189), as -raw prints it: the name's and department's cells merged down come first, then the
    years, then the roles. Each role takes the year above it; the role line is no part of the first name."""
    lines = ["さくら台市 総合戦略 KPIの達成状況", "指標名", "令和元年度 令和５年度 令和７年度", "担当課",
             "基準値 実績値 目標値", "空き家の除却件数 18件 41件 60件 建築住宅課",
             "交通事故の発生件数 312件 268件 250件 市民安全課"]
    rows = _rows(tmp_path, lines)
    assert [(name, department) for name, department, _ in rows] == [("空き家の除却件数", "建築住宅課"),
                                                                    ("交通事故の発生件数", "市民安全課")]
    assert [parse_header(header) for header, _, _ in rows[0][2]] == [
        ("baseline", "FY2019"), ("actual", "FY2023"), ("target", "FY2025")]
    assert [(text, flagged) for _, text, flagged in rows[0][2]] == [("18件", False), ("41件", False), ("60件", False)]


def test_a_department_after_an_empty_grade_cell_is_the_rows_department(tmp_path: Path):
    """pypdfium2 text of layouts 187 whose `評価` scores did not come out: `name 6件 11件 10件 商工観光課` under
    `… 目標値（R7） 評価 担当課`. The department is the 担当課 column's, never the grade (progress) column's."""
    lines = ["さくら町 効果検証結果", "指標名 基準値（R1） 実績値（R5） 目標値（R7） 評価 担当課",
             "新規創業件数 6件 11件 10件 商工観光課", "企業誘致件数 0件 1件 3件 企画課"]
    path = tmp_path / "sheet.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(row.name, row.department, row.progress) for row in rows] == [("新規創業件数", "商工観光課", None),
                                                                          ("企業誘致件数", "企画課", None)]


def test_years_printed_apart_from_their_role_words_head_one_column_each():
    """pdftotext -raw of layouts 174: `R4 実績 R5 実績` (a space between a half-width year and its role word) are
    two columns `R4実績`, `R5実績`; a year column beside a role column stays two."""
    assert line_words("指標名 R4 実績 R5 実績 増減 目標値（R7） 担当課") == [
        "指標名", "R4実績", "R5実績", "増減", "目標値（R7）", "担当課"]
    assert line_words("指標名 R4 R5 目標 担当課") == ["指標名", "R4", "R5", "目標", "担当課"]


def test_a_role_word_and_the_year_an_ideographic_space_after_it_head_one_column():
    """A text layer prints the gutter between two cells as ASCII spaces: `基準　H29` and `中間目標　R8年度` are one
    cell's words; a role word and a year one ASCII space apart stay two words, and so does a goal heading's text."""
    assert line_words("指標名 基準　H29 実績値（年度）　R3 中間目標　R8年度 評価") == [
        "指標名", "基準H29", "実績値（年度）R3", "中間目標R8年度", "評価"]
    assert line_words("指標名 基準 H29 目標値 R8年度") == ["指標名", "基準", "H29", "目標値", "R8年度"]
    assert line_words("基本目標２　誰もが活躍できる地域をつくる") == ["基本目標２", "誰もが活躍できる地域をつくる"]


def test_a_sentence_over_the_header_heads_no_column():
    """pdfplumber text of layouts 181: the sentence right above the header names role words (`数値目標`) but is
    prose; the table's header is the next line."""
    lines = ["基本目標ごとに、最終年度までに達成を目指す数値目標を定めます。",
             "基本目標 数値目標 基準値（R5） 目標値（R11）", "基本目標１ 地域の仕事を",
             "町内事業所の従業者数 3,420人 3,600人", "町内の農業産出額 18.6億円 20.0億円"]
    (table,) = read_tables(lines)
    assert table.first == 1
    assert table.grid.matrix()[0] == ["基本目標", "数値目標", "基準値（R5）", "目標値（R11）"]


def test_a_goal_cell_printed_around_its_middle_row_gets_its_last_line_back():
    """pdfplumber text of layouts 181: a merged goal cell of two lines centred on its three rows prints its first
    line above the middle row and its last (`つくる`) under it; the last line is the heading's, not the next
    row's name."""
    lines = ["基本目標 数値目標 基準値（R5） 目標値（R11）", "町内事業所の従業者数 3,420人 3,600人",
             "基本目標１ 地域の仕事を", "町内の農業産出額 18.6億円 20.0億円", "つくる", "観光入込客数 42万人 50万人"]
    (table,) = read_tables(lines)
    cells = [row for row in table.grid.matrix()[1:]]
    assert "観光入込客数" in [row[1] for row in cells]
    assert any(row[0] == "基本目標１ 地域の仕事をつくる" for row in cells)


def _read_lines(tmp_path: Path, lines: list[str]) -> tuple[list[tuple[str, str, str, float, bool]], list[str]]:
    """(name, role, period, value, uncertain) of every observation read from the lines, and the warnings."""
    path = tmp_path / "layer.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    extraction = extract(load(path))
    observations, _, _ = extraction_records(extraction)
    return [(o["kpi_name"], o["role"], o["period"], o["value"], o["uncertain"]) for o in observations], \
        extraction.warnings


def test_role_words_spread_over_a_line_of_bare_western_years(tmp_path: Path):
    # invented, pdfplumber's single-space text of a three-row header: the name and progress cells merged down beside
    # a label over the values (`数値`), the role words (`実績値` over three years), the years printed bare; the
    # years line is the header's, no line of values; the progress label closes each row
    lines = ["指標名 数値 達成度", "基準値 実績値 目標", "2017 2018 2019 2020 2026",
             "観光入込客数 53万人 60万人 57万人 56万人 58万人 順調", "新規就農者数 11人 12人 11人 12人 14人 遅れ"]
    # the values stand where the label stands, between the name and progress headers
    assert spread_role_lines(lines)[0] == [
        "", "", "指標名 基準値2017 実績値2018 実績値2019 実績値2020 目標2026 達成度", *lines[3:]]
    observations, warnings = _read_lines(tmp_path, lines)
    assert [o[:4] for o in observations] == [
        ("観光入込客数", "baseline", "FY2017", 530000), ("観光入込客数", "actual", "FY2018", 600000),
        ("観光入込客数", "actual", "FY2019", 570000), ("観光入込客数", "actual", "FY2020", 560000),
        ("観光入込客数", "target", "FY2026", 580000),
        ("新規就農者数", "baseline", "FY2017", 11), ("新規就農者数", "actual", "FY2018", 12),
        ("新規就農者数", "actual", "FY2019", 11), ("新規就農者数", "actual", "FY2020", 12),
        ("新規就農者数", "target", "FY2026", 14)]
    assert not any("2017 2018" in warning for warning in warnings)
    # years that fall back are no header's line of years: nothing spreads
    falling = ["基準値 実績値 目標", "2017 2019 2018 2026"]
    assert spread_role_lines(falling)[0] == falling


def test_bracketed_bare_years_beside_other_header_cells_spread_when_a_role_spans_several(tmp_path: Path):
    # invented: `(2020)(2021)…` under role words beside the name and progress headers, more years than role words
    lines = ["評価指標 基準値 実績値 目標 達成度", "(2020) (2021) (2022) (2026)",
             "移住相談件数 239件 193件 285件 221件 遅れ"]
    observations, _ = _read_lines(tmp_path, lines)
    assert [o[:4] for o in observations] == [
        ("移住相談件数", "baseline", "FY2020", 239), ("移住相談件数", "actual", "FY2021", 193),
        ("移住相談件数", "actual", "FY2022", 285), ("移住相談件数", "target", "FY2026", 221)]


def test_a_second_word_naming_the_indicator_column_labels_the_values(tmp_path: Path):
    # invented: `ＫＰＩ 指標の推移` over the role words: one column has one header, `指標の推移` stands over the values
    lines = ["ＫＰＩ 指標の推移", "当初値 実績値 目標", "（2015） （2016） （2017） （2031）",
             "企業誘致件数（件） 2 3 3 5"]
    assert spread_role_lines(lines)[0][:2] == ["指標の推移", "ＫＰＩ"]
    observations, _ = _read_lines(tmp_path, lines)
    assert [o[:4] for o in observations] == [
        ("企業誘致件数", "baseline", "FY2015", 2), ("企業誘致件数", "actual", "FY2016", 3),
        ("企業誘致件数", "actual", "FY2017", 3), ("企業誘致件数", "target", "FY2031", 5)]
    # of two such words, the one naming a value band is the label, wherever it stands (`指標の推移 進捗評価 評価指標`:
    # the values first, then the progress and name headers)
    lines = ["指標の推移 進捗評価 評価指標", "基準値 実績値 目標", "(2020) (2021) (2022) (2026)"]
    assert spread_role_lines(lines)[0] == [
        "", "", "基準値(2020) 実績値(2021) 実績値(2022) 目標(2026) 進捗評価 評価指標"]



#: A table in long form (one row per indicator and year, a `年度` column), the name and department merged down over
#: the indicator's year rows: `pdftotext -raw` prints them on a line of their own above the year rows (layouts 190).
LONG_FORM_NAMES_ABOVE = """北浜町 総合戦略 KPIの推移
指標名 年度 目標値 実績値 担当課
観光入込客数 観光課
R4 52万人 48万人
R5 55万人 57万人
空き家バンク成約件数 住宅課
R4 12件 9件
R5 15件 16件
R6 18件 20件
"""

#: The same table as pdfplumber prints it: each merged name and department centred on the indicator's middle year row.
LONG_FORM_NAMES_CENTRED = """北浜町 総合戦略 KPIの推移
指標名 年度 目標値 実績値 担当課
R4 52万人 48万人
観光入込客数 R5 55万人 57万人 観光課
R6 58万人 60万人
R4 12件 9件
空き家バンク成約件数 R5 15件 16件 住宅課
R6 18件 20件
"""


def _read(tmp_path: Path, text: str) -> list[tuple[str, str | None, list[tuple[str, str, bool]]]]:
    path = tmp_path / "kpi.txt"
    path.write_text(text, encoding="utf-8")
    return [(r.name, r.department, [(c.header, c.text, c.uncertain) for c in r.cells if c.text])
            for r in extract(load(path)).rows]


def test_year_rows_of_a_table_in_long_form_take_the_name_printed_above_them(tmp_path: Path):
    assert _read(tmp_path, LONG_FORM_NAMES_ABOVE) == [
        ("観光入込客数", "観光課", [("目標値", "52万人(R4)", False), ("実績値", "48万人(R4)", False),
                                ("目標値", "55万人(R5)", False), ("実績値", "57万人(R5)", False)]),
        ("空き家バンク成約件数", "住宅課", [("目標値", "12件(R4)", False), ("実績値", "9件(R4)", False),
                                     ("目標値", "15件(R5)", False), ("実績値", "16件(R5)", False),
                                     ("目標値", "18件(R6)", False), ("実績値", "20件(R6)", False)])]


def test_year_rows_of_a_table_in_long_form_take_the_name_centred_among_them(tmp_path: Path):
    # the years rising from R4 to R6 make one indicator's rows; R4 again opens the next indicator's
    assert _read(tmp_path, LONG_FORM_NAMES_CENTRED) == [
        ("観光入込客数", "観光課", [("目標値", "52万人(R4)", False), ("実績値", "48万人(R4)", False),
                                ("目標値", "55万人(R5)", False), ("実績値", "57万人(R5)", False),
                                ("目標値", "58万人(R6)", False), ("実績値", "60万人(R6)", False)]),
        ("空き家バンク成約件数", "住宅課", [("目標値", "12件(R4)", False), ("実績値", "9件(R4)", False),
                                     ("目標値", "15件(R5)", False), ("実績値", "16件(R5)", False),
                                     ("目標値", "18件(R6)", False), ("実績値", "20件(R6)", False)])]


def test_numbered_names_wrapped_over_lines_before_their_values_printed_column_by_column(tmp_path: Path):
    # one Word row listing two indicators `①…` / `②…`, the first wrapped by the cell; -raw prints the name cell's
    # lines, then each value cell's two lines, then the department: not goal headings, one row of two indicators
    text = """西岡村 第２期総合戦略 KPI
指標名 基準値（R1） 目標値（R7） 担当課
① 市民農園の区画のうち貸し出しを
している区画の数
② 農業体験の参加者数
80 区画
240 人
100 区画
300 人
農政課
"""
    assert _read(tmp_path, text) == [
        ("市民農園の区画のうち貸し出しをしている区画の数", "農政課",
         [("基準値（R1）", "80区画", False), ("目標値（R7）", "100区画", False)]),
        ("農業体験の参加者数", "農政課", [("基準値（R1）", "240人", False), ("目標値（R7）", "300人", False)])]


def test_the_rate_closing_a_year_row_of_a_table_in_long_form_is_the_progress_column_s():
    # `R3` is the 年度 column's year, no value: the rate after the two values is the 達成率 column's, surely
    header = read_header("指標名 年度 目標値 実績値 達成率 担当課", 0)
    cut = cut_row(typed_tokens("R3 8件 6件 75.0%"), header)
    assert {c: t.text for c, t in cut.middle.items()} == {1: "R3", 2: "8件", 3: "6件"}
    assert [t.text for t in cut.rest] == ["75.0%"]
    assert not cut.uncertain


def test_numbered_names_whose_lines_stand_between_their_value_lines(tmp_path: Path):
    # the same Word row as pdfplumber writes the page's lines top to bottom: the value cells' two lines set between
    # the name cell's three; the k-th value line is the k-th name's, the department closing a name line the row's
    text = """西岡村 第２期総合戦略 KPI
指標名 基準値（R1） 目標値（R7） 担当課
①市民農園の区画のうち貸し出しを
80区画 100区画
している区画の数 農政課
240人 300人
②農業体験の参加者数
観光農園の入園者数 1,200人 1,500人 観光課
"""
    assert _read(tmp_path, text) == [
        ("市民農園の区画のうち貸し出しをしている区画の数", "農政課",
         [("基準値（R1）", "80区画", False), ("目標値（R7）", "100区画", False)]),
        ("農業体験の参加者数", "農政課", [("基準値（R1）", "240人", False), ("目標値（R7）", "300人", False)]),
        ("観光農園の入園者数", "観光課", [("基準値（R1）", "1,200人", False), ("目標値（R7）", "1,500人", False)])]


def test_a_progress_word_over_the_values_labels_them_when_the_rows_have_no_column_for_it(tmp_path: Path):
    # invented, pdfplumber's single-space text of a three-row header: `進捗状況` merged over the yearly values (their
    # progress over the years), the name's header beside it; each row prints its four figures and its name, no
    # progress label: the word heads no column of its own, the values stand where it stands
    lines = ["進捗状況 KPI", "策定時 実績値 目標値", "(令和2年) (令和3年) (令和4年) (令和10年)",
             "4242人 5,929人 － 4820人 町内事業所の従業者数", "－ 3件 4件 5件 企業誘致件数"]
    assert spread_role_lines(lines)[0][:3] == [
        "", "", "策定時(令和2年) 実績値(令和3年) 実績値(令和4年) 目標値(令和10年) KPI"]
    observations, _ = _read_lines(tmp_path, lines)
    assert [o[:4] for o in observations if o[3] is not None] == [  # a dash prints no figure
        ("町内事業所の従業者数", "baseline", "CY2020", 4242), ("町内事業所の従業者数", "actual", "CY2021", 5929),
        ("町内事業所の従業者数", "target", "CY2028", 4820),
        ("企業誘致件数", "actual", "CY2021", 3), ("企業誘致件数", "actual", "CY2022", 4),
        ("企業誘致件数", "target", "CY2028", 5)]
    # the name first, a progress column after the values: the word standing where the values stand is the label
    lines = ["数値目標 進捗状況 進捗評価", "実績値 目標値", "2021年度 2022年度 2027年度",
             "移住相談件数 253件 269件 300件 順調"]
    assert spread_role_lines(lines)[0][:3] == ["", "", "数値目標 実績値2021年度 実績値2022年度 目標値2027年度 進捗評価"]
    # a progress column of its own (each row prints its label): the count leaves no word over the values
    lines = ["指標名 進捗状況", "実績値 目標値", "2021年度 2022年度 2027年度", "移住相談件数 253件 269件 300件 順調"]
    assert spread_role_lines(lines)[0][:3] == ["", "指標名 進捗状況", "実績値2021年度 実績値2022年度 目標値2027年度"]


def test_a_continued_numbered_caption_between_rows_is_no_name_part(tmp_path):
    # loss21: a table's numbered caption printed again over its rest on the next page (`表４ …（続き）`, no header
    # repeated) was glued into the first name under it; continued or not, a numbered caption is a caption
    text = "\n".join(["表４ 成果指標", "指標名 基準値（R2） 目標値（R8） 担当課",
                      "市民農園の区画数 120区画 150区画 農林課", "- 3 -", "表４ 成果指標（続き）",
                      "地産地消の店の数 35店 45店 農林課", "林道の整備延長 2.4km 3.0km 農林課"]) + "\n"
    path = tmp_path / "continued.raw.txt"
    path.write_text(text, encoding="utf-8")
    rows = extract(load(path)).rows
    assert [r.name for r in rows] == ["市民農園の区画数", "地産地消の店の数", "林道の整備延長"]


#: A table whose target cell lists a value a year (invented): the last row's cell over two lines, in `pdftotext -raw`
#: order (the name and baseline, the cell's lines, then the department, a line each)
DATED_TARGETS_RAW = ["指標名 基準値（R4） 目標値 担当課",
                     "図書館の年間貸出冊数 18万冊 R7：19万冊／R9：20万冊 生涯学習課",
                     "子育て相談の件数 420件", "R7：450件", "R9：480件", "子育て支援課"]


def test_a_cell_of_year_labelled_values_over_two_lines_stays_with_its_row(tmp_path: Path):
    # `R9：480件` under `R7：450件` is the same cell's next year (the years rise), not a row of its own, and the
    # department after it is the row's
    assert _read(tmp_path, "\n".join(DATED_TARGETS_RAW) + "\n") == [
        ("図書館の年間貸出冊数", "生涯学習課", [("基準値（R4）", "18万冊", False),
                                      ("目標値", "R7：19万冊／R9：20万冊", False)]),
        ("子育て相談の件数", "子育て支援課", [("基準値（R4）", "420件", False),
                                     ("目標値", "R7：450件\nR9：480件", False)])]


SHEET_COLUMN_BY_COLUMN = """\
施策名 1-2 農業の担い手育成
担当課 農林課
指標名
単位
基準値（R1）
R5実績
目標値（R7）
新規就農者数
人
2
5
8
農地の集積率
％
38.5
44.0
50.0
農産物直売所の売上額
百万円
126
148
160
"""


def test_a_unit_alone_on_its_line_is_the_unit_cell_of_a_sheet_printed_column_by_column(tmp_path: Path):
    # `pdftotext -raw` of an evaluation sheet (labels down the left, one indicator a column; layouts 241): each
    # indicator's cells a line each; the unit was joined to the name (`新規就農者数人`), and `百万円` ended the table
    # (the third indicator's values were warned, not read)
    path = tmp_path / "sheet.raw.txt"
    path.write_text(SHEET_COLUMN_BY_COLUMN, encoding="utf-8")
    observations, _, _ = extraction_records(extract(load(path)))
    assert [(o["kpi_name"], o["value"], o["unit"], o["uncertain"]) for o in observations] == [
        ("新規就農者数", 2, "人", False), ("新規就農者数", 5, "人", False), ("新規就農者数", 8, "人", False),
        ("農地の集積率", 38.5, "%", False), ("農地の集積率", 44, "%", False), ("農地の集積率", 50, "%", False),
        ("農産物直売所の売上額", 126_000_000, "円", False), ("農産物直売所の売上額", 148_000_000, "円", False),
        ("農産物直売所の売上額", 160_000_000, "円", False)]



#: A measure column whose cells are merged over the measure's rows and centred on them, the indicators listed one a
#: line with `・` (pdfplumber's text of a Word table, layouts 265): the measure is printed on its middle row's line
#: before that row's name, or on a line of its own between two rows with the department merged alike.
MEASURES_CENTRED = """\
南浜町 総合戦略 施策と重要業績評価指標
基本目標２ 安心して子育てできるまち
具体的な施策 重要業績評価指標（KPI） 基準値（R4） 目標値（R9） 担当課
・保育所の待機児童数 8人 0人
①保育の受け皿の拡大 ・保育士の確保数 12人 30人 子育て支援課
・病児保育の利用者数 140人 300人
・乳幼児健診の受診率 92.1% 98.0%
②母子保健の充実 健康推進課
・妊婦歯科健診の受診率 41.0% 60.0%
"""


def test_a_measure_printed_before_a_listed_name_and_one_between_rows_are_measure_cells(tmp_path: Path):
    path = tmp_path / "layer.plumber.txt"
    path.write_text(MEASURES_CENTRED, encoding="utf-8")
    rows = extract(load(path)).rows
    assert [(row.name.lstrip("・"), row.goal[-1], row.department) for row in rows] == [
        ("保育所の待機児童数", "① 保育の受け皿の拡大", "子育て支援課"),
        ("保育士の確保数", "① 保育の受け皿の拡大", "子育て支援課"),
        ("病児保育の利用者数", "① 保育の受け皿の拡大", "子育て支援課"),
        ("乳幼児健診の受診率", "② 母子保健の充実", "健康推進課"),
        ("妊婦歯科健診の受診率", "② 母子保健の充実", "健康推進課")]
