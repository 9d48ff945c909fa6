"""The steps of the PDF table finding without vertical rules, on hand-placed characters and rules (no PDF).

Coordinates are PDF points from the top; every character is a square of `SIZE` points, as a CJK font prints it.
"""

from __future__ import annotations

from types import SimpleNamespace

from ingest.pdf.aligned import (
    LINE_ROWS_ENGINE,
    WHITESPACE_ENGINE,
    Word,
    _group_spans,
    continued_gutters,
    gutters_and_bridges,
    overflowed_gutters,
    ruled_stacks,
    separators,
    split_at_flush_boundaries,
    split_at_non_rows,
    whitespace_grid,
)
from ingest.pdf.celltext import cell_text
from ingest.pdf.furniture import edge_lines, running_lines
from ingest.pdf.rules import Rules, Segment, dotted_rules, is_shading, page_rules

SIZE = 8.0


def chars(text: str, x: float, top: float) -> list[dict]:
    return [{"text": ch, "x0": x + i * SIZE, "x1": x + (i + 1) * SIZE, "top": top, "bottom": top + SIZE,
             "upright": True, "size": SIZE} for i, ch in enumerate(text)]


def word(text: str, x: float, top: float) -> Word:
    return Word(x, x + len(text) * SIZE, top, top + SIZE, chars(text, x, top))


def test_gutters_between_columns_and_prose_that_bridges_them():
    tops = range(100, 400, 20)
    table = [word("名前", 10, top) for top in tops] + [word("12", 100, top) for top in tops]
    assert separators(table) == [(26.0, 100.0)]
    title = word("とても長い題名の行ですから列を越える", 10, 80)  # 10 → 146, over the gutter
    footnote = word("※注記の行はすべての列にまたがって長く続いていく", 10, 410)
    gutters, bridging = gutters_and_bridges([title, *table, footnote])
    assert gutters == [(26.0, 100.0)] and bridging == [title, footnote]


def test_unruled_rows_keep_multi_line_cells_whole():
    """Lines of one cell touch (no leading); rows are apart by the cell padding."""
    words = []
    for i, name in enumerate(["名前", "次の名前", "三つ目"]):
        top = 100 + 25 * i  # rows 25 points apart: two lines of 8, padding above and below
        words += [word(name, 10, top + 4), word("説明の一行目", 60, top), word("二行目", 60, top + 8),
                  word(f"{i + 1}件", 140, top + 4)]
    gutters = separators(words, noise=0)
    grid = whitespace_grid(1, words, gutters)
    assert grid is not None and grid.engine == WHITESPACE_ENGINE and not grid.line_rows
    assert grid.matrix() == [["名前", "説明の一行目\n二行目", "1件"], ["次の名前", "説明の一行目\n二行目", "2件"],
                             ["三つ目", "説明の一行目\n二行目", "3件"]]


def test_unruled_lines_as_far_apart_as_rows_stay_lines():
    """Equal pitch everywhere: which line belongs to which row is the interpreter's question."""
    words = [word("名前", 10, 100), word("144人", 100, 90), word("(平成30年度)", 100, 110),
             word("次の名前", 10, 130), word("1件", 100, 130), word("三つ目", 10, 150), word("2件", 100, 150)]
    grid = whitespace_grid(1, words, separators(words, noise=0))
    assert grid is not None and grid.engine == LINE_ROWS_ENGINE and grid.line_rows
    assert [row[1] for row in grid.matrix()] == ["144人", "", "(平成30年度)", "1件", "2件"]


def test_group_labels_centred_or_at_the_top():
    rows = [(100.0, 110.0), (120.0, 130.0), (140.0, 150.0), (160.0, 170.0), (180.0, 190.0)]
    every_row = set(range(len(rows) + 1))
    centred = [(100.0, 110.0), (136.0, 154.0)]  # a header label in row 0; a label centred over rows 1-3
    assert _group_spans(centred, rows, SIZE, every_row) == [(0, 1), (1, 3)]
    top = [(100.0, 108.0), (140.0, 148.0)]  # labels at the top of rows 0 and 2, shorter than their rows
    assert _group_spans(top, rows, SIZE, every_row) == [(0, 2), (2, 3)]


def test_rule_stacks_stop_at_another_extent_and_between_tables():
    table = [Segment(y, 50, 500) for y in (100, 114, 128)]
    underline = Segment(170, 50, 540)  # a heading's bottom border, wider than the tables
    second = [Segment(y, 50, 500) for y in (200, 214, 228)]
    partial = Segment(107, 150, 500)  # under a merged cell of the first column
    stacks = ruled_stacks(Rules((table[0], partial, *table[1:], underline, *second), ()), 800, [])
    assert [[s.at for s in stack] for stack in stacks] == [[100, 107, 114, 128], [200, 214, 228]]
    # the same tables without the underline: one stack, cut where the band holds a heading and a caption,
    # far from both rules, while a row's text keeps within the cell padding (3 points) of its rules
    joined = [*table, *second]
    words = [word("名前", 60, top + 3) for top in (100, 114, 200, 214)] + [word("見出し", 60, 150),
                                                                         word("表題", 60, 185)]
    assert len(ruled_stacks(Rules(tuple(joined), ()), 800, [])) == 1
    pieces = split_at_non_rows(joined, words)
    assert [[s.at for s in piece] for piece in pieces] == [[100, 114, 128], [200, 214, 228]]


def test_prose_and_larger_text_between_rules_are_no_rows():
    """A running header ruled under it as wide as the table: the band from that rule to the table holds the title and
    paragraphs (lines of one word over most of the width), no row; a heading in larger type between two tables whose
    rules touch is no row either. A row's lines hold a word per column, however wide its text column."""
    rules = [Segment(y, 50, 500) for y in (40, 200, 214, 228, 250, 264, 278)]
    paragraph = [word("この報告書は第２期総合戦略の指標の達成状況を取りまとめて検証したものです。", 55, top)
                 for top in range(43, 190, 16)]  # 36 characters, 288 points: over 60 % of the 450-point rules
    assert min(w.top for w in paragraph) - 40 < 5 and 200 - max(w.bottom for w in paragraph) < 6  # no wide padding
    words = [*paragraph, *(w for top in (203, 217, 253, 267)
                           for w in (word("名前", 60, top), word("取組の状況の説明の文章です", 200, top)))]
    heading = Word(60, 60 + 6 * 10, 231, 241, chars("基本目標２新しい", 60, 231))
    pieces = split_at_non_rows(rules, [*words, heading])
    assert [[s.at for s in piece] for piece in pieces] == [[200, 214, 228], [250, 264, 278]]


def test_dotted_rules_drawn_dot_by_dot_are_joined():
    """A dotted border exported as one short stroke per dot: each mark is too short to be a rule, the run is one;
    a few marks, or marks far apart, are not."""
    def dot(x: float, y: float) -> dict:
        return {"object_type": "line", "x0": x, "x1": x + 0.8, "top": y, "bottom": y, "doctop": y, "width": 0.8,
                "height": 0.0, "stroke": True, "fill": False}

    row = [dot(50 + 2.5 * i, 120) for i in range(40)]  # 50 → 148.3
    column = [{**dot(300, 0), "x1": 300.0, "top": 100 + 2.5 * i, "bottom": 100.8 + 2.5 * i, "width": 0.0,
               "height": 0.8} for i in range(20)]
    scattered = [dot(50 + 30 * i, 300) for i in range(6)]
    few = [dot(50 + 2.5 * i, 400) for i in range(3)]
    page = SimpleNamespace(lines=[*row, *column, *scattered, *few], rects=[])
    joined = dotted_rules(page)
    assert [(o["top"], o["x0"], round(o["x1"], 1)) for o in joined if o["height"] == 0] == [(120, 50, 148.3)]
    assert [(o["x0"], o["top"], round(o["bottom"], 1)) for o in joined if o["width"] == 0] == [(300.0, 100, 148.3)]
    rules = page_rules(SimpleNamespace(lines=page.lines, rects=[]))
    assert [s.at for s in rules.horizontal] == [120] and [s.at for s in rules.vertical] == [300.0]


def test_shading_is_not_a_rule():
    fill = {"object_type": "rect", "fill": True, "stroke": False, "width": 300.0, "height": 20.0}
    thin = {"object_type": "rect", "fill": True, "stroke": False, "width": 300.0, "height": 0.5}
    assert is_shading(fill) and not is_shading(thin) and not is_shading({**fill, "stroke": True})


def test_wrapped_lines_joined_typed_breaks_kept():
    """A 50-point cell: `（平成30年` wrapped because `度）` did not fit; `11,942億円` then a typed break."""
    wrapped = chars("（平成30年", 0, 0) + chars("度）", 0, 10)
    assert cell_text(wrapped, right=50) == "（平成30年度）"
    typed = chars("1億円", 0, 0) + chars("（令和2年）", 0, 10)
    assert cell_text(typed, right=50) == "1億円\n（令和2年）"


def test_running_header_and_footer_lines():
    def page(number: int) -> SimpleNamespace:
        body = [c for top in range(100, 400, 10) for c in chars("本文の行がここにあります", 50, top)]
        return SimpleNamespace(page_number=number, width=600.0,
                               chars=chars("資料２", 500, 30) + body + chars(f"- {number} -", 280, 780))

    found = running_lines({n: edge_lines(page(n)) for n in (1, 2, 3)})
    assert all(len(boxes) == 2 for boxes in found.values())
    assert running_lines({1: edge_lines(page(1))}) == {1: []}  # a single page repeats nothing


def test_continued_table_takes_the_columns_of_the_page_before():
    """A row continued at the top of a page with its reason column empty has one gutter fewer: it is read in
    the previous page's columns, unless one of its words crosses a column line."""
    row = [word("名前", 10, 40), word("1件", 100, 40), word("済", 160, 40)]
    own = separators(row, noise=0)
    columns = [10.0, 90.0, 150.0, 200.0, 260.0]  # four columns, the last one empty on this page
    assert continued_gutters(row, own, columns) == [(90.0, 90.0), (150.0, 150.0), (200.0, 200.0)]
    crossing = [word("とても長い名前", 10, 40), *row[1:]]  # 10 → 66 ... still inside the first column
    assert len(continued_gutters(crossing, separators(crossing, noise=0), columns)) == 3
    across = [word("列を越えるとても長い名前", 10, 40), row[2]]  # 10 → 106, across the line at 90
    assert continued_gutters(across, separators(across, noise=0), columns) == separators(across, noise=0)


def test_a_cell_overflowing_its_column_is_not_prose():
    """Text wider than its column runs into the gutter; with other cells on its line it stays in the table."""
    tops = range(100, 400, 20)
    table = [word("名前", 10, top) for top in tops] + [word("12", 100, top) for top in tops] + [
        word("理由", 160, top) for top in tops]
    overflow = word("はみ出した注記です", 100, 410)  # 100 → 172, over the gutter before the third column
    line = [word("名前", 10, 410), overflow]
    _, bridging = gutters_and_bridges([*table, *line])
    assert bridging == []
    alone = word("列を越えて続く一行だけの注記", 10, 430)  # 10 → 122: alone on its line, prose
    assert gutters_and_bridges([*table, alone])[1] == [alone]


def test_a_gutter_one_overflowing_cell_crosses_is_still_a_gutter():
    """Without rules, a long note in a narrow column runs its last characters under the next column's first
    (001 exported by reportlab without rules: `訂に伴い、` under `進捗の遅れ`); the gutter is kept and the note's
    word goes to its column by its centre, so the next column's header and cells are not merged into it."""
    tops = range(100, 220, 12)
    table = [word("名前", 10, top) for top in tops] + [word("12", 100, top) for top in tops] + [
        word("順調", 160, top) for top in tops]
    overflow = [word("名前", 10, 230), word("はみ出した注記です", 100, 230),  # 100 → 172: into the third column
                word("遅れ", 160, 242)]
    words = [*table, *overflow]
    assert separators(words, noise=0) == [(26.0, 100.0)]  # the overflow closes the second gutter
    gutters = overflowed_gutters(words)
    assert gutters == [(26.0, 100.0), (116.0, 160.0)]
    grid = whitespace_grid(1, words, gutters)
    assert grid is not None and grid.n_cols == 3


def test_no_gutter_from_one_word_where_the_region_has_no_table():
    """Two statement lines side by side share no gutter: a gap that one word covers is no evidence of a table."""
    lines = [word("・利用者数", 10, 100), word("現状値：5,210人", 60, 100), word("目標値：6,000人", 170, 100),
             word("・病児保育の利用日数", 10, 112), word("現状値：340日", 120, 112)]
    assert separators(lines, noise=1)  # gaps one word covers, on either line
    assert separators(lines, noise=0) == [] and overflowed_gutters(lines) == []


def joined(left: str, right: str, end: float, gap: float, top: float) -> Word:
    """A figure right-aligned to `end` and the next column's text `gap` points after it, read as one word (a word
    gap apart or less)."""
    glyphs = chars(left, end - len(left) * SIZE, top) + chars(right, end + gap, top)
    return Word(glyphs[0]["x0"], glyphs[-1]["x1"], top, top + SIZE, glyphs)


def test_columns_closer_than_a_gutter_split_where_lines_share_the_gap():
    """A right-aligned figure ending 1.5 points before the left-aligned text of the next column (a spreadsheet
    printed without cell padding, layouts 115): the lines share the narrow gap, so it is a column boundary."""
    lines = [joined(figure, office, 100, 1.5, 100 + 12 * i)
             for i, (figure, office) in enumerate([("60人", "企画課"), ("3.1万人", "商工課"), ("2,000人", "福祉課")])]
    split = split_at_flush_boundaries(lines)
    assert [("".join(c["text"] for c in w.chars), w.flush_right) for w in split] == [
        ("60人", True), ("企画課", False), ("3.1万人", True), ("商工課", False), ("2,000人", True), ("福祉課", False)]
    assert separators(split, noise=0) == [(100.0, 101.5)]
    # one text repeated down a column (its runs all start at one x) shares its gaps too: no boundary
    same = [joined("60人", "企画課", 100, 1.5, 100 + 12 * i) for i in range(3)]
    assert split_at_flush_boundaries(same) == same
    # two lines are too few
    assert split_at_flush_boundaries(lines[:2]) == lines[:2]
    # a line between them printing a character over the gap: the gap is inside a column of text
    crossing = [*lines[:2], word("長い説明の文", 60, 130), lines[2]]
    crossing[3] = joined("2,000人", "福祉課", 100, 1.5, 142)
    assert split_at_flush_boundaries(crossing) == crossing


def test_lines_at_one_pitch_are_rows_though_heading_lines_break_the_columns():
    """Rows as close as lines, a goal heading on a line of its own between them (layouts 115): the value
    columns' blocks of three lines are three rows, not one row of three-line cells."""
    words = [word("指標名", 10, 100), word("基準値", 100, 100)]
    top = 112.0
    for heading in ("目標１", "目標２"):
        words.append(word(heading, 10, top))
        for name, value in (("名前", "1人"), ("次の名前", "2人"), ("三つ目", "3人")):
            top += 12
            words += [word(name, 10, top), word(value, 100, top)]
        top += 12
    grid = whitespace_grid(1, words, separators(words, noise=0))
    assert grid is not None and grid.engine == LINE_ROWS_ENGINE
    assert [row[1] for row in grid.matrix()] == ["基準値", "", "1人", "2人", "3人", "", "1人", "2人", "3人"]


def test_lines_printed_alike_in_every_column_are_rows_though_the_header_stands_apart():
    """A presentation program's unruled table (layouts 129, 130): one-line rows on one pitch, the header row farther
    above them and a box of prose under them (no one lattice): a block in which every column prints the same three
    lines is three rows; a name wrapped to three lines beside one-line values stays one cell."""
    words = [word("指標", 10, 100), word("基準値", 100, 100)]
    for i, (name, value) in enumerate((("名前", "1人"), ("次の名前", "2人"), ("三つ目", "3人"))):
        words += [word(name, 10, 130 + 18 * i), word(value, 100, 130 + 18 * i)]
    words.append(word("評価：順調", 10, 210))
    grid = whitespace_grid(1, words, separators(words, noise=0))
    assert grid is not None and grid.engine == LINE_ROWS_ENGINE
    assert [row[1] for row in grid.matrix() if row[1]] == ["基準値", "1人", "2人", "3人"]
    wrapped = [word("指標", 10, 100), word("基準値", 100, 100), word("名前の", 10, 130), word("一行目", 10, 148),
               word("二行目", 10, 166), word("1人", 100, 148), word("評価：順調", 10, 210)]
    grid = whitespace_grid(1, wrapped, separators(wrapped, noise=0))
    assert grid is not None and grid.engine == WHITESPACE_ENGINE
    assert ["名前の\n一行目\n二行目", "1人"] in grid.matrix()


def test_two_lines_whose_first_name_line_is_the_shorter_are_two_rows():
    """Two one-line rows of a presentation program's table (layouts 129): too few lines for the pitch rule, but the
    first name line ends a character or more short of the next, so no wrap broke it: two rows. A name wrapped
    beside two-line values fills its first line: one row of two-line cells (each line a segment's value)."""
    def table(lines: list[tuple[str, str, str]]) -> list[Word]:
        words = [word("指標", 10, 100), word("基準値", 140, 100), word("目標値", 200, 100)]
        for i, (name, base, goal) in enumerate(lines):
            words += [word(name, 10, 130 + 12 * i), word(base, 140, 130 + 12 * i), word(goal, 200, 130 + 12 * i)]
        return [*words, word("評価：順調", 10, 210)]

    rows = table([("相談件数", "46件", "80件"), ("施設の利用者数", "12万人", "15万人")])
    grid = whitespace_grid(1, rows, separators(rows, noise=0))
    assert grid is not None and grid.engine == LINE_ROWS_ENGINE
    assert [row[0] for row in grid.matrix() if row[0]] == ["指標", "相談件数", "施設の利用者数", "評価：順調"]
    wrapped = table([("英語が楽しいと感じる", "小学校 88%", "小学校 90%"),
                     ("児童生徒の割合", "中学校 82%", "中学校 85%")])
    grid = whitespace_grid(1, wrapped, separators(wrapped, noise=0))
    assert grid is not None and grid.engine == WHITESPACE_ENGINE
    assert [row[0] for row in grid.matrix()] == ["指標", "英語が楽しいと感じる\n児童生徒の割合", "評価：順調"]
