"""Text under a row printed on one line, read by the table's structure (hand-typed tables, unflag21b): a name's
wrapped rest is no department, before a page's end too; a bracketed note under the header is no name's line; a
unit cell read into the department or the name column is the row's unit (flagged)."""

from __future__ import annotations

from tests.synth.score import read_text


def _rows(text: str) -> list[dict]:
    return read_text(text)


def test_a_names_rest_under_a_row_is_no_department():
    # pdfplumber's single spaces: the row's name filled its cell from the top, its rest under the row; the 担当
    # column prints `健康増進課` on another row, so the rest is read by what it is: no department
    text = ("KPI 2018年度（H30）基準値 2020年度（R2） 目標（2027年度（R9）） 担当\n"
            "耕作放棄地の再生面積 19.4ha 30.0ha 28.3ha 健康増進課\n"
            "新規就農者数 15人 14人 14人以上\n"
            "地域の行事に参加したことがある 64.4% 47.3% 64.4%\n"
            "中学生の割合\n"
            "- 3 -\n")
    rows = [r for r in _rows(text) if r["value"] == 47.3]
    assert len(rows) == 1
    assert rows[0]["kpi_name"] == "地域の行事に参加したことがある中学生の割合"


def test_a_names_rest_before_the_page_end_joins_the_last_row():
    text = ("成果指標 実績値（各年度） 中間目標 目標値（最終）\n"
            "基本目標１ 誰もが活躍できる地域をつくる\n"
            "転入者数（人） 2276\u30002017年度（H29） 1,832\u30002023年度（R5） 1,480\u30002028年度（R10）\n"
            "地域の行事に参加したことがある 63.2\u30002017年度（H29） 66.0\u30002023年度（R5） "
            "51.2\u30002028年度（R10）\n"
            "中学生の割合（%）\n"
            "- 37 -\n"
            "\f成果指標 実績値（各年度） 中間目標 目標値（最終）\n"
            "※住民基本台帳による\n"
            "出生数（人） 255\u30002017年度（H29） 260\u30002023年度（R5） 270\u30002028年度（R10）\n")
    rows = [r for r in _rows(text) if r["value"] == 51.2]
    assert len(rows) == 1
    assert rows[0]["kpi_name"] == "地域の行事に参加したことがある中学生の割合"
    assert rows[0]["unit"] == "%"


def test_a_bracketed_note_under_the_header_printed_again_is_no_names_line():
    text = ("KPI 数値 主管課\n"
            "実績値（各年度） 中間年目標 計画目標\n"
            "2018年度 2019年度 2025年度 2031年度\n"
            "自主防災組織の組織率（%） 76.7 － 78.8 80.1 子育て支援課\n"
            "移住相談件数（件） 260 186 225 205 総務課\n"
            "P.6\n"
            "\fKPI 数値 主管課\n"
            "実績値（各年度） 中間年目標 計画目標\n"
            "2018年度 2019年度 2025年度 2031年度\n"
            "（※年度末時点の数値）\n"
            "公共交通の年間利用者数（人） 118,000 未集計 124740 126,000\n"
            "出典：観光動態調査（県）\n")
    rows = [r for r in _rows(text) if r["value"] == 126000]
    assert len(rows) == 1
    assert rows[0]["kpi_name"] == "公共交通の年間利用者数"
