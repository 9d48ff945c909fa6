"""Build the hand-made PDFs 159-164 of tests/fixtures/layouts/ (`python -m tests.layouts_villages [numbers]`).

Habits of other municipalities' KPI documents that 01-158 do not show, each printed by a real producer (needs
`soffice`, openpyxl and fonts-ipaexfont; the PDFs are committed and CI only reads them). This script writes only its
own files. Content invented (fictional municipalities, every name and number made up):
- 159: (openpyxl .xlsx printed by Calc) a town's KPI進捗管理表 whose `目標値` column mixes numbers and words:
  `維持・向上`, `前年度以上`, `現状維持`, `増加`, beside a `単位` column;
- 160: (a Word .docx printed by Writer) a city's 効果検証 table whose actual cells carry a state: `312件` over
  `（見込み）`, `速報値：55.1%`, `集計中`, `調査中（R6公表予定）`, `－`;
- 161: (a Word .docx printed by Writer) a town's health KPI table whose value cells print two segments on two
  lines (`男性 79.6歳` over `女性 84.1歳`), beside single-value rows;
- 162: (openpyxl .xlsx printed by Calc, 2 pages) a city's KPI table with a page header `令和6年3月` and a footer
  `- 3 -` / `- 4 -` (the sheet's first page number 3) on every page;
- 163: (a Word .docx printed by Writer) a village's KPI table whose headers print the Western year with its era
  in brackets, `2019（R1）年度` under the role, and footnote marks glued to values (`2,340人※1`, `85.3%＊`);
- 164: (an HTML page printed by Writer/Web) a town's KPI table of bare numbers whose unit stands at the end of the
  caption line `■重要業績評価指標（KPI）　（単位：千人）`.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from tests.layouts_calc_writer import convert_html, html_table_rows
from tests.layouts_clerks import _para
from tests.layouts_genre import build
from tests.layouts_producers import _print_book, _workbook
from tests.layouts_towns import _print_docx, _word_table

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


# --- 159: word targets among numbers -----------------------------------------------------------------------------


def word_targets_mixed(path: Path) -> Path:
    """159: a `目標値` column of numbers and words (`維持・向上`, `前年度以上`, `現状維持`, `増加`)."""
    from openpyxl.styles import Alignment

    header = ["No.", "指標名", "単位", "基準値（R5）", "目標値（R11）", "担当課"]
    rows = [[1, "移住相談件数", "件", 142, 200, "企画課"],
            [2, "町民の定住意向の割合", "％", 78.4, "維持・向上", "企画課"],
            [3, "ふるさと納税の寄附件数", "件", 3850, "前年度以上", "企画課"],
            [4, "町内の小売店舗数", "店舗", 46, "現状維持", "商工観光課"],
            [5, "子育て支援センターの利用者数", "人", 5210, "増加", "子育て支援課"],
            [6, "特定健診の受診率", "％", 38.6, 50.0, "健康福祉課"]]
    book = _workbook("桐ヶ丘町　第３期総合戦略　KPI進捗管理表", header, rows, [5, 32, 7, 13, 13, 14],
                     formats={3: "#,##0", 4: "#,##0"}, caption="基本目標１　ひとが集い、住み続けたいまちをつくる")
    sheet = book.active
    for r, row in enumerate(rows, 4):
        for column in (4, 5):
            cell = sheet.cell(row=r, column=column)
            if isinstance(row[column - 1], float):
                cell.number_format = "0.0"
            cell.alignment = Alignment(horizontal="right" if column == 4 or not isinstance(row[4], str) else "center",
                                       vertical="center")
    sheet.page_setup.orientation = "portrait"
    _print_book(book, path.stem, path)
    return path


# --- 160: actual cells with a state word -------------------------------------------------------------------------


def state_word_actuals(path: Path) -> Path:
    """160: actual cells `312件` over `（見込み）`, `速報値：55.1%`, `集計中`, `調査中（R6公表予定）`, `－`."""
    widths = [3300, 1500, 1900, 1500, 1500]
    header = ["指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課"]
    rows = [("移住相談窓口の相談件数", "186件", "312件\n（見込み）", "300件", "企画政策課"),
            ("市民意識調査の満足度", "52.4%", "速報値：55.1%", "60.0%", "企画政策課"),
            ("観光消費額", "38.2億円", "集計中", "45.0億円", "観光振興課"),
            ("合計特殊出生率", "1.41", "調査中\n（R6公表予定）", "1.50", "こども家庭課"),
            ("空き家バンクの成約件数", "8件", "－", "20件", "都市計画課"),
            ("創業支援による創業件数", "12件", "15件", "25件", "商工振興課")]
    body = _para("西ノ宮原市　総合戦略　効果検証結果（令和５年度）", 28, bold=True) + _para("")
    body += _para("基本目標２　新しいひとの流れをつくる", 22, bold=True)
    body += _para("【重要業績評価指標（KPI）】", 20)
    body += _word_table(widths, header, rows, (1, 2, 3))
    body += _para("※実績値のうち、見込み・速報値は令和６年３月末時点の数値です。", 18)
    return _print_docx(body, path)


# --- 161: two segments on two lines of one cell ------------------------------------------------------------------


def two_segment_cells(path: Path) -> Path:
    """161: value cells `男性 79.6歳` over `女性 84.1歳`, beside rows of one value."""
    widths = [3400, 1900, 1900, 1900]
    header = ["指標", "現状値（R4）", "目標値（R10）", "担当課"]
    rows = [("健康寿命（平均自立期間）", "男性 79.6歳\n女性 84.1歳", "男性 80.5歳\n女性 84.8歳", "健康推進課"),
            ("特定健診の受診率", "男性 31.2%\n女性 38.7%", "男性 40.0%\n女性 45.0%", "保険年金課"),
            ("胃がん検診の受診率", "12.8%", "20.0%", "健康推進課"),
            ("運動習慣のある人の割合", "男性 28.4%\n女性 22.9%", "男性 35.0%\n女性 30.0%", "健康推進課"),
            ("認知症サポーター養成数（累計）", "2,140人", "3,500人", "高齢福祉課")]
    body = _para("北浜町　第２次健康増進計画　成果指標一覧", 28, bold=True) + _para("")
    body += _para("基本目標３　生涯を通じて健やかに暮らせるまちをつくる", 22, bold=True)
    body += _word_table(widths, header, rows, (1, 2))
    body += _para("※健康寿命は、日常生活動作が自立している期間の平均です。", 18)
    return _print_docx(body, path)


# --- 162: a page header with a date and page-number footers --------------------------------------------------------


def header_footer_pages(path: Path) -> Path:
    """162: a 2-page sheet with `令和6年3月` in the page header and `- 3 -` / `- 4 -` as footers."""
    header = ["No.", "指標名", "単位", "基準値（R1）", "目標値（R6）", "担当課"]
    rows = [[1, "市内事業所の従業者数", "人", 28450, 29000, "商工課"],
            [2, "新規創業件数", "件", 18, 30, "商工課"],
            [3, "農業産出額", "百万円", 4120, 4500, "農政課"],
            [4, "観光入込客数", "千人", 1840, 2100, "観光課"],
            [5, "転入者数", "人", 3215, 3500, "企画課"],
            [6, "移住相談件数", "件", 96, 150, "企画課"],
            [7, "市公式LINEの登録者数", "人", 4800, 12000, "広報課"],
            [8, "婚活イベントの参加者数", "人", 126, 200, "こども課"],
            [9, "保育所等の待機児童数", "人", 14, 0, "こども課"],
            [10, "放課後児童クラブの登録児童数", "人", 880, 1000, "こども課"],
            [11, "自主防災組織の結成率", "％", 72.5, 90.0, "防災課"],
            [12, "地域公共交通の利用者数", "千人", 412, 450, "交通政策課"],
            [13, "市民活動団体の登録数", "団体", 148, 170, "市民協働課"],
            [14, "空き家の利活用件数", "件", 11, 25, "都市計画課"]]
    book = _workbook("東雲台市　総合戦略　重要業績評価指標（KPI）一覧", header, rows, [5, 32, 8, 13, 13, 14],
                     formats={3: "#,##0", 4: "#,##0"}, caption="基本目標１　活力ある東雲台をつくる")
    sheet = book.active
    for r, row in enumerate(rows, 4):
        sheet.row_dimensions[r].height = 64
        if isinstance(row[3], float):
            for column in (4, 5):
                sheet.cell(row=r, column=column).number_format = "0.0"
    sheet.page_setup.orientation = "portrait"
    sheet.oddHeader.left.text = "東雲台市総合戦略　進捗状況報告書"
    sheet.oddHeader.right.text = "令和6年3月"
    sheet.oddFooter.center.text = "- &P -"
    sheet.page_setup.firstPageNumber = 3
    sheet.page_setup.useFirstPageNumber = True
    _print_book(book, path.stem, path)
    return path


# --- 163: Western years with the era in brackets, footnote marks glued to values ----------------------------------


def western_era_years_marks(path: Path) -> Path:
    """163: headers `基準値` over `2019（R1）年度`; values with glued marks `2,340人※1`, `85.3%＊`."""
    widths = [3000, 1700, 1700, 2000, 1500]
    header = ["指標名", "基準値\n2019（R1）年度", "実績値\n2023（R5）年度", "目標値\n2029（R11）年度", "担当課"]
    rows = [("村の総人口", "2,340人※1", "2,205人※1", "2,100人", "総務課"),
            ("村民の生活満足度", "64.2%", "68.5%＊", "75.0%", "企画課"),
            ("村内の認定農業者数", "18経営体", "21経営体", "25経営体", "産業課"),
            ("地域おこし協力隊の定住率", "50.0%", "85.3%＊", "80.0%", "企画課"),
            ("ふるさと納税の寄附額", "1,820万円", "4,150万円", "5,000万円", "総務課")]
    body = _para("青葉沢村　第３期総合戦略　重要業績評価指標（KPI）", 28, bold=True) + _para("")
    body += _para("基本目標１　村に住み続けられる環境をつくる", 22, bold=True)
    body += _word_table(widths, header, rows, (1, 2, 3))
    body += _para("※1　住民基本台帳による各年度末の人口です。", 18)
    body += _para("＊　村民アンケート（令和５年度）の速報値です。", 18)
    return _print_docx(body, path)


# --- 164: the unit at the end of the caption line ------------------------------------------------------------------


def unit_in_caption_line(path: Path) -> Path:
    """164: bare numbers under `■重要業績評価指標（KPI）　　（単位：千人）` (caption and unit on one line)."""
    header = ["指標名", "基準値（R4）", "目標値（R9）", "担当課"]
    rows = [("観光入込客数", "485", "550", "観光交流課"),
            ("宿泊者数", "62.4", "80.0", "観光交流課"),
            ("外国人観光客数", "3.2", "10.0", "観光交流課"),
            ("道の駅の利用者数", "318", "360", "産業振興課")]
    cells = html_table_rows(header, rows, lambda i: 0 < i < 3)
    html = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>KPI</title></head>'
            '<body style="font-family: IPAexGothic"><h2>南風原町　第２期総合戦略</h2>'
            f"<h3>{escape('基本目標２　町を訪れる人を増やす')}</h3>"
            "<p>■重要業績評価指標（KPI）　　　　　　　　　　　　　　　　　　（単位：千人）</p>"
            '<table border="1" cellspacing="0" cellpadding="4" width="100%">' + "".join(cells) + "</table>"
            "<p>※観光入込客数は、町観光動態調査によります。</p></body></html>")
    convert_html(path.stem, html)
    return path


BUILDERS = {"159_pdf_xlsx_word_targets_mixed": word_targets_mixed,
            "160_pdf_docx_state_word_actuals": state_word_actuals,
            "161_pdf_docx_two_segments_in_cell": two_segment_cells,
            "162_pdf_xlsx_page_header_footer": header_footer_pages,
            "163_pdf_docx_western_era_bracket_years": western_era_years_marks,
            "164_pdf_html_unit_in_caption_line": unit_in_caption_line}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(BUILDERS, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
