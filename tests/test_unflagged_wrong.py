"""The scorers' "unflagged wrong" figure: values read that match no expected one and are not flagged uncertain.

Issue 11's final judge asks for no wrong value left unflagged; bench/layouts.py, tests.layouts_score and
tests.layouts_layers print this figure from the one implementation tested here.
"""

from __future__ import annotations

from collections import Counter

from tests.layouts_score import OBSERVATION_KEY, goal_mismatches, key, score, text_mismatches, unflagged_wrong


def _row(name: str, value: str, uncertain: bool = False) -> dict:
    return {"kpi_name": name, "segment": None, "role": "target", "period": "FY2027", "value": value, "unit": "人",
            "uncertain": uncertain}


def _key(row: dict) -> tuple:
    return key(row, OBSERVATION_KEY)


def test_an_extra_not_flagged_is_unflagged_wrong_and_a_flagged_one_is_not():
    expected = [_row("転入者数", "120")]
    actual = [_row("転入者数", "120"), _row("転入者数", "1200"), _row("転出者数", "80", uncertain=True)]
    result = score(actual, expected, OBSERVATION_KEY)
    assert len(result.extra) == 2
    assert result.unflagged == [_key(_row("転入者数", "1200"))]


def test_a_right_value_is_never_counted_even_when_unflagged():
    rows = [_row("転入者数", "120"), _row("出生数", "300")]
    assert score(rows, rows, OBSERVATION_KEY).unflagged == []


def test_a_key_read_twice_and_wanted_once_blames_the_unflagged_copy_only_when_no_copy_is_flagged():
    wanted = Counter([_key(_row("転入者数", "120"))])
    flagged_copy = [_row("転入者数", "120"), _row("転入者数", "120", uncertain=True)]
    assert unflagged_wrong(flagged_copy, wanted, _key) == []
    both_certain = [_row("転入者数", "120"), _row("転入者数", "120")]
    assert unflagged_wrong(both_certain, wanted, _key) == [_key(_row("転入者数", "120"))]


def test_the_flag_as_written_in_a_csv_counts_too():
    """Rows read back from a CSV carry `True` as text."""
    rows = [{**_row("転入者数", "9"), "uncertain": "True"}]
    assert unflagged_wrong(rows, Counter(), _key) == []
    assert unflagged_wrong([{**_row("転入者数", "9"), "uncertain": "False"}], Counter(), _key) == [_key(rows[0])]


def _indicator(name: str, goal: str, uncertain: bool = False) -> dict:
    return {"kpi_name": name, "kind": "KPI", "goal": goal, "department": None, "uncertain": uncertain}


def test_an_indicator_under_a_goal_its_name_is_not_expected_under_is_a_goal_mismatch():
    expected = [_indicator("転入者数", "1 しごと / 1-1 雇用"), _indicator("出生数", "2 ひと / 2-1 子育て")]
    actual = [_indicator("転入者数", "1 しごと / 1-1 雇用"), _indicator("出生数", "1 しごと / 1-1 雇用"),
              _indicator("観光客数", "3 まち")]  # a name expected nowhere is the indicator score's extra, not here
    [mismatch] = goal_mismatches(actual, expected)
    assert (mismatch.kpi_name, mismatch.read, mismatch.expected, mismatch.flagged) == (
        "出生数", "1 しごと / 1-1 雇用", ("2 ひと / 2-1 子育て",), False)


def test_a_name_expected_under_two_goals_read_under_both_is_right_and_a_flagged_wrong_goal_says_so():
    expected = [_indicator("転入者数", "1 しごと"), _indicator("転入者数", "2 ひと")]
    assert goal_mismatches([_indicator("転入者数", "2 ひと"), _indicator("転入者数", "1 しごと")], expected) == []
    [mismatch] = goal_mismatches([_indicator("転入者数", "1 しごと"), _indicator("転入者数", "1 しごと", True)],
                                 expected)
    assert mismatch.flagged and mismatch.read == "1 しごと"


def test_a_goal_path_cut_short_is_partial_and_another_goal_is_not():
    expected = [_indicator("転入者数", "1 しごと / 1-1 雇用の創出")]
    cut = goal_mismatches([_indicator("転入者数", "1 しごと / 1-1 雇用の")], expected)
    outer = goal_mismatches([_indicator("転入者数", "1 しごと")], expected)
    other = goal_mismatches([_indicator("転入者数", "2 ひと / 2-1 子育て")], expected)
    assert cut[0].partial and outer[0].partial and not other[0].partial


def test_a_goal_path_with_an_inner_level_added_is_deeper_not_another_goal():
    expected = [_indicator("転入者数", "1 しごと / 1-1 雇用の創出")]
    [deeper] = goal_mismatches([_indicator("転入者数", "1 しごと / 1-1 雇用の創出 / ①")], expected)
    [other] = goal_mismatches([_indicator("転入者数", "1 しごと / 1-2 人材 / ①")], expected)
    assert deeper.deeper and not deeper.partial and not deeper.other
    assert not other.deeper and other.other


def _texts(name: str, reason: str, department: str = "", progress: str = "", uncertain: bool = False) -> dict:
    return {"kpi_name": name, "reason": reason, "department": department, "progress": progress,
            "uncertain": uncertain}


def test_a_reason_wrapped_otherwise_is_right_and_one_with_its_first_line_lost_is_wrong():
    """Spaces and line breaks inside a cell do not count (`コロナ禍による\n停滞のため。` is the golden's reason);
    a reason that lost its first line, a header word read as a reason and a department run into the progress label
    are wrong, unflagged unless the indicator is `uncertain`; an expected text read as nothing is missing."""
    expected = [_texts("新規求人数", "コロナ禍による 停滞のため。", "商工課", "進捗の遅れ"),
                _texts("転入者数", "", "企画課", "順調に進捗")]
    assert text_mismatches([_texts("新規求人数", "コロナ禍による\n停滞のため。", "商工課", "進捗の遅れ"),
                            _texts("転入者数", None, "企画課", "順調に進捗")], expected) == []
    found = text_mismatches([_texts("新規求人数", "停滞のため。", "商工課進捗の遅れ", None),
                             _texts("転入者数", "進捗", "企画課", "順調に進捗", uncertain=True)], expected)
    described = sorted((m.column, m.kpi_name, m.read, m.wrong, m.flagged) for m in found)
    assert described == [("department", "新規求人数", "商工課進捗の遅れ", True, False),
                         ("progress", "新規求人数", "", False, False),
                         ("reason", "新規求人数", "停滞のため。", True, False),
                         ("reason", "転入者数", "進捗", True, True)]


def test_a_text_field_the_expectation_does_not_hold_is_not_scored():
    expected = [{"kpi_name": "転入者数", "department": "企画課"}]
    assert text_mismatches([_texts("転入者数", "何かの理由", "企画課", "順調")], expected) == []
