"""A column header (`令和5年度 実績値`, `目標値 (令和9年度)`) → (role, column_period)."""

from __future__ import annotations

import re

from normalize.periods import find_period
from normalize.text import nfkc
from normalize.vocabulary import ROLE_WORDS

_ROLE = re.compile("|".join(sorted(map(re.escape, ROLE_WORDS), key=len, reverse=True)))


def parse_header(text: str) -> tuple[str | None, str | None]:
    """Role (baseline/actual/target, None when not a value column) and the period it names."""
    cleaned = re.sub(r"\s+", "", nfkc(text)).replace("※", "")
    match = _ROLE.search(cleaned)
    role = ROLE_WORDS[match.group(0)] if match else None
    found = find_period(cleaned)
    return role, (found[0] if found else None)
