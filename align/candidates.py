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
`tests/test_align_candidates.py` checks this against an all-pairs comparison, `tests/test_align_equivalence.py`
the whole alignment against judging every pair.

`CandidateIndex` builds the lookups once; `pair_positions(rows)` gives the pairs a share of the mentions owns
(each pair is owned by its smaller id), so workers can each find, and judge, their own (`judge.py`). A relation
is computed once per distinct thing mentions share (a pair of keys, of word sets, a value bucket) and spread
over the mentions with numpy, never mention by mention.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator

import numpy as np
from rapidfuzz import fuzz, process

from align.columns import Column
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


def _grouped(owners: np.ndarray, members: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(members sorted by owner, start, count per owner) of `count` owners: the members of owner o are
    `members[start[o]:start[o] + count[o]]`."""
    order = np.argsort(owners, kind="stable")
    counts = np.bincount(owners, minlength=count).astype(np.int64)
    return members[order], np.cumsum(counts) - counts, counts


def _expand(starts: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For ranges (start, count): (index of the range, position) of every position of every range."""
    total = int(counts.sum())
    which = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    return which, np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts) + starts[which]


#: Cells of the candidate matrix (share rows x mentions, one byte each) filled at once: bounds memory.
MATRIX_CELLS = 1 << 24


class CandidateIndex:
    """The lookups blocking needs, built once; `pairs_for` a share of the mentions can then run in any worker.

    Mentions are numbered in id order. Each kind of candidate is a relation between things mentions share, so
    it is found once per distinct thing and spread over the mentions with numpy: name similarity per pair of
    distinct keys, covering per pair of distinct word sets, agreeing values per (value key, bucket). A share's
    candidates are the cells of a boolean matrix (its mentions x all mentions) that any relation sets.

    A candidate pair (x, y) with x < y is found from x's side only (its owner), so shares of the mentions give
    disjoint sets of pairs whose union is `candidate_pairs`.
    """

    def __init__(self, mentions: dict[str, Mention], documents: dict[str, frozenset[str]] | None = None) -> None:
        self.mentions = mentions
        #: the documents each mention stands for (`judge`: a representative stands for identical mentions of
        #: several documents); by default its own. A pair is kept when some two of them differ.
        documents = documents or {mid: frozenset((m.source_file,)) for mid, m in mentions.items()}
        self.ids = sorted(mentions)
        self.position = {mid: i for i, mid in enumerate(self.ids)}
        forms = [mentions[mid].form for mid in self.ids]
        self.nameless = np.array([form.empty for form in forms], dtype=bool)
        self.document_code, _ = Column.of([documents[mid] for mid in self.ids])
        self.several_documents = np.array([len(documents[mid]) > 1 for mid in self.ids], dtype=bool)
        #: each mention's key and word set, numbered (a nameless mention has key "" and no words)
        self.key_code, self.keys = Column.of([form.key for form in forms])
        self.word_code, self.word_sets = Column.of([form.words for form in forms])
        self.word_partners = self._covering_word_sets()
        #: value entries: (mention, (value key, bucket) number), grouped both ways; each distinct value bucketed once
        stated = [mentions[mid].values for mid in self.ids]
        distinct = {value for values in stated for group in values.values() for value in group}
        buckets = {value: _bucket(value) for value in distinct}
        numbers: dict[tuple, int] = {}
        owners: list[int] = []
        codes: list[int] = []
        for position, values in enumerate(stated):
            found = {numbers.setdefault((key, buckets[value]), len(numbers))
                     for key, group in values.items() for value in group}
            owners.extend([position] * len(found))
            codes.extend(found)  # in any order: the relation is a set of (mention, number)
        owner_array, code_array = np.array(owners, dtype=np.int64), np.array(codes, dtype=np.int64)
        self.value_of, self.value_start, self.value_count = _grouped(owner_array, code_array, len(self.ids))
        self.holder, self.holder_start, self.holder_count = _grouped(code_array, owner_array, len(numbers))

    def _covering_word_sets(self) -> list[np.ndarray]:
        """Word set number → the word set numbers that cover all its words or whose words it covers
        (`names.extra_words` empty one way), found through each set's rarest word."""
        sets = self.word_sets
        by_word: dict[str, list[int]] = defaultdict(list)
        for number, words in enumerate(sets):
            for word in words:
                by_word[word].append(number)
        covering = covering_words(by_word)
        covered: dict[str, list[str]] = defaultdict(list)
        for word, others in covering.items():
            for other in others:
                covered[other].append(word)
        reach = {word: sum(len(by_word[o]) for o in others) for word, others in covering.items()}
        rarest = {number: min(words, key=lambda w: (reach[w], w)) for number, words in enumerate(sets) if words}
        by_rarest: dict[str, list[int]] = defaultdict(list)
        for number, word in rarest.items():
            by_rarest[word].append(number)
        partners = []
        for number, words in enumerate(sets):
            found: set[int] = set()
            if number in rarest:
                for other_word in covering[rarest[number]]:
                    found.update(other for other in by_word[other_word] if not extra_words(words, sets[other]))
            for word in {w for own in words for w in covered[own]}:
                found.update(other for other in by_rarest[word] if not extra_words(sets[other], words))
            partners.append(np.array(sorted(found), dtype=np.int64))
        return partners

    def _matrix(self, rows: np.ndarray, jobs: int) -> np.ndarray:
        """Boolean matrix rows x mentions: True where the pair is a candidate by any relation (both ways)."""
        matrix = np.zeros((len(rows), len(self.ids)), dtype=bool)
        # names at least NAME_SIMILARITY similar: per pair of distinct keys (editions restate the same names)
        row_keys, local = np.unique(self.key_code[rows], return_inverse=True)
        similar = process.cdist([self.keys[k] for k in row_keys], self.keys, scorer=fuzz.ratio,
                                score_cutoff=NAME_SIMILARITY, dtype=np.float32, workers=jobs) >= NAME_SIMILARITY
        matrix |= similar[local.reshape(-1)][:, self.key_code]
        # names whose words one covers: per pair of distinct word sets
        row_sets, local = np.unique(self.word_code[rows], return_inverse=True)
        covered = np.zeros((len(row_sets), len(self.word_sets)), dtype=bool)
        for at, number in enumerate(row_sets.tolist()):
            covered[at, self.word_partners[number]] = True
        matrix |= covered[local.reshape(-1)][:, self.word_code]
        # an agreeing value: the mentions holding one of the row's (value key, bucket)
        which, entry = _expand(self.value_start[rows], self.value_count[rows])
        codes = self.value_of[entry]
        holders_of, holder_entry = _expand(self.holder_start[codes], self.holder_count[codes])
        matrix[which[holders_of], self.holder[holder_entry]] = True
        # a side without a readable name: values decide
        matrix[self.nameless[rows]] = True
        matrix[:, self.nameless] = True
        return matrix

    def pair_positions(self, rows: np.ndarray, jobs: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """The candidate pairs owned by the mentions at positions `rows` (ascending), as arrays of positions
        (left < right), sorted; `jobs` threads compute name similarities."""
        lefts, rights = [], []
        step = max(1, MATRIX_CELLS // max(1, len(self.ids)))
        for start in range(0, len(rows), step):
            block = rows[start:start + step]
            local, right = np.nonzero(self._matrix(block, jobs))
            left = block[local]
            keep = (right > left) & ((self.document_code[left] != self.document_code[right])
                                     | self.several_documents[left])
            lefts.append(left[keep])
            rights.append(right[keep])
        if not lefts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        # already sorted: the blocks ascend, and np.nonzero lists a block's cells row by row, columns ascending
        return np.concatenate(lefts), np.concatenate(rights)

    def pairs_for(self, share: list[str], jobs: int = 1) -> set[tuple[str, str]]:
        """The candidate pairs owned by the mentions of `share` (`jobs` threads compute name similarities)."""
        rows = np.array(sorted(self.position[mid] for mid in share), dtype=np.int64)
        left, right = self.pair_positions(rows, jobs)
        ids = self.ids
        return {(ids[x], ids[y]) for x, y in zip(left.tolist(), right.tolist(), strict=True)}


def candidate_pairs(mentions: dict[str, Mention], jobs: int = 1) -> list[tuple[str, str]]:
    """Sorted pairs (x < y) of mentions of different documents that may be one indicator (`jobs` threads
    compute name similarities)."""
    index = CandidateIndex(mentions)
    left, right = index.pair_positions(np.arange(len(index.ids), dtype=np.int64), jobs)
    return [(index.ids[x], index.ids[y]) for x, y in zip(left.tolist(), right.tolist(), strict=True)]
