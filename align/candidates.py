"""Which pairs of mentions are worth comparing: blocking, so alignment is not all-pairs.

`matcher.compare` can only reach the grey zone (score >= GREY_FROM) with some name or value evidence:
unit, kind and sub-goal add at most +2, and names less than `NAME_SIMILARITY` similar score -2 unless their
word sets are equal or one contains the other. So a pair is a candidate when any of these holds:
- name keys at least `NAME_SIMILARITY` similar (rapidfuzz, vectorised);
- one name's content words are a subset of the other's (found through the rarest word of the smaller set);
- the mentions state a value for the same (observed-or-target, period, segment) that agrees to three
  significant digits (the bucket also catches `425.1万人` ~ `4,251,251人`);
- either side has no readable name (values decide).
Pairs outside these score below the grey zone, so leaving them out changes no decision; the one blind spot is
a pair whose names differ completely and whose only agreeing value falls across a rounding-bucket edge.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator

from rapidfuzz import fuzz, process

from align.matcher import Mention

#: Name keys at least this similar (rapidfuzz ratio, 0-100) are compared in full.
NAME_SIMILARITY = 50.0


def _bucket(value: float) -> float:
    if value == 0 or not math.isfinite(value):
        return value
    digits = 2 - math.floor(math.log10(abs(value)))
    return round(value, digits)


def candidate_pairs(mentions: dict[str, Mention]) -> Iterator[tuple[str, str]]:
    """Sorted pairs (x < y) of mentions of different documents that may be one indicator."""
    ids = sorted(mentions)
    pairs: set[tuple[str, str]] = set()

    def add(x: str, y: str) -> None:
        if x != y and mentions[x].source_file != mentions[y].source_file:
            pairs.add((x, y) if x < y else (y, x))

    named = [i for i in ids if not mentions[i].form.empty]
    nameless = [i for i in ids if mentions[i].form.empty]
    keys = [mentions[i].form.key for i in named]
    for row, key in enumerate(keys):
        for _, _, column in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=NAME_SIMILARITY,
                                            limit=None):
            if column > row:
                add(named[row], named[column])
    by_word: dict[str, list[str]] = defaultdict(list)
    for mid in named:
        for word in mentions[mid].form.words:
            by_word[word].append(mid)
    for mid in named:
        words = mentions[mid].form.words
        if not words:
            continue
        rarest = min(words, key=lambda w: (len(by_word[w]), w))
        for other in by_word[rarest]:
            if words <= mentions[other].form.words:
                add(mid, other)
    by_value: dict[tuple, list[str]] = defaultdict(list)
    for mid in ids:
        for key, values in mentions[mid].values.items():
            for value in values:
                by_value[(key, _bucket(value))].append(mid)
    for members in by_value.values():
        if len(members) > 1:
            for i, x in enumerate(members):
                for y in members[i + 1:]:
                    add(x, y)
    for x in nameless:
        for y in ids:
            add(x, y)
    yield from sorted(pairs)
