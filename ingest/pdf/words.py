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
_UPRIGHT = itemgetter("upright")
_X0, _TOP, _X1, _BOTTOM = itemgetter("x0"), itemgetter("top"), itemgetter("x1"), itemgetter("bottom")


def _clusters(chars: list[Obj], key: str, tolerance: float) -> list[list[Obj]]:
    """pdfplumber's `cluster_objects(chars, key, tolerance)`: the distinct values sorted and cut where one is more
    than `tolerance` above the previous; the characters by cluster, in their order within one."""
    values = sorted({c[key] for c in chars})
    index: dict[float, int] = {}
    if tolerance == 0 or len(values) < 2:
        index = {v: i for i, v in enumerate(values)}
    else:
        n, last = 0, values[0]
        for v in values:
            if v > last + tolerance:
                n += 1
            index[v] = n
            last = v
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
            prev = word[-1]
            if (char[start] < prev[start] or char[start] > prev[end] + gap
                    or abs(char[across] - prev[across]) > drift):
                words.append(word)
                word = [char]
            else:
                word.append(char)
        else:
            word = [char]
    if word:
        words.append(word)
    return words


def _merge(chars: list[Obj], upright: bool) -> Obj:
    """pdfplumber's `merge_chars`: the word's text, box and direction."""
    first = chars[0]
    if len(chars) == 1:
        x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
    else:
        x0, top = min(map(_X0, chars)), min(map(_TOP, chars))
        x1, bottom = max(map(_X1, chars)), max(map(_BOTTOM, chars))
    return {"text": "".join([_LIGATURES.get(c["text"], c["text"] or "") for c in chars]), "x0": x0, "x1": x1,
            "top": top, "doctop": top + (first["doctop"] - first["top"]), "bottom": bottom,
            "upright": first["upright"], "height": bottom - top, "width": x1 - x0,
            "direction": "ltr" if upright else "ttb"}


def word_tuples(chars: list[Obj], x_tolerance: float = 3, y_tolerance: float = 3) -> list[tuple[Obj, list[Obj]]]:
    """(word, its characters) as `WordExtractor(x_tolerance, y_tolerance).iter_extract_tuples(chars)` gives them:
    runs of upright and of rotated characters; lines clustered by top (rotated: by x0), each sorted by x0 (rotated: by
    top, bottom); words cut as `_words` says."""
    found: list[tuple[Obj, list[Obj]]] = []
    for upright, run in groupby(chars, _UPRIGHT):
        run_chars = list(run)
        if upright:
            lines = _clusters(run_chars, "top", y_tolerance)
            order = itemgetter("x0")
        else:
            lines = _clusters(run_chars, "x0", x_tolerance)
            order = itemgetter("top", "bottom")
        for line in lines:
            for word in _words(sorted(line, key=order), bool(upright), x_tolerance, y_tolerance):
                found.append((_merge(word, bool(upright)), word))
    return found


def extract_words(chars: list[Obj], x_tolerance: float = 3, y_tolerance: float = 3,
                  return_chars: bool = False) -> list[Obj]:
    """pdfplumber's `extract_words(chars, x_tolerance=…, y_tolerance=…, return_chars=…)`."""
    if return_chars:
        return [{**word, "chars": word_chars} for word, word_chars in word_tuples(chars, x_tolerance, y_tolerance)]
    return [word for word, _ in word_tuples(chars, x_tolerance, y_tolerance)]


def chars_to_textmap(chars: list[Obj], bbox: tuple[float, float, float, float], width: float, height: float
                     ) -> Any:
    """pdfplumber's `chars_to_textmap(chars, layout_bbox=bbox, layout_width=width, layout_height=height)`: the
    words of `word_tuples` laid out by pdfplumber's own `WordMap.to_textmap`."""
    from pdfplumber.utils.text import WordMap

    return WordMap(word_tuples(chars)).to_textmap(layout_bbox=bbox, layout_width=width, layout_height=height,
                                                  presorted=True)


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
