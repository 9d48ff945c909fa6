"""Nothing lost silently, nothing wrong unflagged (issue 11): a paragraph after a table that cites an indicator's name
in quotes (`成果指標「健康寿命」の算出方法について…`) is a note of the row it names, never another row's cell; one
naming no row read is warned of with the place it is printed.

- `-raw` text: the paragraph right after the last row, wider than any line of the reason column, is no rest of that
  row's reason (it was read as the last row's reason: a wrong value in a field nothing flags).
- text and PDF: the paragraph after other text since the table (a sentence of the report between) was read as prose
  and dropped without a word.

The texts are invented (words of other municipalities, shaped as pdftotext and reportlab print them); every
expectation is read by hand off them.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from ingest.document import load
from ingest.model import Extraction
from ingest.registry import extract
from ingest.table.interpret import QUOTED_PARAGRAPH_WARNING
from tests.pdf_builders import Cell, Page, _save

PARAGRAPH = ("成果指標「健康寿命」の算出方法について、令和５年度以降は、国保データベースシステムによる算出方法へ"
             "変更します。")
#: a paragraph naming an indicator no row of the text has
UNNAMED = "成果指標「特定健診受診率」は、令和６年度から国の算定基準に合わせて集計します。"

#: invented (東原町), `-raw`: reasons wrap at 14 characters; the last row prints none, then the paragraph across the
#: page (its first line ends open, its rest on the next line)
RAW_AFTER_LAST_ROW = """令和５年度 地方創生総合戦略 効果検証シート
基本目標１ 健やかに暮らせるまちをつくる
指標名 基準値（令和元年度） 実績値（令和５年度） 目標値（令和７年度） 担当課 進捗状況 理由
健康寿命 72.1歳 72.8歳 73.5歳 健康推進課 概ね順調に進捗 健診の受診勧奨を続けたこと
により改善した。
観光入込客数 120万人 98万人 150万人 観光振興課 進捗の遅れ 感染症の影響が長引き、団体
旅行の回復が遅れたため。
空き家除却件数 30件 98件 210件 住宅課 概ね順調に進捗
成果指標「健康寿命」の算出方法について、令和５年度以降は、国保データベースシステムによる算出方法へ変更します。これに伴い、実績値と
目標値は単純比較はできません。
"""

#: invented (西ノ浦市), `-raw`: a sentence of the report after the table, then two paragraphs citing names in quotes:
#: one the table's, one no row's
RAW_AFTER_TEXT = f"""令和５年度 地方創生総合戦略 効果検証シート
基本目標１ 健やかに暮らせるまちをつくる
指標名 基準値（令和元年度） 実績値（令和５年度） 目標値（令和７年度） 担当課 進捗状況
健康寿命 72.1歳 72.8歳 73.5歳 健康推進課 概ね順調に進捗
観光入込客数 120万人 98万人 150万人 観光振興課 進捗の遅れ
本市では、これらの結果を踏まえ、第２期総合戦略の見直しに向けた検討を進めていく。
{PARAGRAPH}
{UNNAMED}
"""


def _read(path: Path) -> Extraction:
    return extract(load(path))


def _notes(extraction: Extraction) -> dict[str, str | None]:
    return {row.name: row.note for row in extraction.rows}


def test_a_paragraph_after_the_last_row_wider_than_the_reason_column_is_no_reason(tmp_path: Path) -> None:
    path = tmp_path / "layer.txt"
    path.write_text(RAW_AFTER_LAST_ROW, encoding="utf-8")
    extraction = _read(path)
    assert {row.name: row.reason for row in extraction.rows} == {
        "健康寿命": "健診の受診勧奨を続けたことにより改善した。",
        "観光入込客数": "感染症の影響が長引き、団体旅行の回復が遅れたため。",
        "空き家除却件数": None}
    assert (_notes(extraction)["健康寿命"] or "").startswith("成果指標「健康寿命」の算出方法について")


def _warned(extraction: Extraction) -> list[str]:
    return [w for w in extraction.warnings if QUOTED_PARAGRAPH_WARNING in w]


def test_a_quoted_paragraph_after_other_text_is_the_named_rows_note_or_warned_of(tmp_path: Path) -> None:
    path = tmp_path / "layer.txt"
    path.write_text(RAW_AFTER_TEXT, encoding="utf-8")
    extraction = _read(path)
    assert _notes(extraction) == {"健康寿命": PARAGRAPH, "観光入込客数": None}
    assert _warned(extraction) == [f"line 8: {QUOTED_PARAGRAPH_WARNING}: {UNNAMED}"]


def test_the_same_in_a_pdf_warned_of_with_its_page(tmp_path: Path) -> None:
    header = ["指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課", "進捗状況"]
    rows = [("健康寿命", "72.1歳", "72.8歳", "73.5歳", "健康推進課", "概ね順調に進捗"),
            ("観光入込客数", "120万人", "98万人", "150万人", "観光振興課", "進捗の遅れ")]
    cells = [Cell(0, c, text) for c, text in enumerate(header)]
    cells += [Cell(r, c, text) for r, row in enumerate(rows, start=1) for c, text in enumerate(row)]

    def draw(page: Page) -> None:
        page.text(50, 40, "令和５年度　桜ヶ丘町総合戦略　効果検証シート", 14)
        page.table(50, 90, [110, 60, 60, 60, 70, 70], [30, 30, 30], cells, size=8)
        page.text(50, 200, "本市では、これらの結果を踏まえ、第２期総合戦略の見直しに向けた検討を進めていく。", 9)
        page.text(50, 215, PARAGRAPH, 9)
        page.text(50, 230, UNNAMED, 9)

    extraction = _read(_save(tmp_path / "sheet.pdf", landscape(A4), [draw]))
    assert _notes(extraction) == {"健康寿命": PARAGRAPH, "観光入込客数": None}
    assert _warned(extraction) == [f"p.1: {QUOTED_PARAGRAPH_WARNING}: {UNNAMED}"]
