"""ingest/pdf/celltext: a wrap inside a Latin word that a Japanese letter opens is joined without a space (004 set
in full-width letters: `(オレンジS` / `UN)登録者数`); a Latin word standing apart keeps the space of its wrap."""

from __future__ import annotations

from ingest.pdf.celltext import cell_text
from normalize.goals import goal_part
from normalize.text import clean_name


def _chars(text: str, x0: float, top: float, size: float = 7.0) -> list[dict]:
    """Characters of one printed line: an ideograph one em wide, an ASCII letter about half."""
    out, x = [], x0
    for ch in text:
        width = size * (0.55 if ch.isascii() else 1.0)
        if ch != " ":
            out.append({"text": ch, "x0": x, "x1": x + width, "top": top, "bottom": top + size, "size": size})
        x += width
    return out


def test_a_latin_word_glued_to_japanese_is_joined_across_its_wrap():
    first = _chars("見守り(オレンジS", 0, 0)
    right = first[-1]["x1"] + 1  # the next letter did not fit
    assert cell_text(first + _chars("UN)登録者数", 0, 9), right) == "見守り(オレンジSUN)登録者数"


def test_a_latin_word_standing_apart_keeps_the_space_of_its_wrap():
    first = _chars("市民 ICT", 0, 0)
    right = first[-1]["x1"] + 1
    assert cell_text(first + _chars("Station", 0, 9), right) == "市民 ICT Station"


def test_a_number_wrapped_inside_a_digit_group_is_one_number():
    first = _chars("12,3", 0, 0, 8.0)
    right = first[-1]["x1"] + 1  # layouts 104: a narrow value column, `12,345人` wrapped after `12,3`
    assert cell_text(first + _chars("45人", 0, 10, 8.0), right) == "12,345人"
    first = _chars("R5 2023", 0, 0, 8.0)  # a number whose last group is whole: a word wrap keeps its space
    assert cell_text(first + _chars("45", 0, 10, 8.0), first[-1]["x1"] + 1) == "R5 2023 45"


def test_a_wrap_from_japanese_to_western_text_keeps_its_break_for_the_canonical_form():
    first = _chars("方針1関係:電子地域通貨", 0, 0)
    right = first[-1]["x1"] + 1  # 004 set by reportlab: `電子地域通貨 (ISECA)の活用` wrapped at its space
    text = cell_text(first + _chars("(ISECA)の活用", 0, 9), right)
    assert text == "方針1関係:電子地域通貨\n(ISECA)の活用"
    assert goal_part(text) == "方針1関係:電子地域通貨 (ISECA)の活用"  # as the goal is printed on one line
    assert clean_name(text) == "方針1関係:電子地域通貨(ISECA)の活用"  # a name joins it, as every reader does


def _turned(text: str, x0: float, bottom: float, up: bool = True, size: float = 9.0) -> list[dict]:
    """Characters of one line turned 90° in content order: up the page from `bottom` (counter-clockwise), or down it
    from `bottom` taken as the top (clockwise)."""
    out = []
    for i, ch in enumerate(text):
        top = bottom - (i + 1) * size if up else bottom + i * size
        out.append({"text": ch, "x0": x0, "x1": x0 + size, "top": top, "bottom": top + size, "size": size,
                    "upright": False})
    return out


def test_a_cell_of_turned_text_reads_in_the_direction_its_glyphs_run():
    # layouts 263: a narrow header cell `単位` set in Excel's 90° text, its first glyph at the bottom
    assert cell_text(_turned("単位", 10, 100)) == "単位"
    assert cell_text(_turned("達成度", 10, 100)) == "達成度"
    assert cell_text(_turned("達成度", 10, 40, up=False)) == "達成度"  # turned clockwise: top to bottom
    # two lines turned counter-clockwise: the first at the left
    assert cell_text(_turned("達成", 10, 100) + _turned("状況", 22, 100)) == "達成\n状況"
