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
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator

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
    import numpy as np

    for start in range(0, len(keys), SIMILARITY_BLOCK):
        block = process.cdist(keys[start:start + SIMILARITY_BLOCK], keys, scorer=fuzz.ratio, score_cutoff=cutoff,
                              dtype=np.float32, workers=jobs)
        rows, columns = np.nonzero(block >= cutoff)
        for row, column in zip((rows + start).tolist(), columns.tolist(), strict=True):
            if column > row:
                yield row, column


def _similar_names(mentions: dict[str, Mention], named: list[str], jobs: int) -> Iterator[tuple[str, str]]:
    keys = [mentions[i].form.key for i in named]
    for row, column in similar_pairs(keys, NAME_SIMILARITY, jobs):
        yield named[row], named[column]


def _covered_names(mentions: dict[str, Mention], named: list[str]) -> Iterator[tuple[str, str]]:
    """Pairs (x, y) where every content word of x is covered by y's words."""
    by_word: dict[str, list[str]] = defaultdict(list)
    for mid in named:
        for word in mentions[mid].form.words:
            by_word[word].append(mid)
    vocabulary = sorted(by_word)
    covering = {word: [other for other in vocabulary if covers(other, word)] for word in vocabulary}
    reach = {word: sum(len(by_word[o]) for o in others) for word, others in covering.items()}
    for mid in named:
        words = mentions[mid].form.words
        if not words:
            continue
        rarest = min(words, key=lambda w: (reach[w], w))
        for other_word in covering[rarest]:
            for other in by_word[other_word]:
                if other != mid and not extra_words(words, mentions[other].form.words):
                    yield mid, other


def _shared_values(mentions: dict[str, Mention], ids: list[str]) -> Iterator[tuple[str, str]]:
    by_value: dict[tuple, list[str]] = defaultdict(list)
    for mid in ids:
        for key, values in mentions[mid].values.items():
            for value in {_bucket(v) for v in values}:
                by_value[(key, value)].append(mid)
    for members in by_value.values():
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                yield x, y


def candidate_pairs(mentions: dict[str, Mention], jobs: int = 1) -> Iterator[tuple[str, str]]:
    """Sorted pairs (x < y) of mentions of different documents that may be one indicator (`jobs` threads
    compute name similarities)."""
    ids = sorted(mentions)
    pairs: set[tuple[str, str]] = set()

    def add(x: str, y: str) -> None:
        if x != y and mentions[x].source_file != mentions[y].source_file:
            pairs.add((x, y) if x < y else (y, x))

    named = [i for i in ids if not mentions[i].form.empty]
    for x, y in _similar_names(mentions, named, jobs):
        add(x, y)
    for x, y in _covered_names(mentions, named):
        add(x, y)
    for x, y in _shared_values(mentions, ids):
        add(x, y)
    for x in (i for i in ids if mentions[i].form.empty):
        for y in ids:
            add(x, y)
    yield from sorted(pairs)
