"""Which pairs of mentions are worth comparing: blocking, so alignment is not all-pairs.

`matcher.compare` scores a pair as name points + value points + context points (unit, sub-goal, kind: at most
`matcher.CONTEXT_POINTS_MAX`). Value points are positive only when some value agrees; otherwise they are zero
or negative. So a pair can reach the grey zone (score >= GREY_FROM) only

- through an agreeing value: the two mentions state a value for the same (observed-or-target, period,
  segment) that agrees to three significant digits (the bucket also catches `425.1万人` ~ `4,251,251人`);
- or through its names alone: name points + CONTEXT_POINTS_MAX >= GREY_FROM, i.e. name points >= 0. That
  needs one name's words all covered by the other's (`names.extra_words` is empty: equal keys or words,
  `年間観光入込客数` / `観光入込客数`, also split differently: `保育` / `保育所`), or a typo-level difference
  (similarity >= TYPO_SIMILARITY, `コミュニティバス` / `コミュニティパス`). When each name has a word the other
  lacks and they are less similar, name points are at most -3 + 1. So the name candidates are the covered
  pairs (found through the word of the name that fewest mentions cover) and the pairs at least
  `NAME_SIMILARITY` similar (rapidfuzz, vectorised, by blocks of rows);
- or because a side has no readable name (values decide).

Pairs outside these score below the grey zone, so leaving them out changes no decision; the one blind spot is
a pair whose only agreeing value falls across a rounding-bucket edge while its names alone cannot reach grey.
`tests/test_align_candidates.py` checks this against an all-pairs comparison.

`CandidateIndex` builds the lookups once; `pairs_for(share)` gives the pairs a share of the mentions owns (each
pair is owned by its smaller id), so workers can each find, and judge, their own (`judge.py`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator

from rapidfuzz import fuzz, process

from align.matcher import TYPO_SIMILARITY, Mention
from align.names import covers, extra_words

#: Names that neither cover the other nor are this similar (a typo) score at most -2: -3 plus a band of +1.
NAME_SIMILARITY = TYPO_SIMILARITY


def _bucket(value: float) -> float:
    if value == 0 or not math.isfinite(value):
        return value
    digits = 2 - math.floor(math.log10(abs(value)))
    return round(value, digits)


#: Rows of the similarity matrix computed at once (bounds memory: rows x mentions x 4 bytes).
SIMILARITY_BLOCK = 1024


def similar_pairs(keys: list[str], cutoff: float, jobs: int = 1) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) of keys at least `cutoff` similar (rapidfuzz ratio), by blocks of the matrix."""
    for start in range(0, len(keys), SIMILARITY_BLOCK):
        for row, column in _similar_block(keys[start:start + SIMILARITY_BLOCK], keys, cutoff, jobs):
            if column > row + start:
                yield row + start, column


def _similar_block(rows: list[str], keys: list[str], cutoff: float, jobs: int) -> Iterator[tuple[int, int]]:
    """(row, column) of the keys at least `cutoff` similar to each of `rows` (at most SIMILARITY_BLOCK of them)."""
    import numpy as np

    block = process.cdist(rows, keys, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.float32, workers=jobs)
    found_rows, found_columns = np.nonzero(block >= cutoff)
    yield from zip(found_rows.tolist(), found_columns.tolist(), strict=True)


def covering_words(vocabulary: Iterable[str]) -> dict[str, list[str]]:
    """Word → the words of `vocabulary` that cover it (`names.covers`, itself included), in sorted order.

    Found through the words' endings and substrings instead of testing every pair of words (a government's
    vocabulary squared was most of building the index): a one-character word is covered by the words ending
    in it; a longer one by the words it is inside, and by its own substrings of two or more characters."""
    words = sorted(set(vocabulary))
    known = set(words)
    by_ending: dict[str, list[str]] = defaultdict(list)
    by_inside: dict[str, list[str]] = defaultdict(list)
    for other in words:
        by_ending[other[-1]].append(other)
        for part in _substrings(other):
            by_inside[part].append(other)
    covering = {}
    for word in words:
        if len(word) == 1:
            found = set(by_ending[word])
        else:
            found = {word, *by_inside[word], *(part for part in _substrings(word) if part in known)}
        covering[word] = sorted(other for other in found if covers(other, word))
    return covering


def _substrings(word: str) -> set[str]:
    """The substrings of two or more characters of a word (itself included)."""
    return {word[i:j] for i in range(len(word) - 1) for j in range(i + 2, len(word) + 1)}


class CandidateIndex:
    """The lookups blocking needs, built once; `pairs_for` a share of the mentions can then run in any worker.

    A candidate pair (x, y) with x < y is found from x's side only (its owner), so shares of the mentions give
    disjoint sets of pairs whose union is `candidate_pairs`.
    """

    def __init__(self, mentions: dict[str, Mention], documents: dict[str, frozenset[str]] | None = None) -> None:
        self.mentions = mentions
        #: the documents each mention stands for (`judge`: a representative stands for identical mentions of
        #: several documents); by default its own. A pair is kept when some two of them differ.
        self.documents = documents or {mid: frozenset((m.source_file,)) for mid, m in mentions.items()}
        self.ids = sorted(mentions)
        self.named = [i for i in self.ids if not mentions[i].form.empty]
        self.nameless = [i for i in self.ids if mentions[i].form.empty]
        self.by_key: dict[str, list[str]] = defaultdict(list)
        for mid in self.named:
            self.by_key[mentions[mid].form.key].append(mid)
        self.distinct_keys = sorted(self.by_key)
        self.position = {mid: i for i, mid in enumerate(self.named)}
        self.by_word: dict[str, list[str]] = defaultdict(list)
        for mid in self.named:
            for word in mentions[mid].form.words:
                self.by_word[word].append(mid)
        #: word → the words that cover it (itself included), and the inverse
        self.covering = covering_words(self.by_word)
        self.covered: dict[str, list[str]] = defaultdict(list)
        for word, others in self.covering.items():
            for other in others:
                self.covered[other].append(word)
        reach = {word: sum(len(self.by_word[o]) for o in others) for word, others in self.covering.items()}
        #: each named mention's rarest word (the one fewest mentions cover), and the mentions per rarest word
        self.rarest = {mid: min(words, key=lambda w: (reach[w], w))
                       for mid in self.named if (words := mentions[mid].form.words)}
        self.by_rarest: dict[str, list[str]] = defaultdict(list)
        for mid, word in self.rarest.items():
            self.by_rarest[word].append(mid)
        #: each mention's (value key, bucket) pairs, and the mentions per pair
        self.value_keys = {mid: {(key, _bucket(v)) for key, values in mentions[mid].values.items() for v in values}
                           for mid in self.ids}
        self.by_value: dict[tuple, list[str]] = defaultdict(list)
        for mid in self.ids:
            for key in self.value_keys[mid]:
                self.by_value[key].append(mid)

    def _covered_partners(self, mid: str) -> Iterator[str]:
        """Mentions whose words cover all of mid's, and mentions whose words mid's cover."""
        words = self.mentions[mid].form.words
        if mid in self.rarest:
            for other_word in self.covering[self.rarest[mid]]:
                for other in self.by_word[other_word]:
                    if not extra_words(words, self.mentions[other].form.words):
                        yield other
        for word in {w for own in words for w in self.covered[own]}:
            for other in self.by_rarest[word]:
                if not extra_words(self.mentions[other].form.words, words):
                    yield other

    def _similar_partners(self, share: list[str], jobs: int) -> Iterator[tuple[str, str]]:
        """Pairs of mentions whose keys are at least NAME_SIMILARITY similar: the similarity is computed once
        per pair of distinct keys (editions restate the same names), not per pair of mentions."""
        rows_by_key: dict[str, list[str]] = defaultdict(list)
        for mid in share:
            if mid in self.position:
                rows_by_key[self.mentions[mid].form.key].append(mid)
        row_keys = sorted(rows_by_key)
        for start in range(0, len(row_keys), SIMILARITY_BLOCK):
            rows = row_keys[start:start + SIMILARITY_BLOCK]
            for row, column in _similar_block(rows, self.distinct_keys, NAME_SIMILARITY, jobs):
                for mid in rows_by_key[rows[row]]:
                    for other in self.by_key[self.distinct_keys[column]]:
                        yield mid, other

    def pairs_for(self, share: list[str], jobs: int = 1) -> set[tuple[str, str]]:
        """The candidate pairs owned by the mentions of `share` (`jobs` threads compute name similarities)."""
        found: set[tuple[str, str]] = set()
        found.update(self._similar_partners(share, jobs))
        for mid in share:
            found.update((mid, other) for other in self._covered_partners(mid))
            for key in self.value_keys[mid]:
                found.update((mid, other) for other in self.by_value[key])
            found.update((mid, other) for other in (self.ids if mid not in self.position else self.nameless))
        documents = self.documents
        return {(x, y) for x, y in found
                if x < y and (documents[x] != documents[y] or len(documents[x]) > 1)}


def candidate_pairs(mentions: dict[str, Mention], jobs: int = 1) -> list[tuple[str, str]]:
    """Sorted pairs (x < y) of mentions of different documents that may be one indicator (`jobs` threads
    compute name similarities)."""
    index = CandidateIndex(mentions)
    return sorted(index.pairs_for(index.ids, jobs))
