"""Tables made of tab stops (`ingest.pdf.tabstops`), on hand-placed characters (no PDF): a header line of column
words, then rows of a name (joined to its figures by dot leaders) and figures at the header's tab stops.

Coordinates are PDF points from the top; every character is a square of `SIZE` points, as a CJK font prints it.
"""

from __future__ import annotations

from ingest.pdf.aligned import Word, split_at_leaders, whitespace_grid
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
    block, gutters = blocks[0]
    # the name column ends with 農産物直売所の売上高 (10 characters from x=10: 90); the first stop's column starts
    # with its header (7 characters ending at 240: 184) and ends at the stop (240); the second starts with its header
    # (8 characters ending at 320: 256)
    assert gutters == [(90.0, 184.0), (240.0, 256.0)]
    assert {text(w) for w in block} == {"現状値（R5）", "目標値（R11）", "新規就農者数", "2人", "12人",
                                       "農産物直売所の売上高", "1.4億円", "1.8億円"}
    grid = whitespace_grid(1, block, gutters)
    assert grid is not None
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
    assert len(blocks) == 1 and {text(w) for w in blocks[0][0]} == {"現状値", "目標値", "出生数", "58人", "65人"}


def test_header_words_a_space_apart_are_one_column():
    """`現状値 （R5）` printed with a space: pdfplumber gives two words, one column's header."""
    header = [word("現状値", 180, 100), right("（R5）", 240, 100), right("目標値", 320, 100)]  # 204 and 208: 4 apart
    rows = [[word("出生数", 10, 112), right("58人", 240, 112), right("65人", 320, 112)],
            [word("転入者数", 10, 124), right("412人", 240, 124), right("500人", 320, 124)]]
    blocks = tab_stop_blocks([*header, *(w for row in rows for w in row)])
    assert len(blocks) == 1
    assert blocks[0][1] == [(42.0, 180.0), (240.0, 288.0)]  # 500人 starts the last column at 288
