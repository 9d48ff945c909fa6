"""The alignment stage on hand-written occurrences from the five documents (tests/align_cases.py)."""

from __future__ import annotations

import pytest

from align.overrides import DEFAULT_PATH, OverridesError, parse_overrides
from align.stage import align_tables
from normalize.text import clean_name
from tests.align_cases import D0, D2, D3, D4, DOCUMENTS, OCCURRENCES, PAIRS, tables
from tests.align_pair_report import evaluate, precision_recall


@pytest.fixture(scope="module")
def aligned():
    return align_tables(tables(), DEFAULT_PATH)


def ids_of(aligned, doc, name):
    return {r["kpi_id"] for r in aligned["indicators"].to_pylist()
            if r["source_file"] == doc and r["kpi_name"] == clean_name(name)}


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: f"{p[1] or '-'}|{p[3] or '-'}")
def test_hand_checked_pair(aligned, pair):
    doc_a, name_a, doc_b, name_b, same, why = pair
    assert bool(ids_of(aligned, doc_a, name_a) & ids_of(aligned, doc_b, name_b)) == same, why


def test_precision_and_recall_without_overrides():
    outcomes, _ = evaluate(None)
    precision, recall, *_ = precision_recall(outcomes)
    assert precision == 1.0
    assert recall >= 0.95


def test_every_row_gets_an_id_and_observations_follow_their_indicator(aligned):
    obs = aligned["observations"].to_pylist()
    ind = {(r["source_file"], r["kpi_name"], r["goal"]): r["kpi_id"] for r in aligned["indicators"].to_pylist()}
    assert all(r["kpi_id"].startswith("K-") for r in obs)
    assert all(ind[(r["source_file"], r["kpi_name"], r["goal"])] == r["kpi_id"] for r in obs)


def test_ids_are_stable_when_a_later_document_is_added():
    without = align_tables(tables([o for o in OCCURRENCES if o[0] != D4]), DEFAULT_PATH)
    full = align_tables(tables(), DEFAULT_PATH)
    before = {(r["source_file"], r["kpi_name"], r["goal"]): r["kpi_id"] for r in without["indicators"].to_pylist()}
    after = {(r["source_file"], r["kpi_name"], r["goal"]): r["kpi_id"] for r in full["indicators"].to_pylist()}
    assert all(after[key] == kpi_id for key, kpi_id in before.items())


def test_ids_do_not_depend_on_row_order():
    shuffled = align_tables(tables(list(reversed(OCCURRENCES))), DEFAULT_PATH)
    plain = align_tables(tables(), DEFAULT_PATH)
    key = lambda r: (r["source_file"], r["kpi_name"], r["goal"])  # noqa: E731
    assert {key(r): r["kpi_id"] for r in shuffled["indicators"].to_pylist()} == \
        {key(r): r["kpi_id"] for r in plain["indicators"].to_pylist()}


def test_catalog_lists_variants_and_documents(aligned):
    rows = {r["canonical_name"]: r for r in aligned["kpi_catalog"].to_pylist()}
    furusato = rows["ふるさと納税寄付件数"]
    assert furusato["name_variants"] == ["ふるさと納税寄付件数", "ふるさと納税寄附件数"]
    assert furusato["source_files"] == sorted([D2, D3, D4])
    assert "伊勢崎市が住みよいと感じている市民の割合" in rows  # the reprint typo is not canonical


def test_series_keeps_both_baselines_and_flags_the_conflict(aligned):
    kid = next(iter(ids_of(aligned, D3, "危険空き家除却件数(累計)")))
    rows = [r for r in aligned["kpi_series"].to_pylist() if r["kpi_id"] == kid and r["role"] == "baseline"]
    values = {(r["value"], r["period"], tuple(r["source_files"])): r["conflict"] for r in rows}
    # 002 dates its baseline H30年度 (30件), 003 prints 49件 under 令和元年度; 004's own baseline is FY2023
    assert values == {(30.0, "FY2018", (D2,)): True, (49.0, "FY2019", (D3,)): True, (98.0, "FY2023", (D4,)): False}


def test_series_merges_agreeing_statements(aligned):
    kid = next(iter(ids_of(aligned, D2, "刑法犯認知件数")))
    row = next(r for r in aligned["kpi_series"].to_pylist()
               if r["kpi_id"] == kid and r["role"] == "actual" and r["period"] == "CY2023")
    assert row["value"] == 1869 and len(row["source_files"]) == 2 and not row["conflict"]


def test_revisions_show_the_revised_target_and_the_replacement(aligned):
    revisions = aligned["kpi_revisions"].to_pylist()
    sogyo = next(iter(ids_of(aligned, D0, "創業相談件数")))
    assert {(r["change"], r["before"], r["after"]) for r in revisions if r["kpi_id"] == sogyo} == \
        {("target", "14件 FY2024", "28件 FY2027")}
    birth = next(iter(ids_of(aligned, D2, "合計特殊出生率")))
    young = next(iter(ids_of(aligned, D3, "年少人口")))
    replaced = [r for r in revisions if r["kpi_id"] == birth and r["change"] == "replaced"]
    assert [(r["after"], r["successor_kpi_id"], r["source_file_after"]) for r in replaced] == [("年少人口", young, D3)]


def test_empty_run_gives_empty_tables():
    result = align_tables(tables([], DOCUMENTS), None)
    assert all(result[name].num_rows == 0 for name in ("kpi_catalog", "kpi_series", "kpi_revisions", "kpi_review"))


def test_override_keep_apart_beats_equal_names():
    data = {"keep_apart": [{"a": "刑法犯認知件数", "b": "刑法犯認知件数", "reason": "test"}]}
    # a keep-apart of a name with itself only separates different documents' mentions
    overrides = parse_overrides(data)
    assert overrides.keep_apart[0].a == overrides.keep_apart[0].b


def test_override_needs_a_reason():
    with pytest.raises(OverridesError, match="reason"):
        parse_overrides({"merge": [{"a": "出生数", "b": "年少人口"}]})


def test_review_table_holds_grey_pairs_with_evidence():
    # 002 and 004 alone: one name, but 366日 vs 365日 for FY2023 (002 line ~823, 004 line ~660): grey, kept apart
    occurrences = [
        (D2, 823, "休日夜間急患センターの開設日数", "KPI", "x",
         [("actual", "FY2023", 366.0, "日", None, "FY2023", None)]),
        (D4, 660, "休日夜間急患センターの開設日数", "成果指標", "y",
         [("baseline", "FY2023", 365.0, "日", None, "FY2023", None)]),
    ]
    result = align_tables(tables(occurrences), None)
    review = result["kpi_review"].to_pylist()
    assert len(review) == 1 and review[0]["decision"] == "grey"
    assert "differ observed FY2023" in review[0]["evidence"] and review[0]["kpi_id_a"] != review[0]["kpi_id_b"]


def test_pinned_id_wins(tmp_path):
    path = tmp_path / "overrides.toml"
    path.write_text('[[pin]]\nname = "ふるさと納税寄附件数"\nkpi_id = "K-furusato"\nreason = "curated"\n',
                    encoding="utf-8")
    result = align_tables(tables(), path)
    assert ids_of(result, D2, "ふるさと納税寄付件数") == {"K-furusato"}
    assert ids_of(result, D4, "ふるさと納税寄附件数") == {"K-furusato"}


def test_tables_made_with_a_forked_worker_are_those_of_one_process(monkeypatch):
    """With jobs > 1, a forked worker builds the series and the revisions while the stage builds the others:
    every table equal to a one-process run's."""
    import align.stage as stage_module

    alone = align_tables(tables(), DEFAULT_PATH)
    monkeypatch.setattr(stage_module, "PARALLEL_FROM_ROWS", 1)  # the hand-written rows are below the threshold
    pool, shared = stage_module.forked_pool, []
    monkeypatch.setattr(stage_module, "forked_pool", lambda workers, **given: shared.append(sorted(given))
                        or pool(workers, **given))
    forked = align_tables(tables(), DEFAULT_PATH, jobs=2)
    assert shared == [["documents", "gathered", "indicators", "observations", "units"]]  # a worker was forked
    assert sorted(forked) == sorted(alone)
    for name, table in alone.items():
        assert forked[name].equals(table, check_metadata=True), name
        assert forked[name].num_rows == table.num_rows
    assert alone["kpi_series"].num_rows and alone["kpi_revisions"].num_rows
