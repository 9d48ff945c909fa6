"""The text of one table cell from its characters: printed lines joined with "\\n", soft wraps undone.

A cell's lines are either breaks the author typed (`11,942億円` / `（平成30年）`, `男性77.41歳` / `女性79.89歳`) or
wraps the producer made because the next character did not fit (`（平成30年` / `度）` in a narrow column). A typed
break is kept as "\\n"; a wrap is joined, because the producer's column width is not part of the text. A line is
taken for a wrap when the head of the next line would have reached the cell's right edge; the head is its first
character with the punctuation that may not begin a line (Unicode closing brackets, `、`, `。`): a producer moves
`度` down together with the `）` after it; a Latin word or number is never broken, so it is the head whole.
A wrap from Japanese to Western text keeps its "\\n": whether the producer wrapped at a space there the canonical
forms decide, as for the text readers (`normalize.text.wide_to_western`).
"""

from __future__ import annotations

import re
import unicodedata
from operator import itemgetter
from typing import Any

from ingest.pdf.turned import turn_steps
from normalize.text import wide_to_western

#: Characters whose tops differ by at most this (points, pdfplumber's `y_tolerance`) are on one line.
LINE_TOLERANCE = 3.0
#: A horizontal gap wider than this (points, pdfplumber's `x_tolerance`) between two characters is a space.
SPACE_GAP = 3.0
#: Coordinates differ by arithmetic noise between PDF readers (pdfminer computes in double precision, PDFium in
#: single): a gap this close to `SPACE_GAP` is taken as equal to it (no space), whichever reader read the page.
FLOAT_NOISE = 1e-6
#: A wrap: the next line's head would end closer than this share of its font size (an ideograph's width) to the
#: right edge (the cell's padding).
WRAP_SLACK = 0.5


#: Unicode categories of characters that may not begin a line (closing brackets and quotes, other punctuation).
_NO_LINE_START = {"Pe", "Pf", "Po"}


def _head_width(chars: list[dict[str, Any]]) -> float:
    """Width of a line's first character, or its first Latin word (a producer moves `SUN` down whole), and the
    punctuation glued to it."""
    end = 1
    if _is_ascii_word(chars[0]["text"][:1]):
        while end < len(chars) and _is_ascii_word(chars[end]["text"][:1]):
            end += 1
    while end < len(chars) and unicodedata.category(chars[end]["text"][:1] or " ") in _NO_LINE_START:
        end += 1
    return chars[end - 1]["x1"] - chars[0]["x0"]


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


_TOP, _X0 = itemgetter("top"), itemgetter("x0")


def lines_of(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Lines of the characters, top to bottom, each with its text, box and chars, read as pdfplumber's
    `extract_text` reads them: a line is a chain of tops no more than `LINE_TOLERANCE` apart; a gap wider than
    `SPACE_GAP` or a blank character between two characters is one space."""
    lines: list[list[dict[str, Any]]] = []
    last_top = 0.0
    for ch in sorted(chars, key=_TOP):
        top = ch["top"]
        if lines and top - last_top <= LINE_TOLERANCE:
            lines[-1].append(ch)
        else:
            lines.append([ch])
        last_top = top
    out = []
    for line in lines:
        ordered = sorted(line, key=_X0)
        text, kept, pending, right = "", [], False, None
        for ch in ordered:
            if not ch["text"].strip():
                pending = True
                continue
            if right is not None and ch["x0"] - right > SPACE_GAP + FLOAT_NOISE:
                pending = True
            if pending and text:
                text += " "
            text, pending, right = text + ch["text"], False, ch["x1"]
            kept.append(ch)
        if kept:
            out.append({"text": text, "x0": kept[0]["x0"], "x1": max(c["x1"] for c in kept),
                        "top": min(c["top"] for c in kept), "bottom": max(c["bottom"] for c in kept), "chars": kept})
    return out


def join_lines(lines: list[dict[str, Any]], right: float | None) -> str:
    """Lines → cell text; with the cell's right edge known, wrapped lines are joined without a break."""
    out = ""
    for i, line in enumerate(lines):
        text = line["text"]
        if i == 0:
            out = text
            continue
        previous = lines[i - 1]
        chars = line.get("chars") or []
        wrapped = (right is not None and bool(chars) and previous["x1"] + _head_width(chars)
                   + WRAP_SLACK * chars[0].get("size", chars[0]["x1"] - chars[0]["x0"]) > right)
        if not wrapped or wide_to_western(out, text):
            out += "\n" + text  # a wrap from Japanese to Western text keeps its break (`wide_to_western`)
        elif out and _is_ascii_word(out[-1]) and _is_ascii_word(text[:1]) and not _glued_to_japanese(out) and not (
                _NUMBER_TAIL.search(out) and text[:1].isdigit()):
            out += " " + text  # a word wrap between Latin words keeps its space
        else:
            out += text
    return out


#: A line ending in a digit group cut short (`12,3` of `12,3` / `45人`, `1,20` / `0人`): a wrap inside a number, which
#: prints no space (a group after a thousands separator has three digits).
_NUMBER_TAIL = re.compile(r"\d,\d{0,2}$")


def _glued_to_japanese(text: str) -> bool:
    """The Latin word ending the text follows a Japanese letter with no space (`…(オレンジS`): the cell wraps
    letter by letter, as Japanese text does, so a wrap inside that word (`S` / `UN)`) is no space (004, full-width
    letters set by reportlab)."""
    start = len(text)
    while start > 0 and _is_ascii_word(text[start - 1]):
        start -= 1
    return start > 0 and not text[start - 1].isascii() and not text[start - 1].isspace()


def turned_text(chars: list[dict[str, Any]]) -> str:
    """The text of a cell whose characters are all turned 90° (a narrow header cell `単位`, `達成度` set in Excel's
    90° text, variety26: layouts 263): each line one column of glyphs, read up the page when the content stream
    runs up it (turned counter-clockwise, lines left to right), else down it (clockwise, lines right to left)."""
    up = sum(turn_steps(chars)) >= 0
    lines: list[list[dict[str, Any]]] = []
    for ch in sorted(chars, key=_X0, reverse=not up):
        if lines and abs(ch["x0"] - lines[-1][-1]["x0"]) <= LINE_TOLERANCE:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    return "\n".join("".join(ch["text"] for ch in sorted(line, key=_TOP, reverse=up)).strip() for line in lines)


def cell_text(chars: list[dict[str, Any]], right: float | None = None) -> str:
    """The text of a cell's characters (given in page order); a cell of turned characters only as `turned_text`
    reads it."""
    if chars and not any(ch.get("upright", True) for ch in chars):
        return turned_text(chars)
    return join_lines(lines_of(chars), right) if chars else ""
