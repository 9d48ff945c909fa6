"""Document type, title and report year, read from the content (never from the file name)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.government import title_region_of_text
from ingest.published import read_published
from ingest.title import read_title
from normalize.periods import ERA_YEAR, find_period
from normalize.text import nfkc
from normalize.vocabulary import (
    DOCUMENT_TYPES,
    FISCAL_PREFIX,
    FISCAL_YEAR_START_MONTH,
    FISCAL_YEAR_SUFFIX,
    PERIOD_RANGE_WORDS,
    ROLE_WORDS,
)

_ACTUAL_WORDS = [word for word, role in ROLE_WORDS.items() if role == "actual"]


@dataclass(frozen=True)
class DocumentInfo:
    doc_type: str
    title: str | None
    fiscal_year: str | None


def _title(lines: list[str]) -> str | None:
    """The title line (ingest.title), read the way the documents table reads it."""
    return read_title(lines, title_region_of_text(lines)).text


def _doc_type(text: str, title: str | None) -> str:
    for source in (title or "", text):
        for word, doc_type in DOCUMENT_TYPES:
            if word in source:
                return doc_type
    return "unknown"


def _edition_year(lines: list[str]) -> str | None:
    """The edition's publication date on the cover (ingest.published: the latest, a revision) → its fiscal year."""
    date = read_published(lines, title_region_of_text(lines), colophon_start=len(lines)).date
    if date is None:
        return None
    year, month = int(date[:4]), int(date[5:7])
    return f"{FISCAL_PREFIX}{year if month >= FISCAL_YEAR_START_MONTH else year - 1}"


def _evaluated_year(lines: list[str], title: str | None) -> str | None:
    """The year a title names, else the latest period of an 実績値 column header."""
    if title:
        found = find_period(title)
        if found and found[0].startswith("FY"):
            return found[0]
    years = []
    for line in lines:
        text = re.sub(r"\s+", "", nfkc(line))
        if not any(word in text for word in _ACTUAL_WORDS):
            continue
        for match in ERA_YEAR.finditer(text):
            follows = text[match.end():match.end() + 4]
            if match.group("suffix") == FISCAL_YEAR_SUFFIX and follows.startswith(tuple(_ACTUAL_WORDS)):
                found = find_period(match.group(0))
                if found:
                    years.append(found[0])
    return max(years) if years else None


def _plan_start_year(lines: list[str]) -> str | None:
    """`令和７年度（2025 年度）から令和 11 年度…まで` → FY2025."""
    start, end = PERIOD_RANGE_WORDS
    for line in lines:
        text = nfkc(line)
        if start in text:
            head = text.split(start, 1)[0]
            found = find_period(head)
            if found and found[0].startswith("FY") and (end in text or len(head) < 40):
                return found[0]
    return None


def detect(lines: list[str]) -> DocumentInfo:
    """Classify a document from its text lines."""
    title = _title(lines)
    doc_type = _doc_type("\n".join(nfkc(line) for line in lines[:400]), title)
    if doc_type in ("evaluation", "evaluation_sheet"):
        year = _evaluated_year(lines, title)
    elif doc_type == "strategy":
        year = _edition_year(lines)
    elif doc_type == "action_plan":
        year = _plan_start_year(lines)
    else:
        year = None
    return DocumentInfo(doc_type, title, year)
