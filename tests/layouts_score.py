"""Score what the pipeline reads from a hand-made layout document against its hand-written expectation.

The documents are in tests/fixtures/layouts/, their expected rows in tests/fixtures/layouts/expected/
(`<stem>.observations.csv`, `<stem>.indicators.csv`; conventions in the README there). An observation counts as
read when its (kpi_name, segment, role, period, value, unit) matches an expected one; an indicator when its
(kpi_name, kind, goal, department) does. Recall and precision are over multisets, so a value read twice is an
extra, not a second hit.

Run `python -m tests.layouts_score` to print every document's scores and misses.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from normalize.text import nfkc
from records import extraction_records

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
EXPECTED = LAYOUTS / "expected"
DOCUMENT_SUFFIXES = (".txt", ".pdf")

OBSERVATION_KEY = ("kpi_name", "segment", "role", "period", "value", "unit")
INDICATOR_KEY = ("kpi_name", "kind", "goal", "department")


def documents() -> list[Path]:
    """Every hand-made layout document, in name order."""
    return sorted(p for p in LAYOUTS.iterdir() if p.suffix in DOCUMENT_SUFFIXES)


def value_text(value: object) -> str:
    """One spelling per number: `60`, `60.0` and 60.0 all give `60`; no value gives ``."""
    if value is None or value == "":
        return ""
    number = Decimal(repr(value) if isinstance(value, float) else str(value)).normalize()
    return format(number, "f")


def _field(row: dict, column: str) -> str:
    if column == "value":
        return value_text(row.get(column))
    found = row.get(column)
    return "" if found is None else str(found)


def key(row: dict, columns: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_field(row, c) for c in columns)


@dataclass
class Score:
    """Recall and precision of one table of one document, with the rows that made them fall short."""

    recall: float
    precision: float
    missing: list[tuple] = field(default_factory=list)  # expected, not read
    extra: list[tuple] = field(default_factory=list)  # read, not expected
    unflagged: list[tuple] = field(default_factory=list)  # extras not flagged uncertain (a subset of `extra`)
    overflagged: int = 0  # right rows flagged uncertain (`flagged_right`)
    #: indicators only: departments (the text field the expectations hold) read wrong or missing (`text_mismatches`)
    texts: list[NoteMismatch] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.recall >= 0.99 and self.precision >= 0.99


def unflagged_wrong(actual: list[dict], wanted: Counter, row_key: Callable[[dict], tuple]) -> list[tuple]:
    """The keys of the rows of `actual` that match no `wanted` key (extras) and are not flagged `uncertain`.

    Extras are counted over multisets, so when a key was read n times and wanted m < n times, n - m of its rows are
    extras; those are taken from the flagged rows first (a key read once certain and once flagged, wanted once,
    leaves no unflagged wrong value): the figure is a lower bound, never blames a flag that was raised."""
    read = Counter(row_key(r) for r in actual)
    flagged = Counter(row_key(r) for r in actual if r.get("uncertain") in (True, "True"))
    return sorted(k for k, n in (read - wanted).items() for _ in range(max(0, n - flagged[k])))


def flagged_right(actual: list[dict], wanted: Counter, row_key: Callable[[dict], tuple]) -> int:
    """How many rows of `actual` are flagged `uncertain` although they match a `wanted` key (over-flagged: a flag on
    every value of a table says nothing). Counted like `unflagged_wrong`, the extras of a key taken from its flagged
    rows first, so a flag that may be on a wrong value is never counted here: the figure is a lower bound."""
    read = Counter(row_key(r) for r in actual)
    flagged = Counter(row_key(r) for r in actual if r.get("uncertain") in (True, "True"))
    return sum(max(0, f - max(0, read[k] - wanted[k])) for k, f in flagged.items())


def goal_flagged(row: dict) -> bool:
    """The reading says the indicator's goal may be wrong: `goal_uncertain`, or the whole row `uncertain`."""
    return any(row.get(flag) in (True, "True") for flag in ("goal_uncertain", "uncertain"))


def goals_flagged_right(actual: list[dict], expected: list[dict]) -> int:
    """How many indicators of `actual` are flagged `goal_uncertain` although their goal is an expected goal of their
    name (over-flagged goals). Counted like `flagged_right`: the wrong goals of a name are taken from its flagged
    rows first, so the figure is a lower bound."""
    wanted: dict[str, Counter[str]] = {}
    for row in expected:
        wanted.setdefault(_field(row, "kpi_name"), Counter())[_field(row, "goal")] += 1
    over = 0
    for name, goals in wanted.items():
        rows = [r for r in actual if _field(r, "kpi_name") == name]
        read = Counter(_field(r, "goal") for r in rows)
        flagged = Counter(_field(r, "goal") for r in rows if r.get("goal_uncertain") in (True, "True"))
        over += sum(max(0, f - max(0, read[g] - goals[g])) for g, f in flagged.items() if goals[g])
    return over


@dataclass(frozen=True)
class GoalMismatch:
    """An indicator read under a goal its expectation does not give it (the name is expected, the goal is not)."""

    kpi_name: str
    read: str
    expected: tuple[str, ...]
    flagged: bool

    @property
    def partial(self) -> bool:
        """The read goal is the outer part of an expected one (inner headings lost, or the last one cut where it
        wrapped): the row is under no other goal, only less precisely placed."""
        parts = self.read.split(" / ") if self.read else []
        for goal in self.expected:
            wanted = goal.split(" / ")
            if len(parts) <= len(wanted) and parts[:-1] == wanted[:len(parts) - 1] and (
                    not parts or wanted[len(parts) - 1].startswith(parts[-1])):
                return True
        return False

    @property
    def deeper(self) -> bool:
        """The read goal is an expected one with inner levels below it (`… / 1-1 雇用の創出 / ①`: a measure column the
        reading saw and the expectation does not give): placed more finely, not under another goal. Whether the
        extra level is right is for the expectation to say; it is counted apart from another goal."""
        parts = self.read.split(" / ") if self.read else []
        return any(len(parts) > len(wanted) and parts[:len(wanted)] == wanted
                   for wanted in (goal.split(" / ") for goal in self.expected if goal))

    @property
    def other(self) -> bool:
        """Under another goal: neither a path cut short (`partial`) nor one with inner levels added (`deeper`)."""
        return not (self.partial or self.deeper)

    def describe(self) -> str:
        state = "flagged" if self.flagged else "UNFLAGGED"
        kind = " partial" if self.partial else " deeper" if self.deeper else ""
        return (f"{state}{kind} goal: {self.kpi_name}: read {self.read!r}, "
                f"expected {' | '.join(self.expected)!r}")


def goal_mismatches(actual: list[dict], expected: list[dict]) -> list[GoalMismatch]:
    """The indicators of `actual` whose name is expected but whose goal is no expected goal of that name.

    A row whose goal heading was lost carries the previous goal or none; the observation key has no goal, so this
    is the only place it shows. Over multisets per name (a name expected under two goals and read under the same
    two is right); the wrong readings are taken from the flagged indicators first, like `unflagged_wrong`."""
    wanted: dict[str, Counter[str]] = {}
    for row in expected:
        wanted.setdefault(_field(row, "kpi_name"), Counter())[_field(row, "goal")] += 1
    out = []
    for name, goals in wanted.items():
        rows = [r for r in actual if _field(r, "kpi_name") == name]
        wrong = Counter(_field(r, "goal") for r in rows) - goals
        flagged = Counter(_field(r, "goal") for r in rows if goal_flagged(r))
        for goal, n in sorted(wrong.items()):
            marked = min(n, flagged[goal])
            out += [GoalMismatch(name, goal, tuple(sorted(goals)), True)] * marked
            out += [GoalMismatch(name, goal, tuple(sorted(goals)), False)] * (n - marked)
    return out


TEXT_FIELDS = ("reason", "department", "progress")  # the text fields an analyst reads beside the values


@dataclass(frozen=True)
class NoteMismatch:
    """An indicator whose text field (`column`: its note, reason, department or progress label) is not an expected
    one of its name: `wrong` (a text read, none such expected) or missing (an expected text not read, the indicator
    read with none)."""

    kpi_name: str
    read: str
    expected: tuple[str, ...]
    flagged: bool
    column: str = "note"

    @property
    def wrong(self) -> bool:
        return bool(self.read)

    def describe(self) -> str:
        state = ("flagged" if self.flagged else "UNFLAGGED") + " wrong" if self.wrong else "missing"
        return (f"{state} {self.column}: {self.kpi_name}: read {self.read!r}, "
                f"expected {' | '.join(self.expected)!r}")


def folded_text(row: dict, column: str) -> str:
    """A text field compared without its spacing (`a; b` and `a;b`, a cell wrapped over two lines or not, are one
    text; folded by the project's own `normalize.text.nfkc`, CJK radicals included)."""
    return "".join(nfkc(_field(row, column)).split())


def note_mismatches(actual: list[dict], expected: list[dict], column: str = "note",
                    flags: tuple[str, ...] = ("note_uncertain", "uncertain")) -> list[NoteMismatch]:
    """The indicators of `actual` whose name is expected but whose `column` is no expected text of that name.

    A note (or a reason, department, progress label: `text_mismatches`) is data the analyst reads, so a wrong one (a
    title or heading taken for a row's remark, two notes run together) counts like a wrong value; over multisets per
    name like `goal_mismatches`. A read text not expected is `wrong` (flagged when the indicator has one of `flags`);
    an expected text not read, where an indicator of the name was read with none, is missing."""
    wanted: dict[str, Counter[str]] = {}
    for row in expected:
        wanted.setdefault(_field(row, "kpi_name"), Counter())[folded_text(row, column)] += 1
    out = []
    for name, texts in wanted.items():
        rows = [r for r in actual if _field(r, "kpi_name") == name]
        read = Counter(folded_text(r, column) for r in rows)
        shown = tuple(sorted(n for n in texts if n))
        flagged = Counter(folded_text(r, column) for r in rows if any(r.get(flag) in (True, "True")
                                                                       for flag in flags))
        for text, n in sorted((read - texts).items()):
            if text:
                marked = min(n, flagged[text])
                out += [NoteMismatch(name, text, shown, True, column)] * marked
                out += [NoteMismatch(name, text, shown, False, column)] * (n - marked)
        lost = sum(n for text, n in (texts - read).items() if text)
        out += [NoteMismatch(name, "", shown, False, column)] * min(lost, (read - texts)[""])
    return out


def text_mismatches(actual: list[dict], expected: list[dict]) -> list[NoteMismatch]:
    """The reasons, departments and progress labels (`TEXT_FIELDS`) of `actual` read wrong or missing against
    `expected`, each like a note (`note_mismatches`), flagged when the indicator is `uncertain`; a field the
    expectation does not hold (no such column) is not scored."""
    held = [c for c in TEXT_FIELDS if expected and c in expected[0]]
    return [m for column in held for m in note_mismatches(actual, expected, column, ("uncertain",))]


def score(actual: list[dict], expected: list[dict], columns: tuple[str, ...]) -> Score:
    """Multiset recall/precision of the keys of `actual` against `expected` (1.0 each when both are empty)."""
    read = Counter(key(r, columns) for r in actual)
    wanted = Counter(key(r, columns) for r in expected)
    hits = sum((read & wanted).values())
    recall = hits / sum(wanted.values()) if wanted else float(not read)
    precision = hits / sum(read.values()) if read else float(not wanted)
    return Score(recall, precision, sorted((wanted - read).elements()), sorted((read - wanted).elements()),
                 unflagged_wrong(actual, wanted, lambda r: key(r, columns)),
                 flagged_right(actual, wanted, lambda r: key(r, columns)))


def expected_rows(document: Path, table: str) -> list[dict]:
    """The hand-written rows of one table (`observations` or `indicators`) of one document."""
    with (EXPECTED / f"{document.stem}.{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read(document: Path) -> tuple[list[dict], list[dict], list[dict]]:
    """(observations, indicators, rejects) as the pipeline reads the document today."""
    return extraction_records(extract(load(document)))


def score_document(document: Path) -> tuple[Score, Score]:
    """(observations score, indicators score) of one document."""
    observations, indicators, _ = read(document)
    indicated = score(indicators, expected_rows(document, "indicators"), INDICATOR_KEY)
    indicated.texts = text_mismatches(indicators, expected_rows(document, "indicators"))
    return score(observations, expected_rows(document, "observations"), OBSERVATION_KEY), indicated


def main(arguments: list[str]) -> None:
    """Every document's scores, misses and extras; `--unflagged` lists only the unflagged wrong observations."""
    only_unflagged = "--unflagged" in arguments
    words = [a for a in arguments if not a.startswith("-")]
    unflagged = 0
    texts = 0
    for document in documents():
        if not all(w in document.stem for w in words):
            continue
        observed, indicated = score_document(document)
        unflagged += len(observed.unflagged)
        texts += len(indicated.texts)
        print(f"{document.name}: observations recall {observed.recall:.2f} precision {observed.precision:.2f}; "
              f"indicators recall {indicated.recall:.2f} precision {indicated.precision:.2f}; "
              f"unflagged wrong {len(observed.unflagged)}; departments wrong or missing {len(indicated.texts)}")
        for text in indicated.texts:
            print(f"    {text.describe()}")
        lists = ((("unflagged", observed.unflagged),) if only_unflagged else
                 (("missing", observed.missing + indicated.missing), ("extra", observed.extra + indicated.extra)))
        for label, rows in lists:
            for row in rows:
                print(f"    {label}: {row}")
    print(f"\n{unflagged} unflagged wrong observations (read, expected nowhere, not flagged uncertain); "
          f"{texts} departments read wrong or missing")


if __name__ == "__main__":
    main(sys.argv[1:])
