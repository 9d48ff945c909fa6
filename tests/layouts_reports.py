# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 190-195 of tests/fixtures/layouts/ (`python -m tests.layouts_reports [numbers]`).

Habits of other municipalities' progress reports that 01-189 do not show; 190-192 and 194 drawn with reportlab,
193 and 195 Word .docx files printed by LibreOffice Writer (needs `soffice` and fonts-ipaexfont; the PDFs are
committed and CI only reads them). This script writes only its own files. Content invented (fictional
municipalities, every name and number made up):
- 190: a table in long form, one row per indicator and fiscal year: `指標名 | 年度 | 目標値 | 実績値 | 達成率 | 担当課`,
  the name and the department merged down over the indicator's year rows `R3`, `R4`, `R5`;
- 191: an evaluation sheet of bare amounts under a `（単位：千円）` caption right-aligned over the table, beside a
  `達成率` column printed in `%` and an A-C `評価` (the caption's unit is the amounts', never the rate's);
- 192: sub-rows under a name row that prints no value: `（男性）` / `（女性）`, `小学生` / `中学生` indented in the name
  column (no `区分` column), each with its values, the department printed on the name row only;
- 193: a town's 総合戦略 chapter of twelve 施策, each a heading, a paragraph and a tiny two-row KPI table
  (`重要業績評価指標 | 現状値（R5） | 目標値（R11）`), over two pages;
- 194: a baseline that is an average over five years (`基準値（H30～R4平均）`) and its note under the table;
- 195: two indicators in one row of a Word table, `①name` / `②name` lines in the name cell, the first name wrapped
  by Writer onto a second line, the value cells printing the two values on two lines (values matched by order).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4

from tests.layouts_clerks import _cell
from tests.layouts_genre import _table_at, build
from tests.layouts_pdfs import _pages
from tests.layouts_structures import _para
from tests.layouts_towns import _print_docx, _word_table, word_table_rows
from tests.pdf_builders import Cell, Page


def year_rows_per_indicator(path: Path) -> Path:
    """190: one row per indicator and year (`年度` column), the name and department merged down over its years."""
    indicators = [("新規創業件数", "商工課", [("R3", "8件", "6件", "75.0%"), ("R4", "10件", "11件", "110.0%"),
                                           ("R5", "12件", "9件", "75.0%")]),
                  ("農産物直売所の売上額", "農政課", [("R3", "150百万円", "142百万円", "94.7%"),
                                                  ("R4", "160百万円", "163百万円", "101.9%"),
                                                  ("R5", "170百万円", "158百万円", "92.9%")]),
                  ("企業立地件数", "企業誘致課", [("R3", "1件", "1件", "100.0%"), ("R4", "2件", "0件", "0.0%"),
                                               ("R5", "2件", "3件", "150.0%")])]
    cells = [Cell(0, c, text) for c, text in enumerate(("指標名", "年度", "目標値", "実績値", "達成率", "担当課"))]
    row = 1
    for name, department, years in indicators:
        cells += [Cell(row, 0, name, row_span=len(years)), Cell(row, 5, department, row_span=len(years))]
        for i, values in enumerate(years):
            cells += [Cell(row + i, c, text) for c, text in enumerate(values, start=1)]
        row += len(years)

    def draw(page: Page) -> None:
        page.text(48, 40, "白鷺台市 第２期総合戦略 KPIの年度別進捗", 13)
        page.text(48, 76, "基本目標２　地域の産業を育てる", 12)
        bottom = page.table(48, 98, [150, 44, 70, 70, 56, 72], [20] * row, cells, size=8)
        page.text(48, bottom + 6, "※達成率＝実績値÷目標値×100", 8)
    return _pages(path, A4, [draw])


def thousand_yen_caption_rates(path: Path) -> Path:
    """191: bare amounts under a `（単位：千円）` caption, a `達成率` column in % and an `評価` grade."""
    widths = [170, 70, 70, 70, 52, 40]

    def draw(page: Page) -> None:
        page.text(48, 40, "青葉川町 令和５年度 効果検証シート", 13)
        page.text(48, 76, "基本目標１　稼ぐ力を高める", 12)
        page.text(48 + sum(widths) - 62, 100, "（単位：千円）", 8)
        bottom = _table_at(page, 48, 112, widths,
                           [("指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "達成率", "評価"),
                            ("ふるさと納税の寄附額", "84,200", "126,500", "150,000", "84.3%", "B"),
                            ("農産物直売所の売上額", "152,400", "140,400", "180,000", "78.0%", "C"),
                            ("町内宿泊施設の売上額", "310,800", "342,600", "350,000", "97.9%", "A"),
                            ("企業版ふるさと納税の寄附額", "2,000", "8,500", "10,000", "85.0%", "B")], size=8)
        page.text(48, bottom + 6, "※達成率＝実績値（R5）÷目標値（R7）×100", 8)
        page.text(48, bottom + 18, "評価　A：達成率90%以上　B：80%以上90%未満　C：80%未満", 8)
    return _pages(path, A4, [draw])


def segment_sub_rows(path: Path) -> Path:
    """192: a name row without values over indented `（男性）` / `（女性）` (`小学生` / `中学生`) rows with values."""
    def draw(page: Page) -> None:
        page.text(48, 40, "若竹町 第２期総合戦略 重要業績評価指標（KPI）の状況", 13)
        page.text(48, 76, "基本目標３　健やかに暮らせる町をつくる", 12)
        _table_at(page, 48, 98, [190, 70, 70, 70, 76],
                  [("指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課"),
                   ("健康寿命", "", "", "", "健康福祉課"),
                   ("　（男性）", "79.8歳", "80.4歳", "81.0歳", ""),
                   ("　（女性）", "83.9歳", "84.2歳", "85.0歳", ""),
                   ("朝食を毎日食べる児童生徒の割合", "", "", "", "学校教育課"),
                   ("　小学生", "91.2%", "92.5%", "95.0%", ""),
                   ("　中学生", "84.6%", "83.9%", "90.0%", ""),
                   ("特定健診の受診率", "41.3%", "45.8%", "60.0%", "健康福祉課")], size=8, height=20)
    return _pages(path, A4, [draw])


_MEASURES = [
    ("基本目標１　町の仕事をつくる", [
        ("施策１－１　農業の担い手を育てる", "新規就農者や法人への支援を一体で進め、農地の受け手を確保します。", "新規就農者数", "3人", "5人"),
        ("施策１－２　森林資源を生かす", "町産材の利用を広げ、間伐と搬出の支援を続けます。", "町産材の出荷量", "4,200m3", "5,000m3"),
        ("施策１－３　商店の事業承継を支える", "後継者のいない商店と担い手を結び、承継の相談を受けます。", "事業承継の成約件数", "1件", "6件"),
        ("施策１－４　創業を支援する", "空き店舗を使った創業に、改修費と家賃を補助します。", "創業支援による創業件数", "2件", "10件"),
        ("施策１－５　観光で稼ぐ", "体験型の観光商品をつくり、滞在時間を延ばします。", "観光消費額", "3.8億円", "5.0億円"),
        ("施策１－６　特産品を広める", "ふるさと納税の返礼品を磨き、町の特産品を全国に届けます。", "ふるさと納税の寄附件数", "4,120件", "6,000件")]),
    ("基本目標２　町に住み続ける人を増やす", [
        ("施策２－１　移住を支える", "住まいと仕事の相談を一つの窓口で受けます。", "移住相談件数", "62件", "100件"),
        ("施策２－２　空き家を活用する", "空き家バンクの登録を増やし、改修を支援します。", "空き家バンクの成約件数", "5件", "12件"),
        ("施策２－３　子育てを支える", "一時預かりと病児保育の受け皿を広げます。", "一時預かりの延べ利用者数", "840人", "1,200人"),
        ("施策２－４　学びの場をつくる", "放課後の学習支援を全ての小学校区に広げます。", "放課後学習教室の参加児童数", "118人", "180人"),
        ("施策２－５　健康づくりを進める", "健診の受診勧奨と運動教室を組み合わせます。", "特定健診の受診率", "38.6%", "60.0%"),
        ("施策２－６　地域の足を守る", "デマンド交通の運行区域を町内全域に広げます。", "デマンド交通の年間利用者数", "6,480人", "9,000人")])]


def measure_mini_tables(path: Path) -> Path:
    """193: twelve 施策, each a heading, two lines of prose and a two-row KPI table, over two pages."""
    widths = [4800, 2400, 2400]
    body = _para("柳ヶ丘町　第３期総合戦略", 28, bold=True) + _para("第３章　具体的な施策と重要業績評価指標", 24, bold=True)
    body += _para("各施策の重要業績評価指標（KPI）は、令和５年度の現状値と計画期間の最終年度（令和11年度）の目標値を示します。", 20)
    for goal, measures in _MEASURES:
        body += _para("") + _para(goal, 24, bold=True)
        for heading, prose, name, current, target in measures:
            body += _para(heading, 22, bold=True) + _para(prose, 20, indent=210)
            body += _para("取組の成果は、毎年度の効果検証で確認し、次年度の事業に反映します。", 20, indent=210)
            body += _word_table(widths, ["重要業績評価指標", "現状値（R5）", "目標値（R11）"], [(name, current, target)], (1, 2))
            body += _para("")
    return _print_docx(body, path)


def average_baseline(path: Path) -> Path:
    """194: a baseline averaged over five years, `基準値（H30～R4平均）`, and the note saying so."""
    def draw(page: Page) -> None:
        page.text(48, 40, "月見野村 第２期総合戦略 数値目標の状況", 13)
        page.text(48, 76, "基本目標１　村の仕事をつくる", 12)
        bottom = _table_at(page, 48, 98, [170, 96, 76, 76],
                           [("指標名", "基準値（H30～R4平均）", "実績値（R5）", "目標値（R11）"),
                            ("観光入込客数", "12.4万人", "13.1万人", "15.0万人"),
                            ("新規就農者数", "3人", "5人", "5人"),
                            ("年間出生数", "28人", "24人", "30人"),
                            ("村への転入者数", "142人", "156人", "160人")], size=8)
        page.text(48, bottom + 6, "※基準値は平成30年度から令和４年度までの５年間の平均値です。", 8)
    return _pages(path, A4, [draw])


def numbered_pair_wrapped(path: Path) -> Path:
    """195: `①name` / `②name` in one name cell, the first wrapped by Writer; the value cells print two lines."""
    widths = [3600, 1700, 1700, 1900]
    header = ["指標名", "基準値（R1）", "目標値（R7）", "担当課"]
    rows = [("①市の移住支援制度を利用して市外から転入した世帯数\n②移住相談件数", "24世帯\n310件", "60世帯\n500件", "企画課"),
            ("市内の新規就職者数", "412人", "450人", "商工課"),
            ("①子育て世代包括支援センターの相談件数\n②産後ケア事業の利用者数", "1,840件\n36人", "2,200件\n80人", "こども家庭課")]
    lines = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(
        _cell(h, w, align="center", shade=True) for h, w in zip(header, widths, strict=True)) + "</w:tr>"]
    lines += ["<w:tr>" + "".join(_cell(text, w, align="right" if c in (1, 2) else "")
                                 for c, (text, w) in enumerate(zip(row, widths, strict=True))) + "</w:tr>"
              for row in rows]
    body = _para("湊川市　第２期総合戦略　重要業績評価指標", 28, bold=True) + _para("")
    body += _para("基本目標２　新しい人の流れをつくる", 24, bold=True)
    body += word_table_rows(widths, lines) + _para("")
    return _print_docx(body, path)


DRAWN = {"190_pdf_year_rows_per_indicator": year_rows_per_indicator,
         "191_pdf_thousand_yen_caption_rates": thousand_yen_caption_rates,
         "192_pdf_segment_sub_rows_no_parent_values": segment_sub_rows,
         "193_pdf_docx_twelve_measure_mini_tables": measure_mini_tables,
         "194_pdf_average_range_baseline": average_baseline,
         "195_pdf_docx_numbered_pair_wrapped_name": numbered_pair_wrapped}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(DRAWN, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
