"""Statements outside tables (ingest/text/statements.py): `name 30件（2018年度）→50件（2023年度）` and
`name 現状値 X 目標値 Y`, in banners, lists and prose. Every expected value was read off the test text by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import load
from ingest.registry import extract
from ingest.text.statements import arrow_statements, labelled_statement, read_statements, sentence_targets
from tests.layouts_score import extraction_records  # one import of the record step to move when it moves


def _values(statement) -> list[tuple[str, str]]:
    return list(statement.cells)


# --- one line ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "name", "cells"), [
    ("②合計特殊出生率:1.32(平成 27 年)→1.50(令和 2 年)", "合計特殊出生率",
     [("基準値", "1.32(平成 27 年)"), ("目標値", "1.50(令和 2 年)")]),
    ("　・新規漁業就業者数　１人（2018年度）→５人（2024年度）", "新規漁業就業者数",
     [("基準値", "１人（2018年度）"), ("目標値", "５人（2024年度）")]),
    # name glued to its value: the name ends where the rest is one value
    ("移住相談件数３０件（2018年度）⇒５０件（2023年度）", "移住相談件数",
     [("基準値", "３０件（2018年度）"), ("目標値", "５０件（2023年度）")]),
    # digits inside the name stay in the name
    ("年少人口（0～14歳） 14,820人 → 14,500人", "年少人口（0～14歳）",
     [("基準値", "14,820人"), ("目標値", "14,500人")]),
    ("(3) 週1回以上運動する市民の割合：35.2% ➡ 45%以上", "週1回以上運動する市民の割合",
     [("基準値", "35.2%"), ("目標値", "45%以上")]),
    # a chain: baseline, mid-term target, target
    ("転入者数 400人（2019年度）→450人（2022年度）→500人（2025年度）", "転入者数",
     [("基準値", "400人（2019年度）"), ("目標値", "450人（2022年度）"), ("目標値", "500人（2025年度）")]),
    # trailing prose after the target is not part of the value
    ("観光消費額を8.6億円から→10億円を目指します。", None, None),
])
def test_arrow_statement(line: str, name: str | None, cells: list | None):
    found = arrow_statements(line)
    if name is None:
        assert not found
        return
    assert found is not None and len(found) == 1
    assert (found[0].name, _values(found[0])) == (name, cells)


def test_a_role_word_after_the_arrow_names_the_role():
    line = "市民満足度 62.3%（令和元年度）→ 実績値 64.0%（令和5年度）→ 目標値：70%（令和9年度）"
    (statement,) = arrow_statements(line)
    assert _values(statement) == [("基準値", "62.3%（令和元年度）"), ("実績値", "64.0%（令和5年度）"),
                                  ("目標値", "70%（令和9年度）")]


def test_role_words_and_periods_on_both_sides_of_the_arrow():
    (statement,) = arrow_statements("観光入込客数 基準値（H30）：52万人 → 目標値（R6）：60万人")
    assert (statement.name, _values(statement)) == (
        "観光入込客数", [("基準値（H30）", "52万人"), ("目標値（R6）", "60万人")])
    (statement,) = arrow_statements("観光入込客数 実績値 52万人(R4) → 目標値 60万人(R6)")
    assert _values(statement) == [("実績値", "52万人(R4)"), ("目標値", "60万人(R6)")]
    # no name before the role word: the name printed above it
    found = read_statements(["◆観光入込客数", "基準値 52万人（2018年） → 目標値 60万人（2024年）"], "x.txt")
    assert [(r.name, [c.header for c in r.cells]) for r in found.rows] == [("観光入込客数", ["基準値", "目標値"])]
    assert arrow_statements("基準値 52万人（2018年） → 目標値 60万人（2024年）") is None


def test_a_period_printed_alone_before_a_value_dates_it_through_the_role_header():
    """statements19: a bare `R2` the cell parser leaves unread outside brackets stood in the name or stopped the
    statement (the statements generator: 60 values of 300 documents missed or named wrong); glued to the role word
    too."""
    (statement,) = arrow_statements("(1)自主防災組織の組織率　現状　R2　58.9%➡R11　63.2%")
    assert statement.name == "自主防災組織の組織率"
    assert _values(statement) == [("現状 R2", "58.9%"), ("目標値 R11", "63.2%")]
    (statement,) = arrow_statements("2）健康診査の受診率:現況値H30　56.2%⇒R10　58.6%以上")
    assert statement.name == "健康診査の受診率"
    assert _values(statement) == [("現況値 H30", "56.2%"), ("目標値 R10", "58.6%以上")]
    # a value does not start inside `R3`: the year is the header's, `年間11人` the value
    (statement,) = arrow_statements("1）新規就農者数　R3　年間11人　→　目標：R9　年間14人以下")
    assert statement.name == "新規就農者数"
    assert _values(statement) == [("基準値 R3", "年間11人"), ("目標 R9", "年間14人以下")]


def test_a_statement_listed_under_a_white_circle_keeps_no_mark_in_its_name():
    (statement,) = arrow_statements("○移住相談件数　30件（2018年度）→50件（2023年度）")
    assert statement.name == "移住相談件数"


def test_segments_on_both_sides():
    (statement,) = arrow_statements("健康寿命　男性79.8歳 女性83.9歳 → 男性81歳 女性85歳")
    assert _values(statement) == [("基準値", "男性79.8歳 女性83.9歳"), ("目標値", "男性81歳 女性85歳")]


def test_two_statements_run_into_one_line():
    found = arrow_statements("①転入者数:1,850人→2,100人、②出生数:310人→330人")
    assert [(s.name, _values(s)) for s in found] == [
        ("転入者数", [("基準値", "1,850人"), ("目標値", "2,100人")]),
        ("出生数", [("基準値", "310人"), ("目標値", "330人")]),
    ]


def test_inline_caption_gives_the_kind_and_is_not_part_of_the_name():
    (statement,) = arrow_statements("　数値目標　社会増減数　△１８人（2018年）→０人（2024年）")
    assert (statement.name, statement.kind) == ("社会増減数", "数値目標")
    (statement,) = arrow_statements("【ＫＰＩ】 新規就農者数 3人 → 15人")
    assert (statement.name, statement.kind) == ("新規就農者数", "KPI")


@pytest.mark.parametrize("line", [
    "村の人口は2015年の３，２１０人から減り続けています。",  # a number, no arrow
    "2020年度→2025年度の６年間",  # periods, no values
    "申請書 → 審査 → 交付決定",  # no figures
])
def test_lines_that_are_not_arrow_statements(line: str):
    assert not arrow_statements(line)


def test_labelled_statement_in_prose():
    statement = labelled_statement("また、子育て支援センターの利用者数は、"
                                   "現状値 8,200人（令和4年度）、目標値 10,000人（令和9年度）とされています。")
    assert statement.name == "子育て支援センターの利用者数"
    assert _values(statement) == [("現状値", "8,200人（令和4年度）"), ("目標値", "10,000人（令和9年度）")]


def test_labelled_statement_with_periods_after_the_role_words():
    statement = labelled_statement("新規雇用者数　基準値（2018年度）：12人　目標値（2024年度）：20人")
    assert (statement.name, _values(statement)) == (
        "新規雇用者数", [("基準値（2018年度）", "12人"), ("目標値（2024年度）", "20人")])


@pytest.mark.parametrize("line", [
    # 003's note under a table: role words, but a value only in brackets and prose between
    "[※]現状値(令和元年度)からは減少しているが、令和4年度実績(655人)から増加させるもの。",
    "指標名　現状値 (令和元年度)　目標値 (令和9年度)",  # a header: role words with periods, no values
    "③ 目標値と実績値に大きく乖離のある指標について目標値の再設定",  # 000's prose
    "数値目標 12件",  # one role word only (and 目標 inside 数値目標 is no role)
])
def test_lines_that_are_not_labelled_statements(line: str):
    assert labelled_statement(line) is None


# --- a document --------------------------------------------------------------------------------------------

BANNERS = """北浜村 総合戦略（概要版）
■基本目標１　しごとをつくる
　数値目標　新規雇用者数　１２人（2018年度）→２０人（2024年度）
　ＫＰＩ
　・新規漁業就業者数　１人（2018年度）→５人（2024年度）
■基本目標２　ひとの流れをつくる
　転入者数　400人（2018年）→500人（2024年）
　・移住相談件数30件(2018年度)→倍増の60件へ(2023年度)
""".splitlines()


def test_document_goals_kinds_lines_and_rejects():
    found = read_statements(BANNERS, "banners.txt")
    rows = [(r.name, r.kind, r.goal, r.ref.line) for r in found.rows]
    assert rows == [
        ("新規雇用者数", "数値目標", ("1 しごとをつくる",), 3),
        ("新規漁業就業者数", "KPI", ("1 しごとをつくる",), 5),
        # no caption since the heading: a goal heading owns it, so a 数値目標
        ("転入者数", "数値目標", ("2 ひとの流れをつくる",), 7),
    ]
    # an arrow with figures on both sides that does not read is kept as a reject, not dropped
    assert [(r.ref.line, r.reason) for r in found.rejects] == [
        (8, "statement with an arrow not read: no value after the arrow: 倍増の60件へ(2023年度)")]


def test_only_arrows_between_quantities_are_rejected():
    lines = ["計画期間は2020年→2025年の６年間です。", "申請 → 審査 → 交付（約30日）",
             "宿泊者数:12,400人 → 倍増の25,000人へ", "観光消費額 8.6億円 ⇒ 目標 10億円超を目指す"]
    found = read_statements(lines, "x.txt")
    # the last line reads: a role word after the arrow, trailing prose after the value
    assert [(r.name, [(c.header, c.text) for c in r.cells]) for r in found.rows] == [
        ("観光消費額", [("基準値", "8.6億円"), ("目標", "10億円超")])]
    # years on both sides of an arrow are a span, not a statement; quantities on both sides are
    assert [r.ref.line for r in found.rejects] == [3]


def test_statements_without_a_goal_heading_are_kpis_and_skipped_lines_are_not_read():
    lines = ["①転入者数:1,850人→2,100人", "②出生数:310人→330人"]
    assert [r.kind for r in read_statements(lines, "x.txt").rows] == ["KPI", "KPI"]
    assert [r.name for r in read_statements(lines, "x.txt", skip={0}).rows] == ["出生数"]


def test_a_banner_prints_the_name_over_its_figures():
    lines = ["■基本目標１　しごとをつくる", "【数値目標】村内の新規雇用者数", "１２人（2018年度）→２０人（2024年度）",
             "", "週1回以上運動する市民の割合", "現状値 35.2%（令和4年度）　目標値 45%（令和9年度）",
             "１２人（2018年度）→２０人（2024年度）"]
    found = read_statements(lines, "banner.txt")
    assert [(r.name, r.kind, r.ref.line, [c.text for c in r.cells]) for r in found.rows] == [
        ("村内の新規雇用者数", "数値目標", 3, ["１２人（2018年度）", "２０人（2024年度）"]),
        ("週1回以上運動する市民の割合", "数値目標", 6, ["35.2%（令和4年度）", "45%（令和9年度）"]),
    ]
    # the last line's figures have no name: the line above is a statement, not a name
    assert [(r.ref.line, r.reason) for r in found.rejects] == [
        (7, "statement with an arrow not read: no indicator name before １２人（2018年度）")]


def test_a_banner_prints_one_labelled_value_per_line_under_the_name():
    lines = ["基本目標２　ひとの流れをつくる", "◆転入者数", "現状値　412人（2018年度）", "目標値：480人（2024年度）",
             "", "・移住相談件数", "実績値 41件（令和5年度）", "本文です。", "目標値 60件（令和6年度）"]
    found = read_statements(lines, "banner.txt")
    assert [(r.name, r.kind, r.ref.line, [(c.header, c.text, c.ref.line) for c in r.cells]) for r in found.rows] == [
        ("転入者数", "数値目標", 2, [("現状値", "412人（2018年度）", 3), ("目標値", "480人（2024年度）", 4)])]
    # 移住相談件数: one value under the name, then prose: no statement (a lone figure states no change)


def test_records_through_the_shared_cell_parser(tmp_path: Path):
    """Values, units and periods come out as from table cells: base units, FY/CY periods, roles by header."""
    path = tmp_path / "banner.txt"
    banner = "　ふるさと納税寄附額　3,200万円（平成30年度）→5,000万円以上（令和6年度）"
    path.write_text("\n".join([*BANNERS[:3], banner]) + "\n", encoding="utf-8")
    extraction = extract(load(path))
    assert extraction.shape == "statements" and extraction.warnings == []
    observations, _, rejects = extraction_records(extraction)
    got = sorted((o["kpi_name"], o["role"], o["period"], o["value"], o["unit"], o["qualifier"], o["line"])
                 for o in observations)
    assert got == [
        ("ふるさと納税寄附額", "baseline", "FY2018", 32000000.0, "円", None, 4),
        ("ふるさと納税寄附額", "target", "FY2024", 50000000.0, "円", "以上", 4),
        ("新規雇用者数", "baseline", "FY2018", 12.0, "人", None, 3),
        ("新規雇用者数", "target", "FY2024", 20.0, "人", None, 3),
    ]
    assert rejects == []


def test_a_table_document_keeps_its_rows_and_gains_its_statements(tmp_path: Path):
    """A tab-separated table read by its front end is not read again; a banner beside it is added once."""
    text = "\n".join([
        "東山市 総合戦略",
        "基本目標1 しごとの創生",
        "数値目標",
        "指標名\t現状値 (令和元年度)\t目標値 (令和9年度)",
        "新規求人数\t1,563件\t1,630件",
        "",
        "【目標】新規求人数　1,563件（令和元年度）→1,630件（令和9年度）",
        "創業件数　10件（令和元年度）→28件（令和9年度）",
    ]) + "\n"
    path = tmp_path / "mixed.txt"
    path.write_text(text, encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text(text.split("\n\n")[0] + "\n", encoding="utf-8")
    table_only = extract(load(plain))
    assert [r.name for r in table_only.rows] == ["新規求人数"]
    mixed = extract(load(path))
    assert mixed.shape == f"{table_only.shape}+statements"
    assert [(r.name, r.ref.line) for r in mixed.rows] == [("新規求人数", 5), ("新規求人数", 7), ("創業件数", 8)]


def test_pdf_banners_beside_ruled_tables():
    """A PDF's lines outside its tables are read for statements, with their page; table rows are not read twice."""
    pdf = Path(__file__).parent / "fixtures" / "layouts" / "11_village_banners_ruled.pdf"
    extraction = extract(load(pdf))
    assert extraction.shape == "pdf+statements" and extraction.rejects == []
    statements = [(r.name, r.kind, r.ref.page, [c.text for c in r.cells]) for r in extraction.rows
                  if r.cells[0].header == "基準値"]
    assert statements == [("観光入込客数", "数値目標", 1, ["12.5万人（2018年）", "15万人（2024年）"]),
                          ("転出者数", "数値目標", 2, ["85人（2018年）", "60人以下（2024年）"])]
    names = [r.name for r in extraction.rows]
    assert len(names) == len(set(names)) == 7


def test_a_document_on_one_line_keeps_its_goal_headings_and_line_numbers():
    lines = ["表紙", "緑川町 総合戦略 概要 基本目標１ 仕事をつくる "
             "数値目標 新規雇用者数 30人（2019年度）→ 50人（2025年度） "
             "ＫＰＩ ・創業件数 5件（2019年度）→ 10件（2025年度） 基本目標２ 人を呼ぶ "
             "KPI ・移住者数 12人（2019年度）→ 20人（2025年度）"]
    found = read_statements(lines, "x.txt")
    assert [(r.name, r.kind, r.goal, r.ref.line) for r in found.rows] == [
        ("新規雇用者数", "数値目標", ("1 仕事をつくる",), 2),
        ("創業件数", "KPI", ("1 仕事をつくる",), 2),
        ("移住者数", "KPI", ("2 人を呼ぶ",), 2),
    ]
    assert [r.name for r in read_statements(lines, "x.txt", skip={1}).rows] == []  # a line a table took


def test_statements_read_the_same_role_words_as_table_headers():
    """現状 / 基準 / 中間目標 (vocabulary EXTRA_ROLE_WORDS) read in a statement as in a table header."""
    line = "・観光入込客数　基準 52万人（2018年度）　中間目標 56万人（2022年度）　目標値 60万人（2024年度）"
    assert labelled_statement(line) is not None
    assert list(labelled_statement(line).cells) == [
        ("基準", "52万人（2018年度）"), ("中間目標", "56万人（2022年度）"), ("目標値", "60万人（2024年度）")]
    assert labelled_statement("現状では、基準となる数値を見直します。") is None  # role words in prose, no values


def test_era_abbreviations_in_names_stay_in_names():
    """`R1`/`R2` inside a name is no period; in parentheses after a value it is (R2 = FY2020, R6 = FY2024)."""
    found = read_statements(["R1年度開始の子育てアプリ登録者数 1,150人（R2）→ 5,000人（R6）",
                             "・R2補正事業の採択件数：3件(R2)→10件(R6)"], "x.txt")
    assert [(r.name, [(c.header, c.text) for c in r.cells]) for r in found.rows] == [
        ("R1年度開始の子育てアプリ登録者数", [("基準値", "1,150人（R2）"), ("目標値", "5,000人（R6）")]),
        ("R2補正事業の採択件数", [("基準値", "3件(R2)"), ("目標値", "10件(R6)")]),
    ]
    assert not found.rejects


# --- prose of strategy documents (layouts 60-67) ---------------------------------------------------------------


LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _read(lines: list[str]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(r.name, r.kind, [(c.header, c.text) for c in r.cells]) for r in read_statements(lines, "x.txt").rows]


def test_a_statement_broken_at_its_arrow_is_one_statement_located_where_each_value_is_printed():
    lines = ["【KPI】", "・水産物の直売所売上高　現状値 2.8億円（R5）", "　→ 目標値 3.5億円（R11）",
             "・漁業の新規就業者数　現状値 4人（R5）→", "", "　目標値 累計20人（R11）"]
    found = read_statements(lines, "x.txt")
    assert [(r.name, r.ref.line, [(c.text, c.ref.line) for c in r.cells]) for r in found.rows] == [
        ("水産物の直売所売上高", 2, [("2.8億円（R5）", 2), ("3.5億円（R11）", 3)]),
        ("漁業の新規就業者数", 4, [("4人（R5）", 4), ("累計20人（R11）", 6)]),  # a blank line between
    ]


def test_a_page_break_between_a_name_and_its_figures_is_passed_over():
    """A text layer prints the page number and the running header between them (layouts 66); the running header is
    furniture because it is printed again elsewhere, next to a page number."""
    lines = ["○○市 第２期総合戦略", "【KPI】", "・水産物直売所の売上高", "- 1 -", "○○市 第２期総合戦略",
             "4.2億円（R5）→ 5億円（R11）"]
    assert _read(lines) == [("水産物直売所の売上高", "KPI", [("基準値", "4.2億円（R5）"), ("目標値", "5億円（R11）")])]


def test_targets_without_baseline_are_read_only_as_list_items_or_under_a_caption():
    assert _read(["【数値目標】", "町内での新規雇用者数　目標：150人（令和11年度）"]) == [
        ("町内での新規雇用者数", "数値目標", [("目標", "150人（令和11年度）")])]
    assert _read(["・創業支援件数　目標：年10件（令和11年度）"]) == [
        ("創業支援件数", "KPI", [("目標", "年10件（令和11年度）")])]
    # running text with one role word and a figure: no list item, no caption, no statement
    assert _read(["地域の雇用の目標は150人（令和11年度）"]) == []
    # a baseline alone is a figure, not a KPI statement
    assert _read(["・町内の従業者数　現状値：4,180人（R5）"]) == []


def test_a_direction_word_stands_for_a_target_figure():
    assert _read(["・交通事故の発生件数　現状値 38件（R5）→ 目標値 減少", "・有効求人倍率　1.12倍（R5）→ 維持",
                  "・出生数　現状値 98人（R5）　目標値 現状維持"]) == [
        ("交通事故の発生件数", "KPI", [("現状値", "38件（R5）"), ("目標値", "減少")]),
        ("有効求人倍率", "KPI", [("基準値", "1.12倍（R5）"), ("目標値", "維持")]),
        ("出生数", "KPI", [("現状値", "98人（R5）"), ("目標値", "現状維持")]),
    ]
    assert _read(["・出生数　現状値 増加　目標値 120人"]) == []  # a direction word is no baseline


def test_a_sentence_target_is_read_uncertain_and_noted():
    lines = ["基本目標１　子育ての希望をかなえる", "年間出生数を令和11年度までに320人とします。"]
    found = read_statements(lines, "x.txt")
    row = found.rows[0]
    assert (row.name, row.kind, row.note) == ("年間出生数", "数値目標", "target read from a sentence")
    assert [(c.header, c.text, c.uncertain) for c in row.cells] == [("目標値（令和11年度）", "320人", True)]


@pytest.mark.parametrize(("lines", "name", "header", "value"), [
    # the period clause before the name, the sentence wrapped over two lines (a PDF paragraph)
    (["このため、令和11年度までに新規就農者の数を", "累計30人とすることを目指します。"], "新規就農者の数",
     "目標値（令和11年度）", "累計30人"),
    (["また、地域子育て支援拠点の延べ利用者数を、令和11年度までに年間12,000人とすることを目指します。"],
     "地域子育て支援拠点の延べ利用者数", "目標値（令和11年度）", "年間12,000人"),
    (["中心市街地の空き店舗数を15店舗にします。"], "中心市街地の空き店舗数", "目標値", "15店舗"),
    # a role word after the name is not part of it
    (["令和11年度の参加者数の目標を200人とします。"], "参加者数", "目標値（令和11年度）", "200人"),
])
def test_sentence_target_forms(lines, name, header, value):
    rows = read_statements(lines, "x.txt").rows
    assert [(r.name, [(c.header, c.text) for c in r.cells]) for r in rows] == [(name, [(header, value)])]


@pytest.mark.parametrize(("sentence", "name", "cells"), [
    ("本町の人口を、2020年の8,512人から令和12年に8,000人とすることを目指します。", "本町の人口",
     [("基準値（2020年）", "8,512人"), ("目標値（令和12年）", "8,000人")]),
    ("合計特殊出生率を1.38から1.50に引き上げます。", "合計特殊出生率", [("基準値", "1.38"), ("目標値", "1.50")]),
])
def test_a_figure_before_from_is_the_sentence_targets_baseline(sentence, name, cells):
    rows = read_statements([sentence], "x.txt").rows
    assert [(r.name, [(c.header, c.text, c.uncertain) for c in r.cells]) for r in rows] == [
        (name, [(header, text, True) for header, text in cells])]


@pytest.mark.parametrize("sentence", ["令和11年度までに320人とします。", "基準値を100人とします。"])
def test_a_target_sentence_without_a_name_is_rejected(sentence):
    found = read_statements([sentence], "x.txt")
    assert found.rows == [] and [r.reason.split(":")[0] for r in found.rejects] == ["sentence target not read"]


@pytest.mark.parametrize("sentence", [
    "本市の人口は、2020年の国勢調査で48,215人となり、2015年から2,130人減少しました。",  # background, no target
    "合計特殊出生率は1.41（2022年）です。",
    "高齢化率は2020年に41.2%となり、2040年には50%を超えると見込まれています。",  # a projection, not a target
    "デマンド交通の運行エリアを令和５年度までに市内全域へ拡大します。",  # a period, no figure
])
def test_background_figures_in_prose_are_no_indicators(sentence):
    found = read_statements([sentence], "x.txt")
    assert found.rows == [] and found.rejects == []


def test_a_sentence_target_after_another_figure_is_rejected_not_guessed():
    """The census figure before the name may or may not be the baseline: the sentence goes to rejects, saying why."""
    found = read_statements(["2020年の国勢調査で12,480人であった中心市街地の居住人口を、令和12年に13,000人とすることを"
                             "目指します。"], "x.txt")
    assert found.rows == []
    assert [r.reason.split(":")[0] for r in found.rejects] == ["sentence target not read"]
    assert "13,000人" in found.rejects[0].reason


def test_statements_under_a_measure_heading_are_kpi_under_a_basic_goal_numeric_goals():
    lines = ["基本目標１　仕事をつくる", "町内の従業者数　3,850人（R5）→ 4,200人（R11）", "施策１　茶業の振興",
             "・茶の栽培面積　182ha（R5）→ 190ha（R11）"]
    assert [(r.name, r.kind) for r in read_statements(lines, "x.txt").rows] == [
        ("町内の従業者数", "数値目標"), ("茶の栽培面積", "KPI")]


def test_a_caption_line_naming_one_kind_anywhere_gives_the_kind():
    lines = ["基本目標１　村の魅力で人を呼び込む", "具体的な施策と重要業績評価指標（KPI）",
             "・体験プログラムの参加者数　年間　2,300人（R5）⇒　4,000人（R11）"]
    assert _read(lines) == [("体験プログラムの参加者数", "KPI", [("基準値", "年間　2,300人（R5）"),
                                                               ("目標値", "4,000人（R11）")])]


def test_prose_documents_flag_sentence_targets_and_reject_the_context_sentence():
    """Layouts 63 and 67 (hand-made): every value read from a sentence is uncertain, every other value certain; 63's
    居住人口 sentence (a census figure before its name) is a reject, not an indicator."""
    for stem in ("63_sentence_targets_in_prose.txt", "67_pdf_prose_sentence_targets.pdf"):
        observations, indicators, _ = extraction_records(extract(load(LAYOUTS / stem)))
        noted = {i["kpi_name"] for i in indicators if i["note"] == "target read from a sentence"}
        assert noted and {o["kpi_name"] for o in observations if o["uncertain"]} == noted
    _, _, rejects = extraction_records(extract(load(LAYOUTS / "63_sentence_targets_in_prose.txt")))
    assert [(r["line"], r["reason"].split(":")[0]) for r in rejects] == [(23, "sentence target not read")]


def test_a_role_word_in_brackets_labels_the_value_after_it():
    """Layouts 138: `（現状値）` / `（目標値）` before the figures are their labels, no part of the name."""
    lines = ["基本目標１　安心して働ける町をつくる", "【数値目標】",
             "・町内事業所の従業者数（現状値）4,820人（R2）→（目標値）5,000人（R11）"]
    assert _read(lines) == [("町内事業所の従業者数", "数値目標", [("現状値", "4,820人（R2）"),
                                                              ("目標値", "5,000人（R11）")])]


def test_a_range_after_the_arrow_is_the_whole_target_not_its_first_end():
    """`→ 20～25%（R11）`: a range target (no value), never `20`."""
    found = arrow_statements("・産後ケア事業の利用率 12.0%（R5）→ 20～25%（R11）")
    assert found is not None and found[0].cells[-1] == ("目標値", "20～25%（R11）")


def test_statements_under_a_line_heading_the_measures_are_kpis():
    """`■具体的な施策` ends the `【数値目標】` caption's scope: the bullets under it are the measures' KPIs."""
    lines = ["基本目標１　安心して働ける町をつくる", "【数値目標】", "・年間出生数　58人（R5）→ 65人（R11）",
             "■具体的な施策", "（１）妊娠・出産への切れ目ない支援",
             "・妊婦健康診査の受診率　96.2%（R5）→ 98%以上（R11）"]
    assert [(r.name, r.kind) for r in read_statements(lines, "x.txt").rows] == [
        ("年間出生数", "数値目標"), ("妊婦健康診査の受診率", "KPI")]


def test_a_target_wrapped_onto_the_next_line_of_a_narrow_column_is_joined():
    """Layouts 139: a statement in a narrow text column whose target's year or unit wraps to the next line."""
    lines = ["【数値目標】", "・新規創業件数：基準値 18 件（R5）→ 目標値 25 件", "（R11）",
             "・観光消費額：基準値 42.6 億円（R5）→ 目標値 50 億", "円（R11）"]
    assert [cells[-1] for _, _, cells in _read(lines)] == [("目標値", "25 件（R11）"), ("目標値", "50 億円（R11）")]


def test_a_statement_wrapped_inside_the_baselines_unit_is_joined():
    """Layouts 166: a word processor wraps a long `【KPI】` paragraph inside the baseline's unit (`12 世` / `帯`);
    invented lines, read by hand."""
    lines = ["【KPI】 町の移住支援制度を利用して転入した世帯の数（子育て世帯を含む） 12 世", "帯（R5）→ 25 世帯（R11）",
             "【KPI】 空き家バンクの登録件数（累計） 4", "件（R5）→ 10件（R11）"]
    assert _read(lines) == [
        ("町の移住支援制度を利用して転入した世帯の数（子育て世帯を含む）", "KPI",
         [("基準値", "12 世帯（R5）"), ("目標値", "25 世帯（R11）")]),
        ("空き家バンクの登録件数（累計）", "KPI", [("基準値", "4件（R5）"), ("目標値", "10件（R11）")])]


def test_two_columns_joined_line_by_line_are_read_column_after_column_where_every_line_cuts():
    """Two goal headings on one line (a two-column page whose text layer joins the columns' lines with single
    spaces, pdfplumber, layouts 139): each line under it that cuts into two sides of one kind (captions, list
    items, wrapped value ends) is read as its left side, then its right one, under the heading of its side."""
    lines = ["基本目標１ 仕事をつくる 基本目標２ 人を呼び込む", "【数値目標】 【数値目標】",
             "・新規創業件数：基準値 18件（R5）→ 目標値 25件 ・移住相談件数：基準値 210件（R5）→ 目標値 300",
             "（R11） 件（R11）"]
    rows = read_statements(lines, "x.txt").rows
    assert [(r.name, r.goal, r.goal_uncertain) for r in rows] == [("新規創業件数", ("1 仕事をつくる",), False),
                                                                  ("移住相談件数", ("2 人を呼び込む",), False)]
    assert [[(c.header, c.text, c.uncertain) for c in r.cells] for r in rows] == [
        [("基準値", "18件（R5）", False), ("目標値", "25件（R11）", False)],
        [("基準値", "210件（R5）", False), ("目標値", "300件（R11）", False)]]


def test_two_columns_joined_line_by_line_are_flagged_not_trusted_where_a_line_does_not_cut():
    """A line that does not cut into two sides (one caption: which column it is in is not told) ends the reading
    side by side: the goal and the figures read under the heading line are doubtful, and a line of value ends left
    over flags the statements above it."""
    lines = ["基本目標１ 仕事をつくる 基本目標２ 人を呼び込む", "【数値目標】",
             "・新規創業件数：基準値 18件（R5）→ 目標値 25件 ・移住相談件数：基準値 210件（R5）→ 目標値 300",
             "（R11） 件（R11）"]
    rows = read_statements(lines, "x.txt").rows
    assert rows and all(r.goal_uncertain and all(c.uncertain for c in r.cells) for r in rows)


def test_a_measure_heading_printed_beside_another_columns_caption_flags_every_figure_below():
    """Two columns joined line by line (pdfplumber) whose right column starts a line lower: the right measure's
    heading (`施策2-2`, a level word of MEASURE_HEADING_PREFIXES) stands after the left column's caption, and the
    lines below mix both columns' names and figures (layouts 178): every figure read from there on is flagged."""
    lines = ["施策2-1 子育て支援の充実", "【現状と課題】 施策2-2 学校教育の充実",
             "保育の需要は高まっています。 学校図書館の利用は伸び悩んでいます。", "【成果指標】",
             "【成果指標】 ・学校図書館の貸出冊数", "・保育所の待機児童数 45,000冊（R5）→ 52,000冊（R10）",
             "12人（R5）→ 0人（R10）"]
    rows = read_statements(lines, "x.txt").rows
    assert rows and all(c.uncertain for r in rows for c in r.cells)


def test_a_measure_heading_on_its_own_line_leaves_the_figures_under_it_trusted():
    lines = ["施策2-1 子育て支援の充実", "【成果指標】", "・保育所の待機児童数 12人（R5）→ 0人（R10）",
             "施策2-2 学校教育の充実", "【成果指標】", "・学校図書館の貸出冊数 45,000冊（R5）→ 52,000冊（R10）"]
    rows = read_statements(lines, "x.txt").rows
    assert [(r.name, [(c.text, c.uncertain) for c in r.cells]) for r in rows] == [
        ("保育所の待機児童数", [("12人（R5）", False), ("0人（R10）", False)]),
        ("学校図書館の貸出冊数", [("45,000冊（R5）", False), ("52,000冊（R10）", False)])]


def test_the_second_of_two_stacked_goal_headings_leaves_the_goal_doubtful():
    lines = ["基本目標１　仕事をつくる", "", "基本目標２　人を呼び込む", "【数値目標】",
             "・市内従業者数：基準値 21,480人（R5）→ 目標値 22,000人（R11）"]
    rows = read_statements(lines, "x.txt").rows
    assert [(r.goal_uncertain, [c.uncertain for c in r.cells]) for r in rows] == [(True, [False, False])]


def test_two_stacked_goal_headings_each_take_the_column_opened_by_the_caption_in_its_place():
    """Two columns' goal headings printed one after the other, then each column whole (pdfminer, layouts 139),
    each opening with its `【数値目標】` caption: as many captions as headings, so the statements after the k-th
    caption stand under the k-th heading. The text shows no positions: flagged."""
    lines = ["基本目標１　仕事をつくる", "", "基本目標２　人を呼び込む", "", "地域の産業を支えます。", "【数値目標】",
             "・市内従業者数：基準値 21,480人（R5）→ 目標値 22,000人（R11）", "", "移住を支えます。", "【数値目標】",
             "・転入者数：基準値 1,320人（R5）→ 目標値 1,450人（R11）"]
    rows = read_statements(lines, "x.txt").rows
    assert [(r.name, r.goal[-1][:5], r.goal_uncertain) for r in rows] == [("市内従業者数", "1 仕事を", True),
                                                                          ("転入者数", "2 人を呼", True)]
    # one caption for two headings: the columns cannot be told apart, the later heading's path stays
    rows = read_statements([*lines[:7]], "x.txt").rows
    assert [(r.goal[-1][:5], r.goal_uncertain) for r in rows] == [("2 人を呼", True)]


def test_statements_of_boxes_printed_side_by_side_take_the_names_above_in_order():
    # two 数値目標 boxes on one slide (invented): their names on one line, their figures on the next
    lines = ["基本目標１ 地域で稼ぐ力を高める", "数値目標 数値目標", "町内従業者数 農業産出額",
             "3,420 人（R1）→ 3,600 人（R7） 18.6 億円（R1）→ 20 億円（R7）"]
    read = read_statements(lines, "deck.txt")
    assert [(r.name, [(c.header, c.text) for c in r.cells]) for r in read.rows] == [
        ("町内従業者数", [("基準値", "3,420 人（R1）"), ("目標値", "3,600 人（R7）")]),
        ("農業産出額", [("基準値", "18.6 億円（R1）"), ("目標値", "20 億円（R7）")])]
    assert not read.rejects
    # more names than statements: no name is given to figures by a guess, the line is rejected
    read = read_statements([*lines[:2], "町内従業者数 農業産出額 観光客数", lines[3]], "deck.txt")
    assert not read.rows and len(read.rejects) == 1


def test_boxes_side_by_side_with_bare_labelled_values_are_read_box_by_box_under_their_names():
    # two KPI boxes on one slide (invented): their names on one line, then a line per label, one value per box
    lines = ["基本目標２ 訪れたい町をつくる", "重要業績評価指標（KPI）", "観光入込客数 宿泊者数",
             "現状値 38.4 万人（R5） 現状値 5.6 万人（R5）", "目標値 45 万人（R11） 目標値 7 万人（R11）"]
    read = read_statements(lines, "deck.txt")
    assert [(r.name, r.kind, [(c.header, c.text, c.ref.line) for c in r.cells]) for r in read.rows] == [
        ("観光入込客数", "KPI", [("現状値", "38.4 万人（R5）", 4), ("目標値", "45 万人（R11）", 5)]),
        ("宿泊者数", "KPI", [("現状値", "5.6 万人（R5）", 4), ("目標値", "7 万人（R11）", 5)])]
    # names that do not stand one per box: which box a value is under is not told, nothing is read
    assert _read([*lines[:2], "観光入込客数 宿泊者数 日帰り客数", *lines[3:]]) == []


def test_kpi_lines_parting_name_and_figures_by_slashes_are_statements():
    """Layouts 177: `◆KPI：name ／ 基準値 a ／ 目標値 b` under a measure heading (invented lines, read by hand); the
    slashes are no cells of a form (`ingest.text.form_rows`)."""
    lines = ["具体的な施策①　移住・定住の促進", "◆KPI：移住相談件数 ／ 基準値 48 件（R5） ／ 目標値 80 件（R11）",
             "◆KPI：空き家バンクの成約件数 ／ 基準値 6件（R5） ／ 目標値 15件（R11）"]
    assert _read(lines) == [("移住相談件数", "KPI", [("基準値", "48 件（R5）"), ("目標値", "80 件（R11）")]),
                            ("空き家バンクの成約件数", "KPI", [("基準値", "6件（R5）"), ("目標値", "15件（R11）")])]


def test_a_target_sentence_naming_two_indicators_is_two_targets_dated_by_its_opening_clause():
    """Layouts 180: two clauses share the verb, the period clause opens the sentence (invented, read by hand)."""
    found = sentence_targets("【目標】令和11年度までに、空き家バンクの成約件数を30件から50件に、移住体験ツアーの"
                             "参加者数を10人から20人に増やします。")
    assert [(s.name, s.cells) for s in found] == [
        ("空き家バンクの成約件数", (("基準値", "30件"), ("目標値（令和11年度）", "50件"))),
        ("移住体験ツアーの参加者数", (("基準値", "10人"), ("目標値（令和11年度）", "20人")))]
    one = sentence_targets("病児保育の利用者数を年間640人から900人に増やすことを目指します。")
    assert [(s.name, s.cells) for s in one] == [("病児保育の利用者数", (("基準値", "年間640人"), ("目標値", "900人")))]


def test_a_list_item_stating_its_target_year_first_is_a_target_with_its_bracketed_baseline():
    """Layouts 179: `・name　令和11年度までに 15人（令和5年度 4人）` under a KPI caption (invented, read by hand); a
    bracket naming a later year than the target's is no baseline."""
    lines = ["■重要業績評価指標（KPI）", "・新規就農者数（累計）　令和11年度までに 15人（令和5年度 4人）",
             "・空き家の改修補助件数　令和11年度までに 累計30件",
             "・村内宿泊者数　令和10年度に 8,000人（令和12年度 9,000人）"]
    assert _read(lines) == [
        ("新規就農者数（累計）", "KPI", [("基準値", "令和5年度 4人"), ("目標値（令和11年度）", "15人")]),
        ("空き家の改修補助件数", "KPI", [("目標値（令和11年度）", "累計30件")]),
        ("村内宿泊者数", "KPI", [("目標値（令和10年度）", "8,000人（令和12年度 9,000人）")])]


def _cells_read(lines: list[str]) -> list[tuple[str, str, bool]]:
    return [(c.header, c.text, c.uncertain) for row in read_statements(lines, "x.txt").rows for c in row.cells]


def test_a_bare_year_before_a_yearly_rate_is_read_as_the_documents_other_years_are():
    """Issue 11 (invented lines, read by hand): `R3　年186件` is `R3` and the yearly rate `年186件`, or `R3年` and
    186件. The other years of the statement, else of the document, decide: bare (`H29`, fiscal) or `年度` → the bare
    year and the rate; `年` (calendar) → the year's suffix; nothing deciding → the bare year, flagged."""
    fiscal = ["②耕作放棄地の再生面積 現況値：H29　20.9ha ⇒ R7　25.9ha",
              "③移住相談件数 現況値：R3　年186件 ⇒ R12　年196件"]
    assert _cells_read(fiscal)[2:] == [("現況値（R3）", "年186件", False), ("目標値（R12）", "年196件", False)]
    calendar = ["③移住相談件数 現況値：180件（令和2年） ⇒ R12　年196件"]
    assert _cells_read(calendar) == [("現況値", "180件（令和2年）", False), ("目標値", "R12　年196件", False)]
    alone = ["③移住相談件数 現況値：R3　年186件 ⇒ R12　年196件"]
    assert _cells_read(alone) == [("現況値（R3）", "年186件", True), ("目標値（R12）", "年196件", True)]


def _rows_read(lines: list[str]) -> list[tuple[str, str, list[tuple[str, str, int, bool]]]]:
    return [(r.name, r.kind, [(c.header, c.text, c.ref.line, c.uncertain) for c in r.cells])
            for r in read_statements(lines, "x.txt").rows]


def test_an_arrow_printed_as_words_is_read_as_the_arrow():
    """`30件（2018年度）から50件（2023年度）へ` (banners and lists of 総合戦略; invented lines, read by hand): the
    baseline before `から`, the target before `へ`; two on one line, the year before the value, one wrapped after
    `から`. A trend in a sentence (`…152人から2020年の128人へと減少しています。`) states no target."""
    lines = ["基本目標１　仕事をつくる",
             "・移住相談件数　30件（2018年度）から50件（2023年度）へ　　・新規就農者数 現状値2016年度　15人から"
             "2031年度　20人以上へ",
             "・転入者数　1,942人（R2）から", "2,000人（R7）へ",
             "年間出生数は2015年の152人から2020年の128人へと減少しています。"]
    assert _rows_read(lines) == [
        ("移住相談件数", "数値目標", [("基準値", "30件（2018年度）", 2, False),
                                     ("目標値", "50件（2023年度）", 2, False)]),
        ("新規就農者数", "数値目標", [("現状値", "2016年度　15人", 2, False),
                                     ("目標値", "2031年度　20人以上", 2, False)]),
        ("転入者数", "数値目標", [("基準値", "1,942人（R2）", 3, False), ("目標値", "2,000人（R7）", 4, False)])]


def test_target_sentences_closing_each_target_with_he_are_read_uncertain():
    """`…を52万人から60万人へ、…を8,000人から1万人へ増やします。` (invented, read by hand): one clause per target
    sharing the verb, read as sentence targets (flagged)."""
    lines = ["基本目標１　仕事をつくる", "観光入込客数を52万人から60万人へ、宿泊者数を8,000人から1万人へ増やします。"]
    assert _rows_read(lines) == [
        ("観光入込客数", "数値目標", [("基準値", "52万人", 2, True), ("目標値", "60万人", 2, True)]),
        ("宿泊者数", "数値目標", [("基準値", "8,000人", 2, True), ("目標値", "1万人", 2, True)])]


def test_a_numbered_measure_heading_under_a_basic_goal_owns_kpis():
    """`（１）移住・定住の促進` between a basic goal's statements and the next (invented, read by hand): a measure's
    heading, so the statements under it are KPIs; a numbered name printed over its own labelled values
    (`（２）観光入込客数` / `基準値　R5　52万人`) is the indicator's name, no heading. A period printed alone before
    a labelled value dates it through the header."""
    lines = ["基本目標２　人を呼び込む", "【数値目標】", "・社会増減数　-120人（R5）→ 0人（R11）",
             "（１）移住・定住の促進", "・移住相談件数　48件（R5）→ 80件（R11）",
             "基本目標３　子育ての希望をかなえる", "（２）観光入込客数", "基準値　R5　52万人", "目標値　R11　60万人"]
    assert _rows_read(lines) == [
        ("社会増減数", "数値目標", [("基準値", "-120人（R5）", 3, False), ("目標値", "0人（R11）", 3, False)]),
        ("移住相談件数", "KPI", [("基準値", "48件（R5）", 5, False), ("目標値", "80件（R11）", 5, False)]),
        ("観光入込客数", "数値目標", [("基準値 R5", "52万人", 8, False), ("目標値 R11", "60万人", 9, False)])]


def test_a_target_line_under_a_goal_heading_is_read_without_a_caption():
    """`name　目標：…` right under a basic goal heading (no caption, no list mark; invented, read by hand): the
    heading owns it as a caption would."""
    lines = ["基本目標２：地域にしごとをつくる", "", "企業誘致件数　目標：年間３件（2029年度）"]
    assert _rows_read(lines) == [("企業誘致件数", "数値目標", [("目標", "年間３件（2029年度）", 3, False)])]


def test_a_role_words_period_may_bracket_its_western_year():
    """`現状値（平成28年度（2016年度））：4件` (the era year with its Western year, common; invented, read by hand)."""
    (statement,) = _read(["基本目標１：地域にしごとをつくる", "○企業誘致件数　現状値（平成28年度（2016年度））：4件　"
                          "目標（令和12年度（2030年度））：3件"])
    assert statement == ("企業誘致件数", "数値目標", [("現状値（平成28年度（2016年度））", "4件"),
                                                    ("目標（令和12年度（2030年度））", "3件")])


def test_a_dated_targets_bracketed_baseline_may_print_its_year_bare_or_doubly_bracketed():
    """`R8までに 20.2億円以下（H30 18.7億円）`, `…15人（令和3年度（2021年度） 10人）` (invented, read by hand)."""
    lines = ["■重要業績評価指標（KPI）", "1）農業産出額　R8までに 20.2億円以下（H30 18.7億円）",
             "◆新規就農者数　令和6年度（2024年度）までに 15人（令和3年度（2021年度） 10人）"]
    assert _read(lines) == [
        ("農業産出額", "KPI", [("基準値（H30）", "18.7億円"), ("目標値（R8）", "20.2億円以下")]),
        ("新規就農者数", "KPI", [("基準値", "令和3年度（2021年度） 10人"),
                                 ("目標値（令和6年度（2024年度））", "15人")])]


def test_a_target_line_no_list_caption_or_heading_owns_is_rejected_not_lost():
    """`企業誘致件数　2027年までに 年間2件（2017年 年間3件）` with nothing above telling it is an indicator: not read
    (no context says so) but rejected with its reason, never lost silently."""
    found = read_statements(["北見沢村 第２期まち・ひと・しごと創生総合戦略",
                             "企業誘致件数　2027年までに 年間2件（2017年 年間3件）"], "x.txt")
    assert found.rows == []
    assert [(r.ref.line, r.reason) for r in found.rejects] == [
        (2, "target line outside any list, caption or heading not read")]
