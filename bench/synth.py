"""Read a few hundred generated KPI tables in every text shape and report what breaks, by habit.

`python bench/synth.py [--tables N] [--seed S] [--shapes tab,layout,plumber,pdf,pdf_merged] [--show K]
[--first-habits | --habits20] [--kind statements]`: the figures of tests/synth (values right, wrong unflagged, wrong
flagged, missed, right values under a wrong goal), then every habit ranked by the unflagged wrong and missed values
of the tables that print it, then the seeds of the worst tables to rerun one by one. By default the tables print
the habits of sessions 18-19 (the figures every report of session 20 compares with). `--first-habits` draws the
tables without the habits added in session 18 (goal bands, notes, merged departments, progress and reason columns,
page breaks, cells not reported, marks): the figures before; `--habits20` draws them with those of session 20 too
(years in their own columns, a unit caption, rate and change columns, word and range targets, a number column,
sub-rows of segments ...). `--kind statements` reads `--tables` generated documents of statements outside tables
instead (tests/synth/statements.py: arrow, labelled and banner statements, prose that states no target; plain
text, or `--shapes pdf` printed as a PDF), and also counts values read right under a wrong kind (数値目標/KPI).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.synth.score import Result, read_statements, read_table
from tests.synth.statements import generate_statements
from tests.synth.tables import SHAPES, generate


def _readings(seed: int, shapes: list[str], kind: str, first_habits: bool,
              habits20: bool = False) -> list[tuple[str, dict[str, str], Result]]:
    """(shape, habits, result) of each reading of the document or table drawn from `seed`."""
    if kind == "statements":
        doc = generate_statements(seed)
        return [(shape, doc.habits, read_statements(doc, shape)) for shape in shapes]
    table = generate(seed, more_habits=not first_habits, habits20=habits20)
    return [(shape, table.habits, read_table(table, shape)) for shape in shapes]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--shapes", default=None, help="tables: tab,layout,plumber,pdf,pdf_merged (all by default);"
                        " statements: text (default), pdf")
    parser.add_argument("--show", type=int, default=15)
    parser.add_argument("--first-habits", action="store_true")
    parser.add_argument("--habits20", action="store_true")
    parser.add_argument("--kind", choices=["tables", "statements"], default="tables")
    args = parser.parse_args()
    shapes = (args.shapes or (",".join(SHAPES) if args.kind == "tables" else "text")).split(",")
    start = time.time()
    totals: Counter[str] = Counter()
    by_habit: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    worst: list[tuple[int, int, int, str]] = []
    faults: Counter[str] = Counter()
    for seed in range(args.seed, args.seed + args.tables):
        for shape, habits, result in _readings(seed, shapes, args.kind, args.first_habits, args.habits20):
            counts = Counter(printed=result.printed, right=result.right, missed=len(result.missed),
                             unflagged=len(result.wrong_unflagged), flagged=len(result.wrong_flagged), tables=1,
                             undated=len(result.undated), goal_wrong=len(result.goal_wrong),
                             kind_wrong=len(result.kind_wrong))
            totals.update(counts)
            faults.update(result.faults())
            for habit in [("shape", shape), *habits.items()]:
                by_habit[habit].update(counts)
            worst.append((len(result.wrong_unflagged), len(result.missed), seed, shape))
    printed = totals["printed"] or 1
    what = f"documents of statements x {len(shapes)} shape ({','.join(shapes)})" if args.kind == "statements" \
        else f"tables x {len(shapes)} shapes"
    print(f"{args.tables} {what} in {time.time() - start:.0f}s: "
          f"{totals['printed']} values printed, right {totals['right']} ({100 * totals['right'] / printed:.1f}%), "
          f"undated {totals['undated']}, missed {totals['missed']}, wrong unflagged {totals['unflagged']}, "
          f"wrong flagged {totals['flagged']}, right under a wrong goal {totals['goal_wrong']}"
          + (f", right under a wrong kind {totals['kind_wrong']}" if args.kind == "statements" else ""))
    print("unflagged wrong by the fields they got wrong:", ", ".join(f"{k} {n}" for k, n in faults.most_common()))
    print("\nhabit (tables): recall, unflagged wrong per table, by unflagged wrong then missed")
    ranked = sorted(by_habit.items(), key=lambda kv: (-kv[1]["unflagged"] / kv[1]["tables"],
                                                      kv[1]["right"] / max(1, kv[1]["printed"])))
    for (habit, value), c in ranked:
        print(f"  {habit}={value} ({c['tables']}): recall {100 * c['right'] / max(1, c['printed']):.0f}%, "
              f"unflagged {c['unflagged']} ({c['unflagged'] / c['tables']:.2f}/table), missed {c['missed']}, "
              f"wrong goal {c['goal_wrong']}"
              + (f", wrong kind {c['kind_wrong']}" if args.kind == "statements" else ""))
    print("\nworst readings (unflagged, missed, seed, shape):")
    for row in sorted(worst, reverse=True)[:args.show]:
        print("  ", *row)


if __name__ == "__main__":
    main()
