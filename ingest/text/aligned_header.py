"""Header reading of the whitespace-aligned reader (`ingest.text.aligned`): the block's header band, captions and goal
bands over or among its rows, header cells cut or moved to the columns they head, and the header shapes whose
reading is a guess (the table is flagged).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ingest.table.context import goal_level, unit_field
from ingest.table.grid import Grid
from ingest.table.header import (
    CHANGE,
    NAME,
    NUMBER,
    OTHER,
    PROGRESS,
    VALUE,
    compact,
    header_pieces,
    header_role,
    is_goal_heading,
    is_header_text,
    names_period,
    names_role,
    read_layout,
    section_heading,
    year_only,
)
from ingest.table.rows import segment_label
from ingest.text.aligned_segments import (
    DRIFT,
    Segment,
    _collisions,
    _column_of,
    _column_role,
    _pushed_on,
    _starts_value,
    _width,
    segments,
)
from ingest.text.fragment_cells import is_value
from ingest.text.token_types import is_stand_in
from ingest.title import names_plan
from normalize.periods import bare_header_year, parse_period
from normalize.text import (
    bracket_depth,
    is_unit_word,
    nfkc,
)
from normalize.vocabulary import (
    CAPTION_BRACKETS,
    GOAL_COLUMN_ROLES,
    YEAR_COLUMN_HEADERS,
)


def _header_line(line: list[Segment]) -> bool:
    """Every text of the line is a header word."""
    return bool(line) and all(is_header_text(s.text) for s in line)


#: Header texts a line needs beside one text the vocabulary does not know to still be a header line.
MIN_KNOWN_HEADER_TEXTS = 4


#: A column's header of the year alone (`年度`, over each row's year beside a role's values): a column word too.
_YEAR_HEADERS = frozenset(compact(word) for word in YEAR_COLUMN_HEADERS)


def _band_line(line: list[Segment]) -> bool:
    """A line of the header band: every text a header word, or all but one of at least MIN_KNOWN_HEADER_TEXTS
    header words, the other printing no value (a column word the vocabulary lacks, `主管課` beside `単位  2020年（基準）
    …`): one unknown word does not make the header a row of the table."""
    unknown = [s for s in line if not is_header_text(s.text) and compact(s.text) not in _YEAR_HEADERS]
    return bool(line) and (not unknown or (
        len(unknown) == 1 and len(line) - 1 >= MIN_KNOWN_HEADER_TEXTS and not is_value(unknown[0].text)
        and not any(ch.isdigit() for ch in nfkc(unknown[0].text))))


def _headers_over_headers(block: list[list[Segment]], columns: list[tuple[int, int]], placed: list[list[int]]
                          ) -> list[list[int]]:
    """The columns of the texts of each line, with a header text standing in a gutter, over no column, moved to the
    column of the one header text below it that it overlaps (else above it), when its own line leaves that column
    empty: a role word over the first of its years, each printed from where its cell starts (`目標値` at 72 over
    `2031年度（R13）` at 72, whose numbers pdftotext aligned right from 83), not the nearer column before it. A text
    over no column and none of the band below or above it, in the column of the text before it on its line, moves on
    to the next column when no header line fills that one: a header cell's word printed from the cell's left edge
    over texts aligned right (`担当部署  指標` over `生涯学習課            健康診査の受診率`), two words in one column
    otherwise."""
    band = _header_band(block)
    out = [list(at) for at in placed]
    for _ in columns:  # again after a move: a text moved on frees the column of the one before it (`策定時 実績値`)
        moved = False
        for k in band:
            for n, s in enumerate(block[k]):
                if any(min(b, s.end) > max(a, s.start) for a, b in columns):
                    continue
                for j in (k + 1, k - 1):
                    under = {out[j][m] for m, t in enumerate(block[j]) if t.start < s.end and s.start < t.end} \
                        if j in band else set()
                    if len(under) == 1 and (c := next(iter(under))) not in out[k][:n] + out[k][n + 1:]:
                        moved |= out[k][n] != c
                        out[k][n] = c
                        break
                else:
                    c = out[k][n] + 1
                    if (out[k][n] in out[k][:n] and c < len(columns) and s.end <= columns[c][0]
                            and not any(c in out[j] for j in band)):
                        moved = True
                        out[k][n] = c
        if not moved:
            break
    return out


#: Lines at the top of a block searched for the first line of its header (a title or a heading may come first).
MAX_HEADER_START = 4


def _header_band(block: list[list[Segment]]) -> list[int]:
    """The block's header lines: from the first line of two texts or more that are all header words and no caption
    (among its first lines) down to the last such line before a line of other text, or a goal heading printed
    across the table (`【基本目標1】新しいひとの流れをつくる`, whose goal word is a header word too)."""
    for k, segs in enumerate(block[:MAX_HEADER_START + 1]):
        if len(segs) >= 2 and _band_line(segs) and not any(_caption_text(s.text) for s in segs):
            band = []
            for j in range(k, len(block)):
                if block[j] and (not _band_line(block[j]) or _goal_label(block[j])
                                 or (len(block[j]) == 1 and is_goal_heading(block[j][0].text))):
                    break
                band.append(j)
            return band
    return []


def _caption_text(text: str) -> bool:
    """A text no header cell prints, though it may hold header words: a caption in brackets (`【基本目標１】`), a
    heading opening with a section number (`３．数値目標の達成状況`, `第３章`) or a title naming the plan
    (`第２期総合戦略 重要業績評価指標（KPI）の状況`)."""
    folded = nfkc(text).strip()
    return folded[:1] in nfkc(CAPTION_BRACKETS) or section_heading(folded) or names_plan(folded)


def _caption_lines(block: list[list[Segment]], headings: bool = False) -> set[int]:
    """The lines above the block's header band that print no value and no header word, each text a caption's
    (`_caption_text`), a unit field or other text, or a heading after its section number (`２   基本目標…`): the
    table's caption or title (`朝霧野村      第２期総合戦略 …`, `３．数値目標の達成状況   【基本目標１】`),
    whose wide gaps are no column boundaries and whose long texts cover the gutters of the rows. A goal heading
    (`基本目標１   …`) names the goal column's word: one of these lines only with `headings` (its label and title
    may stand where the goal and name columns start)."""
    band = _header_band(block)
    if not band:
        return set()
    return {k for k, segs in enumerate(block[:band[0]])
            if segs and not any(is_value(s.text) for s in _unnumbered(segs)) and (
                _unnumbered(segs) is not segs or all(
                    _caption_text(s.text) or not is_header_text(s.text) or unit_field(s.text) is not None
                    or (headings and _goal_label([s])) for s in segs))}


def _unnumbered(line: list[Segment]) -> list[Segment]:
    """The line without a section number standing apart before its heading (`２   基本目標ごとの検証結果`)."""
    return line[1:] if len(line) >= 2 and _LONE_ROW_NUMBER.match(nfkc(line[0].text)) else line


def _goal_band(line: list[Segment]) -> bool:
    """A line printing a basic goal's heading and no value (`基本目標２：安心して暮らせる…`, perhaps cut at its wide
    space): a band across the table between its rows, whose long text from the margin covers the gutters of the
    rows, no cells. A label alone (`基本目標１`) is a goal cell's first line, in its column."""
    text = " ".join(s.text for s in line)
    return bool(line) and not any(is_value(s.text) for s in line) and is_goal_heading(text) \
        and goal_level(text) is not None


def _goal_label(line: list[Segment]) -> bool:
    """A line of one numbered goal label (`基本目標１`): the first line of a merged goal cell printed over its first
    row, no header text, although it opens with the goal column's header word."""
    return len(line) == 1 and header_role(line[0].text) in GOAL_COLUMN_ROLES and nfkc(line[0].text)[-1:].isdigit()


#: A row number as a `No.` column prints it (`9`, `10.`).
_NUMBER_MARK = r"\d{1,3}[.)．）]?"


#: A row number one space before the name (`1 出生数`): pdftotext prints a narrow `No.` column that close.
_ROW_NUMBER = re.compile(rf"^{_NUMBER_MARK} (?=\S)")


#: A row number one space before a name in Japanese (`4 宿泊者数`).
_ROW_NUMBER_NAME = re.compile(rf"^{_NUMBER_MARK} (?=[^\x00-\x7f\s])")


@dataclass(frozen=True)
class _Cut:
    """A gap between two neighbouring header texts: the end of the left text, the start of the right one, whether
    the left text heads row numbers, and whether both stand over one column of the body."""

    end: int
    start: int
    numbered: bool
    merged: bool

    @property
    def at(self) -> int:
        return (self.end + self.start + 1) // 2


def _header_cuts(block: list[list[Segment]], columns: list[tuple[int, int]]) -> list[_Cut]:
    """The gaps between neighbouring header texts that name columns. Where two stand over one column of the body,
    a narrow gutter that the rows run over with a single space (`3,100人 企画課` under `目標値（R7）     担当課`,
    `1 出生数` under `No.   指標名`). Header texts one above another that overlap are one column's header."""
    clusters: list[list] = []
    # a unit field at the right end of a caption line (`■重要業績評価指標（KPI）   （単位：千人）`, layouts 164) names
    # no column: standing over the last value header's end, it would close that header's gap to the next one
    for start, end, text in sorted((s.start, s.end, s.text) for k in _header_band(block) for s in block[k]
                                   if unit_field(s.text) is None):
        if clusters and start < clusters[-1][1]:
            clusters[-1][1] = max(clusters[-1][1], end)
            clusters[-1][2].append(text)
        else:
            clusters.append([start, end, [text]])
    cuts = []
    left = year = None
    for start, end, texts in clusters:
        role = _column_role(" ".join(texts))
        if role == OTHER:
            # a bare year (`R10`, a yearly sub-column) or a year with its role word (`R5実績`) bounds the gap to a
            # column of another role after it
            year = (start, end, VALUE) if left is not None and (
                year_only(" ".join(texts)) or header_role(" ".join(texts)) == VALUE) else year
            continue
        if left is not None and role != NUMBER:
            before = year if year is not None and role != VALUE else left
            merged = _column_of(Segment(before[0], before[1], ""), columns) == _column_of(Segment(start, end, ""),
                                                                                          columns)
            cuts.append(_Cut(before[1], start, before[2] == NUMBER, merged))
        left, year = (start, end, role), None
    return cuts


#: A row number standing alone (`9`, `10.`).
_LONE_ROW_NUMBER = re.compile(rf"^{_NUMBER_MARK}$")


def _number_under_header(line: list[Segment], cuts: list[_Cut], columns: list[tuple[int, int]]) -> list[Segment]:
    """The line with a row number standing alone left of the cut after the `No.` header, in another column than
    that header's while the line leaves that one empty, moved under the header: pdftotext pushed it right by the
    width of the texts before it on the page (`9` at 7 beside `10` at 3), into the column of the goal cells printed
    beside the numbers."""
    for cut in (c for c in cuts if c.numbered):
        own = _column_of(Segment(cut.end - 1, cut.end, ""), columns)
        if any(_column_of(s, columns) == own for s in line):
            continue
        line = [Segment(cut.end - (s.end - s.start), cut.end, s.text)
                if _LONE_ROW_NUMBER.match(s.text) and s.end <= cut.at else s for s in line]
    return line


def _holds_together(left: str, right: str) -> bool:
    """A number and its unit (`173 人`), a segment label and its value (`小学校 87.1％`): one cell."""
    return is_unit_word(right.split(" ")[0]) or (right[:1].isdigit() and segment_label(left.split(" ")[-1]) is not None)


def _inside_brackets(left: str, right: str) -> bool:
    """The space between `left` and `right` stands inside a bracket the text closes (`（人口 10` / `万人当たり）`);
    a bracket a wrapped note opens and closes on a later line (`6年度以降は 「` / `企画調整課`) holds no cell."""
    return bracket_depth(left) > 0 and bracket_depth(right) < 0


def _cut_segment(s: Segment, cut: _Cut, cuts: list[_Cut], wide: bool) -> list[Segment]:
    """A text running over a cut and no other, split at its last single space near the cut (a row number under a
    merged cut: at the space after it), each piece within its side of the cut (pdftotext's positions drift by a
    character or two). A text over several cuts (a note under the table) stays whole, and a space inside brackets
    the text closes parts no cells (`自殺死亡率（人口 10 万人当たり）`, a name running into the gap between two header
    texts)."""
    if cut.numbered:
        # a row number one space before a text that runs over the cut (`1 地域経済の…` under `No.    基本目標`), or
        # before a short name that a text layer counting characters ends left of it (`4 宿泊者数`, layouts 142)
        number = _ROW_NUMBER.match(s.text) if cut.merged or s.start < cut.at < s.end or (
            s.start < cut.at and _ROW_NUMBER_NAME.match(s.text)) else None
        spaces = [number.end() - 1] if number and s.start < cut.at else []
    elif s.start <= cut.at < s.end and sum(s.start <= other.at < s.end for other in cuts) == 1:
        spaces = [k for k, ch in enumerate(s.text) if ch == " " and 0 < k < len(s.text) - 1
                  and cut.end - 1 <= s.start + _width(s.text[:k], wide) <= cut.start + 1
                  and not _inside_brackets(s.text[:k], s.text[k + 1:])
                  and not _holds_together(s.text[:k], s.text[k + 1:])]
    else:
        spaces = []
    if not spaces:
        return [s]
    k = spaces[-1]
    at = s.start + _width(s.text[:k], wide)
    return [Segment(min(s.start, cut.at - 1), min(at, cut.at), s.text[:k].rstrip()),
            Segment(max(at + 1, cut.at), max(s.end, cut.at + 1), s.text[k + 1:].lstrip())]


def _split_at_header(block: list[list[Segment]], columns: list[tuple[int, int]], wide: bool
                     ) -> tuple[list[list[Segment]], list[tuple[int, int]]]:
    """The block and its columns with each column that stands under two header texts cut in two between them, and
    every text running over a gap between two header texts split there (`3,100人 企画課`, `…「年少 進捗の遅れ`,
    `1 出生数`). Left as they were when that would put two texts of a line in one column."""
    block = _header_pieces_apart(block, wide)
    cuts = _header_cuts(block, columns)
    if not cuts:
        return block, columns
    edges = {cut.at for cut in cuts if cut.merged}
    out = []
    for segs in block:
        line: list[Segment] = []
        for s in segs:
            pieces = [s]
            for cut in cuts:
                cut_pieces = _cut_segment(pieces[-1], cut, cuts, wide)
                if len(cut_pieces) == 2 and abs(cut_pieces[1].start - cut.start) <= 1 \
                        and not _starts_value(cut_pieces[1].text, cut_pieces[0].text):
                    # the right piece, a text, starts where the header starts its column (a wrapped cell of the
                    # column before run up to the next one's text, `農業の担い手育 就農した…` under `施策    指標名`):
                    # the gutter the rows leave is that column's start, although this text covers it (a value
                    # one space from a name is split by `_split_at_columns`)
                    edges.add(cut.at)
                pieces = pieces[:-1] + cut_pieces
            line += pieces
        out.append(_number_under_header(line, cuts, columns))
    band = set(_header_band(block))
    body = [s for k, segs in enumerate(out) if k not in band for s in segs]
    # a cut most of the body texts under it run over, unsplit, is no column's start: a header text pushed left of its
    # own column over the long names before it (`数値目標   基準値（R1）` over `市内事業所の従業者数`, layouts 156)
    edges = {m for m in edges if not _run_over(body, m, columns)}
    split_columns = []
    for a, b in columns:
        inner = [a, *sorted(m for m in edges if a < m < b), b]
        split_columns += list(pairwise(inner))
    # a line whose cut texts would share a column that its texts as printed do not stays as printed, unless the
    # texts sharing it are one cell's, printed with a wide gap inside (`基本目標１   町の仕事を 成`)
    out = [next((cut for cut in (line, _rejoined(line, split_columns))
                 if _collisions([cut], split_columns) <= _collisions([segs], split_columns)), segs)
           if line != segs else segs for line, segs in zip(out, block, strict=True)]
    if _collisions(out, split_columns) > _collisions(block, columns):
        return block, columns
    return out, split_columns


def _header_pieces_apart(block: list[list[Segment]], wide: bool) -> list[list[Segment]]:
    """The block with each header text holding two whole role/period headers one space apart (`R4 実績 R5 実績 増減`,
    `header_pieces`) parted into one text per header, where it stands: the cuts between them then part the body, and
    a line whose texts the parted columns would not hold stays as printed (`_split_at_header`)."""
    band = set(_header_band(block))
    out = []
    for k, segs in enumerate(block):
        line: list[Segment] = []
        for s in segs:
            pieces = header_pieces(s.text) if k in band else None
            if pieces is None:
                line.append(s)
                continue
            at = s.start
            for piece in pieces:
                line.append(Segment(at, at + _width(piece, wide), piece))
                at += _width(piece, wide) + 1
        out.append(line)
    return out


def _run_over(body: list[Segment], at: int, columns: list[tuple[int, int]]) -> bool:
    """More than half the body texts of the column holding position `at` run over it (DRIFT aside)."""
    inside = [s for s in body for a, b in columns if a <= at < b and s.start < b and a < s.end]
    return 2 * sum(s.start + DRIFT < at < s.end - DRIFT for s in inside) > len(inside)


def _rejoined(line: list[Segment], columns: list[tuple[int, int]]) -> list[Segment]:
    """The line with neighbouring texts that fall in one column joined: a cell printed with a wide gap inside (a
    goal's number and its title, `基本目標１   町の仕事を`), whose end a cut parted from the next column's text."""
    out: list[Segment] = []
    for s in line:
        if out and _column_of(out[-1], columns) == _column_of(s, columns):
            out[-1] = Segment(out[-1].start, max(out[-1].end, s.end), f"{out[-1].text} {s.text}")
        else:
            out.append(s)
    return out


def _value_headers_over_values(block: list[list[Segment]], columns: list[tuple[int, int]]) -> list[list[Segment]]:
    """The block with the value header texts of a header line moved over the columns of values, the k-th text to
    the k-th column, when as many columns print only values below the header and each text stands left of its
    column, some in a column before it: a header centred over a cell whose numbers pdftotext pushed right by the
    wide names before them (`基準値（R1）` over the end of `市内事業所の従業者数`, its `41,200 人` further right,
    layouts 156), or two years over one column. Texts each over a column of values of its own stand where they
    belong, though a stand-in (`未集計`) or a note (`※…`) in some of those columns leaves fewer columns of values
    only than texts: moved, each value would take a neighbour's role."""
    band = _header_band(block)
    placed = [[_column_of(s, columns) for s in segs] for segs in block]
    # the body is what stands under the header: a goal heading above it (`基本目標１   地域にしごとを…`) is none
    body = [(s, c) for k, segs in enumerate(block) if band and k > band[-1]
            for s, c in zip(segs, placed[k], strict=True)]
    # (a whole value opening with a word, `約22.6`, is a value too, and a figure not reported yet, `未集計`, stands in
    # a value column)
    valued = sorted({c for s, c in body if _starts_value(s.text, "") or is_value(s.text) or is_stand_in(s.text)})
    filled = [c for c in valued if all(_starts_value(s.text, "") or is_value(s.text) or is_stand_in(s.text)
                                       for s, own in body if own == c)]
    # a column headed by a change or a rate (`前年度比増減` over `－` / `+4`, `目標達成率` over `123.1%`) prints figures
    # computed from the row's values, never a role's values: role words are never moved over it
    computed = {placed[k][n] for k in band for n, s in enumerate(block[k]) if header_role(s.text) in (CHANGE, PROGRESS)}
    out = list(block)
    for k in band:
        heads = [n for n, s in enumerate(block[k]) if header_role(s.text) == VALUE]
        roles = bool(heads) and all(names_role(block[k][n].text) for n in heads)
        values = [c for c in filled if not (roles and c in computed)]
        if len(heads) != len(values) or not values:
            continue
        at = [placed[k][n] for n in heads]
        if at == values or any(c > v for c, v in zip(at, values, strict=True)) or (
                len(set(at)) == len(at) and set(at) <= set(valued)):
            continue
        moved = dict(zip(heads, values, strict=True))
        out[k] = [Segment(columns[moved[n]][0], columns[moved[n]][1], s.text) if n in moved else s
                  for n, s in enumerate(block[k])]
    return out


def _header_over_gutter(block: list[list[Segment]], columns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The columns with neighbours that no line fills both of joined (and columns no line fills at all), when only
    header lines fill one and only body lines the other (a value header centred over numbers aligned right that
    pdftotext pushed right by the wide text before them: `実績値` at 79, its values ending at 89), a text of one
    runs into the other (a valley between numbers of one column, `1.36` at 86-90 beside `96` at 87-89), or both
    stand left of the cut after the `No.` header, or both print values only, on lines of their own (a short target
    `0` that pdftotext placed right of the others under `目標値`): their gutter is no column boundary. Two columns
    each under a header text of its own stay apart."""
    band = set(_header_band(block))
    if not band:
        return columns
    numbered = [cut.at for cut in _header_cuts(block, columns) if cut.numbered]
    filled: list[set[int]] = [set() for _ in columns]
    spans: list[list[Segment]] = [[] for _ in columns]
    heads: list[list[Segment]] = [[] for _ in columns]
    for k, segs in enumerate(block):
        for s, c in zip(segs, _pushed_on(segs, columns), strict=True):
            filled[c].add(k)
            spans[c].append(s)
            if k in band:
                heads[c].append(s)
    groups = [[c] for c in range(len(columns))]
    c = 0
    while c + 1 < len(groups):
        left, right = (set().union(*(filled[i] for i in group)) for group in groups[c:c + 2])
        start, end = columns[groups[c + 1][0]][0], columns[groups[c][-1]][1]
        crossing = any(s.end > start for s in spans[groups[c][-1]]) or any(
            s.start < end for s in spans[groups[c + 1][0]])
        # a row number's cut parts the numbers from the next column; numbers left of it are one column's
        apart = any(end <= at <= start for at in numbered)
        numbers = any(columns[groups[c + 1][-1]][1] <= at for at in numbered)
        headed = bool(left & band), bool(right & band)
        stacked = _stacked_header(left, band, [s for i in groups[c] for s in spans[i]],
                                  [s for i in groups[c + 1] for s in heads[i]]) or _stacked_header(
            right, band, [s for i in groups[c + 1] for s in spans[i]], [s for i in groups[c] for s in heads[i]])
        if not (left and right) or (not left & right and not apart and stacked) or (
                not left & right and not apart and not all(headed) and (
                numbers or crossing or (left <= band and not right & band) or (right <= band and not left & band)
                or (any(headed) and _pushed_aside(spans[groups[c][-1]], spans[groups[c + 1][0]],
                                                  [s for i in groups[c] + groups[c + 1] for s in heads[i]]))
                or (any(headed) and all(is_value(s.text) for i in groups[c] + groups[c + 1]
                                        for s in spans[i] if s not in heads[i])))):
            groups[c:c + 2] = [groups[c] + groups[c + 1]]
        else:
            c += 1
    out = [(columns[g[0]][0], columns[g[-1]][1]) for g in groups]
    return _goal_labels_joined(block, out if _collisions(block, out) <= _collisions(block, columns) else columns)


def _stacked_header(filled: set[int], band: set[int], texts: list[Segment], beside: list[Segment]) -> bool:
    """A column that only header lines fill, each of its texts standing within a header text of the column beside
    it (`目標` at 81-85 over `(令和10年)` at 81-91, the rows' values at 84-91): a role word and its year printed on two
    header lines of one column, which a gutter found with a tolerance cut apart. A header spanning two columns is
    wider than either's own header text below it, and stays apart."""
    return bool(texts) and filled <= band and all(
        any(o.start <= s.start and s.end <= o.end for o in beside) for s in texts)


#: Positions between a column's texts and a header-less column's beside it, on other lines, that are one column's
#: texts pushed apart (pdftotext places each line's text by the width of the text before it: a grade `D` after a
#: wide `10,000` two positions left of the other rows' grades under `評価`).
PUSH_DRIFT = 2


def _pushed_aside(left: list[Segment], right: list[Segment], heads: list[Segment]) -> bool:
    """The texts of two neighbouring columns stand at most PUSH_DRIFT positions apart, and none is wider than the
    header text over them: the cells of one narrow column (grades under `評価`), not names beside a value column."""
    width = max((s.end - s.start for s in heads), default=0)
    return (bool(left and right) and min(s.start for s in right) - max(s.end for s in left) <= PUSH_DRIFT
            and all(s.end - s.start <= width for s in left + right))


def _goal_labels_joined(block: list[list[Segment]], columns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The columns with a column without header whose texts are all numbered goal labels (`基本目標１`) joined to
    the goal column right of it: the label and the title of one goal cell (`基本目標１   稼ぐ力を高める` under a
    `基本目標` centred over both), which pdftotext keeps apart as far as two columns."""
    band = set(_header_band(block))
    texts: list[list[Segment]] = [[] for _ in columns]
    headers: list[list[str]] = [[] for _ in columns]
    for k, segs in enumerate(block):
        for s, c in zip(segs, _pushed_on(segs, columns), strict=True):
            (headers[c].append(s.text) if k in band else texts[c].append(s))
    out = list(columns)
    for c in range(len(columns) - 2, -1, -1):
        if (texts[c] and not headers[c] and all(_goal_label([s]) for s in texts[c])
                and any(header_role(h) in GOAL_COLUMN_ROLES for h in headers[c + 1])):
            out[c:c + 2] = [(out[c][0], out[c + 1][1])]
    return out


def _year_text(text: str) -> bool:
    """A cell naming a period alone, bracketed or not (`2021(R3)年度`, `（2016年）`), or a western year alone in
    brackets (`(2017)`: a year line under values; unbracketed, the same digits may be a value)."""
    folded = compact(text).strip("()（）")
    if compact(text)[:1] in "(（" and bare_header_year(compact(text)) is not None:
        return True
    return bool(folded) and parse_period(folded) is not None and not names_role(text)


def _year_text_row(cells: list[str]) -> bool:
    """Every filled cell of the row names a period alone."""
    filled = [text for text in cells if text.strip()]
    return bool(filled) and all(_year_text(text) for text in filled)


def _header_over_one_text_lines(grid: Grid, lines: list[str]) -> bool:
    """A header whose lines under it each print one text, no gap (cells joined by single spaces, pdfplumber's
    text): its gaps were ideographic spaces inside header cells (`目標値　（R7）`) or beside a heading, no gutters
    every row leaves, so no aligned table stands there (a row cut where a column happens to start is no sign of
    one); a reader of single-space rows reads its lines."""
    layout = read_layout(grid)
    if layout is None:
        return False
    body = {cell.line for cell in grid.cells if cell.row >= layout.header_end and cell.line and cell.text.strip()}
    return bool(body) and all(len(segments(lines[line - 1])) < 2 for line in body)


def _name_header_joined(block: list[list[Segment]], columns: list[tuple[int, int]]) -> bool:
    """A header line prints the name column's word and another column's word apart, and the columns join them into
    one (`評価の理由` and `評価指標` over reasons set in the middle of their cells, which bridge the gutter): whose
    text of each row is the name is a guess, and every value of the table is uncertain."""
    for k in _header_band(block):
        roles: dict[int, set[str]] = {}
        for s in block[k]:
            roles.setdefault(_column_of(s, columns), set()).add(header_role(s.text))
        if any(NAME in found and len(found - {NAME, OTHER}) > 0 for found in roles.values()):
            return True
    return False


def _roles_off_years(grid: Grid) -> bool:
    """A value column whose header names a role but no year, under which no row prints anything, right before a
    value column whose header names a year: the role words stand a column off the years and values (a band word
    and the first role word start where the first year's cell does, its values printed flush right further on, so
    they fall in a column of their own): which role each value has is a guess. A header without rows under it (its
    rows printed after a gap, read as the next table's) shows no column empty: nothing to judge."""
    layout = read_layout(grid)
    if layout is None:
        return False
    filled = {cell.col for cell in grid.cells if cell.row >= layout.header_end and cell.text.strip()}
    values = {column.index: column for column in layout.of(VALUE)}
    return bool(filled) and any(index not in filled and index + 1 in values and names_role(column.header)
               and not _names_year(column.header) and _names_year(values[index + 1].header)
               for index, column in values.items())


def _years_before_roles(grid: Grid) -> bool:
    """The first value column's header names a year and no role, the next one's a role and a year (`Ｒ３` |
    `計画策定時` over `Ｒ４`): the role words stand a column off the years (a header row printed without the leading
    blank its cells' places need, the rows under it placed by the years): which role each value has is a guess.
    Years without a role after the first column are a group's (`実績値` over `Ｒ４` `Ｒ５`), none before it."""
    layout = read_layout(grid)
    if layout is None:
        return False
    values = sorted(layout.of(VALUE), key=lambda column: column.index)
    return len(values) > 1 and values[1].index == values[0].index + 1 and _names_year(values[0].header) \
        and not names_role(values[0].header) and names_role(values[1].header) and _names_year(values[1].header)


def _names_year(header: str) -> bool:
    """A line of the column's header names a period alone."""
    return any(names_period(line) for line in header.splitlines())
