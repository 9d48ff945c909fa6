"""Every number and every run of Japanese text a recognised table prints ends up in the reading
(`tests.conservation`): a value, a kept text field, a reject or a warning. Run on a selection of the hand-made
documents where it holds today, so that a future silent loss in the interpreter fails here; and on an invented
document where the check was shown to fail before the fix of the repeated-header period line
(`ingest.table.header._dates_body`)."""

from __future__ import annotations

from pathlib import Path

import pytest

import ingest.table.header as header
import tests.conservation as conservation
from ingest.document import load
from ingest.registry import extract
from tests.conservation import LAYOUTS, NUMBER_KIND, PRODUCERS, ROW_KIND, TEXT_KIND, accounts, unaccounted

#: Documents whose reading loses a number today, each with the cause (none now: a loss found is listed here, with
#: its cause, until it is mended; 174's two year headers one space apart read as two columns since evals17; 241
#: pdfium's target `50.0` alone under the values its row read is warned since loss25, `unread_value_lines`).
KNOWN_LOSSES: dict[str, str] = {
    # variety21 (s21): pypdfium2 prints a two-row header row by row, the baseline's year alone on a line under its
    # role word; the header finder folds it into the next column's cell and no column keeps it
    "205_pdf_single_year_cumulative_columns.pdfium.txt": "the baseline's year `（R1）` lost in a folded header cell",
}
#: The hand-made PDFs and texts of other municipalities' layouts, their text layers (five tools), the producer
#: matrix's PDFs and its pdfplumber layers (where a goal label moves into the next column; the matrix's -layout and
#: -raw layers are left out for time only, ~55 s CPU more: run `python -m tests.conservation producers` for them).
#: A known loss is a strict expected failure: listed, run, and reported the day it is mended.
SELECTION = [pytest.param(path, id=path.name, marks=[pytest.mark.xfail(reason=KNOWN_LOSSES[path.name], strict=True)]
                          if path.name in KNOWN_LOSSES else []) for path in (
    *sorted(p for p in LAYOUTS.iterdir() if p.suffix in (".txt", ".pdf")),
    *sorted((LAYOUTS / "layers").glob("*.txt")),
    *sorted(PRODUCERS.glob("*.pdf")),
    *sorted(PRODUCERS.glob("*.plumber.txt")),
)]


#: Documents whose reading loses text today: the runs lost, exactly (a strict list: a run mended, or a new one lost,
#: fails), each document with its cause (168 plumber's two tables side by side read apart since loss17).
#: (263 layout's turned `達成度` header, lost since variety26, is read since layers28.)
KNOWN_TEXT_LOSSES: dict[str, list[str]] = {}


@pytest.mark.parametrize("path", SELECTION)
def test_no_number_nor_text_of_a_table_vanishes(path: Path):
    # one reading for both kinds (suite time); a document with a known number loss is an expected failure whole
    found = accounts(path)
    assert found[NUMBER_KIND][1] == []
    assert found[ROW_KIND][1] == []  # a row outside every table is read, or named in a warning (loss18)
    assert [token.text for token in found[TEXT_KIND][1]] == KNOWN_TEXT_LOSSES.get(path.name, [])


def test_every_known_text_loss_names_a_document_run():
    assert set(KNOWN_TEXT_LOSSES) <= {param.values[0].name for param in SELECTION}


HEADER = "指標名\t現状値（令和５年度）\t目標値（令和11年度）\t担当課"
TWO_PAGES = "\n".join([HEADER, "製造業の従業者数\t28,002人\t30,000人\t商工課", HEADER, "\t（令和３年）\t（令和９年）\t",
                       "観光客数\t100人\t200人\t観光課"]) + "\n"


def test_years_under_a_repeated_header_are_accounted_for(tmp_path):
    path = tmp_path / "repeated.txt"
    path.write_text(TWO_PAGES, encoding="utf-8")
    counted, missing = unaccounted(path)
    assert counted == 6 and missing == []  # 28,002人 30,000人 （令和３年） （令和９年） 100人 200人


def test_the_check_reports_years_taken_into_a_repeated_header(tmp_path, monkeypatch):
    # the behaviour before the fix: every period line under a header is a header line
    monkeypatch.setattr(header, "_dates_body", lambda *args: False)
    path = tmp_path / "repeated.txt"
    path.write_text(TWO_PAGES, encoding="utf-8")
    _, missing = unaccounted(path)
    assert [(token.text, token.where) for token in missing] == [("（令和３年）", "line 4"), ("（令和９年）", "line 4")]


FOOTER = """\
      基本目標３    安心して暮らせるまちをつくる

      指標名                 基準値（R1）   目標値（R7）   担当課

      自治会加入率              78.4%     80.0%     地域振興課

      行政手続のオンライン化率        12.0%     60.0%     情報政策課
                                                          川辺町 第３期総合戦略 資料編
"""


def test_text_beside_the_last_column_is_rejected_not_dropped(tmp_path):
    # a page's footer printed right of the last column joins the last row as a cell under no header: the row reads
    # its name, values and department, and the footer cell goes to rejects (it was dropped silently)
    path = tmp_path / "footer.txt"
    path.write_text(FOOTER, encoding="utf-8")
    extraction = extract(load(path))
    assert [(r.raw, r.reason, r.ref.line) for r in extraction.rejects] == [
        ("川辺町 第３期総合戦略 資料編", "cell in a column without header", 8)]
    assert [cell.text for cell in extraction.rows[-1].cells] == ["12.0%", "60.0%"]
    assert unaccounted(path)[1] == []


SEGMENT_ROWS = ("指標名\t区分\t基準値（R1）\t目標値（R7）\t備考\n"
                "就業率\t男性\t70.0%\t75.0%\t国勢調査\n"
                "就業率\t女性\t60.0%\t65.0%\t令和２年から調査方法変更\n"
                "転入者数\t男性\t120人\t150人\t住民基本台帳\n"
                "転入者数\t女性\t110人\t140人\t住民基本台帳\n")


def test_a_segment_row_keeps_its_own_note(tmp_path):
    # the 女性 row is the next segment of the indicator above: its values join that indicator, and so must its note
    # (it was dropped); a note printed again in each segment row (a merged cell) is kept once
    path = tmp_path / "segments.txt"
    path.write_text(SEGMENT_ROWS, encoding="utf-8")
    extraction = extract(load(path))
    assert [(row.name, row.note) for row in extraction.rows] == [
        ("就業率", "国勢調査\n令和２年から調査方法変更"), ("転入者数", "住民基本台帳")]
    assert unaccounted(path)[1] == []


LABEL_ABOVE_ITS_GOAL = ("基本目標 施策 指標名 基準値（R1） 目標値（R7） 担当課\n"
                        "観光案内所の年間利用者数（町外からの来訪者を含む\n"
                        "施策１ 観光の振興 1,200人 1,500人 商工観光課\n"
                        "基本目標１ 町の魅力を 延べ人数）\n"
                        "高める 特産品の販売額 30百万円 45百万円 商工観光課\n")


def test_a_measure_printed_above_its_basic_goal_stays_in_the_path(tmp_path):
    # a text layer (pdfplumber, single spaces) prints the measure `施策１ 観光の振興` on the line above its basic goal
    # and in the basic goal's column; the basic goal's heading ended it (the measure, and its `１`, were dropped)
    path = tmp_path / "plumber.txt"
    path.write_text(LABEL_ABOVE_ITS_GOAL, encoding="utf-8")
    first = extract(load(path)).rows[0]
    assert first.goal == ("基本目標１ 町の魅力を", "施策１ 観光の振興")
    assert unaccounted(path)[1] == []


#: invented: a paragraph under a text table whose commentary column wraps, its first line two sentences
PARAGRAPH_UNDER_ROWS = """\
指標名            基準値        目標値        評価   取組の状況
               （R1）       （R7）
移住相談件数         210 件      400 件      B    オンライン相談を始め、首都圏か
                                                らの相談が増えた。
空き家バンクの成約件数    12 件       30 件       B    登録物件の掘り起こしを進めた。
                                                所有者への働きかけを続ける。

２   今後の方向性
移住の分野では概ね順調に推移しています。次年度は、成約
件数を中心に取組を見直し、事業を改善します。
"""


def test_a_line_of_text_under_the_rows_is_rejected_whole(tmp_path):
    # a line alone in a text table goes to rejects; its second sentence was cut off as a name's definition and kept
    # nowhere (found by the text check on layouts 59's -layout layer)
    path = tmp_path / "paragraph.txt"
    path.write_text(PARAGRAPH_UNDER_ROWS, encoding="utf-8")
    extraction = extract(load(path))
    assert [(r.raw, r.reason, r.ref.line) for r in extraction.rejects] == [
        ("移住の分野では概ね順調に推移しています。次年度は、成約", "text without values in a table", 9),
        ("件数を中心に取組を見直し、事業を改善します。", "text without values in a table", 10)]
    assert unaccounted(path, TEXT_KIND)[1] == []


def test_the_text_check_reports_a_field_the_reading_drops(tmp_path, monkeypatch):
    # a reader that kept the commentary column nowhere: every run it printed, line by line, is reported
    def dropping(document):
        extraction = extract(document)
        for row in extraction.rows:
            row.commentary = {}
        return extraction

    monkeypatch.setattr(conservation, "extract", dropping)
    path = tmp_path / "paragraph.txt"
    path.write_text(PARAGRAPH_UNDER_ROWS, encoding="utf-8")
    assert [token.text for token in unaccounted(path, TEXT_KIND)[1]] == [
        "オンライン相談を始め", "首都圏か", "らの相談が増えた", "登録物件の掘り起こしを進めた",
        "所有者への働きかけを続ける"]


def test_a_line_a_reader_skipped_inside_its_table_is_told():
    # 002's pdfplumber text, lines 171-176: the header printed again on a new page, then `おける歩` / `行者等通行量`,
    # the rest of a name the page break cut, which the row reader put into no cell and told of nowhere (conserve20)
    path = PRODUCERS / "002-libreoffice-hrules.plumber.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[174:176] == ["おける歩", "行者等通行量"]
    warnings = extract(load(path)).warnings
    for number, text in ((175, "おける歩"), (176, "行者等通行量")):
        assert any(warning.startswith(f"line {number}: {text!r}") for warning in warnings)


def test_unaccounted_lines_are_the_span_lines_no_cell_holds():
    from ingest.table.grid import Grid, GridCell
    from ingest.text.blocks import TextTable
    from ingest.text.generic import unaccounted_lines

    lines = ["指標名 現状値 目標値", "観光入込客数 100人 200人産業振興課", "（宿泊を含む）", "", "- 3 -",
             "移住者数 5人 9人"]
    cells = [GridCell(0, 0, "指標名"), GridCell(0, 1, "現状値"), GridCell(0, 2, "目標値"),
             GridCell(1, 0, "観光入込客数"), GridCell(1, 1, "100人"), GridCell(1, 2, "200人"),
             GridCell(1, 3, "産業振興課"),
             GridCell(2, 0, "移住者数"), GridCell(2, 1, "5人"), GridCell(2, 2, "9人")]
    grid = Grid(None, (0.0, 0.0, 4.0, 6.0), 3, 4, "test", cells)
    # `200人産業振興課`: two cells glued by the layer; a blank line and a page number are no table's text
    assert unaccounted_lines(lines, TextTable(0, 5, grid)) == [(3, "（宿泊を含む）")]


#: A `pdftotext -raw` table whose year cells print the target over the actual (the legend under it): a cell a line,
#: more values than the header has columns; the one-cell-per-line reader stops after a row's first cells.
STACKED_CELLS_RAW = """\
指標名 基準値（R1） 令和４年度 令和５年度 担当課
図書館の来館者数 52,000人
54,000人
51,300人
56,000人
55,800人
生涯学習課
公民館の利用者数 8,100人
8,500人
7,900人
8,800人
8,650人
生涯学習課
※上段：目標値、下段：実績値
"""


def test_values_a_line_after_the_reader_stopped_are_counted_and_warned(tmp_path):
    # before loss21 no line here was counted (no line has a row's shape) and the second row vanished unwarned
    path = tmp_path / "stacked.raw.txt"
    path.write_text(STACKED_CELLS_RAW, encoding="utf-8")
    counted, missing = unaccounted(path, ROW_KIND)
    assert counted == 8 and missing == []  # lines 3-6 and 9-12: the values printed alone on their lines
    warnings = extract(load(path)).warnings
    assert any(w.startswith("lines 5-6: 2 values") and "56,000人 55,800人" in w for w in warnings)
    # the second row's name line opens its run: its first value is named too
    assert any(w.startswith("lines 8-12: 5 values") and "8,100人" in w for w in warnings)
