"""Golden files: the expected indicators and observations of each document as sorted, diffable CSV.

kpi_id is left out: ids come from the alignment stage, which has its own tests.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pyarrow as pa

GOLDEN_DIR = Path(__file__).parent / "golden"
UPDATE_FLAG = "KPI_UPDATE_GOLDEN"

COLUMNS = {
    "indicators": ["line", "page", "kind", "goal", "kpi_name", "raw_name", "department", "progress", "reason",
                   "note", "uncertain"],
    "observations": ["line", "page", "kpi_name", "segment", "role", "column_period", "period", "value", "unit",
                     "qualifier", "note", "raw", "uncertain"],
}


def _format(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() else repr(value)
    return str(value)


def render(table: pa.Table, name: str, source_file: str) -> str:
    """The rows of one document as sorted CSV text."""
    rows = [r for r in table.to_pylist() if r["source_file"] == source_file]
    lines = sorted(tuple(_format(r[c]) for c in COLUMNS[name]) for r in rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS[name])
    writer.writerows(lines)
    return out.getvalue()


def golden_path(source_file: str, name: str) -> Path:
    return GOLDEN_DIR / f"{Path(source_file).stem}.{name}.csv"


def updating() -> bool:
    return os.environ.get(UPDATE_FLAG) == "1"
