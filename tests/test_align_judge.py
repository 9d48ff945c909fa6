"""Finding and judging pairs in worker processes gives the same links as doing it in-process."""

from __future__ import annotations

from align import judge as judge_module
from align.candidates import candidate_pairs
from align.cluster import build_mentions


def _summary(kept) -> list[tuple]:
    return [(x, y, e.score, e.decision, e.agreeing, e.disagreeing, tuple(e.reasons)) for x, y, e in kept]


def test_two_workers_judge_like_one(dataset, monkeypatch):
    mentions = build_mentions(dataset.tables["indicators"].to_pylist(), dataset.tables["observations"].to_pylist())
    pairs = list(candidate_pairs(mentions))
    monkeypatch.setattr(judge_module, "PARALLEL_FROM", 1)  # the five documents are below the real threshold
    serial = judge_module.judge_pairs(mentions, pairs)
    parallel = judge_module.judge(mentions, jobs=2)
    assert any(e.decision == "same" for _, _, e in serial)
    assert _summary(parallel) == _summary(serial)
    assert not judge_module._SHARED  # nothing left behind for the next call


def test_only_same_and_grey_pairs_are_kept_and_grey_ones_are_explained(dataset):
    mentions = build_mentions(dataset.tables["indicators"].to_pylist(), dataset.tables["observations"].to_pylist())
    kept = judge_module.judge_pairs(mentions, list(candidate_pairs(mentions)))
    assert {e.decision for _, _, e in kept} <= {"same", "grey"}
    assert all(e.reasons for _, _, e in kept if e.decision == "grey")


def test_frozen_heap_unfreezes_only_when_the_outermost_block_ends():
    import gc

    from align.heap import frozen_heap

    assert gc.get_freeze_count() == 0
    with frozen_heap():
        assert gc.get_freeze_count() > 0
        with frozen_heap():
            pass
        assert gc.get_freeze_count() > 0  # the inner block left the outer freeze in place
    assert gc.get_freeze_count() == 0
