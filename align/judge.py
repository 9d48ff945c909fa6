"""Candidate pairs → evidence, on several cores when there are many pairs.

Comparing pairs is the one alignment step whose cost grows with the square of the corpus, so a batch run with
`jobs` workers splits the pairs into `jobs` contiguous chunks and judges them in forked processes, which
inherit the mentions instead of receiving them. `compare` is a pure function, so the result is the same
whatever the number of workers. Only the pairs judged same or grey are kept (nothing downstream reads a
`different` pair, and a large corpus has millions). Pairs are judged without reasons; the grey ones (written
to the review table) are judged again with reasons.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from align.matcher import Evidence, Mention, compare

#: Fewer pairs than this are judged in-process: forking costs more than it saves.
PARALLEL_FROM = 20_000

#: The mentions and pairs, set before forking and read by the workers (a chunk is sent as two numbers).
_SHARED: dict[str, Any] = {}


def _judge_chunk(start: int, stop: int) -> list[tuple[str, str, Evidence]]:
    return judge_serial(_SHARED["mentions"], _SHARED["pairs"][start:stop])


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
    size = -(-len(pairs) // jobs)
    starts = list(range(0, len(pairs), size))
    _SHARED.update(mentions=mentions, pairs=pairs)
    try:
        with ProcessPoolExecutor(max_workers=len(starts), mp_context=multiprocessing.get_context("fork")) as pool:
            chunks = pool.map(_judge_chunk, starts, [start + size for start in starts])
            return [kept for chunk in chunks for kept in chunk]
    finally:
        _SHARED.clear()
