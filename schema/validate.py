"""Check a table against the canonical schema before it is written; fail loudly with rows named."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from schema.tables import ENUMS, TABLES, arrow_schema, family_columns

if TYPE_CHECKING:
    import pyarrow as pa

_PERIOD = re.compile(r"^(FY|CY)\d{4}$")
_SHOWN = 5  # offending rows named in a message


class SchemaViolation(ValueError):
    """A table does not match the canonical schema."""


def _files(table: pa.Table, rows: list[int]) -> str:
    """The source files of some rows, to say where a bad value came from."""
    if "source_file" not in table.column_names or not rows:
        return ""
    column = table.column("source_file")
    return f" (from {sorted({column[i].as_py() for i in rows})})"


def validate_table(name: str, table: pa.Table, first_row: int = 0) -> None:
    """Raise SchemaViolation naming the column and the first offending rows.

    `first_row` is the table's offset in the whole dataset when it is validated in chunks, so that row
    numbers in the message count from the start of the written file.
    """
    columns = TABLES[name]
    expected = [c.name for c in columns]
    present = table.column_names  # a new list at each call: read once
    have = set(present)
    missing = [c for c in expected if c not in have]
    if missing:
        raise SchemaViolation(f"{name}: missing columns {missing}")
    known = set(expected)
    extra = [c for c in present if c not in known]
    family = family_columns(name, extra)
    if extra != family:
        raise SchemaViolation(f"{name}: unknown columns {[c for c in extra if c not in family]}")
    if family and not table.schema.equals(arrow_schema(name, family), check_metadata=False):
        raise SchemaViolation(f"{name}: columns {family} misplaced or mistyped: {table.schema}")
    for column in columns:
        data = table.column(column.name)
        if not data.type.equals(column.type):
            raise SchemaViolation(f"{name}.{column.name}: type {data.type}, expected {column.type}")
        if not column.nullable and data.null_count:
            rows = [i for i, v in enumerate(data.to_pylist()) if v is None][:_SHOWN]
            raise SchemaViolation(f"{name}.{column.name}: {data.null_count} nulls in a non-null column, "
                                  f"rows {[i + first_row for i in rows]}{_files(table, rows)}")
    for (table_name, column_name), allowed in ENUMS.items():
        if table_name != name:
            continue
        if all(v is None or v in allowed for v in table.column(column_name).unique().to_pylist()):
            continue  # each distinct value checked once; the rows are listed only when one is bad
        values = table.column(column_name).to_pylist()
        bad = [(i, v) for i, v in enumerate(values) if v is not None and v not in allowed][:_SHOWN]
        if bad:
            raise SchemaViolation(f"{name}.{column_name}: values outside {sorted(allowed)}: "
                                  f"rows {[(i + first_row, v) for i, v in bad]}{_files(table, [i for i, _ in bad])}")
    for column_name in ("period", "column_period"):
        if name == "observations" and not all(
                v is None or _PERIOD.match(v) for v in table.column(column_name).unique().to_pylist()):
            bad = [(i, v) for i, v in enumerate(table.column(column_name).to_pylist())
                   if v is not None and not _PERIOD.match(v)][:_SHOWN]
            if bad:
                raise SchemaViolation(f"{name}.{column_name}: not FYyyyy/CYyyyy: rows "
                                      f"{[(i + first_row, v) for i, v in bad]}{_files(table, [i for i, _ in bad])}")
