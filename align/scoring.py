"""Many pairs of mentions scored at once: `matcher.compare`'s score and counts without its reasons, vectorised.

Alignment scores hundreds of thousands of candidate pairs, and nearly all of them restate a few distinct
things: the same pair of names, the same pair of value sets for a period, the same units, sub-goals and kinds.
So each mention's parts are numbered once (names, contexts, value sets), the pairs become arrays of those
numbers, and each DISTINCT combination is judged once in Python by `matcher`'s own rules; numpy spreads the
answers over the pairs and adds them up. Every point is a multiple of 0.5, so the sums are exact whatever the
order (`tests/test_align_judge.py` checks the result against `compare` pair by pair).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from align.columns import Column
from align.matcher import OBSERVED, Mention, any_agree, is_round, name_score, rounding_step, subgoals

#: Outcome of one shared value key: agreeing with a value that is not round, agreeing with round values
#: only (weak), differing.
_STRONG, _WEAK, _DIFFER = 0, 1, 2


class Scores(NamedTuple):
    """Per pair: score, name similarity (0–100), agreeing and differing value keys (as `Evidence`)."""

    score: np.ndarray
    similarity: np.ndarray
    agreeing: np.ndarray
    disagreeing: np.ndarray


def _per_combination(left: np.ndarray, right: np.ndarray, count: int, judge) -> tuple[np.ndarray, list]:
    """Index of each pair's (left, right) combination among the distinct ones, and `judge(l, r)` of each
    distinct combination (numbers below `count`)."""
    combined = left * count + right
    distinct, inverse = np.unique(combined, return_inverse=True)
    return inverse.reshape(-1), [judge(int(code) // count, int(code) % count) for code in distinct]


def _context_points(a: tuple, b: tuple) -> float:
    """Unit family, sub-goal and kind points of `matcher.compare` (each counts only when both sides state it)."""
    (units_a, goals_a, kinds_a), (units_b, goals_b, kinds_b) = a, b
    points = 0.0
    if units_a and units_b:
        points += -4.0 if units_a.isdisjoint(units_b) else 1.0
    if goals_a and goals_b:
        points += -1.0 if goals_a.isdisjoint(goals_b) else 0.5
    if kinds_a and kinds_b and not kinds_a.isdisjoint(kinds_b):
        points += 0.5
    return points


def _value_outcome(left: frozenset[float], right: frozenset[float]) -> int:
    if left == right:
        return _WEAK if is_round(left) else _STRONG
    if any_agree(left, right):
        return _WEAK if is_round(left) and is_round(right) else _STRONG
    return _DIFFER


class _ValueSets:
    """The distinct value sets, with what `_value_outcome` reads of each set of one value (most sets: a period
    states one number) as arrays, so the outcomes of pairs of such sets are computed at once (`outcomes`)."""

    def __init__(self, sets: list[frozenset[float]]) -> None:
        self.sets = sets
        single = [next(iter(s)) if len(s) == 1 else None for s in sets]
        self.single = np.array([v is not None for v in single], dtype=bool)
        self.value = np.array([0.0 if v is None else v for v in single], dtype=np.float64)
        self.step = np.array([0.0 if v is None else rounding_step(v) for v in single], dtype=np.float64)
        self.round = np.array([v is not None and is_round(s) for v, s in zip(single, sets, strict=True)], dtype=bool)

    def outcomes(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """`_value_outcome` of each pair of set numbers: `values_agree`'s test as array arithmetic where both
        sets hold one value, `_value_outcome` itself once per distinct pair of the others."""
        x, y = self.value[left], self.value[right]
        gap = np.abs(x - y)
        agree = (gap <= self.step[left]) | (gap <= 1e-9 * np.maximum(np.maximum(1.0, np.abs(x)), np.abs(y))) \
            | (gap <= self.step[right])
        weak = np.where(x == y, self.round[left], self.round[left] & self.round[right])
        result = np.where(x == y, np.where(weak, _WEAK, _STRONG),
                          np.where(agree, np.where(weak, _WEAK, _STRONG), _DIFFER)).astype(np.int64)
        several = np.flatnonzero(~(self.single[left] & self.single[right]))
        if len(several):
            count = len(self.sets)
            distinct, inverse = np.unique(left[several] * count + right[several], return_inverse=True)
            judged = [_value_outcome(self.sets[code // count], self.sets[code % count]) for code in distinct.tolist()]
            result[several] = np.array(judged, dtype=np.int64)[inverse.reshape(-1)]
        return result


class MentionTable:
    """The mentions' parts, numbered once, so any number of pairs can then be scored (`score`)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.forms_code, self.forms = Column.of([m.form for m in mentions])
        self.context_code, self.contexts = Column.of(
            [(frozenset(m.units), subgoals(frozenset(m.goals)) if m.goals else frozenset(), frozenset(m.kinds))
             for m in mentions])
        # value entries, sorted by (mention, key): each mention's stated (observed-or-target, period, segment)
        # and the set of values it states for it (numbered in order of first statement)
        keys: dict = {}
        sets: dict = {}
        key_code = np.fromiter((keys.setdefault(key, len(keys)) for m in mentions for key in m.values), np.int64)
        set_code = np.fromiter((sets.setdefault(frozenset(values), len(sets)) for m in mentions
                                for values in m.values.values()), np.int64)
        owner_array = np.repeat(np.arange(len(mentions), dtype=np.int64),
                                np.fromiter((len(m.values) for m in mentions), np.int64, len(mentions)))
        order = np.lexsort((key_code, owner_array))  # a mention states each key once
        self.key_count = max(len(keys), 1)
        self.observed_key = np.array([key[0] == OBSERVED for key in keys], dtype=bool)
        self.sets = _ValueSets(list(sets))
        owner_array = owner_array[order]
        self.entry_key = key_code[order]
        self.entry_set = set_code[order]
        self.entry_code = owner_array * self.key_count + self.entry_key  # sorted: owners ascending, keys within
        self.entry_count = np.bincount(owner_array, minlength=len(mentions)).astype(np.int64)
        self.entry_start = np.concatenate(([0], np.cumsum(self.entry_count)[:-1])).astype(np.int64)

    def score(self, left: np.ndarray, right: np.ndarray) -> Scores:
        """`compare(mentions[l], mentions[r])`'s score, similarity and counts for each pair of positions."""
        pairs = len(left)
        if not pairs:
            empty = np.zeros(0)
            return Scores(empty, empty, empty.astype(np.int64), empty.astype(np.int64))
        inverse, names = _per_combination(self.forms_code[left], self.forms_code[right], len(self.forms),
                                          lambda a, b: name_score(self.forms[a], self.forms[b]))
        name_points = np.array([points for points, _ in names])[inverse]
        similarity = np.array([similarity for _, similarity in names], dtype=np.float64)[inverse]
        inverse, context = _per_combination(self.context_code[left], self.context_code[right], len(self.contexts),
                                            lambda a, b: _context_points(self.contexts[a], self.contexts[b]))
        context_points = np.array(context)[inverse]
        strong, weak, observed, target = self._value_counts(left, right)
        values = np.where(strong > 0, 3.0 + np.minimum(3.0, 1.5 * (strong - 1) + 0.5 * weak),
                          np.where(weak > 0, 0.5 + np.minimum(3.0, 0.5 * (weak - 1)), 0.0))
        values -= np.minimum(3.0, 1.5 * observed) + np.minimum(1.0, 0.5 * target)
        return Scores(name_points + values + context_points, similarity, strong + weak, observed + target)

    def _value_counts(self, left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, ...]:
        """Per pair: shared value keys that agree (strongly, weakly) and that differ (observed, target)."""
        pairs = len(left)
        counts = self.entry_count[left]
        total = int(counts.sum())
        # every value entry of each pair's left mention, then the right mention's entry for the same key
        pair = np.repeat(np.arange(pairs, dtype=np.int64), counts)
        entry = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts) \
            + np.repeat(self.entry_start[left], counts)
        key = self.entry_key[entry]
        wanted = right[pair] * self.key_count + key
        found_at = np.searchsorted(self.entry_code, wanted)
        found_at[found_at >= len(self.entry_code)] = 0
        shared = self.entry_code[found_at] == wanted if len(self.entry_code) else np.zeros(total, dtype=bool)
        pair, key = pair[shared], key[shared]
        # as arrays where both value sets hold one value (most do), each distinct pair of the others judged once
        outcome = self.sets.outcomes(self.entry_set[entry[shared]], self.entry_set[found_at[shared]])
        differ = outcome == _DIFFER
        observed_key = self.observed_key[key] if len(key) else np.zeros(0, dtype=bool)

        def count(mask: np.ndarray) -> np.ndarray:
            return np.bincount(pair[mask], minlength=pairs)

        return (count(outcome == _STRONG), count(outcome == _WEAK), count(differ & observed_key),
                count(differ & ~observed_key))
