"""Aligned rows → the analyst tables: kpi_catalog, kpi_series (with conflicts) and kpi_revisions.

Rows here are plain dicts of the `observations`/`indicators`/`documents` tables after kpi_id was rewritten.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise
from typing import Any

from align.matcher import OBSERVED, TARGET, values_agree
from align.names import name_form
from normalize.text import nfkc
from normalize.vocabulary import REPLACEMENT_PATTERNS

_ROLE_CLASS = {"baseline": OBSERVED, "actual": OBSERVED, "target": TARGET}
_REPLACED = [re.compile(p) for p in REPLACEMENT_PATTERNS]
#: Document types that belong to one plan family: a strategy, its revisions and its evaluations.
PLAN_FAMILIES = {"strategy": "strategy", "evaluation": "strategy", "evaluation_sheet": "strategy",
                 "action_plan": "action_plan"}
_UNDATED = "FY9999"


def _where(row: dict) -> str:
    if row.get("line") is not None:
        return f"{row['source_file']}:{row['line']}"
    if row.get("page") is not None:
        return f"{row['source_file']}:p.{row['page']}"
    return row["source_file"]


def _show(value: float | None, unit: str | None, period: str | None) -> str:
    if value is None:
        number = "-"
    else:
        number = f"{int(value):,}" if value == int(value) and abs(value) >= 1000 else f"{value:g}"
    return f"{number}{unit or ''}{' ' + period if period else ''}"


def catalog_rows(indicators: list[dict], anchors: dict[str, str]) -> list[dict[str, Any]]:
    """One row per kpi_id. `anchors` maps kpi_id → canonical (anchor) name."""
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in indicators:
        grouped[row["kpi_id"]].append(row)
    rows = []
    for kpi_id, members in sorted(grouped.items()):
        rows.append({
            "kpi_id": kpi_id,
            "canonical_name": anchors.get(kpi_id) or min(r["kpi_name"] for r in members),
            "name_variants": sorted({r["kpi_name"] for r in members}),
            "documents": sorted({r["source_file"] for r in members}),
            "kinds": sorted({r["kind"] for r in members if r.get("kind")}),
            "n_occurrences": len(members),
        })
    return rows


def series_rows(observations: list[dict]) -> list[dict[str, Any]]:
    """One row per (kpi_id, segment, role, period, value, unit); conflicts flagged.

    Conflict: (a) two values for the same (kpi_id, segment, observed-or-target, period) — a baseline and an
    actual of one period are one observed quantity; (b) two baselines printed under the same baseline column
    period (`現状値 令和元年度`) that differ, even when one cell names its own older year (49件 vs 30件 H30年度).
    """
    statements: dict[tuple, list[dict]] = defaultdict(list)
    for row in observations:
        if row.get("value") is None:
            continue
        key = (row["kpi_id"], row.get("segment"), row["role"], row.get("period"), row["value"], row.get("unit"))
        statements[key].append(row)

    notes: dict[tuple, list[str]] = defaultdict(list)

    def flag(groups: dict[tuple, list[tuple]], label: str) -> None:
        for group_key, keys in groups.items():
            values = [k[4] for k in keys]
            if all(values_agree(values[0], v) for v in values[1:]):
                continue
            shown = " vs ".join(
                f"{_show(k[4], k[5], k[3])} ({', '.join(sorted({r['source_file'] for r in statements[k]}))})"
                for k in sorted(keys, key=str))
            for k in keys:
                notes[k].append(f"{label} {group_key[-1]}: {shown}")

    by_period: dict[tuple, list[tuple]] = defaultdict(list)
    by_baseline_column: dict[tuple, list[tuple]] = defaultdict(list)
    for key, rows in statements.items():
        kpi_id, segment, role, period, _value, _unit = key
        by_period[(kpi_id, segment, _ROLE_CLASS.get(role, role), period)].append(key)
        if role == "baseline":
            for column in {r.get("column_period") for r in rows if r.get("column_period")}:
                by_baseline_column[(kpi_id, segment, column)].append(key)
    flag(by_period, "same period")
    flag({k: list(dict.fromkeys(v)) for k, v in by_baseline_column.items()}, "baseline column")

    result = []
    for key, rows in sorted(statements.items(), key=lambda item: str(item[0])):
        kpi_id, segment, role, period, value, unit = key
        result.append({
            "kpi_id": kpi_id, "segment": segment, "role": role, "period": period, "value": value, "unit": unit,
            "documents": sorted({r["source_file"] for r in rows}),
            "sources": sorted({_where(r) for r in rows}),
            "conflict": bool(notes.get(key)),
            "conflict_note": "; ".join(dict.fromkeys(notes[key])) if notes.get(key) else None,
        })
    return result


def _ordered_documents(documents: list[dict], present: set[str]) -> dict[str, list[str]]:
    """Plan family → its documents in edition order (fiscal year, then file name)."""
    families: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for doc in documents:
        family = PLAN_FAMILIES.get(doc.get("doc_type") or "")
        if family and doc["source_file"] in present:
            families[family].append((doc.get("fiscal_year") or _UNDATED, doc["source_file"]))
    return {family: [name for _, name in sorted(docs)] for family, docs in families.items()}


def _final_targets(rows: list[dict]) -> dict[str | None, tuple[str, float, str | None]]:
    """Segment → (period, value, unit) under the latest target column a document prints (its final target).
    A final target cell without a number (`…「年少人口」へ変更`) gives none."""
    latest: dict[str | None, tuple[str, dict]] = {}
    for row in rows:
        column = row.get("column_period") or row.get("period")
        if row["role"] != "target" or not column:
            continue
        current = latest.get(row.get("segment"))
        if current is None or column[2:] > current[0][2:]:
            latest[row.get("segment")] = (column, row)
    return {segment: (row.get("period") or column, row["value"], row.get("unit"))
            for segment, (column, row) in latest.items() if row.get("value") is not None}


def _successor(rows: list[dict]) -> str | None:
    """The successor a target cell names (`「年少人口」へ変更`), if any."""
    for row in rows:
        if row["role"] != "target":
            continue
        text = nfkc(" ".join(filter(None, [row.get("note"), row.get("raw")])))
        for pattern in _REPLACED:
            match = pattern.search(text)
            if match:
                return match.group("name")
    return None


def revision_rows(observations: list[dict], indicators: list[dict], documents: list[dict]) -> list[dict]:
    """What changed for each kpi_id between consecutive editions of one plan family that state it:
    final target value or year, name, unit; and `replaced` (a target cell names the successor) or
    `dropped` (absent from the family's latest full plan, when that plan is later than its last mention)."""
    obs_by = defaultdict(list)
    for row in observations:
        obs_by[(row["kpi_id"], row["source_file"])].append(row)
    names_by = defaultdict(set)
    for row in indicators:
        names_by[(row["kpi_id"], row["source_file"])].add(row["kpi_name"])
    id_by_key = {name_form(row["kpi_name"]).key: row["kpi_id"] for row in indicators}
    present = {row["source_file"] for row in indicators}
    families = _ordered_documents(documents, present)
    doc_type = {d["source_file"]: d.get("doc_type") for d in documents}
    result: list[dict] = []
    for kpi_id in sorted({row["kpi_id"] for row in indicators}):
        for family, docs in sorted(families.items()):
            stated = [d for d in docs if (kpi_id, d) in names_by]
            named = [d for d in stated if any(names_by[(kpi_id, d)])]
            for earlier, later in pairwise(named):
                result.extend(_changes(kpi_id, family, earlier, later, obs_by, names_by))
            if not stated:
                continue
            last = stated[-1]
            successor = _successor(obs_by[(kpi_id, last)])
            full_plans = [d for d in docs if doc_type.get(d) in ("strategy", "action_plan")]
            later_plans = [d for d in full_plans if docs.index(d) > docs.index(last)]
            if successor:
                result.append(_revision(kpi_id, family, "replaced", None, min(names_by[(kpi_id, last)]),
                                        successor, last, later_plans[-1] if later_plans else None,
                                        id_by_key.get(name_form(successor).key)))
            elif later_plans:
                result.append(_revision(kpi_id, family, "dropped", None, min(names_by[(kpi_id, last)]), None,
                                        last, later_plans[-1], None))
    return result


def _revision(kpi_id: str, family: str, change: str, segment: str | None, before: str | None,
              after: str | None, from_document: str, to_document: str | None, successor: str | None) -> dict:
    return {"kpi_id": kpi_id, "plan": family, "change": change, "segment": segment, "before": before,
            "after": after, "from_document": from_document, "to_document": to_document,
            "successor_kpi_id": successor}


def _changes(kpi_id: str, family: str, earlier: str, later: str, obs_by: dict, names_by: dict) -> list[dict]:
    changes = []
    old_names = {n for n in names_by[(kpi_id, earlier)] if n}
    new_names = {n for n in names_by[(kpi_id, later)] if n}
    if old_names and new_names and old_names.isdisjoint(new_names):
        changes.append(_revision(kpi_id, family, "name", None, " / ".join(sorted(old_names)),
                                 " / ".join(sorted(new_names)), earlier, later, None))
    old_rows, new_rows = obs_by[(kpi_id, earlier)], obs_by[(kpi_id, later)]
    old_units = {r.get("unit") for r in old_rows if r.get("unit")}
    new_units = {r.get("unit") for r in new_rows if r.get("unit")}
    if old_units and new_units and old_units.isdisjoint(new_units):
        changes.append(_revision(kpi_id, family, "unit", None, "/".join(sorted(old_units)),
                                 "/".join(sorted(new_units)), earlier, later, None))
    old_final, new_final = _final_targets(old_rows), _final_targets(new_rows)
    for segment in sorted(set(old_final) & set(new_final), key=str):
        (p1, v1, u1), (p2, v2, u2) = old_final[segment], new_final[segment]
        if p1 != p2 or not values_agree(v1, v2):
            changes.append(_revision(kpi_id, family, "target", segment, _show(v1, u1, p1), _show(v2, u2, p2),
                                     earlier, later, None))
    return changes
