"""Text-layer repairs of normalize.text on the damage other exporters produce (issue 11, part 3).

Every expected string is written out by hand from the printed form it repairs.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from normalize import clean_name, parse_cell, parse_header
from normalize.data import generate_radicals
from normalize.text import (
    RADICALS_TABLE,
    RUN_ON_HEADING_MIN_CHARS,
    close_padded_brackets,
    collapse_fake_bold,
    collapse_fake_bold_line,
    cut_at_headings,
    join_split_copies,
    name_and_definition,
    nfkc,
    outline_sequence,
    unspace_letters,
)

# --- radical code points ----------------------------------------------------------------------------------

RADICAL_WORDS = [
    ("成⻑", "成長"),  # U+2ED1 CJK RADICAL LONG ONE → U+9577
    ("市⺠", "市民"),  # U+2EA0 CJK RADICAL CIVILIAN → U+6C11
    ("⻘少年", "青少年"),  # U+2ED8 CJK RADICAL BLUE → U+9752
    ("⻄部", "西部"),  # U+2EC4 CJK RADICAL WEST TWO → U+897F
    ("⻭科", "歯科"),  # U+2EED CJK RADICAL J-SIMPLIFIED TOOTH → U+6B6F
    ("⼈口", "人口"),  # U+2F08 KANGXI RADICAL MAN: NFKC folded it before, the table agrees
    ("児童‧生徒", "児童・生徒"),  # U+2027 HYPHENATION POINT for the middle dot
]


@pytest.mark.parametrize(("printed", "meant"), RADICAL_WORDS)
def test_radicals_fold_in_nfkc(printed: str, meant: str) -> None:
    assert printed != meant
    assert nfkc(printed) == meant


def test_radicals_fold_where_names_headers_and_values_are_read() -> None:
    assert clean_name("市⺠活動団体数") == "市民活動団体数"
    assert clean_name("⻘少年の健全育成") == "青少年の健全育成"
    assert parse_header("⽬標値 (令和9年度)") == ("target", "FY2027")  # ⽬ U+2F6C KANGXI RADICAL EYE
    [value] = parse_cell("⺠間 30件")  # not a value, but the note shows the folded text
    assert value.note and "民間" in value.note


#: The blocks of CJK unified ideographs (URO, extension A, extensions B and later).
UNIFIED = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x323AF))

#: Radicals the source file lists as having no equivalent unified ideograph (its closing comment block).
WITHOUT_EQUIVALENT = {0x2E80}  # CJK RADICAL REPEAT


def test_every_supplement_radical_folds_to_an_ideograph() -> None:
    # complete, not hand-picked: every assigned code point of the CJK Radicals Supplement block folds
    for code in range(0x2E80, 0x2F00):
        radical = chr(code)
        if not unicodedata.name(radical, "") or code in WITHOUT_EQUIVALENT:
            continue
        folded = nfkc(radical)
        assert len(folded) == 1 and any(low <= ord(folded) <= high for low, high in UNIFIED), (hex(code), folded)


def test_strokes_are_not_folded() -> None:
    # the CJK Strokes block is left out on purpose: ㇐ (U+31D0) is a line mark, not the numeral 一
    assert nfkc("㇐") == "㇐"


def test_generator_expands_ranges_and_keeps_only_radicals() -> None:
    source = (
        "# EquivalentUnifiedIdeograph-0.0.0.txt\n"
        "2E8C..2E8D ; 5C0F  # [2] CJK RADICAL SMALL ONE..CJK RADICAL SMALL TWO\n"
        "2F00       ; 4E00  #     KANGXI RADICAL ONE\n"
        "31D0       ; 4E00  #     CJK STROKE H\n"
        "# 2E80; CJK RADICAL REPEAT\n"
    )
    mappings = generate_radicals.read_mappings(source)
    assert mappings == {0x2E8C: 0x5C0F, 0x2E8D: 0x5C0F, 0x2F00: 0x4E00, 0x31D0: 0x4E00}
    rows = [r for r in generate_radicals.render(mappings, "# x").splitlines() if not r.startswith("#")]
    assert [r.split("\t")[:4] for r in rows] == [
        ["2E8C", "5C0F", "⺌", "小"], ["2E8D", "5C0F", "⺍", "小"], ["2F00", "4E00", "⼀", "一"],
    ]


UNICODE_SOURCE = Path("/usr/share/unicode/EquivalentUnifiedIdeograph.txt")


@pytest.mark.skipif(not UNICODE_SOURCE.exists(), reason="Debian unicode-data not installed (only needed to regenerate)")
def test_committed_table_is_what_the_generator_makes() -> None:
    text = UNICODE_SOURCE.read_text(encoding="utf-8")
    expected = generate_radicals.render(generate_radicals.read_mappings(text), text.splitlines()[0])
    assert RADICALS_TABLE.read_text(encoding="utf-8") == expected


# --- fake bold ----------------------------------------------------------------------------------------------

FAKE_BOLD_LINES = [
    # each glyph drawn 4, 3 or 2 times (pdfplumber's text of a reportlab PDF drawing every glyph 3× at +0.3pt)
    ("重重重重要要要要業業業業績績績績", "重要業績"),
    ("重重重要要要業業業績績績評評評価価価指指指標標標 基基基準準準値値値 目目目標標標値値値",
     "重要業績評価指標 基準値 目標値"),
    ("転転転入入入者者者数数数 111,,,555000000件件件 222222件件件 111000000", "転入者数 1,500件 22件 100"),
    ("重重要要業業績績", "重要業績"),
    ("重重重要要要", "重要"),  # a whole line: two repeated letters are enough
    ("重重重時時時時時時", "重時時"),  # 時 really printed twice, each drawn three times
    ("重重重要要要  22件", "重要  22件"),  # a bold word, then a plain value: 22 stays
    ("指指指標標標名名名\t基基基準準準値値値", "指標名\t基準値"),  # tab-separated cells
    # real text: repeated digits, 々, a doubled kana, dashes and dots stay as printed
    ("22件", "22件"),
    ("100", "100"),
    ("1,000", "1,000"),
    ("1122", "1122"),
    ("人々", "人々"),
    ("時時", "時時"),
    ("ここで", "ここで"),
    ("ここここ", "ここここ"),
    ("――――", "――――"),
    ("・・・", "・・・"),
    ("いいえ、ええと", "いいえ、ええと"),
    ("重要 22件", "重要 22件"),
]


@pytest.mark.parametrize(("line", "expected"), FAKE_BOLD_LINES, ids=[repr(line) for line, _ in FAKE_BOLD_LINES])
def test_collapse_fake_bold_line(line: str, expected: str) -> None:
    assert collapse_fake_bold_line(line) == expected


def test_value_lines_collapse_only_in_a_fake_bold_document() -> None:
    # a line of digits alone (a value on its own line) has no letters to judge it by: the document decides
    bold = "重重重要要要業業業績績績\n111...666222\n指指指標標標\r\n転転転入入入\n11\n"
    assert collapse_fake_bold(bold) == ("重要業績\n1.62\n指標\r\n転入\n11\n", 4)  # `11` is no tripled 1
    plain = "重重重要要要業業業績績績\n111...666222\n本文です\n本文です\n"  # one bold heading in a plain text
    assert collapse_fake_bold(plain) == ("重要業績\n111...666222\n本文です\n本文です\n", 1)


def test_a_lone_letter_drawn_three_times_collapses_in_a_fake_bold_document() -> None:
    # 004 reportlab fake bold through pdfplumber: a name's last letter wrapped beside another cell's plain text
    # (`※の育成 合合合`); digits and a doubled kana stay (`111` may be a value, `ここ` is a word)
    bold = "重重重要要要業業業績績績\n指指指標標標\n転転転入入入\n※の育成 合合合 111\n"
    assert collapse_fake_bold(bold)[0] == "重要業績\n指標\n転入\n※の育成 合 111\n"
    beside_plain = "重重重要要要業業業績績績\n指指指標標標\n転転転入入入\n※の育成 合合合\n本文\n本文\n本文\n本文\n"
    assert collapse_fake_bold(beside_plain)[0] == "重要業績\n指標\n転入\n※の育成 合\n本文\n本文\n本文\n本文\n"
    doubled = "重重要要業業績績\n指指標標名名\n転転入入者者\n場所 ここ\n"
    assert collapse_fake_bold(doubled)[0] == "重要業績\n指標名\n転入者\n場所 ここ\n"


def _fake_bold(text: str, copies: int) -> str:
    return "".join(char if char.isspace() else char * copies for char in text)


@pytest.mark.parametrize("copies", [2, 3, 4])
@pytest.mark.parametrize("name", ["000_6a8dd34eadd639eb.txt", "002_5e0358207d954a1f.txt", "004_c4b88cc070138399.txt"])
def test_fake_bold_text_layer_reads_like_the_original(tmp_path: Path, name: str, copies: int) -> None:
    # the document drawn fake bold must give the rows of the original (whose goldens are hand-checked)
    from pipeline.extract import read_document
    from tests.conftest import ROOT

    original = (ROOT / "raw_docs" / name).read_text(encoding="utf-8")
    bold = tmp_path / name
    bold.write_text(_fake_bold(original, copies), encoding="utf-8")
    assert collapse_fake_bold(_fake_bold(original, copies))[0] == original
    expected_report, expected = read_document(ROOT / "raw_docs" / name, 10**8)
    report, entry = read_document(bold, 10**8)
    assert entry is not None and expected is not None
    assert entry["rows"] == expected["rows"]
    assert report.warnings[0].startswith("fake-bold text layer")
    assert report.warnings[1:] == expected_report.warnings


def test_copies_split_over_lines_are_joined() -> None:
    # pdftotext -raw of `基本目標 指標名` drawn three times: the line breaks fall between copies of one glyph; the
    # third copy of the last glyph ends the printed line (the next line starts with another character)
    split = ["基", "基", "基本", "本", "本目", "目", "目標", "標", "標 指", "指", "指標", "標", "標名", "名", "名",
             "令", "令", "令和", "和", "和５", "５", "５年", "年", "年度", "度", "度", "1,472件"]
    lines, first = join_split_copies(split)
    assert lines == ["基基基本本本目目目標標標 指指指標標標名名名", "令令令和和和５５５年年年度度度", "1,472件"]
    assert first == [0, 15, 26]  # where each joined line starts in the file
    assert collapse_fake_bold("\n".join(lines))[0] == "基本目標 指標名\n令和５年度\n1,472件"


def test_a_glyphs_copies_alone_after_a_split_run_are_joined() -> None:
    # `…割合` drawn three times, the line broken between 割 and 合: 合's three copies stand alone on their lines
    split = ["い", "い", "いと", "と", "と思", "思", "思う", "う", "う割", "割", "割", "合", "合", "合", "72.5%"]
    lines, first = join_split_copies(split)
    assert lines == ["いいいととと思思思ううう割割割", "合", "72.5%"]
    assert first == [0, 11, 14]
    assert collapse_fake_bold("\n".join(lines))[0] == "いと思う割\n合\n72.5%"


def test_a_letter_repeated_other_than_the_copies_after_a_split_run_stays() -> None:
    split = ["い", "い", "いと", "と", "と割", "割", "割", "有", "有"]
    assert join_split_copies(split)[0] == ["いいいととと割割割", "有", "有"]


def test_one_letter_repeated_on_lines_of_its_own_is_no_copies() -> None:
    # three cells printing the same one-letter mark one per line, no fake-bold run before them
    lines = ["新規求人数", "有", "有", "有", "1,486件"]
    assert join_split_copies(lines) == (lines, list(range(len(lines))))


def test_ordinary_lines_that_meet_on_one_character_are_not_joined() -> None:
    # a value line ending in the digit the next line starts with, a word repeated over a wrap: no fake bold
    lines = ["新規求人数", "1", "1,486件", "数値目標", "標準値", "値"]
    assert join_split_copies(lines) == (lines, list(range(len(lines))))


# --- letter-spaced text -------------------------------------------------------------------------------------

LETTER_SPACED = [
    ("転 入 者 数", "転入者数"),
    ("累 計", "累計"),
    ("目 標 値", "目標値"),
    ("目\u3000標\u3000値 (令和5年度)", "目標値 (令和5年度)"),  # ideographic spaces, then a word
    ("第 2 期 総合戦略", "第2期 総合戦略"),  # digits between letters close too
    ("1 , 2 3 4 件", "1,234件"),  # a cell letter-spaced from end to end
    ("1,500件 ( 令 和 4 年 )", "1,500件 (令和4年)"),
    ("転 入 者 数  1,234人", "転入者数  1,234人"),  # a wider gap separates columns: kept
    ("line 1\n累 計", "line 1\n累計"),  # line by line
    # separate words stay apart
    ("男性 77.41歳", "男性 77.41歳"),
    ("令和 2 年", "令和 2 年"),  # one letter among digits: not enough to call it letter-spaced
    ("30 40", "30 40"),
    ("1 2 3", "1 2 3"),  # three numbers, not 123
    ("A B C", "A B C"),
    ("- 1,946件", "- 1,946件"),
    ("転  入", "転  入"),
]


@pytest.mark.parametrize(("text", "expected"), LETTER_SPACED, ids=[repr(t) for t, _ in LETTER_SPACED])
def test_unspace_letters(text: str, expected: str) -> None:
    assert unspace_letters(text) == expected


def test_unspace_letters_only_closes_stretches_of_letters_alone() -> None:
    # a row whose cells are one space apart: values printed apart from their units are cells, not letter-spacing
    assert unspace_letters("指 標 名 基準値（R1） 担 当 課", letters_only=True) == "指標名 基準値（R1） 担当課"
    assert unspace_letters("開発数 4 件 8 件", letters_only=True) == "開発数 4 件 8 件"
    assert unspace_letters("第 2 期", letters_only=True) == "第 2 期"


def test_letter_spaced_headers_and_names() -> None:
    assert parse_header("目 標 値 （令 和 9 年 度）") == ("target", "FY2027")
    assert parse_header("現　状　値\n(令和元年度)") == ("baseline", "FY2019")
    assert clean_name("転 入 者 数") == "転入者数"


def test_a_space_after_a_number_in_a_name_closes() -> None:
    # pdftotext -layout of a LibreOffice PDF spaces Western from Asian text (003 `3歳児健康診査受診率`,
    # `がんの 75歳未満年齢調整死亡率`); the space printed before the number is the document's own and stays
    assert clean_name("3 歳児健康診査受診率") == "3歳児健康診査受診率"
    assert clean_name("がんの 75 歳未満年齢調整死亡率") == "がんの 75歳未満年齢調整死亡率"
    assert clean_name("KPI 30 40") == "KPI 30 40"  # numbers apart stay apart


# --- a document printed on one line -------------------------------------------------------------------------

def test_a_long_line_is_cut_before_goal_headings_and_captions() -> None:
    summary = ("緑川町 総合戦略 概要 基本目標１ 仕事をつくる 数値目標 新規雇用者数 30人（2019年度）→ 50人（2025年度） "
               "ＫＰＩ ・創業件数 5件（2019年度）→ 10件（2025年度） 基本目標２ 人を呼ぶ 具体的な施策① 移住の促進 "
               "KPI ・移住者数 12人（2019年度）→ 20人（2025年度）")
    assert len(summary) > RUN_ON_HEADING_MIN_CHARS
    assert cut_at_headings(summary) == [
        "緑川町 総合戦略 概要",
        "基本目標１ 仕事をつくる",
        "数値目標 新規雇用者数 30人（2019年度）→ 50人（2025年度）",
        "ＫＰＩ ・創業件数 5件（2019年度）→ 10件（2025年度）",
        "基本目標２ 人を呼ぶ",
        "具体的な施策① 移住の促進",
        "KPI ・移住者数 12人（2019年度）→ 20人（2025年度）",
    ]


def test_heading_words_not_cut_off_where_they_are_no_heading() -> None:
    short = "概要 基本目標１ 仕事をつくる 数値目標 新規雇用者数 30人→50人"
    assert cut_at_headings(short) == [short]  # a line no longer than a heading line or two stays whole
    prose = ("本町の基本目標１では、数値目標として新規雇用者数を掲げ、"
             "重要業績評価指標（KPI）として創業件数を定めています。"
             "基本目標の達成に向けて、数値目標の進捗を毎年度確認し、KPIの見直しを行います。") * 2
    assert len(prose) > RUN_ON_HEADING_MIN_CHARS
    assert cut_at_headings(prose) == [prose]  # heading words inside prose (no space before them) are no headings


# --- a name and its definition in one cell --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("町の創業支援制度を利用した創業件数。\n空き店舗を活用したものを含む。",
     ("町の創業支援制度を利用した創業件数", "空き店舗を活用したものを含む。")),  # layouts 49
    ("転入者数", ("転入者数", None)),
    ("転入者数。", ("転入者数。", None)),  # one sentence: nothing to split off
    ("特定健康診査の受診率\n（算出方法：受診者数÷対象者数×100）",
     ("特定健康診査の受診率", "（算出方法：受診者数÷対象者数×100）")),  # layouts 153: a labelled definition
    ("市内の年間出生数\n（算出方法：人口動態統計による１月～１２月の出\n生数）",
     ("市内の年間出生数", "（算出方法：人口動態統計による１月～１２月の出生数）")),  # wrapped in its bracket
    ("観光入込客数（延べ人数）", ("観光入込客数（延べ人数）", None)),  # a bracket without a definition label
    ("（定義：転入者数）", ("（定義：転入者数）", None)),  # no name before the bracket
    # layouts 223: a sentence closing a bracketed remark ends no sentence of the name
    ("村内で新たに就農した人の数（研修\n修了者を含む。）",
     ("村内で新たに就農した人の数（研修\n修了者を含む。）", None)),
    ("新規就農者の数（研修生を含む。）。\n県の調査による。", ("新規就農者の数（研修生を含む。）", "県の調査による。")),
])
def test_a_name_cell_of_two_sentences_is_the_name_and_its_definition(text, expected):
    assert name_and_definition(text) == expected


# --- layouts 95-102: hierarchical codes before a name, the JIS minus sign -------------------------------------------

@pytest.mark.parametrize(("printed", "name"), [
    ("KPI2-1-1 妊婦健診の受診率", "妊婦健診の受診率"),  # layouts 98: a code after NAME_CODE_LETTERS
    ("KPI2-2-1放課後児童クラブの待機児童数", "放課後児童クラブの待機児童数"),  # … glued to the name
    ("1-(1)-① 市内製造品出荷額", "市内製造品出荷額"),  # levels in brackets and a circled number
    ("No.3-2 移住相談件数", "移住相談件数"),
    # one number, or a range glued to its word, is part of the name
    ("65歳以上の就業率", "65歳以上の就業率"),
    ("1日当たり利用者数", "1日当たり利用者数"),
    ("1-2月の観光客数", "1-2月の観光客数"),
])
def test_a_hierarchical_code_is_no_part_of_the_name(printed: str, name: str) -> None:
    assert clean_name(printed) == name


def test_the_minus_sign_folds_like_the_full_width_hyphen_minus() -> None:
    """A PDF's ToUnicode gives `−` (U+2212) for the glyph of `－` (U+FF0D), as it gives `〜` for `～` (102)."""
    assert nfkc("施策１−１") == nfkc("施策１－１") == "施策1-1"
    assert parse_cell("−5人") == parse_cell("－5人")


@pytest.mark.parametrize(("printed", "period"), [
    ("2023年度（令和5年度）", "FY2023"),  # layouts 99: a header naming its year in both calendars
    ("令和5年度(2023年度)", "FY2023"),
    ("令和元年度（2019年度）", "FY2019"),
    ("2023年度（令和6年度）", None),  # two different years: no single period
    ("2023年度（見込）", None),
    ("令和4年度（2022）", "FY2022"),  # layouts 110: the Western year alone in brackets (the suffix printed once)
    ("令和4年度（2023）", None),
])
def test_a_year_named_in_both_calendars_is_one_period(printed: str, period: str | None) -> None:
    from normalize.periods import parse_period

    assert parse_period(printed) == period


@pytest.mark.parametrize(("line", "closed"), [
    ("指標 基準値（ H30 ） 実績値（ R4 ）", "指標 基準値（H30） 実績値（R4）"),
    ("重要業績評価指標（ KPI ）の進捗", "重要業績評価指標（KPI）の進捗"),
    ("（ 令和 5 年度 ）", "（ 令和 5 年度 ）"),  # several words inside: no padding of one word, kept
    ("目標値 （R7） 担当課", "目標値 （R7） 担当課"),
])
def test_a_word_padded_inside_its_brackets_is_closed(line: str, closed: str):
    assert close_padded_brackets(line) == closed


def test_lines_numbered_by_successive_outline_letters_are_a_list():
    assert outline_sequence(["ア　新規就農者数", "イ　村内の販売額", "ウ　観光入込客数"])
    assert outline_sequence(["（ア）年間出生数", "（イ）子育て支援センターの利用者数"])
    assert not outline_sequence(["ア　新規就農者数", "ウ　観光入込客数"])  # a letter skipped: no list
    assert not outline_sequence(["ア　新規就農者数"])  # one line is one name
    assert not outline_sequence(["イ草の作付面積", "ウナギの漁獲量"])  # a word's first letter numbers nothing
