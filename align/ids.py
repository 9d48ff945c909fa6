"""Stable indicator ids: derived from content, never from row numbers."""

from __future__ import annotations

import hashlib

from normalize.text import nfkc


def provisional_kpi_id(kpi_name: str) -> str:
    """Id before alignment: a hash of the normalised name, stable across runs and documents."""
    return "K-" + hashlib.sha1(nfkc(kpi_name).encode("utf-8")).hexdigest()[:10]
