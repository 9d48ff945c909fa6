"""pdfplumber's text of tables whose reading went wrong without a flag (session 29, issue 11): which reader's
reading of a block wins, bracketed years under values, a segments' parent row printing a sentence, years over or
under role words, and a segment row after a page break. A wrong value must not be left unflagged.

The documents are invented. Every expected value was worked out by hand from the document text: `（令和2年）` is
CY2020, `（R1）` / `2019年度` FY2019, `H29年度` FY2017, `（2017）` FY2017 (a year alone is a fiscal year), `R10年度`
FY2028, `Ｒ１２` FY2030.
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


BARE_NUMBERS_FULL_WIDTH = """若葉町 総合戦略 重要業績評価指標（KPI）一覧

基本目標１　地域にしごとをつくる

№ 評価指標 実績（令和2年） 目標年 最終目標値 進捗率 基準値比 担当部署
1 新規就農者数（人） ８ 令和11年 １０ 80.0% － 農政課
2 空き店舗の活用件数（件） 14 令和11年 20 70.0% － 商工課
3 観光案内所の利用者数（人） ３２０ 令和11年 ４００ 80.0% － 観光課
"""


def test_bare_numbers_beside_a_name_are_placed_values_when_readings_are_weighed():
    """`１０`, `14`: a bare number in a value column beside a name is a value, though a line of one alone could be a
    page number; the single-space reading that places them must not lose to one that runs `1 新規就農者数（人） ８`
    into one name (the target read as an actual, unflagged)."""
    assert segment_values(_read(BARE_NUMBERS_FULL_WIDTH)) == [
        ("新規就農者数", "actual", "CY2020", 8, "人", None), ("新規就農者数", "target", "CY2029", 10, "人", None),
        ("空き店舗の活用件数", "actual", "CY2020", 14, "件", None),
        ("空き店舗の活用件数", "target", "CY2029", 20, "件", None),
        ("観光案内所の利用者数", "actual", "CY2020", 320, "人", None),
        ("観光案内所の利用者数", "target", "CY2029", 400, "人", None)]


WESTERN_YEARS_UNDER_VALUES = """白浜町 総合戦略 重要業績評価指標（KPI）一覧

担当部署 KPI（重要業績評価指標） 計画策定時 目標
農政課 新規就農者数 4人 6人
（2017） （2027）
商工課 創業支援件数 11件 15件
（2017） （2027）
"""


def test_bracketed_western_years_under_values_date_them():
    """`（2017） （2027）` under `4人 6人`: each the year of the value above it (its cell reads it as its period), not
    the next row's name's first line."""
    assert segment_values(_read(WESTERN_YEARS_UNDER_VALUES)) == [
        ("新規就農者数", "baseline", "FY2017", 4, "人", None), ("新規就農者数", "target", "FY2027", 6, "人", None),
        ("創業支援件数", "baseline", "FY2017", 11, "件", None), ("創業支援件数", "target", "FY2027", 15, "件", None)]


PARENT_WITH_A_REASON = """緑川市 総合戦略 効果検証シート

No. 項目 現況値 目標 評価の理由
1 転入者数 1,210人(令和2年) 1,400人(令和10年) 移住相談が増えた。
2 図書館の年間貸出冊数 81,200冊（令和2年） 90,000冊(令和10年) 開館時間を延長した。
3 創業件数 令和3年度に新たな支援制度を設けた。
うち男 4件（令和2年） 6件(令和10年)
うち女 3件（令和2年） 5件(令和10年)
"""


def test_a_certain_reading_that_drops_value_lines_gives_way():
    """One cell per line reads only `うち男` / `うち女` of this block, certain of it, and drops the lines of the rows
    above: a reading that holds no cell for a line printing values is sure of nothing, the single-space reading of
    the whole block stands (`うち男` rows are `創業件数`'s segments)."""
    observations = _read(PARENT_WITH_A_REASON)
    assert segment_values(observations) == [
        ("転入者数", "baseline", "CY2020", 1210, "人", None), ("転入者数", "target", "CY2028", 1400, "人", None),
        ("図書館の年間貸出冊数", "baseline", "CY2020", 81200, "冊", None),
        ("図書館の年間貸出冊数", "target", "CY2028", 90000, "冊", None),
        ("創業件数", "baseline", "CY2020", 4, "件", "男"), ("創業件数", "target", "CY2028", 6, "件", "男"),
        ("創業件数", "baseline", "CY2020", 3, "件", "女"), ("創業件数", "target", "CY2028", 5, "件", "女")]


NOTES_BETWEEN_ROWS = """若葉町 総合戦略 重要業績評価指標（KPI）一覧

基本目標２　新しいひとの流れをつくる

（単位：人）
指標項目 実績（見込み含む） 目標数値 進捗状況 評価の理由
（平成30年度） （令和7年度）
転出者数 1,820 1,500 達成見込み 移住相談窓口の周知により相談件数が増加した。
（※年度末時点の数値）
移住者数 14 20 達成見込み 新型コロナウイルス感染症の影響により減少した。
新規就農者数 9 12 達成見込み 新型コロナウイルス感染症の影響により減少した。
※平成30年度から集計方法を変更
路線バスの年間利用者数 98,200※２ 120,000 未達成 引き続き関係機関と連携し取組を進める。
出典：観光動態調査（県）
"""


def test_a_note_line_between_rows_mirrored_around_a_row_does_not_break_the_reading():
    """`（※年度末時点の数値）` and `※…` between rows: a line read whole in the first column, its columns not one per
    token, is a cell like any other when a row's name end is looked for (it raised an error); the unit caption
    above the header is the table's (session 30: no line of its band, so each bracketed year stands under its
    role word), so every value is read right, each one left unflagged among them too."""
    observations = _read(NOTES_BETWEEN_ROWS)
    right = [("転出者数", "actual", "FY2018", 1820, "人", None), ("転出者数", "target", "FY2025", 1500, "人", None),
             ("移住者数", "actual", "FY2018", 14, "人", None), ("移住者数", "target", "FY2025", 20, "人", None),
             ("新規就農者数", "actual", "FY2018", 9, "人", None), ("新規就農者数", "target", "FY2025", 12, "人", None),
             ("路線バスの年間利用者数", "actual", "FY2018", 98200, "人", None),
             ("路線バスの年間利用者数", "target", "FY2025", 120000, "人", None)]
    assert segment_values(observations) == right
    assert all(v in right for v in _unflagged(observations))


PARENT_NAME_AND_REASON = """北見沢村 総合戦略 効果検証シート

KPI（重要業績評価指標） 2019年度（R1）現状値 2025年度（R7）計画目標 理由
転入者数 1,210 1,400 移住相談窓口の周知により相談件数が増加した。
健康診査の受診率 目標値の8割程度で推移している。
　男性 41.2% 50.0%
　女性 45.8% 55.0%
"""


def test_a_parent_row_printing_its_name_and_a_reason_owns_the_segment_rows():
    """`健康診査の受診率 目標値の8割程度で推移している。` over `男性 …` / `女性 …`: the segments' indicator and its
    reason, not the row above's reason going on."""
    assert segment_values(_read(PARENT_NAME_AND_REASON))[2:] == [
        ("健康診査の受診率", "baseline", "FY2019", 41.2, "%", "男性"),
        ("健康診査の受診率", "target", "FY2025", 50, "%", "男性"),
        ("健康診査の受診率", "baseline", "FY2019", 45.8, "%", "女性"),
        ("健康診査の受診率", "target", "FY2025", 55, "%", "女性")]


ERA_YEARS_UNDER_FEWER_ROLES = """緑川市 総合計画 成果指標の状況

NO 実績 最終目標値 進捗率 KPI（重要業績評価指標） 担当課
（令和2年） （令和3年） （令和4年） （令和6年）
1 120人 130人 125人 150人 83.3% 転入者数 企画課
2 14件 ー 16件 20件 80.0% 創業件数 商工課
"""


def test_bracketed_era_years_under_fewer_role_words_are_spread_over_them():
    """`実績 最終目標値` over four bracketed years: 実績 spans the first three, the target the last; the rate after
    the values is the progress column's, no target."""
    assert segment_values(_read(ERA_YEARS_UNDER_FEWER_ROLES)) == [
        ("転入者数", "actual", "CY2020", 120, "人", None), ("転入者数", "actual", "CY2021", 130, "人", None),
        ("転入者数", "actual", "CY2022", 125, "人", None), ("転入者数", "target", "CY2024", 150, "人", None),
        ("創業件数", "actual", "CY2020", 14, "件", None), ("創業件数", "actual", "CY2022", 16, "件", None),
        ("創業件数", "target", "CY2024", 20, "件", None)]


YEARS_OVER_ROLES_LETTER_SPACED = """桜ヶ丘市 総合戦略 重要業績評価指標（KPI）一覧

番号 担当部署 単 位 Ｈ２９ Ｈ３０ Ｒ１２ 進捗評価 項目
実績（見込み含む） 目標値
1 企画課 人 1,210 1,250 1,400 ○ 転入者数
2 商工課 件 11 12 15 ◎ 創業件数
"""


def test_years_over_role_words_beside_a_letter_spaced_header_word():
    """`単 位` among the header's other cells beside the years `Ｈ２９ Ｈ３０ Ｒ１２` over `実績（見込み含む） 目標値`:
    one header word, so the years are spread over the roles (the target is Ｒ１２'s)."""
    assert segment_values(_read(YEARS_OVER_ROLES_LETTER_SPACED)) == [
        ("転入者数", "actual", "FY2017", 1210, "人", None), ("転入者数", "actual", "FY2018", 1250, "人", None),
        ("転入者数", "target", "FY2030", 1400, "人", None), ("創業件数", "actual", "FY2017", 11, "件", None),
        ("創業件数", "actual", "FY2018", 12, "件", None), ("創業件数", "target", "FY2030", 15, "件", None)]


PERIOD_COLUMN_BETWEEN_VALUES = """白浜町 総合戦略 重要業績評価指標（KPI）一覧

基本目標３　結婚・出産・子育ての希望をかなえる

【単位：%】
KPI（重要業績評価指標） H29年度 H30年度 目標年 計画目標 進捗率 基準値比
特定健診の受診率 41.2 43.5（見込） R10年度 50.0以上 87.0% -1.4
地域活動への参加率 ー ー R10年度 35.0以上 － －
子育て支援に満足している保護者の割合 ー 62.3 R10年度 70.0以上 89.0% －
資料：市民意識調査（令和4年度）
"""


def test_a_reading_that_runs_a_period_columns_year_into_a_value_cell_is_no_certain_one():
    """`43.5（見込） R10年度` read as one cell by a reading that fills the columns by count: `R10年度` is the `目標年`
    column's, the target `50.0以上` is no progress rate; the reading placing each in its column stands."""
    observations = _read(PERIOD_COLUMN_BETWEEN_VALUES)
    assert segment_values(observations) == [
        ("特定健診の受診率", "actual", "FY2017", 41.2, "%", None),
        ("特定健診の受診率", "actual", "FY2018", 43.5, "%", None),
        ("特定健診の受診率", "target", "FY2028", 50, "%", None),
        ("地域活動への参加率", "target", "FY2028", 35, "%", None),
        ("子育て支援に満足している保護者の割合", "actual", "FY2018", 62.3, "%", None),
        ("子育て支援に満足している保護者の割合", "target", "FY2028", 70, "%", None)]


SEGMENTS_ACROSS_A_PAGE_BREAK = """青葉町 総合戦略 効果検証シート

指標名 実績値（各年度） 目標値（最終） 達成率
(Ｒ１) (Ｒ２) (Ｒ７)
転入者数
男 612人 640人 700人 91.4%
－12－
指標名 実績値（各年度） 目標値（最終） 達成率
(Ｒ１) (Ｒ２) (Ｒ７)
女 598人 610人 680人 89.7%
創業件数 11件 12件 15件 80.0%
"""


def test_segment_rows_of_a_parent_go_on_after_a_page_break():
    """`転入者数` over `男 …`, the page's number and the header again, then `女 …`: the name is the segments' parent,
    not the first line of a name `転入者数男`."""
    assert segment_values(_read(SEGMENTS_ACROSS_A_PAGE_BREAK)) == [
        ("転入者数", "actual", "FY2019", 612, "人", "男"), ("転入者数", "actual", "FY2020", 640, "人", "男"),
        ("転入者数", "target", "FY2025", 700, "人", "男"), ("転入者数", "actual", "FY2019", 598, "人", "女"),
        ("転入者数", "actual", "FY2020", 610, "人", "女"), ("転入者数", "target", "FY2025", 680, "人", "女"),
        ("創業件数", "actual", "FY2019", 11, "件", None), ("創業件数", "actual", "FY2020", 12, "件", None),
        ("創業件数", "target", "FY2025", 15, "件", None)]
