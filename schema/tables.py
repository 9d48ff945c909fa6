"""The canonical dataset, defined once: table → columns (type, nullability, meaning, example).

These table and column names are the public contract read by analysts and by tests outside
this repository. Columns may be added; none may be renamed (issue 12 renamed, once, the analyst tables'
source-file columns to one name: source_file / source_files). `DATA_DICTIONARY.md` is generated
from this module (`python -m schema.dictionary`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from normalize.vocabulary import KINDS

if TYPE_CHECKING:
    import pyarrow as pa

#: Segment value of a value that belongs to no sub-population (key columns are never null).
UNSEGMENTED = "all"
#: Method value of a value whose cell names no calculation method.
NO_METHOD = ""
#: The method of a value counted over a span of time (`observations.span`, ISO 8601): a total over years is
#: another quantity than the yearly value of its period, kept in its own series (`total P3Y`, `変更後 total P3Y`).
SPAN_METHOD = "{method} total {span}"

#: Why a value is flagged `uncertain` (`observations.uncertain_reason`, set by `records.build` wherever the flag is):
#: code → what the reader could not know. The value's own cell first, then its row, then its text.
UNCERTAIN_REASONS: dict[str, str] = {
    "damaged_text": "the value's printed text is damaged (`O□`)",
    "placement_guessed": "the reader placed the value by a guess: which column (role, year) or row it belongs to "
                         "is not shown by the text layer",
    "header_rebuilt": "the table's header was rebuilt from the centring of its cells and reads out of the usual "
                      "order (values before a baseline, years falling): which column each value is in is a guess",
    "values_by_order": "the row's line does not print one value in each value column (fewer or more values, a year "
                       "or `―` among them): its values were placed by their order or their years",
    "text_placed": "text stands between, before or among the row's values, or the line holds tokens of no known "
                   "kind: which column each token belongs to is a guess",
    "name_beside": "the row's line prints its values, one in each value column, but not its name: the name's "
                   "lines beside it were joined to it by a guess",
    "name_line": "a line of the row prints no value, only its name's or its other cells' text: which row it goes "
                 "with was decided by the cells' centring",
    "lines_joined": "the reader joined the row's line with other lines (a name printed between two role rows): "
                    "which row that text goes with is a guess",
    "empty_column": "a column that may print a number (a rate, a change) is empty on the row's line: one of its "
                    "values may be that column's",
    "lines_beside": "a line beside the row's line may be its own (the name's other line, its values' years): the "
                    "row's lines were gathered by a guess",
    "row_cut_at_page": "the row was cut by a page break, or may go on after the header repeated on the next page: "
                       "where it was cut is a guess",
    "name_misread": "the row's name is a unit, header words or holds other cells' text: its values may be another "
                    "row's",
    "name_cut": "the row's name ends as no name does (a particle, a te-form, a clause's verb, a prefix: `…を希望して`):"
                " a wrap cut it and its rest was not joined, so the values may stand under a name cut short or "
                "another row's",
    "row_damaged": "another cell of the row is damaged: the row's columns may have slipped",
    "cells_run_together": "a value cell of the row prints figures and a unit word alone together (`千円 44,826 "
                          "2018(H30)年度`): cells of several columns read as one, so the row's values may lack their "
                          "unit or stand in another column",
    "row_placement_guessed": "another value of the row was placed by a guess: this one's column may have slipped "
                             "with it",
    "role_labels_repeated": "the cell prints a role label twice: the cells of several rows read as one",
    "role_unknown": "the column's header names a value and its year but no role word the reader knows "
                    "(`到達値（R4）`): read as that year's actual by a guess",
    "unit_column_figure": "the row's unit column prints a figure: the row's cells shifted a column",
    "unit_column_text": "the row's unit column prints words that are no unit (a row label gathered into it): the "
                        "unit of its bare numbers is unknown",
    "unit_lost": "the table's other rows print their unit in a cell of its own whose header the text lost (read "
                 "into their names) and this row prints none: the text layer may have dropped it, the value's unit "
                 "is unknown",
    "unit_caption_unread": "a unit field line (`（単位：件）`) stood before a goal heading above the table, read by no "
                           "table: the value, a bare number printed with no unit of its own, may count in that unit",
    "value_text": "the value's own text reads more than one way (a range of years no word explains, `R5/6`, a "
                  "target read from a sentence)",
}


#: The column types, by name: the arrow types are made only when a schema is (pyarrow is imported then, not when
#: a run that writes nothing, such as a rerun with nothing new, only needs the tables' names).
_ARROW_TYPES = {"string": "string", "int32": "int32", "float64": "float64", "bool": "bool_"}


@cache
def arrow_type(name: str) -> pa.DataType:
    """The pyarrow type of a column type name (`string`, `int32`, `float64`, `bool`, `list<string>`)."""
    import pyarrow as pa

    if name.startswith("list<") and name.endswith(">"):
        return pa.list_(arrow_type(name[5:-1]))
    return getattr(pa, _ARROW_TYPES[name])()


@dataclass(frozen=True)
class Column:
    name: str
    type_name: str  #: see `arrow_type`
    nullable: bool
    meaning: str
    example: str

    @property
    def type(self) -> pa.DataType:
        return arrow_type(self.type_name)


def _string(name: str, nullable: bool, meaning: str, example: str) -> Column:
    return Column(name, "string", nullable, meaning, example)


_LOCATION = [
    _string("source_file", False, "file name in the input folder", "002_5e0358207d954a1f.txt"),
    Column("page", "int32", True, "1-based PDF page (null for text files)", "3"),
    Column("line", "int32", True, "1-based line of a text file where the cell starts", "21"),
]

_INDICATOR_IDENTITY = [
    _string("kpi_id", False, "id of the indicator, shared by all its occurrences across documents",
            "K-3f2a9c1d07"),
    _string("kpi_name", False, "indicator name: wrapped lines joined, NFKC, footnote marks removed",
            "製造業の事業所数"),
    _string("kind", False, "数値目標, KPI, プロジェクト指標, 成果指標 or 指標", "KPI"),
    _string("goal", False, "goal path as printed, parts joined by ' / '",
            "1 しごとの創生 / 1-1 安定した雇用の創出 / ① 地域産業の活性化、付加価値の向上"),
]

TABLES: dict[str, list[Column]] = {
    "observations": [
        *_LOCATION,
        *_INDICATOR_IDENTITY,
        _string("segment", True, "sub-population when one cell holds several values (小学校/中学校, 男性/女性); null "
                f"when the cell names none (the analyst tables kpi_series, kpi_scorecard and kpi_revisions say "
                f"'{UNSEGMENTED}')", "小学校"),
        _string("role", False, "baseline (基準値/現状値), actual (実績値) or target (目標値)", "target"),
        _string("column_period", True, "period named by the column header: FYyyyy (年度) or CYyyyy (年)",
                "FY2027"),
        _string("period", True, "period the value refers to: the cell's own parenthetical, else column_period",
                "CY2018"),
        Column("value", "float64", True, "the number in base units (万/億 folded in); null when no number",
               "1194200000000"),
        _string("unit", True, "base unit: 人, 件, 円, %, 倍, 歳, 日, ha, m2, カ所, 基, 事業所 …", "円"),
        _string("qualifier", True, "以上, 以下, 未満, 超, 以内 or 約 printed with the value", "以上"),
        _string("span", True, "time the value is counted over, when the cell prints it, as an ISO 8601 duration: "
                "P1Y for a yearly rate (年60件, 60件/年), P3Y for a total over three years (3年間で90件); "
                "the value is the printed count", "P1Y"),
        _string("note", True, "remark printed in the cell that is not a period, or why no value was read",
                "閏年"),
        _string("raw", False, "the cell text as printed (line breaks → one space)", "11,942億円 （平成30年）"),
        Column("uncertain", "bool", False, "the reading may be wrong: the printed text is damaged, or where the value "
               "belongs was guessed (a text layer without positions, a target read from a sentence, a range of years "
               "no word explains, a period that may be a month or two years: `R5/6`)", "false"),
        _string("uncertain_reason", True, "why `uncertain` is true, one code (null when it is false): "
                + "; ".join(f"{code}: {meaning}" for code, meaning in UNCERTAIN_REASONS.items()),
                "placement_guessed"),
    ],
    "indicators": [
        *_LOCATION,
        *_INDICATOR_IDENTITY,
        _string("raw_name", False, "the indicator name as printed", "製造業の事業所数*"),
        _string("department", True, "responsible department (担当課)", "企業誘致課"),
        _string("progress", True, "progress label or grade as printed (NFKC, spaces removed): 伊勢崎市's "
                "順調に進捗, 概ね順調に進捗, 進捗の遅れ, 進捗の遅れ(コロナ), 評価不可, or another government's own "
                "(`B`, `◎`, `達成`; two progress columns as `72.0% / B`); the scorecard maps the labels it knows "
                "to `printed_status`", "概ね順調に進捗"),
        _string("reason", True, "why progress is late (進捗が遅れている理由)", "コロナ禍による…"),
        _string("note", True, "remark printed with the indicator (footnote, 解説, repair made)", "15歳未満の人口"),
        Column("commentary", "list<string>", False, "running text printed beside the indicator's values, one entry "
               "`header: text` per column, in column order: what was done (取組の状況, 主な取組内容), issues (課題), "
               "next steps (今後の方向性), an evaluation comment (評価・分析, 所見); text and header as printed, "
               "wrapped lines joined: governments combine and name these columns their own way (one "
               "cell `①主な取組・事業実施状況 ②課題 ③今後の方策等`). The reason for late progress stays in `reason`",
               "[取組の状況: 移住相談会を年4回開催した。]"),
        Column("uncertain", "bool", False, "the name or a value of this row may be wrong (damaged text or a "
               "guessed placement)", "false"),
        Column("goal_uncertain", "bool", False, "the indicator may stand under another `goal`, or a longer one: the "
               "reader could not tell which heading it is under (two headings printed one after the other before "
               "its table, a basic-goal heading that disagreed with the sub-goal under it, the level between a "
               "project and its policy not printed where the text can show it, a goal cell that opens with the "
               "wrapped end of another heading)", "false"),
        Column("note_uncertain", "bool", False, "the `note` may be another row's, or cut short or run on: it was "
               "printed apart from the table (under it, after the page's other text) and no mark, quoted name or "
               "single row ties it to this indicator, or the text does not show where it ends", "false"),
    ],
    "documents": [
        _string("source_file", False, "file name in the input folder", "003_06b39d270299f45c.txt"),
        _string("sha256", True, "SHA-256 of the file's bytes (null when the file could not be read)", "9f86d0…"),
        _string("doc_type", False,
                "strategy (総合戦略), evaluation (効果検証), evaluation_sheet (効果検証シート), "
                "action_plan (総合計画アクションプラン) or unknown", "evaluation_sheet"),
        _string("title", True, "title printed in the document (ingest/title.py): the cover or first line naming the "
                "plan, a title repeated on every page, or a first line naming a kind of document; never a section "
                "heading; null, with a warning, when the text holds no title line (an excerpt starting mid-document). "
                "NFKC; marks beside it (`資料２`, page numbers) removed", "令和5年度 第2期…総合戦略効果検証シート"),
        _string("title_location", True, "where the title is printed: `line N` (text) or `p.N` (PDF page)", "line 178"),
        _string("fiscal_year", True, "report year read from the content (FYyyyy)", "FY2023"),
        _string("published", True, "publication date of this edition read from a date line of the cover or the "
                "colophon (ingest/published.py): `YYYY-MM` or `YYYY-MM-DD`, the latest printed there (a revision "
                "`令和6年3月一部改訂` beats the original `令和3年3月`); null when none is printed. Orders the editions "
                "of a plan (align.profile.edition_key)", "2024-03"),
        _string("published_location", True, "where the publication date is printed: `line N` or `p.N`", "line 3"),
        _string("government", True, "issuing government read from the content (title, cover, plan name, publisher "
                "line; a ward of a designated city stands for its city); null, with a warning, when unclear",
                "伊勢崎市"),
        _string("government_code", True, "its 6-digit 全国地方公共団体コード (JIS X 0402 + check digit); alignment "
                "compares indicators only within one government", "102041"),
        _string("government_prefecture", True, "the government's prefecture (tells apart 府中市 of 東京都 and 広島県)",
                "群馬県"),
        _string("shape", True, "front end that read it; `+statements` when statements outside tables were read too",
                "linearised"),
        Column("pages", "int32", True, "number of PDF pages (null for text)", "6"),
        Column("n_indicators", "int32", False, "indicator rows read", "47"),
        Column("n_observations", "int32", False, "observation rows read", "235"),
        Column("n_rejects", "int32", False, "rows or cells that could not be read", "0"),
        Column("warnings", "list<string>", False, "warnings raised while reading", "[]"),
        _string("duplicate_of", True, "earlier file (by name) with the same bytes; this file's rows are recorded "
                "under that one only, and its counts are 0", "000_6a8dd34eadd639eb.txt"),
        _string("error", True, "why the file could not be read (its counts are then 0)",
                "password-protected PDF (a password is needed to open it)"),
    ],
    "rejects": [
        *_LOCATION,
        _string("raw", False, "the text that could not be read", "O□"),
        _string("reason", False, "why it was rejected", "value column count does not match header"),
    ],
    # --- alignment stage (align/): one id per real indicator, its story across documents -------------
    "kpi_catalog": [
        _string("kpi_id", False, "id of the indicator (see align.cluster.kpi_id_for)", "K-3f2a9c1d07"),
        _string("canonical_name", False, "name as printed in the earliest document that states it",
                "ふるさと納税寄付件数"),
        Column("name_variants", "list<string>", False, "every name seen, sorted",
               "[ふるさと納税寄付件数, ふるさと納税寄附件数]"),
        Column("source_files", "list<string>", False, "source files that state the indicator, sorted",
               "[002_….txt, 004_….txt]"),
        Column("kinds", "list<string>", False, "kinds it was listed under", "[KPI, 成果指標]"),
        Column("n_occurrences", "int32", False, "indicator rows aligned to this id", "3"),
        _string("unit", True, "base unit most of its values print; when none prints one (`待機児童なし`), the unit "
                "its name counts (`…児童数` → 人, normalize.vocabulary.NAME_COUNTER_UNITS)", "人"),
        Column("unit_inferred", "bool", False, "the unit was inferred from the name, not printed", "true"),
        _string("direction", False, "increase, decrease, maintain or unknown (kpi_scorecard.direction; the most "
                "common over its plans)", "increase"),
        _string("department", True, "responsible department (担当課) printed by its latest document that has one",
                "商工労働課"),
    ],
    "kpi_series": [
        _string("plan", False, "plan family of the stating documents: strategy, action_plan or other", "strategy"),
        _string("kpi_id", False, "id of the indicator", "K-3f2a9c1d07"),
        _string("segment", False, f"sub-population; '{UNSEGMENTED}' for a value of no sub-population", "小学校"),
        _string("role", False, "baseline, actual or target", "baseline"),
        _string("period", True, "period the value refers to", "FY2019"),
        _string("column_period", True, "report column that prints it (実績値 令和4年度 → FY2022); with plan, method "
                "and period it keeps apart values several reports print for one period", "FY2022"),
        _string("method", False, f"calculation method the cell names (`変更後` for `※変更後`; `total P3Y` for a value "
                f"counted over a span, `累計（R3～R5）`); '{NO_METHOD}' when none", ""),
        Column("value", "float64", True, "the number in base units; of several statements of one key, the "
               "latest edition's (the others in conflict_note)", "49"),
        _string("unit", True, "base unit (inferred from the indicator when the cell prints none, see unit_inferred)",
                "件"),
        Column("unit_inferred", "bool", False, "the cell prints no unit; unit is the indicator's (kpi_catalog)",
               "false"),
        Column("source_files", "list<string>", False, "source files that state this value, sorted",
               "[003_….txt]"),
        Column("locations", "list<string>", False, "file:line (or file:p.page) of every statement of the key",
               "[003_….txt:412]"),
        Column("conflict", "bool", False,
               "another statement of the same plan and method differs for the same key, period or baseline column",
               "true"),
        _string("conflict_note", True, "what the conflicting statements are",
                "baseline FY2019 column: 49件 (003) vs 30件 FY2018 (002)"),
    ],
    "kpi_revisions": [
        _string("kpi_id", False, "id of the indicator", "K-3f2a9c1d07"),
        _string("plan", False, "plan family the editions belong to: strategy (総合戦略 and its evaluations) "
                "or action_plan; editions ordered by the publication date read from the document (documents."
                "published), else the last month of its report year (FY2023 → 2024-03), then evaluations before the "
                "full plan of the same date, then file name (align.profile.edition_key)", "strategy"),
        _string("change", False, "target, name, unit, added, replaced or dropped", "target"),
        _string("segment", False, f"sub-population (target changes); '{UNSEGMENTED}' otherwise", "男性"),
        _string("before", True, "what the earlier edition states, as text", "14件 FY2024"),
        _string("after", True, "what the later edition states, as text", "28件 FY2027"),
        Column("before_value", "float64", True, "earlier final target (target changes)", "14"),
        _string("before_period", True, "its period", "FY2024"),
        Column("after_value", "float64", True, "later final target (target changes)", "28"),
        _string("after_period", True, "its period", "FY2027"),
        _string("unit", True, "unit of both values (null when they differ)", "件"),
        _string("source_file_before", True, "earlier source file (added: the edition before the one that adds it)",
                "000_….txt"),
        _string("source_file_after", True,
                "later source file (dropped: the later full plan that no longer has it)", "003_….txt"),
        _string("successor_kpi_id", True, "the indicator that replaces it (replaced)", "K-0b1c…"),
    ],
    "kpi_review": [
        _string("name_a", False, "indicator name in the first document", "障害者の一般企業への新規就労者数"),
        _string("source_file_a", False, "first document", "002_….txt"),
        _string("kpi_id_a", False, "id given to the first", "K-…"),
        _string("name_b", False, "indicator name in the second document", "障害者の新規一般就労者数"),
        _string("source_file_b", False, "second document", "004_….txt"),
        _string("kpi_id_b", False, "id given to the second", "K-…"),
        Column("score", "float64", False, "evidence score (same ≥ 4, grey 2–4)", "2.5"),
        Column("name_similarity", "float64", False, "rapidfuzz ratio of the normalised names, 0–100", "71"),
        Column("agreeing_values", "int32", False, "values that agree on the same period", "0"),
        Column("differing_values", "int32", False, "values that differ on the same period", "1"),
        _string("decision", False, "grey (left apart, please review)", "grey"),
        _string("evidence", False, "the evidence, '; '-joined", "one name adds: 企業; unit 人"),
    ],
    # --- the scorecard (align/scorecard.py): one row per (plan, kpi_id, segment) --------------------------------
    "kpi_scorecard": [
        _string("plan", False, "plan family: strategy (総合戦略 and its evaluations) or action_plan; values are never "
                "taken across families", "strategy"),
        _string("plan_title", True, "title of the family's latest full plan document", "第2期伊勢崎市…総合戦略"),
        _string("kpi_id", False, "id of the indicator", "K-3f2a9c1d07"),
        _string("segment", False, f"sub-population; '{UNSEGMENTED}' when the values belong to no sub-population",
                "男性"),
        _string("kpi_name", False, "name in the family's latest full plan (else latest evaluation)", "新規求人数"),
        _string("kind", True, "数値目標, KPI, プロジェクト指標, 成果指標 or 指標", "数値目標"),
        _string("goal", True, "goal path as printed in that document", "1 しごとの創生 / 1-1 安定した雇用の創出"),
        _string("department", True, "responsible department (担当課) printed by the latest document that has one",
                "商工労働課"),
        _string("unit", True, "base unit of the indicator (see kpi_catalog.unit)", "件"),
        Column("unit_inferred", "bool", False, "no value prints a unit; the unit is inferred from the name "
               "(`保育施設待機児童数`, values `待機児童なし` → 人)", "false"),
        _string("direction", False, "increase, decrease, maintain or unknown: the final target's qualifier "
                "(以上/以下…), else the majority of the plan's targets against the baseline; a tie (a target "
                "re-set across the baseline after a fall) is decided by the final target against the latest actual",
                "increase"),
        _string("method", False, "calculation method the latest actual names (`変更後` for `※変更後`); only values of "
                f"this method are used in the row; '{NO_METHOD}' when the cells name none", "変更後"),
        Column("baseline_value", "float64", True, "baseline (基準値/現状値) of the latest edition stating one",
               "1563"),
        _string("baseline_period", True, "period the baseline refers to", "FY2019"),
        Column("latest_actual_value", "float64", True, "actual of the latest report column", "1472"),
        _string("latest_actual_period", True, "period that actual refers to (may differ from its report column: "
                "製造品出荷額等 of report FY2023 is CY2021)", "FY2023"),
        _string("latest_actual_column", True, "report column (実績値 令和5年度 → FY2023) of that actual", "FY2023"),
        Column("interim_target_value", "float64", True, "target printed for the latest actual's report column",
               "1594"),
        _string("interim_target_period", True, "period of the interim target", "FY2023"),
        Column("final_target_value", "float64", True, "target of the latest target column (the plan's final year)",
               "1630"),
        _string("final_target_period", True, "period of the final target", "FY2027"),
        _string("final_target_qualifier", True, "以上, 以下 … printed with the final target", "以下"),
        Column("achievement_rate", "float64", True,
               "(latest actual − baseline) / (final target − baseline), 1 = final target reached; the same formula for "
               "decreasing targets. Target = baseline: 1 if met, else 0. No baseline, or a final target on the wrong "
               "side of the baseline for the direction: actual / target (target / actual when decreasing)", "0.29"),
        _string("achievement_basis", True, "baseline, maintain or target: which rule gave the rate", "baseline"),
        _string("computed_status", False, "on_track (latest actual meets the interim target), nearly_on_track "
                "(actual / interim target ≥ 0.85, inverted when decreasing), behind; without an interim target the "
                "achievement rate against the share of plan time elapsed, same thresholds; no_actual, no_target",
                "nearly_on_track"),
        _string("progress_label", True, "progress label (進捗評価) printed by the latest evaluation that prints one",
                "概ね順調に進捗"),
        _string("progress_year", True, "report year of that evaluation", "FY2023"),
        _string("printed_status", True, "the printed label as a status code (進捗の遅れ(コロナ) → behind; "
                "評価不可 → null)",
                "nearly_on_track"),
        Column("status_disagrees", "bool", False, "computed and printed status differ (a misprint, a changed "
               "method or a judgement the numbers do not show)", "false"),
        Column("conflict", "bool", False, "two statements of one report column and method differ; the latest "
               "edition's value is used", "false"),
        _string("conflict_note", True, "the differing statements", "baseline FY2019: 30 (002…:412), 49 (003…:301)"),
        Column("source_files", "list<string>", False, "source files of the values in the row, sorted",
               "[001_….txt, 002_….txt]"),
        Column("locations", "list<string>", False, "file:line (or file:p.page) of each value in the row",
               "[002_….txt:11]"),
    ],
}

#: Families of columns a table has one of per period found in the data, after a named column: the scorecard's
#: `actual_FY2022`, `actual_FY2023` … (float64, nullable): the actual printed under that report column (its own
#: period may differ, see kpi_series), from the latest edition that prints it.
COLUMN_FAMILIES: dict[str, tuple[str, str, str]] = {
    "kpi_scorecard": ("baseline_period", r"actual_(FY|CY)\d{4}", "float64"),
}


def arrow_schema(table: str, family_columns: list[str] | tuple[str, ...] = ()) -> pa.Schema:
    """The pyarrow schema of one table; `family_columns` (e.g. `actual_FY2023`) are placed after the family's anchor
    column (COLUMN_FAMILIES)."""
    import pyarrow as pa

    fields = [pa.field(c.name, c.type, nullable=c.nullable) for c in TABLES[table]]
    if family_columns:
        anchor, _, dtype = COLUMN_FAMILIES[table]
        at = [f.name for f in fields].index(anchor) + 1
        fields[at:at] = [pa.field(name, arrow_type(dtype), nullable=True) for name in family_columns]
    return pa.schema(fields, metadata=_pandas_metadata(fields))


def _pandas_metadata(fields: list[pa.Field]) -> dict[bytes, bytes]:
    """The `pandas` schema metadata that makes `pd.read_parquet` give integer columns pandas' nullable `Int32`
    (not float64 when a column has nulls, as `page` of text documents). Other readers ignore it."""
    import pyarrow as pa

    columns = [{"name": f.name, "field_name": f.name, "pandas_type": "int32", "numpy_type": "Int32",
                "metadata": None} for f in fields if pa.types.is_int32(f.type)]
    meta = {"index_columns": [], "column_indexes": [], "columns": columns}
    return {b"pandas": json.dumps(meta, sort_keys=True).encode()}


def family_columns(table: str, names: list[str]) -> list[str]:
    """The columns of `names` that belong to the table's column family, in order."""
    if table not in COLUMN_FAMILIES:
        return []
    pattern = re.compile(COLUMN_FAMILIES[table][1])
    return [n for n in names if pattern.fullmatch(n)]


#: Allowed values of enumerated columns, checked by `schema.validate`.
ENUMS: dict[tuple[str, str], frozenset[str]] = {
    ("observations", "role"): frozenset({"baseline", "actual", "target"}),
    ("observations", "uncertain_reason"): frozenset(UNCERTAIN_REASONS),
    ("observations", "kind"): frozenset(KINDS.values()),
    ("indicators", "kind"): frozenset(KINDS.values()),
    ("documents", "doc_type"): frozenset({"strategy", "evaluation", "evaluation_sheet", "action_plan", "unknown"}),
    ("kpi_series", "role"): frozenset({"baseline", "actual", "target"}),
    ("kpi_revisions", "change"): frozenset({"target", "name", "unit", "added", "replaced", "dropped"}),
    ("kpi_series", "plan"): frozenset({"strategy", "action_plan", "other"}),
    ("kpi_catalog", "direction"): frozenset({"increase", "decrease", "maintain", "unknown"}),
    ("kpi_review", "decision"): frozenset({"grey"}),
    ("kpi_scorecard", "plan"): frozenset({"strategy", "action_plan"}),
    ("kpi_scorecard", "direction"): frozenset({"increase", "decrease", "maintain", "unknown"}),
    ("kpi_scorecard", "achievement_basis"): frozenset({"baseline", "maintain", "target"}),
    ("kpi_scorecard", "computed_status"): frozenset({"on_track", "nearly_on_track", "behind", "no_actual",
                                                     "no_target"}),
    ("kpi_scorecard", "printed_status"): frozenset({"on_track", "nearly_on_track", "behind"}),
}
