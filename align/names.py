"""Indicator names → comparison forms: a key that folds spelling variants, and the set of content words.

`kpi_name` is already cleaned by `normalize.text.clean_name` (NFKC, wrapped lines joined, footnote marks
removed). On top of that, alignment folds what does not change the indicator:
- parenthetical qualifiers listed in `IGNORED_NAME_QUALIFIERS` (`(累計)`);
- orthographic variants, via sudachipy's `normalized_form` (寄附 → 寄付, カ所 → 箇所, 住み → 住む);
- brackets, commas and spaces (sudachipy symbol tokens).
SplitMode.C keeps compounds whole (`従業者数`, `児童クラブ`), so the content-word sets compare meaning units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from sudachipy import Dictionary, SplitMode, Tokenizer

from normalize.text import clean_name, nfkc
from normalize.vocabulary import (
    IGNORED_NAME_QUALIFIERS,
    NAME_CONTENT_POS,
    NAME_DEPENDENT_POS,
    NAME_SYMBOL_POS,
    NAME_SYNONYMS,
)

_IGNORED = re.compile(r"[(（]\s*(?:" + "|".join(map(re.escape, IGNORED_NAME_QUALIFIERS)) + r")\s*[)）]")
#: A name with no letter, digit or ideograph is no name (a placeholder such as `-` where the name was lost).
_HAS_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class NameForm:
    """How one indicator name is compared."""

    name: str  #: the cleaned name with ignored qualifiers removed
    key: str  #: normalised forms of all non-symbol tokens, concatenated
    words: frozenset[str]  #: normalised forms of the content words (synonyms folded, leaning words dropped)

    @property
    def empty(self) -> bool:
        return not self.key


@cache
def tokenizer() -> Tokenizer:
    """The sudachipy tokenizer (core dictionary, SplitMode.C), built once per process: building is slow."""
    return Dictionary(dict="core").tokenizer(mode=SplitMode.C)


def strip_ignored(name: str) -> str:
    """Remove qualifiers that do not change the indicator: `新規就農者数(累計)` → `新規就農者数`."""
    return _IGNORED.sub("", name).strip()


@cache
def name_form(kpi_name: str) -> NameForm:
    """Comparison form of an indicator name (cached: names repeat across rows and documents)."""
    name = strip_ignored(clean_name(nfkc(kpi_name or "")))
    if not _HAS_WORD.search(name):
        return NameForm(name, "", frozenset())
    key_parts: list[str] = []
    words: set[str] = set()
    for token in tokenizer().tokenize(name):
        pos = token.part_of_speech()
        if pos[0] in NAME_SYMBOL_POS:
            continue
        form = token.normalized_form()
        key_parts.append(form)
        if pos[0] in NAME_CONTENT_POS and pos[1] != NAME_DEPENDENT_POS:
            words.add(NAME_SYNONYMS.get(form, form))
    return NameForm(name, "".join(key_parts), frozenset(words))


def covers(other_word: str, word: str) -> bool:
    """`other_word` says `word`, possibly split differently: the same word; for a one-character word, a
    compound ending in it (`数` / `基数`); for a longer word, a longer word inside or around it (`保育` /
    `保育所`). A longer word is never covered by a single character (`出生数` is not covered by `数`)."""
    if len(word) == 1:
        return other_word.endswith(word)
    return other_word == word or (len(other_word) > 1 and (word in other_word or other_word in word))


@lru_cache(maxsize=1 << 14)
def extra_words(own: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    """Content words of one name that the other name lacks (see `covers`): a different segmentation is not
    a different qualifier."""
    return frozenset(w for w in own - other if not any(covers(o, w) for o in other))
