"""Header cells written upright one after another (`評` / `価` / `担` / `当` / `課`) and printed after the rows,
on small invented inputs."""

from __future__ import annotations

from ingest.text import aligned, raw_rows
from ingest.text.blocks import glyph_words, upright_headers
from ingest.text.header_words import with_apart


def test_upright_cells_one_after_another_are_cut_into_their_header_words():
    assert glyph_words("評価担当課") == ["評価", "担当課"]
    assert glyph_words("単位") == ["単位"]
    assert glyph_words("北杜川") == ["北杜川"]  # no cut names roles only: the glyphs stay one word
    raw = ["No. 指標名", "単", "位", "基準値", "（R1）", "評", "価", "担", "当", "課", "1 転入者数 人 120 150 A 企画課"]
    read = [line for line in upright_headers(raw) if line]
    assert read[:6] == ["No. 指標名", "単位", "基準値", "（R1）", "評価", "担当課"]


def test_upright_year_cells_one_after_another_are_cut_into_their_years():
    # layouts 158 (Writer, pdftotext -raw): narrow year columns headed in vertical text, one glyph a line
    years = ["令和元年度", "令和２年度", "令和３年度", "令和４年度"]
    assert glyph_words("".join(years)) == years
    assert glyph_words("令和元年度の人口") == ["令和元年度の人口"]  # a part that names no period: no cut
    raw = ["指標名", *"令和元年度令和２年度", "目標値", "（R7）", "町民体育館の利用者数 18,420 人 9,860 人 20,000 人"]
    read = [line for line in upright_headers(raw) if line]
    assert read[:5] == ["指標名", "令和元年度", "令和２年度", "目標値", "（R7）"]


def test_upright_year_cells_ordered_by_height_among_the_other_header_cells_are_read_across():
    # layouts 158 (pdfplumber): a header's lines ordered by height, the upright year cells one glyph a line, the
    # name's and department's cells printed at their middle's height among the glyphs, a two-line value cell's
    # period on a line of its own
    raw = ["令 令 令", "和 和 和", "目標値", "指標名 ２ ３ ４ 担当課", "（令和８年度）", "年 年 年", "度 度 度",
           "市民プールの利用者数 8,120人 8,540人 9,010人 10,000人 スポーツ振興課"]
    read = [line for line in upright_headers(raw) if line]
    assert read[0] == "指標名 令和２年度 令和３年度 令和４年度 目標値（令和８年度） 担当課"
    [table] = raw_rows.read_tables(upright_headers(raw))
    first = sorted((c.col, c.text) for c in table.grid.cells if c.row == 1)
    assert [text for _, text in first] == ["市民プールの利用者数", "8,120人", "8,540人", "9,010人", "10,000人",
                                           "スポーツ振興課"]


def test_upright_year_cells_across_a_line_of_other_cells_are_read_down():
    # layouts 158 (Writer, pdfplumber): each line one glyph of every year cell, the middle glyphs printed among the
    # one-line cells' words, a two-line value cell centred around them
    plain = ["令 令", "和 和", "目標値", "指標名 元 ２ 担当課", "（令和７年度）", "年 年", "度 度",
             "体育館の利用者数 18,420人 9,860人 20,000人 生涯学習課"]
    read = [line for line in upright_headers(plain) if line]
    assert read[0] == "指標名 令和元年度 令和２年度 目標値（令和７年度） 担当課"
    # glyphs among a line's words that spell no header word with the lines above and below are that line's own
    other = ["人 人", "円 円", "指標名 北 南 担当課", "転入者数 120 150 企画課"]
    assert upright_headers(other)[2] == "指標名 北 南 担当課"


def test_apart_words_go_by_role_before_or_after_the_values():
    header = ["No.", "指標名", "R3", "R4"]
    apart = ["単位", "基準値（R1）", "目標値（R7）", "評価", "担当課"]
    assert with_apart(header, apart) == ["No.", "指標名", "単位", "基準値（R1）", "R3", "R4", "目標値（R7）", "評価",
                                         "担当課"]


def test_a_sheets_upright_header_cells_printed_after_its_rows_complete_the_header():
    lines = ["No. 指標名 R3 R4", "1 転入者数 人 120 130 140 150 A 企画課", "2 観光客数 千人 30 31 32 40 B 観光課",
             "単", "位", "基準値", "（R1）", "目標値", "（R7）", "評", "価", "担", "当", "課"]
    [table] = raw_rows.read_tables(upright_headers(lines))
    header = sorted((c.col, c.text) for c in table.grid.cells if c.row == 0)
    assert [text for _, text in header] == ["No.", "指標名", "単位", "基準値（R1）", "R3", "R4", "目標値（R7）", "評価",
                                            "担当課"]
    assert not table.grid.uncertain  # the periods rise in printed order: the placement is sure
    first = sorted((c.col, c.text) for c in table.grid.cells if c.row == 1)
    assert [text for _, text in first] == ["1", "転入者数", "人", "120", "130", "140", "150", "A", "企画課"]


def test_a_goal_cell_written_upright_down_the_margin_stays_in_the_table_beside_its_rows():
    lines = ["基本目標   指標名            現状値      目標値     担当課",
             " 基",
             " 本",
             " 目    移住者数          120 人      150 人     企画課",
             " 標",
             " １",
             " ま",
             " ち    観光客数          30 万人     40 万人    観光課",
             " を"]
    assert upright_headers(lines) == lines  # glyphs going on down a row's line are no header band
    [table] = aligned.read_tables(lines)
    assert (table.first, table.last) == (0, len(lines) - 1)  # the glyph lines are no prose ending the table
    goal = "".join(c.text for c in sorted(table.grid.cells, key=lambda c: c.row) if c.col == 0 and c.row > 0)
    assert goal == "基本目標１まちを"
