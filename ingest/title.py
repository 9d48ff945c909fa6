"""The document's title, read from its content: the line that names the plan on the cover or first lines.

A title line is short, one cell (no tab, no column gap), no prose (`、` `。`), no table of contents line (leader
dots), and not a section heading (`1.`, `１`, `（１）`, `1-1`, `第1章`, `①`, `II`). Marks printed beside it are
not part of it (`資料２`, a page number `- 12 -`, a markdown `#`). Where the title is, strongest first:

1. `cover`: in the title region (the first non-empty lines of a text, the first page of a PDF), a title line that
   names a plan (normalize.vocabulary.TITLE_WORDS) outside brackets and quotes, after a qualifier
   (`第2期伊勢崎市…総合戦略`, `○○町 効果検証シート`), the plan word followed by no grammar (`本市における総合戦略の
   改訂`, `総合戦略の体系` are sections about a plan, not its name; `重点プロジェクト（○○市版総合戦略）` and
   `「…総合戦略」を策定` cite one). In a PDF the line printed largest wins, else the first.
2. `running`: such a line ending with the plan's name, printed two or more times anywhere (a title repeated on
   every page) or beginning with its report year (`令和5年度 …効果検証シート`: a sheet linearised page by page
   prints its title at the end of the first page block).
3. `first line` (`largest line` in a PDF): the document's first non-empty line (first piece of a one-line
   document), or the line of a PDF's first page printed clearly larger than the rest, when it is a title line
   naming a kind of document (`…成果指標（令和６年度版）`, `…レポート`; DOCUMENT_KIND_WORDS) and no goal heading or
   table caption (`数値目標の達成状況` heads a slide, not a document).

An excerpt that starts mid-document (a numbered section heading, a table) has none of these: the title is `None`
and the reading carries a warning naming the first line. No title is composed from the content.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ingest.table.header import compact, names_period, section_heading
from ingest.text.csvrows import csv_cells
from ingest.text.fragment_cells import is_value
from ingest.text.furniture import PAGE_NUMBER_IN_LINE, note_mark, numbered_footers, without_page_number
from normalize.periods import ERA_YEAR, WESTERN_YEAR
from normalize.text import cut_at_headings, is_hiragana, longest_first, nfkc
from normalize.vocabulary import (
    BREADCRUMB_SEPARATORS,
    DOCUMENT_KIND_WORDS,
    FISCAL_YEAR_SUFFIX,
    FORM_NUMBER_SUFFIX,
    GOAL_HEADER_WORDS,
    GOAL_LABEL_PREFIXES,
    ITEM_MARKS,
    KINDS,
    LEADER_MARKS,
    ORDINAL_PREFIX,
    PLAN_KIND_JOINER,
    PROSE_MARKS,
    TITLE_BRACKETS,
    TITLE_SIDE_MARKS,
    TITLE_WORDS,
)

#: Longest title line (characters, after NFKC).
TITLE_MAX_CHARS = 80
#: Shortest title line: a plan word and a qualifier.
TITLE_MIN_CHARS = 4
#: Times a plan-naming line must be printed to be a running title.
RUNNING_TITLE_MIN = 2
#: A PDF line counts as printed larger when its font is this much above the page's usual size.
LARGER_FONT_RATIO = 1.2
#: Two font sizes closer than this (points) are one size: the lines of one wrapped title.
SAME_SIZE = 0.1

#: `資料２`, `別紙1`, `様式第２号（第５条関係）` beside or instead of a title.
_SIDE_MARK = re.compile(
    rf"(?:^|\s)(?:{'|'.join(TITLE_SIDE_MARKS)})\s*(?:\d+|{ORDINAL_PREFIX}\s*\d+\s*{FORM_NUMBER_SUFFIX})?"
    r"(?:\s*\([^)]*\))?(?=\s|$)"
)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
#: Columns of a page: a wide gap between two printed characters.
_GAP = re.compile(r"\S(?: {3,}|\u3000{2,})\S")
_GAP_RUN = re.compile(r" {3,}|\u3000{2,}")
_BRACKETED = re.compile("|".join(rf"{re.escape(a)}[^{re.escape(a + b)}]*{re.escape(b)}" for a, b in TITLE_BRACKETS))
#: A breadcrumb trail: three or more parts joined by a separator.
_SEPARATOR = f"[{re.escape(''.join(BREADCRUMB_SEPARATORS))}]"
_BREADCRUMBS = re.compile(rf"[^{_SEPARATOR[1:-1]}]+(?:{_SEPARATOR}[^{_SEPARATOR[1:-1]}]+){{2,}}")
#: A separator alone: a line without two of them is no trail, and is not searched (the search of a long line tries every
#: start, each run to the line's end and back: issue 13).
_SEPARATORS = re.compile(_SEPARATOR)
_KIND_AFTER_PLAN = tuple(PLAN_KIND_JOINER + word for word in KINDS)
_HEADING_STARTS = tuple(longest_first([*KINDS, *GOAL_LABEL_PREFIXES, *GOAL_HEADER_WORDS]))


@dataclass(frozen=True)
class TitleReading:
    """The title found (None when none) and where: `index` into the lines given, `rule` that found it."""

    text: str | None
    index: int | None = None
    rule: str | None = None
    warning: str | None = None


def clean_line(raw: str) -> str:
    """A line as a title candidate: NFKC, marks printed beside a title removed (`資料２`, `- 12 -`, `#`).
    Empty when the line is one cell of a table or only marks. A spreadsheet row holding one filled cell
    (`"○○村 第２期総合戦略 KPI進捗管理表",,,,,,`, a CSV export) is that cell."""
    fields = csv_cells(raw)
    if fields is not None and len(filled := [f for f in fields if f]) == 1:
        raw = filled[0]
    if "\t" in raw.strip() or _GAP.search(PAGE_NUMBER_IN_LINE.sub(" ", raw.strip())):
        return ""  # cells of a table row, or columns of a page
    text = _MARKDOWN_HEADING.sub("", nfkc(raw))
    if len(_SEPARATORS.findall(text)) >= 2 and _BREADCRUMBS.search(text):
        return ""  # a web page's navigation trail (`ホーム > 市政情報 > 総合戦略`)
    text = _SIDE_MARK.sub(" ", PAGE_NUMBER_IN_LINE.sub(" ", text))
    return nfkc(text)


def is_title_line(text: str) -> bool:
    """A cleaned line that may be a title: short, no prose, no contents line, no section heading."""
    return (TITLE_MIN_CHARS <= len(text) <= TITLE_MAX_CHARS and not any(m in text for m in PROSE_MARKS)
            and not any(m in text for m in LEADER_MARKS) and not section_heading(text))


def _outside_brackets(text: str) -> str:
    """The text without what brackets or quotes hold (a qualifier `(改訂素案)`, a plan cited `「…総合戦略」`)."""
    return _BRACKETED.sub(" ", text)


def names_plan(text: str, strict: bool = False) -> bool:
    """The line names a plan: a plan word outside brackets after a qualifier, and after the last plan word no
    grammar (hiragana); `strict`: nothing at all after it (a line away from the cover must end with the name)."""
    rest = _after_plan(text)
    return rest is not None and (not rest if strict else not is_hiragana(rest[:1]) or rest.startswith(_KIND_AFTER_PLAN))


def _after_plan(text: str) -> str | None:
    """What the line prints after its last plan word (spaces and brackets left out), None when it names no plan
    after a qualifier (no plan word, or one at its start or after an item mark)."""
    compact = _outside_brackets(text).replace(" ", "")
    # `in` first: most lines hold no plan word, and a regular expression per word cost more than the rest of it
    found = [(m.start(), m.end()) for word in TITLE_WORDS if word in compact
             for m in re.finditer(re.escape(word), compact)]
    if not found or min(start for start, _ in found) == 0 or compact.startswith(ITEM_MARKS):
        return None
    return compact[max(end for _, end in found):]


def page_title(text: str) -> bool:
    """A page's title, printed where the page's text starts or ends (pypdfium2, `pdftotext -raw`: under a table's
    last row): a line naming the plan (`若葉村 総合戦略 KPI一覧`) with no grammar after its plan word but the kind it
    lists (`…総合戦略の重要業績評価指標`), and no value, period or note. Page furniture: never a wrapped cell's rest,
    however narrow. A row's line whose remark prints a plan word holds a value or a period beside it (`42.5%
    ※第3期保健事業実施計画・第4 期特定健康診`, `(平成30年度) 査等実施計画検討`) or grammar after it (`KPI
    特定健康診査実施率 健康診査等実施計画検討 にあわせて設定`)."""
    rest = _after_plan(text)
    return rest is not None and (rest.startswith(_KIND_AFTER_PLAN) or not any(map(is_hiragana, rest))) \
        and not any(is_value(w) or names_period(w) or note_mark(w) for w in text.split())


def _starts_with_report_year(text: str) -> bool:
    """A yearly report's title begins with the year it reports: `令和5年度 第2期…効果検証シート`."""
    match = ERA_YEAR.match(text) or WESTERN_YEAR.match(text)
    return bool(match and match.group("suffix") == FISCAL_YEAR_SUFFIX)


def _names_kind(text: str) -> bool:
    return any(word in text for word in DOCUMENT_KIND_WORDS) and not text.startswith(_HEADING_STARTS)


@lru_cache(maxsize=1 << 16)
def _has_plan_word(line: str) -> bool:
    """A cheap first test (NFKC, spaces dropped) before a line away from the cover is cleaned. Remembered: a document's
    title is read twice (its type, `ingest.detect`; its cover, `ingest.cover`), every line each time (issue 13)."""
    compact = unicodedata.normalize("NFKC", line).replace(" ", "")
    return any(word in compact for word in TITLE_WORDS)


def _spaced_title(raw: str) -> str:
    """A cover line printed with wide gaps between its words (`白樺町   総合戦略   重要業績評価指標の進捗状況`, a
    centred title as `pdftotext -layout` spaces it): the words joined by one space, when the line so joined names a
    plan or a kind of document (`北浜町   第２次健康増進計画   成果指標一覧`, a sector plan's title: a first line's
    rule); any other gapped line stays columns of a page (empty)."""
    joined = clean_line(_GAP_RUN.sub(" ", raw.strip()))
    return joined if joined and (names_plan(joined) or _names_kind(joined)) else ""


def _candidates(lines: Sequence[str], title_region: int) -> tuple[list[str], int]:
    """Each line cleaned (`clean_line`), and the title region. A whole document printed on one line is cut at
    its headings (normalize.text.cut_at_headings): its first piece is the cover, the rest is not."""
    # beyond the cover only lines naming a plan can be a title: the others are not cleaned (a long document); a
    # slide's or page's footer is read without its page number (`…推進委員会 資料３ 1`, the number one space apart)
    footers = numbered_footers(list(lines))
    cleaned = [clean_line(without_page_number(line) if line.strip() in footers else line)
               if i < title_region or _has_plan_word(line) else "" for i, line in enumerate(lines)]
    for i in range(min(title_region, len(lines))):
        if not cleaned[i] and "\t" not in lines[i]:
            cleaned[i] = _spaced_title(lines[i])
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and "\t" not in lines[first]:
        pieces = cut_at_headings(nfkc(lines[first]))
        if len(pieces) > 1:
            cleaned[first] = clean_line(pieces[0])
            title_region = min(title_region, first + 1)
    return cleaned, title_region


def read_title(lines: Sequence[str], title_region: int, sizes: Sequence[float] | None = None) -> TitleReading:
    """The title of a document from its lines; `title_region`: how many lines from the start form the cover (the
    first page of a PDF); `sizes`: the font size of each of those lines (PDF), to prefer the largest."""
    cleaned, title_region = _candidates(lines, title_region)
    region = [i for i in range(min(title_region, len(lines))) if is_title_line(cleaned[i])]
    cover = _without_running_header([i for i in region if names_plan(cleaned[i])], lines, cleaned, title_region)
    if cover:
        best = max(cover, key=lambda i: (sizes[i] if sizes and i < len(sizes) else 0.0, -i))
        return TitleReading(_wrapped_on(cleaned, best, sizes), best, "cover")
    counts = Counter(text for text in cleaned if text)
    running = next((i for i, text in enumerate(cleaned) if is_title_line(text) and names_plan(text, strict=True)
                    and (counts[text] >= RUNNING_TITLE_MIN or _starts_with_report_year(text))), None)
    if running is not None:
        return TitleReading(cleaned[running], running, "running")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    start = _largest(region, sizes) if sizes else first
    if start is not None and is_title_line(cleaned[start]) and _names_kind(cleaned[start]):
        return TitleReading(cleaned[start], start, "largest line" if sizes else "first line")
    shown = nfkc(lines[first])[:40] if first is not None else ""
    return TitleReading(None, warning=f"no title printed: no cover or title line names the plan (the text starts "
                                      f"with '{shown}'); title left empty")


def _without_running_header(cover: list[int], lines: Sequence[str], cleaned: list[str], region: int) -> list[int]:
    """The cover's title lines without a running header: a line printed again, whatever its spacing, on later pages
    (`○○市総合戦略 進捗状況報告書 令和6年3月` heading every page) names the report the pages are bound in; the line
    printed once (`○○市 総合戦略 重要業績評価指標（KPI）一覧`) names the document they hold. When the cover holds
    only running headers, the title is a line printed once before the header's second printing (the first page),
    which a text layer may give after the first page's rows. Only running headers: they stay."""
    keys = [compact(line) for line in lines]
    counts = Counter(key for key in keys if key)
    own = [i for i in cover if counts[keys[i]] < RUNNING_TITLE_MIN]
    if own or not cover:
        return own or cover
    again = next((i for i in range(cover[0] + 1, len(lines)) if keys[i] == keys[cover[0]]), len(lines))
    own = [i for i in range(region, again) if counts[keys[i]] < RUNNING_TITLE_MIN and is_title_line(cleaned[i])
           and names_plan(cleaned[i])]
    return own or cover


def _wrapped_on(cleaned: list[str], best: int, sizes: Sequence[float] | None) -> str:
    """The title line with the line it wraps onto: a title too long for the page goes on on the next line in its
    own large size (`…重要業績評価指標` / `(KPI)`, layouts 117), joined without space as a wrapped Japanese line is;
    a line of another size (a subtitle, the date) is not the title's."""
    title = cleaned[best]
    after = best + 1
    if sizes and after < len(sizes) and cleaned[after] and abs(sizes[after] - sizes[best]) < SAME_SIZE:
        usual = sorted(sizes)[len(sizes) // 2]
        if sizes[best] >= usual * LARGER_FONT_RATIO and not names_plan(cleaned[after]):
            return title + cleaned[after]
    return title


def _largest(region: list[int], sizes: Sequence[float]) -> int | None:
    """The line of the region printed clearly larger than the page's usual size (the first of the largest)."""
    if not region:
        return None
    usual = sorted(sizes)[len(sizes) // 2]
    best = max(region, key=lambda i: (sizes[i] if i < len(sizes) else 0.0, -i))
    return best if best < len(sizes) and sizes[best] >= usual * LARGER_FONT_RATIO else None
