"""Line segments and columns of the whitespace-aligned reader (`ingest.text.aligned`): a line's text runs between gaps,
with their positions counted in characters or in display width, the columns (gutters) a block of lines leaves, and
which column each segment belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ingest.table.header import (
    OTHER,
    VALUE,
    compact,
    header_role,
    names_period,
    names_role,
)
from ingest.text.fragment_cells import is_value
from ingest.text.token_types import is_department
from normalize.cell import is_dash_run
from normalize.periods import bare_header_year, find_period, parse_period
from normalize.text import (
    ANY_CLOSING_BRACKETS,
    ANY_OPENING_BRACKETS,
    bracket_depth,
    is_kana,
    is_unit_word,
    nfkc,
    printed_width,
)
from normalize.vocabulary import (
    PROGRESS_LABELS,
)

ENGINE = "text-aligned"


_GAP = re.compile(r"[ \u3000]{2,}|\u3000")


#: A single space between two values (`１１，９４２億円 １０，０６０億円`: values wider than their column, which
#: pdftotext keeps one space apart): after a digit and a unit of one to three characters, before a digit.
#: `令和 6 年度`, `(平成 30 年)`, `1,563 件 1,630 件`, `計画21(第 3 次)` stay whole (no unit opens a bracket).
_VALUE_END = [r"\d"] + [rf"\d[^\d\s(（]{{{n}}}" for n in (1, 2, 3)]


#: ...and a value one space before a progress label (`3,900 やや遅れ`, `90.0% 達成`: an Excel sheet's 評価 column
#: printed right beside the target column), the label a whole word.
_PROGRESS_WORD = "|".join(re.escape(nfkc(label)) for label in sorted(PROGRESS_LABELS, key=len, reverse=True))


_TOUCHING = re.compile("|".join([rf"(?<={end}) (?=\d)" for end in _VALUE_END[1:]]
                                + [rf"(?<={end}) (?=(?:{_PROGRESS_WORD})(?:[ \u3000]|$))" for end in _VALUE_END]))


#: Single letters spread over a cell's width one by one (均等割り付け: `指          標        名`, `企   画   課`):
#: a run of letters each standing alone between spaces, at least one gap two spaces or wider.
_SPREAD = re.compile(r"(?<![^ \u3000])[^\W\d_](?:[ \u3000]+[^\W\d_])+(?![^ \u3000])")


#: A spread word holds this many letters, or two that make a header word (`担  当`); fewer are cells of their own.
MIN_SPREAD_LETTERS = 3


#: The widest gap of a spread word is at most this many times its narrowest plus SPREAD_SLACK (pdftotext rounds
#: positions): letters spread evenly, unlike one-letter cells of neighbouring columns.
SPREAD_RATIO, SPREAD_SLACK = 2, 2


#: Stand-ins (same width) while a line is cut into segments: a gap inside a spread word, and the single space
#: between a spread word and its neighbour, which separates two cells (`24件 企   画   課`).
_JOIN, _CUT = "\x00", "\x01"


_PIECE = re.compile(rf"(?:(?!{_GAP.pattern}|{_CUT}).)+")


#: A line starting at or before this position starts at the left margin.
MARGIN = 2


#: Share of a block's lines that may cover a position that is still a gutter (a long name that pdftotext lets run
#: into the next column, pushing the values of its line to the right).
GUTTER_TOLERANCE = 0.25


#: Wrapped-cell lines that may directly follow a block's last multi-cell line.
MAX_TRAILING_LINES = 2


#: Positions the tail of a sentence printed on the next page may stand off the column it goes on: pdftotext places
#: each page on a grid of its own (`会が十分ではない` at 91 on one page, `ことが原因である` at 92 on the next).
TAIL_SHIFT = 3


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def _width(text: str, wide: bool) -> int:
    return printed_width(text) if wide else len(text)


def _spread_word(letters: list[str], gaps: list[int]) -> bool:
    """Letters one by one with these gaps between them are one word spread over its cell."""
    if not all(ch.isalpha() and not ch.isascii() for ch in letters) or max(gaps) < 2:
        return False
    if max(gaps) > SPREAD_RATIO * min(gaps) + SPREAD_SLACK or len(set(letters)) == 1:
        return False  # uneven gaps, or one letter repeated (`人   人   人`, a unit in every column)
    if any(is_dash_run(ch) and not is_kana(before) for before, ch in pairwise(["", *letters])):
        return False  # a long-vowel mark lengthens a kana only: after a unit it is a cell's `ー` (`人   ー   ー`)
    return len(letters) >= MIN_SPREAD_LETTERS or header_role("".join(letters)) != OTHER


def _unspread(line: str) -> str:
    """The line with the gaps inside spread words marked _JOIN and a single space beside one marked _CUT."""
    chars = list(line)
    for match in _SPREAD.finditer(line):
        text = match.group(0)
        gaps = [len(gap) for gap in re.findall(r"[ \u3000]+", text)]
        if not _spread_word(text.split(), gaps):
            continue
        start, end = match.span()
        for k in range(start, end):
            chars[k] = _JOIN if chars[k] in " \u3000" else chars[k]
        if start >= 2 and line[start - 1] == " " and line[start - 2] not in " \u3000":
            chars[start - 1] = _CUT
        if line[end:end + 1] == " " and line[end + 1:end + 2] not in ("", " ", "\u3000"):
            chars[end] = _CUT
    return "".join(chars)


def segments(line: str, wide: bool = False) -> list[Segment]:
    """The text runs of a line between gaps, with start/end positions (characters or display width). A word
    spread letter by letter over its cell is one segment (`担   当   課` → `担当課`)."""
    line = line.rstrip()
    # values or header words one space apart are split only in a line that has gaps: a line of single spaces is no
    # aligned row (a pypdfium2 or -raw line `指標名 基準値 目標値`, which other readers read)
    touching = _TOUCHING if _GAP.search(line.strip()) else None
    line = _unspread(line) if _SPREAD.search(line) else line
    found: list[Segment] = []
    end = 0  # where the last piece ends in the line's characters
    for match in _PIECE.finditer(line):
        text = match.group(0)
        if not text.strip():
            continue
        lead = len(text) - len(text.lstrip())
        offset = match.start() + lead
        pieces = touching.split(text.strip()) if touching else [text.strip()]
        for piece in _header_words(pieces) if touching else pieces:
            start = _width(line[:offset], wide) if wide else offset
            text = piece.replace(_JOIN, "")
            if found and _year_of_role(found[-1].text, text, line[end:offset]):
                found[-1] = Segment(found[-1].start, start + _width(piece, wide), found[-1].text + line[end] + text)
            else:
                found.append(Segment(start, start + _width(piece, wide), text))
            offset += len(piece) + 1
            end = offset - 1
    return found


def _year_of_role(left: str, right: str, gap: str) -> bool:
    """`right`, a period alone, is the year of the role word `left` printed just before it, one header cell: a
    bracketed year two spaces from it (`目標  （令和10年）`), or any year one ideographic space from it (`基準　2016年度
    （H28）`, typed into the cell). A bare year a few spaces from a role word stays a yearly sub-column of its own
    (`実績値   R3   R4`), and a role word that names its own year takes no other. A value takes the period one
    ideographic space after it likewise (`1942　2021年度（R3）`: the year typed into the value's cell)."""
    if gap == "\u3000" and names_period(right) and not names_role(right) and is_value(left):
        return True
    if gap != "\u3000" and not (gap.strip(" ") == "" and len(gap) <= 2 and compact(right)[:1] in "(["):
        return False
    year = names_period(right) or bare_header_year(compact(right)) is not None  # `現状　2018`: typed into the cell
    return (year and not names_role(right) and header_role(left) == VALUE
            and find_period(nfkc(left)) is None)


def _header_words(pieces: list[str]) -> list[str]:
    """The pieces with a piece made of header texts one space apart, each naming a column, cut at those spaces
    (`基準値（令和元年度） 実績値（令和６年度） 目標値（令和７年度）`: a page printed from a browser sets header cells
    as wide as their text). `目標値 （R7）` stays whole: a bare year names no column of its own."""
    out: list[str] = []
    for piece in pieces:
        words = piece.split(" ")
        if len(words) >= 2 and all(words) and all(_column_role(word) != OTHER for word in words):
            out += words
        else:
            out.append(piece)
    return out


def _columns(block: list[list[Segment]], tolerance: float) -> list[tuple[int, int]]:
    """Column intervals [start, end) between gutters: positions that at most `tolerance` of the lines cover."""
    multi = [segs for segs in block if segs]
    width = max((s.end for segs in block for s in segs), default=0)
    cover = [0] * (width + 1)
    for segs in multi:
        for s in segs:
            for x in range(s.start, s.end):
                cover[x] += 1
    limit = int(tolerance * len(multi))
    columns: list[tuple[int, int]] = []
    start = None
    for x, n in enumerate(cover):
        if n > limit and start is None:
            start = x
        elif n <= limit and start is not None:
            columns.append((start, x))
            start = None
    if start is not None:
        columns.append((start, width + 1))
    return columns


def _valleys(block: list[list[Segment]], columns: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The columns, each split where few of its own lines cover a run of positions between two well-covered parts:
    a gutter that a few notes or wrapped cells run over (`令和6年3月の改 訂に伴い、` across 目標値 | 進捗状況),
    which a tolerance counted over the whole block would not see in a column most lines leave empty."""
    out: list[tuple[int, int]] = []
    for start, end in columns:
        inside = [[s for s in segs if s.start < end and start < s.end] for segs in block]
        lines = sum(1 for segs in inside if segs)
        cover = [sum(1 for segs in inside for s in segs if s.start <= x < s.end) for x in range(start, end)]
        limit = GUTTER_TOLERANCE * lines
        low = [n <= limit for n in cover]
        pieces, first = [], None
        for x, is_low in enumerate(low):
            if not is_low and first is None:
                first = x
            elif is_low and first is not None:
                pieces.append((start + first, start + x))
                first = None
        if first is not None:
            pieces.append((start + first, end))
        out += pieces if len(pieces) > 1 else [(start, end)]
    return out


def _cores(block: list[list[Segment]]) -> list[list[list[Segment]]]:
    """The block's table rows: lines with at least the median number of segments of its multi-segment lines, or
    (a small table under a title and a heading, which make half its lines) with the most segments. A title or a goal
    heading above the table (fewer, wider segments) may cover a gutter the rows all leave blank."""
    counts = sorted(len(segs) for segs in block if len(segs) >= 2)
    if not counts:
        return [block]
    return [[segs if len(segs) >= least else [] for segs in block]
            for least in dict.fromkeys((counts[len(counts) // 2], counts[-1]))]


#: Positions by which pdftotext may place a text out of its column.
DRIFT = 1


def _column_of(segment: Segment, columns: list[tuple[int, int]]) -> int:
    """The column a segment belongs to: the one its centre lies in, or for a segment running over several
    columns (a note line under the table, a long name) the one it starts in. A column the segment reaches by
    DRIFT positions or fewer it does not run over (pdftotext places a header text a position early: `実績値（R5）`
    over the actual column starting in the gutter before it)."""
    overlapped = [c for c, (a, b) in enumerate(columns)
                  if min(b, segment.end) - max(a, segment.start) > min(DRIFT, segment.end - segment.start - 1)]
    centre = (segment.start + segment.end) / 2 if len(overlapped) < 2 else segment.start + 0.5
    return min(range(len(columns)), key=lambda c: 0 if columns[c][0] <= centre < columns[c][1]
               else min(abs(columns[c][0] - centre), abs(columns[c][1] - centre)))


def _aligned_share(block: list[list[Segment]]) -> float:
    """Share of the segments of multi-segment lines whose left edge, right edge or centre is shared by a segment of
    another line: under the right measure a table's cells line up."""
    segs = [(k, s) for k, line in enumerate(block) if len(line) >= 2 for s in line]
    if not segs:
        return 0.0
    lines_at: dict[tuple[int, int], set[int]] = {}
    for k, s in segs:
        for kind, position in enumerate((s.start, s.end, s.start + s.end)):
            lines_at.setdefault((kind, position), set()).add(k)
    aligned = sum(1 for k, s in segs
                  if any(lines_at[(kind, position)] - {k}
                         for kind, position in enumerate((s.start, s.end, s.start + s.end))))
    return aligned / len(segs)


def _straddles(block: list[list[Segment]], columns: list[tuple[int, int]]) -> int:
    """Segments that overlap two columns or more: the fewer, the better the columns fit the block."""
    return sum(1 for segs in block for s in segs if sum(1 for a, b in columns if s.start < b and a < s.end) > 1)


def _collisions(block: list[list[Segment]], columns: list[tuple[int, int]]) -> int:
    """Lines with two segments in one column: the columns join what the line keeps apart."""
    return sum(1 for segs in block if len({_column_of(s, columns) for s in segs}) < len(segs))


def _pushed_on(segs: list[Segment], columns: list[tuple[int, int]], reach: dict[int, int] | None = None
               ) -> list[int]:
    """The column of each segment of a line; a value that lands in the column of the text before it moves to the
    next column when the line leaves that one empty: values wider than their columns, one space apart
    (`２６６，１８９人 ３４万人` under two columns, full-width digits pushing the second value left of its own). A
    placeholder dash right of all text of its column (`reach`) moves on to the next column too when the line
    leaves it empty: a dash centred under a narrow value header stands left of the header, in the gutter the
    column before it gets (`−` under `現状値` beside a name as wide as its column)."""
    placed = [_column_of(s, columns) for s in segs]
    for k, s in enumerate(segs):
        after = placed[k] + 1
        if (reach and is_dash_run(s.text) and placed[k] in reach and s.start >= reach[placed[k]]
                and after < len(columns) and after not in placed):
            placed[k] = after
    for k in range(1, len(segs)):
        after = placed[k - 1] + 1
        if (placed[k] == placed[k - 1] and after < len(columns) and after not in placed[k + 1:]
                and _starts_value(segs[k].text, segs[k - 1].text) and _starts_value(segs[k - 1].text, "")
                and all(c > after for c in placed[k + 1:])):
            placed[k] = after
    return placed


def _splits(block: list[list[Segment]], own: list[tuple[int, int]], other: list[tuple[int, int]]) -> int:
    """Pairs of segments that `own` columns put together and `other` columns put apart."""
    placed = [(_column_of(s, own), _column_of(s, other)) for segs in block for s in segs]
    return sum(1 for i, (a, b) in enumerate(placed) for c, d in placed[i + 1:] if a == c and b != d)


def _score(block: list[list[Segment]], columns: list[tuple[int, int]], foreign: int) -> tuple[bool, int, int, int, int]:
    """Lower is better: few segments straddling two columns, no two segments of a line in one column, columns
    that do not split what the block's own columns keep together (`foreign`), most columns."""
    allowed = GUTTER_TOLERANCE * sum(1 for segs in block if segs)
    straddles = _straddles(block, columns)
    return straddles > allowed, _collisions(block, columns), foreign, -len(columns), straddles


_PERIOD_BRACKETS = re.compile(r"[()（）\[\]]")


def _column_role(text: str) -> str:
    """The role a header text names for its column (`目標値（R7）`, `担当課`, `R4 実績`), OTHER for a bare year."""
    bare = parse_period(_PERIOD_BRACKETS.sub("", compact(text))) and not names_role(text)
    return OTHER if bare else header_role(text)


def _starts_value(right: str, left: str) -> bool:
    """The text after a single space opens a value (a digit, or a dash placeholder standing alone: `感じる －`) and
    the text before it closes every bracket it opens: `感じてい ６８．２％` may be two cells, `（令和 5 年度）` and
    `79.4 歳` are one. Two bracketed remarks side by side are two cells too: the year lines under two values
    (`（平成 30 年度） （令和３年度）`), whose first one overran its column. So is a department after a value
    (`県内 5 位以内 企画課`: a browser page or a sheet prints the 担当課 column one space after the last value)."""
    word = right.split(" ")[0]
    if _department_after_value(right, left):
        return True
    if right[:1] in ANY_OPENING_BRACKETS:
        return left[-1:] in ANY_CLOSING_BRACKETS and bracket_depth(left) == 0
    return ((right[:1].isdigit() or is_dash_run(word))
            and bracket_depth(left) <= 0)


def _department_after_value(right: str, left: str) -> bool:
    """`right` is a department after a text printing a value (`県内 5 位以内 企画課`); `1,591 部` is a number and its
    unit (部 counts copies), no department."""
    return is_department(right, short=True) and not is_unit_word(right) and any(ch.isdigit() for ch in nfkc(left))
