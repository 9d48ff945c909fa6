"""The mechanisms layouts 119-126 (tests/layouts_styles.py) brought in, on small invented inputs."""

from __future__ import annotations

from ingest.table.header import continued_heading, side_caption
from ingest.table.rows import department_prefix
from ingest.text.blocks import upright_headers


def test_a_heading_marked_continued_restates_the_heading_before_it():
    assert continued_heading("基本目標１　魅力ある雇用の場をつくる（続き）") == "基本目標１　魅力ある雇用の場をつくる"
    assert continued_heading("基本目標２（つづき）") == "基本目標２"
    assert continued_heading("基本目標１　続きを読む力を育てる") is None  # the word inside a title is no mark


def test_a_bracketed_caption_closing_a_prose_line_names_its_kind():
    assert side_caption("本市の観光入込客数は、令和元年に　【重要業績評価指標（KPI）】") == "KPI"
    assert side_caption("【数値目標】") is None  # a caption alone is kind_of's, not a side caption
    assert side_caption("本市は重要業績評価指標（KPI）を定めます") is None  # no bracket: prose naming a kind


def test_a_grouping_department_is_cut_off_a_name_even_before_kana():
    assert department_prefix("企画課ふるさと納税の寄附件数", grouped=True) == ("企画課", "ふるさと納税の寄附件数")
    assert department_prefix("企画課ふるさと納税の寄附件数") is None  # outside a grouped table: one name, kept


def test_upright_header_cells_are_read_across_by_position_by_order_and_one_glyph_a_line():
    layout = ["          基        目", "指標名                         担当課", "          準        標",
              "          値        値", "          R1       R7", "転入者数  120人    150人   企画課"]
    read = upright_headers(layout)
    assert len(read) == len(layout) and read[:4] == ["", "", "", ""]
    assert read[4].split() == ["指標名", "基準値R1", "目標値R7", "担当課"]
    plain = ["基 目", "準 標", "指標名 担当課", "値 値", "R1 R7", "転入者数 120人 150人 企画課"]
    assert upright_headers(plain)[4] == "指標名 基準値R1 目標値R7 担当課"
    raw = ["指標名", "基", "準", "値", "R1", "目", "標", "値", "R7", "担当課", "転入者数 120人 150人 企画課"]
    assert [line for line in upright_headers(raw) if line][:4] == ["指標名", "基準値R1", "目標値R7", "担当課"]


def test_lines_of_single_glyphs_too_few_to_be_an_upright_header_are_left_as_printed():
    lines = ["人 人", "指標名 基準値 目標値", "転入者数 120 150"]
    assert upright_headers(lines) == lines
