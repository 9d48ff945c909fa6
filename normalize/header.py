"""A column header (`令和5年度 実績値`, `目標値 (令和9年度)`) → (role, column_period).

Words of non-value columns (HEADER_WORDS: `数値目標`, `進捗評価`, `主な取組・事業実施状況` …) are removed
before looking for a role word, so that `数値目標` (the name column) is not read as a 目標 (target) column.
"""

from __future__ import annotations

import re

from normalize.periods import find_period
from normalize.text import nfkc
from normalize.vocabulary import HEADER_WORDS, REMARK_MARK, ROLE_WORDS


def _alternation(words: object) -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, map(nfkc, words)), key=len, reverse=True)))


_ROLE = _alternation(ROLE_WORDS)
_ROLE_CANON = {nfkc(word): role for word, role in ROLE_WORDS.items()}
_OTHER_COLUMNS = _alternation(HEADER_WORDS)


def parse_header(text: str) -> tuple[str | None, str | None]:
    """Role (baseline/actual/target, None when not a value column) and the period it names."""
    cleaned = re.sub(r"\s+", "", nfkc(text)).replace(REMARK_MARK, "")
    match = _ROLE.search(_OTHER_COLUMNS.sub(" ", cleaned))
    role = _ROLE_CANON[match.group(0)] if match else None
    found = find_period(cleaned)
    return role, (found[0] if found else None)
