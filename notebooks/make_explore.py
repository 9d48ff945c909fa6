"""Write notebooks/explore.ipynb from the cells below (so the notebook is reviewed as code and has no outputs).

    .venv/bin/python notebooks/make_explore.py
"""

from __future__ import annotations

from pathlib import Path

import nbformat

CELLS = [
    ("markdown", """# Exploring the KPI dataset

Run `make run` first (it writes `extracted/`), or set `KPI_DATASET` to another dataset folder.
The tables and their columns are described in `schema/DATA_DICTIONARY.md`."""),
    ("code", """import os
from pathlib import Path

import matplotlib.pyplot as plt

from schema import load_dataset

dataset = Path(os.environ.get("KPI_DATASET", "../extracted"))
ds = load_dataset(dataset)
{name: len(frame) for name, frame in ds.items()}"""),
    ("markdown", """## Each KPI of the strategy: baseline, yearly actuals, final target, on track?

One filter on the scorecard. `computed_status` is the tool's reading of the numbers, `progress_label` what the
evaluation prints; `status_disagrees` marks where they differ."""),
    ("code", """card = ds.kpi_scorecard
strategy = card[card["plan"] == "strategy"]
actual_columns = [c for c in card.columns if c.startswith("actual_")]
strategy[["kpi_name", "segment", "baseline_value", *actual_columns, "final_target_value", "final_target_period",
          "computed_status", "progress_label", "status_disagrees"]].head(10)"""),
    ("code", """strategy.groupby("computed_status", observed=True).size()"""),
    ("markdown", """## One indicator over time

Baseline, actuals and targets of one KPI from `kpi_series` (one row per plan, segment, role, period, report
column and calculation method)."""),
    ("code", """name = "新規求人数"
kpi_id = ds.kpi_catalog.loc[ds.kpi_catalog["canonical_name"] == name, "kpi_id"].item()
series = ds.kpi_series[(ds.kpi_series["kpi_id"] == kpi_id) & (ds.kpi_series["plan"] == "strategy")]
fig, ax = plt.subplots(figsize=(5, 2.5))
for role, marker in (("baseline", "s"), ("actual", "o"), ("target", "^")):
    rows = series[series["role"] == role].assign(year=lambda f: f["period"].str[2:].astype(int)).sort_values("year")
    ax.plot(rows["year"], rows["value"], marker=marker, linestyle="-" if role == "actual" else "none", label=role)
ax.legend()
series[["role", "period", "column_period", "value", "unit", "locations"]]"""),
    ("markdown", """## Which targets were revised between editions?"""),
    ("code", """revisions = ds.kpi_revisions.merge(ds.kpi_catalog[["kpi_id", "canonical_name"]], on="kpi_id")
revisions[revisions["change"] == "target"][["canonical_name", "segment", "before_value", "before_period",
                                             "after_value", "after_period", "unit"]]"""),
]


def build() -> nbformat.NotebookNode:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for kind, source in CELLS:
        make = nbformat.v4.new_markdown_cell if kind == "markdown" else nbformat.v4.new_code_cell
        notebook.cells.append(make(source))
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{index}"  # fixed ids: regenerating gives the same file
    return notebook


if __name__ == "__main__":
    nbformat.write(build(), Path(__file__).with_name("explore.ipynb"))
