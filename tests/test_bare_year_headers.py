"""Header years printed bare (`指標 | 2019 | 2020 | 2021 | 目標`): a header by the table's structure, never by a number.

Issue 11 (years18): such a header lost its whole table with only a warning (tests/synth `year_form=west`, recall 44 %).
A row of bare numbers is a header's years only in the header's position (beside the word that heads the indicator
column, or on the line under the role words with nothing under the indicator column), rising from left to right,
with figures under them; a body row printing the values 2019 and 2020 stays a body row. Expectations read off the
texts below by hand: R1 = 2019, R7 = 2025; the years of a bare header are fiscal years (FY), as `R5` alone is.
"""

from __future__ import annotations

from ingest.table.header import header_role, header_years_line
from normalize.text import display_width
from tests.synth.score import read_text
from tests.text_records import read_records


def _read(text: str) -> set[tuple]:
    return {(r["kpi_name"], r["role"], r["period"], r["value"], r["unit"], r["uncertain"])
            for r in read_text(text) if r.get("value") is not None}


def test_a_header_row_of_bare_western_years_is_read_in_a_spreadsheets_text():
    text = ("青葉町 KPI一覧\n\n"
            "指標名\t単位\t基準値（2019）\t2020\t2021\t目標（2025）\n"
            "転入者数\t人\t1,850\t1,900\t1,920\t2,000\n"
            "新規就農者数\t人\t12\t14\t13\t15\n")
    assert _read(text) == {
        ("転入者数", "baseline", "FY2019", 1850, "人", False), ("転入者数", "actual", "FY2020", 1900, "人", False),
        ("転入者数", "actual", "FY2021", 1920, "人", False), ("転入者数", "target", "FY2025", 2000, "人", False),
        ("新規就農者数", "baseline", "FY2019", 12, "人", False), ("新規就農者数", "actual", "FY2020", 14, "人", False),
        ("新規就農者数", "actual", "FY2021", 13, "人", False), ("新規就農者数", "target", "FY2025", 15, "人", False)}


def test_bare_years_on_the_line_under_the_role_words_are_the_headers_years():
    """`計画策定時` / `(2019)`; `実績` merged over `(2020)` and `(2021)`: the second a year of the column without word
    (a year alone heads an actual, as `R3` alone does)."""
    text = ("白浜町 効果検証シート\n\n"
            "計画策定時\t実績\t\t目標値\t評価指標\n"
            "(2019)\t(2020)\t(2021)\t(2026)\n"
            "63.4\t52.5\t52.0\t47.8\t自主防災組織の組織率（%）\n")
    assert _read(text) == {
        ("自主防災組織の組織率", "baseline", "FY2019", 63.4, "%", False),
        ("自主防災組織の組織率", "actual", "FY2020", 52.5, "%", False),
        ("自主防災組織の組織率", "actual", "FY2021", 52.0, "%", False),
        ("自主防災組織の組織率", "target", "FY2026", 47.8, "%", False)}


def test_a_bare_year_typed_after_its_role_word_in_an_aligned_page():
    """pdftotext -layout: `現状　2018` (an ideographic space typed into the cell) is one header cell."""
    rows = [["指標項目", "単 位", "現状　2018", "実績値　2019", "目標値　2024"],
            ["移住相談件数", "件", "276", "269", "300"],
            ["空き家バンクの成約件数", "件", "7", "11", "10"]]
    widths = [max(display_width(row[k]) for row in rows) for k in range(5)]
    lines = ["   ".join(c + " " * (w - display_width(c)) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    text = "緑川市 成果指標の状況\n\n" + "\n".join(lines) + "\n"
    assert _read(text) == {
        ("移住相談件数", "baseline", "FY2018", 276, "件", False),
        ("移住相談件数", "actual", "FY2019", 269, "件", False),
        ("移住相談件数", "target", "FY2024", 300, "件", False),
        ("空き家バンクの成約件数", "baseline", "FY2018", 7, "件", False),
        ("空き家バンクの成約件数", "actual", "FY2019", 11, "件", False),
        ("空き家バンクの成約件数", "target", "FY2024", 10, "件", False)}


def test_a_role_words_year_in_both_calendars_in_brackets_in_an_aligned_page():
    """`実績値　（令和2年度（2020年度））`: the year in both calendars, bracketed after an ideographic space, is the
    role word's (the header was cut there and the table lost). 令和2 = 2020, 令和6 = 2024."""
    rows = [["指標", "実績値　（令和2年度（2020年度））", "目標値　（令和6年度（2024年度））"],
            ["町内事業所の従業者数（人）", "4,868", "4,675"],
            ["耕作放棄地の再生面積（ha）", "23.3", "22.3"]]
    widths = [max(display_width(row[k]) for row in rows) for k in range(3)]
    lines = ["   ".join(c + " " * (w - display_width(c)) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    assert _read("白浜町 KPI一覧\n\n" + "\n".join(lines) + "\n") == {
        ("町内事業所の従業者数", "actual", "FY2020", 4868, "人", False),
        ("町内事業所の従業者数", "target", "FY2024", 4675, "人", False),
        ("耕作放棄地の再生面積", "actual", "FY2020", 23.3, "ha", False),
        ("耕作放棄地の再生面積", "target", "FY2024", 22.3, "ha", False)}


def test_bare_years_in_a_single_space_header_line():
    """pdfplumber's text: one space between cells; every value flagged (where the columns are is a guess there)."""
    text = ("青葉町 KPI一覧\n\n"
            "ＫＰＩ 単位 基準(2019) 2020 2021 目標(2026)\n"
            "転入者数 人 1,850 1,900 1,920 2,000\n"
            "新規就農者数 人 12 14 13 15\n")
    read = {key[:5] for key in _read(text)}
    assert read == {
        ("転入者数", "baseline", "FY2019", 1850, "人"), ("転入者数", "actual", "FY2020", 1900, "人"),
        ("転入者数", "actual", "FY2021", 1920, "人"), ("転入者数", "target", "FY2026", 2000, "人"),
        ("新規就農者数", "baseline", "FY2019", 12, "人"), ("新規就農者数", "actual", "FY2020", 14, "人"),
        ("新規就農者数", "actual", "FY2021", 13, "人"), ("新規就農者数", "target", "FY2026", 15, "人")}


def test_a_body_row_of_values_2019_and_2020_stays_a_body_row():
    """The values of an indicator counted in thousands of visitors, 2019 and 2020, under a header without years."""
    text = ("青葉町 KPI一覧\n\n"
            "指標名\t基準値\t目標値\n"
            "観光入込客数（千人）\t2019\t2020\n"
            "転入者数（人）\t1,850\t2,000\n")
    assert {key[:4] for key in _read(text)} == {
        ("観光入込客数", "baseline", None, 2019000), ("観光入込客数", "target", None, 2020000),
        ("転入者数", "baseline", None, 1850), ("転入者数", "target", None, 2000)}


def test_a_bare_year_alone_names_no_column_and_falling_years_make_no_header():
    assert header_role("2020") == "other" and header_role("（2019）") == "other"
    assert header_years_line(["指標名", "2019", "2020", "目標(2025)"])
    assert not header_years_line(["指標名", "2021", "2020", "目標(2025)"])  # falling: no sequence of years
    assert not header_years_line(["指標名", "2019", "2020", "目標(2018)"])  # a target before the actuals
    assert not header_years_line(["転入者数", "2019", "2020"])  # a body row: a name, not the name's header
    assert not header_years_line(["指標名", "1850", "1900"])  # no plan's years


def test_the_year_printed_again_in_the_other_calendar_after_a_value():
    """`1,008　令和3年度（2021年度）`: one year in two calendars after the value (令和3 = 2021)."""
    text = ("緑川市 KPI一覧\n\n"
            "指標\t単位\t基準値\t目標\n"
            "観光入込客数\t千人\t1,008　令和3年度（2021年度）\t1260　令和11年度（2029年度）\n"
            "新規就農者数\t人\t14　2021(R3)年度\t16　2029(R11)年度\n")
    assert _read(text) == {
        ("観光入込客数", "baseline", "FY2021", 1008000, "人", False),
        ("観光入込客数", "target", "FY2029", 1260000, "人", False),
        ("新規就農者数", "baseline", "FY2021", 14, "人", False), ("新規就農者数", "target", "FY2029", 16, "人", False)}


def test_a_header_with_an_unknown_word_beside_its_year_still_reads_the_table():
    """`主管課`, `現在値` are header words (years18); `到達値（R5）` is a value word (it ends in 値) no role word names:
    its column is read as the year's actual, flagged `role_unknown` (the table was lost with a warning); a word that
    says no value (`事業費（R5）`) stays a column no vocabulary names, its cells rejected. R4 = 2022, R5 = 2023."""
    text = ("青葉町 KPI一覧\n\n"
            "主管課\t指標名\t基準値（R1）\t現在値（R4）\t到達値（R5）\t事業費（R5）\t目標値（R7）\n"
            "企画政策課\t転入者数\t1,850人\t1,900人\t1,950人\t320千円\t2,000人\n")
    read = [r for r in read_text(text) if r.get("value") is not None]
    assert {r["kpi_name"] for r in read} == {"転入者数"}
    rejects = read_records(text, "kpi.txt")[2]
    assert [(r["raw"], r["reason"]) for r in rejects] == [
        ("320千円", "cell under an unrecognised column header '事業費（R5）'")]
    assert {(r["role"], r["period"], r["value"], r["uncertain_reason"]) for r in read} == {
        ("baseline", "FY2019", 1850, None), ("actual", "FY2022", 1900, None),
        ("actual", "FY2023", 1950, "role_unknown"), ("target", "FY2025", 2000, None)}


def test_bare_years_over_goal_bands_and_pending_words_in_pdfplumbers_text():
    # invented, pdfplumber's single-space text: the actual years bare, the target's year a full-width space after
    # its word (one cell), a goal band's heading row over each row, `未集計` printed for a figure not there yet; the
    # first row under the header prints no digit under 2018
    text = ("緑川市 KPI一覧\n\n"
            "評価指標 2018 2019 最終目標　2029 進捗状況\n"
            "基本目標2　結婚・出産・子育ての希望をかなえる\n"
            "子育て支援に満足している保護者の割合（%） 未集計 70.7 65.1 達成見込み\n"
            "基本目標3　地域にしごとをつくる\n"
            "地域おこし協力隊の定住者数（人） 6 未集計 7 達成見込み\n")
    assert {r[:5] for r in _read(text)} == {
        ("子育て支援に満足している保護者の割合", "actual", "FY2019", 70.7, "%"),
        ("子育て支援に満足している保護者の割合", "target", "FY2029", 65.1, "%"),
        ("地域おこし協力隊の定住者数", "actual", "FY2018", 6, "人"),
        ("地域おこし協力隊の定住者数", "target", "FY2029", 7, "人")}


def test_a_header_line_whose_role_words_carry_a_bracketed_qualifier_states_no_values():
    # `実績値（年度）　2016`: the qualifier in brackets stands between the role word and its year; the line is the
    # table's header, never a statement `番号 当初値 2015 → 目標値 2025` (seed 7137 read three such values unflagged)
    from ingest.text.statements import labelled_statement

    line = "番号  当初値\u30002015  実績値（年度）\u30002016  目標値（最終）\u30002025  達成状況  数値目標  担当課"
    assert labelled_statement(line) is None
