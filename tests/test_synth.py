
"""Generated KPI tables (tests/synth): the readers on combinations of habits nobody wrote by hand.

A fixed seeded subset (`bench/synth.py` runs a few hundred): no value the readers get wrong may go unflagged, and the
share of printed values read right may not fall below the figure measured when the subset was fixed. The
generator's own truth is checked by hand on a few tables first, so the scores measure the readers, not the generator.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from tests.synth.pdf import merged_header
from tests.synth.score import Result, read_statements, read_table, read_text, score
from tests.synth.statements import generate_statements
from tests.synth.tables import Table, Truth, generate, render, year_label

SEEDS = range(30)
PDF_SEEDS = SEEDS  # both pdf shapes in ~15 s (synthpdf18; range(8) before)
#: Share of printed values read right on SEEDS, measured 2026-12-02 (fuzz17) and rounded down: a floor, not a goal.
#: Measured: tab 441/630 (0.700), layout 486/630 (0.771), plumber 260/630 (0.413), pdf 107/143 (0.748); layout
#: 504/630 (0.800) once role words apart from their years were read (synthlayout17); plumber 336/630 (0.533) after
#: session 17's merges (synthplumber17). Header bands of three rows read (headers18: a tab role row kept in its
#: columns, a label merged over the values atop the band): tab 527/630 (0.837), layout 533/630 (0.846), plumber
#: 378/630 (0.600), pdf unchanged; plumber 398/630 (0.632) once each bracketed year under a line of role words was
#: its own column's and a band label on the header's first line a line of its own.
#: Bare header years instead (years18, before headers18 merged): tab 544/630 (0.863), layout 577/630 (0.916),
#: plumber 444/630 (0.705), pdf 143/143 once header years printed bare and a year printed in both calendars after a
#: value were read.
#: Single-space header cells by the rows' structure instead (synthplumber18, before both): plumber 463/630
#: (0.735), tab 465/630 (0.738), pdf 131/143 (0.916) once single-space header cells were told apart by the rows'
#: structure and a value's year written out after it in two calendars dated it.
#: All three merged (lead, session 18): tab 630/630, layout 606/630 (0.962), plumber 525/630 (0.833), pdf 143/143.
#: rows19: plumber 541/630 (0.859) once a wrapped name's rest under a whole progress cell joined its name.
#: plumbermiss19: plumber 610/630 (0.968) once role words spread over a line of bare western years and a label over
#: the values among the merged-down header cells placed them where it stands.
#: plumbermiss20: plumber 619/630 (0.983) once a header cell's own full-width space stayed inside it (`現状　2018`),
#: a progress word over the values labelled them, and a pending word (`未集計`) filled its value cell.
RECALL_FLOOR = {"tab": 0.98, "layout": 0.95, "plumber": 0.98, "pdf": 0.99}
#: The floors above are of the tables without the habits added by habits18 (`more_habits=False`). With them (goal
#: bands, notes, footnotes, merged departments, progress/reason columns, page breaks, cells not reported, marks),
#: measured after merging main (lead's merge of session 18): tab 523/543 (0.963), layout 438/543 (0.807), plumber
#: 359/543 (0.661), pdf 116/119 (0.975); fewer values printed (cells not reported), fewer read.
#: Session 19, footer19 + marks19 + rows19 + bands19 merged (lead's measure): layout 498/543 (0.917; notes,
#: footnotes and page numbers among the rows no part of a name, lines across the columns no longer merge them),
#: plumber 456/543 (0.840; a grade under a progress column is the progress cell, `評価の理由` a reason column, a
#: wrapped name's rest joins its name), tab 540/543 (0.994) and pdf 543/543 (a goal band row sets the goal of the
#: rows under it without ending the table).
#: plumbermiss19 (after main's merge of those): plumber 508/543 (0.936; bare western years under role words, a band
#: label among the merged-down header cells, two words naming the indicator column). Session 19's end (lead, e5eca6e:
#: `課題と対応` a narrative column, seed92's name rests before bands and page breaks): layout 509/543 (0.937), plumber
#: 520/543 (0.958).
#: tabmiss20: tab 543/543 (1.000; goal bands and notes printed without tabs between tab rows are rows of the table,
#: a bare-year header over a first year not reported yet is a header), layout 524/543 (0.965; a note under a row
#: ends no table when rows like it follow, `人   ー   ー` is no spread word, a `未集計` cell is a value's place).
#: plumbermiss20: plumber 527/543 (0.971; the same three, and bare-year headers over goal bands).
#: recall22: plumber 531/543 (0.978; a certain reading placing no value gives way unless the winner swaps names and
#: values, a role word and its year an ideographic space apart are one header cell, a guess read over a page break
#: gives way to one table a page).
#: unflag23p: plumber 533/543 (0.982; a katakana `ー` alone is a dash, no letter of a spaced word; a certain table
#: stopped at a note between rows gives way to a later reading that reads on).
HABITS18_FLOOR = {"tab": 1.0, "layout": 0.96, "plumber": 0.98, "pdf": 0.99}
#: Unflagged wrong values on SEEDS with the habits18 habits, measured: 0 in every shape since session 19 (layout 43
#: before: notes, footnotes, 出典 lines and page numbers read as a name's wrapped end; plumber 38: grade letters read
#: as a name's first letter, a wrapped name's first line read alone beside a progress column). Kept as a ceiling
#: so a count can be named here again if a new habit brings one back.
UNFLAGGED_MEASURED = {"tab": 0, "layout": 0, "plumber": 0, "pdf": 0}


def test_year_labels_name_the_year_and_its_kind():
    assert year_label(2019, "era_fy") == ("令和元年度", "FY")
    assert year_label(2018, "short") == ("H30", "FY")
    assert year_label(2023, "short_fw") == ("Ｒ５", "FY")
    assert year_label(2023, "west_cy") == ("2023年", "CY")
    assert year_label(2020, "both_fy") == ("令和2年度（2020年度）", "FY")
    assert year_label(2016, "west_era") == ("2016(H28)年度", "FY")


def _hand_table() -> Table:
    """One table written by hand in the generator's form: a unit column, values in 千人 and 万, one not reported."""
    header = [["指標名", "単位", "現況値（R1）", "R3実績", "目標(R7)"]]
    body = [["観光入込客数", "千人", "1,250", "約980", "1,400以上"],
            ["転入者数", "人", "１，８５０", "－", "2.1万"]]
    truth = [Truth("観光入込客数", "baseline", "FY2019", Decimal(1250000), "人"),
             Truth("観光入込客数", "actual", "FY2021", Decimal(980000), "人"),
             Truth("観光入込客数", "target", "FY2025", Decimal(1400000), "人"),
             Truth("転入者数", "baseline", "FY2019", Decimal(1850), "人"),
             Truth("転入者数", "target", "FY2025", Decimal(21000), "人")]
    return Table(0, "青葉町 総合戦略 KPI一覧", "基本目標１　地域にしごとをつくる", header, body, truth)


def test_a_table_written_by_hand_is_scored_against_its_truth():
    table = _hand_table()
    result = score(table, read_text(render(table, "tab")))
    assert (result.printed, result.right, result.wrong_unflagged) == (5, 5, [])


def test_a_wrong_value_read_is_counted_unflagged_and_a_flagged_one_is_not():
    table = _hand_table()
    right = {"kpi_name": "転入者数", "role": "baseline", "period": "FY2019", "value": 1850, "unit": "人"}
    wrong = {**right, "period": "FY2021"}
    assert score(table, [right, wrong]).wrong_unflagged == [("転入者数", "baseline", "FY2021", "1850", "人", "")]
    assert score(table, [right, {**wrong, "uncertain": True}]).wrong_unflagged == []
    assert len(score(table, [right, {**wrong, "uncertain": True}]).wrong_flagged) == 1


def test_the_generator_prints_what_its_truth_says():
    """Seed 3 read by hand: name last, department first, a unit column (`万人`, `冊`), a midterm target, each cell
    dated `2021(R3)年度` after a wide space, `約` on some values: four rows of three values."""
    table = generate(3, more_habits=False)
    text = render(table, "tab")
    assert "総務課\t万人\t64.0\u30002021(R3)年度\t50.4\u30002026(R8)年度\t64.5\u30002031(R13)年度\t観光入込客数" in text
    assert len(table.truth) == 12
    assert Truth("観光入込客数", "actual", "FY2021", Decimal(640000), "人") in table.truth
    assert Truth("図書館の年間貸出冊数", "target", "FY2026", Decimal(80640), "冊") in table.truth


@cache
def _read(seed: int, shape: str, more_habits: bool) -> Result:
    return read_table(generate(seed, more_habits=more_habits), shape)


def _seeds(shape: str) -> range:
    return PDF_SEEDS if shape == "pdf" else SEEDS


@pytest.mark.parametrize("shape", ["tab", "layout", "plumber"])
def test_no_wrong_value_goes_unflagged(shape: str):
    """The tables without the habits18 habits: 0 unflagged wrong, as measured."""
    assert [(seed, key) for seed in _seeds(shape) for key in _read(seed, shape, False).wrong_unflagged] == []


@pytest.mark.parametrize("shape", ["tab", "layout", "plumber"])
def test_recall_stays_above_the_measured_floor(shape: str):
    results = [_read(seed, shape, False) for seed in _seeds(shape)]
    assert sum(r.right for r in results) / sum(r.printed for r in results) >= RECALL_FLOOR[shape]


@pytest.mark.parametrize("shape", ["tab", "layout", "plumber", "pdf"])
def test_habits18_tables_no_more_unflagged_wrong_than_measured_and_recall_floor(shape: str):
    """The tables with the habits18 habits: the unflagged wrong values measured (named at UNFLAGGED_MEASURED)."""
    results = [_read(seed, shape, True) for seed in _seeds(shape)]
    unflagged = [key for r in results for key in r.wrong_unflagged]
    assert len(unflagged) <= UNFLAGGED_MEASURED[shape], unflagged
    assert sum(r.right for r in results) / sum(r.printed for r in results) >= HABITS18_FLOOR[shape]


@pytest.mark.parametrize("shape", ["tab", "layout", "plumber", "pdf"])
def test_habits18_values_read_right_stand_under_their_goal(shape: str):
    """A goal band row across the table sets the goal of the rows under it (bands19; measured before: layout 2, pdf
    17 values right under a wrong goal)."""
    assert [(seed, wrong) for seed in _seeds(shape) for wrong in _read(seed, shape, True).goal_wrong] == []


#: pdf_merged (each header label one ruled cell over the blanks it heads) on PDF_SEEDS, as pdf: 630/630 each once a
#: label ruled over several value columns topped the band and bare years under it dated them (synthpdf18).
RECALL_FLOOR["pdf_merged"] = 0.99


@pytest.mark.parametrize("shape", ["pdf", "pdf_merged"])
def test_pdf_subset_no_unflagged_wrong_value_and_recall_floor(shape: str):
    results = [read_table(generate(seed, more_habits=False), shape) for seed in PDF_SEEDS]
    assert [k for r in results for k in r.wrong_unflagged] == []
    assert sum(r.right for r in results) / sum(r.printed for r in results) >= RECALL_FLOOR[shape]


def test_a_pdf_header_is_drawn_merged_as_municipal_pdfs_draw_it():
    """Seed 12 by hand: 担当 and 指標項目 merged down the three header rows, 数値 across the five value columns, 実績
    across its two years; the roles and years under them one cell each."""
    header = merged_header(generate(12, more_habits=False).header)
    spans = {c.text: (c.row, c.col, c.row_span, c.col_span) for c in header if c.text}
    assert spans["担当"] == (0, 0, 3, 1) and spans["指標項目"] == (0, 1, 3, 1)
    assert spans["数値"] == (0, 2, 1, 5) and spans["実績"] == (1, 3, 1, 2) and spans["令和4年度"] == (2, 4, 1, 1)
    assert len(header) == 2 + 1 + 4 + 5


#: Seeds (of bench/synth.py's 300) whose header's top row is a label merged over every value column (`数値` over
#: `基準値（現状） | 実績 | 中間目標 | 目標数値`; `数値` beside the name header `数値目標`; a department before,
#: after or none): drawn as one ruled cell it had nothing beside it, so the row was no band top, no value read.
MERGED_OVER_VALUES = (12, 79, 216)


#: Seeds (of bench/synth.py's 300) with bare western years under `数値` ruled over every value column (`目標` under
#: it, `実績値（年度）` over four years; `目標数値` under it): the year row was read as no header's years, for the
#: column's texts joined made `数値目標`, a name header; the values were read undated or under the wrong years.
BARE_YEARS_UNDER_MERGED = (68, 251)


@pytest.mark.parametrize("seed", BARE_YEARS_UNDER_MERGED)
def test_bare_years_under_a_label_ruled_over_the_values_date_them(seed: int):
    table = generate(seed, more_habits=False)  # the habits these seeds had when the reader was fixed
    assert table.habits["year_form"] == "west"
    result = read_table(table, "pdf_merged")
    assert (result.right, result.undated, result.wrong_flagged, result.wrong_unflagged) == (result.printed, [], [], [])


@pytest.mark.parametrize("seed", MERGED_OVER_VALUES)
def test_a_label_ruled_over_every_value_column_tops_the_header(seed: int):
    table = generate(seed, more_habits=False)  # the habits these seeds had when the reader was fixed
    assert table.habits["header_rows"] == "3"
    result = read_table(table, "pdf_merged")
    assert result.wrong_unflagged == [] and result.missed == [] and result.right == result.printed


#: Seeds (of bench/synth.py's 300) whose last row's name wraps onto a line of its own at the end of the text, in
#: pdfplumber's single-space shape: that line was dropped and the row's values read under half its name, unflagged
#: (name first or last, a department before or after, units in the values or a column).
LAST_ROW_WRAPPED = (64, 81, 156, 280)


@pytest.mark.parametrize("seed", LAST_ROW_WRAPPED)
def test_a_last_rows_wrapped_name_is_not_lost_in_single_space_text(seed: int):
    table = generate(seed, more_habits=False)  # the habits these seeds had when the reader was fixed
    assert max(table.wraps) == len(table.body) - 1  # the wrapped end is the text's last line
    result = read_table(table, "plumber")
    assert result.wrong_unflagged == [] and result.missed == []


@pytest.mark.parametrize("seed", [132, 136])
def test_layout_headers_a_heading_or_a_tolerance_cut_apart_are_read_whole(seed: int):
    """Seeds 136 (a header with `主管課` under a goal heading whose title ran over the value columns' gutters: the
    unit column joined the base year's, 15 values read without their unit) and 132 (`目標` over its wider year, cut
    off as a column of its own: the targets read as actuals) were read wrong and unflagged in the layout shape."""
    result = read_table(generate(seed, more_habits=False), "layout")
    assert (result.wrong_unflagged, result.missed) == ([], [])


#: Seeds (of bench/synth.py's 300, habits18 habits) read wrong and unflagged at session 20's start (unflag20): value
#: headers moved off their columns of values where `未集計` left fewer columns of values only (layout 38, 50, 252), a
#: unit column run into the value cells (layout 294), a wrapped name's last line left out or given to another cell
#: (plumber: before a source line, a note, the header printed again, after a grade or `達成見込み`).
UNFLAGGED20 = [("layout", 38), ("layout", 50), ("layout", 252), ("layout", 294), ("plumber", 32), ("plumber", 43),
               ("plumber", 64), ("plumber", 117), ("plumber", 198), ("plumber", 234), ("plumber", 255),
               ("plumber", 267), ("plumber", 280)]


@pytest.mark.parametrize(("shape", "seed"), UNFLAGGED20)
def test_values_once_read_wrong_unflagged_are_read_right_or_flagged(shape: str, seed: int):
    assert read_table(generate(seed, more_habits=True), shape).wrong_unflagged == []


#: Seeds of a range no rule was made on (2000-2599, habits18 habits) read wrong and unflagged at unflag20b's start:
#: a last row's wrapped name cut, its rest line dropped before notes at the end of the text (plumber) or before a
#: note, the page number and the header printed again (layout: the unit after the rest lost too).
#: (plumber 2133, 2391, 2559: a source line under the rest read into the body; redone in unflag21 setting aside only
#: lines marked as notes, not a lone sentence, which may be a reason's wrapped clause: test_typed_rows)
UNFLAGGED20B = [("layout", 2320), ("layout", 2354), ("layout", 2382), ("plumber", 2026), ("plumber", 2049),
                ("plumber", 2133), ("plumber", 2259), ("plumber", 2391), ("plumber", 2413), ("plumber", 2559),
                ("plumber", 2583)]


@pytest.mark.parametrize(("shape", "seed"), UNFLAGGED20B)
def test_values_of_unseen_seeds_once_read_wrong_unflagged_are_read_right_or_flagged(shape: str, seed: int):
    assert read_table(generate(seed, more_habits=True), shape).wrong_unflagged == []


#: Seeds of 2000-2999 (habits18) read wrong and unflagged at unflag21's start: pdftotext's layout, a band word
#: (`指標の推移`) and the first role word (`当初値`) starting where the first year's cell does while the values end
#: flush right further on, so the role words stood a column off the years (every row's roles shifted: 2386, 2715);
#: a department read into the name, one space before it (`健康増進課 転入者数`: the header `主管課 ＫＰＩ` read as one
#: cell, layout 2646; the header's columns a column off, plumber 2232).
#: layout 2805: a row's values with their years (`16　2015(H27)年度`, `63.9`) and a placeholder (`ー`) read as names.
UNFLAGGED21 = [("layout", 2386), ("layout", 2715), ("layout", 2646), ("plumber", 2232), ("layout", 2805)]


@pytest.mark.parametrize(("shape", "seed"), UNFLAGGED21)
def test_values_of_unseen_seeds_read_wrong_unflagged_at_session_21_are_read_right_or_flagged(shape: str, seed: int):
    assert read_table(generate(seed, more_habits=True), shape).wrong_unflagged == []


#: development seeds (default habits) whose values were read wrong and not flagged after unflag21: a name's wrapped
#: rest read as the department or dropped before a page's end, a bracketed note or a marked note read into a name, a
#: unit a column off, role words a column off the years
UNFLAGGED21B = [("plumber", 2279), ("plumber", 2171), ("plumber", 2185), ("plumber", 2915), ("layout", 2888),
                ("layout", 2673), ("plumber", 2673), ("layout", 2618), ("layout", 2756), ("layout", 2944),
                ("layout", 2160), ("plumber", 2160)]


@pytest.mark.parametrize(("shape", "seed"), UNFLAGGED21B)
def test_values_read_wrong_unflagged_after_unflag21_are_read_right_or_flagged(shape: str, seed: int):
    assert read_table(generate(seed), shape).wrong_unflagged == []


def test_goal_bands_give_each_indicator_the_goal_printed_above_it():
    """Seed 1 read by hand (pdfplumber's shape): no heading above the table, `基本目標Ⅱ：地域にしごとをつくる` over
    two rows and `基本目標Ⅲ：誰もが活躍できる地域をつくる` over four; an evaluation column of marks (`×`, `◎`), a
    出典 line after the table; the actuals not reported print `－` and have no truth."""
    table = generate(1)
    text = render(table, "plumber")
    assert "基本目標" not in table.goal
    assert "基本目標Ⅱ：地域にしごとをつくる\n10 8 × 空き家バンクの成約件数（件）\n" in text
    assert "基本目標Ⅲ：誰もが活躍できる地域をつくる\n－ 139,860 ○ 公共交通の年間利用者数（人）\n" in text
    assert text.endswith("16 ○ 創業支援による創業件数（件）\n出典：観光動態調査（県）\n\n")
    assert table.goals["企業誘致件数"] == "地域にしごとをつくる"
    assert table.goals["転入者数"] == "誰もが活躍できる地域をつくる"
    assert len(table.truth) == 9  # 6 targets, 3 actuals: the three `－` print none


def test_a_merged_department_notes_and_cells_not_reported_carry_no_value():
    """Seed 2 read by hand (tab shape): the department printed on the first row of its run only, a note `※…`
    on a line of its own under a row, `未集計` baselines (no truth), a reason sentence with numbers
    (`令和3年度に2件…`) that is no value, and a footnote and a 出典 line after the table."""
    table = generate(2)
    text = render(table, "tab")
    assert "\t子育て支援に満足している保護者の割合\t%\t未集計\t７５．０\u30002024年度（R6）\t○\t" in text
    assert "\t×\t移住相談窓口の周知により相談件数が増加した。\n※住民基本台帳による\n" in text
    assert "令和3年度に2件の新規事業を実施した。" in text
    assert text.endswith("※2\u3000「－」は未集計を示す。\n出典：農林業センサス\n\n")
    assert len(table.truth) == 9
    assert not [t for t in table.truth if t.name == "子育て支援に満足している保護者の割合" and t.role == "baseline"]


def test_a_page_break_repeats_the_header_after_the_page_number_and_marks_keep_their_value():
    """Seed 4 read by hand (layout shape): the page number `8`, a form feed and the header again before the third
    row; `1646人（見込）` an estimate of the latest actual, its value 1646 people."""
    table = generate(4)
    text = render(table, "layout")
    header = text.splitlines()[4]
    assert header.startswith("策定時(平成29年)")
    assert f"\n※各年４月１日現在\n8\n\f{header}\n2,109人" in text
    assert "1646人（見込）" in text
    assert Truth("転入者数", "actual", "CY2018", Decimal(1646), "人") in table.truth


# --- statements outside tables (tests/synth/statements.py) ----------------------------------------------------

#: Seeds 58 and 68 print a bare year before a yearly rate (`R3　年186件`): read as `R3年` (calendar) until ambig19.
STATEMENT_SEEDS = range(70)
#: Share of stated values read right on STATEMENT_SEEDS, measured 2026-12-02 (ambig19) and rounded down: 745/790
#: (0.943) once the year before a yearly rate was read as the document's other years are (739/790 before);
#: statements20: 780/790 (0.987) once `…から…へ` reads as an arrow, a period before a labelled value dates it and
#: a target line under a goal heading is read without a caption; then 792/794 (0.997) with MORE_FORMS drawn (the
#: role word's period bracketing its Western year, a dated target's baseline with its year bare).
STATEMENTS_FLOOR = 0.99
#: Seeds whose values read under a wrong kind were counted (statements19).
KIND_SEEDS = range(30)
#: Values read right under a kind that is not theirs, measured (statements19: 36, statements under a numbered
#: measure heading `（１）農業の担い手の育成` read as the basic goal's 数値目標); statements20: 0, such a heading
#: is read as a measure's (ingest.text.statements._measure_heading).
STATEMENT_KINDS_WRONG = 0
#: Of those, values of small tables typed in the text (`table_in_prose`, drawn since texttable20) read right under a
#: kind not theirs, measured (texttable20: 34, seeds 5, 15 and 23: a table under a goal or measure heading without a
#: kind caption read with no kind); prose21: 0, the table's rows take the kind of what owns them as a statement does
#: (`ingest.table.context.owner_kind`). On seeds 0-299 78 remained, all a `指標名` header's generic `指標`; kinds21:
#: those were the generator's expectation (no document drawn shows both a goal's and a measure's indicators, so the
#: generic kind stays); 6 remain on seeds 0-299 (seed 200: a third goal's table, after a sentence, read as the
#: continuation of the second's under its `数値目標` caption).
TEXT_TABLE_KINDS_WRONG = 0
#: Values of those small tables read right under a goal not theirs on STATEMENT_SEEDS, measured (texttable20: 6, seed
#: 27: the aligned reader runs its first table on over the next `■基本目標２` heading, whose rows take goal 1).
TEXT_TABLE_GOALS_WRONG = 6


def test_the_statement_generator_prints_what_its_truth_says():
    """Seed 5 read by hand: three goal headings, each with a measure heading (`具体的な施策`, `施策（２）…`,
    `（３）…`) over a small table typed in the text (`【項目】　現状値　目標` over three lines of a name and two
    values, each year bracketed after its value: `table_in_prose`, drawn since texttable20; three numbered list
    items stating the target year first before, the arrow form before statements20), years short, `以下` on the
    targets."""
    doc = generate_statements(5)
    assert doc.text.count("【項目】　現状値　目標\n") == 3
    assert "農業産出額　18.7億円（H30）　20.2億円以下（R8）\n" in doc.text
    assert "年間出生数　266人（R2）　307人以下（R8）\n" in doc.text
    assert len(doc.truth) == 18
    assert Truth("農業産出額", "baseline", "FY2018", Decimal("1870000000"), "円") in doc.truth
    assert Truth("観光入込客数", "target", "FY2030", Decimal(541000), "人") in doc.truth
    assert set(doc.kinds.values()) == {"KPI"}


def test_a_generic_table_drawn_under_goal_headings_alone_keeps_the_generic_kind():
    """Seed 206 read by hand: one basic goal heading, no caption, a `【指標名】` table typed in the text, no measure
    heading: the document does not say whether its 指標 are 数値目標 or KPI, so they keep the generic kind (kinds21;
    数値目標 before)."""
    doc = generate_statements(206)
    assert "■基本目標２　結婚・出産・子育ての希望をかなえる\n" in doc.text
    assert "【指標名】  現況値  目標\n" in doc.text
    assert not any(word in doc.text for word in ("数値目標", "KPI", "施策"))
    assert set(doc.kinds.values()) == {"指標"}


@cache
def _statements(seed: int) -> Result:
    return read_statements(generate_statements(seed))


def test_statements_no_wrong_value_goes_unflagged_and_recall_floor():
    results = [_statements(seed) for seed in STATEMENT_SEEDS]
    assert [(seed, k) for seed, r in zip(STATEMENT_SEEDS, results, strict=True) for k in r.wrong_unflagged] == []
    assert sum(r.right for r in results) / sum(r.printed for r in results) >= STATEMENTS_FLOOR
    tables = [generate_statements(seed).habits["form"] == "table_in_prose" for seed in STATEMENT_SEEDS]
    assert [g for r, table in zip(results, tables, strict=True) if not table for g in r.goal_wrong] == []
    assert len([g for r, table in zip(results, tables, strict=True) if table for g in r.goal_wrong]) \
        <= TEXT_TABLE_GOALS_WRONG


def test_statements_kinds_no_more_wrong_than_measured():
    tables = {seed for seed in KIND_SEEDS if generate_statements(seed).habits["form"] == "table_in_prose"}
    assert len([k for seed in KIND_SEEDS if seed not in tables for k in _statements(seed).kind_wrong]) \
        <= STATEMENT_KINDS_WRONG
    assert len([k for seed in tables for k in _statements(seed).kind_wrong]) <= TEXT_TABLE_KINDS_WRONG


#: Seeds of statements printed as a PDF (tests/synth/pdf.py `draw_statements`) and read through the PDF front end:
#: 264/264 values right, none under a wrong kind or goal, measured 2026-12-02 (statements20), the small tables typed
#: in the text (`table_in_prose`) left out; prose21: those read too (the PDF front end reads a table typed among its
#: lines, `ingest.pdf.frontend.typed_tables`: 606/606 of their values on seeds 0-299, none wrong), so all seeds count.
STATEMENT_PDF_SEEDS = range(20)


def test_statements_printed_as_a_pdf_read_as_their_text():
    results = [read_statements(generate_statements(seed), "pdf") for seed in STATEMENT_PDF_SEEDS]
    assert [k for r in results for k in r.wrong_unflagged] == []
    assert sum(r.right for r in results) == sum(r.printed for r in results)
    assert [k for r in results for k in (*r.kind_wrong, *r.goal_wrong)] == []


# --- habits20: habits drawn by a third generator (`generate(seed, habits20=True)`) -----------------------------

#: The tables with the habits20 habits too, on SEEDS, measured (habits20, 2026-12-02) once year columns printed
#: before their values dated them: tab 475/601 (0.790), layout 378/601 (0.629), plumber 272/601 (0.453), pdf
#: 508/601 (0.845); before that fix tab 418/601, layout 332/601, plumber 265/601 (unflagged 96, 134, 10). Floors,
#: rounded down, and the unflagged wrong values measured as ceilings: the readers' work next (bench/synth.py ranks
#: the habits: sub-rows `男性`/`女性` under a name printing no value joined to the row above in the layout shape,
#: years in columns of their own, 達成率/増減 columns, a `No.` column in pdfplumber's shape).
#: h20fix ratcheted them (2026-12-02): segment rows take their parent's unit and stand apart from the name above,
#: `基準値比` heads a change column, a year run into the name goes back to its column: tab 519/601 (0.864), layout
#: 491/601 (0.817), plumber 328/601 (0.546), pdf 549/601 (0.913); unflagged 0, 7, 0, 0 (layout: a parent name
#: printed last on a page, its segments on the next, still joined to the name above).
#: h20layout ratcheted tab and layout (2026-12-02): a name line printing its own grade (or, after an empty line,
#: its own department or reason) is a row of its own, a bare `年度` column beside a role's year column dates the
#: values after it, a name alone over segment rows is their indicator: tab 532/601 (0.885), layout 510/601
#: (0.849); unflagged layout 1 (seed 3: a `-` right-aligned in its column placed in the department column).
#: h20plumber ratcheted plumber (2026-12-02): years printed over their role words, a `NO` column counting the rows,
#: a `指標の推移` band over the values, a short era year beside a year column, a unit field over the first page's
#: header only: plumber 467/601 (0.777), unflagged 0.
#: unflag22 ratcheted tab, layout and plumber (2026-12-03): role words in gutters placed again after a move, a
#: figure never read into the department column by order, a `No.` row's next number opening a row (no heading), a
#: name closing with a whole progress label over segment rows their indicator, `3※ 3` two cells: tab 541/601
#: (0.900), layout 529/601 (0.880), plumber 476/601 (0.792); unflagged layout 0 (seed 3 mended).
#: goals22 ratcheted tab and layout (2026-12-03): a numbered parent row printing no value (its segments' rows
#: below, or only its grade) is a row, never a goal heading cutting the table: tab 547/601 (0.910), layout 525/601
#: (0.874); plumber 476/601 unchanged.
#: merged (lead, 2026-12-03): unflag22's floors kept (goals22's tab 0.91 was measured without unflag22's rules).
#: unflag23p ratcheted plumber (2026-12-03): a `ー` alone no letter of a spaced word, a unit field joined to a header
#: cell no part of the signature, a graded row over segment rows their indicator, a certain table stopped at a note
#: giving way: plumber 493/601 (0.820), unflagged 0.
#: unflag24p ratcheted plumber (2026-12-03): a segments' parent row's grade, unit or department run into its name
#: cut off, a name alone over segment rows their parent, a line under a whole grade label the name's rest: plumber
#: 499/601 (0.830), unflagged 0.
HABITS20_FLOOR = {"tab": 0.90, "layout": 0.88, "plumber": 0.83, "pdf": 0.91}
HABITS20_UNFLAGGED = {"tab": 0, "layout": 0, "plumber": 0, "pdf": 0}


@pytest.mark.parametrize("shape", ["tab", "layout", "plumber", "pdf"])
def test_habits20_tables_no_more_unflagged_wrong_than_measured_and_recall_floor(shape: str):
    results = [read_table(generate(seed, habits20=True), shape) for seed in _seeds(shape)]
    assert len([k for r in results for k in r.wrong_unflagged]) <= HABITS20_UNFLAGGED[shape]
    assert sum(r.right for r in results) / sum(r.printed for r in results) >= HABITS20_FLOOR[shape]
    if shape != "pdf":  # values right under a goal not theirs (goals22: tab 3, layout 3 before; pdf not measured)
        assert [g for r in results for g in r.goal_wrong] == []


def test_the_generator_prints_year_columns_and_sub_rows_with_their_truth():
    """Seed 8 read by hand (tab shape): a year column before the baseline and the target (`基準年度`, `目標年度`),
    one row's baseline a year earlier (`R1`), and `転入者数` printing no value on its own row, only on its sub-rows
    `男` and `女` under it (values of those segments; a `-` baseline not reported)."""
    table = generate(8, habits20=True)
    text = render(table, "tab")
    assert "ＫＰＩ\t（単位）\t基準年度\t現状\tR3\t目標年度\t最終目標値\t達成状況\n" in text
    assert "\n転入者数\t人\t\t\t\t\t\t△\n男\t人\tR2\t796\t777\tR6\t1,008\n女\t人\tR2\t-\t-\tR6\t916\n" in text
    assert "\n移住相談件数\t件\tR1\t230\t258\tR6\t205\t△\n" in text
    assert Truth("転入者数", "baseline", "FY2020", Decimal(796), "人", "男") in table.truth
    assert Truth("転入者数", "target", "FY2024", Decimal(916), "人", "女") in table.truth
    assert not [t for t in table.truth if t.name == "転入者数" and not t.segment]
    assert Truth("移住相談件数", "baseline", "FY2019", Decimal(230), "件") in table.truth
    assert generate(8).habits.get("segments") is None  # off by default: the seeds read by hand keep their tables


def test_a_spreadsheet_row_of_several_cells_with_line_breaks_is_one_record():
    """Seed 14 (habits20, tab shape) prints each value with its year on the cell's second line, every cell quoted
    (`"4` / `Ｒ２"<TAB>"4` / `Ｒ８"<TAB>"4以上` / `Ｒ１３"`): one record of four lines. The lines inside it were taken
    for records of their own and the csv module raised on them (the whole document unread)."""
    from ingest.text.tabs import _quoted_records

    lines = render(generate(14, habits20=True), "tab").splitlines(keepends=True)
    first = lines.index("企業誘致件数\t\"4\n")
    assert _quoted_records(lines)[first] == (first + 3, ["企業誘致件数", "4\nＲ２", "4\nＲ８", "4以上\nＲ１３", "順調",
                                                          "令和3年度に2件の新規事業を実施した。"])
    assert first + 1 not in _quoted_records(lines)
    assert read_table(generate(14, habits20=True), "tab").printed == 11


def test_a_header_band_read_over_several_lines_keeps_the_words_it_was_found_with():
    """Seed 145 (habits20, layout shape): a band `番号 成果指標 進捗状況 …` / `実績値（各年度） 最終目標` / years; a
    header found on the first lines shared its list of words with the lines read after, which grew it past its roles
    (IndexError: the document unread)."""
    result = read_table(generate(145, habits20=True), "layout")
    assert result.printed == 11  # 2 + 3 + 3 + 3 values: the target `増加させる` prints none


def test_years_printed_before_their_values_in_columns_of_their_own_date_them():
    """Seed 8 (habits20, tab shape): `基準年度 | 現状 | R3 | 目標年度 | 最終目標値`, one row's baseline year `R1`:
    each value dated by the year column before it (undated before: a year column was only sought after its
    values, `基準値 | 基準年度`), the sub-rows' values with their segment."""
    result = read_table(generate(8, habits20=True), "tab")
    assert (result.printed, result.right, result.undated, result.wrong_unflagged) == (15, 15, [], [])
