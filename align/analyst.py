"""Aligned rows → the analyst tables: kpi_catalog, kpi_series (with conflicts) and kpi_revisions.

Rows here are plain dicts of the `observations`/`indicators`/`documents` tables after kpi_id was rewritten.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import chain, pairwise
from operator import itemgetter
from typing import Any, NamedTuple

from align.matcher import OBSERVED, TARGET, values_agree
from align.names import name_form
from align.profile import (
    FULL_PLANS,
    departments,
    edition_key,
    indicator_units,
    method_of_note,
    ordered_documents,
    plan_of,
)
from normalize.text import nfkc
from normalize.vocabulary import REPLACEMENT_PATTERNS
from schema.tables import NO_METHOD, UNSEGMENTED

_ROLE_CLASS = {"baseline": OBSERVED, "actual": OBSERVED, "target": TARGET}
_REPLACED = [re.compile(p) for p in REPLACEMENT_PATTERNS]
#: Plan value of a document outside every plan family (doc_type unknown).
OTHER_PLAN = "other"


def where_printed(row: dict) -> str:
    """Where a value was printed: `file:line` for text, `file:p.N` for a PDF page, else the file."""
    return _where_place(row["source_file"], row.get("line"), row.get("page"))


def _where_place(source_file: str, line: int | None, page: int | None) -> str:
    """`where_printed` of a place (source_file, line, page)."""
    if line is not None:
        return f"{source_file}:{line}"
    if page is not None:
        return f"{source_file}:p.{page}"
    return source_file


#: The file of a place (source_file, line, page).
_FILE = itemgetter(0)


def _show(value: float | None, unit: str | None, period: str | None) -> str:
    if value is None:
        number = "-"
    else:
        number = f"{int(value):,}" if value == int(value) and abs(value) >= 1000 else f"{value:g}"
    return f"{number}{unit or ''}{' ' + period if period else ''}"


def _edition_rank(documents: list[dict]) -> dict[str, int]:
    """source_file → its place among all documents in edition order (align.profile.edition_key)."""
    return {d["source_file"]: i for i, d in enumerate(sorted(documents, key=edition_key))}


def catalog_rows(indicators: list[dict], anchors: dict[str, str], observations: list[dict] | None = None,
                 documents: list[dict] | None = None, directions: dict[str, str] | None = None,
                 units: dict[str, tuple[str | None, bool]] | None = None) -> list[dict[str, Any]]:
    """One row per kpi_id. `anchors` maps kpi_id → canonical (anchor) name; `directions` kpi_id → direction
    (from the scorecard); `units`: `align.profile.indicator_units` of these rows when the caller has it."""
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in indicators:
        grouped[row["kpi_id"]].append(row)
    if units is None:
        units = indicator_units(observations or [], indicators)
    department = departments(indicators, _edition_rank(documents or []))
    rows = []
    for kpi_id, members in sorted(grouped.items()):
        unit, inferred = units.get(kpi_id, (None, False))
        rows.append({
            "kpi_id": kpi_id,
            "canonical_name": anchors.get(kpi_id) or min(r["kpi_name"] for r in members),
            "name_variants": sorted({r["kpi_name"] for r in members}),
            "source_files": sorted({r["source_file"] for r in members}),
            "kinds": sorted({r["kind"] for r in members if r.get("kind")}),
            "n_occurrences": len(members),
            "unit": unit, "unit_inferred": inferred,
            "direction": (directions or {}).get(kpi_id, "unknown"),
            "department": department.get(kpi_id),
        })
    return rows


def fields(rows: list[dict], names: tuple[str, ...]) -> list[tuple]:
    """Each row's values of `names` (None where absent), as tuples. One pass at C speed (`itemgetter`) when every
    row has every name, as rows of a written table do: the analyst tables read a few fields of every value row of
    the run, and a `.get` per field and row was most of their time."""
    try:
        return list(map(itemgetter(*names), rows))
    except KeyError:
        return [tuple(map(row.get, names)) for row in rows]


def column_of(rows: list[dict], name: str) -> list:
    """Each row's value of `name` (None where absent), at C speed (`itemgetter`) when every row has it, as the
    rows built for a table do: the tables are written column by column."""
    try:
        return list(map(itemgetter(name), rows))
    except KeyError:
        return [row.get(name) for row in rows]


_VALUE_FIELDS = ("value", "source_file", "kpi_id", "segment", "role", "period", "column_period", "note", "unit",
                 "line", "page")


class ValueRows(NamedTuple):
    """What the analyst tables read of the value rows, gathered in one pass over them (`value_rows`)."""

    #: each row that has a value: (row, value, source_file, kpi_id, segment (UNSEGMENTED for none), role, period,
    #: report column (the period when the row names none), method (`method_of_note`), unit, line, page), in row
    #: order: the series and the scorecard group them
    valued: list[tuple]
    #: kpi_id → how often its rows print each unit (`align.profile.indicator_units`)
    printed: dict[str, Counter]
    #: (kpi_id, source_file) → the units its rows print, and its target rows (with or without a value):
    #: what `revision_rows` compares editions on
    units: dict[tuple, set[str]]
    targets: dict[tuple, list[dict]]


def value_rows(observations: list[dict]) -> ValueRows:
    """The value rows' fields every analyst table reads, in one pass over them (at C speed, `fields`): the series,
    the scorecard, the units and the revisions each group every value row of the run."""
    valued: list[tuple] = []
    append = valued.append
    printed: dict[str, Counter] = defaultdict(Counter)
    units: dict[tuple, set[str]] = defaultdict(set)
    targets: dict[tuple, list[dict]] = defaultdict(list)
    for row, (value, source_file, kpi_id, segment, role, period, column, note, unit, line, page) in zip(
            observations, fields(observations, _VALUE_FIELDS), strict=True):
        if unit:
            printed[kpi_id][unit] += 1
            units[(kpi_id, source_file)].add(unit)
        if role == "target":
            targets[(kpi_id, source_file)].append(row)
        if value is not None:
            append((row, value, source_file, kpi_id, segment or UNSEGMENTED, role, period, column or period,
                    method_of_note(note) if note else NO_METHOD, unit, line, page))
    return ValueRows(valued, printed, units, targets)


def series_rows(observations: list[dict], documents: list[dict] | None = None,
                indicators: list[dict] | None = None, units: dict[str, tuple[str | None, bool]] | None = None,
                valued: list[tuple] | None = None) -> list[dict[str, Any]]:
    """One row per (plan, kpi_id, segment, role, period, column_period, method): the key is unique.

    Plan and method keep apart what is not one quantity: an action plan that restarts a count, a value of a
    changed calculation method (`※変更後`). Several statements of one key: the latest edition's value, the
    others in conflict_note. Conflict also: (a) two values for the same (plan, method, kpi_id, segment,
    observed-or-target, period) — a baseline and an actual of one period are one observed quantity; (b) two
    baselines printed under the same baseline column period (`現状値 令和元年度`) that differ, even when one cell
    names its own older year (49件 vs 30件 H30年度). `units`: `align.profile.indicator_units` of these rows when
    the caller has it; `valued`: `value_rows(observations).valued` when the caller has it.
    """
    documents = documents or []
    plan = {d["source_file"]: plan_of(d.get("doc_type")) or OTHER_PLAN for d in documents}
    rank = _edition_rank(documents)
    if units is None:
        units = indicator_units(observations, indicators or [])
    if valued is None:
        valued = value_rows(observations).valued
    #: statement key → where each of its rows is printed, as (source_file, line, page); the loop does no more than
    #: file each row under its key (every value row of the run passes here)
    statements: dict[tuple, list[tuple]] = defaultdict(list)
    family_of = plan.get
    for _row, value, source_file, kpi_id, segment, role, period, column, method, unit, line, page in valued:
        statements[(family_of(source_file, OTHER_PLAN), kpi_id, segment, role, period, column, method, value,
                    unit)].append((source_file, line, page))

    def latest(key: tuple) -> int:
        """The latest edition (rank) that states the statement `key` (asked only of a key with rivals)."""
        return max(rank.get(place[0], -1) for place in statements[key])

    notes: dict[tuple, list[str]] = defaultdict(list)

    def flag(groups: dict[tuple, list[tuple]], label: str) -> None:
        for group_key, keys in groups.items():
            if len(keys) == 1:
                continue
            values = [k[7] for k in keys]
            if all(values_agree(values[0], v) for v in values[1:]):
                continue
            shown = " vs ".join(
                f"{_show(k[7], k[8], k[4])} ({', '.join(sorted({place[0] for place in statements[k]}))})"
                for k in sorted(keys, key=str))
            for k in keys:
                notes[k].append(f"{label} {group_key[-1]}: {shown}")

    by_period: dict[tuple, list[tuple]] = defaultdict(list)
    by_baseline_column: dict[tuple, list[tuple]] = defaultdict(list)
    by_key: dict[tuple, list[tuple]] = defaultdict(list)
    for key in statements:
        family, kpi_id, segment, role, period, column, method, _value, _unit = key
        by_period[(family, method, kpi_id, segment, _ROLE_CLASS.get(role, role), period)].append(key)
        if role == "baseline":
            by_baseline_column[(family, method, kpi_id, segment, column)].append(key)
        by_key[key[:7]].append(key)
    flag(by_period, "same period")
    flag(by_baseline_column, "baseline column")

    # `where_printed` of each distinct place once (an indicator's line repeats for each of its values); the
    # locations and files of a series are then gathered at C speed
    printed = {place: _where_place(*place) for place in dict.fromkeys(chain.from_iterable(statements.values()))}
    place_of = printed.__getitem__

    result = []
    for series_key, keys in sorted(by_key.items(), key=lambda item: str(item[0])):
        family, kpi_id, segment, role, period, column, method = series_key
        chosen = max(keys, key=latest) if len(keys) > 1 else keys[0]
        key_notes = [n for k in keys for n in notes.get(k, [])]
        if len(keys) > 1 and not key_notes:
            key_notes = [f"same column {column}: " + " vs ".join(_show(k[7], k[8], k[4]) for k in keys)]
        unit, inferred = chosen[8], False
        if unit is None:
            unit, inferred = units.get(kpi_id, (None, False))
        places = statements[keys[0]] if len(keys) == 1 else chain.from_iterable(map(statements.__getitem__, keys))
        result.append({
            "plan": family, "kpi_id": kpi_id, "segment": segment, "role": role, "period": period,
            "column_period": column, "method": method, "value": chosen[7], "unit": unit, "unit_inferred": inferred,
            "source_files": sorted(set(map(_FILE, statements[chosen]))),
            "locations": sorted(set(map(place_of, places))),
            "conflict": bool(key_notes),
            "conflict_note": "; ".join(dict.fromkeys(key_notes)) if key_notes else None,
        })
    return result


def _final_targets(rows: list[dict]) -> dict[str, tuple[str, float, str | None]]:
    """Segment → (period, value, unit) under the latest target column a document prints (its final target).
    A final target cell without a number (`…「年少人口」へ変更`) gives none."""
    latest: dict[str, tuple[str, dict]] = {}
    for row in rows:
        column = row.get("column_period") or row.get("period")
        if row["role"] != "target" or not column:
            continue
        segment = row.get("segment") or UNSEGMENTED
        current = latest.get(segment)
        if current is None or column[2:] > current[0][2:]:
            latest[segment] = (column, row)
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


def revision_rows(observations: list[dict], indicators: list[dict], documents: list[dict],
                  gathered: ValueRows | None = None) -> list[dict]:
    """What changed for each kpi_id between consecutive editions of one plan family that state it (editions in
    align.profile.edition_key order): final target value or year, name, unit; `added` (first stated by a full
    plan that follows earlier editions of its family); `replaced` (a target cell names the successor) or
    `dropped` (absent from the family's latest full plan, when that plan is later than its last mention).
    `gathered`: `value_rows(observations)` when the caller has it."""
    # what the editions are compared on: each (kpi_id, source_file)'s units and its target rows (final targets and
    # a named successor are read from target rows only)
    if gathered is None:
        gathered = value_rows(observations)
    units_by, targets_by = gathered.units, gathered.targets
    names_by = defaultdict(set)
    for row in indicators:
        names_by[(row["kpi_id"], row["source_file"])].add(row["kpi_name"])
    # a plan family's editions are those of the indicator's own government: another municipality's later plan
    # neither drops nor adds it, nor names its successor (kpi_ids never span governments)
    government = {d["source_file"]: d.get("government_code") or f"?{d['source_file']}" for d in documents}
    successor_ids: dict[tuple, str] = {}  # (government, name key) → kpi_id; built when a successor is named

    def successor_id(source_file: str, name: str) -> str | None:
        if not successor_ids:  # a name form for every indicator row costs: only when some cell names a successor
            successor_ids.update({(government.get(row["source_file"]), name_form(row["kpi_name"]).key): row["kpi_id"]
                                  for row in indicators})
        return successor_ids.get((government.get(source_file), name_form(name).key))

    present = {row["source_file"] for row in indicators}
    families = ordered_documents(documents, present)
    doc_type = {d["source_file"]: d.get("doc_type") for d in documents}
    stating = defaultdict(set)
    for kpi_id, source_file in names_by:
        stating[kpi_id].add(source_file)
    # each family's editions per government, once (not filtered again for each of thousands of kpi_ids)
    by_government: dict[str, dict[str | None, list[str]]] = {}
    for family, all_docs in families.items():
        by_government[family] = defaultdict(list)
        for d in all_docs:
            by_government[family][government.get(d)].append(d)
    facts: dict[tuple[str, str], tuple] = {}  # (kpi_id, source_file) → names, units, final targets (`_changes`)
    result: list[dict] = []
    for kpi_id in sorted(stating):
        own = {government.get(d) for d in stating[kpi_id]}
        for family, all_docs in sorted(families.items()):
            if len(own) == 1:
                docs = by_government[family].get(next(iter(own)), [])
            else:
                docs = [d for d in all_docs if government.get(d) in own]
            position = {d: i for i, d in enumerate(docs)}  # not docs.index: quadratic over a large run
            stated = [d for d in docs if d in stating[kpi_id]]
            named = [d for d in stated if any(names_by[(kpi_id, d)])]
            if stated and doc_type.get(stated[0]) in FULL_PLANS and position[stated[0]] > 0:
                first = stated[0]
                result.append(_revision(kpi_id, family, "added", after=min(names_by[(kpi_id, first)]),
                                        before_file=docs[position[first] - 1], after_file=first))
            for earlier, later in pairwise(named):
                result.extend(_changes(kpi_id, family, earlier, later, (names_by, units_by, targets_by), facts))
            if not stated:
                continue
            last = stated[-1]
            successor = _successor(targets_by[(kpi_id, last)])
            later_plans = [d for d in docs[position[last] + 1:] if doc_type.get(d) in FULL_PLANS]
            if successor:
                result.append(_revision(kpi_id, family, "replaced", before=min(names_by[(kpi_id, last)]),
                                        after=successor, before_file=last,
                                        after_file=later_plans[-1] if later_plans else None,
                                        successor=successor_id(last, successor)))
            elif later_plans:
                result.append(_revision(kpi_id, family, "dropped", before=min(names_by[(kpi_id, last)]),
                                        before_file=last, after_file=later_plans[-1]))
    return result


def _revision(kpi_id: str, family: str, change: str, segment: str = UNSEGMENTED, before: str | None = None,
              after: str | None = None, before_file: str | None = None, after_file: str | None = None,
              successor: str | None = None, old: tuple | None = None, new: tuple | None = None) -> dict:
    """A kpi_revisions row; `old`/`new` are (period, value, unit) of a target change."""
    unit = (new or old or (None, None, None))[2]
    return {"kpi_id": kpi_id, "plan": family, "change": change, "segment": segment, "before": before,
            "after": after,
            "before_value": old[1] if old else None, "before_period": old[0] if old else None,
            "after_value": new[1] if new else None, "after_period": new[0] if new else None,
            "unit": unit if (old is None or new is None or old[2] == new[2]) else None,
            "source_file_before": before_file, "source_file_after": after_file, "successor_kpi_id": successor}


def _edition_facts(kpi_id: str, source_file: str, grouped: tuple[dict, dict, dict],
                   facts: dict[tuple[str, str], tuple]) -> tuple[set[str], set[str], dict]:
    """(names, units, final targets) one edition states for kpi_id, computed once per (kpi_id, edition) and kept
    in `facts`: each middle edition is compared with the one before and the one after. `grouped`: names, units
    and target rows by (kpi_id, source_file), as `revision_rows` gathers them."""
    key = (kpi_id, source_file)
    found = facts.get(key)
    if found is None:
        names_by, units_by, targets_by = grouped
        found = facts[key] = ({n for n in names_by[key] if n}, units_by.get(key, set()),
                              _final_targets(targets_by.get(key, [])))
    return found


def _changes(kpi_id: str, family: str, earlier: str, later: str, grouped: tuple[dict, dict, dict],
             facts: dict[tuple[str, str], tuple]) -> list[dict]:
    """Name, unit and final-target changes between two consecutive editions (`grouped`, `facts`: see
    `_edition_facts`)."""
    old, new = _edition_facts(kpi_id, earlier, grouped, facts), _edition_facts(kpi_id, later, grouped, facts)
    if old == new:  # most editions restate the one before: nothing changed
        return []
    changes = []
    (old_names, old_units, old_final), (new_names, new_units, new_final) = old, new
    if old_names and new_names and old_names.isdisjoint(new_names):
        changes.append(_revision(kpi_id, family, "name", before=" / ".join(sorted(old_names)),
                                 after=" / ".join(sorted(new_names)), before_file=earlier, after_file=later))
    if old_units and new_units and old_units.isdisjoint(new_units):
        changes.append(_revision(kpi_id, family, "unit", before="/".join(sorted(old_units)),
                                 after="/".join(sorted(new_units)), before_file=earlier, after_file=later))
    for segment in sorted(set(old_final) & set(new_final), key=str):
        (p1, v1, u1), (p2, v2, u2) = old_final[segment], new_final[segment]
        if p1 != p2 or not values_agree(v1, v2):
            changes.append(_revision(kpi_id, family, "target", segment, _show(v1, u1, p1), _show(v2, u2, p2),
                                     earlier, later, old=old_final[segment], new=new_final[segment]))
    return changes
