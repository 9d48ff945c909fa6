"""Forms of label–value pairs in a text layer whose cells stand one space apart (pdfplumber `extract_text`,
`pdftotext -raw`, pypdfium2): an evaluation sheet's box for one indicator, `担当課 企画政策課 評価 Ｂ`,
`基準値（R1） 6件 目標値（R6） 20件`, one line a row of the box.

A column reader cannot cut such a line (a space between two cells looks like a space inside a value), but a form
line says where its cells are by what they are: it opens with a label (a header word: `施策名`, `担当課`,
`基準値（R1）`), each label is followed by its value, and a later token that is a header word opens the next pair.
The first token after a label always belongs to its value (`施策名 施策３ …`: `施策３` names a measure, not a label),
unless it is a name or value header word: two column headers side by side make a table's header line, no form.
A value printing two values (`基準値（R1） 2人 1.1億円`) belongs to a box of one indicator a column, which a form
line cannot cut: such a line is no form line, but the box's lines, their values counted against the name line's
words, make a table printed sideways (`_box`). Consecutive form lines make one form; a line opening with a label
the form printed already starts the next form (the next indicator's box, a legend `評価 Ａ：順調 …` under the
last box). Lines the interpreter cannot read as a form (a goal heading over a `数値目標 …` statement) are left to
the other readers. Each form is handed to the interpreter as rows of (label, value) cells, which it reads as a
form (`ingest.table.header.form_layout`).

Boxes whose labels are printed a line each before their cells are read by two mechanisms, for two habits:
- `labels_apart` (a document repair, `ingest.registry`, for `pdftotext -raw` and pypdfium2): one box's labels,
  then exactly as many cells in the same order, a cell perhaps printing several indicators' values side by side
  (`2人 1.1億円`); it rewrites them as form lines (`基準値（R1） 2人 1.1億円`) so that the box reader above cuts
  such a cell by the name line's words, which a pairing of one value a label cannot.
- `_one_a_line` (a reader, for pdfminer, which prints each text box in turn): the labels of two boxes before
  their values, labels and values in interleaved runs, one value a label; each value goes to the first label
  still waiting that takes it (`_takes`), its goal flagged. The labels then the cells in one run, which
  `labels_apart` asks for, is the simplest case of this order, but only where no cell prints two values.
Both find a label printed alone with `_label_alone`. A box whose cell holds a nested table prints that cell's label
among the table's rows (`kind_labels_among_rows`, a document repair): it goes back over the table's header, where
it names the rows' kind as a caption does.
"""

from __future__ import annotations

from ingest.table.grid import Grid, GridCell, grid_from_rows
from ingest.table.header import (
    DEPARTMENT,
    KIND,
    NAME,
    NUMBER,
    VALUE,
    form_layout,
    header_role,
    is_caption,
    is_header_word,
    is_header_words,
    sideways_layout,
)
from ingest.text.blocks import TextTable
from ingest.text.fragment_cells import is_parenthetical, is_value
from ingest.text.furniture import page_number_line
from ingest.text.header_words import header_words, line_words
from ingest.text.placed import PROGRESS, TEXT_CELL, VALUE_CELL, Printed, fits
from ingest.text.side_by_side import Unfolded
from ingest.text.token_types import MAX_MARK_CHARS, T_STAND_IN, T_TEXT, T_VALUE, is_department, typed_tokens
from normalize.cell import parse_cell
from normalize.header import parse_header
from normalize.text import nfkc
from normalize.vocabulary import GOAL_COLUMN_ROLES, NOTE_MARKS, STATEMENT_NAME_SEPARATORS

ENGINE = "text-form"
#: A form prints at least this many lines (a label–value line alone is a statement, read as such).
MIN_FORM_LINES = 2


#: Roles of header words that never stand in a form's value cell: after a label they make the line a table header.
_HEADER_ONLY = frozenset({NAME, VALUE})
_SEPARATORS = frozenset(map(nfkc, STATEMENT_NAME_SEPARATORS))


def _numbered_goal(token: str) -> bool:
    """A goal word with its number (`基本目標１`, `■施策３`): the line is the goal's heading, not a form's pair."""
    return header_role(token) in GOAL_COLUMN_ROLES and any(ch.isdigit() for ch in nfkc(token))


def form_cells(line: str) -> list[str] | None:
    """The (label, value, label, value, …) cells of a form line, else None (a line not opening with a label, a
    goal heading, a label without value, or a value printing two values)."""
    # a separator standing alone between two pairs (`名称 ／ 基準値 48件`) is no cell
    tokens = [token for token in line.split() if nfkc(token) not in _SEPARATORS]
    if not tokens or not is_header_word(tokens[0]) or _numbered_goal(tokens[0]):
        return None
    pairs: list[list[str]] = []
    for token in tokens:
        if not pairs or (len(pairs[-1]) > 1 and is_header_word(token)):
            pairs.append([token])
        elif len(pairs[-1]) == 1 and header_role(token) in _HEADER_ONLY:
            return None  # two column headers side by side (`指標名 基準値（R1） …`): a table's header line
        else:
            pairs[-1].append(token)
    if any(len(pair) < 2 or sum(map(is_value, pair[1:])) > 1 for pair in pairs):
        return None
    return [cell for label, *value in pairs for cell in (label, " ".join(value))]


def _label_line(line: str) -> list[str] | None:
    """The tokens of a line opening with a label and printing something after it (no goal heading), else None."""
    tokens = line.split()
    if len(tokens) < 2 or not is_header_word(tokens[0]) or _numbered_goal(tokens[0]):
        return None
    return tokens


def _box(block: list[tuple[int, list[str]]]) -> TextTable | None:
    """The lines of one box of several indicators, one a column (`指標名 新規就農者数 農産物直売所の売上高` over
    `基準値（R1） 2人 1.1億円` …) as a table printed sideways: each value line prints one value a column, as many as
    the name line has words; a line printing that many words gives one to each column, any other line (`担当課
    農林振興課`, shared by the box's indicators) its words to the first, and so does a goal label's line (`施策名
    1-1 地元企業の人材確保`: the box is one measure's, its number and title one cell however many words it has,
    layouts 241). None when the lines are no such box."""
    widths = {len(tokens) - 1 for _, tokens in block
              if header_role(tokens[0]) == VALUE and all(map(is_value, tokens[1:]))}
    named = [len(tokens) - 1 for _, tokens in block if header_role(tokens[0]) == NAME]
    if len(widths) != 1 or (width := widths.pop()) < 2 or named != [width] or any(
            header_role(tokens[0]) == VALUE and not all(map(is_value, tokens[1:])) for _, tokens in block):
        return None
    rows = [(i + 1, [tokens[0], *(tokens[1:] if len(tokens) - 1 == width and header_role(tokens[0])
                                  not in GOAL_COLUMN_ROLES else [" ".join(tokens[1:])])])
            for i, tokens in block]
    grid = grid_from_rows(rows, ENGINE, line_rows=False)
    return TextTable(block[0][0], block[-1][0], grid) if sideways_layout(grid) is not None else None


def _boxes(lines: list[str]) -> list[TextTable]:
    """Every box of several indicators (`_box`): runs of label lines, a label printed again starting the next."""
    found: list[TextTable] = []
    block: list[tuple[int, list[str]]] = []
    for i, line in enumerate([*lines, ""]):
        tokens = _label_line(line)
        if tokens is None or any(tokens[0] == printed[0] for _, printed in block):
            if len(block) >= MIN_FORM_LINES and (box := _box(block)) is not None:
                found.append(box)
            block = []
        if tokens is not None:
            block.append((i, tokens))
    return found


def _label_alone(line: str) -> str | None:
    """The form label a line prints alone, else None: header words (`担当課`, `指標名`), a value header with its
    period (`基準値（R1）`) or a goal column's word (`施策名`), without a number (`施策３` opens a value)."""
    tokens = line.split()
    if len(tokens) != 1 or not is_header_word(tokens[0]) or _numbered_goal(tokens[0]):
        return None
    text = tokens[0]
    return text if is_header_words(text) or parse_header(text)[0] is not None \
        or header_role(text) in GOAL_COLUMN_ROLES else None


def _takes(role: str, text: str) -> bool:
    """Whether a form's label of this header role takes this printed cell as its value: a cell that may stand in
    a column of that role (`ingest.text.placed.fits`: a value column a value, 単位 a unit), the name no short mark,
    a progress label (`評価`) a short mark or a rate, not a count; a department label a department only."""
    cell = Printed(VALUE_CELL if is_value(text) else TEXT_CELL, text, 0)
    if role == PROGRESS:  # a rating (`Ｂ`) or a rate of achievement (`85%`), not a count (`6件`)
        if is_value(text):
            return any(p.unit == "%" for p in parse_cell(text))
        return len(nfkc(text).strip()) <= MAX_MARK_CHARS
    if role == DEPARTMENT or is_department(text):  # `担当課` a department, and a department no other label
        return role == DEPARTMENT and is_department(text)
    return fits(cell, role) and (role != NAME or len(nfkc(text).strip()) > MAX_MARK_CHARS)


def _goal_value(label: str, value: str) -> str:
    """A goal label's value printed as a number and title (`施策` over `2-1 子育て世帯の負担を減らす`) is that goal's
    heading, the label with its number (`施策 2-1 …`); any other value as printed."""
    return f"{label} {value}" if header_role(label) in GOAL_COLUMN_ROLES and nfkc(value)[:1].isdigit() else value


def _one_a_line(lines: list[str]) -> list[TextTable]:
    """Forms whose cells the text prints one a line (pdfminer: each text box in turn): a box's labels (`施策名`
    `担当課` `指標名`, often those of the next box too), then their values in the same order, labels and values
    coming in runs. Each value goes to the first label still waiting, of the earliest form begun, that takes it
    (`_takes`); a label the newest form printed already begins the next form; a line no waiting label takes ends
    the forms begun. A form whose every label found its value is handed over as the form lines are; its values
    flagged when a value went past it to a later form while it still waited, or to it past an earlier one (the
    cells not in the labels' order: `…就職者数` / `インターンシップ受入企業数` / `社` / `4` pairs the second name's unit
    and values with the first name)."""
    found: list[TextTable] = []
    forms: list[list[list[tuple[int, str]]]] = []  # per form, per label: [(line, label), (line, value)?]
    crossed: set[int] = set()  # forms (by place) a value went to, or went past, out of the printed order

    def close() -> None:
        for k, pairs in enumerate(forms):
            roles = [header_role(pair[0][1]) for pair in pairs]
            # a form names its one indicator before its figures; a band of value headers first is a table's
            if len(pairs) >= MIN_FORM_LINES and all(len(pair) == 2 for pair in pairs) and roles.count(NAME) == 1 \
                    and VALUE in roles and roles.index(NAME) < roles.index(VALUE):
                cells = [GridCell(r, c, _goal_value(pair[0][1], text) if c else text, line=line + 1)
                         for r, pair in enumerate(pairs) for c, (line, text) in enumerate(pair)]
                # the form spans its values' lines: the labels of two forms may come before the values of both
                lines_of = [pair[1][0] for pair in pairs]
                # (the goal in doubt: the boxes around, printed in turn and not all read, may print other goals'
                # numbered titles that read as headings over this one)
                grid = Grid(None, (0.0, float(min(lines_of) + 1), 2.0, float(max(lines_of) + 1)), len(pairs), 2,
                            ENGINE, cells, line_rows=False, goals_guessed=True, uncertain=k in crossed)
                if form_layout(grid) is not None:
                    found.append(TextTable(min(lines_of), max(lines_of), grid))
        forms.clear()
        crossed.clear()

    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if _label_alone(text):
            if not forms or any(pair[0][1] == text for pair in forms[-1]):
                if header_role(text) in (NAME, NUMBER):
                    close()  # a band opening with the name column's header (or `No.`): a table's header, no form
                    continue
                forms.append([])
            forms[-1].append([(i, text)])
            continue
        # (a bracketed period on a line of its own, `（R1）`, is a header's: a table's header band, no form)
        waiting = None if is_parenthetical(text) else next(
            ((k, pair) for k, pairs in enumerate(forms) for pair in pairs
             if len(pair) == 1 and _takes(header_role(pair[0][1]), text)), None)
        if waiting is None:
            close()
        else:
            k, pair = waiting
            pair.append((i, text))
            # a value going to a later form while an earlier one still waits for a label: the cells are not in
            # the labels' order (pdfminer's boxes), and which form's label each value answers is a guess
            early = {e for e, pairs in enumerate(forms[:k]) if any(len(p) == 1 for p in pairs)}
            if early:
                crossed.update(early | {k})
    close()
    return found


def _box_ends(lines: list[str], k: int, first: str) -> bool:
    """Line k (or the text's end) closes a box whose labels were printed apart: the next box's first label, a
    page number, a note, or a legend opening with a label (`評価 Ａ：順調 …`)."""
    text = next((line.strip() for line in lines[k:] if line.strip()), "")
    return not text or text == first or page_number_line(text) or nfkc(text).startswith(NOTE_MARKS) \
        or is_header_word(text.split()[0])


def labels_apart(lines: list[str]) -> Unfolded | None:
    """The lines with each evaluation box whose labels a text layer printed a line each before its cells
    (`pdftotext -raw`, pypdfium2: `施策名` / `担当課` / `指標名` / `基準値（R1）` … then `施策1-2 …` / `農林振興課` / …,
    one cell a line in the labels' order) as form lines, each cell after its label (`担当課 農林振興課`), on the
    cell's line. Only where the labels are distinct, name an indicator and a value, the cells are as many, no cell
    is a label, each value label's cell prints values only, and the box ends there (`_box_ends`); None when the
    text has no such box."""
    out: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and _label_alone(lines[end]):
            end += 1
        labels = [_label_alone(line) or "" for line in lines[i:end]]
        cells = [line.strip() for line in lines[end:end + len(labels)]]
        roles = [header_role(label) for label in labels]
        if len(labels) < MIN_FORM_LINES or len(set(labels)) != len(labels) or NAME not in roles \
                or VALUE not in roles or len(cells) != len(labels) or not all(cells) \
                or any(map(_label_alone, cells)) \
                or any(role == VALUE and not all(map(is_value, cell.split())) for role, cell in zip(roles, cells,
                                                                                                     strict=True)) \
                or not _box_ends(lines, end + len(labels), labels[0]):
            out.append(lines[i])
            origin.append(i)
            i += 1
            continue
        out += [f"{label} {cell}" for label, cell in zip(labels, cells, strict=True)]
        origin += list(range(end, end + len(labels)))
        i = end + len(labels)
    return Unfolded(out, origin) if len(out) < len(lines) else None


def _text_boxes(lines: list[str]) -> list[range]:
    """The runs of lines without a blank line between them (pdfminer's text boxes), as ranges of 0-based lines."""
    boxes: list[range] = []
    start = None
    for i, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = i
        elif not line.strip() and start is not None:
            boxes.append(range(start, i))
            start = None
    return boxes


def _goal_labels(lines: list[str]) -> tuple[str, ...] | None:
    """The labels of a goal box's label column printed as one text box (`施策` / `担当課` / `施策の概要`): distinct
    labels, a goal column's and the department's among them, none naming an indicator or a value (that is a table's
    header band)."""
    labels = tuple(_label_alone(line) or "" for line in lines)
    roles = {header_role(label) for label in labels}
    if len(labels) < MIN_FORM_LINES or not all(labels) or len(set(labels)) != len(labels) \
            or roles & _HEADER_ONLY or not roles & set(GOAL_COLUMN_ROLES) or DEPARTMENT not in roles:
        return None
    return labels


def _goal_cells(labels: tuple[str, ...], lines: list[str]) -> bool:
    """Whether a text box prints a goal box's cells under these labels, one a line in their order: each taken by
    its label (`_takes`), a goal column's a numbered title (`2-1 子育て…`), none a label."""
    pairs = list(zip(labels, (line.strip() for line in lines), strict=False))
    return len(lines) == len(labels) and not any(map(_label_alone, lines)) \
        and all(_takes(header_role(label), cell) for label, cell in pairs) \
        and any(header_role(label) in GOAL_COLUMN_ROLES and nfkc(cell)[:1].isdigit() for label, cell in pairs)


def goal_labels_apart(lines: list[str]) -> Unfolded | None:
    """The lines with each goal box's cells that a text layer printed apart from its labels (pdfminer prints a text
    box at a time: a measure box's label column `施策` / `担当課` / `施策の概要`, then its cells `2-1 …` / `企画政策課`
    / `…`, the next box's labels perhaps before the table nested in the first box) as form lines on the cells'
    lines, each cell after its label (`施策 2-1 …`, `担当課 企画政策課`), the labels left where they are. Label
    boxes wait for the next cell boxes in order; a label box unlike one waiting makes any pairing a guess, so then
    none waits (the cells stay as printed). None when the text has no such box."""
    out = list(lines)
    waiting: list[tuple[str, ...]] = []
    for box in _text_boxes(lines):
        printed = [lines[i] for i in box]
        labels = _goal_labels(printed)
        if labels is not None:
            waiting = [*waiting, labels] if all(other == labels for other in waiting) else []
        elif waiting and _goal_cells(waiting[0], printed):
            out[box.start:box.stop] = [f"{label} {_goal_value(label, line.strip()).removeprefix(label).strip()}"
                                       for label, line in zip(waiting.pop(0), printed, strict=True)]
    return Unfolded(out, list(range(len(lines)))) if out != lines else None


def kind_labels_among_rows(lines: list[str]) -> Unfolded | None:
    """The lines with the kind label of a box whose cell holds a nested table (`成果指標` beside a table of
    `指標名 現状値（R5） 目標値（R10）`) put back over that table's header, where a caption names the kind of the
    rows under it. A layer that keeps the lines' height prints the label where the box's cell is centred: alone on
    a line between two rows (pdfplumber, `pdftotext -layout`), or opening a row's line before its name
    (`成果指標 妊婦健康診査の受診率 96.2% 100%`). Such a label is neither a row nor part of a name. Only under a
    header naming the indicator and value columns and no kind column, where the lines from the header to the
    label are rows, the label line is followed by a row, and the table prints one label (`_box_label`); the rest
    of a row's line keeps its positions. None when the text has no such label."""
    moved: dict[int, tuple[int, str]] = {}  # header line → (label line, label)
    rows: dict[int, str] = {}  # label line → the row printed after the label on it ("" for a label alone)
    header: int | None = None
    labels: list[int] = []

    def close() -> None:
        if header is not None and len(labels) == 1:
            moved[header] = (labels[0], _box_label(lines[labels[0]])[0])
            rows[labels[0]] = _box_label(lines[labels[0]])[1]

    for i, line in enumerate(lines):
        text = line.strip()
        if _table_header(text):
            close()
            header, labels = i, []
        elif header is None or not text:
            continue
        elif (label := _box_label(line)) is not None and (label[1] or _row_line(_next_text(lines, i))):
            labels.append(i)
        elif not _row_line(text):
            close()
            header, labels = None, []
    close()
    if not moved:
        return None
    out: list[str] = []
    origin: list[int] = []
    for i, line in enumerate(lines):
        if i in moved:
            out.append(moved[i][1])
            origin.append(moved[i][0])
        if i in rows and not rows[i]:
            continue
        out.append(rows.get(i, line))
        origin.append(i)
    return Unfolded(out, origin)


def _table_header(text: str) -> bool:
    """A header line naming the indicator column and a value column, no kind column."""
    roles = [header_role(word) for word in line_words(text)]
    return header_words(line_words(text)) and NAME in roles and VALUE in roles and KIND not in roles


def _row_line(text: str) -> bool:
    """A line printing a text (a name) and a value."""
    found = typed_tokens(text.strip())
    return any(t.kind == T_TEXT for t in found) and any(t.kind in (T_VALUE, T_STAND_IN) for t in found)


def _next_text(lines: list[str], i: int) -> str:
    return next((line for line in lines[i + 1:] if line.strip()), "")


def _box_label(line: str) -> tuple[str, str] | None:
    """(the kind label, the rest of the line with the label's places blank) of a line opening with a word naming
    a specific kind (`成果指標`, `重要業績評価指標`), alone or before a row; else None."""
    text = line.strip()
    word = text.split()[0] if text else ""
    if not is_caption(word):
        return None
    rest = line.replace(word, " " * len(word), 1)
    if rest.strip() and not _row_line(rest):
        return None
    return word, rest if rest.strip() else ""


def read_tables(lines: list[str]) -> list[TextTable]:
    """Every form of the text (see the module docstring)."""
    found: list[TextTable] = _boxes(lines) + _one_a_line(lines)
    boxed = {i for box in found for i in range(box.first, box.last + 1)}
    block: list[tuple[int, list[str]]] = []

    def close() -> None:
        grid = grid_from_rows([(i + 1, cells) for i, cells in block], ENGINE, line_rows=False)
        if len(block) >= MIN_FORM_LINES and form_layout(grid) is not None:
            found.append(TextTable(block[0][0], block[-1][0], grid))
        block.clear()

    for i, line in enumerate(lines):
        cells = form_cells(line) if i not in boxed else None
        if cells is None or any(cells[0] in printed[::2] for _, printed in block):
            close()
        if cells is not None:
            block.append((i, cells))
    close()
    return sorted(found, key=lambda table: table.first)


def _beside(line: str) -> list[list[str]] | None:
    """The cells of k forms printed side by side on one form line, one list a form (`指標名 新規創業件数 指標名
    新規就農者数`: the same labels printed again after the first form's), else None."""
    cells = form_cells(line)
    labels = cells[::2] if cells else []
    for k in range(2, len(labels) + 1):
        n = len(labels) // k
        if n * k == len(labels) and all(labels[j * n:(j + 1) * n] == labels[:n] for j in range(1, k)):
            return [cells[2 * n * j:2 * n * (j + 1)] for j in range(k)]
    return None


def forms_beside(lines: list[str]) -> Unfolded | None:
    """The lines with forms printed side by side (cards two a row, layouts 212: pdfplumber prints each line of both,
    `基準値（R1） 12件 基準値（R1） 38人`) put one after the other, the left one first, each line traced to the line it
    was printed on. A run of such lines (blank lines between them dropped) holds one row of forms: it ends where its
    first label is printed again (the next row of cards) or a line is no such line, and one of its labels names the
    indicator. None when the text has none."""
    out: list[str] = []
    origin: list[int] = []
    i = 0
    changed = False
    while i < len(lines):
        beside = _beside(lines[i])
        run = [(i, beside)] if beside is not None else []
        k = i + 1
        while run:
            while k < len(lines) and not lines[k].strip():
                k += 1
            more = _beside(lines[k]) if k < len(lines) else None
            if more is None or len(more) != len(beside) or more[0][0] == beside[0][0]:
                break
            run.append((k, more))
            k += 1
        # each form names its indicator (`指標名 …`): labelled values under a line of names printed side by side
        # (`町内の従業者数 漁業の新規就業者数` over `現状値 3,120人 現状値 2人`, layouts 145) are no forms
        if len(run) < MIN_FORM_LINES or not any(header_role(parts[0][0]) == NAME for _, parts in run):
            out.append(lines[i])
            origin.append(i)
            i += 1
            continue
        for j in range(len(beside)):
            out += [" ".join(parts[j]) for _, parts in run]
            origin += [at for at, _ in run]
        i = run[-1][0] + 1
        changed = True
    return Unfolded(out, origin) if changed else None
