"""Text clean-up shared by every stage: NFKC, wrapped-line joining, footnote marks, damage repair, and the
repairs real-world text layers need (radical code points, fake bold, letter-spacing)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import groupby, pairwise
from pathlib import Path

from normalize.vocabulary import (
    ACTIVITY_HEADING_PREFIXES,
    ANY_CLOSING_BRACKETS,
    ANY_OPENING_BRACKETS,
    CERTAIN_REPAIRS,
    CHARACTER_FOLDS,
    CIRCLED_NUMBERS,
    DEFINITION_LABELS,
    FOOTNOTE_PATTERNS,
    GOAL_LABEL_PREFIXES,
    HIRAGANA_RANGE,
    KATAKANA_RANGE,
    KINDS,
    MEASURE_HEADING_PREFIXES,
    MIDDLE_DOT,
    NAME_CODE_LETTERS,
    NAME_KIND_LABELS,
    NAME_MARKS,
    NAME_SYMBOL_MARKS,
    OCR_DIGIT_LOOKALIKES,
    OUTLINE_LETTERS,
    PROLONGED_SOUND_MARK,
    SENTENCE_ENDS,
    STATEMENT_NAME_SEPARATORS,
    UNCERTAIN_MARKS,
    UNITS,
)

#: Radical code point → unified ideograph, generated from Unicode data by data/generate_radicals.py.
RADICALS_TABLE = Path(__file__).parent / "data" / "radicals.tsv"


def _load_folds(path: Path = RADICALS_TABLE) -> dict[int, str]:
    folds: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            radical, ideograph = line.split("\t")[:2]
            folds[int(radical, 16)] = chr(int(ideograph, 16))
    folds.update({ord(printed): meant for printed, meant in CHARACTER_FOLDS.items()})
    return folds


_FOLDS = _load_folds()

_FOOTNOTES = re.compile("|".join(FOOTNOTE_PATTERNS))
_REPAIRS = [(re.compile(pattern), repair, seen) for pattern, repair, seen in CERTAIN_REPAIRS]
_WIDE = r"[^\x00-\x7f]"
# A space between two non-ASCII characters is a wrap artefact (`児童・ 生徒の割合`).
_WRAP_SPACE = re.compile(rf"(?<={_WIDE})\s+(?={_WIDE})")
_SPACES = re.compile(r"\s+")


def longest_first(words: Iterable[str]) -> list[str]:
    """The distinct words, longest first (an alternation or a first-match search then prefers `目標値（R7）` to
    `目標値`), words of one length in code-point order: a set's own order varies from run to run with Python's hash
    seed, and so would which of two words found in one text is taken."""
    return sorted(set(words), key=lambda word: (-len(word), word))


def fold_characters(text: str) -> str:
    """Characters NFKC leaves alone that stand for another: CJK radicals (`成⻑` → `成長`), `‧` → `・`."""
    return text.translate(_FOLDS)


@lru_cache(maxsize=1 << 16)
def nfkc(text: str) -> str:
    """NFKC plus whitespace collapse: full-width digits/letters, ％, ㎡, every CJK radical and `‧` fold here.
    Remembered: table reading asks for the same few cell and header texts again and again (a PDF bench corpus:
    93,000 calls, 1,800 texts)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", fold_characters(text))).strip()


#: The marks between a label and what it names (`評価：…`, `目標値：…`), after NFKC, as one string of characters.
LABEL_SEPARATORS = "".join(map(nfkc, STATEMENT_NAME_SEPARATORS))


#: One word between brackets with a space on each side inside them (`（ H30 ）`, `（ KPI ）`: a presentation
#: program pads a Latin word set between full-width brackets).
_PADDED_BRACKETS = re.compile(rf"([{re.escape(ANY_OPENING_BRACKETS)}]) (\S+?) ([{re.escape(ANY_CLOSING_BRACKETS)}])")


def single_glyph(line: str) -> bool:
    """A line of one wide glyph alone (`基`, `１`): a piece of a cell written upright."""
    text = line.strip()
    return len(text) == 1 and unicodedata.east_asian_width(text) in "WF"


def close_padded_brackets(line: str) -> str:
    """The line with the spaces inside padded brackets closed: `基準値（ H30 ）` → `基準値（H30）`, one token."""
    return _PADDED_BRACKETS.sub(r"\1\2\3", line) if " " in line else line  # no space, no padding (issue 13)


def bracket_depth(text: str) -> int:
    """How many brackets the text leaves open (below 0: it closes more than it opens), every kind counted
    (`ANY_OPENING_BRACKETS`): a reader asks whether a cut fell inside a bracketed remark (`（令和 5` / `年度）`)."""
    return sum(text.count(ch) for ch in ANY_OPENING_BRACKETS) - sum(text.count(ch) for ch in ANY_CLOSING_BRACKETS)


def is_unit_word(text: str) -> bool:
    """The text is a unit alone (`人`, `千円`, `km 2`: a 単位 column's cell), compared without whitespace."""
    return _SPACES.sub("", nfkc(text)) in _UNIT_WORDS


def printed_width(text: str) -> int:
    """Width of a text as printed in a monospaced layer, its spaces included: a full-width character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def display_width(text: str) -> int:
    """Width of a text as printed in a monospaced layer, without its surrounding spaces."""
    return printed_width(text.strip())


def one_line(text: str) -> str:
    """The cell text as printed, with line breaks and runs of spaces turned into one space."""
    return _SPACES.sub(" ", text).strip()


def join_wrapped(text: str) -> str:
    """Join a cell that wrapped over several lines: drop spaces between Japanese characters."""
    return _WRAP_SPACE.sub("", nfkc(text))


def wide_to_western(above: str, below: str) -> bool:
    """A wrap from Japanese text (`…電子地域通貨`) to Western text (`(ISECA)の活用`): whether the producer wrapped at
    a space there the two characters do not tell, so a reader keeps the break and the canonical form decides (a
    name joins it, `_WRAP_BREAK`; a goal part spaces it before a bracket and joins it before a letter or digit,
    `normalize.goals.goal_part`), whichever reader read the cell."""
    return bool(above) and bool(below) and not above[-1].isascii() and not above[-1].isspace() \
        and below[0].isascii() and not below[0].isspace()


def unwrap(text: str) -> str:
    """A paragraph of running text on one line as printed (no NFKC: a numbered list keeps its `①`): the line
    breaks and spaces between Japanese characters dropped (wrap artefacts), other runs of whitespace one space."""
    return one_line(_WRAP_SPACE.sub("", text))


def repair(text: str) -> tuple[str, list[str]]:
    """Apply the certain repairs; return the repaired text and a note per repair made."""
    notes: list[str] = []
    for pattern, replacement, _seen in _REPAIRS:
        found = pattern.search(text)
        if found:
            notes.append(f"repaired {found.group(0)} → {replacement}")
            text = pattern.sub(replacement, text)
    return text, notes


#: A letter an OCR wrote for a digit, between digits (`1,2O0`, `3l2`; NFKC form): OCR_DIGIT_LOOKALIKES.
_OCR_DIGIT = re.compile(rf"[0-9][,.]?[{re.escape(OCR_DIGIT_LOOKALIKES)}][,.]?[0-9]")


def is_damaged(text: str) -> bool:
    """True when the text carries a mark of damage whose reading is not certain (UNCERTAIN_MARKS, or a letter an OCR
    wrote for a digit among the digits of a number)."""
    return any(mark in text for mark in UNCERTAIN_MARKS) or bool(_OCR_DIGIT.search(nfkc(text)))


#: One space between a number and the Japanese letter after it (`3 歳児健康診査受診率`, `がんの 75 歳未満…`), or
#: between a Latin letter and a Japanese letter on either side (`IT パスポート`, `e スポーツ`, `(オレンジ SUN)`), or
#: between a kanji or katakana and the number after it (`市民 1 人当たり`, `週 1 回以上`): an office program spaces
#: Western from Asian text (LibreOffice's PDF through pdftotext) and the text layer prints the gap as a space; a name
#: never means it, since a number binds to the word before it (`市民1人当たり`, `人口10万人当たり`, `第2期`). After
#: a hiragana letter a space before a number stays: there a phrase ends with its particle and a document may space
#: the number apart (`がんの 75歳未満`, printed so).
_DIGIT_GAP = re.compile(r"(?<=[0-9A-Za-z]) (?=[^\x00-\x7f\s])|(?<=[^\x00-\x7f\s]) (?=[A-Za-z])"
                        rf"|(?<=[^\W\d_\x00-\x7f{HIRAGANA_RANGE[0]}-{HIRAGANA_RANGE[1]}]) (?=[0-9])")


#: A line break inside a name beside a Japanese letter (`(オレンジ SUN)` / `登録者数`, `市民` / `1人当たり`): the cell
#: wrapped at its width, which in Japanese text never stands for a space. (A space printed within a line may be
#: meant, `がんの 75歳未満`, and stays.)
#: So is a break inside a short Latin word that opens right after a Japanese letter (`(オレンジS` / `UN)登録者数`: a
#: table that wraps at any character); a break after a longer Latin word stays a space (`SDGs` / `Action`).
_WRAP_BREAK = re.compile(rf"(?<=\S)[ \t]*\n\s*(?={_WIDE})|(?<={_WIDE})[ \t]*\n\s*(?=\S)"
                         + "".join(rf"|(?<={_WIDE}[A-Za-z]{{{n}}})[ \t]*\n\s*(?=[A-Za-z])" for n in (1, 2, 3)))


#: A hierarchical code opening a name (`KPI2-1-1 `, `1-(1)-① `: after NFKC `1-(1)-1`): two or more levels joined by
#: dashes, after NAME_CODE_LETTERS or followed by a space, then a Japanese letter. One number alone (`65歳以上…`,
#: `1日当たり…`) is never a code, nor a range glued to its word (`1-2月`).
_CODE_LEVEL = r"(?:\d+|\(\d+\))"
_CODE_LEVELS = rf"{_CODE_LEVEL}(?:\s*-\s*{_CODE_LEVEL})+"
_NAME_CODE = re.compile(rf"^(?:(?:{'|'.join(map(re.escape, NAME_CODE_LETTERS))})\s*{_CODE_LEVELS}\s*"
                        rf"|{_CODE_LEVELS}\s+)(?=[^\x00-\x7f\s])")


#: A kind label opening a name (`KGI：`, `KPI①`, `KPI 2`: after NFKC `KGI:`, `KPI1`; `成果指標 妊婦…`):
#: NAME_KIND_LABELS, then a number of one or two digits, a colon or a space, then a Japanese letter (matched
#: before wrapped lines are joined too, which would glue a label to the name after its space). A code of levels
#: (`KPI2-1-1`) is `_NAME_CODE`'s.
_KIND_LABEL = re.compile(rf"^({'|'.join(map(re.escape, NAME_KIND_LABELS))})(?:\s*\d{{1,2}}\s*:?|\s*:|\s+)\s*"
                         r"(?=[^\x00-\x7f\s])")


def name_kind(text: str) -> str | None:
    """The kind a label opening a name says (`KGI：年間出生数` → 数値目標, `KPI①　移住相談件数` → KPI), else None."""
    match = _KIND_LABEL.match(nfkc(text).strip(" " + MIDDLE_DOT))
    return NAME_KIND_LABELS[match.group(1)] if match else None


#: An outline letter opening a name (`ア　`, `（ア）`, `(イ) `): OUTLINE_LETTERS in brackets, or followed by a space,
#: then a word of two Japanese letters or more. Matched before letter-spacing is closed (that would glue `ア　新規…`
#: into one word); a letter-spaced name (`ス ポ ー ツ…`: a letter, a space, a letter) keeps its first letter.
_OUTLINE_LABEL = re.compile(rf"^\s*(?:[（(][{OUTLINE_LETTERS}][）)]\s*|[{OUTLINE_LETTERS}][ \u3000]+)"
                            r"(?=[^\x00-\x7f\s][^\s])")


def outline_letter(text: str) -> str | None:
    """The outline letter numbering a name (`ア　新規就農者数` → `ア`, `（イ）年間出生数` → `イ`), else None."""
    match = _OUTLINE_LABEL.match(text)
    return next(ch for ch in match.group(0) if ch in OUTLINE_LETTERS) if match else None


def outline_sequence(lines: list[str]) -> bool:
    """Lines each numbered by the next outline letter (`ア　…` / `イ　…` / `ウ　…`): a list, one item a line."""
    places = [OUTLINE_LETTERS.index(letter) for line in lines if (letter := outline_letter(line))]
    return 1 < len(places) == len(lines) and all(b == a + 1 for a, b in pairwise(places))


#: A revision mark in brackets opening or closing a name (`【新】`, `(再掲)` after NFKC): NAME_MARKS; or a symbol
#: opening it bare (`★…`): NAME_SYMBOL_MARKS.
_MARK_WORDS = "|".join(map(re.escape, NAME_MARKS))
_MARK = rf"[【(\[〔]\s*({_MARK_WORDS})\s*[】)\]〕]"
_SYMBOL_MARK = "([" + "".join(map(re.escape, NAME_SYMBOL_MARKS)) + "])"
_NAME_MARK = re.compile(rf"^\s*(?:{_MARK}|{_SYMBOL_MARK})\s*|\s*{_MARK}\s*$")


def name_marks(text: str) -> list[str]:
    """The revision marks printed with a name (`【新】…` → [`新`], `…（再掲）` → [`再掲`])."""
    return [word for match in _NAME_MARK.finditer(nfkc(text).strip()) for word in match.groups() if word]


@lru_cache(maxsize=1 << 14)
def clean_name(text: str) -> str:
    """Indicator name: repaired, letter-spacing closed, NFKC, wrapped lines joined, footnote marks and an
    outline letter, hierarchical code, kind label or revision mark around it removed. Remembered (a pure function
    of the text): repeats and records ask it of the same names several times."""
    repaired, _ = repair(_WRAP_BREAK.sub("", _KIND_LABEL.sub("", _OUTLINE_LABEL.sub("", text).strip())))
    name = join_wrapped(_FOOTNOTES.sub("", nfkc(unspace_letters(repaired)))).strip(" " + MIDDLE_DOT)
    name = _NAME_MARK.sub("", name)
    return _DIGIT_GAP.sub("", _NAME_CODE.sub("", _KIND_LABEL.sub("", name))).strip(" " + MIDDLE_DOT)


_LABELLED_DEFINITION = re.compile(
    r"[（(]\s*(?:" + "|".join(map(re.escape, DEFINITION_LABELS)) + r")\s*[：:].+[）)]\s*$", re.DOTALL)


def is_labelled_definition(text: str) -> bool:
    """A labelled definition in brackets alone (`（算出方法：受診者数÷対象者数×100）`): a name cell's line, no remark
    printed under a value."""
    return _LABELLED_DEFINITION.match(text.strip()) is not None


def name_and_definition(text: str) -> tuple[str, str | None]:
    """A name cell printing a name and then a sentence defining it (`…創業件数。空き店舗を活用したものを含む。`) or a
    labelled definition in brackets (`…受診率（算出方法：受診者数÷対象者数×100）`) → (the name without its sentence
    end or the bracket, the definition as printed); a cell of one sentence or none → (text, None). A sentence end
    inside brackets (`…の数（研修修了者を含む。）`) closes the bracketed remark, not the name: no cut there."""
    if (labelled := _LABELLED_DEFINITION.search(text)) and text[:labelled.start()].strip():
        return text[:labelled.start()].rstrip(), unwrap(labelled.group(0))
    for index, char in enumerate(text):
        if char in SENTENCE_ENDS and (rest := text[index + 1:].strip()) and bracket_depth(text[:index]) <= 0:
            return text[:index].rstrip(), unwrap(rest)
    return text, None


# --- fake bold ------------------------------------------------------------------------------------------------

#: Copies a fake-bold PDF draws of each glyph (at a small offset), so its text layer repeats each character k times.
FAKE_BOLD_COPIES = (4, 3, 2)
#: A stretch inside a line is fake bold when it holds this many repeated letters (kanji, kana, Latin): two when
#: each is repeated three or four times (no word repeats every letter so), three when repeated twice (`重重要要業業`;
#: a word like `ここ` has one). A line that is fake bold from end to end needs one letter (`111,,,555000000件件件`).
#: Digits and marks never count: `22件`, `100`, `1,000`, `――` stay as printed.
FAKE_BOLD_MIN_LETTERS = {4: 2, 3: 2, 2: 3}
#: Lines of one copy count that make a whole document fake bold (see collapse_fake_bold).
FAKE_BOLD_MIN_LINES = 3
_DOUBLED = re.compile(r"(\S)\1")


def _fake_bold_stretches(runs: list[tuple[str, int]], copies: int, taken: set[int]) -> list[list[int]]:
    """Indexes of maximal stretches of runs (spaces between them allowed) whose lengths are multiples of `copies`."""
    stretches: list[list[int]] = []
    current: list[int] = []
    for i, (char, count) in enumerate(runs):
        if char.isspace():
            continue
        if i not in taken and count % copies == 0:
            current.append(i)
            continue
        if current:
            stretches.append(current)
        current = []
    if current:
        stretches.append(current)
    return stretches


def _is_fake_bold(stretch: list[int], runs: list[tuple[str, int]], copies: int, whole_line: bool) -> bool:
    """Enough repeated letters that the repeats are a drawing artefact (FAKE_BOLD_MIN_LETTERS)."""
    letters = sum(1 for i in stretch if runs[i][0].isalpha())
    if whole_line:
        return len(stretch) >= 2 and letters >= 1
    return letters >= FAKE_BOLD_MIN_LETTERS[copies]


def _runs(line: str) -> list[tuple[str, int]]:
    return [(char, len(list(group))) for char, group in groupby(line)]


def _print_runs(runs: list[tuple[str, int]], keep: dict[int, int]) -> str:
    return "".join(char * keep.get(i, count) for i, (char, count) in enumerate(runs))


def _collapse_line(line: str) -> tuple[str, int | None]:
    """The line with its fake-bold stretches printed once, and the copy count that covered most of it."""
    if not _DOUBLED.search(line):
        return line, None
    runs = _runs(line)
    non_space = sum(1 for char, _ in runs if not char.isspace())
    keep: dict[int, int] = {}
    main: int | None = None
    while True:
        best: tuple[int, int, list[list[int]]] | None = None
        for copies in FAKE_BOLD_COPIES:
            found = [stretch for stretch in _fake_bold_stretches(runs, copies, set(keep))
                     if _is_fake_bold(stretch, runs, copies, len(stretch) == non_space)]
            covered = sum(len(stretch) for stretch in found)
            if found and (best is None or covered > best[0]):
                best = (covered, copies, found)
        if best is None:
            return _print_runs(runs, keep), main
        _, copies, found = best
        main = main or copies
        keep.update({i: runs[i][1] // copies for stretch in found for i in stretch})


def collapse_fake_bold_line(line: str) -> str:
    """One line of a fake-bold text layer printed once: `重重重要要要業業業績績績` → `重要業績`.

    A stretch is fake bold when every character in it repeats a multiple of k times (k = 2..4, the k that covers
    more characters first) and it holds enough letters (FAKE_BOLD_MIN_LETTERS); each run then keeps run/k
    copies, so a character really printed twice (`時時` drawn three times each) stays twice. Repeated digits and
    letters outside such a stretch are left as printed: `22件`, `100`, `1,000`, `人々`.
    """
    return _collapse_line(line)[0]


def _collapse_whole_line(line: str, copies: int) -> str:
    """A line of a fake-bold document too short to judge alone (`111...666222`, `援援援`): every run a multiple."""
    runs = _runs(line)
    printed = [count for char, count in runs if not char.isspace()]
    if not printed or any(count % copies for count in printed):
        return line
    return _print_runs(runs, {i: count // copies for i, (char, count) in enumerate(runs) if not char.isspace()})


#: In a fake-bold document, a word of one letter alone printed this many times or more (a multiple of the document's
#: copies) is one letter drawn so (`※の育成 合合合`: a name's last letter wrapped beside another cell's text). Fewer
#: may be a word (`ここ`); no word repeats one letter three times.
FAKE_BOLD_MIN_LONE_COPIES = 3
_LONE_LETTER = re.compile(r"(?<!\S)((\w)\2+)(?!\S)")


def _collapse_lone_letters(line: str, copies: int) -> str:
    """The words of a line of a fake-bold document that repeat one letter `copies` times (or a multiple) printed
    once (`合合合` → `合`) when copies ≥ FAKE_BOLD_MIN_LONE_COPIES; digits stay (`111` may be a value)."""
    if copies < FAKE_BOLD_MIN_LONE_COPIES:
        return line

    def once(found: re.Match[str]) -> str:
        word, letter = found.group(1), found.group(2)
        return letter * (len(word) // copies) if letter.isalpha() and len(word) % copies == 0 else word

    return _LONE_LETTER.sub(once, line)


def collapse_fake_bold(text: str) -> tuple[str, int]:
    """A text layer with its fake-bold stretches printed once, line by line; and how many lines changed.

    Lines with enough letters decide alone (collapse_fake_bold_line). A line of digits and marks only (a value on
    a line of its own, `111...666222`) or of one letter (the wrapped tail `援援援` of a name) cannot: it is collapsed
    only when the document is fake bold, i.e. at least half of its lines with letters were, with one copy count k
    (FAKE_BOLD_MIN_LINES of them at least), and every run of the line is a multiple of that k. A word of one letter
    repeated k times (k ≥ FAKE_BOLD_MIN_LONE_COPIES) is printed once in any text with FAKE_BOLD_MIN_LINES fake-bold
    lines of that k (`合合合`: a sheet whose names alone are bold, beside many plain lines).

    For text layers (readers call it on the decoded text). A PDF reader can do better on characters: drop a
    character drawn again at (almost) the same position, e.g. pdfplumber's `Page.dedupe_chars()`.
    """
    lines = text.splitlines(keepends=True)
    bodies = [line.rstrip("\r\n") for line in lines]
    repaired: list[str] = []
    copies_seen: Counter[int] = Counter()
    letter_lines = 0
    for body in bodies:
        printed, copies = _collapse_line(body)
        repaired.append(printed)
        letter_lines += any(char.isalpha() for char in body)
        if copies:
            copies_seen[copies] += 1
    if copies_seen:
        copies, count = copies_seen.most_common(1)[0]
        if count >= FAKE_BOLD_MIN_LINES:
            whole = count * 2 >= letter_lines
            repaired = [_collapse_lone_letters(_collapse_whole_line(line, copies) if whole else line, copies)
                        for line in repaired]
    rows = list(zip(lines, bodies, repaired, strict=True))
    changed = sum(1 for _, body, printed in rows if body != printed)
    return "".join(printed + line[len(body):] for line, body, printed in rows), changed


#: Lines a glyph's copies must be split over before they are joined back (see join_split_copies).
SPLIT_COPIES_MIN_LINES = 3


def join_split_copies(lines: list[str]) -> tuple[list[str], list[int]]:
    """Lines that split the copies of fake-bold glyphs joined back: `pdftotext -raw` prints a glyph drawn three
    times at small offsets as `基` / `基` / `基本` / `本` / `本目` / …, breaking the line between two copies of one
    character. A run of lines each of which starts with the character the line before ends with is joined when the
    joined text is fake bold (collapse_fake_bold_line changes it); any other line stays as it is, so `…1` / `1件`
    in ordinary text is never joined; nor are lines repeating one letter (`合` / `合` / `合`), unless they follow
    such a joined run, as many as its copies (the line broke between two glyphs, the next glyph's copies alone on
    their lines: printed once). Returns the lines and, for each, the 0-based index of its first source line (a
    reader's line numbers are mapped back through it)."""
    groups: list[list[int]] = []
    for i, line in enumerate(lines):
        if groups and line and lines[groups[-1][-1]] and not line[0].isspace() and lines[groups[-1][-1]][-1] == line[0]:
            groups[-1].append(i)
        else:
            groups.append([i])
    out: list[str] = []
    first: list[int] = []
    copies_before: int | None = None  # the copy count of the group before, a split glyph run
    for group in groups:
        joined = "".join(lines[i] for i in group)
        copies = _collapse_line(joined)[1] if len(group) >= SPLIT_COPIES_MIN_LINES else None
        if copies_before and len(group) == copies_before and len(set(joined)) == 1 and _japanese_letter(joined[0]):
            # the copies of one glyph alone, right after a split run whose line broke between two glyphs (`割` /
            # `割` / `合` / `合` / `合`): as many as that run's copies, the glyph printed once
            out.append(joined[0])
            first.append(group[0])
            copies_before = None
            continue
        copies_before = copies
        if copies:
            out.append(joined)
            first.append(group[0])
        else:
            out.extend(lines[i] for i in group)
            first.extend(group)
    return out, first


# --- letter-spaced text ---------------------------------------------------------------------------------------

#: One space between letters: ASCII or ideographic (`目　標　値`). A wider gap (two or more) separates words or
#: columns (pdftotext -layout) and is never closed.
_LETTER_GAP = re.compile(r"([ \u3000]+)")
#: A letter-spaced stretch of single characters is closed when it holds this many: all of them Japanese letters
#: (`累 計`), or at least LETTER_SPACED_MIN_LETTERS Japanese letters among digits and marks (`第 2 期`,
#: `令 和 5 年 度`); a text that is letter-spaced from end to end needs only one letter (`1 , 2 3 4 件`).
LETTER_SPACED_MIN_CHARS = 3
#: Two single characters one space apart: the least a letter-spaced stretch holds.
_SPACED_PAIR = re.compile(r"(?<![^ \u3000])[^ \u3000][ \u3000][^ \u3000](?![^ \u3000])")
LETTER_SPACED_MIN_LETTERS = 2


def is_hiragana(char: str) -> bool:
    """One hiragana letter (`の`, `て`); False for an empty text."""
    return len(char) == 1 and HIRAGANA_RANGE[0] <= char <= HIRAGANA_RANGE[1]


def is_kana(char: str) -> bool:
    """One hiragana or katakana letter (`の`, `ト`); False for an empty text."""
    return is_hiragana(char) or (len(char) == 1 and KATAKANA_RANGE[0] <= char <= KATAKANA_RANGE[1])


def _japanese_letter(char: str) -> bool:
    return char.isalpha() and not char.isascii()


def _spaced_letters(chars: list[str]) -> int:
    """The Japanese letters of a spaced stretch; the prolonged sound mark counts only after a kana (`セ ン タ ー`):
    alone or after a kanji (`件 ー`, `ー ー`) it is a placeholder dash in a cell of its own, no letter of a word."""
    return sum(_japanese_letter(char) and (char != PROLONGED_SOUND_MARK or is_kana(before))
               for before, char in zip(["", *chars[:-1]], chars, strict=True))


def _spaced_stretch_closes(chars: list[str], whole_line: bool, letters_only: bool = False) -> bool:
    letters = _spaced_letters(chars)
    if len(chars) >= 2 and letters == len(chars):
        return True
    if letters_only or len(chars) < LETTER_SPACED_MIN_CHARS:
        return False
    return letters >= (1 if whole_line else LETTER_SPACED_MIN_LETTERS)


def _unspace_line(line: str, letters_only: bool = False) -> str:
    if not _SPACED_PAIR.search(line):
        return line
    pieces = _LETTER_GAP.split(line)  # token, gap, token, gap, …
    tokens, gaps = pieces[0::2], pieces[1::2]
    printed = [t for t in tokens if t]
    whole_line = bool(printed) and all(len(t) == 1 for t in printed) and all(len(g) == 1 for g in gaps[1:-1])
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        # a stretch: single characters joined by single spaces
        while len(tokens[j]) == 1 and j + 1 < len(tokens) and len(tokens[j + 1]) == 1 and len(gaps[j]) == 1:
            j += 1
        if j > i and _spaced_stretch_closes(tokens[i:j + 1], whole_line, letters_only):
            out.append("".join(tokens[i:j + 1]))
        else:
            out.append("".join(t + g for t, g in zip(tokens[i:j], gaps[i:j], strict=True)) + tokens[j])
        if j < len(gaps):
            out.append(gaps[j])
        i = j + 1
    return "".join(out)


def unspace_letters(text: str, letters_only: bool = False) -> str:
    """Close the spaces of letter-spaced text, line by line: `転 入 者 数` → `転入者数`, `累 計` → `累計`.

    Only stretches of single characters separated by single spaces close, and only when they hold Japanese letters
    (see LETTER_SPACED_MIN_CHARS): separate words stay apart (`男性 77.41歳`, `令和 2 年`, `30 40`). `letters_only`:
    only stretches of Japanese letters alone close, for a row whose cells are one space apart (`pdftotext -raw`),
    where `4 件 8 件` are two cells, values with their units printed apart.
    """
    return "\n".join(_unspace_line(line, letters_only) for line in text.split("\n"))


# --- a document printed on one line -----------------------------------------------------------------------------

#: A line longer than this that holds a goal heading or an indicator caption after a space is several lines run
#: together (a summary whose line breaks were lost): twice the longest heading line a text reader accepts (60
#: characters, `MAX_TITLE_CHARS` in ingest/table/context.py). A table header line (layouts 06, 71 characters) stays
#: whole.
RUN_ON_HEADING_MIN_CHARS = 120


def _printed_forms(word: str) -> set[str]:
    """A vocabulary word as a text layer may print it: as listed, NFKC-folded, Latin letters full-width (`ＫＰＩ`)."""
    folded = unicodedata.normalize("NFKC", word)
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in folded)
    return {word, folded, wide}


def _alternation(words: set[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_GOAL_PREFIXES = _alternation({form for word in GOAL_LABEL_PREFIXES for form in _printed_forms(word)})
_CAPTIONS = _alternation({form for word in KINDS for form in _printed_forms(word)})
#: Where a new line starts inside a run-on line: after a space, before a goal heading (`基本目標１`, `具体的な施策②`:
#: the prefix and its number) or before an indicator caption standing alone as a word (`数値目標 `, `ＫＰＩ `).
_HEADING_START = re.compile(
    rf"(?<=\s)(?=(?:{_GOAL_PREFIXES})\s*[0-9０-９{CIRCLED_NUMBERS}]|(?:{_CAPTIONS})\s)"
)


_LEVEL_PREFIXES = _alternation({form for word in (*GOAL_LABEL_PREFIXES, *MEASURE_HEADING_PREFIXES,
                                                  *ACTIVITY_HEADING_PREFIXES) for form in _printed_forms(word)})
#: A heading of any goal level printed after a space inside a line (`基本目標１ 仕事をつくる 基本目標２ 人を呼び込む`;
#: `【現状と課題】 施策3-2 地域医療の確保`, a measure's heading beside the left column's caption, layouts 178
#: pdfplumber).
_INNER_GOAL_HEADING = re.compile(rf"(?<=\s)(?:{_LEVEL_PREFIXES})\s*[0-9０-９{CIRCLED_NUMBERS}]")


def holds_second_heading(line: str) -> bool:
    """A heading line printing another goal heading after its own: two text columns (or a page two-up) joined line
    by line by a text layer, so that the lines under it mix both columns (layouts 139)."""
    return second_heading_at(line.strip()) is not None


def second_heading_at(line: str) -> int | None:
    """Where the goal heading printed after the line's first text starts (`holds_second_heading`), else None."""
    found = _INNER_GOAL_HEADING.search(line)
    return found.start() if found else None


def second_heading(line: str) -> int | None:
    """Where a line opening with a goal heading prints a second one (`基本目標１ … 基本目標２ …`); None for another."""
    if not _INNER_GOAL_HEADING.match(" " + line, 1) or not (inner := _INNER_GOAL_HEADING.search(line)):
        return None
    return inner.start()


def cut_at_headings(line: str) -> list[str]:
    """A line longer than RUN_ON_HEADING_MIN_CHARS cut before every goal heading and caption word printed inside it
    (`… 概要 基本目標１ 森と水の恵みで稼ぐ 数値目標 林業… → … ＫＰＩ ・木材出荷量 …` → the title, `基本目標１ 森と…`,
    `数値目標 林業…`, `ＫＰＩ ・木材出荷量 …`), so headings and captions stand on lines of their own as printed
    before the line breaks were lost. Pieces are stripped; a shorter line comes back whole."""
    if len(line) <= RUN_ON_HEADING_MIN_CHARS:
        return [line]
    cuts = [0, *(m.start() for m in _HEADING_START.finditer(line)), len(line)]
    pieces = [line[a:b].strip() for a, b in pairwise(cuts)]
    return [piece for piece in pieces if piece] or [line]


_UNIT_WORDS = frozenset(_SPACES.sub("", nfkc(unit)) for unit in UNITS)
