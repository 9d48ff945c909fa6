"""parse_cell on value-cell forms of other municipalities' KPI tables (issue 11), second round.

Every example is invented in the forms municipal 総合戦略 / 効果検証 KPI tables print (not copied from any document).
Each expected result is worked out by hand from the printed text: the Decimal is the printed number (times its
multiplier: 億 = 10^8, 千 = 10^3); a form with no single printed figure (a change from a base, a word, a pending
figure, an event's date) gets value None and keeps its text in the note — never a number made up; a period is
only one printed in brackets (令和N = 2018+N, 年度 → FY).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.text.token_types import RAW, SPACED, T_VALUE, token_type
from normalize import ParsedValue, parse_cell
from normalize.cell import NOT_A_NUMBER
from normalize.periods import find_period, is_period_pair, parse_period


def V(value, unit=None, period=None, qualifier=None, segment=None, note=None, uncertain=False, span=None):
    """Expected ParsedValue; value given as str for an exact Decimal."""
    return ParsedValue(Decimal(value) if value is not None else None, unit, period, qualifier, segment, note,
                       uncertain, span)


CASES: list[tuple[str, list[ParsedValue]]] = [
    # compound units (layouts 100): per person after the unit, person-times under a multiplier
    ("385,000円/人", [V("385000", "円", note="人当たり")]),
    ("2.5kg/世帯", [V("2.5", "kg", note="世帯当たり")]),
    ("485千人回", [V("485000", "人回")]),
    ("約1,250人/日", [V("1250", "人", qualifier="約", span="P1D")]),
    # a rate per head and day (layouts 283, 1人1日当たりのごみ排出量)
    ("912g/人・日", [V("912", "g", note="人当たり", span="P1D")]),
    ("868g/人日", [V("868", "g", note="人当たり", span="P1D")]),
    # footnote marks glued to the value: the value without them, the mark kept as printed
    ("120※1", [V("120", note="※1")]),
    ("1,200人※", [V("1200", "人", note="※")]),
    ("45.2%＊", [V("45.2", "%", note="*")]),  # full-width asterisk, NFKC `*`
    ("120*1", [V("120", note="*1")]),
    ("1,200人†", [V("1200", "人", note="†")]),
    # superscript digits: a footnote reference (NFKC alone would read `120¹` as 1201) …
    ("120¹", [V("120", note="¹")]),
    ("45.2%²", [V("45.2", "%", note="²")]),
    ("３５０人¹²", [V("350", "人", note="¹²")]),
    # … but an exponent after a Latin letter: 24.26 km²
    ("24.26km²", [V("24.26", "km2")]),
    # a mark before the number is no footnote of it: not read
    ("*120", [V(None, note=f"{NOT_A_NUMBER}: *120")]),
    # approximations and bounds
    ("約1,200人", [V("1200", "人", qualifier="約")]),
    ("1,200人程度", [V("1200", "人", qualifier="約")]),
    ("1,200人超", [V("1200", "人", qualifier="超")]),
    # ranges: two figures, no single value
    ("20～30件", [V(None, note="range target: 20~30件")]),
    ("20件～30件", [V(None, note="range target: 20件~30件")]),
    # targets relative to a base year or reference: no absolute value (the base is another cell, never computed)
    ("前年度比105%", [V(None, note="relative target: 前年度比105%")]),
    ("H30年度比10%増", [V(None, note="relative target: H30年度比10%増")]),  # H30年度 is the base, not the period
    ("前年度比増", [V(None, note="relative target: 前年度比増")]),
    ("令和元年度比1.2倍", [V(None, note="relative target: 令和元年度比1.2倍")]),
    ("対前年度比105%", [V(None, note="relative target: 対前年度比105%")]),
    ("全体比10%", [V(None, note=f"{NOT_A_NUMBER}: 全体比10%")]),  # 全体 names no base year or reference
    ("5ポイント増", [V(None, note="relative target: 5ポイント増")]),
    ("倍増", [V(None, note="relative target: 倍増")]),
    ("半減", [V(None, note="relative target: 半減")]),
    ("皆増", [V(None, note="relative target: 皆増")]),
    # layouts 174 -layout: three columns' cells read as one (`R4 実績 R5 実績 増減`), no relative target of one figure
    ("0件 2 件 皆増", [V(None, note=f"{NOT_A_NUMBER}: 0件 2 件皆増", uncertain=True)]),
    ("1割増", [V(None, note="relative target: 1割増")]),
    # qualitative targets: the direction kept as printed
    ("増加", [V(None, note="増加")]),
    ("現状維持", [V(None, note="現状維持")]),
    ("向上", [V(None, note="向上")]),
    ("減少させる", [V(None, note="減少させる")]),
    ("増加を目指します", [V(None, note="増加を目指します")]),
    ("現状以上", [V(None, note="comparative target: 現状以上")]),
    # figures not there yet: pending, the period only when bracketed
    ("調査中", [V(None, note="pending: 調査中")]),
    ("集計中", [V(None, note="pending: 集計中")]),
    ("未公表", [V(None, note="pending: 未公表")]),
    ("R7調査予定", [V(None, note="pending: R7調査予定")]),  # R7 is when the survey is, not the value's period
    ("令和7年度公表予定", [V(None, note="pending: 令和7年度公表予定")]),
    ("調査中（R6）", [V(None, period="FY2024", note="pending: 調査中")]),
    ("－（隔年調査）", [V(None, note="隔年調査")]),  # a placeholder with its reason
    # a count with its whole: the count, the whole in the note
    ("12/20校", [V("12", "校", note="out of 20校")]),
    ("12校/20校", [V("12", "校", note="out of 20校")]),
    ("3校中2校", [V("2", "校", note="out of 3校")]),
    ("20地区中12地区（R5）", [V("12", "地区", period="FY2023", note="out of 20地区")]),
    ("12/20", [V(None, note="ratio: 12/20", uncertain=True)]),  # no unit: a fraction, or 20 December: flagged
    ("25/20校", [V(None, note=f"{NOT_A_NUMBER}: 25/20校", uncertain=True)]),  # more than the whole: no count of it
    ("12人/20校", [V(None, note=f"{NOT_A_NUMBER}: 12人/20校", uncertain=True)]),  # two units: no count of one whole
    # per-population bases: the value, the base in the note (a span per day stays a rate)
    ("人口千人当たり5.2人", [V("5.2", "人", note="人口千人当たり")]),
    ("10万人当たり3.1件", [V("3.1", "件", note="10万人当たり")]),
    ("人口1人当たり約3.5冊", [V("3.5", "冊", qualifier="約", note="人口1人当たり")]),
    ("1日あたり500人", [V("500", "人", span="P1D")]),
    # money and time
    ("1.5億円", [V("150000000", "円")]),
    ("120千円", [V("120000", "円")]),
    ("3.5百万円", [V("3500000", "円")]),
    ("2時間", [V("2", "時間")]),
    ("30分以内", [V("30", "分", qualifier="以内")]),
    ("6か月", [V("6", "か月")]),
    # an event's date instead of a figure: no value, the date is not the observation's period
    ("R6.4開設", [V(None, note="dated target: R6.4開設")]),
    ("令和6年4月開設", [V(None, note="dated target: 令和6年4月開設")]),
    ("令和8年度完成", [V(None, note="dated target: 令和8年度完成")]),
    # a zero phrase after a period is still zero, not an event
    ("令和5年 待機児童なし", [V("0", period="CY2023", note="待機児童なし")]),
    # two consecutive years joined by a slash: June of 令和5 or fiscal years 5 and 6? kept, flagged, period open
    ("120人（R5/6）", [V("120", "人", note="ambiguous period: R5/6", uncertain=True)]),
    ("120人（R6/3）", [V("120", "人", period="CY2024")]),  # March of 令和6: no pair of years runs backwards
    ("120人（R5/6/1）", [V("120", "人", period="CY2023")]),  # a day: a date
    # the same pair printed without brackets, after or before the value: the same doubt
    ("120人 R5/6", [V("120", "人", note="ambiguous period: R5/6", uncertain=True)]),
    ("R5/6 120人", [V("120", "人", note="ambiguous period: R5/6", uncertain=True)]),
    ("R5/6", [V(None, note="ambiguous period: R5/6")]),  # no value: nothing to flag, the text kept
    # a number of years with a fraction: no year has one, but `12.5` may be a date written short (12年5月)
    ("12.5年", [V("12.5", "年", note="years or a date written short: 12.5年", uncertain=True)]),
    ("2.5年（R5）", [V("2.5", "年", "FY2023", note="years or a date written short: 2.5年", uncertain=True)]),
    # 平成12年 with its era cut off, or twelve years: unread, flagged
    ("12年", [V(None, note="not a number: 12年", uncertain=True)]),
    ("1割", [V("10", "%")]),
    # counters of other KPIs
    ("12,000人泊", [V("12000", "人泊")]),
    ("3棟", [V("3", "棟")]),
    ("120区画", [V("120", "区画")]),
    ("5路線", [V("5", "路線")]),
    ("20便", [V("20", "便")]),
    ("5園", [V("5", "園")]),
    ("300床", [V("300", "床")]),
    # environment, energy and primary-industry units (units17: `286L` was read as no number)
    ("286L", [V("286", "L")]),
    ("286ℓ", [V("286", "L")]),
    ("1.2kL", [V("1.2", "kL")]),
    ("500mL", [V("500", "mL")]),  # not 500 m with a stray `L`
    ("1,250MWh", [V("1250", "MWh")]),
    ("120kW", [V("120", "kW")]),
    ("12,400t-CO2", [V("12400", "t-CO2")]),
    ("12,400t-CO₂", [V("12400", "t-CO2")]),
    ("9,800トン-CO2", [V("9800", "t-CO2")]),
    ("1.5千t-CO2", [V("1500", "t-CO2")]),
    ("3,200人日", [V("3200", "人日")]),
    ("1,320頭", [V("1320", "頭")]),
    ("52,000羽", [V("52000", "羽")]),
    ("48隻", [V("48", "隻")]),
    ("120席", [V("120", "席")]),
    # letters no unit names after a number: the figure, its unit as printed, flagged
    ("100Mbps", [V("100", "Mbps", note="unit not in the vocabulary: Mbps", uncertain=True)]),
    ("18km/h", [V("18", "km/h", note="unit not in the vocabulary: km/h", uncertain=True)]),
    ("約5GB（R5）", [V("5", "GB", "FY2023", "約", note="unit not in the vocabulary: GB", uncertain=True)]),
    # ... but a kanji word glued to a number is no unit: unread, flagged as before
    ("3人目", [V(None, note="not a number: 3人目", uncertain=True)]),
    ("5G基地局", [V(None, note="not a number: 5G基地局", uncertain=True)]),
    # a single letter, or letters after a space, may be the next column's grade (`150,000 Ｂ`): unread, flagged
    ("3F", [V(None, note="not a number: 3F", uncertain=True)]),
    ("150,000 Ｂ", [V(None, note="not a number: 150,000 B", uncertain=True)]),
    ("100 Mbps", [V(None, note="not a number: 100 Mbps", uncertain=True)]),
    # a kanji counter no unit names glued to a number (loss18): the figure, its counter as printed, flagged
    ("12艇", [V("12", "艇", note="unit not in the vocabulary: 艇", uncertain=True)]),
    ("30脚", [V("30", "脚", note="unit not in the vocabulary: 脚", uncertain=True)]),
    ("4圃場", [V("4", "圃場", note="unit not in the vocabulary: 圃場", uncertain=True)]),
    ("約2橋（R5）", [V("2", "橋", "FY2023", "約", note="unit not in the vocabulary: 橋", uncertain=True)]),
    # ... but not a period, an order, a section, an age band, a sentence or a longer word: unread, flagged as before
    ("3年間", [V(None, note="not a number: 3年間", uncertain=True)]),
    ("3年間で", [V(None, note="not a number: 3年間で", uncertain=True)]),
    ("2期", [V(None, note="not a number: 2期", uncertain=True)]),
    ("20代", [V(None, note="not a number: 20代", uncertain=True)]),
    ("1章", [V(None, note="not a number: 1章", uncertain=True)]),
    ("3丁目", [V(None, note="not a number: 3丁目", uncertain=True)]),
    ("2級", [V(None, note="not a number: 2級", uncertain=True)]),
    ("5人が", [V(None, note="not a number: 5人が", uncertain=True)]),
    ("12艇を配備", [V(None, note="not a number: 12艇を配備", uncertain=True)]),
    ("3世代同居", [V(None, note="not a number: 3世代同居", uncertain=True)]),
    ("5中", [V(None, note="not a number: 5中", uncertain=True)]),  # a count's whole follows (`5中3`)
    ("3艇以上", [V("3", "艇", qualifier="以上", note="unit not in the vocabulary: 艇", uncertain=True)]),
    # a kanji numeral opening a word is no count (`一般` a part label under its name, test_text_part_rows): digits only
    ("一般", [V(None, note="not a number: 一般", uncertain=True)]),
    ("三重", [V(None, note="not a number: 三重", uncertain=True)]),
    # a known unit glued to a letter: a text layer's `150t` and the next column's grade `B` read as one, no unit
    ("150tB", [V(None, note="not a number: 150tB", uncertain=True)]),
    # a unit alone in brackets after the number is its unit (with its multiplier); with no number, a note
    ("1,200（人）", [V("1200", "人")]),
    ("1,500（千円）（R5）", [V("1500000", "円", "FY2023")]),
    ("（人）", [V(None, note="人")]),
    # a qualitative KPI's state instead of a figure
    ("完了", [V(None, note="status: 完了")]),
    ("未実施", [V(None, note="status: 未実施")]),
    ("策定済み", [V(None, note="status: 策定済み")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text for text, _ in CASES])
def test_value_forms(text: str, expected: list[ParsedValue]):
    assert parse_cell(text) == expected


@pytest.mark.parametrize("text", ["R5/6", "R5/R6", "令和5/6年度", "2023/24", "2023/2024年度", "令和元/2"])
def test_a_slash_between_consecutive_years_names_no_single_period(text: str):
    assert is_period_pair(text)
    assert parse_period(text) is None and find_period(text) is None
    assert find_period(f"実績値（{text}）") is None


@pytest.mark.parametrize(("text", "label"), [("R6/3", "CY2024"), ("R5/6月", "CY2023"), ("R5/6/1", "CY2023"),
                                             ("R6.4", "CY2024"), ("R5/7", "CY2023")])
def test_a_slash_date_that_cannot_be_a_pair_of_years_stays_a_date(text: str, label: str):
    assert not is_period_pair(text)
    assert parse_period(text) == label


TYPED_AS_VALUES = ["1割", "2割5分", "約1割", "1割以上", "120¹", "45.2%＊", "12/20校", "人口千人当たり5.2人"]


@pytest.mark.parametrize("text", TYPED_AS_VALUES)
def test_the_token_typer_types_these_values_as_values(text: str):
    """The text readers' token typer (`pdftotext -raw`, pdfplumber rows) calls these a value, as parse_cell reads."""
    assert token_type(text, RAW) == T_VALUE
    assert token_type(text, SPACED) == T_VALUE
