"""The column-linearised front end on sheets it has not seen (tests/fixtures/linearised/).

The fixtures are written by hand in the shape of 002 but with other indicators, goals, years, and header
words printed in another scrambled order; every expected value below is read off the fixture text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import LoadedDocument, load
from ingest.table.header import VALUE, header_role
from ingest.text.linearised import LinearisedSheet, header_cells, printed_order
from records import extraction_records

FIXTURES = Path(__file__).parent / "fixtures" / "linearised"
FRONT_END = LinearisedSheet()


def _read(name: str):
    document = load(FIXTURES / name)
    extraction = FRONT_END.extract(document, None)
    observations, indicators, rejects = extraction_records(extraction)
    return extraction, observations, indicators, rejects


def _text_document(text: str) -> LoadedDocument:
    return LoadedDocument("inline.txt", Path("inline.txt"), "0" * 64, "text", text.splitlines())


# --- a 令和6年度 sheet: other columns, other order of header words ---------------------------------------

def test_r6_sheet_rows_goals_and_kinds():
    extraction, _, indicators, rejects = _read("r6_sheet.txt")
    assert rejects == []
    assert extraction.doc_type == "evaluation_sheet"
    assert extraction.fiscal_year == "FY2024"
    got = [(i["line"], i["kind"], i["kpi_name"], i["goal"], i["department"], i["progress"], i["reason"])
           for i in indicators]
    assert got == [
        (6, "数値目標", "観光客の満足度", "4 にぎわいの創出 / 4-2 観光による交流の拡大", "観光振興課",
         "順調に進捗", None),
        (13, "KPI", "道の駅の年間利用者数", "4 にぎわいの創出 / 4-2 観光による交流の拡大 / ① 観光資源の磨き上げ",
         "道路課", "進捗の遅れ",
         "工事による閉鎖期間があったため。"),
        (41, "KPI", "空き店舗活用件数", "4 にぎわいの創出 / 4-2 観光による交流の拡大 / ② 移住の促進", "商工課",
         "順調に進捗", None),
        (175, "数値目標", "子供の学力に自信がある児童・生徒の割合", "5 ひとの創生 / 5-1 学びの充実", "教育総務課",
         "概ね順調に進捗", None),
        (154, "KPI", "図書館の年間貸出冊数", "5 ひとの創生 / 5-1 学びの充実 / ② 読書活動の推進", "生涯学習課",
         "評価不可",
         "集計方法の変更により比較できないため。"),
    ]


def test_r6_narrative_is_each_rows_commentary():
    # the `①…②…③…` paragraph printed under each name, under the header `①主な取組・事業実施状況　②課題
    # ③今後の方策等` (fixture lines 69 and 106); before, the reader measured its width and dropped it
    _, _, indicators, rejects = _read("r6_sheet.txt")
    header = "①主な取組・事業実施状況 ②課題 ③今後の方策等"
    assert rejects == []
    assert {i["line"]: i["commentary"] for i in indicators} == {
        6: [f"{header}: ①満足度調査を実施した。②満足度の低い項目の改善が必要。③引き続き調査を行う。"],
        13: [f"{header}: ①イベントを実施した。②駐車場が不足している。③駐車場の拡張を検討する。"],
        41: [f"{header}: ①補助を行った。②周知が課題。③継続する。"],
        175: [f"{header}: ①アンケートを実施した。②回答率が低い。③方法を見直す。"],
        154: [f"{header}: ①読書週間の行事を行った。②若年層の利用が少ない。③電子書籍を導入する。"],
    }


def test_r6_columns_come_from_the_header_not_from_positions():
    extraction, _, _, _ = _read("r6_sheet.txt")
    headers = [cell.header for cell in extraction.rows[0].cells]
    # Printed in the header block as: final target, R6 target, baseline, R5 actual, R6 actual.
    assert headers == ["基準値 （令和２年度）", "令和５年度 実績値", "令和６年度 実績値", "令和６年度 目標値",
                       "計画最終年度 目標値 （令和１１年度）"]


def test_r6_observations_roles_periods_values():
    _, observations, _, _ = _read("r6_sheet.txt")

    def of(name: str):
        return [(o["line"], o["segment"], o["role"], o["column_period"], o["period"], o["value"], o["unit"])
                for o in observations if o["kpi_name"] == name]

    assert of("観光客の満足度") == [
        (11, None, "baseline", "FY2020", "FY2020", 70.0, "%"),
        (11, None, "actual", "FY2023", "FY2023", 72.5, "%"),
        (11, None, "actual", "FY2024", "FY2024", 74.0, "%"),
        (11, None, "target", "FY2024", "FY2024", 75.0, "%"),
        (11, None, "target", "FY2029", "FY2029", 80.0, "%"),
    ]
    # one cell per line, each with its own reference year on the next line
    assert of("道の駅の年間利用者数") == [
        (19, None, "baseline", "FY2020", "FY2019", 125000.0, "人"),
        (22, None, "actual", "FY2023", "FY2022", 101000.0, "人"),
        (25, None, "actual", "FY2024", "FY2023", 118000.0, "人"),
        (28, None, "target", "FY2024", "FY2023", 130000.0, "人"),
        (31, None, "target", "FY2029", "FY2028", 150000.0, "人"),
    ]
    segments = of("子供の学力に自信がある児童・生徒の割合")
    assert len(segments) == 10
    assert segments[:2] == [(137, "小学校", "baseline", "FY2020", "FY2020", 60.0, "%"),
                            (137, "中学校", "baseline", "FY2020", "FY2020", 55.0, "%")]
    assert segments[-1] == (149, "中学校", "target", "FY2029", "FY2029", 65.0, "%")
    library = of("図書館の年間貸出冊数")
    assert library[0] == (160, None, "baseline", "FY2020", "FY2020", None, None)  # `－`
    assert library[1] == (160, None, "actual", "FY2023", "FY2023", 510000.0, "冊")


def test_name_printed_apart_and_a_single_merged_measure_label_is_assigned():
    """One merged measure cell left on a page: every row without a printed measure lies in it."""
    extraction, _, _, _ = _read("r6_sheet.txt")
    assert any("prints no name" in w and "line 175" in w for w in extraction.warnings)
    assert [w for w in extraction.warnings if "measure labels" in w] == []


def test_several_merged_measure_labels_are_reported_not_assigned():
    """Two merged measure cells: the text does not say which rows each spans, so nothing is guessed."""
    text = (FIXTURES / "r6_sheet.txt").read_text(encoding="utf-8")
    text = text.replace("\n①観光資源の磨き\n上げ\n", "\n①観光資源の磨き\n上げ\n\n③回遊性の向上\n", 1)
    extraction = FRONT_END.extract(_text_document(text), None)
    measure_warnings = [w for w in extraction.warnings if "measure labels" in w]
    assert len(measure_warnings) == 1
    assert measure_warnings[0].endswith("①観光資源の磨き上げ; ③回遊性の向上")
    road = next(row for row in extraction.rows if row.name.startswith("道の駅"))
    assert len(road.goal) == 2


# --- damage: value count, truncation ------------------------------------------------------------------

def test_value_count_mismatch_is_rejected_with_its_line():
    _, observations, indicators, rejects = _read("mismatch.txt")
    assert [i["kpi_name"] for i in indicators] == ["公園の利用者数"]
    assert len(observations) == 5
    assert len(rejects) == 1
    assert rejects[0]["line"] == 12
    assert rejects[0]["reason"] == "4 value cells but the header has 5 value columns"
    assert "緑化ボランティア登録者数" in rejects[0]["raw"]


def test_truncated_block_keeps_complete_rows_and_rejects_the_cut_one():
    extraction, observations, indicators, rejects = _read("truncated.txt")
    assert [i["kpi_name"] for i in indicators] == ["河川清掃参加者数"]
    assert [o["value"] for o in observations] == [800.0, 650.0, 700.0, 850.0, 900.0]
    assert [(r["line"], r["raw"]) for r in rejects] == [(51, "水質基準達成率")]
    assert "progress label" in rejects[0]["reason"]
    assert any("no basic goal" in w for w in extraction.warnings)


# --- steps on their own ---------------------------------------------------------------------------------

def test_header_cells_join_split_header_words():
    lines = ["（ＫＰＩ）名称", "令和５年度", "①主な取組・事業実施状況　②課題　③今後の方策等", "基準値",
             "（令和元年度）", "令和４年度", "実績値", "計画最終年度", "目標値", "（令和９年度）", "進捗状況",
             "令和５年度", "実績値", "令和５年度", "目標値", "進捗が遅れている", "理由", "指標の担当課小基本目標"]
    values = [cell for cell in header_cells(lines) if header_role(cell) == VALUE]
    assert values == ["基準値 （令和元年度）", "令和４年度 実績値", "計画最終年度 目標値 （令和９年度）",
                      "令和５年度 実績値", "令和５年度 目標値"]


def test_printed_order_rule():
    headers = ["目標値", "令和7年度 目標値", "令和7年度 実績値", "現状値 (令和3年度)", "令和6年度 実績値"]
    assert printed_order(headers) == ["現状値 (令和3年度)", "令和6年度 実績値", "令和7年度 実績値",
                                      "令和7年度 目標値", "目標値"]


def test_cell_year_later_than_its_column_is_warned():
    text = (FIXTURES / "mismatch.txt").read_text(encoding="utf-8")
    text = text.replace("45人 48人 50人 55人 概ね順調に進捗",
                        "45人\n（令和８年）\n\n48人 50人 55人 60人 概ね順調に進捗")
    extraction = FRONT_END.extract(_text_document(text), None)
    assert len(extraction.rows) == 2
    assert any("reference year out of order" in w for w in extraction.warnings)


@pytest.mark.parametrize("text", [
    "1 しごとの創生\t1 安定した雇用の創出\t新規求人数\t1,594件\t1,630件\t1,472件\t概ね順調に進捗\n" * 5,
    "指標名\n現状値\n目標値\n新規求人数\n１，４７２件\n１，６３０件\n参照ページ\n",
    "",
])
def test_score_is_zero_for_other_shapes(text: str):
    assert FRONT_END.score(_text_document(text)) == 0


def test_score_is_positive_for_the_sheet_shape():
    assert FRONT_END.score(load(FIXTURES / "r6_sheet.txt")) > 0


def test_header_cells_are_joined_pieces_and_the_interpreter_names_their_columns():
    """The reader only joins the band's pieces; the shared header roles say what each column is."""
    from ingest.text.linearised import read_header

    lines = ["　数値目標", "具体的な施策", "大基本目標", "指標の担当課小基本目標", "重要業績評価指標",
             "（ＫＰＩ）名称", "基準値", "（令和元年度）", "進捗状況", "計画最終年度", "目標値", "（令和９年度）",
             "進捗が遅れている", "理由"]
    header = read_header(lines)
    assert header is not None
    assert header.values == ("基準値 （令和元年度）", "計画最終年度 目標値 （令和９年度）")
    assert header.fields == {"measure": "具体的な施策", "name": "重要業績評価指標\n（ＫＰＩ）名称",
                             "progress": "進捗状況", "reason": "進捗が遅れている\n理由",
                             "department": "指標の担当課小基本目標"}
    assert header.caption == "数値目標"


def test_a_row_field_without_a_header_is_reported_not_dropped():
    text = (FIXTURES / "mismatch.txt").read_text(encoding="utf-8").replace("進捗状況", "状況欄")
    extraction = FRONT_END.extract(_text_document(text), None)
    assert any("progress cells but its header band names no such column" in w for w in extraction.warnings)
