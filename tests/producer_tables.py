"""The KPI tables of the five source documents, rebuilt from their hand-checked goldens.

The producer matrix (tests/fixtures/producers/) prints these tables with several PDF producers and styles. Everything
printed comes from tests/golden/*.csv: indicator names, goals, kinds, departments, progress labels and reasons from
`*.indicators.csv`; the value cells from the `raw` text of `*.observations.csv`, one cell per (indicator, role,
column period); column headers are written from role + column period the way the source documents print them
(`基準値（令和元年度）`, `令和５年度実績値`, `目標値（令和９年度）`).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

GOLDEN_DIR = Path(__file__).parent / "golden"
GOAL_SEPARATOR = " / "
NUMERIC_GOAL = "数値目標"  # the kind of a basic goal's own indicator (tests/golden/*.indicators.csv)

Column = tuple[str, str]  # (role, column period), e.g. ("target", "FY2027")


@dataclass
class Row:
    """One indicator row: its printed name, labels, and value cells by column."""

    kpi_name: str
    raw_name: str
    kind: str
    goal: list[str]
    department: str
    progress: str
    reason: str
    cells: dict[Column, str] = field(default_factory=dict)
    segments: set[str] = field(default_factory=set)
    note: str = ""
    footnote: str = ""  # the note printed under the table
    remark: str = ""  # the note printed in the row's notes column
    line: int = 0

    def name_lines(self) -> list[str]:
        """The name as printed: wrapped where the source wrapped it, when its raw form is the name plus breaks."""
        pieces = self.raw_name.split(" ")
        if unicodedata.normalize("NFKC", "".join(pieces)) == self.kpi_name and len(pieces) > 1:
            return pieces
        return [self.kpi_name]


@dataclass
class Table:
    """Consecutive rows of one goal and kind that share the same value columns."""

    goal: list[str]
    kind: str
    columns: list[Column]
    rows: list[Row]


@dataclass
class Document:
    """The tables of one source document and the facts its header wording depends on."""

    prefix: str
    tables: list[Table]
    has_actuals: bool
    final_period: str
    has_department: bool
    has_progress: bool
    has_reason: bool
    has_row_notes: bool

    @property
    def rows(self) -> list[Row]:
        return [r for t in self.tables for r in t.rows]


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def golden_files(prefix: str, name: str) -> Path:
    found = sorted(GOLDEN_DIR.glob(f"{prefix}_*.{name}.csv"))
    if len(found) != 1:
        raise FileNotFoundError(f"expected one golden {prefix}_*.{name}.csv, found {len(found)}")
    return found[0]


def prefixes() -> list[str]:
    return sorted(p.name.split("_")[0] for p in GOLDEN_DIR.glob("*.indicators.csv"))


def golden_observations(prefix: str) -> list[dict[str, str]]:
    return _read(golden_files(prefix, "observations"))


def golden_indicators(prefix: str) -> list[dict[str, str]]:
    return _read(golden_files(prefix, "indicators"))


def _owner(rows: list[Row], kpi_name: str, line: int) -> Row:
    """The indicator an observation belongs to: same name, the nearest indicator line at or before the value's line
    (a name printed twice in one document is two indicators)."""
    same = [r for r in rows if r.kpi_name == kpi_name]
    if not same:
        raise ValueError(f"observation of {kpi_name!r} has no indicator in the golden")
    before = [r for r in same if r.line <= line]
    return max(before, key=lambda r: r.line) if before else min(same, key=lambda r: r.line)


def load_document(prefix: str) -> Document:
    """Rows and tables of one document, in the order of the document (golden line numbers)."""
    rows = [Row(kpi_name=i["kpi_name"], raw_name=i["raw_name"], kind=i["kind"],
                goal=i["goal"].split(GOAL_SEPARATOR) if i["goal"] else [], department=i["department"],
                progress=i["progress"], reason=i["reason"], note=i["note"], line=int(i["line"]))
            for i in golden_indicators(prefix)]
    rows.sort(key=lambda r: r.line)
    for obs in golden_observations(prefix):
        row = _owner(rows, obs["kpi_name"], int(obs["line"]))
        column = (obs["role"], obs["column_period"])
        if column in row.cells and row.cells[column] != obs["raw"]:
            raise ValueError(f"{prefix} {row.kpi_name} {column}: two raw texts in one cell")
        row.cells[column] = obs["raw"]
        if obs["segment"]:
            row.segments.add(obs["segment"])
    # the text layers list some rows out of reading order (a linearised sheet prints a page's labels at its end);
    # print each goal's 数値目標 first, then its KPIs, goals in order of first appearance
    first: dict[tuple[str, ...], int] = {}
    for row in rows:
        first.setdefault(tuple(row.goal[:2]), row.line)
    rows.sort(key=lambda r: (first[tuple(r.goal[:2])], r.kind != NUMERIC_GOAL, r.line))
    tables: list[Table] = []
    for row in rows:
        columns = sorted(row.cells, key=column_order)
        last = tables[-1] if tables else None
        if last and last.goal == row.goal and last.kind == row.kind and last.columns == columns:
            last.rows.append(row)
        else:
            tables.append(Table(goal=row.goal, kind=row.kind, columns=columns, rows=[row]))
    for row in rows:
        if row.note and is_footnote(row.note):
            row.footnote = footnote_text(row.note)
        else:
            row.remark = row.note
    periods = [c[1] for r in rows for c in r.cells if c[0] == "target"]
    return Document(prefix=prefix, tables=tables, has_actuals=any(c[0] == "actual" for r in rows for c in r.cells),
                    final_period=max(periods, key=_year), has_department=any(r.department for r in rows),
                    has_progress=any(r.progress for r in rows), has_reason=any(r.reason for r in rows),
                    has_row_notes=any(r.remark for r in rows))


def _year(period: str) -> int:
    return int(period[2:])


_ROLE_ORDER = {"baseline": 0, "actual": 1, "target": 2}


def column_order(column: Column) -> tuple[int, int, int]:
    """Baseline first, then per year actual before target, the way the evaluation sheets print them."""
    role, period = column
    return (0 if role == "baseline" else 1, _year(period), _ROLE_ORDER[role])


def is_footnote(note: str) -> bool:
    """A note printed as a paragraph under its table (`※…`, or a long explanation such as 002's 健康寿命 note);
    other notes are a row's own remark, printed in a notes column (解説・算出方法, 関連事業 in the plan documents)."""
    return footnote_text(note).lstrip("[").startswith("※") or len(note) > 80


def footnote_text(note: str) -> str:
    """The paragraph as printed: a golden note that names its header (`計画最終年度 目標値※ (令和9年度): ※…`)
    prints only its text."""
    _, _, text = note.partition(": ")
    return text if text.startswith("※") else note


# --- header wording -------------------------------------------------------------------------------------------

_ERAS = [(2019, "令和"), (1989, "平成"), (1926, "昭和")]


def era_year(period: str, full_width: bool) -> str:
    """`FY2023` → `令和５年度` (`令和元年度` for the first year), `CY2022` → `令和４年`."""
    year = _year(period)
    for start, name in _ERAS:
        if year >= start:
            number = year - start + 1
            text = "元" if number == 1 else str(number)
            if full_width:
                text = to_full_width(text)
            return f"{name}{text}{'年度' if period.startswith('FY') else '年'}"
    raise ValueError(period)


def western_year(period: str, full_width: bool) -> str:
    """`FY2023` → `2023年度`, `CY2022` → `2022年`."""
    text = to_full_width(period[2:]) if full_width else period[2:]
    return f"{text}{'年度' if period.startswith('FY') else '年'}"


def header_lines(document: Document, column: Column, full_width: bool, western: bool = False,
                 final_label: bool = False) -> list[str]:
    """A value column's header as printed, one entry per printed line: era years (`令和５年度`) or western ones
    (`2023年度`); `final_label` prints the final target the way the evaluation sheets do (`計画最終年度` above)."""
    role, period = column
    year = western_year(period, full_width) if western else era_year(period, full_width)
    if role == "baseline":
        return ["基準値" if document.has_actuals else "現状値", f"（{year}）"]
    if role == "actual":
        return [year, "実績値"]
    if period == document.final_period:
        return ["計画最終年度", "目標値", f"（{year}）"] if final_label else ["目標値", f"（{year}）"]
    return [year, "目標値"]


KIND_HEADINGS = {"KPI": "重要業績評価指標（ＫＰＩ）", "数値目標": "数値目標"}


def kind_heading(kind: str) -> str:
    return KIND_HEADINGS.get(kind, kind)


# --- cell text --------------------------------------------------------------------------------------------------

_FULL = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def to_full_width(text: str) -> str:
    return text.translate(_FULL)


_BREAK_BEFORE = re.compile(r"^[（(※]")


def cell_lines(raw: str, segments: set[str], multiline: bool) -> list[str]:
    """A value cell's printed lines: a reference year `（令和3年）`, a `※` note and each segment (`男性…`, `女性…`)
    start a new line, as the source documents print them; other spaces stay inside the line."""
    if not multiline:
        return [raw] if raw else []
    lines: list[str] = []
    for token in raw.split(" "):
        if not token:
            continue
        if lines and not _BREAK_BEFORE.match(token) and not any(token.startswith(s) for s in segments):
            lines[-1] += " " + token
        else:
            lines.append(token)
    # a segment label printed apart from its value (`小学校 88.7%`) stays with it
    return lines
