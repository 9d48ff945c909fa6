"""Benchmark (a script, not a test): the producer matrix, producer × style × document × layer → recall / precision.

Runs the pipeline on every fixture of tests/fixtures/producers/ (see its README.md) and compares the observations
with the hand-checked goldens (tests/producer_matrix.py says how). Prints one table row per fixture, a summary per
producer × style × layer, the cells tests/test_producer_matrix.py will complain about (passing but listed in its
KNOWN_FAILING: take them out; failing but not listed: a regression), then every miss and extra, by fixture.

    .venv/bin/python bench/layouts.py                # everything
    .venv/bin/python bench/layouts.py 002 pdf        # only fixtures whose id contains every word given
    .venv/bin/python bench/layouts.py --summary      # tables only, no miss lists
    .venv/bin/python bench/layouts.py --unflagged    # tables, then only the unflagged wrong observations
    .venv/bin/python bench/layouts.py --goals        # tables, then only the indicators read under a wrong goal
    .venv/bin/python bench/layouts.py --notes        # tables, then only the notes read wrong or not read
    .venv/bin/python bench/layouts.py --texts        # tables, then the reasons, departments, progress labels wrong

The column `unfl.` counts the unflagged wrong observations: extras not flagged `uncertain` (issue 11 asks that no
wrong value be left unflagged). The last column, `goals`, counts the indicators read under a goal the golden does
not give them, unflagged ones in brackets (a lost goal heading; not part of the pass criterion). The last, `over`,
counts the right observations flagged `uncertain` (over-flagged: a flag on every value of a table says nothing).
The column `notes` counts the indicators whose note is wrong (unflagged ones in brackets) / missing: a note is data
the analyst reads, a title or heading taken for a row's remark is as wrong as a wrong value. The column `texts` counts
the same way the reasons, departments and progress labels read wrong (unflagged) / missing (a reason's first line
lost, a header word read as a reason); tests/test_producer_matrix.py holds each cell to its measured count.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.producer_matrix import Score, cells, score  # noqa: E402

THRESHOLD = 0.99


def _mark(s: Score) -> str:
    if s.error:
        return "CRASH"
    return "ok" if s.recall >= THRESHOLD and s.precision >= THRESHOLD else "-"


def _unflagged_goals(s: Score) -> int:
    return sum(not goal.flagged for goal in s.goals)


def _wrong_notes(s: Score, unflagged: bool = False, texts: bool = False) -> int:
    return sum(note.wrong and not (unflagged and note.flagged) for note in (s.texts if texts else s.notes))


def _missing_notes(s: Score, texts: bool = False) -> int:
    return sum(not note.wrong for note in (s.texts if texts else s.notes))


def _key(key: tuple[str, ...]) -> str:
    name, segment, role, period, value, unit = key
    return f"{name}{f' [{segment}]' if segment else ''} {role} {period} = {value or '∅'} {unit}".rstrip()


def _compare_with_known_failing(scores: list[Score]) -> None:
    """What tests/test_producer_matrix.py will say: cells to take out of KNOWN_FAILING, and regressions."""
    from tests.test_producer_matrix import KNOWN_FAILING

    passing = [s.cell.id for s in scores if _mark(s) == "ok" and s.cell.id in KNOWN_FAILING]
    regressed = [s.cell.id for s in scores if _mark(s) != "ok" and s.cell.id not in KNOWN_FAILING]
    if passing:
        print("\nnow passing: take these out of KNOWN_FAILING in tests/test_producer_matrix.py")
        print("\n".join(f"    {cell}" for cell in passing))
    if regressed:
        print("\nREGRESSED (failing, not in KNOWN_FAILING):")
        print("\n".join(f"    {cell}" for cell in regressed))


def _list_by_cell(scores: list[Score], lines: Callable[[Score], list[str]], what: str) -> None:
    """Each cell with something to list: a heading (`== id: N what`), then its lines."""
    for s in scores:
        if listed := lines(s):
            print(f"\n== {s.cell.id}: {len(listed)} {what}")
            for line in listed:
                print(f"   {line}")


def main(argv: list[str]) -> None:
    summary_only = "--summary" in argv
    only_unflagged = "--unflagged" in argv
    only_goals = "--goals" in argv
    only_notes = "--notes" in argv
    only_texts = "--texts" in argv
    words = [a for a in argv if not a.startswith("--")]
    chosen = [c for c in cells() if all(w in c.id for w in words)]
    scores: list[Score] = []
    seconds = 0.0
    print(f"{'document':8} {'producer':11} {'style':9} {'layer':7} {'recall':>6} {'prec.':>6} {'indicators':>10}  "
          f"{'obs (gold/read)':>15}  pass   cpu s unfl. goals  over  notes  texts")
    for cell in chosen:
        start = time.process_time()
        s = score(cell)
        spent = time.process_time() - start
        seconds += spent
        scores.append(s)
        print(f"{cell.prefix:8} {cell.producer:11} {cell.style:9} {cell.layer:7} {s.recall:6.2f} {s.precision:6.2f} "
              f"{s.indicators_found:>4}/{s.indicators_expected:<5}  {s.expected:>7}/{s.extracted:<7}  "
              f"{_mark(s):5} {spent:6.2f} {len(s.unflagged):5} {len(s.goals):3} ({_unflagged_goals(s)}) "
              f"{s.overflagged:5}  {_wrong_notes(s)} ({_wrong_notes(s, True)})/{_missing_notes(s)}  "
              f"{_wrong_notes(s, texts=True)} ({_wrong_notes(s, True, True)})/{_missing_notes(s, True)}", flush=True)
    passed = sum(_mark(s) == "ok" for s in scores)
    unflagged = sum(len(s.unflagged) for s in scores)
    print(f"\n{passed} of {len(scores)} cells at recall and precision ≥ {THRESHOLD}; {seconds:.1f} s CPU; "
          f"{unflagged} unflagged wrong observations in {sum(bool(s.unflagged) for s in scores)} cells; "
          f"{sum(s.overflagged for s in scores)} right observations flagged uncertain (over-flagged) in "
          f"{sum(bool(s.overflagged) for s in scores)} cells; "
          f"{sum(len(s.goals) for s in scores)} indicators under a wrong goal "
          f"({sum(_unflagged_goals(s) for s in scores)} unflagged, "
          f"{sum(not g.flagged and g.other for s in scores for g in s.goals)} of those under another goal, "
          f"not a path cut short nor one with inner levels added) in {sum(bool(s.goals) for s in scores)} cells; "
          f"{sum(s.goals_overflagged for s in scores)} indicators under a right goal flagged goal_uncertain "
          f"(over-flagged goals) in {sum(bool(s.goals_overflagged) for s in scores)} cells; "
          f"{sum(_wrong_notes(s) for s in scores)} wrong notes ({sum(_wrong_notes(s, True) for s in scores)} "
          f"unflagged) and {sum(_missing_notes(s) for s in scores)} missing notes in "
          f"{sum(bool(s.notes) for s in scores)} cells; "
          f"{sum(_wrong_notes(s, texts=True) for s in scores)} wrong reasons/departments/progress labels "
          f"({sum(_wrong_notes(s, True, True) for s in scores)} unflagged) and "
          f"{sum(_missing_notes(s, True) for s in scores)} missing in {sum(bool(s.texts) for s in scores)} cells")

    groups: dict[tuple[str, str, str], list[Score]] = defaultdict(list)
    for s in scores:
        groups[(s.cell.producer, s.cell.style, s.cell.layer)].append(s)
    print(f"\n{'producer':11} {'style':9} {'layer':7} {'recall':>6} {'prec.':>6}  passing documents  (unflagged)"
          "  over-flagged")
    for (producer, style, layer), group in sorted(groups.items()):
        expected = sum(s.expected for s in group)
        extracted = sum(s.extracted for s in group)
        matched = sum(s.matched for s in group)
        ok = [s.cell.prefix for s in group if _mark(s) == "ok"]
        print(f"{producer:11} {style:9} {layer:7} {matched / expected:6.2f} "
              f"{(matched / extracted if extracted else 0):6.2f}  {len(ok)}/{len(group)} {' '.join(ok)}  "
              f"({sum(len(s.unflagged) for s in group)})  {sum(s.overflagged for s in group)}")

    _compare_with_known_failing(scores)
    if summary_only:
        return
    if only_goals:
        _list_by_cell(scores, lambda s: [goal.describe() for goal in s.goals], "indicators under a wrong goal")
        return
    if only_notes:
        _list_by_cell(scores, lambda s: [note.describe() for note in s.notes], "notes wrong or missing")
        return
    if only_texts:
        _list_by_cell(scores, lambda s: [text.describe() for text in s.texts],
                      "reasons, departments, progress labels wrong or missing")
        return
    if only_unflagged:
        _list_by_cell(scores, lambda s: [f"unflagged {_key(key)}" for key in s.unflagged], "unflagged wrong")
        return
    for s in scores:
        if not (s.misses or s.extras or s.error):
            continue
        print(f"\n== {s.cell.id}: {len(s.misses)} missed, {len(s.extras)} extra")
        if s.error:
            print(f"   crash: {s.error}")
        for key in s.misses:
            print(f"   miss  {_key(key)}")
        for key in s.extras:
            print(f"   extra {_key(key)}")


if __name__ == "__main__":
    main(sys.argv[1:])
