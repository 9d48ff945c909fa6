"""The one-cell-per-line reader (ingest/text/cells.py) on small hand-made documents.

Every expectation below was written from the document text by hand: which line is which cell of which row.
"""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.text.cells import read_tables


def _matrix(text: str) -> list[list[list[str]]]:
    return [table.grid.matrix() for table in read_tables(text.splitlines())]


FORM = """様式第１号
担当課
企画課
指標名
基準値
（令和元年度）
目標値
（令和６年度）
転入者数
1,200人
1,500人
（見込み）
子育て支援・
相談件数
―
80件
委員会の意見
順調である。
"""


def test_form_rows_cut_at_the_header_width_with_wrapped_name_placeholder_and_form_field():
    [grid] = _matrix(FORM)
    assert grid == [
        ["指標名", "基準値\n（令和元年度）", "目標値\n（令和６年度）", "担当課"],
        ["転入者数", "1,200人", "1,500人\n（見込み）", "企画課"],
        ["子育て支援・相談件数", "―", "80件", "企画課"],
    ]


def test_form_table_ends_at_prose_and_keeps_lines():
    [table] = read_tables(FORM.splitlines())
    assert (table.first, table.last) == (3, 15)  # 指標名 … 80件 (0-based lines)
    assert not table.grid.in_doubt
    assert table.grid.cell_at(2, 0).line == 13  # the wrapped name starts on line 13


RAW_PAGE = """1 まちの活力
数値目標
指標名
令和4年度
実績値
目標値
（令和6年度）
進捗状況
新規就農者数 12 人 15 人 順調
観光客数
258万人
(令和3年)
300万人
遅れ
数値目標
指標名
令和4年度
実績値
目標値
（令和6年度）
進捗状況
空き家バンク成約件数 9件 20件 順調
"""


def test_raw_page_rows_on_one_line_or_one_fragment_per_line_repeated_header_skipped():
    grids = _matrix(RAW_PAGE)
    assert grids[0] == [
        ["指標名", "令和4年度\n実績値", "目標値\n（令和6年度）", "進捗状況"],
        ["新規就農者数", "12人", "15人", "順調"],
        ["観光客数", "258万人\n(令和3年)", "300万人", "遅れ"],
    ]
    # the caption `数値目標` ends the first table; the second has the same columns
    assert grids[1][1:] == [["空き家バンク成約件数", "9件", "20件", "順調"]]


def test_a_cell_printed_as_nothing_makes_its_row_uncertain():
    text = "指標名\n基準値\n目標値\n図書館利用者数\n5,000人\n公園の数\n3か所\n5か所\n"
    [table] = read_tables(text.splitlines())
    assert table.grid.matrix()[1] == ["図書館利用者数", "5,000人", ""]
    assert table.grid.matrix()[2] == ["公園の数", "3か所", "5か所"]
    assert table.grid.uncertain_rows == {1} and not table.grid.uncertain  # that row's guess, not the next row's



def test_a_line_of_bare_periods_under_the_header_makes_the_grid_uncertain():
    # `実績値` spans four year columns whose years print on the next line: which column the one value heads is not
    # seen one cell per line, so the reading is flagged; a certain table stays certain
    text = "指標名\n実績値\n達成率 評価\nR2 R3 R4 R5\n市内企業への新規就職者数 85.0% B\n"
    tables = read_tables(text.splitlines())
    assert tables and all(table.grid.uncertain for table in tables)
    assert not read_tables("指標名\n基準値\n目標値\n図書館利用者数\n5,000人\n6,000人\n".splitlines())[0].grid.uncertain


def test_remarks_of_a_row_broken_by_a_page_break_go_to_its_values():
    # the row's cells print a value and, on their second line, the value's own year; the page broke between the
    # two lines: as many bracketed remarks as values, alone on the new page's first line, are theirs in order
    text = ("指標名\n現状値\n（令和5年度）\n目標値\n（令和11年度）\n備考\n"
            "製造業の従業者数 12,400 人 13,000 人\n\n（令和３年） （令和９年）\n")
    [table] = read_tables(text.splitlines())
    assert table.grid.matrix()[1] == ["製造業の従業者数", "12,400人\n（令和３年）", "13,000人\n（令和９年）", ""]
    assert table.last == 8
    # one remark for two values is no such line: the table ends at the page break
    [table] = read_tables(text.replace("（令和３年） （令和９年）", "（令和３年）").splitlines())
    assert table.last == 6


def test_a_name_wrapped_without_a_mark_after_an_unfinished_remark_is_a_guess():
    # `…防災計` does not end a sentence: `画を策定した件数` may be its last line or the first of the next name
    text = ("指標名\n現状値\n目標値\n備考\n"
            "避難訓練の実施回数 1 回 3 回\n地域の住民が自ら備える防災計\n画を策定した件数\n"
            "空き巣の認知件数 120 件 90 件 警察の統計による件数\n")
    [table] = read_tables(text.splitlines())
    assert table.grid.uncertain_rows == {1, 2} and not table.grid.uncertain  # the remark's row and the next name's
    # the same rows after a remark that ends a sentence are certain
    [table] = read_tables(text.replace("防災計\n画を策定した件数", "防災計画の件数。\n").splitlines())
    assert not table.grid.in_doubt
    # nor after a whole progress label, which ends its cell (`順調に進捗` / `空き家バンクの成約件` / `数 …`)
    progress = ("指標名\n現状値\n目標値\n進捗状況\n避難訓練の実施回数 1 回 3 回\n順調に進捗\n"
                "空き家バンクの成約件\n数 12 件 20 件 概ね順調に進捗\n")
    [table] = read_tables(progress.splitlines())
    assert table.grid.matrix()[2][0] == "空き家バンクの成約件数"
    assert not table.grid.in_doubt


YEAR_MAJOR = """■基準値（2020年度）
図書館利用者数
5,000人
公園の数
3か所

■目標値（2025年度）
図書館利用者数
6,500人
公園の数
5か所
"""


def test_year_major_blocks_become_one_column_per_block():
    [grid] = _matrix(YEAR_MAJOR)
    assert grid == [
        ["", "■基準値（2020年度）", "■目標値（2025年度）"],
        ["図書館利用者数", "5,000人", "6,500人"],
        ["公園の数", "3か所", "5か所"],
    ]


def test_year_major_blocks_with_different_names_are_no_table():
    text = "■基準値（2020年度）\n図書館利用者数\n5,000人\n\n■目標値（2025年度）\n公園の数\n5か所\n"
    assert read_tables(text.splitlines()) == []


def test_form_read_end_to_end_with_department_from_the_form_field(tmp_path: Path):
    path = tmp_path / "form.txt"
    path.write_text(FORM, encoding="utf-8")
    extraction = extract(load(path))
    rows = {row.name: row for row in extraction.rows}
    assert set(rows) == {"転入者数", "子育て支援・相談件数"}
    assert rows["転入者数"].department == "企画課"
    assert [(c.header, c.text) for c in rows["転入者数"].cells] == [
        ("基準値\n（令和元年度）", "1,200人"), ("目標値\n（令和６年度）", "1,500人\n（見込み）")]
    assert rows["子育て支援・相談件数"].cells[0].ref.line == 15  # `―` on line 15


TRAILING = """指標名
基準値
目標値
進捗状況 進捗が遅れている理由
転入者数 1,200 人 1,500 人 進捗の遅れ
転出超過が続いたた
め。
- 3 -
公園の数 3か所 5か所 順調
※基準値は令和元年度の値。
"""


def test_trailing_text_columns_take_wrapped_reasons_up_to_the_next_row_note_ends_the_table():
    [table] = read_tables(TRAILING.splitlines())
    assert table.grid.matrix()[1:] == [
        ["転入者数", "1,200人", "1,500人", "進捗の遅れ", "転出超過が続いたため。"],
        ["公園の数", "3か所", "5か所", "順調", ""],
    ]
    assert table.last == 8  # the `※` note (line 10) is left to the interpreter as a note under the table


SEGMENTS = """指標名
現状値
目標値
就職説明会の参加者数
144人
200人
英語が楽しい児童・
生徒の割合
小学校 88.7%
中学校 82.8%
小学校 90.0%
中学校 85.0%
"""


def test_segment_lines_stay_in_their_value_cell_and_a_name_above_a_value_is_no_header():
    [grid] = _matrix(SEGMENTS)
    assert grid == [
        ["指標名", "現状値", "目標値"],
        ["就職説明会の参加者数", "144人", "200人"],  # `説明` is a note header word, but a value follows the line
        ["英語が楽しい児童・生徒の割合", "小学校 88.7%\n中学校 82.8%", "小学校 90.0%\n中学校 85.0%"],
    ]


def test_segment_labels_glued_to_their_values_stay_in_their_value_cell():
    # `pdftotext -raw` prints a cell's segment lines without the space (`中学校82.8%`), a year and a `※` note under
    # them: one cell per value column still, never one segment a column
    glued = SEGMENTS.replace("小学校 ", "小学校").replace("中学校 ", "中学校")
    assert _matrix(glued)[0][2][1:] == ["小学校88.7%\n中学校82.8%", "小学校90.0%\n中学校85.0%"]
    health = ("指標名\n基準値\n目標値\n健康寿命\n男性77.41歳\n女性79.89歳\n（令和元年）\n※変更前\n"
              "男性79.4歳\n女性84.0歳\n")
    assert _matrix(health)[0][1] == [
        "健康寿命", "男性77.41歳\n女性79.89歳\n（令和元年）\n※変更前", "男性79.4歳\n女性84.0歳"]


EXPLAINED = """指標名
現状値
（令和5年度）
目標値
（令和11年度）
解説・算出方法など
従業者数 98,564人 98,600人 経済センサスにおいて公表され
ている市内の民営事業所の従業者数
有効求人倍率 1.45倍 1.20倍 求職者数に対する求人数の割合
指標名
現状値
（令和5年度）
目標値
（令和11年度）
解説・算出方法など
セミナー等の講座
開催数
− 10件 講座の開催数
"""


def test_a_line_opening_with_a_particle_goes_on_with_the_text_above():
    grids = _matrix(EXPLAINED)
    assert grids[0][1:] == [
        ["従業者数", "98,564人", "98,600人", "経済センサスにおいて公表されている市内の民営事業所の従業者数"],
        ["有効求人倍率", "1.45倍", "1.20倍", "求職者数に対する求人数の割合"],
    ]


def test_the_same_header_without_a_page_break_starts_a_table_of_its_own():
    # a header printed again after a page break goes on with the table (TRAILING above); without one, the lines
    # under it are the next table's first row, not the tail of the row before
    grids = _matrix(EXPLAINED)
    assert len(grids) == 2
    assert grids[1][1:] == [["セミナー等の講座開催数", "−", "10件", "講座の開催数"]]


def test_a_note_line_under_a_value_that_refers_to_it_is_no_remark_of_the_cell():
    text = ("指標名\n現状値\n目標値\n会員登録数 828人 700人(※)\n"
            "[※]現状値からは減少しているが、実績から増加させるもの。\n公園の数\n3か所\n5か所\n※変更前\n")
    [table] = read_tables(text.splitlines())
    assert table.grid.matrix()[1:] == [["会員登録数", "828人", "700人(※)"]]  # the note is left under the table
    [table] = read_tables(text.splitlines()[:3] + text.splitlines()[5:])
    assert table.grid.matrix()[1:] == [["公園の数", "3か所", "5か所\n※変更前"]]  # a remark without reference stays


def test_a_number_before_a_unit_alone_is_a_value_not_a_bare_goal_heading():
    # `187 事業所` (a value whose counter the text layer printed apart) was read as a heading like `1 しごとの創生`,
    # which ended the table before its first value
    from ingest.table.context import goal_level

    assert goal_level("187 事業所") is None
    assert goal_level("1 しごとの創生") == 0
    text = ("指標名\n現状値\n（令和元年度）\n目標値\n（令和9年度）\n"
            "町内の事業所数\n187 事業所\n(平成 29 年)\n195 事業所\n")
    [table] = read_tables(text.splitlines())
    assert table.grid.matrix()[1] == ["町内の事業所数", "187事業所\n(平成 29 年)", "195事業所"]


def test_period_lines_under_a_line_of_several_header_words_make_the_grid_uncertain():
    # a single-space layer (pdfplumber) of a header whose cells print over several lines centred on their row:
    # `現状値` over the middle line, `（令和５年度）` / `（令和１１年度）` under it; one cell per line cannot tell which
    # word each period dates (here the two periods would both go to the last word, the values to the wrong
    # columns), so the reading is flagged and a reader that places the band's lines may take the table
    text = "\n".join(["計画最終年度", "現状値", "区分 指標名 目標値 解説・算出方法など", "（令和５年度）",
                      "（令和１１年度）",
                      "指標 市営駐輪場の利用者数 1,210人 1,500人 関連事業: 駐輪場管理事業"])
    tables = read_tables(text.splitlines())
    assert tables and all(table.grid.uncertain for table in tables)
    # the same words one header cell per line, each period under its own word, stay certain
    text = "\n".join(["指標名", "現状値", "（令和５年度）", "目標値", "（令和１１年度）",
                      "市営駐輪場の利用者数", "1,210人", "1,500人"])
    [table] = read_tables(text.splitlines())
    assert table.grid.matrix() == [["指標名", "現状値\n（令和５年度）", "目標値\n（令和１１年度）"],
                                   ["市営駐輪場の利用者数", "1,210人", "1,500人"]]
    assert not table.grid.uncertain


def test_a_period_under_a_line_of_one_header_word_dates_that_word():
    # one cell per line (`pdftotext -raw`): the words of the first header cells share a line, but each period
    # prints under its own one-word line: no period is in doubt, so no row is flagged
    text = "\n".join(["基本目標 区分 指標名", "現状値", "（令和５年度）", "目標値", "（令和１１年度）",
                      "解説・算出方法など",
                      "まちの活力プロジェクト 指標 市営駐輪場の利用者数 1,210人 1,500人 駐輪場の年間利用者",
                      "指標 図書館の貸出冊数 52万冊 60万冊 年間の貸出冊数"])
    [table] = read_tables(text.splitlines())
    assert table.grid.matrix()[1] == ["まちの活力プロジェクト", "指標", "市営駐輪場の利用者数", "1,210人", "1,500人",
                                      "駐輪場の年間利用者"]
    assert not table.grid.in_doubt
    # the same period right under the line of several words: which word it dates is a guess
    centred = text.replace("基本目標 区分 指標名\n現状値", "現状値\n基本目標 区分 指標名")
    assert all(table.grid.uncertain for table in read_tables(centred.splitlines()))
    # a bare period right under it dates the word under the period (`令和５年度` / `実績値`), as one cell per line
    # prints it: no guess
    bare = text.replace("基本目標 区分 指標名\n現状値\n（令和５年度）", "基本目標 区分 指標名\n令和５年度\n実績値")
    [table] = read_tables(bare.splitlines())
    assert table.grid.matrix()[0][3] == "令和５年度\n実績値" and not table.grid.in_doubt


def test_a_value_left_over_after_the_value_cells_makes_its_row_uncertain():
    # the row prints more values than the table has value columns, so which are its values is a guess; the row
    # above stays certain
    text = "\n".join(["区分 指標名", "現状値", "目標値", "解説・算出方法など",
                      "指標 図書館の貸出冊数 52万冊 60万冊 年間の貸出冊数",
                      "指標 公園の面積 10.14ha 10.49ha 12.0ha 市民一人あたり"])
    [table] = read_tables(text.splitlines())
    assert table.grid.uncertain_rows == {2} and not table.grid.uncertain
    # an area's exponent printed apart (`ｍ 2`) is no value left over: it stays with its value, and nothing is in doubt
    squared = text.replace("10.14ha 10.49ha 12.0ha", "10.14 ｍ 2 10.49 ｍ 2")
    [table] = read_tables(squared.splitlines())
    assert table.grid.matrix()[2][2:4] == ["10.14ｍ 2", "10.49ｍ 2"] and not table.grid.in_doubt


def test_a_number_printed_apart_inside_a_sheet_name_makes_its_row_uncertain(tmp_path: Path):
    # `がんの 75 歳未満…`: after a particle, whether the space before the number is the document's or the text
    # layer's (an office program's gap between Asian and Western text) the text does not tell (after a kanji,
    # `週 1 回`, clean_name folds it: a number binds to the word before it)
    text = "\n".join(["区分 指標名", "現状値", "目標値", "解説・算出方法など",
                      "指標 図書館の貸出冊数 52万冊 60万冊 年間の貸出冊数",
                      "指標 検診を受けた 40 歳以上の人の割合 40% 50% 市民アンケート"])
    [table] = read_tables(text.splitlines())
    # the number before its counter stays in the name, on a grid marked autospaced (pdftotext's spacing)
    assert table.grid.matrix()[2][1] == "検診を受けた 40 歳以上の人の割合" and table.grid.autospaced
    # so the pipeline flags that row's values, and only that row's
    path = tmp_path / "layer.txt"
    path.write_text(text, encoding="utf-8")
    flags = {row.name: {cell.uncertain for cell in row.cells} for row in extract(load(path)).rows}
    assert flags == {"図書館の貸出冊数": {False}, "検診を受けた 40 歳以上の人の割合": {True}}


POLICY_HEADING_SPACED = """指標名
現状値
（令和５年度）
目標値
（令和11年度）
解説・算出方法など
英語の学習が楽しいと感じている児童の割合 87.1％ 90.0％
重点施策 1-2 方針 4 関係:グローバル人材の育成
指標名
現状値
（令和５年度）
目標値
（令和11年度）
解説・算出方法など
翻訳数 147 枚 230 枚
"""


def test_a_policy_heading_whose_number_is_printed_apart_is_no_row():
    # LibreOffice's gap between `方針` and `4` printed as a space: `4` is the heading's number, not a value of a row
    # named `重点施策 1-2 方針`; the heading ends the table above it and the table below starts afresh
    grids = _matrix(POLICY_HEADING_SPACED)
    assert [row[:3] for grid in grids for row in grid[1:]] == [
        ["英語の学習が楽しいと感じている児童の割合", "87.1％", "90.0％"],
        ["翻訳数", "147枚", "230枚"],
    ]


COUNTER_APART = """指標名
現状値
（令和５年度）
目標値
（令和11年度）
解説・算出方法など
年少人口
26,186 人
23,914 人
15 歳未満の人口
がんの 75 歳未満年齢調整死亡率
64.7
58.4
"""


def test_a_number_printed_apart_from_its_counter_inside_text_is_no_value():
    # `15 歳未満の人口` is the remark of the row above, `がんの 75 歳未満…` a name: `15歳`, `75歳` are values, the text
    # they open is none; the name's space before the number is kept as printed (the text cannot say whether the
    # document printed it) and flags the row
    [table] = read_tables(COUNTER_APART.splitlines())
    assert table.grid.matrix()[1:] == [
        ["年少人口", "26,186人", "23,914人", "15 歳未満の人口"],
        ["がんの 75 歳未満年齢調整死亡率", "64.7", "58.4", ""],
    ]
    assert table.grid.autospaced


def test_an_area_exponent_printed_apart_stays_with_its_value():
    # `24.26 ｋｍ 2`: LibreOffice's `ｋｍ２` with the exponent drawn as a superscript, which pdftotext prints apart:
    # one value 24.26 km², not the values 24.26 km and 2
    [table] = read_tables("""基本目標 具体的な施策 区分 指標名
現状値
（令和５年度）
目標値
（令和11年度）
1 まちの基盤
成果指標 地籍調査完了面積(累計) 24.26 ｋｍ 2 26.06 ｋｍ 2
""".splitlines())
    assert table.grid.matrix()[-1][-2:] == ["24.26ｋｍ 2", "26.06ｋｍ 2"]


TRAILING_LABELS = """指標名
基準値
（令和元年度）
目標値
（令和６年度）
担当課
進捗状況
進捗が遅れている理由
新規求人数
1,486件
1,587件
商工労働課 進捗の遅れ
コロナ禍で求人が
減ったため。
転入者数
1,200人
1,500人
スポーツ振
興課
概ね順調に
進捗
"""


def test_a_progress_label_is_its_own_cell_joined_or_on_the_department_line():
    """`pdftotext -raw` prints the department and the progress label on one line, wraps the label (`概ね順調に` /
    `進捗`) and the department (`スポーツ振` / `興課`): the label is the progress cell, the reason starts after it."""
    [grid] = _matrix(TRAILING_LABELS)
    assert grid[1:] == [
        ["新規求人数", "1,486件", "1,587件", "商工労働課", "進捗の遅れ", "コロナ禍で求人が減ったため。"],
        ["転入者数", "1,200人", "1,500人", "スポーツ振興課", "概ね順調に進捗", ""],
    ]


NAMES_BROKEN_AFTER_LABELS = """指標名
基準値
（令和元年度）
目標値
（令和６年度）
担当課
進捗状況
進捗が遅れている理由
自分の地域を誇りに思う児童の割合 85.2% 90.0% 学校教育課 順調に進捗
高等教育機関との連携
による公開講座
参加者数
248人 475人 生涯学習課 進捗の遅れ
コロナ禍で減少したため。
伊勢崎市で今後も子育てしたいと思
う割
合
72.5% 77.3% 健康づくり課 順調に進捗
出生数
1,702人
令和6年3月の 改訂に伴い
変更
企画調整課 進捗の遅れ
未婚化が進行したため。
"""


def test_a_name_wrapped_after_a_row_ending_in_its_progress_label():
    """After a row whose department and label close its values line, the lines before the next values are the next
    row's name: a line opening with a particle (`による公開講座`) or one or two characters ending no sentence
    (`う割` / `合`) goes on with the line above as after a mark. A text printed in a value cell ends at the line of
    the department and the label (`企画調整課 進捗の遅れ`). No row is in doubt."""
    [table] = read_tables(NAMES_BROKEN_AFTER_LABELS.splitlines())
    grid = table.grid.matrix()
    assert [row[0] for row in grid[1:]] == [
        "自分の地域を誇りに思う児童の割合", "高等教育機関との連携による公開講座参加者数",
        "伊勢崎市で今後も子育てしたいと思う割合", "出生数"]
    assert grid[1][3:] == ["学校教育課", "順調に進捗", ""]
    assert grid[4][1:] == [
        "1,702人", "令和6年3月の 改訂に伴い変更", "企画調整課", "進捗の遅れ", "未婚化が進行したため。"]
    assert not table.grid.in_doubt


DEFINITIONS_BEFORE_NAMES = """指標名
基準値
（令和元年度）
目標値
（令和８年度）
解説・算出方法など
従業者数
98,564人
98,600人
経済センサス活動調査において公表され
ている市内の民営事業所の従業者数
有効求人倍率 1.45倍 1.20倍
求職者数に対する求人数の割合
"""


def test_a_definition_running_on_over_a_particle_stays_out_of_the_next_name():
    """Without a progress column the lines after a row's values are its text column's (`…公表され` / `ている…`):
    a line opening with a particle joins no name there (`_Cutter.goes_on` is narrow)."""
    [grid] = _matrix(DEFINITIONS_BEFORE_NAMES)
    assert [row[0] for row in grid[1:]] == ["従業者数", "有効求人倍率"]
    assert grid[1][3] == "経済センサス活動調査において公表されている市内の民営事業所の従業者数"
