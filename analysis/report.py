"""`kpi-ingest report`: one self-contained HTML file a person reads without the code — per plan and basic goal,
per KPI a small chart and its scorecard line; a summary of statuses; the disagreements, conflicts and revisions.

No network: charts are inline SVG (matplotlib), styles inline; the page names Japanese font families and falls
back to the reader's sans-serif. jinja2 renders it (autoescaped).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape

from analysis.charts import STATUS_COLOURS, chart_svg
from schema.load import load_dataset
from schema.tables import UNSEGMENTED

STATUSES = ["on_track", "nearly_on_track", "behind", "no_actual", "no_target"]
GOAL_SEPARATOR = " / "


def _value(value: object, unit: object = None) -> str:
    """A number as a reader reads it: thousands separators, no trailing zeros, its unit."""
    if value is None or pd.isna(value):
        return "–"
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"
    return f"{number}{'' if unit is None or pd.isna(unit) else unit}"


def _clean(value: object) -> object:
    return None if value is None or (not isinstance(value, list) and pd.isna(value)) else value


def _records(frame: pd.DataFrame) -> list[dict]:
    return [{k: _clean(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _points(series: pd.DataFrame, row: dict) -> pd.DataFrame:
    """The kpi_series rows behind one scorecard row: same plan, indicator, method; its segment or unsegmented."""
    rows = series[(series["plan"] == row["plan"]) & (series["kpi_id"] == row["kpi_id"])
                  & (series["method"] == row["method"])]
    own = rows[rows["segment"] == row["segment"]]
    shared = rows[rows["segment"] == UNSEGMENTED]
    return pd.concat([own, shared[~shared["role"].isin(own["role"])]]) if row["segment"] != UNSEGMENTED else own


def build_context(dataset: Path) -> dict:
    ds = load_dataset(dataset)
    card = ds.kpi_scorecard.astype({c: "string" for c in ("computed_status", "printed_status", "plan")})
    series = ds.kpi_series.astype({"plan": "string", "role": "string"})
    plans = []
    for plan, rows in card.groupby("plan", sort=True):
        goals: dict[str, list[dict]] = {}
        for row in _records(rows.sort_values(["goal", "kpi_name", "segment"], na_position="last")):
            row["chart"] = chart_svg(_points(series, row), row["computed_status"], row["final_target_value"])
            row["shown"] = {k: _value(row[k], row["unit"]) for k in (
                "baseline_value", "latest_actual_value", "interim_target_value", "final_target_value")}
            row["rate"] = "–" if row["achievement_rate"] is None else f"{row['achievement_rate']:.0%}"
            goal = (row["goal"] or "").split(GOAL_SEPARATOR)[0] or "(no goal printed)"
            goals.setdefault(goal, []).append(row)
        counts = rows["computed_status"].value_counts()
        plans.append({"plan": plan, "title": rows["plan_title"].dropna().iloc[0] if rows["plan_title"].notna().any()
                      else plan, "goals": goals, "counts": {s: int(counts.get(s, 0)) for s in STATUSES},
                      "n": len(rows)})
    crosstab = pd.crosstab(card["printed_status"].fillna("(no label)"), card["computed_status"])
    conflicts = series[series["conflict"]].merge(ds.kpi_catalog[["kpi_id", "canonical_name"]], on="kpi_id")
    revisions = ds.kpi_revisions.astype({"change": "string"}).merge(
        ds.kpi_catalog[["kpi_id", "canonical_name"]], on="kpi_id")
    return {
        "documents": _records(ds.documents.astype({"doc_type": "string"})),
        "plans": plans,
        "statuses": STATUSES,
        "colours": STATUS_COLOURS,
        "crosstab": {"columns": list(crosstab.columns), "rows": [(i, list(map(int, r))) for i, r in
                                                                  zip(crosstab.index, crosstab.values, strict=True)]},
        "disagreements": _records(card[card["status_disagrees"]].sort_values(["plan", "kpi_name"])),
        "conflicts": _records(conflicts.sort_values(["canonical_name", "role", "period"])),
        "revisions": _records(revisions.sort_values(["plan", "change", "canonical_name"])),
        "value": _value,
    }


def render_report(dataset: Path) -> str:
    env = Environment(loader=PackageLoader("analysis", "templates"), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    return env.get_template("report.html.j2").render(**build_context(dataset))


def write_report(dataset: Path, output: Path) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_report(dataset), encoding="utf-8")
    return output
