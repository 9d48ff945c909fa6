"""A kpi_id never spans two governments: alignment compares indicators only within one (documents.government_code).

Invented occurrences: 伊勢崎市 (102041) and 松戸市 (千葉県, 122076, looked up in ingest/data/governments.csv) print
the same indicator name with the same values; each government keeps its own series.
"""

from __future__ import annotations

from pathlib import Path

from align.stage import align_tables
from tests.align_cases import tables, v

ISESAKI = {"government": "伊勢崎市", "government_code": "102041", "government_prefecture": "群馬県"}
MATSUDO = {"government": "松戸市", "government_code": "122076", "government_prefecture": "千葉県"}
UNKNOWN = {"government": None, "government_code": None, "government_prefecture": None}

A1, A2 = "isesaki_2022.txt", "isesaki_2023.txt"
B1, B2 = "matsudo_2021.txt", "matsudo_2023.txt"
GOAL = "1 しごとの創生 / 1-2 ひとの流れの創出"


def occurrences(*docs: str) -> list[tuple]:
    """Each document states 転入者数 with the same baseline and target (and 新規求人数, which differs)."""
    rows = []
    for doc in docs:
        rows.append((doc, 10, "転入者数", "KPI", GOAL, [v("baseline", "FY2019", 5210, "人"),
                                                         v("target", "FY2027", 5600, "人")]))
        rows.append((doc, 11, "新規求人数", "KPI", GOAL, [v("actual", "FY2022", 1500 + len(doc), "件")]))
    return rows


def document(source_file: str, year: str, government: dict) -> dict:
    return {"source_file": source_file, "doc_type": "evaluation", "fiscal_year": year, **government}


def ids(aligned, name: str) -> dict[str, str]:
    return {r["source_file"]: r["kpi_id"] for r in aligned["indicators"].to_pylist() if r["kpi_name"] == name}


def align(docs: list[dict], overrides: Path | None = None):
    return align_tables(tables(occurrences(*(d["source_file"] for d in docs)), docs), overrides)


def test_same_name_and_values_in_two_governments_are_two_series():
    aligned = align([document(A1, "FY2022", ISESAKI), document(A2, "FY2023", ISESAKI),
                     document(B1, "FY2021", MATSUDO), document(B2, "FY2023", MATSUDO)])
    found = ids(aligned, "転入者数")
    assert found[A1] == found[A2]  # one government: one series (so the test can fail)
    assert found[B1] == found[B2]
    assert found[A1] != found[B1]
    catalog = {r["kpi_id"]: r["source_files"] for r in aligned["kpi_catalog"].to_pylist()}
    assert catalog[found[A1]] == [A1, A2] and catalog[found[B1]] == [B1, B2]
    series = [r for r in aligned["kpi_series"].to_pylist() if r["kpi_id"] == found[A1]]
    assert all(set(r["source_files"]) <= {A1, A2} for r in series)


def test_a_governments_ids_do_not_depend_on_other_governments_in_the_run():
    """松戸市's documents are earlier (FY2021): they must not take 伊勢崎市's ids, nor renumber them."""
    alone = ids(align([document(A1, "FY2022", ISESAKI), document(A2, "FY2023", ISESAKI)]), "転入者数")
    together = ids(align([document(A1, "FY2022", ISESAKI), document(A2, "FY2023", ISESAKI),
                          document(B1, "FY2021", MATSUDO)]), "転入者数")
    assert together[A1] == alone[A1] and together[A2] == alone[A2]


def test_documents_of_unknown_government_are_each_a_group_of_their_own():
    aligned = align([document(A1, "FY2022", ISESAKI), document(B1, "FY2021", UNKNOWN),
                     document(B2, "FY2023", UNKNOWN)])
    found = ids(aligned, "転入者数")
    assert len({found[A1], found[B1], found[B2]}) == 3


def test_without_any_government_ids_are_as_before():
    """Rows of a document whose government is unknown hash the name key alone, as before governments existed:
    the earliest document keeps the plain id."""
    from align.cluster import _hash_id
    from align.names import name_form

    aligned = align([document(B1, "FY2021", UNKNOWN), document(B2, "FY2023", UNKNOWN)])
    assert ids(aligned, "転入者数")[B1] == _hash_id(name_form("転入者数").key)


def test_a_merge_override_does_not_join_two_governments(tmp_path: Path):
    overrides = tmp_path / "kpi_overrides.toml"
    overrides.write_text('[[merge]]\na = "転入者数"\nb = "新規求人数"\nreason = "test"\n', encoding="utf-8")
    aligned = align([document(A1, "FY2022", ISESAKI), document(B1, "FY2021", MATSUDO)], overrides)
    moved, jobs = ids(aligned, "転入者数"), ids(aligned, "新規求人数")
    assert moved[A1] == jobs[A1] and moved[B1] == jobs[B1]  # merged within each government
    assert moved[A1] != moved[B1]


def test_another_governments_later_plan_does_not_drop_an_indicator():
    """松戸市's later full plan does not state 伊勢崎市's 転入者数: that is no `dropped` revision of 伊勢崎市's
    indicator (plan families are read within one government)."""
    docs = [{**document(A1, "FY2022", ISESAKI), "doc_type": "strategy"},
            {**document(B2, "FY2024", MATSUDO), "doc_type": "strategy"}]
    rows = [(A1, 10, "転入者数", "KPI", GOAL, [v("baseline", "FY2019", 5210, "人"), v("target", "FY2027", 5600, "人")]),
            (B2, 10, "新規求人数", "KPI", GOAL, [v("baseline", "FY2022", 1500, "件")])]
    aligned = align_tables(tables(rows, docs))
    isesaki = ids(aligned, "転入者数")[A1]
    changes = [r["change"] for r in aligned["kpi_revisions"].to_pylist() if r["kpi_id"] == isesaki]
    assert "dropped" not in changes
    # within one government the same shape is a drop (so the test can fail)
    docs[1] = {**docs[1], **ISESAKI}
    aligned = align_tables(tables(rows, docs))
    isesaki = ids(aligned, "転入者数")[A1]
    assert "dropped" in [r["change"] for r in aligned["kpi_revisions"].to_pylist() if r["kpi_id"] == isesaki]
