"""Rows → validated pyarrow tables → parquet files, sorted so that output is deterministic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from schema.tables import TABLES, arrow_schema
from schema.validate import validate_table

#: Sort keys per table: stable, content-based order.
SORT_KEYS: dict[str, list[str]] = {
    "observations": ["source_file", "page", "line", "kpi_name", "role", "column_period", "segment", "raw"],
    "indicators": ["source_file", "page", "line", "kpi_name"],
    "documents": ["source_file"],
    "rejects": ["source_file", "page", "line", "raw", "reason"],
}


def _sort_key(keys: list[str]):
    def key(row: dict[str, Any]) -> tuple:
        return tuple((row.get(k) is None, row.get(k) if row.get(k) is not None else "") for k in keys)

    return key


def build_table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    """A validated table with the canonical schema, rows sorted."""
    ordered = sorted(rows, key=_sort_key(SORT_KEYS.get(name, [])))
    columns = [c.name for c in TABLES[name]]
    table = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in ordered], schema=arrow_schema(name))
    validate_table(name, table)
    return table


def write_tables(tables: dict[str, pa.Table], folder: Path) -> None:
    """Write each table as `<name>.parquet` in the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        pq.write_table(table, folder / f"{name}.parquet")
