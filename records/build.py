"""Indicator rows with located cells → rows of the canonical `observations` and `indicators` tables.

This is the one mechanism shared by every front end: header → role/period, `parse_cell`, names.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise
from typing import Any

from align.ids import provisional_kpi_id
from ingest.model import PROGRESS_COLUMNS_SEPARATOR, Extraction, IndicatorRow, Reject, ValueCell
from ingest.table.header import OTHER, bare_years_line, header_role, is_header_words, names_period, names_period_range
from ingest.text.blocks import open_name
from ingest.text.token_types import is_department, is_unit_alone
from normalize.cell import NOT_A_NUMBER, ParsedValue, is_dash_run, parse_cell
from normalize.goals import goal_part
from normalize.header import (
    header_span,
    header_total,
    paired_values,
    parse_header,
    role_labelled,
    role_labels,
    role_unknown,
)
from normalize.periods import parse_period
from normalize.text import clean_name, is_damaged, join_wrapped, name_marks, nfkc, one_line, repair, unwrap
from normalize.vocabulary import MULTIPLE_UNITS, NAME_CUT_ENDINGS, NAME_MARK_NOTE, NOTE_MARKS, RELATIVE_TARGET_NOTE

GOAL_SEPARATOR = " / "


def _location(ref: Any) -> dict[str, Any]:
    return {"source_file": ref.source_file, "page": ref.page, "line": ref.line}


def _identity(row: IndicatorRow) -> dict[str, Any]:
    name = clean_name(row.name)
    return {
        "kpi_id": provisional_kpi_id(name),
        "kpi_name": name,
        "kind": row.kind,
        "goal": GOAL_SEPARATOR.join(goal_part(part) for part in row.goal if part and part.strip()),
    }


#: Passed for a row's doubt when the caller has not read it (`_row_doubt`).
_UNREAD = "?"


def indicator_record(row: IndicatorRow, doubt: str | None = _UNREAD) -> dict[str, Any]:
    """One `indicators` row; `doubt`: the row's `_row_doubt`, when read already (a document's rows: once a row)."""
    _, repairs = repair(row.name)
    marks = [f"{NAME_MARK_NOTE}: {mark}" for mark in name_marks(row.name)]  # `【新】`, `（再掲）`
    note = "; ".join(filter(None, [row.note, *repairs, *marks])) or None
    return {
        **_location(row.ref),
        **_identity(row),
        "raw_name": one_line(row.name),
        "department": join_wrapped(row.department) if row.department else None,  # `スポーツ振興\n課`
        "progress": _progress(row.progress) if row.progress else None,
        "reason": one_line(row.reason) if row.reason else None,
        "note": note,
        "commentary": [f"{one_line(header)}: {unwrap(text)}" for header, text in row.commentary.items()],
        "uncertain": bool(row.name_uncertain or is_damaged(row.name)
                          or (_row_damaged(row) if doubt == _UNREAD else doubt is not None)),
        "goal_uncertain": row.goal_uncertain,
        "note_uncertain": row.note_uncertain and bool(row.note),
    }


def _progress(text: str) -> str:
    """A progress label without the spaces a text layer put inside it (`概ね順調に 進捗`); the texts of two progress
    columns (a rate and a grade: `72.0% / B`) stay apart."""
    parts = text.split(PROGRESS_COLUMNS_SEPARATOR)
    return PROGRESS_COLUMNS_SEPARATOR.join(nfkc(part).replace(" ", "") for part in parts)


def _row_damaged(row: IndicatorRow) -> bool:
    """A row read with doubt as a whole (`_row_doubt`)."""
    return _row_doubt(row) is not None


def _row_doubt(row: IndicatorRow) -> str | None:
    """Why every value of the row is read with doubt (an `UNCERTAIN_REASONS` code), else None. A row with one
    damaged cell: its columns may have slipped (003 災害図上訓練年間実施回数: `O□` beside a bare `50` that should
    carry the unit 回); so may a row with a cell its reader placed by a guess. A row whose name is a unit alone
    (`千人`, `％`) or header words alone (`現状値・目標値`, `所管課`, layouts 146 pdfminer): a 単位 column or the header
    row read as the names, whichever reader did it. A row whose values are bare years rising (`2017 2022 2027`):
    the year line of the row above, read as a row of its own (a wrapped name's last line beside it)."""
    if is_unit_alone(row.name) or is_header_words(row.name) or _header_cells_name(row.name) \
            or _joined_name(row.name) or _value_name(row.name) or _dated_value_in_name(row.name) \
            or _period_after_name(row.name):
        return "name_misread"
    if _name_cut(row.name):
        return "name_cut"
    if any(is_damaged(cell.text) for cell in row.cells):
        return "row_damaged"
    if any(_cells_run_together(cell.text) for cell in row.cells):
        return "cells_run_together"
    if any(cell.uncertain for cell in row.cells):
        return "row_placement_guessed"
    if _segment_in_some_cells(row):
        return "text_placed"
    if bare_years_line([cell.text for cell in row.cells if cell.text.strip()]):
        return "lines_beside"  # `2017 2022 2027` across the value columns: the row above's year line, no values
    return None


def _name_cut(name: str) -> bool:
    """A name read whole that ends as no name does (a particle, `open_name`; a te-form, a clause's predicate or a
    prefix, `NAME_CUT_ENDINGS`): a wrap cut it and its rest went elsewhere (another column's line, the line of the
    row's years), which a reader may not tell from the next row's name; the values may be read under the wrong
    name."""
    name = clean_name(name)
    return open_name(name) or name.endswith(NAME_CUT_ENDINGS)


def _cells_run_together(text: str) -> bool:
    """A value cell that reads as no value, printing figures and a unit word alone among them (`千円 44,826 2018(H30)
    年度 －` under `単 位 計画策定時 実績`): a reader ran the unit column's cell and value cells into one, so the
    row's other values may lack their unit or stand in another column. So does a cell opening with a unit and its
    multiplier alone (`千人2018年度（H30）`, `千人`): the multiplier is no figure; the unit column's cell ran into
    it. So does a value closing with a note mark, then a figure after a space (`約49.9※ 約59.0`): the next cell's
    value, which a note never is after a space."""
    words = text.split()
    if words and (lead := re.match(r"\D+", nfkc(words[0]))) and is_unit_alone(lead.group(), multiplier_required=True):
        return True  # `千人2018年度（H30）`: a unit column's cell run into the next one's (its multiplier is no figure)
    if len(words) == 2 and nfkc(words[0]).endswith(NOTE_MARKS) \
            and any(part.value is not None for part in parse_cell(words[1])):
        return True  # `約49.9※ 約59.0`: a value's note mark, then the next cell's value, not a note
    if len(words) < 2 or not any(is_unit_alone(word) for word in words):
        return False
    parsed = parse_cell(text)
    return len(parsed) == 1 and parsed[0].value is None and parsed[0].uncertain \
        and (parsed[0].note or "").startswith(NOT_A_NUMBER)


#: A gutter between two columns inside one line of a name (`創業支援による創業件数      商工課`).
_GUTTER = re.compile(r"\S {3,}\S")


def _joined_name(name: str) -> bool:
    """A name that holds a value's role label (`…創業件数 現状:年`), a gutter between two columns, or opens with a
    department set apart from the rest (`健康増進課 転入者数`: a department column's cell read into the name, its
    header joined to the name's, `主管課 ＫＰＩ`, or a column off): texts of other cells read into the name (layouts
    146 pdfium, layout), so the row's values may be another row's. So does a name closing with a unit alone after a
    space (`がん検診の受診者数 人`): a 単位 column's cell whose header the text lost (a turned header printed off
    the header line, layouts 263), so the values lack their unit."""
    words = nfkc(name).split()
    return role_labels(name) > 0 or bool(_GUTTER.search(name)) \
        or (len(words) > 1 and len(words[0]) > 2 and is_department(words[0], short=True)) \
        or _unit_cell_in_name(name)


def _unit_cell_in_name(name: str) -> bool:
    """A name closing with a unit alone after a space (`がん検診の受診者数 人`): a 単位 column's cell read into it."""
    words = nfkc(name).split()
    return len(words) > 1 and is_unit_alone(words[-1])


def units_lost(rows: list[IndicatorRow]) -> set[int]:
    """Indexes of the rows whose unit cell the text layer dropped: among rows of the same value columns whose unit
    column's cells were read into their names (`_unit_cell_in_name`: the 単位 header printed off the header line), a
    row whose name closes with no unit printed none there, and the layer may have lost it (pypdfium2 drops a `%`
    of a turned-header table, layouts 263); its values, read without unit, are flagged `unit_lost` by the caller
    when none of them carries a unit of its own."""
    lost = set()
    for members in _by_value_columns(rows, least=1):
        if any(_unit_cell_in_name(rows[k].name) for k in members):
            lost.update(k for k in members if not _unit_cell_in_name(rows[k].name))
    return lost


def _header_cells_name(name: str) -> bool:
    """A name of two texts or more set apart, each a header word of a different role (`番号 指標`: the number and
    name columns' header cells read as a row's name): the header line read as a row, its values the header's years."""
    roles = [header_role(word) for word in nfkc(name).split()]
    return len(roles) > 1 and OTHER not in roles and len(set(roles)) == len(roles)


def _segment_in_some_cells(row: IndicatorRow) -> bool:
    """Some of the row's values print a segment label before them (`女 124`) and others none: the row's own label
    (a segment row's `女`) read into its first value cell, the row's cells a column off, its name another row's."""
    labelled = [bool(parsed.segment) for cell in row.cells if not cell.segment
                for parsed in parse_cell(cell.text) if parsed.value is not None]
    return any(labelled) and not all(labelled)


def _dated_value_in_name(name: str) -> bool:
    """A name holding a figure set apart, then its year (`3 空き家バンクの成約件数 ー 10　2021年度（R3） 維持…`): a
    row's value cells read into its name (a reader that took a line for the name column alone), so the values
    beside it may be another row's. A name counts no figure dated so (`2030年度までの累計` prints a year alone)."""
    words = nfkc(name).split()
    return any(parse_period(year) is not None and len(parsed := parse_cell(figure)) == 1
               and parsed[0].value is not None and parsed[0].period is None
               for figure, year in pairwise(words))


def _period_after_name(name: str) -> bool:
    """A name whose last word, set apart, is a period alone (`ふるさと納税の寄附額 2020年度` under `指標項目 年度`): a
    year column's cell a reader ran into the name column (the header's words joined likewise), so the name is not
    the indicator's and the values beside it may have lost their year."""
    words = nfkc(name).split()
    return len(words) > 1 and parse_period(words[-1]) is not None


#: A figure with decimals or thousands separators, which no name ends with after a space (a value cell's text).
_DECIMAL_FIGURE = re.compile(r"[0-9][0-9,]*\.[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+")


def _value_name(name: str) -> bool:
    """A name that opens with a figure and its unit (`6 人 +2`), is a figure alone (with its year), closes with a
    figure with decimals or separators or a figure and its unit after a space (`…の割合 55.8`, `…寄附額 53,020千円`)
    or is a word printed instead of a value (`皆増`, `―`): value cells a reader set in the name column (layouts 174
    pdfminer), so the row's values may be another row's."""
    words = nfkc(name).split()
    if not words:
        return False
    if len(words) > 1 and _DECIMAL_FIGURE.fullmatch(words[-1]):
        return True  # `3 子育て支援に…割合 55.8`: the first value cell read into the name, the others a column off
    last = parse_cell(words[-1]) if len(words) > 1 and words[-1][:1].isdigit() else []
    if len(last) == 1 and last[0].value is not None and last[0].unit is not None and last[0].period is None:
        return True  # `1 ふるさと納税の寄附額 53,020千円`: a figure and its unit after a space, a value cell as well
    if is_dash_run("".join(words)):
        return True  # a placeholder (`ー`) where the name should be
    first = parse_cell("".join(words[:2]) if len(words) > 1 and words[0].isdigit() else words[0])
    if len(first) == 1 and first[0].value is not None and first[0].unit is not None:
        return True
    whole = parse_cell(name)
    if len(whole) == 1 and whole[0].value is not None and not whole[0].uncertain:
        return True  # a figure, with its year perhaps, and nothing else (`63.9`, `16　2015(H27)年度`)
    return len(whole) == 1 and whole[0].value is None and whole[0].note is not None \
        and whole[0].note.startswith(f"{RELATIVE_TARGET_NOTE}:")


def _leading_gap(row: IndicatorRow) -> bool:
    """The row leaves exactly its first value column empty, before its printed values, read with doubt."""
    empty = [k for k, cell in enumerate(row.cells) if not cell.text.strip()]
    return len(row.cells) > 1 and empty == [0] and row.cells[0].uncertain


def _by_value_columns(rows: list[IndicatorRow], least: int) -> list[list[int]]:
    """Indexes of the rows grouped by their value columns' headers (rows of one table), rows of fewer than `least`
    value cells left out."""
    columns: dict[tuple[str, ...], list[int]] = {}
    for k, row in enumerate(rows):
        if len(row.cells) >= least:
            columns.setdefault(tuple(cell.header for cell in row.cells), []).append(k)
    return list(columns.values())


def unprinted_gaps(rows: list[IndicatorRow]) -> set[int]:
    """Indexes of the rows whose empty first value column is a stand-in the text layer dropped (pypdfium2 prints
    no `―`): the one row, among rows of the same value columns, that leaves it empty by a reader's guess (placed
    in the last columns) while the others print it. Where several rows leave it empty the column is empty in
    print (a table whose baselines are blank), and nothing is added."""
    gaps = set()
    for members in _by_value_columns(rows, least=2):
        gapped = [k for k in members if _leading_gap(rows[k])]
        if len(gapped) == 1 and all(rows[k].cells[0].text.strip() for k in members if k != gapped[0]):
            gaps.add(gapped[0])
    return gaps


def observation_records(row: IndicatorRow, rejects: list[Reject], gap: bool = False, doubt: str | None = _UNREAD
                        ) -> list[dict[str, Any]]:
    """One `observations` row per value (segment) of every value cell of the row; with `gap` (`unprinted_gaps`)
    the empty first value cell is kept as a value not reported, flagged, rather than dropped silently. `doubt`: as
    for `indicator_record`."""
    records = []
    identity = _identity(row)
    row_doubt = _row_doubt(row) if doubt == _UNREAD else doubt
    for k, cell in enumerate(row.cells):
        if not cell.text.strip() and not (gap and k == 0):
            continue  # nothing printed in this column (the row still lists it: a repeat of the table compares it)
        header_role, header_period = parse_header(cell.header)
        # `現状：a（R3）` over `目標：b（R10）` in one cell: each value has the role its label names
        # or `151人／160人` under `令和５年度（実績／目標）`: the two values of the header's two roles
        labelled = role_labelled(cell.text) or paired_values(cell.header, cell.text)
        if header_role is None and labelled is None:
            reason = f"column header names no role: {one_line(cell.header)}"
            rejects.append(Reject(cell.ref, one_line(cell.text), reason))
            continue
        if names_period(cell.text) or names_period_range(cell.text):
            # `（R2）`, `（R3～R5）` alone: a header's year line a reader took for a row (layouts 173 -raw), no value
            rejects.append(Reject(cell.ref, one_line(cell.text), "a year printed with no value"))
            continue
        # `到達値（R4）`: a value word no role word names, read as that year's values by a guess
        column_doubt = "role_unknown" if labelled is None and role_unknown(cell.header) else None
        for role, column_period, parsed, doubt in _cell_values(cell.text, header_role, header_period, labelled):
            if cell.unit and parsed.unit is None and parsed.value is not None:
                parsed, doubt = _with_unit(parsed, cell.unit, doubt)
            reason = _cell_doubt(cell) or column_doubt or row_doubt or doubt
            records.append({
                **_location(cell.ref),
                **identity,
                "segment": parsed.segment or cell.segment,
                "role": role,
                "column_period": column_period,
                "period": parsed.period or column_period,
                "value": float(parsed.value) if parsed.value is not None else None,
                "unit": parsed.unit,
                "qualifier": parsed.qualifier,
                "span": parsed.span or header_span(cell.header),
                "note": _total_note(parsed.note, cell.header),
                "raw": one_line(cell.text),
                "uncertain": reason is not None,
                "uncertain_reason": reason,
            })
    return _relative_multiples(records)


def _total_note(note: str | None, header: str) -> str | None:
    """The value's note with the running-total word its column header prints (`header_total`), once."""
    word = header_total(header)
    return note if word is None or word in (note or "") else "; ".join(filter(None, [note, word]))


def _cell_doubt(cell: ValueCell) -> str | None:
    """Why this cell's own values are read with doubt (an `UNCERTAIN_REASONS` code), else None."""
    if is_damaged(cell.text):
        return "damaged_text"
    return (cell.doubt or "placement_guessed") if cell.uncertain else None


def _value_doubt(parsed: ParsedValue) -> str | None:
    """`value_text` when the reading of the value's own text is in doubt (`parse_cell`), else None."""
    return "value_text" if parsed.uncertain else None


def _cell_values(text: str, header_role: str | None, header_period: str | None,
                 labelled: list[tuple[str, str | None, str]] | None,
                 ) -> list[tuple[str, str | None, ParsedValue, str | None]]:
    """(role, column period, value, doubt) of every value of a cell: the header's role and period, or, in a cell
    whose values each follow a role label (`normalize.header.role_labelled`), the label's (the header's period only
    for a label of the header's own role); doubt is an `UNCERTAIN_REASONS` code or None."""
    if labelled is None:
        assert header_role is not None
        # role labels that name a role twice: the cells of several rows read as one (layouts 146 `-layout`)
        repeated = role_labels(text) > 0
        return [(header_role, header_period, replace(parsed, uncertain=True) if repeated else parsed,
                 "role_labels_repeated" if repeated else _value_doubt(parsed)) for parsed in parse_cell(text)]
    return [(role, period or (header_period if role == header_role else None), parsed, _value_doubt(parsed))
            for role, period, body in labelled for parsed in parse_cell(body)]


def _relative_multiples(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A target printed as a multiple (`二倍`, `1.5倍`) in a row whose other values print another unit (a baseline
    in 人) is that many times the baseline: a relative target, no value of the indicator (its note says so). A
    value in 倍 beside values in 倍 (有効求人倍率) stays a value."""
    others = {(r["segment"], r["unit"]) for r in records if r["value"] is not None and r["unit"]
              and r["unit"] not in MULTIPLE_UNITS}
    for record in records:
        if record["role"] == "target" and record["unit"] in MULTIPLE_UNITS and any(
                segment == record["segment"] for segment, _ in others):
            note = "; ".join(filter(None, [f"{RELATIVE_TARGET_NOTE}: {record['raw']}", record["note"]]))
            record.update(value=None, unit=None, qualifier=None, note=note)
    return records


#: Note of a value whose row prints a figure in its unit column.
UNIT_CELL_FIGURE_NOTE = "unit column holds a figure"


def _with_unit(parsed: ParsedValue, unit: str, doubt: str | None) -> tuple[ParsedValue, str | None]:
    """A value printed without unit, in a row whose unit column says `unit` (`千人` multiplies by 1,000; a unit row
    under a year-major table's names prints it in brackets, `（人）`), with its doubt (`_cell_values`)."""
    text = one_line(nfkc(unit)).strip().removeprefix("(").removesuffix(")")
    probe = parse_cell("1" + text)
    if len(probe) != 1 or probe[0].value is None or probe[0].unit is None:
        if text and not is_dash_run(text.replace(" ", "")):
            # `実績 億円 達成率`: a reader gathered a row label into the unit column (layouts 176 pdftotext -layout);
            # `% - 39`: a page's number taken into the last row's cells: which unit counts the bare number is not known
            return replace(parsed, uncertain=True), doubt or "unit_column_text"
        return parsed, doubt
    assert parsed.value is not None
    factor = probe[0].value
    if factor != Decimal(10) ** factor.adjusted():
        # a figure in the unit column (`12,000 人`, not `千人`): the row's cells shifted a column (layouts 147
        # pdftotext -layout), so this value's column is a guess and the figure no multiplier
        note = "; ".join(filter(None, [f"{UNIT_CELL_FIGURE_NOTE}: {one_line(unit)}", parsed.note]))
        return replace(parsed, uncertain=True, note=note), doubt or "unit_column_figure"
    return replace(parsed, value=parsed.value * probe[0].value, unit=probe[0].unit), doubt


def extraction_records(extraction: Extraction) -> tuple[list[dict], list[dict], list[dict]]:
    """(observations, indicators, rejects) rows of one document."""
    rejects = list(extraction.rejects)
    observations: list[dict] = []
    indicators: list[dict] = []
    gaps = unprinted_gaps(extraction.rows)
    unitless = units_lost(extraction.rows)
    for k, row in enumerate(extraction.rows):
        doubt = _row_doubt(row)
        indicators.append(indicator_record(row, doubt))
        records = observation_records(row, rejects, gap=k in gaps, doubt=doubt)
        if k in unitless and not any(r["unit"] for r in records):
            records = [r if r["uncertain"] else {**r, "uncertain": True, "uncertain_reason": "unit_lost"}
                       for r in records]
        observations.extend(records)
    reject_rows = [{**_location(r.ref), "raw": r.raw, "reason": r.reason} for r in rejects]
    return observations, indicators, reject_rows
