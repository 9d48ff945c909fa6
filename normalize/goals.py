"""Goal-path parts in one canonical printed form, whichever front end read them.

Convention (shared by every front end so that text and PDF give identical paths):
`<label> <title>` with NFKC applied, wrapped lines joined, and one space after the label, where the label is
the basic goal number (`1`), the sub-goal as `N-M` (`1-1`, composed by the front end when a document prints only
`M` under basic goal N), or the measure's circled number (`①`). Parts without a label (project names, headings)
are just the cleaned title.
Example path: `1 しごとの創生 / 1-1 安定した雇用の創出 / ① 地域産業の活性化、付加価値の向上`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from normalize.numbers import parse_number
from normalize.text import join_wrapped, longest_first, repair
from normalize.vocabulary import (
    ACTIVITY_HEADING_PREFIXES,
    CAPTION_BRACKETS,
    CIRCLED_NUMBERS,
    GOAL_LABEL_PREFIXES,
    GOAL_LABEL_SEPARATORS,
    KANJI_DIGITS,
    KANJI_SMALL_UNITS,
    MEASURE_HEADING_PREFIXES,
    POLICY_LABEL_WORD,
)

_PREFIX_WORDS = "(?:" + "|".join(map(re.escape, longest_first([*GOAL_LABEL_PREFIXES, *ACTIVITY_HEADING_PREFIXES]))) \
    + ")"


def _marks(marks: str) -> str:
    """A character class of the marks as printed and after NFKC."""
    return "[" + re.escape("".join(dict.fromkeys(marks + unicodedata.normalize("NFKC", marks)))) + "]"


#: A goal label printed in caption brackets (`【基本目標2】新しいひとの流れをつくる`, a band row across a table): the
#: opening bracket before the prefix word, the closing one after the label (either width: NFKC folds `［` to `[`).
BRACKET_OPEN = _marks(CAPTION_BRACKETS[::2])
BRACKET_CLOSE = _marks(CAPTION_BRACKETS[1::2])
_PREFIX = re.compile(rf"^(?:{BRACKET_OPEN}\s*)?{_PREFIX_WORDS}\s*")
#: A Roman-numeral goal label (`基本目標Ⅱ`, other governments' plans; `II` after NFKC); a word such as `IoT` is none.
ROMAN_LABEL = r"[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX]+(?![A-Za-z])"
#: A goal label in kanji numerals (`基本目標一　村の暮らしを守る`, `基本目標十二`; layouts 184, common in documents set
#: in vertical writing): up to 十 and its digits, a space or a mark after it (`基本目標一覧` is a word, no label).
KANJI_LABEL = ("[" + "".join(KANJI_DIGITS) + "".join(k for k, v in KANJI_SMALL_UNITS.items() if v == 10)
               + r"]{1,3}(?=\s|[^\w\s])")
#: A heading's label after its prefix word: `1`, `1-2`, `①`, a Roman numeral (`基本目標Ⅱ`, folded by NFKC to `II`,
#: common in other governments' plans), a kanji number before a space (`基本目標一　…`), optionally bracketed
#: (`基本目標（１）`), the heading perhaps in caption brackets (`【基本目標2】…`: BRACKET_OPEN before the prefix).
HEADING_LABEL = rf"\(?(\d+\s*-\s*\d+|\d+|{ROMAN_LABEL}|{KANJI_LABEL}|[{CIRCLED_NUMBERS}])\)?(?:{BRACKET_CLOSE})?"
#: A basic goal's heading as it opens a text after NFKC (`基本目標Ⅲ：…`, `【基本目標2】…`, `基本目標一　…`).
GOAL_HEADING_START = "^(?:" + BRACKET_OPEN + r"\s*)?(?:" + "|".join(map(re.escape, GOAL_LABEL_PREFIXES)) \
    + rf")\s*{HEADING_LABEL}"
#: A goal label: `1`, `1-2`, `①`, a Roman numeral, optionally bracketed (`（１）` → `1`), and the mark after it
#: (`1:…`, GOAL_LABEL_SEPARATORS), which is no part of the title.
_LABEL = re.compile(rf"^\(?(\d+(?:\s*-\s*\d+)?|{ROMAN_LABEL}|[{CIRCLED_NUMBERS}])\)?(?:{BRACKET_CLOSE}\s*)?\s*"
                    rf"(?:{_marks(''.join(GOAL_LABEL_SEPARATORS))}\s*)?(.*)$")
#: A kanji label after its prefix word, turned into digits (`基本目標一` → `1`) before wrapped lines are joined (that
#: join drops the space after it).
_PREFIXED_KANJI_LABEL = re.compile(rf"^({_PREFIX_WORDS}\s*[^\w\s]?)({KANJI_LABEL})")
_CIRCLED = re.compile(f"([{CIRCLED_NUMBERS}])")
#: A numbered label standing as a word of its own (`2-2` of `重点施策 2-2 方針2:…`): the spaces around it are printed.
_HYPHEN_LABEL = re.compile(r"^\d+-\d+")
#: A leading word that is a label (`1`, `1-1`, `施策1`, `II`): the space after it separates label and title.
_LEADING_LABEL = re.compile(rf"^(?:\S*\d+(?:-\d+)?|{ROMAN_LABEL})$")


def _autospaced(left: str, right: str) -> bool:
    """A space between a Japanese and a Latin letter or digit, either way round (`方針 2:`, `DX 推進`)."""
    wide = (not left[-1].isascii(), not right[0].isascii())
    return wide[0] != wide[1] and (left[-1].isalnum() and right[0].isalnum())


def _without_autospace(text: str) -> str:
    """The text without the spaces an office program puts between Japanese and Western text and a text layer prints
    (LibreOffice: `重点施策 2-2 方針 2:…`, `1 市民 1 スポーツ`, `DX 推進プロジェクト`), which the printed goal has not
    (`方針2:`, `DX推進`). The space after a leading label and around an `N-M` label is the goal's own."""
    words = text.split(" ")
    out = words[0]
    for k in range(1, len(words)):
        left, right = words[k - 1], words[k]
        keep = not (left and right and _autospaced(left, right)) or _HYPHEN_LABEL.match(left) \
            or _HYPHEN_LABEL.match(right) or (k == 1 and _LEADING_LABEL.match(left))
        out += (" " if keep else "") + right
    return out


#: A policy's label (`重点施策 1-2`) and what follows it (`方針1:…`): one space between, however the lines of a
#: wrapped cell were joined (`重点施策 1-2方針1:…` from a PDF cell printing the label on a line of its own).
#: A measure's prefix set apart from its number (`施策 1-1 …`, a form's `施策` label cell beside `1-1 …`): the
#: label is `施策1-1`, as printed glued (`施策１－１`).
_MEASURE_SPACED = re.compile("^(" + "|".join(map(re.escape, MEASURE_HEADING_PREFIXES)) + r")\s+(?=\(?\d)")
POLICY_HEADING = re.compile(rf"^({re.escape(POLICY_LABEL_WORD)})\s*(\d+)\s*-\s*(\d+)\s*(.*)$", re.S)


@lru_cache(maxsize=1 << 14)
def goal_part(text: str) -> str:
    """One part of a goal path in canonical form (see module docstring). Remembered (a pure function of the text):
    every row of a table asks it of the same few goal headings."""
    # Certain repairs first (004 `重点施悪 1-3`), then protect circled numbers from NFKC (① → 1).
    repaired = _PREFIXED_KANJI_LABEL.sub(lambda m: m.group(1) + str(parse_number(m.group(2))), repair(text)[0])
    pieces = _CIRCLED.split(repaired)
    cleaned = "".join(p if _CIRCLED.fullmatch(p) else join_wrapped(p) for p in pieces).strip()
    cleaned = _without_autospace(_PREFIX.sub("", cleaned))
    if policy := POLICY_HEADING.match(cleaned):
        word, basic, sub, rest = policy.groups()
        return f"{word} {basic}-{sub} {rest}".strip()
    cleaned = _MEASURE_SPACED.sub(r"\1", cleaned)
    match = _LABEL.match(cleaned)
    if not match:
        return cleaned
    label = re.sub(r"\s+", "", match.group(1))
    title = match.group(2).strip()
    return f"{label} {title}" if title else label
