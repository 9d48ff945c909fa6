"""Pair evidence: names, units, values, context; and the one-document rule."""

from __future__ import annotations

from align.matcher import Mention, compare, reprinted_row, values_agree
from align.names import name_form


def mention(doc, name, unit=None, values=(), kind="KPI", goal=None):
    m = Mention(doc, name_form(name), names={name}, kinds={kind}, goals={goal} if goal else set())
    for role, period, value in values:
        m.add_value(role, period, None, value, unit)
    if unit:
        m.add_value("target", None, None, None, unit)
    return m


def test_values_agree_within_printed_rounding_only():
    assert values_agree(4251000, 4251251)  # 425.1万人 vs 4,251,251人
    assert values_agree(2580000, 2580000)
    assert not values_agree(1400, 1418)  # two significant digits: exact
    assert not values_agree(78.1, 78.2)
    assert not values_agree(4907000, 4251251)


def test_man_and_plain_people_are_one_unit_family():
    a = mention("a", "鉄道利用者数", "人", [("actual", "FY2022", 4251000.0)])
    b = mention("b", "鉄道利用者数", "人", [("baseline", "FY2022", 4251251.0)])
    evidence = compare(a, b)
    assert evidence.decision == "same" and evidence.agreeing == 1


def test_unit_family_mismatch_vetoes_a_same_looking_name():
    a = mention("a", "相談数", "人")
    b = mention("b", "相談数", "件")
    assert compare(a, b).decision != "same"


def test_baseline_equal_to_other_documents_actual_is_strong():
    a = mention("a", "年間観光入込客数", "人", [("actual", "FY2023", 2580000.0)], kind="数値目標")
    b = mention("b", "観光入込客数", "人", [("baseline", "FY2023", 2580000.0)], kind="成果指標")
    assert compare(a, b).decision == "same"
    c = mention("c", "観光入込客数", "人", [("baseline", "FY2023", 42867.0)], kind="成果指標")
    assert compare(a, c).decision == "different"


def test_different_qualifiers_are_different_even_when_values_are_absent():
    a = mention("a", "製造業の従業者数", "人")
    b = mention("b", "従業者数（公務を除く）", "人")
    assert compare(a, b).decision == "different"
    assert "different qualifiers" in "; ".join(compare(a, b).reasons)


def test_reprinted_row_needs_typo_level_name_and_agreeing_values():
    values = [("target", "FY2022", 75.0), ("target", "FY2024", 76.0), ("actual", "FY2021", 74.1)]
    a = mention("d", "伊勢崎市が住みよいと感じている市民の割合", "%", values)
    b = mention("d", "伊勢崎市が住みよいつ感じている市民の割合", "%", values)
    assert reprinted_row(a, b)
    c = mention("d", "伊勢崎市が住みよいつ感じている市民の割合", "%", values[:1])
    assert not reprinted_row(a, c)  # one agreeing value is not enough inside one document
