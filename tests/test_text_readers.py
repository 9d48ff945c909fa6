"""The generic text readers (pipe rows, tab rows, whitespace-aligned columns) on small hand-made documents in
layouts of other municipalities, read end to end through the registry and the table interpreter.

The documents are invented. Every expected value was worked out by hand from the document text: e.g. `52万人`
is 520,000 人; a `千人` unit column makes `12.4` 12,400 人; `(平成30年)` under a value is CY2018 while the column
header `(平成30年度)` is FY2018; line numbers are 1-based lines of the document.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.text import aligned, pipes, tabs
from ingest.text.generic import GenericText
from records import extraction_records

PIPES = """# 緑川町 第２期総合戦略 指標一覧

## 基本目標１　地域の産業を育てる

### 数値目標

| 指標名 | 基準値（2019年度） | 目標値（2025年度） |
|:---|---:|---:|
| 町内従業者数 | 3,120人 | 3,300人 |

### 重要業績評価指標（KPI）

| 指標名 | 基準値（2019年度） | 目標値（2025年度） | 担当課 |
|---|---|---|---|
| 創業支援件数 | 4件 | 10件<br>(累計) | 産業振興課 |
| 新規就農者数 | ― | 12人 | 農政課 |
"""

TABS = """若葉町 総合戦略 重要業績評価指標

基本目標２　子育て世代が住み続けるまち

No.\t指標名\t単位\t基準値 令和元年度・2019年度\t目標値 令和６年度・2024年度\t所管課
1\t出生数\t人\t142\t150\t子育て支援課
2\t保育所入所待機児童数\t人\t3\t0\t子育て支援課
3\t子育て支援センター利用者数\t千人\t12.4\t15\t子育て支援課
"""

# pdftotext -layout style: one character per position, values centred on names of two lines, no blank lines
LAYOUT = """基本目標３ 安全なまち

重要業績評価指標（KPI）
                      現状値             目標値
指標名
                      (平成30年度)        (令和6年度)
                      1,465件          1,050件
交通事故発生件数
                      (平成30年)         (令和6年)
防災訓練の参加者数             820人            1,000人
自主防災組織が結成されている行政区・
                      72.0%           90.0%
地区の割合

主な取組
・防災訓練の実施
"""

# typed in an editor: aligned by display width (a full-width character is two wide), records between blank lines
TYPED = """【数値目標】
指標名            基準値      目標値
                  (2019年度)  (2025年度)

観光入込客数      52万人      60万人

宿泊者数          8,200人     10,000人
                  (2018年)
"""

# pdftotext prints the header word centred over its cell, away from the names; an empty note column keeps its header
CENTRED_HEADER = """成果指標
                        現状値              目標値
              指標名                                    解説・算出方法など
                        （令和5年度）          （令和11年度）
乳幼児健康診査受診率        95.2％            96.5％
"""

# one long table: goal cells printed as heading lines inside it, a 区分 column giving each row's kind
ONE_TABLE = """基本目標                    区分        指標名                   現状値           目標値
                                                        (令和元年度)       (令和9年度)
1 しごとの創生
                        数値目標      町内の求人数                1,563件        1,630件
1-1 安定した雇用の創出
                        KPI       創業相談件数                10件           28件
2 ひとの創生
                        数値目標      年少人口                  28,653人       28,929人
"""

UNKNOWN = """みなみ市 総合戦略（概要）
本市は目標値を定めて取り組みます。
重要業績評価指標（KPI）は別冊に記載しています。
"""


def _read(tmp_path: Path, text: str, front_end=None):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    extraction = front_end.extract(load(path), None) if front_end else extract(load(path))
    observations, indicators, rejects = extraction_records(extraction)
    values = [(o["kpi_name"], o["role"], o["period"], Decimal(str(o["value"])) if o["value"] is not None else None,
               o["unit"], o["line"]) for o in observations]
    return extraction, values, {i["kpi_name"]: i for i in indicators}, rejects


# --- readers alone ---------------------------------------------------------------------------------------------

def test_pipe_cells_alignment_rows_and_breaks():
    assert pipes.pipe_cells("| 指標名 | 基準値 |") == ["指標名", "基準値"]
    assert pipes.pipe_cells("｜ 指標 ｜ 目標値 ｜") == ["指標", "目標値"]
    assert pipes.pipe_cells("| 10件<br>(累計) | x |") == ["10件\n(累計)", "x"]
    assert pipes.pipe_cells("指標 | 基準値") is None  # a pipe inside prose is no row
    tables = pipes.read_tables(PIPES.splitlines())
    assert [(t.first + 1, t.last + 1, t.grid.n_rows) for t in tables] == [(7, 9, 2), (13, 16, 3)]


def test_a_quoted_tab_cell_with_a_line_break_is_one_cell_of_its_row():
    """Excel's tab-delimited text quotes a cell holding a line break (a wrapped name, fuzz17's tests/synth)."""
    lines = ["指標名\t基準値（R1）\t目標値（R7）", '"市内の宿泊施設における延べ', '宿泊者数"\t32,680人\t39,520人',
             "農業産出額\t22.0億円\t24.8億円"]
    tables = tabs.read_tables(lines)
    assert len(tables) == 1
    assert tables[0].grid.matrix() == [["指標名", "基準値（R1）", "目標値（R7）"],
                                       ["市内の宿泊施設における延べ\n宿泊者数", "32,680人", "39,520人"],
                                       ["", "", ""], ["農業産出額", "22.0億円", "24.8億円"]]


def test_tab_cells_keep_empty_leading_cells():
    assert tabs.tab_cells("\t2018年度\t2024年度") == ["", "2018年度", "2024年度"]
    assert tabs.tab_cells("一つだけ\t") is None


def test_aligned_columns_in_characters_and_in_display_width():
    layout = aligned.read_tables(LAYOUT.splitlines())
    assert len(layout) == 1 and layout[0].grid.n_cols == 3
    assert layout[0].grid.matrix()[6] == ["防災訓練の参加者数", "820人", "1,000人"]
    typed = aligned.read_tables(TYPED.splitlines())
    assert len(typed) == 1 and typed[0].grid.matrix()[3] == ["観光入込客数", "52万人", "60万人"]


# --- documents end to end ---------------------------------------------------------------------------------------

def test_pipe_table_document(tmp_path: Path):
    extraction, values, indicators, rejects = _read(tmp_path, PIPES)
    assert extraction.shape == "generic"
    assert values == [
        ("町内従業者数", "baseline", "FY2019", Decimal(3120), "人", 9),
        ("町内従業者数", "target", "FY2025", Decimal(3300), "人", 9),
        ("創業支援件数", "baseline", "FY2019", Decimal(4), "件", 15),
        ("創業支援件数", "target", "FY2025", Decimal(10), "件", 15),
        ("新規就農者数", "baseline", "FY2019", None, None, 16),
        ("新規就農者数", "target", "FY2025", Decimal(12), "人", 16),
    ]
    assert {name: (i["kind"], i["goal"], i["department"]) for name, i in indicators.items()} == {
        "町内従業者数": ("数値目標", "1 地域の産業を育てる", None),
        "創業支援件数": ("KPI", "1 地域の産業を育てる", "産業振興課"),
        "新規就農者数": ("KPI", "1 地域の産業を育てる", "農政課"),
    }
    assert rejects == []


def test_tab_document_with_unit_column_read_alike_by_the_generic_and_the_tabbed_front_end(tmp_path: Path):
    _, values, indicators, rejects = _read(tmp_path, TABS, GenericText())
    assert values == [
        ("出生数", "baseline", "FY2019", Decimal(142), "人", 6),
        ("出生数", "target", "FY2024", Decimal(150), "人", 6),
        ("保育所入所待機児童数", "baseline", "FY2019", Decimal(3), "人", 7),
        ("保育所入所待機児童数", "target", "FY2024", Decimal(0), "人", 7),
        ("子育て支援センター利用者数", "baseline", "FY2019", Decimal(12400), "人", 8),
        ("子育て支援センター利用者数", "target", "FY2024", Decimal(15000), "人", 8),
    ]
    assert {i["goal"] for i in indicators.values()} == {"2 子育て世代が住み続けるまち"}
    assert {i["department"] for i in indicators.values()} == {"子育て支援課"}
    assert rejects == []
    # the registry gives it to the specialised tab front end, which classifies columns with the same words
    tabbed, tabbed_values, tabbed_indicators, _ = _read(tmp_path, TABS)
    assert tabbed.shape == "tab-separated"
    assert tabbed_values == values
    assert {i["department"] for i in tabbed_indicators.values()} == {"子育て支援課"}


def test_pdftotext_layout_page_with_centred_values_and_wrapped_names(tmp_path: Path):
    _, values, indicators, rejects = _read(tmp_path, LAYOUT)
    assert values == [
        ("交通事故発生件数", "baseline", "CY2018", Decimal(1465), "件", 7),
        ("交通事故発生件数", "target", "CY2024", Decimal(1050), "件", 7),
        ("防災訓練の参加者数", "baseline", "FY2018", Decimal(820), "人", 10),
        ("防災訓練の参加者数", "target", "FY2024", Decimal(1000), "人", 10),
        ("自主防災組織が結成されている行政区・地区の割合", "baseline", "FY2018", Decimal("72.0"), "%", 12),
        ("自主防災組織が結成されている行政区・地区の割合", "target", "FY2024", Decimal("90.0"), "%", 12),
    ]
    assert {(i["kind"], i["goal"]) for i in indicators.values()} == {("KPI", "3 安全なまち")}
    assert rejects == []


def test_typed_table_aligned_by_display_width(tmp_path: Path):
    _, values, indicators, _ = _read(tmp_path, TYPED)
    assert values == [
        ("観光入込客数", "baseline", "FY2019", Decimal(520000), "人", 5),
        ("観光入込客数", "target", "FY2025", Decimal(600000), "人", 5),
        ("宿泊者数", "baseline", "CY2018", Decimal(8200), "人", 7),
        ("宿泊者数", "target", "FY2025", Decimal(10000), "人", 7),
    ]
    assert {i["kind"] for i in indicators.values()} == {"数値目標"}


def test_kpi_words_no_reader_understands_are_reported_with_their_lines(tmp_path: Path):
    extraction, values, _, _ = _read(tmp_path, UNKNOWN)
    assert values == []
    assert "KPI-like words (目標値/重要業績評価指標/KPI) on 2 lines (2, 3); no indicator table layout recognised" in (
        extraction.warnings)


TWO_ROW_HEADER = """基本目標１　地域で稼ぐ力を高める

数値目標
指標\t基準値\t目標値
\t2018年度\t2024年度
町内事業所の従業者数\t2,140人\t2,300人
"""

SEGMENT_ROWS = """指標名\t基準値（令和元年度）\t目標値（令和７年度）
健康寿命\t男性79.8歳 女性83.9歳\t男性81.0歳 女性85.0歳
児童生徒の割合\t小学校 86.2% 中学校 74.5%\t小学校 90% 中学校 80%
"""


def test_tab_header_over_two_rows_gives_its_years_to_the_columns(tmp_path: Path):
    extraction, values, indicators, rejects = _read(tmp_path, TWO_ROW_HEADER)
    assert extraction.shape == "tab-separated"
    assert values == [("町内事業所の従業者数", "baseline", "FY2018", Decimal(2140), "人", 6),
                      ("町内事業所の従業者数", "target", "FY2024", Decimal(2300), "人", 6)]
    assert [(i["kind"], i["goal"]) for i in indicators.values()] == [("数値目標", "1 地域で稼ぐ力を高める")]
    assert rejects == []


def test_rows_whose_cells_hold_two_segments_each_are_separate_indicators(tmp_path: Path):
    _, values, indicators, _ = _read(tmp_path, SEGMENT_ROWS)
    assert list(indicators) == ["健康寿命", "児童生徒の割合"]
    assert [(v[0], v[1], v[3]) for v in values if v[1] == "baseline"] == [
        ("健康寿命", "baseline", Decimal("79.8")), ("健康寿命", "baseline", Decimal("83.9")),
        ("児童生徒の割合", "baseline", Decimal("86.2")), ("児童生徒の割合", "baseline", Decimal("74.5"))]


def test_header_word_beside_its_column_and_an_empty_note_column(tmp_path: Path):
    _, values, indicators, rejects = _read(tmp_path, CENTRED_HEADER)
    assert values == [("乳幼児健康診査受診率", "baseline", "FY2023", Decimal("95.2"), "%", 5),
                      ("乳幼児健康診査受診率", "target", "FY2029", Decimal("96.5"), "%", 5)]
    assert indicators["乳幼児健康診査受診率"]["kind"] == "成果指標"
    assert rejects == []


def test_one_long_table_with_goal_headings_inside_and_a_kind_column(tmp_path: Path):
    _, values, indicators, rejects = _read(tmp_path, ONE_TABLE)
    assert {name: (i["kind"], i["goal"]) for name, i in indicators.items()} == {
        "町内の求人数": ("数値目標", "1 しごとの創生"),
        "創業相談件数": ("KPI", "1 しごとの創生 / 1-1 安定した雇用の創出"),
        "年少人口": ("数値目標", "2 ひとの創生"),
    }
    assert values == [
        ("町内の求人数", "baseline", "FY2019", Decimal(1563), "件", 4),
        ("町内の求人数", "target", "FY2027", Decimal(1630), "件", 4),
        ("創業相談件数", "baseline", "FY2019", Decimal(10), "件", 6),
        ("創業相談件数", "target", "FY2027", Decimal(28), "件", 6),
        ("年少人口", "baseline", "FY2019", Decimal(28653), "人", 8),
        ("年少人口", "target", "FY2027", Decimal(28929), "人", 8),
    ]
    assert rejects == []


SPACED = """重要業績評価指標（KPI）
現状値 目標値
指標名
（令和元年度） （令和9年度）
転入者数 1,850人 2,100人
空き家バンク登録件数 12件 30件
"""


def test_single_space_rows_are_read_and_one_line_rows_between_rows_not_flagged(tmp_path: Path):
    # each row prints its name and one value per value column on one line, between the header and another row,
    # under a band read in the usual order (現状値 FY2019 before 目標値 FY2027): nothing was guessed
    extraction, values, indicators, _ = _read(tmp_path, SPACED)
    assert extraction.shape == "generic"
    assert values == [("転入者数", "baseline", "FY2019", Decimal(1850), "人", 5),
                      ("転入者数", "target", "FY2027", Decimal(2100), "人", 5),
                      ("空き家バンク登録件数", "baseline", "FY2019", Decimal(12), "件", 6),
                      ("空き家バンク登録件数", "target", "FY2027", Decimal(30), "件", 6)]
    observations, _, _ = extraction_records(extraction)
    assert not any(o["uncertain"] for o in observations)
    assert {i["kind"] for i in indicators.values()} == {"KPI"}


def test_single_space_rows_beside_a_wrapped_name_stay_flagged(tmp_path: Path):
    # `空き家バンク` / `登録件数 12件 30件`: the line above may be the name's first line (it is): a guess, flagged
    text = SPACED.replace("空き家バンク登録件数 12件 30件", "空き家バンク\n登録件数 12件 30件")
    extraction, _, _, _ = _read(tmp_path, text)
    observations, _, _ = extraction_records(extraction)
    assert {(o["kpi_name"], o["uncertain"]) for o in observations} == {
        ("転入者数", True), ("空き家バンク登録件数", True)}


#: A pdftotext `-layout` table whose header wraps its words (`指標の所管` / `課`, the years under their roles),
#: continued on the next page (form feed, page number) where no row prints a baseline: the next page's lines
#: alone show only three columns.
CONTINUED = (
    '基本目標３ 安全なまち\n'
    '\n'
    '重要業績評価指標（ＫＰＩ）\n'
    '                 基準値             目標値            指標の所管\n'
    '指標名\n'
    '                 （令和元年度）         （令和6年度）        課\n'
    '防犯教室の開催数         12回             20回            危機管理課\n'
    '避難所の備蓄点検率        85.0%           100%           危機管理課\n'
    '\n'
    '\n'
    '\n'
    '                     -3-\n'
    '\x0c地域見守り隊の登録者数                      400人           福祉課\n'
    '訓練回数                             12回            危機管理課\n'
)


def test_header_words_wrapped_over_lines_and_a_page_with_an_empty_column_continue_the_table(tmp_path: Path):
    continued = aligned.read_tables(CONTINUED.splitlines())
    assert [t.grid.n_cols for t in continued] == [4, 4]  # the earlier columns, not the page's own three
    assert continued[1].grid.matrix()[0] == ["地域見守り隊の登録者数", "", "400人", "福祉課"]
    _, values, indicators, rejects = _read(tmp_path, CONTINUED)
    assert values == [
        ("防犯教室の開催数", "baseline", "FY2019", Decimal(12), "回", 7),
        ("防犯教室の開催数", "target", "FY2024", Decimal(20), "回", 7),
        ("避難所の備蓄点検率", "baseline", "FY2019", Decimal("85.0"), "%", 8),
        ("避難所の備蓄点検率", "target", "FY2024", Decimal(100), "%", 8),
        # the file's lines 13 and 14 as an editor counts them: the form feed opening line 13 breaks no line
        ("地域見守り隊の登録者数", "target", "FY2024", Decimal(400), "人", 13),
        ("訓練回数", "target", "FY2024", Decimal(12), "回", 14),
    ]
    # `指標の所管` + `課` is the department column, not a second name column
    assert {name: i["department"] for name, i in indicators.items()} == {
        "防犯教室の開催数": "危機管理課", "避難所の備蓄点検率": "危機管理課",
        "地域見守り隊の登録者数": "福祉課", "訓練回数": "危機管理課"}
    assert rejects == []


def test_values_wider_than_their_column_kept_one_space_apart_are_two_segments():
    line = "交流人口  １２，３４０人 １５，０００人  (令和 2 年) 1,563 件 1,630 件"
    assert [s.text for s in aligned.segments(line)] == [
        "交流人口", "１２，３４０人", "１５，０００人", "(令和 2 年) 1,563 件 1,630 件"]
    assert [s.start for s in aligned.segments(line)][:3] == [0, 6, 14]
    # in display width the second value starts after the first one's seven full-width characters and the space
    assert [s.start for s in aligned.segments(line, wide=True)][:3] == [0, 10, 25]
    # a bracket after a number opens a reference, not a unit: `21(第 3 次)` is one text
    plan = "健康づくり計画21(第 3 次)"
    assert [s.text for s in aligned.segments(f"{plan}  12件")] == [plan, "12件"]


#: A `-layout` page whose second table lists the names first and prints their values under a header of their own.
NAMES_APART = """\
  【数値目標】
    指標名                       基準値            目標値
                               （2020年度）      （2026年度）
    転入者数                      410人             450人

  【重要業績評価指標（KPI）】
    空き家バンク登録件数
    移住体験住宅の利用者数

                                 基準値            目標値
                               （2020年度）      （2026年度）
                                  12件              30件
                                  85人             120人
"""


def test_names_listed_apart_from_their_values_are_paired_in_order(tmp_path: Path):
    # each value keeps the line it is printed on (12, 13), not its name's (7, 8)
    _, values, indicators, rejects = _read(tmp_path, NAMES_APART)
    assert values == [
        ("転入者数", "baseline", "FY2020", Decimal(410), "人", 4),
        ("転入者数", "target", "FY2026", Decimal(450), "人", 4),
        ("空き家バンク登録件数", "baseline", "FY2020", Decimal(12), "件", 12),
        ("空き家バンク登録件数", "target", "FY2026", Decimal(30), "件", 12),
        ("移住体験住宅の利用者数", "baseline", "FY2020", Decimal(85), "人", 13),
        ("移住体験住宅の利用者数", "target", "FY2026", Decimal(120), "人", 13),
    ]
    assert {name: i["kind"] for name, i in indicators.items()} == {
        "転入者数": "数値目標", "空き家バンク登録件数": "KPI", "移住体験住宅の利用者数": "KPI"}
    assert rejects == []


# a two-row header as `pdftotext -raw` and pypdfium2 write it: `No.` and `担当課`, merged down over both rows, printed
# in reading order before and after the caption that spans the name and value columns of the second row
SPANNING_CAPTION_RAW = """しらかわ町 総合戦略
基本目標２ 子育てしやすいまちをつくる
No.
重要業績評価指標（KPI）
担当課
指標名 基準値（R2） 目標値（R8）
1 図書館の年間貸出冊数 120,500冊 150,000冊 生涯学習課
2 子育て支援センターの利用者数 8,400人 9,000人 子育て支援課
"""


def test_a_caption_spanning_a_two_row_header_in_raw_text_names_the_kind(tmp_path: Path):
    # the row numbers go to the `No.` column (not into the names) and the caption gives the kind
    _, values, indicators, rejects = _read(tmp_path, SPANNING_CAPTION_RAW)
    by_name = {name: [] for name, *_ in values}
    for name, role, period, value, unit, line in values:
        by_name[name].append((role, period, value, unit, line))
    assert by_name == {"図書館の年間貸出冊数": [("baseline", "FY2020", Decimal(120500), "冊", 7),
                                             ("target", "FY2026", Decimal(150000), "冊", 7)],
                       "子育て支援センターの利用者数": [("baseline", "FY2020", Decimal(8400), "人", 8),
                                                     ("target", "FY2026", Decimal(9000), "人", 8)]}
    assert {name: (i["kind"], i["department"]) for name, i in indicators.items()} == {
        "図書館の年間貸出冊数": ("KPI", "生涯学習課"), "子育て支援センターの利用者数": ("KPI", "子育て支援課")}
    assert rejects == []


# two tables printed side by side under one line of captions, as a text layer without positions writes them: the
# captions on one line, then the left table, then the right one
SIDE_BY_SIDE_CAPTIONS_RAW = """みずほ村 総合戦略（概要版）
基本目標１ 村の暮らしを守る
【数値目標】 【重要業績評価指標（KPI）】
指標名 基準値（R2） 目標値（R8）
村の人口 3,120人 3,000人
指標名 基準値（R2） 目標値（R8）
路線バスの利用者数 8,200人 9,000人
見守り訪問の件数 410件 500件
"""


def test_captions_side_by_side_give_their_kinds_to_the_tables_in_order(tmp_path: Path):
    _, values, indicators, rejects = _read(tmp_path, SIDE_BY_SIDE_CAPTIONS_RAW)
    assert len(values) == 6
    assert {name: i["kind"] for name, i in indicators.items()} == {
        "村の人口": "数値目標", "路線バスの利用者数": "KPI", "見守り訪問の件数": "KPI"}
    assert rejects == []


# one indicator on a 目標 row and an 実績 row, the name merged down over both: a text layer without positions writes
# the name, then the 区分 column's two words, then the two rows' values
ROLE_WORDS_APART_RAW = """さくら町 総合戦略 数値目標の達成状況
基本目標１ 町の仕事をつくる
指標名 区分 R4 R5 R6
企業誘致件数
目標
実績
1件 2件 3件
1件 1件 ―
"""


def test_role_words_printed_before_their_rows_values_go_back_to_their_rows(tmp_path: Path):
    _, values, _, rejects = _read(tmp_path, ROLE_WORDS_APART_RAW)
    assert [(name, role, period, value) for name, role, period, value, _, _ in values] == [
        ("企業誘致件数", "target", "FY2022", Decimal(1)),
        ("企業誘致件数", "target", "FY2023", Decimal(2)),
        ("企業誘致件数", "target", "FY2024", Decimal(3)),
        ("企業誘致件数", "actual", "FY2022", Decimal(1)),
        ("企業誘致件数", "actual", "FY2023", Decimal(1)),
        ("企業誘致件数", "actual", "FY2024", None),
    ]
    assert [line for *_, line in values] == [7, 7, 7, 8, 8, 8]  # each value keeps the line it is printed on
    assert rejects == []
