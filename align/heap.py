"""`frozen_heap()`: keep the cyclic garbage collector from rescanning long-lived objects during heavy work.

Reading documents and comparing pairs allocate millions of short-lived objects, so the collector runs often,
and each full collection walks everything alive: imports, the sudachi dictionary, every row of the run. In a
forked worker that walk also copies the inherited pages one by one. `gc.freeze()` moves what exists now out of
the collector's sight (new garbage is still collected); leaving the outermost block unfreezes. About a tenth
of reading and of judging time on the benchmark corpus.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Freeze the objects alive now for the duration of the block; nested blocks freeze what is new."""
    outermost = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if outermost:
            gc.unfreeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection during the block (the previous state is restored after it).

    Alignment builds hundreds of thousands of objects (mentions, judged links, analyst rows) that all live to
    its end and make no cycles: each collection the allocations trigger walks them again for nothing (about a
    quarter of alignment's time at 1,000 documents). Reference counting still frees everything acyclic.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


#: Allocations between two collections of the youngest generation while documents are read (Python's default,
#: 700, collects every few characters' dicts of a PDF page; their survivors are walked again by the older
#: generations' collections).
READING_THRESHOLD = 10_000


@contextmanager
def young_collected_less(threshold: int = READING_THRESHOLD) -> Iterator[None]:
    """Collect the youngest generation every `threshold` allocations during the block (a worker forked in it
    inherits this); the previous thresholds are restored after it. Reading a PDF makes a dict per character that
    lives until its page is read: at the default threshold the collector walks them over and over (about a
    twelfth of the reading's CPU seconds on the bench's PDFs); cyclic garbage waits a few thousand allocations
    longer, which holds no more than a page's worth of memory."""
    previous = gc.get_threshold()
    gc.set_threshold(threshold, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)
