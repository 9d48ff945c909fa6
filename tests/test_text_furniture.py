"""Page furniture shared by the text readers: page-number lines and running titles."""

from __future__ import annotations

import pytest

from ingest.text.furniture import (
    beside_cells,
    furniture_line,
    line_pages,
    numbered_footers,
    page_number_line,
    running_titles,
)


@pytest.mark.parametrize("line", ["- 12 -", "― 3 ―", "—12—", "p.12", "P. 12", "page 3", "12 / 40", "１２／４０",
                                  "1 / 2", "  - 2 -  "])
def test_a_marked_page_number_is_furniture_everywhere(line: str):
    assert page_number_line(line)
    assert page_number_line(line, bare=True)


@pytest.mark.parametrize("line", ["12", "１２"])
def test_a_bare_number_is_a_page_number_only_where_the_reader_says_so(line: str):
    assert not page_number_line(line)
    assert page_number_line(line, bare=True)


@pytest.mark.parametrize("line", ["5/3", "0 / 2", "12件", "- 12", "△12", "12 / 40 件", "R5", "p.12 参照", ""])
def test_a_value_or_a_ratio_is_no_page_number(line: str):
    # `5/3` is past its count (a ratio), `- 12` a negative figure: cells, not furniture
    assert not page_number_line(line, bare=True)


def test_a_bare_number_is_furniture_only_before_a_page_break():
    lines = ["出生数 812人", "3", "", "4", "転入者数"]
    assert [furniture_line(lines, i) for i in range(len(lines))] == [False, True, True, False, False]


def test_a_line_beside_page_numbers_on_most_pages_is_a_running_title():
    # pypdfium2 prints a page's header right after the previous page's footer (`1 / 3`), no blank line between
    lines = ["星見台市 第２期総合戦略", "出生数 812人", "1 / 3", "星見台市 第２期総合戦略", "転入者数 4,120人", "2 / 3",
             "星見台市 第２期総合戦略", "移住相談件数 210件", "3 / 3"]
    assert running_titles(lines) == {"星見台市 第２期総合戦略"}


def test_a_running_title_printed_with_the_page_number_on_one_line():
    # a slide deck's footer (invented): the title and the page number on one line, the number rising page by page
    lines = ["基本目標１ しごとをつくる", "出生数 812人", "白波町創生推進会議 資料１ 2", "転入者数 4,120人",
             "白波町創生推進会議 資料１ 3"]
    assert running_titles(lines) == {"白波町創生推進会議 資料１ 2", "白波町創生推進会議 資料１ 3"}
    # rows of one table ending in a bare number whose name repeats are no footers when the numbers do not rise
    lines = ["乳幼児健診の受診率（％） 集計中 98", "乳幼児健診の受診率（％） 集計中 95"]
    assert running_titles(lines) == set()


def test_a_footer_with_its_page_number_on_every_page_is_furniture():
    # a slide deck's footer, the page number one space after it; a row ending in a value is printed once
    lines = ["年間出生数 812 人 850 人", "桐生野市総合戦略推進懇話会（令和５年８月） 2", "基本目標２",
             "病児保育の利用日数 620 日 1,000 日", "桐生野市総合戦略推進懇話会（令和５年８月） 3"]
    assert numbered_footers(lines) == {lines[1], lines[4]}
    assert {lines[1], lines[4]} <= running_titles(lines)


def test_lines_repeating_a_text_with_numbers_that_do_not_rise_are_no_footer():
    # the same name over two tables with its value (`市の人口 3` then `市の人口 2`) is no page's footer
    assert numbered_footers(["市内の事業所数の推移 3", "指標名 値", "市内の事業所数の推移 2"]) == set()


def test_pages_shown_by_form_feeds_or_page_numbers_and_none_where_the_text_shows_neither():
    # pdftotext opens a page with a form feed; pypdfium2's pages are joined by a newline, `- 1 -` ending page 1
    assert line_pages(["表題", "行", "\f次の頁", "行", "\f"]) == [0, 0, 1, 1, 2]
    assert line_pages(["行", "- 1 -", "行"], shown=True) == [0, 0, 1]
    # one page, or pages joined with no mark: which the text does not say
    assert line_pages(["表題", "行", "行"]) == [0, 0, 0]
    assert line_pages(["表題", "行", "行"], shown=True) == []


@pytest.mark.parametrize("line", ["※住民基本台帳による", "※１ 目標値は第２期計画策定時に上方修正",
                                  "（※年度末時点の数値）", "注）端数処理の関係で合計が一致しない場合がある。",
                                  "注1) 速報値", "出典：住民基本台帳", "資料：市民意識調査（令和4年度）", "P.31",
                                  "－18－"])
def test_a_note_or_a_page_number_is_beside_the_cells(line: str):
    assert beside_cells(line)


@pytest.mark.parametrize("line", ["宿泊者数（人）", "（人）", "（累計）", "注目度の割合", "資料2", "出典", "29"])
def test_a_names_wrapped_rest_is_no_note(line: str):
    # a bare number is a page number only where the caller says so (`bare`)
    assert not beside_cells(line)
