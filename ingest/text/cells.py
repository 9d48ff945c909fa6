"""One cell per line (a 様式 form flattened to text, a `pdftotext -raw` page): runs of lines → grids.

Two layouts, found by position alone; what a line *means* is asked of the table interpreter's header
classification (`ingest.table.header`) and of the value-cell test shared with the fragments front end
(`ingest.text.fragment_cells.is_value`):
- **column-major rows**: a run of header lines (one header cell per line; a bracketed period line `（令和元年度）`
  belongs to the header above it, a bare period `令和4年度` to the header below) gives the column count; the lines
  after it are cut into rows of that many cells, in column order: a text column takes a line that is no value
  (a name wrapped after `・` takes the next line too), a value column takes a value line and the reference-year
  `（平成30年）` or `※` note lines printed under it. A row whose value column finds no value (a cell printed as
  nothing) is kept with that cell empty and the row marked uncertain: which cell was empty is a guess.
  A header repeated on a new page is skipped (the same header without a page break before it starts a table of
  its own); a line that starts no row (a caption, a heading, prose) ends the table, and a line opening with a
  particle or a small kana (`ている…`, LINE_CONTINUATION_OPENINGS) starts none: it goes on with the text above.
  The text columns after the values take a line each, the last the rest; a progress column among them takes the
  progress label wherever it stands (cut from the department's line, joined where it wraps: `_Cutter.trailing_parts`).
  A form field printed above the header (`担当課` then `商工観光課`, one label naming a column role the table lacks)
  covers every row: it becomes a column whose one cell spans all rows.
- **sheet rows** (a kind column before the name, as a 効果検証シート prints: 基本目標 | 具体的な施策 | 区分 | 指標名):
  goal and measure cells print on a group's first row only, as heading lines (`1 しごとの創生`, `重点施策 1-1 方針1:…`,
  wrapped); each row's own cells start at its kind word (`数値目標`, `KPI`, `指標`), often on the heading's line; the
  name follows it. A row's trailing text (a reason, a note) runs up to the next heading or kind word. A row broken
  by a page break goes on under the repeated header: those lines are the rests of its cells, each where its width
  fits (`ingest.text.broken_rows`), else its name's (flagged uncertain). A value cell
  printed as text (`…へ変更`) is the lines before the progress label that follows it.
- **year-major blocks**: a value-header line (`■実績値（2021年度）`) followed by name / value line pairs, repeated
  with the same names for each year: one column per block, one row per name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.table.context import goal_level, is_complete_heading, opens_heading
from ingest.table.grid import Grid, GridCell
from ingest.table.header import (
    KIND,
    NAME,
    OTHER,
    PROGRESS,
    VALUE,
    compact,
    header_role,
    is_caption,
    is_header_text,
    is_kind_word,
    names_period,
)
from ingest.table.interpret import MAX_HEADER_CHARS, NOTE_REFERENCE
from ingest.table.rows import segment_label
from ingest.text.blocks import LABEL_AND_WORD, LABELLED_HEADING, TextTable, heading_line, title_over_heading
from ingest.text.broken_rows import MAX_TAIL_LINES, rests_of_row, tail_column, wrap_width
from ingest.text.fragment_cells import (
    YEAR_RUN_LINES,
    is_known_value,
    is_parenthetical,
    is_value,
    tokens,
    year_below_role,
)
from ingest.text.furniture import page_number_line
from ingest.text.stacked import title_after_cell
from ingest.text.token_types import finished_cell, is_progress, unit_exponent
from normalize.text import display_width, nfkc, wide_to_western
from normalize.vocabulary import (
    GOAL_COLUMN_ROLES,
    LINE_CONTINUATION_OPENINGS,
    NOTE_MARKS,
    PROGRESS_LABELS,
    SENTENCE_ENDINGS,
    WRAP_CONTINUATION_MARKS,
)

ENGINE = "text-cells"
#: Column roles a form prints once as a `label` line then a `value` line above its table (the whole form's 担当課).
FORM_FIELD_ROLES = frozenset({"department"})
#: How many lines above a header a form field may stand.
FORM_FIELD_REACH = 12
#: Lines a name may wrap over (after `・` or `、`).
MAX_NAME_LINES = 3
#: Text lines a sheet row may print before its first value: goal and measure cells (printed on the group's first
#: row only, each wrapped over a few lines), the kind, the name.
MAX_SHEET_LEAD_LINES = 12
#: Lines the cutter looks ahead from a row's first line (a row with a long reason spans a few dozen at most).
STREAM_REACH = 60
#: Blocks a year-major sheet needs (one block is a list, not a sheet).
MIN_BLOCKS = 2
_SPACES = re.compile(r"[ \u3000]+")
#: Brackets around a period printed under its header word (`（令和元年度）`, after NFKC).
_BRACKETS = re.compile(r"[()\[\]]")
_PROGRESS_LABELS = frozenset(nfkc(label) for label in PROGRESS_LABELS)
_CONTINUATIONS = tuple(nfkc(opening) for opening in LINE_CONTINUATION_OPENINGS)
_LABEL = LABELLED_HEADING


@dataclass
class _Cell:
    text: str
    line: int  # 1-based
    last: str = ""  # the cell's last line as printed (how wide it is: whether the cell filled its column)
    wrap: int = 0  # the width of its widest line but the last (its column's width where it wraps), 0: one line


@dataclass
class _Table:
    first: int  # 0-based, inclusive
    last: int
    header: list[_Cell]
    rows: list[list[_Cell | None]] = field(default_factory=list)
    #: the columns are a guess (the header's years in a line of their own): every value is in doubt
    uncertain: bool = False
    #: indexes of `rows` cut or joined by a guess: their values are in doubt, the other rows' are not
    doubtful: set[int] = field(default_factory=set)
    #: lines given to a cell by a guess the text cannot settle (1-based line, what was guessed): `Grid.told`
    told: list[tuple[int, str]] = field(default_factory=list)


def _is_period(text: str) -> bool:
    """A header line that only dates the header next to it (`（令和元年度）`, `令和4年度`). Alone in a header a
    period heads a column of that year's values (normalize.header), so it is told by its form, not its role."""
    return names_period(text)


def _words(text: str) -> list[str]:
    return [word for word in _SPACES.split(text.strip()) if word]


def _inside_name(frags: list[_Fragment], f: int) -> bool:
    """A number printed apart inside a name (`3 歳児健康診査受診率`, `週 1 回以上…`, as LibreOffice's text layer
    spaces digits from kanji): a value fragment with text after it and then a value, all on one line."""
    following = frags[f:f + 3]
    return len(following) == 3 and len({frag.line for frag in following}) == 1 and following[0].kind == VALUE \
        and following[1].kind == "text" and following[2].kind == VALUE and not following[1].starts_line


def _labelled(text: str) -> bool:
    """A sheet's goal cell opens with a heading (`1 しごとの創生`, `…プロジェクト`) or a numbered label after a
    word (`重点施策 1-1 方針1:…`): text before a row's kind word that does not is the previous row's last column."""
    return goal_level(text) is not None or _LABEL.match(nfkc(text)) is not None


def _header_cells(text: str) -> list[str] | None:
    """The header cells of one line: the line itself, or its space-separated words when each names a role
    (`進捗状況 進捗が遅れている理由`); None when the line is no header line."""
    text = text.strip()
    if not text or is_caption(text) or goal_level(text) is not None or _LABEL.match(nfkc(text)) \
            or not is_header_text(text):
        return None  # (`重点施策 2-1 方針2:…` names a header word, but its label makes it a goal cell)
    words = [w for w in _SPACES.split(text) if w]
    valued = not _is_period(compact(text)) and any(is_value(w) for w in tokens(text))
    if valued or any(len(compact(w)) > MAX_HEADER_CHARS for w in words):
        return None  # a row that names a header word (`… 1,486件 進捗の遅れ`), a note that does
    roles = [header_role(w) for w in words]
    if len(words) > 1 and all(r != OTHER for r in roles) and len(set(roles)) == len(roles):
        return words
    return [text]


#: The longest tail of a header word wrapped onto a line of its own (`課`, `理由`).
MAX_HEADER_TAIL_CHARS = 4


def _finishes_word(above: str, line: str) -> bool:
    """A short line without digits that gives the header cell above it another role when joined to its last line
    (`指標の担当` + `課` → 担当課, `進捗が遅れている` + `理由` → 理由)."""
    tail = compact(line)
    if not tail or len(tail) > MAX_HEADER_TAIL_CHARS or any(ch.isdigit() for ch in tail):
        return False
    last = above.splitlines()[-1]
    if header_role(above) == VALUE:
        return False  # a value header ends with its period (`（令和6年度）`); the next word is a column of its own
    return header_role(last + tail) not in (OTHER, header_role(last))


def _header(lines: list[str], start: int) -> tuple[list[_Cell], int] | None:
    """The header band starting at `start` as one cell per column, and the first line after it; None when the
    band names no name column and no value column."""
    cells: list[_Cell] = []
    pending: _Cell | None = None  # a bare period waiting for the header word below it
    i = start
    while i < len(lines):
        words = _header_cells(lines[i])
        following = _fragments(lines[i + 1], i + 1) if i + 1 < len(lines) else []
        # a header word wrapped over two lines (`指標の担当` / `課`; `進捗が遅れている` / `理由`, whose first line
        # alone repeats the role of a column before it)
        wrapped = words is None or (len(words) == 1 and len(cells) > 1 and header_role(cells[-1].text) in {
            header_role(c.text) for c in cells[:-1]})
        if wrapped and pending is None and cells and _finishes_word(cells[-1].text, lines[i]):
            cells[-1].text += lines[i].strip()
            i += 1
            continue
        if words is None or (following and following[0].kind == VALUE and not _is_period(lines[i].strip())):
            break  # a line right above a value is a row's name (`…説明会の参加者数` names no 説明 column)
        for n, word in enumerate(words):
            if is_parenthetical(word) and _is_period(word) and cells and pending is None:
                cells[-1].text += "\n" + word
            elif n == 0 and cells and pending is None and year_below_role(
                    cells[-1].text, word, [words[1:]] * (len(words) > 1) + [
                        _header_cells(line) or [] for line in lines[i + 1:i + 1 + YEAR_RUN_LINES]]):
                # `実績値` / `2021(R3)年度`: the cell's second line (`目標値` / `2029（R11）年度 担当課`: more after it)
                cells[-1].text += "\n" + word
            elif _is_period(word) or header_role(word) == OTHER:
                # a bare period or a qualifier (`計画最終年度`) heads the role word printed under it
                if pending is not None:
                    cells.append(pending)
                pending = _Cell(word, i + 1)
            elif pending is not None:
                cells.append(_Cell(pending.text + "\n" + word, pending.line))
                pending = None
            else:
                cells.append(_Cell(word, i + 1))
        i += 1
    if pending is not None:
        cells.append(pending)
    roles = [header_role(c.text) for c in cells]
    if NAME not in roles or VALUE not in roles or len(cells) < 2:
        return None
    return cells, i


def _is_attached(text: str) -> bool:
    """A fragment printed under a value that belongs to its cell: a reference year in brackets or a `※` note."""
    text = text.strip()
    return is_parenthetical(text) or text.startswith(NOTE_MARKS)


def _is_text(text: str) -> bool:
    """A line that can be a text cell: no value, no header, caption or heading."""
    return bool(text.strip()) and not is_value(text) and not _is_attached(text) and _header_cells(text) is None \
        and goal_level(text) is None and not is_caption(text)


@dataclass(frozen=True)
class _Fragment:
    """One cell fragment: a whole line, or a piece of a line that prints several cells on one baseline
    (`新規求人数 1,486件 1,587件 進捗の遅れ`, as `pdftotext -raw` joins them)."""

    kind: str  # VALUE, "attached" or "text"
    text: str
    line: int  # 0-based
    starts_line: bool


def _noted(taken: list[_Fragment], fragment: _Fragment) -> bool:
    """A `※` line after a value that refers to a note (`700人(※)`): the note itself, printed under the table,
    not a remark of the cell."""
    return fragment.text.strip().startswith(NOTE_MARKS) and any(NOTE_REFERENCE.search(nfkc(t.text)) for t in taken)


def _kind(text: str) -> str:
    return VALUE if is_value(text) else "attached" if _is_attached(text) else "text"


def _fragments(line: str, index: int) -> list[_Fragment]:
    """A line cut into fragments: values (a unit printed apart, `1,486 件`, joins its number), bracketed or `※`
    texts, and runs of other words (a name with spaces stays one text)."""
    text = line.strip()
    if page_number_line(nfkc(text)):
        return []
    words = tokens(text)
    if len(words) == 1 or text.startswith(NOTE_MARKS) or all(_kind(t) == "text" for t in words):
        return [_Fragment(_kind(text), text, index, True)]
    if goal_level(text) is not None or is_caption(text):
        return [_Fragment("text", text, index, True)]  # `1 しごとの創生` is a heading, not the value 1
    pieces: list[list[str]] = []  # [kind, text]
    for k, token in enumerate(words):
        kind = _kind(token)
        if pieces and pieces[-1][0] == VALUE and kind == VALUE and unit_exponent(pieces[-1][1], token, words[k + 1:]):
            pieces[-1][1] += " " + token  # `24.26ｋｍ` `2`: the unit's exponent drawn apart (km²)
        elif pieces and pieces[-1][0] == VALUE and kind == "text" and is_known_value(pieces[-1][1] + token):
            pieces[-1][1] += token
        elif pieces and pieces[-1][0] == "text" and kind == VALUE and segment_label(pieces[-1][1]):
            pieces[-1] = [VALUE, f"{pieces[-1][1]} {token}"]  # `小学校 88.7%`: a segment of the cell
        elif pieces and pieces[-1][0] == "text" and kind == "text":
            pieces[-1][1] += " " + token
        else:
            pieces.append([kind, token])
    if len(pieces) > 1 and _number_inside_text("", *(p[1] for p in pieces[:2])):
        pieces[:2] = [["text", " ".join(p[1] for p in pieces[:2])]]  # `15 歳未満の人口`
    if len(pieces) > 2 and _number_inside_text(*(p[1] for p in pieces[:3])):
        pieces[:3] = [["text", " ".join(p[1] for p in pieces[:3])]]
    return [_Fragment(kind, piece, index, k == 0) for k, (kind, piece) in enumerate(pieces)]


def _number_inside_text(before: str, number: str, after: str) -> bool:
    """A bare number printed apart at a line's start or between two texts opening it is a word of that text, no
    value: LibreOffice's gap between Japanese and a digit printed as a space, in a heading's label (`重点施策 1-2
    方針 2 関係:…`) or in text before its counter (`週 1 回以上社会参加する…`, `15 歳未満の人口`: `1回` a value,
    `1回以上…` none). `before` is empty at the line's start."""
    if not number.isdigit() or is_value(before) or is_value(after):
        return False
    return bool(before and LABEL_AND_WORD.match(nfkc(before))) or is_known_value(number + after[:1])


def _label(fragment: _Fragment) -> str | None:
    """The segment label a value line opens with, apart (`中学校 82.8%`) or glued to its value (`中学校82.8%`, as
    `pdftotext -raw` prints a cell's lines), else None."""
    if fragment.kind != VALUE:
        return None
    text = fragment.text.strip()
    if " " in text:
        return segment_label(text.split()[0])
    return next((label for k in range(len(text) - 1, 0, -1)
                 if (label := segment_label(text[:k])) is not None and is_value(text[k:])), None)


def _cell(fragments: list[_Fragment], joiner: str = "\n") -> _Cell:
    by_line: dict[int, list[str]] = {}
    for fragment in fragments:
        by_line.setdefault(fragment.line, []).append(fragment.text.strip())
    printed = [" ".join(pieces) for _, pieces in sorted(by_line.items())]
    return _Cell(joiner.join(f.text for f in fragments), fragments[0].line + 1, printed[-1], wrap_width(printed))


class _Cutter:
    """Cuts the fragments after a header into rows of the header's columns (see the module docstring)."""

    def __init__(self, lines: list[str], roles: list[str]) -> None:
        self.lines = lines
        self.roles = roles
        values = [c for c, role in enumerate(roles) if role == VALUE]
        self.leading = [c for c in range(values[0])]
        self.between = [c for c in range(values[0], values[-1] + 1) if roles[c] != VALUE]
        self.trailing = [c for c in range(values[-1] + 1, len(roles))]
        #: a sheet (a kind column before the name): goal and measure cells print on a group's first row only, as
        #: heading lines before the kind word that starts each row
        self.kind = next((c for c in self.leading if roles[c] == KIND), None)
        self.goals = [c for c in self.leading if roles[c] in GOAL_COLUMN_ROLES]
        self.name = next((c for c in self.leading if roles[c] == NAME), self.leading[-1] if self.leading else 0)
        self.cache: dict[int, list[_Fragment]] = {}
        self.ends: dict[int, bool] = {}
        self.rows: dict[tuple[int, bool], tuple[list[_Cell | None], int, bool] | None] = {}
        #: lines opening a row whose name wraps without a mark (`画を策定した件数` / `刑法犯認知件数 1,869 件`)
        self.unmarked: set[int] = set()
        #: lines opening a row that may open with the last line of the text above instead (both rows are in doubt)
        self.shared_starts: set[int] = set()

    def heading_ahead(self, index: int) -> bool:
        """Line `index` is a goal heading printed alone (`重点施策 1-1 方針1:…`) or the part title right above one:
        text between two tables, which the goal context reads (in a sheet, headings are goal cells instead)."""
        fragments = self.line(index)
        alone = len(fragments) == 1 and heading_line(fragments[0].text)
        return alone or title_over_heading(self.lines, index)

    def line(self, index: int) -> list[_Fragment]:
        if index not in self.cache:
            text = self.lines[index] if index < len(self.lines) else ""
            self.cache[index] = _fragments(text, index) if text.strip() else []
        return self.cache[index]

    def ends_stream(self, index: int) -> bool:
        """A blank line, a header, a caption, a heading or a part's title after a cell's end (`title_after_cell`)
        ends the rows (in a sheet only the first two: its headings and kind words are cells)."""
        if index not in self.ends:
            text = self.lines[index] if index < len(self.lines) else ""
            self.ends[index] = not text.strip() or _header(self.lines, index) is not None or (
                self.kind is None and (heading_line(text) or is_caption(text) or title_after_cell(self.lines, index)))
        return self.ends[index]

    def stream(self, index: int) -> list[_Fragment]:
        """The fragments from line `index` on (STREAM_REACH lines at most), up to the next blank line, header,
        caption or heading."""
        out: list[_Fragment] = []
        reach = index + STREAM_REACH
        while index < min(len(self.lines), reach) and not self.ends_stream(index):
            out += self.line(index)
            index += 1
            while index < len(self.lines) and self.lines[index].strip() and not self.line(index):
                index += 1  # page furniture
        return out

    def starts_row(self, fragment: _Fragment) -> bool:
        """The fragment (first on its line) starts the next row: a row can be cut from it, or in a sheet it is a
        goal heading or opens with a kind word."""
        if self.kind is not None and (goal_level(fragment.text) is not None or is_kind_word(
                next(iter(_words(fragment.text)), ""))):
            return True
        return self.row(fragment.line, False) is not None

    def kind_word(self, frags: list[_Fragment]) -> tuple[int, int, list[str], int] | None:
        """In a sheet, the kind word that starts a row's own cells: (index of the row's first value fragment, index
        of the text fragment holding the word, that fragment's words, the word's index); None without one. What
        stands before the word is goal text whatever it looks like (`方針 2:…` splits into a number)."""
        if self.kind is None or not frags:
            return None
        for j, fragment in enumerate(frags):
            if fragment.line - frags[0].line >= MAX_SHEET_LEAD_LINES:
                return None
            words = _words(fragment.text) if fragment.kind == "text" else []
            k = next((k for k, word in enumerate(words) if is_kind_word(word)), None)
            if k is None:
                continue
            f = j + 1
            while f < len(frags) and (frags[f].kind == "text" or _inside_name(frags, f)):
                f += 1
            return (f, j, words, k) if f < len(frags) and frags[f].kind == VALUE else None
        return None

    def sheet_lead(self, frags: list[_Fragment]) -> tuple[dict[int, _Cell], int, bool] | None:
        """A sheet row's text before its first value, cut at its kind word (`数値目標`, `KPI`): the lines before it
        are the group's goal cells (a heading and the lines it wrapped over), the rest of its line and the lines
        after it the name. Returns the cells by column and the index of the first value fragment; None when the
        text names no kind, or what stands before the kind is no goal cell (a sentence, or a heading after other
        text: the previous row's reason). The flag says the name took in a number printed between spaces (`がんの 75
        歳未満`): whether the document printed those spaces or the text layer made them (an office program's gap
        between Asian and Western text), the text does not tell, so the row's values are read with doubt."""
        found = self.kind_word(frags)
        if found is None:
            return None
        f, j, words, k = found
        printed: dict[int, list[str]] = {}  # line → its pieces before the kind word
        for fragment in frags[:j]:
            printed.setdefault(fragment.line, []).append(fragment.text.strip())
        if k:
            printed.setdefault(frags[j].line, []).append(" ".join(words[:k]))
        # a line wholly before the kind word as printed (its fragments lost the spacing: `(ISECA)` / `の活用`)
        goal = [self.lines[line].strip() if line != frags[j].line else " ".join(pieces)
                for line, pieces in sorted(printed.items())]
        name = [" ".join(words[k + 1:])] if k + 1 < len(words) else []
        name += [frag.text.strip() for frag in frags[j + 1:f]]
        name_lines = {frag.line for frag in frags[j + 1:f]} | ({frags[j].line} if k + 1 < len(words) else set())
        if not name or len(name_lines) > MAX_NAME_LINES \
                or (goal and not _labelled(goal[0])) or any(text.endswith(SENTENCE_ENDINGS) for text in goal):
            return None
        cells = {self.kind: _Cell(words[k], frags[j].line + 1, words[k]),
                 self.name: _Cell("".join(name), frags[j if k + 1 < len(words) else j + 1].line + 1, name[-1],
                                  wrap_width(name))}
        if goal and self.goals:
            lines: list[str] = []
            for text in goal:
                # a heading starts a line (a policy `重点施策 1-1 方針1:…` too), and so does the line under a heading
                # complete on its line (`…プロジェクト`: the title of the goal below it); any other line is the
                # heading above it wrapped
                if lines and not opens_heading(text) and not is_complete_heading(lines[-1]):
                    # a wrap from Japanese text to Western text keeps its break: whether the producer wrapped at a
                    # space there the canonical goal form decides (`normalize.goals.goal_part`), as for every reader
                    lines[-1] += "\n" + text if wide_to_western(lines[-1], text) else text
                else:
                    lines.append(text)
            cells[self.goals[0]] = _Cell("\n".join(lines), frags[0].line + 1, goal[-1], wrap_width(goal))
        return cells, f, any(frag.kind == VALUE for frag in frags[j + 1:f])

    def row(self, index: int, first: bool) -> tuple[list[_Cell | None], int, bool] | None:
        """The row starting at line `index`: (cells, first line after it, uncertain), or None."""
        if (index, first) not in self.rows:
            self.rows[(index, first)] = self._row(index, first)
        return self.rows[(index, first)]

    def _row(self, index: int, first: bool) -> tuple[list[_Cell | None], int, bool] | None:
        frags = self.stream(index)
        if not frags or frags[0].kind != "text" or nfkc(frags[0].text).startswith(_CONTINUATIONS):
            return None  # (a line opening with a particle goes on with the text above: `ている市内の…`)
        cells: list[_Cell | None] = [None] * len(self.roles)
        uncertain = False
        if (lead := self.sheet_lead(frags)) is not None:
            placed, f, spaced_number = lead
            for col, cell in placed.items():
                cells[col] = cell
            return self.rest(frags, f, cells, spaced_number)
        if self.kind_word(frags) is not None:
            return None  # a sheet row whose text before the kind is no goal cell: it starts elsewhere
        f = 0
        # leading text columns (the name, and goal or kind columns before it): the text fragments before a value
        texts: list[_Fragment] = []
        unmarked = first or not self.trailing  # a name may wrap without a mark only where no text column ends a row
        while f < len(frags) and frags[f].kind == "text" and len(texts) < MAX_NAME_LINES + len(self.leading) - 1:
            # in a table with a progress column, a line that goes on with the line above as after a mark
            # (`_goes_on`) is no unmarked wrap of its own
            joined = sum(self.goes_on(t.text) for t in texts[1:])
            head = next((t for t in reversed(texts[1:]) if not self.goes_on(t.text)), texts[0]) if texts else None
            if head is not None and not texts[-1].text.endswith(WRAP_CONTINUATION_MARKS) and not unmarked \
                    and not self.goes_on(frags[f].text) \
                    and len(texts) >= len(self.leading) and (len(texts) - joined > len(self.leading) or len(
                        compact(head.text)) < len(compact(frags[f].text))):
                # one wrap without a mark is a name's when its first line is full (as long as the next at least:
                # `いせさき合同会社説明` / `会の参加者数`, not `進捗` / `製造業の事業所数`); more are a text column's
                return None
            texts.append(frags[f])
            f += 1
        if f >= len(frags) or frags[f].kind != VALUE:
            return None
        if len(texts) > len(self.leading) and any(t.text.endswith(SENTENCE_ENDINGS) for t in texts):
            return None  # a sentence is no name: the tail of the row above's reason
        if len(texts) != len(self.leading):
            uncertain |= len(self.leading) > 1  # which text belongs to which column is a guess
        if len(texts) > len(self.leading) and not texts[-2].text.endswith(WRAP_CONTINUATION_MARKS):
            self.unmarked.add(index)
        own = texts[-len(self.leading):] if len(texts) >= len(self.leading) else texts
        extra = texts[: len(texts) - len(own)]
        for col, fragment in zip(self.leading[len(self.leading) - len(own):], own, strict=True):
            cells[col] = _cell([fragment])
        name = next((c for c in self.leading if self.roles[c] == NAME), self.leading[-1])
        joined = [*extra, *own] if len(self.leading) == 1 else [*extra, *([own[-1]] if own else [])]
        if joined and cells[name] is not None:
            cells[name] = _cell(joined, "")  # a name wrapped over lines (`…・` / `…`)
        return self.rest(frags, f, cells, uncertain)

    def goes_on(self, text: str) -> bool:
        """`_goes_on`, in a table with a progress column after the values only (narrow: 伊勢崎市's layout, whose rows
        close their values' line with the department and the label, so the lines before the next values are the
        next name's); elsewhere a text column's cell (a definition, `…公表され` / `ている市内の…`) runs on there."""
        return any(self.roles[c] == PROGRESS for c in self.trailing) and _goes_on(text)

    def trailing_parts(self, rest: list[_Fragment]) -> list[list[_Fragment]]:
        """The trailing text cut into the trailing columns' cells: the first fragment each, the last column all the
        rest; but where a progress column is among them, its cell is the progress label, wherever it stands in the
        first fragments: a label printed on one line after the department (`安心安全課 進捗の遅れ`, as
        `pdftotext -raw` joins two cells of one baseline) is cut from it, a label wrapped in its cell (`概ね順調に` /
        `進捗`) is joined, and the lines before it are the columns' before it (a department wrapped, `スポーツ振` /
        `興課`), so the reason after it is not read from the label's second line nor the label from the reason's
        first line."""
        columns = len(self.trailing)
        roles = [self.roles[c] for c in self.trailing]
        plain = [rest[k:k + 1] if k < columns - 1 else rest[k:] for k in range(columns)]
        if PROGRESS not in roles:
            return plain
        p = roles.index(PROGRESS)
        pieces = [piece for k, fragment in enumerate(rest)
                  for piece in (_progress_pieces(fragment) if k <= p + MAX_NAME_LINES else [fragment])]
        found = next(((j, n) for j in range(min(len(pieces), p + MAX_NAME_LINES + 1))
                      for n in (3, 2, 1) if j + n <= len(pieces) and _is_label(pieces[j:j + n])), None)
        if found is None:
            return plain
        j, n = found
        before, after = pieces[:j], pieces[j + n:]
        parts = [before[k:k + 1] if k < p - 1 else before[k:] for k in range(p)]
        parts.append(pieces[j:j + n])
        rest_columns = columns - p - 1
        parts += [after[k:k + 1] if k < rest_columns - 1 else after[k:] for k in range(rest_columns)]
        return parts

    def text_cell(self, frags: list[_Fragment], f: int) -> int:
        """How many text fragments from `f` on are a value cell printed as text (a note where a value stands):
        the lines before a progress label (`進捗の遅れ`) that starts a later line, in a table whose progress column
        comes after the values; 0 otherwise."""
        if f >= len(frags) or not frags[f].starts_line or not any(self.roles[c] == "progress" for c in self.trailing):
            return 0
        g = f
        lines = 0
        # lines that start with text (a number inside them is the note's: `令和 6 年 3 月の改訂に`)
        while g < len(frags) and (frags[g].kind == "text" or not frags[g].starts_line) and lines <= MAX_NAME_LINES:
            # (the label may follow the department on its line: `企画調整課 進捗の遅れ`, `_progress_pieces`)
            if g > f and frags[g].starts_line and any(nfkc(piece.text) in _PROGRESS_LABELS
                                                      for piece in _progress_pieces(frags[g])):
                return g - f
            lines += frags[g].starts_line
            g += 1
        return 0

    def rest(self, frags: list[_Fragment], f: int, cells: list[_Cell | None], uncertain: bool
             ) -> tuple[list[_Cell | None], int, bool] | None:
        """The row's value cells and the text columns between and after them, from fragment `f` on."""
        for col in range(self.leading[-1] + 1 if self.leading else 0, len(self.roles)):
            if col in self.trailing:
                break
            if self.roles[col] == VALUE:
                if f < len(frags) and frags[f].kind == VALUE:
                    taken = [frags[f]]
                    f += 1
                    labels = {_label(frags[f - 1])} - {None}
                    while f < len(frags) and ((frags[f].kind == "attached" and not _noted(taken, frags[f])) or (
                            labels and frags[f].starts_line and _label(frags[f]) not in {None, *labels})):
                        labels |= {_label(frags[f])} - {None}  # the cell's next segment (`中学校 82.8%`)
                        taken.append(frags[f])
                        f += 1
                    cells[col] = _cell(taken)
                elif (printed := self.text_cell(frags, f)):
                    cells[col] = _cell(frags[f:f + printed], "")  # a text printed in a value cell (`…へ変更`)
                    f += printed
                else:
                    uncertain = True  # printed as nothing: which cell of the row is empty is a guess
            elif f < len(frags) and frags[f].kind == "text":
                cells[col] = _cell([frags[f]])
                f += 1
        # trailing text columns take every text up to the next row: the first fragment each, the last all the rest
        rest: list[_Fragment] = []
        # (in a sheet every row starts with text, so a number there is the trailing text's: `15 歳未満の人口`)
        while self.trailing and f < len(frags) and (frags[f].kind != VALUE or self.kind is not None):
            if not self.goals and frags[f].starts_line and self.heading_ahead(frags[f].line):
                break  # a heading between tables, or the title right above it, ends the rows: left to the context
            if frags[f].starts_line and (frags[f].text.startswith(NOTE_MARKS) or self.starts_row(frags[f])):
                # the next row, or a `※` note under the table; a row whose name wraps without a mark, after
                # trailing text that does not end a sentence, may open with that text's last line (`…防災計` /
                # `画を策定した件数` / `刑法犯認知件数 1,869 件`): which is a guess
                # (the line's last cell ends it: `健康づくり課 概ね順調に進捗` ends with a whole label)
                if bool(rest) and frags[f].line in self.unmarked \
                        and not finished_cell(_progress_pieces(rest[-1])[-1].text):
                    uncertain = True
                    self.shared_starts.add(frags[f].line)
                break
            rest.append(frags[f])
            f += 1
        # a value on the row's line after its value cells are filled (`24.26 ｋｍ 2 26.06 ｋｍ 2`: a unit's `2` read
        # as a value): the row prints more values than the table has columns, so which are its values is a guess
        uncertain |= bool(rest) and rest[0].kind == VALUE and not rest[0].starts_line
        for col, part in zip(self.trailing, self.trailing_parts(rest), strict=True):
            if part:
                cells[col] = _cell(part, "")
        if f < len(frags) and not frags[f].starts_line:
            return None  # the row would end inside a line
        end = frags[f].line if f < len(frags) else (frags[-1].line + 1)
        return cells, end, uncertain


def _goes_on(text: str) -> bool:
    """A text line that goes on with the line above as after a wrap mark: it opens with a particle
    (`高等教育機関との連携` / `による公開講座`), or it is a word's last one or two characters ending no sentence
    (`…公開講` / `座`, `…と思` / `う割` / `合`, where `pdftotext -raw` broke the name's line)."""
    folded = nfkc(text).strip()
    return folded.startswith(_CONTINUATIONS) or (len(folded) <= 2 and not folded.endswith(SENTENCE_ENDINGS))


def _progress_pieces(fragment: _Fragment) -> list[_Fragment]:
    """A text fragment cut around a progress label printed among other words on its line (`安心安全課 進捗の遅れ`,
    `進捗の遅れ(コロナ) コロナ禍による…`, `商工労働課 概ね順調に`: the label's first part, wrapped): the label's
    cell and the cells before and after it, which `pdftotext -raw` joined on one baseline. A fragment with no such
    word is itself."""
    words = fragment.text.split()
    if fragment.kind != "text" or len(words) < 2:
        return [fragment]
    at = next((w for w in range(len(words)) if is_progress(words[w])
               or (w == len(words) - 1 and is_progress(words[w], partial=True))), None)
    if at is None:
        return [fragment]
    texts = [" ".join(words[:at]), words[at], " ".join(words[at + 1:])]
    return [_Fragment("text", text, fragment.line, fragment.starts_line and not k)
            for k, text in enumerate(t for t in texts if t)]


def _is_label(pieces: list[_Fragment]) -> bool:
    """The pieces, the first starting its line or cut from one, the others starting theirs, are a whole progress
    label (`概ね順調に` / `進捗` wrapped in its cell)."""
    return all(piece.kind == "text" for piece in pieces) and all(p.starts_line for p in pieces[1:]) \
        and is_progress("".join(nfkc(piece.text) for piece in pieces))


def _periods_only(line: str) -> bool:
    """A line of several bare periods and nothing else (`R2 R3 R4 R5`)."""
    words = line.split()
    return len(words) > 1 and all(_is_period(w) and not is_parenthetical(w) for w in words)


def _centred_band(lines: list[str], start: int, end: int) -> bool:
    """A header band with a line of several header words (`基本目標 具体的な施策 区分 指標名 目標値`) and a period
    line right under it (`（令和５年度）`): a single-space text (pdfplumber) printing multi-line header cells centred
    on that line, so which word each period dates is a guess, and the band's other lines may head more columns.
    A bracketed period under a line of one header word (`現状値` / `（令和５年度）`, one cell per line) dates that
    word, and a bare one (`令和５年度` / `実績値`) the word under it: no guess, even when a line of several words
    stands higher up or right above the bare period."""
    several = False
    for line in lines[start:end]:
        words = _header_cells(line)
        if words is not None and len(words) > 1:
            several = True
        elif _is_period(line.strip()):
            if several and is_parenthetical(line.strip()):
                return True
        else:
            several = False
    return False


def _column_major(lines: list[str], start: int) -> _Table | None:
    found = _header(lines, start)
    if found is None:
        return None
    header, i = found
    roles = [header_role(c.text) for c in header]
    if roles.index(NAME) > roles.index(VALUE):
        return None  # names after the values: no row could start with its name
    signature = [compact(c.text) for c in header]
    cutter = _Cutter(lines, roles)
    table = _Table(start, i - 1, header)
    # a line of bare periods after the header (`R2 R3 R4 R5` under `実績値`): the header's own years, which column
    # each heads this reader cannot see, read into the first name: the table is a guess
    table.uncertain = (i < len(lines) and _periods_only(lines[i])) or _centred_band(lines, start, i)
    repeated = paged = False
    while i < len(lines):
        if not lines[i].strip() or page_number_line(nfkc(lines[i])):
            i, paged = i + 1, True  # a blank line (a page break), or the page number before a new page
            continue
        again = _header(lines, i)
        if again and [compact(c.text) for c in again[0]] == signature:
            if not paged:
                break  # the same header without a page break: a table of its own with the same columns
            i, repeated = again[1], True  # the header printed again on a new page
            continue
        cut = cutter.row(i, not table.rows)
        if cut is None and repeated and table.rows and (broken := _broken_lines(lines, i, cutter)) is not None:
            # the last row broken by the page break: its cells go on under the repeated header
            end, texts = broken
            if not _go_on(table, cutter, texts):
                table.doubtful.add(len(table.rows) - 1)
            i, repeated = end, False
            continue
        repeated = False
        if cut is None and paged and table.rows and _broken_remarks(lines[i], i, table.rows[-1], roles):
            i, paged = i + 1, False  # the row broken by the page break: its values' remarks on the new page
            table.last = i - 1
            continue
        if cut is None and paged and table.rows and (end := _sentence_tail(lines, i, table, cutter)) > i:
            i, paged = end, False  # the last row's reason going on after the page break: its sentence's tail
            table.last = i - 1
            continue
        if cut is None:
            break
        start, (cells, i, uncertain) = i, cut
        paged = False
        table.rows.append(cells)
        if uncertain or start in cutter.shared_starts:
            table.doubtful.add(len(table.rows) - 1)
        table.last = i - 1
    return table if table.rows else None


def _broken_remarks(line: str, index: int, row: list[_Cell | None], roles: list[str]) -> bool:
    """A line of bracketed remarks only (`（令和３年） （令和９年）`) right after a page break, as many as the value
    cells the last row printed on one line and none of them with a remark yet: each value's own remark, printed
    on the second line of its cell after the row broke across the page. Adds them to the cells; False when the
    line is no such remarks."""
    found = _fragments(line, index)
    values = [cell for c, cell in enumerate(row) if roles[c] == VALUE and cell is not None]
    if not found or len(found) != len(values) or any(f.kind != "attached" or f.text.startswith(NOTE_MARKS)
                                                     for f in found):
        return False
    if len({cell.line for cell in values}) != 1 or any("\n" in cell.text or not is_value(cell.text)
                                                      for cell in values):
        return False
    for cell, remark in zip(values, found, strict=True):
        cell.text += "\n" + remark.text
    return True


def _sentence_tail(lines: list[str], start: int, table: _Table, cutter: _Cutter) -> int:
    """Lines from `start` (after a page break under the last row) that start no row, up to one ending a sentence
    (MAX_TAIL_LINES at most): the rest of the last row's trailing cell left unfinished, each no wider than its
    column (`broken_rows.tail_column`; told when two cells are left unfinished). Adds them to that cell; returns
    the line after them, or `start` when they are no such tail (a note, values, a heading or a wide paragraph)."""
    end = start
    while end < len(lines) and end - start < MAX_TAIL_LINES and lines[end].strip() and not cutter.ends_stream(end) \
            and cutter.row(end, False) is None and not lines[end].strip().startswith(NOTE_MARKS) \
            and not is_value(lines[end].strip()):
        end += 1
        if lines[end - 1].strip().endswith(SENTENCE_ENDINGS):
            break
    texts = [line.strip() for line in lines[start:end]]
    if not texts or not texts[-1].endswith(SENTENCE_ENDINGS):
        return start
    row = table.rows[-1]
    cells = {c: cell for c in cutter.trailing if cutter.roles[c] != VALUE and (cell := row[c]) is not None}
    col, told = tail_column([(c, cell.text, max((r[c].wrap for r in table.rows if r[c] is not None), default=0)
                              or display_width(cell.last)) for c, cell in cells.items()], texts)
    if col is None:
        return start
    cell = cells[col]
    if not told:
        table.told.append((start + 1, f"{texts[0]!r} read as the rest of the last row's {cutter.roles[col]} cell: "
                                      "other cells of the row end no sentence"))
    cell.text += "".join(texts)
    cell.wrap, cell.last = max(cell.wrap, wrap_width([cell.last, *texts])), texts[-1]
    return end


def _broken_lines(lines: list[str], start: int, cutter: _Cutter) -> tuple[int, list[str]] | None:
    """Lines from `start` (right under a repeated header) that start no row, up to a line that does: a row broken
    by the page break going on. (first line after them, their texts); None when they are more than a name's
    lines, end a sentence (a reason's tail), or no row follows."""
    end = start
    while end < len(lines) and end - start < MAX_NAME_LINES and lines[end].strip() \
            and cutter.row(end, False) is None:
        end += 1
    texts = [line.strip() for line in lines[start:end]]
    if not texts or end >= len(lines) or cutter.row(end, False) is None \
            or any(text.endswith(SENTENCE_ENDINGS) or is_value(text) for text in texts):
        return None
    return end, texts


def _go_on(table: _Table, cutter: _Cutter, texts: list[str]) -> bool:
    """The lines a page break cut from the table's last row added to its cells (`ingest.text.broken_rows`): to the
    cells whose widths they fit, when only one cut fits; else to its name, the text most often wrapped. False when
    which cell goes on is a guess: no cut or several fit, or a cell that may go on (not a whole progress label or
    department) stands in a column no cell wraps in, whose width the table does not show."""
    row = table.rows[-1]
    text_cols = [*cutter.goals, cutter.name, *(c for c in cutter.trailing if cutter.roles[c] != VALUE)]
    widest = {c: max((r[c].wrap for r in table.rows if r[c] is not None), default=0) for c in text_cols}
    open_cells = [(c, cell.last) for c in text_cols
                  if (cell := row[c]) is not None and not (c in cutter.trailing and finished_cell(cell.text))]
    split, told = rests_of_row([(c, last, widest[c]) for c, last in open_cells if widest[c]], texts, cutter.name)
    for col, more in split.items():
        if (cell := row[col]) is not None:
            cell.text += "".join(more)
            cell.wrap, cell.last = max(cell.wrap, wrap_width([cell.last, *more])), more[-1]
    return told and all(widest[c] for c, _ in open_cells)


def _form_field(lines: list[str], table: _Table, floor: int) -> tuple[_Cell, _Cell] | None:
    """A `label` line naming a column role the table lacks, with its value on the next line, above the table."""
    present = {header_role(c.text) for c in table.header}
    for i in range(max(floor, table.first - FORM_FIELD_REACH), table.first - 1):
        label, value = lines[i].strip(), lines[i + 1].strip()
        role = header_role(label) if label else OTHER
        if role in FORM_FIELD_ROLES and role not in present and _header_cells(label) == [label] \
                and value and _header_cells(value) is None and not is_value(value):
            return _Cell(label, i + 1), _Cell(value, i + 2)
    return None


def _grid(table: _Table, field_cells: tuple[_Cell, _Cell] | None, name_col: int | None = None) -> Grid:
    header = [*table.header, *(field_cells[:1] if field_cells else [])]
    cells = [GridCell(0, c, h.text, line=h.line) for c, h in enumerate(header)]
    for r, row in enumerate(table.rows, start=1):
        cells += [GridCell(r, c, cell.text, line=cell.line) for c, cell in enumerate(row) if cell is not None]
    if field_cells:
        value = field_cells[1]
        cells.append(GridCell(1, len(table.header), value.text, row_span=len(table.rows), line=value.line))
    n_rows = len(table.rows) + 1
    return Grid(None, (0.0, float(table.first), float(len(header)), float(table.last)), n_rows, len(header),
                ENGINE, cells, uncertain=table.uncertain, name_col=name_col,
                uncertain_rows={r + 1 for r in table.doubtful}, autospaced=True, told=tuple(table.told))


def _block_header(text: str) -> bool:
    text = text.strip()
    return bool(text) and header_role(text) == VALUE and _header_cells(text) == [text]


def _year_major(lines: list[str], start: int) -> _Table | None:
    """Blocks of `value header` then name / value line pairs with the same names (a year-major sheet)."""
    blocks: list[tuple[_Cell, list[tuple[_Cell, _Cell]]]] = []
    i = start
    last = start
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        if not _block_header(lines[i]):
            break
        head = _Cell(lines[i].strip(), i + 1)
        pairs: list[tuple[_Cell, _Cell]] = []
        i += 1
        while i + 1 < len(lines) and _is_text(lines[i]) and is_value(lines[i + 1].strip()):
            pairs.append((_Cell(lines[i].strip(), i + 1), _Cell(lines[i + 1].strip(), i + 2)))
            i += 2
        names = [compact(name.text) for name, _ in pairs]
        if not pairs or (blocks and names != [compact(n.text) for n, _ in blocks[0][1]]):
            break
        blocks.append((head, pairs))
        last = i - 1
    if len(blocks) < MIN_BLOCKS:
        return None
    table = _Table(start, last, [_Cell("", blocks[0][0].line), *(head for head, _ in blocks)])
    for k, (name, _) in enumerate(blocks[0][1]):
        table.rows.append([name, *(pairs[k][1] for _, pairs in blocks)])
    return table


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every one-cell-per-line table of the text: column-major rows under a header band, or year-major blocks."""
    tables: list[TextTable] = []
    floor = 0
    i = 0
    while i < len(lines):
        if not nfkc(lines[i]).strip():
            i += 1
            continue
        table = _column_major(lines, i)
        if table is not None:
            grid = _grid(table, _form_field(lines, table, floor))
        elif (table := _year_major(lines, i)) is not None:
            grid = _grid(table, None, name_col=0)
        else:
            i += 1
            continue
        tables.append(TextTable(table.first, table.last, grid))
        floor = i = table.last + 1
    return tables
