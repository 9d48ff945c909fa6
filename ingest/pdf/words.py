"""A page's words as pdfplumber's `WordExtractor` makes them, at a third of its cost.

The front end asks for words twice a page (its text map, `PageSource._textmap`, and the words outside the ruled
tables, `ingest.pdf.aligned.words_outside`), always with pdfplumber's default directions, no blank characters kept and
no split at punctuation. `WordExtractor` does that through generic code: a key function, a sort key and a direction
test per character, a dictionary and a bounding-box merge per word; it was the largest cost of the front end after
reading the characters. `word_tuples` does the same steps for just those settings, in the same order, so that every
word, its characters and their order are pdfplumber's (tests/test_pdf_words.py compares both on every page of the PDF
fixtures and on random characters). Other settings are pdfplumber's business (`WordExtractor`). The stripped text
lines of the text map (`text_lines`) are pdfplumber's `extract_text_lines` search without its generic per-match work
(the same test compares them on every fixture page).
"""

from __future__ import annotations

import re
from itertools import groupby
from operator import itemgetter
from typing import Any

Obj = dict[str, Any]

#: pdfplumber's ligature expansions (`pdfplumber.utils.text.LIGATURES`, `expand_ligatures=True`).
_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
_HAS_LIGATURE = re.compile("|".join(_LIGATURES)).search
_NEWLINE, _SPACE = ("\n", None), (" ", None)
_UPRIGHT = itemgetter("upright")
_X0, _TOP, _X1, _BOTTOM = itemgetter("x0"), itemgetter("top"), itemgetter("x1"), itemgetter("bottom")
_TEXT = itemgetter("text")


def _cluster_index(values: set[float], tolerance: float) -> dict[float, int]:
    """pdfplumber's `make_cluster_dict(values, tolerance)`: the distinct values sorted and cut where one is more than
    `tolerance` above the previous → value: number of its cluster."""
    ordered = sorted(values)
    if tolerance == 0 or len(ordered) < 2:
        return {v: i for i, v in enumerate(ordered)}
    index: dict[float, int] = {}
    n, last = 0, ordered[0]
    for v in ordered:
        if v > last + tolerance:
            n += 1
        index[v] = n
        last = v
    return index


def _clusters(chars: list[Obj], key: str, tolerance: float) -> list[list[Obj]]:
    """pdfplumber's `cluster_objects(chars, key, tolerance)`: the characters by cluster (`_cluster_index`), in their
    order within one."""
    index = _cluster_index({c[key] for c in chars}, tolerance)
    groups: list[list[Obj]] = [[] for _ in range(len(set(index.values())))]
    for c in chars:
        groups[index[c[key]]].append(c)
    return groups


def _words(line: list[Obj], upright: bool, x_tolerance: float, y_tolerance: float) -> list[list[Obj]]:
    """pdfplumber's `iter_chars_to_words` on one sorted line: a blank ends a word, an empty text is a word of its
    own, a character starts a new word when it stands before the previous one's start, more than the tolerance after
    its end, or off its line."""
    start, end, across = ("x0", "x1", "top") if upright else ("top", "bottom", "x0")
    gap, drift = (x_tolerance, y_tolerance) if upright else (y_tolerance, x_tolerance)
    words: list[list[Obj]] = []
    word: list[Obj] = []
    prev_start = prev_end = prev_across = 0.0  # of the word's last character
    for char in line:
        text = char["text"]
        if text.isspace():
            if word:
                words.append(word)
            word = []
        elif text == "":  # `text in split_at_punctuation` with no punctuation given: only the empty text
            if word:
                words.append(word)
            words.append([char])
            word = []
        elif word:
            at, line_at = char[start], char[across]
            if at < prev_start or at > prev_end + gap or abs(line_at - prev_across) > drift:
                words.append(word)
                word = [char]
            else:
                word.append(char)
            prev_start, prev_end, prev_across = at, char[end], line_at
        else:
            word = [char]
            prev_start, prev_end, prev_across = char[start], char[end], char[across]
    if word:
        words.append(word)
    return words


def _word_text(chars: list[Obj]) -> str:
    """The characters' texts joined, ligatures expanded and a missing text read as none (`merge_chars`): joined
    as they are unless a ligature or a missing text is among them."""
    try:
        text: str | None = "".join(map(_TEXT, chars))
    except TypeError:  # a character whose text is None
        text = None
    if text is None or _HAS_LIGATURE(text):
        return "".join([_LIGATURES.get(c["text"], c["text"] or "") for c in chars])
    return text


def box_of(chars: list[Obj]) -> tuple[float, float, float, float]:
    """(x0, top, x1, bottom) of a word's characters, as `merge_chars` takes the word's box."""
    if len(chars) == 1:
        first = chars[0]
        return first["x0"], first["top"], first["x1"], first["bottom"]
    return min(map(_X0, chars)), min(map(_TOP, chars)), max(map(_X1, chars)), max(map(_BOTTOM, chars))


def _merge(chars: list[Obj], upright: bool) -> Obj:
    """pdfplumber's `merge_chars`: the word's text, box and direction."""
    first = chars[0]
    x0, top, x1, bottom = box_of(chars)
    return {"text": _word_text(chars), "x0": x0, "x1": x1,
            "top": top, "doctop": top + (first["doctop"] - first["top"]), "bottom": bottom,
            "upright": first["upright"], "height": bottom - top, "width": x1 - x0,
            "direction": "ltr" if upright else "ttb"}


def word_tuples(chars: list[Obj], x_tolerance: float = 3, y_tolerance: float = 3) -> list[tuple[Obj, list[Obj]]]:
    """(word, its characters) as `WordExtractor(x_tolerance, y_tolerance).iter_extract_tuples(chars)` gives them:
    the words of `word_chars`, each merged (`_merge`)."""
    return [(_merge(word, upright), word) for upright, word in word_chars(chars, x_tolerance, y_tolerance)]


def char_lines(chars: list[Obj], x_tolerance: float = 3, y_tolerance: float = 3) -> list[tuple[bool, list[Obj]]]:
    """(upright, the line's characters in reading order) of each line `word_chars` cuts into words, in its order:
    runs of upright and of rotated characters; lines clustered by top (rotated: by x0, within `x_tolerance`), each
    sorted by x0 (rotated: by top, bottom). An upright line depends on `y_tolerance` only: the page's lines are made
    once (`PageSource.char_lines`) for the text map and the words outside the tables, whose word gaps differ."""
    found: list[tuple[bool, list[Obj]]] = []
    for upright, run in groupby(chars, _UPRIGHT):
        run_chars = list(run)
        if upright:
            lines = _clusters(run_chars, "top", y_tolerance)
            order = itemgetter("x0")
        else:
            lines = _clusters(run_chars, "x0", x_tolerance)
            order = itemgetter("top", "bottom")
        found.extend((bool(upright), sorted(line, key=order)) for line in lines)
    return found


def word_chars(chars: list[Obj], x_tolerance: float = 3, y_tolerance: float = 3,
               lines: list[tuple[bool, list[Obj]]] | None = None) -> list[tuple[bool, list[Obj]]]:
    """(upright, the word's characters) of each word of `word_tuples`, in its order, without the word's dict (the
    text map needs only each word's top): the words of each of the characters' lines (`char_lines`; `lines`: those
    lines made already), cut as `_words` says."""
    if lines is None:
        lines = char_lines(chars, x_tolerance, y_tolerance)
    return [(upright, word) for upright, line in lines for word in _words(line, upright, x_tolerance, y_tolerance)]


def extract_words(chars: list[Obj], x_tolerance: float = 3, y_tolerance: float = 3,
                  return_chars: bool = False) -> list[Obj]:
    """pdfplumber's `extract_words(chars, x_tolerance=…, y_tolerance=…, return_chars=…)`."""
    if return_chars:
        return [{**word, "chars": chars_of} for word, chars_of in word_tuples(chars, x_tolerance, y_tolerance)]
    return [word for word, _ in word_tuples(chars, x_tolerance, y_tolerance)]


def chars_to_textmap(chars: list[Obj], bbox: tuple[float, float, float, float], width: float, height: float,
                     lines: list[tuple[bool, list[Obj]]] | None = None) -> Any:
    """pdfplumber's `chars_to_textmap(chars, layout_bbox=bbox, layout_width=width, layout_height=height)` (no
    layout, so the box and size place nothing): the words of `word_chars` laid out as `WordMap.to_textmap` lays them
    out without layout, minus its generic per-character work (a third of the page text's cost): lines are runs of
    words whose tops fall in one cluster (`_cluster_index`, 3 points), a newline between two lines, a space between
    two words of a line once it has a letter, and each character's letters (ligatures expanded). `lines`: the
    characters' `char_lines` at pdfplumber's default tolerances, when made already."""
    from pdfplumber.utils.text import TextMap

    # each word's top as `_merge` reads it (`box_of`): the least of its characters' tops
    found = [(min(map(_TOP, chars_of)), chars_of) for _, chars_of in word_chars(chars, lines=lines)]
    tuples: list[tuple[str, Obj | None]] = []
    append, extend = tuples.append, tuples.extend
    line_of = _cluster_index({top for top, _ in found}, 3)
    line, line_len = None, 0
    for top, chars_of in found:
        if line_of[top] != line:
            if line is not None:
                append(_NEWLINE)
            line, line_len = line_of[top], 0
        if line_len:
            append(_SPACE)
            line_len += 1
        texts = list(map(_TEXT, chars_of))
        joined = "".join(texts)
        if len(joined) == len(texts) and "" not in texts and not _HAS_LIGATURE(joined):  # one letter a character
            extend(zip(joined, chars_of, strict=True))
            line_len += len(texts)
            continue
        for text, c in zip(texts, chars_of, strict=True):
            for letter in _LIGATURES.get(text, text):
                append((letter, c))
                line_len += 1
    return TextMap(tuples, line_dir_render="ttb", char_dir_render="ltr")


#: pdfplumber's pattern of a stripped text line (`TextMap.extract_text_lines(strip=True)`); group 1 is the line.
_STRIPPED_LINE = re.compile(r" *([^\n]+?) *(\n|$)")


def text_lines(textmap: Any) -> list[Obj]:
    """`textmap.extract_text_lines(strip=True, return_chars=True)` (a pdfplumber `TextMap`): the same search, each
    line's box taken from its characters without pdfplumber's generic search (a dict per match and a box merge
    through tuples cost more than the search)."""
    tuples = textmap.tuples
    found = []
    for match in _STRIPPED_LINE.finditer(textmap.as_string):
        text = match.group(1)
        if not text.strip():
            continue
        chars = [char for _, char in tuples[match.start(1):match.end(1)] if char is not None]
        found.append({"text": text, "x0": min(map(_X0, chars)), "top": min(map(_TOP, chars)),
                      "x1": max(map(_X1, chars)), "bottom": max(map(_BOTTOM, chars)), "chars": chars})
    return found
