"""Candidate pairs → evidence, on several cores when there are many pairs.

Comparing pairs is the one alignment step whose cost grows with the square of the corpus, so a batch run with
`jobs` workers splits the pairs into `jobs` interleaved shares and judges them in forked processes, which
inherit the mentions and pairs instead of receiving them. `compare` is a pure function, so the result is the same
whatever the number of workers. Only the pairs judged same or grey are kept (nothing downstream reads a
`different` pair, and a large corpus has millions). Pairs are judged without reasons; the grey ones (written
to the review table) are judged again with reasons. The heap is frozen (`heap.frozen_heap`) before forking, so a
collection in a worker does not walk, and copy page by page, what it inherited.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from align.heap import frozen_heap
from align.matcher import Evidence, Mention, compare

#: Fewer pairs than this are judged in-process: forking costs more than it saves.
PARALLEL_FROM = 20_000

#: The mentions and pairs, set before forking and read by the workers (a share is sent as two numbers).
_SHARED: dict[str, Any] = {}


def _judge_share(offset: int, step: int) -> list[tuple]:
    """A worker's share: every `step`-th pair from `offset` (pairs of one document cluster together, so a
    stride balances the load better than contiguous chunks). Plain tuples travel back faster than dataclasses."""
    return [(x, y, e.score, e.name_similarity, e.agreeing, e.disagreeing, e.reasons)
            for x, y, e in judge_serial(_SHARED["mentions"], _SHARED["pairs"][offset::step])]


def judge_serial(mentions: dict[str, Mention], pairs: list[tuple[str, str]]) -> list[tuple[str, str, Evidence]]:
    """(x, y, evidence) of the pairs judged same or grey, in pair order; grey pairs carry their reasons."""
    kept = []
    for x, y in pairs:
        evidence = compare(mentions[x], mentions[y], explain=False)
        if evidence.decision == "different":
            continue
        if evidence.decision == "grey":
            evidence = compare(mentions[x], mentions[y])
        kept.append((x, y, evidence))
    return kept


def judge(mentions: dict[str, Mention], pairs: list[tuple[str, str]], jobs: int = 1
          ) -> list[tuple[str, str, Evidence]]:
    """`judge_serial` using up to `jobs` processes (fork start method; in-process where it is unavailable)."""
    if jobs <= 1 or len(pairs) < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return judge_serial(mentions, pairs)
    _SHARED.update(mentions=mentions, pairs=pairs)
    try:
        fork = multiprocessing.get_context("fork")
        with frozen_heap(), ProcessPoolExecutor(max_workers=jobs, mp_context=fork) as pool:
            shares = list(pool.map(_judge_share, range(jobs), [jobs] * jobs))
    finally:
        _SHARED.clear()
    kept = [(x, y, Evidence(*fields)) for share in shares for x, y, *fields in share]
    return sorted(kept, key=lambda item: (item[0], item[1]))  # pair order, as judge_serial gives it
