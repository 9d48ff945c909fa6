"""What a document says about itself: its title (ingest/title.py) and its edition's publication date
(ingest/published.py), and the edition order they give (align.profile.edition_key).

Expected titles were read by hand from each document's first lines (raw_docs/README.md says what each is).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from align.profile import edition_key, ordered_documents
from ingest.document import load
from ingest.government import title_region_of_text
from ingest.published import PublishedReading, line_dates, read_published
from ingest.title import read_title

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = ROOT / "tests" / "fixtures" / "layouts"


def _title(lines: list[str]):
    return read_title(lines, title_region_of_text(lines))


# --- the five source documents ------------------------------------------------------------------------------

def test_source_documents_titles(dataset):
    docs = {row["source_file"][:3]: row for row in dataset.tables["documents"].to_pylist()}
    # 002: the sheet's title, printed at the end of every page block (first at line 178)
    assert docs["002"]["title"] == "令和5年度 第2期伊勢崎市まち・ひと・しごと創生総合戦略効果検証シート"
    assert docs["002"]["title_location"] == "line 178"
    # 003: the cover's first line
    assert docs["003"]["title"] == "第 2 期 伊勢崎市まち・ひと・しごと創生 総合戦略 (改訂素案)"
    assert docs["003"]["title_location"] == "line 1"
    # 000 starts with the section heading `1. 総合戦略の効果検証`, 001 with the slide heading `数値目標の達成状況`,
    # 004 with `１ 重点プロジェクトとは`: excerpts without cover; no title, and a warning saying so
    firsts = {"000": "1. 総合戦略の効果検証", "001": "数値目標の達成状況", "004": "1 重点プロジェクトとは"}
    for name, first in firsts.items():
        assert docs[name]["title"] is None and docs[name]["title_location"] is None
        assert any(w.startswith("no title printed") and first in w for w in docs[name]["warnings"]), name


def test_source_documents_publication_dates(dataset):
    docs = {row["source_file"][:3]: row for row in dataset.tables["documents"].to_pylist()}
    # 003 line 3 `令和3年3月 (令和6年3月一部改訂)`: the revision is this edition
    assert (docs["003"]["published"], docs["003"]["published_location"]) == ("2024-03", "line 3")
    # the others print no date on a cover or colophon (000's `令和4年12月に…を策定して` is prose)
    assert [docs[n]["published"] for n in ("000", "001", "002", "004")] == [None] * 4


# --- other municipalities' documents (tests/fixtures/layouts, hand-made) ------------------------------------

#: Each document's title, read by hand from its first lines (NFKC, as the documents table stores it).
LAYOUT_TITLES = {
    "01_kpi_table_western_years.txt": "みどり野町 第2期まち・ひと・しごと創生総合戦略(2020年度~2024年度)",
    "02_banner_arrow_list.txt": "北浜村 まち・ひと・しごと創生総合戦略(概要版)",
    "03_national_form_cell_per_line.txt": "東雲町 地方創生関係交付金事業 効果検証シート",  # line 1 is `様式第２号…`
    "04_year_major_sheet.txt": "若杉市 第2期総合戦略 数値目標の達成状況(令和5年度検証)",
    "05_pipe_table_from_html.txt": "青葉川市 第3期総合戦略 成果指標一覧",  # `# ` is markdown, not title
    "06_pdftotext_layout_page.txt": "川辺村 第2期総合戦略",  # the page number `- 12 -` beside it dropped
    "07_blog_arrow_list.txt": "さくら台市議会議員 やまだ花子の市政レポート",  # names no plan: a kind of document
    "08_two_segment_cells.txt": "東山市 健康づくり・教育 成果指標(令和6年度版)",
    "09_unit_column_midterm.txt": "若葉台町 第3期総合戦略 重要業績評価指標一覧",
    "10_cp932_rates_and_qualifiers.txt": "桜ヶ丘町 まち・ひと・しごと創生総合戦略 効果検証(令和5年度)",
    "12_plan_prose_statements.txt": "風見町 第6次総合計画 基本計画(令和6年度~令和10年度)",
    "13_one_line_document.txt": "霧島台村 まち・ひと・しごと創生総合戦略 概要",  # the one line cut at 基本目標１
    "14_era_abbreviation_columns.txt": "青葉川市 第2期総合戦略 進捗状況一覧(令和3年度版)",
    "15_direction_word_targets.txt": "桜ヶ丘町 第6次総合計画 前期基本計画(令和5年度~令和10年度)",
    "16_numeric_goal_banners.txt": "水無瀬市 まち・ひと・しごと創生総合戦略(第2期)",
    "17_grade_table_achievement_rate.txt": "東郷川市 第2期まち・ひと・しごと創生総合戦略 令和4年度 効果検証結果",
    "18_midterm_final_targets.txt": "桜井沢町 第6次総合計画 前期基本計画 成果指標一覧",
    "19_values_with_own_years.txt": "北見沢町 第2期総合戦略 重要業績評価指標(KPI)一覧",
    "20_two_row_header_merged_actuals.txt": "西ノ宮町 まち・ひと・しごと創生総合戦略 効果検証シート(令和5年度)",
    "21_numbered_prose_kpi.txt": "南陽台市 第2期総合戦略(改訂版)",
    "22_excel_csv_export.txt": "鶴見野村 第2期総合戦略 KPI進捗管理表",  # a CSV line: quotes and empty cells dropped
    "23_department_caption_per_measure.txt": "若狭浜市 総合戦略 施策別重要業績評価指標(令和4年度実績)",
    "24_evaluation_marks_cumulative.txt": "みどり台市 総合戦略 令和5年度 評価シート",
    "25_point_increase_targets.txt": "川内原町 第2期総合戦略 数値目標及び重要業績評価指標",
    "26_name_column_last.txt": "上郷市 第3次総合計画 実施計画(令和5年度~令和7年度)",
    "27_english_headers.txt": "Kita-Minato City 北湊市 第2期総合戦略 KPI Progress Report(FY2022)",
    # the report year `令和５年度` stands alone on the next line, right-aligned: not part of the title line
    "30_prefecture_layout_text_estimates.txt": "北嶺県 まち・ひと・しごと創生総合戦略 数値目標・KPI 進捗状況",
    "31_value_year_below_layout.txt": "霧島台市 第2期まち・ひと・しごと創生総合戦略(令和2年3月)",
    "32_target_actual_rows.txt": "白鷺町 第2期総合戦略 効果検証シート(令和5年度)",  # `# ` is markdown
    "42_roman_numeral_goals.txt": "朝霧町 第2期まち・ひと・しごと創生総合戦略(改訂版)",
    "60_name_over_role_values.txt": "朝比奈町 第3期まち・ひと・しごと創生総合戦略(令和7年度~令和11年度)",
    "61_bullet_list_double_arrows.txt": "雲雀野村 第2期総合戦略(改訂版)",
    "62_targets_without_baseline.txt": "奥霞町 第2期まち・ひと・しごと創生総合戦略",
    "63_sentence_targets_in_prose.txt": "汐見台市 第2期総合戦略(令和7年3月改訂)",
    "64_statements_across_lines.txt": "千草浜市 第3期総合戦略 重要業績評価指標一覧",
    "217_activity_outcome_rows_tabbed.txt": "令和5年度 事務事業評価シート(桐ヶ谷市)",
    "218_direction_column_change_targets_tabbed.txt": "第5次桐ヶ谷市総合計画 後期基本計画",
}


@pytest.mark.parametrize("name", sorted(LAYOUT_TITLES))
def test_layout_document_titles(name):
    document = load(LAYOUTS / name)
    assert _title(document.lines).text == LAYOUT_TITLES[name]


def test_layout_documents_are_all_checked():
    assert {p.name for p in LAYOUTS.glob("*.txt")} == set(LAYOUT_TITLES)


def test_blog_date_is_its_publication_date():
    document = load(LAYOUTS / "07_blog_arrow_list.txt")
    assert read_published(document.lines, title_region_of_text(document.lines)) == PublishedReading("2024-06-12", 1)


SHEET_TITLE = "令和5年度 第2期伊勢崎市まち・ひと・しごと創生総合戦略効果検証シート"


@pytest.mark.parametrize(("name", "title"), [
    # the title line carries `資料２` at its right end; the larger font wins over the table caption
    ("tests/fixtures/pdf/sample_kensho_sheet_r5.pdf", SHEET_TITLE),
    ("tests/fixtures/pdf_producers/kensho_none.pdf", SHEET_TITLE),
    ("tests/fixtures/layouts/11_village_banners_ruled.pdf", "山吹村 第2期まち・ひと・しごと創生総合戦略"),
    # a chapter without its cover: page 1 starts with the goal heading `基本目標1 しごとの創生`
    ("tests/fixtures/pdf/sample_strategy_kpi.pdf", None),
])
def test_pdf_titles(name, title):
    from ingest.registry import extract

    extraction = extract(load(ROOT / name))
    assert extraction.title == title
    assert extraction.title_location == ("p.1" if title else None)
    assert bool(extraction.cover_warnings) == (title is None)


#: Titles of the layout PDFs 33-51 and 65-67, read by hand from the first lines of each (NFKC, one space between parts).
LAYOUT_PDF_TITLES = {
    "33_pdf_excel_merged_goals.pdf": "鷹ノ巣町 第2期総合戦略 KPI一覧(令和6年度)",  # a spreadsheet's merged title cell
    "34_pdf_word_caption_tables.pdf": "椿ヶ丘市 第2期まち・ひと・しごと創生総合戦略",
    "35_pdf_year_columns.pdf": "大川原村 第2期総合戦略 数値目標",
    "36_pdf_two_indicators_one_row.pdf": "浜風町 総合戦略 重要業績評価指標(KPI)",
    "37_pdf_evaluation_policy_prose.pdf": "令和5年度 若松台市総合戦略 効果検証結果",
    "38_pdf_segment_rows.pdf": "松原町 第2期総合戦略 健康分野の進捗状況(令和5年度)",
    "39_pdf_status_words.pdf": "白樺町 総合戦略 重要業績評価指標の進捗状況",
    "40_pdf_policy_headings.pdf": "高森町 第5次総合計画 後期基本計画",
    "41_pdf_a3_two_up.pdf": "若竹町 第2期まち・ひと・しごと創生総合戦略 概要",  # over two goals side by side
    "43_pdf_evaluation_form_boxes.pdf": "梨ノ木町 令和5年度 施策評価シート",
    "44_pdf_year_major_columns.pdf": "青葉沢村 第2期総合戦略 数値目標の推移",
    "45_pdf_continued_header_repeated.pdf": "星見台市 第2期まち・ひと・しごと創生総合戦略",  # not the running header
    "46_pdf_scanned_page.pdf": "白鷺台町 第2期総合戦略 重要業績評価指標",
    "47_pdf_excel_year_major_tiny.pdf": "柿ノ沢村 総合戦略 KPI推移表",  # a spreadsheet's merged title cell
    "48_pdf_two_row_header_footnotes.pdf": "楓台市 総合戦略 令和5年度 進捗状況",
    "49_pdf_inline_mini_tables.pdf": "水鏡町 第2期まち・ひと・しごと創生総合戦略",
    "50_pdf_range_targets.pdf": "桃井原市 第2期総合戦略 重要業績評価指標(KPI)",
    "51_pdf_form_key_value_pairs.pdf": "若菜野町 令和5年度 事務事業評価シート",
    "52_pdf_excel_filled_borders.pdf": "樫ノ木町 第2期総合戦略 KPI進捗管理表(令和5年度)",
    "53_pdf_double_dotted_rules.pdf": "鷺ノ森市 第2期まち・ひと・しごと創生総合戦略",
    "54_pdf_zebra_rows_unruled.pdf": "柊野村 総合戦略 効果検証シート(令和4年度)",
    # a spreadsheet's merged title cell
    "55_pdf_actuals_over_years.pdf": "楠見市 第2期まち・ひと・しごと創生総合戦略 KPI評価一覧(令和5年度)",
    "56_pdf_strategy_prose_measure_tables.pdf": "杉ノ浦町 第2期まち・ひと・しごと創生総合戦略",
    "57_pdf_row_split_page_break.pdf": "茜台市 第2期総合戦略 重要業績評価指標の進捗(令和5年度)",
    "58_pdf_glyph_by_glyph_spacing.pdf": "蓮見原町 第2期総合戦略 施策の達成状況",  # each glyph its own text object
    # the body's title, not the running header over it that names the plan too
    "59_pdf_running_title_page_numbers.pdf": "令和5年度 朱鷺野市総合戦略 効果検証報告書",

    "65_pdf_numeric_goal_boxes.pdf": "鈴鹿野町 第3期まち・ひと・しごと創生総合戦略",
    "66_pdf_statement_page_break.pdf": "磯辺原市 第2期まち・ひと・しごと創生総合戦略",  # not the running header
    "67_pdf_prose_sentence_targets.pdf": "灯台岬村 第2期総合戦略(改訂版)",
    "68_pdf_dot_leaders.pdf": "萩野台町 第2期まち・ひと・しごと創生総合戦略【概要版】",
    # printed `KPI進捗`: LibreOffice sets the Latin run apart
    "69_pdf_units_in_header.pdf": "桐ヶ谷市 第2期総合戦略 KPI 進捗状況(令和5年度)",
    "70_pdf_year_rows_indicator_groups.pdf": "大沢原村 総合戦略 数値目標の推移",  # a spreadsheet's merged title cell
    # a joint strategy: the vision of a 定住自立圏 (its plan word 共生ビジョン)
    "71_pdf_joint_vision_members.pdf": "鷹見・山吹川定住自立圏 第2次共生ビジョン 成果指標の進捗",
    "72_pdf_kpi_cards.pdf": "柚ノ木町 令和5年度 総合戦略KPI評価シート",
    "73_pdf_breakdown_rows.pdf": "宮ノ原市 第2期総合戦略 重要業績評価指標一覧",
    "74_pdf_wide_sheet_two_pages.pdf": "栗ヶ丘町 第2期総合戦略 KPI進捗管理表",
    "75_pdf_browser_printed_page.pdf": "第2期朝霧市総合戦略の重要業績評価指標(KPI)",  # not the breadcrumbs
    "76_pdf_kanji_numeral_targets.pdf": "白鷺村 第3期総合戦略",
    "77_pdf_two_baselines_in_cell.pdf": "石蕗市 第2期総合戦略 令和5年度 効果検証",
    "78_pdf_vertical_goal_column.pdf": "萩の浦町 第2期総合戦略 KPI一覧",
    "79_pdf_progress_rate_grades.pdf": "檜山町 令和5年度 総合戦略 効果検証結果",
    "80_pdf_change_column.pdf": "柏ヶ浜市 第2期総合戦略 KPI進捗状況(令和5年度)",
    "81_pdf_year_before_role_headers.pdf": "若葉台市 第2期総合戦略 進捗状況報告",
    "82_pdf_approximate_qualitative_values.pdf": "朝日ヶ原町 総合戦略 令和5年度 進捗状況",
    "83_pdf_value_footnote_marks.pdf": "紅葉川市 第2期総合戦略 令和5年度 KPI進捗状況",
    "84_pdf_target_actual_row_pairs.pdf": "松ヶ枝村 総合戦略 数値目標の達成状況",
    "85_pdf_kpi_header_spanning.pdf": "楓台町 第2期まち・ひと・しごと創生総合戦略",
    "86_pdf_excel_grey_rules.pdf": "青葉沢町 総合戦略 KPI進捗管理表",  # a spreadsheet's merged title cell
    "87_pdf_word_numbered_sub_indicators.pdf": "桜川市 第2期総合戦略(改訂版)",
    "88_pdf_fullwidth_spaced_thousands.pdf": "白鷺町 第2期総合戦略 重要業績評価指標(KPI)の状況",
    "89_pdf_subtotal_rows.pdf": "青葉川市 総合戦略 効果検証シート(令和5年度)",
    "90_pdf_baseline_arrow_target_cell.pdf": "桐ヶ谷村 第2期総合戦略(概要版)",
    "91_pdf_slide_deck_table.pdf": "柊野市 総合戦略推進会議",  # the deck's footer line; `資料` a side mark
    "92_pdf_two_targets_yearly_actuals.pdf": "栗原台町 第2次総合計画 前期基本計画 成果指標の推移",
    "93_pdf_turned_table_portrait.pdf": "萩野市 第2期総合戦略 資料編",
    "94_pdf_rate_in_actual_cell.pdf": "椎名町 総合戦略 KPIの達成状況(令和5年度)",
    "95_pdf_population_projection_distractor.pdf": "榊原町 第3期まち・ひと・しごと創生総合戦略",
    "96_pdf_budget_statistics_distractors.pdf": "楢崎市 総合戦略 令和6年度 実施計画",
    "97_pdf_excel_shrink_checkbox_grades.pdf": "柳瀬村 総合戦略 KPI進捗管理表(令和5年度)",
    "98_pdf_hierarchical_kpi_codes.pdf": "檀原市 第2期総合戦略 重要業績評価指標一覧",
    "99_pdf_era_transition_headers.pdf": "杉浦町 第2期総合戦略 効果検証(令和5年度)",
    "100_pdf_compound_units_approx.pdf": "宮瀬市 第2期総合戦略 KPI一覧",
    "101_pdf_side_by_side_tables.pdf": "桧原村 総合戦略(概要版)",
    "102_pdf_indicator_repeated_chapters.pdf": "椿野町 第3期総合戦略",
    "103_pdf_excel_text_overflow.pdf": "朝霧町 総合戦略 KPI進捗管理表(令和5年度)",
    "104_pdf_wrapped_number_cells.pdf": "椎葉市 第2期総合戦略 重要業績評価指標(KPI)",
    "105_pdf_two_targets_achievement_marks.pdf": "若葉台町 総合戦略 効果検証結果(令和5年度)",
    "106_pdf_unit_line_in_name_cell.pdf": "深山村 第2期総合戦略",
    "107_pdf_corner_tags_stamps.pdf": "梨本市 第2期総合戦略 数値目標の達成状況",  # not `【別紙】（案）` nor `資料２`
    "108_pdf_prefecture_municipal_values.pdf": "白峰県 第2期総合戦略 令和5年度 進捗状況",
    "109_pdf_inline_value_qualifiers.pdf": "栃尾町 総合戦略 KPI進捗状況(令和6年2月時点)",
    "110_pdf_three_row_merged_header.pdf": "雲井市 第2期総合戦略 重要業績評価指標の推移",
    "111_pdf_calc_goal_cells_across_pages.pdf": "萩ノ森町 第2期総合戦略 効果検証シート(令和5年度)",
    "112_pdf_writer_measure_two_row_header.pdf": "白鷺台市 第2期まち・ひと・しごと創生総合戦略 進捗状況報告書",
    "113_pdf_calc_fit_to_page_a3.pdf": "青嵐市 総合戦略 KPI進捗管理表(令和5年度末)",
    "114_pdf_writer_value_over_year.pdf": "夕凪村 第2期総合戦略 数値目標と重要業績評価指標",
    "115_pdf_calc_header_only_rules.pdf": "千草町 総合戦略 KPI達成状況一覧(令和5年度)",
    "116_pdf_calc_evaluation_words.pdf": "月見坂市 総合戦略 効果検証結果(令和5年度)",
    "117_pdf_html_goal_band_rows.pdf": "水鏡町 第2期総合戦略 重要業績評価指標(KPI)",  # the heading wrapped in two lines
    "118_pdf_calc_japanese_number_formats.pdf": "鈴鳴村 人口ビジョン・総合戦略 数値目標の進捗管理表",
    "119_pdf_era_actuals_target_year_header.pdf": "青葉沢町 総合戦略 効果検証シート(令和3年度)",
    "120_pdf_symbol_progress_legend.pdf": "紅葉原市 第2期総合戦略 令和4年度 進捗状況",
    "121_pdf_approx_month_end_values.pdf": "柚木島村 総合戦略 数値目標の状況",
    "122_pdf_continued_goal_no_header.pdf": "桐ケ丘市 第3期総合戦略",
    "123_pdf_department_merged_left.pdf": "蓮沼町 総合戦略 重要業績評価指標(KPI)担当課別一覧",
    "124_pdf_sentence_goal_over_table.pdf": "槙野町 第2期まち・ひと・しごと創生総合戦略",
    "125_pdf_two_text_columns.pdf": "萱野市 第2期総合戦略 施策の展開",
    "126_pdf_vertical_value_headers.pdf": "白樺台村 総合戦略 数値目標・KPI進捗表",
    "141_pdf_docx_kgi_over_kpi_rows.pdf": "柏木町 第3期総合戦略 KGI・KPI一覧",
    "142_pdf_xlsx_triangle_change_grades.pdf": "朝日ヶ浦市 総合戦略 効果検証シート(令和5年度)",
    "143_pdf_html_rank_fraction_values.pdf": "三津浜町 第2期総合戦略 重要業績評価指標(KPI)",
    "144_pdf_xlsx_yearly_target_columns.pdf": "若狭原村 第3期総合戦略 KPI年次目標",
    "146_pdf_docx_labelled_figures_cell.pdf": "水無瀬市 第2次総合計画 前期基本計画",
    "147_pdf_xlsx_year_subrow_unit_last.pdf": "桜川台市 第2期総合戦略 施策別重要業績評価指標(KPI)",
    "148_pdf_docx_actual_rate_in_brackets.pdf": "楢葉原町 第2期総合戦略 効果検証シート(令和5年度)",
    "149_pdf_html_direction_with_number.pdf": "月ヶ瀬村 第3期総合戦略 重要業績評価指標(KPI)",
    "150_pdf_docx_three_level_measures.pdf": "白鷺台市 総合戦略 実施計画(令和6年度~令和10年度)",
    "151_pdf_xlsx_years_down_unit_headers.pdf": "葛城野町 第2期総合戦略 数値目標の推移",
    "152_pdf_xlsx_month_end_headers.pdf": "鳴沢谷村 第3期総合戦略 KPI進捗状況",
    "153_pdf_docx_formula_in_name_source_column.pdf": "朝霧野市 第2期総合戦略 重要業績評価指標(KPI)",
    "154_pdf_xlsx_kanji_mixed_amounts.pdf": "藤見川町 第2期総合戦略 KPI進捗管理表",
    "155_pdf_docx_target_year_per_row.pdf": "風越村 第3期総合戦略 重要業績評価指標(KPI)",
    "156_pdf_docx_goal_sentence_merged_left.pdf": "瀬戸浦市 第2期まち・ひと・しごと創生総合戦略",
    "157_pdf_xlsx_ratio_change_grade_legend.pdf": "北斗原市 総合戦略 効果検証シート(令和5年度実績)",
    "158_pdf_docx_vertical_year_headers.pdf": "宮ノ森町 総合戦略 KPIの推移",
    "159_pdf_xlsx_word_targets_mixed.pdf": "桐ヶ丘町 第3期総合戦略 KPI進捗管理表",
    "160_pdf_docx_state_word_actuals.pdf": "西ノ宮原市 総合戦略 効果検証結果(令和5年度)",
    "161_pdf_docx_two_segments_in_cell.pdf": "北浜町 第2次健康増進計画 成果指標一覧",
    "162_pdf_xlsx_page_header_footer.pdf": "東雲台市 総合戦略 重要業績評価指標(KPI)一覧",
    "163_pdf_docx_western_era_bracket_years.pdf": "青葉沢村 第3期総合戦略 重要業績評価指標(KPI)",
    "164_pdf_html_unit_in_caption_line.pdf": "南風原町 第2期総合戦略",
    "165_pdf_xlsx_alternating_target_actual.pdf": "東雲川市 第2期総合戦略 KPI進捗管理表",
    "166_pdf_docx_kpi_paragraphs_wrapped.pdf": "北浜町 第3期まち・ひと・しごと創生総合戦略",
    "167_pdf_docx_kpi_table_nested_in_box.pdf": "青葉ヶ丘市 第2期総合戦略 施策シート",
    "168_pdf_xlsx_two_goals_side_by_side.pdf": "白浜台町 第2期総合戦略 重要業績評価指標(KPI)一覧",
    "169_pdf_xlsx_three_level_header.pdf": "北条川市 総合戦略 KPIの推移",
    "170_pdf_docx_outline_letter_rows.pdf": "緑ヶ原村 第3期総合戦略 重要業績評価指標(KPI)",
    "171_pdf_xlsx_latest_value_trend_arrows.pdf": "湖南台市 総合戦略 KPI検証シート(令和5年度)",
    "172_pdf_docx_new_reprint_name_marks.pdf": "風早町 第3期総合戦略(改訂版) 重要業績評価指標(KPI)",
    "173_pdf_xlsx_cumulative_beside_actuals.pdf": "美笹村 第2期総合戦略 KPI進捗管理表",
    "174_pdf_html_dash_variants_change_words.pdf": "夕霧町 総合戦略 効果検証シート(令和5年度)",
    "175_pdf_docx_header_repeated_per_goal.pdf": "朝凪市 第2期総合戦略 重要業績評価指標(KPI)の達成状況",
    "176_pdf_xlsx_actual_rate_row_pairs.pdf": "青嶺県 第2期総合戦略 数値目標の達成状況",
    "177_pdf_docx_signed_goal_banners_kpi_marks.pdf": "萩ノ浦町 第3期総合戦略",
    "178_pdf_docx_two_column_kpi_box.pdf": "若葉台市 第2次総合計画 後期基本計画",
    "179_pdf_docx_target_year_first_items.pdf": "鹿野沢村 第3期総合戦略",
    "180_pdf_docx_two_indicator_sentences.pdf": "桐生野市 第2期総合戦略",
    "181_pdf_docx_goal_summary_phrase_targets.pdf": "桑名浜町 第3期総合戦略",
    # the cover's largest line; `第３期` stands smaller on the line above it
    "182_pdf_docx_cover_contents_page.pdf": "桜ノ宮町まち・ひと・しごと創生総合戦略",
    "183_pdf_kpi_blocks_header_per_indicator.pdf": "桐生野町 総合戦略 施策評価シート(令和5年度)",
    # the kanji numeral of `第二期` kept as printed
    "184_pdf_kanji_positional_numerals.pdf": "奥出雲野村 第二期総合戦略 重要業績評価指標の状況",
    "185_pdf_direction_arrow_column_pt.pdf": "早瀬市 第2期総合戦略 数値目標・KPIの進捗(令和5年度)",
    "186_pdf_spacer_and_unit_columns.pdf": "霧ヶ峰町 総合戦略 KPI進捗管理表",
    "187_pdf_numeric_score_grades.pdf": "真砂町 令和5年度 総合戦略 効果検証結果",
    "188_pdf_original_revised_targets.pdf": "千草市 第2期総合戦略(改訂版) 重要業績評価指標",
    "189_pdf_years_row_over_roles.pdf": "藤見台市 第2期総合戦略 KPIの達成状況",
    "190_pdf_year_rows_per_indicator.pdf": "白鷺台市 第2期総合戦略 KPIの年度別進捗",
    "191_pdf_thousand_yen_caption_rates.pdf": "青葉川町 令和5年度 効果検証シート",
    "192_pdf_segment_sub_rows_no_parent_values.pdf": "若竹町 第2期総合戦略 重要業績評価指標(KPI)の状況",
    # the page's largest line; the chapter heading stands smaller under it
    "193_pdf_docx_twelve_measure_mini_tables.pdf": "柳ヶ丘町 第3期総合戦略",
    "194_pdf_average_range_baseline.pdf": "月見野村 第2期総合戦略 数値目標の状況",
    "195_pdf_docx_numbered_pair_wrapped_name.pdf": "湊川市 第2期総合戦略 重要業績評価指標",
    "196_pdf_grant_effect_sheet_year_groups.pdf": "桜ヶ丘市 地方創生推進交付金事業 効果検証シート(令和5年度)",
    # the national grant plan and a sector plan (variety20: TITLE_WORDS)
    "197_pdf_regional_plan_kpi_increments.pdf": "柏原町 地域再生計画 地域の稼ぐ力を高める観光・産業振興計画",
    "198_pdf_segment_columns_under_roles.pdf": "朝霧市 第3次健康増進計画 数値目標",
    "199_pdf_docx_year_column_before_value.pdf": "北浜村 第2期総合戦略 数値目標",
    "200_pdf_target_and_actual_tables.pdf": "白浜町 第2期総合戦略 KPIの目標値と実績値",
    "201_pdf_unit_column_after_each_value.pdf": "水郷市 第2期総合戦略 KPI進捗管理表",
    "202_pdf_grant_kpi_groups_per_project.pdf": "若葉台市 令和5年度 地方創生推進交付金事業 効果検証シート",
    # variety22: a 行政評価 sheet; a title running over the cut between cards side by side (212) is one line
    "211_pdf_activity_outcome_indicator_rows.pdf": "山吹町 令和5年度 事務事業評価シート",
    "212_pdf_kpi_cards_side_by_side.pdf": "桜ヶ丘市 第2期総合戦略 KPI評価シート(令和5年度)",
    "213_pdf_name_footnotes_target_larger_unit.pdf": "宮ノ森町 第2期総合戦略 数値目標",
    "214_pdf_mixed_era_spellings_estimates.pdf": "若葉台市 第2期総合戦略 効果検証シート(令和6年度)",
    "215_pdf_direction_arrows_up_down.pdf": "緑ヶ丘町 第6次総合計画 基本計画",
    "216_pdf_grade_criteria_table.pdf": "北浜市 第2期総合戦略 効果検証結果(令和5年度)",
}


@pytest.mark.parametrize("name", sorted(LAYOUT_PDF_TITLES))
def test_layout_pdf_titles(name):
    from ingest.registry import extract

    extraction = extract(load(LAYOUTS / name))
    assert (extraction.title, extraction.title_location) == (LAYOUT_PDF_TITLES[name], "p.1")


# --- the rules, on invented lines -----------------------------------------------------------------------------

@pytest.mark.parametrize(("lines", "title"), [
    # numbered section headings are never titles, whatever plan they name
    (["1. 総合戦略の効果検証", "", "本文です。"], None),
    (["（１） ○○市総合戦略", "本文です。"], None),
    (["第1章 みなと市総合計画", "本文です。"], None),
    (["Ⅱ みなと市総合計画", "本文です。"], None),
    # a section about a plan (grammar after the plan word), a plan cited in quotes or brackets: no title
    (["本市における総合戦略の改訂"], None),
    (["重点プロジェクト（みなと市版総合戦略）"], None),
    (["- 国が「デジタル田園都市国家構想総合戦略」を策定"], None),
    # a cover: a date line and the issuer around the title; a form number above it
    (["令和６年３月", "第３期 みなと市まち・ひと・しごと創生総合戦略", "みなと市"],
     "第3期 みなと市まち・ひと・しごと創生総合戦略"),
    (["資料３", "令和５年度 みなと市総合戦略 効果検証シート"], "令和5年度 みなと市総合戦略 効果検証シート"),
    # a title printed at the end of the first page block of a linearised sheet (once, beginning with its year)
    (["数値目標", "新規求人数", "1,563件", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "a", "b", "c", "d",
      "e", "f", "g", "h", "i", "j", "k", "l", "m", "令和５年度　第２期みなと市総合戦略効果検証シート"],
     "令和5年度 第2期みなと市総合戦略効果検証シート"),
    # the first line is a caption or a goal heading: no title
    (["数値目標の達成状況", "表"], None),
    (["基本目標１ しごとをつくる 一覧"], None),
    # a cover line spaced out by `pdftotext -layout` (a centred title): its words joined, when it names a plan
    (["みなと市     第２期総合戦略     重要業績評価指標の進捗状況", "", "基本目標１"],
     "みなと市 第2期総合戦略 重要業績評価指標の進捗状況"),
    # a sector plan's title spaced out names a kind of document, no plan word: the first line's rule reads it joined
    (["北浜町     第２次健康増進計画       成果指標一覧", "基本目標３"], "北浜町 第2次健康増進計画 成果指標一覧"),
    # a running header (the bound report's name, printed again on the next page) is not the title of the sheet the
    # pages hold: the line printed once is, on the cover or later on the first page (a layer that prints the
    # first page's rows before the sheet's title)
    (["みなと市総合戦略 進捗状況報告書 令和6年3月", "みなと市 総合戦略 重要業績評価指標（KPI）一覧", "No. 指標名",
      "1 転入者数 人 3,215 3,500 企画課", "- 3 -", "みなと市総合戦略 進捗状況報告書 令和6年3月", "No. 指標名", "- 4 -"],
     "みなと市 総合戦略 重要業績評価指標(KPI)一覧"),
    (["みなと市総合戦略 進捗状況報告書 令和6年3月", "- 3 -", *[f"{n} 指標{n} 人 10 20 企画課" for n in range(1, 15)],
      "みなと市 総合戦略 重要業績評価指標（KPI）一覧", "みなと市総合戦略 進捗状況報告書 令和6年3月", "- 4 -",
      "みなと市 総合戦略 効果検証"],
     "みなと市 総合戦略 重要業績評価指標(KPI)一覧"),
    # a running header alone on the cover stays the title
    (["みなと市総合戦略 進捗状況報告書", "No. 指標名", "- 3 -", "みなと市総合戦略 進捗状況報告書", "- 4 -"],
     "みなと市総合戦略 進捗状況報告書"),
    # a gapped line naming no plan stays columns of a page (a header row, a two-column page): no title
    (["指標名          基準値（R1）     目標値（R7）     一覧"], None),
])
def test_title_rules(lines, title):
    assert _title(lines).text == title


def test_title_warning_names_the_first_line():
    reading = _title(["", "1. 総合戦略の効果検証", "表"])
    assert reading.text is None and "'1. 総合戦略の効果検証'" in reading.warning


def test_pdf_prefers_the_larger_line():
    lines = ["みなと市 総合戦略 概要版", "第２期みなと市まち・ひと・しごと創生総合戦略", "本文です。"]
    assert read_title(lines, 3, sizes=[9.0, 18.0, 9.0]).text == "第2期みなと市まち・ひと・しごと創生総合戦略"
    assert read_title(lines, 3).text == "みなと市 総合戦略 概要版"  # without sizes: the first


def test_pdf_title_naming_no_plan_is_the_larger_line():
    """A cover whose title names no plan: in a PDF the line printed larger is the title; in a text, whose first
    line is the year, no line can be told to be the title."""
    lines = ["令和6年度", "東山市 健康づくり・教育 成果指標（令和６年度版）", "指標名 基準値 目標値", "歩数 6000 8000"]
    assert read_title(lines, 4, sizes=[9.0, 16.0, 9.0, 9.0]).text == "東山市 健康づくり・教育 成果指標(令和6年度版)"
    assert read_title(lines, 4, sizes=[9.0, 9.5, 9.0, 9.0]).text is None  # not printed larger
    assert read_title(lines, 4).text is None


@pytest.mark.parametrize(("line", "dates"), [
    ("令和3年3月 (令和6年3月一部改訂)", ["2021-03", "2024-03"]),
    ("令和３年３月策定", ["2021-03"]),
    ("2024年3月", ["2024-03"]),
    ("令和５年１０月 伊勢崎市", ["2023-10"]),
    ("発行 令和6年3月 みなと市企画部企画課", ["2024-03"]),
    ("令和元年5月", ["2019-05"]),
    ("2024年6月12日", ["2024-06-12"]),
    # prose, a wrapped cell, a fiscal year or a year alone: no publication date
    ("- 国が令和4年12月に「デジタル田園都市国家構想総合戦略」を策定して", []),
    ("令和6年3月の", []),
    ("令和5年度3月", []),
    ("令和6年度", []),
    ("令和5年13月", []),
])
def test_date_lines(line, dates):
    assert line_dates(line) == dates


def test_latest_date_of_cover_and_colophon_wins():
    lines = ["みなと市総合計画", "令和3年3月策定", *["本文です。"] * 21, "発行 令和5年10月 みなと市企画課"]
    assert read_published(lines, 2) == PublishedReading("2023-10", len(lines) - 1)
    # a date in the body is neither the cover nor the colophon
    body = ["みなと市総合計画", "本文です。", "令和5年10月", *["本文です。"] * 20]
    assert read_published(body, 2).date is None


# --- edition order ---------------------------------------------------------------------------------------------

def _doc(name: str, doc_type: str, fiscal_year: str | None, published: str | None) -> dict:
    return {"source_file": name, "doc_type": doc_type, "fiscal_year": fiscal_year, "published": published}


def test_editions_follow_the_publication_date():
    """File-name order (a, b, c) and report-year order (c, b, a) both disagree with the publication order."""
    docs = [
        _doc("a_midterm.txt", "action_plan", "FY2025", "2027-03"),  # revised edition of the plan starting FY2025
        _doc("b_first.txt", "action_plan", "FY2026", "2024-03"),    # first edition, plan year printed as FY2026
        _doc("c_draft.txt", "action_plan", "FY2024", "2025-10"),
    ]
    assert ordered_documents(docs) == {"action_plan": ["b_first.txt", "c_draft.txt", "a_midterm.txt"]}


def test_undated_editions_fall_back_to_report_year_then_name():
    docs = [
        _doc("z_eval.txt", "evaluation", "FY2022", None),          # → end of FY2022 (2023-03)
        _doc("y_strategy.txt", "strategy", "FY2023", "2024-03"),
        _doc("x_eval.txt", "evaluation", "FY2023", None),          # → 2024-03, before the plan of that month
        _doc("w_unknown_year.txt", "evaluation", None, None),      # undated: last
        _doc("v_eval.txt", "evaluation", "FY2023", None),          # same date and type as x: by name
    ]
    assert sorted((d["source_file"] for d in docs), key=lambda n: edition_key(next(
        d for d in docs if d["source_file"] == n))) == [
        "z_eval.txt", "v_eval.txt", "x_eval.txt", "y_strategy.txt", "w_unknown_year.txt"]


ACTION_PLAN = """第３次松戸市総合計画 前期アクションプラン

{date}

計画期間は令和７年度から令和11年度までの５年間です。

基本目標1 しごとの創生

基本目標1-1 安定した雇用の創出

重要業績評価指標(KPI)

指標名	現状値 (令和5年度)	目標値 (令和11年度)
{rows}
"""


def test_revisions_follow_the_publication_date(tmp_path):
    """Two editions of one invented action plan (a real city's name: alignment stays within one government). Both
    print the same plan period, so their report years tie (FY2025), and their file names sort the wrong way: only
    the printed dates (令和7年3月策定, 令和9年3月改訂) say which came first. The revision adds an indicator and
    raises a target."""
    from pipeline.run import run

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a_revised.txt").write_text(ACTION_PLAN.format(
        date="令和7年3月策定 (令和9年3月改訂)", rows="創業相談件数\t14件\t28件\n空き店舗の活用件数\t3件\t10件"),
        encoding="utf-8")
    (tmp_path / "in" / "b_original.txt").write_text(ACTION_PLAN.format(
        date="令和7年3月策定", rows="創業相談件数\t14件\t20件"), encoding="utf-8")
    result = run(tmp_path / "in", tmp_path / "out")
    docs = {d["source_file"]: d for d in result.tables["documents"].to_pylist()}
    assert [(d["doc_type"], d["fiscal_year"], d["published"]) for d in docs.values()] == [
        ("action_plan", "FY2025", "2027-03"), ("action_plan", "FY2025", "2025-03")]
    revisions = result.tables["kpi_revisions"].to_pylist()
    changes = {(r["change"], r["source_file_before"], r["source_file_after"], r["before"], r["after"])
               for r in revisions}
    assert ("target", "b_original.txt", "a_revised.txt", "20件 FY2029", "28件 FY2029") in changes
    assert ("added", "b_original.txt", "a_revised.txt", None, "空き店舗の活用件数") in changes
    assert not any(r["change"] == "dropped" for r in revisions)


# --- the columns reach the analyst ----------------------------------------------------------------------------

def test_loader_and_report_show_title_and_date(dataset):
    from analysis.report import render_report
    from schema import load_dataset

    documents = load_dataset(dataset.output).documents
    assert {str(documents[c].dtype) for c in ("title", "title_location", "published", "published_location")} == {
        "string"}
    html = render_report(dataset.output)
    assert "第 2 期 伊勢崎市まち・ひと・しごと創生 総合戦略 (改訂素案)" in html and "2024-03" in html
    assert html.count("(no title printed)") == 3  # 000, 001, 004


def test_pdf_cover_and_colophon(tmp_path):
    """A PDF whose first page prints a smaller plan line above the title and the original date, and whose last
    page prints the revision date: the larger line is the title, the colophon's later date the edition."""
    from reportlab.lib.pagesizes import A4

    from ingest.registry import extract
    from tests.pdf_builders import Page, _save

    def cover(page: Page) -> None:
        page.text(50, 40, "資料１", 9)
        page.text(50, 80, "みなと市 総合戦略 概要", 10)
        page.text(50, 200, "第２期みなと市まち・ひと・しごと創生総合戦略", 20)
        page.text(50, 300, "令和３年３月", 12)

    def colophon(page: Page) -> None:
        page.text(50, 100, "本文は令和５年１０月に見直しました。", 10)  # prose: not a date line
        page.text(50, 700, "発行 令和６年３月 みなと市企画課", 10)

    extraction = extract(load(_save(tmp_path / "plan.pdf", A4, [cover, colophon])))
    assert (extraction.title, extraction.title_location) == ("第2期みなと市まち・ひと・しごと創生総合戦略", "p.1")
    assert (extraction.published, extraction.published_location) == ("2024-03", "p.2")


def test_a_footer_title_is_read_without_its_page_number():
    """A deck whose only plan-naming line is its footer, printed on every slide with the slide's number one space
    after it (layouts 145: `浜風町総合戦略推進委員会　資料３` and the number at the right edge): the title is the
    footer's text, without `資料３` (a side mark) and without the number."""
    lines = ["基本目標１ 地域の仕事をつくる", "町内の従業者数", "浜風町総合戦略推進委員会 資料３ 1",
             "基本目標２ 訪れたい町をつくる", "浜風町総合戦略推進委員会 資料３ 2"]
    assert read_title(lines, 3).text == "浜風町総合戦略推進委員会"
