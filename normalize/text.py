"""Text clean-up shared by every stage: NFKC, wrapped-line joining, footnote marks, damage repair."""

from __future__ import annotations

import re
import unicodedata

from normalize.vocabulary import CERTAIN_REPAIRS, FOOTNOTE_PATTERNS, MIDDLE_DOT, UNCERTAIN_MARKS

_FOOTNOTES = re.compile("|".join(FOOTNOTE_PATTERNS))
_REPAIRS = [(re.compile(pattern), repair, seen) for pattern, repair, seen in CERTAIN_REPAIRS]
_WIDE = r"[^\x00-\x7f]"
# A space between two non-ASCII characters is a wrap artefact (`児童・ 生徒の割合`).
_WRAP_SPACE = re.compile(rf"(?<={_WIDE})\s+(?={_WIDE})")
_SPACES = re.compile(r"\s+")


def nfkc(text: str) -> str:
    """NFKC plus whitespace collapse: full-width digits/letters, ％, ㎡ and Kangxi radicals fold here."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def one_line(text: str) -> str:
    """The cell text as printed, with line breaks and runs of spaces turned into one space."""
    return _SPACES.sub(" ", text).strip()


def join_wrapped(text: str) -> str:
    """Join a cell that wrapped over several lines: drop spaces between Japanese characters."""
    return _WRAP_SPACE.sub("", nfkc(text))


def repair(text: str) -> tuple[str, list[str]]:
    """Apply the certain repairs; return the repaired text and a note per repair made."""
    notes: list[str] = []
    for pattern, replacement, _seen in _REPAIRS:
        found = pattern.search(text)
        if found:
            notes.append(f"repaired {found.group(0)} → {replacement}")
            text = pattern.sub(replacement, text)
    return text, notes


def is_damaged(text: str) -> bool:
    """True when the text carries a mark of damage whose reading is not certain."""
    return any(mark in text for mark in UNCERTAIN_MARKS)


def clean_name(text: str) -> str:
    """Indicator name: repaired, NFKC, wrapped lines joined, footnote marks removed."""
    repaired, _ = repair(text)
    name = join_wrapped(_FOOTNOTES.sub("", nfkc(repaired)))
    return name.strip(" " + MIDDLE_DOT)
