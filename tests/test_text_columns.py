"""Two text columns (`ingest.textcolumns`): found from a PDF's character positions or a text layer's gutter of
spaces, and a table's columns not."""

from __future__ import annotations

from ingest.textcolumns import column_band, reading_order

SIZE = 9.0


def _line(top: float, *runs: tuple[float, str]) -> dict:
    """A text line of pdfplumber's shape: each run (left x, text) set in square characters of `SIZE` points."""
    chars = [{"x0": x + i * SIZE, "x1": x + (i + 1) * SIZE, "top": top, "bottom": top + SIZE, "size": SIZE, "text": ch}
             for x, text in runs for i, ch in enumerate(text)]
    return {"x0": chars[0]["x0"], "x1": chars[-1]["x1"], "top": top, "bottom": top + SIZE, "chars": chars,
            "text": " ".join(text for _, text in runs)}


LEFT, RIGHT = 50.0, 320.0  # two columns of 26 characters, a gutter of 36 points (4 characters)
SENTENCE = "あ" * 26


def test_two_columns_of_wrapped_sentences_are_cut_in_the_gutter():
    lines = [_line(40, (120, "第３期総合戦略　概要版の見出しが両方の段にかかる")),  # across the gutter: above the band
             _line(60, (LEFT, "基本目標１"), (RIGHT, "基本目標２")),
             _line(72, (LEFT, SENTENCE), (RIGHT, SENTENCE)),
             _line(84, (LEFT, "い" * 5), (RIGHT, SENTENCE)),
             _line(96, (LEFT, SENTENCE), (RIGHT, "う" * 3)),
             _line(108, (LEFT, SENTENCE), (RIGHT, SENTENCE))]
    band = column_band(lines)
    assert band is not None
    assert (band.top, band.bottom) == (60, 117)
    assert LEFT + 26 * SIZE < band.cut < RIGHT


def test_a_table_of_names_and_values_is_no_pair_of_text_columns():
    # the value column is narrow and its values do not wrap at one right edge
    lines = [_line(60 + 12 * i, (LEFT, name), (RIGHT, value)) for i, (name, value) in enumerate(
        [("指標名", "目標値"), ("市内従業者数", "22,000人"), ("新規創業件数", "25件"), ("観光消費額", "50億円"),
         ("転入者数", "1,450人")])]
    assert column_band(lines) is None


def test_a_gutter_seen_on_few_lines_is_no_column_break():
    lines = [_line(60, (LEFT, SENTENCE), (RIGHT, SENTENCE)), _line(72, (LEFT, SENTENCE), (RIGHT, SENTENCE)),
             _line(84, (LEFT, SENTENCE + "え" * 30))]
    assert column_band(lines) is None


def _layout(*pairs: tuple[str, str]) -> list[str]:
    """Lines as `pdftotext -layout` prints two columns: the right one from character 40."""
    return [f"{left:<40}{right}".rstrip() for left, right in pairs]


def test_a_text_layer_printing_two_columns_side_by_side_is_read_one_after_the_other():
    left = ["基本目標１ 働く場をつくる", "・創業件数：基準値 18 件（R5）→ 目標値 25 件", "（R11）",
            "・雇用者数：基準値 2,140 人（R5）→ 目標値 2,200", "人（R11）"]
    right = ["基本目標２ 人を呼び込む", "・転入者数：基準値 1,320 人（R5）→ 目標値", "1,450 人（R11）",
             "・相談件数：基準値 210 件（R5）→ 目標値 300", "件（R11）"]
    lines = ["概要版", *_layout(*zip(left, right, strict=True)), "", "資料：市調べ"]
    assert reading_order(lines) == [("概要版", 0), *((text, i) for i, text in enumerate(left, start=1)),
                                    *((text, i) for i, text in enumerate(right, start=1)), ("", 6), ("資料：市調べ", 7)]


def test_a_text_table_of_names_and_values_keeps_its_lines():
    lines = _layout(("指標名", "目標値"), ("市内従業者数", "22,000人"), ("新規創業件数", "25件"),
                    ("観光消費額", "50億円"), ("転入者数", "1,450人"))
    assert reading_order(lines) == [(line, i) for i, line in enumerate(lines)]


def test_a_band_of_two_columns_ends_with_its_page():
    """Each page's columns are read on their own (layouts 145: two boxes a slide): the gutter of page 1 running on
    down page 2 would read page 1's right column after page 2's heading."""
    left = ["基本目標１ 働く場をつくる", "・創業件数：基準値 18 件（R5）→ 目標値 25 件", "（R11）",
            "・雇用者数：基準値 2,140 人（R5）→ 目標値 2,200", "人（R11）"]
    right = ["　", "・転入者数：基準値 1,320 人（R5）→ 目標値", "1,450 人（R11）",
             "・相談件数：基準値 210 件（R5）→ 目標値 300", "件（R11）"]
    page_one = _layout(*zip(left, right, strict=True))
    page_two = ["\f基本目標２ 人を呼び込む", *_layout(*zip(left[1:], right[1:], strict=True))]
    order = reading_order([*page_one, *page_two])
    heading = [text for text, _ in order].index("\f基本目標２ 人を呼び込む")
    assert {i for _, i in order[:heading]} == set(range(len(page_one)))


def test_the_left_column_running_on_below_the_right_one_stays_in_the_band():
    """Layouts 178 (a page set in two columns): the left column's KPI box runs three lines further down than the right
    column's last line, at the same line pitch: those lines are the left column's; a footnote after a wider gap is
    not (invented lines)."""
    lines = [_line(60 + 12 * i, (LEFT, SENTENCE), (RIGHT, SENTENCE)) for i in range(5)]
    lines += [_line(120, (LEFT, "・胃がん検診の受診率")), _line(132, (LEFT, "8.6%（R5）→ 15.0%（R10）")),
              _line(180, (LEFT, "※現状値は令和５年度の数値です。"))]
    band = column_band(lines)
    assert band is not None and (band.top, band.bottom) == (60, 141)
