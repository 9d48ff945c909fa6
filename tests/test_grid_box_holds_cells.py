"""A whitespace table's box holds every word of its cells (issue 11, nothing lost silently).

002's sheet printed without rules (LibreOffice and reportlab): the last row's reason cell wraps over more lines than
its values, so its last line (`たため。`) stood below the box made from the dense columns' rows. The PDF front end
then read that line again as text after the table, and the paragraph under the table quoting a row's name in
brackets (`成果指標「健康寿命」の算出方法について…`, the golden's note of 健康寿命) was no longer right under it: it
went to no row and to no warning.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.producer_matrix import _extract

PRODUCERS = Path(__file__).parent / "fixtures" / "producers"


@pytest.mark.parametrize("name", ["002-libreoffice-norules.pdf", "002-reportlab-norules.pdf"])
def test_a_paragraph_under_a_table_whose_last_cell_wraps_long_is_the_named_rows_note(name: str) -> None:
    _, indicators, warnings = _extract(PRODUCERS / name)
    [row] = [i for i in indicators if i["kpi_name"] == "健康寿命"]
    assert (row["note"] or "").startswith("成果指標「健康寿命」の算出方法について"), (row["note"], warnings)
    [last] = [i for i in indicators if i["kpi_name"] == "鉄道利用者数"]
    assert last["reason"] == "感染症による人流抑制の影響により利用者数が減少したため。"
