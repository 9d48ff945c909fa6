"""parse_cell on real cells of the five documents in raw_docs/, plus the printed forms the issue names.

Every expected value below was read off the source line cited in the group comment (file, line), not
copied from output: the Decimal is the printed number times its multiplier (万 = 10^4, 億 = 10^8, 千 = 10^3),
the period is the cell's own parenthetical (令和N = 2018+N, 平成N = 1988+N; 年度 → FY, 年 → CY).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from normalize import ParsedValue, parse_cell
from normalize.cell import NOT_A_NUMBER, is_unit_continuation


@dataclass(frozen=True)
class Prefix:
    """Matches a note that starts with the given text (for 'not a number: <the sentence>')."""

    text: str

    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and other.startswith(self.text)

    __hash__ = None  # type: ignore[assignment]


NOT_A_VALUE = Prefix(NOT_A_NUMBER + ": ")


def V(value, unit=None, period=None, qualifier=None, segment=None, note=None, uncertain=False, span=None):
    """Expected ParsedValue; value given as str for an exact Decimal."""
    return ParsedValue(Decimal(value) if value is not None else None, unit, period, qualifier, segment, note,
                       uncertain, span)


CASES: list[tuple[str, str, list[ParsedValue]]] = [
    # --- 000_6a8dd34eadd639eb.txt, 数値目標一覧 lines 26-31 (tab-separated cells) --------------------------
    ("000", "1,587件", [V("1587", "件")]),
    ("000", "1,486件", [V("1486", "件")]),
    ("000", "370万人", [V("3700000", "人")]),
    ("000", "258万人", [V("2580000", "人")]),
    ("000", "1.62 (令和3年)", [V("1.62", period="CY2021")]),
    ("000", "1.66 (令和5年)", [V("1.66", period="CY2023")]),
    ("000", "81.0%", [V("81.0", "%")]),
    ("000", "74.1% (令和3年度)", [V("74.1", "%", "FY2021")]),
    ("000", "1,500件 (令和4年)", [V("1500", "件", "CY2022")]),
    ("000", "1,400件 (令和6年)", [V("1400", "件", "CY2024")]),
    # 000 line 80: 製造品出荷額等 of the original strategy
    ("000", "11,942億円 (平成30年)", [V("1194200000000", "円", "CY2018")]),
    ("000", "12,500億円 (令和4年)", [V("1250000000000", "円", "CY2022")]),
    # --- 001_a9d8b97434272512.txt, 数値目標一覧 lines 8-13 and 54 ------------------------------------------
    ("001", "1,472件", [V("1472", "件")]),
    ("001", "1.22 (令和4年)", [V("1.22", period="CY2022")]),
    ("001", "1.22 (令和 4 年)", [V("1.22", period="CY2022")]),  # line 54: stray spaces in the era year
    ("001", "1.64 (令和4年)", [V("1.64", period="CY2022")]),
    ("001", "1,318件 (令和9年)", [V("1318", "件", "CY2027")]),
    ("001", "78.1%", [V("78.1", "%")]),
    ("001", "_", [V(None)]),  # placeholder in the progress-reason column
    # line 10: a sentence instead of the final target (wrapped, with stray spaces)
    ("001", "令和6年3月の改 訂に伴い、令和 6年度以降は 「年少人口」へ 変更", [V(None, note=NOT_A_VALUE)]),
    # --- 002_5e0358207d954a1f.txt, linearised value cells ---------------------------------------------
    ("002", "11,942億円\n（平成30年）", [V("1194200000000", "円", "CY2018")]),  # lines 21-22
    ("002", "10,060億円\n（令和2年）", [V("1006000000000", "円", "CY2020")]),  # lines 24-25
    ("002", "144人\n（平成30年度）", [V("144", "人", "FY2018")]),  # lines 73-74
    ("002", "187事業所\n（平成29年）", [V("187", "事業所", "CY2017")]),  # lines 105-106
    ("002", "27,517人\n（平成29年）", [V("27517", "人", "CY2017")]),  # lines 130-131
    ("002", "3,923ha", [V("3923", "ha")]),  # line 167
    ("002", "1.41\n（平成３０年）", [V("1.41", period="CY2018")]),  # lines 411-412, full-width year digits
    ("002", "－", [V(None)]),  # line 498
    ("002", "待機児童なし", [V("0", note="待機児童なし")]),  # line 525
    ("002", "78カ所", [V("78", "カ所")]),  # line 532
    ("002", "7教室", [V("7", "教室")]),  # line 545
    ("002", "小学校88.7%\n中学校82.8%", [V("88.7", "%", segment="小学校"), V("82.8", "%", segment="中学校")]),
    ("002", "小学校86.1％", [V("86.1", "%", segment="小学校")]),  # line 690: full-width ％
    ("002", "小学校86.1％\n中学校76.6%", [V("86.1", "%", segment="小学校"), V("76.6", "%", segment="中学校")]),
    # lines 791-794 and 811-814: one period and one remark printed under both segments apply to both
    ("002", "男性77.41歳\n女性79.89歳\n（令和元年）\n※変更前", [
        V("77.41", "歳", "CY2019", segment="男性", note="※変更前"),
        V("79.89", "歳", "CY2019", segment="女性", note="※変更前"),
    ]),
    ("002", "男性　79.4歳\n女性　84.0歳\n（令和８年）\n※変更後", [
        V("79.4", "歳", "CY2026", segment="男性", note="※変更後"),
        V("84.0", "歳", "CY2026", segment="女性", note="※変更後"),
    ]),
    ("002", "366日\n（閏年）", [V("366", "日", note="閏年")]),  # lines 826-827
    ("002", "365日", [V("365", "日")]),  # line 829
    ("002", "52.9％", [V("52.9", "%")]),  # line 887
    ("002", "294,758人", [V("294758", "人")]),  # line 968
    ("002", "34万人", [V("340000", "人")]),  # line 968
    ("002", "490.7万人\n（平成30年度）", [V("4907000", "人", "FY2018")]),  # lines 985-986
    ("002", "395.8万人\n（令和３年度）", [V("3958000", "人", "FY2021")]),  # lines 988-989
    ("002", "30件\n(H30年度）", [V("30", "件", "FY2018")]),  # lines 1172-1173: mixed-width parentheses
    ("002", "88件\n（令和3年度）", [V("88", "件", "FY2021")]),  # lines 1175-1176
    # lines 857-861: a wrapped sentence instead of a target
    ("002", "※第3期保険事業実\n施計画・第4期特定\n健康診査等実施計\n画検討にあわせて設\n定予定",
     [V(None, note=NOT_A_VALUE)]),
    # --- 003_06b39d270299f45c.txt, KPI tables (tab-separated, OCR-like damage) -------------------------
    ("003", "11,942億円 (平成30年)", [V("1194200000000", "円", "CY2018")]),  # line 152
    ("003", "13,500億円 (令和8年)", [V("1350000000000", "円", "CY2026")]),
    ("003", "144人 (平成30年度)", [V("144", "人", "FY2018")]),  # line 177
    ("003", "187事業所 (平成29年)", [V("187", "事業所", "CY2017")]),  # line 196
    ("003", "_", [V(None)]),  # line 359
    ("003", "待機児童なし", [V("0", note="待機児童なし")]),  # line 381
    ("003", "78力所", [V("78", "カ所", note="repaired 力所 → カ所")]),  # line 382: 力 (kanji) for カ
    ("003", "97カ所", [V("97", "カ所")]),
    ("003", "700人(※)", [V("700", "人", note="※")]),  # line 384
    ("003", "小学校 88.7%", [V("88.7", "%", segment="小学校")]),  # line 455
    ("003", "中学校 82.8%", [V("82.8", "%", segment="中学校")]),  # line 456
    ("003", "男性 77.41歳 女性 79.89歳", [  # line 502: both segments on one line, no period
        V("77.41", "歳", segment="男性"), V("79.89", "歳", segment="女性"),
    ]),
    ("003", "※健康いせさき21(第3次)検 討にあわせて設定予定", [V(None, note=NOT_A_VALUE)]),  # line 502
    ("003", "366日 (閏年)", [V("366", "日", note="閏年")]),  # line 503
    ("003", "42.5% (平成30年度)", [V("42.5", "%", "FY2018")]),  # line 504
    ("003", "490.7万人 (平成30年度)", [V("4907000", "人", "FY2018")]),  # line 571
    ("003", "430万人(※) (令和8年度)", [V("4300000", "人", "FY2026", note="※")]),  # line 571
    ("003", "1,634件 (令和元年)", [V("1634", "件", "CY2019")]),  # line 589: 元年 = year 1
    ("003", "O□", [V(None, note="damaged text: O□", uncertain=True)]),  # line 619: a number of 回, unreadable
    ("003", "50", [V("50")]),  # line 619: no unit printed
    ("003", "15,665基", [V("15665", "基")]),  # line 620
    # --- 004_c4b88cc070138399.txt, fragments (one per line, full-width digits and letters) ---------------
    ("004", "26,186人\n（令和５年）", [V("26186", "人", "CY2023")]),  # lines 132-134
    ("004", "26,186人 \n\n（令和５年） ", [V("26186", "人", "CY2023")]),  # same, as the raw lines are
    ("004", "23,914人\n（令和 11年）", [V("23914", "人", "CY2029")]),  # lines 136-138
    ("004", "81.0％", [V("81.0", "%")]),  # line 140
    ("004", "81.0％以上", [V("81.0", "%", qualifier="以上")]),  # line 140
    ("004", "1.45倍", [V("1.45", "倍")]),  # line 153
    ("004", "１件", [V("1", "件")]),  # line 157: full-width digit
    ("004", "－", [V(None)]),  # line 181
    ("004", "100％", [V("100", "%")]),  # line 181
    ("004", "Ｐ.○", [V(None, note=NOT_A_VALUE)]),  # line 681: page reference, not a value
    ("004", "1,200,000人", [V("1200000", "人")]),  # line 939
    ("004", "5,000人以上", [V("5000", "人", qualifier="以上")]),  # line 902
    ("004", "男性 79.4歳\n\n女性 83.7歳\n\n(令和４年)", [  # lines 963-967
        V("79.4", "歳", "CY2022", segment="男性"), V("83.7", "歳", "CY2022", segment="女性"),
    ]),
    ("004", "64.7\n（令和４年）", [V("64.7", period="CY2022")]),  # lines 989-991
    ("004", "40.8％\n（令和４年度）", [V("40.8", "%", "FY2022")]),  # lines 1043-1045
    ("004", "8,227事業所\n（令和３年）", [V("8227", "事業所", "CY2021")]),  # lines 1277-1279
    ("004", "８件", [V("8", "件")]),  # line 1300
    ("004", "17名", [V("17", "人")]),  # line 1311: 名 counts people
    ("004", "97店", [V("97", "店")]),  # line 1322
    ("004", "46.7ｈａ以下", [V("46.7", "ha", qualifier="以下")]),  # line 1327: full-width ｈａ
    ("004", "78事業", [V("78", "事業")]),  # line 1528
    ("004", "24.26ｋｍ2", [V("24.26", "km2")]),  # line 1800
    ("004", "10.14ｍ2", [V("10.14", "m2")]),  # line 1900
]


@pytest.mark.parametrize(("doc", "text", "expected"), CASES, ids=[f"{d}:{t!r}" for d, t, _ in CASES])
def test_real_cells(doc: str, text: str, expected: list[ParsedValue]) -> None:
    assert parse_cell(text) == expected


def test_scaled_values_have_no_spurious_decimals() -> None:
    # 490.7万人 is 4,907,000 people exactly; the Decimal should say so, not 4907000.0
    assert str(parse_cell("490.7万人")[0].value) == "4907000"
    # unscaled values keep their printed precision: 84.0歳 stays 84.0
    assert str(parse_cell("84.0歳")[0].value) == "84.0"


# --- printed forms the issue names that the five documents do not happen to print ----------------------
FORMS: list[tuple[str, list[ParsedValue]]] = [
    ("１２３", [V("123")]),
    ("一万二千", [V("12000")]),
    ("三十五", [V("35")]),
    ("〇", [V("0")]),
    ("二〇二三", [V("2023")]),
    # vertical writing's decimal point between positional kanji digits (layouts 184)
    ("四五・二％", [V("45.2", "%")]),
    ("一・四二", [V("1.42")]),
    ("千二百三十四人", [V("1234", "人")]),
    ("1万2千", [V("12000")]),
    ("1万2千人", [V("12000", "人")]),
    ("12億3,400万", [V("1234000000")]),
    ("12億3,400万円", [V("1234000000", "円")]),
    ("1,234千円", [V("1234000", "円")]),
    ("3.5千人", [V("3500", "人")]),
    ("1兆2億", [V("1000200000000")]),
    ("約30件", [V("30", "件", qualifier="約")]),
    ("およそ1.5万人", [V("15000", "人", qualifier="約")]),
    ("10人未満", [V("10", "人", qualifier="未満")]),
    ("100件超", [V("100", "件", qualifier="超")]),
    ("12㎡", [V("12", "m2")]),
    ("12m²", [V("12", "m2")]),
    ("5箇所", [V("5", "カ所")]),
    ("5ヶ所", [V("5", "カ所")]),
    ("5か所", [V("5", "カ所")]),
    ("なし", [V("0", note="なし")]),
    ("—", [V(None)]),
    ("-", [V(None)]),
    ("ー", [V(None)]),
    ("未定", [V(None)]),
    ("", [V(None)]),
    # reference periods in every printed form
    ("30件 (R5)", [V("30", "件", "FY2023")]),
    ("30件(H30年度)", [V("30", "件", "FY2018")]),
    ("30件（令和元年度）", [V("30", "件", "FY2019")]),
    ("30件 令和元年", [V("30", "件", "CY2019")]),
    ("30件 (2023年度)", [V("30", "件", "FY2023")]),
    ("30件 (2023年)", [V("30", "件", "CY2023")]),
    ("30件（令和五年度）", [V("30", "件", "FY2023")]),
    ("30件 (昭和64年)", [V("30", "件", "CY1989")]),
    ("30件 (平成元年度)", [V("30", "件", "FY1989")]),
    ("30件 (令和3年度末)", [V("30", "件", "FY2021")]),
    # a non-period remark becomes the note; a period and a remark together both land
    ("366日（閏年）", [V("366", "日", note="閏年")]),
    ("430万人(※)", [V("4300000", "人", note="※")]),
    ("77.41歳 ※変更前", [V("77.41", "歳", note="※変更前")]),
    ("77.41歳\n（令和元年）\n※変更前", [V("77.41", "歳", "CY2019", note="※変更前")]),
    # segments with one trailing period on the same line
    ("男性77.41歳 女性79.89歳（令和元年）", [
        V("77.41", "歳", "CY2019", segment="男性"), V("79.89", "歳", "CY2019", segment="女性"),
    ]),
    # malformed or unknown text: no value, a note saying why
    ("abc", [V(None, note=NOT_A_VALUE)]),
    # figures that make no value: not guessed, and flagged (a number was printed, what it says is not known)
    ("1,59件", [V(None, note=NOT_A_VALUE, uncertain=True)]),  # broken comma grouping is not guessed
    ("1.2.3", [V(None, note=NOT_A_VALUE, uncertain=True)]),
    ("12,3 13,0\n45人 00人", [V(None, note=NOT_A_VALUE, uncertain=True)]),  # two values wrapped mid-number
    ("12□件", [V(None, note="damaged text: 12□件", uncertain=True)]),
    # an OCR layer's letter for a digit (layouts 244): damaged, never read as a figure
    ("1,2O0人", [V(None, note="damaged text: 1,2O0人", uncertain=True)]),
    ("3l2件", [V(None, note="damaged text: 3l2件", uncertain=True)]),
    ("3,900 やや遅れ", [V(None, note=NOT_A_VALUE, uncertain=True)]),  # a whole value beside another column's word
    ("12 人 やや遅れ", [V(None, note=NOT_A_VALUE, uncertain=True)]),  # a unit after the figure: still a value
    # a remark whose periods a text layer spaced from their kanji (002 -layout, the final target's cell): the
    # figures are an era's year, a month, a fiscal year and ordinals, no value beside a word, so not flagged
    ("令和 6 年 3 月の 改訂に伴い、令\n和 6 年度以降は 「年少人口」へ 変更", [V(None, note=NOT_A_VALUE)]),
    ("※第 3 期保険事 業実 施計画・第 4 期特定 健康診 査等実施計画検 討にあわせて設 定予定",
     [V(None, note=NOT_A_VALUE)]),
    # negative values: the sign must touch the digits (002 line 498 prints `－ 1,946件`: a placeholder cell
    # followed by the next cell, which must not become -1946)
    ("-1.5%", [V("-1.5", "%")]),
    ("△3件", [V("-3", "件")]),
    ("▲120件", [V("-120", "件")]),
    ("－ 1,946件", [V(None, note=NOT_A_VALUE, uncertain=True)]),  # a whole value printed beside: flagged
    # found by the property tests: a tail larger than the unit before it, and a bare era year glued to a number
    ("百121,212", [V(None, note=Prefix("unreadable number: "))]),
    ("1,234令和十", [V(None, note=NOT_A_VALUE, uncertain=True)]),
    (".5令和12", [V(None, note=NOT_A_VALUE, uncertain=True)]),
]


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[repr(t) for t, _ in FORMS])
def test_printed_forms(text: str, expected: list[ParsedValue]) -> None:
    assert parse_cell(text) == expected


# --- forms other municipalities print (issue 11, part 3); each value worked out by hand -----------------------
OTHER_FORMS: list[tuple[str, list[ParsedValue]]] = [
    # a yearly rate: the count is the value, the unit stays the count's, the span says "per year"
    ("年60件", [V("60", "件", span="P1Y")]),
    ("60件/年", [V("60", "件", span="P1Y")]),
    ("60件／年", [V("60", "件", span="P1Y")]),  # full-width slash
    ("年間60件", [V("60", "件", span="P1Y")]),
    ("毎年60件以上", [V("60", "件", qualifier="以上", span="P1Y")]),
    ("毎年度100人以上", [V("100", "人", qualifier="以上", span="P1Y")]),  # layouts 181, a target cell
    # a period opening the cell, joined to its value by a link word (layouts 179, 181): that value's period
    ("令和11年度に50万人", [V("500000", "人", "FY2029")]),
    ("令和11年度までに 15人", [V("15", "人", "FY2029")]),
    # `±0` (layouts 177, a balance aimed at) is 0; `±` before another number is a tolerance, no value
    ("±0人", [V("0", "人")]),
    ("±5%", [V(None, note="not a number: ±5%")]),
    ("年60件以上", [V("60", "件", qualifier="以上", span="P1Y")]),
    ("12,400人/年", [V("12400", "人", span="P1Y")]),  # issue statement `宿泊者数:12,400人/年`
    ("年間10人程度", [V("10", "人", qualifier="約", span="P1Y")]),  # 003 line 227 note `年間10人程度`
    ("月10件", [V("10", "件", span="P1M")]),
    ("1日あたり500人", [V("500", "人", span="P1D")]),
    ("60件/年（令和5年度）", [V("60", "件", "FY2023", span="P1Y")]),
    ("年少人口", [V(None, note=NOT_A_VALUE)]),  # 年 starts a word, not a rate: no number follows
    # a total over several years: 90 件 counted over 3 years (not 30 a year)
    ("3年間で90件", [V("90", "件", span="P3Y")]),
    ("3年間で 90件", [V("90", "件", span="P3Y")]),
    ("3年間の累計90件", [V("90", "件", span="P3Y")]),
    ("5か年で100人", [V("100", "人", span="P5Y")]),
    ("90件(3年間)", [V("90", "件", span="P3Y")]),
    ("90件（3か年累計）", [V("90", "件", span="P3Y")]),
    ("累計90件", [V("90", "件", note="累計")]),
    # a total or an average over the plan's years worded before the figure (variety26, layouts 262)
    ("R7～R11累計 25,000件", [V("25000", "件", "FY2029", span="P5Y")]),
    ("5年間平均 55万人", [V("550000", "人", note="5年間平均", span="P1Y")]),
    ("平均45.0%", [V("45.0", "%", note="平均")]),
    ("平均年齢", [V(None, note="not a number: 平均年齢")]),  # 平均 starts a word: no number follows
    # per mille
    ("7.2‰", [V("7.2", "‰")]),
    # no value: dashes of every kind, alone or repeated; a dash apart from a number is still no sign
    ("―", [V(None)]),
    ("－", [V(None)]),
    ("-", [V(None)]),
    ("――", [V(None)]),
    ("–", [V(None)]),  # U+2013 EN DASH
    ("−", [V(None)]),  # U+2212 MINUS SIGN
    ("- -", [V(None)]),
    ("－ 1,946件", [V(None, note=NOT_A_VALUE, uncertain=True)]),
    # bounds
    ("81.0%以上", [V("81.0", "%", qualifier="以上")]),
    ("46.7ha以下", [V("46.7", "ha", qualifier="以下")]),
    ("30分以内", [V("30", "分", qualifier="以内")]),
    ("100件前後", [V("100", "件", qualifier="約")]),
    # multipliers glued to the unit, and printed apart from the number: 百万 = 10^6, 千 = 10^3
    ("1,234百万円", [V("1234000000", "円")]),
    ("1,234 百万円", [V("1234000000", "円")]),
    ("12.3百万円", [V("12300000", "円")]),
    ("1,234千人", [V("1234000", "人")]),
    ("1,234 千円", [V("1234000", "円")]),
    ("1.5 千人", [V("1500", "人")]),
    # a large multiplier that a text layer printed one space apart from its number (pdftotext -layout of a
    # LibreOffice PDF: `258 万人`, `11,942 億円`)
    ("258 万人", [V("2580000", "人")]),
    ("11,942 億円", [V("1194200000000", "円")]),
    ("490.7 万人", [V("4907000", "人")]),
    # a value printed with its own year: western years, and one period spelled both ways
    ("30件 (2022年)", [V("30", "件", "CY2022")]),
    ("30件 2022年度", [V("30", "件", "FY2022")]),
    ("2022年度 30件", [V("30", "件", "FY2022")]),
    ("30件（令和4年(2022年)）", [V("30", "件", "CY2022")]),
    ("30件(令和4年・2022年)", [V("30", "件", "CY2022")]),
    ("30件(令和4年度/2022年度)", [V("30", "件", "FY2022")]),
    ("30件(令和4年/2021年)", [V("30", "件", note="令和4年/2021年")]),  # the spellings disagree: kept as a note
    # letter-spaced cells (spaces closed only inside runs of single characters with Japanese letters)
    ("1,500件 ( 令 和 4 年 )", [V("1500", "件", "CY2022")]),
    ("1 , 2 3 4 件", [V("1234", "件")]),
    ("男 性 7 7 . 4 1 歳\n女 性 7 9 . 8 9 歳", [V("77.41", "歳", segment="男性"), V("79.89", "歳", segment="女性")]),
    ("1 2 3", [V(None, note=NOT_A_VALUE, uncertain=True)]),  # three numbers, not 123: flagged
    # a number and its unit on two lines
    ("1,234\n件", [V("1234", "件")]),
    # volumes: ㎥ (one character) and m3 / m³ are one unit
    ("1,250㎥", [V("1250", "m3")]),
    ("1,250m3", [V("1250", "m3")]),
    ("1,250 m³", [V("1250", "m3")]),
    ("3,200t", [V("3200", "t")]),  # t still reads as tonnes, m alone as metres
    ("5m", [V("5", "m")]),
    # an area's exponent drawn as a superscript glyph, printed one space after the unit (004 `24.26ｋｍ２` exported
    # by LibreOffice, through pdftotext -layout)
    ("24.26 ｋｍ 2", [V("24.26", "km2")]),
    ("10.14 ｍ 2", [V("10.14", "m2")]),
    # segments separated by a mark (layouts 08): the mark belongs to neither value
    ("男性 31.0%／女性 25.4%", [V("31.0", "%", segment="男性"), V("25.4", "%", segment="女性")]),
    ("男性31.0%/女性25.4%", [V("31.0", "%", segment="男性"), V("25.4", "%", segment="女性")]),
    ("小学校 42.0%、中学校 39.5%", [V("42.0", "%", segment="小学校"), V("39.5", "%", segment="中学校")]),
    ("男性 1,234人, 女性 1,000人", [V("1234", "人", segment="男性"), V("1000", "人", segment="女性")]),
    ("男性 60人/年／女性 50人/年", [V("60", "人", segment="男性", span="P1Y"),
                                   V("50", "人", segment="女性", span="P1Y")]),  # `/年` stays a rate
    ("男性 31.0%／女性 25.4%（令和元年）", [V("31.0", "%", "CY2019", segment="男性"),
                                         V("25.4", "%", "CY2019", segment="女性")]),
    # labels sharing one value: each label gets it
    ("小学校・中学校とも 50%", [V("50", "%", segment="小学校"), V("50", "%", segment="中学校")]),
    ("男性・女性ともに85歳", [V("85", "歳", segment="男性"), V("85", "歳", segment="女性")]),
    # joined labels without とも: not guessed; the text before the last label stays visible as not a number
    ("小学校・中学校 50%", [V(None, note=NOT_A_VALUE), V("50", "%", segment="中学校")]),
    # not segment labels; the 50% printed is not read: flagged
    ("年少人口・老年人口とも 50%", [V(None, note=NOT_A_VALUE, uncertain=True)]),
    # a direction word instead of a target number (layouts 15): no value, the word is the note
    ("増加", [V(None, note="増加")]),
    ("維持", [V(None, note="維持")]),
    ("維持・向上", [V(None, note="維持・向上")]),  # layouts 159: two directions joined
    ("現状維持（令和10年度）", [V(None, None, "FY2028", note="現状維持")]),
    ("増加傾向", [V(None, note=NOT_A_VALUE)]),  # a longer phrase is no direction word: not a number, as before
    # a direction and, in brackets, the figure aimed at (layouts 149): the figure is the target, the word its note
    ("増加（1,500人以上）", [V("1500", "人", qualifier="以上", note="増加")]),
    ("維持（95%以上）（R11）", [V("95", "%", "FY2029", "以上", note="維持")]),
    ("増加（R5比）", [V(None, note="増加; R5比")]),  # a bracket that is no figure: the direction alone, as before
    # a range or a comparison instead of a target number (layouts 50): no value is made up, the text is the note
    ("1,000～1,200人", [V(None, note="range target: 1,000~1,200人")]),
    ("1,000〜1,200人", [V(None, note="range target: 1,000~1,200人")]),
    ("20~25%（令和10年度）", [V(None, None, "FY2028", note="range target: 20~25%")]),
    ("前年度以上", [V(None, note="comparative target: 前年度以上")]),
    ("全国平均以上", [V(None, note="comparative target: 全国平均以上")]),
    ("県平均以下", [V(None, note="comparative target: 県平均以下")]),
    ("R2~R4", [V(None, note=NOT_A_VALUE)]),  # years joined by a range mark are no range of values
    ("前年度", [V(None, note=NOT_A_VALUE)]),  # a reference without its bound compares nothing
    # a Western year alone in brackets after the value (fuzz17, tests/synth): a fiscal year, as a header's `（2019）`
    ("17件（2017）", [V("17", "件", "FY2017")]),
    ("1,250千人(2026)", [V("1250000", "人", "FY2026")]),
    ("45（1234）", [V("45", note="1234")]),  # no year of this or the last century: a note, as before
]


@pytest.mark.parametrize(("text", "expected"), OTHER_FORMS, ids=[repr(t) for t, _ in OTHER_FORMS])
def test_forms_of_other_municipalities(text: str, expected: list[ParsedValue]) -> None:
    assert parse_cell(text) == expected


@pytest.mark.parametrize("text", [None, 12, 3.5, "\x00", "(((", ")", "※", "万", "億円", "小学校", "男性 女性"])
def test_odd_input_never_raises(text: object) -> None:
    values = parse_cell(text)  # type: ignore[arg-type]
    assert values
    assert all(v.value is None or isinstance(v.value, Decimal) for v in values)


CONTINUATIONS = [
    # (previous line, line, one value over two lines?)
    ("1,234", "件", True),
    ("1,234", "件/年", True),  # a rate
    ("1,234", "千円", True),  # a multiplier with its unit
    ("81.0%", "以上", True),  # a bound under a value with its unit
    ("目標 30", "人", True),
    ("転入者数", "件", False),  # no number before
    ("数値目標", "以上", False),
    ("1,234", "人口", False),  # a word, not a unit
    ("令和5", "年度", False),  # a period, not a unit
    ("1,234", "", False),
]


@pytest.mark.parametrize(("previous", "line", "expected"), CONTINUATIONS)
def test_unit_on_the_next_line(previous: str, line: str, expected: bool) -> None:
    assert is_unit_continuation(previous, line) is expected
    if expected:  # and the joined cell reads as the value with that unit
        [value] = parse_cell(f"{previous.split()[-1]}\n{line}")
        assert value.value is not None and value.note is None


@pytest.mark.parametrize(("text", "expected"), [
    # layouts 77: a baseline cell printing two values, each after its own year label
    ("H27：4人 / R1：9人", [(Decimal(4), "人", "FY2015"), (Decimal(9), "人", "FY2019")]),
    ("H27：120区画\nR1：135区画", [(Decimal(120), "区画", "FY2015"), (Decimal(135), "区画", "FY2019")]),
    ("令和元年度：52.3%", [(Decimal("52.3"), "%", "FY2019")]),
])
def test_values_each_with_its_year_label(text: str, expected: list[tuple[Decimal, str, str]]) -> None:
    assert [(p.value, p.unit, p.period) for p in parse_cell(text)] == expected


@pytest.mark.parametrize("text", ["目標：150人", "12:30", "H27：調査中 / R1：9人"])
def test_a_label_that_is_no_year_is_no_dated_value(text: str) -> None:
    """Only a year labels a dated value: any other label, or a piece without value, leaves the cell as it was."""
    assert all(p.value is None for p in parse_cell(text))


@pytest.mark.parametrize(("text", "expected"), [
    # layouts 88: thousands separated by a space (a typesetter's digit grouping) or a full-width comma
    ("125 400人", (Decimal(125400), "人")),
    ("2 350件", (Decimal(2350), "件")),
    ("１２５ ４００人", (Decimal(125400), "人")),
    ("1 250 000円", (Decimal(1250000), "円")),
    ("３，８２０人", (Decimal(3820), "人")),
])
def test_spaced_digit_groups_are_one_number(text: str, expected: tuple[Decimal, str]) -> None:
    [value] = parse_cell(text)
    assert (value.value, value.unit) == expected


@pytest.mark.parametrize("text", ["30 40", "1.5 000", "12 3456人", "1 234", "320 150", "1,400 320 150"])
def test_numbers_a_space_apart_that_are_no_digit_groups_stay_apart(text: str) -> None:
    """Only groups of exactly three digits after the first, opening the cell and closed by a unit, join: bare
    numbers a space apart are the cells of a text row as often (`1,400 320 150`, layouts 47's raw layer)."""
    assert all(p.value is None for p in parse_cell(text))


@pytest.mark.parametrize(("text", "expected"), [
    # layouts 143: a rank is its number in 位, the scope word before it its note; `約` / `年約` before a value
    ("県内8位（R5）", (Decimal(8), "位", "FY2023", None, "県内")),
    ("県内 5 位以内", (Decimal(5), "位", None, "以内", "県内")),
    ("全国12位", (Decimal(12), "位", None, None, "全国")),
    ("年約120件（R5）", (Decimal(120), "件", "FY2023", "約", None)),
])
def test_rank_values(text: str, expected: tuple) -> None:
    [value] = parse_cell(text)
    assert (value.value, value.unit, value.period, value.qualifier, value.note) == expected


@pytest.mark.parametrize(("text", "period"), [("1/3（R4）", "FY2022"), ("1/2以上", None), ("3分の1", None),
                                              ("２／３", None)])
def test_a_fraction_is_a_ratio_without_value(text: str, period: str | None) -> None:
    """`1/3` has no exact decimal: no number is made, the text is kept as the note (like `3人に1人`); the year
    printed with it still dates it."""
    [value] = parse_cell(text)
    assert (value.value, value.unit, value.period) == (None, None, period)
    assert value.note is not None and value.note.startswith("ratio: ")
    assert value.uncertain is ("分の" not in text)  # `1/3` may be a date (3 January) as well


def test_a_count_out_of_its_denominator_is_no_fraction() -> None:
    """`12/20校` prints a unit: the numerator is the value, the denominator its note (as before)."""
    [value] = parse_cell("12/20校")
    assert (value.value, value.unit, value.note) == (Decimal(12), "校", "out of 20校")


@pytest.mark.parametrize(("text", "expected"), [
    # a cell's year written out after an ideographic space, in two calendars (令和2 = 2020, 令和3 = 2021)
    ("14\u30002020年度（R2）", V("14", period="FY2020")),
    ("1,008\u3000令和2年度（2020年度）", V("1008", period="FY2020")),
    ("約73,920\u30002021(R3)年度", V("73920", period="FY2021", qualifier="約")),
    ("2021(R3)年度", V(None, period="FY2021")),  # the year alone, no value: typed a year by the text readers
])
def test_a_period_in_two_calendars_after_the_value_dates_it(text: str, expected: ParsedValue) -> None:
    assert parse_cell(text) == [expected]
