"""pdfplumber's text of a segments' parent row (a name printing no value over rows `男性 …` / `女性 …`), and of the
lines around it: a line without values is one a text layer cannot cut into cells, so its grade, unit or department
run into the name, or its name runs into the segment's; a wrong name or unit must not be left unflagged.

The documents are invented. Every expected value was worked out by hand from the document text: `（R1）` is FY2019,
`（R7）` FY2025, `(H30年度)` FY2018, `千円` makes `27,956` 27,956,000 円.
"""

from __future__ import annotations

from tests.text_records import SegmentValue as Value
from tests.text_records import read_records, segment_values


def _read(text: str) -> list[dict]:
    """The observations the pipeline reads from one text layer."""
    return read_records(text, "plumber.txt")[0]


def _unflagged(observations: list[dict]) -> list[Value]:
    return [v for o, v in zip([o for o in observations if o.get("value") is not None], segment_values(observations),
                              strict=True) if not o.get("uncertain")]


NUMBERED_PARENT_GRADED = """北見沢村 総合戦略 効果検証シート

番号 指標名 現状値（Ｒ１） 目標値（Ｒ７） 進捗評価
基本目標Ⅰ：地域にしごとをつくる
1 創業件数（件） 12 15 順調
基本目標Ⅱ：新しいひとの流れをつくる
2 移住相談件数（件） やや遅れ
　男 40 55
　女 38 50
"""


def test_a_numbered_parent_row_closing_with_its_grade_word_is_the_segments_row():
    """`2 移住相談件数（件） やや遅れ` under a goal band, over `男` / `女`: the row of the segments' indicator, its
    grade word in the grade column; the segments are never the row's above the band (`創業件数`)."""
    assert segment_values(_read(NUMBERED_PARENT_GRADED)) == [
        ("創業件数", "baseline", "FY2019", 12, "件", None), ("創業件数", "target", "FY2025", 15, "件", None),
        ("移住相談件数", "baseline", "FY2019", 40, "件", "男"), ("移住相談件数", "target", "FY2025", 55, "件", "男"),
        ("移住相談件数", "baseline", "FY2019", 38, "件", "女"), ("移住相談件数", "target", "FY2025", 50, "件", "女")]


PARENT_GRADE_RUN_IN = """白浜町 総合戦略 効果検証シート

評価指標 基準値（Ｒ１） 目標値（Ｒ７） 評価 担当課
転入者数（人） B 企画課
男 980 1,100
女 870 1,000
観光入込客数（万人） 45.2 50.0 A 商工課
"""


def test_a_parent_rows_grade_run_into_its_name_is_no_part_of_the_name():
    """`転入者数（人） B 企画課`: the grade `B` a text layer ran into the name cell ends the name (no name prints a
    grade as a word of its own): the segments are `転入者数`'s, in 人."""
    assert segment_values(_read(PARENT_GRADE_RUN_IN)) == [
        ("転入者数", "baseline", "FY2019", 980, "人", "男"), ("転入者数", "target", "FY2025", 1100, "人", "男"),
        ("転入者数", "baseline", "FY2019", 870, "人", "女"), ("転入者数", "target", "FY2025", 1000, "人", "女"),
        ("観光入込客数", "baseline", "FY2019", 452000, "人", None),
        ("観光入込客数", "target", "FY2025", 500000, "人", None)]


PARENT_NAME_ALONE = """青葉町 総合戦略 KPI一覧

KPI 実績 最終目標値
ふるさと納税の寄附額
男性 27,956千円 28,438千円
(H30年度) (R9年度)
女性 22,172千円 22,413千円
(H30年度) (R9年度)
"""


def test_a_name_alone_over_segment_rows_is_their_indicator_not_the_first_segments_name():
    """`ふるさと納税の寄附額` on a line of its own over `男性 …` and `女性 …` (each with its years' line): the
    segments' indicator, never glued to the first label (`ふるさと納税の寄附額男性`)."""
    names = {(v[0], v[5]) for v in segment_values(_read(PARENT_NAME_ALONE))}
    assert names == {("ふるさと納税の寄附額", "男性"), ("ふるさと納税の寄附額", "女性")}


UNIT_OVER_PAGE_BREAK = """緑川市 総合戦略 効果検証シート

基本目標２　地域にしごとをつくる

(単位:人)
現状値　2020年 実績値（年度）　2021年 目標値　2027年 達成状況 今後の方向性 KPI（重要業績評価指標）
7 7 9 やや遅れ 引き続き関係機関と連携し取組を進める。 地域おこし協力隊の定住者数
4820 4965 5639 概ね順調 引き続き関係機関と連携し取組を進める。 町内事業所の従業者数
35
現状値　2020年 実績値（年度）　2021年 目標値　2027年 達成状況 今後の方向性 KPI（重要業績評価指標）
10 - 13 順調 引き続き関係機関と連携し取組を進める。 新規就農者数
- 7 5 男性
5 6 6 女性
"""


def test_bare_numbers_after_a_unit_captioned_table_are_not_left_unitless_unflagged():
    """The header printed again after a page number, right under a table its unit field line (`(単位:人)`) heads:
    the later rows' bare numbers (a parent and its segments) are read in 人 or flagged, never left without a unit
    and unflagged."""
    observations = _read(UNIT_OVER_PAGE_BREAK)
    assert len([v for v in segment_values(observations) if v[0] == "新規就農者数"]) == 7
    assert all(v[4] == "人" for v in _unflagged(observations))


_YEARS_HEADER = ("数値目標 令和2年度（2020年度）現況値 令和3年度（2021年度） 令和4年度（2022年度） "
                 "令和5年度（2023年度） 令和6年度（2024年度） 令和7年度（2025年度）目標値 達成度 所管課")
NAME_REST_AFTER_GRADE = f"""青葉町 総合戦略 KPI一覧

(単位:%)
{_YEARS_HEADER}
地域の行事に参加したことがある 63.8 52.2 未集計 62.7 未集計 45.6 未達成
中学生の割合
健康診査の受診率 40.3 43.2 53.8 未集計 43.2 51.4 達成見込み 健康課
"""


def test_a_line_under_a_whole_grade_label_is_the_names_rest_not_the_grades():
    """`… 63.8 … 45.6 未達成` / `中学生の割合` under `達成度 所管課`: a grade printed whole never wraps, and no
    department reads `中学生の割合`: the line is the name's rest (flagged: the name does not end open)."""
    observations = _read(NAME_REST_AFTER_GRADE)
    assert ("地域の行事に参加したことがある中学生の割合", "target", "FY2025", 45.6, "%", None) \
        in segment_values(observations)
    assert not [v for v in _unflagged(observations) if v[0] == "地域の行事に参加したことがある"]


REST_BEFORE_NUMBERED_PARENT = """緑川市 総合戦略 KPI一覧

番号 指標項目 年度 基準 実績値（H29年度） 目標年 目標値 達成度 要因分析 担当部署
1 放課後児童クラブの利用を希望して H28年度 16 17 R12年度 19 C 目標値の8割程度で推移している。 商工観光課
利用できなかった児童数（人）
2 企業誘致件数（件） C 引き続き関係機関と連携し取組を進める。 子育て支援課
　男 H28年度 1 2 R12年度 3
　女 H28年度 2 1 R12年度 2
"""


def test_a_names_rest_waiting_before_a_numbered_parent_row_goes_on_with_the_name_above():
    """`利用できなかった児童数（人）` then `2 企業誘致件数（件） C …` over `男` / `女`: a row number opens its row,
    so the line before it is the rest of the name above (closing with the unit that name lacks); the segments are
    `企業誘致件数`'s, never a name of every line waiting run together."""
    assert segment_values(_read(REST_BEFORE_NUMBERED_PARENT)) == [
        ("放課後児童クラブの利用を希望して利用できなかった児童数", "baseline", "FY2016", 16, "人", None),
        ("放課後児童クラブの利用を希望して利用できなかった児童数", "actual", "FY2017", 17, "人", None),
        ("放課後児童クラブの利用を希望して利用できなかった児童数", "target", "FY2030", 19, "人", None),
        ("企業誘致件数", "baseline", "FY2016", 1, "件", "男"), ("企業誘致件数", "actual", "FY2017", 2, "件", "男"),
        ("企業誘致件数", "target", "FY2030", 3, "件", "男"), ("企業誘致件数", "baseline", "FY2016", 2, "件", "女"),
        ("企業誘致件数", "actual", "FY2017", 1, "件", "女"), ("企業誘致件数", "target", "FY2030", 2, "件", "女")]
