"""Check a table against the canonical schema before it is written; fail loudly with rows named."""

from __future__ import annotations

import re

import pyarrow as pa

from schema.tables import ENUMS, TABLES

_PERIOD = re.compile(r"^(FY|CY)\d{4}$")


class SchemaViolation(ValueError):
    """A table does not match the canonical schema."""


def validate_table(name: str, table: pa.Table) -> None:
    """Raise SchemaViolation naming the column and the first offending rows."""
    columns = TABLES[name]
    expected = [c.name for c in columns]
    missing = [c for c in expected if c not in table.column_names]
    if missing:
        raise SchemaViolation(f"{name}: missing columns {missing}")
    for column in columns:
        data = table.column(column.name)
        if not data.type.equals(column.type):
            raise SchemaViolation(f"{name}.{column.name}: type {data.type}, expected {column.type}")
        if not column.nullable and data.null_count:
            rows = [i for i, v in enumerate(data.to_pylist()) if v is None][:5]
            raise SchemaViolation(f"{name}.{column.name}: {data.null_count} nulls in a non-null column, rows {rows}")
    for (table_name, column_name), allowed in ENUMS.items():
        if table_name != name:
            continue
        values = table.column(column_name).to_pylist()
        bad = [(i, v) for i, v in enumerate(values) if v is not None and v not in allowed]
        if bad:
            raise SchemaViolation(f"{name}.{column_name}: values outside {sorted(allowed)}: rows {bad[:5]}")
    for column_name in ("period", "column_period"):
        if name == "observations":
            bad = [(i, v) for i, v in enumerate(table.column(column_name).to_pylist())
                   if v is not None and not _PERIOD.match(v)]
            if bad:
                raise SchemaViolation(f"{name}.{column_name}: not FYyyyy/CYyyyy: rows {bad[:5]}")
