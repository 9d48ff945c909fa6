"""`kpi-ingest show NAME`: a fuzzy indicator name → the indicator's series, as a terminal table."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz, process

from normalize.text import nfkc
from schema.load import load_dataset

#: Matches scoring this close to the best one are listed as other candidates.
CLOSE = 5
#: Below this score (0-100) nothing matches.
MINIMUM = 50


def find(catalog: pd.DataFrame, query: str, limit: int = 5) -> list[tuple[str, str, float]]:
    """(kpi_id, canonical name, score) of the indicators whose names best match `query`, best first."""
    choices = {}
    for kpi_id, canonical, variants in zip(catalog["kpi_id"], catalog["canonical_name"], catalog["name_variants"],
                                           strict=True):
        for name in {canonical, *variants}:
            choices[(kpi_id, name)] = nfkc(name)
    best: dict[str, tuple[str, float]] = {}
    for _, score, (kpi_id, _name) in process.extract(nfkc(query), choices, scorer=fuzz.WRatio, limit=None):
        if score >= MINIMUM and (kpi_id not in best or score > best[kpi_id][1]):
            best[kpi_id] = (catalog.set_index("kpi_id").at[kpi_id, "canonical_name"], score)
    ranked = sorted(best.items(), key=lambda item: (-item[1][1], item[0]))
    return [(kpi_id, name, score) for kpi_id, (name, score) in ranked[:limit]]


def series_of(series: pd.DataFrame, kpi_id: str) -> pd.DataFrame:
    """The indicator's series in reading order: plan, segment, role, period."""
    rows = series[series["kpi_id"] == kpi_id]
    return rows.sort_values(["plan", "segment", "role", "period", "column_period", "method"]).reset_index(drop=True)


def _text(value: object, missing: str = "") -> str:
    return missing if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) \
        else str(value)


def show(dataset: Path, query: str, console) -> int:
    """Print the best match's series (and the other close candidates); 1 when nothing matches."""
    from rich.table import Table

    ds = load_dataset(dataset)
    found = find(ds.kpi_catalog, query)
    if not found:
        console.print(f"no indicator name matches {query!r}")
        return 1
    kpi_id, name, score = found[0]
    info = ds.kpi_catalog.set_index("kpi_id").loc[kpi_id]
    console.print(f"[bold]{name}[/bold]  {kpi_id}  unit {_text(info['unit'], '-')}"
                  f"{' (inferred)' if info['unit_inferred'] else ''}  direction {info['direction']}  "
                  f"department {_text(info['department'], '-')}  (match {score:.0f})")
    table = Table("plan", "segment", "role", "period", "report", "method", "value", "unit", "where")
    for row in series_of(ds.kpi_series, kpi_id).itertuples():
        value = "" if pd.isna(row.value) else f"{row.value:,.10g}"
        flag = " [red]conflict[/red]" if row.conflict else ""
        table.add_row(_text(row.plan), _text(row.segment), _text(row.role), _text(row.period),
                      _text(row.column_period), _text(row.method), value + flag, _text(row.unit),
                      ", ".join(row.locations))
    console.print(table)
    others = [f"{n} ({s:.0f})" for k, n, s in found[1:] if s >= score - CLOSE]
    if others:
        console.print("also close: " + "; ".join(others))
    return 0
