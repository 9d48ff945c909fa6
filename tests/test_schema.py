"""The dataset contract: column names and types, and validation that names the offending rows."""

from __future__ import annotations

import pyarrow as pa
import pytest

from pipeline.write import build_table
from schema import TABLES, arrow_schema
from schema.validate import SchemaViolation, validate_table

REQUIRED = {
    "observations": ["source_file", "page", "line", "kpi_id", "kpi_name", "kind", "goal", "segment", "role",
                     "column_period", "period", "value", "unit", "qualifier", "raw", "uncertain"],
    "indicators": ["source_file", "page", "line", "kpi_id", "kpi_name", "kind", "goal", "department", "progress",
                   "reason", "note"],
    "documents": ["source_file", "sha256", "doc_type", "title", "fiscal_year"],
    "rejects": ["source_file", "page", "line", "raw", "reason"],
}


@pytest.mark.parametrize("table", sorted(REQUIRED))
def test_public_columns_exist(table):
    names = [c.name for c in TABLES[table]]
    assert [n for n in REQUIRED[table] if n not in names] == []


def test_types_of_key_columns():
    schema = arrow_schema("observations")
    assert schema.field("value").type == pa.float64()
    assert schema.field("page").type == pa.int32()
    assert schema.field("uncertain").type == pa.bool_()


def test_empty_tables_have_the_schema():
    for name in TABLES:
        assert build_table(name, []).schema.equals(arrow_schema(name))


def test_violation_names_column_and_rows():
    row = {"source_file": "x.txt", "page": None, "line": 3, "kpi_id": "K", "kpi_name": "n", "kind": "KPI",
           "goal": "g", "segment": None, "role": "guess", "column_period": None, "period": None, "value": 1.0,
           "unit": None, "qualifier": None, "note": None, "raw": "1", "uncertain": False}
    table = pa.Table.from_pylist([row, {**row, "role": "target"}], schema=arrow_schema("observations"))
    with pytest.raises(SchemaViolation, match=r"observations\.role.*\(0, 'guess'\)"):
        validate_table("observations", table)
