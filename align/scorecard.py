"""The scorecard: one row per (plan, kpi_id, segment) with everything an analyst asks of a KPI at once —
baseline, each year's actual, the latest actual, interim and final target, achievement rate, the printed
progress label and a computed status that is checked against it.

Rules (also in schema/tables.py, hence DATA_DICTIONARY.md):
- Statements are taken from the documents of one plan family (align.profile.PLAN_FAMILIES), never across
  families: an action plan that restarts a cumulative count is its own row.
- Of several statements of one value, the latest edition's wins (align.profile.edition_key); statements of one
  report column that differ set `conflict`.
- A segment without a statement of some role takes the unsegmented one (a target printed once for 男性/女性).
- Only values of the latest actual's calculation method (`※変更後`) are compared with it.
- direction: see align.profile.direction (qualifier, else the plan's targets against the baseline).
- achievement_rate = (actual − baseline) / (final target − baseline) (`achievement_basis` = baseline); it needs
  no special case for decreasing targets (both differences are negative). When target = baseline (keep a
  level: `待機児童なし` → `待機児童なし`): 1 if the actual meets the target, else 0 (basis maintain). Without
  baseline, or when the final target lies on the wrong side of the baseline for the direction (re-set after a
  fall), actual / target, or target / actual for a decreasing target (basis target).
- computed_status compares the latest actual with the target of the same report year (the interim target):
  met → on_track; ratio (actual / target, or target / actual when decreasing) ≥ NEARLY → nearly_on_track;
  else behind. Without an interim target, the achievement rate is compared with the share of the plan's time
  elapsed since the baseline, by the same thresholds.
"""

from __future__ import annotations

from collections import defaultdict
from operator import itemgetter
from typing import Any

import numpy as np
import pyarrow as pa

from align.analyst import ValueRows, column_of, value_rows, where_printed
from align.columns import first_rows, group_codes, latest_rows
from align.profile import (
    departments,
    direction,
    indicator_units,
    method_of,
    ordered_documents,
)
from normalize.vocabulary import PROGRESS_STATUS
from schema.tables import NO_METHOD, UNSEGMENTED, arrow_schema
from schema.validate import validate_table

#: A ratio of actual to target at or above this (below 1) is nearly on track. The documents do not print their
#: rule; 0.85 separates best the labels printed by the FY2023 evaluation of raw_docs/ (概ね順調 down to 0.875,
#: 進捗の遅れ up to 0.849, two exceptions that the scorecard shows as disagreements).
NEARLY = 0.85
#: Prefix of the scorecard's per-report-year actual columns (`actual_FY2023`).
ACTUAL_PREFIX = "actual_"
#: Computed statuses that can be compared with a printed label.
PRINTED_COMPARABLE = frozenset({"on_track", "nearly_on_track", "behind"})


def _year(period: str | None) -> int | None:
    return int(period[2:]) if period else None


def _column(row: dict) -> str | None:
    return row.get("column_period") or row.get("period")


#: A statement entry is (place in edition order, report column, row); `_ORDER` picks its place.
_ORDER = itemgetter(0)

#: The statements of one (segment, role, method): report column → its chosen entry, and the notes on its columns
#: (`_family_statements`).
ByColumn = tuple[dict[str, tuple], list[str]]
_NONE: ByColumn = ({}, [])


class _Statements:
    """The valued statements of one (plan, kpi_id), by segment, role and method: for each report column the
    statement of the latest edition (then the latest report column, then line), and notes on the columns whose
    statements disagree (`_family_statements`)."""

    def __init__(self) -> None:
        self.by: dict[tuple, ByColumn] = {}

    def get(self, segment: str, role: str, method: str) -> ByColumn:
        return self.by.get((segment, role, method)) or self.by.get((UNSEGMENTED, role, method)) or _NONE


def _latest(entries: list[tuple]) -> tuple | None:
    """The entry of the latest edition (then the latest report column, then line)."""
    if not entries:
        return None
    return max(entries, key=_ORDER) if len(entries) > 1 else entries[0]


def achievement_rate(actual: float | None, baseline: float | None, target: float | None,
                     way: str) -> tuple[float | None, str | None]:
    """(rate, basis): see the module docstring."""
    if actual is None or target is None:
        return None, None
    if baseline is not None:
        if target == baseline:
            return (1.0 if _meets(actual, target, way) else 0.0), "maintain"
        wrong_side = (way == "increase" and target < baseline) or (way == "decrease" and target > baseline)
        if not wrong_side:
            return (actual - baseline) / (target - baseline), "baseline"
    if way == "decrease":
        return (target / actual if actual else None), "target"
    return (actual / target if target else None), "target"


def _meets(actual: float, target: float, way: str) -> bool:
    if way == "decrease":
        return actual <= target
    if way == "maintain":
        return actual == target
    return actual >= target


def _grade(ratio: float) -> str:
    if ratio >= 1:
        return "on_track"
    return "nearly_on_track" if ratio >= NEARLY else "behind"


def computed_status(actual: float | None, interim: float | None, rate: float | None, way: str,
                    elapsed: float | None) -> str:
    """on_track / nearly_on_track / behind, or no_actual / no_target; see the module docstring."""
    if actual is None:
        return "no_actual"
    if interim is not None:
        if _meets(actual, interim, way):
            return "on_track"
        ratio = interim / actual if way == "decrease" else actual / interim
        return _grade(ratio) if actual and interim else "behind"
    if rate is None:
        return "no_target"
    if not elapsed or elapsed <= 0:
        return _grade(rate)
    return _grade(rate / min(elapsed, 1.0))


def _elapsed(baseline: dict | None, actual: dict | None, final: dict | None) -> float | None:
    """Share of the plan's time (baseline report column → final target column) that the latest actual covers."""
    if not (baseline and actual and final):
        return None
    start, now, end = _year(_column(baseline)), _year(_column(actual)), _year(_column(final))
    if start is None or now is None or end is None or end <= start:
        return None
    return (now - start) / (end - start)


def _progress(indicators: list[dict], rank: dict[str, int]) -> dict[str, dict]:
    """kpi_id → the indicator row with the latest printed progress label (by edition)."""
    best: dict[str, dict] = {}
    for row in indicators:
        if not row.get("progress") or row["source_file"] not in rank:
            continue
        current = best.get(row["kpi_id"])
        if current is None or rank[row["source_file"]] >= rank[current["source_file"]]:
            best[row["kpi_id"]] = row
    return best


def _identity(indicators: list[dict], rank: dict[str, int], documents: dict[str, dict]) -> dict[str, dict]:
    """kpi_id → the indicator row of its latest edition, preferring a full plan (its name and goal path)."""
    best: dict[str, tuple] = {}
    for row in indicators:
        if row["source_file"] not in rank:
            continue
        doc = documents[row["source_file"]]
        key = (doc.get("doc_type") in ("strategy", "action_plan"), rank[row["source_file"]], -(row.get("line") or 0))
        if row["kpi_id"] not in best or key > best[row["kpi_id"]][0]:
            best[row["kpi_id"]] = (key, row)
    return {kpi_id: row for kpi_id, (_, row) in best.items()}


def _family_statements(gathered: ValueRows, rank: dict[str, int]) -> dict[str, _Statements]:
    """kpi_id → its statements among the valued rows (`align.analyst.value_rows`) of one plan family's
    documents (`rank`: their places in edition order). The rows are grouped once on their coded columns
    (`align.columns`), by kpi_id, segment, role, method and report column; only the rows of a column whose
    statements disagree are read one by one (for its note)."""
    c = gathered.columns
    place = c["source_file"].map(lambda f: rank.get(f, -1)).array(np.int64)
    at = np.flatnonzero(place >= 0)
    place = place[at]
    kpi, segment, role, method = (c[name].take(at) for name in ("kpi_id", "segment", "role", "method"))
    column = c["column"].map(lambda name: name or "").take(at)
    year = column.map(lambda name: int(name[2:]) if name else 0).array(np.int64)
    line = c["line"].map(lambda number: number or 0).take(at).array(np.int64)
    group = group_codes(kpi.codes, segment.codes, role.codes, method.codes, column.codes)
    firsts = first_rows(group)
    chosen = latest_rows(group, place, line).tolist()  # the latest; of equals the first
    distinct = group[first_rows(group_codes(group, c["value"].codes[at]))]  # one per (group, value)
    disagree = np.bincount(distinct, minlength=len(firsts)) > 1
    rows = gathered.rows
    members: dict[int, list[dict]] = defaultdict(list)
    mask = disagree[group]
    for g, i in zip(group[mask].tolist(), at[mask].tolist(), strict=True):
        members[g].append(rows[i])
    statements: dict[str, _Statements] = {}
    for g, (kpi_id, key, name, i) in enumerate(zip(
            kpi.at(firsts), zip(segment.at(firsts), role.at(firsts), method.at(firsts), strict=True),
            column.at(firsts), chosen, strict=True)):
        found = statements.get(kpi_id)
        if found is None:
            found = statements[kpi_id] = _Statements()
        by_column = found.by.get(key)
        if by_column is None:
            by_column = found.by[key] = ({}, [])
        row = rows[at[i]]
        by_column[0][name] = ((int(place[i]), int(year[i]), int(line[i])), name, row)
        if g in members:
            placed = sorted(((where_printed(r), r["value"]) for r in members[g]), key=itemgetter(0))
            shown = ", ".join(f"{value:g} ({where})" for where, value in placed)
            by_column[1].append(f"{key[1]} {name}: {shown}")
    return statements


def scorecard_rows(observations: list[dict], indicators: list[dict], documents: list[dict],
                   units: dict[str, tuple[str | None, bool]] | None = None, gathered: ValueRows | None = None
                   ) -> tuple[list[dict[str, Any]], list[str]]:
    """The scorecard's rows and its actual columns (`actual_FY2022`, … one per report column that prints an
    actual, sorted). `units`: `align.profile.indicator_units` of these rows when the caller has it; `gathered`:
    `align.analyst.value_rows(observations)` when the caller has it."""
    docs = {d["source_file"]: d for d in documents}
    families = ordered_documents(documents)
    if units is None:
        units = indicator_units(observations, indicators)
    if gathered is None:
        gathered = value_rows(observations)
    rows: list[dict[str, Any]] = []
    actual_columns: set[str] = set()
    for family, ordered in sorted(families.items()):
        rank = {name: i for i, name in enumerate(ordered)}
        titles = [docs[name].get("title") for name in ordered if docs[name].get("doc_type") in ("strategy",
                                                                                                  "action_plan")]
        plan_title = next((t for t in reversed(titles) if t), None)
        family_indicators = [r for r in indicators if r["source_file"] in rank]
        identity = _identity(family_indicators, rank, docs)
        progress = _progress(family_indicators, rank)
        department = departments(family_indicators, rank)
        by_kpi = _family_statements(gathered, rank)
        for kpi_id in sorted(identity):
            statements = by_kpi.get(kpi_id) or _Statements()
            segments = {seg for seg, _, _ in statements.by} or {UNSEGMENTED}
            if len(segments) > 1:
                segments.discard(UNSEGMENTED)  # the unsegmented statements serve every segment (see _Statements)
            for segment in sorted(segments):
                row = _row(family, plan_title, kpi_id, segment, statements, identity[kpi_id], docs,
                           progress.get(kpi_id), department.get(kpi_id), units.get(kpi_id, (None, False)))
                actual_columns.update(k for k in row if k.startswith(ACTUAL_PREFIX))
                rows.append(row)
    return rows, sorted(actual_columns, key=lambda c: (_year(c[len(ACTUAL_PREFIX):]), c))


def _row(family: str, plan_title: str | None, kpi_id: str, segment: str, statements: _Statements,
         identity: dict, docs: dict[str, dict], progress: dict | None, department: str | None,
         unit: tuple[str | None, bool]) -> dict[str, Any]:
    actual_methods = {m for (seg, role, m) in statements.by if role == "actual" and seg in (segment, UNSEGMENTED)}
    if len(actual_methods) == 1:
        method = next(iter(actual_methods))  # the latest actual can only be of this method
    else:
        latest_entry = _latest([e for m in actual_methods for e in statements.get(segment, "actual", m)[0].values()])
        method = method_of(latest_entry[2]) if latest_entry else NO_METHOD
    actual_entries, notes = statements.get(segment, "actual", method)
    actuals = {column: entry[2] for column, entry in actual_entries.items()}
    # the latest actual is the chosen statement of the latest report column
    latest_actual = actuals[max(actuals, key=lambda c: (_year(c) or 0, c))] if actuals else None
    baselines, baseline_notes = statements.get(segment, "baseline", method)
    target_entries, target_notes = statements.get(segment, "target", method)
    targets = {column: entry[2] for column, entry in target_entries.items()}
    baseline_entry = _latest(list(baselines.values()))
    baseline = baseline_entry[2] if baseline_entry else None
    final = targets[max(targets, key=lambda c: (_year(c) or 0, c))] if targets else None
    interim = targets.get(_column(latest_actual) or "") if latest_actual else None
    b = baseline["value"] if baseline else None
    t = final["value"] if final else None
    a = latest_actual["value"] if latest_actual else None
    plan_targets = [r["value"] for r in sorted(targets.values(), key=lambda r: _year(_column(r)) or 0)]
    way = direction(b, plan_targets, final.get("qualifier") if final else None, a)
    rate, basis = achievement_rate(a, b, t, way)
    status = computed_status(a, interim["value"] if interim else None, rate, way,
                             _elapsed(baseline, latest_actual, final))
    label = progress.get("progress") if progress else None
    printed = PROGRESS_STATUS.get(label) if label else None
    chosen = [r for r in (baseline, latest_actual, interim, final, *actuals.values()) if r]
    all_notes = notes + baseline_notes + target_notes
    row: dict[str, Any] = {
        "plan": family, "plan_title": plan_title, "kpi_id": kpi_id, "segment": segment,
        "kpi_name": identity["kpi_name"], "kind": identity.get("kind"), "goal": identity.get("goal"),
        "department": department, "unit": unit[0], "unit_inferred": unit[1], "direction": way, "method": method,
        "baseline_value": b, "baseline_period": baseline.get("period") if baseline else None,
        "latest_actual_value": a, "latest_actual_period": latest_actual.get("period") if latest_actual else None,
        "latest_actual_column": _column(latest_actual) if latest_actual else None,
        "interim_target_value": interim["value"] if interim else None,
        "interim_target_period": interim.get("period") if interim else None,
        "final_target_value": t, "final_target_period": final.get("period") if final else None,
        "final_target_qualifier": final.get("qualifier") if final else None,
        "achievement_rate": rate, "achievement_basis": basis, "computed_status": status,
        "progress_label": label,
        "progress_year": docs[progress["source_file"]].get("fiscal_year") if progress else None,
        "printed_status": printed,
        "status_disagrees": bool(printed and status in PRINTED_COMPARABLE and printed != status),
        "conflict": bool(all_notes), "conflict_note": "; ".join(all_notes) or None,
        "source_files": sorted({r["source_file"] for r in chosen}),
        "locations": sorted({where_printed(r) for r in chosen}),
    }
    for column, statement in actuals.items():
        if column:
            row[f"{ACTUAL_PREFIX}{column}"] = statement["value"]
    return row


def scorecard_table(observations: list[dict], indicators: list[dict], documents: list[dict],
                    units: dict[str, tuple[str | None, bool]] | None = None, gathered: ValueRows | None = None
                    ) -> pa.Table:
    """The validated `kpi_scorecard` table, rows sorted by plan, kpi_id, segment (`units`, `gathered`: see
    scorecard_rows)."""
    rows, actual_columns = scorecard_rows(observations, indicators, documents, units, gathered)
    rows.sort(key=lambda r: (r["plan"], r["kpi_id"], r["segment"]))
    schema = arrow_schema("kpi_scorecard", actual_columns)
    table = pa.Table.from_pydict({c: column_of(rows, c) for c in schema.names}, schema=schema)
    validate_table("kpi_scorecard", table)
    return table


def indicator_directions(table: pa.Table) -> dict[str, str]:
    """kpi_id → the most common known direction of its scorecard rows (ties: alphabetical), else unknown."""
    seen: dict[str, list[str]] = defaultdict(list)
    for kpi_id, way in zip(table.column("kpi_id").to_pylist(), table.column("direction").to_pylist(), strict=True):
        seen[kpi_id].append(way)
    result = {}
    for kpi_id, ways in seen.items():
        known = sorted(w for w in ways if w != "unknown")
        result[kpi_id] = max(sorted(set(known)), key=known.count) if known else "unknown"
    return result

