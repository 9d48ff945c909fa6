"""Candidate pairs → evidence, on several cores when the corpus is large.

Finding and comparing pairs is the alignment work that grows with the square of the corpus, so a batch run
with `jobs` workers shares it out (`judge_groups`). Mentions are compared only within their alignment group (a
government): a corpus of many municipalities is many groups, each too small to be worth forking for, so the
small groups are dealt whole to `jobs` shares, balanced by size (this process judges one, forked workers the
others). A group large enough by itself is split into `jobs` interleaved shares of its mentions; each worker
finds the candidate pairs its share owns (`candidates.CandidateIndex.pair_positions`) and judges them. Workers
inherit what they judge instead of receiving it, and the heap is frozen (`heap.frozen_heap`) before forking, so
a collection in a worker does not walk, and copy page by page, what it inherited. `compare` is a pure function
and the shares are disjoint, so the result is the same whatever the number of workers.

Only the pairs judged same or grey are kept (nothing downstream reads a `different` pair, and a large corpus
has millions). Pairs are judged without reasons; the grey ones (written to the review table) are judged again
with reasons.

Identical mentions are judged once (`identical_classes`): a government's strategy and its revisions, or its
yearly evaluations, restate most indicators with the same name, values, units, sub-goal and kind. Everything
`compare` and the blocking read is equal within such a class, so one representative per class stands for it:
the candidate pairs of the representatives (of one document too, when their classes span documents) are
judged, and the result stays per class (`Judgement`): a judged pair of representatives stands for every pair of
their members of different documents, with the evidence `compare` gives each (`compare` scores a pair alike both
ways round; a grey pair's reasons are written the other way round when its members' order is reversed).
Clustering joins classes whole where that is exact (`cluster.cluster`), so the member pairs — the square of
each class, hundreds of thousands at 1,000 documents — are listed only where they are read (`member_pairs`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from align.candidates import CandidateIndex
from align.columns import first_rows, group_codes
from align.forked import SHARED, can_fork, forked_pool
from align.matcher import GREY_FROM, SAME_AT, Evidence, Mention, compare, subgoals
from align.scoring import MentionTable, Scores

#: Fewer mentions than this are aligned in-process: forking costs more than it saves.
PARALLEL_FROM = 2_000

#: A pair of mentions judged same or grey: (x, y, evidence), x < y (x <= y for a class with itself).
Judged = tuple[str, str, Evidence]


def _content(mention: Mention) -> tuple:
    """Everything of a mention that `compare` and the blocking read (and its alignment group). Its values as one
    set of (value key, value): a key's set is never empty (`Mention.add_value` creates it with its value), so
    equal such sets are equal values by key, and one flat set costs a fifth of a set of sets (every mention of
    the run is keyed here)."""
    return (mention.group, mention.form.key, mention.form.words, frozenset(mention.kinds), frozenset(mention.units),
            subgoals(frozenset(mention.goals)),
            frozenset([(key, value) for key, values in mention.values.items() for value in values]))


def identical_classes(mentions: dict[str, Mention]) -> dict[str, list[str]]:
    """Representative → the sorted ids of the mentions identical to it (itself first: the smallest id)."""
    by_content: dict[tuple, list[str]] = {}
    for mid in sorted(mentions):
        by_content.setdefault(_content(mentions[mid]), []).append(mid)
    return {members[0]: members for members in by_content.values()}


def _judge_rows(index: CandidateIndex, table: MentionTable, rows: np.ndarray, classes: dict[str, list[str]]
                ) -> list[tuple[str, str, Evidence]]:
    """The candidate pairs of representatives owned by `rows` (positions in `index.ids`), and (r, r) for a class
    of several mentions, judged (see `_kept`)."""
    left, right = index.pair_positions(rows)
    ids = index.ids
    several = np.array([len(classes[ids[r]]) > 1 for r in rows.tolist()], dtype=bool)
    left, right = np.concatenate((left, rows[several])), np.concatenate((right, rows[several]))
    return _kept(index.mentions, ids, left, right, table.score(left, right))


def _kept(mentions: dict[str, Mention], ids: list[str], left: np.ndarray, right: np.ndarray, scores: Scores
          ) -> list[tuple[str, str, Evidence]]:
    """(x, y, evidence) of the scored pairs judged same or grey, in the pairs' order; grey ones explained.

    A large corpus keeps hundreds of thousands of same pairs, and they restate a few distinct (score, similarity,
    counts): each distinct one is one `Evidence`, shared by its pairs (nothing changes an `Evidence` once made),
    not one object per pair. Only the grey pairs are compared again, for their reasons."""
    at = np.flatnonzero(scores.score >= GREY_FROM)
    numbers = (scores.score[at], scores.similarity[at], scores.agreeing[at], scores.disagreeing[at])
    kinds = group_codes(*(np.unique(column, return_inverse=True)[1].reshape(-1) for column in numbers))
    firsts = first_rows(kinds)
    # the numbers as Python values at once (not one numpy scalar at a time)
    shared = [Evidence(score, similarity, agreeing, disagreeing, [])
              for score, similarity, agreeing, disagreeing in zip(*(column[firsts].tolist() for column in numbers),
                                                                  strict=True)]
    evidence = list(map(shared.__getitem__, kinds.tolist()))
    xs, ys = list(map(ids.__getitem__, left[at].tolist())), list(map(ids.__getitem__, right[at].tolist()))
    for i in np.flatnonzero(numbers[0] < SAME_AT).tolist():
        evidence[i] = compare(mentions[xs[i]], mentions[ys[i]])
    return list(zip(xs, ys, evidence, strict=True))


def _judge_share(offset: int, step: int) -> list[tuple]:
    """A worker's share: every `step`-th representative from `offset` (a stride balances the load better than
    contiguous runs, which follow documents). Plain tuples travel back faster than dataclasses."""
    index: CandidateIndex = SHARED["index"]
    rows = np.arange(offset, len(index.ids), step, dtype=np.int64)
    return [(x, y, e.score, e.name_similarity, e.agreeing, e.disagreeing, e.reasons)
            for x, y, e in _judge_rows(index, SHARED["table"], rows, SHARED["classes"])]


def judge_pairs(mentions: dict[str, Mention], pairs: list[tuple[str, str]]) -> list[tuple[str, str, Evidence]]:
    """(x, y, evidence) of the given pairs judged same or grey, in pair order; grey pairs carry their reasons.
    All pairs are scored at once (`scoring.MentionTable`); only the grey ones are compared again, explained."""
    ids = sorted({mid for pair in pairs for mid in pair})
    position = {mid: i for i, mid in enumerate(ids)}
    left = np.fromiter((position[x] for x, _ in pairs), np.int64, len(pairs))
    right = np.fromiter((position[y] for _, y in pairs), np.int64, len(pairs))
    return _kept(mentions, ids, left, right, MentionTable([mentions[mid] for mid in ids]).score(left, right))


@dataclass
class Judgement:
    """The candidate pairs judged same or grey, per class of identical mentions.

    `pairs`: (x, y, evidence) of representatives x <= y, sorted; (r, r) stands for the pairs among a class's own
    members. `classes`: representative → its members, sorted (itself first); every judged mention is in one.
    """

    pairs: list[Judged]
    classes: dict[str, list[str]]

    def member_pairs(self, mentions: dict[str, Mention], decision: str | None = None) -> list[Judged]:
        """The pairs (a < b) of members of different documents that the judged pairs stand for, sorted, each with
        the evidence `compare(a, b)` gives: what judging every mention gives. `decision`: only pairs judged so."""
        kept = self.pairs if decision is None else [p for p in self.pairs if p[2].decision == decision]
        return _members_pairs(kept, self.classes, mentions)


def judge(mentions: dict[str, Mention], jobs: int = 1) -> Judgement:
    """The candidate pairs judged same or grey, per class of identical mentions (see the module docstring), using
    up to `jobs` processes (fork start method; in-process for small corpora or where fork is unavailable). Its
    `member_pairs` are those judging every mention gives."""
    classes = identical_classes(mentions)
    representatives = {rep: mentions[rep] for rep in classes}
    documents = {rep: frozenset(mentions[m].source_file for m in members) for rep, members in classes.items()}
    index = CandidateIndex(representatives, documents)
    table = MentionTable([representatives[rep] for rep in index.ids])
    if len(representatives) < PARALLEL_FROM or not can_fork(jobs):
        kept = _judge_rows(index, table, np.arange(len(index.ids), dtype=np.int64), classes)
    else:
        with forked_pool(jobs, index=index, table=table, classes=classes) as pool:
            shares = list(pool.map(_judge_share, range(jobs), [jobs] * jobs))
        kept = [(x, y, Evidence(*fields)) for share in shares for x, y, *fields in share]
    kept.sort()  # by (x, y): each pair occurs once, so evidence is never compared
    return Judgement(kept, classes)


def _judge_whole_groups(positions: list[int]) -> list[Judgement]:
    """A worker's share of small groups (positions in the shared `groups`), each judged in the worker. A
    Judgement travels back as it is: pickling keeps one copy of an `Evidence` its pairs share."""
    groups: list[dict[str, Mention]] = SHARED["groups"]
    return [judge(groups[at]) for at in positions]


def judge_groups(groups: list[dict[str, Mention]], jobs: int = 1) -> list[Judgement]:
    """`judge` of each alignment group (mention id → mention), in order, using up to `jobs` processes. A group of
    `PARALLEL_FROM` mentions or more splits its own pairs between the workers (`judge`); the smaller groups, when
    together they are that many, are dealt whole to `jobs` shares, the largest first, each to the share with the
    fewest mentions so far: this process judges one, forked workers the others."""
    found: list[Judgement | None] = [None] * len(groups)
    small = [at for at, members in enumerate(groups) if len(members) < PARALLEL_FROM]
    if len(small) > 1 and sum(len(groups[at]) for at in small) >= PARALLEL_FROM and can_fork(jobs):
        shares: list[list[int]] = [[] for _ in range(jobs)]
        load = [0] * jobs
        for at in sorted(small, key=lambda at: (-len(groups[at]), at)):
            lightest = load.index(min(load))
            shares[lightest].append(at)
            load[lightest] += len(groups[at])
        # this process judges the first share itself meanwhile: one fork fewer, and its judgements are not pickled
        with forked_pool(jobs - 1, groups=groups) as pool:
            others = pool.map(_judge_whole_groups, shares[1:])
            judged_shares = [[judge(groups[at]) for at in shares[0]], *others]
        for share, judged in zip(shares, judged_shares, strict=True):
            for at, judgement in zip(share, judged, strict=True):
                found[at] = judgement
    return [judgement if judgement is not None else judge(groups[at], jobs) for at, judgement in enumerate(found)]


def _members_pairs(kept: list[Judged], classes: dict[str, list[str]], mentions: dict[str, Mention]) -> list[Judged]:
    """The judged pairs of representatives → the pairs (x < y) of their members of different documents, in
    pair order, each with the evidence `compare(x, y)` gives."""
    result = []
    for x, y, evidence in kept:
        reversed_evidence = None
        for a in classes[x]:
            document = mentions[a].source_file
            for b in classes[y]:
                if (x == y and b <= a) or mentions[b].source_file == document:
                    continue
                if a < b:
                    result.append((a, b, evidence))
                    continue
                if reversed_evidence is None:  # the score is the same both ways round; a grey pair's reasons are not
                    reversed_evidence = evidence if evidence.decision == "same" else compare(mentions[y], mentions[x])
                result.append((b, a, reversed_evidence))
    result.sort()  # by (x, y): each pair occurs once, so evidence is never compared
    return result
