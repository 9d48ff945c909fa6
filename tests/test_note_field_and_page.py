"""Two notes a text layer prints apart from their row: a `label: text` field line right under the header band
(`関連事業: …`, whose label is a column's header word) is the first row's cell, not a header line; and a paragraph
citing a row's name in quotes stays that row's note when the page's number stands between the table and it (the
table at a page's foot, the paragraph atop the next page)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from records import extraction_records

#: `pdftotext -layout` of a sheet whose note column's cell prints its first line beside the header's last line
FIELD = ("指標\n"
         "                      現状値                目標値\n"
         "指標名                                                 解説・算出方法など\n"
         "                      （令和５年度）            （令和１１年度）\n"
         "                                                    関連事業: 図書館運営事\n"
         "図書館の年間貸出冊数    ２３８冊               ３００冊\n"
         "                                                    業\n")

#: the table at a page's foot, its page number, then (a form feed) the paragraph citing the name in quotes
PAGED = ("数値目標\n"
         "                   基準値         目標値\n"
         "指標名                                          指標の担当課\n"
         "                   （2019年度）    （2027年度）\n"
         "図書館の年間貸出冊数        238冊        300冊          生涯学習課\n"
         "公民館の利用者数            1,200人      1,500人        生涯学習課\n"
         "\n\n                                   -4-\n"
         "\f成果指標「図書館の年間貸出冊数」の算出方法について、令和５年度以降は電子書籍の貸出を含めます。\n"
         "\n3-2 安心安全な暮らしの実現\n")


def _notes(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "plan.layout.txt"
    path.write_text(text, encoding="utf-8")
    _, indicators, _ = extraction_records(extract(load(path)))
    return {i["kpi_name"]: "".join(unicodedata.normalize("NFKC", i["note"] or "").split()) for i in indicators}


def test_a_field_line_under_the_header_is_the_rows_note(tmp_path: Path):
    assert _notes(tmp_path, FIELD)["図書館の年間貸出冊数"] == "関連事業:図書館運営事業"


def test_a_quoted_paragraph_after_the_page_number_is_the_rows_note(tmp_path: Path):
    notes = _notes(tmp_path, PAGED)
    assert notes["図書館の年間貸出冊数"] == ("成果指標「図書館の年間貸出冊数」の算出方法について、"
                                           "令和5年度以降は電子書籍の貸出を含めます。")
    assert notes["公民館の利用者数"] == ""
