"""pdftotext `-layout` pages in the shapes of generated tables (tests/synth, issue 11) that broke a text reader or
left a wrong value unflagged: each page a generated table's text cut down to the lines that matter, every expected
value read off the text by hand."""

from __future__ import annotations

from tests.text_records import read_records

#: A note line `※…` across the table between two rows and a source line under it: the spaced reader asked the
#: note (read as a whole line, in no column yet) for its name column's text while it looked for a name's end.
NOTE_BETWEEN_ROWS = "\n".join([
    "桜ヶ丘市 第２期総合戦略 重要業績評価指標（KPI）一覧", "",
    "基本目標２　新しいひとの流れをつくる", "",
    "（単位：人）",
    "指標項目                     実績（見込み含む）   目標数値        進捗状況     評価の理由",
    "                             （平成30年度）       （令和7年度）",
    "転入者数                                  2,164           1,776   達成見込み     "
    "移住相談窓口の周知により相談件数が増加した。",
    "（※年度末時点の数値）",
    "地域おこし協力隊の定住者数                    6               5   達成見込み   "
    "新型コロナウイルス感染症の影響により減少した。",
    "新規就農者数                                 12              12   達成見込み   "
    "新型コロナウイルス感染症の影響により減少した。",
    "※平成30年度から集計方法を変更",
    "公共交通の年間利用者数               113,400※２         146,160       未達成           "
    "引き続き関係機関と連携し取組を進める。",
    "出典：観光動態調査（県）", ""])


def test_a_note_line_between_rows_is_read_not_a_crash() -> None:
    observations, _, _ = read_records(NOTE_BETWEEN_ROWS)
    values = {(o["kpi_name"], o["role"], o["period"]): o["value"] for o in observations if o.get("value") is not None}
    assert values[("新規就農者数", "target", "FY2025")] == 12
    assert values[("公共交通の年間利用者数", "actual", "FY2018")] == 113400


#: A department merged over rows, printed on the row under a note and not on the row above it: the row under the
#: note has one text more than the row above, still a row of the table (not a new table without a header).
DEPARTMENT_AFTER_NOTE = "\n".join([
    "基本目標１　地域にしごとをつくる",
    "",
    "担当           数値                                                                    進捗率"
    "   基準値比   指標名",
    "               策定時     実績値（各年度）                     中間目標値   目標値",
    "               (2018)     (2019)             (2020)            (2022)       (2024)",
    "               約54,948             39,042          約45,790     約54,466   約44,826"
    "   102.2%     +6,748   ふるさと納税の寄附額（千円）",
    "※１ 目標値は第２期計画策定時に上方修正",
    "商工観光課            -                 15    約22（見込み）           15         22   100.0%     "
    "    +7   創業支援による創業件数（件）",
    ""])


def test_a_row_under_a_note_with_a_department_more_stays_in_the_table() -> None:
    observations, _, _ = read_records(DEPARTMENT_AFTER_NOTE)
    values = {(o["kpi_name"], o["role"], o["period"]): o["value"] for o in observations if o.get("value") is not None}
    assert values[("創業支援による創業件数", "actual", "FY2019")] == 15
    assert values[("創業支援による創業件数", "actual", "FY2020")] == 22
    assert values[("創業支援による創業件数", "target", "FY2024")] == 22
    assert values[("ふるさと納税の寄附額", "actual", "FY2020")] == 45790000


#: Names printed after the progress column, right-aligned or centred apart from their header: the reader took the
#: progress labels (`やや遅れ`, `順調`) for the names and the names for another column's text.
PROGRESS_LABELS_AS_NAMES = "\n".join([
    "基本目標１　地域にしごとをつくる", "",
    "（単位：%）",
    "実績値（各年度）  最終目標値    達成度    重要業績評価指標                      担当課名",
    "約52.7(見込)              64.5  やや遅れ  子育て支援に満足している保護者の割合",
    "（2019年度）      （2025年度）",
    "約66.0(見込)            約68.2      順調                  自主防災組織の組織率  健康増進課",
    "（2019年度）      （2025年度）",
    "約44.6                  約44.6      遅れ                      健康診査の受診率",
    "（2019年度）      （2025年度）",
    ""])


def test_a_progress_label_read_as_a_name_is_rejected_not_an_indicator() -> None:
    observations, _, rejects = read_records(PROGRESS_LABELS_AS_NAMES)
    names = {o["kpi_name"] for o in observations if o.get("value") is not None}
    assert not names & {"やや遅れ", "順調", "遅れ"}
    assert any("progress label read as the row's name" in r["reason"] for r in rejects)


#: The role line under the year line, pushed aside by the wide words above it: `基準値` / `目標数値` read into the
#: progress and reason columns' headers, the value columns headed by their years alone.
ROLES_UNDER_YEARS = "\n".join([
    "基本目標３　結婚・出産・子育ての希望をかなえる", "",
    "指標名                      進捗状況                要因分析",
    "                            （R1年度）  （R8年度）",
    "                            基準値      目標数値",
    "自主防災組織の組織率                 ―       73.1%          引き続き関係機関と連携し取組を進める。",
    "公共交通の年間利用者数        141120人    現状維持            令和3年度に2件の新規事業を実施した。",
    "　男                            76,860人     78120人",
    "　女                             73080人     66780人",
    "地域おこし協力隊の定住者数         7人         7人            令和3年度に2件の新規事業を実施した。",
    "※令和２年度は新型コロナウイルス感染症の影響により減少",
    "町内事業所の従業者数            4868人     5,061人  新型コロナウイルス感染症の影響により減少した。",
    ""])


def test_values_under_years_whose_role_words_head_other_columns_are_flagged() -> None:
    observations, _, _ = read_records(ROLES_UNDER_YEARS)
    read = [o for o in observations if o.get("value") is not None]
    assert read
    # each value is either read under its printed role or flagged: none an actual with certainty
    assert all(o["uncertain"] for o in read if o["role"] == "actual")


#: A name alone on the last line before a page break, its segments' rows on the next page: the row above took it
#: for the rest of its wrapped name, though that name closed with its unit in brackets.
NAME_BEFORE_PAGE_BREAK = "\n".join([
    "基本目標３　結婚・出産・子育ての希望をかなえる", "",
    "進捗状況                                          評価指標",
    "実績                  中間目標値    最終目標値",
    "(2015)      (2016)    (2022)        (2027)",
    "77.5        ―         51.5          減少          子育て支援に満足している保護者の割合（%）",
    "5           5         7             7             地域おこし協力隊の定住者数（人）",
    "                                                  移住相談件数（件）",
    "－35－",
    "\f進捗状況                                          評価指標",
    "実績                  中間目標値    最終目標値",
    "(2015)      (2016)    (2022)        (2027)",
    "129         114       138           94            男性",
    "140         99        106           132           女性",
    ""])


def test_a_name_closed_by_its_unit_taking_the_next_line_has_its_values_flagged() -> None:
    observations, _, _ = read_records(NAME_BEFORE_PAGE_BREAK)
    joined = [o for o in observations if o.get("value") is not None and "移住相談件数" in o["kpi_name"]
              and "定住者数" in o["kpi_name"]]
    assert joined
    assert all(o["uncertain"] for o in joined)
