"""Rows whose reading was wrong and unflagged (issue 11, the generator's `bench/synth.py` readings of session 20):
value headers moved off the columns they stand over, a wrapped name's last line given to another cell or left
out, and a unit column run into the value cells. Each is read right now, or flagged where the text cannot tell.

The documents are invented (modelled on the generator's layout and pdfplumber shapes). Every expectation was worked
out by hand from the text: `（2020）` / `令和2年度` are FY2020 in a 総合計画 sheet whose years are fiscal, `千人`
multiplies by 1,000, a name's rest printed under its row belongs to that row's name.
"""

from __future__ import annotations

from decimal import Decimal

from ingest.model import IndicatorRow, SourceRef, ValueCell
from normalize.text import printed_width
from records.build import observation_records
from tests.synth.score import read_text

Value = tuple[str, str, str | None, str, str | None]


def _values(text: str) -> list[tuple[Value, bool]]:
    """((name, role, period, value, unit), flagged) of every value the pipeline reads from `text`."""
    return [((o["kpi_name"], o["role"], o["period"], format(Decimal(str(o["value"])).normalize(), "f"), o["unit"]),
             bool(o.get("uncertain"))) for o in read_text(text) if o.get("value") is not None]


def _typed(*cells: tuple[int, str]) -> str:
    """A line of a table typed with spaces in an editor: each text at its display column (full-width counts two)."""
    line = ""
    for position, text in cells:
        line += " " * (position - printed_width(line)) + text
    return line


# --- layout: value headers each over a column of values stay there --------------------------------------------------

#: `基準値（現状）` over 令和2年度 (FY2020), `実績値（年度）` over the first of the actual years (FY2021-FY2024),
#: `最終目標` over 令和8年度 (FY2026); `未集計` in the FY2020, FY2021 and FY2023 columns leaves three columns of values
#: only (FY2022, FY2024, FY2026), as many as the value headers.
HEADERS_OVER_STAND_INS = "\n".join([
    "緑川市 総合計画 成果指標の状況",
    "",
    _typed((0, "評価指標"), (38, "基準値（現状）"), (54, "実績値（年度）"), (118, "最終目標")),
    _typed((38, "（令和2年度）"), (54, "（令和3年度）"), (70, "（令和4年度）"), (86, "（令和5年度）"),
           (102, "（令和6年度）"), (118, "（令和8年度）")),
    _typed((0, "移住相談件数"), (38, "239件"), (54, "未集計"), (70, "193件"), (86, "未集計"), (102, "285件"),
           (118, "221件")),
    _typed((0, "耕作放棄地の再生面積"), (38, "28.1ha"), (54, "19.9ha"), (70, "19.9ha"), (86, "未集計"),
           (102, "22.6ha"), (118, "23.3ha")),
    _typed((0, "ふるさと納税の寄附額"), (38, "未集計"), (54, "288百万円"), (70, "262百万円"), (86, "256百万円"),
           (102, "282百万円"), (118, "294百万円")),
    "",
])


def test_value_headers_over_their_columns_stay_although_stand_ins_leave_fewer_columns_of_values():
    # moved over the three columns of values only, `基準値` took FY2022 and the FY2020 values read as actuals
    read = {value for value, _ in _values(HEADERS_OVER_STAND_INS)}
    assert {v for v in read if v[0] == "移住相談件数"} == {
        ("移住相談件数", "baseline", "FY2020", "239", "件"), ("移住相談件数", "actual", "FY2022", "193", "件"),
        ("移住相談件数", "actual", "FY2024", "285", "件"), ("移住相談件数", "target", "FY2026", "221", "件")}
    assert ("耕作放棄地の再生面積", "baseline", "FY2020", "28.1", "ha") in read
    assert ("耕作放棄地の再生面積", "actual", "FY2021", "19.9", "ha") in read
    assert ("ふるさと納税の寄附額", "actual", "FY2023", "256000000", "円") in read
    assert not [v for v in read if v[1] == "baseline" and v[2] != "FY2020"]


# --- pdfplumber: a wrapped name's last line -----------------------------------------------------------------------

#: The last row's name wraps (`…ことがある` / `中学生の割合`), then a source line ends the text.
LAST_NAME_WRAPPED_BEFORE_SOURCE = """青葉町 まち・ひと・しごと創生総合戦略 効果検証シート

成果指標 基準値（現状） 実績 目標値（最終） 理由
令和2年度（2020年度） 令和3年度（2021年度） 令和6年度（2024年度）
創業支援による創業件数 18件 15件 20件 令和3年度に2件の新規事業を実施した。
地域の行事に参加したことがある 49.0% 55.0% 66.6% 新型コロナウイルス感染症の影響により減少した。
中学生の割合
出典：市民意識調査
"""


def test_a_last_names_rest_before_a_source_line_is_the_names():
    values = [value for value, _ in _values(LAST_NAME_WRAPPED_BEFORE_SOURCE)]
    name = "地域の行事に参加したことがある中学生の割合"
    assert [v for v in values if v[0].startswith("地域の")] == [
        (name, "baseline", "FY2020", "49", "%"), (name, "actual", "FY2021", "55", "%"),
        (name, "target", "FY2024", "66.6", "%")]


#: A row leaving its department empty, its name's rest on the next line, then a row ending in a department.
NAME_REST_ABOVE_A_ROW_WITH_DEPARTMENT = """青葉町 総合計画 成果指標

成果指標 単 位 当初値 実績（見込み含む） 目標値（最終） 所管部局
創業支援による創業件数 件 - 19(2020年) 22（2029年） 企画政策課
地域の行事に参加したことがある % - - 52.8(2029年)
中学生の割合
耕作放棄地の再生面積 ha 25.7（2019年） 27.4（2020年） 19.4（2029年） 商工観光課
地域おこし協力隊の定住者数 人 - 6（2020年） 5（2029年） 商工観光課
"""


def test_a_names_rest_is_no_department_because_the_next_row_ends_in_one():
    # `中学生の割合` + the next line once read as a department (it ends in `商工観光課`): the line went there
    values = [value for value, _ in _values(NAME_REST_ABOVE_A_ROW_WITH_DEPARTMENT)]
    assert ("地域の行事に参加したことがある中学生の割合", "target", "CY2029", "52.8", "%") in values
    assert not [v for v in values if v[0] == "地域の行事に参加したことがある"]


#: A row whole to its grade (`◎`) but leaving its department empty, its name's rest on the next line; a goal
#: band opens the rows.
NAME_REST_AFTER_A_GRADE = """白浜町 まち・ひと・しごと創生総合戦略 効果検証シート

指標 基準 中間目標 最終目標値 評価 所管部局
基本目標1：安心して暮らせる魅力的なまちをつくる
創業支援による創業件数 17件（2017） 21件（2022） 22件（2027） × 子育て支援課
市内の宿泊施設における延べ 32680人(2017) 45220人(2022) 39520人（2027） ◎
宿泊者数
観光入込客数 1056千人(2017) 1032千人(2022) 1,032千人(2027) ◎
"""


def test_a_names_rest_after_a_grade_is_no_department():
    # `宿泊者数` is no department: the name's rest (its width under the widest names' says so, read as a guess)
    read = _values(NAME_REST_AFTER_A_GRADE)
    name = "市内の宿泊施設における延べ宿泊者数"
    assert [(v, flagged) for v, flagged in read if v[0].startswith("市内")] == [
        ((name, "baseline", "FY2017", "32680", "人"), True), ((name, "target", "FY2022", "45220", "人"), True),
        ((name, "target", "FY2027", "39520", "人"), True)]


#: `達成見込み` (expected to be attained), a whole progress label, ends its row.
NAME_REST_AFTER_A_PROGRESS_LABEL = """青葉町 総合計画 成果指標の状況

KPI（重要業績評価指標） 基準値（現状） 実績値（各年度） 目標値 評価
放課後児童クラブの利用を希望して 19（2016） 17（2017） 22（2024） 達成見込み
利用できなかった児童数（人）
自主防災組織の組織率（%） 85.2(2016) 80.1(2017) 68.2(2024) 未達成
"""


def test_a_names_rest_after_a_whole_progress_label_is_no_part_of_the_label():
    values = [value for value, _ in _values(NAME_REST_AFTER_A_PROGRESS_LABEL)]
    name = "放課後児童クラブの利用を希望して利用できなかった児童数"
    assert [v for v in values if v[0].startswith("放課後")] == [
        (name, "baseline", "FY2016", "19", "人"), (name, "actual", "FY2017", "17", "人"),
        (name, "target", "FY2024", "22", "人")]


#: The last row's name's rest, then a note, then a row the reader does not read (it is warned of).
NAME_REST_BEFORE_A_NOTE = """白浜町 第２期総合戦略 重要業績評価指標（KPI）一覧

担当 項目 単位 平成29年度策定時の値 令和6年度最終目標
企画政策課 ふるさと納税の寄附額 百万円 317 371
創業支援による創業件数 件 22 18
市内の宿泊施設における延べ 人 37,620 31,540
宿泊者数
※平成30年度から集計方法を変更
農業産出額 億円 23.3 23.7
"""


def test_a_line_left_waiting_under_the_last_row_puts_its_name_in_doubt():
    # `宿泊者数` may be the name's rest, and no row took it: the row's values, read under half a name, are flagged
    read = _values(NAME_REST_BEFORE_A_NOTE)
    assert [flagged for v, flagged in read if v[0].startswith("市内")] == [True, True]


#: Name last, the last row's name wrapped, a page number, and the header printed again on the next page.
NAME_REST_BEFORE_THE_HEADER_AGAIN = """白浜町 第２期総合戦略 重要業績評価指標（KPI）一覧

2015現状 2030目標 達成度 評価の理由 指標
44.7万人 44.7万人 ◎ 令和3年度に2件の新規事業を実施した。 観光入込客数
387百万円 323百万円 △ 前年度比で12.5%増加したが目標には届いていない。 ふるさと納税の寄附額
41,040人 32300人 × 移住相談窓口の周知により相談件数が増加した。 市内の宿泊施設における延べ
宿泊者数
- 6 -
2015現状 2030目標 達成度 評価の理由 指標
－ 21.8ha ○ 引き続き関係機関と連携し取組を進める。 耕作放棄地の再生面積
7人 7人 ○ 引き続き関係機関と連携し取組を進める。 地域おこし協力隊の定住者数
"""


def test_a_last_names_rest_before_the_header_printed_again_is_the_names():
    values = [value for value, _ in _values(NAME_REST_BEFORE_THE_HEADER_AGAIN)]
    name = "市内の宿泊施設における延べ宿泊者数"
    assert [v for v in values if v[0].startswith("市内")] == [
        (name, "baseline", "FY2015", "41040", "人"), (name, "target", "FY2030", "32300", "人")]
    assert ("地域おこし協力隊の定住者数", "target", "FY2030", "7", "人") in values


# --- a unit column run into the value cells ---------------------------------------------------------------------

def test_a_value_cell_printing_a_unit_word_among_figures_puts_the_rows_values_in_doubt():
    # `千円 44,826 2018(H30)年度 －` under `単 位 計画策定時 実績`: a reader ran the unit column's cell into the value
    # cells; the target `44344` beside it then has no unit, and may be in thousands
    ref = SourceRef("invented.txt", line=5)
    row = IndicatorRow(kind="KPI", name="ふるさと納税の寄附額", goal=(), ref=ref,
                       cells=[ValueCell("単 位 計画策定時 実績", "千円 44,826 2018(H30)年度 －", ref),
                              ValueCell("目標数値", "44344 2031(R13)年度", ref)])
    records = observation_records(row, [])
    target = next(r for r in records if r["role"] == "target")
    assert (target["value"], target["unit"], target["uncertain"]) == (44344.0, None, True)
    assert target["uncertain_reason"] == "cells_run_together"


def test_a_value_cell_of_two_figures_without_a_unit_word_leaves_the_rows_other_values_alone():
    # a guard for the rule above (passes before it too): a value wrapped over two lines, `12,3` / `13,0`, runs no
    # unit column into the cell, and the row's other values stay unflagged
    ref = SourceRef("invented.txt", line=5)
    row = IndicatorRow(kind="KPI", name="転入者数", goal=(), ref=ref,
                       cells=[ValueCell("基準値（R1）", "12,3 13,0", ref), ValueCell("目標値（R7）", "1,500人", ref)])
    target = next(r for r in observation_records(row, []) if r["role"] == "target")
    assert (target["value"], target["uncertain"]) == (1500.0, False)


# --- unflag20b: a last name's rest before notes at the end of a page or of the text (seeds 2000-2599) ---------------

#: pdfplumber's shape, values first and the name after them: the last row's name wraps (`…希望して` /
#: `利用できなかった児童数`), then two notes end the text (`注）…`, `※2 「－」は…`).
VALUES_FIRST_NAME_REST_BEFORE_NOTES = """緑川市 総合計画 成果指標の状況

基準値 実績（見込み含む） 目標値 ＫＰＩ 担当課名
346百万円(2018) 368百万円（2019） 342百万円（2031） ふるさと納税の寄附額 生涯学習課
14人（2018） 12人(2019) 12人(2031) 新規就農者数 農林振興課
16人（2018） 16人(2019) 19人(2031) 放課後児童クラブの利用を希望して 健康増進課
利用できなかった児童数
注）端数処理の関係で合計が一致しない場合がある。
※2　「－」は未集計を示す。
"""


def test_a_last_names_rest_before_notes_at_the_end_of_the_text_is_the_names():
    # the notes after the rest once made it a title of what follows: dropped, the name cut and left certain
    read = _values(VALUES_FIRST_NAME_REST_BEFORE_NOTES)
    name = "放課後児童クラブの利用を希望して利用できなかった児童数"
    assert [v for v, _ in read if v[0].startswith("放課後")] == [
        (name, "baseline", "FY2018", "16", "人"), (name, "actual", "FY2019", "16", "人"),
        (name, "target", "FY2031", "19", "人")]
    assert ("新規就農者数", "actual", "FY2019", "12", "人") in [v for v, _ in read]


#: Typed with spaces: a page's last row wraps its name (`…希望して` / `利用できなかった児童数（人）`, the unit
#: printed after the name's rest), then a `※` note, the page number and the header printed again on the next page.
NAME_REST_BEFORE_A_NOTE_AND_A_PAGE_NUMBER = "\n".join([
    "青葉町 総合計画 成果指標の状況",
    "",
    _typed((0, "ＫＰＩ"), (32, "令和2年度（2020年度）策定時の値"), (66, "令和3年度（2021年度）"),
           (90, "令和12年度（2030年度）目標値（最終）")),
    _typed((0, "図書館の年間貸出冊数（冊）"), (60, "未集計"), (82, "73080"), (120, "71,400")),
    _typed((0, "放課後児童クラブの利用を希望して"), (64, "22"), (79, "未集計"), (122, "21")),
    "利用できなかった児童数（人）",
    "※住民基本台帳による",
    "P.20",
    "",
    _typed((0, "ＫＰＩ"), (32, "令和2年度（2020年度）策定時の値"), (66, "令和3年度（2021年度）"),
           (90, "令和12年度（2030年度）目標値（最終）")),
    _typed((0, "農業産出額（億円）"), (62, "23.9"), (83, "23.7"), (120, "17.8")),
    "",
])


def test_a_pages_last_names_rest_before_a_note_and_the_page_number_is_the_names():
    # the rest, the note and the page number once counted as three lines of text after the table: the rest left out,
    # the name read cut and without its unit, unflagged
    read = [v for v, _ in _values(NAME_REST_BEFORE_A_NOTE_AND_A_PAGE_NUMBER)]
    name = "放課後児童クラブの利用を希望して利用できなかった児童数"
    assert [v for v in read if v[0].startswith("放課後")] == [
        (name, "baseline", "FY2020", "22", "人"), (name, "target", "FY2030", "21", "人")]


#: pdfplumber's shape with a progress label and a department after the values, on two pages (the page number and
#: the header printed again between them): the last row's name wraps, then a source line ends the text.
NAME_REST_BEFORE_A_SOURCE_ON_THE_LAST_PAGE = """緑川市 総合計画 成果指標の状況

指標項目 現状値（令和2年） 令和3年 令和4年 目標数値（令和9年） 達成度 担当
企業誘致件数 3件 ― 3件 3件 達成見込み 子育て支援課
公共交通の年間利用者数 138,600人 113,400人 114,660人 127,260人 達成 健康増進課
P.26
指標項目 現状値（令和2年） 令和3年 令和4年 目標数値（令和9年） 達成度 担当
ふるさと納税の寄附額 55,430千円 ― 44,344千円 59,768千円 達成見込み 農林振興課
放課後児童クラブの利用を希望して 19人 21人 17人 21人 達成見込み 健康増進課
利用できなかった児童数
出典：住民基本台帳
"""


def test_a_last_names_rest_above_a_source_line_on_the_last_page_is_the_names():
    # the source line read as one of the table's lines under the rest once made both titles: the rest dropped
    read = [v for v, _ in _values(NAME_REST_BEFORE_A_SOURCE_ON_THE_LAST_PAGE)]
    name = "放課後児童クラブの利用を希望して利用できなかった児童数"
    assert [v for v in read if v[0].startswith("放課後")] == [
        (name, "baseline", "CY2020", "19", "人"), (name, "actual", "CY2021", "21", "人"),
        (name, "actual", "CY2022", "17", "人"), (name, "target", "CY2027", "21", "人")]



# --- h20unflag: a header's or a row's year line read as a row of its own -------------------------------------------

def test_a_row_whose_values_are_rising_bare_years_is_flagged():
    # `宿泊者数 2017 2022 2027`: a wrapped name's last line beside the year line of the row above, read as a row
    ref = SourceRef("invented.txt", line=5)
    row = IndicatorRow(kind="KPI", name="宿泊者数", goal=(), ref=ref,
                       cells=[ValueCell("基準", "2017", ref), ValueCell("中間目標", "2022", ref),
                              ValueCell("最終目標値", "2027", ref)])
    records = observation_records(row, [])
    assert [(r["value"], r["uncertain"], r["uncertain_reason"]) for r in records] == [
        (2017.0, True, "lines_beside"), (2022.0, True, "lines_beside"), (2027.0, True, "lines_beside")]


def test_a_name_of_header_words_of_two_roles_is_flagged():
    # `番号 指標` over `当初値　2021` …: the header line read as a row, the number and name columns' words its name
    ref = SourceRef("invented.txt", line=5)
    row = IndicatorRow(kind="KPI", name="番号 指標", goal=(), ref=ref,
                       cells=[ValueCell("当初値", "2021", ref), ValueCell("目標", "2031", ref)])
    assert {(r["uncertain"], r["uncertain_reason"]) for r in observation_records(row, [])} == {(True, "name_misread")}


def test_a_row_of_figures_that_are_no_years_stays_unflagged():
    # a guard (passes before the rules too): figures that could be years but fall are values
    ref = SourceRef("invented.txt", line=5)
    row = IndicatorRow(kind="KPI", name="転入者数", goal=(), ref=ref,
                       cells=[ValueCell("基準値", "2100", ref), ValueCell("目標値", "2050", ref)])
    assert {r["uncertain"] for r in observation_records(row, [])} == {False}
