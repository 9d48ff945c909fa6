"""The canonical dataset: table schemas, data dictionary and validation."""

from schema.tables import ENUMS, TABLES, Column, arrow_schema

__all__ = ["ENUMS", "TABLES", "Column", "arrow_schema"]
