"""Two text columns on a PDF page (`ingest.pdf.textcolumns`): found from character positions, a table's columns not."""

from __future__ import annotations

from ingest.pdf.textcolumns import column_band

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
