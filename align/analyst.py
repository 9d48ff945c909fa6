"""Aligned rows → the analyst tables: kpi_catalog, kpi_series (with conflicts) and kpi_revisions.

Rows here are plain dicts of the `observations`/`indicators`/`documents` tables after kpi_id was rewritten.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from operator import itemgetter
from typing import Any, NamedTuple

import numpy as np

from align.columns import Column, first_rows, group_codes, latest_rows, objects, sorted_sets
from align.matcher import ROLE_CLASS, values_agree
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
from schema.tables import NO_METHOD, SPAN_METHOD, UNSEGMENTED

_REPLACED = [re.compile(p) for p in REPLACEMENT_PATTERNS]
#: What an indicator row holds where its name was lost: not a name an edition states.
_NO_NAMES = frozenset({None, ""})
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


#: The fields of a value row the analyst tables read (besides its value): what it states, where it is printed.
_STATED = ("kpi_id", "segment", "role", "period", "column_period", "note", "unit", "span")
_PLACED = ("source_file", "line", "page")


class ValueRows(NamedTuple):
    """What the analyst tables read of the value rows, gathered once as columns (`value_rows`)."""

    #: each row that has a value, in row order
    rows: list[dict]
    #: the valued rows' fields as columns (`align.columns.Column`): value, source_file, kpi_id, segment
    #: (UNSEGMENTED for none), role, period, column (the report column, the period when the row names none), method
    #: (`method_of_note`), unit, line, page: the series and the scorecard group the rows on them
    columns: dict[str, Column]
    #: kpi_id → how often its rows print each unit (`align.profile.indicator_units`)
    printed: dict[str, Counter]
    #: (kpi_id, source_file) → the units its rows print, and its target rows (with or without a value):
    #: what `revision_rows` compares editions on
    units: dict[tuple, set[str]]
    targets: dict[tuple, list[dict]]
    #: (kpi_id, source_file) → segment → (period, value, unit) under the latest target column the document prints
    #: (its final target); a final target cell without a number (`…「年少人口」へ変更`) gives none
    finals: dict[tuple, dict[str, tuple]]


def value_rows(observations: list[dict]) -> ValueRows:
    """The value rows' fields every analyst table reads, as columns: the series, the scorecard, the units and the
    revisions each group every value row of the run, on these. The fields are read and coded in two sets (what
    a value states, where it is printed): the rows of one indicator share most of them, so each set has far
    fewer distinct values than rows, and each field's column is derived from those."""
    stated = Column.of(fields(observations, _STATED))
    placed = Column.of(fields(observations, _PLACED))
    raw = {name: stated.map(itemgetter(i)) for i, name in enumerate(_STATED)}
    raw.update({name: placed.map(itemgetter(i)) for i, name in enumerate(_PLACED)})
    kpi, source, unit, role = raw["kpi_id"], raw["source_file"], raw["unit"], raw["role"]
    printed: dict[str, Counter] = defaultdict(Counter)
    units: dict[tuple, set[str]] = defaultdict(set)
    at = np.flatnonzero(unit.map(bool).array(bool))
    triples = group_codes(kpi.codes[at], source.codes[at], unit.codes[at])
    firsts = at[first_rows(triples)]
    for kpi_id, source_file, printed_unit, n in zip(kpi.at(firsts), source.at(firsts), unit.at(firsts),
                                                    np.bincount(triples).tolist(), strict=True):
        printed[kpi_id][printed_unit] += n
        units[(kpi_id, source_file)].add(printed_unit)
    targets: dict[tuple, list[dict]] = defaultdict(list)
    at = np.flatnonzero(role.where("target"))
    for i, kpi_id, source_file in zip(at.tolist(), kpi.at(at), source.at(at), strict=True):
        targets[(kpi_id, source_file)].append(observations[i])
    values = objects(column_of(observations, "value"))
    segment = raw["segment"].map(lambda s: s or UNSEGMENTED)
    column = stated.map(lambda fields: fields[4] or fields[3])  # the report column, else the period
    finals = _final_targets(at, kpi, source, segment, column, raw["period"], values, unit)
    valued = np.flatnonzero(values != None)  # noqa: E711  (elementwise: a value of 0 is a value)
    columns = {
        "value": Column.of(values[valued]), "source_file": source.take(valued), "kpi_id": kpi.take(valued),
        "segment": segment.take(valued), "role": role.take(valued), "period": raw["period"].take(valued),
        "column": column.take(valued),
        "method": stated.map(lambda fields: _method(fields[5], fields[7])).take(valued),
        "unit": unit.take(valued), "line": raw["line"].take(valued), "page": raw["page"].take(valued),
    }
    return ValueRows([observations[i] for i in valued.tolist()], columns, printed, units, targets, finals)


def _method(note: str | None, span: str | None) -> str:
    """A value's method: the calculation its note names (`変更後`); a value counted over a span of time (a
    `累計（R3～R5）` column's total, `3年間で90件`) is another quantity than the yearly value of its period, its own
    series and never a rival of the year's value (`SPAN_METHOD`)."""
    method = method_of_note(note) if note else NO_METHOD
    return SPAN_METHOD.format(method=method, span=span).strip() if span else method


def _final_targets(targets: np.ndarray, kpi: Column, source: Column, segment: Column, column: Column,
                   period: Column, values: np.ndarray, unit: Column) -> dict[tuple, dict[str, tuple]]:
    """(kpi_id, source_file) → segment → (period, value, unit) of the target under the latest report column
    (by its year: `FY2030`) among the target rows (`targets`: positions), the first printed of equals; none
    where that cell has no number. The rows are grouped once, on their coded columns."""
    targets = targets[column.map(bool).array(bool)[targets]]
    year = column.map(lambda name: name[2:] if name else "")
    order = sorted(range(len(year.values)), key=year.values.__getitem__)
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    group = group_codes(kpi.codes[targets], source.codes[targets], segment.codes[targets])
    chosen = targets[latest_rows(group, rank[year.codes[targets]])]
    finals: dict[tuple, dict[str, tuple]] = defaultdict(dict)
    for kpi_id, source_file, segment_, printed, period_, value, unit_ in zip(
            kpi.at(chosen), source.at(chosen), segment.at(chosen), column.at(chosen), period.at(chosen),
            values[chosen].tolist(), unit.at(chosen), strict=True):
        if value is not None:
            finals[(kpi_id, source_file)][segment_] = (period_ or printed, value, unit_)
    return finals


def series_rows(observations: list[dict], documents: list[dict] | None = None,
                indicators: list[dict] | None = None, units: dict[str, tuple[str | None, bool]] | None = None,
                gathered: ValueRows | None = None) -> list[dict[str, Any]]:
    """One row per (plan, kpi_id, segment, role, period, column_period, method): the key is unique.

    Plan and method keep apart what is not one quantity: an action plan that restarts a count, a value of a
    changed calculation method (`※変更後`). Several statements of one key: the latest edition's value, the
    others in conflict_note. Conflict also: (a) two values for the same (plan, method, kpi_id, segment,
    observed-or-target, period) — a baseline and an actual of one period are one observed quantity; (b) two
    baselines printed under the same baseline column period (`現状値 令和元年度`) that differ, even when one cell
    names its own older year (49件 vs 30件 H30年度). `units`: `align.profile.indicator_units` of these rows when
    the caller has it; `gathered`: `value_rows(observations)` when the caller has it.

    The value rows are grouped once, on their coded columns (`align.columns`): into statements (a series key, a
    value and its unit), the statements into series; only statements with rivals are read one by one.
    """
    documents = documents or []
    plan = {d["source_file"]: plan_of(d.get("doc_type")) or OTHER_PLAN for d in documents}
    rank = _edition_rank(documents)
    if units is None:
        units = indicator_units(observations, indicators or [])
    if gathered is None:
        gathered = value_rows(observations)
    c = gathered.columns
    files = c["source_file"]
    key = (files.map(lambda f: plan.get(f, OTHER_PLAN)), c["kpi_id"], c["segment"], c["role"], c["period"],
           c["column"], c["method"], c["value"], c["unit"])
    statement = group_codes(*(column.codes for column in key))  # one statement, printed in one or more places
    first = first_rows(statement)
    statements = len(first)
    latest = np.full(statements, -2, dtype=np.int64)  # the latest edition (rank) that states each statement
    np.maximum.at(latest, statement, files.map(lambda f: rank.get(f, -1)).array(np.int64))
    keys = list(zip(*(column.at(first) for column in key), strict=True))
    series = group_codes(*(column.codes[first] for column in key[:7]))  # each statement's series
    count = int(series.max()) + 1 if statements else 0
    # each series' chosen statement: the latest edition's (of equals, the first stated)
    chosen = latest_rows(series, latest).tolist()
    rivals = np.bincount(series, minlength=count)
    stated_in = sorted_sets(statement, files, statements)

    notes: dict[int, list[str]] = defaultdict(list)

    def flag(groups: np.ndarray, among: np.ndarray, label: str, shown_field: int) -> None:
        """A note on each statement (`among`) of a group (`groups`: theirs) whose values disagree."""
        members: dict[int, list[int]] = defaultdict(list)
        several = np.bincount(groups)[groups] > 1 if len(groups) else groups.astype(bool)
        for group, s in zip(groups[several].tolist(), among[several].tolist(), strict=True):
            members[group].append(s)
        for own in members.values():
            values = [keys[s][7] for s in own]
            if all(values_agree(values[0], v) for v in values[1:]):
                continue
            shown = " vs ".join(f"{_show(keys[s][7], keys[s][8], keys[s][4])} ({', '.join(stated_in[s])})"
                                for s in sorted(own, key=lambda s: str(keys[s])))
            for s in own:
                notes[s].append(f"{label} {keys[s][shown_field]}: {shown}")

    plan_, kpi, segment, role, period, column, method = (k.take(first) for k in key[:7])
    flag(group_codes(plan_.codes, method.codes, kpi.codes, segment.codes,
                     role.map(lambda r: ROLE_CLASS.get(r, r)).codes, period.codes),
         np.arange(statements), "same period", 4)
    baseline = np.flatnonzero(role.where("baseline"))
    flag(group_codes(*(k.codes[baseline] for k in (plan_, method, kpi, segment, column))), baseline,
         "baseline column", 5)

    # every place a series is printed: `where_printed` of each distinct place once
    place = group_codes(files.codes, c["line"].codes, c["page"].codes)
    at = first_rows(place)
    shown_at = Column.regrouped(place, list(map(_where_place, files.at(at), c["line"].at(at), c["page"].at(at))))
    locations = sorted_sets(series[statement], shown_at, count)

    members: dict[int, list[int]] = defaultdict(list)  # the statements of each series with rivals, in order
    rivalled = np.flatnonzero(rivals[series] > 1)
    for s, q in zip(rivalled.tolist(), series[rivalled].tolist(), strict=True):  # Python ints, not numpy scalars
        members[q].append(s)
    result = []
    for q, s in sorted(enumerate(first_rows(series).tolist()), key=lambda item: str(keys[item[1]][:7])):
        family, kpi_id, segment_, role_, period_, column_, method_, _value, _unit = keys[s]
        best = keys[chosen[q]]
        own = members.get(q, [s])
        key_notes = [n for k in own for n in notes.get(k, [])]
        if len(own) > 1 and not key_notes:
            key_notes = [f"same column {column_}: " + " vs ".join(_show(keys[k][7], keys[k][8], keys[k][4])
                                                                   for k in own)]
        unit, inferred = best[8], False
        if unit is None:
            unit, inferred = units.get(kpi_id, (None, False))
        result.append({
            "plan": family, "kpi_id": kpi_id, "segment": segment_, "role": role_, "period": period_,
            "column_period": column_, "method": method_, "value": best[7], "unit": unit, "unit_inferred": inferred,
            "source_files": stated_in[chosen[q]], "locations": locations[q],
            "conflict": bool(key_notes),
            "conflict_note": "; ".join(dict.fromkeys(key_notes)) if key_notes else None,
        })
    return result


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
    units_by, targets_by, finals = gathered.units, gathered.targets, gathered.finals
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
    grouped = names_by, units_by, finals
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
            before = None  # (edition, its facts): each edition's facts are read once, compared with the next's
            for edition in named:
                stated_facts = _edition_facts(kpi_id, edition, grouped)
                if before is not None and before[1] != stated_facts:  # most editions restate the one before
                    result.extend(_changes(kpi_id, family, before[0], edition, before[1], stated_facts))
                before = edition, stated_facts
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


def _edition_facts(kpi_id: str, source_file: str, grouped: tuple[dict, dict, dict]) -> tuple[set[str], set[str], dict]:
    """(names, units, final targets) one edition states for kpi_id. `grouped`: names, units and target rows by
    (kpi_id, source_file), as `revision_rows` gathers them."""
    key = (kpi_id, source_file)
    names_by, units_by, finals = grouped
    return names_by[key] - _NO_NAMES, units_by.get(key, set()), finals.get(key, {})


def _changes(kpi_id: str, family: str, earlier: str, later: str, old: tuple, new: tuple) -> list[dict]:
    """Name, unit and final-target changes between two consecutive editions, given the facts each states
    (`_edition_facts`)."""
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
