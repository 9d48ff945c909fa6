"""Read a few hundred generated KPI tables in every text shape and report what breaks, by habit.

`python bench/synth.py [--tables N] [--seed S] [--shapes tab,layout,plumber,pdf,pdf_merged] [--show K]`: the figures of
tests/synth (values right, wrong unflagged, wrong flagged, missed), then every habit ranked by the unflagged wrong
and missed values of the tables that print it, then the seeds of the worst tables to rerun one by one.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.synth.score import read_table
from tests.synth.tables import SHAPES, generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--show", type=int, default=15)
    args = parser.parse_args()
    shapes = args.shapes.split(",")
    start = time.time()
    totals: Counter[str] = Counter()
    by_habit: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    worst: list[tuple[int, int, int, str]] = []
    faults: Counter[str] = Counter()
    for seed in range(args.seed, args.seed + args.tables):
        table = generate(seed)
        for shape in shapes:
            result = read_table(table, shape)
            counts = Counter(printed=result.printed, right=result.right, missed=len(result.missed),
                             unflagged=len(result.wrong_unflagged), flagged=len(result.wrong_flagged), tables=1,
                             undated=len(result.undated))
            totals.update(counts)
            faults.update(result.faults())
            for habit in [("shape", shape), *table.habits.items()]:
                by_habit[habit].update(counts)
            worst.append((len(result.wrong_unflagged), len(result.missed), seed, shape))
    printed = totals["printed"] or 1
    print(f"{args.tables} tables x {len(shapes)} shapes in {time.time() - start:.0f}s: "
          f"{totals['printed']} values printed, right {totals['right']} ({100 * totals['right'] / printed:.1f}%), "
          f"undated {totals['undated']}, missed {totals['missed']}, wrong unflagged {totals['unflagged']}, "
          f"wrong flagged {totals['flagged']}")
    print("unflagged wrong by the fields they got wrong:", ", ".join(f"{k} {n}" for k, n in faults.most_common()))
    print("\nhabit (tables): recall, unflagged wrong per table, by unflagged wrong then missed")
    ranked = sorted(by_habit.items(), key=lambda kv: (-kv[1]["unflagged"] / kv[1]["tables"],
                                                      kv[1]["right"] / max(1, kv[1]["printed"])))
    for (habit, value), c in ranked[:args.show * 3]:
        print(f"  {habit}={value} ({c['tables']}): recall {100 * c['right'] / max(1, c['printed']):.0f}%, "
              f"unflagged {c['unflagged']} ({c['unflagged'] / c['tables']:.2f}/table), missed {c['missed']}")
    print("\nworst readings (unflagged, missed, seed, shape):")
    for row in sorted(worst, reverse=True)[:args.show]:
        print("  ", *row)


if __name__ == "__main__":
    main()
