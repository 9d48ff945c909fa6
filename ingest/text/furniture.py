"""Page furniture in a text layer: page-number lines and running titles, which every text reader passes over.

One notion for every reader, so that a footer one reader knows (`1 / 2`) is no row, cell or sentence in another.
A reader's real difference is a parameter: whether a bare number alone on a line (`12`) may be a page number there
(in a reader that places cells by their order it is also a value; see each caller).
"""

from __future__ import annotations

import re
from itertools import accumulate, pairwise

from ingest.document import PAGE_BREAK
from ingest.table.header import compact
from normalize.text import nfkc
from normalize.vocabulary import (
    CLOSING_BRACKETS,
    NAME_QUOTES,
    NOTE_LABEL_SEPARATORS,
    NOTE_LINE_LABELS,
    NOTE_MARKS,
    OPENING_BRACKETS,
    PAGE_COUNT_SEPARATORS,
    PAGE_NUMBER_DASHES,
    PAGE_NUMBER_PREFIXES,
    QUOTED_INDICATOR_WORDS,
    SENTENCE_ENDINGS,
)

_DASH = f"[{re.escape(PAGE_NUMBER_DASHES)}]"
_PREFIX = "|".join(re.escape(p) for p in sorted(PAGE_NUMBER_PREFIXES, key=len, reverse=True))
_NUMBER = r"\d{1,4}"
#: A page number with a mark that says so (after NFKC): `- 12 -`, `― 3 ―`, `p.12`, `12 / 40`.
_PAGE_MARK = (rf"{_DASH}\s*{_NUMBER}\s*{_DASH}|(?:{_PREFIX})\s*{_NUMBER}"
              rf"|(?P<page>{_NUMBER})\s*[{re.escape(PAGE_COUNT_SEPARATORS)}]\s*(?P<pages>{_NUMBER})")
_MARKED = re.compile(rf"^(?:{_PAGE_MARK})$")
#: The same page number printed beside other text on a line (`星見台市 総合戦略 - 12 -`), as a title line cleans it.
PAGE_NUMBER_IN_LINE = re.compile(rf"(?:^|\s)(?:{_PAGE_MARK})(?=\s|$)", re.IGNORECASE)
_BARE = re.compile(rf"^{_NUMBER}$")
#: Pages a line must be printed beside a page number on to be a running title.
MIN_RUNNING_PAGES = 2
#: Fewest characters of a running title (a document's name); shorter lines beside page numbers are cells' pieces.
MIN_RUNNING_CHARS = 6


def page_number_line(text: str, *, bare: bool = False) -> bool:
    """A line that prints only a page number: `- 12 -`, `１２` (NFKC), `p.12`, `12 / 40` (a page of a count: never
    past the count, so a ratio `5/3` is none), `― 3 ―`; a bare number (`12`) only when `bare` (the caller knows no
    value stands alone there)."""
    folded = nfkc(text).strip().lower()
    found = _MARKED.match(folded)
    if found and found["page"] is not None:
        return 0 < int(found["page"]) <= int(found["pages"])
    return bool(found) or (bare and bool(_BARE.match(folded)))


def furniture_line(lines: list[str], i: int) -> bool:
    """A blank line (a page break) or a page number alone: marked (`- 1 -`, `1 / 2`), or a bare number before a page
    break or the end (a bare number inside a page is a cell)."""
    text = lines[i].strip()
    if not text:
        return True
    if page_number_line(text):
        return True
    return page_number_line(text, bare=True) and (i + 1 >= len(lines) or not lines[i + 1].strip())


def running_titles(lines: list[str]) -> set[str]:
    """Lines printed beside a page number on two pages and half the pages at least (`星見台市 第２期総合戦略` /
    `- 6 -`): a running title, which pypdfium2 prints where its page's text starts or ends, between a table's rows;
    never a cell. A title names its document: a short piece (`進捗`, a wrapped label's end at a page's foot) is
    none."""
    numbers = [i for i, line in enumerate(lines) if line.strip() and furniture_line(lines, i)]
    beside: dict[str, int] = {}
    for i, line in enumerate(lines):
        text = line.strip()
        if len(compact(text)) >= MIN_RUNNING_CHARS and not furniture_line(lines, i) and (i - 1 in numbers
                                                                                         or i + 1 in numbers):
            beside[text] = beside.get(text, 0) + 1
    # on most pages: a cell's piece (`進捗`, a wrapped label's end) may stand beside a page number now and then
    titles = {text for text, count in beside.items() if count >= max(MIN_RUNNING_PAGES, len(numbers) / 2)}
    return titles | numbered_footers(lines)


#: A line ending in a number one space after its text (`桐生野市総合戦略推進懇話会（令和５年８月） 2`).
_TRAILING_NUMBER = re.compile(rf"^(?P<title>.+\S) (?P<page>{_NUMBER})$")


def numbered_footers(lines: list[str]) -> set[str]:
    """Lines printing one text and a page number after it, the text the same on two pages or more and the numbers
    rising from one to the next (a slide's or page's footer, `…懇話会（令和５年８月） 2` … ` 3`): furniture, no row
    whose value is the number."""
    pages: dict[str, list[tuple[int, str]]] = {}
    for line in lines:
        text = line.strip()
        found = _TRAILING_NUMBER.match(text)
        if found and len(compact(found["title"])) >= MIN_RUNNING_CHARS:
            pages.setdefault(compact(found["title"]), []).append((int(found["page"]), text))
    return {text for seen in pages.values() if len(seen) >= MIN_RUNNING_PAGES
            and all(b[0] > a[0] for a, b in pairwise(seen)) for _, text in seen}


def without_page_number(footer: str) -> str:
    """A line of `numbered_footers` without its page number (`浜風町総合戦略推進委員会 資料３ 2` → `… 資料３`)."""
    found = _TRAILING_NUMBER.match(footer.strip())
    return found["title"] if found else footer


def line_pages(lines: list[str], *, shown: bool = False) -> list[int]:
    """The page of every line, counted from 0: a page break line, or a page's first line opening with its form
    feed, opens a page. A text without form feeds (pypdfium2's pages joined by a newline) shows where its pages end
    only by the page numbers printed there (`- 1 -` on a line of its own): the line after one opens a page. With
    `shown`, a text that shows neither (one page, or pages joined without a mark) has no pages: []."""
    if any(line.startswith(PAGE_BREAK) for line in lines):
        return list(accumulate(int(line.startswith(PAGE_BREAK)) for line in lines))
    ends = [page_number_line(line) for line in lines]
    if shown and not any(ends):
        return []
    return list(accumulate((int(i > 0 and ends[i - 1]) for i in range(len(lines))), initial=0))[1:]


def note_after_table(line: str) -> bool:
    """A line under a table that is no row and waits for none: a note (`※…`, `出典：…`) or a sentence (`注）端数処理の
    関係で…場合がある。`)."""
    text = line.strip()
    return note_line(text) or labelled_note(text) or text.endswith(SENTENCE_ENDINGS)


_QUOTED = re.compile(rf"{re.escape(NAME_QUOTES[0])}([^{re.escape(NAME_QUOTES[1])}]+){re.escape(NAME_QUOTES[1])}")


def quoted_names(text: str) -> list[str]:
    """The names a sentence cites in quotes (`成果指標「健康寿命」の算出方法について…` → `健康寿命`): a paragraph
    printed apart from a table that quotes an indicator's name is about that indicator."""
    return _QUOTED.findall(text)


_INDICATOR_QUOTED = re.compile("(?:{})".format("|".join(
    re.escape(word) for word in sorted(QUOTED_INDICATOR_WORDS, key=len, reverse=True))) + _QUOTED.pattern)


def indicator_quoted(text: str) -> list[str]:
    """The names a sentence cites in quotes right after a word saying they are indicators' (`成果指標「健康寿命」の
    算出方法について…` → `健康寿命`; not `「①地域産業の活性化…」については`): a paragraph about those indicators."""
    return _INDICATOR_QUOTED.findall(text)


def labelled_note(line: str) -> bool:
    """A line holding a label's mark (`出典：…`, `評価：…`): a note under a table, no wrapped cell's rest."""
    return any(mark in line for mark in NOTE_LABEL_SEPARATORS)


_NOTE_OPENERS = tuple(nfkc(mark) for mark in NOTE_MARKS)
#: A note's label at the start of a line (after NFKC): `注)`, `注1)`, `出典:`, `資料:`.
_NOTE_LABEL = re.compile("^(?:{})\\s*\\d*\\s*[{}]".format(
    "|".join(re.escape(label) for label in sorted(NOTE_LINE_LABELS, key=len, reverse=True)),
    re.escape(nfkc("".join(NOTE_LABEL_SEPARATORS) + CLOSING_BRACKETS))))


def note_mark(text: str) -> bool:
    """Text opening with a note mark (`※変更前`, `※1`, `[※]`; NFKC-folded): a note, or the remark a cell prints
    with its value. `note_line` is the line-level test (labels and brackets too)."""
    return nfkc(text).strip().startswith(_NOTE_OPENERS)


def note_line(text: str) -> bool:
    """A line that is a note, opening with a note mark (`※住民基本台帳による`, `※１ 目標値は…`) or a note's label
    (`注）端数処理の…`, `出典：…`, `資料：…`), maybe inside brackets (`（※年度末時点の数値）`). The one test every
    reader asks of a line that ends a table's rows or goes on with no row's cell."""
    folded = nfkc(text).strip()
    if folded[:1] in nfkc(OPENING_BRACKETS):
        folded = folded[1:].lstrip()
    return note_mark(folded) or bool(_NOTE_LABEL.match(folded))


def beside_cells(text: str, *, bare: bool = False) -> bool:
    """A line printed among a table's rows that is no part of any cell, so never the rest of a wrapped name: a note
    (`note_line`) or a page number (`page_number_line`; a bare number only when `bare`, as there). One rule for every
    place that gathers a cell's lines, so that no reader glues `※住民基本台帳による` or `P.31` into a name."""
    return note_line(text) or page_number_line(text, bare=bare)
