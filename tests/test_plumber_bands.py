"""pdfplumber's text of header bands with a unit field line over them, three-line bands whose top line labels the
values (`進捗状況` over `計画策定時 実績 最終目標` over the years), and the rows under them: names wrapped under a
goal band, segment rows under numbered rows, targets printed as a direction word, a note between rows.

The documents are invented. Every expected value was worked out by hand from the document text: `平成29年度` is
FY2017, `（R2）` FY2020, `H30年度` FY2018, `【単位：%】` gives the bare numbers of the table their unit.
"""

from __future__ import annotations

from tests.text_records import SegmentValue as Value
from tests.text_records import read_records, segment_values


def _read(text: str) -> list[dict]:
    """The observations the pipeline reads from one text layer."""
    return read_records(text, "plumber.txt")[0]


def _unflagged_wrong(observations: list[dict], right: list[Value]) -> list[Value]:
    return [v for o, v in zip([o for o in observations if o.get("value") is not None], segment_values(observations),
                              strict=True) if not o.get("uncertain") and v not in right]


UNIT_OVER_THREE_LINE_BAND = """青葉町 総合計画 成果指標の状況

【単位：%】
進捗状況 評価 評価の理由 KPI（重要業績評価指標） 主管課
計画策定時 実績（見込み含む） 最終目標
平成29年度（2017年度） 平成30年度（2018年度） 令和元年度（2019年度） 令和9年度（2027年度）
基本目標Ⅱ 地域にしごとをつくる
40.8 41.0 ― 42.2 D 新型コロナウイルス感染症の影響により減少した。 健康診査の受診率 企画政策課
61.1 83.1 84.5 64.6 B 令和3年度に2件の新規事業を実施した。 自主防災組織の組織率 子育て支援課
"""


def test_a_unit_field_over_a_three_line_band_is_no_line_of_it():
    """`【単位：%】` over `進捗状況 評価 …` / role words / years: a caption of the table, so the band's top line (a
    label over the values, then the other columns' headers) is read into the roles' line as it is without the
    caption, and the values take the caption's unit."""
    observations = _read(UNIT_OVER_THREE_LINE_BAND)
    assert segment_values(observations) == [
        ("健康診査の受診率", "baseline", "FY2017", 40.8, "%", None),
        ("健康診査の受診率", "actual", "FY2018", 41.0, "%", None),
        ("健康診査の受診率", "target", "FY2027", 42.2, "%", None),
        ("自主防災組織の組織率", "baseline", "FY2017", 61.1, "%", None),
        ("自主防災組織の組織率", "actual", "FY2018", 83.1, "%", None),
        ("自主防災組織の組織率", "actual", "FY2019", 84.5, "%", None),
        ("自主防災組織の組織率", "target", "FY2027", 64.6, "%", None)]


UNIT_OVER_PARENT_AND_SEGMENTS = """青葉町 まち・ひと・しごと創生総合戦略 効果検証シート

基本目標２　新しいひとの流れをつくる

単位：人
成果指標 指標の推移 達成状況
現状値 中間年目標 目標
2015年度（H27） 2022年度（R4） 2028年度（R10）
転入者数 ×
男性 約879 約1,036 約758
女性 906 約1,064 1,138
公共交通の年間利用者数 約119,700 148680 154980 ○
"""


def test_a_reading_that_runs_a_segment_label_into_a_value_cell_places_it_worse():
    """The same band under `単位：人` over a parent row `転入者数 ×` and its segments: a reading that puts
    `女性 906` in one value cell (one cell a line, column by column) places that value nowhere; the reading row by
    row wins, and no value is left unflagged under a wrong name or segment."""
    observations = _read(UNIT_OVER_PARENT_AND_SEGMENTS)
    right = [("転入者数", "baseline", "FY2015", 879, "人", "男性"),
             ("転入者数", "target", "FY2022", 1036, "人", "男性"),
             ("転入者数", "target", "FY2028", 758, "人", "男性"),
             ("転入者数", "baseline", "FY2015", 906, "人", "女性"),
             ("転入者数", "target", "FY2022", 1064, "人", "女性"),
             ("転入者数", "target", "FY2028", 1138, "人", "女性"),
             ("公共交通の年間利用者数", "baseline", "FY2015", 119700, "人", None),
             ("公共交通の年間利用者数", "target", "FY2022", 148680, "人", None),
             ("公共交通の年間利用者数", "target", "FY2028", 154980, "人", None)]
    assert sorted(segment_values(observations), key=str) == sorted(right, key=str)


NOTE_WITH_A_YEAR_BETWEEN_ROWS = """北見沢村 まち・ひと・しごと創生総合戦略 効果検証シート

評価指標 策定時の値 実績値（年度） 中間目標値 目標値（最終） 評価
【基本目標Ⅰ】安心して暮らせる魅力的なまちをつくる
観光入込客数（千人） 約1,080(R2) 約1,056(R3) 約1,284（R5） 約1,200（R7） ○
※令和２年度は新型コロナウイルス感染症の影響により減少
【基本目標Ⅱ】地域にしごとをつくる
耕作放棄地の再生面積（ha） 29.8（R2） 21.8（R3） 29.8(R5) 21.1(R7) ◎
（※年度末時点の数値）
町内事業所の従業者数（人） 5,447（R2） 4,627(R3) 5,398（R5） 3,952（R7） △
"""


def test_a_note_printing_a_year_is_no_name_holding_a_value():
    """`※令和２年度は…減少` among the rows: the reader that goes on past `（※年度末時点の数値）` holds that note in its
    name column, and its `２` is no number of a name that another reading prints as a value (`(R2)`); the rows
    after the second note are read, not lost."""
    names = {v[0] for v in segment_values(_read(NOTE_WITH_A_YEAR_BETWEEN_ROWS))}
    assert names == {"観光入込客数", "耕作放棄地の再生面積", "町内事業所の従業者数"}


NAME_WRAPPED_UNDER_A_GOAL_BAND = """青葉町 総合計画 成果指標の状況

計画策定時（H29） 目標（R9） 評価 評価の理由 KPI 主管課
基本目標Ⅲ 誰もが活躍できる地域をつくる
55.8 60.0 B 引き続き関係機関と連携し取組を進める。 子育て支援に満足している保護者の割合 商工観光課
基本目標Ⅳ 安心して暮らせる魅力的なまちをつくる
68.2 45.6 D 目標値の8割程度で推移している。 地域の行事に参加したことがある
中学生の割合
61.1 64.6 B 令和3年度に2件の新規事業を実施した。 自主防災組織の組織率 子育て支援課
"""


def test_a_goal_band_over_a_row_is_no_goal_cell_mirroring_its_name_rest():
    """`中学生の割合` under a row whose name `地域の行事に参加したことがある` is its last cell, a goal band above
    the row: in a sheet without a goal column the band is no goal cell's line around the row, so the line is the
    name's rest, not the reason's."""
    names = {v[0] for v in segment_values(_read(NAME_WRAPPED_UNDER_A_GOAL_BAND))}
    assert "地域の行事に参加したことがある中学生の割合" in names
    assert "地域の行事に参加したことがある" not in names


NUMBERED_ROWS_WITH_SEGMENTS = """北見沢村 まち・ひと・しごと創生総合戦略 効果検証シート

No. 実績値（H30年度） 目標値（R12年度） 評価の理由 指標項目
3 7 6 引き続き関係機関と連携し取組を進める。 空き家バンクの成約件数（件）
4 15 18 移住相談窓口の周知により相談件数が増加した。 創業支援による創業件数（件）
10 9 うち男
11 9 うち女
"""


def test_a_segment_row_numbers_no_row():
    """`10 9 うち男` under numbered rows `3 …` / `4 …`: a segment's line opens with its first value, not a row's
    number, so the rows still count up and their numbers are no values."""
    observations = _read(NUMBERED_ROWS_WITH_SEGMENTS)
    right = [("空き家バンクの成約件数", "actual", "FY2018", 7, "件", None),
             ("空き家バンクの成約件数", "target", "FY2030", 6, "件", None),
             ("創業支援による創業件数", "actual", "FY2018", 15, "件", None),
             ("創業支援による創業件数", "target", "FY2030", 18, "件", None),
             ("創業支援による創業件数", "actual", "FY2018", 10, "件", "男"),
             ("創業支援による創業件数", "target", "FY2030", 9, "件", "男"),
             ("創業支援による創業件数", "actual", "FY2018", 11, "件", "女"),
             ("創業支援による創業件数", "target", "FY2030", 9, "件", "女")]
    assert _unflagged_wrong(observations, right) == []
    assert sorted(segment_values(observations), key=str) == sorted(right, key=str)


DIRECTION_TARGET = """北見沢村 まち・ひと・しごと創生総合戦略 効果検証シート

No. 実績値（H30年度） 目標値（R12年度） 評価の理由 指標項目
1 228 260 前年度比で12.5%増加したが目標には届いていない。 移住相談件数（件）
2 15 維持 移住相談窓口の周知により相談件数が増加した。 創業支援による創業件数（件）
"""


def test_a_target_printed_as_a_direction_word_fills_its_value_cell():
    """`維持` after a row's values, before its reason: the target cell's word, not the reason's first line (which
    would run the reason into the name)."""
    names = {v[0] for v in segment_values(_read(DIRECTION_TARGET))}
    assert names == {"移住相談件数", "創業支援による創業件数"}


UNIT_OVER_ROLES_AND_BRACKETED_YEARS = """緑川町 第２期総合戦略 重要業績評価指標（KPI）一覧

基本目標１　地域にしごとをつくる

（単位：人）
指標名 実績値 目標値 評価 評価の理由
（令和元年度） （令和8年度）
転入者数 1,520 1,600 未達成 移住相談窓口の周知により相談件数が増加した。
（※年度末時点の数値）
新規就農者数 14 12 達成 新型コロナウイルス感染症の影響により減少した。
移住相談件数 210 250 未達成 引き続き関係機関と連携し取組を進める。
"""


def test_a_unit_field_over_a_two_line_band_moves_no_bracketed_year():
    """`（単位：人）` over `指標名 実績値 目標値 …` and a line of bracketed years under the two role words: the field
    is the table's caption, no line of the band, so each year goes under its role word (taken in, it shifted the
    years a column left and the rows after the note went unread); every value takes the caption's unit."""
    observations = _read(UNIT_OVER_ROLES_AND_BRACKETED_YEARS)
    assert segment_values(observations) == [
        ("転入者数", "actual", "FY2019", 1520, "人", None),
        ("転入者数", "target", "FY2026", 1600, "人", None),
        ("新規就農者数", "actual", "FY2019", 14, "人", None),
        ("新規就農者数", "target", "FY2026", 12, "人", None),
        ("移住相談件数", "actual", "FY2019", 210, "人", None),
        ("移住相談件数", "target", "FY2026", 250, "人", None)]


UNIT_OVER_LABELLED_BAND_AND_PAGE_BREAK = """緑川町 総合計画 成果指標の状況

基本目標２　新しいひとの流れをつくる

(単位:件)
番号 担当部署 項目 数値
基準値（現状） 中間目標値 最終目標値
(H27) (R3) (R8)
1 企画政策課 企業誘致件数 4 5 6
2 生涯学習課 創業支援による創業件数 15 18 20
39
番号 担当部署 項目 数値
基準値（現状） 中間目標値 最終目標値
(H27) (R3) (R8)
3 総務課 空き家バンクの成約件数 7 9 10
"""


def test_a_unit_field_over_a_labelled_band_stays_over_the_header_repeated_after_a_page_break():
    """`(単位:件)` over a three-line band whose top line labels the values (`数値`), the band printed again after a
    page's number: the field is no line of the band, so both bands read alike, the table goes on over the page
    break, and its unit is the unit of the rows after it too (read into the first band, the rows after the break
    were left without a unit)."""
    observations = _read(UNIT_OVER_LABELLED_BAND_AND_PAGE_BREAK)
    assert [o for o in observations if o.get("uncertain")] == []
    assert segment_values(observations) == [
        ("企業誘致件数", "baseline", "FY2015", 4, "件", None),
        ("企業誘致件数", "target", "FY2021", 5, "件", None),
        ("企業誘致件数", "target", "FY2026", 6, "件", None),
        ("創業支援による創業件数", "baseline", "FY2015", 15, "件", None),
        ("創業支援による創業件数", "target", "FY2021", 18, "件", None),
        ("創業支援による創業件数", "target", "FY2026", 20, "件", None),
        ("空き家バンクの成約件数", "baseline", "FY2015", 7, "件", None),
        ("空き家バンクの成約件数", "target", "FY2021", 9, "件", None),
        ("空き家バンクの成約件数", "target", "FY2026", 10, "件", None)]


DEPARTMENT_BEFORE_NAME = """緑川町 総合計画 成果指標の状況

基本目標１　地域にしごとをつくる

番号 担当課 成果指標 当初値 目標値 達成状況
1 企画政策課 企業誘致件数 3件(2017) 6件(2025) B
（※年度末時点の数値）
2 商工観光課 転入者数 2,016人(2017) 2,100人(2025) A
"""


def test_a_department_before_the_name_is_no_word_of_the_name():
    """`番号 担当課 成果指標 …`: pdfplumber prints a row's department and name one space apart, one token before the
    values; the department column stands before the name's, so the token's first word, a department
    (`企画政策課`), is that column's cell and the rest the indicator's name (a note between the rows leaves the
    reading to the spaced reader, which joined the two)."""
    observations = _read(DEPARTMENT_BEFORE_NAME)
    assert segment_values(observations) == [
        ("企業誘致件数", "baseline", "FY2017", 3, "件", None),
        ("企業誘致件数", "target", "FY2025", 6, "件", None),
        ("転入者数", "baseline", "FY2017", 2016, "人", None),
        ("転入者数", "target", "FY2025", 2100, "人", None)]


UNIT_OVER_YEAR_COLUMNS = """緑川町 効果検証シート

基本目標２　新しいひとの流れをつくる

【単位：人】
No. 指標 年度 計画策定時 2017実績値 2018実績値 中間目標年度 中間目標 年度 計画目標
1 地域おこし協力隊の定住者数 2015 5 7 6 2022 7 2025 8
2 新規就農者数 2016 13 11 12 2022 14 2025 15
"""


def test_a_unit_field_over_a_band_of_year_columns_is_its_caption():
    """`【単位：人】` over a band whose `年度` columns (a year column before each target) read as no header word: the
    field is no line of the band, yet the band still starts right under it (only the field made it start before it
    was left out of bands), and its values take the unit."""
    observations = _read(UNIT_OVER_YEAR_COLUMNS)
    assert ("地域おこし協力隊の定住者数", "actual", "FY2018", 6, "人", None) in segment_values(observations)
    assert ("新規就農者数", "actual", "FY2018", 12, "人", None) in segment_values(observations)
