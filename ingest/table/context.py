"""Text around the tables: goal headings (`基本目標1-1 …`, `具体的な施策① …`, `…プロジェクト`), kind captions
(`数値目標`, `重要業績評価指標（ＫＰＩ）`) and `※` notes under a table.

Page headers, footers and page numbers are ordinary lines here: they are neither headings nor captions, so they
change nothing (and they never enter a table, whose cells come from the grid alone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.table.header import compact, kind_of
from normalize.goals import ROMAN_LABEL
from normalize.text import nfkc
from normalize.vocabulary import (
    BULLET_MARKS,
    CAPTION_BRACKETS,
    CIRCLED_NUMBERS,
    DEPARTMENT_FIELD_SEPARATORS,
    DEPARTMENT_HEADER_WORDS,
    DEPARTMENT_SUFFIXES,
    GOAL_LABEL_PREFIXES,
    HEADER_WORDS,
    MEASURE_HEADING_PREFIXES,
    NOTE_MARKS,
    PROJECT_HEADING_SUFFIXES,
    SENTENCE_ENDINGS,
    TOP_HEADING_PREFIXES,
)

#: A heading's label after its prefix word: `1`, `1-2`, `①`, a Roman numeral (`基本目標Ⅱ`, folded by NFKC to `II`,
#: common in other governments' plans), optionally bracketed (`基本目標（１）`).
_HEADING_LABEL = rf"\(?(\d+\s*-\s*\d+|\d+|{ROMAN_LABEL}|[{CIRCLED_NUMBERS}])\)?"
_GOAL_HEADING = re.compile("^(?:" + "|".join(map(re.escape, GOAL_LABEL_PREFIXES)) + rf")\s*{_HEADING_LABEL}\s*\S")
_MEASURE_HEADING = re.compile(
    "^(?:" + "|".join(map(re.escape, MEASURE_HEADING_PREFIXES)) + rf")\s*{_HEADING_LABEL}\s*\S"
)
#: A top goal heading of another prefix (`政策１ …`, `柱２ …`), kept with its prefix in the goal path.
_TOP_HEADING = re.compile("^(?:" + "|".join(map(re.escape, TOP_HEADING_PREFIXES)) + rf")\s*{_HEADING_LABEL}\s*\S")
#: A project heading is a short line of its own.
PROJECT_HEADING_MAX_CHARS = 30
#: A goal heading printed without its prefix word (`1-1 安定した雇用の創出`, `① 農業の成長産業化`, `1 しごとの創生`:
#: the goal path of a document exported by another program): a label, a space, a short title that is no sentence.
_BARE_HEADING = re.compile(rf"^(\d+\s*-\s*\d+|\d+|[{CIRCLED_NUMBERS}])\s+(?P<title>[^\d\s!-~].*)$")
BARE_TITLE_CHARS = (3, 40)


_DEPARTMENT_WORDS = sorted({nfkc(w) for w, role in HEADER_WORDS.items() if role == "department"}
                           | {nfkc(w) for w in DEPARTMENT_HEADER_WORDS}, key=len, reverse=True)
_DEPARTMENT_FIELD = re.compile(
    "^(?:" + "|".join(map(re.escape, _DEPARTMENT_WORDS)) + ")\\s*(?:" +
    "|".join(map(re.escape, map(nfkc, DEPARTMENT_FIELD_SEPARATORS))) + ")\\s*(?P<name>\\S+)$")
#: Brackets around a field line (`（所管課：健康増進課）`), after NFKC.
_FIELD_BRACKETS = nfkc(CAPTION_BRACKETS) + "()"


def department_field(text: str) -> str | None:
    """The department a field line names for the table under it (`所管課：健康増進課`, `（担当課：企画課）`;
    layouts 23), else None. The name must end like a department (`課`, `室`, `局`, `センター`)."""
    folded = nfkc(text).strip().lstrip(BULLET_MARKS).strip(_FIELD_BRACKETS).strip()
    match = _DEPARTMENT_FIELD.match(folded)
    if not match or not match.group("name").endswith(DEPARTMENT_SUFFIXES):
        return None
    return match.group("name")


@dataclass
class TextLine:
    """A line of text outside every table, with its position (PDF points, or the line number of a text layer),
    the drawn box around it, if any, and its 1-based text line when it comes from a text layer."""

    text: str
    top: float
    bottom: float
    box: int | None = None
    fills_width: bool = False  # reaches the right margin: a wrapped line continues below
    line: int | None = None


def _bare_heading(folded: str) -> re.Match[str] | None:
    match = _BARE_HEADING.match(folded)
    if not match:
        return None
    title = match.group("title").strip()
    low, high = BARE_TITLE_CHARS
    # a title holds no digit: `366 日 366 日` is two values, not a heading
    if not low <= len(title) <= high or title.endswith(SENTENCE_ENDINGS) or any(ch.isdigit() for ch in title):
        return None
    return match


def goal_level(text: str) -> int | None:
    """0 for a basic goal or project heading, 1 for a sub-goal `N-M`, 2 for a measure `①`; None otherwise."""
    # NFKC would turn ① into 1; fold everything except the circled numbers.
    folded = "".join(ch if ch in CIRCLED_NUMBERS else nfkc(ch) or " " for ch in text).strip()
    if _MEASURE_HEADING.match(folded):
        return 2
    if _TOP_HEADING.match(folded):
        return 0
    match = _GOAL_HEADING.match(folded) or _bare_heading(folded)
    if match:
        label = match.group(1)
        if label in CIRCLED_NUMBERS:
            return 2
        return 1 if "-" in label else 0
    short = compact(text).lstrip(BULLET_MARKS)
    if len(short) <= PROJECT_HEADING_MAX_CHARS and short.endswith(PROJECT_HEADING_SUFFIXES) and not kind_of(text):
        return 0
    return None


@dataclass
class Surroundings:
    """The running state of headings and captions while walking a document in reading order."""

    goal: list[str] = field(default_factory=list)
    pending_kind: str | None = None
    #: the department a field line above the table names (`所管課：健康増進課`), until the next goal heading
    department: str | None = None
    changed: bool = False  # a heading or caption since the last table: a new table, not a continuation

    def read(self, lines: list[TextLine]) -> list[str]:
        """Update from lines (reading order); return the `※` note lines met."""
        notes: list[str] = []
        in_note = False
        i = 0
        while i < len(lines):
            line = lines[i]
            level = goal_level(line.text)
            continues_note = in_note and lines[i - 1].fills_width
            in_note = False
            if level is not None:
                text = line.text
                # A heading drawn in a box continues on the next lines of the same box.
                while line.box is not None and i + 1 < len(lines) and lines[i + 1].box == line.box:
                    i += 1
                    text += "\n" + lines[i].text
                self.goal = [*self.goal[:level], *[""] * (level - len(self.goal)), text][: level + 1]
                self.department = None
                self.changed = True
            elif (department := department_field(line.text)) is not None:
                self.department = department
                self.changed = True
            elif kind_of(line.text):
                self.pending_kind = kind_of(line.text)
                self.changed = True
            elif line.text.strip().startswith(NOTE_MARKS):
                notes.append(line.text.strip())
                in_note = True
            elif continues_note:
                notes[-1] += line.text.strip()  # the note wrapped onto this line
                in_note = True
            i += 1
        return notes
