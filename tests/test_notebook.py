"""notebooks/explore.ipynb (issue 12 part 5) runs top to bottom on the real run of raw_docs/, so it never rots."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def test_notebook_is_the_generated_one():
    from notebooks.make_explore import build

    on_disk = nbformat.read(NOTEBOOKS / "explore.ipynb", as_version=4)
    assert [c.source for c in on_disk.cells] == [c.source for c in build().cells]


def test_explore_notebook_runs(dataset, monkeypatch):
    monkeypatch.setenv("KPI_DATASET", str(dataset.output))
    notebook = nbformat.read(NOTEBOOKS / "explore.ipynb", as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    # 002 line 11: 新規求人数 1,563 → 1,486 / 1,472 (the chart cell's table); 000 line 26 → 001 line 8: 1,602 → 1,630
    assert "1472.0" in text and "1630.0" in text
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the chart was drawn
