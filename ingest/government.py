"""Whose document is it: the issuing government (name and 全国地方公共団体コード) read from the text.

A plan names many governments: its own, its prefecture (whose plans it cites), neighbours, 国. The issuer is
chosen by how it is named, strongest first:

1. `title`: named in the title region (the first lines of a text, the first page of a PDF);
2. `self`: named as the issuer of a plan or as a publisher: `伊勢崎市まち・ひと・しごと創生総合戦略`,
   `第2期伊勢崎市…`, `発行 ○○市`, `○○市 企画部 企画課`, `○○市長` (a foreword), or alone on a line (a cover or
   colophon);
3. `mention`: anywhere else (an indicator name `伊勢崎市が住みよいと感じている市民の割合`).

How the text calls itself (`本市`, `本町`, `本県` …) rules out governments of another kind: a document that says
`本市` is not issued by the prefecture whose strategy it cites. Among the governments named at the strongest
level, a municipality beats its own prefecture (cities cite their prefecture's plans). One government left → it;
none or several → `None` and a warning that says what was seen. A government named only by mentions, at least
twice, is taken with a warning (the evidence is weak but it is the only government of the right kind the text
names; one mention is a neighbour named in passing as often as the issuer).

A ward of a designated city (`横浜市中区`) stands for its city; a special ward of 東京都 is a government itself.
A name shared by several governments (府中市 in 東京都 and 広島県) is resolved by the prefecture (and county)
printed before it, here or at another place where the document prints the same name; else it stays unresolved.
The names are data (`ingest/data/governments.csv`), the words around them are in `normalize.vocabulary`.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ingest.document import LoadedDocument
from ingest.model import Extraction
from normalize.text import fold_characters
from normalize.vocabulary import (
    CALENDAR_YEAR_SUFFIX,
    COUNCIL_WORDS,
    COUNTY_ENDING,
    FISCAL_YEAR_SUFFIX,
    GOVERNMENT_NAME_ENDINGS,
    HEAD_WORDS,
    HIRAGANA_LETTERS,
    NAME_CONTINUATIONS,
    NAME_JOINING_KANA,
    NAME_MAX_HIRAGANA_RUN,
    NAME_PREFIX_COUNTERS,
    NAME_PREFIX_DIGITS,
    NAME_PREFIX_PATTERN,
    OFFICE_ENDINGS,
    PLAN_NAME_WORDS,
    PROSE_MARKS,
    PUBLISHER_WORDS,
    SELF_REFERENCES,
)

CODE_LIST = Path(__file__).with_name("data") / "governments.csv"
#: Non-empty lines at the start of a text layer that form its title region (title, cover, date, issuer).
TITLE_LINES = 15
#: Longest title or cover line (characters).
TITLE_LINE_MAX = 60
#: Evidence levels, strongest last.
MENTION, SELF, TITLE = 1, 2, 3
LEVEL_NAMES = {MENTION: "mention", SELF: "plan or publisher line", TITLE: "title"}
#: Mentions a government needs when nothing but mentions names one (a neighbour is often named once in passing).
MIN_MENTIONS = 2
#: A self-reference must outnumber every other kind this many times to rule governments out.
SELF_REFERENCE_MARGIN = 2
#: Longest office name (部, 課 …) printed after the government's name on a publisher line.
OFFICE_NAME_MAX = 12
#: Characters allowed between a prefecture and the name it qualifies (besides a county).
_GAP = re.compile(r"\s*")
_KANJI = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々"
_SPACED = re.compile(r"(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])")
_GLUED = f"{_KANJI}{NAME_JOINING_KANA}"
_GLUED_KANJI = re.compile(rf"[{_GLUED}]$")
_NAME_PREFIX = re.compile(NAME_PREFIX_PATTERN)
#: A word shaped as a government's name (`ingest.government.unlisted_names`): kanji or kana, no glued kanji
#: before it but a prefix (`第2期`), ending in a government's ending before a space, a plan or head word, or the end.
_HIRAGANA = "-".join(HIRAGANA_LETTERS)
_WORD = rf"{_KANJI}{_HIRAGANA}ァ-ヶー"
_WORD_CHARACTER = re.compile(f"[{_WORD}]")
_NUMERAL = NAME_PREFIX_DIGITS
_UNLISTED = re.compile(
    rf"(?:(?<=[{_NUMERAL}][{NAME_PREFIX_COUNTERS}])|(?<=[{_NUMERAL}]{CALENDAR_YEAR_SUFFIX})"
    rf"(?!{FISCAL_YEAR_SUFFIX.removeprefix(CALENDAR_YEAR_SUFFIX)})|(?<=[{_NUMERAL}]{FISCAL_YEAR_SUFFIX})|(?<![{_WORD}{_NUMERAL}]))"
    rf"(?P<name>[{_WORD}]{{1,7}}?[{GOVERNMENT_NAME_ENDINGS}])"
    rf"(?=\s|$|{'|'.join(map(re.escape, (*PLAN_NAME_WORDS, *HEAD_WORDS, *COUNCIL_WORDS)))})")
#: Grammar inside a word: more hiragana in a row after another letter than a name holds (NAME_MAX_HIRAGANA_RUN:
#: `委員で構成する…市` is no name, `夕陽が浜町` is); a name may open with some (`みどり野町`).
_GRAMMAR = re.compile(rf"[^{_HIRAGANA}][{_HIRAGANA}]{{{NAME_MAX_HIRAGANA_RUN + 1}}}")


@dataclass(frozen=True)
class Government:
    """One entry of the code list."""

    code: str
    prefecture: str
    county: str
    name: str
    kind: str
    parent_code: str

    @property
    def issuer_code(self) -> str:
        """The government that issues plans for this one: a designated city's ward → the city."""
        return self.parent_code or self.code


def check_digit(five: str) -> str:
    """The check digit of a 5-digit JIS X 0402 code (総務省: weights 6, 5, 4, 3, 2; 11 minus the rest mod 11,
    its last digit)."""
    total = sum(int(d) * w for d, w in zip(five, (6, 5, 4, 3, 2), strict=True))
    return str((11 - total % 11) % 10)


def valid_code(code: str) -> bool:
    """A 6-digit 全国地方公共団体コード whose last digit is the check digit of the first five."""
    return len(code) == 6 and code.isascii() and code.isdigit() and check_digit(code[:5]) == code[5]


@dataclass(frozen=True)
class CodeList:
    """The code list with its lookups: code → government, printed name → governments of that name."""

    by_code: dict[str, Government]
    by_name: dict[str, tuple[Government, ...]]
    prefectures: dict[str, Government]
    longest: int


@cache
def code_list(path: Path = CODE_LIST) -> CodeList:
    """Read and check the code list (every code carries a valid check digit)."""
    by_code: dict[str, Government] = {}
    by_name: dict[str, list[Government]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if not valid_code(row["code"]):
                raise ValueError(f"{path.name}: {row['code']} {row['name']}: invalid check digit")
            government = Government(row["code"], row["prefecture"], row["county"], row["name"], row["kind"],
                                    row["parent_code"])
            by_code[government.code] = government
            for name in filter(None, (row["name"], row["alias"])):
                by_name[name].append(government)
    prefectures = {g.name: g for g in by_code.values() if g.kind == "prefecture"}
    return CodeList(by_code, {k: tuple(v) for k, v in by_name.items()}, prefectures, max(map(len, by_name)))


@dataclass
class Occurrence:
    """A government name printed in the text, with the governments it can be and how it is named."""

    line: int
    start: int
    end: int
    name: str
    candidates: tuple[Government, ...]
    level: int = MENTION
    pinned: bool = False  #: narrowed by a prefecture or county printed before it


@dataclass(frozen=True)
class Reading:
    """The issuing government read from a document, or None with the reason in `warnings`."""

    government: Government | None
    warnings: tuple[str, ...] = ()

    @property
    def name(self) -> str | None:
        return self.government.name if self.government else None

    @property
    def code(self) -> str | None:
        return self.government.code if self.government else None

    @property
    def prefecture(self) -> str | None:
        return self.government.prefecture if self.government else None


def _names_in(text: str, codes: CodeList, spaced: str = "") -> list[tuple[int, int, str]]:
    """(start, end, name) of every name of the list in a line, leftmost first and longest at each start,
    never overlapping (`東京都市…` holds 東京都, not 京都市), and none ending a longer word; `spaced`: the line
    before its spaces were dropped (a space there parts the name from the word before it)."""
    found: list[tuple[int, int, str]] = []
    for end in range(1, len(text) + 1):
        if text[end - 1] not in GOVERNMENT_NAME_ENDINGS or text[end - 1:end + 1] in NAME_CONTINUATIONS:
            continue
        for size in range(min(codes.longest, end), 1, -1):
            if text[end - size:end] in codes.by_name:
                found.append((end - size, end, text[end - size:end]))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str]] = []
    for item in found:
        if (not kept or item[0] >= kept[-1][1]) and not _inside_longer_name(text, item, kept, spaced):
            kept.append(item)
    return kept


def _inside_longer_name(text: str, item: tuple[int, int, str], kept: list[tuple[int, int, str]], spaced: str) -> bool:
    """The name ends a longer word: a kanji (or a joining kana, `萩ノ森町`) is glued before it that is not the end of
    the name just before it (`群馬県伊勢崎市`), a county (`佐波郡玉村町`), an ordinal, a date or a merger prefix
    (`第２期伊勢崎市`, `旧境町`), and the line as printed puts no space before it either: `大沢原村` names no 原村 (an
    unlisted or fictional government is no listed one)."""
    start, _, name = item
    before = text[:start]
    if not _GLUED_KANJI.search(before) or before.endswith(COUNTY_ENDING) or _NAME_PREFIX.search(before):
        return False
    if kept and kept[-1][1] == start:
        return False
    return not re.search(rf"(?<![{_GLUED}]){re.escape(name)}", spaced)


def _level(text: str, start: int, end: int, in_title: bool) -> int:
    """How a name at text[start:end] is named: in the title region, as a plan's issuer or publisher, or not."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if in_title and _title_like(text, after):
        return TITLE
    if not before and not after:
        return SELF  # alone on a line: a cover or a colophon
    if after.startswith(PLAN_NAME_WORDS):
        return SELF  # 伊勢崎市まち・ひと・しごと創生総合戦略, 第３次伊勢崎市総合計画 (or a plan it cites)
    if text[end:].startswith(HEAD_WORDS):
        return SELF  # 伊勢崎市長 (a foreword signed by the mayor), 群馬県知事
    if any(word in before for word in PUBLISHER_WORDS):
        return SELF  # 発行：伊勢崎市, 担当 伊勢崎市企画調整課
    office = after.split()[0] if after else ""
    spaced = text[end:end + 1].isspace() or office == after
    if spaced and office.endswith(OFFICE_ENDINGS) and len(office) <= OFFICE_NAME_MAX:
        return SELF  # 伊勢崎市 企画部 企画調整課
    return MENTION


def _title_like(text: str, after: str) -> bool:
    """A title or cover line: short, no table cells, no prose; the name alone or naming a plan (a table row or a
    sentence at the top of a document names governments too)."""
    return ("\t" not in text and len(text) <= TITLE_LINE_MAX and not any(mark in text for mark in PROSE_MARKS)
            and (not after or any(word in text for word in PLAN_NAME_WORDS)))


@lru_cache(maxsize=1 << 16)
def _normal(line: str) -> str:
    """NFKC, and spaces between two Japanese characters dropped: covers and titles are often letter-spaced
    (`伊 勢 崎 市`), and wrapped text keeps stray spaces (`第 2 期 伊勢崎市まち・ひと・しごと創生 総合戦略`).
    Tabs (cell borders) stay. CJK radicals fold too (`⻑野市` → `長野市`, normalize.text.fold_characters).
    Remembered: `occurrences` and `self_reference` both read every line of a document (issue 13)."""
    return _SPACED.sub("", unicodedata.normalize("NFKC", fold_characters(line))).strip()


def occurrences(lines: Sequence[str], title_region: int, codes: CodeList | None = None) -> list[Occurrence]:
    """Every government name in the lines; `title_region`: the lines (from the start) that form the title."""
    codes = codes or code_list()
    found: list[Occurrence] = []
    for number, raw in enumerate(lines):
        text = _normal(raw)
        names = _names_in(text, codes, unicodedata.normalize("NFKC", fold_characters(raw)))
        for i, (start, end, name) in enumerate(names):
            candidates = codes.by_name[name]
            pinned = False
            previous = names[i - 1] if i else None
            if previous and previous[2] in codes.prefectures and len(candidates) > 1:
                gap = text[previous[1]:start]
                county = _GAP.sub("", gap)
                if _GAP.fullmatch(gap) or (county.endswith(COUNTY_ENDING) and len(county) <= 6):
                    narrowed = tuple(g for g in candidates if g.prefecture == previous[2]
                                     and (not county or g.county == county))
                    candidates, pinned = narrowed or candidates, bool(narrowed)
            if len(candidates) > 1 and not pinned:
                county = re.search(rf"(\S{{1,5}}{COUNTY_ENDING})\s*$", text[:start])
                narrowed = tuple(g for g in candidates if county and g.county == county.group(1))
                candidates, pinned = narrowed or candidates, bool(narrowed)
            found.append(Occurrence(number, start, end, name, candidates,
                                    _level(text, start, end, number < title_region), pinned))
    _resolve_by_pinned(found)
    return found


def _resolve_by_pinned(found: list[Occurrence]) -> None:
    """A bare shared name (府中市) takes the government the document pins it to elsewhere (東京都府中市), when it
    pins it to exactly one."""
    pins: dict[str, set[str]] = defaultdict(set)
    for occurrence in found:
        if occurrence.pinned and len(occurrence.candidates) == 1:
            pins[occurrence.name].add(occurrence.candidates[0].code)
    for occurrence in found:
        if len(occurrence.candidates) > 1 and len(pins.get(occurrence.name, ())) == 1:
            code = next(iter(pins[occurrence.name]))
            occurrence.candidates = tuple(g for g in occurrence.candidates if g.code == code)


def self_reference(lines: Sequence[str]) -> str | None:
    """The last character of the issuer's name as the text calls itself (`本市` → 市), when one kind clearly
    dominates; a self-reference glued to a kanji before it is another word (`日本市場`, `○○市本町`)."""
    counts: Counter[str] = Counter()
    pattern = re.compile(rf"(?<![{_KANJI}])({'|'.join(map(re.escape, SELF_REFERENCES))})")
    for raw in lines:
        for match in pattern.finditer(_normal(raw)):
            counts[SELF_REFERENCES[match.group(1)]] += 1
    ranked = counts.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] < SELF_REFERENCE_MARGIN * ranked[1][1]):
        return None
    return ranked[0][0]


def _label(government: Government) -> str:
    return f"{government.prefecture}{government.name if government.kind != 'prefecture' else ''} " \
           f"({government.code})"


def identify(lines: Sequence[str], title_region: int, codes: CodeList | None = None) -> Reading:
    """The issuing government of a document from its text lines; see the module docstring."""
    codes = codes or code_list()
    found = occurrences(lines, title_region, codes)
    if not found:
        if unlisted := unlisted_names(lines, title_region, codes):
            return Reading(None, (f"issuing government not identified: {'、'.join(unlisted)} is printed as a "
                                  "government's name but is not in the code list",))
        return Reading(None, ("issuing government not identified: no prefecture, city, town, village or "
                              "special ward is named in the text",))
    ending = self_reference(lines)
    issuers = codes.by_code

    def issuer(government: Government) -> Government:
        return issuers[government.issuer_code]

    if ending:
        for occurrence in found:
            occurrence.candidates = tuple(g for g in occurrence.candidates if issuer(g).name.endswith(ending))
        kept = [o for o in found if o.candidates]
        if not kept:
            named = "、".join(sorted({o.name for o in found}))
            return Reading(None, (f"issuing government not identified: the text calls its issuer "
                                  f"{_self_word(ending)} but names none of that kind (named: {named})",))
        found = kept
    top = max(o.level for o in found)
    strongest = [o for o in found if o.level == top]
    ambiguous = sorted({o.name for o in strongest if len({issuer(g).code for g in o.candidates}) > 1})
    chosen = {issuer(o.candidates[0]).code for o in strongest if len({issuer(g).code for g in o.candidates}) == 1}
    municipal_prefectures = {code[:2] for code in chosen if issuers[code].kind != "prefecture"}
    chosen = {code for code in chosen if issuers[code].kind != "prefecture" or code[:2] not in municipal_prefectures}
    if ambiguous:
        shared = "; ".join(f"{name} names {len(codes.by_name[name])} governments "
                           f"({', '.join(_label(g) for g in codes.by_name[name])})" for name in ambiguous)
        return Reading(None, (f"issuing government not identified: {shared}, and no prefecture is printed "
                              "with it",))
    if len(chosen) > 1:
        labels = ", ".join(_label(issuers[c]) for c in sorted(chosen))
        return Reading(None, (f"issuing government not identified: {labels} are named alike "
                              f"(by {LEVEL_NAMES[top]})",))
    government = issuers[chosen.pop()]
    if top == MENTION:
        count = sum(1 for o in found if issuer(o.candidates[0]).code == government.code)
        if count < MIN_MENTIONS:
            return Reading(None, (f"issuing government not identified: only one mention of {_label(government)}, "
                                  "and no title, cover, plan name or publisher line names a government",))
        return Reading(government, (f"issuing government {_label(government)} read from {count} mention(s) in the "
                                    "text only; no title, cover, plan name or publisher line names it",))
    return Reading(government)


def unlisted_names(lines: Sequence[str], title_region: int, codes: CodeList | None = None) -> list[str]:
    """Names shaped as a government's (a word ending in 市, 町, 村 … that opens a line of the title region before a
    space, or stands before a plan word, a head word or its assembly: `みどり野町　第2期…総合戦略`,
    `浜風町総合戦略推進委員会`, `さくら台市議会議員`)
    that the code list does not hold, in order: an invented or misprinted name, or one newer than the list. Not
    read as the issuer (nothing to code it by), only named in the warning: a name was seen, not none."""
    codes = codes or code_list()
    found: list[str] = []
    for number, raw in enumerate(lines):
        spaced = unicodedata.normalize("NFKC", fold_characters(raw)).strip()
        # as printed; on the cover also with letter-spaced names joined (`浜 風 町`)
        for text in dict.fromkeys((spaced, _normal(raw)) if number < title_region else (spaced,)):
            for match in _UNLISTED.finditer(text):
                name, after = match.group("name"), text[match.end():]
                if (name in codes.by_name or name in SELF_REFERENCES or name[-2] in GOVERNMENT_NAME_ENDINGS
                        or _GRAMMAR.search(name) or name in found):
                    continue
                opens_title = (number < title_region and not _WORD_CHARACTER.search(text[:match.start()])
                               and (not after.strip() or after[0].isspace()) and _title_like(text, ""))
                if opens_title or after.lstrip().startswith(PLAN_NAME_WORDS) \
                        or after.startswith((*HEAD_WORDS, *COUNCIL_WORDS)):
                    found.append(name)
    return found


def _self_word(ending: str) -> str:
    return next(word for word, end in SELF_REFERENCES.items() if end == ending)


def title_region_of_text(lines: Sequence[str], count: int = TITLE_LINES) -> int:
    """How many lines from the start hold the first `count` non-empty lines of a text layer."""
    seen = 0
    for number, line in enumerate(lines):
        if line.strip():
            seen += 1
            if seen == count:
                return number + 1
    return len(lines)


def read_issuer(extraction: Extraction, document: LoadedDocument) -> None:
    """Set the issuing government of a text document from its lines; a PDF's front end has already read it
    from its page texts (the first page is the title region), which only it holds."""
    if document.kind == "text":
        attach(extraction, document.lines, title_region_of_text(document.lines))


def attach(extraction: Extraction, lines: Sequence[str], title_region: int) -> None:
    """Set the extraction's issuing government (and the warnings of its reading) from the document's text lines."""
    reading = identify(lines, title_region)
    extraction.government, extraction.government_code = reading.name, reading.code
    extraction.government_prefecture = reading.prefecture
    extraction.government_warnings = list(reading.warnings)
