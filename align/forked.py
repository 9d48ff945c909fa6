"""Alignment work shared with forked worker processes, which inherit what they read instead of receiving it.

    with forked_pool(workers, index=index) as pool:     # the workers read SHARED["index"]
        later = pool.submit(work, ...)                   # a function of this module level, by name
        ...                                              # the main process does its own part meanwhile

The heap is frozen (`heap.frozen_heap`) before forking, so a collection in a worker does not walk, and copy page
by page, what it inherited; the workers end with the run, even when it is killed (`pipeline.workers`). The fork
start method only: where it is unavailable (`can_fork`), the callers do the work in-process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any

from align.heap import frozen_heap

#: What the workers read, set before forking (work is sent as a few numbers, results come back pickled).
SHARED: dict[str, Any] = {}


def can_fork(jobs: int) -> bool:
    """Whether `jobs` processes may share work: more than one, and forking available."""
    return jobs > 1 and "fork" in multiprocessing.get_all_start_methods()


@contextmanager
def forked_pool(workers: int, **shared: Any) -> Iterator[ProcessPoolExecutor]:
    """A pool of up to `workers` forked processes that inherit `shared` (as `SHARED`); nothing is left in
    `SHARED` after the block."""
    SHARED.update(shared)
    try:
        fork = multiprocessing.get_context("fork")
        from pipeline.workers import forked_helper_started, sigint_blocked  # workers end with the run, even on kill -9

        with frozen_heap(), ProcessPoolExecutor(max_workers=workers, mp_context=fork, initializer=forked_helper_started,
                                                initargs=(os.getpid(),)) as pool:
            with sigint_blocked():  # a Ctrl-C while forking waits until the workers ignore it (see there)
                pool.submit(int)  # with the fork start method, the first submit forks every worker
            yield pool
    finally:
        SHARED.clear()
