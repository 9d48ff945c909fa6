"""Text around the tables: goal headings (`基本目標1-1 …`, `具体的な施策① …`, `…プロジェクト`), kind captions
(`数値目標`, `重要業績評価指標（ＫＰＩ）`) and `※` notes under a table.

Page headers, footers and page numbers are ordinary lines here: they are neither headings nor captions, so they
change nothing (and they never enter a table, whose cells come from the grid alone).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import groupby, pairwise
from typing import NamedTuple

from ingest.document import file_line
from ingest.table.header import (
    compact,
    continued_caption,
    continued_heading,
    header_role,
    is_caption,
    is_header_text,
    kind_of,
    opens_new_table,
    policy_heading,
    side_caption,
)
from ingest.text.furniture import indicator_quoted, note_line, page_number_line, quoted_names
from normalize.cell import parse_cell
from normalize.goals import BRACKET_CLOSE, GOAL_HEADING_START, HEADING_LABEL, goal_part
from normalize.header import caption_role, caption_role_years, stacked_legend
from normalize.periods import parse_period
from normalize.text import display_width, is_unit_word, longest_first, nfkc, one_line, repair, single_glyph
from normalize.vocabulary import (
    ACTIVITY_HEADING_PREFIXES,
    ALL_ROLE_WORDS,
    BULLET_MARKS,
    CAPTION_BRACKETS,
    CIRCLED_NUMBERS,
    DEPARTMENT_FIELD_SEPARATORS,
    DEPARTMENT_HEADER_WORDS,
    DEPARTMENT_SUFFIXES,
    GOAL_COLUMN_ROLES,
    GOAL_LABEL_PREFIXES,
    GOAL_NAME_QUOTES,
    GOAL_TITLE_FRAME_LINKS,
    GOAL_TITLE_FRAMES,
    GRADE_MARKS,
    HEADER_WORDS,
    KINDS,
    LINE_CONTINUATION_OPENINGS,
    MEASURE_HEADING_PREFIXES,
    MEASURE_SECTION_HEADINGS,
    NAME_OPEN_ENDINGS,
    PROGRESS_LABELS,
    PROJECT_HEADING_SUFFIXES,
    QUALIFIERS,
    SENTENCE_ENDINGS,
    STATEMENT_ARROWS,
    STATEMENT_GOAL_KIND,
    STATEMENT_OTHER_KIND,
    TOP_HEADING_PREFIXES,
    UNIT_HEADER_WORDS,
    UNITS,
)

#: a goal heading with its title (`【基本目標１】` alone is a label in brackets, no heading)
_GOAL_HEADING = re.compile(rf"{GOAL_HEADING_START}\s*(?!{BRACKET_CLOSE})\S")
_MEASURE_HEADING = re.compile(
    "^(?:" + "|".join(map(re.escape, MEASURE_HEADING_PREFIXES)) + rf")\s*{HEADING_LABEL}\s*\S"
)
#: An activity heading under a measure (`具体的な取組③ …`), the goal level ACTIVITY_LEVEL.
_ACTIVITY_HEADING = re.compile(
    "^(?:" + "|".join(map(re.escape, longest_first(ACTIVITY_HEADING_PREFIXES))) + rf")\s*{HEADING_LABEL}\s*\S"
)
#: The goal level of an activity heading: under a measure (level 2).
ACTIVITY_LEVEL = 3
#: A top goal heading of another prefix (`政策１ …`, `柱２ …`), kept with its prefix in the goal path.
_TOP_HEADING = re.compile("^(?:" + "|".join(map(re.escape, TOP_HEADING_PREFIXES)) + rf")\s*{HEADING_LABEL}\s*\S")


#: The level of a policy heading under a project: a measure's (project / the project's field / policy).
POLICY_LEVEL = 2


def policy_level(text: str, outer: str) -> int | None:
    """POLICY_LEVEL for a policy heading (`重点施策 1-1 方針1:…`) under `outer`, a project heading complete on its
    line (`…プロジェクト`); None otherwise (a policy line elsewhere is no heading `goal_level` knows)."""
    return POLICY_LEVEL if policy_heading(text) and is_complete_heading(outer) else None


#: A project heading is a short line of its own.
PROJECT_HEADING_MAX_CHARS = 30
#: A goal heading printed without its prefix word (`1-1 安定した雇用の創出`, `① 農業の成長産業化`, `1 しごとの創生`:
#: the goal path of a document exported by another program): a label, a space, a short title that is no sentence.
_BARE_HEADING = re.compile(rf"^(\d+\s*-\s*\d+|\d+|[{CIRCLED_NUMBERS}])\s+(?P<title>[^\d\s!-~].*)$")
BARE_TITLE_CHARS = (3, 40)
#: A grade mark or progress label printed as a word of its own (`4 自主防災組織の組織率 ×`, `2 達成 観光入込客数`):
#: a row's grade cell beside its number and name (a parent row printing no value), never a word of a goal's title.
ROW_GRADE_WORDS = frozenset(nfkc(word) for word in (*GRADE_MARKS, *PROGRESS_LABELS))
#: A unit and a bound right after the number (`65 歳以上の高齢者のうち…`, `20 人未満の…`): the number is a quantity
#: in a sentence (a note cell's line a text layer prints apart), not a goal's label.
_QUANTITY_START = re.compile("^(?:" + "|".join(map(re.escape, sorted(UNITS, key=len, reverse=True))) + ")\\s*(?:"
                             + "|".join(map(re.escape, QUALIFIERS)) + ")")


_DEPARTMENT_WORDS = longest_first([*(nfkc(w) for w, role in HEADER_WORDS.items() if role == "department"),
                                   *(nfkc(w) for w in DEPARTMENT_HEADER_WORDS)])
#: A label and its name after a separator, or a space alone (`担当課 企画政策課`: a box's label cell and value cell side
#: by side, layouts 167).
_DEPARTMENT_FIELD = re.compile(
    "^(?:" + "|".join(map(re.escape, _DEPARTMENT_WORDS)) + ")(?:\\s*(?:" +
    "|".join(map(re.escape, map(nfkc, DEPARTMENT_FIELD_SEPARATORS))) + ")\\s*|\\s+)(?P<name>\\S+)$")
#: Brackets around a field line (`（所管課：健康増進課）`), after NFKC.
_FIELD_BRACKETS = nfkc(CAPTION_BRACKETS) + "()"


def department_field(text: str) -> str | None:
    """The department a field line names for the table under it (`所管課：健康増進課`, `（担当課：企画課）`;
    layouts 23; `担当課 企画政策課`, layouts 167), else None. The name must end like a department (`課`, `室`, `局`,
    `センター`)."""
    folded = nfkc(text).strip().lstrip(BULLET_MARKS).strip(_FIELD_BRACKETS).strip()
    match = _DEPARTMENT_FIELD.match(folded)
    if not match or not match.group("name").endswith(DEPARTMENT_SUFFIXES):
        return None
    return match.group("name")


def box_department(texts: Sequence[str]) -> str | None:
    """The department a one-row box of label and value cells names (`事業名 | 移住定住促進事業 | 担当課 | 企画政策課`,
    the field box over an indicator table of a 事務事業評価シート; layouts 211): a department label cell and the cell
    after it, read as the field line `担当課：企画政策課` would be; else None."""
    cells = [nfkc(text).strip() for text in texts if text.strip()]
    found = {department_field(f"{label} {value}") for label, value in pairwise(cells)
             if label in _DEPARTMENT_WORDS}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


_UNIT_FIELD = re.compile(
    "^(?:" + "|".join(map(re.escape, map(nfkc, UNIT_HEADER_WORDS))) + ")\\s*(?:" +
    "|".join(map(re.escape, map(nfkc, DEPARTMENT_FIELD_SEPARATORS))) + ")\\s*(?P<unit>\\S+)$")


_DEPARTMENT_TAIL = re.compile(
    r"^(?P<head>.*\S)\s+(?P<label>" + "|".join(map(re.escape, _DEPARTMENT_WORDS)) + ")\\s*(?:[" +
    re.escape("".join(DEPARTMENT_FIELD_SEPARATORS)) + "]\\s*|\\s+)?(?P<name>\\S+)$")


#: A line's last word after a space (`■重要業績評価指標（KPI）　（単位：千人）`: a caption and the table's unit field).
_LAST_WORD = re.compile(r"^(?P<head>.*\S)\s+(?P<tail>\S+)$")


def fields_apart(line: TextLine) -> list[TextLine]:
    """The line, or the two lines it prints when it closes with a field after a space: a department field (`施策 1-1
    地域産業の担い手を育てる 担当課 農林振興課`: an evaluation box's first row, label and value cells side by side;
    layouts 137): the heading, then the field line `担当課：農林振興課`; a unit field (a caption with the table's unit
    at its right end, `■重要業績評価指標（KPI）　（単位：千人）`; layouts 164): the caption, then `（単位：千人）`; a
    bracketed label after a caption naming a kind: the caption, then the label; a bracketed caption naming a kind
    after a goal heading (`施策１　移住・定住の促進　【重要業績評価指標（KPI）】`: a page whose left half prints the
    measure's prose, its right half the measure's KPI table under that caption; layouts 266): the heading, then the
    caption."""
    last = _LAST_WORD.match(line.text.strip())
    if last is not None and (unit_field(last.group("tail")) is not None or (
            last.group("tail")[:1] in CAPTION_BRACKETS and (is_caption(last.group("head")) or (
                side_caption(line.text) is not None and goal_level(last.group("head")) is not None)))):
        # ...and a caption naming a kind with a bracketed label at its right (`３．数値目標の達成状況   【基本目標１】`)
        return [replace(line, text=last.group("head")), replace(line, text=last.group("tail"))]
    match = _DEPARTMENT_TAIL.match(line.text.strip())
    if match is None:
        return [line]
    field_line = f"{match.group('label')}{DEPARTMENT_FIELD_SEPARATORS[-1]}{match.group('name')}"
    if department_field(field_line) is None:
        return [line]
    return [replace(line, text=match.group("head")), replace(line, text=field_line)]


def headings_beside(line: TextLine) -> list[TextLine]:
    """The line, or the goal headings of one level it prints side by side after a space (`基本目標１ 町の産業を元気に
    する 基本目標２ 安心して子育てできる町にする`: a page in two text columns, or two tables side by side, as a text
    layer prints the columns' first lines on one line; layouts 253): one line each, the later ones `beside`."""
    text = line.text.strip()
    level = goal_level(text) if _labelled_heading(text) else None
    if level is None:
        return [line]
    starts = [0] + [m.end() for m in re.finditer(r"\s+", text)
                    if _labelled_heading(text[m.end():]) and goal_level(text[m.end():]) == level]
    if len(starts) < 2:
        return [line]
    return [replace(line, text=text[a:b].strip(), beside=k > 0)
            for k, (a, b) in enumerate(zip(starts, [*starts[1:], len(text)], strict=True))]


def _labelled_heading(text: str) -> bool:
    """The text opens with a heading's label word and number (`基本目標２`, `施策2-3`, `具体的な取組③`), not with a
    bare number or a title alone: what can tell a second heading printed right of a first on one line."""
    folded = _fold(text)
    return any(pattern.match(folded) for pattern in (_GOAL_HEADING, _MEASURE_HEADING, _ACTIVITY_HEADING))


def prints_row(text: str) -> bool:
    """The line has a table row's shape, a name then its values (`農業産出額 億円 21.0 24.8`; `ingest.unread.row_shape`,
    the one test of it): a note printed above such a line ends there, the line is no wrapped end of it (its values
    would be lost into the note's text), whose sentence runs on without spaces between its figures."""
    from ingest.unread import row_shape  # unread reads the interpreter's warnings: imported here, not at the top

    return row_shape(text) is not None


def is_unit_text(text: str) -> bool:
    """The text is a unit alone, perhaps with its multiplier (`人`, `千人`, `百万円`, `％`): what a value printed
    without unit is counted in (read as `records.build._with_unit` applies it)."""
    probe = parse_cell("1" + nfkc(text).strip())
    return len(probe) == 1 and probe[0].value is not None and probe[0].unit is not None and not probe[0].note \
        and not probe[0].qualifier and probe[0].period is None


def unit_field(text: str) -> str | None:
    """The one unit a field line names for the bare numbers of the table under it (`（単位：人）`, `単位：千円`;
    layouts 69), else None (a line naming several units, `（単位：人、件）`, says which row has which no better)."""
    folded = nfkc(text).strip().strip(_FIELD_BRACKETS).strip()
    match = _UNIT_FIELD.match(folded)
    return match.group("unit") if match and is_unit_text(match.group("unit")) else None


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
    #: a goal heading printed on one line right of another of its level (`headings_beside`)
    beside: bool = False


class Heading(NamedTuple):
    """A goal heading met outside the tables."""

    text: str
    #: read from a page title (`titled_goal`)
    titled: bool
    #: its 1-based text line, when it comes from a text layer
    line: int | None
    #: the goal path it opens
    path: tuple[str, ...]


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    """The text after NFKC, its circled numbers kept (NFKC would turn ① into 1), stripped (remembered: the same
    line is asked about by several heading tests)."""
    return "".join(ch if ch in CIRCLED_NUMBERS else nfkc(ch) or " " for ch in text).strip()


def _bare_heading(folded: str) -> re.Match[str] | None:
    match = _BARE_HEADING.match(folded)
    if not match:
        return None
    title = match.group("title").strip()
    low, high = BARE_TITLE_CHARS
    # a title holds no digit: `366 日 366 日` is two values, not a heading; nor is it a unit alone: `187 事業所`
    # (a value whose unit the text layer printed apart) is no heading `1 しごとの創生`
    if not low <= len(title) <= high or title.endswith(SENTENCE_ENDINGS) or any(ch.isdigit() for ch in title) \
            or is_unit_word(title) or _QUANTITY_START.match(title):
        return None
    if " " not in title and title.endswith(DEPARTMENT_SUFFIXES):
        return None  # `200 こども課`: a row's last value and its department cell, a paragraph of a text layer (162)
    return match


def graded_row(text: str) -> bool:
    """A line that would read as a bare heading (`1 しごとの創生`) but prints a grade mark or progress label as a word
    of its own (`4 自主防災組織の組織率 ×`, `2 達成 観光入込客数`): a table row's number, name and grade cell (a parent
    row printing no value), no heading. Asked by readers of table rows, not by `goal_level`: a reader that cannot read
    such a line as a row keeps what it read of it before."""
    match = _BARE_HEADING.match(_fold(text))
    return match is not None and any(word in ROW_GRADE_WORDS for word in match.group("title").split())


def _is_bare(heading: str) -> bool:
    """A goal heading printed without its prefix word (`1 しごとの創生`), as `goal_level` reads it."""
    folded = _fold(heading)
    return not (_MEASURE_HEADING.match(folded) or _TOP_HEADING.match(folded) or _GOAL_HEADING.match(folded)
                or _ACTIVITY_HEADING.match(folded)) \
        and _bare_heading(folded) is not None


@lru_cache(maxsize=1 << 16)
def goal_level(text: str) -> int | None:
    """0 for a basic goal or project heading, 1 for a sub-goal `N-M`, 2 for a measure `①`, ACTIVITY_LEVEL for an
    activity under a measure (`具体的な取組③`); None otherwise. Remembered, as `is_complete_heading` (functions of the
    text alone): every line around every table asks again (issue 13: 18,913 calls for 518 texts on the bench corpus)."""
    folded = _fold(text)
    if _ACTIVITY_HEADING.match(folded):
        return ACTIVITY_LEVEL
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
    return 0 if is_complete_heading(text) else None


#: A list number opening a line (`（３）`, `2.`, `3）`), folded: a numbered title's or a list item's.
LIST_NUMBER = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.)](?!\d))\s*")
_MEASURE_SECTIONS = {compact(word) for word in MEASURE_SECTION_HEADINGS}
_ROLE_OR_ARROW = re.compile("|".join(map(re.escape, longest_first(nfkc(word) for word in (
    *ALL_ROLE_WORDS, *STATEMENT_ARROWS)))))


def measure_section(text: str) -> bool:
    """A line that only heads a strategy's measures (`■具体的な施策`, `＜主な施策＞`: MEASURE_SECTION_HEADINGS)."""
    return compact(text).strip(BULLET_MARKS + nfkc(CAPTION_BRACKETS)) in _MEASURE_SECTIONS


def numbered_title(text: str) -> bool:
    """A numbered title (`（３）子育て支援の充実`, `2. 観光の振興`): a list number, then a short title without
    figures, arrows or value-role words that is no sentence. Right above what it owns it is a measure's heading."""
    folded = _fold(text)
    number = LIST_NUMBER.match(folded)
    title = folded[number.end():].strip() if number else ""
    return bool(title) and not any(ch.isdigit() for ch in title) and not _ROLE_OR_ARROW.search(title) \
        and not title.endswith(SENTENCE_ENDINGS) and len(title) <= MAX_TITLE_CHARS


def owner_kind(goal: Sequence[str], under_measure: bool = False) -> str | None:
    """The kind of the indicators (a table's rows, statements) the headings in force own, for those no caption word
    names (`数値目標`, `重要業績評価指標`, `KPI` win over it): a strategy states 数値目標 per basic goal and KPI per
    measure (national guidelines). KPI under a measure heading (`施策（１）…`, `① …`, or `under_measure`: a line
    heading the measures, a numbered measure title or a measure column, under a basic goal) or under none; 数値目標
    under a basic goal or sub-goal heading alone; None under other headings (a project's, a policy's, whatever lines
    or columns are under them: the plan's own captions or header words decide). `goal`: the goal path in force, as
    printed."""
    parts = [part for part in goal if part and part.strip()]
    if not parts:
        return STATEMENT_OTHER_KIND
    last = parts[-1].strip().splitlines()[0]
    level = goal_level(last)
    if level is None or (level < 2 and is_complete_heading(last)):
        return None
    return STATEMENT_GOAL_KIND if level < 2 and not under_measure else STATEMENT_OTHER_KIND


def marked_heading(text: str) -> str | None:
    """A goal heading after a bullet mark (`■基本目標１　…` typed in a Word plan, `◆基本目標２　…`): the heading
    without its mark, else None. A dash is no such mark (a range, a negative)."""
    stripped = text.strip()
    if not stripped or stripped[0] not in BULLET_MARKS.replace("-", ""):
        return None
    heading = stripped[1:].strip()
    return heading if goal_level(heading) is not None else None


#: The goal level a goal column's role stands for (`小基本目標` is a sub-goal, whatever its cells' labels say).
ROLE_LEVELS = {role: level for level, role in enumerate(GOAL_COLUMN_ROLES[:3])}


#: Most characters a form's goal label prints after its goal word (`施策名`, `施策の方向`): a longer word is a
#: sentence that names a goal (`市民意識調査における「重点施策 7-1 …`), no label.
MAX_LABEL_SUFFIX_CHARS = 3


def labelled_heading(text: str) -> tuple[int, str] | None:
    """(level, heading) of a goal heading printed after its form's label cell, the two cells on one line (`施策名
    1-1 地元企業の人材確保`: an evaluation sheet's label column beside its value, layouts 241 `pdftotext -raw`): the
    heading without the label, at the level the label names (`施策名`, a measure); else None. The label opens with
    a goal word (`GOAL_LABELS`) and adds a few characters at most; a label that opens a heading as printed
    (`施策 1-1 …`) is that heading's own."""
    parts = text.split(maxsplit=1)
    if len(parts) != 2 or goal_level(text) is not None or header_role(parts[0]) not in ROLE_LEVELS \
            or goal_level(parts[1]) is None:
        return None
    label = compact(parts[0])
    if not any(label.startswith(word) and len(label) - len(word) <= MAX_LABEL_SUFFIX_CHARS
               for word in map(compact, GOAL_LABELS)):
        return None
    return ROLE_LEVELS[header_role(parts[0])], parts[1].strip()


def opens_heading(text: str) -> bool:
    """A goal cell's line opens a heading: its label first (`1-1 …`, `①…`, `基本目標2 …`, glued `1-1安定…`, a
    policy `重点施策 1-1 方針1:…`) or a heading known by its ending. A heading begins with its label, so a line of
    a goal column that opens none, printed right above one that does, is the tail of the heading above it."""
    line = text.strip()
    return bool(line) and (goal_level(unglued_heading(line) or line) is not None or policy_heading(line))


@lru_cache(maxsize=1 << 16)
def is_complete_heading(text: str) -> bool:
    """A heading known by its ending (`少子高齢化対策プロジェクト`): it ends on its line, so a line under it is no
    wrapped part of its title (a numbered heading `1-1 安定した雇用の` may wrap; where it ends cannot be seen)."""
    short = compact(text).lstrip(BULLET_MARKS)
    return len(short) <= PROJECT_HEADING_MAX_CHARS and short.endswith(PROJECT_HEADING_SUFFIXES) and not kind_of(text)


#: A goal cell's label glued to its title (`1しごとの創生`, `1-1安定した雇用の創出`, `①地域産業の活性化`: a table
#: cell printed without the space): the label, then a title's first character (no digit, space or ASCII).
_GLUED_LABEL = re.compile(rf"^(\d+\s*-\s*\d+|\d+|[{CIRCLED_NUMBERS}])(?=[^\d\s!-~])")


def unglued_heading(text: str) -> str | None:
    """A goal heading whose label is glued to its title (`1-1安定した雇用の創出`), with the space put back
    (`1-1 安定した雇用の創出`), when the spaced text reads as a heading; else None. For goal cells of a table, where
    a number opening the cell is a label: a free line `1人あたり…` is no heading for it."""
    folded = _fold(text)
    match = _GLUED_LABEL.match(folded)
    if match is None:
        return None
    spaced = f"{match.group(1)} {folded[match.end():]}"
    return spaced if goal_level(spaced) is not None else None


#: Every label a goal heading opens with (`基本目標`, `施策`, `政策`, `具体的な取組`), longest first.
GOAL_LABELS = tuple(longest_first(
    (*GOAL_LABEL_PREFIXES, *MEASURE_HEADING_PREFIXES, *TOP_HEADING_PREFIXES, *ACTIVITY_HEADING_PREFIXES)))
#: A goal label word printed with a space inside it (`基本 目標２`: an OCR text layer spaces apart the glyphs it read
#: apart; a tab is a column's edge, not such a space), up to its number.
_SPACED_LABEL = re.compile("^(?:" + "|".join("[ \u3000]?".join(map(re.escape, word)) for word in GOAL_LABELS) + ")"
                           + r"(?=\s*[0-9０-９" + CIRCLED_NUMBERS + "])")


def label_closed(line: TextLine) -> TextLine:
    """The line with the spaces inside its opening goal label taken out (`基本 目標２ …` → `基本目標２ …`) when that
    makes it a goal heading; else the line as it is."""
    text = line.text.strip()
    match = _SPACED_LABEL.match(text)
    if match is None or not any(ch.isspace() for ch in match.group(0)):
        return line
    closed = "".join(match.group(0).split()) + text[match.end():]
    return replace(line, text=closed) if goal_level(closed) is not None else line


#: A heading printed as its label alone, its title on the next line (003 `具体的な施策②` / `就労への総合的支援`).
_LABEL_ONLY = re.compile("^(?:" + "|".join(map(re.escape, GOAL_LABELS)) + rf")\s*{HEADING_LABEL}$")
#: Longest title line; a longer line is prose that happens not to end with `。`.
MAX_TITLE_CHARS = 60
#: Marks that open list items (`- 起業しやすい環境の整備`) or bracketed glossary notes (003 `[%] 交流人口`), never
#: titles.
_NOT_TITLE_MARKS = ("-", "•", "[")
_NUMBERED = re.compile(r"^(\d+)(?:-(\d+))?(?:\s+(.*))?$", re.S)


def is_title_line(text: str) -> bool:
    """A short title line: not a sentence, note, list item, caption or goal heading (a measure's title printed on
    its own line, under a bare label or above the measure's prose)."""
    stripped = text.strip()
    if not stripped or "\t" in stripped or len(stripped) > MAX_TITLE_CHARS or stripped.endswith(SENTENCE_ENDINGS):
        return False
    if note_line(stripped) or stripped.startswith(_NOT_TITLE_MARKS):
        return False
    folded = compact(repair(stripped)[0])
    return not any(compact(word) in folded for word in KINDS) and goal_level(stripped) is None


def heading_goes_on(heading: str, below: str, cut_widths: frozenset[int] = frozenset(), last: str = "") -> bool:
    """The line below is a title line that is no header word, and the heading ends in a particle (`…新しいひとの`:
    no heading ends so) or the line is too short for a title of its own (`くる`, no figure: a merged goal cell a
    spreadsheet wrapped mid-word at its width, `…新しいひとの流れをつ` / `くる`), or the heading's last line is as
    wide as the cells of its column wrap at (`cut_widths`, `cell_cut_widths`: `…安定した雇` / `用を創出する`; `last`
    its last line as printed, the label may stand above it) and the line below no wider and no label of its own:
    the heading's wrapped end. A heading known by its ending (`…プロジェクト`) ends on its line."""
    if not is_title_line(below) or is_header_text(below.strip()) or is_complete_heading(heading):
        return False
    last = last or heading.rsplit("\n", 1)[-1]
    cut = display_width(last) in cut_widths and display_width(below) <= display_width(last) \
        and not is_label_only(below)
    return nfkc(heading).rstrip().endswith(NAME_OPEN_ENDINGS) or _wrapped_end(below) or cut


def _upright_below(lines: list[TextLine], i: int) -> bool:
    """The two lines below line i are one glyph each (`施` / `策`): a cell written upright beside or under the
    heading (a column's header word, a measure's number cell), which a heading's wrapped end, one line, is not."""
    return i + 2 < len(lines) and single_glyph(lines[i + 1].text) and single_glyph(lines[i + 2].text)


def cell_cut_widths(texts: list[str]) -> set[int]:
    """Widths (`display_width`) of the first title lines of goal cells printed as a label alone then the title
    (`基本目標１` / `地域経済の活力を高め、安定した雇`), shared by two or more of them: a merged cell that wraps at its
    column's width cuts every long title there (`…安定した雇`, `…ひとの流れをつ`, `…子育ての希`: 32 columns each),
    while whole titles of two cells being equally wide is a coincidence the wrapped end must then bear out."""
    widths = Counter(display_width(texts[k + 1]) for k in range(len(texts) - 1)
                     if is_label_only(texts[k]) and is_title_line(texts[k + 1]))
    return {width for width, count in widths.items() if count > 1}


def _wrapped_end(text: str) -> bool:
    """A line too short for a title, one piece without a figure (`くる`, `業`): the wrapped end of a cell or heading
    above (`基      目` is two cells' glyphs, upright header words printed side by side)."""
    stripped = text.strip()
    return 0 < len(stripped) < BARE_TITLE_CHARS[0] and not any(ch.isdigit() or ch.isspace() for ch in stripped)


#: A cell labelled with its column's header word before a field separator (`関連事業: 学校教育構想推進事業`).
_LABELLED_FIELD = re.compile(
    "^(?:" + "|".join(map(re.escape, longest_first([nfkc(w) for w in HEADER_WORDS]))) + ")\\s*(?:"
    + "|".join(map(re.escape, map(nfkc, DEPARTMENT_FIELD_SEPARATORS))) + ")")


def _part_title(text: str) -> bool:
    """A title line that names a part of a project: no list item (`・町産材を使った住宅への補助`), no figure
    (`目標値（R11） 12.0%以上`), no field labelled with a header word (`関連事業: 学校教育構想推進事業`, a cell of
    the table above), and as long as a title is (`業` alone is the wrapped end of a cell above)."""
    stripped = text.strip()
    return is_title_line(stripped) and not stripped.startswith(BULLET_MARKS) \
        and not any(ch.isdigit() for ch in stripped) and len(compact(stripped)) >= BARE_TITLE_CHARS[0] \
        and not _LABELLED_FIELD.match(nfkc(stripped))


def is_label_only(text: str) -> bool:
    """A goal heading's label alone (`基本目標１`, `具体的な施策②`): its title is on the next line or lines."""
    return bool(_LABEL_ONLY.match(nfkc(text).strip()))


def names_goal(text: str) -> bool:
    """A goal heading or its label alone (`基本目標１`: a merged goal cell's first line), never a header word
    (`基本目標` names the goal column)."""
    return goal_level(text) is not None or is_label_only(text)


def _label_only_heading(lines: list[TextLine], i: int) -> tuple[int, str] | None:
    """(level, heading text with its title) for a heading printed as its label alone with its title on the next
    line, else None."""
    if not is_label_only(lines[i].text) or i + 1 >= len(lines):
        return None
    title = lines[i + 1].text.strip()
    if not is_title_line(title):
        return None
    text = f"{lines[i].text.strip()} {title}"
    level = goal_level(text)
    return None if level is None else (level, text)


#: A goal named inside a page title line (`湖北台市　基本目標３「訪れたいまちをつくる」の進捗`): what stands before the
#: goal word, the word and its label, then the name.
_TITLED_GOAL = re.compile("^(?P<before>.*?)(?P<word>" + "|".join(map(re.escape, longest_first(
    [*GOAL_LABEL_PREFIXES, *MEASURE_HEADING_PREFIXES, *TOP_HEADING_PREFIXES])))
    + rf")\s*(?P<label>{HEADING_LABEL})\s*(?P<rest>.*)$")
_NAME_OPENINGS = tuple(dict.fromkeys((*LINE_CONTINUATION_OPENINGS, *NAME_OPEN_ENDINGS)))


def titled_goal(text: str) -> str | None:
    """The goal heading a page title line names, as a heading line would print it: its goal word and label, then a
    name quoted right after them and followed by nothing or by what the title says of it (`湖北台市　基本目標３「訪れた
    いまちをつくる」の進捗` → `基本目標3 訪れたいまちをつくる`), or, after other words of the title, the rest of the
    line (`湖北台市 基本目標3 訪れたいまちをつくる`). None for any other line: a sentence, a goal word inside a word,
    a name whose quote is part of it (`基本目標1「稼ぐ力」を高める`, read by `goal_level` as printed)."""
    folded = _fold(text)
    if not folded or len(folded) > MAX_TITLE_CHARS or folded.endswith(SENTENCE_ENDINGS):
        return None
    match = _TITLED_GOAL.match(folded)
    if match is None or (match.group("before") and not match.group("before")[-1].isspace()):
        return None
    head, rest = f"{match.group('word')}{match.group('label')}", match.group("rest")
    for opening, closing in GOAL_NAME_QUOTES:
        if rest.startswith(opening):
            name, closed, tail = rest[1:].partition(closing)
            tail = tail.strip()
            frame = next((tail[len(link):] for link in GOAL_TITLE_FRAME_LINKS if tail.startswith(link)), tail)
            framed = closed and (not tail or frame.strip().startswith(GOAL_TITLE_FRAMES))
            return f"{head} {name.strip()}" if framed and name.strip() else None
    # the rest of the line: one title after one word of the page's (`湖北台市`), no figure, no cells spaced apart
    before = match.group("before").split()
    if len(before) != 1 or any(ch.isdigit() for ch in before[0]) or not rest or rest.startswith(_NAME_OPENINGS) \
            or "  " in rest or not _part_title(rest):
        return None
    return f"{head} {rest}"


def goal_outline(lines: list[str], printed: list[tuple[str, ...]] | None = None
                 ) -> tuple[list[tuple[str, ...]], set[int]]:
    """The goal path in force at each line of a text (0-based, parts in the canonical `normalize.goals.goal_part`
    form), read as the interpreter reads the lines around its tables, and the lines that are goal headings (a
    statement reader's context). `printed`, when given, receives each line's path as printed (`owner_kind`)."""
    surroundings = Surroundings()
    trace: dict[int, tuple[str, ...]] = {}
    surroundings.read([TextLine(text, float(i), float(i + 1), line=i) for i, text in enumerate(lines) if text.strip()],
                      trace)
    paths: list[tuple[str, ...]] = []
    current: tuple[str, ...] = ()
    for index in range(len(lines)):
        current = trace.get(index, current)
        paths.append(tuple(goal_part(part) for part in current if part))
        if printed is not None:
            printed.append(current)
    return paths, set(trace)


#: Goal labels a goal cell printed upright may open with over its number (`基` `本` `目` `標` `１`, compared form;
#: layouts 135; a measure's or policy's `施` `策` `１`, layouts 208), longest first.
UPRIGHT_LABELS = tuple(longest_first(nfkc(prefix) for prefix in GOAL_LABELS))
#: Fewest letters of a goal's title under its number printed upright (`１` `稼` `ぐ`…; `５` `年` is a year).
MIN_UPRIGHT_TITLE = 2


def upright_goal_starts(glyphs: str) -> list[int]:
    """Where each goal starts in the glyphs of cells printed upright one glyph a line, read one after another: a
    goal label over its number (`基本目標１…`), or a number over a title of letters (`１稼ぐまち２住みたいまち`,
    counted only when two numbers do, and not a period: `令和５年度`). Empty when the glyphs spell no goal."""
    folded = [nfkc(glyph) for glyph in glyphs]
    labelled, numbered = [], []
    for k, glyph in enumerate(folded):
        if not glyph.isdigit() or (k and folded[k - 1].isdigit()):
            continue
        before = "".join(folded[max(0, k - len(UPRIGHT_LABELS[0])):k])
        if label := next((p for p in UPRIGHT_LABELS if before.endswith(p)), None):
            labelled.append(k - len(label))
            continue
        title = "".join(folded[k + 1:k + 1 + MIN_UPRIGHT_TITLE])
        era = "".join(folded[max(0, k - MIN_UPRIGHT_TITLE):k])
        if len(title) == MIN_UPRIGHT_TITLE and all(c.isalpha() for c in title) \
                and parse_period(era + glyph + title) is None:  # `令和５年度` written upright is a period
            numbered.append(k)
    return sorted(labelled + (numbered if len(numbered) >= 2 else []))


_LABEL_KEYS = tuple(longest_first(nfkc(label) for label in GOAL_LABELS))
#: A goal label's tail that is no label of its own, then a number (`策1`: `施策１` upright, its first glyph lost).
_LABEL_TAIL = re.compile("^(?:" + "|".join(map(re.escape, longest_first(
    {label[k:] for label in _LABEL_KEYS for k in range(1, len(label))} - set(_LABEL_KEYS)))) + rf"){HEADING_LABEL}")

#: A goal label and its number printed twice in a row (`基本目標1基本目標1…`, after NFKC, spaces dropped).
_LABEL_TWICE = re.compile("(" + "|".join(map(re.escape, _LABEL_KEYS)) + r")(\d+)\1\2")


def broken_label(part: str) -> bool:
    """A goal part whose label a text layer cut or doubled (an upright cell's glyphs, `施` / `策` / `１`, one a line):
    the label's tail opening it with the number (`策1`, the first glyph lost), or a piece that is a label with no
    number (`施策1 施策`) or a label twice in a row (`施策施策`, `基本目標1基本目標1`). The path read is not the path
    printed."""
    folded = compact(part)
    # the part's pieces, a run of glyphs one a line joined (`施` / `策` → `施策`)
    pieces: list[str] = []
    for single, run in groupby(nfkc(part).split(), key=lambda piece: len(piece) == 1):
        found = list(run)
        pieces += ["".join(found)] if single else found
    if any(piece in _LABEL_KEYS or any(label * 2 in piece for label in _LABEL_KEYS) for piece in pieces):
        return True
    if _LABEL_TWICE.search(nfkc(folded)):
        return True  # `基本目標1基本目標1市内で…`: a labelled heading's label and number read twice
    return not folded.startswith(_LABEL_KEYS) and _LABEL_TAIL.match(folded) is not None


def upright_glyph_runs(texts: list[str]) -> list[str]:
    """The glyphs of each run of lines of one glyph each (cells written upright, vertical writing, that the text
    layer printed apart from the rows beside them: pdfminer gives a merged cell's text before or after the
    table's), run by run."""
    return ["".join(text.strip() for text in run) for glyph, run in groupby(texts, key=single_glyph) if glyph]


def upright_goal_glyphs(texts: list[str]) -> bool:
    """Some run of lines of one glyph each spells goals (`upright_goal_starts`). Which rows each goal stands
    beside the text no longer says."""
    return any(upright_goal_starts(run) for run in upright_glyph_runs(texts))


def upright_goals(glyphs: str) -> list[str]:
    """The goals glyphs of upright cells spell (`upright_goal_starts`), what stands before the first left out, a
    goal's number apart from its title (`１ 稼ぐまち`, as a heading prints it)."""
    if not (starts := upright_goal_starts(glyphs)):
        return []
    goals = [glyphs[a:b] for a, b in zip(starts, [*starts[1:], len(glyphs)], strict=True)]
    numbers = [next((k for k, glyph in enumerate(goal) if not nfkc(glyph).isdigit()), len(goal)) for goal in goals]
    return [f"{goal[:n]} {goal[n:]}" if n else goal for goal, n in zip(goals, numbers, strict=True)]


def numbered_label(cell: str) -> str | None:
    """The goal label of a cell that prints a label and a number and nothing more (`施策１` → `施策`), else None."""
    folded = nfkc(cell).strip()
    return next((label for label in UPRIGHT_LABELS if folded.startswith(label) and folded[len(label):].isdigit()),
                None)


def numbered_cells_under(cells: list[str], outer: tuple[str, ...]) -> bool:
    """Upright goal cells (`upright_goals`) that print one label and a number each and nothing more (`施策１`,
    `施策２`: a column of measure numbers down the table's left edge), two or more, under a goal path `outer`
    opened by another label (`基本目標３ …`): parts one level under `outer`, not goals of their own."""
    labels = {numbered_label(cell) for cell in cells}
    return len(cells) >= 2 and len(labels) == 1 and None not in labels and bool(outer) \
        and not nfkc(outer[-1]).startswith(next(iter(labels)))


@dataclass
class Surroundings:
    """The running state of headings and captions while walking a document in reading order."""

    goal: list[str] = field(default_factory=list)
    pending_kind: str | None = None
    #: the kinds of the later captions of a line of captions side by side, for the next tables without their own
    side_kinds: list[str] = field(default_factory=list)
    #: the department a field line above the table names (`所管課：健康増進課`), until the next goal heading
    department: str | None = None
    #: the unit a field line right above the table names (`（単位：人）`), for the next table only
    unit: str | None = None
    #: a unit field line no table read, cleared by a goal heading after it (the table under it read as text, a
    #: page's part of the table continued after the heading): the next table's bare numbers may count in it
    unit_unread: str | None = None
    #: the value role a caption line above the table names (`■各年度の目標値`), for the next table only: the role of
    #: its columns headed by a year alone
    role_caption: str | None = None
    #: captions naming two roles were met since the last table (a text layer printing both captions before either
    #: table, layouts 200 pdfminer): which one names the next table's values cannot be told
    role_captions_mixed: bool = False
    #: the (role word, year) pairs a note line above the table names (`（現状値：令和５年度、目標値：令和11年度）`),
    #: for the next table only: the years of its value columns headed by a role word alone
    role_years: tuple[tuple[str, str], ...] = ()
    #: the value-role words a legend line above the table gives its cells' lines, top first
    #: (`上段：目標値　下段：実績値`), for the next table only
    legend: tuple[str, ...] = ()
    #: the same, printed right under the last table (`※上段：目標値　下段：実績値`): that table's, until it is applied
    legend_under: tuple[str, ...] = ()
    #: a table was read in the document
    table_seen: bool = False
    changed: bool = False  # a heading or caption since the last table: a new table, not a continuation
    #: a line other than a note since the last table: the notes met from then on are not printed under the table
    text_since_table: bool = False
    #: how many of the notes `read` returned last were printed right under the last table, before any other text
    notes_under_table: int = 0
    #: the notes `read` returned last that are paragraphs citing a name in quotes after other text since the last
    #: table, by their index, with where each is printed (`line 12`, `p.3`): the interpreter ties each to the rows it
    #: names or warns of it there
    quoted_after_text: dict[int, str] = field(default_factory=dict)
    #: the page whose lines are read (a PDF front end's), for the places warnings name; None in a text layer
    page: int | None = None
    #: the last line read was a note's that fills the width, no table read since: the first line read next may be
    #: its rest (a reader took the note into its table and left the rest out)
    note_open: bool = False
    #: the rest of the note read before (`note_open`) that `read` met last, at the top of its lines
    note_rest: str = ""
    #: a title line above the prose since the last table or heading (an unlabelled measure's title, 003)
    title: str | None = None
    #: tables read since the last basic or sub-goal heading
    tables_under_subgoal: int = 0
    #: a measure heading (`具体的な施策②`) was met somewhere in the document
    measure_seen: bool = False
    #: a line heading the measures or a numbered measure title was read since the last goal heading (`owner_kind`)
    under_measure: bool = False
    #: basic goal number → its title, from the basic-goal headings met
    basic_titles: dict[str, str] = field(default_factory=dict)
    #: two goal headings of one level printed one right after the other, no table or text between (`基本目標１…` /
    #: `基本目標２…` of an A3 two-up page in a text layer without positions): which of them the tables below belong
    #: to cannot be told; (where, first heading, second heading) until the next heading
    stacked_headings: tuple[str, str, str] | None = None
    #: the file's line of each read line (`ingest.model.Extraction.source_lines`), for the lines a warning names
    source_lines: list[int] = field(default_factory=list)
    #: goal levels read from a title line right above a deeper heading (not from a labelled heading)
    titled_levels: set[int] = field(default_factory=set)
    #: a text layer's table read since the last title may hold a title or policy line as its cells' text (its
    #: last line a bare title, or a policy line inside it): a policy line then does not say the level between
    title_hidden: bool = False
    #: the goal path in force is doubtful (a heading's level between left unknown, a basic goal read from its
    #: sub-goal): the tables read under it until the next heading have their rows' goal flagged `goal_uncertain`
    goal_doubt: bool = False
    #: the goal headings met, in reading order
    headings: list[Heading] = field(default_factory=list)
    #: the goal headings read since the last table, as printed
    headings_since_table: list[str] = field(default_factory=list)
    #: a line other than a goal heading was read since the last table (`bands_only`)
    other_since_table: bool = False
    #: goals printed upright one glyph a line outside the tables were met (`upright_goal_glyphs`): rows read without
    #: a goal may stand under one of them
    upright_goals: bool = False
    #: the glyphs of the runs of one-glyph lines read since the last table (`upright_glyph_runs`), in order
    upright_since_table: list[str] = field(default_factory=list)
    #: the level and text of the last line read if it was a goal heading (None after any other line)
    _last_heading: tuple[int, str, int | None] | None = None
    #: the last line read if it was a part title (`防災力の向上`) and nothing was read after it, not even a table: the
    #: title right above the first line of the next lines read (a front end may hand them over apart)
    _title_above: str | None = None
    #: the label-only goal heading lines met and the line after each, in order (`cell_cut_widths`)
    title_widths: list[str] = field(default_factory=list)
    #: the widths goal cells printed as a label alone then the title wrap at, as far as read (`cell_cut_widths`)
    cut_widths: set[int] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    #: a policy heading a text layer's table took as its last line, after its last row (`text_table_lines`): it
    #: opens the next policy once that table is read, the level between unchanged
    policy_after_table: str | None = None
    #: the last line of the text layer's table handed over last, when it may be a part's title the reader took for
    #: the rest of a cell (`text_table_lines`): a note ending in it may have run on into the title
    title_in_cells: str | None = None

    def read(self, lines: list[TextLine], trace: dict[int, tuple[str, ...]] | None = None) -> list[str]:
        """Update from lines (reading order); return the note lines met (`furniture.note_line`). `trace` records,
        for each goal heading line (and the title line it takes), the goal path it opens, by the line's `line`."""
        notes: list[str] = []
        if (policy := self.policy_after_table) is not None:
            self.policy_after_table = None
            self.goal = [*self.goal[:POLICY_LEVEL], policy]
            self.changed = True
            self.headings.append(Heading(policy, False, None, tuple(self.goal)))
            self.headings_since_table.append(policy)
        lines = [part for line in lines for field_line in fields_apart(label_closed(line))
                 for part in headings_beside(field_line)]
        self.title_widths += [line.text for k, line in enumerate(lines)
                              if is_label_only(line.text) or (k and is_label_only(lines[k - 1].text))]
        self.cut_widths = cell_cut_widths(self.title_widths)
        upright = upright_glyph_runs([line.text for line in lines])
        self.upright_goals |= any(upright_goal_starts(run) for run in upright)
        self.upright_since_table += upright
        self.notes_under_table = 0
        self.quoted_after_text = {}
        in_note, self.note_open, self.note_rest = self.note_open, False, ""
        i = 0
        while i < len(lines):
            line = lines[i]
            above = lines[i - 1].text if i > 0 else self._title_above or ""
            self._title_above = None
            # a page title naming a goal (`湖北台市　基本目標３「…」の進捗`) is that goal's heading
            titled = titled_goal(line.text) or marked_heading(line.text)
            level = goal_level(titled or line.text)
            if level is None and self.goal and (level := policy_level(line.text, self.goal[0])) is not None:
                # a policy heading under a project (`重点施策 1-1 方針1:…`), at a measure's level
                if line.line is not None and not _part_title(above) \
                        and (self.title_hidden or 1 not in self.titled_levels):
                    # a text layer's policy line with no title right above it, after a table whose last line may
                    # have been the title (a text reader cannot always tell a title from a cell's last line): the
                    # level between is unknown, so the path stops at the project (short, not another goal's)
                    level = None
                    self.goal = self.goal[:1]
                    self.titled_levels = set()
                    self.goal_doubt = True
                    self.changed = True  # the next table is a new one, under a heading (which, unknown)
            text = titled or line.text
            first = i
            if level is None and (label_only := _label_only_heading(lines, i)) is not None:
                (level, text), i = label_only, i + 1
            elif level is None and (labelled := labelled_heading(line.text)) is not None:
                level, text = labelled  # `施策名 1-1 …`: a form's label cell, then the heading
            while level is not None and heading_goes_on(text, lines[i + 1].text if i + 1 < len(lines) else "",
                                                        frozenset(self.cut_widths), lines[i].text) \
                    and not _upright_below(lines, i):
                i += 1  # `基本目標２　新しいひとの` / `流れをつくる`: a heading ending in a particle wrapped
                text += "\n" + lines[i].text
            continues_note = in_note and (lines[i - 1].fills_width if i else True) and not (
                _part_title(line.text) and i + 1 < len(lines) and goal_level(lines[i + 1].text) is not None)
            # (a part's title right above its heading is no note's rest, whatever width the note reached)
            if continues_note and prints_row(line.text):
                # a table row right under a note (a row no reader took, handed as text): no wrapped end of the note,
                # whose text would swallow its values; warned of where it is printed
                continues_note = False
                where = f"line {file_line(self.source_lines, line.line)}: " if line.line is not None else ""
                self.warnings.append(f"{where}a table row under a note that no table read: {one_line(line.text)[:60]}")
            in_note = page_number = False
            if level is not None and self._restates(level, text):
                # the heading of the page before printed again over the rest of its table (`…（続き）`): the same
                # goal, and the table under it goes on
                if trace is not None and line.line is not None:
                    trace[line.line] = tuple(self.goal)
                self._last_heading = None
                i += 1
                continue
            if level is not None:
                # A heading drawn in a box continues on the next lines of the same box.
                while line.box is not None and i + 1 < len(lines) and lines[i + 1].box == line.box:
                    i += 1
                    text += "\n" + lines[i].text
                self.goal_doubt = False
                if level == 1:
                    self._check_basic(text, line)
                previous = self._last_heading
                self.stacked_headings = None
                # (two headings cut from ONE line are a reader's split of a two-up line, each placed before its
                # table; a bare-numbered heading and a labelled one are a section and its first goal,
                # `２　基本目標ごとの検証結果` over `基本目標１　…`, not two goals side by side, which print alike)
                if previous is not None and previous[0] == level \
                        and (previous[2] != line.line or line.line is None or line.beside) \
                        and _is_bare(previous[1]) == _is_bare(text):
                    at = self.source_lines
                    where = f"lines {file_line(at, previous[2])}-{file_line(at, line.line)}" \
                        if line.line is not None else "two lines"
                    self.stacked_headings = (where, previous[1], text)
                self.goal = [*self.goal[:level], *[""] * (level - len(self.goal)), text][: level + 1]
                if level == 2 and is_complete_heading(self.goal[0]) \
                        and _part_title(above) and (not self.goal[1] or 1 in self.titled_levels):
                    # a project's part printed as a bare title right above its first policy heading, the level between
                    # them left empty (`結婚・出産・子育てに希望が持てる社会の実現` over `重点施策 1-1 方針1:…` under
                    # `少子高齢化対策プロジェクト`): the title is that level, until the next such title
                    self.goal[1] = above.strip()
                    self.titled_levels.add(1)
                    self.title_hidden = False
                self.titled_levels = {n for n in self.titled_levels if n < level}
                if level == 0 and _GOAL_HEADING.match(nfkc(text)) and (numbered := _NUMBERED.match(goal_part(text))):
                    self.basic_titles.setdefault(numbered.group(1), numbered.group(3) or "")
                if trace is not None:
                    trace.update({lines[n].line: tuple(self.goal) for n in range(first, i + 1)
                                  if lines[n].line is not None})
                self.tables_under_subgoal = 0 if level <= 1 else self.tables_under_subgoal
                self.measure_seen = self.measure_seen or level == 2
                self.under_measure = False
                self.title = None
                self.department = None
                self.unit_unread = self.unit or self.unit_unread
                self.unit = None
                self.role_caption, self.role_captions_mixed, self.legend, self.role_years = None, False, (), ()
                self.pending_kind = None  # a caption before a heading was its section's (layouts 65: 【数値目標】)
                self.side_kinds = []
                self.changed = True
                self.text_since_table = True
                self._last_heading = (level, text, line.line)
                self.headings.append(Heading(text, titled is not None, line.line, tuple(self.goal)))
                self.headings_since_table.append(text)
                i += 1
                continue
            if line.text.strip() and not page_number_line(line.text, bare=True) and not note_line(line.text):
                # (a page's number between a table's parts is no text of its own, nor a note under the rows above)
                self.other_since_table = True
            if (unit := unit_field(line.text)) is not None:
                self.unit = unit
            elif legend := stacked_legend(line.text):
                if self.table_seen and not self.changed:
                    # under a table, no heading or caption between (lines a reader left out of its rows may be):
                    # the legend of that table
                    self.legend_under, in_note = legend, not self.text_since_table
                else:
                    self.legend = legend
            elif role_years := caption_role_years(line.text):
                self.role_years = role_years
                self.changed = True
            elif (role := caption_role(line.text)) is not None:
                self.role_captions_mixed |= self.role_caption not in (None, role)
                self.role_caption = role
                self.changed = True  # the targets' table and the actuals' under the same header: two tables
            elif (department := department_field(line.text)) is not None:
                self.department = department
                self.changed = True
            elif kind := kind_of(line.text) or side_caption(line.text):
                self.pending_kind, self.side_kinds = kind, []
                # `表２　重要業績評価指標（KPI）（続き）` (layouts 207): the table above goes on under it, no new one
                self.changed |= not (continued_caption(line.text) or continued_heading(line.text) is not None)
            elif measure_section(line.text) or numbered_title(line.text):
                # the tables under it are the measure's (`owner_kind`); it ends a kind caption's scope
                self.under_measure, self.pending_kind, self.side_kinds = True, None, []
            elif note_line(line.text):
                notes.append(line.text.strip())
                self.notes_under_table += not self.text_since_table
                in_note = True
            elif self.table_seen and not self.text_since_table and quoted_names(line.text):
                # a paragraph right under the table citing a name in quotes (`成果指標「健康寿命」の算出方法に
                # ついて…`, no mark): a note of the row it names, if the table has one (`Interpreter.lines`)
                notes.append(line.text.strip())
                self.notes_under_table += 1
                in_note = True
            elif self.table_seen and indicator_quoted(line.text) \
                    and (line.fills_width or line.text.strip().endswith(SENTENCE_ENDINGS)):
                # the same after other text (`本市では…。` / `成果指標「健康寿命」の算出方法について…。`), a paragraph
                # (a sentence, or a line wrapped) citing a name it says is an indicator's: a note of the rows it names
                # in the tables read, else warned of where it is printed (nothing lost silently)
                self.quoted_after_text[len(notes)] = self._where(line)
                notes.append(line.text.strip())
                in_note = True
            elif page_number := page_number_line(line.text, bare=True):
                # a page's number between a table and the paragraph under it (`-4-` at the page's foot, the paragraph
                # atop the next): no text of its own, no title, the paragraph still right under the table
                self.title = None
            elif continues_note:
                if notes:
                    notes[-1] += line.text.strip()  # the note wrapped onto this line
                else:
                    self.note_rest += line.text.strip()  # the rest of the note read before
                in_note = True
            elif not line.text.strip().endswith(SENTENCE_ENDINGS):
                self.title = line.text.strip() if is_title_line(line.text) else None
            elif self.title is not None and compact(above) == compact(self.title) \
                    and len(compact(line.text)) < len(compact(self.title)):
                # a sentence's last line, shorter than the `title` right above it: that line was the sentence
                # wrapped (`婚化が進行したた` / `め。`, a table's reason cell printed under it), no title
                self.title = None
            if in_note:
                self.title = None
            elif not page_number:
                self.text_since_table = True
            if opens_new_table(line.text):
                self.changed = True  # the next table is a new one: it continues none without its own header
            self._last_heading = None
            self._title_above = line.text if _part_title(line.text) and not in_note else None
            i += 1
        # (a note whose line ends its sentence is whole, whatever width it reached)
        self.note_open = in_note and (lines[-1].fills_width and not lines[-1].text.strip().endswith(
            SENTENCE_ENDINGS) if lines else True)
        return notes

    def _where(self, line: TextLine) -> str:
        """Where `line` is printed: its file line in a text layer, else the page read (`line 12`, `p.3`)."""
        if line.line is not None:
            return f"line {file_line(self.source_lines, line.line)}"
        return f"p.{self.page}" if self.page is not None else ""

    def _restates(self, level: int, text: str) -> bool:
        """The heading `text` of `level` is the current one marked as continued from the page before."""
        earlier = continued_heading(text)
        return earlier is not None and level < len(self.goal) and bool(earlier) \
            and compact(self.goal[level]).startswith(compact(earlier))

    def text_table_lines(self, lines: list[str], last_wraps: bool = False) -> None:
        """A text layer's table is read from these lines next: under a project, a policy line among them, or a
        bare title as the last, may be a heading the reader took for cell text. A policy read before ends here (the
        table's rows are under the project alone, short rather than under another policy), and a later policy line
        without a title right above it does not give the level between (`Surroundings.read`). `last_wraps`: the
        reader placed the last line as the lower part of cells printed on both sides of their row's values (a name
        wrapped around them), so it is no title."""
        self.title_in_cells = lines[-1].strip() if lines and _part_title(lines[-1]) and not last_wraps else None
        if not (self.goal and is_complete_heading(self.goal[0]) and lines):
            return
        policies = [k for k, text in enumerate(lines) if policy_heading(text)]
        if len(lines) > 1 and policies == [len(lines) - 1] and len(self.goal) == POLICY_LEVEL + 1 and all(self.goal) \
                and not (self.goal_doubt or self.title_hidden) and not _part_title(lines[-2]):
            # a policy heading taken as the table's last line, under a row (no title above it): the table's rows
            # are all above it, under the policy in force; it opens the next policy after the table, under the
            # same level between (a title hidden with it would stand right above it)
            self.policy_after_table = lines[-1].strip()
            return
        if policies:
            self.goal = self.goal[:1]
            self.titled_levels = set()
            self.goal_doubt = True
        self.title_hidden |= _part_title(lines[-1]) and not last_wraps

    @property
    def bands_only(self) -> bool:
        """Goal headings and nothing else were read since the last table: band rows printed across one table
        between groups of its rows (`基本目標Ⅲ：…`), which a text reader cut the table at."""
        return bool(self.headings_since_table) and not self.other_since_table

    def table_read(self) -> None:
        """A table was read: a heading after it is not stacked on the one before it; a unit field was its own."""
        self.table_seen = True
        self.note_open = False
        self._last_heading = None
        self._title_above = None
        self.unit = self.unit_unread = None
        self.role_caption, self.role_captions_mixed, self.legend, self.role_years = None, False, (), ()
        self.headings_since_table = []
        self.other_since_table = False
        self.upright_since_table = []

    def _check_basic(self, heading: str, line: TextLine) -> None:
        """A sub-goal `N-M` names its basic goal N: a basic-goal heading above it with another number is a misprint
        (003-style `基本目標2 くらしのまち` right before `基本目標3-1`); the basic goal is read as N, reported."""
        sub = _NUMBERED.match(goal_part(heading))
        if sub is None or sub.group(2) is None:
            return
        number = sub.group(1)
        basic = _NUMBERED.match(goal_part(self.goal[0])) if self.goal and self.goal[0] else None
        if basic is None or basic.group(1) == number:
            return
        title = self.basic_titles.get(number) or basic.group(3) or ""
        where = f"line {file_line(self.source_lines, line.line)}: " if line.line is not None else ""
        self.warnings.append(f"{where}basic-goal heading {one_line(self.goal[0])!r} disagrees with sub-goal "
                             f"{number}-{sub.group(2)}; read as basic goal {number} {title}".rstrip())
        self.goal = [f"{number} {title}".strip()]
        # the title of basic goal N from its own heading met before is sure; one borrowed from the misprint is not
        self.goal_doubt = number not in self.basic_titles
