"""Candidate pairs → evidence, on several cores when the corpus is large.

Finding and comparing pairs is the alignment work that grows with the square of the corpus, so a batch run
with `jobs` workers splits the mentions into `jobs` interleaved shares; each forked worker finds the candidate
pairs its share owns (`candidates.CandidateIndex.pairs_for`) and judges them. Workers inherit the index
instead of receiving it, and the heap is frozen (`heap.frozen_heap`) before forking, so a collection in a
worker does not walk, and copy page by page, what it inherited. `compare` is a pure function and the shares'
pairs are disjoint, so the result is the same whatever the number of workers.

Only the pairs judged same or grey are kept (nothing downstream reads a `different` pair, and a large corpus
has millions). Pairs are judged without reasons; the grey ones (written to the review table) are judged again
with reasons.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from align.candidates import CandidateIndex
from align.heap import frozen_heap
from align.matcher import Evidence, Mention, compare

#: Fewer mentions than this are aligned in-process: forking costs more than it saves.
PARALLEL_FROM = 2_000

#: The candidate index, set before forking and read by the workers (a share is sent as two numbers).
_SHARED: dict[str, Any] = {}


def _judge_share(offset: int, step: int) -> list[tuple]:
    """A worker's share: every `step`-th mention from `offset` (a stride balances the load better than
    contiguous runs, which follow documents). Plain tuples travel back faster than dataclasses."""
    index: CandidateIndex = _SHARED["index"]
    pairs = sorted(index.pairs_for(index.ids[offset::step]))
    return [(x, y, e.score, e.name_similarity, e.agreeing, e.disagreeing, e.reasons)
            for x, y, e in judge_pairs(index.mentions, pairs)]


def judge_pairs(mentions: dict[str, Mention], pairs: list[tuple[str, str]]) -> list[tuple[str, str, Evidence]]:
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


def judge(mentions: dict[str, Mention], jobs: int = 1) -> list[tuple[str, str, Evidence]]:
    """The candidate pairs judged same or grey, in pair order, using up to `jobs` processes (fork start
    method; in-process for small corpora or where fork is unavailable)."""
    index = CandidateIndex(mentions)
    if jobs <= 1 or len(mentions) < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return judge_pairs(mentions, sorted(index.pairs_for(index.ids)))
    _SHARED.update(index=index)
    try:
        fork = multiprocessing.get_context("fork")
        from pipeline.workers import forked_helper_started  # workers end with the run, even on kill -9

        with frozen_heap(), ProcessPoolExecutor(max_workers=jobs, mp_context=fork, initializer=forked_helper_started,
                                                initargs=(os.getpid(),)) as pool:
            shares = list(pool.map(_judge_share, range(jobs), [jobs] * jobs))
    finally:
        _SHARED.clear()
    kept = [(x, y, Evidence(*fields)) for share in shares for x, y, *fields in share]
    return sorted(kept, key=lambda item: (item[0], item[1]))  # pair order, as in-process judging gives it
