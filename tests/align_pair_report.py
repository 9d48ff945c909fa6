"""Pairwise precision/recall of the alignment on the hand-checked pair list (tests/align_cases.PAIRS).

Run: `PYTHONPATH=. python -m tests.align_pair_report` — prints every pair with its outcome, the grey-zone pairs
(kpi_review) and the conflicts of kpi_series.
"""

from __future__ import annotations

from dataclasses import dataclass

from align.overrides import DEFAULT_PATH
from align.stage import align_tables
from normalize.text import clean_name
from tests.align_cases import PAIRS, tables


@dataclass
class PairOutcome:
    pair: tuple
    predicted_same: bool

    @property
    def correct(self) -> bool:
        return self.predicted_same == self.pair[4]


def evaluate(overrides_path=DEFAULT_PATH) -> tuple[list[PairOutcome], dict]:
    """Align the hand-written occurrences and judge every pair of PAIRS by whether the ids are equal."""
    aligned = align_tables(tables(), overrides_path)
    by_name: dict[tuple[str, str], set[str]] = {}
    for row in aligned["indicators"].to_pylist():
        by_name.setdefault((row["source_file"], row["kpi_name"]), set()).add(row["kpi_id"])
    outcomes = []
    for pair in PAIRS:
        doc_a, name_a, doc_b, name_b = pair[:4]
        # a nameless side may hold several rows (one per goal): the pair is same when one shares the id
        ids_a, ids_b = by_name[(doc_a, clean_name(name_a))], by_name[(doc_b, clean_name(name_b))]
        outcomes.append(PairOutcome(pair, bool(ids_a & ids_b)))
    return outcomes, aligned


def precision_recall(outcomes: list[PairOutcome]) -> tuple[float, float, int, int, int]:
    tp = sum(o.predicted_same and o.pair[4] for o in outcomes)
    fp = sum(o.predicted_same and not o.pair[4] for o in outcomes)
    fn = sum(not o.predicted_same and o.pair[4] for o in outcomes)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def main(overrides_path=DEFAULT_PATH) -> None:
    outcomes, aligned = evaluate(overrides_path)
    for o in outcomes:
        a, b = o.pair[1] or "(no name)", o.pair[3] or "(no name)"
        print(f"{'ok ' if o.correct else 'BAD'} truth={'same' if o.pair[4] else 'diff'} "
              f"got={'same' if o.predicted_same else 'diff'}  {o.pair[0][:3]} {a}  |  {o.pair[2][:3]} {b}")
    precision, recall, tp, fp, fn = precision_recall(outcomes)
    print(f"\npairs={len(outcomes)} tp={tp} fp={fp} fn={fn} precision={precision:.3f} recall={recall:.3f}")
    print("\ngrey zone (kpi_review):")
    for r in aligned["kpi_review"].to_pylist():
        print(f"  {r['score']:.1f} {r['source_file_a'][:3]} {r['name_a']} | {r['source_file_b'][:3]} {r['name_b']}"
              f"  [{r['evidence']}]")
    print("\nconflicts (kpi_series):")
    names = {r["kpi_id"]: r["canonical_name"] for r in aligned["kpi_catalog"].to_pylist()}
    for r in aligned["kpi_series"].to_pylist():
        if r["conflict"]:
            print(f"  {names[r['kpi_id']]} {r['segment'] or ''} {r['role']} {r['period']} "
                  f"{r['value']:g}{r['unit'] or ''} {r['source_files']}  — {r['conflict_note']}")
    print("\nrevisions:")
    for r in aligned["kpi_revisions"].to_pylist():
        print(f"  {names[r['kpi_id']]}: {r['change']} {r['segment'] or ''} {r['before']} → {r['after']}"
              f" ({(r['source_file_before'] or '-')[:3]} → {(r['source_file_after'] or '-')[:3]})")


if __name__ == "__main__":
    import sys

    main(None if "--no-overrides" in sys.argv else DEFAULT_PATH)
