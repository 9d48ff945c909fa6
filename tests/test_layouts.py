"""The pipeline on hand-made documents in layouts other municipalities use (tests/fixtures/layouts/).

Every document must be read with recall and precision ≥ 0.99 of its hand-written observations and indicators.
A document the pipeline cannot read yet is listed in NOT_READ_YET with what is missing; the expected failure is
strict, so a document that starts passing fails the suite until it is taken off the list.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ingest.document import load
from ingest.registry import extract
from normalize.goals import goal_part
from normalize.text import clean_name
from normalize.vocabulary import KINDS
from tests.layouts_score import (
    EXPECTED,
    INDICATOR_KEY,
    documents,
    expected_rows,
    read,
    score,
    score_document,
    value_text,
)

#: Document stem → why the pipeline does not read it yet. The only place that marks an expected failure.
NOT_READ_YET: dict[str, str] = {
}

#: Document stem → departments (the text field the expectations hold besides names and goals) read wrong or missing
#: today (`python -m tests.layouts_score`): no document may read more of them wrong; the table may only shrink.
TEXTS_READ_WRONG: dict[str, int] = {}

_DOCUMENTS = documents()
OBSERVATION_COLUMNS = ("kpi_name", "segment", "role", "column_period", "period", "value", "unit", "qualifier")


def _param(document: Path) -> object:
    reason = NOT_READ_YET.get(document.stem)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(document, id=document.stem, marks=marks)


@pytest.mark.parametrize("document", [_param(d) for d in _DOCUMENTS])
def test_layout_document_is_read(document: Path):
    observed, indicated = score_document(document)
    assert observed.passed and indicated.passed, (
        f"observations recall {observed.recall:.2f} precision {observed.precision:.2f}, "
        f"indicators recall {indicated.recall:.2f} precision {indicated.precision:.2f}\n"
        f"missing: {observed.missing + indicated.missing}\nextra: {observed.extra + indicated.extra}")
    known = TEXTS_READ_WRONG.get(document.stem, 0)
    assert len(indicated.texts) == known, (f"{len(indicated.texts)} departments read wrong or missing, {known} "
                                           f"measured: {[text.describe() for text in indicated.texts]}")


# --- the expectations themselves -----------------------------------------------------------------------------


def test_every_document_has_expectations_and_every_expectation_a_document():
    stems = {d.stem for d in _DOCUMENTS}
    assert len(stems) >= 8
    expected = {p.name.split(".")[0] for p in EXPECTED.glob("*.csv")}
    assert expected == stems
    assert set(NOT_READ_YET) <= stems, "NOT_READ_YET names a document that does not exist"
    assert set(TEXTS_READ_WRONG) <= stems


@pytest.mark.parametrize("document", _DOCUMENTS, ids=lambda d: d.stem)
def test_expectations_are_consistent(document: Path):
    """Hand-written rows follow the conventions of the README: names and goals in canonical form, every
    observation belongs to an expected indicator, periods and values are well formed."""
    observations = expected_rows(document, "observations")
    indicators = expected_rows(document, "indicators")
    for table, columns in (("observations", OBSERVATION_COLUMNS), ("indicators", INDICATOR_KEY)):
        with (EXPECTED / f"{document.stem}.{table}.csv").open(encoding="utf-8") as handle:
            assert tuple(next(csv.reader(handle))) == columns
    names = [i["kpi_name"] for i in indicators]
    # a name listed twice is one indicator printed in two tables of other kinds or goals (102), never a copy slip
    placed = [(i["kpi_name"], i["kind"], i["goal"]) for i in indicators]
    assert len(placed) == len(set(placed)) and observations
    assert {o["kpi_name"] for o in observations} == set(names)
    for indicator in indicators:
        assert clean_name(indicator["kpi_name"]) == indicator["kpi_name"]
        assert indicator["kind"] in set(KINDS.values())
        parts = indicator["goal"].split(" / ") if indicator["goal"] else []
        assert [goal_part(p) for p in parts] == parts
    for row in observations:
        assert row["role"] in ("baseline", "actual", "target")
        for column in ("period", "column_period"):
            assert row[column] == "" or (row[column][:2] in ("FY", "CY") and row[column][2:].isdigit())
        assert value_text(row["value"]) == row["value"]
        assert (row["value"] == "") <= (row["unit"] == "")


def test_score_counts_misses_and_extras():
    expected = [{"kpi_name": "a", "value": "60", "unit": "件"}, {"kpi_name": "b", "value": "1.5", "unit": ""}]
    columns = ("kpi_name", "value", "unit")
    perfect = score([{"kpi_name": "a", "value": 60.0, "unit": "件"}, {"kpi_name": "b", "value": 1.5, "unit": None}],
                    expected, columns)
    assert (perfect.recall, perfect.precision, perfect.passed) == (1.0, 1.0, True)
    doubled = score([{"kpi_name": "a", "value": 60.0, "unit": "件"}] * 2, expected, columns)
    assert (doubled.recall, doubled.precision, doubled.passed) == (0.5, 0.5, False)
    assert doubled.missing == [("b", "1.5", "")] and doubled.extra == [("a", "60", "件")]
    assert score([], [], columns).passed and not score([], expected, columns).passed


def test_direction_words_in_a_target_column_are_kept_as_notes():
    """15: `増加` / `維持` printed instead of a target number: an observation without value whose note says it."""
    document = next(d for d in _DOCUMENTS if d.stem == "15_direction_word_targets")
    observations, _, rejects = read(document)
    notes = {(o["kpi_name"], o["note"]) for o in observations if o["role"] == "target" and o["value"] is None}
    assert notes == {("防災訓練の参加者数", "増加"), ("避難所の指定数", "維持")}
    assert not rejects


def test_ranges_and_comparisons_in_a_target_column_are_kept_as_notes():
    """50: `1,000～1,200人`, `前年度以上`, `全国平均以上` printed instead of a target number: an observation without
    value whose note keeps the printed text; no number is made up from the range or the reference. The PDF's text
    gives the wave dash `〜` for the printed `～`; both fold to `~` (vocabulary CHARACTER_FOLDS, then NFKC)."""
    document = next(d for d in _DOCUMENTS if d.stem == "50_pdf_range_targets")
    observations, _, rejects = read(document)
    notes = {(o["kpi_name"], o["note"]) for o in observations if o["role"] == "target" and o["value"] is None}
    assert notes == {("体験農園の参加者数", "range target: 1,000~1,200人"),
                     ("市税の収納率", "comparative target: 前年度以上"), ("市内の医療機関数", "現状維持"),
                     ("児童の体力テストの平均点", "comparative target: 全国平均以上")}
    assert not rejects


def test_footnote_marks_and_name_definitions_go_to_notes():
    """48: `118,500※1` is 118500 with the mark as its note and the 備考 text as the row's; 49: a name cell of two
    sentences is the name and its definition; 153: so is a name over its labelled definition in brackets, the 出典
    column's source after it."""
    by_stem = {d.stem: d for d in _DOCUMENTS}
    observations, indicators, _ = read(by_stem["48_pdf_two_row_header_footnotes"])
    marked = {(o["kpi_name"], o["value"], o["note"]) for o in observations if o["note"]}
    assert marked == {("公共施設の年間利用者数", 118500, "※1"), ("地域防災リーダーの養成数(累計)", 1200, "※2")}
    assert {i["kpi_name"]: i["note"] for i in indicators}["公共施設の年間利用者数"] == "※1 改修による休館の影響"
    _, indicators, _ = read(by_stem["49_pdf_inline_mini_tables"])
    notes = {i["kpi_name"]: i["note"] for i in indicators}
    assert notes["町の創業支援制度を利用した創業件数"] == "definition: 空き店舗を活用したものを含む。"
    _, indicators, _ = read(by_stem["153_pdf_docx_formula_in_name_source_column"])
    notes = {i["kpi_name"]: i["note"] for i in indicators}
    # and the row's 出典 cell (a note column since session 16) after it
    assert notes["特定健康診査の受診率"] == "definition: （算出方法：受診者数÷対象者数×100）; 特定健診法定報告"


def test_evaluation_form_boxes_keep_department_and_grade():
    """43: each box's `担当課` and `評価` rows (labels down the first column) are every indicator's of that box."""
    document = next(d for d in _DOCUMENTS if d.stem == "43_pdf_evaluation_form_boxes")
    _, indicators, rejects = read(document)
    assert [(i["kpi_name"], i["department"], i["progress"]) for i in indicators] == [
        ("町内企業への新規就職者数", "商工観光課", "B"), ("新規就農者数", "農林振興課", "A"),
        ("農産物直売所の売上高", "農林振興課", "B"), ("子育て支援センターの年間利用者数", "子育て支援課", "B"),
        ("乳幼児健診の受診率", "健康福祉課", "A")]
    assert not rejects


def test_achievement_rate_and_grade_over_year_columns_are_progress():
    """55: `実績値` merged over `R2`…`R5`, then `目標値（R6）`, `達成率` and an A-D `評価`: the rate is computed from
    the row's values, so it is kept with the grade as the progress, never an observation (no value 85.0 %)."""
    document = next(d for d in _DOCUMENTS if d.stem == "55_pdf_actuals_over_years")
    observations, indicators, rejects = read(document)
    assert [i["progress"] for i in indicators] == ["85.0% / B", "75.0% / B", "116.7% / A", "95.0% / B", "60.0% / C",
                                                   "20.0% / D"]
    assert not [o for o in observations if o["unit"] == "%"] and not rejects


def test_office_export_notes_and_running_lines_are_no_rows():
    """54's `※` note under a table without rules, 57's note after a split row and 59's ruled running header and
    `1 / 2` footer are neither indicators nor tables of their own: each note is named once, nothing is skipped."""
    by_stem = {d.stem: d for d in _DOCUMENTS}
    for stem, note in (("54_pdf_zebra_rows_unruled", "※実績値は各年度末の数値。"),
                       ("57_pdf_row_split_page_break",
                        "※実績値が目標値に届いていない指標は、次年度に取組を見直します。")):
        extraction = extract(load(by_stem[stem]))
        assert extraction.warnings == [f"note under a table tied to no row: {note}"]
    extraction = extract(load(by_stem["59_pdf_running_title_page_numbers"]))
    # no rejects: the `取組の状況` paragraphs are each row's commentary (the first row's checked against the PDF)
    assert extraction.warnings == [] and extraction.rejects == []
    assert len(extraction.rows) == 12 and all(list(row.commentary) == ["取組の状況"] for row in extraction.rows)
    assert extraction.rows[0].commentary["取組の状況"] == ("企業の人手不足が続き、従業者数は横ばいにとどまった。"
                                                      "合同企業説明会の回数を増やし、市内企業と求職者の出会いの場を広げる。")


# --- the whole run ---------------------------------------------------------------------------------------------


def test_other_governments_documents_make_a_dataset(tmp_path):
    """`kpi-ingest run` over every hand-made document writes its dataset: a value only another government prints
    (its own progress grades `B`, `◎`, a rate beside them) is data, never a schema violation that refuses the whole
    run (exit 3 kept every document of a batch out for one sheet's `72.0% B`)."""
    import pyarrow.parquet as pq

    from pipeline.cli import main

    docs = tmp_path / "docs"
    docs.mkdir()
    for document in _DOCUMENTS:
        (docs / document.name).write_bytes(document.read_bytes())
    out = tmp_path / "out"
    assert main(["run", "--input", str(docs), "--output", str(out), "--no-cache", "--jobs", "1"]) == 0
    documents_table = pq.read_table(out / "documents.parquet").to_pylist()
    assert sorted(d["source_file"] for d in documents_table) == sorted(d.name for d in _DOCUMENTS)
    assert not [d for d in documents_table if d["error"]]
    progress = {row["progress"] for row in pq.read_table(out / "indicators.parquet").to_pylist()}
    assert {"◎", "×"} <= progress  # 24's evaluation marks, kept as printed
    assert "72.0% / B" in progress  # 17's 達成率 and 評価 columns, both progress, kept apart
    scans = next(d for d in documents_table if d["source_file"] == "46_pdf_scanned_page.pdf")
    # unknown stays visible: the scanned pages (one with a stamped page number) are named, not dropped silently
    assert {"page 2: an image without text layer skipped", "page 3: an image without text layer skipped"} <= set(
        scans["warnings"])
