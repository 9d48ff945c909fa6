"""Indicator-level facts an analyst asks first: plan family, unit (inferred when no value prints one), direction,
department, calculation method, and the edition order of each plan's documents.

Rows are plain dicts of the `observations` / `indicators` / `documents` tables after kpi_id was rewritten.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any

from normalize.text import nfkc
from normalize.vocabulary import FISCAL_YEAR_START_MONTH, METHOD_REMARKS, NAME_COUNTER_UNITS, QUALIFIER_DIRECTIONS
from schema.tables import NO_METHOD

#: Document types that belong to one plan family: a strategy, its revisions and its evaluations.
PLAN_FAMILIES = {"strategy": "strategy", "evaluation": "strategy", "evaluation_sheet": "strategy",
                 "action_plan": "action_plan"}
#: Document types that state a whole plan (not an evaluation of one).
FULL_PLANS = ("strategy", "action_plan")
_UNDATED = "9999-12"
_COUNTER_ENDINGS = sorted(NAME_COUNTER_UNITS, key=len, reverse=True)


def plan_of(doc_type: str | None) -> str | None:
    """The plan family of a document type (None for unknown documents)."""
    return PLAN_FAMILIES.get(doc_type or "")


def edition_date(document: dict[str, Any]) -> str:
    """When an edition came out, as `YYYY-MM[-DD]`: its publication date read from the document (`published`);
    without one, the last month of its report year (`FY2023` → `2024-03`: an evaluation is published after the
    year it reports, a plan is dated in its year); without either, after every dated document."""
    if document.get("published"):
        return str(document["published"])
    year = document.get("fiscal_year")
    if year and year[2:].isdigit():
        return f"{int(year[2:]) + 1}-{FISCAL_YEAR_START_MONTH - 1:02d}"
    return _UNDATED


def edition_key(document: dict[str, Any]) -> tuple[str, int, str]:
    """Order of editions within a plan family: publication date read from the document, else its report year
    (`edition_date`); then evaluations before the full plan of the same date (a plan revised at the end of a year
    follows that year's evaluation); then file name."""
    full = 1 if document.get("doc_type") in FULL_PLANS else 0
    return (edition_date(document), full, document["source_file"])


def ordered_documents(documents: list[dict], present: set[str] | None = None) -> dict[str, list[str]]:
    """Plan family → its documents in edition order (see `edition_key`)."""
    families: dict[str, list[dict]] = defaultdict(list)
    for doc in documents:
        family = plan_of(doc.get("doc_type"))
        if family and (present is None or doc["source_file"] in present):
            families[family].append(doc)
    return {family: [d["source_file"] for d in sorted(docs, key=edition_key)] for family, docs in families.items()}


def method_of(row: dict[str, Any]) -> str:
    """The calculation method a value cell names (`※変更後` → `変更後`), else NO_METHOD."""
    note = row.get("note")
    return method_of_note(note) if note else NO_METHOD  # most value cells have no note: no cache lookup


@lru_cache(maxsize=1 << 12)
def method_of_note(text: str) -> str:
    """`method_of` of a note's text (cached: the analyst tables ask it for every value row, notes are few)."""
    note = nfkc(text)
    for remark in METHOD_REMARKS:
        if remark in note:
            return remark
    return NO_METHOD


def name_unit(name: str) -> str | None:
    """The unit an indicator name counts (`保育施設待機児童数` → 人), from NAME_COUNTER_UNITS."""
    text = nfkc(name)
    for ending in _COUNTER_ENDINGS:
        if text.endswith(ending):
            return NAME_COUNTER_UNITS[ending]
    return None


def indicator_units(observations: list[dict], indicators: list[dict], printed: dict[str, Counter] | None = None
                    ) -> dict[str, tuple[str | None, bool]]:
    """kpi_id → (unit, inferred). The unit most of its values print (ties: the latest-sorting); when none prints
    one (`待機児童なし`), the unit its name counts (`…児童数` → 人), marked inferred. `printed`: kpi_id → how
    often each unit is printed by its value rows, when the caller counted them (`align.analyst.value_rows`)."""
    if printed is None:
        printed = defaultdict(Counter)
        for row in observations:
            if row.get("unit"):
                printed[row["kpi_id"]][row["unit"]] += 1
    names: dict[str, set[str]] = defaultdict(set)
    for row in indicators:
        names[row["kpi_id"]].add(row["kpi_name"])
    result: dict[str, tuple[str | None, bool]] = {}
    for kpi_id in {*names, *printed}:
        if printed.get(kpi_id):
            result[kpi_id] = (max(printed[kpi_id].items(), key=lambda item: (item[1], item[0]))[0], False)
            continue
        guesses = {name_unit(n) for n in names[kpi_id]} - {None}
        result[kpi_id] = (guesses.pop(), True) if len(guesses) == 1 else (None, False)
    return result


def direction(baseline: float | None, targets: list[float], qualifier: str | None,
              latest_actual: float | None = None) -> str:
    """increase / decrease / maintain / unknown. The final target's qualifier (`以下` → decrease) first; else the
    majority of the plan's targets (one per report year, oldest first, the last is the final one) against the
    baseline. A tie comes from a target re-set on the other side of the baseline after a fall (鉄道利用者数:
    baseline 490.7万人, interim 492万人, final re-set to 430万人): then the final target against the latest actual
    (425.1万人: increase), else the earliest target."""
    if qualifier in QUALIFIER_DIRECTIONS:
        return QUALIFIER_DIRECTIONS[qualifier]
    if not targets:
        return "unknown"
    if baseline is None:
        baseline, targets = latest_actual, targets[-1:]
        if baseline is None:
            return "unknown"
    up = sum(t > baseline for t in targets)
    down = sum(t < baseline for t in targets)
    if up == down:
        if up and latest_actual is not None and targets[-1] != latest_actual:
            return "increase" if targets[-1] > latest_actual else "decrease"
        first = targets[0]
        return "increase" if first > baseline else "decrease" if first < baseline else "maintain"
    return "increase" if up > down else "decrease"


def departments(indicators: list[dict], order: dict[str, int]) -> dict[str, str]:
    """kpi_id → department (担当課) printed by its latest document (by `order`) that prints one."""
    best: dict[str, tuple[int, str]] = {}
    for row in indicators:
        if not row.get("department"):
            continue
        rank = order.get(row["source_file"], -1)
        if row["kpi_id"] not in best or rank >= best[row["kpi_id"]][0]:
            best[row["kpi_id"]] = (rank, row["department"])
    return {kpi_id: department for kpi_id, (_, department) in best.items()}
