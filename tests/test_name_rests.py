"""Text under a row printed on one line, read by the table's structure (hand-typed tables, unflag21b): a name's
wrapped rest is no department, before a page's end too; a bracketed note under the header is no name's line; a
unit cell read into the department or the name column is the row's unit (flagged); a page's title or a running
title under a page's last row is no name's rest (sbs22), and a row's line printing a plan word is no page's title
(sbs23)."""

from __future__ import annotations

from ingest.title import page_title
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


#: Two pages of rows printed across, each page's foot printing the page's title and number under the last row.
_PAGES_WITH_TITLE = ("成果指標 実績値（各年度） 中間目標 目標値（最終）\n"
                     "基本目標１ 誰もが活躍できる地域をつくる\n"
                     "転入者数（人） 2276\u30002017年度（H29） 1,832\u30002023年度（R5） 1,480\u30002028年度（R10）\n"
                     "地域の行事に参加した中学生の割合（%） 63.2\u30002017年度（H29） 66.0\u30002023年度（R5） "
                     "51.2\u30002028年度（R10）\n"
                     "{title}\n"
                     "- 37 -\n"
                     "\f成果指標 実績値（各年度） 中間目標 目標値（最終）\n"
                     "出生数（人） 255\u30002017年度（H29） 260\u30002023年度（R5） 270\u30002028年度（R10）\n"
                     "{foot}")


def test_a_pages_title_under_the_last_row_is_no_names_rest():
    # a line naming the plan (`…総合戦略 KPI一覧`) at a page's foot is the page's furniture, however narrow
    text = _PAGES_WITH_TITLE.format(title="青葉台町 総合戦略 KPI一覧", foot="")
    names = {(r["kpi_name"], r["value"], r["uncertain"]) for r in _rows(text) if r["value"] in (51.2, 270)}
    assert names == {("地域の行事に参加した中学生の割合", 51.2, False), ("出生数", 270, False)}


def test_a_running_title_under_each_pages_last_row_is_no_names_rest():
    # a line printed beside the page number on every page (`furniture.running_titles`) names no plan here: it is
    # furniture by its repetition, on the last page too
    title = "青葉台町 まちづくり指標"
    text = _PAGES_WITH_TITLE.format(title=title, foot=f"{title}\n- 38 -\n")
    names = {(r["kpi_name"], r["value"], r["uncertain"]) for r in _rows(text) if r["value"] in (51.2, 270)}
    assert names == {("地域の行事に参加した中学生の割合", 51.2, False), ("出生数", 270, False)}


def test_a_rows_line_printing_a_plan_word_is_no_pages_title():
    # pdfplumber's lines of a row whose remark names a plan (`…実施計画`): a value, a period or grammar beside the
    # plan word says the line is a cell's, not the page's title; a kind word before a name names no plan either
    assert page_title("若葉村 総合戦略 KPI一覧")
    assert page_title("第２期朝霧市総合戦略の重要業績評価指標（KPI）")
    assert not page_title("42.5% ※第3期保健事業実施計画・第4 期特定健康診")
    assert not page_title("(平成30年度) 査等実施計画検討 にあわせて設定予定")
    assert not page_title("KPI 特定健康診査実施率 健康診査等実施計画検討 にあわせて設定")
    assert not page_title("KPI 248人 475人")
