"""The canonical dataset: table schemas, data dictionary, validation and the loader."""

from schema.load import load_dataset
from schema.tables import ENUMS, TABLES, Column, arrow_schema

__all__ = ["ENUMS", "TABLES", "Column", "arrow_schema", "load_dataset"]
