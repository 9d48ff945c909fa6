"""Cells stacked column after column (`ingest/text/stacked.py`, the shape of pdfminer.six `extract_text`), read end
to end through the registry and the table interpreter, and the reader's refusals.

The documents are invented. Every expected value was worked out by hand from the document text: the name column
comes first, then each value column top to bottom, so in `STACKED` the third value line `3人` is 新規就農者数's
baseline and the fourth, `1.6億円`, is 農産物直売所の売上高's target (160,000,000 円); line numbers are 1-based
lines of the document.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import load, split_lines
from ingest.registry import extract
from ingest.table.header import read_layout
from ingest.text import stacked
from ingest.text.furniture import line_pages
from ingest.text.generic import find_tables
from records import extraction_records


def _boxed(cells: list[str]) -> str:
    """One text box per cell, a blank line after each (what pdfminer writes)."""
    return "".join(f"{cell}\n\n" for cell in cells)


STACKED = _boxed([
    "若葉村 第２期総合戦略",
    "基本目標１\u3000農で稼ぐ村",
    "重要業績評価指標（KPI）",
    "指標名",
    "農産物直売所の売上高",
    "体験型観光の参加者数",
    "新規就農者数",
    "基準値（2018年度）",
    "目標値（2024年度）",
    "1.2億円", "850人", "3人",
    "1.6億円", "1,500人", "10人",
]) + "\f"

#: Rows printed one after another (name, values, progress), the reasons in a block after a note
ROW_BY_ROW = _boxed([
    "基本目標２\u3000人の流れをつくる",
    "指標名",
    "転入者数",
    "基準値（R1） 実績値（R4） 目標値（R6） 評価",
    "2,310 人", "2,452 人", "2,600 人", "未達成",
    "観光客数",
    "48 万人", "56.2 万人", "55 万人", "達成",
])


def _read(tmp_path: Path, text: str) -> tuple[list[dict], list[dict]]:
    path = tmp_path / "stacked.txt"
    path.write_text(text, encoding="utf-8")
    observations, indicators, _ = extraction_records(extract(load(path)))
    return observations, indicators


def _values(observations: list[dict]) -> dict[tuple[str, str, str], Decimal]:
    return {(o["kpi_name"], o["role"], o["period"]): Decimal(str(o["value"])) for o in observations}


def test_columns_printed_one_after_another_fill_the_rows(tmp_path: Path):
    observations, indicators = _read(tmp_path, STACKED)
    assert _values(observations) == {
        ("農産物直売所の売上高", "baseline", "FY2018"): Decimal(120000000),
        ("農産物直売所の売上高", "target", "FY2024"): Decimal(160000000),
        ("体験型観光の参加者数", "baseline", "FY2018"): Decimal(850),
        ("体験型観光の参加者数", "target", "FY2024"): Decimal(1500),
        ("新規就農者数", "baseline", "FY2018"): Decimal(3),
        ("新規就農者数", "target", "FY2024"): Decimal(10),
    }
    assert {(i["kpi_name"], i["kind"], i["goal"]) for i in indicators} == {
        ("農産物直売所の売上高", "KPI", "1 農で稼ぐ村"), ("体験型観光の参加者数", "KPI", "1 農で稼ぐ村"),
        ("新規就農者数", "KPI", "1 農で稼ぐ村")}
    assert not any(o["uncertain"] for o in observations)
    # every value traceable to its own line: `3人` is the 12th box, line 23
    lines = {(o["kpi_name"], o["role"]): o["line"] for o in observations}
    assert lines[("新規就農者数", "baseline")] == 23
    assert lines[("新規就農者数", "target")] == 29


def test_rows_printed_one_after_another(tmp_path: Path):
    observations, indicators = _read(tmp_path, ROW_BY_ROW)
    assert _values(observations) == {
        ("転入者数", "baseline", "FY2019"): Decimal(2310),
        ("転入者数", "actual", "FY2022"): Decimal(2452),
        ("転入者数", "target", "FY2024"): Decimal(2600),
        ("観光客数", "baseline", "FY2019"): Decimal(480000),
        ("観光客数", "actual", "FY2022"): Decimal(562000),
        ("観光客数", "target", "FY2024"): Decimal(550000),
    }
    assert {i["kpi_name"]: i["goal"] for i in indicators} == {"転入者数": "2 人の流れをつくる",
                                                             "観光客数": "2 人の流れをつくる"}


def test_a_period_line_carrying_the_next_header_cell_closes_the_value_header(tmp_path: Path):
    # layouts 158 (pypdfium2): header cells one a line, a two-line value cell's period printed on one line with the
    # next header cell (`目標値` / `（令和６年度） 担当課`): the period is 目標値's, 担当課 a column of its own
    text = ("北浜町 総合戦略 KPI の推移\n指標名\n令和２年度\n令和３年度\n目標値\n（令和６年度） 担当課\n"
            "図書館の年間貸出冊数 81,200 冊 84,650 冊 90,000 冊 生涯学習課\n"
            "市民農園の利用区画数 120 区画 134 区画 150 区画 農政課\n")
    observations, indicators = _read(tmp_path, text)
    assert _values(observations) == {
        ("図書館の年間貸出冊数", "actual", "FY2020"): Decimal(81200),
        ("図書館の年間貸出冊数", "actual", "FY2021"): Decimal(84650),
        ("図書館の年間貸出冊数", "target", "FY2024"): Decimal(90000),
        ("市民農園の利用区画数", "actual", "FY2020"): Decimal(120),
        ("市民農園の利用区画数", "actual", "FY2021"): Decimal(134),
        ("市民農園の利用区画数", "target", "FY2024"): Decimal(150),
    }
    assert not any(o["uncertain"] for o in observations)
    assert {i["kpi_name"]: i["department"] for i in indicators} == {"図書館の年間貸出冊数": "生涯学習課",
                                                                    "市民農園の利用区画数": "農政課"}


def test_a_table_continued_after_a_page_break_keeps_its_columns():
    text = _boxed(["指標名", "出生数", "転入者数", "基準値", "目標値", "140人", "900人", "150人", "1,000人",
                   "- 1 -"]) + "\f" + _boxed(["婚姻件数", "210件", "240件"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix() == [["指標名", "基準値", "目標値"], ["出生数", "140人", "150人"],
                                   ["転入者数", "900人", "1,000人"], ["婚姻件数", "210件", "240件"]]


def test_a_numbered_list_in_one_box_stays_one_row():
    """Two indicators printed in one cell (`①…` / `②…`, their values in one box each): one grid row, which the
    interpreter splits (ingest.table.rows.split_numbered)."""
    text = _boxed(["指標名", "①観光案内所の利用者数\n②ガイドの登録者数", "空き店舗への出店数", "基準値", "目標値",
                   "5,400人\n18人", "2件", "7,000人\n30人", "10件"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix()[1] == ["①観光案内所の利用者数\n②ガイドの登録者数", "5,400人\n18人", "7,000人\n30人"]


def test_values_that_do_not_fit_the_columns_make_no_table():
    """Five values for three names and two value columns: the order is unknown, nothing is read from it."""
    text = _boxed(["指標名", "出生数", "転入者数", "婚姻件数", "基準値", "目標値", "140人", "900人", "210件",
                   "150人", "1,000人", "本文の段落です。"])
    assert stacked.read_tables(text.splitlines()) == []


def test_headers_after_the_values_make_no_table():
    """More header cells after the values (`基準年度`, `目標値` …): the columns came out in another order."""
    text = _boxed(["指標名", "観光入込客数", "移住者数", "基準値", "8.2万人", "14人", "基準年度", "目標値",
                   "平成30年度", "10万人"])
    assert stacked.read_tables(text.splitlines()) == []


def test_units_that_disagree_in_a_row_mark_the_grid_uncertain():
    """`45%` beside `1,800件` in one row: the columns were not printed one after another, which value is whose is
    a guess."""
    text = _boxed(["指標名", "相談件数", "整備率", "基準値", "目標値", "1,200件", "45%", "1,800件", "100%"])
    assert not stacked.read_tables(text.splitlines())[0].grid.uncertain
    swapped = _boxed(["指標名", "相談件数", "整備率", "基準値", "目標値", "1,200件", "45%", "100%", "1,800件"])
    assert stacked.read_tables(swapped.splitlines())[0].grid.uncertain


def test_an_unreadable_block_inside_a_readable_table_does_not_hide_it():
    """Title lines with ideographic spaces that the aligned reader takes for columns (a pypdfium2 text layer, rows
    one space apart): the block reaches the table's header line, but the table is read."""
    lines = ["若葉村 総合戦略", "基本目標１\u3000農で稼ぐ村",
             "数値目標\u3000観光客数\u300012万人（2018年）→ 15万人（2024年）",
             "指標名 基準値（2018年度） 目標値（2024年度）", "売上高 1.2億円 1.6億円", "参加者数 850人 1,500人"]
    tables = find_tables(lines)
    assert all(read_layout(t.grid) is not None for t in tables)
    assert any(t.first <= 3 and 5 <= t.last for t in tables)


def test_a_printed_row_splits_into_name_values_and_the_cells_after_them():
    """`name value value word`: a department or a short mark after the values is a cell of its own; a word
    between two values (`調査中`) is a value cell printed as a word; a name holding a number stays one text."""
    lines = ["指標名 基準値 実績値 目標値 担当課", "妊娠届出数 410件 調査中 420件 こども家庭課",
             "週 1 回以上運動する人の割合 32.0% 35.5% 40.0% 健康課"]
    [table] = stacked.read_tables(lines)
    assert table.grid.matrix() == [["指標名", "基準値", "実績値", "目標値", "担当課"],
                                   ["妊娠届出数", "410件", "調査中", "420件", "こども家庭課"],
                                   ["週 1 回以上運動する人の割合", "32.0%", "35.5%", "40.0%", "健康課"]]


def test_a_row_printed_with_fewer_values_fills_the_last_columns_uncertain():
    """A `―` the extraction tool dropped: which cell was empty is a guess, so that row is uncertain; the row
    printing every value is read as printed."""
    lines = ["指標名 基準値 目標値", "新規就農者数 15人", "漁業体験の参加者数 320人 600人"]
    [table] = stacked.read_tables(lines)
    assert table.grid.matrix()[1:] == [["新規就農者数", "", "15人"], ["漁業体験の参加者数", "320人", "600人"]]
    assert table.grid.uncertain_rows == {1} and not table.grid.uncertain


def test_cells_neither_by_column_nor_by_row_are_placed_by_their_order():
    """pdfminer's box order: the names, the first value column under its header, the other header cells, then the
    rest row by row. Worked out by hand: a column's cells come top to bottom and a row's left to right, so
    `令和2年度` (after `40人`, the last value of the first column) is 空き家バンクの成約件数's baseline year and `5件`
    its baseline, `20件` its target. The order allows one other reading as well: the first `令和7年度` as
    移住体験住宅's baseline year and `令和3年度` as 空き家バンク's target year (a year fits either year column, and
    row 2 may grow once row 1 is longer). The fewest jumps between rows choose the first, but the text does not
    say which it is: the grid is uncertain."""
    text = _boxed(["指標名", "空き家バンクの成約件数", "移住体験住宅の利用者数", "基準値", "5件", "40人", "基準年度",
                   "目標値", "目標年度", "令和2年度", "20件", "令和7年度", "令和3年度", "60人", "令和7年度"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix() == [
        ["指標名", "基準値", "基準年度", "目標値", "目標年度"],
        ["空き家バンクの成約件数", "5件", "令和2年度", "20件", "令和7年度"],
        ["移住体験住宅の利用者数", "40人", "令和3年度", "60人", "令和7年度"]]
    assert table.grid.uncertain


def test_a_value_and_a_department_in_one_box_are_one_row():
    """pdfminer joins a row's last value and its department into one box (`60.0% 健康推進課`): two cells, and the
    same row. Worked out by hand: `27.5%` cannot be row 1's target, because `60.0%` then had to open row 2 with
    健康推進課 beside it in a value column; so `27.5%` is row 2's baseline and the placement is the only one."""
    text = _boxed(["指標名", "特定健康診査の受診率", "運動習慣者の割合", "基準値（H30年度） 目標値（R6年度）", "所管課",
                   "38.4%", "27.5%", "60.0% 健康推進課", "35.0% スポーツ振興課"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix() == [
        ["指標名", "基準値（H30年度）", "目標値（R6年度）", "所管課"],
        ["特定健康診査の受診率", "38.4%", "60.0%", "健康推進課"],
        ["運動習慣者の割合", "27.5%", "35.0%", "スポーツ振興課"]]
    assert not table.grid.uncertain


def test_a_name_opening_with_its_number_is_no_value_and_department():
    """Only a department, a progress label or a mark of two characters after a figure splits a box: `1 出生数`
    stays one text."""
    assert [item.kind for item in stacked._items(["90 健康福祉課"])] == ["values", "text"]
    assert [item.kind for item in stacked._items(["28,400 人 28,150 人 C"])] == ["values", "text"]
    assert [item.texts for item in stacked._items(["85 人"])] == [["85 人"]]
    assert [item.kind for item in stacked._items(["1 出生数"])] != ["values", "text"]


def test_rows_read_in_part_then_mixed_are_placed():
    """Row 1 printed row by row, then two names and their values mixed. Worked out by hand: `24人` cannot stand
    beside `96件` (two units in one row), so it is the second name's first value; `158件` must then be row 2's
    second value (row 3 may not outgrow row 2), `180件 企画課` completes row 2 (beside 企画課, `180件` can stand
    nowhere in row 3's value columns), `41人` and `60人 住宅課` row 3. The only placement without a unit clash."""
    text = _boxed(["指標名", "基準値（R1） 実績値（R5） 目標値（R7）", "担当課", "転入者数", "2,840人", "2,965人",
                   "3,100人 企画課", "移住相談件数", "お試し居住施設の利用者数", "96件", "24人", "158件",
                   "180件 企画課", "41人", "60人 住宅課"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [
        ["転入者数", "2,840人", "2,965人", "3,100人", "企画課"],
        ["移住相談件数", "96件", "158件", "180件", "企画課"],
        ["お試し居住施設の利用者数", "24人", "41人", "60人", "住宅課"]]
    assert not table.grid.uncertain


def test_a_same_unit_mix_with_two_readings_is_uncertain():
    """The same, with `7件` for the second name: now `7件` may also stand beside `96件` (row 2 `96件 7件 180件`,
    row 3 `158件 15件 20件`): the text does not say which, rows 2 and 3 are uncertain. Row 1 (`転入者数` with its
    three `人` values and `企画課` beside the last) every placement puts alike: it is not."""
    text = _boxed(["指標名", "基準値（R1） 実績値（R5） 目標値（R7）", "担当課", "転入者数", "2,840人", "2,965人",
                   "3,100人 企画課", "移住相談件数", "空き家バンクの成約件数", "96件", "7件", "158件", "180件 企画課",
                   "15件", "20件 住宅課"])
    [table] = stacked.read_tables(text.splitlines())
    assert len(table.grid.matrix()) == 4
    assert table.grid.uncertain_rows == {2, 3} and not table.grid.uncertain


def test_a_number_without_unit_is_another_unit_than_people():
    """`1.44` and `18人` in one row clash: 合計特殊出生率 keeps `1.44 1.38 1.50`, 待機児童数 `18人 0人 0人`.
    Worked out by hand: the only placement without a clash (the row-by-row reading puts `18人` beside `1.44`)."""
    text = _boxed(["指標名", "基準値（R1） 実績値（R5） 目標値（R7）", "担当課", "出生数", "合計特殊出生率",
                   "保育所等の待機児童数", "812人", "745人", "820人 こども政策課", "1.44", "18人", "1.38", "0人",
                   "1.50 こども政策課", "0人 保育課"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [
        ["出生数", "812人", "745人", "820人", "こども政策課"],
        ["合計特殊出生率", "1.44", "1.38", "1.50", "こども政策課"],
        ["保育所等の待機児童数", "18人", "0人", "0人", "保育課"]]
    assert not table.grid.uncertain


_PROSE_TABLE = ["指標名", "基準値", "目標値", "評価 取組の状況", "転入者数", "4,120 人 4,500 人 B", "移住相談件数",
                "空き家の改修戸数", "210件", "12戸", "400件", "30戸", "A", "C"]


def test_a_prose_column_set_aside_is_placed_without_its_header_then_given_its_sentences():
    """`取組の状況` holds sentences, which the line reader sets aside: the table is placed without that column.
    Worked out by hand: the rating `B` stands beside row 1's values (one box); `12戸` cannot stand beside `210件`
    (two units in a row), so it opens row 3's values, `400件` and `30戸` follow in their rows, then `A` and `C`.
    The sentences after the table are the prose column's, one paragraph per row in row order; a paragraph boxed
    line by line (`相談の窓口を広げ、` / `予約制にした。`) ends with the box closing its sentence."""
    text = _boxed([*_PROSE_TABLE, "転入者向けの住宅補助を続けた。", "相談の窓口を広げ、", "予約制にした。",
                   "改修の補助が使われなかった。"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix() == [["指標名", "基準値", "目標値", "評価", "取組の状況"],
                                   ["転入者数", "4,120 人", "4,500 人", "B", "転入者向けの住宅補助を続けた。"],
                                   ["移住相談件数", "210件", "400件", "A", "相談の窓口を広げ、\n予約制にした。"],
                                   ["空き家の改修戸数", "12戸", "30戸", "C", "改修の補助が使われなかった。"]]
    assert not table.grid.uncertain


def test_prose_after_a_table_that_makes_no_paragraph_per_row_is_not_given_to_it():
    # two sentences for three rows: whose is whose cannot be told, the table stays without its prose column
    text = _boxed([*_PROSE_TABLE, "転入者向けの住宅補助を続けた。", "相談の窓口を広げた。"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix()[0] == ["指標名", "基準値", "目標値", "評価"]


def test_a_page_footer_between_a_table_and_its_sentences_is_passed_over():
    """A `1 / 2` footer printed after the table's cells, before its prose column's sentences (pdfminer, a table at a
    page's foot, layouts 59): page furniture, so the sentences are still the rows' paragraphs, not lost."""
    text = _boxed([*_PROSE_TABLE, "1 / 2", "転入者向けの住宅補助を続けた。", "相談の窓口を広げ、", "予約制にした。",
                   "改修の補助が使われなかった。"])
    [table] = stacked.read_tables(text.splitlines())
    assert [row[-1] for row in table.grid.matrix()] == [
        "取組の状況", "転入者向けの住宅補助を続けた。", "相談の窓口を広げ、\n予約制にした。",
        "改修の補助が使われなかった。"]


def test_more_paragraphs_after_a_table_than_rows_are_given_to_none_and_named():
    """Four paragraphs for three rows (a row's paragraph boxed in two, each closing a sentence: layouts 59,
    pdfminer): whose is whose cannot be told, so no row takes any, and the sentences are named, not lost silently.
    Worked out by hand: `_boxed` prints one box a line, a blank line between; the 14 table cells take lines 1-27,
    the sentences lines 29-35."""
    text = _boxed([*_PROSE_TABLE, "転入者向けの住宅補助を続けた。", "相談の窓口を広げた。", "予約制にした。",
                   "改修の補助が使われなかった。"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix()[0] == ["指標名", "基準値", "目標値", "評価"]
    assert stacked.unplaced_prose(text.splitlines()) == [(29, 35, "after the table under '取組の状況'")]


def test_a_prose_column_read_empty_takes_its_sentences_printed_after_a_note():
    """A table read column by column with its prose column (`今後の方針`) but none of its cells: the sentences
    come after the table's boxes and a `※` note under it (layouts 37, pdfminer). One paragraph per row: the rows'
    commentary, in row order; the note stays text after the table, no cell."""
    text = _boxed(["指標名", "転入者数", "基準値（R1） 目標値（R6） 評価", "今後の方針",
                   "2,310 人", "2,600 人", "未達成", "市内の年間観光客数", "48 万人", "55 万人", "達成",
                   "※評価は目標値に達したものを「達成」としています。",
                   "移住相談窓口の周知を強化し、\n転入の増加を図る。", "体験型の観光に力を入れる。"])
    [table] = stacked.read_tables(text.splitlines())
    assert [row[-1] for row in table.grid.matrix()] == [
        "今後の方針", "移住相談窓口の周知を強化し、\n転入の増加を図る。", "体験型の観光に力を入れる。"]
    assert table.after == (22,)  # the note's line (0-based), read after the table


def test_a_rows_sentences_boxed_between_the_rows_are_named_not_lost():
    """pdfminer may box a row's prose cell right after the row, before the next row (layouts 59, page 2): such a
    sentence is no cell of the table read, so it is named with its line, as is the one after the table that makes
    no paragraph per row. Worked out by hand: one box a line, a blank line after each, so cell k is on line 2k+1:
    the sentences (cells 6 and 9) are on lines 13 and 19."""
    text = _boxed(["指標名", "基準値", "目標値", "評価 取組の状況", "転入者数", "4,120 人 4,500 人 B",
                   "転入者向けの住宅補助を続けた。", "移住相談件数", "210 件 400 件 A", "相談の窓口を広げた。"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix()[1][:4] == ["転入者数", "4,120 人", "4,500 人", "B"]
    assert sorted(stacked.unplaced_prose(text.splitlines())) == [
        (13, 13, "among the table's rows"), (19, 19, "after the table under '取組の状況'")]


def test_targets_printed_as_words_take_their_place_in_a_value_column():
    """`前年度以上`, `現状維持` and a range are target cells: the second value column, printed after the first."""
    text = _boxed(["指標名", "観光客数", "収納率", "医療機関数", "現状値", "目標値", "30万人", "97.5%", "18施設",
                   "1,000〜1,200人", "前年度以上", "現状維持"])
    [table] = stacked.read_tables(text.splitlines())
    assert [row[2] for row in table.grid.matrix()[1:]] == ["1,000〜1,200人", "前年度以上", "現状維持"]


def test_two_placements_equally_good_are_a_guess():
    """Four values without units after two names: column by column and row by row read equally well, so the
    placement is marked ambiguous (the caller marks the grid uncertain)."""
    from ingest.table.header import NAME, VALUE
    from ingest.text.placed import Printed, place

    cells = [Printed("header", "指標名", 1), Printed("text", "合計特殊出生率", 2), Printed("text", "有効求人倍率", 3),
             Printed("header", "基準値", 4), Printed("header", "目標値", 5),
             *(Printed("values", v, 6 + i) for i, v in enumerate(["1.38", "1.50", "0.92", "1.10"]))]
    placement = place(cells, [NAME, VALUE, VALUE])
    assert placement is not None and placement.used == len(cells) and placement.ambiguous


def test_a_block_seen_but_not_read_is_named_with_its_lines(tmp_path: Path):
    """One name over two rows of segments (a merged cell) whose rows print two units (`歳`, `%`): its cells fit no
    order of full rows and no grouping of segment rows under the name (a name's rows print one unit), nothing is
    read from it, and the warning says where it is (boxes on lines 1, 3, …, 21) and what it printed."""
    text = _boxed(["指標名", "健康寿命", "区分", "男性", "女性", "基準値", "目標値", "79.2歳", "83.6%", "80.5歳",
                   "84.5%"])
    path = tmp_path / "unread.txt"
    path.write_text(text, encoding="utf-8")
    extraction = extract(load(path))
    assert extraction.rows == []
    [warning] = [w for w in extraction.warnings if "seen but not read" in w]
    assert warning.startswith("lines 1-21: ") and "4 value cells" in warning and "健康寿命" in warning


def test_a_table_printed_sideways_is_placed_and_turned_back(tmp_path: Path):
    """Years down the first column, indicators across (`年度` in the corner), a unit in brackets under each name,
    values without units, a bare `150` last (it might be a page number: it is a value here, the grid needs it).
    Worked out by hand from the order: the corner, the names with their units, the year labels, then each
    indicator's values top to bottom."""
    text = _boxed(["年度", "婚姻件数", "（件）", "空き家の活用数", "（件）", "令和元年度（基準値）", "令和３年度",
                   "令和７年度（目標値）", "132", "118", "150", "12", "19", "30"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix() == [
        ["年度", "婚姻件数", "空き家の活用数"], ["", "（件）", "（件）"],
        ["令和元年度（基準値）", "132", "12"], ["令和３年度", "118", "19"], ["令和７年度（目標値）", "150", "30"]]
    observations, _ = _read(tmp_path, text)
    assert _values(observations) == {
        ("婚姻件数", "baseline", "FY2019"): Decimal(132), ("婚姻件数", "actual", "FY2021"): Decimal(118),
        ("婚姻件数", "target", "FY2025"): Decimal(150), ("空き家の活用数", "baseline", "FY2019"): Decimal(12),
        ("空き家の活用数", "actual", "FY2021"): Decimal(19), ("空き家の活用数", "target", "FY2025"): Decimal(30)}
    assert {o["unit"] for o in observations} == {"件"}


def test_a_bracketed_caption_after_a_table_is_no_column_of_it():
    """`（主な取組）` over a bulleted list after a one-row table (a 総合戦略 measure, layout 56's last table): a line
    wholly in brackets is a caption, not a column header (`取組` alone would head a goal column), so the list stays
    out of the table and out of the indicator's goal path."""
    text = "\n".join(["重要業績評価指標 基準値（R2） 目標値（R7）", "放課後子ども教室の参加児童数 96 人 140 人",
                      "（主な取組）", "・放課後子ども教室の地域指導者の確保", "・ふるさと学習の教材づくり"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix() == [["重要業績評価指標", "基準値（R2）", "目標値（R7）"],
                                   ["放課後子ども教室の参加児童数", "96 人", "140 人"]]


def test_a_table_printed_sideways_row_by_row_is_kept_as_printed(tmp_path: Path):
    """A year-major table in a row-wise text layer (pypdfium2, `pdftotext -raw`): the corner and the names on one
    line, their units, then one line per year label. Worked out by hand: 転入者数 is 1,284 人 in 令和元年度 (the
    baseline) and 1,400 人 in 令和７年度 (the target); 出生数's `－` in 令和４年度 is no value."""
    text = "\n".join(["基本目標１\u3000村に人を呼び込む", "年度 転入者数 出生数", "（人） （人）",
                      "令和元年度（基準値） 1,284 302", "令和４年度 1,305 －", "令和７年度（目標値） 1,400 320", ""])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix() == [["年度", "転入者数", "出生数"], ["", "（人）", "（人）"],
                                   ["令和元年度（基準値）", "1,284", "302"], ["令和４年度", "1,305", "－"],
                                   ["令和７年度（目標値）", "1,400", "320"]]
    assert not table.grid.uncertain
    observations, _ = _read(tmp_path, text)
    assert [(o["kpi_name"], o["period"]) for o in observations if o["value"] is None] == [("出生数", "FY2022")]
    assert _values([o for o in observations if o["value"] is not None]) == {
        ("転入者数", "baseline", "FY2019"): Decimal(1284), ("転入者数", "actual", "FY2022"): Decimal(1305),
        ("転入者数", "target", "FY2025"): Decimal(1400), ("出生数", "baseline", "FY2019"): Decimal(302),
        ("出生数", "target", "FY2025"): Decimal(320)}



def test_row_labels_a_sheet_printed_after_the_rows_go_to_the_rows_printing_none():
    """Layouts 151 (`pdftotext -raw`, pypdfium2): LibreOffice drew the shaded `基準値（R1）` and `目標値（R7）` label
    cells after the rows, so the first and last rows print their values alone: the labels go to them in order,
    every label's year then rising down the table. Falling years give no such table."""
    rows = ["年度 転入者数（人） 合計特殊出生率", "1,184 1.42", "R3 1,092 1.38", "R5 1,210 1.36", "1,300 1.50"]
    [table] = stacked.read_tables([*rows, "基準値（R1）", "目標値（R7）"])
    assert [row[0] for row in table.grid.matrix()] == ["年度", "基準値（R1）", "R3", "R5", "目標値（R7）"]
    assert table.grid.matrix()[1][1:] == ["1,184", "1.42"]
    assert table.grid.matrix()[4][1:] == ["1,300", "1.50"]
    falling = stacked.read_tables([*rows, "目標値（R7）", "基準値（R1）"])
    assert not any(row[0] == "目標値（R7）" for t in falling for row in t.grid.matrix())


def test_numbered_names_under_a_number_header_and_a_scaled_unit_are_cells():
    """`No.` before the name header: `1 出生数` is name 出生数 (its number the No. column's), not a goal heading;
    `千円` in the 単位 column is a unit cell, not a value. Worked out by hand: the units come first (one per name),
    then the values row by row; row 2's `5,150` and `6,000 建設課` follow `2,400` in its row."""
    text = _boxed(["No.", "指標名", "単位 基準値（R1） 目標値（R7）", "担当課", "1 出生数", "2 住宅補助の交付額", "人",
                   "千円", "86", "90 健康福祉課", "2,400", "6,000 建設課"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix() == [["指標名", "単位", "基準値（R1）", "目標値（R7）", "担当課"],
                                   ["出生数", "人", "86", "90", "健康福祉課"],
                                   ["住宅補助の交付額", "千円", "2,400", "6,000", "建設課"]]
    assert not table.grid.uncertain  # a 単位 cell is a unit alone, so no name can take row 1's unit cell


def test_a_name_cut_by_a_page_break_is_joined():
    """A page break inside the last row's name, the header repeated on the next page (pdfminer: a form feed opens
    the page). Worked out by hand: page 2 prints three texts but two rows of values, so its first text is the rest
    of 空き家バンクの成約件数's name; 関係人口 and 二地域居住 take `6人 12人` and `15人 20人` row by row."""
    page1 = _boxed(["指標名", "基準値 目標値", "担当課", "空き家バンクの", "7件", "20件 住宅課", "- 1 -"])
    page2 = _boxed(["指標名", "基準値 目標値", "担当課", "成約件数", "関係人口の登録者数", "6人 12人 企画課",
                    "二地域居住の体験者数", "15人 20人 企画課"])
    tables = stacked.read_tables(split_lines(page1 + "\f" + page2))
    assert [row[0] for t in tables for row in t.grid.matrix()[1:]] == [
        "空き家バンクの成約件数", "関係人口の登録者数", "二地域居住の体験者数"]
    assert tables[1].grid.matrix()[1] == ["関係人口の登録者数", "6人", "12人", "企画課"]


def test_a_name_cut_by_a_page_break_without_a_header_is_joined():
    """The same without the header repeated: the rows after the break continue the table, under the rest of the
    name (`年間相談件数`). Worked out by hand: 妊娠期から相談できる窓口の年間相談件数 keeps `1,240件 2,000件`,
    放課後児童クラブの定員数 takes `1,480人 1,700人`."""
    page1 = _boxed(["指標名", "基準値 目標値", "担当課", "出生数", "812人", "820人 こども政策課",
                    "妊娠期から相談できる窓口の", "1,240件", "2,000件 健康課", "- 2 -"])
    page2 = _boxed(["年間相談件数", "放課後児童クラブの定員数", "1,480人", "1,700人 保育課"])
    [table] = stacked.read_tables(split_lines(page1 + "\f" + page2))
    assert table.grid.matrix()[1:] == [["出生数", "812人", "820人", "こども政策課"],
                                       ["妊娠期から相談できる窓口の年間相談件数", "1,240件", "2,000件", "健康課"],
                                       ["放課後児童クラブの定員数", "1,480人", "1,700人", "保育課"]]


def test_a_group_header_over_year_columns_is_no_column():
    """`実績値` printed over `R2` and `R3` (pdfminer puts it between their columns): no column of its own, the years
    read as actuals; `達成率` holds rates. Worked out by hand: each header cell is printed before its column, and the
    header row bounds the body rows, so every value's column is forced: 転入者数 2,100人 (R1) … 2,300人 (R6), 90.4%."""
    text = _boxed(["指標名", "基準値（R1）", "転入者数", "出生数", "2,100人", "300人", "R2", "2,050人", "290人",
                   "実績値", "R3", "2,080人", "285人", "目標値（R6）", "達成率", "2,300人", "320人", "90.4%", "89.1%"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix() == [["指標名", "基準値（R1）", "R2", "R3", "目標値（R6）", "達成率"],
                                   ["転入者数", "2,100人", "2,050人", "2,080人", "2,300人", "90.4%"],
                                   ["出生数", "300人", "290人", "285人", "320人", "89.1%"]]
    assert not table.grid.uncertain


def test_a_joined_name_makes_its_row_uncertain():
    """Which text goes on a name across a page cannot be seen for sure: the row holding the joined name is
    flagged, as the -layout and -raw readers flag theirs (not the table: the rows above it are read as printed)."""
    page1 = _boxed(["指標名", "基準値 目標値", "担当課", "空き家バンクの", "7件", "20件 住宅課", "- 1 -"])
    page2 = _boxed(["指標名", "基準値 目標値", "担当課", "成約件数", "関係人口の登録者数", "6人 12人 企画課",
                    "二地域居住の体験者数", "15人 20人 企画課"])
    tables = stacked.read_tables(split_lines(page1 + "\f" + page2))
    assert tables[0].grid.matrix()[1][0] == "空き家バンクの成約件数"
    assert tables[0].grid.uncertain_rows == {1} and not tables[0].grid.uncertain


def test_a_closed_name_takes_no_text_of_the_next_page():
    """A name that ends closed (`空き家バンクの成約件数`, no particle) is whole: the next page's first text is no
    rest of it (see `ingest.text.blocks.open_name`), so no name is joined."""
    page1 = _boxed(["指標名", "基準値 目標値", "担当課", "空き家バンクの成約件数", "7件", "20件 住宅課", "- 1 -"])
    page2 = _boxed(["指標名", "基準値 目標値", "担当課", "成約件数", "関係人口の登録者数", "6人 12人 企画課",
                    "二地域居住の体験者数", "15人 20人 企画課"])
    tables = stacked.read_tables(split_lines(page1 + "\f" + page2))
    assert [row[0] for row in tables[0].grid.matrix()[1:]] == ["空き家バンクの成約件数"]


def test_without_form_feeds_a_page_number_line_ends_the_page():
    """pypdfium2's pages joined by a newline: `- 1 -` is where page 1 ends, so `利用して転入した世帯数` under the
    repeated header is the rest of the name cut there. Worked out by hand: the row after it prints two values for
    three value columns (a dropped `―`), so they fill the last two, a guess."""
    lines = ["指標名 基準値（R1） 実績値（R5） 目標値（R7） 担当課", "転入者数 2,840人 2,965人 3,100人 企画課",
             "市の移住支援制度を 12世帯 31世帯 40世帯 企画課", "- 1 -",
             "指標名 基準値（R1） 実績値（R5） 目標値（R7） 担当課", "利用して転入した世帯数",
             "関係人口として登録した人の数 420人 600人 企画課", "二地域居住の体験者数 6人 14人 20人 企画課"]
    assert line_pages(lines) == [0, 0, 0, 0, 1, 1, 1, 1]
    tables = stacked.read_tables(lines)
    assert [row[0] for t in tables for row in t.grid.matrix()[1:]] == [
        "転入者数", "市の移住支援制度を利用して転入した世帯数", "関係人口として登録した人の数", "二地域居住の体験者数"]
    assert tables[1].grid.matrix()[1] == ["関係人口として登録した人の数", "", "420人", "600人", "企画課"]
    # the joined name's row is a guess, not 転入者数 above it; so is the row of placed values, not the row under it
    assert tables[0].grid.uncertain_rows == {2} and not tables[0].grid.uncertain
    assert tables[1].grid.uncertain_rows == {1} and not tables[1].grid.uncertain


def test_a_column_reading_that_mixes_units_gives_way_to_a_placement():
    """pdfminer printed two rows column by column and the third across (`4件 ― 12件 3件 6,200万円 8,000万円`).
    Read column by column, `12件` stands beside `8,000万円` (two units in one row). Worked out by hand: two
    placements keep one unit a row, down the columns for two rows then across (`4件 12件`, `― 3件`) or across row
    by row (`4件 ―`, `12件 3件`); the text cannot tell, so those two rows are uncertain, and the one running down
    the columns (pdfminer groups a column's cells first) is taken. The third row is the same in both: not flagged."""
    text = _boxed(["指標名", "町内の新規創業件数", "企業立地の件数（累計）", "特産品の年間販売額", "基準値（R1）",
                   "目標値（R6）", "4件", "―", "12件", "3件", "6,200万円", "8,000万円"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [["町内の新規創業件数", "4件", "12件"], ["企業立地の件数（累計）", "―", "3件"],
                                       ["特産品の年間販売額", "6,200万円", "8,000万円"]]
    assert table.grid.uncertain_rows == {1, 2} and not table.grid.uncertain


def test_a_unit_field_among_the_cells_is_the_tables_caption_no_name():
    """pdfminer prints the field `（単位：人）` (over the table's right edge) after the name column: it is no
    name, nor the rest of the last name, so the values fill three names; it stays in the header band as a cell of
    its own, where the interpreter finds the table's unit. Worked out by hand: numbers without units may run down
    the columns (320 355 400 the first row's) or along the rows alike, so the placement takes the columns (see
    `ingest.text.placed`) and the grid is uncertain."""
    text = _boxed(["指標名", "市内企業への新規就職者数", "創業支援による創業者数", "シルバー人材センターの会員数",
                   "（単位：人）", "基準値（R1） 実績値（R5） 目標値（R7）",
                   "320", "18", "1,240", "355", "22", "1,198", "400", "30", "1,300"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix() == [
        ["指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "（単位：人）"],
        ["市内企業への新規就職者数", "320", "355", "400", ""],
        ["創業支援による創業者数", "18", "22", "30", ""],
        ["シルバー人材センターの会員数", "1,240", "1,198", "1,300", ""]]
    assert table.grid.uncertain


def test_a_caption_over_a_list_is_no_name():
    """`（主な取組）` over `・…` lines in one text box, printed between the names and the value headers: a caption
    over a list of measures, no third name, so the two names take the four values column by column."""
    text = _boxed(["重要業績評価指標", "新規就農者数（累計）", "森林整備面積",
                   "（主な取組）\n・新規就農者への研修と農地の紹介\n・農業機械の導入への補助",
                   "基準値（R2）", "目標値（R7）", "2 人", "85ha", "12 人", "150ha"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [["新規就農者数（累計）", "2 人", "12 人"], ["森林整備面積", "85ha", "150ha"]]


def test_rows_boxed_together_are_split_line_by_line():
    """pdfminer boxes two rows printed close together: a box of two names, then a box of two values per column.
    Worked out by hand: each box's n-th line is the n-th row (町営温泉施設 9.2 万人 → 12 万人, 観光ボランティア
    ガイド 140 件 → 250 件); two lines could also be one name wrapped, so the rows split are flagged uncertain."""
    text = _boxed(["重要業績評価指標", "町営温泉施設の利用者数\n観光ボランティアガイドの案内件数", "基準値（R2）",
                   "目標値（R7）", "9.2 万人\n140 件", "12 万人\n250 件"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [["町営温泉施設の利用者数", "9.2 万人", "12 万人"],
                                       ["観光ボランティアガイドの案内件数", "140 件", "250 件"]]
    assert table.grid.uncertain_rows == {1, 2} and not table.grid.uncertain


def test_a_name_line_ending_in_a_particle_is_no_header():
    """`合同就職説明会を通じた町内企業への` names a header word (`説明`) but ends in a particle: it goes on in the
    next line (`就職者数`), one wrapped name, so it is no header cell (see `ingest.text.blocks.open_name`)."""
    text = _boxed(["KPI", "合同就職説明会を通じた町内企業への\n就職者数", "（２）起業・創業の支援", "現状値（R1）",
                   "目標値（R7）", "12人", "30人"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [["合同就職説明会を通じた町内企業への\n就職者数", "12人", "30人"]]


def test_a_header_word_printed_a_letter_a_line_is_one_header_cell():
    """A narrow column's header printed one letter a line (`単` / `位`, one text box): the header word 単位, so the
    unit cells (`人`) stand in a 単位 column instead of taking names' places."""
    items = stacked._items(_boxed(["指標名", "単\n位", "基準値"]).splitlines())
    assert [(item.kind, item.texts) for item in items] == [("header", ["指標名"]), ("header", ["単位"]),
                                                          ("header", ["基準値"])]
    assert items[1].roles == ["unit"]
    items = stacked._items(_boxed(["指標名", "人\n口", "基準値"]).splitlines())
    assert items[1].kind != "header"  # no header word: no header


def test_a_box_of_values_beside_a_name_of_another_height_makes_no_row():
    """A box `120ha` / `2件` (two rows' values, pdfminer) beside a box of one name wrapped over two lines and one
    more name: which value is whose cannot be read from that order, so no such row is made (it made `3人` and
    `120ha 2件` one row of one name, unflagged)."""
    names = "新規就農者数（町の就農支援制度を利用して新たに\n就農した者の累計人数）\n農地の利用集積面積"
    text = _boxed(["指標名", names, "基準値（R1） 目標値（R7）", "3人", "120ha\n2件"])
    assert stacked.read_tables(text.splitlines()) == []


def test_a_change_column_and_a_key_column_are_placed_by_their_cells():
    """pdfminer's boxes of a sheet with a `前年度比` column (layouts 80): `+3組` is a signed change, placed only under
    that header; before, no column took it and nothing was read. Worked out by hand from the boxes: the names, the
    first value columns top to bottom (`5件` then the 4th name and its values beside), the change column, the
    targets, `+0.8ポイント 70.0%` one box of the last row."""
    text = _boxed(["指標名", "基準値（R1） 実績値（R4） 実績値（R5） 前年度比", "目標値（R7）",
                   "婚活イベントでのカップル成立数", "14組", "18組", "21組", "子育て応援アプリの登録者数", "1,850人",
                   "2,640人", "2,652人", "病児保育の実施施設数", "5件", "子育てしやすいと感じる市民の割合", "61.2%",
                   "9件", "63.5%", "6件", "64.3%", "+3組", "+12人", "△3件", "30組", "3,000人", "10件",
                   "+0.8ポイント 70.0%"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix() == [
        ["指標名", "基準値（R1）", "実績値（R4）", "実績値（R5）", "前年度比", "目標値（R7）"],
        ["婚活イベントでのカップル成立数", "14組", "18組", "21組", "+3組", "30組"],
        ["子育て応援アプリの登録者数", "1,850人", "2,640人", "2,652人", "+12人", "3,000人"],
        ["病児保育の実施施設数", "5件", "9件", "6件", "△3件", "10件"],
        ["子育てしやすいと感じる市民の割合", "61.2%", "63.5%", "64.3%", "+0.8ポイント", "70.0%"]]
    # under `No.` a bare number is a row's key, the next page's `R2` column joined beside
    text = _boxed(["No.", "指標名", "基準値（R1）", "1", "2", "転入者数", "移住相談件数", "412人", "36件", "R2",
                   "398人", "52件"])
    [table] = stacked.read_tables(text.splitlines())
    assert [row[-3:] for row in table.grid.matrix()] == [
        ["指標名", "基準値（R1）", "R2"], ["転入者数", "412人", "398人"], ["移住相談件数", "36件", "52件"]]


def test_a_heading_printed_among_a_tables_boxes_heads_the_next_table(tmp_path: Path):
    """pdfminer prints the next measure's heading (`施策２ …`) between a table's names and its value header (layouts
    56): it is no cell of the table, and the next table's indicators belong to it, not to the measure before."""
    text = _boxed(["基本目標１　町の資源を生かした仕事をつくる", "施策１　農林水産業の振興", "重要業績評価指標",
                   "新規就農者数（累計）", "森林整備面積", "施策２　観光による交流人口の拡大", "基準値（R2）",
                   "目標値（R7）", "2 人", "85ha", "12 人", "150ha", "重要業績評価指標", "町営温泉施設の利用者数",
                   "基準値（R2）", "目標値（R7）", "9.2 万人", "12 万人"])
    _, indicators = _read(tmp_path, text)
    assert [(i["kpi_name"], i["goal"].split(" / ")[-1]) for i in indicators] == [
        ("新規就農者数(累計)", "施策1 農林水産業の振興"), ("森林整備面積", "施策1 農林水産業の振興"),
        ("町営温泉施設の利用者数", "施策2 観光による交流人口の拡大")]


def test_a_caption_spanning_the_header_row_gives_way_to_the_header_under_it():
    """pypdfium2 prints a two-row header in content-stream order (layouts 85): `No.`, the caption
    `重要業績評価指標（KPI）` spanning the name and value columns, `担当課` (beside the caption, both header rows
    high), then `指標名 基準値（R1） 目標値（R7）` under the caption; each row then prints `name value value 担当課`.
    The caption is no column of its own: the header row under it takes its place, `担当課` stays after it, as
    the rows print it. Before, the second name header ended the table and another reader put `総務課` in the
    target cell. Worked out by hand from the lines."""
    lines = ["No.", "重要業績評価指標（KPI）", "担当課", "指標名 基準値（R1） 目標値（R7）",
             "自主防災組織の組織率 72.5% 85.0% 総務課", "救命講習の受講者数 340人 500人 総務課"]
    [table] = stacked.read_tables(lines)
    assert table.grid.matrix() == [["指標名", "基準値（R1）", "目標値（R7）", "担当課"],
                                   ["自主防災組織の組織率", "72.5%", "85.0%", "総務課"],
                                   ["救命講習の受講者数", "340人", "500人", "総務課"]]
    # a name header already followed by a value header is a table of its own: a second name header ends it
    lines = ["指標名 基準値（R1）", "指標名 基準値（R1） 目標値（R7）", "転入者数 412人 450人"]
    assert all(t.grid.matrix()[0][0] != "指標名" or len(t.grid.matrix()[0]) == 3
               for t in stacked.read_tables(lines))


#: A two-row header printed by pdfplumber: the cell `実績値` spanning `R3 R4 R5` on its own line above the first
#: header row, its years on a line below it; where the years stand among the dated columns no line shows.
SUB_COLUMNS_BELOW = "\n".join([
    "施策２ 子育てを支える",
    "実績値",
    "指標名 基準値（R2） 中間目標（R5） 最終目標（R9）",
    "R3 R4 R5",
    "保育所待機児童数 7人 5人 3人 2人 2人 0人",
    "",
])


def test_years_under_a_spanning_cell_are_a_guess_for_the_stacked_reader(tmp_path: Path):
    tables = stacked.read_tables(SUB_COLUMNS_BELOW.splitlines())
    assert tables and all(t.grid.uncertain for t in tables)  # appended after 最終目標 they would misplace values
    observations, _ = _read(tmp_path, SUB_COLUMNS_BELOW)
    # the single-space reader places the years by their order among the dated columns: hand-checked
    assert _values(observations) == {
        ("保育所待機児童数", "baseline", "FY2020"): Decimal(7),
        ("保育所待機児童数", "actual", "FY2021"): Decimal(5),
        ("保育所待機児童数", "actual", "FY2022"): Decimal(3),
        ("保育所待機児童数", "actual", "FY2023"): Decimal(2),
        ("保育所待機児童数", "target", "FY2023"): Decimal(2),
        ("保育所待機児童数", "target", "FY2027"): Decimal(0),
    }


def test_two_role_arrow_header_and_arrow_cells_fill_two_columns():
    """`基準値（R1）→目標値（R7）` boxed among the header cells and `a→b` value boxes after the names (layouts 90,
    pdfminer): the header names two columns and each box two values, the baseline then the target."""
    text = _boxed(["指標名", "基準値（R1）→目標値（R7）", "担当課",
                   "新規就農者数", "農産物直売所の売上高",
                   "3人→5人", "1.2億円→1.6億円",
                   "農政課", "商工観光課"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix() == [["指標名", "基準値（R1）", "目標値（R7）", "担当課"],
                                   ["新規就農者数", "3人", "5人", "農政課"],
                                   ["農産物直売所の売上高", "1.2億円", "1.6億円", "商工観光課"]]


def test_arrow_values_without_a_two_role_header_stay_text():
    """Under a one-role header an arrow box is no value cell of the table (a statement's piece)."""
    items = stacked._items(split_lines(_boxed(["指標名", "基準値", "新規就農者数", "3人→5人"])))
    assert [item.kind for item in items][-1] == stacked.TEXT


def test_rows_whose_values_lie_an_order_of_magnitude_apart_give_way_to_the_placement_row_by_row():
    """Two rows' values boxed row by row (pdfminer, layouts 88): read column by column, each row holds values of
    the other row (3,820 and 4,000 people beside 131,050). The placement by order reads them row by row, each
    row's values close together; the order alone does not say so, so the grid stays flagged."""
    text = _boxed(["指標名", "町内の従業者数", "観光入込客数", "基準値（R1）", "実績値（R5）", "目標値（R7）",
                   "３，８２０人", "３，９１５人", "４，０００人", "125 400人", "131 050人", "150 000人"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix()[1:] == [["町内の従業者数", "３，８２０人", "３，９１５人", "４，０００人"],
                                       ["観光入込客数", "125 400人", "131 050人", "150 000人"]]
    assert table.grid.uncertain


def test_each_block_of_rows_is_read_across_or_down_by_the_closeness_of_its_values():
    """pdfminer boxes two names and their values row by row, then two more names and their values column by
    column (layouts 88: `2 350件` `１８件` are the two rows' baselines). One reading for the whole table puts one
    block's values in the wrong rows; block by block, each row's values lie close together. Worked out by hand
    from the printed table: 2,350 / 4,120 / 5,000 and 18 / 26 / 30. Flagged: the order leaves it open."""
    text = _boxed(["指標名", "町内の従業者数", "観光入込客数", "基準値（R1）", "実績値（R5）", "目標値（R7）",
                   "３，８２０人", "３，９１５人", "４，０００人", "125 400人", "131 050人", "150 000人",
                   "ふるさと納税の寄附件数", "空き家バンクの登録件数",
                   "2 350件", "１８件", "4 120件", "２６件", "5 000件", "３０件"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix()[1:] == [["町内の従業者数", "３，８２０人", "３，９１５人", "４，０００人"],
                                       ["観光入込客数", "125 400人", "131 050人", "150 000人"],
                                       ["ふるさと納税の寄附件数", "2 350件", "4 120件", "5 000件"],
                                       ["空き家バンクの登録件数", "１８件", "２６件", "３０件"]]
    assert table.grid.uncertain


def test_a_box_of_figures_each_with_its_year_is_one_cell():
    """`H27：120区画` / `R1：135区画` boxed together under 基準値 (two baselines of one row, layouts 77) beside a
    one-line name: each line names its own, later year in one unit, so the box is one cell, not two rows'
    values; the row's other values follow after the later names (units place them)."""
    text = _boxed(["指標名", "基準値", "実績値（R5）", "目標値（R7）",
                   "地域おこし協力隊の定住者数", "H27：4人 / R1：9人", "15人", "20人",
                   "市民農園の利用区画数", "H27：120区画\nR1：135区画",
                   "市の魅力を人に勧めたい市民の割合", "52.3%（R1）",
                   "148区画", "160区画", "55.0%", "60.0%"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix()[2:] == [["市民農園の利用区画数", "H27：120区画\nR1：135区画", "148区画", "160区画"],
                                       ["市の魅力を人に勧めたい市民の割合", "52.3%（R1）", "55.0%", "60.0%"]]


def test_a_value_boxed_with_the_column_above_before_its_rows_name_goes_under_that_column():
    """pdfminer (layouts 83): the last row's target `350人` printed right after the target column's cells above
    it, before the row's name; its other values after the name. The value goes under the column it followed
    (350 is the target: worked out from the printed table), the other two fill the rest in order; that row is
    flagged alone, the order alone places it."""
    text = _boxed(["指標名", "子育て相談の件数", "放課後児童クラブの登録児童数", "基準値（R1）", "実績値（R5）",
                   "目標値（R7）", "1,120件", "410人", "1,480件", "1,600件", "462人", "520人", "350人",
                   "ファミリー・サポート・センターの会員数", "260人", "318人"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix()[1:] == [["子育て相談の件数", "1,120件", "1,480件", "1,600件"],
                                       ["放課後児童クラブの登録児童数", "410人", "462人", "520人"],
                                       ["ファミリー・サポート・センターの会員数", "260人", "318人", "350人"]]
    assert table.grid.uncertain_rows == {3} and not table.grid.uncertain  # units place the other rows
    # one value more after the name: which is whose the order does not say, the row is not read
    text = text.replace("318人\n", "318人\n\n330人\n")
    (table,) = stacked.read_tables(split_lines(text)) or [None]
    assert table is None or len(table.grid.matrix()) == 3


def test_the_last_row_of_the_table_before_printed_among_the_next_tables_names_is_that_tables():
    """Two tables side by side (an A3 two-up page, pdfminer: layouts 41): the left table read, then the right
    table's name header and names with the left table's last row printed across among them (`農業産出額`
    `24.5億円` `27億円`) before the right table's value headers. That row is the left table's (in doubt); the right
    table reads without it."""
    text = _boxed(["指標名", "基準値（R1）", "目標値（R6）", "町内事業所の新規雇用者数", "企業誘致の件数（累計）",
                   "48人", "1件", "80人", "5件",
                   "指標名", "転入者数", "移住相談件数", "農業産出額", "24.5億円", "27億円", "お試し住宅の利用者数",
                   "基準値（R1）", "目標値（R6）", "620人", "85件", "36人", "700人", "150件", "60人"])
    left, right = stacked.read_tables(split_lines(text))
    assert left.grid.matrix()[1:] == [["町内事業所の新規雇用者数", "48人", "80人"],
                                      ["企業誘致の件数（累計）", "1件", "5件"], ["農業産出額", "24.5億円", "27億円"]]
    assert left.grid.uncertain_rows == {3}
    assert right.grid.matrix()[1:] == [["転入者数", "620人", "700人"], ["移住相談件数", "85件", "150件"],
                                       ["お試し住宅の利用者数", "36人", "60人"]]


def test_a_box_of_two_values_without_years_beside_one_name_is_not_read():
    """`120ha` / `2件` boxed beside one name: two rows' values or one cell, the box cannot say."""
    assert not stacked._dated_lines("120ha\n2件")
    assert not stacked._dated_lines("R1：135区画\nH27：120区画")
    assert stacked._dated_lines("H27：120区画\nR1：135区画")


def test_a_row_of_values_of_one_magnitude_stays_certain():
    text = _boxed(["指標名", "町内の従業者数", "観光入込客数", "基準値（R1）", "目標値（R7）",
                   "３，８２０人", "125 400人", "４，０００人", "150 000人"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix()[2] == ["観光入込客数", "125 400人", "150 000人"]
    assert not table.grid.uncertain


def test_a_value_whose_qualifier_names_a_header_word_stays_a_value(tmp_path: Path):
    """`1,410人（達成率88.1%）`: an actual printed with its rate; the bracket names 達成率 (a progress header word),
    but a cell that is a value is no header cell, so the column order still fits (the second value column is the
    actual one, its first cell 出生数's)."""
    text = _boxed(["指標名", "出生数", "転入者数", "基準値（R1）", "実績値（R5）", "目標値（R7）",
                   "120人", "900人", "132人（達成率88.0%）", "950人（達成率95.0%）", "150人", "1,000人"])
    observations, _ = _read(tmp_path, text)
    assert _values(observations) == {
        ("出生数", "baseline", "FY2019"): Decimal(120), ("出生数", "actual", "FY2023"): Decimal(132),
        ("出生数", "target", "FY2025"): Decimal(150),
        ("転入者数", "baseline", "FY2019"): Decimal(900), ("転入者数", "actual", "FY2023"): Decimal(950),
        ("転入者数", "target", "FY2025"): Decimal(1000),
    }


def test_another_tables_numbered_caption_among_the_names_is_no_name(tmp_path: Path):
    """pdfminer may box the caption of the next table (`表３　主な事業と事業費`) among this table's names: it is no
    name (else three value cells a column meet four names) and the next table's cells after the values stay its own
    (`事業名` / `事業費（千円）` and `12,500` are no row of this one)."""
    text = _boxed(["指標名", "観光入込客数", "宿泊者数", "表３\u3000主な事業と事業費", "基準値（R4）", "目標値（R9）",
                   "188万人", "3.1万人", "220万人", "4万人", "事業名", "事業費（千円）", "観光誘客事業", "12,500"])
    observations, _ = _read(tmp_path, text)
    assert _values(observations) == {
        ("観光入込客数", "baseline", "FY2022"): Decimal(1880000),
        ("観光入込客数", "target", "FY2027"): Decimal(2200000),
        ("宿泊者数", "baseline", "FY2022"): Decimal(31000), ("宿泊者数", "target", "FY2027"): Decimal(40000),
    }


def _box(lines: list[str]) -> str:
    """One text box of several lines (a narrow cell's wrapped text), a blank line after it."""
    return "\n".join(lines) + "\n\n"


def test_a_narrow_cells_wrapped_number_and_header_are_one_cell_each(tmp_path: Path):
    """A narrow column wraps its cells inside one text box: `基` / `準` / `値` / `(R1)` is the header 基準値(R1),
    `12,3` / `45人` the value 12,345人 (`12,3` is no number of its own), `980` / `人` the value 980人 (a unit alone on
    the second line); `12` / `345人` may be two values and is not joined."""
    text = (_boxed(["若葉市 総合戦略", "基本目標１\u3000しごとをつくる", "指標名", "従業者数", "出生数"])
            + _box(["基", "準", "値", "(R1)"]) + _boxed(["目標値（R7）", "担当課"])
            + _box(["12,3", "45人"]) + _box(["980", "人"]) + _boxed(["13,000人", "1,200人", "商工課", "企画課"]))
    observations, _ = _read(tmp_path, text)
    assert _values(observations) == {
        ("従業者数", "baseline", "FY2019"): Decimal(12345), ("従業者数", "target", "FY2025"): Decimal(13000),
        ("出生数", "baseline", "FY2019"): Decimal(980), ("出生数", "target", "FY2025"): Decimal(1200),
    }
    assert stacked._wrapped_value(["12", "345人"]) is None
    assert stacked._wrapped_value(["842", "億円"]) == "842億円"
    assert stacked._wrapped_value(["1,20", "0人"]) == "1,200人"


def test_a_year_major_table_printed_column_after_column_is_read_by_its_counts(tmp_path: Path):
    """Years down, two indicators across, each over 目標 / 実績, printed as pdfminer boxes it: the corner `年度`, the
    three years, the two names, the four role words, then the four value columns of three cells each, so the 9th
    value `12件` is 相談件数's 目標 of R4 and the dash its 実績 of R4 (nothing read). One value fewer makes no table."""
    cells = ["年度", "R2", "R3", "R4", "転入者数", "相談件数", "目標", "実績", "目標", "実績",
             "300人", "310人", "320人", "285人", "301人", "334人", "10件", "11件", "12件", "9件", "13件", "－"]
    observations, _ = _read(tmp_path, _boxed(["大沢村 総合戦略 数値目標の推移", *cells]))
    dashes = [o for o in observations if o["value"] in (None, "")]
    assert [(o["kpi_name"], o["role"], o["period"]) for o in dashes] == [("相談件数", "actual", "FY2022")]
    assert _values([o for o in observations if o not in dashes]) == {
        ("転入者数", "target", "FY2020"): Decimal(300), ("転入者数", "target", "FY2021"): Decimal(310),
        ("転入者数", "target", "FY2022"): Decimal(320), ("転入者数", "actual", "FY2020"): Decimal(285),
        ("転入者数", "actual", "FY2021"): Decimal(301), ("転入者数", "actual", "FY2022"): Decimal(334),
        ("相談件数", "target", "FY2020"): Decimal(10), ("相談件数", "target", "FY2021"): Decimal(11),
        ("相談件数", "target", "FY2022"): Decimal(12), ("相談件数", "actual", "FY2020"): Decimal(9),
        ("相談件数", "actual", "FY2021"): Decimal(13),
    }
    assert not any(o["uncertain"] for o in observations)
    assert not stacked.read_tables(split_lines(_boxed(cells[:-1])))


def test_a_wrapped_goal_cell_among_rows_then_the_next_pages_header_band_keep_every_row():
    """A sheet's merged goal cell printed among the rows one after another, its heading wrapped in its box
    (`基本目標２　人の` / `流れをつくる`: a heading ending open goes on), then a new page's header band opening
    with the goal column's header (`基本目標` / `指標名` …): the row before the band is the table's last row."""
    text = _boxed(["基本目標", "指標名", "基準値（R1） 目標値（R7）", "担当課",
                   "転入者数", "310人", "400人", "企画課",
                   "基本目標２\u3000人の\n流れをつくる",
                   "観光客数", "48万人", "55万人", "観光課"]) + "\f" + _boxed([
        "基本目標", "指標名", "基準値（R1） 目標値（R7）", "担当課", "婚姻件数", "210件", "240件", "市民課"])
    tables = stacked.read_tables(text.splitlines())
    assert [row[:3] for table in tables for row in table.grid.matrix()[1:]
            if any(c in ("転入者数", "観光客数", "婚姻件数") for c in row)] == [
        ["転入者数", "310人", "400人"], ["観光客数", "48万人", "55万人"], ["婚姻件数", "210件", "240件"]]


#: Names over segment rows (`区分`), pdfminer's order: the names, the segment header and its cells, the value
#: headers, then each value column top to bottom. 3 names, 4 segments, 5 rows: 出生数 (人) over 男性 / 女性,
#: 転入者数 (人) over 男性 / 女性, 保育所の待機児童数 (件) alone.
SEGMENTED = _boxed([
    "指標名", "出生数", "転入者数", "保育所の待機児童数",
    "区分", "男性", "女性", "男性", "女性",
    "基準値（R1）", "目標値（R6）",
    "60人", "58人", "410人", "395人", "4件",
    "70人", "68人", "450人", "430人", "0件",
]) + "\f"


def test_names_over_segment_rows_take_their_rows_by_units_and_labels(tmp_path: Path):
    observations, indicators = _read(tmp_path, SEGMENTED)
    read = {(o["kpi_name"], o["segment"], o["role"]): Decimal(str(o["value"])) for o in observations}
    # 出生数 and 転入者数 print 人 in every row: units alone cannot split their four rows; the labels do (a name's
    # segments differ), the row without a label is the third name's alone; the most rows to the first names
    assert read == {
        ("出生数", "男性", "baseline"): Decimal(60), ("出生数", "男性", "target"): Decimal(70),
        ("出生数", "女性", "baseline"): Decimal(58), ("出生数", "女性", "target"): Decimal(68),
        ("転入者数", "男性", "baseline"): Decimal(410), ("転入者数", "男性", "target"): Decimal(450),
        ("転入者数", "女性", "baseline"): Decimal(395), ("転入者数", "女性", "target"): Decimal(430),
        ("保育所の待機児童数", None, "baseline"): Decimal(4), ("保育所の待機児童数", None, "target"): Decimal(0),
    }
    assert {i["kpi_name"] for i in indicators} == {"出生数", "転入者数", "保育所の待機児童数"}
    assert all(o["uncertain"] for o in observations)  # which rows a name covers is a reading of the counts


def test_member_rows_split_by_units_and_a_row_printed_after_them(tmp_path: Path):
    text = _boxed([
        "成果指標", "市町村", "基準値（R1）", "目標値（R6）",
        "救急告示病院の数", "図書館の貸出冊数", "圏域全体", "東浜市", "西浜町",
        "3施設", "52万冊", "18万冊", "3施設", "60万冊", "20万冊",
        "定住人口", "圏域全体", "12.1万人", "12.0万人",
    ]) + "\f"
    observations, _ = _read(tmp_path, text)
    read = {(o["kpi_name"], o["segment"], o["role"]): Decimal(str(o["value"])) for o in observations}
    # 施設 on the first row only: the first name covers one row, the second the two 冊 rows; the whole area
    # (圏域全体) is the indicator itself, no segment of it
    assert read == {
        ("救急告示病院の数", None, "baseline"): Decimal(3), ("救急告示病院の数", None, "target"): Decimal(3),
        ("図書館の貸出冊数", "東浜市", "baseline"): Decimal(520000),
        ("図書館の貸出冊数", "東浜市", "target"): Decimal(600000),
        ("図書館の貸出冊数", "西浜町", "baseline"): Decimal(180000),
        ("図書館の貸出冊数", "西浜町", "target"): Decimal(200000),
        ("定住人口", None, "baseline"): Decimal(121000), ("定住人口", None, "target"): Decimal(120000),
    }


def test_segment_rows_no_split_fits_give_the_names_no_rows():
    # two names, three rows of three units: no name's rows print one unit, so no name is given rows (the segment
    # block alone may still be read as a table printed sideways, with 区分 in its corner)
    text = _boxed(["指標名", "出生数", "転入者数", "区分", "男性", "女性", "計",
                   "基準値（R1）", "目標値（R6）", "60人", "58件", "2%", "70人", "68件", "3%"]) + "\f"
    assert not any(cell.text in ("出生数", "転入者数") for table in stacked.read_tables(split_lines(text))
                   for cell in table.grid.cells)


def test_a_header_box_with_its_period_under_it_is_one_header_cell(tmp_path: Path):
    # `目標値` / `2023年度（令和5年度）` is one text box: the period of the header above, no column of its own
    text = _boxed(["指標名", "基準値\n（H30年度）", "目標値\n2023年度（令和5年度）",
                   "町内の従業者数", "3,150人", "3,300人", "農業産出額", "24.6億円", "27.0億円"]) + "\f"
    observations, _ = _read(tmp_path, text)
    assert _values(observations) == {
        ("町内の従業者数", "baseline", "FY2018"): Decimal(3150), ("町内の従業者数", "target", "FY2023"): Decimal(3300),
        ("農業産出額", "baseline", "FY2018"): Decimal(2460000000),
        ("農業産出額", "target", "FY2023"): Decimal(2700000000),
    }


def test_years_under_a_value_header_without_period_are_its_columns(tmp_path: Path):
    # `実績値` then `令和２年度 令和３年度`: the word spans the two years, which are the columns; rows one by one
    text = _boxed(["指標名", "基準値（H30）", "実績値", "令和２年度 令和３年度", "目標値（R6）",
                   "協議会の設立数", "3 団体", "4 団体", "6 団体", "10 団体"]) + "\f"
    observations, _ = _read(tmp_path, text)
    assert _values(observations) == {
        ("協議会の設立数", "baseline", "FY2018"): Decimal(3), ("協議会の設立数", "actual", "FY2020"): Decimal(4),
        ("協議会の設立数", "actual", "FY2021"): Decimal(6), ("協議会の設立数", "target", "FY2024"): Decimal(10),
    }
    assert not any(o["uncertain"] for o in observations)


def test_row_codes_under_a_number_header_open_their_names(tmp_path: Path):
    # `番号` printed before `指標名`: each row's code cell comes before its name, rows printed one by one
    text = _boxed(["番号", "指標名", "基準値（R1）", "目標値（R7）", "担当課",
                   "1-(1)-①", "市内製造品出荷額", "1,240億円", "1,300億円", "産業振興課",
                   "1-(2)-①", "認定農業者数", "148経営体", "160経営体", "農政課"]) + "\f"
    observations, indicators = _read(tmp_path, text)
    assert _values(observations) == {
        ("市内製造品出荷額", "baseline", "FY2019"): Decimal(124000000000),
        ("市内製造品出荷額", "target", "FY2025"): Decimal(130000000000),
        ("認定農業者数", "baseline", "FY2019"): Decimal(148), ("認定農業者数", "target", "FY2025"): Decimal(160),
    }
    assert {i["kpi_name"]: i["department"] for i in indicators} == {"市内製造品出荷額": "産業振興課",
                                                                   "認定農業者数": "農政課"}


def test_two_tables_side_by_side_are_read_apart(tmp_path: Path):
    # pdfminer's order: the left table's caption, header and names, the right table's caption between the left
    # header's cells, the right table's header, the left table's values column by column, then the right table
    text = _boxed(["基本目標１\u3000村の仕事をつくる", "【数値目標】", "指標名", "村内就業者数", "農林業産出額",
                   "【重要業績評価指標（KPI）】", "基準値（R1）", "目標値（R7）",
                   "指標名", "基準値（R1）", "目標値（R7）",
                   "1,820人", "9.4億円", "1,900人", "10.0億円",
                   "新規就農者数", "林業作業員数", "2人", "18人", "5人", "24人",
                   "直売所の販売額", "1.2億円", "1.5億円"]) + "\f"
    observations, indicators = _read(tmp_path, text)
    assert _values(observations) == {
        ("村内就業者数", "baseline", "FY2019"): Decimal(1820), ("村内就業者数", "target", "FY2025"): Decimal(1900),
        ("農林業産出額", "baseline", "FY2019"): Decimal(940000000),
        ("農林業産出額", "target", "FY2025"): Decimal(1000000000),
        ("新規就農者数", "baseline", "FY2019"): Decimal(2), ("新規就農者数", "target", "FY2025"): Decimal(5),
        ("林業作業員数", "baseline", "FY2019"): Decimal(18), ("林業作業員数", "target", "FY2025"): Decimal(24),
        ("直売所の販売額", "baseline", "FY2019"): Decimal(120000000),
        ("直売所の販売額", "target", "FY2025"): Decimal(150000000),
    }
    assert {i["kpi_name"]: i["kind"] for i in indicators} == {
        "村内就業者数": "数値目標", "農林業産出額": "数値目標",
        "新規就農者数": "KPI", "林業作業員数": "KPI", "直売所の販売額": "KPI"}


def test_goal_cells_printed_mid_rows_go_to_the_rows_nearest_them(tmp_path: Path):
    """Invented Calc sheet, pdfminer: rows print one cell a line and the merged goal cells stand in the middle of
    their rows (the first after two rows), so they head no rows below them: each row is read under the goal printed
    nearest it (its wrapped heading, ending in `の`, whole), flagged as a guess. The goal cell printed again before
    the next page's header is the goal of that page's rows."""
    text = _boxed(["基本目標", "指標名", "基準値（R1） 目標値（R7）", "担当課",
                   "町内事業所の新規雇用者数", "42人", "60人", "産業振興課",
                   "創業支援による創業件数", "3件", "15件", "産業振興課",
                   "基本目標１\u3000地域の産業を\n伸ばし、働く場をつくる",
                   "特産品の販売件数", "240件", "320件", "産業振興課",
                   "認定農業者数", "58経営体", "65経営体", "農林課",
                   "移住相談件数", "64件", "120件", "企画課",
                   "空き家バンクの成約件数", "5件", "12件", "企画課",
                   "基本目標２\u3000新しいひとの\n流れをつくる",
                   "観光入込客数", "38万人", "45万人", "商工観光課",
                   "基本目標２\u3000新しいひとの\n流れをつくる"]) + "\f" + _boxed([
        "基本目標", "指標名", "基準値（R1） 目標値（R7）", "担当課", "関係人口登録者数", "0人", "500人", "企画課"])
    _, indicators = _read(tmp_path, text)
    first, second = "1 地域の産業を伸ばし、働く場をつくる", "2 新しいひとの流れをつくる"
    assert {i["kpi_name"]: i["goal"] for i in indicators} == {
        "町内事業所の新規雇用者数": first, "創業支援による創業件数": first, "特産品の販売件数": first,
        "認定農業者数": first, "移住相談件数": second, "空き家バンクの成約件数": second, "観光入込客数": second,
        "関係人口登録者数": second}
    assert all(i["goal_uncertain"] for i in indicators if i["kpi_name"] != "関係人口登録者数")


def test_a_number_header_boxed_with_the_name_header_and_an_empty_note_column(tmp_path: Path):
    """`No. 指標名` in one box (pdfminer boxes header cells printed close together) is a number column's header and
    the name column's; a `備考` column before the values that is empty in every row prints nothing, so the values
    after the names are the value columns' (two rows column by column, then a row alone)."""
    text = _boxed(["No. 指標名", "備考", "基準値（R1）", "目標値（R7）", "担当課", "1", "2", "3",
                   "移住者数", "空き家の登録件数", "12人", "8件", "30人", "20件", "移住定住課", "移住定住課",
                   "観光客数", "4,200人", "5,000人", "観光協会"]) + "\f"
    observations, indicators = _read(tmp_path, text)
    assert _values(observations) == {
        ("移住者数", "baseline", "FY2019"): Decimal(12), ("移住者数", "target", "FY2025"): Decimal(30),
        ("空き家の登録件数", "baseline", "FY2019"): Decimal(8), ("空き家の登録件数", "target", "FY2025"): Decimal(20),
        ("観光客数", "baseline", "FY2019"): Decimal(4200), ("観光客数", "target", "FY2025"): Decimal(5000),
    }
    assert {i["kpi_name"]: i["department"] for i in indicators} == {
        "移住者数": "移住定住課", "空き家の登録件数": "移住定住課", "観光客数": "観光協会"}


def test_bracketed_years_boxed_after_the_header_band_join_the_value_headers():
    """pdfminer boxes the second line of every value header (`（2019）` under `令和元年度`) after the band's last
    cell (`担当課`): one bracketed year per value column, so they join the value headers in order and no name is
    taken for them."""
    text = _boxed(["指標名", "令和元年度", "令和7年度", "担当課", "（2019）", "（2025）", "移住者数", "観光客数",
                   "12人", "4,200人", "30人", "5,000人", "企画課", "観光協会"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix() == [["指標名", "令和元年度（2019）", "令和7年度（2025）", "担当課"],
                                   ["移住者数", "12人", "30人", "企画課"],
                                   ["観光客数", "4,200人", "5,000人", "観光協会"]]


def test_a_rating_boxed_with_the_department_is_two_cells():
    """`B 農林課`: a rating and the department printed beside it in one box, the two last cells of a row."""
    text = _boxed(["指標名", "基準値（R1）", "目標値（R7）", "評価", "担当課",
                   "移住者数", "12人", "30人", "B 企画課", "観光客数", "4,200人", "5,000人", "A 観光課"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix()[1:] == [["移住者数", "12人", "30人", "B", "企画課"],
                                       ["観光客数", "4,200人", "5,000人", "A", "観光課"]]


def test_two_rows_printed_column_by_column_are_placed_by_the_closeness_of_their_values():
    """pdfminer prints the first row across, then the other two rows' values column by column (`24件` `1件` are
    the two rows' baselines). Read row by row, a row would hold `24件` beside `1件`; the placement running down
    the columns keeps each row's values close together, so it is taken. The order alone leaves those two rows open:
    flagged; the first row, printed across before them, every placement puts alike: not flagged."""
    text = _boxed(["指標名", "基準値（R1）", "実績値（R4）", "目標値（R7）", "担当課",
                   "市内従業者数", "新規創業件数", "企業誘致件数",
                   "28,400人", "28,650人", "29,500人", "商工課",
                   "24件", "1件", "27件", "3件", "35件", "5件", "商工課", "企業立地課"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix()[2:] == [["新規創業件数", "24件", "27件", "35件", "商工課"],
                                       ["企業誘致件数", "1件", "3件", "5件", "企業立地課"]]
    assert table.grid.uncertain_rows == {2, 3} and not table.grid.uncertain


def test_role_words_boxed_before_the_name_header_head_the_years_after_it():
    """`基準` `実績` `目標`, the top band of a three-row header, boxed before `指標名`; the years after it name no
    role. 基準 and 目標 head one year each at the band's ends, 実績 (what a year alone reads as) the years between:
    a guess, so the grid is flagged."""
    text = _boxed(["基準", "実績", "目標", "指標名", "令和元年度", "令和3年度", "令和4年度", "令和7年度",
                   "移住者数", "12人", "15人", "18人", "30人"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix()[0] == ["指標名", "基準令和元年度", "実績令和3年度", "実績令和4年度", "目標令和7年度"]
    assert table.grid.uncertain


def test_as_many_role_words_before_the_name_header_as_years_head_one_year_each():
    text = _boxed(["基準", "目標", "指標名", "令和元年度", "令和7年度", "移住者数", "12人", "30人"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix() == [["指標名", "基準令和元年度", "目標令和7年度"], ["移住者数", "12人", "30人"]]
    assert not table.grid.uncertain


def test_a_grade_legend_under_the_table_is_no_header_band():
    """`進捗　達成：目標を達成　順調：…`, the legend under the table, prints header words (`進捗`, `目標`): read
    as a band of header cells it made the table wider than its rows and nothing was read. It is an aside."""
    text = _boxed(["指標名", "基準値（R1）", "目標値（R7）", "評価", "移住者数", "観光客数",
                   "12人", "4,200人", "30人", "5,000人", "達成", "順調",
                   "評価　達成：目標を達成　順調：目標に向け順調に推移"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix() == [["指標名", "基準値（R1）", "目標値（R7）", "評価"],
                                   ["移住者数", "12人", "30人", "達成"], ["観光客数", "4,200人", "5,000人", "順調"]]


def test_a_ratio_change_column_and_the_legends_caption_after_the_values():
    """A `前年度比` column printing a ratio to the year before (`104.2%`, not a signed change) is that column's, and
    the legend's caption printed after the values (`【評価の基準】` over `A：…` lines) heads no column: before, the
    ratios fitted no column and the caption made the table one column wider than its rows, and nothing was read.
    Rows worked out by hand from the boxes (each column top to bottom)."""
    text = _boxed(["指標名", "実績値（R4）", "実績値（R5）", "前年度比", "評価", "転入者数", "出生数",
                   "236人", "480件", "246人", "520件", "104.2%", "108.3%", "B", "A", "【評価の基準】",
                   "A：目標を達成した（達成率100%以上）", "B：おおむね順調に推移している"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix() == [["指標名", "実績値（R4）", "実績値（R5）", "前年度比", "評価"],
                                   ["転入者数", "236人", "246人", "104.2%", "B"],
                                   ["出生数", "480件", "520件", "108.3%", "A"]]


def test_a_rows_cell_boxed_apart_after_the_box_of_its_last_cells_goes_before_them():
    """pdfminer boxes the right-hand cells of the last rows together (`60.0% 健康福祉課` / `15.0% 健康福祉課` /
    `健康福祉課`) and prints the last row's target, further left, in a box of its own after them (`2,000人`): no
    placement fitted that order and nothing was read. The cell goes before the cells of the box's line that lacks
    it, that row flagged. Rows worked out by hand (each column top to bottom, then the boxes)."""
    text = _boxed(["指標名", "基準値（R2） 目標値（R7）", "担当課", "移住者数", "特定健康診査の受診率",
                   "介護予防教室の参加者数", "38人", "41.5%", "1,240人", "60人", "企画課",
                   "60.0% 健康福祉課\n健康福祉課", "2,000人"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix() == [["指標名", "基準値（R2）", "目標値（R7）", "担当課"],
                                   ["移住者数", "38人", "60人", "企画課"],
                                   ["特定健康診査の受診率", "41.5%", "60.0%", "健康福祉課"],
                                   ["介護予防教室の参加者数", "1,240人", "2,000人", "健康福祉課"]]
    assert 3 in table.grid.uncertain_rows


def test_a_box_of_names_beside_a_box_of_rows_and_a_rows_first_values_boxed_apart():
    """A word processor's table (layers 158): pdfminer boxes the names (`転入者数` / `出生数` / `婚姻件数`) and the
    rows' values, a row a line, but the second row's first values stand apart (`101件`, `115件`) after that box,
    its line holding its last value alone (`120件`): the names were read as one name and nothing else. The names
    box is cut into its lines beside the box of as many rows, and the values boxed apart go before their line's;
    that row flagged. Rows worked out by hand."""
    text = _boxed(["指標名", "転入者数\n出生数\n婚姻件数", "令和３年度", "令和４年度", "令和５年度",
                   "410人 398人 402人\n120件\n88組 90組 95組", "101件", "115件", "目標値（R7）", "担当課",
                   "450人 企画課\n130件 健康課", "100組 企画課"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix() == [
        ["指標名", "令和３年度", "令和４年度", "令和５年度", "目標値（R7）", "担当課"],
        ["転入者数", "410人", "398人", "402人", "450人", "企画課"],
        ["出生数", "101件", "115件", "120件", "130件", "健康課"],
        ["婚姻件数", "88組", "90組", "95組", "100組", "企画課"]]
    assert table.grid.uncertain_rows == {2}


def test_a_value_column_boxed_before_the_names_and_a_year_boxed_with_each_target():
    """A word processor's table (layers 155): pdfminer boxes the goal heading printed across the table with the
    first value column under it (`基準値（R5）`, `12件`, `340人`), so that column comes before the names, and each
    row's target year (`目標年度`) with its target (`20件 令和 8 年度`): no placement fitted and nothing was read.
    The names go before the column printed ahead of them, as many as its values; the year is cut from the value
    into the year column. Rows worked out by hand."""
    text = _boxed(["指標名", "基本目標１\u3000しごとをつくる", "基準値（R5）", "12件", "340人", "創業件数", "観光客数",
                   "目標値", "目標年度", "担当課", "20件 令和 8 年度", "400人 令和 10 年度", "商工課", "観光課"])
    (table,) = stacked.read_tables(split_lines(text))
    matrix = table.grid.matrix()
    assert matrix[0] == ["指標名", "基準値（R5）", "目標値", "目標年度", "担当課"]
    assert matrix[2:] == [["創業件数", "12件", "20件", "令和 8 年度", "商工課"],
                          ["観光客数", "340人", "400人", "令和 10 年度", "観光課"]]


def test_a_dash_in_the_rate_column_is_a_rate_not_given():
    """`―` under `達成率` (no rate where the target is zero) is that column's cell: without it the rows beside it
    fit no placement. pdfminer prints the first row's last cells across (`―` `B 企画課`), then the next row's."""
    text = _boxed(["指標名", "基準値（R1）", "目標値（R7）", "達成率", "評価", "担当課", "社会増減数", "観光客数",
                   "▲124", "812", "0", "900", "―", "B 企画課", "78.3%", "C 観光課"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix()[1:] == [["社会増減数", "▲124", "0", "―", "B", "企画課"],
                                       ["観光客数", "812", "900", "78.3%", "C", "観光課"]]


def test_two_tables_whose_name_columns_were_boxed_together_are_read_apart():
    """Two tables one over the other: pdfminer prints both name columns first (the second's heading and header
    among them), then the first table's other columns, then the second's. Each cell under `現状値・目標値` is a
    box of two labelled values, and the three cells of the first table come in one box; a cell begins at each
    `現状：` line. The heading between the two tables is read after the first, so it heads the second."""
    text = _boxed(["施策１\u3000地域産業の振興", "成果指標", "市内事業所数", "農業産出額",
                   "施策２\u3000健康づくりの推進", "成果指標", "特定健康診査の受診率",
                   "現状値・目標値",
                   "現状：3,420 事業所（R3）\n目標：3,500 事業所（R10）\n現状：42.3 億円（R4）\n目標：45 億円（R10）",
                   "所管課", "商工課", "農政課",
                   "現状値・目標値", "所管課", "現状：38.6%（R4）\n目標：60%（R10）", "健康課"])
    first, second = stacked.read_tables(split_lines(text))
    assert first.grid.matrix() == [["成果指標", "現状値・目標値", "所管課"],
                                   ["市内事業所数", "現状：3,420 事業所（R3）\n目標：3,500 事業所（R10）", "商工課"],
                                   ["農業産出額", "現状：42.3 億円（R4）\n目標：45 億円（R10）", "農政課"]]
    assert second.grid.matrix() == [["成果指標", "現状値・目標値", "所管課"],
                                    ["特定健康診査の受診率", "現状：38.6%（R4）\n目標：60%（R10）", "健康課"]]
    assert first.last < second.first  # lines 1-based 9 (施策２) lies between: read after the first table
    assert 8 in first.after


def test_a_value_with_its_year_boxed_under_it_is_one_cell():
    text = _boxed(["指標名", "新規就農者数", "林業従事者数", "基準値", "2 人\n（H30 年度）", "18 人\n（R 元年度）",
                   "目標値", "8 人\n（R7 年度）", "25 人\n（R7 年度）"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix() == [["指標名", "基準値", "目標値"],
                                   ["新規就農者数", "2 人（H30 年度）", "8 人（R7 年度）"],
                                   ["林業従事者数", "18 人（R 元年度）", "25 人（R7 年度）"]]


def test_the_unit_field_of_a_table_printed_sideways_applies_to_its_values(tmp_path: Path):
    """`（単位：千人）` boxed after the names of a table printed sideways (pdfminer puts the field, printed over the
    table's right edge, there): the unit of every bare value. Worked out by hand: 観光入込客数 is 214.5 千人 =
    214,500 人 in R1 (the baseline) and 250.0 千人 = 250,000 人 in R7 (the target)."""
    text = _boxed(["年度", "観光入込客数", "宿泊者数", "（単位：千人）", "R1（基準値）", "R5", "R7（目標値）",
                   "214.5", "226.1", "250.0", "38.2", "40.5", "45.0"])
    observations, indicators = _read(tmp_path, text)
    assert {o["kpi_name"] for o in observations if o["kpi_name"].startswith("（")} == set()
    assert _values(observations) == {
        ("観光入込客数", "baseline", "FY2019"): Decimal(214500), ("観光入込客数", "actual", "FY2023"): Decimal(226100),
        ("観光入込客数", "target", "FY2025"): Decimal(250000), ("宿泊者数", "baseline", "FY2019"): Decimal(38200),
        ("宿泊者数", "actual", "FY2023"): Decimal(40500), ("宿泊者数", "target", "FY2025"): Decimal(45000)}
    assert {o["unit"] for o in observations} == {"人"}
    assert len(indicators) == 2


def test_a_remark_after_a_header_word_under_the_table_is_an_aside():
    """`評価：概ね順調に推移している` under the table names a header role (`評価`) and a progress word: read as a
    header cell it ended the table and nothing was read. A header word, a colon and a remark is no cell."""
    text = _boxed(["指標名", "基準値（H30）", "目標値（R6）", "移住者数", "観光客数", "12 人", "4,200 人",
                   "30 人", "5,000 人", "評価：概ね順調に推移している", "- 2 -"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix() == [["指標名", "基準値（H30）", "目標値（R6）"],
                                   ["移住者数", "12 人", "30 人"], ["観光客数", "4,200 人", "5,000 人"]]


def test_a_field_after_a_header_word_is_no_remark():
    assert stacked._aside("評価：概ね順調に推移している")
    assert not stacked._aside("評価：Ａ")  # a grade: a field of a card
    assert not stacked._aside("担当課：企画政策課")  # a department
    assert not stacked._aside("目標：150件")  # a value


def test_a_dash_with_its_remark_is_a_value_cell_and_a_year_estimate_its_own_column():
    """`―（未集計）` printed for a figure not yet counted is the row's value cell (read as a name before, it cut
    the rows); `R5見込み` after `実績値（R4）` heads a column of its own (that year's estimate), not a sub-column
    of a spanning header whose place is a guess: no value is flagged."""
    text = _boxed(["指標名", "基準値（R1）", "実績値（R4）", "R5見込み", "目標値（R7）",
                   "健診受診率", "41.2%", "44.8%", "46.0%", "60.0%",
                   "健康ポイント参加者数", "320人", "―（未集計）", "450人", "600人"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix()[2] == ["健康ポイント参加者数", "320人", "―（未集計）", "450人", "600人"]
    assert not table.grid.uncertain


def test_a_name_cell_with_its_definition_sentence_between_header_and_values_is_the_name(tmp_path: Path):
    """pdfminer boxes the name cell after the header band: `…創業件数。` / `空き店舗を活用したものを含む。` read
    as two sentences (asides), so the values had no name. The box running on to the values is the name cell, its
    second sentence the definition (`normalize.text.name_and_definition`)."""
    text = _boxed(["KPI", "現状値（R1）", "目標値（R7）",
                   "町の創業支援制度を利用した創業件数。\n空き店舗を活用したものを含む。", "3件", "15件"])
    observations, indicators = _read(tmp_path, text)
    assert [i["kpi_name"] for i in indicators] == ["町の創業支援制度を利用した創業件数"]
    assert indicators[0]["note"] == "definition: 空き店舗を活用したものを含む。"
    assert _values(observations) == {("町の創業支援制度を利用した創業件数", "baseline", "FY2019"): Decimal("3"),
                                     ("町の創業支援制度を利用した創業件数", "target", "FY2025"): Decimal("15")}


def test_two_sentences_of_prose_between_header_and_values_are_no_name():
    text = _boxed(["指標名", "目標値（R7）", "商工会と連携し、創業を後押しします。\n出店も支援します。",
                   "移住者数", "30人"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix() == [["指標名", "目標値（R7）"], ["移住者数", "30人"]]


def test_a_trend_printed_for_an_actual_not_counted_yet_is_that_value_cell():
    """`増加傾向` under 実績値 (the figure still being counted, its trend printed instead): a value cell without
    value. Read as a text cell it fit no order of the boxes and the rows around it were lost."""
    text = _boxed(["指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "町内の交流人口", "特産品の出荷額",
                   "12.5万人", "増加傾向", "約1.2億円", "約1.5億円", "15万人", "2億円"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix()[1:] == [["町内の交流人口", "12.5万人", "増加傾向", "15万人"],
                                       ["特産品の出荷額", "約1.2億円", "約1.5億円", "2億円"]]


def test_a_department_column_printed_after_the_values_runs_on_into_the_rows_printed_after():
    """pdfminer: two names, their values column by column, then `担当課` and its four cells from the top, then the
    other two rows one after another (name, values) without theirs. The column's header after the values is the
    table's last column, and the cells past the first two rows are those of the rows printed after."""
    text = _boxed(["No.", "指標名", "自主防災組織の組織率", "救命講習の受講者数", "1", "2", "3", "4",
                   "基準値（R1）", "目標値（R7）", "72.5%", "340人", "85.0%", "500人",
                   "担当課", "総務課", "総務課", "福祉課", "福祉課",
                   "地域見守り協定を結んだ事業者数", "18事業所", "30事業所",
                   "高齢者サロンの箇所数", "21か所", "30か所"])
    (table,) = stacked.read_tables(split_lines(text))
    assert table.grid.matrix()[1:] == [["自主防災組織の組織率", "72.5%", "85.0%", "総務課"],
                                       ["救命講習の受講者数", "340人", "500人", "総務課"],
                                       ["地域見守り協定を結んだ事業者数", "18事業所", "30事業所", "福祉課"],
                                       ["高齢者サロンの箇所数", "21か所", "30か所", "福祉課"]]
    assert not table.grid.uncertain


def test_two_roles_over_two_years_and_a_unit_column_glued_to_the_targets(tmp_path: Path):
    """A sheet with a two-row header (`現状値` `目標値`, under them `令和4年度` `令和10年度`) and its 単位 column last:
    pdfminer boxes the header's rows one after the other, the baselines as one column, then each row's target with
    its unit in one box (`2,600 人`). Worked out by hand: each role heads the year under it, one each (not 目標値
    over both years), and the unit after each target is the row's 単位 cell, which the bare baselines share."""
    text = _boxed(["指標名", "移住相談件数", "空き家バンク登録件数", "現状値", "目標値", "令和4年度", "令和10年度",
                   "単位", "1,850", "32", "2,600 人", "50 件"])
    observations, _ = _read(tmp_path, text)
    assert {(o["kpi_name"], o["role"], o["period"], o["unit"]): Decimal(str(o["value"])) for o in observations} == {
        ("移住相談件数", "baseline", "FY2022", "人"): Decimal(1850),
        ("移住相談件数", "target", "FY2028", "人"): Decimal(2600),
        ("空き家バンク登録件数", "baseline", "FY2022", "件"): Decimal(32),
        ("空き家バンク登録件数", "target", "FY2028", "件"): Decimal(50),
    }


def test_a_note_boxed_with_the_last_name_leaves_the_name_a_cell(tmp_path: Path):
    """pdfminer boxes a `※` note printed under the table with the last name cell above it (`空き家改修件数` /
    `※…`): the name is still a row's name, the note an aside. Worked out by hand: the last row's values `6 件`
    `15 件` follow the box, so without the name they would be left over and the table read nowhere."""
    text = _boxed(["指標名", "現状値（R5）", "目標値（R10）", "移住相談件数", "120 件", "180 件",
                   "空き家改修件数\n※目標値は累計で示します。", "6 件", "15 件"])
    observations, _ = _read(tmp_path, text)
    assert _values(observations) == {
        ("移住相談件数", "baseline", "FY2023"): Decimal(120),
        ("移住相談件数", "target", "FY2028"): Decimal(180),
        ("空き家改修件数", "baseline", "FY2023"): Decimal(6),
        ("空き家改修件数", "target", "FY2028"): Decimal(15),
    }


def test_a_box_of_names_with_a_box_of_as_many_values_is_one_row_a_line(tmp_path: Path):
    """A word processor's table whose name cells pdfminer boxed down the column (`観光案内所の利用者数` /
    `ガイドの登録者数`, one box), the baselines likewise (`5,400人` / `18人`), then each row's target and department
    in one box a row. Worked out by hand: two names in the box and two values in the first value box, one a line:
    two rows, each line its row's; the next table's `番号` header after the values (its key and name header
    after it) is no cell of this one."""
    text = _boxed(["番号", "1-①\n1-①", "指標名", "現状値（R5） 目標値（R10）", "担当課",
                   "観光案内所の利用者数\nガイドの登録者数", "5,400人\n18人", "7,000人 観光課\n30人 観光課", "番号",
                   "1-②", "指標名", "ガイド付きツアーの参加者数", "現状値（R5） 目標値（R10）", "担当課", "820人",
                   "1,200人 観光課"])
    observations, indicators = _read(tmp_path, text)
    assert _values(observations) == {
        ("観光案内所の利用者数", "baseline", "FY2023"): Decimal(5400),
        ("観光案内所の利用者数", "target", "FY2028"): Decimal(7000),
        ("ガイドの登録者数", "baseline", "FY2023"): Decimal(18),
        ("ガイドの登録者数", "target", "FY2028"): Decimal(30),
        ("ガイド付きツアーの参加者数", "baseline", "FY2023"): Decimal(820),
        ("ガイド付きツアーの参加者数", "target", "FY2028"): Decimal(1200),
    }
    assert {i["kpi_name"]: i["department"] for i in indicators} == {"観光案内所の利用者数": "観光課",
                                                                    "ガイドの登録者数": "観光課",
                                                                    "ガイド付きツアーの参加者数": "観光課"}


def test_a_block_of_rows_printed_column_by_column_then_rows_one_after_another(tmp_path: Path):
    """pdfminer's order for a sheet (layouts 136's habit, invented figures): the names, their units, then the first
    three rows' values a column at a time (`520` `143` `36`, then `548` `150` `41`, …), their targets row by row with
    the grade and department boxed together (`B 観光課`), then the last two rows one after another. Worked out by
    hand from the sheet the values were typed into; the order alone leaves the first three rows open, so their
    reading is a guess (their values flagged), but the rows whose values lie closest together are these. The last
    two rows, printed one after another, every placement puts alike: not flagged."""
    text = _boxed(["指標名", "単位", "基準値（R1）", "R3", "R4", "R5", "目標値（R7）", "評価", "担当課",
                   "観光入込客数", "農産物直売所の売上高", "移住相談件数", "子育て支援に満足している保護者の割合",
                   "村営バスの年間利用者数", "千人", "百万円", "件", "％", "人",
                   "520", "143", "36", "548", "150", "41", "575", "158", "47", "601", "161", "52",
                   "650", "B 観光課", "170", "B 農林課", "60", "A 企画課",
                   "58.0", "59.2", "60.4", "61.1", "70.0 C 福祉課",
                   "7,400", "7,010", "6,880", "6,530", "8,000 D 総務課"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [
        ["観光入込客数", "千人", "520", "548", "575", "601", "650", "B", "観光課"],
        ["農産物直売所の売上高", "百万円", "143", "150", "158", "161", "170", "B", "農林課"],
        ["移住相談件数", "件", "36", "41", "47", "52", "60", "A", "企画課"],
        ["子育て支援に満足している保護者の割合", "％", "58.0", "59.2", "60.4", "61.1", "70.0", "C", "福祉課"],
        ["村営バスの年間利用者数", "人", "7,400", "7,010", "6,880", "6,530", "8,000", "D", "総務課"]]
    assert table.grid.uncertain_rows == {1, 2, 3} and not table.grid.uncertain


def test_a_block_size_a_cell_reads_each_block_of_rows_its_own_way():
    """`place` with one block size a cell: the first two rows' values along their rows (0), the last two rows'
    values down their columns in a block of two (`30` `40` are the two rows' first values). Laid out by hand:
    one size for every cell reads one of the blocks wrong."""
    from ingest.table.header import NAME, VALUE
    from ingest.text.placed import Printed, place

    def printed(texts: list[str], kind: str, line: int) -> list[Printed]:
        return [Printed(kind, text, line + i) for i, text in enumerate(texts)]

    # as pdfminer prints two blocks: each block's names, then its values (layouts 88's habit)
    cells = [*printed(["指標名", "基準値", "実績値", "目標値"], "header", 1),
             *printed(["出生数", "転入者数"], "text", 5),
             *printed(["10", "11", "12", "20", "21", "22"], "values", 7),
             *printed(["観光客数", "就業者数"], "text", 13),
             *printed(["30", "40", "31", "41", "32", "42"], "values", 15)]
    sizes = [0] * (len(cells) - 6) + [2] * 6

    def rows(down: int | list[int]) -> list[list[str]]:
        placement = place(cells, [NAME, VALUE, VALUE, VALUE], down=down)
        assert placement is not None and placement.used == len(cells)
        return [[cell.text for cell in row] for row in placement.rows[1:]]

    assert rows(sizes) == [["出生数", "10", "11", "12"], ["転入者数", "20", "21", "22"],
                           ["観光客数", "30", "31", "32"], ["就業者数", "40", "41", "42"]]
    assert rows(0) != rows(sizes) and rows(2) != rows(sizes)


def test_a_name_box_of_lines_no_wrap_explains_flags_its_values(tmp_path: Path):
    """pdfminer boxes the names of several rows together (layouts 158): a line narrower than the one after it ended
    before the cell's width, so the box is no one wrapped name and whose the values are is a guess; a name that
    wrapped (its first line the widest) stays sure."""
    for names, flagged in (("町民体育館の利用者数\n健康ポイント事業の参加者数", True),
                           ("子育て支援センターの利用者\n数", False)):
        cells = ["KPI", "現状値（R4）", "目標値（R7）", names, "18,420人", "20,000人"]
        observations, _ = _read(tmp_path, _boxed(cells))
        assert {o["uncertain"] for o in observations} == {flagged}


def test_a_goal_columns_upright_cells_boxed_after_the_names_are_shared_out_over_the_rows(tmp_path: Path):
    """Invented sheet, pdfminer: the goal column's header (`基本` / `目標`) is boxed before the name header, its two
    merged cells written upright (`１` / `安` / `心` …, a glyph a line) are boxed after the four names, and a unit is
    boxed with its row's first value (`千円 3,200`). The goal cells are the goal column's, not names; which rows each
    spans the text does not show, so the rows are shared out evenly in order (two each) and every goal is flagged.
    Row 4 reads 3,200 千円 = 3,200,000 円 and 4,000 千円 = 4,000,000 円."""
    text = _boxed(["若葉町 第２期総合戦略 KPI一覧", "基本\n目標", "指標名",
                   "防災訓練の参加者数", "自主防災組織の結成件数", "健康診断の受診率", "地元産品の売上高",
                   "１\n安\n心\nの\nま\nち", "２\n元\n気\nな\nま\nち",
                   "単\n位", "人", "件", "％", "基準値（R1）", "目標値（R7）", "1,850", "42", "51.0", "千円 3,200",
                   "2,400", "48", "60.0", "4,000", "担当課", "危機管理課", "危機管理課", "健康推進課",
                   "商工観光課"]) + "\f"
    observations, indicators = _read(tmp_path, text)
    safe, lively = "1 安心のまち", "2 元気なまち"
    assert {i["kpi_name"]: (i["goal"], i["department"]) for i in indicators} == {
        "防災訓練の参加者数": (safe, "危機管理課"), "自主防災組織の結成件数": (safe, "危機管理課"),
        "健康診断の受診率": (lively, "健康推進課"), "地元産品の売上高": (lively, "商工観光課")}
    assert all(i["goal_uncertain"] for i in indicators)
    assert {(o["kpi_name"], o["role"], Decimal(o["value"]), o["unit"]) for o in observations} == {
        ("防災訓練の参加者数", "baseline", Decimal(1850), "人"), ("防災訓練の参加者数", "target", Decimal(2400), "人"),
        ("自主防災組織の結成件数", "baseline", Decimal(42), "件"),
        ("自主防災組織の結成件数", "target", Decimal(48), "件"),
        ("健康診断の受診率", "baseline", Decimal("51.0"), "%"), ("健康診断の受診率", "target", Decimal("60.0"), "%"),
        ("地元産品の売上高", "baseline", Decimal(3200000), "円"),
        ("地元産品の売上高", "target", Decimal(4000000), "円")}


def test_names_over_rows_labelled_by_role_in_a_kind_column_printed_in_mixed_order(tmp_path: Path):
    """Invented sheet, pdfminer: each name is merged over two rows its 区分 column labels `目標` and `実績`, the years
    across. The names come first, then the first name's rows column by column with each year's header above its
    column's two cells, then the second name's rows one after another, each opened by its label. A label printed
    once for every name is a 区分 cell, not a column header; a year's cells cannot come before its header, so the
    order leaves one placement and nothing is flagged. `―` (not yet measured) gives no value."""
    text = _boxed(["基本目標３\u3000観光で賑わう町をつくる", "指標名", "観光客数", "宿泊者数", "区分", "R4", "目標",
                   "実績", "40万人", "38万人", "R5", "42万人", "43万人", "R6", "45万人", "―",
                   "目標", "1.2万人", "1.3万人", "1.5万人", "実績", "1.1万人", "1.4万人", "―"]) + "\f"
    observations, indicators = _read(tmp_path, text)
    assert {i["kpi_name"]: i["goal"] for i in indicators} == {"観光客数": "3 観光で賑わう町をつくる",
                                                             "宿泊者数": "3 観光で賑わう町をつくる"}
    assert sorted((o["kpi_name"], o["role"], o["period"]) for o in observations if not o["value"]) == [
        ("宿泊者数", "actual", "FY2024"), ("観光客数", "actual", "FY2024")]
    assert {(o["kpi_name"], o["role"], o["period"], Decimal(o["value"])) for o in observations if o["value"]} == {
        ("観光客数", "target", "FY2022", Decimal(400000)), ("観光客数", "actual", "FY2022", Decimal(380000)),
        ("観光客数", "target", "FY2023", Decimal(420000)), ("観光客数", "actual", "FY2023", Decimal(430000)),
        ("観光客数", "target", "FY2024", Decimal(450000)),
        ("宿泊者数", "target", "FY2022", Decimal(12000)), ("宿泊者数", "actual", "FY2022", Decimal(11000)),
        ("宿泊者数", "target", "FY2023", Decimal(13000)), ("宿泊者数", "actual", "FY2023", Decimal(14000)),
        ("宿泊者数", "target", "FY2024", Decimal(15000))}
    assert not any(o["uncertain"] for o in observations)


def test_cells_spread_glyph_by_glyph_are_joined_again(tmp_path: Path):
    """Invented sheet, pdfminer, cells in distributed alignment (`指 標 名`, `担 当 課`, `総 務 課`): pdfminer boxes
    such a cell a glyph a box. The name header's glyphs come one after another, the last boxed with the next header
    (`名 基準値（R2）`); the 担当課 column comes glyph column by glyph column: its first glyphs where they stand (`担`
    alone, each row's after its target value: `80.0% 総`), then the second and third glyph columns after the table,
    header first. Read back: 担当課 over 総務課 and 福祉課."""
    text = _boxed(["基本目標３\u3000安心して暮らせるまちをつくる", "指", "標", "名 基準値（R2）", "目標値（R8）", "担",
                   "防犯灯のLED化率", "特定健診の受診率", "42.0%", "38.5%", "80.0% 総", "50.0% 福",
                   "当", "務", "祉", "課", "課", "課"]) + "\f"
    observations, indicators = _read(tmp_path, text)
    assert {i["kpi_name"]: i["department"] for i in indicators} == {"防犯灯のLED化率": "総務課",
                                                                   "特定健診の受診率": "福祉課"}
    assert {(o["kpi_name"], o["role"], o["period"], Decimal(o["value"])) for o in observations} == {
        ("防犯灯のLED化率", "baseline", "FY2020", Decimal("42.0")),
        ("防犯灯のLED化率", "target", "FY2026", Decimal("80.0")),
        ("特定健診の受診率", "baseline", "FY2020", Decimal("38.5")),
        ("特定健診の受診率", "target", "FY2026", Decimal("50.0"))}


def test_a_department_merged_over_rows_owns_the_rows_under_it_the_open_ones_flagged():
    """A 担当課 column left of the names, each department printed once over its rows (a merged cell): pdfminer boxes
    `総務課` before the names, `福祉課` between them. Placed with that column open: 総務課 on the first row, 福祉課 on
    the third; the second row's department the order leaves open (総務課's, a guess), so that row is flagged."""
    text = _boxed(["担当課", "指標名", "基準値", "目標値", "総務課", "転入者数", "転出者数", "福祉課", "待機児童数",
                   "120人", "95人", "3人", "150人", "80人", "0人"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix() == [["担当課", "指標名", "基準値", "目標値"], ["総務課", "転入者数", "120人", "150人"],
                                   ["総務課", "転出者数", "95人", "80人"], ["福祉課", "待機児童数", "3人", "0人"]]
    assert 2 in table.grid.uncertain_rows and 3 not in table.grid.uncertain_rows


def test_goal_cells_printed_between_their_header_and_the_name_header_share_the_rows():
    """`基本目標`, then one box holding both goals (each opening with its label, wrapped), then the name header:
    the goal column's cells. Which rows each spans the text does not say: shared out in order, flagged."""
    text = (_boxed(["基本目標"]) + _box(["基本目標１　若者が働ける", "まちをつくる", "基本目標２　安心して暮らせる",
                                      "まちをつくる"])
            + _boxed(["数値目標", "基準値（R1）", "目標値（R7）", "従業者数", "転出者数", "3,100 人", "3,400 人",
                      "210 人", "150 人"]))
    [table] = stacked.read_tables(text.splitlines())
    assert [row[0] for row in table.grid.matrix()] == [
        "基本目標", "基本目標１　若者が働ける\nまちをつくる", "基本目標２　安心して暮らせる\nまちをつくる"]
    assert table.grid.goals_guessed


def test_a_reading_with_a_department_for_a_name_gives_way_to_the_full_placement(tmp_path: Path):
    """Two names in one box, their values in one box, each row's target and department boxed on its line: read
    column by column the box of names is one name and `商工課` a second (holes in the grid); the placement of the
    same cells, the boxes cut into lines, fills every row, and wins."""
    text = (_boxed(["指標名"]) + _box(["創業件数", "受講者数"]) + _boxed(["現状値（R5） 目標値（R10）", "担当課"])
            + _box(["14 件", "32 人"]) + "25 件 商工課\n50 人 商工課\n\n")
    observations, _ = _read(tmp_path, text)
    assert _values(observations) == {
        ("創業件数", "baseline", "FY2023"): Decimal(14), ("創業件数", "target", "FY2028"): Decimal(25),
        ("受講者数", "baseline", "FY2023"): Decimal(32), ("受講者数", "target", "FY2028"): Decimal(50)}


def test_an_open_column_may_lack_a_cell():
    """A 単位 column open to empty cells: three names, two units, values; the row without a unit is the one the
    order leaves (`1.41` needs none, the `%` value lies under `％`)."""
    from ingest.table.header import NAME, UNIT, VALUE
    from ingest.text.placed import Printed, fits, place

    cells = [Printed("header", "指標名", 1), Printed("header", "単位", 2), Printed("header", "基準値", 3),
             Printed("text", "出生率", 4), Printed("text", "満足度", 5), Printed("text", "来訪者数", 6),
             Printed("text", "％", 7), Printed("text", "人", 8),
             *(Printed("values", v, 9 + i) for i, v in enumerate(["1.41", "54.8%", "1,200"]))]
    assert place(cells, [NAME, UNIT, VALUE]) is None  # no full grid
    placement = place(cells, [NAME, UNIT, VALUE], open_columns={1: lambda cell: fits(cell, UNIT)})
    assert placement is not None and placement.used == len(cells)
    assert [[cell.text if cell else None for cell in row] for row in placement.rows[1:]] == [
        ["出生率", None, "1.41"], ["満足度", "％", "54.8%"], ["来訪者数", "人", "1,200"]]

#: A names box whose lines open with successive outline letters (`ア` `イ` `ウ`), pdfminer boxing the name column's
#: cells together, then the baselines boxed likewise and each row's target with its department
OUTLINE_LETTERED = (
    "森山村\u3000総合戦略\u3000重要業績評価指標\n\n基本目標１\u3000森の恵みを活かす\n\n指標名\n\n"
    "ア\u3000森林ボランティアの参加者数\nイ\u3000木育講座の開催回数\nウ\u3000間伐の実施面積\n\n"
    "基準値（R4）\n\n目標値（R10）\n\n担当課\n\n"
    "320 人\n12 回\n85 ha\n\n"
    "400 人 林務課\n20 回 林務課\n120 ha 農林課\n\n※基準値は令和４年度の実績です。\n\n"
)


def test_names_opening_with_successive_outline_letters_are_one_row_each(tmp_path: Path):
    # by hand: the three names in order, the baseline box's lines theirs in order, each target line a row's
    observations, indicators = _read(tmp_path, OUTLINE_LETTERED)
    assert _values(observations) == {
        ("森林ボランティアの参加者数", "baseline", "FY2022"): Decimal(320),
        ("森林ボランティアの参加者数", "target", "FY2028"): Decimal(400),
        ("木育講座の開催回数", "baseline", "FY2022"): Decimal(12),
        ("木育講座の開催回数", "target", "FY2028"): Decimal(20),
        ("間伐の実施面積", "baseline", "FY2022"): Decimal(85),
        ("間伐の実施面積", "target", "FY2028"): Decimal(120),
    }
    assert {i["kpi_name"]: i["department"] for i in indicators} == {
        "森林ボランティアの参加者数": "林務課", "木育講座の開催回数": "林務課", "間伐の実施面積": "農林課"}


def test_an_outline_lettered_names_box_is_never_read_as_one_name(tmp_path: Path):
    # the targets' box cannot be cut (one line short): nothing is read rather than one name of three
    text = OUTLINE_LETTERED.replace("120 ha 農林課\n", "")
    observations, _ = _read(tmp_path, text)
    assert not any("イ" in o["kpi_name"] and not o["uncertain"] for o in observations)


#: A sheet in pdfminer's order (the names, the first value column in one box, the other header cells, then each
#: row's target and department in one box): the second baseline's cell prints a bracketed note on its second line
#: (`2,430 人` / `（推計値）`), which the box gives as a line of its own.
NOTE_UNDER_VALUE = _boxed([
    "白樺台町　第２期総合戦略　施策評価シート", "基本目標３　安心して子育てできるまちをつくる",
    "指標名", "現状値（R5）",
    "子育て応援アプリの登録者数", "一時預かり事業の利用者数", "妊婦健診の受診率",
    "1,150 人\n2,430 人\n（推計値）\n94.2%",
    "目標値（R10）", "担当課",
    "2,000 人 子育て支援課", "3,000 人 子育て支援課", "100.0% 健康推進課"])


def test_a_bracketed_note_under_a_value_in_a_column_box_is_the_rest_of_that_cell(tmp_path: Path):
    # by hand: three names, the box's three values theirs in order (the note `（推計値）` under 2,430 人, its
    # cell's second line, no cell of its own), then one target and department a row
    observations, indicators = _read(tmp_path, NOTE_UNDER_VALUE)
    assert _values(observations) == {
        ("子育て応援アプリの登録者数", "baseline", "FY2023"): Decimal(1150),
        ("子育て応援アプリの登録者数", "target", "FY2028"): Decimal(2000),
        ("一時預かり事業の利用者数", "baseline", "FY2023"): Decimal(2430),
        ("一時預かり事業の利用者数", "target", "FY2028"): Decimal(3000),
        ("妊婦健診の受診率", "baseline", "FY2023"): Decimal("94.2"),
        ("妊婦健診の受診率", "target", "FY2028"): Decimal(100),
    }
    assert {(o["kpi_name"], o["role"]): o["note"] for o in observations if o["note"]} == {
        ("一時預かり事業の利用者数", "baseline"): "推計値"}
    assert {i["kpi_name"]: i["department"] for i in indicators} == {
        "子育て応援アプリの登録者数": "子育て支援課", "一時預かり事業の利用者数": "子育て支援課",
        "妊婦健診の受診率": "健康推進課"}


def test_state_words_and_notes_in_a_column_box_after_two_blocks_of_names(tmp_path: Path):
    """A word processor's table as pdfminer boxes it (layouts 160's habit, another village's words): three names,
    their baselines, two more names, a `※` note printed under the table, their baselines, then the whole 実績値
    column in one box with two cells of two lines (`7 人` / `（見込み）`, `集計中` / `（R6.6 公表）`), then each row's
    target and department in one box. Worked out by hand from the table typed: the order alone leaves other
    placements open for the rows counted in 人, which may trade values, so theirs are flagged, but the one taken is
    the table's. The two rows in 万円 every placement keeping one unit a row puts alike: not flagged."""
    text = _boxed([
        "港南台村　総合戦略　効果検証（令和５年度）", "基本目標１　しごとをつくる",
        "指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課",
        "漁業の新規就業者数", "村内事業所の従業者数", "ふるさと納税の寄附額", "4 人", "612 人", "2,480 万円",
        "直売所の年間販売額", "村営温泉の入込客数", "※実績値のうち、見込み値は令和６年３月末時点の数値です。",
        "3,100 万円", "18,400 人",
        "7 人\n（見込み）\n598 人\n3,960 万円\n3,350 万円\n集計中\n（R6.6 公表）",
        "10 人 産業振興課", "650 人 産業振興課", "3,000 万円 総務課", "3,500 万円 産業振興課", "20,000 人 観光課"])
    observations, indicators = _read(tmp_path, text)
    assert _values([o for o in observations if o["value"] is not None]) == {
        ("漁業の新規就業者数", "baseline", "FY2019"): Decimal(4),
        ("漁業の新規就業者数", "actual", "FY2023"): Decimal(7),
        ("漁業の新規就業者数", "target", "FY2025"): Decimal(10),
        ("村内事業所の従業者数", "baseline", "FY2019"): Decimal(612),
        ("村内事業所の従業者数", "actual", "FY2023"): Decimal(598),
        ("村内事業所の従業者数", "target", "FY2025"): Decimal(650),
        ("ふるさと納税の寄附額", "baseline", "FY2019"): Decimal(24800000),
        ("ふるさと納税の寄附額", "actual", "FY2023"): Decimal(39600000),
        ("ふるさと納税の寄附額", "target", "FY2025"): Decimal(30000000),
        ("直売所の年間販売額", "baseline", "FY2019"): Decimal(31000000),
        ("直売所の年間販売額", "actual", "FY2023"): Decimal(33500000),
        ("直売所の年間販売額", "target", "FY2025"): Decimal(35000000),
        ("村営温泉の入込客数", "baseline", "FY2019"): Decimal(18400),
        ("村営温泉の入込客数", "target", "FY2025"): Decimal(20000),
    }
    [pending] = [o for o in observations if o["value"] is None]
    assert (pending["kpi_name"], pending["role"], pending["note"]) == (
        "村営温泉の入込客数", "actual", "pending: 集計中; R6.6 公表")
    assert {(o["kpi_name"], o["role"]): o["note"] for o in observations if o["value"] is not None and o["note"]} \
        == {("漁業の新規就業者数", "actual"): "見込み"}
    assert {o["kpi_name"] for o in observations if not o["uncertain"]} == {"ふるさと納税の寄附額", "直売所の年間販売額"}
    assert {i["kpi_name"]: i["department"] for i in indicators} == {
        "漁業の新規就業者数": "産業振興課", "村内事業所の従業者数": "産業振興課", "ふるさと納税の寄附額": "総務課",
        "直売所の年間販売額": "産業振興課", "村営温泉の入込客数": "観光課"}


def test_a_bracketed_box_of_its_own_after_a_value_is_no_note_of_it():
    # `（参考）` a box apart (a blank line between): no line of the value's cell, the repair leaves the boxes
    text = _boxed(["指標名", "基準値（R5）", "目標値（R10）", "図書館の貸出冊数", "82,000 冊", "（参考）",
                   "90,000 冊"])
    items = stacked._items(text.splitlines())
    cells, owners, roles = stacked._printed(items, 0)
    assert stacked._notes_under_values(stacked._Boxes(cells, owners, roles)) is None
    joined = _boxed(["指標名", "基準値（R5）", "目標値（R10）", "図書館の貸出冊数", "82,000 冊\n（参考）\n90,000 冊"])
    items = stacked._items(joined.splitlines())
    repaired = stacked._notes_under_values(stacked._Boxes(*stacked._printed(items, 0)))
    assert repaired is not None and [cell.text for cell in repaired.cells[-2:]] == ["82,000 冊（参考）", "90,000 冊"]


def test_a_header_row_of_years_and_a_row_of_roles_each_boxed_in_turn_head_one_column_each(tmp_path: Path):
    # layouts 189's habit (another town's words): pdfminer boxes the header's row of years, then its row of roles,
    # then the values column by column; each year goes with the role printed under it
    text = _boxed([
        "基本目標２\u3000子育てを支える", "指標名", "保育所の待機児童数", "子育て講座の参加者数",
        "令和２年度", "令和５年度", "令和８年度", "基準値", "実績値", "目標値",
        "12人", "340人", "5人", "415人", "0人", "500人", "担当課", "こども課", "生涯学習課"])
    observations, indicators = _read(tmp_path, text)
    assert _values(observations) == {
        ("保育所の待機児童数", "baseline", "FY2020"): Decimal(12),
        ("保育所の待機児童数", "actual", "FY2023"): Decimal(5),
        ("保育所の待機児童数", "target", "FY2026"): Decimal(0),
        ("子育て講座の参加者数", "baseline", "FY2020"): Decimal(340),
        ("子育て講座の参加者数", "actual", "FY2023"): Decimal(415),
        ("子育て講座の参加者数", "target", "FY2026"): Decimal(500),
    }
    assert not any(o["uncertain"] for o in observations)
    assert {i["kpi_name"]: i["department"] for i in indicators} == {"保育所の待機児童数": "こども課",
                                                                    "子育て講座の参加者数": "生涯学習課"}


def test_a_first_row_across_then_columns_with_a_trend_column_and_its_legend_after_a_note(tmp_path: Path):
    # layouts 171's habit (another city's words): the first row's values across, the other rows' column by column,
    # a 単位 cell `億円`, a trend arrow column, and the `※` note's legend boxed in pieces after the table: every
    # arrow is its row's trend, never a department, and the legend no column
    text = _boxed([
        "基本目標１\u3000まちを元気にする", "No.", "指標名", "単位", "基準値（R1）", "目標値（R7）", "傾向", "担当課",
        "1 市内の年間商品販売額", "2 創業支援件数", "3 市民農園の利用者数", "億円", "件", "人",
        "1,520", "1,600", "24", "310", "30", "380", "↗", "↘", "→", "商工課", "商工課", "農政課",
        "※", "傾向： 基準値より改善", "↗", "→", "横ばい"])
    observations, indicators = _read(tmp_path, text)
    assert _values(observations) == {
        ("市内の年間商品販売額", "baseline", "FY2019"): Decimal(152000000000),
        ("市内の年間商品販売額", "target", "FY2025"): Decimal(160000000000),
        ("創業支援件数", "baseline", "FY2019"): Decimal(24),
        ("創業支援件数", "target", "FY2025"): Decimal(30),
        ("市民農園の利用者数", "baseline", "FY2019"): Decimal(310),
        ("市民農園の利用者数", "target", "FY2025"): Decimal(380),
    }
    assert {i["kpi_name"]: i["department"] for i in indicators} == {
        "市内の年間商品販売額": "商工課", "創業支援件数": "商工課", "市民農園の利用者数": "農政課"}


def test_a_direction_printed_as_a_verb_stands_in_for_a_value_as_the_bare_direction_does():
    from ingest.text.token_types import RAW, T_STAND_IN, token_type

    # layouts 185 (`増加させる` in a target cell): typed as `増加` is, so no reader takes it for a name or a remark
    assert token_type("増加", RAW) == T_STAND_IN
    assert token_type("減少させる", RAW) == T_STAND_IN
    assert token_type("向上させる", RAW) == T_STAND_IN


def test_a_unit_cell_with_a_large_multiplier_and_a_department_cell_by_what_they_print():
    from ingest.table.header import DEPARTMENT, UNIT
    from ingest.text.placed import TEXT_CELL, Printed, fits, scaled_unit

    assert scaled_unit("億円") and scaled_unit("万人") and scaled_unit("千円")
    assert not scaled_unit("億") and not scaled_unit("観光課")
    assert fits(Printed(TEXT_CELL, "億円", 1), UNIT)
    assert not fits(Printed(TEXT_CELL, "↗", 1), DEPARTMENT)  # a trend arrow is no department
    assert fits(Printed(TEXT_CELL, "観光課", 1), DEPARTMENT) and fits(Printed(TEXT_CELL, "―", 1), DEPARTMENT)


def test_a_baseline_over_year_headers_heads_only_the_first_year():
    # layouts 169's habit: `基準値` over `R1`, `実績値` over `R3` `R4` `R5`, pdfminer printing `基準値` `R1` `R3`
    # `実績値` `R4` …: a baseline is one year's figure, so `R3` is no baseline (a bare year reads as an actual); the
    # band label over them all (`KPIの年度別実績`, a name header's words) printed before any body cell opens no table
    text = _boxed(["指標名", "基準値", "R1", "R3", "KPIの年度別実績", "実績値", "R4", "目標値", "R7", "担当課"])
    items = stacked._items(text.splitlines())
    cells, owners, roles = stacked._printed(items, 0)
    cells, _, _ = stacked._grouped(cells, owners, roles)
    assert [cell.text for cell in cells] == ["指標名", "基準値R1", "R3", "R4", "目標値R7", "担当課"]


def test_names_boxed_with_the_goal_heading_before_their_name_header(tmp_path: Path):
    # layouts 170's habit (another village's words): the second table's names boxed after its goal heading, before
    # its `指標名` header, the values after the header cells
    text = _boxed([
        "基本目標１\u3000しごとをつくる", "指標名", "創業件数", "基準値（R5）", "目標値（R11）", "4 件", "8 件",
        "基本目標２\u3000ひとを呼び込む", "移住者数\n関係人口の登録者数", "指標名", "基準値（R5）", "目標値（R11）",
        "35 人\n120 人", "50 人", "300 人"])
    observations, indicators = _read(tmp_path, text)
    assert _values(observations) == {
        ("創業件数", "baseline", "FY2023"): Decimal(4), ("創業件数", "target", "FY2029"): Decimal(8),
        ("移住者数", "baseline", "FY2023"): Decimal(35), ("移住者数", "target", "FY2029"): Decimal(50),
        ("関係人口の登録者数", "baseline", "FY2023"): Decimal(120),
        ("関係人口の登録者数", "target", "FY2029"): Decimal(300),
    }
    assert {i["kpi_name"]: i["goal"] for i in indicators} == {
        "創業件数": "1 しごとをつくる", "移住者数": "2 ひとを呼び込む", "関係人口の登録者数": "2 ひとを呼び込む"}


def test_a_group_of_columns_printed_in_blocks_then_the_next_column_whole(tmp_path: Path):
    # pdfminer's habit of layouts 169/173 (another town's words): three value columns' first three rows column by
    # column, the wider fourth row across them, then the fourth value column whole; the target and department of
    # each row one box. No one order of rows and columns reads that: the reading whose rows' values lie close
    # together is taken, flagged
    text = _boxed([
        "指標名", "単位", "基準値（R1）", "実績値（R3）", "実績値（R4）", "実績値（R5）", "目標値（R7）", "担当課",
        "図書館の貸出冊数", "特定健診の受診率", "空き家の改修件数", "市民活動団体数", "千冊", "％", "件", "団体",
        "215", "38.5", "6", "230", "40.1", "9", "241", "41.7", "11", "1,120", "1,164", "1,198",
        "252", "43.0", "14", "1,230",
        "280 生涯学習課", "50.0 健康推進課", "20 建築住宅課", "1,300 市民協働課"])
    observations, _ = _read(tmp_path, text)
    values = _values(observations)
    assert [values[("図書館の貸出冊数", "actual", f"FY{year}")] for year in (2021, 2022, 2023)] == [
        Decimal(230000), Decimal(241000), Decimal(252000)]
    assert [values[("特定健診の受診率", "actual", f"FY{year}")] for year in (2021, 2022, 2023)] == [
        Decimal("40.1"), Decimal("41.7"), Decimal("43.0")]
    assert [values[("空き家の改修件数", "actual", f"FY{year}")] for year in (2021, 2022, 2023)] == [
        Decimal(9), Decimal(11), Decimal(14)]
    assert [values[("市民活動団体数", role, period)] for role, period in (
        ("baseline", "FY2019"), ("actual", "FY2021"), ("actual", "FY2022"), ("actual", "FY2023"),
        ("target", "FY2025"))] == [Decimal(1120), Decimal(1164), Decimal(1198), Decimal(1230), Decimal(1300)]
    assert all(o["uncertain"] for o in observations)  # the order alone does not say it


def test_a_bracket_under_a_total_word_printed_after_the_year_beside_it(tmp_path: Path):
    # layouts 173's header (another village's words): `累計` over `（R2～R4）`, pdfminer printing the top line before
    # the year header `R4` beside it and the bracket after it. `R4（R2～R4）` is no header: the bracket is `累計`'s,
    # its column right of `R4`
    text = _boxed([
        "指標名", "単位", "基準値", "（R1）", "R2", "実績値", "R3", "累計", "R4", "（R2～R4）", "目標値", "（R6）",
        "担当課", "観光入込客数", "移住者数", "千人", "人",
        "312", "35", "298", "41", "305", "38", "320", "44", "923", "123", "350 観光課", "60 企画課"])
    observations, _ = _read(tmp_path, text)
    assert {(o["role"], o["period"], o["span"], Decimal(str(o["value"]))) for o in observations
            if o["kpi_name"] == "移住者数"} == {
        ("baseline", "FY2019", None, Decimal(35)), ("actual", "FY2020", None, Decimal(41)),
        ("actual", "FY2021", None, Decimal(38)), ("actual", "FY2022", None, Decimal(44)),
        ("actual", "FY2022", "P3Y", Decimal(123)), ("target", "FY2024", None, Decimal(60))}


def test_names_breaking_down_into_segment_rows_print_no_values_of_their_own(tmp_path: Path):
    # layouts 192's habit (another town's words): `週1回以上運動する人の割合` over `（男性）` / `（女性）` in the name
    # column, values only in the segment rows, one 担当課 cell per name merged over its segment rows; pdfminer
    # prints the seven name-column lines, the header, five rows' values column by column, then three departments
    text = _boxed([
        "指標名", "週1回以上運動する人の割合", "（男性）", "（女性）", "読書が好きな児童生徒の割合", "小学生", "中学生",
        "がん検診の受診率", "基準値（R2）", "目標値（R8）", "担当課",
        "42.0%", "35.5%", "71.3%", "58.8%", "24.6%", "50.0%", "45.0%", "80.0%", "65.0%", "40.0%",
        "スポーツ推進課", "教育総務課", "健康づくり課"])
    observations, indicators = _read(tmp_path, text)
    assert {(o["kpi_name"], o["segment"], o["role"], Decimal(str(o["value"]))) for o in observations} == {
        ("週1回以上運動する人の割合", "男性", "baseline", Decimal("42.0")),
        ("週1回以上運動する人の割合", "女性", "baseline", Decimal("35.5")),
        ("読書が好きな児童生徒の割合", "小学生", "baseline", Decimal("71.3")),
        ("読書が好きな児童生徒の割合", "中学生", "baseline", Decimal("58.8")),
        ("がん検診の受診率", None, "baseline", Decimal("24.6")),
        ("週1回以上運動する人の割合", "男性", "target", Decimal("50.0")),
        ("週1回以上運動する人の割合", "女性", "target", Decimal("45.0")),
        ("読書が好きな児童生徒の割合", "小学生", "target", Decimal("80.0")),
        ("読書が好きな児童生徒の割合", "中学生", "target", Decimal("65.0")),
        ("がん検診の受診率", None, "target", Decimal("40.0")),
    }
    assert {i["kpi_name"]: i["department"] for i in indicators} == {
        "週1回以上運動する人の割合": "スポーツ推進課", "読書が好きな児童生徒の割合": "教育総務課",
        "がん検診の受診率": "健康づくり課"}


def test_the_first_rows_column_by_column_then_the_rest_a_row_at_a_time(tmp_path: Path):
    # layouts 156's habit (another city's words): the first two rows' values printed column by column (`1.42`
    # `610 人` `1.60` `650 人`), the next rows across. A number without a unit is of another unit than `610 人`, so
    # `1.42` beside `610 人` is no row; the rows read as printed, flagged
    text = _boxed([
        "数値目標", "基準値（R1）", "目標値（R7）", "合計特殊出生率", "年間出生数", "市内の従業者数", "転出超過数",
        "1.42", "610 人", "1.60", "650 人", "38,500 人", "40,000 人", "310 人", "200 人"])
    observations, _ = _read(tmp_path, text)
    assert _values(observations) == {
        ("合計特殊出生率", "baseline", "FY2019"): Decimal("1.42"),
        ("合計特殊出生率", "target", "FY2025"): Decimal("1.60"),
        ("年間出生数", "baseline", "FY2019"): Decimal(610), ("年間出生数", "target", "FY2025"): Decimal(650),
        ("市内の従業者数", "baseline", "FY2019"): Decimal(38500),
        ("市内の従業者数", "target", "FY2025"): Decimal(40000),
        ("転出超過数", "baseline", "FY2019"): Decimal(310), ("転出超過数", "target", "FY2025"): Decimal(200)}
    assert all(o["uncertain"] for o in observations)


def test_a_reason_line_opening_with_a_role_word_is_no_header_cell(tmp_path: Path):
    # layouts 188's habit (another city's words): the 見直しの理由 column's cells after the values, one of them
    # opening with `目標` (`目標値を上回ったため` / `上方修正`, one box of two lines): a reason, not a header cell
    text = (_boxed([
        "指標名", "基準値（R2）", "当初目標値", "（R7）", "見直し後目標値", "（R7）", "見直しの理由",
        "ふるさと納税の寄附件数", "2,400件", "3,000件", "学童保育の待機児童数", "12人", "0人", "5,000件", "0人",
        "変更なし"]) + "目標値を上回ったため\n上方修正\n\n")
    observations, indicators = _read(tmp_path, text)
    assert _values(observations) == {
        ("ふるさと納税の寄附件数", "baseline", "FY2020"): Decimal(2400),
        ("ふるさと納税の寄附件数", "target", "FY2025"): Decimal(5000),
        ("学童保育の待機児童数", "baseline", "FY2020"): Decimal(12),
        ("学童保育の待機児童数", "target", "FY2025"): Decimal(0)}
    assert {i["kpi_name"]: i["reason"] for i in indicators} == {
        "ふるさと納税の寄附件数": "変更なし", "学童保育の待機児童数": "目標値を上回ったため 上方修正"}


def test_cells_every_placement_puts_alike_are_no_guess():
    """One placement of several, but not every cell's place open: `10人` `20人` printed right after the first
    name and the header can only be that name's (the rows above a cell are full before it: a staircase), and so
    can `1.38` (the first value after the other two names) and `1.10` (the last); `1.50` and `0.92` are the second
    row's or the third's, as the columns are read down or along. Worked out by hand from the order."""
    from ingest.table.header import NAME, VALUE
    from ingest.text.placed import Printed, place

    cells = [Printed("header", "指標名", 1), Printed("text", "転入者数", 2), Printed("header", "基準値", 3),
             Printed("header", "目標値", 4), Printed("values", "10人", 5), Printed("values", "20人", 6),
             Printed("text", "合計特殊出生率", 7), Printed("text", "有効求人倍率", 8),
             *(Printed("values", v, 9 + i) for i, v in enumerate(["1.38", "1.50", "0.92", "1.10"]))]
    placement = place(cells, [NAME, VALUE, VALUE])
    assert placement is not None and placement.used == len(cells) and placement.ambiguous
    assert {cell.text for cell in cells if id(cell) in placement.open_cells} == {"1.50", "0.92"}


def test_rows_of_cells_every_placement_puts_alike_are_not_flagged():
    """The names, the header, then the values, one box each (a pdfminer text, `_boxed`): read column by column the
    first row would print `10人` beside a bare `1.50`, so the cells are placed by their order. `10人` `20人` are the
    first row's in every placement with no row mixing units, and `1.38` the second row's first value; the other
    values the order leaves open. Only the second and third rows are in doubt (worked out by hand)."""
    text = _boxed(["指標名", "転入者数", "合計特殊出生率", "有効求人倍率", "基準値", "目標値", "10人", "20人",
                   "1.38", "1.50", "0.92", "1.10"])
    [table] = stacked.read_tables(text.splitlines())
    assert table.grid.matrix()[1] == ["転入者数", "10人", "20人"]
    assert not table.grid.uncertain and table.grid.uncertain_rows == {2, 3}


def test_a_direction_columns_legend_under_the_rows_is_no_cell_of_the_last_row():
    """A pypdfium2 text (a row a line, one space apart) of a table whose direction arrows the tool dropped, the
    column's legend under it (`方向　↑：…　↓：…`: the header word, then each mark with its meaning). Read as the last
    row's fifth cell it made that row full and put both rows' departments under 方向, the legend under 担当課. It
    is an aside: each row's four cells are its name, two values and its department (the arrow column, empty in
    every row, is not kept, as without the legend)."""
    lines = ["指標名 現状値（R2） 目標値（R8） 方向 担当課", "転入者数 1,200人 1,500人 企画課",
             "観光客数 30万人 40万人 観光課", "方向\u3000↑：数値の増加をめざす\u3000↓：数値の減少をめざす"]
    (table,) = stacked.read_tables(lines)
    assert table.grid.matrix() == [["指標名", "現状値（R2）", "目標値（R8）", "担当課"],
                                   ["転入者数", "1,200人", "1,500人", "企画課"],
                                   ["観光客数", "30万人", "40万人", "観光課"]]


def test_a_year_columns_cells_boxed_under_its_header_are_no_header_cells(tmp_path: Path):
    # layouts 199's habit (another village's words): each column a text box with its header on top; the years under
    # `基準年度` are that column's cells, not value headers, and each value is boxed with the target year beside it
    boxes = [["若葉村　第２期総合戦略　数値目標"], ["基本目標１　村に仕事をつくる"], ["指標名"],
             ["新規就農者数", "創業件数"], ["基準年度", "令和２年度", "2019 年度"], ["基準値"],
             ["目標年度", "6 人 令和８年度", "12 件 2026 年度"], ["目標値"], ["担当課", "15 人 農政課", "20 件 商工課"]]
    observations, _ = _read(tmp_path, "".join("\n".join(box) + "\n\n" for box in boxes))
    assert _values(observations) == {
        ("新規就農者数", "baseline", "FY2020"): Decimal(6), ("新規就農者数", "target", "FY2026"): Decimal(15),
        ("創業件数", "baseline", "FY2019"): Decimal(12), ("創業件数", "target", "FY2026"): Decimal(20)}
    assert not any(o["uncertain"] for o in observations)


def test_a_unit_column_after_every_value_column_under_no_header(tmp_path: Path):
    # layouts 186's habit (another town's words): a narrow unit column after each value column, no header over it;
    # pdfminer prints each unit apart or boxed with the next column's cell (`万人 2.6`, `万人 観光課`). Each unit is
    # the value's on its left: 2.1万人 baseline, 2.6万人 target; the second row's units are `件`
    text = _boxed(["指標名", "基準値（R1）", "目標値（R7）", "担当課", "観光入込客数", "移住相談件数",
                   "2.1", "万人 2.6", "万人 観光課", "48", "件", "60", "件", "企画課"])
    observations, indicators = _read(tmp_path, text)
    assert _values(observations) == {
        ("観光入込客数", "baseline", "FY2019"): Decimal(21000), ("観光入込客数", "target", "FY2025"): Decimal(26000),
        ("移住相談件数", "baseline", "FY2019"): Decimal(48), ("移住相談件数", "target", "FY2025"): Decimal(60)}
    assert {o["unit"] for o in observations} == {"人", "件"}
    assert {i["kpi_name"]: i["department"] for i in indicators} == {"観光入込客数": "観光課", "移住相談件数": "企画課"}


def test_columns_right_of_the_values_printed_whole_before_the_rows(tmp_path: Path):
    # layouts 187's habit (another town's words): after the first row, the 評価 column's scores (`3` `2` `4`) and the
    # 担当課 column printed whole, then the other rows; the scores are the 評価 column's cells, no values
    text = _boxed([
        "指標名", "転入者数", "基準値（R1）", "目標値（R7）", "評価", "担当課", "820人", "900人", "3", "2", "4",
        "企画課", "企画課", "観光課", "移住相談件数", "45件", "60件", "観光入込客数", "12万人", "15万人"])
    observations, indicators = _read(tmp_path, text)
    assert _values(observations) == {
        ("転入者数", "baseline", "FY2019"): Decimal(820), ("転入者数", "target", "FY2025"): Decimal(900),
        ("移住相談件数", "baseline", "FY2019"): Decimal(45), ("移住相談件数", "target", "FY2025"): Decimal(60),
        ("観光入込客数", "baseline", "FY2019"): Decimal(120000), ("観光入込客数", "target", "FY2025"): Decimal(150000)}
    assert {i["kpi_name"]: i["department"] for i in indicators} == {
        "転入者数": "企画課", "移住相談件数": "企画課", "観光入込客数": "観光課"}


def test_bare_values_after_a_first_row_read_across_are_placed(tmp_path: Path):
    # layouts 206's habit (another town's words): the unit in the value headers, the first row across, then the
    # other rows' names and their bare values column by column (`30` `5` `42` `7`): values left after a partial
    # reading, though a bare number alone could be a page number
    text = _boxed(["指標名", "転入者数", "基準値（人）", "目標値（人）", "令和元年度", "令和７年度", "900", "1,000",
                   "移住者数", "定住者数", "30", "5", "42", "7"])
    observations, _ = _read(tmp_path, text)
    assert _values(observations) == {
        ("転入者数", "baseline", "FY2019"): Decimal(900), ("転入者数", "target", "FY2025"): Decimal(1000),
        ("移住者数", "baseline", "FY2019"): Decimal(30), ("移住者数", "target", "FY2025"): Decimal(42),
        ("定住者数", "baseline", "FY2019"): Decimal(5), ("定住者数", "target", "FY2025"): Decimal(7)}


def test_rows_over_a_page_break_under_a_continued_caption_are_placed(tmp_path: Path):
    # layouts 207's habit (another city's words): page 2 restates the caption `（続き）` and prints its names, then
    # each row across, without the header: the same columns continue
    text = _boxed(["表１\u3000重要業績評価指標（KPI）", "指標名", "基準値（R1）", "目標値（R7）", "担当課",
                   "転入者数", "出生数", "820人", "310人", "900人", "350人", "企画課", "子育て支援課", "- 1 -"]) \
        + "\f" + _boxed(["表１\u3000重要業績評価指標（KPI）（続き）", "観光入込客数", "宿泊者数", "12万人", "15万人",
                          "観光課", "3,400人", "4,000人", "観光課", "- 2 -"])
    observations, indicators = _read(tmp_path, text)
    assert _values(observations) == {
        ("転入者数", "baseline", "FY2019"): Decimal(820), ("転入者数", "target", "FY2025"): Decimal(900),
        ("出生数", "baseline", "FY2019"): Decimal(310), ("出生数", "target", "FY2025"): Decimal(350),
        ("観光入込客数", "baseline", "FY2019"): Decimal(120000), ("観光入込客数", "target", "FY2025"): Decimal(150000),
        ("宿泊者数", "baseline", "FY2019"): Decimal(3400), ("宿泊者数", "target", "FY2025"): Decimal(4000)}
    assert {i["kpi_name"]: i["department"] for i in indicators}["宿泊者数"] == "観光課"


def test_departments_of_rows_printed_after_the_last_row_go_back_to_their_rows():
    # layouts 268's habit (another town's words): rows printed one after another, the last two rows' 担当課 cells
    # boxed together under the last row (`建設課` / `財政課`): each row takes its own, in order
    text = _boxed(["指標名", "基準値（R5）", "目標値（R11）", "担当課", "特定健診の受診率", "45.2%", "60.0%",
                   "健康福祉課", "町道の補修延長", "3.5km", "12km", "公共施設の改修件数", "3件", "5件", "建設課",
                   "財政課"])
    [table] = stacked.read_tables(text.splitlines())
    assert [row[-1] for row in table.grid.matrix()[1:]] == ["健康福祉課", "建設課", "財政課"]


def test_a_department_run_of_another_count_after_the_rows_stays_unread():
    # the same, one cell too many after the last row: no order places them, the rows keep what they printed
    text = _boxed(["指標名", "基準値（R5）", "目標値（R11）", "担当課", "特定健診の受診率", "45.2%", "60.0%",
                   "健康福祉課", "町道の補修延長", "3.5km", "12km", "公共施設の改修件数", "3件", "5件", "建設課",
                   "財政課", "総務課"])
    tables = stacked.read_tables(text.splitlines())
    assert all(row[-1] != "財政課" for table in tables for row in table.grid.matrix())


def test_a_note_label_boxed_under_the_last_department_is_no_part_of_it():
    # layouts 242's habit (another city's words): the notes under the table open with a label box of their own,
    # `（注）`, right after the last row's 担当課 cell: an aside, not that cell's bracketed rest
    # the first value column down, then each row's other cells across: placed by their order
    text = _boxed(["指標名", "転入者数", "出生数", "婚姻件数", "基準値（R1）", "目標値（R7）", "担当課", "820人",
                   "310人", "120件", "900人", "企画課", "350人", "子育て支援課", "140件", "市民課", "（注）",
                   "※1 住民基本台帳による。"])
    [table] = stacked.read_tables(text.splitlines())
    assert [row[-1] for row in table.grid.matrix()[1:]] == ["企画課", "子育て支援課", "市民課"]


def test_a_new_indicators_word_before_a_value_is_its_value_cell(tmp_path: Path):
    # layouts 277's habit (another village's words): `新規` printed for a new indicator's baseline, boxed down the
    # 基準値 column of two rows printed together and across the last row: the value column's cell, no name
    text = _boxed(["指標名", "基準値（R5）", "目標値（R11）", "担当課", "移住者数", "空き家の活用件数", "12人", "新規",
                   "20人", "8件", "企画課", "企画課", "体験ツアーの参加者数", "新規", "300人", "観光課"])
    observations, indicators = _read(tmp_path, text)
    assert {(o["kpi_name"], o["role"]): None if o["value"] is None or o["value"] != o["value"] else Decimal(
        str(o["value"])) for o in observations} == {
        ("移住者数", "baseline"): Decimal(12), ("移住者数", "target"): Decimal(20),
        ("空き家の活用件数", "baseline"): None, ("空き家の活用件数", "target"): Decimal(8),
        ("体験ツアーの参加者数", "baseline"): None, ("体験ツアーの参加者数", "target"): Decimal(300)}
    assert not any(o["uncertain"] for o in observations)
    assert {i["kpi_name"]: i["department"] for i in indicators}["体験ツアーの参加者数"] == "観光課"
