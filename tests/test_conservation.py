"""Every number a recognised table prints ends up in the reading (`tests.conservation`): a value, a kept text field,
a reject or a warning. Run on a selection of the hand-made documents where it holds today, so that a future silent
loss in the interpreter fails here; and on an invented document where the check was shown to fail before the fix
of the repeated-header period line (`ingest.table.header._dates_body`)."""

from __future__ import annotations

from pathlib import Path

import pytest

import ingest.table.header as header
from tests.conservation import LAYOUTS, unaccounted

#: The hand-made PDFs and texts of other municipalities' layouts (not their text layers, which the layer readers'
#: engineers are still mending: 33 plumber and 43 raw/pdfium lose a goal label, reported).
SELECTION = sorted(p for p in LAYOUTS.iterdir() if p.suffix in (".txt", ".pdf"))


@pytest.mark.parametrize("path", SELECTION, ids=lambda p: p.stem)
def test_no_number_of_a_table_vanishes(path: Path):
    _, missing = unaccounted(path)
    assert missing == []


HEADER = "指標名\t現状値（令和５年度）\t目標値（令和11年度）\t担当課"
TWO_PAGES = "\n".join([HEADER, "製造業の従業者数\t28,002人\t30,000人\t商工課", HEADER, "\t（令和３年）\t（令和９年）\t",
                       "観光客数\t100人\t200人\t観光課"]) + "\n"


def test_years_under_a_repeated_header_are_accounted_for(tmp_path):
    path = tmp_path / "repeated.txt"
    path.write_text(TWO_PAGES, encoding="utf-8")
    counted, missing = unaccounted(path)
    assert counted == 6 and missing == []  # 28,002人 30,000人 （令和３年） （令和９年） 100人 200人


def test_the_check_reports_years_taken_into_a_repeated_header(tmp_path, monkeypatch):
    # the behaviour before the fix: every period line under a header is a header line
    monkeypatch.setattr(header, "_dates_body", lambda *args: False)
    path = tmp_path / "repeated.txt"
    path.write_text(TWO_PAGES, encoding="utf-8")
    _, missing = unaccounted(path)
    assert [(token.text, token.where) for token in missing] == [("（令和３年）", "line 4"), ("（令和９年）", "line 4")]
