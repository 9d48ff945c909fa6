"""Columns of running text beside an indicator's values (what was done, issues, next steps, an evaluation comment)
are kept on the indicator as its commentary, under their printed header; a text column the vocabulary does not
know stays a reject.

Invented documents (a grid, a tab-separated text, a reportlab PDF); every expectation worked out by hand from them.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from ingest.document import load
from ingest.registry import extract
from records import extraction_records
from tests.pdf_builders import Cell, Page, _save
from tests.test_unkept_cells import _read as read_grid  # an invented ruled grid through the interpreter, page 2


def test_narrative_columns_of_a_grid_are_kept_with_their_headers():
    extraction = read_grid([
        ["指標名", "基準値（R1）", "目標値（R7）", "取組の状況", "課題", "今後の方向性"],
        ["創業件数", "22件", "30件", "創業塾を年２回開いた。", "受講者の確保。", "商工会と連携する。"],
        ["転入者数", "4,120人", "4,500人", "移住相談会を開いた。", "―", ""]])
    assert extraction.rejects == []
    assert [(row.name, row.commentary) for row in extraction.rows] == [
        ("創業件数", {"取組の状況": "創業塾を年２回開いた。", "課題": "受講者の確保。",
                      "今後の方向性": "商工会と連携する。"}),
        ("転入者数", {"取組の状況": "移住相談会を開いた。"})]  # `―` and an empty cell print nothing
    _, indicators, _ = extraction_records(extraction)
    assert indicators[0]["commentary"] == ["取組の状況: 創業塾を年２回開いた。", "課題: 受講者の確保。",
                                           "今後の方向性: 商工会と連携する。"]
    assert indicators[1]["commentary"] == ["取組の状況: 移住相談会を開いた。"]


def test_a_comment_printed_on_an_indicators_target_and_actual_rows_is_kept_once():
    # a ruled grid prints a cell merged over the `目標` and `実績` rows of one indicator in each of them
    comment = "目標を上回った。"
    extraction = read_grid([["指標名", "区分", "R4", "R5", "所見"],
                             ["出生数", "目標", "420人", "430人", comment],
                             ["出生数", "実績", "401人", "415人", comment]])
    assert extraction.rejects == []
    assert [(row.name, len(row.cells), row.commentary) for row in extraction.rows] == [
        ("出生数", 4, {"所見": comment})]


def test_a_text_column_the_vocabulary_does_not_know_stays_a_reject():
    extraction = read_grid([["指標名", "基準値（R1）", "目標値（R7）", "特記事項"],
                             ["創業件数", "22件", "30件", "令和４年度から集計方法を変更"]])
    assert [row.commentary for row in extraction.rows] == [{}]
    assert [(r.ref.page, r.raw) for r in extraction.rejects] == [(2, "令和４年度から集計方法を変更")]
    assert "特記事項" in extraction.rejects[0].reason


def test_narrative_columns_of_a_tab_separated_sheet(tmp_path: Path):
    path = tmp_path / "sheet.txt"
    path.write_text("\n".join([
        "令和５年度　桜ヶ丘町総合戦略　効果検証シート",
        "",
        "指標名\t基準値（R1）\t実績値（R5）\t目標値（R7）\t主な取組内容\t課題\t今後の方策等\t特記事項",
        "観光入込客数\t52万人\t48万人\t60万人\t体験型の観光を始めた。\t宿泊客が少ない。\t周遊の仕組みを整える。\t",
        "移住相談件数\t40件\t75件\t80件\t相談窓口を一つにした。\t\t相談会を増やす。\t集計方法を変更",
        ""]), encoding="utf-8")
    extraction = extract(load(path))
    assert [(row.name, row.commentary) for row in extraction.rows] == [
        ("観光入込客数", {"主な取組内容": "体験型の観光を始めた。", "課題": "宿泊客が少ない。",
                          "今後の方策等": "周遊の仕組みを整える。"}),
        ("移住相談件数", {"主な取組内容": "相談窓口を一つにした。", "今後の方策等": "相談会を増やす。"})]
    # the column no header word names is still rejected, cell by cell
    assert [(r.ref.line, r.raw) for r in extraction.rejects] == [(5, "集計方法を変更")]


def _evaluation_pdf(path: Path) -> Path:
    """A 効果検証シート page: an `評価・分析` column of two-line comments and an unknown `特記事項` column."""
    header = ["指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "評価", "評価・分析", "特記事項"]
    rows = [("市民農園の利用区画数", "80区画", "112区画", "120区画", "B", "利用者が増えた。\n区画の拡張を検討する。",
             ""),
            ("図書館の貸出冊数", "21万冊", "19万冊", "25万冊", "C", "開館時間を短縮した。\n電子書籍を導入する。",
             "R4休館")]
    cells = [Cell(0, c, text) for c, text in enumerate(header)]
    cells += [Cell(r, c, text) for r, row in enumerate(rows, start=1) for c, text in enumerate(row) if text]

    def draw(page: Page) -> None:
        page.text(50, 40, "令和５年度　桜ヶ丘町総合戦略　効果検証シート", 14)
        page.table(50, 90, [110, 60, 60, 60, 30, 130, 60], [30, 40, 40], cells, size=8)

    return _save(path, landscape(A4), [draw])


def test_narrative_column_of_a_ruled_pdf_table(tmp_path: Path):
    extraction = extract(load(_evaluation_pdf(tmp_path / "sheet.pdf")))
    # `評価・分析` is a comment column, not a second progress column beside `評価` (it was read so before)
    assert [(row.name, row.progress) for row in extraction.rows] == [("市民農園の利用区画数", "B"),
                                                                   ("図書館の貸出冊数", "C")]
    _, indicators, rejects = extraction_records(extraction)
    assert [i["commentary"] for i in indicators] == [["評価・分析: 利用者が増えた。区画の拡張を検討する。"],
                                                     ["評価・分析: 開館時間を短縮した。電子書籍を導入する。"]]
    assert [(r["page"], r["raw"]) for r in rejects] == [(1, "R4休館")]
