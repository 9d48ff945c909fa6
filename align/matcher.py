"""Same indicator or not? A pair of mentions → evidence → score → decision (same, grey or different).

A mention is one indicator as one document states it (all its rows and values in that document). The
decision adds points for each piece of evidence, so a reviewer can read why (`Evidence.reasons`):

| evidence | points |
|---|---|
| name key equal (寄付/寄附, `(累計)`, footnotes, brackets folded) | +4 |
| same content words in another order (`製造業の従業者数` / `従業者数(製造業のみ)`) | +3 |
| typo-level difference: similarity ≥ 90 and at most one word differs on each side | +2 |
| both names carry qualifier words the other lacks (`製造業の…` / `…(公務を除く)`) | −3, plus name bands |
| one name adds words (`年間観光入込客数` / `観光入込客数`): values must decide | 0 |
| otherwise similarity bands ≥ 75 / ≥ 60 / below | +1 / 0 / −2 |
| first value that agrees on the same (observed-or-target, period, segment) | +3 |
| each further agreeing value (at most +3 more) | +1.5 |
| agreeing value that is round (0, 100, one significant digit): weak | +0.5 |
| observed value (baseline/actual) disagrees for the same period | −1.5 each, at most −3 |
| target disagrees for the same period (targets get revised) | −0.5 each, at most −1 |
| same unit family / different unit family | +1 / −4 |
| same labelled sub-goal (`1-2`) / different labelled sub-goal | +0.5 / −1 |
| same kind (数値目標, KPI …) | +0.5 |

score ≥ `SAME_AT` → same; score < `GREY_FROM` → different; in between → grey: kept apart and written to the
review table. Agreement of values is counted on the period the value refers to, so a baseline of one
document (`現状値 令和5年度`) meets the actual of another (`令和5年度 実績値`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from align.names import NameForm, extra_words
from normalize.vocabulary import UNIT_FAMILIES

SAME_AT = 4.0
GREY_FROM = 2.0
#: The most that unit (+1), sub-goal (+0.5) and kind (+0.5) add to a pair's score (blocking relies on it).
CONTEXT_POINTS_MAX = 2.0
#: Names at least this similar (0–100, rapidfuzz ratio on keys) with one word differing are typo variants.
TYPO_SIMILARITY = 90.0

OBSERVED = "observed"
TARGET = "target"
ROLE_CLASS = {"baseline": OBSERVED, "actual": OBSERVED, "target": TARGET}
_SUBGOAL = re.compile(r"^(\d+-\d+)(?:\s|$)")

#: (observed-or-target, period, segment) → the values stated for it.
ValueKey = tuple[str, str, str | None]


@dataclass
class Mention:
    """One indicator in one document: its name form, context and the values the document states."""

    source_file: str
    form: NameForm
    names: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    goals: set[str] = field(default_factory=set)
    units: set[str] = field(default_factory=set)
    values: dict[ValueKey, set[float]] = field(default_factory=dict)
    #: alignment group (`cluster.government_groups`): only mentions of one group are compared
    group: str = ""

    @property
    def mention_id(self) -> str:
        """Unique within a run: the document and the name key (or the goal path for a nameless row)."""
        return f"{self.source_file}|{self.form.key or '?' + min(self.goals, default='')}"

    @property
    def label(self) -> str:
        return min(self.names, default=self.form.name) or "(no name)"

    def add_value(self, role: str | None, period: str | None, segment: str | None, value: float | None,
                  unit: str | None) -> None:
        """A value row's unit and value. A missing field is None, or a float NaN (rows read through a dataframe:
        `x != x`, told inline: alignment adds every value row of the run)."""
        if unit and unit == unit:
            self.units.add(UNIT_FAMILIES.get(unit, unit))  # `unit_family`, inlined
        role_class = ROLE_CLASS.get(role)
        if role_class is None or value is None or value != value or period is None or period != period:
            return
        key = (role_class, period, None if segment != segment else segment)
        stated = self.values.get(key)
        if stated is None:
            self.values[key] = {value}
        else:
            stated.add(value)


@dataclass
class Evidence:
    """Why two mentions were judged the same or not."""

    score: float
    name_similarity: float
    agreeing: int
    disagreeing: int
    reasons: list[str]

    @property
    def decision(self) -> str:
        if self.score >= SAME_AT:
            return "same"
        return "grey" if self.score >= GREY_FROM else "different"


def unit_family(unit: str) -> str:
    """Units already in base units (万人 → 人); a few printed spellings share one family."""
    return UNIT_FAMILIES.get(unit, unit)


@lru_cache(maxsize=1 << 16)
def _significant_digits(value: float) -> int:
    digits = f"{abs(value):.6f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0").rstrip("0")
    return len(digits)


@lru_cache(maxsize=1 << 16)
def rounding_step(value: float) -> float:
    """Half-unit of the last printed digit of an integer printed with >= 3 significant digits and
    trailing zeros (`425.1万` = 4,251,000 → 500); 0 for anything else (compared exactly)."""
    if value != int(value) or _significant_digits(value) < 3:
        return 0.0
    text = str(int(abs(value)))
    return 10 ** (len(text) - len(text.rstrip("0"))) / 2 if text.endswith("0") else 0.0


def values_agree(a: float, b: float) -> bool:
    """Equal, or equal within the rounding of the coarser number (`425.1万人` ~ `4,251,251人`).

    Rounding applies only to integers printed with at least three significant digits, so `1,400` never
    absorbs `1,418`.
    """
    if abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b)):
        return True
    return abs(a - b) <= max(rounding_step(a), rounding_step(b))


def any_agree(left: set[float], right: set[float]) -> bool:
    """Some value of one set agrees with some value of the other (`values_agree`, inlined: alignment asks
    this for every shared period of every candidate pair)."""
    if not left.isdisjoint(right):
        return True
    for x in left:
        step_x, size_x = rounding_step(x), max(1.0, abs(x))
        for y in right:
            gap = abs(x - y)
            if gap <= step_x or gap <= 1e-9 * max(size_x, abs(y)) or gap <= rounding_step(y):
                return True
    return False


def is_round(values: Iterable[float]) -> bool:
    return all(_significant_digits(v) <= 1 for v in values)


@lru_cache(maxsize=1 << 12)
def subgoals(goals: frozenset[str]) -> frozenset[str]:
    """The labelled sub-goals (`1-2`) of a mention's goal paths."""
    found = set()
    for goal in goals:
        for part in goal.split(" / "):
            match = _SUBGOAL.match(part.strip())
            if match:
                found.add(match.group(1))
    return frozenset(found)


def _name_points(a: NameForm, b: NameForm, reasons: list[str] | None) -> tuple[float, float]:
    """(points, similarity 0-100) from the two names."""
    if a.empty or b.empty:
        if reasons is not None:
            reasons.append("name missing on one side: values decide")
        return 0.0, 0.0
    if a.key == b.key:  # most candidate pairs: one name restated by another edition
        if reasons is not None:
            reasons.append("name key equal")
        return 4.0, 100.0
    similarity = fuzz.ratio(a.key, b.key)
    if a.words == b.words:
        if reasons is not None:
            reasons.append("same content words, other order")
        return 3.0, similarity
    only_a, only_b = extra_words(a.words, b.words), extra_words(b.words, a.words)
    if similarity >= TYPO_SIMILARITY and len(only_a) <= 1 and len(only_b) <= 1:
        if reasons is not None:
            reasons.append(f"typo-level name difference ({similarity:.0f})")
        return 2.0, similarity
    band = 1.0 if similarity >= 75 else 0.0 if similarity >= 60 else -2.0
    if only_a and only_b:
        if reasons is not None:
            reasons.append(f"different qualifiers: {'・'.join(sorted(only_a))} vs {'・'.join(sorted(only_b))}")
        return band - 3.0, similarity
    if only_a or only_b:
        if reasons is not None:
            reasons.append(f"one name adds: {'・'.join(sorted(only_a or only_b))}")
        return 0.0, similarity
    if reasons is not None:
        reasons.append(f"name similarity {similarity:.0f}")
    return band, similarity


def _value_points(a: Mention, b: Mention, reasons: list[str] | None) -> tuple[float, int, int]:
    points, agreeing, disagreeing = 0.0, 0, 0
    agree_points: list[float] = []
    observed_penalty = target_penalty = 0.0
    shared = a.values.keys() & b.values.keys()
    for key in sorted(shared, key=str) if reasons is not None else shared:
        left, right = a.values[key], b.values[key]
        if any_agree(left, right):
            agreeing += 1
            agree_points.append(0.5 if is_round(left | right) else 1.0)
            if reasons is not None:
                reasons.append(f"agree {key[0]} {key[1]}{' ' + key[2] if key[2] else ''}: {sorted(left)[0]:g}")
        else:
            disagreeing += 1
            if reasons is not None:
                reasons.append(f"differ {key[0]} {key[1]}: {sorted(left)} vs {sorted(right)}")
            if key[0] == OBSERVED:
                observed_penalty += 1.5
            else:
                target_penalty += 0.5
    strong = sorted(agree_points, reverse=True)
    if strong:
        points += 3.0 if strong[0] == 1.0 else 0.5
        points += min(3.0, sum(1.5 if p == 1.0 else 0.5 for p in strong[1:]))
    points -= min(3.0, observed_penalty) + min(1.0, target_penalty)
    return points, agreeing, disagreeing


def _context_points(mine: Iterable[str], theirs: Iterable[str], same: float, differ: float, same_text: str,
                    differ_text: str | None, reasons: list[str] | None) -> float:
    """Points from one context both mentions state (unit families, sub-goals, kinds): `same` when they share a
    member, `differ` when they share none; nothing when either side states none."""
    mine, theirs = set(mine), set(theirs)
    if not (mine and theirs):
        return 0.0
    shared = mine & theirs
    if reasons is not None:
        if shared:
            reasons.append(same_text.format("/".join(sorted(shared))))
        elif differ_text:
            reasons.append(differ_text.format("/".join(sorted(mine)), "/".join(sorted(theirs))))
    return same if shared else differ


def compare(a: Mention, b: Mention) -> Evidence:
    """All evidence on whether two mentions (of different documents) are one indicator, with its reasons.

    Alignment scores its candidate pairs without reasons, many at once (`scoring.MentionTable`, the same
    score and counts), and explains only the pairs whose reasons are read (grey ones).
    """
    reasons: list[str] = []
    score, similarity = _name_points(a.form, b.form, reasons)
    value_points, agreeing, disagreeing = _value_points(a, b, reasons)
    score += value_points
    score += _context_points(a.units, b.units, 1.0, -4.0, "unit {}", "unit differs: {} vs {}", reasons)
    score += _context_points(subgoals(frozenset(a.goals)), subgoals(frozenset(b.goals)), 0.5, -1.0,
                             "same sub-goal {}", "different sub-goal {} vs {}", reasons)
    score += _context_points(a.kinds, b.kinds, 0.5, 0.0, "same kind {}", None, reasons)
    return Evidence(score, similarity, agreeing, disagreeing, reasons or [])


@lru_cache(maxsize=1 << 16)
def name_score(a: NameForm, b: NameForm) -> tuple[float, float]:
    """`_name_points` without reasons, cached: editions restate the same names, so pairs of forms repeat."""
    return _name_points(a, b, None)


def reprinted_row(a: Mention, b: Mention) -> bool:
    """Two mentions of ONE document that are one row printed twice with a typo in the name
    (000 prints `…住みよいつ感じている…` in one copy of a table and `…住みよいと感じている…` in another).

    Otherwise two names of one document are two indicators and never merge. The bar is high: typo-level
    names, at least two agreeing values and none differing.
    """
    if a.form.empty or b.form.empty:
        return False
    name_points, _ = _name_points(a.form, b.form, None)
    if name_points < 2.0:  # most look-alikes of one document are two indicators: their values need no reading
        return False
    _, agreeing, disagreeing = _value_points(a, b, None)
    return agreeing >= 2 and disagreeing == 0
