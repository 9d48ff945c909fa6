"""One set of indicator rows from a table printed several times in one document.

Evaluation slides print the full 数値目標一覧 once and again, in parts, per basic goal. Readings of the same
indicator (same kind, goal path and value columns; same or nearly the same name, from another table) are merged:
the reading with the most filled value cells is kept (ties: the first printed); the name is the reading seen
most often (ties: the first printed). Every disagreement between readings is reported as a warning and the
losing text is kept as a `Reject`, so nothing is dropped silently. An indicator printed in parts, its targets in
one table and its actuals in another (same kind, goal path, name and department, value columns of other roles), is
one row: its parts' cells joined.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from ingest.document import file_line
from ingest.model import IndicatorRow, Reject
from normalize.goals import goal_part
from normalize.header import parse_header
from normalize.text import clean_name, nfkc, one_line
from normalize.vocabulary import PLACEHOLDERS

#: Two names of the same goal and columns this similar (0-100) are one indicator misprinted once
#: (`住みよいと` vs `住みよいつ` scores about 95; different indicators such as 事業所数/従業者数 score far lower).
SAME_NAME_SIMILARITY = 85


@dataclass
class _Indicator:
    """All readings of one indicator, in print order, with the table each came from."""

    key: tuple
    readings: list[IndicatorRow] = field(default_factory=list)
    tables: list[int] = field(default_factory=list)


def _compact(text: str | None) -> str:
    """Text for comparison: NFKC, wrap spaces removed, placeholders as empty."""
    compact = re.sub(r"\s+", "", nfkc(text or ""))
    return "" if compact in PLACEHOLDERS else compact


def _key(row: IndicatorRow) -> tuple:
    goal = tuple(goal_part(part) for part in row.goal if part and part.strip())
    columns = tuple(parse_header(cell.header) for cell in row.cells)
    return row.kind, goal, columns


def _filled(row: IndicatorRow) -> int:
    return sum(1 for cell in row.cells if _compact(cell.text))


def _find(indicators: list[_Indicator], row: IndicatorRow, table: int) -> _Indicator | None:
    key, name = _key(row), clean_name(row.name)
    candidates = [ind for ind in indicators if ind.key == key and table not in ind.tables]
    for indicator in candidates:
        if any(clean_name(r.name) == name for r in indicator.readings):
            return indicator
    scored = [(fuzz.ratio(name, clean_name(ind.readings[0].name)), i) for i, ind in enumerate(candidates)]
    best = max(scored, default=None)
    if best and best[0] >= SAME_NAME_SIMILARITY:
        return candidates[best[1]]
    return None


def _disagreements(
    kept: IndicatorRow, name_row: IndicatorRow, other: IndicatorRow, numbers: Sequence[int], *, fields: bool = True
) -> list[tuple[Reject, str]]:
    """(reject for the losing text, warning) per field where `other` differs from what was kept; lines named in
    the file's numbering (`numbers`, `merge_repeats`).

    With `fields=False` only the name is compared (for the kept reading itself, whose name may have lost).
    """
    found: list[tuple[Reject, str]] = []

    def report(ref, losing: str, what: str, kept_text: str, kept_line: int | None) -> None:
        reason = f"{what} disagrees with repeat at line {file_line(numbers, kept_line)} (kept {kept_text!r})"
        found.append((Reject(ref, losing, reason), f"line {file_line(numbers, ref.line)}: {losing!r}: {reason}"))

    if clean_name(other.name) != clean_name(name_row.name):
        report(other.ref, one_line(other.name), "name", one_line(name_row.name), name_row.ref.line)
    if not fields:
        return found
    for mine, theirs in zip(kept.cells, other.cells, strict=True):
        if _compact(mine.text) != _compact(theirs.text):
            report(theirs.ref, one_line(theirs.text), f"cell {one_line(theirs.header)!r}", one_line(mine.text),
                   mine.ref.line)
    for what in ("progress", "reason", "department"):
        mine, theirs = getattr(kept, what), getattr(other, what)
        if _compact(mine) != _compact(theirs):
            report(other.ref, one_line(theirs or ""), what, one_line(mine or ""), kept.ref.line)
    if other.note and _compact(kept.note) != _compact(other.note):
        # the merged reading keeps one note (the kept reading's, else the first printed): another is reported
        report(other.ref, one_line(other.note), "note", one_line(kept.note or ""), kept.ref.line)
    return found


def _merge(indicator: _Indicator, numbers: Sequence[int]) -> tuple[IndicatorRow, list[Reject], list[str]]:
    readings = indicator.readings
    kept = max(readings, key=lambda r: (_filled(r), -readings.index(r)))
    counts = Counter(clean_name(r.name) for r in readings)
    best_count = max(counts.values())
    name_row = next(r for r in readings if counts[clean_name(r.name)] == best_count)
    note = kept.note or next((r.note for r in readings if r.note), None)
    commentary = kept.commentary or next((r.commentary for r in readings if r.commentary), {})
    merged = replace(kept, name=name_row.name, note=note, commentary=commentary)
    rejects: list[Reject] = []
    warnings: list[str] = []
    for other in readings:
        for reject, warning in _disagreements(merged, name_row, other, numbers, fields=other is not kept):
            rejects.append(reject)
            warnings.append(warning)
    return merged, rejects, warnings


def merge_repeats(tables: list[list[IndicatorRow]],
                  numbers: Sequence[int] = ()) -> tuple[list[IndicatorRow], list[Reject], list[str]]:
    """Rows of several tables → one row per indicator (first-printed order), rejects and warnings; `numbers`: the
    file's line of each read line (`ingest.model.Extraction.source_lines`), for the lines they name."""
    indicators: list[_Indicator] = []
    for table, rows in enumerate(tables):
        for row in rows:
            indicator = _find(indicators, row, table)
            if indicator is None:
                indicator = _Indicator(_key(row))
                indicators.append(indicator)
            indicator.readings.append(row)
            indicator.tables.append(table)
    merged_rows: list[IndicatorRow] = []
    rejects: list[Reject] = []
    warnings: list[str] = []
    for indicator in indicators:
        row, row_rejects, row_warnings = _merge(indicator, numbers)
        merged_rows.append(row)
        rejects.extend(row_rejects)
        warnings.extend(row_warnings)
    return _join_role_parts(merged_rows, [set(ind.tables) for ind in indicators]), rejects, warnings


def _roles(row: IndicatorRow) -> set[str | None]:
    return {parse_header(cell.header)[0] for cell in row.cells}


def _identity(row: IndicatorRow) -> tuple:
    goal = tuple(goal_part(part) for part in row.goal if part and part.strip())
    return row.kind, goal, clean_name(row.name), _compact(row.department)


def _join_role_parts(rows: list[IndicatorRow], tables: list[set[int]]) -> list[IndicatorRow]:
    """Rows of one indicator (kind, goal path, name, department) read from other tables whose value columns are of
    other roles (layouts 200: the targets' table `■各年度の目標値` and the actuals' `■各年度の実績値`, one header of
    years) → one row, its cells in print order: one indicator printed in parts, no repeat. Each row's identity is
    read once and the earlier rows of the same identity looked up by it: reading both identities again for every
    pair of rows grew with the square of a document's rows (a fortieth of the reading of the real-producer PDFs)."""
    out: list[IndicatorRow] = []
    parts: list[set[int]] = []
    by_identity: dict[tuple, list[int]] = {}  # identity → indices in `out`, in order
    for row, table in zip(rows, tables, strict=True):
        same = by_identity.setdefault(_identity(row), [])
        earlier = next((k for k in same if not parts[k] & table and _roles(out[k]).isdisjoint(_roles(row))), None)
        if earlier is None:
            same.append(len(out))
            out.append(row)
            parts.append(set(table))
        else:
            out[earlier] = replace(out[earlier], cells=[*out[earlier].cells, *row.cells])
            parts[earlier] |= table
    return out
