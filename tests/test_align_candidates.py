"""Blocking leaves out only pairs that compare below the grey zone: checked against all pairs."""

from __future__ import annotations

from itertools import combinations

from align.candidates import candidate_pairs
from align.cluster import build_mentions
from align.matcher import GREY_FROM, compare
from align.names import name_form
from tests.align_cases import tables


def _missed(mentions) -> list[tuple[str, str, float]]:
    """Pairs of different documents that reach the grey zone but are not candidates."""
    candidates = set(candidate_pairs(mentions))
    missed = []
    for x, y in combinations(sorted(mentions), 2):
        if mentions[x].source_file == mentions[y].source_file:
            continue
        score = compare(mentions[x], mentions[y]).score
        if score >= GREY_FROM and (x, y) not in candidates:
            missed.append((x, y, score))
    return missed


def _mentions(dataset) -> dict:
    return build_mentions(dataset.tables["indicators"].to_pylist(), dataset.tables["observations"].to_pylist())


def test_no_pair_that_reaches_the_grey_zone_is_left_out_on_the_five_documents(dataset):
    mentions = _mentions(dataset)
    assert len(mentions) > 150
    assert _missed(mentions) == []


def test_blocking_leaves_out_most_pairs_on_the_five_documents(dataset):
    mentions = _mentions(dataset)
    cross = sum(mentions[x].source_file != mentions[y].source_file for x, y in combinations(mentions, 2))
    assert len(list(candidate_pairs(mentions))) < cross / 5


def test_no_pair_of_the_hand_checked_list_reaches_grey_outside_the_candidates():
    t = tables()
    mentions = build_mentions(t["indicators"].to_pylist(), t["observations"].to_pylist())
    assert _missed(mentions) == []


def _occurrence(doc: str, name: str, value: float | None = None, unit: str = "人") -> tuple:
    values = [] if value is None else [("actual", "FY2023", value, unit, None, "FY2023", None)]
    return (doc, 1, name, "KPI", "1-1 goal", values)


def _two_documents(a: tuple, b: tuple) -> dict:
    t = tables([a, b], [{"source_file": "a.txt", "doc_type": "evaluation", "fiscal_year": "FY2023"},
                        {"source_file": "b.txt", "doc_type": "evaluation", "fiscal_year": "FY2024"}])
    return build_mentions(t["indicators"].to_pylist(), t["observations"].to_pylist())


def test_a_name_covered_by_a_longer_one_is_a_candidate_even_when_not_similar():
    # 保育 is said inside 保育所, 定員 as such: the short name adds nothing (similarity 47, values differ)
    mentions = _two_documents(_occurrence("a.txt", "保育定員", 100),
                              _occurrence("b.txt", "市内の保育所の定員の充足率", 7))
    assert len(list(candidate_pairs(mentions))) == 1
    assert _missed(mentions) == []


def test_a_typo_in_one_word_is_a_candidate_even_when_values_differ():
    # コミュニティバス / コミュニティパス: each name has a word the other lacks; only similarity finds the pair
    mentions = _two_documents(_occurrence("a.txt", "コミュニティバスの年間利用者数", 1500),
                              _occurrence("b.txt", "コミュニティパスの年間利用者数", 1700))
    assert len(list(candidate_pairs(mentions))) == 1
    assert _missed(mentions) == []


def test_names_with_different_qualifiers_and_no_agreeing_value_are_not_compared():
    # both names add their own qualifier: name points -3 + band, below grey whatever unit, goal and kind say
    mentions = _two_documents(_occurrence("a.txt", "製造業の事業所数", 120),
                              _occurrence("b.txt", "事業所数(公務を除く)", 4000))
    assert list(candidate_pairs(mentions)) == []
    assert _missed(mentions) == []


def test_an_agreeing_value_makes_a_candidate_whatever_the_names():
    mentions = _two_documents(_occurrence("a.txt", "製造業の事業所数", 1234),
                              _occurrence("b.txt", "事業所数(公務を除く)", 1234))
    assert len(list(candidate_pairs(mentions))) == 1


def test_shares_of_the_mentions_own_disjoint_pairs_that_together_are_all_candidates(dataset):
    from align.candidates import CandidateIndex

    mentions = _mentions(dataset)
    index = CandidateIndex(mentions)
    shares = [index.pairs_for(index.ids[offset::3]) for offset in range(3)]
    assert all(not (a & b) for i, a in enumerate(shares) for b in shares[i + 1:])
    assert sorted(set().union(*shares)) == list(candidate_pairs(mentions))


def test_covering_words_found_through_substrings_are_those_of_testing_every_pair():
    from align.candidates import covering_words
    from align.names import covers
    from tests.align_cases import OCCURRENCES

    vocabulary = sorted({w for occurrence in OCCURRENCES for w in name_form(occurrence[2]).words}
                        | {"数", "基数", "保育", "保育所", "所", "率"})
    assert covering_words(vocabulary) == {w: [o for o in vocabulary if covers(o, w)] for w in vocabulary}
    assert "基数" in covering_words(vocabulary)["数"] and "保育所" in covering_words(vocabulary)["保育"]


def test_pair_positions_come_sorted_when_the_rows_are_split_into_blocks(dataset, monkeypatch):
    import numpy as np

    import align.candidates
    from align.candidates import CandidateIndex

    index = CandidateIndex(_mentions(dataset))
    rows = np.arange(1, len(index.ids), 2, dtype=np.int64)  # a worker's strided share
    whole = index.pair_positions(rows)
    monkeypatch.setattr(align.candidates, "MATRIX_CELLS", 3 * len(index.ids))  # blocks of three rows
    left, right = index.pair_positions(rows)
    assert len(left) > 3
    assert left.tolist() == whole[0].tolist() and right.tolist() == whole[1].tolist()
    pairs = list(zip(left.tolist(), right.tolist(), strict=True))
    assert pairs == sorted(pairs)
