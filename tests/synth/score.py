"""Read generated tables with the pipeline's readers and score the values against their truth.

A printed value is `right` when an observation of its indicator has its role, period, value and unit; an
observation matching no printed value is `wrong`, `flagged` when it carries `uncertain` (counted like
tests.layouts_score: a key read more often than printed takes its extras from the flagged copies first). A value
read right is also checked for its goal (the band above its row, else the heading above the table): `goal_wrong`
when the goal read does not carry the goal's phrase.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from tests.synth.statements import StatementDoc
from tests.synth.tables import Table, Truth, render
from tests.text_records import read_records

Key = tuple[str, str, str, str, str, str]


def _name(text: str) -> str:
    """An indicator name compared without spaces, width or a trailing unit in brackets."""
    text = "".join(unicodedata.normalize("NFKC", text or "").split())
    if text.endswith(")") and "(" in text:
        text = text[:text.rindex("(")]
    return text


def _value(value: object) -> str:
    return "" if value in (None, "") else format(Decimal(str(value)).normalize(), "f")


def truth_key(t: Truth) -> Key:
    return (_name(t.name), t.role, t.period, _value(t.value), t.unit, _segment(t.segment))


def read_key(row: dict) -> Key:
    return (_name(row.get("kpi_name") or ""), row.get("role") or "", row.get("period") or "",
            _value(row.get("value")), row.get("unit") or "", _segment(row.get("segment")))


def _segment(text: str | None) -> str:
    """A segment label compared without spaces or width (`all`, the whole, as no segment)."""
    text = "".join(unicodedata.normalize("NFKC", text or "").split())
    return "" if text == "all" else text


@dataclass
class Result:
    """Counts of one reading of one table."""

    printed: int = 0
    right: int = 0
    missed: list[Key] = field(default_factory=list)
    wrong_flagged: list[Key] = field(default_factory=list)
    wrong_unflagged: list[Key] = field(default_factory=list)
    undated: list[Key] = field(default_factory=list)  # printed values read right but without their period
    #: (name, goal printed, goal read) of values read right under a goal that is not theirs
    goal_wrong: list[tuple[str, str, str]] = field(default_factory=list)
    #: (name, kind printed, kind read) of statements' values read right under a kind that is not theirs
    kind_wrong: list[tuple[str, str, str]] = field(default_factory=list)

    def faults(self) -> Counter[str]:
        """Which fields each unflagged wrong value got wrong, against the missed value it most resembles."""
        return Counter(fault(k, self.missed) for k in self.wrong_unflagged)


FIELDS = ("name", "role", "period", "value", "unit", "segment")


def fault(key: Key, missed: list[Key]) -> str:
    """The fields `key` differs in from the missed value sharing most of its fields (`noise` when none shares two)."""
    best = max(missed, key=lambda m: sum(a == b for a, b in zip(key, m, strict=True)), default=None)
    if best is None or sum(a == b for a, b in zip(key, best, strict=True)) < 3:
        return "noise"
    return "+".join(f for f, a, b in zip(FIELDS, key, best, strict=True) if a != b)


def score(table: Table, observations: list[dict]) -> Result:
    """Right, missed and wrong (flagged or not) values of one reading against the table's truth (a value of a
    sub-row `男性` under a name is right only with its segment)."""
    wanted = Counter(truth_key(t) for t in table.truth)
    rows = [r for r in observations if r.get("value") not in (None, "")]
    read = Counter(read_key(r) for r in rows)
    flagged = Counter(read_key(r) for r in rows if r.get("uncertain") in (True, "True"))
    extra = read - wanted
    missed = wanted - read
    undated = Counter()
    for k, n in list(extra.items()):
        if k[2] == "":
            for m in [m for m in missed if m[:2] + m[3:] == k[:2] + k[3:]][:n]:
                missed[m] -= 1
                undated[k] += 1
    extra -= undated
    missed = +missed
    unflagged = [k for k, n in extra.items() for _ in range(max(0, n - flagged[k]))]
    flagged_wrong = [k for k, n in extra.items() for _ in range(min(n, flagged[k]))]
    goals = {_name(n): _name(g) for n, g in table.goals.items()}
    goal_wrong = [(k[0], goals[k[0]], _name(r.get("goal") or "")) for r in rows
                  if (k := read_key(r)) in wanted and k[0] in goals and goals[k[0]] not in _name(r.get("goal") or "")]
    return Result(sum(wanted.values()), sum((read & wanted).values()), sorted(missed.elements()),
                  sorted(flagged_wrong), sorted(unflagged), sorted(undated.elements()), goal_wrong)


def read_text(text: str, suffix: str = ".txt") -> list[dict]:
    """The observations the pipeline reads from one text layer."""
    return read_records(text, f"synth{suffix}")[0]


def read_table(table: Table, shape: str) -> Result:
    """Score the pipeline's reading of `table` rendered in `shape` (a text shape, `pdf` or `pdf_merged`)."""
    if shape in ("pdf", "pdf_merged"):
        from tests.synth.pdf import read_pdf
        return score(table, read_pdf(table, merged=shape == "pdf_merged"))
    return score(table, read_text(render(table, shape)))


def read_statements(doc: StatementDoc, shape: str = "text") -> Result:
    """Score the pipeline's reading of a document of statements (as text, or `pdf`: printed as a PDF); also each
    right value's kind (数値目標/KPI)."""
    if shape == "pdf":
        from tests.synth.pdf import read_statements_pdf
        observations = read_statements_pdf(doc)
    else:
        observations = read_text(doc.text)
    result = score(doc, observations)  # type: ignore[arg-type]  (truth and goals, as a table has them)
    wanted = {truth_key(t) for t in doc.truth}
    kinds = {_name(n): k for n, k in doc.kinds.items()}
    result.kind_wrong = [(k[0], kinds[k[0]], r.get("kind") or "") for r in observations
                         if (k := read_key(r)) in wanted and r.get("value") not in (None, "")
                         and kinds.get(k[0]) not in (None, r.get("kind"))]
    return result
