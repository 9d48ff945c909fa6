"""Stage 2: cell text → exact values, units, periods; header text → roles.

Public API: `parse_cell(text) -> list[ParsedValue]`, `parse_header(text) -> (role, column_period)`.
Text-layer repairs for readers live in `normalize.text`: `nfkc` (also folds CJK radicals, data/radicals.tsv),
`collapse_fake_bold`, `unspace_letters`, `cut_at_headings`; `normalize.cell.is_unit_continuation` for a unit printed
on the line after its number. The ground floor: imports nothing else of the project (tests/test_layering.py).

The names below are imported on first use, not with the package: a module that needs only the vocabulary or
`normalize.text` (the run's driver, the schema) does not compile the cell parser's patterns.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from normalize.cell import ParsedValue, parse_cell
    from normalize.header import parse_header
    from normalize.numbers import NotANumber, parse_number
    from normalize.periods import parse_period
    from normalize.text import clean_name

#: Public name → the module that defines it.
_HOMES = {"ParsedValue": "normalize.cell", "parse_cell": "normalize.cell", "parse_header": "normalize.header",
          "NotANumber": "normalize.numbers", "parse_number": "normalize.numbers", "parse_period": "normalize.periods",
          "clean_name": "normalize.text"}

__all__ = ["NotANumber", "ParsedValue", "clean_name", "parse_cell", "parse_header", "parse_number", "parse_period"]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'normalize' has no attribute {name!r}")
    value = getattr(import_module(_HOMES[name]), name)
    globals()[name] = value
    return value
