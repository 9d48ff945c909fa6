"""The alignment stage: the tables of ALL documents of a run → kpi_id rewritten + the analyst tables.

    tables = align_tables(tables, overrides_path)   # tables: observations, indicators, documents, …

Returns the input tables with `kpi_id` rewritten in `observations` and `indicators`, plus `kpi_catalog`,
`kpi_series`, `kpi_revisions` and `kpi_review` (grey-zone pairs). Other tables pass through unchanged.
"""

from __future__ import annotations

from itertools import chain
from pathlib import Path
from typing import Any

import pyarrow as pa

from align.analyst import ValueRows, catalog_rows, column_of, revision_rows, series_rows, value_rows
from align.cluster import Judgement, assign_ids, cluster, government_groups, link, mentions_of_rows
from align.forked import SHARED, can_fork, forked_pool
from align.heap import collector_paused, frozen_heap
from align.matcher import Mention
from align.overrides import DEFAULT_PATH, Overrides, load_overrides
from align.profile import indicator_units
from align.scorecard import indicator_directions, scorecard_table
from schema.tables import arrow_schema
from schema.validate import validate_table

ALIGNED_TABLES = ("kpi_catalog", "kpi_series", "kpi_revisions", "kpi_review", "kpi_scorecard")
#: Fewer value rows than this make the analyst tables in one process: forking costs more than it saves.
PARALLEL_FROM_ROWS = 20_000


def _rows(table: pa.Table | None) -> list[dict[str, Any]]:
    return table.to_pylist() if table is not None else []


def _table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    schema = arrow_schema(name)
    # column by column: one list per column converts far faster than one dict per row (from_pylist)
    table = pa.Table.from_pydict({c: column_of(rows, c) for c in schema.names}, schema=schema)
    validate_table(name, table)
    return table


def _with_ids(table: pa.Table, ids: list[str]) -> pa.Table:
    index = table.schema.get_field_index("kpi_id")
    return table.set_column(index, table.schema.field(index), pa.array(ids, pa.string()))


def align_rows(indicators: list[dict[str, Any]], observations: list[dict[str, Any]], documents: list[dict[str, Any]],
               overrides_path: Path | None = DEFAULT_PATH, jobs: int = 1) -> dict[str, pa.Table]:
    """Align rows of every document of the run: sets `kpi_id` on each indicator and observation row (in place)
    and returns the analyst tables. For callers that hold rows rather than tables (the batch run)."""
    overrides = load_overrides(overrides_path)
    # what alignment builds lives to its end: no collection walks it (see align/heap.py); workers forked to
    # judge pairs do not rescan the rows and mentions they inherit
    with collector_paused():
        mentions, of_rows = mentions_of_rows(indicators, observations, government_groups(documents))
        with frozen_heap():
            return _align_mentions(indicators, observations, documents, mentions, of_rows, overrides, jobs)


def _align_mentions(indicators: list[dict[str, Any]], observations: list[dict[str, Any]],
                    documents: list[dict[str, Any]], mentions: dict[str, Mention], of_rows: list[Mention],
                    overrides: Overrides, jobs: int) -> dict[str, pa.Table]:
    """`of_rows`: each row's mention, the indicators' rows then the observations' (`cluster.mentions_of_rows`)."""
    must, cannot, judged = link(mentions, overrides, jobs)
    roots = cluster(mentions, must, cannot, judged)
    fiscal_years = {d["source_file"]: d.get("fiscal_year") for d in documents}
    ids = assign_ids(mentions, roots, fiscal_years, overrides.pins)

    # each row's kpi_id through the mention it was filed under (looked up by object identity: a mention is one
    # object, unhashable as a dataclass), no row re-keyed
    kpi_of = {id(mention): ids[mid][0] for mid, mention in mentions.items()}
    for row, kpi_id in zip(chain(indicators, observations), map(kpi_of.__getitem__, map(id, of_rows)), strict=True):
        row["kpi_id"] = kpi_id
    return analyst_tables(indicators, observations, documents, mentions, judged, ids, jobs)


def analyst_tables(indicators: list[dict[str, Any]], observations: list[dict[str, Any]],
                   documents: list[dict[str, Any]], mentions: dict[str, Mention], judged: Judgement,
                   ids: dict[str, tuple[str, Mention]], jobs: int = 1) -> dict[str, pa.Table]:
    """The analyst tables of rows whose kpi_id is set: catalog, series, revisions, scorecard, and the review
    table of grey pairs (`judged`, as member pairs) left in two clusters (`ids`: `cluster.assign_ids`). With
    `jobs` > 1 and `PARALLEL_FROM_ROWS` value rows, a forked worker builds the series and the revisions while
    this process builds the others."""
    gathered = value_rows(observations)  # one pass over the value rows serves every table
    units = indicator_units(observations, indicators, gathered.printed)
    shared = {"observations": observations, "indicators": indicators, "documents": documents, "units": units,
              "gathered": gathered}

    def the_others() -> tuple[pa.Table, pa.Table, pa.Table]:
        scorecard = scorecard_table(observations, indicators, documents, units, gathered)
        anchors = {kpi: anchor for kpi, anchor in ids.values()}
        catalog = catalog_rows(indicators, {kpi: anchor.label for kpi, anchor in anchors.items()}, observations,
                               documents, indicator_directions(scorecard), units)
        return scorecard, _table("kpi_catalog", catalog), _review_table(mentions, judged, ids)

    if len(observations) < PARALLEL_FROM_ROWS or not can_fork(jobs):
        scorecard, catalog, review = the_others()
        series, revisions = _series_and_revisions(**shared)
    else:
        with forked_pool(1, **shared) as pool:  # tables travel back as Arrow buffers
            later = pool.submit(_shared_series_and_revisions)
            scorecard, catalog, review = the_others()
            series, revisions = later.result()
    return {"kpi_catalog": catalog, "kpi_series": series, "kpi_revisions": revisions, "kpi_review": review,
            "kpi_scorecard": scorecard}


def _review_table(mentions: dict[str, Mention], judged: Judgement, ids: dict[str, tuple[str, Mention]]
                  ) -> pa.Table:
    """The `kpi_review` table: the grey member pairs left in two clusters, strongest first."""
    review = []
    for x, y, evidence in judged.member_pairs(mentions, "grey"):
        a, b = mentions[x], mentions[y]
        if ids[x][0] == ids[y][0]:
            continue  # joined anyway through other, stronger links
        review.append({
            "name_a": a.label, "source_file_a": a.source_file, "kpi_id_a": ids[x][0],
            "name_b": b.label, "source_file_b": b.source_file, "kpi_id_b": ids[y][0],
            "score": evidence.score, "name_similarity": float(evidence.name_similarity),
            "agreeing_values": evidence.agreeing, "differing_values": evidence.disagreeing,
            "decision": "grey", "evidence": "; ".join(evidence.reasons),
        })
    review.sort(key=lambda r: (-r["score"], r["name_a"], r["name_b"]))
    return _table("kpi_review", review)


def _series_and_revisions(observations: list[dict[str, Any]], indicators: list[dict[str, Any]],
                          documents: list[dict[str, Any]], units: dict[str, tuple[str | None, bool]],
                          gathered: ValueRows) -> tuple[pa.Table, pa.Table]:
    """The `kpi_series` and `kpi_revisions` tables (neither reads the scorecard nor the catalog)."""
    return (_table("kpi_series", series_rows(observations, documents, indicators, units, gathered)),
            _table("kpi_revisions", revision_rows(observations, indicators, documents, gathered)))


def _shared_series_and_revisions() -> tuple[pa.Table, pa.Table]:
    """`_series_and_revisions` of what a forked worker inherited (`forked.SHARED`)."""
    return _series_and_revisions(**SHARED)


def align_tables(tables: dict[str, pa.Table], overrides_path: Path | None = DEFAULT_PATH, jobs: int = 1
                 ) -> dict[str, pa.Table]:
    """Align every indicator occurrence of the run; see the module docstring. `jobs`: processes that judge
    candidate pairs (the result does not depend on it)."""
    indicators, observations = _rows(tables.get("indicators")), _rows(tables.get("observations"))
    analyst = align_rows(indicators, observations, _rows(tables.get("documents")), overrides_path, jobs)
    result = dict(tables)
    if "indicators" in tables:
        result["indicators"] = _with_ids(tables["indicators"], [r["kpi_id"] for r in indicators])
    if "observations" in tables:
        result["observations"] = _with_ids(tables["observations"], [r["kpi_id"] for r in observations])
    return {**result, **analyst}
