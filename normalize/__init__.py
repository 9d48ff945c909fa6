"""Stage 2: cell text → exact values, units, periods; header text → roles.

Public API: `parse_cell(text) -> list[ParsedValue]`, `parse_header(text) -> (role, column_period)`.
"""

from normalize.cell import ParsedValue, parse_cell
from normalize.header import parse_header
from normalize.numbers import NotANumber, parse_number
from normalize.periods import parse_period
from normalize.text import clean_name

__all__ = ["NotANumber", "ParsedValue", "clean_name", "parse_cell", "parse_header", "parse_number", "parse_period"]
