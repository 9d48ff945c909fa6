"""Stage 2: cell text → exact values, units, periods; header text → roles.

Public API: `parse_cell(text) -> list[ParsedValue]`, `parse_header(text) -> (role, column_period)`.
Text-layer repairs for readers live in `normalize.text`: `nfkc` (also folds CJK radicals, data/radicals.tsv),
`collapse_fake_bold`, `unspace_letters`, `cut_at_headings`; `normalize.cell.is_unit_continuation` for a unit printed
on the line after its number. The ground floor: imports nothing else of the project (tests/test_layering.py).
"""

from normalize.cell import ParsedValue, parse_cell
from normalize.header import parse_header
from normalize.numbers import NotANumber, parse_number
from normalize.periods import parse_period
from normalize.text import clean_name

__all__ = ["NotANumber", "ParsedValue", "clean_name", "parse_cell", "parse_header", "parse_number", "parse_period"]
