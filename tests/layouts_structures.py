# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 165-170 of tests/fixtures/layouts/ (`python -m tests.layouts_structures [numbers]`).

Table structures and prose of other municipalities' KPI documents that 01-164 do not show through a real producer,
each printed by LibreOffice (needs `soffice`, openpyxl and fonts-ipaexfont; the PDFs are committed and CI only reads
them). This script writes only its own files. Content invented (fictional municipalities, every name and number
made up):
- 165: (openpyxl .xlsx printed by Calc) a city's KPI進捗管理表 whose year columns alternate target and actual in one
  header row (`R3目標 | R3実績 | R4目標 | R4実績 | R5目標 | R5実績`), bare numbers with a `単位` column;
- 166: (a Word .docx printed by Writer) a town's 総合戦略: per goal a `【数値目標】` paragraph, per measure
  `（１）…` prose and several `【KPI】 name　a（R5）→ b（R11）` paragraphs, the long ones wrapped by Writer onto a
  second line under a hanging indent;
- 167: (a Word .docx printed by Writer) a city's 施策シート: one two-column box per 施策 (`施策` / `担当課` /
  `施策の概要` label rows), its `成果指標` row holding a KPI table nested in the box's cell;
- 168: (openpyxl .xlsx printed by Calc) a town's KPI一覧 sheet with two goals' tables side by side on one landscape
  page, each under its own caption cell, the right one a row shorter;
- 169: (openpyxl .xlsx printed by Calc) a city's KPIの推移 whose header has three levels: `成果指標の推移` over
  `基準値` | `実績値` (merged over three columns) | `目標値` over `R1 R3 R4 R5 R7`, `No.`/`指標名`/`単位`/`担当課`
  merged down all three;
- 170: (a Word .docx printed by Writer) a village's KPI tables whose name cells open with an outline letter: `ア　`,
  `イ　`, `ウ　` under the first goal, `（ア）`, `（イ）` under the second (no part of the name).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.layouts_clerks import _cell, _run
from tests.layouts_genre import build
from tests.layouts_producers import FONT, _print_book, _workbook
from tests.layouts_towns import _print_docx, _word_table, word_table_rows

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _para(text: str, size_half_pt: int = 20, *, bold: bool = False, indent: int = 0, hanging: int = 0) -> str:
    """A paragraph indented `indent` twips, its first line `hanging` twips to the left of the others."""
    ind = f'<w:pPr><w:ind w:left="{indent}" w:hanging="{hanging}"/></w:pPr>' if indent or hanging else ""
    return f"<w:p>{ind}{_run(text, size_half_pt, bold) if text else ''}</w:p>"


def _ruled(sheet, cells: str) -> None:
    """Thin grey rules round every cell of the range `cells`."""
    from openpyxl.styles import Border, Side

    thin = Side(style="thin", color="808080")
    for row in sheet[cells]:
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)


def _header_cells(sheet, cells: str) -> None:
    """The shaded, bold, centred look of a header range."""
    from openpyxl.styles import Alignment, Font, PatternFill

    for row in sheet[cells]:
        for cell in row:
            cell.font = Font(name=FONT, size=9, bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


# --- 165: target and actual columns alternating per year -----------------------------------------------------------


def alternating_target_actual(path: Path) -> Path:
    """165: `R3目標 | R3実績 | R4目標 | R4実績 | R5目標 | R5実績` in one header row, a `単位` column."""
    header = ["No.", "指標名", "単位", "R3目標", "R3実績", "R4目標", "R4実績", "R5目標", "R5実績", "担当課"]
    rows = [[1, "創業支援による創業件数", "件", 10, 8, 12, 13, 14, 11, "商工課"],
            [2, "企業誘致件数（累計）", "件", 2, 1, 4, 3, 6, 5, "企業立地課"],
            [3, "シルバー人材センター会員数", "人", 420, 436, 440, 428, 460, 451, "高齢福祉課"],
            [4, "市内高校生の市内就職率", "％", 18.0, 16.4, 19.0, 17.8, 20.0, 19.2, "商工課"],
            [5, "農産物ブランド認定品目数", "品目", 15, 15, 18, 17, 21, 20, "農政課"]]
    book = _workbook("東雲川市　第２期総合戦略　KPI進捗管理表", header, rows, [5, 30, 6, 8, 8, 8, 8, 8, 8, 12],
                     formats={c: "#,##0" for c in range(3, 9)},
                     caption="基本目標２　しごとをつくり、安心して働けるようにする")
    sheet = book.active
    for column in range(4, 10):
        sheet.cell(row=7, column=column).number_format = "0.0"
    _print_book(book, path.stem, path)
    return path


# --- 166: 【KPI】 paragraphs under measure headings, some wrapped ------------------------------------------------------


def kpi_paragraphs(path: Path) -> Path:
    """166: `【数値目標】` per goal, `（１）` measures each with prose and several `【KPI】` paragraphs (some wrapped)."""
    def kpi(label: str, text: str) -> str:
        return _para(f"{label}　{text}", 21, indent=1470, hanging=1050)

    body = _para("北浜町　第３期まち・ひと・しごと創生総合戦略", 28, bold=True) + _para("")
    body += _para("基本目標１　町に仕事をつくり、安心して働けるようにする", 24, bold=True)
    body += kpi("【数値目標】", "町内事業所の従業者数　4,820人（R5）→ 5,000人（R11）")
    body += _para("（１）地域産業の振興", 22, bold=True)
    body += _para("町内事業者の経営基盤を強めるため、創業や事業承継の相談体制を充実し、地元産品の販路を広げます。", 21, indent=420)
    body += kpi("【KPI】", "創業支援による創業件数　4件（R5）→ 8件（R11）")
    body += kpi("【KPI】", "町の支援による事業承継の件数　2件（R5）→ 10件（R11）")
    body += kpi("【KPI】", "町内の農産物直売所における地元産農産物と加工品の年間販売額　8,650万円（R5）→ 1億円（R11）")
    body += _para("（２）移住・定住の促進", 22, bold=True)
    body += _para("移住を考える人に町の暮らしを伝え、住まいと仕事の両面から移住後の定着を支えます。", 21, indent=420)
    body += kpi("【KPI】", "移住相談件数　30件（R5）→ 50件（R11）")
    body += kpi("【KPI】", "町の移住支援制度を利用して町外から転入した世帯の数（子育て世帯を含む）　12世帯（R5）→ 25世帯（R11）")
    body += _para("")
    body += _para("基本目標２　結婚・出産・子育ての希望をかなえる", 24, bold=True)
    body += kpi("【数値目標】", "年間出生数　58人（R5）→ 65人（R11）")
    body += _para("（１）子育て支援の充実", 22, bold=True)
    body += _para("子育ての不安や負担を減らすため、相談と預かりの場を身近なところに整えます。", 21, indent=420)
    body += kpi("【KPI】", "子育て支援センターの年間延べ利用者数（親子の利用を含む）　4,310人（R5）→ 5,000人（R11）")
    body += kpi("【KPI】", "放課後児童クラブの待機児童数　6人（R5）→ 0人（R11）")
    return _print_docx(body, path)


# --- 167: a KPI table nested in a measure box ------------------------------------------------------------------------


def _nested_kpi_table(rows: list[tuple[str, str, str]]) -> str:
    """The KPI table inside the box's cell (Word requires a paragraph after a nested table)."""
    widths = [3900, 1700, 1700]
    header = ["指標名", "現状値（R5）", "目標値（R10）"]
    return _word_table(widths, header, rows, (1, 2)) + "<w:p/>"


def nested_measure_boxes(path: Path) -> Path:
    """167: per 施策 a two-column box of label rows, its `成果指標` cell holding a nested KPI table."""
    widths = [1600, 7800]
    boxes = [("2-1 子育て世代の移住・定住を促進する", "企画政策課",
              "子育て世代の転入を増やすため、住宅取得の支援や移住体験の機会を充実します。",
              [("子育て世帯の転入者数", "142世帯", "180世帯"), ("移住体験住宅の利用件数", "18件", "30件"),
               ("空き家バンクの成約件数", "9件", "20件")]),
             ("2-2 安心して出産・子育てができる環境をつくる", "こども家庭課",
              "妊娠期から子育て期まで切れ目なく支えるため、相談と健診の体制を整えます。",
              [("妊婦健康診査の受診率", "96.2%", "100%"), ("産後ケア事業の利用者数", "48人", "80人")])]
    body = _para("青葉ヶ丘市　第２期総合戦略　施策シート", 28, bold=True) + _para("")
    for measure, department, summary, kpis in boxes:
        label = [_cell(text, widths[0], align="center", shade=True) for text in ("施策", "担当課", "施策の概要", "成果指標")]
        rows = ["<w:tr>" + label[0] + _cell(measure, widths[1]) + "</w:tr>",
                "<w:tr>" + label[1] + _cell(department, widths[1]) + "</w:tr>",
                "<w:tr>" + label[2] + _cell(summary, widths[1]) + "</w:tr>",
                "<w:tr>" + label[3] + f'<w:tc><w:tcPr><w:tcW w:w="{widths[1]}" w:type="dxa"/></w:tcPr>'
                + _nested_kpi_table(kpis) + "</w:tc></w:tr>"]
        body += word_table_rows(widths, rows) + _para("")
    body += _para("※現状値は令和５年度の実績です。", 18)
    return _print_docx(body, path)


# --- 168: two goals' tables side by side on one sheet -----------------------------------------------------------------


def side_by_side_sheet(path: Path) -> Path:
    """168: two goals' KPI tables side by side on a landscape sheet, each under its caption, unequal lengths."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    tables = [("基本目標１　町の仕事をつくる", 1,
               [("町内事業所の従業者数", "4,820人", "5,000人"), ("新規就農者数", "3人", "5人"),
                ("創業件数", "6件", "10件"), ("観光入込客数", "18.2万人", "22万人")]),
              ("基本目標２　町で子どもを育てる", 6,
               [("年間出生数", "58人", "65人"), ("子育て支援センターの利用者数", "4,310人", "5,000人"),
                ("保育所の待機児童数", "3人", "0人")])]
    book = Workbook()
    sheet = book.active
    sheet.title = "KPI"
    sheet["A1"] = "白浜台町　第２期総合戦略　重要業績評価指標（KPI）一覧"
    sheet["A1"].font = Font(name=FONT, size=13, bold=True)
    sheet.merge_cells("A1:I1")
    for caption, first, rows in tables:
        sheet.cell(row=3, column=first, value=caption).font = Font(name=FONT, size=10, bold=True)
        for c, text in enumerate(["指標名", "現状値（R5）", "目標値（R11）", "担当課"]):
            sheet.cell(row=4, column=first + c, value=text)
        _header_cells(sheet, f"{_letter(first)}4:{_letter(first + 3)}4")
        departments = {"町内事業所の従業者数": "商工観光課", "新規就農者数": "農林課", "創業件数": "商工観光課",
                       "観光入込客数": "商工観光課", "年間出生数": "子育て支援課",
                       "子育て支援センターの利用者数": "子育て支援課", "保育所の待機児童数": "子育て支援課"}
        for r, (name, now, goal) in enumerate(rows, 5):
            for c, text in enumerate((name, now, goal, departments[name])):
                cell = sheet.cell(row=r, column=first + c, value=text)
                cell.font = Font(name=FONT, size=9)
                cell.alignment = Alignment(vertical="center", wrap_text=True,
                                           horizontal="right" if c in (1, 2) else None)
        _ruled(sheet, f"{_letter(first)}4:{_letter(first + 3)}{4 + len(rows)}")
    for column, width in zip("ABCDEFGHI", (26, 11, 11, 11, 3, 26, 11, 11, 11), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.print_area = "A1:I8"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    _print_book(book, path.stem, path)
    return path


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


# --- 169: a header of three levels ----------------------------------------------------------------------------------


def three_level_header(path: Path) -> Path:
    """169: `成果指標の推移` over `基準値 | 実績値 (×3) | 目標値` over `R1 R3 R4 R5 R7`; other headers merged down."""
    rows = [[1, "市営バスの年間利用者数", "千人", 412, 298, 335, 371, 420, "交通政策課"],
            [2, "自主防災組織の結成率", "％", 72.4, 75.0, 78.6, 81.2, 90.0, "危機管理課"],
            [3, "市道の橋梁修繕の完了箇所数（累計）", "か所", 12, 20, 26, 31, 40, "道路課"],
            [4, "刑法犯認知件数", "件", 1284, 1102, 1056, 987, 950, "市民安全課"]]
    header = ["No.", "指標名", "単位", "成果指標の推移", "", "", "", "", "担当課"]
    book = _workbook("北条川市　総合戦略　KPIの推移", header, rows, [5, 32, 6, 9, 9, 9, 9, 9, 12],
                     formats={c: "#,##0" for c in range(3, 8)},
                     caption="基本目標３　安全で快適に暮らせるまちをつくる")
    sheet = book.active
    sheet.insert_rows(4, 2)
    for column, text in ((4, "基準値"), (5, "実績値"), (8, "目標値")):
        sheet.cell(row=4, column=column, value=text)
    for column, text in zip(range(4, 9), ("R1", "R3", "R4", "R5", "R7"), strict=True):
        sheet.cell(row=5, column=column, value=text)
    _header_cells(sheet, "A4:I5")
    _ruled(sheet, "A3:I5")
    for letter in "ABCI":
        sheet.merge_cells(f"{letter}3:{letter}5")
    sheet.merge_cells("D3:H3")
    sheet.merge_cells("E4:G4")
    for column in range(4, 9):
        sheet.cell(row=7, column=column).number_format = "0.0"
    sheet.print_title_rows = "3:5"
    sheet.print_area = "A1:I9"
    _print_book(book, path.stem, path)
    return path


# --- 170: names opened by outline letters ア イ ウ / （ア）（イ） -------------------------------------------------------


def outline_letter_rows(path: Path) -> Path:
    """170: KPI rows whose name cells open with `ア　` … or `（ア）` …, the outline letters of a Japanese plan."""
    widths = [4200, 1600, 1600, 1800]
    header = ["指標名", "基準値（R5）", "目標値（R11）", "担当課"]
    body = _para("緑ヶ原村　第３期総合戦略　重要業績評価指標（KPI）", 28, bold=True) + _para("")
    body += _para("基本目標１　村の産業を元気にする", 24, bold=True)
    body += _word_table(widths, header, [("ア　新規就農者数", "2人", "5人", "産業振興課"),
                                         ("イ　村内の農産物直売所の販売額", "3,840万円", "4,500万円", "産業振興課"),
                                         ("ウ　観光入込客数", "6.8万人", "8万人", "観光交流課")], (1, 2))
    body += _para("")
    body += _para("基本目標２　安心して子育てができる村をつくる", 24, bold=True)
    body += _word_table(widths, header, [("（ア）年間出生数", "14人", "18人", "住民福祉課"),
                                         ("（イ）子育て支援センターの利用者数", "1,260人", "1,500人", "住民福祉課")], (1, 2))
    return _print_docx(body, path)


BUILDERS = {"165_pdf_xlsx_alternating_target_actual": alternating_target_actual,
            "166_pdf_docx_kpi_paragraphs_wrapped": kpi_paragraphs,
            "167_pdf_docx_kpi_table_nested_in_box": nested_measure_boxes,
            "168_pdf_xlsx_two_goals_side_by_side": side_by_side_sheet,
            "169_pdf_xlsx_three_level_header": three_level_header,
            "170_pdf_docx_outline_letter_rows": outline_letter_rows}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(BUILDERS, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
