"""Rows as columns of codes, grouped at once: the analyst tables group every value row of a run several ways.

A `Column` holds one field of many rows as integer codes into the field's distinct values (Python equality:
None is a value). Grouping rows on several fields (`group_codes`) combines their codes with numpy, instead of
building a tuple key per row in a Python loop. Not pandas: a run does not import it (`tests/test_fixed_costs.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import count, pairwise
from typing import Any, NamedTuple

import numpy as np


def objects(items: Iterable, count: int | None = None) -> np.ndarray:
    """`items` as a one-dimensional object array (a tuple stays one element)."""
    items = items if isinstance(items, list) else list(items)
    array = np.empty(len(items) if count is None else count, dtype=object)
    array[:] = items
    return array


class Column(NamedTuple):
    """One field of many rows: each row's code (int64) into `values`, the field's distinct values."""

    codes: np.ndarray
    values: list

    @classmethod
    def of(cls, items: list | np.ndarray) -> Column:
        """The column of these values (tuples too: several fields coded at once), coded in order of first
        appearance. Each item is looked up once in a dict, at C speed: its first row stands for it, and those
        row numbers are made dense (`pandas.factorize`)."""
        index: dict[Any, int] = {}
        first = np.fromiter(map(index.setdefault, items, count()), np.int64, len(items))
        # a value's number is how many values appeared before it: the count of first rows before its own (a
        # running count, not a sort: every table of a run is coded through here)
        number = np.cumsum(first == np.arange(len(items)), dtype=np.int64) - 1
        return cls(number[first], list(index))

    @classmethod
    def regrouped(cls, codes: np.ndarray, values: list) -> Column:
        """A column whose `values` may repeat: equal values take one code."""
        distinct = cls.of(values)  # numbered in order of first appearance, at C speed
        return cls(distinct.codes[codes] if len(values) else codes, distinct.values)

    def map(self, function: Callable[[Any], Any]) -> Column:
        """`function` of each row's value, called once per distinct value."""
        return Column.regrouped(self.codes, list(map(function, self.values)))

    def take(self, rows: np.ndarray) -> Column:
        """The column of these rows (positions)."""
        return Column(self.codes[rows], self.values)

    def array(self, dtype: Any = object) -> np.ndarray:
        """Each row's value, as an array of `dtype`."""
        values = objects(self.values) if dtype is object else np.asarray(self.values, dtype=dtype)
        return values[self.codes] if len(self.values) else np.empty(0, dtype=dtype)

    def where(self, value: Any) -> np.ndarray:
        """Which rows hold `value` (a boolean array)."""
        return self.codes == self.values.index(value) if value in self.values else np.zeros(len(self.codes), bool)

    def value(self, row: int) -> Any:
        return self.values[self.codes[row]]

    def at(self, rows: np.ndarray) -> list:
        """The values of these rows (positions), as a list."""
        return list(map(self.values.__getitem__, self.codes[rows].tolist()))


def group_codes(*codes: np.ndarray) -> np.ndarray:
    """Each row's group: rows with equal codes in every column share a number, numbered in order of first
    appearance (so `first_rows` finds each group's first row)."""
    result = np.zeros(len(codes[0]), dtype=np.int64)
    span = 1  # the codes combined so far lie below span: renumbered only when the next column would overflow
    for own in codes:
        width = int(own.max()) + 1 if len(own) else 1
        if span * width >= 1 << 62:
            result = _numbered(result)
            span = int(result.max()) + 1 if len(result) else 1
        result = result * width + own
        span *= width
    return _numbered(result)


def _numbered(keys: np.ndarray) -> np.ndarray:
    """Each integer key's number among the distinct keys, in order of first appearance."""
    distinct, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    rank = np.empty(len(distinct), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(distinct))
    return rank[inverse.reshape(-1)]


def first_rows(groups: np.ndarray) -> np.ndarray:
    """Position of each group's first row, by group number (`group_codes` numbers groups in order of first
    appearance: the running maximum steps up at each first row)."""
    if not len(groups):
        return np.empty(0, dtype=np.int64)
    return np.flatnonzero(np.diff(np.maximum.accumulate(groups), prepend=-1) > 0)


def latest_rows(groups: np.ndarray, *keys: np.ndarray) -> np.ndarray:
    """Position of each group's row with the greatest `keys` (integer arrays, compared in order as a tuple), the
    first row of equals, by group number (`groups`: each row's group, numbered densely as `group_codes` does).
    What a sort by (group, keys descending, row) then each group's first row gives, without sorting: the rows
    still in the running are narrowed key by key to those holding their group's greatest value."""
    count = int(groups.max()) + 1 if len(groups) else 0
    running = np.arange(len(groups), dtype=np.int64)
    for key in keys:
        own, group = key[running].astype(np.int64, copy=False), groups[running]
        best = np.full(count, np.iinfo(np.int64).min, dtype=np.int64)
        np.maximum.at(best, group, own)
        running = running[own == best[group]]
    first = np.full(count, len(groups), dtype=np.int64)
    np.minimum.at(first, groups[running], running)
    return first


def sorted_sets(groups: np.ndarray, items: Column, count: int) -> list[list]:
    """For each group number below `count`, the sorted distinct values of `items` (values that sort) of its
    rows (`groups`: each row's group)."""
    order = sorted(range(len(items.values)), key=items.values.__getitem__)
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    width = max(len(order), 1)
    pairs = np.sort(groups.astype(np.int64) * width + rank[items.codes])
    if len(pairs):
        pairs = pairs[np.diff(pairs, prepend=-1) != 0]
    names = [items.values[i] for i in order]
    # the pairs are sorted by group: each group's values are one slice of them
    bounds = np.searchsorted(pairs // width, np.arange(count + 1)).tolist()
    taken = list(map(names.__getitem__, (pairs % width).tolist()))
    return [taken[start:end] for start, end in pairwise(bounds)]
