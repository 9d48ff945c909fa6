"""The canonical dataset: table schemas, data dictionary, validation and the loader.

`load_dataset` (pandas) is imported on first use, not with the package: a batch run writes parquet with pyarrow
alone and imports `schema.tables`, which must not cost pandas' import (≈0.4 s, ≈100 MiB).
"""

from typing import TYPE_CHECKING, Any

from schema.tables import ENUMS, TABLES, Column, arrow_schema

if TYPE_CHECKING:
    from schema.load import load_dataset

__all__ = ["ENUMS", "TABLES", "Column", "arrow_schema", "load_dataset"]


def __getattr__(name: str) -> Any:
    """`schema.load_dataset` loads schema.load (and pandas) when first asked for (PEP 562)."""
    if name == "load_dataset":
        from schema.load import load_dataset

        return load_dataset
    raise AttributeError(f"module 'schema' has no attribute {name!r}")
