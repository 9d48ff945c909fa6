"""Goal headings of a text document → the goal path in force at each line.

Plan documents print their goal hierarchy as heading lines: `基本目標1 しごとの創生` (basic goal),
`基本目標1-1 安定した雇用の創出` (sub-goal), `具体的な施策② グローバル教育の推進` (measure; the title may
stand on the next line). A sub-goal number names its basic goal, so a misprinted basic-goal heading
(`基本目標2 まちの創生` right before `基本目標3-2`) is corrected from the sub-goal and reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalize.goals import ROMAN_LABEL
from normalize.text import nfkc, repair
from normalize.vocabulary import (
    CIRCLED_NUMBERS,
    GOAL_LABEL_PREFIXES,
    HEADER_WORDS,
    KINDS,
    MEASURE_HEADING_PREFIXES,
    NOTE_MARKS,
    SENTENCE_ENDINGS,
)

#: Longest heading line we accept; longer lines are prose that happens to start with a goal word.
MAX_HEADING_CHARS = 60
#: Marks that open list items (`- 起業しやすい環境の整備`) or bracketed glossary notes (003 `[%] 交流人口`),
#: never headings.
BULLET_MARKS = ("-", "•", "[")

_MEASURE_PREFIXES = tuple(p for p in GOAL_LABEL_PREFIXES if HEADER_WORDS.get(p) == "measure")
_PREFIXES = "|".join(map(re.escape, sorted(GOAL_LABEL_PREFIXES, key=len, reverse=True)))
_HEADING = re.compile(
    rf"^(?P<prefix>{_PREFIXES})\s*"
    rf"(?P<label>[0-9０-９]+(?:\s*[-－‐]\s*[0-9０-９]+)?|[{CIRCLED_NUMBERS}]|{ROMAN_LABEL})\s*(?P<title>.*)$"
)

#: A measure heading of other municipalities' plans (`施策１　地域医療の推進`, `施策２－１ …`, layouts 18/23): the
#: prefix stays part of the label, as the table interpreter's goal path keeps it (`施策1 地域医療の推進`).
_OTHER_MEASURE = re.compile(
    "^(?P<prefix>" + "|".join(map(re.escape, sorted(MEASURE_HEADING_PREFIXES, key=len, reverse=True))) + r")\s*"
    r"(?P<label>[0-9０-９]+(?:\s*[-－‐]\s*[0-9０-９]+)?)\s+(?P<title>\S.*)$"
)


@dataclass(frozen=True)
class Heading:
    """One goal heading: level is `basic`, `subgoal` or `measure`."""

    level: str
    label: str  # `1`, `1-1`, `②`
    title: str
    line: int  # 0-based index


@dataclass(frozen=True)
class GoalContext:
    """The goal path in force at one line."""

    basic: str | None = None
    subgoal: str | None = None
    measure: str | None = None
    subgoal_line: int | None = None


@dataclass
class GoalOutline:
    """The goal path at every line, plus what was corrected on the way."""

    contexts: list[GoalContext]
    has_measure_headings: bool
    warnings: list[str] = field(default_factory=list)


def is_prose(text: str) -> bool:
    """A sentence line (ends with `。`)."""
    return text.strip().endswith(SENTENCE_ENDINGS)


def is_heading_like(text: str) -> bool:
    """A short title line: no tab, not a sentence, note, bullet, table caption or goal heading."""
    stripped = text.strip()
    if not stripped or "\t" in text or len(stripped) > MAX_HEADING_CHARS or is_prose(stripped):
        return False
    if stripped.startswith(NOTE_MARKS) or stripped.startswith(BULLET_MARKS):
        return False
    caption = nfkc(repair(stripped)[0])
    return not any(word in caption for word in KINDS) and not _HEADING.match(stripped)


def parse_heading(text: str, index: int) -> Heading | None:
    """A goal heading line, or None."""
    if "\t" in text:
        return None
    stripped = text.strip()
    if len(stripped) > MAX_HEADING_CHARS:
        return None
    match = _HEADING.match(stripped)
    if not match:
        other = _OTHER_MEASURE.match(stripped)
        if other is None:
            return None
        label = re.sub(r"\s+", "", nfkc(other.group("prefix") + other.group("label")))
        return Heading("measure", label, other.group("title").strip(), index)
    label = re.sub(r"\s+", "", nfkc(match.group("label"))) if match.group("label") not in CIRCLED_NUMBERS \
        else match.group("label")
    title = match.group("title").strip()
    if match.group("prefix") in _MEASURE_PREFIXES:
        level = "measure"
    elif "-" in label:
        level = "subgoal"
    else:
        level = "basic"
    return Heading(level, label, title, index)


def _title_after(lines: list[str], index: int) -> str:
    """The title printed on the next non-empty line under a bare `具体的な施策②` heading."""
    for text in lines[index + 1:index + 4]:
        if text.strip():
            return text.strip() if is_heading_like(text) else ""
    return ""


def read_outline(lines: list[str]) -> GoalOutline:
    """Walk the headings in order and record the goal path in force at each line."""
    basic_titles: dict[str, str] = {}
    basic: tuple[str, str] | None = None
    basic_line = 0
    subgoal: str | None = None
    subgoal_line: int | None = None
    measure: str | None = None
    contexts: list[GoalContext] = []
    warnings: list[str] = []
    has_measures = False
    for index, text in enumerate(lines):
        heading = parse_heading(text, index)
        if heading and heading.level == "basic":
            basic, basic_line = (heading.label, heading.title), index
            basic_titles.setdefault(heading.label, heading.title)
            subgoal = measure = subgoal_line = None
        elif heading and heading.level == "subgoal":
            number = heading.label.split("-")[0]
            if basic is None or basic[0] != number:
                title = basic_titles.get(number) or (basic[1] if basic else "")
                if basic is not None:
                    warnings.append(
                        f"line {basic_line + 1}: basic-goal heading {lines[basic_line].strip()!r} disagrees with "
                        f"sub-goal {heading.label} at line {index + 1}; read as basic goal {number} {title}".rstrip()
                    )
                basic = (number, title)
            subgoal, subgoal_line, measure = f"{heading.label} {heading.title}".strip(), index, None
        elif heading and heading.level == "measure":
            has_measures = True
            title = heading.title or _title_after(lines, index)
            measure = f"{heading.label} {title}".strip()
        contexts.append(GoalContext(
            basic=f"{basic[0]} {basic[1]}".strip() if basic else None,
            subgoal=subgoal,
            measure=measure,
            subgoal_line=subgoal_line,
        ))
    return GoalOutline(contexts, has_measures, warnings)


def title_before_prose(lines: list[str], index: int, stop: int) -> str:
    """The title of an unlabelled measure: the heading-like line above the prose that precedes `index`.

    Walks up from `index` (exclusive) to `stop`, skipping blank and sentence lines; the first other line is the
    title when it looks like one, else there is no title.
    """
    for text in reversed(lines[stop:index]):
        if not text.strip() or is_prose(text):
            continue
        return text.strip() if is_heading_like(text) else ""
    return ""
