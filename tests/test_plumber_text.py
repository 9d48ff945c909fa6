"""pdfplumber's text (`extract_text`: a table's cells joined by one space, no column positions) read end to end: a
space inside a header cell looks like the gutter between two, so which tokens make one column is told by what they
are and by how many values the rows print.

The documents are invented. Every expected value was worked out by hand from the document text: `（R1）` is FY2019,
`令和7年度` FY2025, a `千人` unit column makes `12.4` 12,400 人; line numbers are 1-based lines of the document.
"""

from __future__ import annotations

from ingest.table.header import names_period
from normalize.text import unspace_letters
from tests.text_records import read_records

Value = tuple[str, str, str, float, str]


def _read(text: str) -> tuple[list[dict], list[dict]]:
    """(observations, indicators) the pipeline reads from one text layer."""
    observations, indicators, _ = read_records(text, "plumber.txt")
    return observations, indicators


def _values(observations: list[dict]) -> list[Value]:
    return [(o["kpi_name"], o["role"], o["period"], o["value"], o["unit"]) for o in observations
            if o.get("value") is not None]


def _certain(observations: list[dict]) -> bool:
    return not any(o.get("uncertain") for o in observations)


LEAD_DEPARTMENT = """青葉町 総合戦略 KPI一覧

基本目標１　地域にしごとをつくる

指標名 単位 基準値（R1） 目標値（R7） 主管課
転入者数 人 1,850 2,000 企画政策課
新規就農者数 人 12 20 農林振興課
"""


def test_the_lead_departments_column_is_a_department_column():
    """`主管課` (the lead department) heads the department column: the header is a header, the rows are read."""
    observations, indicators = _read(LEAD_DEPARTMENT)
    assert _values(observations) == [("転入者数", "baseline", "FY2019", 1850, "人"),
                                     ("転入者数", "target", "FY2025", 2000, "人"),
                                     ("新規就農者数", "baseline", "FY2019", 12, "人"),
                                     ("新規就農者数", "target", "FY2025", 20, "人")]
    assert [i["department"] for i in indicators] == ["企画政策課", "農林振興課"]


LETTER_SPACED_UNIT = """青葉町 総合戦略 KPI一覧

基本目標２　新しいひとの流れをつくる

単 位 基準値（R1） 目標値（R7） 指標名
千人 12.4 15 観光入込客数
件 230 300 移住相談件数
"""


def test_a_letter_spaced_header_word_is_one_column():
    """`単 位`: a word spaced out over its cell, its space one like the gutters; closed, the line is a header (of a
    table no reader read before)."""
    observations, _ = _read(LETTER_SPACED_UNIT)
    assert _values(observations) == [("観光入込客数", "baseline", "FY2019", 12400, "人"),
                                     ("観光入込客数", "target", "FY2025", 15000, "人"),
                                     ("移住相談件数", "baseline", "FY2019", 230, "件"),
                                     ("移住相談件数", "target", "FY2025", 300, "件")]


NAME_LAST = """青葉町 総合戦略 KPI一覧

基本目標２　新しいひとの流れをつくる

基準値（R1） 目標値（R7） 指標名 担当課
1,850 2,000 転入者数（人） 企画政策課
12 15 新規就農者数（人） 農林振興課
"""


def test_a_number_before_a_name_printed_last_is_the_rows_last_value():
    """`12 15 新規就農者数（人）`: a number right after a value is the next value, not the label of a numbered
    heading (`1 しごとの創生`) taking the name as its title."""
    observations, _ = _read(NAME_LAST)
    assert _values(observations) == [("転入者数", "baseline", "FY2019", 1850, "人"),
                                     ("転入者数", "target", "FY2025", 2000, "人"),
                                     ("新規就農者数", "baseline", "FY2019", 12, "人"),
                                     ("新規就農者数", "target", "FY2025", 15, "人")]


YEAR_APART_IN_BRACKETS = """桜ヶ丘市 総合計画 成果指標の状況

基本目標３　結婚・出産・子育ての希望をかなえる

項目 当初値　（令和元年度） 実績　（令和5年度） 目標　（令和7年度） 担当課
転入者数（人） 1,850 1,720 2,000 企画政策課
健康診査の受診率（%） 48.2 50.1 60.0 健康増進課
"""


def test_a_role_words_year_after_an_ideographic_space_dates_its_column():
    """`当初値　（令和元年度）`: the cell's word and year an ideographic space apart. The lines' gaps are no gutters
    of aligned columns (every row is one text between them), and the bracketed year is the word's: three value
    columns, as the rows print three values."""
    observations, _ = _read(YEAR_APART_IN_BRACKETS)
    assert _values(observations) == [("転入者数", "baseline", "FY2019", 1850, "人"),
                                     ("転入者数", "actual", "FY2023", 1720, "人"),
                                     ("転入者数", "target", "FY2025", 2000, "人"),
                                     ("健康診査の受診率", "baseline", "FY2019", 48.2, "%"),
                                     ("健康診査の受診率", "actual", "FY2023", 50.1, "%"),
                                     ("健康診査の受診率", "target", "FY2025", 60.0, "%")]


BARE_YEARS_APART = """緑川市 第２期総合戦略 重要業績評価指標（KPI）一覧

基本目標１　地域にしごとをつくる

R2年度 R3年度 中間目標　R5年度 目標値　R7年度 指標名
1,850人 1,720人 1,900人 2,000人 転入者数
12人 14人 16人 20人 新規就農者数
"""


def test_bare_years_after_role_words_are_their_years_when_the_rows_say_so():
    """`中間目標　R5年度` and `目標値　R7年度`: joined, the header has four value columns, as every row prints four
    values; apart it would have six. `R2年度 R3年度` head columns of their own (actuals)."""
    observations, _ = _read(BARE_YEARS_APART)
    assert _values(observations) == [("転入者数", "actual", "FY2020", 1850, "人"),
                                     ("転入者数", "actual", "FY2021", 1720, "人"),
                                     ("転入者数", "target", "FY2023", 1900, "人"),
                                     ("転入者数", "target", "FY2025", 2000, "人"),
                                     ("新規就農者数", "actual", "FY2020", 12, "人"),
                                     ("新規就農者数", "actual", "FY2021", 14, "人"),
                                     ("新規就農者数", "target", "FY2023", 16, "人"),
                                     ("新規就農者数", "target", "FY2025", 20, "人")]


BARE_YEAR_COLUMN = """緑川市 第２期総合戦略 重要業績評価指標（KPI）一覧

指標名 策定時 R5年度 目標値
転入者数 1,850人 1,720人 2,000人
新規就農者数 12人 14人 20人
"""


def test_a_bare_year_after_a_role_word_heads_its_own_column_when_the_rows_fill_it():
    """`策定時 R5年度 目標値` over rows of three values: `R5年度` is a column of its own (that year's actual), not
    the date of `策定時` (a guard: joining words to bare years must not take a column away)."""
    observations, _ = _read(BARE_YEAR_COLUMN)
    assert [(name, role, period) for name, role, period, _, _ in _values(observations)][:3] == [
        ("転入者数", "baseline", None), ("転入者数", "actual", "FY2023"), ("転入者数", "target", None)]
    assert [v[3] for v in _values(observations)] == [1850, 1720, 2000, 12, 14, 20]


def test_a_period_in_two_calendars_inside_brackets_of_its_own_names_a_period():
    assert names_period("（令和元年度（2019年度））")
    assert names_period("(2016年度（H28）)")
    assert not names_period("（令和元年度（2019年度））実績")


NAME_WORD_NAMING_A_ROLE = """白浜町 総合計画 成果指標の状況

基本目標１　地域にしごとをつくる

数値目標 基準値（現状） 実績 目標 担当
平成29年 平成30年 令和元年 令和10年
空き家バンクの成約件数 11件 12件 9件 15件 農林振興課
転入者数 1,850人 1,720人 1,900人 2,000人 企画政策課
"""


def test_the_indicator_columns_header_naming_a_role_takes_no_year():
    """`数値目標` heads the indicator column, though it names 目標: the years go to the three role words after it
    (実績 over two)."""
    observations, _ = _read(NAME_WORD_NAMING_A_ROLE)
    assert _values(observations) == [("空き家バンクの成約件数", "baseline", "CY2017", 11, "件"),
                                     ("空き家バンクの成約件数", "actual", "CY2018", 12, "件"),
                                     ("空き家バンクの成約件数", "actual", "CY2019", 9, "件"),
                                     ("空き家バンクの成約件数", "target", "CY2028", 15, "件"),
                                     ("転入者数", "baseline", "CY2017", 1850, "人"),
                                     ("転入者数", "actual", "CY2018", 1720, "人"),
                                     ("転入者数", "actual", "CY2019", 1900, "人"),
                                     ("転入者数", "target", "CY2028", 2000, "人")]


LETTER_SPACED_ROLE_ROW = """緑川市 第２期総合戦略 重要業績評価指標（KPI）一覧

基本目標３　結婚・出産・子育ての希望をかなえる

指標名 単 位 現状値 実績 中間目標 最終目標
Ｈ２８ Ｈ２９ Ｈ３０ Ｒ５ Ｒ８
農業産出額 億円 24.6 18.9 26.0 25.6 21.6
町内事業所の従業者数 人 4,193 4,338 5,736 4,483 4,500
"""


def test_a_role_row_with_a_letter_spaced_header_word_spreads_over_the_years():
    observations, _ = _read(LETTER_SPACED_ROLE_ROW)
    assert _values(observations) == [("農業産出額", "baseline", "FY2016", 2460000000, "円"),
                                     ("農業産出額", "actual", "FY2017", 1890000000, "円"),
                                     ("農業産出額", "actual", "FY2018", 2600000000, "円"),
                                     ("農業産出額", "target", "FY2023", 2560000000, "円"),
                                     ("農業産出額", "target", "FY2026", 2160000000, "円"),
                                     ("町内事業所の従業者数", "baseline", "FY2016", 4193, "人"),
                                     ("町内事業所の従業者数", "actual", "FY2017", 4338, "人"),
                                     ("町内事業所の従業者数", "actual", "FY2018", 5736, "人"),
                                     ("町内事業所の従業者数", "target", "FY2023", 4483, "人"),
                                     ("町内事業所の従業者数", "target", "FY2026", 4500, "人")]


#: A grade column (`評価`: letters) between the values and the name printed last: one space stands between the grade
#: and the name as between any two cells (marks19).
GRADE_BEFORE_NAME = """白浜町 総合戦略 KPI一覧

基準値（R1） 実績値（R5） 目標値（R7） 評価 指標名
1,850 1,920 2,000 A 転入者数（人）
12 9 20 C 新規就農者数（人）
"""


def test_a_grade_letter_before_the_name_is_the_progress_cell_not_the_names_first_letter():
    """`A` and `C` are grades of the 評価 column the header names, not the first letters of the names after them."""
    observations, indicators = _read(GRADE_BEFORE_NAME)
    assert _values(observations) == [("転入者数", "baseline", "FY2019", 1850, "人"),
                                     ("転入者数", "actual", "FY2023", 1920, "人"),
                                     ("転入者数", "target", "FY2025", 2000, "人"),
                                     ("新規就農者数", "baseline", "FY2019", 12, "人"),
                                     ("新規就農者数", "actual", "FY2023", 9, "人"),
                                     ("新規就農者数", "target", "FY2025", 20, "人")]
    assert [(i["kpi_name"], i["progress"]) for i in indicators] == [("転入者数", "A"), ("新規就農者数", "C")]


#: A grade column of marks, then a column of the grade's reason (`評価の理由`: a reason, though it names the grade),
#: then the name; a label `未達成` in the other table's 達成状況 column (marks19).
MARK_AND_REASON_BEFORE_NAME = """白浜町 効果検証シート

基準値（R1） 目標値（R7） 達成度 評価の理由 指標名
320人 400人 ○ 移住者向け住宅の整備が進んだ。 移住者数
45.0% 60.0% × 受診の呼びかけが届かなかった。 特定健診の受診率

基準値（R2） 目標値（R8） 達成状況 指標名
150人 200人 未達成 観光案内所の利用者数
"""


def test_a_grade_mark_and_its_reason_before_the_name_land_in_their_fields():
    """`○` / `×` are the 達成度 column's grades and the sentences after them the reason column's, not a name; the
    name is the text after them; `未達成` is a progress label, not the start of the name."""
    observations, indicators = _read(MARK_AND_REASON_BEFORE_NAME)
    assert _values(observations) == [("移住者数", "baseline", "FY2019", 320, "人"),
                                     ("移住者数", "target", "FY2025", 400, "人"),
                                     ("特定健診の受診率", "baseline", "FY2019", 45.0, "%"),
                                     ("特定健診の受診率", "target", "FY2025", 60.0, "%"),
                                     ("観光案内所の利用者数", "baseline", "FY2020", 150, "人"),
                                     ("観光案内所の利用者数", "target", "FY2026", 200, "人")]
    assert [(i["kpi_name"], i["progress"], i["reason"]) for i in indicators] == [
        ("移住者数", "○", "移住者向け住宅の整備が進んだ。"),
        ("特定健診の受診率", "×", "受診の呼びかけが届かなかった。"),
        ("観光案内所の利用者数", "未達成", None)]


#: A band label over the value columns (`指標の推移` over `実績 中間目標 最終目標値` and their years) beside a grade
#: column and a comment column (`課題と対応`): the band's columns as read keep no column for the comment (marks19).
GRADE_AND_COMMENT_UNDER_A_BAND = """白浜町 効果検証シート

評価指標 指標の推移 達成度 課題と対応 担当
実績 中間目標 最終目標値
令和元年度 令和3年度 令和7年度
転入者数（人） 1,850 1,900 2,000 × 転出超過が続いている。 企画政策課
新規就農者数（人） 12 15 20 ◎ 研修の受講者が増えた。 農林振興課
"""


def test_a_comment_after_a_grade_shares_its_cell_rather_than_pushing_the_values_left():
    """Where no column is left for the comment after the grade, it shares the grade's cell (`typed_rows.
    GRADE_COMMENT_JOIN`): the values stay in their columns instead of moving one column left to make room."""
    observations, indicators = _read(GRADE_AND_COMMENT_UNDER_A_BAND)
    assert _values(observations) == [("転入者数", "actual", "FY2019", 1850, "人"),
                                     ("転入者数", "target", "FY2021", 1900, "人"),
                                     ("転入者数", "target", "FY2025", 2000, "人"),
                                     ("新規就農者数", "actual", "FY2019", 12, "人"),
                                     ("新規就農者数", "target", "FY2021", 15, "人"),
                                     ("新規就農者数", "target", "FY2025", 20, "人")]
    assert [i["department"] for i in indicators] == ["企画政策課", "農林振興課"]


#: A name wrapped in its cell, its first line beside the values and a progress mark, its rest on the line under it;
#: every name closes with its unit in brackets. Then the same under the last row, footnotes after the table.
NAME_REST_UNDER_A_MARK = """青葉町 総合計画 成果指標の状況

指標名 基準値（R2） 実績値（R4） 目標値（R8） 評価
移住相談件数（件） 216 230 250 ○
放課後児童クラブの利用を希望して 19 22 15 △
利用できなかった児童数（人）
企業誘致件数（件） 3 4 5 ◎
"""
NAME_REST_BEFORE_FOOTNOTES = """青葉町 総合計画 成果指標の状況

指標名 単位 基準値（R2） 実績値（R4） 目標値（R8） 評価
移住相談件数 件 216 230 250 B
放課後児童クラブの利用を希望して 人 19 22 15 D
利用できなかった児童数
注）端数処理の関係で合計が一致しない場合がある。
※ 令和2年度は感染症の影響により事業を中止したため実績なし。
"""


def test_a_name_s_rest_under_a_progress_mark_closes_the_name_above():
    """`△` is the progress cell whole (a mark never wraps), so `利用できなかった児童数（人）` is no rest of it; closing
    with the unit in brackets every name closes with, which the name above lacks, it is that name's rest, not the
    head of `企業誘致件数（件）`."""
    observations, indicators = _read(NAME_REST_UNDER_A_MARK)
    assert [i["kpi_name"] for i in indicators] == [
        "移住相談件数", "放課後児童クラブの利用を希望して利用できなかった児童数", "企業誘致件数"]
    assert ("放課後児童クラブの利用を希望して利用できなかった児童数", "actual", "FY2022", 22.0, "人") \
        in _values(observations)
    assert [i["progress"] for i in indicators] == ["○", "△", "◎"]
    assert _certain(observations)


def test_a_name_s_rest_under_the_last_row_before_footnotes_is_read():
    """The line under the last row waits for no row: the notes after it are no rows, so it is the last row's rest
    (its name's: the progress cell `D` is whole), not dropped."""
    observations, indicators = _read(NAME_REST_BEFORE_FOOTNOTES)
    assert [i["kpi_name"] for i in indicators] == [
        "移住相談件数", "放課後児童クラブの利用を希望して利用できなかった児童数"]
    assert ("放課後児童クラブの利用を希望して利用できなかった児童数", "target", "FY2026", 15.0, "人") \
        in _values(observations)


#: A name wrapped in its cell, its rest on the line under the row, right before a goal band across the table; the
#: rows' last cells (a progress label, a reason closing its sentence) whole. The rows under the band go on.
NAME_REST_BEFORE_A_BAND = """青葉町 総合戦略 効果検証シート

担当部署 KPI 指標の推移 達成度 理由
実績値 目標値
(R2年度) (R3年度) (R7年度)
【基本目標Ⅰ】新しいひとの流れをつくる
農林振興課 ふるさと納税の寄附額 400百万円 380百万円 420百万円 概ね順調 寄附者が増加した。
企画課 地域の行事に参加したことがある 64.9% 61.0% 66.0% 遅れ 取組を進める。
中学生の割合
【基本目標Ⅱ】誰もが活躍できる地域をつくる
商工課 町内事業所の従業者数 3904人 5109人 5784人 順調 事業を実施した。
"""
#: The same rest before a page number and the header printed again on the next page (values with a note mark `※`).
NAME_REST_BEFORE_A_PAGE_BREAK = """青葉町 第２期総合戦略 KPI一覧

指標名 数値 達成度
策定時の値 実績値（年度） 目標
2017 2020 2026
放課後児童クラブの利用を希望して 21人 17人※ 16人 遅れ
利用できなかった児童数
- 29 -
指標名 数値 達成度
策定時の値 実績値（年度） 目標
2017 2020 2026
新規就農者数 11人 12人※ 14人 遅れ
"""


def test_a_name_s_rest_before_a_goal_band_is_read():
    """`中学生の割合` waits for a row, but the band `【基本目標Ⅱ】…` begins no name: the line is the name above's
    rest, and the row under the band is read under its goal."""
    observations, indicators = _read(NAME_REST_BEFORE_A_BAND)
    assert [i["kpi_name"] for i in indicators] == [
        "ふるさと納税の寄附額", "地域の行事に参加したことがある中学生の割合", "町内事業所の従業者数"]
    values = _values(observations)
    assert ("地域の行事に参加したことがある中学生の割合", "actual", "FY2021", 61.0, "%") in values
    assert ("町内事業所の従業者数", "target", "FY2025", 5784.0, "人") in values


def test_a_name_s_rest_before_a_page_number_and_the_header_again_is_read():
    """`利用できなかった児童数` waits for a row; a page number and the header printed again follow, which begin no
    name: the line is the name above's rest, not cut off."""
    observations, indicators = _read(NAME_REST_BEFORE_A_PAGE_BREAK)
    assert [i["kpi_name"] for i in indicators] == [
        "放課後児童クラブの利用を希望して利用できなかった児童数", "新規就農者数"]
    values = _values(observations)
    assert ("放課後児童クラブの利用を希望して利用できなかった児童数", "target", "FY2026", 16.0, "人") in values
    assert ("新規就農者数", "actual", "FY2020", 12.0, "人") in values


YEARS_OVER_ROLES = """青葉町 総合戦略 KPI一覧

NO 令和元年度 令和3年度 令和4年度 令和9年度 指標名
基準値 実績値 目標値
1 120 135 140 150 移住相談件数（件）
2 30.5 31.0 32.4 35.0 健康診査の受診率（%）
"""


def test_years_printed_over_their_role_words_and_a_row_number_before_the_values():
    """Each value cell prints its year over its role word (the run role `実績値` spans the two middle years), the
    `NO` column counts the rows 1, 2 and the name stands last: `1` is the row's number, no value. (The rows stay
    flagged `text_placed`: pdfplumber's cells are placed by their types.)"""
    observations, _ = _read(YEARS_OVER_ROLES)
    assert sorted(_values(observations)) == sorted([
        ("移住相談件数", "baseline", "FY2019", 120.0, "件"), ("移住相談件数", "actual", "FY2021", 135.0, "件"),
        ("移住相談件数", "actual", "FY2022", 140.0, "件"), ("移住相談件数", "target", "FY2027", 150.0, "件"),
        ("健康診査の受診率", "baseline", "FY2019", 30.5, "%"), ("健康診査の受診率", "actual", "FY2021", 31.0, "%"),
        ("健康診査の受診率", "actual", "FY2022", 32.4, "%"), ("健康診査の受診率", "target", "FY2027", 35.0, "%")])


IDEOGRAPHIC_SPACES = """青葉町 総合戦略 効果検証シート

R2年度 R3年度 中間目標　R5年度 目標値　R7年度 指標名
基本目標２　誰もが活躍できる地域をつくる
276件 262件 288件 300件 移住相談件数
14人 15人 12人 20人 新規就農者数
"""


def test_ideographic_spaces_in_a_single_space_table_make_no_gutters():
    """`中間目標　R5年度` and the goal band `基本目標２　…` under the header: ideographic spaces the aligned reader
    took for gutters, reading each row's values as one cell and placing none of them; that reading hid the
    single-space one, and no value was read (recall21). Bare years are actual years; R5 is FY2023, R7 FY2025."""
    observations, _ = _read(IDEOGRAPHIC_SPACES)
    assert _values(observations) == [("移住相談件数", "actual", "FY2020", 276, "件"),
                                     ("移住相談件数", "actual", "FY2021", 262, "件"),
                                     ("移住相談件数", "target", "FY2023", 288, "件"),
                                     ("移住相談件数", "target", "FY2025", 300, "件"),
                                     ("新規就農者数", "actual", "FY2020", 14, "人"),
                                     ("新規就農者数", "actual", "FY2021", 15, "人"),
                                     ("新規就農者数", "target", "FY2023", 12, "人"),
                                     ("新規就農者数", "target", "FY2025", 20, "人")]


ROLE_AND_YEAR_ONE_CELL = """青葉町 総合戦略 KPI一覧

指標名 （単位） 基準　R1 実績値（年度）　R3 実績値（年度）　R4 目標数値　R9 評価
新規就農者数 人 10 11 12 13 遅れ
健康診査の受診率 % 52.8 55.7 47.5 58.6 順調
P.20
指標名 （単位） 基準　R1 実績値（年度）　R3 実績値（年度）　R4 目標数値　R9 評価
企業誘致件数 件 4 3 3 4 順調
"""


def test_a_role_word_and_its_year_one_ideographic_space_apart_head_one_column():
    """`基準　R1`, `実績値（年度）　R3`: pdfplumber prints the gutter between cells as an ASCII space, so a role word
    and the year an ideographic space after it are one cell's (four value columns for the rows' four values), not a
    role column beside a year column (eight, half of them left empty, the years shifted). The table goes on over
    the page number and the header printed again. R1 is FY2019, R3 FY2021, R4 FY2022, R9 FY2027."""
    observations, _ = _read(ROLE_AND_YEAR_ONE_CELL)
    assert _values(observations) == [
        ("新規就農者数", "baseline", "FY2019", 10, "人"), ("新規就農者数", "actual", "FY2021", 11, "人"),
        ("新規就農者数", "actual", "FY2022", 12, "人"), ("新規就農者数", "target", "FY2027", 13, "人"),
        ("健康診査の受診率", "baseline", "FY2019", 52.8, "%"), ("健康診査の受診率", "actual", "FY2021", 55.7, "%"),
        ("健康診査の受診率", "actual", "FY2022", 47.5, "%"), ("健康診査の受診率", "target", "FY2027", 58.6, "%"),
        ("企業誘致件数", "baseline", "FY2019", 4, "件"), ("企業誘致件数", "actual", "FY2021", 3, "件"),
        ("企業誘致件数", "actual", "FY2022", 3, "件"), ("企業誘致件数", "target", "FY2027", 4, "件")]
    assert _certain(observations)


NOTE_OVER_A_PAGE_BREAK = """白浜町 総合戦略 KPI一覧

担当 指標名 基準 実績値（年度） 目標数値 進捗状況
Ｈ２９ Ｈ３０ Ｒ１ Ｒ２ Ｒ１０
生涯学習課 地域おこし協力隊の定住者数（人） 6 6※ 5 6※ 7 D
※各年４月１日現在
－32－

担当 指標名 基準 実績値（年度） 目標数値 進捗状況
Ｈ２９ Ｈ３０ Ｒ１ Ｒ２ Ｒ１０
農林振興課 ふるさと納税の寄附額（百万円） 314 333 355 336 269 D
※令和２年度は新型コロナウイルス感染症の影響により減少
商工観光課 農業産出額（億円） 18.1 18.5※ 19.1 17.8 23.5 A
"""


def test_a_guess_read_on_over_a_page_break_gives_way_to_the_tables_of_each_page():
    """The raw row reader reads the first page's row, its `※` note, the page number and the next page's first row as
    one table (misplacing the first row's values) and stops at the second `※` note; the single-space reader reads
    one table a page, the second on over the note: between them they hold every value line and place more values
    on those lines, so they keep the block (no row lost). Ｈ２９ is FY2017, Ｒ１ FY2019, Ｒ１０ FY2028; 百万円 and
    億円 are read in 円."""
    observations, _ = _read(NOTE_OVER_A_PAGE_BREAK)
    assert _values(observations) == [
        ("地域おこし協力隊の定住者数", "baseline", "FY2017", 6, "人"),
        ("地域おこし協力隊の定住者数", "actual", "FY2018", 6, "人"),
        ("地域おこし協力隊の定住者数", "actual", "FY2019", 5, "人"),
        ("地域おこし協力隊の定住者数", "actual", "FY2020", 6, "人"),
        ("地域おこし協力隊の定住者数", "target", "FY2028", 7, "人"),
        ("ふるさと納税の寄附額", "baseline", "FY2017", 314_000_000, "円"),
        ("ふるさと納税の寄附額", "actual", "FY2018", 333_000_000, "円"),
        ("ふるさと納税の寄附額", "actual", "FY2019", 355_000_000, "円"),
        ("ふるさと納税の寄附額", "actual", "FY2020", 336_000_000, "円"),
        ("ふるさと納税の寄附額", "target", "FY2028", 269_000_000, "円"),
        ("農業産出額", "baseline", "FY2017", 1_810_000_000, "円"),
        ("農業産出額", "actual", "FY2018", 1_850_000_000, "円"),
        ("農業産出額", "actual", "FY2019", 1_910_000_000, "円"),
        ("農業産出額", "actual", "FY2020", 1_780_000_000, "円"),
        ("農業産出額", "target", "FY2028", 2_350_000_000, "円")]


UNIT_FIELD_OVER_A_REPEATED_HEADER = """緑川市 総合戦略 効果検証シート

基本目標２　新しいひとの流れをつくる

【単位：件】
担当 指標名 進捗状況 課題と対応
Ｒ１ Ｒ３ Ｒ４ Ｒ７
基準値 実績値 目標値
企画政策課 移住相談件数 180 216 220 240 窓口の周知により相談件数が増加した。
商工観光課 企業誘致件数 2 4 3 5 目標値の8割程度で推移している。
P.13

担当 指標名 進捗状況 課題と対応
Ｒ１ Ｒ３ Ｒ４ Ｒ７
基準値 実績値 目標値
商工観光課 創業支援による創業件数 12 16 17 18 相談件数が増加した。
"""


def test_a_unit_field_over_the_first_pages_header_is_the_unit_of_the_next_pages_rows_too():
    """`【単位：件】` above the first page's header, which the reader joins to a header cell: the header printed again
    after the page number is the same table's, so its rows' bare numbers are 件 too (not numbers without a unit).
    Ｒ１ is FY2019, Ｒ３ FY2021, Ｒ４ FY2022, Ｒ７ FY2025."""
    observations, _ = _read(UNIT_FIELD_OVER_A_REPEATED_HEADER)
    assert [v for v in _values(observations) if v[0] == "創業支援による創業件数"] == [
        ("創業支援による創業件数", "baseline", "FY2019", 12, "件"),
        ("創業支援による創業件数", "actual", "FY2021", 16, "件"),
        ("創業支援による創業件数", "actual", "FY2022", 17, "件"),
        ("創業支援による創業件数", "target", "FY2025", 18, "件")]


KATAKANA_DASHES = """青葉町 総合戦略 KPI一覧

指標 （単位） 基準値 実績値 目標値 評価
2019 2021 2022 2027
移住相談件数 件 200 228 ー 255 ◎
空き家バンクの成約件数 件 ー 18 10 19 ○
公共交通の年間利用者数 人 ー ー 113,400 126,000 △
"""


def test_a_katakana_prolonged_sound_mark_alone_is_a_cell_not_a_letter_spaced_word():
    """`件 ー 18`, `ー ー 113,400`: the prolonged sound mark printed for a value not reported stands one space from its
    neighbours like the letters of a letter-spaced word, but it lengthens a kana, and follows none here: it is a cell
    of its own (the unit `件` and a dash, two dashes), so every row prints one cell a column and is read with
    certainty, not glued into `件ー` / `ーー` and its values placed by guess."""
    assert unspace_letters("件 ー 18 10", letters_only=True) == "件 ー 18 10"
    assert unspace_letters("ー ー 113,400", letters_only=True) == "ー ー 113,400"
    assert unspace_letters("セ ン タ ー 数") == "センター数"
    observations, _ = _read(KATAKANA_DASHES)
    assert _values(observations) == [
        ("移住相談件数", "baseline", "FY2019", 200, "件"), ("移住相談件数", "actual", "FY2021", 228, "件"),
        ("移住相談件数", "target", "FY2027", 255, "件"),
        ("空き家バンクの成約件数", "actual", "FY2021", 18, "件"),
        ("空き家バンクの成約件数", "actual", "FY2022", 10, "件"),
        ("空き家バンクの成約件数", "target", "FY2027", 19, "件"),
        ("公共交通の年間利用者数", "actual", "FY2022", 113_400, "人"),
        ("公共交通の年間利用者数", "target", "FY2027", 126_000, "人")]
    assert _certain(observations)


SEGMENTS_UNDER_A_GRADED_ROW = """桜ヶ丘市 総合戦略 KPI一覧

【単位：人】
指標 基準値（R1） 実績値（R3） 目標値（R7） 進捗状況 今後の方向性
新規就農者数 11 13 14 C 新規事業を実施した。
町内事業所の従業者数 D 引き続き関係機関と連携し取組を進める。
　男性 2,458 2,627 2,747
　女性 2,241 2,265 2,073
転入者数 2,054 1,813 2,294 B 目標には届いていない。
"""


def test_a_row_printing_a_grade_and_a_sentence_and_no_value_owns_the_segment_rows_below():
    """`町内事業所の従業者数 D 引き続き…進める。`: a name, the grade `D` of the progress column and the sentence of the
    remark column after it, no value; the `男性` / `女性` rows below are its segments, not more values of the row
    above (`新規就農者数`). R1 is FY2019, R3 FY2021, R7 FY2025; the unit is the field's `人`."""
    observations, _ = _read(SEGMENTS_UNDER_A_GRADED_ROW)
    segments = [(o["kpi_name"], o["role"], o["period"], o["value"], o.get("segment")) for o in observations
                if o.get("value") is not None and o.get("segment") not in (None, "")]
    name = "町内事業所の従業者数"
    assert segments == [
        (name, "baseline", "FY2019", 2458, "男性"), (name, "actual", "FY2021", 2627, "男性"),
        (name, "target", "FY2025", 2747, "男性"), (name, "baseline", "FY2019", 2241, "女性"),
        (name, "actual", "FY2021", 2265, "女性"), (name, "target", "FY2025", 2073, "女性")]
    assert [v for v in _values(observations) if v[0] == "新規就農者数"] == [
        ("新規就農者数", "baseline", "FY2019", 11, "人"), ("新規就農者数", "actual", "FY2021", 13, "人"),
        ("新規就農者数", "target", "FY2025", 14, "人")]


NOTE_UNDER_A_ROW_BETWEEN_BANDS = """白浜町 総合計画 成果指標の状況

ＫＰＩ 単位 2020年度（R2）（基準） 2021年度（R3）実績値 2022年度（R4）実績値 目標(2024年度（R6）)
基本目標２　結婚・出産・子育ての希望をかなえる
健康診査の受診率 % 40.8 約45.1 51.8※ 48.5
基本目標３　安心して暮らせる魅力的なまちをつくる
移住相談件数 件 ー 255 223※ 約278
※令和２年度は新型コロナウイルス感染症の影響により減少
空き家バンクの成約件数 件 約11 約12※ 約9 11
子育て支援に満足している保護者の割合 % ー 約63.2 60.1※ 約75.0
出典：観光動態調査（県）
"""


def test_rows_after_a_note_the_certain_reader_stopped_at_are_read():
    """The raw row reader reads the header and the rows down to the `※` note under 移住相談件数 with certainty and
    stops there; the single-space reader reads the same lines as well and the two rows after the note too: its
    reading is kept (the rows after the note are not lost). R2 is FY2020, R3 FY2021, R4 FY2022, R6 FY2024."""
    observations, _ = _read(NOTE_UNDER_A_ROW_BETWEEN_BANDS)
    assert _values(observations) == [
        ("健康診査の受診率", "baseline", "FY2020", 40.8, "%"), ("健康診査の受診率", "actual", "FY2021", 45.1, "%"),
        ("健康診査の受診率", "actual", "FY2022", 51.8, "%"), ("健康診査の受診率", "target", "FY2024", 48.5, "%"),
        ("移住相談件数", "actual", "FY2021", 255, "件"), ("移住相談件数", "actual", "FY2022", 223, "件"),
        ("移住相談件数", "target", "FY2024", 278, "件"),
        ("空き家バンクの成約件数", "baseline", "FY2020", 11, "件"),
        ("空き家バンクの成約件数", "actual", "FY2021", 12, "件"),
        ("空き家バンクの成約件数", "actual", "FY2022", 9, "件"),
        ("空き家バンクの成約件数", "target", "FY2024", 11, "件"),
        ("子育て支援に満足している保護者の割合", "actual", "FY2021", 63.2, "%"),
        ("子育て支援に満足している保護者の割合", "actual", "FY2022", 60.1, "%"),
        ("子育て支援に満足している保護者の割合", "target", "FY2024", 75.0, "%")]
