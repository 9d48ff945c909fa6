"""Tab tables read partly or not at all (issue 11, tabmiss19): a header of three rows whose top row names the
indicator column, a label over the values (`進捗状況`) and a reason column headed by a word no vocabulary knows
(`課題と対応`), its value roles on the row below, is a header (the table was read as none, 0 of its values); and a
`※` note printed right above a table row no reader took is no wrapped note running into that row (the row's
values were lost inside the note's text). The texts are invented; every expectation was read off them by hand."""

from __future__ import annotations

from pathlib import Path

from ingest.document import LoadedDocument
from ingest.registry import extract
from ingest.table.context import Surroundings, TextLine

TAB = [
    "青葉町 第２期総合戦略 重要業績評価指標（KPI）一覧",
    "",
    "基本目標１　地域にしごとをつくる",
    "",
    "指標名\t進捗状況\t\t\t課題と対応",
    "\t実績\t\t最終目標値",
    "\t令和3年度\t令和4年度\t令和10年度",
    "新規就農者数\t11人\t15人\t20人以上\t相談件数が増加した。",
    "移住相談件数\t186件\t260件（見込）\t250件\t引き続き取組を進める。",
]


def _cells() -> dict[str, list[tuple[str, str]]]:
    """Each row's (header on one line, text) cells, by the row's name."""
    document = LoadedDocument("kpi.txt", Path("kpi.txt"), "", "text", lines=TAB)
    return {row.name: [(" ".join(cell.header.split()), cell.text) for cell in row.cells]
            for row in extract(document).rows}


def test_three_row_header_with_an_unknown_word_on_its_top_row_is_read() -> None:
    rows = _cells()
    assert sorted(rows) == ["新規就農者数", "移住相談件数"]
    assert rows["新規就農者数"][:3] == [("実績 令和3年度", "11人"), ("令和4年度", "15人"),
                                       ("最終目標値 令和10年度", "20人以上")]
    assert [text for _, text in rows["移住相談件数"][:3]] == ["186件", "260件（見込）", "250件"]


def test_a_row_under_a_note_is_no_part_of_the_note() -> None:
    surroundings = Surroundings()
    notes = surroundings.read([
        TextLine("※令和２年度は新型コロナウイルス感染症の影響により減少", 0.0, 1.0, fills_width=True, line=11),
        TextLine("農業産出額 億円 未集計 21.0 24.8 25.0", 1.0, 2.0, fills_width=True, line=12),
    ])
    assert notes == ["※令和２年度は新型コロナウイルス感染症の影響により減少"]
    assert any(w.startswith("line 12: ") and "農業産出額 億円 未集計 21.0 24.8" in w for w in surroundings.warnings)


def test_a_note_wrapped_onto_the_next_line_still_joins() -> None:
    surroundings = Surroundings()
    notes = surroundings.read([
        TextLine("※令和２年度は新型コロナウイルス感染症の影響により前年度比", 0.0, 1.0, fills_width=True, line=11),
        TextLine("12.5%減少した。", 1.0, 2.0, fills_width=True, line=12),
    ])
    assert notes == ["※令和２年度は新型コロナウイルス感染症の影響により前年度比12.5%減少した。"]
    assert not surroundings.warnings

