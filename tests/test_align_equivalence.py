"""Alignment's shortcuts change no result: blocking, identical mentions judged once and pairs scored at once
give the kpi_ids and tables that judging EVERY pair of one government's mentions gives.

The corpus is the alignment benchmark's (bench/align_scale.py): several municipalities, each with editions
that restate most of its catalogue, typos, 万人 for 人, （累計）, revised targets, dropped indicators.
"""

from __future__ import annotations

import copy
from itertools import combinations

import pytest

from align import cluster as cluster_module
from align.judge import Judgement, judge_pairs
from align.stage import align_rows
from bench.align_scale import synthetic_rows


def _every_pair(mentions: dict, jobs: int = 1) -> Judgement:
    """The reference judge: every pair of mentions of different documents, no blocking, no merging (each mention
    its own class)."""
    pairs = [(x, y) for x, y in combinations(sorted(mentions), 2)
             if mentions[x].source_file != mentions[y].source_file]
    return Judgement(judge_pairs(mentions, pairs), {mid: [mid] for mid in mentions})


def _every_pair_of_each(groups: list[dict], jobs: int = 1) -> list[Judgement]:
    """`_every_pair` of each alignment group (as `judge.judge_groups` judges them)."""
    return [_every_pair(members) for members in groups]


def _aligned(rows: tuple) -> tuple:
    indicators, observations, documents = copy.deepcopy(rows)
    tables = align_rows(indicators, observations, documents, None)
    return ([r["kpi_id"] for r in indicators], [r["kpi_id"] for r in observations],
            {name: table.to_pylist() for name, table in tables.items()})


@pytest.fixture(scope="module")
def corpus() -> tuple:
    return synthetic_rows(24, 3, seed=5)


def test_blocking_and_merging_give_the_ids_and_tables_of_judging_every_pair(corpus, monkeypatch):
    fast = _aligned(corpus)
    monkeypatch.setattr(cluster_module, "judge_groups", _every_pair_of_each)
    reference = _aligned(corpus)
    assert fast[0] == reference[0]
    assert fast[1] == reference[1]
    assert fast[2] == reference[2]


def test_the_corpus_exercises_alignment(corpus):
    """Not a trivial case: many mentions share an id, each government keeps many indicators apart, and some
    pairs fall in the grey zone."""
    from align.cluster import build_mentions, government_groups, link
    from align.overrides import Overrides

    indicator_ids, _, _ = _aligned(corpus)
    assert len(set(indicator_ids)) < len(indicator_ids) / 4
    assert len(set(indicator_ids)) >= 3 * 50
    mentions = build_mentions(corpus[0], corpus[1], government_groups(corpus[2]))
    _, _, judged = link(mentions, Overrides())
    assert {evidence.decision for _, _, evidence in judged.member_pairs(mentions)} == {"same", "grey"}



def test_the_stage_shares_one_unit_table_without_changing_the_analyst_tables(corpus):
    """The stage computes `indicator_units` once and hands it to the catalog, the series and the scorecard:
    its tables are those each function gives when it computes the units itself."""
    from align.analyst import catalog_rows, series_rows
    from align.profile import indicator_units
    from align.scorecard import scorecard_table
    from align.stage import _table

    indicators, observations, documents = copy.deepcopy(corpus)
    tables = align_rows(indicators, observations, documents, None)
    units = indicator_units(observations, indicators)
    assert len({unit for unit, _ in units.values()}) > 3  # the scorecard and the catalog show them
    assert tables["kpi_series"].equals(_table("kpi_series", series_rows(observations, documents, indicators)))
    assert tables["kpi_scorecard"].equals(scorecard_table(observations, indicators, documents))
    assert catalog_rows(indicators, {}, observations, documents, None, units) == catalog_rows(
        indicators, {}, observations, documents)
