"""Write the analysts' data dictionary (`schema/DATA_DICTIONARY.md`) from `schema.tables`."""

from __future__ import annotations

from pathlib import Path

from schema.tables import TABLES

HEADER = """# Data dictionary

Generated from `schema/tables.py` by `python -m schema.dictionary`; do not edit by hand.
Each table is one parquet file in the output folder (`extracted/<table>.parquet`).
"""


def render() -> str:
    parts = [HEADER]
    for table, columns in TABLES.items():
        parts.append(f"\n## `{table}`\n\n| column | type | null | meaning | example |\n|---|---|---|---|---|")
        for c in columns:
            parts.append(f"| {c.name} | {c.type} | {'yes' if c.nullable else 'no'} | {c.meaning} | `{c.example}` |")
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    Path(__file__).with_name("DATA_DICTIONARY.md").write_text(render(), encoding="utf-8")
