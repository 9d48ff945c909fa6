"""pdftotext `-layout` pages in the shapes of generated tables (tests/synth, issue 11) that broke a text reader or
left a wrong value unflagged: each page invented by hand in that shape, every expected value read off the text."""

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
