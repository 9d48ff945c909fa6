"""Tab tables read partly or not at all (issue 11, tabmiss19): a header of three rows whose top row names the
indicator column, a label over the values (`進捗状況`) and a reason column headed by a word no vocabulary knows
(`課題と対応`), its value roles on the row below, is a header (the table was read as none, 0 of its values); and a
`※` note printed right above a table row no reader took is no wrapped note running into that row (the row's
values were lost inside the note's text). The same header printed as aligned columns keeps its top line, and
aligned rows after a note under a row stay in the table. The texts are invented; every expectation was read off
them by hand."""

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


# `pdftotext -layout` of a header of three lines whose top line prints `数値` over the value columns (a label the
# vocabulary lacks, merged over them, so the columns of the rows run through it) beside four header words: the
# top line is the table's own, not a title over it (the table of six rows was read as none, 0 of its values)
LAYOUT = [
    '指標項目                              単 位  数値                             '
    '                                               達成状況  今後の方向性',
    '                                             基準値（現状）  実績値（各年度）        '
    '              中間目標  目標値（最終）',
    '                                             2017年度        2018年度     '
    '     2019年度  2020年度  2023年度  2025年度',
    '企業誘致件数                             件              ー                 4 '
    '       3※         3         3               3         △  前年度比で12.5%増加し'
    'たが目標には届いていない。',
    '観光入込客数                           千人           1,356                ー  '
    '  1,056※     1,056     1,176           1,188         ○   新型コロナウイルス感染症の'
    '影響により減少した。',
    '図書館の年間貸出冊数                     冊              ー           78,960※     '
    '   ー    99,960    70,560          69,720         △                  目標'
    '値の8割程度で推移している。',
    '子育て支援に満足している保護者の割合      %              ー             62.6※      75.6  '
    '      ー      69.4            51.5         ◎           引き続き関係機関と連携し取組を進'
    'める。',
    '新規就農者数                             人              ー                ー  '
    '      11        ー        13              12         ○                 '
    ' 目標値の8割程度で推移している。',
    '自主防災組織の組織率                      %            77.4              64.6   '
    '     ー      57.5      77.4            63.9         ◎  前年度比で12.5%増加したが目'
    '標には届いていない。',
]


def test_aligned_header_line_with_one_unknown_label_stays_with_its_table() -> None:
    document = LoadedDocument("kpi.txt", Path("kpi.txt"), "", "text", lines=LAYOUT)
    rows = {row.name: [(" ".join(cell.header.split()), cell.text) for cell in row.cells]
            for row in extract(document).rows}
    assert len(rows) == 6
    assert [text for _, text in rows["観光入込客数"]][:6] == ["1,356", "ー", "1,056※", "1,056", "1,176", "1,188"]
    assert rows["観光入込客数"][0][0].endswith("基準値（現状） 2017年度")  # under the label `数値`


# `pdftotext -layout` of a table under its goal heading with a `※` note under two of its rows: the rows after a
# note are the table's (they
# were a block of their own without header, skipped: 17 of 21 values lost)
NOTES_BETWEEN = [
    '基本目標３\u3000結婚・出産・子育ての希望をかなえる',
    '',
    '所管課      項目                                  当初値\u3000（'
    '平成29年）  実績（見込み含む）\u3000（平成30年）  実績（見込み含む）\u3000（令和元年）  実績（見込'
    'み含む）\u3000（令和2年）  実績（見込み含む）\u3000（令和3年）  中間目標\u3000（令和7年）  目標\u3000（令和'
    '10年）  進捗状況',
    '農林振興課      地域おこし協力隊の定住者数（人）                     ― '
    '                                5                 '
    '                ―                                5'
    '                                ―                 '
    '     5                   6         C',
    '※各年４月１日現在',
    '農林振興課        地域の行事に参加したことがある                  44.0'
    '                              52.8                '
    '              56.1                             62.'
    '2                   51.2（見込み）                   63'
    '.2                55.6         C',
    '                               中学生の割合（%）',
    '※住民基本台帳による',
    '総務課              ふるさと納税の寄附額（千円）                   '
    '  ―                             46272             '
    '               47,718                           47'
    ',236                               －              '
    '   47,236              53,020         C',
    '商工観光課  婚活イベントでのカップル成立数（組）                     ―   '
    '                             12                   '
    '             13                               17  '
    '                             －                    '
    ' 15                  14         C',
    '※平成30年度から集計方法を変更',
    '※2\u3000「－」は未集計を示す。',
    '※ 令和2年度は感染症の影響により事業を中止したため実績なし。',
]


def test_aligned_rows_after_a_note_under_a_row_stay_in_the_table() -> None:
    document = LoadedDocument("kpi.txt", Path("kpi.txt"), "", "text", lines=NOTES_BETWEEN)
    rows = {row.name: [text for text in (cell.text for cell in row.cells) if text]
            for row in extract(document).rows}
    assert len(rows) == 4  # the unit in brackets goes to the values
    assert rows["ふるさと納税の寄附額"][:7] == ["―", "46272", "47,718", "47,236", "－", "47,236", "53,020"]
    assert rows["婚活イベントでのカップル成立数"][:7] == ["―", "12", "13", "17", "－", "15", "14"]
