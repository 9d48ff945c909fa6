"""Header bands a text layer prints in content-stream order (`pdftotext -raw`, pypdfium2: each header cell's lines
one after another, a row's cells left to right), on invented lines: the grant forms' year groups over role pairs,
a header row opened by the kind word, bracketed second lines; and a page title printed with full-width spaces, which
heads no column."""

from __future__ import annotations

from ingest.text.generic import find_tables
from ingest.text.raw_rows import read_band
from ingest.text.spaced import _line_tokens
from normalize.header import parse_header

YEAR_GROUPS = [
    "重要業績評価指標（KPI） 単位 事業開始前",
    "（R1）",
    "R2年度",
    "目標値 実績値",
    "R3年度",
    "目標値 実績値",
    "図書館の貸出冊数 冊 5,100 5,300 5,250 5,500 5,610",
    "読み聞かせ会の参加者数 人 210 230 244 250 236",
]


def test_year_alone_over_role_pair_heads_both_roles():
    """`R2年度` alone over `目標値 実績値`: the year's merged cell over its two sub-columns; `（R1）` under the
    baseline's role word is that cell's second line."""
    header = read_band(YEAR_GROUPS, 0)
    assert header is not None
    assert [parse_header(word) for word in header.words[2:]] == [
        ("baseline", "FY2019"), ("target", "FY2020"), ("actual", "FY2020"), ("target", "FY2021"),
        ("actual", "FY2021")]


def test_year_groups_read_whole_rows():
    """Each row's five values under the five dated columns, none left in one cell."""
    (table,) = find_tables(YEAR_GROUPS)
    header = [c.text for c in sorted(table.grid.cells, key=lambda c: c.col) if c.row == 0]
    assert [parse_header(h)[1] for h in header[2:]] == ["FY2019", "FY2020", "FY2020", "FY2021", "FY2021"]
    first = sorted((c.col, c.text) for c in table.grid.cells if c.row == 1)
    assert [text for _, text in first] == ["図書館の貸出冊数", "冊", "5,100", "5,300", "5,250", "5,500", "5,610"]


INCREMENTS = [
    "ＫＰＩ 単位 事業開始前",
    "（2022年度）",
    "2023年度増加分",
    "（１年目）",
    "2024年度増加分",
    "（２年目）",
    "ＫＰＩ増加の",
    "累計",
    "移住者数 人 40 5 8 13",
    "空き家バンク登録件数 件 120 10 15 25",
    "移住体験住宅の利用者数 人 12",
]


def test_kind_word_opening_a_header_row_is_no_caption():
    """`ＫＰＩ 単位 事業開始前` names the kind but heads three columns; `（１年目）` under `2023年度増加分` is its
    second line, `ＫＰＩ増加の` / `累計` one word wrapped."""
    header = read_band(INCREMENTS, 0)
    assert header is not None
    assert header.words == ["ＫＰＩ", "単位", "事業開始前（2022年度）", "2023年度増加分（１年目）",
                            "2024年度増加分（２年目）", "ＫＰＩ増加の累計"]


def test_row_of_bare_values_in_one_cell_gives_way():
    """A guess that reads a row's bare values as one cell under one column (`40 5 8 13` under the band folded into
    one cell) places one value at most: the reading with one value a column is chosen, though a row whose
    one-digit values the layer dropped (pypdfium2: `12` alone) leaves it in doubt."""
    (table,) = find_tables(INCREMENTS)
    row = sorted((c.col, c.text) for c in table.grid.cells if c.text == "移住者数" or c.row == 1)
    assert [text for _, text in row] == ["移住者数", "人", "40", "5", "8", "13"]


def test_segment_labels_under_role_words_share_them():
    """`男性 女性 男性 女性` under `基準値（R3） 目標値（R12）`: each role's cell merged over a 男性 and a 女性
    sub-column."""
    lines = ["指標名", "基準値（R3） 目標値（R12）", "担当課", "男性 女性 男性 女性",
             "運動習慣のある人の割合 31.0% 27.5% 40.0% 35.0% 健康推進課"]
    header = read_band(lines, 0)
    assert header is not None
    assert header.words == ["指標名", "基準値（R3）\n男性", "基準値（R3）\n女性", "目標値（R12）\n男性",
                            "目標値（R12）\n女性", "担当課"]


def test_caption_alone_still_ends_a_band():
    """A caption alone on its line heads no column (`【重要業績評価指標（KPI）】` over the header)."""
    assert read_band(["【重要業績評価指標（KPI）】", "指標名 基準値（R1） 目標値（R7）", "来訪者数 100 120"], 0) is None


def test_title_with_full_width_spaces_is_no_header_cell():
    """A page title printed with full-width spaces is cut there: its town and plan name no header word."""
    assert len(_line_tokens("桐ヶ谷町　第３期総合戦略　KPI一覧（令和７年度）")) == 3
    assert _line_tokens("現状　2018 実績値　2019") == ["現状　2018", "実績値　2019"]
