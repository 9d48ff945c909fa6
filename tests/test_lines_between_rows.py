"""Lines printed among a text table's rows that are no row of cells: a goal band, a note under a row, a cell that
prints a stand-in for its figure (`未集計`) or a placeholder dash. The table goes on under them (issue 11: the
generator's tab and -layout shapes lost the rows after such a line).

Documents are inline and invented; every expected value was read off the text by hand.
"""

from __future__ import annotations

from pathlib import Path

from ingest.document import DEFAULT_MAX_BYTES
from ingest.text import aligned, tabs
from pipeline.extract import read_document

# a spreadsheet saved as tab-separated text whose one-cell rows (goal bands, a note) were written without their
# empty cells' tabs; the header prints its years bare, and the only row under the first band has no figure for 2021
TAB_BANDS = (
    "東山町 総合戦略 重要業績評価指標\n"
    "\n"
    "指標名\t2021\t2022\t2023\t目標（2027）\t進捗\n"
    "基本目標１　しごとをつくる\n"
    "新規就農者数（人）\t未集計\t12\t13\t15\t順調\n"
    "※令和３年度は集計方法を変更\n"
    "基本目標２　ひとの流れをつくる\n"
    "移住相談件数（件）\t48\t52\t60\t80\t順調\n"
    "転入者数（人）\t1,250\t1,310\t1,290\t1,400\t遅れ\n"
)

# pdftotext -layout: a note under the first row, the department printed on the first row only (merged down)
LAYOUT_NOTE = (
    "西野村 総合戦略 重要業績評価指標の状況\n"
    "\n"
    "指標名                          基準値       実績値                      目標値 "
    "    評価   要因分析                          担当課\n"
    "                                （R2）       （R4）       （R5）       "
    "  （R9）\n"
    "移住相談件数（件）                  48           52           60           "
    "  80     ○     前年度比で8.2%増加した。          企画課\n"
    "※令和４年度から集計方法を変更\n"
    "転入者数（人）                   1,250        1,310        1,290        "
    "  1,400     △     目標値の9割程度で推移している。\n"
    "空き家バンク成約件数（件）           9           10            7             11  "
    "   ×     目標値の半分程度で推移している。\n"
)

# -layout: role words printed from where their cells start, the baseline column printing 未集計 in one row
LAYOUT_STAND_IN = """南原町 総合戦略 効果検証シート

数値目標                         単 位   数値                                評価
                                         現状     実績              最終目標値
                                         2019年   2020年   2021年   2027年
転入者数                         人      1,250    1,310    1,290    1,400       △
移住相談件数                     件      48       52       60       80          ○
空き家バンク成約件数             件      未集計   10       7        11          ×
"""


def _read(tmp_path: Path, text: str) -> tuple[list[dict], dict, list[str]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    report, entry = read_document(path, DEFAULT_MAX_BYTES)
    assert report.error is None
    return entry["rows"]["observations"], entry["rows"], entry["document"]["warnings"]


def _values(observations: list[dict], name: str) -> dict[tuple[str, str], tuple[float | None, str | None, bool]]:
    return {(o["role"], o["period"]): (o["value"], o["unit"], o["uncertain"])
            for o in observations if o["kpi_name"] == name}


def test_tab_rows_go_on_under_one_cell_lines():
    lines = TAB_BANDS.splitlines()
    # one grid from the header to the last row: the bands and the note are rows of it
    assert [(t.first, t.last) for t in tabs.read_tables(lines)] == [(2, 8)]


def test_tab_table_with_goal_bands_and_note_is_read(tmp_path):
    observations, rows, warnings = _read(tmp_path, TAB_BANDS)
    assert _values(observations, "新規就農者数") == {
        ("actual", "FY2021"): (None, None, False),  # 未集計: no figure yet
        ("actual", "FY2022"): (12, "人", False),
        ("actual", "FY2023"): (13, "人", False),
        ("target", "FY2027"): (15, "人", False),
    }
    assert _values(observations, "移住相談件数") == {
        ("actual", "FY2021"): (48, "件", False),
        ("actual", "FY2022"): (52, "件", False),
        ("actual", "FY2023"): (60, "件", False),
        ("target", "FY2027"): (80, "件", False),
    }
    assert _values(observations, "転入者数")[("target", "FY2027")] == (1400, "人", False)
    goals = {i["kpi_name"]: i["goal"] for i in rows["indicators"]}
    assert "しごとをつくる" in goals["新規就農者数"]
    assert "ひとの流れをつくる" in goals["移住相談件数"] and "ひとの流れをつくる" in goals["転入者数"]
    # the note is kept: named in a warning
    assert any("※令和３年度は集計方法を変更" in w for w in warnings)


def test_layout_note_under_a_row_does_not_end_the_table(tmp_path):
    lines = LAYOUT_NOTE.splitlines()
    assert [(t.first, t.last) for t in aligned.read_tables(lines)] == [(2, 7)]
    observations, _, _ = _read(tmp_path, LAYOUT_NOTE)
    assert _values(observations, "空き家バンク成約件数") == {
        ("baseline", "FY2020"): (9, "件", False),
        ("actual", "FY2022"): (10, "件", False),
        ("actual", "FY2023"): (7, "件", False),
        ("target", "FY2027"): (11, "件", False),
    }


def test_long_vowel_mark_after_a_unit_is_no_spread_word():
    # `人` then two placeholder dashes of the next columns: three cells, not one word spread over a cell
    line = "新規就農者数                             人              ー                ー        11"
    assert [s.text for s in aligned.segments(line)] == ["新規就農者数", "人", "ー", "ー", "11"]
    # a word spread letter by letter still reads whole
    assert [s.text for s in aligned.segments("担   当   課     企画課")] == ["担当課", "企画課"]


def test_stand_in_keeps_role_words_over_their_own_columns(tmp_path):
    observations, _, _ = _read(tmp_path, LAYOUT_STAND_IN)
    assert _values(observations, "転入者数") == {
        ("baseline", "CY2019"): (1250, "人", False),
        ("actual", "CY2020"): (1310, "人", False),
        ("actual", "CY2021"): (1290, "人", False),
        ("target", "CY2027"): (1400, "人", False),
    }
    assert _values(observations, "空き家バンク成約件数")[("baseline", "CY2019")] == (None, None, False)
