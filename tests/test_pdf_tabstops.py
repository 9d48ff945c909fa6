"""Tables made of tab stops (`ingest.pdf.tabstops`), on hand-placed characters (no PDF): a header line of column
words, then rows of a name (joined to its figures by dot leaders) and figures at the header's tab stops.

Coordinates are PDF points from the top; every character is a square of `SIZE` points, as a CJK font prints it.
"""

from __future__ import annotations

from ingest.pdf.aligned import Word, split_at_leaders, tab_stop_grid
from ingest.pdf.tabstops import tab_stop_blocks

SIZE = 8.0
LEADERS = "…" * 8


def word(text: str, x: float, top: float) -> Word:
    chars = [{"text": ch, "x0": x + i * SIZE, "x1": x + (i + 1) * SIZE, "top": top, "bottom": top + SIZE,
              "upright": True, "size": SIZE} for i, ch in enumerate(text)]
    return Word(x, x + len(text) * SIZE, top, top + SIZE, chars)


def right(text: str, end: float, top: float) -> Word:
    """A word set at a right-aligned tab stop ending at `end`."""
    return word(text, end - len(text) * SIZE, top)


def text(w: Word) -> str:
    return "".join(c["text"] for c in w.chars)


def pieces(words: list[Word]) -> list[Word]:
    return [piece for w in words for piece in split_at_leaders(w)]


def test_leader_run_splits_a_word_into_name_and_figure():
    joined = word(f"出生数{LEADERS}58人", 10, 100)  # 3 + 8 + 3 characters from x=10
    name, figure = split_at_leaders(joined)
    assert (text(name), name.x0, name.x1) == ("出生数", 10.0, 34.0)
    assert (text(figure), figure.x0, figure.x1) == ("58人", 98.0, 122.0)
    assert split_at_leaders(word("a…b", 10, 100))[0].chars == word("a…b", 10, 100).chars  # one or two marks stay


def test_rows_under_a_header_line_between_statements_and_a_note():
    # statements above (a name, its figures spread over both tab stops), a caption, then the tab-stop table:
    # header words end at the right-aligned stops x=240 and x=320; each figure ends there too
    statements = [word(f"従業者数{LEADERS}3,250人→3,500人", 10, 60), word(f"観光消費額{LEADERS}9.8億円→12億円", 10, 72)]
    caption = word("【重要業績評価指標】", 10, 90)
    header = [right("現状値（R5）", 240, 104), right("目標値（R11）", 320, 104)]
    rows = [[word(f"新規就農者数{LEADERS}", 10, 116), right("2人", 240, 116), right("12人", 320, 116)],
            [word(f"農産物直売所の売上高{LEADERS}", 10, 128), right("1.4億円", 240, 128), right("1.8億円", 320, 128)]]
    note = word("※現状値は令和５年度末の数値です。", 10, 146)
    words = pieces([*statements, caption, *header, *(w for row in rows for w in row), note])
    blocks = tab_stop_blocks(words)
    assert len(blocks) == 1
    gutters = blocks[0].gutters
    # the name column ends with 農産物直売所の売上高 (10 characters from x=10: 90); the first stop's column starts
    # with its header (7 characters ending at 240: 184) and ends at the stop (240); the second starts with its header
    # (8 characters ending at 320: 256)
    assert gutters == [(90.0, 184.0), (240.0, 256.0)]
    assert {text(w) for w in blocks[0].words} == {"現状値（R5）", "目標値（R11）", "新規就農者数", "2人", "12人",
                                       "農産物直売所の売上高", "1.4億円", "1.8億円"}
    grid = tab_stop_grid(1, blocks[0])
    assert not grid.uncertain and grid.name_col == 0
    assert grid.matrix() == [["", "現状値（R5）", "目標値（R11）"], ["新規就農者数", "2人", "12人"],
                             ["農産物直売所の売上高", "1.4億円", "1.8億円"]]


def test_a_title_over_a_heading_is_no_table():
    """Two lines of two words each line up, but the second line's first word stands under the first line's first
    word: no name column left of the header."""
    words = [word("柿ノ沢村", 40, 40), word("総合戦略 推移表", 100, 40), word("基本目標１", 40, 56),
             word("人を呼び込む", 100, 56)]
    assert tab_stop_blocks(words) == []


def test_a_line_with_a_figure_between_the_stops_ends_the_table():
    header = [right("現状値", 240, 100), right("目標値", 320, 100)]
    first = [word("出生数", 10, 112), right("58人", 240, 112), right("65人", 320, 112)]
    stray = [word("転入者数", 10, 124), word("412人", 250, 124)]  # 250-290: under no header word (216-240, 296-320)
    blocks = tab_stop_blocks([*header, *first, *stray])
    assert len(blocks) == 1 and {text(w) for w in blocks[0].words} == {"現状値", "目標値", "出生数", "58人", "65人"}


def test_header_words_a_space_apart_are_one_column():
    """`現状値 （R5）` printed with a space: pdfplumber gives two words, one column's header."""
    header = [word("現状値", 180, 100), right("（R5）", 240, 100), right("目標値", 320, 100)]  # 204 and 208: 4 apart
    rows = [[word("出生数", 10, 112), right("58人", 240, 112), right("65人", 320, 112)],
            [word("転入者数", 10, 124), right("412人", 240, 124), right("500人", 320, 124)]]
    blocks = tab_stop_blocks([*header, *(w for row in rows for w in row)])
    assert len(blocks) == 1
    assert blocks[0].gutters == [(42.0, 180.0), (240.0, 288.0)]  # 500人 starts the last column at 288


# --- names wrapped onto more lines ------------------------------------------------------------------------------

HEADER = [right("現状値", 240, 100), right("目標値", 320, 100)]


def _names_and_figures(words: list[Word]) -> tuple[list[list[str]], set[int]]:
    """The body rows' texts, and the body rows (0-based) flagged uncertain."""
    blocks = tab_stop_blocks(pieces(words))
    assert len(blocks) == 1
    grid = tab_stop_grid(1, blocks[0])
    assert not grid.uncertain  # a guess flags rows, never the whole table
    return [[cell.replace("\n", "") for cell in row] for row in grid.matrix()[1:]], \
        {row - 1 for row in grid.uncertain_rows}


def test_a_name_wrapped_before_its_figures_goes_with_the_row_below():
    """Word prints a tab's leader and figures after the name's last line: the line of name words alone before the
    first row starts that row's name, and then every such line in the block goes with the row below, surely."""
    words = [*HEADER,
             word("子育て支援センターの", 10, 112),
             word(f"利用者数{LEADERS}", 10, 124), right("3,820人", 240, 124), right("4,500人", 320, 124),
             word(f"出生数{LEADERS}", 10, 136), right("58人", 240, 136), right("65人", 320, 136),
             word("放課後児童クラブの", 10, 148),
             word(f"登録率{LEADERS}", 10, 160), right("38.5%", 240, 160), right("45.0%", 320, 160)]
    rows, uncertain = _names_and_figures(words)
    assert rows == [["子育て支援センターの利用者数", "3,820人", "4,500人"], ["出生数", "58人", "65人"],
                    ["放課後児童クラブの登録率", "38.5%", "45.0%"]]
    assert not uncertain


def test_a_name_that_cannot_end_goes_on_in_the_line_under_its_figures():
    """Cells printed top-aligned: the figures stand on the name's first line, which ends in a particle (`の`)."""
    words = [*HEADER,
             word("出生数", 10, 112), right("58人", 240, 112), right("65人", 320, 112),
             word("子育て支援センターの", 10, 124), right("3,820人", 240, 124), right("4,500人", 320, 124),
             word("利用者数", 10, 136),
             word("転入者数", 10, 148), right("412人", 240, 148), right("480人", 320, 148)]
    rows, uncertain = _names_and_figures(words)
    assert rows == [["出生数", "58人", "65人"], ["子育て支援センターの利用者数", "3,820人", "4,500人"],
                    ["転入者数", "412人", "480人"]]
    assert not uncertain


def test_a_wrapped_line_between_rows_that_nothing_places_goes_below_flagged():
    words = [*HEADER,
             word("出生数", 10, 112), right("58人", 240, 112), right("65人", 320, 112),
             word("子育て支援センター", 10, 124),
             word("利用者数", 10, 136), right("3,820人", 240, 136), right("4,500人", 320, 136),
             word("転入者数", 10, 148), right("412人", 240, 148), right("480人", 320, 148)]
    rows, uncertain = _names_and_figures(words)
    assert rows == [["出生数", "58人", "65人"], ["子育て支援センター利用者数", "3,820人", "4,500人"],
                    ["転入者数", "412人", "480人"]]
    # the line might as well end the name above: the figures of both rows are flagged, the third row's are not
    assert uncertain == {0, 1}


def test_lines_of_names_alone_after_the_last_row_stay_out_of_the_table():
    """A line under the last row whose name may end there is the text after the table (a note, a heading)."""
    words = [*HEADER, word("出生数", 10, 112), right("58人", 240, 112), right("65人", 320, 112),
             word("転入者数", 10, 124), right("412人", 240, 124), right("480人", 320, 124),
             word("※現状値は令和５年度末", 10, 136)]
    blocks = tab_stop_blocks(pieces(words))
    assert len(blocks) == 1 and "※現状値は令和５年度末" not in {text(w) for w in blocks[0].words}


def test_a_line_further_in_than_an_indent_is_no_wrapped_name():
    words = [*HEADER, word("出生数", 10, 112), right("58人", 240, 112), right("65人", 320, 112),
             word("（参考）", 60, 124),  # 50 points in: more than two characters
             word("転入者数", 10, 136), right("412人", 240, 136), right("480人", 320, 136)]
    blocks = tab_stop_blocks(pieces(words))
    assert [[text(w) for w in row] for row in blocks[0].rows] == [["出生数", "58人", "65人"]]


def test_a_goal_heading_over_the_rows_is_no_wrapped_name():
    words = [*HEADER, word("①", 10, 112), word("農業の振興", 26, 112),
             word("新規就農者数", 10, 124), right("2人", 240, 124), right("12人", 320, 124)]
    assert tab_stop_blocks(pieces(words)) == []  # as before wrapped names were read: the heading ends the block


def test_a_wrapped_name_is_read_whole_and_a_guessed_join_flags_its_values():
    from ingest.model import Extraction
    from ingest.table.interpret import Interpreter
    from records import extraction_records

    def read(words: list[Word]) -> list[tuple]:
        extraction = Extraction("list.pdf", "unknown")
        interpreter = Interpreter(extraction)
        interpreter.grid(tab_stop_grid(1, tab_stop_blocks(pieces(words))[0]))
        interpreter.finish()
        observations, _, _ = extraction_records(extraction)
        return [(o["kpi_name"], o["role"], o["value"], o["uncertain"]) for o in observations]

    first = [word("子育て支援センターの", 10, 112),
             word(f"利用者数{LEADERS}", 10, 124), right("3,820人", 240, 124), right("4,500人", 320, 124)]
    assert read([*HEADER, *first]) == [("子育て支援センターの利用者数", "baseline", 3820, False),
                                       ("子育て支援センターの利用者数", "target", 4500, False)]
    guessed = [word("出生数", 10, 112), right("58人", 240, 112), right("65人", 320, 112),
               word("子育て支援センター", 10, 124),
               word("利用者数", 10, 136), right("3,820人", 240, 136), right("4,500人", 320, 136)]
    assert {flag for *_, flag in read([*HEADER, *guessed])} == {True}
