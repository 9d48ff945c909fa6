"""Write the analysts' data dictionary (`schema/DATA_DICTIONARY.md`) from `schema.tables`."""

from __future__ import annotations

from pathlib import Path

from schema.load import pandas_dtype
from schema.tables import COLUMN_FAMILIES, TABLES, arrow_type

HEADER = """# Data dictionary

Generated from `schema/tables.py` by `python -m schema.dictionary`; do not edit by hand.
Each table is one parquet file in the output folder (`extracted/<table>.parquet`). `pandas` is the dtype
`schema.load_dataset(folder)` gives the column (`pd.read_parquet` gives the same for integers: `Int32`).
"""


#: Rules of derived tables, rendered after their columns.
RULES = {
    "documents": """Rules (ingest/title.py, ingest/published.py, align/profile.py):
- **Title**: the line printed as the document's title, never composed. Where, strongest first:
  1. a line of the cover (first 15 non-empty lines of a text; first page of a PDF, where the line printed
     largest wins) that names a plan (normalize/vocabulary.py TITLE_WORDS: 総合戦略, 総合計画, 基本計画,
     実施計画, アクションプラン, 効果検証, 検証シート) after a qualifier (a government, `第2期`), with no
     grammar after it;
  2. a line naming the plan printed on several pages, or once beginning with its report year (a sheet that
     prints its title at the end of each page block);
  3. the first line, when it names a kind of document (`…成果指標（令和６年度版）`, `…レポート`).

  A numbered section heading (`1.`, `１`, `（１）`, `1-1`, `第1章`, `①`), a table caption or goal heading,
  prose, a contents line, a plan cited in brackets or quotes are never titles. An excerpt that starts
  mid-document has none: `title` is null and `warnings` says `no title printed…` with the first line.
- **Published**: the latest date with a month (`令和6年3月`, `2024年3月`, `2024年6月12日`) on a date line of the cover
  or the colophon (last 10 non-empty lines; a PDF's last page): a short line where, beside the dates, only words of
  what happened (策定, 一部改訂, 発行 …) and an issuer's name are printed; a date run into a sentence is not one.
  The latest wins: `令和3年3月 (令和6年3月一部改訂)` is the 2024-03 edition.
- **Edition order** (kpi_revisions, kpi_scorecard, kpi_series, department): `published`; without it the last month
  of the report year (`fiscal_year` FY2023 → 2024-03); without either, after every dated document. Then
  evaluations before a full plan of the same date, then file name.
""",
    "kpi_scorecard": """Rules (align/scorecard.py):
- **Which statement**: values only from the plan family's documents; of several statements of one report column,
  the latest edition's (editions ordered by publication date read from the document, else report year;
  evaluations before the full plan of the same date; see `kpi_revisions.plan`),
  `conflict` when they differ. A segment without a statement of some role takes the unsegmented one. Only values
  of the latest actual's `method` are used.
- **Direction**: the final target's qualifier (以上 → increase, 以下/未満/以内 → decrease); else the majority of the
  plan's targets (one per report year) against the baseline; a tie (a target re-set across the baseline after a
  fall, 鉄道利用者数) by the final target against the latest actual; without baseline, the final target against the
  latest actual.
- **Achievement rate** `(actual − baseline) / (final target − baseline)`: one formula for increasing and decreasing
  (以下/減少) targets, both differences change sign together. Target = baseline (keep a level): 1 if met, else 0.
  No baseline, or a final target on the wrong side of the baseline: actual / target (target / actual when
  decreasing). `achievement_basis` says which.
- **Computed status**: the latest actual against the interim target (same report column): met → on_track; ratio
  (actual / target, inverted when decreasing) ≥ 0.85 → nearly_on_track; else behind. Without interim target: the
  achievement rate divided by the share of plan time elapsed (baseline column → final target column), same
  thresholds. 0.85 separates best the labels the FY2023 evaluation prints; `status_disagrees` shows the rest.
- **Unit inference**: an indicator none of whose values prints a unit takes the unit its name counts
  (`…児童数`/`…者数` → 人, `…件数` → 件; normalize/vocabulary.py NAME_COUNTER_UNITS); `unit_inferred` says so.
""",
}


def render() -> str:
    parts = [HEADER]
    for table, columns in TABLES.items():
        parts.append(f"\n## `{table}`\n\n| column | type | pandas | null | meaning | example |\n"
                     "|---|---|---|---|---|---|")
        for c in columns:
            parts.append(f"| {c.name} | {c.type} | {pandas_dtype(table, c)} | {'yes' if c.nullable else 'no'} | "
                         f"{c.meaning} | `{c.example}` |")
        if table in COLUMN_FAMILIES:
            anchor, pattern, dtype = COLUMN_FAMILIES[table]
            parts.append(f"\nAfter `{anchor}`: one column per report year found in the data, named `{pattern}` "
                         f"(e.g. `actual_FY2023`), {arrow_type(dtype)}, nullable — the actual printed under that "
                         "report column, from the latest edition that prints it; its own period may differ "
                         "(see kpi_series).")
        if table in RULES:
            parts.append("\n" + RULES[table])
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    Path(__file__).with_name("DATA_DICTIONARY.md").write_text(render(), encoding="utf-8")
