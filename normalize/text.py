"""Text clean-up shared by every stage: NFKC, wrapped-line joining, footnote marks, damage repair, and the
repairs real-world text layers need (radical code points, fake bold, letter-spacing)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from normalize.vocabulary import CERTAIN_REPAIRS, CHARACTER_FOLDS, FOOTNOTE_PATTERNS, MIDDLE_DOT, UNCERTAIN_MARKS

#: Radical code point → unified ideograph, generated from Unicode data by data/generate_radicals.py.
RADICALS_TABLE = Path(__file__).parent / "data" / "radicals.tsv"


def _load_folds(path: Path = RADICALS_TABLE) -> dict[int, str]:
    folds: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            radical, ideograph = line.split("\t")[:2]
            folds[int(radical, 16)] = chr(int(ideograph, 16))
    folds.update({ord(printed): meant for printed, meant in CHARACTER_FOLDS.items()})
    return folds


_FOLDS = _load_folds()

_FOOTNOTES = re.compile("|".join(FOOTNOTE_PATTERNS))
_REPAIRS = [(re.compile(pattern), repair, seen) for pattern, repair, seen in CERTAIN_REPAIRS]
_WIDE = r"[^\x00-\x7f]"
# A space between two non-ASCII characters is a wrap artefact (`児童・ 生徒の割合`).
_WRAP_SPACE = re.compile(rf"(?<={_WIDE})\s+(?={_WIDE})")
_SPACES = re.compile(r"\s+")


def fold_characters(text: str) -> str:
    """Characters NFKC leaves alone that stand for another: CJK radicals (`成⻑` → `成長`), `‧` → `・`."""
    return text.translate(_FOLDS)


def nfkc(text: str) -> str:
    """NFKC plus whitespace collapse: full-width digits/letters, ％, ㎡, every CJK radical and `‧` fold here."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", fold_characters(text))).strip()


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
