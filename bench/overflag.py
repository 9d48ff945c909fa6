"""Over-flagging of the hand-made documents' text layers (or of the producer matrix): right values flagged
`uncertain`, grouped by reason.

A flag is the user's review queue; a flag on a right value costs an analyst time and hides the real doubts. This
groups the right observations flagged `uncertain` (counted like `tests.layouts_score.flagged_right`: a key's extras
are taken from its flagged rows first, so a flag that may sit on a wrong value is never counted) by their
`uncertain_reason`, by layer and by document, and counts the right goals flagged `goal_uncertain` per layer and
document (`tests.layouts_score.goals_flagged_right`).

    PYTHONPATH=. .venv/bin/python bench/overflag.py [--matrix] [--rows] [--json FILE] [filter words]

`--matrix` measures the producer matrix's cells (tests.producer_matrix; filter words pick cells by id, e.g.
`plumber hrules`) instead of the hand-made documents' layers; a cell's "layer" is then producer-style-layer.

`--rows` lists every over-flagged observation with its reason; `--json FILE` writes the same rows to FILE (to
compare two commits without reading the layers again).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator

from tests.golden_io import _format
from tests.layouts_layers import LAYOUTS, LayerCell, layer_cells
from tests.layouts_score import OBSERVATION_KEY, expected_rows, goals_flagged_right, key, read, unflagged_wrong
from tests.producer_matrix import COMPARED, Cell, cells, extract, golden_keys
from tests.producer_tables import golden_indicators


def matrix_key(row: dict) -> tuple[str, ...]:
    """An observation's key as tests.producer_matrix compares it."""
    return tuple(_format(row[c]) for c in COMPARED)


def _flagged(row: dict) -> bool:
    return row.get("uncertain") in (True, "True")


def overflagged_rows(observations: list[dict], wanted: Counter,
                     row_key: Callable[[dict], tuple] = lambda r: key(r, OBSERVATION_KEY)) -> list[dict]:
    """The rows of `observations` flagged `uncertain` whose key is wanted, less as many of each key's flagged rows
    as the key has extras (the same lower bound as `flagged_right`)."""
    by_key: dict[tuple, list[dict]] = {}
    for row in observations:
        by_key.setdefault(row_key(row), []).append(row)
    out = []
    for k, rows in by_key.items():
        flagged = [r for r in rows if _flagged(r)]
        extras = max(0, len(rows) - wanted[k])
        out += flagged[extras:] if wanted[k] else []
    return out


def measure_matrix(cell: Cell) -> tuple[list[dict], int, int]:
    """(over-flagged observation rows, right goals flagged goal_uncertain, unflagged wrong observations) of one
    producer-matrix cell: a flag taken off must leave no wrong value unflagged."""
    observations, indicators = extract(cell.path)
    wanted = golden_keys(cell.prefix)
    return (overflagged_rows(observations, wanted, matrix_key),
            goals_flagged_right(indicators, golden_indicators(cell.prefix)),
            len(unflagged_wrong(observations, wanted, matrix_key)))


def _units(matrix: bool, words: list[str]) -> Iterator[tuple[str, str, str, tuple[list[dict], int, int | None]]]:
    """(cell id, layer, document, measure) of every chosen cell."""
    if matrix:
        for cell in (c for c in cells() if all(w in c.id for w in words)):
            yield cell.id, f"{cell.producer}-{cell.style}-{cell.layer}", cell.prefix, measure_matrix(cell)
        return
    for cell in (c for c in layer_cells() if all(w in c.id for w in words)):
        yield cell.id, cell.layer, cell.pdf_stem, (*measure(cell), None)


def measure(cell: LayerCell) -> tuple[list[dict], int]:
    """(over-flagged observation rows, right goals flagged goal_uncertain) of one layer cell."""
    observations, indicators, _ = read(cell.path)
    stem = LAYOUTS / f"{cell.pdf_stem}.pdf"
    wanted = Counter(key(r, OBSERVATION_KEY) for r in expected_rows(stem, "observations"))
    return overflagged_rows(observations, wanted), goals_flagged_right(indicators, expected_rows(stem, "indicators"))


def main(arguments: list[str]) -> None:
    words = [a for a in arguments if not a.startswith("-")]
    out_json = arguments[arguments.index("--json") + 1] if "--json" in arguments else None
    words = [w for w in words if w != out_json]
    by_reason: Counter[str] = Counter()
    by_layer: Counter[str] = Counter()
    by_reason_layer: Counter[tuple[str, str]] = Counter()
    by_document: Counter[str] = Counter()
    goals_layer: Counter[str] = Counter()
    goals_document: Counter[str] = Counter()
    dump = []
    unflagged: Counter[str] = Counter()
    for cell_id, layer, document, (rows, goals, wrong) in _units("--matrix" in arguments, words):
        if wrong:
            unflagged[cell_id] += wrong
        goals_layer[layer] += goals
        goals_document[document] += goals
        for row in rows:
            reason = row.get("uncertain_reason") or "?"
            by_reason[reason] += 1
            by_layer[layer] += 1
            by_reason_layer[reason, layer] += 1
            by_document[document] += 1
            dump.append({"cell": cell_id, "reason": reason, **{c: str(row.get(c)) for c in OBSERVATION_KEY},
                         "raw": row.get("raw")})
            if "--rows" in arguments:
                print(f"{cell_id:48} {reason:22} {row.get('kpi_name')!s:.40} {row.get('role')} {row.get('value')}")
    print(f"over-flagged right observations: {sum(by_reason.values())}")
    if "--matrix" in arguments:
        print(f"unflagged wrong observations: {sum(unflagged.values())} "
              + ", ".join(f"{c} {n}" for c, n in unflagged.most_common()))
    for reason, n in by_reason.most_common():
        layers = ", ".join(f"{layer} {by_reason_layer[reason, layer]}" for layer in by_layer
                           if by_reason_layer[reason, layer])
        print(f"  {reason:24} {n:5}   ({layers})")
    print("by layer: " + ", ".join(f"{layer} {n}" for layer, n in by_layer.most_common()))
    print("by document (top 25): " + ", ".join(f"{d} {n}" for d, n in by_document.most_common(25)))
    print(f"right goals flagged goal_uncertain: {sum(goals_layer.values())} ("
          + ", ".join(f"{layer} {n}" for layer, n in goals_layer.most_common()) + ")")
    print("  by document (top 25): " + ", ".join(f"{d} {n}" for d, n in goals_document.most_common(25) if n))
    if out_json:
        with open(out_json, "w", encoding="utf-8") as handle:
            json.dump(dump, handle, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main(sys.argv[1:])
