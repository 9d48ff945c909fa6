"""Finding and judging pairs in worker processes gives the same links as doing it in-process."""

from __future__ import annotations

from align import judge as judge_module
from align.candidates import candidate_pairs
from align.cluster import build_mentions
from align.forked import SHARED


def _summary(kept) -> list[tuple]:
    return [(x, y, e.score, e.decision, e.agreeing, e.disagreeing, tuple(e.reasons)) for x, y, e in kept]


def test_two_workers_judge_like_one(dataset, monkeypatch):
    mentions = build_mentions(dataset.tables["indicators"].to_pylist(), dataset.tables["observations"].to_pylist())
    pairs = list(candidate_pairs(mentions))
    monkeypatch.setattr(judge_module, "PARALLEL_FROM", 1)  # the five documents are below the real threshold
    serial = judge_module.judge_pairs(mentions, pairs)
    parallel = judge_module.judge(mentions, jobs=2).member_pairs(mentions)
    assert any(e.decision == "same" for _, _, e in serial)
    assert _summary(parallel) == _summary(serial)
    assert not SHARED  # nothing left behind for the next call


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


def test_young_collected_less_raises_only_the_youngest_threshold_and_restores_it():
    import gc

    from align.heap import READING_THRESHOLD, young_collected_less

    before = gc.get_threshold()
    with young_collected_less():
        assert gc.get_threshold() == (READING_THRESHOLD, *before[1:])
    assert gc.get_threshold() == before


def _copied_rows() -> tuple[list[dict], list[dict], list[dict]]:
    """The hand-written occurrences of the five documents, each document also under two more names (one
    sorting before all, one after): identical mentions across documents, in both orders of their ids."""
    from tests.align_cases import DOCUMENTS, tables

    source = tables()
    indicators, observations = source["indicators"].to_pylist(), source["observations"].to_pylist()
    documents = list(DOCUMENTS)
    for prefix in ("0copy_", "zcopy_"):
        indicators += [{**r, "source_file": prefix + r["source_file"]} for r in source["indicators"].to_pylist()]
        observations += [{**r, "source_file": prefix + r["source_file"]} for r in source["observations"].to_pylist()]
        documents += [{**d, "source_file": prefix + d["source_file"]} for d in DOCUMENTS]
    return indicators, observations, documents


def test_small_groups_dealt_whole_to_workers_judge_like_one_process(monkeypatch):
    """Many governments, none large enough to split: the groups go whole to forked workers, with the result of
    judging each in-process."""
    indicators, observations, documents = _copied_rows()
    # a document and its two copies are one government: five groups of three documents
    governments = {d["source_file"]: d["source_file"].removeprefix("0copy_").removeprefix("zcopy_") for d in documents}
    mentions = build_mentions(indicators, observations, governments)
    by_group: dict[str, dict] = {}
    for mid in sorted(mentions):
        by_group.setdefault(mentions[mid].group, {})[mid] = mentions[mid]
    groups = list(by_group.values())
    assert len(groups) == 5
    serial = judge_module.judge_groups(groups, jobs=1)
    monkeypatch.setattr(judge_module, "PARALLEL_FROM", max(map(len, groups)) + 1)  # each small, together not
    pool, shared = judge_module.forked_pool, []
    monkeypatch.setattr(judge_module, "forked_pool", lambda workers, **given: shared.append(sorted(given))
                        or pool(workers, **given))
    parallel = judge_module.judge_groups(groups, jobs=2)
    assert shared == [["groups"]]  # forked once, for the groups, none split
    assert sum(len(j.pairs) for j in serial) > len(groups)  # pairs across documents were judged
    assert [(_summary(j.pairs), j.classes) for j in parallel] == [(_summary(j.pairs), j.classes) for j in serial]
    assert not SHARED


def test_judging_one_mention_per_identical_class_gives_every_pair_as_judging_all():
    from align.cluster import government_groups

    indicators, observations, documents = _copied_rows()
    mentions = build_mentions(indicators, observations, government_groups(documents))
    classes = judge_module.identical_classes(mentions)
    assert len(classes) <= len(mentions) / 2  # copies merge: the test exercises merging
    merged = judge_module.judge(mentions).member_pairs(mentions)
    every = judge_module.judge_pairs(mentions, list(candidate_pairs(mentions)))
    grey = [(x, y) for x, y, e in every if e.decision == "grey"]
    representative = {m: rep for rep, members in classes.items() for m in members}
    # some grey pair whose representatives are in the other order: its reasons must be written its own way
    assert any(representative[x] > representative[y] for x, y in grey)
    assert _summary(merged) == _summary(every)


def test_merging_identical_mentions_changes_no_output(monkeypatch):
    """The whole stage with identical mentions merged vs with every mention its own class."""
    import copy

    from align.stage import align_rows

    rows = _copied_rows()

    def aligned() -> tuple:
        indicators, observations, documents = copy.deepcopy(rows)
        tables = align_rows(indicators, observations, documents, None)
        return ([r["kpi_id"] for r in indicators], [r["kpi_id"] for r in observations],
                {name: table.to_pylist() for name, table in tables.items()})

    merged = aligned()
    monkeypatch.setattr(judge_module, "identical_classes", lambda mentions: {m: [m] for m in sorted(mentions)})
    unmerged = aligned()
    assert merged == unmerged
    assert len(set(merged[0])) < len(merged[0])  # the copies share ids: there is alignment to compare


def _all_pairs_scored_at_once_and_one_by_one(mentions: dict, both_ways: bool = True) -> set[str]:
    """Asserts `MentionTable.score` of every pair (both ways round, or x < y) equals `compare`'s score and
    counts; returns the decisions seen."""
    from itertools import combinations, permutations

    import numpy as np

    from align.matcher import compare
    from align.scoring import MentionTable

    ids = sorted(mentions)
    pairs = list((permutations if both_ways else combinations)(range(len(ids)), 2))
    scores = MentionTable([mentions[m] for m in ids]).score(np.array([x for x, _ in pairs], dtype=np.int64),
                                                             np.array([y for _, y in pairs], dtype=np.int64))
    decisions = set()
    for at, (x, y) in enumerate(pairs):
        explained = compare(mentions[ids[x]], mentions[ids[y]])
        fast = (float(scores.score[at]), float(scores.similarity[at]), int(scores.agreeing[at]),
                int(scores.disagreeing[at]))
        assert fast == (explained.score, explained.name_similarity, explained.agreeing, explained.disagreeing), (
            ids[x], ids[y])
        decisions.add(explained.decision)
    return decisions


def test_scoring_many_pairs_at_once_gives_the_score_and_counts_of_the_explained_comparison():
    """`MentionTable.score` is a separate, vectorised computation: it must agree with `compare` on every pair
    of the hand-written occurrences (all pairs, not only candidates)."""
    from tests.align_cases import tables

    source = tables()
    mentions = build_mentions(source["indicators"].to_pylist(), source["observations"].to_pylist())
    assert _all_pairs_scored_at_once_and_one_by_one(mentions) == {"same", "grey", "different"}


def test_scoring_many_pairs_at_once_agrees_with_compare_on_a_synthetic_corpus():
    """The benchmark's corpus (typos, 万人 for 人, （累計）, revised targets, round values): every pair of one
    municipality's mentions."""
    from align.cluster import government_groups
    from bench.align_scale import synthetic_rows

    indicators, observations, documents = synthetic_rows(4, 1, seed=3)
    mentions = build_mentions(indicators, observations, government_groups(documents))
    assert _all_pairs_scored_at_once_and_one_by_one(mentions, both_ways=False) >= {"same", "different"}


def _every_member_pair_clustered(mentions: dict, must: list, cannot: list, judged) -> dict[str, str]:
    """The reference: the clustering rule run over every member pair (what `cluster` did before it joined classes)."""
    from align import cluster as cluster_module

    return cluster_module._greedy(mentions, sorted(mentions), must, cannot, judged.member_pairs(mentions))


def test_joining_classes_whole_clusters_like_the_rule_over_every_member_pair(monkeypatch):
    """`cluster` joins classes of identical mentions whole where nothing can be refused and runs the greedy rule
    elsewhere: on the benchmark's corpus (documents of one government sharing many classes, typos that make one
    document's two mentions candidates of one cluster) plus a must-link and a cannot-link, its roots are those of
    the rule run over every member pair, and both ways are taken."""
    from align import cluster as cluster_module
    from align.cluster import Link, government_groups, link
    from align.overrides import Overrides
    from bench.align_scale import synthetic_rows

    indicators, observations, documents = synthetic_rows(40, 2, seed=5)
    mentions = build_mentions(indicators, observations, government_groups(documents))
    must, cannot, judged = link(mentions, Overrides())
    exact: list[int] = []  # how many mentions each clustering sent through the rule
    greedy = cluster_module._greedy

    def counted(mentions, within, *rest):
        exact.append(len(within))
        return greedy(mentions, within, *rest)

    monkeypatch.setattr(cluster_module, "_greedy", counted)
    plain = cluster_module.cluster(mentions, must, cannot, judged)
    plain_exact = exact[-1]
    assert 0 < plain_exact < len(mentions) / 10  # most clusters joined whole, a few (a document twice) by the rule
    assert plain == _every_member_pair_clustered(mentions, must, cannot, judged)
    # a cannot-link inside a cluster that classes join whole, a must-link between two clusters of one document
    clusters: dict[str, list[str]] = {}
    for mid, root in plain.items():
        clusters.setdefault(root, []).append(mid)
    whole = next(sorted(members) for members in clusters.values() if len(members) > 4)
    cannot = [Link(whole[0], whole[-1], None, "override keep apart: test")]
    document = mentions[whole[0]].source_file
    other = next(mid for mid in sorted(mentions)
                 if mentions[mid].source_file == document and plain[mid] != plain[whole[0]])
    must = [Link(whole[0], other, None, "override merge: test")]
    linked = cluster_module.cluster(mentions, must, cannot, judged)
    assert exact[-1] > plain_exact  # the links sent their clusters through the rule
    assert linked == _every_member_pair_clustered(mentions, must, cannot, judged)
    assert linked != plain  # the links changed the clusters: the comparison is not idle
    assert linked[whole[0]] != linked[whole[-1]] and linked[whole[0]] == linked[other]


def test_value_outcomes_of_one_value_sets_computed_at_once_follow_the_rounding_rule():
    """Pairs of one-value sets are judged by array arithmetic, the others one by one: both as `values_agree`."""
    import numpy as np

    from align.scoring import _DIFFER, _STRONG, _WEAK, _ValueSets

    sets = [frozenset({4251000.0}), frozenset({4251251.0}),  # 425.1万 printed rounded: agrees (half-unit 500)
            frozenset({1400.0}), frozenset({1418.0}),  # two significant digits: compared exactly
            frozenset({100.0}), frozenset({100.00000001}),  # equal within 1e-9: round values, weak
            frozenset({1.0, 2.0}), frozenset({2.0}), frozenset({3.0}), frozenset({12345.0})]
    pairs = [(0, 1), (1, 0), (2, 3), (4, 4), (4, 5), (6, 7), (7, 6), (7, 8), (9, 9), (0, 9)]
    expected = [_STRONG, _STRONG, _DIFFER, _WEAK, _WEAK, _WEAK, _WEAK, _DIFFER, _STRONG, _DIFFER]
    left, right = (np.array(side, dtype=np.int64) for side in zip(*pairs, strict=True))
    assert _ValueSets(sets).outcomes(left, right).tolist() == expected
